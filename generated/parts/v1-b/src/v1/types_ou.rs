//! Types of `microsoft.graph` by the first letters of their names (`ou`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_v1_identity_governance_or_search)]
/// CSDL: `microsoft.graph.outlierContainerType`, enum type.
///
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum OutlierContainerType {
    /// `group` (value 0).
    Group,
    /// `unknownFutureValue` (value 1).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::StrEnum for OutlierContainerType {
    const TYPE_NAME: &'static str = "microsoft.graph.outlierContainerType";
    const MEMBERS: &'static [&'static str] = &["group", "unknownFutureValue"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
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
            Self::Group => "group",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_enum!(OutlierContainerType);
#[cfg(msgraph_v1_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(OutlierContainerType);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.outlookCategory`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`OutlookCategoryPath`](requests/struct.OutlookCategoryPath.html), the type of a path to one.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct OutlookCategory {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `color`: `microsoft.graph.categoryColor`, nullable.
    pub color: rt::Field<crate::v1::CategoryColor>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for OutlookCategory {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            color: rt::Field::Absent,
            display_name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for OutlookCategory {
    const TYPE_NAME: &'static str = "microsoft.graph.outlookCategory";
    const KEYS: &'static [&'static str] = &["id", "color", "displayName"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":",
        ",\"color\":",
        ",\"displayName\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.outlookCategory\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.color.read_from(r),
            2usize => self.display_name.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.color);
        w.field(2usize, &self.display_name);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.id),
            1usize => ::std::option::Option::Some(&self.color),
            2usize => ::std::option::Option::Some(&self.display_name),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "id", &self.id);
        d.field(1usize, "color", &self.color);
        d.field(2usize, "display_name", &self.display_name);
    }
    #[inline]
    fn extra(&self) -> &rt::Extra {
        &self.extra
    }
    #[inline]
    fn extra_mut(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_core)]
