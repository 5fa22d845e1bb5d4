//! Items of `requests` by the first letters of their types' names (`t_v`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_beta_core_or_device_app_management)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-app-management`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::beta::requests::TargetedManagedAppConfigurationPath {
    /// Containment navigation property `apps` (`microsoft.graph.managedMobileApp`).
    #[inline]
    pub fn apps(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::ManagedMobileApp,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("apps"))
    }
    /// Containment navigation property `assignments` (`microsoft.graph.targetedManagedAppPolicyAssignment`).
    #[inline]
    pub fn assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::TargetedManagedAppPolicyAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("assignments"))
    }
    /// Containment navigation property `deploymentSummary` (`microsoft.graph.managedAppPolicyDeploymentSummary`).
    #[inline]
    pub fn deployment_summary(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::ManagedAppPolicyDeploymentSummary,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("deploymentSummary"))
    }
    /// `POST .../assign`: action `microsoft.graph.assign`.
    #[inline]
    pub fn assign(
        &self,
        params: crate::beta::params::TargetedManagedAppConfigurationAssignParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::TargetedManagedAppConfigurationAssignParams,
        >,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("assign"),
            rt::request::Json(params),
        )
    }
    /// `POST .../targetApps`: action `microsoft.graph.targetApps`.
    #[inline]
    pub fn target_apps(
        &self,
        params: crate::beta::params::TargetedManagedAppConfigurationTargetAppsParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::TargetedManagedAppConfigurationTargetAppsParams,
        >,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("targetApps"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_beta_core_or_device_app_management)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyManagedAppConfiguration>
for crate::beta::TargetedManagedAppConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.targetedManagedAppConfiguration";
}
#[cfg(msgraph_beta_core_or_device_app_management)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyManagedAppPolicy>
for crate::beta::TargetedManagedAppConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.targetedManagedAppConfiguration";
}
#[cfg(msgraph_beta_core_or_device_app_management)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::TargetedManagedAppConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.targetedManagedAppConfiguration";
}
#[cfg(msgraph_beta_core_or_device_app_management)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-app-management`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::CollectionPath<crate::beta::TargetedManagedAppConfiguration, C> {
    /// `POST .../hasPayloadLinks`: action `microsoft.graph.hasPayloadLinks`.
    pub fn has_payload_links(
        &self,
        params: crate::beta::params::TargetedManagedAppConfigurationCollectionHasPayloadLinksParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::TargetedManagedAppConfigurationCollectionHasPayloadLinksParams,
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
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyPolicySetItem>
for crate::beta::TargetedManagedAppConfigurationPolicySetItem {
    const SEGMENT: &'static str = "microsoft.graph.targetedManagedAppConfigurationPolicySetItem";
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::TargetedManagedAppConfigurationPolicySetItem {
    const SEGMENT: &'static str = "microsoft.graph.targetedManagedAppConfigurationPolicySetItem";
}
#[cfg(msgraph_beta_core_or_device_app_management)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-app-management`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::beta::requests::TargetedManagedAppPolicyAssignmentPath {
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
#[cfg(msgraph_beta_core_or_device_app_management)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::TargetedManagedAppPolicyAssignment {
    const SEGMENT: &'static str = "microsoft.graph.targetedManagedAppPolicyAssignment";
}
#[cfg(msgraph_beta_core_or_device_app_management)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-app-management`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::beta::requests::TargetedManagedAppProtectionPath {
    /// Containment navigation property `assignments` (`microsoft.graph.targetedManagedAppPolicyAssignment`).
    #[inline]
    pub fn assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::TargetedManagedAppPolicyAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("assignments"))
    }
    /// `POST .../assign`: action `microsoft.graph.assign`.
    #[inline]
    pub fn assign(
        &self,
        params: crate::beta::params::TargetedManagedAppProtectionAssignParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::TargetedManagedAppProtectionAssignParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("assign"),
            rt::request::Json(params),
        )
    }
    /// `POST .../targetApps`: action `microsoft.graph.targetApps`.
    #[inline]
    pub fn target_apps(
        &self,
        params: crate::beta::params::ManagedAppProtectionTargetAppsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::ManagedAppProtectionTargetAppsParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("targetApps"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_beta_core_or_device_app_management)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyManagedAppProtection>
for crate::beta::AnyTargetedManagedAppProtection {
    const SEGMENT: &'static str = "microsoft.graph.targetedManagedAppProtection";
}
#[cfg(msgraph_beta_core_or_device_app_management)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyManagedAppPolicy>
for crate::beta::AnyTargetedManagedAppProtection {
    const SEGMENT: &'static str = "microsoft.graph.targetedManagedAppProtection";
}
#[cfg(msgraph_beta_core_or_device_app_management)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::AnyTargetedManagedAppProtection {
    const SEGMENT: &'static str = "microsoft.graph.targetedManagedAppProtection";
}
#[cfg(msgraph_beta_financials_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::TaxArea {
    const SEGMENT: &'static str = "microsoft.graph.taxArea";
}
#[cfg(msgraph_beta_financials_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::TaxGroup {
    const SEGMENT: &'static str = "microsoft.graph.taxGroup";
}
#[cfg(msgraph_beta_core)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::beta::requests::TeamPath {
    /// Structural property `discoverySettings` (`microsoft.graph.teamDiscoverySettings`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn discovery_settings(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::TeamDiscoverySettings> {
        crate::path::PropertyPath::new(self.node_target().segment("discoverySettings"))
    }
    /// Structural property `funSettings` (`microsoft.graph.teamFunSettings`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn fun_settings(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::TeamFunSettings> {
        crate::path::PropertyPath::new(self.node_target().segment("funSettings"))
    }
    /// Structural property `guestSettings` (`microsoft.graph.teamGuestSettings`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn guest_settings(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::TeamGuestSettings> {
        crate::path::PropertyPath::new(self.node_target().segment("guestSettings"))
    }
    /// Structural property `memberSettings` (`microsoft.graph.teamMemberSettings`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn member_settings(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::TeamMemberSettings> {
        crate::path::PropertyPath::new(self.node_target().segment("memberSettings"))
    }
    /// Structural property `messagingSettings` (`microsoft.graph.teamMessagingSettings`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn messaging_settings(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::TeamMessagingSettings> {
        crate::path::PropertyPath::new(self.node_target().segment("messagingSettings"))
    }
    /// Containment navigation property `channels` (`microsoft.graph.channel`).
    #[inline]
    pub fn channels(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::Channel,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("channels"))
    }
    /// Navigation property `group` (`microsoft.graph.group`).
    #[inline]
    pub fn group(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::Group,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("group"))
    }
    /// Containment navigation property `installedApps` (`microsoft.graph.teamsAppInstallation`).
    #[inline]
    pub fn installed_apps(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyTeamsAppInstallation,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("installedApps"))
    }
    /// Containment navigation property `members` (`microsoft.graph.conversationMember`).
    #[inline]
    pub fn members(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyConversationMember,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("members"))
    }
    /// Containment navigation property `operations` (`microsoft.graph.teamsAsyncOperation`).
    #[inline]
    pub fn operations(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::TeamsAsyncOperation,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("operations"))
    }
    /// Navigation property `owners` (`microsoft.graph.user`).
    #[inline]
    pub fn owners(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::User,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("owners"))
    }
    /// Containment navigation property `permissionGrants` (`microsoft.graph.resourceSpecificPermissionGrant`).
    #[inline]
    pub fn permission_grants(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::ResourceSpecificPermissionGrant,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("permissionGrants"))
    }
    /// Containment navigation property `photo` (`microsoft.graph.profilePhoto`).
    #[inline]
    pub fn photo(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::ProfilePhoto,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("photo"))
    }
    /// Containment navigation property `primaryChannel` (`microsoft.graph.channel`).
    #[inline]
    pub fn primary_channel(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::Channel,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("primaryChannel"))
    }
    /// Containment navigation property `tags` (`microsoft.graph.teamworkTag`).
    #[inline]
    pub fn tags(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::TeamworkTag,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("tags"))
    }
    #[cfg(msgraph_beta_search_or_teams_templates)]
    /// Navigation property `template` (`microsoft.graph.teamsTemplate`).
    ///
    /// Features: `beta` or `beta-search`.
    #[inline]
    pub fn template(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::TeamsTemplate,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("template"))
    }
    /// Containment navigation property `schedule` (`microsoft.graph.schedule`).
    #[inline]
    pub fn schedule(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::Schedule,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("schedule"))
    }
    /// `POST .../archive`: action `microsoft.graph.archive`.
    #[inline]
    pub fn archive(
        &self,
        params: crate::beta::params::TeamArchiveParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::TeamArchiveParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("archive"),
            rt::request::Json(params),
        )
    }
    /// `POST .../clone`: action `microsoft.graph.clone`.
    #[inline]
    pub fn clone_2(
        &self,
        params: crate::beta::params::TeamCloneParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::TeamCloneParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("clone"),
            rt::request::Json(params),
        )
    }
    /// `POST .../completeMigration`: action `microsoft.graph.completeMigration`.
    #[inline]
    pub fn complete_migration(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("completeMigration"),
            rt::request::NoBody,
        )
    }
    /// `POST .../sendActivityNotification`: action `microsoft.graph.sendActivityNotification`.
    #[inline]
    pub fn send_activity_notification(
        &self,
        params: crate::beta::params::TeamSendActivityNotificationParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::TeamSendActivityNotificationParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("sendActivityNotification"),
            rt::request::Json(params),
        )
    }
    /// `POST .../unarchive`: action `microsoft.graph.unarchive`.
    #[inline]
    pub fn unarchive(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("unarchive"),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::Team {
    const SEGMENT: &'static str = "microsoft.graph.team";
}
#[cfg(msgraph_beta_core)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::CollectionPath<crate::beta::Team, C> {
    /// `GET .../allMessages`: function `microsoft.graph.allMessages`.
    pub fn all_messages(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::ChatMessage>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.target().function("allMessages", &[]),
            rt::request::NoBody,
        )
    }
    /// `GET .../getAllMessages`: function `microsoft.graph.getAllMessages`.
    pub fn get_all_messages(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::ChatMessage>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.target().function("getAllMessages", &[]),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_beta_app_catalogs_or_search)]
