//! Types of `microsoft.graph` by the first letters of their names (`aa_ai`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_v1_core_or_teamwork)]
/// CSDL: `microsoft.graph.aadUserNotificationRecipient`, complex type, derived from `microsoft.graph.teamworkNotificationRecipient`.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct AadUserNotificationRecipient {
    /// CSDL: property `userId`: `Edm.String`, not nullable.
    pub user_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl ::std::default::Default for AadUserNotificationRecipient {
    #[inline]
    fn default() -> Self {
        Self {
            user_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl rt::Object for AadUserNotificationRecipient {
    const TYPE_NAME: &'static str = "microsoft.graph.aadUserNotificationRecipient";
    const KEYS: &'static [&'static str] = &["userId"];
    const KEYS_JSON: &'static [&'static str] = &[",\"userId\":                       "];
    const TAG: &'static str = "\"#microsoft.graph.aadUserNotificationRecipient\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "user_id", &self.user_id);
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl rt::object::Members for AadUserNotificationRecipient {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.user_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.user_id);
    }
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
rt::impl_object!(AadUserNotificationRecipient);
#[cfg(msgraph_v1_core_or_teamwork)]
rt::impl_setters!(
    AadUserNotificationRecipient { with_user_id user_id : ::std::string::String; }
);
#[cfg(msgraph_v1_core_or_teamwork)]
#[cfg(feature = "serde")]
rt::impl_serde!(AadUserNotificationRecipient);
#[cfg(msgraph_v1_any_area)]
/// CSDL: `microsoft.graph.acceptJoinResponse`, complex type, derived from `microsoft.graph.participantJoiningResponse`.
///
/// Feature: `v1` or any `v1-*` area feature.
#[derive(Clone)]
pub struct AcceptJoinResponse {
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_any_area)]
impl ::std::default::Default for AcceptJoinResponse {
    #[inline]
    fn default() -> Self {
        Self {
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_any_area)]
impl rt::Object for AcceptJoinResponse {
    const TYPE_NAME: &'static str = "microsoft.graph.acceptJoinResponse";
    const KEYS: &'static [&'static str] = &[];
    const KEYS_JSON: &'static [&'static str] = &[];
    const TAG: &'static str = "\"#microsoft.graph.acceptJoinResponse\"";
    #[inline]
    #[allow(unused_variables)]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {}
}
#[cfg(msgraph_v1_any_area)]
impl rt::object::Members for AcceptJoinResponse {
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
rt::impl_object!(AcceptJoinResponse);
#[cfg(msgraph_v1_any_area)]
#[cfg(feature = "serde")]
rt::impl_serde!(AcceptJoinResponse);
#[cfg(msgraph_v1_copilot_or_search)]
/// CSDL: `microsoft.graph.accessEntityType`, enum type.
///
/// Features: `v1`, or one of `v1-copilot`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum AccessEntityType {
    /// `user` (value 0).
    User,
    /// `group` (value 1).
    Group,
    /// `unknownFutureValue` (value 2).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_copilot_or_search)]
impl rt::StrEnum for AccessEntityType {
    const TYPE_NAME: &'static str = "microsoft.graph.accessEntityType";
    const MEMBERS: &'static [&'static str] = &["user", "group", "unknownFutureValue"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "user" => Self::User,
                "group" => Self::Group,
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
            Self::User => "user",
            Self::Group => "group",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_copilot_or_search)]
