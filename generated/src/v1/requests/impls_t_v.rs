//! Items of `requests` by the first letters of their types' names (`t_v`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::TargetDeviceGroup {
    const SEGMENT: &'static str = "microsoft.graph.targetDeviceGroup";
}
#[cfg(msgraph_v1_core_or_teamwork)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::v1::requests::TargetedChatMessagePath {
    /// Structural property `recipient` (`microsoft.graph.identity`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn recipient(&self) -> crate::path::PropertyPath<crate::v1::AnyIdentity> {
        crate::path::PropertyPath::new(self.node_target().segment("recipient"))
    }
    /// Structural property `body` (`microsoft.graph.itemBody`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn body(&self) -> crate::path::PropertyPath<crate::v1::ItemBody> {
        crate::path::PropertyPath::new(self.node_target().segment("body"))
    }
    /// Structural property `channelIdentity` (`microsoft.graph.channelIdentity`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn channel_identity(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::ChannelIdentity> {
        crate::path::PropertyPath::new(self.node_target().segment("channelIdentity"))
    }
    /// Structural property `eventDetail` (`microsoft.graph.eventMessageDetail`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn event_detail(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AnyEventMessageDetail> {
        crate::path::PropertyPath::new(self.node_target().segment("eventDetail"))
    }
    /// Structural property `from` (`microsoft.graph.chatMessageFromIdentitySet`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn from(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::ChatMessageFromIdentitySet> {
        crate::path::PropertyPath::new(self.node_target().segment("from"))
    }
    /// Structural property `policyViolation` (`microsoft.graph.chatMessagePolicyViolation`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn policy_violation(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::ChatMessagePolicyViolation> {
        crate::path::PropertyPath::new(self.node_target().segment("policyViolation"))
    }
    /// Containment navigation property `hostedContents` (`microsoft.graph.chatMessageHostedContent`).
    #[inline]
    pub fn hosted_contents(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::ChatMessageHostedContent,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("hostedContents"))
    }
    /// Containment navigation property `replies` (`microsoft.graph.chatMessage`).
    #[inline]
    pub fn replies(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyChatMessage,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("replies"))
    }
    /// `POST .../setReaction`: action `microsoft.graph.setReaction`.
    #[inline]
    pub fn set_reaction(
        &self,
        params: crate::v1::params::ChatMessageSetReactionParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::ChatMessageSetReactionParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("setReaction"),
            rt::request::Json(params),
        )
    }
    /// `POST .../softDelete`: action `microsoft.graph.softDelete`.
    #[inline]
    pub fn soft_delete(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("softDelete"),
            rt::request::NoBody,
        )
    }
    /// `POST .../undoSoftDelete`: action `microsoft.graph.undoSoftDelete`.
    #[inline]
    pub fn undo_soft_delete(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("undoSoftDelete"),
            rt::request::NoBody,
        )
    }
    /// `POST .../unsetReaction`: action `microsoft.graph.unsetReaction`.
    #[inline]
    pub fn unset_reaction(
        &self,
        params: crate::v1::params::ChatMessageUnsetReactionParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::ChatMessageUnsetReactionParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("unsetReaction"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyChatMessage>
for crate::v1::TargetedChatMessage {
    const SEGMENT: &'static str = "microsoft.graph.targetedChatMessage";
}
#[cfg(msgraph_v1_core_or_teamwork)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::TargetedChatMessage {
    const SEGMENT: &'static str = "microsoft.graph.targetedChatMessage";
}
#[cfg(msgraph_v1_core_or_teamwork)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::CollectionPath<crate::v1::TargetedChatMessage, C> {
    /// `GET .../delta`: function `microsoft.graph.delta`.
    pub fn delta(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::v1::AnyChatMessage>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.target().function("delta", &[]),
            rt::request::NoBody,
        )
    }
    /// `POST .../replyWithQuote`: action `microsoft.graph.replyWithQuote`.
    pub fn reply_with_quote(
        &self,
        params: crate::v1::params::ChatMessageCollectionReplyWithQuoteParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::ChatMessageCollectionReplyWithQuoteParams>,
        rt::request::Entity<crate::v1::AnyChatMessage>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("replyWithQuote"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_core_or_device_app_management)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-device-app-management`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::v1::requests::TargetedManagedAppConfigurationPath {
    /// Containment navigation property `apps` (`microsoft.graph.managedMobileApp`).
    #[inline]
    pub fn apps(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::ManagedMobileApp,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("apps"))
    }
    /// Containment navigation property `assignments` (`microsoft.graph.targetedManagedAppPolicyAssignment`).
    #[inline]
    pub fn assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::TargetedManagedAppPolicyAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("assignments"))
    }
    /// Containment navigation property `deploymentSummary` (`microsoft.graph.managedAppPolicyDeploymentSummary`).
    #[inline]
    pub fn deployment_summary(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::ManagedAppPolicyDeploymentSummary,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("deploymentSummary"))
    }
    /// `POST .../assign`: action `microsoft.graph.assign`.
    #[inline]
    pub fn assign(
        &self,
        params: crate::v1::params::TargetedManagedAppConfigurationAssignParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::v1::params::TargetedManagedAppConfigurationAssignParams,
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
        params: crate::v1::params::TargetedManagedAppConfigurationTargetAppsParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::v1::params::TargetedManagedAppConfigurationTargetAppsParams,
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
#[cfg(msgraph_v1_core_or_device_app_management)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyManagedAppConfiguration>
for crate::v1::TargetedManagedAppConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.targetedManagedAppConfiguration";
}
#[cfg(msgraph_v1_core_or_device_app_management)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyManagedAppPolicy>
for crate::v1::TargetedManagedAppConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.targetedManagedAppConfiguration";
}
#[cfg(msgraph_v1_core_or_device_app_management)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::TargetedManagedAppConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.targetedManagedAppConfiguration";
}
#[cfg(msgraph_v1_core_or_device_app_management)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-device-app-management`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::v1::requests::TargetedManagedAppPolicyAssignmentPath {
    /// Structural property `target` (`microsoft.graph.deviceAndAppManagementAssignmentTarget`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn target_2(
        &self,
    ) -> crate::path::PropertyPath<
        crate::v1::AnyDeviceAndAppManagementAssignmentTarget,
    > {
        crate::path::PropertyPath::new(self.node_target().segment("target"))
    }
}
#[cfg(msgraph_v1_core_or_device_app_management)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::TargetedManagedAppPolicyAssignment {
    const SEGMENT: &'static str = "microsoft.graph.targetedManagedAppPolicyAssignment";
}
#[cfg(msgraph_v1_core_or_device_app_management)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-device-app-management`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::v1::requests::TargetedManagedAppProtectionPath {
    /// Containment navigation property `assignments` (`microsoft.graph.targetedManagedAppPolicyAssignment`).
    #[inline]
    pub fn assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::TargetedManagedAppPolicyAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("assignments"))
    }
    /// `POST .../assign`: action `microsoft.graph.assign`.
    #[inline]
    pub fn assign(
        &self,
        params: crate::v1::params::TargetedManagedAppProtectionAssignParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::TargetedManagedAppProtectionAssignParams>,
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
        params: crate::v1::params::TargetedManagedAppProtectionTargetAppsParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::v1::params::TargetedManagedAppProtectionTargetAppsParams,
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
#[cfg(msgraph_v1_core_or_device_app_management)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyManagedAppProtection>
for crate::v1::AnyTargetedManagedAppProtection {
    const SEGMENT: &'static str = "microsoft.graph.targetedManagedAppProtection";
}
#[cfg(msgraph_v1_core_or_device_app_management)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyManagedAppPolicy>
for crate::v1::AnyTargetedManagedAppProtection {
    const SEGMENT: &'static str = "microsoft.graph.targetedManagedAppProtection";
}
#[cfg(msgraph_v1_core_or_device_app_management)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::AnyTargetedManagedAppProtection {
    const SEGMENT: &'static str = "microsoft.graph.targetedManagedAppProtection";
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyAttachmentBase>
for crate::v1::TaskFileAttachment {
    const SEGMENT: &'static str = "microsoft.graph.taskFileAttachment";
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::TaskFileAttachment {
    const SEGMENT: &'static str = "microsoft.graph.taskFileAttachment";
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::CollectionPath<crate::v1::TaskFileAttachment, C> {
    /// `POST .../createUploadSession`: action `microsoft.graph.createUploadSession`.
    pub fn create_upload_session(
        &self,
        params: crate::v1::params::AttachmentBaseCollectionCreateUploadSessionParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::v1::params::AttachmentBaseCollectionCreateUploadSessionParams,
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
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::v1::requests::TeamPath {
    /// Structural property `funSettings` (`microsoft.graph.teamFunSettings`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn fun_settings(&self) -> crate::path::PropertyPath<crate::v1::TeamFunSettings> {
        crate::path::PropertyPath::new(self.node_target().segment("funSettings"))
    }
    /// Structural property `guestSettings` (`microsoft.graph.teamGuestSettings`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn guest_settings(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::TeamGuestSettings> {
        crate::path::PropertyPath::new(self.node_target().segment("guestSettings"))
    }
    /// Structural property `memberSettings` (`microsoft.graph.teamMemberSettings`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn member_settings(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::TeamMemberSettings> {
        crate::path::PropertyPath::new(self.node_target().segment("memberSettings"))
    }
    /// Structural property `messagingSettings` (`microsoft.graph.teamMessagingSettings`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn messaging_settings(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::TeamMessagingSettings> {
        crate::path::PropertyPath::new(self.node_target().segment("messagingSettings"))
    }
    /// Structural property `summary` (`microsoft.graph.teamSummary`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn summary(&self) -> crate::path::PropertyPath<crate::v1::TeamSummary> {
        crate::path::PropertyPath::new(self.node_target().segment("summary"))
    }
    /// Navigation property `allChannels` (`microsoft.graph.channel`).
    #[inline]
    pub fn all_channels(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::Channel,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("allChannels"))
    }
    /// Containment navigation property `channels` (`microsoft.graph.channel`).
    #[inline]
    pub fn channels(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::Channel,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("channels"))
    }
    /// Navigation property `group` (`microsoft.graph.group`).
    #[inline]
    pub fn group(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::Group,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("group"))
    }
    /// Navigation property `incomingChannels` (`microsoft.graph.channel`).
    #[inline]
    pub fn incoming_channels(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::Channel,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("incomingChannels"))
    }
    /// Containment navigation property `installedApps` (`microsoft.graph.teamsAppInstallation`).
    #[inline]
    pub fn installed_apps(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyTeamsAppInstallation,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("installedApps"))
    }
    /// Containment navigation property `members` (`microsoft.graph.conversationMember`).
    #[inline]
    pub fn members(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyConversationMember,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("members"))
    }
    /// Containment navigation property `operations` (`microsoft.graph.teamsAsyncOperation`).
    #[inline]
    pub fn operations(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::TeamsAsyncOperation,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("operations"))
    }
    /// Containment navigation property `permissionGrants` (`microsoft.graph.resourceSpecificPermissionGrant`).
    #[inline]
    pub fn permission_grants(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::ResourceSpecificPermissionGrant,
        crate::path::caps::NoCount<crate::path::caps::ListCreateUpdateDelete>,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("permissionGrants"))
    }
    /// Containment navigation property `photo` (`microsoft.graph.profilePhoto`).
    #[inline]
    pub fn photo(
        &self,
    ) -> crate::path::EntityPath<crate::v1::ProfilePhoto, crate::path::caps::GetUpdate> {
        crate::path::EntityPath::new(self.node_target().segment("photo"))
    }
    /// Containment navigation property `primaryChannel` (`microsoft.graph.channel`).
    #[inline]
    pub fn primary_channel(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::Channel,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("primaryChannel"))
    }
    /// Containment navigation property `schedule` (`microsoft.graph.schedule`).
    ///
    /// Updated with `PUT` (`UpdateRestrictions/UpdateMethod`): `update` sends `PUT` here.
    #[inline]
    pub fn schedule(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::Schedule,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(
            self.node_target().segment("schedule").updated_by_put(),
        )
    }
    /// Containment navigation property `tags` (`microsoft.graph.teamworkTag`).
    #[inline]
    pub fn tags(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::TeamworkTag,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("tags"))
    }
    #[cfg(msgraph_v1_search_or_teams_templates)]
    /// Navigation property `template` (`microsoft.graph.teamsTemplate`).
    ///
    /// Features: `v1` or `v1-search`.
    #[inline]
    pub fn template(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::TeamsTemplate,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("template"))
    }
    /// `POST .../archive`: action `microsoft.graph.archive`.
    #[inline]
    pub fn archive(
        &self,
        params: crate::v1::params::TeamArchiveParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::TeamArchiveParams>,
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
        params: crate::v1::params::TeamCloneParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::TeamCloneParams>,
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
        params: crate::v1::params::TeamSendActivityNotificationParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::TeamSendActivityNotificationParams>,
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
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::Team {
    const SEGMENT: &'static str = "microsoft.graph.team";
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::CollectionPath<crate::v1::Team, C> {
    /// `GET .../getAllMessages`: function `microsoft.graph.getAllMessages`.
    pub fn get_all_messages(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::v1::AnyChatMessage>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.target().function("getAllMessages", &[]),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::v1::requests::TeamInfoPath {
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
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::AnyTeamInfo {
    const SEGMENT: &'static str = "microsoft.graph.teamInfo";
}
#[cfg(msgraph_v1_app_catalogs_or_search)]
/// Features: `v1`, or one of `v1-app-catalogs`, `v1-search`.
impl dyn crate::v1::requests::TeamsAppPath {
    /// Containment navigation property `appDefinitions` (`microsoft.graph.teamsAppDefinition`).
    #[inline]
    pub fn app_definitions(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::TeamsAppDefinition,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("appDefinitions"))
    }
}
#[cfg(msgraph_v1_app_catalogs_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::TeamsApp {
    const SEGMENT: &'static str = "microsoft.graph.teamsApp";
}
#[cfg(msgraph_v1_app_catalogs_or_search)]
/// Features: `v1`, or one of `v1-app-catalogs`, `v1-search`.
impl dyn crate::v1::requests::TeamsAppDefinitionPath {
    /// Structural property `authorization` (`microsoft.graph.teamsAppAuthorization`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn authorization(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::TeamsAppAuthorization> {
        crate::path::PropertyPath::new(self.node_target().segment("authorization"))
    }
    /// Structural property `createdBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn created_by(&self) -> crate::path::PropertyPath<crate::v1::AnyIdentitySet> {
        crate::path::PropertyPath::new(self.node_target().segment("createdBy"))
    }
    /// Containment navigation property `bot` (`microsoft.graph.teamworkBot`).
    #[inline]
    pub fn bot(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::TeamworkBot,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("bot"))
    }
}
#[cfg(msgraph_v1_app_catalogs_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::TeamsAppDefinition {
    const SEGMENT: &'static str = "microsoft.graph.teamsAppDefinition";
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::v1::requests::TeamsAppInstallationPath {
    /// Structural property `consentedPermissionSet` (`microsoft.graph.teamsAppPermissionSet`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn consented_permission_set(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::TeamsAppPermissionSet> {
        crate::path::PropertyPath::new(
            self.node_target().segment("consentedPermissionSet"),
        )
    }
    #[cfg(msgraph_v1_app_catalogs_or_search)]
    /// Navigation property `teamsApp` (`microsoft.graph.teamsApp`).
    ///
    /// Features: `v1` or `v1-search`.
    #[inline]
    pub fn teams_app(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::TeamsApp,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("teamsApp"))
    }
    #[cfg(msgraph_v1_app_catalogs_or_search)]
    /// Navigation property `teamsAppDefinition` (`microsoft.graph.teamsAppDefinition`).
    ///
    /// Features: `v1` or `v1-search`.
    #[inline]
    pub fn teams_app_definition(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::TeamsAppDefinition,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("teamsAppDefinition"))
    }
    /// `POST .../upgrade`: action `microsoft.graph.upgrade`.
    #[inline]
    pub fn upgrade(
        &self,
        params: crate::v1::params::TeamsAppInstallationUpgradeParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::TeamsAppInstallationUpgradeParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("upgrade"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::AnyTeamsAppInstallation {
    const SEGMENT: &'static str = "microsoft.graph.teamsAppInstallation";
}
#[cfg(msgraph_v1_search_or_teamwork)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::TeamsAppSettings {
    const SEGMENT: &'static str = "microsoft.graph.teamsAppSettings";
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::v1::requests::TeamsAsyncOperationPath {
    /// Structural property `error` (`microsoft.graph.operationError`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn error(&self) -> crate::path::PropertyPath<crate::v1::OperationError> {
        crate::path::PropertyPath::new(self.node_target().segment("error"))
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::TeamsAsyncOperation {
    const SEGMENT: &'static str = "microsoft.graph.teamsAsyncOperation";
}
#[cfg(msgraph_v1_core_or_teamwork)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::v1::requests::TeamsTabPath {
    /// Structural property `configuration` (`microsoft.graph.teamsTabConfiguration`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn configuration(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::TeamsTabConfiguration> {
        crate::path::PropertyPath::new(self.node_target().segment("configuration"))
    }
    #[cfg(msgraph_v1_app_catalogs_or_search)]
    /// Navigation property `teamsApp` (`microsoft.graph.teamsApp`).
    ///
    /// Features: `v1` or `v1-search`.
    #[inline]
    pub fn teams_app(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::TeamsApp,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("teamsApp"))
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::TeamsTab {
    const SEGMENT: &'static str = "microsoft.graph.teamsTab";
}
#[cfg(msgraph_v1_search_or_teams_templates)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::TeamsTemplate {
    const SEGMENT: &'static str = "microsoft.graph.teamsTemplate";
}
#[cfg(msgraph_v1_search_or_teamwork)]
/// Features: `v1`, or one of `v1-search`, `v1-teamwork`.
impl dyn crate::v1::requests::TeamworkPath {
    /// Containment navigation property `deletedChats` (`microsoft.graph.deletedChat`).
    #[inline]
    pub fn deleted_chats(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::DeletedChat,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("deletedChats"))
    }
    /// Containment navigation property `deletedTeams` (`microsoft.graph.deletedTeam`).
    #[inline]
    pub fn deleted_teams(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::DeletedTeam,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("deletedTeams"))
    }
    /// Containment navigation property `teamsAppSettings` (`microsoft.graph.teamsAppSettings`).
    #[inline]
    pub fn teams_app_settings(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::TeamsAppSettings,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("teamsAppSettings"))
    }
    /// Containment navigation property `workforceIntegrations` (`microsoft.graph.workforceIntegration`).
    #[inline]
    pub fn workforce_integrations(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::WorkforceIntegration,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("workforceIntegrations"),
        )
    }
    /// `POST .../sendActivityNotificationToRecipients`: action `microsoft.graph.sendActivityNotificationToRecipients`.
    #[inline]
    pub fn send_activity_notification_to_recipients(
        &self,
        params: crate::v1::params::TeamworkSendActivityNotificationToRecipientsParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::v1::params::TeamworkSendActivityNotificationToRecipientsParams,
        >,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("sendActivityNotificationToRecipients"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_search_or_teamwork)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::Teamwork {
    const SEGMENT: &'static str = "microsoft.graph.teamwork";
}
#[cfg(msgraph_v1_app_catalogs_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::TeamworkBot {
    const SEGMENT: &'static str = "microsoft.graph.teamworkBot";
}
#[cfg(msgraph_v1_core_or_teamwork)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::v1::requests::TeamworkHostedContentPath {
    /// The media content (`$value`) of this entity.
    #[inline]
    pub fn value(&self) -> crate::path::StreamPath {
        crate::path::StreamPath::new(self.node_target().segment("$value"))
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::AnyTeamworkHostedContent {
    const SEGMENT: &'static str = "microsoft.graph.teamworkHostedContent";
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::v1::requests::TeamworkTagPath {
    /// Containment navigation property `members` (`microsoft.graph.teamworkTagMember`).
    #[inline]
    pub fn members(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::TeamworkTagMember,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("members"))
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::TeamworkTag {
    const SEGMENT: &'static str = "microsoft.graph.teamworkTag";
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::TeamworkTagMember {
    const SEGMENT: &'static str = "microsoft.graph.teamworkTagMember";
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyAuthenticationMethod>
for crate::v1::TemporaryAccessPassAuthenticationMethod {
    const SEGMENT: &'static str = "microsoft.graph.temporaryAccessPassAuthenticationMethod";
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::TemporaryAccessPassAuthenticationMethod {
    const SEGMENT: &'static str = "microsoft.graph.temporaryAccessPassAuthenticationMethod";
}
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
/// Features: `v1`, or one of `v1-authentication-method-configurations`, `v1-authentication-methods-policy`, `v1-policies`, `v1-search`.
impl dyn crate::v1::requests::TemporaryAccessPassAuthenticationMethodConfigurationPath {
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
for crate::v1::TemporaryAccessPassAuthenticationMethodConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.temporaryAccessPassAuthenticationMethodConfiguration";
}
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::TemporaryAccessPassAuthenticationMethodConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.temporaryAccessPassAuthenticationMethodConfiguration";
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::v1::requests::TenantAppManagementPolicyPath {
    /// Structural property `applicationRestrictions` (`microsoft.graph.appManagementApplicationConfiguration`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn application_restrictions(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AppManagementApplicationConfiguration> {
        crate::path::PropertyPath::new(
            self.node_target().segment("applicationRestrictions"),
        )
    }
    /// Structural property `servicePrincipalRestrictions` (`microsoft.graph.appManagementServicePrincipalConfiguration`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn service_principal_restrictions(
        &self,
    ) -> crate::path::PropertyPath<
        crate::v1::AppManagementServicePrincipalConfiguration,
    > {
        crate::path::PropertyPath::new(
            self.node_target().segment("servicePrincipalRestrictions"),
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
impl crate::path::DerivedFrom<crate::v1::AnyPolicyBase>
for crate::v1::TenantAppManagementPolicy {
    const SEGMENT: &'static str = "microsoft.graph.tenantAppManagementPolicy";
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyDirectoryObject>
for crate::v1::TenantAppManagementPolicy {
    const SEGMENT: &'static str = "microsoft.graph.tenantAppManagementPolicy";
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::TenantAppManagementPolicy {
    const SEGMENT: &'static str = "microsoft.graph.tenantAppManagementPolicy";
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::CollectionPath<crate::v1::TenantAppManagementPolicy, C> {
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
#[cfg(msgraph_v1_search_or_security)]
/// Features: `v1`, or one of `v1-search`, `v1-security`.
impl dyn crate::v1::requests::TenantDataSecurityAndGovernancePath {
    /// Containment navigation property `protectionScopes` (`microsoft.graph.tenantProtectionScopeContainer`).
    #[inline]
    pub fn protection_scopes(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::TenantProtectionScopeContainer,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("protectionScopes"))
    }
    /// `POST .../processContentAsync`: action `microsoft.graph.processContentAsync`.
    #[inline]
    pub fn process_content_async(
        &self,
        params: crate::v1::params::TenantDataSecurityAndGovernanceProcessContentAsyncParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::v1::params::TenantDataSecurityAndGovernanceProcessContentAsyncParams,
        >,
        rt::request::Collection<crate::v1::ProcessContentResponses>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("processContentAsync"),
            rt::request::Json(params),
        )
    }
    /// Containment navigation property `sensitivityLabels` (`microsoft.graph.sensitivityLabel`).
    #[inline]
    pub fn sensitivity_labels(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::SensitivityLabel,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("sensitivityLabels"))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyDataSecurityAndGovernance>
for crate::v1::TenantDataSecurityAndGovernance {
    const SEGMENT: &'static str = "microsoft.graph.tenantDataSecurityAndGovernance";
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::TenantDataSecurityAndGovernance {
    const SEGMENT: &'static str = "microsoft.graph.tenantDataSecurityAndGovernance";
}
#[cfg(msgraph_v1_search_or_security)]
/// Features: `v1`, or one of `v1-search`, `v1-security`.
impl dyn crate::v1::requests::TenantProtectionScopeContainerPath {
    /// `POST .../compute`: action `microsoft.graph.compute`.
    #[inline]
    pub fn compute(
        &self,
        params: crate::v1::params::TenantProtectionScopeContainerComputeParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::v1::params::TenantProtectionScopeContainerComputeParams,
        >,
        rt::request::Collection<crate::v1::PolicyTenantScope>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("compute"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::TenantProtectionScopeContainer {
    const SEGMENT: &'static str = "microsoft.graph.tenantProtectionScopeContainer";
}
#[cfg(msgraph_v1_tenant_relationships)]
/// Features: `v1` or `v1-tenant-relationships`.
impl dyn crate::v1::requests::TenantRelationshipPath {
    /// Containment navigation property `delegatedAdminCustomers` (`microsoft.graph.delegatedAdminCustomer`).
    #[inline]
    pub fn delegated_admin_customers(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::DelegatedAdminCustomer,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("delegatedAdminCustomers"),
        )
    }
    /// Containment navigation property `delegatedAdminRelationships` (`microsoft.graph.delegatedAdminRelationship`).
    #[inline]
    pub fn delegated_admin_relationships(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyDelegatedAdminRelationship,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("delegatedAdminRelationships"),
        )
    }
    /// Containment navigation property `multiTenantOrganization` (`microsoft.graph.multiTenantOrganization`).
    ///
    /// Updated with `PUT` (`UpdateRestrictions/UpdateMethod`): `update` sends `PUT` here.
    #[inline]
    pub fn multi_tenant_organization(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::MultiTenantOrganization,
        crate::path::caps::GetUpdate,
    > {
        crate::path::EntityPath::new(
            self.node_target().segment("multiTenantOrganization").updated_by_put(),
        )
    }
    /// `GET .../findTenantInformationByDomainName`: function `microsoft.graph.findTenantInformationByDomainName`.
    #[inline]
    pub fn find_tenant_information_by_domain_name(
        &self,
        domain_name: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::TenantInformation>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .node_target()
                .function(
                    "findTenantInformationByDomainName",
                    &[
                        (
                            "domainName",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(domain_name),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../findTenantInformationByTenantId`: function `microsoft.graph.findTenantInformationByTenantId`.
    #[inline]
    pub fn find_tenant_information_by_tenant_id(
        &self,
        tenant_id: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::TenantInformation>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .node_target()
                .function(
                    "findTenantInformationByTenantId",
                    &[
                        (
                            "tenantId",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(tenant_id),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
impl dyn crate::v1::requests::TermsAndConditionsPath {
    /// Containment navigation property `acceptanceStatuses` (`microsoft.graph.termsAndConditionsAcceptanceStatus`).
    #[inline]
    pub fn acceptance_statuses(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::TermsAndConditionsAcceptanceStatus,
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
        crate::v1::TermsAndConditionsAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("assignments"))
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::TermsAndConditions {
    const SEGMENT: &'static str = "microsoft.graph.termsAndConditions";
}
#[cfg(msgraph_v1_device_management_or_search)]
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
impl dyn crate::v1::requests::TermsAndConditionsAcceptanceStatusPath {
    /// Navigation property `termsAndConditions` (`microsoft.graph.termsAndConditions`).
    #[inline]
    pub fn terms_and_conditions(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::TermsAndConditions,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("termsAndConditions"))
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::TermsAndConditionsAcceptanceStatus {
    const SEGMENT: &'static str = "microsoft.graph.termsAndConditionsAcceptanceStatus";
}
#[cfg(msgraph_v1_device_management_or_search)]
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
impl dyn crate::v1::requests::TermsAndConditionsAssignmentPath {
    /// Structural property `target` (`microsoft.graph.deviceAndAppManagementAssignmentTarget`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn target_2(
        &self,
    ) -> crate::path::PropertyPath<
        crate::v1::AnyDeviceAndAppManagementAssignmentTarget,
    > {
        crate::path::PropertyPath::new(self.node_target().segment("target"))
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::TermsAndConditionsAssignment {
    const SEGMENT: &'static str = "microsoft.graph.termsAndConditionsAssignment";
}
#[cfg(msgraph_v1_identity_governance_or_search)]
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
impl dyn crate::v1::requests::TermsOfUseContainerPath {
    /// Containment navigation property `agreementAcceptances` (`microsoft.graph.agreementAcceptance`).
    #[inline]
    pub fn agreement_acceptances(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AgreementAcceptance,
        crate::path::caps::NoCount<crate::path::caps::ListCreateUpdateDelete>,
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
        crate::v1::Agreement,
        crate::path::caps::NoCount<crate::path::caps::ListCreateUpdateDelete>,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("agreements"))
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::TermsOfUseContainer {
    const SEGMENT: &'static str = "microsoft.graph.termsOfUseContainer";
}
#[cfg(msgraph_v1_core_or_sites)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyWebPart> for crate::v1::TextWebPart {
    const SEGMENT: &'static str = "microsoft.graph.textWebPart";
}
#[cfg(msgraph_v1_core_or_sites)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::TextWebPart {
    const SEGMENT: &'static str = "microsoft.graph.textWebPart";
}
#[cfg(msgraph_v1_information_protection_or_search)]
/// Features: `v1`, or one of `v1-information-protection`, `v1-search`.
impl dyn crate::v1::requests::ThreatAssessmentRequestPath {
    /// Structural property `createdBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn created_by(&self) -> crate::path::PropertyPath<crate::v1::AnyIdentitySet> {
        crate::path::PropertyPath::new(self.node_target().segment("createdBy"))
    }
    /// Containment navigation property `results` (`microsoft.graph.threatAssessmentResult`).
    #[inline]
    pub fn results(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::ThreatAssessmentResult,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("results"))
    }
}
#[cfg(msgraph_v1_information_protection_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::AnyThreatAssessmentRequest {
    const SEGMENT: &'static str = "microsoft.graph.threatAssessmentRequest";
}
#[cfg(msgraph_v1_information_protection_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::ThreatAssessmentResult {
    const SEGMENT: &'static str = "microsoft.graph.threatAssessmentResult";
}
#[cfg(msgraph_v1_drives_or_search)]
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
impl dyn crate::v1::requests::ThumbnailSetPath {
    /// Structural property `large` (`microsoft.graph.thumbnail`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn large(&self) -> crate::path::PropertyPath<crate::v1::Thumbnail> {
        crate::path::PropertyPath::new(self.node_target().segment("large"))
    }
    /// Structural property `medium` (`microsoft.graph.thumbnail`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn medium(&self) -> crate::path::PropertyPath<crate::v1::Thumbnail> {
        crate::path::PropertyPath::new(self.node_target().segment("medium"))
    }
    /// Structural property `small` (`microsoft.graph.thumbnail`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn small(&self) -> crate::path::PropertyPath<crate::v1::Thumbnail> {
        crate::path::PropertyPath::new(self.node_target().segment("small"))
    }
    /// Structural property `source` (`microsoft.graph.thumbnail`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn source(&self) -> crate::path::PropertyPath<crate::v1::Thumbnail> {
        crate::path::PropertyPath::new(self.node_target().segment("source"))
    }
}
#[cfg(msgraph_v1_drives_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::ThumbnailSet {
    const SEGMENT: &'static str = "microsoft.graph.thumbnailSet";
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::v1::requests::TimeCardPath {
    /// Structural property `clockInEvent` (`microsoft.graph.timeCardEvent`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn clock_in_event(&self) -> crate::path::PropertyPath<crate::v1::TimeCardEvent> {
        crate::path::PropertyPath::new(self.node_target().segment("clockInEvent"))
    }
    /// Structural property `clockOutEvent` (`microsoft.graph.timeCardEvent`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn clock_out_event(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::TimeCardEvent> {
        crate::path::PropertyPath::new(self.node_target().segment("clockOutEvent"))
    }
    /// Structural property `notes` (`microsoft.graph.itemBody`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn notes(&self) -> crate::path::PropertyPath<crate::v1::ItemBody> {
        crate::path::PropertyPath::new(self.node_target().segment("notes"))
    }
    /// Structural property `originalEntry` (`microsoft.graph.timeCardEntry`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn original_entry(&self) -> crate::path::PropertyPath<crate::v1::TimeCardEntry> {
        crate::path::PropertyPath::new(self.node_target().segment("originalEntry"))
    }
    /// `POST .../clockOut`: action `microsoft.graph.clockOut`.
    #[inline]
    pub fn clock_out(
        &self,
        params: crate::v1::params::TimeCardClockOutParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::TimeCardClockOutParams>,
        rt::request::Entity<crate::v1::TimeCard>,
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
        rt::request::Entity<crate::v1::TimeCard>,
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
        params: crate::v1::params::TimeCardEndBreakParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::TimeCardEndBreakParams>,
        rt::request::Entity<crate::v1::TimeCard>,
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
        params: crate::v1::params::TimeCardStartBreakParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::TimeCardStartBreakParams>,
        rt::request::Entity<crate::v1::TimeCard>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("startBreak"),
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
for crate::v1::TimeCard {
    const SEGMENT: &'static str = "microsoft.graph.timeCard";
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::TimeCard {
    const SEGMENT: &'static str = "microsoft.graph.timeCard";
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::CollectionPath<crate::v1::TimeCard, C> {
    /// `POST .../clockIn`: action `microsoft.graph.clockIn`.
    pub fn clock_in(
        &self,
        params: crate::v1::params::TimeCardCollectionClockInParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::TimeCardCollectionClockInParams>,
        rt::request::Entity<crate::v1::TimeCard>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("clockIn"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::v1::requests::TimeOffPath {
    /// Structural property `draftTimeOff` (`microsoft.graph.timeOffItem`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn draft_time_off(&self) -> crate::path::PropertyPath<crate::v1::TimeOffItem> {
        crate::path::PropertyPath::new(self.node_target().segment("draftTimeOff"))
    }
    /// Structural property `sharedTimeOff` (`microsoft.graph.timeOffItem`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn shared_time_off(&self) -> crate::path::PropertyPath<crate::v1::TimeOffItem> {
        crate::path::PropertyPath::new(self.node_target().segment("sharedTimeOff"))
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
impl crate::path::DerivedFrom<crate::v1::AnyChangeTrackedEntity> for crate::v1::TimeOff {
    const SEGMENT: &'static str = "microsoft.graph.timeOff";
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::TimeOff {
    const SEGMENT: &'static str = "microsoft.graph.timeOff";
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyChangeTrackedEntity>
for crate::v1::TimeOffReason {
    const SEGMENT: &'static str = "microsoft.graph.timeOffReason";
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::TimeOffReason {
    const SEGMENT: &'static str = "microsoft.graph.timeOffReason";
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyScheduleChangeRequest>
for crate::v1::TimeOffRequest {
    const SEGMENT: &'static str = "microsoft.graph.timeOffRequest";
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyChangeTrackedEntity>
for crate::v1::TimeOffRequest {
    const SEGMENT: &'static str = "microsoft.graph.timeOffRequest";
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::TimeOffRequest {
    const SEGMENT: &'static str = "microsoft.graph.timeOffRequest";
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::v1::requests::TodoPath {
    /// Containment navigation property `lists` (`microsoft.graph.todoTaskList`).
    #[inline]
    pub fn lists(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::TodoTaskList,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("lists"))
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::Todo {
    const SEGMENT: &'static str = "microsoft.graph.todo";
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::v1::requests::TodoTaskPath {
    /// Structural property `body` (`microsoft.graph.itemBody`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn body(&self) -> crate::path::PropertyPath<crate::v1::ItemBody> {
        crate::path::PropertyPath::new(self.node_target().segment("body"))
    }
    /// Structural property `completedDateTime` (`microsoft.graph.dateTimeTimeZone`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn completed_date_time(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::DateTimeTimeZone> {
        crate::path::PropertyPath::new(self.node_target().segment("completedDateTime"))
    }
    /// Structural property `dueDateTime` (`microsoft.graph.dateTimeTimeZone`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn due_date_time(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::DateTimeTimeZone> {
        crate::path::PropertyPath::new(self.node_target().segment("dueDateTime"))
    }
    /// Structural property `recurrence` (`microsoft.graph.patternedRecurrence`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn recurrence(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::PatternedRecurrence> {
        crate::path::PropertyPath::new(self.node_target().segment("recurrence"))
    }
    /// Structural property `reminderDateTime` (`microsoft.graph.dateTimeTimeZone`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn reminder_date_time(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::DateTimeTimeZone> {
        crate::path::PropertyPath::new(self.node_target().segment("reminderDateTime"))
    }
    /// Structural property `startDateTime` (`microsoft.graph.dateTimeTimeZone`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn start_date_time(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::DateTimeTimeZone> {
        crate::path::PropertyPath::new(self.node_target().segment("startDateTime"))
    }
    /// Containment navigation property `attachments` (`microsoft.graph.attachmentBase`).
    #[inline]
    pub fn attachments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyAttachmentBase,
        crate::path::caps::ListCreateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("attachments"))
    }
    /// Containment navigation property `attachmentSessions` (`microsoft.graph.attachmentSession`).
    #[inline]
    pub fn attachment_sessions(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AttachmentSession,
        crate::path::caps::ListUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("attachmentSessions"),
        )
    }
    /// Containment navigation property `checklistItems` (`microsoft.graph.checklistItem`).
    #[inline]
    pub fn checklist_items(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::ChecklistItem,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("checklistItems"))
    }
    /// Containment navigation property `extensions` (`microsoft.graph.extension`).
    #[inline]
    pub fn extensions(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyExtension,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("extensions"))
    }
    /// Containment navigation property `linkedResources` (`microsoft.graph.linkedResource`).
    #[inline]
    pub fn linked_resources(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::LinkedResource,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("linkedResources"))
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::TodoTask {
    const SEGMENT: &'static str = "microsoft.graph.todoTask";
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::CollectionPath<crate::v1::TodoTask, C> {
    /// `GET .../delta`: function `microsoft.graph.delta`.
    pub fn delta(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::v1::TodoTask>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.target().function("delta", &[]),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::v1::requests::TodoTaskListPath {
    /// Containment navigation property `extensions` (`microsoft.graph.extension`).
    #[inline]
    pub fn extensions(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyExtension,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("extensions"))
    }
    /// Containment navigation property `tasks` (`microsoft.graph.todoTask`).
    #[inline]
    pub fn tasks(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::TodoTask,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("tasks"))
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::TodoTaskList {
    const SEGMENT: &'static str = "microsoft.graph.todoTaskList";
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::CollectionPath<crate::v1::TodoTaskList, C> {
    /// `GET .../delta`: function `microsoft.graph.delta`.
    pub fn delta(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::v1::TodoTaskList>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.target().function("delta", &[]),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyStsPolicy>
for crate::v1::TokenIssuancePolicy {
    const SEGMENT: &'static str = "microsoft.graph.tokenIssuancePolicy";
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyPolicyBase>
for crate::v1::TokenIssuancePolicy {
    const SEGMENT: &'static str = "microsoft.graph.tokenIssuancePolicy";
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyDirectoryObject>
for crate::v1::TokenIssuancePolicy {
    const SEGMENT: &'static str = "microsoft.graph.tokenIssuancePolicy";
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::TokenIssuancePolicy {
    const SEGMENT: &'static str = "microsoft.graph.tokenIssuancePolicy";
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::CollectionPath<crate::v1::TokenIssuancePolicy, C> {
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
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyStsPolicy>
for crate::v1::TokenLifetimePolicy {
    const SEGMENT: &'static str = "microsoft.graph.tokenLifetimePolicy";
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyPolicyBase>
for crate::v1::TokenLifetimePolicy {
    const SEGMENT: &'static str = "microsoft.graph.tokenLifetimePolicy";
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyDirectoryObject>
for crate::v1::TokenLifetimePolicy {
    const SEGMENT: &'static str = "microsoft.graph.tokenLifetimePolicy";
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::TokenLifetimePolicy {
    const SEGMENT: &'static str = "microsoft.graph.tokenLifetimePolicy";
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::CollectionPath<crate::v1::TokenLifetimePolicy, C> {
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
#[cfg(msgraph_v1_search_or_security)]
/// Features: `v1`, or one of `v1-search`, `v1-security`.
impl dyn crate::v1::requests::TrainingPath {
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
    /// Containment navigation property `languageDetails` (`microsoft.graph.trainingLanguageDetail`).
    #[inline]
    pub fn language_details(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::TrainingLanguageDetail,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("languageDetails"))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::Training {
    const SEGMENT: &'static str = "microsoft.graph.training";
}
#[cfg(msgraph_v1_search_or_security)]
/// Features: `v1`, or one of `v1-search`, `v1-security`.
impl dyn crate::v1::requests::TrainingLanguageDetailPath {
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
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::TrainingLanguageDetail {
    const SEGMENT: &'static str = "microsoft.graph.trainingLanguageDetail";
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::v1::requests::TrendingPath {
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
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::Trending {
    const SEGMENT: &'static str = "microsoft.graph.trending";
}
#[cfg(msgraph_v1_identity_governance_or_search)]
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
impl dyn crate::v1::requests::identity_governance::TaskPath {
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
}
#[cfg(msgraph_v1_identity_governance_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::identity_governance::Task {
    const SEGMENT: &'static str = "microsoft.graph.identityGovernance.task";
}
#[cfg(msgraph_v1_identity_governance_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::identity_governance::TaskDefinition {
    const SEGMENT: &'static str = "microsoft.graph.identityGovernance.taskDefinition";
}
#[cfg(msgraph_v1_identity_governance_or_search)]
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
impl dyn crate::v1::requests::identity_governance::TaskProcessingResultPath {
    /// Navigation property `subject` (`microsoft.graph.user`).
    #[inline]
    pub fn subject(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::AnyUser,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("subject"))
    }
    /// Navigation property `task` (`microsoft.graph.identityGovernance.task`).
    #[inline]
    pub fn task(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::identity_governance::Task,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("task"))
    }
    /// `POST .../microsoft.graph.identityGovernance.resume`: action `microsoft.graph.identityGovernance.resume`.
    #[inline]
    pub fn resume(
        &self,
        params: crate::v1::params::TaskProcessingResultResumeParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::TaskProcessingResultResumeParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("microsoft.graph.identityGovernance.resume"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::identity_governance::TaskProcessingResult {
    const SEGMENT: &'static str = "microsoft.graph.identityGovernance.taskProcessingResult";
}
#[cfg(msgraph_v1_identity_governance_or_search)]
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
impl dyn crate::v1::requests::identity_governance::TaskReportPath {
    /// Navigation property `task` (`microsoft.graph.identityGovernance.task`).
    #[inline]
    pub fn task(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::identity_governance::Task,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("task"))
    }
    /// Navigation property `taskDefinition` (`microsoft.graph.identityGovernance.taskDefinition`).
    #[inline]
    pub fn task_definition(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::identity_governance::TaskDefinition,
        crate::path::caps::GetDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("taskDefinition"))
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
}
#[cfg(msgraph_v1_identity_governance_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::identity_governance::TaskReport {
    const SEGMENT: &'static str = "microsoft.graph.identityGovernance.taskReport";
}
#[cfg(msgraph_v1_identity_governance_or_search)]
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
impl<C> crate::path::CollectionPath<crate::v1::identity_governance::TaskReport, C> {
    /// `GET .../microsoft.graph.identityGovernance.summary`: function `microsoft.graph.identityGovernance.summary`.
    pub fn summary(
        &self,
        start_date_time: &rt::edm::DateTimeOffset,
        end_date_time: &rt::edm::DateTimeOffset,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::identity_governance::TaskReportSummary>,
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
#[cfg(msgraph_v1_search_or_security)]
/// Features: `v1`, or one of `v1-search`, `v1-security`.
impl dyn crate::v1::requests::security::TagPath {
    /// Structural property `createdBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn created_by(&self) -> crate::path::PropertyPath<crate::v1::AnyIdentitySet> {
        crate::path::PropertyPath::new(self.node_target().segment("createdBy"))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::security::AnyTag {
    const SEGMENT: &'static str = "microsoft.graph.security.tag";
}
#[cfg(msgraph_v1_search_or_security)]
/// Features: `v1`, or one of `v1-search`, `v1-security`.
impl dyn crate::v1::requests::security::ThreatIntelligencePath {
    /// Containment navigation property `articleIndicators` (`microsoft.graph.security.articleIndicator`).
    #[inline]
    pub fn article_indicators(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::security::ArticleIndicator,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("articleIndicators"))
    }
    /// Containment navigation property `articles` (`microsoft.graph.security.article`).
    #[inline]
    pub fn articles(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::security::Article,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("articles"))
    }
    /// Containment navigation property `hostComponents` (`microsoft.graph.security.hostComponent`).
    #[inline]
    pub fn host_components(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::security::HostComponent,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("hostComponents"))
    }
    /// Containment navigation property `hostCookies` (`microsoft.graph.security.hostCookie`).
    #[inline]
    pub fn host_cookies(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::security::HostCookie,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("hostCookies"))
    }
    /// Containment navigation property `hostPairs` (`microsoft.graph.security.hostPair`).
    #[inline]
    pub fn host_pairs(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::security::HostPair,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("hostPairs"))
    }
    /// Containment navigation property `hostPorts` (`microsoft.graph.security.hostPort`).
    #[inline]
    pub fn host_ports(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::security::HostPort,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("hostPorts"))
    }
    /// Containment navigation property `hosts` (`microsoft.graph.security.host`).
    #[inline]
    pub fn hosts(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::security::AnyHost,
        crate::path::caps::NoCount<crate::path::caps::ListCreateUpdateDelete>,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("hosts"))
    }
    /// Containment navigation property `hostSslCertificates` (`microsoft.graph.security.hostSslCertificate`).
    #[inline]
    pub fn host_ssl_certificates(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::security::HostSslCertificate,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("hostSslCertificates"),
        )
    }
    /// Containment navigation property `hostTrackers` (`microsoft.graph.security.hostTracker`).
    #[inline]
    pub fn host_trackers(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::security::HostTracker,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("hostTrackers"))
    }
    /// Containment navigation property `intelligenceProfileIndicators` (`microsoft.graph.security.intelligenceProfileIndicator`).
    #[inline]
    pub fn intelligence_profile_indicators(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::security::IntelligenceProfileIndicator,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("intelligenceProfileIndicators"),
        )
    }
    /// Containment navigation property `intelProfiles` (`microsoft.graph.security.intelligenceProfile`).
    #[inline]
    pub fn intel_profiles(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::security::IntelligenceProfile,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("intelProfiles"))
    }
    /// Containment navigation property `passiveDnsRecords` (`microsoft.graph.security.passiveDnsRecord`).
    #[inline]
    pub fn passive_dns_records(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::security::PassiveDnsRecord,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("passiveDnsRecords"))
    }
    /// Containment navigation property `sslCertificates` (`microsoft.graph.security.sslCertificate`).
    #[inline]
    pub fn ssl_certificates(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::security::SslCertificate,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("sslCertificates"))
    }
    /// Containment navigation property `subdomains` (`microsoft.graph.security.subdomain`).
    #[inline]
    pub fn subdomains(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::security::Subdomain,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("subdomains"))
    }
    /// Containment navigation property `vulnerabilities` (`microsoft.graph.security.vulnerability`).
    #[inline]
    pub fn vulnerabilities(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::security::Vulnerability,
        crate::path::caps::NoCount<crate::path::caps::ListCreateUpdateDelete>,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("vulnerabilities"))
    }
    /// Containment navigation property `whoisHistoryRecords` (`microsoft.graph.security.whoisHistoryRecord`).
    #[inline]
    pub fn whois_history_records(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::security::WhoisHistoryRecord,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("whoisHistoryRecords"),
        )
    }
    /// Containment navigation property `whoisRecords` (`microsoft.graph.security.whoisRecord`).
    #[inline]
    pub fn whois_records(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::security::WhoisRecord,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("whoisRecords"))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::security::ThreatIntelligence {
    const SEGMENT: &'static str = "microsoft.graph.security.threatIntelligence";
}
#[cfg(msgraph_v1_search_or_security)]
/// Features: `v1`, or one of `v1-search`, `v1-security`.
impl dyn crate::v1::requests::security::TriggerTypesRootPath {
    /// Containment navigation property `retentionEventTypes` (`microsoft.graph.security.retentionEventType`).
    #[inline]
    pub fn retention_event_types(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::security::RetentionEventType,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("retentionEventTypes"),
        )
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::security::TriggerTypesRoot {
    const SEGMENT: &'static str = "microsoft.graph.security.triggerTypesRoot";
}
#[cfg(msgraph_v1_search_or_security)]
/// Features: `v1`, or one of `v1-search`, `v1-security`.
impl dyn crate::v1::requests::security::TriggersRootPath {
    /// Containment navigation property `retentionEvents` (`microsoft.graph.security.retentionEvent`).
    #[inline]
    pub fn retention_events(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::security::RetentionEvent,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("retentionEvents"))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::security::TriggersRoot {
    const SEGMENT: &'static str = "microsoft.graph.security.triggersRoot";
}
#[cfg(msgraph_v1_admin_or_search)]
/// Features: `v1`, or one of `v1-admin`, `v1-search`.
impl dyn crate::v1::requests::teams_administration::TeamsAdminRootPath {
    /// Containment navigation property `policy` (`microsoft.graph.teamsAdministration.teamsPolicyAssignment`).
    #[inline]
    pub fn policy(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::teams_administration::TeamsPolicyAssignment,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("policy"))
    }
    /// Containment navigation property `telephoneNumberManagement` (`microsoft.graph.teamsAdministration.telephoneNumberManagementRoot`).
    #[inline]
    pub fn telephone_number_management(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::teams_administration::TelephoneNumberManagementRoot,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(
            self.node_target().segment("telephoneNumberManagement"),
        )
    }
    /// Containment navigation property `userConfigurations` (`microsoft.graph.teamsAdministration.teamsUserConfiguration`).
    #[inline]
    pub fn user_configurations(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::teams_administration::TeamsUserConfiguration,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("userConfigurations"),
        )
    }
}
#[cfg(msgraph_v1_admin_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::teams_administration::TeamsAdminRoot {
    const SEGMENT: &'static str = "microsoft.graph.teamsAdministration.teamsAdminRoot";
}
#[cfg(msgraph_v1_admin_or_search)]
/// Features: `v1`, or one of `v1-admin`, `v1-search`.
impl dyn crate::v1::requests::teams_administration::TeamsPolicyAssignmentPath {
    /// Containment navigation property `userAssignments` (`microsoft.graph.teamsAdministration.teamsPolicyUserAssignment`).
    #[inline]
    pub fn user_assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::teams_administration::TeamsPolicyUserAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("userAssignments"))
    }
    /// `GET .../microsoft.graph.teamsAdministration.getPolicyId`: function `microsoft.graph.teamsAdministration.getPolicyId`.
    #[inline]
    pub fn get_policy_id(
        &self,
        type_: &str,
        name: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::v1::teams_administration::PolicyIdentifierDetail>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .node_target()
                .function(
                    "microsoft.graph.teamsAdministration.getPolicyId",
                    &[
                        (
                            "type",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(type_),
                            ),
                        ),
                        (
                            "name",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(name),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_admin_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::teams_administration::TeamsPolicyAssignment {
    const SEGMENT: &'static str = "microsoft.graph.teamsAdministration.teamsPolicyAssignment";
}
#[cfg(msgraph_v1_admin_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::teams_administration::TeamsPolicyUserAssignment {
    const SEGMENT: &'static str = "microsoft.graph.teamsAdministration.teamsPolicyUserAssignment";
}
#[cfg(msgraph_v1_admin_or_search)]
/// Features: `v1`, or one of `v1-admin`, `v1-search`.
impl<
    C,
> crate::path::CollectionPath<
    crate::v1::teams_administration::TeamsPolicyUserAssignment,
    C,
> {
    /// `POST .../microsoft.graph.teamsAdministration.assign`: action `microsoft.graph.teamsAdministration.assign`.
    pub fn assign(
        &self,
        params: crate::v1::params::TeamsPolicyUserAssignmentCollectionAssignParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::v1::params::TeamsPolicyUserAssignmentCollectionAssignParams,
        >,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("microsoft.graph.teamsAdministration.assign"),
            rt::request::Json(params),
        )
    }
    /// `POST .../microsoft.graph.teamsAdministration.unassign`: action `microsoft.graph.teamsAdministration.unassign`.
    pub fn unassign(
        &self,
        params: crate::v1::params::TeamsPolicyUserAssignmentCollectionUnassignParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::v1::params::TeamsPolicyUserAssignmentCollectionUnassignParams,
        >,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("microsoft.graph.teamsAdministration.unassign"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_admin_or_search)]
/// Features: `v1`, or one of `v1-admin`, `v1-search`.
impl dyn crate::v1::requests::teams_administration::TeamsUserConfigurationPath {
    /// Navigation property `user` (`microsoft.graph.user`).
    #[inline]
    pub fn user(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::AnyUser,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("user"))
    }
}
#[cfg(msgraph_v1_admin_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::teams_administration::TeamsUserConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.teamsAdministration.teamsUserConfiguration";
}
#[cfg(msgraph_v1_admin_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::teams_administration::TelephoneNumberLongRunningOperation {
    const SEGMENT: &'static str = "microsoft.graph.teamsAdministration.telephoneNumberLongRunningOperation";
}
#[cfg(msgraph_v1_admin_or_search)]
/// Features: `v1`, or one of `v1-admin`, `v1-search`.
impl dyn crate::v1::requests::teams_administration::TelephoneNumberManagementRootPath {
    /// Containment navigation property `numberAssignments` (`microsoft.graph.teamsAdministration.numberAssignment`).
    #[inline]
    pub fn number_assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::teams_administration::NumberAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("numberAssignments"))
    }
    /// Containment navigation property `operations` (`microsoft.graph.teamsAdministration.telephoneNumberLongRunningOperation`).
    #[inline]
    pub fn operations(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::teams_administration::TelephoneNumberLongRunningOperation,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("operations"))
    }
}
#[cfg(msgraph_v1_admin_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::teams_administration::TelephoneNumberManagementRoot {
    const SEGMENT: &'static str = "microsoft.graph.teamsAdministration.telephoneNumberManagementRoot";
}
#[cfg(msgraph_v1_core_or_sites)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::v1::requests::term_store::TermPath {
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
}
#[cfg(msgraph_v1_core_or_sites)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::term_store::Term {
    const SEGMENT: &'static str = "microsoft.graph.termStore.term";
}
#[cfg(msgraph_v1_role_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::UnifiedRbacResourceAction {
    const SEGMENT: &'static str = "microsoft.graph.unifiedRbacResourceAction";
}
#[cfg(msgraph_v1_role_management_or_search)]
/// Features: `v1`, or one of `v1-role-management`, `v1-search`.
impl dyn crate::v1::requests::UnifiedRbacResourceNamespacePath {
    /// Containment navigation property `resourceActions` (`microsoft.graph.unifiedRbacResourceAction`).
    #[inline]
    pub fn resource_actions(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::UnifiedRbacResourceAction,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("resourceActions"))
    }
}
#[cfg(msgraph_v1_role_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::UnifiedRbacResourceNamespace {
    const SEGMENT: &'static str = "microsoft.graph.unifiedRbacResourceNamespace";
}
#[cfg(msgraph_v1_role_management_or_search)]
/// Features: `v1`, or one of `v1-role-management`, `v1-search`.
impl dyn crate::v1::requests::UnifiedRoleAssignmentPath {
    /// Containment navigation property `appScope` (`microsoft.graph.appScope`).
    #[inline]
    pub fn app_scope(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::AppScope,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("appScope"))
    }
    #[cfg(msgraph_v1_core)]
    /// Navigation property `directoryScope` (`microsoft.graph.directoryObject`).
    ///
    /// Features: `v1` or `v1-search`.
    #[inline]
    pub fn directory_scope(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::AnyDirectoryObject,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("directoryScope"))
    }
    #[cfg(msgraph_v1_core)]
    /// Navigation property `principal` (`microsoft.graph.directoryObject`).
    ///
    /// Features: `v1` or `v1-search`.
    #[inline]
    pub fn principal(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::AnyDirectoryObject,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("principal"))
    }
    /// Navigation property `roleDefinition` (`microsoft.graph.unifiedRoleDefinition`).
    #[inline]
    pub fn role_definition(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::UnifiedRoleDefinition,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("roleDefinition"))
    }
}
#[cfg(msgraph_v1_role_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::UnifiedRoleAssignment {
    const SEGMENT: &'static str = "microsoft.graph.unifiedRoleAssignment";
}
#[cfg(msgraph_v1_role_management_or_search)]
/// Features: `v1`, or one of `v1-role-management`, `v1-search`.
impl dyn crate::v1::requests::UnifiedRoleAssignmentSchedulePath {
    /// Structural property `scheduleInfo` (`microsoft.graph.requestSchedule`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn schedule_info(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::RequestSchedule> {
        crate::path::PropertyPath::new(self.node_target().segment("scheduleInfo"))
    }
    /// Navigation property `activatedUsing` (`microsoft.graph.unifiedRoleEligibilitySchedule`).
    #[inline]
    pub fn activated_using(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::UnifiedRoleEligibilitySchedule,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("activatedUsing"))
    }
    /// Navigation property `appScope` (`microsoft.graph.appScope`).
    #[inline]
    pub fn app_scope(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::AppScope,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("appScope"))
    }
    #[cfg(msgraph_v1_core)]
    /// Navigation property `directoryScope` (`microsoft.graph.directoryObject`).
    ///
    /// Features: `v1` or `v1-search`.
    #[inline]
    pub fn directory_scope(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::AnyDirectoryObject,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("directoryScope"))
    }
    #[cfg(msgraph_v1_core)]
    /// Navigation property `principal` (`microsoft.graph.directoryObject`).
    ///
    /// Features: `v1` or `v1-search`.
    #[inline]
    pub fn principal(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::AnyDirectoryObject,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("principal"))
    }
    /// Navigation property `roleDefinition` (`microsoft.graph.unifiedRoleDefinition`).
    #[inline]
    pub fn role_definition(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::UnifiedRoleDefinition,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("roleDefinition"))
    }
}
#[cfg(msgraph_v1_role_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyUnifiedRoleScheduleBase>
for crate::v1::UnifiedRoleAssignmentSchedule {
    const SEGMENT: &'static str = "microsoft.graph.unifiedRoleAssignmentSchedule";
}
#[cfg(msgraph_v1_role_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::UnifiedRoleAssignmentSchedule {
    const SEGMENT: &'static str = "microsoft.graph.unifiedRoleAssignmentSchedule";
}
#[cfg(msgraph_v1_role_management_or_search)]
/// Features: `v1`, or one of `v1-role-management`, `v1-search`.
impl<C> crate::path::CollectionPath<crate::v1::UnifiedRoleAssignmentSchedule, C> {
    /// `GET .../filterByCurrentUser`: function `microsoft.graph.filterByCurrentUser`.
    pub fn filter_by_current_user(
        &self,
        on: &crate::v1::RoleAssignmentScheduleFilterByCurrentUserOptions,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::v1::UnifiedRoleAssignmentSchedule>,
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
#[cfg(msgraph_v1_role_management_or_search)]
/// Features: `v1`, or one of `v1-role-management`, `v1-search`.
impl dyn crate::v1::requests::UnifiedRoleAssignmentScheduleInstancePath {
    /// Navigation property `activatedUsing` (`microsoft.graph.unifiedRoleEligibilityScheduleInstance`).
    #[inline]
    pub fn activated_using(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::UnifiedRoleEligibilityScheduleInstance,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("activatedUsing"))
    }
    /// Navigation property `appScope` (`microsoft.graph.appScope`).
    #[inline]
    pub fn app_scope(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::AppScope,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("appScope"))
    }
    #[cfg(msgraph_v1_core)]
    /// Navigation property `directoryScope` (`microsoft.graph.directoryObject`).
    ///
    /// Features: `v1` or `v1-search`.
    #[inline]
    pub fn directory_scope(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::AnyDirectoryObject,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("directoryScope"))
    }
    #[cfg(msgraph_v1_core)]
    /// Navigation property `principal` (`microsoft.graph.directoryObject`).
    ///
    /// Features: `v1` or `v1-search`.
    #[inline]
    pub fn principal(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::AnyDirectoryObject,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("principal"))
    }
    /// Navigation property `roleDefinition` (`microsoft.graph.unifiedRoleDefinition`).
    #[inline]
    pub fn role_definition(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::UnifiedRoleDefinition,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("roleDefinition"))
    }
}
#[cfg(msgraph_v1_role_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyUnifiedRoleScheduleInstanceBase>
for crate::v1::UnifiedRoleAssignmentScheduleInstance {
    const SEGMENT: &'static str = "microsoft.graph.unifiedRoleAssignmentScheduleInstance";
}
#[cfg(msgraph_v1_role_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::UnifiedRoleAssignmentScheduleInstance {
    const SEGMENT: &'static str = "microsoft.graph.unifiedRoleAssignmentScheduleInstance";
}
#[cfg(msgraph_v1_role_management_or_search)]
/// Features: `v1`, or one of `v1-role-management`, `v1-search`.
impl<
    C,