/// Features: `beta`, or one of `beta-app-catalogs`, `beta-search`.
impl dyn crate::beta::requests::TeamsAppPath {
    /// Containment navigation property `appDefinitions` (`microsoft.graph.teamsAppDefinition`).
    #[inline]
    pub fn app_definitions(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::TeamsAppDefinition,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("appDefinitions"))
    }
}
#[cfg(msgraph_beta_app_catalogs_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::TeamsApp {
    const SEGMENT: &'static str = "microsoft.graph.teamsApp";
}
#[cfg(msgraph_beta_app_catalogs_or_search)]
/// Features: `beta`, or one of `beta-app-catalogs`, `beta-search`.
impl dyn crate::beta::requests::TeamsAppDefinitionPath {
    /// Structural property `createdBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn created_by(&self) -> crate::path::PropertyPath<crate::beta::IdentitySet> {
        crate::path::PropertyPath::new(self.node_target().segment("createdBy"))
    }
    /// Containment navigation property `bot` (`microsoft.graph.teamworkBot`).
    #[inline]
    pub fn bot(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::TeamworkBot,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("bot"))
    }
    /// Containment navigation property `colorIcon` (`microsoft.graph.teamsAppIcon`).
    #[inline]
    pub fn color_icon(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::TeamsAppIcon,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("colorIcon"))
    }
    /// Containment navigation property `outlineIcon` (`microsoft.graph.teamsAppIcon`).
    #[inline]
    pub fn outline_icon(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::TeamsAppIcon,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("outlineIcon"))
    }
}
#[cfg(msgraph_beta_app_catalogs_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::TeamsAppDefinition {
    const SEGMENT: &'static str = "microsoft.graph.teamsAppDefinition";
}
#[cfg(msgraph_beta_app_catalogs_or_search)]
/// Features: `beta`, or one of `beta-app-catalogs`, `beta-search`.
impl dyn crate::beta::requests::TeamsAppIconPath {
    /// Containment navigation property `hostedContent` (`microsoft.graph.teamworkHostedContent`).
    #[inline]
    pub fn hosted_content(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::AnyTeamworkHostedContent,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("hostedContent"))
    }
}
#[cfg(msgraph_beta_app_catalogs_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::TeamsAppIcon {
    const SEGMENT: &'static str = "microsoft.graph.teamsAppIcon";
}
#[cfg(msgraph_beta_core)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::beta::requests::TeamsAppInstallationPath {
    #[cfg(msgraph_beta_app_catalogs_or_search)]
    /// Navigation property `teamsApp` (`microsoft.graph.teamsApp`).
    ///
    /// Features: `beta` or `beta-search`.
    #[inline]
    pub fn teams_app(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::TeamsApp,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("teamsApp"))
    }
    #[cfg(msgraph_beta_app_catalogs_or_search)]
    /// Navigation property `teamsAppDefinition` (`microsoft.graph.teamsAppDefinition`).
    ///
    /// Features: `beta` or `beta-search`.
    #[inline]
    pub fn teams_app_definition(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::TeamsAppDefinition,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("teamsAppDefinition"))
    }
    /// `POST .../upgrade`: action `microsoft.graph.upgrade`.
    #[inline]
    pub fn upgrade(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("upgrade"),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::AnyTeamsAppInstallation {
    const SEGMENT: &'static str = "microsoft.graph.teamsAppInstallation";
}
#[cfg(msgraph_beta_core)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::beta::requests::TeamsAsyncOperationPath {
    /// Structural property `error` (`microsoft.graph.operationError`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn error(&self) -> crate::path::PropertyPath<crate::beta::OperationError> {
        crate::path::PropertyPath::new(self.node_target().segment("error"))
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::TeamsAsyncOperation {
    const SEGMENT: &'static str = "microsoft.graph.teamsAsyncOperation";
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::TeamsDeviceUsageDistributionUserCounts {
    const SEGMENT: &'static str = "microsoft.graph.teamsDeviceUsageDistributionUserCounts";
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::TeamsDeviceUsageUserCounts {
    const SEGMENT: &'static str = "microsoft.graph.teamsDeviceUsageUserCounts";
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::TeamsDeviceUsageUserDetail {
    const SEGMENT: &'static str = "microsoft.graph.teamsDeviceUsageUserDetail";
}
#[cfg(msgraph_beta_core)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::beta::requests::TeamsTabPath {
    /// Structural property `configuration` (`microsoft.graph.teamsTabConfiguration`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn configuration(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::TeamsTabConfiguration> {
        crate::path::PropertyPath::new(self.node_target().segment("configuration"))
    }
    #[cfg(msgraph_beta_app_catalogs_or_search)]
    /// Navigation property `teamsApp` (`microsoft.graph.teamsApp`).
    ///
    /// Features: `beta` or `beta-search`.
    #[inline]
    pub fn teams_app(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::TeamsApp,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("teamsApp"))
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::TeamsTab {
    const SEGMENT: &'static str = "microsoft.graph.teamsTab";
}
#[cfg(msgraph_beta_search_or_teams_templates)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::TeamsTemplate {
    const SEGMENT: &'static str = "microsoft.graph.teamsTemplate";
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::TeamsUserActivityCounts {
    const SEGMENT: &'static str = "microsoft.graph.teamsUserActivityCounts";
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::TeamsUserActivityDistributionUserCounts {
    const SEGMENT: &'static str = "microsoft.graph.teamsUserActivityDistributionUserCounts";
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::TeamsUserActivityUserCounts {
    const SEGMENT: &'static str = "microsoft.graph.teamsUserActivityUserCounts";
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::TeamsUserActivityUserDetail {
    const SEGMENT: &'static str = "microsoft.graph.teamsUserActivityUserDetail";
}
#[cfg(msgraph_beta_search_or_teamwork)]
/// Features: `beta`, or one of `beta-search`, `beta-teamwork`.
impl dyn crate::beta::requests::TeamworkPath {
    /// Containment navigation property `workforceIntegrations` (`microsoft.graph.workforceIntegration`).
    #[inline]
    pub fn workforce_integrations(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::WorkforceIntegration,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("workforceIntegrations"),
        )
    }
}
#[cfg(msgraph_beta_search_or_teamwork)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::Teamwork {
    const SEGMENT: &'static str = "microsoft.graph.teamwork";
}
#[cfg(msgraph_beta_app_catalogs_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::TeamworkBot {
    const SEGMENT: &'static str = "microsoft.graph.teamworkBot";
}
#[cfg(msgraph_beta_core_or_app_catalogs)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-app-catalogs`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::beta::requests::TeamworkHostedContentPath {
    /// The media content (`$value`) of this entity.
    #[inline]
    pub fn value(&self) -> crate::path::StreamPath {
        crate::path::StreamPath::new(self.node_target().segment("$value"))
    }
}
#[cfg(msgraph_beta_core_or_app_catalogs)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::AnyTeamworkHostedContent {
    const SEGMENT: &'static str = "microsoft.graph.teamworkHostedContent";
}
#[cfg(msgraph_beta_core)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::beta::requests::TeamworkTagPath {
    /// Containment navigation property `members` (`microsoft.graph.teamworkTagMember`).
    #[inline]
    pub fn members(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::TeamworkTagMember,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("members"))
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::TeamworkTag {
    const SEGMENT: &'static str = "microsoft.graph.teamworkTag";
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::TeamworkTagMember {
    const SEGMENT: &'static str = "microsoft.graph.teamworkTagMember";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::TelecomExpenseManagementPartner {
    const SEGMENT: &'static str = "microsoft.graph.telecomExpenseManagementPartner";
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyAuthenticationMethod>
for crate::beta::TemporaryAccessPassAuthenticationMethod {
    const SEGMENT: &'static str = "microsoft.graph.temporaryAccessPassAuthenticationMethod";
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::TemporaryAccessPassAuthenticationMethod {
    const SEGMENT: &'static str = "microsoft.graph.temporaryAccessPassAuthenticationMethod";
}
#[cfg(
    msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
/// Features: `beta`, or one of `beta-authentication-method-configurations`, `beta-authentication-methods-policy`, `beta-policies`, `beta-search`.
impl dyn crate::beta::requests::TemporaryAccessPassAuthenticationMethodConfigurationPath {
    /// Containment navigation property `includeTargets` (`microsoft.graph.authenticationMethodTarget`).
    #[inline]
    pub fn include_targets(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyAuthenticationMethodTarget,
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
for crate::beta::TemporaryAccessPassAuthenticationMethodConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.temporaryAccessPassAuthenticationMethodConfiguration";
}
#[cfg(
    msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::TemporaryAccessPassAuthenticationMethodConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.temporaryAccessPassAuthenticationMethodConfiguration";
}
#[cfg(msgraph_beta_tenant_relationships)]
/// Features: `beta` or `beta-tenant-relationships`.
impl dyn crate::beta::requests::TenantRelationshipPath {
    /// Containment navigation property `managedTenants` (`microsoft.graph.managedTenants.managedTenant`).
    #[inline]
    pub fn managed_tenants(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::managed_tenants::ManagedTenant,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("managedTenants"))
    }
}
#[cfg(msgraph_beta_privileged_signup_status_or_search)]
/// Features: `beta`, or one of `beta-privileged-signup-status`, `beta-search`.
impl dyn crate::beta::requests::TenantSetupInfoPath {
    #[cfg(
        msgraph_beta_privileged_approval_or_privileged_role_assignment_requests_or_privileged_role_assignments_and_2_more
    )]
    /// Navigation property `defaultRolesSettings` (`microsoft.graph.privilegedRoleSettings`).
    ///
    /// Features: `beta` or `beta-search`.
    #[inline]
    pub fn default_roles_settings(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::PrivilegedRoleSettings,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("defaultRolesSettings"))
    }
}
#[cfg(msgraph_beta_privileged_signup_status_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::TenantSetupInfo {
    const SEGMENT: &'static str = "microsoft.graph.tenantSetupInfo";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl dyn crate::beta::requests::TermsAndConditionsPath {
    /// Containment navigation property `acceptanceStatuses` (`microsoft.graph.termsAndConditionsAcceptanceStatus`).
    #[inline]
    pub fn acceptance_statuses(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::TermsAndConditionsAcceptanceStatus,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("acceptanceStatuses"),
        )
    }
    /// Containment navigation property `assignments` (`microsoft.graph.termsAndConditionsAssignment`).
    #[inline]
    pub fn assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::TermsAndConditionsAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("assignments"))
    }
    /// Containment navigation property `groupAssignments` (`microsoft.graph.termsAndConditionsGroupAssignment`).
    #[inline]
    pub fn group_assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::TermsAndConditionsGroupAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("groupAssignments"))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::TermsAndConditions {
    const SEGMENT: &'static str = "microsoft.graph.termsAndConditions";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl dyn crate::beta::requests::TermsAndConditionsAcceptanceStatusPath {
    /// Navigation property `termsAndConditions` (`microsoft.graph.termsAndConditions`).
    #[inline]
    pub fn terms_and_conditions(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::TermsAndConditions,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("termsAndConditions"))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::TermsAndConditionsAcceptanceStatus {
    const SEGMENT: &'static str = "microsoft.graph.termsAndConditionsAcceptanceStatus";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl dyn crate::beta::requests::TermsAndConditionsAssignmentPath {
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
for crate::beta::TermsAndConditionsAssignment {
    const SEGMENT: &'static str = "microsoft.graph.termsAndConditionsAssignment";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl dyn crate::beta::requests::TermsAndConditionsGroupAssignmentPath {
    /// Navigation property `termsAndConditions` (`microsoft.graph.termsAndConditions`).
    #[inline]
    pub fn terms_and_conditions(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::TermsAndConditions,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("termsAndConditions"))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::TermsAndConditionsGroupAssignment {
    const SEGMENT: &'static str = "microsoft.graph.termsAndConditionsGroupAssignment";
}
#[cfg(msgraph_beta_identity_governance_or_search)]
/// Features: `beta`, or one of `beta-identity-governance`, `beta-search`.
impl dyn crate::beta::requests::TermsOfUseContainerPath {
    /// Containment navigation property `agreementAcceptances` (`microsoft.graph.agreementAcceptance`).
    #[inline]
    pub fn agreement_acceptances(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AgreementAcceptance,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("agreementAcceptances"),
        )
    }
    /// Containment navigation property `agreements` (`microsoft.graph.agreement`).
    #[inline]
    pub fn agreements(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::Agreement,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("agreements"))
    }
}
#[cfg(msgraph_beta_identity_governance_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::TermsOfUseContainer {
    const SEGMENT: &'static str = "microsoft.graph.termsOfUseContainer";
}
#[cfg(msgraph_beta_data_classification_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::TextClassificationRequest {
    const SEGMENT: &'static str = "microsoft.graph.textClassificationRequest";
}
#[cfg(msgraph_beta_core_or_information_protection)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::beta::requests::ThreatAssessmentRequestPath {
    /// Structural property `createdBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn created_by(&self) -> crate::path::PropertyPath<crate::beta::IdentitySet> {
        crate::path::PropertyPath::new(self.node_target().segment("createdBy"))
    }
    /// Containment navigation property `results` (`microsoft.graph.threatAssessmentResult`).
    #[inline]
    pub fn results(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::ThreatAssessmentResult,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("results"))
    }
}
#[cfg(msgraph_beta_core_or_information_protection)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::AnyThreatAssessmentRequest {
    const SEGMENT: &'static str = "microsoft.graph.threatAssessmentRequest";
}
#[cfg(msgraph_beta_core_or_information_protection)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::ThreatAssessmentResult {
    const SEGMENT: &'static str = "microsoft.graph.threatAssessmentResult";
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::beta::requests::ThumbnailSetPath {
    /// Structural property `large` (`microsoft.graph.thumbnail`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn large(&self) -> crate::path::PropertyPath<crate::beta::Thumbnail> {
        crate::path::PropertyPath::new(self.node_target().segment("large"))
    }
    /// Structural property `medium` (`microsoft.graph.thumbnail`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn medium(&self) -> crate::path::PropertyPath<crate::beta::Thumbnail> {
        crate::path::PropertyPath::new(self.node_target().segment("medium"))
    }
    /// Structural property `small` (`microsoft.graph.thumbnail`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn small(&self) -> crate::path::PropertyPath<crate::beta::Thumbnail> {
        crate::path::PropertyPath::new(self.node_target().segment("small"))
    }
    /// Structural property `source` (`microsoft.graph.thumbnail`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn source(&self) -> crate::path::PropertyPath<crate::beta::Thumbnail> {
        crate::path::PropertyPath::new(self.node_target().segment("source"))
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::ThumbnailSet {
    const SEGMENT: &'static str = "microsoft.graph.thumbnailSet";
}
#[cfg(msgraph_beta_search_or_security)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::TiIndicator {
    const SEGMENT: &'static str = "microsoft.graph.tiIndicator";
}
#[cfg(msgraph_beta_search_or_security)]
/// Features: `beta`, or one of `beta-search`, `beta-security`.
impl<C> crate::path::CollectionPath<crate::beta::TiIndicator, C> {
    /// `POST .../deleteTiIndicators`: action `microsoft.graph.deleteTiIndicators`.
    pub fn delete_ti_indicators(
        &self,
        params: crate::beta::params::TiIndicatorCollectionDeleteTiIndicatorsParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::TiIndicatorCollectionDeleteTiIndicatorsParams,
        >,
        rt::request::Collection<crate::beta::ResultInfo>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("deleteTiIndicators"),
            rt::request::Json(params),
        )
    }
    /// `POST .../deleteTiIndicatorsByExternalId`: action `microsoft.graph.deleteTiIndicatorsByExternalId`.
    pub fn delete_ti_indicators_by_external_id(
        &self,
        params: crate::beta::params::TiIndicatorCollectionDeleteTiIndicatorsByExternalIdParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::TiIndicatorCollectionDeleteTiIndicatorsByExternalIdParams,
        >,
        rt::request::Collection<crate::beta::ResultInfo>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("deleteTiIndicatorsByExternalId"),
            rt::request::Json(params),
        )
    }
    /// `POST .../submitTiIndicators`: action `microsoft.graph.submitTiIndicators`.
    pub fn submit_ti_indicators(
        &self,
        params: crate::beta::params::TiIndicatorCollectionSubmitTiIndicatorsParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::TiIndicatorCollectionSubmitTiIndicatorsParams,
        >,
        rt::request::Collection<crate::beta::TiIndicator>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("submitTiIndicators"),
            rt::request::Json(params),
        )
    }
    /// `POST .../updateTiIndicators`: action `microsoft.graph.updateTiIndicators`.
    pub fn update_ti_indicators(
        &self,
        params: crate::beta::params::TiIndicatorCollectionUpdateTiIndicatorsParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::TiIndicatorCollectionUpdateTiIndicatorsParams,
        >,
        rt::request::Collection<crate::beta::TiIndicator>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("updateTiIndicators"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_beta_core)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::beta::requests::TimeCardPath {
    /// Structural property `clockInEvent` (`microsoft.graph.timeCardEvent`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn clock_in_event(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::TimeCardEvent> {
        crate::path::PropertyPath::new(self.node_target().segment("clockInEvent"))
    }
    /// Structural property `clockOutEvent` (`microsoft.graph.timeCardEvent`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn clock_out_event(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::TimeCardEvent> {
        crate::path::PropertyPath::new(self.node_target().segment("clockOutEvent"))
    }
    /// Structural property `notes` (`microsoft.graph.itemBody`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn notes(&self) -> crate::path::PropertyPath<crate::beta::ItemBody> {
        crate::path::PropertyPath::new(self.node_target().segment("notes"))
    }
    /// Structural property `originalEntry` (`microsoft.graph.timeCardEntry`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn original_entry(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::TimeCardEntry> {
        crate::path::PropertyPath::new(self.node_target().segment("originalEntry"))
    }
    /// `POST .../clockOut`: action `microsoft.graph.clockOut`.
    #[inline]
    pub fn clock_out(
        &self,
        params: crate::beta::params::TimeCardClockOutParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::TimeCardClockOutParams>,
        rt::request::Entity<crate::beta::TimeCard>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("clockOut"),
            rt::request::Json(params),
        )
    }
    /// `POST .../confirm`: action `microsoft.graph.confirm`.
    #[inline]
    pub fn confirm(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::beta::TimeCard>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("confirm"),
            rt::request::NoBody,
        )
    }
    /// `POST .../endBreak`: action `microsoft.graph.endBreak`.
    #[inline]
    pub fn end_break(
        &self,
        params: crate::beta::params::TimeCardEndBreakParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::TimeCardEndBreakParams>,
        rt::request::Entity<crate::beta::TimeCard>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("endBreak"),
            rt::request::Json(params),
        )
    }
    /// `POST .../startBreak`: action `microsoft.graph.startBreak`.
    #[inline]
    pub fn start_break(
        &self,
        params: crate::beta::params::TimeCardStartBreakParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::TimeCardStartBreakParams>,
        rt::request::Entity<crate::beta::TimeCard>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("startBreak"),
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
for crate::beta::TimeCard {
    const SEGMENT: &'static str = "microsoft.graph.timeCard";
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::TimeCard {
    const SEGMENT: &'static str = "microsoft.graph.timeCard";
}
#[cfg(msgraph_beta_core)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::CollectionPath<crate::beta::TimeCard, C> {
    /// `POST .../clockIn`: action `microsoft.graph.clockIn`.
    pub fn clock_in(
        &self,
        params: crate::beta::params::TimeCardCollectionClockInParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::TimeCardCollectionClockInParams>,
        rt::request::Entity<crate::beta::TimeCard>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("clockIn"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_beta_core)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::beta::requests::TimeOffPath {
    /// Structural property `draftTimeOff` (`microsoft.graph.timeOffItem`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn draft_time_off(&self) -> crate::path::PropertyPath<crate::beta::TimeOffItem> {
        crate::path::PropertyPath::new(self.node_target().segment("draftTimeOff"))
    }
    /// Structural property `sharedTimeOff` (`microsoft.graph.timeOffItem`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn shared_time_off(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::TimeOffItem> {
        crate::path::PropertyPath::new(self.node_target().segment("sharedTimeOff"))
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
for crate::beta::TimeOff {
    const SEGMENT: &'static str = "microsoft.graph.timeOff";
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::TimeOff {
    const SEGMENT: &'static str = "microsoft.graph.timeOff";
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyChangeTrackedEntity>
for crate::beta::TimeOffReason {
    const SEGMENT: &'static str = "microsoft.graph.timeOffReason";
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::TimeOffReason {
    const SEGMENT: &'static str = "microsoft.graph.timeOffReason";
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyScheduleChangeRequest>
for crate::beta::TimeOffRequest {
    const SEGMENT: &'static str = "microsoft.graph.timeOffRequest";
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyChangeTrackedEntity>
for crate::beta::TimeOffRequest {
    const SEGMENT: &'static str = "microsoft.graph.timeOffRequest";
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::TimeOffRequest {
    const SEGMENT: &'static str = "microsoft.graph.timeOffRequest";
}
#[cfg(msgraph_beta_core)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::beta::requests::TodoPath {
    /// Containment navigation property `lists` (`microsoft.graph.todoTaskList`).
    #[inline]
    pub fn lists(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::TodoTaskList,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("lists"))
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::Todo {
    const SEGMENT: &'static str = "microsoft.graph.todo";
}
#[cfg(msgraph_beta_core)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::beta::requests::TodoTaskPath {
    /// Structural property `body` (`microsoft.graph.itemBody`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn body(&self) -> crate::path::PropertyPath<crate::beta::ItemBody> {
        crate::path::PropertyPath::new(self.node_target().segment("body"))
    }
    /// Structural property `completedDateTime` (`microsoft.graph.dateTimeTimeZone`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn completed_date_time(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::DateTimeTimeZone> {
        crate::path::PropertyPath::new(self.node_target().segment("completedDateTime"))
    }
    /// Structural property `dueDateTime` (`microsoft.graph.dateTimeTimeZone`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn due_date_time(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::DateTimeTimeZone> {
        crate::path::PropertyPath::new(self.node_target().segment("dueDateTime"))
    }
    /// Structural property `recurrence` (`microsoft.graph.patternedRecurrence`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn recurrence(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::PatternedRecurrence> {
        crate::path::PropertyPath::new(self.node_target().segment("recurrence"))
    }
    /// Structural property `reminderDateTime` (`microsoft.graph.dateTimeTimeZone`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn reminder_date_time(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::DateTimeTimeZone> {
        crate::path::PropertyPath::new(self.node_target().segment("reminderDateTime"))
    }
    /// Containment navigation property `extensions` (`microsoft.graph.extension`).
    #[inline]
    pub fn extensions(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyExtension,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("extensions"))
    }
    /// Containment navigation property `linkedResources` (`microsoft.graph.linkedResource`).
    #[inline]
    pub fn linked_resources(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::LinkedResource,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("linkedResources"))
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::TodoTask {
    const SEGMENT: &'static str = "microsoft.graph.todoTask";
}
#[cfg(msgraph_beta_core)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::CollectionPath<crate::beta::TodoTask, C> {
    /// `GET .../delta`: function `microsoft.graph.delta`.
    pub fn delta(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::TodoTask>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.target().function("delta", &[]),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_beta_core)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::beta::requests::TodoTaskListPath {
    /// Containment navigation property `extensions` (`microsoft.graph.extension`).
    #[inline]
    pub fn extensions(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyExtension,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("extensions"))
    }
    /// Containment navigation property `tasks` (`microsoft.graph.todoTask`).
    #[inline]
    pub fn tasks(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::TodoTask,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("tasks"))
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::TodoTaskList {
    const SEGMENT: &'static str = "microsoft.graph.todoTaskList";
}
#[cfg(msgraph_beta_core)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::CollectionPath<crate::beta::TodoTaskList, C> {
    /// `GET .../delta`: function `microsoft.graph.delta`.
    pub fn delta(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::TodoTaskList>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.target().function("delta", &[]),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyStsPolicy>
for crate::beta::TokenIssuancePolicy {
    const SEGMENT: &'static str = "microsoft.graph.tokenIssuancePolicy";
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyPolicyBase>
for crate::beta::TokenIssuancePolicy {
    const SEGMENT: &'static str = "microsoft.graph.tokenIssuancePolicy";
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyDirectoryObject>
for crate::beta::TokenIssuancePolicy {
    const SEGMENT: &'static str = "microsoft.graph.tokenIssuancePolicy";
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::TokenIssuancePolicy {
    const SEGMENT: &'static str = "microsoft.graph.tokenIssuancePolicy";
}
#[cfg(msgraph_beta_core)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::CollectionPath<crate::beta::TokenIssuancePolicy, C> {
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
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyStsPolicy>
for crate::beta::TokenLifetimePolicy {
    const SEGMENT: &'static str = "microsoft.graph.tokenLifetimePolicy";
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyPolicyBase>
for crate::beta::TokenLifetimePolicy {
    const SEGMENT: &'static str = "microsoft.graph.tokenLifetimePolicy";
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyDirectoryObject>
for crate::beta::TokenLifetimePolicy {
    const SEGMENT: &'static str = "microsoft.graph.tokenLifetimePolicy";
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::TokenLifetimePolicy {
    const SEGMENT: &'static str = "microsoft.graph.tokenLifetimePolicy";
}
#[cfg(msgraph_beta_core)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::CollectionPath<crate::beta::TokenLifetimePolicy, C> {
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
#[cfg(msgraph_beta_core)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::beta::requests::TrendingPath {
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
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::Trending {
    const SEGMENT: &'static str = "microsoft.graph.trending";
}
#[cfg(msgraph_beta_trust_framework)]
/// Features: `beta` or `beta-trust-framework`.
impl dyn crate::beta::requests::TrustFrameworkPath {
    /// Containment navigation property `keySets` (`microsoft.graph.trustFrameworkKeySet`).
    #[inline]
    pub fn key_sets(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::TrustFrameworkKeySet,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("keySets"))
    }
    /// Containment navigation property `policies` (`microsoft.graph.trustFrameworkPolicy`).
    #[inline]
    pub fn policies(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::TrustFrameworkPolicy,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("policies"))
    }
}
#[cfg(msgraph_beta_search_or_trust_framework)]
/// Features: `beta`, or one of `beta-search`, `beta-trust-framework`.
impl dyn crate::beta::requests::TrustFrameworkKeySetPath {
    /// `POST .../generateKey`: action `microsoft.graph.generateKey`.
    #[inline]
    pub fn generate_key(
        &self,
        params: crate::beta::params::TrustFrameworkKeySetGenerateKeyParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::TrustFrameworkKeySetGenerateKeyParams>,
        rt::request::Entity<crate::beta::TrustFrameworkKey>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("generateKey"),
            rt::request::Json(params),
        )
    }
    /// `GET .../getActiveKey`: function `microsoft.graph.getActiveKey`.
    #[inline]
    pub fn get_active_key(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::beta::TrustFrameworkKey>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.node_target().function("getActiveKey", &[]),
            rt::request::NoBody,
        )
    }
    /// `POST .../uploadCertificate`: action `microsoft.graph.uploadCertificate`.
    #[inline]
    pub fn upload_certificate(
        &self,
        params: crate::beta::params::TrustFrameworkKeySetUploadCertificateParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::TrustFrameworkKeySetUploadCertificateParams,
        >,
        rt::request::Entity<crate::beta::TrustFrameworkKey>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("uploadCertificate"),
            rt::request::Json(params),
        )
    }
    /// `POST .../uploadPkcs12`: action `microsoft.graph.uploadPkcs12`.
    #[inline]
    pub fn upload_pkcs12(
        &self,
        params: crate::beta::params::TrustFrameworkKeySetUploadPkcs12Params,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::TrustFrameworkKeySetUploadPkcs12Params>,
        rt::request::Entity<crate::beta::TrustFrameworkKey>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("uploadPkcs12"),
            rt::request::Json(params),
        )
    }
    /// `POST .../uploadSecret`: action `microsoft.graph.uploadSecret`.
    #[inline]
    pub fn upload_secret(
        &self,
        params: crate::beta::params::TrustFrameworkKeySetUploadSecretParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::TrustFrameworkKeySetUploadSecretParams>,
        rt::request::Entity<crate::beta::TrustFrameworkKey>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("uploadSecret"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_beta_search_or_trust_framework)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::TrustFrameworkKeySet {
    const SEGMENT: &'static str = "microsoft.graph.trustFrameworkKeySet";
}
#[cfg(msgraph_beta_search_or_trust_framework)]
/// Features: `beta`, or one of `beta-search`, `beta-trust-framework`.
impl dyn crate::beta::requests::TrustFrameworkPolicyPath {
    /// The media content (`$value`) of this entity.
    #[inline]
    pub fn value(&self) -> crate::path::StreamPath {
        crate::path::StreamPath::new(self.node_target().segment("$value"))
    }
}
#[cfg(msgraph_beta_search_or_trust_framework)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::TrustFrameworkPolicy {
    const SEGMENT: &'static str = "microsoft.graph.trustFrameworkPolicy";
}
#[cfg(msgraph_beta_compliance_or_search)]
/// Features: `beta`, or one of `beta-compliance`, `beta-search`.
impl dyn crate::beta::requests::ediscovery::TagPath {
    /// Structural property `createdBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn created_by(&self) -> crate::path::PropertyPath<crate::beta::IdentitySet> {
        crate::path::PropertyPath::new(self.node_target().segment("createdBy"))
    }
    /// Navigation property `childTags` (`microsoft.graph.ediscovery.tag`).
    #[inline]
    pub fn child_tags(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::ediscovery::Tag,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("childTags"))
    }
    /// Navigation property `parent` (`microsoft.graph.ediscovery.tag`).
    #[inline]
    pub fn parent(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::ediscovery::Tag,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("parent"))
    }
}
#[cfg(msgraph_beta_compliance_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::ediscovery::Tag {
    const SEGMENT: &'static str = "microsoft.graph.ediscovery.tag";
}
#[cfg(msgraph_beta_compliance_or_search)]
/// Features: `beta`, or one of `beta-compliance`, `beta-search`.
impl<C> crate::path::CollectionPath<crate::beta::ediscovery::Tag, C> {
    /// `GET .../microsoft.graph.ediscovery.asHierarchy`: function `microsoft.graph.ediscovery.asHierarchy`.
    pub fn as_hierarchy(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::ediscovery::Tag>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.target().function("microsoft.graph.ediscovery.asHierarchy", &[]),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_beta_compliance_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::ediscovery::AnyCaseOperation>
for crate::beta::ediscovery::TagOperation {
    const SEGMENT: &'static str = "microsoft.graph.ediscovery.tagOperation";
}
#[cfg(msgraph_beta_compliance_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::ediscovery::TagOperation {
    const SEGMENT: &'static str = "microsoft.graph.ediscovery.tagOperation";
}
#[cfg(msgraph_beta_core_or_shares_or_sites_or_term_store)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 13 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::beta::requests::term_store::TermPath {
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
}
#[cfg(msgraph_beta_core_or_shares_or_sites_or_term_store)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::term_store::Term {
    const SEGMENT: &'static str = "microsoft.graph.termStore.term";
}
#[cfg(msgraph_beta_role_management_or_search)]
/// Features: `beta`, or one of `beta-role-management`, `beta-search`.
impl dyn crate::beta::requests::UnifiedRbacResourceActionPath {
    /// Containment navigation property `resourceScope` (`microsoft.graph.unifiedRbacResourceScope`).
    #[inline]
    pub fn resource_scope(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::UnifiedRbacResourceScope,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("resourceScope"))
    }
}
#[cfg(msgraph_beta_role_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::UnifiedRbacResourceAction {
    const SEGMENT: &'static str = "microsoft.graph.unifiedRbacResourceAction";
}
#[cfg(msgraph_beta_role_management_or_search)]
/// Features: `beta`, or one of `beta-role-management`, `beta-search`.
impl dyn crate::beta::requests::UnifiedRbacResourceNamespacePath {
    /// Containment navigation property `resourceActions` (`microsoft.graph.unifiedRbacResourceAction`).
    #[inline]
    pub fn resource_actions(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::UnifiedRbacResourceAction,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("resourceActions"))
    }
    /// `POST .../importResourceActions`: action `microsoft.graph.importResourceActions`.
    #[inline]
    pub fn import_resource_actions(
        &self,
        params: crate::beta::params::UnifiedRbacResourceNamespaceImportResourceActionsParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::UnifiedRbacResourceNamespaceImportResourceActionsParams,
        >,
        rt::request::Entity<crate::beta::UnifiedRbacResourceNamespace>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("importResourceActions"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_beta_role_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::UnifiedRbacResourceNamespace {
    const SEGMENT: &'static str = "microsoft.graph.unifiedRbacResourceNamespace";
}
#[cfg(msgraph_beta_role_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::UnifiedRbacResourceScope {
    const SEGMENT: &'static str = "microsoft.graph.unifiedRbacResourceScope";
}
#[cfg(msgraph_beta_role_management_or_search)]
/// Features: `beta`, or one of `beta-role-management`, `beta-search`.
impl dyn crate::beta::requests::UnifiedRoleAssignmentPath {
    /// Containment navigation property `appScope` (`microsoft.graph.appScope`).
    #[inline]
    pub fn app_scope(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::AppScope,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("appScope"))
    }
    #[cfg(msgraph_beta_core)]
    /// Navigation property `directoryScope` (`microsoft.graph.directoryObject`).
    ///
    /// Features: `beta` or `beta-search`.
    #[inline]
    pub fn directory_scope(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::AnyDirectoryObject,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("directoryScope"))
    }
    #[cfg(msgraph_beta_core)]
    /// Navigation property `principal` (`microsoft.graph.directoryObject`).
    ///
    /// Features: `beta` or `beta-search`.
    #[inline]
    pub fn principal(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::AnyDirectoryObject,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("principal"))
    }
    /// Navigation property `roleDefinition` (`microsoft.graph.unifiedRoleDefinition`).
    #[inline]
    pub fn role_definition(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::UnifiedRoleDefinition,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("roleDefinition"))
    }
}
#[cfg(msgraph_beta_role_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::UnifiedRoleAssignment {
    const SEGMENT: &'static str = "microsoft.graph.unifiedRoleAssignment";
}
#[cfg(msgraph_beta_role_management_or_search)]
/// Features: `beta`, or one of `beta-role-management`, `beta-search`.
impl dyn crate::beta::requests::UnifiedRoleAssignmentMultiplePath {
    /// Containment navigation property `appScopes` (`microsoft.graph.appScope`).
    #[inline]
    pub fn app_scopes(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AppScope,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("appScopes"))
    }
    #[cfg(msgraph_beta_core)]
    /// Navigation property `directoryScopes` (`microsoft.graph.directoryObject`).
    ///
    /// Features: `beta` or `beta-search`.
    #[inline]
    pub fn directory_scopes(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyDirectoryObject,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("directoryScopes"))
    }
    #[cfg(msgraph_beta_core)]
    /// Navigation property `principals` (`microsoft.graph.directoryObject`).
    ///
    /// Features: `beta` or `beta-search`.
    #[inline]
    pub fn principals(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyDirectoryObject,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("principals"))
    }
    /// Navigation property `roleDefinition` (`microsoft.graph.unifiedRoleDefinition`).
    #[inline]
    pub fn role_definition(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::UnifiedRoleDefinition,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("roleDefinition"))
    }
}
#[cfg(msgraph_beta_role_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::UnifiedRoleAssignmentMultiple {
    const SEGMENT: &'static str = "microsoft.graph.unifiedRoleAssignmentMultiple";
}
#[cfg(msgraph_beta_role_management_or_search)]
/// Features: `beta`, or one of `beta-role-management`, `beta-search`.
impl dyn crate::beta::requests::UnifiedRoleAssignmentSchedulePath {
    /// Structural property `scheduleInfo` (`microsoft.graph.requestSchedule`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn schedule_info(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::RequestSchedule> {
        crate::path::PropertyPath::new(self.node_target().segment("scheduleInfo"))
    }
    /// Navigation property `activatedUsing` (`microsoft.graph.unifiedRoleEligibilitySchedule`).
    #[inline]
    pub fn activated_using(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::UnifiedRoleEligibilitySchedule,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("activatedUsing"))
    }
    /// Navigation property `appScope` (`microsoft.graph.appScope`).
    #[inline]
    pub fn app_scope(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::AppScope,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("appScope"))
    }
    #[cfg(msgraph_beta_core)]
    /// Navigation property `directoryScope` (`microsoft.graph.directoryObject`).
    ///
    /// Features: `beta` or `beta-search`.
    #[inline]
    pub fn directory_scope(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::AnyDirectoryObject,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("directoryScope"))
    }
    #[cfg(msgraph_beta_core)]
    /// Navigation property `principal` (`microsoft.graph.directoryObject`).
    ///
    /// Features: `beta` or `beta-search`.
    #[inline]
    pub fn principal(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::AnyDirectoryObject,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("principal"))
    }
    /// Navigation property `roleDefinition` (`microsoft.graph.unifiedRoleDefinition`).
    #[inline]
    pub fn role_definition(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::UnifiedRoleDefinition,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("roleDefinition"))
    }
}
#[cfg(msgraph_beta_role_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyUnifiedRoleScheduleBase>
for crate::beta::UnifiedRoleAssignmentSchedule {
    const SEGMENT: &'static str = "microsoft.graph.unifiedRoleAssignmentSchedule";
}
#[cfg(msgraph_beta_role_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::UnifiedRoleAssignmentSchedule {
    const SEGMENT: &'static str = "microsoft.graph.unifiedRoleAssignmentSchedule";
}
#[cfg(msgraph_beta_role_management_or_search)]
/// Features: `beta`, or one of `beta-role-management`, `beta-search`.
impl<C> crate::path::CollectionPath<crate::beta::UnifiedRoleAssignmentSchedule, C> {
    /// `GET .../filterByCurrentUser`: function `microsoft.graph.filterByCurrentUser`.
    pub fn filter_by_current_user(
        &self,
        on: &crate::beta::RoleAssignmentScheduleFilterByCurrentUserOptions,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::UnifiedRoleAssignmentSchedule>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .target()
                .function(
                    "filterByCurrentUser",
                    &[
                        (
                            "on",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(on),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_beta_role_management_or_search)]
/// Features: `beta`, or one of `beta-role-management`, `beta-search`.
impl dyn crate::beta::requests::UnifiedRoleAssignmentScheduleInstancePath {
    /// Navigation property `activatedUsing` (`microsoft.graph.unifiedRoleEligibilityScheduleInstance`).
    #[inline]
    pub fn activated_using(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::UnifiedRoleEligibilityScheduleInstance,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("activatedUsing"))
    }
    /// Navigation property `appScope` (`microsoft.graph.appScope`).
    #[inline]
    pub fn app_scope(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::AppScope,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("appScope"))
    }
    #[cfg(msgraph_beta_core)]
    /// Navigation property `directoryScope` (`microsoft.graph.directoryObject`).
    ///
    /// Features: `beta` or `beta-search`.
    #[inline]
    pub fn directory_scope(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::AnyDirectoryObject,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("directoryScope"))
    }
    #[cfg(msgraph_beta_core)]
    /// Navigation property `principal` (`microsoft.graph.directoryObject`).
    ///
    /// Features: `beta` or `beta-search`.
    #[inline]
    pub fn principal(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::AnyDirectoryObject,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("principal"))
    }
    /// Navigation property `roleDefinition` (`microsoft.graph.unifiedRoleDefinition`).
    #[inline]
    pub fn role_definition(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::UnifiedRoleDefinition,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("roleDefinition"))
    }
}
#[cfg(msgraph_beta_role_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyUnifiedRoleScheduleInstanceBase>
for crate::beta::UnifiedRoleAssignmentScheduleInstance {
    const SEGMENT: &'static str = "microsoft.graph.unifiedRoleAssignmentScheduleInstance";
}
#[cfg(msgraph_beta_role_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::UnifiedRoleAssignmentScheduleInstance {
    const SEGMENT: &'static str = "microsoft.graph.unifiedRoleAssignmentScheduleInstance";
}
#[cfg(msgraph_beta_role_management_or_search)]
/// Features: `beta`, or one of `beta-role-management`, `beta-search`.
impl<
    C,
