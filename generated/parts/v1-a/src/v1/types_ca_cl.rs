//! Types of `microsoft.graph` by the first letters of their names (`ca_cl`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
/// CSDL: `microsoft.graph.calculatedColumn`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-drives`, `v1-group-setting-templates` and 14 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct CalculatedColumn {
    /// CSDL: property `format`: `Edm.String`, nullable.
    pub format: rt::Field<::std::string::String>,
    /// CSDL: property `formula`: `Edm.String`, nullable.
    pub formula: rt::Field<::std::string::String>,
    /// CSDL: property `outputType`: `Edm.String`, nullable.
    pub output_type: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
impl ::std::default::Default for CalculatedColumn {
    #[inline]
    fn default() -> Self {
        Self {
            format: rt::Field::Absent,
            formula: rt::Field::Absent,
            output_type: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
impl rt::Object for CalculatedColumn {
    const TYPE_NAME: &'static str = "microsoft.graph.calculatedColumn";
    const KEYS: &'static [&'static str] = &["format", "formula", "outputType"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"format\":                       ",
        ",\"formula\":                      ",
        ",\"outputType\":                   ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.calculatedColumn\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "format", &self.format);
        v.field(1usize, "formula", &self.formula);
        v.field(2usize, "output_type", &self.output_type);
    }
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
impl rt::object::Members for CalculatedColumn {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.format.read_from(r),
            1usize => self.formula.read_from(r),
            2usize => self.output_type.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.format);
        w.field(1usize, &self.formula);
        w.field(2usize, &self.output_type);
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
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
rt::impl_object!(CalculatedColumn);
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
rt::impl_setters!(
    CalculatedColumn { with_format format : ::std::string::String; with_formula formula :
    ::std::string::String; with_output_type output_type : ::std::string::String; }
);
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
#[cfg(feature = "serde")]
rt::impl_serde!(CalculatedColumn);
#[cfg(msgraph_v1_communications_or_search)]
/// CSDL: `microsoft.graph.call`, entity type, derived from `microsoft.graph.entity`, open, key `id`.
///
/// Request builders: [`CallPath`](requests/trait.CallPath.html), what a path to one (`EntityPath<Call, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-communications`, `v1-search`.
#[derive(Clone)]
pub struct Call {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `callbackUri`: `Edm.String`, not nullable.
    pub callback_uri: rt::Field<::std::string::String>,
    /// CSDL: property `callChainId`: `Edm.String`, nullable.
    pub call_chain_id: rt::Field<::std::string::String>,
    /// CSDL: property `callOptions`: `microsoft.graph.callOptions`, nullable.
    pub call_options: rt::Field<crate::v1::AnyCallOptions>,
    /// CSDL: property `callRoutes`: `Collection(microsoft.graph.callRoute)`, nullable.
    pub call_routes: rt::Field<::std::vec::Vec<crate::v1::CallRoute>>,
    /// CSDL: property `chatInfo`: `microsoft.graph.chatInfo`, nullable.
    pub chat_info: rt::Field<crate::v1::ChatInfo>,
    /// CSDL: property `direction`: `microsoft.graph.callDirection`, nullable.
    pub direction: rt::Field<crate::v1::CallDirection>,
    /// CSDL: property `incomingContext`: `microsoft.graph.incomingContext`, nullable.
    pub incoming_context: rt::Field<crate::v1::IncomingContext>,
    /// CSDL: property `mediaConfig`: `microsoft.graph.mediaConfig`, nullable.
    pub media_config: rt::Field<crate::v1::AnyMediaConfig>,
    /// CSDL: property `mediaState`: `microsoft.graph.callMediaState`, nullable.
    pub media_state: rt::Field<crate::v1::CallMediaState>,
    /// CSDL: property `meetingInfo`: `microsoft.graph.meetingInfo`, nullable.
    pub meeting_info: rt::Field<crate::v1::AnyMeetingInfo>,
    /// CSDL: property `myParticipantId`: `Edm.String`, nullable.
    pub my_participant_id: rt::Field<::std::string::String>,
    /// CSDL: property `requestedModalities`: `Collection(microsoft.graph.modality)`, nullable.
    pub requested_modalities: rt::Field<::std::vec::Vec<crate::v1::Modality>>,
    /// CSDL: property `resultInfo`: `microsoft.graph.resultInfo`, nullable.
    pub result_info: rt::Field<crate::v1::ResultInfo>,
    /// CSDL: property `source`: `microsoft.graph.participantInfo`, nullable.
    pub source: rt::Field<crate::v1::ParticipantInfo>,
    /// CSDL: property `state`: `microsoft.graph.callState`, nullable.
    pub state: rt::Field<crate::v1::CallState>,
    /// CSDL: property `subject`: `Edm.String`, nullable.
    pub subject: rt::Field<::std::string::String>,
    /// CSDL: property `targets`: `Collection(microsoft.graph.invitationParticipantInfo)`, nullable.
    pub targets: rt::Field<::std::vec::Vec<crate::v1::InvitationParticipantInfo>>,
    /// CSDL: property `tenantId`: `Edm.String`, nullable.
    pub tenant_id: rt::Field<::std::string::String>,
    /// CSDL: property `toneInfo`: `microsoft.graph.toneInfo`, nullable.
    pub tone_info: rt::Field<crate::v1::ToneInfo>,
    /// CSDL: property `transcription`: `microsoft.graph.callTranscriptionInfo`, nullable.
    pub transcription: rt::Field<crate::v1::CallTranscriptionInfo>,
    /// CSDL: containment navigation property `audioRoutingGroups`: `Collection(microsoft.graph.audioRoutingGroup)`, not nullable.
    pub audio_routing_groups: rt::Field<::std::vec::Vec<crate::v1::AudioRoutingGroup>>,
    /// CSDL: containment navigation property `contentSharingSessions`: `Collection(microsoft.graph.contentSharingSession)`, not nullable.
    pub content_sharing_sessions: rt::Field<
        ::std::vec::Vec<crate::v1::ContentSharingSession>,
    >,
    /// CSDL: containment navigation property `operations`: `Collection(microsoft.graph.commsOperation)`, not nullable.
    pub operations: rt::Field<::std::vec::Vec<crate::v1::AnyCommsOperation>>,
    /// CSDL: containment navigation property `participants`: `Collection(microsoft.graph.participant)`, not nullable.
    pub participants: rt::Field<::std::vec::Vec<crate::v1::Participant>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_communications_or_search)]
impl ::std::default::Default for Call {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            callback_uri: rt::Field::Absent,
            call_chain_id: rt::Field::Absent,
            call_options: rt::Field::Absent,
            call_routes: rt::Field::Absent,
            chat_info: rt::Field::Absent,
            direction: rt::Field::Absent,
            incoming_context: rt::Field::Absent,
            media_config: rt::Field::Absent,
            media_state: rt::Field::Absent,
            meeting_info: rt::Field::Absent,
            my_participant_id: rt::Field::Absent,
            requested_modalities: rt::Field::Absent,
            result_info: rt::Field::Absent,
            source: rt::Field::Absent,
            state: rt::Field::Absent,
            subject: rt::Field::Absent,
            targets: rt::Field::Absent,
            tenant_id: rt::Field::Absent,
            tone_info: rt::Field::Absent,
            transcription: rt::Field::Absent,
            audio_routing_groups: rt::Field::Absent,
            content_sharing_sessions: rt::Field::Absent,
            operations: rt::Field::Absent,
            participants: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_communications_or_search)]
impl rt::Object for Call {
    const TYPE_NAME: &'static str = "microsoft.graph.call";
    const KEYS: &'static [&'static str] = &[
        "id",
        "callbackUri",
        "callChainId",
        "callOptions",
        "callRoutes",
        "chatInfo",
        "direction",
        "incomingContext",
        "mediaConfig",
        "mediaState",
        "meetingInfo",
        "myParticipantId",
        "requestedModalities",
        "resultInfo",
        "source",
        "state",
        "subject",
        "targets",
        "tenantId",
        "toneInfo",
        "transcription",
        "audioRoutingGroups",
        "contentSharingSessions",
        "operations",
        "participants",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"callbackUri\":                  ",
        ",\"callChainId\":                  ",
        ",\"callOptions\":                  ",
        ",\"callRoutes\":                   ",
        ",\"chatInfo\":                     ",
        ",\"direction\":                    ",
        ",\"incomingContext\":              ",
        ",\"mediaConfig\":                  ",
        ",\"mediaState\":                   ",
        ",\"meetingInfo\":                  ",
        ",\"myParticipantId\":              ",
        ",\"requestedModalities\":          ",
        ",\"resultInfo\":                   ",
        ",\"source\":                       ",
        ",\"state\":                        ",
        ",\"subject\":                      ",
        ",\"targets\":                      ",
        ",\"tenantId\":                     ",
        ",\"toneInfo\":                     ",
        ",\"transcription\":                ",
        ",\"audioRoutingGroups\":           ",
        ",\"contentSharingSessions\":       ",
        ",\"operations\":                   ",
        ",\"participants\":                 ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.call\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "callback_uri", &self.callback_uri);
        v.field(2usize, "call_chain_id", &self.call_chain_id);
        v.field(3usize, "call_options", &self.call_options);
        v.field(4usize, "call_routes", &self.call_routes);
        v.field(5usize, "chat_info", &self.chat_info);
        v.field(6usize, "direction", &self.direction);
        v.field(7usize, "incoming_context", &self.incoming_context);
        v.field(8usize, "media_config", &self.media_config);
        v.field(9usize, "media_state", &self.media_state);
        v.field(10usize, "meeting_info", &self.meeting_info);
        v.field(11usize, "my_participant_id", &self.my_participant_id);
        v.field(12usize, "requested_modalities", &self.requested_modalities);
        v.field(13usize, "result_info", &self.result_info);
        v.field(14usize, "source", &self.source);
        v.field(15usize, "state", &self.state);
        v.field(16usize, "subject", &self.subject);
        v.field(17usize, "targets", &self.targets);
        v.field(18usize, "tenant_id", &self.tenant_id);
        v.field(19usize, "tone_info", &self.tone_info);
        v.field(20usize, "transcription", &self.transcription);
        v.field(21usize, "audio_routing_groups", &self.audio_routing_groups);
        v.field(22usize, "content_sharing_sessions", &self.content_sharing_sessions);
        v.field(23usize, "operations", &self.operations);
        v.field(24usize, "participants", &self.participants);
    }
}
#[cfg(msgraph_v1_communications_or_search)]
impl rt::object::Members for Call {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.callback_uri.read_from(r),
            2usize => self.call_chain_id.read_from(r),
            3usize => self.call_options.read_from(r),
            4usize => self.call_routes.read_from(r),
            5usize => self.chat_info.read_from(r),
            6usize => self.direction.read_from(r),
            7usize => self.incoming_context.read_from(r),
            8usize => self.media_config.read_from(r),
            9usize => self.media_state.read_from(r),
            10usize => self.meeting_info.read_from(r),
            11usize => self.my_participant_id.read_from(r),
            12usize => self.requested_modalities.read_from(r),
            13usize => self.result_info.read_from(r),
            14usize => self.source.read_from(r),
            15usize => self.state.read_from(r),
            16usize => self.subject.read_from(r),
            17usize => self.targets.read_from(r),
            18usize => self.tenant_id.read_from(r),
            19usize => self.tone_info.read_from(r),
            20usize => self.transcription.read_from(r),
            21usize => self.audio_routing_groups.read_from(r),
            22usize => self.content_sharing_sessions.read_from(r),
            23usize => self.operations.read_from(r),
            24usize => self.participants.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.callback_uri);
        w.field(2usize, &self.call_chain_id);
        w.field(3usize, &self.call_options);
        w.field(4usize, &self.call_routes);
        w.field(5usize, &self.chat_info);
        w.field(6usize, &self.direction);
        w.field(7usize, &self.incoming_context);
        w.field(8usize, &self.media_config);
        w.field(9usize, &self.media_state);
        w.field(10usize, &self.meeting_info);
        w.field(11usize, &self.my_participant_id);
        w.field(12usize, &self.requested_modalities);
        w.field(13usize, &self.result_info);
        w.field(14usize, &self.source);
        w.field(15usize, &self.state);
        w.field(16usize, &self.subject);
        w.field(17usize, &self.targets);
        w.field(18usize, &self.tenant_id);
        w.field(19usize, &self.tone_info);
        w.field(20usize, &self.transcription);
        w.field(21usize, &self.audio_routing_groups);
        w.field(22usize, &self.content_sharing_sessions);
        w.field(23usize, &self.operations);
        w.field(24usize, &self.participants);
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
#[cfg(msgraph_v1_communications_or_search)]
rt::impl_object!(Call);
#[cfg(msgraph_v1_communications_or_search)]
rt::impl_setters!(
    Call { with_id id : ::std::string::String; with_callback_uri callback_uri :
    ::std::string::String; with_call_chain_id call_chain_id : ::std::string::String;
    with_call_options call_options : crate ::v1::AnyCallOptions; with_call_routes
    call_routes : ::std::vec::Vec < crate ::v1::CallRoute >; with_chat_info chat_info :
    crate ::v1::ChatInfo; with_direction direction : crate ::v1::CallDirection;
    with_incoming_context incoming_context : crate ::v1::IncomingContext;
    with_media_config media_config : crate ::v1::AnyMediaConfig; with_media_state
    media_state : crate ::v1::CallMediaState; with_meeting_info meeting_info : crate
    ::v1::AnyMeetingInfo; with_my_participant_id my_participant_id :
    ::std::string::String; with_requested_modalities requested_modalities :
    ::std::vec::Vec < crate ::v1::Modality >; with_result_info result_info : crate
    ::v1::ResultInfo; with_source source : crate ::v1::ParticipantInfo; with_state state
    : crate ::v1::CallState; with_subject subject : ::std::string::String; with_targets
    targets : ::std::vec::Vec < crate ::v1::InvitationParticipantInfo >; with_tenant_id
    tenant_id : ::std::string::String; with_tone_info tone_info : crate ::v1::ToneInfo;
    with_transcription transcription : crate ::v1::CallTranscriptionInfo;
    with_audio_routing_groups audio_routing_groups : ::std::vec::Vec < crate
    ::v1::AudioRoutingGroup >; with_content_sharing_sessions content_sharing_sessions :
    ::std::vec::Vec < crate ::v1::ContentSharingSession >; with_operations operations :
    ::std::vec::Vec < crate ::v1::AnyCommsOperation >; with_participants participants :
    ::std::vec::Vec < crate ::v1::Participant >; }
);
#[cfg(msgraph_v1_communications_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(Call);
#[cfg(msgraph_v1_copilot_or_search)]
/// CSDL: `microsoft.graph.callAiInsight`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`CallAiInsightPath`](requests/trait.CallAiInsightPath.html), what a path to one (`EntityPath<CallAiInsight, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-copilot`, `v1-search`.
#[derive(Clone)]
pub struct CallAiInsight {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `actionItems`: `Collection(microsoft.graph.actionItem)`, nullable.
    pub action_items: rt::Field<::std::vec::Vec<crate::v1::ActionItem>>,
    /// CSDL: property `callId`: `Edm.String`, nullable.
    pub call_id: rt::Field<::std::string::String>,
    /// CSDL: property `contentCorrelationId`: `Edm.String`, nullable.
    pub content_correlation_id: rt::Field<::std::string::String>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `endDateTime`: `Edm.DateTimeOffset`, nullable.
    pub end_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `meetingNotes`: `Collection(microsoft.graph.meetingNote)`, nullable.
    pub meeting_notes: rt::Field<::std::vec::Vec<crate::v1::MeetingNote>>,
    /// CSDL: property `viewpoint`: `microsoft.graph.callAiInsightViewPoint`, nullable.
    pub viewpoint: rt::Field<crate::v1::CallAiInsightViewPoint>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_copilot_or_search)]
impl ::std::default::Default for CallAiInsight {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            action_items: rt::Field::Absent,
            call_id: rt::Field::Absent,
            content_correlation_id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            end_date_time: rt::Field::Absent,
            meeting_notes: rt::Field::Absent,
            viewpoint: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_copilot_or_search)]
impl rt::Object for CallAiInsight {
    const TYPE_NAME: &'static str = "microsoft.graph.callAiInsight";
    const KEYS: &'static [&'static str] = &[
        "id",
        "actionItems",
        "callId",
        "contentCorrelationId",
        "createdDateTime",
        "endDateTime",
        "meetingNotes",
        "viewpoint",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"actionItems\":                  ",
        ",\"callId\":                       ",
        ",\"contentCorrelationId\":         ",
        ",\"createdDateTime\":              ",
        ",\"endDateTime\":                  ",
        ",\"meetingNotes\":                 ",
        ",\"viewpoint\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.callAiInsight\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "action_items", &self.action_items);
        v.field(2usize, "call_id", &self.call_id);
        v.field(3usize, "content_correlation_id", &self.content_correlation_id);
        v.field(4usize, "created_date_time", &self.created_date_time);
        v.field(5usize, "end_date_time", &self.end_date_time);
        v.field(6usize, "meeting_notes", &self.meeting_notes);
        v.field(7usize, "viewpoint", &self.viewpoint);
    }
}
#[cfg(msgraph_v1_copilot_or_search)]
impl rt::object::Members for CallAiInsight {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.action_items.read_from(r),
            2usize => self.call_id.read_from(r),
            3usize => self.content_correlation_id.read_from(r),
            4usize => self.created_date_time.read_from(r),
            5usize => self.end_date_time.read_from(r),
            6usize => self.meeting_notes.read_from(r),
            7usize => self.viewpoint.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.action_items);
        w.field(2usize, &self.call_id);
        w.field(3usize, &self.content_correlation_id);
        w.field(4usize, &self.created_date_time);
        w.field(5usize, &self.end_date_time);
        w.field(6usize, &self.meeting_notes);
        w.field(7usize, &self.viewpoint);
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
#[cfg(msgraph_v1_copilot_or_search)]
rt::impl_object!(CallAiInsight);
#[cfg(msgraph_v1_copilot_or_search)]
rt::impl_setters!(
    CallAiInsight { with_id id : ::std::string::String; with_action_items action_items :
    ::std::vec::Vec < crate ::v1::ActionItem >; with_call_id call_id :
    ::std::string::String; with_content_correlation_id content_correlation_id :
    ::std::string::String; with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_end_date_time end_date_time : rt::edm::DateTimeOffset;
    with_meeting_notes meeting_notes : ::std::vec::Vec < crate ::v1::MeetingNote >;
    with_viewpoint viewpoint : crate ::v1::CallAiInsightViewPoint; }
);
#[cfg(msgraph_v1_copilot_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(CallAiInsight);
#[cfg(msgraph_v1_copilot_or_search)]
/// CSDL: `microsoft.graph.callAiInsightViewPoint`, complex type.
///
/// Features: `v1`, or one of `v1-copilot`, `v1-search`.
#[derive(Clone)]
pub struct CallAiInsightViewPoint {
    /// CSDL: property `mentionEvents`: `Collection(microsoft.graph.mentionEvent)`, nullable.
    pub mention_events: rt::Field<::std::vec::Vec<crate::v1::MentionEvent>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_copilot_or_search)]
impl ::std::default::Default for CallAiInsightViewPoint {
    #[inline]
    fn default() -> Self {
        Self {
            mention_events: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_copilot_or_search)]
impl rt::Object for CallAiInsightViewPoint {
    const TYPE_NAME: &'static str = "microsoft.graph.callAiInsightViewPoint";
    const KEYS: &'static [&'static str] = &["mentionEvents"];
    const KEYS_JSON: &'static [&'static str] = &[",\"mentionEvents\":                "];
    const TAG: &'static str = "\"#microsoft.graph.callAiInsightViewPoint\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "mention_events", &self.mention_events);
    }
}
#[cfg(msgraph_v1_copilot_or_search)]
impl rt::object::Members for CallAiInsightViewPoint {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.mention_events.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.mention_events);
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
#[cfg(msgraph_v1_copilot_or_search)]
rt::impl_object!(CallAiInsightViewPoint);
#[cfg(msgraph_v1_copilot_or_search)]
rt::impl_setters!(
    CallAiInsightViewPoint { with_mention_events mention_events : ::std::vec::Vec < crate
    ::v1::MentionEvent >; }
);
#[cfg(msgraph_v1_copilot_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(CallAiInsightViewPoint);
#[cfg(msgraph_v1_communications_or_search)]
/// CSDL: `microsoft.graph.callDirection`, enum type.
///
/// Features: `v1`, or one of `v1-communications`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum CallDirection {
    /// `incoming` (value 0).
    Incoming,
    /// `outgoing` (value 1).
    Outgoing,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_communications_or_search)]
impl rt::StrEnum for CallDirection {
    const TYPE_NAME: &'static str = "microsoft.graph.callDirection";
    const MEMBERS: &'static [&'static str] = &["incoming", "outgoing"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "incoming" => Self::Incoming,
                "outgoing" => Self::Outgoing,
                _ => return ::std::option::Option::None,
            },
        )
    }
    #[inline]
    fn unrecognized(s: ::std::string::String) -> Self {
        Self::Unrecognized(s)
    }
    #[inline]
    fn as_str(&self) -> &str {
        match self {
            Self::Incoming => "incoming",
            Self::Outgoing => "outgoing",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_communications_or_search)]
rt::impl_enum!(CallDirection);
#[cfg(msgraph_v1_communications_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(CallDirection);
#[cfg(msgraph_v1_core_or_teamwork)]
/// CSDL: `microsoft.graph.callEndedEventMessageDetail`, complex type, derived from `microsoft.graph.eventMessageDetail`.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct CallEndedEventMessageDetail {
    /// CSDL: property `callDuration`: `Edm.Duration`, nullable.
    pub call_duration: rt::Field<rt::edm::Duration>,
    /// CSDL: property `callEventType`: `microsoft.graph.teamworkCallEventType`, nullable.
    pub call_event_type: rt::Field<crate::v1::TeamworkCallEventType>,
    /// CSDL: property `callId`: `Edm.String`, nullable.
    pub call_id: rt::Field<::std::string::String>,
    /// CSDL: property `callParticipants`: `Collection(microsoft.graph.callParticipantInfo)`, nullable.
    pub call_participants: rt::Field<::std::vec::Vec<crate::v1::CallParticipantInfo>>,
    /// CSDL: property `initiator`: `microsoft.graph.identitySet`, nullable.
    pub initiator: rt::Field<crate::v1::AnyIdentitySet>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl ::std::default::Default for CallEndedEventMessageDetail {
    #[inline]
    fn default() -> Self {
        Self {
            call_duration: rt::Field::Absent,
            call_event_type: rt::Field::Absent,
            call_id: rt::Field::Absent,
            call_participants: rt::Field::Absent,
            initiator: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl rt::Object for CallEndedEventMessageDetail {
    const TYPE_NAME: &'static str = "microsoft.graph.callEndedEventMessageDetail";
    const KEYS: &'static [&'static str] = &[
        "callDuration",
        "callEventType",
        "callId",
        "callParticipants",
        "initiator",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"callDuration\":                 ",
        ",\"callEventType\":                ",
        ",\"callId\":                       ",
        ",\"callParticipants\":             ",
        ",\"initiator\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.callEndedEventMessageDetail\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "call_duration", &self.call_duration);
        v.field(1usize, "call_event_type", &self.call_event_type);
        v.field(2usize, "call_id", &self.call_id);
        v.field(3usize, "call_participants", &self.call_participants);
        v.field(4usize, "initiator", &self.initiator);
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl rt::object::Members for CallEndedEventMessageDetail {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.call_duration.read_from(r),
            1usize => self.call_event_type.read_from(r),
            2usize => self.call_id.read_from(r),
            3usize => self.call_participants.read_from(r),
            4usize => self.initiator.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.call_duration);
        w.field(1usize, &self.call_event_type);
        w.field(2usize, &self.call_id);
        w.field(3usize, &self.call_participants);
        w.field(4usize, &self.initiator);
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
#[cfg(msgraph_v1_core_or_teamwork)]
rt::impl_object!(CallEndedEventMessageDetail);
#[cfg(msgraph_v1_core_or_teamwork)]
rt::impl_setters!(
    CallEndedEventMessageDetail { with_call_duration call_duration : rt::edm::Duration;
    with_call_event_type call_event_type : crate ::v1::TeamworkCallEventType;
    with_call_id call_id : ::std::string::String; with_call_participants
    call_participants : ::std::vec::Vec < crate ::v1::CallParticipantInfo >;
    with_initiator initiator : crate ::v1::AnyIdentitySet; }
);
#[cfg(msgraph_v1_core_or_teamwork)]
#[cfg(feature = "serde")]
rt::impl_serde!(CallEndedEventMessageDetail);
#[cfg(msgraph_v1_search)]
/// CSDL: `microsoft.graph.callEvent`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`CallEventPath`](requests/trait.CallEventPath.html), what a path to one (`EntityPath<AnyCallEvent, C>`) dereferences to.
///
/// Features: `v1` or `v1-search`.
#[derive(Clone)]
pub struct CallEvent {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `callEventType`: `microsoft.graph.callEventType`, not nullable.
    pub call_event_type: rt::Field<crate::v1::CallEventType>,
    /// CSDL: property `eventDateTime`: `Edm.DateTimeOffset`, nullable.
    pub event_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: navigation property `participants`: `Collection(microsoft.graph.participant)`, not nullable.
    pub participants: rt::Field<::std::vec::Vec<crate::v1::Participant>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search)]
impl ::std::default::Default for CallEvent {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            call_event_type: rt::Field::Absent,
            event_date_time: rt::Field::Absent,
            participants: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search)]
impl rt::Object for CallEvent {
    const TYPE_NAME: &'static str = "microsoft.graph.callEvent";
    const KEYS: &'static [&'static str] = &[
        "id",
        "callEventType",
        "eventDateTime",
        "participants",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"callEventType\":                ",
        ",\"eventDateTime\":                ",
        ",\"participants\":                 ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.callEvent\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "call_event_type", &self.call_event_type);
        v.field(2usize, "event_date_time", &self.event_date_time);
        v.field(3usize, "participants", &self.participants);
    }
}
#[cfg(msgraph_v1_search)]
impl rt::object::Members for CallEvent {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.call_event_type.read_from(r),
            2usize => self.event_date_time.read_from(r),
            3usize => self.participants.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.call_event_type);
        w.field(2usize, &self.event_date_time);
        w.field(3usize, &self.participants);
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
#[cfg(msgraph_v1_search)]
rt::impl_object!(CallEvent);
#[cfg(msgraph_v1_search)]
rt::impl_setters!(
    CallEvent { with_id id : ::std::string::String; with_call_event_type call_event_type
    : crate ::v1::CallEventType; with_event_date_time event_date_time :
    rt::edm::DateTimeOffset; with_participants participants : ::std::vec::Vec < crate
    ::v1::Participant >; }
);
#[cfg(msgraph_v1_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(CallEvent);
#[cfg(msgraph_v1_search)]
/// `microsoft.graph.callEvent` or any type derived from it, selected by `@odata.type` (2 types); each variant's type converts into it (`From`).
///
/// Features: `v1` or `v1-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyCallEvent {
    CallEvent(::std::boxed::Box<crate::v1::CallEvent>),
    EmergencyCallEvent(::std::boxed::Box<crate::v1::EmergencyCallEvent>),
}
#[cfg(msgraph_v1_search)]
impl ::std::default::Default for AnyCallEvent {
    #[inline]
    fn default() -> Self {
        Self::CallEvent(::std::default::Default::default())
    }
}
#[cfg(msgraph_v1_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::CallEvent> for AnyCallEvent {
    #[inline]
    fn from(v: crate::v1::CallEvent) -> Self {
        Self::CallEvent(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::EmergencyCallEvent> for AnyCallEvent {
    #[inline]
    fn from(v: crate::v1::EmergencyCallEvent) -> Self {
        Self::EmergencyCallEvent(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search)]
unsafe impl ::std::marker::Send for AnyCallEvent {}
#[cfg(msgraph_v1_search)]
unsafe impl ::std::marker::Sync for AnyCallEvent {}
#[cfg(msgraph_v1_search)]
impl ::std::marker::Unpin for AnyCallEvent {}
#[cfg(msgraph_v1_search)]
impl ::std::panic::UnwindSafe for AnyCallEvent {}
#[cfg(msgraph_v1_search)]
impl ::std::panic::RefUnwindSafe for AnyCallEvent {}
#[cfg(msgraph_v1_search)]
const _: () = {
    rt::object::auto_traits::<crate::v1::CallEvent>();
    rt::object::auto_traits::<crate::v1::EmergencyCallEvent>();
};
#[cfg(msgraph_v1_search)]
impl rt::Poly for AnyCallEvent {
    const BASE_NAME: &'static str = "microsoft.graph.callEvent";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some("microsoft.graph.emergencyCallEvent") => {
                Self::EmergencyCallEvent(rt::object::new_boxed())
            }
            _ => Self::CallEvent(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::CallEvent(v) => &**v,
            Self::EmergencyCallEvent(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::CallEvent(v) => &mut **v,
            Self::EmergencyCallEvent(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_v1_search)]
impl AnyCallEvent {
    /// The qualified CSDL name of the current variant's type.
    #[inline]
    pub fn type_name(&self) -> &'static str {
        rt::Poly::members(self).view().0.type_name
    }
    /// The current variant's unknown members and annotations.
    #[inline]
    pub fn extra(&self) -> &rt::Extra {
        rt::Poly::members(self).view().1
    }
    /// The current variant's unknown members and annotations, mutably.
    #[inline]
    pub fn extra_mut(&mut self) -> &mut rt::Extra {
        rt::Poly::members_mut(self).extra_mut_dyn()
    }
    /// `id` of any variant.
    #[inline]
    pub fn id(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::CallEvent(v) => &v.id,
            Self::EmergencyCallEvent(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::CallEvent(v) => &mut v.id,
            Self::EmergencyCallEvent(v) => &mut v.id,
        }
    }
    /// `callEventType` of any variant.
    #[inline]
    pub fn call_event_type(&self) -> &rt::Field<crate::v1::CallEventType> {
        match self {
            Self::CallEvent(v) => &v.call_event_type,
            Self::EmergencyCallEvent(v) => &v.call_event_type,
        }
    }
    /// `callEventType` of any variant.
    #[inline]
    pub fn call_event_type_mut(&mut self) -> &mut rt::Field<crate::v1::CallEventType> {
        match self {
            Self::CallEvent(v) => &mut v.call_event_type,
            Self::EmergencyCallEvent(v) => &mut v.call_event_type,
        }
    }
    /// `eventDateTime` of any variant.
    #[inline]
    pub fn event_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::CallEvent(v) => &v.event_date_time,
            Self::EmergencyCallEvent(v) => &v.event_date_time,
        }
    }
    /// `eventDateTime` of any variant.
    #[inline]
    pub fn event_date_time_mut(&mut self) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::CallEvent(v) => &mut v.event_date_time,
            Self::EmergencyCallEvent(v) => &mut v.event_date_time,
        }
    }
    /// `participants` of any variant.
    #[inline]
    pub fn participants(&self) -> &rt::Field<::std::vec::Vec<crate::v1::Participant>> {
        match self {
            Self::CallEvent(v) => &v.participants,
            Self::EmergencyCallEvent(v) => &v.participants,
        }
    }
    /// `participants` of any variant.
    #[inline]
    pub fn participants_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::v1::Participant>> {
        match self {
            Self::CallEvent(v) => &mut v.participants,
            Self::EmergencyCallEvent(v) => &mut v.participants,
        }
    }
}
#[cfg(msgraph_v1_search)]
rt::impl_poly!(AnyCallEvent);
#[cfg(msgraph_v1_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyCallEvent);
#[cfg(msgraph_v1_search)]
/// CSDL: `microsoft.graph.callEventType`, enum type.
///
/// Features: `v1` or `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum CallEventType {
    /// `callStarted` (value 0).
    CallStarted,
    /// `callEnded` (value 1).
    CallEnded,
    /// `unknownFutureValue` (value 2).
    UnknownFutureValue,
    /// `rosterUpdated` (value 3).
    RosterUpdated,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_search)]
impl rt::StrEnum for CallEventType {
    const TYPE_NAME: &'static str = "microsoft.graph.callEventType";
    const MEMBERS: &'static [&'static str] = &[
        "callStarted",
        "callEnded",
        "unknownFutureValue",
        "rosterUpdated",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "callStarted" => Self::CallStarted,
                "callEnded" => Self::CallEnded,
                "unknownFutureValue" => Self::UnknownFutureValue,
                "rosterUpdated" => Self::RosterUpdated,
                _ => return ::std::option::Option::None,
            },
        )
    }
    #[inline]
    fn unrecognized(s: ::std::string::String) -> Self {
        Self::Unrecognized(s)
    }
    #[inline]
    fn as_str(&self) -> &str {
        match self {
            Self::CallStarted => "callStarted",
            Self::CallEnded => "callEnded",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::RosterUpdated => "rosterUpdated",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_search)]
rt::impl_enum!(CallEventType);
#[cfg(msgraph_v1_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(CallEventType);
#[cfg(msgraph_v1_communications_or_search)]
/// CSDL: `microsoft.graph.callMediaState`, complex type.
///
/// Features: `v1`, or one of `v1-communications`, `v1-search`.
#[derive(Clone)]
pub struct CallMediaState {
    /// CSDL: property `audio`: `microsoft.graph.mediaState`, nullable.
    pub audio: rt::Field<crate::v1::MediaState>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_communications_or_search)]
