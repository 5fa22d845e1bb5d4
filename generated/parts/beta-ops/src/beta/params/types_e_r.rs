//! Items of `params` by the first letters of their types' names (`e_r`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_beta_core)]
/// Parameters of the action `microsoft.graph.accept`.
/// - `Comment`: `Edm.String`
/// - `SendResponse`: `Edm.Boolean`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct EventAcceptParams {
    /// CSDL: property `Comment`: `Edm.String`, nullable.
    pub comment: rt::Field<::std::string::String>,
    /// CSDL: property `SendResponse`: `Edm.Boolean`, nullable.
    pub send_response: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for EventAcceptParams {
    #[inline]
    fn default() -> Self {
        Self {
            comment: rt::Field::Absent,
            send_response: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for EventAcceptParams {
    const TYPE_NAME: &'static str = "microsoft.graph.accept(microsoft.graph.event)";
    const KEYS: &'static [&'static str] = &["Comment", "SendResponse"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"Comment\":                      ",
        ",\"SendResponse\":                 ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.accept(microsoft.graph.event)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "comment", &self.comment);
        v.field(1usize, "send_response", &self.send_response);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for EventAcceptParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.comment.read_from(r),
            1usize => self.send_response.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.comment);
        w.field(1usize, &self.send_response);
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
#[cfg(msgraph_beta_core)]
rt::impl_object!(EventAcceptParams);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    EventAcceptParams { with_comment comment : ::std::string::String; with_send_response
    send_response : bool; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(EventAcceptParams);
#[cfg(msgraph_beta_core)]
/// Parameters of the action `microsoft.graph.accept`.
/// - `SendResponse`: `Edm.Boolean`
/// - `Comment`: `Edm.String`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct EventMessageRequestAcceptParams {
    /// CSDL: property `SendResponse`: `Edm.Boolean`, nullable.
    pub send_response: rt::Field<bool>,
    /// CSDL: property `Comment`: `Edm.String`, nullable.
    pub comment: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for EventMessageRequestAcceptParams {
    #[inline]
    fn default() -> Self {
        Self {
            send_response: rt::Field::Absent,
            comment: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for EventMessageRequestAcceptParams {
    const TYPE_NAME: &'static str = "microsoft.graph.accept(microsoft.graph.eventMessageRequest)";
    const KEYS: &'static [&'static str] = &["SendResponse", "Comment"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"SendResponse\":                 ",
        ",\"Comment\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.accept(microsoft.graph.eventMessageRequest)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "send_response", &self.send_response);
        v.field(1usize, "comment", &self.comment);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for EventMessageRequestAcceptParams {
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
#[cfg(msgraph_beta_core)]
rt::impl_object!(EventMessageRequestAcceptParams);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    EventMessageRequestAcceptParams { with_send_response send_response : bool;
    with_comment comment : ::std::string::String; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(EventMessageRequestAcceptParams);
#[cfg(msgraph_beta_device_management_or_search)]
/// Parameters of the action `microsoft.graph.assign`.
/// - `assignments`: `Collection(microsoft.graph.embeddedSIMActivationCodePoolAssignment)`
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct EmbeddedSimActivationCodePoolAssignParams {
    /// CSDL: property `assignments`: `Collection(microsoft.graph.embeddedSIMActivationCodePoolAssignment)`, nullable.
    pub assignments: rt::Field<
        ::std::vec::Vec<crate::beta::EmbeddedSimActivationCodePoolAssignment>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for EmbeddedSimActivationCodePoolAssignParams {
    #[inline]
    fn default() -> Self {
        Self {
            assignments: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for EmbeddedSimActivationCodePoolAssignParams {
    const TYPE_NAME: &'static str = "microsoft.graph.assign(microsoft.graph.embeddedSIMActivationCodePool)";
    const KEYS: &'static [&'static str] = &["assignments"];
    const KEYS_JSON: &'static [&'static str] = &[",\"assignments\":                  "];
    const TAG: &'static str = "\"#microsoft.graph.assign(microsoft.graph.embeddedSIMActivationCodePool)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "assignments", &self.assignments);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for EmbeddedSimActivationCodePoolAssignParams {
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
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_object!(EmbeddedSimActivationCodePoolAssignParams);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    EmbeddedSimActivationCodePoolAssignParams { with_assignments assignments :
    ::std::vec::Vec < crate ::beta::EmbeddedSimActivationCodePoolAssignment >; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(EmbeddedSimActivationCodePoolAssignParams);
#[cfg(msgraph_beta_core)]
/// Parameters of the action `microsoft.graph.cancel`.
/// - `Comment`: `Edm.String`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct EventCancelParams {
    /// CSDL: property `Comment`: `Edm.String`, nullable.
    pub comment: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for EventCancelParams {
    #[inline]
    fn default() -> Self {
        Self {
            comment: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
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
#[cfg(msgraph_beta_core)]
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
#[cfg(msgraph_beta_core)]
rt::impl_object!(EventCancelParams);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(EventCancelParams { with_comment comment : ::std::string::String; });
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(EventCancelParams);
#[cfg(msgraph_beta_core)]
/// Parameters of the action `microsoft.graph.decline`.
/// - `Comment`: `Edm.String`
/// - `SendResponse`: `Edm.Boolean`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct EventDeclineParams {
    /// CSDL: property `Comment`: `Edm.String`, nullable.
    pub comment: rt::Field<::std::string::String>,
    /// CSDL: property `SendResponse`: `Edm.Boolean`, nullable.
    pub send_response: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for EventDeclineParams {
    #[inline]
    fn default() -> Self {
        Self {
            comment: rt::Field::Absent,
            send_response: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for EventDeclineParams {
    const TYPE_NAME: &'static str = "microsoft.graph.decline(microsoft.graph.event)";
    const KEYS: &'static [&'static str] = &["Comment", "SendResponse"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"Comment\":                      ",
        ",\"SendResponse\":                 ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.decline(microsoft.graph.event)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "comment", &self.comment);
        v.field(1usize, "send_response", &self.send_response);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for EventDeclineParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.comment.read_from(r),
            1usize => self.send_response.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.comment);
        w.field(1usize, &self.send_response);
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
#[cfg(msgraph_beta_core)]
rt::impl_object!(EventDeclineParams);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    EventDeclineParams { with_comment comment : ::std::string::String; with_send_response
    send_response : bool; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(EventDeclineParams);
#[cfg(msgraph_beta_core)]
/// Parameters of the action `microsoft.graph.decline`.
/// - `ProposedNewTime`: `microsoft.graph.timeSlot`
/// - `SendResponse`: `Edm.Boolean`
/// - `Comment`: `Edm.String`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct EventMessageRequestDeclineParams {
    /// CSDL: property `ProposedNewTime`: `microsoft.graph.timeSlot`, nullable.
    pub proposed_new_time: rt::Field<crate::beta::TimeSlot>,
    /// CSDL: property `SendResponse`: `Edm.Boolean`, nullable.
    pub send_response: rt::Field<bool>,
    /// CSDL: property `Comment`: `Edm.String`, nullable.
    pub comment: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for EventMessageRequestDeclineParams {
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
#[cfg(msgraph_beta_core)]
impl rt::Object for EventMessageRequestDeclineParams {
    const TYPE_NAME: &'static str = "microsoft.graph.decline(microsoft.graph.eventMessageRequest)";
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
    const TAG: &'static str = "\"#microsoft.graph.decline(microsoft.graph.eventMessageRequest)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "proposed_new_time", &self.proposed_new_time);
        v.field(1usize, "send_response", &self.send_response);
        v.field(2usize, "comment", &self.comment);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for EventMessageRequestDeclineParams {
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
#[cfg(msgraph_beta_core)]
rt::impl_object!(EventMessageRequestDeclineParams);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    EventMessageRequestDeclineParams { with_proposed_new_time proposed_new_time : crate
    ::beta::TimeSlot; with_send_response send_response : bool; with_comment comment :
    ::std::string::String; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(EventMessageRequestDeclineParams);
#[cfg(msgraph_beta_core)]
/// Parameters of the action `microsoft.graph.forward`.
/// - `ToRecipients`: `Collection(microsoft.graph.recipient)`
/// - `Comment`: `Edm.String`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct EventForwardParams {
    /// CSDL: property `ToRecipients`: `Collection(microsoft.graph.recipient)`, nullable.
    pub to_recipients: rt::Field<::std::vec::Vec<crate::beta::AnyRecipient>>,
    /// CSDL: property `Comment`: `Edm.String`, nullable.
    pub comment: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
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
#[cfg(msgraph_beta_core)]
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
#[cfg(msgraph_beta_core)]
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
#[cfg(msgraph_beta_core)]
rt::impl_object!(EventForwardParams);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    EventForwardParams { with_to_recipients to_recipients : ::std::vec::Vec < crate
    ::beta::AnyRecipient >; with_comment comment : ::std::string::String; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(EventForwardParams);
#[cfg(msgraph_beta_data_classification_or_search)]
/// Parameters of the action `microsoft.graph.lookup`.
/// - `key`: `Edm.String`
/// - `values`: `Collection(Edm.String)`
/// - `resultColumnNames`: `Collection(Edm.String)`
///
/// Features: `beta`, or one of `beta-data-classification`, `beta-search`.
#[derive(Clone)]
pub struct ExactMatchDataStoreLookupParams {
    /// CSDL: property `key`: `Edm.String`, nullable.
    pub key: rt::Field<::std::string::String>,
    /// CSDL: property `values`: `Collection(Edm.String)`, nullable.
    pub values: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `resultColumnNames`: `Collection(Edm.String)`, nullable.
    pub result_column_names: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_data_classification_or_search)]
impl ::std::default::Default for ExactMatchDataStoreLookupParams {
    #[inline]
    fn default() -> Self {
        Self {
            key: rt::Field::Absent,
            values: rt::Field::Absent,
            result_column_names: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_data_classification_or_search)]
impl rt::Object for ExactMatchDataStoreLookupParams {
    const TYPE_NAME: &'static str = "microsoft.graph.lookup(microsoft.graph.exactMatchDataStore)";
    const KEYS: &'static [&'static str] = &["key", "values", "resultColumnNames"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"key\":                          ",
        ",\"values\":                       ",
        ",\"resultColumnNames\":            ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.lookup(microsoft.graph.exactMatchDataStore)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "key", &self.key);
        v.field(1usize, "values", &self.values);
        v.field(2usize, "result_column_names", &self.result_column_names);
    }
}
#[cfg(msgraph_beta_data_classification_or_search)]
impl rt::object::Members for ExactMatchDataStoreLookupParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.key.read_from(r),
            1usize => self.values.read_from(r),
            2usize => self.result_column_names.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.key);
        w.field(1usize, &self.values);
        w.field(2usize, &self.result_column_names);
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
#[cfg(msgraph_beta_data_classification_or_search)]
rt::impl_object!(ExactMatchDataStoreLookupParams);
#[cfg(msgraph_beta_data_classification_or_search)]
rt::impl_setters!(
    ExactMatchDataStoreLookupParams { with_key key : ::std::string::String; with_values
    values : ::std::vec::Vec < ::std::string::String >; with_result_column_names
    result_column_names : ::std::vec::Vec < ::std::string::String >; }
);
#[cfg(msgraph_beta_data_classification_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ExactMatchDataStoreLookupParams);
#[cfg(msgraph_beta_core)]
/// Parameters of the action `microsoft.graph.snoozeReminder`.
/// - `NewReminderTime`: `microsoft.graph.dateTimeTimeZone`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct EventSnoozeReminderParams {
    /// CSDL: property `NewReminderTime`: `microsoft.graph.dateTimeTimeZone`, not nullable.
    pub new_reminder_time: rt::Field<crate::beta::DateTimeTimeZone>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for EventSnoozeReminderParams {
    #[inline]
    fn default() -> Self {
        Self {
            new_reminder_time: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
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
#[cfg(msgraph_beta_core)]
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
#[cfg(msgraph_beta_core)]
rt::impl_object!(EventSnoozeReminderParams);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    EventSnoozeReminderParams { with_new_reminder_time new_reminder_time : crate
    ::beta::DateTimeTimeZone; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(EventSnoozeReminderParams);
#[cfg(msgraph_beta_core)]
/// Parameters of the action `microsoft.graph.tentativelyAccept`.
/// - `Comment`: `Edm.String`
/// - `SendResponse`: `Edm.Boolean`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct EventTentativelyAcceptParams {
    /// CSDL: property `Comment`: `Edm.String`, nullable.
    pub comment: rt::Field<::std::string::String>,
    /// CSDL: property `SendResponse`: `Edm.Boolean`, nullable.
    pub send_response: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for EventTentativelyAcceptParams {
    #[inline]
    fn default() -> Self {
        Self {
            comment: rt::Field::Absent,
            send_response: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for EventTentativelyAcceptParams {
    const TYPE_NAME: &'static str = "microsoft.graph.tentativelyAccept(microsoft.graph.event)";
    const KEYS: &'static [&'static str] = &["Comment", "SendResponse"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"Comment\":                      ",
        ",\"SendResponse\":                 ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.tentativelyAccept(microsoft.graph.event)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "comment", &self.comment);
        v.field(1usize, "send_response", &self.send_response);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for EventTentativelyAcceptParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.comment.read_from(r),
            1usize => self.send_response.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.comment);
        w.field(1usize, &self.send_response);
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
#[cfg(msgraph_beta_core)]
rt::impl_object!(EventTentativelyAcceptParams);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    EventTentativelyAcceptParams { with_comment comment : ::std::string::String;
    with_send_response send_response : bool; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(EventTentativelyAcceptParams);
#[cfg(msgraph_beta_core)]
/// Parameters of the action `microsoft.graph.tentativelyAccept`.
/// - `ProposedNewTime`: `microsoft.graph.timeSlot`
/// - `SendResponse`: `Edm.Boolean`
/// - `Comment`: `Edm.String`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct EventMessageRequestTentativelyAcceptParams {
    /// CSDL: property `ProposedNewTime`: `microsoft.graph.timeSlot`, nullable.
    pub proposed_new_time: rt::Field<crate::beta::TimeSlot>,
    /// CSDL: property `SendResponse`: `Edm.Boolean`, nullable.
    pub send_response: rt::Field<bool>,
    /// CSDL: property `Comment`: `Edm.String`, nullable.
    pub comment: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for EventMessageRequestTentativelyAcceptParams {
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
#[cfg(msgraph_beta_core)]
impl rt::Object for EventMessageRequestTentativelyAcceptParams {
    const TYPE_NAME: &'static str = "microsoft.graph.tentativelyAccept(microsoft.graph.eventMessageRequest)";
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
    const TAG: &'static str = "\"#microsoft.graph.tentativelyAccept(microsoft.graph.eventMessageRequest)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "proposed_new_time", &self.proposed_new_time);
        v.field(1usize, "send_response", &self.send_response);
        v.field(2usize, "comment", &self.comment);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for EventMessageRequestTentativelyAcceptParams {
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
#[cfg(msgraph_beta_core)]
rt::impl_object!(EventMessageRequestTentativelyAcceptParams);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    EventMessageRequestTentativelyAcceptParams { with_proposed_new_time proposed_new_time
    : crate ::beta::TimeSlot; with_send_response send_response : bool; with_comment
    comment : ::std::string::String; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(EventMessageRequestTentativelyAcceptParams);
#[cfg(msgraph_beta_device_management_or_search)]
/// Parameters of the action `microsoft.graph.updateDeviceProfileAssignment`.
/// - `deviceIds`: `Collection(Edm.String)`
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct EnrollmentProfileUpdateDeviceProfileAssignmentParams {
    /// CSDL: property `deviceIds`: `Collection(Edm.String)`, nullable.
    pub device_ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for EnrollmentProfileUpdateDeviceProfileAssignmentParams {
    #[inline]
    fn default() -> Self {
        Self {
            device_ids: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for EnrollmentProfileUpdateDeviceProfileAssignmentParams {
    const TYPE_NAME: &'static str = "microsoft.graph.updateDeviceProfileAssignment(microsoft.graph.enrollmentProfile)";
    const KEYS: &'static [&'static str] = &["deviceIds"];
    const KEYS_JSON: &'static [&'static str] = &[",\"deviceIds\":                    "];
    const TAG: &'static str = "\"#microsoft.graph.updateDeviceProfileAssignment(microsoft.graph.enrollmentProfile)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "device_ids", &self.device_ids);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for EnrollmentProfileUpdateDeviceProfileAssignmentParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.device_ids.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.device_ids);
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
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_object!(EnrollmentProfileUpdateDeviceProfileAssignmentParams);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    EnrollmentProfileUpdateDeviceProfileAssignmentParams { with_device_ids device_ids :
    ::std::vec::Vec < ::std::string::String >; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(EnrollmentProfileUpdateDeviceProfileAssignmentParams);
#[cfg(msgraph_beta_core_or_group_lifecycle_policies)]
/// Parameters of the action `microsoft.graph.addGroup`.
/// - `groupId`: `Edm.String`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct GroupLifecyclePolicyAddGroupParams {
    /// CSDL: property `groupId`: `Edm.String`, not nullable.
    pub group_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_group_lifecycle_policies)]
impl ::std::default::Default for GroupLifecyclePolicyAddGroupParams {
    #[inline]
    fn default() -> Self {
        Self {
            group_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_group_lifecycle_policies)]
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
#[cfg(msgraph_beta_core_or_group_lifecycle_policies)]
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
#[cfg(msgraph_beta_core_or_group_lifecycle_policies)]
rt::impl_object!(GroupLifecyclePolicyAddGroupParams);
#[cfg(msgraph_beta_core_or_group_lifecycle_policies)]
rt::impl_setters!(
    GroupLifecyclePolicyAddGroupParams { with_group_id group_id : ::std::string::String;
    }
);
#[cfg(msgraph_beta_core_or_group_lifecycle_policies)]
#[cfg(feature = "serde")]
rt::impl_serde!(GroupLifecyclePolicyAddGroupParams);
#[cfg(msgraph_beta_device_management_or_search)]
/// Parameters of the action `microsoft.graph.addLanguageFiles`.
/// - `groupPolicyUploadedLanguageFiles`: `Collection(microsoft.graph.groupPolicyUploadedLanguageFile)`
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct GroupPolicyUploadedDefinitionFileAddLanguageFilesParams {
    /// CSDL: property `groupPolicyUploadedLanguageFiles`: `Collection(microsoft.graph.groupPolicyUploadedLanguageFile)`, nullable.
    pub group_policy_uploaded_language_files: rt::Field<
        ::std::vec::Vec<crate::beta::GroupPolicyUploadedLanguageFile>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default
for GroupPolicyUploadedDefinitionFileAddLanguageFilesParams {
    #[inline]
    fn default() -> Self {
        Self {
            group_policy_uploaded_language_files: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for GroupPolicyUploadedDefinitionFileAddLanguageFilesParams {
    const TYPE_NAME: &'static str = "microsoft.graph.addLanguageFiles(microsoft.graph.groupPolicyUploadedDefinitionFile)";
    const KEYS: &'static [&'static str] = &["groupPolicyUploadedLanguageFiles"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"groupPolicyUploadedLanguageFiles\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.addLanguageFiles(microsoft.graph.groupPolicyUploadedDefinitionFile)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(
            0usize,
            "group_policy_uploaded_language_files",
            &self.group_policy_uploaded_language_files,
        );
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for GroupPolicyUploadedDefinitionFileAddLanguageFilesParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.group_policy_uploaded_language_files.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.group_policy_uploaded_language_files);
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
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_object!(GroupPolicyUploadedDefinitionFileAddLanguageFilesParams);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    GroupPolicyUploadedDefinitionFileAddLanguageFilesParams {
    with_group_policy_uploaded_language_files group_policy_uploaded_language_files :
    ::std::vec::Vec < crate ::beta::GroupPolicyUploadedLanguageFile >; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(GroupPolicyUploadedDefinitionFileAddLanguageFilesParams);
#[cfg(msgraph_beta_device_management_or_search)]
/// Parameters of the action `microsoft.graph.assign`.
/// - `assignments`: `Collection(microsoft.graph.groupPolicyConfigurationAssignment)`
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct GroupPolicyConfigurationAssignParams {
    /// CSDL: property `assignments`: `Collection(microsoft.graph.groupPolicyConfigurationAssignment)`, nullable.
    pub assignments: rt::Field<
        ::std::vec::Vec<crate::beta::GroupPolicyConfigurationAssignment>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for GroupPolicyConfigurationAssignParams {
    #[inline]
    fn default() -> Self {
        Self {
            assignments: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for GroupPolicyConfigurationAssignParams {
    const TYPE_NAME: &'static str = "microsoft.graph.assign(microsoft.graph.groupPolicyConfiguration)";
    const KEYS: &'static [&'static str] = &["assignments"];
    const KEYS_JSON: &'static [&'static str] = &[",\"assignments\":                  "];
    const TAG: &'static str = "\"#microsoft.graph.assign(microsoft.graph.groupPolicyConfiguration)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "assignments", &self.assignments);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for GroupPolicyConfigurationAssignParams {
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
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_object!(GroupPolicyConfigurationAssignParams);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    GroupPolicyConfigurationAssignParams { with_assignments assignments : ::std::vec::Vec
    < crate ::beta::GroupPolicyConfigurationAssignment >; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(GroupPolicyConfigurationAssignParams);
#[cfg(msgraph_beta_core)]
/// Parameters of the action `microsoft.graph.assignLicense`.
/// - `addLicenses`: `Collection(microsoft.graph.assignedLicense)`
/// - `removeLicenses`: `Collection(Edm.Guid)`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct GroupAssignLicenseParams {
    /// CSDL: property `addLicenses`: `Collection(microsoft.graph.assignedLicense)`, not nullable.
    pub add_licenses: rt::Field<::std::vec::Vec<crate::beta::AssignedLicense>>,
    /// CSDL: property `removeLicenses`: `Collection(Edm.Guid)`, not nullable.
    pub remove_licenses: rt::Field<::std::vec::Vec<rt::edm::Guid>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
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
#[cfg(msgraph_beta_core)]
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
#[cfg(msgraph_beta_core)]
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
#[cfg(msgraph_beta_core)]
rt::impl_object!(GroupAssignLicenseParams);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    GroupAssignLicenseParams { with_add_licenses add_licenses : ::std::vec::Vec < crate
    ::beta::AssignedLicense >; with_remove_licenses remove_licenses : ::std::vec::Vec <
    rt::edm::Guid >; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(GroupAssignLicenseParams);
#[cfg(msgraph_beta_device_management_or_search)]
/// Parameters of the action `microsoft.graph.createMigrationReport`.
/// - `groupPolicyObjectFile`: `microsoft.graph.groupPolicyObjectFile`
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct GroupPolicyMigrationReportCollectionCreateMigrationReportParams {
    /// CSDL: property `groupPolicyObjectFile`: `microsoft.graph.groupPolicyObjectFile`, nullable.
    pub group_policy_object_file: rt::Field<crate::beta::GroupPolicyObjectFile>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default
for GroupPolicyMigrationReportCollectionCreateMigrationReportParams {
    #[inline]
    fn default() -> Self {
        Self {
            group_policy_object_file: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for GroupPolicyMigrationReportCollectionCreateMigrationReportParams {
    const TYPE_NAME: &'static str = "microsoft.graph.createMigrationReport(Collection(microsoft.graph.groupPolicyMigrationReport))";
    const KEYS: &'static [&'static str] = &["groupPolicyObjectFile"];
    const KEYS_JSON: &'static [&'static str] = &[",\"groupPolicyObjectFile\":        "];
    const TAG: &'static str = "\"#microsoft.graph.createMigrationReport(Collection(microsoft.graph.groupPolicyMigrationReport))\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "group_policy_object_file", &self.group_policy_object_file);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members
for GroupPolicyMigrationReportCollectionCreateMigrationReportParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.group_policy_object_file.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.group_policy_object_file);
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
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_object!(GroupPolicyMigrationReportCollectionCreateMigrationReportParams);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    GroupPolicyMigrationReportCollectionCreateMigrationReportParams {
    with_group_policy_object_file group_policy_object_file : crate
    ::beta::GroupPolicyObjectFile; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(GroupPolicyMigrationReportCollectionCreateMigrationReportParams);
#[cfg(msgraph_beta_core)]
/// Parameters of the action `microsoft.graph.evaluateDynamicMembership`.
/// - `memberId`: `Edm.String`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct GroupEvaluateDynamicMembershipParams {
    /// CSDL: property `memberId`: `Edm.String`, nullable.
    pub member_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for GroupEvaluateDynamicMembershipParams {
    #[inline]
    fn default() -> Self {
        Self {
            member_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for GroupEvaluateDynamicMembershipParams {
    const TYPE_NAME: &'static str = "microsoft.graph.evaluateDynamicMembership(microsoft.graph.group)";
    const KEYS: &'static [&'static str] = &["memberId"];
    const KEYS_JSON: &'static [&'static str] = &[",\"memberId\":                     "];
    const TAG: &'static str = "\"#microsoft.graph.evaluateDynamicMembership(microsoft.graph.group)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "member_id", &self.member_id);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for GroupEvaluateDynamicMembershipParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.member_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.member_id);
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
#[cfg(msgraph_beta_core)]
rt::impl_object!(GroupEvaluateDynamicMembershipParams);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    GroupEvaluateDynamicMembershipParams { with_member_id member_id :
    ::std::string::String; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(GroupEvaluateDynamicMembershipParams);
#[cfg(msgraph_beta_core)]
/// Parameters of the action `microsoft.graph.evaluateDynamicMembership`.
/// - `memberId`: `Edm.String`
/// - `membershipRule`: `Edm.String`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct GroupCollectionEvaluateDynamicMembershipParams {
    /// CSDL: property `memberId`: `Edm.String`, nullable.
    pub member_id: rt::Field<::std::string::String>,
    /// CSDL: property `membershipRule`: `Edm.String`, nullable.
    pub membership_rule: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for GroupCollectionEvaluateDynamicMembershipParams {
    #[inline]
    fn default() -> Self {
        Self {
            member_id: rt::Field::Absent,
            membership_rule: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for GroupCollectionEvaluateDynamicMembershipParams {
    const TYPE_NAME: &'static str = "microsoft.graph.evaluateDynamicMembership(Collection(microsoft.graph.group))";
    const KEYS: &'static [&'static str] = &["memberId", "membershipRule"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"memberId\":                     ",
        ",\"membershipRule\":               ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.evaluateDynamicMembership(Collection(microsoft.graph.group))\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "member_id", &self.member_id);
        v.field(1usize, "membership_rule", &self.membership_rule);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for GroupCollectionEvaluateDynamicMembershipParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.member_id.read_from(r),
            1usize => self.membership_rule.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.member_id);
        w.field(1usize, &self.membership_rule);
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
#[cfg(msgraph_beta_core)]
rt::impl_object!(GroupCollectionEvaluateDynamicMembershipParams);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    GroupCollectionEvaluateDynamicMembershipParams { with_member_id member_id :
    ::std::string::String; with_membership_rule membership_rule : ::std::string::String;
    }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(GroupCollectionEvaluateDynamicMembershipParams);
#[cfg(
    msgraph_beta_governance_resources_or_governance_role_assignment_requests_or_governance_role_assignments_and_4_more
)]
/// Parameters of the action `microsoft.graph.register`.
/// - `externalId`: `Edm.String`
///
/// Features: `beta`, or one of `beta-governance-resources`, `beta-governance-role-assignment-requests`, `beta-governance-role-assignments`, `beta-governance-role-definitions`, `beta-governance-role-settings`, `beta-privileged-access`, `beta-search`.
#[derive(Clone)]
pub struct GovernanceResourceCollectionRegisterParams {
    /// CSDL: property `externalId`: `Edm.String`, nullable.
    pub external_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(
    msgraph_beta_governance_resources_or_governance_role_assignment_requests_or_governance_role_assignments_and_4_more
)]
impl ::std::default::Default for GovernanceResourceCollectionRegisterParams {
    #[inline]
    fn default() -> Self {
        Self {
            external_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(
    msgraph_beta_governance_resources_or_governance_role_assignment_requests_or_governance_role_assignments_and_4_more
)]
impl rt::Object for GovernanceResourceCollectionRegisterParams {
    const TYPE_NAME: &'static str = "microsoft.graph.register(Collection(microsoft.graph.governanceResource))";
    const KEYS: &'static [&'static str] = &["externalId"];
    const KEYS_JSON: &'static [&'static str] = &[",\"externalId\":                   "];
    const TAG: &'static str = "\"#microsoft.graph.register(Collection(microsoft.graph.governanceResource))\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "external_id", &self.external_id);
    }
}
#[cfg(
    msgraph_beta_governance_resources_or_governance_role_assignment_requests_or_governance_role_assignments_and_4_more
)]
impl rt::object::Members for GovernanceResourceCollectionRegisterParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.external_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.external_id);
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
    msgraph_beta_governance_resources_or_governance_role_assignment_requests_or_governance_role_assignments_and_4_more
)]
rt::impl_object!(GovernanceResourceCollectionRegisterParams);
#[cfg(
    msgraph_beta_governance_resources_or_governance_role_assignment_requests_or_governance_role_assignments_and_4_more
)]
rt::impl_setters!(
    GovernanceResourceCollectionRegisterParams { with_external_id external_id :
    ::std::string::String; }
);
#[cfg(
    msgraph_beta_governance_resources_or_governance_role_assignment_requests_or_governance_role_assignments_and_4_more
)]
#[cfg(feature = "serde")]
rt::impl_serde!(GovernanceResourceCollectionRegisterParams);
#[cfg(msgraph_beta_core_or_group_lifecycle_policies)]
/// Parameters of the action `microsoft.graph.removeGroup`.
/// - `groupId`: `Edm.String`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct GroupLifecyclePolicyRemoveGroupParams {
    /// CSDL: property `groupId`: `Edm.String`, not nullable.
    pub group_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_group_lifecycle_policies)]
impl ::std::default::Default for GroupLifecyclePolicyRemoveGroupParams {
    #[inline]
    fn default() -> Self {
        Self {
            group_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_group_lifecycle_policies)]
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
#[cfg(msgraph_beta_core_or_group_lifecycle_policies)]
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
#[cfg(msgraph_beta_core_or_group_lifecycle_policies)]
rt::impl_object!(GroupLifecyclePolicyRemoveGroupParams);
#[cfg(msgraph_beta_core_or_group_lifecycle_policies)]
rt::impl_setters!(
    GroupLifecyclePolicyRemoveGroupParams { with_group_id group_id :
    ::std::string::String; }
);
#[cfg(msgraph_beta_core_or_group_lifecycle_policies)]
#[cfg(feature = "serde")]
rt::impl_serde!(GroupLifecyclePolicyRemoveGroupParams);
#[cfg(msgraph_beta_device_management_or_search)]
/// Parameters of the action `microsoft.graph.removeLanguageFiles`.
/// - `groupPolicyUploadedLanguageFiles`: `Collection(microsoft.graph.groupPolicyUploadedLanguageFile)`
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct GroupPolicyUploadedDefinitionFileRemoveLanguageFilesParams {
    /// CSDL: property `groupPolicyUploadedLanguageFiles`: `Collection(microsoft.graph.groupPolicyUploadedLanguageFile)`, nullable.
    pub group_policy_uploaded_language_files: rt::Field<
        ::std::vec::Vec<crate::beta::GroupPolicyUploadedLanguageFile>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default
for GroupPolicyUploadedDefinitionFileRemoveLanguageFilesParams {
    #[inline]
    fn default() -> Self {
        Self {
            group_policy_uploaded_language_files: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for GroupPolicyUploadedDefinitionFileRemoveLanguageFilesParams {
    const TYPE_NAME: &'static str = "microsoft.graph.removeLanguageFiles(microsoft.graph.groupPolicyUploadedDefinitionFile)";
    const KEYS: &'static [&'static str] = &["groupPolicyUploadedLanguageFiles"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"groupPolicyUploadedLanguageFiles\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.removeLanguageFiles(microsoft.graph.groupPolicyUploadedDefinitionFile)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(
            0usize,
            "group_policy_uploaded_language_files",
            &self.group_policy_uploaded_language_files,
        );
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for GroupPolicyUploadedDefinitionFileRemoveLanguageFilesParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.group_policy_uploaded_language_files.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.group_policy_uploaded_language_files);
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
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_object!(GroupPolicyUploadedDefinitionFileRemoveLanguageFilesParams);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    GroupPolicyUploadedDefinitionFileRemoveLanguageFilesParams {
    with_group_policy_uploaded_language_files group_policy_uploaded_language_files :
    ::std::vec::Vec < crate ::beta::GroupPolicyUploadedLanguageFile >; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(GroupPolicyUploadedDefinitionFileRemoveLanguageFilesParams);
#[cfg(msgraph_beta_core_or_group_lifecycle_policies)]
/// Parameters of the action `microsoft.graph.renewGroup`.
/// - `groupId`: `Edm.String`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct GroupLifecyclePolicyCollectionRenewGroupParams {
    /// CSDL: property `groupId`: `Edm.String`, not nullable.
    pub group_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_group_lifecycle_policies)]
impl ::std::default::Default for GroupLifecyclePolicyCollectionRenewGroupParams {
    #[inline]
    fn default() -> Self {
        Self {
            group_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_group_lifecycle_policies)]
impl rt::Object for GroupLifecyclePolicyCollectionRenewGroupParams {
    const TYPE_NAME: &'static str = "microsoft.graph.renewGroup(Collection(microsoft.graph.groupLifecyclePolicy))";
    const KEYS: &'static [&'static str] = &["groupId"];
    const KEYS_JSON: &'static [&'static str] = &[",\"groupId\":                      "];
    const TAG: &'static str = "\"#microsoft.graph.renewGroup(Collection(microsoft.graph.groupLifecyclePolicy))\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "group_id", &self.group_id);
    }
}
#[cfg(msgraph_beta_core_or_group_lifecycle_policies)]
impl rt::object::Members for GroupLifecyclePolicyCollectionRenewGroupParams {
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
#[cfg(msgraph_beta_core_or_group_lifecycle_policies)]
rt::impl_object!(GroupLifecyclePolicyCollectionRenewGroupParams);
#[cfg(msgraph_beta_core_or_group_lifecycle_policies)]
rt::impl_setters!(
    GroupLifecyclePolicyCollectionRenewGroupParams { with_group_id group_id :
    ::std::string::String; }
);
#[cfg(msgraph_beta_core_or_group_lifecycle_policies)]
#[cfg(feature = "serde")]
rt::impl_serde!(GroupLifecyclePolicyCollectionRenewGroupParams);
#[cfg(msgraph_beta_device_management_or_search)]
/// Parameters of the action `microsoft.graph.updateDefinitionValues`.
/// - `added`: `Collection(microsoft.graph.groupPolicyDefinitionValue)`
/// - `updated`: `Collection(microsoft.graph.groupPolicyDefinitionValue)`
/// - `deletedIds`: `Collection(Edm.String)`
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct GroupPolicyConfigurationUpdateDefinitionValuesParams {
    /// CSDL: property `added`: `Collection(microsoft.graph.groupPolicyDefinitionValue)`, nullable.
    pub added: rt::Field<::std::vec::Vec<crate::beta::GroupPolicyDefinitionValue>>,
    /// CSDL: property `updated`: `Collection(microsoft.graph.groupPolicyDefinitionValue)`, nullable.
    pub updated: rt::Field<::std::vec::Vec<crate::beta::GroupPolicyDefinitionValue>>,
    /// CSDL: property `deletedIds`: `Collection(Edm.String)`, nullable.
    pub deleted_ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for GroupPolicyConfigurationUpdateDefinitionValuesParams {
    #[inline]
    fn default() -> Self {
        Self {
            added: rt::Field::Absent,
            updated: rt::Field::Absent,
            deleted_ids: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for GroupPolicyConfigurationUpdateDefinitionValuesParams {
    const TYPE_NAME: &'static str = "microsoft.graph.updateDefinitionValues(microsoft.graph.groupPolicyConfiguration)";
    const KEYS: &'static [&'static str] = &["added", "updated", "deletedIds"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"added\":                        ",
        ",\"updated\":                      ",
        ",\"deletedIds\":                   ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.updateDefinitionValues(microsoft.graph.groupPolicyConfiguration)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "added", &self.added);
        v.field(1usize, "updated", &self.updated);
        v.field(2usize, "deleted_ids", &self.deleted_ids);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for GroupPolicyConfigurationUpdateDefinitionValuesParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.added.read_from(r),
            1usize => self.updated.read_from(r),
            2usize => self.deleted_ids.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.added);
        w.field(1usize, &self.updated);
        w.field(2usize, &self.deleted_ids);
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
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_object!(GroupPolicyConfigurationUpdateDefinitionValuesParams);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    GroupPolicyConfigurationUpdateDefinitionValuesParams { with_added added :
    ::std::vec::Vec < crate ::beta::GroupPolicyDefinitionValue >; with_updated updated :
    ::std::vec::Vec < crate ::beta::GroupPolicyDefinitionValue >; with_deleted_ids
    deleted_ids : ::std::vec::Vec < ::std::string::String >; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(GroupPolicyConfigurationUpdateDefinitionValuesParams);
#[cfg(msgraph_beta_device_management_or_search)]
/// Parameters of the action `microsoft.graph.updateLanguageFiles`.
/// - `groupPolicyUploadedLanguageFiles`: `Collection(microsoft.graph.groupPolicyUploadedLanguageFile)`
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct GroupPolicyUploadedDefinitionFileUpdateLanguageFilesParams {
    /// CSDL: property `groupPolicyUploadedLanguageFiles`: `Collection(microsoft.graph.groupPolicyUploadedLanguageFile)`, nullable.
    pub group_policy_uploaded_language_files: rt::Field<
        ::std::vec::Vec<crate::beta::GroupPolicyUploadedLanguageFile>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default
for GroupPolicyUploadedDefinitionFileUpdateLanguageFilesParams {
    #[inline]
    fn default() -> Self {
        Self {
            group_policy_uploaded_language_files: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for GroupPolicyUploadedDefinitionFileUpdateLanguageFilesParams {
    const TYPE_NAME: &'static str = "microsoft.graph.updateLanguageFiles(microsoft.graph.groupPolicyUploadedDefinitionFile)";
    const KEYS: &'static [&'static str] = &["groupPolicyUploadedLanguageFiles"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"groupPolicyUploadedLanguageFiles\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.updateLanguageFiles(microsoft.graph.groupPolicyUploadedDefinitionFile)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(
            0usize,
            "group_policy_uploaded_language_files",
            &self.group_policy_uploaded_language_files,
        );
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for GroupPolicyUploadedDefinitionFileUpdateLanguageFilesParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.group_policy_uploaded_language_files.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.group_policy_uploaded_language_files);
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
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_object!(GroupPolicyUploadedDefinitionFileUpdateLanguageFilesParams);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    GroupPolicyUploadedDefinitionFileUpdateLanguageFilesParams {
    with_group_policy_uploaded_language_files group_policy_uploaded_language_files :
    ::std::vec::Vec < crate ::beta::GroupPolicyUploadedLanguageFile >; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(GroupPolicyUploadedDefinitionFileUpdateLanguageFilesParams);
#[cfg(
    msgraph_beta_governance_resources_or_governance_role_assignment_requests_or_governance_role_assignments_and_4_more
)]
/// Parameters of the action `microsoft.graph.updateRequest`.
/// - `decision`: `Edm.String`
/// - `assignmentState`: `Edm.String`
/// - `schedule`: `microsoft.graph.governanceSchedule`
/// - `reason`: `Edm.String`
///
/// Features: `beta`, or one of `beta-governance-resources`, `beta-governance-role-assignment-requests`, `beta-governance-role-assignments`, `beta-governance-role-definitions`, `beta-governance-role-settings`, `beta-privileged-access`, `beta-search`.
#[derive(Clone)]
pub struct GovernanceRoleAssignmentRequestUpdateRequestParams {
    /// CSDL: property `decision`: `Edm.String`, nullable.
    pub decision: rt::Field<::std::string::String>,
    /// CSDL: property `assignmentState`: `Edm.String`, nullable.
    pub assignment_state: rt::Field<::std::string::String>,
    /// CSDL: property `schedule`: `microsoft.graph.governanceSchedule`, nullable.
    pub schedule: rt::Field<crate::beta::GovernanceSchedule>,
    /// CSDL: property `reason`: `Edm.String`, nullable.
    pub reason: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(
    msgraph_beta_governance_resources_or_governance_role_assignment_requests_or_governance_role_assignments_and_4_more
)]
impl ::std::default::Default for GovernanceRoleAssignmentRequestUpdateRequestParams {
    #[inline]
    fn default() -> Self {
        Self {
            decision: rt::Field::Absent,
            assignment_state: rt::Field::Absent,
            schedule: rt::Field::Absent,
            reason: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(
    msgraph_beta_governance_resources_or_governance_role_assignment_requests_or_governance_role_assignments_and_4_more
)]
impl rt::Object for GovernanceRoleAssignmentRequestUpdateRequestParams {
    const TYPE_NAME: &'static str = "microsoft.graph.updateRequest(microsoft.graph.governanceRoleAssignmentRequest)";
    const KEYS: &'static [&'static str] = &[
        "decision",
        "assignmentState",
        "schedule",
        "reason",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"decision\":                     ",
        ",\"assignmentState\":              ",
        ",\"schedule\":                     ",
        ",\"reason\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.updateRequest(microsoft.graph.governanceRoleAssignmentRequest)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "decision", &self.decision);
        v.field(1usize, "assignment_state", &self.assignment_state);
        v.field(2usize, "schedule", &self.schedule);
        v.field(3usize, "reason", &self.reason);
    }
}
#[cfg(
    msgraph_beta_governance_resources_or_governance_role_assignment_requests_or_governance_role_assignments_and_4_more
)]
impl rt::object::Members for GovernanceRoleAssignmentRequestUpdateRequestParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.decision.read_from(r),
            1usize => self.assignment_state.read_from(r),
            2usize => self.schedule.read_from(r),
            3usize => self.reason.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.decision);
        w.field(1usize, &self.assignment_state);
        w.field(2usize, &self.schedule);
        w.field(3usize, &self.reason);
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
    msgraph_beta_governance_resources_or_governance_role_assignment_requests_or_governance_role_assignments_and_4_more
)]
rt::impl_object!(GovernanceRoleAssignmentRequestUpdateRequestParams);
#[cfg(
    msgraph_beta_governance_resources_or_governance_role_assignment_requests_or_governance_role_assignments_and_4_more
)]
rt::impl_setters!(
    GovernanceRoleAssignmentRequestUpdateRequestParams { with_decision decision :
    ::std::string::String; with_assignment_state assignment_state :
    ::std::string::String; with_schedule schedule : crate ::beta::GovernanceSchedule;
    with_reason reason : ::std::string::String; }
);
#[cfg(
    msgraph_beta_governance_resources_or_governance_role_assignment_requests_or_governance_role_assignments_and_4_more
)]
#[cfg(feature = "serde")]
rt::impl_serde!(GovernanceRoleAssignmentRequestUpdateRequestParams);
#[cfg(msgraph_beta_device_management_or_search)]
/// Parameters of the action `microsoft.graph.uploadNewVersion`.
/// - `content`: `Edm.Binary`
/// - `groupPolicyUploadedLanguageFiles`: `Collection(microsoft.graph.groupPolicyUploadedLanguageFile)`
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct GroupPolicyUploadedDefinitionFileUploadNewVersionParams {
    /// CSDL: property `content`: `Edm.Binary`, not nullable.
    pub content: rt::Field<rt::edm::Binary>,
    /// CSDL: property `groupPolicyUploadedLanguageFiles`: `Collection(microsoft.graph.groupPolicyUploadedLanguageFile)`, nullable.
    pub group_policy_uploaded_language_files: rt::Field<
        ::std::vec::Vec<crate::beta::GroupPolicyUploadedLanguageFile>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default
for GroupPolicyUploadedDefinitionFileUploadNewVersionParams {
    #[inline]
    fn default() -> Self {
        Self {
            content: rt::Field::Absent,
            group_policy_uploaded_language_files: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for GroupPolicyUploadedDefinitionFileUploadNewVersionParams {
    const TYPE_NAME: &'static str = "microsoft.graph.uploadNewVersion(microsoft.graph.groupPolicyUploadedDefinitionFile)";
    const KEYS: &'static [&'static str] = &[
        "content",
        "groupPolicyUploadedLanguageFiles",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"content\":                      ",
        ",\"groupPolicyUploadedLanguageFiles\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.uploadNewVersion(microsoft.graph.groupPolicyUploadedDefinitionFile)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "content", &self.content);
        v.field(
            1usize,
            "group_policy_uploaded_language_files",
            &self.group_policy_uploaded_language_files,
        );
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for GroupPolicyUploadedDefinitionFileUploadNewVersionParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.content.read_from(r),
            1usize => self.group_policy_uploaded_language_files.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.content);
        w.field(1usize, &self.group_policy_uploaded_language_files);
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
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_object!(GroupPolicyUploadedDefinitionFileUploadNewVersionParams);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    GroupPolicyUploadedDefinitionFileUploadNewVersionParams { with_content content :
    rt::edm::Binary; with_group_policy_uploaded_language_files
    group_policy_uploaded_language_files : ::std::vec::Vec < crate
    ::beta::GroupPolicyUploadedLanguageFile >; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(GroupPolicyUploadedDefinitionFileUploadNewVersionParams);
#[cfg(msgraph_beta_core)]
/// Parameters of the action `microsoft.graph.validateProperties`.
/// - `displayName`: `Edm.String`
/// - `mailNickname`: `Edm.String`
/// - `onBehalfOfUserId`: `Edm.Guid`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
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
#[cfg(msgraph_beta_core)]
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
#[cfg(msgraph_beta_core)]
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
#[cfg(msgraph_beta_core)]
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
#[cfg(msgraph_beta_core)]
rt::impl_object!(GroupValidatePropertiesParams);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    GroupValidatePropertiesParams { with_display_name display_name :
    ::std::string::String; with_mail_nickname mail_nickname : ::std::string::String;
    with_on_behalf_of_user_id on_behalf_of_user_id : rt::edm::Guid; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(GroupValidatePropertiesParams);
#[cfg(msgraph_beta_device_management_or_search)]
/// Parameters of the action `microsoft.graph.assign`.
/// - `assignments`: `Collection(microsoft.graph.intuneBrandingProfileAssignment)`
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct IntuneBrandingProfileAssignParams {
    /// CSDL: property `assignments`: `Collection(microsoft.graph.intuneBrandingProfileAssignment)`, nullable.
    pub assignments: rt::Field<
        ::std::vec::Vec<crate::beta::IntuneBrandingProfileAssignment>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for IntuneBrandingProfileAssignParams {
    #[inline]
    fn default() -> Self {
        Self {
            assignments: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for IntuneBrandingProfileAssignParams {
    const TYPE_NAME: &'static str = "microsoft.graph.assign(microsoft.graph.intuneBrandingProfile)";
    const KEYS: &'static [&'static str] = &["assignments"];
    const KEYS_JSON: &'static [&'static str] = &[",\"assignments\":                  "];
    const TAG: &'static str = "\"#microsoft.graph.assign(microsoft.graph.intuneBrandingProfile)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "assignments", &self.assignments);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for IntuneBrandingProfileAssignParams {
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
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_object!(IntuneBrandingProfileAssignParams);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    IntuneBrandingProfileAssignParams { with_assignments assignments : ::std::vec::Vec <
    crate ::beta::IntuneBrandingProfileAssignment >; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(IntuneBrandingProfileAssignParams);
#[cfg(msgraph_beta_device_app_management_or_search)]
/// Parameters of the action `microsoft.graph.assign`.
/// - `appProvisioningConfigurationGroupAssignments`: `Collection(microsoft.graph.mobileAppProvisioningConfigGroupAssignment)`
/// - `iOSLobAppProvisioningConfigAssignments`: `Collection(microsoft.graph.iosLobAppProvisioningConfigurationAssignment)`
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
#[derive(Clone)]
pub struct IosLobAppProvisioningConfigurationAssignParams {
    /// CSDL: property `appProvisioningConfigurationGroupAssignments`: `Collection(microsoft.graph.mobileAppProvisioningConfigGroupAssignment)`, nullable.
    pub app_provisioning_configuration_group_assignments: rt::Field<
        ::std::vec::Vec<crate::beta::MobileAppProvisioningConfigGroupAssignment>,
    >,
    /// CSDL: property `iOSLobAppProvisioningConfigAssignments`: `Collection(microsoft.graph.iosLobAppProvisioningConfigurationAssignment)`, nullable.
    pub i_os_lob_app_provisioning_config_assignments: rt::Field<
        ::std::vec::Vec<crate::beta::IosLobAppProvisioningConfigurationAssignment>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::default::Default for IosLobAppProvisioningConfigurationAssignParams {
    #[inline]
    fn default() -> Self {
        Self {
            app_provisioning_configuration_group_assignments: rt::Field::Absent,
            i_os_lob_app_provisioning_config_assignments: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::Object for IosLobAppProvisioningConfigurationAssignParams {
    const TYPE_NAME: &'static str = "microsoft.graph.assign(microsoft.graph.iosLobAppProvisioningConfiguration)";
    const KEYS: &'static [&'static str] = &[
        "appProvisioningConfigurationGroupAssignments",
        "iOSLobAppProvisioningConfigAssignments",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"appProvisioningConfigurationGroupAssignments\":",
        ",\"iOSLobAppProvisioningConfigAssignments\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.assign(microsoft.graph.iosLobAppProvisioningConfiguration)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(
            0usize,
            "app_provisioning_configuration_group_assignments",
            &self.app_provisioning_configuration_group_assignments,
        );
        v.field(
            1usize,
            "i_os_lob_app_provisioning_config_assignments",
            &self.i_os_lob_app_provisioning_config_assignments,
        );
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::object::Members for IosLobAppProvisioningConfigurationAssignParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.app_provisioning_configuration_group_assignments.read_from(r),
            1usize => self.i_os_lob_app_provisioning_config_assignments.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.app_provisioning_configuration_group_assignments);
        w.field(1usize, &self.i_os_lob_app_provisioning_config_assignments);
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
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_object!(IosLobAppProvisioningConfigurationAssignParams);
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_setters!(
    IosLobAppProvisioningConfigurationAssignParams {
    with_app_provisioning_configuration_group_assignments
    app_provisioning_configuration_group_assignments : ::std::vec::Vec < crate
    ::beta::MobileAppProvisioningConfigGroupAssignment >;
    with_i_os_lob_app_provisioning_config_assignments
    i_os_lob_app_provisioning_config_assignments : ::std::vec::Vec < crate
    ::beta::IosLobAppProvisioningConfigurationAssignment >; }
);
#[cfg(msgraph_beta_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(IosLobAppProvisioningConfigurationAssignParams);
#[cfg(msgraph_beta_core_or_information_protection)]
/// Parameters of the action `microsoft.graph.decryptBuffer`.
/// - `encryptedBuffer`: `Edm.Binary`
/// - `publishingLicense`: `Edm.Binary`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct InformationProtectionDecryptBufferParams {
    /// CSDL: property `encryptedBuffer`: `Edm.Binary`, not nullable.
    pub encrypted_buffer: rt::Field<rt::edm::Binary>,
    /// CSDL: property `publishingLicense`: `Edm.Binary`, not nullable.
    pub publishing_license: rt::Field<rt::edm::Binary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_information_protection)]
impl ::std::default::Default for InformationProtectionDecryptBufferParams {
    #[inline]
    fn default() -> Self {
        Self {
            encrypted_buffer: rt::Field::Absent,
            publishing_license: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_information_protection)]
impl rt::Object for InformationProtectionDecryptBufferParams {
    const TYPE_NAME: &'static str = "microsoft.graph.decryptBuffer(microsoft.graph.informationProtection)";
    const KEYS: &'static [&'static str] = &["encryptedBuffer", "publishingLicense"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"encryptedBuffer\":              ",
        ",\"publishingLicense\":            ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.decryptBuffer(microsoft.graph.informationProtection)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "encrypted_buffer", &self.encrypted_buffer);
        v.field(1usize, "publishing_license", &self.publishing_license);
    }
}
#[cfg(msgraph_beta_core_or_information_protection)]
impl rt::object::Members for InformationProtectionDecryptBufferParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.encrypted_buffer.read_from(r),
            1usize => self.publishing_license.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.encrypted_buffer);
        w.field(1usize, &self.publishing_license);
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
#[cfg(msgraph_beta_core_or_information_protection)]
rt::impl_object!(InformationProtectionDecryptBufferParams);
#[cfg(msgraph_beta_core_or_information_protection)]
rt::impl_setters!(
    InformationProtectionDecryptBufferParams { with_encrypted_buffer encrypted_buffer :
    rt::edm::Binary; with_publishing_license publishing_license : rt::edm::Binary; }
);
#[cfg(msgraph_beta_core_or_information_protection)]
#[cfg(feature = "serde")]
rt::impl_serde!(InformationProtectionDecryptBufferParams);
#[cfg(msgraph_beta_core_or_information_protection)]
/// Parameters of the action `microsoft.graph.encryptBuffer`.
/// - `buffer`: `Edm.Binary`
/// - `labelId`: `Edm.Guid`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct InformationProtectionEncryptBufferParams {
    /// CSDL: property `buffer`: `Edm.Binary`, not nullable.
    pub buffer: rt::Field<rt::edm::Binary>,
    /// CSDL: property `labelId`: `Edm.Guid`, not nullable.
    pub label_id: rt::Field<rt::edm::Guid>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_information_protection)]
impl ::std::default::Default for InformationProtectionEncryptBufferParams {
    #[inline]
    fn default() -> Self {
        Self {
            buffer: rt::Field::Absent,
            label_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_information_protection)]
impl rt::Object for InformationProtectionEncryptBufferParams {
    const TYPE_NAME: &'static str = "microsoft.graph.encryptBuffer(microsoft.graph.informationProtection)";
    const KEYS: &'static [&'static str] = &["buffer", "labelId"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"buffer\":                       ",
        ",\"labelId\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.encryptBuffer(microsoft.graph.informationProtection)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "buffer", &self.buffer);
        v.field(1usize, "label_id", &self.label_id);
    }
}
#[cfg(msgraph_beta_core_or_information_protection)]
impl rt::object::Members for InformationProtectionEncryptBufferParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.buffer.read_from(r),
            1usize => self.label_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.buffer);
        w.field(1usize, &self.label_id);
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
#[cfg(msgraph_beta_core_or_information_protection)]
rt::impl_object!(InformationProtectionEncryptBufferParams);
#[cfg(msgraph_beta_core_or_information_protection)]
rt::impl_setters!(
    InformationProtectionEncryptBufferParams { with_buffer buffer : rt::edm::Binary;
    with_label_id label_id : rt::edm::Guid; }
);
#[cfg(msgraph_beta_core_or_information_protection)]
#[cfg(feature = "serde")]
rt::impl_serde!(InformationProtectionEncryptBufferParams);
#[cfg(msgraph_beta_core_or_information_protection)]
/// Parameters of the action `microsoft.graph.evaluateApplication`.
/// - `contentInfo`: `microsoft.graph.contentInfo`
/// - `labelingOptions`: `microsoft.graph.labelingOptions`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct InformationProtectionLabelCollectionEvaluateApplicationParams {
    /// CSDL: property `contentInfo`: `microsoft.graph.contentInfo`, not nullable.
    pub content_info: rt::Field<crate::beta::ContentInfo>,
    /// CSDL: property `labelingOptions`: `microsoft.graph.labelingOptions`, not nullable.
    pub labeling_options: rt::Field<crate::beta::LabelingOptions>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_information_protection)]
impl ::std::default::Default
for InformationProtectionLabelCollectionEvaluateApplicationParams {
    #[inline]
    fn default() -> Self {
        Self {
            content_info: rt::Field::Absent,
            labeling_options: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_information_protection)]
impl rt::Object for InformationProtectionLabelCollectionEvaluateApplicationParams {
    const TYPE_NAME: &'static str = "microsoft.graph.evaluateApplication(Collection(microsoft.graph.informationProtectionLabel))";
    const KEYS: &'static [&'static str] = &["contentInfo", "labelingOptions"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"contentInfo\":                  ",
        ",\"labelingOptions\":              ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.evaluateApplication(Collection(microsoft.graph.informationProtectionLabel))\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "content_info", &self.content_info);
        v.field(1usize, "labeling_options", &self.labeling_options);
    }
}
#[cfg(msgraph_beta_core_or_information_protection)]
impl rt::object::Members
for InformationProtectionLabelCollectionEvaluateApplicationParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.content_info.read_from(r),
            1usize => self.labeling_options.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.content_info);
        w.field(1usize, &self.labeling_options);
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
#[cfg(msgraph_beta_core_or_information_protection)]
rt::impl_object!(InformationProtectionLabelCollectionEvaluateApplicationParams);
#[cfg(msgraph_beta_core_or_information_protection)]
rt::impl_setters!(
    InformationProtectionLabelCollectionEvaluateApplicationParams { with_content_info
    content_info : crate ::beta::ContentInfo; with_labeling_options labeling_options :
    crate ::beta::LabelingOptions; }
);
#[cfg(msgraph_beta_core_or_information_protection)]
#[cfg(feature = "serde")]
rt::impl_serde!(InformationProtectionLabelCollectionEvaluateApplicationParams);
#[cfg(msgraph_beta_core_or_information_protection)]
/// Parameters of the action `microsoft.graph.evaluateClassificationResults`.
/// - `contentInfo`: `microsoft.graph.contentInfo`
/// - `classificationResults`: `Collection(microsoft.graph.classificationResult)`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct InformationProtectionLabelCollectionEvaluateClassificationResultsParams {
    /// CSDL: property `contentInfo`: `microsoft.graph.contentInfo`, not nullable.
    pub content_info: rt::Field<crate::beta::ContentInfo>,
    /// CSDL: property `classificationResults`: `Collection(microsoft.graph.classificationResult)`, not nullable.
    pub classification_results: rt::Field<
        ::std::vec::Vec<crate::beta::ClassificationResult>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_information_protection)]
impl ::std::default::Default
for InformationProtectionLabelCollectionEvaluateClassificationResultsParams {
    #[inline]
    fn default() -> Self {
        Self {
            content_info: rt::Field::Absent,
            classification_results: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_information_protection)]
impl rt::Object
for InformationProtectionLabelCollectionEvaluateClassificationResultsParams {
    const TYPE_NAME: &'static str = "microsoft.graph.evaluateClassificationResults(Collection(microsoft.graph.informationProtectionLabel))";
    const KEYS: &'static [&'static str] = &["contentInfo", "classificationResults"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"contentInfo\":                  ",
        ",\"classificationResults\":        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.evaluateClassificationResults(Collection(microsoft.graph.informationProtectionLabel))\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "content_info", &self.content_info);
        v.field(1usize, "classification_results", &self.classification_results);
    }
}
#[cfg(msgraph_beta_core_or_information_protection)]
impl rt::object::Members
for InformationProtectionLabelCollectionEvaluateClassificationResultsParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.content_info.read_from(r),
            1usize => self.classification_results.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.content_info);
        w.field(1usize, &self.classification_results);
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
#[cfg(msgraph_beta_core_or_information_protection)]
rt::impl_object!(
    InformationProtectionLabelCollectionEvaluateClassificationResultsParams
);
#[cfg(msgraph_beta_core_or_information_protection)]
rt::impl_setters!(
    InformationProtectionLabelCollectionEvaluateClassificationResultsParams {
    with_content_info content_info : crate ::beta::ContentInfo;
    with_classification_results classification_results : ::std::vec::Vec < crate
    ::beta::ClassificationResult >; }
);
#[cfg(msgraph_beta_core_or_information_protection)]
#[cfg(feature = "serde")]
rt::impl_serde!(InformationProtectionLabelCollectionEvaluateClassificationResultsParams);
#[cfg(msgraph_beta_core_or_information_protection)]
/// Parameters of the action `microsoft.graph.evaluateRemoval`.
/// - `contentInfo`: `microsoft.graph.contentInfo`
/// - `downgradeJustification`: `microsoft.graph.downgradeJustification`, optional
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct InformationProtectionLabelCollectionEvaluateRemovalParams {
    /// CSDL: property `contentInfo`: `microsoft.graph.contentInfo`, not nullable.
    pub content_info: rt::Field<crate::beta::ContentInfo>,
    /// CSDL: property `downgradeJustification`: `microsoft.graph.downgradeJustification`, nullable.
    pub downgrade_justification: rt::Field<crate::beta::DowngradeJustification>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_information_protection)]
impl ::std::default::Default
for InformationProtectionLabelCollectionEvaluateRemovalParams {
    #[inline]
    fn default() -> Self {
        Self {
            content_info: rt::Field::Absent,
            downgrade_justification: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_information_protection)]
impl rt::Object for InformationProtectionLabelCollectionEvaluateRemovalParams {
    const TYPE_NAME: &'static str = "microsoft.graph.evaluateRemoval(Collection(microsoft.graph.informationProtectionLabel))";
    const KEYS: &'static [&'static str] = &["contentInfo", "downgradeJustification"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"contentInfo\":                  ",
        ",\"downgradeJustification\":       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.evaluateRemoval(Collection(microsoft.graph.informationProtectionLabel))\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "content_info", &self.content_info);
        v.field(1usize, "downgrade_justification", &self.downgrade_justification);
    }
}
#[cfg(msgraph_beta_core_or_information_protection)]
impl rt::object::Members for InformationProtectionLabelCollectionEvaluateRemovalParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.content_info.read_from(r),
            1usize => self.downgrade_justification.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.content_info);
        w.field(1usize, &self.downgrade_justification);
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
#[cfg(msgraph_beta_core_or_information_protection)]
rt::impl_object!(InformationProtectionLabelCollectionEvaluateRemovalParams);
#[cfg(msgraph_beta_core_or_information_protection)]
rt::impl_setters!(
    InformationProtectionLabelCollectionEvaluateRemovalParams { with_content_info
    content_info : crate ::beta::ContentInfo; with_downgrade_justification
    downgrade_justification : crate ::beta::DowngradeJustification; }
);
#[cfg(msgraph_beta_core_or_information_protection)]
#[cfg(feature = "serde")]
rt::impl_serde!(InformationProtectionLabelCollectionEvaluateRemovalParams);
#[cfg(msgraph_beta_core_or_information_protection)]
/// Parameters of the action `microsoft.graph.extractLabel`.
/// - `contentInfo`: `microsoft.graph.contentInfo`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct InformationProtectionLabelCollectionExtractLabelParams {
    /// CSDL: property `contentInfo`: `microsoft.graph.contentInfo`, not nullable.
    pub content_info: rt::Field<crate::beta::ContentInfo>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_information_protection)]
impl ::std::default::Default for InformationProtectionLabelCollectionExtractLabelParams {
    #[inline]
    fn default() -> Self {
        Self {
            content_info: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_information_protection)]
impl rt::Object for InformationProtectionLabelCollectionExtractLabelParams {
    const TYPE_NAME: &'static str = "microsoft.graph.extractLabel(Collection(microsoft.graph.informationProtectionLabel))";
    const KEYS: &'static [&'static str] = &["contentInfo"];
    const KEYS_JSON: &'static [&'static str] = &[",\"contentInfo\":                  "];
    const TAG: &'static str = "\"#microsoft.graph.extractLabel(Collection(microsoft.graph.informationProtectionLabel))\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "content_info", &self.content_info);
    }
}
#[cfg(msgraph_beta_core_or_information_protection)]
impl rt::object::Members for InformationProtectionLabelCollectionExtractLabelParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.content_info.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.content_info);
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
#[cfg(msgraph_beta_core_or_information_protection)]
rt::impl_object!(InformationProtectionLabelCollectionExtractLabelParams);
#[cfg(msgraph_beta_core_or_information_protection)]
rt::impl_setters!(
    InformationProtectionLabelCollectionExtractLabelParams { with_content_info
    content_info : crate ::beta::ContentInfo; }
);
#[cfg(msgraph_beta_core_or_information_protection)]
#[cfg(feature = "serde")]
rt::impl_serde!(InformationProtectionLabelCollectionExtractLabelParams);
#[cfg(msgraph_beta_device_app_management_or_search)]
/// Parameters of the action `microsoft.graph.hasPayloadLinks`.
/// - `payloadIds`: `Collection(Edm.String)`
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
#[derive(Clone)]
pub struct IosLobAppProvisioningConfigurationCollectionHasPayloadLinksParams {
    /// CSDL: property `payloadIds`: `Collection(Edm.String)`, nullable.
    pub payload_ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::default::Default
for IosLobAppProvisioningConfigurationCollectionHasPayloadLinksParams {
    #[inline]
    fn default() -> Self {
        Self {
            payload_ids: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::Object for IosLobAppProvisioningConfigurationCollectionHasPayloadLinksParams {
    const TYPE_NAME: &'static str = "microsoft.graph.hasPayloadLinks(Collection(microsoft.graph.iosLobAppProvisioningConfiguration))";
    const KEYS: &'static [&'static str] = &["payloadIds"];
    const KEYS_JSON: &'static [&'static str] = &[",\"payloadIds\":                   "];
    const TAG: &'static str = "\"#microsoft.graph.hasPayloadLinks(Collection(microsoft.graph.iosLobAppProvisioningConfiguration))\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "payload_ids", &self.payload_ids);
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::object::Members
for IosLobAppProvisioningConfigurationCollectionHasPayloadLinksParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.payload_ids.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.payload_ids);
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
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_object!(IosLobAppProvisioningConfigurationCollectionHasPayloadLinksParams);
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_setters!(
    IosLobAppProvisioningConfigurationCollectionHasPayloadLinksParams { with_payload_ids
    payload_ids : ::std::vec::Vec < ::std::string::String >; }
);
#[cfg(msgraph_beta_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(IosLobAppProvisioningConfigurationCollectionHasPayloadLinksParams);
#[cfg(msgraph_beta_core_or_device_app_management)]
/// Parameters of the action `microsoft.graph.hasPayloadLinks`.
/// - `payloadIds`: `Collection(Edm.String)`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-app-management`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct IosManagedAppProtectionCollectionHasPayloadLinksParams {
    /// CSDL: property `payloadIds`: `Collection(Edm.String)`, nullable.
    pub payload_ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_device_app_management)]
impl ::std::default::Default for IosManagedAppProtectionCollectionHasPayloadLinksParams {
    #[inline]
    fn default() -> Self {
        Self {
            payload_ids: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_device_app_management)]
impl rt::Object for IosManagedAppProtectionCollectionHasPayloadLinksParams {
    const TYPE_NAME: &'static str = "microsoft.graph.hasPayloadLinks(Collection(microsoft.graph.iosManagedAppProtection))";
    const KEYS: &'static [&'static str] = &["payloadIds"];
    const KEYS_JSON: &'static [&'static str] = &[",\"payloadIds\":                   "];
    const TAG: &'static str = "\"#microsoft.graph.hasPayloadLinks(Collection(microsoft.graph.iosManagedAppProtection))\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "payload_ids", &self.payload_ids);
    }
}
#[cfg(msgraph_beta_core_or_device_app_management)]
impl rt::object::Members for IosManagedAppProtectionCollectionHasPayloadLinksParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.payload_ids.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.payload_ids);
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
#[cfg(msgraph_beta_core_or_device_app_management)]
rt::impl_object!(IosManagedAppProtectionCollectionHasPayloadLinksParams);
#[cfg(msgraph_beta_core_or_device_app_management)]
rt::impl_setters!(
    IosManagedAppProtectionCollectionHasPayloadLinksParams { with_payload_ids payload_ids
    : ::std::vec::Vec < ::std::string::String >; }
);
#[cfg(msgraph_beta_core_or_device_app_management)]
#[cfg(feature = "serde")]
rt::impl_serde!(IosManagedAppProtectionCollectionHasPayloadLinksParams);
#[cfg(msgraph_beta_device_management_or_search)]
/// Parameters of the action `microsoft.graph.import`.
/// - `importedWindowsAutopilotDeviceIdentities`: `Collection(microsoft.graph.importedWindowsAutopilotDeviceIdentity)`
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct ImportedWindowsAutopilotDeviceIdentityCollectionImportParams {
    /// CSDL: property `importedWindowsAutopilotDeviceIdentities`: `Collection(microsoft.graph.importedWindowsAutopilotDeviceIdentity)`, nullable.
    pub imported_windows_autopilot_device_identities: rt::Field<
        ::std::vec::Vec<crate::beta::ImportedWindowsAutopilotDeviceIdentity>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
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
#[cfg(msgraph_beta_device_management_or_search)]
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
#[cfg(msgraph_beta_device_management_or_search)]
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
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_object!(ImportedWindowsAutopilotDeviceIdentityCollectionImportParams);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    ImportedWindowsAutopilotDeviceIdentityCollectionImportParams {
    with_imported_windows_autopilot_device_identities
    imported_windows_autopilot_device_identities : ::std::vec::Vec < crate
    ::beta::ImportedWindowsAutopilotDeviceIdentity >; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ImportedWindowsAutopilotDeviceIdentityCollectionImportParams);
#[cfg(msgraph_beta_device_management_or_search)]
/// Parameters of the action `microsoft.graph.importAppleDeviceIdentityList`.
/// - `importedAppleDeviceIdentities`: `Collection(microsoft.graph.importedAppleDeviceIdentity)`
/// - `overwriteImportedDeviceIdentities`: `Edm.Boolean`
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct ImportedAppleDeviceIdentityCollectionImportAppleDeviceIdentityListParams {
    /// CSDL: property `importedAppleDeviceIdentities`: `Collection(microsoft.graph.importedAppleDeviceIdentity)`, nullable.
    pub imported_apple_device_identities: rt::Field<
        ::std::vec::Vec<crate::beta::AnyImportedAppleDeviceIdentity>,
    >,
    /// CSDL: property `overwriteImportedDeviceIdentities`: `Edm.Boolean`, not nullable.
    pub overwrite_imported_device_identities: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default
for ImportedAppleDeviceIdentityCollectionImportAppleDeviceIdentityListParams {
    #[inline]
    fn default() -> Self {
        Self {
            imported_apple_device_identities: rt::Field::Absent,
            overwrite_imported_device_identities: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object
for ImportedAppleDeviceIdentityCollectionImportAppleDeviceIdentityListParams {
    const TYPE_NAME: &'static str = "microsoft.graph.importAppleDeviceIdentityList(Collection(microsoft.graph.importedAppleDeviceIdentity))";
    const KEYS: &'static [&'static str] = &[
        "importedAppleDeviceIdentities",
        "overwriteImportedDeviceIdentities",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"importedAppleDeviceIdentities\":",
        ",\"overwriteImportedDeviceIdentities\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.importAppleDeviceIdentityList(Collection(microsoft.graph.importedAppleDeviceIdentity))\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(
            0usize,
            "imported_apple_device_identities",
            &self.imported_apple_device_identities,
        );
        v.field(
            1usize,
            "overwrite_imported_device_identities",
            &self.overwrite_imported_device_identities,
        );
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members
for ImportedAppleDeviceIdentityCollectionImportAppleDeviceIdentityListParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.imported_apple_device_identities.read_from(r),
            1usize => self.overwrite_imported_device_identities.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.imported_apple_device_identities);
        w.field(1usize, &self.overwrite_imported_device_identities);
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
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_object!(
    ImportedAppleDeviceIdentityCollectionImportAppleDeviceIdentityListParams
);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    ImportedAppleDeviceIdentityCollectionImportAppleDeviceIdentityListParams {
    with_imported_apple_device_identities imported_apple_device_identities :
    ::std::vec::Vec < crate ::beta::AnyImportedAppleDeviceIdentity >;
    with_overwrite_imported_device_identities overwrite_imported_device_identities :
    bool; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(
    ImportedAppleDeviceIdentityCollectionImportAppleDeviceIdentityListParams
);
#[cfg(msgraph_beta_device_management_or_search)]
/// Parameters of the action `microsoft.graph.importDeviceIdentityList`.
/// - `importedDeviceIdentities`: `Collection(microsoft.graph.importedDeviceIdentity)`
/// - `overwriteImportedDeviceIdentities`: `Edm.Boolean`
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct ImportedDeviceIdentityCollectionImportDeviceIdentityListParams {
    /// CSDL: property `importedDeviceIdentities`: `Collection(microsoft.graph.importedDeviceIdentity)`, nullable.
    pub imported_device_identities: rt::Field<
        ::std::vec::Vec<crate::beta::AnyImportedDeviceIdentity>,
    >,
    /// CSDL: property `overwriteImportedDeviceIdentities`: `Edm.Boolean`, not nullable.
    pub overwrite_imported_device_identities: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default
for ImportedDeviceIdentityCollectionImportDeviceIdentityListParams {
    #[inline]
    fn default() -> Self {
        Self {
            imported_device_identities: rt::Field::Absent,
            overwrite_imported_device_identities: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for ImportedDeviceIdentityCollectionImportDeviceIdentityListParams {
    const TYPE_NAME: &'static str = "microsoft.graph.importDeviceIdentityList(Collection(microsoft.graph.importedDeviceIdentity))";
    const KEYS: &'static [&'static str] = &[
        "importedDeviceIdentities",
        "overwriteImportedDeviceIdentities",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"importedDeviceIdentities\":     ",
        ",\"overwriteImportedDeviceIdentities\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.importDeviceIdentityList(Collection(microsoft.graph.importedDeviceIdentity))\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "imported_device_identities", &self.imported_device_identities);
        v.field(
            1usize,
            "overwrite_imported_device_identities",
            &self.overwrite_imported_device_identities,
        );
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members
for ImportedDeviceIdentityCollectionImportDeviceIdentityListParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.imported_device_identities.read_from(r),
            1usize => self.overwrite_imported_device_identities.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.imported_device_identities);
        w.field(1usize, &self.overwrite_imported_device_identities);
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
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_object!(ImportedDeviceIdentityCollectionImportDeviceIdentityListParams);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    ImportedDeviceIdentityCollectionImportDeviceIdentityListParams {
    with_imported_device_identities imported_device_identities : ::std::vec::Vec < crate
    ::beta::AnyImportedDeviceIdentity >; with_overwrite_imported_device_identities
    overwrite_imported_device_identities : bool; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ImportedDeviceIdentityCollectionImportDeviceIdentityListParams);
#[cfg(msgraph_beta_device_app_management_or_search)]
/// Revoke all assigned iOS VPP licenses for given app.
///
/// Parameters of the action `microsoft.graph.revokeAllLicenses`.
/// - `notifyManagedDevices`: `Edm.Boolean`
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
#[derive(Clone)]
pub struct IosVppAppRevokeAllLicensesParams {
    /// CSDL: property `notifyManagedDevices`: `Edm.Boolean`, not nullable.
    pub notify_managed_devices: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::default::Default for IosVppAppRevokeAllLicensesParams {
    #[inline]
    fn default() -> Self {
        Self {
            notify_managed_devices: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::Object for IosVppAppRevokeAllLicensesParams {
    const TYPE_NAME: &'static str = "microsoft.graph.revokeAllLicenses(microsoft.graph.iosVppApp)";
    const KEYS: &'static [&'static str] = &["notifyManagedDevices"];
    const KEYS_JSON: &'static [&'static str] = &[",\"notifyManagedDevices\":         "];
    const TAG: &'static str = "\"#microsoft.graph.revokeAllLicenses(microsoft.graph.iosVppApp)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "notify_managed_devices", &self.notify_managed_devices);
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::object::Members for IosVppAppRevokeAllLicensesParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.notify_managed_devices.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.notify_managed_devices);
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
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_object!(IosVppAppRevokeAllLicensesParams);
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_setters!(
    IosVppAppRevokeAllLicensesParams { with_notify_managed_devices notify_managed_devices
    : bool; }
);
#[cfg(msgraph_beta_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(IosVppAppRevokeAllLicensesParams);
#[cfg(msgraph_beta_device_app_management_or_search)]
/// Revoke assigned iOS VPP device license for given app.
///
/// Parameters of the action `microsoft.graph.revokeDeviceLicense`.
/// - `managedDeviceId`: `Edm.String`
/// - `notifyManagedDevices`: `Edm.Boolean`
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
#[derive(Clone)]
pub struct IosVppAppRevokeDeviceLicenseParams {
    /// CSDL: property `managedDeviceId`: `Edm.String`, nullable.
    pub managed_device_id: rt::Field<::std::string::String>,
    /// CSDL: property `notifyManagedDevices`: `Edm.Boolean`, not nullable.
    pub notify_managed_devices: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::default::Default for IosVppAppRevokeDeviceLicenseParams {
    #[inline]
    fn default() -> Self {
        Self {
            managed_device_id: rt::Field::Absent,
            notify_managed_devices: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::Object for IosVppAppRevokeDeviceLicenseParams {
    const TYPE_NAME: &'static str = "microsoft.graph.revokeDeviceLicense(microsoft.graph.iosVppApp)";
    const KEYS: &'static [&'static str] = &["managedDeviceId", "notifyManagedDevices"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"managedDeviceId\":              ",
        ",\"notifyManagedDevices\":         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.revokeDeviceLicense(microsoft.graph.iosVppApp)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "managed_device_id", &self.managed_device_id);
        v.field(1usize, "notify_managed_devices", &self.notify_managed_devices);
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::object::Members for IosVppAppRevokeDeviceLicenseParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.managed_device_id.read_from(r),
            1usize => self.notify_managed_devices.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.managed_device_id);
        w.field(1usize, &self.notify_managed_devices);
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
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_object!(IosVppAppRevokeDeviceLicenseParams);
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_setters!(
    IosVppAppRevokeDeviceLicenseParams { with_managed_device_id managed_device_id :
    ::std::string::String; with_notify_managed_devices notify_managed_devices : bool; }
);
#[cfg(msgraph_beta_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(IosVppAppRevokeDeviceLicenseParams);
#[cfg(msgraph_beta_device_app_management_or_search)]
/// Revoke assigned iOS VPP user license for given app.
///
/// Parameters of the action `microsoft.graph.revokeUserLicense`.
/// - `userId`: `Edm.String`
/// - `notifyManagedDevices`: `Edm.Boolean`
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
#[derive(Clone)]
pub struct IosVppAppRevokeUserLicenseParams {
    /// CSDL: property `userId`: `Edm.String`, nullable.
    pub user_id: rt::Field<::std::string::String>,
    /// CSDL: property `notifyManagedDevices`: `Edm.Boolean`, not nullable.
    pub notify_managed_devices: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::default::Default for IosVppAppRevokeUserLicenseParams {
    #[inline]
    fn default() -> Self {
        Self {
            user_id: rt::Field::Absent,
            notify_managed_devices: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::Object for IosVppAppRevokeUserLicenseParams {
    const TYPE_NAME: &'static str = "microsoft.graph.revokeUserLicense(microsoft.graph.iosVppApp)";
    const KEYS: &'static [&'static str] = &["userId", "notifyManagedDevices"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"userId\":                       ",
        ",\"notifyManagedDevices\":         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.revokeUserLicense(microsoft.graph.iosVppApp)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "user_id", &self.user_id);
        v.field(1usize, "notify_managed_devices", &self.notify_managed_devices);
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::object::Members for IosVppAppRevokeUserLicenseParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.user_id.read_from(r),
            1usize => self.notify_managed_devices.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.user_id);
        w.field(1usize, &self.notify_managed_devices);
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
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_object!(IosVppAppRevokeUserLicenseParams);
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_setters!(
    IosVppAppRevokeUserLicenseParams { with_user_id user_id : ::std::string::String;
    with_notify_managed_devices notify_managed_devices : bool; }
);
#[cfg(msgraph_beta_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(IosVppAppRevokeUserLicenseParams);
#[cfg(msgraph_beta_device_management_or_search)]
/// Parameters of the action `microsoft.graph.searchExistingIdentities`.
/// - `importedDeviceIdentities`: `Collection(microsoft.graph.importedDeviceIdentity)`
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct ImportedDeviceIdentityCollectionSearchExistingIdentitiesParams {
    /// CSDL: property `importedDeviceIdentities`: `Collection(microsoft.graph.importedDeviceIdentity)`, nullable.
    pub imported_device_identities: rt::Field<
        ::std::vec::Vec<crate::beta::AnyImportedDeviceIdentity>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default
for ImportedDeviceIdentityCollectionSearchExistingIdentitiesParams {
    #[inline]
    fn default() -> Self {
        Self {
            imported_device_identities: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for ImportedDeviceIdentityCollectionSearchExistingIdentitiesParams {
    const TYPE_NAME: &'static str = "microsoft.graph.searchExistingIdentities(Collection(microsoft.graph.importedDeviceIdentity))";
    const KEYS: &'static [&'static str] = &["importedDeviceIdentities"];
    const KEYS_JSON: &'static [&'static str] = &[",\"importedDeviceIdentities\":     "];
    const TAG: &'static str = "\"#microsoft.graph.searchExistingIdentities(Collection(microsoft.graph.importedDeviceIdentity))\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "imported_device_identities", &self.imported_device_identities);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members
for ImportedDeviceIdentityCollectionSearchExistingIdentitiesParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.imported_device_identities.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.imported_device_identities);
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
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_object!(ImportedDeviceIdentityCollectionSearchExistingIdentitiesParams);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    ImportedDeviceIdentityCollectionSearchExistingIdentitiesParams {
    with_imported_device_identities imported_device_identities : ::std::vec::Vec < crate
    ::beta::AnyImportedDeviceIdentity >; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ImportedDeviceIdentityCollectionSearchExistingIdentitiesParams);
#[cfg(msgraph_beta_identity_or_search)]
/// Parameters of the action `microsoft.graph.setOrder`.
/// - `newAssignmentOrder`: `microsoft.graph.assignmentOrder`
///
/// Features: `beta`, or one of `beta-identity`, `beta-search`.
#[derive(Clone)]
pub struct IdentityUserFlowAttributeAssignmentCollectionSetOrderParams {
    /// CSDL: property `newAssignmentOrder`: `microsoft.graph.assignmentOrder`, nullable.
    pub new_assignment_order: rt::Field<crate::beta::AssignmentOrder>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_identity_or_search)]
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
#[cfg(msgraph_beta_identity_or_search)]
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
#[cfg(msgraph_beta_identity_or_search)]
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
#[cfg(msgraph_beta_identity_or_search)]
rt::impl_object!(IdentityUserFlowAttributeAssignmentCollectionSetOrderParams);
#[cfg(msgraph_beta_identity_or_search)]
rt::impl_setters!(
    IdentityUserFlowAttributeAssignmentCollectionSetOrderParams {
    with_new_assignment_order new_assignment_order : crate ::beta::AssignmentOrder; }
);
#[cfg(msgraph_beta_identity_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(IdentityUserFlowAttributeAssignmentCollectionSetOrderParams);
#[cfg(msgraph_beta_identity_or_search)]
/// Parameters of the action `microsoft.graph.uploadClientCertificate`.
/// - `pkcs12Value`: `Edm.String`
/// - `password`: `Edm.String`
///
/// Features: `beta`, or one of `beta-identity`, `beta-search`.
#[derive(Clone)]
pub struct IdentityApiConnectorUploadClientCertificateParams {
    /// CSDL: property `pkcs12Value`: `Edm.String`, nullable.
    pub pkcs12_value: rt::Field<::std::string::String>,
    /// CSDL: property `password`: `Edm.String`, nullable.
    pub password: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_identity_or_search)]
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
#[cfg(msgraph_beta_identity_or_search)]
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
#[cfg(msgraph_beta_identity_or_search)]
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
#[cfg(msgraph_beta_identity_or_search)]
rt::impl_object!(IdentityApiConnectorUploadClientCertificateParams);
#[cfg(msgraph_beta_identity_or_search)]
rt::impl_setters!(
    IdentityApiConnectorUploadClientCertificateParams { with_pkcs12_value pkcs12_value :
    ::std::string::String; with_password password : ::std::string::String; }
);
#[cfg(msgraph_beta_identity_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(IdentityApiConnectorUploadClientCertificateParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.createLink`.
/// - `type`: `Edm.String`
/// - `scope`: `Edm.String`
/// - `expirationDateTime`: `Edm.DateTimeOffset`
/// - `password`: `Edm.String`
/// - `recipients`: `Collection(microsoft.graph.driveRecipient)`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
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
    /// CSDL: property `recipients`: `Collection(microsoft.graph.driveRecipient)`, nullable.
    pub recipients: rt::Field<::std::vec::Vec<crate::beta::DriveRecipient>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for ListItemCreateLinkParams {
    #[inline]
    fn default() -> Self {
        Self {
            type_: rt::Field::Absent,
            scope: rt::Field::Absent,
            expiration_date_time: rt::Field::Absent,
            password: rt::Field::Absent,
            recipients: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for ListItemCreateLinkParams {
    const TYPE_NAME: &'static str = "microsoft.graph.createLink(microsoft.graph.listItem)";
    const KEYS: &'static [&'static str] = &[
        "type",
        "scope",
        "expirationDateTime",
        "password",
        "recipients",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"type\":                         ",
        ",\"scope\":                        ",
        ",\"expirationDateTime\":           ",
        ",\"password\":                     ",
        ",\"recipients\":                   ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.createLink(microsoft.graph.listItem)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "type_", &self.type_);
        v.field(1usize, "scope", &self.scope);
        v.field(2usize, "expiration_date_time", &self.expiration_date_time);
        v.field(3usize, "password", &self.password);
        v.field(4usize, "recipients", &self.recipients);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for ListItemCreateLinkParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.type_.read_from(r),
            1usize => self.scope.read_from(r),
            2usize => self.expiration_date_time.read_from(r),
            3usize => self.password.read_from(r),
            4usize => self.recipients.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.type_);
        w.field(1usize, &self.scope);
        w.field(2usize, &self.expiration_date_time);
        w.field(3usize, &self.password);
        w.field(4usize, &self.recipients);
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
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_object!(ListItemCreateLinkParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    ListItemCreateLinkParams { with_type type_ : ::std::string::String; with_scope scope
    : ::std::string::String; with_expiration_date_time expiration_date_time :
    rt::edm::DateTimeOffset; with_password password : ::std::string::String;
    with_recipients recipients : ::std::vec::Vec < crate ::beta::DriveRecipient >; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(ListItemCreateLinkParams);
#[cfg(msgraph_beta_core)]
/// Activate eSIM on the device.
///
/// Parameters of the action `microsoft.graph.activateDeviceEsim`.
/// - `carrierUrl`: `Edm.String`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ManagedDeviceActivateDeviceEsimParams {
    /// CSDL: property `carrierUrl`: `Edm.String`, nullable.
    pub carrier_url: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for ManagedDeviceActivateDeviceEsimParams {
    #[inline]
    fn default() -> Self {
        Self {
            carrier_url: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for ManagedDeviceActivateDeviceEsimParams {
    const TYPE_NAME: &'static str = "microsoft.graph.activateDeviceEsim(microsoft.graph.managedDevice)";
    const KEYS: &'static [&'static str] = &["carrierUrl"];
    const KEYS_JSON: &'static [&'static str] = &[",\"carrierUrl\":                   "];
    const TAG: &'static str = "\"#microsoft.graph.activateDeviceEsim(microsoft.graph.managedDevice)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "carrier_url", &self.carrier_url);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for ManagedDeviceActivateDeviceEsimParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.carrier_url.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.carrier_url);
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
#[cfg(msgraph_beta_core)]
rt::impl_object!(ManagedDeviceActivateDeviceEsimParams);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    ManagedDeviceActivateDeviceEsimParams { with_carrier_url carrier_url :
    ::std::string::String; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(ManagedDeviceActivateDeviceEsimParams);
#[cfg(msgraph_beta_device_app_management_or_search)]
/// Parameters of the action `microsoft.graph.assign`.
/// - `assignments`: `Collection(microsoft.graph.managedDeviceMobileAppConfigurationAssignment)`
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
#[derive(Clone)]
pub struct ManagedDeviceMobileAppConfigurationAssignParams {
    /// CSDL: property `assignments`: `Collection(microsoft.graph.managedDeviceMobileAppConfigurationAssignment)`, nullable.
    pub assignments: rt::Field<
        ::std::vec::Vec<crate::beta::ManagedDeviceMobileAppConfigurationAssignment>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::default::Default for ManagedDeviceMobileAppConfigurationAssignParams {
    #[inline]
    fn default() -> Self {
        Self {
            assignments: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
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
#[cfg(msgraph_beta_device_app_management_or_search)]
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
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_object!(ManagedDeviceMobileAppConfigurationAssignParams);
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_setters!(
    ManagedDeviceMobileAppConfigurationAssignParams { with_assignments assignments :
    ::std::vec::Vec < crate ::beta::ManagedDeviceMobileAppConfigurationAssignment >; }
);
#[cfg(msgraph_beta_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ManagedDeviceMobileAppConfigurationAssignParams);
#[cfg(msgraph_beta_device_app_management_or_search)]
/// Parameters of the action `microsoft.graph.assign`.
/// - `managedEBookAssignments`: `Collection(microsoft.graph.managedEBookAssignment)`
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
#[derive(Clone)]
pub struct ManagedEBookAssignParams {
    /// CSDL: property `managedEBookAssignments`: `Collection(microsoft.graph.managedEBookAssignment)`, nullable.
    pub managed_e_book_assignments: rt::Field<
        ::std::vec::Vec<crate::beta::AnyManagedEBookAssignment>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::default::Default for ManagedEBookAssignParams {
    #[inline]
    fn default() -> Self {
        Self {
            managed_e_book_assignments: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
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
#[cfg(msgraph_beta_device_app_management_or_search)]
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
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_object!(ManagedEBookAssignParams);
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_setters!(
    ManagedEBookAssignParams { with_managed_e_book_assignments managed_e_book_assignments
    : ::std::vec::Vec < crate ::beta::AnyManagedEBookAssignment >; }
);
#[cfg(msgraph_beta_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ManagedEBookAssignParams);
#[cfg(msgraph_beta_device_app_management_or_search)]
/// Parameters of the action `microsoft.graph.assign`.
/// - `mobileAppAssignments`: `Collection(microsoft.graph.mobileAppAssignment)`
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
#[derive(Clone)]
pub struct MobileAppAssignParams {
    /// CSDL: property `mobileAppAssignments`: `Collection(microsoft.graph.mobileAppAssignment)`, nullable.
    pub mobile_app_assignments: rt::Field<
        ::std::vec::Vec<crate::beta::MobileAppAssignment>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::default::Default for MobileAppAssignParams {
    #[inline]
    fn default() -> Self {
        Self {
            mobile_app_assignments: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
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
#[cfg(msgraph_beta_device_app_management_or_search)]
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
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_object!(MobileAppAssignParams);
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_setters!(
    MobileAppAssignParams { with_mobile_app_assignments mobile_app_assignments :
    ::std::vec::Vec < crate ::beta::MobileAppAssignment >; }
);
#[cfg(msgraph_beta_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(MobileAppAssignParams);
#[cfg(msgraph_beta_core)]
/// Parameters of the action `microsoft.graph.bulkReprovisionCloudPc`.
/// - `managedDeviceIds`: `Collection(Edm.String)`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ManagedDeviceCollectionBulkReprovisionCloudPcParams {
    /// CSDL: property `managedDeviceIds`: `Collection(Edm.String)`, nullable.
    pub managed_device_ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for ManagedDeviceCollectionBulkReprovisionCloudPcParams {
    #[inline]
    fn default() -> Self {
        Self {
            managed_device_ids: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for ManagedDeviceCollectionBulkReprovisionCloudPcParams {
    const TYPE_NAME: &'static str = "microsoft.graph.bulkReprovisionCloudPc(Collection(microsoft.graph.managedDevice))";
    const KEYS: &'static [&'static str] = &["managedDeviceIds"];
    const KEYS_JSON: &'static [&'static str] = &[",\"managedDeviceIds\":             "];
    const TAG: &'static str = "\"#microsoft.graph.bulkReprovisionCloudPc(Collection(microsoft.graph.managedDevice))\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "managed_device_ids", &self.managed_device_ids);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for ManagedDeviceCollectionBulkReprovisionCloudPcParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.managed_device_ids.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.managed_device_ids);
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
#[cfg(msgraph_beta_core)]
rt::impl_object!(ManagedDeviceCollectionBulkReprovisionCloudPcParams);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    ManagedDeviceCollectionBulkReprovisionCloudPcParams { with_managed_device_ids
    managed_device_ids : ::std::vec::Vec < ::std::string::String >; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(ManagedDeviceCollectionBulkReprovisionCloudPcParams);
#[cfg(msgraph_beta_core)]
/// Clean Windows device
///
/// Parameters of the action `microsoft.graph.cleanWindowsDevice`.
/// - `keepUserData`: `Edm.Boolean`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ManagedDeviceCleanWindowsDeviceParams {
    /// CSDL: property `keepUserData`: `Edm.Boolean`, not nullable.
    pub keep_user_data: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for ManagedDeviceCleanWindowsDeviceParams {
    #[inline]
    fn default() -> Self {
        Self {
            keep_user_data: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
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
#[cfg(msgraph_beta_core)]
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
#[cfg(msgraph_beta_core)]
rt::impl_object!(ManagedDeviceCleanWindowsDeviceParams);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    ManagedDeviceCleanWindowsDeviceParams { with_keep_user_data keep_user_data : bool; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(ManagedDeviceCleanWindowsDeviceParams);
#[cfg(msgraph_beta_device_app_management_or_search)]
/// Commits a file of a given app.
///
/// Parameters of the action `microsoft.graph.commit`.
/// - `fileEncryptionInfo`: `microsoft.graph.fileEncryptionInfo`
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
#[derive(Clone)]
pub struct MobileAppContentFileCommitParams {
    /// CSDL: property `fileEncryptionInfo`: `microsoft.graph.fileEncryptionInfo`, nullable.
    pub file_encryption_info: rt::Field<crate::beta::FileEncryptionInfo>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::default::Default for MobileAppContentFileCommitParams {
    #[inline]
    fn default() -> Self {
        Self {
            file_encryption_info: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
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
#[cfg(msgraph_beta_device_app_management_or_search)]
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
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_object!(MobileAppContentFileCommitParams);
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_setters!(
    MobileAppContentFileCommitParams { with_file_encryption_info file_encryption_info :
    crate ::beta::FileEncryptionInfo; }
);
#[cfg(msgraph_beta_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(MobileAppContentFileCommitParams);
#[cfg(msgraph_beta_core)]
/// Parameters of the action `microsoft.graph.copy`.
/// - `DestinationId`: `Edm.String`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct MailFolderCopyParams {
    /// CSDL: property `DestinationId`: `Edm.String`, not nullable.
    pub destination_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for MailFolderCopyParams {
    #[inline]
    fn default() -> Self {
        Self {
            destination_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
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
#[cfg(msgraph_beta_core)]
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
#[cfg(msgraph_beta_core)]
rt::impl_object!(MailFolderCopyParams);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    MailFolderCopyParams { with_destination_id destination_id : ::std::string::String; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(MailFolderCopyParams);
#[cfg(msgraph_beta_core)]
/// Parameters of the action `microsoft.graph.copy`.
/// - `DestinationId`: `Edm.String`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct MessageCopyParams {
    /// CSDL: property `DestinationId`: `Edm.String`, not nullable.
    pub destination_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for MessageCopyParams {
    #[inline]
    fn default() -> Self {
        Self {
            destination_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
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
#[cfg(msgraph_beta_core)]
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
#[cfg(msgraph_beta_core)]
rt::impl_object!(MessageCopyParams);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    MessageCopyParams { with_destination_id destination_id : ::std::string::String; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(MessageCopyParams);
#[cfg(msgraph_beta_core)]
/// Parameters of the action `microsoft.graph.createDeviceLogCollectionRequest`.
/// - `templateType`: `microsoft.graph.deviceLogCollectionRequest`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ManagedDeviceCreateDeviceLogCollectionRequestParams {
    /// CSDL: property `templateType`: `microsoft.graph.deviceLogCollectionRequest`, nullable.
    pub template_type: rt::Field<crate::beta::DeviceLogCollectionRequest>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for ManagedDeviceCreateDeviceLogCollectionRequestParams {
    #[inline]
    fn default() -> Self {
        Self {
            template_type: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for ManagedDeviceCreateDeviceLogCollectionRequestParams {
    const TYPE_NAME: &'static str = "microsoft.graph.createDeviceLogCollectionRequest(microsoft.graph.managedDevice)";
    const KEYS: &'static [&'static str] = &["templateType"];
    const KEYS_JSON: &'static [&'static str] = &[",\"templateType\":                 "];
    const TAG: &'static str = "\"#microsoft.graph.createDeviceLogCollectionRequest(microsoft.graph.managedDevice)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "template_type", &self.template_type);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for ManagedDeviceCreateDeviceLogCollectionRequestParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.template_type.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.template_type);
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
#[cfg(msgraph_beta_core)]
rt::impl_object!(ManagedDeviceCreateDeviceLogCollectionRequestParams);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    ManagedDeviceCreateDeviceLogCollectionRequestParams { with_template_type
    template_type : crate ::beta::DeviceLogCollectionRequest; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(ManagedDeviceCreateDeviceLogCollectionRequestParams);
#[cfg(msgraph_beta_core)]
/// Parameters of the action `microsoft.graph.createForward`.
/// - `ToRecipients`: `Collection(microsoft.graph.recipient)`
/// - `Message`: `microsoft.graph.message`
/// - `Comment`: `Edm.String`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct MessageCreateForwardParams {
    /// CSDL: property `ToRecipients`: `Collection(microsoft.graph.recipient)`, nullable.
    pub to_recipients: rt::Field<::std::vec::Vec<crate::beta::AnyRecipient>>,
    /// CSDL: property `Message`: `microsoft.graph.message`, nullable.
    pub message: rt::Field<crate::beta::AnyMessage>,
    /// CSDL: property `Comment`: `Edm.String`, nullable.
    pub comment: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
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
#[cfg(msgraph_beta_core)]
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
#[cfg(msgraph_beta_core)]
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
#[cfg(msgraph_beta_core)]
rt::impl_object!(MessageCreateForwardParams);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    MessageCreateForwardParams { with_to_recipients to_recipients : ::std::vec::Vec <
    crate ::beta::AnyRecipient >; with_message message : crate ::beta::AnyMessage;
    with_comment comment : ::std::string::String; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(MessageCreateForwardParams);
#[cfg(msgraph_beta_core)]
/// Parameters of the action `microsoft.graph.createReply`.
/// - `Message`: `microsoft.graph.message`
/// - `Comment`: `Edm.String`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct MessageCreateReplyParams {
    /// CSDL: property `Message`: `microsoft.graph.message`, nullable.
    pub message: rt::Field<crate::beta::AnyMessage>,
    /// CSDL: property `Comment`: `Edm.String`, nullable.
    pub comment: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
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
#[cfg(msgraph_beta_core)]
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
#[cfg(msgraph_beta_core)]
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
#[cfg(msgraph_beta_core)]
rt::impl_object!(MessageCreateReplyParams);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    MessageCreateReplyParams { with_message message : crate ::beta::AnyMessage;
    with_comment comment : ::std::string::String; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(MessageCreateReplyParams);
#[cfg(msgraph_beta_core)]
/// Parameters of the action `microsoft.graph.createReplyAll`.
/// - `Message`: `microsoft.graph.message`
/// - `Comment`: `Edm.String`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct MessageCreateReplyAllParams {
    /// CSDL: property `Message`: `microsoft.graph.message`, nullable.
    pub message: rt::Field<crate::beta::AnyMessage>,
    /// CSDL: property `Comment`: `Edm.String`, nullable.
    pub comment: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
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
#[cfg(msgraph_beta_core)]
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
#[cfg(msgraph_beta_core)]
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
#[cfg(msgraph_beta_core)]
rt::impl_object!(MessageCreateReplyAllParams);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    MessageCreateReplyAllParams { with_message message : crate ::beta::AnyMessage;
    with_comment comment : ::std::string::String; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(MessageCreateReplyAllParams);
#[cfg(msgraph_beta_device_management_or_search)]
/// Parameters of the action `microsoft.graph.createServerLogCollectionRequest`.
/// - `startDateTime`: `Edm.DateTimeOffset`
/// - `endDateTime`: `Edm.DateTimeOffset`, optional
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct MicrosoftTunnelServerCreateServerLogCollectionRequestParams {
    /// CSDL: property `startDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub start_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `endDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub end_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default
for MicrosoftTunnelServerCreateServerLogCollectionRequestParams {
    #[inline]
    fn default() -> Self {
        Self {
            start_date_time: rt::Field::Absent,
            end_date_time: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for MicrosoftTunnelServerCreateServerLogCollectionRequestParams {
    const TYPE_NAME: &'static str = "microsoft.graph.createServerLogCollectionRequest(microsoft.graph.microsoftTunnelServer)";
    const KEYS: &'static [&'static str] = &["startDateTime", "endDateTime"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"startDateTime\":                ",
        ",\"endDateTime\":                  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.createServerLogCollectionRequest(microsoft.graph.microsoftTunnelServer)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "start_date_time", &self.start_date_time);
        v.field(1usize, "end_date_time", &self.end_date_time);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members
for MicrosoftTunnelServerCreateServerLogCollectionRequestParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.start_date_time.read_from(r),
            1usize => self.end_date_time.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.start_date_time);
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
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_object!(MicrosoftTunnelServerCreateServerLogCollectionRequestParams);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    MicrosoftTunnelServerCreateServerLogCollectionRequestParams { with_start_date_time
    start_date_time : rt::edm::DateTimeOffset; with_end_date_time end_date_time :
    rt::edm::DateTimeOffset; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(MicrosoftTunnelServerCreateServerLogCollectionRequestParams);
#[cfg(msgraph_beta_core)]
/// Delete user from shared Apple device
///
/// Parameters of the action `microsoft.graph.deleteUserFromSharedAppleDevice`.
/// - `userPrincipalName`: `Edm.String`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ManagedDeviceDeleteUserFromSharedAppleDeviceParams {
    /// CSDL: property `userPrincipalName`: `Edm.String`, nullable.
    pub user_principal_name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for ManagedDeviceDeleteUserFromSharedAppleDeviceParams {
    #[inline]
    fn default() -> Self {
        Self {
            user_principal_name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
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
#[cfg(msgraph_beta_core)]
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
#[cfg(msgraph_beta_core)]
rt::impl_object!(ManagedDeviceDeleteUserFromSharedAppleDeviceParams);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    ManagedDeviceDeleteUserFromSharedAppleDeviceParams { with_user_principal_name
    user_principal_name : ::std::string::String; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(ManagedDeviceDeleteUserFromSharedAppleDeviceParams);
#[cfg(msgraph_beta_core)]
/// Enable lost mode
///
/// Parameters of the action `microsoft.graph.enableLostMode`.
/// - `message`: `Edm.String`
/// - `phoneNumber`: `Edm.String`
/// - `footer`: `Edm.String`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ManagedDeviceEnableLostModeParams {
    /// CSDL: property `message`: `Edm.String`, nullable.
    pub message: rt::Field<::std::string::String>,
    /// CSDL: property `phoneNumber`: `Edm.String`, nullable.
    pub phone_number: rt::Field<::std::string::String>,
    /// CSDL: property `footer`: `Edm.String`, nullable.
    pub footer: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for ManagedDeviceEnableLostModeParams {
    #[inline]
    fn default() -> Self {
        Self {
            message: rt::Field::Absent,
            phone_number: rt::Field::Absent,
            footer: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for ManagedDeviceEnableLostModeParams {
    const TYPE_NAME: &'static str = "microsoft.graph.enableLostMode(microsoft.graph.managedDevice)";
    const KEYS: &'static [&'static str] = &["message", "phoneNumber", "footer"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"message\":                      ",
        ",\"phoneNumber\":                  ",
        ",\"footer\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.enableLostMode(microsoft.graph.managedDevice)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "message", &self.message);
        v.field(1usize, "phone_number", &self.phone_number);
        v.field(2usize, "footer", &self.footer);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for ManagedDeviceEnableLostModeParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.message.read_from(r),
            1usize => self.phone_number.read_from(r),
            2usize => self.footer.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.message);
        w.field(1usize, &self.phone_number);
        w.field(2usize, &self.footer);
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
#[cfg(msgraph_beta_core)]
rt::impl_object!(ManagedDeviceEnableLostModeParams);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    ManagedDeviceEnableLostModeParams { with_message message : ::std::string::String;
    with_phone_number phone_number : ::std::string::String; with_footer footer :
    ::std::string::String; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(ManagedDeviceEnableLostModeParams);
#[cfg(msgraph_beta_core)]
/// Parameters of the action `microsoft.graph.executeAction`.
/// - `actionName`: `microsoft.graph.managedDeviceRemoteAction`
/// - `keepEnrollmentData`: `Edm.Boolean`
/// - `keepUserData`: `Edm.Boolean`
/// - `deviceIds`: `Collection(Edm.String)`
/// - `notificationTitle`: `Edm.String`
/// - `notificationBody`: `Edm.String`
/// - `deviceName`: `Edm.String`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ManagedDeviceCollectionExecuteActionParams {
    /// CSDL: property `actionName`: `microsoft.graph.managedDeviceRemoteAction`, not nullable.
    pub action_name: rt::Field<crate::beta::ManagedDeviceRemoteAction>,
    /// CSDL: property `keepEnrollmentData`: `Edm.Boolean`, nullable.
    pub keep_enrollment_data: rt::Field<bool>,
    /// CSDL: property `keepUserData`: `Edm.Boolean`, nullable.
    pub keep_user_data: rt::Field<bool>,
    /// CSDL: property `deviceIds`: `Collection(Edm.String)`, nullable.
    pub device_ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `notificationTitle`: `Edm.String`, nullable.
    pub notification_title: rt::Field<::std::string::String>,
    /// CSDL: property `notificationBody`: `Edm.String`, nullable.
    pub notification_body: rt::Field<::std::string::String>,
    /// CSDL: property `deviceName`: `Edm.String`, nullable.
    pub device_name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for ManagedDeviceCollectionExecuteActionParams {
    #[inline]
    fn default() -> Self {
        Self {
            action_name: rt::Field::Absent,
            keep_enrollment_data: rt::Field::Absent,
            keep_user_data: rt::Field::Absent,
            device_ids: rt::Field::Absent,
            notification_title: rt::Field::Absent,
            notification_body: rt::Field::Absent,
            device_name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for ManagedDeviceCollectionExecuteActionParams {
    const TYPE_NAME: &'static str = "microsoft.graph.executeAction(Collection(microsoft.graph.managedDevice))";
    const KEYS: &'static [&'static str] = &[
        "actionName",
        "keepEnrollmentData",
        "keepUserData",
        "deviceIds",
        "notificationTitle",
        "notificationBody",
        "deviceName",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"actionName\":                   ",
        ",\"keepEnrollmentData\":           ",
        ",\"keepUserData\":                 ",
        ",\"deviceIds\":                    ",
        ",\"notificationTitle\":            ",
        ",\"notificationBody\":             ",
        ",\"deviceName\":                   ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.executeAction(Collection(microsoft.graph.managedDevice))\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "action_name", &self.action_name);
        v.field(1usize, "keep_enrollment_data", &self.keep_enrollment_data);
        v.field(2usize, "keep_user_data", &self.keep_user_data);
        v.field(3usize, "device_ids", &self.device_ids);
        v.field(4usize, "notification_title", &self.notification_title);
        v.field(5usize, "notification_body", &self.notification_body);
        v.field(6usize, "device_name", &self.device_name);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for ManagedDeviceCollectionExecuteActionParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.action_name.read_from(r),
            1usize => self.keep_enrollment_data.read_from(r),
            2usize => self.keep_user_data.read_from(r),
            3usize => self.device_ids.read_from(r),
            4usize => self.notification_title.read_from(r),
            5usize => self.notification_body.read_from(r),
            6usize => self.device_name.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.action_name);
        w.field(1usize, &self.keep_enrollment_data);
        w.field(2usize, &self.keep_user_data);
        w.field(3usize, &self.device_ids);
        w.field(4usize, &self.notification_title);
        w.field(5usize, &self.notification_body);
        w.field(6usize, &self.device_name);
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
#[cfg(msgraph_beta_core)]
rt::impl_object!(ManagedDeviceCollectionExecuteActionParams);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    ManagedDeviceCollectionExecuteActionParams { with_action_name action_name : crate
    ::beta::ManagedDeviceRemoteAction; with_keep_enrollment_data keep_enrollment_data :
    bool; with_keep_user_data keep_user_data : bool; with_device_ids device_ids :
    ::std::vec::Vec < ::std::string::String >; with_notification_title notification_title
    : ::std::string::String; with_notification_body notification_body :
    ::std::string::String; with_device_name device_name : ::std::string::String; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(ManagedDeviceCollectionExecuteActionParams);
#[cfg(msgraph_beta_core)]
/// Parameters of the action `microsoft.graph.forward`.
/// - `ToRecipients`: `Collection(microsoft.graph.recipient)`
/// - `Message`: `microsoft.graph.message`
/// - `Comment`: `Edm.String`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct MessageForwardParams {
    /// CSDL: property `ToRecipients`: `Collection(microsoft.graph.recipient)`, nullable.
    pub to_recipients: rt::Field<::std::vec::Vec<crate::beta::AnyRecipient>>,
    /// CSDL: property `Message`: `microsoft.graph.message`, nullable.
    pub message: rt::Field<crate::beta::AnyMessage>,
    /// CSDL: property `Comment`: `Edm.String`, nullable.
    pub comment: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
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
#[cfg(msgraph_beta_core)]
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
#[cfg(msgraph_beta_core)]
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
#[cfg(msgraph_beta_core)]
rt::impl_object!(MessageForwardParams);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    MessageForwardParams { with_to_recipients to_recipients : ::std::vec::Vec < crate
    ::beta::AnyRecipient >; with_message message : crate ::beta::AnyMessage; with_comment
    comment : ::std::string::String; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(MessageForwardParams);
#[cfg(msgraph_beta_device_management_or_search)]
/// Parameters of the action `microsoft.graph.getHealthMetricTimeSeries`.
/// - `metricName`: `Edm.String`
/// - `startTime`: `Edm.DateTimeOffset`
/// - `endTime`: `Edm.DateTimeOffset`, optional
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct MicrosoftTunnelServerGetHealthMetricTimeSeriesParams {
    /// CSDL: property `metricName`: `Edm.String`, nullable.
    pub metric_name: rt::Field<::std::string::String>,
    /// CSDL: property `startTime`: `Edm.DateTimeOffset`, not nullable.
    pub start_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `endTime`: `Edm.DateTimeOffset`, not nullable.
    pub end_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for MicrosoftTunnelServerGetHealthMetricTimeSeriesParams {
    #[inline]
    fn default() -> Self {
        Self {
            metric_name: rt::Field::Absent,
            start_time: rt::Field::Absent,
            end_time: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for MicrosoftTunnelServerGetHealthMetricTimeSeriesParams {
    const TYPE_NAME: &'static str = "microsoft.graph.getHealthMetricTimeSeries(microsoft.graph.microsoftTunnelServer)";
    const KEYS: &'static [&'static str] = &["metricName", "startTime", "endTime"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"metricName\":                   ",
        ",\"startTime\":                    ",
        ",\"endTime\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.getHealthMetricTimeSeries(microsoft.graph.microsoftTunnelServer)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "metric_name", &self.metric_name);
        v.field(1usize, "start_time", &self.start_time);
        v.field(2usize, "end_time", &self.end_time);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for MicrosoftTunnelServerGetHealthMetricTimeSeriesParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.metric_name.read_from(r),
            1usize => self.start_time.read_from(r),
            2usize => self.end_time.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.metric_name);
        w.field(1usize, &self.start_time);
        w.field(2usize, &self.end_time);
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
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_object!(MicrosoftTunnelServerGetHealthMetricTimeSeriesParams);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    MicrosoftTunnelServerGetHealthMetricTimeSeriesParams { with_metric_name metric_name :
    ::std::string::String; with_start_time start_time : rt::edm::DateTimeOffset;
    with_end_time end_time : rt::edm::DateTimeOffset; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(MicrosoftTunnelServerGetHealthMetricTimeSeriesParams);
#[cfg(msgraph_beta_device_management_or_search)]
/// Parameters of the action `microsoft.graph.getHealthMetrics`.
/// - `metricNames`: `Collection(Edm.String)`, optional
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct MicrosoftTunnelServerGetHealthMetricsParams {
    /// CSDL: property `metricNames`: `Collection(Edm.String)`, nullable.
    pub metric_names: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for MicrosoftTunnelServerGetHealthMetricsParams {
    #[inline]
    fn default() -> Self {
        Self {
            metric_names: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for MicrosoftTunnelServerGetHealthMetricsParams {
    const TYPE_NAME: &'static str = "microsoft.graph.getHealthMetrics(microsoft.graph.microsoftTunnelServer)";
    const KEYS: &'static [&'static str] = &["metricNames"];
    const KEYS_JSON: &'static [&'static str] = &[",\"metricNames\":                  "];
    const TAG: &'static str = "\"#microsoft.graph.getHealthMetrics(microsoft.graph.microsoftTunnelServer)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "metric_names", &self.metric_names);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for MicrosoftTunnelServerGetHealthMetricsParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.metric_names.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.metric_names);
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
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_object!(MicrosoftTunnelServerGetHealthMetricsParams);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    MicrosoftTunnelServerGetHealthMetricsParams { with_metric_names metric_names :
    ::std::vec::Vec < ::std::string::String >; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(MicrosoftTunnelServerGetHealthMetricsParams);
#[cfg(msgraph_beta_core_or_device_app_management)]
/// Parameters of the action `microsoft.graph.hasPayloadLinks`.
/// - `payloadIds`: `Collection(Edm.String)`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-app-management`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct MdmWindowsInformationProtectionPolicyCollectionHasPayloadLinksParams {
    /// CSDL: property `payloadIds`: `Collection(Edm.String)`, nullable.
    pub payload_ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_device_app_management)]
impl ::std::default::Default
for MdmWindowsInformationProtectionPolicyCollectionHasPayloadLinksParams {
    #[inline]
    fn default() -> Self {
        Self {
            payload_ids: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_device_app_management)]
impl rt::Object
for MdmWindowsInformationProtectionPolicyCollectionHasPayloadLinksParams {
    const TYPE_NAME: &'static str = "microsoft.graph.hasPayloadLinks(Collection(microsoft.graph.mdmWindowsInformationProtectionPolicy))";
    const KEYS: &'static [&'static str] = &["payloadIds"];
    const KEYS_JSON: &'static [&'static str] = &[",\"payloadIds\":                   "];
    const TAG: &'static str = "\"#microsoft.graph.hasPayloadLinks(Collection(microsoft.graph.mdmWindowsInformationProtectionPolicy))\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "payload_ids", &self.payload_ids);
    }
}
#[cfg(msgraph_beta_core_or_device_app_management)]
impl rt::object::Members
for MdmWindowsInformationProtectionPolicyCollectionHasPayloadLinksParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.payload_ids.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.payload_ids);
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
#[cfg(msgraph_beta_core_or_device_app_management)]
rt::impl_object!(MdmWindowsInformationProtectionPolicyCollectionHasPayloadLinksParams);
#[cfg(msgraph_beta_core_or_device_app_management)]
rt::impl_setters!(
    MdmWindowsInformationProtectionPolicyCollectionHasPayloadLinksParams {
    with_payload_ids payload_ids : ::std::vec::Vec < ::std::string::String >; }
);
#[cfg(msgraph_beta_core_or_device_app_management)]
#[cfg(feature = "serde")]
rt::impl_serde!(MdmWindowsInformationProtectionPolicyCollectionHasPayloadLinksParams);
#[cfg(msgraph_beta_device_app_management_or_search)]
/// Parameters of the action `microsoft.graph.hasPayloadLinks`.
/// - `payloadIds`: `Collection(Edm.String)`
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
#[derive(Clone)]
pub struct MobileAppCollectionHasPayloadLinksParams {
    /// CSDL: property `payloadIds`: `Collection(Edm.String)`, nullable.
    pub payload_ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::default::Default for MobileAppCollectionHasPayloadLinksParams {
    #[inline]
    fn default() -> Self {
        Self {
            payload_ids: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::Object for MobileAppCollectionHasPayloadLinksParams {
    const TYPE_NAME: &'static str = "microsoft.graph.hasPayloadLinks(Collection(microsoft.graph.mobileApp))";
    const KEYS: &'static [&'static str] = &["payloadIds"];
    const KEYS_JSON: &'static [&'static str] = &[",\"payloadIds\":                   "];
    const TAG: &'static str = "\"#microsoft.graph.hasPayloadLinks(Collection(microsoft.graph.mobileApp))\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "payload_ids", &self.payload_ids);
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::object::Members for MobileAppCollectionHasPayloadLinksParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.payload_ids.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.payload_ids);
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
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_object!(MobileAppCollectionHasPayloadLinksParams);
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_setters!(
    MobileAppCollectionHasPayloadLinksParams { with_payload_ids payload_ids :
    ::std::vec::Vec < ::std::string::String >; }
);
#[cfg(msgraph_beta_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(MobileAppCollectionHasPayloadLinksParams);
#[cfg(msgraph_beta_core)]
/// Parameters of the action `microsoft.graph.move`.
/// - `DestinationId`: `Edm.String`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct MailFolderMoveParams {
    /// CSDL: property `DestinationId`: `Edm.String`, not nullable.
    pub destination_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for MailFolderMoveParams {
    #[inline]
    fn default() -> Self {
        Self {
            destination_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
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
#[cfg(msgraph_beta_core)]
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
#[cfg(msgraph_beta_core)]
rt::impl_object!(MailFolderMoveParams);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    MailFolderMoveParams { with_destination_id destination_id : ::std::string::String; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(MailFolderMoveParams);
#[cfg(msgraph_beta_core)]
/// Parameters of the action `microsoft.graph.move`.
/// - `DestinationId`: `Edm.String`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct MessageMoveParams {
    /// CSDL: property `DestinationId`: `Edm.String`, not nullable.
    pub destination_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for MessageMoveParams {
    #[inline]
    fn default() -> Self {
        Self {
            destination_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
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
#[cfg(msgraph_beta_core)]
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
#[cfg(msgraph_beta_core)]
rt::impl_object!(MessageMoveParams);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    MessageMoveParams { with_destination_id destination_id : ::std::string::String; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(MessageMoveParams);
#[cfg(msgraph_beta_core)]
/// Parameters of the action `microsoft.graph.overrideComplianceState`.
/// - `complianceState`: `microsoft.graph.administratorConfiguredDeviceComplianceState`
/// - `remediationUrl`: `Edm.String`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ManagedDeviceOverrideComplianceStateParams {
    /// CSDL: property `complianceState`: `microsoft.graph.administratorConfiguredDeviceComplianceState`, not nullable.
    pub compliance_state: rt::Field<
        crate::beta::AdministratorConfiguredDeviceComplianceState,
    >,
    /// CSDL: property `remediationUrl`: `Edm.String`, nullable.
    pub remediation_url: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for ManagedDeviceOverrideComplianceStateParams {
    #[inline]
    fn default() -> Self {
        Self {
            compliance_state: rt::Field::Absent,
            remediation_url: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for ManagedDeviceOverrideComplianceStateParams {
    const TYPE_NAME: &'static str = "microsoft.graph.overrideComplianceState(microsoft.graph.managedDevice)";
    const KEYS: &'static [&'static str] = &["complianceState", "remediationUrl"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"complianceState\":              ",
        ",\"remediationUrl\":               ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.overrideComplianceState(microsoft.graph.managedDevice)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "compliance_state", &self.compliance_state);
        v.field(1usize, "remediation_url", &self.remediation_url);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for ManagedDeviceOverrideComplianceStateParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.compliance_state.read_from(r),
            1usize => self.remediation_url.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.compliance_state);
        w.field(1usize, &self.remediation_url);
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
#[cfg(msgraph_beta_core)]
rt::impl_object!(ManagedDeviceOverrideComplianceStateParams);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    ManagedDeviceOverrideComplianceStateParams { with_compliance_state compliance_state :
    crate ::beta::AdministratorConfiguredDeviceComplianceState; with_remediation_url
    remediation_url : ::std::string::String; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(ManagedDeviceOverrideComplianceStateParams);
#[cfg(msgraph_beta_core)]
/// Parameters of the action `microsoft.graph.reply`.
/// - `Message`: `microsoft.graph.message`
/// - `Comment`: `Edm.String`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct MessageReplyParams {
    /// CSDL: property `Message`: `microsoft.graph.message`, nullable.
    pub message: rt::Field<crate::beta::AnyMessage>,
    /// CSDL: property `Comment`: `Edm.String`, nullable.
    pub comment: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
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
#[cfg(msgraph_beta_core)]
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
#[cfg(msgraph_beta_core)]
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
#[cfg(msgraph_beta_core)]
rt::impl_object!(MessageReplyParams);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    MessageReplyParams { with_message message : crate ::beta::AnyMessage; with_comment
    comment : ::std::string::String; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(MessageReplyParams);
#[cfg(msgraph_beta_core)]
/// Parameters of the action `microsoft.graph.replyAll`.
/// - `Message`: `microsoft.graph.message`
/// - `Comment`: `Edm.String`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct MessageReplyAllParams {
    /// CSDL: property `Message`: `microsoft.graph.message`, nullable.
    pub message: rt::Field<crate::beta::AnyMessage>,
    /// CSDL: property `Comment`: `Edm.String`, nullable.
    pub comment: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
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
#[cfg(msgraph_beta_core)]
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
#[cfg(msgraph_beta_core)]
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
#[cfg(msgraph_beta_core)]
rt::impl_object!(MessageReplyAllParams);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    MessageReplyAllParams { with_message message : crate ::beta::AnyMessage; with_comment
    comment : ::std::string::String; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(MessageReplyAllParams);
#[cfg(msgraph_beta_core)]
/// Parameters of the action `microsoft.graph.resizeCloudPc`.
/// - `targetServicePlanId`: `Edm.String`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ManagedDeviceResizeCloudPcParams {
    /// CSDL: property `targetServicePlanId`: `Edm.String`, nullable.
    pub target_service_plan_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for ManagedDeviceResizeCloudPcParams {
    #[inline]
    fn default() -> Self {
        Self {
            target_service_plan_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for ManagedDeviceResizeCloudPcParams {
    const TYPE_NAME: &'static str = "microsoft.graph.resizeCloudPc(microsoft.graph.managedDevice)";
    const KEYS: &'static [&'static str] = &["targetServicePlanId"];
    const KEYS_JSON: &'static [&'static str] = &[",\"targetServicePlanId\":          "];
    const TAG: &'static str = "\"#microsoft.graph.resizeCloudPc(microsoft.graph.managedDevice)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "target_service_plan_id", &self.target_service_plan_id);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for ManagedDeviceResizeCloudPcParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.target_service_plan_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.target_service_plan_id);
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
#[cfg(msgraph_beta_core)]
rt::impl_object!(ManagedDeviceResizeCloudPcParams);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    ManagedDeviceResizeCloudPcParams { with_target_service_plan_id target_service_plan_id
    : ::std::string::String; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(ManagedDeviceResizeCloudPcParams);
#[cfg(msgraph_beta_core)]
/// Parameters of the action `microsoft.graph.sendCustomNotificationToCompanyPortal`.
/// - `notificationTitle`: `Edm.String`
/// - `notificationBody`: `Edm.String`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ManagedDeviceSendCustomNotificationToCompanyPortalParams {
    /// CSDL: property `notificationTitle`: `Edm.String`, not nullable.
    pub notification_title: rt::Field<::std::string::String>,
    /// CSDL: property `notificationBody`: `Edm.String`, not nullable.
    pub notification_body: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default
for ManagedDeviceSendCustomNotificationToCompanyPortalParams {
    #[inline]
    fn default() -> Self {
        Self {
            notification_title: rt::Field::Absent,
            notification_body: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for ManagedDeviceSendCustomNotificationToCompanyPortalParams {
    const TYPE_NAME: &'static str = "microsoft.graph.sendCustomNotificationToCompanyPortal(microsoft.graph.managedDevice)";
    const KEYS: &'static [&'static str] = &["notificationTitle", "notificationBody"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"notificationTitle\":            ",
        ",\"notificationBody\":             ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.sendCustomNotificationToCompanyPortal(microsoft.graph.managedDevice)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "notification_title", &self.notification_title);
        v.field(1usize, "notification_body", &self.notification_body);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for ManagedDeviceSendCustomNotificationToCompanyPortalParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.notification_title.read_from(r),
            1usize => self.notification_body.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.notification_title);
        w.field(1usize, &self.notification_body);
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
#[cfg(msgraph_beta_core)]
rt::impl_object!(ManagedDeviceSendCustomNotificationToCompanyPortalParams);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    ManagedDeviceSendCustomNotificationToCompanyPortalParams { with_notification_title
    notification_title : ::std::string::String; with_notification_body notification_body
    : ::std::string::String; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(ManagedDeviceSendCustomNotificationToCompanyPortalParams);
#[cfg(msgraph_beta_core)]
/// Set device name of the device.
///
/// Parameters of the action `microsoft.graph.setDeviceName`.
/// - `deviceName`: `Edm.String`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ManagedDeviceSetDeviceNameParams {
    /// CSDL: property `deviceName`: `Edm.String`, nullable.
    pub device_name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for ManagedDeviceSetDeviceNameParams {
    #[inline]
    fn default() -> Self {
        Self {
            device_name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for ManagedDeviceSetDeviceNameParams {
    const TYPE_NAME: &'static str = "microsoft.graph.setDeviceName(microsoft.graph.managedDevice)";
    const KEYS: &'static [&'static str] = &["deviceName"];
    const KEYS_JSON: &'static [&'static str] = &[",\"deviceName\":                   "];
    const TAG: &'static str = "\"#microsoft.graph.setDeviceName(microsoft.graph.managedDevice)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "device_name", &self.device_name);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for ManagedDeviceSetDeviceNameParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.device_name.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.device_name);
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
#[cfg(msgraph_beta_core)]
rt::impl_object!(ManagedDeviceSetDeviceNameParams);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    ManagedDeviceSetDeviceNameParams { with_device_name device_name :
    ::std::string::String; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(ManagedDeviceSetDeviceNameParams);
#[cfg(msgraph_beta_core_or_device_app_management)]
/// Parameters of the action `microsoft.graph.targetApps`.
/// - `apps`: `Collection(microsoft.graph.managedMobileApp)`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-app-management`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ManagedAppPolicyTargetAppsParams {
    /// CSDL: property `apps`: `Collection(microsoft.graph.managedMobileApp)`, nullable.
    pub apps: rt::Field<::std::vec::Vec<crate::beta::ManagedMobileApp>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_device_app_management)]
impl ::std::default::Default for ManagedAppPolicyTargetAppsParams {
    #[inline]
    fn default() -> Self {
        Self {
            apps: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_device_app_management)]
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
#[cfg(msgraph_beta_core_or_device_app_management)]
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
#[cfg(msgraph_beta_core_or_device_app_management)]
rt::impl_object!(ManagedAppPolicyTargetAppsParams);
#[cfg(msgraph_beta_core_or_device_app_management)]
rt::impl_setters!(
    ManagedAppPolicyTargetAppsParams { with_apps apps : ::std::vec::Vec < crate
    ::beta::ManagedMobileApp >; }
);
#[cfg(msgraph_beta_core_or_device_app_management)]
#[cfg(feature = "serde")]
rt::impl_serde!(ManagedAppPolicyTargetAppsParams);
#[cfg(msgraph_beta_core_or_device_app_management)]
/// Parameters of the action `microsoft.graph.targetApps`.
/// - `apps`: `Collection(microsoft.graph.managedMobileApp)`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-app-management`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ManagedAppProtectionTargetAppsParams {
    /// CSDL: property `apps`: `Collection(microsoft.graph.managedMobileApp)`, nullable.
    pub apps: rt::Field<::std::vec::Vec<crate::beta::ManagedMobileApp>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_device_app_management)]
impl ::std::default::Default for ManagedAppProtectionTargetAppsParams {
    #[inline]
    fn default() -> Self {
        Self {
            apps: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_device_app_management)]
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
#[cfg(msgraph_beta_core_or_device_app_management)]
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
#[cfg(msgraph_beta_core_or_device_app_management)]
rt::impl_object!(ManagedAppProtectionTargetAppsParams);
#[cfg(msgraph_beta_core_or_device_app_management)]
rt::impl_setters!(
    ManagedAppProtectionTargetAppsParams { with_apps apps : ::std::vec::Vec < crate
    ::beta::ManagedMobileApp >; }
);
#[cfg(msgraph_beta_core_or_device_app_management)]
#[cfg(feature = "serde")]
rt::impl_serde!(ManagedAppProtectionTargetAppsParams);
#[cfg(msgraph_beta_core)]
/// Trigger action on ConfigurationManager client
///
/// Parameters of the action `microsoft.graph.triggerConfigurationManagerAction`.
/// - `configurationManagerAction`: `microsoft.graph.configurationManagerAction`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ManagedDeviceTriggerConfigurationManagerActionParams {
    /// CSDL: property `configurationManagerAction`: `microsoft.graph.configurationManagerAction`, not nullable.
    pub configuration_manager_action: rt::Field<crate::beta::ConfigurationManagerAction>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for ManagedDeviceTriggerConfigurationManagerActionParams {
    #[inline]
    fn default() -> Self {
        Self {
            configuration_manager_action: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for ManagedDeviceTriggerConfigurationManagerActionParams {
    const TYPE_NAME: &'static str = "microsoft.graph.triggerConfigurationManagerAction(microsoft.graph.managedDevice)";
    const KEYS: &'static [&'static str] = &["configurationManagerAction"];
    const KEYS_JSON: &'static [&'static str] = &[",\"configurationManagerAction\":   "];
    const TAG: &'static str = "\"#microsoft.graph.triggerConfigurationManagerAction(microsoft.graph.managedDevice)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(
            0usize,
            "configuration_manager_action",
            &self.configuration_manager_action,
        );
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for ManagedDeviceTriggerConfigurationManagerActionParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.configuration_manager_action.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.configuration_manager_action);
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
#[cfg(msgraph_beta_core)]
rt::impl_object!(ManagedDeviceTriggerConfigurationManagerActionParams);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    ManagedDeviceTriggerConfigurationManagerActionParams {
    with_configuration_manager_action configuration_manager_action : crate
    ::beta::ConfigurationManagerAction; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(ManagedDeviceTriggerConfigurationManagerActionParams);
#[cfg(msgraph_beta_device_app_management_or_search)]
/// Parameters of the action `microsoft.graph.updateRelationships`.
/// - `relationships`: `Collection(microsoft.graph.mobileAppRelationship)`
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
#[derive(Clone)]
pub struct MobileAppUpdateRelationshipsParams {
    /// CSDL: property `relationships`: `Collection(microsoft.graph.mobileAppRelationship)`, nullable.
    pub relationships: rt::Field<::std::vec::Vec<crate::beta::AnyMobileAppRelationship>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::default::Default for MobileAppUpdateRelationshipsParams {
    #[inline]
    fn default() -> Self {
        Self {
            relationships: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::Object for MobileAppUpdateRelationshipsParams {
    const TYPE_NAME: &'static str = "microsoft.graph.updateRelationships(microsoft.graph.mobileApp)";
    const KEYS: &'static [&'static str] = &["relationships"];
    const KEYS_JSON: &'static [&'static str] = &[",\"relationships\":                "];
    const TAG: &'static str = "\"#microsoft.graph.updateRelationships(microsoft.graph.mobileApp)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "relationships", &self.relationships);
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::object::Members for MobileAppUpdateRelationshipsParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.relationships.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.relationships);
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
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_object!(MobileAppUpdateRelationshipsParams);
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_setters!(
    MobileAppUpdateRelationshipsParams { with_relationships relationships :
    ::std::vec::Vec < crate ::beta::AnyMobileAppRelationship >; }
);
#[cfg(msgraph_beta_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(MobileAppUpdateRelationshipsParams);
#[cfg(msgraph_beta_core)]
/// Parameters of the action `microsoft.graph.updateWindowsDeviceAccount`.
/// - `updateWindowsDeviceAccountActionParameter`: `microsoft.graph.updateWindowsDeviceAccountActionParameter`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ManagedDeviceUpdateWindowsDeviceAccountParams {
    /// CSDL: property `updateWindowsDeviceAccountActionParameter`: `microsoft.graph.updateWindowsDeviceAccountActionParameter`, nullable.
    pub update_windows_device_account_action_parameter: rt::Field<
        crate::beta::UpdateWindowsDeviceAccountActionParameter,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for ManagedDeviceUpdateWindowsDeviceAccountParams {
    #[inline]
    fn default() -> Self {
        Self {
            update_windows_device_account_action_parameter: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
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
#[cfg(msgraph_beta_core)]
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
#[cfg(msgraph_beta_core)]
rt::impl_object!(ManagedDeviceUpdateWindowsDeviceAccountParams);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    ManagedDeviceUpdateWindowsDeviceAccountParams {
    with_update_windows_device_account_action_parameter
    update_windows_device_account_action_parameter : crate
    ::beta::UpdateWindowsDeviceAccountActionParameter; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(ManagedDeviceUpdateWindowsDeviceAccountParams);
#[cfg(msgraph_beta_device_app_management_or_search)]
/// Parameters of the action `microsoft.graph.validateXml`.
/// - `officeConfigurationXml`: `Edm.Binary`
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
#[derive(Clone)]
pub struct MobileAppCollectionValidateXmlParams {
    /// CSDL: property `officeConfigurationXml`: `Edm.Binary`, not nullable.
    pub office_configuration_xml: rt::Field<rt::edm::Binary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::default::Default for MobileAppCollectionValidateXmlParams {
    #[inline]
    fn default() -> Self {
        Self {
            office_configuration_xml: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::Object for MobileAppCollectionValidateXmlParams {
    const TYPE_NAME: &'static str = "microsoft.graph.validateXml(Collection(microsoft.graph.mobileApp))";
    const KEYS: &'static [&'static str] = &["officeConfigurationXml"];
    const KEYS_JSON: &'static [&'static str] = &[",\"officeConfigurationXml\":       "];
    const TAG: &'static str = "\"#microsoft.graph.validateXml(Collection(microsoft.graph.mobileApp))\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "office_configuration_xml", &self.office_configuration_xml);
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::object::Members for MobileAppCollectionValidateXmlParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.office_configuration_xml.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.office_configuration_xml);
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
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_object!(MobileAppCollectionValidateXmlParams);
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_setters!(
    MobileAppCollectionValidateXmlParams { with_office_configuration_xml
    office_configuration_xml : rt::edm::Binary; }
);
#[cfg(msgraph_beta_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(MobileAppCollectionValidateXmlParams);
#[cfg(msgraph_beta_core)]
/// Parameters of the action `microsoft.graph.windowsDefenderScan`.
/// - `quickScan`: `Edm.Boolean`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ManagedDeviceWindowsDefenderScanParams {
    /// CSDL: property `quickScan`: `Edm.Boolean`, not nullable.
    pub quick_scan: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for ManagedDeviceWindowsDefenderScanParams {
    #[inline]
    fn default() -> Self {
        Self {
            quick_scan: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
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
#[cfg(msgraph_beta_core)]
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
#[cfg(msgraph_beta_core)]
rt::impl_object!(ManagedDeviceWindowsDefenderScanParams);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    ManagedDeviceWindowsDefenderScanParams { with_quick_scan quick_scan : bool; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(ManagedDeviceWindowsDefenderScanParams);
#[cfg(msgraph_beta_core)]
/// Wipe a device
///
/// Parameters of the action `microsoft.graph.wipe`.
/// - `keepEnrollmentData`: `Edm.Boolean`
/// - `keepUserData`: `Edm.Boolean`
/// - `macOsUnlockCode`: `Edm.String`
/// - `persistEsimDataPlan`: `Edm.Boolean`
/// - `useProtectedWipe`: `Edm.Boolean`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
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
    /// CSDL: property `useProtectedWipe`: `Edm.Boolean`, nullable.
    pub use_protected_wipe: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for ManagedDeviceWipeParams {
    #[inline]
    fn default() -> Self {
        Self {
            keep_enrollment_data: rt::Field::Absent,
            keep_user_data: rt::Field::Absent,
            mac_os_unlock_code: rt::Field::Absent,
            persist_esim_data_plan: rt::Field::Absent,
            use_protected_wipe: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for ManagedDeviceWipeParams {
    const TYPE_NAME: &'static str = "microsoft.graph.wipe(microsoft.graph.managedDevice)";
    const KEYS: &'static [&'static str] = &[
        "keepEnrollmentData",
        "keepUserData",
        "macOsUnlockCode",
        "persistEsimDataPlan",
        "useProtectedWipe",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"keepEnrollmentData\":           ",
        ",\"keepUserData\":                 ",
        ",\"macOsUnlockCode\":              ",
        ",\"persistEsimDataPlan\":          ",
        ",\"useProtectedWipe\":             ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.wipe(microsoft.graph.managedDevice)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "keep_enrollment_data", &self.keep_enrollment_data);
        v.field(1usize, "keep_user_data", &self.keep_user_data);
        v.field(2usize, "mac_os_unlock_code", &self.mac_os_unlock_code);
        v.field(3usize, "persist_esim_data_plan", &self.persist_esim_data_plan);
        v.field(4usize, "use_protected_wipe", &self.use_protected_wipe);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for ManagedDeviceWipeParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.keep_enrollment_data.read_from(r),
            1usize => self.keep_user_data.read_from(r),
            2usize => self.mac_os_unlock_code.read_from(r),
            3usize => self.persist_esim_data_plan.read_from(r),
            4usize => self.use_protected_wipe.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.keep_enrollment_data);
        w.field(1usize, &self.keep_user_data);
        w.field(2usize, &self.mac_os_unlock_code);
        w.field(3usize, &self.persist_esim_data_plan);
        w.field(4usize, &self.use_protected_wipe);
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
#[cfg(msgraph_beta_core)]
rt::impl_object!(ManagedDeviceWipeParams);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    ManagedDeviceWipeParams { with_keep_enrollment_data keep_enrollment_data : bool;
    with_keep_user_data keep_user_data : bool; with_mac_os_unlock_code mac_os_unlock_code
    : ::std::string::String; with_persist_esim_data_plan persist_esim_data_plan : bool;
    with_use_protected_wipe use_protected_wipe : bool; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(ManagedDeviceWipeParams);
#[cfg(msgraph_beta_core_or_shares_or_sites)]
/// Parameters of the action `microsoft.graph.copyNotebook`.
/// - `groupId`: `Edm.String`
/// - `renameAs`: `Edm.String`
/// - `notebookFolder`: `Edm.String`
/// - `siteCollectionId`: `Edm.String`
/// - `siteId`: `Edm.String`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 12 more area features (listed in `msgraph-models`' Cargo.toml).
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
#[cfg(msgraph_beta_core_or_shares_or_sites)]
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
#[cfg(msgraph_beta_core_or_shares_or_sites)]
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
#[cfg(msgraph_beta_core_or_shares_or_sites)]
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
#[cfg(msgraph_beta_core_or_shares_or_sites)]
rt::impl_object!(NotebookCopyNotebookParams);
#[cfg(msgraph_beta_core_or_shares_or_sites)]
rt::impl_setters!(
    NotebookCopyNotebookParams { with_group_id group_id : ::std::string::String;
    with_rename_as rename_as : ::std::string::String; with_notebook_folder
    notebook_folder : ::std::string::String; with_site_collection_id site_collection_id :
    ::std::string::String; with_site_id site_id : ::std::string::String; }
);
#[cfg(msgraph_beta_core_or_shares_or_sites)]
#[cfg(feature = "serde")]
rt::impl_serde!(NotebookCopyNotebookParams);
#[cfg(msgraph_beta_core_or_shares_or_sites)]
/// Parameters of the action `microsoft.graph.getNotebookFromWebUrl`.
/// - `webUrl`: `Edm.String`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 12 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct NotebookCollectionGetNotebookFromWebUrlParams {
    /// CSDL: property `webUrl`: `Edm.String`, nullable.
    pub web_url: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_shares_or_sites)]
impl ::std::default::Default for NotebookCollectionGetNotebookFromWebUrlParams {
    #[inline]
    fn default() -> Self {
        Self {
            web_url: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_shares_or_sites)]
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
#[cfg(msgraph_beta_core_or_shares_or_sites)]
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
#[cfg(msgraph_beta_core_or_shares_or_sites)]
rt::impl_object!(NotebookCollectionGetNotebookFromWebUrlParams);
#[cfg(msgraph_beta_core_or_shares_or_sites)]
rt::impl_setters!(
    NotebookCollectionGetNotebookFromWebUrlParams { with_web_url web_url :
    ::std::string::String; }
);
#[cfg(msgraph_beta_core_or_shares_or_sites)]
#[cfg(feature = "serde")]
rt::impl_serde!(NotebookCollectionGetNotebookFromWebUrlParams);
#[cfg(msgraph_beta_core)]
/// Parameters of the action `microsoft.graph.activateService`.
/// - `service`: `Edm.String`
/// - `servicePlanId`: `Edm.Guid`
/// - `skuId`: `Edm.Guid`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct OrganizationActivateServiceParams {
    /// CSDL: property `service`: `Edm.String`, nullable.
    pub service: rt::Field<::std::string::String>,
    /// CSDL: property `servicePlanId`: `Edm.Guid`, nullable.
    pub service_plan_id: rt::Field<rt::edm::Guid>,
    /// CSDL: property `skuId`: `Edm.Guid`, nullable.
    pub sku_id: rt::Field<rt::edm::Guid>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for OrganizationActivateServiceParams {
    #[inline]
    fn default() -> Self {
        Self {
            service: rt::Field::Absent,
            service_plan_id: rt::Field::Absent,
            sku_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for OrganizationActivateServiceParams {
    const TYPE_NAME: &'static str = "microsoft.graph.activateService(microsoft.graph.organization)";
    const KEYS: &'static [&'static str] = &["service", "servicePlanId", "skuId"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"service\":                      ",
        ",\"servicePlanId\":                ",
        ",\"skuId\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.activateService(microsoft.graph.organization)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "service", &self.service);
        v.field(1usize, "service_plan_id", &self.service_plan_id);
        v.field(2usize, "sku_id", &self.sku_id);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for OrganizationActivateServiceParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.service.read_from(r),
            1usize => self.service_plan_id.read_from(r),
            2usize => self.sku_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.service);
        w.field(1usize, &self.service_plan_id);
        w.field(2usize, &self.sku_id);
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
#[cfg(msgraph_beta_core)]
rt::impl_object!(OrganizationActivateServiceParams);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    OrganizationActivateServiceParams { with_service service : ::std::string::String;
    with_service_plan_id service_plan_id : rt::edm::Guid; with_sku_id sku_id :
    rt::edm::Guid; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(OrganizationActivateServiceParams);
#[cfg(msgraph_beta_office_configuration_or_search)]
/// Parameters of the action `microsoft.graph.assign`.
/// - `officeConfigurationAssignments`: `Collection(microsoft.graph.officeClientConfigurationAssignment)`
///
/// Features: `beta`, or one of `beta-office-configuration`, `beta-search`.
#[derive(Clone)]
pub struct OfficeClientConfigurationAssignParams {
    /// CSDL: property `officeConfigurationAssignments`: `Collection(microsoft.graph.officeClientConfigurationAssignment)`, nullable.
    pub office_configuration_assignments: rt::Field<
        ::std::vec::Vec<crate::beta::OfficeClientConfigurationAssignment>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_office_configuration_or_search)]
impl ::std::default::Default for OfficeClientConfigurationAssignParams {
    #[inline]
    fn default() -> Self {
        Self {
            office_configuration_assignments: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_office_configuration_or_search)]
impl rt::Object for OfficeClientConfigurationAssignParams {
    const TYPE_NAME: &'static str = "microsoft.graph.assign(microsoft.graph.officeClientConfiguration)";
    const KEYS: &'static [&'static str] = &["officeConfigurationAssignments"];
    const KEYS_JSON: &'static [&'static str] = &[",\"officeConfigurationAssignments\":"];
    const TAG: &'static str = "\"#microsoft.graph.assign(microsoft.graph.officeClientConfiguration)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(
            0usize,
            "office_configuration_assignments",
            &self.office_configuration_assignments,
        );
    }
}
#[cfg(msgraph_beta_office_configuration_or_search)]
impl rt::object::Members for OfficeClientConfigurationAssignParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.office_configuration_assignments.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.office_configuration_assignments);
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
#[cfg(msgraph_beta_office_configuration_or_search)]
rt::impl_object!(OfficeClientConfigurationAssignParams);
#[cfg(msgraph_beta_office_configuration_or_search)]
rt::impl_setters!(
    OfficeClientConfigurationAssignParams { with_office_configuration_assignments
    office_configuration_assignments : ::std::vec::Vec < crate
    ::beta::OfficeClientConfigurationAssignment >; }
);
#[cfg(msgraph_beta_office_configuration_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(OfficeClientConfigurationAssignParams);
#[cfg(msgraph_beta_core_or_shares_or_sites)]
/// Parameters of the action `microsoft.graph.copyToNotebook`.
/// - `id`: `Edm.String`
/// - `groupId`: `Edm.String`
/// - `renameAs`: `Edm.String`
/// - `siteCollectionId`: `Edm.String`
/// - `siteId`: `Edm.String`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 12 more area features (listed in `msgraph-models`' Cargo.toml).
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
#[cfg(msgraph_beta_core_or_shares_or_sites)]
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
#[cfg(msgraph_beta_core_or_shares_or_sites)]
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
#[cfg(msgraph_beta_core_or_shares_or_sites)]
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
#[cfg(msgraph_beta_core_or_shares_or_sites)]
rt::impl_object!(OnenoteSectionCopyToNotebookParams);
#[cfg(msgraph_beta_core_or_shares_or_sites)]
rt::impl_setters!(
    OnenoteSectionCopyToNotebookParams { with_id id : ::std::string::String;
    with_group_id group_id : ::std::string::String; with_rename_as rename_as :
    ::std::string::String; with_site_collection_id site_collection_id :
    ::std::string::String; with_site_id site_id : ::std::string::String; }
);
#[cfg(msgraph_beta_core_or_shares_or_sites)]
#[cfg(feature = "serde")]
rt::impl_serde!(OnenoteSectionCopyToNotebookParams);
#[cfg(msgraph_beta_core_or_shares_or_sites)]
/// Parameters of the action `microsoft.graph.copyToSection`.
/// - `id`: `Edm.String`
/// - `groupId`: `Edm.String`
/// - `siteCollectionId`: `Edm.String`
/// - `siteId`: `Edm.String`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 12 more area features (listed in `msgraph-models`' Cargo.toml).
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
#[cfg(msgraph_beta_core_or_shares_or_sites)]
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
#[cfg(msgraph_beta_core_or_shares_or_sites)]
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
#[cfg(msgraph_beta_core_or_shares_or_sites)]
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
#[cfg(msgraph_beta_core_or_shares_or_sites)]
rt::impl_object!(OnenotePageCopyToSectionParams);
#[cfg(msgraph_beta_core_or_shares_or_sites)]
rt::impl_setters!(
    OnenotePageCopyToSectionParams { with_id id : ::std::string::String; with_group_id
    group_id : ::std::string::String; with_site_collection_id site_collection_id :
    ::std::string::String; with_site_id site_id : ::std::string::String; }
);
#[cfg(msgraph_beta_core_or_shares_or_sites)]
#[cfg(feature = "serde")]
rt::impl_serde!(OnenotePageCopyToSectionParams);
#[cfg(msgraph_beta_core_or_shares_or_sites)]
/// Parameters of the action `microsoft.graph.copyToSectionGroup`.
/// - `id`: `Edm.String`
/// - `groupId`: `Edm.String`
/// - `renameAs`: `Edm.String`
/// - `siteCollectionId`: `Edm.String`
/// - `siteId`: `Edm.String`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 12 more area features (listed in `msgraph-models`' Cargo.toml).
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
#[cfg(msgraph_beta_core_or_shares_or_sites)]
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
#[cfg(msgraph_beta_core_or_shares_or_sites)]
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
#[cfg(msgraph_beta_core_or_shares_or_sites)]
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
#[cfg(msgraph_beta_core_or_shares_or_sites)]
rt::impl_object!(OnenoteSectionCopyToSectionGroupParams);
#[cfg(msgraph_beta_core_or_shares_or_sites)]
rt::impl_setters!(
    OnenoteSectionCopyToSectionGroupParams { with_id id : ::std::string::String;
    with_group_id group_id : ::std::string::String; with_rename_as rename_as :
    ::std::string::String; with_site_collection_id site_collection_id :
    ::std::string::String; with_site_id site_id : ::std::string::String; }
);
#[cfg(msgraph_beta_core_or_shares_or_sites)]
#[cfg(feature = "serde")]
rt::impl_serde!(OnenoteSectionCopyToSectionGroupParams);
#[cfg(msgraph_beta_core_or_app_or_communications)]
/// Parameters of the action `microsoft.graph.createOrGet`.
/// - `chatInfo`: `microsoft.graph.chatInfo`
/// - `endDateTime`: `Edm.DateTimeOffset`
/// - `externalId`: `Edm.String`
/// - `participants`: `microsoft.graph.meetingParticipants`
/// - `startDateTime`: `Edm.DateTimeOffset`
/// - `subject`: `Edm.String`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-app`, `beta-applications`, `beta-chats`, `beta-communications`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates` and 12 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct OnlineMeetingCollectionCreateOrGetParams {
    /// CSDL: property `chatInfo`: `microsoft.graph.chatInfo`, nullable.
    pub chat_info: rt::Field<crate::beta::ChatInfo>,
    /// CSDL: property `endDateTime`: `Edm.DateTimeOffset`, nullable.
    pub end_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `externalId`: `Edm.String`, not nullable.
    pub external_id: rt::Field<::std::string::String>,
    /// CSDL: property `participants`: `microsoft.graph.meetingParticipants`, nullable.
    pub participants: rt::Field<crate::beta::MeetingParticipants>,
    /// CSDL: property `startDateTime`: `Edm.DateTimeOffset`, nullable.
    pub start_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `subject`: `Edm.String`, nullable.
    pub subject: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_app_or_communications)]
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
#[cfg(msgraph_beta_core_or_app_or_communications)]
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
#[cfg(msgraph_beta_core_or_app_or_communications)]
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
#[cfg(msgraph_beta_core_or_app_or_communications)]
rt::impl_object!(OnlineMeetingCollectionCreateOrGetParams);
#[cfg(msgraph_beta_core_or_app_or_communications)]
rt::impl_setters!(
    OnlineMeetingCollectionCreateOrGetParams { with_chat_info chat_info : crate
    ::beta::ChatInfo; with_end_date_time end_date_time : rt::edm::DateTimeOffset;
    with_external_id external_id : ::std::string::String; with_participants participants
    : crate ::beta::MeetingParticipants; with_start_date_time start_date_time :
    rt::edm::DateTimeOffset; with_subject subject : ::std::string::String; }
);
#[cfg(msgraph_beta_core_or_app_or_communications)]
#[cfg(feature = "serde")]
rt::impl_serde!(OnlineMeetingCollectionCreateOrGetParams);
#[cfg(msgraph_beta_core_or_shares_or_sites)]
/// Parameters of the action `microsoft.graph.onenotePatchContent`.
/// - `commands`: `Collection(microsoft.graph.onenotePatchContentCommand)`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 12 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct OnenotePageOnenotePatchContentParams {
    /// CSDL: property `commands`: `Collection(microsoft.graph.onenotePatchContentCommand)`, nullable.
    pub commands: rt::Field<::std::vec::Vec<crate::beta::OnenotePatchContentCommand>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_shares_or_sites)]
impl ::std::default::Default for OnenotePageOnenotePatchContentParams {
    #[inline]
    fn default() -> Self {
        Self {
            commands: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_shares_or_sites)]
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
#[cfg(msgraph_beta_core_or_shares_or_sites)]
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
#[cfg(msgraph_beta_core_or_shares_or_sites)]
rt::impl_object!(OnenotePageOnenotePatchContentParams);
#[cfg(msgraph_beta_core_or_shares_or_sites)]
rt::impl_setters!(
    OnenotePageOnenotePatchContentParams { with_commands commands : ::std::vec::Vec <
    crate ::beta::OnenotePatchContentCommand >; }
);
#[cfg(msgraph_beta_core_or_shares_or_sites)]
#[cfg(feature = "serde")]
rt::impl_serde!(OnenotePageOnenotePatchContentParams);
#[cfg(msgraph_beta_office_configuration_or_search)]
/// Parameters of the action `microsoft.graph.updatePriorities`.
/// - `officeConfigurationPolicyIds`: `Collection(Edm.String)`
/// - `officeConfigurationPriorities`: `Collection(Edm.Int32)`
///
/// Features: `beta`, or one of `beta-office-configuration`, `beta-search`.
#[derive(Clone)]
pub struct OfficeClientConfigurationCollectionUpdatePrioritiesParams {
    /// CSDL: property `officeConfigurationPolicyIds`: `Collection(Edm.String)`, nullable.
    pub office_configuration_policy_ids: rt::Field<
        ::std::vec::Vec<::std::string::String>,
    >,
    /// CSDL: property `officeConfigurationPriorities`: `Collection(Edm.Int32)`, not nullable.
    pub office_configuration_priorities: rt::Field<::std::vec::Vec<i32>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_office_configuration_or_search)]
impl ::std::default::Default
for OfficeClientConfigurationCollectionUpdatePrioritiesParams {
    #[inline]
    fn default() -> Self {
        Self {
            office_configuration_policy_ids: rt::Field::Absent,
            office_configuration_priorities: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_office_configuration_or_search)]
impl rt::Object for OfficeClientConfigurationCollectionUpdatePrioritiesParams {
    const TYPE_NAME: &'static str = "microsoft.graph.updatePriorities(Collection(microsoft.graph.officeClientConfiguration))";
    const KEYS: &'static [&'static str] = &[
        "officeConfigurationPolicyIds",
        "officeConfigurationPriorities",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"officeConfigurationPolicyIds\": ",
        ",\"officeConfigurationPriorities\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.updatePriorities(Collection(microsoft.graph.officeClientConfiguration))\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(
            0usize,
            "office_configuration_policy_ids",
            &self.office_configuration_policy_ids,
        );
        v.field(
            1usize,
            "office_configuration_priorities",
            &self.office_configuration_priorities,
        );
    }
}
#[cfg(msgraph_beta_office_configuration_or_search)]
impl rt::object::Members for OfficeClientConfigurationCollectionUpdatePrioritiesParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.office_configuration_policy_ids.read_from(r),
            1usize => self.office_configuration_priorities.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.office_configuration_policy_ids);
        w.field(1usize, &self.office_configuration_priorities);
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
#[cfg(msgraph_beta_office_configuration_or_search)]
rt::impl_object!(OfficeClientConfigurationCollectionUpdatePrioritiesParams);
#[cfg(msgraph_beta_office_configuration_or_search)]
rt::impl_setters!(
    OfficeClientConfigurationCollectionUpdatePrioritiesParams {
    with_office_configuration_policy_ids office_configuration_policy_ids :
    ::std::vec::Vec < ::std::string::String >; with_office_configuration_priorities
    office_configuration_priorities : ::std::vec::Vec < i32 >; }
);
#[cfg(msgraph_beta_office_configuration_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(OfficeClientConfigurationCollectionUpdatePrioritiesParams);
#[cfg(msgraph_beta_print_or_search)]
/// Parameters of the action `microsoft.graph.abort`.
/// - `reason`: `Edm.String`
///
/// Features: `beta`, or one of `beta-print`, `beta-search`.
#[derive(Clone)]
pub struct PrintJobAbortParams {
    /// CSDL: property `reason`: `Edm.String`, nullable.
    pub reason: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_print_or_search)]
impl ::std::default::Default for PrintJobAbortParams {
    #[inline]
    fn default() -> Self {
        Self {
            reason: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_print_or_search)]
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
#[cfg(msgraph_beta_print_or_search)]
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
#[cfg(msgraph_beta_print_or_search)]
rt::impl_object!(PrintJobAbortParams);
#[cfg(msgraph_beta_print_or_search)]
rt::impl_setters!(PrintJobAbortParams { with_reason reason : ::std::string::String; });
#[cfg(msgraph_beta_print_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(PrintJobAbortParams);
#[cfg(msgraph_beta_core_or_communications)]
/// Parameters of the action `microsoft.graph.clearPresence`.
/// - `sessionId`: `Edm.String`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-communications`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct PresenceClearPresenceParams {
    /// CSDL: property `sessionId`: `Edm.String`, not nullable.
    pub session_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_communications)]
impl ::std::default::Default for PresenceClearPresenceParams {
    #[inline]
    fn default() -> Self {
        Self {
            session_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_communications)]
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
#[cfg(msgraph_beta_core_or_communications)]
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
#[cfg(msgraph_beta_core_or_communications)]
rt::impl_object!(PresenceClearPresenceParams);
#[cfg(msgraph_beta_core_or_communications)]
rt::impl_setters!(
    PresenceClearPresenceParams { with_session_id session_id : ::std::string::String; }
);
#[cfg(msgraph_beta_core_or_communications)]
#[cfg(feature = "serde")]
rt::impl_serde!(PresenceClearPresenceParams);
#[cfg(msgraph_beta_privileged_signup_status_or_search)]
/// Parameters of the action `microsoft.graph.completeSetup`.
/// - `tenantSetupInfo`: `microsoft.graph.tenantSetupInfo`
///
/// Features: `beta`, or one of `beta-privileged-signup-status`, `beta-search`.
#[derive(Clone)]
pub struct PrivilegedSignupStatusCollectionCompleteSetupParams {
    /// CSDL: property `tenantSetupInfo`: `microsoft.graph.tenantSetupInfo`, nullable.
    pub tenant_setup_info: rt::Field<crate::beta::TenantSetupInfo>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_privileged_signup_status_or_search)]
impl ::std::default::Default for PrivilegedSignupStatusCollectionCompleteSetupParams {
    #[inline]
    fn default() -> Self {
        Self {
            tenant_setup_info: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_privileged_signup_status_or_search)]
impl rt::Object for PrivilegedSignupStatusCollectionCompleteSetupParams {
    const TYPE_NAME: &'static str = "microsoft.graph.completeSetup(Collection(microsoft.graph.privilegedSignupStatus))";
    const KEYS: &'static [&'static str] = &["tenantSetupInfo"];
    const KEYS_JSON: &'static [&'static str] = &[",\"tenantSetupInfo\":              "];
    const TAG: &'static str = "\"#microsoft.graph.completeSetup(Collection(microsoft.graph.privilegedSignupStatus))\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "tenant_setup_info", &self.tenant_setup_info);
    }
}
#[cfg(msgraph_beta_privileged_signup_status_or_search)]
impl rt::object::Members for PrivilegedSignupStatusCollectionCompleteSetupParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.tenant_setup_info.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.tenant_setup_info);
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
#[cfg(msgraph_beta_privileged_signup_status_or_search)]
rt::impl_object!(PrivilegedSignupStatusCollectionCompleteSetupParams);
#[cfg(msgraph_beta_privileged_signup_status_or_search)]
rt::impl_setters!(
    PrivilegedSignupStatusCollectionCompleteSetupParams { with_tenant_setup_info
    tenant_setup_info : crate ::beta::TenantSetupInfo; }
);
#[cfg(msgraph_beta_privileged_signup_status_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(PrivilegedSignupStatusCollectionCompleteSetupParams);
#[cfg(msgraph_beta_print_or_search)]
/// Parameters of the action `microsoft.graph.create`.
/// - `displayName`: `Edm.String`
/// - `manufacturer`: `Edm.String`
/// - `model`: `Edm.String`
/// - `physicalDeviceId`: `Edm.String`
/// - `hasPhysicalDevice`: `Edm.Boolean`
/// - `certificateSigningRequest`: `microsoft.graph.printCertificateSigningRequest`
/// - `connectorId`: `Edm.String`
///
/// Features: `beta`, or one of `beta-print`, `beta-search`.
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
        crate::beta::PrintCertificateSigningRequest,
    >,
    /// CSDL: property `connectorId`: `Edm.String`, nullable.
    pub connector_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_print_or_search)]
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
#[cfg(msgraph_beta_print_or_search)]
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
#[cfg(msgraph_beta_print_or_search)]
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
#[cfg(msgraph_beta_print_or_search)]
rt::impl_object!(PrinterCollectionCreateParams);
#[cfg(msgraph_beta_print_or_search)]
rt::impl_setters!(
    PrinterCollectionCreateParams { with_display_name display_name :
    ::std::string::String; with_manufacturer manufacturer : ::std::string::String;
    with_model model : ::std::string::String; with_physical_device_id physical_device_id
    : ::std::string::String; with_has_physical_device has_physical_device : bool;
    with_certificate_signing_request certificate_signing_request : crate
    ::beta::PrintCertificateSigningRequest; with_connector_id connector_id :
    ::std::string::String; }
);
#[cfg(msgraph_beta_print_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(PrinterCollectionCreateParams);
#[cfg(msgraph_beta_print_or_search)]
/// Parameters of the action `microsoft.graph.createUploadSession`.
/// - `properties`: `microsoft.graph.printDocumentUploadProperties`
///
/// Features: `beta`, or one of `beta-print`, `beta-search`.
#[derive(Clone)]
pub struct PrintDocumentCreateUploadSessionParams {
    /// CSDL: property `properties`: `microsoft.graph.printDocumentUploadProperties`, not nullable.
    pub properties: rt::Field<crate::beta::PrintDocumentUploadProperties>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_print_or_search)]
impl ::std::default::Default for PrintDocumentCreateUploadSessionParams {
    #[inline]
    fn default() -> Self {
        Self {
            properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_print_or_search)]
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
#[cfg(msgraph_beta_print_or_search)]
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
#[cfg(msgraph_beta_print_or_search)]
rt::impl_object!(PrintDocumentCreateUploadSessionParams);
#[cfg(msgraph_beta_print_or_search)]
rt::impl_setters!(
    PrintDocumentCreateUploadSessionParams { with_properties properties : crate
    ::beta::PrintDocumentUploadProperties; }
);
#[cfg(msgraph_beta_print_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(PrintDocumentCreateUploadSessionParams);
#[cfg(msgraph_beta_core)]
/// Parameters of the action `microsoft.graph.forward`.
/// - `Comment`: `Edm.String`
/// - `ToRecipients`: `Collection(microsoft.graph.recipient)`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct PostForwardParams {
    /// CSDL: property `Comment`: `Edm.String`, nullable.
    pub comment: rt::Field<::std::string::String>,
    /// CSDL: property `ToRecipients`: `Collection(microsoft.graph.recipient)`, not nullable.
    pub to_recipients: rt::Field<::std::vec::Vec<crate::beta::AnyRecipient>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
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
#[cfg(msgraph_beta_core)]
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
#[cfg(msgraph_beta_core)]
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
#[cfg(msgraph_beta_core)]
rt::impl_object!(PostForwardParams);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    PostForwardParams { with_comment comment : ::std::string::String; with_to_recipients
    to_recipients : ::std::vec::Vec < crate ::beta::AnyRecipient >; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(PostForwardParams);
#[cfg(msgraph_beta_device_app_management_or_search)]
/// Parameters of the action `microsoft.graph.getPolicySets`.
/// - `policySetIds`: `Collection(Edm.String)`
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
#[derive(Clone)]
pub struct PolicySetCollectionGetPolicySetsParams {
    /// CSDL: property `policySetIds`: `Collection(Edm.String)`, nullable.
    pub policy_set_ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::default::Default for PolicySetCollectionGetPolicySetsParams {
    #[inline]
    fn default() -> Self {
        Self {
            policy_set_ids: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::Object for PolicySetCollectionGetPolicySetsParams {
    const TYPE_NAME: &'static str = "microsoft.graph.getPolicySets(Collection(microsoft.graph.policySet))";
    const KEYS: &'static [&'static str] = &["policySetIds"];
    const KEYS_JSON: &'static [&'static str] = &[",\"policySetIds\":                 "];
    const TAG: &'static str = "\"#microsoft.graph.getPolicySets(Collection(microsoft.graph.policySet))\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "policy_set_ids", &self.policy_set_ids);
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::object::Members for PolicySetCollectionGetPolicySetsParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.policy_set_ids.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.policy_set_ids);
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
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_object!(PolicySetCollectionGetPolicySetsParams);
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_setters!(
    PolicySetCollectionGetPolicySetsParams { with_policy_set_ids policy_set_ids :
    ::std::vec::Vec < ::std::string::String >; }
);
#[cfg(msgraph_beta_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(PolicySetCollectionGetPolicySetsParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.grant`.
/// - `roles`: `Collection(Edm.String)`
/// - `recipients`: `Collection(microsoft.graph.driveRecipient)`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct PermissionGrantParams {
    /// CSDL: property `roles`: `Collection(Edm.String)`, nullable.
    pub roles: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `recipients`: `Collection(microsoft.graph.driveRecipient)`, nullable.
    pub recipients: rt::Field<::std::vec::Vec<crate::beta::DriveRecipient>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
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
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
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
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
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
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_object!(PermissionGrantParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    PermissionGrantParams { with_roles roles : ::std::vec::Vec < ::std::string::String >;
    with_recipients recipients : ::std::vec::Vec < crate ::beta::DriveRecipient >; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(PermissionGrantParams);
#[cfg(msgraph_beta_app_or_communications_or_search)]
/// Parameters of the action `microsoft.graph.invite`.
/// - `participants`: `Collection(microsoft.graph.invitationParticipantInfo)`
/// - `clientContext`: `Edm.String`
///
/// Features: `beta`, or one of `beta-app`, `beta-communications`, `beta-search`.
#[derive(Clone)]
pub struct ParticipantCollectionInviteParams {
    /// CSDL: property `participants`: `Collection(microsoft.graph.invitationParticipantInfo)`, not nullable.
    pub participants: rt::Field<::std::vec::Vec<crate::beta::InvitationParticipantInfo>>,
    /// CSDL: property `clientContext`: `Edm.String`, nullable.
    pub client_context: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
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
#[cfg(msgraph_beta_app_or_communications_or_search)]
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
#[cfg(msgraph_beta_app_or_communications_or_search)]
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
#[cfg(msgraph_beta_app_or_communications_or_search)]
rt::impl_object!(ParticipantCollectionInviteParams);
#[cfg(msgraph_beta_app_or_communications_or_search)]
rt::impl_setters!(
    ParticipantCollectionInviteParams { with_participants participants : ::std::vec::Vec
    < crate ::beta::InvitationParticipantInfo >; with_client_context client_context :
    ::std::string::String; }
);
#[cfg(msgraph_beta_app_or_communications_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ParticipantCollectionInviteParams);
#[cfg(
    msgraph_beta_privileged_approval_or_privileged_role_assignment_requests_or_privileged_role_assignments_and_2_more
)]
/// Parameters of the action `microsoft.graph.makePermanent`.
/// - `reason`: `Edm.String`
/// - `ticketNumber`: `Edm.String`
/// - `ticketSystem`: `Edm.String`
///
/// Features: `beta`, or one of `beta-privileged-approval`, `beta-privileged-role-assignment-requests`, `beta-privileged-role-assignments`, `beta-privileged-roles`, `beta-search`.
#[derive(Clone)]
pub struct PrivilegedRoleAssignmentMakePermanentParams {
    /// CSDL: property `reason`: `Edm.String`, nullable.
    pub reason: rt::Field<::std::string::String>,
    /// CSDL: property `ticketNumber`: `Edm.String`, nullable.
    pub ticket_number: rt::Field<::std::string::String>,
    /// CSDL: property `ticketSystem`: `Edm.String`, nullable.
    pub ticket_system: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(
    msgraph_beta_privileged_approval_or_privileged_role_assignment_requests_or_privileged_role_assignments_and_2_more
)]
impl ::std::default::Default for PrivilegedRoleAssignmentMakePermanentParams {
    #[inline]
    fn default() -> Self {
        Self {
            reason: rt::Field::Absent,
            ticket_number: rt::Field::Absent,
            ticket_system: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(
    msgraph_beta_privileged_approval_or_privileged_role_assignment_requests_or_privileged_role_assignments_and_2_more
)]
impl rt::Object for PrivilegedRoleAssignmentMakePermanentParams {
    const TYPE_NAME: &'static str = "microsoft.graph.makePermanent(microsoft.graph.privilegedRoleAssignment)";
    const KEYS: &'static [&'static str] = &["reason", "ticketNumber", "ticketSystem"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"reason\":                       ",
        ",\"ticketNumber\":                 ",
        ",\"ticketSystem\":                 ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.makePermanent(microsoft.graph.privilegedRoleAssignment)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "reason", &self.reason);
        v.field(1usize, "ticket_number", &self.ticket_number);
        v.field(2usize, "ticket_system", &self.ticket_system);
    }
}
#[cfg(
    msgraph_beta_privileged_approval_or_privileged_role_assignment_requests_or_privileged_role_assignments_and_2_more
)]
impl rt::object::Members for PrivilegedRoleAssignmentMakePermanentParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.reason.read_from(r),
            1usize => self.ticket_number.read_from(r),
            2usize => self.ticket_system.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.reason);
        w.field(1usize, &self.ticket_number);
        w.field(2usize, &self.ticket_system);
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
    msgraph_beta_privileged_approval_or_privileged_role_assignment_requests_or_privileged_role_assignments_and_2_more
)]
rt::impl_object!(PrivilegedRoleAssignmentMakePermanentParams);
#[cfg(
    msgraph_beta_privileged_approval_or_privileged_role_assignment_requests_or_privileged_role_assignments_and_2_more
)]
rt::impl_setters!(
    PrivilegedRoleAssignmentMakePermanentParams { with_reason reason :
    ::std::string::String; with_ticket_number ticket_number : ::std::string::String;
    with_ticket_system ticket_system : ::std::string::String; }
);
#[cfg(
    msgraph_beta_privileged_approval_or_privileged_role_assignment_requests_or_privileged_role_assignments_and_2_more
)]
#[cfg(feature = "serde")]
rt::impl_serde!(PrivilegedRoleAssignmentMakePermanentParams);
#[cfg(msgraph_beta_app_or_communications_or_search)]
/// Parameters of the action `microsoft.graph.mute`.
/// - `clientContext`: `Edm.String`
///
/// Features: `beta`, or one of `beta-app`, `beta-communications`, `beta-search`.
#[derive(Clone)]
pub struct ParticipantMuteParams {
    /// CSDL: property `clientContext`: `Edm.String`, nullable.
    pub client_context: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
impl ::std::default::Default for ParticipantMuteParams {
    #[inline]
    fn default() -> Self {
        Self {
            client_context: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
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
#[cfg(msgraph_beta_app_or_communications_or_search)]
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
#[cfg(msgraph_beta_app_or_communications_or_search)]
rt::impl_object!(ParticipantMuteParams);
#[cfg(msgraph_beta_app_or_communications_or_search)]
rt::impl_setters!(
    ParticipantMuteParams { with_client_context client_context : ::std::string::String; }
);
#[cfg(msgraph_beta_app_or_communications_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ParticipantMuteParams);
#[cfg(msgraph_beta_app_or_communications_or_search)]
/// Parameters of the action `microsoft.graph.muteAll`.
/// - `participants`: `Collection(Edm.String)`
/// - `clientContext`: `Edm.String`
///
/// Features: `beta`, or one of `beta-app`, `beta-communications`, `beta-search`.
#[derive(Clone)]
pub struct ParticipantCollectionMuteAllParams {
    /// CSDL: property `participants`: `Collection(Edm.String)`, nullable.
    pub participants: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `clientContext`: `Edm.String`, nullable.
    pub client_context: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
impl ::std::default::Default for ParticipantCollectionMuteAllParams {
    #[inline]
    fn default() -> Self {
        Self {
            participants: rt::Field::Absent,
            client_context: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
impl rt::Object for ParticipantCollectionMuteAllParams {
    const TYPE_NAME: &'static str = "microsoft.graph.muteAll(Collection(microsoft.graph.participant))";
    const KEYS: &'static [&'static str] = &["participants", "clientContext"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"participants\":                 ",
        ",\"clientContext\":                ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.muteAll(Collection(microsoft.graph.participant))\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "participants", &self.participants);
        v.field(1usize, "client_context", &self.client_context);
    }
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
impl rt::object::Members for ParticipantCollectionMuteAllParams {
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
#[cfg(msgraph_beta_app_or_communications_or_search)]
rt::impl_object!(ParticipantCollectionMuteAllParams);
#[cfg(msgraph_beta_app_or_communications_or_search)]
rt::impl_setters!(
    ParticipantCollectionMuteAllParams { with_participants participants : ::std::vec::Vec
    < ::std::string::String >; with_client_context client_context :
    ::std::string::String; }
);
#[cfg(msgraph_beta_app_or_communications_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ParticipantCollectionMuteAllParams);
#[cfg(msgraph_beta_print_or_search)]
/// Parameters of the action `microsoft.graph.redirect`.
/// - `destinationPrinterId`: `Edm.String`
/// - `configuration`: `microsoft.graph.printJobConfiguration`
///
/// Features: `beta`, or one of `beta-print`, `beta-search`.
#[derive(Clone)]
pub struct PrintJobRedirectParams {
    /// CSDL: property `destinationPrinterId`: `Edm.String`, nullable.
    pub destination_printer_id: rt::Field<::std::string::String>,
    /// CSDL: property `configuration`: `microsoft.graph.printJobConfiguration`, nullable.
    pub configuration: rt::Field<crate::beta::PrintJobConfiguration>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_print_or_search)]
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
#[cfg(msgraph_beta_print_or_search)]
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
#[cfg(msgraph_beta_print_or_search)]
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
#[cfg(msgraph_beta_print_or_search)]
rt::impl_object!(PrintJobRedirectParams);
#[cfg(msgraph_beta_print_or_search)]
rt::impl_setters!(
    PrintJobRedirectParams { with_destination_printer_id destination_printer_id :
    ::std::string::String; with_configuration configuration : crate
    ::beta::PrintJobConfiguration; }
);
#[cfg(msgraph_beta_print_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(PrintJobRedirectParams);
#[cfg(msgraph_beta_core)]
/// Parameters of the action `microsoft.graph.reply`.
/// - `Post`: `microsoft.graph.post`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct PostReplyParams {
    /// CSDL: property `Post`: `microsoft.graph.post`, not nullable.
    pub post: rt::Field<crate::beta::Post>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for PostReplyParams {
    #[inline]
    fn default() -> Self {
        Self {
            post: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
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
#[cfg(msgraph_beta_core)]
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
#[cfg(msgraph_beta_core)]
rt::impl_object!(PostReplyParams);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(PostReplyParams { with_post post : crate ::beta::Post; });
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(PostReplyParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Parameters of the action `microsoft.graph.revokeGrants`.
/// - `grantees`: `Collection(microsoft.graph.driveRecipient)`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct PermissionRevokeGrantsParams {
    /// CSDL: property `grantees`: `Collection(microsoft.graph.driveRecipient)`, nullable.
    pub grantees: rt::Field<::std::vec::Vec<crate::beta::DriveRecipient>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for PermissionRevokeGrantsParams {
    #[inline]
    fn default() -> Self {
        Self {
            grantees: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for PermissionRevokeGrantsParams {
    const TYPE_NAME: &'static str = "microsoft.graph.revokeGrants(microsoft.graph.permission)";
    const KEYS: &'static [&'static str] = &["grantees"];
    const KEYS_JSON: &'static [&'static str] = &[",\"grantees\":                     "];
    const TAG: &'static str = "\"#microsoft.graph.revokeGrants(microsoft.graph.permission)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "grantees", &self.grantees);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for PermissionRevokeGrantsParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.grantees.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.grantees);
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
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_object!(PermissionRevokeGrantsParams);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    PermissionRevokeGrantsParams { with_grantees grantees : ::std::vec::Vec < crate
    ::beta::DriveRecipient >; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(PermissionRevokeGrantsParams);
#[cfg(
    msgraph_beta_privileged_approval_or_privileged_role_assignment_requests_or_privileged_role_assignments_and_2_more
)]
/// Parameters of the action `microsoft.graph.selfActivate`.
/// - `reason`: `Edm.String`
/// - `duration`: `Edm.String`
/// - `ticketNumber`: `Edm.String`
/// - `ticketSystem`: `Edm.String`
///
/// Features: `beta`, or one of `beta-privileged-approval`, `beta-privileged-role-assignment-requests`, `beta-privileged-role-assignments`, `beta-privileged-roles`, `beta-search`.
#[derive(Clone)]
pub struct PrivilegedRoleSelfActivateParams {
    /// CSDL: property `reason`: `Edm.String`, nullable.
    pub reason: rt::Field<::std::string::String>,
    /// CSDL: property `duration`: `Edm.String`, nullable.
    pub duration: rt::Field<::std::string::String>,
    /// CSDL: property `ticketNumber`: `Edm.String`, nullable.
    pub ticket_number: rt::Field<::std::string::String>,
    /// CSDL: property `ticketSystem`: `Edm.String`, nullable.
    pub ticket_system: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(
    msgraph_beta_privileged_approval_or_privileged_role_assignment_requests_or_privileged_role_assignments_and_2_more
)]
impl ::std::default::Default for PrivilegedRoleSelfActivateParams {
    #[inline]
    fn default() -> Self {
        Self {
            reason: rt::Field::Absent,
            duration: rt::Field::Absent,
            ticket_number: rt::Field::Absent,
            ticket_system: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(
    msgraph_beta_privileged_approval_or_privileged_role_assignment_requests_or_privileged_role_assignments_and_2_more
)]
impl rt::Object for PrivilegedRoleSelfActivateParams {
    const TYPE_NAME: &'static str = "microsoft.graph.selfActivate(microsoft.graph.privilegedRole)";
    const KEYS: &'static [&'static str] = &[
        "reason",
        "duration",
        "ticketNumber",
        "ticketSystem",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"reason\":                       ",
        ",\"duration\":                     ",
        ",\"ticketNumber\":                 ",
        ",\"ticketSystem\":                 ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.selfActivate(microsoft.graph.privilegedRole)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "reason", &self.reason);
        v.field(1usize, "duration", &self.duration);
        v.field(2usize, "ticket_number", &self.ticket_number);
        v.field(3usize, "ticket_system", &self.ticket_system);
    }
}
#[cfg(
    msgraph_beta_privileged_approval_or_privileged_role_assignment_requests_or_privileged_role_assignments_and_2_more
)]
impl rt::object::Members for PrivilegedRoleSelfActivateParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.reason.read_from(r),
            1usize => self.duration.read_from(r),
            2usize => self.ticket_number.read_from(r),
            3usize => self.ticket_system.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.reason);
        w.field(1usize, &self.duration);
        w.field(2usize, &self.ticket_number);
        w.field(3usize, &self.ticket_system);
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
    msgraph_beta_privileged_approval_or_privileged_role_assignment_requests_or_privileged_role_assignments_and_2_more
)]
rt::impl_object!(PrivilegedRoleSelfActivateParams);
#[cfg(
    msgraph_beta_privileged_approval_or_privileged_role_assignment_requests_or_privileged_role_assignments_and_2_more
)]
rt::impl_setters!(
    PrivilegedRoleSelfActivateParams { with_reason reason : ::std::string::String;
    with_duration duration : ::std::string::String; with_ticket_number ticket_number :
    ::std::string::String; with_ticket_system ticket_system : ::std::string::String; }
);
#[cfg(
    msgraph_beta_privileged_approval_or_privileged_role_assignment_requests_or_privileged_role_assignments_and_2_more
)]
#[cfg(feature = "serde")]
rt::impl_serde!(PrivilegedRoleSelfActivateParams);
#[cfg(msgraph_beta_core_or_communications)]
/// Parameters of the action `microsoft.graph.setPresence`.
/// - `sessionId`: `Edm.String`
/// - `availability`: `Edm.String`
/// - `activity`: `Edm.String`
/// - `expirationDuration`: `Edm.Duration`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-communications`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct PresenceSetPresenceParams {
    /// CSDL: property `sessionId`: `Edm.String`, not nullable.
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
#[cfg(msgraph_beta_core_or_communications)]
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
#[cfg(msgraph_beta_core_or_communications)]
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
#[cfg(msgraph_beta_core_or_communications)]
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
#[cfg(msgraph_beta_core_or_communications)]
rt::impl_object!(PresenceSetPresenceParams);
#[cfg(msgraph_beta_core_or_communications)]
rt::impl_setters!(
    PresenceSetPresenceParams { with_session_id session_id : ::std::string::String;
    with_availability availability : ::std::string::String; with_activity activity :
    ::std::string::String; with_expiration_duration expiration_duration :
    rt::edm::Duration; }
);
#[cfg(msgraph_beta_core_or_communications)]
#[cfg(feature = "serde")]
rt::impl_serde!(PresenceSetPresenceParams);
#[cfg(msgraph_beta_device_app_management_or_search)]
/// Parameters of the action `microsoft.graph.update`.
/// - `addedPolicySetItems`: `Collection(microsoft.graph.policySetItem)`
/// - `updatedPolicySetItems`: `Collection(microsoft.graph.policySetItem)`
/// - `deletedPolicySetItems`: `Collection(Edm.String)`
/// - `assignments`: `Collection(microsoft.graph.policySetAssignment)`
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
#[derive(Clone)]
pub struct PolicySetUpdateParams {
    /// CSDL: property `addedPolicySetItems`: `Collection(microsoft.graph.policySetItem)`, nullable.
    pub added_policy_set_items: rt::Field<
        ::std::vec::Vec<crate::beta::AnyPolicySetItem>,
    >,
    /// CSDL: property `updatedPolicySetItems`: `Collection(microsoft.graph.policySetItem)`, nullable.
    pub updated_policy_set_items: rt::Field<
        ::std::vec::Vec<crate::beta::AnyPolicySetItem>,
    >,
    /// CSDL: property `deletedPolicySetItems`: `Collection(Edm.String)`, nullable.
    pub deleted_policy_set_items: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `assignments`: `Collection(microsoft.graph.policySetAssignment)`, nullable.
    pub assignments: rt::Field<::std::vec::Vec<crate::beta::PolicySetAssignment>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::default::Default for PolicySetUpdateParams {
    #[inline]
    fn default() -> Self {
        Self {
            added_policy_set_items: rt::Field::Absent,
            updated_policy_set_items: rt::Field::Absent,
            deleted_policy_set_items: rt::Field::Absent,
            assignments: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::Object for PolicySetUpdateParams {
    const TYPE_NAME: &'static str = "microsoft.graph.update(microsoft.graph.policySet)";
    const KEYS: &'static [&'static str] = &[
        "addedPolicySetItems",
        "updatedPolicySetItems",
        "deletedPolicySetItems",
        "assignments",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"addedPolicySetItems\":          ",
        ",\"updatedPolicySetItems\":        ",
        ",\"deletedPolicySetItems\":        ",
        ",\"assignments\":                  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.update(microsoft.graph.policySet)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "added_policy_set_items", &self.added_policy_set_items);
        v.field(1usize, "updated_policy_set_items", &self.updated_policy_set_items);
        v.field(2usize, "deleted_policy_set_items", &self.deleted_policy_set_items);
        v.field(3usize, "assignments", &self.assignments);
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::object::Members for PolicySetUpdateParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.added_policy_set_items.read_from(r),
            1usize => self.updated_policy_set_items.read_from(r),
            2usize => self.deleted_policy_set_items.read_from(r),
            3usize => self.assignments.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.added_policy_set_items);
        w.field(1usize, &self.updated_policy_set_items);
        w.field(2usize, &self.deleted_policy_set_items);
        w.field(3usize, &self.assignments);
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
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_object!(PolicySetUpdateParams);
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_setters!(
    PolicySetUpdateParams { with_added_policy_set_items added_policy_set_items :
    ::std::vec::Vec < crate ::beta::AnyPolicySetItem >; with_updated_policy_set_items
    updated_policy_set_items : ::std::vec::Vec < crate ::beta::AnyPolicySetItem >;
    with_deleted_policy_set_items deleted_policy_set_items : ::std::vec::Vec <
    ::std::string::String >; with_assignments assignments : ::std::vec::Vec < crate
    ::beta::PolicySetAssignment >; }
);
#[cfg(msgraph_beta_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(PolicySetUpdateParams);
#[cfg(msgraph_beta_device_management_or_search)]
/// Parameters of the action `microsoft.graph.assign`.
/// - `assignments`: `Collection(microsoft.graph.roleScopeTagAutoAssignment)`
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct RoleScopeTagAssignParams {
    /// CSDL: property `assignments`: `Collection(microsoft.graph.roleScopeTagAutoAssignment)`, nullable.
    pub assignments: rt::Field<::std::vec::Vec<crate::beta::RoleScopeTagAutoAssignment>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for RoleScopeTagAssignParams {
    #[inline]
    fn default() -> Self {
        Self {
            assignments: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for RoleScopeTagAssignParams {
    const TYPE_NAME: &'static str = "microsoft.graph.assign(microsoft.graph.roleScopeTag)";
    const KEYS: &'static [&'static str] = &["assignments"];
    const KEYS_JSON: &'static [&'static str] = &[",\"assignments\":                  "];
    const TAG: &'static str = "\"#microsoft.graph.assign(microsoft.graph.roleScopeTag)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "assignments", &self.assignments);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for RoleScopeTagAssignParams {
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
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_object!(RoleScopeTagAssignParams);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    RoleScopeTagAssignParams { with_assignments assignments : ::std::vec::Vec < crate
    ::beta::RoleScopeTagAutoAssignment >; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(RoleScopeTagAssignParams);
#[cfg(msgraph_beta_identity_protection_or_risky_users_or_search)]
/// Parameters of the action `microsoft.graph.confirmCompromised`.
/// - `userIds`: `Collection(Edm.String)`
///
/// Features: `beta`, or one of `beta-identity-protection`, `beta-risky-users`, `beta-search`.
#[derive(Clone)]
pub struct RiskyUserCollectionConfirmCompromisedParams {
    /// CSDL: property `userIds`: `Collection(Edm.String)`, nullable.
    pub user_ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_identity_protection_or_risky_users_or_search)]
impl ::std::default::Default for RiskyUserCollectionConfirmCompromisedParams {
    #[inline]
    fn default() -> Self {
        Self {
            user_ids: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_identity_protection_or_risky_users_or_search)]
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
#[cfg(msgraph_beta_identity_protection_or_risky_users_or_search)]
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
#[cfg(msgraph_beta_identity_protection_or_risky_users_or_search)]
rt::impl_object!(RiskyUserCollectionConfirmCompromisedParams);
#[cfg(msgraph_beta_identity_protection_or_risky_users_or_search)]
rt::impl_setters!(
    RiskyUserCollectionConfirmCompromisedParams { with_user_ids user_ids :
    ::std::vec::Vec < ::std::string::String >; }
);
#[cfg(msgraph_beta_identity_protection_or_risky_users_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(RiskyUserCollectionConfirmCompromisedParams);
#[cfg(msgraph_beta_identity_protection_or_risky_users_or_search)]
/// Parameters of the action `microsoft.graph.dismiss`.
/// - `userIds`: `Collection(Edm.String)`
///
/// Features: `beta`, or one of `beta-identity-protection`, `beta-risky-users`, `beta-search`.
#[derive(Clone)]
pub struct RiskyUserCollectionDismissParams {
    /// CSDL: property `userIds`: `Collection(Edm.String)`, nullable.
    pub user_ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_identity_protection_or_risky_users_or_search)]
impl ::std::default::Default for RiskyUserCollectionDismissParams {
    #[inline]
    fn default() -> Self {
        Self {
            user_ids: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_identity_protection_or_risky_users_or_search)]
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
#[cfg(msgraph_beta_identity_protection_or_risky_users_or_search)]
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
#[cfg(msgraph_beta_identity_protection_or_risky_users_or_search)]
rt::impl_object!(RiskyUserCollectionDismissParams);
#[cfg(msgraph_beta_identity_protection_or_risky_users_or_search)]
rt::impl_setters!(
    RiskyUserCollectionDismissParams { with_user_ids user_ids : ::std::vec::Vec <
    ::std::string::String >; }
);
#[cfg(msgraph_beta_identity_protection_or_risky_users_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(RiskyUserCollectionDismissParams);
#[cfg(msgraph_beta_compliance_or_search)]
/// Parameters of the action `microsoft.graph.ediscovery.applyTags`.
/// - `tagsToAdd`: `Collection(microsoft.graph.ediscovery.tag)`
/// - `tagsToRemove`: `Collection(microsoft.graph.ediscovery.tag)`
///
/// Features: `beta`, or one of `beta-compliance`, `beta-search`.
#[derive(Clone)]
pub struct ReviewSetQueryApplyTagsParams {
    /// CSDL: property `tagsToAdd`: `Collection(microsoft.graph.ediscovery.tag)`, nullable.
    pub tags_to_add: rt::Field<::std::vec::Vec<crate::beta::ediscovery::Tag>>,
    /// CSDL: property `tagsToRemove`: `Collection(microsoft.graph.ediscovery.tag)`, nullable.
    pub tags_to_remove: rt::Field<::std::vec::Vec<crate::beta::ediscovery::Tag>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_compliance_or_search)]
impl ::std::default::Default for ReviewSetQueryApplyTagsParams {
    #[inline]
    fn default() -> Self {
        Self {
            tags_to_add: rt::Field::Absent,
            tags_to_remove: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_compliance_or_search)]
impl rt::Object for ReviewSetQueryApplyTagsParams {
    const TYPE_NAME: &'static str = "microsoft.graph.ediscovery.applyTags(microsoft.graph.ediscovery.reviewSetQuery)";
    const KEYS: &'static [&'static str] = &["tagsToAdd", "tagsToRemove"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"tagsToAdd\":                    ",
        ",\"tagsToRemove\":                 ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.ediscovery.applyTags(microsoft.graph.ediscovery.reviewSetQuery)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "tags_to_add", &self.tags_to_add);
        v.field(1usize, "tags_to_remove", &self.tags_to_remove);
    }
}
#[cfg(msgraph_beta_compliance_or_search)]
impl rt::object::Members for ReviewSetQueryApplyTagsParams {
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
#[cfg(msgraph_beta_compliance_or_search)]
rt::impl_object!(ReviewSetQueryApplyTagsParams);
#[cfg(msgraph_beta_compliance_or_search)]
rt::impl_setters!(
    ReviewSetQueryApplyTagsParams { with_tags_to_add tags_to_add : ::std::vec::Vec <
    crate ::beta::ediscovery::Tag >; with_tags_to_remove tags_to_remove : ::std::vec::Vec
    < crate ::beta::ediscovery::Tag >; }
);
#[cfg(msgraph_beta_compliance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ReviewSetQueryApplyTagsParams);
#[cfg(msgraph_beta_compliance_or_search)]
/// Parameters of the action `microsoft.graph.ediscovery.export`.
/// - `outputName`: `Edm.String`
/// - `description`: `Edm.String`
/// - `azureBlobContainer`: `Edm.String`
/// - `azureBlobToken`: `Edm.String`
/// - `exportOptions`: `microsoft.graph.ediscovery.exportOptions`
/// - `exportStructure`: `microsoft.graph.ediscovery.exportFileStructure`
///
/// Features: `beta`, or one of `beta-compliance`, `beta-search`.
#[derive(Clone)]
pub struct ReviewSetExportParams {
    /// CSDL: property `outputName`: `Edm.String`, nullable.
    pub output_name: rt::Field<::std::string::String>,
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `azureBlobContainer`: `Edm.String`, nullable.
    pub azure_blob_container: rt::Field<::std::string::String>,
    /// CSDL: property `azureBlobToken`: `Edm.String`, nullable.
    pub azure_blob_token: rt::Field<::std::string::String>,
    /// CSDL: property `exportOptions`: `microsoft.graph.ediscovery.exportOptions`, nullable.
    pub export_options: rt::Field<rt::Flags<crate::beta::ediscovery::ExportOptions>>,
    /// CSDL: property `exportStructure`: `microsoft.graph.ediscovery.exportFileStructure`, not nullable.
    pub export_structure: rt::Field<crate::beta::ediscovery::ExportFileStructure>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_compliance_or_search)]
impl ::std::default::Default for ReviewSetExportParams {
    #[inline]
    fn default() -> Self {
        Self {
            output_name: rt::Field::Absent,
            description: rt::Field::Absent,
            azure_blob_container: rt::Field::Absent,
            azure_blob_token: rt::Field::Absent,
            export_options: rt::Field::Absent,
            export_structure: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_compliance_or_search)]
impl rt::Object for ReviewSetExportParams {
    const TYPE_NAME: &'static str = "microsoft.graph.ediscovery.export(microsoft.graph.ediscovery.reviewSet)";
    const KEYS: &'static [&'static str] = &[
        "outputName",
        "description",
        "azureBlobContainer",
        "azureBlobToken",
        "exportOptions",
        "exportStructure",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"outputName\":                   ",
        ",\"description\":                  ",
        ",\"azureBlobContainer\":           ",
        ",\"azureBlobToken\":               ",
        ",\"exportOptions\":                ",
        ",\"exportStructure\":              ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.ediscovery.export(microsoft.graph.ediscovery.reviewSet)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "output_name", &self.output_name);
        v.field(1usize, "description", &self.description);
        v.field(2usize, "azure_blob_container", &self.azure_blob_container);
        v.field(3usize, "azure_blob_token", &self.azure_blob_token);
        v.field(4usize, "export_options", &self.export_options);
        v.field(5usize, "export_structure", &self.export_structure);
    }
}
#[cfg(msgraph_beta_compliance_or_search)]
impl rt::object::Members for ReviewSetExportParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.output_name.read_from(r),
            1usize => self.description.read_from(r),
            2usize => self.azure_blob_container.read_from(r),
            3usize => self.azure_blob_token.read_from(r),
            4usize => self.export_options.read_from(r),
            5usize => self.export_structure.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.output_name);
        w.field(1usize, &self.description);
        w.field(2usize, &self.azure_blob_container);
        w.field(3usize, &self.azure_blob_token);
        w.field(4usize, &self.export_options);
        w.field(5usize, &self.export_structure);
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
#[cfg(msgraph_beta_compliance_or_search)]
rt::impl_object!(ReviewSetExportParams);
#[cfg(msgraph_beta_compliance_or_search)]
rt::impl_setters!(
    ReviewSetExportParams { with_output_name output_name : ::std::string::String;
    with_description description : ::std::string::String; with_azure_blob_container
    azure_blob_container : ::std::string::String; with_azure_blob_token azure_blob_token
    : ::std::string::String; with_export_options export_options : rt::Flags < crate
    ::beta::ediscovery::ExportOptions >; with_export_structure export_structure : crate
    ::beta::ediscovery::ExportFileStructure; }
);
#[cfg(msgraph_beta_compliance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ReviewSetExportParams);
#[cfg(msgraph_beta_device_management_or_search)]
/// Parameters of the action `microsoft.graph.getRoleScopeTagsById`.
/// - `roleScopeTagIds`: `Collection(Edm.String)`
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct RoleScopeTagCollectionGetRoleScopeTagsByIdParams {
    /// CSDL: property `roleScopeTagIds`: `Collection(Edm.String)`, nullable.
    pub role_scope_tag_ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for RoleScopeTagCollectionGetRoleScopeTagsByIdParams {
    #[inline]
    fn default() -> Self {
        Self {
            role_scope_tag_ids: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for RoleScopeTagCollectionGetRoleScopeTagsByIdParams {
    const TYPE_NAME: &'static str = "microsoft.graph.getRoleScopeTagsById(Collection(microsoft.graph.roleScopeTag))";
    const KEYS: &'static [&'static str] = &["roleScopeTagIds"];
    const KEYS_JSON: &'static [&'static str] = &[",\"roleScopeTagIds\":              "];
    const TAG: &'static str = "\"#microsoft.graph.getRoleScopeTagsById(Collection(microsoft.graph.roleScopeTag))\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "role_scope_tag_ids", &self.role_scope_tag_ids);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for RoleScopeTagCollectionGetRoleScopeTagsByIdParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.role_scope_tag_ids.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.role_scope_tag_ids);
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
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_object!(RoleScopeTagCollectionGetRoleScopeTagsByIdParams);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    RoleScopeTagCollectionGetRoleScopeTagsByIdParams { with_role_scope_tag_ids
    role_scope_tag_ids : ::std::vec::Vec < ::std::string::String >; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(RoleScopeTagCollectionGetRoleScopeTagsByIdParams);
#[cfg(msgraph_beta_core_or_role_management)]
/// Parameters of the action `microsoft.graph.recordDecisions`.
/// - `reviewResult`: `Edm.String`
/// - `justification`: `Edm.String`
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct RequestRecordDecisionsParams {
    /// CSDL: property `reviewResult`: `Edm.String`, nullable.
    pub review_result: rt::Field<::std::string::String>,
    /// CSDL: property `justification`: `Edm.String`, nullable.
    pub justification: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_role_management)]
impl ::std::default::Default for RequestRecordDecisionsParams {
    #[inline]
    fn default() -> Self {
        Self {
            review_result: rt::Field::Absent,
            justification: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_role_management)]
impl rt::Object for RequestRecordDecisionsParams {
    const TYPE_NAME: &'static str = "microsoft.graph.recordDecisions(microsoft.graph.request)";
    const KEYS: &'static [&'static str] = &["reviewResult", "justification"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"reviewResult\":                 ",
        ",\"justification\":                ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.recordDecisions(microsoft.graph.request)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "review_result", &self.review_result);
        v.field(1usize, "justification", &self.justification);
    }
}
#[cfg(msgraph_beta_core_or_role_management)]
impl rt::object::Members for RequestRecordDecisionsParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.review_result.read_from(r),
            1usize => self.justification.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.review_result);
        w.field(1usize, &self.justification);
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
#[cfg(msgraph_beta_core_or_role_management)]
rt::impl_object!(RequestRecordDecisionsParams);
#[cfg(msgraph_beta_core_or_role_management)]
rt::impl_setters!(
    RequestRecordDecisionsParams { with_review_result review_result :
    ::std::string::String; with_justification justification : ::std::string::String; }
);
#[cfg(msgraph_beta_core_or_role_management)]
#[cfg(feature = "serde")]
rt::impl_serde!(RequestRecordDecisionsParams);