> crate::path::CollectionPath<crate::beta::UnifiedRoleAssignmentScheduleInstance, C> {
    /// `GET .../filterByCurrentUser`: function `microsoft.graph.filterByCurrentUser`.
    pub fn filter_by_current_user(
        &self,
        on: &crate::beta::RoleAssignmentScheduleInstanceFilterByCurrentUserOptions,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::UnifiedRoleAssignmentScheduleInstance>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .target()
                .function(
                    "filterByCurrentUser",
                    &[
                        (
                            "on",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(on),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_beta_role_management_or_search)]
/// Features: `beta`, or one of `beta-role-management`, `beta-search`.
impl dyn crate::beta::requests::UnifiedRoleAssignmentScheduleRequestPath {
    /// Structural property `scheduleInfo` (`microsoft.graph.requestSchedule`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn schedule_info(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::RequestSchedule> {
        crate::path::PropertyPath::new(self.node_target().segment("scheduleInfo"))
    }
    /// Structural property `ticketInfo` (`microsoft.graph.ticketInfo`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn ticket_info(&self) -> crate::path::PropertyPath<crate::beta::TicketInfo> {
        crate::path::PropertyPath::new(self.node_target().segment("ticketInfo"))
    }
    /// Navigation property `activatedUsing` (`microsoft.graph.unifiedRoleEligibilitySchedule`).
    #[inline]
    pub fn activated_using(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::UnifiedRoleEligibilitySchedule,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("activatedUsing"))
    }
    /// Navigation property `appScope` (`microsoft.graph.appScope`).
    #[inline]
    pub fn app_scope(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::AppScope,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("appScope"))
    }
    #[cfg(msgraph_beta_core)]
    /// Navigation property `directoryScope` (`microsoft.graph.directoryObject`).
    ///
    /// Features: `beta` or `beta-search`.
    #[inline]
    pub fn directory_scope(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::AnyDirectoryObject,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("directoryScope"))
    }
    #[cfg(msgraph_beta_core)]
    /// Navigation property `principal` (`microsoft.graph.directoryObject`).
    ///
    /// Features: `beta` or `beta-search`.
    #[inline]
    pub fn principal(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::AnyDirectoryObject,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("principal"))
    }
    /// Navigation property `roleDefinition` (`microsoft.graph.unifiedRoleDefinition`).
    #[inline]
    pub fn role_definition(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::UnifiedRoleDefinition,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("roleDefinition"))
    }
    /// Navigation property `targetSchedule` (`microsoft.graph.unifiedRoleAssignmentSchedule`).
    #[inline]
    pub fn target_schedule(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::UnifiedRoleAssignmentSchedule,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("targetSchedule"))
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
#[cfg(msgraph_beta_role_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyRequest>
for crate::beta::UnifiedRoleAssignmentScheduleRequest {
    const SEGMENT: &'static str = "microsoft.graph.unifiedRoleAssignmentScheduleRequest";
}
#[cfg(msgraph_beta_role_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::UnifiedRoleAssignmentScheduleRequest {
    const SEGMENT: &'static str = "microsoft.graph.unifiedRoleAssignmentScheduleRequest";
}
#[cfg(msgraph_beta_role_management_or_search)]
/// Features: `beta`, or one of `beta-role-management`, `beta-search`.
impl<
    C,