impl ::std::default::Default for CallMediaState {
    #[inline]
    fn default() -> Self {
        Self {
            audio: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_communications_or_search)]
impl rt::Object for CallMediaState {
    const TYPE_NAME: &'static str = "microsoft.graph.callMediaState";
    const KEYS: &'static [&'static str] = &["audio"];
    const KEYS_JSON: &'static [&'static str] = &[",\"audio\":                        "];
    const TAG: &'static str = "\"#microsoft.graph.callMediaState\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "audio", &self.audio);
    }
}
#[cfg(msgraph_v1_communications_or_search)]
impl rt::object::Members for CallMediaState {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.audio.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.audio);
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
#[cfg(msgraph_v1_communications_or_search)]
rt::impl_object!(CallMediaState);
#[cfg(msgraph_v1_communications_or_search)]
rt::impl_setters!(CallMediaState { with_audio audio : crate ::v1::MediaState; });
#[cfg(msgraph_v1_communications_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(CallMediaState);
#[cfg(msgraph_v1_communications_or_search)]
/// CSDL: `microsoft.graph.callOptions`, complex type, abstract.
///
/// Features: `v1`, or one of `v1-communications`, `v1-search`.
#[derive(Clone)]
pub struct CallOptions {
    /// CSDL: property `hideBotAfterEscalation`: `Edm.Boolean`, nullable.
    pub hide_bot_after_escalation: rt::Field<bool>,
    /// CSDL: property `isContentSharingNotificationEnabled`: `Edm.Boolean`, nullable.
    pub is_content_sharing_notification_enabled: rt::Field<bool>,
    /// CSDL: property `isDeltaRosterEnabled`: `Edm.Boolean`, nullable.
    pub is_delta_roster_enabled: rt::Field<bool>,
    /// CSDL: property `isInteractiveRosterEnabled`: `Edm.Boolean`, nullable.
    pub is_interactive_roster_enabled: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_communications_or_search)]
impl ::std::default::Default for CallOptions {
    #[inline]
    fn default() -> Self {
        Self {
            hide_bot_after_escalation: rt::Field::Absent,
            is_content_sharing_notification_enabled: rt::Field::Absent,
            is_delta_roster_enabled: rt::Field::Absent,
            is_interactive_roster_enabled: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_communications_or_search)]
impl rt::Object for CallOptions {
    const TYPE_NAME: &'static str = "microsoft.graph.callOptions";
    const KEYS: &'static [&'static str] = &[
        "hideBotAfterEscalation",
        "isContentSharingNotificationEnabled",
        "isDeltaRosterEnabled",
        "isInteractiveRosterEnabled",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"hideBotAfterEscalation\":       ",
        ",\"isContentSharingNotificationEnabled\":",
        ",\"isDeltaRosterEnabled\":         ",
        ",\"isInteractiveRosterEnabled\":   ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.callOptions\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "hide_bot_after_escalation", &self.hide_bot_after_escalation);
        v.field(
            1usize,
            "is_content_sharing_notification_enabled",
            &self.is_content_sharing_notification_enabled,
        );
        v.field(2usize, "is_delta_roster_enabled", &self.is_delta_roster_enabled);
        v.field(
            3usize,
            "is_interactive_roster_enabled",
            &self.is_interactive_roster_enabled,
        );
    }
}
#[cfg(msgraph_v1_communications_or_search)]
impl rt::object::Members for CallOptions {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.hide_bot_after_escalation.read_from(r),
            1usize => self.is_content_sharing_notification_enabled.read_from(r),
            2usize => self.is_delta_roster_enabled.read_from(r),
            3usize => self.is_interactive_roster_enabled.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.hide_bot_after_escalation);
        w.field(1usize, &self.is_content_sharing_notification_enabled);
        w.field(2usize, &self.is_delta_roster_enabled);
        w.field(3usize, &self.is_interactive_roster_enabled);
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
#[cfg(msgraph_v1_communications_or_search)]
rt::impl_object!(CallOptions);
#[cfg(msgraph_v1_communications_or_search)]
rt::impl_setters!(
    CallOptions { with_hide_bot_after_escalation hide_bot_after_escalation : bool;
    with_is_content_sharing_notification_enabled is_content_sharing_notification_enabled
    : bool; with_is_delta_roster_enabled is_delta_roster_enabled : bool;
    with_is_interactive_roster_enabled is_interactive_roster_enabled : bool; }
);
#[cfg(msgraph_v1_communications_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(CallOptions);
#[cfg(msgraph_v1_communications_or_search)]
/// `microsoft.graph.callOptions` or any type derived from it, selected by `@odata.type` (3 types); each variant's type converts into it (`From`).
///
/// Features: `v1`, or one of `v1-communications`, `v1-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyCallOptions {
    CallOptions(::std::boxed::Box<crate::v1::CallOptions>),
    IncomingCallOptions(::std::boxed::Box<crate::v1::IncomingCallOptions>),
    OutgoingCallOptions(::std::boxed::Box<crate::v1::OutgoingCallOptions>),
}
#[cfg(msgraph_v1_communications_or_search)]
impl ::std::default::Default for AnyCallOptions {
    #[inline]
    fn default() -> Self {
        Self::CallOptions(::std::default::Default::default())
    }
}
#[cfg(msgraph_v1_communications_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::CallOptions> for AnyCallOptions {
    #[inline]
    fn from(v: crate::v1::CallOptions) -> Self {
        Self::CallOptions(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_communications_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::IncomingCallOptions> for AnyCallOptions {
    #[inline]
    fn from(v: crate::v1::IncomingCallOptions) -> Self {
        Self::IncomingCallOptions(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_communications_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::OutgoingCallOptions> for AnyCallOptions {
    #[inline]
    fn from(v: crate::v1::OutgoingCallOptions) -> Self {
        Self::OutgoingCallOptions(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_communications_or_search)]
unsafe impl ::std::marker::Send for AnyCallOptions {}
#[cfg(msgraph_v1_communications_or_search)]
unsafe impl ::std::marker::Sync for AnyCallOptions {}
#[cfg(msgraph_v1_communications_or_search)]
impl ::std::marker::Unpin for AnyCallOptions {}
#[cfg(msgraph_v1_communications_or_search)]
impl ::std::panic::UnwindSafe for AnyCallOptions {}
#[cfg(msgraph_v1_communications_or_search)]
impl ::std::panic::RefUnwindSafe for AnyCallOptions {}
#[cfg(msgraph_v1_communications_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::v1::CallOptions>();
    rt::object::auto_traits::<crate::v1::IncomingCallOptions>();
    rt::object::auto_traits::<crate::v1::OutgoingCallOptions>();
};
#[cfg(msgraph_v1_communications_or_search)]
impl rt::Poly for AnyCallOptions {
    const BASE_NAME: &'static str = "microsoft.graph.callOptions";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some("microsoft.graph.incomingCallOptions") => {
                Self::IncomingCallOptions(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.outgoingCallOptions") => {
                Self::OutgoingCallOptions(rt::object::new_boxed())
            }
            _ => Self::CallOptions(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::CallOptions(v) => &**v,
            Self::IncomingCallOptions(v) => &**v,
            Self::OutgoingCallOptions(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::CallOptions(v) => &mut **v,
            Self::IncomingCallOptions(v) => &mut **v,
            Self::OutgoingCallOptions(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_v1_communications_or_search)]
impl AnyCallOptions {
    /// The qualified CSDL name of the current variant's type.
    #[inline]
    pub fn type_name(&self) -> &'static str {
        rt::Poly::members(self).view().0.type_name
    }
    /// The current variant's unknown members and annotations.
    #[inline]
    pub fn extra(&self) -> &rt::Extra {
        rt::Poly::members(self).view().1
    }
    /// The current variant's unknown members and annotations, mutably.
    #[inline]
    pub fn extra_mut(&mut self) -> &mut rt::Extra {
        rt::Poly::members_mut(self).extra_mut_dyn()
    }
    /// `hideBotAfterEscalation` of any variant.
    #[inline]
    pub fn hide_bot_after_escalation(&self) -> &rt::Field<bool> {
        match self {
            Self::CallOptions(v) => &v.hide_bot_after_escalation,
            Self::IncomingCallOptions(v) => &v.hide_bot_after_escalation,
            Self::OutgoingCallOptions(v) => &v.hide_bot_after_escalation,
        }
    }
    /// `hideBotAfterEscalation` of any variant.
    #[inline]
    pub fn hide_bot_after_escalation_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::CallOptions(v) => &mut v.hide_bot_after_escalation,
            Self::IncomingCallOptions(v) => &mut v.hide_bot_after_escalation,
            Self::OutgoingCallOptions(v) => &mut v.hide_bot_after_escalation,
        }
    }
    /// `isContentSharingNotificationEnabled` of any variant.
    #[inline]
    pub fn is_content_sharing_notification_enabled(&self) -> &rt::Field<bool> {
        match self {
            Self::CallOptions(v) => &v.is_content_sharing_notification_enabled,
            Self::IncomingCallOptions(v) => &v.is_content_sharing_notification_enabled,
            Self::OutgoingCallOptions(v) => &v.is_content_sharing_notification_enabled,
        }
    }
    /// `isContentSharingNotificationEnabled` of any variant.
    #[inline]
    pub fn is_content_sharing_notification_enabled_mut(
        &mut self,
    ) -> &mut rt::Field<bool> {
        match self {
            Self::CallOptions(v) => &mut v.is_content_sharing_notification_enabled,
            Self::IncomingCallOptions(v) => {
                &mut v.is_content_sharing_notification_enabled
            }
            Self::OutgoingCallOptions(v) => {
                &mut v.is_content_sharing_notification_enabled
            }
        }
    }
    /// `isDeltaRosterEnabled` of any variant.
    #[inline]
    pub fn is_delta_roster_enabled(&self) -> &rt::Field<bool> {
        match self {
            Self::CallOptions(v) => &v.is_delta_roster_enabled,
            Self::IncomingCallOptions(v) => &v.is_delta_roster_enabled,
            Self::OutgoingCallOptions(v) => &v.is_delta_roster_enabled,
        }
    }
    /// `isDeltaRosterEnabled` of any variant.
    #[inline]
    pub fn is_delta_roster_enabled_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::CallOptions(v) => &mut v.is_delta_roster_enabled,
            Self::IncomingCallOptions(v) => &mut v.is_delta_roster_enabled,
            Self::OutgoingCallOptions(v) => &mut v.is_delta_roster_enabled,
        }
    }
    /// `isInteractiveRosterEnabled` of any variant.
    #[inline]
    pub fn is_interactive_roster_enabled(&self) -> &rt::Field<bool> {
        match self {
            Self::CallOptions(v) => &v.is_interactive_roster_enabled,
            Self::IncomingCallOptions(v) => &v.is_interactive_roster_enabled,
            Self::OutgoingCallOptions(v) => &v.is_interactive_roster_enabled,
        }
    }
    /// `isInteractiveRosterEnabled` of any variant.
    #[inline]
    pub fn is_interactive_roster_enabled_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::CallOptions(v) => &mut v.is_interactive_roster_enabled,
            Self::IncomingCallOptions(v) => &mut v.is_interactive_roster_enabled,
            Self::OutgoingCallOptions(v) => &mut v.is_interactive_roster_enabled,
        }
    }
}
#[cfg(msgraph_v1_communications_or_search)]
rt::impl_poly!(AnyCallOptions);
#[cfg(msgraph_v1_communications_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyCallOptions);
#[cfg(msgraph_v1_core_or_teamwork)]
/// CSDL: `microsoft.graph.callParticipantInfo`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct CallParticipantInfo {
    /// CSDL: property `participant`: `microsoft.graph.identitySet`, nullable.
    pub participant: rt::Field<crate::v1::AnyIdentitySet>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl ::std::default::Default for CallParticipantInfo {
    #[inline]
    fn default() -> Self {
        Self {
            participant: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl rt::Object for CallParticipantInfo {
    const TYPE_NAME: &'static str = "microsoft.graph.callParticipantInfo";
    const KEYS: &'static [&'static str] = &["participant"];
    const KEYS_JSON: &'static [&'static str] = &[",\"participant\":                  "];
    const TAG: &'static str = "\"#microsoft.graph.callParticipantInfo\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "participant", &self.participant);
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl rt::object::Members for CallParticipantInfo {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.participant.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.participant);
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
#[cfg(msgraph_v1_core_or_teamwork)]
rt::impl_object!(CallParticipantInfo);
#[cfg(msgraph_v1_core_or_teamwork)]
rt::impl_setters!(
    CallParticipantInfo { with_participant participant : crate ::v1::AnyIdentitySet; }
);
#[cfg(msgraph_v1_core_or_teamwork)]
#[cfg(feature = "serde")]
rt::impl_serde!(CallParticipantInfo);
#[cfg(msgraph_v1_core_or_communications)]
/// CSDL: `microsoft.graph.callRecording`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`CallRecordingPath`](requests/trait.CallRecordingPath.html), what a path to one (`EntityPath<CallRecording, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-communications`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct CallRecording {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `callId`: `Edm.String`, nullable.
    pub call_id: rt::Field<::std::string::String>,
    /// CSDL: property `content`: `Edm.Stream`, nullable.
    pub content: rt::Field<rt::RawJson>,
    /// CSDL: property `contentCorrelationId`: `Edm.String`, nullable.
    pub content_correlation_id: rt::Field<::std::string::String>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `endDateTime`: `Edm.DateTimeOffset`, nullable.
    pub end_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `meetingId`: `Edm.String`, nullable.
    pub meeting_id: rt::Field<::std::string::String>,
    /// CSDL: property `meetingOrganizer`: `microsoft.graph.identitySet`, nullable.
    pub meeting_organizer: rt::Field<crate::v1::AnyIdentitySet>,
    /// CSDL: property `recordingContentUrl`: `Edm.String`, nullable.
    pub recording_content_url: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_communications)]
impl ::std::default::Default for CallRecording {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            call_id: rt::Field::Absent,
            content: rt::Field::Absent,
            content_correlation_id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            end_date_time: rt::Field::Absent,
            meeting_id: rt::Field::Absent,
            meeting_organizer: rt::Field::Absent,
            recording_content_url: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_communications)]
impl rt::Object for CallRecording {
    const TYPE_NAME: &'static str = "microsoft.graph.callRecording";
    const KEYS: &'static [&'static str] = &[
        "id",
        "callId",
        "content",
        "contentCorrelationId",
        "createdDateTime",
        "endDateTime",
        "meetingId",
        "meetingOrganizer",
        "recordingContentUrl",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"callId\":                       ",
        ",\"content\":                      ",
        ",\"contentCorrelationId\":         ",
        ",\"createdDateTime\":              ",
        ",\"endDateTime\":                  ",
        ",\"meetingId\":                    ",
        ",\"meetingOrganizer\":             ",
        ",\"recordingContentUrl\":          ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.callRecording\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "call_id", &self.call_id);
        v.field(2usize, "content", &self.content);
        v.field(3usize, "content_correlation_id", &self.content_correlation_id);
        v.field(4usize, "created_date_time", &self.created_date_time);
        v.field(5usize, "end_date_time", &self.end_date_time);
        v.field(6usize, "meeting_id", &self.meeting_id);
        v.field(7usize, "meeting_organizer", &self.meeting_organizer);
        v.field(8usize, "recording_content_url", &self.recording_content_url);
    }
}
#[cfg(msgraph_v1_core_or_communications)]
impl rt::object::Members for CallRecording {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.call_id.read_from(r),
            2usize => self.content.read_from(r),
            3usize => self.content_correlation_id.read_from(r),
            4usize => self.created_date_time.read_from(r),
            5usize => self.end_date_time.read_from(r),
            6usize => self.meeting_id.read_from(r),
            7usize => self.meeting_organizer.read_from(r),
            8usize => self.recording_content_url.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.call_id);
        w.field(2usize, &self.content);
        w.field(3usize, &self.content_correlation_id);
        w.field(4usize, &self.created_date_time);
        w.field(5usize, &self.end_date_time);
        w.field(6usize, &self.meeting_id);
        w.field(7usize, &self.meeting_organizer);
        w.field(8usize, &self.recording_content_url);
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
#[cfg(msgraph_v1_core_or_communications)]
rt::impl_object!(CallRecording);
#[cfg(msgraph_v1_core_or_communications)]
rt::impl_setters!(
    CallRecording { with_id id : ::std::string::String; with_call_id call_id :
    ::std::string::String; with_content content : rt::RawJson;
    with_content_correlation_id content_correlation_id : ::std::string::String;
    with_created_date_time created_date_time : rt::edm::DateTimeOffset;
    with_end_date_time end_date_time : rt::edm::DateTimeOffset; with_meeting_id
    meeting_id : ::std::string::String; with_meeting_organizer meeting_organizer : crate
    ::v1::AnyIdentitySet; with_recording_content_url recording_content_url :
    ::std::string::String; }
);
#[cfg(msgraph_v1_core_or_communications)]
#[cfg(feature = "serde")]
rt::impl_serde!(CallRecording);
#[cfg(msgraph_v1_core_or_teamwork)]
/// CSDL: `microsoft.graph.callRecordingEventMessageDetail`, complex type, derived from `microsoft.graph.eventMessageDetail`.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct CallRecordingEventMessageDetail {
    /// CSDL: property `callId`: `Edm.String`, nullable.
    pub call_id: rt::Field<::std::string::String>,
    /// CSDL: property `callRecordingDisplayName`: `Edm.String`, nullable.
    pub call_recording_display_name: rt::Field<::std::string::String>,
    /// CSDL: property `callRecordingDuration`: `Edm.Duration`, nullable.
    pub call_recording_duration: rt::Field<rt::edm::Duration>,
    /// CSDL: property `callRecordingStatus`: `microsoft.graph.callRecordingStatus`, nullable.
    pub call_recording_status: rt::Field<crate::v1::CallRecordingStatus>,
    /// CSDL: property `callRecordingUrl`: `Edm.String`, nullable.
    pub call_recording_url: rt::Field<::std::string::String>,
    /// CSDL: property `initiator`: `microsoft.graph.identitySet`, nullable.
    pub initiator: rt::Field<crate::v1::AnyIdentitySet>,
    /// CSDL: property `meetingOrganizer`: `microsoft.graph.identitySet`, nullable.
    pub meeting_organizer: rt::Field<crate::v1::AnyIdentitySet>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl ::std::default::Default for CallRecordingEventMessageDetail {
    #[inline]
    fn default() -> Self {
        Self {
            call_id: rt::Field::Absent,
            call_recording_display_name: rt::Field::Absent,
            call_recording_duration: rt::Field::Absent,
            call_recording_status: rt::Field::Absent,
            call_recording_url: rt::Field::Absent,
            initiator: rt::Field::Absent,
            meeting_organizer: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl rt::Object for CallRecordingEventMessageDetail {
    const TYPE_NAME: &'static str = "microsoft.graph.callRecordingEventMessageDetail";
    const KEYS: &'static [&'static str] = &[
        "callId",
        "callRecordingDisplayName",
        "callRecordingDuration",
        "callRecordingStatus",
        "callRecordingUrl",
        "initiator",
        "meetingOrganizer",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"callId\":                       ",
        ",\"callRecordingDisplayName\":     ",
        ",\"callRecordingDuration\":        ",
        ",\"callRecordingStatus\":          ",
        ",\"callRecordingUrl\":             ",
        ",\"initiator\":                    ",
        ",\"meetingOrganizer\":             ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.callRecordingEventMessageDetail\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "call_id", &self.call_id);
        v.field(
            1usize,
            "call_recording_display_name",
            &self.call_recording_display_name,
        );
        v.field(2usize, "call_recording_duration", &self.call_recording_duration);
        v.field(3usize, "call_recording_status", &self.call_recording_status);
        v.field(4usize, "call_recording_url", &self.call_recording_url);
        v.field(5usize, "initiator", &self.initiator);
        v.field(6usize, "meeting_organizer", &self.meeting_organizer);
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl rt::object::Members for CallRecordingEventMessageDetail {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.call_id.read_from(r),
            1usize => self.call_recording_display_name.read_from(r),
            2usize => self.call_recording_duration.read_from(r),
            3usize => self.call_recording_status.read_from(r),
            4usize => self.call_recording_url.read_from(r),
            5usize => self.initiator.read_from(r),
            6usize => self.meeting_organizer.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.call_id);
        w.field(1usize, &self.call_recording_display_name);
        w.field(2usize, &self.call_recording_duration);
        w.field(3usize, &self.call_recording_status);
        w.field(4usize, &self.call_recording_url);
        w.field(5usize, &self.initiator);
        w.field(6usize, &self.meeting_organizer);
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
#[cfg(msgraph_v1_core_or_teamwork)]
rt::impl_object!(CallRecordingEventMessageDetail);
#[cfg(msgraph_v1_core_or_teamwork)]
rt::impl_setters!(
    CallRecordingEventMessageDetail { with_call_id call_id : ::std::string::String;
    with_call_recording_display_name call_recording_display_name : ::std::string::String;
    with_call_recording_duration call_recording_duration : rt::edm::Duration;
    with_call_recording_status call_recording_status : crate ::v1::CallRecordingStatus;
    with_call_recording_url call_recording_url : ::std::string::String; with_initiator
    initiator : crate ::v1::AnyIdentitySet; with_meeting_organizer meeting_organizer :
    crate ::v1::AnyIdentitySet; }
);
#[cfg(msgraph_v1_core_or_teamwork)]
#[cfg(feature = "serde")]
rt::impl_serde!(CallRecordingEventMessageDetail);
#[cfg(msgraph_v1_core_or_teamwork)]
/// CSDL: `microsoft.graph.callRecordingStatus`, enum type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum CallRecordingStatus {
    /// `success` (value 0).
    Success,
    /// `failure` (value 1).
    Failure,
    /// `initial` (value 2).
    Initial,
    /// `chunkFinished` (value 3).
    ChunkFinished,
    /// `unknownFutureValue` (value 4).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl rt::StrEnum for CallRecordingStatus {
    const TYPE_NAME: &'static str = "microsoft.graph.callRecordingStatus";
    const MEMBERS: &'static [&'static str] = &[
        "success",
        "failure",
        "initial",
        "chunkFinished",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "success" => Self::Success,
                "failure" => Self::Failure,
                "initial" => Self::Initial,
                "chunkFinished" => Self::ChunkFinished,
                "unknownFutureValue" => Self::UnknownFutureValue,
                _ => return ::std::option::Option::None,
            },
        )
    }
    #[inline]
    fn unrecognized(s: ::std::string::String) -> Self {
        Self::Unrecognized(s)
    }
    #[inline]
    fn as_str(&self) -> &str {
        match self {
            Self::Success => "success",
            Self::Failure => "failure",
            Self::Initial => "initial",
            Self::ChunkFinished => "chunkFinished",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
rt::impl_enum!(CallRecordingStatus);
#[cfg(msgraph_v1_core_or_teamwork)]
#[cfg(feature = "serde")]
rt::impl_serde!(CallRecordingStatus);
#[cfg(msgraph_v1_communications_or_search)]
/// CSDL: `microsoft.graph.callRoute`, complex type.
///
/// Features: `v1`, or one of `v1-communications`, `v1-search`.
#[derive(Clone)]
pub struct CallRoute {
    /// CSDL: property `final`: `microsoft.graph.identitySet`, not nullable.
    pub final_: rt::Field<crate::v1::AnyIdentitySet>,
    /// CSDL: property `original`: `microsoft.graph.identitySet`, not nullable.
    pub original: rt::Field<crate::v1::AnyIdentitySet>,
    /// CSDL: property `routingType`: `microsoft.graph.routingType`, not nullable.
    pub routing_type: rt::Field<crate::v1::RoutingType>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_communications_or_search)]
impl ::std::default::Default for CallRoute {
    #[inline]
    fn default() -> Self {
        Self {
            final_: rt::Field::Absent,
            original: rt::Field::Absent,
            routing_type: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_communications_or_search)]
impl rt::Object for CallRoute {
    const TYPE_NAME: &'static str = "microsoft.graph.callRoute";
    const KEYS: &'static [&'static str] = &["final", "original", "routingType"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"final\":                        ",
        ",\"original\":                     ",
        ",\"routingType\":                  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.callRoute\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "final_", &self.final_);
        v.field(1usize, "original", &self.original);
        v.field(2usize, "routing_type", &self.routing_type);
    }
}
#[cfg(msgraph_v1_communications_or_search)]
impl rt::object::Members for CallRoute {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.final_.read_from(r),
            1usize => self.original.read_from(r),
            2usize => self.routing_type.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.final_);
        w.field(1usize, &self.original);
        w.field(2usize, &self.routing_type);
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
#[cfg(msgraph_v1_communications_or_search)]
rt::impl_object!(CallRoute);
#[cfg(msgraph_v1_communications_or_search)]
rt::impl_setters!(
    CallRoute { with_final final_ : crate ::v1::AnyIdentitySet; with_original original :
    crate ::v1::AnyIdentitySet; with_routing_type routing_type : crate ::v1::RoutingType;
    }
);
#[cfg(msgraph_v1_communications_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(CallRoute);
#[cfg(msgraph_v1_core_or_teamwork)]
/// CSDL: `microsoft.graph.callStartedEventMessageDetail`, complex type, derived from `microsoft.graph.eventMessageDetail`.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct CallStartedEventMessageDetail {
    /// CSDL: property `callEventType`: `microsoft.graph.teamworkCallEventType`, nullable.
    pub call_event_type: rt::Field<crate::v1::TeamworkCallEventType>,
    /// CSDL: property `callId`: `Edm.String`, nullable.
    pub call_id: rt::Field<::std::string::String>,
    /// CSDL: property `initiator`: `microsoft.graph.identitySet`, nullable.
    pub initiator: rt::Field<crate::v1::AnyIdentitySet>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl ::std::default::Default for CallStartedEventMessageDetail {
    #[inline]
    fn default() -> Self {
        Self {
            call_event_type: rt::Field::Absent,
            call_id: rt::Field::Absent,
            initiator: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl rt::Object for CallStartedEventMessageDetail {
    const TYPE_NAME: &'static str = "microsoft.graph.callStartedEventMessageDetail";
    const KEYS: &'static [&'static str] = &["callEventType", "callId", "initiator"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"callEventType\":                ",
        ",\"callId\":                       ",
        ",\"initiator\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.callStartedEventMessageDetail\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "call_event_type", &self.call_event_type);
        v.field(1usize, "call_id", &self.call_id);
        v.field(2usize, "initiator", &self.initiator);
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl rt::object::Members for CallStartedEventMessageDetail {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.call_event_type.read_from(r),
            1usize => self.call_id.read_from(r),
            2usize => self.initiator.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.call_event_type);
        w.field(1usize, &self.call_id);
        w.field(2usize, &self.initiator);
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
#[cfg(msgraph_v1_core_or_teamwork)]
rt::impl_object!(CallStartedEventMessageDetail);
#[cfg(msgraph_v1_core_or_teamwork)]
rt::impl_setters!(
    CallStartedEventMessageDetail { with_call_event_type call_event_type : crate
    ::v1::TeamworkCallEventType; with_call_id call_id : ::std::string::String;
    with_initiator initiator : crate ::v1::AnyIdentitySet; }
);
#[cfg(msgraph_v1_core_or_teamwork)]
#[cfg(feature = "serde")]
rt::impl_serde!(CallStartedEventMessageDetail);
#[cfg(msgraph_v1_communications_or_search)]
/// CSDL: `microsoft.graph.callState`, enum type.
///
/// Features: `v1`, or one of `v1-communications`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum CallState {
    /// `incoming` (value 0).
    Incoming,
    /// `establishing` (value 1).
    Establishing,
    /// `established` (value 3).
    Established,
    /// `hold` (value 4).
    Hold,
    /// `transferring` (value 5).
    Transferring,
    /// `transferAccepted` (value 6).
    TransferAccepted,
    /// `redirecting` (value 7).
    Redirecting,
    /// `terminating` (value 8).
    Terminating,
    /// `terminated` (value 9).
    Terminated,
    /// `unknownFutureValue` (value 10).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_communications_or_search)]
impl rt::StrEnum for CallState {
    const TYPE_NAME: &'static str = "microsoft.graph.callState";
    const MEMBERS: &'static [&'static str] = &[
        "incoming",
        "establishing",
        "established",
        "hold",
        "transferring",
        "transferAccepted",
        "redirecting",
        "terminating",
        "terminated",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "incoming" => Self::Incoming,
                "establishing" => Self::Establishing,
                "established" => Self::Established,
                "hold" => Self::Hold,
                "transferring" => Self::Transferring,
                "transferAccepted" => Self::TransferAccepted,
                "redirecting" => Self::Redirecting,
                "terminating" => Self::Terminating,
                "terminated" => Self::Terminated,
                "unknownFutureValue" => Self::UnknownFutureValue,
                _ => return ::std::option::Option::None,
            },
        )
    }
    #[inline]
    fn unrecognized(s: ::std::string::String) -> Self {
        Self::Unrecognized(s)
    }
    #[inline]
    fn as_str(&self) -> &str {
        match self {
            Self::Incoming => "incoming",
            Self::Establishing => "establishing",
            Self::Established => "established",
            Self::Hold => "hold",
            Self::Transferring => "transferring",
            Self::TransferAccepted => "transferAccepted",
            Self::Redirecting => "redirecting",
            Self::Terminating => "terminating",
            Self::Terminated => "terminated",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_communications_or_search)]
rt::impl_enum!(CallState);
#[cfg(msgraph_v1_communications_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(CallState);
#[cfg(msgraph_v1_core_or_communications)]
/// CSDL: `microsoft.graph.callTranscript`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`CallTranscriptPath`](requests/trait.CallTranscriptPath.html), what a path to one (`EntityPath<CallTranscript, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-communications`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct CallTranscript {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `callId`: `Edm.String`, nullable.
    pub call_id: rt::Field<::std::string::String>,
    /// CSDL: property `content`: `Edm.Stream`, nullable.
    pub content: rt::Field<rt::RawJson>,
    /// CSDL: property `contentCorrelationId`: `Edm.String`, nullable.
    pub content_correlation_id: rt::Field<::std::string::String>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `endDateTime`: `Edm.DateTimeOffset`, nullable.
    pub end_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `meetingId`: `Edm.String`, nullable.
    pub meeting_id: rt::Field<::std::string::String>,
    /// CSDL: property `meetingOrganizer`: `microsoft.graph.identitySet`, nullable.
    pub meeting_organizer: rt::Field<crate::v1::AnyIdentitySet>,
    /// CSDL: property `metadataContent`: `Edm.Stream`, nullable.
    pub metadata_content: rt::Field<rt::RawJson>,
    /// CSDL: property `transcriptContentUrl`: `Edm.String`, nullable.
    pub transcript_content_url: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_communications)]
impl ::std::default::Default for CallTranscript {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            call_id: rt::Field::Absent,
            content: rt::Field::Absent,
            content_correlation_id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            end_date_time: rt::Field::Absent,
            meeting_id: rt::Field::Absent,
            meeting_organizer: rt::Field::Absent,
            metadata_content: rt::Field::Absent,
            transcript_content_url: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_communications)]
impl rt::Object for CallTranscript {
    const TYPE_NAME: &'static str = "microsoft.graph.callTranscript";
    const KEYS: &'static [&'static str] = &[
        "id",
        "callId",
        "content",
        "contentCorrelationId",
        "createdDateTime",
        "endDateTime",
        "meetingId",
        "meetingOrganizer",
        "metadataContent",
        "transcriptContentUrl",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"callId\":                       ",
        ",\"content\":                      ",
        ",\"contentCorrelationId\":         ",
        ",\"createdDateTime\":              ",
        ",\"endDateTime\":                  ",
        ",\"meetingId\":                    ",
        ",\"meetingOrganizer\":             ",
        ",\"metadataContent\":              ",
        ",\"transcriptContentUrl\":         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.callTranscript\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "call_id", &self.call_id);
        v.field(2usize, "content", &self.content);
        v.field(3usize, "content_correlation_id", &self.content_correlation_id);
        v.field(4usize, "created_date_time", &self.created_date_time);
        v.field(5usize, "end_date_time", &self.end_date_time);
        v.field(6usize, "meeting_id", &self.meeting_id);
        v.field(7usize, "meeting_organizer", &self.meeting_organizer);
        v.field(8usize, "metadata_content", &self.metadata_content);
        v.field(9usize, "transcript_content_url", &self.transcript_content_url);
    }
}
#[cfg(msgraph_v1_core_or_communications)]
impl rt::object::Members for CallTranscript {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.call_id.read_from(r),
            2usize => self.content.read_from(r),
            3usize => self.content_correlation_id.read_from(r),
            4usize => self.created_date_time.read_from(r),
            5usize => self.end_date_time.read_from(r),
            6usize => self.meeting_id.read_from(r),
            7usize => self.meeting_organizer.read_from(r),
            8usize => self.metadata_content.read_from(r),
            9usize => self.transcript_content_url.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.call_id);
        w.field(2usize, &self.content);
        w.field(3usize, &self.content_correlation_id);
        w.field(4usize, &self.created_date_time);
        w.field(5usize, &self.end_date_time);
        w.field(6usize, &self.meeting_id);
        w.field(7usize, &self.meeting_organizer);
        w.field(8usize, &self.metadata_content);
        w.field(9usize, &self.transcript_content_url);
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
#[cfg(msgraph_v1_core_or_communications)]
rt::impl_object!(CallTranscript);
#[cfg(msgraph_v1_core_or_communications)]
rt::impl_setters!(
    CallTranscript { with_id id : ::std::string::String; with_call_id call_id :
    ::std::string::String; with_content content : rt::RawJson;
    with_content_correlation_id content_correlation_id : ::std::string::String;
    with_created_date_time created_date_time : rt::edm::DateTimeOffset;
    with_end_date_time end_date_time : rt::edm::DateTimeOffset; with_meeting_id
    meeting_id : ::std::string::String; with_meeting_organizer meeting_organizer : crate
    ::v1::AnyIdentitySet; with_metadata_content metadata_content : rt::RawJson;
    with_transcript_content_url transcript_content_url : ::std::string::String; }
);
#[cfg(msgraph_v1_core_or_communications)]
#[cfg(feature = "serde")]
rt::impl_serde!(CallTranscript);
#[cfg(msgraph_v1_core_or_teamwork)]
/// CSDL: `microsoft.graph.callTranscriptEventMessageDetail`, complex type, derived from `microsoft.graph.eventMessageDetail`.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct CallTranscriptEventMessageDetail {
    /// CSDL: property `callId`: `Edm.String`, nullable.
    pub call_id: rt::Field<::std::string::String>,
    /// CSDL: property `callTranscriptICalUid`: `Edm.String`, nullable.
    pub call_transcript_i_cal_uid: rt::Field<::std::string::String>,
    /// CSDL: property `meetingOrganizer`: `microsoft.graph.identitySet`, nullable.
    pub meeting_organizer: rt::Field<crate::v1::AnyIdentitySet>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl ::std::default::Default for CallTranscriptEventMessageDetail {
    #[inline]
    fn default() -> Self {
        Self {
            call_id: rt::Field::Absent,
            call_transcript_i_cal_uid: rt::Field::Absent,
            meeting_organizer: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl rt::Object for CallTranscriptEventMessageDetail {
    const TYPE_NAME: &'static str = "microsoft.graph.callTranscriptEventMessageDetail";
    const KEYS: &'static [&'static str] = &[
        "callId",
        "callTranscriptICalUid",
        "meetingOrganizer",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"callId\":                       ",
        ",\"callTranscriptICalUid\":        ",
        ",\"meetingOrganizer\":             ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.callTranscriptEventMessageDetail\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "call_id", &self.call_id);
        v.field(1usize, "call_transcript_i_cal_uid", &self.call_transcript_i_cal_uid);
        v.field(2usize, "meeting_organizer", &self.meeting_organizer);
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl rt::object::Members for CallTranscriptEventMessageDetail {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.call_id.read_from(r),
            1usize => self.call_transcript_i_cal_uid.read_from(r),
            2usize => self.meeting_organizer.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.call_id);
        w.field(1usize, &self.call_transcript_i_cal_uid);
        w.field(2usize, &self.meeting_organizer);
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
#[cfg(msgraph_v1_core_or_teamwork)]
rt::impl_object!(CallTranscriptEventMessageDetail);
#[cfg(msgraph_v1_core_or_teamwork)]
rt::impl_setters!(
    CallTranscriptEventMessageDetail { with_call_id call_id : ::std::string::String;
    with_call_transcript_i_cal_uid call_transcript_i_cal_uid : ::std::string::String;
    with_meeting_organizer meeting_organizer : crate ::v1::AnyIdentitySet; }
);
#[cfg(msgraph_v1_core_or_teamwork)]
#[cfg(feature = "serde")]
rt::impl_serde!(CallTranscriptEventMessageDetail);
#[cfg(msgraph_v1_communications_or_search)]
/// CSDL: `microsoft.graph.callTranscriptionInfo`, complex type.
///
/// Features: `v1`, or one of `v1-communications`, `v1-search`.
#[derive(Clone)]
pub struct CallTranscriptionInfo {
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `state`: `microsoft.graph.callTranscriptionState`, not nullable.
    pub state: rt::Field<crate::v1::CallTranscriptionState>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_communications_or_search)]
impl ::std::default::Default for CallTranscriptionInfo {
    #[inline]
    fn default() -> Self {
        Self {
            last_modified_date_time: rt::Field::Absent,
            state: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_communications_or_search)]
impl rt::Object for CallTranscriptionInfo {
    const TYPE_NAME: &'static str = "microsoft.graph.callTranscriptionInfo";
    const KEYS: &'static [&'static str] = &["lastModifiedDateTime", "state"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"lastModifiedDateTime\":         ",
        ",\"state\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.callTranscriptionInfo\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(1usize, "state", &self.state);
    }
}
#[cfg(msgraph_v1_communications_or_search)]
impl rt::object::Members for CallTranscriptionInfo {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.last_modified_date_time.read_from(r),
            1usize => self.state.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.last_modified_date_time);
        w.field(1usize, &self.state);
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
#[cfg(msgraph_v1_communications_or_search)]
rt::impl_object!(CallTranscriptionInfo);
#[cfg(msgraph_v1_communications_or_search)]
rt::impl_setters!(
    CallTranscriptionInfo { with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_state state : crate ::v1::CallTranscriptionState; }
);
#[cfg(msgraph_v1_communications_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(CallTranscriptionInfo);
#[cfg(msgraph_v1_communications_or_search)]
/// CSDL: `microsoft.graph.callTranscriptionState`, enum type.
///
/// Features: `v1`, or one of `v1-communications`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum CallTranscriptionState {
    /// `notStarted` (value 0).
    NotStarted,
    /// `active` (value 1).
    Active,
    /// `inactive` (value 2).
    Inactive,
    /// `unknownFutureValue` (value 3).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_communications_or_search)]
impl rt::StrEnum for CallTranscriptionState {
    const TYPE_NAME: &'static str = "microsoft.graph.callTranscriptionState";
    const MEMBERS: &'static [&'static str] = &[
        "notStarted",
        "active",
        "inactive",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "notStarted" => Self::NotStarted,
                "active" => Self::Active,
                "inactive" => Self::Inactive,
                "unknownFutureValue" => Self::UnknownFutureValue,
                _ => return ::std::option::Option::None,
            },
        )
    }
    #[inline]
    fn unrecognized(s: ::std::string::String) -> Self {
        Self::Unrecognized(s)
    }
    #[inline]
    fn as_str(&self) -> &str {
        match self {
            Self::NotStarted => "notStarted",
            Self::Active => "active",
            Self::Inactive => "inactive",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_communications_or_search)]
rt::impl_enum!(CallTranscriptionState);
#[cfg(msgraph_v1_communications_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(CallTranscriptionState);
#[cfg(msgraph_v1_communications_or_search)]
/// CSDL: `microsoft.graph.cancelMediaProcessingOperation`, entity type, derived from `microsoft.graph.commsOperation`, open, key `id`.
///
/// Request builders: [`CommsOperationPath`](requests/trait.CommsOperationPath.html), what a path to one (`EntityPath<CancelMediaProcessingOperation, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-communications`, `v1-search`.
#[derive(Clone)]
pub struct CancelMediaProcessingOperation {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `clientContext`: `Edm.String`, nullable.
    pub client_context: rt::Field<::std::string::String>,
    /// CSDL: property `resultInfo`: `microsoft.graph.resultInfo`, nullable.
    pub result_info: rt::Field<crate::v1::ResultInfo>,
    /// CSDL: property `status`: `microsoft.graph.operationStatus`, not nullable.
    pub status: rt::Field<crate::v1::OperationStatus>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_communications_or_search)]
