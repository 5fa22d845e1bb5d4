//! Types of `microsoft.graph` by the first letters of their names (`t`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_v1_core_or_teamwork)]
/// CSDL: `microsoft.graph.tabUpdatedEventMessageDetail`, complex type, derived from `microsoft.graph.eventMessageDetail`.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct TabUpdatedEventMessageDetail {
    /// CSDL: property `initiator`: `microsoft.graph.identitySet`, nullable.
    pub initiator: rt::Field<crate::v1::AnyIdentitySet>,
    /// CSDL: property `tabId`: `Edm.String`, nullable.
    pub tab_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl ::std::default::Default for TabUpdatedEventMessageDetail {
    #[inline]
    fn default() -> Self {
        Self {
            initiator: rt::Field::Absent,
            tab_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl rt::Object for TabUpdatedEventMessageDetail {
    const TYPE_NAME: &'static str = "microsoft.graph.tabUpdatedEventMessageDetail";
    const KEYS: &'static [&'static str] = &["initiator", "tabId"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"initiator\":                    ",
        ",\"tabId\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.tabUpdatedEventMessageDetail\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "initiator", &self.initiator);
        v.field(1usize, "tab_id", &self.tab_id);
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl rt::object::Members for TabUpdatedEventMessageDetail {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.initiator.read_from(r),
            1usize => self.tab_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.initiator);
        w.field(1usize, &self.tab_id);
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
rt::impl_object!(TabUpdatedEventMessageDetail);
#[cfg(msgraph_v1_core_or_teamwork)]
rt::impl_setters!(
    TabUpdatedEventMessageDetail { with_initiator initiator : crate ::v1::AnyIdentitySet;
    with_tab_id tab_id : ::std::string::String; }
);
#[cfg(msgraph_v1_core_or_teamwork)]
#[cfg(feature = "serde")]
rt::impl_serde!(TabUpdatedEventMessageDetail);
#[cfg(msgraph_v1_any_area)]
/// CSDL: `microsoft.graph.targetApplicationOwners`, complex type, derived from `microsoft.graph.subjectSet`.
///
/// Feature: `v1` or any `v1-*` area feature.
#[derive(Clone)]
pub struct TargetApplicationOwners {
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_any_area)]
impl ::std::default::Default for TargetApplicationOwners {
    #[inline]
    fn default() -> Self {
        Self {
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_any_area)]
impl rt::Object for TargetApplicationOwners {
    const TYPE_NAME: &'static str = "microsoft.graph.targetApplicationOwners";
    const KEYS: &'static [&'static str] = &[];
    const KEYS_JSON: &'static [&'static str] = &[];
    const TAG: &'static str = "\"#microsoft.graph.targetApplicationOwners\"";
    #[inline]
    #[allow(unused_variables)]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {}
}
#[cfg(msgraph_v1_any_area)]
impl rt::object::Members for TargetApplicationOwners {
    #[inline]
    #[allow(unused_variables)]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    #[allow(unused_variables)]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {}
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_any_area)]
rt::impl_object!(TargetApplicationOwners);
#[cfg(msgraph_v1_any_area)]
#[cfg(feature = "serde")]
rt::impl_serde!(TargetApplicationOwners);
#[cfg(msgraph_v1_policies_or_search)]
/// CSDL: `microsoft.graph.targetOwners`, complex type.
///
/// Features: `v1`, or one of `v1-policies`, `v1-search`.
#[derive(Clone)]
pub struct TargetOwners {
    /// CSDL: property `notifyMembers`: `microsoft.graph.notifyMembers`, not nullable.
    pub notify_members: rt::Field<crate::v1::NotifyMembers>,
    /// CSDL: property `securityGroups`: `Collection(Edm.String)`, not nullable.
    pub security_groups: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_policies_or_search)]
impl ::std::default::Default for TargetOwners {
    #[inline]
    fn default() -> Self {
        Self {
            notify_members: rt::Field::Absent,
            security_groups: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_policies_or_search)]
impl rt::Object for TargetOwners {
    const TYPE_NAME: &'static str = "microsoft.graph.targetOwners";
    const KEYS: &'static [&'static str] = &["notifyMembers", "securityGroups"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"notifyMembers\":                ",
        ",\"securityGroups\":               ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.targetOwners\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "notify_members", &self.notify_members);
        v.field(1usize, "security_groups", &self.security_groups);
    }
}
#[cfg(msgraph_v1_policies_or_search)]
impl rt::object::Members for TargetOwners {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.notify_members.read_from(r),
            1usize => self.security_groups.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.notify_members);
        w.field(1usize, &self.security_groups);
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
#[cfg(msgraph_v1_policies_or_search)]
rt::impl_object!(TargetOwners);
#[cfg(msgraph_v1_policies_or_search)]
rt::impl_setters!(
    TargetOwners { with_notify_members notify_members : crate ::v1::NotifyMembers;
    with_security_groups security_groups : ::std::vec::Vec < ::std::string::String >; }
);
#[cfg(msgraph_v1_policies_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(TargetOwners);
#[cfg(msgraph_v1_core_or_teamwork)]
/// CSDL: `microsoft.graph.targetedChatMessage`, entity type, derived from `microsoft.graph.chatMessage`, key `id`.
///
/// Request builders: [`TargetedChatMessagePath`](requests/trait.TargetedChatMessagePath.html), what a path to one (`EntityPath<TargetedChatMessage, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct TargetedChatMessage {
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
    /// CSDL: property `recipient`: `microsoft.graph.identity`, nullable.
    pub recipient: rt::Field<crate::v1::AnyIdentity>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl ::std::default::Default for TargetedChatMessage {
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
            recipient: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl rt::Object for TargetedChatMessage {
    const TYPE_NAME: &'static str = "microsoft.graph.targetedChatMessage";
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
        "recipient",
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
        ",\"recipient\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.targetedChatMessage\"";
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
        v.field(25usize, "recipient", &self.recipient);
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl rt::object::Members for TargetedChatMessage {
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
            25usize => self.recipient.read_from(r),
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
        w.field(25usize, &self.recipient);
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
rt::impl_object!(TargetedChatMessage);
#[cfg(msgraph_v1_core_or_teamwork)]
rt::impl_setters!(
    TargetedChatMessage { with_id id : ::std::string::String; with_attachments
    attachments : ::std::vec::Vec < crate ::v1::ChatMessageAttachment >; with_body body :
    crate ::v1::ItemBody; with_channel_identity channel_identity : crate
    ::v1::ChannelIdentity; with_chat_id chat_id : ::std::string::String;
    with_created_date_time created_date_time : rt::edm::DateTimeOffset;
    with_deleted_date_time deleted_date_time : rt::edm::DateTimeOffset; with_etag etag :
    ::std::string::String; with_event_detail event_detail : crate
    ::v1::AnyEventMessageDetail; with_from from : crate ::v1::ChatMessageFromIdentitySet;
    with_importance importance : crate ::v1::ChatMessageImportance;
    with_last_edited_date_time last_edited_date_time : rt::edm::DateTimeOffset;
    with_last_modified_date_time last_modified_date_time : rt::edm::DateTimeOffset;
    with_locale locale : ::std::string::String; with_mentions mentions : ::std::vec::Vec
    < crate ::v1::ChatMessageMention >; with_message_history message_history :
    ::std::vec::Vec < crate ::v1::ChatMessageHistoryItem >; with_message_type
    message_type : crate ::v1::ChatMessageType; with_policy_violation policy_violation :
    crate ::v1::ChatMessagePolicyViolation; with_reactions reactions : ::std::vec::Vec <
    crate ::v1::ChatMessageReaction >; with_reply_to_id reply_to_id :
    ::std::string::String; with_subject subject : ::std::string::String; with_summary
    summary : ::std::string::String; with_web_url web_url : ::std::string::String;
    with_hosted_contents hosted_contents : ::std::vec::Vec < crate
    ::v1::ChatMessageHostedContent >; with_replies replies : ::std::vec::Vec < crate
    ::v1::AnyChatMessage >; with_recipient recipient : crate ::v1::AnyIdentity; }
);
#[cfg(msgraph_v1_core_or_teamwork)]
#[cfg(feature = "serde")]
rt::impl_serde!(TargetedChatMessage);
#[cfg(msgraph_v1_core_or_device_app_management)]
/// Indicates a collection of apps to target which can be one of several pre-defined lists of apps or a manually selected list of apps
///
/// CSDL: `microsoft.graph.targetedManagedAppGroupType`, enum type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-device-app-management`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum TargetedManagedAppGroupType {
    /// Target the collection of apps manually selected by the admin.
    ///
    /// `selectedPublicApps` (value 0).
    SelectedPublicApps,
    /// Target the core set of Microsoft apps (Office, Edge, etc).
    ///
    /// `allCoreMicrosoftApps` (value 1).
    AllCoreMicrosoftApps,
    /// Target all apps with Microsoft as publisher.
    ///
    /// `allMicrosoftApps` (value 2).
    AllMicrosoftApps,
    /// Target all apps with an available assignment.
    ///
    /// `allApps` (value 4).
    AllApps,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_core_or_device_app_management)]
impl rt::StrEnum for TargetedManagedAppGroupType {
    const TYPE_NAME: &'static str = "microsoft.graph.targetedManagedAppGroupType";
    const MEMBERS: &'static [&'static str] = &[
        "selectedPublicApps",
        "allCoreMicrosoftApps",
        "allMicrosoftApps",
        "allApps",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "selectedPublicApps" => Self::SelectedPublicApps,
                "allCoreMicrosoftApps" => Self::AllCoreMicrosoftApps,
                "allMicrosoftApps" => Self::AllMicrosoftApps,
                "allApps" => Self::AllApps,
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
            Self::SelectedPublicApps => "selectedPublicApps",
            Self::AllCoreMicrosoftApps => "allCoreMicrosoftApps",
            Self::AllMicrosoftApps => "allMicrosoftApps",
            Self::AllApps => "allApps",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_core_or_device_app_management)]