> crate::path::CollectionPath<crate::v1::UnifiedRoleAssignmentScheduleInstance, C> {
    /// `GET .../filterByCurrentUser`: function `microsoft.graph.filterByCurrentUser`.
    pub fn filter_by_current_user(
        &self,
        on: &crate::v1::RoleAssignmentScheduleInstanceFilterByCurrentUserOptions,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::v1::UnifiedRoleAssignmentScheduleInstance>,
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
#[cfg(msgraph_v1_role_management_or_search)]
/// Features: `v1`, or one of `v1-role-management`, `v1-search`.
impl dyn crate::v1::requests::UnifiedRoleAssignmentScheduleRequestPath {
    /// Structural property `scheduleInfo` (`microsoft.graph.requestSchedule`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn schedule_info(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::RequestSchedule> {
        crate::path::PropertyPath::new(self.node_target().segment("scheduleInfo"))
    }
    /// Structural property `ticketInfo` (`microsoft.graph.ticketInfo`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn ticket_info(&self) -> crate::path::PropertyPath<crate::v1::TicketInfo> {
        crate::path::PropertyPath::new(self.node_target().segment("ticketInfo"))
    }
    /// Navigation property `activatedUsing` (`microsoft.graph.unifiedRoleEligibilitySchedule`).
    #[inline]
    pub fn activated_using(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::UnifiedRoleEligibilitySchedule,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("activatedUsing"))
    }
    /// Navigation property `appScope` (`microsoft.graph.appScope`).
    #[inline]
    pub fn app_scope(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::AppScope,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("appScope"))
    }
    #[cfg(msgraph_v1_core)]
    /// Navigation property `directoryScope` (`microsoft.graph.directoryObject`).
    ///
    /// Features: `v1` or `v1-search`.
    #[inline]
    pub fn directory_scope(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::AnyDirectoryObject,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("directoryScope"))
    }
    #[cfg(msgraph_v1_core)]
    /// Navigation property `principal` (`microsoft.graph.directoryObject`).
    ///
    /// Features: `v1` or `v1-search`.
    #[inline]
    pub fn principal(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::AnyDirectoryObject,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("principal"))
    }
    /// Navigation property `roleDefinition` (`microsoft.graph.unifiedRoleDefinition`).
    #[inline]
    pub fn role_definition(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::UnifiedRoleDefinition,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("roleDefinition"))
    }
    /// Navigation property `targetSchedule` (`microsoft.graph.unifiedRoleAssignmentSchedule`).
    #[inline]
    pub fn target_schedule(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::UnifiedRoleAssignmentSchedule,
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
    pub fn created_by(&self) -> crate::path::PropertyPath<crate::v1::AnyIdentitySet> {
        crate::path::PropertyPath::new(self.node_target().segment("createdBy"))
    }
}
#[cfg(msgraph_v1_role_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyRequest>
for crate::v1::UnifiedRoleAssignmentScheduleRequest {
    const SEGMENT: &'static str = "microsoft.graph.unifiedRoleAssignmentScheduleRequest";
}
#[cfg(msgraph_v1_role_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::UnifiedRoleAssignmentScheduleRequest {
    const SEGMENT: &'static str = "microsoft.graph.unifiedRoleAssignmentScheduleRequest";
}
#[cfg(msgraph_v1_role_management_or_search)]
/// Features: `v1`, or one of `v1-role-management`, `v1-search`.
impl<C> crate::path::CollectionPath<crate::v1::UnifiedRoleAssignmentScheduleRequest, C> {
    /// `GET .../filterByCurrentUser`: function `microsoft.graph.filterByCurrentUser`.
    pub fn filter_by_current_user(
        &self,
        on: &crate::v1::RoleAssignmentScheduleRequestFilterByCurrentUserOptions,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::v1::UnifiedRoleAssignmentScheduleRequest>,
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
#[cfg(msgraph_v1_role_management_or_search)]
/// Features: `v1`, or one of `v1-role-management`, `v1-search`.
impl dyn crate::v1::requests::UnifiedRoleDefinitionPath {
    /// Containment navigation property `inheritsPermissionsFrom` (`microsoft.graph.unifiedRoleDefinition`).
    #[inline]
    pub fn inherits_permissions_from(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::UnifiedRoleDefinition,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("inheritsPermissionsFrom"),
        )
    }
}
#[cfg(msgraph_v1_role_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::UnifiedRoleDefinition {
    const SEGMENT: &'static str = "microsoft.graph.unifiedRoleDefinition";
}
#[cfg(msgraph_v1_role_management_or_search)]
/// Features: `v1`, or one of `v1-role-management`, `v1-search`.
impl dyn crate::v1::requests::UnifiedRoleEligibilitySchedulePath {
    /// Structural property `scheduleInfo` (`microsoft.graph.requestSchedule`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn schedule_info(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::RequestSchedule> {
        crate::path::PropertyPath::new(self.node_target().segment("scheduleInfo"))
    }
    /// Navigation property `appScope` (`microsoft.graph.appScope`).
    #[inline]
    pub fn app_scope(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::AppScope,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("appScope"))
    }
    #[cfg(msgraph_v1_core)]
    /// Navigation property `directoryScope` (`microsoft.graph.directoryObject`).
    ///
    /// Features: `v1` or `v1-search`.
    #[inline]
    pub fn directory_scope(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::AnyDirectoryObject,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("directoryScope"))
    }
    #[cfg(msgraph_v1_core)]
    /// Navigation property `principal` (`microsoft.graph.directoryObject`).
    ///
    /// Features: `v1` or `v1-search`.
    #[inline]
    pub fn principal(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::AnyDirectoryObject,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("principal"))
    }
    /// Navigation property `roleDefinition` (`microsoft.graph.unifiedRoleDefinition`).
    #[inline]
    pub fn role_definition(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::UnifiedRoleDefinition,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("roleDefinition"))
    }
}
#[cfg(msgraph_v1_role_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyUnifiedRoleScheduleBase>
for crate::v1::UnifiedRoleEligibilitySchedule {
    const SEGMENT: &'static str = "microsoft.graph.unifiedRoleEligibilitySchedule";
}
#[cfg(msgraph_v1_role_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::UnifiedRoleEligibilitySchedule {
    const SEGMENT: &'static str = "microsoft.graph.unifiedRoleEligibilitySchedule";
}
#[cfg(msgraph_v1_role_management_or_search)]
/// Features: `v1`, or one of `v1-role-management`, `v1-search`.
impl<C> crate::path::CollectionPath<crate::v1::UnifiedRoleEligibilitySchedule, C> {
    /// `GET .../filterByCurrentUser`: function `microsoft.graph.filterByCurrentUser`.
    pub fn filter_by_current_user(
        &self,
        on: &crate::v1::RoleEligibilityScheduleFilterByCurrentUserOptions,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::v1::UnifiedRoleEligibilitySchedule>,
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
#[cfg(msgraph_v1_role_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyUnifiedRoleScheduleInstanceBase>
for crate::v1::UnifiedRoleEligibilityScheduleInstance {
    const SEGMENT: &'static str = "microsoft.graph.unifiedRoleEligibilityScheduleInstance";
}
#[cfg(msgraph_v1_role_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::UnifiedRoleEligibilityScheduleInstance {
    const SEGMENT: &'static str = "microsoft.graph.unifiedRoleEligibilityScheduleInstance";
}
#[cfg(msgraph_v1_role_management_or_search)]
/// Features: `v1`, or one of `v1-role-management`, `v1-search`.
impl<
    C,
> crate::path::CollectionPath<crate::v1::UnifiedRoleEligibilityScheduleInstance, C> {
    /// `GET .../filterByCurrentUser`: function `microsoft.graph.filterByCurrentUser`.
    pub fn filter_by_current_user(
        &self,
        on: &crate::v1::RoleEligibilityScheduleInstanceFilterByCurrentUserOptions,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::v1::UnifiedRoleEligibilityScheduleInstance>,
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
#[cfg(msgraph_v1_role_management_or_search)]
/// Features: `v1`, or one of `v1-role-management`, `v1-search`.
impl dyn crate::v1::requests::UnifiedRoleEligibilityScheduleRequestPath {
    /// Structural property `scheduleInfo` (`microsoft.graph.requestSchedule`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn schedule_info(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::RequestSchedule> {
        crate::path::PropertyPath::new(self.node_target().segment("scheduleInfo"))
    }
    /// Structural property `ticketInfo` (`microsoft.graph.ticketInfo`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn ticket_info(&self) -> crate::path::PropertyPath<crate::v1::TicketInfo> {
        crate::path::PropertyPath::new(self.node_target().segment("ticketInfo"))
    }
    /// Navigation property `appScope` (`microsoft.graph.appScope`).
    #[inline]
    pub fn app_scope(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::AppScope,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("appScope"))
    }
    #[cfg(msgraph_v1_core)]
    /// Navigation property `directoryScope` (`microsoft.graph.directoryObject`).
    ///
    /// Features: `v1` or `v1-search`.
    #[inline]
    pub fn directory_scope(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::AnyDirectoryObject,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("directoryScope"))
    }
    #[cfg(msgraph_v1_core)]
    /// Navigation property `principal` (`microsoft.graph.directoryObject`).
    ///
    /// Features: `v1` or `v1-search`.
    #[inline]
    pub fn principal(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::AnyDirectoryObject,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("principal"))
    }
    /// Navigation property `roleDefinition` (`microsoft.graph.unifiedRoleDefinition`).
    #[inline]
    pub fn role_definition(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::UnifiedRoleDefinition,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("roleDefinition"))
    }
    /// Navigation property `targetSchedule` (`microsoft.graph.unifiedRoleEligibilitySchedule`).
    #[inline]
    pub fn target_schedule(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::UnifiedRoleEligibilitySchedule,
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
    pub fn created_by(&self) -> crate::path::PropertyPath<crate::v1::AnyIdentitySet> {
        crate::path::PropertyPath::new(self.node_target().segment("createdBy"))
    }
}
#[cfg(msgraph_v1_role_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyRequest>
for crate::v1::UnifiedRoleEligibilityScheduleRequest {
    const SEGMENT: &'static str = "microsoft.graph.unifiedRoleEligibilityScheduleRequest";
}
#[cfg(msgraph_v1_role_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::UnifiedRoleEligibilityScheduleRequest {
    const SEGMENT: &'static str = "microsoft.graph.unifiedRoleEligibilityScheduleRequest";
}
#[cfg(msgraph_v1_role_management_or_search)]
/// Features: `v1`, or one of `v1-role-management`, `v1-search`.
impl<
    C,