> crate::path::CollectionPath<crate::beta::UnifiedRoleAssignmentScheduleRequest, C> {
    /// `GET .../filterByCurrentUser`: function `microsoft.graph.filterByCurrentUser`.
    pub fn filter_by_current_user(
        &self,
        on: &crate::beta::RoleAssignmentScheduleRequestFilterByCurrentUserOptions,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::UnifiedRoleAssignmentScheduleRequest>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .target()
                .function(
                    "filterByCurrentUser",
                    &[
                        (
                            "on",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(on),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_beta_role_management_or_search)]
/// Features: `beta`, or one of `beta-role-management`, `beta-search`.
impl dyn crate::beta::requests::UnifiedRoleDefinitionPath {
    /// Containment navigation property `inheritsPermissionsFrom` (`microsoft.graph.unifiedRoleDefinition`).
    #[inline]
    pub fn inherits_permissions_from(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::UnifiedRoleDefinition,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("inheritsPermissionsFrom"),
        )
    }
}
#[cfg(msgraph_beta_role_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::UnifiedRoleDefinition {
    const SEGMENT: &'static str = "microsoft.graph.unifiedRoleDefinition";
}
#[cfg(msgraph_beta_role_management_or_search)]
/// Features: `beta`, or one of `beta-role-management`, `beta-search`.
impl dyn crate::beta::requests::UnifiedRoleEligibilitySchedulePath {
    /// Structural property `scheduleInfo` (`microsoft.graph.requestSchedule`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn schedule_info(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::RequestSchedule> {
        crate::path::PropertyPath::new(self.node_target().segment("scheduleInfo"))
    }
    /// Navigation property `appScope` (`microsoft.graph.appScope`).
    #[inline]
    pub fn app_scope(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::AppScope,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("appScope"))
    }
    #[cfg(msgraph_beta_core)]
    /// Navigation property `directoryScope` (`microsoft.graph.directoryObject`).
    ///
    /// Features: `beta` or `beta-search`.
    #[inline]
    pub fn directory_scope(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::AnyDirectoryObject,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("directoryScope"))
    }
    #[cfg(msgraph_beta_core)]
    /// Navigation property `principal` (`microsoft.graph.directoryObject`).
    ///
    /// Features: `beta` or `beta-search`.
    #[inline]
    pub fn principal(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::AnyDirectoryObject,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("principal"))
    }
    /// Navigation property `roleDefinition` (`microsoft.graph.unifiedRoleDefinition`).
    #[inline]
    pub fn role_definition(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::UnifiedRoleDefinition,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("roleDefinition"))
    }
}
#[cfg(msgraph_beta_role_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyUnifiedRoleScheduleBase>
for crate::beta::UnifiedRoleEligibilitySchedule {
    const SEGMENT: &'static str = "microsoft.graph.unifiedRoleEligibilitySchedule";
}
#[cfg(msgraph_beta_role_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::UnifiedRoleEligibilitySchedule {
    const SEGMENT: &'static str = "microsoft.graph.unifiedRoleEligibilitySchedule";
}
#[cfg(msgraph_beta_role_management_or_search)]
/// Features: `beta`, or one of `beta-role-management`, `beta-search`.
impl<C> crate::path::CollectionPath<crate::beta::UnifiedRoleEligibilitySchedule, C> {
    /// `GET .../filterByCurrentUser`: function `microsoft.graph.filterByCurrentUser`.
    pub fn filter_by_current_user(
        &self,
        on: &crate::beta::RoleEligibilityScheduleFilterByCurrentUserOptions,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::UnifiedRoleEligibilitySchedule>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .target()
                .function(
                    "filterByCurrentUser",
                    &[
                        (
                            "on",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(on),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_beta_role_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyUnifiedRoleScheduleInstanceBase>
for crate::beta::UnifiedRoleEligibilityScheduleInstance {
    const SEGMENT: &'static str = "microsoft.graph.unifiedRoleEligibilityScheduleInstance";
}
#[cfg(msgraph_beta_role_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::UnifiedRoleEligibilityScheduleInstance {
    const SEGMENT: &'static str = "microsoft.graph.unifiedRoleEligibilityScheduleInstance";
}
#[cfg(msgraph_beta_role_management_or_search)]
/// Features: `beta`, or one of `beta-role-management`, `beta-search`.
impl<
    C,
> crate::path::CollectionPath<crate::beta::UnifiedRoleEligibilityScheduleInstance, C> {
    /// `GET .../filterByCurrentUser`: function `microsoft.graph.filterByCurrentUser`.
    pub fn filter_by_current_user(
        &self,
        on: &crate::beta::RoleEligibilityScheduleInstanceFilterByCurrentUserOptions,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::UnifiedRoleEligibilityScheduleInstance>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .target()
                .function(
                    "filterByCurrentUser",
                    &[
                        (
                            "on",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(on),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_beta_role_management_or_search)]
/// Features: `beta`, or one of `beta-role-management`, `beta-search`.
impl dyn crate::beta::requests::UnifiedRoleEligibilityScheduleRequestPath {
    /// Structural property `scheduleInfo` (`microsoft.graph.requestSchedule`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn schedule_info(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::RequestSchedule> {
        crate::path::PropertyPath::new(self.node_target().segment("scheduleInfo"))
    }
    /// Structural property `ticketInfo` (`microsoft.graph.ticketInfo`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn ticket_info(&self) -> crate::path::PropertyPath<crate::beta::TicketInfo> {
        crate::path::PropertyPath::new(self.node_target().segment("ticketInfo"))
    }
    /// Navigation property `appScope` (`microsoft.graph.appScope`).
    #[inline]
    pub fn app_scope(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::AppScope,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("appScope"))
    }
    #[cfg(msgraph_beta_core)]
    /// Navigation property `directoryScope` (`microsoft.graph.directoryObject`).
    ///
    /// Features: `beta` or `beta-search`.
    #[inline]
    pub fn directory_scope(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::AnyDirectoryObject,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("directoryScope"))
    }
    #[cfg(msgraph_beta_core)]
    /// Navigation property `principal` (`microsoft.graph.directoryObject`).
    ///
    /// Features: `beta` or `beta-search`.
    #[inline]
    pub fn principal(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::AnyDirectoryObject,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("principal"))
    }
    /// Navigation property `roleDefinition` (`microsoft.graph.unifiedRoleDefinition`).
    #[inline]
    pub fn role_definition(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::UnifiedRoleDefinition,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("roleDefinition"))
    }
    /// Navigation property `targetSchedule` (`microsoft.graph.unifiedRoleEligibilitySchedule`).
    #[inline]
    pub fn target_schedule(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::UnifiedRoleEligibilitySchedule,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("targetSchedule"))
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
#[cfg(msgraph_beta_role_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyRequest>
for crate::beta::UnifiedRoleEligibilityScheduleRequest {
    const SEGMENT: &'static str = "microsoft.graph.unifiedRoleEligibilityScheduleRequest";
}
#[cfg(msgraph_beta_role_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::UnifiedRoleEligibilityScheduleRequest {
    const SEGMENT: &'static str = "microsoft.graph.unifiedRoleEligibilityScheduleRequest";
}
#[cfg(msgraph_beta_role_management_or_search)]
/// Features: `beta`, or one of `beta-role-management`, `beta-search`.
impl<
    C,
> crate::path::CollectionPath<crate::beta::UnifiedRoleEligibilityScheduleRequest, C> {
    /// `GET .../filterByCurrentUser`: function `microsoft.graph.filterByCurrentUser`.
    pub fn filter_by_current_user(
        &self,
        on: &crate::beta::RoleEligibilityScheduleRequestFilterByCurrentUserOptions,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::UnifiedRoleEligibilityScheduleRequest>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .target()
                .function(
                    "filterByCurrentUser",
                    &[
                        (
                            "on",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(on),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_beta_policies_or_search)]
/// Features: `beta`, or one of `beta-policies`, `beta-search`.
impl dyn crate::beta::requests::UnifiedRoleManagementPolicyPath {
    /// Structural property `lastModifiedBy` (`microsoft.graph.identity`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn last_modified_by(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::AnyIdentity> {
        crate::path::PropertyPath::new(self.node_target().segment("lastModifiedBy"))
    }
    /// Containment navigation property `effectiveRules` (`microsoft.graph.unifiedRoleManagementPolicyRule`).
    #[inline]
    pub fn effective_rules(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyUnifiedRoleManagementPolicyRule,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("effectiveRules"))
    }
    /// Containment navigation property `rules` (`microsoft.graph.unifiedRoleManagementPolicyRule`).
    #[inline]
    pub fn rules(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyUnifiedRoleManagementPolicyRule,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("rules"))
    }
}
#[cfg(msgraph_beta_policies_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::UnifiedRoleManagementPolicy {
    const SEGMENT: &'static str = "microsoft.graph.unifiedRoleManagementPolicy";
}
#[cfg(msgraph_beta_policies_or_search)]
/// Features: `beta`, or one of `beta-policies`, `beta-search`.
impl dyn crate::beta::requests::UnifiedRoleManagementPolicyApprovalRulePath {
    /// Structural property `setting` (`microsoft.graph.approvalSettings`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn setting(&self) -> crate::path::PropertyPath<crate::beta::ApprovalSettings> {
        crate::path::PropertyPath::new(self.node_target().segment("setting"))
    }
    /// Structural property `target` (`microsoft.graph.unifiedRoleManagementPolicyRuleTarget`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn target_2(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::UnifiedRoleManagementPolicyRuleTarget> {
        crate::path::PropertyPath::new(self.node_target().segment("target"))
    }
}
#[cfg(msgraph_beta_policies_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyUnifiedRoleManagementPolicyRule>
for crate::beta::UnifiedRoleManagementPolicyApprovalRule {
    const SEGMENT: &'static str = "microsoft.graph.unifiedRoleManagementPolicyApprovalRule";
}
#[cfg(msgraph_beta_policies_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::UnifiedRoleManagementPolicyApprovalRule {
    const SEGMENT: &'static str = "microsoft.graph.unifiedRoleManagementPolicyApprovalRule";
}
#[cfg(msgraph_beta_policies_or_search)]
/// Features: `beta`, or one of `beta-policies`, `beta-search`.
impl dyn crate::beta::requests::UnifiedRoleManagementPolicyAssignmentPath {
    /// Navigation property `policy` (`microsoft.graph.unifiedRoleManagementPolicy`).
    #[inline]
    pub fn policy(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::UnifiedRoleManagementPolicy,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("policy"))
    }
}
#[cfg(msgraph_beta_policies_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::UnifiedRoleManagementPolicyAssignment {
    const SEGMENT: &'static str = "microsoft.graph.unifiedRoleManagementPolicyAssignment";
}
#[cfg(msgraph_beta_policies_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyUnifiedRoleManagementPolicyRule>
for crate::beta::UnifiedRoleManagementPolicyAuthenticationContextRule {
    const SEGMENT: &'static str = "microsoft.graph.unifiedRoleManagementPolicyAuthenticationContextRule";
}
#[cfg(msgraph_beta_policies_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::UnifiedRoleManagementPolicyAuthenticationContextRule {
    const SEGMENT: &'static str = "microsoft.graph.unifiedRoleManagementPolicyAuthenticationContextRule";
}
#[cfg(msgraph_beta_policies_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyUnifiedRoleManagementPolicyRule>
for crate::beta::UnifiedRoleManagementPolicyEnablementRule {
    const SEGMENT: &'static str = "microsoft.graph.unifiedRoleManagementPolicyEnablementRule";
}
#[cfg(msgraph_beta_policies_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::UnifiedRoleManagementPolicyEnablementRule {
    const SEGMENT: &'static str = "microsoft.graph.unifiedRoleManagementPolicyEnablementRule";
}
#[cfg(msgraph_beta_policies_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyUnifiedRoleManagementPolicyRule>
for crate::beta::UnifiedRoleManagementPolicyExpirationRule {
    const SEGMENT: &'static str = "microsoft.graph.unifiedRoleManagementPolicyExpirationRule";
}
#[cfg(msgraph_beta_policies_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::UnifiedRoleManagementPolicyExpirationRule {
    const SEGMENT: &'static str = "microsoft.graph.unifiedRoleManagementPolicyExpirationRule";
}
#[cfg(msgraph_beta_policies_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyUnifiedRoleManagementPolicyRule>
for crate::beta::UnifiedRoleManagementPolicyNotificationRule {
    const SEGMENT: &'static str = "microsoft.graph.unifiedRoleManagementPolicyNotificationRule";
}
#[cfg(msgraph_beta_policies_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::UnifiedRoleManagementPolicyNotificationRule {
    const SEGMENT: &'static str = "microsoft.graph.unifiedRoleManagementPolicyNotificationRule";
}
#[cfg(msgraph_beta_policies_or_search)]
/// Features: `beta`, or one of `beta-policies`, `beta-search`.
impl dyn crate::beta::requests::UnifiedRoleManagementPolicyRulePath {
    /// Structural property `target` (`microsoft.graph.unifiedRoleManagementPolicyRuleTarget`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn target_2(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::UnifiedRoleManagementPolicyRuleTarget> {
        crate::path::PropertyPath::new(self.node_target().segment("target"))
    }
}
#[cfg(msgraph_beta_policies_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::AnyUnifiedRoleManagementPolicyRule {
    const SEGMENT: &'static str = "microsoft.graph.unifiedRoleManagementPolicyRule";
}
#[cfg(msgraph_beta_role_management_or_search)]
/// Features: `beta`, or one of `beta-role-management`, `beta-search`.
impl dyn crate::beta::requests::UnifiedRoleScheduleBasePath {
    /// Navigation property `appScope` (`microsoft.graph.appScope`).
    #[inline]
    pub fn app_scope(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::AppScope,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("appScope"))
    }
    #[cfg(msgraph_beta_core)]
    /// Navigation property `directoryScope` (`microsoft.graph.directoryObject`).
    ///
    /// Features: `beta` or `beta-search`.
    #[inline]
    pub fn directory_scope(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::AnyDirectoryObject,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("directoryScope"))
    }
    #[cfg(msgraph_beta_core)]
    /// Navigation property `principal` (`microsoft.graph.directoryObject`).
    ///
    /// Features: `beta` or `beta-search`.
    #[inline]
    pub fn principal(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::AnyDirectoryObject,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("principal"))
    }
    /// Navigation property `roleDefinition` (`microsoft.graph.unifiedRoleDefinition`).
    #[inline]
    pub fn role_definition(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::UnifiedRoleDefinition,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("roleDefinition"))
    }
}
#[cfg(msgraph_beta_role_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::AnyUnifiedRoleScheduleBase {
    const SEGMENT: &'static str = "microsoft.graph.unifiedRoleScheduleBase";
}
#[cfg(msgraph_beta_role_management_or_search)]
/// Features: `beta`, or one of `beta-role-management`, `beta-search`.
impl dyn crate::beta::requests::UnifiedRoleScheduleInstanceBasePath {
    /// Navigation property `appScope` (`microsoft.graph.appScope`).
    #[inline]
    pub fn app_scope(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::AppScope,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("appScope"))
    }
    #[cfg(msgraph_beta_core)]
    /// Navigation property `directoryScope` (`microsoft.graph.directoryObject`).
    ///
    /// Features: `beta` or `beta-search`.
    #[inline]
    pub fn directory_scope(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::AnyDirectoryObject,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("directoryScope"))
    }
    #[cfg(msgraph_beta_core)]
    /// Navigation property `principal` (`microsoft.graph.directoryObject`).
    ///
    /// Features: `beta` or `beta-search`.
    #[inline]
    pub fn principal(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::AnyDirectoryObject,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("principal"))
    }
    /// Navigation property `roleDefinition` (`microsoft.graph.unifiedRoleDefinition`).
    #[inline]
    pub fn role_definition(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::UnifiedRoleDefinition,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("roleDefinition"))
    }
}
#[cfg(msgraph_beta_role_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::AnyUnifiedRoleScheduleInstanceBase {
    const SEGMENT: &'static str = "microsoft.graph.unifiedRoleScheduleInstanceBase";
}
#[cfg(msgraph_beta_financials_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::UnitOfMeasure {
    const SEGMENT: &'static str = "microsoft.graph.unitOfMeasure";
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyDeviceAppManagementTask>
for crate::beta::UnmanagedDeviceDiscoveryTask {
    const SEGMENT: &'static str = "microsoft.graph.unmanagedDeviceDiscoveryTask";
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::UnmanagedDeviceDiscoveryTask {
    const SEGMENT: &'static str = "microsoft.graph.unmanagedDeviceDiscoveryTask";
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyCommsOperation>
for crate::beta::UnmuteParticipantOperation {
    const SEGMENT: &'static str = "microsoft.graph.unmuteParticipantOperation";
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::UnmuteParticipantOperation {
    const SEGMENT: &'static str = "microsoft.graph.unmuteParticipantOperation";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyDeviceConfiguration>
for crate::beta::UnsupportedDeviceConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.unsupportedDeviceConfiguration";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::UnsupportedDeviceConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.unsupportedDeviceConfiguration";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl<C> crate::path::CollectionPath<crate::beta::UnsupportedDeviceConfiguration, C> {
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
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::UnsupportedGroupPolicyExtension {
    const SEGMENT: &'static str = "microsoft.graph.unsupportedGroupPolicyExtension";
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyCommsOperation>
for crate::beta::UpdateRecordingStatusOperation {
    const SEGMENT: &'static str = "microsoft.graph.updateRecordingStatusOperation";
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::UpdateRecordingStatusOperation {
    const SEGMENT: &'static str = "microsoft.graph.updateRecordingStatusOperation";
}
#[cfg(msgraph_beta_core_or_information_protection)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyThreatAssessmentRequest>
for crate::beta::UrlAssessmentRequest {
    const SEGMENT: &'static str = "microsoft.graph.urlAssessmentRequest";
}
#[cfg(msgraph_beta_core_or_information_protection)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::UrlAssessmentRequest {
    const SEGMENT: &'static str = "microsoft.graph.urlAssessmentRequest";
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::UsageRight {
    const SEGMENT: &'static str = "microsoft.graph.usageRight";
}
#[cfg(msgraph_beta_core)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::beta::requests::UsedInsightPath {
    /// Structural property `lastUsed` (`microsoft.graph.usageDetails`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn last_used(&self) -> crate::path::PropertyPath<crate::beta::UsageDetails> {
        crate::path::PropertyPath::new(self.node_target().segment("lastUsed"))
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
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::UsedInsight {
    const SEGMENT: &'static str = "microsoft.graph.usedInsight";
}
#[cfg(msgraph_beta_core)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::beta::requests::UserPath {
    /// Structural property `signInActivity` (`microsoft.graph.signInActivity`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn sign_in_activity(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::SignInActivity> {
        crate::path::PropertyPath::new(self.node_target().segment("signInActivity"))
    }
    /// Structural property `employeeOrgData` (`microsoft.graph.employeeOrgData`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn employee_org_data(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::EmployeeOrgData> {
        crate::path::PropertyPath::new(self.node_target().segment("employeeOrgData"))
    }
    /// Structural property `onPremisesExtensionAttributes` (`microsoft.graph.onPremisesExtensionAttributes`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn on_premises_extension_attributes(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::OnPremisesExtensionAttributes> {
        crate::path::PropertyPath::new(
            self.node_target().segment("onPremisesExtensionAttributes"),
        )
    }
    /// Structural property `passwordProfile` (`microsoft.graph.passwordProfile`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn password_profile(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::PasswordProfile> {
        crate::path::PropertyPath::new(self.node_target().segment("passwordProfile"))
    }
    /// Structural property `mailboxSettings` (`microsoft.graph.mailboxSettings`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn mailbox_settings(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::MailboxSettings> {
        crate::path::PropertyPath::new(self.node_target().segment("mailboxSettings"))
    }
    /// Containment navigation property `analytics` (`microsoft.graph.userAnalytics`).
    #[inline]
    pub fn analytics(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::UserAnalytics,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("analytics"))
    }
    /// Containment navigation property `usageRights` (`microsoft.graph.usageRight`).
    #[inline]
    pub fn usage_rights(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::UsageRight,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("usageRights"))
    }
    /// Containment navigation property `informationProtection` (`microsoft.graph.informationProtection`).
    #[inline]
    pub fn information_protection(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::InformationProtection,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("informationProtection"))
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
    /// Navigation property `directReports` (`microsoft.graph.directoryObject`).
    #[inline]
    pub fn direct_reports(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyDirectoryObject,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("directReports"))
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
    /// Navigation property `manager` (`microsoft.graph.directoryObject`).
    #[inline]
    pub fn manager(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::AnyDirectoryObject,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("manager"))
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
    /// Navigation property `ownedDevices` (`microsoft.graph.directoryObject`).
    #[inline]
    pub fn owned_devices(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyDirectoryObject,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("ownedDevices"))
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
    /// Navigation property `registeredDevices` (`microsoft.graph.directoryObject`).
    #[inline]
    pub fn registered_devices(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyDirectoryObject,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("registeredDevices"))
    }
    /// Containment navigation property `scopedRoleMemberOf` (`microsoft.graph.scopedRoleMembership`).
    #[inline]
    pub fn scoped_role_member_of(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::ScopedRoleMembership,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("scopedRoleMemberOf"),
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
    /// Navigation property `transitiveReports` (`microsoft.graph.directoryObject`).
    #[inline]
    pub fn transitive_reports(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyDirectoryObject,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("transitiveReports"))
    }
    /// Containment navigation property `calendar` (`microsoft.graph.calendar`).
    #[inline]
    pub fn calendar(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::Calendar,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("calendar"))
    }
    /// Containment navigation property `calendarGroups` (`microsoft.graph.calendarGroup`).
    #[inline]
    pub fn calendar_groups(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::CalendarGroup,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("calendarGroups"))
    }
    /// Containment navigation property `calendars` (`microsoft.graph.calendar`).
    #[inline]
    pub fn calendars(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::Calendar,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("calendars"))
    }
    /// Containment navigation property `calendarView` (`microsoft.graph.event`).
    #[inline]
    pub fn calendar_view(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::Event,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("calendarView"))
    }
    /// Containment navigation property `contactFolders` (`microsoft.graph.contactFolder`).
    #[inline]
    pub fn contact_folders(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::ContactFolder,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("contactFolders"))
    }
    /// Containment navigation property `contacts` (`microsoft.graph.contact`).
    #[inline]
    pub fn contacts(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::Contact,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("contacts"))
    }
    /// Containment navigation property `events` (`microsoft.graph.event`).
    #[inline]
    pub fn events(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::Event,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("events"))
    }
    /// Containment navigation property `inferenceClassification` (`microsoft.graph.inferenceClassification`).
    #[inline]
    pub fn inference_classification(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::InferenceClassification,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(
            self.node_target().segment("inferenceClassification"),
        )
    }
    /// Containment navigation property `joinedGroups` (`microsoft.graph.group`).
    #[inline]
    pub fn joined_groups(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::Group,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("joinedGroups"))
    }
    /// Containment navigation property `mailFolders` (`microsoft.graph.mailFolder`).
    #[inline]
    pub fn mail_folders(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyMailFolder,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("mailFolders"))
    }
    /// Containment navigation property `messages` (`microsoft.graph.message`).
    #[inline]
    pub fn messages(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyMessage,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("messages"))
    }
    /// Containment navigation property `outlook` (`microsoft.graph.outlookUser`).
    #[inline]
    pub fn outlook(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::OutlookUser,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("outlook"))
    }
    /// Containment navigation property `people` (`microsoft.graph.person`).
    #[inline]
    pub fn people(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::Person,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("people"))
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
    /// Navigation property `followedSites` (`microsoft.graph.site`).
    #[inline]
    pub fn followed_sites(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::Site,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("followedSites"))
    }
    /// Containment navigation property `extensions` (`microsoft.graph.extension`).
    #[inline]
    pub fn extensions(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyExtension,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("extensions"))
    }
    /// Containment navigation property `appConsentRequestsForApproval` (`microsoft.graph.appConsentRequest`).
    #[inline]
    pub fn app_consent_requests_for_approval(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AppConsentRequest,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("appConsentRequestsForApproval"),
        )
    }
    /// Containment navigation property `approvals` (`microsoft.graph.approval`).
    #[inline]
    pub fn approvals(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::Approval,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("approvals"))
    }
    /// Containment navigation property `pendingAccessReviewInstances` (`microsoft.graph.accessReviewInstance`).
    #[inline]
    pub fn pending_access_review_instances(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AccessReviewInstance,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("pendingAccessReviewInstances"),
        )
    }
    #[cfg(
        msgraph_beta_agreement_acceptances_or_agreements_or_identity_governance_or_search
    )]
    /// Navigation property `agreementAcceptances` (`microsoft.graph.agreementAcceptance`).
    ///
    /// Features: `beta`, or one of `beta-identity-governance`, `beta-search`.
    #[inline]
    pub fn agreement_acceptances(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AgreementAcceptance,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("agreementAcceptances"),
        )
    }
    /// Containment navigation property `deviceEnrollmentConfigurations` (`microsoft.graph.deviceEnrollmentConfiguration`).
    #[inline]
    pub fn device_enrollment_configurations(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyDeviceEnrollmentConfiguration,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("deviceEnrollmentConfigurations"),
        )
    }
    /// Containment navigation property `managedDevices` (`microsoft.graph.managedDevice`).
    #[inline]
    pub fn managed_devices(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyManagedDevice,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("managedDevices"))
    }
    #[cfg(msgraph_beta_device_app_management_or_search)]
    /// Navigation property `managedAppRegistrations` (`microsoft.graph.managedAppRegistration`).
    ///
    /// Features: `beta` or `beta-search`.
    #[inline]
    pub fn managed_app_registrations(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyManagedAppRegistration,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("managedAppRegistrations"),
        )
    }
    #[cfg(msgraph_beta_device_app_management_or_search)]
    /// Navigation property `windowsInformationProtectionDeviceRegistrations` (`microsoft.graph.windowsInformationProtectionDeviceRegistration`).
    ///
    /// Features: `beta` or `beta-search`.
    #[inline]
    pub fn windows_information_protection_device_registrations(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::WindowsInformationProtectionDeviceRegistration,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("windowsInformationProtectionDeviceRegistrations"),
        )
    }
    /// Containment navigation property `deviceManagementTroubleshootingEvents` (`microsoft.graph.deviceManagementTroubleshootingEvent`).
    #[inline]
    pub fn device_management_troubleshooting_events(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyDeviceManagementTroubleshootingEvent,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("deviceManagementTroubleshootingEvents"),
        )
    }
    /// Containment navigation property `mobileAppIntentAndStates` (`microsoft.graph.mobileAppIntentAndState`).
    #[inline]
    pub fn mobile_app_intent_and_states(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::MobileAppIntentAndState,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("mobileAppIntentAndStates"),
        )
    }
    /// Containment navigation property `mobileAppTroubleshootingEvents` (`microsoft.graph.mobileAppTroubleshootingEvent`).
    #[inline]
    pub fn mobile_app_troubleshooting_events(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::MobileAppTroubleshootingEvent,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("mobileAppTroubleshootingEvents"),
        )
    }
    /// Containment navigation property `notifications` (`microsoft.graph.notification`).
    #[inline]
    pub fn notifications(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::Notification,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("notifications"))
    }
    /// Containment navigation property `planner` (`microsoft.graph.plannerUser`).
    #[inline]
    pub fn planner(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::PlannerUser,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("planner"))
    }
    /// Containment navigation property `insights` (`microsoft.graph.itemInsights`).
    #[inline]
    pub fn insights(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::ItemInsights,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("insights"))
    }
    /// Containment navigation property `settings` (`microsoft.graph.userSettings`).
    #[inline]
    pub fn settings(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::UserSettings,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("settings"))
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
    /// Containment navigation property `photo` (`microsoft.graph.profilePhoto`).
    #[inline]
    pub fn photo(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::ProfilePhoto,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("photo"))
    }
    /// Containment navigation property `photos` (`microsoft.graph.profilePhoto`).
    #[inline]
    pub fn photos(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::ProfilePhoto,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("photos"))
    }
    /// Containment navigation property `profile` (`microsoft.graph.profile`).
    #[inline]
    pub fn profile(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::Profile,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("profile"))
    }
    /// Containment navigation property `activities` (`microsoft.graph.userActivity`).
    #[inline]
    pub fn activities(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::UserActivity,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("activities"))
    }
    /// Containment navigation property `devices` (`microsoft.graph.device`).
    #[inline]
    pub fn devices(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::Device,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("devices"))
    }
    /// Containment navigation property `onlineMeetings` (`microsoft.graph.onlineMeeting`).
    #[inline]
    pub fn online_meetings(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::OnlineMeeting,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("onlineMeetings"))
    }
    /// Containment navigation property `presence` (`microsoft.graph.presence`).
    #[inline]
    pub fn presence(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::Presence,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("presence"))
    }
    /// Containment navigation property `authentication` (`microsoft.graph.authentication`).
    #[inline]
    pub fn authentication(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::Authentication,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("authentication"))
    }
    /// Containment navigation property `chats` (`microsoft.graph.chat`).
    #[inline]
    pub fn chats(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::Chat,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("chats"))
    }
    /// Navigation property `joinedTeams` (`microsoft.graph.team`).
    #[inline]
    pub fn joined_teams(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::Team,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("joinedTeams"))
    }
    /// Containment navigation property `teamwork` (`microsoft.graph.userTeamwork`).
    #[inline]
    pub fn teamwork(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::UserTeamwork,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("teamwork"))
    }
    /// Containment navigation property `todo` (`microsoft.graph.todo`).
    #[inline]
    pub fn todo(
        &self,
    ) -> crate::path::EntityPath<crate::beta::Todo, crate::path::caps::GetUpdateDelete> {
        crate::path::EntityPath::new(self.node_target().segment("todo"))
    }
    /// `POST .../activateServicePlan`: action `microsoft.graph.activateServicePlan`.
    #[inline]
    pub fn activate_service_plan(
        &self,
        params: crate::beta::params::UserActivateServicePlanParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::UserActivateServicePlanParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("activateServicePlan"),
            rt::request::Json(params),
        )
    }
    /// `POST .../assignLicense`: action `microsoft.graph.assignLicense`.
    #[inline]
    pub fn assign_license(
        &self,
        params: crate::beta::params::UserAssignLicenseParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::UserAssignLicenseParams>,
        rt::request::Entity<crate::beta::User>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("assignLicense"),
            rt::request::Json(params),
        )
    }
    /// `POST .../changePassword`: action `microsoft.graph.changePassword`.
    #[inline]
    pub fn change_password(
        &self,
        params: crate::beta::params::UserChangePasswordParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::UserChangePasswordParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("changePassword"),
            rt::request::Json(params),
        )
    }
    /// `GET .../exportDeviceAndAppManagementData`: function `microsoft.graph.exportDeviceAndAppManagementData`.
    #[inline]
    pub fn export_device_and_app_management_data(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::beta::DeviceAndAppManagementData>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.node_target().function("exportDeviceAndAppManagementData", &[]),
            rt::request::NoBody,
        )
    }
    /// `GET .../exportDeviceAndAppManagementData`: function `microsoft.graph.exportDeviceAndAppManagementData`.
    #[inline]
    pub fn export_device_and_app_management_data_2(
        &self,
        skip: i32,
        top: i32,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::beta::DeviceAndAppManagementData>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .node_target()
                .function(
                    "exportDeviceAndAppManagementData",
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
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `POST .../exportPersonalData`: action `microsoft.graph.exportPersonalData`.
    #[inline]
    pub fn export_personal_data(
        &self,
        params: crate::beta::params::UserExportPersonalDataParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::UserExportPersonalDataParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("exportPersonalData"),
            rt::request::Json(params),
        )
    }
    /// `POST .../findMeetingTimes`: action `microsoft.graph.findMeetingTimes`.
    #[inline]
    pub fn find_meeting_times(
        &self,
        params: crate::beta::params::UserFindMeetingTimesParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::UserFindMeetingTimesParams>,
        rt::request::Entity<crate::beta::MeetingTimeSuggestionsResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("findMeetingTimes"),
            rt::request::Json(params),
        )
    }
    /// `GET .../findRoomLists`: function `microsoft.graph.findRoomLists`.
    #[inline]
    pub fn find_room_lists(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::AnyEmailAddress>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.node_target().function("findRoomLists", &[]),
            rt::request::NoBody,
        )
    }
    /// `GET .../findRooms`: function `microsoft.graph.findRooms`.
    #[inline]
    pub fn find_rooms(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::AnyEmailAddress>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.node_target().function("findRooms", &[]),
            rt::request::NoBody,
        )
    }
    /// `GET .../findRooms`: function `microsoft.graph.findRooms`.
    #[inline]
    pub fn find_rooms_2(
        &self,
        room_list: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::AnyEmailAddress>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .node_target()
                .function(
                    "findRooms",
                    &[
                        (
                            "RoomList",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(room_list),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getEffectiveDeviceEnrollmentConfigurations`: function `microsoft.graph.getEffectiveDeviceEnrollmentConfigurations`.
    #[inline]
    pub fn get_effective_device_enrollment_configurations(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::AnyDeviceEnrollmentConfiguration>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .node_target()
                .function("getEffectiveDeviceEnrollmentConfigurations", &[]),
            rt::request::NoBody,
        )
    }
    /// `GET .../getLoggedOnManagedDevices`: function `microsoft.graph.getLoggedOnManagedDevices`.
    #[inline]
    pub fn get_logged_on_managed_devices(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::AnyManagedDevice>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.node_target().function("getLoggedOnManagedDevices", &[]),
            rt::request::NoBody,
        )
    }
    /// `POST .../getMailTips`: action `microsoft.graph.getMailTips`.
    #[inline]
    pub fn get_mail_tips(
        &self,
        params: crate::beta::params::UserGetMailTipsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::UserGetMailTipsParams>,
        rt::request::Collection<crate::beta::MailTips>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("getMailTips"),
            rt::request::Json(params),
        )
    }
    /// Gets diagnostics validation status for a given user.
    ///
    /// `GET .../getManagedAppDiagnosticStatuses`: function `microsoft.graph.getManagedAppDiagnosticStatuses`.
    #[inline]
    pub fn get_managed_app_diagnostic_statuses(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::ManagedAppDiagnosticStatus>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.node_target().function("getManagedAppDiagnosticStatuses", &[]),
            rt::request::NoBody,
        )
    }
    /// Gets app restrictions for a given user.
    ///
    /// `GET .../getManagedAppPolicies`: function `microsoft.graph.getManagedAppPolicies`.
    #[inline]
    pub fn get_managed_app_policies(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::AnyManagedAppPolicy>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.node_target().function("getManagedAppPolicies", &[]),
            rt::request::NoBody,
        )
    }
    /// Retrieves the list of devices with failed apps
    ///
    /// `GET .../getManagedDevicesWithAppFailures`: function `microsoft.graph.getManagedDevicesWithAppFailures`.
    #[inline]
    pub fn get_managed_devices_with_app_failures(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<::std::string::String>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.node_target().function("getManagedDevicesWithAppFailures", &[]),
            rt::request::NoBody,
        )
    }
    /// Retrieves the list of devices with failed or pending apps
    ///
    /// `GET .../getManagedDevicesWithFailedOrPendingApps`: function `microsoft.graph.getManagedDevicesWithFailedOrPendingApps`.
    #[inline]
    pub fn get_managed_devices_with_failed_or_pending_apps(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::ManagedDeviceSummarizedAppState>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.node_target().function("getManagedDevicesWithFailedOrPendingApps", &[]),
            rt::request::NoBody,
        )
    }
    /// `POST .../invalidateAllRefreshTokens`: action `microsoft.graph.invalidateAllRefreshTokens`.
    #[inline]
    pub fn invalidate_all_refresh_tokens(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::ValueOf<bool>> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("invalidateAllRefreshTokens"),
            rt::request::NoBody,
        )
    }
    /// Gets the blocked state of a managed app user.
    ///
    /// `GET .../isManagedAppUserBlocked`: function `microsoft.graph.isManagedAppUserBlocked`.
    #[inline]
    pub fn is_managed_app_user_blocked(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::ValueOf<bool>> {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.node_target().function("isManagedAppUserBlocked", &[]),
            rt::request::NoBody,
        )
    }
    /// `GET .../reminderView`: function `microsoft.graph.reminderView`.
    #[inline]
    pub fn reminder_view(
        &self,
        start_date_time: &str,
        end_date_time: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::Reminder>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .node_target()
                .function(
                    "reminderView",
                    &[
                        (
                            "StartDateTime",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(start_date_time),
                            ),
                        ),
                        (
                            "EndDateTime",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(end_date_time),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// Retire all devices from management for this user
    ///
    /// `POST .../removeAllDevicesFromManagement`: action `microsoft.graph.removeAllDevicesFromManagement`.
    #[inline]
    pub fn remove_all_devices_from_management(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("removeAllDevicesFromManagement"),
            rt::request::NoBody,
        )
    }
    /// `POST .../reprocessLicenseAssignment`: action `microsoft.graph.reprocessLicenseAssignment`.
    #[inline]
    pub fn reprocess_license_assignment(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::beta::User>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("reprocessLicenseAssignment"),
            rt::request::NoBody,
        )
    }
    /// `POST .../revokeSignInSessions`: action `microsoft.graph.revokeSignInSessions`.
    #[inline]
    pub fn revoke_sign_in_sessions(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::ValueOf<bool>> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("revokeSignInSessions"),
            rt::request::NoBody,
        )
    }
    /// `POST .../sendMail`: action `microsoft.graph.sendMail`.
    #[inline]
    pub fn send_mail(
        &self,
        params: crate::beta::params::UserSendMailParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::UserSendMailParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("sendMail"),
            rt::request::Json(params),
        )
    }
    /// `POST .../translateExchangeIds`: action `microsoft.graph.translateExchangeIds`.
    #[inline]
    pub fn translate_exchange_ids(
        &self,
        params: crate::beta::params::UserTranslateExchangeIdsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::UserTranslateExchangeIdsParams>,
        rt::request::Collection<crate::beta::ConvertIdResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("translateExchangeIds"),
            rt::request::Json(params),
        )
    }
    /// Unblocks the managed app user from app check-in.
    ///
    /// `POST .../unblockManagedApps`: action `microsoft.graph.unblockManagedApps`.
    #[inline]
    pub fn unblock_managed_apps(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("unblockManagedApps"),
            rt::request::NoBody,
        )
    }
    /// Blocks the managed app user from app check-in.
    ///
    /// `POST .../wipeAndBlockManagedApps`: action `microsoft.graph.wipeAndBlockManagedApps`.
    #[inline]
    pub fn wipe_and_block_managed_apps(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("wipeAndBlockManagedApps"),
            rt::request::NoBody,
        )
    }
    /// Issues a wipe operation on an app registration with specified device tag.
    ///
    /// `POST .../wipeManagedAppRegistrationByDeviceTag`: action `microsoft.graph.wipeManagedAppRegistrationByDeviceTag`.
    #[inline]
    pub fn wipe_managed_app_registration_by_device_tag(
        &self,
        params: crate::beta::params::UserWipeManagedAppRegistrationByDeviceTagParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::UserWipeManagedAppRegistrationByDeviceTagParams,
        >,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("wipeManagedAppRegistrationByDeviceTag"),
            rt::request::Json(params),
        )
    }
    /// Issues a wipe operation on an app registration with specified device tag.
    ///
    /// `POST .../wipeManagedAppRegistrationsByDeviceTag`: action `microsoft.graph.wipeManagedAppRegistrationsByDeviceTag`.
    #[inline]
    pub fn wipe_managed_app_registrations_by_device_tag(
        &self,
        params: crate::beta::params::UserWipeManagedAppRegistrationsByDeviceTagParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::UserWipeManagedAppRegistrationsByDeviceTagParams,
        >,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("wipeManagedAppRegistrationsByDeviceTag"),
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
impl crate::path::DerivedFrom<crate::beta::AnyDirectoryObject> for crate::beta::User {
    const SEGMENT: &'static str = "microsoft.graph.user";
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::User {
    const SEGMENT: &'static str = "microsoft.graph.user";
}
#[cfg(msgraph_beta_core)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::CollectionPath<crate::beta::User, C> {
    /// `GET .../delta`: function `microsoft.graph.delta`.
    pub fn delta(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::User>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.target().function("delta", &[]),
            rt::request::NoBody,
        )
    }
    /// `GET .../getManagedAppBlockedUsers`: function `microsoft.graph.getManagedAppBlockedUsers`.
    pub fn get_managed_app_blocked_users(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<::std::string::String>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.target().function("getManagedAppBlockedUsers", &[]),
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
#[cfg(msgraph_beta_core)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::beta::requests::UserAccountInformationPath {
    /// Structural property `preferredLanguageTag` (`microsoft.graph.localeInfo`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn preferred_language_tag(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::LocaleInfo> {
        crate::path::PropertyPath::new(
            self.node_target().segment("preferredLanguageTag"),
        )
    }
    /// Structural property `createdBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn created_by(&self) -> crate::path::PropertyPath<crate::beta::IdentitySet> {
        crate::path::PropertyPath::new(self.node_target().segment("createdBy"))
    }
    /// Structural property `inference` (`microsoft.graph.inferenceData`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn inference(&self) -> crate::path::PropertyPath<crate::beta::InferenceData> {
        crate::path::PropertyPath::new(self.node_target().segment("inference"))
    }
    /// Structural property `lastModifiedBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn last_modified_by(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::IdentitySet> {
        crate::path::PropertyPath::new(self.node_target().segment("lastModifiedBy"))
    }
    /// Structural property `source` (`microsoft.graph.personDataSources`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn source(&self) -> crate::path::PropertyPath<crate::beta::PersonDataSources> {
        crate::path::PropertyPath::new(self.node_target().segment("source"))
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyItemFacet>
for crate::beta::UserAccountInformation {
    const SEGMENT: &'static str = "microsoft.graph.userAccountInformation";
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::UserAccountInformation {
    const SEGMENT: &'static str = "microsoft.graph.userAccountInformation";
}
#[cfg(msgraph_beta_core)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::beta::requests::UserActivityPath {
    /// Structural property `contentInfo` (`microsoft.graph.Json`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn content_info(&self) -> crate::path::PropertyPath<crate::beta::Json> {
        crate::path::PropertyPath::new(self.node_target().segment("contentInfo"))
    }
    /// Structural property `visualElements` (`microsoft.graph.visualInfo`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn visual_elements(&self) -> crate::path::PropertyPath<crate::beta::VisualInfo> {
        crate::path::PropertyPath::new(self.node_target().segment("visualElements"))
    }
    /// Containment navigation property `historyItems` (`microsoft.graph.activityHistoryItem`).
    #[inline]
    pub fn history_items(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::ActivityHistoryItem,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("historyItems"))
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::UserActivity {
    const SEGMENT: &'static str = "microsoft.graph.userActivity";
}
#[cfg(msgraph_beta_core)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::CollectionPath<crate::beta::UserActivity, C> {
    /// `GET .../recent`: function `microsoft.graph.recent`.
    pub fn recent(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::UserActivity>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.target().function("recent", &[]),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_beta_core)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::beta::requests::UserAnalyticsPath {
    /// Structural property `settings` (`microsoft.graph.settings`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn settings(&self) -> crate::path::PropertyPath<crate::beta::Settings> {
        crate::path::PropertyPath::new(self.node_target().segment("settings"))
    }
    /// Containment navigation property `activityStatistics` (`microsoft.graph.activityStatistics`).
    #[inline]
    pub fn activity_statistics(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyActivityStatistics,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("activityStatistics"),
        )
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::UserAnalytics {
    const SEGMENT: &'static str = "microsoft.graph.userAnalytics";
}
#[cfg(msgraph_beta_device_app_management_or_search)]
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
impl dyn crate::beta::requests::UserAppInstallStatusPath {
    /// Navigation property `app` (`microsoft.graph.mobileApp`).
    #[inline]
    pub fn app(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::AnyMobileApp,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("app"))
    }
    /// Containment navigation property `deviceStatuses` (`microsoft.graph.mobileAppInstallStatus`).
    #[inline]
    pub fn device_statuses(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::MobileAppInstallStatus,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("deviceStatuses"))
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::UserAppInstallStatus {
    const SEGMENT: &'static str = "microsoft.graph.userAppInstallStatus";
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::UserConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.userConfiguration";
}
#[cfg(msgraph_beta_core)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::beta::requests::UserConsentRequestPath {
    /// Containment navigation property `approval` (`microsoft.graph.approval`).
    #[inline]
    pub fn approval(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::Approval,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("approval"))
    }
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
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyRequest>
for crate::beta::UserConsentRequest {
    const SEGMENT: &'static str = "microsoft.graph.userConsentRequest";
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::UserConsentRequest {
    const SEGMENT: &'static str = "microsoft.graph.userConsentRequest";
}
#[cfg(msgraph_beta_core)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::CollectionPath<crate::beta::UserConsentRequest, C> {
    /// `GET .../filterByCurrentUser`: function `microsoft.graph.filterByCurrentUser`.
    pub fn filter_by_current_user(
        &self,
        on: &crate::beta::ConsentRequestFilterByCurrentUserOptions,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::UserConsentRequest>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .target()
                .function(
                    "filterByCurrentUser",
                    &[
                        (
                            "on",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(on),
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
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::UserCredentialUsageDetails {
    const SEGMENT: &'static str = "microsoft.graph.userCredentialUsageDetails";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::UserExperienceAnalyticsAppHealthAppPerformanceByAppVersion {
    const SEGMENT: &'static str = "microsoft.graph.userExperienceAnalyticsAppHealthAppPerformanceByAppVersion";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::UserExperienceAnalyticsAppHealthAppPerformanceByOsVersion {
    const SEGMENT: &'static str = "microsoft.graph.userExperienceAnalyticsAppHealthAppPerformanceByOSVersion";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::UserExperienceAnalyticsAppHealthApplicationPerformance {
    const SEGMENT: &'static str = "microsoft.graph.userExperienceAnalyticsAppHealthApplicationPerformance";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::UserExperienceAnalyticsAppHealthDeviceModelPerformance {
    const SEGMENT: &'static str = "microsoft.graph.userExperienceAnalyticsAppHealthDeviceModelPerformance";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::UserExperienceAnalyticsAppHealthDevicePerformance {
    const SEGMENT: &'static str = "microsoft.graph.userExperienceAnalyticsAppHealthDevicePerformance";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::UserExperienceAnalyticsAppHealthDevicePerformanceDetails {
    const SEGMENT: &'static str = "microsoft.graph.userExperienceAnalyticsAppHealthDevicePerformanceDetails";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::UserExperienceAnalyticsAppHealthOsVersionPerformance {
    const SEGMENT: &'static str = "microsoft.graph.userExperienceAnalyticsAppHealthOSVersionPerformance";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl dyn crate::beta::requests::UserExperienceAnalyticsBaselinePath {
    /// Navigation property `appHealthMetrics` (`microsoft.graph.userExperienceAnalyticsCategory`).
    #[inline]
    pub fn app_health_metrics(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::UserExperienceAnalyticsCategory,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("appHealthMetrics"))
    }
    /// Navigation property `bestPracticesMetrics` (`microsoft.graph.userExperienceAnalyticsCategory`).
    #[inline]
    pub fn best_practices_metrics(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::UserExperienceAnalyticsCategory,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("bestPracticesMetrics"))
    }
    /// Navigation property `deviceBootPerformanceMetrics` (`microsoft.graph.userExperienceAnalyticsCategory`).
    #[inline]
    pub fn device_boot_performance_metrics(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::UserExperienceAnalyticsCategory,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(
            self.node_target().segment("deviceBootPerformanceMetrics"),
        )
    }
    /// Navigation property `rebootAnalyticsMetrics` (`microsoft.graph.userExperienceAnalyticsCategory`).
    #[inline]
    pub fn reboot_analytics_metrics(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::UserExperienceAnalyticsCategory,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(
            self.node_target().segment("rebootAnalyticsMetrics"),
        )
    }
    /// Navigation property `resourcePerformanceMetrics` (`microsoft.graph.userExperienceAnalyticsCategory`).
    #[inline]
    pub fn resource_performance_metrics(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::UserExperienceAnalyticsCategory,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(
            self.node_target().segment("resourcePerformanceMetrics"),
        )
    }
    /// Navigation property `workFromAnywhereMetrics` (`microsoft.graph.userExperienceAnalyticsCategory`).
    #[inline]
    pub fn work_from_anywhere_metrics(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::UserExperienceAnalyticsCategory,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(
            self.node_target().segment("workFromAnywhereMetrics"),
        )
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::UserExperienceAnalyticsBaseline {
    const SEGMENT: &'static str = "microsoft.graph.userExperienceAnalyticsBaseline";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl dyn crate::beta::requests::UserExperienceAnalyticsCategoryPath {
    /// Containment navigation property `metricValues` (`microsoft.graph.userExperienceAnalyticsMetric`).
    #[inline]
    pub fn metric_values(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::UserExperienceAnalyticsMetric,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("metricValues"))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::UserExperienceAnalyticsCategory {
    const SEGMENT: &'static str = "microsoft.graph.userExperienceAnalyticsCategory";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::UserExperienceAnalyticsDevicePerformance {
    const SEGMENT: &'static str = "microsoft.graph.userExperienceAnalyticsDevicePerformance";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl<
    C,
> crate::path::CollectionPath<crate::beta::UserExperienceAnalyticsDevicePerformance, C> {
    /// `GET .../summarizeDevicePerformanceDevices`: function `microsoft.graph.summarizeDevicePerformanceDevices`.
    pub fn summarize_device_performance_devices(
        &self,
        summarize_by: &crate::beta::UserExperienceAnalyticsSummarizedBy,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::UserExperienceAnalyticsDevicePerformance>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .target()
                .function(
                    "summarizeDevicePerformanceDevices",
                    &[
                        (
                            "summarizeBy",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(summarize_by),
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
for crate::beta::UserExperienceAnalyticsDeviceScores {
    const SEGMENT: &'static str = "microsoft.graph.userExperienceAnalyticsDeviceScores";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::UserExperienceAnalyticsDeviceStartupHistory {
    const SEGMENT: &'static str = "microsoft.graph.userExperienceAnalyticsDeviceStartupHistory";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::UserExperienceAnalyticsDeviceStartupProcess {
    const SEGMENT: &'static str = "microsoft.graph.userExperienceAnalyticsDeviceStartupProcess";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::UserExperienceAnalyticsDeviceStartupProcessPerformance {
    const SEGMENT: &'static str = "microsoft.graph.userExperienceAnalyticsDeviceStartupProcessPerformance";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::UserExperienceAnalyticsDeviceWithoutCloudIdentity {
    const SEGMENT: &'static str = "microsoft.graph.userExperienceAnalyticsDeviceWithoutCloudIdentity";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::UserExperienceAnalyticsImpactingProcess {
    const SEGMENT: &'static str = "microsoft.graph.userExperienceAnalyticsImpactingProcess";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::UserExperienceAnalyticsMetric {
    const SEGMENT: &'static str = "microsoft.graph.userExperienceAnalyticsMetric";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl dyn crate::beta::requests::UserExperienceAnalyticsMetricHistoryPath {
    /// Navigation property `userExperienceAnalyticsMetric` (`microsoft.graph.userExperienceAnalyticsMetric`).
    #[inline]
    pub fn user_experience_analytics_metric(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::UserExperienceAnalyticsMetric,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(
            self.node_target().segment("userExperienceAnalyticsMetric"),
        )
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::UserExperienceAnalyticsMetricHistory {
    const SEGMENT: &'static str = "microsoft.graph.userExperienceAnalyticsMetricHistory";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::UserExperienceAnalyticsNotAutopilotReadyDevice {
    const SEGMENT: &'static str = "microsoft.graph.userExperienceAnalyticsNotAutopilotReadyDevice";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::UserExperienceAnalyticsOverview {
    const SEGMENT: &'static str = "microsoft.graph.userExperienceAnalyticsOverview";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl dyn crate::beta::requests::UserExperienceAnalyticsRegressionSummaryPath {
    /// Containment navigation property `manufacturerRegression` (`microsoft.graph.userExperienceAnalyticsMetric`).
    #[inline]
    pub fn manufacturer_regression(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::UserExperienceAnalyticsMetric,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("manufacturerRegression"),
        )
    }
    /// Containment navigation property `modelRegression` (`microsoft.graph.userExperienceAnalyticsMetric`).
    #[inline]
    pub fn model_regression(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::UserExperienceAnalyticsMetric,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("modelRegression"))
    }
    /// Containment navigation property `operatingSystemRegression` (`microsoft.graph.userExperienceAnalyticsMetric`).
    #[inline]
    pub fn operating_system_regression(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::UserExperienceAnalyticsMetric,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("operatingSystemRegression"),
        )
    }
    /// `GET .../summarizeDeviceRegressionPerformance`: function `microsoft.graph.summarizeDeviceRegressionPerformance`.
    #[inline]
    pub fn summarize_device_regression_performance(
        &self,
        summarize_by: &crate::beta::UserExperienceAnalyticsSummarizedBy,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::beta::UserExperienceAnalyticsRegressionSummary>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .node_target()
                .function(
                    "summarizeDeviceRegressionPerformance",
                    &[
                        (
                            "summarizeBy",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(summarize_by),
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
for crate::beta::UserExperienceAnalyticsRegressionSummary {
    const SEGMENT: &'static str = "microsoft.graph.userExperienceAnalyticsRegressionSummary";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::UserExperienceAnalyticsRemoteConnection {
    const SEGMENT: &'static str = "microsoft.graph.userExperienceAnalyticsRemoteConnection";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl<
    C,
> crate::path::CollectionPath<crate::beta::UserExperienceAnalyticsRemoteConnection, C> {
    /// `GET .../summarizeDeviceRemoteConnection`: function `microsoft.graph.summarizeDeviceRemoteConnection`.
    pub fn summarize_device_remote_connection(
        &self,
        summarize_by: &crate::beta::UserExperienceAnalyticsSummarizedBy,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::UserExperienceAnalyticsRemoteConnection>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .target()
                .function(
                    "summarizeDeviceRemoteConnection",
                    &[
                        (
                            "summarizeBy",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(summarize_by),
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
for crate::beta::UserExperienceAnalyticsResourcePerformance {
    const SEGMENT: &'static str = "microsoft.graph.userExperienceAnalyticsResourcePerformance";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl<
    C,
> crate::path::CollectionPath<
    crate::beta::UserExperienceAnalyticsResourcePerformance,
    C,
> {
    /// `GET .../summarizeDeviceResourcePerformance`: function `microsoft.graph.summarizeDeviceResourcePerformance`.
    pub fn summarize_device_resource_performance(
        &self,
        summarize_by: &crate::beta::UserExperienceAnalyticsSummarizedBy,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::UserExperienceAnalyticsResourcePerformance>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .target()
                .function(
                    "summarizeDeviceResourcePerformance",
                    &[
                        (
                            "summarizeBy",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(summarize_by),
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
for crate::beta::UserExperienceAnalyticsScoreHistory {
    const SEGMENT: &'static str = "microsoft.graph.userExperienceAnalyticsScoreHistory";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::UserExperienceAnalyticsWorkFromAnywhereDevice {
    const SEGMENT: &'static str = "microsoft.graph.userExperienceAnalyticsWorkFromAnywhereDevice";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl dyn crate::beta::requests::UserExperienceAnalyticsWorkFromAnywhereMetricPath {
    /// Containment navigation property `metricDevices` (`microsoft.graph.userExperienceAnalyticsWorkFromAnywhereDevice`).
    #[inline]
    pub fn metric_devices(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::UserExperienceAnalyticsWorkFromAnywhereDevice,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("metricDevices"))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::UserExperienceAnalyticsWorkFromAnywhereMetric {
    const SEGMENT: &'static str = "microsoft.graph.userExperienceAnalyticsWorkFromAnywhereMetric";
}
#[cfg(msgraph_beta_identity_or_search)]
/// Features: `beta`, or one of `beta-identity`, `beta-search`.
impl dyn crate::beta::requests::UserFlowLanguageConfigurationPath {
    /// Containment navigation property `defaultPages` (`microsoft.graph.userFlowLanguagePage`).
    #[inline]
    pub fn default_pages(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::UserFlowLanguagePage,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("defaultPages"))
    }
    /// Containment navigation property `overridesPages` (`microsoft.graph.userFlowLanguagePage`).
    #[inline]
    pub fn overrides_pages(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::UserFlowLanguagePage,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("overridesPages"))
    }
}
#[cfg(msgraph_beta_identity_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::UserFlowLanguageConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.userFlowLanguageConfiguration";
}
#[cfg(msgraph_beta_identity_or_search)]
/// Features: `beta`, or one of `beta-identity`, `beta-search`.
impl dyn crate::beta::requests::UserFlowLanguagePagePath {
    /// The media content (`$value`) of this entity.
    #[inline]
    pub fn value(&self) -> crate::path::StreamPath {
        crate::path::StreamPath::new(self.node_target().segment("$value"))
    }
}
#[cfg(msgraph_beta_identity_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::UserFlowLanguagePage {
    const SEGMENT: &'static str = "microsoft.graph.userFlowLanguagePage";
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::UserInsightsSettings {
    const SEGMENT: &'static str = "microsoft.graph.userInsightsSettings";
}
#[cfg(msgraph_beta_device_app_management_or_search)]
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
impl dyn crate::beta::requests::UserInstallStateSummaryPath {
    /// Containment navigation property `deviceStates` (`microsoft.graph.deviceInstallState`).
    #[inline]
    pub fn device_states(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DeviceInstallState,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("deviceStates"))
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::UserInstallStateSummary {
    const SEGMENT: &'static str = "microsoft.graph.userInstallStateSummary";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::UserPfxCertificate {
    const SEGMENT: &'static str = "microsoft.graph.userPFXCertificate";
}
#[cfg(msgraph_beta_core)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::beta::requests::UserScopeTeamsAppInstallationPath {
    /// Navigation property `chat` (`microsoft.graph.chat`).
    #[inline]
    pub fn chat(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::Chat,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("chat"))
    }
    #[cfg(msgraph_beta_app_catalogs_or_search)]
    /// Navigation property `teamsApp` (`microsoft.graph.teamsApp`).
    ///
    /// Features: `beta` or `beta-search`.
    #[inline]
    pub fn teams_app(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::TeamsApp,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("teamsApp"))
    }
    #[cfg(msgraph_beta_app_catalogs_or_search)]
    /// Navigation property `teamsAppDefinition` (`microsoft.graph.teamsAppDefinition`).
    ///
    /// Features: `beta` or `beta-search`.
    #[inline]
    pub fn teams_app_definition(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::TeamsAppDefinition,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("teamsAppDefinition"))
    }
    /// `POST .../upgrade`: action `microsoft.graph.upgrade`.
    #[inline]
    pub fn upgrade(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("upgrade"),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyTeamsAppInstallation>
for crate::beta::UserScopeTeamsAppInstallation {
    const SEGMENT: &'static str = "microsoft.graph.userScopeTeamsAppInstallation";
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::UserScopeTeamsAppInstallation {
    const SEGMENT: &'static str = "microsoft.graph.userScopeTeamsAppInstallation";
}
#[cfg(msgraph_beta_search_or_security)]
/// Features: `beta`, or one of `beta-search`, `beta-security`.
impl dyn crate::beta::requests::UserSecurityProfilePath {
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
for crate::beta::UserSecurityProfile {
    const SEGMENT: &'static str = "microsoft.graph.userSecurityProfile";
}
#[cfg(msgraph_beta_core)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::beta::requests::UserSettingsPath {
    /// Containment navigation property `itemInsights` (`microsoft.graph.userInsightsSettings`).
    #[inline]
    pub fn item_insights(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::UserInsightsSettings,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("itemInsights"))
    }
    /// Containment navigation property `regionalAndLanguageSettings` (`microsoft.graph.regionalAndLanguageSettings`).
    #[inline]
    pub fn regional_and_language_settings(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::RegionalAndLanguageSettings,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(
            self.node_target().segment("regionalAndLanguageSettings"),
        )
    }
    /// Containment navigation property `shiftPreferences` (`microsoft.graph.shiftPreferences`).
    #[inline]
    pub fn shift_preferences(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::ShiftPreferences,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("shiftPreferences"))
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::UserSettings {
    const SEGMENT: &'static str = "microsoft.graph.userSettings";
}
#[cfg(msgraph_beta_core)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::beta::requests::UserTeamworkPath {
    /// Containment navigation property `installedApps` (`microsoft.graph.userScopeTeamsAppInstallation`).
    #[inline]
    pub fn installed_apps(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::UserScopeTeamsAppInstallation,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("installedApps"))
    }
    /// `POST .../sendActivityNotification`: action `microsoft.graph.sendActivityNotification`.
    #[inline]
    pub fn send_activity_notification(
        &self,
        params: crate::beta::params::UserTeamworkSendActivityNotificationParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::UserTeamworkSendActivityNotificationParams,
        >,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("sendActivityNotification"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::UserTeamwork {
    const SEGMENT: &'static str = "microsoft.graph.userTeamwork";
}
#[cfg(msgraph_beta_compliance_or_search)]
/// Features: `beta`, or one of `beta-compliance`, `beta-search`.
impl dyn crate::beta::requests::ediscovery::UnifiedGroupSourcePath {
    #[cfg(msgraph_beta_core)]
    /// Navigation property `group` (`microsoft.graph.group`).
    ///
    /// Features: `beta` or `beta-search`.
    #[inline]
    pub fn group(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::Group,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("group"))
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
for crate::beta::ediscovery::UnifiedGroupSource {
    const SEGMENT: &'static str = "microsoft.graph.ediscovery.unifiedGroupSource";
}
#[cfg(msgraph_beta_compliance_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::ediscovery::UnifiedGroupSource {
    const SEGMENT: &'static str = "microsoft.graph.ediscovery.unifiedGroupSource";
}
#[cfg(msgraph_beta_compliance_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::ediscovery::AnyDataSource>
for crate::beta::ediscovery::UserSource {
    const SEGMENT: &'static str = "microsoft.graph.ediscovery.userSource";
}
#[cfg(msgraph_beta_compliance_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::ediscovery::UserSource {
    const SEGMENT: &'static str = "microsoft.graph.ediscovery.userSource";
}
#[cfg(msgraph_beta_admin_or_search)]
/// Features: `beta`, or one of `beta-admin`, `beta-search`.
impl dyn crate::beta::requests::windows_updates::UpdatableAssetPath {
    /// `POST .../microsoft.graph.windowsUpdates.addMembers`: action `microsoft.graph.windowsUpdates.addMembers`.
    #[inline]
    pub fn add_members(
        &self,
        params: crate::beta::params::UpdatableAssetAddMembersParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::UpdatableAssetAddMembersParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("microsoft.graph.windowsUpdates.addMembers"),
            rt::request::Json(params),
        )
    }
    /// `POST .../microsoft.graph.windowsUpdates.addMembersById`: action `microsoft.graph.windowsUpdates.addMembersById`.
    #[inline]
    pub fn add_members_by_id(
        &self,
        params: crate::beta::params::UpdatableAssetAddMembersByIdParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::UpdatableAssetAddMembersByIdParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("microsoft.graph.windowsUpdates.addMembersById"),
            rt::request::Json(params),
        )
    }
    /// `POST .../microsoft.graph.windowsUpdates.removeMembers`: action `microsoft.graph.windowsUpdates.removeMembers`.
    #[inline]
    pub fn remove_members(
        &self,
        params: crate::beta::params::UpdatableAssetRemoveMembersParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::UpdatableAssetRemoveMembersParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("microsoft.graph.windowsUpdates.removeMembers"),
            rt::request::Json(params),
        )
    }
    /// `POST .../microsoft.graph.windowsUpdates.removeMembersById`: action `microsoft.graph.windowsUpdates.removeMembersById`.
    #[inline]
    pub fn remove_members_by_id(
        &self,
        params: crate::beta::params::UpdatableAssetRemoveMembersByIdParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::UpdatableAssetRemoveMembersByIdParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self
                .node_target()
                .segment("microsoft.graph.windowsUpdates.removeMembersById"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_beta_admin_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::windows_updates::AnyUpdatableAsset {
    const SEGMENT: &'static str = "microsoft.graph.windowsUpdates.updatableAsset";
}
#[cfg(msgraph_beta_admin_or_search)]
/// Features: `beta`, or one of `beta-admin`, `beta-search`.
impl<C> crate::path::CollectionPath<crate::beta::windows_updates::AnyUpdatableAsset, C> {
    /// `POST .../microsoft.graph.windowsUpdates.enrollAssets`: action `microsoft.graph.windowsUpdates.enrollAssets`.
    pub fn enroll_assets(
        &self,
        params: crate::beta::params::UpdatableAssetCollectionEnrollAssetsParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::UpdatableAssetCollectionEnrollAssetsParams,
        >,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("microsoft.graph.windowsUpdates.enrollAssets"),
            rt::request::Json(params),
        )
    }
    /// `POST .../microsoft.graph.windowsUpdates.enrollAssetsById`: action `microsoft.graph.windowsUpdates.enrollAssetsById`.
    pub fn enroll_assets_by_id(
        &self,
        params: crate::beta::params::UpdatableAssetCollectionEnrollAssetsByIdParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::UpdatableAssetCollectionEnrollAssetsByIdParams,
        >,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("microsoft.graph.windowsUpdates.enrollAssetsById"),
            rt::request::Json(params),
        )
    }
    /// `POST .../microsoft.graph.windowsUpdates.unenrollAssets`: action `microsoft.graph.windowsUpdates.unenrollAssets`.
    pub fn unenroll_assets(
        &self,
        params: crate::beta::params::UpdatableAssetCollectionUnenrollAssetsParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::UpdatableAssetCollectionUnenrollAssetsParams,
        >,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("microsoft.graph.windowsUpdates.unenrollAssets"),
            rt::request::Json(params),
        )
    }
    /// `POST .../microsoft.graph.windowsUpdates.unenrollAssetsById`: action `microsoft.graph.windowsUpdates.unenrollAssetsById`.
    pub fn unenroll_assets_by_id(
        &self,
        params: crate::beta::params::UpdatableAssetCollectionUnenrollAssetsByIdParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::UpdatableAssetCollectionUnenrollAssetsByIdParams,
        >,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("microsoft.graph.windowsUpdates.unenrollAssetsById"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_beta_admin_or_search)]
/// Features: `beta`, or one of `beta-admin`, `beta-search`.
impl dyn crate::beta::requests::windows_updates::UpdatableAssetGroupPath {
    /// Containment navigation property `members` (`microsoft.graph.windowsUpdates.updatableAsset`).
    #[inline]
    pub fn members(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::windows_updates::AnyUpdatableAsset,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("members"))
    }
    /// `POST .../microsoft.graph.windowsUpdates.addMembers`: action `microsoft.graph.windowsUpdates.addMembers`.
    #[inline]
    pub fn add_members(
        &self,
        params: crate::beta::params::UpdatableAssetAddMembersParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::UpdatableAssetAddMembersParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("microsoft.graph.windowsUpdates.addMembers"),
            rt::request::Json(params),
        )
    }
    /// `POST .../microsoft.graph.windowsUpdates.addMembersById`: action `microsoft.graph.windowsUpdates.addMembersById`.
    #[inline]
    pub fn add_members_by_id(
        &self,
        params: crate::beta::params::UpdatableAssetAddMembersByIdParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::UpdatableAssetAddMembersByIdParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("microsoft.graph.windowsUpdates.addMembersById"),
            rt::request::Json(params),
        )
    }
    /// `POST .../microsoft.graph.windowsUpdates.removeMembers`: action `microsoft.graph.windowsUpdates.removeMembers`.
    #[inline]
    pub fn remove_members(
        &self,
        params: crate::beta::params::UpdatableAssetRemoveMembersParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::UpdatableAssetRemoveMembersParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("microsoft.graph.windowsUpdates.removeMembers"),
            rt::request::Json(params),
        )
    }
    /// `POST .../microsoft.graph.windowsUpdates.removeMembersById`: action `microsoft.graph.windowsUpdates.removeMembersById`.
    #[inline]
    pub fn remove_members_by_id(
        &self,
        params: crate::beta::params::UpdatableAssetRemoveMembersByIdParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::UpdatableAssetRemoveMembersByIdParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self
                .node_target()
                .segment("microsoft.graph.windowsUpdates.removeMembersById"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_beta_admin_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::windows_updates::AnyUpdatableAsset>
for crate::beta::windows_updates::UpdatableAssetGroup {
    const SEGMENT: &'static str = "microsoft.graph.windowsUpdates.updatableAssetGroup";
}
#[cfg(msgraph_beta_admin_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::windows_updates::UpdatableAssetGroup {
    const SEGMENT: &'static str = "microsoft.graph.windowsUpdates.updatableAssetGroup";
}
#[cfg(msgraph_beta_admin_or_search)]
/// Features: `beta`, or one of `beta-admin`, `beta-search`.
impl<
    C,
> crate::path::CollectionPath<crate::beta::windows_updates::UpdatableAssetGroup, C> {
    /// `POST .../microsoft.graph.windowsUpdates.enrollAssets`: action `microsoft.graph.windowsUpdates.enrollAssets`.
    pub fn enroll_assets(
        &self,
        params: crate::beta::params::UpdatableAssetCollectionEnrollAssetsParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::UpdatableAssetCollectionEnrollAssetsParams,
        >,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("microsoft.graph.windowsUpdates.enrollAssets"),
            rt::request::Json(params),
        )
    }
    /// `POST .../microsoft.graph.windowsUpdates.enrollAssetsById`: action `microsoft.graph.windowsUpdates.enrollAssetsById`.
    pub fn enroll_assets_by_id(
        &self,
        params: crate::beta::params::UpdatableAssetCollectionEnrollAssetsByIdParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::UpdatableAssetCollectionEnrollAssetsByIdParams,
        >,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("microsoft.graph.windowsUpdates.enrollAssetsById"),
            rt::request::Json(params),
        )
    }
    /// `POST .../microsoft.graph.windowsUpdates.unenrollAssets`: action `microsoft.graph.windowsUpdates.unenrollAssets`.
    pub fn unenroll_assets(
        &self,
        params: crate::beta::params::UpdatableAssetCollectionUnenrollAssetsParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::UpdatableAssetCollectionUnenrollAssetsParams,
        >,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("microsoft.graph.windowsUpdates.unenrollAssets"),
            rt::request::Json(params),
        )
    }
    /// `POST .../microsoft.graph.windowsUpdates.unenrollAssetsById`: action `microsoft.graph.windowsUpdates.unenrollAssetsById`.
    pub fn unenroll_assets_by_id(
        &self,
        params: crate::beta::params::UpdatableAssetCollectionUnenrollAssetsByIdParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::UpdatableAssetCollectionUnenrollAssetsByIdParams,
        >,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("microsoft.graph.windowsUpdates.unenrollAssetsById"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_beta_admin_or_search)]
/// Features: `beta`, or one of `beta-admin`, `beta-search`.
impl dyn crate::beta::requests::windows_updates::UpdatesPath {
    /// Containment navigation property `catalog` (`microsoft.graph.windowsUpdates.catalog`).
    #[inline]
    pub fn catalog(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::windows_updates::Catalog,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("catalog"))
    }
    /// Containment navigation property `deployments` (`microsoft.graph.windowsUpdates.deployment`).
    #[inline]
    pub fn deployments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::windows_updates::Deployment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("deployments"))
    }
    /// Containment navigation property `updatableAssets` (`microsoft.graph.windowsUpdates.updatableAsset`).
    #[inline]
    pub fn updatable_assets(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::windows_updates::AnyUpdatableAsset,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("updatableAssets"))
    }
}
#[cfg(msgraph_beta_admin_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::windows_updates::Updates {
    const SEGMENT: &'static str = "microsoft.graph.windowsUpdates.updates";
}
#[cfg(msgraph_beta_financials_or_search)]
/// Features: `beta`, or one of `beta-financials`, `beta-search`.
impl dyn crate::beta::requests::VendorPath {
    /// Structural property `address` (`microsoft.graph.postalAddressType`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn address(&self) -> crate::path::PropertyPath<crate::beta::PostalAddressType> {
        crate::path::PropertyPath::new(self.node_target().segment("address"))
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
    /// Containment navigation property `paymentMethod` (`microsoft.graph.paymentMethod`).
    #[inline]
    pub fn payment_method(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::PaymentMethod,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("paymentMethod"))
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
    /// Containment navigation property `picture` (`microsoft.graph.picture`).
    #[inline]
    pub fn picture(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::Picture,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("picture"))
    }
}
#[cfg(msgraph_beta_financials_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::Vendor {
    const SEGMENT: &'static str = "microsoft.graph.vendor";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl dyn crate::beta::requests::VirtualEndpointPath {
    /// Containment navigation property `auditEvents` (`microsoft.graph.cloudPcAuditEvent`).
    #[inline]
    pub fn audit_events(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::CloudPcAuditEvent,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("auditEvents"))
    }
    /// Containment navigation property `cloudPCs` (`microsoft.graph.cloudPC`).
    #[inline]
    pub fn cloud_p_cs(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::CloudPc,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("cloudPCs"))
    }
    /// Containment navigation property `deviceImages` (`microsoft.graph.cloudPcDeviceImage`).
    #[inline]
    pub fn device_images(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::CloudPcDeviceImage,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("deviceImages"))
    }
    /// Containment navigation property `onPremisesConnections` (`microsoft.graph.cloudPcOnPremisesConnection`).
    #[inline]
    pub fn on_premises_connections(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::CloudPcOnPremisesConnection,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("onPremisesConnections"),
        )
    }
    /// Containment navigation property `provisioningPolicies` (`microsoft.graph.cloudPcProvisioningPolicy`).
    #[inline]
    pub fn provisioning_policies(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::CloudPcProvisioningPolicy,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("provisioningPolicies"),
        )
    }
    /// Containment navigation property `userSettings` (`microsoft.graph.cloudPcUserSetting`).
    #[inline]
    pub fn user_settings(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::CloudPcUserSetting,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("userSettings"))
    }
    /// `GET .../getEffectivePermissions`: function `microsoft.graph.getEffectivePermissions`.
    #[inline]
    pub fn get_effective_permissions(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<::std::string::String>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.node_target().function("getEffectivePermissions", &[]),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::VirtualEndpoint {
    const SEGMENT: &'static str = "microsoft.graph.virtualEndpoint";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyDeviceConfiguration>
for crate::beta::AnyVpnConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.vpnConfiguration";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::AnyVpnConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.vpnConfiguration";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl<C> crate::path::CollectionPath<crate::beta::AnyVpnConfiguration, C> {
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
#[cfg(msgraph_beta_device_app_management_or_search)]
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
impl dyn crate::beta::requests::VppTokenPath {
    /// Revoke licenses associated with a specific appleVolumePurchaseProgramToken
    ///
    /// `POST .../revokeLicenses`: action `microsoft.graph.revokeLicenses`.
    #[inline]
    pub fn revoke_licenses(
        &self,
        params: crate::beta::params::VppTokenRevokeLicensesParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::VppTokenRevokeLicensesParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("revokeLicenses"),
            rt::request::Json(params),
        )
    }
    /// Syncs licenses associated with a specific appleVolumePurchaseProgramToken
    ///
    /// `POST .../syncLicenses`: action `microsoft.graph.syncLicenses`.
    #[inline]
    pub fn sync_licenses(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::beta::VppToken>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("syncLicenses"),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::VppToken {
    const SEGMENT: &'static str = "microsoft.graph.vppToken";
}
#[cfg(msgraph_beta_device_app_management_or_search)]
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
impl<C> crate::path::CollectionPath<crate::beta::VppToken, C> {
    /// `GET .../getLicensesForApp`: function `microsoft.graph.getLicensesForApp`.
    pub fn get_licenses_for_app(
        &self,
        bundle_id: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::VppTokenLicenseSummary>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .target()
                .function(
                    "getLicensesForApp",
                    &[
                        (
                            "bundleId",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(bundle_id),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `POST .../syncLicenseCounts`: action `microsoft.graph.syncLicenseCounts`.
    pub fn sync_license_counts(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("syncLicenseCounts"),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::VulnerableManagedDevice {
    const SEGMENT: &'static str = "microsoft.graph.vulnerableManagedDevice";
}
