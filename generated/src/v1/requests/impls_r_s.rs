//! Items of `requests` by the first letters of their types' names (`r_s`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_v1_role_management_or_search)]
/// Features: `v1`, or one of `v1-role-management`, `v1-search`.
impl dyn crate::v1::requests::RbacApplicationPath {
    /// Containment navigation property `resourceNamespaces` (`microsoft.graph.unifiedRbacResourceNamespace`).
    #[inline]
    pub fn resource_namespaces(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::UnifiedRbacResourceNamespace,
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
        crate::v1::UnifiedRoleAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("roleAssignments"))
    }
    /// Containment navigation property `roleAssignmentScheduleInstances` (`microsoft.graph.unifiedRoleAssignmentScheduleInstance`).
    #[inline]
    pub fn role_assignment_schedule_instances(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::UnifiedRoleAssignmentScheduleInstance,
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
        crate::v1::UnifiedRoleAssignmentScheduleRequest,
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
        crate::v1::UnifiedRoleAssignmentSchedule,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("roleAssignmentSchedules"),
        )
    }
    /// Containment navigation property `roleDefinitions` (`microsoft.graph.unifiedRoleDefinition`).
    #[inline]
    pub fn role_definitions(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::UnifiedRoleDefinition,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("roleDefinitions"))
    }
    /// Containment navigation property `roleEligibilityScheduleInstances` (`microsoft.graph.unifiedRoleEligibilityScheduleInstance`).
    #[inline]
    pub fn role_eligibility_schedule_instances(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::UnifiedRoleEligibilityScheduleInstance,
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
        crate::v1::UnifiedRoleEligibilityScheduleRequest,
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
        crate::v1::UnifiedRoleEligibilitySchedule,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("roleEligibilitySchedules"),
        )
    }
}
#[cfg(msgraph_v1_role_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::RbacApplication {
    const SEGMENT: &'static str = "microsoft.graph.rbacApplication";
}
#[cfg(msgraph_v1_education_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::ReadingAssignmentSubmission {
    const SEGMENT: &'static str = "microsoft.graph.readingAssignmentSubmission";
}
#[cfg(msgraph_v1_education_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::ReadingCoachPassage {
    const SEGMENT: &'static str = "microsoft.graph.readingCoachPassage";
}
#[cfg(msgraph_v1_communications_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyCommsOperation>
for crate::v1::RecordOperation {
    const SEGMENT: &'static str = "microsoft.graph.recordOperation";
}
#[cfg(msgraph_v1_communications_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::RecordOperation {
    const SEGMENT: &'static str = "microsoft.graph.recordOperation";
}
#[cfg(msgraph_v1_search_or_storage)]
/// Features: `v1`, or one of `v1-search`, `v1-storage`.
impl dyn crate::v1::requests::RecycleBinPath {
    /// Structural property `settings` (`microsoft.graph.recycleBinSettings`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn settings(&self) -> crate::path::PropertyPath<crate::v1::RecycleBinSettings> {
        crate::path::PropertyPath::new(self.node_target().segment("settings"))
    }
    /// Containment navigation property `items` (`microsoft.graph.recycleBinItem`).
    #[inline]
    pub fn items(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::RecycleBinItem,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("items"))
    }
    /// Structural property `createdBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn created_by(&self) -> crate::path::PropertyPath<crate::v1::AnyIdentitySet> {
        crate::path::PropertyPath::new(self.node_target().segment("createdBy"))
    }
    /// Structural property `lastModifiedBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn last_modified_by(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AnyIdentitySet> {
        crate::path::PropertyPath::new(self.node_target().segment("lastModifiedBy"))
    }
    /// Structural property `parentReference` (`microsoft.graph.itemReference`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn parent_reference(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::ItemReference> {
        crate::path::PropertyPath::new(self.node_target().segment("parentReference"))
    }
    #[cfg(msgraph_v1_core)]
    /// Navigation property `createdByUser` (`microsoft.graph.user`).
    ///
    /// Features: `v1` or `v1-search`.
    #[inline]
    pub fn created_by_user(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::AnyUser,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("createdByUser"))
    }
    #[cfg(msgraph_v1_core)]
    /// Navigation property `lastModifiedByUser` (`microsoft.graph.user`).
    ///
    /// Features: `v1` or `v1-search`.
    #[inline]
    pub fn last_modified_by_user(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::AnyUser,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("lastModifiedByUser"))
    }
}
#[cfg(msgraph_v1_search_or_storage)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyBaseItem> for crate::v1::RecycleBin {
    const SEGMENT: &'static str = "microsoft.graph.recycleBin";
}
#[cfg(msgraph_v1_search_or_storage)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::RecycleBin {
    const SEGMENT: &'static str = "microsoft.graph.recycleBin";
}
#[cfg(msgraph_v1_search_or_storage)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyBaseItem> for crate::v1::RecycleBinItem {
    const SEGMENT: &'static str = "microsoft.graph.recycleBinItem";
}
#[cfg(msgraph_v1_search_or_storage)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::RecycleBinItem {
    const SEGMENT: &'static str = "microsoft.graph.recycleBinItem";
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyAttachment>
for crate::v1::ReferenceAttachment {
    const SEGMENT: &'static str = "microsoft.graph.referenceAttachment";
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::ReferenceAttachment {
    const SEGMENT: &'static str = "microsoft.graph.referenceAttachment";
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::CollectionPath<crate::v1::ReferenceAttachment, C> {
    /// `POST .../createUploadSession`: action `microsoft.graph.createUploadSession`.
    pub fn create_upload_session(
        &self,
        params: crate::v1::params::AttachmentCollectionCreateUploadSessionParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::v1::params::AttachmentCollectionCreateUploadSessionParams,
        >,
        rt::request::Entity<crate::v1::UploadSession>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("createUploadSession"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_education_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::ReflectCheckInResponse {
    const SEGMENT: &'static str = "microsoft.graph.reflectCheckInResponse";
}
#[cfg(msgraph_v1_reports_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::RelyingPartyDetailedSummary {
    const SEGMENT: &'static str = "microsoft.graph.relyingPartyDetailedSummary";
}
#[cfg(msgraph_v1_device_management_or_search)]
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
impl dyn crate::v1::requests::RemoteAssistancePartnerPath {
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
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::RemoteAssistancePartner {
    const SEGMENT: &'static str = "microsoft.graph.remoteAssistancePartner";
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::v1::requests::RemoteDesktopSecurityConfigurationPath {
    /// Containment navigation property `approvedClientApps` (`microsoft.graph.approvedClientApp`).
    #[inline]
    pub fn approved_client_apps(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::ApprovedClientApp,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("approvedClientApps"),
        )
    }
    /// Containment navigation property `targetDeviceGroups` (`microsoft.graph.targetDeviceGroup`).
    #[inline]
    pub fn target_device_groups(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::TargetDeviceGroup,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("targetDeviceGroups"),
        )
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::RemoteDesktopSecurityConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.remoteDesktopSecurityConfiguration";
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyDirectoryObject>
for crate::v1::RemoteTenantGroup {
    const SEGMENT: &'static str = "microsoft.graph.remoteTenantGroup";
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::RemoteTenantGroup {
    const SEGMENT: &'static str = "microsoft.graph.remoteTenantGroup";
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::CollectionPath<crate::v1::RemoteTenantGroup, C> {
    /// `GET .../delta`: function `microsoft.graph.delta`.
    pub fn delta(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::v1::AnyDirectoryObject>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.target().function("delta", &[]),
            rt::request::NoBody,
        )
    }
    /// `POST .../getAvailableExtensionProperties`: action `microsoft.graph.getAvailableExtensionProperties`.
    pub fn get_available_extension_properties(
        &self,
        params: crate::v1::params::DirectoryObjectCollectionGetAvailableExtensionPropertiesParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::v1::params::DirectoryObjectCollectionGetAvailableExtensionPropertiesParams,
        >,
        rt::request::Collection<crate::v1::ExtensionProperty>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("getAvailableExtensionProperties"),
            rt::request::Json(params),
        )
    }
    /// `POST .../getByIds`: action `microsoft.graph.getByIds`.
    pub fn get_by_ids(
        &self,
        params: crate::v1::params::DirectoryObjectCollectionGetByIdsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::DirectoryObjectCollectionGetByIdsParams>,
        rt::request::Collection<crate::v1::AnyDirectoryObject>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("getByIds"),
            rt::request::Json(params),
        )
    }
    /// `POST .../validateProperties`: action `microsoft.graph.validateProperties`.
    pub fn validate_properties(
        &self,
        params: crate::v1::params::DirectoryObjectCollectionValidatePropertiesParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::v1::params::DirectoryObjectCollectionValidatePropertiesParams,
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
#[cfg(msgraph_v1_reports)]
/// Features: `v1` or `v1-reports`.
impl dyn crate::v1::requests::ReportRootPath {
    /// Containment navigation property `authenticationMethods` (`microsoft.graph.authenticationMethodsRoot`).
    #[inline]
    pub fn authentication_methods(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::AuthenticationMethodsRoot,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("authenticationMethods"))
    }
    /// Containment navigation property `dailyPrintUsageByPrinter` (`microsoft.graph.printUsageByPrinter`).
    #[inline]
    pub fn daily_print_usage_by_printer(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::PrintUsageByPrinter,
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
        crate::v1::PrintUsageByUser,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("dailyPrintUsageByUser"),
        )
    }
    /// Containment navigation property `monthlyPrintUsageByPrinter` (`microsoft.graph.printUsageByPrinter`).
    #[inline]
    pub fn monthly_print_usage_by_printer(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::PrintUsageByPrinter,
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
        crate::v1::PrintUsageByUser,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("monthlyPrintUsageByUser"),
        )
    }
    /// Containment navigation property `partners` (`microsoft.graph.partners`).
    #[inline]
    pub fn partners(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::Partners,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("partners"))
    }
    /// Containment navigation property `security` (`microsoft.graph.securityReportsRoot`).
    #[inline]
    pub fn security(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::SecurityReportsRoot,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("security"))
    }
    /// Metadata for the device configuration device activity report
    ///
    /// `GET .../deviceConfigurationDeviceActivity`: function `microsoft.graph.deviceConfigurationDeviceActivity`.
    #[inline]
    pub fn device_configuration_device_activity(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::Report>,
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
        rt::request::Entity<crate::v1::Report>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.node_target().function("deviceConfigurationUserActivity", &[]),
            rt::request::NoBody,
        )
    }
    /// `GET .../getEmailActivityCounts`: function `microsoft.graph.getEmailActivityCounts`.
    #[inline]
    pub fn get_email_activity_counts(
        &self,
        period: &str,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Raw> {
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
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Raw> {
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
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Raw> {
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
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Raw> {
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
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Raw> {
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
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Raw> {
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
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Raw> {
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
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Raw> {
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
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Raw> {
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
        rt::request::Collection<crate::v1::ArchivedPrintJob>,
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
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Raw> {
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
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Raw> {
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
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Raw> {
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
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Raw> {
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
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Raw> {
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
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Raw> {
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
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Raw> {
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
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Raw> {
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
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Raw> {
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
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Raw> {
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
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Raw> {
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
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Raw> {
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
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Raw> {
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
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Raw> {
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
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Raw> {
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
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Raw> {
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
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Raw> {
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
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Raw> {
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
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Raw> {
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
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Raw> {
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
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Raw> {
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
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Raw> {
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
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Raw> {
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
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Raw> {
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
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Raw> {
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
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Raw> {
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
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Raw> {
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
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Raw> {
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
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Raw> {
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
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Raw> {
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
        rt::request::Collection<crate::v1::ArchivedPrintJob>,
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
        rt::request::Collection<crate::v1::RelyingPartyDetailedSummary>,
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
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Raw> {
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
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Raw> {
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
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Raw> {
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
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Raw> {
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
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Raw> {
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
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Raw> {
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
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Raw> {
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
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Raw> {
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
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Raw> {
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
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Raw> {
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
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Raw> {
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
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Raw> {
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
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Raw> {
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
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Raw> {
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
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Raw> {
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
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Raw> {
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
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Raw> {
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
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Raw> {
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
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Raw> {
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
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Raw> {
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
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Raw> {
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
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Raw> {
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
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Raw> {
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
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Raw> {
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
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Raw> {
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
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Raw> {
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
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Raw> {
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
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Raw> {
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
    /// `GET .../getTeamsDeviceUsageDistributionUserCounts`: function `microsoft.graph.getTeamsDeviceUsageDistributionUserCounts`.
    #[inline]
    pub fn get_teams_device_usage_distribution_user_counts(
        &self,
        period: &str,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Raw> {
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
    /// `GET .../getTeamsDeviceUsageUserCounts`: function `microsoft.graph.getTeamsDeviceUsageUserCounts`.
    #[inline]
    pub fn get_teams_device_usage_user_counts(
        &self,
        period: &str,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Raw> {
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
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Raw> {
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
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Raw> {
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
    /// `GET .../getTeamsTeamActivityCounts`: function `microsoft.graph.getTeamsTeamActivityCounts`.
    #[inline]
    pub fn get_teams_team_activity_counts(
        &self,
        period: &str,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Raw> {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .node_target()
                .function(
                    "getTeamsTeamActivityCounts",
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
    /// `GET .../getTeamsTeamActivityDetail`: function `microsoft.graph.getTeamsTeamActivityDetail`.
    #[inline]
    pub fn get_teams_team_activity_detail(
        &self,
        date: &rt::edm::Date,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Raw> {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .node_target()
                .function(
                    "getTeamsTeamActivityDetail",
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
    /// `GET .../getTeamsTeamActivityDetail`: function `microsoft.graph.getTeamsTeamActivityDetail`.
    #[inline]
    pub fn get_teams_team_activity_detail_2(
        &self,
        period: &str,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Raw> {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .node_target()
                .function(
                    "getTeamsTeamActivityDetail",
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
    /// `GET .../getTeamsTeamActivityDistributionCounts`: function `microsoft.graph.getTeamsTeamActivityDistributionCounts`.
    #[inline]
    pub fn get_teams_team_activity_distribution_counts(
        &self,
        period: &str,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Raw> {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .node_target()
                .function(
                    "getTeamsTeamActivityDistributionCounts",
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
    /// `GET .../getTeamsTeamCounts`: function `microsoft.graph.getTeamsTeamCounts`.
    #[inline]
    pub fn get_teams_team_counts(
        &self,
        period: &str,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Raw> {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .node_target()
                .function(
                    "getTeamsTeamCounts",
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
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Raw> {
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
    /// `GET .../getTeamsUserActivityUserCounts`: function `microsoft.graph.getTeamsUserActivityUserCounts`.
    #[inline]
    pub fn get_teams_user_activity_user_counts(
        &self,
        period: &str,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Raw> {
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
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Raw> {
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
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Raw> {
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
    /// `GET .../getUserArchivedPrintJobs`: function `microsoft.graph.getUserArchivedPrintJobs`.
    #[inline]
    pub fn get_user_archived_print_jobs(
        &self,
        user_id: &str,
        start_date_time: &rt::edm::DateTimeOffset,
        end_date_time: &rt::edm::DateTimeOffset,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::v1::ArchivedPrintJob>,
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
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Raw> {
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
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Raw> {
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
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Raw> {
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
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Raw> {
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
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Raw> {
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
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Raw> {
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
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Raw> {
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
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Raw> {
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
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Raw> {
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
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Raw> {
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
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Raw> {
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
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Raw> {
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
    /// `GET .../managedDeviceEnrollmentFailureDetails`: function `microsoft.graph.managedDeviceEnrollmentFailureDetails`.
    #[inline]
    pub fn managed_device_enrollment_failure_details(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::Report>,
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
        rt::request::Entity<crate::v1::Report>,
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
    /// `GET .../managedDeviceEnrollmentTopFailures`: function `microsoft.graph.managedDeviceEnrollmentTopFailures`.
    #[inline]
    pub fn managed_device_enrollment_top_failures(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::Report>,
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
        rt::request::Entity<crate::v1::Report>,
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
#[cfg(msgraph_v1_education_or_search)]
/// Features: `v1`, or one of `v1-education`, `v1-search`.
impl dyn crate::v1::requests::ReportsRootPath {
    /// Containment navigation property `readingAssignmentSubmissions` (`microsoft.graph.readingAssignmentSubmission`).
    #[inline]
    pub fn reading_assignment_submissions(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::ReadingAssignmentSubmission,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("readingAssignmentSubmissions"),
        )
    }
    /// Containment navigation property `readingCoachPassages` (`microsoft.graph.readingCoachPassage`).
    #[inline]
    pub fn reading_coach_passages(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::ReadingCoachPassage,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("readingCoachPassages"),
        )
    }
    /// Containment navigation property `reflectCheckInResponses` (`microsoft.graph.reflectCheckInResponse`).
    #[inline]
    pub fn reflect_check_in_responses(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::ReflectCheckInResponse,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("reflectCheckInResponses"),
        )
    }
    /// Containment navigation property `speakerAssignmentSubmissions` (`microsoft.graph.speakerAssignmentSubmission`).
    #[inline]
    pub fn speaker_assignment_submissions(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::SpeakerAssignmentSubmission,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("speakerAssignmentSubmissions"),
        )
    }
}
#[cfg(msgraph_v1_education_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::ReportsRoot {
    const SEGMENT: &'static str = "microsoft.graph.reportsRoot";
}
#[cfg(msgraph_v1_identity_governance_or_role_management_or_search)]
/// Features: `v1`, or one of `v1-identity-governance`, `v1-role-management`, `v1-search`.
impl dyn crate::v1::requests::RequestPath {
    /// Structural property `createdBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn created_by(&self) -> crate::path::PropertyPath<crate::v1::AnyIdentitySet> {
        crate::path::PropertyPath::new(self.node_target().segment("createdBy"))
    }
}
#[cfg(msgraph_v1_identity_governance_or_role_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::AnyRequest {
    const SEGMENT: &'static str = "microsoft.graph.request";
}
#[cfg(msgraph_v1_search_or_tenant_relationships)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyDelegatedAdminRelationship>
for crate::v1::ResellerDelegatedAdminRelationship {
    const SEGMENT: &'static str = "microsoft.graph.resellerDelegatedAdminRelationship";
}
#[cfg(msgraph_v1_search_or_tenant_relationships)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::ResellerDelegatedAdminRelationship {
    const SEGMENT: &'static str = "microsoft.graph.resellerDelegatedAdminRelationship";
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::ResourceOperation {
    const SEGMENT: &'static str = "microsoft.graph.resourceOperation";
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyDirectoryObject>
for crate::v1::ResourceSpecificPermissionGrant {
    const SEGMENT: &'static str = "microsoft.graph.resourceSpecificPermissionGrant";
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::ResourceSpecificPermissionGrant {
    const SEGMENT: &'static str = "microsoft.graph.resourceSpecificPermissionGrant";
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::CollectionPath<crate::v1::ResourceSpecificPermissionGrant, C> {
    /// `GET .../delta`: function `microsoft.graph.delta`.
    pub fn delta(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::v1::AnyDirectoryObject>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.target().function("delta", &[]),
            rt::request::NoBody,
        )
    }
    /// `POST .../getAvailableExtensionProperties`: action `microsoft.graph.getAvailableExtensionProperties`.
    pub fn get_available_extension_properties(
        &self,
        params: crate::v1::params::DirectoryObjectCollectionGetAvailableExtensionPropertiesParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::v1::params::DirectoryObjectCollectionGetAvailableExtensionPropertiesParams,
        >,
        rt::request::Collection<crate::v1::ExtensionProperty>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("getAvailableExtensionProperties"),
            rt::request::Json(params),
        )
    }
    /// `POST .../getByIds`: action `microsoft.graph.getByIds`.
    pub fn get_by_ids(
        &self,
        params: crate::v1::params::DirectoryObjectCollectionGetByIdsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::DirectoryObjectCollectionGetByIdsParams>,
        rt::request::Collection<crate::v1::AnyDirectoryObject>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("getByIds"),
            rt::request::Json(params),
        )
    }
    /// `POST .../validateProperties`: action `microsoft.graph.validateProperties`.
    pub fn validate_properties(
        &self,
        params: crate::v1::params::DirectoryObjectCollectionValidatePropertiesParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::v1::params::DirectoryObjectCollectionValidatePropertiesParams,
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
#[cfg(msgraph_v1_search_or_solutions)]
/// Features: `v1`, or one of `v1-search`, `v1-solutions`.
impl dyn crate::v1::requests::RestoreArtifactBasePath {
    /// Structural property `error` (`microsoft.graph.publicError`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn error(&self) -> crate::path::PropertyPath<crate::v1::PublicError> {
        crate::path::PropertyPath::new(self.node_target().segment("error"))
    }
    /// Navigation property `restorePoint` (`microsoft.graph.restorePoint`).
    #[inline]
    pub fn restore_point(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::RestorePoint,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("restorePoint"))
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::AnyRestoreArtifactBase {
    const SEGMENT: &'static str = "microsoft.graph.restoreArtifactBase";
}
#[cfg(msgraph_v1_search_or_solutions)]
/// Features: `v1`, or one of `v1-search`, `v1-solutions`.
impl dyn crate::v1::requests::RestoreArtifactsBulkRequestBasePath {
    /// Structural property `createdBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn created_by(&self) -> crate::path::PropertyPath<crate::v1::AnyIdentitySet> {
        crate::path::PropertyPath::new(self.node_target().segment("createdBy"))
    }
    /// Structural property `error` (`microsoft.graph.publicError`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn error(&self) -> crate::path::PropertyPath<crate::v1::PublicError> {
        crate::path::PropertyPath::new(self.node_target().segment("error"))
    }
    /// Structural property `lastModifiedBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn last_modified_by(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AnyIdentitySet> {
        crate::path::PropertyPath::new(self.node_target().segment("lastModifiedBy"))
    }
    /// Structural property `protectionTimePeriod` (`microsoft.graph.timePeriod`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn protection_time_period(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::TimePeriod> {
        crate::path::PropertyPath::new(
            self.node_target().segment("protectionTimePeriod"),
        )
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::AnyRestoreArtifactsBulkRequestBase {
    const SEGMENT: &'static str = "microsoft.graph.restoreArtifactsBulkRequestBase";
}
#[cfg(msgraph_v1_search_or_solutions)]
/// Features: `v1`, or one of `v1-search`, `v1-solutions`.
impl dyn crate::v1::requests::RestorePointPath {
    /// Navigation property `protectionUnit` (`microsoft.graph.protectionUnitBase`).
    #[inline]
    pub fn protection_unit(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::AnyProtectionUnitBase,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("protectionUnit"))
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::RestorePoint {
    const SEGMENT: &'static str = "microsoft.graph.restorePoint";
}
#[cfg(msgraph_v1_search_or_solutions)]
/// Features: `v1`, or one of `v1-search`, `v1-solutions`.
impl<C> crate::path::CollectionPath<crate::v1::RestorePoint, C> {
    /// `POST .../search`: action `microsoft.graph.search`.
    pub fn search(
        &self,
        params: crate::v1::params::RestorePointCollectionSearchParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::RestorePointCollectionSearchParams>,
        rt::request::Entity<crate::v1::RestorePointSearchResponse>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("search"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
/// Features: `v1`, or one of `v1-search`, `v1-solutions`.
impl dyn crate::v1::requests::RestoreSessionBasePath {
    /// Structural property `createdBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn created_by(&self) -> crate::path::PropertyPath<crate::v1::AnyIdentitySet> {
        crate::path::PropertyPath::new(self.node_target().segment("createdBy"))
    }
    /// Structural property `error` (`microsoft.graph.publicError`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn error(&self) -> crate::path::PropertyPath<crate::v1::PublicError> {
        crate::path::PropertyPath::new(self.node_target().segment("error"))
    }
    /// Structural property `lastModifiedBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn last_modified_by(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AnyIdentitySet> {
        crate::path::PropertyPath::new(self.node_target().segment("lastModifiedBy"))
    }
    /// Structural property `restoreSessionArtifactCount` (`microsoft.graph.restoreSessionArtifactCount`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn restore_session_artifact_count(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::RestoreSessionArtifactCount> {
        crate::path::PropertyPath::new(
            self.node_target().segment("restoreSessionArtifactCount"),
        )
    }
    /// `POST .../activate`: action `microsoft.graph.activate`.
    #[inline]
    pub fn activate(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::AnyRestoreSessionBase>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("activate"),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::AnyRestoreSessionBase {
    const SEGMENT: &'static str = "microsoft.graph.restoreSessionBase";
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-drives`, `v1-group-setting-templates` and 13 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::v1::requests::RichLongRunningOperationPath {
    /// Structural property `error` (`microsoft.graph.publicError`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn error(&self) -> crate::path::PropertyPath<crate::v1::PublicError> {
        crate::path::PropertyPath::new(self.node_target().segment("error"))
    }
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyLongRunningOperation>
for crate::v1::RichLongRunningOperation {
    const SEGMENT: &'static str = "microsoft.graph.richLongRunningOperation";
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::RichLongRunningOperation {
    const SEGMENT: &'static str = "microsoft.graph.richLongRunningOperation";
}
#[cfg(msgraph_v1_identity_protection_or_search)]
/// Features: `v1`, or one of `v1-identity-protection`, `v1-search`.
impl dyn crate::v1::requests::RiskDetectionPath {
    /// Structural property `location` (`microsoft.graph.signInLocation`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn location(&self) -> crate::path::PropertyPath<crate::v1::SignInLocation> {
        crate::path::PropertyPath::new(self.node_target().segment("location"))
    }
}
#[cfg(msgraph_v1_identity_protection_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::RiskDetection {
    const SEGMENT: &'static str = "microsoft.graph.riskDetection";
}
#[cfg(msgraph_v1_identity_or_search)]
/// Features: `v1`, or one of `v1-identity`, `v1-search`.
impl dyn crate::v1::requests::RiskPreventionContainerPath {
    /// Containment navigation property `fraudProtectionProviders` (`microsoft.graph.fraudProtectionProvider`).
    #[inline]
    pub fn fraud_protection_providers(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyFraudProtectionProvider,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("fraudProtectionProviders"),
        )
    }
    /// Containment navigation property `webApplicationFirewallProviders` (`microsoft.graph.webApplicationFirewallProvider`).
    #[inline]
    pub fn web_application_firewall_providers(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyWebApplicationFirewallProvider,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("webApplicationFirewallProviders"),
        )
    }
    /// Containment navigation property `webApplicationFirewallVerifications` (`microsoft.graph.webApplicationFirewallVerificationModel`).
    #[inline]
    pub fn web_application_firewall_verifications(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::WebApplicationFirewallVerificationModel,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("webApplicationFirewallVerifications"),
        )
    }
}
#[cfg(msgraph_v1_identity_protection_or_search)]
/// Features: `v1`, or one of `v1-identity-protection`, `v1-search`.
impl dyn crate::v1::requests::RiskyServicePrincipalPath {
    /// Containment navigation property `history` (`microsoft.graph.riskyServicePrincipalHistoryItem`).
    #[inline]
    pub fn history(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::RiskyServicePrincipalHistoryItem,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("history"))
    }
}
#[cfg(msgraph_v1_identity_protection_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::AnyRiskyServicePrincipal {
    const SEGMENT: &'static str = "microsoft.graph.riskyServicePrincipal";
}
#[cfg(msgraph_v1_identity_protection_or_search)]
/// Features: `v1`, or one of `v1-identity-protection`, `v1-search`.
impl<C> crate::path::CollectionPath<crate::v1::AnyRiskyServicePrincipal, C> {
    /// `POST .../confirmCompromised`: action `microsoft.graph.confirmCompromised`.
    pub fn confirm_compromised(
        &self,
        params: crate::v1::params::RiskyServicePrincipalCollectionConfirmCompromisedParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::v1::params::RiskyServicePrincipalCollectionConfirmCompromisedParams,
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
        params: crate::v1::params::RiskyServicePrincipalCollectionDismissParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::v1::params::RiskyServicePrincipalCollectionDismissParams,
        >,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("dismiss"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_identity_protection_or_search)]
/// Features: `v1`, or one of `v1-identity-protection`, `v1-search`.
impl dyn crate::v1::requests::RiskyServicePrincipalHistoryItemPath {
    /// Structural property `activity` (`microsoft.graph.riskServicePrincipalActivity`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn activity(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::RiskServicePrincipalActivity> {
        crate::path::PropertyPath::new(self.node_target().segment("activity"))
    }
    /// Containment navigation property `history` (`microsoft.graph.riskyServicePrincipalHistoryItem`).
    #[inline]
    pub fn history(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::RiskyServicePrincipalHistoryItem,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("history"))
    }
}
#[cfg(msgraph_v1_identity_protection_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyRiskyServicePrincipal>
for crate::v1::RiskyServicePrincipalHistoryItem {
    const SEGMENT: &'static str = "microsoft.graph.riskyServicePrincipalHistoryItem";
}
#[cfg(msgraph_v1_identity_protection_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::RiskyServicePrincipalHistoryItem {
    const SEGMENT: &'static str = "microsoft.graph.riskyServicePrincipalHistoryItem";
}
#[cfg(msgraph_v1_identity_protection_or_search)]
/// Features: `v1`, or one of `v1-identity-protection`, `v1-search`.
impl<C> crate::path::CollectionPath<crate::v1::RiskyServicePrincipalHistoryItem, C> {
    /// `POST .../confirmCompromised`: action `microsoft.graph.confirmCompromised`.
    pub fn confirm_compromised(
        &self,
        params: crate::v1::params::RiskyServicePrincipalCollectionConfirmCompromisedParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::v1::params::RiskyServicePrincipalCollectionConfirmCompromisedParams,
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
        params: crate::v1::params::RiskyServicePrincipalCollectionDismissParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::v1::params::RiskyServicePrincipalCollectionDismissParams,
        >,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("dismiss"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_identity_protection_or_search)]
/// Features: `v1`, or one of `v1-identity-protection`, `v1-search`.
impl dyn crate::v1::requests::RiskyUserPath {
    /// Containment navigation property `history` (`microsoft.graph.riskyUserHistoryItem`).
    #[inline]
    pub fn history(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::RiskyUserHistoryItem,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("history"))
    }
}
#[cfg(msgraph_v1_identity_protection_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::AnyRiskyUser {
    const SEGMENT: &'static str = "microsoft.graph.riskyUser";
}
#[cfg(msgraph_v1_identity_protection_or_search)]
/// Features: `v1`, or one of `v1-identity-protection`, `v1-search`.
impl<C> crate::path::CollectionPath<crate::v1::AnyRiskyUser, C> {
    /// `POST .../confirmCompromised`: action `microsoft.graph.confirmCompromised`.
    pub fn confirm_compromised(
        &self,
        params: crate::v1::params::RiskyUserCollectionConfirmCompromisedParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::v1::params::RiskyUserCollectionConfirmCompromisedParams,
        >,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("confirmCompromised"),
            rt::request::Json(params),
        )
    }
    /// `POST .../confirmSafe`: action `microsoft.graph.confirmSafe`.
    pub fn confirm_safe(
        &self,
        params: crate::v1::params::RiskyUserCollectionConfirmSafeParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::RiskyUserCollectionConfirmSafeParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("confirmSafe"),
            rt::request::Json(params),
        )
    }
    /// `POST .../dismiss`: action `microsoft.graph.dismiss`.
    pub fn dismiss(
        &self,
        params: crate::v1::params::RiskyUserCollectionDismissParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::RiskyUserCollectionDismissParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("dismiss"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_identity_protection_or_search)]
/// Features: `v1`, or one of `v1-identity-protection`, `v1-search`.
impl dyn crate::v1::requests::RiskyUserHistoryItemPath {
    /// Structural property `activity` (`microsoft.graph.riskUserActivity`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn activity(&self) -> crate::path::PropertyPath<crate::v1::RiskUserActivity> {
        crate::path::PropertyPath::new(self.node_target().segment("activity"))
    }
    /// Containment navigation property `history` (`microsoft.graph.riskyUserHistoryItem`).
    #[inline]
    pub fn history(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::RiskyUserHistoryItem,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("history"))
    }
}
#[cfg(msgraph_v1_identity_protection_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyRiskyUser>
for crate::v1::RiskyUserHistoryItem {
    const SEGMENT: &'static str = "microsoft.graph.riskyUserHistoryItem";
}
#[cfg(msgraph_v1_identity_protection_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::RiskyUserHistoryItem {
    const SEGMENT: &'static str = "microsoft.graph.riskyUserHistoryItem";
}
#[cfg(msgraph_v1_identity_protection_or_search)]
/// Features: `v1`, or one of `v1-identity-protection`, `v1-search`.
impl<C> crate::path::CollectionPath<crate::v1::RiskyUserHistoryItem, C> {
    /// `POST .../confirmCompromised`: action `microsoft.graph.confirmCompromised`.
    pub fn confirm_compromised(
        &self,
        params: crate::v1::params::RiskyUserCollectionConfirmCompromisedParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::v1::params::RiskyUserCollectionConfirmCompromisedParams,
        >,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("confirmCompromised"),
            rt::request::Json(params),
        )
    }
    /// `POST .../confirmSafe`: action `microsoft.graph.confirmSafe`.
    pub fn confirm_safe(
        &self,
        params: crate::v1::params::RiskyUserCollectionConfirmSafeParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::RiskyUserCollectionConfirmSafeParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("confirmSafe"),
            rt::request::Json(params),
        )
    }
    /// `POST .../dismiss`: action `microsoft.graph.dismiss`.
    pub fn dismiss(
        &self,
        params: crate::v1::params::RiskyUserCollectionDismissParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::RiskyUserCollectionDismissParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("dismiss"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
impl dyn crate::v1::requests::RoleAssignmentPath {
    /// Navigation property `roleDefinition` (`microsoft.graph.roleDefinition`).
    #[inline]
    pub fn role_definition(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::AnyRoleDefinition,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("roleDefinition"))
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::AnyRoleAssignment {
    const SEGMENT: &'static str = "microsoft.graph.roleAssignment";
}
#[cfg(msgraph_v1_device_management_or_search)]
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
impl dyn crate::v1::requests::RoleDefinitionPath {
    /// Containment navigation property `roleAssignments` (`microsoft.graph.roleAssignment`).
    #[inline]
    pub fn role_assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyRoleAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("roleAssignments"))
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::AnyRoleDefinition {
    const SEGMENT: &'static str = "microsoft.graph.roleDefinition";
}
#[cfg(msgraph_v1_role_management)]
/// Features: `v1` or `v1-role-management`.
impl dyn crate::v1::requests::RoleManagementPath {
    /// Containment navigation property `directory` (`microsoft.graph.rbacApplication`).
    #[inline]
    pub fn directory(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::RbacApplication,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("directory"))
    }
    /// Containment navigation property `entitlementManagement` (`microsoft.graph.rbacApplication`).
    #[inline]
    pub fn entitlement_management(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::RbacApplication,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("entitlementManagement"))
    }
}
#[cfg(msgraph_v1_places_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyPlace> for crate::v1::Room {
    const SEGMENT: &'static str = "microsoft.graph.room";
}
#[cfg(msgraph_v1_places_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::Room {
    const SEGMENT: &'static str = "microsoft.graph.room";
}
#[cfg(msgraph_v1_places_or_search)]
/// Features: `v1`, or one of `v1-places`, `v1-search`.
impl dyn crate::v1::requests::RoomListPath {
    /// Containment navigation property `rooms` (`microsoft.graph.room`).
    #[inline]
    pub fn rooms(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::Room,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("rooms"))
    }
    /// Containment navigation property `workspaces` (`microsoft.graph.workspace`).
    #[inline]
    pub fn workspaces(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::Workspace,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("workspaces"))
    }
    /// Structural property `address` (`microsoft.graph.physicalAddress`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn address(&self) -> crate::path::PropertyPath<crate::v1::PhysicalAddress> {
        crate::path::PropertyPath::new(self.node_target().segment("address"))
    }
    /// Structural property `geoCoordinates` (`microsoft.graph.outlookGeoCoordinates`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn geo_coordinates(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::OutlookGeoCoordinates> {
        crate::path::PropertyPath::new(self.node_target().segment("geoCoordinates"))
    }
    /// Containment navigation property `checkIns` (`microsoft.graph.checkInClaim`).
    #[inline]
    pub fn check_ins(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::CheckInClaim,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("checkIns"))
    }
    /// `GET .../descendants`: function `microsoft.graph.descendants`.
    #[inline]
    pub fn descendants(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::v1::AnyPlace>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.node_target().function("descendants", &[]),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_places_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyPlace> for crate::v1::RoomList {
    const SEGMENT: &'static str = "microsoft.graph.roomList";
}
#[cfg(msgraph_v1_places_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::RoomList {
    const SEGMENT: &'static str = "microsoft.graph.roomList";
}
#[cfg(msgraph_v1_directory_or_search)]
/// Features: `v1`, or one of `v1-directory`, `v1-search`.
impl dyn crate::v1::requests::entra_recovery_services::RecoveryPath {
    /// Containment navigation property `jobs` (`microsoft.graph.entraRecoveryServices.recoveryJobBase`).
    #[inline]
    pub fn jobs(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::entra_recovery_services::AnyRecoveryJobBase,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("jobs"))
    }
    /// Containment navigation property `snapshots` (`microsoft.graph.entraRecoveryServices.snapshot`).
    #[inline]
    pub fn snapshots(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::entra_recovery_services::Snapshot,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("snapshots"))
    }
}
#[cfg(msgraph_v1_directory_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::entra_recovery_services::Recovery {
    const SEGMENT: &'static str = "microsoft.graph.entraRecoveryServices.recovery";
}
#[cfg(msgraph_v1_directory_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::entra_recovery_services::RecoveryChangeObjectBase {
    const SEGMENT: &'static str = "microsoft.graph.entraRecoveryServices.recoveryChangeObjectBase";
}
#[cfg(msgraph_v1_directory_or_search)]
/// Features: `v1`, or one of `v1-directory`, `v1-search`.
impl dyn crate::v1::requests::entra_recovery_services::RecoveryJobPath {
    /// `GET .../microsoft.graph.entraRecoveryServices.getFailedChanges`: function `microsoft.graph.entraRecoveryServices.getFailedChanges`.
    #[inline]
    pub fn get_failed_changes(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<
            crate::v1::entra_recovery_services::RecoveryChangeObjectBase,
        >,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .node_target()
                .function("microsoft.graph.entraRecoveryServices.getFailedChanges", &[]),
            rt::request::NoBody,
        )
    }
    /// Structural property `filteringCriteria` (`microsoft.graph.entraRecoveryServices.recoveryJobFilteringCriteriaBase`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn filtering_criteria(
        &self,
    ) -> crate::path::PropertyPath<
        crate::v1::entra_recovery_services::AnyRecoveryJobFilteringCriteriaBase,
    > {
        crate::path::PropertyPath::new(self.node_target().segment("filteringCriteria"))
    }
    /// `POST .../microsoft.graph.entraRecoveryServices.cancel`: action `microsoft.graph.entraRecoveryServices.cancel`.
    #[inline]
    pub fn cancel(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("microsoft.graph.entraRecoveryServices.cancel"),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_directory_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::entra_recovery_services::AnyRecoveryJobBase>
for crate::v1::entra_recovery_services::RecoveryJob {
    const SEGMENT: &'static str = "microsoft.graph.entraRecoveryServices.recoveryJob";
}
#[cfg(msgraph_v1_directory_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::entra_recovery_services::RecoveryJob {
    const SEGMENT: &'static str = "microsoft.graph.entraRecoveryServices.recoveryJob";
}
#[cfg(msgraph_v1_directory_or_search)]
/// Features: `v1`, or one of `v1-directory`, `v1-search`.
impl dyn crate::v1::requests::entra_recovery_services::RecoveryJobBasePath {
    /// Structural property `filteringCriteria` (`microsoft.graph.entraRecoveryServices.recoveryJobFilteringCriteriaBase`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn filtering_criteria(
        &self,
    ) -> crate::path::PropertyPath<
        crate::v1::entra_recovery_services::AnyRecoveryJobFilteringCriteriaBase,
    > {
        crate::path::PropertyPath::new(self.node_target().segment("filteringCriteria"))
    }
    /// `POST .../microsoft.graph.entraRecoveryServices.cancel`: action `microsoft.graph.entraRecoveryServices.cancel`.
    #[inline]
    pub fn cancel(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("microsoft.graph.entraRecoveryServices.cancel"),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_directory_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::entra_recovery_services::AnyRecoveryJobBase {
    const SEGMENT: &'static str = "microsoft.graph.entraRecoveryServices.recoveryJobBase";
}
#[cfg(msgraph_v1_directory_or_search)]
/// Features: `v1`, or one of `v1-directory`, `v1-search`.
impl dyn crate::v1::requests::entra_recovery_services::RecoveryPreviewJobPath {
    /// `GET .../microsoft.graph.entraRecoveryServices.getChanges`: function `microsoft.graph.entraRecoveryServices.getChanges`.
    #[inline]
    pub fn get_changes(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<
            crate::v1::entra_recovery_services::RecoveryChangeObjectBase,
        >,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .node_target()
                .function("microsoft.graph.entraRecoveryServices.getChanges", &[]),
            rt::request::NoBody,
        )
    }
    /// Structural property `filteringCriteria` (`microsoft.graph.entraRecoveryServices.recoveryJobFilteringCriteriaBase`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn filtering_criteria(
        &self,
    ) -> crate::path::PropertyPath<
        crate::v1::entra_recovery_services::AnyRecoveryJobFilteringCriteriaBase,
    > {
        crate::path::PropertyPath::new(self.node_target().segment("filteringCriteria"))
    }
    /// `POST .../microsoft.graph.entraRecoveryServices.cancel`: action `microsoft.graph.entraRecoveryServices.cancel`.
    #[inline]
    pub fn cancel(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("microsoft.graph.entraRecoveryServices.cancel"),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_directory_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::entra_recovery_services::AnyRecoveryJobBase>
for crate::v1::entra_recovery_services::RecoveryPreviewJob {
    const SEGMENT: &'static str = "microsoft.graph.entraRecoveryServices.recoveryPreviewJob";
}
#[cfg(msgraph_v1_directory_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::entra_recovery_services::RecoveryPreviewJob {
    const SEGMENT: &'static str = "microsoft.graph.entraRecoveryServices.recoveryPreviewJob";
}
#[cfg(msgraph_v1_identity_governance_or_search)]
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
impl dyn crate::v1::requests::identity_governance::RunPath {
    /// Structural property `activatedOnScope` (`microsoft.graph.identityGovernance.activationScope`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn activated_on_scope(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::identity_governance::AnyActivationScope> {
        crate::path::PropertyPath::new(self.node_target().segment("activatedOnScope"))
    }
    /// Navigation property `reprocessedRuns` (`microsoft.graph.identityGovernance.run`).
    #[inline]
    pub fn reprocessed_runs(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::identity_governance::Run,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("reprocessedRuns"))
    }
    /// Containment navigation property `taskProcessingResults` (`microsoft.graph.identityGovernance.taskProcessingResult`).
    #[inline]
    pub fn task_processing_results(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::identity_governance::TaskProcessingResult,
        crate::path::caps::List,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("taskProcessingResults"),
        )
    }
    /// Containment navigation property `userProcessingResults` (`microsoft.graph.identityGovernance.userProcessingResult`).
    #[inline]
    pub fn user_processing_results(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::identity_governance::UserProcessingResult,
        crate::path::caps::List,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("userProcessingResults"),
        )
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::identity_governance::Run {
    const SEGMENT: &'static str = "microsoft.graph.identityGovernance.run";
}
#[cfg(msgraph_v1_identity_governance_or_search)]
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
impl<C> crate::path::CollectionPath<crate::v1::identity_governance::Run, C> {
    /// `GET .../microsoft.graph.identityGovernance.summary`: function `microsoft.graph.identityGovernance.summary`.
    pub fn summary(
        &self,
        start_date_time: &rt::edm::DateTimeOffset,
        end_date_time: &rt::edm::DateTimeOffset,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::identity_governance::RunSummary>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .target()
                .function(
                    "microsoft.graph.identityGovernance.summary",
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
                    ],
                ),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_reports_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::partners_billing::AnyOperation>
for crate::v1::partners_billing::RunningOperation {
    const SEGMENT: &'static str = "microsoft.graph.partners.billing.runningOperation";
}
#[cfg(msgraph_v1_reports_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::partners_billing::RunningOperation {
    const SEGMENT: &'static str = "microsoft.graph.partners.billing.runningOperation";
}
#[cfg(msgraph_v1_search_or_security)]
/// Features: `v1`, or one of `v1-search`, `v1-security`.
impl dyn crate::v1::requests::security::RetentionEventPath {
    /// Structural property `createdBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn created_by(&self) -> crate::path::PropertyPath<crate::v1::AnyIdentitySet> {
        crate::path::PropertyPath::new(self.node_target().segment("createdBy"))
    }
    /// Structural property `eventStatus` (`microsoft.graph.security.retentionEventStatus`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn event_status(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::security::RetentionEventStatus> {
        crate::path::PropertyPath::new(self.node_target().segment("eventStatus"))
    }
    /// Structural property `lastModifiedBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn last_modified_by(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AnyIdentitySet> {
        crate::path::PropertyPath::new(self.node_target().segment("lastModifiedBy"))
    }
    /// Navigation property `retentionEventType` (`microsoft.graph.security.retentionEventType`).
    #[inline]
    pub fn retention_event_type(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::security::RetentionEventType,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("retentionEventType"))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::security::RetentionEvent {
    const SEGMENT: &'static str = "microsoft.graph.security.retentionEvent";
}
#[cfg(msgraph_v1_search_or_security)]
/// Features: `v1`, or one of `v1-search`, `v1-security`.
impl dyn crate::v1::requests::security::RetentionEventTypePath {
    /// Structural property `createdBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn created_by(&self) -> crate::path::PropertyPath<crate::v1::AnyIdentitySet> {
        crate::path::PropertyPath::new(self.node_target().segment("createdBy"))
    }
    /// Structural property `lastModifiedBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn last_modified_by(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AnyIdentitySet> {
        crate::path::PropertyPath::new(self.node_target().segment("lastModifiedBy"))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::security::RetentionEventType {
    const SEGMENT: &'static str = "microsoft.graph.security.retentionEventType";
}
#[cfg(msgraph_v1_search_or_security)]
/// Features: `v1`, or one of `v1-search`, `v1-security`.
impl dyn crate::v1::requests::security::RetentionLabelPath {
    /// Structural property `createdBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn created_by(&self) -> crate::path::PropertyPath<crate::v1::AnyIdentitySet> {
        crate::path::PropertyPath::new(self.node_target().segment("createdBy"))
    }
    /// Structural property `lastModifiedBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn last_modified_by(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AnyIdentitySet> {
        crate::path::PropertyPath::new(self.node_target().segment("lastModifiedBy"))
    }
    /// Structural property `retentionDuration` (`microsoft.graph.security.retentionDuration`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn retention_duration(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::security::AnyRetentionDuration> {
        crate::path::PropertyPath::new(self.node_target().segment("retentionDuration"))
    }
    /// Containment navigation property `descriptors` (`microsoft.graph.security.filePlanDescriptor`).
    #[inline]
    pub fn descriptors(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::security::FilePlanDescriptor,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("descriptors"))
    }
    /// Containment navigation property `dispositionReviewStages` (`microsoft.graph.security.dispositionReviewStage`).
    #[inline]
    pub fn disposition_review_stages(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::security::DispositionReviewStage,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("dispositionReviewStages"),
        )
    }
    /// Navigation property `retentionEventType` (`microsoft.graph.security.retentionEventType`).
    #[inline]
    pub fn retention_event_type(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::security::RetentionEventType,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("retentionEventType"))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::security::RetentionLabel {
    const SEGMENT: &'static str = "microsoft.graph.security.retentionLabel";
}
#[cfg(msgraph_v1_core_or_sites)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::v1::requests::term_store::RelationPath {
    /// Navigation property `fromTerm` (`microsoft.graph.termStore.term`).
    #[inline]
    pub fn from_term(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::term_store::Term,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("fromTerm"))
    }
    /// Navigation property `set` (`microsoft.graph.termStore.set`).
    #[inline]
    pub fn set(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::term_store::Set,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("set"))
    }
    /// Navigation property `toTerm` (`microsoft.graph.termStore.term`).
    #[inline]
    pub fn to_term(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::term_store::Term,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("toTerm"))
    }
}
#[cfg(msgraph_v1_core_or_sites)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::term_store::Relation {
    const SEGMENT: &'static str = "microsoft.graph.termStore.relation";
}
#[cfg(msgraph_v1_directory_or_identity_or_search)]
/// Features: `v1`, or one of `v1-directory`, `v1-identity`, `v1-search`.
impl dyn crate::v1::requests::SamlOrWsFedExternalDomainFederationPath {
    /// Containment navigation property `domains` (`microsoft.graph.externalDomainName`).
    #[inline]
    pub fn domains(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::ExternalDomainName,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("domains"))
    }
}
#[cfg(msgraph_v1_directory_or_identity_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnySamlOrWsFedProvider>
for crate::v1::SamlOrWsFedExternalDomainFederation {
    const SEGMENT: &'static str = "microsoft.graph.samlOrWsFedExternalDomainFederation";
}
#[cfg(msgraph_v1_directory_or_identity_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyIdentityProviderBase>
for crate::v1::SamlOrWsFedExternalDomainFederation {
    const SEGMENT: &'static str = "microsoft.graph.samlOrWsFedExternalDomainFederation";
}
#[cfg(msgraph_v1_directory_or_identity_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::SamlOrWsFedExternalDomainFederation {
    const SEGMENT: &'static str = "microsoft.graph.samlOrWsFedExternalDomainFederation";
}
#[cfg(msgraph_v1_directory_or_identity_or_search)]
/// Features: `v1`, or one of `v1-directory`, `v1-identity`, `v1-search`.
impl<C> crate::path::CollectionPath<crate::v1::SamlOrWsFedExternalDomainFederation, C> {
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
#[cfg(msgraph_v1_directory_or_domains_or_identity_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyIdentityProviderBase>
for crate::v1::AnySamlOrWsFedProvider {
    const SEGMENT: &'static str = "microsoft.graph.samlOrWsFedProvider";
}
#[cfg(msgraph_v1_directory_or_domains_or_identity_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::AnySamlOrWsFedProvider {
    const SEGMENT: &'static str = "microsoft.graph.samlOrWsFedProvider";
}
#[cfg(msgraph_v1_directory_or_domains_or_identity_or_search)]
/// Features: `v1`, or one of `v1-directory`, `v1-domains`, `v1-identity`, `v1-search`.
impl<C> crate::path::CollectionPath<crate::v1::AnySamlOrWsFedProvider, C> {
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
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::v1::requests::SchedulePath {
    /// Structural property `timeClockSettings` (`microsoft.graph.timeClockSettings`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn time_clock_settings(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::TimeClockSettings> {
        crate::path::PropertyPath::new(self.node_target().segment("timeClockSettings"))
    }
    /// Containment navigation property `dayNotes` (`microsoft.graph.dayNote`).
    #[inline]
    pub fn day_notes(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::DayNote,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("dayNotes"))
    }
    /// Containment navigation property `offerShiftRequests` (`microsoft.graph.offerShiftRequest`).
    #[inline]
    pub fn offer_shift_requests(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyOfferShiftRequest,
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
        crate::v1::OpenShiftChangeRequest,
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
        crate::v1::OpenShift,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("openShifts"))
    }
    /// Containment navigation property `schedulingGroups` (`microsoft.graph.schedulingGroup`).
    #[inline]
    pub fn scheduling_groups(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::SchedulingGroup,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("schedulingGroups"))
    }
    /// Containment navigation property `shifts` (`microsoft.graph.shift`).
    #[inline]
    pub fn shifts(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::Shift,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("shifts"))
    }
    /// Containment navigation property `swapShiftsChangeRequests` (`microsoft.graph.swapShiftsChangeRequest`).
    #[inline]
    pub fn swap_shifts_change_requests(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::SwapShiftsChangeRequest,
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
        crate::v1::TimeCard,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("timeCards"))
    }
    /// Containment navigation property `timeOffReasons` (`microsoft.graph.timeOffReason`).
    #[inline]
    pub fn time_off_reasons(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::TimeOffReason,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("timeOffReasons"))
    }
    /// Containment navigation property `timeOffRequests` (`microsoft.graph.timeOffRequest`).
    #[inline]
    pub fn time_off_requests(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::TimeOffRequest,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("timeOffRequests"))
    }
    /// Containment navigation property `timesOff` (`microsoft.graph.timeOff`).
    #[inline]
    pub fn times_off(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::TimeOff,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("timesOff"))
    }
    /// `POST .../share`: action `microsoft.graph.share`.
    #[inline]
    pub fn share(
        &self,
        params: crate::v1::params::ScheduleShareParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::ScheduleShareParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("share"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::Schedule {
    const SEGMENT: &'static str = "microsoft.graph.schedule";
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::v1::requests::ScheduleChangeRequestPath {
    /// `POST .../approve`: action `microsoft.graph.approve`.
    #[inline]
    pub fn approve(
        &self,
        params: crate::v1::params::ScheduleChangeRequestApproveParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::ScheduleChangeRequestApproveParams>,
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
        params: crate::v1::params::ScheduleChangeRequestDeclineParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::ScheduleChangeRequestDeclineParams>,
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
    pub fn created_by(&self) -> crate::path::PropertyPath<crate::v1::AnyIdentitySet> {
        crate::path::PropertyPath::new(self.node_target().segment("createdBy"))
    }
    /// Structural property `lastModifiedBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn last_modified_by(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AnyIdentitySet> {
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
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyChangeTrackedEntity>
for crate::v1::AnyScheduleChangeRequest {
    const SEGMENT: &'static str = "microsoft.graph.scheduleChangeRequest";
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::AnyScheduleChangeRequest {
    const SEGMENT: &'static str = "microsoft.graph.scheduleChangeRequest";
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyChangeTrackedEntity>
for crate::v1::SchedulingGroup {
    const SEGMENT: &'static str = "microsoft.graph.schedulingGroup";
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::SchedulingGroup {
    const SEGMENT: &'static str = "microsoft.graph.schedulingGroup";
}
#[cfg(msgraph_v1_schema_extensions_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::SchemaExtension {
    const SEGMENT: &'static str = "microsoft.graph.schemaExtension";
}
#[cfg(msgraph_v1_core_or_scoped_role_memberships)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::v1::requests::ScopedRoleMembershipPath {
    /// Structural property `roleMemberInfo` (`microsoft.graph.identity`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn role_member_info(&self) -> crate::path::PropertyPath<crate::v1::AnyIdentity> {
        crate::path::PropertyPath::new(self.node_target().segment("roleMemberInfo"))
    }
}
#[cfg(msgraph_v1_core_or_scoped_role_memberships)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::ScopedRoleMembership {
    const SEGMENT: &'static str = "microsoft.graph.scopedRoleMembership";
}
#[cfg(msgraph_v1_search)]
/// Features: `v1` or `v1-search`.
impl dyn crate::v1::requests::SearchEntityPath {
    /// Containment navigation property `acronyms` (`microsoft.graph.search.acronym`).
    #[inline]
    pub fn acronyms(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::search::Acronym,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("acronyms"))
    }
    /// Containment navigation property `bookmarks` (`microsoft.graph.search.bookmark`).
    #[inline]
    pub fn bookmarks(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::search::Bookmark,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("bookmarks"))
    }
    /// Containment navigation property `qnas` (`microsoft.graph.search.qna`).
    #[inline]
    pub fn qnas(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::search::Qna,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("qnas"))
    }
    /// `POST .../query`: action `microsoft.graph.query`.
    #[inline]
    pub fn query(
        &self,
        params: crate::v1::params::SearchEntityQueryParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::SearchEntityQueryParams>,
        rt::request::Collection<crate::v1::SearchResponse>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("query"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::SearchEntity {
    const SEGMENT: &'static str = "microsoft.graph.searchEntity";
}
#[cfg(msgraph_v1_places_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyPlace> for crate::v1::Section {
    const SEGMENT: &'static str = "microsoft.graph.section";
}
#[cfg(msgraph_v1_places_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::Section {
    const SEGMENT: &'static str = "microsoft.graph.section";
}
#[cfg(msgraph_v1_core_or_sites)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::v1::requests::SectionGroupPath {
    /// Navigation property `parentNotebook` (`microsoft.graph.notebook`).
    #[inline]
    pub fn parent_notebook(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::Notebook,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("parentNotebook"))
    }
    /// Navigation property `parentSectionGroup` (`microsoft.graph.sectionGroup`).
    #[inline]
    pub fn parent_section_group(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::SectionGroup,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("parentSectionGroup"))
    }
    /// Navigation property `sectionGroups` (`microsoft.graph.sectionGroup`).
    #[inline]
    pub fn section_groups(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::SectionGroup,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("sectionGroups"))
    }
    /// Containment navigation property `sections` (`microsoft.graph.onenoteSection`).
    #[inline]
    pub fn sections(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::OnenoteSection,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("sections"))
    }
    /// Structural property `createdBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn created_by(&self) -> crate::path::PropertyPath<crate::v1::AnyIdentitySet> {
        crate::path::PropertyPath::new(self.node_target().segment("createdBy"))
    }
    /// Structural property `lastModifiedBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn last_modified_by(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AnyIdentitySet> {
        crate::path::PropertyPath::new(self.node_target().segment("lastModifiedBy"))
    }
}
#[cfg(msgraph_v1_core_or_sites)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyOnenoteEntityHierarchyModel>
for crate::v1::SectionGroup {
    const SEGMENT: &'static str = "microsoft.graph.sectionGroup";
}
#[cfg(msgraph_v1_core_or_sites)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyOnenoteEntitySchemaObjectModel>
for crate::v1::SectionGroup {
    const SEGMENT: &'static str = "microsoft.graph.sectionGroup";
}
#[cfg(msgraph_v1_core_or_sites)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyOnenoteEntityBaseModel>
for crate::v1::SectionGroup {
    const SEGMENT: &'static str = "microsoft.graph.sectionGroup";
}
#[cfg(msgraph_v1_core_or_sites)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::SectionGroup {
    const SEGMENT: &'static str = "microsoft.graph.sectionGroup";
}
#[cfg(msgraph_v1_places_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyBaseMapFeature> for crate::v1::SectionMap {
    const SEGMENT: &'static str = "microsoft.graph.sectionMap";
}
#[cfg(msgraph_v1_places_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::SectionMap {
    const SEGMENT: &'static str = "microsoft.graph.sectionMap";
}
#[cfg(msgraph_v1_search_or_security)]
/// Features: `v1`, or one of `v1-search`, `v1-security`.
impl dyn crate::v1::requests::SecureScorePath {
    /// Structural property `vendorInformation` (`microsoft.graph.securityVendorInformation`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn vendor_information(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::SecurityVendorInformation> {
        crate::path::PropertyPath::new(self.node_target().segment("vendorInformation"))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::SecureScore {
    const SEGMENT: &'static str = "microsoft.graph.secureScore";
}
#[cfg(msgraph_v1_search_or_security)]
/// Features: `v1`, or one of `v1-search`, `v1-security`.
impl dyn crate::v1::requests::SecureScoreControlProfilePath {
    /// Structural property `vendorInformation` (`microsoft.graph.securityVendorInformation`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn vendor_information(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::SecurityVendorInformation> {
        crate::path::PropertyPath::new(self.node_target().segment("vendorInformation"))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::SecureScoreControlProfile {
    const SEGMENT: &'static str = "microsoft.graph.secureScoreControlProfile";
}
#[cfg(msgraph_v1_security)]
/// Features: `v1` or `v1-security`.
impl dyn crate::v1::requests::SecurityPath {
    /// Containment navigation property `alerts` (`microsoft.graph.alert`).
    #[inline]
    pub fn alerts(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::Alert,
        crate::path::caps::ListCreateUpdate,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("alerts"))
    }
    /// Containment navigation property `alerts_v2` (`microsoft.graph.security.alert`).
    #[inline]
    pub fn alerts_v2(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::security::Alert,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("alerts_v2"))
    }
    /// Containment navigation property `attackSimulation` (`microsoft.graph.attackSimulationRoot`).
    #[inline]
    pub fn attack_simulation(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::AttackSimulationRoot,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("attackSimulation"))
    }
    /// Containment navigation property `auditLog` (`microsoft.graph.security.auditCoreRoot`).
    #[inline]
    pub fn audit_log(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::security::AuditCoreRoot,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("auditLog"))
    }
    /// Containment navigation property `cases` (`microsoft.graph.security.casesRoot`).
    #[inline]
    pub fn cases(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::security::CasesRoot,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("cases"))
    }
    /// Containment navigation property `collaboration` (`microsoft.graph.security.collaborationRoot`).
    #[inline]
    pub fn collaboration(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::security::CollaborationRoot,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("collaboration"))
    }
    /// Containment navigation property `dataSecurityAndGovernance` (`microsoft.graph.tenantDataSecurityAndGovernance`).
    #[inline]
    pub fn data_security_and_governance(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::TenantDataSecurityAndGovernance,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(
            self.node_target().segment("dataSecurityAndGovernance"),
        )
    }
    /// Containment navigation property `identities` (`microsoft.graph.security.identityContainer`).
    #[inline]
    pub fn identities(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::security::IdentityContainer,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("identities"))
    }
    /// Containment navigation property `incidents` (`microsoft.graph.security.incident`).
    #[inline]
    pub fn incidents(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::security::Incident,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("incidents"))
    }
    /// Containment navigation property `labels` (`microsoft.graph.security.labelsRoot`).
    #[inline]
    pub fn labels(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::security::LabelsRoot,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("labels"))
    }
    /// Containment navigation property `secureScoreControlProfiles` (`microsoft.graph.secureScoreControlProfile`).
    #[inline]
    pub fn secure_score_control_profiles(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::SecureScoreControlProfile,
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
        crate::v1::SecureScore,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("secureScores"))
    }
    /// Containment navigation property `subjectRightsRequests` (`microsoft.graph.subjectRightsRequest`).
    #[inline]
    pub fn subject_rights_requests(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::SubjectRightsRequest,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("subjectRightsRequests"),
        )
    }
    /// Containment navigation property `threatIntelligence` (`microsoft.graph.security.threatIntelligence`).
    #[inline]
    pub fn threat_intelligence(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::security::ThreatIntelligence,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("threatIntelligence"))
    }
    /// Containment navigation property `triggers` (`microsoft.graph.security.triggersRoot`).
    #[inline]
    pub fn triggers(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::security::TriggersRoot,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("triggers"))
    }
    /// Containment navigation property `triggerTypes` (`microsoft.graph.security.triggerTypesRoot`).
    #[inline]
    pub fn trigger_types(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::security::TriggerTypesRoot,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("triggerTypes"))
    }
    /// `POST .../microsoft.graph.security.runHuntingQuery`: action `microsoft.graph.security.runHuntingQuery`.
    #[inline]
    pub fn run_hunting_query(
        &self,
        params: crate::v1::params::SecurityRunHuntingQueryParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::SecurityRunHuntingQueryParams>,
        rt::request::Entity<crate::v1::security::HuntingQueryResults>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("microsoft.graph.security.runHuntingQuery"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_reports_or_search)]
/// Features: `v1`, or one of `v1-reports`, `v1-search`.
impl dyn crate::v1::requests::SecurityReportsRootPath {
    /// `GET .../getAttackSimulationRepeatOffenders`: function `microsoft.graph.getAttackSimulationRepeatOffenders`.
    #[inline]
    pub fn get_attack_simulation_repeat_offenders(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::v1::AttackSimulationRepeatOffender>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.node_target().function("getAttackSimulationRepeatOffenders", &[]),
            rt::request::NoBody,
        )
    }
    /// `GET .../getAttackSimulationSimulationUserCoverage`: function `microsoft.graph.getAttackSimulationSimulationUserCoverage`.
    #[inline]
    pub fn get_attack_simulation_simulation_user_coverage(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::v1::AttackSimulationSimulationUserCoverage>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .node_target()
                .function("getAttackSimulationSimulationUserCoverage", &[]),
            rt::request::NoBody,
        )
    }
    /// `GET .../getAttackSimulationTrainingUserCoverage`: function `microsoft.graph.getAttackSimulationTrainingUserCoverage`.
    #[inline]
    pub fn get_attack_simulation_training_user_coverage(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::v1::AttackSimulationTrainingUserCoverage>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.node_target().function("getAttackSimulationTrainingUserCoverage", &[]),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_reports_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::SecurityReportsRoot {
    const SEGMENT: &'static str = "microsoft.graph.securityReportsRoot";
}
#[cfg(msgraph_v1_communications_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyCommsOperation>
for crate::v1::SendDtmfTonesOperation {
    const SEGMENT: &'static str = "microsoft.graph.sendDtmfTonesOperation";
}
#[cfg(msgraph_v1_communications_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::SendDtmfTonesOperation {
    const SEGMENT: &'static str = "microsoft.graph.sendDtmfTonesOperation";
}
#[cfg(msgraph_v1_core_or_security)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::v1::requests::SensitivityLabelPath {
    #[cfg(msgraph_v1_search)]
    /// Navigation property `rights` (`microsoft.graph.usageRightsIncluded`).
    ///
    /// Features: `v1` or `v1-search`.
    #[inline]
    pub fn rights(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::UsageRightsIncluded,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("rights"))
    }
    /// Containment navigation property `sublabels` (`microsoft.graph.sensitivityLabel`).
    #[inline]
    pub fn sublabels(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::SensitivityLabel,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("sublabels"))
    }
}
#[cfg(msgraph_v1_core_or_security)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::SensitivityLabel {
    const SEGMENT: &'static str = "microsoft.graph.sensitivityLabel";
}
#[cfg(msgraph_v1_core_or_security)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::CollectionPath<crate::v1::SensitivityLabel, C> {
    /// `GET .../computeInheritance`: function `microsoft.graph.computeInheritance`.
    pub fn compute_inheritance(
        &self,
        label_ids: &[::std::string::String],
        locale: &str,
        content_formats: &[::std::string::String],
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::SensitivityLabel>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .target()
                .function(
                    "computeInheritance",
                    &[
                        (
                            "labelIds",
                            ::core::option::Option::Some(
                                rt::request::Literal::json(label_ids),
                            ),
                        ),
                        (
                            "locale",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(locale),
                            ),
                        ),
                        (
                            "contentFormats",
                            ::core::option::Option::Some(
                                rt::request::Literal::json(content_formats),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `POST .../computeRightsAndInheritance`: action `microsoft.graph.computeRightsAndInheritance`.
    pub fn compute_rights_and_inheritance(
        &self,
        params: crate::v1::params::SensitivityLabelCollectionComputeRightsAndInheritanceParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::v1::params::SensitivityLabelCollectionComputeRightsAndInheritanceParams,
        >,
        rt::request::Entity<crate::v1::ComputeRightsAndInheritanceResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("computeRightsAndInheritance"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_admin_or_search)]
/// Features: `v1`, or one of `v1-admin`, `v1-search`.
impl dyn crate::v1::requests::ServiceAnnouncementPath {
    /// Containment navigation property `healthOverviews` (`microsoft.graph.serviceHealth`).
    #[inline]
    pub fn health_overviews(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::ServiceHealth,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("healthOverviews"))
    }
    /// Containment navigation property `issues` (`microsoft.graph.serviceHealthIssue`).
    #[inline]
    pub fn issues(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::ServiceHealthIssue,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("issues"))
    }
    /// Containment navigation property `messages` (`microsoft.graph.serviceUpdateMessage`).
    #[inline]
    pub fn messages(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::ServiceUpdateMessage,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("messages"))
    }
}
#[cfg(msgraph_v1_admin_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::ServiceAnnouncement {
    const SEGMENT: &'static str = "microsoft.graph.serviceAnnouncement";
}
#[cfg(msgraph_v1_admin_or_search)]
/// Features: `v1`, or one of `v1-admin`, `v1-search`.
impl dyn crate::v1::requests::ServiceAnnouncementAttachmentPath {
    /// Stream property `content`.
    #[inline]
    pub fn content(&self) -> crate::path::StreamPath {
        crate::path::StreamPath::new(self.node_target().segment("content"))
    }
}
#[cfg(msgraph_v1_admin_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::ServiceAnnouncementAttachment {
    const SEGMENT: &'static str = "microsoft.graph.serviceAnnouncementAttachment";
}
#[cfg(msgraph_v1_admin_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::AnyServiceAnnouncementBase {
    const SEGMENT: &'static str = "microsoft.graph.serviceAnnouncementBase";
}
#[cfg(msgraph_v1_search_or_solutions)]
/// Features: `v1`, or one of `v1-search`, `v1-solutions`.
impl dyn crate::v1::requests::ServiceAppPath {
    /// Structural property `application` (`microsoft.graph.identity`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn application(&self) -> crate::path::PropertyPath<crate::v1::AnyIdentity> {
        crate::path::PropertyPath::new(self.node_target().segment("application"))
    }
    /// Structural property `lastModifiedBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn last_modified_by(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AnyIdentitySet> {
        crate::path::PropertyPath::new(self.node_target().segment("lastModifiedBy"))
    }
    /// `POST .../activate`: action `microsoft.graph.activate`.
    #[inline]
    pub fn activate(
        &self,
        params: crate::v1::params::ServiceAppActivateParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::ServiceAppActivateParams>,
        rt::request::Entity<crate::v1::ServiceApp>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("activate"),
            rt::request::Json(params),
        )
    }
    /// `POST .../deactivate`: action `microsoft.graph.deactivate`.
    #[inline]
    pub fn deactivate(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::ServiceApp>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("deactivate"),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::ServiceApp {
    const SEGMENT: &'static str = "microsoft.graph.serviceApp";
}
#[cfg(msgraph_v1_admin_or_search)]
/// Features: `v1`, or one of `v1-admin`, `v1-search`.
impl dyn crate::v1::requests::ServiceHealthPath {
    /// Containment navigation property `issues` (`microsoft.graph.serviceHealthIssue`).
    #[inline]
    pub fn issues(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::ServiceHealthIssue,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("issues"))
    }
}
#[cfg(msgraph_v1_admin_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::ServiceHealth {
    const SEGMENT: &'static str = "microsoft.graph.serviceHealth";
}
#[cfg(msgraph_v1_admin_or_search)]
/// Features: `v1`, or one of `v1-admin`, `v1-search`.
impl dyn crate::v1::requests::ServiceHealthIssuePath {
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
#[cfg(msgraph_v1_admin_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyServiceAnnouncementBase>
for crate::v1::ServiceHealthIssue {
    const SEGMENT: &'static str = "microsoft.graph.serviceHealthIssue";
}
#[cfg(msgraph_v1_admin_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::ServiceHealthIssue {
    const SEGMENT: &'static str = "microsoft.graph.serviceHealthIssue";
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::v1::requests::ServicePrincipalPath {
    /// Structural property `customSecurityAttributes` (`microsoft.graph.customSecurityAttributeValue`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn custom_security_attributes(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::CustomSecurityAttributeValue> {
        crate::path::PropertyPath::new(
            self.node_target().segment("customSecurityAttributes"),
        )
    }
    /// Structural property `info` (`microsoft.graph.informationalUrl`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn info(&self) -> crate::path::PropertyPath<crate::v1::InformationalUrl> {
        crate::path::PropertyPath::new(self.node_target().segment("info"))
    }
    /// Structural property `samlSingleSignOnSettings` (`microsoft.graph.samlSingleSignOnSettings`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn saml_single_sign_on_settings(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::SamlSingleSignOnSettings> {
        crate::path::PropertyPath::new(
            self.node_target().segment("samlSingleSignOnSettings"),
        )
    }
    /// Structural property `verifiedPublisher` (`microsoft.graph.verifiedPublisher`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn verified_publisher(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::VerifiedPublisher> {
        crate::path::PropertyPath::new(self.node_target().segment("verifiedPublisher"))
    }
    /// Navigation property `appManagementPolicies` (`microsoft.graph.appManagementPolicy`).
    #[inline]
    pub fn app_management_policies(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AppManagementPolicy,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("appManagementPolicies"),
        )
    }
    /// Containment navigation property `appRoleAssignedTo` (`microsoft.graph.appRoleAssignment`).
    #[inline]
    pub fn app_role_assigned_to(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AppRoleAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("appRoleAssignedTo"))
    }
    /// Containment navigation property `appRoleAssignments` (`microsoft.graph.appRoleAssignment`).
    #[inline]
    pub fn app_role_assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AppRoleAssignment,
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
        crate::v1::ClaimsMappingPolicy,
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
        crate::v1::AnyDirectoryObject,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("createdObjects"))
    }
    /// Containment navigation property `delegatedPermissionClassifications` (`microsoft.graph.delegatedPermissionClassification`).
    #[inline]
    pub fn delegated_permission_classifications(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::DelegatedPermissionClassification,
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
        crate::v1::Endpoint,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("endpoints"))
    }
    /// Containment navigation property `federatedIdentityCredentials` (`microsoft.graph.federatedIdentityCredential`).
    #[inline]
    pub fn federated_identity_credentials(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::FederatedIdentityCredential,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("federatedIdentityCredentials"),
        )
    }
    /// Navigation property `homeRealmDiscoveryPolicies` (`microsoft.graph.homeRealmDiscoveryPolicy`).
    #[inline]
    pub fn home_realm_discovery_policies(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::HomeRealmDiscoveryPolicy,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("homeRealmDiscoveryPolicies"),
        )
    }
    /// Navigation property `memberOf` (`microsoft.graph.directoryObject`).
    #[inline]
    pub fn member_of(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyDirectoryObject,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("memberOf"))
    }
    #[cfg(msgraph_v1_oauth2_permission_grants_or_search)]
    /// Navigation property `oauth2PermissionGrants` (`microsoft.graph.oAuth2PermissionGrant`).
    ///
    /// Features: `v1` or `v1-search`.
    #[inline]
    pub fn oauth2_permission_grants(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::OAuth2PermissionGrant,
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
        crate::v1::AnyDirectoryObject,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("ownedObjects"))
    }
    /// Navigation property `owners` (`microsoft.graph.directoryObject`).
    #[inline]
    pub fn owners(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyDirectoryObject,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("owners"))
    }
    /// Containment navigation property `remoteDesktopSecurityConfiguration` (`microsoft.graph.remoteDesktopSecurityConfiguration`).
    #[inline]
    pub fn remote_desktop_security_configuration(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::RemoteDesktopSecurityConfiguration,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(
            self.node_target().segment("remoteDesktopSecurityConfiguration"),
        )
    }
    /// Containment navigation property `synchronization` (`microsoft.graph.synchronization`).
    ///
    /// Updated with `PUT` (`UpdateRestrictions/UpdateMethod`): `update` sends `PUT` here.
    #[inline]
    pub fn synchronization(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::Synchronization,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(
            self.node_target().segment("synchronization").updated_by_put(),
        )
    }
    /// Navigation property `tokenIssuancePolicies` (`microsoft.graph.tokenIssuancePolicy`).
    #[inline]
    pub fn token_issuance_policies(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::TokenIssuancePolicy,
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
        crate::v1::TokenLifetimePolicy,
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
        crate::v1::AnyDirectoryObject,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("transitiveMemberOf"),
        )
    }
    /// `POST .../addKey`: action `microsoft.graph.addKey`.
    #[inline]
    pub fn add_key(
        &self,
        params: crate::v1::params::ServicePrincipalAddKeyParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::ServicePrincipalAddKeyParams>,
        rt::request::Entity<crate::v1::KeyCredential>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("addKey"),
            rt::request::Json(params),
        )
    }
    /// `POST .../addPassword`: action `microsoft.graph.addPassword`.
    #[inline]
    pub fn add_password(
        &self,
        params: crate::v1::params::ServicePrincipalAddPasswordParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::ServicePrincipalAddPasswordParams>,
        rt::request::Entity<crate::v1::PasswordCredential>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("addPassword"),
            rt::request::Json(params),
        )
    }
    /// `POST .../addTokenSigningCertificate`: action `microsoft.graph.addTokenSigningCertificate`.
    #[inline]
    pub fn add_token_signing_certificate(
        &self,
        params: crate::v1::params::ServicePrincipalAddTokenSigningCertificateParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::v1::params::ServicePrincipalAddTokenSigningCertificateParams,
        >,
        rt::request::Entity<crate::v1::SelfSignedCertificate>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("addTokenSigningCertificate"),
            rt::request::Json(params),
        )
    }
    /// `POST .../removeKey`: action `microsoft.graph.removeKey`.
    #[inline]
    pub fn remove_key(
        &self,
        params: crate::v1::params::ServicePrincipalRemoveKeyParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::ServicePrincipalRemoveKeyParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("removeKey"),
            rt::request::Json(params),
        )
    }
    /// `POST .../removePassword`: action `microsoft.graph.removePassword`.
    #[inline]
    pub fn remove_password(
        &self,
        params: crate::v1::params::ServicePrincipalRemovePasswordParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::ServicePrincipalRemovePasswordParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("removePassword"),
            rt::request::Json(params),
        )
    }
    /// `POST .../checkMemberGroups`: action `microsoft.graph.checkMemberGroups`.
    #[inline]
    pub fn check_member_groups(
        &self,
        params: crate::v1::params::DirectoryObjectCheckMemberGroupsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::DirectoryObjectCheckMemberGroupsParams>,
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
        params: crate::v1::params::DirectoryObjectCheckMemberObjectsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::DirectoryObjectCheckMemberObjectsParams>,
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
        params: crate::v1::params::DirectoryObjectGetMemberGroupsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::DirectoryObjectGetMemberGroupsParams>,
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
        params: crate::v1::params::DirectoryObjectGetMemberObjectsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::DirectoryObjectGetMemberObjectsParams>,
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
        rt::request::Entity<crate::v1::AnyDirectoryObject>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("restore"),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyDirectoryObject>
for crate::v1::AnyServicePrincipal {
    const SEGMENT: &'static str = "microsoft.graph.servicePrincipal";
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::AnyServicePrincipal {
    const SEGMENT: &'static str = "microsoft.graph.servicePrincipal";
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::CollectionPath<crate::v1::AnyServicePrincipal, C> {
    /// `GET .../delta`: function `microsoft.graph.delta`.
    pub fn delta(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::v1::AnyServicePrincipal>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.target().function("delta", &[]),
            rt::request::NoBody,
        )
    }
    /// `POST .../getAvailableExtensionProperties`: action `microsoft.graph.getAvailableExtensionProperties`.
    pub fn get_available_extension_properties(
        &self,
        params: crate::v1::params::DirectoryObjectCollectionGetAvailableExtensionPropertiesParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::v1::params::DirectoryObjectCollectionGetAvailableExtensionPropertiesParams,
        >,
        rt::request::Collection<crate::v1::ExtensionProperty>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("getAvailableExtensionProperties"),
            rt::request::Json(params),
        )
    }
    /// `POST .../getByIds`: action `microsoft.graph.getByIds`.
    pub fn get_by_ids(
        &self,
        params: crate::v1::params::DirectoryObjectCollectionGetByIdsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::DirectoryObjectCollectionGetByIdsParams>,
        rt::request::Collection<crate::v1::AnyDirectoryObject>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("getByIds"),
            rt::request::Json(params),
        )
    }
    /// `POST .../validateProperties`: action `microsoft.graph.validateProperties`.
    pub fn validate_properties(
        &self,
        params: crate::v1::params::DirectoryObjectCollectionValidatePropertiesParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::v1::params::DirectoryObjectCollectionValidatePropertiesParams,
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
#[cfg(msgraph_v1_identity_protection_or_search)]
/// Features: `v1`, or one of `v1-identity-protection`, `v1-search`.
impl dyn crate::v1::requests::ServicePrincipalRiskDetectionPath {
    /// Structural property `location` (`microsoft.graph.signInLocation`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn location(&self) -> crate::path::PropertyPath<crate::v1::SignInLocation> {
        crate::path::PropertyPath::new(self.node_target().segment("location"))
    }
}
#[cfg(msgraph_v1_identity_protection_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::ServicePrincipalRiskDetection {
    const SEGMENT: &'static str = "microsoft.graph.servicePrincipalRiskDetection";
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::AnyServiceProviderConstraints {
    const SEGMENT: &'static str = "microsoft.graph.serviceProviderConstraints";
}
#[cfg(msgraph_v1_core_or_storage)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyStorageQuotaBreakdown>
for crate::v1::ServiceStorageQuotaBreakdown {
    const SEGMENT: &'static str = "microsoft.graph.serviceStorageQuotaBreakdown";
}
#[cfg(msgraph_v1_core_or_storage)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::ServiceStorageQuotaBreakdown {
    const SEGMENT: &'static str = "microsoft.graph.serviceStorageQuotaBreakdown";
}
#[cfg(msgraph_v1_admin_or_search)]
/// Features: `v1`, or one of `v1-admin`, `v1-search`.
impl dyn crate::v1::requests::ServiceUpdateMessagePath {
    /// Stream property `attachmentsArchive`.
    #[inline]
    pub fn attachments_archive(&self) -> crate::path::StreamPath {
        crate::path::StreamPath::new(self.node_target().segment("attachmentsArchive"))
    }
    /// Structural property `body` (`microsoft.graph.itemBody`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn body(&self) -> crate::path::PropertyPath<crate::v1::ItemBody> {
        crate::path::PropertyPath::new(self.node_target().segment("body"))
    }
    /// Structural property `viewPoint` (`microsoft.graph.serviceUpdateMessageViewpoint`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn view_point(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::ServiceUpdateMessageViewpoint> {
        crate::path::PropertyPath::new(self.node_target().segment("viewPoint"))
    }
    /// Containment navigation property `attachments` (`microsoft.graph.serviceAnnouncementAttachment`).
    #[inline]
    pub fn attachments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::ServiceAnnouncementAttachment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("attachments"))
    }
}
#[cfg(msgraph_v1_admin_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyServiceAnnouncementBase>
for crate::v1::ServiceUpdateMessage {
    const SEGMENT: &'static str = "microsoft.graph.serviceUpdateMessage";
}
#[cfg(msgraph_v1_admin_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::ServiceUpdateMessage {
    const SEGMENT: &'static str = "microsoft.graph.serviceUpdateMessage";
}
#[cfg(msgraph_v1_admin_or_search)]
/// Features: `v1`, or one of `v1-admin`, `v1-search`.
impl<C> crate::path::CollectionPath<crate::v1::ServiceUpdateMessage, C> {
    /// `POST .../archive`: action `microsoft.graph.archive`.
    pub fn archive(
        &self,
        params: crate::v1::params::ServiceUpdateMessageCollectionArchiveParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::v1::params::ServiceUpdateMessageCollectionArchiveParams,
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
        params: crate::v1::params::ServiceUpdateMessageCollectionFavoriteParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::v1::params::ServiceUpdateMessageCollectionFavoriteParams,
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
        params: crate::v1::params::ServiceUpdateMessageCollectionMarkReadParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::v1::params::ServiceUpdateMessageCollectionMarkReadParams,
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
        params: crate::v1::params::ServiceUpdateMessageCollectionMarkUnreadParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::v1::params::ServiceUpdateMessageCollectionMarkUnreadParams,
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
        params: crate::v1::params::ServiceUpdateMessageCollectionUnarchiveParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::v1::params::ServiceUpdateMessageCollectionUnarchiveParams,
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
        params: crate::v1::params::ServiceUpdateMessageCollectionUnfavoriteParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::v1::params::ServiceUpdateMessageCollectionUnfavoriteParams,
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
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::SettingStateDeviceSummary {
    const SEGMENT: &'static str = "microsoft.graph.settingStateDeviceSummary";
}
#[cfg(msgraph_v1_search_or_solutions)]
/// Features: `v1`, or one of `v1-search`, `v1-solutions`.
impl dyn crate::v1::requests::SharePointBrowseSessionPath {
    /// Structural property `error` (`microsoft.graph.publicError`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn error(&self) -> crate::path::PropertyPath<crate::v1::PublicError> {
        crate::path::PropertyPath::new(self.node_target().segment("error"))
    }
    /// `POST .../browse`: action `microsoft.graph.browse`.
    #[inline]
    pub fn browse(
        &self,
        params: crate::v1::params::BrowseSessionBaseBrowseParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::BrowseSessionBaseBrowseParams>,
        rt::request::Collection<crate::v1::BrowseQueryResponseItem>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("browse"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyBrowseSessionBase>
for crate::v1::SharePointBrowseSession {
    const SEGMENT: &'static str = "microsoft.graph.sharePointBrowseSession";
}
#[cfg(msgraph_v1_search_or_solutions)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::SharePointBrowseSession {
    const SEGMENT: &'static str = "microsoft.graph.sharePointBrowseSession";
}
#[cfg(msgraph_v1_search_or_storage)]
/// Features: `v1`, or one of `v1-search`, `v1-storage`.
impl dyn crate::v1::requests::SharePointGroupPath {
    /// Containment navigation property `members` (`microsoft.graph.sharePointGroupMember`).
    #[inline]
    pub fn members(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::SharePointGroupMember,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("members"))
    }
}
#[cfg(msgraph_v1_search_or_storage)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::SharePointGroup {
    const SEGMENT: &'static str = "microsoft.graph.sharePointGroup";
}
#[cfg(msgraph_v1_search_or_storage)]
/// Features: `v1`, or one of `v1-search`, `v1-storage`.
impl dyn crate::v1::requests::SharePointGroupMemberPath {
    /// Structural property `identity` (`microsoft.graph.sharePointIdentitySet`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn identity(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::SharePointIdentitySet> {
        crate::path::PropertyPath::new(self.node_target().segment("identity"))
    }
}
#[cfg(msgraph_v1_search_or_storage)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::SharePointGroupMember {
    const SEGMENT: &'static str = "microsoft.graph.sharePointGroupMember";
}
#[cfg(msgraph_v1_search_or_storage)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::AnySharePointMigrationEvent {
    const SEGMENT: &'static str = "microsoft.graph.sharePointMigrationEvent";
}
#[cfg(msgraph_v1_search_or_storage)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnySharePointMigrationEvent>
for crate::v1::SharePointMigrationFinishManifestFileUploadEvent {
    const SEGMENT: &'static str = "microsoft.graph.sharePointMigrationFinishManifestFileUploadEvent";
}
#[cfg(msgraph_v1_search_or_storage)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::SharePointMigrationFinishManifestFileUploadEvent {
    const SEGMENT: &'static str = "microsoft.graph.sharePointMigrationFinishManifestFileUploadEvent";
}
#[cfg(msgraph_v1_search_or_storage)]
/// Features: `v1`, or one of `v1-search`, `v1-storage`.
impl dyn crate::v1::requests::SharePointMigrationJobPath {
    /// Structural property `containerInfo` (`microsoft.graph.sharePointMigrationContainerInfo`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn container_info(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::SharePointMigrationContainerInfo> {
        crate::path::PropertyPath::new(self.node_target().segment("containerInfo"))
    }
    /// Containment navigation property `progressEvents` (`microsoft.graph.sharePointMigrationEvent`).
    #[inline]
    pub fn progress_events(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnySharePointMigrationEvent,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("progressEvents"))
    }
}
#[cfg(msgraph_v1_search_or_storage)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::SharePointMigrationJob {
    const SEGMENT: &'static str = "microsoft.graph.sharePointMigrationJob";
}
#[cfg(msgraph_v1_search_or_storage)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnySharePointMigrationEvent>
for crate::v1::SharePointMigrationJobCancelledEvent {
    const SEGMENT: &'static str = "microsoft.graph.sharePointMigrationJobCancelledEvent";
}
#[cfg(msgraph_v1_search_or_storage)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::SharePointMigrationJobCancelledEvent {
    const SEGMENT: &'static str = "microsoft.graph.sharePointMigrationJobCancelledEvent";
}
#[cfg(msgraph_v1_search_or_storage)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnySharePointMigrationEvent>
for crate::v1::SharePointMigrationJobDeletedEvent {
    const SEGMENT: &'static str = "microsoft.graph.sharePointMigrationJobDeletedEvent";
}
#[cfg(msgraph_v1_search_or_storage)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::SharePointMigrationJobDeletedEvent {
    const SEGMENT: &'static str = "microsoft.graph.sharePointMigrationJobDeletedEvent";
}
#[cfg(msgraph_v1_search_or_storage)]
/// Features: `v1`, or one of `v1-search`, `v1-storage`.
impl dyn crate::v1::requests::SharePointMigrationJobErrorEventPath {
    /// Structural property `error` (`microsoft.graph.publicError`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn error(&self) -> crate::path::PropertyPath<crate::v1::PublicError> {
        crate::path::PropertyPath::new(self.node_target().segment("error"))
    }
}
#[cfg(msgraph_v1_search_or_storage)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnySharePointMigrationEvent>
for crate::v1::SharePointMigrationJobErrorEvent {
    const SEGMENT: &'static str = "microsoft.graph.sharePointMigrationJobErrorEvent";
}
#[cfg(msgraph_v1_search_or_storage)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::SharePointMigrationJobErrorEvent {
    const SEGMENT: &'static str = "microsoft.graph.sharePointMigrationJobErrorEvent";
}
#[cfg(msgraph_v1_search_or_storage)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnySharePointMigrationEvent>
for crate::v1::SharePointMigrationJobPostponedEvent {
    const SEGMENT: &'static str = "microsoft.graph.sharePointMigrationJobPostponedEvent";
}
#[cfg(msgraph_v1_search_or_storage)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::SharePointMigrationJobPostponedEvent {
    const SEGMENT: &'static str = "microsoft.graph.sharePointMigrationJobPostponedEvent";
}
#[cfg(msgraph_v1_search_or_storage)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnySharePointMigrationEvent>
for crate::v1::SharePointMigrationJobProgressEvent {
    const SEGMENT: &'static str = "microsoft.graph.sharePointMigrationJobProgressEvent";
}
#[cfg(msgraph_v1_search_or_storage)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::SharePointMigrationJobProgressEvent {
    const SEGMENT: &'static str = "microsoft.graph.sharePointMigrationJobProgressEvent";
}
#[cfg(msgraph_v1_search_or_storage)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnySharePointMigrationEvent>
for crate::v1::SharePointMigrationJobQueuedEvent {
    const SEGMENT: &'static str = "microsoft.graph.sharePointMigrationJobQueuedEvent";
}
#[cfg(msgraph_v1_search_or_storage)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::SharePointMigrationJobQueuedEvent {
    const SEGMENT: &'static str = "microsoft.graph.sharePointMigrationJobQueuedEvent";
}
#[cfg(msgraph_v1_search_or_storage)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnySharePointMigrationEvent>
for crate::v1::SharePointMigrationJobStartEvent {
    const SEGMENT: &'static str = "microsoft.graph.sharePointMigrationJobStartEvent";
}
#[cfg(msgraph_v1_search_or_storage)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::SharePointMigrationJobStartEvent {
    const SEGMENT: &'static str = "microsoft.graph.sharePointMigrationJobStartEvent";
}
#[cfg(msgraph_v1_search_or_solutions)]
/// Features: `v1`, or one of `v1-search`, `v1-solutions`.
impl dyn crate::v1::requests::SharePointProtectionPolicyPath {
    /// Navigation property `siteInclusionRules` (`microsoft.graph.siteProtectionRule`).
    #[inline]
    pub fn site_inclusion_rules(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::SiteProtectionRule,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("siteInclusionRules"),
        )
    }
    /// Navigation property `siteProtectionUnits` (`microsoft.graph.siteProtectionUnit`).
    #[inline]
    pub fn site_protection_units(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::SiteProtectionUnit,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("siteProtectionUnits"),
        )
    }
    /// Navigation property `siteProtectionUnitsBulkAdditionJobs` (`microsoft.graph.siteProtectionUnitsBulkAdditionJob`).
    #[inline]
    pub fn site_protection_units_bulk_addition_jobs(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::SiteProtectionUnitsBulkAdditionJob,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("siteProtectionUnitsBulkAdditionJobs"),
        )
    }
    /// Structural property `createdBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn created_by(&self) -> crate::path::PropertyPath<crate::v1::AnyIdentitySet> {
        crate::path::PropertyPath::new(self.node_target().segment("createdBy"))
    }
    /// Structural property `lastModifiedBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn last_modified_by(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AnyIdentitySet> {
        crate::path::PropertyPath::new(self.node_target().segment("lastModifiedBy"))
    }
    /// Structural property `protectionPolicyArtifactCount` (`microsoft.graph.protectionPolicyArtifactCount`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn protection_policy_artifact_count(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::ProtectionPolicyArtifactCount> {
        crate::path::PropertyPath::new(
            self.node_target().segment("protectionPolicyArtifactCount"),
        )
    }
    /// `POST .../activate`: action `microsoft.graph.activate`.
    #[inline]
    pub fn activate(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::AnyProtectionPolicyBase>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("activate"),
            rt::request::NoBody,
        )
    }
    /// `POST .../deactivate`: action `microsoft.graph.deactivate`.
    #[inline]
    pub fn deactivate(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::AnyProtectionPolicyBase>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("deactivate"),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyProtectionPolicyBase>
for crate::v1::SharePointProtectionPolicy {
    const SEGMENT: &'static str = "microsoft.graph.sharePointProtectionPolicy";
}
#[cfg(msgraph_v1_search_or_solutions)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::SharePointProtectionPolicy {
    const SEGMENT: &'static str = "microsoft.graph.sharePointProtectionPolicy";
}
#[cfg(msgraph_v1_search_or_solutions)]
/// Features: `v1`, or one of `v1-search`, `v1-solutions`.
impl dyn crate::v1::requests::SharePointRestoreSessionPath {
    /// Containment navigation property `granularSiteRestoreArtifacts` (`microsoft.graph.granularSiteRestoreArtifact`).
    #[inline]
    pub fn granular_site_restore_artifacts(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::GranularSiteRestoreArtifact,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("granularSiteRestoreArtifacts"),
        )
    }
    /// Containment navigation property `siteRestoreArtifacts` (`microsoft.graph.siteRestoreArtifact`).
    #[inline]
    pub fn site_restore_artifacts(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::SiteRestoreArtifact,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("siteRestoreArtifacts"),
        )
    }
    /// Containment navigation property `siteRestoreArtifactsBulkAdditionRequests` (`microsoft.graph.siteRestoreArtifactsBulkAdditionRequest`).
    #[inline]
    pub fn site_restore_artifacts_bulk_addition_requests(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::SiteRestoreArtifactsBulkAdditionRequest,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("siteRestoreArtifactsBulkAdditionRequests"),
        )
    }
    /// Structural property `createdBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn created_by(&self) -> crate::path::PropertyPath<crate::v1::AnyIdentitySet> {
        crate::path::PropertyPath::new(self.node_target().segment("createdBy"))
    }
    /// Structural property `error` (`microsoft.graph.publicError`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn error(&self) -> crate::path::PropertyPath<crate::v1::PublicError> {
        crate::path::PropertyPath::new(self.node_target().segment("error"))
    }
    /// Structural property `lastModifiedBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn last_modified_by(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AnyIdentitySet> {
        crate::path::PropertyPath::new(self.node_target().segment("lastModifiedBy"))
    }
    /// Structural property `restoreSessionArtifactCount` (`microsoft.graph.restoreSessionArtifactCount`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn restore_session_artifact_count(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::RestoreSessionArtifactCount> {
        crate::path::PropertyPath::new(
            self.node_target().segment("restoreSessionArtifactCount"),
        )
    }
    /// `POST .../activate`: action `microsoft.graph.activate`.
    #[inline]
    pub fn activate(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::AnyRestoreSessionBase>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("activate"),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyRestoreSessionBase>
for crate::v1::SharePointRestoreSession {
    const SEGMENT: &'static str = "microsoft.graph.sharePointRestoreSession";
}
#[cfg(msgraph_v1_search_or_solutions)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::SharePointRestoreSession {
    const SEGMENT: &'static str = "microsoft.graph.sharePointRestoreSession";
}
#[cfg(msgraph_v1_search_or_shares)]
/// Features: `v1`, or one of `v1-search`, `v1-shares`.
impl dyn crate::v1::requests::SharedDriveItemPath {
    /// Structural property `owner` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn owner(&self) -> crate::path::PropertyPath<crate::v1::AnyIdentitySet> {
        crate::path::PropertyPath::new(self.node_target().segment("owner"))
    }
    #[cfg(msgraph_v1_drives_or_search)]
    /// Navigation property `driveItem` (`microsoft.graph.driveItem`).
    ///
    /// Features: `v1` or `v1-search`.
    #[inline]
    pub fn drive_item(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::DriveItem,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("driveItem"))
    }
    #[cfg(msgraph_v1_drives_or_search)]
    /// Navigation property `items` (`microsoft.graph.driveItem`).
    ///
    /// Features: `v1` or `v1-search`.
    #[inline]
    pub fn items(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::DriveItem,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("items"))
    }
    /// Containment navigation property `list` (`microsoft.graph.list`).
    #[inline]
    pub fn list_2(
        &self,
    ) -> crate::path::EntityPath<crate::v1::List, crate::path::caps::GetUpdateDelete> {
        crate::path::EntityPath::new(self.node_target().segment("list"))
    }
    /// Navigation property `listItem` (`microsoft.graph.listItem`).
    #[inline]
    pub fn list_item(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::ListItem,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("listItem"))
    }
    /// Containment navigation property `permission` (`microsoft.graph.permission`).
    #[inline]
    pub fn permission(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::Permission,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("permission"))
    }
    #[cfg(msgraph_v1_drives_or_search)]
    /// Navigation property `root` (`microsoft.graph.driveItem`).
    ///
    /// Features: `v1` or `v1-search`.
    #[inline]
    pub fn root(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::DriveItem,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("root"))
    }
    #[cfg(msgraph_v1_core_or_sites)]
    /// Navigation property `site` (`microsoft.graph.site`).
    ///
    /// Features: `v1` or `v1-search`.
    #[inline]
    pub fn site(
        &self,
    ) -> crate::path::EntityPath<crate::v1::Site, crate::path::caps::GetUpdateRef> {
        crate::path::EntityPath::new(self.node_target().segment("site"))
    }
    /// Structural property `createdBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn created_by(&self) -> crate::path::PropertyPath<crate::v1::AnyIdentitySet> {
        crate::path::PropertyPath::new(self.node_target().segment("createdBy"))
    }
    /// Structural property `lastModifiedBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn last_modified_by(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AnyIdentitySet> {
        crate::path::PropertyPath::new(self.node_target().segment("lastModifiedBy"))
    }
    /// Structural property `parentReference` (`microsoft.graph.itemReference`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn parent_reference(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::ItemReference> {
        crate::path::PropertyPath::new(self.node_target().segment("parentReference"))
    }
    #[cfg(msgraph_v1_core)]
    /// Navigation property `createdByUser` (`microsoft.graph.user`).
    ///
    /// Features: `v1` or `v1-search`.
    #[inline]
    pub fn created_by_user(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::AnyUser,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("createdByUser"))
    }
    #[cfg(msgraph_v1_core)]
    /// Navigation property `lastModifiedByUser` (`microsoft.graph.user`).
    ///
    /// Features: `v1` or `v1-search`.
    #[inline]
    pub fn last_modified_by_user(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::AnyUser,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("lastModifiedByUser"))
    }
}
#[cfg(msgraph_v1_search_or_shares)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyBaseItem> for crate::v1::SharedDriveItem {
    const SEGMENT: &'static str = "microsoft.graph.sharedDriveItem";
}
#[cfg(msgraph_v1_search_or_shares)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::SharedDriveItem {
    const SEGMENT: &'static str = "microsoft.graph.sharedDriveItem";
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::v1::requests::SharedInsightPath {
    /// Structural property `lastShared` (`microsoft.graph.sharingDetail`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn last_shared(&self) -> crate::path::PropertyPath<crate::v1::SharingDetail> {
        crate::path::PropertyPath::new(self.node_target().segment("lastShared"))
    }
    /// Structural property `resourceReference` (`microsoft.graph.resourceReference`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn resource_reference(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::ResourceReference> {
        crate::path::PropertyPath::new(self.node_target().segment("resourceReference"))
    }
    /// Structural property `resourceVisualization` (`microsoft.graph.resourceVisualization`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn resource_visualization(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::ResourceVisualization> {
        crate::path::PropertyPath::new(
            self.node_target().segment("resourceVisualization"),
        )
    }
    /// Navigation property `lastSharedMethod` (`microsoft.graph.entity`).
    #[inline]
    pub fn last_shared_method(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::AnyEntity,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("lastSharedMethod"))
    }
    /// Navigation property `resource` (`microsoft.graph.entity`).
    #[inline]
    pub fn resource(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::AnyEntity,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("resource"))
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::SharedInsight {
    const SEGMENT: &'static str = "microsoft.graph.sharedInsight";
}
#[cfg(msgraph_v1_device_management_or_search)]
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
impl dyn crate::v1::requests::SharedPcConfigurationPath {
    /// Structural property `accountManagerPolicy` (`microsoft.graph.sharedPCAccountManagerPolicy`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn account_manager_policy(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::SharedPcAccountManagerPolicy> {
        crate::path::PropertyPath::new(
            self.node_target().segment("accountManagerPolicy"),
        )
    }
    /// Containment navigation property `assignments` (`microsoft.graph.deviceConfigurationAssignment`).
    #[inline]
    pub fn assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::DeviceConfigurationAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("assignments"))
    }
    /// Containment navigation property `deviceSettingStateSummaries` (`microsoft.graph.settingStateDeviceSummary`).
    #[inline]
    pub fn device_setting_state_summaries(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::SettingStateDeviceSummary,
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
        crate::v1::DeviceConfigurationDeviceStatus,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("deviceStatuses"))
    }
    /// Containment navigation property `deviceStatusOverview` (`microsoft.graph.deviceConfigurationDeviceOverview`).
    #[inline]
    pub fn device_status_overview(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::DeviceConfigurationDeviceOverview,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("deviceStatusOverview"))
    }
    /// Containment navigation property `userStatuses` (`microsoft.graph.deviceConfigurationUserStatus`).
    #[inline]
    pub fn user_statuses(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::DeviceConfigurationUserStatus,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("userStatuses"))
    }
    /// Containment navigation property `userStatusOverview` (`microsoft.graph.deviceConfigurationUserOverview`).
    #[inline]
    pub fn user_status_overview(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::DeviceConfigurationUserOverview,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("userStatusOverview"))
    }
    /// `POST .../assign`: action `microsoft.graph.assign`.
    #[inline]
    pub fn assign(
        &self,
        params: crate::v1::params::DeviceConfigurationAssignParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::DeviceConfigurationAssignParams>,
        rt::request::Collection<crate::v1::DeviceConfigurationAssignment>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("assign"),
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
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyDeviceConfiguration>
for crate::v1::SharedPcConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.sharedPCConfiguration";
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::SharedPcConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.sharedPCConfiguration";
}
#[cfg(msgraph_v1_core_or_teamwork)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::v1::requests::SharedWithChannelTeamInfoPath {
    /// Navigation property `allowedMembers` (`microsoft.graph.conversationMember`).
    #[inline]
    pub fn allowed_members(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyConversationMember,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("allowedMembers"))
    }
    #[cfg(msgraph_v1_core)]
    /// Navigation property `team` (`microsoft.graph.team`).
    ///
    /// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
    #[inline]
    pub fn team(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::Team,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("team"))
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyTeamInfo>
for crate::v1::SharedWithChannelTeamInfo {
    const SEGMENT: &'static str = "microsoft.graph.sharedWithChannelTeamInfo";
}
#[cfg(msgraph_v1_core_or_teamwork)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::SharedWithChannelTeamInfo {
    const SEGMENT: &'static str = "microsoft.graph.sharedWithChannelTeamInfo";
}
#[cfg(msgraph_v1_admin_or_search)]
/// Features: `v1`, or one of `v1-admin`, `v1-search`.
impl dyn crate::v1::requests::SharepointPath {
    /// Containment navigation property `settings` (`microsoft.graph.sharepointSettings`).
    #[inline]
    pub fn settings(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::SharepointSettings,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("settings"))
    }
}
#[cfg(msgraph_v1_admin_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::Sharepoint {
    const SEGMENT: &'static str = "microsoft.graph.sharepoint";
}
#[cfg(msgraph_v1_admin_or_search)]
/// Features: `v1`, or one of `v1-admin`, `v1-search`.
impl dyn crate::v1::requests::SharepointSettingsPath {
    /// Structural property `idleSessionSignOut` (`microsoft.graph.idleSessionSignOut`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn idle_session_sign_out(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::IdleSessionSignOut> {
        crate::path::PropertyPath::new(self.node_target().segment("idleSessionSignOut"))
    }
}
#[cfg(msgraph_v1_admin_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::SharepointSettings {
    const SEGMENT: &'static str = "microsoft.graph.sharepointSettings";
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::v1::requests::ShiftPath {
    /// Structural property `draftShift` (`microsoft.graph.shiftItem`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn draft_shift(&self) -> crate::path::PropertyPath<crate::v1::AnyShiftItem> {
        crate::path::PropertyPath::new(self.node_target().segment("draftShift"))
    }
    /// Structural property `sharedShift` (`microsoft.graph.shiftItem`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn shared_shift(&self) -> crate::path::PropertyPath<crate::v1::AnyShiftItem> {
        crate::path::PropertyPath::new(self.node_target().segment("sharedShift"))
    }
    /// Structural property `createdBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn created_by(&self) -> crate::path::PropertyPath<crate::v1::AnyIdentitySet> {
        crate::path::PropertyPath::new(self.node_target().segment("createdBy"))
    }
    /// Structural property `lastModifiedBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn last_modified_by(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AnyIdentitySet> {
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
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyChangeTrackedEntity> for crate::v1::Shift {
    const SEGMENT: &'static str = "microsoft.graph.shift";
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::Shift {
    const SEGMENT: &'static str = "microsoft.graph.shift";
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyChangeTrackedEntity>
for crate::v1::ShiftPreferences {
    const SEGMENT: &'static str = "microsoft.graph.shiftPreferences";
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::ShiftPreferences {
    const SEGMENT: &'static str = "microsoft.graph.shiftPreferences";
}
#[cfg(msgraph_v1_audit_logs_or_search)]
/// Features: `v1`, or one of `v1-audit-logs`, `v1-search`.
impl dyn crate::v1::requests::SignInPath {
    /// Structural property `authenticationAppDeviceDetails` (`microsoft.graph.authenticationAppDeviceDetails`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn authentication_app_device_details(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AuthenticationAppDeviceDetails> {
        crate::path::PropertyPath::new(
            self.node_target().segment("authenticationAppDeviceDetails"),
        )
    }
    /// Structural property `deviceDetail` (`microsoft.graph.deviceDetail`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn device_detail(&self) -> crate::path::PropertyPath<crate::v1::DeviceDetail> {
        crate::path::PropertyPath::new(self.node_target().segment("deviceDetail"))
    }
    /// Structural property `location` (`microsoft.graph.signInLocation`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn location(&self) -> crate::path::PropertyPath<crate::v1::SignInLocation> {
        crate::path::PropertyPath::new(self.node_target().segment("location"))
    }
    /// Structural property `status` (`microsoft.graph.signInStatus`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn status(&self) -> crate::path::PropertyPath<crate::v1::SignInStatus> {
        crate::path::PropertyPath::new(self.node_target().segment("status"))
    }
}
#[cfg(msgraph_v1_audit_logs_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::SignIn {
    const SEGMENT: &'static str = "microsoft.graph.signIn";
}
#[cfg(msgraph_v1_audit_logs_or_search)]
/// Features: `v1`, or one of `v1-audit-logs`, `v1-search`.
impl<C> crate::path::CollectionPath<crate::v1::SignIn, C> {
    /// `POST .../confirmCompromised`: action `microsoft.graph.confirmCompromised`.
    pub fn confirm_compromised(
        &self,
        params: crate::v1::params::SignInCollectionConfirmCompromisedParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::SignInCollectionConfirmCompromisedParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("confirmCompromised"),
            rt::request::Json(params),
        )
    }
    /// `POST .../confirmSafe`: action `microsoft.graph.confirmSafe`.
    pub fn confirm_safe(
        &self,
        params: crate::v1::params::SignInCollectionConfirmSafeParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::SignInCollectionConfirmSafeParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("confirmSafe"),
            rt::request::Json(params),
        )
    }
    /// `POST .../dismiss`: action `microsoft.graph.dismiss`.
    pub fn dismiss(
        &self,
        params: crate::v1::params::SignInCollectionDismissParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::SignInCollectionDismissParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("dismiss"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_search_or_security)]