impl ::std::default::Default for CancelMediaProcessingOperation {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            client_context: rt::Field::Absent,
            result_info: rt::Field::Absent,
            status: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_communications_or_search)]
impl rt::Object for CancelMediaProcessingOperation {
    const TYPE_NAME: &'static str = "microsoft.graph.cancelMediaProcessingOperation";
    const KEYS: &'static [&'static str] = &[
        "id",
        "clientContext",
        "resultInfo",
        "status",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"clientContext\":                ",
        ",\"resultInfo\":                   ",
        ",\"status\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.cancelMediaProcessingOperation\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "client_context", &self.client_context);
        v.field(2usize, "result_info", &self.result_info);
        v.field(3usize, "status", &self.status);
    }
}
#[cfg(msgraph_v1_communications_or_search)]
impl rt::object::Members for CancelMediaProcessingOperation {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.client_context.read_from(r),
            2usize => self.result_info.read_from(r),
            3usize => self.status.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.client_context);
        w.field(2usize, &self.result_info);
        w.field(3usize, &self.status);
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
#[cfg(msgraph_v1_communications_or_search)]
rt::impl_object!(CancelMediaProcessingOperation);
#[cfg(msgraph_v1_communications_or_search)]
rt::impl_setters!(
    CancelMediaProcessingOperation { with_id id : ::std::string::String;
    with_client_context client_context : ::std::string::String; with_result_info
    result_info : crate ::v1::ResultInfo; with_status status : crate
    ::v1::OperationStatus; }
);
#[cfg(msgraph_v1_communications_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(CancelMediaProcessingOperation);
#[cfg(msgraph_v1_core_or_sites)]
/// CSDL: `microsoft.graph.canvasLayout`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`CanvasLayoutPath`](requests/trait.CanvasLayoutPath.html), what a path to one (`EntityPath<CanvasLayout, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct CanvasLayout {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `horizontalSections`: `Collection(microsoft.graph.horizontalSection)`, not nullable.
    pub horizontal_sections: rt::Field<::std::vec::Vec<crate::v1::HorizontalSection>>,
    /// CSDL: containment navigation property `verticalSection`: `microsoft.graph.verticalSection`, nullable.
    pub vertical_section: rt::Field<crate::v1::VerticalSection>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_sites)]
impl ::std::default::Default for CanvasLayout {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            horizontal_sections: rt::Field::Absent,
            vertical_section: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_sites)]
impl rt::Object for CanvasLayout {
    const TYPE_NAME: &'static str = "microsoft.graph.canvasLayout";
    const KEYS: &'static [&'static str] = &[
        "id",
        "horizontalSections",
        "verticalSection",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"horizontalSections\":           ",
        ",\"verticalSection\":              ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.canvasLayout\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "horizontal_sections", &self.horizontal_sections);
        v.field(2usize, "vertical_section", &self.vertical_section);
    }
}
#[cfg(msgraph_v1_core_or_sites)]
impl rt::object::Members for CanvasLayout {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.horizontal_sections.read_from(r),
            2usize => self.vertical_section.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.horizontal_sections);
        w.field(2usize, &self.vertical_section);
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
#[cfg(msgraph_v1_core_or_sites)]
rt::impl_object!(CanvasLayout);
#[cfg(msgraph_v1_core_or_sites)]
rt::impl_setters!(
    CanvasLayout { with_id id : ::std::string::String; with_horizontal_sections
    horizontal_sections : ::std::vec::Vec < crate ::v1::HorizontalSection >;
    with_vertical_section vertical_section : crate ::v1::VerticalSection; }
);
#[cfg(msgraph_v1_core_or_sites)]
#[cfg(feature = "serde")]
rt::impl_serde!(CanvasLayout);
#[cfg(msgraph_v1_search)]
/// CSDL: `microsoft.graph.certificateStatus`, enum type.
///
/// Features: `v1` or `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum CertificateStatus {
    /// `notProvisioned` (value 0).
    NotProvisioned,
    /// `provisioned` (value 1).
    Provisioned,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_search)]
impl rt::StrEnum for CertificateStatus {
    const TYPE_NAME: &'static str = "microsoft.graph.certificateStatus";
    const MEMBERS: &'static [&'static str] = &["notProvisioned", "provisioned"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "notProvisioned" => Self::NotProvisioned,
                "provisioned" => Self::Provisioned,
                _ => return ::std::option::Option::None,
            },
        )
    }
    #[inline]
    fn unrecognized(s: ::std::string::String) -> Self {
        Self::Unrecognized(s)
    }
    #[inline]
    fn as_str(&self) -> &str {
        match self {
            Self::NotProvisioned => "notProvisioned",
            Self::Provisioned => "provisioned",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_search)]