> crate::path::CollectionPath<crate::v1::UnifiedRoleEligibilityScheduleRequest, C> {
    /// `GET .../filterByCurrentUser`: function `microsoft.graph.filterByCurrentUser`.
    pub fn filter_by_current_user(
        &self,
        on: &crate::v1::RoleEligibilityScheduleRequestFilterByCurrentUserOptions,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::v1::UnifiedRoleEligibilityScheduleRequest>,
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
#[cfg(msgraph_v1_policies_or_search)]
/// Features: `v1`, or one of `v1-policies`, `v1-search`.
impl dyn crate::v1::requests::UnifiedRoleManagementPolicyPath {
    /// Structural property `lastModifiedBy` (`microsoft.graph.identity`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn last_modified_by(&self) -> crate::path::PropertyPath<crate::v1::AnyIdentity> {
        crate::path::PropertyPath::new(self.node_target().segment("lastModifiedBy"))
    }
    /// Containment navigation property `effectiveRules` (`microsoft.graph.unifiedRoleManagementPolicyRule`).
    #[inline]
    pub fn effective_rules(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyUnifiedRoleManagementPolicyRule,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("effectiveRules"))
    }
    /// Containment navigation property `rules` (`microsoft.graph.unifiedRoleManagementPolicyRule`).
    #[inline]
    pub fn rules(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyUnifiedRoleManagementPolicyRule,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("rules"))
    }
}
#[cfg(msgraph_v1_policies_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::UnifiedRoleManagementPolicy {
    const SEGMENT: &'static str = "microsoft.graph.unifiedRoleManagementPolicy";
}
#[cfg(msgraph_v1_policies_or_search)]
/// Features: `v1`, or one of `v1-policies`, `v1-search`.
impl dyn crate::v1::requests::UnifiedRoleManagementPolicyApprovalRulePath {
    /// Structural property `setting` (`microsoft.graph.approvalSettings`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn setting(&self) -> crate::path::PropertyPath<crate::v1::ApprovalSettings> {
        crate::path::PropertyPath::new(self.node_target().segment("setting"))
    }
    /// Structural property `target` (`microsoft.graph.unifiedRoleManagementPolicyRuleTarget`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn target_2(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::UnifiedRoleManagementPolicyRuleTarget> {
        crate::path::PropertyPath::new(self.node_target().segment("target"))
    }
}
#[cfg(msgraph_v1_policies_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyUnifiedRoleManagementPolicyRule>
for crate::v1::UnifiedRoleManagementPolicyApprovalRule {
    const SEGMENT: &'static str = "microsoft.graph.unifiedRoleManagementPolicyApprovalRule";
}
#[cfg(msgraph_v1_policies_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::UnifiedRoleManagementPolicyApprovalRule {
    const SEGMENT: &'static str = "microsoft.graph.unifiedRoleManagementPolicyApprovalRule";
}
#[cfg(msgraph_v1_policies_or_search)]
/// Features: `v1`, or one of `v1-policies`, `v1-search`.
impl dyn crate::v1::requests::UnifiedRoleManagementPolicyAssignmentPath {
    /// Navigation property `policy` (`microsoft.graph.unifiedRoleManagementPolicy`).
    #[inline]
    pub fn policy(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::UnifiedRoleManagementPolicy,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("policy"))
    }
}
#[cfg(msgraph_v1_policies_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::UnifiedRoleManagementPolicyAssignment {
    const SEGMENT: &'static str = "microsoft.graph.unifiedRoleManagementPolicyAssignment";
}
#[cfg(msgraph_v1_policies_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyUnifiedRoleManagementPolicyRule>
for crate::v1::UnifiedRoleManagementPolicyAuthenticationContextRule {
    const SEGMENT: &'static str = "microsoft.graph.unifiedRoleManagementPolicyAuthenticationContextRule";
}
#[cfg(msgraph_v1_policies_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::UnifiedRoleManagementPolicyAuthenticationContextRule {
    const SEGMENT: &'static str = "microsoft.graph.unifiedRoleManagementPolicyAuthenticationContextRule";
}
#[cfg(msgraph_v1_policies_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyUnifiedRoleManagementPolicyRule>
for crate::v1::UnifiedRoleManagementPolicyEnablementRule {
    const SEGMENT: &'static str = "microsoft.graph.unifiedRoleManagementPolicyEnablementRule";
}
#[cfg(msgraph_v1_policies_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::UnifiedRoleManagementPolicyEnablementRule {
    const SEGMENT: &'static str = "microsoft.graph.unifiedRoleManagementPolicyEnablementRule";
}
#[cfg(msgraph_v1_policies_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyUnifiedRoleManagementPolicyRule>
for crate::v1::UnifiedRoleManagementPolicyExpirationRule {
    const SEGMENT: &'static str = "microsoft.graph.unifiedRoleManagementPolicyExpirationRule";
}
#[cfg(msgraph_v1_policies_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::UnifiedRoleManagementPolicyExpirationRule {
    const SEGMENT: &'static str = "microsoft.graph.unifiedRoleManagementPolicyExpirationRule";
}
#[cfg(msgraph_v1_policies_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyUnifiedRoleManagementPolicyRule>
for crate::v1::UnifiedRoleManagementPolicyNotificationRule {
    const SEGMENT: &'static str = "microsoft.graph.unifiedRoleManagementPolicyNotificationRule";
}
#[cfg(msgraph_v1_policies_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::UnifiedRoleManagementPolicyNotificationRule {
    const SEGMENT: &'static str = "microsoft.graph.unifiedRoleManagementPolicyNotificationRule";
}
#[cfg(msgraph_v1_policies_or_search)]
/// Features: `v1`, or one of `v1-policies`, `v1-search`.
impl dyn crate::v1::requests::UnifiedRoleManagementPolicyRulePath {
    /// Structural property `target` (`microsoft.graph.unifiedRoleManagementPolicyRuleTarget`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn target_2(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::UnifiedRoleManagementPolicyRuleTarget> {
        crate::path::PropertyPath::new(self.node_target().segment("target"))
    }
}
#[cfg(msgraph_v1_policies_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::AnyUnifiedRoleManagementPolicyRule {
    const SEGMENT: &'static str = "microsoft.graph.unifiedRoleManagementPolicyRule";
}
#[cfg(msgraph_v1_role_management_or_search)]
/// Features: `v1`, or one of `v1-role-management`, `v1-search`.
impl dyn crate::v1::requests::UnifiedRoleScheduleBasePath {
    /// Navigation property `appScope` (`microsoft.graph.appScope`).
    #[inline]
    pub fn app_scope(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::AppScope,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("appScope"))
    }
    #[cfg(msgraph_v1_core)]
    /// Navigation property `directoryScope` (`microsoft.graph.directoryObject`).
    ///
    /// Features: `v1` or `v1-search`.
    #[inline]
    pub fn directory_scope(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::AnyDirectoryObject,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("directoryScope"))
    }
    #[cfg(msgraph_v1_core)]
    /// Navigation property `principal` (`microsoft.graph.directoryObject`).
    ///
    /// Features: `v1` or `v1-search`.
    #[inline]
    pub fn principal(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::AnyDirectoryObject,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("principal"))
    }
    /// Navigation property `roleDefinition` (`microsoft.graph.unifiedRoleDefinition`).
    #[inline]
    pub fn role_definition(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::UnifiedRoleDefinition,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("roleDefinition"))
    }
}
#[cfg(msgraph_v1_role_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::AnyUnifiedRoleScheduleBase {
    const SEGMENT: &'static str = "microsoft.graph.unifiedRoleScheduleBase";
}
#[cfg(msgraph_v1_role_management_or_search)]
/// Features: `v1`, or one of `v1-role-management`, `v1-search`.
impl dyn crate::v1::requests::UnifiedRoleScheduleInstanceBasePath {
    /// Navigation property `appScope` (`microsoft.graph.appScope`).
    #[inline]
    pub fn app_scope(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::AppScope,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("appScope"))
    }
    #[cfg(msgraph_v1_core)]
    /// Navigation property `directoryScope` (`microsoft.graph.directoryObject`).
    ///
    /// Features: `v1` or `v1-search`.
    #[inline]
    pub fn directory_scope(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::AnyDirectoryObject,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("directoryScope"))
    }
    #[cfg(msgraph_v1_core)]
    /// Navigation property `principal` (`microsoft.graph.directoryObject`).
    ///
    /// Features: `v1` or `v1-search`.
    #[inline]
    pub fn principal(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::AnyDirectoryObject,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("principal"))
    }
    /// Navigation property `roleDefinition` (`microsoft.graph.unifiedRoleDefinition`).
    #[inline]
    pub fn role_definition(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::UnifiedRoleDefinition,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("roleDefinition"))
    }
}
#[cfg(msgraph_v1_role_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::AnyUnifiedRoleScheduleInstanceBase {
    const SEGMENT: &'static str = "microsoft.graph.unifiedRoleScheduleInstanceBase";
}
#[cfg(msgraph_v1_core_or_storage)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::v1::requests::UnifiedStorageQuotaPath {
    /// Containment navigation property `services` (`microsoft.graph.serviceStorageQuotaBreakdown`).
    #[inline]
    pub fn services(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::ServiceStorageQuotaBreakdown,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("services"))
    }
}
#[cfg(msgraph_v1_core_or_storage)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::UnifiedStorageQuota {
    const SEGMENT: &'static str = "microsoft.graph.unifiedStorageQuota";
}
#[cfg(msgraph_v1_places_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyBaseMapFeature> for crate::v1::UnitMap {
    const SEGMENT: &'static str = "microsoft.graph.unitMap";
}
#[cfg(msgraph_v1_places_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::UnitMap {
    const SEGMENT: &'static str = "microsoft.graph.unitMap";
}
#[cfg(msgraph_v1_communications_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyCommsOperation>
for crate::v1::UnmuteParticipantOperation {
    const SEGMENT: &'static str = "microsoft.graph.unmuteParticipantOperation";
}
#[cfg(msgraph_v1_communications_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::UnmuteParticipantOperation {
    const SEGMENT: &'static str = "microsoft.graph.unmuteParticipantOperation";
}
#[cfg(msgraph_v1_communications_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyCommsOperation>
for crate::v1::UpdateRecordingStatusOperation {
    const SEGMENT: &'static str = "microsoft.graph.updateRecordingStatusOperation";
}
#[cfg(msgraph_v1_communications_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::UpdateRecordingStatusOperation {
    const SEGMENT: &'static str = "microsoft.graph.updateRecordingStatusOperation";
}
#[cfg(msgraph_v1_information_protection_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyThreatAssessmentRequest>
for crate::v1::UrlAssessmentRequest {
    const SEGMENT: &'static str = "microsoft.graph.urlAssessmentRequest";
}
#[cfg(msgraph_v1_information_protection_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::UrlAssessmentRequest {
    const SEGMENT: &'static str = "microsoft.graph.urlAssessmentRequest";
}
#[cfg(msgraph_v1_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::UsageRightsIncluded {
    const SEGMENT: &'static str = "microsoft.graph.usageRightsIncluded";
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::v1::requests::UsedInsightPath {
    /// Structural property `lastUsed` (`microsoft.graph.usageDetails`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn last_used(&self) -> crate::path::PropertyPath<crate::v1::UsageDetails> {
        crate::path::PropertyPath::new(self.node_target().segment("lastUsed"))
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
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::UsedInsight {
    const SEGMENT: &'static str = "microsoft.graph.usedInsight";
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::v1::requests::UserPath {
    /// Structural property `authorizationInfo` (`microsoft.graph.authorizationInfo`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn authorization_info(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AuthorizationInfo> {
        crate::path::PropertyPath::new(self.node_target().segment("authorizationInfo"))
    }
    /// Structural property `customSecurityAttributes` (`microsoft.graph.customSecurityAttributeValue`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn custom_security_attributes(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::CustomSecurityAttributeValue> {
        crate::path::PropertyPath::new(
            self.node_target().segment("customSecurityAttributes"),
        )
    }
    /// Structural property `employeeOrgData` (`microsoft.graph.employeeOrgData`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn employee_org_data(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::EmployeeOrgData> {
        crate::path::PropertyPath::new(self.node_target().segment("employeeOrgData"))
    }
    /// Structural property `mailboxSettings` (`microsoft.graph.mailboxSettings`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn mailbox_settings(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::MailboxSettings> {
        crate::path::PropertyPath::new(self.node_target().segment("mailboxSettings"))
    }
    /// Structural property `onPremisesExtensionAttributes` (`microsoft.graph.onPremisesExtensionAttributes`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn on_premises_extension_attributes(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::OnPremisesExtensionAttributes> {
        crate::path::PropertyPath::new(
            self.node_target().segment("onPremisesExtensionAttributes"),
        )
    }
    /// Structural property `passwordProfile` (`microsoft.graph.passwordProfile`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn password_profile(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::PasswordProfile> {
        crate::path::PropertyPath::new(self.node_target().segment("passwordProfile"))
    }
    /// Structural property `print` (`microsoft.graph.userPrint`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn print(&self) -> crate::path::PropertyPath<crate::v1::UserPrint> {
        crate::path::PropertyPath::new(self.node_target().segment("print"))
    }
    /// Structural property `signInActivity` (`microsoft.graph.signInActivity`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn sign_in_activity(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::SignInActivity> {
        crate::path::PropertyPath::new(self.node_target().segment("signInActivity"))
    }
    /// Containment navigation property `activities` (`microsoft.graph.userActivity`).
    #[inline]
    pub fn activities(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::UserActivity,
        crate::path::caps::NoCount<crate::path::caps::ListCreateUpdateDelete>,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("activities"))
    }
    /// Containment navigation property `adhocCalls` (`microsoft.graph.adhocCall`).
    #[inline]
    pub fn adhoc_calls(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AdhocCall,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("adhocCalls"))
    }
    #[cfg(
        msgraph_v1_agreement_acceptances_or_agreements_or_identity_governance_or_search
    )]
    /// Navigation property `agreementAcceptances` (`microsoft.graph.agreementAcceptance`).
    ///
    /// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
    #[inline]
    pub fn agreement_acceptances(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AgreementAcceptance,
        crate::path::caps::NoCount<crate::path::caps::ListCreateUpdateDeleteRefs>,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("agreementAcceptances"),
        )
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
    /// Containment navigation property `authentication` (`microsoft.graph.authentication`).
    #[inline]
    pub fn authentication(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::Authentication,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("authentication"))
    }
    /// Containment navigation property `calendar` (`microsoft.graph.calendar`).
    #[inline]
    pub fn calendar(
        &self,
    ) -> crate::path::EntityPath<crate::v1::Calendar, crate::path::caps::GetUpdate> {
        crate::path::EntityPath::new(self.node_target().segment("calendar"))
    }
    /// Containment navigation property `calendarGroups` (`microsoft.graph.calendarGroup`).
    #[inline]
    pub fn calendar_groups(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::CalendarGroup,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("calendarGroups"))
    }
    /// Containment navigation property `calendars` (`microsoft.graph.calendar`).
    #[inline]
    pub fn calendars(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::Calendar,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("calendars"))
    }
    /// Containment navigation property `calendarView` (`microsoft.graph.event`).
    #[inline]
    pub fn calendar_view(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::Event,
        crate::path::caps::NoKey<crate::path::caps::List>,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("calendarView"))
    }
    /// Containment navigation property `chats` (`microsoft.graph.chat`).
    #[inline]
    pub fn chats(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::Chat,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("chats"))
    }
    /// Containment navigation property `cloudClipboard` (`microsoft.graph.cloudClipboardRoot`).
    #[inline]
    pub fn cloud_clipboard(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::CloudClipboardRoot,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("cloudClipboard"))
    }
    /// Containment navigation property `cloudPCs` (`microsoft.graph.cloudPC`).
    #[inline]
    pub fn cloud_p_cs(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::CloudPc,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("cloudPCs"))
    }
    /// Containment navigation property `contactFolders` (`microsoft.graph.contactFolder`).
    #[inline]
    pub fn contact_folders(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::ContactFolder,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("contactFolders"))
    }
    /// Containment navigation property `contacts` (`microsoft.graph.contact`).
    #[inline]
    pub fn contacts(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::Contact,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("contacts"))
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
    /// Containment navigation property `dataSecurityAndGovernance` (`microsoft.graph.userDataSecurityAndGovernance`).
    #[inline]
    pub fn data_security_and_governance(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::UserDataSecurityAndGovernance,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(
            self.node_target().segment("dataSecurityAndGovernance"),
        )
    }
    /// Containment navigation property `deviceManagementTroubleshootingEvents` (`microsoft.graph.deviceManagementTroubleshootingEvent`).
    #[inline]
    pub fn device_management_troubleshooting_events(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyDeviceManagementTroubleshootingEvent,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("deviceManagementTroubleshootingEvents"),
        )
    }
    /// Navigation property `directReports` (`microsoft.graph.directoryObject`).
    #[inline]
    pub fn direct_reports(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyDirectoryObject,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("directReports"))
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
    /// Containment navigation property `employeeExperience` (`microsoft.graph.employeeExperienceUser`).
    #[inline]
    pub fn employee_experience(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::EmployeeExperienceUser,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("employeeExperience"))
    }
    /// Containment navigation property `events` (`microsoft.graph.event`).
    #[inline]
    pub fn events(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::Event,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("events"))
    }
    /// Containment navigation property `extensions` (`microsoft.graph.extension`).
    #[inline]
    pub fn extensions(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyExtension,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("extensions"))
    }
    /// Navigation property `followedSites` (`microsoft.graph.site`).
    #[inline]
    pub fn followed_sites(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::Site,
        crate::path::caps::ListUpdateRefs,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("followedSites"))
    }
    /// Containment navigation property `inferenceClassification` (`microsoft.graph.inferenceClassification`).
    #[inline]
    pub fn inference_classification(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::InferenceClassification,
        crate::path::caps::GetUpdate,
    > {
        crate::path::EntityPath::new(
            self.node_target().segment("inferenceClassification"),
        )
    }
    /// Containment navigation property `insights` (`microsoft.graph.itemInsights`).
    #[inline]
    pub fn insights(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::ItemInsights,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("insights"))
    }
    /// Containment navigation property `joinedTeams` (`microsoft.graph.team`).
    #[inline]
    pub fn joined_teams(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::Team,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("joinedTeams"))
    }
    /// Containment navigation property `licenseDetails` (`microsoft.graph.licenseDetails`).
    #[inline]
    pub fn license_details(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::LicenseDetails,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("licenseDetails"))
    }
    /// Containment navigation property `mailFolders` (`microsoft.graph.mailFolder`).
    #[inline]
    pub fn mail_folders(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyMailFolder,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("mailFolders"))
    }
    #[cfg(msgraph_v1_device_app_management_or_search)]
    /// Navigation property `managedAppRegistrations` (`microsoft.graph.managedAppRegistration`).
    ///
    /// Features: `v1` or `v1-search`.
    #[inline]
    pub fn managed_app_registrations(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyManagedAppRegistration,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("managedAppRegistrations"),
        )
    }
    /// Containment navigation property `managedDevices` (`microsoft.graph.managedDevice`).
    #[inline]
    pub fn managed_devices(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::ManagedDevice,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("managedDevices"))
    }
    /// Navigation property `manager` (`microsoft.graph.directoryObject`).
    #[inline]
    pub fn manager(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::AnyDirectoryObject,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("manager"))
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
    /// Containment navigation property `messages` (`microsoft.graph.message`).
    #[inline]
    pub fn messages(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyMessage,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("messages"))
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
    /// Containment navigation property `onlineMeetings` (`microsoft.graph.onlineMeeting`).
    #[inline]
    pub fn online_meetings(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::OnlineMeeting,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("onlineMeetings"))
    }
    /// Containment navigation property `onPremisesSyncBehavior` (`microsoft.graph.onPremisesSyncBehavior`).
    #[inline]
    pub fn on_premises_sync_behavior(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::OnPremisesSyncBehavior,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(
            self.node_target().segment("onPremisesSyncBehavior"),
        )
    }
    /// Containment navigation property `outlook` (`microsoft.graph.outlookUser`).
    #[inline]
    pub fn outlook(
        &self,
    ) -> crate::path::EntityPath<crate::v1::OutlookUser, crate::path::caps::Get> {
        crate::path::EntityPath::new(self.node_target().segment("outlook"))
    }
    /// Navigation property `ownedDevices` (`microsoft.graph.directoryObject`).
    #[inline]
    pub fn owned_devices(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyDirectoryObject,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("ownedDevices"))
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
    /// Containment navigation property `people` (`microsoft.graph.person`).
    #[inline]
    pub fn people(
        &self,
    ) -> crate::path::CollectionPath<crate::v1::Person, crate::path::caps::List> {
        crate::path::CollectionPath::new(self.node_target().segment("people"))
    }
    /// Containment navigation property `permissionGrants` (`microsoft.graph.resourceSpecificPermissionGrant`).
    #[inline]
    pub fn permission_grants(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::ResourceSpecificPermissionGrant,
        crate::path::caps::NoCount<crate::path::caps::ListCreateUpdateDelete>,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("permissionGrants"))
    }
    /// Containment navigation property `photo` (`microsoft.graph.profilePhoto`).
    #[inline]
    pub fn photo(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::ProfilePhoto,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("photo"))
    }
    /// Containment navigation property `photos` (`microsoft.graph.profilePhoto`).
    #[inline]
    pub fn photos(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::ProfilePhoto,
        crate::path::caps::NoCount<crate::path::caps::List>,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("photos"))
    }
    /// Containment navigation property `planner` (`microsoft.graph.plannerUser`).
    #[inline]
    pub fn planner(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::PlannerUser,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("planner"))
    }
    /// Containment navigation property `presence` (`microsoft.graph.presence`).
    #[inline]
    pub fn presence(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::Presence,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("presence"))
    }
    /// Navigation property `registeredDevices` (`microsoft.graph.directoryObject`).
    #[inline]
    pub fn registered_devices(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyDirectoryObject,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("registeredDevices"))
    }
    /// Containment navigation property `scopedRoleMemberOf` (`microsoft.graph.scopedRoleMembership`).
    #[inline]
    pub fn scoped_role_member_of(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::ScopedRoleMembership,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("scopedRoleMemberOf"),
        )
    }
    /// Containment navigation property `settings` (`microsoft.graph.userSettings`).
    #[inline]
    pub fn settings(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::UserSettings,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("settings"))
    }
    /// Containment navigation property `solutions` (`microsoft.graph.userSolutionRoot`).
    #[inline]
    pub fn solutions(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::UserSolutionRoot,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("solutions"))
    }
    /// Navigation property `sponsorOf` (`microsoft.graph.directoryObject`).
    #[inline]
    pub fn sponsor_of(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyDirectoryObject,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("sponsorOf"))
    }
    /// Navigation property `sponsors` (`microsoft.graph.directoryObject`).
    #[inline]
    pub fn sponsors(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyDirectoryObject,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("sponsors"))
    }
    /// Containment navigation property `teamwork` (`microsoft.graph.userTeamwork`).
    #[inline]
    pub fn teamwork(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::UserTeamwork,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("teamwork"))
    }
    /// Containment navigation property `todo` (`microsoft.graph.todo`).
    #[inline]
    pub fn todo(
        &self,
    ) -> crate::path::EntityPath<crate::v1::Todo, crate::path::caps::GetUpdateDelete> {
        crate::path::EntityPath::new(self.node_target().segment("todo"))
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
    /// `POST .../assignLicense`: action `microsoft.graph.assignLicense`.
    #[inline]
    pub fn assign_license(
        &self,
        params: crate::v1::params::UserAssignLicenseParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::UserAssignLicenseParams>,
        rt::request::Entity<crate::v1::AnyUser>,
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
        params: crate::v1::params::UserChangePasswordParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::UserChangePasswordParams>,
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
        rt::request::Entity<crate::v1::DeviceAndAppManagementData>,
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
        rt::request::Entity<crate::v1::DeviceAndAppManagementData>,
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
        params: crate::v1::params::UserExportPersonalDataParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::UserExportPersonalDataParams>,
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
        params: crate::v1::params::UserFindMeetingTimesParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::UserFindMeetingTimesParams>,
        rt::request::Entity<crate::v1::MeetingTimeSuggestionsResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("findMeetingTimes"),
            rt::request::Json(params),
        )
    }
    /// `POST .../getMailTips`: action `microsoft.graph.getMailTips`.
    #[inline]
    pub fn get_mail_tips(
        &self,
        params: crate::v1::params::UserGetMailTipsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::UserGetMailTipsParams>,
        rt::request::Collection<crate::v1::MailTips>,
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
        rt::request::Collection<crate::v1::ManagedAppDiagnosticStatus>,
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
        rt::request::Collection<crate::v1::AnyManagedAppPolicy>,
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
    /// `GET .../reminderView`: function `microsoft.graph.reminderView`.
    #[inline]
    pub fn reminder_view(
        &self,
        start_date_time: &str,
        end_date_time: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::v1::Reminder>,
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
        rt::request::Entity<crate::v1::AnyUser>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("reprocessLicenseAssignment"),
            rt::request::NoBody,
        )
    }
    /// `POST .../retryServiceProvisioning`: action `microsoft.graph.retryServiceProvisioning`.
    #[inline]
    pub fn retry_service_provisioning(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("retryServiceProvisioning"),
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
        params: crate::v1::params::UserSendMailParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::UserSendMailParams>,
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
        params: crate::v1::params::UserTranslateExchangeIdsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::UserTranslateExchangeIdsParams>,
        rt::request::Collection<crate::v1::ConvertIdResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("translateExchangeIds"),
            rt::request::Json(params),
        )
    }
    /// Issues a wipe operation on an app registration with specified device tag.
    ///
    /// `POST .../wipeManagedAppRegistrationsByDeviceTag`: action `microsoft.graph.wipeManagedAppRegistrationsByDeviceTag`.
    #[inline]
    pub fn wipe_managed_app_registrations_by_device_tag(
        &self,
        params: crate::v1::params::UserWipeManagedAppRegistrationsByDeviceTagParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::v1::params::UserWipeManagedAppRegistrationsByDeviceTagParams,
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
impl crate::path::DerivedFrom<crate::v1::AnyDirectoryObject> for crate::v1::AnyUser {
    const SEGMENT: &'static str = "microsoft.graph.user";
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::AnyUser {
    const SEGMENT: &'static str = "microsoft.graph.user";
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::CollectionPath<crate::v1::AnyUser, C> {
    /// `GET .../delta`: function `microsoft.graph.delta`.
    pub fn delta(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::v1::AnyUser>,
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
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::v1::requests::UserActivityPath {
    /// Structural property `visualElements` (`microsoft.graph.visualInfo`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn visual_elements(&self) -> crate::path::PropertyPath<crate::v1::VisualInfo> {
        crate::path::PropertyPath::new(self.node_target().segment("visualElements"))
    }
    /// Containment navigation property `historyItems` (`microsoft.graph.activityHistoryItem`).
    #[inline]
    pub fn history_items(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::ActivityHistoryItem,
        crate::path::caps::NoCount<crate::path::caps::ListCreateUpdateDelete>,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("historyItems"))
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::UserActivity {
    const SEGMENT: &'static str = "microsoft.graph.userActivity";
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::CollectionPath<crate::v1::UserActivity, C> {
    /// `GET .../recent`: function `microsoft.graph.recent`.
    pub fn recent(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::v1::UserActivity>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.target().function("recent", &[]),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
impl dyn crate::v1::requests::UserConsentRequestPath {
    /// Containment navigation property `approval` (`microsoft.graph.approval`).
    #[inline]
    pub fn approval(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::Approval,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("approval"))
    }
    /// Structural property `createdBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn created_by(&self) -> crate::path::PropertyPath<crate::v1::AnyIdentitySet> {
        crate::path::PropertyPath::new(self.node_target().segment("createdBy"))
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyRequest> for crate::v1::UserConsentRequest {
    const SEGMENT: &'static str = "microsoft.graph.userConsentRequest";
}
#[cfg(msgraph_v1_identity_governance_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::UserConsentRequest {
    const SEGMENT: &'static str = "microsoft.graph.userConsentRequest";
}
#[cfg(msgraph_v1_identity_governance_or_search)]
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
impl<C> crate::path::CollectionPath<crate::v1::UserConsentRequest, C> {
    /// `GET .../filterByCurrentUser`: function `microsoft.graph.filterByCurrentUser`.
    pub fn filter_by_current_user(
        &self,
        on: &crate::v1::ConsentRequestFilterByCurrentUserOptions,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::v1::UserConsentRequest>,
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
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::v1::requests::UserDataSecurityAndGovernancePath {
    /// Containment navigation property `activities` (`microsoft.graph.activitiesContainer`).
    #[inline]
    pub fn activities(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::ActivitiesContainer,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("activities"))
    }
    /// Containment navigation property `protectionScopes` (`microsoft.graph.userProtectionScopeContainer`).
    #[inline]
    pub fn protection_scopes(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::UserProtectionScopeContainer,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("protectionScopes"))
    }
    /// `POST .../processContent`: action `microsoft.graph.processContent`.
    #[inline]
    pub fn process_content(
        &self,
        params: crate::v1::params::UserDataSecurityAndGovernanceProcessContentParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::v1::params::UserDataSecurityAndGovernanceProcessContentParams,
        >,
        rt::request::Entity<crate::v1::ProcessContentResponse>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("processContent"),
            rt::request::Json(params),
        )
    }
    /// Containment navigation property `sensitivityLabels` (`microsoft.graph.sensitivityLabel`).
    #[inline]
    pub fn sensitivity_labels(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::SensitivityLabel,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("sensitivityLabels"))
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyDataSecurityAndGovernance>
for crate::v1::UserDataSecurityAndGovernance {
    const SEGMENT: &'static str = "microsoft.graph.userDataSecurityAndGovernance";
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::UserDataSecurityAndGovernance {
    const SEGMENT: &'static str = "microsoft.graph.userDataSecurityAndGovernance";
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::UserExperienceAnalyticsAppHealthAppPerformanceByAppVersionDetails {
    const SEGMENT: &'static str = "microsoft.graph.userExperienceAnalyticsAppHealthAppPerformanceByAppVersionDetails";
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::UserExperienceAnalyticsAppHealthAppPerformanceByAppVersionDeviceId {
    const SEGMENT: &'static str = "microsoft.graph.userExperienceAnalyticsAppHealthAppPerformanceByAppVersionDeviceId";
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::UserExperienceAnalyticsAppHealthAppPerformanceByOsVersion {
    const SEGMENT: &'static str = "microsoft.graph.userExperienceAnalyticsAppHealthAppPerformanceByOSVersion";
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::UserExperienceAnalyticsAppHealthApplicationPerformance {
    const SEGMENT: &'static str = "microsoft.graph.userExperienceAnalyticsAppHealthApplicationPerformance";
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::UserExperienceAnalyticsAppHealthDeviceModelPerformance {
    const SEGMENT: &'static str = "microsoft.graph.userExperienceAnalyticsAppHealthDeviceModelPerformance";
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::UserExperienceAnalyticsAppHealthDevicePerformance {
    const SEGMENT: &'static str = "microsoft.graph.userExperienceAnalyticsAppHealthDevicePerformance";
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::UserExperienceAnalyticsAppHealthDevicePerformanceDetails {
    const SEGMENT: &'static str = "microsoft.graph.userExperienceAnalyticsAppHealthDevicePerformanceDetails";
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::UserExperienceAnalyticsAppHealthOsVersionPerformance {
    const SEGMENT: &'static str = "microsoft.graph.userExperienceAnalyticsAppHealthOSVersionPerformance";
}
#[cfg(msgraph_v1_device_management_or_search)]
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
impl dyn crate::v1::requests::UserExperienceAnalyticsBaselinePath {
    /// Navigation property `appHealthMetrics` (`microsoft.graph.userExperienceAnalyticsCategory`).
    #[inline]
    pub fn app_health_metrics(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::UserExperienceAnalyticsCategory,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("appHealthMetrics"))
    }
    /// Navigation property `batteryHealthMetrics` (`microsoft.graph.userExperienceAnalyticsCategory`).
    #[inline]
    pub fn battery_health_metrics(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::UserExperienceAnalyticsCategory,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("batteryHealthMetrics"))
    }
    /// Navigation property `bestPracticesMetrics` (`microsoft.graph.userExperienceAnalyticsCategory`).
    #[inline]
    pub fn best_practices_metrics(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::UserExperienceAnalyticsCategory,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("bestPracticesMetrics"))
    }
    /// Navigation property `deviceBootPerformanceMetrics` (`microsoft.graph.userExperienceAnalyticsCategory`).
    #[inline]
    pub fn device_boot_performance_metrics(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::UserExperienceAnalyticsCategory,
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
        crate::v1::UserExperienceAnalyticsCategory,
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
        crate::v1::UserExperienceAnalyticsCategory,
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
        crate::v1::UserExperienceAnalyticsCategory,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(
            self.node_target().segment("workFromAnywhereMetrics"),
        )
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::UserExperienceAnalyticsBaseline {
    const SEGMENT: &'static str = "microsoft.graph.userExperienceAnalyticsBaseline";
}
#[cfg(msgraph_v1_device_management_or_search)]
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
impl dyn crate::v1::requests::UserExperienceAnalyticsCategoryPath {
    /// Containment navigation property `metricValues` (`microsoft.graph.userExperienceAnalyticsMetric`).
    #[inline]
    pub fn metric_values(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::UserExperienceAnalyticsMetric,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("metricValues"))
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::UserExperienceAnalyticsCategory {
    const SEGMENT: &'static str = "microsoft.graph.userExperienceAnalyticsCategory";
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::UserExperienceAnalyticsDevicePerformance {
    const SEGMENT: &'static str = "microsoft.graph.userExperienceAnalyticsDevicePerformance";
}
#[cfg(msgraph_v1_device_management_or_search)]
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
impl<
    C,
> crate::path::CollectionPath<crate::v1::UserExperienceAnalyticsDevicePerformance, C> {
    /// `GET .../summarizeDevicePerformanceDevices`: function `microsoft.graph.summarizeDevicePerformanceDevices`.
    pub fn summarize_device_performance_devices(
        &self,
        summarize_by: &crate::v1::UserExperienceAnalyticsSummarizedBy,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::v1::UserExperienceAnalyticsDevicePerformance>,
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
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::UserExperienceAnalyticsDeviceScores {
    const SEGMENT: &'static str = "microsoft.graph.userExperienceAnalyticsDeviceScores";
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::UserExperienceAnalyticsDeviceStartupHistory {
    const SEGMENT: &'static str = "microsoft.graph.userExperienceAnalyticsDeviceStartupHistory";
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::UserExperienceAnalyticsDeviceStartupProcess {
    const SEGMENT: &'static str = "microsoft.graph.userExperienceAnalyticsDeviceStartupProcess";
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::UserExperienceAnalyticsDeviceStartupProcessPerformance {
    const SEGMENT: &'static str = "microsoft.graph.userExperienceAnalyticsDeviceStartupProcessPerformance";
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::UserExperienceAnalyticsMetric {
    const SEGMENT: &'static str = "microsoft.graph.userExperienceAnalyticsMetric";
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::UserExperienceAnalyticsMetricHistory {
    const SEGMENT: &'static str = "microsoft.graph.userExperienceAnalyticsMetricHistory";
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::UserExperienceAnalyticsModelScores {
    const SEGMENT: &'static str = "microsoft.graph.userExperienceAnalyticsModelScores";
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::UserExperienceAnalyticsOverview {
    const SEGMENT: &'static str = "microsoft.graph.userExperienceAnalyticsOverview";
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::UserExperienceAnalyticsScoreHistory {
    const SEGMENT: &'static str = "microsoft.graph.userExperienceAnalyticsScoreHistory";
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::UserExperienceAnalyticsWorkFromAnywhereDevice {
    const SEGMENT: &'static str = "microsoft.graph.userExperienceAnalyticsWorkFromAnywhereDevice";
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::UserExperienceAnalyticsWorkFromAnywhereHardwareReadinessMetric {
    const SEGMENT: &'static str = "microsoft.graph.userExperienceAnalyticsWorkFromAnywhereHardwareReadinessMetric";
}
#[cfg(msgraph_v1_device_management_or_search)]
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
impl dyn crate::v1::requests::UserExperienceAnalyticsWorkFromAnywhereMetricPath {
    /// Containment navigation property `metricDevices` (`microsoft.graph.userExperienceAnalyticsWorkFromAnywhereDevice`).
    #[inline]
    pub fn metric_devices(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::UserExperienceAnalyticsWorkFromAnywhereDevice,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("metricDevices"))
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::UserExperienceAnalyticsWorkFromAnywhereMetric {
    const SEGMENT: &'static str = "microsoft.graph.userExperienceAnalyticsWorkFromAnywhereMetric";
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::UserExperienceAnalyticsWorkFromAnywhereModelPerformance {
    const SEGMENT: &'static str = "microsoft.graph.userExperienceAnalyticsWorkFromAnywhereModelPerformance";
}
#[cfg(msgraph_v1_identity_or_search)]
/// Features: `v1`, or one of `v1-identity`, `v1-search`.
impl dyn crate::v1::requests::UserFlowLanguageConfigurationPath {
    /// Containment navigation property `defaultPages` (`microsoft.graph.userFlowLanguagePage`).
    #[inline]
    pub fn default_pages(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::UserFlowLanguagePage,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("defaultPages"))
    }
    /// Containment navigation property `overridesPages` (`microsoft.graph.userFlowLanguagePage`).
    #[inline]
    pub fn overrides_pages(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::UserFlowLanguagePage,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("overridesPages"))
    }
}
#[cfg(msgraph_v1_identity_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::UserFlowLanguageConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.userFlowLanguageConfiguration";
}
#[cfg(msgraph_v1_identity_or_search)]
/// Features: `v1`, or one of `v1-identity`, `v1-search`.
impl dyn crate::v1::requests::UserFlowLanguagePagePath {
    /// The media content (`$value`) of this entity.
    #[inline]
    pub fn value(&self) -> crate::path::StreamPath {
        crate::path::StreamPath::new(self.node_target().segment("$value"))
    }
}
#[cfg(msgraph_v1_identity_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::UserFlowLanguagePage {
    const SEGMENT: &'static str = "microsoft.graph.userFlowLanguagePage";
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::UserInsightsSettings {
    const SEGMENT: &'static str = "microsoft.graph.userInsightsSettings";
}
#[cfg(msgraph_v1_device_app_management_or_search)]
/// Features: `v1`, or one of `v1-device-app-management`, `v1-search`.
impl dyn crate::v1::requests::UserInstallStateSummaryPath {
    /// Containment navigation property `deviceStates` (`microsoft.graph.deviceInstallState`).
    #[inline]
    pub fn device_states(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::DeviceInstallState,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("deviceStates"))
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::UserInstallStateSummary {
    const SEGMENT: &'static str = "microsoft.graph.userInstallStateSummary";
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::v1::requests::UserProtectionScopeContainerPath {
    /// `POST .../compute`: action `microsoft.graph.compute`.
    #[inline]
    pub fn compute(
        &self,
        params: crate::v1::params::UserProtectionScopeContainerComputeParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::UserProtectionScopeContainerComputeParams>,
        rt::request::Collection<crate::v1::PolicyUserScope>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("compute"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::UserProtectionScopeContainer {
    const SEGMENT: &'static str = "microsoft.graph.userProtectionScopeContainer";
}
#[cfg(msgraph_v1_reports_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::UserRegistrationDetails {
    const SEGMENT: &'static str = "microsoft.graph.userRegistrationDetails";
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::v1::requests::UserScopeTeamsAppInstallationPath {
    /// Navigation property `chat` (`microsoft.graph.chat`).
    #[inline]
    pub fn chat(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::Chat,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("chat"))
    }
    /// Structural property `consentedPermissionSet` (`microsoft.graph.teamsAppPermissionSet`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn consented_permission_set(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::TeamsAppPermissionSet> {
        crate::path::PropertyPath::new(
            self.node_target().segment("consentedPermissionSet"),
        )
    }
    #[cfg(msgraph_v1_app_catalogs_or_search)]
    /// Navigation property `teamsApp` (`microsoft.graph.teamsApp`).
    ///
    /// Features: `v1` or `v1-search`.
    #[inline]
    pub fn teams_app(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::TeamsApp,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("teamsApp"))
    }
    #[cfg(msgraph_v1_app_catalogs_or_search)]
    /// Navigation property `teamsAppDefinition` (`microsoft.graph.teamsAppDefinition`).
    ///
    /// Features: `v1` or `v1-search`.
    #[inline]
    pub fn teams_app_definition(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::TeamsAppDefinition,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("teamsAppDefinition"))
    }
    /// `POST .../upgrade`: action `microsoft.graph.upgrade`.
    #[inline]
    pub fn upgrade(
        &self,
        params: crate::v1::params::TeamsAppInstallationUpgradeParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::TeamsAppInstallationUpgradeParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("upgrade"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyTeamsAppInstallation>
for crate::v1::UserScopeTeamsAppInstallation {
    const SEGMENT: &'static str = "microsoft.graph.userScopeTeamsAppInstallation";
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::UserScopeTeamsAppInstallation {
    const SEGMENT: &'static str = "microsoft.graph.userScopeTeamsAppInstallation";
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::v1::requests::UserSettingsPath {
    /// Containment navigation property `exchange` (`microsoft.graph.exchangeSettings`).
    #[inline]
    pub fn exchange(
        &self,
    ) -> crate::path::EntityPath<crate::v1::ExchangeSettings, crate::path::caps::Get> {
        crate::path::EntityPath::new(self.node_target().segment("exchange"))
    }
    /// Containment navigation property `itemInsights` (`microsoft.graph.userInsightsSettings`).
    #[inline]
    pub fn item_insights(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::UserInsightsSettings,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("itemInsights"))
    }
    /// Containment navigation property `shiftPreferences` (`microsoft.graph.shiftPreferences`).
    #[inline]
    pub fn shift_preferences(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::ShiftPreferences,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("shiftPreferences"))
    }
    /// Containment navigation property `storage` (`microsoft.graph.userStorage`).
    #[inline]
    pub fn storage(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::UserStorage,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("storage"))
    }
    /// Containment navigation property `windows` (`microsoft.graph.windowsSetting`).
    #[inline]
    pub fn windows(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::WindowsSetting,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("windows"))
    }
    /// Containment navigation property `workHoursAndLocations` (`microsoft.graph.workHoursAndLocationsSetting`).
    #[inline]
    pub fn work_hours_and_locations(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::WorkHoursAndLocationsSetting,
        crate::path::caps::GetUpdate,
    > {
        crate::path::EntityPath::new(self.node_target().segment("workHoursAndLocations"))
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::UserSettings {
    const SEGMENT: &'static str = "microsoft.graph.userSettings";
}
#[cfg(msgraph_v1_identity_governance_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyGovernanceInsight>
for crate::v1::UserSignInInsight {
    const SEGMENT: &'static str = "microsoft.graph.userSignInInsight";
}
#[cfg(msgraph_v1_identity_governance_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::UserSignInInsight {
    const SEGMENT: &'static str = "microsoft.graph.userSignInInsight";
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::v1::requests::UserSolutionRootPath {
    /// Containment navigation property `workingTimeSchedule` (`microsoft.graph.workingTimeSchedule`).
    #[inline]
    pub fn working_time_schedule(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::WorkingTimeSchedule,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("workingTimeSchedule"))
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::UserSolutionRoot {
    const SEGMENT: &'static str = "microsoft.graph.userSolutionRoot";
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::v1::requests::UserStoragePath {
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
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::UserStorage {
    const SEGMENT: &'static str = "microsoft.graph.userStorage";
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::v1::requests::UserTeamworkPath {
    /// Containment navigation property `associatedTeams` (`microsoft.graph.associatedTeamInfo`).
    #[inline]
    pub fn associated_teams(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AssociatedTeamInfo,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("associatedTeams"))
    }
    /// Containment navigation property `installedApps` (`microsoft.graph.userScopeTeamsAppInstallation`).
    #[inline]
    pub fn installed_apps(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::UserScopeTeamsAppInstallation,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("installedApps"))
    }
    /// `POST .../deleteTargetedMessage`: action `microsoft.graph.deleteTargetedMessage`.
    #[inline]
    pub fn delete_targeted_message(
        &self,
        params: crate::v1::params::UserTeamworkDeleteTargetedMessageParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::UserTeamworkDeleteTargetedMessageParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("deleteTargetedMessage"),
            rt::request::Json(params),
        )
    }
    /// `GET .../getAllRetainedTargetedMessages`: function `microsoft.graph.getAllRetainedTargetedMessages`.
    #[inline]
    pub fn get_all_retained_targeted_messages(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::v1::TargetedChatMessage>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.node_target().function("getAllRetainedTargetedMessages", &[]),
            rt::request::NoBody,
        )
    }
    /// `GET .../getAllTargetedMessages`: function `microsoft.graph.getAllTargetedMessages`.
    #[inline]
    pub fn get_all_targeted_messages(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::v1::TargetedChatMessage>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.node_target().function("getAllTargetedMessages", &[]),
            rt::request::NoBody,
        )
    }
    /// `POST .../sendActivityNotification`: action `microsoft.graph.sendActivityNotification`.
    #[inline]
    pub fn send_activity_notification(
        &self,
        params: crate::v1::params::UserTeamworkSendActivityNotificationParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::UserTeamworkSendActivityNotificationParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("sendActivityNotification"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::UserTeamwork {
    const SEGMENT: &'static str = "microsoft.graph.userTeamwork";
}
#[cfg(msgraph_v1_identity_governance_or_search)]
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
impl dyn crate::v1::requests::identity_governance::UserProcessingResultPath {
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
    /// Navigation property `subject` (`microsoft.graph.user`).
    #[inline]
    pub fn subject(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::AnyUser,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("subject"))
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
}
#[cfg(msgraph_v1_identity_governance_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::identity_governance::UserProcessingResult {
    const SEGMENT: &'static str = "microsoft.graph.identityGovernance.userProcessingResult";
}
#[cfg(msgraph_v1_identity_governance_or_search)]
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
impl<
    C,
> crate::path::CollectionPath<crate::v1::identity_governance::UserProcessingResult, C> {
    /// `GET .../microsoft.graph.identityGovernance.summary`: function `microsoft.graph.identityGovernance.summary`.
    pub fn summary(
        &self,
        start_date_time: &rt::edm::DateTimeOffset,
        end_date_time: &rt::edm::DateTimeOffset,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::identity_governance::UserSummary>,
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
/// Features: `v1`, or one of `v1-reports`, `v1-search`.
impl dyn crate::v1::requests::partners_billing::UnbilledReconciliationPath {
    /// `POST .../microsoft.graph.partners.billing.export`: action `microsoft.graph.partners.billing.export`.
    #[inline]
    pub fn export(
        &self,
        params: crate::v1::params::UnbilledReconciliationExportParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::UnbilledReconciliationExportParams>,
        rt::request::Entity<crate::v1::partners_billing::AnyOperation>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("microsoft.graph.partners.billing.export"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_reports_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::partners_billing::UnbilledReconciliation {
    const SEGMENT: &'static str = "microsoft.graph.partners.billing.unbilledReconciliation";
}
#[cfg(msgraph_v1_reports_or_search)]
/// Features: `v1`, or one of `v1-reports`, `v1-search`.
impl dyn crate::v1::requests::partners_billing::UnbilledUsagePath {
    /// `POST .../microsoft.graph.partners.billing.export`: action `microsoft.graph.partners.billing.export`.
    #[inline]
    pub fn export(
        &self,
        params: crate::v1::params::UnbilledUsageExportParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::UnbilledUsageExportParams>,
        rt::request::Entity<crate::v1::partners_billing::AnyOperation>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("microsoft.graph.partners.billing.export"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_reports_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::partners_billing::UnbilledUsage {
    const SEGMENT: &'static str = "microsoft.graph.partners.billing.unbilledUsage";
}
#[cfg(msgraph_v1_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::security::AnyArtifact>
for crate::v1::security::UnclassifiedArtifact {
    const SEGMENT: &'static str = "microsoft.graph.security.unclassifiedArtifact";
}
#[cfg(msgraph_v1_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::security::UnclassifiedArtifact {
    const SEGMENT: &'static str = "microsoft.graph.security.unclassifiedArtifact";
}
#[cfg(msgraph_v1_search_or_security)]
/// Features: `v1`, or one of `v1-search`, `v1-security`.
impl dyn crate::v1::requests::security::UnifiedGroupSourcePath {
    #[cfg(msgraph_v1_core)]
    /// Navigation property `group` (`microsoft.graph.group`).
    ///
    /// Features: `v1` or `v1-search`.
    #[inline]
    pub fn group(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::Group,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("group"))
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
for crate::v1::security::UnifiedGroupSource {
    const SEGMENT: &'static str = "microsoft.graph.security.unifiedGroupSource";
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::security::UnifiedGroupSource {
    const SEGMENT: &'static str = "microsoft.graph.security.unifiedGroupSource";
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::security::AnyIdentityAccounts>
for crate::v1::security::User {
    const SEGMENT: &'static str = "microsoft.graph.security.user";
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::security::User {
    const SEGMENT: &'static str = "microsoft.graph.security.user";
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::security::AnyDataSource>
for crate::v1::security::UserSource {
    const SEGMENT: &'static str = "microsoft.graph.security.userSource";
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::security::UserSource {
    const SEGMENT: &'static str = "microsoft.graph.security.userSource";
}
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyAuthenticationMethodTarget>
for crate::v1::VerifiableCredentialAuthenticationMethodTarget {
    const SEGMENT: &'static str = "microsoft.graph.verifiableCredentialAuthenticationMethodTarget";
}
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::VerifiableCredentialAuthenticationMethodTarget {
    const SEGMENT: &'static str = "microsoft.graph.verifiableCredentialAuthenticationMethodTarget";
}
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
/// Features: `v1`, or one of `v1-authentication-method-configurations`, `v1-authentication-methods-policy`, `v1-policies`, `v1-search`.
impl dyn crate::v1::requests::VerifiableCredentialsAuthenticationMethodConfigurationPath {
    /// Containment navigation property `includeTargets` (`microsoft.graph.verifiableCredentialAuthenticationMethodTarget`).
    #[inline]
    pub fn include_targets(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::VerifiableCredentialAuthenticationMethodTarget,
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
for crate::v1::VerifiableCredentialsAuthenticationMethodConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.verifiableCredentialsAuthenticationMethodConfiguration";
}
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::VerifiableCredentialsAuthenticationMethodConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.verifiableCredentialsAuthenticationMethodConfiguration";
}
#[cfg(msgraph_v1_identity_or_search)]
/// Features: `v1`, or one of `v1-identity`, `v1-search`.
impl dyn crate::v1::requests::VerifiedIdProfilePath {
    /// Structural property `faceCheckConfiguration` (`microsoft.graph.faceCheckConfiguration`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn face_check_configuration(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::FaceCheckConfiguration> {
        crate::path::PropertyPath::new(
            self.node_target().segment("faceCheckConfiguration"),
        )
    }
    /// Structural property `verifiedIdProfileConfiguration` (`microsoft.graph.verifiedIdProfileConfiguration`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn verified_id_profile_configuration(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::VerifiedIdProfileConfiguration> {
        crate::path::PropertyPath::new(
            self.node_target().segment("verifiedIdProfileConfiguration"),
        )
    }
}
#[cfg(msgraph_v1_identity_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::VerifiedIdProfile {
    const SEGMENT: &'static str = "microsoft.graph.verifiedIdProfile";
}
#[cfg(msgraph_v1_core_or_sites)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::v1::requests::VerticalSectionPath {
    /// Containment navigation property `webparts` (`microsoft.graph.webPart`).
    #[inline]
    pub fn webparts(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyWebPart,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("webparts"))
    }
}
#[cfg(msgraph_v1_core_or_sites)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::VerticalSection {
    const SEGMENT: &'static str = "microsoft.graph.verticalSection";
}
#[cfg(msgraph_v1_device_management_or_search)]
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
impl dyn crate::v1::requests::VirtualEndpointPath {
    /// Containment navigation property `auditEvents` (`microsoft.graph.cloudPcAuditEvent`).
    #[inline]
    pub fn audit_events(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::CloudPcAuditEvent,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("auditEvents"))
    }
    /// Containment navigation property `cloudPCs` (`microsoft.graph.cloudPC`).
    #[inline]
    pub fn cloud_p_cs(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::CloudPc,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("cloudPCs"))
    }
    /// Containment navigation property `deviceImages` (`microsoft.graph.cloudPcDeviceImage`).
    #[inline]
    pub fn device_images(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::CloudPcDeviceImage,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("deviceImages"))
    }
    /// Containment navigation property `galleryImages` (`microsoft.graph.cloudPcGalleryImage`).
    #[inline]
    pub fn gallery_images(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::CloudPcGalleryImage,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("galleryImages"))
    }
    /// Containment navigation property `onPremisesConnections` (`microsoft.graph.cloudPcOnPremisesConnection`).
    #[inline]
    pub fn on_premises_connections(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::CloudPcOnPremisesConnection,
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
        crate::v1::CloudPcProvisioningPolicy,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("provisioningPolicies"),
        )
    }
    /// Containment navigation property `report` (`microsoft.graph.cloudPcReport`).
    #[inline]
    pub fn report(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::CloudPcReport,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("report"))
    }
    /// Containment navigation property `servicePlans` (`microsoft.graph.cloudPcServicePlan`).
    #[inline]
    pub fn service_plans(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::CloudPcServicePlan,
        crate::path::caps::List,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("servicePlans"))
    }
    /// Containment navigation property `userSettings` (`microsoft.graph.cloudPcUserSetting`).
    #[inline]
    pub fn user_settings(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::CloudPcUserSetting,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("userSettings"))
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::VirtualEndpoint {
    const SEGMENT: &'static str = "microsoft.graph.virtualEndpoint";
}
#[cfg(msgraph_v1_search_or_solutions)]
/// Features: `v1`, or one of `v1-search`, `v1-solutions`.
impl dyn crate::v1::requests::VirtualEventPath {
    /// Structural property `createdBy` (`microsoft.graph.communicationsIdentitySet`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn created_by(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::CommunicationsIdentitySet> {
        crate::path::PropertyPath::new(self.node_target().segment("createdBy"))
    }
    /// Structural property `description` (`microsoft.graph.itemBody`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn description(&self) -> crate::path::PropertyPath<crate::v1::ItemBody> {
        crate::path::PropertyPath::new(self.node_target().segment("description"))
    }
    /// Structural property `endDateTime` (`microsoft.graph.dateTimeTimeZone`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn end_date_time(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::DateTimeTimeZone> {
        crate::path::PropertyPath::new(self.node_target().segment("endDateTime"))
    }
    /// Structural property `settings` (`microsoft.graph.virtualEventSettings`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn settings(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::VirtualEventSettings> {
        crate::path::PropertyPath::new(self.node_target().segment("settings"))
    }
    /// Structural property `startDateTime` (`microsoft.graph.dateTimeTimeZone`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn start_date_time(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::DateTimeTimeZone> {
        crate::path::PropertyPath::new(self.node_target().segment("startDateTime"))
    }
    /// Containment navigation property `presenters` (`microsoft.graph.virtualEventPresenter`).
    #[inline]
    pub fn presenters(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::VirtualEventPresenter,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("presenters"))
    }
    /// Containment navigation property `sessions` (`microsoft.graph.virtualEventSession`).
    #[inline]
    pub fn sessions(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::VirtualEventSession,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("sessions"))
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
    /// `POST .../setExternalEventInformation`: action `microsoft.graph.setExternalEventInformation`.
    #[inline]
    pub fn set_external_event_information(
        &self,
        params: crate::v1::params::VirtualEventSetExternalEventInformationParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::v1::params::VirtualEventSetExternalEventInformationParams,
        >,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("setExternalEventInformation"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::AnyVirtualEvent {
    const SEGMENT: &'static str = "microsoft.graph.virtualEvent";
}
#[cfg(msgraph_v1_search_or_solutions)]
/// Features: `v1`, or one of `v1-search`, `v1-solutions`.
impl dyn crate::v1::requests::VirtualEventPresenterPath {
    /// Structural property `identity` (`microsoft.graph.identity`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn identity(&self) -> crate::path::PropertyPath<crate::v1::AnyIdentity> {
        crate::path::PropertyPath::new(self.node_target().segment("identity"))
    }
    /// Structural property `presenterDetails` (`microsoft.graph.virtualEventPresenterDetails`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn presenter_details(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::VirtualEventPresenterDetails> {
        crate::path::PropertyPath::new(self.node_target().segment("presenterDetails"))
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::VirtualEventPresenter {
    const SEGMENT: &'static str = "microsoft.graph.virtualEventPresenter";
}
#[cfg(msgraph_v1_search_or_solutions)]
/// Features: `v1`, or one of `v1-search`, `v1-solutions`.
impl dyn crate::v1::requests::VirtualEventRegistrationPath {
    /// Structural property `externalRegistrationInformation` (`microsoft.graph.virtualEventExternalRegistrationInformation`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn external_registration_information(
        &self,
    ) -> crate::path::PropertyPath<
        crate::v1::VirtualEventExternalRegistrationInformation,
    > {
        crate::path::PropertyPath::new(
            self.node_target().segment("externalRegistrationInformation"),
        )
    }
    /// Navigation property `sessions` (`microsoft.graph.virtualEventSession`).
    #[inline]
    pub fn sessions(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::VirtualEventSession,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("sessions"))
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
}
#[cfg(msgraph_v1_search_or_solutions)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::VirtualEventRegistration {
    const SEGMENT: &'static str = "microsoft.graph.virtualEventRegistration";
}
#[cfg(msgraph_v1_search_or_solutions)]
/// Features: `v1`, or one of `v1-search`, `v1-solutions`.
impl dyn crate::v1::requests::VirtualEventRegistrationConfigurationPath {
    /// Containment navigation property `questions` (`microsoft.graph.virtualEventRegistrationQuestionBase`).
    #[inline]
    pub fn questions(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyVirtualEventRegistrationQuestionBase,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("questions"))
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::AnyVirtualEventRegistrationConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.virtualEventRegistrationConfiguration";
}
#[cfg(msgraph_v1_search_or_solutions)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyVirtualEventRegistrationQuestionBase>
for crate::v1::VirtualEventRegistrationCustomQuestion {
    const SEGMENT: &'static str = "microsoft.graph.virtualEventRegistrationCustomQuestion";
}
#[cfg(msgraph_v1_search_or_solutions)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::VirtualEventRegistrationCustomQuestion {
    const SEGMENT: &'static str = "microsoft.graph.virtualEventRegistrationCustomQuestion";
}
#[cfg(msgraph_v1_search_or_solutions)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyVirtualEventRegistrationQuestionBase>
for crate::v1::VirtualEventRegistrationPredefinedQuestion {
    const SEGMENT: &'static str = "microsoft.graph.virtualEventRegistrationPredefinedQuestion";
}
#[cfg(msgraph_v1_search_or_solutions)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::VirtualEventRegistrationPredefinedQuestion {
    const SEGMENT: &'static str = "microsoft.graph.virtualEventRegistrationPredefinedQuestion";
}
#[cfg(msgraph_v1_search_or_solutions)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::AnyVirtualEventRegistrationQuestionBase {
    const SEGMENT: &'static str = "microsoft.graph.virtualEventRegistrationQuestionBase";
}
#[cfg(msgraph_v1_search_or_solutions)]
/// Features: `v1`, or one of `v1-search`, `v1-solutions`.
impl dyn crate::v1::requests::VirtualEventSessionPath {
    /// Structural property `endDateTime` (`microsoft.graph.dateTimeTimeZone`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn end_date_time(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::DateTimeTimeZone> {
        crate::path::PropertyPath::new(self.node_target().segment("endDateTime"))
    }
    /// Structural property `startDateTime` (`microsoft.graph.dateTimeTimeZone`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn start_date_time(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::DateTimeTimeZone> {
        crate::path::PropertyPath::new(self.node_target().segment("startDateTime"))
    }
    /// Structural property `audioConferencing` (`microsoft.graph.audioConferencing`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn audio_conferencing(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AudioConferencing> {
        crate::path::PropertyPath::new(self.node_target().segment("audioConferencing"))
    }
    /// Structural property `chatInfo` (`microsoft.graph.chatInfo`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn chat_info(&self) -> crate::path::PropertyPath<crate::v1::ChatInfo> {
        crate::path::PropertyPath::new(self.node_target().segment("chatInfo"))
    }
    /// Structural property `chatRestrictions` (`microsoft.graph.chatRestrictions`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn chat_restrictions(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::ChatRestrictions> {
        crate::path::PropertyPath::new(self.node_target().segment("chatRestrictions"))
    }
    /// Structural property `cloudVideoInteropInfo` (`microsoft.graph.cloudVideoInteropInfo`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn cloud_video_interop_info(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::CloudVideoInteropInfo> {
        crate::path::PropertyPath::new(
            self.node_target().segment("cloudVideoInteropInfo"),
        )
    }
    /// Structural property `joinInformation` (`microsoft.graph.itemBody`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn join_information(&self) -> crate::path::PropertyPath<crate::v1::ItemBody> {
        crate::path::PropertyPath::new(self.node_target().segment("joinInformation"))
    }
    /// Structural property `joinMeetingIdSettings` (`microsoft.graph.joinMeetingIdSettings`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn join_meeting_id_settings(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::JoinMeetingIdSettings> {
        crate::path::PropertyPath::new(
            self.node_target().segment("joinMeetingIdSettings"),
        )
    }
    /// Structural property `lobbyBypassSettings` (`microsoft.graph.lobbyBypassSettings`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn lobby_bypass_settings(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::LobbyBypassSettings> {
        crate::path::PropertyPath::new(self.node_target().segment("lobbyBypassSettings"))
    }
    /// Structural property `sensitivityLabelAssignment` (`microsoft.graph.onlineMeetingSensitivityLabelAssignment`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn sensitivity_label_assignment(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::OnlineMeetingSensitivityLabelAssignment> {
        crate::path::PropertyPath::new(
            self.node_target().segment("sensitivityLabelAssignment"),
        )
    }
    /// Structural property `watermarkProtection` (`microsoft.graph.watermarkProtectionValues`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn watermark_protection(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::WatermarkProtectionValues> {
        crate::path::PropertyPath::new(self.node_target().segment("watermarkProtection"))
    }
    /// Containment navigation property `attendanceReports` (`microsoft.graph.meetingAttendanceReport`).
    #[inline]
    pub fn attendance_reports(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::MeetingAttendanceReport,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("attendanceReports"))
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyOnlineMeetingBase>
for crate::v1::VirtualEventSession {
    const SEGMENT: &'static str = "microsoft.graph.virtualEventSession";
}
#[cfg(msgraph_v1_search_or_solutions)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::VirtualEventSession {
    const SEGMENT: &'static str = "microsoft.graph.virtualEventSession";
}
#[cfg(msgraph_v1_search_or_solutions)]
/// Features: `v1`, or one of `v1-search`, `v1-solutions`.
impl dyn crate::v1::requests::VirtualEventTownhallPath {
    /// Containment navigation property `registrationConfiguration` (`microsoft.graph.virtualEventTownhallRegistrationConfiguration`).
    #[inline]
    pub fn registration_configuration(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::VirtualEventTownhallRegistrationConfiguration,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(
            self.node_target().segment("registrationConfiguration"),
        )
    }
    /// Containment navigation property `registrations` (`microsoft.graph.virtualEventRegistration`).
    #[inline]
    pub fn registrations(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::VirtualEventRegistration,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("registrations"))
    }
    /// Structural property `createdBy` (`microsoft.graph.communicationsIdentitySet`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn created_by(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::CommunicationsIdentitySet> {
        crate::path::PropertyPath::new(self.node_target().segment("createdBy"))
    }
    /// Structural property `description` (`microsoft.graph.itemBody`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn description(&self) -> crate::path::PropertyPath<crate::v1::ItemBody> {
        crate::path::PropertyPath::new(self.node_target().segment("description"))
    }
    /// Structural property `endDateTime` (`microsoft.graph.dateTimeTimeZone`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn end_date_time(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::DateTimeTimeZone> {
        crate::path::PropertyPath::new(self.node_target().segment("endDateTime"))
    }
    /// Structural property `settings` (`microsoft.graph.virtualEventSettings`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn settings(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::VirtualEventSettings> {
        crate::path::PropertyPath::new(self.node_target().segment("settings"))
    }
    /// Structural property `startDateTime` (`microsoft.graph.dateTimeTimeZone`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn start_date_time(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::DateTimeTimeZone> {
        crate::path::PropertyPath::new(self.node_target().segment("startDateTime"))
    }
    /// Containment navigation property `presenters` (`microsoft.graph.virtualEventPresenter`).
    #[inline]
    pub fn presenters(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::VirtualEventPresenter,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("presenters"))
    }
    /// Containment navigation property `sessions` (`microsoft.graph.virtualEventSession`).
    #[inline]
    pub fn sessions(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::VirtualEventSession,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("sessions"))
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
    /// `POST .../setExternalEventInformation`: action `microsoft.graph.setExternalEventInformation`.
    #[inline]
    pub fn set_external_event_information(
        &self,
        params: crate::v1::params::VirtualEventSetExternalEventInformationParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::v1::params::VirtualEventSetExternalEventInformationParams,
        >,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("setExternalEventInformation"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyVirtualEvent>
for crate::v1::VirtualEventTownhall {
    const SEGMENT: &'static str = "microsoft.graph.virtualEventTownhall";
}
#[cfg(msgraph_v1_search_or_solutions)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::VirtualEventTownhall {
    const SEGMENT: &'static str = "microsoft.graph.virtualEventTownhall";
}
#[cfg(msgraph_v1_search_or_solutions)]
/// Features: `v1`, or one of `v1-search`, `v1-solutions`.
impl<C> crate::path::CollectionPath<crate::v1::VirtualEventTownhall, C> {
    /// `GET .../getByUserIdAndRole`: function `microsoft.graph.getByUserIdAndRole`.
    pub fn get_by_user_id_and_role(
        &self,
        user_id: &str,
        role: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::v1::VirtualEventTownhall>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .target()
                .function(
                    "getByUserIdAndRole",
                    &[
                        (
                            "userId",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(user_id),
                            ),
                        ),
                        (
                            "role",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(role),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getByUserRole`: function `microsoft.graph.getByUserRole`.
    pub fn get_by_user_role(
        &self,
        role: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::v1::VirtualEventTownhall>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .target()
                .function(
                    "getByUserRole",
                    &[
                        (
                            "role",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(role),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyVirtualEventRegistrationConfiguration>
for crate::v1::VirtualEventTownhallRegistrationConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.virtualEventTownhallRegistrationConfiguration";
}
#[cfg(msgraph_v1_search_or_solutions)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::VirtualEventTownhallRegistrationConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.virtualEventTownhallRegistrationConfiguration";
}
#[cfg(msgraph_v1_search_or_solutions)]
/// Features: `v1`, or one of `v1-search`, `v1-solutions`.
impl dyn crate::v1::requests::VirtualEventWebinarPath {
    /// Containment navigation property `registrationConfiguration` (`microsoft.graph.virtualEventWebinarRegistrationConfiguration`).
    #[inline]
    pub fn registration_configuration(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::VirtualEventWebinarRegistrationConfiguration,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(
            self.node_target().segment("registrationConfiguration"),
        )
    }
    /// Containment navigation property `registrations` (`microsoft.graph.virtualEventRegistration`).
    #[inline]
    pub fn registrations(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::VirtualEventRegistration,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("registrations"))
    }
    /// Structural property `createdBy` (`microsoft.graph.communicationsIdentitySet`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn created_by(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::CommunicationsIdentitySet> {
        crate::path::PropertyPath::new(self.node_target().segment("createdBy"))
    }
    /// Structural property `description` (`microsoft.graph.itemBody`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn description(&self) -> crate::path::PropertyPath<crate::v1::ItemBody> {
        crate::path::PropertyPath::new(self.node_target().segment("description"))
    }
    /// Structural property `endDateTime` (`microsoft.graph.dateTimeTimeZone`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn end_date_time(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::DateTimeTimeZone> {
        crate::path::PropertyPath::new(self.node_target().segment("endDateTime"))
    }
    /// Structural property `settings` (`microsoft.graph.virtualEventSettings`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn settings(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::VirtualEventSettings> {
        crate::path::PropertyPath::new(self.node_target().segment("settings"))
    }
    /// Structural property `startDateTime` (`microsoft.graph.dateTimeTimeZone`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn start_date_time(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::DateTimeTimeZone> {
        crate::path::PropertyPath::new(self.node_target().segment("startDateTime"))
    }
    /// Containment navigation property `presenters` (`microsoft.graph.virtualEventPresenter`).
    #[inline]
    pub fn presenters(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::VirtualEventPresenter,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("presenters"))
    }
    /// Containment navigation property `sessions` (`microsoft.graph.virtualEventSession`).
    #[inline]
    pub fn sessions(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::VirtualEventSession,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("sessions"))
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
    /// `POST .../setExternalEventInformation`: action `microsoft.graph.setExternalEventInformation`.
    #[inline]
    pub fn set_external_event_information(
        &self,
        params: crate::v1::params::VirtualEventSetExternalEventInformationParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::v1::params::VirtualEventSetExternalEventInformationParams,
        >,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("setExternalEventInformation"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyVirtualEvent>
for crate::v1::VirtualEventWebinar {
    const SEGMENT: &'static str = "microsoft.graph.virtualEventWebinar";
}
#[cfg(msgraph_v1_search_or_solutions)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::VirtualEventWebinar {
    const SEGMENT: &'static str = "microsoft.graph.virtualEventWebinar";
}
#[cfg(msgraph_v1_search_or_solutions)]
/// Features: `v1`, or one of `v1-search`, `v1-solutions`.
impl<C> crate::path::CollectionPath<crate::v1::VirtualEventWebinar, C> {
    /// `GET .../getByUserIdAndRole`: function `microsoft.graph.getByUserIdAndRole`.
    pub fn get_by_user_id_and_role(
        &self,
        user_id: &str,
        role: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::v1::VirtualEventWebinar>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .target()
                .function(
                    "getByUserIdAndRole",
                    &[
                        (
                            "userId",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(user_id),
                            ),
                        ),
                        (
                            "role",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(role),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getByUserRole`: function `microsoft.graph.getByUserRole`.
    pub fn get_by_user_role(
        &self,
        role: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::v1::VirtualEventWebinar>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .target()
                .function(
                    "getByUserRole",
                    &[
                        (
                            "role",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(role),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyVirtualEventRegistrationConfiguration>
for crate::v1::VirtualEventWebinarRegistrationConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.virtualEventWebinarRegistrationConfiguration";
}
#[cfg(msgraph_v1_search_or_solutions)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::VirtualEventWebinarRegistrationConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.virtualEventWebinarRegistrationConfiguration";
}
#[cfg(msgraph_v1_search_or_solutions)]
/// Features: `v1`, or one of `v1-search`, `v1-solutions`.
impl dyn crate::v1::requests::VirtualEventsRootPath {
    /// Containment navigation property `events` (`microsoft.graph.virtualEvent`).
    #[inline]
    pub fn events(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyVirtualEvent,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("events"))
    }
    /// Containment navigation property `townhalls` (`microsoft.graph.virtualEventTownhall`).
    #[inline]
    pub fn townhalls(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::VirtualEventTownhall,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("townhalls"))
    }
    /// Containment navigation property `webinars` (`microsoft.graph.virtualEventWebinar`).
    #[inline]
    pub fn webinars(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::VirtualEventWebinar,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("webinars"))
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::VirtualEventsRoot {
    const SEGMENT: &'static str = "microsoft.graph.virtualEventsRoot";
}
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
/// Features: `v1`, or one of `v1-authentication-method-configurations`, `v1-authentication-methods-policy`, `v1-policies`, `v1-search`.
impl dyn crate::v1::requests::VoiceAuthenticationMethodConfigurationPath {
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
for crate::v1::VoiceAuthenticationMethodConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.voiceAuthenticationMethodConfiguration";
}
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::VoiceAuthenticationMethodConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.voiceAuthenticationMethodConfiguration";
}
#[cfg(msgraph_v1_device_app_management_or_search)]
/// Features: `v1`, or one of `v1-device-app-management`, `v1-search`.
impl dyn crate::v1::requests::VppTokenPath {
    /// Syncs licenses associated with a specific appleVolumePurchaseProgramToken
    ///
    /// `POST .../syncLicenses`: action `microsoft.graph.syncLicenses`.
    #[inline]
    pub fn sync_licenses(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::VppToken>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("syncLicenses"),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::VppToken {
    const SEGMENT: &'static str = "microsoft.graph.vppToken";
}
#[cfg(msgraph_v1_search_or_security)]
/// Features: `v1`, or one of `v1-search`, `v1-security`.
impl dyn crate::v1::requests::security::VulnerabilityPath {
    /// Structural property `cvss2Summary` (`microsoft.graph.security.cvssSummary`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn cvss2_summary(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::security::CvssSummary> {
        crate::path::PropertyPath::new(self.node_target().segment("cvss2Summary"))
    }
    /// Structural property `cvss3Summary` (`microsoft.graph.security.cvssSummary`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn cvss3_summary(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::security::CvssSummary> {
        crate::path::PropertyPath::new(self.node_target().segment("cvss3Summary"))
    }
    /// Structural property `description` (`microsoft.graph.security.formattedContent`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn description(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::security::FormattedContent> {
        crate::path::PropertyPath::new(self.node_target().segment("description"))
    }
    /// Structural property `remediation` (`microsoft.graph.security.formattedContent`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn remediation(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::security::FormattedContent> {
        crate::path::PropertyPath::new(self.node_target().segment("remediation"))
    }
    /// Navigation property `articles` (`microsoft.graph.security.article`).
    #[inline]
    pub fn articles(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::security::Article,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("articles"))
    }
    /// Containment navigation property `components` (`microsoft.graph.security.vulnerabilityComponent`).
    #[inline]
    pub fn components(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::security::VulnerabilityComponent,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("components"))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::security::Vulnerability {
    const SEGMENT: &'static str = "microsoft.graph.security.vulnerability";
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::security::VulnerabilityComponent {
    const SEGMENT: &'static str = "microsoft.graph.security.vulnerabilityComponent";
}