/// Features: `v1`, or one of `v1-search`, `v1-security`.
impl dyn crate::v1::requests::SimulationPath {
    /// Structural property `createdBy` (`microsoft.graph.emailIdentity`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn created_by(&self) -> crate::path::PropertyPath<crate::v1::EmailIdentity> {
        crate::path::PropertyPath::new(self.node_target().segment("createdBy"))
    }
    /// Structural property `endUserNotificationSetting` (`microsoft.graph.endUserNotificationSetting`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn end_user_notification_setting(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AnyEndUserNotificationSetting> {
        crate::path::PropertyPath::new(
            self.node_target().segment("endUserNotificationSetting"),
        )
    }
    /// Structural property `excludedAccountTarget` (`microsoft.graph.accountTargetContent`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn excluded_account_target(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AnyAccountTargetContent> {
        crate::path::PropertyPath::new(
            self.node_target().segment("excludedAccountTarget"),
        )
    }
    /// Structural property `includedAccountTarget` (`microsoft.graph.accountTargetContent`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn included_account_target(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AnyAccountTargetContent> {
        crate::path::PropertyPath::new(
            self.node_target().segment("includedAccountTarget"),
        )
    }
    /// Structural property `lastModifiedBy` (`microsoft.graph.emailIdentity`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn last_modified_by(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::EmailIdentity> {
        crate::path::PropertyPath::new(self.node_target().segment("lastModifiedBy"))
    }
    /// Structural property `oAuthConsentAppDetail` (`microsoft.graph.oAuthConsentAppDetail`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn o_auth_consent_app_detail(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::OAuthConsentAppDetail> {
        crate::path::PropertyPath::new(
            self.node_target().segment("oAuthConsentAppDetail"),
        )
    }
    /// Structural property `report` (`microsoft.graph.simulationReport`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn report(&self) -> crate::path::PropertyPath<crate::v1::SimulationReport> {
        crate::path::PropertyPath::new(self.node_target().segment("report"))
    }
    /// Structural property `trainingSetting` (`microsoft.graph.trainingSetting`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn training_setting(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AnyTrainingSetting> {
        crate::path::PropertyPath::new(self.node_target().segment("trainingSetting"))
    }
    /// Navigation property `landingPage` (`microsoft.graph.landingPage`).
    #[inline]
    pub fn landing_page(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::LandingPage,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("landingPage"))
    }
    /// Navigation property `loginPage` (`microsoft.graph.loginPage`).
    #[inline]
    pub fn login_page(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::LoginPage,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("loginPage"))
    }
    /// Navigation property `payload` (`microsoft.graph.payload`).
    #[inline]
    pub fn payload(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::Payload,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("payload"))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::Simulation {
    const SEGMENT: &'static str = "microsoft.graph.simulation";
}
#[cfg(msgraph_v1_search_or_security)]
/// Features: `v1`, or one of `v1-search`, `v1-security`.
impl dyn crate::v1::requests::SimulationAutomationPath {
    /// Structural property `createdBy` (`microsoft.graph.emailIdentity`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn created_by(&self) -> crate::path::PropertyPath<crate::v1::EmailIdentity> {
        crate::path::PropertyPath::new(self.node_target().segment("createdBy"))
    }
    /// Structural property `lastModifiedBy` (`microsoft.graph.emailIdentity`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn last_modified_by(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::EmailIdentity> {
        crate::path::PropertyPath::new(self.node_target().segment("lastModifiedBy"))
    }
    /// Containment navigation property `runs` (`microsoft.graph.simulationAutomationRun`).
    #[inline]
    pub fn runs(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::SimulationAutomationRun,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("runs"))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::SimulationAutomation {
    const SEGMENT: &'static str = "microsoft.graph.simulationAutomation";
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::SimulationAutomationRun {
    const SEGMENT: &'static str = "microsoft.graph.simulationAutomationRun";
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::SingleValueLegacyExtendedProperty {
    const SEGMENT: &'static str = "microsoft.graph.singleValueLegacyExtendedProperty";
}
#[cfg(msgraph_v1_core_or_sites)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::v1::requests::SitePath {
    /// Structural property `error` (`microsoft.graph.publicError`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn error(&self) -> crate::path::PropertyPath<crate::v1::PublicError> {
        crate::path::PropertyPath::new(self.node_target().segment("error"))
    }
    /// Structural property `root` (`microsoft.graph.root`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn root(&self) -> crate::path::PropertyPath<crate::v1::Root> {
        crate::path::PropertyPath::new(self.node_target().segment("root"))
    }
    /// Structural property `sharepointIds` (`microsoft.graph.sharepointIds`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn sharepoint_ids(&self) -> crate::path::PropertyPath<crate::v1::SharepointIds> {
        crate::path::PropertyPath::new(self.node_target().segment("sharepointIds"))
    }
    /// Structural property `siteCollection` (`microsoft.graph.siteCollection`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn site_collection(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::SiteCollection> {
        crate::path::PropertyPath::new(self.node_target().segment("siteCollection"))
    }
    /// Containment navigation property `analytics` (`microsoft.graph.itemAnalytics`).
    #[inline]
    pub fn analytics(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::ItemAnalytics,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("analytics"))
    }
    /// Containment navigation property `columns` (`microsoft.graph.columnDefinition`).
    #[inline]
    pub fn columns(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::ColumnDefinition,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("columns"))
    }
    /// Containment navigation property `contentTypes` (`microsoft.graph.contentType`).
    #[inline]
    pub fn content_types(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::ContentType,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("contentTypes"))
    }
    #[cfg(msgraph_v1_drives_or_search)]
    /// Navigation property `drive` (`microsoft.graph.drive`).
    ///
    /// Features: `v1` or `v1-search`.
    #[inline]
    pub fn drive(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::Drive,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("drive"))
    }
    #[cfg(msgraph_v1_drives_or_search)]
    /// Navigation property `drives` (`microsoft.graph.drive`).
    ///
    /// Features: `v1` or `v1-search`.
    #[inline]
    pub fn drives(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::Drive,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("drives"))
    }
    /// Navigation property `externalColumns` (`microsoft.graph.columnDefinition`).
    #[inline]
    pub fn external_columns(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::ColumnDefinition,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("externalColumns"))
    }
    /// Navigation property `items` (`microsoft.graph.baseItem`).
    #[inline]
    pub fn items(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyBaseItem,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("items"))
    }
    /// Containment navigation property `lists` (`microsoft.graph.list`).
    #[inline]
    pub fn lists(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::List,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("lists"))
    }
    /// Containment navigation property `onenote` (`microsoft.graph.onenote`).
    #[inline]
    pub fn onenote(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::Onenote,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("onenote"))
    }
    /// Containment navigation property `operations` (`microsoft.graph.richLongRunningOperation`).
    #[inline]
    pub fn operations(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::RichLongRunningOperation,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("operations"))
    }
    /// Containment navigation property `pages` (`microsoft.graph.baseSitePage`).
    #[inline]
    pub fn pages(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyBaseSitePage,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("pages"))
    }
    /// Containment navigation property `permissions` (`microsoft.graph.permission`).
    #[inline]
    pub fn permissions(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::Permission,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("permissions"))
    }
    /// Navigation property `sites` (`microsoft.graph.site`).
    #[inline]
    pub fn sites(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::Site,
        crate::path::caps::ListUpdateRefs,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("sites"))
    }
    /// Containment navigation property `termStore` (`microsoft.graph.termStore.store`).
    #[inline]
    pub fn term_store(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::term_store::Store,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("termStore"))
    }
    /// Containment navigation property `termStores` (`microsoft.graph.termStore.store`).
    #[inline]
    pub fn term_stores(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::term_store::Store,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("termStores"))
    }
    /// `GET .../getActivitiesByInterval`: function `microsoft.graph.getActivitiesByInterval`.
    #[inline]
    pub fn get_activities_by_interval(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::v1::ItemActivityStat>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.node_target().function("getActivitiesByInterval", &[]),
            rt::request::NoBody,
        )
    }
    /// `GET .../getActivitiesByInterval`: function `microsoft.graph.getActivitiesByInterval`.
    #[inline]
    pub fn get_activities_by_interval_2(
        &self,
        start_date_time: &str,
        end_date_time: &str,
        interval: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::v1::ItemActivityStat>,
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
        rt::request::Collection<crate::v1::ContentType>,
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
        rt::request::Entity<crate::v1::Site>,
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
    pub fn created_by(&self) -> crate::path::PropertyPath<crate::v1::AnyIdentitySet> {
        crate::path::PropertyPath::new(self.node_target().segment("createdBy"))
    }
    /// Structural property `lastModifiedBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn last_modified_by(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AnyIdentitySet> {
        crate::path::PropertyPath::new(self.node_target().segment("lastModifiedBy"))
    }
    /// Structural property `parentReference` (`microsoft.graph.itemReference`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn parent_reference(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::ItemReference> {
        crate::path::PropertyPath::new(self.node_target().segment("parentReference"))
    }
    #[cfg(msgraph_v1_core)]
    /// Navigation property `createdByUser` (`microsoft.graph.user`).
    ///
    /// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
    #[inline]
    pub fn created_by_user(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::AnyUser,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("createdByUser"))
    }
    #[cfg(msgraph_v1_core)]
    /// Navigation property `lastModifiedByUser` (`microsoft.graph.user`).
    ///
    /// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
    #[inline]
    pub fn last_modified_by_user(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::AnyUser,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("lastModifiedByUser"))
    }
}
#[cfg(msgraph_v1_core_or_sites)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyBaseItem> for crate::v1::Site {
    const SEGMENT: &'static str = "microsoft.graph.site";
}
#[cfg(msgraph_v1_core_or_sites)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::Site {
    const SEGMENT: &'static str = "microsoft.graph.site";
}
#[cfg(msgraph_v1_core_or_sites)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::CollectionPath<crate::v1::Site, C> {
    /// `POST .../add`: action `microsoft.graph.add`.
    pub fn add(
        &self,
        params: crate::v1::params::SiteCollectionAddParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::SiteCollectionAddParams>,
        rt::request::Collection<crate::v1::Site>,
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
        rt::request::Collection<crate::v1::Site>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.target().function("delta", &[]),
            rt::request::NoBody,
        )
    }
    /// `GET .../getAllSites`: function `microsoft.graph.getAllSites`.
    pub fn get_all_sites(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::v1::Site>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.target().function("getAllSites", &[]),
            rt::request::NoBody,
        )
    }
    /// `POST .../remove`: action `microsoft.graph.remove`.
    pub fn remove(
        &self,
        params: crate::v1::params::SiteCollectionRemoveParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::SiteCollectionRemoveParams>,
        rt::request::Collection<crate::v1::Site>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("remove"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_core_or_sites)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::v1::requests::SitePagePath {
    /// Structural property `reactions` (`microsoft.graph.reactionsFacet`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn reactions(&self) -> crate::path::PropertyPath<crate::v1::ReactionsFacet> {
        crate::path::PropertyPath::new(self.node_target().segment("reactions"))
    }
    /// Structural property `titleArea` (`microsoft.graph.titleArea`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn title_area(&self) -> crate::path::PropertyPath<crate::v1::TitleArea> {
        crate::path::PropertyPath::new(self.node_target().segment("titleArea"))
    }
    /// Containment navigation property `canvasLayout` (`microsoft.graph.canvasLayout`).
    #[inline]
    pub fn canvas_layout(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::CanvasLayout,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("canvasLayout"))
    }
    /// Containment navigation property `webParts` (`microsoft.graph.webPart`).
    #[inline]
    pub fn web_parts(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyWebPart,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("webParts"))
    }
    /// `POST .../getWebPartsByPosition`: action `microsoft.graph.getWebPartsByPosition`.
    #[inline]
    pub fn get_web_parts_by_position(
        &self,
        params: crate::v1::params::SitePageGetWebPartsByPositionParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::SitePageGetWebPartsByPositionParams>,
        rt::request::Collection<crate::v1::AnyWebPart>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("getWebPartsByPosition"),
            rt::request::Json(params),
        )
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
    /// Structural property `publishingState` (`microsoft.graph.publicationFacet`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn publishing_state(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::PublicationFacet> {
        crate::path::PropertyPath::new(self.node_target().segment("publishingState"))
    }
    /// Structural property `createdBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn created_by(&self) -> crate::path::PropertyPath<crate::v1::AnyIdentitySet> {
        crate::path::PropertyPath::new(self.node_target().segment("createdBy"))
    }
    /// Structural property `lastModifiedBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn last_modified_by(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AnyIdentitySet> {
        crate::path::PropertyPath::new(self.node_target().segment("lastModifiedBy"))
    }
    /// Structural property `parentReference` (`microsoft.graph.itemReference`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn parent_reference(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::ItemReference> {
        crate::path::PropertyPath::new(self.node_target().segment("parentReference"))
    }
    #[cfg(msgraph_v1_core)]
    /// Navigation property `createdByUser` (`microsoft.graph.user`).
    ///
    /// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
    #[inline]
    pub fn created_by_user(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::AnyUser,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("createdByUser"))
    }
    #[cfg(msgraph_v1_core)]
    /// Navigation property `lastModifiedByUser` (`microsoft.graph.user`).
    ///
    /// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
    #[inline]
    pub fn last_modified_by_user(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::AnyUser,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("lastModifiedByUser"))
    }
}
#[cfg(msgraph_v1_core_or_sites)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyBaseSitePage> for crate::v1::SitePage {
    const SEGMENT: &'static str = "microsoft.graph.sitePage";
}
#[cfg(msgraph_v1_core_or_sites)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyBaseItem> for crate::v1::SitePage {
    const SEGMENT: &'static str = "microsoft.graph.sitePage";
}
#[cfg(msgraph_v1_core_or_sites)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::SitePage {
    const SEGMENT: &'static str = "microsoft.graph.sitePage";
}
#[cfg(msgraph_v1_search_or_solutions)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyProtectionRuleBase>
for crate::v1::SiteProtectionRule {
    const SEGMENT: &'static str = "microsoft.graph.siteProtectionRule";
}
#[cfg(msgraph_v1_search_or_solutions)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::SiteProtectionRule {
    const SEGMENT: &'static str = "microsoft.graph.siteProtectionRule";
}
#[cfg(msgraph_v1_search_or_solutions)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyProtectionUnitBase>
for crate::v1::SiteProtectionUnit {
    const SEGMENT: &'static str = "microsoft.graph.siteProtectionUnit";
}
#[cfg(msgraph_v1_search_or_solutions)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::SiteProtectionUnit {
    const SEGMENT: &'static str = "microsoft.graph.siteProtectionUnit";
}
#[cfg(msgraph_v1_search_or_solutions)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyProtectionUnitsBulkJobBase>
for crate::v1::SiteProtectionUnitsBulkAdditionJob {
    const SEGMENT: &'static str = "microsoft.graph.siteProtectionUnitsBulkAdditionJob";
}
#[cfg(msgraph_v1_search_or_solutions)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::SiteProtectionUnitsBulkAdditionJob {
    const SEGMENT: &'static str = "microsoft.graph.siteProtectionUnitsBulkAdditionJob";
}
#[cfg(msgraph_v1_search_or_solutions)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyRestoreArtifactBase>
for crate::v1::SiteRestoreArtifact {
    const SEGMENT: &'static str = "microsoft.graph.siteRestoreArtifact";
}
#[cfg(msgraph_v1_search_or_solutions)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::SiteRestoreArtifact {
    const SEGMENT: &'static str = "microsoft.graph.siteRestoreArtifact";
}
#[cfg(msgraph_v1_search_or_solutions)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyRestoreArtifactsBulkRequestBase>
for crate::v1::SiteRestoreArtifactsBulkAdditionRequest {
    const SEGMENT: &'static str = "microsoft.graph.siteRestoreArtifactsBulkAdditionRequest";
}
#[cfg(msgraph_v1_search_or_solutions)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::SiteRestoreArtifactsBulkAdditionRequest {
    const SEGMENT: &'static str = "microsoft.graph.siteRestoreArtifactsBulkAdditionRequest";
}
#[cfg(msgraph_v1_core_or_teamwork)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyConversationMember>
for crate::v1::SkypeForBusinessUserConversationMember {
    const SEGMENT: &'static str = "microsoft.graph.skypeForBusinessUserConversationMember";
}
#[cfg(msgraph_v1_core_or_teamwork)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::SkypeForBusinessUserConversationMember {
    const SEGMENT: &'static str = "microsoft.graph.skypeForBusinessUserConversationMember";
}
#[cfg(msgraph_v1_core_or_teamwork)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
impl<
    C,