rt::impl_enum!(CertificateStatus);
#[cfg(msgraph_v1_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(CertificateStatus);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.certificationControl`, complex type, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct CertificationControl {
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// CSDL: property `url`: `Edm.String`, nullable.
    pub url: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for CertificationControl {
    #[inline]
    fn default() -> Self {
        Self {
            name: rt::Field::Absent,
            url: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for CertificationControl {
    const TYPE_NAME: &'static str = "microsoft.graph.certificationControl";
    const KEYS: &'static [&'static str] = &["name", "url"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"name\":                         ",
        ",\"url\":                          ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.certificationControl\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "name", &self.name);
        v.field(1usize, "url", &self.url);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for CertificationControl {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.name.read_from(r),
            1usize => self.url.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.name);
        w.field(1usize, &self.url);
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
#[cfg(msgraph_v1_search_or_security)]
rt::impl_object!(CertificationControl);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    CertificationControl { with_name name : ::std::string::String; with_url url :
    ::std::string::String; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(CertificationControl);
#[cfg(msgraph_v1_core_or_teamwork)]
/// CSDL: `microsoft.graph.channelAddedEventMessageDetail`, complex type, derived from `microsoft.graph.eventMessageDetail`.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ChannelAddedEventMessageDetail {
    /// CSDL: property `channelDisplayName`: `Edm.String`, nullable.
    pub channel_display_name: rt::Field<::std::string::String>,
    /// CSDL: property `channelId`: `Edm.String`, nullable.
    pub channel_id: rt::Field<::std::string::String>,
    /// CSDL: property `initiator`: `microsoft.graph.identitySet`, nullable.
    pub initiator: rt::Field<crate::v1::AnyIdentitySet>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl ::std::default::Default for ChannelAddedEventMessageDetail {
    #[inline]
    fn default() -> Self {
        Self {
            channel_display_name: rt::Field::Absent,
            channel_id: rt::Field::Absent,
            initiator: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl rt::Object for ChannelAddedEventMessageDetail {
    const TYPE_NAME: &'static str = "microsoft.graph.channelAddedEventMessageDetail";
    const KEYS: &'static [&'static str] = &[
        "channelDisplayName",
        "channelId",
        "initiator",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"channelDisplayName\":           ",
        ",\"channelId\":                    ",
        ",\"initiator\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.channelAddedEventMessageDetail\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "channel_display_name", &self.channel_display_name);
        v.field(1usize, "channel_id", &self.channel_id);
        v.field(2usize, "initiator", &self.initiator);
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl rt::object::Members for ChannelAddedEventMessageDetail {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.channel_display_name.read_from(r),
            1usize => self.channel_id.read_from(r),
            2usize => self.initiator.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.channel_display_name);
        w.field(1usize, &self.channel_id);
        w.field(2usize, &self.initiator);
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
#[cfg(msgraph_v1_core_or_teamwork)]
rt::impl_object!(ChannelAddedEventMessageDetail);
#[cfg(msgraph_v1_core_or_teamwork)]
rt::impl_setters!(
    ChannelAddedEventMessageDetail { with_channel_display_name channel_display_name :
    ::std::string::String; with_channel_id channel_id : ::std::string::String;
    with_initiator initiator : crate ::v1::AnyIdentitySet; }
);
#[cfg(msgraph_v1_core_or_teamwork)]
#[cfg(feature = "serde")]
rt::impl_serde!(ChannelAddedEventMessageDetail);
#[cfg(msgraph_v1_core_or_teamwork)]
/// CSDL: `microsoft.graph.channelDeletedEventMessageDetail`, complex type, derived from `microsoft.graph.eventMessageDetail`.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ChannelDeletedEventMessageDetail {
    /// CSDL: property `channelDisplayName`: `Edm.String`, nullable.
    pub channel_display_name: rt::Field<::std::string::String>,
    /// CSDL: property `channelId`: `Edm.String`, nullable.
    pub channel_id: rt::Field<::std::string::String>,
    /// CSDL: property `initiator`: `microsoft.graph.identitySet`, nullable.
    pub initiator: rt::Field<crate::v1::AnyIdentitySet>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl ::std::default::Default for ChannelDeletedEventMessageDetail {
    #[inline]
    fn default() -> Self {
        Self {
            channel_display_name: rt::Field::Absent,
            channel_id: rt::Field::Absent,
            initiator: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl rt::Object for ChannelDeletedEventMessageDetail {
    const TYPE_NAME: &'static str = "microsoft.graph.channelDeletedEventMessageDetail";
    const KEYS: &'static [&'static str] = &[
        "channelDisplayName",
        "channelId",
        "initiator",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"channelDisplayName\":           ",
        ",\"channelId\":                    ",
        ",\"initiator\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.channelDeletedEventMessageDetail\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "channel_display_name", &self.channel_display_name);
        v.field(1usize, "channel_id", &self.channel_id);
        v.field(2usize, "initiator", &self.initiator);
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl rt::object::Members for ChannelDeletedEventMessageDetail {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.channel_display_name.read_from(r),
            1usize => self.channel_id.read_from(r),
            2usize => self.initiator.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.channel_display_name);
        w.field(1usize, &self.channel_id);
        w.field(2usize, &self.initiator);
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
#[cfg(msgraph_v1_core_or_teamwork)]
rt::impl_object!(ChannelDeletedEventMessageDetail);
#[cfg(msgraph_v1_core_or_teamwork)]
rt::impl_setters!(
    ChannelDeletedEventMessageDetail { with_channel_display_name channel_display_name :
    ::std::string::String; with_channel_id channel_id : ::std::string::String;
    with_initiator initiator : crate ::v1::AnyIdentitySet; }
);
#[cfg(msgraph_v1_core_or_teamwork)]
#[cfg(feature = "serde")]
rt::impl_serde!(ChannelDeletedEventMessageDetail);
#[cfg(msgraph_v1_core_or_teamwork)]
/// CSDL: `microsoft.graph.channelDescriptionUpdatedEventMessageDetail`, complex type, derived from `microsoft.graph.eventMessageDetail`.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ChannelDescriptionUpdatedEventMessageDetail {
    /// CSDL: property `channelDescription`: `Edm.String`, nullable.
    pub channel_description: rt::Field<::std::string::String>,
    /// CSDL: property `channelId`: `Edm.String`, nullable.
    pub channel_id: rt::Field<::std::string::String>,
    /// CSDL: property `initiator`: `microsoft.graph.identitySet`, nullable.
    pub initiator: rt::Field<crate::v1::AnyIdentitySet>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl ::std::default::Default for ChannelDescriptionUpdatedEventMessageDetail {
    #[inline]
    fn default() -> Self {
        Self {
            channel_description: rt::Field::Absent,
            channel_id: rt::Field::Absent,
            initiator: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl rt::Object for ChannelDescriptionUpdatedEventMessageDetail {
    const TYPE_NAME: &'static str = "microsoft.graph.channelDescriptionUpdatedEventMessageDetail";
    const KEYS: &'static [&'static str] = &[
        "channelDescription",
        "channelId",
        "initiator",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"channelDescription\":           ",
        ",\"channelId\":                    ",
        ",\"initiator\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.channelDescriptionUpdatedEventMessageDetail\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "channel_description", &self.channel_description);
        v.field(1usize, "channel_id", &self.channel_id);
        v.field(2usize, "initiator", &self.initiator);
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl rt::object::Members for ChannelDescriptionUpdatedEventMessageDetail {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.channel_description.read_from(r),
            1usize => self.channel_id.read_from(r),
            2usize => self.initiator.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.channel_description);
        w.field(1usize, &self.channel_id);
        w.field(2usize, &self.initiator);
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
#[cfg(msgraph_v1_core_or_teamwork)]
rt::impl_object!(ChannelDescriptionUpdatedEventMessageDetail);
#[cfg(msgraph_v1_core_or_teamwork)]
rt::impl_setters!(
    ChannelDescriptionUpdatedEventMessageDetail { with_channel_description
    channel_description : ::std::string::String; with_channel_id channel_id :
    ::std::string::String; with_initiator initiator : crate ::v1::AnyIdentitySet; }
);
#[cfg(msgraph_v1_core_or_teamwork)]
#[cfg(feature = "serde")]
rt::impl_serde!(ChannelDescriptionUpdatedEventMessageDetail);
#[cfg(msgraph_v1_core_or_teamwork)]
/// CSDL: `microsoft.graph.channelIdentity`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ChannelIdentity {
    /// CSDL: property `channelId`: `Edm.String`, nullable.
    pub channel_id: rt::Field<::std::string::String>,
    /// CSDL: property `teamId`: `Edm.String`, nullable.
    pub team_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl ::std::default::Default for ChannelIdentity {
    #[inline]
    fn default() -> Self {
        Self {
            channel_id: rt::Field::Absent,
            team_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl rt::Object for ChannelIdentity {
    const TYPE_NAME: &'static str = "microsoft.graph.channelIdentity";
    const KEYS: &'static [&'static str] = &["channelId", "teamId"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"channelId\":                    ",
        ",\"teamId\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.channelIdentity\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "channel_id", &self.channel_id);
        v.field(1usize, "team_id", &self.team_id);
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl rt::object::Members for ChannelIdentity {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.channel_id.read_from(r),
            1usize => self.team_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.channel_id);
        w.field(1usize, &self.team_id);
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
#[cfg(msgraph_v1_core_or_teamwork)]
rt::impl_object!(ChannelIdentity);
#[cfg(msgraph_v1_core_or_teamwork)]
rt::impl_setters!(
    ChannelIdentity { with_channel_id channel_id : ::std::string::String; with_team_id
    team_id : ::std::string::String; }
);
#[cfg(msgraph_v1_core_or_teamwork)]
#[cfg(feature = "serde")]
rt::impl_serde!(ChannelIdentity);
#[cfg(msgraph_v1_core_or_teamwork)]
/// CSDL: `microsoft.graph.channelLayoutType`, enum type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ChannelLayoutType {
    /// `post` (value 0).
    Post,
    /// `chat` (value 1).
    Chat,
    /// `unknownFutureValue` (value 2).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl rt::StrEnum for ChannelLayoutType {
    const TYPE_NAME: &'static str = "microsoft.graph.channelLayoutType";
    const MEMBERS: &'static [&'static str] = &["post", "chat", "unknownFutureValue"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "post" => Self::Post,
                "chat" => Self::Chat,
                "unknownFutureValue" => Self::UnknownFutureValue,
                _ => return ::std::option::Option::None,
            },
        )
    }
    #[inline]
    fn unrecognized(s: ::std::string::String) -> Self {
        Self::Unrecognized(s)
    }
    #[inline]
    fn as_str(&self) -> &str {
        match self {
            Self::Post => "post",
            Self::Chat => "chat",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
rt::impl_enum!(ChannelLayoutType);
#[cfg(msgraph_v1_core_or_teamwork)]
#[cfg(feature = "serde")]
rt::impl_serde!(ChannelLayoutType);
#[cfg(msgraph_v1_core_or_teamwork)]
/// CSDL: `microsoft.graph.channelMembersNotificationRecipient`, complex type, derived from `microsoft.graph.teamworkNotificationRecipient`.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ChannelMembersNotificationRecipient {
    /// CSDL: property `channelId`: `Edm.String`, not nullable.
    pub channel_id: rt::Field<::std::string::String>,
    /// CSDL: property `teamId`: `Edm.String`, not nullable.
    pub team_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl ::std::default::Default for ChannelMembersNotificationRecipient {
    #[inline]
    fn default() -> Self {
        Self {
            channel_id: rt::Field::Absent,
            team_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl rt::Object for ChannelMembersNotificationRecipient {
    const TYPE_NAME: &'static str = "microsoft.graph.channelMembersNotificationRecipient";
    const KEYS: &'static [&'static str] = &["channelId", "teamId"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"channelId\":                    ",
        ",\"teamId\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.channelMembersNotificationRecipient\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "channel_id", &self.channel_id);
        v.field(1usize, "team_id", &self.team_id);
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl rt::object::Members for ChannelMembersNotificationRecipient {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.channel_id.read_from(r),
            1usize => self.team_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.channel_id);
        w.field(1usize, &self.team_id);
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
#[cfg(msgraph_v1_core_or_teamwork)]
rt::impl_object!(ChannelMembersNotificationRecipient);
#[cfg(msgraph_v1_core_or_teamwork)]
rt::impl_setters!(
    ChannelMembersNotificationRecipient { with_channel_id channel_id :
    ::std::string::String; with_team_id team_id : ::std::string::String; }
);
#[cfg(msgraph_v1_core_or_teamwork)]
#[cfg(feature = "serde")]
rt::impl_serde!(ChannelMembersNotificationRecipient);
#[cfg(msgraph_v1_core_or_teamwork)]
/// CSDL: `microsoft.graph.channelMembershipType`, enum type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ChannelMembershipType {
    /// `standard` (value 0).
    Standard,
    /// `private` (value 1).
    Private,
    /// `unknownFutureValue` (value 2).
    UnknownFutureValue,
    /// `shared` (value 3).
    Shared,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl rt::StrEnum for ChannelMembershipType {
    const TYPE_NAME: &'static str = "microsoft.graph.channelMembershipType";
    const MEMBERS: &'static [&'static str] = &[
        "standard",
        "private",
        "unknownFutureValue",
        "shared",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "standard" => Self::Standard,
                "private" => Self::Private,
                "unknownFutureValue" => Self::UnknownFutureValue,
                "shared" => Self::Shared,
                _ => return ::std::option::Option::None,
            },
        )
    }
    #[inline]
    fn unrecognized(s: ::std::string::String) -> Self {
        Self::Unrecognized(s)
    }
    #[inline]
    fn as_str(&self) -> &str {
        match self {
            Self::Standard => "standard",
            Self::Private => "private",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Shared => "shared",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
rt::impl_enum!(ChannelMembershipType);
#[cfg(msgraph_v1_core_or_teamwork)]
#[cfg(feature = "serde")]
rt::impl_serde!(ChannelMembershipType);
#[cfg(msgraph_v1_core_or_teamwork)]
/// CSDL: `microsoft.graph.channelRenamedEventMessageDetail`, complex type, derived from `microsoft.graph.eventMessageDetail`.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ChannelRenamedEventMessageDetail {
    /// CSDL: property `channelDisplayName`: `Edm.String`, nullable.
    pub channel_display_name: rt::Field<::std::string::String>,
    /// CSDL: property `channelId`: `Edm.String`, nullable.
    pub channel_id: rt::Field<::std::string::String>,
    /// CSDL: property `initiator`: `microsoft.graph.identitySet`, nullable.
    pub initiator: rt::Field<crate::v1::AnyIdentitySet>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl ::std::default::Default for ChannelRenamedEventMessageDetail {
    #[inline]
    fn default() -> Self {
        Self {
            channel_display_name: rt::Field::Absent,
            channel_id: rt::Field::Absent,
            initiator: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl rt::Object for ChannelRenamedEventMessageDetail {
    const TYPE_NAME: &'static str = "microsoft.graph.channelRenamedEventMessageDetail";
    const KEYS: &'static [&'static str] = &[
        "channelDisplayName",
        "channelId",
        "initiator",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"channelDisplayName\":           ",
        ",\"channelId\":                    ",
        ",\"initiator\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.channelRenamedEventMessageDetail\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "channel_display_name", &self.channel_display_name);
        v.field(1usize, "channel_id", &self.channel_id);
        v.field(2usize, "initiator", &self.initiator);
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl rt::object::Members for ChannelRenamedEventMessageDetail {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.channel_display_name.read_from(r),
            1usize => self.channel_id.read_from(r),
            2usize => self.initiator.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.channel_display_name);
        w.field(1usize, &self.channel_id);
        w.field(2usize, &self.initiator);
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
#[cfg(msgraph_v1_core_or_teamwork)]
rt::impl_object!(ChannelRenamedEventMessageDetail);
#[cfg(msgraph_v1_core_or_teamwork)]
rt::impl_setters!(
    ChannelRenamedEventMessageDetail { with_channel_display_name channel_display_name :
    ::std::string::String; with_channel_id channel_id : ::std::string::String;
    with_initiator initiator : crate ::v1::AnyIdentitySet; }
);
#[cfg(msgraph_v1_core_or_teamwork)]
#[cfg(feature = "serde")]
rt::impl_serde!(ChannelRenamedEventMessageDetail);
#[cfg(msgraph_v1_core_or_teamwork)]
/// CSDL: `microsoft.graph.channelSetAsFavoriteByDefaultEventMessageDetail`, complex type, derived from `microsoft.graph.eventMessageDetail`.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ChannelSetAsFavoriteByDefaultEventMessageDetail {
    /// CSDL: property `channelId`: `Edm.String`, nullable.
    pub channel_id: rt::Field<::std::string::String>,
    /// CSDL: property `initiator`: `microsoft.graph.identitySet`, nullable.
    pub initiator: rt::Field<crate::v1::AnyIdentitySet>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl ::std::default::Default for ChannelSetAsFavoriteByDefaultEventMessageDetail {
    #[inline]
    fn default() -> Self {
        Self {
            channel_id: rt::Field::Absent,
            initiator: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl rt::Object for ChannelSetAsFavoriteByDefaultEventMessageDetail {
    const TYPE_NAME: &'static str = "microsoft.graph.channelSetAsFavoriteByDefaultEventMessageDetail";
    const KEYS: &'static [&'static str] = &["channelId", "initiator"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"channelId\":                    ",
        ",\"initiator\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.channelSetAsFavoriteByDefaultEventMessageDetail\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "channel_id", &self.channel_id);
        v.field(1usize, "initiator", &self.initiator);
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl rt::object::Members for ChannelSetAsFavoriteByDefaultEventMessageDetail {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.channel_id.read_from(r),
            1usize => self.initiator.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.channel_id);
        w.field(1usize, &self.initiator);
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
#[cfg(msgraph_v1_core_or_teamwork)]
rt::impl_object!(ChannelSetAsFavoriteByDefaultEventMessageDetail);
#[cfg(msgraph_v1_core_or_teamwork)]
rt::impl_setters!(
    ChannelSetAsFavoriteByDefaultEventMessageDetail { with_channel_id channel_id :
    ::std::string::String; with_initiator initiator : crate ::v1::AnyIdentitySet; }
);
#[cfg(msgraph_v1_core_or_teamwork)]
#[cfg(feature = "serde")]
rt::impl_serde!(ChannelSetAsFavoriteByDefaultEventMessageDetail);
#[cfg(msgraph_v1_core_or_teamwork)]
/// CSDL: `microsoft.graph.channelUnsetAsFavoriteByDefaultEventMessageDetail`, complex type, derived from `microsoft.graph.eventMessageDetail`.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ChannelUnsetAsFavoriteByDefaultEventMessageDetail {
    /// CSDL: property `channelId`: `Edm.String`, nullable.
    pub channel_id: rt::Field<::std::string::String>,
    /// CSDL: property `initiator`: `microsoft.graph.identitySet`, nullable.
    pub initiator: rt::Field<crate::v1::AnyIdentitySet>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl ::std::default::Default for ChannelUnsetAsFavoriteByDefaultEventMessageDetail {
    #[inline]
    fn default() -> Self {
        Self {
            channel_id: rt::Field::Absent,
            initiator: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl rt::Object for ChannelUnsetAsFavoriteByDefaultEventMessageDetail {
    const TYPE_NAME: &'static str = "microsoft.graph.channelUnsetAsFavoriteByDefaultEventMessageDetail";
    const KEYS: &'static [&'static str] = &["channelId", "initiator"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"channelId\":                    ",
        ",\"initiator\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.channelUnsetAsFavoriteByDefaultEventMessageDetail\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "channel_id", &self.channel_id);
        v.field(1usize, "initiator", &self.initiator);
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl rt::object::Members for ChannelUnsetAsFavoriteByDefaultEventMessageDetail {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.channel_id.read_from(r),
            1usize => self.initiator.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.channel_id);
        w.field(1usize, &self.initiator);
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
#[cfg(msgraph_v1_core_or_teamwork)]
rt::impl_object!(ChannelUnsetAsFavoriteByDefaultEventMessageDetail);
#[cfg(msgraph_v1_core_or_teamwork)]
rt::impl_setters!(
    ChannelUnsetAsFavoriteByDefaultEventMessageDetail { with_channel_id channel_id :
    ::std::string::String; with_initiator initiator : crate ::v1::AnyIdentitySet; }
);
#[cfg(msgraph_v1_core_or_teamwork)]
#[cfg(feature = "serde")]
rt::impl_serde!(ChannelUnsetAsFavoriteByDefaultEventMessageDetail);
#[cfg(msgraph_v1_core_or_communications_or_solutions)]
/// CSDL: `microsoft.graph.chatInfo`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-communications`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 12 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ChatInfo {
    /// CSDL: property `messageId`: `Edm.String`, nullable.
    pub message_id: rt::Field<::std::string::String>,
    /// CSDL: property `replyChainMessageId`: `Edm.String`, nullable.
    pub reply_chain_message_id: rt::Field<::std::string::String>,
    /// CSDL: property `threadId`: `Edm.String`, nullable.
    pub thread_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_communications_or_solutions)]
impl ::std::default::Default for ChatInfo {
    #[inline]
    fn default() -> Self {
        Self {
            message_id: rt::Field::Absent,
            reply_chain_message_id: rt::Field::Absent,
            thread_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_communications_or_solutions)]
impl rt::Object for ChatInfo {
    const TYPE_NAME: &'static str = "microsoft.graph.chatInfo";
    const KEYS: &'static [&'static str] = &[
        "messageId",
        "replyChainMessageId",
        "threadId",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"messageId\":                    ",
        ",\"replyChainMessageId\":          ",
        ",\"threadId\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.chatInfo\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "message_id", &self.message_id);
        v.field(1usize, "reply_chain_message_id", &self.reply_chain_message_id);
        v.field(2usize, "thread_id", &self.thread_id);
    }
}
#[cfg(msgraph_v1_core_or_communications_or_solutions)]
impl rt::object::Members for ChatInfo {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.message_id.read_from(r),
            1usize => self.reply_chain_message_id.read_from(r),
            2usize => self.thread_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.message_id);
        w.field(1usize, &self.reply_chain_message_id);
        w.field(2usize, &self.thread_id);
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
#[cfg(msgraph_v1_core_or_communications_or_solutions)]
rt::impl_object!(ChatInfo);
#[cfg(msgraph_v1_core_or_communications_or_solutions)]
rt::impl_setters!(
    ChatInfo { with_message_id message_id : ::std::string::String;
    with_reply_chain_message_id reply_chain_message_id : ::std::string::String;
    with_thread_id thread_id : ::std::string::String; }
);
#[cfg(msgraph_v1_core_or_communications_or_solutions)]
#[cfg(feature = "serde")]
rt::impl_serde!(ChatInfo);
#[cfg(msgraph_v1_core_or_teamwork)]
/// CSDL: `microsoft.graph.chatMembersNotificationRecipient`, complex type, derived from `microsoft.graph.teamworkNotificationRecipient`.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ChatMembersNotificationRecipient {
    /// CSDL: property `chatId`: `Edm.String`, not nullable.
    pub chat_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl ::std::default::Default for ChatMembersNotificationRecipient {
    #[inline]
    fn default() -> Self {
        Self {
            chat_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl rt::Object for ChatMembersNotificationRecipient {
    const TYPE_NAME: &'static str = "microsoft.graph.chatMembersNotificationRecipient";
    const KEYS: &'static [&'static str] = &["chatId"];
    const KEYS_JSON: &'static [&'static str] = &[",\"chatId\":                       "];
    const TAG: &'static str = "\"#microsoft.graph.chatMembersNotificationRecipient\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "chat_id", &self.chat_id);
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl rt::object::Members for ChatMembersNotificationRecipient {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.chat_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.chat_id);
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
#[cfg(msgraph_v1_core_or_teamwork)]
rt::impl_object!(ChatMembersNotificationRecipient);
#[cfg(msgraph_v1_core_or_teamwork)]
rt::impl_setters!(
    ChatMembersNotificationRecipient { with_chat_id chat_id : ::std::string::String; }
);
#[cfg(msgraph_v1_core_or_teamwork)]
#[cfg(feature = "serde")]
rt::impl_serde!(ChatMembersNotificationRecipient);
#[cfg(msgraph_v1_core_or_teamwork)]
/// CSDL: `microsoft.graph.chatMessage`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`ChatMessagePath`](requests/trait.ChatMessagePath.html), what a path to one (`EntityPath<AnyChatMessage, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ChatMessage {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `attachments`: `Collection(microsoft.graph.chatMessageAttachment)`, nullable.
    pub attachments: rt::Field<::std::vec::Vec<crate::v1::ChatMessageAttachment>>,
    /// CSDL: property `body`: `microsoft.graph.itemBody`, not nullable.
    pub body: rt::Field<crate::v1::ItemBody>,
    /// CSDL: property `channelIdentity`: `microsoft.graph.channelIdentity`, nullable.
    pub channel_identity: rt::Field<crate::v1::ChannelIdentity>,
    /// CSDL: property `chatId`: `Edm.String`, nullable.
    pub chat_id: rt::Field<::std::string::String>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `deletedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub deleted_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `etag`: `Edm.String`, nullable.
    pub etag: rt::Field<::std::string::String>,
    /// CSDL: property `eventDetail`: `microsoft.graph.eventMessageDetail`, nullable.
    pub event_detail: rt::Field<crate::v1::AnyEventMessageDetail>,
    /// CSDL: property `from`: `microsoft.graph.chatMessageFromIdentitySet`, nullable.
    pub from: rt::Field<crate::v1::ChatMessageFromIdentitySet>,
    /// CSDL: property `importance`: `microsoft.graph.chatMessageImportance`, not nullable.
    pub importance: rt::Field<crate::v1::ChatMessageImportance>,
    /// CSDL: property `lastEditedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_edited_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `locale`: `Edm.String`, not nullable.
    pub locale: rt::Field<::std::string::String>,
    /// CSDL: property `mentions`: `Collection(microsoft.graph.chatMessageMention)`, nullable.
    pub mentions: rt::Field<::std::vec::Vec<crate::v1::ChatMessageMention>>,
    /// CSDL: property `messageHistory`: `Collection(microsoft.graph.chatMessageHistoryItem)`, nullable.
    pub message_history: rt::Field<::std::vec::Vec<crate::v1::ChatMessageHistoryItem>>,
    /// CSDL: property `messageType`: `microsoft.graph.chatMessageType`, not nullable.
    pub message_type: rt::Field<crate::v1::ChatMessageType>,
    /// CSDL: property `policyViolation`: `microsoft.graph.chatMessagePolicyViolation`, nullable.
    pub policy_violation: rt::Field<crate::v1::ChatMessagePolicyViolation>,
    /// CSDL: property `reactions`: `Collection(microsoft.graph.chatMessageReaction)`, nullable.
    pub reactions: rt::Field<::std::vec::Vec<crate::v1::ChatMessageReaction>>,
    /// CSDL: property `replyToId`: `Edm.String`, nullable.
    pub reply_to_id: rt::Field<::std::string::String>,
    /// CSDL: property `subject`: `Edm.String`, nullable.
    pub subject: rt::Field<::std::string::String>,
    /// CSDL: property `summary`: `Edm.String`, nullable.
    pub summary: rt::Field<::std::string::String>,
    /// CSDL: property `webUrl`: `Edm.String`, nullable.
    pub web_url: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `hostedContents`: `Collection(microsoft.graph.chatMessageHostedContent)`, not nullable.
    pub hosted_contents: rt::Field<::std::vec::Vec<crate::v1::ChatMessageHostedContent>>,
    /// CSDL: containment navigation property `replies`: `Collection(microsoft.graph.chatMessage)`, not nullable.
    pub replies: rt::Field<::std::vec::Vec<crate::v1::AnyChatMessage>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl ::std::default::Default for ChatMessage {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            attachments: rt::Field::Absent,
            body: rt::Field::Absent,
            channel_identity: rt::Field::Absent,
            chat_id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            deleted_date_time: rt::Field::Absent,
            etag: rt::Field::Absent,
            event_detail: rt::Field::Absent,
            from: rt::Field::Absent,
            importance: rt::Field::Absent,
            last_edited_date_time: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            locale: rt::Field::Absent,
            mentions: rt::Field::Absent,
            message_history: rt::Field::Absent,
            message_type: rt::Field::Absent,
            policy_violation: rt::Field::Absent,
            reactions: rt::Field::Absent,
            reply_to_id: rt::Field::Absent,
            subject: rt::Field::Absent,
            summary: rt::Field::Absent,
            web_url: rt::Field::Absent,
            hosted_contents: rt::Field::Absent,
            replies: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl rt::Object for ChatMessage {
    const TYPE_NAME: &'static str = "microsoft.graph.chatMessage";
    const KEYS: &'static [&'static str] = &[
        "id",
        "attachments",
        "body",
        "channelIdentity",
        "chatId",
        "createdDateTime",
        "deletedDateTime",
        "etag",
        "eventDetail",
        "from",
        "importance",
        "lastEditedDateTime",
        "lastModifiedDateTime",
        "locale",
        "mentions",
        "messageHistory",
        "messageType",
        "policyViolation",
        "reactions",
        "replyToId",
        "subject",
        "summary",
        "webUrl",
        "hostedContents",
        "replies",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"attachments\":                  ",
        ",\"body\":                         ",
        ",\"channelIdentity\":              ",
        ",\"chatId\":                       ",
        ",\"createdDateTime\":              ",
        ",\"deletedDateTime\":              ",
        ",\"etag\":                         ",
        ",\"eventDetail\":                  ",
        ",\"from\":                         ",
        ",\"importance\":                   ",
        ",\"lastEditedDateTime\":           ",
        ",\"lastModifiedDateTime\":         ",
        ",\"locale\":                       ",
        ",\"mentions\":                     ",
        ",\"messageHistory\":               ",
        ",\"messageType\":                  ",
        ",\"policyViolation\":              ",
        ",\"reactions\":                    ",
        ",\"replyToId\":                    ",
        ",\"subject\":                      ",
        ",\"summary\":                      ",
        ",\"webUrl\":                       ",
        ",\"hostedContents\":               ",
        ",\"replies\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.chatMessage\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "attachments", &self.attachments);
        v.field(2usize, "body", &self.body);
        v.field(3usize, "channel_identity", &self.channel_identity);
        v.field(4usize, "chat_id", &self.chat_id);
        v.field(5usize, "created_date_time", &self.created_date_time);
        v.field(6usize, "deleted_date_time", &self.deleted_date_time);
        v.field(7usize, "etag", &self.etag);
        v.field(8usize, "event_detail", &self.event_detail);
        v.field(9usize, "from", &self.from);
        v.field(10usize, "importance", &self.importance);
        v.field(11usize, "last_edited_date_time", &self.last_edited_date_time);
        v.field(12usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(13usize, "locale", &self.locale);
        v.field(14usize, "mentions", &self.mentions);
        v.field(15usize, "message_history", &self.message_history);
        v.field(16usize, "message_type", &self.message_type);
        v.field(17usize, "policy_violation", &self.policy_violation);
        v.field(18usize, "reactions", &self.reactions);
        v.field(19usize, "reply_to_id", &self.reply_to_id);
        v.field(20usize, "subject", &self.subject);
        v.field(21usize, "summary", &self.summary);
        v.field(22usize, "web_url", &self.web_url);
        v.field(23usize, "hosted_contents", &self.hosted_contents);
        v.field(24usize, "replies", &self.replies);
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl rt::object::Members for ChatMessage {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.attachments.read_from(r),
            2usize => self.body.read_from(r),
            3usize => self.channel_identity.read_from(r),
            4usize => self.chat_id.read_from(r),
            5usize => self.created_date_time.read_from(r),
            6usize => self.deleted_date_time.read_from(r),
            7usize => self.etag.read_from(r),
            8usize => self.event_detail.read_from(r),
            9usize => self.from.read_from(r),
            10usize => self.importance.read_from(r),
            11usize => self.last_edited_date_time.read_from(r),
            12usize => self.last_modified_date_time.read_from(r),
            13usize => self.locale.read_from(r),
            14usize => self.mentions.read_from(r),
            15usize => self.message_history.read_from(r),
            16usize => self.message_type.read_from(r),
            17usize => self.policy_violation.read_from(r),
            18usize => self.reactions.read_from(r),
            19usize => self.reply_to_id.read_from(r),
            20usize => self.subject.read_from(r),
            21usize => self.summary.read_from(r),
            22usize => self.web_url.read_from(r),
            23usize => self.hosted_contents.read_from(r),
            24usize => self.replies.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.attachments);
        w.field(2usize, &self.body);
        w.field(3usize, &self.channel_identity);
        w.field(4usize, &self.chat_id);
        w.field(5usize, &self.created_date_time);
        w.field(6usize, &self.deleted_date_time);
        w.field(7usize, &self.etag);
        w.field(8usize, &self.event_detail);
        w.field(9usize, &self.from);
        w.field(10usize, &self.importance);
        w.field(11usize, &self.last_edited_date_time);
        w.field(12usize, &self.last_modified_date_time);
        w.field(13usize, &self.locale);
        w.field(14usize, &self.mentions);
        w.field(15usize, &self.message_history);
        w.field(16usize, &self.message_type);
        w.field(17usize, &self.policy_violation);
        w.field(18usize, &self.reactions);
        w.field(19usize, &self.reply_to_id);
        w.field(20usize, &self.subject);
        w.field(21usize, &self.summary);
        w.field(22usize, &self.web_url);
        w.field(23usize, &self.hosted_contents);
        w.field(24usize, &self.replies);
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
#[cfg(msgraph_v1_core_or_teamwork)]
rt::impl_object!(ChatMessage);
#[cfg(msgraph_v1_core_or_teamwork)]
rt::impl_setters!(
    ChatMessage { with_id id : ::std::string::String; with_attachments attachments :
    ::std::vec::Vec < crate ::v1::ChatMessageAttachment >; with_body body : crate
    ::v1::ItemBody; with_channel_identity channel_identity : crate ::v1::ChannelIdentity;
    with_chat_id chat_id : ::std::string::String; with_created_date_time
    created_date_time : rt::edm::DateTimeOffset; with_deleted_date_time deleted_date_time
    : rt::edm::DateTimeOffset; with_etag etag : ::std::string::String; with_event_detail
    event_detail : crate ::v1::AnyEventMessageDetail; with_from from : crate
    ::v1::ChatMessageFromIdentitySet; with_importance importance : crate
    ::v1::ChatMessageImportance; with_last_edited_date_time last_edited_date_time :
    rt::edm::DateTimeOffset; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_locale locale : ::std::string::String; with_mentions
    mentions : ::std::vec::Vec < crate ::v1::ChatMessageMention >; with_message_history
    message_history : ::std::vec::Vec < crate ::v1::ChatMessageHistoryItem >;
    with_message_type message_type : crate ::v1::ChatMessageType; with_policy_violation
    policy_violation : crate ::v1::ChatMessagePolicyViolation; with_reactions reactions :
    ::std::vec::Vec < crate ::v1::ChatMessageReaction >; with_reply_to_id reply_to_id :
    ::std::string::String; with_subject subject : ::std::string::String; with_summary
    summary : ::std::string::String; with_web_url web_url : ::std::string::String;
    with_hosted_contents hosted_contents : ::std::vec::Vec < crate
    ::v1::ChatMessageHostedContent >; with_replies replies : ::std::vec::Vec < crate
    ::v1::AnyChatMessage >; }
);
#[cfg(msgraph_v1_core_or_teamwork)]
#[cfg(feature = "serde")]
rt::impl_serde!(ChatMessage);
#[cfg(msgraph_v1_core_or_teamwork)]
/// `microsoft.graph.chatMessage` or any type derived from it, selected by `@odata.type` (2 types); each variant's type converts into it (`From`).
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Debug)]
pub enum AnyChatMessage {
    ChatMessage(::std::boxed::Box<crate::v1::ChatMessage>),
    TargetedChatMessage(::std::boxed::Box<crate::v1::TargetedChatMessage>),
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl ::std::default::Default for AnyChatMessage {
    #[inline]
    fn default() -> Self {
        Self::ChatMessage(::std::default::Default::default())
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::ChatMessage> for AnyChatMessage {
    #[inline]
    fn from(v: crate::v1::ChatMessage) -> Self {
        Self::ChatMessage(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::TargetedChatMessage> for AnyChatMessage {
    #[inline]
    fn from(v: crate::v1::TargetedChatMessage) -> Self {
        Self::TargetedChatMessage(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
unsafe impl ::std::marker::Send for AnyChatMessage {}
#[cfg(msgraph_v1_core_or_teamwork)]
unsafe impl ::std::marker::Sync for AnyChatMessage {}
#[cfg(msgraph_v1_core_or_teamwork)]
impl ::std::marker::Unpin for AnyChatMessage {}
#[cfg(msgraph_v1_core_or_teamwork)]
impl ::std::panic::UnwindSafe for AnyChatMessage {}
#[cfg(msgraph_v1_core_or_teamwork)]
impl ::std::panic::RefUnwindSafe for AnyChatMessage {}
#[cfg(msgraph_v1_core_or_teamwork)]
const _: () = {
    rt::object::auto_traits::<crate::v1::ChatMessage>();
    rt::object::auto_traits::<crate::v1::TargetedChatMessage>();
};
#[cfg(msgraph_v1_core_or_teamwork)]
impl rt::Poly for AnyChatMessage {
    const BASE_NAME: &'static str = "microsoft.graph.chatMessage";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some("microsoft.graph.targetedChatMessage") => {
                Self::TargetedChatMessage(rt::object::new_boxed())
            }
            _ => Self::ChatMessage(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::ChatMessage(v) => &**v,
            Self::TargetedChatMessage(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::ChatMessage(v) => &mut **v,
            Self::TargetedChatMessage(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl AnyChatMessage {
    /// The qualified CSDL name of the current variant's type.
    #[inline]
    pub fn type_name(&self) -> &'static str {
        rt::Poly::members(self).view().0.type_name
    }
    /// The current variant's unknown members and annotations.
    #[inline]
    pub fn extra(&self) -> &rt::Extra {
        rt::Poly::members(self).view().1
    }
    /// The current variant's unknown members and annotations, mutably.
    #[inline]
    pub fn extra_mut(&mut self) -> &mut rt::Extra {
        rt::Poly::members_mut(self).extra_mut_dyn()
    }
    /// `id` of any variant.
    #[inline]
    pub fn id(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::ChatMessage(v) => &v.id,
            Self::TargetedChatMessage(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ChatMessage(v) => &mut v.id,
            Self::TargetedChatMessage(v) => &mut v.id,
        }
    }
    /// `attachments` of any variant.
    #[inline]
    pub fn attachments(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::v1::ChatMessageAttachment>> {
        match self {
            Self::ChatMessage(v) => &v.attachments,
            Self::TargetedChatMessage(v) => &v.attachments,
        }
    }
    /// `attachments` of any variant.
    #[inline]
    pub fn attachments_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::v1::ChatMessageAttachment>> {
        match self {
            Self::ChatMessage(v) => &mut v.attachments,
            Self::TargetedChatMessage(v) => &mut v.attachments,
        }
    }
    /// `body` of any variant.
    #[inline]
    pub fn body(&self) -> &rt::Field<crate::v1::ItemBody> {
        match self {
            Self::ChatMessage(v) => &v.body,
            Self::TargetedChatMessage(v) => &v.body,
        }
    }
    /// `body` of any variant.
    #[inline]
    pub fn body_mut(&mut self) -> &mut rt::Field<crate::v1::ItemBody> {
        match self {
            Self::ChatMessage(v) => &mut v.body,
            Self::TargetedChatMessage(v) => &mut v.body,
        }
    }
    /// `channelIdentity` of any variant.
    #[inline]
    pub fn channel_identity(&self) -> &rt::Field<crate::v1::ChannelIdentity> {
        match self {
            Self::ChatMessage(v) => &v.channel_identity,
            Self::TargetedChatMessage(v) => &v.channel_identity,
        }
    }
    /// `channelIdentity` of any variant.
    #[inline]
    pub fn channel_identity_mut(
        &mut self,
    ) -> &mut rt::Field<crate::v1::ChannelIdentity> {
        match self {
            Self::ChatMessage(v) => &mut v.channel_identity,
            Self::TargetedChatMessage(v) => &mut v.channel_identity,
        }
    }
    /// `chatId` of any variant.
    #[inline]
    pub fn chat_id(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::ChatMessage(v) => &v.chat_id,
            Self::TargetedChatMessage(v) => &v.chat_id,
        }
    }
    /// `chatId` of any variant.
    #[inline]
    pub fn chat_id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ChatMessage(v) => &mut v.chat_id,
            Self::TargetedChatMessage(v) => &mut v.chat_id,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::ChatMessage(v) => &v.created_date_time,
            Self::TargetedChatMessage(v) => &v.created_date_time,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time_mut(&mut self) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::ChatMessage(v) => &mut v.created_date_time,
            Self::TargetedChatMessage(v) => &mut v.created_date_time,
        }
    }
    /// `deletedDateTime` of any variant.
    #[inline]
    pub fn deleted_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::ChatMessage(v) => &v.deleted_date_time,
            Self::TargetedChatMessage(v) => &v.deleted_date_time,
        }
    }
    /// `deletedDateTime` of any variant.
    #[inline]
    pub fn deleted_date_time_mut(&mut self) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::ChatMessage(v) => &mut v.deleted_date_time,
            Self::TargetedChatMessage(v) => &mut v.deleted_date_time,
        }
    }
    /// `etag` of any variant.
    #[inline]
    pub fn etag(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::ChatMessage(v) => &v.etag,
            Self::TargetedChatMessage(v) => &v.etag,
        }
    }
    /// `etag` of any variant.
    #[inline]
    pub fn etag_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ChatMessage(v) => &mut v.etag,
            Self::TargetedChatMessage(v) => &mut v.etag,
        }
    }
    /// `eventDetail` of any variant.
    #[inline]
    pub fn event_detail(&self) -> &rt::Field<crate::v1::AnyEventMessageDetail> {
        match self {
            Self::ChatMessage(v) => &v.event_detail,
            Self::TargetedChatMessage(v) => &v.event_detail,
        }
    }
    /// `eventDetail` of any variant.
    #[inline]
    pub fn event_detail_mut(
        &mut self,
    ) -> &mut rt::Field<crate::v1::AnyEventMessageDetail> {
        match self {
            Self::ChatMessage(v) => &mut v.event_detail,
            Self::TargetedChatMessage(v) => &mut v.event_detail,
        }
    }
    /// `from` of any variant.
    #[inline]
    pub fn from(&self) -> &rt::Field<crate::v1::ChatMessageFromIdentitySet> {
        match self {
            Self::ChatMessage(v) => &v.from,
            Self::TargetedChatMessage(v) => &v.from,
        }
    }
    /// `from` of any variant.
    #[inline]
    pub fn from_mut(&mut self) -> &mut rt::Field<crate::v1::ChatMessageFromIdentitySet> {
        match self {
            Self::ChatMessage(v) => &mut v.from,
            Self::TargetedChatMessage(v) => &mut v.from,
        }
    }
    /// `importance` of any variant.
    #[inline]
    pub fn importance(&self) -> &rt::Field<crate::v1::ChatMessageImportance> {
        match self {
            Self::ChatMessage(v) => &v.importance,
            Self::TargetedChatMessage(v) => &v.importance,
        }
    }
    /// `importance` of any variant.
    #[inline]
    pub fn importance_mut(
        &mut self,
    ) -> &mut rt::Field<crate::v1::ChatMessageImportance> {
        match self {
            Self::ChatMessage(v) => &mut v.importance,
            Self::TargetedChatMessage(v) => &mut v.importance,
        }
    }
    /// `lastEditedDateTime` of any variant.
    #[inline]
    pub fn last_edited_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::ChatMessage(v) => &v.last_edited_date_time,
            Self::TargetedChatMessage(v) => &v.last_edited_date_time,
        }
    }
    /// `lastEditedDateTime` of any variant.
    #[inline]
    pub fn last_edited_date_time_mut(
        &mut self,
    ) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::ChatMessage(v) => &mut v.last_edited_date_time,
            Self::TargetedChatMessage(v) => &mut v.last_edited_date_time,
        }
    }
    /// `lastModifiedDateTime` of any variant.
    #[inline]
    pub fn last_modified_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::ChatMessage(v) => &v.last_modified_date_time,
            Self::TargetedChatMessage(v) => &v.last_modified_date_time,
        }
    }
    /// `lastModifiedDateTime` of any variant.
    #[inline]
    pub fn last_modified_date_time_mut(
        &mut self,
    ) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::ChatMessage(v) => &mut v.last_modified_date_time,
            Self::TargetedChatMessage(v) => &mut v.last_modified_date_time,
        }
    }
    /// `locale` of any variant.
    #[inline]
    pub fn locale(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::ChatMessage(v) => &v.locale,
            Self::TargetedChatMessage(v) => &v.locale,
        }
    }
    /// `locale` of any variant.
    #[inline]
    pub fn locale_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ChatMessage(v) => &mut v.locale,
            Self::TargetedChatMessage(v) => &mut v.locale,
        }
    }
    /// `mentions` of any variant.
    #[inline]
    pub fn mentions(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::v1::ChatMessageMention>> {
        match self {
            Self::ChatMessage(v) => &v.mentions,
            Self::TargetedChatMessage(v) => &v.mentions,
        }
    }
    /// `mentions` of any variant.
    #[inline]
    pub fn mentions_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::v1::ChatMessageMention>> {
        match self {
            Self::ChatMessage(v) => &mut v.mentions,
            Self::TargetedChatMessage(v) => &mut v.mentions,
        }
    }
    /// `messageHistory` of any variant.
    #[inline]
    pub fn message_history(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::v1::ChatMessageHistoryItem>> {
        match self {
            Self::ChatMessage(v) => &v.message_history,
            Self::TargetedChatMessage(v) => &v.message_history,
        }
    }
    /// `messageHistory` of any variant.
    #[inline]
    pub fn message_history_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::v1::ChatMessageHistoryItem>> {
        match self {
            Self::ChatMessage(v) => &mut v.message_history,
            Self::TargetedChatMessage(v) => &mut v.message_history,
        }
    }
    /// `messageType` of any variant.
    #[inline]
    pub fn message_type(&self) -> &rt::Field<crate::v1::ChatMessageType> {
        match self {
            Self::ChatMessage(v) => &v.message_type,
            Self::TargetedChatMessage(v) => &v.message_type,
        }
    }
    /// `messageType` of any variant.
    #[inline]
    pub fn message_type_mut(&mut self) -> &mut rt::Field<crate::v1::ChatMessageType> {
        match self {
            Self::ChatMessage(v) => &mut v.message_type,
            Self::TargetedChatMessage(v) => &mut v.message_type,
        }
    }
    /// `policyViolation` of any variant.
    #[inline]
    pub fn policy_violation(&self) -> &rt::Field<crate::v1::ChatMessagePolicyViolation> {
        match self {
            Self::ChatMessage(v) => &v.policy_violation,
            Self::TargetedChatMessage(v) => &v.policy_violation,
        }
    }
    /// `policyViolation` of any variant.
    #[inline]
    pub fn policy_violation_mut(
        &mut self,
    ) -> &mut rt::Field<crate::v1::ChatMessagePolicyViolation> {
        match self {
            Self::ChatMessage(v) => &mut v.policy_violation,
            Self::TargetedChatMessage(v) => &mut v.policy_violation,
        }
    }
    /// `reactions` of any variant.
    #[inline]
    pub fn reactions(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::v1::ChatMessageReaction>> {
        match self {
            Self::ChatMessage(v) => &v.reactions,
            Self::TargetedChatMessage(v) => &v.reactions,
        }
    }
    /// `reactions` of any variant.
    #[inline]
    pub fn reactions_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::v1::ChatMessageReaction>> {
        match self {
            Self::ChatMessage(v) => &mut v.reactions,
            Self::TargetedChatMessage(v) => &mut v.reactions,
        }
    }
    /// `replyToId` of any variant.
    #[inline]
    pub fn reply_to_id(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::ChatMessage(v) => &v.reply_to_id,
            Self::TargetedChatMessage(v) => &v.reply_to_id,
        }
    }
    /// `replyToId` of any variant.
    #[inline]
    pub fn reply_to_id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ChatMessage(v) => &mut v.reply_to_id,
            Self::TargetedChatMessage(v) => &mut v.reply_to_id,
        }
    }
    /// `subject` of any variant.
    #[inline]
    pub fn subject(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::ChatMessage(v) => &v.subject,
            Self::TargetedChatMessage(v) => &v.subject,
        }
    }
    /// `subject` of any variant.
    #[inline]
    pub fn subject_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ChatMessage(v) => &mut v.subject,
            Self::TargetedChatMessage(v) => &mut v.subject,
        }
    }
    /// `summary` of any variant.
    #[inline]
    pub fn summary(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::ChatMessage(v) => &v.summary,
            Self::TargetedChatMessage(v) => &v.summary,
        }
    }
    /// `summary` of any variant.
    #[inline]
    pub fn summary_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ChatMessage(v) => &mut v.summary,
            Self::TargetedChatMessage(v) => &mut v.summary,
        }
    }
    /// `webUrl` of any variant.
    #[inline]
    pub fn web_url(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::ChatMessage(v) => &v.web_url,
            Self::TargetedChatMessage(v) => &v.web_url,
        }
    }
    /// `webUrl` of any variant.
    #[inline]
    pub fn web_url_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ChatMessage(v) => &mut v.web_url,
            Self::TargetedChatMessage(v) => &mut v.web_url,
        }
    }
    /// `hostedContents` of any variant.
    #[inline]
    pub fn hosted_contents(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::v1::ChatMessageHostedContent>> {
        match self {
            Self::ChatMessage(v) => &v.hosted_contents,
            Self::TargetedChatMessage(v) => &v.hosted_contents,
        }
    }
    /// `hostedContents` of any variant.
    #[inline]
    pub fn hosted_contents_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::v1::ChatMessageHostedContent>> {
        match self {
            Self::ChatMessage(v) => &mut v.hosted_contents,
            Self::TargetedChatMessage(v) => &mut v.hosted_contents,
        }
    }
    /// `replies` of any variant.
    #[inline]
    pub fn replies(&self) -> &rt::Field<::std::vec::Vec<crate::v1::AnyChatMessage>> {
        match self {
            Self::ChatMessage(v) => &v.replies,
            Self::TargetedChatMessage(v) => &v.replies,
        }
    }
    /// `replies` of any variant.
    #[inline]
    pub fn replies_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::v1::AnyChatMessage>> {
        match self {
            Self::ChatMessage(v) => &mut v.replies,
            Self::TargetedChatMessage(v) => &mut v.replies,
        }
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
rt::impl_poly!(AnyChatMessage);
#[cfg(msgraph_v1_core_or_teamwork)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyChatMessage);
#[cfg(msgraph_v1_core_or_teamwork)]
/// CSDL: `microsoft.graph.chatMessageActions`, enum type, flags (comma-separated in JSON).
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ChatMessageActions {
    /// `reactionAdded` (value 1).
    ReactionAdded,
    /// `reactionRemoved` (value 2).
    ReactionRemoved,
    /// `actionUndefined` (value 4).
    ActionUndefined,
    /// `unknownFutureValue` (value 8).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl rt::StrEnum for ChatMessageActions {
    const TYPE_NAME: &'static str = "microsoft.graph.chatMessageActions";
    const MEMBERS: &'static [&'static str] = &[
        "reactionAdded",
        "reactionRemoved",
        "actionUndefined",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "reactionAdded" => Self::ReactionAdded,
                "reactionRemoved" => Self::ReactionRemoved,
                "actionUndefined" => Self::ActionUndefined,
                "unknownFutureValue" => Self::UnknownFutureValue,
                _ => return ::std::option::Option::None,
            },
        )
    }
    #[inline]
    fn unrecognized(s: ::std::string::String) -> Self {
        Self::Unrecognized(s)
    }
    #[inline]
    fn as_str(&self) -> &str {
        match self {
            Self::ReactionAdded => "reactionAdded",
            Self::ReactionRemoved => "reactionRemoved",
            Self::ActionUndefined => "actionUndefined",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
rt::impl_enum!(ChatMessageActions);
#[cfg(msgraph_v1_core_or_teamwork)]
#[cfg(feature = "serde")]
rt::impl_serde!(ChatMessageActions);
#[cfg(msgraph_v1_core_or_teamwork)]
/// CSDL: `microsoft.graph.chatMessageAttachment`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ChatMessageAttachment {
    /// CSDL: property `content`: `Edm.String`, nullable.
    pub content: rt::Field<::std::string::String>,
    /// CSDL: property `contentType`: `Edm.String`, nullable.
    pub content_type: rt::Field<::std::string::String>,
    /// CSDL: property `contentUrl`: `Edm.String`, nullable.
    pub content_url: rt::Field<::std::string::String>,
    /// CSDL: property `id`: `Edm.String`, nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// CSDL: property `teamsAppId`: `Edm.String`, nullable.
    pub teams_app_id: rt::Field<::std::string::String>,
    /// CSDL: property `thumbnailUrl`: `Edm.String`, nullable.
    pub thumbnail_url: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl ::std::default::Default for ChatMessageAttachment {
    #[inline]
    fn default() -> Self {
        Self {
            content: rt::Field::Absent,
            content_type: rt::Field::Absent,
            content_url: rt::Field::Absent,
            id: rt::Field::Absent,
            name: rt::Field::Absent,
            teams_app_id: rt::Field::Absent,
            thumbnail_url: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl rt::Object for ChatMessageAttachment {
    const TYPE_NAME: &'static str = "microsoft.graph.chatMessageAttachment";
    const KEYS: &'static [&'static str] = &[
        "content",
        "contentType",
        "contentUrl",
        "id",
        "name",
        "teamsAppId",
        "thumbnailUrl",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"content\":                      ",
        ",\"contentType\":                  ",
        ",\"contentUrl\":                   ",
        ",\"id\":                           ",
        ",\"name\":                         ",
        ",\"teamsAppId\":                   ",
        ",\"thumbnailUrl\":                 ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.chatMessageAttachment\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "content", &self.content);
        v.field(1usize, "content_type", &self.content_type);
        v.field(2usize, "content_url", &self.content_url);
        v.field(3usize, "id", &self.id);
        v.field(4usize, "name", &self.name);
        v.field(5usize, "teams_app_id", &self.teams_app_id);
        v.field(6usize, "thumbnail_url", &self.thumbnail_url);
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl rt::object::Members for ChatMessageAttachment {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.content.read_from(r),
            1usize => self.content_type.read_from(r),
            2usize => self.content_url.read_from(r),
            3usize => self.id.read_from(r),
            4usize => self.name.read_from(r),
            5usize => self.teams_app_id.read_from(r),
            6usize => self.thumbnail_url.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.content);
        w.field(1usize, &self.content_type);
        w.field(2usize, &self.content_url);
        w.field(3usize, &self.id);
        w.field(4usize, &self.name);
        w.field(5usize, &self.teams_app_id);
        w.field(6usize, &self.thumbnail_url);
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
#[cfg(msgraph_v1_core_or_teamwork)]
rt::impl_object!(ChatMessageAttachment);
#[cfg(msgraph_v1_core_or_teamwork)]
rt::impl_setters!(
    ChatMessageAttachment { with_content content : ::std::string::String;
    with_content_type content_type : ::std::string::String; with_content_url content_url
    : ::std::string::String; with_id id : ::std::string::String; with_name name :
    ::std::string::String; with_teams_app_id teams_app_id : ::std::string::String;
    with_thumbnail_url thumbnail_url : ::std::string::String; }
);
#[cfg(msgraph_v1_core_or_teamwork)]
#[cfg(feature = "serde")]
rt::impl_serde!(ChatMessageAttachment);
#[cfg(msgraph_v1_core_or_teamwork)]
/// CSDL: `microsoft.graph.chatMessageHistoryItem`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ChatMessageHistoryItem {
    /// CSDL: property `actions`: `microsoft.graph.chatMessageActions`, not nullable.
    pub actions: rt::Field<rt::Flags<crate::v1::ChatMessageActions>>,
    /// CSDL: property `modifiedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `reaction`: `microsoft.graph.chatMessageReaction`, nullable.
    pub reaction: rt::Field<crate::v1::ChatMessageReaction>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl ::std::default::Default for ChatMessageHistoryItem {
    #[inline]
    fn default() -> Self {
        Self {
            actions: rt::Field::Absent,
            modified_date_time: rt::Field::Absent,
            reaction: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl rt::Object for ChatMessageHistoryItem {
    const TYPE_NAME: &'static str = "microsoft.graph.chatMessageHistoryItem";
    const KEYS: &'static [&'static str] = &["actions", "modifiedDateTime", "reaction"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"actions\":                      ",
        ",\"modifiedDateTime\":             ",
        ",\"reaction\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.chatMessageHistoryItem\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "actions", &self.actions);
        v.field(1usize, "modified_date_time", &self.modified_date_time);
        v.field(2usize, "reaction", &self.reaction);
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl rt::object::Members for ChatMessageHistoryItem {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.actions.read_from(r),
            1usize => self.modified_date_time.read_from(r),
            2usize => self.reaction.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.actions);
        w.field(1usize, &self.modified_date_time);
        w.field(2usize, &self.reaction);
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
#[cfg(msgraph_v1_core_or_teamwork)]
rt::impl_object!(ChatMessageHistoryItem);
#[cfg(msgraph_v1_core_or_teamwork)]
rt::impl_setters!(
    ChatMessageHistoryItem { with_actions actions : rt::Flags < crate
    ::v1::ChatMessageActions >; with_modified_date_time modified_date_time :
    rt::edm::DateTimeOffset; with_reaction reaction : crate ::v1::ChatMessageReaction; }
);
#[cfg(msgraph_v1_core_or_teamwork)]
#[cfg(feature = "serde")]
rt::impl_serde!(ChatMessageHistoryItem);
#[cfg(msgraph_v1_core_or_teamwork)]
/// CSDL: `microsoft.graph.chatMessageImportance`, enum type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ChatMessageImportance {
    /// `normal` (value 0).
    Normal,
    /// `high` (value 1).
    High,
    /// `urgent` (value 2).
    Urgent,
    /// `unknownFutureValue` (value 3).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl rt::StrEnum for ChatMessageImportance {
    const TYPE_NAME: &'static str = "microsoft.graph.chatMessageImportance";
    const MEMBERS: &'static [&'static str] = &[
        "normal",
        "high",
        "urgent",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "normal" => Self::Normal,
                "high" => Self::High,
                "urgent" => Self::Urgent,
                "unknownFutureValue" => Self::UnknownFutureValue,
                _ => return ::std::option::Option::None,
            },
        )
    }
    #[inline]
    fn unrecognized(s: ::std::string::String) -> Self {
        Self::Unrecognized(s)
    }
    #[inline]
    fn as_str(&self) -> &str {
        match self {
            Self::Normal => "normal",
            Self::High => "high",
            Self::Urgent => "urgent",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
rt::impl_enum!(ChatMessageImportance);
#[cfg(msgraph_v1_core_or_teamwork)]
#[cfg(feature = "serde")]
rt::impl_serde!(ChatMessageImportance);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.chatMessageInfo`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`ChatMessageInfoPath`](requests/trait.ChatMessageInfoPath.html), what a path to one (`EntityPath<ChatMessageInfo, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ChatMessageInfo {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `body`: `microsoft.graph.itemBody`, nullable.
    pub body: rt::Field<crate::v1::ItemBody>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `eventDetail`: `microsoft.graph.eventMessageDetail`, nullable.
    pub event_detail: rt::Field<crate::v1::AnyEventMessageDetail>,
    /// CSDL: property `from`: `microsoft.graph.chatMessageFromIdentitySet`, nullable.
    pub from: rt::Field<crate::v1::ChatMessageFromIdentitySet>,
    /// CSDL: property `isDeleted`: `Edm.Boolean`, nullable.
    pub is_deleted: rt::Field<bool>,
    /// CSDL: property `messageType`: `microsoft.graph.chatMessageType`, not nullable.
    pub message_type: rt::Field<crate::v1::ChatMessageType>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for ChatMessageInfo {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            body: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            event_detail: rt::Field::Absent,
            from: rt::Field::Absent,
            is_deleted: rt::Field::Absent,
            message_type: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for ChatMessageInfo {
    const TYPE_NAME: &'static str = "microsoft.graph.chatMessageInfo";
    const KEYS: &'static [&'static str] = &[
        "id",
        "body",
        "createdDateTime",
        "eventDetail",
        "from",
        "isDeleted",
        "messageType",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"body\":                         ",
        ",\"createdDateTime\":              ",
        ",\"eventDetail\":                  ",
        ",\"from\":                         ",
        ",\"isDeleted\":                    ",
        ",\"messageType\":                  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.chatMessageInfo\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "body", &self.body);
        v.field(2usize, "created_date_time", &self.created_date_time);
        v.field(3usize, "event_detail", &self.event_detail);
        v.field(4usize, "from", &self.from);
        v.field(5usize, "is_deleted", &self.is_deleted);
        v.field(6usize, "message_type", &self.message_type);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for ChatMessageInfo {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.body.read_from(r),
            2usize => self.created_date_time.read_from(r),
            3usize => self.event_detail.read_from(r),
            4usize => self.from.read_from(r),
            5usize => self.is_deleted.read_from(r),
            6usize => self.message_type.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.body);
        w.field(2usize, &self.created_date_time);
        w.field(3usize, &self.event_detail);
        w.field(4usize, &self.from);
        w.field(5usize, &self.is_deleted);
        w.field(6usize, &self.message_type);
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
#[cfg(msgraph_v1_core)]
rt::impl_object!(ChatMessageInfo);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    ChatMessageInfo { with_id id : ::std::string::String; with_body body : crate
    ::v1::ItemBody; with_created_date_time created_date_time : rt::edm::DateTimeOffset;
    with_event_detail event_detail : crate ::v1::AnyEventMessageDetail; with_from from :
    crate ::v1::ChatMessageFromIdentitySet; with_is_deleted is_deleted : bool;
    with_message_type message_type : crate ::v1::ChatMessageType; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(ChatMessageInfo);
#[cfg(msgraph_v1_core_or_teamwork)]
/// CSDL: `microsoft.graph.chatMessageMention`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ChatMessageMention {
    /// CSDL: property `id`: `Edm.Int32`, nullable.
    pub id: rt::Field<i32>,
    /// CSDL: property `mentioned`: `microsoft.graph.chatMessageMentionedIdentitySet`, nullable.
    pub mentioned: rt::Field<crate::v1::ChatMessageMentionedIdentitySet>,
    /// CSDL: property `mentionText`: `Edm.String`, nullable.
    pub mention_text: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl ::std::default::Default for ChatMessageMention {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            mentioned: rt::Field::Absent,
            mention_text: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl rt::Object for ChatMessageMention {
    const TYPE_NAME: &'static str = "microsoft.graph.chatMessageMention";
    const KEYS: &'static [&'static str] = &["id", "mentioned", "mentionText"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"mentioned\":                    ",
        ",\"mentionText\":                  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.chatMessageMention\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "mentioned", &self.mentioned);
        v.field(2usize, "mention_text", &self.mention_text);
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl rt::object::Members for ChatMessageMention {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.mentioned.read_from(r),
            2usize => self.mention_text.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.mentioned);
        w.field(2usize, &self.mention_text);
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
#[cfg(msgraph_v1_core_or_teamwork)]
rt::impl_object!(ChatMessageMention);
#[cfg(msgraph_v1_core_or_teamwork)]
rt::impl_setters!(
    ChatMessageMention { with_id id : i32; with_mentioned mentioned : crate
    ::v1::ChatMessageMentionedIdentitySet; with_mention_text mention_text :
    ::std::string::String; }
);
#[cfg(msgraph_v1_core_or_teamwork)]
#[cfg(feature = "serde")]
rt::impl_serde!(ChatMessageMention);
#[cfg(msgraph_v1_core_or_teamwork)]
/// CSDL: `microsoft.graph.chatMessagePolicyViolation`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ChatMessagePolicyViolation {
    /// CSDL: property `dlpAction`: `microsoft.graph.chatMessagePolicyViolationDlpActionTypes`, nullable.
    pub dlp_action: rt::Field<
        rt::Flags<crate::v1::ChatMessagePolicyViolationDlpActionTypes>,
    >,
    /// CSDL: property `justificationText`: `Edm.String`, nullable.
    pub justification_text: rt::Field<::std::string::String>,
    /// CSDL: property `policyTip`: `microsoft.graph.chatMessagePolicyViolationPolicyTip`, nullable.
    pub policy_tip: rt::Field<crate::v1::ChatMessagePolicyViolationPolicyTip>,
    /// CSDL: property `userAction`: `microsoft.graph.chatMessagePolicyViolationUserActionTypes`, nullable.
    pub user_action: rt::Field<
        rt::Flags<crate::v1::ChatMessagePolicyViolationUserActionTypes>,
    >,
    /// CSDL: property `verdictDetails`: `microsoft.graph.chatMessagePolicyViolationVerdictDetailsTypes`, nullable.
    pub verdict_details: rt::Field<
        rt::Flags<crate::v1::ChatMessagePolicyViolationVerdictDetailsTypes>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl ::std::default::Default for ChatMessagePolicyViolation {
    #[inline]
    fn default() -> Self {
        Self {
            dlp_action: rt::Field::Absent,
            justification_text: rt::Field::Absent,
            policy_tip: rt::Field::Absent,
            user_action: rt::Field::Absent,
            verdict_details: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl rt::Object for ChatMessagePolicyViolation {
    const TYPE_NAME: &'static str = "microsoft.graph.chatMessagePolicyViolation";
    const KEYS: &'static [&'static str] = &[
        "dlpAction",
        "justificationText",
        "policyTip",
        "userAction",
        "verdictDetails",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"dlpAction\":                    ",
        ",\"justificationText\":            ",
        ",\"policyTip\":                    ",
        ",\"userAction\":                   ",
        ",\"verdictDetails\":               ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.chatMessagePolicyViolation\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dlp_action", &self.dlp_action);
        v.field(1usize, "justification_text", &self.justification_text);
        v.field(2usize, "policy_tip", &self.policy_tip);
        v.field(3usize, "user_action", &self.user_action);
        v.field(4usize, "verdict_details", &self.verdict_details);
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl rt::object::Members for ChatMessagePolicyViolation {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.dlp_action.read_from(r),
            1usize => self.justification_text.read_from(r),
            2usize => self.policy_tip.read_from(r),
            3usize => self.user_action.read_from(r),
            4usize => self.verdict_details.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.dlp_action);
        w.field(1usize, &self.justification_text);
        w.field(2usize, &self.policy_tip);
        w.field(3usize, &self.user_action);
        w.field(4usize, &self.verdict_details);
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
#[cfg(msgraph_v1_core_or_teamwork)]
rt::impl_object!(ChatMessagePolicyViolation);
#[cfg(msgraph_v1_core_or_teamwork)]
rt::impl_setters!(
    ChatMessagePolicyViolation { with_dlp_action dlp_action : rt::Flags < crate
    ::v1::ChatMessagePolicyViolationDlpActionTypes >; with_justification_text
    justification_text : ::std::string::String; with_policy_tip policy_tip : crate
    ::v1::ChatMessagePolicyViolationPolicyTip; with_user_action user_action : rt::Flags <
    crate ::v1::ChatMessagePolicyViolationUserActionTypes >; with_verdict_details
    verdict_details : rt::Flags < crate
    ::v1::ChatMessagePolicyViolationVerdictDetailsTypes >; }
);
#[cfg(msgraph_v1_core_or_teamwork)]
#[cfg(feature = "serde")]
rt::impl_serde!(ChatMessagePolicyViolation);
#[cfg(msgraph_v1_core_or_teamwork)]
/// CSDL: `microsoft.graph.chatMessagePolicyViolationDlpActionTypes`, enum type, flags (comma-separated in JSON).
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ChatMessagePolicyViolationDlpActionTypes {
    /// `none` (value 0).
    None,
    /// `notifySender` (value 1).
    NotifySender,
    /// `blockAccess` (value 2).
    BlockAccess,
    /// `blockAccessExternal` (value 4).
    BlockAccessExternal,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl rt::StrEnum for ChatMessagePolicyViolationDlpActionTypes {
    const TYPE_NAME: &'static str = "microsoft.graph.chatMessagePolicyViolationDlpActionTypes";
    const MEMBERS: &'static [&'static str] = &[
        "none",
        "notifySender",
        "blockAccess",
        "blockAccessExternal",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "none" => Self::None,
                "notifySender" => Self::NotifySender,
                "blockAccess" => Self::BlockAccess,
                "blockAccessExternal" => Self::BlockAccessExternal,
                _ => return ::std::option::Option::None,
            },
        )
    }
    #[inline]
    fn unrecognized(s: ::std::string::String) -> Self {
        Self::Unrecognized(s)
    }
    #[inline]
    fn as_str(&self) -> &str {
        match self {
            Self::None => "none",
            Self::NotifySender => "notifySender",
            Self::BlockAccess => "blockAccess",
            Self::BlockAccessExternal => "blockAccessExternal",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
rt::impl_enum!(ChatMessagePolicyViolationDlpActionTypes);
#[cfg(msgraph_v1_core_or_teamwork)]
#[cfg(feature = "serde")]
rt::impl_serde!(ChatMessagePolicyViolationDlpActionTypes);
#[cfg(msgraph_v1_core_or_teamwork)]
/// CSDL: `microsoft.graph.chatMessagePolicyViolationPolicyTip`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ChatMessagePolicyViolationPolicyTip {
    /// CSDL: property `complianceUrl`: `Edm.String`, nullable.
    pub compliance_url: rt::Field<::std::string::String>,
    /// CSDL: property `generalText`: `Edm.String`, nullable.
    pub general_text: rt::Field<::std::string::String>,
    /// CSDL: property `matchedConditionDescriptions`: `Collection(Edm.String)`, nullable.
    pub matched_condition_descriptions: rt::Field<
        ::std::vec::Vec<::std::string::String>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl ::std::default::Default for ChatMessagePolicyViolationPolicyTip {
    #[inline]
    fn default() -> Self {
        Self {
            compliance_url: rt::Field::Absent,
            general_text: rt::Field::Absent,
            matched_condition_descriptions: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl rt::Object for ChatMessagePolicyViolationPolicyTip {
    const TYPE_NAME: &'static str = "microsoft.graph.chatMessagePolicyViolationPolicyTip";
    const KEYS: &'static [&'static str] = &[
        "complianceUrl",
        "generalText",
        "matchedConditionDescriptions",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"complianceUrl\":                ",
        ",\"generalText\":                  ",
        ",\"matchedConditionDescriptions\": ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.chatMessagePolicyViolationPolicyTip\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "compliance_url", &self.compliance_url);
        v.field(1usize, "general_text", &self.general_text);
        v.field(
            2usize,
            "matched_condition_descriptions",
            &self.matched_condition_descriptions,
        );
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl rt::object::Members for ChatMessagePolicyViolationPolicyTip {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.compliance_url.read_from(r),
            1usize => self.general_text.read_from(r),
            2usize => self.matched_condition_descriptions.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.compliance_url);
        w.field(1usize, &self.general_text);
        w.field(2usize, &self.matched_condition_descriptions);
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
#[cfg(msgraph_v1_core_or_teamwork)]
rt::impl_object!(ChatMessagePolicyViolationPolicyTip);
#[cfg(msgraph_v1_core_or_teamwork)]
rt::impl_setters!(
    ChatMessagePolicyViolationPolicyTip { with_compliance_url compliance_url :
    ::std::string::String; with_general_text general_text : ::std::string::String;
    with_matched_condition_descriptions matched_condition_descriptions : ::std::vec::Vec
    < ::std::string::String >; }
);
#[cfg(msgraph_v1_core_or_teamwork)]
#[cfg(feature = "serde")]
rt::impl_serde!(ChatMessagePolicyViolationPolicyTip);
#[cfg(msgraph_v1_core_or_teamwork)]
/// CSDL: `microsoft.graph.chatMessagePolicyViolationUserActionTypes`, enum type, flags (comma-separated in JSON).
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ChatMessagePolicyViolationUserActionTypes {
    /// `none` (value 0).
    None,
    /// `override` (value 1).
    Override,
    /// `reportFalsePositive` (value 2).
    ReportFalsePositive,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl rt::StrEnum for ChatMessagePolicyViolationUserActionTypes {
    const TYPE_NAME: &'static str = "microsoft.graph.chatMessagePolicyViolationUserActionTypes";
    const MEMBERS: &'static [&'static str] = &[
        "none",
        "override",
        "reportFalsePositive",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "none" => Self::None,
                "override" => Self::Override,
                "reportFalsePositive" => Self::ReportFalsePositive,
                _ => return ::std::option::Option::None,
            },
        )
    }
    #[inline]
    fn unrecognized(s: ::std::string::String) -> Self {
        Self::Unrecognized(s)
    }
    #[inline]
    fn as_str(&self) -> &str {
        match self {
            Self::None => "none",
            Self::Override => "override",
            Self::ReportFalsePositive => "reportFalsePositive",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
rt::impl_enum!(ChatMessagePolicyViolationUserActionTypes);
#[cfg(msgraph_v1_core_or_teamwork)]
#[cfg(feature = "serde")]
rt::impl_serde!(ChatMessagePolicyViolationUserActionTypes);
#[cfg(msgraph_v1_core_or_teamwork)]
/// CSDL: `microsoft.graph.chatMessagePolicyViolationVerdictDetailsTypes`, enum type, flags (comma-separated in JSON).
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ChatMessagePolicyViolationVerdictDetailsTypes {
    /// `none` (value 0).
    None,
    /// `allowFalsePositiveOverride` (value 1).
    AllowFalsePositiveOverride,
    /// `allowOverrideWithoutJustification` (value 2).
    AllowOverrideWithoutJustification,
    /// `allowOverrideWithJustification` (value 4).
    AllowOverrideWithJustification,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl rt::StrEnum for ChatMessagePolicyViolationVerdictDetailsTypes {
    const TYPE_NAME: &'static str = "microsoft.graph.chatMessagePolicyViolationVerdictDetailsTypes";
    const MEMBERS: &'static [&'static str] = &[
        "none",
        "allowFalsePositiveOverride",
        "allowOverrideWithoutJustification",
        "allowOverrideWithJustification",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "none" => Self::None,
                "allowFalsePositiveOverride" => Self::AllowFalsePositiveOverride,
                "allowOverrideWithoutJustification" => {
                    Self::AllowOverrideWithoutJustification
                }
                "allowOverrideWithJustification" => Self::AllowOverrideWithJustification,
                _ => return ::std::option::Option::None,
            },
        )
    }
    #[inline]
    fn unrecognized(s: ::std::string::String) -> Self {
        Self::Unrecognized(s)
    }
    #[inline]
    fn as_str(&self) -> &str {
        match self {
            Self::None => "none",
            Self::AllowFalsePositiveOverride => "allowFalsePositiveOverride",
            Self::AllowOverrideWithoutJustification => {
                "allowOverrideWithoutJustification"
            }
            Self::AllowOverrideWithJustification => "allowOverrideWithJustification",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
rt::impl_enum!(ChatMessagePolicyViolationVerdictDetailsTypes);
#[cfg(msgraph_v1_core_or_teamwork)]
#[cfg(feature = "serde")]
rt::impl_serde!(ChatMessagePolicyViolationVerdictDetailsTypes);
#[cfg(msgraph_v1_core_or_teamwork)]
/// CSDL: `microsoft.graph.chatMessageReaction`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ChatMessageReaction {
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `reactionContentUrl`: `Edm.String`, nullable.
    pub reaction_content_url: rt::Field<::std::string::String>,
    /// CSDL: property `reactionType`: `Edm.String`, not nullable.
    pub reaction_type: rt::Field<::std::string::String>,
    /// CSDL: property `user`: `microsoft.graph.chatMessageReactionIdentitySet`, not nullable.
    pub user: rt::Field<crate::v1::ChatMessageReactionIdentitySet>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl ::std::default::Default for ChatMessageReaction {
    #[inline]
    fn default() -> Self {
        Self {
            created_date_time: rt::Field::Absent,
            display_name: rt::Field::Absent,
            reaction_content_url: rt::Field::Absent,
            reaction_type: rt::Field::Absent,
            user: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl rt::Object for ChatMessageReaction {
    const TYPE_NAME: &'static str = "microsoft.graph.chatMessageReaction";
    const KEYS: &'static [&'static str] = &[
        "createdDateTime",
        "displayName",
        "reactionContentUrl",
        "reactionType",
        "user",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"createdDateTime\":              ",
        ",\"displayName\":                  ",
        ",\"reactionContentUrl\":           ",
        ",\"reactionType\":                 ",
        ",\"user\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.chatMessageReaction\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "created_date_time", &self.created_date_time);
        v.field(1usize, "display_name", &self.display_name);
        v.field(2usize, "reaction_content_url", &self.reaction_content_url);
        v.field(3usize, "reaction_type", &self.reaction_type);
        v.field(4usize, "user", &self.user);
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl rt::object::Members for ChatMessageReaction {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.created_date_time.read_from(r),
            1usize => self.display_name.read_from(r),
            2usize => self.reaction_content_url.read_from(r),
            3usize => self.reaction_type.read_from(r),
            4usize => self.user.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.created_date_time);
        w.field(1usize, &self.display_name);
        w.field(2usize, &self.reaction_content_url);
        w.field(3usize, &self.reaction_type);
        w.field(4usize, &self.user);
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
#[cfg(msgraph_v1_core_or_teamwork)]
rt::impl_object!(ChatMessageReaction);
#[cfg(msgraph_v1_core_or_teamwork)]
rt::impl_setters!(
    ChatMessageReaction { with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_display_name display_name : ::std::string::String;
    with_reaction_content_url reaction_content_url : ::std::string::String;
    with_reaction_type reaction_type : ::std::string::String; with_user user : crate
    ::v1::ChatMessageReactionIdentitySet; }
);
#[cfg(msgraph_v1_core_or_teamwork)]
#[cfg(feature = "serde")]
rt::impl_serde!(ChatMessageReaction);
#[cfg(msgraph_v1_core_or_teamwork)]
/// CSDL: `microsoft.graph.chatMessageType`, enum type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ChatMessageType {
    /// `message` (value 0).
    Message,
    /// `chatEvent` (value 1).
    ChatEvent,
    /// `typing` (value 2).
    Typing,
    /// `unknownFutureValue` (value 3).
    UnknownFutureValue,
    /// `systemEventMessage` (value 4).
    SystemEventMessage,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl rt::StrEnum for ChatMessageType {
    const TYPE_NAME: &'static str = "microsoft.graph.chatMessageType";
    const MEMBERS: &'static [&'static str] = &[
        "message",
        "chatEvent",
        "typing",
        "unknownFutureValue",
        "systemEventMessage",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "message" => Self::Message,
                "chatEvent" => Self::ChatEvent,
                "typing" => Self::Typing,
                "unknownFutureValue" => Self::UnknownFutureValue,
                "systemEventMessage" => Self::SystemEventMessage,
                _ => return ::std::option::Option::None,
            },
        )
    }
    #[inline]
    fn unrecognized(s: ::std::string::String) -> Self {
        Self::Unrecognized(s)
    }
    #[inline]
    fn as_str(&self) -> &str {
        match self {
            Self::Message => "message",
            Self::ChatEvent => "chatEvent",
            Self::Typing => "typing",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::SystemEventMessage => "systemEventMessage",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
rt::impl_enum!(ChatMessageType);
#[cfg(msgraph_v1_core_or_teamwork)]
#[cfg(feature = "serde")]
rt::impl_serde!(ChatMessageType);
#[cfg(msgraph_v1_core_or_teamwork)]
/// CSDL: `microsoft.graph.chatRenamedEventMessageDetail`, complex type, derived from `microsoft.graph.eventMessageDetail`.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ChatRenamedEventMessageDetail {
    /// CSDL: property `chatDisplayName`: `Edm.String`, nullable.
    pub chat_display_name: rt::Field<::std::string::String>,
    /// CSDL: property `chatId`: `Edm.String`, nullable.
    pub chat_id: rt::Field<::std::string::String>,
    /// CSDL: property `initiator`: `microsoft.graph.identitySet`, nullable.
    pub initiator: rt::Field<crate::v1::AnyIdentitySet>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl ::std::default::Default for ChatRenamedEventMessageDetail {
    #[inline]
    fn default() -> Self {
        Self {
            chat_display_name: rt::Field::Absent,
            chat_id: rt::Field::Absent,
            initiator: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl rt::Object for ChatRenamedEventMessageDetail {
    const TYPE_NAME: &'static str = "microsoft.graph.chatRenamedEventMessageDetail";
    const KEYS: &'static [&'static str] = &["chatDisplayName", "chatId", "initiator"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"chatDisplayName\":              ",
        ",\"chatId\":                       ",
        ",\"initiator\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.chatRenamedEventMessageDetail\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "chat_display_name", &self.chat_display_name);
        v.field(1usize, "chat_id", &self.chat_id);
        v.field(2usize, "initiator", &self.initiator);
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl rt::object::Members for ChatRenamedEventMessageDetail {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.chat_display_name.read_from(r),
            1usize => self.chat_id.read_from(r),
            2usize => self.initiator.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.chat_display_name);
        w.field(1usize, &self.chat_id);
        w.field(2usize, &self.initiator);
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
#[cfg(msgraph_v1_core_or_teamwork)]
rt::impl_object!(ChatRenamedEventMessageDetail);
#[cfg(msgraph_v1_core_or_teamwork)]
rt::impl_setters!(
    ChatRenamedEventMessageDetail { with_chat_display_name chat_display_name :
    ::std::string::String; with_chat_id chat_id : ::std::string::String; with_initiator
    initiator : crate ::v1::AnyIdentitySet; }
);
#[cfg(msgraph_v1_core_or_teamwork)]
#[cfg(feature = "serde")]
rt::impl_serde!(ChatRenamedEventMessageDetail);
#[cfg(msgraph_v1_core_or_communications_or_solutions)]
/// CSDL: `microsoft.graph.chatRestrictions`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-communications`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 12 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ChatRestrictions {
    /// CSDL: property `allowTextOnly`: `Edm.Boolean`, nullable.
    pub allow_text_only: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_communications_or_solutions)]
impl ::std::default::Default for ChatRestrictions {
    #[inline]
    fn default() -> Self {
        Self {
            allow_text_only: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_communications_or_solutions)]
impl rt::Object for ChatRestrictions {
    const TYPE_NAME: &'static str = "microsoft.graph.chatRestrictions";
    const KEYS: &'static [&'static str] = &["allowTextOnly"];
    const KEYS_JSON: &'static [&'static str] = &[",\"allowTextOnly\":                "];
    const TAG: &'static str = "\"#microsoft.graph.chatRestrictions\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "allow_text_only", &self.allow_text_only);
    }
}
#[cfg(msgraph_v1_core_or_communications_or_solutions)]
impl rt::object::Members for ChatRestrictions {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.allow_text_only.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.allow_text_only);
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
#[cfg(msgraph_v1_core_or_communications_or_solutions)]
rt::impl_object!(ChatRestrictions);
#[cfg(msgraph_v1_core_or_communications_or_solutions)]
rt::impl_setters!(ChatRestrictions { with_allow_text_only allow_text_only : bool; });
#[cfg(msgraph_v1_core_or_communications_or_solutions)]
#[cfg(feature = "serde")]
rt::impl_serde!(ChatRestrictions);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.chatType`, enum type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ChatType {
    /// `oneOnOne` (value 0).
    OneOnOne,
    /// `group` (value 1).
    Group,
    /// `meeting` (value 2).
    Meeting,
    /// `unknownFutureValue` (value 3).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_core)]
impl rt::StrEnum for ChatType {
    const TYPE_NAME: &'static str = "microsoft.graph.chatType";
    const MEMBERS: &'static [&'static str] = &[
        "oneOnOne",
        "group",
        "meeting",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "oneOnOne" => Self::OneOnOne,
                "group" => Self::Group,
                "meeting" => Self::Meeting,
                "unknownFutureValue" => Self::UnknownFutureValue,
                _ => return ::std::option::Option::None,
            },
        )
    }
    #[inline]
    fn unrecognized(s: ::std::string::String) -> Self {
        Self::Unrecognized(s)
    }
    #[inline]
    fn as_str(&self) -> &str {
        match self {
            Self::OneOnOne => "oneOnOne",
            Self::Group => "group",
            Self::Meeting => "meeting",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_core)]
rt::impl_enum!(ChatType);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(ChatType);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.chatViewpoint`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ChatViewpoint {
    /// CSDL: property `isHidden`: `Edm.Boolean`, nullable.
    pub is_hidden: rt::Field<bool>,
    /// CSDL: property `lastMessageReadDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_message_read_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for ChatViewpoint {
    #[inline]
    fn default() -> Self {
        Self {
            is_hidden: rt::Field::Absent,
            last_message_read_date_time: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for ChatViewpoint {
    const TYPE_NAME: &'static str = "microsoft.graph.chatViewpoint";
    const KEYS: &'static [&'static str] = &["isHidden", "lastMessageReadDateTime"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"isHidden\":                     ",
        ",\"lastMessageReadDateTime\":      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.chatViewpoint\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "is_hidden", &self.is_hidden);
        v.field(
            1usize,
            "last_message_read_date_time",
            &self.last_message_read_date_time,
        );
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for ChatViewpoint {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.is_hidden.read_from(r),
            1usize => self.last_message_read_date_time.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.is_hidden);
        w.field(1usize, &self.last_message_read_date_time);
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
#[cfg(msgraph_v1_core)]
rt::impl_object!(ChatViewpoint);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    ChatViewpoint { with_is_hidden is_hidden : bool; with_last_message_read_date_time
    last_message_read_date_time : rt::edm::DateTimeOffset; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(ChatViewpoint);
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
/// CSDL: `microsoft.graph.choiceColumn`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-drives`, `v1-group-setting-templates` and 14 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ChoiceColumn {
    /// CSDL: property `allowTextEntry`: `Edm.Boolean`, nullable.
    pub allow_text_entry: rt::Field<bool>,
    /// CSDL: property `choices`: `Collection(Edm.String)`, nullable.
    pub choices: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `displayAs`: `Edm.String`, nullable.
    pub display_as: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
impl ::std::default::Default for ChoiceColumn {
    #[inline]
    fn default() -> Self {
        Self {
            allow_text_entry: rt::Field::Absent,
            choices: rt::Field::Absent,
            display_as: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
impl rt::Object for ChoiceColumn {
    const TYPE_NAME: &'static str = "microsoft.graph.choiceColumn";
    const KEYS: &'static [&'static str] = &["allowTextEntry", "choices", "displayAs"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"allowTextEntry\":               ",
        ",\"choices\":                      ",
        ",\"displayAs\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.choiceColumn\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "allow_text_entry", &self.allow_text_entry);
        v.field(1usize, "choices", &self.choices);
        v.field(2usize, "display_as", &self.display_as);
    }
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
impl rt::object::Members for ChoiceColumn {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.allow_text_entry.read_from(r),
            1usize => self.choices.read_from(r),
            2usize => self.display_as.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.allow_text_entry);
        w.field(1usize, &self.choices);
        w.field(2usize, &self.display_as);
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
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
rt::impl_object!(ChoiceColumn);
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
rt::impl_setters!(
    ChoiceColumn { with_allow_text_entry allow_text_entry : bool; with_choices choices :
    ::std::vec::Vec < ::std::string::String >; with_display_as display_as :
    ::std::string::String; }
);
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
#[cfg(feature = "serde")]
rt::impl_serde!(ChoiceColumn);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.cloudAppSecurityState`, complex type.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct CloudAppSecurityState {
    /// CSDL: property `destinationServiceIp`: `Edm.String`, nullable.
    pub destination_service_ip: rt::Field<::std::string::String>,
    /// CSDL: property `destinationServiceName`: `Edm.String`, nullable.
    pub destination_service_name: rt::Field<::std::string::String>,
    /// CSDL: property `riskScore`: `Edm.String`, nullable.
    pub risk_score: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for CloudAppSecurityState {
    #[inline]
    fn default() -> Self {
        Self {
            destination_service_ip: rt::Field::Absent,
            destination_service_name: rt::Field::Absent,
            risk_score: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for CloudAppSecurityState {
    const TYPE_NAME: &'static str = "microsoft.graph.cloudAppSecurityState";
    const KEYS: &'static [&'static str] = &[
        "destinationServiceIp",
        "destinationServiceName",
        "riskScore",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"destinationServiceIp\":         ",
        ",\"destinationServiceName\":       ",
        ",\"riskScore\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.cloudAppSecurityState\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "destination_service_ip", &self.destination_service_ip);
        v.field(1usize, "destination_service_name", &self.destination_service_name);
        v.field(2usize, "risk_score", &self.risk_score);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for CloudAppSecurityState {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.destination_service_ip.read_from(r),
            1usize => self.destination_service_name.read_from(r),
            2usize => self.risk_score.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.destination_service_ip);
        w.field(1usize, &self.destination_service_name);
        w.field(2usize, &self.risk_score);
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
#[cfg(msgraph_v1_search_or_security)]
rt::impl_object!(CloudAppSecurityState);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    CloudAppSecurityState { with_destination_service_ip destination_service_ip :
    ::std::string::String; with_destination_service_name destination_service_name :
    ::std::string::String; with_risk_score risk_score : ::std::string::String; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(CloudAppSecurityState);
#[cfg(msgraph_v1_communications)]
/// Represents a container that exposes navigation properties for cloud communications resources.
///
/// CSDL: `microsoft.graph.cloudCommunications`, entity type.
///
/// Request builders: [`CloudCommunicationsPath`](requests/trait.CloudCommunicationsPath.html), what a path to one (`EntityPath<CloudCommunications, C>`) dereferences to.
///
/// Features: `v1` or `v1-communications`.
#[derive(Clone)]
pub struct CloudCommunications {
    /// CSDL: containment navigation property `adhocCalls`: `Collection(microsoft.graph.adhocCall)`, not nullable.
    pub adhoc_calls: rt::Field<::std::vec::Vec<crate::v1::AdhocCall>>,
    /// CSDL: containment navigation property `callRecords`: `Collection(microsoft.graph.callRecords.callRecord)`, not nullable.
    pub call_records: rt::Field<::std::vec::Vec<crate::v1::call_records::CallRecord>>,
    /// CSDL: containment navigation property `calls`: `Collection(microsoft.graph.call)`, not nullable.
    pub calls: rt::Field<::std::vec::Vec<crate::v1::Call>>,
    /// Teams Q&A online meeting conversations.
    ///
    /// CSDL: containment navigation property `onlineMeetingConversations`: `Collection(microsoft.graph.onlineMeetingEngagementConversation)`, not nullable.
    pub online_meeting_conversations: rt::Field<
        ::std::vec::Vec<crate::v1::OnlineMeetingEngagementConversation>,
    >,
    /// CSDL: containment navigation property `onlineMeetings`: `Collection(microsoft.graph.onlineMeeting)`, not nullable.
    pub online_meetings: rt::Field<::std::vec::Vec<crate::v1::OnlineMeeting>>,
    /// CSDL: containment navigation property `presences`: `Collection(microsoft.graph.presence)`, not nullable.
    pub presences: rt::Field<::std::vec::Vec<crate::v1::Presence>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_communications)]
impl ::std::default::Default for CloudCommunications {
    #[inline]
    fn default() -> Self {
        Self {
            adhoc_calls: rt::Field::Absent,
            call_records: rt::Field::Absent,
            calls: rt::Field::Absent,
            online_meeting_conversations: rt::Field::Absent,
            online_meetings: rt::Field::Absent,
            presences: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_communications)]
impl rt::Object for CloudCommunications {
    const TYPE_NAME: &'static str = "microsoft.graph.cloudCommunications";
    const KEYS: &'static [&'static str] = &[
        "adhocCalls",
        "callRecords",
        "calls",
        "onlineMeetingConversations",
        "onlineMeetings",
        "presences",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"adhocCalls\":                   ",
        ",\"callRecords\":                  ",
        ",\"calls\":                        ",
        ",\"onlineMeetingConversations\":   ",
        ",\"onlineMeetings\":               ",
        ",\"presences\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.cloudCommunications\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "adhoc_calls", &self.adhoc_calls);
        v.field(1usize, "call_records", &self.call_records);
        v.field(2usize, "calls", &self.calls);
        v.field(
            3usize,
            "online_meeting_conversations",
            &self.online_meeting_conversations,
        );
        v.field(4usize, "online_meetings", &self.online_meetings);
        v.field(5usize, "presences", &self.presences);
    }
}
#[cfg(msgraph_v1_communications)]
impl rt::object::Members for CloudCommunications {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.adhoc_calls.read_from(r),
            1usize => self.call_records.read_from(r),
            2usize => self.calls.read_from(r),
            3usize => self.online_meeting_conversations.read_from(r),
            4usize => self.online_meetings.read_from(r),
            5usize => self.presences.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.adhoc_calls);
        w.field(1usize, &self.call_records);
        w.field(2usize, &self.calls);
        w.field(3usize, &self.online_meeting_conversations);
        w.field(4usize, &self.online_meetings);
        w.field(5usize, &self.presences);
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
#[cfg(msgraph_v1_communications)]
rt::impl_object!(CloudCommunications);
#[cfg(msgraph_v1_communications)]
rt::impl_setters!(
    CloudCommunications { with_adhoc_calls adhoc_calls : ::std::vec::Vec < crate
    ::v1::AdhocCall >; with_call_records call_records : ::std::vec::Vec < crate
    ::v1::call_records::CallRecord >; with_calls calls : ::std::vec::Vec < crate
    ::v1::Call >; with_online_meeting_conversations online_meeting_conversations :
    ::std::vec::Vec < crate ::v1::OnlineMeetingEngagementConversation >;
    with_online_meetings online_meetings : ::std::vec::Vec < crate ::v1::OnlineMeeting >;
    with_presences presences : ::std::vec::Vec < crate ::v1::Presence >; }
);
#[cfg(msgraph_v1_communications)]
#[cfg(feature = "serde")]
rt::impl_serde!(CloudCommunications);
#[cfg(msgraph_v1_core_or_device_management)]
/// CSDL: `microsoft.graph.cloudPC`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`CloudPcPath`](requests/trait.CloudPcPath.html), what a path to one (`EntityPath<CloudPc, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-device-management`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct CloudPc {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `aadDeviceId`: `Edm.String`, nullable.
    pub aad_device_id: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `gracePeriodEndDateTime`: `Edm.DateTimeOffset`, nullable.
    pub grace_period_end_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `imageDisplayName`: `Edm.String`, nullable.
    pub image_display_name: rt::Field<::std::string::String>,
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `managedDeviceId`: `Edm.String`, nullable.
    pub managed_device_id: rt::Field<::std::string::String>,
    /// CSDL: property `managedDeviceName`: `Edm.String`, nullable.
    pub managed_device_name: rt::Field<::std::string::String>,
    /// CSDL: property `onPremisesConnectionName`: `Edm.String`, nullable.
    pub on_premises_connection_name: rt::Field<::std::string::String>,
    /// CSDL: property `provisioningPolicyId`: `Edm.String`, nullable.
    pub provisioning_policy_id: rt::Field<::std::string::String>,
    /// CSDL: property `provisioningPolicyName`: `Edm.String`, nullable.
    pub provisioning_policy_name: rt::Field<::std::string::String>,
    /// CSDL: property `provisioningType`: `microsoft.graph.cloudPcProvisioningType`, nullable.
    pub provisioning_type: rt::Field<crate::v1::CloudPcProvisioningType>,
    /// CSDL: property `servicePlanId`: `Edm.String`, nullable.
    pub service_plan_id: rt::Field<::std::string::String>,
    /// CSDL: property `servicePlanName`: `Edm.String`, nullable.
    pub service_plan_name: rt::Field<::std::string::String>,
    /// CSDL: property `userPrincipalName`: `Edm.String`, nullable.
    pub user_principal_name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_device_management)]
impl ::std::default::Default for CloudPc {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            aad_device_id: rt::Field::Absent,
            display_name: rt::Field::Absent,
            grace_period_end_date_time: rt::Field::Absent,
            image_display_name: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            managed_device_id: rt::Field::Absent,
            managed_device_name: rt::Field::Absent,
            on_premises_connection_name: rt::Field::Absent,
            provisioning_policy_id: rt::Field::Absent,
            provisioning_policy_name: rt::Field::Absent,
            provisioning_type: rt::Field::Absent,
            service_plan_id: rt::Field::Absent,
            service_plan_name: rt::Field::Absent,
            user_principal_name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_device_management)]
impl rt::Object for CloudPc {
    const TYPE_NAME: &'static str = "microsoft.graph.cloudPC";
    const KEYS: &'static [&'static str] = &[
        "id",
        "aadDeviceId",
        "displayName",
        "gracePeriodEndDateTime",
        "imageDisplayName",
        "lastModifiedDateTime",
        "managedDeviceId",
        "managedDeviceName",
        "onPremisesConnectionName",
        "provisioningPolicyId",
        "provisioningPolicyName",
        "provisioningType",
        "servicePlanId",
        "servicePlanName",
        "userPrincipalName",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"aadDeviceId\":                  ",
        ",\"displayName\":                  ",
        ",\"gracePeriodEndDateTime\":       ",
        ",\"imageDisplayName\":             ",
        ",\"lastModifiedDateTime\":         ",
        ",\"managedDeviceId\":              ",
        ",\"managedDeviceName\":            ",
        ",\"onPremisesConnectionName\":     ",
        ",\"provisioningPolicyId\":         ",
        ",\"provisioningPolicyName\":       ",
        ",\"provisioningType\":             ",
        ",\"servicePlanId\":                ",
        ",\"servicePlanName\":              ",
        ",\"userPrincipalName\":            ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.cloudPC\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "aad_device_id", &self.aad_device_id);
        v.field(2usize, "display_name", &self.display_name);
        v.field(3usize, "grace_period_end_date_time", &self.grace_period_end_date_time);
        v.field(4usize, "image_display_name", &self.image_display_name);
        v.field(5usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(6usize, "managed_device_id", &self.managed_device_id);
        v.field(7usize, "managed_device_name", &self.managed_device_name);
        v.field(
            8usize,
            "on_premises_connection_name",
            &self.on_premises_connection_name,
        );
        v.field(9usize, "provisioning_policy_id", &self.provisioning_policy_id);
        v.field(10usize, "provisioning_policy_name", &self.provisioning_policy_name);
        v.field(11usize, "provisioning_type", &self.provisioning_type);
        v.field(12usize, "service_plan_id", &self.service_plan_id);
        v.field(13usize, "service_plan_name", &self.service_plan_name);
        v.field(14usize, "user_principal_name", &self.user_principal_name);
    }
}
#[cfg(msgraph_v1_core_or_device_management)]
impl rt::object::Members for CloudPc {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.aad_device_id.read_from(r),
            2usize => self.display_name.read_from(r),
            3usize => self.grace_period_end_date_time.read_from(r),
            4usize => self.image_display_name.read_from(r),
            5usize => self.last_modified_date_time.read_from(r),
            6usize => self.managed_device_id.read_from(r),
            7usize => self.managed_device_name.read_from(r),
            8usize => self.on_premises_connection_name.read_from(r),
            9usize => self.provisioning_policy_id.read_from(r),
            10usize => self.provisioning_policy_name.read_from(r),
            11usize => self.provisioning_type.read_from(r),
            12usize => self.service_plan_id.read_from(r),
            13usize => self.service_plan_name.read_from(r),
            14usize => self.user_principal_name.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.aad_device_id);
        w.field(2usize, &self.display_name);
        w.field(3usize, &self.grace_period_end_date_time);
        w.field(4usize, &self.image_display_name);
        w.field(5usize, &self.last_modified_date_time);
        w.field(6usize, &self.managed_device_id);
        w.field(7usize, &self.managed_device_name);
        w.field(8usize, &self.on_premises_connection_name);
        w.field(9usize, &self.provisioning_policy_id);
        w.field(10usize, &self.provisioning_policy_name);
        w.field(11usize, &self.provisioning_type);
        w.field(12usize, &self.service_plan_id);
        w.field(13usize, &self.service_plan_name);
        w.field(14usize, &self.user_principal_name);
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
#[cfg(msgraph_v1_core_or_device_management)]
rt::impl_object!(CloudPc);
#[cfg(msgraph_v1_core_or_device_management)]
rt::impl_setters!(
    CloudPc { with_id id : ::std::string::String; with_aad_device_id aad_device_id :
    ::std::string::String; with_display_name display_name : ::std::string::String;
    with_grace_period_end_date_time grace_period_end_date_time : rt::edm::DateTimeOffset;
    with_image_display_name image_display_name : ::std::string::String;
    with_last_modified_date_time last_modified_date_time : rt::edm::DateTimeOffset;
    with_managed_device_id managed_device_id : ::std::string::String;
    with_managed_device_name managed_device_name : ::std::string::String;
    with_on_premises_connection_name on_premises_connection_name : ::std::string::String;
    with_provisioning_policy_id provisioning_policy_id : ::std::string::String;
    with_provisioning_policy_name provisioning_policy_name : ::std::string::String;
    with_provisioning_type provisioning_type : crate ::v1::CloudPcProvisioningType;
    with_service_plan_id service_plan_id : ::std::string::String; with_service_plan_name
    service_plan_name : ::std::string::String; with_user_principal_name
    user_principal_name : ::std::string::String; }
);
#[cfg(msgraph_v1_core_or_device_management)]
#[cfg(feature = "serde")]
rt::impl_serde!(CloudPc);
#[cfg(msgraph_v1_device_management_or_search)]
/// CSDL: `microsoft.graph.cloudPcAuditActivityOperationType`, enum type.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum CloudPcAuditActivityOperationType {
    /// `create` (value 0).
    Create,
    /// `delete` (value 1).
    Delete,
    /// `patch` (value 2).
    Patch,
    /// `unknownFutureValue` (value 3).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::StrEnum for CloudPcAuditActivityOperationType {
    const TYPE_NAME: &'static str = "microsoft.graph.cloudPcAuditActivityOperationType";
    const MEMBERS: &'static [&'static str] = &[
        "create",
        "delete",
        "patch",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "create" => Self::Create,
                "delete" => Self::Delete,
                "patch" => Self::Patch,
                "unknownFutureValue" => Self::UnknownFutureValue,
                _ => return ::std::option::Option::None,
            },
        )
    }
    #[inline]
    fn unrecognized(s: ::std::string::String) -> Self {
        Self::Unrecognized(s)
    }
    #[inline]
    fn as_str(&self) -> &str {
        match self {
            Self::Create => "create",
            Self::Delete => "delete",
            Self::Patch => "patch",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_enum!(CloudPcAuditActivityOperationType);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(CloudPcAuditActivityOperationType);
#[cfg(msgraph_v1_device_management_or_search)]
/// CSDL: `microsoft.graph.cloudPcAuditActivityResult`, enum type.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum CloudPcAuditActivityResult {
    /// `success` (value 0).
    Success,
    /// `clientError` (value 1).
    ClientError,
    /// `failure` (value 2).
    Failure,
    /// `timeout` (value 3).
    Timeout,
    /// `unknownFutureValue` (value 4).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::StrEnum for CloudPcAuditActivityResult {
    const TYPE_NAME: &'static str = "microsoft.graph.cloudPcAuditActivityResult";
    const MEMBERS: &'static [&'static str] = &[
        "success",
        "clientError",
        "failure",
        "timeout",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "success" => Self::Success,
                "clientError" => Self::ClientError,
                "failure" => Self::Failure,
                "timeout" => Self::Timeout,
                "unknownFutureValue" => Self::UnknownFutureValue,
                _ => return ::std::option::Option::None,
            },
        )
    }
    #[inline]
    fn unrecognized(s: ::std::string::String) -> Self {
        Self::Unrecognized(s)
    }
    #[inline]
    fn as_str(&self) -> &str {
        match self {
            Self::Success => "success",
            Self::ClientError => "clientError",
            Self::Failure => "failure",
            Self::Timeout => "timeout",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_enum!(CloudPcAuditActivityResult);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(CloudPcAuditActivityResult);
#[cfg(msgraph_v1_device_management_or_search)]
/// CSDL: `microsoft.graph.cloudPcAuditActor`, complex type.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone)]
pub struct CloudPcAuditActor {
    /// CSDL: property `applicationDisplayName`: `Edm.String`, nullable.
    pub application_display_name: rt::Field<::std::string::String>,
    /// CSDL: property `applicationId`: `Edm.String`, nullable.
    pub application_id: rt::Field<::std::string::String>,
    /// CSDL: property `ipAddress`: `Edm.String`, nullable.
    pub ip_address: rt::Field<::std::string::String>,
    /// CSDL: property `remoteTenantId`: `Edm.String`, nullable.
    pub remote_tenant_id: rt::Field<::std::string::String>,
    /// CSDL: property `remoteUserId`: `Edm.String`, nullable.
    pub remote_user_id: rt::Field<::std::string::String>,
    /// CSDL: property `servicePrincipalName`: `Edm.String`, nullable.
    pub service_principal_name: rt::Field<::std::string::String>,
    /// CSDL: property `userId`: `Edm.String`, nullable.
    pub user_id: rt::Field<::std::string::String>,
    /// CSDL: property `userPermissions`: `Collection(Edm.String)`, not nullable.
    pub user_permissions: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `userPrincipalName`: `Edm.String`, nullable.
    pub user_principal_name: rt::Field<::std::string::String>,
    /// CSDL: property `userRoleScopeTags`: `Collection(microsoft.graph.cloudPcUserRoleScopeTagInfo)`, nullable.
    pub user_role_scope_tags: rt::Field<
        ::std::vec::Vec<crate::v1::CloudPcUserRoleScopeTagInfo>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default for CloudPcAuditActor {
    #[inline]
    fn default() -> Self {
        Self {
            application_display_name: rt::Field::Absent,
            application_id: rt::Field::Absent,
            ip_address: rt::Field::Absent,
            remote_tenant_id: rt::Field::Absent,
            remote_user_id: rt::Field::Absent,
            service_principal_name: rt::Field::Absent,
            user_id: rt::Field::Absent,
            user_permissions: rt::Field::Absent,
            user_principal_name: rt::Field::Absent,
            user_role_scope_tags: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object for CloudPcAuditActor {
    const TYPE_NAME: &'static str = "microsoft.graph.cloudPcAuditActor";
    const KEYS: &'static [&'static str] = &[
        "applicationDisplayName",
        "applicationId",
        "ipAddress",
        "remoteTenantId",
        "remoteUserId",
        "servicePrincipalName",
        "userId",
        "userPermissions",
        "userPrincipalName",
        "userRoleScopeTags",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"applicationDisplayName\":       ",
        ",\"applicationId\":                ",
        ",\"ipAddress\":                    ",
        ",\"remoteTenantId\":               ",
        ",\"remoteUserId\":                 ",
        ",\"servicePrincipalName\":         ",
        ",\"userId\":                       ",
        ",\"userPermissions\":              ",
        ",\"userPrincipalName\":            ",
        ",\"userRoleScopeTags\":            ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.cloudPcAuditActor\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "application_display_name", &self.application_display_name);
        v.field(1usize, "application_id", &self.application_id);
        v.field(2usize, "ip_address", &self.ip_address);
        v.field(3usize, "remote_tenant_id", &self.remote_tenant_id);
        v.field(4usize, "remote_user_id", &self.remote_user_id);
        v.field(5usize, "service_principal_name", &self.service_principal_name);
        v.field(6usize, "user_id", &self.user_id);
        v.field(7usize, "user_permissions", &self.user_permissions);
        v.field(8usize, "user_principal_name", &self.user_principal_name);
        v.field(9usize, "user_role_scope_tags", &self.user_role_scope_tags);
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members for CloudPcAuditActor {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.application_display_name.read_from(r),
            1usize => self.application_id.read_from(r),
            2usize => self.ip_address.read_from(r),
            3usize => self.remote_tenant_id.read_from(r),
            4usize => self.remote_user_id.read_from(r),
            5usize => self.service_principal_name.read_from(r),
            6usize => self.user_id.read_from(r),
            7usize => self.user_permissions.read_from(r),
            8usize => self.user_principal_name.read_from(r),
            9usize => self.user_role_scope_tags.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.application_display_name);
        w.field(1usize, &self.application_id);
        w.field(2usize, &self.ip_address);
        w.field(3usize, &self.remote_tenant_id);
        w.field(4usize, &self.remote_user_id);
        w.field(5usize, &self.service_principal_name);
        w.field(6usize, &self.user_id);
        w.field(7usize, &self.user_permissions);
        w.field(8usize, &self.user_principal_name);
        w.field(9usize, &self.user_role_scope_tags);
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
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_object!(CloudPcAuditActor);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    CloudPcAuditActor { with_application_display_name application_display_name :
    ::std::string::String; with_application_id application_id : ::std::string::String;
    with_ip_address ip_address : ::std::string::String; with_remote_tenant_id
    remote_tenant_id : ::std::string::String; with_remote_user_id remote_user_id :
    ::std::string::String; with_service_principal_name service_principal_name :
    ::std::string::String; with_user_id user_id : ::std::string::String;
    with_user_permissions user_permissions : ::std::vec::Vec < ::std::string::String >;
    with_user_principal_name user_principal_name : ::std::string::String;
    with_user_role_scope_tags user_role_scope_tags : ::std::vec::Vec < crate
    ::v1::CloudPcUserRoleScopeTagInfo >; }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(CloudPcAuditActor);
#[cfg(msgraph_v1_device_management_or_search)]
/// CSDL: `microsoft.graph.cloudPcAuditCategory`, enum type.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum CloudPcAuditCategory {
    /// `cloudPC` (value 0).
    CloudPc,
    /// `unknownFutureValue` (value 1).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::StrEnum for CloudPcAuditCategory {
    const TYPE_NAME: &'static str = "microsoft.graph.cloudPcAuditCategory";
    const MEMBERS: &'static [&'static str] = &["cloudPC", "unknownFutureValue"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "cloudPC" => Self::CloudPc,
                "unknownFutureValue" => Self::UnknownFutureValue,
                _ => return ::std::option::Option::None,
            },
        )
    }
    #[inline]
    fn unrecognized(s: ::std::string::String) -> Self {
        Self::Unrecognized(s)
    }
    #[inline]
    fn as_str(&self) -> &str {
        match self {
            Self::CloudPc => "cloudPC",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_enum!(CloudPcAuditCategory);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(CloudPcAuditCategory);
#[cfg(msgraph_v1_device_management_or_search)]
/// CSDL: `microsoft.graph.cloudPcAuditEvent`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`CloudPcAuditEventPath`](requests/trait.CloudPcAuditEventPath.html), what a path to one (`EntityPath<CloudPcAuditEvent, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone)]
pub struct CloudPcAuditEvent {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `activity`: `Edm.String`, nullable.
    pub activity: rt::Field<::std::string::String>,
    /// CSDL: property `activityDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub activity_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `activityOperationType`: `microsoft.graph.cloudPcAuditActivityOperationType`, not nullable.
    pub activity_operation_type: rt::Field<crate::v1::CloudPcAuditActivityOperationType>,
    /// CSDL: property `activityResult`: `microsoft.graph.cloudPcAuditActivityResult`, not nullable.
    pub activity_result: rt::Field<crate::v1::CloudPcAuditActivityResult>,
    /// CSDL: property `activityType`: `Edm.String`, not nullable.
    pub activity_type: rt::Field<::std::string::String>,
    /// CSDL: property `actor`: `microsoft.graph.cloudPcAuditActor`, not nullable.
    pub actor: rt::Field<crate::v1::CloudPcAuditActor>,
    /// CSDL: property `category`: `microsoft.graph.cloudPcAuditCategory`, not nullable.
    pub category: rt::Field<crate::v1::CloudPcAuditCategory>,
    /// CSDL: property `componentName`: `Edm.String`, not nullable.
    pub component_name: rt::Field<::std::string::String>,
    /// CSDL: property `correlationId`: `Edm.String`, not nullable.
    pub correlation_id: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, not nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `resources`: `Collection(microsoft.graph.cloudPcAuditResource)`, not nullable.
    pub resources: rt::Field<::std::vec::Vec<crate::v1::CloudPcAuditResource>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default for CloudPcAuditEvent {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            activity: rt::Field::Absent,
            activity_date_time: rt::Field::Absent,
            activity_operation_type: rt::Field::Absent,
            activity_result: rt::Field::Absent,
            activity_type: rt::Field::Absent,
            actor: rt::Field::Absent,
            category: rt::Field::Absent,
            component_name: rt::Field::Absent,
            correlation_id: rt::Field::Absent,
            display_name: rt::Field::Absent,
            resources: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object for CloudPcAuditEvent {
    const TYPE_NAME: &'static str = "microsoft.graph.cloudPcAuditEvent";
    const KEYS: &'static [&'static str] = &[
        "id",
        "activity",
        "activityDateTime",
        "activityOperationType",
        "activityResult",
        "activityType",
        "actor",
        "category",
        "componentName",
        "correlationId",
        "displayName",
        "resources",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"activity\":                     ",
        ",\"activityDateTime\":             ",
        ",\"activityOperationType\":        ",
        ",\"activityResult\":               ",
        ",\"activityType\":                 ",
        ",\"actor\":                        ",
        ",\"category\":                     ",
        ",\"componentName\":                ",
        ",\"correlationId\":                ",
        ",\"displayName\":                  ",
        ",\"resources\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.cloudPcAuditEvent\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "activity", &self.activity);
        v.field(2usize, "activity_date_time", &self.activity_date_time);
        v.field(3usize, "activity_operation_type", &self.activity_operation_type);
        v.field(4usize, "activity_result", &self.activity_result);
        v.field(5usize, "activity_type", &self.activity_type);
        v.field(6usize, "actor", &self.actor);
        v.field(7usize, "category", &self.category);
        v.field(8usize, "component_name", &self.component_name);
        v.field(9usize, "correlation_id", &self.correlation_id);
        v.field(10usize, "display_name", &self.display_name);
        v.field(11usize, "resources", &self.resources);
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members for CloudPcAuditEvent {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.activity.read_from(r),
            2usize => self.activity_date_time.read_from(r),
            3usize => self.activity_operation_type.read_from(r),
            4usize => self.activity_result.read_from(r),
            5usize => self.activity_type.read_from(r),
            6usize => self.actor.read_from(r),
            7usize => self.category.read_from(r),
            8usize => self.component_name.read_from(r),
            9usize => self.correlation_id.read_from(r),
            10usize => self.display_name.read_from(r),
            11usize => self.resources.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.activity);
        w.field(2usize, &self.activity_date_time);
        w.field(3usize, &self.activity_operation_type);
        w.field(4usize, &self.activity_result);
        w.field(5usize, &self.activity_type);
        w.field(6usize, &self.actor);
        w.field(7usize, &self.category);
        w.field(8usize, &self.component_name);
        w.field(9usize, &self.correlation_id);
        w.field(10usize, &self.display_name);
        w.field(11usize, &self.resources);
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
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_object!(CloudPcAuditEvent);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    CloudPcAuditEvent { with_id id : ::std::string::String; with_activity activity :
    ::std::string::String; with_activity_date_time activity_date_time :
    rt::edm::DateTimeOffset; with_activity_operation_type activity_operation_type : crate
    ::v1::CloudPcAuditActivityOperationType; with_activity_result activity_result : crate
    ::v1::CloudPcAuditActivityResult; with_activity_type activity_type :
    ::std::string::String; with_actor actor : crate ::v1::CloudPcAuditActor;
    with_category category : crate ::v1::CloudPcAuditCategory; with_component_name
    component_name : ::std::string::String; with_correlation_id correlation_id :
    ::std::string::String; with_display_name display_name : ::std::string::String;
    with_resources resources : ::std::vec::Vec < crate ::v1::CloudPcAuditResource >; }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(CloudPcAuditEvent);
#[cfg(msgraph_v1_device_management_or_search)]
/// CSDL: `microsoft.graph.cloudPcAuditProperty`, complex type.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone)]
pub struct CloudPcAuditProperty {
    /// CSDL: property `displayName`: `Edm.String`, not nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `newValue`: `Edm.String`, not nullable.
    pub new_value: rt::Field<::std::string::String>,
    /// CSDL: property `oldValue`: `Edm.String`, nullable.
    pub old_value: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default for CloudPcAuditProperty {
    #[inline]
    fn default() -> Self {
        Self {
            display_name: rt::Field::Absent,
            new_value: rt::Field::Absent,
            old_value: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object for CloudPcAuditProperty {
    const TYPE_NAME: &'static str = "microsoft.graph.cloudPcAuditProperty";
    const KEYS: &'static [&'static str] = &["displayName", "newValue", "oldValue"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"displayName\":                  ",
        ",\"newValue\":                     ",
        ",\"oldValue\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.cloudPcAuditProperty\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "display_name", &self.display_name);
        v.field(1usize, "new_value", &self.new_value);
        v.field(2usize, "old_value", &self.old_value);
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members for CloudPcAuditProperty {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.display_name.read_from(r),
            1usize => self.new_value.read_from(r),
            2usize => self.old_value.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.display_name);
        w.field(1usize, &self.new_value);
        w.field(2usize, &self.old_value);
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
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_object!(CloudPcAuditProperty);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    CloudPcAuditProperty { with_display_name display_name : ::std::string::String;
    with_new_value new_value : ::std::string::String; with_old_value old_value :
    ::std::string::String; }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(CloudPcAuditProperty);
#[cfg(msgraph_v1_device_management_or_search)]
/// CSDL: `microsoft.graph.cloudPcAuditResource`, complex type.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone)]
pub struct CloudPcAuditResource {
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `modifiedProperties`: `Collection(microsoft.graph.cloudPcAuditProperty)`, not nullable.
    pub modified_properties: rt::Field<::std::vec::Vec<crate::v1::CloudPcAuditProperty>>,
    /// CSDL: property `resourceId`: `Edm.String`, not nullable.
    pub resource_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default for CloudPcAuditResource {
    #[inline]
    fn default() -> Self {
        Self {
            display_name: rt::Field::Absent,
            modified_properties: rt::Field::Absent,
            resource_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object for CloudPcAuditResource {
    const TYPE_NAME: &'static str = "microsoft.graph.cloudPcAuditResource";
    const KEYS: &'static [&'static str] = &[
        "displayName",
        "modifiedProperties",
        "resourceId",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"displayName\":                  ",
        ",\"modifiedProperties\":           ",
        ",\"resourceId\":                   ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.cloudPcAuditResource\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "display_name", &self.display_name);
        v.field(1usize, "modified_properties", &self.modified_properties);
        v.field(2usize, "resource_id", &self.resource_id);
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members for CloudPcAuditResource {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.display_name.read_from(r),
            1usize => self.modified_properties.read_from(r),
            2usize => self.resource_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.display_name);
        w.field(1usize, &self.modified_properties);
        w.field(2usize, &self.resource_id);
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
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_object!(CloudPcAuditResource);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    CloudPcAuditResource { with_display_name display_name : ::std::string::String;
    with_modified_properties modified_properties : ::std::vec::Vec < crate
    ::v1::CloudPcAuditProperty >; with_resource_id resource_id : ::std::string::String; }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(CloudPcAuditResource);
#[cfg(msgraph_v1_device_management_or_search)]
/// CSDL: `microsoft.graph.cloudPcDeviceImage`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone)]
pub struct CloudPcDeviceImage {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `errorCode`: `microsoft.graph.cloudPcDeviceImageErrorCode`, nullable.
    pub error_code: rt::Field<crate::v1::CloudPcDeviceImageErrorCode>,
    /// CSDL: property `expirationDate`: `Edm.Date`, nullable.
    pub expiration_date: rt::Field<rt::edm::Date>,
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `operatingSystem`: `Edm.String`, nullable.
    pub operating_system: rt::Field<::std::string::String>,
    /// CSDL: property `osBuildNumber`: `Edm.String`, nullable.
    pub os_build_number: rt::Field<::std::string::String>,
    /// CSDL: property `osStatus`: `microsoft.graph.cloudPcDeviceImageOsStatus`, nullable.
    pub os_status: rt::Field<crate::v1::CloudPcDeviceImageOsStatus>,
    /// CSDL: property `osVersionNumber`: `Edm.String`, nullable.
    pub os_version_number: rt::Field<::std::string::String>,
    /// CSDL: property `sizeInGB`: `Edm.Int32`, nullable.
    pub size_in_gb: rt::Field<i32>,
    /// CSDL: property `sourceImageResourceId`: `Edm.String`, nullable.
    pub source_image_resource_id: rt::Field<::std::string::String>,
    /// CSDL: property `status`: `microsoft.graph.cloudPcDeviceImageStatus`, nullable.
    pub status: rt::Field<crate::v1::CloudPcDeviceImageStatus>,
    /// CSDL: property `version`: `Edm.String`, nullable.
    pub version: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default for CloudPcDeviceImage {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            display_name: rt::Field::Absent,
            error_code: rt::Field::Absent,
            expiration_date: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            operating_system: rt::Field::Absent,
            os_build_number: rt::Field::Absent,
            os_status: rt::Field::Absent,
            os_version_number: rt::Field::Absent,
            size_in_gb: rt::Field::Absent,
            source_image_resource_id: rt::Field::Absent,
            status: rt::Field::Absent,
            version: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object for CloudPcDeviceImage {
    const TYPE_NAME: &'static str = "microsoft.graph.cloudPcDeviceImage";
    const KEYS: &'static [&'static str] = &[
        "id",
        "displayName",
        "errorCode",
        "expirationDate",
        "lastModifiedDateTime",
        "operatingSystem",
        "osBuildNumber",
        "osStatus",
        "osVersionNumber",
        "sizeInGB",
        "sourceImageResourceId",
        "status",
        "version",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"displayName\":                  ",
        ",\"errorCode\":                    ",
        ",\"expirationDate\":               ",
        ",\"lastModifiedDateTime\":         ",
        ",\"operatingSystem\":              ",
        ",\"osBuildNumber\":                ",
        ",\"osStatus\":                     ",
        ",\"osVersionNumber\":              ",
        ",\"sizeInGB\":                     ",
        ",\"sourceImageResourceId\":        ",
        ",\"status\":                       ",
        ",\"version\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.cloudPcDeviceImage\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "display_name", &self.display_name);
        v.field(2usize, "error_code", &self.error_code);
        v.field(3usize, "expiration_date", &self.expiration_date);
        v.field(4usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(5usize, "operating_system", &self.operating_system);
        v.field(6usize, "os_build_number", &self.os_build_number);
        v.field(7usize, "os_status", &self.os_status);
        v.field(8usize, "os_version_number", &self.os_version_number);
        v.field(9usize, "size_in_gb", &self.size_in_gb);
        v.field(10usize, "source_image_resource_id", &self.source_image_resource_id);
        v.field(11usize, "status", &self.status);
        v.field(12usize, "version", &self.version);
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members for CloudPcDeviceImage {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.display_name.read_from(r),
            2usize => self.error_code.read_from(r),
            3usize => self.expiration_date.read_from(r),
            4usize => self.last_modified_date_time.read_from(r),
            5usize => self.operating_system.read_from(r),
            6usize => self.os_build_number.read_from(r),
            7usize => self.os_status.read_from(r),
            8usize => self.os_version_number.read_from(r),
            9usize => self.size_in_gb.read_from(r),
            10usize => self.source_image_resource_id.read_from(r),
            11usize => self.status.read_from(r),
            12usize => self.version.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.display_name);
        w.field(2usize, &self.error_code);
        w.field(3usize, &self.expiration_date);
        w.field(4usize, &self.last_modified_date_time);
        w.field(5usize, &self.operating_system);
        w.field(6usize, &self.os_build_number);
        w.field(7usize, &self.os_status);
        w.field(8usize, &self.os_version_number);
        w.field(9usize, &self.size_in_gb);
        w.field(10usize, &self.source_image_resource_id);
        w.field(11usize, &self.status);
        w.field(12usize, &self.version);
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
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_object!(CloudPcDeviceImage);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    CloudPcDeviceImage { with_id id : ::std::string::String; with_display_name
    display_name : ::std::string::String; with_error_code error_code : crate
    ::v1::CloudPcDeviceImageErrorCode; with_expiration_date expiration_date :
    rt::edm::Date; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_operating_system operating_system :
    ::std::string::String; with_os_build_number os_build_number : ::std::string::String;
    with_os_status os_status : crate ::v1::CloudPcDeviceImageOsStatus;
    with_os_version_number os_version_number : ::std::string::String; with_size_in_gb
    size_in_gb : i32; with_source_image_resource_id source_image_resource_id :
    ::std::string::String; with_status status : crate ::v1::CloudPcDeviceImageStatus;
    with_version version : ::std::string::String; }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(CloudPcDeviceImage);
#[cfg(msgraph_v1_device_management_or_search)]
/// CSDL: `microsoft.graph.cloudPcDeviceImageErrorCode`, enum type.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum CloudPcDeviceImageErrorCode {
    /// `internalServerError` (value 0).
    InternalServerError,
    /// `sourceImageNotFound` (value 1).
    SourceImageNotFound,
    /// `osVersionNotSupported` (value 2).
    OsVersionNotSupported,
    /// `sourceImageInvalid` (value 3).
    SourceImageInvalid,
    /// `sourceImageNotGeneralized` (value 4).
    SourceImageNotGeneralized,
    /// `unknownFutureValue` (value 5).
    UnknownFutureValue,
    /// `vmAlreadyAzureAdjoined` (value 6).
    VmAlreadyAzureAdjoined,
    /// `paidSourceImageNotSupport` (value 7).
    PaidSourceImageNotSupport,
    /// `sourceImageNotSupportCustomizeVMName` (value 8).
    SourceImageNotSupportCustomizeVmName,
    /// `sourceImageSizeExceedsLimitation` (value 9).
    SourceImageSizeExceedsLimitation,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::StrEnum for CloudPcDeviceImageErrorCode {
    const TYPE_NAME: &'static str = "microsoft.graph.cloudPcDeviceImageErrorCode";
    const MEMBERS: &'static [&'static str] = &[
        "internalServerError",
        "sourceImageNotFound",
        "osVersionNotSupported",
        "sourceImageInvalid",
        "sourceImageNotGeneralized",
        "unknownFutureValue",
        "vmAlreadyAzureAdjoined",
        "paidSourceImageNotSupport",
        "sourceImageNotSupportCustomizeVMName",
        "sourceImageSizeExceedsLimitation",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "internalServerError" => Self::InternalServerError,
                "sourceImageNotFound" => Self::SourceImageNotFound,
                "osVersionNotSupported" => Self::OsVersionNotSupported,
                "sourceImageInvalid" => Self::SourceImageInvalid,
                "sourceImageNotGeneralized" => Self::SourceImageNotGeneralized,
                "unknownFutureValue" => Self::UnknownFutureValue,
                "vmAlreadyAzureAdjoined" => Self::VmAlreadyAzureAdjoined,
                "paidSourceImageNotSupport" => Self::PaidSourceImageNotSupport,
                "sourceImageNotSupportCustomizeVMName" => {
                    Self::SourceImageNotSupportCustomizeVmName
                }
                "sourceImageSizeExceedsLimitation" => {
                    Self::SourceImageSizeExceedsLimitation
                }
                _ => return ::std::option::Option::None,
            },
        )
    }
    #[inline]
    fn unrecognized(s: ::std::string::String) -> Self {
        Self::Unrecognized(s)
    }
    #[inline]
    fn as_str(&self) -> &str {
        match self {
            Self::InternalServerError => "internalServerError",
            Self::SourceImageNotFound => "sourceImageNotFound",
            Self::OsVersionNotSupported => "osVersionNotSupported",
            Self::SourceImageInvalid => "sourceImageInvalid",
            Self::SourceImageNotGeneralized => "sourceImageNotGeneralized",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::VmAlreadyAzureAdjoined => "vmAlreadyAzureAdjoined",
            Self::PaidSourceImageNotSupport => "paidSourceImageNotSupport",
            Self::SourceImageNotSupportCustomizeVmName => {
                "sourceImageNotSupportCustomizeVMName"
            }
            Self::SourceImageSizeExceedsLimitation => "sourceImageSizeExceedsLimitation",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_enum!(CloudPcDeviceImageErrorCode);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(CloudPcDeviceImageErrorCode);
#[cfg(msgraph_v1_device_management_or_search)]
/// CSDL: `microsoft.graph.cloudPcDeviceImageOsStatus`, enum type.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum CloudPcDeviceImageOsStatus {
    /// `supported` (value 0).
    Supported,
    /// `supportedWithWarning` (value 1).
    SupportedWithWarning,
    /// `unknown` (value 2).
    Unknown,
    /// `unknownFutureValue` (value 3).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::StrEnum for CloudPcDeviceImageOsStatus {
    const TYPE_NAME: &'static str = "microsoft.graph.cloudPcDeviceImageOsStatus";
    const MEMBERS: &'static [&'static str] = &[
        "supported",
        "supportedWithWarning",
        "unknown",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "supported" => Self::Supported,
                "supportedWithWarning" => Self::SupportedWithWarning,
                "unknown" => Self::Unknown,
                "unknownFutureValue" => Self::UnknownFutureValue,
                _ => return ::std::option::Option::None,
            },
        )
    }
    #[inline]
    fn unrecognized(s: ::std::string::String) -> Self {
        Self::Unrecognized(s)
    }
    #[inline]
    fn as_str(&self) -> &str {
        match self {
            Self::Supported => "supported",
            Self::SupportedWithWarning => "supportedWithWarning",
            Self::Unknown => "unknown",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_enum!(CloudPcDeviceImageOsStatus);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(CloudPcDeviceImageOsStatus);
#[cfg(msgraph_v1_device_management_or_search)]
/// CSDL: `microsoft.graph.cloudPcDeviceImageStatus`, enum type.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum CloudPcDeviceImageStatus {
    /// `pending` (value 0).
    Pending,
    /// `ready` (value 1).
    Ready,
    /// `failed` (value 2).
    Failed,
    /// `unknownFutureValue` (value 3).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::StrEnum for CloudPcDeviceImageStatus {
    const TYPE_NAME: &'static str = "microsoft.graph.cloudPcDeviceImageStatus";
    const MEMBERS: &'static [&'static str] = &[
        "pending",
        "ready",
        "failed",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "pending" => Self::Pending,
                "ready" => Self::Ready,
                "failed" => Self::Failed,
                "unknownFutureValue" => Self::UnknownFutureValue,
                _ => return ::std::option::Option::None,
            },
        )
    }
    #[inline]
    fn unrecognized(s: ::std::string::String) -> Self {
        Self::Unrecognized(s)
    }
    #[inline]
    fn as_str(&self) -> &str {
        match self {
            Self::Pending => "pending",
            Self::Ready => "ready",
            Self::Failed => "failed",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_enum!(CloudPcDeviceImageStatus);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(CloudPcDeviceImageStatus);
#[cfg(msgraph_v1_device_management_or_search)]
/// CSDL: `microsoft.graph.cloudPcOnPremisesConnection`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`CloudPcOnPremisesConnectionPath`](requests/trait.CloudPcOnPremisesConnectionPath.html), what a path to one (`EntityPath<CloudPcOnPremisesConnection, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone)]
pub struct CloudPcOnPremisesConnection {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `adDomainName`: `Edm.String`, nullable.
    pub ad_domain_name: rt::Field<::std::string::String>,
    /// CSDL: property `adDomainPassword`: `Edm.String`, nullable.
    pub ad_domain_password: rt::Field<::std::string::String>,
    /// CSDL: property `adDomainUsername`: `Edm.String`, nullable.
    pub ad_domain_username: rt::Field<::std::string::String>,
    /// CSDL: property `alternateResourceUrl`: `Edm.String`, nullable.
    pub alternate_resource_url: rt::Field<::std::string::String>,
    /// CSDL: property `connectionType`: `microsoft.graph.cloudPcOnPremisesConnectionType`, nullable.
    pub connection_type: rt::Field<crate::v1::CloudPcOnPremisesConnectionType>,
    /// CSDL: property `displayName`: `Edm.String`, not nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `healthCheckPaused`: `Edm.Boolean`, nullable.
    pub health_check_paused: rt::Field<bool>,
    /// CSDL: property `healthCheckStatus`: `microsoft.graph.cloudPcOnPremisesConnectionStatus`, not nullable.
    pub health_check_status: rt::Field<crate::v1::CloudPcOnPremisesConnectionStatus>,
    /// CSDL: property `healthCheckStatusDetail`: `microsoft.graph.cloudPcOnPremisesConnectionStatusDetail`, nullable.
    pub health_check_status_detail: rt::Field<
        crate::v1::CloudPcOnPremisesConnectionStatusDetail,
    >,
    /// CSDL: property `inUse`: `Edm.Boolean`, nullable.
    pub in_use: rt::Field<bool>,
    /// CSDL: property `inUseByCloudPc`: `Edm.Boolean`, nullable.
    pub in_use_by_cloud_pc: rt::Field<bool>,
    /// CSDL: property `organizationalUnit`: `Edm.String`, nullable.
    pub organizational_unit: rt::Field<::std::string::String>,
    /// CSDL: property `resourceGroupId`: `Edm.String`, not nullable.
    pub resource_group_id: rt::Field<::std::string::String>,
    /// CSDL: property `scopeIds`: `Collection(Edm.String)`, nullable.
    pub scope_ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `subnetId`: `Edm.String`, not nullable.
    pub subnet_id: rt::Field<::std::string::String>,
    /// CSDL: property `subscriptionId`: `Edm.String`, not nullable.
    pub subscription_id: rt::Field<::std::string::String>,
    /// CSDL: property `subscriptionName`: `Edm.String`, nullable.
    pub subscription_name: rt::Field<::std::string::String>,
    /// CSDL: property `virtualNetworkId`: `Edm.String`, not nullable.
    pub virtual_network_id: rt::Field<::std::string::String>,
    /// CSDL: property `virtualNetworkLocation`: `Edm.String`, nullable.
    pub virtual_network_location: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default for CloudPcOnPremisesConnection {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            ad_domain_name: rt::Field::Absent,
            ad_domain_password: rt::Field::Absent,
            ad_domain_username: rt::Field::Absent,
            alternate_resource_url: rt::Field::Absent,
            connection_type: rt::Field::Absent,
            display_name: rt::Field::Absent,
            health_check_paused: rt::Field::Absent,
            health_check_status: rt::Field::Absent,
            health_check_status_detail: rt::Field::Absent,
            in_use: rt::Field::Absent,
            in_use_by_cloud_pc: rt::Field::Absent,
            organizational_unit: rt::Field::Absent,
            resource_group_id: rt::Field::Absent,
            scope_ids: rt::Field::Absent,
            subnet_id: rt::Field::Absent,
            subscription_id: rt::Field::Absent,
            subscription_name: rt::Field::Absent,
            virtual_network_id: rt::Field::Absent,
            virtual_network_location: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object for CloudPcOnPremisesConnection {
    const TYPE_NAME: &'static str = "microsoft.graph.cloudPcOnPremisesConnection";
    const KEYS: &'static [&'static str] = &[
        "id",
        "adDomainName",
        "adDomainPassword",
        "adDomainUsername",
        "alternateResourceUrl",
        "connectionType",
        "displayName",
        "healthCheckPaused",
        "healthCheckStatus",
        "healthCheckStatusDetail",
        "inUse",
        "inUseByCloudPc",
        "organizationalUnit",
        "resourceGroupId",
        "scopeIds",
        "subnetId",
        "subscriptionId",
        "subscriptionName",
        "virtualNetworkId",
        "virtualNetworkLocation",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"adDomainName\":                 ",
        ",\"adDomainPassword\":             ",
        ",\"adDomainUsername\":             ",
        ",\"alternateResourceUrl\":         ",
        ",\"connectionType\":               ",
        ",\"displayName\":                  ",
        ",\"healthCheckPaused\":            ",
        ",\"healthCheckStatus\":            ",
        ",\"healthCheckStatusDetail\":      ",
        ",\"inUse\":                        ",
        ",\"inUseByCloudPc\":               ",
        ",\"organizationalUnit\":           ",
        ",\"resourceGroupId\":              ",
        ",\"scopeIds\":                     ",
        ",\"subnetId\":                     ",
        ",\"subscriptionId\":               ",
        ",\"subscriptionName\":             ",
        ",\"virtualNetworkId\":             ",
        ",\"virtualNetworkLocation\":       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.cloudPcOnPremisesConnection\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "ad_domain_name", &self.ad_domain_name);
        v.field(2usize, "ad_domain_password", &self.ad_domain_password);
        v.field(3usize, "ad_domain_username", &self.ad_domain_username);
        v.field(4usize, "alternate_resource_url", &self.alternate_resource_url);
        v.field(5usize, "connection_type", &self.connection_type);
        v.field(6usize, "display_name", &self.display_name);
        v.field(7usize, "health_check_paused", &self.health_check_paused);
        v.field(8usize, "health_check_status", &self.health_check_status);
        v.field(9usize, "health_check_status_detail", &self.health_check_status_detail);
        v.field(10usize, "in_use", &self.in_use);
        v.field(11usize, "in_use_by_cloud_pc", &self.in_use_by_cloud_pc);
        v.field(12usize, "organizational_unit", &self.organizational_unit);
        v.field(13usize, "resource_group_id", &self.resource_group_id);
        v.field(14usize, "scope_ids", &self.scope_ids);
        v.field(15usize, "subnet_id", &self.subnet_id);
        v.field(16usize, "subscription_id", &self.subscription_id);
        v.field(17usize, "subscription_name", &self.subscription_name);
        v.field(18usize, "virtual_network_id", &self.virtual_network_id);
        v.field(19usize, "virtual_network_location", &self.virtual_network_location);
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members for CloudPcOnPremisesConnection {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.ad_domain_name.read_from(r),
            2usize => self.ad_domain_password.read_from(r),
            3usize => self.ad_domain_username.read_from(r),
            4usize => self.alternate_resource_url.read_from(r),
            5usize => self.connection_type.read_from(r),
            6usize => self.display_name.read_from(r),
            7usize => self.health_check_paused.read_from(r),
            8usize => self.health_check_status.read_from(r),
            9usize => self.health_check_status_detail.read_from(r),
            10usize => self.in_use.read_from(r),
            11usize => self.in_use_by_cloud_pc.read_from(r),
            12usize => self.organizational_unit.read_from(r),
            13usize => self.resource_group_id.read_from(r),
            14usize => self.scope_ids.read_from(r),
            15usize => self.subnet_id.read_from(r),
            16usize => self.subscription_id.read_from(r),
            17usize => self.subscription_name.read_from(r),
            18usize => self.virtual_network_id.read_from(r),
            19usize => self.virtual_network_location.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.ad_domain_name);
        w.field(2usize, &self.ad_domain_password);
        w.field(3usize, &self.ad_domain_username);
        w.field(4usize, &self.alternate_resource_url);
        w.field(5usize, &self.connection_type);
        w.field(6usize, &self.display_name);
        w.field(7usize, &self.health_check_paused);
        w.field(8usize, &self.health_check_status);
        w.field(9usize, &self.health_check_status_detail);
        w.field(10usize, &self.in_use);
        w.field(11usize, &self.in_use_by_cloud_pc);
        w.field(12usize, &self.organizational_unit);
        w.field(13usize, &self.resource_group_id);
        w.field(14usize, &self.scope_ids);
        w.field(15usize, &self.subnet_id);
        w.field(16usize, &self.subscription_id);
        w.field(17usize, &self.subscription_name);
        w.field(18usize, &self.virtual_network_id);
        w.field(19usize, &self.virtual_network_location);
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
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_object!(CloudPcOnPremisesConnection);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    CloudPcOnPremisesConnection { with_id id : ::std::string::String; with_ad_domain_name
    ad_domain_name : ::std::string::String; with_ad_domain_password ad_domain_password :
    ::std::string::String; with_ad_domain_username ad_domain_username :
    ::std::string::String; with_alternate_resource_url alternate_resource_url :
    ::std::string::String; with_connection_type connection_type : crate
    ::v1::CloudPcOnPremisesConnectionType; with_display_name display_name :
    ::std::string::String; with_health_check_paused health_check_paused : bool;
    with_health_check_status health_check_status : crate
    ::v1::CloudPcOnPremisesConnectionStatus; with_health_check_status_detail
    health_check_status_detail : crate ::v1::CloudPcOnPremisesConnectionStatusDetail;
    with_in_use in_use : bool; with_in_use_by_cloud_pc in_use_by_cloud_pc : bool;
    with_organizational_unit organizational_unit : ::std::string::String;
    with_resource_group_id resource_group_id : ::std::string::String; with_scope_ids
    scope_ids : ::std::vec::Vec < ::std::string::String >; with_subnet_id subnet_id :
    ::std::string::String; with_subscription_id subscription_id : ::std::string::String;
    with_subscription_name subscription_name : ::std::string::String;
    with_virtual_network_id virtual_network_id : ::std::string::String;
    with_virtual_network_location virtual_network_location : ::std::string::String; }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(CloudPcOnPremisesConnection);
#[cfg(msgraph_v1_device_management_or_search)]
/// CSDL: `microsoft.graph.cloudPcOnPremisesConnectionHealthCheck`, complex type.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone)]
pub struct CloudPcOnPremisesConnectionHealthCheck {
    /// CSDL: property `additionalDetail`: `Edm.String`, nullable.
    pub additional_detail: rt::Field<::std::string::String>,
    /// CSDL: property `correlationId`: `Edm.String`, nullable.
    pub correlation_id: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `endDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub end_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `errorType`: `microsoft.graph.cloudPcOnPremisesConnectionHealthCheckErrorType`, nullable.
    pub error_type: rt::Field<
        crate::v1::CloudPcOnPremisesConnectionHealthCheckErrorType,
    >,
    /// CSDL: property `recommendedAction`: `Edm.String`, nullable.
    pub recommended_action: rt::Field<::std::string::String>,
    /// CSDL: property `startDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub start_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `status`: `microsoft.graph.cloudPcOnPremisesConnectionStatus`, not nullable.
    pub status: rt::Field<crate::v1::CloudPcOnPremisesConnectionStatus>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default for CloudPcOnPremisesConnectionHealthCheck {
    #[inline]
    fn default() -> Self {
        Self {
            additional_detail: rt::Field::Absent,
            correlation_id: rt::Field::Absent,
            display_name: rt::Field::Absent,
            end_date_time: rt::Field::Absent,
            error_type: rt::Field::Absent,
            recommended_action: rt::Field::Absent,
            start_date_time: rt::Field::Absent,
            status: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object for CloudPcOnPremisesConnectionHealthCheck {
    const TYPE_NAME: &'static str = "microsoft.graph.cloudPcOnPremisesConnectionHealthCheck";
    const KEYS: &'static [&'static str] = &[
        "additionalDetail",
        "correlationId",
        "displayName",
        "endDateTime",
        "errorType",
        "recommendedAction",
        "startDateTime",
        "status",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"additionalDetail\":             ",
        ",\"correlationId\":                ",
        ",\"displayName\":                  ",
        ",\"endDateTime\":                  ",
        ",\"errorType\":                    ",
        ",\"recommendedAction\":            ",
        ",\"startDateTime\":                ",
        ",\"status\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.cloudPcOnPremisesConnectionHealthCheck\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "additional_detail", &self.additional_detail);
        v.field(1usize, "correlation_id", &self.correlation_id);
        v.field(2usize, "display_name", &self.display_name);
        v.field(3usize, "end_date_time", &self.end_date_time);
        v.field(4usize, "error_type", &self.error_type);
        v.field(5usize, "recommended_action", &self.recommended_action);
        v.field(6usize, "start_date_time", &self.start_date_time);
        v.field(7usize, "status", &self.status);
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members for CloudPcOnPremisesConnectionHealthCheck {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.additional_detail.read_from(r),
            1usize => self.correlation_id.read_from(r),
            2usize => self.display_name.read_from(r),
            3usize => self.end_date_time.read_from(r),
            4usize => self.error_type.read_from(r),
            5usize => self.recommended_action.read_from(r),
            6usize => self.start_date_time.read_from(r),
            7usize => self.status.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.additional_detail);
        w.field(1usize, &self.correlation_id);
        w.field(2usize, &self.display_name);
        w.field(3usize, &self.end_date_time);
        w.field(4usize, &self.error_type);
        w.field(5usize, &self.recommended_action);
        w.field(6usize, &self.start_date_time);
        w.field(7usize, &self.status);
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
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_object!(CloudPcOnPremisesConnectionHealthCheck);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    CloudPcOnPremisesConnectionHealthCheck { with_additional_detail additional_detail :
    ::std::string::String; with_correlation_id correlation_id : ::std::string::String;
    with_display_name display_name : ::std::string::String; with_end_date_time
    end_date_time : rt::edm::DateTimeOffset; with_error_type error_type : crate
    ::v1::CloudPcOnPremisesConnectionHealthCheckErrorType; with_recommended_action
    recommended_action : ::std::string::String; with_start_date_time start_date_time :
    rt::edm::DateTimeOffset; with_status status : crate
    ::v1::CloudPcOnPremisesConnectionStatus; }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(CloudPcOnPremisesConnectionHealthCheck);
#[cfg(msgraph_v1_device_management_or_search)]
/// CSDL: `microsoft.graph.cloudPcOnPremisesConnectionHealthCheckErrorType`, enum type.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum CloudPcOnPremisesConnectionHealthCheckErrorType {
    /// `dnsCheckFqdnNotFound` (value 100).
    DnsCheckFqdnNotFound,
    /// `dnsCheckNameWithInvalidCharacter` (value 101).
    DnsCheckNameWithInvalidCharacter,
    /// `dnsCheckUnknownError` (value 199).
    DnsCheckUnknownError,
    /// `adJoinCheckFqdnNotFound` (value 200).
    AdJoinCheckFqdnNotFound,
    /// `adJoinCheckIncorrectCredentials` (value 201).
    AdJoinCheckIncorrectCredentials,
    /// `adJoinCheckOrganizationalUnitNotFound` (value 202).
    AdJoinCheckOrganizationalUnitNotFound,
    /// `adJoinCheckOrganizationalUnitIncorrectFormat` (value 203).
    AdJoinCheckOrganizationalUnitIncorrectFormat,
    /// `adJoinCheckComputerObjectAlreadyExists` (value 204).
    AdJoinCheckComputerObjectAlreadyExists,
    /// `adJoinCheckAccessDenied` (value 205).
    AdJoinCheckAccessDenied,
    /// `adJoinCheckCredentialsExpired` (value 206).
    AdJoinCheckCredentialsExpired,
    /// `adJoinCheckAccountLockedOrDisabled` (value 207).
    AdJoinCheckAccountLockedOrDisabled,
    /// `adJoinCheckAccountQuotaExceeded` (value 208).
    AdJoinCheckAccountQuotaExceeded,
    /// `adJoinCheckServerNotOperational` (value 209).
    AdJoinCheckServerNotOperational,
    /// `adJoinCheckUnknownError` (value 299).
    AdJoinCheckUnknownError,
    /// `endpointConnectivityCheckCloudPcUrlNotAllowListed` (value 300).
    EndpointConnectivityCheckCloudPcUrlNotAllowListed,
    /// `endpointConnectivityCheckWVDUrlNotAllowListed` (value 301).
    EndpointConnectivityCheckWvdUrlNotAllowListed,
    /// `endpointConnectivityCheckIntuneUrlNotAllowListed` (value 302).
    EndpointConnectivityCheckIntuneUrlNotAllowListed,
    /// `endpointConnectivityCheckAzureADUrlNotAllowListed` (value 303).
    EndpointConnectivityCheckAzureAdUrlNotAllowListed,
    /// `endpointConnectivityCheckLocaleUrlNotAllowListed` (value 304).
    EndpointConnectivityCheckLocaleUrlNotAllowListed,
    /// `endpointConnectivityCheckUnknownError` (value 399).
    EndpointConnectivityCheckUnknownError,
    /// `azureAdDeviceSyncCheckDeviceNotFound` (value 400).
    AzureAdDeviceSyncCheckDeviceNotFound,
    /// `azureAdDeviceSyncCheckLongSyncCircle` (value 401).
    AzureAdDeviceSyncCheckLongSyncCircle,
    /// `azureAdDeviceSyncCheckConnectDisabled` (value 402).
    AzureAdDeviceSyncCheckConnectDisabled,
    /// `azureAdDeviceSyncCheckDurationExceeded` (value 403).
    AzureAdDeviceSyncCheckDurationExceeded,
    /// `azureAdDeviceSyncCheckScpNotConfigured` (value 404).
    AzureAdDeviceSyncCheckScpNotConfigured,
    /// `azureAdDeviceSyncCheckTransientServiceError` (value 498).
    AzureAdDeviceSyncCheckTransientServiceError,
    /// `azureAdDeviceSyncCheckUnknownError` (value 499).
    AzureAdDeviceSyncCheckUnknownError,
    /// `resourceAvailabilityCheckNoSubnetIP` (value 500).
    ResourceAvailabilityCheckNoSubnetIp,
    /// `resourceAvailabilityCheckSubscriptionDisabled` (value 501).
    ResourceAvailabilityCheckSubscriptionDisabled,
    /// `resourceAvailabilityCheckAzurePolicyViolation` (value 502).
    ResourceAvailabilityCheckAzurePolicyViolation,
    /// `resourceAvailabilityCheckSubscriptionNotFound` (value 503).
    ResourceAvailabilityCheckSubscriptionNotFound,
    /// `resourceAvailabilityCheckSubscriptionTransferred` (value 504).
    ResourceAvailabilityCheckSubscriptionTransferred,
    /// `resourceAvailabilityCheckGeneralSubscriptionError` (value 505).
    ResourceAvailabilityCheckGeneralSubscriptionError,
    /// `resourceAvailabilityCheckUnsupportedVNetRegion` (value 506).
    ResourceAvailabilityCheckUnsupportedVNetRegion,
    /// `resourceAvailabilityCheckResourceGroupInvalid` (value 507).
    ResourceAvailabilityCheckResourceGroupInvalid,
    /// `resourceAvailabilityCheckVNetInvalid` (value 508).
    ResourceAvailabilityCheckVNetInvalid,
    /// `resourceAvailabilityCheckSubnetInvalid` (value 509).
    ResourceAvailabilityCheckSubnetInvalid,
    /// `resourceAvailabilityCheckResourceGroupBeingDeleted` (value 510).
    ResourceAvailabilityCheckResourceGroupBeingDeleted,
    /// `resourceAvailabilityCheckVNetBeingMoved` (value 511).
    ResourceAvailabilityCheckVNetBeingMoved,
    /// `resourceAvailabilityCheckSubnetDelegationFailed` (value 512).
    ResourceAvailabilityCheckSubnetDelegationFailed,
    /// `resourceAvailabilityCheckSubnetWithExternalResources` (value 513).
    ResourceAvailabilityCheckSubnetWithExternalResources,
    /// `resourceAvailabilityCheckResourceGroupLockedForReadonly` (value 514).
    ResourceAvailabilityCheckResourceGroupLockedForReadonly,
    /// `resourceAvailabilityCheckResourceGroupLockedForDelete` (value 515).
    ResourceAvailabilityCheckResourceGroupLockedForDelete,
    /// `resourceAvailabilityCheckNoIntuneReaderRoleError` (value 516).
    ResourceAvailabilityCheckNoIntuneReaderRoleError,
    /// `resourceAvailabilityCheckIntuneDefaultWindowsRestrictionViolation` (value 517).
    ResourceAvailabilityCheckIntuneDefaultWindowsRestrictionViolation,
    /// `resourceAvailabilityCheckIntuneCustomWindowsRestrictionViolation` (value 518).
    ResourceAvailabilityCheckIntuneCustomWindowsRestrictionViolation,
    /// `resourceAvailabilityCheckDeploymentQuotaLimitReached` (value 519).
    ResourceAvailabilityCheckDeploymentQuotaLimitReached,
    /// `resourceAvailabilityCheckTransientServiceError` (value 598).
    ResourceAvailabilityCheckTransientServiceError,
    /// `resourceAvailabilityCheckUnknownError` (value 599).
    ResourceAvailabilityCheckUnknownError,
    /// `permissionCheckNoSubscriptionReaderRole` (value 600).
    PermissionCheckNoSubscriptionReaderRole,
    /// `permissionCheckNoResourceGroupOwnerRole` (value 601).
    PermissionCheckNoResourceGroupOwnerRole,
    /// `permissionCheckNoVNetContributorRole` (value 602).
    PermissionCheckNoVNetContributorRole,
    /// `permissionCheckNoResourceGroupNetworkContributorRole` (value 603).
    PermissionCheckNoResourceGroupNetworkContributorRole,
    /// `permissionCheckNoWindows365NetworkUserRole` (value 604).
    PermissionCheckNoWindows365NetworkUserRole,
    /// `permissionCheckNoWindows365NetworkInterfaceContributorRole` (value 605).
    PermissionCheckNoWindows365NetworkInterfaceContributorRole,
    /// `permissionCheckTransientServiceError` (value 698).
    PermissionCheckTransientServiceError,
    /// `permissionCheckUnknownError` (value 699).
    PermissionCheckUnknownError,
    /// `udpConnectivityCheckStunUrlNotAllowListed` (value 800).
    UdpConnectivityCheckStunUrlNotAllowListed,
    /// `udpConnectivityCheckTurnUrlNotAllowListed` (value 801).
    UdpConnectivityCheckTurnUrlNotAllowListed,
    /// `udpConnectivityCheckUrlsNotAllowListed` (value 802).
    UdpConnectivityCheckUrlsNotAllowListed,
    /// `udpConnectivityCheckUnknownError` (value 899).
    UdpConnectivityCheckUnknownError,
    /// `internalServerErrorDeploymentCanceled` (value 900).
    InternalServerErrorDeploymentCanceled,
    /// `internalServerErrorAllocateResourceFailed` (value 901).
    InternalServerErrorAllocateResourceFailed,
    /// `internalServerErrorVMDeploymentTimeout` (value 902).
    InternalServerErrorVmDeploymentTimeout,
    /// `internalServerErrorUnableToRunDscScript` (value 903).
    InternalServerErrorUnableToRunDscScript,
    /// `ssoCheckKerberosConfigurationError` (value 904).
    SsoCheckKerberosConfigurationError,
    /// `internalServerUnknownError` (value 999).
    InternalServerUnknownError,
    /// `unknownFutureValue` (value 1000).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::StrEnum for CloudPcOnPremisesConnectionHealthCheckErrorType {
    const TYPE_NAME: &'static str = "microsoft.graph.cloudPcOnPremisesConnectionHealthCheckErrorType";
    const MEMBERS: &'static [&'static str] = &[
        "dnsCheckFqdnNotFound",
        "dnsCheckNameWithInvalidCharacter",
        "dnsCheckUnknownError",
        "adJoinCheckFqdnNotFound",
        "adJoinCheckIncorrectCredentials",
        "adJoinCheckOrganizationalUnitNotFound",
        "adJoinCheckOrganizationalUnitIncorrectFormat",
        "adJoinCheckComputerObjectAlreadyExists",
        "adJoinCheckAccessDenied",
        "adJoinCheckCredentialsExpired",
        "adJoinCheckAccountLockedOrDisabled",
        "adJoinCheckAccountQuotaExceeded",
        "adJoinCheckServerNotOperational",
        "adJoinCheckUnknownError",
        "endpointConnectivityCheckCloudPcUrlNotAllowListed",
        "endpointConnectivityCheckWVDUrlNotAllowListed",
        "endpointConnectivityCheckIntuneUrlNotAllowListed",
        "endpointConnectivityCheckAzureADUrlNotAllowListed",
        "endpointConnectivityCheckLocaleUrlNotAllowListed",
        "endpointConnectivityCheckUnknownError",
        "azureAdDeviceSyncCheckDeviceNotFound",
        "azureAdDeviceSyncCheckLongSyncCircle",
        "azureAdDeviceSyncCheckConnectDisabled",
        "azureAdDeviceSyncCheckDurationExceeded",
        "azureAdDeviceSyncCheckScpNotConfigured",
        "azureAdDeviceSyncCheckTransientServiceError",
        "azureAdDeviceSyncCheckUnknownError",
        "resourceAvailabilityCheckNoSubnetIP",
        "resourceAvailabilityCheckSubscriptionDisabled",
        "resourceAvailabilityCheckAzurePolicyViolation",
        "resourceAvailabilityCheckSubscriptionNotFound",
        "resourceAvailabilityCheckSubscriptionTransferred",
        "resourceAvailabilityCheckGeneralSubscriptionError",
        "resourceAvailabilityCheckUnsupportedVNetRegion",
        "resourceAvailabilityCheckResourceGroupInvalid",
        "resourceAvailabilityCheckVNetInvalid",
        "resourceAvailabilityCheckSubnetInvalid",
        "resourceAvailabilityCheckResourceGroupBeingDeleted",
        "resourceAvailabilityCheckVNetBeingMoved",
        "resourceAvailabilityCheckSubnetDelegationFailed",
        "resourceAvailabilityCheckSubnetWithExternalResources",
        "resourceAvailabilityCheckResourceGroupLockedForReadonly",
        "resourceAvailabilityCheckResourceGroupLockedForDelete",
        "resourceAvailabilityCheckNoIntuneReaderRoleError",
        "resourceAvailabilityCheckIntuneDefaultWindowsRestrictionViolation",
        "resourceAvailabilityCheckIntuneCustomWindowsRestrictionViolation",
        "resourceAvailabilityCheckDeploymentQuotaLimitReached",
        "resourceAvailabilityCheckTransientServiceError",
        "resourceAvailabilityCheckUnknownError",
        "permissionCheckNoSubscriptionReaderRole",
        "permissionCheckNoResourceGroupOwnerRole",
        "permissionCheckNoVNetContributorRole",
        "permissionCheckNoResourceGroupNetworkContributorRole",
        "permissionCheckNoWindows365NetworkUserRole",
        "permissionCheckNoWindows365NetworkInterfaceContributorRole",
        "permissionCheckTransientServiceError",
        "permissionCheckUnknownError",
        "udpConnectivityCheckStunUrlNotAllowListed",
        "udpConnectivityCheckTurnUrlNotAllowListed",
        "udpConnectivityCheckUrlsNotAllowListed",
        "udpConnectivityCheckUnknownError",
        "internalServerErrorDeploymentCanceled",
        "internalServerErrorAllocateResourceFailed",
        "internalServerErrorVMDeploymentTimeout",
        "internalServerErrorUnableToRunDscScript",
        "ssoCheckKerberosConfigurationError",
        "internalServerUnknownError",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "dnsCheckFqdnNotFound" => Self::DnsCheckFqdnNotFound,
                "dnsCheckNameWithInvalidCharacter" => {
                    Self::DnsCheckNameWithInvalidCharacter
                }
                "dnsCheckUnknownError" => Self::DnsCheckUnknownError,
                "adJoinCheckFqdnNotFound" => Self::AdJoinCheckFqdnNotFound,
                "adJoinCheckIncorrectCredentials" => {
                    Self::AdJoinCheckIncorrectCredentials
                }
                "adJoinCheckOrganizationalUnitNotFound" => {
                    Self::AdJoinCheckOrganizationalUnitNotFound
                }
                "adJoinCheckOrganizationalUnitIncorrectFormat" => {
                    Self::AdJoinCheckOrganizationalUnitIncorrectFormat
                }
                "adJoinCheckComputerObjectAlreadyExists" => {
                    Self::AdJoinCheckComputerObjectAlreadyExists
                }
                "adJoinCheckAccessDenied" => Self::AdJoinCheckAccessDenied,
                "adJoinCheckCredentialsExpired" => Self::AdJoinCheckCredentialsExpired,
                "adJoinCheckAccountLockedOrDisabled" => {
                    Self::AdJoinCheckAccountLockedOrDisabled
                }
                "adJoinCheckAccountQuotaExceeded" => {
                    Self::AdJoinCheckAccountQuotaExceeded
                }
                "adJoinCheckServerNotOperational" => {
                    Self::AdJoinCheckServerNotOperational
                }
                "adJoinCheckUnknownError" => Self::AdJoinCheckUnknownError,
                "endpointConnectivityCheckCloudPcUrlNotAllowListed" => {
                    Self::EndpointConnectivityCheckCloudPcUrlNotAllowListed
                }
                "endpointConnectivityCheckWVDUrlNotAllowListed" => {
                    Self::EndpointConnectivityCheckWvdUrlNotAllowListed
                }
                "endpointConnectivityCheckIntuneUrlNotAllowListed" => {
                    Self::EndpointConnectivityCheckIntuneUrlNotAllowListed
                }
                "endpointConnectivityCheckAzureADUrlNotAllowListed" => {
                    Self::EndpointConnectivityCheckAzureAdUrlNotAllowListed
                }
                "endpointConnectivityCheckLocaleUrlNotAllowListed" => {
                    Self::EndpointConnectivityCheckLocaleUrlNotAllowListed
                }
                "endpointConnectivityCheckUnknownError" => {
                    Self::EndpointConnectivityCheckUnknownError
                }
                "azureAdDeviceSyncCheckDeviceNotFound" => {
                    Self::AzureAdDeviceSyncCheckDeviceNotFound
                }
                "azureAdDeviceSyncCheckLongSyncCircle" => {
                    Self::AzureAdDeviceSyncCheckLongSyncCircle
                }
                "azureAdDeviceSyncCheckConnectDisabled" => {
                    Self::AzureAdDeviceSyncCheckConnectDisabled
                }
                "azureAdDeviceSyncCheckDurationExceeded" => {
                    Self::AzureAdDeviceSyncCheckDurationExceeded
                }
                "azureAdDeviceSyncCheckScpNotConfigured" => {
                    Self::AzureAdDeviceSyncCheckScpNotConfigured
                }
                "azureAdDeviceSyncCheckTransientServiceError" => {
                    Self::AzureAdDeviceSyncCheckTransientServiceError
                }
                "azureAdDeviceSyncCheckUnknownError" => {
                    Self::AzureAdDeviceSyncCheckUnknownError
                }
                "resourceAvailabilityCheckNoSubnetIP" => {
                    Self::ResourceAvailabilityCheckNoSubnetIp
                }
                "resourceAvailabilityCheckSubscriptionDisabled" => {
                    Self::ResourceAvailabilityCheckSubscriptionDisabled
                }
                "resourceAvailabilityCheckAzurePolicyViolation" => {
                    Self::ResourceAvailabilityCheckAzurePolicyViolation
                }
                "resourceAvailabilityCheckSubscriptionNotFound" => {
                    Self::ResourceAvailabilityCheckSubscriptionNotFound
                }
                "resourceAvailabilityCheckSubscriptionTransferred" => {
                    Self::ResourceAvailabilityCheckSubscriptionTransferred
                }
                "resourceAvailabilityCheckGeneralSubscriptionError" => {
                    Self::ResourceAvailabilityCheckGeneralSubscriptionError
                }
                "resourceAvailabilityCheckUnsupportedVNetRegion" => {
                    Self::ResourceAvailabilityCheckUnsupportedVNetRegion
                }
                "resourceAvailabilityCheckResourceGroupInvalid" => {
                    Self::ResourceAvailabilityCheckResourceGroupInvalid
                }
                "resourceAvailabilityCheckVNetInvalid" => {
                    Self::ResourceAvailabilityCheckVNetInvalid
                }
                "resourceAvailabilityCheckSubnetInvalid" => {
                    Self::ResourceAvailabilityCheckSubnetInvalid
                }
                "resourceAvailabilityCheckResourceGroupBeingDeleted" => {
                    Self::ResourceAvailabilityCheckResourceGroupBeingDeleted
                }
                "resourceAvailabilityCheckVNetBeingMoved" => {
                    Self::ResourceAvailabilityCheckVNetBeingMoved
                }
                "resourceAvailabilityCheckSubnetDelegationFailed" => {
                    Self::ResourceAvailabilityCheckSubnetDelegationFailed
                }
                "resourceAvailabilityCheckSubnetWithExternalResources" => {
                    Self::ResourceAvailabilityCheckSubnetWithExternalResources
                }
                "resourceAvailabilityCheckResourceGroupLockedForReadonly" => {
                    Self::ResourceAvailabilityCheckResourceGroupLockedForReadonly
                }
                "resourceAvailabilityCheckResourceGroupLockedForDelete" => {
                    Self::ResourceAvailabilityCheckResourceGroupLockedForDelete
                }
                "resourceAvailabilityCheckNoIntuneReaderRoleError" => {
                    Self::ResourceAvailabilityCheckNoIntuneReaderRoleError
                }
                "resourceAvailabilityCheckIntuneDefaultWindowsRestrictionViolation" => {
                    Self::ResourceAvailabilityCheckIntuneDefaultWindowsRestrictionViolation
                }
                "resourceAvailabilityCheckIntuneCustomWindowsRestrictionViolation" => {
                    Self::ResourceAvailabilityCheckIntuneCustomWindowsRestrictionViolation
                }
                "resourceAvailabilityCheckDeploymentQuotaLimitReached" => {
                    Self::ResourceAvailabilityCheckDeploymentQuotaLimitReached
                }
                "resourceAvailabilityCheckTransientServiceError" => {
                    Self::ResourceAvailabilityCheckTransientServiceError
                }
                "resourceAvailabilityCheckUnknownError" => {
                    Self::ResourceAvailabilityCheckUnknownError
                }
                "permissionCheckNoSubscriptionReaderRole" => {
                    Self::PermissionCheckNoSubscriptionReaderRole
                }
                "permissionCheckNoResourceGroupOwnerRole" => {
                    Self::PermissionCheckNoResourceGroupOwnerRole
                }
                "permissionCheckNoVNetContributorRole" => {
                    Self::PermissionCheckNoVNetContributorRole
                }
                "permissionCheckNoResourceGroupNetworkContributorRole" => {
                    Self::PermissionCheckNoResourceGroupNetworkContributorRole
                }
                "permissionCheckNoWindows365NetworkUserRole" => {
                    Self::PermissionCheckNoWindows365NetworkUserRole
                }
                "permissionCheckNoWindows365NetworkInterfaceContributorRole" => {
                    Self::PermissionCheckNoWindows365NetworkInterfaceContributorRole
                }
                "permissionCheckTransientServiceError" => {
                    Self::PermissionCheckTransientServiceError
                }
                "permissionCheckUnknownError" => Self::PermissionCheckUnknownError,
                "udpConnectivityCheckStunUrlNotAllowListed" => {
                    Self::UdpConnectivityCheckStunUrlNotAllowListed
                }
                "udpConnectivityCheckTurnUrlNotAllowListed" => {
                    Self::UdpConnectivityCheckTurnUrlNotAllowListed
                }
                "udpConnectivityCheckUrlsNotAllowListed" => {
                    Self::UdpConnectivityCheckUrlsNotAllowListed
                }
                "udpConnectivityCheckUnknownError" => {
                    Self::UdpConnectivityCheckUnknownError
                }
                "internalServerErrorDeploymentCanceled" => {
                    Self::InternalServerErrorDeploymentCanceled
                }
                "internalServerErrorAllocateResourceFailed" => {
                    Self::InternalServerErrorAllocateResourceFailed
                }
                "internalServerErrorVMDeploymentTimeout" => {
                    Self::InternalServerErrorVmDeploymentTimeout
                }
                "internalServerErrorUnableToRunDscScript" => {
                    Self::InternalServerErrorUnableToRunDscScript
                }
                "ssoCheckKerberosConfigurationError" => {
                    Self::SsoCheckKerberosConfigurationError
                }
                "internalServerUnknownError" => Self::InternalServerUnknownError,
                "unknownFutureValue" => Self::UnknownFutureValue,
                _ => return ::std::option::Option::None,
            },
        )
    }
    #[inline]
    fn unrecognized(s: ::std::string::String) -> Self {
        Self::Unrecognized(s)
    }
    #[inline]
    fn as_str(&self) -> &str {
        match self {
            Self::DnsCheckFqdnNotFound => "dnsCheckFqdnNotFound",
            Self::DnsCheckNameWithInvalidCharacter => "dnsCheckNameWithInvalidCharacter",
            Self::DnsCheckUnknownError => "dnsCheckUnknownError",
            Self::AdJoinCheckFqdnNotFound => "adJoinCheckFqdnNotFound",
            Self::AdJoinCheckIncorrectCredentials => "adJoinCheckIncorrectCredentials",
            Self::AdJoinCheckOrganizationalUnitNotFound => {
                "adJoinCheckOrganizationalUnitNotFound"
            }
            Self::AdJoinCheckOrganizationalUnitIncorrectFormat => {
                "adJoinCheckOrganizationalUnitIncorrectFormat"
            }
            Self::AdJoinCheckComputerObjectAlreadyExists => {
                "adJoinCheckComputerObjectAlreadyExists"
            }
            Self::AdJoinCheckAccessDenied => "adJoinCheckAccessDenied",
            Self::AdJoinCheckCredentialsExpired => "adJoinCheckCredentialsExpired",
            Self::AdJoinCheckAccountLockedOrDisabled => {
                "adJoinCheckAccountLockedOrDisabled"
            }
            Self::AdJoinCheckAccountQuotaExceeded => "adJoinCheckAccountQuotaExceeded",
            Self::AdJoinCheckServerNotOperational => "adJoinCheckServerNotOperational",
            Self::AdJoinCheckUnknownError => "adJoinCheckUnknownError",
            Self::EndpointConnectivityCheckCloudPcUrlNotAllowListed => {
                "endpointConnectivityCheckCloudPcUrlNotAllowListed"
            }
            Self::EndpointConnectivityCheckWvdUrlNotAllowListed => {
                "endpointConnectivityCheckWVDUrlNotAllowListed"
            }
            Self::EndpointConnectivityCheckIntuneUrlNotAllowListed => {
                "endpointConnectivityCheckIntuneUrlNotAllowListed"
            }
            Self::EndpointConnectivityCheckAzureAdUrlNotAllowListed => {
                "endpointConnectivityCheckAzureADUrlNotAllowListed"
            }
            Self::EndpointConnectivityCheckLocaleUrlNotAllowListed => {
                "endpointConnectivityCheckLocaleUrlNotAllowListed"
            }
            Self::EndpointConnectivityCheckUnknownError => {
                "endpointConnectivityCheckUnknownError"
            }
            Self::AzureAdDeviceSyncCheckDeviceNotFound => {
                "azureAdDeviceSyncCheckDeviceNotFound"
            }
            Self::AzureAdDeviceSyncCheckLongSyncCircle => {
                "azureAdDeviceSyncCheckLongSyncCircle"
            }
            Self::AzureAdDeviceSyncCheckConnectDisabled => {
                "azureAdDeviceSyncCheckConnectDisabled"
            }
            Self::AzureAdDeviceSyncCheckDurationExceeded => {
                "azureAdDeviceSyncCheckDurationExceeded"
            }
            Self::AzureAdDeviceSyncCheckScpNotConfigured => {
                "azureAdDeviceSyncCheckScpNotConfigured"
            }
            Self::AzureAdDeviceSyncCheckTransientServiceError => {
                "azureAdDeviceSyncCheckTransientServiceError"
            }
            Self::AzureAdDeviceSyncCheckUnknownError => {
                "azureAdDeviceSyncCheckUnknownError"
            }
            Self::ResourceAvailabilityCheckNoSubnetIp => {
                "resourceAvailabilityCheckNoSubnetIP"
            }
            Self::ResourceAvailabilityCheckSubscriptionDisabled => {
                "resourceAvailabilityCheckSubscriptionDisabled"
            }
            Self::ResourceAvailabilityCheckAzurePolicyViolation => {
                "resourceAvailabilityCheckAzurePolicyViolation"
            }
            Self::ResourceAvailabilityCheckSubscriptionNotFound => {
                "resourceAvailabilityCheckSubscriptionNotFound"
            }
            Self::ResourceAvailabilityCheckSubscriptionTransferred => {
                "resourceAvailabilityCheckSubscriptionTransferred"
            }
            Self::ResourceAvailabilityCheckGeneralSubscriptionError => {
                "resourceAvailabilityCheckGeneralSubscriptionError"
            }
            Self::ResourceAvailabilityCheckUnsupportedVNetRegion => {
                "resourceAvailabilityCheckUnsupportedVNetRegion"
            }
            Self::ResourceAvailabilityCheckResourceGroupInvalid => {
                "resourceAvailabilityCheckResourceGroupInvalid"
            }
            Self::ResourceAvailabilityCheckVNetInvalid => {
                "resourceAvailabilityCheckVNetInvalid"
            }
            Self::ResourceAvailabilityCheckSubnetInvalid => {
                "resourceAvailabilityCheckSubnetInvalid"
            }
            Self::ResourceAvailabilityCheckResourceGroupBeingDeleted => {
                "resourceAvailabilityCheckResourceGroupBeingDeleted"
            }
            Self::ResourceAvailabilityCheckVNetBeingMoved => {
                "resourceAvailabilityCheckVNetBeingMoved"
            }
            Self::ResourceAvailabilityCheckSubnetDelegationFailed => {
                "resourceAvailabilityCheckSubnetDelegationFailed"
            }
            Self::ResourceAvailabilityCheckSubnetWithExternalResources => {
                "resourceAvailabilityCheckSubnetWithExternalResources"
            }
            Self::ResourceAvailabilityCheckResourceGroupLockedForReadonly => {
                "resourceAvailabilityCheckResourceGroupLockedForReadonly"
            }
            Self::ResourceAvailabilityCheckResourceGroupLockedForDelete => {
                "resourceAvailabilityCheckResourceGroupLockedForDelete"
            }
            Self::ResourceAvailabilityCheckNoIntuneReaderRoleError => {
                "resourceAvailabilityCheckNoIntuneReaderRoleError"
            }
            Self::ResourceAvailabilityCheckIntuneDefaultWindowsRestrictionViolation => {
                "resourceAvailabilityCheckIntuneDefaultWindowsRestrictionViolation"
            }
            Self::ResourceAvailabilityCheckIntuneCustomWindowsRestrictionViolation => {
                "resourceAvailabilityCheckIntuneCustomWindowsRestrictionViolation"
            }
            Self::ResourceAvailabilityCheckDeploymentQuotaLimitReached => {
                "resourceAvailabilityCheckDeploymentQuotaLimitReached"
            }
            Self::ResourceAvailabilityCheckTransientServiceError => {
                "resourceAvailabilityCheckTransientServiceError"
            }
            Self::ResourceAvailabilityCheckUnknownError => {
                "resourceAvailabilityCheckUnknownError"
            }
            Self::PermissionCheckNoSubscriptionReaderRole => {
                "permissionCheckNoSubscriptionReaderRole"
            }
            Self::PermissionCheckNoResourceGroupOwnerRole => {
                "permissionCheckNoResourceGroupOwnerRole"
            }
            Self::PermissionCheckNoVNetContributorRole => {
                "permissionCheckNoVNetContributorRole"
            }
            Self::PermissionCheckNoResourceGroupNetworkContributorRole => {
                "permissionCheckNoResourceGroupNetworkContributorRole"
            }
            Self::PermissionCheckNoWindows365NetworkUserRole => {
                "permissionCheckNoWindows365NetworkUserRole"
            }
            Self::PermissionCheckNoWindows365NetworkInterfaceContributorRole => {
                "permissionCheckNoWindows365NetworkInterfaceContributorRole"
            }
            Self::PermissionCheckTransientServiceError => {
                "permissionCheckTransientServiceError"
            }
            Self::PermissionCheckUnknownError => "permissionCheckUnknownError",
            Self::UdpConnectivityCheckStunUrlNotAllowListed => {
                "udpConnectivityCheckStunUrlNotAllowListed"
            }
            Self::UdpConnectivityCheckTurnUrlNotAllowListed => {
                "udpConnectivityCheckTurnUrlNotAllowListed"
            }
            Self::UdpConnectivityCheckUrlsNotAllowListed => {
                "udpConnectivityCheckUrlsNotAllowListed"
            }
            Self::UdpConnectivityCheckUnknownError => "udpConnectivityCheckUnknownError",
            Self::InternalServerErrorDeploymentCanceled => {
                "internalServerErrorDeploymentCanceled"
            }
            Self::InternalServerErrorAllocateResourceFailed => {
                "internalServerErrorAllocateResourceFailed"
            }
            Self::InternalServerErrorVmDeploymentTimeout => {
                "internalServerErrorVMDeploymentTimeout"
            }
            Self::InternalServerErrorUnableToRunDscScript => {
                "internalServerErrorUnableToRunDscScript"
            }
            Self::SsoCheckKerberosConfigurationError => {
                "ssoCheckKerberosConfigurationError"
            }
            Self::InternalServerUnknownError => "internalServerUnknownError",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_enum!(CloudPcOnPremisesConnectionHealthCheckErrorType);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(CloudPcOnPremisesConnectionHealthCheckErrorType);
#[cfg(msgraph_v1_device_management_or_search)]
/// CSDL: `microsoft.graph.cloudPcOnPremisesConnectionStatus`, enum type.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum CloudPcOnPremisesConnectionStatus {
    /// `pending` (value 0).
    Pending,
    /// `running` (value 1).
    Running,
    /// `passed` (value 2).
    Passed,
    /// `failed` (value 3).
    Failed,
    /// `warning` (value 4).
    Warning,
    /// `informational` (value 5).
    Informational,
    /// `unknownFutureValue` (value 6).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::StrEnum for CloudPcOnPremisesConnectionStatus {
    const TYPE_NAME: &'static str = "microsoft.graph.cloudPcOnPremisesConnectionStatus";
    const MEMBERS: &'static [&'static str] = &[
        "pending",
        "running",
        "passed",
        "failed",
        "warning",
        "informational",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "pending" => Self::Pending,
                "running" => Self::Running,
                "passed" => Self::Passed,
                "failed" => Self::Failed,
                "warning" => Self::Warning,
                "informational" => Self::Informational,
                "unknownFutureValue" => Self::UnknownFutureValue,
                _ => return ::std::option::Option::None,
            },
        )
    }
    #[inline]
    fn unrecognized(s: ::std::string::String) -> Self {
        Self::Unrecognized(s)
    }
    #[inline]
    fn as_str(&self) -> &str {
        match self {
            Self::Pending => "pending",
            Self::Running => "running",
            Self::Passed => "passed",
            Self::Failed => "failed",
            Self::Warning => "warning",
            Self::Informational => "informational",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_enum!(CloudPcOnPremisesConnectionStatus);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(CloudPcOnPremisesConnectionStatus);
#[cfg(msgraph_v1_device_management_or_search)]
/// CSDL: `microsoft.graph.cloudPcOnPremisesConnectionStatusDetail`, complex type.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone)]
pub struct CloudPcOnPremisesConnectionStatusDetail {
    /// CSDL: property `endDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub end_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `healthChecks`: `Collection(microsoft.graph.cloudPcOnPremisesConnectionHealthCheck)`, nullable.
    pub health_checks: rt::Field<
        ::std::vec::Vec<crate::v1::CloudPcOnPremisesConnectionHealthCheck>,
    >,
    /// CSDL: property `startDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub start_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default for CloudPcOnPremisesConnectionStatusDetail {
    #[inline]
    fn default() -> Self {
        Self {
            end_date_time: rt::Field::Absent,
            health_checks: rt::Field::Absent,
            start_date_time: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object for CloudPcOnPremisesConnectionStatusDetail {
    const TYPE_NAME: &'static str = "microsoft.graph.cloudPcOnPremisesConnectionStatusDetail";
    const KEYS: &'static [&'static str] = &[
        "endDateTime",
        "healthChecks",
        "startDateTime",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"endDateTime\":                  ",
        ",\"healthChecks\":                 ",
        ",\"startDateTime\":                ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.cloudPcOnPremisesConnectionStatusDetail\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "end_date_time", &self.end_date_time);
        v.field(1usize, "health_checks", &self.health_checks);
        v.field(2usize, "start_date_time", &self.start_date_time);
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members for CloudPcOnPremisesConnectionStatusDetail {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.end_date_time.read_from(r),
            1usize => self.health_checks.read_from(r),
            2usize => self.start_date_time.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.end_date_time);
        w.field(1usize, &self.health_checks);
        w.field(2usize, &self.start_date_time);
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
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_object!(CloudPcOnPremisesConnectionStatusDetail);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    CloudPcOnPremisesConnectionStatusDetail { with_end_date_time end_date_time :
    rt::edm::DateTimeOffset; with_health_checks health_checks : ::std::vec::Vec < crate
    ::v1::CloudPcOnPremisesConnectionHealthCheck >; with_start_date_time start_date_time
    : rt::edm::DateTimeOffset; }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(CloudPcOnPremisesConnectionStatusDetail);
#[cfg(msgraph_v1_device_management_or_search)]
/// CSDL: `microsoft.graph.cloudPcOnPremisesConnectionType`, enum type.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum CloudPcOnPremisesConnectionType {
    /// `hybridAzureADJoin` (value 0).
    HybridAzureAdJoin,
    /// `azureADJoin` (value 1).
    AzureAdJoin,
    /// `unknownFutureValue` (value 2).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::StrEnum for CloudPcOnPremisesConnectionType {
    const TYPE_NAME: &'static str = "microsoft.graph.cloudPcOnPremisesConnectionType";
    const MEMBERS: &'static [&'static str] = &[
        "hybridAzureADJoin",
        "azureADJoin",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "hybridAzureADJoin" => Self::HybridAzureAdJoin,
                "azureADJoin" => Self::AzureAdJoin,
                "unknownFutureValue" => Self::UnknownFutureValue,
                _ => return ::std::option::Option::None,
            },
        )
    }
    #[inline]
    fn unrecognized(s: ::std::string::String) -> Self {
        Self::Unrecognized(s)
    }
    #[inline]
    fn as_str(&self) -> &str {
        match self {
            Self::HybridAzureAdJoin => "hybridAzureADJoin",
            Self::AzureAdJoin => "azureADJoin",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_enum!(CloudPcOnPremisesConnectionType);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(CloudPcOnPremisesConnectionType);
#[cfg(msgraph_v1_core_or_device_management)]
/// CSDL: `microsoft.graph.cloudPcOperatingSystem`, enum type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-device-management`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum CloudPcOperatingSystem {
    /// `windows10` (value 0).
    Windows10,
    /// `windows11` (value 1).
    Windows11,
    /// `unknownFutureValue` (value 2).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_core_or_device_management)]
impl rt::StrEnum for CloudPcOperatingSystem {
    const TYPE_NAME: &'static str = "microsoft.graph.cloudPcOperatingSystem";
    const MEMBERS: &'static [&'static str] = &[
        "windows10",
        "windows11",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "windows10" => Self::Windows10,
                "windows11" => Self::Windows11,
                "unknownFutureValue" => Self::UnknownFutureValue,
                _ => return ::std::option::Option::None,
            },
        )
    }
    #[inline]
    fn unrecognized(s: ::std::string::String) -> Self {
        Self::Unrecognized(s)
    }
    #[inline]
    fn as_str(&self) -> &str {
        match self {
            Self::Windows10 => "windows10",
            Self::Windows11 => "windows11",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_core_or_device_management)]
rt::impl_enum!(CloudPcOperatingSystem);
#[cfg(msgraph_v1_core_or_device_management)]
#[cfg(feature = "serde")]
rt::impl_serde!(CloudPcOperatingSystem);
#[cfg(msgraph_v1_core_or_device_management)]
/// CSDL: `microsoft.graph.cloudPcProvisioningType`, enum type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-device-management`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum CloudPcProvisioningType {
    /// `dedicated` (value 0).
    Dedicated,
    /// `shared` (value 1).
    Shared,
    /// `unknownFutureValue` (value 2).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_core_or_device_management)]
impl rt::StrEnum for CloudPcProvisioningType {
    const TYPE_NAME: &'static str = "microsoft.graph.cloudPcProvisioningType";
    const MEMBERS: &'static [&'static str] = &[
        "dedicated",
        "shared",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "dedicated" => Self::Dedicated,
                "shared" => Self::Shared,
                "unknownFutureValue" => Self::UnknownFutureValue,
                _ => return ::std::option::Option::None,
            },
        )
    }
    #[inline]
    fn unrecognized(s: ::std::string::String) -> Self {
        Self::Unrecognized(s)
    }
    #[inline]
    fn as_str(&self) -> &str {
        match self {
            Self::Dedicated => "dedicated",
            Self::Shared => "shared",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_core_or_device_management)]
rt::impl_enum!(CloudPcProvisioningType);
#[cfg(msgraph_v1_core_or_device_management)]
#[cfg(feature = "serde")]
rt::impl_serde!(CloudPcProvisioningType);
#[cfg(msgraph_v1_device_management_or_search)]
/// CSDL: `microsoft.graph.cloudPcServicePlan`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone)]
pub struct CloudPcServicePlan {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, not nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `ramInGB`: `Edm.Int32`, not nullable.
    pub ram_in_gb: rt::Field<i32>,
    /// CSDL: property `storageInGB`: `Edm.Int32`, not nullable.
    pub storage_in_gb: rt::Field<i32>,
    /// CSDL: property `vCpuCount`: `Edm.Int32`, not nullable.
    pub v_cpu_count: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default for CloudPcServicePlan {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            display_name: rt::Field::Absent,
            ram_in_gb: rt::Field::Absent,
            storage_in_gb: rt::Field::Absent,
            v_cpu_count: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object for CloudPcServicePlan {
    const TYPE_NAME: &'static str = "microsoft.graph.cloudPcServicePlan";
    const KEYS: &'static [&'static str] = &[
        "id",
        "displayName",
        "ramInGB",
        "storageInGB",
        "vCpuCount",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"displayName\":                  ",
        ",\"ramInGB\":                      ",
        ",\"storageInGB\":                  ",
        ",\"vCpuCount\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.cloudPcServicePlan\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "display_name", &self.display_name);
        v.field(2usize, "ram_in_gb", &self.ram_in_gb);
        v.field(3usize, "storage_in_gb", &self.storage_in_gb);
        v.field(4usize, "v_cpu_count", &self.v_cpu_count);
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members for CloudPcServicePlan {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.display_name.read_from(r),
            2usize => self.ram_in_gb.read_from(r),
            3usize => self.storage_in_gb.read_from(r),
            4usize => self.v_cpu_count.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.display_name);
        w.field(2usize, &self.ram_in_gb);
        w.field(3usize, &self.storage_in_gb);
        w.field(4usize, &self.v_cpu_count);
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
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_object!(CloudPcServicePlan);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    CloudPcServicePlan { with_id id : ::std::string::String; with_display_name
    display_name : ::std::string::String; with_ram_in_gb ram_in_gb : i32;
    with_storage_in_gb storage_in_gb : i32; with_v_cpu_count v_cpu_count : i32; }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(CloudPcServicePlan);
#[cfg(msgraph_v1_device_management_or_search)]
/// CSDL: `microsoft.graph.cloudPcSourceDeviceImage`, complex type.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone)]
pub struct CloudPcSourceDeviceImage {
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `resourceId`: `Edm.String`, not nullable.
    pub resource_id: rt::Field<::std::string::String>,
    /// CSDL: property `subscriptionDisplayName`: `Edm.String`, nullable.
    pub subscription_display_name: rt::Field<::std::string::String>,
    /// CSDL: property `subscriptionId`: `Edm.String`, nullable.
    pub subscription_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default for CloudPcSourceDeviceImage {
    #[inline]
    fn default() -> Self {
        Self {
            display_name: rt::Field::Absent,
            resource_id: rt::Field::Absent,
            subscription_display_name: rt::Field::Absent,
            subscription_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object for CloudPcSourceDeviceImage {
    const TYPE_NAME: &'static str = "microsoft.graph.cloudPcSourceDeviceImage";
    const KEYS: &'static [&'static str] = &[
        "displayName",
        "resourceId",
        "subscriptionDisplayName",
        "subscriptionId",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"displayName\":                  ",
        ",\"resourceId\":                   ",
        ",\"subscriptionDisplayName\":      ",
        ",\"subscriptionId\":               ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.cloudPcSourceDeviceImage\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "display_name", &self.display_name);
        v.field(1usize, "resource_id", &self.resource_id);
        v.field(2usize, "subscription_display_name", &self.subscription_display_name);
        v.field(3usize, "subscription_id", &self.subscription_id);
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members for CloudPcSourceDeviceImage {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.display_name.read_from(r),
            1usize => self.resource_id.read_from(r),
            2usize => self.subscription_display_name.read_from(r),
            3usize => self.subscription_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.display_name);
        w.field(1usize, &self.resource_id);
        w.field(2usize, &self.subscription_display_name);
        w.field(3usize, &self.subscription_id);
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
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_object!(CloudPcSourceDeviceImage);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    CloudPcSourceDeviceImage { with_display_name display_name : ::std::string::String;
    with_resource_id resource_id : ::std::string::String; with_subscription_display_name
    subscription_display_name : ::std::string::String; with_subscription_id
    subscription_id : ::std::string::String; }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(CloudPcSourceDeviceImage);
#[cfg(msgraph_v1_core_or_device_management)]
/// CSDL: `microsoft.graph.cloudPcUserAccountType`, enum type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-device-management`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum CloudPcUserAccountType {
    /// `standardUser` (value 0).
    StandardUser,
    /// `administrator` (value 1).
    Administrator,
    /// `unknownFutureValue` (value 2).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_core_or_device_management)]
impl rt::StrEnum for CloudPcUserAccountType {
    const TYPE_NAME: &'static str = "microsoft.graph.cloudPcUserAccountType";
    const MEMBERS: &'static [&'static str] = &[
        "standardUser",
        "administrator",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "standardUser" => Self::StandardUser,
                "administrator" => Self::Administrator,
                "unknownFutureValue" => Self::UnknownFutureValue,
                _ => return ::std::option::Option::None,
            },
        )
    }
    #[inline]
    fn unrecognized(s: ::std::string::String) -> Self {
        Self::Unrecognized(s)
    }
    #[inline]
    fn as_str(&self) -> &str {
        match self {
            Self::StandardUser => "standardUser",
            Self::Administrator => "administrator",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_core_or_device_management)]
rt::impl_enum!(CloudPcUserAccountType);
#[cfg(msgraph_v1_core_or_device_management)]
#[cfg(feature = "serde")]
rt::impl_serde!(CloudPcUserAccountType);
#[cfg(msgraph_v1_device_management_or_search)]
/// CSDL: `microsoft.graph.cloudPcUserRoleScopeTagInfo`, complex type.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone)]
pub struct CloudPcUserRoleScopeTagInfo {
    /// CSDL: property `displayName`: `Edm.String`, not nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `roleScopeTagId`: `Edm.String`, not nullable.
    pub role_scope_tag_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default for CloudPcUserRoleScopeTagInfo {
    #[inline]
    fn default() -> Self {
        Self {
            display_name: rt::Field::Absent,
            role_scope_tag_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object for CloudPcUserRoleScopeTagInfo {
    const TYPE_NAME: &'static str = "microsoft.graph.cloudPcUserRoleScopeTagInfo";
    const KEYS: &'static [&'static str] = &["displayName", "roleScopeTagId"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"displayName\":                  ",
        ",\"roleScopeTagId\":               ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.cloudPcUserRoleScopeTagInfo\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "display_name", &self.display_name);
        v.field(1usize, "role_scope_tag_id", &self.role_scope_tag_id);
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members for CloudPcUserRoleScopeTagInfo {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.display_name.read_from(r),
            1usize => self.role_scope_tag_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.display_name);
        w.field(1usize, &self.role_scope_tag_id);
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
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_object!(CloudPcUserRoleScopeTagInfo);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    CloudPcUserRoleScopeTagInfo { with_display_name display_name : ::std::string::String;
    with_role_scope_tag_id role_scope_tag_id : ::std::string::String; }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(CloudPcUserRoleScopeTagInfo);
#[cfg(msgraph_v1_device_management_or_search)]
/// CSDL: `microsoft.graph.cloudPcWindowsSetting`, complex type.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone)]
pub struct CloudPcWindowsSetting {
    /// CSDL: property `locale`: `Edm.String`, nullable.
    pub locale: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default for CloudPcWindowsSetting {
    #[inline]
    fn default() -> Self {
        Self {
            locale: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object for CloudPcWindowsSetting {
    const TYPE_NAME: &'static str = "microsoft.graph.cloudPcWindowsSetting";
    const KEYS: &'static [&'static str] = &["locale"];
    const KEYS_JSON: &'static [&'static str] = &[",\"locale\":                       "];
    const TAG: &'static str = "\"#microsoft.graph.cloudPcWindowsSetting\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "locale", &self.locale);
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members for CloudPcWindowsSetting {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.locale.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.locale);
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
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_object!(CloudPcWindowsSetting);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(CloudPcWindowsSetting { with_locale locale : ::std::string::String; });
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(CloudPcWindowsSetting);
#[cfg(msgraph_v1_core_or_communications_or_solutions)]
/// CSDL: `microsoft.graph.cloudVideoInteropInfo`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-communications`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 12 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct CloudVideoInteropInfo {
    /// CSDL: property `moreInfoWebUrl`: `Edm.String`, nullable.
    pub more_info_web_url: rt::Field<::std::string::String>,
    /// CSDL: property `tenantKey`: `Edm.String`, nullable.
    pub tenant_key: rt::Field<::std::string::String>,
    /// CSDL: property `videoTeleconferenceId`: `Edm.String`, nullable.
    pub video_teleconference_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_communications_or_solutions)]
impl ::std::default::Default for CloudVideoInteropInfo {
    #[inline]
    fn default() -> Self {
        Self {
            more_info_web_url: rt::Field::Absent,
            tenant_key: rt::Field::Absent,
            video_teleconference_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_communications_or_solutions)]
impl rt::Object for CloudVideoInteropInfo {
    const TYPE_NAME: &'static str = "microsoft.graph.cloudVideoInteropInfo";
    const KEYS: &'static [&'static str] = &[
        "moreInfoWebUrl",
        "tenantKey",
        "videoTeleconferenceId",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"moreInfoWebUrl\":               ",
        ",\"tenantKey\":                    ",
        ",\"videoTeleconferenceId\":        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.cloudVideoInteropInfo\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "more_info_web_url", &self.more_info_web_url);
        v.field(1usize, "tenant_key", &self.tenant_key);
        v.field(2usize, "video_teleconference_id", &self.video_teleconference_id);
    }
}
#[cfg(msgraph_v1_core_or_communications_or_solutions)]
impl rt::object::Members for CloudVideoInteropInfo {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.more_info_web_url.read_from(r),
            1usize => self.tenant_key.read_from(r),
            2usize => self.video_teleconference_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.more_info_web_url);
        w.field(1usize, &self.tenant_key);
        w.field(2usize, &self.video_teleconference_id);
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
#[cfg(msgraph_v1_core_or_communications_or_solutions)]
rt::impl_object!(CloudVideoInteropInfo);
#[cfg(msgraph_v1_core_or_communications_or_solutions)]
rt::impl_setters!(
    CloudVideoInteropInfo { with_more_info_web_url more_info_web_url :
    ::std::string::String; with_tenant_key tenant_key : ::std::string::String;
    with_video_teleconference_id video_teleconference_id : ::std::string::String; }
);
#[cfg(msgraph_v1_core_or_communications_or_solutions)]
#[cfg(feature = "serde")]
rt::impl_serde!(CloudVideoInteropInfo);
