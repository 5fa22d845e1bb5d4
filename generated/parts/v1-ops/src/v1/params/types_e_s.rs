//! Items of `params` by the first letters of their types' names (`e_s`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_v1_core)]
/// Parameters of the action `microsoft.graph.accept`.
/// - `SendResponse`: `Edm.Boolean`
/// - `Comment`: `Edm.String`
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct EventAcceptParams {
    /// CSDL: property `SendResponse`: `Edm.Boolean`, nullable.
    pub send_response: rt::Field<bool>,
    /// CSDL: property `Comment`: `Edm.String`, nullable.
    pub comment: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for EventAcceptParams {
    #[inline]
    fn default() -> Self {
        Self {
            send_response: rt::Field::Absent,
            comment: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for EventAcceptParams {
    const TYPE_NAME: &'static str = "microsoft.graph.accept(microsoft.graph.event)";
    const KEYS: &'static [&'static str] = &["SendResponse", "Comment"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"SendResponse\":                 ",
        ",\"Comment\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.accept(microsoft.graph.event)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "send_response", &self.send_response);
        v.field(1usize, "comment", &self.comment);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for EventAcceptParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.send_response.read_from(r),
            1usize => self.comment.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.send_response);
        w.field(1usize, &self.comment);
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
rt::impl_object!(EventAcceptParams);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    EventAcceptParams { with_send_response send_response : bool; with_comment comment :
    ::std::string::String; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(EventAcceptParams);
#[cfg(msgraph_v1_core)]
/// Parameters of the action `microsoft.graph.cancel`.
/// - `Comment`: `Edm.String`
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct EventCancelParams {
    /// CSDL: property `Comment`: `Edm.String`, nullable.
    pub comment: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for EventCancelParams {
    #[inline]
    fn default() -> Self {
        Self {
            comment: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for EventCancelParams {
    const TYPE_NAME: &'static str = "microsoft.graph.cancel(microsoft.graph.event)";
    const KEYS: &'static [&'static str] = &["Comment"];
    const KEYS_JSON: &'static [&'static str] = &[",\"Comment\":                      "];
    const TAG: &'static str = "\"#microsoft.graph.cancel(microsoft.graph.event)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "comment", &self.comment);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for EventCancelParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.comment.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.comment);
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
rt::impl_object!(EventCancelParams);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(EventCancelParams { with_comment comment : ::std::string::String; });
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(EventCancelParams);
#[cfg(msgraph_v1_core)]
/// Parameters of the action `microsoft.graph.decline`.
/// - `ProposedNewTime`: `microsoft.graph.timeSlot`
/// - `SendResponse`: `Edm.Boolean`
/// - `Comment`: `Edm.String`
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct EventDeclineParams {
    /// CSDL: property `ProposedNewTime`: `microsoft.graph.timeSlot`, nullable.
    pub proposed_new_time: rt::Field<crate::v1::TimeSlot>,
    /// CSDL: property `SendResponse`: `Edm.Boolean`, nullable.
    pub send_response: rt::Field<bool>,
    /// CSDL: property `Comment`: `Edm.String`, nullable.
    pub comment: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for EventDeclineParams {
    #[inline]
    fn default() -> Self {
        Self {
            proposed_new_time: rt::Field::Absent,
            send_response: rt::Field::Absent,
            comment: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for EventDeclineParams {
    const TYPE_NAME: &'static str = "microsoft.graph.decline(microsoft.graph.event)";
    const KEYS: &'static [&'static str] = &[
        "ProposedNewTime",
        "SendResponse",
        "Comment",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"ProposedNewTime\":              ",
        ",\"SendResponse\":                 ",
        ",\"Comment\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.decline(microsoft.graph.event)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "proposed_new_time", &self.proposed_new_time);
        v.field(1usize, "send_response", &self.send_response);
        v.field(2usize, "comment", &self.comment);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for EventDeclineParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.proposed_new_time.read_from(r),
            1usize => self.send_response.read_from(r),
            2usize => self.comment.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.proposed_new_time);
        w.field(1usize, &self.send_response);
        w.field(2usize, &self.comment);
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
rt::impl_object!(EventDeclineParams);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    EventDeclineParams { with_proposed_new_time proposed_new_time : crate ::v1::TimeSlot;
    with_send_response send_response : bool; with_comment comment :
    ::std::string::String; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(EventDeclineParams);
#[cfg(msgraph_v1_connections_or_external_or_search)]
/// Parameters of the action `microsoft.graph.externalConnectors.addActivities`.
/// - `activities`: `Collection(microsoft.graph.externalConnectors.externalActivity)`
///
/// Features: `v1`, or one of `v1-connections`, `v1-external`, `v1-search`.
#[derive(Clone)]
pub struct ExternalItemAddActivitiesParams {
    /// CSDL: property `activities`: `Collection(microsoft.graph.externalConnectors.externalActivity)`, not nullable.
    pub activities: rt::Field<
        ::std::vec::Vec<crate::v1::external_connectors::AnyExternalActivity>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_connections_or_external_or_search)]
impl ::std::default::Default for ExternalItemAddActivitiesParams {
    #[inline]
    fn default() -> Self {
        Self {
            activities: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_connections_or_external_or_search)]
impl rt::Object for ExternalItemAddActivitiesParams {
    const TYPE_NAME: &'static str = "microsoft.graph.externalConnectors.addActivities(microsoft.graph.externalConnectors.externalItem)";
    const KEYS: &'static [&'static str] = &["activities"];
    const KEYS_JSON: &'static [&'static str] = &[",\"activities\":                   "];
    const TAG: &'static str = "\"#microsoft.graph.externalConnectors.addActivities(microsoft.graph.externalConnectors.externalItem)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "activities", &self.activities);
    }
}
#[cfg(msgraph_v1_connections_or_external_or_search)]
impl rt::object::Members for ExternalItemAddActivitiesParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.activities.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.activities);
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
#[cfg(msgraph_v1_connections_or_external_or_search)]
rt::impl_object!(ExternalItemAddActivitiesParams);
#[cfg(msgraph_v1_connections_or_external_or_search)]
rt::impl_setters!(
    ExternalItemAddActivitiesParams { with_activities activities : ::std::vec::Vec <
    crate ::v1::external_connectors::AnyExternalActivity >; }
);
#[cfg(msgraph_v1_connections_or_external_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ExternalItemAddActivitiesParams);
#[cfg(msgraph_v1_core)]
/// Parameters of the action `microsoft.graph.forward`.
/// - `ToRecipients`: `Collection(microsoft.graph.recipient)`
/// - `Comment`: `Edm.String`
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct EventForwardParams {
    /// CSDL: property `ToRecipients`: `Collection(microsoft.graph.recipient)`, nullable.
    pub to_recipients: rt::Field<::std::vec::Vec<crate::v1::AnyRecipient>>,
    /// CSDL: property `Comment`: `Edm.String`, nullable.
    pub comment: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for EventForwardParams {
    #[inline]
    fn default() -> Self {
        Self {
            to_recipients: rt::Field::Absent,
            comment: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for EventForwardParams {
    const TYPE_NAME: &'static str = "microsoft.graph.forward(microsoft.graph.event)";
    const KEYS: &'static [&'static str] = &["ToRecipients", "Comment"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"ToRecipients\":                 ",
        ",\"Comment\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.forward(microsoft.graph.event)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "to_recipients", &self.to_recipients);
        v.field(1usize, "comment", &self.comment);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for EventForwardParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.to_recipients.read_from(r),
            1usize => self.comment.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.to_recipients);
        w.field(1usize, &self.comment);
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
rt::impl_object!(EventForwardParams);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    EventForwardParams { with_to_recipients to_recipients : ::std::vec::Vec < crate
    ::v1::AnyRecipient >; with_comment comment : ::std::string::String; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(EventForwardParams);
#[cfg(msgraph_v1_search_or_security)]
/// Parameters of the action `microsoft.graph.security.applyHold`.
/// - `ids`: `Collection(Edm.String)`
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct EdiscoveryCustodianCollectionApplyHoldParams {
    /// CSDL: property `ids`: `Collection(Edm.String)`, nullable.
    pub ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for EdiscoveryCustodianCollectionApplyHoldParams {
    #[inline]
    fn default() -> Self {
        Self {
            ids: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for EdiscoveryCustodianCollectionApplyHoldParams {
    const TYPE_NAME: &'static str = "microsoft.graph.security.applyHold(Collection(microsoft.graph.security.ediscoveryCustodian))";
    const KEYS: &'static [&'static str] = &["ids"];
    const KEYS_JSON: &'static [&'static str] = &[",\"ids\":                          "];
    const TAG: &'static str = "\"#microsoft.graph.security.applyHold(Collection(microsoft.graph.security.ediscoveryCustodian))\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "ids", &self.ids);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for EdiscoveryCustodianCollectionApplyHoldParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.ids.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.ids);
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
rt::impl_object!(EdiscoveryCustodianCollectionApplyHoldParams);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    EdiscoveryCustodianCollectionApplyHoldParams { with_ids ids : ::std::vec::Vec <
    ::std::string::String >; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(EdiscoveryCustodianCollectionApplyHoldParams);
#[cfg(msgraph_v1_search_or_security)]
/// Parameters of the action `microsoft.graph.security.applyHold`.
/// - `ids`: `Collection(Edm.String)`
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct EdiscoveryNoncustodialDataSourceCollectionApplyHoldParams {
    /// CSDL: property `ids`: `Collection(Edm.String)`, nullable.
    pub ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default
for EdiscoveryNoncustodialDataSourceCollectionApplyHoldParams {
    #[inline]
    fn default() -> Self {
        Self {
            ids: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for EdiscoveryNoncustodialDataSourceCollectionApplyHoldParams {
    const TYPE_NAME: &'static str = "microsoft.graph.security.applyHold(Collection(microsoft.graph.security.ediscoveryNoncustodialDataSource))";
    const KEYS: &'static [&'static str] = &["ids"];
    const KEYS_JSON: &'static [&'static str] = &[",\"ids\":                          "];
    const TAG: &'static str = "\"#microsoft.graph.security.applyHold(Collection(microsoft.graph.security.ediscoveryNoncustodialDataSource))\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "ids", &self.ids);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for EdiscoveryNoncustodialDataSourceCollectionApplyHoldParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.ids.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.ids);
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
rt::impl_object!(EdiscoveryNoncustodialDataSourceCollectionApplyHoldParams);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    EdiscoveryNoncustodialDataSourceCollectionApplyHoldParams { with_ids ids :
    ::std::vec::Vec < ::std::string::String >; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(EdiscoveryNoncustodialDataSourceCollectionApplyHoldParams);
#[cfg(msgraph_v1_search_or_security)]
/// Parameters of the action `microsoft.graph.security.applyTags`.
/// - `tagsToAdd`: `Collection(microsoft.graph.security.ediscoveryReviewTag)`
/// - `tagsToRemove`: `Collection(microsoft.graph.security.ediscoveryReviewTag)`
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct EdiscoveryReviewSetQueryApplyTagsParams {
    /// CSDL: property `tagsToAdd`: `Collection(microsoft.graph.security.ediscoveryReviewTag)`, nullable.
    pub tags_to_add: rt::Field<
        ::std::vec::Vec<crate::v1::security::EdiscoveryReviewTag>,
    >,
    /// CSDL: property `tagsToRemove`: `Collection(microsoft.graph.security.ediscoveryReviewTag)`, nullable.
    pub tags_to_remove: rt::Field<
        ::std::vec::Vec<crate::v1::security::EdiscoveryReviewTag>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for EdiscoveryReviewSetQueryApplyTagsParams {
    #[inline]
    fn default() -> Self {
        Self {
            tags_to_add: rt::Field::Absent,
            tags_to_remove: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for EdiscoveryReviewSetQueryApplyTagsParams {
    const TYPE_NAME: &'static str = "microsoft.graph.security.applyTags(microsoft.graph.security.ediscoveryReviewSetQuery)";
    const KEYS: &'static [&'static str] = &["tagsToAdd", "tagsToRemove"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"tagsToAdd\":                    ",
        ",\"tagsToRemove\":                 ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.security.applyTags(microsoft.graph.security.ediscoveryReviewSetQuery)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "tags_to_add", &self.tags_to_add);
        v.field(1usize, "tags_to_remove", &self.tags_to_remove);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for EdiscoveryReviewSetQueryApplyTagsParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.tags_to_add.read_from(r),
            1usize => self.tags_to_remove.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.tags_to_add);
        w.field(1usize, &self.tags_to_remove);
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
rt::impl_object!(EdiscoveryReviewSetQueryApplyTagsParams);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    EdiscoveryReviewSetQueryApplyTagsParams { with_tags_to_add tags_to_add :
    ::std::vec::Vec < crate ::v1::security::EdiscoveryReviewTag >; with_tags_to_remove
    tags_to_remove : ::std::vec::Vec < crate ::v1::security::EdiscoveryReviewTag >; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(EdiscoveryReviewSetQueryApplyTagsParams);
#[cfg(msgraph_v1_search_or_security)]
/// Parameters of the action `microsoft.graph.security.export`.
/// - `outputName`: `Edm.String`
/// - `description`: `Edm.String`
/// - `exportOptions`: `microsoft.graph.security.exportOptions`
/// - `exportStructure`: `microsoft.graph.security.exportFileStructure`
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct EdiscoveryReviewSetExportParams {
    /// CSDL: property `outputName`: `Edm.String`, nullable.
    pub output_name: rt::Field<::std::string::String>,
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `exportOptions`: `microsoft.graph.security.exportOptions`, nullable.
    pub export_options: rt::Field<rt::Flags<crate::v1::security::ExportOptions>>,
    /// CSDL: property `exportStructure`: `microsoft.graph.security.exportFileStructure`, nullable.
    pub export_structure: rt::Field<crate::v1::security::ExportFileStructure>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for EdiscoveryReviewSetExportParams {
    #[inline]
    fn default() -> Self {
        Self {
            output_name: rt::Field::Absent,
            description: rt::Field::Absent,
            export_options: rt::Field::Absent,
            export_structure: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for EdiscoveryReviewSetExportParams {
    const TYPE_NAME: &'static str = "microsoft.graph.security.export(microsoft.graph.security.ediscoveryReviewSet)";
    const KEYS: &'static [&'static str] = &[
        "outputName",
        "description",
        "exportOptions",
        "exportStructure",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"outputName\":                   ",
        ",\"description\":                  ",
        ",\"exportOptions\":                ",
        ",\"exportStructure\":              ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.security.export(microsoft.graph.security.ediscoveryReviewSet)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "output_name", &self.output_name);
        v.field(1usize, "description", &self.description);
        v.field(2usize, "export_options", &self.export_options);
        v.field(3usize, "export_structure", &self.export_structure);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for EdiscoveryReviewSetExportParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.output_name.read_from(r),
            1usize => self.description.read_from(r),
            2usize => self.export_options.read_from(r),
            3usize => self.export_structure.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.output_name);
        w.field(1usize, &self.description);
        w.field(2usize, &self.export_options);
        w.field(3usize, &self.export_structure);
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
rt::impl_object!(EdiscoveryReviewSetExportParams);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    EdiscoveryReviewSetExportParams { with_output_name output_name :
    ::std::string::String; with_description description : ::std::string::String;
    with_export_options export_options : rt::Flags < crate ::v1::security::ExportOptions
    >; with_export_structure export_structure : crate
    ::v1::security::ExportFileStructure; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(EdiscoveryReviewSetExportParams);
#[cfg(msgraph_v1_search_or_security)]
/// Parameters of the action `microsoft.graph.security.export`.
/// - `outputName`: `Edm.String`
/// - `description`: `Edm.String`
/// - `exportOptions`: `microsoft.graph.security.exportOptions`
/// - `exportStructure`: `microsoft.graph.security.exportFileStructure`
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct EdiscoveryReviewSetQueryExportParams {
    /// CSDL: property `outputName`: `Edm.String`, nullable.
    pub output_name: rt::Field<::std::string::String>,
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `exportOptions`: `microsoft.graph.security.exportOptions`, nullable.
    pub export_options: rt::Field<rt::Flags<crate::v1::security::ExportOptions>>,
    /// CSDL: property `exportStructure`: `microsoft.graph.security.exportFileStructure`, nullable.
    pub export_structure: rt::Field<crate::v1::security::ExportFileStructure>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for EdiscoveryReviewSetQueryExportParams {
    #[inline]
    fn default() -> Self {
        Self {
            output_name: rt::Field::Absent,
            description: rt::Field::Absent,
            export_options: rt::Field::Absent,
            export_structure: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for EdiscoveryReviewSetQueryExportParams {
    const TYPE_NAME: &'static str = "microsoft.graph.security.export(microsoft.graph.security.ediscoveryReviewSetQuery)";
    const KEYS: &'static [&'static str] = &[
        "outputName",
        "description",
        "exportOptions",
        "exportStructure",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"outputName\":                   ",
        ",\"description\":                  ",
        ",\"exportOptions\":                ",
        ",\"exportStructure\":              ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.security.export(microsoft.graph.security.ediscoveryReviewSetQuery)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "output_name", &self.output_name);
        v.field(1usize, "description", &self.description);
        v.field(2usize, "export_options", &self.export_options);
        v.field(3usize, "export_structure", &self.export_structure);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for EdiscoveryReviewSetQueryExportParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.output_name.read_from(r),
            1usize => self.description.read_from(r),
            2usize => self.export_options.read_from(r),
            3usize => self.export_structure.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.output_name);
        w.field(1usize, &self.description);
        w.field(2usize, &self.export_options);
        w.field(3usize, &self.export_structure);
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
rt::impl_object!(EdiscoveryReviewSetQueryExportParams);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    EdiscoveryReviewSetQueryExportParams { with_output_name output_name :
    ::std::string::String; with_description description : ::std::string::String;
    with_export_options export_options : rt::Flags < crate ::v1::security::ExportOptions
    >; with_export_structure export_structure : crate
    ::v1::security::ExportFileStructure; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(EdiscoveryReviewSetQueryExportParams);
#[cfg(msgraph_v1_search_or_security)]
/// Parameters of the action `microsoft.graph.security.exportReport`.
/// - `displayName`: `Edm.String`
/// - `description`: `Edm.String`
/// - `exportCriteria`: `microsoft.graph.security.exportCriteria`
/// - `exportLocation`: `microsoft.graph.security.exportLocation`
/// - `additionalOptions`: `microsoft.graph.security.additionalOptions`
/// - `cloudAttachmentVersion`: `microsoft.graph.security.cloudAttachmentVersion`
/// - `documentVersion`: `microsoft.graph.security.documentVersion`
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct EdiscoverySearchExportReportParams {
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `exportCriteria`: `microsoft.graph.security.exportCriteria`, nullable.
    pub export_criteria: rt::Field<rt::Flags<crate::v1::security::ExportCriteria>>,
    /// CSDL: property `exportLocation`: `microsoft.graph.security.exportLocation`, nullable.
    pub export_location: rt::Field<rt::Flags<crate::v1::security::ExportLocation>>,
    /// CSDL: property `additionalOptions`: `microsoft.graph.security.additionalOptions`, nullable.
    pub additional_options: rt::Field<rt::Flags<crate::v1::security::AdditionalOptions>>,
    /// CSDL: property `cloudAttachmentVersion`: `microsoft.graph.security.cloudAttachmentVersion`, nullable.
    pub cloud_attachment_version: rt::Field<crate::v1::security::CloudAttachmentVersion>,
    /// CSDL: property `documentVersion`: `microsoft.graph.security.documentVersion`, nullable.
    pub document_version: rt::Field<crate::v1::security::DocumentVersion>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for EdiscoverySearchExportReportParams {
    #[inline]
    fn default() -> Self {
        Self {
            display_name: rt::Field::Absent,
            description: rt::Field::Absent,
            export_criteria: rt::Field::Absent,
            export_location: rt::Field::Absent,
            additional_options: rt::Field::Absent,
            cloud_attachment_version: rt::Field::Absent,
            document_version: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for EdiscoverySearchExportReportParams {
    const TYPE_NAME: &'static str = "microsoft.graph.security.exportReport(microsoft.graph.security.ediscoverySearch)";
    const KEYS: &'static [&'static str] = &[
        "displayName",
        "description",
        "exportCriteria",
        "exportLocation",
        "additionalOptions",
        "cloudAttachmentVersion",
        "documentVersion",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"displayName\":                  ",
        ",\"description\":                  ",
        ",\"exportCriteria\":               ",
        ",\"exportLocation\":               ",
        ",\"additionalOptions\":            ",
        ",\"cloudAttachmentVersion\":       ",
        ",\"documentVersion\":              ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.security.exportReport(microsoft.graph.security.ediscoverySearch)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "display_name", &self.display_name);
        v.field(1usize, "description", &self.description);
        v.field(2usize, "export_criteria", &self.export_criteria);
        v.field(3usize, "export_location", &self.export_location);
        v.field(4usize, "additional_options", &self.additional_options);
        v.field(5usize, "cloud_attachment_version", &self.cloud_attachment_version);
        v.field(6usize, "document_version", &self.document_version);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for EdiscoverySearchExportReportParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.display_name.read_from(r),
            1usize => self.description.read_from(r),
            2usize => self.export_criteria.read_from(r),
            3usize => self.export_location.read_from(r),
            4usize => self.additional_options.read_from(r),
            5usize => self.cloud_attachment_version.read_from(r),
            6usize => self.document_version.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.display_name);
        w.field(1usize, &self.description);
        w.field(2usize, &self.export_criteria);
        w.field(3usize, &self.export_location);
        w.field(4usize, &self.additional_options);
        w.field(5usize, &self.cloud_attachment_version);
        w.field(6usize, &self.document_version);
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
rt::impl_object!(EdiscoverySearchExportReportParams);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    EdiscoverySearchExportReportParams { with_display_name display_name :
    ::std::string::String; with_description description : ::std::string::String;
    with_export_criteria export_criteria : rt::Flags < crate
    ::v1::security::ExportCriteria >; with_export_location export_location : rt::Flags <
    crate ::v1::security::ExportLocation >; with_additional_options additional_options :
    rt::Flags < crate ::v1::security::AdditionalOptions >; with_cloud_attachment_version
    cloud_attachment_version : crate ::v1::security::CloudAttachmentVersion;
    with_document_version document_version : crate ::v1::security::DocumentVersion; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(EdiscoverySearchExportReportParams);
#[cfg(msgraph_v1_search_or_security)]
/// Parameters of the action `microsoft.graph.security.exportResult`.
/// - `displayName`: `Edm.String`
/// - `description`: `Edm.String`
/// - `exportCriteria`: `microsoft.graph.security.exportCriteria`
/// - `exportLocation`: `microsoft.graph.security.exportLocation`
/// - `additionalOptions`: `microsoft.graph.security.additionalOptions`
/// - `exportFormat`: `microsoft.graph.security.exportFormat`
/// - `exportSingleItems`: `Edm.Boolean`
/// - `cloudAttachmentVersion`: `microsoft.graph.security.cloudAttachmentVersion`
/// - `documentVersion`: `microsoft.graph.security.documentVersion`
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct EdiscoverySearchExportResultParams {
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `exportCriteria`: `microsoft.graph.security.exportCriteria`, nullable.
    pub export_criteria: rt::Field<rt::Flags<crate::v1::security::ExportCriteria>>,
    /// CSDL: property `exportLocation`: `microsoft.graph.security.exportLocation`, nullable.
    pub export_location: rt::Field<rt::Flags<crate::v1::security::ExportLocation>>,
    /// CSDL: property `additionalOptions`: `microsoft.graph.security.additionalOptions`, nullable.
    pub additional_options: rt::Field<rt::Flags<crate::v1::security::AdditionalOptions>>,
    /// CSDL: property `exportFormat`: `microsoft.graph.security.exportFormat`, nullable.
    pub export_format: rt::Field<crate::v1::security::ExportFormat>,
    /// CSDL: property `exportSingleItems`: `Edm.Boolean`, nullable.
    pub export_single_items: rt::Field<bool>,
    /// CSDL: property `cloudAttachmentVersion`: `microsoft.graph.security.cloudAttachmentVersion`, nullable.
    pub cloud_attachment_version: rt::Field<crate::v1::security::CloudAttachmentVersion>,
    /// CSDL: property `documentVersion`: `microsoft.graph.security.documentVersion`, nullable.
    pub document_version: rt::Field<crate::v1::security::DocumentVersion>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for EdiscoverySearchExportResultParams {
    #[inline]
    fn default() -> Self {
        Self {
            display_name: rt::Field::Absent,
            description: rt::Field::Absent,
            export_criteria: rt::Field::Absent,
            export_location: rt::Field::Absent,
            additional_options: rt::Field::Absent,
            export_format: rt::Field::Absent,
            export_single_items: rt::Field::Absent,
            cloud_attachment_version: rt::Field::Absent,
            document_version: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for EdiscoverySearchExportResultParams {
    const TYPE_NAME: &'static str = "microsoft.graph.security.exportResult(microsoft.graph.security.ediscoverySearch)";
    const KEYS: &'static [&'static str] = &[
        "displayName",
        "description",
        "exportCriteria",
        "exportLocation",
        "additionalOptions",
        "exportFormat",
        "exportSingleItems",
        "cloudAttachmentVersion",
        "documentVersion",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"displayName\":                  ",
        ",\"description\":                  ",
        ",\"exportCriteria\":               ",
        ",\"exportLocation\":               ",
        ",\"additionalOptions\":            ",
        ",\"exportFormat\":                 ",
        ",\"exportSingleItems\":            ",
        ",\"cloudAttachmentVersion\":       ",
        ",\"documentVersion\":              ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.security.exportResult(microsoft.graph.security.ediscoverySearch)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "display_name", &self.display_name);
        v.field(1usize, "description", &self.description);
        v.field(2usize, "export_criteria", &self.export_criteria);
        v.field(3usize, "export_location", &self.export_location);
        v.field(4usize, "additional_options", &self.additional_options);
        v.field(5usize, "export_format", &self.export_format);
        v.field(6usize, "export_single_items", &self.export_single_items);
        v.field(7usize, "cloud_attachment_version", &self.cloud_attachment_version);
        v.field(8usize, "document_version", &self.document_version);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for EdiscoverySearchExportResultParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.display_name.read_from(r),
            1usize => self.description.read_from(r),
            2usize => self.export_criteria.read_from(r),
            3usize => self.export_location.read_from(r),
            4usize => self.additional_options.read_from(r),
            5usize => self.export_format.read_from(r),
            6usize => self.export_single_items.read_from(r),
            7usize => self.cloud_attachment_version.read_from(r),
            8usize => self.document_version.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.display_name);
        w.field(1usize, &self.description);
        w.field(2usize, &self.export_criteria);
        w.field(3usize, &self.export_location);
        w.field(4usize, &self.additional_options);
        w.field(5usize, &self.export_format);
        w.field(6usize, &self.export_single_items);
        w.field(7usize, &self.cloud_attachment_version);
        w.field(8usize, &self.document_version);
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
rt::impl_object!(EdiscoverySearchExportResultParams);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    EdiscoverySearchExportResultParams { with_display_name display_name :
    ::std::string::String; with_description description : ::std::string::String;
    with_export_criteria export_criteria : rt::Flags < crate
    ::v1::security::ExportCriteria >; with_export_location export_location : rt::Flags <
    crate ::v1::security::ExportLocation >; with_additional_options additional_options :
    rt::Flags < crate ::v1::security::AdditionalOptions >; with_export_format
    export_format : crate ::v1::security::ExportFormat; with_export_single_items
    export_single_items : bool; with_cloud_attachment_version cloud_attachment_version :
    crate ::v1::security::CloudAttachmentVersion; with_document_version document_version
    : crate ::v1::security::DocumentVersion; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(EdiscoverySearchExportResultParams);
#[cfg(msgraph_v1_search_or_security)]
/// Parameters of the action `microsoft.graph.security.purgeData`.
/// - `purgeType`: `microsoft.graph.security.purgeType`, optional
/// - `purgeAreas`: `microsoft.graph.security.purgeAreas`, optional
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct EdiscoverySearchPurgeDataParams {
    /// CSDL: property `purgeType`: `microsoft.graph.security.purgeType`, nullable.
    pub purge_type: rt::Field<crate::v1::security::PurgeType>,
    /// CSDL: property `purgeAreas`: `microsoft.graph.security.purgeAreas`, nullable.
    pub purge_areas: rt::Field<rt::Flags<crate::v1::security::PurgeAreas>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for EdiscoverySearchPurgeDataParams {
    #[inline]
    fn default() -> Self {
        Self {
            purge_type: rt::Field::Absent,
            purge_areas: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for EdiscoverySearchPurgeDataParams {
    const TYPE_NAME: &'static str = "microsoft.graph.security.purgeData(microsoft.graph.security.ediscoverySearch)";
    const KEYS: &'static [&'static str] = &["purgeType", "purgeAreas"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"purgeType\":                    ",
        ",\"purgeAreas\":                   ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.security.purgeData(microsoft.graph.security.ediscoverySearch)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "purge_type", &self.purge_type);
        v.field(1usize, "purge_areas", &self.purge_areas);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for EdiscoverySearchPurgeDataParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.purge_type.read_from(r),
            1usize => self.purge_areas.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.purge_type);
        w.field(1usize, &self.purge_areas);
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
rt::impl_object!(EdiscoverySearchPurgeDataParams);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    EdiscoverySearchPurgeDataParams { with_purge_type purge_type : crate
    ::v1::security::PurgeType; with_purge_areas purge_areas : rt::Flags < crate
    ::v1::security::PurgeAreas >; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(EdiscoverySearchPurgeDataParams);
#[cfg(msgraph_v1_search_or_security)]
/// Parameters of the action `microsoft.graph.security.removeHold`.
/// - `ids`: `Collection(Edm.String)`
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct EdiscoveryCustodianCollectionRemoveHoldParams {
    /// CSDL: property `ids`: `Collection(Edm.String)`, nullable.
    pub ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for EdiscoveryCustodianCollectionRemoveHoldParams {
    #[inline]
    fn default() -> Self {
        Self {
            ids: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for EdiscoveryCustodianCollectionRemoveHoldParams {
    const TYPE_NAME: &'static str = "microsoft.graph.security.removeHold(Collection(microsoft.graph.security.ediscoveryCustodian))";
    const KEYS: &'static [&'static str] = &["ids"];
    const KEYS_JSON: &'static [&'static str] = &[",\"ids\":                          "];
    const TAG: &'static str = "\"#microsoft.graph.security.removeHold(Collection(microsoft.graph.security.ediscoveryCustodian))\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "ids", &self.ids);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for EdiscoveryCustodianCollectionRemoveHoldParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.ids.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.ids);
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
rt::impl_object!(EdiscoveryCustodianCollectionRemoveHoldParams);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    EdiscoveryCustodianCollectionRemoveHoldParams { with_ids ids : ::std::vec::Vec <
    ::std::string::String >; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(EdiscoveryCustodianCollectionRemoveHoldParams);
#[cfg(msgraph_v1_search_or_security)]
/// Parameters of the action `microsoft.graph.security.removeHold`.
/// - `ids`: `Collection(Edm.String)`
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct EdiscoveryNoncustodialDataSourceCollectionRemoveHoldParams {
    /// CSDL: property `ids`: `Collection(Edm.String)`, nullable.
    pub ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default
for EdiscoveryNoncustodialDataSourceCollectionRemoveHoldParams {
    #[inline]
    fn default() -> Self {
        Self {
            ids: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for EdiscoveryNoncustodialDataSourceCollectionRemoveHoldParams {
    const TYPE_NAME: &'static str = "microsoft.graph.security.removeHold(Collection(microsoft.graph.security.ediscoveryNoncustodialDataSource))";
    const KEYS: &'static [&'static str] = &["ids"];
    const KEYS_JSON: &'static [&'static str] = &[",\"ids\":                          "];
    const TAG: &'static str = "\"#microsoft.graph.security.removeHold(Collection(microsoft.graph.security.ediscoveryNoncustodialDataSource))\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "ids", &self.ids);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for EdiscoveryNoncustodialDataSourceCollectionRemoveHoldParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.ids.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.ids);
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
rt::impl_object!(EdiscoveryNoncustodialDataSourceCollectionRemoveHoldParams);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    EdiscoveryNoncustodialDataSourceCollectionRemoveHoldParams { with_ids ids :
    ::std::vec::Vec < ::std::string::String >; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(EdiscoveryNoncustodialDataSourceCollectionRemoveHoldParams);
#[cfg(msgraph_v1_core)]
/// Parameters of the action `microsoft.graph.snoozeReminder`.
/// - `NewReminderTime`: `microsoft.graph.dateTimeTimeZone`
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct EventSnoozeReminderParams {
    /// CSDL: property `NewReminderTime`: `microsoft.graph.dateTimeTimeZone`, not nullable.
    pub new_reminder_time: rt::Field<crate::v1::DateTimeTimeZone>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for EventSnoozeReminderParams {
    #[inline]
    fn default() -> Self {
        Self {
            new_reminder_time: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for EventSnoozeReminderParams {
    const TYPE_NAME: &'static str = "microsoft.graph.snoozeReminder(microsoft.graph.event)";
    const KEYS: &'static [&'static str] = &["NewReminderTime"];
    const KEYS_JSON: &'static [&'static str] = &[",\"NewReminderTime\":              "];
    const TAG: &'static str = "\"#microsoft.graph.snoozeReminder(microsoft.graph.event)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "new_reminder_time", &self.new_reminder_time);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for EventSnoozeReminderParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.new_reminder_time.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.new_reminder_time);
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
rt::impl_object!(EventSnoozeReminderParams);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    EventSnoozeReminderParams { with_new_reminder_time new_reminder_time : crate
    ::v1::DateTimeTimeZone; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(EventSnoozeReminderParams);
#[cfg(msgraph_v1_core)]
/// Parameters of the action `microsoft.graph.tentativelyAccept`.
/// - `ProposedNewTime`: `microsoft.graph.timeSlot`
/// - `SendResponse`: `Edm.Boolean`
/// - `Comment`: `Edm.String`
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct EventTentativelyAcceptParams {
    /// CSDL: property `ProposedNewTime`: `microsoft.graph.timeSlot`, nullable.
    pub proposed_new_time: rt::Field<crate::v1::TimeSlot>,
    /// CSDL: property `SendResponse`: `Edm.Boolean`, nullable.
    pub send_response: rt::Field<bool>,
    /// CSDL: property `Comment`: `Edm.String`, nullable.
    pub comment: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for EventTentativelyAcceptParams {
    #[inline]
    fn default() -> Self {
        Self {
            proposed_new_time: rt::Field::Absent,
            send_response: rt::Field::Absent,
            comment: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for EventTentativelyAcceptParams {
    const TYPE_NAME: &'static str = "microsoft.graph.tentativelyAccept(microsoft.graph.event)";
    const KEYS: &'static [&'static str] = &[
        "ProposedNewTime",
        "SendResponse",
        "Comment",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"ProposedNewTime\":              ",
        ",\"SendResponse\":                 ",
        ",\"Comment\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.tentativelyAccept(microsoft.graph.event)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "proposed_new_time", &self.proposed_new_time);
        v.field(1usize, "send_response", &self.send_response);
        v.field(2usize, "comment", &self.comment);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for EventTentativelyAcceptParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.proposed_new_time.read_from(r),
            1usize => self.send_response.read_from(r),
            2usize => self.comment.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.proposed_new_time);
        w.field(1usize, &self.send_response);
        w.field(2usize, &self.comment);
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
rt::impl_object!(EventTentativelyAcceptParams);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    EventTentativelyAcceptParams { with_proposed_new_time proposed_new_time : crate
    ::v1::TimeSlot; with_send_response send_response : bool; with_comment comment :
    ::std::string::String; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(EventTentativelyAcceptParams);
#[cfg(msgraph_v1_search_or_storage)]
/// Parameters of the action `microsoft.graph.lock`.
/// - `lockState`: `microsoft.graph.siteLockState`, optional
///
/// Features: `v1`, or one of `v1-search`, `v1-storage`.
#[derive(Clone)]
pub struct FileStorageContainerLockParams {
    /// CSDL: property `lockState`: `microsoft.graph.siteLockState`, nullable.
    pub lock_state: rt::Field<crate::v1::SiteLockState>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_storage)]
impl ::std::default::Default for FileStorageContainerLockParams {
    #[inline]
    fn default() -> Self {
        Self {
            lock_state: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_storage)]
impl rt::Object for FileStorageContainerLockParams {
    const TYPE_NAME: &'static str = "microsoft.graph.lock(microsoft.graph.fileStorageContainer)";
    const KEYS: &'static [&'static str] = &["lockState"];
    const KEYS_JSON: &'static [&'static str] = &[",\"lockState\":                    "];
    const TAG: &'static str = "\"#microsoft.graph.lock(microsoft.graph.fileStorageContainer)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "lock_state", &self.lock_state);
    }
}
#[cfg(msgraph_v1_search_or_storage)]
impl rt::object::Members for FileStorageContainerLockParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.lock_state.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.lock_state);
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
#[cfg(msgraph_v1_search_or_storage)]
rt::impl_object!(FileStorageContainerLockParams);
#[cfg(msgraph_v1_search_or_storage)]
rt::impl_setters!(
    FileStorageContainerLockParams { with_lock_state lock_state : crate
    ::v1::SiteLockState; }
);
#[cfg(msgraph_v1_search_or_storage)]
#[cfg(feature = "serde")]
rt::impl_serde!(FileStorageContainerLockParams);
#[cfg(msgraph_v1_core_or_group_lifecycle_policies)]
/// Parameters of the action `microsoft.graph.addGroup`.
/// - `groupId`: `Edm.String`
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-lifecycle-policies`, `v1-group-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct GroupLifecyclePolicyAddGroupParams {
    /// CSDL: property `groupId`: `Edm.String`, not nullable.
    pub group_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_group_lifecycle_policies)]
impl ::std::default::Default for GroupLifecyclePolicyAddGroupParams {
    #[inline]
    fn default() -> Self {
        Self {
            group_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_group_lifecycle_policies)]
impl rt::Object for GroupLifecyclePolicyAddGroupParams {
    const TYPE_NAME: &'static str = "microsoft.graph.addGroup(microsoft.graph.groupLifecyclePolicy)";
    const KEYS: &'static [&'static str] = &["groupId"];
    const KEYS_JSON: &'static [&'static str] = &[",\"groupId\":                      "];
    const TAG: &'static str = "\"#microsoft.graph.addGroup(microsoft.graph.groupLifecyclePolicy)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "group_id", &self.group_id);
    }
}
#[cfg(msgraph_v1_core_or_group_lifecycle_policies)]
impl rt::object::Members for GroupLifecyclePolicyAddGroupParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.group_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.group_id);
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
#[cfg(msgraph_v1_core_or_group_lifecycle_policies)]
rt::impl_object!(GroupLifecyclePolicyAddGroupParams);
#[cfg(msgraph_v1_core_or_group_lifecycle_policies)]
rt::impl_setters!(
    GroupLifecyclePolicyAddGroupParams { with_group_id group_id : ::std::string::String;
    }
);
#[cfg(msgraph_v1_core_or_group_lifecycle_policies)]
#[cfg(feature = "serde")]
rt::impl_serde!(GroupLifecyclePolicyAddGroupParams);
#[cfg(msgraph_v1_core)]
/// Parameters of the action `microsoft.graph.assignLicense`.
/// - `addLicenses`: `Collection(microsoft.graph.assignedLicense)`
/// - `removeLicenses`: `Collection(Edm.Guid)`
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct GroupAssignLicenseParams {
    /// CSDL: property `addLicenses`: `Collection(microsoft.graph.assignedLicense)`, not nullable.
    pub add_licenses: rt::Field<::std::vec::Vec<crate::v1::AssignedLicense>>,
    /// CSDL: property `removeLicenses`: `Collection(Edm.Guid)`, not nullable.
    pub remove_licenses: rt::Field<::std::vec::Vec<rt::edm::Guid>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for GroupAssignLicenseParams {
    #[inline]
    fn default() -> Self {
        Self {
            add_licenses: rt::Field::Absent,
            remove_licenses: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for GroupAssignLicenseParams {
    const TYPE_NAME: &'static str = "microsoft.graph.assignLicense(microsoft.graph.group)";
    const KEYS: &'static [&'static str] = &["addLicenses", "removeLicenses"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"addLicenses\":                  ",
        ",\"removeLicenses\":               ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.assignLicense(microsoft.graph.group)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "add_licenses", &self.add_licenses);
        v.field(1usize, "remove_licenses", &self.remove_licenses);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for GroupAssignLicenseParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.add_licenses.read_from(r),
            1usize => self.remove_licenses.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.add_licenses);
        w.field(1usize, &self.remove_licenses);
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
rt::impl_object!(GroupAssignLicenseParams);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    GroupAssignLicenseParams { with_add_licenses add_licenses : ::std::vec::Vec < crate
    ::v1::AssignedLicense >; with_remove_licenses remove_licenses : ::std::vec::Vec <
    rt::edm::Guid >; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(GroupAssignLicenseParams);
#[cfg(msgraph_v1_core_or_group_lifecycle_policies)]
/// Parameters of the action `microsoft.graph.removeGroup`.
/// - `groupId`: `Edm.String`
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-lifecycle-policies`, `v1-group-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct GroupLifecyclePolicyRemoveGroupParams {
    /// CSDL: property `groupId`: `Edm.String`, not nullable.
    pub group_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_group_lifecycle_policies)]
impl ::std::default::Default for GroupLifecyclePolicyRemoveGroupParams {
    #[inline]
    fn default() -> Self {
        Self {
            group_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_group_lifecycle_policies)]
impl rt::Object for GroupLifecyclePolicyRemoveGroupParams {
    const TYPE_NAME: &'static str = "microsoft.graph.removeGroup(microsoft.graph.groupLifecyclePolicy)";
    const KEYS: &'static [&'static str] = &["groupId"];
    const KEYS_JSON: &'static [&'static str] = &[",\"groupId\":                      "];
    const TAG: &'static str = "\"#microsoft.graph.removeGroup(microsoft.graph.groupLifecyclePolicy)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "group_id", &self.group_id);
    }
}
#[cfg(msgraph_v1_core_or_group_lifecycle_policies)]
impl rt::object::Members for GroupLifecyclePolicyRemoveGroupParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.group_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.group_id);
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
#[cfg(msgraph_v1_core_or_group_lifecycle_policies)]
rt::impl_object!(GroupLifecyclePolicyRemoveGroupParams);
#[cfg(msgraph_v1_core_or_group_lifecycle_policies)]
rt::impl_setters!(
    GroupLifecyclePolicyRemoveGroupParams { with_group_id group_id :
    ::std::string::String; }
);
#[cfg(msgraph_v1_core_or_group_lifecycle_policies)]
#[cfg(feature = "serde")]
rt::impl_serde!(GroupLifecyclePolicyRemoveGroupParams);
#[cfg(msgraph_v1_core)]
/// Parameters of the action `microsoft.graph.validateProperties`.
/// - `displayName`: `Edm.String`
/// - `mailNickname`: `Edm.String`
/// - `onBehalfOfUserId`: `Edm.Guid`
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct GroupValidatePropertiesParams {
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `mailNickname`: `Edm.String`, nullable.
    pub mail_nickname: rt::Field<::std::string::String>,
    /// CSDL: property `onBehalfOfUserId`: `Edm.Guid`, nullable.
    pub on_behalf_of_user_id: rt::Field<rt::edm::Guid>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for GroupValidatePropertiesParams {
    #[inline]
    fn default() -> Self {
        Self {
            display_name: rt::Field::Absent,
            mail_nickname: rt::Field::Absent,
            on_behalf_of_user_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for GroupValidatePropertiesParams {
    const TYPE_NAME: &'static str = "microsoft.graph.validateProperties(microsoft.graph.group)";
    const KEYS: &'static [&'static str] = &[
        "displayName",
        "mailNickname",
        "onBehalfOfUserId",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"displayName\":                  ",
        ",\"mailNickname\":                 ",
        ",\"onBehalfOfUserId\":             ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.validateProperties(microsoft.graph.group)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "display_name", &self.display_name);
        v.field(1usize, "mail_nickname", &self.mail_nickname);
        v.field(2usize, "on_behalf_of_user_id", &self.on_behalf_of_user_id);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for GroupValidatePropertiesParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.display_name.read_from(r),
            1usize => self.mail_nickname.read_from(r),
            2usize => self.on_behalf_of_user_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.display_name);
        w.field(1usize, &self.mail_nickname);
        w.field(2usize, &self.on_behalf_of_user_id);
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
rt::impl_object!(GroupValidatePropertiesParams);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    GroupValidatePropertiesParams { with_display_name display_name :
    ::std::string::String; with_mail_nickname mail_nickname : ::std::string::String;
    with_on_behalf_of_user_id on_behalf_of_user_id : rt::edm::Guid; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(GroupValidatePropertiesParams);
#[cfg(msgraph_v1_device_management_or_search)]
/// Parameters of the action `microsoft.graph.import`.
/// - `importedWindowsAutopilotDeviceIdentities`: `Collection(microsoft.graph.importedWindowsAutopilotDeviceIdentity)`
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone)]
pub struct ImportedWindowsAutopilotDeviceIdentityCollectionImportParams {
    /// CSDL: property `importedWindowsAutopilotDeviceIdentities`: `Collection(microsoft.graph.importedWindowsAutopilotDeviceIdentity)`, nullable.
    pub imported_windows_autopilot_device_identities: rt::Field<
        ::std::vec::Vec<crate::v1::ImportedWindowsAutopilotDeviceIdentity>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default
for ImportedWindowsAutopilotDeviceIdentityCollectionImportParams {
    #[inline]
    fn default() -> Self {
        Self {
            imported_windows_autopilot_device_identities: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object for ImportedWindowsAutopilotDeviceIdentityCollectionImportParams {
    const TYPE_NAME: &'static str = "microsoft.graph.import(Collection(microsoft.graph.importedWindowsAutopilotDeviceIdentity))";
    const KEYS: &'static [&'static str] = &["importedWindowsAutopilotDeviceIdentities"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"importedWindowsAutopilotDeviceIdentities\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.import(Collection(microsoft.graph.importedWindowsAutopilotDeviceIdentity))\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(
            0usize,
            "imported_windows_autopilot_device_identities",
            &self.imported_windows_autopilot_device_identities,
        );
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members
for ImportedWindowsAutopilotDeviceIdentityCollectionImportParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.imported_windows_autopilot_device_identities.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.imported_windows_autopilot_device_identities);
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
rt::impl_object!(ImportedWindowsAutopilotDeviceIdentityCollectionImportParams);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    ImportedWindowsAutopilotDeviceIdentityCollectionImportParams {
    with_imported_windows_autopilot_device_identities
    imported_windows_autopilot_device_identities : ::std::vec::Vec < crate
    ::v1::ImportedWindowsAutopilotDeviceIdentity >; }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ImportedWindowsAutopilotDeviceIdentityCollectionImportParams);
#[cfg(msgraph_v1_search_or_security)]
/// Parameters of the action `microsoft.graph.security.invokeAction`.
/// - `accountId`: `Edm.String`
/// - `action`: `microsoft.graph.security.action`
/// - `identityProvider`: `microsoft.graph.security.identityProvider`
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct IdentityAccountsInvokeActionParams {
    /// CSDL: property `accountId`: `Edm.String`, not nullable.
    pub account_id: rt::Field<::std::string::String>,
    /// CSDL: property `action`: `microsoft.graph.security.action`, not nullable.
    pub action: rt::Field<crate::v1::security::Action>,
    /// CSDL: property `identityProvider`: `microsoft.graph.security.identityProvider`, not nullable.
    pub identity_provider: rt::Field<crate::v1::security::IdentityProvider>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for IdentityAccountsInvokeActionParams {
    #[inline]
    fn default() -> Self {
        Self {
            account_id: rt::Field::Absent,
            action: rt::Field::Absent,
            identity_provider: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for IdentityAccountsInvokeActionParams {
    const TYPE_NAME: &'static str = "microsoft.graph.security.invokeAction(microsoft.graph.security.identityAccounts)";
    const KEYS: &'static [&'static str] = &["accountId", "action", "identityProvider"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"accountId\":                    ",
        ",\"action\":                       ",
        ",\"identityProvider\":             ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.security.invokeAction(microsoft.graph.security.identityAccounts)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "account_id", &self.account_id);
        v.field(1usize, "action", &self.action);
        v.field(2usize, "identity_provider", &self.identity_provider);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for IdentityAccountsInvokeActionParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.account_id.read_from(r),
            1usize => self.action.read_from(r),
            2usize => self.identity_provider.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.account_id);
        w.field(1usize, &self.action);
        w.field(2usize, &self.identity_provider);
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
rt::impl_object!(IdentityAccountsInvokeActionParams);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    IdentityAccountsInvokeActionParams { with_account_id account_id :
    ::std::string::String; with_action action : crate ::v1::security::Action;
    with_identity_provider identity_provider : crate ::v1::security::IdentityProvider; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(IdentityAccountsInvokeActionParams);
#[cfg(msgraph_v1_search_or_security)]
/// Parameters of the action `microsoft.graph.security.mergeIncidents`.
/// - `incidentIds`: `Collection(Edm.String)`
/// - `incidentComment`: `Edm.String`, optional
/// - `mergeReasons`: `microsoft.graph.security.correlationReason`, optional
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct IncidentCollectionMergeIncidentsParams {
    /// CSDL: property `incidentIds`: `Collection(Edm.String)`, nullable.
    pub incident_ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `incidentComment`: `Edm.String`, nullable.
    pub incident_comment: rt::Field<::std::string::String>,
    /// CSDL: property `mergeReasons`: `microsoft.graph.security.correlationReason`, nullable.
    pub merge_reasons: rt::Field<rt::Flags<crate::v1::security::CorrelationReason>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for IncidentCollectionMergeIncidentsParams {
    #[inline]
    fn default() -> Self {
        Self {
            incident_ids: rt::Field::Absent,
            incident_comment: rt::Field::Absent,
            merge_reasons: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for IncidentCollectionMergeIncidentsParams {
    const TYPE_NAME: &'static str = "microsoft.graph.security.mergeIncidents(Collection(microsoft.graph.security.incident))";
    const KEYS: &'static [&'static str] = &[
        "incidentIds",
        "incidentComment",
        "mergeReasons",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"incidentIds\":                  ",
        ",\"incidentComment\":              ",
        ",\"mergeReasons\":                 ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.security.mergeIncidents(Collection(microsoft.graph.security.incident))\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "incident_ids", &self.incident_ids);
        v.field(1usize, "incident_comment", &self.incident_comment);
        v.field(2usize, "merge_reasons", &self.merge_reasons);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for IncidentCollectionMergeIncidentsParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.incident_ids.read_from(r),
            1usize => self.incident_comment.read_from(r),
            2usize => self.merge_reasons.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.incident_ids);
        w.field(1usize, &self.incident_comment);
        w.field(2usize, &self.merge_reasons);
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
rt::impl_object!(IncidentCollectionMergeIncidentsParams);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    IncidentCollectionMergeIncidentsParams { with_incident_ids incident_ids :
    ::std::vec::Vec < ::std::string::String >; with_incident_comment incident_comment :
    ::std::string::String; with_merge_reasons merge_reasons : rt::Flags < crate
    ::v1::security::CorrelationReason >; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(IncidentCollectionMergeIncidentsParams);
#[cfg(msgraph_v1_identity_or_search)]
/// Parameters of the action `microsoft.graph.setOrder`.
/// - `newAssignmentOrder`: `microsoft.graph.assignmentOrder`
///
/// Features: `v1`, or one of `v1-identity`, `v1-search`.
#[derive(Clone)]
pub struct IdentityUserFlowAttributeAssignmentCollectionSetOrderParams {
    /// CSDL: property `newAssignmentOrder`: `microsoft.graph.assignmentOrder`, nullable.
    pub new_assignment_order: rt::Field<crate::v1::AssignmentOrder>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_or_search)]
impl ::std::default::Default
for IdentityUserFlowAttributeAssignmentCollectionSetOrderParams {
    #[inline]
    fn default() -> Self {
        Self {
            new_assignment_order: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl rt::Object for IdentityUserFlowAttributeAssignmentCollectionSetOrderParams {
    const TYPE_NAME: &'static str = "microsoft.graph.setOrder(Collection(microsoft.graph.identityUserFlowAttributeAssignment))";
    const KEYS: &'static [&'static str] = &["newAssignmentOrder"];
    const KEYS_JSON: &'static [&'static str] = &[",\"newAssignmentOrder\":           "];
    const TAG: &'static str = "\"#microsoft.graph.setOrder(Collection(microsoft.graph.identityUserFlowAttributeAssignment))\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "new_assignment_order", &self.new_assignment_order);
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl rt::object::Members
for IdentityUserFlowAttributeAssignmentCollectionSetOrderParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.new_assignment_order.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.new_assignment_order);
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
#[cfg(msgraph_v1_identity_or_search)]
rt::impl_object!(IdentityUserFlowAttributeAssignmentCollectionSetOrderParams);
#[cfg(msgraph_v1_identity_or_search)]
rt::impl_setters!(
    IdentityUserFlowAttributeAssignmentCollectionSetOrderParams {
    with_new_assignment_order new_assignment_order : crate ::v1::AssignmentOrder; }
);
#[cfg(msgraph_v1_identity_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(IdentityUserFlowAttributeAssignmentCollectionSetOrderParams);
#[cfg(msgraph_v1_identity_or_search)]
/// Parameters of the action `microsoft.graph.uploadClientCertificate`.
/// - `pkcs12Value`: `Edm.String`
/// - `password`: `Edm.String`
///
/// Features: `v1`, or one of `v1-identity`, `v1-search`.
#[derive(Clone)]
pub struct IdentityApiConnectorUploadClientCertificateParams {
    /// CSDL: property `pkcs12Value`: `Edm.String`, nullable.
    pub pkcs12_value: rt::Field<::std::string::String>,
    /// CSDL: property `password`: `Edm.String`, nullable.
    pub password: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_or_search)]
impl ::std::default::Default for IdentityApiConnectorUploadClientCertificateParams {
    #[inline]
    fn default() -> Self {
        Self {
            pkcs12_value: rt::Field::Absent,
            password: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl rt::Object for IdentityApiConnectorUploadClientCertificateParams {
    const TYPE_NAME: &'static str = "microsoft.graph.uploadClientCertificate(microsoft.graph.identityApiConnector)";
    const KEYS: &'static [&'static str] = &["pkcs12Value", "password"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"pkcs12Value\":                  ",
        ",\"password\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.uploadClientCertificate(microsoft.graph.identityApiConnector)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "pkcs12_value", &self.pkcs12_value);
        v.field(1usize, "password", &self.password);
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl rt::object::Members for IdentityApiConnectorUploadClientCertificateParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.pkcs12_value.read_from(r),
            1usize => self.password.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.pkcs12_value);
        w.field(1usize, &self.password);
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
#[cfg(msgraph_v1_identity_or_search)]
rt::impl_object!(IdentityApiConnectorUploadClientCertificateParams);
#[cfg(msgraph_v1_identity_or_search)]
rt::impl_setters!(
    IdentityApiConnectorUploadClientCertificateParams { with_pkcs12_value pkcs12_value :
    ::std::string::String; with_password password : ::std::string::String; }
);
#[cfg(msgraph_v1_identity_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(IdentityApiConnectorUploadClientCertificateParams);
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
/// Parameters of the action `microsoft.graph.createLink`.
/// - `type`: `Edm.String`
/// - `scope`: `Edm.String`
/// - `expirationDateTime`: `Edm.DateTimeOffset`
/// - `password`: `Edm.String`
/// - `message`: `Edm.String`
/// - `recipients`: `Collection(microsoft.graph.driveRecipient)`
/// - `retainInheritedPermissions`: `Edm.Boolean`
/// - `sendNotification`: `Edm.Boolean`, optional
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-drives`, `v1-group-setting-templates` and 13 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ListItemCreateLinkParams {
    /// CSDL: property `type`: `Edm.String`, nullable.
    pub type_: rt::Field<::std::string::String>,
    /// CSDL: property `scope`: `Edm.String`, nullable.
    pub scope: rt::Field<::std::string::String>,
    /// CSDL: property `expirationDateTime`: `Edm.DateTimeOffset`, nullable.
    pub expiration_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `password`: `Edm.String`, nullable.
    pub password: rt::Field<::std::string::String>,
    /// CSDL: property `message`: `Edm.String`, nullable.
    pub message: rt::Field<::std::string::String>,
    /// CSDL: property `recipients`: `Collection(microsoft.graph.driveRecipient)`, nullable.
    pub recipients: rt::Field<::std::vec::Vec<crate::v1::DriveRecipient>>,
    /// CSDL: property `retainInheritedPermissions`: `Edm.Boolean`, nullable.
    pub retain_inherited_permissions: rt::Field<bool>,
    /// CSDL: property `sendNotification`: `Edm.Boolean`, nullable.
    pub send_notification: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
impl ::std::default::Default for ListItemCreateLinkParams {
    #[inline]
    fn default() -> Self {
        Self {
            type_: rt::Field::Absent,
            scope: rt::Field::Absent,
            expiration_date_time: rt::Field::Absent,
            password: rt::Field::Absent,
            message: rt::Field::Absent,
            recipients: rt::Field::Absent,
            retain_inherited_permissions: rt::Field::Absent,
            send_notification: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
impl rt::Object for ListItemCreateLinkParams {
    const TYPE_NAME: &'static str = "microsoft.graph.createLink(microsoft.graph.listItem)";
    const KEYS: &'static [&'static str] = &[
        "type",
        "scope",
        "expirationDateTime",
        "password",
        "message",
        "recipients",
        "retainInheritedPermissions",
        "sendNotification",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"type\":                         ",
        ",\"scope\":                        ",
        ",\"expirationDateTime\":           ",
        ",\"password\":                     ",
        ",\"message\":                      ",
        ",\"recipients\":                   ",
        ",\"retainInheritedPermissions\":   ",
        ",\"sendNotification\":             ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.createLink(microsoft.graph.listItem)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "type_", &self.type_);
        v.field(1usize, "scope", &self.scope);
        v.field(2usize, "expiration_date_time", &self.expiration_date_time);
        v.field(3usize, "password", &self.password);
        v.field(4usize, "message", &self.message);
        v.field(5usize, "recipients", &self.recipients);
        v.field(
            6usize,
            "retain_inherited_permissions",
            &self.retain_inherited_permissions,
        );
        v.field(7usize, "send_notification", &self.send_notification);
    }
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
impl rt::object::Members for ListItemCreateLinkParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.type_.read_from(r),
            1usize => self.scope.read_from(r),
            2usize => self.expiration_date_time.read_from(r),
            3usize => self.password.read_from(r),
            4usize => self.message.read_from(r),
            5usize => self.recipients.read_from(r),
            6usize => self.retain_inherited_permissions.read_from(r),
            7usize => self.send_notification.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.type_);
        w.field(1usize, &self.scope);
        w.field(2usize, &self.expiration_date_time);
        w.field(3usize, &self.password);
        w.field(4usize, &self.message);
        w.field(5usize, &self.recipients);
        w.field(6usize, &self.retain_inherited_permissions);
        w.field(7usize, &self.send_notification);
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
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
rt::impl_object!(ListItemCreateLinkParams);
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
rt::impl_setters!(
    ListItemCreateLinkParams { with_type type_ : ::std::string::String; with_scope scope
    : ::std::string::String; with_expiration_date_time expiration_date_time :
    rt::edm::DateTimeOffset; with_password password : ::std::string::String; with_message
    message : ::std::string::String; with_recipients recipients : ::std::vec::Vec < crate
    ::v1::DriveRecipient >; with_retain_inherited_permissions
    retain_inherited_permissions : bool; with_send_notification send_notification : bool;
    }
);
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
#[cfg(feature = "serde")]
rt::impl_serde!(ListItemCreateLinkParams);
#[cfg(msgraph_v1_device_app_management_or_search)]
/// Parameters of the action `microsoft.graph.assign`.
/// - `assignments`: `Collection(microsoft.graph.managedDeviceMobileAppConfigurationAssignment)`
///
/// Features: `v1`, or one of `v1-device-app-management`, `v1-search`.
#[derive(Clone)]
pub struct ManagedDeviceMobileAppConfigurationAssignParams {
    /// CSDL: property `assignments`: `Collection(microsoft.graph.managedDeviceMobileAppConfigurationAssignment)`, nullable.
    pub assignments: rt::Field<
        ::std::vec::Vec<crate::v1::ManagedDeviceMobileAppConfigurationAssignment>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl ::std::default::Default for ManagedDeviceMobileAppConfigurationAssignParams {
    #[inline]
    fn default() -> Self {
        Self {
            assignments: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl rt::Object for ManagedDeviceMobileAppConfigurationAssignParams {
    const TYPE_NAME: &'static str = "microsoft.graph.assign(microsoft.graph.managedDeviceMobileAppConfiguration)";
    const KEYS: &'static [&'static str] = &["assignments"];
    const KEYS_JSON: &'static [&'static str] = &[",\"assignments\":                  "];
    const TAG: &'static str = "\"#microsoft.graph.assign(microsoft.graph.managedDeviceMobileAppConfiguration)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "assignments", &self.assignments);
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl rt::object::Members for ManagedDeviceMobileAppConfigurationAssignParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.assignments.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.assignments);
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
#[cfg(msgraph_v1_device_app_management_or_search)]
rt::impl_object!(ManagedDeviceMobileAppConfigurationAssignParams);
#[cfg(msgraph_v1_device_app_management_or_search)]
rt::impl_setters!(
    ManagedDeviceMobileAppConfigurationAssignParams { with_assignments assignments :
    ::std::vec::Vec < crate ::v1::ManagedDeviceMobileAppConfigurationAssignment >; }
);
#[cfg(msgraph_v1_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ManagedDeviceMobileAppConfigurationAssignParams);
#[cfg(msgraph_v1_device_app_management_or_search)]
/// Parameters of the action `microsoft.graph.assign`.
/// - `managedEBookAssignments`: `Collection(microsoft.graph.managedEBookAssignment)`
///
/// Features: `v1`, or one of `v1-device-app-management`, `v1-search`.
#[derive(Clone)]
pub struct ManagedEBookAssignParams {
    /// CSDL: property `managedEBookAssignments`: `Collection(microsoft.graph.managedEBookAssignment)`, nullable.
    pub managed_e_book_assignments: rt::Field<
        ::std::vec::Vec<crate::v1::AnyManagedEBookAssignment>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl ::std::default::Default for ManagedEBookAssignParams {
    #[inline]
    fn default() -> Self {
        Self {
            managed_e_book_assignments: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl rt::Object for ManagedEBookAssignParams {
    const TYPE_NAME: &'static str = "microsoft.graph.assign(microsoft.graph.managedEBook)";
    const KEYS: &'static [&'static str] = &["managedEBookAssignments"];
    const KEYS_JSON: &'static [&'static str] = &[",\"managedEBookAssignments\":      "];
    const TAG: &'static str = "\"#microsoft.graph.assign(microsoft.graph.managedEBook)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "managed_e_book_assignments", &self.managed_e_book_assignments);
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl rt::object::Members for ManagedEBookAssignParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.managed_e_book_assignments.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.managed_e_book_assignments);
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
#[cfg(msgraph_v1_device_app_management_or_search)]
rt::impl_object!(ManagedEBookAssignParams);
#[cfg(msgraph_v1_device_app_management_or_search)]
rt::impl_setters!(
    ManagedEBookAssignParams { with_managed_e_book_assignments managed_e_book_assignments
    : ::std::vec::Vec < crate ::v1::AnyManagedEBookAssignment >; }
);
#[cfg(msgraph_v1_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ManagedEBookAssignParams);
#[cfg(msgraph_v1_device_app_management_or_search)]
/// Parameters of the action `microsoft.graph.assign`.
/// - `mobileAppAssignments`: `Collection(microsoft.graph.mobileAppAssignment)`
///
/// Features: `v1`, or one of `v1-device-app-management`, `v1-search`.
#[derive(Clone)]
pub struct MobileAppAssignParams {
    /// CSDL: property `mobileAppAssignments`: `Collection(microsoft.graph.mobileAppAssignment)`, nullable.
    pub mobile_app_assignments: rt::Field<
        ::std::vec::Vec<crate::v1::MobileAppAssignment>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl ::std::default::Default for MobileAppAssignParams {
    #[inline]
    fn default() -> Self {
        Self {
            mobile_app_assignments: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl rt::Object for MobileAppAssignParams {
    const TYPE_NAME: &'static str = "microsoft.graph.assign(microsoft.graph.mobileApp)";
    const KEYS: &'static [&'static str] = &["mobileAppAssignments"];
    const KEYS_JSON: &'static [&'static str] = &[",\"mobileAppAssignments\":         "];
    const TAG: &'static str = "\"#microsoft.graph.assign(microsoft.graph.mobileApp)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "mobile_app_assignments", &self.mobile_app_assignments);
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl rt::object::Members for MobileAppAssignParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.mobile_app_assignments.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.mobile_app_assignments);
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
#[cfg(msgraph_v1_device_app_management_or_search)]
rt::impl_object!(MobileAppAssignParams);
#[cfg(msgraph_v1_device_app_management_or_search)]
rt::impl_setters!(
    MobileAppAssignParams { with_mobile_app_assignments mobile_app_assignments :
    ::std::vec::Vec < crate ::v1::MobileAppAssignment >; }
);
#[cfg(msgraph_v1_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(MobileAppAssignParams);
#[cfg(msgraph_v1_core_or_device_management)]
/// Clean Windows device
///
/// Parameters of the action `microsoft.graph.cleanWindowsDevice`.
/// - `keepUserData`: `Edm.Boolean`
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-device-management`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ManagedDeviceCleanWindowsDeviceParams {
    /// CSDL: property `keepUserData`: `Edm.Boolean`, not nullable.
    pub keep_user_data: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_device_management)]
impl ::std::default::Default for ManagedDeviceCleanWindowsDeviceParams {
    #[inline]
    fn default() -> Self {
        Self {
            keep_user_data: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_device_management)]
impl rt::Object for ManagedDeviceCleanWindowsDeviceParams {
    const TYPE_NAME: &'static str = "microsoft.graph.cleanWindowsDevice(microsoft.graph.managedDevice)";
    const KEYS: &'static [&'static str] = &["keepUserData"];
    const KEYS_JSON: &'static [&'static str] = &[",\"keepUserData\":                 "];
    const TAG: &'static str = "\"#microsoft.graph.cleanWindowsDevice(microsoft.graph.managedDevice)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "keep_user_data", &self.keep_user_data);
    }
}
#[cfg(msgraph_v1_core_or_device_management)]
impl rt::object::Members for ManagedDeviceCleanWindowsDeviceParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.keep_user_data.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.keep_user_data);
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
rt::impl_object!(ManagedDeviceCleanWindowsDeviceParams);
#[cfg(msgraph_v1_core_or_device_management)]
rt::impl_setters!(
    ManagedDeviceCleanWindowsDeviceParams { with_keep_user_data keep_user_data : bool; }
);
#[cfg(msgraph_v1_core_or_device_management)]
#[cfg(feature = "serde")]
rt::impl_serde!(ManagedDeviceCleanWindowsDeviceParams);
#[cfg(msgraph_v1_device_app_management_or_search)]
/// Commits a file of a given app.
///
/// Parameters of the action `microsoft.graph.commit`.
/// - `fileEncryptionInfo`: `microsoft.graph.fileEncryptionInfo`
///
/// Features: `v1`, or one of `v1-device-app-management`, `v1-search`.
#[derive(Clone)]
pub struct MobileAppContentFileCommitParams {
    /// CSDL: property `fileEncryptionInfo`: `microsoft.graph.fileEncryptionInfo`, nullable.
    pub file_encryption_info: rt::Field<crate::v1::FileEncryptionInfo>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl ::std::default::Default for MobileAppContentFileCommitParams {
    #[inline]
    fn default() -> Self {
        Self {
            file_encryption_info: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl rt::Object for MobileAppContentFileCommitParams {
    const TYPE_NAME: &'static str = "microsoft.graph.commit(microsoft.graph.mobileAppContentFile)";
    const KEYS: &'static [&'static str] = &["fileEncryptionInfo"];
    const KEYS_JSON: &'static [&'static str] = &[",\"fileEncryptionInfo\":           "];
    const TAG: &'static str = "\"#microsoft.graph.commit(microsoft.graph.mobileAppContentFile)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "file_encryption_info", &self.file_encryption_info);
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl rt::object::Members for MobileAppContentFileCommitParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.file_encryption_info.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.file_encryption_info);
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
#[cfg(msgraph_v1_device_app_management_or_search)]
rt::impl_object!(MobileAppContentFileCommitParams);
#[cfg(msgraph_v1_device_app_management_or_search)]
rt::impl_setters!(
    MobileAppContentFileCommitParams { with_file_encryption_info file_encryption_info :
    crate ::v1::FileEncryptionInfo; }
);
#[cfg(msgraph_v1_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(MobileAppContentFileCommitParams);
#[cfg(msgraph_v1_core)]
/// Parameters of the action `microsoft.graph.copy`.
/// - `DestinationId`: `Edm.String`
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct MailFolderCopyParams {
    /// CSDL: property `DestinationId`: `Edm.String`, not nullable.
    pub destination_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for MailFolderCopyParams {
    #[inline]
    fn default() -> Self {
        Self {
            destination_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for MailFolderCopyParams {
    const TYPE_NAME: &'static str = "microsoft.graph.copy(microsoft.graph.mailFolder)";
    const KEYS: &'static [&'static str] = &["DestinationId"];
    const KEYS_JSON: &'static [&'static str] = &[",\"DestinationId\":                "];
    const TAG: &'static str = "\"#microsoft.graph.copy(microsoft.graph.mailFolder)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "destination_id", &self.destination_id);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for MailFolderCopyParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.destination_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.destination_id);
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
rt::impl_object!(MailFolderCopyParams);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    MailFolderCopyParams { with_destination_id destination_id : ::std::string::String; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(MailFolderCopyParams);
#[cfg(msgraph_v1_core)]
/// Parameters of the action `microsoft.graph.copy`.
/// - `DestinationId`: `Edm.String`
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct MessageCopyParams {
    /// CSDL: property `DestinationId`: `Edm.String`, not nullable.
    pub destination_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for MessageCopyParams {
    #[inline]
    fn default() -> Self {
        Self {
            destination_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for MessageCopyParams {
    const TYPE_NAME: &'static str = "microsoft.graph.copy(microsoft.graph.message)";
    const KEYS: &'static [&'static str] = &["DestinationId"];
    const KEYS_JSON: &'static [&'static str] = &[",\"DestinationId\":                "];
    const TAG: &'static str = "\"#microsoft.graph.copy(microsoft.graph.message)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "destination_id", &self.destination_id);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for MessageCopyParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.destination_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.destination_id);
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
rt::impl_object!(MessageCopyParams);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    MessageCopyParams { with_destination_id destination_id : ::std::string::String; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(MessageCopyParams);
#[cfg(msgraph_v1_core)]
/// Parameters of the action `microsoft.graph.createForward`.
/// - `ToRecipients`: `Collection(microsoft.graph.recipient)`
/// - `Message`: `microsoft.graph.message`
/// - `Comment`: `Edm.String`
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct MessageCreateForwardParams {
    /// CSDL: property `ToRecipients`: `Collection(microsoft.graph.recipient)`, nullable.
    pub to_recipients: rt::Field<::std::vec::Vec<crate::v1::AnyRecipient>>,
    /// CSDL: property `Message`: `microsoft.graph.message`, nullable.
    pub message: rt::Field<crate::v1::AnyMessage>,
    /// CSDL: property `Comment`: `Edm.String`, nullable.
    pub comment: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for MessageCreateForwardParams {
    #[inline]
    fn default() -> Self {
        Self {
            to_recipients: rt::Field::Absent,
            message: rt::Field::Absent,
            comment: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for MessageCreateForwardParams {
    const TYPE_NAME: &'static str = "microsoft.graph.createForward(microsoft.graph.message)";
    const KEYS: &'static [&'static str] = &["ToRecipients", "Message", "Comment"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"ToRecipients\":                 ",
        ",\"Message\":                      ",
        ",\"Comment\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.createForward(microsoft.graph.message)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "to_recipients", &self.to_recipients);
        v.field(1usize, "message", &self.message);
        v.field(2usize, "comment", &self.comment);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for MessageCreateForwardParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.to_recipients.read_from(r),
            1usize => self.message.read_from(r),
            2usize => self.comment.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.to_recipients);
        w.field(1usize, &self.message);
        w.field(2usize, &self.comment);
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
rt::impl_object!(MessageCreateForwardParams);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    MessageCreateForwardParams { with_to_recipients to_recipients : ::std::vec::Vec <
    crate ::v1::AnyRecipient >; with_message message : crate ::v1::AnyMessage;
    with_comment comment : ::std::string::String; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(MessageCreateForwardParams);
#[cfg(msgraph_v1_core)]
/// Parameters of the action `microsoft.graph.createReply`.
/// - `Message`: `microsoft.graph.message`
/// - `Comment`: `Edm.String`
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct MessageCreateReplyParams {
    /// CSDL: property `Message`: `microsoft.graph.message`, nullable.
    pub message: rt::Field<crate::v1::AnyMessage>,
    /// CSDL: property `Comment`: `Edm.String`, nullable.
    pub comment: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for MessageCreateReplyParams {
    #[inline]
    fn default() -> Self {
        Self {
            message: rt::Field::Absent,
            comment: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for MessageCreateReplyParams {
    const TYPE_NAME: &'static str = "microsoft.graph.createReply(microsoft.graph.message)";
    const KEYS: &'static [&'static str] = &["Message", "Comment"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"Message\":                      ",
        ",\"Comment\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.createReply(microsoft.graph.message)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "message", &self.message);
        v.field(1usize, "comment", &self.comment);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for MessageCreateReplyParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.message.read_from(r),
            1usize => self.comment.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.message);
        w.field(1usize, &self.comment);
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
rt::impl_object!(MessageCreateReplyParams);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    MessageCreateReplyParams { with_message message : crate ::v1::AnyMessage;
    with_comment comment : ::std::string::String; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(MessageCreateReplyParams);
#[cfg(msgraph_v1_core)]
/// Parameters of the action `microsoft.graph.createReplyAll`.
/// - `Message`: `microsoft.graph.message`
/// - `Comment`: `Edm.String`
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct MessageCreateReplyAllParams {
    /// CSDL: property `Message`: `microsoft.graph.message`, nullable.
    pub message: rt::Field<crate::v1::AnyMessage>,
    /// CSDL: property `Comment`: `Edm.String`, nullable.
    pub comment: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for MessageCreateReplyAllParams {
    #[inline]
    fn default() -> Self {
        Self {
            message: rt::Field::Absent,
            comment: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for MessageCreateReplyAllParams {
    const TYPE_NAME: &'static str = "microsoft.graph.createReplyAll(microsoft.graph.message)";
    const KEYS: &'static [&'static str] = &["Message", "Comment"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"Message\":                      ",
        ",\"Comment\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.createReplyAll(microsoft.graph.message)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "message", &self.message);
        v.field(1usize, "comment", &self.comment);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for MessageCreateReplyAllParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.message.read_from(r),
            1usize => self.comment.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.message);
        w.field(1usize, &self.comment);
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
rt::impl_object!(MessageCreateReplyAllParams);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    MessageCreateReplyAllParams { with_message message : crate ::v1::AnyMessage;
    with_comment comment : ::std::string::String; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(MessageCreateReplyAllParams);
#[cfg(msgraph_v1_core_or_device_management)]
/// Delete user from shared Apple device
///
/// Parameters of the action `microsoft.graph.deleteUserFromSharedAppleDevice`.
/// - `userPrincipalName`: `Edm.String`
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-device-management`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ManagedDeviceDeleteUserFromSharedAppleDeviceParams {
    /// CSDL: property `userPrincipalName`: `Edm.String`, nullable.
    pub user_principal_name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_device_management)]
impl ::std::default::Default for ManagedDeviceDeleteUserFromSharedAppleDeviceParams {
    #[inline]
    fn default() -> Self {
        Self {
            user_principal_name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_device_management)]
impl rt::Object for ManagedDeviceDeleteUserFromSharedAppleDeviceParams {
    const TYPE_NAME: &'static str = "microsoft.graph.deleteUserFromSharedAppleDevice(microsoft.graph.managedDevice)";
    const KEYS: &'static [&'static str] = &["userPrincipalName"];
    const KEYS_JSON: &'static [&'static str] = &[",\"userPrincipalName\":            "];
    const TAG: &'static str = "\"#microsoft.graph.deleteUserFromSharedAppleDevice(microsoft.graph.managedDevice)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "user_principal_name", &self.user_principal_name);
    }
}
#[cfg(msgraph_v1_core_or_device_management)]
impl rt::object::Members for ManagedDeviceDeleteUserFromSharedAppleDeviceParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.user_principal_name.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.user_principal_name);
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
rt::impl_object!(ManagedDeviceDeleteUserFromSharedAppleDeviceParams);
#[cfg(msgraph_v1_core_or_device_management)]
rt::impl_setters!(
    ManagedDeviceDeleteUserFromSharedAppleDeviceParams { with_user_principal_name
    user_principal_name : ::std::string::String; }
);
#[cfg(msgraph_v1_core_or_device_management)]
#[cfg(feature = "serde")]
rt::impl_serde!(ManagedDeviceDeleteUserFromSharedAppleDeviceParams);
#[cfg(msgraph_v1_core)]
/// Parameters of the action `microsoft.graph.exportItems`.
/// - `ItemIds`: `Collection(Edm.String)`
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct MailboxExportItemsParams {
    /// CSDL: property `ItemIds`: `Collection(Edm.String)`, not nullable.
    pub item_ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for MailboxExportItemsParams {
    #[inline]
    fn default() -> Self {
        Self {
            item_ids: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for MailboxExportItemsParams {
    const TYPE_NAME: &'static str = "microsoft.graph.exportItems(microsoft.graph.mailbox)";
    const KEYS: &'static [&'static str] = &["ItemIds"];
    const KEYS_JSON: &'static [&'static str] = &[",\"ItemIds\":                      "];
    const TAG: &'static str = "\"#microsoft.graph.exportItems(microsoft.graph.mailbox)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "item_ids", &self.item_ids);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for MailboxExportItemsParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.item_ids.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.item_ids);
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
rt::impl_object!(MailboxExportItemsParams);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    MailboxExportItemsParams { with_item_ids item_ids : ::std::vec::Vec <
    ::std::string::String >; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(MailboxExportItemsParams);
#[cfg(msgraph_v1_core)]
/// Parameters of the action `microsoft.graph.forward`.
/// - `ToRecipients`: `Collection(microsoft.graph.recipient)`
/// - `Message`: `microsoft.graph.message`
/// - `Comment`: `Edm.String`
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct MessageForwardParams {
    /// CSDL: property `ToRecipients`: `Collection(microsoft.graph.recipient)`, nullable.
    pub to_recipients: rt::Field<::std::vec::Vec<crate::v1::AnyRecipient>>,
    /// CSDL: property `Message`: `microsoft.graph.message`, nullable.
    pub message: rt::Field<crate::v1::AnyMessage>,
    /// CSDL: property `Comment`: `Edm.String`, nullable.
    pub comment: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for MessageForwardParams {
    #[inline]
    fn default() -> Self {
        Self {
            to_recipients: rt::Field::Absent,
            message: rt::Field::Absent,
            comment: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for MessageForwardParams {
    const TYPE_NAME: &'static str = "microsoft.graph.forward(microsoft.graph.message)";
    const KEYS: &'static [&'static str] = &["ToRecipients", "Message", "Comment"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"ToRecipients\":                 ",
        ",\"Message\":                      ",
        ",\"Comment\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.forward(microsoft.graph.message)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "to_recipients", &self.to_recipients);
        v.field(1usize, "message", &self.message);
        v.field(2usize, "comment", &self.comment);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for MessageForwardParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.to_recipients.read_from(r),
            1usize => self.message.read_from(r),
            2usize => self.comment.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.to_recipients);
        w.field(1usize, &self.message);
        w.field(2usize, &self.comment);
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
rt::impl_object!(MessageForwardParams);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    MessageForwardParams { with_to_recipients to_recipients : ::std::vec::Vec < crate
    ::v1::AnyRecipient >; with_message message : crate ::v1::AnyMessage; with_comment
    comment : ::std::string::String; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(MessageForwardParams);
#[cfg(msgraph_v1_core)]
/// Parameters of the action `microsoft.graph.move`.
/// - `DestinationId`: `Edm.String`
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct MailFolderMoveParams {
    /// CSDL: property `DestinationId`: `Edm.String`, not nullable.
    pub destination_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for MailFolderMoveParams {
    #[inline]
    fn default() -> Self {
        Self {
            destination_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for MailFolderMoveParams {
    const TYPE_NAME: &'static str = "microsoft.graph.move(microsoft.graph.mailFolder)";
    const KEYS: &'static [&'static str] = &["DestinationId"];
    const KEYS_JSON: &'static [&'static str] = &[",\"DestinationId\":                "];
    const TAG: &'static str = "\"#microsoft.graph.move(microsoft.graph.mailFolder)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "destination_id", &self.destination_id);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for MailFolderMoveParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.destination_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.destination_id);
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
rt::impl_object!(MailFolderMoveParams);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    MailFolderMoveParams { with_destination_id destination_id : ::std::string::String; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(MailFolderMoveParams);
#[cfg(msgraph_v1_core)]
/// Parameters of the action `microsoft.graph.move`.
/// - `DestinationId`: `Edm.String`
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct MessageMoveParams {
    /// CSDL: property `DestinationId`: `Edm.String`, not nullable.
    pub destination_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for MessageMoveParams {
    #[inline]
    fn default() -> Self {
        Self {
            destination_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for MessageMoveParams {
    const TYPE_NAME: &'static str = "microsoft.graph.move(microsoft.graph.message)";
    const KEYS: &'static [&'static str] = &["DestinationId"];
    const KEYS_JSON: &'static [&'static str] = &[",\"DestinationId\":                "];
    const TAG: &'static str = "\"#microsoft.graph.move(microsoft.graph.message)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "destination_id", &self.destination_id);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for MessageMoveParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.destination_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.destination_id);
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
rt::impl_object!(MessageMoveParams);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    MessageMoveParams { with_destination_id destination_id : ::std::string::String; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(MessageMoveParams);
#[cfg(msgraph_v1_core)]
/// Parameters of the action `microsoft.graph.reply`.
/// - `Message`: `microsoft.graph.message`
/// - `Comment`: `Edm.String`
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct MessageReplyParams {
    /// CSDL: property `Message`: `microsoft.graph.message`, nullable.
    pub message: rt::Field<crate::v1::AnyMessage>,
    /// CSDL: property `Comment`: `Edm.String`, nullable.
    pub comment: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for MessageReplyParams {
    #[inline]
    fn default() -> Self {
        Self {
            message: rt::Field::Absent,
            comment: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for MessageReplyParams {
    const TYPE_NAME: &'static str = "microsoft.graph.reply(microsoft.graph.message)";
    const KEYS: &'static [&'static str] = &["Message", "Comment"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"Message\":                      ",
        ",\"Comment\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.reply(microsoft.graph.message)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "message", &self.message);
        v.field(1usize, "comment", &self.comment);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for MessageReplyParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.message.read_from(r),
            1usize => self.comment.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.message);
        w.field(1usize, &self.comment);
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
rt::impl_object!(MessageReplyParams);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    MessageReplyParams { with_message message : crate ::v1::AnyMessage; with_comment
    comment : ::std::string::String; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(MessageReplyParams);
#[cfg(msgraph_v1_core)]
/// Parameters of the action `microsoft.graph.replyAll`.
/// - `Message`: `microsoft.graph.message`
/// - `Comment`: `Edm.String`
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct MessageReplyAllParams {
    /// CSDL: property `Message`: `microsoft.graph.message`, nullable.
    pub message: rt::Field<crate::v1::AnyMessage>,
    /// CSDL: property `Comment`: `Edm.String`, nullable.
    pub comment: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for MessageReplyAllParams {
    #[inline]
    fn default() -> Self {
        Self {
            message: rt::Field::Absent,
            comment: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for MessageReplyAllParams {
    const TYPE_NAME: &'static str = "microsoft.graph.replyAll(microsoft.graph.message)";
    const KEYS: &'static [&'static str] = &["Message", "Comment"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"Message\":                      ",
        ",\"Comment\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.replyAll(microsoft.graph.message)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "message", &self.message);
        v.field(1usize, "comment", &self.comment);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for MessageReplyAllParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.message.read_from(r),
            1usize => self.comment.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.message);
        w.field(1usize, &self.comment);
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
rt::impl_object!(MessageReplyAllParams);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    MessageReplyAllParams { with_message message : crate ::v1::AnyMessage; with_comment
    comment : ::std::string::String; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(MessageReplyAllParams);
#[cfg(msgraph_v1_core_or_device_app_management)]
/// Parameters of the action `microsoft.graph.targetApps`.
/// - `apps`: `Collection(microsoft.graph.managedMobileApp)`
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-device-app-management`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ManagedAppPolicyTargetAppsParams {
    /// CSDL: property `apps`: `Collection(microsoft.graph.managedMobileApp)`, nullable.
    pub apps: rt::Field<::std::vec::Vec<crate::v1::ManagedMobileApp>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_device_app_management)]
impl ::std::default::Default for ManagedAppPolicyTargetAppsParams {
    #[inline]
    fn default() -> Self {
        Self {
            apps: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_device_app_management)]
impl rt::Object for ManagedAppPolicyTargetAppsParams {
    const TYPE_NAME: &'static str = "microsoft.graph.targetApps(microsoft.graph.managedAppPolicy)";
    const KEYS: &'static [&'static str] = &["apps"];
    const KEYS_JSON: &'static [&'static str] = &[",\"apps\":                         "];
    const TAG: &'static str = "\"#microsoft.graph.targetApps(microsoft.graph.managedAppPolicy)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "apps", &self.apps);
    }
}
#[cfg(msgraph_v1_core_or_device_app_management)]
impl rt::object::Members for ManagedAppPolicyTargetAppsParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.apps.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.apps);
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
#[cfg(msgraph_v1_core_or_device_app_management)]
rt::impl_object!(ManagedAppPolicyTargetAppsParams);
#[cfg(msgraph_v1_core_or_device_app_management)]
rt::impl_setters!(
    ManagedAppPolicyTargetAppsParams { with_apps apps : ::std::vec::Vec < crate
    ::v1::ManagedMobileApp >; }
);
#[cfg(msgraph_v1_core_or_device_app_management)]
#[cfg(feature = "serde")]
rt::impl_serde!(ManagedAppPolicyTargetAppsParams);
#[cfg(msgraph_v1_core_or_device_app_management)]
/// Parameters of the action `microsoft.graph.targetApps`.
/// - `apps`: `Collection(microsoft.graph.managedMobileApp)`
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-device-app-management`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ManagedAppProtectionTargetAppsParams {
    /// CSDL: property `apps`: `Collection(microsoft.graph.managedMobileApp)`, nullable.
    pub apps: rt::Field<::std::vec::Vec<crate::v1::ManagedMobileApp>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_device_app_management)]
impl ::std::default::Default for ManagedAppProtectionTargetAppsParams {
    #[inline]
    fn default() -> Self {
        Self {
            apps: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_device_app_management)]
impl rt::Object for ManagedAppProtectionTargetAppsParams {
    const TYPE_NAME: &'static str = "microsoft.graph.targetApps(microsoft.graph.managedAppProtection)";
    const KEYS: &'static [&'static str] = &["apps"];
    const KEYS_JSON: &'static [&'static str] = &[",\"apps\":                         "];
    const TAG: &'static str = "\"#microsoft.graph.targetApps(microsoft.graph.managedAppProtection)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "apps", &self.apps);
    }
}
#[cfg(msgraph_v1_core_or_device_app_management)]
impl rt::object::Members for ManagedAppProtectionTargetAppsParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.apps.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.apps);
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
#[cfg(msgraph_v1_core_or_device_app_management)]
rt::impl_object!(ManagedAppProtectionTargetAppsParams);
#[cfg(msgraph_v1_core_or_device_app_management)]
rt::impl_setters!(
    ManagedAppProtectionTargetAppsParams { with_apps apps : ::std::vec::Vec < crate
    ::v1::ManagedMobileApp >; }
);
#[cfg(msgraph_v1_core_or_device_app_management)]
#[cfg(feature = "serde")]
rt::impl_serde!(ManagedAppProtectionTargetAppsParams);
#[cfg(msgraph_v1_core_or_device_management)]
/// Parameters of the action `microsoft.graph.updateWindowsDeviceAccount`.
/// - `updateWindowsDeviceAccountActionParameter`: `microsoft.graph.updateWindowsDeviceAccountActionParameter`
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-device-management`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ManagedDeviceUpdateWindowsDeviceAccountParams {
    /// CSDL: property `updateWindowsDeviceAccountActionParameter`: `microsoft.graph.updateWindowsDeviceAccountActionParameter`, nullable.
    pub update_windows_device_account_action_parameter: rt::Field<
        crate::v1::UpdateWindowsDeviceAccountActionParameter,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_device_management)]
impl ::std::default::Default for ManagedDeviceUpdateWindowsDeviceAccountParams {
    #[inline]
    fn default() -> Self {
        Self {
            update_windows_device_account_action_parameter: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_device_management)]
impl rt::Object for ManagedDeviceUpdateWindowsDeviceAccountParams {
    const TYPE_NAME: &'static str = "microsoft.graph.updateWindowsDeviceAccount(microsoft.graph.managedDevice)";
    const KEYS: &'static [&'static str] = &["updateWindowsDeviceAccountActionParameter"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"updateWindowsDeviceAccountActionParameter\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.updateWindowsDeviceAccount(microsoft.graph.managedDevice)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(
            0usize,
            "update_windows_device_account_action_parameter",
            &self.update_windows_device_account_action_parameter,
        );
    }
}
#[cfg(msgraph_v1_core_or_device_management)]
impl rt::object::Members for ManagedDeviceUpdateWindowsDeviceAccountParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.update_windows_device_account_action_parameter.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.update_windows_device_account_action_parameter);
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
rt::impl_object!(ManagedDeviceUpdateWindowsDeviceAccountParams);
#[cfg(msgraph_v1_core_or_device_management)]
rt::impl_setters!(
    ManagedDeviceUpdateWindowsDeviceAccountParams {
    with_update_windows_device_account_action_parameter
    update_windows_device_account_action_parameter : crate
    ::v1::UpdateWindowsDeviceAccountActionParameter; }
);
#[cfg(msgraph_v1_core_or_device_management)]
#[cfg(feature = "serde")]
rt::impl_serde!(ManagedDeviceUpdateWindowsDeviceAccountParams);
#[cfg(msgraph_v1_core_or_device_management)]
/// Parameters of the action `microsoft.graph.windowsDefenderScan`.
/// - `quickScan`: `Edm.Boolean`
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-device-management`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ManagedDeviceWindowsDefenderScanParams {
    /// CSDL: property `quickScan`: `Edm.Boolean`, not nullable.
    pub quick_scan: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_device_management)]
impl ::std::default::Default for ManagedDeviceWindowsDefenderScanParams {
    #[inline]
    fn default() -> Self {
        Self {
            quick_scan: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_device_management)]
impl rt::Object for ManagedDeviceWindowsDefenderScanParams {
    const TYPE_NAME: &'static str = "microsoft.graph.windowsDefenderScan(microsoft.graph.managedDevice)";
    const KEYS: &'static [&'static str] = &["quickScan"];
    const KEYS_JSON: &'static [&'static str] = &[",\"quickScan\":                    "];
    const TAG: &'static str = "\"#microsoft.graph.windowsDefenderScan(microsoft.graph.managedDevice)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "quick_scan", &self.quick_scan);
    }
}
#[cfg(msgraph_v1_core_or_device_management)]
impl rt::object::Members for ManagedDeviceWindowsDefenderScanParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.quick_scan.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.quick_scan);
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
rt::impl_object!(ManagedDeviceWindowsDefenderScanParams);
#[cfg(msgraph_v1_core_or_device_management)]
rt::impl_setters!(
    ManagedDeviceWindowsDefenderScanParams { with_quick_scan quick_scan : bool; }
);
#[cfg(msgraph_v1_core_or_device_management)]
#[cfg(feature = "serde")]
rt::impl_serde!(ManagedDeviceWindowsDefenderScanParams);
#[cfg(msgraph_v1_core_or_device_management)]
/// Wipe a device
///
/// Parameters of the action `microsoft.graph.wipe`.
/// - `keepEnrollmentData`: `Edm.Boolean`
/// - `keepUserData`: `Edm.Boolean`
/// - `macOsUnlockCode`: `Edm.String`
/// - `persistEsimDataPlan`: `Edm.Boolean`
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-device-management`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ManagedDeviceWipeParams {
    /// CSDL: property `keepEnrollmentData`: `Edm.Boolean`, nullable.
    pub keep_enrollment_data: rt::Field<bool>,
    /// CSDL: property `keepUserData`: `Edm.Boolean`, nullable.
    pub keep_user_data: rt::Field<bool>,
    /// CSDL: property `macOsUnlockCode`: `Edm.String`, nullable.
    pub mac_os_unlock_code: rt::Field<::std::string::String>,
    /// CSDL: property `persistEsimDataPlan`: `Edm.Boolean`, nullable.
    pub persist_esim_data_plan: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_device_management)]
impl ::std::default::Default for ManagedDeviceWipeParams {
    #[inline]
    fn default() -> Self {
        Self {
            keep_enrollment_data: rt::Field::Absent,
            keep_user_data: rt::Field::Absent,
            mac_os_unlock_code: rt::Field::Absent,
            persist_esim_data_plan: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_device_management)]
impl rt::Object for ManagedDeviceWipeParams {
    const TYPE_NAME: &'static str = "microsoft.graph.wipe(microsoft.graph.managedDevice)";
    const KEYS: &'static [&'static str] = &[
        "keepEnrollmentData",
        "keepUserData",
        "macOsUnlockCode",
        "persistEsimDataPlan",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"keepEnrollmentData\":           ",
        ",\"keepUserData\":                 ",
        ",\"macOsUnlockCode\":              ",
        ",\"persistEsimDataPlan\":          ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.wipe(microsoft.graph.managedDevice)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "keep_enrollment_data", &self.keep_enrollment_data);
        v.field(1usize, "keep_user_data", &self.keep_user_data);
        v.field(2usize, "mac_os_unlock_code", &self.mac_os_unlock_code);
        v.field(3usize, "persist_esim_data_plan", &self.persist_esim_data_plan);
    }
}
#[cfg(msgraph_v1_core_or_device_management)]
impl rt::object::Members for ManagedDeviceWipeParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.keep_enrollment_data.read_from(r),
            1usize => self.keep_user_data.read_from(r),
            2usize => self.mac_os_unlock_code.read_from(r),
            3usize => self.persist_esim_data_plan.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.keep_enrollment_data);
        w.field(1usize, &self.keep_user_data);
        w.field(2usize, &self.mac_os_unlock_code);
        w.field(3usize, &self.persist_esim_data_plan);
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
rt::impl_object!(ManagedDeviceWipeParams);
#[cfg(msgraph_v1_core_or_device_management)]
rt::impl_setters!(
    ManagedDeviceWipeParams { with_keep_enrollment_data keep_enrollment_data : bool;
    with_keep_user_data keep_user_data : bool; with_mac_os_unlock_code mac_os_unlock_code
    : ::std::string::String; with_persist_esim_data_plan persist_esim_data_plan : bool; }
);
#[cfg(msgraph_v1_core_or_device_management)]
#[cfg(feature = "serde")]
rt::impl_serde!(ManagedDeviceWipeParams);
#[cfg(msgraph_v1_core_or_sites)]
/// Parameters of the action `microsoft.graph.copyNotebook`.
/// - `groupId`: `Edm.String`
/// - `renameAs`: `Edm.String`
/// - `notebookFolder`: `Edm.String`
/// - `siteCollectionId`: `Edm.String`
/// - `siteId`: `Edm.String`
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct NotebookCopyNotebookParams {
    /// CSDL: property `groupId`: `Edm.String`, nullable.
    pub group_id: rt::Field<::std::string::String>,
    /// CSDL: property `renameAs`: `Edm.String`, nullable.
    pub rename_as: rt::Field<::std::string::String>,
    /// CSDL: property `notebookFolder`: `Edm.String`, nullable.
    pub notebook_folder: rt::Field<::std::string::String>,
    /// CSDL: property `siteCollectionId`: `Edm.String`, nullable.
    pub site_collection_id: rt::Field<::std::string::String>,
    /// CSDL: property `siteId`: `Edm.String`, nullable.
    pub site_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_sites)]
impl ::std::default::Default for NotebookCopyNotebookParams {
    #[inline]
    fn default() -> Self {
        Self {
            group_id: rt::Field::Absent,
            rename_as: rt::Field::Absent,
            notebook_folder: rt::Field::Absent,
            site_collection_id: rt::Field::Absent,
            site_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_sites)]
impl rt::Object for NotebookCopyNotebookParams {
    const TYPE_NAME: &'static str = "microsoft.graph.copyNotebook(microsoft.graph.notebook)";
    const KEYS: &'static [&'static str] = &[
        "groupId",
        "renameAs",
        "notebookFolder",
        "siteCollectionId",
        "siteId",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"groupId\":                      ",
        ",\"renameAs\":                     ",
        ",\"notebookFolder\":               ",
        ",\"siteCollectionId\":             ",
        ",\"siteId\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.copyNotebook(microsoft.graph.notebook)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "group_id", &self.group_id);
        v.field(1usize, "rename_as", &self.rename_as);
        v.field(2usize, "notebook_folder", &self.notebook_folder);
        v.field(3usize, "site_collection_id", &self.site_collection_id);
        v.field(4usize, "site_id", &self.site_id);
    }
}
#[cfg(msgraph_v1_core_or_sites)]
impl rt::object::Members for NotebookCopyNotebookParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.group_id.read_from(r),
            1usize => self.rename_as.read_from(r),
            2usize => self.notebook_folder.read_from(r),
            3usize => self.site_collection_id.read_from(r),
            4usize => self.site_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.group_id);
        w.field(1usize, &self.rename_as);
        w.field(2usize, &self.notebook_folder);
        w.field(3usize, &self.site_collection_id);
        w.field(4usize, &self.site_id);
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
rt::impl_object!(NotebookCopyNotebookParams);
#[cfg(msgraph_v1_core_or_sites)]
rt::impl_setters!(
    NotebookCopyNotebookParams { with_group_id group_id : ::std::string::String;
    with_rename_as rename_as : ::std::string::String; with_notebook_folder
    notebook_folder : ::std::string::String; with_site_collection_id site_collection_id :
    ::std::string::String; with_site_id site_id : ::std::string::String; }
);
#[cfg(msgraph_v1_core_or_sites)]
#[cfg(feature = "serde")]
rt::impl_serde!(NotebookCopyNotebookParams);
#[cfg(msgraph_v1_core_or_sites)]
/// Parameters of the action `microsoft.graph.getNotebookFromWebUrl`.
/// - `webUrl`: `Edm.String`
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct NotebookCollectionGetNotebookFromWebUrlParams {
    /// CSDL: property `webUrl`: `Edm.String`, nullable.
    pub web_url: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_sites)]
impl ::std::default::Default for NotebookCollectionGetNotebookFromWebUrlParams {
    #[inline]
    fn default() -> Self {
        Self {
            web_url: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_sites)]
impl rt::Object for NotebookCollectionGetNotebookFromWebUrlParams {
    const TYPE_NAME: &'static str = "microsoft.graph.getNotebookFromWebUrl(Collection(microsoft.graph.notebook))";
    const KEYS: &'static [&'static str] = &["webUrl"];
    const KEYS_JSON: &'static [&'static str] = &[",\"webUrl\":                       "];
    const TAG: &'static str = "\"#microsoft.graph.getNotebookFromWebUrl(Collection(microsoft.graph.notebook))\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "web_url", &self.web_url);
    }
}
#[cfg(msgraph_v1_core_or_sites)]
impl rt::object::Members for NotebookCollectionGetNotebookFromWebUrlParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.web_url.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.web_url);
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
rt::impl_object!(NotebookCollectionGetNotebookFromWebUrlParams);
#[cfg(msgraph_v1_core_or_sites)]
rt::impl_setters!(
    NotebookCollectionGetNotebookFromWebUrlParams { with_web_url web_url :
    ::std::string::String; }
);
#[cfg(msgraph_v1_core_or_sites)]
#[cfg(feature = "serde")]
rt::impl_serde!(NotebookCollectionGetNotebookFromWebUrlParams);
#[cfg(msgraph_v1_admin_or_search)]
/// Parameters of the action `microsoft.graph.teamsAdministration.assignNumber`.
/// - `telephoneNumber`: `Edm.String`
/// - `assignmentTargetId`: `Edm.String`
/// - `numberType`: `microsoft.graph.teamsAdministration.numberType`
/// - `assignmentCategory`: `microsoft.graph.teamsAdministration.assignmentCategory`
/// - `locationId`: `Edm.String`
///
/// Features: `v1`, or one of `v1-admin`, `v1-search`.
#[derive(Clone)]
pub struct NumberAssignmentCollectionAssignNumberParams {
    /// CSDL: property `telephoneNumber`: `Edm.String`, not nullable.
    pub telephone_number: rt::Field<::std::string::String>,
    /// CSDL: property `assignmentTargetId`: `Edm.String`, not nullable.
    pub assignment_target_id: rt::Field<::std::string::String>,
    /// CSDL: property `numberType`: `microsoft.graph.teamsAdministration.numberType`, not nullable.
    pub number_type: rt::Field<crate::v1::teams_administration::NumberType>,
    /// CSDL: property `assignmentCategory`: `microsoft.graph.teamsAdministration.assignmentCategory`, nullable.
    pub assignment_category: rt::Field<
        crate::v1::teams_administration::AssignmentCategory,
    >,
    /// CSDL: property `locationId`: `Edm.String`, nullable.
    pub location_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_admin_or_search)]
impl ::std::default::Default for NumberAssignmentCollectionAssignNumberParams {
    #[inline]
    fn default() -> Self {
        Self {
            telephone_number: rt::Field::Absent,
            assignment_target_id: rt::Field::Absent,
            number_type: rt::Field::Absent,
            assignment_category: rt::Field::Absent,
            location_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_admin_or_search)]
impl rt::Object for NumberAssignmentCollectionAssignNumberParams {
    const TYPE_NAME: &'static str = "microsoft.graph.teamsAdministration.assignNumber(Collection(microsoft.graph.teamsAdministration.numberAssignment))";
    const KEYS: &'static [&'static str] = &[
        "telephoneNumber",
        "assignmentTargetId",
        "numberType",
        "assignmentCategory",
        "locationId",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"telephoneNumber\":              ",
        ",\"assignmentTargetId\":           ",
        ",\"numberType\":                   ",
        ",\"assignmentCategory\":           ",
        ",\"locationId\":                   ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.teamsAdministration.assignNumber(Collection(microsoft.graph.teamsAdministration.numberAssignment))\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "telephone_number", &self.telephone_number);
        v.field(1usize, "assignment_target_id", &self.assignment_target_id);
        v.field(2usize, "number_type", &self.number_type);
        v.field(3usize, "assignment_category", &self.assignment_category);
        v.field(4usize, "location_id", &self.location_id);
    }
}
#[cfg(msgraph_v1_admin_or_search)]
impl rt::object::Members for NumberAssignmentCollectionAssignNumberParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.telephone_number.read_from(r),
            1usize => self.assignment_target_id.read_from(r),
            2usize => self.number_type.read_from(r),
            3usize => self.assignment_category.read_from(r),
            4usize => self.location_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.telephone_number);
        w.field(1usize, &self.assignment_target_id);
        w.field(2usize, &self.number_type);
        w.field(3usize, &self.assignment_category);
        w.field(4usize, &self.location_id);
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
#[cfg(msgraph_v1_admin_or_search)]
rt::impl_object!(NumberAssignmentCollectionAssignNumberParams);
#[cfg(msgraph_v1_admin_or_search)]
rt::impl_setters!(
    NumberAssignmentCollectionAssignNumberParams { with_telephone_number telephone_number
    : ::std::string::String; with_assignment_target_id assignment_target_id :
    ::std::string::String; with_number_type number_type : crate
    ::v1::teams_administration::NumberType; with_assignment_category assignment_category
    : crate ::v1::teams_administration::AssignmentCategory; with_location_id location_id
    : ::std::string::String; }
);
#[cfg(msgraph_v1_admin_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(NumberAssignmentCollectionAssignNumberParams);
#[cfg(msgraph_v1_admin_or_search)]
/// Parameters of the action `microsoft.graph.teamsAdministration.unassignNumber`.
/// - `telephoneNumber`: `Edm.String`
/// - `numberType`: `microsoft.graph.teamsAdministration.numberType`
///
/// Features: `v1`, or one of `v1-admin`, `v1-search`.
#[derive(Clone)]
pub struct NumberAssignmentCollectionUnassignNumberParams {
    /// CSDL: property `telephoneNumber`: `Edm.String`, nullable.
    pub telephone_number: rt::Field<::std::string::String>,
    /// CSDL: property `numberType`: `microsoft.graph.teamsAdministration.numberType`, nullable.
    pub number_type: rt::Field<crate::v1::teams_administration::NumberType>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_admin_or_search)]
impl ::std::default::Default for NumberAssignmentCollectionUnassignNumberParams {
    #[inline]
    fn default() -> Self {
        Self {
            telephone_number: rt::Field::Absent,
            number_type: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_admin_or_search)]
impl rt::Object for NumberAssignmentCollectionUnassignNumberParams {
    const TYPE_NAME: &'static str = "microsoft.graph.teamsAdministration.unassignNumber(Collection(microsoft.graph.teamsAdministration.numberAssignment))";
    const KEYS: &'static [&'static str] = &["telephoneNumber", "numberType"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"telephoneNumber\":              ",
        ",\"numberType\":                   ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.teamsAdministration.unassignNumber(Collection(microsoft.graph.teamsAdministration.numberAssignment))\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "telephone_number", &self.telephone_number);
        v.field(1usize, "number_type", &self.number_type);
    }
}
#[cfg(msgraph_v1_admin_or_search)]
impl rt::object::Members for NumberAssignmentCollectionUnassignNumberParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.telephone_number.read_from(r),
            1usize => self.number_type.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.telephone_number);
        w.field(1usize, &self.number_type);
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
#[cfg(msgraph_v1_admin_or_search)]
rt::impl_object!(NumberAssignmentCollectionUnassignNumberParams);
#[cfg(msgraph_v1_admin_or_search)]
rt::impl_setters!(
    NumberAssignmentCollectionUnassignNumberParams { with_telephone_number
    telephone_number : ::std::string::String; with_number_type number_type : crate
    ::v1::teams_administration::NumberType; }
);
#[cfg(msgraph_v1_admin_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(NumberAssignmentCollectionUnassignNumberParams);
#[cfg(msgraph_v1_admin_or_search)]
/// Parameters of the action `microsoft.graph.teamsAdministration.updateNumber`.
/// - `telephoneNumber`: `Edm.String`
/// - `locationId`: `Edm.String`
/// - `networkSiteId`: `Edm.String`
/// - `reverseNumberLookupOptions`: `Collection(Edm.String)`
///
/// Features: `v1`, or one of `v1-admin`, `v1-search`.
#[derive(Clone)]
pub struct NumberAssignmentCollectionUpdateNumberParams {
    /// CSDL: property `telephoneNumber`: `Edm.String`, not nullable.
    pub telephone_number: rt::Field<::std::string::String>,
    /// CSDL: property `locationId`: `Edm.String`, nullable.
    pub location_id: rt::Field<::std::string::String>,
    /// CSDL: property `networkSiteId`: `Edm.String`, nullable.
    pub network_site_id: rt::Field<::std::string::String>,
    /// CSDL: property `reverseNumberLookupOptions`: `Collection(Edm.String)`, nullable.
    pub reverse_number_lookup_options: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_admin_or_search)]
impl ::std::default::Default for NumberAssignmentCollectionUpdateNumberParams {
    #[inline]
    fn default() -> Self {
        Self {
            telephone_number: rt::Field::Absent,
            location_id: rt::Field::Absent,
            network_site_id: rt::Field::Absent,
            reverse_number_lookup_options: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_admin_or_search)]
impl rt::Object for NumberAssignmentCollectionUpdateNumberParams {
    const TYPE_NAME: &'static str = "microsoft.graph.teamsAdministration.updateNumber(Collection(microsoft.graph.teamsAdministration.numberAssignment))";
    const KEYS: &'static [&'static str] = &[
        "telephoneNumber",
        "locationId",
        "networkSiteId",
        "reverseNumberLookupOptions",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"telephoneNumber\":              ",
        ",\"locationId\":                   ",
        ",\"networkSiteId\":                ",
        ",\"reverseNumberLookupOptions\":   ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.teamsAdministration.updateNumber(Collection(microsoft.graph.teamsAdministration.numberAssignment))\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "telephone_number", &self.telephone_number);
        v.field(1usize, "location_id", &self.location_id);
        v.field(2usize, "network_site_id", &self.network_site_id);
        v.field(
            3usize,
            "reverse_number_lookup_options",
            &self.reverse_number_lookup_options,
        );
    }
}
#[cfg(msgraph_v1_admin_or_search)]
impl rt::object::Members for NumberAssignmentCollectionUpdateNumberParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.telephone_number.read_from(r),
            1usize => self.location_id.read_from(r),
            2usize => self.network_site_id.read_from(r),
            3usize => self.reverse_number_lookup_options.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.telephone_number);
        w.field(1usize, &self.location_id);
        w.field(2usize, &self.network_site_id);
        w.field(3usize, &self.reverse_number_lookup_options);
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
#[cfg(msgraph_v1_admin_or_search)]
rt::impl_object!(NumberAssignmentCollectionUpdateNumberParams);
#[cfg(msgraph_v1_admin_or_search)]
rt::impl_setters!(
    NumberAssignmentCollectionUpdateNumberParams { with_telephone_number telephone_number
    : ::std::string::String; with_location_id location_id : ::std::string::String;
    with_network_site_id network_site_id : ::std::string::String;
    with_reverse_number_lookup_options reverse_number_lookup_options : ::std::vec::Vec <
    ::std::string::String >; }
);
#[cfg(msgraph_v1_admin_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(NumberAssignmentCollectionUpdateNumberParams);
#[cfg(msgraph_v1_core_or_sites)]
/// Parameters of the action `microsoft.graph.copyToNotebook`.
/// - `id`: `Edm.String`
/// - `groupId`: `Edm.String`
/// - `renameAs`: `Edm.String`
/// - `siteCollectionId`: `Edm.String`
/// - `siteId`: `Edm.String`
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct OnenoteSectionCopyToNotebookParams {
    /// CSDL: property `id`: `Edm.String`, nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `groupId`: `Edm.String`, nullable.
    pub group_id: rt::Field<::std::string::String>,
    /// CSDL: property `renameAs`: `Edm.String`, nullable.
    pub rename_as: rt::Field<::std::string::String>,
    /// CSDL: property `siteCollectionId`: `Edm.String`, nullable.
    pub site_collection_id: rt::Field<::std::string::String>,
    /// CSDL: property `siteId`: `Edm.String`, nullable.
    pub site_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_sites)]
impl ::std::default::Default for OnenoteSectionCopyToNotebookParams {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            group_id: rt::Field::Absent,
            rename_as: rt::Field::Absent,
            site_collection_id: rt::Field::Absent,
            site_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_sites)]
impl rt::Object for OnenoteSectionCopyToNotebookParams {
    const TYPE_NAME: &'static str = "microsoft.graph.copyToNotebook(microsoft.graph.onenoteSection)";
    const KEYS: &'static [&'static str] = &[
        "id",
        "groupId",
        "renameAs",
        "siteCollectionId",
        "siteId",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"groupId\":                      ",
        ",\"renameAs\":                     ",
        ",\"siteCollectionId\":             ",
        ",\"siteId\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.copyToNotebook(microsoft.graph.onenoteSection)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "group_id", &self.group_id);
        v.field(2usize, "rename_as", &self.rename_as);
        v.field(3usize, "site_collection_id", &self.site_collection_id);
        v.field(4usize, "site_id", &self.site_id);
    }
}
#[cfg(msgraph_v1_core_or_sites)]
impl rt::object::Members for OnenoteSectionCopyToNotebookParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.group_id.read_from(r),
            2usize => self.rename_as.read_from(r),
            3usize => self.site_collection_id.read_from(r),
            4usize => self.site_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.group_id);
        w.field(2usize, &self.rename_as);
        w.field(3usize, &self.site_collection_id);
        w.field(4usize, &self.site_id);
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
rt::impl_object!(OnenoteSectionCopyToNotebookParams);
#[cfg(msgraph_v1_core_or_sites)]
rt::impl_setters!(
    OnenoteSectionCopyToNotebookParams { with_id id : ::std::string::String;
    with_group_id group_id : ::std::string::String; with_rename_as rename_as :
    ::std::string::String; with_site_collection_id site_collection_id :
    ::std::string::String; with_site_id site_id : ::std::string::String; }
);
#[cfg(msgraph_v1_core_or_sites)]
#[cfg(feature = "serde")]
rt::impl_serde!(OnenoteSectionCopyToNotebookParams);
#[cfg(msgraph_v1_core_or_sites)]
/// Parameters of the action `microsoft.graph.copyToSection`.
/// - `id`: `Edm.String`
/// - `groupId`: `Edm.String`
/// - `siteCollectionId`: `Edm.String`
/// - `siteId`: `Edm.String`
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct OnenotePageCopyToSectionParams {
    /// CSDL: property `id`: `Edm.String`, nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `groupId`: `Edm.String`, nullable.
    pub group_id: rt::Field<::std::string::String>,
    /// CSDL: property `siteCollectionId`: `Edm.String`, nullable.
    pub site_collection_id: rt::Field<::std::string::String>,
    /// CSDL: property `siteId`: `Edm.String`, nullable.
    pub site_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_sites)]
impl ::std::default::Default for OnenotePageCopyToSectionParams {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            group_id: rt::Field::Absent,
            site_collection_id: rt::Field::Absent,
            site_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_sites)]
impl rt::Object for OnenotePageCopyToSectionParams {
    const TYPE_NAME: &'static str = "microsoft.graph.copyToSection(microsoft.graph.onenotePage)";
    const KEYS: &'static [&'static str] = &[
        "id",
        "groupId",
        "siteCollectionId",
        "siteId",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"groupId\":                      ",
        ",\"siteCollectionId\":             ",
        ",\"siteId\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.copyToSection(microsoft.graph.onenotePage)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "group_id", &self.group_id);
        v.field(2usize, "site_collection_id", &self.site_collection_id);
        v.field(3usize, "site_id", &self.site_id);
    }
}
#[cfg(msgraph_v1_core_or_sites)]
impl rt::object::Members for OnenotePageCopyToSectionParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.group_id.read_from(r),
            2usize => self.site_collection_id.read_from(r),
            3usize => self.site_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.group_id);
        w.field(2usize, &self.site_collection_id);
        w.field(3usize, &self.site_id);
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
rt::impl_object!(OnenotePageCopyToSectionParams);
#[cfg(msgraph_v1_core_or_sites)]
rt::impl_setters!(
    OnenotePageCopyToSectionParams { with_id id : ::std::string::String; with_group_id
    group_id : ::std::string::String; with_site_collection_id site_collection_id :
    ::std::string::String; with_site_id site_id : ::std::string::String; }
);
#[cfg(msgraph_v1_core_or_sites)]
#[cfg(feature = "serde")]
rt::impl_serde!(OnenotePageCopyToSectionParams);
#[cfg(msgraph_v1_core_or_sites)]
/// Parameters of the action `microsoft.graph.copyToSectionGroup`.
/// - `id`: `Edm.String`
/// - `groupId`: `Edm.String`
/// - `renameAs`: `Edm.String`
/// - `siteCollectionId`: `Edm.String`
/// - `siteId`: `Edm.String`
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct OnenoteSectionCopyToSectionGroupParams {
    /// CSDL: property `id`: `Edm.String`, nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `groupId`: `Edm.String`, nullable.
    pub group_id: rt::Field<::std::string::String>,
    /// CSDL: property `renameAs`: `Edm.String`, nullable.
    pub rename_as: rt::Field<::std::string::String>,
    /// CSDL: property `siteCollectionId`: `Edm.String`, nullable.
    pub site_collection_id: rt::Field<::std::string::String>,
    /// CSDL: property `siteId`: `Edm.String`, nullable.
    pub site_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_sites)]
impl ::std::default::Default for OnenoteSectionCopyToSectionGroupParams {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            group_id: rt::Field::Absent,
            rename_as: rt::Field::Absent,
            site_collection_id: rt::Field::Absent,
            site_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_sites)]
impl rt::Object for OnenoteSectionCopyToSectionGroupParams {
    const TYPE_NAME: &'static str = "microsoft.graph.copyToSectionGroup(microsoft.graph.onenoteSection)";
    const KEYS: &'static [&'static str] = &[
        "id",
        "groupId",
        "renameAs",
        "siteCollectionId",
        "siteId",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"groupId\":                      ",
        ",\"renameAs\":                     ",
        ",\"siteCollectionId\":             ",
        ",\"siteId\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.copyToSectionGroup(microsoft.graph.onenoteSection)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "group_id", &self.group_id);
        v.field(2usize, "rename_as", &self.rename_as);
        v.field(3usize, "site_collection_id", &self.site_collection_id);
        v.field(4usize, "site_id", &self.site_id);
    }
}
#[cfg(msgraph_v1_core_or_sites)]
impl rt::object::Members for OnenoteSectionCopyToSectionGroupParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.group_id.read_from(r),
            2usize => self.rename_as.read_from(r),
            3usize => self.site_collection_id.read_from(r),
            4usize => self.site_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.group_id);
        w.field(2usize, &self.rename_as);
        w.field(3usize, &self.site_collection_id);
        w.field(4usize, &self.site_id);
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
rt::impl_object!(OnenoteSectionCopyToSectionGroupParams);
#[cfg(msgraph_v1_core_or_sites)]
rt::impl_setters!(
    OnenoteSectionCopyToSectionGroupParams { with_id id : ::std::string::String;
    with_group_id group_id : ::std::string::String; with_rename_as rename_as :
    ::std::string::String; with_site_collection_id site_collection_id :
    ::std::string::String; with_site_id site_id : ::std::string::String; }
);
#[cfg(msgraph_v1_core_or_sites)]
#[cfg(feature = "serde")]
rt::impl_serde!(OnenoteSectionCopyToSectionGroupParams);
#[cfg(msgraph_v1_core_or_communications)]
/// Parameters of the action `microsoft.graph.createOrGet`.
/// - `chatInfo`: `microsoft.graph.chatInfo`
/// - `endDateTime`: `Edm.DateTimeOffset`
/// - `externalId`: `Edm.String`
/// - `participants`: `microsoft.graph.meetingParticipants`
/// - `startDateTime`: `Edm.DateTimeOffset`
/// - `subject`: `Edm.String`
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-communications`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct OnlineMeetingCollectionCreateOrGetParams {
    /// CSDL: property `chatInfo`: `microsoft.graph.chatInfo`, nullable.
    pub chat_info: rt::Field<crate::v1::ChatInfo>,
    /// CSDL: property `endDateTime`: `Edm.DateTimeOffset`, nullable.
    pub end_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `externalId`: `Edm.String`, not nullable.
    pub external_id: rt::Field<::std::string::String>,
    /// CSDL: property `participants`: `microsoft.graph.meetingParticipants`, nullable.
    pub participants: rt::Field<crate::v1::MeetingParticipants>,
    /// CSDL: property `startDateTime`: `Edm.DateTimeOffset`, nullable.
    pub start_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `subject`: `Edm.String`, nullable.
    pub subject: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_communications)]
impl ::std::default::Default for OnlineMeetingCollectionCreateOrGetParams {
    #[inline]
    fn default() -> Self {
        Self {
            chat_info: rt::Field::Absent,
            end_date_time: rt::Field::Absent,
            external_id: rt::Field::Absent,
            participants: rt::Field::Absent,
            start_date_time: rt::Field::Absent,
            subject: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_communications)]
impl rt::Object for OnlineMeetingCollectionCreateOrGetParams {
    const TYPE_NAME: &'static str = "microsoft.graph.createOrGet(Collection(microsoft.graph.onlineMeeting))";
    const KEYS: &'static [&'static str] = &[
        "chatInfo",
        "endDateTime",
        "externalId",
        "participants",
        "startDateTime",
        "subject",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"chatInfo\":                     ",
        ",\"endDateTime\":                  ",
        ",\"externalId\":                   ",
        ",\"participants\":                 ",
        ",\"startDateTime\":                ",
        ",\"subject\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.createOrGet(Collection(microsoft.graph.onlineMeeting))\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "chat_info", &self.chat_info);
        v.field(1usize, "end_date_time", &self.end_date_time);
        v.field(2usize, "external_id", &self.external_id);
        v.field(3usize, "participants", &self.participants);
        v.field(4usize, "start_date_time", &self.start_date_time);
        v.field(5usize, "subject", &self.subject);
    }
}
#[cfg(msgraph_v1_core_or_communications)]
impl rt::object::Members for OnlineMeetingCollectionCreateOrGetParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.chat_info.read_from(r),
            1usize => self.end_date_time.read_from(r),
            2usize => self.external_id.read_from(r),
            3usize => self.participants.read_from(r),
            4usize => self.start_date_time.read_from(r),
            5usize => self.subject.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.chat_info);
        w.field(1usize, &self.end_date_time);
        w.field(2usize, &self.external_id);
        w.field(3usize, &self.participants);
        w.field(4usize, &self.start_date_time);
        w.field(5usize, &self.subject);
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
rt::impl_object!(OnlineMeetingCollectionCreateOrGetParams);
#[cfg(msgraph_v1_core_or_communications)]
rt::impl_setters!(
    OnlineMeetingCollectionCreateOrGetParams { with_chat_info chat_info : crate
    ::v1::ChatInfo; with_end_date_time end_date_time : rt::edm::DateTimeOffset;
    with_external_id external_id : ::std::string::String; with_participants participants
    : crate ::v1::MeetingParticipants; with_start_date_time start_date_time :
    rt::edm::DateTimeOffset; with_subject subject : ::std::string::String; }
);
#[cfg(msgraph_v1_core_or_communications)]
#[cfg(feature = "serde")]
rt::impl_serde!(OnlineMeetingCollectionCreateOrGetParams);
#[cfg(msgraph_v1_core_or_sites)]
/// Parameters of the action `microsoft.graph.onenotePatchContent`.
/// - `commands`: `Collection(microsoft.graph.onenotePatchContentCommand)`
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct OnenotePageOnenotePatchContentParams {
    /// CSDL: property `commands`: `Collection(microsoft.graph.onenotePatchContentCommand)`, nullable.
    pub commands: rt::Field<::std::vec::Vec<crate::v1::OnenotePatchContentCommand>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_sites)]
impl ::std::default::Default for OnenotePageOnenotePatchContentParams {
    #[inline]
    fn default() -> Self {
        Self {
            commands: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_sites)]
impl rt::Object for OnenotePageOnenotePatchContentParams {
    const TYPE_NAME: &'static str = "microsoft.graph.onenotePatchContent(microsoft.graph.onenotePage)";
    const KEYS: &'static [&'static str] = &["commands"];
    const KEYS_JSON: &'static [&'static str] = &[",\"commands\":                     "];
    const TAG: &'static str = "\"#microsoft.graph.onenotePatchContent(microsoft.graph.onenotePage)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "commands", &self.commands);
    }
}
#[cfg(msgraph_v1_core_or_sites)]
impl rt::object::Members for OnenotePageOnenotePatchContentParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.commands.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.commands);
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
rt::impl_object!(OnenotePageOnenotePatchContentParams);
#[cfg(msgraph_v1_core_or_sites)]
rt::impl_setters!(
    OnenotePageOnenotePatchContentParams { with_commands commands : ::std::vec::Vec <
    crate ::v1::OnenotePatchContentCommand >; }
);
#[cfg(msgraph_v1_core_or_sites)]
#[cfg(feature = "serde")]
rt::impl_serde!(OnenotePageOnenotePatchContentParams);
#[cfg(msgraph_v1_core_or_communications)]
/// Parameters of the action `microsoft.graph.sendVirtualAppointmentReminderSms`.
/// - `remindBeforeTimeInMinutesType`: `microsoft.graph.remindBeforeTimeInMinutesType`
/// - `attendees`: `Collection(microsoft.graph.attendeeNotificationInfo)`
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-communications`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct OnlineMeetingSendVirtualAppointmentReminderSmsParams {
    /// CSDL: property `remindBeforeTimeInMinutesType`: `microsoft.graph.remindBeforeTimeInMinutesType`, nullable.
    pub remind_before_time_in_minutes_type: rt::Field<
        crate::v1::RemindBeforeTimeInMinutesType,
    >,
    /// CSDL: property `attendees`: `Collection(microsoft.graph.attendeeNotificationInfo)`, nullable.
    pub attendees: rt::Field<::std::vec::Vec<crate::v1::AttendeeNotificationInfo>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_communications)]
impl ::std::default::Default for OnlineMeetingSendVirtualAppointmentReminderSmsParams {
    #[inline]
    fn default() -> Self {
        Self {
            remind_before_time_in_minutes_type: rt::Field::Absent,
            attendees: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_communications)]
impl rt::Object for OnlineMeetingSendVirtualAppointmentReminderSmsParams {
    const TYPE_NAME: &'static str = "microsoft.graph.sendVirtualAppointmentReminderSms(microsoft.graph.onlineMeeting)";
    const KEYS: &'static [&'static str] = &[
        "remindBeforeTimeInMinutesType",
        "attendees",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"remindBeforeTimeInMinutesType\":",
        ",\"attendees\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.sendVirtualAppointmentReminderSms(microsoft.graph.onlineMeeting)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(
            0usize,
            "remind_before_time_in_minutes_type",
            &self.remind_before_time_in_minutes_type,
        );
        v.field(1usize, "attendees", &self.attendees);
    }
}
#[cfg(msgraph_v1_core_or_communications)]
impl rt::object::Members for OnlineMeetingSendVirtualAppointmentReminderSmsParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.remind_before_time_in_minutes_type.read_from(r),
            1usize => self.attendees.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.remind_before_time_in_minutes_type);
        w.field(1usize, &self.attendees);
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
rt::impl_object!(OnlineMeetingSendVirtualAppointmentReminderSmsParams);
#[cfg(msgraph_v1_core_or_communications)]
rt::impl_setters!(
    OnlineMeetingSendVirtualAppointmentReminderSmsParams {
    with_remind_before_time_in_minutes_type remind_before_time_in_minutes_type : crate
    ::v1::RemindBeforeTimeInMinutesType; with_attendees attendees : ::std::vec::Vec <
    crate ::v1::AttendeeNotificationInfo >; }
);
#[cfg(msgraph_v1_core_or_communications)]
#[cfg(feature = "serde")]
rt::impl_serde!(OnlineMeetingSendVirtualAppointmentReminderSmsParams);
#[cfg(msgraph_v1_core_or_communications)]
/// Parameters of the action `microsoft.graph.sendVirtualAppointmentSms`.
/// - `messageType`: `microsoft.graph.virtualAppointmentMessageType`
/// - `attendees`: `Collection(microsoft.graph.attendeeNotificationInfo)`
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-communications`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct OnlineMeetingSendVirtualAppointmentSmsParams {
    /// CSDL: property `messageType`: `microsoft.graph.virtualAppointmentMessageType`, nullable.
    pub message_type: rt::Field<crate::v1::VirtualAppointmentMessageType>,
    /// CSDL: property `attendees`: `Collection(microsoft.graph.attendeeNotificationInfo)`, nullable.
    pub attendees: rt::Field<::std::vec::Vec<crate::v1::AttendeeNotificationInfo>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_communications)]
impl ::std::default::Default for OnlineMeetingSendVirtualAppointmentSmsParams {
    #[inline]
    fn default() -> Self {
        Self {
            message_type: rt::Field::Absent,
            attendees: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_communications)]
impl rt::Object for OnlineMeetingSendVirtualAppointmentSmsParams {
    const TYPE_NAME: &'static str = "microsoft.graph.sendVirtualAppointmentSms(microsoft.graph.onlineMeeting)";
    const KEYS: &'static [&'static str] = &["messageType", "attendees"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"messageType\":                  ",
        ",\"attendees\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.sendVirtualAppointmentSms(microsoft.graph.onlineMeeting)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "message_type", &self.message_type);
        v.field(1usize, "attendees", &self.attendees);
    }
}
#[cfg(msgraph_v1_core_or_communications)]
impl rt::object::Members for OnlineMeetingSendVirtualAppointmentSmsParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.message_type.read_from(r),
            1usize => self.attendees.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.message_type);
        w.field(1usize, &self.attendees);
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
rt::impl_object!(OnlineMeetingSendVirtualAppointmentSmsParams);
#[cfg(msgraph_v1_core_or_communications)]
rt::impl_setters!(
    OnlineMeetingSendVirtualAppointmentSmsParams { with_message_type message_type : crate
    ::v1::VirtualAppointmentMessageType; with_attendees attendees : ::std::vec::Vec <
    crate ::v1::AttendeeNotificationInfo >; }
);
#[cfg(msgraph_v1_core_or_communications)]
#[cfg(feature = "serde")]
rt::impl_serde!(OnlineMeetingSendVirtualAppointmentSmsParams);
#[cfg(msgraph_v1_core_or_print)]
/// Parameters of the action `microsoft.graph.abort`.
/// - `reason`: `Edm.String`
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct PrintJobAbortParams {
    /// CSDL: property `reason`: `Edm.String`, nullable.
    pub reason: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_print)]
impl ::std::default::Default for PrintJobAbortParams {
    #[inline]
    fn default() -> Self {
        Self {
            reason: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_print)]
impl rt::Object for PrintJobAbortParams {
    const TYPE_NAME: &'static str = "microsoft.graph.abort(microsoft.graph.printJob)";
    const KEYS: &'static [&'static str] = &["reason"];
    const KEYS_JSON: &'static [&'static str] = &[",\"reason\":                       "];
    const TAG: &'static str = "\"#microsoft.graph.abort(microsoft.graph.printJob)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "reason", &self.reason);
    }
}
#[cfg(msgraph_v1_core_or_print)]
impl rt::object::Members for PrintJobAbortParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.reason.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.reason);
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
#[cfg(msgraph_v1_core_or_print)]
rt::impl_object!(PrintJobAbortParams);
#[cfg(msgraph_v1_core_or_print)]
rt::impl_setters!(PrintJobAbortParams { with_reason reason : ::std::string::String; });
#[cfg(msgraph_v1_core_or_print)]
#[cfg(feature = "serde")]
rt::impl_serde!(PrintJobAbortParams);
#[cfg(msgraph_v1_core_or_communications)]
/// Parameters of the action `microsoft.graph.clearPresence`.
/// - `sessionId`: `Edm.String`
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-communications`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct PresenceClearPresenceParams {
    /// CSDL: property `sessionId`: `Edm.String`, nullable.
    pub session_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_communications)]
impl ::std::default::Default for PresenceClearPresenceParams {
    #[inline]
    fn default() -> Self {
        Self {
            session_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_communications)]
impl rt::Object for PresenceClearPresenceParams {
    const TYPE_NAME: &'static str = "microsoft.graph.clearPresence(microsoft.graph.presence)";
    const KEYS: &'static [&'static str] = &["sessionId"];
    const KEYS_JSON: &'static [&'static str] = &[",\"sessionId\":                    "];
    const TAG: &'static str = "\"#microsoft.graph.clearPresence(microsoft.graph.presence)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "session_id", &self.session_id);
    }
}
#[cfg(msgraph_v1_core_or_communications)]
impl rt::object::Members for PresenceClearPresenceParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.session_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.session_id);
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
rt::impl_object!(PresenceClearPresenceParams);
#[cfg(msgraph_v1_core_or_communications)]
rt::impl_setters!(
    PresenceClearPresenceParams { with_session_id session_id : ::std::string::String; }
);
#[cfg(msgraph_v1_core_or_communications)]
#[cfg(feature = "serde")]
rt::impl_serde!(PresenceClearPresenceParams);
#[cfg(msgraph_v1_print_or_search)]
/// Parameters of the action `microsoft.graph.create`.
/// - `displayName`: `Edm.String`
/// - `manufacturer`: `Edm.String`
/// - `model`: `Edm.String`
/// - `physicalDeviceId`: `Edm.String`
/// - `hasPhysicalDevice`: `Edm.Boolean`
/// - `certificateSigningRequest`: `microsoft.graph.printCertificateSigningRequest`
/// - `connectorId`: `Edm.String`
///
/// Features: `v1`, or one of `v1-print`, `v1-search`.
#[derive(Clone)]
pub struct PrinterCollectionCreateParams {
    /// CSDL: property `displayName`: `Edm.String`, not nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `manufacturer`: `Edm.String`, not nullable.
    pub manufacturer: rt::Field<::std::string::String>,
    /// CSDL: property `model`: `Edm.String`, not nullable.
    pub model: rt::Field<::std::string::String>,
    /// CSDL: property `physicalDeviceId`: `Edm.String`, nullable.
    pub physical_device_id: rt::Field<::std::string::String>,
    /// CSDL: property `hasPhysicalDevice`: `Edm.Boolean`, nullable.
    pub has_physical_device: rt::Field<bool>,
    /// CSDL: property `certificateSigningRequest`: `microsoft.graph.printCertificateSigningRequest`, not nullable.
    pub certificate_signing_request: rt::Field<
        crate::v1::PrintCertificateSigningRequest,
    >,
    /// CSDL: property `connectorId`: `Edm.String`, nullable.
    pub connector_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_print_or_search)]
impl ::std::default::Default for PrinterCollectionCreateParams {
    #[inline]
    fn default() -> Self {
        Self {
            display_name: rt::Field::Absent,
            manufacturer: rt::Field::Absent,
            model: rt::Field::Absent,
            physical_device_id: rt::Field::Absent,
            has_physical_device: rt::Field::Absent,
            certificate_signing_request: rt::Field::Absent,
            connector_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_print_or_search)]
impl rt::Object for PrinterCollectionCreateParams {
    const TYPE_NAME: &'static str = "microsoft.graph.create(Collection(microsoft.graph.printer))";
    const KEYS: &'static [&'static str] = &[
        "displayName",
        "manufacturer",
        "model",
        "physicalDeviceId",
        "hasPhysicalDevice",
        "certificateSigningRequest",
        "connectorId",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"displayName\":                  ",
        ",\"manufacturer\":                 ",
        ",\"model\":                        ",
        ",\"physicalDeviceId\":             ",
        ",\"hasPhysicalDevice\":            ",
        ",\"certificateSigningRequest\":    ",
        ",\"connectorId\":                  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.create(Collection(microsoft.graph.printer))\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "display_name", &self.display_name);
        v.field(1usize, "manufacturer", &self.manufacturer);
        v.field(2usize, "model", &self.model);
        v.field(3usize, "physical_device_id", &self.physical_device_id);
        v.field(4usize, "has_physical_device", &self.has_physical_device);
        v.field(
            5usize,
            "certificate_signing_request",
            &self.certificate_signing_request,
        );
        v.field(6usize, "connector_id", &self.connector_id);
    }
}
#[cfg(msgraph_v1_print_or_search)]
impl rt::object::Members for PrinterCollectionCreateParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.display_name.read_from(r),
            1usize => self.manufacturer.read_from(r),
            2usize => self.model.read_from(r),
            3usize => self.physical_device_id.read_from(r),
            4usize => self.has_physical_device.read_from(r),
            5usize => self.certificate_signing_request.read_from(r),
            6usize => self.connector_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.display_name);
        w.field(1usize, &self.manufacturer);
        w.field(2usize, &self.model);
        w.field(3usize, &self.physical_device_id);
        w.field(4usize, &self.has_physical_device);
        w.field(5usize, &self.certificate_signing_request);
        w.field(6usize, &self.connector_id);
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
#[cfg(msgraph_v1_print_or_search)]
rt::impl_object!(PrinterCollectionCreateParams);
#[cfg(msgraph_v1_print_or_search)]
rt::impl_setters!(
    PrinterCollectionCreateParams { with_display_name display_name :
    ::std::string::String; with_manufacturer manufacturer : ::std::string::String;
    with_model model : ::std::string::String; with_physical_device_id physical_device_id
    : ::std::string::String; with_has_physical_device has_physical_device : bool;
    with_certificate_signing_request certificate_signing_request : crate
    ::v1::PrintCertificateSigningRequest; with_connector_id connector_id :
    ::std::string::String; }
);
#[cfg(msgraph_v1_print_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(PrinterCollectionCreateParams);
#[cfg(msgraph_v1_core_or_print)]
/// Parameters of the action `microsoft.graph.createUploadSession`.
/// - `properties`: `microsoft.graph.printDocumentUploadProperties`
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct PrintDocumentCreateUploadSessionParams {
    /// CSDL: property `properties`: `microsoft.graph.printDocumentUploadProperties`, not nullable.
    pub properties: rt::Field<crate::v1::PrintDocumentUploadProperties>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_print)]
impl ::std::default::Default for PrintDocumentCreateUploadSessionParams {
    #[inline]
    fn default() -> Self {
        Self {
            properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_print)]
impl rt::Object for PrintDocumentCreateUploadSessionParams {
    const TYPE_NAME: &'static str = "microsoft.graph.createUploadSession(microsoft.graph.printDocument)";
    const KEYS: &'static [&'static str] = &["properties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"properties\":                   "];
    const TAG: &'static str = "\"#microsoft.graph.createUploadSession(microsoft.graph.printDocument)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "properties", &self.properties);
    }
}
#[cfg(msgraph_v1_core_or_print)]
impl rt::object::Members for PrintDocumentCreateUploadSessionParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.properties.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.properties);
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
#[cfg(msgraph_v1_core_or_print)]
rt::impl_object!(PrintDocumentCreateUploadSessionParams);
#[cfg(msgraph_v1_core_or_print)]
rt::impl_setters!(
    PrintDocumentCreateUploadSessionParams { with_properties properties : crate
    ::v1::PrintDocumentUploadProperties; }
);
#[cfg(msgraph_v1_core_or_print)]
#[cfg(feature = "serde")]
rt::impl_serde!(PrintDocumentCreateUploadSessionParams);
#[cfg(msgraph_v1_core)]
/// Parameters of the action `microsoft.graph.forward`.
/// - `Comment`: `Edm.String`
/// - `ToRecipients`: `Collection(microsoft.graph.recipient)`
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct PostForwardParams {
    /// CSDL: property `Comment`: `Edm.String`, nullable.
    pub comment: rt::Field<::std::string::String>,
    /// CSDL: property `ToRecipients`: `Collection(microsoft.graph.recipient)`, not nullable.
    pub to_recipients: rt::Field<::std::vec::Vec<crate::v1::AnyRecipient>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for PostForwardParams {
    #[inline]
    fn default() -> Self {
        Self {
            comment: rt::Field::Absent,
            to_recipients: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for PostForwardParams {
    const TYPE_NAME: &'static str = "microsoft.graph.forward(microsoft.graph.post)";
    const KEYS: &'static [&'static str] = &["Comment", "ToRecipients"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"Comment\":                      ",
        ",\"ToRecipients\":                 ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.forward(microsoft.graph.post)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "comment", &self.comment);
        v.field(1usize, "to_recipients", &self.to_recipients);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for PostForwardParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.comment.read_from(r),
            1usize => self.to_recipients.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.comment);
        w.field(1usize, &self.to_recipients);
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
rt::impl_object!(PostForwardParams);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    PostForwardParams { with_comment comment : ::std::string::String; with_to_recipients
    to_recipients : ::std::vec::Vec < crate ::v1::AnyRecipient >; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(PostForwardParams);
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
/// Parameters of the action `microsoft.graph.grant`.
/// - `roles`: `Collection(Edm.String)`
/// - `recipients`: `Collection(microsoft.graph.driveRecipient)`
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-drives`, `v1-group-setting-templates` and 14 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct PermissionGrantParams {
    /// CSDL: property `roles`: `Collection(Edm.String)`, nullable.
    pub roles: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `recipients`: `Collection(microsoft.graph.driveRecipient)`, nullable.
    pub recipients: rt::Field<::std::vec::Vec<crate::v1::DriveRecipient>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
impl ::std::default::Default for PermissionGrantParams {
    #[inline]
    fn default() -> Self {
        Self {
            roles: rt::Field::Absent,
            recipients: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
impl rt::Object for PermissionGrantParams {
    const TYPE_NAME: &'static str = "microsoft.graph.grant(microsoft.graph.permission)";
    const KEYS: &'static [&'static str] = &["roles", "recipients"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"roles\":                        ",
        ",\"recipients\":                   ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.grant(microsoft.graph.permission)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "roles", &self.roles);
        v.field(1usize, "recipients", &self.recipients);
    }
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
impl rt::object::Members for PermissionGrantParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.roles.read_from(r),
            1usize => self.recipients.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.roles);
        w.field(1usize, &self.recipients);
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
rt::impl_object!(PermissionGrantParams);
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
rt::impl_setters!(
    PermissionGrantParams { with_roles roles : ::std::vec::Vec < ::std::string::String >;
    with_recipients recipients : ::std::vec::Vec < crate ::v1::DriveRecipient >; }
);
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
#[cfg(feature = "serde")]
rt::impl_serde!(PermissionGrantParams);
#[cfg(msgraph_v1_communications_or_search)]
/// Parameters of the action `microsoft.graph.invite`.
/// - `participants`: `Collection(microsoft.graph.invitationParticipantInfo)`
/// - `clientContext`: `Edm.String`
///
/// Features: `v1`, or one of `v1-communications`, `v1-search`.
#[derive(Clone)]
pub struct ParticipantCollectionInviteParams {
    /// CSDL: property `participants`: `Collection(microsoft.graph.invitationParticipantInfo)`, not nullable.
    pub participants: rt::Field<::std::vec::Vec<crate::v1::InvitationParticipantInfo>>,
    /// CSDL: property `clientContext`: `Edm.String`, nullable.
    pub client_context: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_communications_or_search)]
impl ::std::default::Default for ParticipantCollectionInviteParams {
    #[inline]
    fn default() -> Self {
        Self {
            participants: rt::Field::Absent,
            client_context: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_communications_or_search)]
impl rt::Object for ParticipantCollectionInviteParams {
    const TYPE_NAME: &'static str = "microsoft.graph.invite(Collection(microsoft.graph.participant))";
    const KEYS: &'static [&'static str] = &["participants", "clientContext"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"participants\":                 ",
        ",\"clientContext\":                ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.invite(Collection(microsoft.graph.participant))\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "participants", &self.participants);
        v.field(1usize, "client_context", &self.client_context);
    }
}
#[cfg(msgraph_v1_communications_or_search)]
impl rt::object::Members for ParticipantCollectionInviteParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.participants.read_from(r),
            1usize => self.client_context.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.participants);
        w.field(1usize, &self.client_context);
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
rt::impl_object!(ParticipantCollectionInviteParams);
#[cfg(msgraph_v1_communications_or_search)]
rt::impl_setters!(
    ParticipantCollectionInviteParams { with_participants participants : ::std::vec::Vec
    < crate ::v1::InvitationParticipantInfo >; with_client_context client_context :
    ::std::string::String; }
);
#[cfg(msgraph_v1_communications_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ParticipantCollectionInviteParams);
#[cfg(msgraph_v1_communications_or_search)]
/// Parameters of the action `microsoft.graph.mute`.
/// - `clientContext`: `Edm.String`
///
/// Features: `v1`, or one of `v1-communications`, `v1-search`.
#[derive(Clone)]
pub struct ParticipantMuteParams {
    /// CSDL: property `clientContext`: `Edm.String`, nullable.
    pub client_context: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_communications_or_search)]
impl ::std::default::Default for ParticipantMuteParams {
    #[inline]
    fn default() -> Self {
        Self {
            client_context: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_communications_or_search)]
impl rt::Object for ParticipantMuteParams {
    const TYPE_NAME: &'static str = "microsoft.graph.mute(microsoft.graph.participant)";
    const KEYS: &'static [&'static str] = &["clientContext"];
    const KEYS_JSON: &'static [&'static str] = &[",\"clientContext\":                "];
    const TAG: &'static str = "\"#microsoft.graph.mute(microsoft.graph.participant)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "client_context", &self.client_context);
    }
}
#[cfg(msgraph_v1_communications_or_search)]
impl rt::object::Members for ParticipantMuteParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.client_context.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.client_context);
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
rt::impl_object!(ParticipantMuteParams);
#[cfg(msgraph_v1_communications_or_search)]
rt::impl_setters!(
    ParticipantMuteParams { with_client_context client_context : ::std::string::String; }
);
#[cfg(msgraph_v1_communications_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ParticipantMuteParams);
#[cfg(msgraph_v1_core_or_print)]
/// Parameters of the action `microsoft.graph.redirect`.
/// - `destinationPrinterId`: `Edm.String`
/// - `configuration`: `microsoft.graph.printJobConfiguration`
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct PrintJobRedirectParams {
    /// CSDL: property `destinationPrinterId`: `Edm.String`, not nullable.
    pub destination_printer_id: rt::Field<::std::string::String>,
    /// CSDL: property `configuration`: `microsoft.graph.printJobConfiguration`, nullable.
    pub configuration: rt::Field<crate::v1::PrintJobConfiguration>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_print)]
impl ::std::default::Default for PrintJobRedirectParams {
    #[inline]
    fn default() -> Self {
        Self {
            destination_printer_id: rt::Field::Absent,
            configuration: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_print)]
impl rt::Object for PrintJobRedirectParams {
    const TYPE_NAME: &'static str = "microsoft.graph.redirect(microsoft.graph.printJob)";
    const KEYS: &'static [&'static str] = &["destinationPrinterId", "configuration"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"destinationPrinterId\":         ",
        ",\"configuration\":                ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.redirect(microsoft.graph.printJob)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "destination_printer_id", &self.destination_printer_id);
        v.field(1usize, "configuration", &self.configuration);
    }
}
#[cfg(msgraph_v1_core_or_print)]
impl rt::object::Members for PrintJobRedirectParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.destination_printer_id.read_from(r),
            1usize => self.configuration.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.destination_printer_id);
        w.field(1usize, &self.configuration);
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
#[cfg(msgraph_v1_core_or_print)]
rt::impl_object!(PrintJobRedirectParams);
#[cfg(msgraph_v1_core_or_print)]
rt::impl_setters!(
    PrintJobRedirectParams { with_destination_printer_id destination_printer_id :
    ::std::string::String; with_configuration configuration : crate
    ::v1::PrintJobConfiguration; }
);
#[cfg(msgraph_v1_core_or_print)]
#[cfg(feature = "serde")]
rt::impl_serde!(PrintJobRedirectParams);
#[cfg(msgraph_v1_core)]
/// Parameters of the action `microsoft.graph.reply`.
/// - `Post`: `microsoft.graph.post`
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct PostReplyParams {
    /// CSDL: property `Post`: `microsoft.graph.post`, not nullable.
    pub post: rt::Field<crate::v1::Post>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for PostReplyParams {
    #[inline]
    fn default() -> Self {
        Self {
            post: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for PostReplyParams {
    const TYPE_NAME: &'static str = "microsoft.graph.reply(microsoft.graph.post)";
    const KEYS: &'static [&'static str] = &["Post"];
    const KEYS_JSON: &'static [&'static str] = &[",\"Post\":                         "];
    const TAG: &'static str = "\"#microsoft.graph.reply(microsoft.graph.post)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "post", &self.post);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for PostReplyParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.post.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.post);
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
rt::impl_object!(PostReplyParams);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(PostReplyParams { with_post post : crate ::v1::Post; });
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(PostReplyParams);
#[cfg(msgraph_v1_core_or_communications)]
/// Parameters of the action `microsoft.graph.setAutomaticLocation`.
/// - `workLocationType`: `microsoft.graph.workLocationType`
/// - `placeId`: `Edm.String`
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-communications`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct PresenceSetAutomaticLocationParams {
    /// CSDL: property `workLocationType`: `microsoft.graph.workLocationType`, not nullable.
    pub work_location_type: rt::Field<crate::v1::WorkLocationType>,
    /// CSDL: property `placeId`: `Edm.String`, nullable.
    pub place_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_communications)]
impl ::std::default::Default for PresenceSetAutomaticLocationParams {
    #[inline]
    fn default() -> Self {
        Self {
            work_location_type: rt::Field::Absent,
            place_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_communications)]
impl rt::Object for PresenceSetAutomaticLocationParams {
    const TYPE_NAME: &'static str = "microsoft.graph.setAutomaticLocation(microsoft.graph.presence)";
    const KEYS: &'static [&'static str] = &["workLocationType", "placeId"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"workLocationType\":             ",
        ",\"placeId\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.setAutomaticLocation(microsoft.graph.presence)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "work_location_type", &self.work_location_type);
        v.field(1usize, "place_id", &self.place_id);
    }
}
#[cfg(msgraph_v1_core_or_communications)]
impl rt::object::Members for PresenceSetAutomaticLocationParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.work_location_type.read_from(r),
            1usize => self.place_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.work_location_type);
        w.field(1usize, &self.place_id);
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
rt::impl_object!(PresenceSetAutomaticLocationParams);
#[cfg(msgraph_v1_core_or_communications)]
rt::impl_setters!(
    PresenceSetAutomaticLocationParams { with_work_location_type work_location_type :
    crate ::v1::WorkLocationType; with_place_id place_id : ::std::string::String; }
);
#[cfg(msgraph_v1_core_or_communications)]
#[cfg(feature = "serde")]
rt::impl_serde!(PresenceSetAutomaticLocationParams);
#[cfg(msgraph_v1_core_or_communications)]
/// Parameters of the action `microsoft.graph.setManualLocation`.
/// - `workLocationType`: `microsoft.graph.workLocationType`
/// - `placeId`: `Edm.String`
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-communications`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct PresenceSetManualLocationParams {
    /// CSDL: property `workLocationType`: `microsoft.graph.workLocationType`, not nullable.
    pub work_location_type: rt::Field<crate::v1::WorkLocationType>,
    /// CSDL: property `placeId`: `Edm.String`, nullable.
    pub place_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_communications)]
impl ::std::default::Default for PresenceSetManualLocationParams {
    #[inline]
    fn default() -> Self {
        Self {
            work_location_type: rt::Field::Absent,
            place_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_communications)]
impl rt::Object for PresenceSetManualLocationParams {
    const TYPE_NAME: &'static str = "microsoft.graph.setManualLocation(microsoft.graph.presence)";
    const KEYS: &'static [&'static str] = &["workLocationType", "placeId"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"workLocationType\":             ",
        ",\"placeId\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.setManualLocation(microsoft.graph.presence)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "work_location_type", &self.work_location_type);
        v.field(1usize, "place_id", &self.place_id);
    }
}
#[cfg(msgraph_v1_core_or_communications)]
impl rt::object::Members for PresenceSetManualLocationParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.work_location_type.read_from(r),
            1usize => self.place_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.work_location_type);
        w.field(1usize, &self.place_id);
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
rt::impl_object!(PresenceSetManualLocationParams);
#[cfg(msgraph_v1_core_or_communications)]
rt::impl_setters!(
    PresenceSetManualLocationParams { with_work_location_type work_location_type : crate
    ::v1::WorkLocationType; with_place_id place_id : ::std::string::String; }
);
#[cfg(msgraph_v1_core_or_communications)]
#[cfg(feature = "serde")]
rt::impl_serde!(PresenceSetManualLocationParams);
#[cfg(msgraph_v1_core_or_communications)]
/// Parameters of the action `microsoft.graph.setPresence`.
/// - `sessionId`: `Edm.String`
/// - `availability`: `Edm.String`
/// - `activity`: `Edm.String`
/// - `expirationDuration`: `Edm.Duration`
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-communications`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct PresenceSetPresenceParams {
    /// CSDL: property `sessionId`: `Edm.String`, nullable.
    pub session_id: rt::Field<::std::string::String>,
    /// CSDL: property `availability`: `Edm.String`, not nullable.
    pub availability: rt::Field<::std::string::String>,
    /// CSDL: property `activity`: `Edm.String`, not nullable.
    pub activity: rt::Field<::std::string::String>,
    /// CSDL: property `expirationDuration`: `Edm.Duration`, nullable.
    pub expiration_duration: rt::Field<rt::edm::Duration>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_communications)]
impl ::std::default::Default for PresenceSetPresenceParams {
    #[inline]
    fn default() -> Self {
        Self {
            session_id: rt::Field::Absent,
            availability: rt::Field::Absent,
            activity: rt::Field::Absent,
            expiration_duration: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_communications)]
impl rt::Object for PresenceSetPresenceParams {
    const TYPE_NAME: &'static str = "microsoft.graph.setPresence(microsoft.graph.presence)";
    const KEYS: &'static [&'static str] = &[
        "sessionId",
        "availability",
        "activity",
        "expirationDuration",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"sessionId\":                    ",
        ",\"availability\":                 ",
        ",\"activity\":                     ",
        ",\"expirationDuration\":           ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.setPresence(microsoft.graph.presence)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "session_id", &self.session_id);
        v.field(1usize, "availability", &self.availability);
        v.field(2usize, "activity", &self.activity);
        v.field(3usize, "expiration_duration", &self.expiration_duration);
    }
}
#[cfg(msgraph_v1_core_or_communications)]
impl rt::object::Members for PresenceSetPresenceParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.session_id.read_from(r),
            1usize => self.availability.read_from(r),
            2usize => self.activity.read_from(r),
            3usize => self.expiration_duration.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.session_id);
        w.field(1usize, &self.availability);
        w.field(2usize, &self.activity);
        w.field(3usize, &self.expiration_duration);
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
rt::impl_object!(PresenceSetPresenceParams);
#[cfg(msgraph_v1_core_or_communications)]
rt::impl_setters!(
    PresenceSetPresenceParams { with_session_id session_id : ::std::string::String;
    with_availability availability : ::std::string::String; with_activity activity :
    ::std::string::String; with_expiration_duration expiration_duration :
    rt::edm::Duration; }
);
#[cfg(msgraph_v1_core_or_communications)]
#[cfg(feature = "serde")]
rt::impl_serde!(PresenceSetPresenceParams);
#[cfg(msgraph_v1_core_or_communications)]
/// Parameters of the action `microsoft.graph.setStatusMessage`.
/// - `statusMessage`: `microsoft.graph.presenceStatusMessage`
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-communications`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct PresenceSetStatusMessageParams {
    /// CSDL: property `statusMessage`: `microsoft.graph.presenceStatusMessage`, nullable.
    pub status_message: rt::Field<crate::v1::PresenceStatusMessage>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_communications)]
impl ::std::default::Default for PresenceSetStatusMessageParams {
    #[inline]
    fn default() -> Self {
        Self {
            status_message: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_communications)]
impl rt::Object for PresenceSetStatusMessageParams {
    const TYPE_NAME: &'static str = "microsoft.graph.setStatusMessage(microsoft.graph.presence)";
    const KEYS: &'static [&'static str] = &["statusMessage"];
    const KEYS_JSON: &'static [&'static str] = &[",\"statusMessage\":                "];
    const TAG: &'static str = "\"#microsoft.graph.setStatusMessage(microsoft.graph.presence)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "status_message", &self.status_message);
    }
}
#[cfg(msgraph_v1_core_or_communications)]
impl rt::object::Members for PresenceSetStatusMessageParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.status_message.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.status_message);
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
rt::impl_object!(PresenceSetStatusMessageParams);
#[cfg(msgraph_v1_core_or_communications)]
rt::impl_setters!(
    PresenceSetStatusMessageParams { with_status_message status_message : crate
    ::v1::PresenceStatusMessage; }
);
#[cfg(msgraph_v1_core_or_communications)]
#[cfg(feature = "serde")]
rt::impl_serde!(PresenceSetStatusMessageParams);
#[cfg(msgraph_v1_core_or_communications)]
/// Parameters of the action `microsoft.graph.setUserPreferredPresence`.
/// - `availability`: `Edm.String`
/// - `activity`: `Edm.String`
/// - `expirationDuration`: `Edm.Duration`
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-communications`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct PresenceSetUserPreferredPresenceParams {
    /// CSDL: property `availability`: `Edm.String`, not nullable.
    pub availability: rt::Field<::std::string::String>,
    /// CSDL: property `activity`: `Edm.String`, not nullable.
    pub activity: rt::Field<::std::string::String>,
    /// CSDL: property `expirationDuration`: `Edm.Duration`, nullable.
    pub expiration_duration: rt::Field<rt::edm::Duration>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_communications)]
impl ::std::default::Default for PresenceSetUserPreferredPresenceParams {
    #[inline]
    fn default() -> Self {
        Self {
            availability: rt::Field::Absent,
            activity: rt::Field::Absent,
            expiration_duration: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_communications)]
impl rt::Object for PresenceSetUserPreferredPresenceParams {
    const TYPE_NAME: &'static str = "microsoft.graph.setUserPreferredPresence(microsoft.graph.presence)";
    const KEYS: &'static [&'static str] = &[
        "availability",
        "activity",
        "expirationDuration",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"availability\":                 ",
        ",\"activity\":                     ",
        ",\"expirationDuration\":           ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.setUserPreferredPresence(microsoft.graph.presence)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "availability", &self.availability);
        v.field(1usize, "activity", &self.activity);
        v.field(2usize, "expiration_duration", &self.expiration_duration);
    }
}
#[cfg(msgraph_v1_core_or_communications)]
impl rt::object::Members for PresenceSetUserPreferredPresenceParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.availability.read_from(r),
            1usize => self.activity.read_from(r),
            2usize => self.expiration_duration.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.availability);
        w.field(1usize, &self.activity);
        w.field(2usize, &self.expiration_duration);
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
rt::impl_object!(PresenceSetUserPreferredPresenceParams);
#[cfg(msgraph_v1_core_or_communications)]
rt::impl_setters!(
    PresenceSetUserPreferredPresenceParams { with_availability availability :
    ::std::string::String; with_activity activity : ::std::string::String;
    with_expiration_duration expiration_duration : rt::edm::Duration; }
);
#[cfg(msgraph_v1_core_or_communications)]
#[cfg(feature = "serde")]
rt::impl_serde!(PresenceSetUserPreferredPresenceParams);
#[cfg(msgraph_v1_communications_or_search)]
/// Parameters of the action `microsoft.graph.startHoldMusic`.
/// - `customPrompt`: `microsoft.graph.prompt`
/// - `clientContext`: `Edm.String`
///
/// Features: `v1`, or one of `v1-communications`, `v1-search`.
#[derive(Clone)]
pub struct ParticipantStartHoldMusicParams {
    /// CSDL: property `customPrompt`: `microsoft.graph.prompt`, nullable.
    pub custom_prompt: rt::Field<crate::v1::AnyPrompt>,
    /// CSDL: property `clientContext`: `Edm.String`, nullable.
    pub client_context: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_communications_or_search)]
impl ::std::default::Default for ParticipantStartHoldMusicParams {
    #[inline]
    fn default() -> Self {
        Self {
            custom_prompt: rt::Field::Absent,
            client_context: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_communications_or_search)]
impl rt::Object for ParticipantStartHoldMusicParams {
    const TYPE_NAME: &'static str = "microsoft.graph.startHoldMusic(microsoft.graph.participant)";
    const KEYS: &'static [&'static str] = &["customPrompt", "clientContext"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"customPrompt\":                 ",
        ",\"clientContext\":                ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.startHoldMusic(microsoft.graph.participant)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "custom_prompt", &self.custom_prompt);
        v.field(1usize, "client_context", &self.client_context);
    }
}
#[cfg(msgraph_v1_communications_or_search)]
impl rt::object::Members for ParticipantStartHoldMusicParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.custom_prompt.read_from(r),
            1usize => self.client_context.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.custom_prompt);
        w.field(1usize, &self.client_context);
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
rt::impl_object!(ParticipantStartHoldMusicParams);
#[cfg(msgraph_v1_communications_or_search)]
rt::impl_setters!(
    ParticipantStartHoldMusicParams { with_custom_prompt custom_prompt : crate
    ::v1::AnyPrompt; with_client_context client_context : ::std::string::String; }
);
#[cfg(msgraph_v1_communications_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ParticipantStartHoldMusicParams);
#[cfg(msgraph_v1_communications_or_search)]
/// Parameters of the action `microsoft.graph.stopHoldMusic`.
/// - `clientContext`: `Edm.String`
///
/// Features: `v1`, or one of `v1-communications`, `v1-search`.
#[derive(Clone)]
pub struct ParticipantStopHoldMusicParams {
    /// CSDL: property `clientContext`: `Edm.String`, nullable.
    pub client_context: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_communications_or_search)]
impl ::std::default::Default for ParticipantStopHoldMusicParams {
    #[inline]
    fn default() -> Self {
        Self {
            client_context: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_communications_or_search)]
impl rt::Object for ParticipantStopHoldMusicParams {
    const TYPE_NAME: &'static str = "microsoft.graph.stopHoldMusic(microsoft.graph.participant)";
    const KEYS: &'static [&'static str] = &["clientContext"];
    const KEYS_JSON: &'static [&'static str] = &[",\"clientContext\":                "];
    const TAG: &'static str = "\"#microsoft.graph.stopHoldMusic(microsoft.graph.participant)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "client_context", &self.client_context);
    }
}
#[cfg(msgraph_v1_communications_or_search)]
impl rt::object::Members for ParticipantStopHoldMusicParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.client_context.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.client_context);
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
rt::impl_object!(ParticipantStopHoldMusicParams);
#[cfg(msgraph_v1_communications_or_search)]
rt::impl_setters!(
    ParticipantStopHoldMusicParams { with_client_context client_context :
    ::std::string::String; }
);
#[cfg(msgraph_v1_communications_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ParticipantStopHoldMusicParams);
#[cfg(msgraph_v1_identity_protection_or_search)]
/// Parameters of the action `microsoft.graph.confirmCompromised`.
/// - `servicePrincipalIds`: `Collection(Edm.String)`
///
/// Features: `v1`, or one of `v1-identity-protection`, `v1-search`.
#[derive(Clone)]
pub struct RiskyServicePrincipalCollectionConfirmCompromisedParams {
    /// CSDL: property `servicePrincipalIds`: `Collection(Edm.String)`, nullable.
    pub service_principal_ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_protection_or_search)]
impl ::std::default::Default
for RiskyServicePrincipalCollectionConfirmCompromisedParams {
    #[inline]
    fn default() -> Self {
        Self {
            service_principal_ids: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_protection_or_search)]
impl rt::Object for RiskyServicePrincipalCollectionConfirmCompromisedParams {
    const TYPE_NAME: &'static str = "microsoft.graph.confirmCompromised(Collection(microsoft.graph.riskyServicePrincipal))";
    const KEYS: &'static [&'static str] = &["servicePrincipalIds"];
    const KEYS_JSON: &'static [&'static str] = &[",\"servicePrincipalIds\":          "];
    const TAG: &'static str = "\"#microsoft.graph.confirmCompromised(Collection(microsoft.graph.riskyServicePrincipal))\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "service_principal_ids", &self.service_principal_ids);
    }
}
#[cfg(msgraph_v1_identity_protection_or_search)]
impl rt::object::Members for RiskyServicePrincipalCollectionConfirmCompromisedParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.service_principal_ids.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.service_principal_ids);
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
#[cfg(msgraph_v1_identity_protection_or_search)]
rt::impl_object!(RiskyServicePrincipalCollectionConfirmCompromisedParams);
#[cfg(msgraph_v1_identity_protection_or_search)]
rt::impl_setters!(
    RiskyServicePrincipalCollectionConfirmCompromisedParams { with_service_principal_ids
    service_principal_ids : ::std::vec::Vec < ::std::string::String >; }
);
#[cfg(msgraph_v1_identity_protection_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(RiskyServicePrincipalCollectionConfirmCompromisedParams);
#[cfg(msgraph_v1_identity_protection_or_search)]
/// Parameters of the action `microsoft.graph.confirmCompromised`.
/// - `userIds`: `Collection(Edm.String)`
///
/// Features: `v1`, or one of `v1-identity-protection`, `v1-search`.
#[derive(Clone)]
pub struct RiskyUserCollectionConfirmCompromisedParams {
    /// CSDL: property `userIds`: `Collection(Edm.String)`, nullable.
    pub user_ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_protection_or_search)]
impl ::std::default::Default for RiskyUserCollectionConfirmCompromisedParams {
    #[inline]
    fn default() -> Self {
        Self {
            user_ids: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_protection_or_search)]
impl rt::Object for RiskyUserCollectionConfirmCompromisedParams {
    const TYPE_NAME: &'static str = "microsoft.graph.confirmCompromised(Collection(microsoft.graph.riskyUser))";
    const KEYS: &'static [&'static str] = &["userIds"];
    const KEYS_JSON: &'static [&'static str] = &[",\"userIds\":                      "];
    const TAG: &'static str = "\"#microsoft.graph.confirmCompromised(Collection(microsoft.graph.riskyUser))\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "user_ids", &self.user_ids);
    }
}
#[cfg(msgraph_v1_identity_protection_or_search)]
impl rt::object::Members for RiskyUserCollectionConfirmCompromisedParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.user_ids.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.user_ids);
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
#[cfg(msgraph_v1_identity_protection_or_search)]
rt::impl_object!(RiskyUserCollectionConfirmCompromisedParams);
#[cfg(msgraph_v1_identity_protection_or_search)]
rt::impl_setters!(
    RiskyUserCollectionConfirmCompromisedParams { with_user_ids user_ids :
    ::std::vec::Vec < ::std::string::String >; }
);
#[cfg(msgraph_v1_identity_protection_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(RiskyUserCollectionConfirmCompromisedParams);
#[cfg(msgraph_v1_identity_protection_or_search)]
/// Parameters of the action `microsoft.graph.confirmSafe`.
/// - `userIds`: `Collection(Edm.String)`
///
/// Features: `v1`, or one of `v1-identity-protection`, `v1-search`.
#[derive(Clone)]
pub struct RiskyUserCollectionConfirmSafeParams {
    /// CSDL: property `userIds`: `Collection(Edm.String)`, nullable.
    pub user_ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_protection_or_search)]
impl ::std::default::Default for RiskyUserCollectionConfirmSafeParams {
    #[inline]
    fn default() -> Self {
        Self {
            user_ids: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_protection_or_search)]
impl rt::Object for RiskyUserCollectionConfirmSafeParams {
    const TYPE_NAME: &'static str = "microsoft.graph.confirmSafe(Collection(microsoft.graph.riskyUser))";
    const KEYS: &'static [&'static str] = &["userIds"];
    const KEYS_JSON: &'static [&'static str] = &[",\"userIds\":                      "];
    const TAG: &'static str = "\"#microsoft.graph.confirmSafe(Collection(microsoft.graph.riskyUser))\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "user_ids", &self.user_ids);
    }
}
#[cfg(msgraph_v1_identity_protection_or_search)]
impl rt::object::Members for RiskyUserCollectionConfirmSafeParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.user_ids.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.user_ids);
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
#[cfg(msgraph_v1_identity_protection_or_search)]
rt::impl_object!(RiskyUserCollectionConfirmSafeParams);
#[cfg(msgraph_v1_identity_protection_or_search)]
rt::impl_setters!(
    RiskyUserCollectionConfirmSafeParams { with_user_ids user_ids : ::std::vec::Vec <
    ::std::string::String >; }
);
#[cfg(msgraph_v1_identity_protection_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(RiskyUserCollectionConfirmSafeParams);
#[cfg(msgraph_v1_identity_protection_or_search)]
/// Parameters of the action `microsoft.graph.dismiss`.
/// - `servicePrincipalIds`: `Collection(Edm.String)`
///
/// Features: `v1`, or one of `v1-identity-protection`, `v1-search`.
#[derive(Clone)]
pub struct RiskyServicePrincipalCollectionDismissParams {
    /// CSDL: property `servicePrincipalIds`: `Collection(Edm.String)`, nullable.
    pub service_principal_ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_protection_or_search)]
impl ::std::default::Default for RiskyServicePrincipalCollectionDismissParams {
    #[inline]
    fn default() -> Self {
        Self {
            service_principal_ids: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_protection_or_search)]
impl rt::Object for RiskyServicePrincipalCollectionDismissParams {
    const TYPE_NAME: &'static str = "microsoft.graph.dismiss(Collection(microsoft.graph.riskyServicePrincipal))";
    const KEYS: &'static [&'static str] = &["servicePrincipalIds"];
    const KEYS_JSON: &'static [&'static str] = &[",\"servicePrincipalIds\":          "];
    const TAG: &'static str = "\"#microsoft.graph.dismiss(Collection(microsoft.graph.riskyServicePrincipal))\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "service_principal_ids", &self.service_principal_ids);
    }
}
#[cfg(msgraph_v1_identity_protection_or_search)]
impl rt::object::Members for RiskyServicePrincipalCollectionDismissParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.service_principal_ids.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.service_principal_ids);
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
#[cfg(msgraph_v1_identity_protection_or_search)]
rt::impl_object!(RiskyServicePrincipalCollectionDismissParams);
#[cfg(msgraph_v1_identity_protection_or_search)]
rt::impl_setters!(
    RiskyServicePrincipalCollectionDismissParams { with_service_principal_ids
    service_principal_ids : ::std::vec::Vec < ::std::string::String >; }
);
#[cfg(msgraph_v1_identity_protection_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(RiskyServicePrincipalCollectionDismissParams);
#[cfg(msgraph_v1_identity_protection_or_search)]
/// Parameters of the action `microsoft.graph.dismiss`.
/// - `userIds`: `Collection(Edm.String)`
///
/// Features: `v1`, or one of `v1-identity-protection`, `v1-search`.
#[derive(Clone)]
pub struct RiskyUserCollectionDismissParams {
    /// CSDL: property `userIds`: `Collection(Edm.String)`, nullable.
    pub user_ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_protection_or_search)]
impl ::std::default::Default for RiskyUserCollectionDismissParams {
    #[inline]
    fn default() -> Self {
        Self {
            user_ids: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_protection_or_search)]
impl rt::Object for RiskyUserCollectionDismissParams {
    const TYPE_NAME: &'static str = "microsoft.graph.dismiss(Collection(microsoft.graph.riskyUser))";
    const KEYS: &'static [&'static str] = &["userIds"];
    const KEYS_JSON: &'static [&'static str] = &[",\"userIds\":                      "];
    const TAG: &'static str = "\"#microsoft.graph.dismiss(Collection(microsoft.graph.riskyUser))\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "user_ids", &self.user_ids);
    }
}
#[cfg(msgraph_v1_identity_protection_or_search)]
impl rt::object::Members for RiskyUserCollectionDismissParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.user_ids.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.user_ids);
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
#[cfg(msgraph_v1_identity_protection_or_search)]
rt::impl_object!(RiskyUserCollectionDismissParams);
#[cfg(msgraph_v1_identity_protection_or_search)]
rt::impl_setters!(
    RiskyUserCollectionDismissParams { with_user_ids user_ids : ::std::vec::Vec <
    ::std::string::String >; }
);
#[cfg(msgraph_v1_identity_protection_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(RiskyUserCollectionDismissParams);
#[cfg(msgraph_v1_search_or_solutions)]
/// Parameters of the action `microsoft.graph.search`.
/// - `protectionUnitIds`: `Collection(Edm.String)`
/// - `protectionTimePeriod`: `microsoft.graph.timePeriod`
/// - `restorePointPreference`: `microsoft.graph.restorePointPreference`
/// - `tags`: `microsoft.graph.restorePointTags`
/// - `artifactQuery`: `microsoft.graph.artifactQuery`, optional
///
/// Features: `v1`, or one of `v1-search`, `v1-solutions`.
#[derive(Clone)]
pub struct RestorePointCollectionSearchParams {
    /// CSDL: property `protectionUnitIds`: `Collection(Edm.String)`, nullable.
    pub protection_unit_ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `protectionTimePeriod`: `microsoft.graph.timePeriod`, nullable.
    pub protection_time_period: rt::Field<crate::v1::TimePeriod>,
    /// CSDL: property `restorePointPreference`: `microsoft.graph.restorePointPreference`, nullable.
    pub restore_point_preference: rt::Field<crate::v1::RestorePointPreference>,
    /// CSDL: property `tags`: `microsoft.graph.restorePointTags`, nullable.
    pub tags: rt::Field<rt::Flags<crate::v1::RestorePointTags>>,
    /// CSDL: property `artifactQuery`: `microsoft.graph.artifactQuery`, nullable.
    pub artifact_query: rt::Field<crate::v1::ArtifactQuery>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_solutions)]
impl ::std::default::Default for RestorePointCollectionSearchParams {
    #[inline]
    fn default() -> Self {
        Self {
            protection_unit_ids: rt::Field::Absent,
            protection_time_period: rt::Field::Absent,
            restore_point_preference: rt::Field::Absent,
            tags: rt::Field::Absent,
            artifact_query: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::Object for RestorePointCollectionSearchParams {
    const TYPE_NAME: &'static str = "microsoft.graph.search(Collection(microsoft.graph.restorePoint))";
    const KEYS: &'static [&'static str] = &[
        "protectionUnitIds",
        "protectionTimePeriod",
        "restorePointPreference",
        "tags",
        "artifactQuery",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"protectionUnitIds\":            ",
        ",\"protectionTimePeriod\":         ",
        ",\"restorePointPreference\":       ",
        ",\"tags\":                         ",
        ",\"artifactQuery\":                ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.search(Collection(microsoft.graph.restorePoint))\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "protection_unit_ids", &self.protection_unit_ids);
        v.field(1usize, "protection_time_period", &self.protection_time_period);
        v.field(2usize, "restore_point_preference", &self.restore_point_preference);
        v.field(3usize, "tags", &self.tags);
        v.field(4usize, "artifact_query", &self.artifact_query);
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::object::Members for RestorePointCollectionSearchParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.protection_unit_ids.read_from(r),
            1usize => self.protection_time_period.read_from(r),
            2usize => self.restore_point_preference.read_from(r),
            3usize => self.tags.read_from(r),
            4usize => self.artifact_query.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.protection_unit_ids);
        w.field(1usize, &self.protection_time_period);
        w.field(2usize, &self.restore_point_preference);
        w.field(3usize, &self.tags);
        w.field(4usize, &self.artifact_query);
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
rt::impl_object!(RestorePointCollectionSearchParams);
#[cfg(msgraph_v1_search_or_solutions)]
rt::impl_setters!(
    RestorePointCollectionSearchParams { with_protection_unit_ids protection_unit_ids :
    ::std::vec::Vec < ::std::string::String >; with_protection_time_period
    protection_time_period : crate ::v1::TimePeriod; with_restore_point_preference
    restore_point_preference : crate ::v1::RestorePointPreference; with_tags tags :
    rt::Flags < crate ::v1::RestorePointTags >; with_artifact_query artifact_query :
    crate ::v1::ArtifactQuery; }
);
#[cfg(msgraph_v1_search_or_solutions)]
#[cfg(feature = "serde")]
rt::impl_serde!(RestorePointCollectionSearchParams);
#[cfg(msgraph_v1_core)]
/// Parameters of the action `microsoft.graph.acquireAccessToken`.
/// - `credentials`: `Collection(microsoft.graph.synchronizationSecretKeyStringValuePair)`
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct SynchronizationAcquireAccessTokenParams {
    /// CSDL: property `credentials`: `Collection(microsoft.graph.synchronizationSecretKeyStringValuePair)`, nullable.
    pub credentials: rt::Field<
        ::std::vec::Vec<crate::v1::SynchronizationSecretKeyStringValuePair>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for SynchronizationAcquireAccessTokenParams {
    #[inline]
    fn default() -> Self {
        Self {
            credentials: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for SynchronizationAcquireAccessTokenParams {
    const TYPE_NAME: &'static str = "microsoft.graph.acquireAccessToken(microsoft.graph.synchronization)";
    const KEYS: &'static [&'static str] = &["credentials"];
    const KEYS_JSON: &'static [&'static str] = &[",\"credentials\":                  "];
    const TAG: &'static str = "\"#microsoft.graph.acquireAccessToken(microsoft.graph.synchronization)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "credentials", &self.credentials);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for SynchronizationAcquireAccessTokenParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.credentials.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.credentials);
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
rt::impl_object!(SynchronizationAcquireAccessTokenParams);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    SynchronizationAcquireAccessTokenParams { with_credentials credentials :
    ::std::vec::Vec < crate ::v1::SynchronizationSecretKeyStringValuePair >; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(SynchronizationAcquireAccessTokenParams);
#[cfg(msgraph_v1_search_or_solutions)]
/// Parameters of the action `microsoft.graph.activate`.
/// - `effectiveDateTime`: `Edm.DateTimeOffset`
///
/// Features: `v1`, or one of `v1-search`, `v1-solutions`.
#[derive(Clone)]
pub struct ServiceAppActivateParams {
    /// CSDL: property `effectiveDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub effective_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_solutions)]
impl ::std::default::Default for ServiceAppActivateParams {
    #[inline]
    fn default() -> Self {
        Self {
            effective_date_time: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::Object for ServiceAppActivateParams {
    const TYPE_NAME: &'static str = "microsoft.graph.activate(microsoft.graph.serviceApp)";
    const KEYS: &'static [&'static str] = &["effectiveDateTime"];
    const KEYS_JSON: &'static [&'static str] = &[",\"effectiveDateTime\":            "];
    const TAG: &'static str = "\"#microsoft.graph.activate(microsoft.graph.serviceApp)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "effective_date_time", &self.effective_date_time);
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::object::Members for ServiceAppActivateParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.effective_date_time.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.effective_date_time);
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
rt::impl_object!(ServiceAppActivateParams);
#[cfg(msgraph_v1_search_or_solutions)]
rt::impl_setters!(
    ServiceAppActivateParams { with_effective_date_time effective_date_time :
    rt::edm::DateTimeOffset; }
);
#[cfg(msgraph_v1_search_or_solutions)]
#[cfg(feature = "serde")]
rt::impl_serde!(ServiceAppActivateParams);
#[cfg(msgraph_v1_core)]
/// Parameters of the action `microsoft.graph.addKey`.
/// - `keyCredential`: `microsoft.graph.keyCredential`
/// - `passwordCredential`: `microsoft.graph.passwordCredential`
/// - `proof`: `Edm.String`
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ServicePrincipalAddKeyParams {
    /// CSDL: property `keyCredential`: `microsoft.graph.keyCredential`, not nullable.
    pub key_credential: rt::Field<crate::v1::KeyCredential>,
    /// CSDL: property `passwordCredential`: `microsoft.graph.passwordCredential`, nullable.
    pub password_credential: rt::Field<crate::v1::PasswordCredential>,
    /// CSDL: property `proof`: `Edm.String`, not nullable.
    pub proof: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for ServicePrincipalAddKeyParams {
    #[inline]
    fn default() -> Self {
        Self {
            key_credential: rt::Field::Absent,
            password_credential: rt::Field::Absent,
            proof: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for ServicePrincipalAddKeyParams {
    const TYPE_NAME: &'static str = "microsoft.graph.addKey(microsoft.graph.servicePrincipal)";
    const KEYS: &'static [&'static str] = &[
        "keyCredential",
        "passwordCredential",
        "proof",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"keyCredential\":                ",
        ",\"passwordCredential\":           ",
        ",\"proof\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.addKey(microsoft.graph.servicePrincipal)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "key_credential", &self.key_credential);
        v.field(1usize, "password_credential", &self.password_credential);
        v.field(2usize, "proof", &self.proof);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for ServicePrincipalAddKeyParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.key_credential.read_from(r),
            1usize => self.password_credential.read_from(r),
            2usize => self.proof.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.key_credential);
        w.field(1usize, &self.password_credential);
        w.field(2usize, &self.proof);
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
rt::impl_object!(ServicePrincipalAddKeyParams);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    ServicePrincipalAddKeyParams { with_key_credential key_credential : crate
    ::v1::KeyCredential; with_password_credential password_credential : crate
    ::v1::PasswordCredential; with_proof proof : ::std::string::String; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(ServicePrincipalAddKeyParams);
#[cfg(msgraph_v1_core)]
/// Parameters of the action `microsoft.graph.addPassword`.
/// - `passwordCredential`: `microsoft.graph.passwordCredential`
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ServicePrincipalAddPasswordParams {
    /// CSDL: property `passwordCredential`: `microsoft.graph.passwordCredential`, nullable.
    pub password_credential: rt::Field<crate::v1::PasswordCredential>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for ServicePrincipalAddPasswordParams {
    #[inline]
    fn default() -> Self {
        Self {
            password_credential: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for ServicePrincipalAddPasswordParams {
    const TYPE_NAME: &'static str = "microsoft.graph.addPassword(microsoft.graph.servicePrincipal)";
    const KEYS: &'static [&'static str] = &["passwordCredential"];
    const KEYS_JSON: &'static [&'static str] = &[",\"passwordCredential\":           "];
    const TAG: &'static str = "\"#microsoft.graph.addPassword(microsoft.graph.servicePrincipal)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "password_credential", &self.password_credential);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for ServicePrincipalAddPasswordParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.password_credential.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.password_credential);
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
rt::impl_object!(ServicePrincipalAddPasswordParams);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    ServicePrincipalAddPasswordParams { with_password_credential password_credential :
    crate ::v1::PasswordCredential; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(ServicePrincipalAddPasswordParams);
#[cfg(msgraph_v1_core)]
/// Parameters of the action `microsoft.graph.addTokenSigningCertificate`.
/// - `displayName`: `Edm.String`
/// - `endDateTime`: `Edm.DateTimeOffset`
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ServicePrincipalAddTokenSigningCertificateParams {
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `endDateTime`: `Edm.DateTimeOffset`, nullable.
    pub end_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for ServicePrincipalAddTokenSigningCertificateParams {
    #[inline]
    fn default() -> Self {
        Self {
            display_name: rt::Field::Absent,
            end_date_time: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for ServicePrincipalAddTokenSigningCertificateParams {
    const TYPE_NAME: &'static str = "microsoft.graph.addTokenSigningCertificate(microsoft.graph.servicePrincipal)";
    const KEYS: &'static [&'static str] = &["displayName", "endDateTime"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"displayName\":                  ",
        ",\"endDateTime\":                  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.addTokenSigningCertificate(microsoft.graph.servicePrincipal)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "display_name", &self.display_name);
        v.field(1usize, "end_date_time", &self.end_date_time);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for ServicePrincipalAddTokenSigningCertificateParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.display_name.read_from(r),
            1usize => self.end_date_time.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.display_name);
        w.field(1usize, &self.end_date_time);
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
rt::impl_object!(ServicePrincipalAddTokenSigningCertificateParams);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    ServicePrincipalAddTokenSigningCertificateParams { with_display_name display_name :
    ::std::string::String; with_end_date_time end_date_time : rt::edm::DateTimeOffset; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(ServicePrincipalAddTokenSigningCertificateParams);
#[cfg(msgraph_v1_core)]
/// Parameters of the action `microsoft.graph.approve`.
/// - `message`: `Edm.String`
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ScheduleChangeRequestApproveParams {
    /// CSDL: property `message`: `Edm.String`, nullable.
    pub message: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for ScheduleChangeRequestApproveParams {
    #[inline]
    fn default() -> Self {
        Self {
            message: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for ScheduleChangeRequestApproveParams {
    const TYPE_NAME: &'static str = "microsoft.graph.approve(microsoft.graph.scheduleChangeRequest)";
    const KEYS: &'static [&'static str] = &["message"];
    const KEYS_JSON: &'static [&'static str] = &[",\"message\":                      "];
    const TAG: &'static str = "\"#microsoft.graph.approve(microsoft.graph.scheduleChangeRequest)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "message", &self.message);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for ScheduleChangeRequestApproveParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.message.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.message);
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
rt::impl_object!(ScheduleChangeRequestApproveParams);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    ScheduleChangeRequestApproveParams { with_message message : ::std::string::String; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(ScheduleChangeRequestApproveParams);
#[cfg(msgraph_v1_admin_or_search)]
/// Parameters of the action `microsoft.graph.archive`.
/// - `messageIds`: `Collection(Edm.String)`
///
/// Features: `v1`, or one of `v1-admin`, `v1-search`.
#[derive(Clone)]
pub struct ServiceUpdateMessageCollectionArchiveParams {
    /// CSDL: property `messageIds`: `Collection(Edm.String)`, nullable.
    pub message_ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_admin_or_search)]
impl ::std::default::Default for ServiceUpdateMessageCollectionArchiveParams {
    #[inline]
    fn default() -> Self {
        Self {
            message_ids: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_admin_or_search)]
impl rt::Object for ServiceUpdateMessageCollectionArchiveParams {
    const TYPE_NAME: &'static str = "microsoft.graph.archive(Collection(microsoft.graph.serviceUpdateMessage))";
    const KEYS: &'static [&'static str] = &["messageIds"];
    const KEYS_JSON: &'static [&'static str] = &[",\"messageIds\":                   "];
    const TAG: &'static str = "\"#microsoft.graph.archive(Collection(microsoft.graph.serviceUpdateMessage))\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "message_ids", &self.message_ids);
    }
}
#[cfg(msgraph_v1_admin_or_search)]
impl rt::object::Members for ServiceUpdateMessageCollectionArchiveParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.message_ids.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.message_ids);
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
#[cfg(msgraph_v1_admin_or_search)]
rt::impl_object!(ServiceUpdateMessageCollectionArchiveParams);
#[cfg(msgraph_v1_admin_or_search)]
rt::impl_setters!(
    ServiceUpdateMessageCollectionArchiveParams { with_message_ids message_ids :
    ::std::vec::Vec < ::std::string::String >; }
);
#[cfg(msgraph_v1_admin_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ServiceUpdateMessageCollectionArchiveParams);
#[cfg(msgraph_v1_core_or_security)]
/// Parameters of the action `microsoft.graph.computeRightsAndInheritance`.
/// - `delegatedUserEmail`: `Edm.String`
/// - `locale`: `Edm.String`
/// - `protectedContents`: `Collection(microsoft.graph.protectedContent)`
/// - `supportedContentFormats`: `Collection(Edm.String)`
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct SensitivityLabelCollectionComputeRightsAndInheritanceParams {
    /// CSDL: property `delegatedUserEmail`: `Edm.String`, nullable.
    pub delegated_user_email: rt::Field<::std::string::String>,
    /// CSDL: property `locale`: `Edm.String`, nullable.
    pub locale: rt::Field<::std::string::String>,
    /// CSDL: property `protectedContents`: `Collection(microsoft.graph.protectedContent)`, not nullable.
    pub protected_contents: rt::Field<::std::vec::Vec<crate::v1::ProtectedContent>>,
    /// CSDL: property `supportedContentFormats`: `Collection(Edm.String)`, not nullable.
    pub supported_content_formats: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_security)]
impl ::std::default::Default
for SensitivityLabelCollectionComputeRightsAndInheritanceParams {
    #[inline]
    fn default() -> Self {
        Self {
            delegated_user_email: rt::Field::Absent,
            locale: rt::Field::Absent,
            protected_contents: rt::Field::Absent,
            supported_content_formats: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_security)]
impl rt::Object for SensitivityLabelCollectionComputeRightsAndInheritanceParams {
    const TYPE_NAME: &'static str = "microsoft.graph.computeRightsAndInheritance(Collection(microsoft.graph.sensitivityLabel))";
    const KEYS: &'static [&'static str] = &[
        "delegatedUserEmail",
        "locale",
        "protectedContents",
        "supportedContentFormats",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"delegatedUserEmail\":           ",
        ",\"locale\":                       ",
        ",\"protectedContents\":            ",
        ",\"supportedContentFormats\":      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.computeRightsAndInheritance(Collection(microsoft.graph.sensitivityLabel))\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "delegated_user_email", &self.delegated_user_email);
        v.field(1usize, "locale", &self.locale);
        v.field(2usize, "protected_contents", &self.protected_contents);
        v.field(3usize, "supported_content_formats", &self.supported_content_formats);
    }
}
#[cfg(msgraph_v1_core_or_security)]
impl rt::object::Members
for SensitivityLabelCollectionComputeRightsAndInheritanceParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.delegated_user_email.read_from(r),
            1usize => self.locale.read_from(r),
            2usize => self.protected_contents.read_from(r),
            3usize => self.supported_content_formats.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.delegated_user_email);
        w.field(1usize, &self.locale);
        w.field(2usize, &self.protected_contents);
        w.field(3usize, &self.supported_content_formats);
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
rt::impl_object!(SensitivityLabelCollectionComputeRightsAndInheritanceParams);
#[cfg(msgraph_v1_core_or_security)]
rt::impl_setters!(
    SensitivityLabelCollectionComputeRightsAndInheritanceParams {
    with_delegated_user_email delegated_user_email : ::std::string::String; with_locale
    locale : ::std::string::String; with_protected_contents protected_contents :
    ::std::vec::Vec < crate ::v1::ProtectedContent >; with_supported_content_formats
    supported_content_formats : ::std::vec::Vec < ::std::string::String >; }
);
#[cfg(msgraph_v1_core_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(SensitivityLabelCollectionComputeRightsAndInheritanceParams);
#[cfg(msgraph_v1_audit_logs_or_search)]
/// Parameters of the action `microsoft.graph.confirmCompromised`.
/// - `requestIds`: `Collection(Edm.String)`
///
/// Features: `v1`, or one of `v1-audit-logs`, `v1-search`.
#[derive(Clone)]
pub struct SignInCollectionConfirmCompromisedParams {
    /// CSDL: property `requestIds`: `Collection(Edm.String)`, nullable.
    pub request_ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_audit_logs_or_search)]
impl ::std::default::Default for SignInCollectionConfirmCompromisedParams {
    #[inline]
    fn default() -> Self {
        Self {
            request_ids: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_audit_logs_or_search)]
impl rt::Object for SignInCollectionConfirmCompromisedParams {
    const TYPE_NAME: &'static str = "microsoft.graph.confirmCompromised(Collection(microsoft.graph.signIn))";
    const KEYS: &'static [&'static str] = &["requestIds"];
    const KEYS_JSON: &'static [&'static str] = &[",\"requestIds\":                   "];
    const TAG: &'static str = "\"#microsoft.graph.confirmCompromised(Collection(microsoft.graph.signIn))\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "request_ids", &self.request_ids);
    }
}
#[cfg(msgraph_v1_audit_logs_or_search)]
impl rt::object::Members for SignInCollectionConfirmCompromisedParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.request_ids.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.request_ids);
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
#[cfg(msgraph_v1_audit_logs_or_search)]
rt::impl_object!(SignInCollectionConfirmCompromisedParams);
#[cfg(msgraph_v1_audit_logs_or_search)]
rt::impl_setters!(
    SignInCollectionConfirmCompromisedParams { with_request_ids request_ids :
    ::std::vec::Vec < ::std::string::String >; }
);
#[cfg(msgraph_v1_audit_logs_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(SignInCollectionConfirmCompromisedParams);
#[cfg(msgraph_v1_audit_logs_or_search)]
/// Parameters of the action `microsoft.graph.confirmSafe`.
/// - `requestIds`: `Collection(Edm.String)`
///
/// Features: `v1`, or one of `v1-audit-logs`, `v1-search`.
#[derive(Clone)]
pub struct SignInCollectionConfirmSafeParams {
    /// CSDL: property `requestIds`: `Collection(Edm.String)`, nullable.
    pub request_ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_audit_logs_or_search)]
impl ::std::default::Default for SignInCollectionConfirmSafeParams {
    #[inline]
    fn default() -> Self {
        Self {
            request_ids: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_audit_logs_or_search)]
impl rt::Object for SignInCollectionConfirmSafeParams {
    const TYPE_NAME: &'static str = "microsoft.graph.confirmSafe(Collection(microsoft.graph.signIn))";
    const KEYS: &'static [&'static str] = &["requestIds"];
    const KEYS_JSON: &'static [&'static str] = &[",\"requestIds\":                   "];
    const TAG: &'static str = "\"#microsoft.graph.confirmSafe(Collection(microsoft.graph.signIn))\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "request_ids", &self.request_ids);
    }
}
#[cfg(msgraph_v1_audit_logs_or_search)]
impl rt::object::Members for SignInCollectionConfirmSafeParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.request_ids.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.request_ids);
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
#[cfg(msgraph_v1_audit_logs_or_search)]
rt::impl_object!(SignInCollectionConfirmSafeParams);
#[cfg(msgraph_v1_audit_logs_or_search)]
rt::impl_setters!(
    SignInCollectionConfirmSafeParams { with_request_ids request_ids : ::std::vec::Vec <
    ::std::string::String >; }
);
#[cfg(msgraph_v1_audit_logs_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(SignInCollectionConfirmSafeParams);
#[cfg(msgraph_v1_core)]
/// Parameters of the action `microsoft.graph.decline`.
/// - `message`: `Edm.String`
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ScheduleChangeRequestDeclineParams {
    /// CSDL: property `message`: `Edm.String`, nullable.
    pub message: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for ScheduleChangeRequestDeclineParams {
    #[inline]
    fn default() -> Self {
        Self {
            message: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for ScheduleChangeRequestDeclineParams {
    const TYPE_NAME: &'static str = "microsoft.graph.decline(microsoft.graph.scheduleChangeRequest)";
    const KEYS: &'static [&'static str] = &["message"];
    const KEYS_JSON: &'static [&'static str] = &[",\"message\":                      "];
    const TAG: &'static str = "\"#microsoft.graph.decline(microsoft.graph.scheduleChangeRequest)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "message", &self.message);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for ScheduleChangeRequestDeclineParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.message.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.message);
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
rt::impl_object!(ScheduleChangeRequestDeclineParams);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    ScheduleChangeRequestDeclineParams { with_message message : ::std::string::String; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(ScheduleChangeRequestDeclineParams);
#[cfg(msgraph_v1_audit_logs_or_search)]
/// Parameters of the action `microsoft.graph.dismiss`.
/// - `requestIds`: `Collection(Edm.String)`
///
/// Features: `v1`, or one of `v1-audit-logs`, `v1-search`.
#[derive(Clone)]
pub struct SignInCollectionDismissParams {
    /// CSDL: property `requestIds`: `Collection(Edm.String)`, nullable.
    pub request_ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_audit_logs_or_search)]
impl ::std::default::Default for SignInCollectionDismissParams {
    #[inline]
    fn default() -> Self {
        Self {
            request_ids: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_audit_logs_or_search)]
impl rt::Object for SignInCollectionDismissParams {
    const TYPE_NAME: &'static str = "microsoft.graph.dismiss(Collection(microsoft.graph.signIn))";
    const KEYS: &'static [&'static str] = &["requestIds"];
    const KEYS_JSON: &'static [&'static str] = &[",\"requestIds\":                   "];
    const TAG: &'static str = "\"#microsoft.graph.dismiss(Collection(microsoft.graph.signIn))\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "request_ids", &self.request_ids);
    }
}
#[cfg(msgraph_v1_audit_logs_or_search)]
impl rt::object::Members for SignInCollectionDismissParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.request_ids.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.request_ids);
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
#[cfg(msgraph_v1_audit_logs_or_search)]
rt::impl_object!(SignInCollectionDismissParams);
#[cfg(msgraph_v1_audit_logs_or_search)]
rt::impl_setters!(
    SignInCollectionDismissParams { with_request_ids request_ids : ::std::vec::Vec <
    ::std::string::String >; }
);
#[cfg(msgraph_v1_audit_logs_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(SignInCollectionDismissParams);
#[cfg(msgraph_v1_admin_or_search)]
/// Parameters of the action `microsoft.graph.favorite`.
/// - `messageIds`: `Collection(Edm.String)`
///
/// Features: `v1`, or one of `v1-admin`, `v1-search`.
#[derive(Clone)]
pub struct ServiceUpdateMessageCollectionFavoriteParams {
    /// CSDL: property `messageIds`: `Collection(Edm.String)`, nullable.
    pub message_ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_admin_or_search)]
impl ::std::default::Default for ServiceUpdateMessageCollectionFavoriteParams {
    #[inline]
    fn default() -> Self {
        Self {
            message_ids: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_admin_or_search)]
impl rt::Object for ServiceUpdateMessageCollectionFavoriteParams {
    const TYPE_NAME: &'static str = "microsoft.graph.favorite(Collection(microsoft.graph.serviceUpdateMessage))";
    const KEYS: &'static [&'static str] = &["messageIds"];
    const KEYS_JSON: &'static [&'static str] = &[",\"messageIds\":                   "];
    const TAG: &'static str = "\"#microsoft.graph.favorite(Collection(microsoft.graph.serviceUpdateMessage))\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "message_ids", &self.message_ids);
    }
}
#[cfg(msgraph_v1_admin_or_search)]
impl rt::object::Members for ServiceUpdateMessageCollectionFavoriteParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.message_ids.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.message_ids);
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
#[cfg(msgraph_v1_admin_or_search)]
rt::impl_object!(ServiceUpdateMessageCollectionFavoriteParams);
#[cfg(msgraph_v1_admin_or_search)]
rt::impl_setters!(
    ServiceUpdateMessageCollectionFavoriteParams { with_message_ids message_ids :
    ::std::vec::Vec < ::std::string::String >; }
);
#[cfg(msgraph_v1_admin_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ServiceUpdateMessageCollectionFavoriteParams);
#[cfg(msgraph_v1_core_or_sites)]
/// Parameters of the action `microsoft.graph.getWebPartsByPosition`.
/// - `webPartIndex`: `Edm.Double`
/// - `horizontalSectionId`: `Edm.Double`
/// - `isInVerticalSection`: `Edm.Boolean`
/// - `columnId`: `Edm.Double`
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct SitePageGetWebPartsByPositionParams {
    /// CSDL: property `webPartIndex`: `Edm.Double`, nullable.
    pub web_part_index: rt::Field<f64>,
    /// CSDL: property `horizontalSectionId`: `Edm.Double`, nullable.
    pub horizontal_section_id: rt::Field<f64>,
    /// CSDL: property `isInVerticalSection`: `Edm.Boolean`, nullable.
    pub is_in_vertical_section: rt::Field<bool>,
    /// CSDL: property `columnId`: `Edm.Double`, nullable.
    pub column_id: rt::Field<f64>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_sites)]
impl ::std::default::Default for SitePageGetWebPartsByPositionParams {
    #[inline]
    fn default() -> Self {
        Self {
            web_part_index: rt::Field::Absent,
            horizontal_section_id: rt::Field::Absent,
            is_in_vertical_section: rt::Field::Absent,
            column_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_sites)]
impl rt::Object for SitePageGetWebPartsByPositionParams {
    const TYPE_NAME: &'static str = "microsoft.graph.getWebPartsByPosition(microsoft.graph.sitePage)";
    const KEYS: &'static [&'static str] = &[
        "webPartIndex",
        "horizontalSectionId",
        "isInVerticalSection",
        "columnId",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"webPartIndex\":                 ",
        ",\"horizontalSectionId\":          ",
        ",\"isInVerticalSection\":          ",
        ",\"columnId\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.getWebPartsByPosition(microsoft.graph.sitePage)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "web_part_index", &self.web_part_index);
        v.field(1usize, "horizontal_section_id", &self.horizontal_section_id);
        v.field(2usize, "is_in_vertical_section", &self.is_in_vertical_section);
        v.field(3usize, "column_id", &self.column_id);
    }
}
#[cfg(msgraph_v1_core_or_sites)]
impl rt::object::Members for SitePageGetWebPartsByPositionParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.web_part_index.read_from(r),
            1usize => self.horizontal_section_id.read_from(r),
            2usize => self.is_in_vertical_section.read_from(r),
            3usize => self.column_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.web_part_index);
        w.field(1usize, &self.horizontal_section_id);
        w.field(2usize, &self.is_in_vertical_section);
        w.field(3usize, &self.column_id);
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
rt::impl_object!(SitePageGetWebPartsByPositionParams);
#[cfg(msgraph_v1_core_or_sites)]
rt::impl_setters!(
    SitePageGetWebPartsByPositionParams { with_web_part_index web_part_index : f64;
    with_horizontal_section_id horizontal_section_id : f64; with_is_in_vertical_section
    is_in_vertical_section : bool; with_column_id column_id : f64; }
);
#[cfg(msgraph_v1_core_or_sites)]
#[cfg(feature = "serde")]
rt::impl_serde!(SitePageGetWebPartsByPositionParams);
#[cfg(msgraph_v1_admin_or_search)]
/// Parameters of the action `microsoft.graph.markRead`.
/// - `messageIds`: `Collection(Edm.String)`
///
/// Features: `v1`, or one of `v1-admin`, `v1-search`.
#[derive(Clone)]
pub struct ServiceUpdateMessageCollectionMarkReadParams {
    /// CSDL: property `messageIds`: `Collection(Edm.String)`, nullable.
    pub message_ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_admin_or_search)]
impl ::std::default::Default for ServiceUpdateMessageCollectionMarkReadParams {
    #[inline]
    fn default() -> Self {
        Self {
            message_ids: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_admin_or_search)]
impl rt::Object for ServiceUpdateMessageCollectionMarkReadParams {
    const TYPE_NAME: &'static str = "microsoft.graph.markRead(Collection(microsoft.graph.serviceUpdateMessage))";
    const KEYS: &'static [&'static str] = &["messageIds"];
    const KEYS_JSON: &'static [&'static str] = &[",\"messageIds\":                   "];
    const TAG: &'static str = "\"#microsoft.graph.markRead(Collection(microsoft.graph.serviceUpdateMessage))\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "message_ids", &self.message_ids);
    }
}
#[cfg(msgraph_v1_admin_or_search)]
impl rt::object::Members for ServiceUpdateMessageCollectionMarkReadParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.message_ids.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.message_ids);
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
#[cfg(msgraph_v1_admin_or_search)]
rt::impl_object!(ServiceUpdateMessageCollectionMarkReadParams);
#[cfg(msgraph_v1_admin_or_search)]
rt::impl_setters!(
    ServiceUpdateMessageCollectionMarkReadParams { with_message_ids message_ids :
    ::std::vec::Vec < ::std::string::String >; }
);
#[cfg(msgraph_v1_admin_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ServiceUpdateMessageCollectionMarkReadParams);
#[cfg(msgraph_v1_admin_or_search)]
/// Parameters of the action `microsoft.graph.markUnread`.
/// - `messageIds`: `Collection(Edm.String)`
///
/// Features: `v1`, or one of `v1-admin`, `v1-search`.
#[derive(Clone)]
pub struct ServiceUpdateMessageCollectionMarkUnreadParams {
    /// CSDL: property `messageIds`: `Collection(Edm.String)`, nullable.
    pub message_ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_admin_or_search)]
impl ::std::default::Default for ServiceUpdateMessageCollectionMarkUnreadParams {
    #[inline]
    fn default() -> Self {
        Self {
            message_ids: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_admin_or_search)]
impl rt::Object for ServiceUpdateMessageCollectionMarkUnreadParams {
    const TYPE_NAME: &'static str = "microsoft.graph.markUnread(Collection(microsoft.graph.serviceUpdateMessage))";
    const KEYS: &'static [&'static str] = &["messageIds"];
    const KEYS_JSON: &'static [&'static str] = &[",\"messageIds\":                   "];
    const TAG: &'static str = "\"#microsoft.graph.markUnread(Collection(microsoft.graph.serviceUpdateMessage))\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "message_ids", &self.message_ids);
    }
}
#[cfg(msgraph_v1_admin_or_search)]
impl rt::object::Members for ServiceUpdateMessageCollectionMarkUnreadParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.message_ids.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.message_ids);
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
#[cfg(msgraph_v1_admin_or_search)]
rt::impl_object!(ServiceUpdateMessageCollectionMarkUnreadParams);
#[cfg(msgraph_v1_admin_or_search)]
rt::impl_setters!(
    ServiceUpdateMessageCollectionMarkUnreadParams { with_message_ids message_ids :
    ::std::vec::Vec < ::std::string::String >; }
);
#[cfg(msgraph_v1_admin_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ServiceUpdateMessageCollectionMarkUnreadParams);
#[cfg(msgraph_v1_core)]
/// Parameters of the action `microsoft.graph.parseExpression`.
/// - `expression`: `Edm.String`
/// - `testInputObject`: `microsoft.graph.expressionInputObject`
/// - `targetAttributeDefinition`: `microsoft.graph.attributeDefinition`
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct SynchronizationSchemaParseExpressionParams {
    /// CSDL: property `expression`: `Edm.String`, nullable.
    pub expression: rt::Field<::std::string::String>,
    /// CSDL: property `testInputObject`: `microsoft.graph.expressionInputObject`, nullable.
    pub test_input_object: rt::Field<crate::v1::ExpressionInputObject>,
    /// CSDL: property `targetAttributeDefinition`: `microsoft.graph.attributeDefinition`, nullable.
    pub target_attribute_definition: rt::Field<crate::v1::AttributeDefinition>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for SynchronizationSchemaParseExpressionParams {
    #[inline]
    fn default() -> Self {
        Self {
            expression: rt::Field::Absent,
            test_input_object: rt::Field::Absent,
            target_attribute_definition: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for SynchronizationSchemaParseExpressionParams {
    const TYPE_NAME: &'static str = "microsoft.graph.parseExpression(microsoft.graph.synchronizationSchema)";
    const KEYS: &'static [&'static str] = &[
        "expression",
        "testInputObject",
        "targetAttributeDefinition",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"expression\":                   ",
        ",\"testInputObject\":              ",
        ",\"targetAttributeDefinition\":    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.parseExpression(microsoft.graph.synchronizationSchema)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "expression", &self.expression);
        v.field(1usize, "test_input_object", &self.test_input_object);
        v.field(
            2usize,
            "target_attribute_definition",
            &self.target_attribute_definition,
        );
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for SynchronizationSchemaParseExpressionParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.expression.read_from(r),
            1usize => self.test_input_object.read_from(r),
            2usize => self.target_attribute_definition.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.expression);
        w.field(1usize, &self.test_input_object);
        w.field(2usize, &self.target_attribute_definition);
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
rt::impl_object!(SynchronizationSchemaParseExpressionParams);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    SynchronizationSchemaParseExpressionParams { with_expression expression :
    ::std::string::String; with_test_input_object test_input_object : crate
    ::v1::ExpressionInputObject; with_target_attribute_definition
    target_attribute_definition : crate ::v1::AttributeDefinition; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(SynchronizationSchemaParseExpressionParams);
#[cfg(msgraph_v1_core)]
/// Parameters of the action `microsoft.graph.provisionOnDemand`.
/// - `parameters`: `Collection(microsoft.graph.synchronizationJobApplicationParameters)`
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct SynchronizationJobProvisionOnDemandParams {
    /// CSDL: property `parameters`: `Collection(microsoft.graph.synchronizationJobApplicationParameters)`, nullable.
    pub parameters: rt::Field<
        ::std::vec::Vec<crate::v1::SynchronizationJobApplicationParameters>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for SynchronizationJobProvisionOnDemandParams {
    #[inline]
    fn default() -> Self {
        Self {
            parameters: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for SynchronizationJobProvisionOnDemandParams {
    const TYPE_NAME: &'static str = "microsoft.graph.provisionOnDemand(microsoft.graph.synchronizationJob)";
    const KEYS: &'static [&'static str] = &["parameters"];
    const KEYS_JSON: &'static [&'static str] = &[",\"parameters\":                   "];
    const TAG: &'static str = "\"#microsoft.graph.provisionOnDemand(microsoft.graph.synchronizationJob)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "parameters", &self.parameters);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for SynchronizationJobProvisionOnDemandParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.parameters.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.parameters);
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
rt::impl_object!(SynchronizationJobProvisionOnDemandParams);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    SynchronizationJobProvisionOnDemandParams { with_parameters parameters :
    ::std::vec::Vec < crate ::v1::SynchronizationJobApplicationParameters >; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(SynchronizationJobProvisionOnDemandParams);
#[cfg(msgraph_v1_search)]
/// Parameters of the action `microsoft.graph.query`.
/// - `requests`: `Collection(microsoft.graph.searchRequest)`
///
/// Features: `v1` or `v1-search`.
#[derive(Clone)]
pub struct SearchEntityQueryParams {
    /// CSDL: property `requests`: `Collection(microsoft.graph.searchRequest)`, not nullable.
    pub requests: rt::Field<::std::vec::Vec<crate::v1::SearchRequest>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search)]
impl ::std::default::Default for SearchEntityQueryParams {
    #[inline]
    fn default() -> Self {
        Self {
            requests: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search)]
impl rt::Object for SearchEntityQueryParams {
    const TYPE_NAME: &'static str = "microsoft.graph.query(microsoft.graph.searchEntity)";
    const KEYS: &'static [&'static str] = &["requests"];
    const KEYS_JSON: &'static [&'static str] = &[",\"requests\":                     "];
    const TAG: &'static str = "\"#microsoft.graph.query(microsoft.graph.searchEntity)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "requests", &self.requests);
    }
}
#[cfg(msgraph_v1_search)]
impl rt::object::Members for SearchEntityQueryParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.requests.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.requests);
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
rt::impl_object!(SearchEntityQueryParams);
#[cfg(msgraph_v1_search)]
rt::impl_setters!(
    SearchEntityQueryParams { with_requests requests : ::std::vec::Vec < crate
    ::v1::SearchRequest >; }
);
#[cfg(msgraph_v1_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(SearchEntityQueryParams);
#[cfg(msgraph_v1_core)]
/// Parameters of the action `microsoft.graph.removeKey`.
/// - `keyId`: `Edm.Guid`
/// - `proof`: `Edm.String`
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ServicePrincipalRemoveKeyParams {
    /// CSDL: property `keyId`: `Edm.Guid`, not nullable.
    pub key_id: rt::Field<rt::edm::Guid>,
    /// CSDL: property `proof`: `Edm.String`, not nullable.
    pub proof: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for ServicePrincipalRemoveKeyParams {
    #[inline]
    fn default() -> Self {
        Self {
            key_id: rt::Field::Absent,
            proof: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for ServicePrincipalRemoveKeyParams {
    const TYPE_NAME: &'static str = "microsoft.graph.removeKey(microsoft.graph.servicePrincipal)";
    const KEYS: &'static [&'static str] = &["keyId", "proof"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"keyId\":                        ",
        ",\"proof\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.removeKey(microsoft.graph.servicePrincipal)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "key_id", &self.key_id);
        v.field(1usize, "proof", &self.proof);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for ServicePrincipalRemoveKeyParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.key_id.read_from(r),
            1usize => self.proof.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.key_id);
        w.field(1usize, &self.proof);
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
rt::impl_object!(ServicePrincipalRemoveKeyParams);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    ServicePrincipalRemoveKeyParams { with_key_id key_id : rt::edm::Guid; with_proof
    proof : ::std::string::String; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(ServicePrincipalRemoveKeyParams);
#[cfg(msgraph_v1_core)]
/// Parameters of the action `microsoft.graph.removePassword`.
/// - `keyId`: `Edm.Guid`
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ServicePrincipalRemovePasswordParams {
    /// CSDL: property `keyId`: `Edm.Guid`, not nullable.
    pub key_id: rt::Field<rt::edm::Guid>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for ServicePrincipalRemovePasswordParams {
    #[inline]
    fn default() -> Self {
        Self {
            key_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for ServicePrincipalRemovePasswordParams {
    const TYPE_NAME: &'static str = "microsoft.graph.removePassword(microsoft.graph.servicePrincipal)";
    const KEYS: &'static [&'static str] = &["keyId"];
    const KEYS_JSON: &'static [&'static str] = &[",\"keyId\":                        "];
    const TAG: &'static str = "\"#microsoft.graph.removePassword(microsoft.graph.servicePrincipal)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "key_id", &self.key_id);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for ServicePrincipalRemovePasswordParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.key_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.key_id);
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
rt::impl_object!(ServicePrincipalRemovePasswordParams);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    ServicePrincipalRemovePasswordParams { with_key_id key_id : rt::edm::Guid; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(ServicePrincipalRemovePasswordParams);
#[cfg(msgraph_v1_core)]
/// Parameters of the action `microsoft.graph.restart`.
/// - `criteria`: `microsoft.graph.synchronizationJobRestartCriteria`
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct SynchronizationJobRestartParams {
    /// CSDL: property `criteria`: `microsoft.graph.synchronizationJobRestartCriteria`, nullable.
    pub criteria: rt::Field<crate::v1::SynchronizationJobRestartCriteria>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for SynchronizationJobRestartParams {
    #[inline]
    fn default() -> Self {
        Self {
            criteria: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for SynchronizationJobRestartParams {
    const TYPE_NAME: &'static str = "microsoft.graph.restart(microsoft.graph.synchronizationJob)";
    const KEYS: &'static [&'static str] = &["criteria"];
    const KEYS_JSON: &'static [&'static str] = &[",\"criteria\":                     "];
    const TAG: &'static str = "\"#microsoft.graph.restart(microsoft.graph.synchronizationJob)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "criteria", &self.criteria);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for SynchronizationJobRestartParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.criteria.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.criteria);
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
rt::impl_object!(SynchronizationJobRestartParams);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    SynchronizationJobRestartParams { with_criteria criteria : crate
    ::v1::SynchronizationJobRestartCriteria; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(SynchronizationJobRestartParams);
#[cfg(msgraph_v1_search_or_security)]
/// Parameters of the action `microsoft.graph.security.activate`.
/// - `serverIds`: `Collection(Edm.String)`
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct SensorCandidateCollectionActivateParams {
    /// CSDL: property `serverIds`: `Collection(Edm.String)`, nullable.
    pub server_ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for SensorCandidateCollectionActivateParams {
    #[inline]
    fn default() -> Self {
        Self {
            server_ids: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for SensorCandidateCollectionActivateParams {
    const TYPE_NAME: &'static str = "microsoft.graph.security.activate(Collection(microsoft.graph.security.sensorCandidate))";
    const KEYS: &'static [&'static str] = &["serverIds"];
    const KEYS_JSON: &'static [&'static str] = &[",\"serverIds\":                    "];
    const TAG: &'static str = "\"#microsoft.graph.security.activate(Collection(microsoft.graph.security.sensorCandidate))\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "server_ids", &self.server_ids);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for SensorCandidateCollectionActivateParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.server_ids.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.server_ids);
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
rt::impl_object!(SensorCandidateCollectionActivateParams);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    SensorCandidateCollectionActivateParams { with_server_ids server_ids :
    ::std::vec::Vec < ::std::string::String >; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(SensorCandidateCollectionActivateParams);
#[cfg(msgraph_v1_security)]
/// Parameters of the action `microsoft.graph.security.runHuntingQuery`.
/// - `query`: `Edm.String`
/// - `timespan`: `Edm.String`, optional
///
/// Features: `v1` or `v1-security`.
#[derive(Clone)]
pub struct SecurityRunHuntingQueryParams {
    /// CSDL: property `query`: `Edm.String`, nullable.
    pub query: rt::Field<::std::string::String>,
    /// CSDL: property `timespan`: `Edm.String`, nullable.
    pub timespan: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_security)]
impl ::std::default::Default for SecurityRunHuntingQueryParams {
    #[inline]
    fn default() -> Self {
        Self {
            query: rt::Field::Absent,
            timespan: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_security)]
impl rt::Object for SecurityRunHuntingQueryParams {
    const TYPE_NAME: &'static str = "microsoft.graph.security.runHuntingQuery(microsoft.graph.security)";
    const KEYS: &'static [&'static str] = &["query", "timespan"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"query\":                        ",
        ",\"timespan\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.security.runHuntingQuery(microsoft.graph.security)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "query", &self.query);
        v.field(1usize, "timespan", &self.timespan);
    }
}
#[cfg(msgraph_v1_security)]
impl rt::object::Members for SecurityRunHuntingQueryParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.query.read_from(r),
            1usize => self.timespan.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.query);
        w.field(1usize, &self.timespan);
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
#[cfg(msgraph_v1_security)]
rt::impl_object!(SecurityRunHuntingQueryParams);
#[cfg(msgraph_v1_security)]
rt::impl_setters!(
    SecurityRunHuntingQueryParams { with_query query : ::std::string::String;
    with_timespan timespan : ::std::string::String; }
);
#[cfg(msgraph_v1_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(SecurityRunHuntingQueryParams);
#[cfg(msgraph_v1_core)]
/// Parameters of the action `microsoft.graph.share`.
/// - `notifyTeam`: `Edm.Boolean`
/// - `startDateTime`: `Edm.DateTimeOffset`
/// - `endDateTime`: `Edm.DateTimeOffset`
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ScheduleShareParams {
    /// CSDL: property `notifyTeam`: `Edm.Boolean`, nullable.
    pub notify_team: rt::Field<bool>,
    /// CSDL: property `startDateTime`: `Edm.DateTimeOffset`, nullable.
    pub start_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `endDateTime`: `Edm.DateTimeOffset`, nullable.
    pub end_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for ScheduleShareParams {
    #[inline]
    fn default() -> Self {
        Self {
            notify_team: rt::Field::Absent,
            start_date_time: rt::Field::Absent,
            end_date_time: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for ScheduleShareParams {
    const TYPE_NAME: &'static str = "microsoft.graph.share(microsoft.graph.schedule)";
    const KEYS: &'static [&'static str] = &[
        "notifyTeam",
        "startDateTime",
        "endDateTime",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"notifyTeam\":                   ",
        ",\"startDateTime\":                ",
        ",\"endDateTime\":                  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.share(microsoft.graph.schedule)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "notify_team", &self.notify_team);
        v.field(1usize, "start_date_time", &self.start_date_time);
        v.field(2usize, "end_date_time", &self.end_date_time);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for ScheduleShareParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.notify_team.read_from(r),
            1usize => self.start_date_time.read_from(r),
            2usize => self.end_date_time.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.notify_team);
        w.field(1usize, &self.start_date_time);
        w.field(2usize, &self.end_date_time);
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
rt::impl_object!(ScheduleShareParams);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    ScheduleShareParams { with_notify_team notify_team : bool; with_start_date_time
    start_date_time : rt::edm::DateTimeOffset; with_end_date_time end_date_time :
    rt::edm::DateTimeOffset; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(ScheduleShareParams);
#[cfg(msgraph_v1_admin_or_search)]
/// Parameters of the action `microsoft.graph.unarchive`.
/// - `messageIds`: `Collection(Edm.String)`
///
/// Features: `v1`, or one of `v1-admin`, `v1-search`.
#[derive(Clone)]
pub struct ServiceUpdateMessageCollectionUnarchiveParams {
    /// CSDL: property `messageIds`: `Collection(Edm.String)`, nullable.
    pub message_ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_admin_or_search)]
impl ::std::default::Default for ServiceUpdateMessageCollectionUnarchiveParams {
    #[inline]
    fn default() -> Self {
        Self {
            message_ids: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_admin_or_search)]
impl rt::Object for ServiceUpdateMessageCollectionUnarchiveParams {
    const TYPE_NAME: &'static str = "microsoft.graph.unarchive(Collection(microsoft.graph.serviceUpdateMessage))";
    const KEYS: &'static [&'static str] = &["messageIds"];
    const KEYS_JSON: &'static [&'static str] = &[",\"messageIds\":                   "];
    const TAG: &'static str = "\"#microsoft.graph.unarchive(Collection(microsoft.graph.serviceUpdateMessage))\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "message_ids", &self.message_ids);
    }
}
#[cfg(msgraph_v1_admin_or_search)]
impl rt::object::Members for ServiceUpdateMessageCollectionUnarchiveParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.message_ids.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.message_ids);
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
#[cfg(msgraph_v1_admin_or_search)]
rt::impl_object!(ServiceUpdateMessageCollectionUnarchiveParams);
#[cfg(msgraph_v1_admin_or_search)]
rt::impl_setters!(
    ServiceUpdateMessageCollectionUnarchiveParams { with_message_ids message_ids :
    ::std::vec::Vec < ::std::string::String >; }
);
#[cfg(msgraph_v1_admin_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ServiceUpdateMessageCollectionUnarchiveParams);
#[cfg(msgraph_v1_admin_or_search)]
/// Parameters of the action `microsoft.graph.unfavorite`.
/// - `messageIds`: `Collection(Edm.String)`
///
/// Features: `v1`, or one of `v1-admin`, `v1-search`.
#[derive(Clone)]
pub struct ServiceUpdateMessageCollectionUnfavoriteParams {
    /// CSDL: property `messageIds`: `Collection(Edm.String)`, nullable.
    pub message_ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_admin_or_search)]
impl ::std::default::Default for ServiceUpdateMessageCollectionUnfavoriteParams {
    #[inline]
    fn default() -> Self {
        Self {
            message_ids: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_admin_or_search)]
impl rt::Object for ServiceUpdateMessageCollectionUnfavoriteParams {
    const TYPE_NAME: &'static str = "microsoft.graph.unfavorite(Collection(microsoft.graph.serviceUpdateMessage))";
    const KEYS: &'static [&'static str] = &["messageIds"];
    const KEYS_JSON: &'static [&'static str] = &[",\"messageIds\":                   "];
    const TAG: &'static str = "\"#microsoft.graph.unfavorite(Collection(microsoft.graph.serviceUpdateMessage))\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "message_ids", &self.message_ids);
    }
}
#[cfg(msgraph_v1_admin_or_search)]
impl rt::object::Members for ServiceUpdateMessageCollectionUnfavoriteParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.message_ids.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.message_ids);
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
#[cfg(msgraph_v1_admin_or_search)]
rt::impl_object!(ServiceUpdateMessageCollectionUnfavoriteParams);
#[cfg(msgraph_v1_admin_or_search)]
rt::impl_setters!(
    ServiceUpdateMessageCollectionUnfavoriteParams { with_message_ids message_ids :
    ::std::vec::Vec < ::std::string::String >; }
);
#[cfg(msgraph_v1_admin_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ServiceUpdateMessageCollectionUnfavoriteParams);
#[cfg(msgraph_v1_core)]
/// Parameters of the action `microsoft.graph.validateCredentials`.
/// - `applicationIdentifier`: `Edm.String`
/// - `templateId`: `Edm.String`
/// - `useSavedCredentials`: `Edm.Boolean`
/// - `credentials`: `Collection(microsoft.graph.synchronizationSecretKeyStringValuePair)`
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct SynchronizationJobValidateCredentialsParams {
    /// CSDL: property `applicationIdentifier`: `Edm.String`, nullable.
    pub application_identifier: rt::Field<::std::string::String>,
    /// CSDL: property `templateId`: `Edm.String`, nullable.
    pub template_id: rt::Field<::std::string::String>,
    /// CSDL: property `useSavedCredentials`: `Edm.Boolean`, nullable.
    pub use_saved_credentials: rt::Field<bool>,
    /// CSDL: property `credentials`: `Collection(microsoft.graph.synchronizationSecretKeyStringValuePair)`, nullable.
    pub credentials: rt::Field<
        ::std::vec::Vec<crate::v1::SynchronizationSecretKeyStringValuePair>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for SynchronizationJobValidateCredentialsParams {
    #[inline]
    fn default() -> Self {
        Self {
            application_identifier: rt::Field::Absent,
            template_id: rt::Field::Absent,
            use_saved_credentials: rt::Field::Absent,
            credentials: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for SynchronizationJobValidateCredentialsParams {
    const TYPE_NAME: &'static str = "microsoft.graph.validateCredentials(microsoft.graph.synchronizationJob)";
    const KEYS: &'static [&'static str] = &[
        "applicationIdentifier",
        "templateId",
        "useSavedCredentials",
        "credentials",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"applicationIdentifier\":        ",
        ",\"templateId\":                   ",
        ",\"useSavedCredentials\":          ",
        ",\"credentials\":                  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.validateCredentials(microsoft.graph.synchronizationJob)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "application_identifier", &self.application_identifier);
        v.field(1usize, "template_id", &self.template_id);
        v.field(2usize, "use_saved_credentials", &self.use_saved_credentials);
        v.field(3usize, "credentials", &self.credentials);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for SynchronizationJobValidateCredentialsParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.application_identifier.read_from(r),
            1usize => self.template_id.read_from(r),
            2usize => self.use_saved_credentials.read_from(r),
            3usize => self.credentials.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.application_identifier);
        w.field(1usize, &self.template_id);
        w.field(2usize, &self.use_saved_credentials);
        w.field(3usize, &self.credentials);
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
rt::impl_object!(SynchronizationJobValidateCredentialsParams);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    SynchronizationJobValidateCredentialsParams { with_application_identifier
    application_identifier : ::std::string::String; with_template_id template_id :
    ::std::string::String; with_use_saved_credentials use_saved_credentials : bool;
    with_credentials credentials : ::std::vec::Vec < crate
    ::v1::SynchronizationSecretKeyStringValuePair >; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(SynchronizationJobValidateCredentialsParams);
#[cfg(msgraph_v1_core)]
/// Parameters of the action `microsoft.graph.validateCredentials`.
/// - `applicationIdentifier`: `Edm.String`
/// - `templateId`: `Edm.String`
/// - `useSavedCredentials`: `Edm.Boolean`
/// - `credentials`: `Collection(microsoft.graph.synchronizationSecretKeyStringValuePair)`
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct SynchronizationJobCollectionValidateCredentialsParams {
    /// CSDL: property `applicationIdentifier`: `Edm.String`, nullable.
    pub application_identifier: rt::Field<::std::string::String>,
    /// CSDL: property `templateId`: `Edm.String`, nullable.
    pub template_id: rt::Field<::std::string::String>,
    /// CSDL: property `useSavedCredentials`: `Edm.Boolean`, nullable.
    pub use_saved_credentials: rt::Field<bool>,
    /// CSDL: property `credentials`: `Collection(microsoft.graph.synchronizationSecretKeyStringValuePair)`, nullable.
    pub credentials: rt::Field<
        ::std::vec::Vec<crate::v1::SynchronizationSecretKeyStringValuePair>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for SynchronizationJobCollectionValidateCredentialsParams {
    #[inline]
    fn default() -> Self {
        Self {
            application_identifier: rt::Field::Absent,
            template_id: rt::Field::Absent,
            use_saved_credentials: rt::Field::Absent,
            credentials: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for SynchronizationJobCollectionValidateCredentialsParams {
    const TYPE_NAME: &'static str = "microsoft.graph.validateCredentials(Collection(microsoft.graph.synchronizationJob))";
    const KEYS: &'static [&'static str] = &[
        "applicationIdentifier",
        "templateId",
        "useSavedCredentials",
        "credentials",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"applicationIdentifier\":        ",
        ",\"templateId\":                   ",
        ",\"useSavedCredentials\":          ",
        ",\"credentials\":                  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.validateCredentials(Collection(microsoft.graph.synchronizationJob))\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "application_identifier", &self.application_identifier);
        v.field(1usize, "template_id", &self.template_id);
        v.field(2usize, "use_saved_credentials", &self.use_saved_credentials);
        v.field(3usize, "credentials", &self.credentials);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for SynchronizationJobCollectionValidateCredentialsParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.application_identifier.read_from(r),
            1usize => self.template_id.read_from(r),
            2usize => self.use_saved_credentials.read_from(r),
            3usize => self.credentials.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.application_identifier);
        w.field(1usize, &self.template_id);
        w.field(2usize, &self.use_saved_credentials);
        w.field(3usize, &self.credentials);
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
rt::impl_object!(SynchronizationJobCollectionValidateCredentialsParams);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    SynchronizationJobCollectionValidateCredentialsParams { with_application_identifier
    application_identifier : ::std::string::String; with_template_id template_id :
    ::std::string::String; with_use_saved_credentials use_saved_credentials : bool;
    with_credentials credentials : ::std::vec::Vec < crate
    ::v1::SynchronizationSecretKeyStringValuePair >; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(SynchronizationJobCollectionValidateCredentialsParams);