> crate::path::CollectionPath<crate::v1::SkypeForBusinessUserConversationMember, C> {
    /// `POST .../add`: action `microsoft.graph.add`.
    pub fn add(
        &self,
        params: crate::v1::params::ConversationMemberCollectionAddParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::ConversationMemberCollectionAddParams>,
        rt::request::Collection<crate::v1::AnyActionResultPart>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("add"),
            rt::request::Json(params),
        )
    }
    /// `POST .../remove`: action `microsoft.graph.remove`.
    pub fn remove(
        &self,
        params: crate::v1::params::ConversationMemberCollectionRemoveParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::ConversationMemberCollectionRemoveParams>,
        rt::request::Collection<crate::v1::AnyActionResultPart>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("remove"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyConversationMember>
for crate::v1::SkypeUserConversationMember {
    const SEGMENT: &'static str = "microsoft.graph.skypeUserConversationMember";
}
#[cfg(msgraph_v1_core_or_teamwork)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::SkypeUserConversationMember {
    const SEGMENT: &'static str = "microsoft.graph.skypeUserConversationMember";
}
#[cfg(msgraph_v1_core_or_teamwork)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::CollectionPath<crate::v1::SkypeUserConversationMember, C> {
    /// `POST .../add`: action `microsoft.graph.add`.
    pub fn add(
        &self,
        params: crate::v1::params::ConversationMemberCollectionAddParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::ConversationMemberCollectionAddParams>,
        rt::request::Collection<crate::v1::AnyActionResultPart>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("add"),
            rt::request::Json(params),
        )
    }
    /// `POST .../remove`: action `microsoft.graph.remove`.
    pub fn remove(
        &self,
        params: crate::v1::params::ConversationMemberCollectionRemoveParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::ConversationMemberCollectionRemoveParams>,
        rt::request::Collection<crate::v1::AnyActionResultPart>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("remove"),
            rt::request::Json(params),
        )
    }
}
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
/// Features: `v1`, or one of `v1-authentication-method-configurations`, `v1-authentication-methods-policy`, `v1-policies`, `v1-search`.
impl dyn crate::v1::requests::SmsAuthenticationMethodConfigurationPath {
    /// Containment navigation property `includeTargets` (`microsoft.graph.smsAuthenticationMethodTarget`).
    #[inline]
    pub fn include_targets(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::SmsAuthenticationMethodTarget,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("includeTargets"))
    }
}
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyAuthenticationMethodConfiguration>
for crate::v1::SmsAuthenticationMethodConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.smsAuthenticationMethodConfiguration";
}
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::SmsAuthenticationMethodConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.smsAuthenticationMethodConfiguration";
}
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyAuthenticationMethodTarget>
for crate::v1::SmsAuthenticationMethodTarget {
    const SEGMENT: &'static str = "microsoft.graph.smsAuthenticationMethodTarget";
}
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::SmsAuthenticationMethodTarget {
    const SEGMENT: &'static str = "microsoft.graph.smsAuthenticationMethodTarget";
}
#[cfg(msgraph_v1_directory_or_identity_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyIdentityProviderBase>
for crate::v1::SocialIdentityProvider {
    const SEGMENT: &'static str = "microsoft.graph.socialIdentityProvider";
}
#[cfg(msgraph_v1_directory_or_identity_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::SocialIdentityProvider {
    const SEGMENT: &'static str = "microsoft.graph.socialIdentityProvider";
}
#[cfg(msgraph_v1_directory_or_identity_or_search)]
/// Features: `v1`, or one of `v1-directory`, `v1-identity`, `v1-search`.
impl<C> crate::path::CollectionPath<crate::v1::SocialIdentityProvider, C> {
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
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyAuthenticationMethod>
for crate::v1::SoftwareOathAuthenticationMethod {
    const SEGMENT: &'static str = "microsoft.graph.softwareOathAuthenticationMethod";
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::SoftwareOathAuthenticationMethod {
    const SEGMENT: &'static str = "microsoft.graph.softwareOathAuthenticationMethod";
}
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
/// Features: `v1`, or one of `v1-authentication-method-configurations`, `v1-authentication-methods-policy`, `v1-policies`, `v1-search`.
impl dyn crate::v1::requests::SoftwareOathAuthenticationMethodConfigurationPath {
    /// Containment navigation property `includeTargets` (`microsoft.graph.authenticationMethodTarget`).
    #[inline]
    pub fn include_targets(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyAuthenticationMethodTarget,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("includeTargets"))
    }
}
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyAuthenticationMethodConfiguration>
for crate::v1::SoftwareOathAuthenticationMethodConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.softwareOathAuthenticationMethodConfiguration";
}
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::SoftwareOathAuthenticationMethodConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.softwareOathAuthenticationMethodConfiguration";
}
#[cfg(msgraph_v1_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::SoftwareUpdateStatusSummary {
    const SEGMENT: &'static str = "microsoft.graph.softwareUpdateStatusSummary";
}
#[cfg(msgraph_v1_solutions)]
/// Features: `v1` or `v1-solutions`.
impl dyn crate::v1::requests::SolutionsRootPath {
    /// Containment navigation property `backupRestore` (`microsoft.graph.backupRestoreRoot`).
    #[inline]
    pub fn backup_restore(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::BackupRestoreRoot,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("backupRestore"))
    }
    /// Containment navigation property `bookingBusinesses` (`microsoft.graph.bookingBusiness`).
    #[inline]
    pub fn booking_businesses(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::BookingBusiness,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("bookingBusinesses"))
    }
    /// Containment navigation property `bookingCurrencies` (`microsoft.graph.bookingCurrency`).
    #[inline]
    pub fn booking_currencies(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::BookingCurrency,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("bookingCurrencies"))
    }
    /// Containment navigation property `virtualEvents` (`microsoft.graph.virtualEventsRoot`).
    #[inline]
    pub fn virtual_events(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::VirtualEventsRoot,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("virtualEvents"))
    }
}
#[cfg(msgraph_v1_education_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::SpeakerAssignmentSubmission {
    const SEGMENT: &'static str = "microsoft.graph.speakerAssignmentSubmission";
}
#[cfg(msgraph_v1_core_or_sites)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::v1::requests::StandardWebPartPath {
    /// Structural property `data` (`microsoft.graph.webPartData`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn data(&self) -> crate::path::PropertyPath<crate::v1::WebPartData> {
        crate::path::PropertyPath::new(self.node_target().segment("data"))
    }
    /// `POST .../getPositionOfWebPart`: action `microsoft.graph.getPositionOfWebPart`.
    #[inline]
    pub fn get_position_of_web_part(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::WebPartPosition>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("getPositionOfWebPart"),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_core_or_sites)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyWebPart> for crate::v1::StandardWebPart {
    const SEGMENT: &'static str = "microsoft.graph.standardWebPart";
}
#[cfg(msgraph_v1_core_or_sites)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::StandardWebPart {
    const SEGMENT: &'static str = "microsoft.graph.standardWebPart";
}
#[cfg(msgraph_v1_communications_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyCommsOperation>
for crate::v1::StartHoldMusicOperation {
    const SEGMENT: &'static str = "microsoft.graph.startHoldMusicOperation";
}
#[cfg(msgraph_v1_communications_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::StartHoldMusicOperation {
    const SEGMENT: &'static str = "microsoft.graph.startHoldMusicOperation";
}
#[cfg(msgraph_v1_communications_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyCommsOperation>
for crate::v1::StopHoldMusicOperation {
    const SEGMENT: &'static str = "microsoft.graph.stopHoldMusicOperation";
}
#[cfg(msgraph_v1_communications_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::StopHoldMusicOperation {
    const SEGMENT: &'static str = "microsoft.graph.stopHoldMusicOperation";
}
#[cfg(msgraph_v1_storage)]
/// Features: `v1` or `v1-storage`.
impl dyn crate::v1::requests::StoragePath {
    /// Containment navigation property `fileStorage` (`microsoft.graph.fileStorage`).
    #[inline]
    pub fn file_storage(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::FileStorage,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("fileStorage"))
    }
    /// Containment navigation property `settings` (`microsoft.graph.storageSettings`).
    #[inline]
    pub fn settings(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::StorageSettings,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("settings"))
    }
}
#[cfg(msgraph_v1_core_or_storage)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::AnyStorageQuotaBreakdown {
    const SEGMENT: &'static str = "microsoft.graph.storageQuotaBreakdown";
}
#[cfg(msgraph_v1_search_or_storage)]
/// Features: `v1`, or one of `v1-search`, `v1-storage`.
impl dyn crate::v1::requests::StorageSettingsPath {
    /// Containment navigation property `quota` (`microsoft.graph.unifiedStorageQuota`).
    #[inline]
    pub fn quota(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::UnifiedStorageQuota,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("quota"))
    }
}
#[cfg(msgraph_v1_search_or_storage)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::StorageSettings {
    const SEGMENT: &'static str = "microsoft.graph.storageSettings";
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::v1::requests::StsPolicyPath {
    /// Navigation property `appliesTo` (`microsoft.graph.directoryObject`).
    #[inline]
    pub fn applies_to(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyDirectoryObject,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("appliesTo"))
    }
    /// `POST .../checkMemberGroups`: action `microsoft.graph.checkMemberGroups`.
    #[inline]
    pub fn check_member_groups(
        &self,
        params: crate::v1::params::DirectoryObjectCheckMemberGroupsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::DirectoryObjectCheckMemberGroupsParams>,
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
        params: crate::v1::params::DirectoryObjectCheckMemberObjectsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::DirectoryObjectCheckMemberObjectsParams>,
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
        params: crate::v1::params::DirectoryObjectGetMemberGroupsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::DirectoryObjectGetMemberGroupsParams>,
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
        params: crate::v1::params::DirectoryObjectGetMemberObjectsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::DirectoryObjectGetMemberObjectsParams>,
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
        rt::request::Entity<crate::v1::AnyDirectoryObject>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("restore"),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyPolicyBase> for crate::v1::AnyStsPolicy {
    const SEGMENT: &'static str = "microsoft.graph.stsPolicy";
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyDirectoryObject>
for crate::v1::AnyStsPolicy {
    const SEGMENT: &'static str = "microsoft.graph.stsPolicy";
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::AnyStsPolicy {
    const SEGMENT: &'static str = "microsoft.graph.stsPolicy";
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::CollectionPath<crate::v1::AnyStsPolicy, C> {
    /// `GET .../delta`: function `microsoft.graph.delta`.
    pub fn delta(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::v1::AnyDirectoryObject>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.target().function("delta", &[]),
            rt::request::NoBody,
        )
    }
    /// `POST .../getAvailableExtensionProperties`: action `microsoft.graph.getAvailableExtensionProperties`.
    pub fn get_available_extension_properties(
        &self,
        params: crate::v1::params::DirectoryObjectCollectionGetAvailableExtensionPropertiesParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::v1::params::DirectoryObjectCollectionGetAvailableExtensionPropertiesParams,
        >,
        rt::request::Collection<crate::v1::ExtensionProperty>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("getAvailableExtensionProperties"),
            rt::request::Json(params),
        )
    }
    /// `POST .../getByIds`: action `microsoft.graph.getByIds`.
    pub fn get_by_ids(
        &self,
        params: crate::v1::params::DirectoryObjectCollectionGetByIdsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::DirectoryObjectCollectionGetByIdsParams>,
        rt::request::Collection<crate::v1::AnyDirectoryObject>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("getByIds"),
            rt::request::Json(params),
        )
    }
    /// `POST .../validateProperties`: action `microsoft.graph.validateProperties`.
    pub fn validate_properties(
        &self,
        params: crate::v1::params::DirectoryObjectCollectionValidatePropertiesParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::v1::params::DirectoryObjectCollectionValidatePropertiesParams,
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
#[cfg(msgraph_v1_privacy_or_search_or_security)]
/// Features: `v1`, or one of `v1-privacy`, `v1-search`, `v1-security`.
impl dyn crate::v1::requests::SubjectRightsRequestPath {
    /// Structural property `assignedTo` (`microsoft.graph.identity`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn assigned_to(&self) -> crate::path::PropertyPath<crate::v1::AnyIdentity> {
        crate::path::PropertyPath::new(self.node_target().segment("assignedTo"))
    }
    /// Structural property `createdBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn created_by(&self) -> crate::path::PropertyPath<crate::v1::AnyIdentitySet> {
        crate::path::PropertyPath::new(self.node_target().segment("createdBy"))
    }
    /// Structural property `dataSubject` (`microsoft.graph.dataSubject`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn data_subject(&self) -> crate::path::PropertyPath<crate::v1::DataSubject> {
        crate::path::PropertyPath::new(self.node_target().segment("dataSubject"))
    }
    /// Structural property `insight` (`microsoft.graph.subjectRightsRequestDetail`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn insight(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::SubjectRightsRequestDetail> {
        crate::path::PropertyPath::new(self.node_target().segment("insight"))
    }
    /// Structural property `lastModifiedBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn last_modified_by(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AnyIdentitySet> {
        crate::path::PropertyPath::new(self.node_target().segment("lastModifiedBy"))
    }
    /// Structural property `mailboxLocations` (`microsoft.graph.subjectRightsRequestMailboxLocation`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn mailbox_locations(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AnySubjectRightsRequestMailboxLocation> {
        crate::path::PropertyPath::new(self.node_target().segment("mailboxLocations"))
    }
    /// Structural property `siteLocations` (`microsoft.graph.subjectRightsRequestSiteLocation`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn site_locations(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AnySubjectRightsRequestSiteLocation> {
        crate::path::PropertyPath::new(self.node_target().segment("siteLocations"))
    }
    #[cfg(msgraph_v1_core)]
    /// Navigation property `approvers` (`microsoft.graph.user`).
    ///
    /// Features: `v1` or `v1-search`.
    #[inline]
    pub fn approvers(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyUser,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("approvers"))
    }
    #[cfg(msgraph_v1_core)]
    /// Navigation property `collaborators` (`microsoft.graph.user`).
    ///
    /// Features: `v1` or `v1-search`.
    #[inline]
    pub fn collaborators(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyUser,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("collaborators"))
    }
    /// Containment navigation property `notes` (`microsoft.graph.authoredNote`).
    #[inline]
    pub fn notes(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AuthoredNote,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("notes"))
    }
    #[cfg(msgraph_v1_core)]
    /// Navigation property `team` (`microsoft.graph.team`).
    ///
    /// Features: `v1` or `v1-search`.
    #[inline]
    pub fn team(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::Team,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("team"))
    }
    /// `GET .../getFinalAttachment`: function `microsoft.graph.getFinalAttachment`.
    #[inline]
    pub fn get_final_attachment(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Raw> {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.node_target().function("getFinalAttachment", &[]),
            rt::request::NoBody,
        )
    }
    /// `GET .../getFinalReport`: function `microsoft.graph.getFinalReport`.
    #[inline]
    pub fn get_final_report(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Raw> {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.node_target().function("getFinalReport", &[]),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_privacy_or_search_or_security)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::SubjectRightsRequest {
    const SEGMENT: &'static str = "microsoft.graph.subjectRightsRequest";
}
#[cfg(msgraph_v1_communications_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyCommsOperation>
for crate::v1::SubscribeToToneOperation {
    const SEGMENT: &'static str = "microsoft.graph.subscribeToToneOperation";
}
#[cfg(msgraph_v1_communications_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::SubscribeToToneOperation {
    const SEGMENT: &'static str = "microsoft.graph.subscribeToToneOperation";
}
#[cfg(msgraph_v1_search_or_subscribed_skus)]
/// Features: `v1`, or one of `v1-search`, `v1-subscribed-skus`.
impl dyn crate::v1::requests::SubscribedSkuPath {
    /// Structural property `prepaidUnits` (`microsoft.graph.licenseUnitsDetail`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn prepaid_units(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::LicenseUnitsDetail> {
        crate::path::PropertyPath::new(self.node_target().segment("prepaidUnits"))
    }
}
#[cfg(msgraph_v1_search_or_subscribed_skus)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::SubscribedSku {
    const SEGMENT: &'static str = "microsoft.graph.subscribedSku";
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_subscriptions)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-drives`, `v1-group-setting-templates` and 14 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::v1::requests::SubscriptionPath {
    /// `POST .../reauthorize`: action `microsoft.graph.reauthorize`.
    #[inline]
    pub fn reauthorize(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("reauthorize"),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_subscriptions)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::Subscription {
    const SEGMENT: &'static str = "microsoft.graph.subscription";
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyOfferShiftRequest>
for crate::v1::SwapShiftsChangeRequest {
    const SEGMENT: &'static str = "microsoft.graph.swapShiftsChangeRequest";
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyScheduleChangeRequest>
for crate::v1::SwapShiftsChangeRequest {
    const SEGMENT: &'static str = "microsoft.graph.swapShiftsChangeRequest";
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyChangeTrackedEntity>
for crate::v1::SwapShiftsChangeRequest {
    const SEGMENT: &'static str = "microsoft.graph.swapShiftsChangeRequest";
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::SwapShiftsChangeRequest {
    const SEGMENT: &'static str = "microsoft.graph.swapShiftsChangeRequest";
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::v1::requests::SynchronizationPath {
    /// Containment navigation property `jobs` (`microsoft.graph.synchronizationJob`).
    #[inline]
    pub fn jobs(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::SynchronizationJob,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("jobs"))
    }
    /// Containment navigation property `templates` (`microsoft.graph.synchronizationTemplate`).
    #[inline]
    pub fn templates(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::SynchronizationTemplate,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("templates"))
    }
    /// `POST .../acquireAccessToken`: action `microsoft.graph.acquireAccessToken`.
    #[inline]
    pub fn acquire_access_token(
        &self,
        params: crate::v1::params::SynchronizationAcquireAccessTokenParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::SynchronizationAcquireAccessTokenParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("acquireAccessToken"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::Synchronization {
    const SEGMENT: &'static str = "microsoft.graph.synchronization";
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::v1::requests::SynchronizationJobPath {
    /// Structural property `schedule` (`microsoft.graph.synchronizationSchedule`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn schedule(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::SynchronizationSchedule> {
        crate::path::PropertyPath::new(self.node_target().segment("schedule"))
    }
    /// Structural property `status` (`microsoft.graph.synchronizationStatus`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn status(&self) -> crate::path::PropertyPath<crate::v1::SynchronizationStatus> {
        crate::path::PropertyPath::new(self.node_target().segment("status"))
    }
    /// Containment navigation property `bulkUpload` (`microsoft.graph.bulkUpload`).
    #[inline]
    pub fn bulk_upload(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::BulkUpload,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("bulkUpload"))
    }
    /// Containment navigation property `schema` (`microsoft.graph.synchronizationSchema`).
    #[inline]
    pub fn schema(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::SynchronizationSchema,
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
        params: crate::v1::params::SynchronizationJobProvisionOnDemandParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::SynchronizationJobProvisionOnDemandParams>,
        rt::request::Entity<crate::v1::StringKeyStringValuePair>,
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
        params: crate::v1::params::SynchronizationJobRestartParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::SynchronizationJobRestartParams>,
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
    /// `POST .../validateCredentials`: action `microsoft.graph.validateCredentials`.
    #[inline]
    pub fn validate_credentials(
        &self,
        params: crate::v1::params::SynchronizationJobValidateCredentialsParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::v1::params::SynchronizationJobValidateCredentialsParams,
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
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::SynchronizationJob {
    const SEGMENT: &'static str = "microsoft.graph.synchronizationJob";
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::CollectionPath<crate::v1::SynchronizationJob, C> {
    /// `POST .../validateCredentials`: action `microsoft.graph.validateCredentials`.
    pub fn validate_credentials(
        &self,
        params: crate::v1::params::SynchronizationJobCollectionValidateCredentialsParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::v1::params::SynchronizationJobCollectionValidateCredentialsParams,
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
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::v1::requests::SynchronizationSchemaPath {
    /// Containment navigation property `directories` (`microsoft.graph.directoryDefinition`).
    #[inline]
    pub fn directories(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::DirectoryDefinition,
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
        rt::request::Collection<crate::v1::FilterOperatorSchema>,
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
        rt::request::Collection<crate::v1::AttributeMappingFunctionSchema>,
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
        params: crate::v1::params::SynchronizationSchemaParseExpressionParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::SynchronizationSchemaParseExpressionParams>,
        rt::request::Entity<crate::v1::ParseExpressionResponse>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("parseExpression"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::SynchronizationSchema {
    const SEGMENT: &'static str = "microsoft.graph.synchronizationSchema";
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::v1::requests::SynchronizationTemplatePath {
    /// Containment navigation property `schema` (`microsoft.graph.synchronizationSchema`).
    #[inline]
    pub fn schema(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::SynchronizationSchema,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("schema"))
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::SynchronizationTemplate {
    const SEGMENT: &'static str = "microsoft.graph.synchronizationTemplate";
}
#[cfg(msgraph_v1_communications_or_search)]
/// Features: `v1`, or one of `v1-communications`, `v1-search`.
impl dyn crate::v1::requests::call_records::SegmentPath {
    /// Structural property `callee` (`microsoft.graph.callRecords.endpoint`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn callee(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::call_records::AnyEndpoint> {
        crate::path::PropertyPath::new(self.node_target().segment("callee"))
    }
    /// Structural property `caller` (`microsoft.graph.callRecords.endpoint`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn caller(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::call_records::AnyEndpoint> {
        crate::path::PropertyPath::new(self.node_target().segment("caller"))
    }
    /// Structural property `failureInfo` (`microsoft.graph.callRecords.failureInfo`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn failure_info(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::call_records::FailureInfo> {
        crate::path::PropertyPath::new(self.node_target().segment("failureInfo"))
    }
}
#[cfg(msgraph_v1_communications_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::call_records::Segment {
    const SEGMENT: &'static str = "microsoft.graph.callRecords.segment";
}
#[cfg(msgraph_v1_communications_or_search)]
/// Features: `v1`, or one of `v1-communications`, `v1-search`.
impl dyn crate::v1::requests::call_records::SessionPath {
    /// Structural property `callee` (`microsoft.graph.callRecords.endpoint`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn callee(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::call_records::AnyEndpoint> {
        crate::path::PropertyPath::new(self.node_target().segment("callee"))
    }
    /// Structural property `caller` (`microsoft.graph.callRecords.endpoint`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn caller(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::call_records::AnyEndpoint> {
        crate::path::PropertyPath::new(self.node_target().segment("caller"))
    }
    /// Structural property `failureInfo` (`microsoft.graph.callRecords.failureInfo`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn failure_info(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::call_records::FailureInfo> {
        crate::path::PropertyPath::new(self.node_target().segment("failureInfo"))
    }
    /// Containment navigation property `segments` (`microsoft.graph.callRecords.segment`).
    #[inline]
    pub fn segments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::call_records::Segment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("segments"))
    }
}
#[cfg(msgraph_v1_communications_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::call_records::Session {
    const SEGMENT: &'static str = "microsoft.graph.callRecords.session";
}
#[cfg(msgraph_v1_directory_or_search)]
/// Features: `v1`, or one of `v1-directory`, `v1-search`.
impl dyn crate::v1::requests::entra_recovery_services::SnapshotPath {
    /// Navigation property `recoveryJobs` (`microsoft.graph.entraRecoveryServices.recoveryJob`).
    #[inline]
    pub fn recovery_jobs(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::entra_recovery_services::RecoveryJob,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("recoveryJobs"))
    }
    /// Navigation property `recoveryPreviewJobs` (`microsoft.graph.entraRecoveryServices.recoveryPreviewJob`).
    #[inline]
    pub fn recovery_preview_jobs(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::entra_recovery_services::RecoveryPreviewJob,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("recoveryPreviewJobs"),
        )
    }
}
#[cfg(msgraph_v1_directory_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::entra_recovery_services::Snapshot {
    const SEGMENT: &'static str = "microsoft.graph.entraRecoveryServices.snapshot";
}
#[cfg(msgraph_v1_connections_or_external_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::external_connectors::Schema {
    const SEGMENT: &'static str = "microsoft.graph.externalConnectors.schema";
}
#[cfg(msgraph_v1_search)]
/// Features: `v1` or `v1-search`.
impl dyn crate::v1::requests::search::SearchAnswerPath {
    /// Structural property `lastModifiedBy` (`microsoft.graph.search.identitySet`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn last_modified_by(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::search::IdentitySet> {
        crate::path::PropertyPath::new(self.node_target().segment("lastModifiedBy"))
    }
}
#[cfg(msgraph_v1_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::search::AnySearchAnswer {
    const SEGMENT: &'static str = "microsoft.graph.search.searchAnswer";
}
#[cfg(msgraph_v1_search_or_security)]
/// Features: `v1`, or one of `v1-search`, `v1-security`.
impl dyn crate::v1::requests::security::SearchPath {
    /// Structural property `createdBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn created_by(&self) -> crate::path::PropertyPath<crate::v1::AnyIdentitySet> {
        crate::path::PropertyPath::new(self.node_target().segment("createdBy"))
    }
    /// Structural property `lastModifiedBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn last_modified_by(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AnyIdentitySet> {
        crate::path::PropertyPath::new(self.node_target().segment("lastModifiedBy"))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::security::AnySearch {
    const SEGMENT: &'static str = "microsoft.graph.security.search";
}
#[cfg(msgraph_v1_search_or_security)]
/// Features: `v1`, or one of `v1-search`, `v1-security`.
impl dyn crate::v1::requests::security::SensorPath {
    /// Structural property `settings` (`microsoft.graph.security.sensorSettings`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn settings(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::security::SensorSettings> {
        crate::path::PropertyPath::new(self.node_target().segment("settings"))
    }
    /// Navigation property `healthIssues` (`microsoft.graph.security.healthIssue`).
    #[inline]
    pub fn health_issues(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::security::HealthIssue,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("healthIssues"))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::security::Sensor {
    const SEGMENT: &'static str = "microsoft.graph.security.sensor";
}
#[cfg(msgraph_v1_search_or_security)]
/// Features: `v1`, or one of `v1-search`, `v1-security`.
impl<C> crate::path::CollectionPath<crate::v1::security::Sensor, C> {
    /// `GET .../microsoft.graph.security.getDeploymentAccessKey`: function `microsoft.graph.security.getDeploymentAccessKey`.
    pub fn get_deployment_access_key(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::security::DeploymentAccessKeyType>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .target()
                .function("microsoft.graph.security.getDeploymentAccessKey", &[]),
            rt::request::NoBody,
        )
    }
    /// `GET .../microsoft.graph.security.getDeploymentPackageUri`: function `microsoft.graph.security.getDeploymentPackageUri`.
    pub fn get_deployment_package_uri(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::security::SensorDeploymentPackage>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .target()
                .function("microsoft.graph.security.getDeploymentPackageUri", &[]),
            rt::request::NoBody,
        )
    }
    /// `POST .../microsoft.graph.security.regenerateDeploymentAccessKey`: action `microsoft.graph.security.regenerateDeploymentAccessKey`.
    pub fn regenerate_deployment_access_key(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::security::DeploymentAccessKeyType>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self
                .target()
                .segment("microsoft.graph.security.regenerateDeploymentAccessKey"),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::security::SensorCandidate {
    const SEGMENT: &'static str = "microsoft.graph.security.sensorCandidate";
}
#[cfg(msgraph_v1_search_or_security)]
/// Features: `v1`, or one of `v1-search`, `v1-security`.
impl<C> crate::path::CollectionPath<crate::v1::security::SensorCandidate, C> {
    /// `POST .../microsoft.graph.security.activate`: action `microsoft.graph.security.activate`.
    pub fn activate(
        &self,
        params: crate::v1::params::SensorCandidateCollectionActivateParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::SensorCandidateCollectionActivateParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("microsoft.graph.security.activate"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::security::SensorCandidateActivationConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.security.sensorCandidateActivationConfiguration";
}
#[cfg(msgraph_v1_search_or_security)]
/// Features: `v1`, or one of `v1-search`, `v1-security`.
impl dyn crate::v1::requests::security::SettingsContainerPath {
    /// Containment navigation property `autoAuditingConfiguration` (`microsoft.graph.security.autoAuditingConfiguration`).
    #[inline]
    pub fn auto_auditing_configuration(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::security::AutoAuditingConfiguration,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(
            self.node_target().segment("autoAuditingConfiguration"),
        )
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::security::SettingsContainer {
    const SEGMENT: &'static str = "microsoft.graph.security.settingsContainer";
}
#[cfg(msgraph_v1_search_or_security)]
/// Features: `v1`, or one of `v1-search`, `v1-security`.
impl dyn crate::v1::requests::security::SiteSourcePath {
    #[cfg(msgraph_v1_core_or_sites)]
    /// Navigation property `site` (`microsoft.graph.site`).
    ///
    /// Features: `v1` or `v1-search`.
    #[inline]
    pub fn site(
        &self,
    ) -> crate::path::EntityPath<crate::v1::Site, crate::path::caps::GetUpdateRef> {
        crate::path::EntityPath::new(self.node_target().segment("site"))
    }
    /// Structural property `createdBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn created_by(&self) -> crate::path::PropertyPath<crate::v1::AnyIdentitySet> {
        crate::path::PropertyPath::new(self.node_target().segment("createdBy"))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::security::AnyDataSource>
for crate::v1::security::SiteSource {
    const SEGMENT: &'static str = "microsoft.graph.security.siteSource";
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::security::SiteSource {
    const SEGMENT: &'static str = "microsoft.graph.security.siteSource";
}
#[cfg(msgraph_v1_search_or_security)]
/// Features: `v1`, or one of `v1-search`, `v1-security`.
impl dyn crate::v1::requests::security::SslCertificatePath {
    /// Structural property `issuer` (`microsoft.graph.security.sslCertificateEntity`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn issuer(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::security::SslCertificateEntity> {
        crate::path::PropertyPath::new(self.node_target().segment("issuer"))
    }
    /// Structural property `subject` (`microsoft.graph.security.sslCertificateEntity`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn subject(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::security::SslCertificateEntity> {
        crate::path::PropertyPath::new(self.node_target().segment("subject"))
    }
    /// Navigation property `relatedHosts` (`microsoft.graph.security.host`).
    #[inline]
    pub fn related_hosts(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::security::AnyHost,
        crate::path::caps::NoCount<crate::path::caps::ListCreateUpdateDeleteRefs>,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("relatedHosts"))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::security::AnyArtifact>
for crate::v1::security::SslCertificate {
    const SEGMENT: &'static str = "microsoft.graph.security.sslCertificate";
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::security::SslCertificate {
    const SEGMENT: &'static str = "microsoft.graph.security.sslCertificate";
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::security::AnyFilePlanDescriptorTemplate>
for crate::v1::security::SubcategoryTemplate {
    const SEGMENT: &'static str = "microsoft.graph.security.subcategoryTemplate";
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::security::SubcategoryTemplate {
    const SEGMENT: &'static str = "microsoft.graph.security.subcategoryTemplate";
}
#[cfg(msgraph_v1_search_or_security)]
/// Features: `v1`, or one of `v1-search`, `v1-security`.
impl dyn crate::v1::requests::security::SubdomainPath {
    /// Navigation property `host` (`microsoft.graph.security.host`).
    #[inline]
    pub fn host(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::security::AnyHost,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("host"))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::security::Subdomain {
    const SEGMENT: &'static str = "microsoft.graph.security.subdomain";
}
#[cfg(msgraph_v1_core_or_sites)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::v1::requests::term_store::SetPath {
    /// Containment navigation property `children` (`microsoft.graph.termStore.term`).
    #[inline]
    pub fn children(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::term_store::Term,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("children"))
    }
    /// Containment navigation property `parentGroup` (`microsoft.graph.termStore.group`).
    #[inline]
    pub fn parent_group(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::term_store::Group,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("parentGroup"))
    }
    /// Containment navigation property `relations` (`microsoft.graph.termStore.relation`).
    #[inline]
    pub fn relations(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::term_store::Relation,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("relations"))
    }
    /// Containment navigation property `terms` (`microsoft.graph.termStore.term`).
    #[inline]
    pub fn terms(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::term_store::Term,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("terms"))
    }
}
#[cfg(msgraph_v1_core_or_sites)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::term_store::Set {
    const SEGMENT: &'static str = "microsoft.graph.termStore.set";
}
#[cfg(msgraph_v1_core_or_sites)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::v1::requests::term_store::StorePath {
    /// Containment navigation property `groups` (`microsoft.graph.termStore.group`).
    #[inline]
    pub fn groups(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::term_store::Group,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("groups"))
    }
    /// Containment navigation property `sets` (`microsoft.graph.termStore.set`).
    #[inline]
    pub fn sets(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::term_store::Set,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("sets"))
    }
}
#[cfg(msgraph_v1_core_or_sites)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::term_store::Store {
    const SEGMENT: &'static str = "microsoft.graph.termStore.store";
}