rt::impl_enum!(TargetedManagedAppGroupType);
#[cfg(msgraph_v1_core_or_device_app_management)]
#[cfg(feature = "serde")]
rt::impl_serde!(TargetedManagedAppGroupType);
#[cfg(msgraph_v1_core_or_teamwork)]
/// CSDL: `microsoft.graph.teamArchivedEventMessageDetail`, complex type, derived from `microsoft.graph.eventMessageDetail`.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct TeamArchivedEventMessageDetail {
    /// CSDL: property `initiator`: `microsoft.graph.identitySet`, nullable.
    pub initiator: rt::Field<crate::v1::AnyIdentitySet>,
    /// CSDL: property `teamId`: `Edm.String`, nullable.
    pub team_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl ::std::default::Default for TeamArchivedEventMessageDetail {
    #[inline]
    fn default() -> Self {
        Self {
            initiator: rt::Field::Absent,
            team_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl rt::Object for TeamArchivedEventMessageDetail {
    const TYPE_NAME: &'static str = "microsoft.graph.teamArchivedEventMessageDetail";
    const KEYS: &'static [&'static str] = &["initiator", "teamId"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"initiator\":                    ",
        ",\"teamId\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.teamArchivedEventMessageDetail\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "initiator", &self.initiator);
        v.field(1usize, "team_id", &self.team_id);
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl rt::object::Members for TeamArchivedEventMessageDetail {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.initiator.read_from(r),
            1usize => self.team_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.initiator);
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
rt::impl_object!(TeamArchivedEventMessageDetail);
#[cfg(msgraph_v1_core_or_teamwork)]
rt::impl_setters!(
    TeamArchivedEventMessageDetail { with_initiator initiator : crate
    ::v1::AnyIdentitySet; with_team_id team_id : ::std::string::String; }
);
#[cfg(msgraph_v1_core_or_teamwork)]
#[cfg(feature = "serde")]
rt::impl_serde!(TeamArchivedEventMessageDetail);
#[cfg(msgraph_v1_any_area)]
/// CSDL: `microsoft.graph.teamClassSettings`, complex type.
///
/// Feature: `v1` or any `v1-*` area feature.
#[derive(Clone)]
pub struct TeamClassSettings {
    /// CSDL: property `notifyGuardiansAboutAssignments`: `Edm.Boolean`, nullable.
    pub notify_guardians_about_assignments: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_any_area)]
impl ::std::default::Default for TeamClassSettings {
    #[inline]
    fn default() -> Self {
        Self {
            notify_guardians_about_assignments: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_any_area)]
impl rt::Object for TeamClassSettings {
    const TYPE_NAME: &'static str = "microsoft.graph.teamClassSettings";
    const KEYS: &'static [&'static str] = &["notifyGuardiansAboutAssignments"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"notifyGuardiansAboutAssignments\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.teamClassSettings\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(
            0usize,
            "notify_guardians_about_assignments",
            &self.notify_guardians_about_assignments,
        );
    }
}
#[cfg(msgraph_v1_any_area)]
impl rt::object::Members for TeamClassSettings {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.notify_guardians_about_assignments.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.notify_guardians_about_assignments);
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
#[cfg(msgraph_v1_any_area)]
rt::impl_object!(TeamClassSettings);
#[cfg(msgraph_v1_any_area)]
rt::impl_setters!(
    TeamClassSettings { with_notify_guardians_about_assignments
    notify_guardians_about_assignments : bool; }
);
#[cfg(msgraph_v1_any_area)]
#[cfg(feature = "serde")]
rt::impl_serde!(TeamClassSettings);
#[cfg(msgraph_v1_core_or_teamwork)]
/// CSDL: `microsoft.graph.teamCreatedEventMessageDetail`, complex type, derived from `microsoft.graph.eventMessageDetail`.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct TeamCreatedEventMessageDetail {
    /// CSDL: property `initiator`: `microsoft.graph.identitySet`, nullable.
    pub initiator: rt::Field<crate::v1::AnyIdentitySet>,
    /// CSDL: property `teamDescription`: `Edm.String`, nullable.
    pub team_description: rt::Field<::std::string::String>,
    /// CSDL: property `teamDisplayName`: `Edm.String`, nullable.
    pub team_display_name: rt::Field<::std::string::String>,
    /// CSDL: property `teamId`: `Edm.String`, nullable.
    pub team_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl ::std::default::Default for TeamCreatedEventMessageDetail {
    #[inline]
    fn default() -> Self {
        Self {
            initiator: rt::Field::Absent,
            team_description: rt::Field::Absent,
            team_display_name: rt::Field::Absent,
            team_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl rt::Object for TeamCreatedEventMessageDetail {
    const TYPE_NAME: &'static str = "microsoft.graph.teamCreatedEventMessageDetail";
    const KEYS: &'static [&'static str] = &[
        "initiator",
        "teamDescription",
        "teamDisplayName",
        "teamId",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"initiator\":                    ",
        ",\"teamDescription\":              ",
        ",\"teamDisplayName\":              ",
        ",\"teamId\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.teamCreatedEventMessageDetail\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "initiator", &self.initiator);
        v.field(1usize, "team_description", &self.team_description);
        v.field(2usize, "team_display_name", &self.team_display_name);
        v.field(3usize, "team_id", &self.team_id);
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl rt::object::Members for TeamCreatedEventMessageDetail {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.initiator.read_from(r),
            1usize => self.team_description.read_from(r),
            2usize => self.team_display_name.read_from(r),
            3usize => self.team_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.initiator);
        w.field(1usize, &self.team_description);
        w.field(2usize, &self.team_display_name);
        w.field(3usize, &self.team_id);
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
rt::impl_object!(TeamCreatedEventMessageDetail);
#[cfg(msgraph_v1_core_or_teamwork)]
rt::impl_setters!(
    TeamCreatedEventMessageDetail { with_initiator initiator : crate
    ::v1::AnyIdentitySet; with_team_description team_description : ::std::string::String;
    with_team_display_name team_display_name : ::std::string::String; with_team_id
    team_id : ::std::string::String; }
);
#[cfg(msgraph_v1_core_or_teamwork)]
#[cfg(feature = "serde")]
rt::impl_serde!(TeamCreatedEventMessageDetail);
#[cfg(msgraph_v1_core_or_teamwork)]
/// CSDL: `microsoft.graph.teamDescriptionUpdatedEventMessageDetail`, complex type, derived from `microsoft.graph.eventMessageDetail`.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct TeamDescriptionUpdatedEventMessageDetail {
    /// CSDL: property `initiator`: `microsoft.graph.identitySet`, nullable.
    pub initiator: rt::Field<crate::v1::AnyIdentitySet>,
    /// CSDL: property `teamDescription`: `Edm.String`, nullable.
    pub team_description: rt::Field<::std::string::String>,
    /// CSDL: property `teamId`: `Edm.String`, nullable.
    pub team_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl ::std::default::Default for TeamDescriptionUpdatedEventMessageDetail {
    #[inline]
    fn default() -> Self {
        Self {
            initiator: rt::Field::Absent,
            team_description: rt::Field::Absent,
            team_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl rt::Object for TeamDescriptionUpdatedEventMessageDetail {
    const TYPE_NAME: &'static str = "microsoft.graph.teamDescriptionUpdatedEventMessageDetail";
    const KEYS: &'static [&'static str] = &["initiator", "teamDescription", "teamId"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"initiator\":                    ",
        ",\"teamDescription\":              ",
        ",\"teamId\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.teamDescriptionUpdatedEventMessageDetail\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "initiator", &self.initiator);
        v.field(1usize, "team_description", &self.team_description);
        v.field(2usize, "team_id", &self.team_id);
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl rt::object::Members for TeamDescriptionUpdatedEventMessageDetail {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.initiator.read_from(r),
            1usize => self.team_description.read_from(r),
            2usize => self.team_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.initiator);
        w.field(1usize, &self.team_description);
        w.field(2usize, &self.team_id);
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
rt::impl_object!(TeamDescriptionUpdatedEventMessageDetail);
#[cfg(msgraph_v1_core_or_teamwork)]
rt::impl_setters!(
    TeamDescriptionUpdatedEventMessageDetail { with_initiator initiator : crate
    ::v1::AnyIdentitySet; with_team_description team_description : ::std::string::String;
    with_team_id team_id : ::std::string::String; }
);
#[cfg(msgraph_v1_core_or_teamwork)]
#[cfg(feature = "serde")]
rt::impl_serde!(TeamDescriptionUpdatedEventMessageDetail);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.teamFunSettings`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct TeamFunSettings {
    /// CSDL: property `allowCustomMemes`: `Edm.Boolean`, nullable.
    pub allow_custom_memes: rt::Field<bool>,
    /// CSDL: property `allowGiphy`: `Edm.Boolean`, nullable.
    pub allow_giphy: rt::Field<bool>,
    /// CSDL: property `allowStickersAndMemes`: `Edm.Boolean`, nullable.
    pub allow_stickers_and_memes: rt::Field<bool>,
    /// CSDL: property `giphyContentRating`: `microsoft.graph.giphyRatingType`, nullable.
    pub giphy_content_rating: rt::Field<crate::v1::GiphyRatingType>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for TeamFunSettings {
    #[inline]
    fn default() -> Self {
        Self {
            allow_custom_memes: rt::Field::Absent,
            allow_giphy: rt::Field::Absent,
            allow_stickers_and_memes: rt::Field::Absent,
            giphy_content_rating: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for TeamFunSettings {
    const TYPE_NAME: &'static str = "microsoft.graph.teamFunSettings";
    const KEYS: &'static [&'static str] = &[
        "allowCustomMemes",
        "allowGiphy",
        "allowStickersAndMemes",
        "giphyContentRating",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"allowCustomMemes\":             ",
        ",\"allowGiphy\":                   ",
        ",\"allowStickersAndMemes\":        ",
        ",\"giphyContentRating\":           ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.teamFunSettings\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "allow_custom_memes", &self.allow_custom_memes);
        v.field(1usize, "allow_giphy", &self.allow_giphy);
        v.field(2usize, "allow_stickers_and_memes", &self.allow_stickers_and_memes);
        v.field(3usize, "giphy_content_rating", &self.giphy_content_rating);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for TeamFunSettings {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.allow_custom_memes.read_from(r),
            1usize => self.allow_giphy.read_from(r),
            2usize => self.allow_stickers_and_memes.read_from(r),
            3usize => self.giphy_content_rating.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.allow_custom_memes);
        w.field(1usize, &self.allow_giphy);
        w.field(2usize, &self.allow_stickers_and_memes);
        w.field(3usize, &self.giphy_content_rating);
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
rt::impl_object!(TeamFunSettings);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    TeamFunSettings { with_allow_custom_memes allow_custom_memes : bool; with_allow_giphy
    allow_giphy : bool; with_allow_stickers_and_memes allow_stickers_and_memes : bool;
    with_giphy_content_rating giphy_content_rating : crate ::v1::GiphyRatingType; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(TeamFunSettings);
#[cfg(msgraph_v1_core_or_teamwork)]
/// CSDL: `microsoft.graph.teamJoiningDisabledEventMessageDetail`, complex type, derived from `microsoft.graph.eventMessageDetail`.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct TeamJoiningDisabledEventMessageDetail {
    /// CSDL: property `initiator`: `microsoft.graph.identitySet`, nullable.
    pub initiator: rt::Field<crate::v1::AnyIdentitySet>,
    /// CSDL: property `teamId`: `Edm.String`, nullable.
    pub team_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl ::std::default::Default for TeamJoiningDisabledEventMessageDetail {
    #[inline]
    fn default() -> Self {
        Self {
            initiator: rt::Field::Absent,
            team_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl rt::Object for TeamJoiningDisabledEventMessageDetail {
    const TYPE_NAME: &'static str = "microsoft.graph.teamJoiningDisabledEventMessageDetail";
    const KEYS: &'static [&'static str] = &["initiator", "teamId"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"initiator\":                    ",
        ",\"teamId\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.teamJoiningDisabledEventMessageDetail\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "initiator", &self.initiator);
        v.field(1usize, "team_id", &self.team_id);
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl rt::object::Members for TeamJoiningDisabledEventMessageDetail {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.initiator.read_from(r),
            1usize => self.team_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.initiator);
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
rt::impl_object!(TeamJoiningDisabledEventMessageDetail);
#[cfg(msgraph_v1_core_or_teamwork)]
rt::impl_setters!(
    TeamJoiningDisabledEventMessageDetail { with_initiator initiator : crate
    ::v1::AnyIdentitySet; with_team_id team_id : ::std::string::String; }
);
#[cfg(msgraph_v1_core_or_teamwork)]
#[cfg(feature = "serde")]
rt::impl_serde!(TeamJoiningDisabledEventMessageDetail);
#[cfg(msgraph_v1_core_or_teamwork)]
/// CSDL: `microsoft.graph.teamJoiningEnabledEventMessageDetail`, complex type, derived from `microsoft.graph.eventMessageDetail`.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct TeamJoiningEnabledEventMessageDetail {
    /// CSDL: property `initiator`: `microsoft.graph.identitySet`, nullable.
    pub initiator: rt::Field<crate::v1::AnyIdentitySet>,
    /// CSDL: property `teamId`: `Edm.String`, nullable.
    pub team_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl ::std::default::Default for TeamJoiningEnabledEventMessageDetail {
    #[inline]
    fn default() -> Self {
        Self {
            initiator: rt::Field::Absent,
            team_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl rt::Object for TeamJoiningEnabledEventMessageDetail {
    const TYPE_NAME: &'static str = "microsoft.graph.teamJoiningEnabledEventMessageDetail";
    const KEYS: &'static [&'static str] = &["initiator", "teamId"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"initiator\":                    ",
        ",\"teamId\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.teamJoiningEnabledEventMessageDetail\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "initiator", &self.initiator);
        v.field(1usize, "team_id", &self.team_id);
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl rt::object::Members for TeamJoiningEnabledEventMessageDetail {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.initiator.read_from(r),
            1usize => self.team_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.initiator);
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
rt::impl_object!(TeamJoiningEnabledEventMessageDetail);
#[cfg(msgraph_v1_core_or_teamwork)]
rt::impl_setters!(
    TeamJoiningEnabledEventMessageDetail { with_initiator initiator : crate
    ::v1::AnyIdentitySet; with_team_id team_id : ::std::string::String; }
);
#[cfg(msgraph_v1_core_or_teamwork)]
#[cfg(feature = "serde")]
rt::impl_serde!(TeamJoiningEnabledEventMessageDetail);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.teamMemberSettings`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct TeamMemberSettings {
    /// CSDL: property `allowAddRemoveApps`: `Edm.Boolean`, nullable.
    pub allow_add_remove_apps: rt::Field<bool>,
    /// CSDL: property `allowCreatePrivateChannels`: `Edm.Boolean`, nullable.
    pub allow_create_private_channels: rt::Field<bool>,
    /// CSDL: property `allowCreateUpdateChannels`: `Edm.Boolean`, nullable.
    pub allow_create_update_channels: rt::Field<bool>,
    /// CSDL: property `allowCreateUpdateRemoveConnectors`: `Edm.Boolean`, nullable.
    pub allow_create_update_remove_connectors: rt::Field<bool>,
    /// CSDL: property `allowCreateUpdateRemoveTabs`: `Edm.Boolean`, nullable.
    pub allow_create_update_remove_tabs: rt::Field<bool>,
    /// CSDL: property `allowDeleteChannels`: `Edm.Boolean`, nullable.
    pub allow_delete_channels: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for TeamMemberSettings {
    #[inline]
    fn default() -> Self {
        Self {
            allow_add_remove_apps: rt::Field::Absent,
            allow_create_private_channels: rt::Field::Absent,
            allow_create_update_channels: rt::Field::Absent,
            allow_create_update_remove_connectors: rt::Field::Absent,
            allow_create_update_remove_tabs: rt::Field::Absent,
            allow_delete_channels: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for TeamMemberSettings {
    const TYPE_NAME: &'static str = "microsoft.graph.teamMemberSettings";
    const KEYS: &'static [&'static str] = &[
        "allowAddRemoveApps",
        "allowCreatePrivateChannels",
        "allowCreateUpdateChannels",
        "allowCreateUpdateRemoveConnectors",
        "allowCreateUpdateRemoveTabs",
        "allowDeleteChannels",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"allowAddRemoveApps\":           ",
        ",\"allowCreatePrivateChannels\":   ",
        ",\"allowCreateUpdateChannels\":    ",
        ",\"allowCreateUpdateRemoveConnectors\":",
        ",\"allowCreateUpdateRemoveTabs\":  ",
        ",\"allowDeleteChannels\":          ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.teamMemberSettings\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "allow_add_remove_apps", &self.allow_add_remove_apps);
        v.field(
            1usize,
            "allow_create_private_channels",
            &self.allow_create_private_channels,
        );
        v.field(
            2usize,
            "allow_create_update_channels",
            &self.allow_create_update_channels,
        );
        v.field(
            3usize,
            "allow_create_update_remove_connectors",
            &self.allow_create_update_remove_connectors,
        );
        v.field(
            4usize,
            "allow_create_update_remove_tabs",
            &self.allow_create_update_remove_tabs,
        );
        v.field(5usize, "allow_delete_channels", &self.allow_delete_channels);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for TeamMemberSettings {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.allow_add_remove_apps.read_from(r),
            1usize => self.allow_create_private_channels.read_from(r),
            2usize => self.allow_create_update_channels.read_from(r),
            3usize => self.allow_create_update_remove_connectors.read_from(r),
            4usize => self.allow_create_update_remove_tabs.read_from(r),
            5usize => self.allow_delete_channels.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.allow_add_remove_apps);
        w.field(1usize, &self.allow_create_private_channels);
        w.field(2usize, &self.allow_create_update_channels);
        w.field(3usize, &self.allow_create_update_remove_connectors);
        w.field(4usize, &self.allow_create_update_remove_tabs);
        w.field(5usize, &self.allow_delete_channels);
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
rt::impl_object!(TeamMemberSettings);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    TeamMemberSettings { with_allow_add_remove_apps allow_add_remove_apps : bool;
    with_allow_create_private_channels allow_create_private_channels : bool;
    with_allow_create_update_channels allow_create_update_channels : bool;
    with_allow_create_update_remove_connectors allow_create_update_remove_connectors :
    bool; with_allow_create_update_remove_tabs allow_create_update_remove_tabs : bool;
    with_allow_delete_channels allow_delete_channels : bool; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(TeamMemberSettings);
#[cfg(msgraph_v1_core_or_teamwork)]
/// CSDL: `microsoft.graph.teamMembersNotificationRecipient`, complex type, derived from `microsoft.graph.teamworkNotificationRecipient`.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct TeamMembersNotificationRecipient {
    /// CSDL: property `teamId`: `Edm.String`, not nullable.
    pub team_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl ::std::default::Default for TeamMembersNotificationRecipient {
    #[inline]
    fn default() -> Self {
        Self {
            team_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl rt::Object for TeamMembersNotificationRecipient {
    const TYPE_NAME: &'static str = "microsoft.graph.teamMembersNotificationRecipient";
    const KEYS: &'static [&'static str] = &["teamId"];
    const KEYS_JSON: &'static [&'static str] = &[",\"teamId\":                       "];
    const TAG: &'static str = "\"#microsoft.graph.teamMembersNotificationRecipient\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "team_id", &self.team_id);
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl rt::object::Members for TeamMembersNotificationRecipient {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.team_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.team_id);
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
rt::impl_object!(TeamMembersNotificationRecipient);
#[cfg(msgraph_v1_core_or_teamwork)]
rt::impl_setters!(
    TeamMembersNotificationRecipient { with_team_id team_id : ::std::string::String; }
);
#[cfg(msgraph_v1_core_or_teamwork)]
#[cfg(feature = "serde")]
rt::impl_serde!(TeamMembersNotificationRecipient);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.teamMessagingSettings`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct TeamMessagingSettings {
    /// CSDL: property `allowChannelMentions`: `Edm.Boolean`, nullable.
    pub allow_channel_mentions: rt::Field<bool>,
    /// CSDL: property `allowOwnerDeleteMessages`: `Edm.Boolean`, nullable.
    pub allow_owner_delete_messages: rt::Field<bool>,
    /// CSDL: property `allowTeamMentions`: `Edm.Boolean`, nullable.
    pub allow_team_mentions: rt::Field<bool>,
    /// CSDL: property `allowUserDeleteMessages`: `Edm.Boolean`, nullable.
    pub allow_user_delete_messages: rt::Field<bool>,
    /// CSDL: property `allowUserEditMessages`: `Edm.Boolean`, nullable.
    pub allow_user_edit_messages: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for TeamMessagingSettings {
    #[inline]
    fn default() -> Self {
        Self {
            allow_channel_mentions: rt::Field::Absent,
            allow_owner_delete_messages: rt::Field::Absent,
            allow_team_mentions: rt::Field::Absent,
            allow_user_delete_messages: rt::Field::Absent,
            allow_user_edit_messages: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for TeamMessagingSettings {
    const TYPE_NAME: &'static str = "microsoft.graph.teamMessagingSettings";
    const KEYS: &'static [&'static str] = &[
        "allowChannelMentions",
        "allowOwnerDeleteMessages",
        "allowTeamMentions",
        "allowUserDeleteMessages",
        "allowUserEditMessages",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"allowChannelMentions\":         ",
        ",\"allowOwnerDeleteMessages\":     ",
        ",\"allowTeamMentions\":            ",
        ",\"allowUserDeleteMessages\":      ",
        ",\"allowUserEditMessages\":        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.teamMessagingSettings\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "allow_channel_mentions", &self.allow_channel_mentions);
        v.field(
            1usize,
            "allow_owner_delete_messages",
            &self.allow_owner_delete_messages,
        );
        v.field(2usize, "allow_team_mentions", &self.allow_team_mentions);
        v.field(3usize, "allow_user_delete_messages", &self.allow_user_delete_messages);
        v.field(4usize, "allow_user_edit_messages", &self.allow_user_edit_messages);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for TeamMessagingSettings {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.allow_channel_mentions.read_from(r),
            1usize => self.allow_owner_delete_messages.read_from(r),
            2usize => self.allow_team_mentions.read_from(r),
            3usize => self.allow_user_delete_messages.read_from(r),
            4usize => self.allow_user_edit_messages.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.allow_channel_mentions);
        w.field(1usize, &self.allow_owner_delete_messages);
        w.field(2usize, &self.allow_team_mentions);
        w.field(3usize, &self.allow_user_delete_messages);
        w.field(4usize, &self.allow_user_edit_messages);
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
rt::impl_object!(TeamMessagingSettings);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    TeamMessagingSettings { with_allow_channel_mentions allow_channel_mentions : bool;
    with_allow_owner_delete_messages allow_owner_delete_messages : bool;
    with_allow_team_mentions allow_team_mentions : bool; with_allow_user_delete_messages
    allow_user_delete_messages : bool; with_allow_user_edit_messages
    allow_user_edit_messages : bool; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(TeamMessagingSettings);
#[cfg(msgraph_v1_core_or_teamwork)]
/// CSDL: `microsoft.graph.teamRenamedEventMessageDetail`, complex type, derived from `microsoft.graph.eventMessageDetail`.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct TeamRenamedEventMessageDetail {
    /// CSDL: property `initiator`: `microsoft.graph.identitySet`, nullable.
    pub initiator: rt::Field<crate::v1::AnyIdentitySet>,
    /// CSDL: property `teamDisplayName`: `Edm.String`, nullable.
    pub team_display_name: rt::Field<::std::string::String>,
    /// CSDL: property `teamId`: `Edm.String`, nullable.
    pub team_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl ::std::default::Default for TeamRenamedEventMessageDetail {
    #[inline]
    fn default() -> Self {
        Self {
            initiator: rt::Field::Absent,
            team_display_name: rt::Field::Absent,
            team_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl rt::Object for TeamRenamedEventMessageDetail {
    const TYPE_NAME: &'static str = "microsoft.graph.teamRenamedEventMessageDetail";
    const KEYS: &'static [&'static str] = &["initiator", "teamDisplayName", "teamId"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"initiator\":                    ",
        ",\"teamDisplayName\":              ",
        ",\"teamId\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.teamRenamedEventMessageDetail\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "initiator", &self.initiator);
        v.field(1usize, "team_display_name", &self.team_display_name);
        v.field(2usize, "team_id", &self.team_id);
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl rt::object::Members for TeamRenamedEventMessageDetail {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.initiator.read_from(r),
            1usize => self.team_display_name.read_from(r),
            2usize => self.team_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.initiator);
        w.field(1usize, &self.team_display_name);
        w.field(2usize, &self.team_id);
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
rt::impl_object!(TeamRenamedEventMessageDetail);
#[cfg(msgraph_v1_core_or_teamwork)]
rt::impl_setters!(
    TeamRenamedEventMessageDetail { with_initiator initiator : crate
    ::v1::AnyIdentitySet; with_team_display_name team_display_name :
    ::std::string::String; with_team_id team_id : ::std::string::String; }
);
#[cfg(msgraph_v1_core_or_teamwork)]
#[cfg(feature = "serde")]
rt::impl_serde!(TeamRenamedEventMessageDetail);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.teamSpecialization`, enum type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum TeamSpecialization {
    /// `none` (value 0).
    None,
    /// `educationStandard` (value 1).
    EducationStandard,
    /// `educationClass` (value 2).
    EducationClass,
    /// `educationProfessionalLearningCommunity` (value 3).
    EducationProfessionalLearningCommunity,
    /// `educationStaff` (value 4).
    EducationStaff,
    /// `healthcareStandard` (value 5).
    HealthcareStandard,
    /// `healthcareCareCoordination` (value 6).
    HealthcareCareCoordination,
    /// `unknownFutureValue` (value 7).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_core)]
impl rt::StrEnum for TeamSpecialization {
    const TYPE_NAME: &'static str = "microsoft.graph.teamSpecialization";
    const MEMBERS: &'static [&'static str] = &[
        "none",
        "educationStandard",
        "educationClass",
        "educationProfessionalLearningCommunity",
        "educationStaff",
        "healthcareStandard",
        "healthcareCareCoordination",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "none" => Self::None,
                "educationStandard" => Self::EducationStandard,
                "educationClass" => Self::EducationClass,
                "educationProfessionalLearningCommunity" => {
                    Self::EducationProfessionalLearningCommunity
                }
                "educationStaff" => Self::EducationStaff,
                "healthcareStandard" => Self::HealthcareStandard,
                "healthcareCareCoordination" => Self::HealthcareCareCoordination,
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
            Self::None => "none",
            Self::EducationStandard => "educationStandard",
            Self::EducationClass => "educationClass",
            Self::EducationProfessionalLearningCommunity => {
                "educationProfessionalLearningCommunity"
            }
            Self::EducationStaff => "educationStaff",
            Self::HealthcareStandard => "healthcareStandard",
            Self::HealthcareCareCoordination => "healthcareCareCoordination",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_core)]
rt::impl_enum!(TeamSpecialization);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(TeamSpecialization);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.teamSummary`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct TeamSummary {
    /// CSDL: property `guestsCount`: `Edm.Int32`, nullable.
    pub guests_count: rt::Field<i32>,
    /// CSDL: property `membersCount`: `Edm.Int32`, nullable.
    pub members_count: rt::Field<i32>,
    /// CSDL: property `ownersCount`: `Edm.Int32`, nullable.
    pub owners_count: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for TeamSummary {
    #[inline]
    fn default() -> Self {
        Self {
            guests_count: rt::Field::Absent,
            members_count: rt::Field::Absent,
            owners_count: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for TeamSummary {
    const TYPE_NAME: &'static str = "microsoft.graph.teamSummary";
    const KEYS: &'static [&'static str] = &[
        "guestsCount",
        "membersCount",
        "ownersCount",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"guestsCount\":                  ",
        ",\"membersCount\":                 ",
        ",\"ownersCount\":                  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.teamSummary\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "guests_count", &self.guests_count);
        v.field(1usize, "members_count", &self.members_count);
        v.field(2usize, "owners_count", &self.owners_count);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for TeamSummary {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.guests_count.read_from(r),
            1usize => self.members_count.read_from(r),
            2usize => self.owners_count.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.guests_count);
        w.field(1usize, &self.members_count);
        w.field(2usize, &self.owners_count);
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
rt::impl_object!(TeamSummary);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    TeamSummary { with_guests_count guests_count : i32; with_members_count members_count
    : i32; with_owners_count owners_count : i32; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(TeamSummary);
#[cfg(msgraph_v1_core_or_teamwork)]
/// CSDL: `microsoft.graph.teamUnarchivedEventMessageDetail`, complex type, derived from `microsoft.graph.eventMessageDetail`.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct TeamUnarchivedEventMessageDetail {
    /// CSDL: property `initiator`: `microsoft.graph.identitySet`, nullable.
    pub initiator: rt::Field<crate::v1::AnyIdentitySet>,
    /// CSDL: property `teamId`: `Edm.String`, nullable.
    pub team_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl ::std::default::Default for TeamUnarchivedEventMessageDetail {
    #[inline]
    fn default() -> Self {
        Self {
            initiator: rt::Field::Absent,
            team_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl rt::Object for TeamUnarchivedEventMessageDetail {
    const TYPE_NAME: &'static str = "microsoft.graph.teamUnarchivedEventMessageDetail";
    const KEYS: &'static [&'static str] = &["initiator", "teamId"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"initiator\":                    ",
        ",\"teamId\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.teamUnarchivedEventMessageDetail\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "initiator", &self.initiator);
        v.field(1usize, "team_id", &self.team_id);
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl rt::object::Members for TeamUnarchivedEventMessageDetail {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.initiator.read_from(r),
            1usize => self.team_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.initiator);
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
rt::impl_object!(TeamUnarchivedEventMessageDetail);
#[cfg(msgraph_v1_core_or_teamwork)]
rt::impl_setters!(
    TeamUnarchivedEventMessageDetail { with_initiator initiator : crate
    ::v1::AnyIdentitySet; with_team_id team_id : ::std::string::String; }
);
#[cfg(msgraph_v1_core_or_teamwork)]
#[cfg(feature = "serde")]
rt::impl_serde!(TeamUnarchivedEventMessageDetail);
#[cfg(msgraph_v1_core_or_teamwork)]
/// CSDL: `microsoft.graph.teamsAppInstalledEventMessageDetail`, complex type, derived from `microsoft.graph.eventMessageDetail`.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct TeamsAppInstalledEventMessageDetail {
    /// CSDL: property `initiator`: `microsoft.graph.identitySet`, nullable.
    pub initiator: rt::Field<crate::v1::AnyIdentitySet>,
    /// CSDL: property `teamsAppDisplayName`: `Edm.String`, nullable.
    pub teams_app_display_name: rt::Field<::std::string::String>,
    /// CSDL: property `teamsAppId`: `Edm.String`, nullable.
    pub teams_app_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl ::std::default::Default for TeamsAppInstalledEventMessageDetail {
    #[inline]
    fn default() -> Self {
        Self {
            initiator: rt::Field::Absent,
            teams_app_display_name: rt::Field::Absent,
            teams_app_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl rt::Object for TeamsAppInstalledEventMessageDetail {
    const TYPE_NAME: &'static str = "microsoft.graph.teamsAppInstalledEventMessageDetail";
    const KEYS: &'static [&'static str] = &[
        "initiator",
        "teamsAppDisplayName",
        "teamsAppId",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"initiator\":                    ",
        ",\"teamsAppDisplayName\":          ",
        ",\"teamsAppId\":                   ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.teamsAppInstalledEventMessageDetail\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "initiator", &self.initiator);
        v.field(1usize, "teams_app_display_name", &self.teams_app_display_name);
        v.field(2usize, "teams_app_id", &self.teams_app_id);
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl rt::object::Members for TeamsAppInstalledEventMessageDetail {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.initiator.read_from(r),
            1usize => self.teams_app_display_name.read_from(r),
            2usize => self.teams_app_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.initiator);
        w.field(1usize, &self.teams_app_display_name);
        w.field(2usize, &self.teams_app_id);
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
rt::impl_object!(TeamsAppInstalledEventMessageDetail);
#[cfg(msgraph_v1_core_or_teamwork)]
rt::impl_setters!(
    TeamsAppInstalledEventMessageDetail { with_initiator initiator : crate
    ::v1::AnyIdentitySet; with_teams_app_display_name teams_app_display_name :
    ::std::string::String; with_teams_app_id teams_app_id : ::std::string::String; }
);
#[cfg(msgraph_v1_core_or_teamwork)]
#[cfg(feature = "serde")]
rt::impl_serde!(TeamsAppInstalledEventMessageDetail);
#[cfg(msgraph_v1_core_or_teamwork)]
/// CSDL: `microsoft.graph.teamsAppRemovedEventMessageDetail`, complex type, derived from `microsoft.graph.eventMessageDetail`.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct TeamsAppRemovedEventMessageDetail {
    /// CSDL: property `initiator`: `microsoft.graph.identitySet`, nullable.
    pub initiator: rt::Field<crate::v1::AnyIdentitySet>,
    /// CSDL: property `teamsAppDisplayName`: `Edm.String`, nullable.
    pub teams_app_display_name: rt::Field<::std::string::String>,
    /// CSDL: property `teamsAppId`: `Edm.String`, nullable.
    pub teams_app_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl ::std::default::Default for TeamsAppRemovedEventMessageDetail {
    #[inline]
    fn default() -> Self {
        Self {
            initiator: rt::Field::Absent,
            teams_app_display_name: rt::Field::Absent,
            teams_app_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl rt::Object for TeamsAppRemovedEventMessageDetail {
    const TYPE_NAME: &'static str = "microsoft.graph.teamsAppRemovedEventMessageDetail";
    const KEYS: &'static [&'static str] = &[
        "initiator",
        "teamsAppDisplayName",
        "teamsAppId",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"initiator\":                    ",
        ",\"teamsAppDisplayName\":          ",
        ",\"teamsAppId\":                   ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.teamsAppRemovedEventMessageDetail\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "initiator", &self.initiator);
        v.field(1usize, "teams_app_display_name", &self.teams_app_display_name);
        v.field(2usize, "teams_app_id", &self.teams_app_id);
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl rt::object::Members for TeamsAppRemovedEventMessageDetail {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.initiator.read_from(r),
            1usize => self.teams_app_display_name.read_from(r),
            2usize => self.teams_app_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.initiator);
        w.field(1usize, &self.teams_app_display_name);
        w.field(2usize, &self.teams_app_id);
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
rt::impl_object!(TeamsAppRemovedEventMessageDetail);
#[cfg(msgraph_v1_core_or_teamwork)]
rt::impl_setters!(
    TeamsAppRemovedEventMessageDetail { with_initiator initiator : crate
    ::v1::AnyIdentitySet; with_teams_app_display_name teams_app_display_name :
    ::std::string::String; with_teams_app_id teams_app_id : ::std::string::String; }
);
#[cfg(msgraph_v1_core_or_teamwork)]
#[cfg(feature = "serde")]
rt::impl_serde!(TeamsAppRemovedEventMessageDetail);
#[cfg(msgraph_v1_core_or_teamwork)]
/// CSDL: `microsoft.graph.teamsAppUpgradedEventMessageDetail`, complex type, derived from `microsoft.graph.eventMessageDetail`.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct TeamsAppUpgradedEventMessageDetail {
    /// CSDL: property `initiator`: `microsoft.graph.identitySet`, nullable.
    pub initiator: rt::Field<crate::v1::AnyIdentitySet>,
    /// CSDL: property `teamsAppDisplayName`: `Edm.String`, nullable.
    pub teams_app_display_name: rt::Field<::std::string::String>,
    /// CSDL: property `teamsAppId`: `Edm.String`, nullable.
    pub teams_app_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl ::std::default::Default for TeamsAppUpgradedEventMessageDetail {
    #[inline]
    fn default() -> Self {
        Self {
            initiator: rt::Field::Absent,
            teams_app_display_name: rt::Field::Absent,
            teams_app_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl rt::Object for TeamsAppUpgradedEventMessageDetail {
    const TYPE_NAME: &'static str = "microsoft.graph.teamsAppUpgradedEventMessageDetail";
    const KEYS: &'static [&'static str] = &[
        "initiator",
        "teamsAppDisplayName",
        "teamsAppId",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"initiator\":                    ",
        ",\"teamsAppDisplayName\":          ",
        ",\"teamsAppId\":                   ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.teamsAppUpgradedEventMessageDetail\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "initiator", &self.initiator);
        v.field(1usize, "teams_app_display_name", &self.teams_app_display_name);
        v.field(2usize, "teams_app_id", &self.teams_app_id);
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl rt::object::Members for TeamsAppUpgradedEventMessageDetail {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.initiator.read_from(r),
            1usize => self.teams_app_display_name.read_from(r),
            2usize => self.teams_app_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.initiator);
        w.field(1usize, &self.teams_app_display_name);
        w.field(2usize, &self.teams_app_id);
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
rt::impl_object!(TeamsAppUpgradedEventMessageDetail);
#[cfg(msgraph_v1_core_or_teamwork)]
rt::impl_setters!(
    TeamsAppUpgradedEventMessageDetail { with_initiator initiator : crate
    ::v1::AnyIdentitySet; with_teams_app_display_name teams_app_display_name :
    ::std::string::String; with_teams_app_id teams_app_id : ::std::string::String; }
);
#[cfg(msgraph_v1_core_or_teamwork)]
#[cfg(feature = "serde")]
rt::impl_serde!(TeamsAppUpgradedEventMessageDetail);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.teamsAsyncOperation`, entity type, derived from `microsoft.graph.entity`, open, key `id`.
///
/// Request builders: [`TeamsAsyncOperationPath`](requests/trait.TeamsAsyncOperationPath.html), what a path to one (`EntityPath<TeamsAsyncOperation, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct TeamsAsyncOperation {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `attemptsCount`: `Edm.Int32`, not nullable.
    pub attempts_count: rt::Field<i32>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `error`: `microsoft.graph.operationError`, nullable.
    pub error: rt::Field<crate::v1::OperationError>,
    /// CSDL: property `lastActionDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_action_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `operationType`: `microsoft.graph.teamsAsyncOperationType`, not nullable.
    pub operation_type: rt::Field<crate::v1::TeamsAsyncOperationType>,
    /// CSDL: property `status`: `microsoft.graph.teamsAsyncOperationStatus`, not nullable.
    pub status: rt::Field<crate::v1::TeamsAsyncOperationStatus>,
    /// CSDL: property `targetResourceId`: `Edm.String`, nullable.
    pub target_resource_id: rt::Field<::std::string::String>,
    /// CSDL: property `targetResourceLocation`: `Edm.String`, nullable.
    pub target_resource_location: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for TeamsAsyncOperation {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            attempts_count: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            error: rt::Field::Absent,
            last_action_date_time: rt::Field::Absent,
            operation_type: rt::Field::Absent,
            status: rt::Field::Absent,
            target_resource_id: rt::Field::Absent,
            target_resource_location: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for TeamsAsyncOperation {
    const TYPE_NAME: &'static str = "microsoft.graph.teamsAsyncOperation";
    const KEYS: &'static [&'static str] = &[
        "id",
        "attemptsCount",
        "createdDateTime",
        "error",
        "lastActionDateTime",
        "operationType",
        "status",
        "targetResourceId",
        "targetResourceLocation",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"attemptsCount\":                ",
        ",\"createdDateTime\":              ",
        ",\"error\":                        ",
        ",\"lastActionDateTime\":           ",
        ",\"operationType\":                ",
        ",\"status\":                       ",
        ",\"targetResourceId\":             ",
        ",\"targetResourceLocation\":       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.teamsAsyncOperation\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "attempts_count", &self.attempts_count);
        v.field(2usize, "created_date_time", &self.created_date_time);
        v.field(3usize, "error", &self.error);
        v.field(4usize, "last_action_date_time", &self.last_action_date_time);
        v.field(5usize, "operation_type", &self.operation_type);
        v.field(6usize, "status", &self.status);
        v.field(7usize, "target_resource_id", &self.target_resource_id);
        v.field(8usize, "target_resource_location", &self.target_resource_location);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for TeamsAsyncOperation {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.attempts_count.read_from(r),
            2usize => self.created_date_time.read_from(r),
            3usize => self.error.read_from(r),
            4usize => self.last_action_date_time.read_from(r),
            5usize => self.operation_type.read_from(r),
            6usize => self.status.read_from(r),
            7usize => self.target_resource_id.read_from(r),
            8usize => self.target_resource_location.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.attempts_count);
        w.field(2usize, &self.created_date_time);
        w.field(3usize, &self.error);
        w.field(4usize, &self.last_action_date_time);
        w.field(5usize, &self.operation_type);
        w.field(6usize, &self.status);
        w.field(7usize, &self.target_resource_id);
        w.field(8usize, &self.target_resource_location);
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
rt::impl_object!(TeamsAsyncOperation);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    TeamsAsyncOperation { with_id id : ::std::string::String; with_attempts_count
    attempts_count : i32; with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_error error : crate ::v1::OperationError;
    with_last_action_date_time last_action_date_time : rt::edm::DateTimeOffset;
    with_operation_type operation_type : crate ::v1::TeamsAsyncOperationType; with_status
    status : crate ::v1::TeamsAsyncOperationStatus; with_target_resource_id
    target_resource_id : ::std::string::String; with_target_resource_location
    target_resource_location : ::std::string::String; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(TeamsAsyncOperation);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.teamsAsyncOperationStatus`, enum type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum TeamsAsyncOperationStatus {
    /// `invalid` (value 0).
    Invalid,
    /// `notStarted` (value 1).
    NotStarted,
    /// `inProgress` (value 2).
    InProgress,
    /// `succeeded` (value 3).
    Succeeded,
    /// `failed` (value 4).
    Failed,
    /// `unknownFutureValue` (value 5).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_core)]
impl rt::StrEnum for TeamsAsyncOperationStatus {
    const TYPE_NAME: &'static str = "microsoft.graph.teamsAsyncOperationStatus";
    const MEMBERS: &'static [&'static str] = &[
        "invalid",
        "notStarted",
        "inProgress",
        "succeeded",
        "failed",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "invalid" => Self::Invalid,
                "notStarted" => Self::NotStarted,
                "inProgress" => Self::InProgress,
                "succeeded" => Self::Succeeded,
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
            Self::Invalid => "invalid",
            Self::NotStarted => "notStarted",
            Self::InProgress => "inProgress",
            Self::Succeeded => "succeeded",
            Self::Failed => "failed",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_core)]
rt::impl_enum!(TeamsAsyncOperationStatus);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(TeamsAsyncOperationStatus);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.teamsAsyncOperationType`, enum type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum TeamsAsyncOperationType {
    /// `invalid` (value 0).
    Invalid,
    /// `cloneTeam` (value 1).
    CloneTeam,
    /// `archiveTeam` (value 2).
    ArchiveTeam,
    /// `unarchiveTeam` (value 3).
    UnarchiveTeam,
    /// `createTeam` (value 4).
    CreateTeam,
    /// `unknownFutureValue` (value 5).
    UnknownFutureValue,
    /// `teamifyGroup` (value 6).
    TeamifyGroup,
    /// `createChannel` (value 7).
    CreateChannel,
    /// `archiveChannel` (value 8).
    ArchiveChannel,
    /// `unarchiveChannel` (value 9).
    UnarchiveChannel,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_core)]
impl rt::StrEnum for TeamsAsyncOperationType {
    const TYPE_NAME: &'static str = "microsoft.graph.teamsAsyncOperationType";
    const MEMBERS: &'static [&'static str] = &[
        "invalid",
        "cloneTeam",
        "archiveTeam",
        "unarchiveTeam",
        "createTeam",
        "unknownFutureValue",
        "teamifyGroup",
        "createChannel",
        "archiveChannel",
        "unarchiveChannel",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "invalid" => Self::Invalid,
                "cloneTeam" => Self::CloneTeam,
                "archiveTeam" => Self::ArchiveTeam,
                "unarchiveTeam" => Self::UnarchiveTeam,
                "createTeam" => Self::CreateTeam,
                "unknownFutureValue" => Self::UnknownFutureValue,
                "teamifyGroup" => Self::TeamifyGroup,
                "createChannel" => Self::CreateChannel,
                "archiveChannel" => Self::ArchiveChannel,
                "unarchiveChannel" => Self::UnarchiveChannel,
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
            Self::Invalid => "invalid",
            Self::CloneTeam => "cloneTeam",
            Self::ArchiveTeam => "archiveTeam",
            Self::UnarchiveTeam => "unarchiveTeam",
            Self::CreateTeam => "createTeam",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::TeamifyGroup => "teamifyGroup",
            Self::CreateChannel => "createChannel",
            Self::ArchiveChannel => "archiveChannel",
            Self::UnarchiveChannel => "unarchiveChannel",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_core)]
rt::impl_enum!(TeamsAsyncOperationType);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(TeamsAsyncOperationType);
#[cfg(msgraph_v1_search_or_teams_templates)]
/// CSDL: `microsoft.graph.teamsTemplate`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1`, or one of `v1-search`, `v1-teams-templates`.
#[derive(Clone)]
pub struct TeamsTemplate {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_teams_templates)]
impl ::std::default::Default for TeamsTemplate {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_teams_templates)]
impl rt::Object for TeamsTemplate {
    const TYPE_NAME: &'static str = "microsoft.graph.teamsTemplate";
    const KEYS: &'static [&'static str] = &["id"];
    const KEYS_JSON: &'static [&'static str] = &[",\"id\":                           "];
    const TAG: &'static str = "\"#microsoft.graph.teamsTemplate\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
    }
}
#[cfg(msgraph_v1_search_or_teams_templates)]
impl rt::object::Members for TeamsTemplate {
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
#[cfg(msgraph_v1_search_or_teams_templates)]
rt::impl_object!(TeamsTemplate);
#[cfg(msgraph_v1_search_or_teams_templates)]
rt::impl_setters!(TeamsTemplate { with_id id : ::std::string::String; });
#[cfg(msgraph_v1_search_or_teams_templates)]
#[cfg(feature = "serde")]
rt::impl_serde!(TeamsTemplate);
#[cfg(msgraph_v1_core_or_teamwork)]
/// CSDL: `microsoft.graph.teamworkActivityTopic`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct TeamworkActivityTopic {
    /// CSDL: property `source`: `microsoft.graph.teamworkActivityTopicSource`, nullable.
    pub source: rt::Field<crate::v1::TeamworkActivityTopicSource>,
    /// CSDL: property `value`: `Edm.String`, not nullable.
    pub value: rt::Field<::std::string::String>,
    /// CSDL: property `webUrl`: `Edm.String`, nullable.
    pub web_url: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl ::std::default::Default for TeamworkActivityTopic {
    #[inline]
    fn default() -> Self {
        Self {
            source: rt::Field::Absent,
            value: rt::Field::Absent,
            web_url: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl rt::Object for TeamworkActivityTopic {
    const TYPE_NAME: &'static str = "microsoft.graph.teamworkActivityTopic";
    const KEYS: &'static [&'static str] = &["source", "value", "webUrl"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"source\":                       ",
        ",\"value\":                        ",
        ",\"webUrl\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.teamworkActivityTopic\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "source", &self.source);
        v.field(1usize, "value", &self.value);
        v.field(2usize, "web_url", &self.web_url);
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl rt::object::Members for TeamworkActivityTopic {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.source.read_from(r),
            1usize => self.value.read_from(r),
            2usize => self.web_url.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.source);
        w.field(1usize, &self.value);
        w.field(2usize, &self.web_url);
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
rt::impl_object!(TeamworkActivityTopic);
#[cfg(msgraph_v1_core_or_teamwork)]
rt::impl_setters!(
    TeamworkActivityTopic { with_source source : crate ::v1::TeamworkActivityTopicSource;
    with_value value : ::std::string::String; with_web_url web_url :
    ::std::string::String; }
);
#[cfg(msgraph_v1_core_or_teamwork)]
#[cfg(feature = "serde")]
rt::impl_serde!(TeamworkActivityTopic);
#[cfg(msgraph_v1_core_or_teamwork)]
/// CSDL: `microsoft.graph.teamworkActivityTopicSource`, enum type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum TeamworkActivityTopicSource {
    /// `entityUrl` (value 0).
    EntityUrl,
    /// `text` (value 1).
    Text,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl rt::StrEnum for TeamworkActivityTopicSource {
    const TYPE_NAME: &'static str = "microsoft.graph.teamworkActivityTopicSource";
    const MEMBERS: &'static [&'static str] = &["entityUrl", "text"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "entityUrl" => Self::EntityUrl,
                "text" => Self::Text,
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
            Self::EntityUrl => "entityUrl",
            Self::Text => "text",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
rt::impl_enum!(TeamworkActivityTopicSource);
#[cfg(msgraph_v1_core_or_teamwork)]
#[cfg(feature = "serde")]
rt::impl_serde!(TeamworkActivityTopicSource);
#[cfg(msgraph_v1_core_or_teamwork)]
/// CSDL: `microsoft.graph.teamworkCallEventType`, enum type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum TeamworkCallEventType {
    /// `call` (value 0).
    Call,
    /// `meeting` (value 1).
    Meeting,
    /// `screenShare` (value 2).
    ScreenShare,
    /// `unknownFutureValue` (value 3).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl rt::StrEnum for TeamworkCallEventType {
    const TYPE_NAME: &'static str = "microsoft.graph.teamworkCallEventType";
    const MEMBERS: &'static [&'static str] = &[
        "call",
        "meeting",
        "screenShare",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "call" => Self::Call,
                "meeting" => Self::Meeting,
                "screenShare" => Self::ScreenShare,
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
            Self::Call => "call",
            Self::Meeting => "meeting",
            Self::ScreenShare => "screenShare",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
rt::impl_enum!(TeamworkCallEventType);
#[cfg(msgraph_v1_core_or_teamwork)]
#[cfg(feature = "serde")]
rt::impl_serde!(TeamworkCallEventType);
#[cfg(msgraph_v1_core_or_teamwork)]
/// CSDL: `microsoft.graph.teamworkNotificationRecipient`, complex type, abstract.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct TeamworkNotificationRecipient {
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl ::std::default::Default for TeamworkNotificationRecipient {
    #[inline]
    fn default() -> Self {
        Self {
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl rt::Object for TeamworkNotificationRecipient {
    const TYPE_NAME: &'static str = "microsoft.graph.teamworkNotificationRecipient";
    const KEYS: &'static [&'static str] = &[];
    const KEYS_JSON: &'static [&'static str] = &[];
    const TAG: &'static str = "\"#microsoft.graph.teamworkNotificationRecipient\"";
    #[inline]
    #[allow(unused_variables)]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {}
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl rt::object::Members for TeamworkNotificationRecipient {
    #[inline]
    #[allow(unused_variables)]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    #[allow(unused_variables)]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {}
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
rt::impl_object!(TeamworkNotificationRecipient);
#[cfg(msgraph_v1_core_or_teamwork)]
#[cfg(feature = "serde")]
rt::impl_serde!(TeamworkNotificationRecipient);
#[cfg(msgraph_v1_core_or_teamwork)]
/// `microsoft.graph.teamworkNotificationRecipient` or any type derived from it, selected by `@odata.type` (5 types); each variant's type converts into it (`From`).
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Debug)]
pub enum AnyTeamworkNotificationRecipient {
    TeamworkNotificationRecipient(
        ::std::boxed::Box<crate::v1::TeamworkNotificationRecipient>,
    ),
    AadUserNotificationRecipient(
        ::std::boxed::Box<crate::v1::AadUserNotificationRecipient>,
    ),
    ChannelMembersNotificationRecipient(
        ::std::boxed::Box<crate::v1::ChannelMembersNotificationRecipient>,
    ),
    ChatMembersNotificationRecipient(
        ::std::boxed::Box<crate::v1::ChatMembersNotificationRecipient>,
    ),
    TeamMembersNotificationRecipient(
        ::std::boxed::Box<crate::v1::TeamMembersNotificationRecipient>,
    ),
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl ::std::default::Default for AnyTeamworkNotificationRecipient {
    #[inline]
    fn default() -> Self {
        Self::TeamworkNotificationRecipient(::std::default::Default::default())
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::TeamworkNotificationRecipient>
for AnyTeamworkNotificationRecipient {
    #[inline]
    fn from(v: crate::v1::TeamworkNotificationRecipient) -> Self {
        Self::TeamworkNotificationRecipient(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::AadUserNotificationRecipient>
for AnyTeamworkNotificationRecipient {
    #[inline]
    fn from(v: crate::v1::AadUserNotificationRecipient) -> Self {
        Self::AadUserNotificationRecipient(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::ChannelMembersNotificationRecipient>
for AnyTeamworkNotificationRecipient {
    #[inline]
    fn from(v: crate::v1::ChannelMembersNotificationRecipient) -> Self {
        Self::ChannelMembersNotificationRecipient(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::ChatMembersNotificationRecipient>
for AnyTeamworkNotificationRecipient {
    #[inline]
    fn from(v: crate::v1::ChatMembersNotificationRecipient) -> Self {
        Self::ChatMembersNotificationRecipient(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::TeamMembersNotificationRecipient>
for AnyTeamworkNotificationRecipient {
    #[inline]
    fn from(v: crate::v1::TeamMembersNotificationRecipient) -> Self {
        Self::TeamMembersNotificationRecipient(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
unsafe impl ::std::marker::Send for AnyTeamworkNotificationRecipient {}
#[cfg(msgraph_v1_core_or_teamwork)]
unsafe impl ::std::marker::Sync for AnyTeamworkNotificationRecipient {}
#[cfg(msgraph_v1_core_or_teamwork)]
impl ::std::marker::Unpin for AnyTeamworkNotificationRecipient {}
#[cfg(msgraph_v1_core_or_teamwork)]
impl ::std::panic::UnwindSafe for AnyTeamworkNotificationRecipient {}
#[cfg(msgraph_v1_core_or_teamwork)]
impl ::std::panic::RefUnwindSafe for AnyTeamworkNotificationRecipient {}
#[cfg(msgraph_v1_core_or_teamwork)]
const _: () = {
    rt::object::auto_traits::<crate::v1::TeamworkNotificationRecipient>();
    rt::object::auto_traits::<crate::v1::AadUserNotificationRecipient>();
    rt::object::auto_traits::<crate::v1::ChannelMembersNotificationRecipient>();
    rt::object::auto_traits::<crate::v1::ChatMembersNotificationRecipient>();
    rt::object::auto_traits::<crate::v1::TeamMembersNotificationRecipient>();
};
#[cfg(msgraph_v1_core_or_teamwork)]
impl rt::Poly for AnyTeamworkNotificationRecipient {
    const BASE_NAME: &'static str = "microsoft.graph.teamworkNotificationRecipient";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some(
                "microsoft.graph.aadUserNotificationRecipient",
            ) => Self::AadUserNotificationRecipient(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.channelMembersNotificationRecipient",
            ) => Self::ChannelMembersNotificationRecipient(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.chatMembersNotificationRecipient",
            ) => Self::ChatMembersNotificationRecipient(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.teamMembersNotificationRecipient",
            ) => Self::TeamMembersNotificationRecipient(rt::object::new_boxed()),
            _ => Self::TeamworkNotificationRecipient(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::TeamworkNotificationRecipient(v) => &**v,
            Self::AadUserNotificationRecipient(v) => &**v,
            Self::ChannelMembersNotificationRecipient(v) => &**v,
            Self::ChatMembersNotificationRecipient(v) => &**v,
            Self::TeamMembersNotificationRecipient(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::TeamworkNotificationRecipient(v) => &mut **v,
            Self::AadUserNotificationRecipient(v) => &mut **v,
            Self::ChannelMembersNotificationRecipient(v) => &mut **v,
            Self::ChatMembersNotificationRecipient(v) => &mut **v,
            Self::TeamMembersNotificationRecipient(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl AnyTeamworkNotificationRecipient {
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
}
#[cfg(msgraph_v1_core_or_teamwork)]
rt::impl_poly!(AnyTeamworkNotificationRecipient);
#[cfg(msgraph_v1_core_or_teamwork)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyTeamworkNotificationRecipient);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.teamworkOnlineMeetingInfo`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct TeamworkOnlineMeetingInfo {
    /// CSDL: property `calendarEventId`: `Edm.String`, nullable.
    pub calendar_event_id: rt::Field<::std::string::String>,
    /// CSDL: property `joinWebUrl`: `Edm.String`, nullable.
    pub join_web_url: rt::Field<::std::string::String>,
    /// CSDL: property `organizer`: `microsoft.graph.teamworkUserIdentity`, nullable.
    pub organizer: rt::Field<crate::v1::TeamworkUserIdentity>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for TeamworkOnlineMeetingInfo {
    #[inline]
    fn default() -> Self {
        Self {
            calendar_event_id: rt::Field::Absent,
            join_web_url: rt::Field::Absent,
            organizer: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for TeamworkOnlineMeetingInfo {
    const TYPE_NAME: &'static str = "microsoft.graph.teamworkOnlineMeetingInfo";
    const KEYS: &'static [&'static str] = &[
        "calendarEventId",
        "joinWebUrl",
        "organizer",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"calendarEventId\":              ",
        ",\"joinWebUrl\":                   ",
        ",\"organizer\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.teamworkOnlineMeetingInfo\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "calendar_event_id", &self.calendar_event_id);
        v.field(1usize, "join_web_url", &self.join_web_url);
        v.field(2usize, "organizer", &self.organizer);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for TeamworkOnlineMeetingInfo {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.calendar_event_id.read_from(r),
            1usize => self.join_web_url.read_from(r),
            2usize => self.organizer.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.calendar_event_id);
        w.field(1usize, &self.join_web_url);
        w.field(2usize, &self.organizer);
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
rt::impl_object!(TeamworkOnlineMeetingInfo);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    TeamworkOnlineMeetingInfo { with_calendar_event_id calendar_event_id :
    ::std::string::String; with_join_web_url join_web_url : ::std::string::String;
    with_organizer organizer : crate ::v1::TeamworkUserIdentity; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(TeamworkOnlineMeetingInfo);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.teamworkTag`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`TeamworkTagPath`](requests/trait.TeamworkTagPath.html), what a path to one (`EntityPath<TeamworkTag, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct TeamworkTag {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `memberCount`: `Edm.Int32`, nullable.
    pub member_count: rt::Field<i32>,
    /// CSDL: property `tagType`: `microsoft.graph.teamworkTagType`, nullable.
    pub tag_type: rt::Field<crate::v1::TeamworkTagType>,
    /// CSDL: property `teamId`: `Edm.String`, nullable.
    pub team_id: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `members`: `Collection(microsoft.graph.teamworkTagMember)`, not nullable.
    pub members: rt::Field<::std::vec::Vec<crate::v1::TeamworkTagMember>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for TeamworkTag {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            member_count: rt::Field::Absent,
            tag_type: rt::Field::Absent,
            team_id: rt::Field::Absent,
            members: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for TeamworkTag {
    const TYPE_NAME: &'static str = "microsoft.graph.teamworkTag";
    const KEYS: &'static [&'static str] = &[
        "id",
        "description",
        "displayName",
        "memberCount",
        "tagType",
        "teamId",
        "members",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"memberCount\":                  ",
        ",\"tagType\":                      ",
        ",\"teamId\":                       ",
        ",\"members\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.teamworkTag\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "description", &self.description);
        v.field(2usize, "display_name", &self.display_name);
        v.field(3usize, "member_count", &self.member_count);
        v.field(4usize, "tag_type", &self.tag_type);
        v.field(5usize, "team_id", &self.team_id);
        v.field(6usize, "members", &self.members);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for TeamworkTag {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.description.read_from(r),
            2usize => self.display_name.read_from(r),
            3usize => self.member_count.read_from(r),
            4usize => self.tag_type.read_from(r),
            5usize => self.team_id.read_from(r),
            6usize => self.members.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.description);
        w.field(2usize, &self.display_name);
        w.field(3usize, &self.member_count);
        w.field(4usize, &self.tag_type);
        w.field(5usize, &self.team_id);
        w.field(6usize, &self.members);
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
rt::impl_object!(TeamworkTag);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    TeamworkTag { with_id id : ::std::string::String; with_description description :
    ::std::string::String; with_display_name display_name : ::std::string::String;
    with_member_count member_count : i32; with_tag_type tag_type : crate
    ::v1::TeamworkTagType; with_team_id team_id : ::std::string::String; with_members
    members : ::std::vec::Vec < crate ::v1::TeamworkTagMember >; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(TeamworkTag);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.teamworkTagMember`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct TeamworkTagMember {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `tenantId`: `Edm.String`, nullable.
    pub tenant_id: rt::Field<::std::string::String>,
    /// CSDL: property `userId`: `Edm.String`, nullable.
    pub user_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for TeamworkTagMember {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            display_name: rt::Field::Absent,
            tenant_id: rt::Field::Absent,
            user_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for TeamworkTagMember {
    const TYPE_NAME: &'static str = "microsoft.graph.teamworkTagMember";
    const KEYS: &'static [&'static str] = &["id", "displayName", "tenantId", "userId"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"displayName\":                  ",
        ",\"tenantId\":                     ",
        ",\"userId\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.teamworkTagMember\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "display_name", &self.display_name);
        v.field(2usize, "tenant_id", &self.tenant_id);
        v.field(3usize, "user_id", &self.user_id);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for TeamworkTagMember {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.display_name.read_from(r),
            2usize => self.tenant_id.read_from(r),
            3usize => self.user_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.display_name);
        w.field(2usize, &self.tenant_id);
        w.field(3usize, &self.user_id);
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
rt::impl_object!(TeamworkTagMember);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    TeamworkTagMember { with_id id : ::std::string::String; with_display_name
    display_name : ::std::string::String; with_tenant_id tenant_id :
    ::std::string::String; with_user_id user_id : ::std::string::String; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(TeamworkTagMember);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.teamworkTagType`, enum type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum TeamworkTagType {
    /// `standard` (value 0).
    Standard,
    /// `unknownFutureValue` (value 1).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_core)]
impl rt::StrEnum for TeamworkTagType {
    const TYPE_NAME: &'static str = "microsoft.graph.teamworkTagType";
    const MEMBERS: &'static [&'static str] = &["standard", "unknownFutureValue"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "standard" => Self::Standard,
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
            Self::Standard => "standard",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_core)]
rt::impl_enum!(TeamworkTagType);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(TeamworkTagType);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.temporaryAccessPassAuthenticationMethod`, entity type, derived from `microsoft.graph.authenticationMethod`, key `id`.
///
/// Request builders: [`AuthenticationMethodPath`](requests/trait.AuthenticationMethodPath.html), what a path to one (`EntityPath<TemporaryAccessPassAuthenticationMethod, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct TemporaryAccessPassAuthenticationMethod {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `isUsable`: `Edm.Boolean`, nullable.
    pub is_usable: rt::Field<bool>,
    /// CSDL: property `isUsableOnce`: `Edm.Boolean`, nullable.
    pub is_usable_once: rt::Field<bool>,
    /// CSDL: property `lifetimeInMinutes`: `Edm.Int32`, nullable.
    pub lifetime_in_minutes: rt::Field<i32>,
    /// CSDL: property `methodUsabilityReason`: `Edm.String`, nullable.
    pub method_usability_reason: rt::Field<::std::string::String>,
    /// CSDL: property `startDateTime`: `Edm.DateTimeOffset`, nullable.
    pub start_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `temporaryAccessPass`: `Edm.String`, nullable.
    pub temporary_access_pass: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for TemporaryAccessPassAuthenticationMethod {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            is_usable: rt::Field::Absent,
            is_usable_once: rt::Field::Absent,
            lifetime_in_minutes: rt::Field::Absent,
            method_usability_reason: rt::Field::Absent,
            start_date_time: rt::Field::Absent,
            temporary_access_pass: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for TemporaryAccessPassAuthenticationMethod {
    const TYPE_NAME: &'static str = "microsoft.graph.temporaryAccessPassAuthenticationMethod";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdDateTime",
        "isUsable",
        "isUsableOnce",
        "lifetimeInMinutes",
        "methodUsabilityReason",
        "startDateTime",
        "temporaryAccessPass",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdDateTime\":              ",
        ",\"isUsable\":                     ",
        ",\"isUsableOnce\":                 ",
        ",\"lifetimeInMinutes\":            ",
        ",\"methodUsabilityReason\":        ",
        ",\"startDateTime\":                ",
        ",\"temporaryAccessPass\":          ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.temporaryAccessPassAuthenticationMethod\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_date_time", &self.created_date_time);
        v.field(2usize, "is_usable", &self.is_usable);
        v.field(3usize, "is_usable_once", &self.is_usable_once);
        v.field(4usize, "lifetime_in_minutes", &self.lifetime_in_minutes);
        v.field(5usize, "method_usability_reason", &self.method_usability_reason);
        v.field(6usize, "start_date_time", &self.start_date_time);
        v.field(7usize, "temporary_access_pass", &self.temporary_access_pass);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for TemporaryAccessPassAuthenticationMethod {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_date_time.read_from(r),
            2usize => self.is_usable.read_from(r),
            3usize => self.is_usable_once.read_from(r),
            4usize => self.lifetime_in_minutes.read_from(r),
            5usize => self.method_usability_reason.read_from(r),
            6usize => self.start_date_time.read_from(r),
            7usize => self.temporary_access_pass.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.created_date_time);
        w.field(2usize, &self.is_usable);
        w.field(3usize, &self.is_usable_once);
        w.field(4usize, &self.lifetime_in_minutes);
        w.field(5usize, &self.method_usability_reason);
        w.field(6usize, &self.start_date_time);
        w.field(7usize, &self.temporary_access_pass);
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
rt::impl_object!(TemporaryAccessPassAuthenticationMethod);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    TemporaryAccessPassAuthenticationMethod { with_id id : ::std::string::String;
    with_created_date_time created_date_time : rt::edm::DateTimeOffset; with_is_usable
    is_usable : bool; with_is_usable_once is_usable_once : bool; with_lifetime_in_minutes
    lifetime_in_minutes : i32; with_method_usability_reason method_usability_reason :
    ::std::string::String; with_start_date_time start_date_time :
    rt::edm::DateTimeOffset; with_temporary_access_pass temporary_access_pass :
    ::std::string::String; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(TemporaryAccessPassAuthenticationMethod);
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
/// CSDL: `microsoft.graph.temporaryAccessPassAuthenticationMethodConfiguration`, entity type, derived from `microsoft.graph.authenticationMethodConfiguration`, key `id`.
///
/// Request builders: [`TemporaryAccessPassAuthenticationMethodConfigurationPath`](requests/trait.TemporaryAccessPassAuthenticationMethodConfigurationPath.html), what a path to one (`EntityPath<TemporaryAccessPassAuthenticationMethodConfiguration, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-authentication-method-configurations`, `v1-authentication-methods-policy`, `v1-policies`, `v1-search`.
#[derive(Clone)]
pub struct TemporaryAccessPassAuthenticationMethodConfiguration {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `excludeTargets`: `Collection(microsoft.graph.excludeTarget)`, nullable.
    pub exclude_targets: rt::Field<::std::vec::Vec<crate::v1::ExcludeTarget>>,
    /// CSDL: property `state`: `microsoft.graph.authenticationMethodState`, nullable.
    pub state: rt::Field<crate::v1::AuthenticationMethodState>,
    /// CSDL: property `defaultLength`: `Edm.Int32`, nullable.
    pub default_length: rt::Field<i32>,
    /// CSDL: property `defaultLifetimeInMinutes`: `Edm.Int32`, nullable.
    pub default_lifetime_in_minutes: rt::Field<i32>,
    /// CSDL: property `isUsableOnce`: `Edm.Boolean`, nullable.
    pub is_usable_once: rt::Field<bool>,
    /// CSDL: property `maximumLifetimeInMinutes`: `Edm.Int32`, nullable.
    pub maximum_lifetime_in_minutes: rt::Field<i32>,
    /// CSDL: property `minimumLifetimeInMinutes`: `Edm.Int32`, nullable.
    pub minimum_lifetime_in_minutes: rt::Field<i32>,
    /// CSDL: containment navigation property `includeTargets`: `Collection(microsoft.graph.authenticationMethodTarget)`, not nullable.
    pub include_targets: rt::Field<
        ::std::vec::Vec<crate::v1::AnyAuthenticationMethodTarget>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
impl ::std::default::Default for TemporaryAccessPassAuthenticationMethodConfiguration {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            exclude_targets: rt::Field::Absent,
            state: rt::Field::Absent,
            default_length: rt::Field::Absent,
            default_lifetime_in_minutes: rt::Field::Absent,
            is_usable_once: rt::Field::Absent,
            maximum_lifetime_in_minutes: rt::Field::Absent,
            minimum_lifetime_in_minutes: rt::Field::Absent,
            include_targets: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
impl rt::Object for TemporaryAccessPassAuthenticationMethodConfiguration {
    const TYPE_NAME: &'static str = "microsoft.graph.temporaryAccessPassAuthenticationMethodConfiguration";
    const KEYS: &'static [&'static str] = &[
        "id",
        "excludeTargets",
        "state",
        "defaultLength",
        "defaultLifetimeInMinutes",
        "isUsableOnce",
        "maximumLifetimeInMinutes",
        "minimumLifetimeInMinutes",
        "includeTargets",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"excludeTargets\":               ",
        ",\"state\":                        ",
        ",\"defaultLength\":                ",
        ",\"defaultLifetimeInMinutes\":     ",
        ",\"isUsableOnce\":                 ",
        ",\"maximumLifetimeInMinutes\":     ",
        ",\"minimumLifetimeInMinutes\":     ",
        ",\"includeTargets\":               ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.temporaryAccessPassAuthenticationMethodConfiguration\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "exclude_targets", &self.exclude_targets);
        v.field(2usize, "state", &self.state);
        v.field(3usize, "default_length", &self.default_length);
        v.field(
            4usize,
            "default_lifetime_in_minutes",
            &self.default_lifetime_in_minutes,
        );
        v.field(5usize, "is_usable_once", &self.is_usable_once);
        v.field(
            6usize,
            "maximum_lifetime_in_minutes",
            &self.maximum_lifetime_in_minutes,
        );
        v.field(
            7usize,
            "minimum_lifetime_in_minutes",
            &self.minimum_lifetime_in_minutes,
        );
        v.field(8usize, "include_targets", &self.include_targets);
    }
}
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
impl rt::object::Members for TemporaryAccessPassAuthenticationMethodConfiguration {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.exclude_targets.read_from(r),
            2usize => self.state.read_from(r),
            3usize => self.default_length.read_from(r),
            4usize => self.default_lifetime_in_minutes.read_from(r),
            5usize => self.is_usable_once.read_from(r),
            6usize => self.maximum_lifetime_in_minutes.read_from(r),
            7usize => self.minimum_lifetime_in_minutes.read_from(r),
            8usize => self.include_targets.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.exclude_targets);
        w.field(2usize, &self.state);
        w.field(3usize, &self.default_length);
        w.field(4usize, &self.default_lifetime_in_minutes);
        w.field(5usize, &self.is_usable_once);
        w.field(6usize, &self.maximum_lifetime_in_minutes);
        w.field(7usize, &self.minimum_lifetime_in_minutes);
        w.field(8usize, &self.include_targets);
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
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
rt::impl_object!(TemporaryAccessPassAuthenticationMethodConfiguration);
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
rt::impl_setters!(
    TemporaryAccessPassAuthenticationMethodConfiguration { with_id id :
    ::std::string::String; with_exclude_targets exclude_targets : ::std::vec::Vec < crate
    ::v1::ExcludeTarget >; with_state state : crate ::v1::AuthenticationMethodState;
    with_default_length default_length : i32; with_default_lifetime_in_minutes
    default_lifetime_in_minutes : i32; with_is_usable_once is_usable_once : bool;
    with_maximum_lifetime_in_minutes maximum_lifetime_in_minutes : i32;
    with_minimum_lifetime_in_minutes minimum_lifetime_in_minutes : i32;
    with_include_targets include_targets : ::std::vec::Vec < crate
    ::v1::AnyAuthenticationMethodTarget >; }
);
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
#[cfg(feature = "serde")]
rt::impl_serde!(TemporaryAccessPassAuthenticationMethodConfiguration);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.tenantDataSecurityAndGovernance`, entity type, derived from `microsoft.graph.dataSecurityAndGovernance`, key `id`.
///
/// Request builders: [`TenantDataSecurityAndGovernancePath`](requests/trait.TenantDataSecurityAndGovernancePath.html), what a path to one (`EntityPath<TenantDataSecurityAndGovernance, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct TenantDataSecurityAndGovernance {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `sensitivityLabels`: `Collection(microsoft.graph.sensitivityLabel)`, not nullable.
    pub sensitivity_labels: rt::Field<::std::vec::Vec<crate::v1::SensitivityLabel>>,
    /// CSDL: containment navigation property `protectionScopes`: `microsoft.graph.tenantProtectionScopeContainer`, not nullable.
    pub protection_scopes: rt::Field<crate::v1::TenantProtectionScopeContainer>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for TenantDataSecurityAndGovernance {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            sensitivity_labels: rt::Field::Absent,
            protection_scopes: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for TenantDataSecurityAndGovernance {
    const TYPE_NAME: &'static str = "microsoft.graph.tenantDataSecurityAndGovernance";
    const KEYS: &'static [&'static str] = &[
        "id",
        "sensitivityLabels",
        "protectionScopes",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"sensitivityLabels\":            ",
        ",\"protectionScopes\":             ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.tenantDataSecurityAndGovernance\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "sensitivity_labels", &self.sensitivity_labels);
        v.field(2usize, "protection_scopes", &self.protection_scopes);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for TenantDataSecurityAndGovernance {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.sensitivity_labels.read_from(r),
            2usize => self.protection_scopes.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.sensitivity_labels);
        w.field(2usize, &self.protection_scopes);
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
rt::impl_object!(TenantDataSecurityAndGovernance);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    TenantDataSecurityAndGovernance { with_id id : ::std::string::String;
    with_sensitivity_labels sensitivity_labels : ::std::vec::Vec < crate
    ::v1::SensitivityLabel >; with_protection_scopes protection_scopes : crate
    ::v1::TenantProtectionScopeContainer; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(TenantDataSecurityAndGovernance);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.tenantProtectionScopeContainer`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`TenantProtectionScopeContainerPath`](requests/trait.TenantProtectionScopeContainerPath.html), what a path to one (`EntityPath<TenantProtectionScopeContainer, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct TenantProtectionScopeContainer {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for TenantProtectionScopeContainer {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for TenantProtectionScopeContainer {
    const TYPE_NAME: &'static str = "microsoft.graph.tenantProtectionScopeContainer";
    const KEYS: &'static [&'static str] = &["id"];
    const KEYS_JSON: &'static [&'static str] = &[",\"id\":                           "];
    const TAG: &'static str = "\"#microsoft.graph.tenantProtectionScopeContainer\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for TenantProtectionScopeContainer {
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
#[cfg(msgraph_v1_search_or_security)]
rt::impl_object!(TenantProtectionScopeContainer);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    TenantProtectionScopeContainer { with_id id : ::std::string::String; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(TenantProtectionScopeContainer);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.tenantScope`, complex type, derived from `microsoft.graph.scopeBase`.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct TenantScope {
    /// CSDL: property `identity`: `Edm.String`, nullable.
    pub identity: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for TenantScope {
    #[inline]
    fn default() -> Self {
        Self {
            identity: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for TenantScope {
    const TYPE_NAME: &'static str = "microsoft.graph.tenantScope";
    const KEYS: &'static [&'static str] = &["identity"];
    const KEYS_JSON: &'static [&'static str] = &[",\"identity\":                     "];
    const TAG: &'static str = "\"#microsoft.graph.tenantScope\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "identity", &self.identity);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for TenantScope {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.identity.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.identity);
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
rt::impl_object!(TenantScope);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(TenantScope { with_identity identity : ::std::string::String; });
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(TenantScope);
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
/// CSDL: `microsoft.graph.termColumn`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-drives`, `v1-group-setting-templates` and 14 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct TermColumn {
    /// CSDL: property `allowMultipleValues`: `Edm.Boolean`, nullable.
    pub allow_multiple_values: rt::Field<bool>,
    /// CSDL: property `showFullyQualifiedName`: `Edm.Boolean`, nullable.
    pub show_fully_qualified_name: rt::Field<bool>,
    /// CSDL: navigation property `parentTerm`: `microsoft.graph.termStore.term`, nullable.
    ///
    /// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
    #[cfg(msgraph_v1_core_or_sites)]
    pub parent_term: rt::Field<crate::v1::term_store::Term>,
    /// CSDL: navigation property `termSet`: `microsoft.graph.termStore.set`, nullable.
    ///
    /// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
    #[cfg(msgraph_v1_core_or_sites)]
    pub term_set: rt::Field<crate::v1::term_store::Set>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
impl ::std::default::Default for TermColumn {
    #[inline]
    fn default() -> Self {
        Self {
            allow_multiple_values: rt::Field::Absent,
            show_fully_qualified_name: rt::Field::Absent,
            #[cfg(msgraph_v1_core_or_sites)]
            parent_term: rt::Field::Absent,
            #[cfg(msgraph_v1_core_or_sites)]
            term_set: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
impl rt::Object for TermColumn {
    const TYPE_NAME: &'static str = "microsoft.graph.termColumn";
    const KEYS: &'static [&'static str] = &[
        "allowMultipleValues",
        "showFullyQualifiedName",
        "parentTerm",
        "termSet",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"allowMultipleValues\":          ",
        ",\"showFullyQualifiedName\":       ",
        ",\"parentTerm\":                   ",
        ",\"termSet\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.termColumn\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "allow_multiple_values", &self.allow_multiple_values);
        v.field(1usize, "show_fully_qualified_name", &self.show_fully_qualified_name);
        #[cfg(msgraph_v1_core_or_sites)]
        v.field(2usize, "parent_term", &self.parent_term);
        #[cfg(msgraph_v1_core_or_sites)] v.field(3usize, "term_set", &self.term_set);
    }
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
impl rt::object::Members for TermColumn {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.allow_multiple_values.read_from(r),
            1usize => self.show_fully_qualified_name.read_from(r),
            #[cfg(msgraph_v1_core_or_sites)]
            2usize => self.parent_term.read_from(r),
            #[cfg(msgraph_v1_core_or_sites)]
            3usize => self.term_set.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.allow_multiple_values);
        w.field(1usize, &self.show_fully_qualified_name);
        #[cfg(msgraph_v1_core_or_sites)] w.field(2usize, &self.parent_term);
        #[cfg(msgraph_v1_core_or_sites)] w.field(3usize, &self.term_set);
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
rt::impl_object!(TermColumn);
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
rt::impl_setters!(
    TermColumn { with_allow_multiple_values allow_multiple_values : bool;
    with_show_fully_qualified_name show_fully_qualified_name : bool;
    #[cfg(msgraph_v1_core_or_sites)] with_parent_term parent_term : crate
    ::v1::term_store::Term; #[cfg(msgraph_v1_core_or_sites)] with_term_set term_set :
    crate ::v1::term_store::Set; }
);
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
#[cfg(feature = "serde")]
rt::impl_serde!(TermColumn);
#[cfg(msgraph_v1_device_management_or_search)]
/// A termsAndConditions entity represents the metadata and contents of a given Terms and Conditions (T&C) policy. T&C policies’ contents are presented to users upon their first attempt to enroll into Intune and subsequently upon edits where an administrator has required re-acceptance. They enable administrators to communicate the provisions to which a user must agree in order to have devices enrolled into Intune.
///
/// CSDL: `microsoft.graph.termsAndConditions`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`TermsAndConditionsPath`](requests/trait.TermsAndConditionsPath.html), what a path to one (`EntityPath<TermsAndConditions, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone)]
pub struct TermsAndConditions {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Administrator-supplied explanation of the terms and conditions, typically describing what it means to accept the terms and conditions set out in the T&C policy. This is shown to the user on prompts to accept the T&C policy.
    ///
    /// CSDL: property `acceptanceStatement`: `Edm.String`, nullable.
    pub acceptance_statement: rt::Field<::std::string::String>,
    /// Administrator-supplied body text of the terms and conditions, typically the terms themselves. This is shown to the user on prompts to accept the T&C policy.
    ///
    /// CSDL: property `bodyText`: `Edm.String`, nullable.
    pub body_text: rt::Field<::std::string::String>,
    /// DateTime the object was created.
    ///
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Administrator-supplied description of the T&C policy.
    ///
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// Administrator-supplied name for the T&C policy.
    ///
    /// CSDL: property `displayName`: `Edm.String`, not nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// DateTime the object was last modified.
    ///
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Administrator-supplied title of the terms and conditions. This is shown to the user on prompts to accept the T&C policy.
    ///
    /// CSDL: property `title`: `Edm.String`, nullable.
    pub title: rt::Field<::std::string::String>,
    /// Integer indicating the current version of the terms. Incremented when an administrator makes a change to the terms and wishes to require users to re-accept the modified T&C policy.
    ///
    /// CSDL: property `version`: `Edm.Int32`, not nullable.
    pub version: rt::Field<i32>,
    /// The list of acceptance statuses for this T&C policy.
    ///
    /// CSDL: containment navigation property `acceptanceStatuses`: `Collection(microsoft.graph.termsAndConditionsAcceptanceStatus)`, not nullable.
    pub acceptance_statuses: rt::Field<
        ::std::vec::Vec<crate::v1::TermsAndConditionsAcceptanceStatus>,
    >,
    /// The list of assignments for this T&C policy.
    ///
    /// CSDL: containment navigation property `assignments`: `Collection(microsoft.graph.termsAndConditionsAssignment)`, not nullable.
    pub assignments: rt::Field<::std::vec::Vec<crate::v1::TermsAndConditionsAssignment>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default for TermsAndConditions {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            acceptance_statement: rt::Field::Absent,
            body_text: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            title: rt::Field::Absent,
            version: rt::Field::Absent,
            acceptance_statuses: rt::Field::Absent,
            assignments: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object for TermsAndConditions {
    const TYPE_NAME: &'static str = "microsoft.graph.termsAndConditions";
    const KEYS: &'static [&'static str] = &[
        "id",
        "acceptanceStatement",
        "bodyText",
        "createdDateTime",
        "description",
        "displayName",
        "lastModifiedDateTime",
        "title",
        "version",
        "acceptanceStatuses",
        "assignments",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"acceptanceStatement\":          ",
        ",\"bodyText\":                     ",
        ",\"createdDateTime\":              ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"lastModifiedDateTime\":         ",
        ",\"title\":                        ",
        ",\"version\":                      ",
        ",\"acceptanceStatuses\":           ",
        ",\"assignments\":                  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.termsAndConditions\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "acceptance_statement", &self.acceptance_statement);
        v.field(2usize, "body_text", &self.body_text);
        v.field(3usize, "created_date_time", &self.created_date_time);
        v.field(4usize, "description", &self.description);
        v.field(5usize, "display_name", &self.display_name);
        v.field(6usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(7usize, "title", &self.title);
        v.field(8usize, "version", &self.version);
        v.field(9usize, "acceptance_statuses", &self.acceptance_statuses);
        v.field(10usize, "assignments", &self.assignments);
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members for TermsAndConditions {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.acceptance_statement.read_from(r),
            2usize => self.body_text.read_from(r),
            3usize => self.created_date_time.read_from(r),
            4usize => self.description.read_from(r),
            5usize => self.display_name.read_from(r),
            6usize => self.last_modified_date_time.read_from(r),
            7usize => self.title.read_from(r),
            8usize => self.version.read_from(r),
            9usize => self.acceptance_statuses.read_from(r),
            10usize => self.assignments.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.acceptance_statement);
        w.field(2usize, &self.body_text);
        w.field(3usize, &self.created_date_time);
        w.field(4usize, &self.description);
        w.field(5usize, &self.display_name);
        w.field(6usize, &self.last_modified_date_time);
        w.field(7usize, &self.title);
        w.field(8usize, &self.version);
        w.field(9usize, &self.acceptance_statuses);
        w.field(10usize, &self.assignments);
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
rt::impl_object!(TermsAndConditions);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    TermsAndConditions { with_id id : ::std::string::String; with_acceptance_statement
    acceptance_statement : ::std::string::String; with_body_text body_text :
    ::std::string::String; with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_description description : ::std::string::String;
    with_display_name display_name : ::std::string::String; with_last_modified_date_time
    last_modified_date_time : rt::edm::DateTimeOffset; with_title title :
    ::std::string::String; with_version version : i32; with_acceptance_statuses
    acceptance_statuses : ::std::vec::Vec < crate
    ::v1::TermsAndConditionsAcceptanceStatus >; with_assignments assignments :
    ::std::vec::Vec < crate ::v1::TermsAndConditionsAssignment >; }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(TermsAndConditions);
#[cfg(msgraph_v1_device_management_or_search)]
/// A termsAndConditionsAcceptanceStatus entity represents the acceptance status of a given Terms and Conditions (T&C) policy by a given user. Users must accept the most up-to-date version of the terms in order to retain access to the Company Portal.
///
/// CSDL: `microsoft.graph.termsAndConditionsAcceptanceStatus`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`TermsAndConditionsAcceptanceStatusPath`](requests/trait.TermsAndConditionsAcceptanceStatusPath.html), what a path to one (`EntityPath<TermsAndConditionsAcceptanceStatus, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone)]
pub struct TermsAndConditionsAcceptanceStatus {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// DateTime when the terms were last accepted by the user.
    ///
    /// CSDL: property `acceptedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub accepted_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Most recent version number of the T&C accepted by the user.
    ///
    /// CSDL: property `acceptedVersion`: `Edm.Int32`, not nullable.
    pub accepted_version: rt::Field<i32>,
    /// Display name of the user whose acceptance the entity represents.
    ///
    /// CSDL: property `userDisplayName`: `Edm.String`, nullable.
    pub user_display_name: rt::Field<::std::string::String>,
    /// The userPrincipalName of the User that accepted the term.
    ///
    /// CSDL: property `userPrincipalName`: `Edm.String`, nullable.
    pub user_principal_name: rt::Field<::std::string::String>,
    /// Navigation link to the terms and conditions that are assigned.
    ///
    /// CSDL: navigation property `termsAndConditions`: `microsoft.graph.termsAndConditions`, nullable.
    pub terms_and_conditions: rt::Field<crate::v1::TermsAndConditions>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default for TermsAndConditionsAcceptanceStatus {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            accepted_date_time: rt::Field::Absent,
            accepted_version: rt::Field::Absent,
            user_display_name: rt::Field::Absent,
            user_principal_name: rt::Field::Absent,
            terms_and_conditions: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object for TermsAndConditionsAcceptanceStatus {
    const TYPE_NAME: &'static str = "microsoft.graph.termsAndConditionsAcceptanceStatus";
    const KEYS: &'static [&'static str] = &[
        "id",
        "acceptedDateTime",
        "acceptedVersion",
        "userDisplayName",
        "userPrincipalName",
        "termsAndConditions",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"acceptedDateTime\":             ",
        ",\"acceptedVersion\":              ",
        ",\"userDisplayName\":              ",
        ",\"userPrincipalName\":            ",
        ",\"termsAndConditions\":           ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.termsAndConditionsAcceptanceStatus\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "accepted_date_time", &self.accepted_date_time);
        v.field(2usize, "accepted_version", &self.accepted_version);
        v.field(3usize, "user_display_name", &self.user_display_name);
        v.field(4usize, "user_principal_name", &self.user_principal_name);
        v.field(5usize, "terms_and_conditions", &self.terms_and_conditions);
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members for TermsAndConditionsAcceptanceStatus {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.accepted_date_time.read_from(r),
            2usize => self.accepted_version.read_from(r),
            3usize => self.user_display_name.read_from(r),
            4usize => self.user_principal_name.read_from(r),
            5usize => self.terms_and_conditions.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.accepted_date_time);
        w.field(2usize, &self.accepted_version);
        w.field(3usize, &self.user_display_name);
        w.field(4usize, &self.user_principal_name);
        w.field(5usize, &self.terms_and_conditions);
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
rt::impl_object!(TermsAndConditionsAcceptanceStatus);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    TermsAndConditionsAcceptanceStatus { with_id id : ::std::string::String;
    with_accepted_date_time accepted_date_time : rt::edm::DateTimeOffset;
    with_accepted_version accepted_version : i32; with_user_display_name
    user_display_name : ::std::string::String; with_user_principal_name
    user_principal_name : ::std::string::String; with_terms_and_conditions
    terms_and_conditions : crate ::v1::TermsAndConditions; }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(TermsAndConditionsAcceptanceStatus);
#[cfg(msgraph_v1_device_management_or_search)]
/// A termsAndConditionsAssignment entity represents the assignment of a given Terms and Conditions (T&C) policy to a given group. Users in the group will be required to accept the terms in order to have devices enrolled into Intune.
///
/// CSDL: `microsoft.graph.termsAndConditionsAssignment`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`TermsAndConditionsAssignmentPath`](requests/trait.TermsAndConditionsAssignmentPath.html), what a path to one (`EntityPath<TermsAndConditionsAssignment, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone)]
pub struct TermsAndConditionsAssignment {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Assignment target that the T&C policy is assigned to.
    ///
    /// CSDL: property `target`: `microsoft.graph.deviceAndAppManagementAssignmentTarget`, nullable.
    pub target: rt::Field<crate::v1::AnyDeviceAndAppManagementAssignmentTarget>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default for TermsAndConditionsAssignment {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            target: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object for TermsAndConditionsAssignment {
    const TYPE_NAME: &'static str = "microsoft.graph.termsAndConditionsAssignment";
    const KEYS: &'static [&'static str] = &["id", "target"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"target\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.termsAndConditionsAssignment\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "target", &self.target);
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members for TermsAndConditionsAssignment {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.target.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.target);
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
rt::impl_object!(TermsAndConditionsAssignment);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    TermsAndConditionsAssignment { with_id id : ::std::string::String; with_target target
    : crate ::v1::AnyDeviceAndAppManagementAssignmentTarget; }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(TermsAndConditionsAssignment);
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
/// CSDL: `microsoft.graph.textColumn`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-drives`, `v1-group-setting-templates` and 14 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct TextColumn {
    /// CSDL: property `allowMultipleLines`: `Edm.Boolean`, nullable.
    pub allow_multiple_lines: rt::Field<bool>,
    /// CSDL: property `appendChangesToExistingText`: `Edm.Boolean`, nullable.
    pub append_changes_to_existing_text: rt::Field<bool>,
    /// CSDL: property `linesForEditing`: `Edm.Int32`, nullable.
    pub lines_for_editing: rt::Field<i32>,
    /// CSDL: property `maxLength`: `Edm.Int32`, nullable.
    pub max_length: rt::Field<i32>,
    /// CSDL: property `textType`: `Edm.String`, nullable.
    pub text_type: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
impl ::std::default::Default for TextColumn {
    #[inline]
    fn default() -> Self {
        Self {
            allow_multiple_lines: rt::Field::Absent,
            append_changes_to_existing_text: rt::Field::Absent,
            lines_for_editing: rt::Field::Absent,
            max_length: rt::Field::Absent,
            text_type: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
impl rt::Object for TextColumn {
    const TYPE_NAME: &'static str = "microsoft.graph.textColumn";
    const KEYS: &'static [&'static str] = &[
        "allowMultipleLines",
        "appendChangesToExistingText",
        "linesForEditing",
        "maxLength",
        "textType",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"allowMultipleLines\":           ",
        ",\"appendChangesToExistingText\":  ",
        ",\"linesForEditing\":              ",
        ",\"maxLength\":                    ",
        ",\"textType\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.textColumn\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "allow_multiple_lines", &self.allow_multiple_lines);
        v.field(
            1usize,
            "append_changes_to_existing_text",
            &self.append_changes_to_existing_text,
        );
        v.field(2usize, "lines_for_editing", &self.lines_for_editing);
        v.field(3usize, "max_length", &self.max_length);
        v.field(4usize, "text_type", &self.text_type);
    }
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
impl rt::object::Members for TextColumn {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.allow_multiple_lines.read_from(r),
            1usize => self.append_changes_to_existing_text.read_from(r),
            2usize => self.lines_for_editing.read_from(r),
            3usize => self.max_length.read_from(r),
            4usize => self.text_type.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.allow_multiple_lines);
        w.field(1usize, &self.append_changes_to_existing_text);
        w.field(2usize, &self.lines_for_editing);
        w.field(3usize, &self.max_length);
        w.field(4usize, &self.text_type);
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
rt::impl_object!(TextColumn);
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
rt::impl_setters!(
    TextColumn { with_allow_multiple_lines allow_multiple_lines : bool;
    with_append_changes_to_existing_text append_changes_to_existing_text : bool;
    with_lines_for_editing lines_for_editing : i32; with_max_length max_length : i32;
    with_text_type text_type : ::std::string::String; }
);
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
#[cfg(feature = "serde")]
rt::impl_serde!(TextColumn);
#[cfg(msgraph_v1_core_or_security)]
/// CSDL: `microsoft.graph.textContent`, complex type, derived from `microsoft.graph.contentBase`.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct TextContent {
    /// CSDL: property `data`: `Edm.String`, not nullable.
    pub data: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_security)]
impl ::std::default::Default for TextContent {
    #[inline]
    fn default() -> Self {
        Self {
            data: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_security)]
impl rt::Object for TextContent {
    const TYPE_NAME: &'static str = "microsoft.graph.textContent";
    const KEYS: &'static [&'static str] = &["data"];
    const KEYS_JSON: &'static [&'static str] = &[",\"data\":                         "];
    const TAG: &'static str = "\"#microsoft.graph.textContent\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "data", &self.data);
    }
}
#[cfg(msgraph_v1_core_or_security)]
impl rt::object::Members for TextContent {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.data.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.data);
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
#[cfg(msgraph_v1_core_or_security)]
rt::impl_object!(TextContent);
#[cfg(msgraph_v1_core_or_security)]
rt::impl_setters!(TextContent { with_data data : ::std::string::String; });
#[cfg(msgraph_v1_core_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(TextContent);
#[cfg(msgraph_v1_core_or_sites)]
/// CSDL: `microsoft.graph.textWebPart`, entity type, derived from `microsoft.graph.webPart`, key `id`.
///
/// Request builders: [`WebPartPath`](requests/trait.WebPartPath.html), what a path to one (`EntityPath<TextWebPart, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct TextWebPart {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `innerHtml`: `Edm.String`, nullable.
    pub inner_html: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_sites)]
impl ::std::default::Default for TextWebPart {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            inner_html: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_sites)]
impl rt::Object for TextWebPart {
    const TYPE_NAME: &'static str = "microsoft.graph.textWebPart";
    const KEYS: &'static [&'static str] = &["id", "innerHtml"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"innerHtml\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.textWebPart\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "inner_html", &self.inner_html);
    }
}
#[cfg(msgraph_v1_core_or_sites)]
impl rt::object::Members for TextWebPart {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.inner_html.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.inner_html);
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
rt::impl_object!(TextWebPart);
#[cfg(msgraph_v1_core_or_sites)]
rt::impl_setters!(
    TextWebPart { with_id id : ::std::string::String; with_inner_html inner_html :
    ::std::string::String; }
);
#[cfg(msgraph_v1_core_or_sites)]
#[cfg(feature = "serde")]
rt::impl_serde!(TextWebPart);
#[cfg(msgraph_v1_drives_or_search)]
/// navigable
///
/// CSDL: `microsoft.graph.thumbnail`, complex type.
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct Thumbnail {
    /// CSDL: property `content`: `Edm.Stream`, nullable.
    pub content: rt::Field<rt::RawJson>,
    /// CSDL: property `height`: `Edm.Int32`, nullable.
    pub height: rt::Field<i32>,
    /// CSDL: property `sourceItemId`: `Edm.String`, nullable.
    pub source_item_id: rt::Field<::std::string::String>,
    /// CSDL: property `url`: `Edm.String`, nullable.
    pub url: rt::Field<::std::string::String>,
    /// CSDL: property `width`: `Edm.Int32`, nullable.
    pub width: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for Thumbnail {
    #[inline]
    fn default() -> Self {
        Self {
            content: rt::Field::Absent,
            height: rt::Field::Absent,
            source_item_id: rt::Field::Absent,
            url: rt::Field::Absent,
            width: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for Thumbnail {
    const TYPE_NAME: &'static str = "microsoft.graph.thumbnail";
    const KEYS: &'static [&'static str] = &[
        "content",
        "height",
        "sourceItemId",
        "url",
        "width",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"content\":                      ",
        ",\"height\":                       ",
        ",\"sourceItemId\":                 ",
        ",\"url\":                          ",
        ",\"width\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.thumbnail\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "content", &self.content);
        v.field(1usize, "height", &self.height);
        v.field(2usize, "source_item_id", &self.source_item_id);
        v.field(3usize, "url", &self.url);
        v.field(4usize, "width", &self.width);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for Thumbnail {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.content.read_from(r),
            1usize => self.height.read_from(r),
            2usize => self.source_item_id.read_from(r),
            3usize => self.url.read_from(r),
            4usize => self.width.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.content);
        w.field(1usize, &self.height);
        w.field(2usize, &self.source_item_id);
        w.field(3usize, &self.url);
        w.field(4usize, &self.width);
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
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_object!(Thumbnail);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    Thumbnail { with_content content : rt::RawJson; with_height height : i32;
    with_source_item_id source_item_id : ::std::string::String; with_url url :
    ::std::string::String; with_width width : i32; }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(Thumbnail);
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
/// CSDL: `microsoft.graph.thumbnailColumn`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-drives`, `v1-group-setting-templates` and 14 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ThumbnailColumn {
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
impl ::std::default::Default for ThumbnailColumn {
    #[inline]
    fn default() -> Self {
        Self {
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
impl rt::Object for ThumbnailColumn {
    const TYPE_NAME: &'static str = "microsoft.graph.thumbnailColumn";
    const KEYS: &'static [&'static str] = &[];
    const KEYS_JSON: &'static [&'static str] = &[];
    const TAG: &'static str = "\"#microsoft.graph.thumbnailColumn\"";
    #[inline]
    #[allow(unused_variables)]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {}
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
impl rt::object::Members for ThumbnailColumn {
    #[inline]
    #[allow(unused_variables)]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    #[allow(unused_variables)]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {}
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
rt::impl_object!(ThumbnailColumn);
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
#[cfg(feature = "serde")]
rt::impl_serde!(ThumbnailColumn);
#[cfg(msgraph_v1_drives_or_search)]
/// CSDL: `microsoft.graph.thumbnailSet`, entity type, derived from `microsoft.graph.entity`, open, key `id`.
///
/// Request builders: [`ThumbnailSetPath`](requests/trait.ThumbnailSetPath.html), what a path to one (`EntityPath<ThumbnailSet, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct ThumbnailSet {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `large`: `microsoft.graph.thumbnail`, nullable.
    pub large: rt::Field<crate::v1::Thumbnail>,
    /// CSDL: property `medium`: `microsoft.graph.thumbnail`, nullable.
    pub medium: rt::Field<crate::v1::Thumbnail>,
    /// CSDL: property `small`: `microsoft.graph.thumbnail`, nullable.
    pub small: rt::Field<crate::v1::Thumbnail>,
    /// CSDL: property `source`: `microsoft.graph.thumbnail`, nullable.
    pub source: rt::Field<crate::v1::Thumbnail>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for ThumbnailSet {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            large: rt::Field::Absent,
            medium: rt::Field::Absent,
            small: rt::Field::Absent,
            source: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for ThumbnailSet {
    const TYPE_NAME: &'static str = "microsoft.graph.thumbnailSet";
    const KEYS: &'static [&'static str] = &["id", "large", "medium", "small", "source"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"large\":                        ",
        ",\"medium\":                       ",
        ",\"small\":                        ",
        ",\"source\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.thumbnailSet\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "large", &self.large);
        v.field(2usize, "medium", &self.medium);
        v.field(3usize, "small", &self.small);
        v.field(4usize, "source", &self.source);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for ThumbnailSet {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.large.read_from(r),
            2usize => self.medium.read_from(r),
            3usize => self.small.read_from(r),
            4usize => self.source.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.large);
        w.field(2usize, &self.medium);
        w.field(3usize, &self.small);
        w.field(4usize, &self.source);
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
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_object!(ThumbnailSet);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    ThumbnailSet { with_id id : ::std::string::String; with_large large : crate
    ::v1::Thumbnail; with_medium medium : crate ::v1::Thumbnail; with_small small : crate
    ::v1::Thumbnail; with_source source : crate ::v1::Thumbnail; }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ThumbnailSet);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.timeOffDetails`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct TimeOffDetails {
    /// CSDL: property `isAllDay`: `Edm.Boolean`, not nullable.
    pub is_all_day: rt::Field<bool>,
    /// CSDL: property `subject`: `Edm.String`, nullable.
    pub subject: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for TimeOffDetails {
    #[inline]
    fn default() -> Self {
        Self {
            is_all_day: rt::Field::Absent,
            subject: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for TimeOffDetails {
    const TYPE_NAME: &'static str = "microsoft.graph.timeOffDetails";
    const KEYS: &'static [&'static str] = &["isAllDay", "subject"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"isAllDay\":                     ",
        ",\"subject\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.timeOffDetails\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "is_all_day", &self.is_all_day);
        v.field(1usize, "subject", &self.subject);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for TimeOffDetails {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.is_all_day.read_from(r),
            1usize => self.subject.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.is_all_day);
        w.field(1usize, &self.subject);
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
rt::impl_object!(TimeOffDetails);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    TimeOffDetails { with_is_all_day is_all_day : bool; with_subject subject :
    ::std::string::String; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(TimeOffDetails);
#[cfg(msgraph_v1_search_or_solutions)]
/// CSDL: `microsoft.graph.timePeriod`, complex type.
///
/// Features: `v1`, or one of `v1-search`, `v1-solutions`.
#[derive(Clone)]
pub struct TimePeriod {
    /// CSDL: property `endDateTime`: `Edm.DateTimeOffset`, nullable.
    pub end_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `startDateTime`: `Edm.DateTimeOffset`, nullable.
    pub start_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_solutions)]
impl ::std::default::Default for TimePeriod {
    #[inline]
    fn default() -> Self {
        Self {
            end_date_time: rt::Field::Absent,
            start_date_time: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::Object for TimePeriod {
    const TYPE_NAME: &'static str = "microsoft.graph.timePeriod";
    const KEYS: &'static [&'static str] = &["endDateTime", "startDateTime"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"endDateTime\":                  ",
        ",\"startDateTime\":                ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.timePeriod\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "end_date_time", &self.end_date_time);
        v.field(1usize, "start_date_time", &self.start_date_time);
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::object::Members for TimePeriod {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.end_date_time.read_from(r),
            1usize => self.start_date_time.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.end_date_time);
        w.field(1usize, &self.start_date_time);
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
#[cfg(msgraph_v1_search_or_solutions)]
rt::impl_object!(TimePeriod);
#[cfg(msgraph_v1_search_or_solutions)]
rt::impl_setters!(
    TimePeriod { with_end_date_time end_date_time : rt::edm::DateTimeOffset;
    with_start_date_time start_date_time : rt::edm::DateTimeOffset; }
);
#[cfg(msgraph_v1_search_or_solutions)]
#[cfg(feature = "serde")]
rt::impl_serde!(TimePeriod);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.timeZoneBase`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct TimeZoneBase {
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for TimeZoneBase {
    #[inline]
    fn default() -> Self {
        Self {
            name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for TimeZoneBase {
    const TYPE_NAME: &'static str = "microsoft.graph.timeZoneBase";
    const KEYS: &'static [&'static str] = &["name"];
    const KEYS_JSON: &'static [&'static str] = &[",\"name\":                         "];
    const TAG: &'static str = "\"#microsoft.graph.timeZoneBase\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "name", &self.name);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for TimeZoneBase {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.name.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.name);
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
rt::impl_object!(TimeZoneBase);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(TimeZoneBase { with_name name : ::std::string::String; });
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(TimeZoneBase);
#[cfg(msgraph_v1_core)]
/// `microsoft.graph.timeZoneBase` or any type derived from it, selected by `@odata.type` (2 types); each variant's type converts into it (`From`).
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Debug)]
pub enum AnyTimeZoneBase {
    TimeZoneBase(::std::boxed::Box<crate::v1::TimeZoneBase>),
    CustomTimeZone(::std::boxed::Box<crate::v1::CustomTimeZone>),
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for AnyTimeZoneBase {
    #[inline]
    fn default() -> Self {
        Self::TimeZoneBase(::std::default::Default::default())
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::TimeZoneBase> for AnyTimeZoneBase {
    #[inline]
    fn from(v: crate::v1::TimeZoneBase) -> Self {
        Self::TimeZoneBase(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::CustomTimeZone> for AnyTimeZoneBase {
    #[inline]
    fn from(v: crate::v1::CustomTimeZone) -> Self {
        Self::CustomTimeZone(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core)]
unsafe impl ::std::marker::Send for AnyTimeZoneBase {}
#[cfg(msgraph_v1_core)]
unsafe impl ::std::marker::Sync for AnyTimeZoneBase {}
#[cfg(msgraph_v1_core)]
impl ::std::marker::Unpin for AnyTimeZoneBase {}
#[cfg(msgraph_v1_core)]
impl ::std::panic::UnwindSafe for AnyTimeZoneBase {}
#[cfg(msgraph_v1_core)]
impl ::std::panic::RefUnwindSafe for AnyTimeZoneBase {}
#[cfg(msgraph_v1_core)]
const _: () = {
    rt::object::auto_traits::<crate::v1::TimeZoneBase>();
    rt::object::auto_traits::<crate::v1::CustomTimeZone>();
};
#[cfg(msgraph_v1_core)]
impl rt::Poly for AnyTimeZoneBase {
    const BASE_NAME: &'static str = "microsoft.graph.timeZoneBase";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some("microsoft.graph.customTimeZone") => {
                Self::CustomTimeZone(rt::object::new_boxed())
            }
            _ => Self::TimeZoneBase(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::TimeZoneBase(v) => &**v,
            Self::CustomTimeZone(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::TimeZoneBase(v) => &mut **v,
            Self::CustomTimeZone(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_v1_core)]
impl AnyTimeZoneBase {
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
    /// `name` of any variant.
    #[inline]
    pub fn name(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::TimeZoneBase(v) => &v.name,
            Self::CustomTimeZone(v) => &v.name,
        }
    }
    /// `name` of any variant.
    #[inline]
    pub fn name_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::TimeZoneBase(v) => &mut v.name,
            Self::CustomTimeZone(v) => &mut v.name,
        }
    }
}
#[cfg(msgraph_v1_core)]
rt::impl_poly!(AnyTimeZoneBase);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyTimeZoneBase);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.timeZoneInformation`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct TimeZoneInformation {
    /// CSDL: property `alias`: `Edm.String`, nullable.
    pub alias: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for TimeZoneInformation {
    #[inline]
    fn default() -> Self {
        Self {
            alias: rt::Field::Absent,
            display_name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for TimeZoneInformation {
    const TYPE_NAME: &'static str = "microsoft.graph.timeZoneInformation";
    const KEYS: &'static [&'static str] = &["alias", "displayName"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"alias\":                        ",
        ",\"displayName\":                  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.timeZoneInformation\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "alias", &self.alias);
        v.field(1usize, "display_name", &self.display_name);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for TimeZoneInformation {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.alias.read_from(r),
            1usize => self.display_name.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.alias);
        w.field(1usize, &self.display_name);
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
rt::impl_object!(TimeZoneInformation);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    TimeZoneInformation { with_alias alias : ::std::string::String; with_display_name
    display_name : ::std::string::String; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(TimeZoneInformation);
#[cfg(msgraph_v1_identity_protection_or_search)]
/// CSDL: `microsoft.graph.tokenIssuerType`, enum type.
///
/// Features: `v1`, or one of `v1-identity-protection`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum TokenIssuerType {
    /// `AzureAD` (value 0).
    AzureAd,
    /// `ADFederationServices` (value 1).
    AdFederationServices,
    /// `UnknownFutureValue` (value 2).
    UnknownFutureValue,
    /// `AzureADBackupAuth` (value 3).
    AzureAdBackupAuth,
    /// `ADFederationServicesMFAAdapter` (value 4).
    AdFederationServicesMfaAdapter,
    /// `NPSExtension` (value 5).
    NpsExtension,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_identity_protection_or_search)]
impl rt::StrEnum for TokenIssuerType {
    const TYPE_NAME: &'static str = "microsoft.graph.tokenIssuerType";
    const MEMBERS: &'static [&'static str] = &[
        "AzureAD",
        "ADFederationServices",
        "UnknownFutureValue",
        "AzureADBackupAuth",
        "ADFederationServicesMFAAdapter",
        "NPSExtension",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "AzureAD" => Self::AzureAd,
                "ADFederationServices" => Self::AdFederationServices,
                "UnknownFutureValue" => Self::UnknownFutureValue,
                "AzureADBackupAuth" => Self::AzureAdBackupAuth,
                "ADFederationServicesMFAAdapter" => Self::AdFederationServicesMfaAdapter,
                "NPSExtension" => Self::NpsExtension,
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
            Self::AzureAd => "AzureAD",
            Self::AdFederationServices => "ADFederationServices",
            Self::UnknownFutureValue => "UnknownFutureValue",
            Self::AzureAdBackupAuth => "AzureADBackupAuth",
            Self::AdFederationServicesMfaAdapter => "ADFederationServicesMFAAdapter",
            Self::NpsExtension => "NPSExtension",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_identity_protection_or_search)]
rt::impl_enum!(TokenIssuerType);
#[cfg(msgraph_v1_identity_protection_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(TokenIssuerType);
#[cfg(msgraph_v1_communications_or_search)]
/// CSDL: `microsoft.graph.tokenMeetingInfo`, complex type, derived from `microsoft.graph.meetingInfo`.
///
/// Features: `v1`, or one of `v1-communications`, `v1-search`.
#[derive(Clone)]
pub struct TokenMeetingInfo {
    /// CSDL: property `token`: `Edm.String`, not nullable.
    pub token: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_communications_or_search)]
impl ::std::default::Default for TokenMeetingInfo {
    #[inline]
    fn default() -> Self {
        Self {
            token: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_communications_or_search)]
impl rt::Object for TokenMeetingInfo {
    const TYPE_NAME: &'static str = "microsoft.graph.tokenMeetingInfo";
    const KEYS: &'static [&'static str] = &["token"];
    const KEYS_JSON: &'static [&'static str] = &[",\"token\":                        "];
    const TAG: &'static str = "\"#microsoft.graph.tokenMeetingInfo\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "token", &self.token);
    }
}
#[cfg(msgraph_v1_communications_or_search)]
impl rt::object::Members for TokenMeetingInfo {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.token.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.token);
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
rt::impl_object!(TokenMeetingInfo);
#[cfg(msgraph_v1_communications_or_search)]
rt::impl_setters!(TokenMeetingInfo { with_token token : ::std::string::String; });
#[cfg(msgraph_v1_communications_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(TokenMeetingInfo);
#[cfg(msgraph_v1_communications_or_search)]
/// CSDL: `microsoft.graph.tone`, enum type.
///
/// Features: `v1`, or one of `v1-communications`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum Tone {
    /// `tone0` (value 0).
    Tone0,
    /// `tone1` (value 1).
    Tone1,
    /// `tone2` (value 2).
    Tone2,
    /// `tone3` (value 3).
    Tone3,
    /// `tone4` (value 4).
    Tone4,
    /// `tone5` (value 5).
    Tone5,
    /// `tone6` (value 6).
    Tone6,
    /// `tone7` (value 7).
    Tone7,
    /// `tone8` (value 8).
    Tone8,
    /// `tone9` (value 9).
    Tone9,
    /// `star` (value 10).
    Star,
    /// `pound` (value 11).
    Pound,
    /// `a` (value 12).
    A,
    /// `b` (value 13).
    B,
    /// `c` (value 14).
    C,
    /// `d` (value 15).
    D,
    /// `flash` (value 16).
    Flash,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_communications_or_search)]
impl rt::StrEnum for Tone {
    const TYPE_NAME: &'static str = "microsoft.graph.tone";
    const MEMBERS: &'static [&'static str] = &[
        "tone0",
        "tone1",
        "tone2",
        "tone3",
        "tone4",
        "tone5",
        "tone6",
        "tone7",
        "tone8",
        "tone9",
        "star",
        "pound",
        "a",
        "b",
        "c",
        "d",
        "flash",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "tone0" => Self::Tone0,
                "tone1" => Self::Tone1,
                "tone2" => Self::Tone2,
                "tone3" => Self::Tone3,
                "tone4" => Self::Tone4,
                "tone5" => Self::Tone5,
                "tone6" => Self::Tone6,
                "tone7" => Self::Tone7,
                "tone8" => Self::Tone8,
                "tone9" => Self::Tone9,
                "star" => Self::Star,
                "pound" => Self::Pound,
                "a" => Self::A,
                "b" => Self::B,
                "c" => Self::C,
                "d" => Self::D,
                "flash" => Self::Flash,
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
            Self::Tone0 => "tone0",
            Self::Tone1 => "tone1",
            Self::Tone2 => "tone2",
            Self::Tone3 => "tone3",
            Self::Tone4 => "tone4",
            Self::Tone5 => "tone5",
            Self::Tone6 => "tone6",
            Self::Tone7 => "tone7",
            Self::Tone8 => "tone8",
            Self::Tone9 => "tone9",
            Self::Star => "star",
            Self::Pound => "pound",
            Self::A => "a",
            Self::B => "b",
            Self::C => "c",
            Self::D => "d",
            Self::Flash => "flash",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_communications_or_search)]
rt::impl_enum!(Tone);
#[cfg(msgraph_v1_communications_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(Tone);
#[cfg(msgraph_v1_communications_or_search)]
/// CSDL: `microsoft.graph.toneInfo`, complex type.
///
/// Features: `v1`, or one of `v1-communications`, `v1-search`.
#[derive(Clone)]
pub struct ToneInfo {
    /// CSDL: property `sequenceId`: `Edm.Int64`, not nullable.
    pub sequence_id: rt::Field<i64>,
    /// CSDL: property `tone`: `microsoft.graph.tone`, not nullable.
    pub tone: rt::Field<crate::v1::Tone>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_communications_or_search)]
impl ::std::default::Default for ToneInfo {
    #[inline]
    fn default() -> Self {
        Self {
            sequence_id: rt::Field::Absent,
            tone: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_communications_or_search)]
impl rt::Object for ToneInfo {
    const TYPE_NAME: &'static str = "microsoft.graph.toneInfo";
    const KEYS: &'static [&'static str] = &["sequenceId", "tone"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"sequenceId\":                   ",
        ",\"tone\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.toneInfo\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "sequence_id", &self.sequence_id);
        v.field(1usize, "tone", &self.tone);
    }
}
#[cfg(msgraph_v1_communications_or_search)]
impl rt::object::Members for ToneInfo {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.sequence_id.read_from(r),
            1usize => self.tone.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.sequence_id);
        w.field(1usize, &self.tone);
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
rt::impl_object!(ToneInfo);
#[cfg(msgraph_v1_communications_or_search)]
rt::impl_setters!(
    ToneInfo { with_sequence_id sequence_id : i64; with_tone tone : crate ::v1::Tone; }
);
#[cfg(msgraph_v1_communications_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ToneInfo);
