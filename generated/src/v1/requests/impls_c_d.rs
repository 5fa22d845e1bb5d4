//! Items of `requests` by the first letters of their types' names (`c_d`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_v1_identity_or_search)]
/// Features: `v1`, or one of `v1-identity`, `v1-search`.
impl dyn crate::v1::requests::CaPoliciesDeletableRootPath {
    /// Containment navigation property `namedLocations` (`microsoft.graph.namedLocation`).
    #[inline]
    pub fn named_locations(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyNamedLocation,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("namedLocations"))
    }
    /// Containment navigation property `policies` (`microsoft.graph.conditionalAccessPolicy`).
    #[inline]
    pub fn policies(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyConditionalAccessPolicy,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("policies"))
    }
}
#[cfg(msgraph_v1_identity_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::CaPoliciesDeletableRoot {
    const SEGMENT: &'static str = "microsoft.graph.caPoliciesDeletableRoot";
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::v1::requests::CalendarPath {
    /// Structural property `owner` (`microsoft.graph.emailAddress`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn owner(&self) -> crate::path::PropertyPath<crate::v1::EmailAddress> {
        crate::path::PropertyPath::new(self.node_target().segment("owner"))
    }
    /// Containment navigation property `calendarPermissions` (`microsoft.graph.calendarPermission`).
    #[inline]
    pub fn calendar_permissions(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::CalendarPermission,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("calendarPermissions"),
        )
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
    /// `GET .../allowedCalendarSharingRoles`: function `microsoft.graph.allowedCalendarSharingRoles`.
    #[inline]
    pub fn allowed_calendar_sharing_roles(
        &self,
        user: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::v1::CalendarRoleType>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .node_target()
                .function(
                    "allowedCalendarSharingRoles",
                    &[
                        (
                            "User",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(user),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `POST .../getSchedule`: action `microsoft.graph.getSchedule`.
    #[inline]
    pub fn get_schedule(
        &self,
        params: crate::v1::params::CalendarGetScheduleParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::CalendarGetScheduleParams>,
        rt::request::Collection<crate::v1::ScheduleInformation>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("getSchedule"),
            rt::request::Json(params),
        )
    }
    /// `POST .../permanentDelete`: action `microsoft.graph.permanentDelete`.
    #[inline]
    pub fn permanent_delete(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("permanentDelete"),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::Calendar {
    const SEGMENT: &'static str = "microsoft.graph.calendar";
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::v1::requests::CalendarGroupPath {
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
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::CalendarGroup {
    const SEGMENT: &'static str = "microsoft.graph.calendarGroup";
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::v1::requests::CalendarPermissionPath {
    /// Structural property `emailAddress` (`microsoft.graph.emailAddress`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn email_address(&self) -> crate::path::PropertyPath<crate::v1::EmailAddress> {
        crate::path::PropertyPath::new(self.node_target().segment("emailAddress"))
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::CalendarPermission {
    const SEGMENT: &'static str = "microsoft.graph.calendarPermission";
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::v1::requests::CalendarSharingMessagePath {
    /// The media content (`$value`) of this entity.
    #[inline]
    pub fn value(&self) -> crate::path::StreamPath {
        crate::path::StreamPath::new(self.node_target().segment("$value"))
    }
    /// Structural property `sharingMessageAction` (`microsoft.graph.calendarSharingMessageAction`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn sharing_message_action(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::CalendarSharingMessageAction> {
        crate::path::PropertyPath::new(
            self.node_target().segment("sharingMessageAction"),
        )
    }
    /// `POST .../accept`: action `microsoft.graph.accept`.
    #[inline]
    pub fn accept(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::Calendar>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("accept"),
            rt::request::NoBody,
        )
    }
    /// Structural property `body` (`microsoft.graph.itemBody`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn body(&self) -> crate::path::PropertyPath<crate::v1::ItemBody> {
        crate::path::PropertyPath::new(self.node_target().segment("body"))
    }
    /// Structural property `flag` (`microsoft.graph.followupFlag`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn flag(&self) -> crate::path::PropertyPath<crate::v1::FollowupFlag> {
        crate::path::PropertyPath::new(self.node_target().segment("flag"))
    }
    /// Structural property `from` (`microsoft.graph.recipient`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn from(&self) -> crate::path::PropertyPath<crate::v1::AnyRecipient> {
        crate::path::PropertyPath::new(self.node_target().segment("from"))
    }
    /// Structural property `sender` (`microsoft.graph.recipient`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn sender(&self) -> crate::path::PropertyPath<crate::v1::AnyRecipient> {
        crate::path::PropertyPath::new(self.node_target().segment("sender"))
    }
    /// Structural property `uniqueBody` (`microsoft.graph.itemBody`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn unique_body(&self) -> crate::path::PropertyPath<crate::v1::ItemBody> {
        crate::path::PropertyPath::new(self.node_target().segment("uniqueBody"))
    }
    /// Containment navigation property `attachments` (`microsoft.graph.attachment`).
    #[inline]
    pub fn attachments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyAttachment,
        crate::path::caps::ListCreateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("attachments"))
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
    /// `POST .../copy`: action `microsoft.graph.copy`.
    #[inline]
    pub fn copy(
        &self,
        params: crate::v1::params::MessageCopyParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::MessageCopyParams>,
        rt::request::Entity<crate::v1::AnyMessage>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("copy"),
            rt::request::Json(params),
        )
    }
    /// `POST .../createForward`: action `microsoft.graph.createForward`.
    #[inline]
    pub fn create_forward(
        &self,
        params: crate::v1::params::MessageCreateForwardParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::MessageCreateForwardParams>,
        rt::request::Entity<crate::v1::AnyMessage>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("createForward"),
            rt::request::Json(params),
        )
    }
    /// `POST .../createReply`: action `microsoft.graph.createReply`.
    #[inline]
    pub fn create_reply(
        &self,
        params: crate::v1::params::MessageCreateReplyParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::MessageCreateReplyParams>,
        rt::request::Entity<crate::v1::AnyMessage>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("createReply"),
            rt::request::Json(params),
        )
    }
    /// `POST .../createReplyAll`: action `microsoft.graph.createReplyAll`.
    #[inline]
    pub fn create_reply_all(
        &self,
        params: crate::v1::params::MessageCreateReplyAllParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::MessageCreateReplyAllParams>,
        rt::request::Entity<crate::v1::AnyMessage>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("createReplyAll"),
            rt::request::Json(params),
        )
    }
    /// `POST .../forward`: action `microsoft.graph.forward`.
    #[inline]
    pub fn forward(
        &self,
        params: crate::v1::params::MessageForwardParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::MessageForwardParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("forward"),
            rt::request::Json(params),
        )
    }
    /// `POST .../move`: action `microsoft.graph.move`.
    #[inline]
    pub fn move_(
        &self,
        params: crate::v1::params::MessageMoveParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::MessageMoveParams>,
        rt::request::Entity<crate::v1::AnyMessage>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("move"),
            rt::request::Json(params),
        )
    }
    /// `POST .../permanentDelete`: action `microsoft.graph.permanentDelete`.
    #[inline]
    pub fn permanent_delete(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("permanentDelete"),
            rt::request::NoBody,
        )
    }
    /// `POST .../reply`: action `microsoft.graph.reply`.
    #[inline]
    pub fn reply(
        &self,
        params: crate::v1::params::MessageReplyParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::MessageReplyParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("reply"),
            rt::request::Json(params),
        )
    }
    /// `POST .../replyAll`: action `microsoft.graph.replyAll`.
    #[inline]
    pub fn reply_all(
        &self,
        params: crate::v1::params::MessageReplyAllParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::MessageReplyAllParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("replyAll"),
            rt::request::Json(params),
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
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyMessage>
for crate::v1::CalendarSharingMessage {
    const SEGMENT: &'static str = "microsoft.graph.calendarSharingMessage";
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyOutlookItem>
for crate::v1::CalendarSharingMessage {
    const SEGMENT: &'static str = "microsoft.graph.calendarSharingMessage";
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::CalendarSharingMessage {
    const SEGMENT: &'static str = "microsoft.graph.calendarSharingMessage";
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::CollectionPath<crate::v1::CalendarSharingMessage, C> {
    /// `GET .../delta`: function `microsoft.graph.delta`.
    pub fn delta(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::v1::AnyMessage>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.target().function("delta", &[]),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_communications_or_search)]
/// Features: `v1`, or one of `v1-communications`, `v1-search`.
impl dyn crate::v1::requests::CallPath {
    /// Structural property `callOptions` (`microsoft.graph.callOptions`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn call_options(&self) -> crate::path::PropertyPath<crate::v1::AnyCallOptions> {
        crate::path::PropertyPath::new(self.node_target().segment("callOptions"))
    }
    /// Structural property `chatInfo` (`microsoft.graph.chatInfo`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn chat_info(&self) -> crate::path::PropertyPath<crate::v1::ChatInfo> {
        crate::path::PropertyPath::new(self.node_target().segment("chatInfo"))
    }
    /// Structural property `incomingContext` (`microsoft.graph.incomingContext`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn incoming_context(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::IncomingContext> {
        crate::path::PropertyPath::new(self.node_target().segment("incomingContext"))
    }
    /// Structural property `mediaConfig` (`microsoft.graph.mediaConfig`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn media_config(&self) -> crate::path::PropertyPath<crate::v1::AnyMediaConfig> {
        crate::path::PropertyPath::new(self.node_target().segment("mediaConfig"))
    }
    /// Structural property `mediaState` (`microsoft.graph.callMediaState`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn media_state(&self) -> crate::path::PropertyPath<crate::v1::CallMediaState> {
        crate::path::PropertyPath::new(self.node_target().segment("mediaState"))
    }
    /// Structural property `meetingInfo` (`microsoft.graph.meetingInfo`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn meeting_info(&self) -> crate::path::PropertyPath<crate::v1::AnyMeetingInfo> {
        crate::path::PropertyPath::new(self.node_target().segment("meetingInfo"))
    }
    /// Structural property `resultInfo` (`microsoft.graph.resultInfo`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn result_info(&self) -> crate::path::PropertyPath<crate::v1::ResultInfo> {
        crate::path::PropertyPath::new(self.node_target().segment("resultInfo"))
    }
    /// Structural property `source` (`microsoft.graph.participantInfo`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn source(&self) -> crate::path::PropertyPath<crate::v1::ParticipantInfo> {
        crate::path::PropertyPath::new(self.node_target().segment("source"))
    }
    /// Structural property `toneInfo` (`microsoft.graph.toneInfo`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn tone_info(&self) -> crate::path::PropertyPath<crate::v1::ToneInfo> {
        crate::path::PropertyPath::new(self.node_target().segment("toneInfo"))
    }
    /// Structural property `transcription` (`microsoft.graph.callTranscriptionInfo`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn transcription(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::CallTranscriptionInfo> {
        crate::path::PropertyPath::new(self.node_target().segment("transcription"))
    }
    /// Containment navigation property `audioRoutingGroups` (`microsoft.graph.audioRoutingGroup`).
    #[inline]
    pub fn audio_routing_groups(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AudioRoutingGroup,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("audioRoutingGroups"),
        )
    }
    /// Containment navigation property `contentSharingSessions` (`microsoft.graph.contentSharingSession`).
    #[inline]
    pub fn content_sharing_sessions(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::ContentSharingSession,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("contentSharingSessions"),
        )
    }
    /// Containment navigation property `operations` (`microsoft.graph.commsOperation`).
    #[inline]
    pub fn operations(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyCommsOperation,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("operations"))
    }
    /// Containment navigation property `participants` (`microsoft.graph.participant`).
    #[inline]
    pub fn participants(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::Participant,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("participants"))
    }
    /// `POST .../addLargeGalleryView`: action `microsoft.graph.addLargeGalleryView`.
    #[inline]
    pub fn add_large_gallery_view(
        &self,
        params: crate::v1::params::CallAddLargeGalleryViewParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::CallAddLargeGalleryViewParams>,
        rt::request::Entity<crate::v1::AddLargeGalleryViewOperation>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("addLargeGalleryView"),
            rt::request::Json(params),
        )
    }
    /// `POST .../answer`: action `microsoft.graph.answer`.
    #[inline]
    pub fn answer(
        &self,
        params: crate::v1::params::CallAnswerParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::CallAnswerParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("answer"),
            rt::request::Json(params),
        )
    }
    /// `POST .../cancelMediaProcessing`: action `microsoft.graph.cancelMediaProcessing`.
    #[inline]
    pub fn cancel_media_processing(
        &self,
        params: crate::v1::params::CallCancelMediaProcessingParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::CallCancelMediaProcessingParams>,
        rt::request::Entity<crate::v1::CancelMediaProcessingOperation>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("cancelMediaProcessing"),
            rt::request::Json(params),
        )
    }
    /// `POST .../changeScreenSharingRole`: action `microsoft.graph.changeScreenSharingRole`.
    #[inline]
    pub fn change_screen_sharing_role(
        &self,
        params: crate::v1::params::CallChangeScreenSharingRoleParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::CallChangeScreenSharingRoleParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("changeScreenSharingRole"),
            rt::request::Json(params),
        )
    }
    /// `POST .../keepAlive`: action `microsoft.graph.keepAlive`.
    #[inline]
    pub fn keep_alive(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("keepAlive"),
            rt::request::NoBody,
        )
    }
    /// `POST .../mute`: action `microsoft.graph.mute`.
    #[inline]
    pub fn mute(
        &self,
        params: crate::v1::params::CallMuteParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::CallMuteParams>,
        rt::request::Entity<crate::v1::MuteParticipantOperation>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("mute"),
            rt::request::Json(params),
        )
    }
    /// `POST .../playPrompt`: action `microsoft.graph.playPrompt`.
    #[inline]
    pub fn play_prompt(
        &self,
        params: crate::v1::params::CallPlayPromptParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::CallPlayPromptParams>,
        rt::request::Entity<crate::v1::PlayPromptOperation>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("playPrompt"),
            rt::request::Json(params),
        )
    }
    /// `POST .../recordResponse`: action `microsoft.graph.recordResponse`.
    #[inline]
    pub fn record_response(
        &self,
        params: crate::v1::params::CallRecordResponseParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::CallRecordResponseParams>,
        rt::request::Entity<crate::v1::RecordOperation>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("recordResponse"),
            rt::request::Json(params),
        )
    }
    /// `POST .../redirect`: action `microsoft.graph.redirect`.
    #[inline]
    pub fn redirect(
        &self,
        params: crate::v1::params::CallRedirectParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::CallRedirectParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("redirect"),
            rt::request::Json(params),
        )
    }
    /// `POST .../reject`: action `microsoft.graph.reject`.
    #[inline]
    pub fn reject(
        &self,
        params: crate::v1::params::CallRejectParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::CallRejectParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("reject"),
            rt::request::Json(params),
        )
    }
    /// `POST .../sendDtmfTones`: action `microsoft.graph.sendDtmfTones`.
    #[inline]
    pub fn send_dtmf_tones(
        &self,
        params: crate::v1::params::CallSendDtmfTonesParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::CallSendDtmfTonesParams>,
        rt::request::Entity<crate::v1::SendDtmfTonesOperation>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("sendDtmfTones"),
            rt::request::Json(params),
        )
    }
    /// `POST .../subscribeToTone`: action `microsoft.graph.subscribeToTone`.
    #[inline]
    pub fn subscribe_to_tone(
        &self,
        params: crate::v1::params::CallSubscribeToToneParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::CallSubscribeToToneParams>,
        rt::request::Entity<crate::v1::SubscribeToToneOperation>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("subscribeToTone"),
            rt::request::Json(params),
        )
    }
    /// `POST .../transfer`: action `microsoft.graph.transfer`.
    #[inline]
    pub fn transfer(
        &self,
        params: crate::v1::params::CallTransferParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::CallTransferParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("transfer"),
            rt::request::Json(params),
        )
    }
    /// `POST .../unmute`: action `microsoft.graph.unmute`.
    #[inline]
    pub fn unmute(
        &self,
        params: crate::v1::params::CallUnmuteParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::CallUnmuteParams>,
        rt::request::Entity<crate::v1::UnmuteParticipantOperation>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("unmute"),
            rt::request::Json(params),
        )
    }
    /// `POST .../updateRecordingStatus`: action `microsoft.graph.updateRecordingStatus`.
    #[inline]
    pub fn update_recording_status(
        &self,
        params: crate::v1::params::CallUpdateRecordingStatusParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::CallUpdateRecordingStatusParams>,
        rt::request::Entity<crate::v1::UpdateRecordingStatusOperation>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("updateRecordingStatus"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_communications_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::Call {
    const SEGMENT: &'static str = "microsoft.graph.call";
}
#[cfg(msgraph_v1_communications_or_search)]
/// Features: `v1`, or one of `v1-communications`, `v1-search`.
impl<C> crate::path::CollectionPath<crate::v1::Call, C> {
    /// `POST .../logTeleconferenceDeviceQuality`: action `microsoft.graph.logTeleconferenceDeviceQuality`.
    pub fn log_teleconference_device_quality(
        &self,
        params: crate::v1::params::CallCollectionLogTeleconferenceDeviceQualityParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::v1::params::CallCollectionLogTeleconferenceDeviceQualityParams,
        >,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("logTeleconferenceDeviceQuality"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_copilot_or_search)]
/// Features: `v1`, or one of `v1-copilot`, `v1-search`.
impl dyn crate::v1::requests::CallAiInsightPath {
    /// Structural property `viewpoint` (`microsoft.graph.callAiInsightViewPoint`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn viewpoint(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::CallAiInsightViewPoint> {
        crate::path::PropertyPath::new(self.node_target().segment("viewpoint"))
    }
}
#[cfg(msgraph_v1_copilot_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::CallAiInsight {
    const SEGMENT: &'static str = "microsoft.graph.callAiInsight";
}
#[cfg(msgraph_v1_search)]
/// Features: `v1` or `v1-search`.
impl dyn crate::v1::requests::CallEventPath {
    /// Navigation property `participants` (`microsoft.graph.participant`).
    #[inline]
    pub fn participants(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::Participant,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("participants"))
    }
}
#[cfg(msgraph_v1_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::AnyCallEvent {
    const SEGMENT: &'static str = "microsoft.graph.callEvent";
}
#[cfg(msgraph_v1_core_or_communications)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-communications`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::v1::requests::CallRecordingPath {
    /// Stream property `content`.
    #[inline]
    pub fn content(&self) -> crate::path::StreamPath {
        crate::path::StreamPath::new(self.node_target().segment("content"))
    }
    /// Structural property `meetingOrganizer` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn meeting_organizer(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AnyIdentitySet> {
        crate::path::PropertyPath::new(self.node_target().segment("meetingOrganizer"))
    }
}
#[cfg(msgraph_v1_core_or_communications)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::CallRecording {
    const SEGMENT: &'static str = "microsoft.graph.callRecording";
}
#[cfg(msgraph_v1_core_or_communications)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-communications`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::CollectionPath<crate::v1::CallRecording, C> {
    /// `GET .../delta`: function `microsoft.graph.delta`.
    pub fn delta(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::v1::CallRecording>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.target().function("delta", &[]),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_core_or_communications)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-communications`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::v1::requests::CallTranscriptPath {
    /// Stream property `content`.
    #[inline]
    pub fn content(&self) -> crate::path::StreamPath {
        crate::path::StreamPath::new(self.node_target().segment("content"))
    }
    /// Structural property `meetingOrganizer` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn meeting_organizer(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AnyIdentitySet> {
        crate::path::PropertyPath::new(self.node_target().segment("meetingOrganizer"))
    }
    /// Stream property `metadataContent`.
    #[inline]
    pub fn metadata_content(&self) -> crate::path::StreamPath {
        crate::path::StreamPath::new(self.node_target().segment("metadataContent"))
    }
}
#[cfg(msgraph_v1_core_or_communications)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::CallTranscript {
    const SEGMENT: &'static str = "microsoft.graph.callTranscript";
}
#[cfg(msgraph_v1_core_or_communications)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-communications`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::CollectionPath<crate::v1::CallTranscript, C> {
    /// `GET .../delta`: function `microsoft.graph.delta`.
    pub fn delta(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::v1::CallTranscript>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.target().function("delta", &[]),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_communications_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyCommsOperation>
for crate::v1::CancelMediaProcessingOperation {
    const SEGMENT: &'static str = "microsoft.graph.cancelMediaProcessingOperation";
}
#[cfg(msgraph_v1_communications_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::CancelMediaProcessingOperation {
    const SEGMENT: &'static str = "microsoft.graph.cancelMediaProcessingOperation";
}
#[cfg(msgraph_v1_core_or_sites)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::v1::requests::CanvasLayoutPath {
    /// Containment navigation property `horizontalSections` (`microsoft.graph.horizontalSection`).
    #[inline]
    pub fn horizontal_sections(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::HorizontalSection,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("horizontalSections"),
        )
    }
    /// Containment navigation property `verticalSection` (`microsoft.graph.verticalSection`).
    #[inline]
    pub fn vertical_section(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::VerticalSection,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("verticalSection"))
    }
}
#[cfg(msgraph_v1_core_or_sites)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::CanvasLayout {
    const SEGMENT: &'static str = "microsoft.graph.canvasLayout";
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyDirectoryObject>
for crate::v1::CertificateAuthorityDetail {
    const SEGMENT: &'static str = "microsoft.graph.certificateAuthorityDetail";
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::CertificateAuthorityDetail {
    const SEGMENT: &'static str = "microsoft.graph.certificateAuthorityDetail";
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::CollectionPath<crate::v1::CertificateAuthorityDetail, C> {
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
#[cfg(msgraph_v1_core_or_certificate_based_auth_configuration)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::CertificateBasedAuthConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.certificateBasedAuthConfiguration";
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::v1::requests::CertificateBasedAuthPkiPath {
    /// Containment navigation property `certificateAuthorities` (`microsoft.graph.certificateAuthorityDetail`).
    #[inline]
    pub fn certificate_authorities(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::CertificateAuthorityDetail,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("certificateAuthorities"),
        )
    }
    /// `POST .../upload`: action `microsoft.graph.upload`.
    #[inline]
    pub fn upload(
        &self,
        params: crate::v1::params::CertificateBasedAuthPkiUploadParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::CertificateBasedAuthPkiUploadParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("upload"),
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
for crate::v1::CertificateBasedAuthPki {
    const SEGMENT: &'static str = "microsoft.graph.certificateBasedAuthPki";
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::CertificateBasedAuthPki {
    const SEGMENT: &'static str = "microsoft.graph.certificateBasedAuthPki";
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::CollectionPath<crate::v1::CertificateBasedAuthPki, C> {
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
#[cfg(msgraph_v1_core_or_teamwork)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::v1::requests::ChangeTrackedEntityPath {
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
#[cfg(msgraph_v1_core_or_teamwork)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::AnyChangeTrackedEntity {
    const SEGMENT: &'static str = "microsoft.graph.changeTrackedEntity";
}
#[cfg(msgraph_v1_core_or_teamwork)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::v1::requests::ChannelPath {
    /// Structural property `summary` (`microsoft.graph.channelSummary`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn summary(&self) -> crate::path::PropertyPath<crate::v1::ChannelSummary> {
        crate::path::PropertyPath::new(self.node_target().segment("summary"))
    }
    /// Containment navigation property `allMembers` (`microsoft.graph.conversationMember`).
    #[inline]
    pub fn all_members(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyConversationMember,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("allMembers"))
    }
    #[cfg(msgraph_v1_app_catalogs_or_search)]
    /// Navigation property `enabledApps` (`microsoft.graph.teamsApp`).
    ///
    /// Features: `v1` or `v1-search`.
    #[inline]
    pub fn enabled_apps(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::TeamsApp,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("enabledApps"))
    }
    #[cfg(msgraph_v1_drives_or_search)]
    /// Navigation property `filesFolder` (`microsoft.graph.driveItem`).
    ///
    /// Features: `v1` or `v1-search`.
    #[inline]
    pub fn files_folder(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::DriveItem,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("filesFolder"))
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
    /// Containment navigation property `messages` (`microsoft.graph.chatMessage`).
    #[inline]
    pub fn messages(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyChatMessage,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("messages"))
    }
    /// Containment navigation property `sharedWithTeams` (`microsoft.graph.sharedWithChannelTeamInfo`).
    #[inline]
    pub fn shared_with_teams(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::SharedWithChannelTeamInfo,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("sharedWithTeams"))
    }
    /// Containment navigation property `tabs` (`microsoft.graph.teamsTab`).
    #[inline]
    pub fn tabs(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::TeamsTab,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("tabs"))
    }
    /// `POST .../archive`: action `microsoft.graph.archive`.
    #[inline]
    pub fn archive(
        &self,
        params: crate::v1::params::ChannelArchiveParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::ChannelArchiveParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("archive"),
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
    /// `GET .../doesUserHaveAccess`: function `microsoft.graph.doesUserHaveAccess`.
    #[inline]
    pub fn does_user_have_access(
        &self,
        user_id: ::core::option::Option<&str>,
        tenant_id: ::core::option::Option<&str>,
        user_principal_name: ::core::option::Option<&str>,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::ValueOf<bool>> {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .node_target()
                .function(
                    "doesUserHaveAccess",
                    &[
                        ("userId", user_id.map(rt::request::ToLiteral::to_literal)),
                        ("tenantId", tenant_id.map(rt::request::ToLiteral::to_literal)),
                        (
                            "userPrincipalName",
                            user_principal_name.map(rt::request::ToLiteral::to_literal),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `POST .../provisionEmail`: action `microsoft.graph.provisionEmail`.
    #[inline]
    pub fn provision_email(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::ProvisionChannelEmailResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("provisionEmail"),
            rt::request::NoBody,
        )
    }
    /// `POST .../removeEmail`: action `microsoft.graph.removeEmail`.
    #[inline]
    pub fn remove_email(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("removeEmail"),
            rt::request::NoBody,
        )
    }
    /// `POST .../startMigration`: action `microsoft.graph.startMigration`.
    #[inline]
    pub fn start_migration(
        &self,
        params: crate::v1::params::ChannelStartMigrationParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::ChannelStartMigrationParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("startMigration"),
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
#[cfg(msgraph_v1_core_or_teamwork)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::Channel {
    const SEGMENT: &'static str = "microsoft.graph.channel";
}
#[cfg(msgraph_v1_core_or_teamwork)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::CollectionPath<crate::v1::Channel, C> {
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
    /// `GET .../getAllRetainedMessages`: function `microsoft.graph.getAllRetainedMessages`.
    pub fn get_all_retained_messages(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::v1::AnyChatMessage>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.target().function("getAllRetainedMessages", &[]),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::v1::requests::ChatPath {
    /// Structural property `onlineMeetingInfo` (`microsoft.graph.teamworkOnlineMeetingInfo`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn online_meeting_info(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::TeamworkOnlineMeetingInfo> {
        crate::path::PropertyPath::new(self.node_target().segment("onlineMeetingInfo"))
    }
    /// Structural property `viewpoint` (`microsoft.graph.chatViewpoint`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn viewpoint(&self) -> crate::path::PropertyPath<crate::v1::ChatViewpoint> {
        crate::path::PropertyPath::new(self.node_target().segment("viewpoint"))
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
    /// Containment navigation property `lastMessagePreview` (`microsoft.graph.chatMessageInfo`).
    #[inline]
    pub fn last_message_preview(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::ChatMessageInfo,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("lastMessagePreview"))
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
    /// Containment navigation property `messages` (`microsoft.graph.chatMessage`).
    #[inline]
    pub fn messages(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyChatMessage,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("messages"))
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
    /// Containment navigation property `pinnedMessages` (`microsoft.graph.pinnedChatMessageInfo`).
    #[inline]
    pub fn pinned_messages(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::PinnedChatMessageInfo,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("pinnedMessages"))
    }
    /// Containment navigation property `tabs` (`microsoft.graph.teamsTab`).
    #[inline]
    pub fn tabs(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::TeamsTab,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("tabs"))
    }
    /// Containment navigation property `targetedMessages` (`microsoft.graph.targetedChatMessage`).
    #[inline]
    pub fn targeted_messages(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::TargetedChatMessage,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("targetedMessages"))
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
    /// `POST .../hideForUser`: action `microsoft.graph.hideForUser`.
    #[inline]
    pub fn hide_for_user(
        &self,
        params: crate::v1::params::ChatHideForUserParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::ChatHideForUserParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("hideForUser"),
            rt::request::Json(params),
        )
    }
    /// `POST .../markChatReadForUser`: action `microsoft.graph.markChatReadForUser`.
    #[inline]
    pub fn mark_chat_read_for_user(
        &self,
        params: crate::v1::params::ChatMarkChatReadForUserParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::ChatMarkChatReadForUserParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("markChatReadForUser"),
            rt::request::Json(params),
        )
    }
    /// `POST .../markChatUnreadForUser`: action `microsoft.graph.markChatUnreadForUser`.
    #[inline]
    pub fn mark_chat_unread_for_user(
        &self,
        params: crate::v1::params::ChatMarkChatUnreadForUserParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::ChatMarkChatUnreadForUserParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("markChatUnreadForUser"),
            rt::request::Json(params),
        )
    }
    /// `POST .../removeAllAccessForUser`: action `microsoft.graph.removeAllAccessForUser`.
    #[inline]
    pub fn remove_all_access_for_user(
        &self,
        params: crate::v1::params::ChatRemoveAllAccessForUserParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::ChatRemoveAllAccessForUserParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("removeAllAccessForUser"),
            rt::request::Json(params),
        )
    }
    /// `POST .../sendActivityNotification`: action `microsoft.graph.sendActivityNotification`.
    #[inline]
    pub fn send_activity_notification(
        &self,
        params: crate::v1::params::ChatSendActivityNotificationParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::ChatSendActivityNotificationParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("sendActivityNotification"),
            rt::request::Json(params),
        )
    }
    /// `POST .../startMigration`: action `microsoft.graph.startMigration`.
    #[inline]
    pub fn start_migration(
        &self,
        params: crate::v1::params::ChatStartMigrationParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::ChatStartMigrationParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("startMigration"),
            rt::request::Json(params),
        )
    }
    /// `POST .../unhideForUser`: action `microsoft.graph.unhideForUser`.
    #[inline]
    pub fn unhide_for_user(
        &self,
        params: crate::v1::params::ChatUnhideForUserParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::ChatUnhideForUserParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("unhideForUser"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::Chat {
    const SEGMENT: &'static str = "microsoft.graph.chat";
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::CollectionPath<crate::v1::Chat, C> {
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
    /// `GET .../getAllRetainedMessages`: function `microsoft.graph.getAllRetainedMessages`.
    pub fn get_all_retained_messages(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::v1::AnyChatMessage>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.target().function("getAllRetainedMessages", &[]),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::v1::requests::ChatMessagePath {
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
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::AnyChatMessage {
    const SEGMENT: &'static str = "microsoft.graph.chatMessage";
}
#[cfg(msgraph_v1_core_or_teamwork)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::CollectionPath<crate::v1::AnyChatMessage, C> {
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
#[cfg(msgraph_v1_core_or_teamwork)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyTeamworkHostedContent>
for crate::v1::ChatMessageHostedContent {
    const SEGMENT: &'static str = "microsoft.graph.chatMessageHostedContent";
}
#[cfg(msgraph_v1_core_or_teamwork)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::ChatMessageHostedContent {
    const SEGMENT: &'static str = "microsoft.graph.chatMessageHostedContent";
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::v1::requests::ChatMessageInfoPath {
    /// Structural property `body` (`microsoft.graph.itemBody`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn body(&self) -> crate::path::PropertyPath<crate::v1::ItemBody> {
        crate::path::PropertyPath::new(self.node_target().segment("body"))
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
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::ChatMessageInfo {
    const SEGMENT: &'static str = "microsoft.graph.chatMessageInfo";
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::ChecklistItem {
    const SEGMENT: &'static str = "microsoft.graph.checklistItem";
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyStsPolicy>
for crate::v1::ClaimsMappingPolicy {
    const SEGMENT: &'static str = "microsoft.graph.claimsMappingPolicy";
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyPolicyBase>
for crate::v1::ClaimsMappingPolicy {
    const SEGMENT: &'static str = "microsoft.graph.claimsMappingPolicy";
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyDirectoryObject>
for crate::v1::ClaimsMappingPolicy {
    const SEGMENT: &'static str = "microsoft.graph.claimsMappingPolicy";
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::ClaimsMappingPolicy {
    const SEGMENT: &'static str = "microsoft.graph.claimsMappingPolicy";
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::CollectionPath<crate::v1::ClaimsMappingPolicy, C> {
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
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::CloudClipboardItem {
    const SEGMENT: &'static str = "microsoft.graph.cloudClipboardItem";
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::v1::requests::CloudClipboardRootPath {
    /// Containment navigation property `items` (`microsoft.graph.cloudClipboardItem`).
    #[inline]
    pub fn items(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::CloudClipboardItem,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("items"))
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::CloudClipboardRoot {
    const SEGMENT: &'static str = "microsoft.graph.cloudClipboardRoot";
}
#[cfg(msgraph_v1_communications)]
/// Features: `v1` or `v1-communications`.
impl dyn crate::v1::requests::CloudCommunicationsPath {
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
    /// Containment navigation property `callRecords` (`microsoft.graph.callRecords.callRecord`).
    #[inline]
    pub fn call_records(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::call_records::CallRecord,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("callRecords"))
    }
    /// Containment navigation property `calls` (`microsoft.graph.call`).
    #[inline]
    pub fn calls(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::Call,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("calls"))
    }
    /// Containment navigation property `onlineMeetingConversations` (`microsoft.graph.onlineMeetingEngagementConversation`).
    #[inline]
    pub fn online_meeting_conversations(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::OnlineMeetingEngagementConversation,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("onlineMeetingConversations"),
        )
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
    /// Containment navigation property `presences` (`microsoft.graph.presence`).
    #[inline]
    pub fn presences(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::Presence,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("presences"))
    }
    /// Get all teams meeting question messages for the tenant.
    ///
    /// `GET .../getAllOnlineMeetingMessages`: function `microsoft.graph.getAllOnlineMeetingMessages`.
    #[inline]
    pub fn get_all_online_meeting_messages(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::v1::AnyEngagementConversationMessage>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.node_target().function("getAllOnlineMeetingMessages", &[]),
            rt::request::NoBody,
        )
    }
    /// `POST .../getPresencesByUserId`: action `microsoft.graph.getPresencesByUserId`.
    #[inline]
    pub fn get_presences_by_user_id(
        &self,
        params: crate::v1::params::CloudCommunicationsGetPresencesByUserIdParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::v1::params::CloudCommunicationsGetPresencesByUserIdParams,
        >,
        rt::request::Collection<crate::v1::Presence>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("getPresencesByUserId"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_identity_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyWebApplicationFirewallProvider>
for crate::v1::CloudFlareWebApplicationFirewallProvider {
    const SEGMENT: &'static str = "microsoft.graph.cloudFlareWebApplicationFirewallProvider";
}
#[cfg(msgraph_v1_identity_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::CloudFlareWebApplicationFirewallProvider {
    const SEGMENT: &'static str = "microsoft.graph.cloudFlareWebApplicationFirewallProvider";
}
#[cfg(msgraph_v1_core_or_device_management)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-device-management`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::v1::requests::CloudPcPath {
    /// `POST .../endGracePeriod`: action `microsoft.graph.endGracePeriod`.
    #[inline]
    pub fn end_grace_period(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("endGracePeriod"),
            rt::request::NoBody,
        )
    }
    /// `POST .../reboot`: action `microsoft.graph.reboot`.
    #[inline]
    pub fn reboot(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("reboot"),
            rt::request::NoBody,
        )
    }
    /// `POST .../rename`: action `microsoft.graph.rename`.
    #[inline]
    pub fn rename(
        &self,
        params: crate::v1::params::CloudPcRenameParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::CloudPcRenameParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("rename"),
            rt::request::Json(params),
        )
    }
    /// `POST .../reprovision`: action `microsoft.graph.reprovision`.
    #[inline]
    pub fn reprovision(
        &self,
        params: crate::v1::params::CloudPcReprovisionParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::CloudPcReprovisionParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("reprovision"),
            rt::request::Json(params),
        )
    }
    /// `POST .../resize`: action `microsoft.graph.resize`.
    #[inline]
    pub fn resize(
        &self,
        params: crate::v1::params::CloudPcResizeParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::CloudPcResizeParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("resize"),
            rt::request::Json(params),
        )
    }
    /// `POST .../restore`: action `microsoft.graph.restore`.
    #[inline]
    pub fn restore(
        &self,
        params: crate::v1::params::CloudPcRestoreParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::CloudPcRestoreParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("restore"),
            rt::request::Json(params),
        )
    }
    /// `GET .../retrieveCloudPcLaunchDetail`: function `microsoft.graph.retrieveCloudPcLaunchDetail`.
    #[inline]
    pub fn retrieve_cloud_pc_launch_detail(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::CloudPcLaunchDetail>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.node_target().function("retrieveCloudPcLaunchDetail", &[]),
            rt::request::NoBody,
        )
    }
    /// `POST .../troubleshoot`: action `microsoft.graph.troubleshoot`.
    #[inline]
    pub fn troubleshoot(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("troubleshoot"),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_core_or_device_management)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::CloudPc {
    const SEGMENT: &'static str = "microsoft.graph.cloudPC";
}
#[cfg(msgraph_v1_device_management_or_search)]
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
impl dyn crate::v1::requests::CloudPcAuditEventPath {
    /// Structural property `actor` (`microsoft.graph.cloudPcAuditActor`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn actor(&self) -> crate::path::PropertyPath<crate::v1::CloudPcAuditActor> {
        crate::path::PropertyPath::new(self.node_target().segment("actor"))
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::CloudPcAuditEvent {
    const SEGMENT: &'static str = "microsoft.graph.cloudPcAuditEvent";
}
#[cfg(msgraph_v1_device_management_or_search)]
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
impl<C> crate::path::CollectionPath<crate::v1::CloudPcAuditEvent, C> {
    /// `GET .../getAuditActivityTypes`: function `microsoft.graph.getAuditActivityTypes`.
    pub fn get_audit_activity_types(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<::std::string::String>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.target().function("getAuditActivityTypes", &[]),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::CloudPcDeviceImage {
    const SEGMENT: &'static str = "microsoft.graph.cloudPcDeviceImage";
}
#[cfg(msgraph_v1_device_management_or_search)]
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
impl<C> crate::path::CollectionPath<crate::v1::CloudPcDeviceImage, C> {
    /// `GET .../getSourceImages`: function `microsoft.graph.getSourceImages`.
    pub fn get_source_images(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::v1::CloudPcSourceDeviceImage>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.target().function("getSourceImages", &[]),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::CloudPcGalleryImage {
    const SEGMENT: &'static str = "microsoft.graph.cloudPcGalleryImage";
}
#[cfg(msgraph_v1_device_management_or_search)]
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
impl dyn crate::v1::requests::CloudPcOnPremisesConnectionPath {
    /// Structural property `healthCheckStatusDetail` (`microsoft.graph.cloudPcOnPremisesConnectionStatusDetail`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn health_check_status_detail(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::CloudPcOnPremisesConnectionStatusDetail> {
        crate::path::PropertyPath::new(
            self.node_target().segment("healthCheckStatusDetail"),
        )
    }
    /// `POST .../runHealthChecks`: action `microsoft.graph.runHealthChecks`.
    #[inline]
    pub fn run_health_checks(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("runHealthChecks"),
            rt::request::NoBody,
        )
    }
    /// `POST .../updateAdDomainPassword`: action `microsoft.graph.updateAdDomainPassword`.
    #[inline]
    pub fn update_ad_domain_password(
        &self,
        params: crate::v1::params::CloudPcOnPremisesConnectionUpdateAdDomainPasswordParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::v1::params::CloudPcOnPremisesConnectionUpdateAdDomainPasswordParams,
        >,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("updateAdDomainPassword"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::CloudPcOnPremisesConnection {
    const SEGMENT: &'static str = "microsoft.graph.cloudPcOnPremisesConnection";
}
#[cfg(msgraph_v1_device_management_or_search)]
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
impl dyn crate::v1::requests::CloudPcProvisioningPolicyPath {
    /// Structural property `autopatch` (`microsoft.graph.cloudPcProvisioningPolicyAutopatch`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn autopatch(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::CloudPcProvisioningPolicyAutopatch> {
        crate::path::PropertyPath::new(self.node_target().segment("autopatch"))
    }
    /// Structural property `microsoftManagedDesktop` (`microsoft.graph.microsoftManagedDesktop`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn microsoft_managed_desktop(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::MicrosoftManagedDesktop> {
        crate::path::PropertyPath::new(
            self.node_target().segment("microsoftManagedDesktop"),
        )
    }
    /// Structural property `windowsSetting` (`microsoft.graph.cloudPcWindowsSetting`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn windows_setting(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::CloudPcWindowsSetting> {
        crate::path::PropertyPath::new(self.node_target().segment("windowsSetting"))
    }
    /// Containment navigation property `assignments` (`microsoft.graph.cloudPcProvisioningPolicyAssignment`).
    #[inline]
    pub fn assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::CloudPcProvisioningPolicyAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("assignments"))
    }
    /// `POST .../assign`: action `microsoft.graph.assign`.
    #[inline]
    pub fn assign(
        &self,
        params: crate::v1::params::CloudPcProvisioningPolicyAssignParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::CloudPcProvisioningPolicyAssignParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("assign"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::CloudPcProvisioningPolicy {
    const SEGMENT: &'static str = "microsoft.graph.cloudPcProvisioningPolicy";
}
#[cfg(msgraph_v1_device_management_or_search)]
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
impl dyn crate::v1::requests::CloudPcProvisioningPolicyAssignmentPath {
    /// Structural property `target` (`microsoft.graph.cloudPcManagementAssignmentTarget`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn target_2(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AnyCloudPcManagementAssignmentTarget> {
        crate::path::PropertyPath::new(self.node_target().segment("target"))
    }
    #[cfg(msgraph_v1_core)]
    /// Navigation property `assignedUsers` (`microsoft.graph.user`).
    ///
    /// Features: `v1` or `v1-search`.
    #[inline]
    pub fn assigned_users(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyUser,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("assignedUsers"))
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::CloudPcProvisioningPolicyAssignment {
    const SEGMENT: &'static str = "microsoft.graph.cloudPcProvisioningPolicyAssignment";
}
#[cfg(msgraph_v1_device_management_or_search)]
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
impl dyn crate::v1::requests::CloudPcReportPath {
    /// `POST .../retrieveCloudPcRecommendationReports`: action `microsoft.graph.retrieveCloudPcRecommendationReports`.
    #[inline]
    pub fn retrieve_cloud_pc_recommendation_reports(
        &self,
        params: crate::v1::params::CloudPcReportRetrieveCloudPcRecommendationReportsParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::v1::params::CloudPcReportRetrieveCloudPcRecommendationReportsParams,
        >,
        rt::request::Raw,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("retrieveCloudPcRecommendationReports"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::CloudPcReport {
    const SEGMENT: &'static str = "microsoft.graph.cloudPcReport";
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::CloudPcServicePlan {
    const SEGMENT: &'static str = "microsoft.graph.cloudPcServicePlan";
}
#[cfg(msgraph_v1_device_management_or_search)]
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
impl dyn crate::v1::requests::CloudPcUserSettingPath {
    /// Structural property `restorePointSetting` (`microsoft.graph.cloudPcRestorePointSetting`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn restore_point_setting(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::CloudPcRestorePointSetting> {
        crate::path::PropertyPath::new(self.node_target().segment("restorePointSetting"))
    }
    /// Containment navigation property `assignments` (`microsoft.graph.cloudPcUserSettingAssignment`).
    #[inline]
    pub fn assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::CloudPcUserSettingAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("assignments"))
    }
    /// `POST .../assign`: action `microsoft.graph.assign`.
    #[inline]
    pub fn assign(
        &self,
        params: crate::v1::params::CloudPcUserSettingAssignParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::CloudPcUserSettingAssignParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("assign"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::CloudPcUserSetting {
    const SEGMENT: &'static str = "microsoft.graph.cloudPcUserSetting";
}
#[cfg(msgraph_v1_device_management_or_search)]
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
impl dyn crate::v1::requests::CloudPcUserSettingAssignmentPath {
    /// Structural property `target` (`microsoft.graph.cloudPcManagementAssignmentTarget`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn target_2(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AnyCloudPcManagementAssignmentTarget> {
        crate::path::PropertyPath::new(self.node_target().segment("target"))
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::CloudPcUserSettingAssignment {
    const SEGMENT: &'static str = "microsoft.graph.cloudPcUserSettingAssignment";
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-drives`, `v1-group-setting-templates` and 14 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::v1::requests::ColumnDefinitionPath {
    /// Structural property `boolean` (`microsoft.graph.booleanColumn`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn boolean(&self) -> crate::path::PropertyPath<crate::v1::BooleanColumn> {
        crate::path::PropertyPath::new(self.node_target().segment("boolean"))
    }
    /// Structural property `calculated` (`microsoft.graph.calculatedColumn`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn calculated(&self) -> crate::path::PropertyPath<crate::v1::CalculatedColumn> {
        crate::path::PropertyPath::new(self.node_target().segment("calculated"))
    }
    /// Structural property `choice` (`microsoft.graph.choiceColumn`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn choice(&self) -> crate::path::PropertyPath<crate::v1::ChoiceColumn> {
        crate::path::PropertyPath::new(self.node_target().segment("choice"))
    }
    /// Structural property `contentApprovalStatus` (`microsoft.graph.contentApprovalStatusColumn`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn content_approval_status(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::ContentApprovalStatusColumn> {
        crate::path::PropertyPath::new(
            self.node_target().segment("contentApprovalStatus"),
        )
    }
    /// Structural property `currency` (`microsoft.graph.currencyColumn`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn currency(&self) -> crate::path::PropertyPath<crate::v1::CurrencyColumn> {
        crate::path::PropertyPath::new(self.node_target().segment("currency"))
    }
    /// Structural property `dateTime` (`microsoft.graph.dateTimeColumn`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn date_time(&self) -> crate::path::PropertyPath<crate::v1::DateTimeColumn> {
        crate::path::PropertyPath::new(self.node_target().segment("dateTime"))
    }
    /// Structural property `defaultValue` (`microsoft.graph.defaultColumnValue`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn default_value(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::DefaultColumnValue> {
        crate::path::PropertyPath::new(self.node_target().segment("defaultValue"))
    }
    /// Structural property `geolocation` (`microsoft.graph.geolocationColumn`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn geolocation(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::GeolocationColumn> {
        crate::path::PropertyPath::new(self.node_target().segment("geolocation"))
    }
    /// Structural property `hyperlinkOrPicture` (`microsoft.graph.hyperlinkOrPictureColumn`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn hyperlink_or_picture(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::HyperlinkOrPictureColumn> {
        crate::path::PropertyPath::new(self.node_target().segment("hyperlinkOrPicture"))
    }
    /// Structural property `lookup` (`microsoft.graph.lookupColumn`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn lookup(&self) -> crate::path::PropertyPath<crate::v1::LookupColumn> {
        crate::path::PropertyPath::new(self.node_target().segment("lookup"))
    }
    /// Structural property `number` (`microsoft.graph.numberColumn`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn number(&self) -> crate::path::PropertyPath<crate::v1::NumberColumn> {
        crate::path::PropertyPath::new(self.node_target().segment("number"))
    }
    /// Structural property `personOrGroup` (`microsoft.graph.personOrGroupColumn`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn person_or_group(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::PersonOrGroupColumn> {
        crate::path::PropertyPath::new(self.node_target().segment("personOrGroup"))
    }
    /// Structural property `sourceContentType` (`microsoft.graph.contentTypeInfo`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn source_content_type(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::ContentTypeInfo> {
        crate::path::PropertyPath::new(self.node_target().segment("sourceContentType"))
    }
    /// Structural property `term` (`microsoft.graph.termColumn`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn term(&self) -> crate::path::PropertyPath<crate::v1::TermColumn> {
        crate::path::PropertyPath::new(self.node_target().segment("term"))
    }
    /// Structural property `text` (`microsoft.graph.textColumn`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn text(&self) -> crate::path::PropertyPath<crate::v1::TextColumn> {
        crate::path::PropertyPath::new(self.node_target().segment("text"))
    }
    /// Structural property `thumbnail` (`microsoft.graph.thumbnailColumn`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn thumbnail(&self) -> crate::path::PropertyPath<crate::v1::ThumbnailColumn> {
        crate::path::PropertyPath::new(self.node_target().segment("thumbnail"))
    }
    /// Structural property `validation` (`microsoft.graph.columnValidation`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn validation(&self) -> crate::path::PropertyPath<crate::v1::ColumnValidation> {
        crate::path::PropertyPath::new(self.node_target().segment("validation"))
    }
    /// Navigation property `sourceColumn` (`microsoft.graph.columnDefinition`).
    #[inline]
    pub fn source_column(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::ColumnDefinition,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("sourceColumn"))
    }
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::ColumnDefinition {
    const SEGMENT: &'static str = "microsoft.graph.columnDefinition";
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::ColumnLink {
    const SEGMENT: &'static str = "microsoft.graph.columnLink";
}
#[cfg(msgraph_v1_communications_or_search)]
/// Features: `v1`, or one of `v1-communications`, `v1-search`.
impl dyn crate::v1::requests::CommsOperationPath {
    /// Structural property `resultInfo` (`microsoft.graph.resultInfo`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn result_info(&self) -> crate::path::PropertyPath<crate::v1::ResultInfo> {
        crate::path::PropertyPath::new(self.node_target().segment("resultInfo"))
    }
}
#[cfg(msgraph_v1_communications_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::AnyCommsOperation {
    const SEGMENT: &'static str = "microsoft.graph.commsOperation";
}
#[cfg(msgraph_v1_employee_experience_or_search)]
/// Features: `v1`, or one of `v1-employee-experience`, `v1-search`.
impl dyn crate::v1::requests::CommunityPath {
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
    #[cfg(msgraph_v1_core)]
    /// Navigation property `owners` (`microsoft.graph.user`).
    ///
    /// Features: `v1` or `v1-search`.
    #[inline]
    pub fn owners(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyUser,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("owners"))
    }
}
#[cfg(msgraph_v1_employee_experience_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::Community {
    const SEGMENT: &'static str = "microsoft.graph.community";
}
#[cfg(msgraph_v1_directory_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::CompanySubscription {
    const SEGMENT: &'static str = "microsoft.graph.companySubscription";
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::ComplianceManagementPartner {
    const SEGMENT: &'static str = "microsoft.graph.complianceManagementPartner";
}
#[cfg(msgraph_v1_identity_or_policies_or_search)]
/// Features: `v1`, or one of `v1-identity`, `v1-policies`, `v1-search`.
impl dyn crate::v1::requests::ConditionalAccessPolicyPath {
    /// Structural property `conditions` (`microsoft.graph.conditionalAccessConditionSet`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn conditions(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::ConditionalAccessConditionSet> {
        crate::path::PropertyPath::new(self.node_target().segment("conditions"))
    }
    /// Structural property `grantControls` (`microsoft.graph.conditionalAccessGrantControls`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn grant_controls(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::ConditionalAccessGrantControls> {
        crate::path::PropertyPath::new(self.node_target().segment("grantControls"))
    }
    /// Structural property `sessionControls` (`microsoft.graph.conditionalAccessSessionControls`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn session_controls(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::ConditionalAccessSessionControls> {
        crate::path::PropertyPath::new(self.node_target().segment("sessionControls"))
    }
    /// `POST .../restore`: action `microsoft.graph.restore`.
    #[inline]
    pub fn restore(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::AnyConditionalAccessPolicy>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("restore"),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_identity_or_policies_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyPolicyDeletableItem>
for crate::v1::AnyConditionalAccessPolicy {
    const SEGMENT: &'static str = "microsoft.graph.conditionalAccessPolicy";
}
#[cfg(msgraph_v1_identity_or_search)]
/// Features: `v1`, or one of `v1-identity`, `v1-search`.
impl dyn crate::v1::requests::ConditionalAccessRootPath {
    /// Containment navigation property `authenticationContextClassReferences` (`microsoft.graph.authenticationContextClassReference`).
    #[inline]
    pub fn authentication_context_class_references(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AuthenticationContextClassReference,
        crate::path::caps::NoCount<crate::path::caps::ListCreateUpdateDelete>,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("authenticationContextClassReferences"),
        )
    }
    /// Containment navigation property `authenticationStrength` (`microsoft.graph.authenticationStrengthRoot`).
    #[inline]
    pub fn authentication_strength(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::AuthenticationStrengthRoot,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(
            self.node_target().segment("authenticationStrength"),
        )
    }
    /// Containment navigation property `deletedItems` (`microsoft.graph.caPoliciesDeletableRoot`).
    #[inline]
    pub fn deleted_items(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::CaPoliciesDeletableRoot,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("deletedItems"))
    }
    /// Containment navigation property `namedLocations` (`microsoft.graph.namedLocation`).
    #[inline]
    pub fn named_locations(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyNamedLocation,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("namedLocations"))
    }
    /// Containment navigation property `policies` (`microsoft.graph.conditionalAccessPolicy`).
    #[inline]
    pub fn policies(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyConditionalAccessPolicy,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("policies"))
    }
    /// Containment navigation property `templates` (`microsoft.graph.conditionalAccessTemplate`).
    #[inline]
    pub fn templates(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::ConditionalAccessTemplate,
        crate::path::caps::NoCount<crate::path::caps::List>,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("templates"))
    }
    /// `POST .../evaluate`: action `microsoft.graph.evaluate`.
    #[inline]
    pub fn evaluate(
        &self,
        params: crate::v1::params::ConditionalAccessRootEvaluateParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::ConditionalAccessRootEvaluateParams>,
        rt::request::Collection<crate::v1::WhatIfAnalysisResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("evaluate"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_identity_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::ConditionalAccessRoot {
    const SEGMENT: &'static str = "microsoft.graph.conditionalAccessRoot";
}
#[cfg(msgraph_v1_identity_or_search)]
/// Features: `v1`, or one of `v1-identity`, `v1-search`.
impl dyn crate::v1::requests::ConditionalAccessTemplatePath {
    /// Structural property `details` (`microsoft.graph.conditionalAccessPolicyDetail`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn details(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::ConditionalAccessPolicyDetail> {
        crate::path::PropertyPath::new(self.node_target().segment("details"))
    }
}
#[cfg(msgraph_v1_identity_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::ConditionalAccessTemplate {
    const SEGMENT: &'static str = "microsoft.graph.conditionalAccessTemplate";
}
#[cfg(msgraph_v1_admin_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::ConfigurationBaseline {
    const SEGMENT: &'static str = "microsoft.graph.configurationBaseline";
}
#[cfg(msgraph_v1_admin_or_search)]
/// Features: `v1`, or one of `v1-admin`, `v1-search`.
impl<C> crate::path::CollectionPath<crate::v1::ConfigurationBaseline, C> {
    /// `POST .../createSnapshot`: action `microsoft.graph.createSnapshot`.
    pub fn create_snapshot(
        &self,
        params: crate::v1::params::ConfigurationBaselineCollectionCreateSnapshotParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::v1::params::ConfigurationBaselineCollectionCreateSnapshotParams,
        >,
        rt::request::Entity<crate::v1::ConfigurationSnapshotJob>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("createSnapshot"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_admin_or_search)]
/// Features: `v1`, or one of `v1-admin`, `v1-search`.
impl dyn crate::v1::requests::ConfigurationDriftPath {
    /// Structural property `resourceInstanceIdentifier` (`microsoft.graph.openComplexDictionaryType`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn resource_instance_identifier(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::OpenComplexDictionaryType> {
        crate::path::PropertyPath::new(
            self.node_target().segment("resourceInstanceIdentifier"),
        )
    }
}
#[cfg(msgraph_v1_admin_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::ConfigurationDrift {
    const SEGMENT: &'static str = "microsoft.graph.configurationDrift";
}
#[cfg(msgraph_v1_admin_or_search)]
/// Features: `v1`, or one of `v1-admin`, `v1-search`.
impl dyn crate::v1::requests::ConfigurationManagementPath {
    /// Containment navigation property `configurationDrifts` (`microsoft.graph.configurationDrift`).
    #[inline]
    pub fn configuration_drifts(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::ConfigurationDrift,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("configurationDrifts"),
        )
    }
    /// Containment navigation property `configurationMonitoringResults` (`microsoft.graph.configurationMonitoringResult`).
    #[inline]
    pub fn configuration_monitoring_results(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::ConfigurationMonitoringResult,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("configurationMonitoringResults"),
        )
    }
    /// Containment navigation property `configurationMonitors` (`microsoft.graph.configurationMonitor`).
    #[inline]
    pub fn configuration_monitors(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::ConfigurationMonitor,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("configurationMonitors"),
        )
    }
    /// Containment navigation property `configurationSnapshotJobs` (`microsoft.graph.configurationSnapshotJob`).
    #[inline]
    pub fn configuration_snapshot_jobs(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::ConfigurationSnapshotJob,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("configurationSnapshotJobs"),
        )
    }
    /// Containment navigation property `configurationSnapshots` (`microsoft.graph.configurationBaseline`).
    #[inline]
    pub fn configuration_snapshots(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::ConfigurationBaseline,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("configurationSnapshots"),
        )
    }
}
#[cfg(msgraph_v1_admin_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::ConfigurationManagement {
    const SEGMENT: &'static str = "microsoft.graph.configurationManagement";
}
#[cfg(msgraph_v1_admin_or_search)]
/// Features: `v1`, or one of `v1-admin`, `v1-search`.
impl dyn crate::v1::requests::ConfigurationMonitorPath {
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
    /// Structural property `parameters` (`microsoft.graph.openComplexDictionaryType`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn parameters(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::OpenComplexDictionaryType> {
        crate::path::PropertyPath::new(self.node_target().segment("parameters"))
    }
    /// Containment navigation property `baseline` (`microsoft.graph.configurationBaseline`).
    #[inline]
    pub fn baseline(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::ConfigurationBaseline,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("baseline"))
    }
}
#[cfg(msgraph_v1_admin_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::ConfigurationMonitor {
    const SEGMENT: &'static str = "microsoft.graph.configurationMonitor";
}
#[cfg(msgraph_v1_admin_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::ConfigurationMonitoringResult {
    const SEGMENT: &'static str = "microsoft.graph.configurationMonitoringResult";
}
#[cfg(msgraph_v1_admin_or_search)]
/// Features: `v1`, or one of `v1-admin`, `v1-search`.
impl dyn crate::v1::requests::ConfigurationSnapshotJobPath {
    /// Structural property `createdBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn created_by(&self) -> crate::path::PropertyPath<crate::v1::AnyIdentitySet> {
        crate::path::PropertyPath::new(self.node_target().segment("createdBy"))
    }
}
#[cfg(msgraph_v1_admin_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::ConfigurationSnapshotJob {
    const SEGMENT: &'static str = "microsoft.graph.configurationSnapshotJob";
}
#[cfg(msgraph_v1_identity_governance_or_search)]
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
impl dyn crate::v1::requests::ConnectedOrganizationPath {
    /// Navigation property `externalSponsors` (`microsoft.graph.directoryObject`).
    #[inline]
    pub fn external_sponsors(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyDirectoryObject,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("externalSponsors"))
    }
    /// Navigation property `internalSponsors` (`microsoft.graph.directoryObject`).
    #[inline]
    pub fn internal_sponsors(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyDirectoryObject,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("internalSponsors"))
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::ConnectedOrganization {
    const SEGMENT: &'static str = "microsoft.graph.connectedOrganization";
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::v1::requests::ContactPath {
    /// Structural property `businessAddress` (`microsoft.graph.physicalAddress`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn business_address(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::PhysicalAddress> {
        crate::path::PropertyPath::new(self.node_target().segment("businessAddress"))
    }
    /// Structural property `homeAddress` (`microsoft.graph.physicalAddress`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn home_address(&self) -> crate::path::PropertyPath<crate::v1::PhysicalAddress> {
        crate::path::PropertyPath::new(self.node_target().segment("homeAddress"))
    }
    /// Structural property `otherAddress` (`microsoft.graph.physicalAddress`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn other_address(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::PhysicalAddress> {
        crate::path::PropertyPath::new(self.node_target().segment("otherAddress"))
    }
    /// Structural property `primaryEmailAddress` (`microsoft.graph.emailAddress`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn primary_email_address(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::EmailAddress> {
        crate::path::PropertyPath::new(self.node_target().segment("primaryEmailAddress"))
    }
    /// Structural property `secondaryEmailAddress` (`microsoft.graph.emailAddress`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn secondary_email_address(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::EmailAddress> {
        crate::path::PropertyPath::new(
            self.node_target().segment("secondaryEmailAddress"),
        )
    }
    /// Structural property `tertiaryEmailAddress` (`microsoft.graph.emailAddress`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn tertiary_email_address(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::EmailAddress> {
        crate::path::PropertyPath::new(
            self.node_target().segment("tertiaryEmailAddress"),
        )
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
    /// Containment navigation property `photo` (`microsoft.graph.profilePhoto`).
    #[inline]
    pub fn photo(
        &self,
    ) -> crate::path::EntityPath<crate::v1::ProfilePhoto, crate::path::caps::GetUpdate> {
        crate::path::EntityPath::new(self.node_target().segment("photo"))
    }
    /// `POST .../permanentDelete`: action `microsoft.graph.permanentDelete`.
    #[inline]
    pub fn permanent_delete(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("permanentDelete"),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyOutlookItem> for crate::v1::Contact {
    const SEGMENT: &'static str = "microsoft.graph.contact";
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::Contact {
    const SEGMENT: &'static str = "microsoft.graph.contact";
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::CollectionPath<crate::v1::Contact, C> {
    /// `GET .../delta`: function `microsoft.graph.delta`.
    pub fn delta(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::v1::Contact>,
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
impl dyn crate::v1::requests::ContactFolderPath {
    /// Containment navigation property `childFolders` (`microsoft.graph.contactFolder`).
    #[inline]
    pub fn child_folders(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::ContactFolder,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("childFolders"))
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
    /// `POST .../permanentDelete`: action `microsoft.graph.permanentDelete`.
    #[inline]
    pub fn permanent_delete(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("permanentDelete"),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::ContactFolder {
    const SEGMENT: &'static str = "microsoft.graph.contactFolder";
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::CollectionPath<crate::v1::ContactFolder, C> {
    /// `GET .../delta`: function `microsoft.graph.delta`.
    pub fn delta(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::v1::ContactFolder>,
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
impl dyn crate::v1::requests::ContentActivityPath {
    /// Structural property `contentMetadata` (`microsoft.graph.processContentRequest`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn content_metadata(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::ProcessContentRequest> {
        crate::path::PropertyPath::new(self.node_target().segment("contentMetadata"))
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::ContentActivity {
    const SEGMENT: &'static str = "microsoft.graph.contentActivity";
}
#[cfg(msgraph_v1_communications_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::ContentSharingSession {
    const SEGMENT: &'static str = "microsoft.graph.contentSharingSession";
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-drives`, `v1-group-setting-templates` and 13 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::v1::requests::ContentTypePath {
    /// Structural property `documentSet` (`microsoft.graph.documentSet`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn document_set(&self) -> crate::path::PropertyPath<crate::v1::DocumentSet> {
        crate::path::PropertyPath::new(self.node_target().segment("documentSet"))
    }
    /// Structural property `documentTemplate` (`microsoft.graph.documentSetContent`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn document_template(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::DocumentSetContent> {
        crate::path::PropertyPath::new(self.node_target().segment("documentTemplate"))
    }
    /// Structural property `inheritedFrom` (`microsoft.graph.itemReference`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn inherited_from(&self) -> crate::path::PropertyPath<crate::v1::ItemReference> {
        crate::path::PropertyPath::new(self.node_target().segment("inheritedFrom"))
    }
    /// Structural property `order` (`microsoft.graph.contentTypeOrder`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn order(&self) -> crate::path::PropertyPath<crate::v1::ContentTypeOrder> {
        crate::path::PropertyPath::new(self.node_target().segment("order"))
    }
    /// Navigation property `base` (`microsoft.graph.contentType`).
    #[inline]
    pub fn base(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::ContentType,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("base"))
    }
    /// Navigation property `baseTypes` (`microsoft.graph.contentType`).
    #[inline]
    pub fn base_types(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::ContentType,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("baseTypes"))
    }
    /// Containment navigation property `columnLinks` (`microsoft.graph.columnLink`).
    #[inline]
    pub fn column_links(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::ColumnLink,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("columnLinks"))
    }
    /// Navigation property `columnPositions` (`microsoft.graph.columnDefinition`).
    #[inline]
    pub fn column_positions(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::ColumnDefinition,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("columnPositions"))
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
    /// `POST .../associateWithHubSites`: action `microsoft.graph.associateWithHubSites`.
    #[inline]
    pub fn associate_with_hub_sites(
        &self,
        params: crate::v1::params::ContentTypeAssociateWithHubSitesParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::ContentTypeAssociateWithHubSitesParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("associateWithHubSites"),
            rt::request::Json(params),
        )
    }
    /// `POST .../copyToDefaultContentLocation`: action `microsoft.graph.copyToDefaultContentLocation`.
    #[inline]
    pub fn copy_to_default_content_location(
        &self,
        params: crate::v1::params::ContentTypeCopyToDefaultContentLocationParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::v1::params::ContentTypeCopyToDefaultContentLocationParams,
        >,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("copyToDefaultContentLocation"),
            rt::request::Json(params),
        )
    }
    /// `GET .../isPublished`: function `microsoft.graph.isPublished`.
    #[inline]
    pub fn is_published(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::ValueOf<bool>> {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.node_target().function("isPublished", &[]),
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
    /// `POST .../unpublish`: action `microsoft.graph.unpublish`.
    #[inline]
    pub fn unpublish(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("unpublish"),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::ContentType {
    const SEGMENT: &'static str = "microsoft.graph.contentType";
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-drives`, `v1-group-setting-templates` and 13 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::CollectionPath<crate::v1::ContentType, C> {
    /// `POST .../addCopy`: action `microsoft.graph.addCopy`.
    pub fn add_copy(
        &self,
        params: crate::v1::params::ContentTypeCollectionAddCopyParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::ContentTypeCollectionAddCopyParams>,
        rt::request::Entity<crate::v1::ContentType>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("addCopy"),
            rt::request::Json(params),
        )
    }
    /// `POST .../addCopyFromContentTypeHub`: action `microsoft.graph.addCopyFromContentTypeHub`.
    pub fn add_copy_from_content_type_hub(
        &self,
        params: crate::v1::params::ContentTypeCollectionAddCopyFromContentTypeHubParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::v1::params::ContentTypeCollectionAddCopyFromContentTypeHubParams,
        >,
        rt::request::Entity<crate::v1::ContentType>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("addCopyFromContentTypeHub"),
            rt::request::Json(params),
        )
    }
    /// `GET .../getCompatibleHubContentTypes`: function `microsoft.graph.getCompatibleHubContentTypes`.
    pub fn get_compatible_hub_content_types(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::v1::ContentType>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.target().function("getCompatibleHubContentTypes", &[]),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyDirectoryObject> for crate::v1::Contract {
    const SEGMENT: &'static str = "microsoft.graph.contract";
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::Contract {
    const SEGMENT: &'static str = "microsoft.graph.contract";
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::CollectionPath<crate::v1::Contract, C> {
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
#[cfg(msgraph_v1_identity_governance_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::AnyControlConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.controlConfiguration";
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::v1::requests::ConversationPath {
    /// Containment navigation property `threads` (`microsoft.graph.conversationThread`).
    #[inline]
    pub fn threads(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::ConversationThread,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("threads"))
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::Conversation {
    const SEGMENT: &'static str = "microsoft.graph.conversation";
}
#[cfg(msgraph_v1_core_or_teamwork)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::AnyConversationMember {
    const SEGMENT: &'static str = "microsoft.graph.conversationMember";
}
#[cfg(msgraph_v1_core_or_teamwork)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::CollectionPath<crate::v1::AnyConversationMember, C> {
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
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::v1::requests::ConversationThreadPath {
    /// Containment navigation property `posts` (`microsoft.graph.post`).
    #[inline]
    pub fn posts(
        &self,
    ) -> crate::path::CollectionPath<crate::v1::Post, crate::path::caps::List> {
        crate::path::CollectionPath::new(self.node_target().segment("posts"))
    }
    /// `POST .../reply`: action `microsoft.graph.reply`.
    #[inline]
    pub fn reply(
        &self,
        params: crate::v1::params::ConversationThreadReplyParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::ConversationThreadReplyParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("reply"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::ConversationThread {
    const SEGMENT: &'static str = "microsoft.graph.conversationThread";
}
#[cfg(msgraph_v1_copilot_or_search)]
/// Features: `v1`, or one of `v1-copilot`, `v1-search`.
impl dyn crate::v1::requests::CopilotAdminPath {
    /// Containment navigation property `catalog` (`microsoft.graph.copilotAdminCatalog`).
    #[inline]
    pub fn catalog(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::CopilotAdminCatalog,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("catalog"))
    }
    /// Containment navigation property `settings` (`microsoft.graph.copilotAdminSetting`).
    #[inline]
    pub fn settings(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::CopilotAdminSetting,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("settings"))
    }
}
#[cfg(msgraph_v1_copilot_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::CopilotAdmin {
    const SEGMENT: &'static str = "microsoft.graph.copilotAdmin";
}
#[cfg(msgraph_v1_copilot_or_search)]
/// Features: `v1`, or one of `v1-copilot`, `v1-search`.
impl dyn crate::v1::requests::CopilotAdminCatalogPath {
    /// Containment navigation property `packages` (`microsoft.graph.copilotPackageDetail`).
    #[inline]
    pub fn packages(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::CopilotPackageDetail,
        crate::path::caps::List,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("packages"))
    }
}
#[cfg(msgraph_v1_copilot_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::CopilotAdminCatalog {
    const SEGMENT: &'static str = "microsoft.graph.copilotAdminCatalog";
}
#[cfg(msgraph_v1_copilot_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::CopilotAdminLimitedMode {
    const SEGMENT: &'static str = "microsoft.graph.copilotAdminLimitedMode";
}
#[cfg(msgraph_v1_copilot_or_search)]
/// Features: `v1`, or one of `v1-copilot`, `v1-search`.
impl dyn crate::v1::requests::CopilotAdminSettingPath {
    /// Containment navigation property `limitedMode` (`microsoft.graph.copilotAdminLimitedMode`).
    #[inline]
    pub fn limited_mode(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::CopilotAdminLimitedMode,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("limitedMode"))
    }
}
#[cfg(msgraph_v1_copilot_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::CopilotAdminSetting {
    const SEGMENT: &'static str = "microsoft.graph.copilotAdminSetting";
}
#[cfg(msgraph_v1_copilot_or_search)]
/// Features: `v1`, or one of `v1-copilot`, `v1-search`.
impl dyn crate::v1::requests::CopilotPackagePath {
    /// Stream property `zipFile`.
    #[inline]
    pub fn zip_file(&self) -> crate::path::StreamPath {
        crate::path::StreamPath::new(self.node_target().segment("zipFile"))
    }
}
#[cfg(msgraph_v1_copilot_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::AnyCopilotPackage {
    const SEGMENT: &'static str = "microsoft.graph.copilotPackage";
}
#[cfg(msgraph_v1_copilot_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyCopilotPackage>
for crate::v1::CopilotPackageDetail {
    const SEGMENT: &'static str = "microsoft.graph.copilotPackageDetail";
}
#[cfg(msgraph_v1_copilot_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::CopilotPackageDetail {
    const SEGMENT: &'static str = "microsoft.graph.copilotPackageDetail";
}
#[cfg(msgraph_v1_copilot_or_search)]
/// Features: `v1`, or one of `v1-copilot`, `v1-search`.
impl dyn crate::v1::requests::CopilotReportRootPath {
    /// `GET .../getMicrosoft365CopilotUsageUserDetail`: function `microsoft.graph.getMicrosoft365CopilotUsageUserDetail`.
    #[inline]
    pub fn get_microsoft365_copilot_usage_user_detail(
        &self,
        period: &str,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Raw> {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .node_target()
                .function(
                    "getMicrosoft365CopilotUsageUserDetail",
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
    /// `GET .../getMicrosoft365CopilotUserCountSummary`: function `microsoft.graph.getMicrosoft365CopilotUserCountSummary`.
    #[inline]
    pub fn get_microsoft365_copilot_user_count_summary(
        &self,
        period: &str,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Raw> {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .node_target()
                .function(
                    "getMicrosoft365CopilotUserCountSummary",
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
    /// `GET .../getMicrosoft365CopilotUserCountTrend`: function `microsoft.graph.getMicrosoft365CopilotUserCountTrend`.
    #[inline]
    pub fn get_microsoft365_copilot_user_count_trend(
        &self,
        period: &str,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Raw> {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .node_target()
                .function(
                    "getMicrosoft365CopilotUserCountTrend",
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
#[cfg(msgraph_v1_copilot_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::CopilotReportRoot {
    const SEGMENT: &'static str = "microsoft.graph.copilotReportRoot";
}
#[cfg(msgraph_v1_copilot)]
/// Features: `v1` or `v1-copilot`.
impl dyn crate::v1::requests::CopilotRootPath {
    /// Containment navigation property `admin` (`microsoft.graph.copilotAdmin`).
    #[inline]
    pub fn admin(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::CopilotAdmin,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("admin"))
    }
    /// Containment navigation property `interactionHistory` (`microsoft.graph.aiInteractionHistory`).
    #[inline]
    pub fn interaction_history(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::AiInteractionHistory,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("interactionHistory"))
    }
    /// Containment navigation property `reports` (`microsoft.graph.copilotReportRoot`).
    #[inline]
    pub fn reports(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::CopilotReportRoot,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("reports"))
    }
    /// Containment navigation property `users` (`microsoft.graph.aiUser`).
    #[inline]
    pub fn users(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AiUser,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("users"))
    }
    /// `POST .../retrieval`: action `microsoft.graph.retrieval`.
    #[inline]
    pub fn retrieval(
        &self,
        params: crate::v1::params::CopilotRootRetrievalParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::CopilotRootRetrievalParams>,
        rt::request::Entity<crate::v1::RetrievalResponse>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("retrieval"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_identity_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyNamedLocation>
for crate::v1::CountryNamedLocation {
    const SEGMENT: &'static str = "microsoft.graph.countryNamedLocation";
}
#[cfg(msgraph_v1_identity_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyPolicyDeletableItem>
for crate::v1::CountryNamedLocation {
    const SEGMENT: &'static str = "microsoft.graph.countryNamedLocation";
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::v1::requests::CrossTenantAccessPolicyPath {
    /// Containment navigation property `default` (`microsoft.graph.crossTenantAccessPolicyConfigurationDefault`).
    #[inline]
    pub fn default(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::CrossTenantAccessPolicyConfigurationDefault,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("default"))
    }
    /// Containment navigation property `partners` (`microsoft.graph.crossTenantAccessPolicyConfigurationPartner`).
    #[inline]
    pub fn partners(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::CrossTenantAccessPolicyConfigurationPartner,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("partners"))
    }
    /// Containment navigation property `templates` (`microsoft.graph.policyTemplate`).
    #[inline]
    pub fn templates(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::PolicyTemplate,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("templates"))
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
for crate::v1::CrossTenantAccessPolicy {
    const SEGMENT: &'static str = "microsoft.graph.crossTenantAccessPolicy";
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyDirectoryObject>
for crate::v1::CrossTenantAccessPolicy {
    const SEGMENT: &'static str = "microsoft.graph.crossTenantAccessPolicy";
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::CrossTenantAccessPolicy {
    const SEGMENT: &'static str = "microsoft.graph.crossTenantAccessPolicy";
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::CollectionPath<crate::v1::CrossTenantAccessPolicy, C> {
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
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::v1::requests::CrossTenantAccessPolicyConfigurationDefaultPath {
    /// Structural property `appServiceConnectInbound` (`microsoft.graph.crossTenantAccessPolicyAppServiceConnectSetting`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn app_service_connect_inbound(
        &self,
    ) -> crate::path::PropertyPath<
        crate::v1::CrossTenantAccessPolicyAppServiceConnectSetting,
    > {
        crate::path::PropertyPath::new(
            self.node_target().segment("appServiceConnectInbound"),
        )
    }
    /// Structural property `automaticUserConsentSettings` (`microsoft.graph.inboundOutboundPolicyConfiguration`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn automatic_user_consent_settings(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::InboundOutboundPolicyConfiguration> {
        crate::path::PropertyPath::new(
            self.node_target().segment("automaticUserConsentSettings"),
        )
    }
    /// Structural property `b2bCollaborationInbound` (`microsoft.graph.crossTenantAccessPolicyB2BSetting`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn b2b_collaboration_inbound(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AnyCrossTenantAccessPolicyB2bSetting> {
        crate::path::PropertyPath::new(
            self.node_target().segment("b2bCollaborationInbound"),
        )
    }
    /// Structural property `b2bCollaborationOutbound` (`microsoft.graph.crossTenantAccessPolicyB2BSetting`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn b2b_collaboration_outbound(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AnyCrossTenantAccessPolicyB2bSetting> {
        crate::path::PropertyPath::new(
            self.node_target().segment("b2bCollaborationOutbound"),
        )
    }
    /// Structural property `b2bDirectConnectInbound` (`microsoft.graph.crossTenantAccessPolicyB2BSetting`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn b2b_direct_connect_inbound(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AnyCrossTenantAccessPolicyB2bSetting> {
        crate::path::PropertyPath::new(
            self.node_target().segment("b2bDirectConnectInbound"),
        )
    }
    /// Structural property `b2bDirectConnectOutbound` (`microsoft.graph.crossTenantAccessPolicyB2BSetting`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn b2b_direct_connect_outbound(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AnyCrossTenantAccessPolicyB2bSetting> {
        crate::path::PropertyPath::new(
            self.node_target().segment("b2bDirectConnectOutbound"),
        )
    }
    /// Structural property `inboundTrust` (`microsoft.graph.crossTenantAccessPolicyInboundTrust`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn inbound_trust(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::CrossTenantAccessPolicyInboundTrust> {
        crate::path::PropertyPath::new(self.node_target().segment("inboundTrust"))
    }
    /// Structural property `invitationRedemptionIdentityProviderConfiguration` (`microsoft.graph.defaultInvitationRedemptionIdentityProviderConfiguration`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn invitation_redemption_identity_provider_configuration(
        &self,
    ) -> crate::path::PropertyPath<
        crate::v1::DefaultInvitationRedemptionIdentityProviderConfiguration,
    > {
        crate::path::PropertyPath::new(
            self
                .node_target()
                .segment("invitationRedemptionIdentityProviderConfiguration"),
        )
    }
    /// Structural property `m365CollaborationInbound` (`microsoft.graph.crossTenantAccessPolicyM365CollaborationInboundSetting`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn m365_collaboration_inbound(
        &self,
    ) -> crate::path::PropertyPath<
        crate::v1::CrossTenantAccessPolicyM365CollaborationInboundSetting,
    > {
        crate::path::PropertyPath::new(
            self.node_target().segment("m365CollaborationInbound"),
        )
    }
    /// Structural property `m365CollaborationOutbound` (`microsoft.graph.crossTenantAccessPolicyM365CollaborationOutboundSetting`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn m365_collaboration_outbound(
        &self,
    ) -> crate::path::PropertyPath<
        crate::v1::CrossTenantAccessPolicyM365CollaborationOutboundSetting,
    > {
        crate::path::PropertyPath::new(
            self.node_target().segment("m365CollaborationOutbound"),
        )
    }
    /// Structural property `tenantRestrictions` (`microsoft.graph.crossTenantAccessPolicyTenantRestrictions`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn tenant_restrictions(
        &self,
    ) -> crate::path::PropertyPath<
        crate::v1::CrossTenantAccessPolicyTenantRestrictions,
    > {
        crate::path::PropertyPath::new(self.node_target().segment("tenantRestrictions"))
    }
    /// `POST .../resetToSystemDefault`: action `microsoft.graph.resetToSystemDefault`.
    #[inline]
    pub fn reset_to_system_default(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("resetToSystemDefault"),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::CrossTenantAccessPolicyConfigurationDefault {
    const SEGMENT: &'static str = "microsoft.graph.crossTenantAccessPolicyConfigurationDefault";
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::v1::requests::CrossTenantAccessPolicyConfigurationPartnerPath {
    /// Structural property `appServiceConnectInbound` (`microsoft.graph.crossTenantAccessPolicyAppServiceConnectSetting`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn app_service_connect_inbound(
        &self,
    ) -> crate::path::PropertyPath<
        crate::v1::CrossTenantAccessPolicyAppServiceConnectSetting,
    > {
        crate::path::PropertyPath::new(
            self.node_target().segment("appServiceConnectInbound"),
        )
    }
    /// Structural property `automaticUserConsentSettings` (`microsoft.graph.inboundOutboundPolicyConfiguration`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn automatic_user_consent_settings(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::InboundOutboundPolicyConfiguration> {
        crate::path::PropertyPath::new(
            self.node_target().segment("automaticUserConsentSettings"),
        )
    }
    /// Structural property `b2bCollaborationInbound` (`microsoft.graph.crossTenantAccessPolicyB2BSetting`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn b2b_collaboration_inbound(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AnyCrossTenantAccessPolicyB2bSetting> {
        crate::path::PropertyPath::new(
            self.node_target().segment("b2bCollaborationInbound"),
        )
    }
    /// Structural property `b2bCollaborationOutbound` (`microsoft.graph.crossTenantAccessPolicyB2BSetting`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn b2b_collaboration_outbound(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AnyCrossTenantAccessPolicyB2bSetting> {
        crate::path::PropertyPath::new(
            self.node_target().segment("b2bCollaborationOutbound"),
        )
    }
    /// Structural property `b2bDirectConnectInbound` (`microsoft.graph.crossTenantAccessPolicyB2BSetting`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn b2b_direct_connect_inbound(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AnyCrossTenantAccessPolicyB2bSetting> {
        crate::path::PropertyPath::new(
            self.node_target().segment("b2bDirectConnectInbound"),
        )
    }
    /// Structural property `b2bDirectConnectOutbound` (`microsoft.graph.crossTenantAccessPolicyB2BSetting`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn b2b_direct_connect_outbound(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AnyCrossTenantAccessPolicyB2bSetting> {
        crate::path::PropertyPath::new(
            self.node_target().segment("b2bDirectConnectOutbound"),
        )
    }
    /// Structural property `inboundTrust` (`microsoft.graph.crossTenantAccessPolicyInboundTrust`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn inbound_trust(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::CrossTenantAccessPolicyInboundTrust> {
        crate::path::PropertyPath::new(self.node_target().segment("inboundTrust"))
    }
    /// Structural property `m365CollaborationInbound` (`microsoft.graph.crossTenantAccessPolicyM365CollaborationInboundSetting`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn m365_collaboration_inbound(
        &self,
    ) -> crate::path::PropertyPath<
        crate::v1::CrossTenantAccessPolicyM365CollaborationInboundSetting,
    > {
        crate::path::PropertyPath::new(
            self.node_target().segment("m365CollaborationInbound"),
        )
    }
    /// Structural property `m365CollaborationOutbound` (`microsoft.graph.crossTenantAccessPolicyM365CollaborationOutboundSetting`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn m365_collaboration_outbound(
        &self,
    ) -> crate::path::PropertyPath<
        crate::v1::CrossTenantAccessPolicyM365CollaborationOutboundSetting,
    > {
        crate::path::PropertyPath::new(
            self.node_target().segment("m365CollaborationOutbound"),
        )
    }
    /// Structural property `tenantRestrictions` (`microsoft.graph.crossTenantAccessPolicyTenantRestrictions`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn tenant_restrictions(
        &self,
    ) -> crate::path::PropertyPath<
        crate::v1::CrossTenantAccessPolicyTenantRestrictions,
    > {
        crate::path::PropertyPath::new(self.node_target().segment("tenantRestrictions"))
    }
    /// Containment navigation property `identitySynchronization` (`microsoft.graph.crossTenantIdentitySyncPolicyPartner`).
    ///
    /// Updated with `PUT` (`UpdateRestrictions/UpdateMethod`): `update` sends `PUT` here.
    #[inline]
    pub fn identity_synchronization(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::CrossTenantIdentitySyncPolicyPartner,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(
            self.node_target().segment("identitySynchronization").updated_by_put(),
        )
    }
    /// Containment navigation property `serviceProviderConstraints` (`microsoft.graph.serviceProviderConstraints`).
    #[inline]
    pub fn service_provider_constraints(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::AnyServiceProviderConstraints,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(
            self.node_target().segment("serviceProviderConstraints"),
        )
    }
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::v1::requests::CrossTenantIdentitySyncPolicyPartnerPath {
    /// Structural property `userSyncInbound` (`microsoft.graph.crossTenantUserSyncInbound`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn user_sync_inbound(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::CrossTenantUserSyncInbound> {
        crate::path::PropertyPath::new(self.node_target().segment("userSyncInbound"))
    }
}
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
/// Features: `v1`, or one of `v1-identity`, `v1-identity-governance`, `v1-search`.
impl dyn crate::v1::requests::CustomAuthenticationExtensionPath {
    /// Structural property `behaviorOnError` (`microsoft.graph.customExtensionBehaviorOnError`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn behavior_on_error(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AnyCustomExtensionBehaviorOnError> {
        crate::path::PropertyPath::new(self.node_target().segment("behaviorOnError"))
    }
    /// `POST .../validateAuthenticationConfiguration`: action `microsoft.graph.validateAuthenticationConfiguration`.
    #[inline]
    pub fn validate_authentication_configuration(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::AuthenticationConfigurationValidation>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("validateAuthenticationConfiguration"),
            rt::request::NoBody,
        )
    }
    /// Structural property `authenticationConfiguration` (`microsoft.graph.customExtensionAuthenticationConfiguration`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn authentication_configuration(
        &self,
    ) -> crate::path::PropertyPath<
        crate::v1::AnyCustomExtensionAuthenticationConfiguration,
    > {
        crate::path::PropertyPath::new(
            self.node_target().segment("authenticationConfiguration"),
        )
    }
    /// Structural property `clientConfiguration` (`microsoft.graph.customExtensionClientConfiguration`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn client_configuration(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::CustomExtensionClientConfiguration> {
        crate::path::PropertyPath::new(self.node_target().segment("clientConfiguration"))
    }
    /// Structural property `endpointConfiguration` (`microsoft.graph.customExtensionEndpointConfiguration`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn endpoint_configuration(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AnyCustomExtensionEndpointConfiguration> {
        crate::path::PropertyPath::new(
            self.node_target().segment("endpointConfiguration"),
        )
    }
}
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyCustomCalloutExtension>
for crate::v1::AnyCustomAuthenticationExtension {
    const SEGMENT: &'static str = "microsoft.graph.customAuthenticationExtension";
}
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::AnyCustomAuthenticationExtension {
    const SEGMENT: &'static str = "microsoft.graph.customAuthenticationExtension";
}
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
/// Features: `v1`, or one of `v1-identity`, `v1-identity-governance`, `v1-search`.
impl<C> crate::path::CollectionPath<crate::v1::AnyCustomAuthenticationExtension, C> {
    /// `POST .../validateAuthenticationConfiguration`: action `microsoft.graph.validateAuthenticationConfiguration`.
    pub fn validate_authentication_configuration(
        &self,
        params: crate::v1::params::CustomAuthenticationExtensionCollectionValidateAuthenticationConfigurationParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::v1::params::CustomAuthenticationExtensionCollectionValidateAuthenticationConfigurationParams,
        >,
        rt::request::Entity<crate::v1::AuthenticationConfigurationValidation>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("validateAuthenticationConfiguration"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
/// Features: `v1`, or one of `v1-identity`, `v1-identity-governance`, `v1-search`.
impl dyn crate::v1::requests::CustomCalloutExtensionPath {
    /// Structural property `authenticationConfiguration` (`microsoft.graph.customExtensionAuthenticationConfiguration`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn authentication_configuration(
        &self,
    ) -> crate::path::PropertyPath<
        crate::v1::AnyCustomExtensionAuthenticationConfiguration,
    > {
        crate::path::PropertyPath::new(
            self.node_target().segment("authenticationConfiguration"),
        )
    }
    /// Structural property `clientConfiguration` (`microsoft.graph.customExtensionClientConfiguration`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn client_configuration(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::CustomExtensionClientConfiguration> {
        crate::path::PropertyPath::new(self.node_target().segment("clientConfiguration"))
    }
    /// Structural property `endpointConfiguration` (`microsoft.graph.customExtensionEndpointConfiguration`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn endpoint_configuration(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AnyCustomExtensionEndpointConfiguration> {
        crate::path::PropertyPath::new(
            self.node_target().segment("endpointConfiguration"),
        )
    }
}
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::AnyCustomCalloutExtension {
    const SEGMENT: &'static str = "microsoft.graph.customCalloutExtension";
}
#[cfg(msgraph_v1_identity_governance_or_search)]
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
impl dyn crate::v1::requests::CustomDataProvidedResourcePath {
    /// Structural property `notificationEndpointConfiguration` (`microsoft.graph.customExtensionEndpointConfiguration`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn notification_endpoint_configuration(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AnyCustomExtensionEndpointConfiguration> {
        crate::path::PropertyPath::new(
            self.node_target().segment("notificationEndpointConfiguration"),
        )
    }
    /// Navigation property `environment` (`microsoft.graph.accessPackageResourceEnvironment`).
    #[inline]
    pub fn environment(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::AccessPackageResourceEnvironment,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("environment"))
    }
    /// Containment navigation property `roles` (`microsoft.graph.accessPackageResourceRole`).
    #[inline]
    pub fn roles(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AccessPackageResourceRole,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("roles"))
    }
    /// Containment navigation property `scopes` (`microsoft.graph.accessPackageResourceScope`).
    #[inline]
    pub fn scopes(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AccessPackageResourceScope,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("scopes"))
    }
    /// Containment navigation property `uploadSessions` (`microsoft.graph.customDataProvidedResourceUploadSession`).
    #[inline]
    pub fn upload_sessions(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyCustomDataProvidedResourceUploadSession,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("uploadSessions"))
    }
    /// `POST .../refresh`: action `microsoft.graph.refresh`.
    #[inline]
    pub fn refresh(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("refresh"),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyAccessPackageResource>
for crate::v1::CustomDataProvidedResource {
    const SEGMENT: &'static str = "microsoft.graph.customDataProvidedResource";
}
#[cfg(msgraph_v1_identity_governance_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::CustomDataProvidedResource {
    const SEGMENT: &'static str = "microsoft.graph.customDataProvidedResource";
}
#[cfg(msgraph_v1_identity_governance_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyCustomDataProvidedResourceUploadSession>
for crate::v1::CustomDataProvidedResourceAccessReviewUploadSession {
    const SEGMENT: &'static str = "microsoft.graph.customDataProvidedResourceAccessReviewUploadSession";
}
#[cfg(msgraph_v1_identity_governance_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::CustomDataProvidedResourceAccessReviewUploadSession {
    const SEGMENT: &'static str = "microsoft.graph.customDataProvidedResourceAccessReviewUploadSession";
}
#[cfg(msgraph_v1_search)]
/// Features: `v1` or `v1-search`.
impl dyn crate::v1::requests::CustomDataProvidedResourceFilePath {
    /// The media content (`$value`) of this entity.
    #[inline]
    pub fn value(&self) -> crate::path::StreamPath {
        crate::path::StreamPath::new(self.node_target().segment("$value"))
    }
}
#[cfg(msgraph_v1_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::CustomDataProvidedResourceFile {
    const SEGMENT: &'static str = "microsoft.graph.customDataProvidedResourceFile";
}
#[cfg(msgraph_v1_identity_governance_or_search)]
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
impl dyn crate::v1::requests::CustomDataProvidedResourceUploadSessionPath {
    /// Structural property `data` (`microsoft.graph.customDataProvidedResourcePayloads.data`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn data(
        &self,
    ) -> crate::path::PropertyPath<
        crate::v1::custom_data_provided_resource_payloads::AnyData,
    > {
        crate::path::PropertyPath::new(self.node_target().segment("data"))
    }
    /// Structural property `stats` (`microsoft.graph.customDataProvidedResourceUploadStats`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn stats(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::CustomDataProvidedResourceUploadStats> {
        crate::path::PropertyPath::new(self.node_target().segment("stats"))
    }
    #[cfg(msgraph_v1_search)]
    /// Navigation property `files` (`microsoft.graph.customDataProvidedResourceFile`).
    ///
    /// Features: `v1` or `v1-search`.
    #[inline]
    pub fn files(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::CustomDataProvidedResourceFile,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("files"))
    }
    /// `POST .../uploadFile`: action `microsoft.graph.uploadFile`.
    #[inline]
    pub fn upload_file(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::AnyCustomDataProvidedResourceUploadSession>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("uploadFile"),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::AnyCustomDataProvidedResourceUploadSession {
    const SEGMENT: &'static str = "microsoft.graph.customDataProvidedResourceUploadSession";
}
#[cfg(msgraph_v1_identity_governance_or_search)]
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
impl dyn crate::v1::requests::CustomExtensionStageSettingPath {
    /// Navigation property `customExtension` (`microsoft.graph.customCalloutExtension`).
    #[inline]
    pub fn custom_extension(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::AnyCustomCalloutExtension,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("customExtension"))
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::CustomExtensionStageSetting {
    const SEGMENT: &'static str = "microsoft.graph.customExtensionStageSetting";
}
#[cfg(msgraph_v1_directory_or_search)]
/// Features: `v1`, or one of `v1-directory`, `v1-search`.
impl dyn crate::v1::requests::CustomSecurityAttributeDefinitionPath {
    /// Containment navigation property `allowedValues` (`microsoft.graph.allowedValue`).
    #[inline]
    pub fn allowed_values(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AllowedValue,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("allowedValues"))
    }
}
#[cfg(msgraph_v1_directory_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::CustomSecurityAttributeDefinition {
    const SEGMENT: &'static str = "microsoft.graph.customSecurityAttributeDefinition";
}
#[cfg(msgraph_v1_communications_or_search)]
/// Features: `v1`, or one of `v1-communications`, `v1-search`.
impl dyn crate::v1::requests::call_records::CallRecordPath {
    /// Structural property `organizer` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn organizer(&self) -> crate::path::PropertyPath<crate::v1::AnyIdentitySet> {
        crate::path::PropertyPath::new(self.node_target().segment("organizer"))
    }
    /// Containment navigation property `organizer_v2` (`microsoft.graph.callRecords.organizer`).
    #[inline]
    pub fn organizer_v2(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::call_records::Organizer,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("organizer_v2"))
    }
    /// Containment navigation property `participants_v2` (`microsoft.graph.callRecords.participant`).
    #[inline]
    pub fn participants_v2(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::call_records::Participant,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("participants_v2"))
    }
    /// Containment navigation property `sessions` (`microsoft.graph.callRecords.session`).
    #[inline]
    pub fn sessions(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::call_records::Session,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("sessions"))
    }
}
#[cfg(msgraph_v1_communications_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::call_records::CallRecord {
    const SEGMENT: &'static str = "microsoft.graph.callRecords.callRecord";
}
#[cfg(msgraph_v1_communications_or_search)]
/// Features: `v1`, or one of `v1-communications`, `v1-search`.
impl<C> crate::path::CollectionPath<crate::v1::call_records::CallRecord, C> {
    /// `GET .../microsoft.graph.callRecords.getDirectRoutingCalls`: function `microsoft.graph.callRecords.getDirectRoutingCalls`.
    pub fn get_direct_routing_calls(
        &self,
        from_date_time: &rt::edm::DateTimeOffset,
        to_date_time: &rt::edm::DateTimeOffset,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::v1::call_records::DirectRoutingLogRow>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .target()
                .function(
                    "microsoft.graph.callRecords.getDirectRoutingCalls",
                    &[
                        (
                            "fromDateTime",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(from_date_time),
                            ),
                        ),
                        (
                            "toDateTime",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(to_date_time),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../microsoft.graph.callRecords.getPstnCalls`: function `microsoft.graph.callRecords.getPstnCalls`.
    pub fn get_pstn_calls(
        &self,
        from_date_time: &rt::edm::DateTimeOffset,
        to_date_time: &rt::edm::DateTimeOffset,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::v1::call_records::PstnCallLogRow>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .target()
                .function(
                    "microsoft.graph.callRecords.getPstnCalls",
                    &[
                        (
                            "fromDateTime",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(from_date_time),
                            ),
                        ),
                        (
                            "toDateTime",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(to_date_time),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_connections_or_external_or_search)]
/// Features: `v1`, or one of `v1-connections`, `v1-external`, `v1-search`.
impl dyn crate::v1::requests::external_connectors::ConnectionOperationPath {
    /// Structural property `error` (`microsoft.graph.publicError`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn error(&self) -> crate::path::PropertyPath<crate::v1::PublicError> {
        crate::path::PropertyPath::new(self.node_target().segment("error"))
    }
}
#[cfg(msgraph_v1_connections_or_external_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::external_connectors::ConnectionOperation {
    const SEGMENT: &'static str = "microsoft.graph.externalConnectors.connectionOperation";
}
#[cfg(msgraph_v1_identity_governance_or_search)]
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
impl dyn crate::v1::requests::identity_governance::CustomTaskExtensionPath {
    /// Structural property `callbackConfiguration` (`microsoft.graph.customExtensionCallbackConfiguration`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn callback_configuration(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AnyCustomExtensionCallbackConfiguration> {
        crate::path::PropertyPath::new(
            self.node_target().segment("callbackConfiguration"),
        )
    }
    /// Navigation property `createdBy` (`microsoft.graph.user`).
    #[inline]
    pub fn created_by(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::AnyUser,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("createdBy"))
    }
    /// Navigation property `lastModifiedBy` (`microsoft.graph.user`).
    #[inline]
    pub fn last_modified_by(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::AnyUser,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("lastModifiedBy"))
    }
    /// Structural property `authenticationConfiguration` (`microsoft.graph.customExtensionAuthenticationConfiguration`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn authentication_configuration(
        &self,
    ) -> crate::path::PropertyPath<
        crate::v1::AnyCustomExtensionAuthenticationConfiguration,
    > {
        crate::path::PropertyPath::new(
            self.node_target().segment("authenticationConfiguration"),
        )
    }
    /// Structural property `clientConfiguration` (`microsoft.graph.customExtensionClientConfiguration`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn client_configuration(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::CustomExtensionClientConfiguration> {
        crate::path::PropertyPath::new(self.node_target().segment("clientConfiguration"))
    }
    /// Structural property `endpointConfiguration` (`microsoft.graph.customExtensionEndpointConfiguration`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn endpoint_configuration(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AnyCustomExtensionEndpointConfiguration> {
        crate::path::PropertyPath::new(
            self.node_target().segment("endpointConfiguration"),
        )
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyCustomCalloutExtension>
for crate::v1::identity_governance::CustomTaskExtension {
    const SEGMENT: &'static str = "microsoft.graph.identityGovernance.customTaskExtension";
}
#[cfg(msgraph_v1_identity_governance_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::identity_governance::CustomTaskExtension {
    const SEGMENT: &'static str = "microsoft.graph.identityGovernance.customTaskExtension";
}
#[cfg(msgraph_v1_search_or_security)]
/// Features: `v1`, or one of `v1-search`, `v1-security`.
impl dyn crate::v1::requests::security::CasePath {
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
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::security::AnyCase {
    const SEGMENT: &'static str = "microsoft.graph.security.case";
}
#[cfg(msgraph_v1_search_or_security)]
/// Features: `v1`, or one of `v1-search`, `v1-security`.
impl dyn crate::v1::requests::security::CaseOperationPath {
    /// Structural property `createdBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn created_by(&self) -> crate::path::PropertyPath<crate::v1::AnyIdentitySet> {
        crate::path::PropertyPath::new(self.node_target().segment("createdBy"))
    }
    /// Structural property `resultInfo` (`microsoft.graph.resultInfo`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn result_info(&self) -> crate::path::PropertyPath<crate::v1::ResultInfo> {
        crate::path::PropertyPath::new(self.node_target().segment("resultInfo"))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::security::AnyCaseOperation {
    const SEGMENT: &'static str = "microsoft.graph.security.caseOperation";
}
#[cfg(msgraph_v1_search_or_security)]
/// Features: `v1`, or one of `v1-search`, `v1-security`.
impl dyn crate::v1::requests::security::CasesRootPath {
    /// Containment navigation property `ediscoveryCases` (`microsoft.graph.security.ediscoveryCase`).
    #[inline]
    pub fn ediscovery_cases(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::security::EdiscoveryCase,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("ediscoveryCases"))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::security::CasesRoot {
    const SEGMENT: &'static str = "microsoft.graph.security.casesRoot";
}
#[cfg(msgraph_v1_search_or_security)]
/// Features: `v1`, or one of `v1-search`, `v1-security`.
impl dyn crate::v1::requests::security::CategoryTemplatePath {
    /// Containment navigation property `subcategories` (`microsoft.graph.security.subcategoryTemplate`).
    #[inline]
    pub fn subcategories(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::security::SubcategoryTemplate,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("subcategories"))
    }
    /// Structural property `createdBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn created_by(&self) -> crate::path::PropertyPath<crate::v1::AnyIdentitySet> {
        crate::path::PropertyPath::new(self.node_target().segment("createdBy"))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::security::AnyFilePlanDescriptorTemplate>
for crate::v1::security::CategoryTemplate {
    const SEGMENT: &'static str = "microsoft.graph.security.categoryTemplate";
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::security::CategoryTemplate {
    const SEGMENT: &'static str = "microsoft.graph.security.categoryTemplate";
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::security::AnyFilePlanDescriptorTemplate>
for crate::v1::security::CitationTemplate {
    const SEGMENT: &'static str = "microsoft.graph.security.citationTemplate";
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::security::CitationTemplate {
    const SEGMENT: &'static str = "microsoft.graph.security.citationTemplate";
}
#[cfg(msgraph_v1_search_or_security)]
/// Features: `v1`, or one of `v1-search`, `v1-security`.
impl dyn crate::v1::requests::security::CollaborationRootPath {
    /// Containment navigation property `analyzedEmails` (`microsoft.graph.security.analyzedEmail`).
    #[inline]
    pub fn analyzed_emails(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::security::AnalyzedEmail,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("analyzedEmails"))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::security::CollaborationRoot {
    const SEGMENT: &'static str = "microsoft.graph.security.collaborationRoot";
}
#[cfg(msgraph_v1_data_policy_operations_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::DataPolicyOperation {
    const SEGMENT: &'static str = "microsoft.graph.dataPolicyOperation";
}
#[cfg(msgraph_v1_core_or_security)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::v1::requests::DataSecurityAndGovernancePath {
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
#[cfg(msgraph_v1_core_or_security)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::AnyDataSecurityAndGovernance {
    const SEGMENT: &'static str = "microsoft.graph.dataSecurityAndGovernance";
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::v1::requests::DayNotePath {
    /// Structural property `draftDayNote` (`microsoft.graph.itemBody`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn draft_day_note(&self) -> crate::path::PropertyPath<crate::v1::ItemBody> {
        crate::path::PropertyPath::new(self.node_target().segment("draftDayNote"))
    }
    /// Structural property `sharedDayNote` (`microsoft.graph.itemBody`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn shared_day_note(&self) -> crate::path::PropertyPath<crate::v1::ItemBody> {
        crate::path::PropertyPath::new(self.node_target().segment("sharedDayNote"))
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
impl crate::path::DerivedFrom<crate::v1::AnyChangeTrackedEntity> for crate::v1::DayNote {
    const SEGMENT: &'static str = "microsoft.graph.dayNote";
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::DayNote {
    const SEGMENT: &'static str = "microsoft.graph.dayNote";
}
#[cfg(msgraph_v1_core_or_device_app_management)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-device-app-management`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::v1::requests::DefaultManagedAppProtectionPath {
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
    /// `POST .../targetApps`: action `microsoft.graph.targetApps`.
    #[inline]
    pub fn target_apps(
        &self,
        params: crate::v1::params::ManagedAppProtectionTargetAppsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::ManagedAppProtectionTargetAppsParams>,
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
for crate::v1::DefaultManagedAppProtection {
    const SEGMENT: &'static str = "microsoft.graph.defaultManagedAppProtection";
}
#[cfg(msgraph_v1_core_or_device_app_management)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyManagedAppPolicy>
for crate::v1::DefaultManagedAppProtection {
    const SEGMENT: &'static str = "microsoft.graph.defaultManagedAppProtection";
}
#[cfg(msgraph_v1_core_or_device_app_management)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::DefaultManagedAppProtection {
    const SEGMENT: &'static str = "microsoft.graph.defaultManagedAppProtection";
}
#[cfg(msgraph_v1_search_or_tenant_relationships)]
/// Features: `v1`, or one of `v1-search`, `v1-tenant-relationships`.
impl dyn crate::v1::requests::DelegatedAdminAccessAssignmentPath {
    /// Structural property `accessContainer` (`microsoft.graph.delegatedAdminAccessContainer`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn access_container(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::DelegatedAdminAccessContainer> {
        crate::path::PropertyPath::new(self.node_target().segment("accessContainer"))
    }
    /// Structural property `accessDetails` (`microsoft.graph.delegatedAdminAccessDetails`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn access_details(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::DelegatedAdminAccessDetails> {
        crate::path::PropertyPath::new(self.node_target().segment("accessDetails"))
    }
}
#[cfg(msgraph_v1_search_or_tenant_relationships)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::DelegatedAdminAccessAssignment {
    const SEGMENT: &'static str = "microsoft.graph.delegatedAdminAccessAssignment";
}
#[cfg(msgraph_v1_search_or_tenant_relationships)]
/// Features: `v1`, or one of `v1-search`, `v1-tenant-relationships`.
impl dyn crate::v1::requests::DelegatedAdminCustomerPath {
    /// Containment navigation property `serviceManagementDetails` (`microsoft.graph.delegatedAdminServiceManagementDetail`).
    #[inline]
    pub fn service_management_details(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::DelegatedAdminServiceManagementDetail,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("serviceManagementDetails"),
        )
    }
}
#[cfg(msgraph_v1_search_or_tenant_relationships)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::DelegatedAdminCustomer {
    const SEGMENT: &'static str = "microsoft.graph.delegatedAdminCustomer";
}
#[cfg(msgraph_v1_search_or_tenant_relationships)]
/// Features: `v1`, or one of `v1-search`, `v1-tenant-relationships`.
impl dyn crate::v1::requests::DelegatedAdminRelationshipPath {
    /// Structural property `accessDetails` (`microsoft.graph.delegatedAdminAccessDetails`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn access_details(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::DelegatedAdminAccessDetails> {
        crate::path::PropertyPath::new(self.node_target().segment("accessDetails"))
    }
    /// Structural property `customer` (`microsoft.graph.delegatedAdminRelationshipCustomerParticipant`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn customer(
        &self,
    ) -> crate::path::PropertyPath<
        crate::v1::DelegatedAdminRelationshipCustomerParticipant,
    > {
        crate::path::PropertyPath::new(self.node_target().segment("customer"))
    }
    /// Containment navigation property `accessAssignments` (`microsoft.graph.delegatedAdminAccessAssignment`).
    #[inline]
    pub fn access_assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::DelegatedAdminAccessAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("accessAssignments"))
    }
    /// Containment navigation property `operations` (`microsoft.graph.delegatedAdminRelationshipOperation`).
    #[inline]
    pub fn operations(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::DelegatedAdminRelationshipOperation,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("operations"))
    }
    /// Containment navigation property `requests` (`microsoft.graph.delegatedAdminRelationshipRequest`).
    #[inline]
    pub fn requests(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::DelegatedAdminRelationshipRequest,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("requests"))
    }
}
#[cfg(msgraph_v1_search_or_tenant_relationships)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::AnyDelegatedAdminRelationship {
    const SEGMENT: &'static str = "microsoft.graph.delegatedAdminRelationship";
}
#[cfg(msgraph_v1_search_or_tenant_relationships)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::DelegatedAdminRelationshipOperation {
    const SEGMENT: &'static str = "microsoft.graph.delegatedAdminRelationshipOperation";
}
#[cfg(msgraph_v1_search_or_tenant_relationships)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::DelegatedAdminRelationshipRequest {
    const SEGMENT: &'static str = "microsoft.graph.delegatedAdminRelationshipRequest";
}
#[cfg(msgraph_v1_search_or_tenant_relationships)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::DelegatedAdminServiceManagementDetail {
    const SEGMENT: &'static str = "microsoft.graph.delegatedAdminServiceManagementDetail";
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyServiceProviderConstraints>
for crate::v1::DelegatedAdminServiceProviderConstraints {
    const SEGMENT: &'static str = "microsoft.graph.delegatedAdminServiceProviderConstraints";
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::DelegatedAdminServiceProviderConstraints {
    const SEGMENT: &'static str = "microsoft.graph.delegatedAdminServiceProviderConstraints";
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::DelegatedPermissionClassification {
    const SEGMENT: &'static str = "microsoft.graph.delegatedPermissionClassification";
}
#[cfg(msgraph_v1_search_or_teamwork)]
/// Features: `v1`, or one of `v1-search`, `v1-teamwork`.
impl dyn crate::v1::requests::DeletedChatPath {
    /// `POST .../undoDelete`: action `microsoft.graph.undoDelete`.
    #[inline]
    pub fn undo_delete(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("undoDelete"),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_search_or_teamwork)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::DeletedChat {
    const SEGMENT: &'static str = "microsoft.graph.deletedChat";
}
#[cfg(msgraph_v1_identity_governance_or_search)]
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
impl dyn crate::v1::requests::DeletedItemContainerPath {
    /// Containment navigation property `workflows` (`microsoft.graph.identityGovernance.workflow`).
    #[inline]
    pub fn workflows(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::identity_governance::Workflow,
        crate::path::caps::ListDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("workflows"))
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::DeletedItemContainer {
    const SEGMENT: &'static str = "microsoft.graph.deletedItemContainer";
}
#[cfg(msgraph_v1_search_or_teamwork)]
/// Features: `v1`, or one of `v1-search`, `v1-teamwork`.
impl dyn crate::v1::requests::DeletedTeamPath {
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
}
#[cfg(msgraph_v1_search_or_teamwork)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::DeletedTeam {
    const SEGMENT: &'static str = "microsoft.graph.deletedTeam";
}
#[cfg(msgraph_v1_search_or_teamwork)]
/// Features: `v1`, or one of `v1-search`, `v1-teamwork`.
impl<C> crate::path::CollectionPath<crate::v1::DeletedTeam, C> {
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
#[cfg(msgraph_v1_search)]
/// Features: `v1` or `v1-search`.
impl dyn crate::v1::requests::DeltaParticipantsPath {
    /// Containment navigation property `participants` (`microsoft.graph.participant`).
    #[inline]
    pub fn participants(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::Participant,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("participants"))
    }
}
#[cfg(msgraph_v1_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::DeltaParticipants {
    const SEGMENT: &'static str = "microsoft.graph.deltaParticipants";
}
#[cfg(msgraph_v1_places_or_search)]
/// Features: `v1`, or one of `v1-places`, `v1-search`.
impl dyn crate::v1::requests::DeskPath {
    /// Structural property `mailboxDetails` (`microsoft.graph.mailboxDetails`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn mailbox_details(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::MailboxDetails> {
        crate::path::PropertyPath::new(self.node_target().segment("mailboxDetails"))
    }
    /// Structural property `mode` (`microsoft.graph.placeMode`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn mode(&self) -> crate::path::PropertyPath<crate::v1::AnyPlaceMode> {
        crate::path::PropertyPath::new(self.node_target().segment("mode"))
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
impl crate::path::DerivedFrom<crate::v1::AnyPlace> for crate::v1::Desk {
    const SEGMENT: &'static str = "microsoft.graph.desk";
}
#[cfg(msgraph_v1_places_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::Desk {
    const SEGMENT: &'static str = "microsoft.graph.desk";
}
#[cfg(msgraph_v1_device_management_or_search)]
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
impl dyn crate::v1::requests::DetectedAppPath {
    /// Navigation property `managedDevices` (`microsoft.graph.managedDevice`).
    #[inline]
    pub fn managed_devices(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::ManagedDevice,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("managedDevices"))
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::DetectedApp {
    const SEGMENT: &'static str = "microsoft.graph.detectedApp";
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::v1::requests::DevicePath {
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
    /// Navigation property `registeredOwners` (`microsoft.graph.directoryObject`).
    #[inline]
    pub fn registered_owners(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyDirectoryObject,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("registeredOwners"))
    }
    /// Navigation property `registeredUsers` (`microsoft.graph.directoryObject`).
    #[inline]
    pub fn registered_users(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyDirectoryObject,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("registeredUsers"))
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
impl crate::path::DerivedFrom<crate::v1::AnyDirectoryObject> for crate::v1::Device {
    const SEGMENT: &'static str = "microsoft.graph.device";
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::Device {
    const SEGMENT: &'static str = "microsoft.graph.device";
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::CollectionPath<crate::v1::Device, C> {
    /// `GET .../delta`: function `microsoft.graph.delta`.
    pub fn delta(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::v1::Device>,
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
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyRoleAssignment>
for crate::v1::DeviceAndAppManagementRoleAssignment {
    const SEGMENT: &'static str = "microsoft.graph.deviceAndAppManagementRoleAssignment";
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::DeviceAndAppManagementRoleAssignment {
    const SEGMENT: &'static str = "microsoft.graph.deviceAndAppManagementRoleAssignment";
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyRoleDefinition>
for crate::v1::DeviceAndAppManagementRoleDefinition {
    const SEGMENT: &'static str = "microsoft.graph.deviceAndAppManagementRoleDefinition";
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::DeviceAndAppManagementRoleDefinition {
    const SEGMENT: &'static str = "microsoft.graph.deviceAndAppManagementRoleDefinition";
}
#[cfg(msgraph_v1_device_app_management_or_search)]
/// Features: `v1`, or one of `v1-device-app-management`, `v1-search`.
impl dyn crate::v1::requests::DeviceAppManagementPath {
    /// Containment navigation property `androidManagedAppProtections` (`microsoft.graph.androidManagedAppProtection`).
    #[inline]
    pub fn android_managed_app_protections(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AndroidManagedAppProtection,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("androidManagedAppProtections"),
        )
    }
    /// Containment navigation property `defaultManagedAppProtections` (`microsoft.graph.defaultManagedAppProtection`).
    #[inline]
    pub fn default_managed_app_protections(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::DefaultManagedAppProtection,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("defaultManagedAppProtections"),
        )
    }
    /// Containment navigation property `iosManagedAppProtections` (`microsoft.graph.iosManagedAppProtection`).
    #[inline]
    pub fn ios_managed_app_protections(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::IosManagedAppProtection,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("iosManagedAppProtections"),
        )
    }
    /// Containment navigation property `managedAppPolicies` (`microsoft.graph.managedAppPolicy`).
    #[inline]
    pub fn managed_app_policies(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyManagedAppPolicy,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("managedAppPolicies"),
        )
    }
    /// Containment navigation property `managedAppRegistrations` (`microsoft.graph.managedAppRegistration`).
    #[inline]
    pub fn managed_app_registrations(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyManagedAppRegistration,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("managedAppRegistrations"),
        )
    }
    /// Containment navigation property `managedAppStatuses` (`microsoft.graph.managedAppStatus`).
    #[inline]
    pub fn managed_app_statuses(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyManagedAppStatus,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("managedAppStatuses"),
        )
    }
    /// Containment navigation property `managedEBooks` (`microsoft.graph.managedEBook`).
    #[inline]
    pub fn managed_e_books(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyManagedEBook,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("managedEBooks"))
    }
    /// Containment navigation property `mdmWindowsInformationProtectionPolicies` (`microsoft.graph.mdmWindowsInformationProtectionPolicy`).
    #[inline]
    pub fn mdm_windows_information_protection_policies(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::MdmWindowsInformationProtectionPolicy,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("mdmWindowsInformationProtectionPolicies"),
        )
    }
    /// Containment navigation property `mobileAppCategories` (`microsoft.graph.mobileAppCategory`).
    #[inline]
    pub fn mobile_app_categories(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::MobileAppCategory,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("mobileAppCategories"),
        )
    }
    /// Containment navigation property `mobileAppConfigurations` (`microsoft.graph.managedDeviceMobileAppConfiguration`).
    #[inline]
    pub fn mobile_app_configurations(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyManagedDeviceMobileAppConfiguration,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("mobileAppConfigurations"),
        )
    }
    /// Containment navigation property `mobileAppRelationships` (`microsoft.graph.mobileAppRelationship`).
    #[inline]
    pub fn mobile_app_relationships(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::MobileAppRelationship,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("mobileAppRelationships"),
        )
    }
    /// Containment navigation property `mobileApps` (`microsoft.graph.mobileApp`).
    #[inline]
    pub fn mobile_apps(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyMobileApp,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("mobileApps"))
    }
    /// Containment navigation property `targetedManagedAppConfigurations` (`microsoft.graph.targetedManagedAppConfiguration`).
    #[inline]
    pub fn targeted_managed_app_configurations(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::TargetedManagedAppConfiguration,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("targetedManagedAppConfigurations"),
        )
    }
    /// Containment navigation property `vppTokens` (`microsoft.graph.vppToken`).
    #[inline]
    pub fn vpp_tokens(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::VppToken,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("vppTokens"))
    }
    /// Containment navigation property `windowsInformationProtectionPolicies` (`microsoft.graph.windowsInformationProtectionPolicy`).
    #[inline]
    pub fn windows_information_protection_policies(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::WindowsInformationProtectionPolicy,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("windowsInformationProtectionPolicies"),
        )
    }
    /// Syncs Intune account with Microsoft Store For Business
    ///
    /// `POST .../syncMicrosoftStoreForBusinessApps`: action `microsoft.graph.syncMicrosoftStoreForBusinessApps`.
    #[inline]
    pub fn sync_microsoft_store_for_business_apps(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("syncMicrosoftStoreForBusinessApps"),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::DeviceAppManagement {
    const SEGMENT: &'static str = "microsoft.graph.deviceAppManagement";
}
#[cfg(msgraph_v1_core_or_device_management)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::DeviceCategory {
    const SEGMENT: &'static str = "microsoft.graph.deviceCategory";
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::DeviceComplianceActionItem {
    const SEGMENT: &'static str = "microsoft.graph.deviceComplianceActionItem";
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::DeviceComplianceDeviceOverview {
    const SEGMENT: &'static str = "microsoft.graph.deviceComplianceDeviceOverview";
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::DeviceComplianceDeviceStatus {
    const SEGMENT: &'static str = "microsoft.graph.deviceComplianceDeviceStatus";
}
#[cfg(msgraph_v1_device_management_or_search)]
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
impl dyn crate::v1::requests::DeviceCompliancePolicyPath {
    /// Containment navigation property `assignments` (`microsoft.graph.deviceCompliancePolicyAssignment`).
    #[inline]
    pub fn assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::DeviceCompliancePolicyAssignment,
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
    /// Containment navigation property `deviceStatuses` (`microsoft.graph.deviceComplianceDeviceStatus`).
    #[inline]
    pub fn device_statuses(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::DeviceComplianceDeviceStatus,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("deviceStatuses"))
    }
    /// Containment navigation property `deviceStatusOverview` (`microsoft.graph.deviceComplianceDeviceOverview`).
    #[inline]
    pub fn device_status_overview(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::DeviceComplianceDeviceOverview,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("deviceStatusOverview"))
    }
    /// Containment navigation property `scheduledActionsForRule` (`microsoft.graph.deviceComplianceScheduledActionForRule`).
    #[inline]
    pub fn scheduled_actions_for_rule(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::DeviceComplianceScheduledActionForRule,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("scheduledActionsForRule"),
        )
    }
    /// Containment navigation property `userStatuses` (`microsoft.graph.deviceComplianceUserStatus`).
    #[inline]
    pub fn user_statuses(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::DeviceComplianceUserStatus,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("userStatuses"))
    }
    /// Containment navigation property `userStatusOverview` (`microsoft.graph.deviceComplianceUserOverview`).
    #[inline]
    pub fn user_status_overview(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::DeviceComplianceUserOverview,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("userStatusOverview"))
    }
    /// `POST .../assign`: action `microsoft.graph.assign`.
    #[inline]
    pub fn assign(
        &self,
        params: crate::v1::params::DeviceCompliancePolicyAssignParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::DeviceCompliancePolicyAssignParams>,
        rt::request::Collection<crate::v1::DeviceCompliancePolicyAssignment>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("assign"),
            rt::request::Json(params),
        )
    }
    /// `POST .../scheduleActionsForRules`: action `microsoft.graph.scheduleActionsForRules`.
    #[inline]
    pub fn schedule_actions_for_rules(
        &self,
        params: crate::v1::params::DeviceCompliancePolicyScheduleActionsForRulesParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::v1::params::DeviceCompliancePolicyScheduleActionsForRulesParams,
        >,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("scheduleActionsForRules"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::AnyDeviceCompliancePolicy {
    const SEGMENT: &'static str = "microsoft.graph.deviceCompliancePolicy";
}
#[cfg(msgraph_v1_device_management_or_search)]
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
impl dyn crate::v1::requests::DeviceCompliancePolicyAssignmentPath {
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
for crate::v1::DeviceCompliancePolicyAssignment {
    const SEGMENT: &'static str = "microsoft.graph.deviceCompliancePolicyAssignment";
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::DeviceCompliancePolicyDeviceStateSummary {
    const SEGMENT: &'static str = "microsoft.graph.deviceCompliancePolicyDeviceStateSummary";
}
#[cfg(msgraph_v1_device_management_or_search)]
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
impl dyn crate::v1::requests::DeviceCompliancePolicySettingStateSummaryPath {
    /// Containment navigation property `deviceComplianceSettingStates` (`microsoft.graph.deviceComplianceSettingState`).
    #[inline]
    pub fn device_compliance_setting_states(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::DeviceComplianceSettingState,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("deviceComplianceSettingStates"),
        )
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::DeviceCompliancePolicySettingStateSummary {
    const SEGMENT: &'static str = "microsoft.graph.deviceCompliancePolicySettingStateSummary";
}
#[cfg(msgraph_v1_core_or_device_management)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::DeviceCompliancePolicyState {
    const SEGMENT: &'static str = "microsoft.graph.deviceCompliancePolicyState";
}
#[cfg(msgraph_v1_device_management_or_search)]
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
impl dyn crate::v1::requests::DeviceComplianceScheduledActionForRulePath {
    /// Containment navigation property `scheduledActionConfigurations` (`microsoft.graph.deviceComplianceActionItem`).
    #[inline]
    pub fn scheduled_action_configurations(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::DeviceComplianceActionItem,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("scheduledActionConfigurations"),
        )
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::DeviceComplianceScheduledActionForRule {
    const SEGMENT: &'static str = "microsoft.graph.deviceComplianceScheduledActionForRule";
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::DeviceComplianceSettingState {
    const SEGMENT: &'static str = "microsoft.graph.deviceComplianceSettingState";
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::DeviceComplianceUserOverview {
    const SEGMENT: &'static str = "microsoft.graph.deviceComplianceUserOverview";
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::DeviceComplianceUserStatus {
    const SEGMENT: &'static str = "microsoft.graph.deviceComplianceUserStatus";
}
#[cfg(msgraph_v1_device_management_or_search)]
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
impl dyn crate::v1::requests::DeviceConfigurationPath {
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
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::AnyDeviceConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.deviceConfiguration";
}
#[cfg(msgraph_v1_device_management_or_search)]
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
impl dyn crate::v1::requests::DeviceConfigurationAssignmentPath {
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
for crate::v1::DeviceConfigurationAssignment {
    const SEGMENT: &'static str = "microsoft.graph.deviceConfigurationAssignment";
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::DeviceConfigurationDeviceOverview {
    const SEGMENT: &'static str = "microsoft.graph.deviceConfigurationDeviceOverview";
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::DeviceConfigurationDeviceStateSummary {
    const SEGMENT: &'static str = "microsoft.graph.deviceConfigurationDeviceStateSummary";
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::DeviceConfigurationDeviceStatus {
    const SEGMENT: &'static str = "microsoft.graph.deviceConfigurationDeviceStatus";
}
#[cfg(msgraph_v1_core_or_device_management)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::DeviceConfigurationState {
    const SEGMENT: &'static str = "microsoft.graph.deviceConfigurationState";
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::DeviceConfigurationUserOverview {
    const SEGMENT: &'static str = "microsoft.graph.deviceConfigurationUserOverview";
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::DeviceConfigurationUserStatus {
    const SEGMENT: &'static str = "microsoft.graph.deviceConfigurationUserStatus";
}
#[cfg(msgraph_v1_device_management_or_search)]
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
impl dyn crate::v1::requests::DeviceEnrollmentConfigurationPath {
    /// Containment navigation property `assignments` (`microsoft.graph.enrollmentConfigurationAssignment`).
    #[inline]
    pub fn assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::EnrollmentConfigurationAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("assignments"))
    }
    /// `POST .../assign`: action `microsoft.graph.assign`.
    #[inline]
    pub fn assign(
        &self,
        params: crate::v1::params::DeviceEnrollmentConfigurationAssignParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::DeviceEnrollmentConfigurationAssignParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("assign"),
            rt::request::Json(params),
        )
    }
    /// `POST .../setPriority`: action `microsoft.graph.setPriority`.
    #[inline]
    pub fn set_priority(
        &self,
        params: crate::v1::params::DeviceEnrollmentConfigurationSetPriorityParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::v1::params::DeviceEnrollmentConfigurationSetPriorityParams,
        >,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("setPriority"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::AnyDeviceEnrollmentConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.deviceEnrollmentConfiguration";
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyDeviceEnrollmentConfiguration>
for crate::v1::DeviceEnrollmentLimitConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.deviceEnrollmentLimitConfiguration";
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::DeviceEnrollmentLimitConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.deviceEnrollmentLimitConfiguration";
}
#[cfg(msgraph_v1_device_management_or_search)]
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
impl dyn crate::v1::requests::DeviceEnrollmentPlatformRestrictionsConfigurationPath {
    /// Structural property `androidRestriction` (`microsoft.graph.deviceEnrollmentPlatformRestriction`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn android_restriction(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::DeviceEnrollmentPlatformRestriction> {
        crate::path::PropertyPath::new(self.node_target().segment("androidRestriction"))
    }
    /// Structural property `iosRestriction` (`microsoft.graph.deviceEnrollmentPlatformRestriction`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn ios_restriction(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::DeviceEnrollmentPlatformRestriction> {
        crate::path::PropertyPath::new(self.node_target().segment("iosRestriction"))
    }
    /// Structural property `macOSRestriction` (`microsoft.graph.deviceEnrollmentPlatformRestriction`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn mac_os_restriction(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::DeviceEnrollmentPlatformRestriction> {
        crate::path::PropertyPath::new(self.node_target().segment("macOSRestriction"))
    }
    /// Structural property `windowsMobileRestriction` (`microsoft.graph.deviceEnrollmentPlatformRestriction`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn windows_mobile_restriction(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::DeviceEnrollmentPlatformRestriction> {
        crate::path::PropertyPath::new(
            self.node_target().segment("windowsMobileRestriction"),
        )
    }
    /// Structural property `windowsRestriction` (`microsoft.graph.deviceEnrollmentPlatformRestriction`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn windows_restriction(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::DeviceEnrollmentPlatformRestriction> {
        crate::path::PropertyPath::new(self.node_target().segment("windowsRestriction"))
    }
    /// Containment navigation property `assignments` (`microsoft.graph.enrollmentConfigurationAssignment`).
    #[inline]
    pub fn assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::EnrollmentConfigurationAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("assignments"))
    }
    /// `POST .../assign`: action `microsoft.graph.assign`.
    #[inline]
    pub fn assign(
        &self,
        params: crate::v1::params::DeviceEnrollmentConfigurationAssignParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::DeviceEnrollmentConfigurationAssignParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("assign"),
            rt::request::Json(params),
        )
    }
    /// `POST .../setPriority`: action `microsoft.graph.setPriority`.
    #[inline]
    pub fn set_priority(
        &self,
        params: crate::v1::params::DeviceEnrollmentConfigurationSetPriorityParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::v1::params::DeviceEnrollmentConfigurationSetPriorityParams,
        >,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("setPriority"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyDeviceEnrollmentConfiguration>
for crate::v1::DeviceEnrollmentPlatformRestrictionsConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.deviceEnrollmentPlatformRestrictionsConfiguration";
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::DeviceEnrollmentPlatformRestrictionsConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.deviceEnrollmentPlatformRestrictionsConfiguration";
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyDeviceEnrollmentConfiguration>
for crate::v1::DeviceEnrollmentWindowsHelloForBusinessConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.deviceEnrollmentWindowsHelloForBusinessConfiguration";
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::DeviceEnrollmentWindowsHelloForBusinessConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.deviceEnrollmentWindowsHelloForBusinessConfiguration";
}
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::DeviceInstallState {
    const SEGMENT: &'static str = "microsoft.graph.deviceInstallState";
}
#[cfg(msgraph_v1_directory_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::DeviceLocalCredentialInfo {
    const SEGMENT: &'static str = "microsoft.graph.deviceLocalCredentialInfo";
}
#[cfg(msgraph_v1_core_or_device_management)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-device-management`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::v1::requests::DeviceLogCollectionResponsePath {
    /// `POST .../createDownloadUrl`: action `microsoft.graph.createDownloadUrl`.
    #[inline]
    pub fn create_download_url(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::ValueOf<::std::string::String>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("createDownloadUrl"),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_core_or_device_management)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::DeviceLogCollectionResponse {
    const SEGMENT: &'static str = "microsoft.graph.deviceLogCollectionResponse";
}
#[cfg(msgraph_v1_device_management_or_search)]
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
impl dyn crate::v1::requests::DeviceManagementPath {
    /// Structural property `deviceProtectionOverview` (`microsoft.graph.deviceProtectionOverview`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn device_protection_overview(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::DeviceProtectionOverview> {
        crate::path::PropertyPath::new(
            self.node_target().segment("deviceProtectionOverview"),
        )
    }
    /// Structural property `intuneBrand` (`microsoft.graph.intuneBrand`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn intune_brand(&self) -> crate::path::PropertyPath<crate::v1::IntuneBrand> {
        crate::path::PropertyPath::new(self.node_target().segment("intuneBrand"))
    }
    /// Structural property `settings` (`microsoft.graph.deviceManagementSettings`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn settings(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::DeviceManagementSettings> {
        crate::path::PropertyPath::new(self.node_target().segment("settings"))
    }
    /// Structural property `userExperienceAnalyticsSettings` (`microsoft.graph.userExperienceAnalyticsSettings`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn user_experience_analytics_settings(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::UserExperienceAnalyticsSettings> {
        crate::path::PropertyPath::new(
            self.node_target().segment("userExperienceAnalyticsSettings"),
        )
    }
    /// Structural property `windowsMalwareOverview` (`microsoft.graph.windowsMalwareOverview`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn windows_malware_overview(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::WindowsMalwareOverview> {
        crate::path::PropertyPath::new(
            self.node_target().segment("windowsMalwareOverview"),
        )
    }
    /// Containment navigation property `applePushNotificationCertificate` (`microsoft.graph.applePushNotificationCertificate`).
    #[inline]
    pub fn apple_push_notification_certificate(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::ApplePushNotificationCertificate,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(
            self.node_target().segment("applePushNotificationCertificate"),
        )
    }
    /// Containment navigation property `auditEvents` (`microsoft.graph.auditEvent`).
    #[inline]
    pub fn audit_events(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AuditEvent,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("auditEvents"))
    }
    /// Containment navigation property `complianceManagementPartners` (`microsoft.graph.complianceManagementPartner`).
    #[inline]
    pub fn compliance_management_partners(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::ComplianceManagementPartner,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("complianceManagementPartners"),
        )
    }
    /// Containment navigation property `conditionalAccessSettings` (`microsoft.graph.onPremisesConditionalAccessSettings`).
    #[inline]
    pub fn conditional_access_settings(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::OnPremisesConditionalAccessSettings,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(
            self.node_target().segment("conditionalAccessSettings"),
        )
    }
    /// Containment navigation property `detectedApps` (`microsoft.graph.detectedApp`).
    #[inline]
    pub fn detected_apps(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::DetectedApp,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("detectedApps"))
    }
    /// Containment navigation property `deviceCategories` (`microsoft.graph.deviceCategory`).
    #[inline]
    pub fn device_categories(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::DeviceCategory,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("deviceCategories"))
    }
    /// Containment navigation property `deviceCompliancePolicies` (`microsoft.graph.deviceCompliancePolicy`).
    #[inline]
    pub fn device_compliance_policies(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyDeviceCompliancePolicy,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("deviceCompliancePolicies"),
        )
    }
    /// Containment navigation property `deviceCompliancePolicyDeviceStateSummary` (`microsoft.graph.deviceCompliancePolicyDeviceStateSummary`).
    #[inline]
    pub fn device_compliance_policy_device_state_summary(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::DeviceCompliancePolicyDeviceStateSummary,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(
            self.node_target().segment("deviceCompliancePolicyDeviceStateSummary"),
        )
    }
    /// Containment navigation property `deviceCompliancePolicySettingStateSummaries` (`microsoft.graph.deviceCompliancePolicySettingStateSummary`).
    #[inline]
    pub fn device_compliance_policy_setting_state_summaries(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::DeviceCompliancePolicySettingStateSummary,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("deviceCompliancePolicySettingStateSummaries"),
        )
    }
    /// Containment navigation property `deviceConfigurationDeviceStateSummaries` (`microsoft.graph.deviceConfigurationDeviceStateSummary`).
    #[inline]
    pub fn device_configuration_device_state_summaries(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::DeviceConfigurationDeviceStateSummary,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(
            self.node_target().segment("deviceConfigurationDeviceStateSummaries"),
        )
    }
    /// Containment navigation property `deviceConfigurations` (`microsoft.graph.deviceConfiguration`).
    #[inline]
    pub fn device_configurations(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyDeviceConfiguration,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("deviceConfigurations"),
        )
    }
    /// Containment navigation property `deviceEnrollmentConfigurations` (`microsoft.graph.deviceEnrollmentConfiguration`).
    #[inline]
    pub fn device_enrollment_configurations(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyDeviceEnrollmentConfiguration,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("deviceEnrollmentConfigurations"),
        )
    }
    /// Containment navigation property `deviceManagementPartners` (`microsoft.graph.deviceManagementPartner`).
    #[inline]
    pub fn device_management_partners(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::DeviceManagementPartner,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("deviceManagementPartners"),
        )
    }
    /// Containment navigation property `exchangeConnectors` (`microsoft.graph.deviceManagementExchangeConnector`).
    #[inline]
    pub fn exchange_connectors(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::DeviceManagementExchangeConnector,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("exchangeConnectors"),
        )
    }
    /// Containment navigation property `importedWindowsAutopilotDeviceIdentities` (`microsoft.graph.importedWindowsAutopilotDeviceIdentity`).
    #[inline]
    pub fn imported_windows_autopilot_device_identities(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::ImportedWindowsAutopilotDeviceIdentity,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("importedWindowsAutopilotDeviceIdentities"),
        )
    }
    /// Containment navigation property `iosUpdateStatuses` (`microsoft.graph.iosUpdateDeviceStatus`).
    #[inline]
    pub fn ios_update_statuses(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::IosUpdateDeviceStatus,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("iosUpdateStatuses"))
    }
    #[cfg(msgraph_v1_search)]
    /// Navigation property `managedDeviceOverview` (`microsoft.graph.managedDeviceOverview`).
    ///
    /// Features: `v1` or `v1-search`.
    #[inline]
    pub fn managed_device_overview(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::ManagedDeviceOverview,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("managedDeviceOverview"))
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
    /// Containment navigation property `mobileAppTroubleshootingEvents` (`microsoft.graph.mobileAppTroubleshootingEvent`).
    #[inline]
    pub fn mobile_app_troubleshooting_events(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::MobileAppTroubleshootingEvent,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("mobileAppTroubleshootingEvents"),
        )
    }
    /// Containment navigation property `mobileThreatDefenseConnectors` (`microsoft.graph.mobileThreatDefenseConnector`).
    #[inline]
    pub fn mobile_threat_defense_connectors(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::MobileThreatDefenseConnector,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("mobileThreatDefenseConnectors"),
        )
    }
    /// Containment navigation property `notificationMessageTemplates` (`microsoft.graph.notificationMessageTemplate`).
    #[inline]
    pub fn notification_message_templates(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::NotificationMessageTemplate,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("notificationMessageTemplates"),
        )
    }
    /// Containment navigation property `remoteAssistancePartners` (`microsoft.graph.remoteAssistancePartner`).
    #[inline]
    pub fn remote_assistance_partners(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::RemoteAssistancePartner,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("remoteAssistancePartners"),
        )
    }
    /// Containment navigation property `reports` (`microsoft.graph.deviceManagementReports`).
    #[inline]
    pub fn reports(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::DeviceManagementReports,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("reports"))
    }
    /// Containment navigation property `resourceOperations` (`microsoft.graph.resourceOperation`).
    #[inline]
    pub fn resource_operations(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::ResourceOperation,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("resourceOperations"),
        )
    }
    /// Containment navigation property `roleAssignments` (`microsoft.graph.deviceAndAppManagementRoleAssignment`).
    #[inline]
    pub fn role_assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::DeviceAndAppManagementRoleAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("roleAssignments"))
    }
    /// Containment navigation property `roleDefinitions` (`microsoft.graph.roleDefinition`).
    #[inline]
    pub fn role_definitions(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyRoleDefinition,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("roleDefinitions"))
    }
    #[cfg(msgraph_v1_search)]
    /// Navigation property `softwareUpdateStatusSummary` (`microsoft.graph.softwareUpdateStatusSummary`).
    ///
    /// Features: `v1` or `v1-search`.
    #[inline]
    pub fn software_update_status_summary(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::SoftwareUpdateStatusSummary,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(
            self.node_target().segment("softwareUpdateStatusSummary"),
        )
    }
    /// Containment navigation property `termsAndConditions` (`microsoft.graph.termsAndConditions`).
    #[inline]
    pub fn terms_and_conditions(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::TermsAndConditions,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("termsAndConditions"),
        )
    }
    /// Containment navigation property `troubleshootingEvents` (`microsoft.graph.deviceManagementTroubleshootingEvent`).
    #[inline]
    pub fn troubleshooting_events(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyDeviceManagementTroubleshootingEvent,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("troubleshootingEvents"),
        )
    }
    /// Containment navigation property `userExperienceAnalyticsAppHealthApplicationPerformance` (`microsoft.graph.userExperienceAnalyticsAppHealthApplicationPerformance`).
    #[inline]
    pub fn user_experience_analytics_app_health_application_performance(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::UserExperienceAnalyticsAppHealthApplicationPerformance,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self
                .node_target()
                .segment("userExperienceAnalyticsAppHealthApplicationPerformance"),
        )
    }
    /// Containment navigation property `userExperienceAnalyticsAppHealthApplicationPerformanceByAppVersionDetails` (`microsoft.graph.userExperienceAnalyticsAppHealthAppPerformanceByAppVersionDetails`).
    #[inline]
    pub fn user_experience_analytics_app_health_application_performance_by_app_version_details(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::UserExperienceAnalyticsAppHealthAppPerformanceByAppVersionDetails,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self
                .node_target()
                .segment(
                    "userExperienceAnalyticsAppHealthApplicationPerformanceByAppVersionDetails",
                ),
        )
    }
    /// Containment navigation property `userExperienceAnalyticsAppHealthApplicationPerformanceByAppVersionDeviceId` (`microsoft.graph.userExperienceAnalyticsAppHealthAppPerformanceByAppVersionDeviceId`).
    #[inline]
    pub fn user_experience_analytics_app_health_application_performance_by_app_version_device_id(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::UserExperienceAnalyticsAppHealthAppPerformanceByAppVersionDeviceId,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self
                .node_target()
                .segment(
                    "userExperienceAnalyticsAppHealthApplicationPerformanceByAppVersionDeviceId",
                ),
        )
    }
    /// Containment navigation property `userExperienceAnalyticsAppHealthApplicationPerformanceByOSVersion` (`microsoft.graph.userExperienceAnalyticsAppHealthAppPerformanceByOSVersion`).
    #[inline]
    pub fn user_experience_analytics_app_health_application_performance_by_os_version(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::UserExperienceAnalyticsAppHealthAppPerformanceByOsVersion,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self
                .node_target()
                .segment(
                    "userExperienceAnalyticsAppHealthApplicationPerformanceByOSVersion",
                ),
        )
    }
    /// Containment navigation property `userExperienceAnalyticsAppHealthDeviceModelPerformance` (`microsoft.graph.userExperienceAnalyticsAppHealthDeviceModelPerformance`).
    #[inline]
    pub fn user_experience_analytics_app_health_device_model_performance(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::UserExperienceAnalyticsAppHealthDeviceModelPerformance,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self
                .node_target()
                .segment("userExperienceAnalyticsAppHealthDeviceModelPerformance"),
        )
    }
    /// Containment navigation property `userExperienceAnalyticsAppHealthDevicePerformance` (`microsoft.graph.userExperienceAnalyticsAppHealthDevicePerformance`).
    #[inline]
    pub fn user_experience_analytics_app_health_device_performance(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::UserExperienceAnalyticsAppHealthDevicePerformance,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self
                .node_target()
                .segment("userExperienceAnalyticsAppHealthDevicePerformance"),
        )
    }
    /// Containment navigation property `userExperienceAnalyticsAppHealthDevicePerformanceDetails` (`microsoft.graph.userExperienceAnalyticsAppHealthDevicePerformanceDetails`).
    #[inline]
    pub fn user_experience_analytics_app_health_device_performance_details(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::UserExperienceAnalyticsAppHealthDevicePerformanceDetails,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self
                .node_target()
                .segment("userExperienceAnalyticsAppHealthDevicePerformanceDetails"),
        )
    }
    /// Containment navigation property `userExperienceAnalyticsAppHealthOSVersionPerformance` (`microsoft.graph.userExperienceAnalyticsAppHealthOSVersionPerformance`).
    #[inline]
    pub fn user_experience_analytics_app_health_os_version_performance(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::UserExperienceAnalyticsAppHealthOsVersionPerformance,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self
                .node_target()
                .segment("userExperienceAnalyticsAppHealthOSVersionPerformance"),
        )
    }
    /// Containment navigation property `userExperienceAnalyticsAppHealthOverview` (`microsoft.graph.userExperienceAnalyticsCategory`).
    #[inline]
    pub fn user_experience_analytics_app_health_overview(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::UserExperienceAnalyticsCategory,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(
            self.node_target().segment("userExperienceAnalyticsAppHealthOverview"),
        )
    }
    /// Containment navigation property `userExperienceAnalyticsBaselines` (`microsoft.graph.userExperienceAnalyticsBaseline`).
    #[inline]
    pub fn user_experience_analytics_baselines(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::UserExperienceAnalyticsBaseline,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("userExperienceAnalyticsBaselines"),
        )
    }
    /// Containment navigation property `userExperienceAnalyticsCategories` (`microsoft.graph.userExperienceAnalyticsCategory`).
    #[inline]
    pub fn user_experience_analytics_categories(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::UserExperienceAnalyticsCategory,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("userExperienceAnalyticsCategories"),
        )
    }
    /// Containment navigation property `userExperienceAnalyticsDevicePerformance` (`microsoft.graph.userExperienceAnalyticsDevicePerformance`).
    #[inline]
    pub fn user_experience_analytics_device_performance(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::UserExperienceAnalyticsDevicePerformance,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("userExperienceAnalyticsDevicePerformance"),
        )
    }
    /// Containment navigation property `userExperienceAnalyticsDeviceScores` (`microsoft.graph.userExperienceAnalyticsDeviceScores`).
    #[inline]
    pub fn user_experience_analytics_device_scores(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::UserExperienceAnalyticsDeviceScores,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("userExperienceAnalyticsDeviceScores"),
        )
    }
    /// Containment navigation property `userExperienceAnalyticsDeviceStartupHistory` (`microsoft.graph.userExperienceAnalyticsDeviceStartupHistory`).
    #[inline]
    pub fn user_experience_analytics_device_startup_history(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::UserExperienceAnalyticsDeviceStartupHistory,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("userExperienceAnalyticsDeviceStartupHistory"),
        )
    }
    /// Containment navigation property `userExperienceAnalyticsDeviceStartupProcesses` (`microsoft.graph.userExperienceAnalyticsDeviceStartupProcess`).
    #[inline]
    pub fn user_experience_analytics_device_startup_processes(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::UserExperienceAnalyticsDeviceStartupProcess,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("userExperienceAnalyticsDeviceStartupProcesses"),
        )
    }
    /// Containment navigation property `userExperienceAnalyticsDeviceStartupProcessPerformance` (`microsoft.graph.userExperienceAnalyticsDeviceStartupProcessPerformance`).
    #[inline]
    pub fn user_experience_analytics_device_startup_process_performance(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::UserExperienceAnalyticsDeviceStartupProcessPerformance,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self
                .node_target()
                .segment("userExperienceAnalyticsDeviceStartupProcessPerformance"),
        )
    }
    /// Containment navigation property `userExperienceAnalyticsMetricHistory` (`microsoft.graph.userExperienceAnalyticsMetricHistory`).
    #[inline]
    pub fn user_experience_analytics_metric_history(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::UserExperienceAnalyticsMetricHistory,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("userExperienceAnalyticsMetricHistory"),
        )
    }
    /// Containment navigation property `userExperienceAnalyticsModelScores` (`microsoft.graph.userExperienceAnalyticsModelScores`).
    #[inline]
    pub fn user_experience_analytics_model_scores(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::UserExperienceAnalyticsModelScores,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("userExperienceAnalyticsModelScores"),
        )
    }
    /// Containment navigation property `userExperienceAnalyticsOverview` (`microsoft.graph.userExperienceAnalyticsOverview`).
    #[inline]
    pub fn user_experience_analytics_overview(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::UserExperienceAnalyticsOverview,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(
            self.node_target().segment("userExperienceAnalyticsOverview"),
        )
    }
    /// Containment navigation property `userExperienceAnalyticsScoreHistory` (`microsoft.graph.userExperienceAnalyticsScoreHistory`).
    #[inline]
    pub fn user_experience_analytics_score_history(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::UserExperienceAnalyticsScoreHistory,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("userExperienceAnalyticsScoreHistory"),
        )
    }
    /// Containment navigation property `userExperienceAnalyticsWorkFromAnywhereHardwareReadinessMetric` (`microsoft.graph.userExperienceAnalyticsWorkFromAnywhereHardwareReadinessMetric`).
    #[inline]
    pub fn user_experience_analytics_work_from_anywhere_hardware_readiness_metric(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::UserExperienceAnalyticsWorkFromAnywhereHardwareReadinessMetric,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(
            self
                .node_target()
                .segment(
                    "userExperienceAnalyticsWorkFromAnywhereHardwareReadinessMetric",
                ),
        )
    }
    /// Containment navigation property `userExperienceAnalyticsWorkFromAnywhereMetrics` (`microsoft.graph.userExperienceAnalyticsWorkFromAnywhereMetric`).
    #[inline]
    pub fn user_experience_analytics_work_from_anywhere_metrics(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::UserExperienceAnalyticsWorkFromAnywhereMetric,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("userExperienceAnalyticsWorkFromAnywhereMetrics"),
        )
    }
    /// Containment navigation property `userExperienceAnalyticsWorkFromAnywhereModelPerformance` (`microsoft.graph.userExperienceAnalyticsWorkFromAnywhereModelPerformance`).
    #[inline]
    pub fn user_experience_analytics_work_from_anywhere_model_performance(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::UserExperienceAnalyticsWorkFromAnywhereModelPerformance,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self
                .node_target()
                .segment("userExperienceAnalyticsWorkFromAnywhereModelPerformance"),
        )
    }
    /// Containment navigation property `virtualEndpoint` (`microsoft.graph.virtualEndpoint`).
    #[inline]
    pub fn virtual_endpoint(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::VirtualEndpoint,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("virtualEndpoint"))
    }
    /// Containment navigation property `windowsAutopilotDeviceIdentities` (`microsoft.graph.windowsAutopilotDeviceIdentity`).
    #[inline]
    pub fn windows_autopilot_device_identities(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::WindowsAutopilotDeviceIdentity,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("windowsAutopilotDeviceIdentities"),
        )
    }
    /// Containment navigation property `windowsInformationProtectionAppLearningSummaries` (`microsoft.graph.windowsInformationProtectionAppLearningSummary`).
    #[inline]
    pub fn windows_information_protection_app_learning_summaries(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::WindowsInformationProtectionAppLearningSummary,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self
                .node_target()
                .segment("windowsInformationProtectionAppLearningSummaries"),
        )
    }
    /// Containment navigation property `windowsInformationProtectionNetworkLearningSummaries` (`microsoft.graph.windowsInformationProtectionNetworkLearningSummary`).
    #[inline]
    pub fn windows_information_protection_network_learning_summaries(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::WindowsInformationProtectionNetworkLearningSummary,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self
                .node_target()
                .segment("windowsInformationProtectionNetworkLearningSummaries"),
        )
    }
    /// Containment navigation property `windowsMalwareInformation` (`microsoft.graph.windowsMalwareInformation`).
    #[inline]
    pub fn windows_malware_information(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::WindowsMalwareInformation,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("windowsMalwareInformation"),
        )
    }
    /// Retrieves the effective permissions of the currently authenticated user
    ///
    /// `GET .../getEffectivePermissions`: function `microsoft.graph.getEffectivePermissions`.
    #[inline]
    pub fn get_effective_permissions(
        &self,
        scope: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::v1::RolePermission>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .node_target()
                .function(
                    "getEffectivePermissions",
                    &[
                        (
                            "scope",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(scope),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../userExperienceAnalyticsSummarizeWorkFromAnywhereDevices`: function `microsoft.graph.userExperienceAnalyticsSummarizeWorkFromAnywhereDevices`.
    #[inline]
    pub fn user_experience_analytics_summarize_work_from_anywhere_devices(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<
            crate::v1::UserExperienceAnalyticsWorkFromAnywhereDevicesSummary,
        >,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .node_target()
                .function(
                    "userExperienceAnalyticsSummarizeWorkFromAnywhereDevices",
                    &[],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../verifyWindowsEnrollmentAutoDiscovery`: function `microsoft.graph.verifyWindowsEnrollmentAutoDiscovery`.
    #[inline]
    pub fn verify_windows_enrollment_auto_discovery(
        &self,
        domain_name: &str,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::ValueOf<bool>> {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .node_target()
                .function(
                    "verifyWindowsEnrollmentAutoDiscovery",
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
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::DeviceManagement {
    const SEGMENT: &'static str = "microsoft.graph.deviceManagement";
}
#[cfg(msgraph_v1_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::DeviceManagementCachedReportConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.deviceManagementCachedReportConfiguration";
}
#[cfg(msgraph_v1_device_management_or_search)]
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
impl dyn crate::v1::requests::DeviceManagementExchangeConnectorPath {
    /// `POST .../sync`: action `microsoft.graph.sync`.
    #[inline]
    pub fn sync(
        &self,
        params: crate::v1::params::DeviceManagementExchangeConnectorSyncParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::v1::params::DeviceManagementExchangeConnectorSyncParams,
        >,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("sync"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::DeviceManagementExchangeConnector {
    const SEGMENT: &'static str = "microsoft.graph.deviceManagementExchangeConnector";
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::DeviceManagementExportJob {
    const SEGMENT: &'static str = "microsoft.graph.deviceManagementExportJob";
}
#[cfg(msgraph_v1_device_management_or_search)]
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
impl dyn crate::v1::requests::DeviceManagementPartnerPath {
    /// `POST .../terminate`: action `microsoft.graph.terminate`.
    #[inline]
    pub fn terminate(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("terminate"),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::DeviceManagementPartner {
    const SEGMENT: &'static str = "microsoft.graph.deviceManagementPartner";
}
#[cfg(msgraph_v1_device_management_or_search)]
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
impl dyn crate::v1::requests::DeviceManagementReportsPath {
    /// Containment navigation property `exportJobs` (`microsoft.graph.deviceManagementExportJob`).
    #[inline]
    pub fn export_jobs(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::DeviceManagementExportJob,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("exportJobs"))
    }
    /// `POST .../getCachedReport`: action `microsoft.graph.getCachedReport`.
    #[inline]
    pub fn get_cached_report(
        &self,
        params: crate::v1::params::DeviceManagementReportsGetCachedReportParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::v1::params::DeviceManagementReportsGetCachedReportParams,
        >,
        rt::request::Raw,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("getCachedReport"),
            rt::request::Json(params),
        )
    }
    /// `POST .../getCompliancePolicyNonComplianceReport`: action `microsoft.graph.getCompliancePolicyNonComplianceReport`.
    #[inline]
    pub fn get_compliance_policy_non_compliance_report(
        &self,
        params: crate::v1::params::DeviceManagementReportsGetCompliancePolicyNonComplianceReportParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::v1::params::DeviceManagementReportsGetCompliancePolicyNonComplianceReportParams,
        >,
        rt::request::Raw,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("getCompliancePolicyNonComplianceReport"),
            rt::request::Json(params),
        )
    }
    /// `POST .../getCompliancePolicyNonComplianceSummaryReport`: action `microsoft.graph.getCompliancePolicyNonComplianceSummaryReport`.
    #[inline]
    pub fn get_compliance_policy_non_compliance_summary_report(
        &self,
        params: crate::v1::params::DeviceManagementReportsGetCompliancePolicyNonComplianceSummaryReportParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::v1::params::DeviceManagementReportsGetCompliancePolicyNonComplianceSummaryReportParams,
        >,
        rt::request::Raw,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("getCompliancePolicyNonComplianceSummaryReport"),
            rt::request::Json(params),
        )
    }
    /// `POST .../getComplianceSettingNonComplianceReport`: action `microsoft.graph.getComplianceSettingNonComplianceReport`.
    #[inline]
    pub fn get_compliance_setting_non_compliance_report(
        &self,
        params: crate::v1::params::DeviceManagementReportsGetComplianceSettingNonComplianceReportParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::v1::params::DeviceManagementReportsGetComplianceSettingNonComplianceReportParams,
        >,
        rt::request::Raw,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("getComplianceSettingNonComplianceReport"),
            rt::request::Json(params),
        )
    }
    /// `POST .../getConfigurationPolicyNonComplianceReport`: action `microsoft.graph.getConfigurationPolicyNonComplianceReport`.
    #[inline]
    pub fn get_configuration_policy_non_compliance_report(
        &self,
        params: crate::v1::params::DeviceManagementReportsGetConfigurationPolicyNonComplianceReportParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::v1::params::DeviceManagementReportsGetConfigurationPolicyNonComplianceReportParams,
        >,
        rt::request::Raw,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("getConfigurationPolicyNonComplianceReport"),
            rt::request::Json(params),
        )
    }
    /// `POST .../getConfigurationPolicyNonComplianceSummaryReport`: action `microsoft.graph.getConfigurationPolicyNonComplianceSummaryReport`.
    #[inline]
    pub fn get_configuration_policy_non_compliance_summary_report(
        &self,
        params: crate::v1::params::DeviceManagementReportsGetConfigurationPolicyNonComplianceSummaryReportParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::v1::params::DeviceManagementReportsGetConfigurationPolicyNonComplianceSummaryReportParams,
        >,
        rt::request::Raw,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self
                .node_target()
                .segment("getConfigurationPolicyNonComplianceSummaryReport"),
            rt::request::Json(params),
        )
    }
    /// `POST .../getConfigurationSettingNonComplianceReport`: action `microsoft.graph.getConfigurationSettingNonComplianceReport`.
    #[inline]
    pub fn get_configuration_setting_non_compliance_report(
        &self,
        params: crate::v1::params::DeviceManagementReportsGetConfigurationSettingNonComplianceReportParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::v1::params::DeviceManagementReportsGetConfigurationSettingNonComplianceReportParams,
        >,
        rt::request::Raw,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("getConfigurationSettingNonComplianceReport"),
            rt::request::Json(params),
        )
    }
    /// `POST .../getDeviceManagementIntentPerSettingContributingProfiles`: action `microsoft.graph.getDeviceManagementIntentPerSettingContributingProfiles`.
    #[inline]
    pub fn get_device_management_intent_per_setting_contributing_profiles(
        &self,
        params: crate::v1::params::DeviceManagementReportsGetDeviceManagementIntentPerSettingContributingProfilesParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::v1::params::DeviceManagementReportsGetDeviceManagementIntentPerSettingContributingProfilesParams,
        >,
        rt::request::Raw,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self
                .node_target()
                .segment("getDeviceManagementIntentPerSettingContributingProfiles"),
            rt::request::Json(params),
        )
    }
    /// `POST .../getDeviceManagementIntentSettingsReport`: action `microsoft.graph.getDeviceManagementIntentSettingsReport`.
    #[inline]
    pub fn get_device_management_intent_settings_report(
        &self,
        params: crate::v1::params::DeviceManagementReportsGetDeviceManagementIntentSettingsReportParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::v1::params::DeviceManagementReportsGetDeviceManagementIntentSettingsReportParams,
        >,
        rt::request::Raw,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("getDeviceManagementIntentSettingsReport"),
            rt::request::Json(params),
        )
    }
    /// `POST .../getDeviceNonComplianceReport`: action `microsoft.graph.getDeviceNonComplianceReport`.
    #[inline]
    pub fn get_device_non_compliance_report(
        &self,
        params: crate::v1::params::DeviceManagementReportsGetDeviceNonComplianceReportParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::v1::params::DeviceManagementReportsGetDeviceNonComplianceReportParams,
        >,
        rt::request::Raw,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("getDeviceNonComplianceReport"),
            rt::request::Json(params),
        )
    }
    /// `POST .../getDevicesWithoutCompliancePolicyReport`: action `microsoft.graph.getDevicesWithoutCompliancePolicyReport`.
    #[inline]
    pub fn get_devices_without_compliance_policy_report(
        &self,
        params: crate::v1::params::DeviceManagementReportsGetDevicesWithoutCompliancePolicyReportParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::v1::params::DeviceManagementReportsGetDevicesWithoutCompliancePolicyReportParams,
        >,
        rt::request::Raw,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("getDevicesWithoutCompliancePolicyReport"),
            rt::request::Json(params),
        )
    }
    /// `POST .../getHistoricalReport`: action `microsoft.graph.getHistoricalReport`.
    #[inline]
    pub fn get_historical_report(
        &self,
        params: crate::v1::params::DeviceManagementReportsGetHistoricalReportParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::v1::params::DeviceManagementReportsGetHistoricalReportParams,
        >,
        rt::request::Raw,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("getHistoricalReport"),
            rt::request::Json(params),
        )
    }
    /// `POST .../getNoncompliantDevicesAndSettingsReport`: action `microsoft.graph.getNoncompliantDevicesAndSettingsReport`.
    #[inline]
    pub fn get_noncompliant_devices_and_settings_report(
        &self,
        params: crate::v1::params::DeviceManagementReportsGetNoncompliantDevicesAndSettingsReportParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::v1::params::DeviceManagementReportsGetNoncompliantDevicesAndSettingsReportParams,
        >,
        rt::request::Raw,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("getNoncompliantDevicesAndSettingsReport"),
            rt::request::Json(params),
        )
    }
    /// `POST .../getPolicyNonComplianceMetadata`: action `microsoft.graph.getPolicyNonComplianceMetadata`.
    #[inline]
    pub fn get_policy_non_compliance_metadata(
        &self,
        params: crate::v1::params::DeviceManagementReportsGetPolicyNonComplianceMetadataParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::v1::params::DeviceManagementReportsGetPolicyNonComplianceMetadataParams,
        >,
        rt::request::Raw,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("getPolicyNonComplianceMetadata"),
            rt::request::Json(params),
        )
    }
    /// `POST .../getPolicyNonComplianceReport`: action `microsoft.graph.getPolicyNonComplianceReport`.
    #[inline]
    pub fn get_policy_non_compliance_report(
        &self,
        params: crate::v1::params::DeviceManagementReportsGetPolicyNonComplianceReportParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::v1::params::DeviceManagementReportsGetPolicyNonComplianceReportParams,
        >,
        rt::request::Raw,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("getPolicyNonComplianceReport"),
            rt::request::Json(params),
        )
    }
    /// `POST .../getPolicyNonComplianceSummaryReport`: action `microsoft.graph.getPolicyNonComplianceSummaryReport`.
    #[inline]
    pub fn get_policy_non_compliance_summary_report(
        &self,
        params: crate::v1::params::DeviceManagementReportsGetPolicyNonComplianceSummaryReportParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::v1::params::DeviceManagementReportsGetPolicyNonComplianceSummaryReportParams,
        >,
        rt::request::Raw,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("getPolicyNonComplianceSummaryReport"),
            rt::request::Json(params),
        )
    }
    /// `POST .../getReportFilters`: action `microsoft.graph.getReportFilters`.
    #[inline]
    pub fn get_report_filters(
        &self,
        params: crate::v1::params::DeviceManagementReportsGetReportFiltersParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::v1::params::DeviceManagementReportsGetReportFiltersParams,
        >,
        rt::request::Raw,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("getReportFilters"),
            rt::request::Json(params),
        )
    }
    /// `POST .../getSettingNonComplianceReport`: action `microsoft.graph.getSettingNonComplianceReport`.
    #[inline]
    pub fn get_setting_non_compliance_report(
        &self,
        params: crate::v1::params::DeviceManagementReportsGetSettingNonComplianceReportParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::v1::params::DeviceManagementReportsGetSettingNonComplianceReportParams,
        >,
        rt::request::Raw,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("getSettingNonComplianceReport"),
            rt::request::Json(params),
        )
    }
    /// `POST .../retrieveDeviceAppInstallationStatusReport`: action `microsoft.graph.retrieveDeviceAppInstallationStatusReport`.
    #[inline]
    pub fn retrieve_device_app_installation_status_report(
        &self,
        params: crate::v1::params::DeviceManagementReportsRetrieveDeviceAppInstallationStatusReportParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::v1::params::DeviceManagementReportsRetrieveDeviceAppInstallationStatusReportParams,
        >,
        rt::request::Raw,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("retrieveDeviceAppInstallationStatusReport"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::DeviceManagementReports {
    const SEGMENT: &'static str = "microsoft.graph.deviceManagementReports";
}
#[cfg(msgraph_v1_core_or_device_management)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::AnyDeviceManagementTroubleshootingEvent {
    const SEGMENT: &'static str = "microsoft.graph.deviceManagementTroubleshootingEvent";
}
#[cfg(msgraph_v1_policies_or_search)]
/// Features: `v1`, or one of `v1-policies`, `v1-search`.
impl dyn crate::v1::requests::DeviceRegistrationPolicyPath {
    /// Structural property `azureADJoin` (`microsoft.graph.azureADJoinPolicy`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn azure_ad_join(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AzureAdJoinPolicy> {
        crate::path::PropertyPath::new(self.node_target().segment("azureADJoin"))
    }
    /// Structural property `azureADRegistration` (`microsoft.graph.azureADRegistrationPolicy`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn azure_ad_registration(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AzureAdRegistrationPolicy> {
        crate::path::PropertyPath::new(self.node_target().segment("azureADRegistration"))
    }
    /// Structural property `localAdminPassword` (`microsoft.graph.localAdminPasswordSettings`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn local_admin_password(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::LocalAdminPasswordSettings> {
        crate::path::PropertyPath::new(self.node_target().segment("localAdminPassword"))
    }
}
#[cfg(msgraph_v1_policies_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::DeviceRegistrationPolicy {
    const SEGMENT: &'static str = "microsoft.graph.deviceRegistrationPolicy";
}
#[cfg(msgraph_v1_directory_or_search)]
/// Features: `v1`, or one of `v1-directory`, `v1-search`.
impl dyn crate::v1::requests::DirectoryPath {
    /// Containment navigation property `administrativeUnits` (`microsoft.graph.administrativeUnit`).
    #[inline]
    pub fn administrative_units(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AdministrativeUnit,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("administrativeUnits"),
        )
    }
    /// Containment navigation property `attributeSets` (`microsoft.graph.attributeSet`).
    #[inline]
    pub fn attribute_sets(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AttributeSet,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("attributeSets"))
    }
    /// Containment navigation property `customSecurityAttributeDefinitions` (`microsoft.graph.customSecurityAttributeDefinition`).
    #[inline]
    pub fn custom_security_attribute_definitions(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::CustomSecurityAttributeDefinition,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("customSecurityAttributeDefinitions"),
        )
    }
    /// Navigation property `deletedItems` (`microsoft.graph.directoryObject`).
    #[inline]
    pub fn deleted_items(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyDirectoryObject,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("deletedItems"))
    }
    /// Containment navigation property `deviceLocalCredentials` (`microsoft.graph.deviceLocalCredentialInfo`).
    #[inline]
    pub fn device_local_credentials(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::DeviceLocalCredentialInfo,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("deviceLocalCredentials"),
        )
    }
    /// Containment navigation property `federationConfigurations` (`microsoft.graph.identityProviderBase`).
    #[inline]
    pub fn federation_configurations(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyIdentityProviderBase,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("federationConfigurations"),
        )
    }
    /// Containment navigation property `onPremisesSynchronization` (`microsoft.graph.onPremisesDirectorySynchronization`).
    #[inline]
    pub fn on_premises_synchronization(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::OnPremisesDirectorySynchronization,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("onPremisesSynchronization"),
        )
    }
    /// Containment navigation property `publicKeyInfrastructure` (`microsoft.graph.publicKeyInfrastructureRoot`).
    #[inline]
    pub fn public_key_infrastructure(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::PublicKeyInfrastructureRoot,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(
            self.node_target().segment("publicKeyInfrastructure"),
        )
    }
    /// Containment navigation property `recovery` (`microsoft.graph.entraRecoveryServices.recovery`).
    #[inline]
    pub fn recovery(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::entra_recovery_services::Recovery,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("recovery"))
    }
    /// Containment navigation property `remoteTenantGroups` (`microsoft.graph.remoteTenantGroup`).
    #[inline]
    pub fn remote_tenant_groups(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::RemoteTenantGroup,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("remoteTenantGroups"),
        )
    }
    /// Containment navigation property `subscriptions` (`microsoft.graph.companySubscription`).
    #[inline]
    pub fn subscriptions(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::CompanySubscription,
        crate::path::caps::NoCount<crate::path::caps::ListCreateUpdateDelete>,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("subscriptions"))
    }
}
#[cfg(msgraph_v1_directory_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::Directory {
    const SEGMENT: &'static str = "microsoft.graph.directory";
}
#[cfg(msgraph_v1_audit_logs_or_search)]
/// Features: `v1`, or one of `v1-audit-logs`, `v1-search`.
impl dyn crate::v1::requests::DirectoryAuditPath {
    /// Structural property `initiatedBy` (`microsoft.graph.auditActivityInitiator`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn initiated_by(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AuditActivityInitiator> {
        crate::path::PropertyPath::new(self.node_target().segment("initiatedBy"))
    }
}
#[cfg(msgraph_v1_audit_logs_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::DirectoryAudit {
    const SEGMENT: &'static str = "microsoft.graph.directoryAudit";
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::v1::requests::DirectoryDefinitionPath {
    /// `POST .../discover`: action `microsoft.graph.discover`.
    #[inline]
    pub fn discover(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::DirectoryDefinition>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("discover"),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::DirectoryDefinition {
    const SEGMENT: &'static str = "microsoft.graph.directoryDefinition";
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::v1::requests::DirectoryObjectPath {
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
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::AnyDirectoryObject {
    const SEGMENT: &'static str = "microsoft.graph.directoryObject";
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::CollectionPath<crate::v1::AnyDirectoryObject, C> {
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
impl crate::path::DerivedFrom<crate::v1::AnyDirectoryObject>
for crate::v1::DirectoryObjectPartnerReference {
    const SEGMENT: &'static str = "microsoft.graph.directoryObjectPartnerReference";
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::DirectoryObjectPartnerReference {
    const SEGMENT: &'static str = "microsoft.graph.directoryObjectPartnerReference";
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::CollectionPath<crate::v1::DirectoryObjectPartnerReference, C> {
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
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::v1::requests::DirectoryRolePath {
    /// Navigation property `members` (`microsoft.graph.directoryObject`).
    #[inline]
    pub fn members(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyDirectoryObject,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("members"))
    }
    /// Containment navigation property `scopedMembers` (`microsoft.graph.scopedRoleMembership`).
    #[inline]
    pub fn scoped_members(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::ScopedRoleMembership,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("scopedMembers"))
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
for crate::v1::DirectoryRole {
    const SEGMENT: &'static str = "microsoft.graph.directoryRole";
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::DirectoryRole {
    const SEGMENT: &'static str = "microsoft.graph.directoryRole";
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::CollectionPath<crate::v1::DirectoryRole, C> {
    /// `GET .../delta`: function `microsoft.graph.delta`.
    pub fn delta(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::v1::DirectoryRole>,
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
impl crate::path::DerivedFrom<crate::v1::AnyDirectoryObject>
for crate::v1::DirectoryRoleTemplate {
    const SEGMENT: &'static str = "microsoft.graph.directoryRoleTemplate";
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::DirectoryRoleTemplate {
    const SEGMENT: &'static str = "microsoft.graph.directoryRoleTemplate";
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::CollectionPath<crate::v1::DirectoryRoleTemplate, C> {
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
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-drives`, `v1-group-setting-templates` and 13 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::v1::requests::DocumentSetVersionPath {
    /// Structural property `createdBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn created_by(&self) -> crate::path::PropertyPath<crate::v1::AnyIdentitySet> {
        crate::path::PropertyPath::new(self.node_target().segment("createdBy"))
    }
    /// `POST .../restore`: action `microsoft.graph.restore`.
    #[inline]
    pub fn restore(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("restore"),
            rt::request::NoBody,
        )
    }
    /// Containment navigation property `fields` (`microsoft.graph.fieldValueSet`).
    #[inline]
    pub fn fields(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::FieldValueSet,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("fields"))
    }
    /// `POST .../restoreVersion`: action `microsoft.graph.restoreVersion`.
    #[inline]
    pub fn restore_version(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("restoreVersion"),
            rt::request::NoBody,
        )
    }
    /// Structural property `lastModifiedBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn last_modified_by(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AnyIdentitySet> {
        crate::path::PropertyPath::new(self.node_target().segment("lastModifiedBy"))
    }
    /// Structural property `publication` (`microsoft.graph.publicationFacet`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn publication(&self) -> crate::path::PropertyPath<crate::v1::PublicationFacet> {
        crate::path::PropertyPath::new(self.node_target().segment("publication"))
    }
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyListItemVersion>
for crate::v1::DocumentSetVersion {
    const SEGMENT: &'static str = "microsoft.graph.documentSetVersion";
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyBaseItemVersion>
for crate::v1::DocumentSetVersion {
    const SEGMENT: &'static str = "microsoft.graph.documentSetVersion";
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::DocumentSetVersion {
    const SEGMENT: &'static str = "microsoft.graph.documentSetVersion";
}
#[cfg(msgraph_v1_domains_or_search)]
/// Features: `v1`, or one of `v1-domains`, `v1-search`.
impl dyn crate::v1::requests::DomainPath {
    /// Structural property `state` (`microsoft.graph.domainState`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn state(&self) -> crate::path::PropertyPath<crate::v1::DomainState> {
        crate::path::PropertyPath::new(self.node_target().segment("state"))
    }
    #[cfg(msgraph_v1_core)]
    /// Navigation property `domainNameReferences` (`microsoft.graph.directoryObject`).
    ///
    /// Features: `v1` or `v1-search`.
    #[inline]
    pub fn domain_name_references(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyDirectoryObject,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("domainNameReferences"),
        )
    }
    /// Containment navigation property `federationConfiguration` (`microsoft.graph.internalDomainFederation`).
    #[inline]
    pub fn federation_configuration(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::InternalDomainFederation,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("federationConfiguration"),
        )
    }
    /// Navigation property `rootDomain` (`microsoft.graph.domain`).
    #[inline]
    pub fn root_domain(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::Domain,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("rootDomain"))
    }
    /// Containment navigation property `serviceConfigurationRecords` (`microsoft.graph.domainDnsRecord`).
    #[inline]
    pub fn service_configuration_records(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyDomainDnsRecord,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("serviceConfigurationRecords"),
        )
    }
    /// Containment navigation property `verificationDnsRecords` (`microsoft.graph.domainDnsRecord`).
    #[inline]
    pub fn verification_dns_records(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyDomainDnsRecord,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("verificationDnsRecords"),
        )
    }
    /// `POST .../forceDelete`: action `microsoft.graph.forceDelete`.
    #[inline]
    pub fn force_delete(
        &self,
        params: crate::v1::params::DomainForceDeleteParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::DomainForceDeleteParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("forceDelete"),
            rt::request::Json(params),
        )
    }
    /// `POST .../promote`: action `microsoft.graph.promote`.
    #[inline]
    pub fn promote(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::ValueOf<bool>> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("promote"),
            rt::request::NoBody,
        )
    }
    /// `POST .../verify`: action `microsoft.graph.verify`.
    #[inline]
    pub fn verify(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::Domain>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("verify"),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_domains_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::Domain {
    const SEGMENT: &'static str = "microsoft.graph.domain";
}
#[cfg(msgraph_v1_domain_dns_records_or_domains_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyDomainDnsRecord>
for crate::v1::DomainDnsCnameRecord {
    const SEGMENT: &'static str = "microsoft.graph.domainDnsCnameRecord";
}
#[cfg(msgraph_v1_domain_dns_records_or_domains_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::DomainDnsCnameRecord {
    const SEGMENT: &'static str = "microsoft.graph.domainDnsCnameRecord";
}
#[cfg(msgraph_v1_domain_dns_records_or_domains_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyDomainDnsRecord>
for crate::v1::DomainDnsMxRecord {
    const SEGMENT: &'static str = "microsoft.graph.domainDnsMxRecord";
}
#[cfg(msgraph_v1_domain_dns_records_or_domains_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::DomainDnsMxRecord {
    const SEGMENT: &'static str = "microsoft.graph.domainDnsMxRecord";
}
#[cfg(msgraph_v1_domain_dns_records_or_domains_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::AnyDomainDnsRecord {
    const SEGMENT: &'static str = "microsoft.graph.domainDnsRecord";
}
#[cfg(msgraph_v1_domain_dns_records_or_domains_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyDomainDnsRecord>
for crate::v1::DomainDnsSrvRecord {
    const SEGMENT: &'static str = "microsoft.graph.domainDnsSrvRecord";
}
#[cfg(msgraph_v1_domain_dns_records_or_domains_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::DomainDnsSrvRecord {
    const SEGMENT: &'static str = "microsoft.graph.domainDnsSrvRecord";
}
#[cfg(msgraph_v1_domain_dns_records_or_domains_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyDomainDnsRecord>
for crate::v1::DomainDnsTxtRecord {
    const SEGMENT: &'static str = "microsoft.graph.domainDnsTxtRecord";
}
#[cfg(msgraph_v1_domain_dns_records_or_domains_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::DomainDnsTxtRecord {
    const SEGMENT: &'static str = "microsoft.graph.domainDnsTxtRecord";
}
#[cfg(msgraph_v1_domain_dns_records_or_domains_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyDomainDnsRecord>
for crate::v1::DomainDnsUnavailableRecord {
    const SEGMENT: &'static str = "microsoft.graph.domainDnsUnavailableRecord";
}
#[cfg(msgraph_v1_domain_dns_records_or_domains_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::DomainDnsUnavailableRecord {
    const SEGMENT: &'static str = "microsoft.graph.domainDnsUnavailableRecord";
}
#[cfg(msgraph_v1_drives_or_search)]
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
impl dyn crate::v1::requests::DrivePath {
    /// Structural property `owner` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn owner(&self) -> crate::path::PropertyPath<crate::v1::AnyIdentitySet> {
        crate::path::PropertyPath::new(self.node_target().segment("owner"))
    }
    /// Structural property `quota` (`microsoft.graph.quota`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn quota(&self) -> crate::path::PropertyPath<crate::v1::Quota> {
        crate::path::PropertyPath::new(self.node_target().segment("quota"))
    }
    /// Structural property `sharePointIds` (`microsoft.graph.sharepointIds`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn share_point_ids(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::SharepointIds> {
        crate::path::PropertyPath::new(self.node_target().segment("sharePointIds"))
    }
    /// Structural property `system` (`microsoft.graph.systemFacet`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn system(&self) -> crate::path::PropertyPath<crate::v1::SystemFacet> {
        crate::path::PropertyPath::new(self.node_target().segment("system"))
    }
    /// Navigation property `bundles` (`microsoft.graph.driveItem`).
    #[inline]
    pub fn bundles(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::DriveItem,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("bundles"))
    }
    /// Navigation property `following` (`microsoft.graph.driveItem`).
    #[inline]
    pub fn following(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::DriveItem,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("following"))
    }
    /// Containment navigation property `items` (`microsoft.graph.driveItem`).
    #[inline]
    pub fn items(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::DriveItem,
        crate::path::caps::ListCreateUpdateDelete,
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
    /// Navigation property `root` (`microsoft.graph.driveItem`).
    #[inline]
    pub fn root(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::DriveItem,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("root"))
    }
    /// Navigation property `special` (`microsoft.graph.driveItem`).
    #[inline]
    pub fn special(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::DriveItem,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("special"))
    }
    /// `GET .../recent`: function `microsoft.graph.recent`.
    #[inline]
    pub fn recent(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::v1::DriveItem>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.node_target().function("recent", &[]),
            rt::request::NoBody,
        )
    }
    /// `GET .../search`: function `microsoft.graph.search`.
    #[inline]
    pub fn search(
        &self,
        q: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::v1::DriveItem>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .node_target()
                .function(
                    "search",
                    &[
                        (
                            "q",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(q),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../sharedWithMe`: function `microsoft.graph.sharedWithMe`.
    #[inline]
    pub fn shared_with_me(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::v1::DriveItem>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.node_target().function("sharedWithMe", &[]),
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
#[cfg(msgraph_v1_drives_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyBaseItem> for crate::v1::Drive {
    const SEGMENT: &'static str = "microsoft.graph.drive";
}
#[cfg(msgraph_v1_drives_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::Drive {
    const SEGMENT: &'static str = "microsoft.graph.drive";
}
#[cfg(msgraph_v1_drives_or_search)]
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
impl dyn crate::v1::requests::DriveItemPath {
    /// The `microsoft.graph.driveItem` at `path` below this item (OneDrive path addressing, `<this item>:/{path}:`),
    /// going on with its usual segments: `item_with_path("Docs/a.txt").content()` is
    /// `.../root:/Docs/a.txt:/content`.
    ///
    /// `path` is `/`-separated (one leading `/` optional) and percent-encoded segment by
    /// segment; an empty, `.` or `..` segment, or a `:` or `\` in a name, makes the request
    /// fail when built (`RequestError::InvalidItemPath`).
    #[inline]
    pub fn item_with_path(
        &self,
        path: &str,
    ) -> crate::path::EntityPath<
        crate::v1::DriveItem,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().item_path(path))
    }
    /// Structural property `audio` (`microsoft.graph.audio`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn audio(&self) -> crate::path::PropertyPath<crate::v1::Audio> {
        crate::path::PropertyPath::new(self.node_target().segment("audio"))
    }
    /// Structural property `bundle` (`microsoft.graph.bundle`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn bundle(&self) -> crate::path::PropertyPath<crate::v1::Bundle> {
        crate::path::PropertyPath::new(self.node_target().segment("bundle"))
    }
    /// Stream property `content`.
    #[inline]
    pub fn content(&self) -> crate::path::StreamPath {
        crate::path::StreamPath::new(self.node_target().segment("content"))
    }
    /// Structural property `deleted` (`microsoft.graph.deleted`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn deleted(&self) -> crate::path::PropertyPath<crate::v1::Deleted> {
        crate::path::PropertyPath::new(self.node_target().segment("deleted"))
    }
    /// Structural property `file` (`microsoft.graph.file`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn file(&self) -> crate::path::PropertyPath<crate::v1::File> {
        crate::path::PropertyPath::new(self.node_target().segment("file"))
    }
    /// Structural property `fileSystemInfo` (`microsoft.graph.fileSystemInfo`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn file_system_info(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::FileSystemInfo> {
        crate::path::PropertyPath::new(self.node_target().segment("fileSystemInfo"))
    }
    /// Structural property `folder` (`microsoft.graph.folder`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn folder(&self) -> crate::path::PropertyPath<crate::v1::Folder> {
        crate::path::PropertyPath::new(self.node_target().segment("folder"))
    }
    /// Structural property `image` (`microsoft.graph.image`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn image(&self) -> crate::path::PropertyPath<crate::v1::Image> {
        crate::path::PropertyPath::new(self.node_target().segment("image"))
    }
    /// Structural property `location` (`microsoft.graph.geoCoordinates`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn location(&self) -> crate::path::PropertyPath<crate::v1::GeoCoordinates> {
        crate::path::PropertyPath::new(self.node_target().segment("location"))
    }
    /// Structural property `malware` (`microsoft.graph.malware`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn malware(&self) -> crate::path::PropertyPath<crate::v1::Malware> {
        crate::path::PropertyPath::new(self.node_target().segment("malware"))
    }
    /// Structural property `package` (`microsoft.graph.package`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn package(&self) -> crate::path::PropertyPath<crate::v1::Package> {
        crate::path::PropertyPath::new(self.node_target().segment("package"))
    }
    /// Structural property `pendingOperations` (`microsoft.graph.pendingOperations`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn pending_operations(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::PendingOperations> {
        crate::path::PropertyPath::new(self.node_target().segment("pendingOperations"))
    }
    /// Structural property `photo` (`microsoft.graph.photo`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn photo(&self) -> crate::path::PropertyPath<crate::v1::Photo> {
        crate::path::PropertyPath::new(self.node_target().segment("photo"))
    }
    /// Structural property `publication` (`microsoft.graph.publicationFacet`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn publication(&self) -> crate::path::PropertyPath<crate::v1::PublicationFacet> {
        crate::path::PropertyPath::new(self.node_target().segment("publication"))
    }
    /// Structural property `remoteItem` (`microsoft.graph.remoteItem`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn remote_item(&self) -> crate::path::PropertyPath<crate::v1::RemoteItem> {
        crate::path::PropertyPath::new(self.node_target().segment("remoteItem"))
    }
    /// Structural property `root` (`microsoft.graph.root`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn root(&self) -> crate::path::PropertyPath<crate::v1::Root> {
        crate::path::PropertyPath::new(self.node_target().segment("root"))
    }
    /// Structural property `searchResult` (`microsoft.graph.searchResult`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn search_result(&self) -> crate::path::PropertyPath<crate::v1::SearchResult> {
        crate::path::PropertyPath::new(self.node_target().segment("searchResult"))
    }
    /// Structural property `shared` (`microsoft.graph.shared`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn shared(&self) -> crate::path::PropertyPath<crate::v1::Shared> {
        crate::path::PropertyPath::new(self.node_target().segment("shared"))
    }
    /// Structural property `sharepointIds` (`microsoft.graph.sharepointIds`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn sharepoint_ids(&self) -> crate::path::PropertyPath<crate::v1::SharepointIds> {
        crate::path::PropertyPath::new(self.node_target().segment("sharepointIds"))
    }
    /// Structural property `specialFolder` (`microsoft.graph.specialFolder`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn special_folder(&self) -> crate::path::PropertyPath<crate::v1::SpecialFolder> {
        crate::path::PropertyPath::new(self.node_target().segment("specialFolder"))
    }
    /// Structural property `video` (`microsoft.graph.video`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn video(&self) -> crate::path::PropertyPath<crate::v1::Video> {
        crate::path::PropertyPath::new(self.node_target().segment("video"))
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
    /// Navigation property `children` (`microsoft.graph.driveItem`).
    #[inline]
    pub fn children(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::DriveItem,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("children"))
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
    /// Containment navigation property `retentionLabel` (`microsoft.graph.itemRetentionLabel`).
    #[inline]
    pub fn retention_label(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::ItemRetentionLabel,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("retentionLabel"))
    }
    /// Containment navigation property `subscriptions` (`microsoft.graph.subscription`).
    #[inline]
    pub fn subscriptions(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::Subscription,
        crate::path::caps::NoCount<crate::path::caps::ListCreateUpdateDelete>,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("subscriptions"))
    }
    /// Containment navigation property `thumbnails` (`microsoft.graph.thumbnailSet`).
    #[inline]
    pub fn thumbnails(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::ThumbnailSet,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("thumbnails"))
    }
    /// Containment navigation property `versions` (`microsoft.graph.driveItemVersion`).
    #[inline]
    pub fn versions(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::DriveItemVersion,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("versions"))
    }
    /// Containment navigation property `workbook` (`microsoft.graph.workbook`).
    #[inline]
    pub fn workbook(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::Workbook,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("workbook"))
    }
    /// `POST .../assignSensitivityLabel`: action `microsoft.graph.assignSensitivityLabel`.
    #[inline]
    pub fn assign_sensitivity_label(
        &self,
        params: crate::v1::params::DriveItemAssignSensitivityLabelParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::DriveItemAssignSensitivityLabelParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("assignSensitivityLabel"),
            rt::request::Json(params),
        )
    }
    /// `POST .../checkin`: action `microsoft.graph.checkin`.
    #[inline]
    pub fn checkin(
        &self,
        params: crate::v1::params::DriveItemCheckinParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::DriveItemCheckinParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("checkin"),
            rt::request::Json(params),
        )
    }
    /// `POST .../checkout`: action `microsoft.graph.checkout`.
    #[inline]
    pub fn checkout(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("checkout"),
            rt::request::NoBody,
        )
    }
    /// `POST .../copy`: action `microsoft.graph.copy`.
    #[inline]
    pub fn copy(
        &self,
        params: crate::v1::params::DriveItemCopyParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::DriveItemCopyParams>,
        rt::request::Entity<crate::v1::DriveItem>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("copy"),
            rt::request::Json(params),
        )
    }
    /// `POST .../createLink`: action `microsoft.graph.createLink`.
    #[inline]
    pub fn create_link(
        &self,
        params: crate::v1::params::DriveItemCreateLinkParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::DriveItemCreateLinkParams>,
        rt::request::Entity<crate::v1::Permission>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("createLink"),
            rt::request::Json(params),
        )
    }
    /// `POST .../createUploadSession`: action `microsoft.graph.createUploadSession`.
    #[inline]
    pub fn create_upload_session(
        &self,
        params: crate::v1::params::DriveItemCreateUploadSessionParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::DriveItemCreateUploadSessionParams>,
        rt::request::Entity<crate::v1::UploadSession>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("createUploadSession"),
            rt::request::Json(params),
        )
    }
    /// `GET .../delta`: function `microsoft.graph.delta`.
    #[inline]
    pub fn delta(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::v1::DriveItem>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.node_target().function("delta", &[]),
            rt::request::NoBody,
        )
    }
    /// `GET .../delta`: function `microsoft.graph.delta`.
    #[inline]
    pub fn delta_2(
        &self,
        token: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::v1::DriveItem>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .node_target()
                .function(
                    "delta",
                    &[
                        (
                            "token",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(token),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `POST .../discardCheckout`: action `microsoft.graph.discardCheckout`.
    #[inline]
    pub fn discard_checkout(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("discardCheckout"),
            rt::request::NoBody,
        )
    }
    /// `POST .../extractSensitivityLabels`: action `microsoft.graph.extractSensitivityLabels`.
    #[inline]
    pub fn extract_sensitivity_labels(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::ExtractSensitivityLabelsResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("extractSensitivityLabels"),
            rt::request::NoBody,
        )
    }
    /// `POST .../follow`: action `microsoft.graph.follow`.
    #[inline]
    pub fn follow(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::DriveItem>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("follow"),
            rt::request::NoBody,
        )
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
    /// `POST .../invite`: action `microsoft.graph.invite`.
    #[inline]
    pub fn invite(
        &self,
        params: crate::v1::params::DriveItemInviteParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::DriveItemInviteParams>,
        rt::request::Collection<crate::v1::Permission>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("invite"),
            rt::request::Json(params),
        )
    }
    /// `POST .../permanentDelete`: action `microsoft.graph.permanentDelete`.
    #[inline]
    pub fn permanent_delete(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("permanentDelete"),
            rt::request::NoBody,
        )
    }
    /// `POST .../preview`: action `microsoft.graph.preview`.
    #[inline]
    pub fn preview(
        &self,
        params: crate::v1::params::DriveItemPreviewParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::DriveItemPreviewParams>,
        rt::request::Entity<crate::v1::ItemPreviewInfo>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("preview"),
            rt::request::Json(params),
        )
    }
    /// `POST .../restore`: action `microsoft.graph.restore`.
    #[inline]
    pub fn restore(
        &self,
        params: crate::v1::params::DriveItemRestoreParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::DriveItemRestoreParams>,
        rt::request::Entity<crate::v1::DriveItem>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("restore"),
            rt::request::Json(params),
        )
    }
    /// `GET .../search`: function `microsoft.graph.search`.
    #[inline]
    pub fn search(
        &self,
        q: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::v1::DriveItem>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .node_target()
                .function(
                    "search",
                    &[
                        (
                            "q",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(q),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `POST .../unfollow`: action `microsoft.graph.unfollow`.
    #[inline]
    pub fn unfollow(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("unfollow"),
            rt::request::NoBody,
        )
    }
    /// `POST .../validatePermission`: action `microsoft.graph.validatePermission`.
    #[inline]
    pub fn validate_permission(
        &self,
        params: crate::v1::params::DriveItemValidatePermissionParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::DriveItemValidatePermissionParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("validatePermission"),
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
#[cfg(msgraph_v1_drives_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyBaseItem> for crate::v1::DriveItem {
    const SEGMENT: &'static str = "microsoft.graph.driveItem";
}
#[cfg(msgraph_v1_drives_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::DriveItem {
    const SEGMENT: &'static str = "microsoft.graph.driveItem";
}
#[cfg(msgraph_v1_drives_or_search)]
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
impl dyn crate::v1::requests::DriveItemVersionPath {
    /// Stream property `content`.
    #[inline]
    pub fn content(&self) -> crate::path::StreamPath {
        crate::path::StreamPath::new(self.node_target().segment("content"))
    }
    /// `POST .../restoreVersion`: action `microsoft.graph.restoreVersion`.
    #[inline]
    pub fn restore_version(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("restoreVersion"),
            rt::request::NoBody,
        )
    }
    /// Structural property `lastModifiedBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn last_modified_by(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AnyIdentitySet> {
        crate::path::PropertyPath::new(self.node_target().segment("lastModifiedBy"))
    }
    /// Structural property `publication` (`microsoft.graph.publicationFacet`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn publication(&self) -> crate::path::PropertyPath<crate::v1::PublicationFacet> {
        crate::path::PropertyPath::new(self.node_target().segment("publication"))
    }
}
#[cfg(msgraph_v1_drives_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyBaseItemVersion>
for crate::v1::DriveItemVersion {
    const SEGMENT: &'static str = "microsoft.graph.driveItemVersion";
}
#[cfg(msgraph_v1_drives_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::DriveItemVersion {
    const SEGMENT: &'static str = "microsoft.graph.driveItemVersion";
}
#[cfg(msgraph_v1_search_or_solutions)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyProtectionRuleBase>
for crate::v1::DriveProtectionRule {
    const SEGMENT: &'static str = "microsoft.graph.driveProtectionRule";
}
#[cfg(msgraph_v1_search_or_solutions)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::DriveProtectionRule {
    const SEGMENT: &'static str = "microsoft.graph.driveProtectionRule";
}
#[cfg(msgraph_v1_search_or_solutions)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyProtectionUnitBase>
for crate::v1::DriveProtectionUnit {
    const SEGMENT: &'static str = "microsoft.graph.driveProtectionUnit";
}
#[cfg(msgraph_v1_search_or_solutions)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::DriveProtectionUnit {
    const SEGMENT: &'static str = "microsoft.graph.driveProtectionUnit";
}
#[cfg(msgraph_v1_search_or_solutions)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyProtectionUnitsBulkJobBase>
for crate::v1::DriveProtectionUnitsBulkAdditionJob {
    const SEGMENT: &'static str = "microsoft.graph.driveProtectionUnitsBulkAdditionJob";
}
#[cfg(msgraph_v1_search_or_solutions)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::DriveProtectionUnitsBulkAdditionJob {
    const SEGMENT: &'static str = "microsoft.graph.driveProtectionUnitsBulkAdditionJob";
}
#[cfg(msgraph_v1_search_or_solutions)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyRestoreArtifactBase>
for crate::v1::DriveRestoreArtifact {
    const SEGMENT: &'static str = "microsoft.graph.driveRestoreArtifact";
}
#[cfg(msgraph_v1_search_or_solutions)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::DriveRestoreArtifact {
    const SEGMENT: &'static str = "microsoft.graph.driveRestoreArtifact";
}
#[cfg(msgraph_v1_search_or_solutions)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyRestoreArtifactsBulkRequestBase>
for crate::v1::DriveRestoreArtifactsBulkAdditionRequest {
    const SEGMENT: &'static str = "microsoft.graph.driveRestoreArtifactsBulkAdditionRequest";
}
#[cfg(msgraph_v1_search_or_solutions)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::DriveRestoreArtifactsBulkAdditionRequest {
    const SEGMENT: &'static str = "microsoft.graph.driveRestoreArtifactsBulkAdditionRequest";
}
#[cfg(msgraph_v1_search_or_security)]
/// Features: `v1`, or one of `v1-search`, `v1-security`.
impl dyn crate::v1::requests::security::DataSetPath {
    /// Structural property `createdBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn created_by(&self) -> crate::path::PropertyPath<crate::v1::AnyIdentitySet> {
        crate::path::PropertyPath::new(self.node_target().segment("createdBy"))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::security::AnyDataSet {
    const SEGMENT: &'static str = "microsoft.graph.security.dataSet";
}
#[cfg(msgraph_v1_search_or_security)]
/// Features: `v1`, or one of `v1-search`, `v1-security`.
impl dyn crate::v1::requests::security::DataSourcePath {
    /// Structural property `createdBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn created_by(&self) -> crate::path::PropertyPath<crate::v1::AnyIdentitySet> {
        crate::path::PropertyPath::new(self.node_target().segment("createdBy"))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::security::AnyDataSource {
    const SEGMENT: &'static str = "microsoft.graph.security.dataSource";
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::security::AnyDataSourceContainer {
    const SEGMENT: &'static str = "microsoft.graph.security.dataSourceContainer";
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::security::AnyFilePlanDescriptorTemplate>
for crate::v1::security::DepartmentTemplate {
    const SEGMENT: &'static str = "microsoft.graph.security.departmentTemplate";
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::security::DepartmentTemplate {
    const SEGMENT: &'static str = "microsoft.graph.security.departmentTemplate";
}