rt::impl_object!(OutlookCategory);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    OutlookCategory { with_id id : ::std::string::String; with_color color : crate
    ::v1::CategoryColor; with_display_name display_name : ::std::string::String; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(OutlookCategory);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.outlookItem`, entity type, derived from `microsoft.graph.entity`, abstract, key `id`.
///
/// Request builders: [`OutlookItemPath`](requests/struct.OutlookItemPath.html), the type of a path to one.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct OutlookItem {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `categories`: `Collection(Edm.String)`, nullable.
    pub categories: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `changeKey`: `Edm.String`, nullable.
    pub change_key: rt::Field<::std::string::String>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for OutlookItem {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            categories: rt::Field::Absent,
            change_key: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for OutlookItem {
    const TYPE_NAME: &'static str = "microsoft.graph.outlookItem";
    const KEYS: &'static [&'static str] = &[
        "id",
        "categories",
        "changeKey",
        "createdDateTime",
        "lastModifiedDateTime",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":",
        ",\"categories\":",
        ",\"changeKey\":",
        ",\"createdDateTime\":",
        ",\"lastModifiedDateTime\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.outlookItem\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.categories.read_from(r),
            2usize => self.change_key.read_from(r),
            3usize => self.created_date_time.read_from(r),
            4usize => self.last_modified_date_time.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.categories);
        w.field(2usize, &self.change_key);
        w.field(3usize, &self.created_date_time);
        w.field(4usize, &self.last_modified_date_time);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.id),
            1usize => ::std::option::Option::Some(&self.categories),
            2usize => ::std::option::Option::Some(&self.change_key),
            3usize => ::std::option::Option::Some(&self.created_date_time),
            4usize => ::std::option::Option::Some(&self.last_modified_date_time),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "id", &self.id);
        d.field(1usize, "categories", &self.categories);
        d.field(2usize, "change_key", &self.change_key);
        d.field(3usize, "created_date_time", &self.created_date_time);
        d.field(4usize, "last_modified_date_time", &self.last_modified_date_time);
    }
    #[inline]
    fn extra(&self) -> &rt::Extra {
        &self.extra
    }
    #[inline]
    fn extra_mut(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_core)]
rt::impl_object!(OutlookItem);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    OutlookItem { with_id id : ::std::string::String; with_categories categories :
    ::std::vec::Vec < ::std::string::String >; with_change_key change_key :
    ::std::string::String; with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(OutlookItem);
#[cfg(msgraph_v1_core)]
/// `microsoft.graph.outlookItem` or any type derived from it, selected by `@odata.type` (10 types); each variant's type converts into it (`From`).
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Debug)]
pub enum AnyOutlookItem {
    OutlookItem(::std::boxed::Box<crate::v1::OutlookItem>),
    CalendarSharingMessage(::std::boxed::Box<crate::v1::CalendarSharingMessage>),
    Contact(::std::boxed::Box<crate::v1::Contact>),
    Event(::std::boxed::Box<crate::v1::Event>),
    EventMessage(::std::boxed::Box<crate::v1::EventMessage>),
    EventMessageRequest(::std::boxed::Box<crate::v1::EventMessageRequest>),
    EventMessageResponse(::std::boxed::Box<crate::v1::EventMessageResponse>),
    MailboxItem(::std::boxed::Box<crate::v1::MailboxItem>),
    Message(::std::boxed::Box<crate::v1::Message>),
    Post(::std::boxed::Box<crate::v1::Post>),
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for AnyOutlookItem {
    #[inline]
    fn default() -> Self {
        Self::OutlookItem(::std::default::Default::default())
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::OutlookItem> for AnyOutlookItem {
    #[inline]
    fn from(v: crate::v1::OutlookItem) -> Self {
        Self::OutlookItem(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::CalendarSharingMessage> for AnyOutlookItem {
    #[inline]
    fn from(v: crate::v1::CalendarSharingMessage) -> Self {
        Self::CalendarSharingMessage(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::Contact> for AnyOutlookItem {
    #[inline]
    fn from(v: crate::v1::Contact) -> Self {
        Self::Contact(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::Event> for AnyOutlookItem {
    #[inline]
    fn from(v: crate::v1::Event) -> Self {
        Self::Event(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::EventMessage> for AnyOutlookItem {
    #[inline]
    fn from(v: crate::v1::EventMessage) -> Self {
        Self::EventMessage(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::EventMessageRequest> for AnyOutlookItem {
    #[inline]
    fn from(v: crate::v1::EventMessageRequest) -> Self {
        Self::EventMessageRequest(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::EventMessageResponse> for AnyOutlookItem {
    #[inline]
    fn from(v: crate::v1::EventMessageResponse) -> Self {
        Self::EventMessageResponse(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::MailboxItem> for AnyOutlookItem {
    #[inline]
    fn from(v: crate::v1::MailboxItem) -> Self {
        Self::MailboxItem(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::Message> for AnyOutlookItem {
    #[inline]
    fn from(v: crate::v1::Message) -> Self {
        Self::Message(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::Post> for AnyOutlookItem {
    #[inline]
    fn from(v: crate::v1::Post) -> Self {
        Self::Post(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Poly for AnyOutlookItem {
    const BASE_NAME: &'static str = "microsoft.graph.outlookItem";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        match tag {
            ::std::option::Option::Some("microsoft.graph.calendarSharingMessage") => {
                rt::object::read_boxed(r).map(Self::CalendarSharingMessage)
            }
            ::std::option::Option::Some("microsoft.graph.contact") => {
                rt::object::read_boxed(r).map(Self::Contact)
            }
            ::std::option::Option::Some("microsoft.graph.event") => {
                rt::object::read_boxed(r).map(Self::Event)
            }
            ::std::option::Option::Some("microsoft.graph.eventMessage") => {
                rt::object::read_boxed(r).map(Self::EventMessage)
            }
            ::std::option::Option::Some("microsoft.graph.eventMessageRequest") => {
                rt::object::read_boxed(r).map(Self::EventMessageRequest)
            }
            ::std::option::Option::Some("microsoft.graph.eventMessageResponse") => {
                rt::object::read_boxed(r).map(Self::EventMessageResponse)
            }
            ::std::option::Option::Some("microsoft.graph.mailboxItem") => {
                rt::object::read_boxed(r).map(Self::MailboxItem)
            }
            ::std::option::Option::Some("microsoft.graph.message") => {
                rt::object::read_boxed(r).map(Self::Message)
            }
            ::std::option::Option::Some("microsoft.graph.post") => {
                rt::object::read_boxed(r).map(Self::Post)
            }
            _ => rt::object::read_boxed(r).map(Self::OutlookItem),
        }
    }
    #[inline]
    fn write_variant(&self, w: &mut rt::Writer) {
        match self {
            Self::OutlookItem(v) => {
                rt::object::write_object(&**v, w, ::std::option::Option::None)
            }
            Self::CalendarSharingMessage(v) => {
                rt::object::write_object(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.calendarSharingMessage",
                    ),
                )
            }
            Self::Contact(v) => {
                rt::object::write_object(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.contact"),
                )
            }
            Self::Event(v) => {
                rt::object::write_object(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.event"),
                )
            }
            Self::EventMessage(v) => {
                rt::object::write_object(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.eventMessage"),
                )
            }
            Self::EventMessageRequest(v) => {
                rt::object::write_object(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.eventMessageRequest"),
                )
            }
            Self::EventMessageResponse(v) => {
                rt::object::write_object(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.eventMessageResponse"),
                )
            }
            Self::MailboxItem(v) => {
                rt::object::write_object(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.mailboxItem"),
                )
            }
            Self::Message(v) => {
                rt::object::write_object(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.message"),
                )
            }
            Self::Post(v) => {
                rt::object::write_object(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.post"),
                )
            }
        }
    }
}
#[cfg(msgraph_v1_core)]
impl AnyOutlookItem {
    /// The qualified CSDL name of the current variant's type.
    #[inline]
    pub fn type_name(&self) -> &'static str {
        match self {
            Self::OutlookItem(_) => "microsoft.graph.outlookItem",
            Self::CalendarSharingMessage(_) => "microsoft.graph.calendarSharingMessage",
            Self::Contact(_) => "microsoft.graph.contact",
            Self::Event(_) => "microsoft.graph.event",
            Self::EventMessage(_) => "microsoft.graph.eventMessage",
            Self::EventMessageRequest(_) => "microsoft.graph.eventMessageRequest",
            Self::EventMessageResponse(_) => "microsoft.graph.eventMessageResponse",
            Self::MailboxItem(_) => "microsoft.graph.mailboxItem",
            Self::Message(_) => "microsoft.graph.message",
            Self::Post(_) => "microsoft.graph.post",
        }
    }
    /// The current variant's unknown members and annotations.
    #[inline]
    pub fn extra(&self) -> &rt::Extra {
        match self {
            Self::OutlookItem(v) => &v.extra,
            Self::CalendarSharingMessage(v) => &v.extra,
            Self::Contact(v) => &v.extra,
            Self::Event(v) => &v.extra,
            Self::EventMessage(v) => &v.extra,
            Self::EventMessageRequest(v) => &v.extra,
            Self::EventMessageResponse(v) => &v.extra,
            Self::MailboxItem(v) => &v.extra,
            Self::Message(v) => &v.extra,
            Self::Post(v) => &v.extra,
        }
    }
    /// The current variant's unknown members and annotations, mutably.
    #[inline]
    pub fn extra_mut(&mut self) -> &mut rt::Extra {
        match self {
            Self::OutlookItem(v) => &mut v.extra,
            Self::CalendarSharingMessage(v) => &mut v.extra,
            Self::Contact(v) => &mut v.extra,
            Self::Event(v) => &mut v.extra,
            Self::EventMessage(v) => &mut v.extra,
            Self::EventMessageRequest(v) => &mut v.extra,
            Self::EventMessageResponse(v) => &mut v.extra,
            Self::MailboxItem(v) => &mut v.extra,
            Self::Message(v) => &mut v.extra,
            Self::Post(v) => &mut v.extra,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::OutlookItem(v) => &v.id,
            Self::CalendarSharingMessage(v) => &v.id,
            Self::Contact(v) => &v.id,
            Self::Event(v) => &v.id,
            Self::EventMessage(v) => &v.id,
            Self::EventMessageRequest(v) => &v.id,
            Self::EventMessageResponse(v) => &v.id,
            Self::MailboxItem(v) => &v.id,
            Self::Message(v) => &v.id,
            Self::Post(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::OutlookItem(v) => &mut v.id,
            Self::CalendarSharingMessage(v) => &mut v.id,
            Self::Contact(v) => &mut v.id,
            Self::Event(v) => &mut v.id,
            Self::EventMessage(v) => &mut v.id,
            Self::EventMessageRequest(v) => &mut v.id,
            Self::EventMessageResponse(v) => &mut v.id,
            Self::MailboxItem(v) => &mut v.id,
            Self::Message(v) => &mut v.id,
            Self::Post(v) => &mut v.id,
        }
    }
    /// `categories` of any variant.
    #[inline]
    pub fn categories(&self) -> &rt::Field<::std::vec::Vec<::std::string::String>> {
        match self {
            Self::OutlookItem(v) => &v.categories,
            Self::CalendarSharingMessage(v) => &v.categories,
            Self::Contact(v) => &v.categories,
            Self::Event(v) => &v.categories,
            Self::EventMessage(v) => &v.categories,
            Self::EventMessageRequest(v) => &v.categories,
            Self::EventMessageResponse(v) => &v.categories,
            Self::MailboxItem(v) => &v.categories,
            Self::Message(v) => &v.categories,
            Self::Post(v) => &v.categories,
        }
    }
    /// `categories` of any variant.
    #[inline]
    pub fn categories_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<::std::string::String>> {
        match self {
            Self::OutlookItem(v) => &mut v.categories,
            Self::CalendarSharingMessage(v) => &mut v.categories,
            Self::Contact(v) => &mut v.categories,
            Self::Event(v) => &mut v.categories,
            Self::EventMessage(v) => &mut v.categories,
            Self::EventMessageRequest(v) => &mut v.categories,
            Self::EventMessageResponse(v) => &mut v.categories,
            Self::MailboxItem(v) => &mut v.categories,
            Self::Message(v) => &mut v.categories,
            Self::Post(v) => &mut v.categories,
        }
    }
    /// `changeKey` of any variant.
    #[inline]
    pub fn change_key(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::OutlookItem(v) => &v.change_key,
            Self::CalendarSharingMessage(v) => &v.change_key,
            Self::Contact(v) => &v.change_key,
            Self::Event(v) => &v.change_key,
            Self::EventMessage(v) => &v.change_key,
            Self::EventMessageRequest(v) => &v.change_key,
            Self::EventMessageResponse(v) => &v.change_key,
            Self::MailboxItem(v) => &v.change_key,
            Self::Message(v) => &v.change_key,
            Self::Post(v) => &v.change_key,
        }
    }
    /// `changeKey` of any variant.
    #[inline]
    pub fn change_key_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::OutlookItem(v) => &mut v.change_key,
            Self::CalendarSharingMessage(v) => &mut v.change_key,
            Self::Contact(v) => &mut v.change_key,
            Self::Event(v) => &mut v.change_key,
            Self::EventMessage(v) => &mut v.change_key,
            Self::EventMessageRequest(v) => &mut v.change_key,
            Self::EventMessageResponse(v) => &mut v.change_key,
            Self::MailboxItem(v) => &mut v.change_key,
            Self::Message(v) => &mut v.change_key,
            Self::Post(v) => &mut v.change_key,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::OutlookItem(v) => &v.created_date_time,
            Self::CalendarSharingMessage(v) => &v.created_date_time,
            Self::Contact(v) => &v.created_date_time,
            Self::Event(v) => &v.created_date_time,
            Self::EventMessage(v) => &v.created_date_time,
            Self::EventMessageRequest(v) => &v.created_date_time,
            Self::EventMessageResponse(v) => &v.created_date_time,
            Self::MailboxItem(v) => &v.created_date_time,
            Self::Message(v) => &v.created_date_time,
            Self::Post(v) => &v.created_date_time,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time_mut(&mut self) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::OutlookItem(v) => &mut v.created_date_time,
            Self::CalendarSharingMessage(v) => &mut v.created_date_time,
            Self::Contact(v) => &mut v.created_date_time,
            Self::Event(v) => &mut v.created_date_time,
            Self::EventMessage(v) => &mut v.created_date_time,
            Self::EventMessageRequest(v) => &mut v.created_date_time,
            Self::EventMessageResponse(v) => &mut v.created_date_time,
            Self::MailboxItem(v) => &mut v.created_date_time,
            Self::Message(v) => &mut v.created_date_time,
            Self::Post(v) => &mut v.created_date_time,
        }
    }
    /// `lastModifiedDateTime` of any variant.
    #[inline]
    pub fn last_modified_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::OutlookItem(v) => &v.last_modified_date_time,
            Self::CalendarSharingMessage(v) => &v.last_modified_date_time,
            Self::Contact(v) => &v.last_modified_date_time,
            Self::Event(v) => &v.last_modified_date_time,
            Self::EventMessage(v) => &v.last_modified_date_time,
            Self::EventMessageRequest(v) => &v.last_modified_date_time,
            Self::EventMessageResponse(v) => &v.last_modified_date_time,
            Self::MailboxItem(v) => &v.last_modified_date_time,
            Self::Message(v) => &v.last_modified_date_time,
            Self::Post(v) => &v.last_modified_date_time,
        }
    }
    /// `lastModifiedDateTime` of any variant.
    #[inline]
    pub fn last_modified_date_time_mut(
        &mut self,
    ) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::OutlookItem(v) => &mut v.last_modified_date_time,
            Self::CalendarSharingMessage(v) => &mut v.last_modified_date_time,
            Self::Contact(v) => &mut v.last_modified_date_time,
            Self::Event(v) => &mut v.last_modified_date_time,
            Self::EventMessage(v) => &mut v.last_modified_date_time,
            Self::EventMessageRequest(v) => &mut v.last_modified_date_time,
            Self::EventMessageResponse(v) => &mut v.last_modified_date_time,
            Self::MailboxItem(v) => &mut v.last_modified_date_time,
            Self::Message(v) => &mut v.last_modified_date_time,
            Self::Post(v) => &mut v.last_modified_date_time,
        }
    }
}
#[cfg(msgraph_v1_core)]
rt::impl_poly!(AnyOutlookItem);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyOutlookItem);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.outlookUser`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`OutlookUserPath`](requests/struct.OutlookUserPath.html), the type of a path to one.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct OutlookUser {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `masterCategories`: `Collection(microsoft.graph.outlookCategory)`, not nullable.
    pub master_categories: rt::Field<::std::vec::Vec<crate::v1::OutlookCategory>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for OutlookUser {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            master_categories: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for OutlookUser {
    const TYPE_NAME: &'static str = "microsoft.graph.outlookUser";
    const KEYS: &'static [&'static str] = &["id", "masterCategories"];
    const KEYS_JSON: &'static [&'static str] = &[",\"id\":", ",\"masterCategories\":"];
    const TAG: &'static str = "\"#microsoft.graph.outlookUser\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.master_categories.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.master_categories);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.id),
            1usize => ::std::option::Option::Some(&self.master_categories),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "id", &self.id);
        d.field(1usize, "master_categories", &self.master_categories);
    }
    #[inline]
    fn extra(&self) -> &rt::Extra {
        &self.extra
    }
    #[inline]
    fn extra_mut(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_core)]
rt::impl_object!(OutlookUser);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    OutlookUser { with_id id : ::std::string::String; with_master_categories
    master_categories : ::std::vec::Vec < crate ::v1::OutlookCategory >; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(OutlookUser);