rt::impl_enum!(AccessEntityType);
#[cfg(msgraph_v1_copilot_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AccessEntityType);
#[cfg(msgraph_v1_identity_governance_or_search)]
/// CSDL: `microsoft.graph.accessPackageAnswer`, complex type, abstract.
///
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
#[derive(Clone)]
pub struct AccessPackageAnswer {
    /// CSDL: property `displayValue`: `Edm.String`, nullable.
    pub display_value: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `answeredQuestion`: `microsoft.graph.accessPackageQuestion`, nullable.
    pub answered_question: rt::Field<crate::v1::AnyAccessPackageQuestion>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl ::std::default::Default for AccessPackageAnswer {
    #[inline]
    fn default() -> Self {
        Self {
            display_value: rt::Field::Absent,
            answered_question: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::Object for AccessPackageAnswer {
    const TYPE_NAME: &'static str = "microsoft.graph.accessPackageAnswer";
    const KEYS: &'static [&'static str] = &["displayValue", "answeredQuestion"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"displayValue\":                 ",
        ",\"answeredQuestion\":             ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.accessPackageAnswer\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "display_value", &self.display_value);
        v.field(1usize, "answered_question", &self.answered_question);
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::object::Members for AccessPackageAnswer {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.display_value.read_from(r),
            1usize => self.answered_question.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.display_value);
        w.field(1usize, &self.answered_question);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_object!(AccessPackageAnswer);
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_setters!(
    AccessPackageAnswer { with_display_value display_value : ::std::string::String;
    with_answered_question answered_question : crate ::v1::AnyAccessPackageQuestion; }
);
#[cfg(msgraph_v1_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AccessPackageAnswer);
#[cfg(msgraph_v1_identity_governance_or_search)]
/// `microsoft.graph.accessPackageAnswer` or any type derived from it, selected by `@odata.type` (2 types); each variant's type converts into it (`From`).
///
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyAccessPackageAnswer {
    AccessPackageAnswer(::std::boxed::Box<crate::v1::AccessPackageAnswer>),
    AccessPackageAnswerString(::std::boxed::Box<crate::v1::AccessPackageAnswerString>),
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl ::std::default::Default for AnyAccessPackageAnswer {
    #[inline]
    fn default() -> Self {
        Self::AccessPackageAnswer(::std::default::Default::default())
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::AccessPackageAnswer> for AnyAccessPackageAnswer {
    #[inline]
    fn from(v: crate::v1::AccessPackageAnswer) -> Self {
        Self::AccessPackageAnswer(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::AccessPackageAnswerString>
for AnyAccessPackageAnswer {
    #[inline]
    fn from(v: crate::v1::AccessPackageAnswerString) -> Self {
        Self::AccessPackageAnswerString(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
unsafe impl ::std::marker::Send for AnyAccessPackageAnswer {}
#[cfg(msgraph_v1_identity_governance_or_search)]
unsafe impl ::std::marker::Sync for AnyAccessPackageAnswer {}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl ::std::marker::Unpin for AnyAccessPackageAnswer {}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl ::std::panic::UnwindSafe for AnyAccessPackageAnswer {}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl ::std::panic::RefUnwindSafe for AnyAccessPackageAnswer {}
#[cfg(msgraph_v1_identity_governance_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::v1::AccessPackageAnswer>();
    rt::object::auto_traits::<crate::v1::AccessPackageAnswerString>();
};
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::Poly for AnyAccessPackageAnswer {
    const BASE_NAME: &'static str = "microsoft.graph.accessPackageAnswer";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some("microsoft.graph.accessPackageAnswerString") => {
                Self::AccessPackageAnswerString(rt::object::new_boxed())
            }
            _ => Self::AccessPackageAnswer(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::AccessPackageAnswer(v) => &**v,
            Self::AccessPackageAnswerString(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::AccessPackageAnswer(v) => &mut **v,
            Self::AccessPackageAnswerString(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl AnyAccessPackageAnswer {
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
    /// `displayValue` of any variant.
    #[inline]
    pub fn display_value(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::AccessPackageAnswer(v) => &v.display_value,
            Self::AccessPackageAnswerString(v) => &v.display_value,
        }
    }
    /// `displayValue` of any variant.
    #[inline]
    pub fn display_value_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::AccessPackageAnswer(v) => &mut v.display_value,
            Self::AccessPackageAnswerString(v) => &mut v.display_value,
        }
    }
    /// `answeredQuestion` of any variant.
    #[inline]
    pub fn answered_question(&self) -> &rt::Field<crate::v1::AnyAccessPackageQuestion> {
        match self {
            Self::AccessPackageAnswer(v) => &v.answered_question,
            Self::AccessPackageAnswerString(v) => &v.answered_question,
        }
    }
    /// `answeredQuestion` of any variant.
    #[inline]
    pub fn answered_question_mut(
        &mut self,
    ) -> &mut rt::Field<crate::v1::AnyAccessPackageQuestion> {
        match self {
            Self::AccessPackageAnswer(v) => &mut v.answered_question,
            Self::AccessPackageAnswerString(v) => &mut v.answered_question,
        }
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_poly!(AnyAccessPackageAnswer);
#[cfg(msgraph_v1_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyAccessPackageAnswer);
#[cfg(msgraph_v1_identity_governance_or_search)]
/// CSDL: `microsoft.graph.accessPackageAnswerChoice`, complex type.
///
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
#[derive(Clone)]
pub struct AccessPackageAnswerChoice {
    /// CSDL: property `actualValue`: `Edm.String`, nullable.
    pub actual_value: rt::Field<::std::string::String>,
    /// CSDL: property `localizations`: `Collection(microsoft.graph.accessPackageLocalizedText)`, nullable.
    pub localizations: rt::Field<::std::vec::Vec<crate::v1::AccessPackageLocalizedText>>,
    /// CSDL: property `text`: `Edm.String`, nullable.
    pub text: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl ::std::default::Default for AccessPackageAnswerChoice {
    #[inline]
    fn default() -> Self {
        Self {
            actual_value: rt::Field::Absent,
            localizations: rt::Field::Absent,
            text: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::Object for AccessPackageAnswerChoice {
    const TYPE_NAME: &'static str = "microsoft.graph.accessPackageAnswerChoice";
    const KEYS: &'static [&'static str] = &["actualValue", "localizations", "text"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"actualValue\":                  ",
        ",\"localizations\":                ",
        ",\"text\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.accessPackageAnswerChoice\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "actual_value", &self.actual_value);
        v.field(1usize, "localizations", &self.localizations);
        v.field(2usize, "text", &self.text);
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::object::Members for AccessPackageAnswerChoice {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.actual_value.read_from(r),
            1usize => self.localizations.read_from(r),
            2usize => self.text.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.actual_value);
        w.field(1usize, &self.localizations);
        w.field(2usize, &self.text);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_object!(AccessPackageAnswerChoice);
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_setters!(
    AccessPackageAnswerChoice { with_actual_value actual_value : ::std::string::String;
    with_localizations localizations : ::std::vec::Vec < crate
    ::v1::AccessPackageLocalizedText >; with_text text : ::std::string::String; }
);
#[cfg(msgraph_v1_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AccessPackageAnswerChoice);
#[cfg(msgraph_v1_identity_governance_or_search)]
/// CSDL: `microsoft.graph.accessPackageAnswerString`, complex type, derived from `microsoft.graph.accessPackageAnswer`.
///
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
#[derive(Clone)]
pub struct AccessPackageAnswerString {
    /// CSDL: property `displayValue`: `Edm.String`, nullable.
    pub display_value: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `answeredQuestion`: `microsoft.graph.accessPackageQuestion`, nullable.
    pub answered_question: rt::Field<crate::v1::AnyAccessPackageQuestion>,
    /// CSDL: property `value`: `Edm.String`, nullable.
    pub value: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl ::std::default::Default for AccessPackageAnswerString {
    #[inline]
    fn default() -> Self {
        Self {
            display_value: rt::Field::Absent,
            answered_question: rt::Field::Absent,
            value: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::Object for AccessPackageAnswerString {
    const TYPE_NAME: &'static str = "microsoft.graph.accessPackageAnswerString";
    const KEYS: &'static [&'static str] = &["displayValue", "answeredQuestion", "value"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"displayValue\":                 ",
        ",\"answeredQuestion\":             ",
        ",\"value\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.accessPackageAnswerString\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "display_value", &self.display_value);
        v.field(1usize, "answered_question", &self.answered_question);
        v.field(2usize, "value", &self.value);
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::object::Members for AccessPackageAnswerString {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.display_value.read_from(r),
            1usize => self.answered_question.read_from(r),
            2usize => self.value.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.display_value);
        w.field(1usize, &self.answered_question);
        w.field(2usize, &self.value);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_object!(AccessPackageAnswerString);
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_setters!(
    AccessPackageAnswerString { with_display_value display_value : ::std::string::String;
    with_answered_question answered_question : crate ::v1::AnyAccessPackageQuestion;
    with_value value : ::std::string::String; }
);
#[cfg(msgraph_v1_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AccessPackageAnswerString);
#[cfg(msgraph_v1_identity_governance_or_search)]
/// CSDL: `microsoft.graph.accessPackageAssignmentRequestFilterByCurrentUserOptions`, enum type.
///
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum AccessPackageAssignmentRequestFilterByCurrentUserOptions {
    /// `target` (value 1).
    Target,
    /// `createdBy` (value 2).
    CreatedBy,
    /// `approver` (value 3).
    Approver,
    /// `unknownFutureValue` (value 99).
    UnknownFutureValue,
    /// `targetOrRequestor` (value 100).
    TargetOrRequestor,
    /// `targetManager` (value 101).
    TargetManager,
    /// `requestForOthers` (value 102).
    RequestForOthers,
    /// `targetAgentIdentitySponsorOrOwner` (value 103).
    TargetAgentIdentitySponsorOrOwner,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::StrEnum for AccessPackageAssignmentRequestFilterByCurrentUserOptions {
    const TYPE_NAME: &'static str = "microsoft.graph.accessPackageAssignmentRequestFilterByCurrentUserOptions";
    const MEMBERS: &'static [&'static str] = &[
        "target",
        "createdBy",
        "approver",
        "unknownFutureValue",
        "targetOrRequestor",
        "targetManager",
        "requestForOthers",
        "targetAgentIdentitySponsorOrOwner",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "target" => Self::Target,
                "createdBy" => Self::CreatedBy,
                "approver" => Self::Approver,
                "unknownFutureValue" => Self::UnknownFutureValue,
                "targetOrRequestor" => Self::TargetOrRequestor,
                "targetManager" => Self::TargetManager,
                "requestForOthers" => Self::RequestForOthers,
                "targetAgentIdentitySponsorOrOwner" => {
                    Self::TargetAgentIdentitySponsorOrOwner
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
            Self::Target => "target",
            Self::CreatedBy => "createdBy",
            Self::Approver => "approver",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::TargetOrRequestor => "targetOrRequestor",
            Self::TargetManager => "targetManager",
            Self::RequestForOthers => "requestForOthers",
            Self::TargetAgentIdentitySponsorOrOwner => {
                "targetAgentIdentitySponsorOrOwner"
            }
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_enum!(AccessPackageAssignmentRequestFilterByCurrentUserOptions);
#[cfg(msgraph_v1_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AccessPackageAssignmentRequestFilterByCurrentUserOptions);
#[cfg(msgraph_v1_identity_governance_or_search)]
/// CSDL: `microsoft.graph.accessPackageAssignmentRequestRequirements`, complex type.
///
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
#[derive(Clone)]
pub struct AccessPackageAssignmentRequestRequirements {
    /// CSDL: property `allowCustomAssignmentSchedule`: `Edm.Boolean`, nullable.
    pub allow_custom_assignment_schedule: rt::Field<bool>,
    /// CSDL: property `isApprovalRequiredForAdd`: `Edm.Boolean`, nullable.
    pub is_approval_required_for_add: rt::Field<bool>,
    /// CSDL: property `isApprovalRequiredForUpdate`: `Edm.Boolean`, nullable.
    pub is_approval_required_for_update: rt::Field<bool>,
    /// CSDL: property `isRequestorJustificationRequired`: `Edm.Boolean`, nullable.
    pub is_requestor_justification_required: rt::Field<bool>,
    /// CSDL: property `policyDescription`: `Edm.String`, nullable.
    pub policy_description: rt::Field<::std::string::String>,
    /// CSDL: property `policyDisplayName`: `Edm.String`, nullable.
    pub policy_display_name: rt::Field<::std::string::String>,
    /// CSDL: property `policyId`: `Edm.String`, nullable.
    pub policy_id: rt::Field<::std::string::String>,
    /// CSDL: property `schedule`: `microsoft.graph.entitlementManagementSchedule`, nullable.
    pub schedule: rt::Field<crate::v1::EntitlementManagementSchedule>,
    /// CSDL: navigation property `questions`: `Collection(microsoft.graph.accessPackageQuestion)`, not nullable.
    pub questions: rt::Field<::std::vec::Vec<crate::v1::AnyAccessPackageQuestion>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl ::std::default::Default for AccessPackageAssignmentRequestRequirements {
    #[inline]
    fn default() -> Self {
        Self {
            allow_custom_assignment_schedule: rt::Field::Absent,
            is_approval_required_for_add: rt::Field::Absent,
            is_approval_required_for_update: rt::Field::Absent,
            is_requestor_justification_required: rt::Field::Absent,
            policy_description: rt::Field::Absent,
            policy_display_name: rt::Field::Absent,
            policy_id: rt::Field::Absent,
            schedule: rt::Field::Absent,
            questions: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::Object for AccessPackageAssignmentRequestRequirements {
    const TYPE_NAME: &'static str = "microsoft.graph.accessPackageAssignmentRequestRequirements";
    const KEYS: &'static [&'static str] = &[
        "allowCustomAssignmentSchedule",
        "isApprovalRequiredForAdd",
        "isApprovalRequiredForUpdate",
        "isRequestorJustificationRequired",
        "policyDescription",
        "policyDisplayName",
        "policyId",
        "schedule",
        "questions",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"allowCustomAssignmentSchedule\":",
        ",\"isApprovalRequiredForAdd\":     ",
        ",\"isApprovalRequiredForUpdate\":  ",
        ",\"isRequestorJustificationRequired\":",
        ",\"policyDescription\":            ",
        ",\"policyDisplayName\":            ",
        ",\"policyId\":                     ",
        ",\"schedule\":                     ",
        ",\"questions\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.accessPackageAssignmentRequestRequirements\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(
            0usize,
            "allow_custom_assignment_schedule",
            &self.allow_custom_assignment_schedule,
        );
        v.field(
            1usize,
            "is_approval_required_for_add",
            &self.is_approval_required_for_add,
        );
        v.field(
            2usize,
            "is_approval_required_for_update",
            &self.is_approval_required_for_update,
        );
        v.field(
            3usize,
            "is_requestor_justification_required",
            &self.is_requestor_justification_required,
        );
        v.field(4usize, "policy_description", &self.policy_description);
        v.field(5usize, "policy_display_name", &self.policy_display_name);
        v.field(6usize, "policy_id", &self.policy_id);
        v.field(7usize, "schedule", &self.schedule);
        v.field(8usize, "questions", &self.questions);
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::object::Members for AccessPackageAssignmentRequestRequirements {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.allow_custom_assignment_schedule.read_from(r),
            1usize => self.is_approval_required_for_add.read_from(r),
            2usize => self.is_approval_required_for_update.read_from(r),
            3usize => self.is_requestor_justification_required.read_from(r),
            4usize => self.policy_description.read_from(r),
            5usize => self.policy_display_name.read_from(r),
            6usize => self.policy_id.read_from(r),
            7usize => self.schedule.read_from(r),
            8usize => self.questions.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.allow_custom_assignment_schedule);
        w.field(1usize, &self.is_approval_required_for_add);
        w.field(2usize, &self.is_approval_required_for_update);
        w.field(3usize, &self.is_requestor_justification_required);
        w.field(4usize, &self.policy_description);
        w.field(5usize, &self.policy_display_name);
        w.field(6usize, &self.policy_id);
        w.field(7usize, &self.schedule);
        w.field(8usize, &self.questions);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_object!(AccessPackageAssignmentRequestRequirements);
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_setters!(
    AccessPackageAssignmentRequestRequirements { with_allow_custom_assignment_schedule
    allow_custom_assignment_schedule : bool; with_is_approval_required_for_add
    is_approval_required_for_add : bool; with_is_approval_required_for_update
    is_approval_required_for_update : bool; with_is_requestor_justification_required
    is_requestor_justification_required : bool; with_policy_description
    policy_description : ::std::string::String; with_policy_display_name
    policy_display_name : ::std::string::String; with_policy_id policy_id :
    ::std::string::String; with_schedule schedule : crate
    ::v1::EntitlementManagementSchedule; with_questions questions : ::std::vec::Vec <
    crate ::v1::AnyAccessPackageQuestion >; }
);
#[cfg(msgraph_v1_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AccessPackageAssignmentRequestRequirements);
#[cfg(msgraph_v1_identity_governance_or_search)]
/// CSDL: `microsoft.graph.accessPackageAssignmentState`, enum type.
///
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum AccessPackageAssignmentState {
    /// `delivering` (value 0).
    Delivering,
    /// `partiallyDelivered` (value 1).
    PartiallyDelivered,
    /// `delivered` (value 2).
    Delivered,
    /// `expired` (value 3).
    Expired,
    /// `deliveryFailed` (value 4).
    DeliveryFailed,
    /// `unknownFutureValue` (value 5).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::StrEnum for AccessPackageAssignmentState {
    const TYPE_NAME: &'static str = "microsoft.graph.accessPackageAssignmentState";
    const MEMBERS: &'static [&'static str] = &[
        "delivering",
        "partiallyDelivered",
        "delivered",
        "expired",
        "deliveryFailed",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "delivering" => Self::Delivering,
                "partiallyDelivered" => Self::PartiallyDelivered,
                "delivered" => Self::Delivered,
                "expired" => Self::Expired,
                "deliveryFailed" => Self::DeliveryFailed,
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
            Self::Delivering => "delivering",
            Self::PartiallyDelivered => "partiallyDelivered",
            Self::Delivered => "delivered",
            Self::Expired => "expired",
            Self::DeliveryFailed => "deliveryFailed",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_enum!(AccessPackageAssignmentState);
#[cfg(msgraph_v1_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AccessPackageAssignmentState);
#[cfg(msgraph_v1_identity_governance_or_search)]
/// CSDL: `microsoft.graph.accessPackageExternalUserLifecycleAction`, enum type.
///
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum AccessPackageExternalUserLifecycleAction {
    /// `none` (value 0).
    None,
    /// `blockSignIn` (value 1).
    BlockSignIn,
    /// `blockSignInAndDelete` (value 2).
    BlockSignInAndDelete,
    /// `unknownFutureValue` (value 3).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::StrEnum for AccessPackageExternalUserLifecycleAction {
    const TYPE_NAME: &'static str = "microsoft.graph.accessPackageExternalUserLifecycleAction";
    const MEMBERS: &'static [&'static str] = &[
        "none",
        "blockSignIn",
        "blockSignInAndDelete",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "none" => Self::None,
                "blockSignIn" => Self::BlockSignIn,
                "blockSignInAndDelete" => Self::BlockSignInAndDelete,
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
            Self::BlockSignIn => "blockSignIn",
            Self::BlockSignInAndDelete => "blockSignInAndDelete",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_enum!(AccessPackageExternalUserLifecycleAction);
#[cfg(msgraph_v1_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AccessPackageExternalUserLifecycleAction);
#[cfg(msgraph_v1_identity_governance_or_search)]
/// CSDL: `microsoft.graph.accessPackageLocalizedText`, complex type.
///
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
#[derive(Clone)]
pub struct AccessPackageLocalizedText {
    /// CSDL: property `languageCode`: `Edm.String`, not nullable.
    pub language_code: rt::Field<::std::string::String>,
    /// CSDL: property `text`: `Edm.String`, nullable.
    pub text: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl ::std::default::Default for AccessPackageLocalizedText {
    #[inline]
    fn default() -> Self {
        Self {
            language_code: rt::Field::Absent,
            text: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::Object for AccessPackageLocalizedText {
    const TYPE_NAME: &'static str = "microsoft.graph.accessPackageLocalizedText";
    const KEYS: &'static [&'static str] = &["languageCode", "text"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"languageCode\":                 ",
        ",\"text\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.accessPackageLocalizedText\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "language_code", &self.language_code);
        v.field(1usize, "text", &self.text);
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::object::Members for AccessPackageLocalizedText {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.language_code.read_from(r),
            1usize => self.text.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.language_code);
        w.field(1usize, &self.text);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_object!(AccessPackageLocalizedText);
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_setters!(
    AccessPackageLocalizedText { with_language_code language_code :
    ::std::string::String; with_text text : ::std::string::String; }
);
#[cfg(msgraph_v1_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AccessPackageLocalizedText);
#[cfg(msgraph_v1_identity_governance_or_search)]
/// CSDL: `microsoft.graph.accessPackageMultipleChoiceQuestion`, entity type, derived from `microsoft.graph.accessPackageQuestion`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
#[derive(Clone)]
pub struct AccessPackageMultipleChoiceQuestion {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `isAnswerEditable`: `Edm.Boolean`, nullable.
    pub is_answer_editable: rt::Field<bool>,
    /// CSDL: property `isRequired`: `Edm.Boolean`, nullable.
    pub is_required: rt::Field<bool>,
    /// CSDL: property `localizations`: `Collection(microsoft.graph.accessPackageLocalizedText)`, nullable.
    pub localizations: rt::Field<::std::vec::Vec<crate::v1::AccessPackageLocalizedText>>,
    /// CSDL: property `sequence`: `Edm.Int32`, nullable.
    pub sequence: rt::Field<i32>,
    /// CSDL: property `text`: `Edm.String`, nullable.
    pub text: rt::Field<::std::string::String>,
    /// CSDL: property `choices`: `Collection(microsoft.graph.accessPackageAnswerChoice)`, nullable.
    pub choices: rt::Field<::std::vec::Vec<crate::v1::AccessPackageAnswerChoice>>,
    /// CSDL: property `isMultipleSelectionAllowed`: `Edm.Boolean`, nullable.
    pub is_multiple_selection_allowed: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl ::std::default::Default for AccessPackageMultipleChoiceQuestion {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            is_answer_editable: rt::Field::Absent,
            is_required: rt::Field::Absent,
            localizations: rt::Field::Absent,
            sequence: rt::Field::Absent,
            text: rt::Field::Absent,
            choices: rt::Field::Absent,
            is_multiple_selection_allowed: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::Object for AccessPackageMultipleChoiceQuestion {
    const TYPE_NAME: &'static str = "microsoft.graph.accessPackageMultipleChoiceQuestion";
    const KEYS: &'static [&'static str] = &[
        "id",
        "isAnswerEditable",
        "isRequired",
        "localizations",
        "sequence",
        "text",
        "choices",
        "isMultipleSelectionAllowed",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"isAnswerEditable\":             ",
        ",\"isRequired\":                   ",
        ",\"localizations\":                ",
        ",\"sequence\":                     ",
        ",\"text\":                         ",
        ",\"choices\":                      ",
        ",\"isMultipleSelectionAllowed\":   ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.accessPackageMultipleChoiceQuestion\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "is_answer_editable", &self.is_answer_editable);
        v.field(2usize, "is_required", &self.is_required);
        v.field(3usize, "localizations", &self.localizations);
        v.field(4usize, "sequence", &self.sequence);
        v.field(5usize, "text", &self.text);
        v.field(6usize, "choices", &self.choices);
        v.field(
            7usize,
            "is_multiple_selection_allowed",
            &self.is_multiple_selection_allowed,
        );
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::object::Members for AccessPackageMultipleChoiceQuestion {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.is_answer_editable.read_from(r),
            2usize => self.is_required.read_from(r),
            3usize => self.localizations.read_from(r),
            4usize => self.sequence.read_from(r),
            5usize => self.text.read_from(r),
            6usize => self.choices.read_from(r),
            7usize => self.is_multiple_selection_allowed.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.is_answer_editable);
        w.field(2usize, &self.is_required);
        w.field(3usize, &self.localizations);
        w.field(4usize, &self.sequence);
        w.field(5usize, &self.text);
        w.field(6usize, &self.choices);
        w.field(7usize, &self.is_multiple_selection_allowed);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_object!(AccessPackageMultipleChoiceQuestion);
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_setters!(
    AccessPackageMultipleChoiceQuestion { with_id id : ::std::string::String;
    with_is_answer_editable is_answer_editable : bool; with_is_required is_required :
    bool; with_localizations localizations : ::std::vec::Vec < crate
    ::v1::AccessPackageLocalizedText >; with_sequence sequence : i32; with_text text :
    ::std::string::String; with_choices choices : ::std::vec::Vec < crate
    ::v1::AccessPackageAnswerChoice >; with_is_multiple_selection_allowed
    is_multiple_selection_allowed : bool; }
);
#[cfg(msgraph_v1_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AccessPackageMultipleChoiceQuestion);
#[cfg(msgraph_v1_identity_governance_or_search)]
/// CSDL: `microsoft.graph.accessPackageNotificationSettings`, complex type.
///
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
#[derive(Clone)]
pub struct AccessPackageNotificationSettings {
    /// CSDL: property `isAssignmentNotificationDisabled`: `Edm.Boolean`, not nullable.
    pub is_assignment_notification_disabled: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl ::std::default::Default for AccessPackageNotificationSettings {
    #[inline]
    fn default() -> Self {
        Self {
            is_assignment_notification_disabled: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::Object for AccessPackageNotificationSettings {
    const TYPE_NAME: &'static str = "microsoft.graph.accessPackageNotificationSettings";
    const KEYS: &'static [&'static str] = &["isAssignmentNotificationDisabled"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"isAssignmentNotificationDisabled\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.accessPackageNotificationSettings\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(
            0usize,
            "is_assignment_notification_disabled",
            &self.is_assignment_notification_disabled,
        );
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::object::Members for AccessPackageNotificationSettings {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.is_assignment_notification_disabled.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.is_assignment_notification_disabled);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_object!(AccessPackageNotificationSettings);
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_setters!(
    AccessPackageNotificationSettings { with_is_assignment_notification_disabled
    is_assignment_notification_disabled : bool; }
);
#[cfg(msgraph_v1_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AccessPackageNotificationSettings);
#[cfg(msgraph_v1_identity_governance_or_search)]
/// CSDL: `microsoft.graph.accessPackageQuestion`, entity type, derived from `microsoft.graph.entity`, abstract, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
#[derive(Clone)]
pub struct AccessPackageQuestion {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `isAnswerEditable`: `Edm.Boolean`, nullable.
    pub is_answer_editable: rt::Field<bool>,
    /// CSDL: property `isRequired`: `Edm.Boolean`, nullable.
    pub is_required: rt::Field<bool>,
    /// CSDL: property `localizations`: `Collection(microsoft.graph.accessPackageLocalizedText)`, nullable.
    pub localizations: rt::Field<::std::vec::Vec<crate::v1::AccessPackageLocalizedText>>,
    /// CSDL: property `sequence`: `Edm.Int32`, nullable.
    pub sequence: rt::Field<i32>,
    /// CSDL: property `text`: `Edm.String`, nullable.
    pub text: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl ::std::default::Default for AccessPackageQuestion {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            is_answer_editable: rt::Field::Absent,
            is_required: rt::Field::Absent,
            localizations: rt::Field::Absent,
            sequence: rt::Field::Absent,
            text: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::Object for AccessPackageQuestion {
    const TYPE_NAME: &'static str = "microsoft.graph.accessPackageQuestion";
    const KEYS: &'static [&'static str] = &[
        "id",
        "isAnswerEditable",
        "isRequired",
        "localizations",
        "sequence",
        "text",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"isAnswerEditable\":             ",
        ",\"isRequired\":                   ",
        ",\"localizations\":                ",
        ",\"sequence\":                     ",
        ",\"text\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.accessPackageQuestion\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "is_answer_editable", &self.is_answer_editable);
        v.field(2usize, "is_required", &self.is_required);
        v.field(3usize, "localizations", &self.localizations);
        v.field(4usize, "sequence", &self.sequence);
        v.field(5usize, "text", &self.text);
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::object::Members for AccessPackageQuestion {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.is_answer_editable.read_from(r),
            2usize => self.is_required.read_from(r),
            3usize => self.localizations.read_from(r),
            4usize => self.sequence.read_from(r),
            5usize => self.text.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.is_answer_editable);
        w.field(2usize, &self.is_required);
        w.field(3usize, &self.localizations);
        w.field(4usize, &self.sequence);
        w.field(5usize, &self.text);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_object!(AccessPackageQuestion);
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_setters!(
    AccessPackageQuestion { with_id id : ::std::string::String; with_is_answer_editable
    is_answer_editable : bool; with_is_required is_required : bool; with_localizations
    localizations : ::std::vec::Vec < crate ::v1::AccessPackageLocalizedText >;
    with_sequence sequence : i32; with_text text : ::std::string::String; }
);
#[cfg(msgraph_v1_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AccessPackageQuestion);
#[cfg(msgraph_v1_identity_governance_or_search)]
/// `microsoft.graph.accessPackageQuestion` or any type derived from it, selected by `@odata.type` (3 types); each variant's type converts into it (`From`).
///
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyAccessPackageQuestion {
    AccessPackageQuestion(::std::boxed::Box<crate::v1::AccessPackageQuestion>),
    AccessPackageMultipleChoiceQuestion(
        ::std::boxed::Box<crate::v1::AccessPackageMultipleChoiceQuestion>,
    ),
    AccessPackageTextInputQuestion(
        ::std::boxed::Box<crate::v1::AccessPackageTextInputQuestion>,
    ),
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl ::std::default::Default for AnyAccessPackageQuestion {
    #[inline]
    fn default() -> Self {
        Self::AccessPackageQuestion(::std::default::Default::default())
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::AccessPackageQuestion>
for AnyAccessPackageQuestion {
    #[inline]
    fn from(v: crate::v1::AccessPackageQuestion) -> Self {
        Self::AccessPackageQuestion(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::AccessPackageMultipleChoiceQuestion>
for AnyAccessPackageQuestion {
    #[inline]
    fn from(v: crate::v1::AccessPackageMultipleChoiceQuestion) -> Self {
        Self::AccessPackageMultipleChoiceQuestion(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::AccessPackageTextInputQuestion>
for AnyAccessPackageQuestion {
    #[inline]
    fn from(v: crate::v1::AccessPackageTextInputQuestion) -> Self {
        Self::AccessPackageTextInputQuestion(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
unsafe impl ::std::marker::Send for AnyAccessPackageQuestion {}
#[cfg(msgraph_v1_identity_governance_or_search)]
unsafe impl ::std::marker::Sync for AnyAccessPackageQuestion {}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl ::std::marker::Unpin for AnyAccessPackageQuestion {}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl ::std::panic::UnwindSafe for AnyAccessPackageQuestion {}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl ::std::panic::RefUnwindSafe for AnyAccessPackageQuestion {}
#[cfg(msgraph_v1_identity_governance_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::v1::AccessPackageQuestion>();
    rt::object::auto_traits::<crate::v1::AccessPackageMultipleChoiceQuestion>();
    rt::object::auto_traits::<crate::v1::AccessPackageTextInputQuestion>();
};
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::Poly for AnyAccessPackageQuestion {
    const BASE_NAME: &'static str = "microsoft.graph.accessPackageQuestion";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some(
                "microsoft.graph.accessPackageMultipleChoiceQuestion",
            ) => Self::AccessPackageMultipleChoiceQuestion(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.accessPackageTextInputQuestion",
            ) => Self::AccessPackageTextInputQuestion(rt::object::new_boxed()),
            _ => Self::AccessPackageQuestion(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::AccessPackageQuestion(v) => &**v,
            Self::AccessPackageMultipleChoiceQuestion(v) => &**v,
            Self::AccessPackageTextInputQuestion(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::AccessPackageQuestion(v) => &mut **v,
            Self::AccessPackageMultipleChoiceQuestion(v) => &mut **v,
            Self::AccessPackageTextInputQuestion(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl AnyAccessPackageQuestion {
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
            Self::AccessPackageQuestion(v) => &v.id,
            Self::AccessPackageMultipleChoiceQuestion(v) => &v.id,
            Self::AccessPackageTextInputQuestion(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::AccessPackageQuestion(v) => &mut v.id,
            Self::AccessPackageMultipleChoiceQuestion(v) => &mut v.id,
            Self::AccessPackageTextInputQuestion(v) => &mut v.id,
        }
    }
    /// `isAnswerEditable` of any variant.
    #[inline]
    pub fn is_answer_editable(&self) -> &rt::Field<bool> {
        match self {
            Self::AccessPackageQuestion(v) => &v.is_answer_editable,
            Self::AccessPackageMultipleChoiceQuestion(v) => &v.is_answer_editable,
            Self::AccessPackageTextInputQuestion(v) => &v.is_answer_editable,
        }
    }
    /// `isAnswerEditable` of any variant.
    #[inline]
    pub fn is_answer_editable_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::AccessPackageQuestion(v) => &mut v.is_answer_editable,
            Self::AccessPackageMultipleChoiceQuestion(v) => &mut v.is_answer_editable,
            Self::AccessPackageTextInputQuestion(v) => &mut v.is_answer_editable,
        }
    }
    /// `isRequired` of any variant.
    #[inline]
    pub fn is_required(&self) -> &rt::Field<bool> {
        match self {
            Self::AccessPackageQuestion(v) => &v.is_required,
            Self::AccessPackageMultipleChoiceQuestion(v) => &v.is_required,
            Self::AccessPackageTextInputQuestion(v) => &v.is_required,
        }
    }
    /// `isRequired` of any variant.
    #[inline]
    pub fn is_required_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::AccessPackageQuestion(v) => &mut v.is_required,
            Self::AccessPackageMultipleChoiceQuestion(v) => &mut v.is_required,
            Self::AccessPackageTextInputQuestion(v) => &mut v.is_required,
        }
    }
    /// `localizations` of any variant.
    #[inline]
    pub fn localizations(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::v1::AccessPackageLocalizedText>> {
        match self {
            Self::AccessPackageQuestion(v) => &v.localizations,
            Self::AccessPackageMultipleChoiceQuestion(v) => &v.localizations,
            Self::AccessPackageTextInputQuestion(v) => &v.localizations,
        }
    }
    /// `localizations` of any variant.
    #[inline]
    pub fn localizations_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::v1::AccessPackageLocalizedText>> {
        match self {
            Self::AccessPackageQuestion(v) => &mut v.localizations,
            Self::AccessPackageMultipleChoiceQuestion(v) => &mut v.localizations,
            Self::AccessPackageTextInputQuestion(v) => &mut v.localizations,
        }
    }
    /// `sequence` of any variant.
    #[inline]
    pub fn sequence(&self) -> &rt::Field<i32> {
        match self {
            Self::AccessPackageQuestion(v) => &v.sequence,
            Self::AccessPackageMultipleChoiceQuestion(v) => &v.sequence,
            Self::AccessPackageTextInputQuestion(v) => &v.sequence,
        }
    }
    /// `sequence` of any variant.
    #[inline]
    pub fn sequence_mut(&mut self) -> &mut rt::Field<i32> {
        match self {
            Self::AccessPackageQuestion(v) => &mut v.sequence,
            Self::AccessPackageMultipleChoiceQuestion(v) => &mut v.sequence,
            Self::AccessPackageTextInputQuestion(v) => &mut v.sequence,
        }
    }
    /// `text` of any variant.
    #[inline]
    pub fn text(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::AccessPackageQuestion(v) => &v.text,
            Self::AccessPackageMultipleChoiceQuestion(v) => &v.text,
            Self::AccessPackageTextInputQuestion(v) => &v.text,
        }
    }
    /// `text` of any variant.
    #[inline]
    pub fn text_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::AccessPackageQuestion(v) => &mut v.text,
            Self::AccessPackageMultipleChoiceQuestion(v) => &mut v.text,
            Self::AccessPackageTextInputQuestion(v) => &mut v.text,
        }
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_poly!(AnyAccessPackageQuestion);
#[cfg(msgraph_v1_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyAccessPackageQuestion);
#[cfg(msgraph_v1_identity_governance_or_search)]
/// CSDL: `microsoft.graph.accessPackageRequestState`, enum type.
///
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum AccessPackageRequestState {
    /// `submitted` (value 0).
    Submitted,
    /// `pendingApproval` (value 1).
    PendingApproval,
    /// `delivering` (value 2).
    Delivering,
    /// `delivered` (value 3).
    Delivered,
    /// `deliveryFailed` (value 4).
    DeliveryFailed,
    /// `denied` (value 5).
    Denied,
    /// `scheduled` (value 6).
    Scheduled,
    /// `canceled` (value 7).
    Canceled,
    /// `partiallyDelivered` (value 8).
    PartiallyDelivered,
    /// `unknownFutureValue` (value 9).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::StrEnum for AccessPackageRequestState {
    const TYPE_NAME: &'static str = "microsoft.graph.accessPackageRequestState";
    const MEMBERS: &'static [&'static str] = &[
        "submitted",
        "pendingApproval",
        "delivering",
        "delivered",
        "deliveryFailed",
        "denied",
        "scheduled",
        "canceled",
        "partiallyDelivered",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "submitted" => Self::Submitted,
                "pendingApproval" => Self::PendingApproval,
                "delivering" => Self::Delivering,
                "delivered" => Self::Delivered,
                "deliveryFailed" => Self::DeliveryFailed,
                "denied" => Self::Denied,
                "scheduled" => Self::Scheduled,
                "canceled" => Self::Canceled,
                "partiallyDelivered" => Self::PartiallyDelivered,
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
            Self::Submitted => "submitted",
            Self::PendingApproval => "pendingApproval",
            Self::Delivering => "delivering",
            Self::Delivered => "delivered",
            Self::DeliveryFailed => "deliveryFailed",
            Self::Denied => "denied",
            Self::Scheduled => "scheduled",
            Self::Canceled => "canceled",
            Self::PartiallyDelivered => "partiallyDelivered",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_enum!(AccessPackageRequestState);
#[cfg(msgraph_v1_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AccessPackageRequestState);
#[cfg(msgraph_v1_identity_governance_or_search)]
/// CSDL: `microsoft.graph.accessPackageRequestType`, enum type.
///
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum AccessPackageRequestType {
    /// `notSpecified` (value 0).
    NotSpecified,
    /// `userAdd` (value 1).
    UserAdd,
    /// `userUpdate` (value 2).
    UserUpdate,
    /// `userRemove` (value 3).
    UserRemove,
    /// `adminAdd` (value 4).
    AdminAdd,
    /// `adminUpdate` (value 5).
    AdminUpdate,
    /// `adminRemove` (value 6).
    AdminRemove,
    /// `systemAdd` (value 7).
    SystemAdd,
    /// `systemUpdate` (value 8).
    SystemUpdate,
    /// `systemRemove` (value 9).
    SystemRemove,
    /// `onBehalfAdd` (value 10).
    OnBehalfAdd,
    /// `unknownFutureValue` (value 11).
    UnknownFutureValue,
    /// `approverRemove` (value 12).
    ApproverRemove,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::StrEnum for AccessPackageRequestType {
    const TYPE_NAME: &'static str = "microsoft.graph.accessPackageRequestType";
    const MEMBERS: &'static [&'static str] = &[
        "notSpecified",
        "userAdd",
        "userUpdate",
        "userRemove",
        "adminAdd",
        "adminUpdate",
        "adminRemove",
        "systemAdd",
        "systemUpdate",
        "systemRemove",
        "onBehalfAdd",
        "unknownFutureValue",
        "approverRemove",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "notSpecified" => Self::NotSpecified,
                "userAdd" => Self::UserAdd,
                "userUpdate" => Self::UserUpdate,
                "userRemove" => Self::UserRemove,
                "adminAdd" => Self::AdminAdd,
                "adminUpdate" => Self::AdminUpdate,
                "adminRemove" => Self::AdminRemove,
                "systemAdd" => Self::SystemAdd,
                "systemUpdate" => Self::SystemUpdate,
                "systemRemove" => Self::SystemRemove,
                "onBehalfAdd" => Self::OnBehalfAdd,
                "unknownFutureValue" => Self::UnknownFutureValue,
                "approverRemove" => Self::ApproverRemove,
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
            Self::NotSpecified => "notSpecified",
            Self::UserAdd => "userAdd",
            Self::UserUpdate => "userUpdate",
            Self::UserRemove => "userRemove",
            Self::AdminAdd => "adminAdd",
            Self::AdminUpdate => "adminUpdate",
            Self::AdminRemove => "adminRemove",
            Self::SystemAdd => "systemAdd",
            Self::SystemUpdate => "systemUpdate",
            Self::SystemRemove => "systemRemove",
            Self::OnBehalfAdd => "onBehalfAdd",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::ApproverRemove => "approverRemove",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_enum!(AccessPackageRequestType);
#[cfg(msgraph_v1_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AccessPackageRequestType);
#[cfg(msgraph_v1_identity_governance_or_search)]
/// CSDL: `microsoft.graph.accessPackageResource`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`AccessPackageResourcePath`](requests/trait.AccessPackageResourcePath.html), what a path to one (`EntityPath<AnyAccessPackageResource, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
#[derive(Clone)]
pub struct AccessPackageResource {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `attributes`: `Collection(microsoft.graph.accessPackageResourceAttribute)`, nullable.
    pub attributes: rt::Field<
        ::std::vec::Vec<crate::v1::AccessPackageResourceAttribute>,
    >,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `modifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `originId`: `Edm.String`, nullable.
    pub origin_id: rt::Field<::std::string::String>,
    /// CSDL: property `originSystem`: `Edm.String`, nullable.
    pub origin_system: rt::Field<::std::string::String>,
    /// CSDL: navigation property `environment`: `microsoft.graph.accessPackageResourceEnvironment`, nullable.
    pub environment: rt::Field<crate::v1::AccessPackageResourceEnvironment>,
    /// CSDL: containment navigation property `roles`: `Collection(microsoft.graph.accessPackageResourceRole)`, not nullable.
    pub roles: rt::Field<::std::vec::Vec<crate::v1::AccessPackageResourceRole>>,
    /// CSDL: containment navigation property `scopes`: `Collection(microsoft.graph.accessPackageResourceScope)`, not nullable.
    pub scopes: rt::Field<::std::vec::Vec<crate::v1::AccessPackageResourceScope>>,
    /// CSDL: containment navigation property `uploadSessions`: `Collection(microsoft.graph.customDataProvidedResourceUploadSession)`, not nullable.
    pub upload_sessions: rt::Field<
        ::std::vec::Vec<crate::v1::AnyCustomDataProvidedResourceUploadSession>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl ::std::default::Default for AccessPackageResource {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            attributes: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            modified_date_time: rt::Field::Absent,
            origin_id: rt::Field::Absent,
            origin_system: rt::Field::Absent,
            environment: rt::Field::Absent,
            roles: rt::Field::Absent,
            scopes: rt::Field::Absent,
            upload_sessions: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::Object for AccessPackageResource {
    const TYPE_NAME: &'static str = "microsoft.graph.accessPackageResource";
    const KEYS: &'static [&'static str] = &[
        "id",
        "attributes",
        "createdDateTime",
        "description",
        "displayName",
        "modifiedDateTime",
        "originId",
        "originSystem",
        "environment",
        "roles",
        "scopes",
        "uploadSessions",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"attributes\":                   ",
        ",\"createdDateTime\":              ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"modifiedDateTime\":             ",
        ",\"originId\":                     ",
        ",\"originSystem\":                 ",
        ",\"environment\":                  ",
        ",\"roles\":                        ",
        ",\"scopes\":                       ",
        ",\"uploadSessions\":               ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.accessPackageResource\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "attributes", &self.attributes);
        v.field(2usize, "created_date_time", &self.created_date_time);
        v.field(3usize, "description", &self.description);
        v.field(4usize, "display_name", &self.display_name);
        v.field(5usize, "modified_date_time", &self.modified_date_time);
        v.field(6usize, "origin_id", &self.origin_id);
        v.field(7usize, "origin_system", &self.origin_system);
        v.field(8usize, "environment", &self.environment);
        v.field(9usize, "roles", &self.roles);
        v.field(10usize, "scopes", &self.scopes);
        v.field(11usize, "upload_sessions", &self.upload_sessions);
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::object::Members for AccessPackageResource {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.attributes.read_from(r),
            2usize => self.created_date_time.read_from(r),
            3usize => self.description.read_from(r),
            4usize => self.display_name.read_from(r),
            5usize => self.modified_date_time.read_from(r),
            6usize => self.origin_id.read_from(r),
            7usize => self.origin_system.read_from(r),
            8usize => self.environment.read_from(r),
            9usize => self.roles.read_from(r),
            10usize => self.scopes.read_from(r),
            11usize => self.upload_sessions.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.attributes);
        w.field(2usize, &self.created_date_time);
        w.field(3usize, &self.description);
        w.field(4usize, &self.display_name);
        w.field(5usize, &self.modified_date_time);
        w.field(6usize, &self.origin_id);
        w.field(7usize, &self.origin_system);
        w.field(8usize, &self.environment);
        w.field(9usize, &self.roles);
        w.field(10usize, &self.scopes);
        w.field(11usize, &self.upload_sessions);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_object!(AccessPackageResource);
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_setters!(
    AccessPackageResource { with_id id : ::std::string::String; with_attributes
    attributes : ::std::vec::Vec < crate ::v1::AccessPackageResourceAttribute >;
    with_created_date_time created_date_time : rt::edm::DateTimeOffset; with_description
    description : ::std::string::String; with_display_name display_name :
    ::std::string::String; with_modified_date_time modified_date_time :
    rt::edm::DateTimeOffset; with_origin_id origin_id : ::std::string::String;
    with_origin_system origin_system : ::std::string::String; with_environment
    environment : crate ::v1::AccessPackageResourceEnvironment; with_roles roles :
    ::std::vec::Vec < crate ::v1::AccessPackageResourceRole >; with_scopes scopes :
    ::std::vec::Vec < crate ::v1::AccessPackageResourceScope >; with_upload_sessions
    upload_sessions : ::std::vec::Vec < crate
    ::v1::AnyCustomDataProvidedResourceUploadSession >; }
);
#[cfg(msgraph_v1_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AccessPackageResource);
#[cfg(msgraph_v1_identity_governance_or_search)]
/// `microsoft.graph.accessPackageResource` or any type derived from it, selected by `@odata.type` (2 types); each variant's type converts into it (`From`).
///
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyAccessPackageResource {
    AccessPackageResource(::std::boxed::Box<crate::v1::AccessPackageResource>),
    CustomDataProvidedResource(::std::boxed::Box<crate::v1::CustomDataProvidedResource>),
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl ::std::default::Default for AnyAccessPackageResource {
    #[inline]
    fn default() -> Self {
        Self::AccessPackageResource(::std::default::Default::default())
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::AccessPackageResource>
for AnyAccessPackageResource {
    #[inline]
    fn from(v: crate::v1::AccessPackageResource) -> Self {
        Self::AccessPackageResource(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::CustomDataProvidedResource>
for AnyAccessPackageResource {
    #[inline]
    fn from(v: crate::v1::CustomDataProvidedResource) -> Self {
        Self::CustomDataProvidedResource(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
unsafe impl ::std::marker::Send for AnyAccessPackageResource {}
#[cfg(msgraph_v1_identity_governance_or_search)]
unsafe impl ::std::marker::Sync for AnyAccessPackageResource {}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl ::std::marker::Unpin for AnyAccessPackageResource {}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl ::std::panic::UnwindSafe for AnyAccessPackageResource {}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl ::std::panic::RefUnwindSafe for AnyAccessPackageResource {}
#[cfg(msgraph_v1_identity_governance_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::v1::AccessPackageResource>();
    rt::object::auto_traits::<crate::v1::CustomDataProvidedResource>();
};
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::Poly for AnyAccessPackageResource {
    const BASE_NAME: &'static str = "microsoft.graph.accessPackageResource";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some("microsoft.graph.customDataProvidedResource") => {
                Self::CustomDataProvidedResource(rt::object::new_boxed())
            }
            _ => Self::AccessPackageResource(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::AccessPackageResource(v) => &**v,
            Self::CustomDataProvidedResource(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::AccessPackageResource(v) => &mut **v,
            Self::CustomDataProvidedResource(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl AnyAccessPackageResource {
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
            Self::AccessPackageResource(v) => &v.id,
            Self::CustomDataProvidedResource(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::AccessPackageResource(v) => &mut v.id,
            Self::CustomDataProvidedResource(v) => &mut v.id,
        }
    }
    /// `attributes` of any variant.
    #[inline]
    pub fn attributes(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::v1::AccessPackageResourceAttribute>> {
        match self {
            Self::AccessPackageResource(v) => &v.attributes,
            Self::CustomDataProvidedResource(v) => &v.attributes,
        }
    }
    /// `attributes` of any variant.
    #[inline]
    pub fn attributes_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::v1::AccessPackageResourceAttribute>> {
        match self {
            Self::AccessPackageResource(v) => &mut v.attributes,
            Self::CustomDataProvidedResource(v) => &mut v.attributes,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::AccessPackageResource(v) => &v.created_date_time,
            Self::CustomDataProvidedResource(v) => &v.created_date_time,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time_mut(&mut self) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::AccessPackageResource(v) => &mut v.created_date_time,
            Self::CustomDataProvidedResource(v) => &mut v.created_date_time,
        }
    }
    /// `description` of any variant.
    #[inline]
    pub fn description(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::AccessPackageResource(v) => &v.description,
            Self::CustomDataProvidedResource(v) => &v.description,
        }
    }
    /// `description` of any variant.
    #[inline]
    pub fn description_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::AccessPackageResource(v) => &mut v.description,
            Self::CustomDataProvidedResource(v) => &mut v.description,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::AccessPackageResource(v) => &v.display_name,
            Self::CustomDataProvidedResource(v) => &v.display_name,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::AccessPackageResource(v) => &mut v.display_name,
            Self::CustomDataProvidedResource(v) => &mut v.display_name,
        }
    }
    /// `modifiedDateTime` of any variant.
    #[inline]
    pub fn modified_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::AccessPackageResource(v) => &v.modified_date_time,
            Self::CustomDataProvidedResource(v) => &v.modified_date_time,
        }
    }
    /// `modifiedDateTime` of any variant.
    #[inline]
    pub fn modified_date_time_mut(&mut self) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::AccessPackageResource(v) => &mut v.modified_date_time,
            Self::CustomDataProvidedResource(v) => &mut v.modified_date_time,
        }
    }
    /// `originId` of any variant.
    #[inline]
    pub fn origin_id(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::AccessPackageResource(v) => &v.origin_id,
            Self::CustomDataProvidedResource(v) => &v.origin_id,
        }
    }
    /// `originId` of any variant.
    #[inline]
    pub fn origin_id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::AccessPackageResource(v) => &mut v.origin_id,
            Self::CustomDataProvidedResource(v) => &mut v.origin_id,
        }
    }
    /// `originSystem` of any variant.
    #[inline]
    pub fn origin_system(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::AccessPackageResource(v) => &v.origin_system,
            Self::CustomDataProvidedResource(v) => &v.origin_system,
        }
    }
    /// `originSystem` of any variant.
    #[inline]
    pub fn origin_system_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::AccessPackageResource(v) => &mut v.origin_system,
            Self::CustomDataProvidedResource(v) => &mut v.origin_system,
        }
    }
    /// `environment` of any variant.
    #[inline]
    pub fn environment(
        &self,
    ) -> &rt::Field<crate::v1::AccessPackageResourceEnvironment> {
        match self {
            Self::AccessPackageResource(v) => &v.environment,
            Self::CustomDataProvidedResource(v) => &v.environment,
        }
    }
    /// `environment` of any variant.
    #[inline]
    pub fn environment_mut(
        &mut self,
    ) -> &mut rt::Field<crate::v1::AccessPackageResourceEnvironment> {
        match self {
            Self::AccessPackageResource(v) => &mut v.environment,
            Self::CustomDataProvidedResource(v) => &mut v.environment,
        }
    }
    /// `roles` of any variant.
    #[inline]
    pub fn roles(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::v1::AccessPackageResourceRole>> {
        match self {
            Self::AccessPackageResource(v) => &v.roles,
            Self::CustomDataProvidedResource(v) => &v.roles,
        }
    }
    /// `roles` of any variant.
    #[inline]
    pub fn roles_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::v1::AccessPackageResourceRole>> {
        match self {
            Self::AccessPackageResource(v) => &mut v.roles,
            Self::CustomDataProvidedResource(v) => &mut v.roles,
        }
    }
    /// `scopes` of any variant.
    #[inline]
    pub fn scopes(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::v1::AccessPackageResourceScope>> {
        match self {
            Self::AccessPackageResource(v) => &v.scopes,
            Self::CustomDataProvidedResource(v) => &v.scopes,
        }
    }
    /// `scopes` of any variant.
    #[inline]
    pub fn scopes_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::v1::AccessPackageResourceScope>> {
        match self {
            Self::AccessPackageResource(v) => &mut v.scopes,
            Self::CustomDataProvidedResource(v) => &mut v.scopes,
        }
    }
    /// `uploadSessions` of any variant.
    #[inline]
    pub fn upload_sessions(
        &self,
    ) -> &rt::Field<
        ::std::vec::Vec<crate::v1::AnyCustomDataProvidedResourceUploadSession>,
    > {
        match self {
            Self::AccessPackageResource(v) => &v.upload_sessions,
            Self::CustomDataProvidedResource(v) => &v.upload_sessions,
        }
    }
    /// `uploadSessions` of any variant.
    #[inline]
    pub fn upload_sessions_mut(
        &mut self,
    ) -> &mut rt::Field<
        ::std::vec::Vec<crate::v1::AnyCustomDataProvidedResourceUploadSession>,
    > {
        match self {
            Self::AccessPackageResource(v) => &mut v.upload_sessions,
            Self::CustomDataProvidedResource(v) => &mut v.upload_sessions,
        }
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_poly!(AnyAccessPackageResource);
#[cfg(msgraph_v1_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyAccessPackageResource);
#[cfg(msgraph_v1_identity_governance_or_search)]
/// CSDL: `microsoft.graph.accessPackageResourceAttribute`, complex type.
///
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
#[derive(Clone)]
pub struct AccessPackageResourceAttribute {
    /// CSDL: property `destination`: `microsoft.graph.accessPackageResourceAttributeDestination`, nullable.
    pub destination: rt::Field<crate::v1::AnyAccessPackageResourceAttributeDestination>,
    /// CSDL: property `isEditable`: `Edm.Boolean`, nullable.
    pub is_editable: rt::Field<bool>,
    /// CSDL: property `isPersistedOnAssignmentRemoval`: `Edm.Boolean`, nullable.
    pub is_persisted_on_assignment_removal: rt::Field<bool>,
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// CSDL: property `source`: `microsoft.graph.accessPackageResourceAttributeSource`, nullable.
    pub source: rt::Field<crate::v1::AnyAccessPackageResourceAttributeSource>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl ::std::default::Default for AccessPackageResourceAttribute {
    #[inline]
    fn default() -> Self {
        Self {
            destination: rt::Field::Absent,
            is_editable: rt::Field::Absent,
            is_persisted_on_assignment_removal: rt::Field::Absent,
            name: rt::Field::Absent,
            source: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::Object for AccessPackageResourceAttribute {
    const TYPE_NAME: &'static str = "microsoft.graph.accessPackageResourceAttribute";
    const KEYS: &'static [&'static str] = &[
        "destination",
        "isEditable",
        "isPersistedOnAssignmentRemoval",
        "name",
        "source",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"destination\":                  ",
        ",\"isEditable\":                   ",
        ",\"isPersistedOnAssignmentRemoval\":",
        ",\"name\":                         ",
        ",\"source\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.accessPackageResourceAttribute\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "destination", &self.destination);
        v.field(1usize, "is_editable", &self.is_editable);
        v.field(
            2usize,
            "is_persisted_on_assignment_removal",
            &self.is_persisted_on_assignment_removal,
        );
        v.field(3usize, "name", &self.name);
        v.field(4usize, "source", &self.source);
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::object::Members for AccessPackageResourceAttribute {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.destination.read_from(r),
            1usize => self.is_editable.read_from(r),
            2usize => self.is_persisted_on_assignment_removal.read_from(r),
            3usize => self.name.read_from(r),
            4usize => self.source.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.destination);
        w.field(1usize, &self.is_editable);
        w.field(2usize, &self.is_persisted_on_assignment_removal);
        w.field(3usize, &self.name);
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
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_object!(AccessPackageResourceAttribute);
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_setters!(
    AccessPackageResourceAttribute { with_destination destination : crate
    ::v1::AnyAccessPackageResourceAttributeDestination; with_is_editable is_editable :
    bool; with_is_persisted_on_assignment_removal is_persisted_on_assignment_removal :
    bool; with_name name : ::std::string::String; with_source source : crate
    ::v1::AnyAccessPackageResourceAttributeSource; }
);
#[cfg(msgraph_v1_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AccessPackageResourceAttribute);
#[cfg(msgraph_v1_identity_governance_or_search)]
/// CSDL: `microsoft.graph.accessPackageResourceAttributeDestination`, complex type, abstract.
///
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
#[derive(Clone)]
pub struct AccessPackageResourceAttributeDestination {
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl ::std::default::Default for AccessPackageResourceAttributeDestination {
    #[inline]
    fn default() -> Self {
        Self {
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::Object for AccessPackageResourceAttributeDestination {
    const TYPE_NAME: &'static str = "microsoft.graph.accessPackageResourceAttributeDestination";
    const KEYS: &'static [&'static str] = &[];
    const KEYS_JSON: &'static [&'static str] = &[];
    const TAG: &'static str = "\"#microsoft.graph.accessPackageResourceAttributeDestination\"";
    #[inline]
    #[allow(unused_variables)]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {}
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::object::Members for AccessPackageResourceAttributeDestination {
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
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_object!(AccessPackageResourceAttributeDestination);
#[cfg(msgraph_v1_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AccessPackageResourceAttributeDestination);
#[cfg(msgraph_v1_identity_governance_or_search)]
/// `microsoft.graph.accessPackageResourceAttributeDestination` or any type derived from it, selected by `@odata.type` (2 types); each variant's type converts into it (`From`).
///
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyAccessPackageResourceAttributeDestination {
    AccessPackageResourceAttributeDestination(
        ::std::boxed::Box<crate::v1::AccessPackageResourceAttributeDestination>,
    ),
    AccessPackageUserDirectoryAttributeStore(
        ::std::boxed::Box<crate::v1::AccessPackageUserDirectoryAttributeStore>,
    ),
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl ::std::default::Default for AnyAccessPackageResourceAttributeDestination {
    #[inline]
    fn default() -> Self {
        Self::AccessPackageResourceAttributeDestination(
            ::std::default::Default::default(),
        )
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::AccessPackageResourceAttributeDestination>
for AnyAccessPackageResourceAttributeDestination {
    #[inline]
    fn from(v: crate::v1::AccessPackageResourceAttributeDestination) -> Self {
        Self::AccessPackageResourceAttributeDestination(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::AccessPackageUserDirectoryAttributeStore>
for AnyAccessPackageResourceAttributeDestination {
    #[inline]
    fn from(v: crate::v1::AccessPackageUserDirectoryAttributeStore) -> Self {
        Self::AccessPackageUserDirectoryAttributeStore(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
unsafe impl ::std::marker::Send for AnyAccessPackageResourceAttributeDestination {}
#[cfg(msgraph_v1_identity_governance_or_search)]
unsafe impl ::std::marker::Sync for AnyAccessPackageResourceAttributeDestination {}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl ::std::marker::Unpin for AnyAccessPackageResourceAttributeDestination {}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl ::std::panic::UnwindSafe for AnyAccessPackageResourceAttributeDestination {}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl ::std::panic::RefUnwindSafe for AnyAccessPackageResourceAttributeDestination {}
#[cfg(msgraph_v1_identity_governance_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::v1::AccessPackageResourceAttributeDestination>();
    rt::object::auto_traits::<crate::v1::AccessPackageUserDirectoryAttributeStore>();
};
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::Poly for AnyAccessPackageResourceAttributeDestination {
    const BASE_NAME: &'static str = "microsoft.graph.accessPackageResourceAttributeDestination";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some(
                "microsoft.graph.accessPackageUserDirectoryAttributeStore",
            ) => Self::AccessPackageUserDirectoryAttributeStore(rt::object::new_boxed()),
            _ => Self::AccessPackageResourceAttributeDestination(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::AccessPackageResourceAttributeDestination(v) => &**v,
            Self::AccessPackageUserDirectoryAttributeStore(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::AccessPackageResourceAttributeDestination(v) => &mut **v,
            Self::AccessPackageUserDirectoryAttributeStore(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl AnyAccessPackageResourceAttributeDestination {
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
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_poly!(AnyAccessPackageResourceAttributeDestination);
#[cfg(msgraph_v1_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyAccessPackageResourceAttributeDestination);
#[cfg(msgraph_v1_identity_governance_or_search)]
/// CSDL: `microsoft.graph.accessPackageResourceAttributeQuestion`, complex type, derived from `microsoft.graph.accessPackageResourceAttributeSource`.
///
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
#[derive(Clone)]
pub struct AccessPackageResourceAttributeQuestion {
    /// CSDL: navigation property `question`: `microsoft.graph.accessPackageQuestion`, nullable.
    pub question: rt::Field<crate::v1::AnyAccessPackageQuestion>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl ::std::default::Default for AccessPackageResourceAttributeQuestion {
    #[inline]
    fn default() -> Self {
        Self {
            question: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::Object for AccessPackageResourceAttributeQuestion {
    const TYPE_NAME: &'static str = "microsoft.graph.accessPackageResourceAttributeQuestion";
    const KEYS: &'static [&'static str] = &["question"];
    const KEYS_JSON: &'static [&'static str] = &[",\"question\":                     "];
    const TAG: &'static str = "\"#microsoft.graph.accessPackageResourceAttributeQuestion\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "question", &self.question);
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::object::Members for AccessPackageResourceAttributeQuestion {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.question.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.question);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_object!(AccessPackageResourceAttributeQuestion);
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_setters!(
    AccessPackageResourceAttributeQuestion { with_question question : crate
    ::v1::AnyAccessPackageQuestion; }
);
#[cfg(msgraph_v1_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AccessPackageResourceAttributeQuestion);
#[cfg(msgraph_v1_identity_governance_or_search)]
/// CSDL: `microsoft.graph.accessPackageResourceAttributeSource`, complex type, abstract.
///
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
#[derive(Clone)]
pub struct AccessPackageResourceAttributeSource {
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl ::std::default::Default for AccessPackageResourceAttributeSource {
    #[inline]
    fn default() -> Self {
        Self {
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::Object for AccessPackageResourceAttributeSource {
    const TYPE_NAME: &'static str = "microsoft.graph.accessPackageResourceAttributeSource";
    const KEYS: &'static [&'static str] = &[];
    const KEYS_JSON: &'static [&'static str] = &[];
    const TAG: &'static str = "\"#microsoft.graph.accessPackageResourceAttributeSource\"";
    #[inline]
    #[allow(unused_variables)]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {}
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::object::Members for AccessPackageResourceAttributeSource {
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
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_object!(AccessPackageResourceAttributeSource);
#[cfg(msgraph_v1_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AccessPackageResourceAttributeSource);
#[cfg(msgraph_v1_identity_governance_or_search)]
/// `microsoft.graph.accessPackageResourceAttributeSource` or any type derived from it, selected by `@odata.type` (2 types); each variant's type converts into it (`From`).
///
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyAccessPackageResourceAttributeSource {
    AccessPackageResourceAttributeSource(
        ::std::boxed::Box<crate::v1::AccessPackageResourceAttributeSource>,
    ),
    AccessPackageResourceAttributeQuestion(
        ::std::boxed::Box<crate::v1::AccessPackageResourceAttributeQuestion>,
    ),
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl ::std::default::Default for AnyAccessPackageResourceAttributeSource {
    #[inline]
    fn default() -> Self {
        Self::AccessPackageResourceAttributeSource(::std::default::Default::default())
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::AccessPackageResourceAttributeSource>
for AnyAccessPackageResourceAttributeSource {
    #[inline]
    fn from(v: crate::v1::AccessPackageResourceAttributeSource) -> Self {
        Self::AccessPackageResourceAttributeSource(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::AccessPackageResourceAttributeQuestion>
for AnyAccessPackageResourceAttributeSource {
    #[inline]
    fn from(v: crate::v1::AccessPackageResourceAttributeQuestion) -> Self {
        Self::AccessPackageResourceAttributeQuestion(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
unsafe impl ::std::marker::Send for AnyAccessPackageResourceAttributeSource {}
#[cfg(msgraph_v1_identity_governance_or_search)]
unsafe impl ::std::marker::Sync for AnyAccessPackageResourceAttributeSource {}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl ::std::marker::Unpin for AnyAccessPackageResourceAttributeSource {}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl ::std::panic::UnwindSafe for AnyAccessPackageResourceAttributeSource {}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl ::std::panic::RefUnwindSafe for AnyAccessPackageResourceAttributeSource {}
#[cfg(msgraph_v1_identity_governance_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::v1::AccessPackageResourceAttributeSource>();
    rt::object::auto_traits::<crate::v1::AccessPackageResourceAttributeQuestion>();
};
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::Poly for AnyAccessPackageResourceAttributeSource {
    const BASE_NAME: &'static str = "microsoft.graph.accessPackageResourceAttributeSource";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some(
                "microsoft.graph.accessPackageResourceAttributeQuestion",
            ) => Self::AccessPackageResourceAttributeQuestion(rt::object::new_boxed()),
            _ => Self::AccessPackageResourceAttributeSource(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::AccessPackageResourceAttributeSource(v) => &**v,
            Self::AccessPackageResourceAttributeQuestion(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::AccessPackageResourceAttributeSource(v) => &mut **v,
            Self::AccessPackageResourceAttributeQuestion(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl AnyAccessPackageResourceAttributeSource {
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
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_poly!(AnyAccessPackageResourceAttributeSource);
#[cfg(msgraph_v1_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyAccessPackageResourceAttributeSource);
#[cfg(msgraph_v1_identity_governance_or_search)]
/// CSDL: `microsoft.graph.accessPackageResourceEnvironment`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`AccessPackageResourceEnvironmentPath`](requests/trait.AccessPackageResourceEnvironmentPath.html), what a path to one (`EntityPath<AccessPackageResourceEnvironment, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
#[derive(Clone)]
pub struct AccessPackageResourceEnvironment {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `connectionInfo`: `microsoft.graph.connectionInfo`, nullable.
    pub connection_info: rt::Field<crate::v1::ConnectionInfo>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `isDefaultEnvironment`: `Edm.Boolean`, nullable.
    pub is_default_environment: rt::Field<bool>,
    /// CSDL: property `modifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `originId`: `Edm.String`, nullable.
    pub origin_id: rt::Field<::std::string::String>,
    /// CSDL: property `originSystem`: `Edm.String`, nullable.
    pub origin_system: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `resources`: `Collection(microsoft.graph.accessPackageResource)`, not nullable.
    pub resources: rt::Field<::std::vec::Vec<crate::v1::AnyAccessPackageResource>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl ::std::default::Default for AccessPackageResourceEnvironment {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            connection_info: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            is_default_environment: rt::Field::Absent,
            modified_date_time: rt::Field::Absent,
            origin_id: rt::Field::Absent,
            origin_system: rt::Field::Absent,
            resources: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::Object for AccessPackageResourceEnvironment {
    const TYPE_NAME: &'static str = "microsoft.graph.accessPackageResourceEnvironment";
    const KEYS: &'static [&'static str] = &[
        "id",
        "connectionInfo",
        "createdDateTime",
        "description",
        "displayName",
        "isDefaultEnvironment",
        "modifiedDateTime",
        "originId",
        "originSystem",
        "resources",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"connectionInfo\":               ",
        ",\"createdDateTime\":              ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"isDefaultEnvironment\":         ",
        ",\"modifiedDateTime\":             ",
        ",\"originId\":                     ",
        ",\"originSystem\":                 ",
        ",\"resources\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.accessPackageResourceEnvironment\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "connection_info", &self.connection_info);
        v.field(2usize, "created_date_time", &self.created_date_time);
        v.field(3usize, "description", &self.description);
        v.field(4usize, "display_name", &self.display_name);
        v.field(5usize, "is_default_environment", &self.is_default_environment);
        v.field(6usize, "modified_date_time", &self.modified_date_time);
        v.field(7usize, "origin_id", &self.origin_id);
        v.field(8usize, "origin_system", &self.origin_system);
        v.field(9usize, "resources", &self.resources);
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::object::Members for AccessPackageResourceEnvironment {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.connection_info.read_from(r),
            2usize => self.created_date_time.read_from(r),
            3usize => self.description.read_from(r),
            4usize => self.display_name.read_from(r),
            5usize => self.is_default_environment.read_from(r),
            6usize => self.modified_date_time.read_from(r),
            7usize => self.origin_id.read_from(r),
            8usize => self.origin_system.read_from(r),
            9usize => self.resources.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.connection_info);
        w.field(2usize, &self.created_date_time);
        w.field(3usize, &self.description);
        w.field(4usize, &self.display_name);
        w.field(5usize, &self.is_default_environment);
        w.field(6usize, &self.modified_date_time);
        w.field(7usize, &self.origin_id);
        w.field(8usize, &self.origin_system);
        w.field(9usize, &self.resources);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_object!(AccessPackageResourceEnvironment);
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_setters!(
    AccessPackageResourceEnvironment { with_id id : ::std::string::String;
    with_connection_info connection_info : crate ::v1::ConnectionInfo;
    with_created_date_time created_date_time : rt::edm::DateTimeOffset; with_description
    description : ::std::string::String; with_display_name display_name :
    ::std::string::String; with_is_default_environment is_default_environment : bool;
    with_modified_date_time modified_date_time : rt::edm::DateTimeOffset; with_origin_id
    origin_id : ::std::string::String; with_origin_system origin_system :
    ::std::string::String; with_resources resources : ::std::vec::Vec < crate
    ::v1::AnyAccessPackageResource >; }
);
#[cfg(msgraph_v1_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AccessPackageResourceEnvironment);
#[cfg(msgraph_v1_identity_governance_or_search)]
/// CSDL: `microsoft.graph.accessPackageResourceRole`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`AccessPackageResourceRolePath`](requests/trait.AccessPackageResourceRolePath.html), what a path to one (`EntityPath<AccessPackageResourceRole, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
#[derive(Clone)]
pub struct AccessPackageResourceRole {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `originId`: `Edm.String`, nullable.
    pub origin_id: rt::Field<::std::string::String>,
    /// CSDL: property `originSystem`: `Edm.String`, nullable.
    pub origin_system: rt::Field<::std::string::String>,
    /// CSDL: property `type`: `microsoft.graph.roleType`, nullable.
    pub type_: rt::Field<crate::v1::RoleType>,
    /// CSDL: containment navigation property `resource`: `microsoft.graph.accessPackageResource`, nullable.
    pub resource: rt::Field<crate::v1::AnyAccessPackageResource>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl ::std::default::Default for AccessPackageResourceRole {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            origin_id: rt::Field::Absent,
            origin_system: rt::Field::Absent,
            type_: rt::Field::Absent,
            resource: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::Object for AccessPackageResourceRole {
    const TYPE_NAME: &'static str = "microsoft.graph.accessPackageResourceRole";
    const KEYS: &'static [&'static str] = &[
        "id",
        "description",
        "displayName",
        "originId",
        "originSystem",
        "type",
        "resource",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"originId\":                     ",
        ",\"originSystem\":                 ",
        ",\"type\":                         ",
        ",\"resource\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.accessPackageResourceRole\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "description", &self.description);
        v.field(2usize, "display_name", &self.display_name);
        v.field(3usize, "origin_id", &self.origin_id);
        v.field(4usize, "origin_system", &self.origin_system);
        v.field(5usize, "type_", &self.type_);
        v.field(6usize, "resource", &self.resource);
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::object::Members for AccessPackageResourceRole {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.description.read_from(r),
            2usize => self.display_name.read_from(r),
            3usize => self.origin_id.read_from(r),
            4usize => self.origin_system.read_from(r),
            5usize => self.type_.read_from(r),
            6usize => self.resource.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.description);
        w.field(2usize, &self.display_name);
        w.field(3usize, &self.origin_id);
        w.field(4usize, &self.origin_system);
        w.field(5usize, &self.type_);
        w.field(6usize, &self.resource);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_object!(AccessPackageResourceRole);
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_setters!(
    AccessPackageResourceRole { with_id id : ::std::string::String; with_description
    description : ::std::string::String; with_display_name display_name :
    ::std::string::String; with_origin_id origin_id : ::std::string::String;
    with_origin_system origin_system : ::std::string::String; with_type type_ : crate
    ::v1::RoleType; with_resource resource : crate ::v1::AnyAccessPackageResource; }
);
#[cfg(msgraph_v1_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AccessPackageResourceRole);
#[cfg(msgraph_v1_identity_governance_or_search)]
/// CSDL: `microsoft.graph.accessPackageResourceRoleScope`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`AccessPackageResourceRoleScopePath`](requests/trait.AccessPackageResourceRoleScopePath.html), what a path to one (`EntityPath<AccessPackageResourceRoleScope, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
#[derive(Clone)]
pub struct AccessPackageResourceRoleScope {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: containment navigation property `role`: `microsoft.graph.accessPackageResourceRole`, nullable.
    pub role: rt::Field<crate::v1::AccessPackageResourceRole>,
    /// CSDL: containment navigation property `scope`: `microsoft.graph.accessPackageResourceScope`, nullable.
    pub scope: rt::Field<crate::v1::AccessPackageResourceScope>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl ::std::default::Default for AccessPackageResourceRoleScope {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            role: rt::Field::Absent,
            scope: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::Object for AccessPackageResourceRoleScope {
    const TYPE_NAME: &'static str = "microsoft.graph.accessPackageResourceRoleScope";
    const KEYS: &'static [&'static str] = &["id", "createdDateTime", "role", "scope"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdDateTime\":              ",
        ",\"role\":                         ",
        ",\"scope\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.accessPackageResourceRoleScope\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_date_time", &self.created_date_time);
        v.field(2usize, "role", &self.role);
        v.field(3usize, "scope", &self.scope);
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::object::Members for AccessPackageResourceRoleScope {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_date_time.read_from(r),
            2usize => self.role.read_from(r),
            3usize => self.scope.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.created_date_time);
        w.field(2usize, &self.role);
        w.field(3usize, &self.scope);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_object!(AccessPackageResourceRoleScope);
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_setters!(
    AccessPackageResourceRoleScope { with_id id : ::std::string::String;
    with_created_date_time created_date_time : rt::edm::DateTimeOffset; with_role role :
    crate ::v1::AccessPackageResourceRole; with_scope scope : crate
    ::v1::AccessPackageResourceScope; }
);
#[cfg(msgraph_v1_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AccessPackageResourceRoleScope);
#[cfg(msgraph_v1_identity_governance_or_search)]
/// CSDL: `microsoft.graph.accessPackageResourceScope`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`AccessPackageResourceScopePath`](requests/trait.AccessPackageResourceScopePath.html), what a path to one (`EntityPath<AccessPackageResourceScope, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
#[derive(Clone)]
pub struct AccessPackageResourceScope {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `isRootScope`: `Edm.Boolean`, nullable.
    pub is_root_scope: rt::Field<bool>,
    /// CSDL: property `originId`: `Edm.String`, nullable.
    pub origin_id: rt::Field<::std::string::String>,
    /// CSDL: property `originSystem`: `Edm.String`, nullable.
    pub origin_system: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `resource`: `microsoft.graph.accessPackageResource`, nullable.
    pub resource: rt::Field<crate::v1::AnyAccessPackageResource>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl ::std::default::Default for AccessPackageResourceScope {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            is_root_scope: rt::Field::Absent,
            origin_id: rt::Field::Absent,
            origin_system: rt::Field::Absent,
            resource: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::Object for AccessPackageResourceScope {
    const TYPE_NAME: &'static str = "microsoft.graph.accessPackageResourceScope";
    const KEYS: &'static [&'static str] = &[
        "id",
        "description",
        "displayName",
        "isRootScope",
        "originId",
        "originSystem",
        "resource",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"isRootScope\":                  ",
        ",\"originId\":                     ",
        ",\"originSystem\":                 ",
        ",\"resource\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.accessPackageResourceScope\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "description", &self.description);
        v.field(2usize, "display_name", &self.display_name);
        v.field(3usize, "is_root_scope", &self.is_root_scope);
        v.field(4usize, "origin_id", &self.origin_id);
        v.field(5usize, "origin_system", &self.origin_system);
        v.field(6usize, "resource", &self.resource);
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::object::Members for AccessPackageResourceScope {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.description.read_from(r),
            2usize => self.display_name.read_from(r),
            3usize => self.is_root_scope.read_from(r),
            4usize => self.origin_id.read_from(r),
            5usize => self.origin_system.read_from(r),
            6usize => self.resource.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.description);
        w.field(2usize, &self.display_name);
        w.field(3usize, &self.is_root_scope);
        w.field(4usize, &self.origin_id);
        w.field(5usize, &self.origin_system);
        w.field(6usize, &self.resource);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_object!(AccessPackageResourceScope);
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_setters!(
    AccessPackageResourceScope { with_id id : ::std::string::String; with_description
    description : ::std::string::String; with_display_name display_name :
    ::std::string::String; with_is_root_scope is_root_scope : bool; with_origin_id
    origin_id : ::std::string::String; with_origin_system origin_system :
    ::std::string::String; with_resource resource : crate ::v1::AnyAccessPackageResource;
    }
);
#[cfg(msgraph_v1_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AccessPackageResourceScope);
#[cfg(msgraph_v1_identity_governance_or_search)]
/// CSDL: `microsoft.graph.accessPackageSubjectLifecycle`, enum type.
///
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum AccessPackageSubjectLifecycle {
    /// `notDefined` (value 0).
    NotDefined,
    /// `notGoverned` (value 1).
    NotGoverned,
    /// `governed` (value 2).
    Governed,
    /// `unknownFutureValue` (value 3).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::StrEnum for AccessPackageSubjectLifecycle {
    const TYPE_NAME: &'static str = "microsoft.graph.accessPackageSubjectLifecycle";
    const MEMBERS: &'static [&'static str] = &[
        "notDefined",
        "notGoverned",
        "governed",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "notDefined" => Self::NotDefined,
                "notGoverned" => Self::NotGoverned,
                "governed" => Self::Governed,
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
            Self::NotDefined => "notDefined",
            Self::NotGoverned => "notGoverned",
            Self::Governed => "governed",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_enum!(AccessPackageSubjectLifecycle);
#[cfg(msgraph_v1_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AccessPackageSubjectLifecycle);
#[cfg(msgraph_v1_identity_governance_or_search)]
/// CSDL: `microsoft.graph.accessPackageSuggestion`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`AccessPackageSuggestionPath`](requests/trait.AccessPackageSuggestionPath.html), what a path to one (`EntityPath<AccessPackageSuggestion, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
#[derive(Clone)]
pub struct AccessPackageSuggestion {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `reasons`: `Collection(microsoft.graph.accessPackageSuggestionReason)`, not nullable.
    pub reasons: rt::Field<::std::vec::Vec<crate::v1::AnyAccessPackageSuggestionReason>>,
    /// CSDL: navigation property `accessPackage`: `microsoft.graph.availableAccessPackage`, nullable.
    pub access_package: rt::Field<crate::v1::AvailableAccessPackage>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl ::std::default::Default for AccessPackageSuggestion {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            reasons: rt::Field::Absent,
            access_package: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::Object for AccessPackageSuggestion {
    const TYPE_NAME: &'static str = "microsoft.graph.accessPackageSuggestion";
    const KEYS: &'static [&'static str] = &["id", "reasons", "accessPackage"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"reasons\":                      ",
        ",\"accessPackage\":                ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.accessPackageSuggestion\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "reasons", &self.reasons);
        v.field(2usize, "access_package", &self.access_package);
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::object::Members for AccessPackageSuggestion {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.reasons.read_from(r),
            2usize => self.access_package.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.reasons);
        w.field(2usize, &self.access_package);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_object!(AccessPackageSuggestion);
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_setters!(
    AccessPackageSuggestion { with_id id : ::std::string::String; with_reasons reasons :
    ::std::vec::Vec < crate ::v1::AnyAccessPackageSuggestionReason >; with_access_package
    access_package : crate ::v1::AvailableAccessPackage; }
);
#[cfg(msgraph_v1_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AccessPackageSuggestion);
#[cfg(msgraph_v1_identity_governance_or_search)]
/// CSDL: `microsoft.graph.accessPackageSuggestionFilterByCurrentUserOptions`, enum type, flags (comma-separated in JSON).
///
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum AccessPackageSuggestionFilterByCurrentUserOptions {
    /// `none` (value 0).
    None,
    /// `relatedPeopleAssignments` (value 1).
    RelatedPeopleAssignments,
    /// `assignmentHistory` (value 2).
    AssignmentHistory,
    /// `unknownFutureValue` (value 4).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::StrEnum for AccessPackageSuggestionFilterByCurrentUserOptions {
    const TYPE_NAME: &'static str = "microsoft.graph.accessPackageSuggestionFilterByCurrentUserOptions";
    const MEMBERS: &'static [&'static str] = &[
        "none",
        "relatedPeopleAssignments",
        "assignmentHistory",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "none" => Self::None,
                "relatedPeopleAssignments" => Self::RelatedPeopleAssignments,
                "assignmentHistory" => Self::AssignmentHistory,
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
            Self::RelatedPeopleAssignments => "relatedPeopleAssignments",
            Self::AssignmentHistory => "assignmentHistory",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_enum!(AccessPackageSuggestionFilterByCurrentUserOptions);
#[cfg(msgraph_v1_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AccessPackageSuggestionFilterByCurrentUserOptions);
#[cfg(msgraph_v1_identity_governance_or_search)]
/// CSDL: `microsoft.graph.accessPackageSuggestionReason`, complex type, abstract.
///
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
#[derive(Clone)]
pub struct AccessPackageSuggestionReason {
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl ::std::default::Default for AccessPackageSuggestionReason {
    #[inline]
    fn default() -> Self {
        Self {
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::Object for AccessPackageSuggestionReason {
    const TYPE_NAME: &'static str = "microsoft.graph.accessPackageSuggestionReason";
    const KEYS: &'static [&'static str] = &[];
    const KEYS_JSON: &'static [&'static str] = &[];
    const TAG: &'static str = "\"#microsoft.graph.accessPackageSuggestionReason\"";
    #[inline]
    #[allow(unused_variables)]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {}
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::object::Members for AccessPackageSuggestionReason {
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
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_object!(AccessPackageSuggestionReason);
#[cfg(msgraph_v1_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AccessPackageSuggestionReason);
#[cfg(msgraph_v1_identity_governance_or_search)]
/// `microsoft.graph.accessPackageSuggestionReason` or any type derived from it, selected by `@odata.type` (3 types); each variant's type converts into it (`From`).
///
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyAccessPackageSuggestionReason {
    AccessPackageSuggestionReason(
        ::std::boxed::Box<crate::v1::AccessPackageSuggestionReason>,
    ),
    AccessPackageSuggestionRelatedPeopleBased(
        ::std::boxed::Box<crate::v1::AccessPackageSuggestionRelatedPeopleBased>,
    ),
    AccessPackageSuggestionSelfAssignmentHistoryBased(
        ::std::boxed::Box<crate::v1::AccessPackageSuggestionSelfAssignmentHistoryBased>,
    ),
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl ::std::default::Default for AnyAccessPackageSuggestionReason {
    #[inline]
    fn default() -> Self {
        Self::AccessPackageSuggestionReason(::std::default::Default::default())
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::AccessPackageSuggestionReason>
for AnyAccessPackageSuggestionReason {
    #[inline]
    fn from(v: crate::v1::AccessPackageSuggestionReason) -> Self {
        Self::AccessPackageSuggestionReason(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::AccessPackageSuggestionRelatedPeopleBased>
for AnyAccessPackageSuggestionReason {
    #[inline]
    fn from(v: crate::v1::AccessPackageSuggestionRelatedPeopleBased) -> Self {
        Self::AccessPackageSuggestionRelatedPeopleBased(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::AccessPackageSuggestionSelfAssignmentHistoryBased>
for AnyAccessPackageSuggestionReason {
    #[inline]
    fn from(v: crate::v1::AccessPackageSuggestionSelfAssignmentHistoryBased) -> Self {
        Self::AccessPackageSuggestionSelfAssignmentHistoryBased(
            ::std::boxed::Box::new(v),
        )
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
unsafe impl ::std::marker::Send for AnyAccessPackageSuggestionReason {}
#[cfg(msgraph_v1_identity_governance_or_search)]
unsafe impl ::std::marker::Sync for AnyAccessPackageSuggestionReason {}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl ::std::marker::Unpin for AnyAccessPackageSuggestionReason {}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl ::std::panic::UnwindSafe for AnyAccessPackageSuggestionReason {}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl ::std::panic::RefUnwindSafe for AnyAccessPackageSuggestionReason {}
#[cfg(msgraph_v1_identity_governance_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::v1::AccessPackageSuggestionReason>();
    rt::object::auto_traits::<crate::v1::AccessPackageSuggestionRelatedPeopleBased>();
    rt::object::auto_traits::<
        crate::v1::AccessPackageSuggestionSelfAssignmentHistoryBased,
    >();
};
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::Poly for AnyAccessPackageSuggestionReason {
    const BASE_NAME: &'static str = "microsoft.graph.accessPackageSuggestionReason";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some(
                "microsoft.graph.accessPackageSuggestionRelatedPeopleBased",
            ) => Self::AccessPackageSuggestionRelatedPeopleBased(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.accessPackageSuggestionSelfAssignmentHistoryBased",
            ) => {
                Self::AccessPackageSuggestionSelfAssignmentHistoryBased(
                    rt::object::new_boxed(),
                )
            }
            _ => Self::AccessPackageSuggestionReason(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::AccessPackageSuggestionReason(v) => &**v,
            Self::AccessPackageSuggestionRelatedPeopleBased(v) => &**v,
            Self::AccessPackageSuggestionSelfAssignmentHistoryBased(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::AccessPackageSuggestionReason(v) => &mut **v,
            Self::AccessPackageSuggestionRelatedPeopleBased(v) => &mut **v,
            Self::AccessPackageSuggestionSelfAssignmentHistoryBased(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl AnyAccessPackageSuggestionReason {
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
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_poly!(AnyAccessPackageSuggestionReason);
#[cfg(msgraph_v1_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyAccessPackageSuggestionReason);
#[cfg(msgraph_v1_identity_governance_or_search)]
/// CSDL: `microsoft.graph.accessPackageSuggestionRelatedPeopleBased`, complex type, derived from `microsoft.graph.accessPackageSuggestionReason`.
///
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
#[derive(Clone)]
pub struct AccessPackageSuggestionRelatedPeopleBased {
    /// CSDL: property `relatedPeople`: `Collection(microsoft.graph.identity)`, not nullable.
    pub related_people: rt::Field<::std::vec::Vec<crate::v1::AnyIdentity>>,
    /// CSDL: property `relatedPeopleAssignmentCount`: `Edm.Int32`, not nullable.
    pub related_people_assignment_count: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl ::std::default::Default for AccessPackageSuggestionRelatedPeopleBased {
    #[inline]
    fn default() -> Self {
        Self {
            related_people: rt::Field::Absent,
            related_people_assignment_count: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::Object for AccessPackageSuggestionRelatedPeopleBased {
    const TYPE_NAME: &'static str = "microsoft.graph.accessPackageSuggestionRelatedPeopleBased";
    const KEYS: &'static [&'static str] = &[
        "relatedPeople",
        "relatedPeopleAssignmentCount",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"relatedPeople\":                ",
        ",\"relatedPeopleAssignmentCount\": ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.accessPackageSuggestionRelatedPeopleBased\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "related_people", &self.related_people);
        v.field(
            1usize,
            "related_people_assignment_count",
            &self.related_people_assignment_count,
        );
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::object::Members for AccessPackageSuggestionRelatedPeopleBased {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.related_people.read_from(r),
            1usize => self.related_people_assignment_count.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.related_people);
        w.field(1usize, &self.related_people_assignment_count);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_object!(AccessPackageSuggestionRelatedPeopleBased);
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_setters!(
    AccessPackageSuggestionRelatedPeopleBased { with_related_people related_people :
    ::std::vec::Vec < crate ::v1::AnyIdentity >; with_related_people_assignment_count
    related_people_assignment_count : i32; }
);
#[cfg(msgraph_v1_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AccessPackageSuggestionRelatedPeopleBased);
#[cfg(msgraph_v1_identity_governance_or_search)]
/// CSDL: `microsoft.graph.accessPackageSuggestionRelatedPeopleInsightLevel`, enum type.
///
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum AccessPackageSuggestionRelatedPeopleInsightLevel {
    /// `disabled` (value 0).
    Disabled,
    /// `count` (value 1).
    Count,
    /// `countAndNames` (value 2).
    CountAndNames,
    /// `unknownFutureValue` (value 3).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::StrEnum for AccessPackageSuggestionRelatedPeopleInsightLevel {
    const TYPE_NAME: &'static str = "microsoft.graph.accessPackageSuggestionRelatedPeopleInsightLevel";
    const MEMBERS: &'static [&'static str] = &[
        "disabled",
        "count",
        "countAndNames",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "disabled" => Self::Disabled,
                "count" => Self::Count,
                "countAndNames" => Self::CountAndNames,
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
            Self::Disabled => "disabled",
            Self::Count => "count",
            Self::CountAndNames => "countAndNames",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_enum!(AccessPackageSuggestionRelatedPeopleInsightLevel);
#[cfg(msgraph_v1_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AccessPackageSuggestionRelatedPeopleInsightLevel);
#[cfg(msgraph_v1_identity_governance_or_search)]
/// CSDL: `microsoft.graph.accessPackageSuggestionSelfAssignmentHistoryBased`, complex type, derived from `microsoft.graph.accessPackageSuggestionReason`.
///
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
#[derive(Clone)]
pub struct AccessPackageSuggestionSelfAssignmentHistoryBased {
    /// CSDL: property `lastAssignmentDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_assignment_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `pastAssignmentCount`: `Edm.Int32`, not nullable.
    pub past_assignment_count: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl ::std::default::Default for AccessPackageSuggestionSelfAssignmentHistoryBased {
    #[inline]
    fn default() -> Self {
        Self {
            last_assignment_date_time: rt::Field::Absent,
            past_assignment_count: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::Object for AccessPackageSuggestionSelfAssignmentHistoryBased {
    const TYPE_NAME: &'static str = "microsoft.graph.accessPackageSuggestionSelfAssignmentHistoryBased";
    const KEYS: &'static [&'static str] = &[
        "lastAssignmentDateTime",
        "pastAssignmentCount",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"lastAssignmentDateTime\":       ",
        ",\"pastAssignmentCount\":          ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.accessPackageSuggestionSelfAssignmentHistoryBased\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "last_assignment_date_time", &self.last_assignment_date_time);
        v.field(1usize, "past_assignment_count", &self.past_assignment_count);
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::object::Members for AccessPackageSuggestionSelfAssignmentHistoryBased {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.last_assignment_date_time.read_from(r),
            1usize => self.past_assignment_count.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.last_assignment_date_time);
        w.field(1usize, &self.past_assignment_count);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_object!(AccessPackageSuggestionSelfAssignmentHistoryBased);
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_setters!(
    AccessPackageSuggestionSelfAssignmentHistoryBased { with_last_assignment_date_time
    last_assignment_date_time : rt::edm::DateTimeOffset; with_past_assignment_count
    past_assignment_count : i32; }
);
#[cfg(msgraph_v1_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AccessPackageSuggestionSelfAssignmentHistoryBased);
#[cfg(msgraph_v1_identity_governance_or_search)]
/// CSDL: `microsoft.graph.accessPackageTextInputQuestion`, entity type, derived from `microsoft.graph.accessPackageQuestion`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
#[derive(Clone)]
pub struct AccessPackageTextInputQuestion {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `isAnswerEditable`: `Edm.Boolean`, nullable.
    pub is_answer_editable: rt::Field<bool>,
    /// CSDL: property `isRequired`: `Edm.Boolean`, nullable.
    pub is_required: rt::Field<bool>,
    /// CSDL: property `localizations`: `Collection(microsoft.graph.accessPackageLocalizedText)`, nullable.
    pub localizations: rt::Field<::std::vec::Vec<crate::v1::AccessPackageLocalizedText>>,
    /// CSDL: property `sequence`: `Edm.Int32`, nullable.
    pub sequence: rt::Field<i32>,
    /// CSDL: property `text`: `Edm.String`, nullable.
    pub text: rt::Field<::std::string::String>,
    /// CSDL: property `isSingleLineQuestion`: `Edm.Boolean`, nullable.
    pub is_single_line_question: rt::Field<bool>,
    /// CSDL: property `regexPattern`: `Edm.String`, nullable.
    pub regex_pattern: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl ::std::default::Default for AccessPackageTextInputQuestion {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            is_answer_editable: rt::Field::Absent,
            is_required: rt::Field::Absent,
            localizations: rt::Field::Absent,
            sequence: rt::Field::Absent,
            text: rt::Field::Absent,
            is_single_line_question: rt::Field::Absent,
            regex_pattern: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::Object for AccessPackageTextInputQuestion {
    const TYPE_NAME: &'static str = "microsoft.graph.accessPackageTextInputQuestion";
    const KEYS: &'static [&'static str] = &[
        "id",
        "isAnswerEditable",
        "isRequired",
        "localizations",
        "sequence",
        "text",
        "isSingleLineQuestion",
        "regexPattern",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"isAnswerEditable\":             ",
        ",\"isRequired\":                   ",
        ",\"localizations\":                ",
        ",\"sequence\":                     ",
        ",\"text\":                         ",
        ",\"isSingleLineQuestion\":         ",
        ",\"regexPattern\":                 ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.accessPackageTextInputQuestion\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "is_answer_editable", &self.is_answer_editable);
        v.field(2usize, "is_required", &self.is_required);
        v.field(3usize, "localizations", &self.localizations);
        v.field(4usize, "sequence", &self.sequence);
        v.field(5usize, "text", &self.text);
        v.field(6usize, "is_single_line_question", &self.is_single_line_question);
        v.field(7usize, "regex_pattern", &self.regex_pattern);
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::object::Members for AccessPackageTextInputQuestion {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.is_answer_editable.read_from(r),
            2usize => self.is_required.read_from(r),
            3usize => self.localizations.read_from(r),
            4usize => self.sequence.read_from(r),
            5usize => self.text.read_from(r),
            6usize => self.is_single_line_question.read_from(r),
            7usize => self.regex_pattern.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.is_answer_editable);
        w.field(2usize, &self.is_required);
        w.field(3usize, &self.localizations);
        w.field(4usize, &self.sequence);
        w.field(5usize, &self.text);
        w.field(6usize, &self.is_single_line_question);
        w.field(7usize, &self.regex_pattern);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_object!(AccessPackageTextInputQuestion);
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_setters!(
    AccessPackageTextInputQuestion { with_id id : ::std::string::String;
    with_is_answer_editable is_answer_editable : bool; with_is_required is_required :
    bool; with_localizations localizations : ::std::vec::Vec < crate
    ::v1::AccessPackageLocalizedText >; with_sequence sequence : i32; with_text text :
    ::std::string::String; with_is_single_line_question is_single_line_question : bool;
    with_regex_pattern regex_pattern : ::std::string::String; }
);
#[cfg(msgraph_v1_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AccessPackageTextInputQuestion);
#[cfg(msgraph_v1_identity_governance_or_search)]
/// CSDL: `microsoft.graph.accessPackageUserDirectoryAttributeStore`, complex type, derived from `microsoft.graph.accessPackageResourceAttributeDestination`.
///
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
#[derive(Clone)]
pub struct AccessPackageUserDirectoryAttributeStore {
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl ::std::default::Default for AccessPackageUserDirectoryAttributeStore {
    #[inline]
    fn default() -> Self {
        Self {
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::Object for AccessPackageUserDirectoryAttributeStore {
    const TYPE_NAME: &'static str = "microsoft.graph.accessPackageUserDirectoryAttributeStore";
    const KEYS: &'static [&'static str] = &[];
    const KEYS_JSON: &'static [&'static str] = &[];
    const TAG: &'static str = "\"#microsoft.graph.accessPackageUserDirectoryAttributeStore\"";
    #[inline]
    #[allow(unused_variables)]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {}
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::object::Members for AccessPackageUserDirectoryAttributeStore {
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
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_object!(AccessPackageUserDirectoryAttributeStore);
#[cfg(msgraph_v1_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AccessPackageUserDirectoryAttributeStore);
#[cfg(msgraph_v1_identity_governance_or_search)]
/// CSDL: `microsoft.graph.accessReviewApplyAction`, complex type, abstract.
///
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
#[derive(Clone)]
pub struct AccessReviewApplyAction {
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl ::std::default::Default for AccessReviewApplyAction {
    #[inline]
    fn default() -> Self {
        Self {
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::Object for AccessReviewApplyAction {
    const TYPE_NAME: &'static str = "microsoft.graph.accessReviewApplyAction";
    const KEYS: &'static [&'static str] = &[];
    const KEYS_JSON: &'static [&'static str] = &[];
    const TAG: &'static str = "\"#microsoft.graph.accessReviewApplyAction\"";
    #[inline]
    #[allow(unused_variables)]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {}
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::object::Members for AccessReviewApplyAction {
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
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_object!(AccessReviewApplyAction);
#[cfg(msgraph_v1_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AccessReviewApplyAction);
#[cfg(msgraph_v1_identity_governance_or_search)]
/// `microsoft.graph.accessReviewApplyAction` or any type derived from it, selected by `@odata.type` (3 types); each variant's type converts into it (`From`).
///
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyAccessReviewApplyAction {
    AccessReviewApplyAction(::std::boxed::Box<crate::v1::AccessReviewApplyAction>),
    DisableAndDeleteUserApplyAction(
        ::std::boxed::Box<crate::v1::DisableAndDeleteUserApplyAction>,
    ),
    RemoveAccessApplyAction(::std::boxed::Box<crate::v1::RemoveAccessApplyAction>),
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl ::std::default::Default for AnyAccessReviewApplyAction {
    #[inline]
    fn default() -> Self {
        Self::AccessReviewApplyAction(::std::default::Default::default())
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::AccessReviewApplyAction>
for AnyAccessReviewApplyAction {
    #[inline]
    fn from(v: crate::v1::AccessReviewApplyAction) -> Self {
        Self::AccessReviewApplyAction(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::DisableAndDeleteUserApplyAction>
for AnyAccessReviewApplyAction {
    #[inline]
    fn from(v: crate::v1::DisableAndDeleteUserApplyAction) -> Self {
        Self::DisableAndDeleteUserApplyAction(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::RemoveAccessApplyAction>
for AnyAccessReviewApplyAction {
    #[inline]
    fn from(v: crate::v1::RemoveAccessApplyAction) -> Self {
        Self::RemoveAccessApplyAction(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
unsafe impl ::std::marker::Send for AnyAccessReviewApplyAction {}
#[cfg(msgraph_v1_identity_governance_or_search)]
unsafe impl ::std::marker::Sync for AnyAccessReviewApplyAction {}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl ::std::marker::Unpin for AnyAccessReviewApplyAction {}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl ::std::panic::UnwindSafe for AnyAccessReviewApplyAction {}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl ::std::panic::RefUnwindSafe for AnyAccessReviewApplyAction {}
#[cfg(msgraph_v1_identity_governance_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::v1::AccessReviewApplyAction>();
    rt::object::auto_traits::<crate::v1::DisableAndDeleteUserApplyAction>();
    rt::object::auto_traits::<crate::v1::RemoveAccessApplyAction>();
};
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::Poly for AnyAccessReviewApplyAction {
    const BASE_NAME: &'static str = "microsoft.graph.accessReviewApplyAction";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some(
                "microsoft.graph.disableAndDeleteUserApplyAction",
            ) => Self::DisableAndDeleteUserApplyAction(rt::object::new_boxed()),
            ::std::option::Option::Some("microsoft.graph.removeAccessApplyAction") => {
                Self::RemoveAccessApplyAction(rt::object::new_boxed())
            }
            _ => Self::AccessReviewApplyAction(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::AccessReviewApplyAction(v) => &**v,
            Self::DisableAndDeleteUserApplyAction(v) => &**v,
            Self::RemoveAccessApplyAction(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::AccessReviewApplyAction(v) => &mut **v,
            Self::DisableAndDeleteUserApplyAction(v) => &mut **v,
            Self::RemoveAccessApplyAction(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl AnyAccessReviewApplyAction {
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
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_poly!(AnyAccessReviewApplyAction);
#[cfg(msgraph_v1_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyAccessReviewApplyAction);
#[cfg(msgraph_v1_identity_governance_or_search)]
/// CSDL: `microsoft.graph.accessReviewExpirationBehavior`, enum type.
///
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum AccessReviewExpirationBehavior {
    /// `keepAccess` (value 0).
    KeepAccess,
    /// `removeAccess` (value 1).
    RemoveAccess,
    /// `acceptAccessRecommendation` (value 2).
    AcceptAccessRecommendation,
    /// `unknownFutureValue` (value 99).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::StrEnum for AccessReviewExpirationBehavior {
    const TYPE_NAME: &'static str = "microsoft.graph.accessReviewExpirationBehavior";
    const MEMBERS: &'static [&'static str] = &[
        "keepAccess",
        "removeAccess",
        "acceptAccessRecommendation",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "keepAccess" => Self::KeepAccess,
                "removeAccess" => Self::RemoveAccess,
                "acceptAccessRecommendation" => Self::AcceptAccessRecommendation,
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
            Self::KeepAccess => "keepAccess",
            Self::RemoveAccess => "removeAccess",
            Self::AcceptAccessRecommendation => "acceptAccessRecommendation",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_enum!(AccessReviewExpirationBehavior);
#[cfg(msgraph_v1_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AccessReviewExpirationBehavior);
#[cfg(msgraph_v1_identity_governance_or_search)]
/// CSDL: `microsoft.graph.accessReviewHistoryDecisionFilter`, enum type.
///
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum AccessReviewHistoryDecisionFilter {
    /// `approve` (value 0).
    Approve,
    /// `deny` (value 1).
    Deny,
    /// `notReviewed` (value 2).
    NotReviewed,
    /// `dontKnow` (value 3).
    DontKnow,
    /// `notNotified` (value 4).
    NotNotified,
    /// `unknownFutureValue` (value 5).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::StrEnum for AccessReviewHistoryDecisionFilter {
    const TYPE_NAME: &'static str = "microsoft.graph.accessReviewHistoryDecisionFilter";
    const MEMBERS: &'static [&'static str] = &[
        "approve",
        "deny",
        "notReviewed",
        "dontKnow",
        "notNotified",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "approve" => Self::Approve,
                "deny" => Self::Deny,
                "notReviewed" => Self::NotReviewed,
                "dontKnow" => Self::DontKnow,
                "notNotified" => Self::NotNotified,
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
            Self::Approve => "approve",
            Self::Deny => "deny",
            Self::NotReviewed => "notReviewed",
            Self::DontKnow => "dontKnow",
            Self::NotNotified => "notNotified",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_enum!(AccessReviewHistoryDecisionFilter);
#[cfg(msgraph_v1_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AccessReviewHistoryDecisionFilter);
#[cfg(msgraph_v1_identity_governance_or_search)]
/// CSDL: `microsoft.graph.accessReviewHistoryDefinition`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`AccessReviewHistoryDefinitionPath`](requests/trait.AccessReviewHistoryDefinitionPath.html), what a path to one (`EntityPath<AccessReviewHistoryDefinition, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
#[derive(Clone)]
pub struct AccessReviewHistoryDefinition {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `createdBy`: `microsoft.graph.userIdentity`, not nullable.
    pub created_by: rt::Field<crate::v1::UserIdentity>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `decisions`: `Collection(microsoft.graph.accessReviewHistoryDecisionFilter)`, nullable.
    pub decisions: rt::Field<
        ::std::vec::Vec<crate::v1::AccessReviewHistoryDecisionFilter>,
    >,
    /// CSDL: property `displayName`: `Edm.String`, not nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `reviewHistoryPeriodEndDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub review_history_period_end_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `reviewHistoryPeriodStartDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub review_history_period_start_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `scheduleSettings`: `microsoft.graph.accessReviewHistoryScheduleSettings`, nullable.
    pub schedule_settings: rt::Field<crate::v1::AccessReviewHistoryScheduleSettings>,
    /// CSDL: property `scopes`: `Collection(microsoft.graph.accessReviewScope)`, not nullable.
    pub scopes: rt::Field<::std::vec::Vec<crate::v1::AnyAccessReviewScope>>,
    /// CSDL: property `status`: `microsoft.graph.accessReviewHistoryStatus`, nullable.
    pub status: rt::Field<crate::v1::AccessReviewHistoryStatus>,
    /// CSDL: containment navigation property `instances`: `Collection(microsoft.graph.accessReviewHistoryInstance)`, not nullable.
    pub instances: rt::Field<::std::vec::Vec<crate::v1::AccessReviewHistoryInstance>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl ::std::default::Default for AccessReviewHistoryDefinition {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_by: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            decisions: rt::Field::Absent,
            display_name: rt::Field::Absent,
            review_history_period_end_date_time: rt::Field::Absent,
            review_history_period_start_date_time: rt::Field::Absent,
            schedule_settings: rt::Field::Absent,
            scopes: rt::Field::Absent,
            status: rt::Field::Absent,
            instances: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::Object for AccessReviewHistoryDefinition {
    const TYPE_NAME: &'static str = "microsoft.graph.accessReviewHistoryDefinition";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdBy",
        "createdDateTime",
        "decisions",
        "displayName",
        "reviewHistoryPeriodEndDateTime",
        "reviewHistoryPeriodStartDateTime",
        "scheduleSettings",
        "scopes",
        "status",
        "instances",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdBy\":                    ",
        ",\"createdDateTime\":              ",
        ",\"decisions\":                    ",
        ",\"displayName\":                  ",
        ",\"reviewHistoryPeriodEndDateTime\":",
        ",\"reviewHistoryPeriodStartDateTime\":",
        ",\"scheduleSettings\":             ",
        ",\"scopes\":                       ",
        ",\"status\":                       ",
        ",\"instances\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.accessReviewHistoryDefinition\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_by", &self.created_by);
        v.field(2usize, "created_date_time", &self.created_date_time);
        v.field(3usize, "decisions", &self.decisions);
        v.field(4usize, "display_name", &self.display_name);
        v.field(
            5usize,
            "review_history_period_end_date_time",
            &self.review_history_period_end_date_time,
        );
        v.field(
            6usize,
            "review_history_period_start_date_time",
            &self.review_history_period_start_date_time,
        );
        v.field(7usize, "schedule_settings", &self.schedule_settings);
        v.field(8usize, "scopes", &self.scopes);
        v.field(9usize, "status", &self.status);
        v.field(10usize, "instances", &self.instances);
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::object::Members for AccessReviewHistoryDefinition {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_by.read_from(r),
            2usize => self.created_date_time.read_from(r),
            3usize => self.decisions.read_from(r),
            4usize => self.display_name.read_from(r),
            5usize => self.review_history_period_end_date_time.read_from(r),
            6usize => self.review_history_period_start_date_time.read_from(r),
            7usize => self.schedule_settings.read_from(r),
            8usize => self.scopes.read_from(r),
            9usize => self.status.read_from(r),
            10usize => self.instances.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.created_by);
        w.field(2usize, &self.created_date_time);
        w.field(3usize, &self.decisions);
        w.field(4usize, &self.display_name);
        w.field(5usize, &self.review_history_period_end_date_time);
        w.field(6usize, &self.review_history_period_start_date_time);
        w.field(7usize, &self.schedule_settings);
        w.field(8usize, &self.scopes);
        w.field(9usize, &self.status);
        w.field(10usize, &self.instances);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_object!(AccessReviewHistoryDefinition);
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_setters!(
    AccessReviewHistoryDefinition { with_id id : ::std::string::String; with_created_by
    created_by : crate ::v1::UserIdentity; with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_decisions decisions : ::std::vec::Vec < crate
    ::v1::AccessReviewHistoryDecisionFilter >; with_display_name display_name :
    ::std::string::String; with_review_history_period_end_date_time
    review_history_period_end_date_time : rt::edm::DateTimeOffset;
    with_review_history_period_start_date_time review_history_period_start_date_time :
    rt::edm::DateTimeOffset; with_schedule_settings schedule_settings : crate
    ::v1::AccessReviewHistoryScheduleSettings; with_scopes scopes : ::std::vec::Vec <
    crate ::v1::AnyAccessReviewScope >; with_status status : crate
    ::v1::AccessReviewHistoryStatus; with_instances instances : ::std::vec::Vec < crate
    ::v1::AccessReviewHistoryInstance >; }
);
#[cfg(msgraph_v1_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AccessReviewHistoryDefinition);
#[cfg(msgraph_v1_identity_governance_or_search)]
/// CSDL: `microsoft.graph.accessReviewHistoryInstance`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`AccessReviewHistoryInstancePath`](requests/trait.AccessReviewHistoryInstancePath.html), what a path to one (`EntityPath<AccessReviewHistoryInstance, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
#[derive(Clone)]
pub struct AccessReviewHistoryInstance {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `downloadUri`: `Edm.String`, nullable.
    pub download_uri: rt::Field<::std::string::String>,
    /// CSDL: property `expirationDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub expiration_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `fulfilledDateTime`: `Edm.DateTimeOffset`, nullable.
    pub fulfilled_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `reviewHistoryPeriodEndDateTime`: `Edm.DateTimeOffset`, nullable.
    pub review_history_period_end_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `reviewHistoryPeriodStartDateTime`: `Edm.DateTimeOffset`, nullable.
    pub review_history_period_start_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `runDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub run_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `status`: `microsoft.graph.accessReviewHistoryStatus`, nullable.
    pub status: rt::Field<crate::v1::AccessReviewHistoryStatus>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl ::std::default::Default for AccessReviewHistoryInstance {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            download_uri: rt::Field::Absent,
            expiration_date_time: rt::Field::Absent,
            fulfilled_date_time: rt::Field::Absent,
            review_history_period_end_date_time: rt::Field::Absent,
            review_history_period_start_date_time: rt::Field::Absent,
            run_date_time: rt::Field::Absent,
            status: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::Object for AccessReviewHistoryInstance {
    const TYPE_NAME: &'static str = "microsoft.graph.accessReviewHistoryInstance";
    const KEYS: &'static [&'static str] = &[
        "id",
        "downloadUri",
        "expirationDateTime",
        "fulfilledDateTime",
        "reviewHistoryPeriodEndDateTime",
        "reviewHistoryPeriodStartDateTime",
        "runDateTime",
        "status",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"downloadUri\":                  ",
        ",\"expirationDateTime\":           ",
        ",\"fulfilledDateTime\":            ",
        ",\"reviewHistoryPeriodEndDateTime\":",
        ",\"reviewHistoryPeriodStartDateTime\":",
        ",\"runDateTime\":                  ",
        ",\"status\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.accessReviewHistoryInstance\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "download_uri", &self.download_uri);
        v.field(2usize, "expiration_date_time", &self.expiration_date_time);
        v.field(3usize, "fulfilled_date_time", &self.fulfilled_date_time);
        v.field(
            4usize,
            "review_history_period_end_date_time",
            &self.review_history_period_end_date_time,
        );
        v.field(
            5usize,
            "review_history_period_start_date_time",
            &self.review_history_period_start_date_time,
        );
        v.field(6usize, "run_date_time", &self.run_date_time);
        v.field(7usize, "status", &self.status);
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::object::Members for AccessReviewHistoryInstance {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.download_uri.read_from(r),
            2usize => self.expiration_date_time.read_from(r),
            3usize => self.fulfilled_date_time.read_from(r),
            4usize => self.review_history_period_end_date_time.read_from(r),
            5usize => self.review_history_period_start_date_time.read_from(r),
            6usize => self.run_date_time.read_from(r),
            7usize => self.status.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.download_uri);
        w.field(2usize, &self.expiration_date_time);
        w.field(3usize, &self.fulfilled_date_time);
        w.field(4usize, &self.review_history_period_end_date_time);
        w.field(5usize, &self.review_history_period_start_date_time);
        w.field(6usize, &self.run_date_time);
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
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_object!(AccessReviewHistoryInstance);
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_setters!(
    AccessReviewHistoryInstance { with_id id : ::std::string::String; with_download_uri
    download_uri : ::std::string::String; with_expiration_date_time expiration_date_time
    : rt::edm::DateTimeOffset; with_fulfilled_date_time fulfilled_date_time :
    rt::edm::DateTimeOffset; with_review_history_period_end_date_time
    review_history_period_end_date_time : rt::edm::DateTimeOffset;
    with_review_history_period_start_date_time review_history_period_start_date_time :
    rt::edm::DateTimeOffset; with_run_date_time run_date_time : rt::edm::DateTimeOffset;
    with_status status : crate ::v1::AccessReviewHistoryStatus; }
);
#[cfg(msgraph_v1_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AccessReviewHistoryInstance);
#[cfg(msgraph_v1_identity_governance_or_search)]
/// CSDL: `microsoft.graph.accessReviewHistoryScheduleSettings`, complex type.
///
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
#[derive(Clone)]
pub struct AccessReviewHistoryScheduleSettings {
    /// CSDL: property `recurrence`: `microsoft.graph.patternedRecurrence`, not nullable.
    pub recurrence: rt::Field<crate::v1::PatternedRecurrence>,
    /// CSDL: property `reportRange`: `Edm.String`, not nullable.
    pub report_range: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl ::std::default::Default for AccessReviewHistoryScheduleSettings {
    #[inline]
    fn default() -> Self {
        Self {
            recurrence: rt::Field::Absent,
            report_range: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::Object for AccessReviewHistoryScheduleSettings {
    const TYPE_NAME: &'static str = "microsoft.graph.accessReviewHistoryScheduleSettings";
    const KEYS: &'static [&'static str] = &["recurrence", "reportRange"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"recurrence\":                   ",
        ",\"reportRange\":                  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.accessReviewHistoryScheduleSettings\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "recurrence", &self.recurrence);
        v.field(1usize, "report_range", &self.report_range);
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::object::Members for AccessReviewHistoryScheduleSettings {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.recurrence.read_from(r),
            1usize => self.report_range.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.recurrence);
        w.field(1usize, &self.report_range);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_object!(AccessReviewHistoryScheduleSettings);
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_setters!(
    AccessReviewHistoryScheduleSettings { with_recurrence recurrence : crate
    ::v1::PatternedRecurrence; with_report_range report_range : ::std::string::String; }
);
#[cfg(msgraph_v1_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AccessReviewHistoryScheduleSettings);
#[cfg(msgraph_v1_identity_governance_or_search)]
/// CSDL: `microsoft.graph.accessReviewHistoryStatus`, enum type.
///
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum AccessReviewHistoryStatus {
    /// `done` (value 0).
    Done,
    /// `inprogress` (value 1).
    Inprogress,
    /// `error` (value 2).
    Error,
    /// `requested` (value 3).
    Requested,
    /// `unknownFutureValue` (value 4).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::StrEnum for AccessReviewHistoryStatus {
    const TYPE_NAME: &'static str = "microsoft.graph.accessReviewHistoryStatus";
    const MEMBERS: &'static [&'static str] = &[
        "done",
        "inprogress",
        "error",
        "requested",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "done" => Self::Done,
                "inprogress" => Self::Inprogress,
                "error" => Self::Error,
                "requested" => Self::Requested,
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
            Self::Done => "done",
            Self::Inprogress => "inprogress",
            Self::Error => "error",
            Self::Requested => "requested",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_enum!(AccessReviewHistoryStatus);
#[cfg(msgraph_v1_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AccessReviewHistoryStatus);
#[cfg(msgraph_v1_identity_governance_or_search)]
/// CSDL: `microsoft.graph.accessReviewInactiveUsersQueryScope`, complex type, derived from `microsoft.graph.accessReviewQueryScope`.
///
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
#[derive(Clone)]
pub struct AccessReviewInactiveUsersQueryScope {
    /// CSDL: property `query`: `Edm.String`, nullable.
    pub query: rt::Field<::std::string::String>,
    /// CSDL: property `queryRoot`: `Edm.String`, nullable.
    pub query_root: rt::Field<::std::string::String>,
    /// CSDL: property `queryType`: `Edm.String`, nullable.
    pub query_type: rt::Field<::std::string::String>,
    /// CSDL: property `inactiveDuration`: `Edm.Duration`, nullable.
    pub inactive_duration: rt::Field<rt::edm::Duration>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl ::std::default::Default for AccessReviewInactiveUsersQueryScope {
    #[inline]
    fn default() -> Self {
        Self {
            query: rt::Field::Absent,
            query_root: rt::Field::Absent,
            query_type: rt::Field::Absent,
            inactive_duration: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::Object for AccessReviewInactiveUsersQueryScope {
    const TYPE_NAME: &'static str = "microsoft.graph.accessReviewInactiveUsersQueryScope";
    const KEYS: &'static [&'static str] = &[
        "query",
        "queryRoot",
        "queryType",
        "inactiveDuration",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"query\":                        ",
        ",\"queryRoot\":                    ",
        ",\"queryType\":                    ",
        ",\"inactiveDuration\":             ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.accessReviewInactiveUsersQueryScope\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "query", &self.query);
        v.field(1usize, "query_root", &self.query_root);
        v.field(2usize, "query_type", &self.query_type);
        v.field(3usize, "inactive_duration", &self.inactive_duration);
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::object::Members for AccessReviewInactiveUsersQueryScope {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.query.read_from(r),
            1usize => self.query_root.read_from(r),
            2usize => self.query_type.read_from(r),
            3usize => self.inactive_duration.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.query);
        w.field(1usize, &self.query_root);
        w.field(2usize, &self.query_type);
        w.field(3usize, &self.inactive_duration);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_object!(AccessReviewInactiveUsersQueryScope);
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_setters!(
    AccessReviewInactiveUsersQueryScope { with_query query : ::std::string::String;
    with_query_root query_root : ::std::string::String; with_query_type query_type :
    ::std::string::String; with_inactive_duration inactive_duration : rt::edm::Duration;
    }
);
#[cfg(msgraph_v1_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AccessReviewInactiveUsersQueryScope);
#[cfg(msgraph_v1_identity_governance_or_search)]
/// CSDL: `microsoft.graph.accessReviewInstanceDecisionItemAccessPackageAssignmentPolicyResource`, complex type, derived from `microsoft.graph.accessReviewInstanceDecisionItemResource`, open.
///
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
#[derive(Clone)]
pub struct AccessReviewInstanceDecisionItemAccessPackageAssignmentPolicyResource {
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `id`: `Edm.String`, nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `type`: `Edm.String`, nullable.
    pub type_: rt::Field<::std::string::String>,
    /// CSDL: property `accessPackageDisplayName`: `Edm.String`, nullable.
    pub access_package_display_name: rt::Field<::std::string::String>,
    /// CSDL: property `accessPackageId`: `Edm.String`, nullable.
    pub access_package_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl ::std::default::Default
for AccessReviewInstanceDecisionItemAccessPackageAssignmentPolicyResource {
    #[inline]
    fn default() -> Self {
        Self {
            display_name: rt::Field::Absent,
            id: rt::Field::Absent,
            type_: rt::Field::Absent,
            access_package_display_name: rt::Field::Absent,
            access_package_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::Object
for AccessReviewInstanceDecisionItemAccessPackageAssignmentPolicyResource {
    const TYPE_NAME: &'static str = "microsoft.graph.accessReviewInstanceDecisionItemAccessPackageAssignmentPolicyResource";
    const KEYS: &'static [&'static str] = &[
        "displayName",
        "id",
        "type",
        "accessPackageDisplayName",
        "accessPackageId",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"displayName\":                  ",
        ",\"id\":                           ",
        ",\"type\":                         ",
        ",\"accessPackageDisplayName\":     ",
        ",\"accessPackageId\":              ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.accessReviewInstanceDecisionItemAccessPackageAssignmentPolicyResource\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "display_name", &self.display_name);
        v.field(1usize, "id", &self.id);
        v.field(2usize, "type_", &self.type_);
        v.field(
            3usize,
            "access_package_display_name",
            &self.access_package_display_name,
        );
        v.field(4usize, "access_package_id", &self.access_package_id);
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::object::Members
for AccessReviewInstanceDecisionItemAccessPackageAssignmentPolicyResource {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.display_name.read_from(r),
            1usize => self.id.read_from(r),
            2usize => self.type_.read_from(r),
            3usize => self.access_package_display_name.read_from(r),
            4usize => self.access_package_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.display_name);
        w.field(1usize, &self.id);
        w.field(2usize, &self.type_);
        w.field(3usize, &self.access_package_display_name);
        w.field(4usize, &self.access_package_id);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_object!(AccessReviewInstanceDecisionItemAccessPackageAssignmentPolicyResource);
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_setters!(
    AccessReviewInstanceDecisionItemAccessPackageAssignmentPolicyResource {
    with_display_name display_name : ::std::string::String; with_id id :
    ::std::string::String; with_type type_ : ::std::string::String;
    with_access_package_display_name access_package_display_name : ::std::string::String;
    with_access_package_id access_package_id : ::std::string::String; }
);
#[cfg(msgraph_v1_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AccessReviewInstanceDecisionItemAccessPackageAssignmentPolicyResource);
#[cfg(msgraph_v1_identity_governance_or_search)]
/// CSDL: `microsoft.graph.accessReviewInstanceDecisionItemAzureRoleResource`, complex type, derived from `microsoft.graph.accessReviewInstanceDecisionItemResource`, open.
///
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
#[derive(Clone)]
pub struct AccessReviewInstanceDecisionItemAzureRoleResource {
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `id`: `Edm.String`, nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `type`: `Edm.String`, nullable.
    pub type_: rt::Field<::std::string::String>,
    /// CSDL: property `scope`: `microsoft.graph.accessReviewInstanceDecisionItemResource`, nullable.
    pub scope: rt::Field<crate::v1::AnyAccessReviewInstanceDecisionItemResource>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl ::std::default::Default for AccessReviewInstanceDecisionItemAzureRoleResource {
    #[inline]
    fn default() -> Self {
        Self {
            display_name: rt::Field::Absent,
            id: rt::Field::Absent,
            type_: rt::Field::Absent,
            scope: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::Object for AccessReviewInstanceDecisionItemAzureRoleResource {
    const TYPE_NAME: &'static str = "microsoft.graph.accessReviewInstanceDecisionItemAzureRoleResource";
    const KEYS: &'static [&'static str] = &["displayName", "id", "type", "scope"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"displayName\":                  ",
        ",\"id\":                           ",
        ",\"type\":                         ",
        ",\"scope\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.accessReviewInstanceDecisionItemAzureRoleResource\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "display_name", &self.display_name);
        v.field(1usize, "id", &self.id);
        v.field(2usize, "type_", &self.type_);
        v.field(3usize, "scope", &self.scope);
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::object::Members for AccessReviewInstanceDecisionItemAzureRoleResource {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.display_name.read_from(r),
            1usize => self.id.read_from(r),
            2usize => self.type_.read_from(r),
            3usize => self.scope.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.display_name);
        w.field(1usize, &self.id);
        w.field(2usize, &self.type_);
        w.field(3usize, &self.scope);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_object!(AccessReviewInstanceDecisionItemAzureRoleResource);
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_setters!(
    AccessReviewInstanceDecisionItemAzureRoleResource { with_display_name display_name :
    ::std::string::String; with_id id : ::std::string::String; with_type type_ :
    ::std::string::String; with_scope scope : crate
    ::v1::AnyAccessReviewInstanceDecisionItemResource; }
);
#[cfg(msgraph_v1_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AccessReviewInstanceDecisionItemAzureRoleResource);
#[cfg(msgraph_v1_identity_governance_or_search)]
/// CSDL: `microsoft.graph.accessReviewInstanceDecisionItemFilterByCurrentUserOptions`, enum type.
///
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum AccessReviewInstanceDecisionItemFilterByCurrentUserOptions {
    /// `reviewer` (value 1).
    Reviewer,
    /// `unknownFutureValue` (value 2).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::StrEnum for AccessReviewInstanceDecisionItemFilterByCurrentUserOptions {
    const TYPE_NAME: &'static str = "microsoft.graph.accessReviewInstanceDecisionItemFilterByCurrentUserOptions";
    const MEMBERS: &'static [&'static str] = &["reviewer", "unknownFutureValue"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "reviewer" => Self::Reviewer,
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
            Self::Reviewer => "reviewer",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_enum!(AccessReviewInstanceDecisionItemFilterByCurrentUserOptions);
#[cfg(msgraph_v1_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AccessReviewInstanceDecisionItemFilterByCurrentUserOptions);
#[cfg(msgraph_v1_identity_governance_or_search)]
/// CSDL: `microsoft.graph.accessReviewInstanceDecisionItemResource`, complex type.
///
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
#[derive(Clone)]
pub struct AccessReviewInstanceDecisionItemResource {
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `id`: `Edm.String`, nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `type`: `Edm.String`, nullable.
    pub type_: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl ::std::default::Default for AccessReviewInstanceDecisionItemResource {
    #[inline]
    fn default() -> Self {
        Self {
            display_name: rt::Field::Absent,
            id: rt::Field::Absent,
            type_: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::Object for AccessReviewInstanceDecisionItemResource {
    const TYPE_NAME: &'static str = "microsoft.graph.accessReviewInstanceDecisionItemResource";
    const KEYS: &'static [&'static str] = &["displayName", "id", "type"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"displayName\":                  ",
        ",\"id\":                           ",
        ",\"type\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.accessReviewInstanceDecisionItemResource\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "display_name", &self.display_name);
        v.field(1usize, "id", &self.id);
        v.field(2usize, "type_", &self.type_);
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::object::Members for AccessReviewInstanceDecisionItemResource {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.display_name.read_from(r),
            1usize => self.id.read_from(r),
            2usize => self.type_.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.display_name);
        w.field(1usize, &self.id);
        w.field(2usize, &self.type_);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_object!(AccessReviewInstanceDecisionItemResource);
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_setters!(
    AccessReviewInstanceDecisionItemResource { with_display_name display_name :
    ::std::string::String; with_id id : ::std::string::String; with_type type_ :
    ::std::string::String; }
);
#[cfg(msgraph_v1_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AccessReviewInstanceDecisionItemResource);
#[cfg(msgraph_v1_identity_governance_or_search)]
/// `microsoft.graph.accessReviewInstanceDecisionItemResource` or any type derived from it, selected by `@odata.type` (4 types); each variant's type converts into it (`From`).
///
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyAccessReviewInstanceDecisionItemResource {
    AccessReviewInstanceDecisionItemResource(
        ::std::boxed::Box<crate::v1::AccessReviewInstanceDecisionItemResource>,
    ),
    AccessReviewInstanceDecisionItemAccessPackageAssignmentPolicyResource(
        ::std::boxed::Box<
            crate::v1::AccessReviewInstanceDecisionItemAccessPackageAssignmentPolicyResource,
        >,
    ),
    AccessReviewInstanceDecisionItemAzureRoleResource(
        ::std::boxed::Box<crate::v1::AccessReviewInstanceDecisionItemAzureRoleResource>,
    ),
    AccessReviewInstanceDecisionItemServicePrincipalResource(
        ::std::boxed::Box<
            crate::v1::AccessReviewInstanceDecisionItemServicePrincipalResource,
        >,
    ),
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl ::std::default::Default for AnyAccessReviewInstanceDecisionItemResource {
    #[inline]
    fn default() -> Self {
        Self::AccessReviewInstanceDecisionItemResource(
            ::std::default::Default::default(),
        )
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::AccessReviewInstanceDecisionItemResource>
for AnyAccessReviewInstanceDecisionItemResource {
    #[inline]
    fn from(v: crate::v1::AccessReviewInstanceDecisionItemResource) -> Self {
        Self::AccessReviewInstanceDecisionItemResource(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<
    crate::v1::AccessReviewInstanceDecisionItemAccessPackageAssignmentPolicyResource,
> for AnyAccessReviewInstanceDecisionItemResource {
    #[inline]
    fn from(
        v: crate::v1::AccessReviewInstanceDecisionItemAccessPackageAssignmentPolicyResource,
    ) -> Self {
        Self::AccessReviewInstanceDecisionItemAccessPackageAssignmentPolicyResource(
            ::std::boxed::Box::new(v),
        )
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::AccessReviewInstanceDecisionItemAzureRoleResource>
for AnyAccessReviewInstanceDecisionItemResource {
    #[inline]
    fn from(v: crate::v1::AccessReviewInstanceDecisionItemAzureRoleResource) -> Self {
        Self::AccessReviewInstanceDecisionItemAzureRoleResource(
            ::std::boxed::Box::new(v),
        )
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<
    crate::v1::AccessReviewInstanceDecisionItemServicePrincipalResource,
> for AnyAccessReviewInstanceDecisionItemResource {
    #[inline]
    fn from(
        v: crate::v1::AccessReviewInstanceDecisionItemServicePrincipalResource,
    ) -> Self {
        Self::AccessReviewInstanceDecisionItemServicePrincipalResource(
            ::std::boxed::Box::new(v),
        )
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
unsafe impl ::std::marker::Send for AnyAccessReviewInstanceDecisionItemResource {}
#[cfg(msgraph_v1_identity_governance_or_search)]
unsafe impl ::std::marker::Sync for AnyAccessReviewInstanceDecisionItemResource {}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl ::std::marker::Unpin for AnyAccessReviewInstanceDecisionItemResource {}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl ::std::panic::UnwindSafe for AnyAccessReviewInstanceDecisionItemResource {}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl ::std::panic::RefUnwindSafe for AnyAccessReviewInstanceDecisionItemResource {}
#[cfg(msgraph_v1_identity_governance_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::v1::AccessReviewInstanceDecisionItemResource>();
    rt::object::auto_traits::<
        crate::v1::AccessReviewInstanceDecisionItemAccessPackageAssignmentPolicyResource,
    >();
    rt::object::auto_traits::<
        crate::v1::AccessReviewInstanceDecisionItemAzureRoleResource,
    >();
    rt::object::auto_traits::<
        crate::v1::AccessReviewInstanceDecisionItemServicePrincipalResource,
    >();
};
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::Poly for AnyAccessReviewInstanceDecisionItemResource {
    const BASE_NAME: &'static str = "microsoft.graph.accessReviewInstanceDecisionItemResource";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some(
                "microsoft.graph.accessReviewInstanceDecisionItemAccessPackageAssignmentPolicyResource",
            ) => {
                Self::AccessReviewInstanceDecisionItemAccessPackageAssignmentPolicyResource(
                    rt::object::new_boxed(),
                )
            }
            ::std::option::Option::Some(
                "microsoft.graph.accessReviewInstanceDecisionItemAzureRoleResource",
            ) => {
                Self::AccessReviewInstanceDecisionItemAzureRoleResource(
                    rt::object::new_boxed(),
                )
            }
            ::std::option::Option::Some(
                "microsoft.graph.accessReviewInstanceDecisionItemServicePrincipalResource",
            ) => {
                Self::AccessReviewInstanceDecisionItemServicePrincipalResource(
                    rt::object::new_boxed(),
                )
            }
            _ => Self::AccessReviewInstanceDecisionItemResource(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::AccessReviewInstanceDecisionItemResource(v) => &**v,
            Self::AccessReviewInstanceDecisionItemAccessPackageAssignmentPolicyResource(
                v,
            ) => &**v,
            Self::AccessReviewInstanceDecisionItemAzureRoleResource(v) => &**v,
            Self::AccessReviewInstanceDecisionItemServicePrincipalResource(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::AccessReviewInstanceDecisionItemResource(v) => &mut **v,
            Self::AccessReviewInstanceDecisionItemAccessPackageAssignmentPolicyResource(
                v,
            ) => &mut **v,
            Self::AccessReviewInstanceDecisionItemAzureRoleResource(v) => &mut **v,
            Self::AccessReviewInstanceDecisionItemServicePrincipalResource(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl AnyAccessReviewInstanceDecisionItemResource {
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
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::AccessReviewInstanceDecisionItemResource(v) => &v.display_name,
            Self::AccessReviewInstanceDecisionItemAccessPackageAssignmentPolicyResource(
                v,
            ) => &v.display_name,
            Self::AccessReviewInstanceDecisionItemAzureRoleResource(v) => &v.display_name,
            Self::AccessReviewInstanceDecisionItemServicePrincipalResource(v) => {
                &v.display_name
            }
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::AccessReviewInstanceDecisionItemResource(v) => &mut v.display_name,
            Self::AccessReviewInstanceDecisionItemAccessPackageAssignmentPolicyResource(
                v,
            ) => &mut v.display_name,
            Self::AccessReviewInstanceDecisionItemAzureRoleResource(v) => {
                &mut v.display_name
            }
            Self::AccessReviewInstanceDecisionItemServicePrincipalResource(v) => {
                &mut v.display_name
            }
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::AccessReviewInstanceDecisionItemResource(v) => &v.id,
            Self::AccessReviewInstanceDecisionItemAccessPackageAssignmentPolicyResource(
                v,
            ) => &v.id,
            Self::AccessReviewInstanceDecisionItemAzureRoleResource(v) => &v.id,
            Self::AccessReviewInstanceDecisionItemServicePrincipalResource(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::AccessReviewInstanceDecisionItemResource(v) => &mut v.id,
            Self::AccessReviewInstanceDecisionItemAccessPackageAssignmentPolicyResource(
                v,
            ) => &mut v.id,
            Self::AccessReviewInstanceDecisionItemAzureRoleResource(v) => &mut v.id,
            Self::AccessReviewInstanceDecisionItemServicePrincipalResource(v) => {
                &mut v.id
            }
        }
    }
    /// `type` of any variant.
    #[inline]
    pub fn type_(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::AccessReviewInstanceDecisionItemResource(v) => &v.type_,
            Self::AccessReviewInstanceDecisionItemAccessPackageAssignmentPolicyResource(
                v,
            ) => &v.type_,
            Self::AccessReviewInstanceDecisionItemAzureRoleResource(v) => &v.type_,
            Self::AccessReviewInstanceDecisionItemServicePrincipalResource(v) => &v.type_,
        }
    }
    /// `type` of any variant.
    #[inline]
    pub fn type_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::AccessReviewInstanceDecisionItemResource(v) => &mut v.type_,
            Self::AccessReviewInstanceDecisionItemAccessPackageAssignmentPolicyResource(
                v,
            ) => &mut v.type_,
            Self::AccessReviewInstanceDecisionItemAzureRoleResource(v) => &mut v.type_,
            Self::AccessReviewInstanceDecisionItemServicePrincipalResource(v) => {
                &mut v.type_
            }
        }
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_poly!(AnyAccessReviewInstanceDecisionItemResource);
#[cfg(msgraph_v1_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyAccessReviewInstanceDecisionItemResource);
#[cfg(msgraph_v1_identity_governance_or_search)]
/// CSDL: `microsoft.graph.accessReviewInstanceDecisionItemServicePrincipalResource`, complex type, derived from `microsoft.graph.accessReviewInstanceDecisionItemResource`, open.
///
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
#[derive(Clone)]
pub struct AccessReviewInstanceDecisionItemServicePrincipalResource {
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `id`: `Edm.String`, nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `type`: `Edm.String`, nullable.
    pub type_: rt::Field<::std::string::String>,
    /// CSDL: property `appId`: `Edm.String`, nullable.
    pub app_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl ::std::default::Default
for AccessReviewInstanceDecisionItemServicePrincipalResource {
    #[inline]
    fn default() -> Self {
        Self {
            display_name: rt::Field::Absent,
            id: rt::Field::Absent,
            type_: rt::Field::Absent,
            app_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::Object for AccessReviewInstanceDecisionItemServicePrincipalResource {
    const TYPE_NAME: &'static str = "microsoft.graph.accessReviewInstanceDecisionItemServicePrincipalResource";
    const KEYS: &'static [&'static str] = &["displayName", "id", "type", "appId"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"displayName\":                  ",
        ",\"id\":                           ",
        ",\"type\":                         ",
        ",\"appId\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.accessReviewInstanceDecisionItemServicePrincipalResource\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "display_name", &self.display_name);
        v.field(1usize, "id", &self.id);
        v.field(2usize, "type_", &self.type_);
        v.field(3usize, "app_id", &self.app_id);
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::object::Members for AccessReviewInstanceDecisionItemServicePrincipalResource {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.display_name.read_from(r),
            1usize => self.id.read_from(r),
            2usize => self.type_.read_from(r),
            3usize => self.app_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.display_name);
        w.field(1usize, &self.id);
        w.field(2usize, &self.type_);
        w.field(3usize, &self.app_id);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_object!(AccessReviewInstanceDecisionItemServicePrincipalResource);
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_setters!(
    AccessReviewInstanceDecisionItemServicePrincipalResource { with_display_name
    display_name : ::std::string::String; with_id id : ::std::string::String; with_type
    type_ : ::std::string::String; with_app_id app_id : ::std::string::String; }
);
#[cfg(msgraph_v1_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AccessReviewInstanceDecisionItemServicePrincipalResource);
#[cfg(msgraph_v1_identity_governance_or_search)]
/// CSDL: `microsoft.graph.accessReviewNotificationRecipientItem`, complex type.
///
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
#[derive(Clone)]
pub struct AccessReviewNotificationRecipientItem {
    /// CSDL: property `notificationRecipientScope`: `microsoft.graph.accessReviewNotificationRecipientScope`, nullable.
    pub notification_recipient_scope: rt::Field<
        crate::v1::AnyAccessReviewNotificationRecipientScope,
    >,
    /// CSDL: property `notificationTemplateType`: `Edm.String`, nullable.
    pub notification_template_type: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl ::std::default::Default for AccessReviewNotificationRecipientItem {
    #[inline]
    fn default() -> Self {
        Self {
            notification_recipient_scope: rt::Field::Absent,
            notification_template_type: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::Object for AccessReviewNotificationRecipientItem {
    const TYPE_NAME: &'static str = "microsoft.graph.accessReviewNotificationRecipientItem";
    const KEYS: &'static [&'static str] = &[
        "notificationRecipientScope",
        "notificationTemplateType",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"notificationRecipientScope\":   ",
        ",\"notificationTemplateType\":     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.accessReviewNotificationRecipientItem\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(
            0usize,
            "notification_recipient_scope",
            &self.notification_recipient_scope,
        );
        v.field(1usize, "notification_template_type", &self.notification_template_type);
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::object::Members for AccessReviewNotificationRecipientItem {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.notification_recipient_scope.read_from(r),
            1usize => self.notification_template_type.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.notification_recipient_scope);
        w.field(1usize, &self.notification_template_type);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_object!(AccessReviewNotificationRecipientItem);
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_setters!(
    AccessReviewNotificationRecipientItem { with_notification_recipient_scope
    notification_recipient_scope : crate ::v1::AnyAccessReviewNotificationRecipientScope;
    with_notification_template_type notification_template_type : ::std::string::String; }
);
#[cfg(msgraph_v1_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AccessReviewNotificationRecipientItem);
#[cfg(msgraph_v1_identity_governance_or_search)]
/// CSDL: `microsoft.graph.accessReviewNotificationRecipientQueryScope`, complex type, derived from `microsoft.graph.accessReviewNotificationRecipientScope`.
///
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
#[derive(Clone)]
pub struct AccessReviewNotificationRecipientQueryScope {
    /// CSDL: property `query`: `Edm.String`, nullable.
    pub query: rt::Field<::std::string::String>,
    /// CSDL: property `queryRoot`: `Edm.String`, nullable.
    pub query_root: rt::Field<::std::string::String>,
    /// CSDL: property `queryType`: `Edm.String`, nullable.
    pub query_type: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl ::std::default::Default for AccessReviewNotificationRecipientQueryScope {
    #[inline]
    fn default() -> Self {
        Self {
            query: rt::Field::Absent,
            query_root: rt::Field::Absent,
            query_type: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::Object for AccessReviewNotificationRecipientQueryScope {
    const TYPE_NAME: &'static str = "microsoft.graph.accessReviewNotificationRecipientQueryScope";
    const KEYS: &'static [&'static str] = &["query", "queryRoot", "queryType"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"query\":                        ",
        ",\"queryRoot\":                    ",
        ",\"queryType\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.accessReviewNotificationRecipientQueryScope\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "query", &self.query);
        v.field(1usize, "query_root", &self.query_root);
        v.field(2usize, "query_type", &self.query_type);
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::object::Members for AccessReviewNotificationRecipientQueryScope {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.query.read_from(r),
            1usize => self.query_root.read_from(r),
            2usize => self.query_type.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.query);
        w.field(1usize, &self.query_root);
        w.field(2usize, &self.query_type);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_object!(AccessReviewNotificationRecipientQueryScope);
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_setters!(
    AccessReviewNotificationRecipientQueryScope { with_query query :
    ::std::string::String; with_query_root query_root : ::std::string::String;
    with_query_type query_type : ::std::string::String; }
);
#[cfg(msgraph_v1_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AccessReviewNotificationRecipientQueryScope);
#[cfg(msgraph_v1_identity_governance_or_search)]
/// CSDL: `microsoft.graph.accessReviewNotificationRecipientScope`, complex type, abstract.
///
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
#[derive(Clone)]
pub struct AccessReviewNotificationRecipientScope {
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl ::std::default::Default for AccessReviewNotificationRecipientScope {
    #[inline]
    fn default() -> Self {
        Self {
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::Object for AccessReviewNotificationRecipientScope {
    const TYPE_NAME: &'static str = "microsoft.graph.accessReviewNotificationRecipientScope";
    const KEYS: &'static [&'static str] = &[];
    const KEYS_JSON: &'static [&'static str] = &[];
    const TAG: &'static str = "\"#microsoft.graph.accessReviewNotificationRecipientScope\"";
    #[inline]
    #[allow(unused_variables)]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {}
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::object::Members for AccessReviewNotificationRecipientScope {
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
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_object!(AccessReviewNotificationRecipientScope);
#[cfg(msgraph_v1_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AccessReviewNotificationRecipientScope);
#[cfg(msgraph_v1_identity_governance_or_search)]
/// `microsoft.graph.accessReviewNotificationRecipientScope` or any type derived from it, selected by `@odata.type` (2 types); each variant's type converts into it (`From`).
///
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyAccessReviewNotificationRecipientScope {
    AccessReviewNotificationRecipientScope(
        ::std::boxed::Box<crate::v1::AccessReviewNotificationRecipientScope>,
    ),
    AccessReviewNotificationRecipientQueryScope(
        ::std::boxed::Box<crate::v1::AccessReviewNotificationRecipientQueryScope>,
    ),
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl ::std::default::Default for AnyAccessReviewNotificationRecipientScope {
    #[inline]
    fn default() -> Self {
        Self::AccessReviewNotificationRecipientScope(::std::default::Default::default())
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::AccessReviewNotificationRecipientScope>
for AnyAccessReviewNotificationRecipientScope {
    #[inline]
    fn from(v: crate::v1::AccessReviewNotificationRecipientScope) -> Self {
        Self::AccessReviewNotificationRecipientScope(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::AccessReviewNotificationRecipientQueryScope>
for AnyAccessReviewNotificationRecipientScope {
    #[inline]
    fn from(v: crate::v1::AccessReviewNotificationRecipientQueryScope) -> Self {
        Self::AccessReviewNotificationRecipientQueryScope(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
unsafe impl ::std::marker::Send for AnyAccessReviewNotificationRecipientScope {}
#[cfg(msgraph_v1_identity_governance_or_search)]
unsafe impl ::std::marker::Sync for AnyAccessReviewNotificationRecipientScope {}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl ::std::marker::Unpin for AnyAccessReviewNotificationRecipientScope {}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl ::std::panic::UnwindSafe for AnyAccessReviewNotificationRecipientScope {}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl ::std::panic::RefUnwindSafe for AnyAccessReviewNotificationRecipientScope {}
#[cfg(msgraph_v1_identity_governance_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::v1::AccessReviewNotificationRecipientScope>();
    rt::object::auto_traits::<crate::v1::AccessReviewNotificationRecipientQueryScope>();
};
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::Poly for AnyAccessReviewNotificationRecipientScope {
    const BASE_NAME: &'static str = "microsoft.graph.accessReviewNotificationRecipientScope";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some(
                "microsoft.graph.accessReviewNotificationRecipientQueryScope",
            ) => {
                Self::AccessReviewNotificationRecipientQueryScope(
                    rt::object::new_boxed(),
                )
            }
            _ => Self::AccessReviewNotificationRecipientScope(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::AccessReviewNotificationRecipientScope(v) => &**v,
            Self::AccessReviewNotificationRecipientQueryScope(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::AccessReviewNotificationRecipientScope(v) => &mut **v,
            Self::AccessReviewNotificationRecipientQueryScope(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl AnyAccessReviewNotificationRecipientScope {
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
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_poly!(AnyAccessReviewNotificationRecipientScope);
#[cfg(msgraph_v1_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyAccessReviewNotificationRecipientScope);
#[cfg(msgraph_v1_identity_governance_or_search)]
/// CSDL: `microsoft.graph.accessReviewQueryScope`, complex type, derived from `microsoft.graph.accessReviewScope`.
///
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
#[derive(Clone)]
pub struct AccessReviewQueryScope {
    /// CSDL: property `query`: `Edm.String`, nullable.
    pub query: rt::Field<::std::string::String>,
    /// CSDL: property `queryRoot`: `Edm.String`, nullable.
    pub query_root: rt::Field<::std::string::String>,
    /// CSDL: property `queryType`: `Edm.String`, nullable.
    pub query_type: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl ::std::default::Default for AccessReviewQueryScope {
    #[inline]
    fn default() -> Self {
        Self {
            query: rt::Field::Absent,
            query_root: rt::Field::Absent,
            query_type: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::Object for AccessReviewQueryScope {
    const TYPE_NAME: &'static str = "microsoft.graph.accessReviewQueryScope";
    const KEYS: &'static [&'static str] = &["query", "queryRoot", "queryType"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"query\":                        ",
        ",\"queryRoot\":                    ",
        ",\"queryType\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.accessReviewQueryScope\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "query", &self.query);
        v.field(1usize, "query_root", &self.query_root);
        v.field(2usize, "query_type", &self.query_type);
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::object::Members for AccessReviewQueryScope {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.query.read_from(r),
            1usize => self.query_root.read_from(r),
            2usize => self.query_type.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.query);
        w.field(1usize, &self.query_root);
        w.field(2usize, &self.query_type);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_object!(AccessReviewQueryScope);
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_setters!(
    AccessReviewQueryScope { with_query query : ::std::string::String; with_query_root
    query_root : ::std::string::String; with_query_type query_type :
    ::std::string::String; }
);
#[cfg(msgraph_v1_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AccessReviewQueryScope);
#[cfg(msgraph_v1_identity_governance_or_search)]
/// `microsoft.graph.accessReviewQueryScope` or any type derived from it, selected by `@odata.type` (2 types); each variant's type converts into it (`From`).
///
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyAccessReviewQueryScope {
    AccessReviewQueryScope(::std::boxed::Box<crate::v1::AccessReviewQueryScope>),
    AccessReviewInactiveUsersQueryScope(
        ::std::boxed::Box<crate::v1::AccessReviewInactiveUsersQueryScope>,
    ),
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl ::std::default::Default for AnyAccessReviewQueryScope {
    #[inline]
    fn default() -> Self {
        Self::AccessReviewQueryScope(::std::default::Default::default())
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::AccessReviewQueryScope>
for AnyAccessReviewQueryScope {
    #[inline]
    fn from(v: crate::v1::AccessReviewQueryScope) -> Self {
        Self::AccessReviewQueryScope(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::AccessReviewInactiveUsersQueryScope>
for AnyAccessReviewQueryScope {
    #[inline]
    fn from(v: crate::v1::AccessReviewInactiveUsersQueryScope) -> Self {
        Self::AccessReviewInactiveUsersQueryScope(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
unsafe impl ::std::marker::Send for AnyAccessReviewQueryScope {}
#[cfg(msgraph_v1_identity_governance_or_search)]
unsafe impl ::std::marker::Sync for AnyAccessReviewQueryScope {}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl ::std::marker::Unpin for AnyAccessReviewQueryScope {}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl ::std::panic::UnwindSafe for AnyAccessReviewQueryScope {}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl ::std::panic::RefUnwindSafe for AnyAccessReviewQueryScope {}
#[cfg(msgraph_v1_identity_governance_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::v1::AccessReviewQueryScope>();
    rt::object::auto_traits::<crate::v1::AccessReviewInactiveUsersQueryScope>();
};
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::Poly for AnyAccessReviewQueryScope {
    const BASE_NAME: &'static str = "microsoft.graph.accessReviewQueryScope";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some(
                "microsoft.graph.accessReviewInactiveUsersQueryScope",
            ) => Self::AccessReviewInactiveUsersQueryScope(rt::object::new_boxed()),
            _ => Self::AccessReviewQueryScope(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::AccessReviewQueryScope(v) => &**v,
            Self::AccessReviewInactiveUsersQueryScope(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::AccessReviewQueryScope(v) => &mut **v,
            Self::AccessReviewInactiveUsersQueryScope(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl AnyAccessReviewQueryScope {
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
    /// `query` of any variant.
    #[inline]
    pub fn query(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::AccessReviewQueryScope(v) => &v.query,
            Self::AccessReviewInactiveUsersQueryScope(v) => &v.query,
        }
    }
    /// `query` of any variant.
    #[inline]
    pub fn query_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::AccessReviewQueryScope(v) => &mut v.query,
            Self::AccessReviewInactiveUsersQueryScope(v) => &mut v.query,
        }
    }
    /// `queryRoot` of any variant.
    #[inline]
    pub fn query_root(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::AccessReviewQueryScope(v) => &v.query_root,
            Self::AccessReviewInactiveUsersQueryScope(v) => &v.query_root,
        }
    }
    /// `queryRoot` of any variant.
    #[inline]
    pub fn query_root_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::AccessReviewQueryScope(v) => &mut v.query_root,
            Self::AccessReviewInactiveUsersQueryScope(v) => &mut v.query_root,
        }
    }
    /// `queryType` of any variant.
    #[inline]
    pub fn query_type(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::AccessReviewQueryScope(v) => &v.query_type,
            Self::AccessReviewInactiveUsersQueryScope(v) => &v.query_type,
        }
    }
    /// `queryType` of any variant.
    #[inline]
    pub fn query_type_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::AccessReviewQueryScope(v) => &mut v.query_type,
            Self::AccessReviewInactiveUsersQueryScope(v) => &mut v.query_type,
        }
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_poly!(AnyAccessReviewQueryScope);
#[cfg(msgraph_v1_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyAccessReviewQueryScope);
#[cfg(msgraph_v1_identity_governance_or_search)]
/// CSDL: `microsoft.graph.accessReviewRecommendationInsightSetting`, complex type, abstract.
///
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
#[derive(Clone)]
pub struct AccessReviewRecommendationInsightSetting {
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl ::std::default::Default for AccessReviewRecommendationInsightSetting {
    #[inline]
    fn default() -> Self {
        Self {
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::Object for AccessReviewRecommendationInsightSetting {
    const TYPE_NAME: &'static str = "microsoft.graph.accessReviewRecommendationInsightSetting";
    const KEYS: &'static [&'static str] = &[];
    const KEYS_JSON: &'static [&'static str] = &[];
    const TAG: &'static str = "\"#microsoft.graph.accessReviewRecommendationInsightSetting\"";
    #[inline]
    #[allow(unused_variables)]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {}
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::object::Members for AccessReviewRecommendationInsightSetting {
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
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_object!(AccessReviewRecommendationInsightSetting);
#[cfg(msgraph_v1_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AccessReviewRecommendationInsightSetting);
#[cfg(msgraph_v1_identity_governance_or_search)]
/// `microsoft.graph.accessReviewRecommendationInsightSetting` or any type derived from it, selected by `@odata.type` (3 types); each variant's type converts into it (`From`).
///
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyAccessReviewRecommendationInsightSetting {
    AccessReviewRecommendationInsightSetting(
        ::std::boxed::Box<crate::v1::AccessReviewRecommendationInsightSetting>,
    ),
    GroupPeerOutlierRecommendationInsightSettings(
        ::std::boxed::Box<crate::v1::GroupPeerOutlierRecommendationInsightSettings>,
    ),
    UserLastSignInRecommendationInsightSetting(
        ::std::boxed::Box<crate::v1::UserLastSignInRecommendationInsightSetting>,
    ),
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl ::std::default::Default for AnyAccessReviewRecommendationInsightSetting {
    #[inline]
    fn default() -> Self {
        Self::AccessReviewRecommendationInsightSetting(
            ::std::default::Default::default(),
        )
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::AccessReviewRecommendationInsightSetting>
for AnyAccessReviewRecommendationInsightSetting {
    #[inline]
    fn from(v: crate::v1::AccessReviewRecommendationInsightSetting) -> Self {
        Self::AccessReviewRecommendationInsightSetting(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::GroupPeerOutlierRecommendationInsightSettings>
for AnyAccessReviewRecommendationInsightSetting {
    #[inline]
    fn from(v: crate::v1::GroupPeerOutlierRecommendationInsightSettings) -> Self {
        Self::GroupPeerOutlierRecommendationInsightSettings(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::UserLastSignInRecommendationInsightSetting>
for AnyAccessReviewRecommendationInsightSetting {
    #[inline]
    fn from(v: crate::v1::UserLastSignInRecommendationInsightSetting) -> Self {
        Self::UserLastSignInRecommendationInsightSetting(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
unsafe impl ::std::marker::Send for AnyAccessReviewRecommendationInsightSetting {}
#[cfg(msgraph_v1_identity_governance_or_search)]
unsafe impl ::std::marker::Sync for AnyAccessReviewRecommendationInsightSetting {}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl ::std::marker::Unpin for AnyAccessReviewRecommendationInsightSetting {}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl ::std::panic::UnwindSafe for AnyAccessReviewRecommendationInsightSetting {}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl ::std::panic::RefUnwindSafe for AnyAccessReviewRecommendationInsightSetting {}
#[cfg(msgraph_v1_identity_governance_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::v1::AccessReviewRecommendationInsightSetting>();
    rt::object::auto_traits::<
        crate::v1::GroupPeerOutlierRecommendationInsightSettings,
    >();
    rt::object::auto_traits::<crate::v1::UserLastSignInRecommendationInsightSetting>();
};
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::Poly for AnyAccessReviewRecommendationInsightSetting {
    const BASE_NAME: &'static str = "microsoft.graph.accessReviewRecommendationInsightSetting";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some(
                "microsoft.graph.groupPeerOutlierRecommendationInsightSettings",
            ) => {
                Self::GroupPeerOutlierRecommendationInsightSettings(
                    rt::object::new_boxed(),
                )
            }
            ::std::option::Option::Some(
                "microsoft.graph.userLastSignInRecommendationInsightSetting",
            ) => {
                Self::UserLastSignInRecommendationInsightSetting(rt::object::new_boxed())
            }
            _ => Self::AccessReviewRecommendationInsightSetting(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::AccessReviewRecommendationInsightSetting(v) => &**v,
            Self::GroupPeerOutlierRecommendationInsightSettings(v) => &**v,
            Self::UserLastSignInRecommendationInsightSetting(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::AccessReviewRecommendationInsightSetting(v) => &mut **v,
            Self::GroupPeerOutlierRecommendationInsightSettings(v) => &mut **v,
            Self::UserLastSignInRecommendationInsightSetting(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl AnyAccessReviewRecommendationInsightSetting {
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
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_poly!(AnyAccessReviewRecommendationInsightSetting);
#[cfg(msgraph_v1_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyAccessReviewRecommendationInsightSetting);
#[cfg(msgraph_v1_identity_governance_or_search)]
/// CSDL: `microsoft.graph.accessReviewReviewer`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
#[derive(Clone)]
pub struct AccessReviewReviewer {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `userPrincipalName`: `Edm.String`, nullable.
    pub user_principal_name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl ::std::default::Default for AccessReviewReviewer {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            display_name: rt::Field::Absent,
            user_principal_name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::Object for AccessReviewReviewer {
    const TYPE_NAME: &'static str = "microsoft.graph.accessReviewReviewer";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdDateTime",
        "displayName",
        "userPrincipalName",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdDateTime\":              ",
        ",\"displayName\":                  ",
        ",\"userPrincipalName\":            ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.accessReviewReviewer\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_date_time", &self.created_date_time);
        v.field(2usize, "display_name", &self.display_name);
        v.field(3usize, "user_principal_name", &self.user_principal_name);
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::object::Members for AccessReviewReviewer {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_date_time.read_from(r),
            2usize => self.display_name.read_from(r),
            3usize => self.user_principal_name.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.created_date_time);
        w.field(2usize, &self.display_name);
        w.field(3usize, &self.user_principal_name);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_object!(AccessReviewReviewer);
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_setters!(
    AccessReviewReviewer { with_id id : ::std::string::String; with_created_date_time
    created_date_time : rt::edm::DateTimeOffset; with_display_name display_name :
    ::std::string::String; with_user_principal_name user_principal_name :
    ::std::string::String; }
);
#[cfg(msgraph_v1_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AccessReviewReviewer);
#[cfg(msgraph_v1_identity_governance_or_policies_or_search)]
/// CSDL: `microsoft.graph.accessReviewReviewerScope`, complex type.
///
/// Features: `v1`, or one of `v1-identity-governance`, `v1-policies`, `v1-search`.
#[derive(Clone)]
pub struct AccessReviewReviewerScope {
    /// CSDL: property `query`: `Edm.String`, nullable.
    pub query: rt::Field<::std::string::String>,
    /// CSDL: property `queryRoot`: `Edm.String`, nullable.
    pub query_root: rt::Field<::std::string::String>,
    /// CSDL: property `queryType`: `Edm.String`, nullable.
    pub query_type: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_governance_or_policies_or_search)]
impl ::std::default::Default for AccessReviewReviewerScope {
    #[inline]
    fn default() -> Self {
        Self {
            query: rt::Field::Absent,
            query_root: rt::Field::Absent,
            query_type: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_governance_or_policies_or_search)]
impl rt::Object for AccessReviewReviewerScope {
    const TYPE_NAME: &'static str = "microsoft.graph.accessReviewReviewerScope";
    const KEYS: &'static [&'static str] = &["query", "queryRoot", "queryType"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"query\":                        ",
        ",\"queryRoot\":                    ",
        ",\"queryType\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.accessReviewReviewerScope\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "query", &self.query);
        v.field(1usize, "query_root", &self.query_root);
        v.field(2usize, "query_type", &self.query_type);
    }
}
#[cfg(msgraph_v1_identity_governance_or_policies_or_search)]
impl rt::object::Members for AccessReviewReviewerScope {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.query.read_from(r),
            1usize => self.query_root.read_from(r),
            2usize => self.query_type.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.query);
        w.field(1usize, &self.query_root);
        w.field(2usize, &self.query_type);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_identity_governance_or_policies_or_search)]
rt::impl_object!(AccessReviewReviewerScope);
#[cfg(msgraph_v1_identity_governance_or_policies_or_search)]
rt::impl_setters!(
    AccessReviewReviewerScope { with_query query : ::std::string::String; with_query_root
    query_root : ::std::string::String; with_query_type query_type :
    ::std::string::String; }
);
#[cfg(msgraph_v1_identity_governance_or_policies_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AccessReviewReviewerScope);
#[cfg(msgraph_v1_identity_governance_or_search)]
/// CSDL: `microsoft.graph.accessReviewScheduleDefinitionFilterByCurrentUserOptions`, enum type.
///
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum AccessReviewScheduleDefinitionFilterByCurrentUserOptions {
    /// `reviewer` (value 1).
    Reviewer,
    /// `unknownFutureValue` (value 2).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::StrEnum for AccessReviewScheduleDefinitionFilterByCurrentUserOptions {
    const TYPE_NAME: &'static str = "microsoft.graph.accessReviewScheduleDefinitionFilterByCurrentUserOptions";
    const MEMBERS: &'static [&'static str] = &["reviewer", "unknownFutureValue"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "reviewer" => Self::Reviewer,
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
            Self::Reviewer => "reviewer",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_enum!(AccessReviewScheduleDefinitionFilterByCurrentUserOptions);
#[cfg(msgraph_v1_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AccessReviewScheduleDefinitionFilterByCurrentUserOptions);
#[cfg(msgraph_v1_identity_governance_or_search)]
/// CSDL: `microsoft.graph.accessReviewScheduleSettings`, complex type.
///
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
#[derive(Clone)]
pub struct AccessReviewScheduleSettings {
    /// CSDL: property `applyActions`: `Collection(microsoft.graph.accessReviewApplyAction)`, nullable.
    pub apply_actions: rt::Field<::std::vec::Vec<crate::v1::AnyAccessReviewApplyAction>>,
    /// CSDL: property `autoApplyDecisionsEnabled`: `Edm.Boolean`, not nullable.
    pub auto_apply_decisions_enabled: rt::Field<bool>,
    /// CSDL: property `decisionHistoriesForReviewersEnabled`: `Edm.Boolean`, nullable.
    pub decision_histories_for_reviewers_enabled: rt::Field<bool>,
    /// CSDL: property `defaultDecision`: `Edm.String`, nullable.
    pub default_decision: rt::Field<::std::string::String>,
    /// CSDL: property `defaultDecisionEnabled`: `Edm.Boolean`, not nullable.
    pub default_decision_enabled: rt::Field<bool>,
    /// CSDL: property `instanceDurationInDays`: `Edm.Int32`, not nullable.
    pub instance_duration_in_days: rt::Field<i32>,
    /// CSDL: property `justificationRequiredOnApproval`: `Edm.Boolean`, not nullable.
    pub justification_required_on_approval: rt::Field<bool>,
    /// CSDL: property `mailNotificationsEnabled`: `Edm.Boolean`, not nullable.
    pub mail_notifications_enabled: rt::Field<bool>,
    /// CSDL: property `recommendationInsightSettings`: `Collection(microsoft.graph.accessReviewRecommendationInsightSetting)`, nullable.
    pub recommendation_insight_settings: rt::Field<
        ::std::vec::Vec<crate::v1::AnyAccessReviewRecommendationInsightSetting>,
    >,
    /// CSDL: property `recommendationLookBackDuration`: `Edm.Duration`, nullable.
    pub recommendation_look_back_duration: rt::Field<rt::edm::Duration>,
    /// CSDL: property `recommendationsEnabled`: `Edm.Boolean`, not nullable.
    pub recommendations_enabled: rt::Field<bool>,
    /// CSDL: property `recurrence`: `microsoft.graph.patternedRecurrence`, nullable.
    pub recurrence: rt::Field<crate::v1::PatternedRecurrence>,
    /// CSDL: property `reminderNotificationsEnabled`: `Edm.Boolean`, not nullable.
    pub reminder_notifications_enabled: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl ::std::default::Default for AccessReviewScheduleSettings {
    #[inline]
    fn default() -> Self {
        Self {
            apply_actions: rt::Field::Absent,
            auto_apply_decisions_enabled: rt::Field::Absent,
            decision_histories_for_reviewers_enabled: rt::Field::Absent,
            default_decision: rt::Field::Absent,
            default_decision_enabled: rt::Field::Absent,
            instance_duration_in_days: rt::Field::Absent,
            justification_required_on_approval: rt::Field::Absent,
            mail_notifications_enabled: rt::Field::Absent,
            recommendation_insight_settings: rt::Field::Absent,
            recommendation_look_back_duration: rt::Field::Absent,
            recommendations_enabled: rt::Field::Absent,
            recurrence: rt::Field::Absent,
            reminder_notifications_enabled: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::Object for AccessReviewScheduleSettings {
    const TYPE_NAME: &'static str = "microsoft.graph.accessReviewScheduleSettings";
    const KEYS: &'static [&'static str] = &[
        "applyActions",
        "autoApplyDecisionsEnabled",
        "decisionHistoriesForReviewersEnabled",
        "defaultDecision",
        "defaultDecisionEnabled",
        "instanceDurationInDays",
        "justificationRequiredOnApproval",
        "mailNotificationsEnabled",
        "recommendationInsightSettings",
        "recommendationLookBackDuration",
        "recommendationsEnabled",
        "recurrence",
        "reminderNotificationsEnabled",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"applyActions\":                 ",
        ",\"autoApplyDecisionsEnabled\":    ",
        ",\"decisionHistoriesForReviewersEnabled\":",
        ",\"defaultDecision\":              ",
        ",\"defaultDecisionEnabled\":       ",
        ",\"instanceDurationInDays\":       ",
        ",\"justificationRequiredOnApproval\":",
        ",\"mailNotificationsEnabled\":     ",
        ",\"recommendationInsightSettings\":",
        ",\"recommendationLookBackDuration\":",
        ",\"recommendationsEnabled\":       ",
        ",\"recurrence\":                   ",
        ",\"reminderNotificationsEnabled\": ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.accessReviewScheduleSettings\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "apply_actions", &self.apply_actions);
        v.field(
            1usize,
            "auto_apply_decisions_enabled",
            &self.auto_apply_decisions_enabled,
        );
        v.field(
            2usize,
            "decision_histories_for_reviewers_enabled",
            &self.decision_histories_for_reviewers_enabled,
        );
        v.field(3usize, "default_decision", &self.default_decision);
        v.field(4usize, "default_decision_enabled", &self.default_decision_enabled);
        v.field(5usize, "instance_duration_in_days", &self.instance_duration_in_days);
        v.field(
            6usize,
            "justification_required_on_approval",
            &self.justification_required_on_approval,
        );
        v.field(7usize, "mail_notifications_enabled", &self.mail_notifications_enabled);
        v.field(
            8usize,
            "recommendation_insight_settings",
            &self.recommendation_insight_settings,
        );
        v.field(
            9usize,
            "recommendation_look_back_duration",
            &self.recommendation_look_back_duration,
        );
        v.field(10usize, "recommendations_enabled", &self.recommendations_enabled);
        v.field(11usize, "recurrence", &self.recurrence);
        v.field(
            12usize,
            "reminder_notifications_enabled",
            &self.reminder_notifications_enabled,
        );
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::object::Members for AccessReviewScheduleSettings {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.apply_actions.read_from(r),
            1usize => self.auto_apply_decisions_enabled.read_from(r),
            2usize => self.decision_histories_for_reviewers_enabled.read_from(r),
            3usize => self.default_decision.read_from(r),
            4usize => self.default_decision_enabled.read_from(r),
            5usize => self.instance_duration_in_days.read_from(r),
            6usize => self.justification_required_on_approval.read_from(r),
            7usize => self.mail_notifications_enabled.read_from(r),
            8usize => self.recommendation_insight_settings.read_from(r),
            9usize => self.recommendation_look_back_duration.read_from(r),
            10usize => self.recommendations_enabled.read_from(r),
            11usize => self.recurrence.read_from(r),
            12usize => self.reminder_notifications_enabled.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.apply_actions);
        w.field(1usize, &self.auto_apply_decisions_enabled);
        w.field(2usize, &self.decision_histories_for_reviewers_enabled);
        w.field(3usize, &self.default_decision);
        w.field(4usize, &self.default_decision_enabled);
        w.field(5usize, &self.instance_duration_in_days);
        w.field(6usize, &self.justification_required_on_approval);
        w.field(7usize, &self.mail_notifications_enabled);
        w.field(8usize, &self.recommendation_insight_settings);
        w.field(9usize, &self.recommendation_look_back_duration);
        w.field(10usize, &self.recommendations_enabled);
        w.field(11usize, &self.recurrence);
        w.field(12usize, &self.reminder_notifications_enabled);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_object!(AccessReviewScheduleSettings);
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_setters!(
    AccessReviewScheduleSettings { with_apply_actions apply_actions : ::std::vec::Vec <
    crate ::v1::AnyAccessReviewApplyAction >; with_auto_apply_decisions_enabled
    auto_apply_decisions_enabled : bool; with_decision_histories_for_reviewers_enabled
    decision_histories_for_reviewers_enabled : bool; with_default_decision
    default_decision : ::std::string::String; with_default_decision_enabled
    default_decision_enabled : bool; with_instance_duration_in_days
    instance_duration_in_days : i32; with_justification_required_on_approval
    justification_required_on_approval : bool; with_mail_notifications_enabled
    mail_notifications_enabled : bool; with_recommendation_insight_settings
    recommendation_insight_settings : ::std::vec::Vec < crate
    ::v1::AnyAccessReviewRecommendationInsightSetting >;
    with_recommendation_look_back_duration recommendation_look_back_duration :
    rt::edm::Duration; with_recommendations_enabled recommendations_enabled : bool;
    with_recurrence recurrence : crate ::v1::PatternedRecurrence;
    with_reminder_notifications_enabled reminder_notifications_enabled : bool; }
);
#[cfg(msgraph_v1_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AccessReviewScheduleSettings);
#[cfg(msgraph_v1_identity_governance_or_search)]
/// CSDL: `microsoft.graph.accessReviewScope`, complex type.
///
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
#[derive(Clone)]
pub struct AccessReviewScope {
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl ::std::default::Default for AccessReviewScope {
    #[inline]
    fn default() -> Self {
        Self {
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::Object for AccessReviewScope {
    const TYPE_NAME: &'static str = "microsoft.graph.accessReviewScope";
    const KEYS: &'static [&'static str] = &[];
    const KEYS_JSON: &'static [&'static str] = &[];
    const TAG: &'static str = "\"#microsoft.graph.accessReviewScope\"";
    #[inline]
    #[allow(unused_variables)]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {}
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::object::Members for AccessReviewScope {
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
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_object!(AccessReviewScope);
#[cfg(msgraph_v1_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AccessReviewScope);
#[cfg(msgraph_v1_identity_governance_or_search)]
/// `microsoft.graph.accessReviewScope` or any type derived from it, selected by `@odata.type` (4 types); each variant's type converts into it (`From`).
///
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyAccessReviewScope {
    AccessReviewScope(::std::boxed::Box<crate::v1::AccessReviewScope>),
    AccessReviewInactiveUsersQueryScope(
        ::std::boxed::Box<crate::v1::AccessReviewInactiveUsersQueryScope>,
    ),
    AccessReviewQueryScope(::std::boxed::Box<crate::v1::AccessReviewQueryScope>),
    PrincipalResourceMembershipsScope(
        ::std::boxed::Box<crate::v1::PrincipalResourceMembershipsScope>,
    ),
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl ::std::default::Default for AnyAccessReviewScope {
    #[inline]
    fn default() -> Self {
        Self::AccessReviewScope(::std::default::Default::default())
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::AccessReviewScope> for AnyAccessReviewScope {
    #[inline]
    fn from(v: crate::v1::AccessReviewScope) -> Self {
        Self::AccessReviewScope(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::AccessReviewInactiveUsersQueryScope>
for AnyAccessReviewScope {
    #[inline]
    fn from(v: crate::v1::AccessReviewInactiveUsersQueryScope) -> Self {
        Self::AccessReviewInactiveUsersQueryScope(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::AccessReviewQueryScope> for AnyAccessReviewScope {
    #[inline]
    fn from(v: crate::v1::AccessReviewQueryScope) -> Self {
        Self::AccessReviewQueryScope(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::PrincipalResourceMembershipsScope>
for AnyAccessReviewScope {
    #[inline]
    fn from(v: crate::v1::PrincipalResourceMembershipsScope) -> Self {
        Self::PrincipalResourceMembershipsScope(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
unsafe impl ::std::marker::Send for AnyAccessReviewScope {}
#[cfg(msgraph_v1_identity_governance_or_search)]
unsafe impl ::std::marker::Sync for AnyAccessReviewScope {}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl ::std::marker::Unpin for AnyAccessReviewScope {}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl ::std::panic::UnwindSafe for AnyAccessReviewScope {}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl ::std::panic::RefUnwindSafe for AnyAccessReviewScope {}
#[cfg(msgraph_v1_identity_governance_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::v1::AccessReviewScope>();
    rt::object::auto_traits::<crate::v1::AccessReviewInactiveUsersQueryScope>();
    rt::object::auto_traits::<crate::v1::AccessReviewQueryScope>();
    rt::object::auto_traits::<crate::v1::PrincipalResourceMembershipsScope>();
};
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::Poly for AnyAccessReviewScope {
    const BASE_NAME: &'static str = "microsoft.graph.accessReviewScope";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some(
                "microsoft.graph.accessReviewInactiveUsersQueryScope",
            ) => Self::AccessReviewInactiveUsersQueryScope(rt::object::new_boxed()),
            ::std::option::Option::Some("microsoft.graph.accessReviewQueryScope") => {
                Self::AccessReviewQueryScope(rt::object::new_boxed())
            }
            ::std::option::Option::Some(
                "microsoft.graph.principalResourceMembershipsScope",
            ) => Self::PrincipalResourceMembershipsScope(rt::object::new_boxed()),
            _ => Self::AccessReviewScope(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::AccessReviewScope(v) => &**v,
            Self::AccessReviewInactiveUsersQueryScope(v) => &**v,
            Self::AccessReviewQueryScope(v) => &**v,
            Self::PrincipalResourceMembershipsScope(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::AccessReviewScope(v) => &mut **v,
            Self::AccessReviewInactiveUsersQueryScope(v) => &mut **v,
            Self::AccessReviewQueryScope(v) => &mut **v,
            Self::PrincipalResourceMembershipsScope(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl AnyAccessReviewScope {
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
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_poly!(AnyAccessReviewScope);
#[cfg(msgraph_v1_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyAccessReviewScope);
#[cfg(msgraph_v1_identity_governance_or_search)]
/// CSDL: `microsoft.graph.accessReviewStageSettings`, complex type.
///
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
#[derive(Clone)]
pub struct AccessReviewStageSettings {
    /// CSDL: property `decisionsThatWillMoveToNextStage`: `Collection(Edm.String)`, nullable.
    pub decisions_that_will_move_to_next_stage: rt::Field<
        ::std::vec::Vec<::std::string::String>,
    >,
    /// CSDL: property `dependsOn`: `Collection(Edm.String)`, not nullable.
    pub depends_on: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `durationInDays`: `Edm.Int32`, not nullable.
    pub duration_in_days: rt::Field<i32>,
    /// CSDL: property `fallbackReviewers`: `Collection(microsoft.graph.accessReviewReviewerScope)`, nullable.
    pub fallback_reviewers: rt::Field<
        ::std::vec::Vec<crate::v1::AccessReviewReviewerScope>,
    >,
    /// CSDL: property `recommendationInsightSettings`: `Collection(microsoft.graph.accessReviewRecommendationInsightSetting)`, nullable.
    pub recommendation_insight_settings: rt::Field<
        ::std::vec::Vec<crate::v1::AnyAccessReviewRecommendationInsightSetting>,
    >,
    /// CSDL: property `recommendationsEnabled`: `Edm.Boolean`, not nullable.
    pub recommendations_enabled: rt::Field<bool>,
    /// CSDL: property `reviewers`: `Collection(microsoft.graph.accessReviewReviewerScope)`, nullable.
    pub reviewers: rt::Field<::std::vec::Vec<crate::v1::AccessReviewReviewerScope>>,
    /// CSDL: property `stageId`: `Edm.String`, not nullable.
    pub stage_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl ::std::default::Default for AccessReviewStageSettings {
    #[inline]
    fn default() -> Self {
        Self {
            decisions_that_will_move_to_next_stage: rt::Field::Absent,
            depends_on: rt::Field::Absent,
            duration_in_days: rt::Field::Absent,
            fallback_reviewers: rt::Field::Absent,
            recommendation_insight_settings: rt::Field::Absent,
            recommendations_enabled: rt::Field::Absent,
            reviewers: rt::Field::Absent,
            stage_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::Object for AccessReviewStageSettings {
    const TYPE_NAME: &'static str = "microsoft.graph.accessReviewStageSettings";
    const KEYS: &'static [&'static str] = &[
        "decisionsThatWillMoveToNextStage",
        "dependsOn",
        "durationInDays",
        "fallbackReviewers",
        "recommendationInsightSettings",
        "recommendationsEnabled",
        "reviewers",
        "stageId",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"decisionsThatWillMoveToNextStage\":",
        ",\"dependsOn\":                    ",
        ",\"durationInDays\":               ",
        ",\"fallbackReviewers\":            ",
        ",\"recommendationInsightSettings\":",
        ",\"recommendationsEnabled\":       ",
        ",\"reviewers\":                    ",
        ",\"stageId\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.accessReviewStageSettings\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(
            0usize,
            "decisions_that_will_move_to_next_stage",
            &self.decisions_that_will_move_to_next_stage,
        );
        v.field(1usize, "depends_on", &self.depends_on);
        v.field(2usize, "duration_in_days", &self.duration_in_days);
        v.field(3usize, "fallback_reviewers", &self.fallback_reviewers);
        v.field(
            4usize,
            "recommendation_insight_settings",
            &self.recommendation_insight_settings,
        );
        v.field(5usize, "recommendations_enabled", &self.recommendations_enabled);
        v.field(6usize, "reviewers", &self.reviewers);
        v.field(7usize, "stage_id", &self.stage_id);
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::object::Members for AccessReviewStageSettings {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.decisions_that_will_move_to_next_stage.read_from(r),
            1usize => self.depends_on.read_from(r),
            2usize => self.duration_in_days.read_from(r),
            3usize => self.fallback_reviewers.read_from(r),
            4usize => self.recommendation_insight_settings.read_from(r),
            5usize => self.recommendations_enabled.read_from(r),
            6usize => self.reviewers.read_from(r),
            7usize => self.stage_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.decisions_that_will_move_to_next_stage);
        w.field(1usize, &self.depends_on);
        w.field(2usize, &self.duration_in_days);
        w.field(3usize, &self.fallback_reviewers);
        w.field(4usize, &self.recommendation_insight_settings);
        w.field(5usize, &self.recommendations_enabled);
        w.field(6usize, &self.reviewers);
        w.field(7usize, &self.stage_id);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_object!(AccessReviewStageSettings);
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_setters!(
    AccessReviewStageSettings { with_decisions_that_will_move_to_next_stage
    decisions_that_will_move_to_next_stage : ::std::vec::Vec < ::std::string::String >;
    with_depends_on depends_on : ::std::vec::Vec < ::std::string::String >;
    with_duration_in_days duration_in_days : i32; with_fallback_reviewers
    fallback_reviewers : ::std::vec::Vec < crate ::v1::AccessReviewReviewerScope >;
    with_recommendation_insight_settings recommendation_insight_settings :
    ::std::vec::Vec < crate ::v1::AnyAccessReviewRecommendationInsightSetting >;
    with_recommendations_enabled recommendations_enabled : bool; with_reviewers reviewers
    : ::std::vec::Vec < crate ::v1::AccessReviewReviewerScope >; with_stage_id stage_id :
    ::std::string::String; }
);
#[cfg(msgraph_v1_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AccessReviewStageSettings);
#[cfg(msgraph_v1_copilot_or_search)]
/// CSDL: `microsoft.graph.actionItem`, complex type.
///
/// Features: `v1`, or one of `v1-copilot`, `v1-search`.
#[derive(Clone)]
pub struct ActionItem {
    /// CSDL: property `ownerDisplayName`: `Edm.String`, nullable.
    pub owner_display_name: rt::Field<::std::string::String>,
    /// CSDL: property `text`: `Edm.String`, nullable.
    pub text: rt::Field<::std::string::String>,
    /// CSDL: property `title`: `Edm.String`, nullable.
    pub title: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_copilot_or_search)]
impl ::std::default::Default for ActionItem {
    #[inline]
    fn default() -> Self {
        Self {
            owner_display_name: rt::Field::Absent,
            text: rt::Field::Absent,
            title: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_copilot_or_search)]
impl rt::Object for ActionItem {
    const TYPE_NAME: &'static str = "microsoft.graph.actionItem";
    const KEYS: &'static [&'static str] = &["ownerDisplayName", "text", "title"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"ownerDisplayName\":             ",
        ",\"text\":                         ",
        ",\"title\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.actionItem\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "owner_display_name", &self.owner_display_name);
        v.field(1usize, "text", &self.text);
        v.field(2usize, "title", &self.title);
    }
}
#[cfg(msgraph_v1_copilot_or_search)]
impl rt::object::Members for ActionItem {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.owner_display_name.read_from(r),
            1usize => self.text.read_from(r),
            2usize => self.title.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.owner_display_name);
        w.field(1usize, &self.text);
        w.field(2usize, &self.title);
    }
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
rt::impl_object!(ActionItem);
#[cfg(msgraph_v1_copilot_or_search)]
rt::impl_setters!(
    ActionItem { with_owner_display_name owner_display_name : ::std::string::String;
    with_text text : ::std::string::String; with_title title : ::std::string::String; }
);
#[cfg(msgraph_v1_copilot_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ActionItem);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.activitiesContainer`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`ActivitiesContainerPath`](requests/trait.ActivitiesContainerPath.html), what a path to one (`EntityPath<ActivitiesContainer, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ActivitiesContainer {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `contentActivities`: `Collection(microsoft.graph.contentActivity)`, not nullable.
    pub content_activities: rt::Field<::std::vec::Vec<crate::v1::ContentActivity>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for ActivitiesContainer {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            content_activities: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for ActivitiesContainer {
    const TYPE_NAME: &'static str = "microsoft.graph.activitiesContainer";
    const KEYS: &'static [&'static str] = &["id", "contentActivities"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"contentActivities\":            ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.activitiesContainer\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "content_activities", &self.content_activities);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for ActivitiesContainer {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.content_activities.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.content_activities);
    }
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
rt::impl_object!(ActivitiesContainer);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    ActivitiesContainer { with_id id : ::std::string::String; with_content_activities
    content_activities : ::std::vec::Vec < crate ::v1::ContentActivity >; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(ActivitiesContainer);
#[cfg(msgraph_v1_core_or_security)]
/// CSDL: `microsoft.graph.activityMetadata`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ActivityMetadata {
    /// CSDL: property `activity`: `microsoft.graph.userActivityType`, not nullable.
    pub activity: rt::Field<crate::v1::UserActivityType>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_security)]
impl ::std::default::Default for ActivityMetadata {
    #[inline]
    fn default() -> Self {
        Self {
            activity: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_security)]
impl rt::Object for ActivityMetadata {
    const TYPE_NAME: &'static str = "microsoft.graph.activityMetadata";
    const KEYS: &'static [&'static str] = &["activity"];
    const KEYS_JSON: &'static [&'static str] = &[",\"activity\":                     "];
    const TAG: &'static str = "\"#microsoft.graph.activityMetadata\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "activity", &self.activity);
    }
}
#[cfg(msgraph_v1_core_or_security)]
impl rt::object::Members for ActivityMetadata {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.activity.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.activity);
    }
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
rt::impl_object!(ActivityMetadata);
#[cfg(msgraph_v1_core_or_security)]
rt::impl_setters!(
    ActivityMetadata { with_activity activity : crate ::v1::UserActivityType; }
);
#[cfg(msgraph_v1_core_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(ActivityMetadata);
#[cfg(msgraph_v1_identity_protection_or_search)]
/// CSDL: `microsoft.graph.activityType`, enum type.
///
/// Features: `v1`, or one of `v1-identity-protection`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ActivityType {
    /// `signin` (value 0).
    Signin,
    /// `user` (value 1).
    User,
    /// `unknownFutureValue` (value 2).
    UnknownFutureValue,
    /// `servicePrincipal` (value 3).
    ServicePrincipal,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_identity_protection_or_search)]
impl rt::StrEnum for ActivityType {
    const TYPE_NAME: &'static str = "microsoft.graph.activityType";
    const MEMBERS: &'static [&'static str] = &[
        "signin",
        "user",
        "unknownFutureValue",
        "servicePrincipal",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "signin" => Self::Signin,
                "user" => Self::User,
                "unknownFutureValue" => Self::UnknownFutureValue,
                "servicePrincipal" => Self::ServicePrincipal,
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
            Self::Signin => "signin",
            Self::User => "user",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::ServicePrincipal => "servicePrincipal",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_identity_protection_or_search)]
rt::impl_enum!(ActivityType);
#[cfg(msgraph_v1_identity_protection_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ActivityType);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.addIn`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct AddIn {
    /// CSDL: property `id`: `Edm.Guid`, nullable.
    pub id: rt::Field<rt::edm::Guid>,
    /// CSDL: property `properties`: `Collection(microsoft.graph.keyValue)`, not nullable.
    pub properties: rt::Field<::std::vec::Vec<crate::v1::KeyValue>>,
    /// CSDL: property `type`: `Edm.String`, not nullable.
    pub type_: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for AddIn {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            properties: rt::Field::Absent,
            type_: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for AddIn {
    const TYPE_NAME: &'static str = "microsoft.graph.addIn";
    const KEYS: &'static [&'static str] = &["id", "properties", "type"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"properties\":                   ",
        ",\"type\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.addIn\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "properties", &self.properties);
        v.field(2usize, "type_", &self.type_);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for AddIn {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.properties.read_from(r),
            2usize => self.type_.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.properties);
        w.field(2usize, &self.type_);
    }
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
rt::impl_object!(AddIn);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    AddIn { with_id id : rt::edm::Guid; with_properties properties : ::std::vec::Vec <
    crate ::v1::KeyValue >; with_type type_ : ::std::string::String; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(AddIn);
#[cfg(msgraph_v1_communications_or_search)]
/// CSDL: `microsoft.graph.addLargeGalleryViewOperation`, entity type, derived from `microsoft.graph.commsOperation`, open, key `id`.
///
/// Request builders: [`CommsOperationPath`](requests/trait.CommsOperationPath.html), what a path to one (`EntityPath<AddLargeGalleryViewOperation, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-communications`, `v1-search`.
#[derive(Clone)]
pub struct AddLargeGalleryViewOperation {
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
impl ::std::default::Default for AddLargeGalleryViewOperation {
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
impl rt::Object for AddLargeGalleryViewOperation {
    const TYPE_NAME: &'static str = "microsoft.graph.addLargeGalleryViewOperation";
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
    const TAG: &'static str = "\"#microsoft.graph.addLargeGalleryViewOperation\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "client_context", &self.client_context);
        v.field(2usize, "result_info", &self.result_info);
        v.field(3usize, "status", &self.status);
    }
}
#[cfg(msgraph_v1_communications_or_search)]
impl rt::object::Members for AddLargeGalleryViewOperation {
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
rt::impl_object!(AddLargeGalleryViewOperation);
#[cfg(msgraph_v1_communications_or_search)]
rt::impl_setters!(
    AddLargeGalleryViewOperation { with_id id : ::std::string::String;
    with_client_context client_context : ::std::string::String; with_result_info
    result_info : crate ::v1::ResultInfo; with_status status : crate
    ::v1::OperationStatus; }
);
#[cfg(msgraph_v1_communications_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AddLargeGalleryViewOperation);
#[cfg(msgraph_v1_core_or_communications)]
/// CSDL: `microsoft.graph.adhocCall`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`AdhocCallPath`](requests/trait.AdhocCallPath.html), what a path to one (`EntityPath<AdhocCall, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-communications`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct AdhocCall {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `recordings`: `Collection(microsoft.graph.callRecording)`, not nullable.
    pub recordings: rt::Field<::std::vec::Vec<crate::v1::CallRecording>>,
    /// CSDL: containment navigation property `transcripts`: `Collection(microsoft.graph.callTranscript)`, not nullable.
    pub transcripts: rt::Field<::std::vec::Vec<crate::v1::CallTranscript>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_communications)]
impl ::std::default::Default for AdhocCall {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            recordings: rt::Field::Absent,
            transcripts: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_communications)]
impl rt::Object for AdhocCall {
    const TYPE_NAME: &'static str = "microsoft.graph.adhocCall";
    const KEYS: &'static [&'static str] = &["id", "recordings", "transcripts"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"recordings\":                   ",
        ",\"transcripts\":                  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.adhocCall\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "recordings", &self.recordings);
        v.field(2usize, "transcripts", &self.transcripts);
    }
}
#[cfg(msgraph_v1_core_or_communications)]
impl rt::object::Members for AdhocCall {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.recordings.read_from(r),
            2usize => self.transcripts.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.recordings);
        w.field(2usize, &self.transcripts);
    }
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
rt::impl_object!(AdhocCall);
#[cfg(msgraph_v1_core_or_communications)]
rt::impl_setters!(
    AdhocCall { with_id id : ::std::string::String; with_recordings recordings :
    ::std::vec::Vec < crate ::v1::CallRecording >; with_transcripts transcripts :
    ::std::vec::Vec < crate ::v1::CallTranscript >; }
);
#[cfg(msgraph_v1_core_or_communications)]
#[cfg(feature = "serde")]
rt::impl_serde!(AdhocCall);
#[cfg(msgraph_v1_policies_or_search)]
/// CSDL: `microsoft.graph.adminConsentRequestPolicy`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1`, or one of `v1-policies`, `v1-search`.
#[derive(Clone)]
pub struct AdminConsentRequestPolicy {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `isEnabled`: `Edm.Boolean`, not nullable.
    pub is_enabled: rt::Field<bool>,
    /// CSDL: property `notifyReviewers`: `Edm.Boolean`, not nullable.
    pub notify_reviewers: rt::Field<bool>,
    /// CSDL: property `remindersEnabled`: `Edm.Boolean`, not nullable.
    pub reminders_enabled: rt::Field<bool>,
    /// CSDL: property `requestDurationInDays`: `Edm.Int32`, not nullable.
    pub request_duration_in_days: rt::Field<i32>,
    /// CSDL: property `reviewers`: `Collection(microsoft.graph.accessReviewReviewerScope)`, nullable.
    pub reviewers: rt::Field<::std::vec::Vec<crate::v1::AccessReviewReviewerScope>>,
    /// CSDL: property `version`: `Edm.Int32`, not nullable.
    pub version: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_policies_or_search)]
impl ::std::default::Default for AdminConsentRequestPolicy {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            is_enabled: rt::Field::Absent,
            notify_reviewers: rt::Field::Absent,
            reminders_enabled: rt::Field::Absent,
            request_duration_in_days: rt::Field::Absent,
            reviewers: rt::Field::Absent,
            version: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_policies_or_search)]
impl rt::Object for AdminConsentRequestPolicy {
    const TYPE_NAME: &'static str = "microsoft.graph.adminConsentRequestPolicy";
    const KEYS: &'static [&'static str] = &[
        "id",
        "isEnabled",
        "notifyReviewers",
        "remindersEnabled",
        "requestDurationInDays",
        "reviewers",
        "version",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"isEnabled\":                    ",
        ",\"notifyReviewers\":              ",
        ",\"remindersEnabled\":             ",
        ",\"requestDurationInDays\":        ",
        ",\"reviewers\":                    ",
        ",\"version\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.adminConsentRequestPolicy\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "is_enabled", &self.is_enabled);
        v.field(2usize, "notify_reviewers", &self.notify_reviewers);
        v.field(3usize, "reminders_enabled", &self.reminders_enabled);
        v.field(4usize, "request_duration_in_days", &self.request_duration_in_days);
        v.field(5usize, "reviewers", &self.reviewers);
        v.field(6usize, "version", &self.version);
    }
}
#[cfg(msgraph_v1_policies_or_search)]
impl rt::object::Members for AdminConsentRequestPolicy {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.is_enabled.read_from(r),
            2usize => self.notify_reviewers.read_from(r),
            3usize => self.reminders_enabled.read_from(r),
            4usize => self.request_duration_in_days.read_from(r),
            5usize => self.reviewers.read_from(r),
            6usize => self.version.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.is_enabled);
        w.field(2usize, &self.notify_reviewers);
        w.field(3usize, &self.reminders_enabled);
        w.field(4usize, &self.request_duration_in_days);
        w.field(5usize, &self.reviewers);
        w.field(6usize, &self.version);
    }
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
rt::impl_object!(AdminConsentRequestPolicy);
#[cfg(msgraph_v1_policies_or_search)]
rt::impl_setters!(
    AdminConsentRequestPolicy { with_id id : ::std::string::String; with_is_enabled
    is_enabled : bool; with_notify_reviewers notify_reviewers : bool;
    with_reminders_enabled reminders_enabled : bool; with_request_duration_in_days
    request_duration_in_days : i32; with_reviewers reviewers : ::std::vec::Vec < crate
    ::v1::AccessReviewReviewerScope >; with_version version : i32; }
);
#[cfg(msgraph_v1_policies_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AdminConsentRequestPolicy);
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
/// CSDL: `microsoft.graph.advancedConfigState`, enum type.
///
/// Features: `v1`, or one of `v1-authentication-method-configurations`, `v1-authentication-methods-policy`, `v1-policies`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum AdvancedConfigState {
    /// `default` (value 0).
    Default,
    /// `enabled` (value 1).
    Enabled,
    /// `disabled` (value 2).
    Disabled,
    /// `unknownFutureValue` (value 3).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
impl rt::StrEnum for AdvancedConfigState {
    const TYPE_NAME: &'static str = "microsoft.graph.advancedConfigState";
    const MEMBERS: &'static [&'static str] = &[
        "default",
        "enabled",
        "disabled",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "default" => Self::Default,
                "enabled" => Self::Enabled,
                "disabled" => Self::Disabled,
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
            Self::Default => "default",
            Self::Enabled => "enabled",
            Self::Disabled => "disabled",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
rt::impl_enum!(AdvancedConfigState);
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
#[cfg(feature = "serde")]
rt::impl_serde!(AdvancedConfigState);
#[cfg(msgraph_v1_core_or_security)]
/// CSDL: `microsoft.graph.aiAgentInfo`, complex type, derived from `microsoft.graph.aiInteractionEntity`.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct AiAgentInfo {
    /// CSDL: property `identifier`: `Edm.String`, nullable.
    pub identifier: rt::Field<::std::string::String>,
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// CSDL: property `version`: `Edm.String`, nullable.
    pub version: rt::Field<::std::string::String>,
    /// CSDL: property `blueprintId`: `Edm.String`, nullable.
    pub blueprint_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_security)]
impl ::std::default::Default for AiAgentInfo {
    #[inline]
    fn default() -> Self {
        Self {
            identifier: rt::Field::Absent,
            name: rt::Field::Absent,
            version: rt::Field::Absent,
            blueprint_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_security)]
impl rt::Object for AiAgentInfo {
    const TYPE_NAME: &'static str = "microsoft.graph.aiAgentInfo";
    const KEYS: &'static [&'static str] = &[
        "identifier",
        "name",
        "version",
        "blueprintId",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"identifier\":                   ",
        ",\"name\":                         ",
        ",\"version\":                      ",
        ",\"blueprintId\":                  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.aiAgentInfo\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "identifier", &self.identifier);
        v.field(1usize, "name", &self.name);
        v.field(2usize, "version", &self.version);
        v.field(3usize, "blueprint_id", &self.blueprint_id);
    }
}
#[cfg(msgraph_v1_core_or_security)]
impl rt::object::Members for AiAgentInfo {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.identifier.read_from(r),
            1usize => self.name.read_from(r),
            2usize => self.version.read_from(r),
            3usize => self.blueprint_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.identifier);
        w.field(1usize, &self.name);
        w.field(2usize, &self.version);
        w.field(3usize, &self.blueprint_id);
    }
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
rt::impl_object!(AiAgentInfo);
#[cfg(msgraph_v1_core_or_security)]
rt::impl_setters!(
    AiAgentInfo { with_identifier identifier : ::std::string::String; with_name name :
    ::std::string::String; with_version version : ::std::string::String;
    with_blueprint_id blueprint_id : ::std::string::String; }
);
#[cfg(msgraph_v1_core_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(AiAgentInfo);
#[cfg(msgraph_v1_copilot_or_search)]
/// CSDL: `microsoft.graph.aiInteraction`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`AiInteractionPath`](requests/trait.AiInteractionPath.html), what a path to one (`EntityPath<AiInteraction, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-copilot`, `v1-search`.
#[derive(Clone)]
pub struct AiInteraction {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `appClass`: `Edm.String`, not nullable.
    pub app_class: rt::Field<::std::string::String>,
    /// CSDL: property `attachments`: `Collection(microsoft.graph.aiInteractionAttachment)`, nullable.
    pub attachments: rt::Field<::std::vec::Vec<crate::v1::AiInteractionAttachment>>,
    /// CSDL: property `body`: `microsoft.graph.itemBody`, nullable.
    pub body: rt::Field<crate::v1::ItemBody>,
    /// CSDL: property `contexts`: `Collection(microsoft.graph.aiInteractionContext)`, nullable.
    pub contexts: rt::Field<::std::vec::Vec<crate::v1::AiInteractionContext>>,
    /// CSDL: property `conversationType`: `Edm.String`, nullable.
    pub conversation_type: rt::Field<::std::string::String>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `etag`: `Edm.String`, nullable.
    pub etag: rt::Field<::std::string::String>,
    /// CSDL: property `from`: `microsoft.graph.identitySet`, not nullable.
    pub from: rt::Field<crate::v1::AnyIdentitySet>,
    /// CSDL: property `interactionType`: `microsoft.graph.aiInteractionType`, not nullable.
    pub interaction_type: rt::Field<crate::v1::AiInteractionType>,
    /// CSDL: property `links`: `Collection(microsoft.graph.aiInteractionLink)`, nullable.
    pub links: rt::Field<::std::vec::Vec<crate::v1::AiInteractionLink>>,
    /// CSDL: property `locale`: `Edm.String`, not nullable.
    pub locale: rt::Field<::std::string::String>,
    /// CSDL: property `mentions`: `Collection(microsoft.graph.aiInteractionMention)`, nullable.
    pub mentions: rt::Field<::std::vec::Vec<crate::v1::AiInteractionMention>>,
    /// CSDL: property `requestId`: `Edm.String`, nullable.
    pub request_id: rt::Field<::std::string::String>,
    /// CSDL: property `sessionId`: `Edm.String`, not nullable.
    pub session_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_copilot_or_search)]
impl ::std::default::Default for AiInteraction {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            app_class: rt::Field::Absent,
            attachments: rt::Field::Absent,
            body: rt::Field::Absent,
            contexts: rt::Field::Absent,
            conversation_type: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            etag: rt::Field::Absent,
            from: rt::Field::Absent,
            interaction_type: rt::Field::Absent,
            links: rt::Field::Absent,
            locale: rt::Field::Absent,
            mentions: rt::Field::Absent,
            request_id: rt::Field::Absent,
            session_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_copilot_or_search)]
impl rt::Object for AiInteraction {
    const TYPE_NAME: &'static str = "microsoft.graph.aiInteraction";
    const KEYS: &'static [&'static str] = &[
        "id",
        "appClass",
        "attachments",
        "body",
        "contexts",
        "conversationType",
        "createdDateTime",
        "etag",
        "from",
        "interactionType",
        "links",
        "locale",
        "mentions",
        "requestId",
        "sessionId",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"appClass\":                     ",
        ",\"attachments\":                  ",
        ",\"body\":                         ",
        ",\"contexts\":                     ",
        ",\"conversationType\":             ",
        ",\"createdDateTime\":              ",
        ",\"etag\":                         ",
        ",\"from\":                         ",
        ",\"interactionType\":              ",
        ",\"links\":                        ",
        ",\"locale\":                       ",
        ",\"mentions\":                     ",
        ",\"requestId\":                    ",
        ",\"sessionId\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.aiInteraction\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "app_class", &self.app_class);
        v.field(2usize, "attachments", &self.attachments);
        v.field(3usize, "body", &self.body);
        v.field(4usize, "contexts", &self.contexts);
        v.field(5usize, "conversation_type", &self.conversation_type);
        v.field(6usize, "created_date_time", &self.created_date_time);
        v.field(7usize, "etag", &self.etag);
        v.field(8usize, "from", &self.from);
        v.field(9usize, "interaction_type", &self.interaction_type);
        v.field(10usize, "links", &self.links);
        v.field(11usize, "locale", &self.locale);
        v.field(12usize, "mentions", &self.mentions);
        v.field(13usize, "request_id", &self.request_id);
        v.field(14usize, "session_id", &self.session_id);
    }
}
#[cfg(msgraph_v1_copilot_or_search)]
impl rt::object::Members for AiInteraction {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.app_class.read_from(r),
            2usize => self.attachments.read_from(r),
            3usize => self.body.read_from(r),
            4usize => self.contexts.read_from(r),
            5usize => self.conversation_type.read_from(r),
            6usize => self.created_date_time.read_from(r),
            7usize => self.etag.read_from(r),
            8usize => self.from.read_from(r),
            9usize => self.interaction_type.read_from(r),
            10usize => self.links.read_from(r),
            11usize => self.locale.read_from(r),
            12usize => self.mentions.read_from(r),
            13usize => self.request_id.read_from(r),
            14usize => self.session_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.app_class);
        w.field(2usize, &self.attachments);
        w.field(3usize, &self.body);
        w.field(4usize, &self.contexts);
        w.field(5usize, &self.conversation_type);
        w.field(6usize, &self.created_date_time);
        w.field(7usize, &self.etag);
        w.field(8usize, &self.from);
        w.field(9usize, &self.interaction_type);
        w.field(10usize, &self.links);
        w.field(11usize, &self.locale);
        w.field(12usize, &self.mentions);
        w.field(13usize, &self.request_id);
        w.field(14usize, &self.session_id);
    }
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
rt::impl_object!(AiInteraction);
#[cfg(msgraph_v1_copilot_or_search)]
rt::impl_setters!(
    AiInteraction { with_id id : ::std::string::String; with_app_class app_class :
    ::std::string::String; with_attachments attachments : ::std::vec::Vec < crate
    ::v1::AiInteractionAttachment >; with_body body : crate ::v1::ItemBody; with_contexts
    contexts : ::std::vec::Vec < crate ::v1::AiInteractionContext >;
    with_conversation_type conversation_type : ::std::string::String;
    with_created_date_time created_date_time : rt::edm::DateTimeOffset; with_etag etag :
    ::std::string::String; with_from from : crate ::v1::AnyIdentitySet;
    with_interaction_type interaction_type : crate ::v1::AiInteractionType; with_links
    links : ::std::vec::Vec < crate ::v1::AiInteractionLink >; with_locale locale :
    ::std::string::String; with_mentions mentions : ::std::vec::Vec < crate
    ::v1::AiInteractionMention >; with_request_id request_id : ::std::string::String;
    with_session_id session_id : ::std::string::String; }
);
#[cfg(msgraph_v1_copilot_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AiInteraction);
#[cfg(msgraph_v1_copilot_or_search)]
/// CSDL: `microsoft.graph.aiInteractionAttachment`, complex type.
///
/// Features: `v1`, or one of `v1-copilot`, `v1-search`.
#[derive(Clone)]
pub struct AiInteractionAttachment {
    /// CSDL: property `attachmentId`: `Edm.String`, nullable.
    pub attachment_id: rt::Field<::std::string::String>,
    /// CSDL: property `content`: `Edm.String`, nullable.
    pub content: rt::Field<::std::string::String>,
    /// CSDL: property `contentType`: `Edm.String`, nullable.
    pub content_type: rt::Field<::std::string::String>,
    /// CSDL: property `contentUrl`: `Edm.String`, nullable.
    pub content_url: rt::Field<::std::string::String>,
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_copilot_or_search)]
impl ::std::default::Default for AiInteractionAttachment {
    #[inline]
    fn default() -> Self {
        Self {
            attachment_id: rt::Field::Absent,
            content: rt::Field::Absent,
            content_type: rt::Field::Absent,
            content_url: rt::Field::Absent,
            name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_copilot_or_search)]
impl rt::Object for AiInteractionAttachment {
    const TYPE_NAME: &'static str = "microsoft.graph.aiInteractionAttachment";
    const KEYS: &'static [&'static str] = &[
        "attachmentId",
        "content",
        "contentType",
        "contentUrl",
        "name",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"attachmentId\":                 ",
        ",\"content\":                      ",
        ",\"contentType\":                  ",
        ",\"contentUrl\":                   ",
        ",\"name\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.aiInteractionAttachment\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "attachment_id", &self.attachment_id);
        v.field(1usize, "content", &self.content);
        v.field(2usize, "content_type", &self.content_type);
        v.field(3usize, "content_url", &self.content_url);
        v.field(4usize, "name", &self.name);
    }
}
#[cfg(msgraph_v1_copilot_or_search)]
impl rt::object::Members for AiInteractionAttachment {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.attachment_id.read_from(r),
            1usize => self.content.read_from(r),
            2usize => self.content_type.read_from(r),
            3usize => self.content_url.read_from(r),
            4usize => self.name.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.attachment_id);
        w.field(1usize, &self.content);
        w.field(2usize, &self.content_type);
        w.field(3usize, &self.content_url);
        w.field(4usize, &self.name);
    }
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
rt::impl_object!(AiInteractionAttachment);
#[cfg(msgraph_v1_copilot_or_search)]
rt::impl_setters!(
    AiInteractionAttachment { with_attachment_id attachment_id : ::std::string::String;
    with_content content : ::std::string::String; with_content_type content_type :
    ::std::string::String; with_content_url content_url : ::std::string::String;
    with_name name : ::std::string::String; }
);
#[cfg(msgraph_v1_copilot_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AiInteractionAttachment);
#[cfg(msgraph_v1_copilot_or_search)]
/// CSDL: `microsoft.graph.aiInteractionContext`, complex type.
///
/// Features: `v1`, or one of `v1-copilot`, `v1-search`.
#[derive(Clone)]
pub struct AiInteractionContext {
    /// CSDL: property `contextReference`: `Edm.String`, nullable.
    pub context_reference: rt::Field<::std::string::String>,
    /// CSDL: property `contextType`: `Edm.String`, nullable.
    pub context_type: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_copilot_or_search)]
impl ::std::default::Default for AiInteractionContext {
    #[inline]
    fn default() -> Self {
        Self {
            context_reference: rt::Field::Absent,
            context_type: rt::Field::Absent,
            display_name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_copilot_or_search)]
impl rt::Object for AiInteractionContext {
    const TYPE_NAME: &'static str = "microsoft.graph.aiInteractionContext";
    const KEYS: &'static [&'static str] = &[
        "contextReference",
        "contextType",
        "displayName",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"contextReference\":             ",
        ",\"contextType\":                  ",
        ",\"displayName\":                  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.aiInteractionContext\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "context_reference", &self.context_reference);
        v.field(1usize, "context_type", &self.context_type);
        v.field(2usize, "display_name", &self.display_name);
    }
}
#[cfg(msgraph_v1_copilot_or_search)]
impl rt::object::Members for AiInteractionContext {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.context_reference.read_from(r),
            1usize => self.context_type.read_from(r),
            2usize => self.display_name.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.context_reference);
        w.field(1usize, &self.context_type);
        w.field(2usize, &self.display_name);
    }
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
rt::impl_object!(AiInteractionContext);
#[cfg(msgraph_v1_copilot_or_search)]
rt::impl_setters!(
    AiInteractionContext { with_context_reference context_reference :
    ::std::string::String; with_context_type context_type : ::std::string::String;
    with_display_name display_name : ::std::string::String; }
);
#[cfg(msgraph_v1_copilot_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AiInteractionContext);
#[cfg(msgraph_v1_core_or_security)]
/// CSDL: `microsoft.graph.aiInteractionEntity`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct AiInteractionEntity {
    /// CSDL: property `identifier`: `Edm.String`, nullable.
    pub identifier: rt::Field<::std::string::String>,
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// CSDL: property `version`: `Edm.String`, nullable.
    pub version: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_security)]
impl ::std::default::Default for AiInteractionEntity {
    #[inline]
    fn default() -> Self {
        Self {
            identifier: rt::Field::Absent,
            name: rt::Field::Absent,
            version: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_security)]
impl rt::Object for AiInteractionEntity {
    const TYPE_NAME: &'static str = "microsoft.graph.aiInteractionEntity";
    const KEYS: &'static [&'static str] = &["identifier", "name", "version"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"identifier\":                   ",
        ",\"name\":                         ",
        ",\"version\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.aiInteractionEntity\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "identifier", &self.identifier);
        v.field(1usize, "name", &self.name);
        v.field(2usize, "version", &self.version);
    }
}
#[cfg(msgraph_v1_core_or_security)]
impl rt::object::Members for AiInteractionEntity {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.identifier.read_from(r),
            1usize => self.name.read_from(r),
            2usize => self.version.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.identifier);
        w.field(1usize, &self.name);
        w.field(2usize, &self.version);
    }
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
rt::impl_object!(AiInteractionEntity);
#[cfg(msgraph_v1_core_or_security)]
rt::impl_setters!(
    AiInteractionEntity { with_identifier identifier : ::std::string::String; with_name
    name : ::std::string::String; with_version version : ::std::string::String; }
);
#[cfg(msgraph_v1_core_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(AiInteractionEntity);
#[cfg(msgraph_v1_core_or_security)]
/// `microsoft.graph.aiInteractionEntity` or any type derived from it, selected by `@odata.type` (3 types); each variant's type converts into it (`From`).
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Debug)]
pub enum AnyAiInteractionEntity {
    AiInteractionEntity(::std::boxed::Box<crate::v1::AiInteractionEntity>),
    AiAgentInfo(::std::boxed::Box<crate::v1::AiAgentInfo>),
    AiInteractionPlugin(::std::boxed::Box<crate::v1::AiInteractionPlugin>),
}
#[cfg(msgraph_v1_core_or_security)]
impl ::std::default::Default for AnyAiInteractionEntity {
    #[inline]
    fn default() -> Self {
        Self::AiInteractionEntity(::std::default::Default::default())
    }
}
#[cfg(msgraph_v1_core_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::AiInteractionEntity> for AnyAiInteractionEntity {
    #[inline]
    fn from(v: crate::v1::AiInteractionEntity) -> Self {
        Self::AiInteractionEntity(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::AiAgentInfo> for AnyAiInteractionEntity {
    #[inline]
    fn from(v: crate::v1::AiAgentInfo) -> Self {
        Self::AiAgentInfo(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::AiInteractionPlugin> for AnyAiInteractionEntity {
    #[inline]
    fn from(v: crate::v1::AiInteractionPlugin) -> Self {
        Self::AiInteractionPlugin(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core_or_security)]
unsafe impl ::std::marker::Send for AnyAiInteractionEntity {}
#[cfg(msgraph_v1_core_or_security)]
unsafe impl ::std::marker::Sync for AnyAiInteractionEntity {}
#[cfg(msgraph_v1_core_or_security)]
impl ::std::marker::Unpin for AnyAiInteractionEntity {}
#[cfg(msgraph_v1_core_or_security)]
impl ::std::panic::UnwindSafe for AnyAiInteractionEntity {}
#[cfg(msgraph_v1_core_or_security)]
impl ::std::panic::RefUnwindSafe for AnyAiInteractionEntity {}
#[cfg(msgraph_v1_core_or_security)]
const _: () = {
    rt::object::auto_traits::<crate::v1::AiInteractionEntity>();
    rt::object::auto_traits::<crate::v1::AiAgentInfo>();
    rt::object::auto_traits::<crate::v1::AiInteractionPlugin>();
};
#[cfg(msgraph_v1_core_or_security)]
impl rt::Poly for AnyAiInteractionEntity {
    const BASE_NAME: &'static str = "microsoft.graph.aiInteractionEntity";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some("microsoft.graph.aiAgentInfo") => {
                Self::AiAgentInfo(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.aiInteractionPlugin") => {
                Self::AiInteractionPlugin(rt::object::new_boxed())
            }
            _ => Self::AiInteractionEntity(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::AiInteractionEntity(v) => &**v,
            Self::AiAgentInfo(v) => &**v,
            Self::AiInteractionPlugin(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::AiInteractionEntity(v) => &mut **v,
            Self::AiAgentInfo(v) => &mut **v,
            Self::AiInteractionPlugin(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_v1_core_or_security)]
impl AnyAiInteractionEntity {
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
    /// `identifier` of any variant.
    #[inline]
    pub fn identifier(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::AiInteractionEntity(v) => &v.identifier,
            Self::AiAgentInfo(v) => &v.identifier,
            Self::AiInteractionPlugin(v) => &v.identifier,
        }
    }
    /// `identifier` of any variant.
    #[inline]
    pub fn identifier_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::AiInteractionEntity(v) => &mut v.identifier,
            Self::AiAgentInfo(v) => &mut v.identifier,
            Self::AiInteractionPlugin(v) => &mut v.identifier,
        }
    }
    /// `name` of any variant.
    #[inline]
    pub fn name(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::AiInteractionEntity(v) => &v.name,
            Self::AiAgentInfo(v) => &v.name,
            Self::AiInteractionPlugin(v) => &v.name,
        }
    }
    /// `name` of any variant.
    #[inline]
    pub fn name_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::AiInteractionEntity(v) => &mut v.name,
            Self::AiAgentInfo(v) => &mut v.name,
            Self::AiInteractionPlugin(v) => &mut v.name,
        }
    }
    /// `version` of any variant.
    #[inline]
    pub fn version(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::AiInteractionEntity(v) => &v.version,
            Self::AiAgentInfo(v) => &v.version,
            Self::AiInteractionPlugin(v) => &v.version,
        }
    }
    /// `version` of any variant.
    #[inline]
    pub fn version_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::AiInteractionEntity(v) => &mut v.version,
            Self::AiAgentInfo(v) => &mut v.version,
            Self::AiInteractionPlugin(v) => &mut v.version,
        }
    }
}
#[cfg(msgraph_v1_core_or_security)]
rt::impl_poly!(AnyAiInteractionEntity);
#[cfg(msgraph_v1_core_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyAiInteractionEntity);
#[cfg(msgraph_v1_copilot_or_search)]
/// CSDL: `microsoft.graph.aiInteractionHistory`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`AiInteractionHistoryPath`](requests/trait.AiInteractionHistoryPath.html), what a path to one (`EntityPath<AiInteractionHistory, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-copilot`, `v1-search`.
#[derive(Clone)]
pub struct AiInteractionHistory {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_copilot_or_search)]
impl ::std::default::Default for AiInteractionHistory {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_copilot_or_search)]
impl rt::Object for AiInteractionHistory {
    const TYPE_NAME: &'static str = "microsoft.graph.aiInteractionHistory";
    const KEYS: &'static [&'static str] = &["id"];
    const KEYS_JSON: &'static [&'static str] = &[",\"id\":                           "];
    const TAG: &'static str = "\"#microsoft.graph.aiInteractionHistory\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
    }
}
#[cfg(msgraph_v1_copilot_or_search)]
impl rt::object::Members for AiInteractionHistory {
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
#[cfg(msgraph_v1_copilot_or_search)]
rt::impl_object!(AiInteractionHistory);
#[cfg(msgraph_v1_copilot_or_search)]
rt::impl_setters!(AiInteractionHistory { with_id id : ::std::string::String; });
#[cfg(msgraph_v1_copilot_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AiInteractionHistory);
#[cfg(msgraph_v1_copilot_or_search)]
/// CSDL: `microsoft.graph.aiInteractionLink`, complex type.
///
/// Features: `v1`, or one of `v1-copilot`, `v1-search`.
#[derive(Clone)]
pub struct AiInteractionLink {
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `linkType`: `Edm.String`, nullable.
    pub link_type: rt::Field<::std::string::String>,
    /// CSDL: property `linkUrl`: `Edm.String`, nullable.
    pub link_url: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_copilot_or_search)]
impl ::std::default::Default for AiInteractionLink {
    #[inline]
    fn default() -> Self {
        Self {
            display_name: rt::Field::Absent,
            link_type: rt::Field::Absent,
            link_url: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_copilot_or_search)]
impl rt::Object for AiInteractionLink {
    const TYPE_NAME: &'static str = "microsoft.graph.aiInteractionLink";
    const KEYS: &'static [&'static str] = &["displayName", "linkType", "linkUrl"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"displayName\":                  ",
        ",\"linkType\":                     ",
        ",\"linkUrl\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.aiInteractionLink\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "display_name", &self.display_name);
        v.field(1usize, "link_type", &self.link_type);
        v.field(2usize, "link_url", &self.link_url);
    }
}
#[cfg(msgraph_v1_copilot_or_search)]
impl rt::object::Members for AiInteractionLink {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.display_name.read_from(r),
            1usize => self.link_type.read_from(r),
            2usize => self.link_url.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.display_name);
        w.field(1usize, &self.link_type);
        w.field(2usize, &self.link_url);
    }
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
rt::impl_object!(AiInteractionLink);
#[cfg(msgraph_v1_copilot_or_search)]
rt::impl_setters!(
    AiInteractionLink { with_display_name display_name : ::std::string::String;
    with_link_type link_type : ::std::string::String; with_link_url link_url :
    ::std::string::String; }
);
#[cfg(msgraph_v1_copilot_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AiInteractionLink);
#[cfg(msgraph_v1_copilot_or_search)]
/// CSDL: `microsoft.graph.aiInteractionMention`, complex type.
///
/// Features: `v1`, or one of `v1-copilot`, `v1-search`.
#[derive(Clone)]
pub struct AiInteractionMention {
    /// CSDL: property `mentioned`: `microsoft.graph.aiInteractionMentionedIdentitySet`, nullable.
    pub mentioned: rt::Field<crate::v1::AiInteractionMentionedIdentitySet>,
    /// CSDL: property `mentionId`: `Edm.Int32`, nullable.
    pub mention_id: rt::Field<i32>,
    /// CSDL: property `mentionText`: `Edm.String`, nullable.
    pub mention_text: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_copilot_or_search)]
impl ::std::default::Default for AiInteractionMention {
    #[inline]
    fn default() -> Self {
        Self {
            mentioned: rt::Field::Absent,
            mention_id: rt::Field::Absent,
            mention_text: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_copilot_or_search)]
impl rt::Object for AiInteractionMention {
    const TYPE_NAME: &'static str = "microsoft.graph.aiInteractionMention";
    const KEYS: &'static [&'static str] = &["mentioned", "mentionId", "mentionText"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"mentioned\":                    ",
        ",\"mentionId\":                    ",
        ",\"mentionText\":                  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.aiInteractionMention\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "mentioned", &self.mentioned);
        v.field(1usize, "mention_id", &self.mention_id);
        v.field(2usize, "mention_text", &self.mention_text);
    }
}
#[cfg(msgraph_v1_copilot_or_search)]
impl rt::object::Members for AiInteractionMention {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.mentioned.read_from(r),
            1usize => self.mention_id.read_from(r),
            2usize => self.mention_text.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.mentioned);
        w.field(1usize, &self.mention_id);
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
#[cfg(msgraph_v1_copilot_or_search)]
rt::impl_object!(AiInteractionMention);
#[cfg(msgraph_v1_copilot_or_search)]
rt::impl_setters!(
    AiInteractionMention { with_mentioned mentioned : crate
    ::v1::AiInteractionMentionedIdentitySet; with_mention_id mention_id : i32;
    with_mention_text mention_text : ::std::string::String; }
);
#[cfg(msgraph_v1_copilot_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AiInteractionMention);
#[cfg(msgraph_v1_core_or_security)]
/// CSDL: `microsoft.graph.aiInteractionPlugin`, complex type, derived from `microsoft.graph.aiInteractionEntity`.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct AiInteractionPlugin {
    /// CSDL: property `identifier`: `Edm.String`, nullable.
    pub identifier: rt::Field<::std::string::String>,
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// CSDL: property `version`: `Edm.String`, nullable.
    pub version: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_security)]
impl ::std::default::Default for AiInteractionPlugin {
    #[inline]
    fn default() -> Self {
        Self {
            identifier: rt::Field::Absent,
            name: rt::Field::Absent,
            version: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_security)]
impl rt::Object for AiInteractionPlugin {
    const TYPE_NAME: &'static str = "microsoft.graph.aiInteractionPlugin";
    const KEYS: &'static [&'static str] = &["identifier", "name", "version"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"identifier\":                   ",
        ",\"name\":                         ",
        ",\"version\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.aiInteractionPlugin\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "identifier", &self.identifier);
        v.field(1usize, "name", &self.name);
        v.field(2usize, "version", &self.version);
    }
}
#[cfg(msgraph_v1_core_or_security)]
impl rt::object::Members for AiInteractionPlugin {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.identifier.read_from(r),
            1usize => self.name.read_from(r),
            2usize => self.version.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.identifier);
        w.field(1usize, &self.name);
        w.field(2usize, &self.version);
    }
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
rt::impl_object!(AiInteractionPlugin);
#[cfg(msgraph_v1_core_or_security)]
rt::impl_setters!(
    AiInteractionPlugin { with_identifier identifier : ::std::string::String; with_name
    name : ::std::string::String; with_version version : ::std::string::String; }
);
#[cfg(msgraph_v1_core_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(AiInteractionPlugin);
#[cfg(msgraph_v1_copilot_or_search)]
/// CSDL: `microsoft.graph.aiInteractionType`, enum type.
///
/// Features: `v1`, or one of `v1-copilot`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum AiInteractionType {
    /// `userPrompt` (value 0).
    UserPrompt,
    /// `aiResponse` (value 1).
    AiResponse,
    /// `unknownFutureValue` (value 2).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_copilot_or_search)]
impl rt::StrEnum for AiInteractionType {
    const TYPE_NAME: &'static str = "microsoft.graph.aiInteractionType";
    const MEMBERS: &'static [&'static str] = &[
        "userPrompt",
        "aiResponse",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "userPrompt" => Self::UserPrompt,
                "aiResponse" => Self::AiResponse,
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
            Self::UserPrompt => "userPrompt",
            Self::AiResponse => "aiResponse",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_copilot_or_search)]
rt::impl_enum!(AiInteractionType);
#[cfg(msgraph_v1_copilot_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AiInteractionType);
#[cfg(msgraph_v1_copilot_or_search)]
/// CSDL: `microsoft.graph.aiOnlineMeeting`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`AiOnlineMeetingPath`](requests/trait.AiOnlineMeetingPath.html), what a path to one (`EntityPath<AiOnlineMeeting, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-copilot`, `v1-search`.
#[derive(Clone)]
pub struct AiOnlineMeeting {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `aiInsights`: `Collection(microsoft.graph.callAiInsight)`, not nullable.
    pub ai_insights: rt::Field<::std::vec::Vec<crate::v1::CallAiInsight>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_copilot_or_search)]
impl ::std::default::Default for AiOnlineMeeting {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            ai_insights: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_copilot_or_search)]
impl rt::Object for AiOnlineMeeting {
    const TYPE_NAME: &'static str = "microsoft.graph.aiOnlineMeeting";
    const KEYS: &'static [&'static str] = &["id", "aiInsights"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"aiInsights\":                   ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.aiOnlineMeeting\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "ai_insights", &self.ai_insights);
    }
}
#[cfg(msgraph_v1_copilot_or_search)]
impl rt::object::Members for AiOnlineMeeting {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.ai_insights.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.ai_insights);
    }
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
rt::impl_object!(AiOnlineMeeting);
#[cfg(msgraph_v1_copilot_or_search)]
rt::impl_setters!(
    AiOnlineMeeting { with_id id : ::std::string::String; with_ai_insights ai_insights :
    ::std::vec::Vec < crate ::v1::CallAiInsight >; }
);
#[cfg(msgraph_v1_copilot_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AiOnlineMeeting);
#[cfg(msgraph_v1_copilot_or_search)]
/// CSDL: `microsoft.graph.aiUser`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`AiUserPath`](requests/trait.AiUserPath.html), what a path to one (`EntityPath<AiUser, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-copilot`, `v1-search`.
#[derive(Clone)]
pub struct AiUser {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `interactionHistory`: `microsoft.graph.aiInteractionHistory`, nullable.
    pub interaction_history: rt::Field<crate::v1::AiInteractionHistory>,
    /// CSDL: containment navigation property `onlineMeetings`: `Collection(microsoft.graph.aiOnlineMeeting)`, not nullable.
    pub online_meetings: rt::Field<::std::vec::Vec<crate::v1::AiOnlineMeeting>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_copilot_or_search)]
impl ::std::default::Default for AiUser {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            interaction_history: rt::Field::Absent,
            online_meetings: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_copilot_or_search)]
impl rt::Object for AiUser {
    const TYPE_NAME: &'static str = "microsoft.graph.aiUser";
    const KEYS: &'static [&'static str] = &[
        "id",
        "interactionHistory",
        "onlineMeetings",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"interactionHistory\":           ",
        ",\"onlineMeetings\":               ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.aiUser\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "interaction_history", &self.interaction_history);
        v.field(2usize, "online_meetings", &self.online_meetings);
    }
}
#[cfg(msgraph_v1_copilot_or_search)]
impl rt::object::Members for AiUser {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.interaction_history.read_from(r),
            2usize => self.online_meetings.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.interaction_history);
        w.field(2usize, &self.online_meetings);
    }
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
rt::impl_object!(AiUser);
#[cfg(msgraph_v1_copilot_or_search)]
rt::impl_setters!(
    AiUser { with_id id : ::std::string::String; with_interaction_history
    interaction_history : crate ::v1::AiInteractionHistory; with_online_meetings
    online_meetings : ::std::vec::Vec < crate ::v1::AiOnlineMeeting >; }
);
#[cfg(msgraph_v1_copilot_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AiUser);
