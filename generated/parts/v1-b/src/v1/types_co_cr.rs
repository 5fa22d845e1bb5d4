//! Types of `microsoft.graph` by the first letters of their names (`co_cr`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_v1_any_area)]
/// CSDL: `microsoft.graph.ComplexExtensionValue`, complex type, open.
///
/// Feature: `v1` or any `v1-*` area feature.
#[derive(Clone)]
pub struct ComplexExtensionValue {
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_any_area)]
impl ::std::default::Default for ComplexExtensionValue {
    #[inline]
    fn default() -> Self {
        Self {
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_any_area)]
impl rt::Object for ComplexExtensionValue {
    const TYPE_NAME: &'static str = "microsoft.graph.ComplexExtensionValue";
    const KEYS: &'static [&'static str] = &[];
    const KEYS_JSON: &'static [&'static str] = &[];
    const TAG: &'static str = "\"#microsoft.graph.ComplexExtensionValue\"";
    #[inline]
    #[allow(unused_variables)]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {}
}
#[cfg(msgraph_v1_any_area)]
impl rt::object::Members for ComplexExtensionValue {
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
rt::impl_object!(ComplexExtensionValue);
#[cfg(msgraph_v1_any_area)]
#[cfg(feature = "serde")]
rt::impl_serde!(ComplexExtensionValue);
#[cfg(msgraph_v1_core_or_sites)]
/// CSDL: `microsoft.graph.CopyNotebookModel`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct CopyNotebookModel {
    /// CSDL: property `createdBy`: `Edm.String`, nullable.
    pub created_by: rt::Field<::std::string::String>,
    /// CSDL: property `createdByIdentity`: `microsoft.graph.identitySet`, nullable.
    pub created_by_identity: rt::Field<crate::v1::AnyIdentitySet>,
    /// CSDL: property `createdTime`: `Edm.DateTimeOffset`, nullable.
    pub created_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `id`: `Edm.String`, nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `isDefault`: `Edm.Boolean`, nullable.
    pub is_default: rt::Field<bool>,
    /// CSDL: property `isShared`: `Edm.Boolean`, nullable.
    pub is_shared: rt::Field<bool>,
    /// CSDL: property `lastModifiedBy`: `Edm.String`, nullable.
    pub last_modified_by: rt::Field<::std::string::String>,
    /// CSDL: property `lastModifiedByIdentity`: `microsoft.graph.identitySet`, nullable.
    pub last_modified_by_identity: rt::Field<crate::v1::AnyIdentitySet>,
    /// CSDL: property `lastModifiedTime`: `Edm.DateTimeOffset`, nullable.
    pub last_modified_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `links`: `microsoft.graph.notebookLinks`, nullable.
    pub links: rt::Field<crate::v1::NotebookLinks>,
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// CSDL: property `sectionGroupsUrl`: `Edm.String`, nullable.
    pub section_groups_url: rt::Field<::std::string::String>,
    /// CSDL: property `sectionsUrl`: `Edm.String`, nullable.
    pub sections_url: rt::Field<::std::string::String>,
    /// CSDL: property `self`: `Edm.String`, nullable.
    pub self_: rt::Field<::std::string::String>,
    /// CSDL: property `userRole`: `microsoft.graph.onenoteUserRole`, nullable.
    pub user_role: rt::Field<crate::v1::OnenoteUserRole>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_sites)]
impl ::std::default::Default for CopyNotebookModel {
    #[inline]
    fn default() -> Self {
        Self {
            created_by: rt::Field::Absent,
            created_by_identity: rt::Field::Absent,
            created_time: rt::Field::Absent,
            id: rt::Field::Absent,
            is_default: rt::Field::Absent,
            is_shared: rt::Field::Absent,
            last_modified_by: rt::Field::Absent,
            last_modified_by_identity: rt::Field::Absent,
            last_modified_time: rt::Field::Absent,
            links: rt::Field::Absent,
            name: rt::Field::Absent,
            section_groups_url: rt::Field::Absent,
            sections_url: rt::Field::Absent,
            self_: rt::Field::Absent,
            user_role: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_sites)]
impl rt::Object for CopyNotebookModel {
    const TYPE_NAME: &'static str = "microsoft.graph.CopyNotebookModel";
    const KEYS: &'static [&'static str] = &[
        "createdBy",
        "createdByIdentity",
        "createdTime",
        "id",
        "isDefault",
        "isShared",
        "lastModifiedBy",
        "lastModifiedByIdentity",
        "lastModifiedTime",
        "links",
        "name",
        "sectionGroupsUrl",
        "sectionsUrl",
        "self",
        "userRole",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"createdBy\":                    ",
        ",\"createdByIdentity\":            ",
        ",\"createdTime\":                  ",
        ",\"id\":                           ",
        ",\"isDefault\":                    ",
        ",\"isShared\":                     ",
        ",\"lastModifiedBy\":               ",
        ",\"lastModifiedByIdentity\":       ",
        ",\"lastModifiedTime\":             ",
        ",\"links\":                        ",
        ",\"name\":                         ",
        ",\"sectionGroupsUrl\":             ",
        ",\"sectionsUrl\":                  ",
        ",\"self\":                         ",
        ",\"userRole\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.CopyNotebookModel\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "created_by", &self.created_by);
        v.field(1usize, "created_by_identity", &self.created_by_identity);
        v.field(2usize, "created_time", &self.created_time);
        v.field(3usize, "id", &self.id);
        v.field(4usize, "is_default", &self.is_default);
        v.field(5usize, "is_shared", &self.is_shared);
        v.field(6usize, "last_modified_by", &self.last_modified_by);
        v.field(7usize, "last_modified_by_identity", &self.last_modified_by_identity);
        v.field(8usize, "last_modified_time", &self.last_modified_time);
        v.field(9usize, "links", &self.links);
        v.field(10usize, "name", &self.name);
        v.field(11usize, "section_groups_url", &self.section_groups_url);
        v.field(12usize, "sections_url", &self.sections_url);
        v.field(13usize, "self_", &self.self_);
        v.field(14usize, "user_role", &self.user_role);
    }
}
#[cfg(msgraph_v1_core_or_sites)]
impl rt::object::Members for CopyNotebookModel {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.created_by.read_from(r),
            1usize => self.created_by_identity.read_from(r),
            2usize => self.created_time.read_from(r),
            3usize => self.id.read_from(r),
            4usize => self.is_default.read_from(r),
            5usize => self.is_shared.read_from(r),
            6usize => self.last_modified_by.read_from(r),
            7usize => self.last_modified_by_identity.read_from(r),
            8usize => self.last_modified_time.read_from(r),
            9usize => self.links.read_from(r),
            10usize => self.name.read_from(r),
            11usize => self.section_groups_url.read_from(r),
            12usize => self.sections_url.read_from(r),
            13usize => self.self_.read_from(r),
            14usize => self.user_role.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.created_by);
        w.field(1usize, &self.created_by_identity);
        w.field(2usize, &self.created_time);
        w.field(3usize, &self.id);
        w.field(4usize, &self.is_default);
        w.field(5usize, &self.is_shared);
        w.field(6usize, &self.last_modified_by);
        w.field(7usize, &self.last_modified_by_identity);
        w.field(8usize, &self.last_modified_time);
        w.field(9usize, &self.links);
        w.field(10usize, &self.name);
        w.field(11usize, &self.section_groups_url);
        w.field(12usize, &self.sections_url);
        w.field(13usize, &self.self_);
        w.field(14usize, &self.user_role);
    }
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
rt::impl_object!(CopyNotebookModel);
#[cfg(msgraph_v1_core_or_sites)]
rt::impl_setters!(
    CopyNotebookModel { with_created_by created_by : ::std::string::String;
    with_created_by_identity created_by_identity : crate ::v1::AnyIdentitySet;
    with_created_time created_time : rt::edm::DateTimeOffset; with_id id :
    ::std::string::String; with_is_default is_default : bool; with_is_shared is_shared :
    bool; with_last_modified_by last_modified_by : ::std::string::String;
    with_last_modified_by_identity last_modified_by_identity : crate
    ::v1::AnyIdentitySet; with_last_modified_time last_modified_time :
    rt::edm::DateTimeOffset; with_links links : crate ::v1::NotebookLinks; with_name name
    : ::std::string::String; with_section_groups_url section_groups_url :
    ::std::string::String; with_sections_url sections_url : ::std::string::String;
    with_self self_ : ::std::string::String; with_user_role user_role : crate
    ::v1::OnenoteUserRole; }
);
#[cfg(msgraph_v1_core_or_sites)]
#[cfg(feature = "serde")]
rt::impl_serde!(CopyNotebookModel);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.coachmarkLocation`, complex type.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct CoachmarkLocation {
    /// CSDL: property `length`: `Edm.Int32`, nullable.
    pub length: rt::Field<i32>,
    /// CSDL: property `offset`: `Edm.Int32`, nullable.
    pub offset: rt::Field<i32>,
    /// CSDL: property `type`: `microsoft.graph.coachmarkLocationType`, nullable.
    pub type_: rt::Field<crate::v1::CoachmarkLocationType>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for CoachmarkLocation {
    #[inline]
    fn default() -> Self {
        Self {
            length: rt::Field::Absent,
            offset: rt::Field::Absent,
            type_: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for CoachmarkLocation {
    const TYPE_NAME: &'static str = "microsoft.graph.coachmarkLocation";
    const KEYS: &'static [&'static str] = &["length", "offset", "type"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"length\":                       ",
        ",\"offset\":                       ",
        ",\"type\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.coachmarkLocation\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "length", &self.length);
        v.field(1usize, "offset", &self.offset);
        v.field(2usize, "type_", &self.type_);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for CoachmarkLocation {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.length.read_from(r),
            1usize => self.offset.read_from(r),
            2usize => self.type_.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.length);
        w.field(1usize, &self.offset);
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
#[cfg(msgraph_v1_search_or_security)]
rt::impl_object!(CoachmarkLocation);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    CoachmarkLocation { with_length length : i32; with_offset offset : i32; with_type
    type_ : crate ::v1::CoachmarkLocationType; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(CoachmarkLocation);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.coachmarkLocationType`, enum type.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum CoachmarkLocationType {
    /// `unknown` (value 0).
    Unknown,
    /// `fromEmail` (value 1).
    FromEmail,
    /// `subject` (value 2).
    Subject,
    /// `externalTag` (value 3).
    ExternalTag,
    /// `displayName` (value 4).
    DisplayName,
    /// `messageBody` (value 5).
    MessageBody,
    /// `unknownFutureValue` (value 6).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::StrEnum for CoachmarkLocationType {
    const TYPE_NAME: &'static str = "microsoft.graph.coachmarkLocationType";
    const MEMBERS: &'static [&'static str] = &[
        "unknown",
        "fromEmail",
        "subject",
        "externalTag",
        "displayName",
        "messageBody",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "unknown" => Self::Unknown,
                "fromEmail" => Self::FromEmail,
                "subject" => Self::Subject,
                "externalTag" => Self::ExternalTag,
                "displayName" => Self::DisplayName,
                "messageBody" => Self::MessageBody,
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
            Self::Unknown => "unknown",
            Self::FromEmail => "fromEmail",
            Self::Subject => "subject",
            Self::ExternalTag => "externalTag",
            Self::DisplayName => "displayName",
            Self::MessageBody => "messageBody",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
rt::impl_enum!(CoachmarkLocationType);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(CoachmarkLocationType);
#[cfg(msgraph_v1_search)]
/// CSDL: `microsoft.graph.collapseProperty`, complex type.
///
/// Features: `v1` or `v1-search`.
#[derive(Clone)]
pub struct CollapseProperty {
    /// CSDL: property `fields`: `Collection(Edm.String)`, not nullable.
    pub fields: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `limit`: `Edm.Int16`, not nullable.
    pub limit: rt::Field<i16>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search)]
impl ::std::default::Default for CollapseProperty {
    #[inline]
    fn default() -> Self {
        Self {
            fields: rt::Field::Absent,
            limit: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search)]
impl rt::Object for CollapseProperty {
    const TYPE_NAME: &'static str = "microsoft.graph.collapseProperty";
    const KEYS: &'static [&'static str] = &["fields", "limit"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"fields\":                       ",
        ",\"limit\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.collapseProperty\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "fields", &self.fields);
        v.field(1usize, "limit", &self.limit);
    }
}
#[cfg(msgraph_v1_search)]
impl rt::object::Members for CollapseProperty {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.fields.read_from(r),
            1usize => self.limit.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.fields);
        w.field(1usize, &self.limit);
    }
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
rt::impl_object!(CollapseProperty);
#[cfg(msgraph_v1_search)]
rt::impl_setters!(
    CollapseProperty { with_fields fields : ::std::vec::Vec < ::std::string::String >;
    with_limit limit : i16; }
);
#[cfg(msgraph_v1_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(CollapseProperty);
#[cfg(msgraph_v1_any_area)]
/// CSDL: `microsoft.graph.commentAction`, complex type.
///
/// Feature: `v1` or any `v1-*` area feature.
#[derive(Clone)]
pub struct CommentAction {
    /// CSDL: property `isReply`: `Edm.Boolean`, nullable.
    pub is_reply: rt::Field<bool>,
    /// CSDL: property `parentAuthor`: `microsoft.graph.identitySet`, nullable.
    pub parent_author: rt::Field<crate::v1::AnyIdentitySet>,
    /// CSDL: property `participants`: `Collection(microsoft.graph.identitySet)`, nullable.
    pub participants: rt::Field<::std::vec::Vec<crate::v1::AnyIdentitySet>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_any_area)]
impl ::std::default::Default for CommentAction {
    #[inline]
    fn default() -> Self {
        Self {
            is_reply: rt::Field::Absent,
            parent_author: rt::Field::Absent,
            participants: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_any_area)]
impl rt::Object for CommentAction {
    const TYPE_NAME: &'static str = "microsoft.graph.commentAction";
    const KEYS: &'static [&'static str] = &["isReply", "parentAuthor", "participants"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"isReply\":                      ",
        ",\"parentAuthor\":                 ",
        ",\"participants\":                 ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.commentAction\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "is_reply", &self.is_reply);
        v.field(1usize, "parent_author", &self.parent_author);
        v.field(2usize, "participants", &self.participants);
    }
}
#[cfg(msgraph_v1_any_area)]
impl rt::object::Members for CommentAction {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.is_reply.read_from(r),
            1usize => self.parent_author.read_from(r),
            2usize => self.participants.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.is_reply);
        w.field(1usize, &self.parent_author);
        w.field(2usize, &self.participants);
    }
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
rt::impl_object!(CommentAction);
#[cfg(msgraph_v1_any_area)]
rt::impl_setters!(
    CommentAction { with_is_reply is_reply : bool; with_parent_author parent_author :
    crate ::v1::AnyIdentitySet; with_participants participants : ::std::vec::Vec < crate
    ::v1::AnyIdentitySet >; }
);
#[cfg(msgraph_v1_any_area)]
#[cfg(feature = "serde")]
rt::impl_serde!(CommentAction);
#[cfg(msgraph_v1_any_area)]
/// CSDL: `microsoft.graph.commsNotification`, complex type, open.
///
/// Feature: `v1` or any `v1-*` area feature.
#[derive(Clone)]
pub struct CommsNotification {
    /// CSDL: property `changeType`: `microsoft.graph.changeType`, not nullable.
    pub change_type: rt::Field<crate::v1::ChangeType>,
    /// CSDL: property `resourceUrl`: `Edm.String`, not nullable.
    pub resource_url: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_any_area)]
impl ::std::default::Default for CommsNotification {
    #[inline]
    fn default() -> Self {
        Self {
            change_type: rt::Field::Absent,
            resource_url: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_any_area)]
impl rt::Object for CommsNotification {
    const TYPE_NAME: &'static str = "microsoft.graph.commsNotification";
    const KEYS: &'static [&'static str] = &["changeType", "resourceUrl"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"changeType\":                   ",
        ",\"resourceUrl\":                  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.commsNotification\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "change_type", &self.change_type);
        v.field(1usize, "resource_url", &self.resource_url);
    }
}
#[cfg(msgraph_v1_any_area)]
impl rt::object::Members for CommsNotification {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.change_type.read_from(r),
            1usize => self.resource_url.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.change_type);
        w.field(1usize, &self.resource_url);
    }
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
rt::impl_object!(CommsNotification);
#[cfg(msgraph_v1_any_area)]
rt::impl_setters!(
    CommsNotification { with_change_type change_type : crate ::v1::ChangeType;
    with_resource_url resource_url : ::std::string::String; }
);
#[cfg(msgraph_v1_any_area)]
#[cfg(feature = "serde")]
rt::impl_serde!(CommsNotification);
#[cfg(msgraph_v1_any_area)]
/// CSDL: `microsoft.graph.commsNotifications`, complex type.
///
/// Feature: `v1` or any `v1-*` area feature.
#[derive(Clone)]
pub struct CommsNotifications {
    /// CSDL: property `value`: `Collection(microsoft.graph.commsNotification)`, nullable.
    pub value: rt::Field<::std::vec::Vec<crate::v1::CommsNotification>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_any_area)]
impl ::std::default::Default for CommsNotifications {
    #[inline]
    fn default() -> Self {
        Self {
            value: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_any_area)]
impl rt::Object for CommsNotifications {
    const TYPE_NAME: &'static str = "microsoft.graph.commsNotifications";
    const KEYS: &'static [&'static str] = &["value"];
    const KEYS_JSON: &'static [&'static str] = &[",\"value\":                        "];
    const TAG: &'static str = "\"#microsoft.graph.commsNotifications\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "value", &self.value);
    }
}
#[cfg(msgraph_v1_any_area)]
impl rt::object::Members for CommsNotifications {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.value.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.value);
    }
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
rt::impl_object!(CommsNotifications);
#[cfg(msgraph_v1_any_area)]
rt::impl_setters!(
    CommsNotifications { with_value value : ::std::vec::Vec < crate
    ::v1::CommsNotification >; }
);
#[cfg(msgraph_v1_any_area)]
#[cfg(feature = "serde")]
rt::impl_serde!(CommsNotifications);
#[cfg(msgraph_v1_compliance)]
/// CSDL: `microsoft.graph.compliance`, entity type.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1` or `v1-compliance`.
#[derive(Clone)]
pub struct Compliance {
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_compliance)]
impl ::std::default::Default for Compliance {
    #[inline]
    fn default() -> Self {
        Self {
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_compliance)]
impl rt::Object for Compliance {
    const TYPE_NAME: &'static str = "microsoft.graph.compliance";
    const KEYS: &'static [&'static str] = &[];
    const KEYS_JSON: &'static [&'static str] = &[];
    const TAG: &'static str = "\"#microsoft.graph.compliance\"";
    #[inline]
    #[allow(unused_variables)]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {}
}
#[cfg(msgraph_v1_compliance)]
impl rt::object::Members for Compliance {
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
#[cfg(msgraph_v1_compliance)]
rt::impl_object!(Compliance);
#[cfg(msgraph_v1_compliance)]
#[cfg(feature = "serde")]
rt::impl_serde!(Compliance);
#[cfg(msgraph_v1_device_management_or_search)]
/// Compliance management partner for all platforms
///
/// CSDL: `microsoft.graph.complianceManagementPartner`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone)]
pub struct ComplianceManagementPartner {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// User groups which enroll Android devices through partner.
    ///
    /// CSDL: property `androidEnrollmentAssignments`: `Collection(microsoft.graph.complianceManagementPartnerAssignment)`, nullable.
    pub android_enrollment_assignments: rt::Field<
        ::std::vec::Vec<crate::v1::ComplianceManagementPartnerAssignment>,
    >,
    /// Partner onboarded for Android devices.
    ///
    /// CSDL: property `androidOnboarded`: `Edm.Boolean`, not nullable.
    pub android_onboarded: rt::Field<bool>,
    /// Partner display name
    ///
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// User groups which enroll ios devices through partner.
    ///
    /// CSDL: property `iosEnrollmentAssignments`: `Collection(microsoft.graph.complianceManagementPartnerAssignment)`, nullable.
    pub ios_enrollment_assignments: rt::Field<
        ::std::vec::Vec<crate::v1::ComplianceManagementPartnerAssignment>,
    >,
    /// Partner onboarded for ios devices.
    ///
    /// CSDL: property `iosOnboarded`: `Edm.Boolean`, not nullable.
    pub ios_onboarded: rt::Field<bool>,
    /// Timestamp of last heartbeat after admin onboarded to the compliance management partner
    ///
    /// CSDL: property `lastHeartbeatDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_heartbeat_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// User groups which enroll Mac devices through partner.
    ///
    /// CSDL: property `macOsEnrollmentAssignments`: `Collection(microsoft.graph.complianceManagementPartnerAssignment)`, nullable.
    pub mac_os_enrollment_assignments: rt::Field<
        ::std::vec::Vec<crate::v1::ComplianceManagementPartnerAssignment>,
    >,
    /// Partner onboarded for Mac devices.
    ///
    /// CSDL: property `macOsOnboarded`: `Edm.Boolean`, not nullable.
    pub mac_os_onboarded: rt::Field<bool>,
    /// Partner state of this tenant
    ///
    /// CSDL: property `partnerState`: `microsoft.graph.deviceManagementPartnerTenantState`, not nullable.
    pub partner_state: rt::Field<crate::v1::DeviceManagementPartnerTenantState>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default for ComplianceManagementPartner {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            android_enrollment_assignments: rt::Field::Absent,
            android_onboarded: rt::Field::Absent,
            display_name: rt::Field::Absent,
            ios_enrollment_assignments: rt::Field::Absent,
            ios_onboarded: rt::Field::Absent,
            last_heartbeat_date_time: rt::Field::Absent,
            mac_os_enrollment_assignments: rt::Field::Absent,
            mac_os_onboarded: rt::Field::Absent,
            partner_state: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object for ComplianceManagementPartner {
    const TYPE_NAME: &'static str = "microsoft.graph.complianceManagementPartner";
    const KEYS: &'static [&'static str] = &[
        "id",
        "androidEnrollmentAssignments",
        "androidOnboarded",
        "displayName",
        "iosEnrollmentAssignments",
        "iosOnboarded",
        "lastHeartbeatDateTime",
        "macOsEnrollmentAssignments",
        "macOsOnboarded",
        "partnerState",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"androidEnrollmentAssignments\": ",
        ",\"androidOnboarded\":             ",
        ",\"displayName\":                  ",
        ",\"iosEnrollmentAssignments\":     ",
        ",\"iosOnboarded\":                 ",
        ",\"lastHeartbeatDateTime\":        ",
        ",\"macOsEnrollmentAssignments\":   ",
        ",\"macOsOnboarded\":               ",
        ",\"partnerState\":                 ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.complianceManagementPartner\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(
            1usize,
            "android_enrollment_assignments",
            &self.android_enrollment_assignments,
        );
        v.field(2usize, "android_onboarded", &self.android_onboarded);
        v.field(3usize, "display_name", &self.display_name);
        v.field(4usize, "ios_enrollment_assignments", &self.ios_enrollment_assignments);
        v.field(5usize, "ios_onboarded", &self.ios_onboarded);
        v.field(6usize, "last_heartbeat_date_time", &self.last_heartbeat_date_time);
        v.field(
            7usize,
            "mac_os_enrollment_assignments",
            &self.mac_os_enrollment_assignments,
        );
        v.field(8usize, "mac_os_onboarded", &self.mac_os_onboarded);
        v.field(9usize, "partner_state", &self.partner_state);
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members for ComplianceManagementPartner {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.android_enrollment_assignments.read_from(r),
            2usize => self.android_onboarded.read_from(r),
            3usize => self.display_name.read_from(r),
            4usize => self.ios_enrollment_assignments.read_from(r),
            5usize => self.ios_onboarded.read_from(r),
            6usize => self.last_heartbeat_date_time.read_from(r),
            7usize => self.mac_os_enrollment_assignments.read_from(r),
            8usize => self.mac_os_onboarded.read_from(r),
            9usize => self.partner_state.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.android_enrollment_assignments);
        w.field(2usize, &self.android_onboarded);
        w.field(3usize, &self.display_name);
        w.field(4usize, &self.ios_enrollment_assignments);
        w.field(5usize, &self.ios_onboarded);
        w.field(6usize, &self.last_heartbeat_date_time);
        w.field(7usize, &self.mac_os_enrollment_assignments);
        w.field(8usize, &self.mac_os_onboarded);
        w.field(9usize, &self.partner_state);
    }
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
rt::impl_object!(ComplianceManagementPartner);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    ComplianceManagementPartner { with_id id : ::std::string::String;
    with_android_enrollment_assignments android_enrollment_assignments : ::std::vec::Vec
    < crate ::v1::ComplianceManagementPartnerAssignment >; with_android_onboarded
    android_onboarded : bool; with_display_name display_name : ::std::string::String;
    with_ios_enrollment_assignments ios_enrollment_assignments : ::std::vec::Vec < crate
    ::v1::ComplianceManagementPartnerAssignment >; with_ios_onboarded ios_onboarded :
    bool; with_last_heartbeat_date_time last_heartbeat_date_time :
    rt::edm::DateTimeOffset; with_mac_os_enrollment_assignments
    mac_os_enrollment_assignments : ::std::vec::Vec < crate
    ::v1::ComplianceManagementPartnerAssignment >; with_mac_os_onboarded mac_os_onboarded
    : bool; with_partner_state partner_state : crate
    ::v1::DeviceManagementPartnerTenantState; }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ComplianceManagementPartner);
#[cfg(msgraph_v1_device_management_or_search)]
/// User group targeting for Compliance Management Partner
///
/// CSDL: `microsoft.graph.complianceManagementPartnerAssignment`, complex type.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone)]
pub struct ComplianceManagementPartnerAssignment {
    /// Group assignment target.
    ///
    /// CSDL: property `target`: `microsoft.graph.deviceAndAppManagementAssignmentTarget`, nullable.
    pub target: rt::Field<crate::v1::AnyDeviceAndAppManagementAssignmentTarget>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default for ComplianceManagementPartnerAssignment {
    #[inline]
    fn default() -> Self {
        Self {
            target: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object for ComplianceManagementPartnerAssignment {
    const TYPE_NAME: &'static str = "microsoft.graph.complianceManagementPartnerAssignment";
    const KEYS: &'static [&'static str] = &["target"];
    const KEYS_JSON: &'static [&'static str] = &[",\"target\":                       "];
    const TAG: &'static str = "\"#microsoft.graph.complianceManagementPartnerAssignment\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "target", &self.target);
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members for ComplianceManagementPartnerAssignment {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.target.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.target);
    }
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
rt::impl_object!(ComplianceManagementPartnerAssignment);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    ComplianceManagementPartnerAssignment { with_target target : crate
    ::v1::AnyDeviceAndAppManagementAssignmentTarget; }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ComplianceManagementPartnerAssignment);
#[cfg(msgraph_v1_core_or_device_management)]
/// Compliance state.
///
/// CSDL: `microsoft.graph.complianceState`, enum type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-device-management`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ComplianceState {
    /// Unknown.
    ///
    /// `unknown` (value 0).
    Unknown,
    /// Compliant.
    ///
    /// `compliant` (value 1).
    Compliant,
    /// Device is non-compliant and is blocked from corporate resources.
    ///
    /// `noncompliant` (value 2).
    Noncompliant,
    /// Conflict with other rules.
    ///
    /// `conflict` (value 3).
    Conflict,
    /// Error.
    ///
    /// `error` (value 4).
    Error,
    /// Device is non-compliant but still has access to corporate resources
    ///
    /// `inGracePeriod` (value 254).
    InGracePeriod,
    /// Managed by Config Manager
    ///
    /// `configManager` (value 255).
    ConfigManager,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_core_or_device_management)]
impl rt::StrEnum for ComplianceState {
    const TYPE_NAME: &'static str = "microsoft.graph.complianceState";
    const MEMBERS: &'static [&'static str] = &[
        "unknown",
        "compliant",
        "noncompliant",
        "conflict",
        "error",
        "inGracePeriod",
        "configManager",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "unknown" => Self::Unknown,
                "compliant" => Self::Compliant,
                "noncompliant" => Self::Noncompliant,
                "conflict" => Self::Conflict,
                "error" => Self::Error,
                "inGracePeriod" => Self::InGracePeriod,
                "configManager" => Self::ConfigManager,
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
            Self::Unknown => "unknown",
            Self::Compliant => "compliant",
            Self::Noncompliant => "noncompliant",
            Self::Conflict => "conflict",
            Self::Error => "error",
            Self::InGracePeriod => "inGracePeriod",
            Self::ConfigManager => "configManager",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_core_or_device_management)]
rt::impl_enum!(ComplianceState);
#[cfg(msgraph_v1_core_or_device_management)]
#[cfg(feature = "serde")]
rt::impl_serde!(ComplianceState);
#[cfg(msgraph_v1_core_or_security)]
/// CSDL: `microsoft.graph.computeRightsAndInheritanceResult`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ComputeRightsAndInheritanceResult {
    /// CSDL: navigation property `contentRights`: `Collection(microsoft.graph.labelContentRight)`, not nullable.
    ///
    /// Features: `v1` or `v1-search`.
    #[cfg(msgraph_v1_search)]
    pub content_rights: rt::Field<::std::vec::Vec<crate::v1::LabelContentRight>>,
    /// CSDL: navigation property `inheritedLabel`: `microsoft.graph.sensitivityLabel`, nullable.
    pub inherited_label: rt::Field<crate::v1::SensitivityLabel>,
    /// CSDL: navigation property `sensitivityLabels`: `Collection(microsoft.graph.sensitivityLabel)`, not nullable.
    pub sensitivity_labels: rt::Field<::std::vec::Vec<crate::v1::SensitivityLabel>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_security)]
impl ::std::default::Default for ComputeRightsAndInheritanceResult {
    #[inline]
    fn default() -> Self {
        Self {
            #[cfg(msgraph_v1_search)]
            content_rights: rt::Field::Absent,
            inherited_label: rt::Field::Absent,
            sensitivity_labels: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_security)]
impl rt::Object for ComputeRightsAndInheritanceResult {
    const TYPE_NAME: &'static str = "microsoft.graph.computeRightsAndInheritanceResult";
    const KEYS: &'static [&'static str] = &[
        "contentRights",
        "inheritedLabel",
        "sensitivityLabels",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"contentRights\":                ",
        ",\"inheritedLabel\":               ",
        ",\"sensitivityLabels\":            ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.computeRightsAndInheritanceResult\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        #[cfg(msgraph_v1_search)]
        v.field(0usize, "content_rights", &self.content_rights);
        v.field(1usize, "inherited_label", &self.inherited_label);
        v.field(2usize, "sensitivity_labels", &self.sensitivity_labels);
    }
}
#[cfg(msgraph_v1_core_or_security)]
impl rt::object::Members for ComputeRightsAndInheritanceResult {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            #[cfg(msgraph_v1_search)]
            0usize => self.content_rights.read_from(r),
            1usize => self.inherited_label.read_from(r),
            2usize => self.sensitivity_labels.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        #[cfg(msgraph_v1_search)] w.field(0usize, &self.content_rights);
        w.field(1usize, &self.inherited_label);
        w.field(2usize, &self.sensitivity_labels);
    }
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
rt::impl_object!(ComputeRightsAndInheritanceResult);
#[cfg(msgraph_v1_core_or_security)]
rt::impl_setters!(
    ComputeRightsAndInheritanceResult { #[cfg(msgraph_v1_search)] with_content_rights
    content_rights : ::std::vec::Vec < crate ::v1::LabelContentRight >;
    with_inherited_label inherited_label : crate ::v1::SensitivityLabel;
    with_sensitivity_labels sensitivity_labels : ::std::vec::Vec < crate
    ::v1::SensitivityLabel >; }
);
#[cfg(msgraph_v1_core_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(ComputeRightsAndInheritanceResult);
#[cfg(msgraph_v1_identity_or_policies_or_search)]
/// CSDL: `microsoft.graph.conditionalAccessAllExternalTenants`, complex type, derived from `microsoft.graph.conditionalAccessExternalTenants`.
///
/// Features: `v1`, or one of `v1-identity`, `v1-policies`, `v1-search`.
#[derive(Clone)]
pub struct ConditionalAccessAllExternalTenants {
    /// CSDL: property `membershipKind`: `microsoft.graph.conditionalAccessExternalTenantsMembershipKind`, nullable.
    pub membership_kind: rt::Field<
        crate::v1::ConditionalAccessExternalTenantsMembershipKind,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_or_policies_or_search)]
impl ::std::default::Default for ConditionalAccessAllExternalTenants {
    #[inline]
    fn default() -> Self {
        Self {
            membership_kind: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_or_policies_or_search)]
impl rt::Object for ConditionalAccessAllExternalTenants {
    const TYPE_NAME: &'static str = "microsoft.graph.conditionalAccessAllExternalTenants";
    const KEYS: &'static [&'static str] = &["membershipKind"];
    const KEYS_JSON: &'static [&'static str] = &[",\"membershipKind\":               "];
    const TAG: &'static str = "\"#microsoft.graph.conditionalAccessAllExternalTenants\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "membership_kind", &self.membership_kind);
    }
}
#[cfg(msgraph_v1_identity_or_policies_or_search)]
impl rt::object::Members for ConditionalAccessAllExternalTenants {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.membership_kind.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.membership_kind);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_identity_or_policies_or_search)]
rt::impl_object!(ConditionalAccessAllExternalTenants);
#[cfg(msgraph_v1_identity_or_policies_or_search)]
rt::impl_setters!(
    ConditionalAccessAllExternalTenants { with_membership_kind membership_kind : crate
    ::v1::ConditionalAccessExternalTenantsMembershipKind; }
);
#[cfg(msgraph_v1_identity_or_policies_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ConditionalAccessAllExternalTenants);
#[cfg(msgraph_v1_identity_or_policies_or_search)]
/// CSDL: `microsoft.graph.conditionalAccessApplications`, complex type.
///
/// Features: `v1`, or one of `v1-identity`, `v1-policies`, `v1-search`.
#[derive(Clone)]
pub struct ConditionalAccessApplications {
    /// CSDL: property `applicationFilter`: `microsoft.graph.conditionalAccessFilter`, nullable.
    pub application_filter: rt::Field<crate::v1::ConditionalAccessFilter>,
    /// CSDL: property `excludeApplications`: `Collection(Edm.String)`, not nullable.
    pub exclude_applications: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `includeApplications`: `Collection(Edm.String)`, not nullable.
    pub include_applications: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `includeAuthenticationContextClassReferences`: `Collection(Edm.String)`, not nullable.
    pub include_authentication_context_class_references: rt::Field<
        ::std::vec::Vec<::std::string::String>,
    >,
    /// CSDL: property `includeUserActions`: `Collection(Edm.String)`, not nullable.
    pub include_user_actions: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_or_policies_or_search)]
impl ::std::default::Default for ConditionalAccessApplications {
    #[inline]
    fn default() -> Self {
        Self {
            application_filter: rt::Field::Absent,
            exclude_applications: rt::Field::Absent,
            include_applications: rt::Field::Absent,
            include_authentication_context_class_references: rt::Field::Absent,
            include_user_actions: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_or_policies_or_search)]
impl rt::Object for ConditionalAccessApplications {
    const TYPE_NAME: &'static str = "microsoft.graph.conditionalAccessApplications";
    const KEYS: &'static [&'static str] = &[
        "applicationFilter",
        "excludeApplications",
        "includeApplications",
        "includeAuthenticationContextClassReferences",
        "includeUserActions",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"applicationFilter\":            ",
        ",\"excludeApplications\":          ",
        ",\"includeApplications\":          ",
        ",\"includeAuthenticationContextClassReferences\":",
        ",\"includeUserActions\":           ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.conditionalAccessApplications\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "application_filter", &self.application_filter);
        v.field(1usize, "exclude_applications", &self.exclude_applications);
        v.field(2usize, "include_applications", &self.include_applications);
        v.field(
            3usize,
            "include_authentication_context_class_references",
            &self.include_authentication_context_class_references,
        );
        v.field(4usize, "include_user_actions", &self.include_user_actions);
    }
}
#[cfg(msgraph_v1_identity_or_policies_or_search)]
impl rt::object::Members for ConditionalAccessApplications {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.application_filter.read_from(r),
            1usize => self.exclude_applications.read_from(r),
            2usize => self.include_applications.read_from(r),
            3usize => self.include_authentication_context_class_references.read_from(r),
            4usize => self.include_user_actions.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.application_filter);
        w.field(1usize, &self.exclude_applications);
        w.field(2usize, &self.include_applications);
        w.field(3usize, &self.include_authentication_context_class_references);
        w.field(4usize, &self.include_user_actions);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_identity_or_policies_or_search)]
rt::impl_object!(ConditionalAccessApplications);
#[cfg(msgraph_v1_identity_or_policies_or_search)]
rt::impl_setters!(
    ConditionalAccessApplications { with_application_filter application_filter : crate
    ::v1::ConditionalAccessFilter; with_exclude_applications exclude_applications :
    ::std::vec::Vec < ::std::string::String >; with_include_applications
    include_applications : ::std::vec::Vec < ::std::string::String >;
    with_include_authentication_context_class_references
    include_authentication_context_class_references : ::std::vec::Vec <
    ::std::string::String >; with_include_user_actions include_user_actions :
    ::std::vec::Vec < ::std::string::String >; }
);
#[cfg(msgraph_v1_identity_or_policies_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ConditionalAccessApplications);
#[cfg(msgraph_v1_identity_or_policies_or_search)]
/// CSDL: `microsoft.graph.conditionalAccessAuthenticationFlows`, complex type.
///
/// Features: `v1`, or one of `v1-identity`, `v1-policies`, `v1-search`.
#[derive(Clone)]
pub struct ConditionalAccessAuthenticationFlows {
    /// CSDL: property `transferMethods`: `microsoft.graph.conditionalAccessTransferMethods`, not nullable.
    pub transfer_methods: rt::Field<
        rt::Flags<crate::v1::ConditionalAccessTransferMethods>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_or_policies_or_search)]
impl ::std::default::Default for ConditionalAccessAuthenticationFlows {
    #[inline]
    fn default() -> Self {
        Self {
            transfer_methods: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_or_policies_or_search)]
impl rt::Object for ConditionalAccessAuthenticationFlows {
    const TYPE_NAME: &'static str = "microsoft.graph.conditionalAccessAuthenticationFlows";
    const KEYS: &'static [&'static str] = &["transferMethods"];
    const KEYS_JSON: &'static [&'static str] = &[",\"transferMethods\":              "];
    const TAG: &'static str = "\"#microsoft.graph.conditionalAccessAuthenticationFlows\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "transfer_methods", &self.transfer_methods);
    }
}
#[cfg(msgraph_v1_identity_or_policies_or_search)]
impl rt::object::Members for ConditionalAccessAuthenticationFlows {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.transfer_methods.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.transfer_methods);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_identity_or_policies_or_search)]
rt::impl_object!(ConditionalAccessAuthenticationFlows);
#[cfg(msgraph_v1_identity_or_policies_or_search)]
rt::impl_setters!(
    ConditionalAccessAuthenticationFlows { with_transfer_methods transfer_methods :
    rt::Flags < crate ::v1::ConditionalAccessTransferMethods >; }
);
#[cfg(msgraph_v1_identity_or_policies_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ConditionalAccessAuthenticationFlows);
#[cfg(msgraph_v1_identity_or_policies_or_search)]
/// CSDL: `microsoft.graph.conditionalAccessClientApp`, enum type.
///
/// Features: `v1`, or one of `v1-identity`, `v1-policies`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ConditionalAccessClientApp {
    /// `all` (value 0).
    All,
    /// `browser` (value 1).
    Browser,
    /// `mobileAppsAndDesktopClients` (value 2).
    MobileAppsAndDesktopClients,
    /// `exchangeActiveSync` (value 3).
    ExchangeActiveSync,
    /// `easSupported` (value 4).
    EasSupported,
    /// `other` (value 5).
    Other,
    /// `unknownFutureValue` (value 6).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_identity_or_policies_or_search)]
impl rt::StrEnum for ConditionalAccessClientApp {
    const TYPE_NAME: &'static str = "microsoft.graph.conditionalAccessClientApp";
    const MEMBERS: &'static [&'static str] = &[
        "all",
        "browser",
        "mobileAppsAndDesktopClients",
        "exchangeActiveSync",
        "easSupported",
        "other",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "all" => Self::All,
                "browser" => Self::Browser,
                "mobileAppsAndDesktopClients" => Self::MobileAppsAndDesktopClients,
                "exchangeActiveSync" => Self::ExchangeActiveSync,
                "easSupported" => Self::EasSupported,
                "other" => Self::Other,
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
            Self::All => "all",
            Self::Browser => "browser",
            Self::MobileAppsAndDesktopClients => "mobileAppsAndDesktopClients",
            Self::ExchangeActiveSync => "exchangeActiveSync",
            Self::EasSupported => "easSupported",
            Self::Other => "other",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_identity_or_policies_or_search)]
rt::impl_enum!(ConditionalAccessClientApp);
#[cfg(msgraph_v1_identity_or_policies_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ConditionalAccessClientApp);
#[cfg(msgraph_v1_identity_or_policies_or_search)]
/// CSDL: `microsoft.graph.conditionalAccessClientApplications`, complex type.
///
/// Features: `v1`, or one of `v1-identity`, `v1-policies`, `v1-search`.
#[derive(Clone)]
pub struct ConditionalAccessClientApplications {
    /// CSDL: property `excludeServicePrincipals`: `Collection(Edm.String)`, not nullable.
    pub exclude_service_principals: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `includeServicePrincipals`: `Collection(Edm.String)`, not nullable.
    pub include_service_principals: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `servicePrincipalFilter`: `microsoft.graph.conditionalAccessFilter`, nullable.
    pub service_principal_filter: rt::Field<crate::v1::ConditionalAccessFilter>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_or_policies_or_search)]
impl ::std::default::Default for ConditionalAccessClientApplications {
    #[inline]
    fn default() -> Self {
        Self {
            exclude_service_principals: rt::Field::Absent,
            include_service_principals: rt::Field::Absent,
            service_principal_filter: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_or_policies_or_search)]
impl rt::Object for ConditionalAccessClientApplications {
    const TYPE_NAME: &'static str = "microsoft.graph.conditionalAccessClientApplications";
    const KEYS: &'static [&'static str] = &[
        "excludeServicePrincipals",
        "includeServicePrincipals",
        "servicePrincipalFilter",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"excludeServicePrincipals\":     ",
        ",\"includeServicePrincipals\":     ",
        ",\"servicePrincipalFilter\":       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.conditionalAccessClientApplications\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "exclude_service_principals", &self.exclude_service_principals);
        v.field(1usize, "include_service_principals", &self.include_service_principals);
        v.field(2usize, "service_principal_filter", &self.service_principal_filter);
    }
}
#[cfg(msgraph_v1_identity_or_policies_or_search)]
impl rt::object::Members for ConditionalAccessClientApplications {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.exclude_service_principals.read_from(r),
            1usize => self.include_service_principals.read_from(r),
            2usize => self.service_principal_filter.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.exclude_service_principals);
        w.field(1usize, &self.include_service_principals);
        w.field(2usize, &self.service_principal_filter);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_identity_or_policies_or_search)]
rt::impl_object!(ConditionalAccessClientApplications);
#[cfg(msgraph_v1_identity_or_policies_or_search)]
rt::impl_setters!(
    ConditionalAccessClientApplications { with_exclude_service_principals
    exclude_service_principals : ::std::vec::Vec < ::std::string::String >;
    with_include_service_principals include_service_principals : ::std::vec::Vec <
    ::std::string::String >; with_service_principal_filter service_principal_filter :
    crate ::v1::ConditionalAccessFilter; }
);
#[cfg(msgraph_v1_identity_or_policies_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ConditionalAccessClientApplications);
#[cfg(msgraph_v1_identity_or_policies_or_search)]
/// CSDL: `microsoft.graph.conditionalAccessConditionSet`, complex type.
///
/// Features: `v1`, or one of `v1-identity`, `v1-policies`, `v1-search`.
#[derive(Clone)]
pub struct ConditionalAccessConditionSet {
    /// CSDL: property `applications`: `microsoft.graph.conditionalAccessApplications`, nullable.
    pub applications: rt::Field<crate::v1::ConditionalAccessApplications>,
    /// CSDL: property `authenticationFlows`: `microsoft.graph.conditionalAccessAuthenticationFlows`, nullable.
    pub authentication_flows: rt::Field<crate::v1::ConditionalAccessAuthenticationFlows>,
    /// CSDL: property `clientApplications`: `microsoft.graph.conditionalAccessClientApplications`, nullable.
    pub client_applications: rt::Field<crate::v1::ConditionalAccessClientApplications>,
    /// CSDL: property `clientAppTypes`: `Collection(microsoft.graph.conditionalAccessClientApp)`, not nullable.
    pub client_app_types: rt::Field<
        ::std::vec::Vec<crate::v1::ConditionalAccessClientApp>,
    >,
    /// CSDL: property `devices`: `microsoft.graph.conditionalAccessDevices`, nullable.
    pub devices: rt::Field<crate::v1::ConditionalAccessDevices>,
    /// CSDL: property `insiderRiskLevels`: `microsoft.graph.conditionalAccessInsiderRiskLevels`, nullable.
    pub insider_risk_levels: rt::Field<
        rt::Flags<crate::v1::ConditionalAccessInsiderRiskLevels>,
    >,
    /// CSDL: property `locations`: `microsoft.graph.conditionalAccessLocations`, nullable.
    pub locations: rt::Field<crate::v1::ConditionalAccessLocations>,
    /// CSDL: property `platforms`: `microsoft.graph.conditionalAccessPlatforms`, nullable.
    pub platforms: rt::Field<crate::v1::ConditionalAccessPlatforms>,
    /// CSDL: property `servicePrincipalRiskLevels`: `Collection(microsoft.graph.riskLevel)`, not nullable.
    pub service_principal_risk_levels: rt::Field<::std::vec::Vec<crate::v1::RiskLevel>>,
    /// CSDL: property `signInRiskLevels`: `Collection(microsoft.graph.riskLevel)`, not nullable.
    pub sign_in_risk_levels: rt::Field<::std::vec::Vec<crate::v1::RiskLevel>>,
    /// CSDL: property `userRiskLevels`: `Collection(microsoft.graph.riskLevel)`, not nullable.
    pub user_risk_levels: rt::Field<::std::vec::Vec<crate::v1::RiskLevel>>,
    /// CSDL: property `users`: `microsoft.graph.conditionalAccessUsers`, nullable.
    pub users: rt::Field<crate::v1::ConditionalAccessUsers>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_or_policies_or_search)]
impl ::std::default::Default for ConditionalAccessConditionSet {
    #[inline]
    fn default() -> Self {
        Self {
            applications: rt::Field::Absent,
            authentication_flows: rt::Field::Absent,
            client_applications: rt::Field::Absent,
            client_app_types: rt::Field::Absent,
            devices: rt::Field::Absent,
            insider_risk_levels: rt::Field::Absent,
            locations: rt::Field::Absent,
            platforms: rt::Field::Absent,
            service_principal_risk_levels: rt::Field::Absent,
            sign_in_risk_levels: rt::Field::Absent,
            user_risk_levels: rt::Field::Absent,
            users: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_or_policies_or_search)]
impl rt::Object for ConditionalAccessConditionSet {
    const TYPE_NAME: &'static str = "microsoft.graph.conditionalAccessConditionSet";
    const KEYS: &'static [&'static str] = &[
        "applications",
        "authenticationFlows",
        "clientApplications",
        "clientAppTypes",
        "devices",
        "insiderRiskLevels",
        "locations",
        "platforms",
        "servicePrincipalRiskLevels",
        "signInRiskLevels",
        "userRiskLevels",
        "users",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"applications\":                 ",
        ",\"authenticationFlows\":          ",
        ",\"clientApplications\":           ",
        ",\"clientAppTypes\":               ",
        ",\"devices\":                      ",
        ",\"insiderRiskLevels\":            ",
        ",\"locations\":                    ",
        ",\"platforms\":                    ",
        ",\"servicePrincipalRiskLevels\":   ",
        ",\"signInRiskLevels\":             ",
        ",\"userRiskLevels\":               ",
        ",\"users\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.conditionalAccessConditionSet\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "applications", &self.applications);
        v.field(1usize, "authentication_flows", &self.authentication_flows);
        v.field(2usize, "client_applications", &self.client_applications);
        v.field(3usize, "client_app_types", &self.client_app_types);
        v.field(4usize, "devices", &self.devices);
        v.field(5usize, "insider_risk_levels", &self.insider_risk_levels);
        v.field(6usize, "locations", &self.locations);
        v.field(7usize, "platforms", &self.platforms);
        v.field(
            8usize,
            "service_principal_risk_levels",
            &self.service_principal_risk_levels,
        );
        v.field(9usize, "sign_in_risk_levels", &self.sign_in_risk_levels);
        v.field(10usize, "user_risk_levels", &self.user_risk_levels);
        v.field(11usize, "users", &self.users);
    }
}
#[cfg(msgraph_v1_identity_or_policies_or_search)]
impl rt::object::Members for ConditionalAccessConditionSet {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.applications.read_from(r),
            1usize => self.authentication_flows.read_from(r),
            2usize => self.client_applications.read_from(r),
            3usize => self.client_app_types.read_from(r),
            4usize => self.devices.read_from(r),
            5usize => self.insider_risk_levels.read_from(r),
            6usize => self.locations.read_from(r),
            7usize => self.platforms.read_from(r),
            8usize => self.service_principal_risk_levels.read_from(r),
            9usize => self.sign_in_risk_levels.read_from(r),
            10usize => self.user_risk_levels.read_from(r),
            11usize => self.users.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.applications);
        w.field(1usize, &self.authentication_flows);
        w.field(2usize, &self.client_applications);
        w.field(3usize, &self.client_app_types);
        w.field(4usize, &self.devices);
        w.field(5usize, &self.insider_risk_levels);
        w.field(6usize, &self.locations);
        w.field(7usize, &self.platforms);
        w.field(8usize, &self.service_principal_risk_levels);
        w.field(9usize, &self.sign_in_risk_levels);
        w.field(10usize, &self.user_risk_levels);
        w.field(11usize, &self.users);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_identity_or_policies_or_search)]
rt::impl_object!(ConditionalAccessConditionSet);
#[cfg(msgraph_v1_identity_or_policies_or_search)]
rt::impl_setters!(
    ConditionalAccessConditionSet { with_applications applications : crate
    ::v1::ConditionalAccessApplications; with_authentication_flows authentication_flows :
    crate ::v1::ConditionalAccessAuthenticationFlows; with_client_applications
    client_applications : crate ::v1::ConditionalAccessClientApplications;
    with_client_app_types client_app_types : ::std::vec::Vec < crate
    ::v1::ConditionalAccessClientApp >; with_devices devices : crate
    ::v1::ConditionalAccessDevices; with_insider_risk_levels insider_risk_levels :
    rt::Flags < crate ::v1::ConditionalAccessInsiderRiskLevels >; with_locations
    locations : crate ::v1::ConditionalAccessLocations; with_platforms platforms : crate
    ::v1::ConditionalAccessPlatforms; with_service_principal_risk_levels
    service_principal_risk_levels : ::std::vec::Vec < crate ::v1::RiskLevel >;
    with_sign_in_risk_levels sign_in_risk_levels : ::std::vec::Vec < crate
    ::v1::RiskLevel >; with_user_risk_levels user_risk_levels : ::std::vec::Vec < crate
    ::v1::RiskLevel >; with_users users : crate ::v1::ConditionalAccessUsers; }
);
#[cfg(msgraph_v1_identity_or_policies_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ConditionalAccessConditionSet);
#[cfg(msgraph_v1_identity_or_policies_or_search)]
/// CSDL: `microsoft.graph.conditionalAccessDevicePlatform`, enum type.
///
/// Features: `v1`, or one of `v1-identity`, `v1-policies`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ConditionalAccessDevicePlatform {
    /// `android` (value 0).
    Android,
    /// `iOS` (value 1).
    IOs,
    /// `windows` (value 2).
    Windows,
    /// `windowsPhone` (value 3).
    WindowsPhone,
    /// `macOS` (value 4).
    MacOs,
    /// `all` (value 5).
    All,
    /// `unknownFutureValue` (value 6).
    UnknownFutureValue,
    /// `linux` (value 7).
    Linux,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_identity_or_policies_or_search)]
impl rt::StrEnum for ConditionalAccessDevicePlatform {
    const TYPE_NAME: &'static str = "microsoft.graph.conditionalAccessDevicePlatform";
    const MEMBERS: &'static [&'static str] = &[
        "android",
        "iOS",
        "windows",
        "windowsPhone",
        "macOS",
        "all",
        "unknownFutureValue",
        "linux",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "android" => Self::Android,
                "iOS" => Self::IOs,
                "windows" => Self::Windows,
                "windowsPhone" => Self::WindowsPhone,
                "macOS" => Self::MacOs,
                "all" => Self::All,
                "unknownFutureValue" => Self::UnknownFutureValue,
                "linux" => Self::Linux,
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
            Self::Android => "android",
            Self::IOs => "iOS",
            Self::Windows => "windows",
            Self::WindowsPhone => "windowsPhone",
            Self::MacOs => "macOS",
            Self::All => "all",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Linux => "linux",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_identity_or_policies_or_search)]
rt::impl_enum!(ConditionalAccessDevicePlatform);
#[cfg(msgraph_v1_identity_or_policies_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ConditionalAccessDevicePlatform);
#[cfg(msgraph_v1_identity_or_policies_or_search)]
/// CSDL: `microsoft.graph.conditionalAccessDevices`, complex type.
///
/// Features: `v1`, or one of `v1-identity`, `v1-policies`, `v1-search`.
#[derive(Clone)]
pub struct ConditionalAccessDevices {
    /// CSDL: property `deviceFilter`: `microsoft.graph.conditionalAccessFilter`, nullable.
    pub device_filter: rt::Field<crate::v1::ConditionalAccessFilter>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_or_policies_or_search)]
impl ::std::default::Default for ConditionalAccessDevices {
    #[inline]
    fn default() -> Self {
        Self {
            device_filter: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_or_policies_or_search)]
impl rt::Object for ConditionalAccessDevices {
    const TYPE_NAME: &'static str = "microsoft.graph.conditionalAccessDevices";
    const KEYS: &'static [&'static str] = &["deviceFilter"];
    const KEYS_JSON: &'static [&'static str] = &[",\"deviceFilter\":                 "];
    const TAG: &'static str = "\"#microsoft.graph.conditionalAccessDevices\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "device_filter", &self.device_filter);
    }
}
#[cfg(msgraph_v1_identity_or_policies_or_search)]
impl rt::object::Members for ConditionalAccessDevices {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.device_filter.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.device_filter);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_identity_or_policies_or_search)]
rt::impl_object!(ConditionalAccessDevices);
#[cfg(msgraph_v1_identity_or_policies_or_search)]
rt::impl_setters!(
    ConditionalAccessDevices { with_device_filter device_filter : crate
    ::v1::ConditionalAccessFilter; }
);
#[cfg(msgraph_v1_identity_or_policies_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ConditionalAccessDevices);
#[cfg(msgraph_v1_identity_or_policies_or_search)]
/// CSDL: `microsoft.graph.conditionalAccessEnumeratedExternalTenants`, complex type, derived from `microsoft.graph.conditionalAccessExternalTenants`.
///
/// Features: `v1`, or one of `v1-identity`, `v1-policies`, `v1-search`.
#[derive(Clone)]
pub struct ConditionalAccessEnumeratedExternalTenants {
    /// CSDL: property `membershipKind`: `microsoft.graph.conditionalAccessExternalTenantsMembershipKind`, nullable.
    pub membership_kind: rt::Field<
        crate::v1::ConditionalAccessExternalTenantsMembershipKind,
    >,
    /// CSDL: property `members`: `Collection(Edm.String)`, not nullable.
    pub members: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_or_policies_or_search)]
impl ::std::default::Default for ConditionalAccessEnumeratedExternalTenants {
    #[inline]
    fn default() -> Self {
        Self {
            membership_kind: rt::Field::Absent,
            members: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_or_policies_or_search)]
impl rt::Object for ConditionalAccessEnumeratedExternalTenants {
    const TYPE_NAME: &'static str = "microsoft.graph.conditionalAccessEnumeratedExternalTenants";
    const KEYS: &'static [&'static str] = &["membershipKind", "members"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"membershipKind\":               ",
        ",\"members\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.conditionalAccessEnumeratedExternalTenants\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "membership_kind", &self.membership_kind);
        v.field(1usize, "members", &self.members);
    }
}
#[cfg(msgraph_v1_identity_or_policies_or_search)]
impl rt::object::Members for ConditionalAccessEnumeratedExternalTenants {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.membership_kind.read_from(r),
            1usize => self.members.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.membership_kind);
        w.field(1usize, &self.members);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_identity_or_policies_or_search)]
rt::impl_object!(ConditionalAccessEnumeratedExternalTenants);
#[cfg(msgraph_v1_identity_or_policies_or_search)]
rt::impl_setters!(
    ConditionalAccessEnumeratedExternalTenants { with_membership_kind membership_kind :
    crate ::v1::ConditionalAccessExternalTenantsMembershipKind; with_members members :
    ::std::vec::Vec < ::std::string::String >; }
);
#[cfg(msgraph_v1_identity_or_policies_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ConditionalAccessEnumeratedExternalTenants);
#[cfg(msgraph_v1_identity_or_policies_or_search)]
/// CSDL: `microsoft.graph.conditionalAccessExternalTenants`, complex type, abstract.
///
/// Features: `v1`, or one of `v1-identity`, `v1-policies`, `v1-search`.
#[derive(Clone)]
pub struct ConditionalAccessExternalTenants {
    /// CSDL: property `membershipKind`: `microsoft.graph.conditionalAccessExternalTenantsMembershipKind`, nullable.
    pub membership_kind: rt::Field<
        crate::v1::ConditionalAccessExternalTenantsMembershipKind,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_or_policies_or_search)]
impl ::std::default::Default for ConditionalAccessExternalTenants {
    #[inline]
    fn default() -> Self {
        Self {
            membership_kind: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_or_policies_or_search)]
impl rt::Object for ConditionalAccessExternalTenants {
    const TYPE_NAME: &'static str = "microsoft.graph.conditionalAccessExternalTenants";
    const KEYS: &'static [&'static str] = &["membershipKind"];
    const KEYS_JSON: &'static [&'static str] = &[",\"membershipKind\":               "];
    const TAG: &'static str = "\"#microsoft.graph.conditionalAccessExternalTenants\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "membership_kind", &self.membership_kind);
    }
}
#[cfg(msgraph_v1_identity_or_policies_or_search)]
impl rt::object::Members for ConditionalAccessExternalTenants {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.membership_kind.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.membership_kind);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_identity_or_policies_or_search)]
rt::impl_object!(ConditionalAccessExternalTenants);
#[cfg(msgraph_v1_identity_or_policies_or_search)]
rt::impl_setters!(
    ConditionalAccessExternalTenants { with_membership_kind membership_kind : crate
    ::v1::ConditionalAccessExternalTenantsMembershipKind; }
);
#[cfg(msgraph_v1_identity_or_policies_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ConditionalAccessExternalTenants);
#[cfg(msgraph_v1_identity_or_policies_or_search)]
/// `microsoft.graph.conditionalAccessExternalTenants` or any type derived from it, selected by `@odata.type` (3 types); each variant's type converts into it (`From`).
///
/// Features: `v1`, or one of `v1-identity`, `v1-policies`, `v1-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyConditionalAccessExternalTenants {
    ConditionalAccessExternalTenants(
        ::std::boxed::Box<crate::v1::ConditionalAccessExternalTenants>,
    ),
    ConditionalAccessAllExternalTenants(
        ::std::boxed::Box<crate::v1::ConditionalAccessAllExternalTenants>,
    ),
    ConditionalAccessEnumeratedExternalTenants(
        ::std::boxed::Box<crate::v1::ConditionalAccessEnumeratedExternalTenants>,
    ),
}
#[cfg(msgraph_v1_identity_or_policies_or_search)]
impl ::std::default::Default for AnyConditionalAccessExternalTenants {
    #[inline]
    fn default() -> Self {
        Self::ConditionalAccessExternalTenants(::std::default::Default::default())
    }
}
#[cfg(msgraph_v1_identity_or_policies_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::ConditionalAccessExternalTenants>
for AnyConditionalAccessExternalTenants {
    #[inline]
    fn from(v: crate::v1::ConditionalAccessExternalTenants) -> Self {
        Self::ConditionalAccessExternalTenants(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_identity_or_policies_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::ConditionalAccessAllExternalTenants>
for AnyConditionalAccessExternalTenants {
    #[inline]
    fn from(v: crate::v1::ConditionalAccessAllExternalTenants) -> Self {
        Self::ConditionalAccessAllExternalTenants(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_identity_or_policies_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::ConditionalAccessEnumeratedExternalTenants>
for AnyConditionalAccessExternalTenants {
    #[inline]
    fn from(v: crate::v1::ConditionalAccessEnumeratedExternalTenants) -> Self {
        Self::ConditionalAccessEnumeratedExternalTenants(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_identity_or_policies_or_search)]
unsafe impl ::std::marker::Send for AnyConditionalAccessExternalTenants {}
#[cfg(msgraph_v1_identity_or_policies_or_search)]
unsafe impl ::std::marker::Sync for AnyConditionalAccessExternalTenants {}
#[cfg(msgraph_v1_identity_or_policies_or_search)]
impl ::std::marker::Unpin for AnyConditionalAccessExternalTenants {}
#[cfg(msgraph_v1_identity_or_policies_or_search)]
impl ::std::panic::UnwindSafe for AnyConditionalAccessExternalTenants {}
#[cfg(msgraph_v1_identity_or_policies_or_search)]
impl ::std::panic::RefUnwindSafe for AnyConditionalAccessExternalTenants {}
#[cfg(msgraph_v1_identity_or_policies_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::v1::ConditionalAccessExternalTenants>();
    rt::object::auto_traits::<crate::v1::ConditionalAccessAllExternalTenants>();
    rt::object::auto_traits::<crate::v1::ConditionalAccessEnumeratedExternalTenants>();
};
#[cfg(msgraph_v1_identity_or_policies_or_search)]
impl rt::Poly for AnyConditionalAccessExternalTenants {
    const BASE_NAME: &'static str = "microsoft.graph.conditionalAccessExternalTenants";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some(
                "microsoft.graph.conditionalAccessAllExternalTenants",
            ) => Self::ConditionalAccessAllExternalTenants(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.conditionalAccessEnumeratedExternalTenants",
            ) => {
                Self::ConditionalAccessEnumeratedExternalTenants(rt::object::new_boxed())
            }
            _ => Self::ConditionalAccessExternalTenants(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::ConditionalAccessExternalTenants(v) => &**v,
            Self::ConditionalAccessAllExternalTenants(v) => &**v,
            Self::ConditionalAccessEnumeratedExternalTenants(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::ConditionalAccessExternalTenants(v) => &mut **v,
            Self::ConditionalAccessAllExternalTenants(v) => &mut **v,
            Self::ConditionalAccessEnumeratedExternalTenants(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_v1_identity_or_policies_or_search)]
impl AnyConditionalAccessExternalTenants {
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
    /// `membershipKind` of any variant.
    #[inline]
    pub fn membership_kind(
        &self,
    ) -> &rt::Field<crate::v1::ConditionalAccessExternalTenantsMembershipKind> {
        match self {
            Self::ConditionalAccessExternalTenants(v) => &v.membership_kind,
            Self::ConditionalAccessAllExternalTenants(v) => &v.membership_kind,
            Self::ConditionalAccessEnumeratedExternalTenants(v) => &v.membership_kind,
        }
    }
    /// `membershipKind` of any variant.
    #[inline]
    pub fn membership_kind_mut(
        &mut self,
    ) -> &mut rt::Field<crate::v1::ConditionalAccessExternalTenantsMembershipKind> {
        match self {
            Self::ConditionalAccessExternalTenants(v) => &mut v.membership_kind,
            Self::ConditionalAccessAllExternalTenants(v) => &mut v.membership_kind,
            Self::ConditionalAccessEnumeratedExternalTenants(v) => &mut v.membership_kind,
        }
    }
}
#[cfg(msgraph_v1_identity_or_policies_or_search)]
rt::impl_poly!(AnyConditionalAccessExternalTenants);
#[cfg(msgraph_v1_identity_or_policies_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyConditionalAccessExternalTenants);
#[cfg(msgraph_v1_identity_or_policies_or_search)]
/// CSDL: `microsoft.graph.conditionalAccessExternalTenantsMembershipKind`, enum type.
///
/// Features: `v1`, or one of `v1-identity`, `v1-policies`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ConditionalAccessExternalTenantsMembershipKind {
    /// `all` (value 0).
    All,
    /// `enumerated` (value 1).
    Enumerated,
    /// `unknownFutureValue` (value 2).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_identity_or_policies_or_search)]
impl rt::StrEnum for ConditionalAccessExternalTenantsMembershipKind {
    const TYPE_NAME: &'static str = "microsoft.graph.conditionalAccessExternalTenantsMembershipKind";
    const MEMBERS: &'static [&'static str] = &[
        "all",
        "enumerated",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "all" => Self::All,
                "enumerated" => Self::Enumerated,
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
            Self::All => "all",
            Self::Enumerated => "enumerated",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_identity_or_policies_or_search)]
rt::impl_enum!(ConditionalAccessExternalTenantsMembershipKind);
#[cfg(msgraph_v1_identity_or_policies_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ConditionalAccessExternalTenantsMembershipKind);
#[cfg(msgraph_v1_identity_or_policies_or_search)]
/// CSDL: `microsoft.graph.conditionalAccessFilter`, complex type.
///
/// Features: `v1`, or one of `v1-identity`, `v1-policies`, `v1-search`.
#[derive(Clone)]
pub struct ConditionalAccessFilter {
    /// CSDL: property `mode`: `microsoft.graph.filterMode`, not nullable.
    pub mode: rt::Field<crate::v1::FilterMode>,
    /// CSDL: property `rule`: `Edm.String`, not nullable.
    pub rule: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_or_policies_or_search)]
impl ::std::default::Default for ConditionalAccessFilter {
    #[inline]
    fn default() -> Self {
        Self {
            mode: rt::Field::Absent,
            rule: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_or_policies_or_search)]
impl rt::Object for ConditionalAccessFilter {
    const TYPE_NAME: &'static str = "microsoft.graph.conditionalAccessFilter";
    const KEYS: &'static [&'static str] = &["mode", "rule"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"mode\":                         ",
        ",\"rule\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.conditionalAccessFilter\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "mode", &self.mode);
        v.field(1usize, "rule", &self.rule);
    }
}
#[cfg(msgraph_v1_identity_or_policies_or_search)]
impl rt::object::Members for ConditionalAccessFilter {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.mode.read_from(r),
            1usize => self.rule.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.mode);
        w.field(1usize, &self.rule);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_identity_or_policies_or_search)]
rt::impl_object!(ConditionalAccessFilter);
#[cfg(msgraph_v1_identity_or_policies_or_search)]
rt::impl_setters!(
    ConditionalAccessFilter { with_mode mode : crate ::v1::FilterMode; with_rule rule :
    ::std::string::String; }
);
#[cfg(msgraph_v1_identity_or_policies_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ConditionalAccessFilter);
#[cfg(msgraph_v1_identity_or_policies_or_search)]
/// CSDL: `microsoft.graph.conditionalAccessGrantControl`, enum type.
///
/// Features: `v1`, or one of `v1-identity`, `v1-policies`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ConditionalAccessGrantControl {
    /// `block` (value 0).
    Block,
    /// `mfa` (value 1).
    Mfa,
    /// `compliantDevice` (value 2).
    CompliantDevice,
    /// `domainJoinedDevice` (value 3).
    DomainJoinedDevice,
    /// `approvedApplication` (value 4).
    ApprovedApplication,
    /// `compliantApplication` (value 5).
    CompliantApplication,
    /// `passwordChange` (value 6).
    PasswordChange,
    /// `unknownFutureValue` (value 7).
    UnknownFutureValue,
    /// `riskRemediation` (value 8).
    RiskRemediation,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_identity_or_policies_or_search)]
impl rt::StrEnum for ConditionalAccessGrantControl {
    const TYPE_NAME: &'static str = "microsoft.graph.conditionalAccessGrantControl";
    const MEMBERS: &'static [&'static str] = &[
        "block",
        "mfa",
        "compliantDevice",
        "domainJoinedDevice",
        "approvedApplication",
        "compliantApplication",
        "passwordChange",
        "unknownFutureValue",
        "riskRemediation",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "block" => Self::Block,
                "mfa" => Self::Mfa,
                "compliantDevice" => Self::CompliantDevice,
                "domainJoinedDevice" => Self::DomainJoinedDevice,
                "approvedApplication" => Self::ApprovedApplication,
                "compliantApplication" => Self::CompliantApplication,
                "passwordChange" => Self::PasswordChange,
                "unknownFutureValue" => Self::UnknownFutureValue,
                "riskRemediation" => Self::RiskRemediation,
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
            Self::Block => "block",
            Self::Mfa => "mfa",
            Self::CompliantDevice => "compliantDevice",
            Self::DomainJoinedDevice => "domainJoinedDevice",
            Self::ApprovedApplication => "approvedApplication",
            Self::CompliantApplication => "compliantApplication",
            Self::PasswordChange => "passwordChange",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::RiskRemediation => "riskRemediation",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_identity_or_policies_or_search)]
rt::impl_enum!(ConditionalAccessGrantControl);
#[cfg(msgraph_v1_identity_or_policies_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ConditionalAccessGrantControl);
#[cfg(msgraph_v1_identity_or_policies_or_search)]
/// CSDL: `microsoft.graph.conditionalAccessGrantControls`, complex type.
///
/// Features: `v1`, or one of `v1-identity`, `v1-policies`, `v1-search`.
#[derive(Clone)]
pub struct ConditionalAccessGrantControls {
    /// CSDL: property `builtInControls`: `Collection(microsoft.graph.conditionalAccessGrantControl)`, not nullable.
    pub built_in_controls: rt::Field<
        ::std::vec::Vec<crate::v1::ConditionalAccessGrantControl>,
    >,
    /// CSDL: property `customAuthenticationFactors`: `Collection(Edm.String)`, not nullable.
    pub custom_authentication_factors: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `operator`: `Edm.String`, nullable.
    pub operator: rt::Field<::std::string::String>,
    /// CSDL: property `termsOfUse`: `Collection(Edm.String)`, not nullable.
    pub terms_of_use: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: containment navigation property `authenticationStrength`: `microsoft.graph.authenticationStrengthPolicy`, nullable.
    pub authentication_strength: rt::Field<crate::v1::AuthenticationStrengthPolicy>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_or_policies_or_search)]
impl ::std::default::Default for ConditionalAccessGrantControls {
    #[inline]
    fn default() -> Self {
        Self {
            built_in_controls: rt::Field::Absent,
            custom_authentication_factors: rt::Field::Absent,
            operator: rt::Field::Absent,
            terms_of_use: rt::Field::Absent,
            authentication_strength: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_or_policies_or_search)]
impl rt::Object for ConditionalAccessGrantControls {
    const TYPE_NAME: &'static str = "microsoft.graph.conditionalAccessGrantControls";
    const KEYS: &'static [&'static str] = &[
        "builtInControls",
        "customAuthenticationFactors",
        "operator",
        "termsOfUse",
        "authenticationStrength",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"builtInControls\":              ",
        ",\"customAuthenticationFactors\":  ",
        ",\"operator\":                     ",
        ",\"termsOfUse\":                   ",
        ",\"authenticationStrength\":       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.conditionalAccessGrantControls\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "built_in_controls", &self.built_in_controls);
        v.field(
            1usize,
            "custom_authentication_factors",
            &self.custom_authentication_factors,
        );
        v.field(2usize, "operator", &self.operator);
        v.field(3usize, "terms_of_use", &self.terms_of_use);
        v.field(4usize, "authentication_strength", &self.authentication_strength);
    }
}
#[cfg(msgraph_v1_identity_or_policies_or_search)]
impl rt::object::Members for ConditionalAccessGrantControls {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.built_in_controls.read_from(r),
            1usize => self.custom_authentication_factors.read_from(r),
            2usize => self.operator.read_from(r),
            3usize => self.terms_of_use.read_from(r),
            4usize => self.authentication_strength.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.built_in_controls);
        w.field(1usize, &self.custom_authentication_factors);
        w.field(2usize, &self.operator);
        w.field(3usize, &self.terms_of_use);
        w.field(4usize, &self.authentication_strength);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_identity_or_policies_or_search)]
rt::impl_object!(ConditionalAccessGrantControls);
#[cfg(msgraph_v1_identity_or_policies_or_search)]
rt::impl_setters!(
    ConditionalAccessGrantControls { with_built_in_controls built_in_controls :
    ::std::vec::Vec < crate ::v1::ConditionalAccessGrantControl >;
    with_custom_authentication_factors custom_authentication_factors : ::std::vec::Vec <
    ::std::string::String >; with_operator operator : ::std::string::String;
    with_terms_of_use terms_of_use : ::std::vec::Vec < ::std::string::String >;
    with_authentication_strength authentication_strength : crate
    ::v1::AuthenticationStrengthPolicy; }
);
#[cfg(msgraph_v1_identity_or_policies_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ConditionalAccessGrantControls);
#[cfg(msgraph_v1_identity_or_policies_or_search)]
/// CSDL: `microsoft.graph.conditionalAccessGuestOrExternalUserTypes`, enum type, flags (comma-separated in JSON).
///
/// Features: `v1`, or one of `v1-identity`, `v1-policies`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ConditionalAccessGuestOrExternalUserTypes {
    /// `none` (value 0).
    None,
    /// `internalGuest` (value 1).
    InternalGuest,
    /// `b2bCollaborationGuest` (value 2).
    B2bCollaborationGuest,
    /// `b2bCollaborationMember` (value 4).
    B2bCollaborationMember,
    /// `b2bDirectConnectUser` (value 8).
    B2bDirectConnectUser,
    /// `otherExternalUser` (value 16).
    OtherExternalUser,
    /// `serviceProvider` (value 32).
    ServiceProvider,
    /// `unknownFutureValue` (value 64).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_identity_or_policies_or_search)]
impl rt::StrEnum for ConditionalAccessGuestOrExternalUserTypes {
    const TYPE_NAME: &'static str = "microsoft.graph.conditionalAccessGuestOrExternalUserTypes";
    const MEMBERS: &'static [&'static str] = &[
        "none",
        "internalGuest",
        "b2bCollaborationGuest",
        "b2bCollaborationMember",
        "b2bDirectConnectUser",
        "otherExternalUser",
        "serviceProvider",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "none" => Self::None,
                "internalGuest" => Self::InternalGuest,
                "b2bCollaborationGuest" => Self::B2bCollaborationGuest,
                "b2bCollaborationMember" => Self::B2bCollaborationMember,
                "b2bDirectConnectUser" => Self::B2bDirectConnectUser,
                "otherExternalUser" => Self::OtherExternalUser,
                "serviceProvider" => Self::ServiceProvider,
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
            Self::InternalGuest => "internalGuest",
            Self::B2bCollaborationGuest => "b2bCollaborationGuest",
            Self::B2bCollaborationMember => "b2bCollaborationMember",
            Self::B2bDirectConnectUser => "b2bDirectConnectUser",
            Self::OtherExternalUser => "otherExternalUser",
            Self::ServiceProvider => "serviceProvider",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_identity_or_policies_or_search)]
rt::impl_enum!(ConditionalAccessGuestOrExternalUserTypes);
#[cfg(msgraph_v1_identity_or_policies_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ConditionalAccessGuestOrExternalUserTypes);
#[cfg(msgraph_v1_identity_or_policies_or_search)]
/// CSDL: `microsoft.graph.conditionalAccessGuestsOrExternalUsers`, complex type.
///
/// Features: `v1`, or one of `v1-identity`, `v1-policies`, `v1-search`.
#[derive(Clone)]
pub struct ConditionalAccessGuestsOrExternalUsers {
    /// CSDL: property `externalTenants`: `microsoft.graph.conditionalAccessExternalTenants`, nullable.
    pub external_tenants: rt::Field<crate::v1::AnyConditionalAccessExternalTenants>,
    /// CSDL: property `guestOrExternalUserTypes`: `microsoft.graph.conditionalAccessGuestOrExternalUserTypes`, not nullable.
    pub guest_or_external_user_types: rt::Field<
        rt::Flags<crate::v1::ConditionalAccessGuestOrExternalUserTypes>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_or_policies_or_search)]
impl ::std::default::Default for ConditionalAccessGuestsOrExternalUsers {
    #[inline]
    fn default() -> Self {
        Self {
            external_tenants: rt::Field::Absent,
            guest_or_external_user_types: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_or_policies_or_search)]
impl rt::Object for ConditionalAccessGuestsOrExternalUsers {
    const TYPE_NAME: &'static str = "microsoft.graph.conditionalAccessGuestsOrExternalUsers";
    const KEYS: &'static [&'static str] = &[
        "externalTenants",
        "guestOrExternalUserTypes",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"externalTenants\":              ",
        ",\"guestOrExternalUserTypes\":     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.conditionalAccessGuestsOrExternalUsers\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "external_tenants", &self.external_tenants);
        v.field(
            1usize,
            "guest_or_external_user_types",
            &self.guest_or_external_user_types,
        );
    }
}
#[cfg(msgraph_v1_identity_or_policies_or_search)]
impl rt::object::Members for ConditionalAccessGuestsOrExternalUsers {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.external_tenants.read_from(r),
            1usize => self.guest_or_external_user_types.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.external_tenants);
        w.field(1usize, &self.guest_or_external_user_types);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_identity_or_policies_or_search)]
rt::impl_object!(ConditionalAccessGuestsOrExternalUsers);
#[cfg(msgraph_v1_identity_or_policies_or_search)]
rt::impl_setters!(
    ConditionalAccessGuestsOrExternalUsers { with_external_tenants external_tenants :
    crate ::v1::AnyConditionalAccessExternalTenants; with_guest_or_external_user_types
    guest_or_external_user_types : rt::Flags < crate
    ::v1::ConditionalAccessGuestOrExternalUserTypes >; }
);
#[cfg(msgraph_v1_identity_or_policies_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ConditionalAccessGuestsOrExternalUsers);
#[cfg(msgraph_v1_identity_or_policies_or_search)]
/// CSDL: `microsoft.graph.conditionalAccessInsiderRiskLevels`, enum type, flags (comma-separated in JSON).
///
/// Features: `v1`, or one of `v1-identity`, `v1-policies`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ConditionalAccessInsiderRiskLevels {
    /// `minor` (value 1).
    Minor,
    /// `moderate` (value 2).
    Moderate,
    /// `elevated` (value 4).
    Elevated,
    /// `unknownFutureValue` (value 8).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_identity_or_policies_or_search)]
impl rt::StrEnum for ConditionalAccessInsiderRiskLevels {
    const TYPE_NAME: &'static str = "microsoft.graph.conditionalAccessInsiderRiskLevels";
    const MEMBERS: &'static [&'static str] = &[
        "minor",
        "moderate",
        "elevated",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "minor" => Self::Minor,
                "moderate" => Self::Moderate,
                "elevated" => Self::Elevated,
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
            Self::Minor => "minor",
            Self::Moderate => "moderate",
            Self::Elevated => "elevated",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_identity_or_policies_or_search)]
rt::impl_enum!(ConditionalAccessInsiderRiskLevels);
#[cfg(msgraph_v1_identity_or_policies_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ConditionalAccessInsiderRiskLevels);
#[cfg(msgraph_v1_identity_or_policies_or_search)]
/// CSDL: `microsoft.graph.conditionalAccessLocations`, complex type.
///
/// Features: `v1`, or one of `v1-identity`, `v1-policies`, `v1-search`.
#[derive(Clone)]
pub struct ConditionalAccessLocations {
    /// CSDL: property `excludeLocations`: `Collection(Edm.String)`, not nullable.
    pub exclude_locations: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `includeLocations`: `Collection(Edm.String)`, not nullable.
    pub include_locations: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_or_policies_or_search)]
impl ::std::default::Default for ConditionalAccessLocations {
    #[inline]
    fn default() -> Self {
        Self {
            exclude_locations: rt::Field::Absent,
            include_locations: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_or_policies_or_search)]
impl rt::Object for ConditionalAccessLocations {
    const TYPE_NAME: &'static str = "microsoft.graph.conditionalAccessLocations";
    const KEYS: &'static [&'static str] = &["excludeLocations", "includeLocations"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"excludeLocations\":             ",
        ",\"includeLocations\":             ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.conditionalAccessLocations\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "exclude_locations", &self.exclude_locations);
        v.field(1usize, "include_locations", &self.include_locations);
    }
}
#[cfg(msgraph_v1_identity_or_policies_or_search)]
impl rt::object::Members for ConditionalAccessLocations {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.exclude_locations.read_from(r),
            1usize => self.include_locations.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.exclude_locations);
        w.field(1usize, &self.include_locations);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_identity_or_policies_or_search)]
rt::impl_object!(ConditionalAccessLocations);
#[cfg(msgraph_v1_identity_or_policies_or_search)]
rt::impl_setters!(
    ConditionalAccessLocations { with_exclude_locations exclude_locations :
    ::std::vec::Vec < ::std::string::String >; with_include_locations include_locations :
    ::std::vec::Vec < ::std::string::String >; }
);
#[cfg(msgraph_v1_identity_or_policies_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ConditionalAccessLocations);
#[cfg(msgraph_v1_identity_or_policies_or_search)]
/// CSDL: `microsoft.graph.conditionalAccessPlatforms`, complex type.
///
/// Features: `v1`, or one of `v1-identity`, `v1-policies`, `v1-search`.
#[derive(Clone)]
pub struct ConditionalAccessPlatforms {
    /// CSDL: property `excludePlatforms`: `Collection(microsoft.graph.conditionalAccessDevicePlatform)`, not nullable.
    pub exclude_platforms: rt::Field<
        ::std::vec::Vec<crate::v1::ConditionalAccessDevicePlatform>,
    >,
    /// CSDL: property `includePlatforms`: `Collection(microsoft.graph.conditionalAccessDevicePlatform)`, not nullable.
    pub include_platforms: rt::Field<
        ::std::vec::Vec<crate::v1::ConditionalAccessDevicePlatform>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_or_policies_or_search)]
impl ::std::default::Default for ConditionalAccessPlatforms {
    #[inline]
    fn default() -> Self {
        Self {
            exclude_platforms: rt::Field::Absent,
            include_platforms: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_or_policies_or_search)]
impl rt::Object for ConditionalAccessPlatforms {
    const TYPE_NAME: &'static str = "microsoft.graph.conditionalAccessPlatforms";
    const KEYS: &'static [&'static str] = &["excludePlatforms", "includePlatforms"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"excludePlatforms\":             ",
        ",\"includePlatforms\":             ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.conditionalAccessPlatforms\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "exclude_platforms", &self.exclude_platforms);
        v.field(1usize, "include_platforms", &self.include_platforms);
    }
}
#[cfg(msgraph_v1_identity_or_policies_or_search)]
impl rt::object::Members for ConditionalAccessPlatforms {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.exclude_platforms.read_from(r),
            1usize => self.include_platforms.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.exclude_platforms);
        w.field(1usize, &self.include_platforms);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_identity_or_policies_or_search)]
rt::impl_object!(ConditionalAccessPlatforms);
#[cfg(msgraph_v1_identity_or_policies_or_search)]
rt::impl_setters!(
    ConditionalAccessPlatforms { with_exclude_platforms exclude_platforms :
    ::std::vec::Vec < crate ::v1::ConditionalAccessDevicePlatform >;
    with_include_platforms include_platforms : ::std::vec::Vec < crate
    ::v1::ConditionalAccessDevicePlatform >; }
);
#[cfg(msgraph_v1_identity_or_policies_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ConditionalAccessPlatforms);
#[cfg(msgraph_v1_identity_or_policies_or_search)]
/// CSDL: `microsoft.graph.conditionalAccessPolicy`, entity type, derived from `microsoft.graph.policyDeletableItem`, key `id`.
///
/// Request builders: [`ConditionalAccessPolicyPath`](requests/trait.ConditionalAccessPolicyPath.html), what a path to one (`EntityPath<AnyConditionalAccessPolicy, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-identity`, `v1-policies`, `v1-search`.
#[derive(Clone)]
pub struct ConditionalAccessPolicy {
    /// CSDL: property `deletedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub deleted_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `conditions`: `microsoft.graph.conditionalAccessConditionSet`, not nullable.
    pub conditions: rt::Field<crate::v1::ConditionalAccessConditionSet>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, not nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `grantControls`: `microsoft.graph.conditionalAccessGrantControls`, nullable.
    pub grant_controls: rt::Field<crate::v1::ConditionalAccessGrantControls>,
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `modifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `sessionControls`: `microsoft.graph.conditionalAccessSessionControls`, nullable.
    pub session_controls: rt::Field<crate::v1::ConditionalAccessSessionControls>,
    /// CSDL: property `state`: `microsoft.graph.conditionalAccessPolicyState`, not nullable.
    pub state: rt::Field<crate::v1::ConditionalAccessPolicyState>,
    /// CSDL: property `templateId`: `Edm.String`, nullable.
    pub template_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_or_policies_or_search)]
impl ::std::default::Default for ConditionalAccessPolicy {
    #[inline]
    fn default() -> Self {
        Self {
            deleted_date_time: rt::Field::Absent,
            conditions: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            grant_controls: rt::Field::Absent,
            id: rt::Field::Absent,
            modified_date_time: rt::Field::Absent,
            session_controls: rt::Field::Absent,
            state: rt::Field::Absent,
            template_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_or_policies_or_search)]
impl rt::Object for ConditionalAccessPolicy {
    const TYPE_NAME: &'static str = "microsoft.graph.conditionalAccessPolicy";
    const KEYS: &'static [&'static str] = &[
        "deletedDateTime",
        "conditions",
        "createdDateTime",
        "description",
        "displayName",
        "grantControls",
        "id",
        "modifiedDateTime",
        "sessionControls",
        "state",
        "templateId",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"deletedDateTime\":              ",
        ",\"conditions\":                   ",
        ",\"createdDateTime\":              ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"grantControls\":                ",
        ",\"id\":                           ",
        ",\"modifiedDateTime\":             ",
        ",\"sessionControls\":              ",
        ",\"state\":                        ",
        ",\"templateId\":                   ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.conditionalAccessPolicy\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "deleted_date_time", &self.deleted_date_time);
        v.field(1usize, "conditions", &self.conditions);
        v.field(2usize, "created_date_time", &self.created_date_time);
        v.field(3usize, "description", &self.description);
        v.field(4usize, "display_name", &self.display_name);
        v.field(5usize, "grant_controls", &self.grant_controls);
        v.field(6usize, "id", &self.id);
        v.field(7usize, "modified_date_time", &self.modified_date_time);
        v.field(8usize, "session_controls", &self.session_controls);
        v.field(9usize, "state", &self.state);
        v.field(10usize, "template_id", &self.template_id);
    }
}
#[cfg(msgraph_v1_identity_or_policies_or_search)]
impl rt::object::Members for ConditionalAccessPolicy {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.deleted_date_time.read_from(r),
            1usize => self.conditions.read_from(r),
            2usize => self.created_date_time.read_from(r),
            3usize => self.description.read_from(r),
            4usize => self.display_name.read_from(r),
            5usize => self.grant_controls.read_from(r),
            6usize => self.id.read_from(r),
            7usize => self.modified_date_time.read_from(r),
            8usize => self.session_controls.read_from(r),
            9usize => self.state.read_from(r),
            10usize => self.template_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.deleted_date_time);
        w.field(1usize, &self.conditions);
        w.field(2usize, &self.created_date_time);
        w.field(3usize, &self.description);
        w.field(4usize, &self.display_name);
        w.field(5usize, &self.grant_controls);
        w.field(6usize, &self.id);
        w.field(7usize, &self.modified_date_time);
        w.field(8usize, &self.session_controls);
        w.field(9usize, &self.state);
        w.field(10usize, &self.template_id);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_identity_or_policies_or_search)]
rt::impl_object!(ConditionalAccessPolicy);
#[cfg(msgraph_v1_identity_or_policies_or_search)]
rt::impl_setters!(
    ConditionalAccessPolicy { with_deleted_date_time deleted_date_time :
    rt::edm::DateTimeOffset; with_conditions conditions : crate
    ::v1::ConditionalAccessConditionSet; with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_description description : ::std::string::String;
    with_display_name display_name : ::std::string::String; with_grant_controls
    grant_controls : crate ::v1::ConditionalAccessGrantControls; with_id id :
    ::std::string::String; with_modified_date_time modified_date_time :
    rt::edm::DateTimeOffset; with_session_controls session_controls : crate
    ::v1::ConditionalAccessSessionControls; with_state state : crate
    ::v1::ConditionalAccessPolicyState; with_template_id template_id :
    ::std::string::String; }
);
#[cfg(msgraph_v1_identity_or_policies_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ConditionalAccessPolicy);
#[cfg(msgraph_v1_identity_or_policies_or_search)]
/// `microsoft.graph.conditionalAccessPolicy` or any type derived from it, selected by `@odata.type` (2 types); each variant's type converts into it (`From`).
///
/// Features: `v1`, or one of `v1-identity`, `v1-policies`, `v1-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyConditionalAccessPolicy {
    ConditionalAccessPolicy(::std::boxed::Box<crate::v1::ConditionalAccessPolicy>),
    WhatIfAnalysisResult(::std::boxed::Box<crate::v1::WhatIfAnalysisResult>),
}
#[cfg(msgraph_v1_identity_or_policies_or_search)]
impl ::std::default::Default for AnyConditionalAccessPolicy {
    #[inline]
    fn default() -> Self {
        Self::ConditionalAccessPolicy(::std::default::Default::default())
    }
}
#[cfg(msgraph_v1_identity_or_policies_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::ConditionalAccessPolicy>
for AnyConditionalAccessPolicy {
    #[inline]
    fn from(v: crate::v1::ConditionalAccessPolicy) -> Self {
        Self::ConditionalAccessPolicy(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_identity_or_policies_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::WhatIfAnalysisResult>
for AnyConditionalAccessPolicy {
    #[inline]
    fn from(v: crate::v1::WhatIfAnalysisResult) -> Self {
        Self::WhatIfAnalysisResult(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_identity_or_policies_or_search)]
unsafe impl ::std::marker::Send for AnyConditionalAccessPolicy {}
#[cfg(msgraph_v1_identity_or_policies_or_search)]
unsafe impl ::std::marker::Sync for AnyConditionalAccessPolicy {}
#[cfg(msgraph_v1_identity_or_policies_or_search)]
impl ::std::marker::Unpin for AnyConditionalAccessPolicy {}
#[cfg(msgraph_v1_identity_or_policies_or_search)]
impl ::std::panic::UnwindSafe for AnyConditionalAccessPolicy {}
#[cfg(msgraph_v1_identity_or_policies_or_search)]
impl ::std::panic::RefUnwindSafe for AnyConditionalAccessPolicy {}
#[cfg(msgraph_v1_identity_or_policies_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::v1::ConditionalAccessPolicy>();
    rt::object::auto_traits::<crate::v1::WhatIfAnalysisResult>();
};
#[cfg(msgraph_v1_identity_or_policies_or_search)]
impl rt::Poly for AnyConditionalAccessPolicy {
    const BASE_NAME: &'static str = "microsoft.graph.conditionalAccessPolicy";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some("microsoft.graph.whatIfAnalysisResult") => {
                Self::WhatIfAnalysisResult(rt::object::new_boxed())
            }
            _ => Self::ConditionalAccessPolicy(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::ConditionalAccessPolicy(v) => &**v,
            Self::WhatIfAnalysisResult(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::ConditionalAccessPolicy(v) => &mut **v,
            Self::WhatIfAnalysisResult(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_v1_identity_or_policies_or_search)]
impl AnyConditionalAccessPolicy {
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
    /// `deletedDateTime` of any variant.
    #[inline]
    pub fn deleted_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::ConditionalAccessPolicy(v) => &v.deleted_date_time,
            Self::WhatIfAnalysisResult(v) => &v.deleted_date_time,
        }
    }
    /// `deletedDateTime` of any variant.
    #[inline]
    pub fn deleted_date_time_mut(&mut self) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::ConditionalAccessPolicy(v) => &mut v.deleted_date_time,
            Self::WhatIfAnalysisResult(v) => &mut v.deleted_date_time,
        }
    }
    /// `conditions` of any variant.
    #[inline]
    pub fn conditions(&self) -> &rt::Field<crate::v1::ConditionalAccessConditionSet> {
        match self {
            Self::ConditionalAccessPolicy(v) => &v.conditions,
            Self::WhatIfAnalysisResult(v) => &v.conditions,
        }
    }
    /// `conditions` of any variant.
    #[inline]
    pub fn conditions_mut(
        &mut self,
    ) -> &mut rt::Field<crate::v1::ConditionalAccessConditionSet> {
        match self {
            Self::ConditionalAccessPolicy(v) => &mut v.conditions,
            Self::WhatIfAnalysisResult(v) => &mut v.conditions,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::ConditionalAccessPolicy(v) => &v.created_date_time,
            Self::WhatIfAnalysisResult(v) => &v.created_date_time,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time_mut(&mut self) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::ConditionalAccessPolicy(v) => &mut v.created_date_time,
            Self::WhatIfAnalysisResult(v) => &mut v.created_date_time,
        }
    }
    /// `description` of any variant.
    #[inline]
    pub fn description(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::ConditionalAccessPolicy(v) => &v.description,
            Self::WhatIfAnalysisResult(v) => &v.description,
        }
    }
    /// `description` of any variant.
    #[inline]
    pub fn description_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ConditionalAccessPolicy(v) => &mut v.description,
            Self::WhatIfAnalysisResult(v) => &mut v.description,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::ConditionalAccessPolicy(v) => &v.display_name,
            Self::WhatIfAnalysisResult(v) => &v.display_name,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ConditionalAccessPolicy(v) => &mut v.display_name,
            Self::WhatIfAnalysisResult(v) => &mut v.display_name,
        }
    }
    /// `grantControls` of any variant.
    #[inline]
    pub fn grant_controls(
        &self,
    ) -> &rt::Field<crate::v1::ConditionalAccessGrantControls> {
        match self {
            Self::ConditionalAccessPolicy(v) => &v.grant_controls,
            Self::WhatIfAnalysisResult(v) => &v.grant_controls,
        }
    }
    /// `grantControls` of any variant.
    #[inline]
    pub fn grant_controls_mut(
        &mut self,
    ) -> &mut rt::Field<crate::v1::ConditionalAccessGrantControls> {
        match self {
            Self::ConditionalAccessPolicy(v) => &mut v.grant_controls,
            Self::WhatIfAnalysisResult(v) => &mut v.grant_controls,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::ConditionalAccessPolicy(v) => &v.id,
            Self::WhatIfAnalysisResult(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ConditionalAccessPolicy(v) => &mut v.id,
            Self::WhatIfAnalysisResult(v) => &mut v.id,
        }
    }
    /// `modifiedDateTime` of any variant.
    #[inline]
    pub fn modified_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::ConditionalAccessPolicy(v) => &v.modified_date_time,
            Self::WhatIfAnalysisResult(v) => &v.modified_date_time,
        }
    }
    /// `modifiedDateTime` of any variant.
    #[inline]
    pub fn modified_date_time_mut(&mut self) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::ConditionalAccessPolicy(v) => &mut v.modified_date_time,
            Self::WhatIfAnalysisResult(v) => &mut v.modified_date_time,
        }
    }
    /// `sessionControls` of any variant.
    #[inline]
    pub fn session_controls(
        &self,
    ) -> &rt::Field<crate::v1::ConditionalAccessSessionControls> {
        match self {
            Self::ConditionalAccessPolicy(v) => &v.session_controls,
            Self::WhatIfAnalysisResult(v) => &v.session_controls,
        }
    }
    /// `sessionControls` of any variant.
    #[inline]
    pub fn session_controls_mut(
        &mut self,
    ) -> &mut rt::Field<crate::v1::ConditionalAccessSessionControls> {
        match self {
            Self::ConditionalAccessPolicy(v) => &mut v.session_controls,
            Self::WhatIfAnalysisResult(v) => &mut v.session_controls,
        }
    }
    /// `state` of any variant.
    #[inline]
    pub fn state(&self) -> &rt::Field<crate::v1::ConditionalAccessPolicyState> {
        match self {
            Self::ConditionalAccessPolicy(v) => &v.state,
            Self::WhatIfAnalysisResult(v) => &v.state,
        }
    }
    /// `state` of any variant.
    #[inline]
    pub fn state_mut(
        &mut self,
    ) -> &mut rt::Field<crate::v1::ConditionalAccessPolicyState> {
        match self {
            Self::ConditionalAccessPolicy(v) => &mut v.state,
            Self::WhatIfAnalysisResult(v) => &mut v.state,
        }
    }
    /// `templateId` of any variant.
    #[inline]
    pub fn template_id(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::ConditionalAccessPolicy(v) => &v.template_id,
            Self::WhatIfAnalysisResult(v) => &v.template_id,
        }
    }
    /// `templateId` of any variant.
    #[inline]
    pub fn template_id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ConditionalAccessPolicy(v) => &mut v.template_id,
            Self::WhatIfAnalysisResult(v) => &mut v.template_id,
        }
    }
}
#[cfg(msgraph_v1_identity_or_policies_or_search)]
rt::impl_poly!(AnyConditionalAccessPolicy);
#[cfg(msgraph_v1_identity_or_policies_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyConditionalAccessPolicy);
#[cfg(msgraph_v1_identity_or_search)]
/// CSDL: `microsoft.graph.conditionalAccessPolicyDetail`, complex type.
///
/// Features: `v1`, or one of `v1-identity`, `v1-search`.
#[derive(Clone)]
pub struct ConditionalAccessPolicyDetail {
    /// CSDL: property `conditions`: `microsoft.graph.conditionalAccessConditionSet`, not nullable.
    pub conditions: rt::Field<crate::v1::ConditionalAccessConditionSet>,
    /// CSDL: property `grantControls`: `microsoft.graph.conditionalAccessGrantControls`, nullable.
    pub grant_controls: rt::Field<crate::v1::ConditionalAccessGrantControls>,
    /// CSDL: property `sessionControls`: `microsoft.graph.conditionalAccessSessionControls`, nullable.
    pub session_controls: rt::Field<crate::v1::ConditionalAccessSessionControls>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_or_search)]
impl ::std::default::Default for ConditionalAccessPolicyDetail {
    #[inline]
    fn default() -> Self {
        Self {
            conditions: rt::Field::Absent,
            grant_controls: rt::Field::Absent,
            session_controls: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl rt::Object for ConditionalAccessPolicyDetail {
    const TYPE_NAME: &'static str = "microsoft.graph.conditionalAccessPolicyDetail";
    const KEYS: &'static [&'static str] = &[
        "conditions",
        "grantControls",
        "sessionControls",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"conditions\":                   ",
        ",\"grantControls\":                ",
        ",\"sessionControls\":              ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.conditionalAccessPolicyDetail\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "conditions", &self.conditions);
        v.field(1usize, "grant_controls", &self.grant_controls);
        v.field(2usize, "session_controls", &self.session_controls);
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl rt::object::Members for ConditionalAccessPolicyDetail {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.conditions.read_from(r),
            1usize => self.grant_controls.read_from(r),
            2usize => self.session_controls.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.conditions);
        w.field(1usize, &self.grant_controls);
        w.field(2usize, &self.session_controls);
    }
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
rt::impl_object!(ConditionalAccessPolicyDetail);
#[cfg(msgraph_v1_identity_or_search)]
rt::impl_setters!(
    ConditionalAccessPolicyDetail { with_conditions conditions : crate
    ::v1::ConditionalAccessConditionSet; with_grant_controls grant_controls : crate
    ::v1::ConditionalAccessGrantControls; with_session_controls session_controls : crate
    ::v1::ConditionalAccessSessionControls; }
);
#[cfg(msgraph_v1_identity_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ConditionalAccessPolicyDetail);
#[cfg(msgraph_v1_identity_or_policies_or_search)]
/// CSDL: `microsoft.graph.conditionalAccessPolicyState`, enum type.
///
/// Features: `v1`, or one of `v1-identity`, `v1-policies`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ConditionalAccessPolicyState {
    /// `enabled` (value 0).
    Enabled,
    /// `disabled` (value 1).
    Disabled,
    /// `enabledForReportingButNotEnforced` (value 2).
    EnabledForReportingButNotEnforced,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_identity_or_policies_or_search)]
impl rt::StrEnum for ConditionalAccessPolicyState {
    const TYPE_NAME: &'static str = "microsoft.graph.conditionalAccessPolicyState";
    const MEMBERS: &'static [&'static str] = &[
        "enabled",
        "disabled",
        "enabledForReportingButNotEnforced",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "enabled" => Self::Enabled,
                "disabled" => Self::Disabled,
                "enabledForReportingButNotEnforced" => {
                    Self::EnabledForReportingButNotEnforced
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
            Self::Enabled => "enabled",
            Self::Disabled => "disabled",
            Self::EnabledForReportingButNotEnforced => {
                "enabledForReportingButNotEnforced"
            }
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_identity_or_policies_or_search)]
rt::impl_enum!(ConditionalAccessPolicyState);
#[cfg(msgraph_v1_identity_or_policies_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ConditionalAccessPolicyState);
#[cfg(msgraph_v1_identity_or_search)]
/// CSDL: `microsoft.graph.conditionalAccessRoot`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`ConditionalAccessRootPath`](requests/trait.ConditionalAccessRootPath.html), what a path to one (`EntityPath<ConditionalAccessRoot, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-identity`, `v1-search`.
#[derive(Clone)]
pub struct ConditionalAccessRoot {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `authenticationContextClassReferences`: `Collection(microsoft.graph.authenticationContextClassReference)`, not nullable.
    pub authentication_context_class_references: rt::Field<
        ::std::vec::Vec<crate::v1::AuthenticationContextClassReference>,
    >,
    /// CSDL: containment navigation property `authenticationStrength`: `microsoft.graph.authenticationStrengthRoot`, nullable.
    pub authentication_strength: rt::Field<crate::v1::AuthenticationStrengthRoot>,
    /// CSDL: containment navigation property `deletedItems`: `microsoft.graph.caPoliciesDeletableRoot`, nullable.
    pub deleted_items: rt::Field<crate::v1::CaPoliciesDeletableRoot>,
    /// CSDL: containment navigation property `namedLocations`: `Collection(microsoft.graph.namedLocation)`, not nullable.
    pub named_locations: rt::Field<::std::vec::Vec<crate::v1::AnyNamedLocation>>,
    /// CSDL: containment navigation property `policies`: `Collection(microsoft.graph.conditionalAccessPolicy)`, not nullable.
    pub policies: rt::Field<::std::vec::Vec<crate::v1::AnyConditionalAccessPolicy>>,
    /// CSDL: containment navigation property `templates`: `Collection(microsoft.graph.conditionalAccessTemplate)`, not nullable.
    pub templates: rt::Field<::std::vec::Vec<crate::v1::ConditionalAccessTemplate>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_or_search)]
impl ::std::default::Default for ConditionalAccessRoot {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            authentication_context_class_references: rt::Field::Absent,
            authentication_strength: rt::Field::Absent,
            deleted_items: rt::Field::Absent,
            named_locations: rt::Field::Absent,
            policies: rt::Field::Absent,
            templates: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl rt::Object for ConditionalAccessRoot {
    const TYPE_NAME: &'static str = "microsoft.graph.conditionalAccessRoot";
    const KEYS: &'static [&'static str] = &[
        "id",
        "authenticationContextClassReferences",
        "authenticationStrength",
        "deletedItems",
        "namedLocations",
        "policies",
        "templates",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"authenticationContextClassReferences\":",
        ",\"authenticationStrength\":       ",
        ",\"deletedItems\":                 ",
        ",\"namedLocations\":               ",
        ",\"policies\":                     ",
        ",\"templates\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.conditionalAccessRoot\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(
            1usize,
            "authentication_context_class_references",
            &self.authentication_context_class_references,
        );
        v.field(2usize, "authentication_strength", &self.authentication_strength);
        v.field(3usize, "deleted_items", &self.deleted_items);
        v.field(4usize, "named_locations", &self.named_locations);
        v.field(5usize, "policies", &self.policies);
        v.field(6usize, "templates", &self.templates);
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl rt::object::Members for ConditionalAccessRoot {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.authentication_context_class_references.read_from(r),
            2usize => self.authentication_strength.read_from(r),
            3usize => self.deleted_items.read_from(r),
            4usize => self.named_locations.read_from(r),
            5usize => self.policies.read_from(r),
            6usize => self.templates.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.authentication_context_class_references);
        w.field(2usize, &self.authentication_strength);
        w.field(3usize, &self.deleted_items);
        w.field(4usize, &self.named_locations);
        w.field(5usize, &self.policies);
        w.field(6usize, &self.templates);
    }
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
rt::impl_object!(ConditionalAccessRoot);
#[cfg(msgraph_v1_identity_or_search)]
rt::impl_setters!(
    ConditionalAccessRoot { with_id id : ::std::string::String;
    with_authentication_context_class_references authentication_context_class_references
    : ::std::vec::Vec < crate ::v1::AuthenticationContextClassReference >;
    with_authentication_strength authentication_strength : crate
    ::v1::AuthenticationStrengthRoot; with_deleted_items deleted_items : crate
    ::v1::CaPoliciesDeletableRoot; with_named_locations named_locations : ::std::vec::Vec
    < crate ::v1::AnyNamedLocation >; with_policies policies : ::std::vec::Vec < crate
    ::v1::AnyConditionalAccessPolicy >; with_templates templates : ::std::vec::Vec <
    crate ::v1::ConditionalAccessTemplate >; }
);
#[cfg(msgraph_v1_identity_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ConditionalAccessRoot);
#[cfg(msgraph_v1_identity_or_policies_or_search)]
/// CSDL: `microsoft.graph.conditionalAccessSessionControl`, complex type, abstract.
///
/// Features: `v1`, or one of `v1-identity`, `v1-policies`, `v1-search`.
#[derive(Clone)]
pub struct ConditionalAccessSessionControl {
    /// CSDL: property `isEnabled`: `Edm.Boolean`, nullable.
    pub is_enabled: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_or_policies_or_search)]
impl ::std::default::Default for ConditionalAccessSessionControl {
    #[inline]
    fn default() -> Self {
        Self {
            is_enabled: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_or_policies_or_search)]
impl rt::Object for ConditionalAccessSessionControl {
    const TYPE_NAME: &'static str = "microsoft.graph.conditionalAccessSessionControl";
    const KEYS: &'static [&'static str] = &["isEnabled"];
    const KEYS_JSON: &'static [&'static str] = &[",\"isEnabled\":                    "];
    const TAG: &'static str = "\"#microsoft.graph.conditionalAccessSessionControl\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "is_enabled", &self.is_enabled);
    }
}
#[cfg(msgraph_v1_identity_or_policies_or_search)]
impl rt::object::Members for ConditionalAccessSessionControl {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.is_enabled.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.is_enabled);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_identity_or_policies_or_search)]
rt::impl_object!(ConditionalAccessSessionControl);
#[cfg(msgraph_v1_identity_or_policies_or_search)]
rt::impl_setters!(
    ConditionalAccessSessionControl { with_is_enabled is_enabled : bool; }
);
#[cfg(msgraph_v1_identity_or_policies_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ConditionalAccessSessionControl);
#[cfg(msgraph_v1_identity_or_policies_or_search)]
/// `microsoft.graph.conditionalAccessSessionControl` or any type derived from it, selected by `@odata.type` (6 types); each variant's type converts into it (`From`).
///
/// Features: `v1`, or one of `v1-identity`, `v1-policies`, `v1-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyConditionalAccessSessionControl {
    ConditionalAccessSessionControl(
        ::std::boxed::Box<crate::v1::ConditionalAccessSessionControl>,
    ),
    ApplicationEnforcedRestrictionsSessionControl(
        ::std::boxed::Box<crate::v1::ApplicationEnforcedRestrictionsSessionControl>,
    ),
    CloudAppSecuritySessionControl(
        ::std::boxed::Box<crate::v1::CloudAppSecuritySessionControl>,
    ),
    PersistentBrowserSessionControl(
        ::std::boxed::Box<crate::v1::PersistentBrowserSessionControl>,
    ),
    SecureSignInSessionControl(::std::boxed::Box<crate::v1::SecureSignInSessionControl>),
    SignInFrequencySessionControl(
        ::std::boxed::Box<crate::v1::SignInFrequencySessionControl>,
    ),
}
#[cfg(msgraph_v1_identity_or_policies_or_search)]
impl ::std::default::Default for AnyConditionalAccessSessionControl {
    #[inline]
    fn default() -> Self {
        Self::ConditionalAccessSessionControl(::std::default::Default::default())
    }
}
#[cfg(msgraph_v1_identity_or_policies_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::ConditionalAccessSessionControl>
for AnyConditionalAccessSessionControl {
    #[inline]
    fn from(v: crate::v1::ConditionalAccessSessionControl) -> Self {
        Self::ConditionalAccessSessionControl(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_identity_or_policies_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::ApplicationEnforcedRestrictionsSessionControl>
for AnyConditionalAccessSessionControl {
    #[inline]
    fn from(v: crate::v1::ApplicationEnforcedRestrictionsSessionControl) -> Self {
        Self::ApplicationEnforcedRestrictionsSessionControl(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_identity_or_policies_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::CloudAppSecuritySessionControl>
for AnyConditionalAccessSessionControl {
    #[inline]
    fn from(v: crate::v1::CloudAppSecuritySessionControl) -> Self {
        Self::CloudAppSecuritySessionControl(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_identity_or_policies_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::PersistentBrowserSessionControl>
for AnyConditionalAccessSessionControl {
    #[inline]
    fn from(v: crate::v1::PersistentBrowserSessionControl) -> Self {
        Self::PersistentBrowserSessionControl(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_identity_or_policies_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::SecureSignInSessionControl>
for AnyConditionalAccessSessionControl {
    #[inline]
    fn from(v: crate::v1::SecureSignInSessionControl) -> Self {
        Self::SecureSignInSessionControl(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_identity_or_policies_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::SignInFrequencySessionControl>
for AnyConditionalAccessSessionControl {
    #[inline]
    fn from(v: crate::v1::SignInFrequencySessionControl) -> Self {
        Self::SignInFrequencySessionControl(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_identity_or_policies_or_search)]
unsafe impl ::std::marker::Send for AnyConditionalAccessSessionControl {}
#[cfg(msgraph_v1_identity_or_policies_or_search)]
unsafe impl ::std::marker::Sync for AnyConditionalAccessSessionControl {}
#[cfg(msgraph_v1_identity_or_policies_or_search)]
impl ::std::marker::Unpin for AnyConditionalAccessSessionControl {}
#[cfg(msgraph_v1_identity_or_policies_or_search)]
impl ::std::panic::UnwindSafe for AnyConditionalAccessSessionControl {}
#[cfg(msgraph_v1_identity_or_policies_or_search)]
impl ::std::panic::RefUnwindSafe for AnyConditionalAccessSessionControl {}
#[cfg(msgraph_v1_identity_or_policies_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::v1::ConditionalAccessSessionControl>();
    rt::object::auto_traits::<
        crate::v1::ApplicationEnforcedRestrictionsSessionControl,
    >();
    rt::object::auto_traits::<crate::v1::CloudAppSecuritySessionControl>();
    rt::object::auto_traits::<crate::v1::PersistentBrowserSessionControl>();
    rt::object::auto_traits::<crate::v1::SecureSignInSessionControl>();
    rt::object::auto_traits::<crate::v1::SignInFrequencySessionControl>();
};
#[cfg(msgraph_v1_identity_or_policies_or_search)]
impl rt::Poly for AnyConditionalAccessSessionControl {
    const BASE_NAME: &'static str = "microsoft.graph.conditionalAccessSessionControl";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some(
                "microsoft.graph.applicationEnforcedRestrictionsSessionControl",
            ) => {
                Self::ApplicationEnforcedRestrictionsSessionControl(
                    rt::object::new_boxed(),
                )
            }
            ::std::option::Option::Some(
                "microsoft.graph.cloudAppSecuritySessionControl",
            ) => Self::CloudAppSecuritySessionControl(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.persistentBrowserSessionControl",
            ) => Self::PersistentBrowserSessionControl(rt::object::new_boxed()),
            ::std::option::Option::Some("microsoft.graph.secureSignInSessionControl") => {
                Self::SecureSignInSessionControl(rt::object::new_boxed())
            }
            ::std::option::Option::Some(
                "microsoft.graph.signInFrequencySessionControl",
            ) => Self::SignInFrequencySessionControl(rt::object::new_boxed()),
            _ => Self::ConditionalAccessSessionControl(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::ConditionalAccessSessionControl(v) => &**v,
            Self::ApplicationEnforcedRestrictionsSessionControl(v) => &**v,
            Self::CloudAppSecuritySessionControl(v) => &**v,
            Self::PersistentBrowserSessionControl(v) => &**v,
            Self::SecureSignInSessionControl(v) => &**v,
            Self::SignInFrequencySessionControl(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::ConditionalAccessSessionControl(v) => &mut **v,
            Self::ApplicationEnforcedRestrictionsSessionControl(v) => &mut **v,
            Self::CloudAppSecuritySessionControl(v) => &mut **v,
            Self::PersistentBrowserSessionControl(v) => &mut **v,
            Self::SecureSignInSessionControl(v) => &mut **v,
            Self::SignInFrequencySessionControl(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_v1_identity_or_policies_or_search)]
impl AnyConditionalAccessSessionControl {
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
    /// `isEnabled` of any variant.
    #[inline]
    pub fn is_enabled(&self) -> &rt::Field<bool> {
        match self {
            Self::ConditionalAccessSessionControl(v) => &v.is_enabled,
            Self::ApplicationEnforcedRestrictionsSessionControl(v) => &v.is_enabled,
            Self::CloudAppSecuritySessionControl(v) => &v.is_enabled,
            Self::PersistentBrowserSessionControl(v) => &v.is_enabled,
            Self::SecureSignInSessionControl(v) => &v.is_enabled,
            Self::SignInFrequencySessionControl(v) => &v.is_enabled,
        }
    }
    /// `isEnabled` of any variant.
    #[inline]
    pub fn is_enabled_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::ConditionalAccessSessionControl(v) => &mut v.is_enabled,
            Self::ApplicationEnforcedRestrictionsSessionControl(v) => &mut v.is_enabled,
            Self::CloudAppSecuritySessionControl(v) => &mut v.is_enabled,
            Self::PersistentBrowserSessionControl(v) => &mut v.is_enabled,
            Self::SecureSignInSessionControl(v) => &mut v.is_enabled,
            Self::SignInFrequencySessionControl(v) => &mut v.is_enabled,
        }
    }
}
#[cfg(msgraph_v1_identity_or_policies_or_search)]
rt::impl_poly!(AnyConditionalAccessSessionControl);
#[cfg(msgraph_v1_identity_or_policies_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyConditionalAccessSessionControl);
#[cfg(msgraph_v1_identity_or_policies_or_search)]
/// CSDL: `microsoft.graph.conditionalAccessSessionControls`, complex type.
///
/// Features: `v1`, or one of `v1-identity`, `v1-policies`, `v1-search`.
#[derive(Clone)]
pub struct ConditionalAccessSessionControls {
    /// CSDL: property `applicationEnforcedRestrictions`: `microsoft.graph.applicationEnforcedRestrictionsSessionControl`, nullable.
    pub application_enforced_restrictions: rt::Field<
        crate::v1::ApplicationEnforcedRestrictionsSessionControl,
    >,
    /// CSDL: property `cloudAppSecurity`: `microsoft.graph.cloudAppSecuritySessionControl`, nullable.
    pub cloud_app_security: rt::Field<crate::v1::CloudAppSecuritySessionControl>,
    /// CSDL: property `disableResilienceDefaults`: `Edm.Boolean`, nullable.
    pub disable_resilience_defaults: rt::Field<bool>,
    /// CSDL: property `persistentBrowser`: `microsoft.graph.persistentBrowserSessionControl`, nullable.
    pub persistent_browser: rt::Field<crate::v1::PersistentBrowserSessionControl>,
    /// CSDL: property `secureSignInSession`: `microsoft.graph.secureSignInSessionControl`, nullable.
    pub secure_sign_in_session: rt::Field<crate::v1::SecureSignInSessionControl>,
    /// CSDL: property `signInFrequency`: `microsoft.graph.signInFrequencySessionControl`, nullable.
    pub sign_in_frequency: rt::Field<crate::v1::SignInFrequencySessionControl>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_or_policies_or_search)]
impl ::std::default::Default for ConditionalAccessSessionControls {
    #[inline]
    fn default() -> Self {
        Self {
            application_enforced_restrictions: rt::Field::Absent,
            cloud_app_security: rt::Field::Absent,
            disable_resilience_defaults: rt::Field::Absent,
            persistent_browser: rt::Field::Absent,
            secure_sign_in_session: rt::Field::Absent,
            sign_in_frequency: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_or_policies_or_search)]
impl rt::Object for ConditionalAccessSessionControls {
    const TYPE_NAME: &'static str = "microsoft.graph.conditionalAccessSessionControls";
    const KEYS: &'static [&'static str] = &[
        "applicationEnforcedRestrictions",
        "cloudAppSecurity",
        "disableResilienceDefaults",
        "persistentBrowser",
        "secureSignInSession",
        "signInFrequency",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"applicationEnforcedRestrictions\":",
        ",\"cloudAppSecurity\":             ",
        ",\"disableResilienceDefaults\":    ",
        ",\"persistentBrowser\":            ",
        ",\"secureSignInSession\":          ",
        ",\"signInFrequency\":              ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.conditionalAccessSessionControls\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(
            0usize,
            "application_enforced_restrictions",
            &self.application_enforced_restrictions,
        );
        v.field(1usize, "cloud_app_security", &self.cloud_app_security);
        v.field(
            2usize,
            "disable_resilience_defaults",
            &self.disable_resilience_defaults,
        );
        v.field(3usize, "persistent_browser", &self.persistent_browser);
        v.field(4usize, "secure_sign_in_session", &self.secure_sign_in_session);
        v.field(5usize, "sign_in_frequency", &self.sign_in_frequency);
    }
}
#[cfg(msgraph_v1_identity_or_policies_or_search)]
impl rt::object::Members for ConditionalAccessSessionControls {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.application_enforced_restrictions.read_from(r),
            1usize => self.cloud_app_security.read_from(r),
            2usize => self.disable_resilience_defaults.read_from(r),
            3usize => self.persistent_browser.read_from(r),
            4usize => self.secure_sign_in_session.read_from(r),
            5usize => self.sign_in_frequency.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.application_enforced_restrictions);
        w.field(1usize, &self.cloud_app_security);
        w.field(2usize, &self.disable_resilience_defaults);
        w.field(3usize, &self.persistent_browser);
        w.field(4usize, &self.secure_sign_in_session);
        w.field(5usize, &self.sign_in_frequency);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_identity_or_policies_or_search)]
rt::impl_object!(ConditionalAccessSessionControls);
#[cfg(msgraph_v1_identity_or_policies_or_search)]
rt::impl_setters!(
    ConditionalAccessSessionControls { with_application_enforced_restrictions
    application_enforced_restrictions : crate
    ::v1::ApplicationEnforcedRestrictionsSessionControl; with_cloud_app_security
    cloud_app_security : crate ::v1::CloudAppSecuritySessionControl;
    with_disable_resilience_defaults disable_resilience_defaults : bool;
    with_persistent_browser persistent_browser : crate
    ::v1::PersistentBrowserSessionControl; with_secure_sign_in_session
    secure_sign_in_session : crate ::v1::SecureSignInSessionControl;
    with_sign_in_frequency sign_in_frequency : crate ::v1::SignInFrequencySessionControl;
    }
);
#[cfg(msgraph_v1_identity_or_policies_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ConditionalAccessSessionControls);
#[cfg(msgraph_v1_audit_logs_or_search)]
/// CSDL: `microsoft.graph.conditionalAccessStatus`, enum type.
///
/// Features: `v1`, or one of `v1-audit-logs`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ConditionalAccessStatus {
    /// `success` (value 0).
    Success,
    /// `failure` (value 1).
    Failure,
    /// `notApplied` (value 2).
    NotApplied,
    /// `unknownFutureValue` (value 3).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_audit_logs_or_search)]
impl rt::StrEnum for ConditionalAccessStatus {
    const TYPE_NAME: &'static str = "microsoft.graph.conditionalAccessStatus";
    const MEMBERS: &'static [&'static str] = &[
        "success",
        "failure",
        "notApplied",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "success" => Self::Success,
                "failure" => Self::Failure,
                "notApplied" => Self::NotApplied,
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
            Self::NotApplied => "notApplied",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_audit_logs_or_search)]
rt::impl_enum!(ConditionalAccessStatus);
#[cfg(msgraph_v1_audit_logs_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ConditionalAccessStatus);
#[cfg(msgraph_v1_identity_or_search)]
/// CSDL: `microsoft.graph.conditionalAccessTemplate`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`ConditionalAccessTemplatePath`](requests/trait.ConditionalAccessTemplatePath.html), what a path to one (`EntityPath<ConditionalAccessTemplate, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-identity`, `v1-search`.
#[derive(Clone)]
pub struct ConditionalAccessTemplate {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `description`: `Edm.String`, not nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `details`: `microsoft.graph.conditionalAccessPolicyDetail`, not nullable.
    pub details: rt::Field<crate::v1::ConditionalAccessPolicyDetail>,
    /// CSDL: property `name`: `Edm.String`, not nullable.
    pub name: rt::Field<::std::string::String>,
    /// CSDL: property `scenarios`: `microsoft.graph.templateScenarios`, not nullable.
    pub scenarios: rt::Field<rt::Flags<crate::v1::TemplateScenarios>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_or_search)]
impl ::std::default::Default for ConditionalAccessTemplate {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            description: rt::Field::Absent,
            details: rt::Field::Absent,
            name: rt::Field::Absent,
            scenarios: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl rt::Object for ConditionalAccessTemplate {
    const TYPE_NAME: &'static str = "microsoft.graph.conditionalAccessTemplate";
    const KEYS: &'static [&'static str] = &[
        "id",
        "description",
        "details",
        "name",
        "scenarios",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"description\":                  ",
        ",\"details\":                      ",
        ",\"name\":                         ",
        ",\"scenarios\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.conditionalAccessTemplate\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "description", &self.description);
        v.field(2usize, "details", &self.details);
        v.field(3usize, "name", &self.name);
        v.field(4usize, "scenarios", &self.scenarios);
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl rt::object::Members for ConditionalAccessTemplate {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.description.read_from(r),
            2usize => self.details.read_from(r),
            3usize => self.name.read_from(r),
            4usize => self.scenarios.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.description);
        w.field(2usize, &self.details);
        w.field(3usize, &self.name);
        w.field(4usize, &self.scenarios);
    }
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
rt::impl_object!(ConditionalAccessTemplate);
#[cfg(msgraph_v1_identity_or_search)]
rt::impl_setters!(
    ConditionalAccessTemplate { with_id id : ::std::string::String; with_description
    description : ::std::string::String; with_details details : crate
    ::v1::ConditionalAccessPolicyDetail; with_name name : ::std::string::String;
    with_scenarios scenarios : rt::Flags < crate ::v1::TemplateScenarios >; }
);
#[cfg(msgraph_v1_identity_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ConditionalAccessTemplate);
#[cfg(msgraph_v1_identity_or_policies_or_search)]
/// CSDL: `microsoft.graph.conditionalAccessTransferMethods`, enum type, flags (comma-separated in JSON).
///
/// Features: `v1`, or one of `v1-identity`, `v1-policies`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ConditionalAccessTransferMethods {
    /// `none` (value 0).
    None,
    /// `deviceCodeFlow` (value 1).
    DeviceCodeFlow,
    /// `authenticationTransfer` (value 2).
    AuthenticationTransfer,
    /// `unknownFutureValue` (value 4).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_identity_or_policies_or_search)]
impl rt::StrEnum for ConditionalAccessTransferMethods {
    const TYPE_NAME: &'static str = "microsoft.graph.conditionalAccessTransferMethods";
    const MEMBERS: &'static [&'static str] = &[
        "none",
        "deviceCodeFlow",
        "authenticationTransfer",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "none" => Self::None,
                "deviceCodeFlow" => Self::DeviceCodeFlow,
                "authenticationTransfer" => Self::AuthenticationTransfer,
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
            Self::DeviceCodeFlow => "deviceCodeFlow",
            Self::AuthenticationTransfer => "authenticationTransfer",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_identity_or_policies_or_search)]
rt::impl_enum!(ConditionalAccessTransferMethods);
#[cfg(msgraph_v1_identity_or_policies_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ConditionalAccessTransferMethods);
#[cfg(msgraph_v1_identity_or_policies_or_search)]
/// CSDL: `microsoft.graph.conditionalAccessUsers`, complex type.
///
/// Features: `v1`, or one of `v1-identity`, `v1-policies`, `v1-search`.
#[derive(Clone)]
pub struct ConditionalAccessUsers {
    /// CSDL: property `excludeGroups`: `Collection(Edm.String)`, not nullable.
    pub exclude_groups: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `excludeGuestsOrExternalUsers`: `microsoft.graph.conditionalAccessGuestsOrExternalUsers`, nullable.
    pub exclude_guests_or_external_users: rt::Field<
        crate::v1::ConditionalAccessGuestsOrExternalUsers,
    >,
    /// CSDL: property `excludeRoles`: `Collection(Edm.String)`, not nullable.
    pub exclude_roles: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `excludeUsers`: `Collection(Edm.String)`, not nullable.
    pub exclude_users: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `includeGroups`: `Collection(Edm.String)`, not nullable.
    pub include_groups: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `includeGuestsOrExternalUsers`: `microsoft.graph.conditionalAccessGuestsOrExternalUsers`, nullable.
    pub include_guests_or_external_users: rt::Field<
        crate::v1::ConditionalAccessGuestsOrExternalUsers,
    >,
    /// CSDL: property `includeRoles`: `Collection(Edm.String)`, not nullable.
    pub include_roles: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `includeUsers`: `Collection(Edm.String)`, not nullable.
    pub include_users: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_or_policies_or_search)]
impl ::std::default::Default for ConditionalAccessUsers {
    #[inline]
    fn default() -> Self {
        Self {
            exclude_groups: rt::Field::Absent,
            exclude_guests_or_external_users: rt::Field::Absent,
            exclude_roles: rt::Field::Absent,
            exclude_users: rt::Field::Absent,
            include_groups: rt::Field::Absent,
            include_guests_or_external_users: rt::Field::Absent,
            include_roles: rt::Field::Absent,
            include_users: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_or_policies_or_search)]
impl rt::Object for ConditionalAccessUsers {
    const TYPE_NAME: &'static str = "microsoft.graph.conditionalAccessUsers";
    const KEYS: &'static [&'static str] = &[
        "excludeGroups",
        "excludeGuestsOrExternalUsers",
        "excludeRoles",
        "excludeUsers",
        "includeGroups",
        "includeGuestsOrExternalUsers",
        "includeRoles",
        "includeUsers",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"excludeGroups\":                ",
        ",\"excludeGuestsOrExternalUsers\": ",
        ",\"excludeRoles\":                 ",
        ",\"excludeUsers\":                 ",
        ",\"includeGroups\":                ",
        ",\"includeGuestsOrExternalUsers\": ",
        ",\"includeRoles\":                 ",
        ",\"includeUsers\":                 ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.conditionalAccessUsers\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "exclude_groups", &self.exclude_groups);
        v.field(
            1usize,
            "exclude_guests_or_external_users",
            &self.exclude_guests_or_external_users,
        );
        v.field(2usize, "exclude_roles", &self.exclude_roles);
        v.field(3usize, "exclude_users", &self.exclude_users);
        v.field(4usize, "include_groups", &self.include_groups);
        v.field(
            5usize,
            "include_guests_or_external_users",
            &self.include_guests_or_external_users,
        );
        v.field(6usize, "include_roles", &self.include_roles);
        v.field(7usize, "include_users", &self.include_users);
    }
}
#[cfg(msgraph_v1_identity_or_policies_or_search)]
impl rt::object::Members for ConditionalAccessUsers {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.exclude_groups.read_from(r),
            1usize => self.exclude_guests_or_external_users.read_from(r),
            2usize => self.exclude_roles.read_from(r),
            3usize => self.exclude_users.read_from(r),
            4usize => self.include_groups.read_from(r),
            5usize => self.include_guests_or_external_users.read_from(r),
            6usize => self.include_roles.read_from(r),
            7usize => self.include_users.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.exclude_groups);
        w.field(1usize, &self.exclude_guests_or_external_users);
        w.field(2usize, &self.exclude_roles);
        w.field(3usize, &self.exclude_users);
        w.field(4usize, &self.include_groups);
        w.field(5usize, &self.include_guests_or_external_users);
        w.field(6usize, &self.include_roles);
        w.field(7usize, &self.include_users);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_identity_or_policies_or_search)]
rt::impl_object!(ConditionalAccessUsers);
#[cfg(msgraph_v1_identity_or_policies_or_search)]
rt::impl_setters!(
    ConditionalAccessUsers { with_exclude_groups exclude_groups : ::std::vec::Vec <
    ::std::string::String >; with_exclude_guests_or_external_users
    exclude_guests_or_external_users : crate
    ::v1::ConditionalAccessGuestsOrExternalUsers; with_exclude_roles exclude_roles :
    ::std::vec::Vec < ::std::string::String >; with_exclude_users exclude_users :
    ::std::vec::Vec < ::std::string::String >; with_include_groups include_groups :
    ::std::vec::Vec < ::std::string::String >; with_include_guests_or_external_users
    include_guests_or_external_users : crate
    ::v1::ConditionalAccessGuestsOrExternalUsers; with_include_roles include_roles :
    ::std::vec::Vec < ::std::string::String >; with_include_users include_users :
    ::std::vec::Vec < ::std::string::String >; }
);
#[cfg(msgraph_v1_identity_or_policies_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ConditionalAccessUsers);
#[cfg(msgraph_v1_admin_or_search)]
/// CSDL: `microsoft.graph.configurationBaseline`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1`, or one of `v1-admin`, `v1-search`.
#[derive(Clone)]
pub struct ConfigurationBaseline {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `description`: `Edm.String`, not nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, not nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `parameters`: `Collection(microsoft.graph.baselineParameter)`, not nullable.
    pub parameters: rt::Field<::std::vec::Vec<crate::v1::BaselineParameter>>,
    /// CSDL: property `resources`: `Collection(microsoft.graph.baselineResource)`, not nullable.
    pub resources: rt::Field<::std::vec::Vec<crate::v1::BaselineResource>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_admin_or_search)]
impl ::std::default::Default for ConfigurationBaseline {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            parameters: rt::Field::Absent,
            resources: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_admin_or_search)]
impl rt::Object for ConfigurationBaseline {
    const TYPE_NAME: &'static str = "microsoft.graph.configurationBaseline";
    const KEYS: &'static [&'static str] = &[
        "id",
        "description",
        "displayName",
        "parameters",
        "resources",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"parameters\":                   ",
        ",\"resources\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.configurationBaseline\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "description", &self.description);
        v.field(2usize, "display_name", &self.display_name);
        v.field(3usize, "parameters", &self.parameters);
        v.field(4usize, "resources", &self.resources);
    }
}
#[cfg(msgraph_v1_admin_or_search)]
impl rt::object::Members for ConfigurationBaseline {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.description.read_from(r),
            2usize => self.display_name.read_from(r),
            3usize => self.parameters.read_from(r),
            4usize => self.resources.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.description);
        w.field(2usize, &self.display_name);
        w.field(3usize, &self.parameters);
        w.field(4usize, &self.resources);
    }
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
rt::impl_object!(ConfigurationBaseline);
#[cfg(msgraph_v1_admin_or_search)]
rt::impl_setters!(
    ConfigurationBaseline { with_id id : ::std::string::String; with_description
    description : ::std::string::String; with_display_name display_name :
    ::std::string::String; with_parameters parameters : ::std::vec::Vec < crate
    ::v1::BaselineParameter >; with_resources resources : ::std::vec::Vec < crate
    ::v1::BaselineResource >; }
);
#[cfg(msgraph_v1_admin_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ConfigurationBaseline);
#[cfg(msgraph_v1_admin_or_search)]
/// CSDL: `microsoft.graph.configurationDrift`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`ConfigurationDriftPath`](requests/trait.ConfigurationDriftPath.html), what a path to one (`EntityPath<ConfigurationDrift, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-search`.
#[derive(Clone)]
pub struct ConfigurationDrift {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `baselineResourceDisplayName`: `Edm.String`, not nullable.
    pub baseline_resource_display_name: rt::Field<::std::string::String>,
    /// CSDL: property `driftedProperties`: `Collection(microsoft.graph.driftedProperty)`, not nullable.
    pub drifted_properties: rt::Field<::std::vec::Vec<crate::v1::DriftedProperty>>,
    /// CSDL: property `firstReportedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub first_reported_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `monitorId`: `Edm.String`, not nullable.
    pub monitor_id: rt::Field<::std::string::String>,
    /// CSDL: property `resourceInstanceIdentifier`: `microsoft.graph.openComplexDictionaryType`, not nullable.
    pub resource_instance_identifier: rt::Field<crate::v1::OpenComplexDictionaryType>,
    /// CSDL: property `resourceType`: `Edm.String`, not nullable.
    pub resource_type: rt::Field<::std::string::String>,
    /// CSDL: property `status`: `microsoft.graph.driftStatus`, not nullable.
    pub status: rt::Field<crate::v1::DriftStatus>,
    /// CSDL: property `tenantId`: `Edm.String`, not nullable.
    pub tenant_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_admin_or_search)]
impl ::std::default::Default for ConfigurationDrift {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            baseline_resource_display_name: rt::Field::Absent,
            drifted_properties: rt::Field::Absent,
            first_reported_date_time: rt::Field::Absent,
            monitor_id: rt::Field::Absent,
            resource_instance_identifier: rt::Field::Absent,
            resource_type: rt::Field::Absent,
            status: rt::Field::Absent,
            tenant_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_admin_or_search)]
impl rt::Object for ConfigurationDrift {
    const TYPE_NAME: &'static str = "microsoft.graph.configurationDrift";
    const KEYS: &'static [&'static str] = &[
        "id",
        "baselineResourceDisplayName",
        "driftedProperties",
        "firstReportedDateTime",
        "monitorId",
        "resourceInstanceIdentifier",
        "resourceType",
        "status",
        "tenantId",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"baselineResourceDisplayName\":  ",
        ",\"driftedProperties\":            ",
        ",\"firstReportedDateTime\":        ",
        ",\"monitorId\":                    ",
        ",\"resourceInstanceIdentifier\":   ",
        ",\"resourceType\":                 ",
        ",\"status\":                       ",
        ",\"tenantId\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.configurationDrift\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(
            1usize,
            "baseline_resource_display_name",
            &self.baseline_resource_display_name,
        );
        v.field(2usize, "drifted_properties", &self.drifted_properties);
        v.field(3usize, "first_reported_date_time", &self.first_reported_date_time);
        v.field(4usize, "monitor_id", &self.monitor_id);
        v.field(
            5usize,
            "resource_instance_identifier",
            &self.resource_instance_identifier,
        );
        v.field(6usize, "resource_type", &self.resource_type);
        v.field(7usize, "status", &self.status);
        v.field(8usize, "tenant_id", &self.tenant_id);
    }
}
#[cfg(msgraph_v1_admin_or_search)]
impl rt::object::Members for ConfigurationDrift {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.baseline_resource_display_name.read_from(r),
            2usize => self.drifted_properties.read_from(r),
            3usize => self.first_reported_date_time.read_from(r),
            4usize => self.monitor_id.read_from(r),
            5usize => self.resource_instance_identifier.read_from(r),
            6usize => self.resource_type.read_from(r),
            7usize => self.status.read_from(r),
            8usize => self.tenant_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.baseline_resource_display_name);
        w.field(2usize, &self.drifted_properties);
        w.field(3usize, &self.first_reported_date_time);
        w.field(4usize, &self.monitor_id);
        w.field(5usize, &self.resource_instance_identifier);
        w.field(6usize, &self.resource_type);
        w.field(7usize, &self.status);
        w.field(8usize, &self.tenant_id);
    }
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
rt::impl_object!(ConfigurationDrift);
#[cfg(msgraph_v1_admin_or_search)]
rt::impl_setters!(
    ConfigurationDrift { with_id id : ::std::string::String;
    with_baseline_resource_display_name baseline_resource_display_name :
    ::std::string::String; with_drifted_properties drifted_properties : ::std::vec::Vec <
    crate ::v1::DriftedProperty >; with_first_reported_date_time first_reported_date_time
    : rt::edm::DateTimeOffset; with_monitor_id monitor_id : ::std::string::String;
    with_resource_instance_identifier resource_instance_identifier : crate
    ::v1::OpenComplexDictionaryType; with_resource_type resource_type :
    ::std::string::String; with_status status : crate ::v1::DriftStatus; with_tenant_id
    tenant_id : ::std::string::String; }
);
#[cfg(msgraph_v1_admin_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ConfigurationDrift);
#[cfg(msgraph_v1_admin_or_search)]
/// CSDL: `microsoft.graph.configurationManagement`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`ConfigurationManagementPath`](requests/trait.ConfigurationManagementPath.html), what a path to one (`EntityPath<ConfigurationManagement, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-search`.
#[derive(Clone)]
pub struct ConfigurationManagement {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `configurationDrifts`: `Collection(microsoft.graph.configurationDrift)`, not nullable.
    pub configuration_drifts: rt::Field<::std::vec::Vec<crate::v1::ConfigurationDrift>>,
    /// CSDL: containment navigation property `configurationMonitoringResults`: `Collection(microsoft.graph.configurationMonitoringResult)`, not nullable.
    pub configuration_monitoring_results: rt::Field<
        ::std::vec::Vec<crate::v1::ConfigurationMonitoringResult>,
    >,
    /// CSDL: containment navigation property `configurationMonitors`: `Collection(microsoft.graph.configurationMonitor)`, not nullable.
    pub configuration_monitors: rt::Field<
        ::std::vec::Vec<crate::v1::ConfigurationMonitor>,
    >,
    /// CSDL: containment navigation property `configurationSnapshotJobs`: `Collection(microsoft.graph.configurationSnapshotJob)`, not nullable.
    pub configuration_snapshot_jobs: rt::Field<
        ::std::vec::Vec<crate::v1::ConfigurationSnapshotJob>,
    >,
    /// CSDL: containment navigation property `configurationSnapshots`: `Collection(microsoft.graph.configurationBaseline)`, not nullable.
    pub configuration_snapshots: rt::Field<
        ::std::vec::Vec<crate::v1::ConfigurationBaseline>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_admin_or_search)]
impl ::std::default::Default for ConfigurationManagement {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            configuration_drifts: rt::Field::Absent,
            configuration_monitoring_results: rt::Field::Absent,
            configuration_monitors: rt::Field::Absent,
            configuration_snapshot_jobs: rt::Field::Absent,
            configuration_snapshots: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_admin_or_search)]
impl rt::Object for ConfigurationManagement {
    const TYPE_NAME: &'static str = "microsoft.graph.configurationManagement";
    const KEYS: &'static [&'static str] = &[
        "id",
        "configurationDrifts",
        "configurationMonitoringResults",
        "configurationMonitors",
        "configurationSnapshotJobs",
        "configurationSnapshots",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"configurationDrifts\":          ",
        ",\"configurationMonitoringResults\":",
        ",\"configurationMonitors\":        ",
        ",\"configurationSnapshotJobs\":    ",
        ",\"configurationSnapshots\":       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.configurationManagement\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "configuration_drifts", &self.configuration_drifts);
        v.field(
            2usize,
            "configuration_monitoring_results",
            &self.configuration_monitoring_results,
        );
        v.field(3usize, "configuration_monitors", &self.configuration_monitors);
        v.field(
            4usize,
            "configuration_snapshot_jobs",
            &self.configuration_snapshot_jobs,
        );
        v.field(5usize, "configuration_snapshots", &self.configuration_snapshots);
    }
}
#[cfg(msgraph_v1_admin_or_search)]
impl rt::object::Members for ConfigurationManagement {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.configuration_drifts.read_from(r),
            2usize => self.configuration_monitoring_results.read_from(r),
            3usize => self.configuration_monitors.read_from(r),
            4usize => self.configuration_snapshot_jobs.read_from(r),
            5usize => self.configuration_snapshots.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.configuration_drifts);
        w.field(2usize, &self.configuration_monitoring_results);
        w.field(3usize, &self.configuration_monitors);
        w.field(4usize, &self.configuration_snapshot_jobs);
        w.field(5usize, &self.configuration_snapshots);
    }
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
rt::impl_object!(ConfigurationManagement);
#[cfg(msgraph_v1_admin_or_search)]
rt::impl_setters!(
    ConfigurationManagement { with_id id : ::std::string::String;
    with_configuration_drifts configuration_drifts : ::std::vec::Vec < crate
    ::v1::ConfigurationDrift >; with_configuration_monitoring_results
    configuration_monitoring_results : ::std::vec::Vec < crate
    ::v1::ConfigurationMonitoringResult >; with_configuration_monitors
    configuration_monitors : ::std::vec::Vec < crate ::v1::ConfigurationMonitor >;
    with_configuration_snapshot_jobs configuration_snapshot_jobs : ::std::vec::Vec <
    crate ::v1::ConfigurationSnapshotJob >; with_configuration_snapshots
    configuration_snapshots : ::std::vec::Vec < crate ::v1::ConfigurationBaseline >; }
);
#[cfg(msgraph_v1_admin_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ConfigurationManagement);
#[cfg(msgraph_v1_admin_or_search)]
/// CSDL: `microsoft.graph.configurationMonitor`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`ConfigurationMonitorPath`](requests/trait.ConfigurationMonitorPath.html), what a path to one (`EntityPath<ConfigurationMonitor, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-search`.
#[derive(Clone)]
pub struct ConfigurationMonitor {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `createdBy`: `microsoft.graph.identitySet`, not nullable.
    pub created_by: rt::Field<crate::v1::AnyIdentitySet>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `description`: `Edm.String`, not nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, not nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `inactivationReason`: `Edm.String`, nullable.
    pub inactivation_reason: rt::Field<::std::string::String>,
    /// CSDL: property `lastModifiedBy`: `microsoft.graph.identitySet`, not nullable.
    pub last_modified_by: rt::Field<crate::v1::AnyIdentitySet>,
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `mode`: `microsoft.graph.monitorMode`, not nullable.
    pub mode: rt::Field<crate::v1::MonitorMode>,
    /// CSDL: property `monitorRunFrequencyInHours`: `Edm.Int32`, not nullable.
    pub monitor_run_frequency_in_hours: rt::Field<i32>,
    /// CSDL: property `parameters`: `microsoft.graph.openComplexDictionaryType`, nullable.
    pub parameters: rt::Field<crate::v1::OpenComplexDictionaryType>,
    /// CSDL: property `status`: `microsoft.graph.monitorStatus`, not nullable.
    pub status: rt::Field<crate::v1::MonitorStatus>,
    /// CSDL: property `tenantId`: `Edm.String`, not nullable.
    pub tenant_id: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `baseline`: `microsoft.graph.configurationBaseline`, not nullable.
    pub baseline: rt::Field<crate::v1::ConfigurationBaseline>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_admin_or_search)]
impl ::std::default::Default for ConfigurationMonitor {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_by: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            inactivation_reason: rt::Field::Absent,
            last_modified_by: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            mode: rt::Field::Absent,
            monitor_run_frequency_in_hours: rt::Field::Absent,
            parameters: rt::Field::Absent,
            status: rt::Field::Absent,
            tenant_id: rt::Field::Absent,
            baseline: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_admin_or_search)]
impl rt::Object for ConfigurationMonitor {
    const TYPE_NAME: &'static str = "microsoft.graph.configurationMonitor";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdBy",
        "createdDateTime",
        "description",
        "displayName",
        "inactivationReason",
        "lastModifiedBy",
        "lastModifiedDateTime",
        "mode",
        "monitorRunFrequencyInHours",
        "parameters",
        "status",
        "tenantId",
        "baseline",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdBy\":                    ",
        ",\"createdDateTime\":              ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"inactivationReason\":           ",
        ",\"lastModifiedBy\":               ",
        ",\"lastModifiedDateTime\":         ",
        ",\"mode\":                         ",
        ",\"monitorRunFrequencyInHours\":   ",
        ",\"parameters\":                   ",
        ",\"status\":                       ",
        ",\"tenantId\":                     ",
        ",\"baseline\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.configurationMonitor\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_by", &self.created_by);
        v.field(2usize, "created_date_time", &self.created_date_time);
        v.field(3usize, "description", &self.description);
        v.field(4usize, "display_name", &self.display_name);
        v.field(5usize, "inactivation_reason", &self.inactivation_reason);
        v.field(6usize, "last_modified_by", &self.last_modified_by);
        v.field(7usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(8usize, "mode", &self.mode);
        v.field(
            9usize,
            "monitor_run_frequency_in_hours",
            &self.monitor_run_frequency_in_hours,
        );
        v.field(10usize, "parameters", &self.parameters);
        v.field(11usize, "status", &self.status);
        v.field(12usize, "tenant_id", &self.tenant_id);
        v.field(13usize, "baseline", &self.baseline);
    }
}
#[cfg(msgraph_v1_admin_or_search)]
impl rt::object::Members for ConfigurationMonitor {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_by.read_from(r),
            2usize => self.created_date_time.read_from(r),
            3usize => self.description.read_from(r),
            4usize => self.display_name.read_from(r),
            5usize => self.inactivation_reason.read_from(r),
            6usize => self.last_modified_by.read_from(r),
            7usize => self.last_modified_date_time.read_from(r),
            8usize => self.mode.read_from(r),
            9usize => self.monitor_run_frequency_in_hours.read_from(r),
            10usize => self.parameters.read_from(r),
            11usize => self.status.read_from(r),
            12usize => self.tenant_id.read_from(r),
            13usize => self.baseline.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.created_by);
        w.field(2usize, &self.created_date_time);
        w.field(3usize, &self.description);
        w.field(4usize, &self.display_name);
        w.field(5usize, &self.inactivation_reason);
        w.field(6usize, &self.last_modified_by);
        w.field(7usize, &self.last_modified_date_time);
        w.field(8usize, &self.mode);
        w.field(9usize, &self.monitor_run_frequency_in_hours);
        w.field(10usize, &self.parameters);
        w.field(11usize, &self.status);
        w.field(12usize, &self.tenant_id);
        w.field(13usize, &self.baseline);
    }
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
rt::impl_object!(ConfigurationMonitor);
#[cfg(msgraph_v1_admin_or_search)]
rt::impl_setters!(
    ConfigurationMonitor { with_id id : ::std::string::String; with_created_by created_by
    : crate ::v1::AnyIdentitySet; with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_description description : ::std::string::String;
    with_display_name display_name : ::std::string::String; with_inactivation_reason
    inactivation_reason : ::std::string::String; with_last_modified_by last_modified_by :
    crate ::v1::AnyIdentitySet; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_mode mode : crate ::v1::MonitorMode;
    with_monitor_run_frequency_in_hours monitor_run_frequency_in_hours : i32;
    with_parameters parameters : crate ::v1::OpenComplexDictionaryType; with_status
    status : crate ::v1::MonitorStatus; with_tenant_id tenant_id : ::std::string::String;
    with_baseline baseline : crate ::v1::ConfigurationBaseline; }
);
#[cfg(msgraph_v1_admin_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ConfigurationMonitor);
#[cfg(msgraph_v1_admin_or_search)]
/// CSDL: `microsoft.graph.configurationMonitoringResult`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1`, or one of `v1-admin`, `v1-search`.
#[derive(Clone)]
pub struct ConfigurationMonitoringResult {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `driftsCount`: `Edm.Int32`, not nullable.
    pub drifts_count: rt::Field<i32>,
    /// CSDL: property `errorDetails`: `Collection(microsoft.graph.errorDetail)`, not nullable.
    pub error_details: rt::Field<::std::vec::Vec<crate::v1::ErrorDetail>>,
    /// CSDL: property `monitorId`: `Edm.String`, not nullable.
    pub monitor_id: rt::Field<::std::string::String>,
    /// CSDL: property `runCompletionDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub run_completion_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `runInitiationDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub run_initiation_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `runStatus`: `microsoft.graph.monitorRunStatus`, not nullable.
    pub run_status: rt::Field<crate::v1::MonitorRunStatus>,
    /// CSDL: property `tenantId`: `Edm.String`, not nullable.
    pub tenant_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_admin_or_search)]
impl ::std::default::Default for ConfigurationMonitoringResult {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            drifts_count: rt::Field::Absent,
            error_details: rt::Field::Absent,
            monitor_id: rt::Field::Absent,
            run_completion_date_time: rt::Field::Absent,
            run_initiation_date_time: rt::Field::Absent,
            run_status: rt::Field::Absent,
            tenant_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_admin_or_search)]
impl rt::Object for ConfigurationMonitoringResult {
    const TYPE_NAME: &'static str = "microsoft.graph.configurationMonitoringResult";
    const KEYS: &'static [&'static str] = &[
        "id",
        "driftsCount",
        "errorDetails",
        "monitorId",
        "runCompletionDateTime",
        "runInitiationDateTime",
        "runStatus",
        "tenantId",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"driftsCount\":                  ",
        ",\"errorDetails\":                 ",
        ",\"monitorId\":                    ",
        ",\"runCompletionDateTime\":        ",
        ",\"runInitiationDateTime\":        ",
        ",\"runStatus\":                    ",
        ",\"tenantId\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.configurationMonitoringResult\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "drifts_count", &self.drifts_count);
        v.field(2usize, "error_details", &self.error_details);
        v.field(3usize, "monitor_id", &self.monitor_id);
        v.field(4usize, "run_completion_date_time", &self.run_completion_date_time);
        v.field(5usize, "run_initiation_date_time", &self.run_initiation_date_time);
        v.field(6usize, "run_status", &self.run_status);
        v.field(7usize, "tenant_id", &self.tenant_id);
    }
}
#[cfg(msgraph_v1_admin_or_search)]
impl rt::object::Members for ConfigurationMonitoringResult {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.drifts_count.read_from(r),
            2usize => self.error_details.read_from(r),
            3usize => self.monitor_id.read_from(r),
            4usize => self.run_completion_date_time.read_from(r),
            5usize => self.run_initiation_date_time.read_from(r),
            6usize => self.run_status.read_from(r),
            7usize => self.tenant_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.drifts_count);
        w.field(2usize, &self.error_details);
        w.field(3usize, &self.monitor_id);
        w.field(4usize, &self.run_completion_date_time);
        w.field(5usize, &self.run_initiation_date_time);
        w.field(6usize, &self.run_status);
        w.field(7usize, &self.tenant_id);
    }
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
rt::impl_object!(ConfigurationMonitoringResult);
#[cfg(msgraph_v1_admin_or_search)]
rt::impl_setters!(
    ConfigurationMonitoringResult { with_id id : ::std::string::String; with_drifts_count
    drifts_count : i32; with_error_details error_details : ::std::vec::Vec < crate
    ::v1::ErrorDetail >; with_monitor_id monitor_id : ::std::string::String;
    with_run_completion_date_time run_completion_date_time : rt::edm::DateTimeOffset;
    with_run_initiation_date_time run_initiation_date_time : rt::edm::DateTimeOffset;
    with_run_status run_status : crate ::v1::MonitorRunStatus; with_tenant_id tenant_id :
    ::std::string::String; }
);
#[cfg(msgraph_v1_admin_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ConfigurationMonitoringResult);
#[cfg(msgraph_v1_admin_or_search)]
/// CSDL: `microsoft.graph.configurationSnapshotJob`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`ConfigurationSnapshotJobPath`](requests/trait.ConfigurationSnapshotJobPath.html), what a path to one (`EntityPath<ConfigurationSnapshotJob, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-search`.
#[derive(Clone)]
pub struct ConfigurationSnapshotJob {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `completedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub completed_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `createdBy`: `microsoft.graph.identitySet`, not nullable.
    pub created_by: rt::Field<crate::v1::AnyIdentitySet>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `description`: `Edm.String`, not nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, not nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `errorDetails`: `Collection(Edm.String)`, not nullable.
    pub error_details: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `resourceLocation`: `Edm.String`, not nullable.
    pub resource_location: rt::Field<::std::string::String>,
    /// CSDL: property `resources`: `Collection(Edm.String)`, not nullable.
    pub resources: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `status`: `microsoft.graph.snapshotJobStatus`, not nullable.
    pub status: rt::Field<crate::v1::SnapshotJobStatus>,
    /// CSDL: property `tenantId`: `Edm.String`, not nullable.
    pub tenant_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_admin_or_search)]
impl ::std::default::Default for ConfigurationSnapshotJob {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            completed_date_time: rt::Field::Absent,
            created_by: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            error_details: rt::Field::Absent,
            resource_location: rt::Field::Absent,
            resources: rt::Field::Absent,
            status: rt::Field::Absent,
            tenant_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_admin_or_search)]
impl rt::Object for ConfigurationSnapshotJob {
    const TYPE_NAME: &'static str = "microsoft.graph.configurationSnapshotJob";
    const KEYS: &'static [&'static str] = &[
        "id",
        "completedDateTime",
        "createdBy",
        "createdDateTime",
        "description",
        "displayName",
        "errorDetails",
        "resourceLocation",
        "resources",
        "status",
        "tenantId",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"completedDateTime\":            ",
        ",\"createdBy\":                    ",
        ",\"createdDateTime\":              ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"errorDetails\":                 ",
        ",\"resourceLocation\":             ",
        ",\"resources\":                    ",
        ",\"status\":                       ",
        ",\"tenantId\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.configurationSnapshotJob\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "completed_date_time", &self.completed_date_time);
        v.field(2usize, "created_by", &self.created_by);
        v.field(3usize, "created_date_time", &self.created_date_time);
        v.field(4usize, "description", &self.description);
        v.field(5usize, "display_name", &self.display_name);
        v.field(6usize, "error_details", &self.error_details);
        v.field(7usize, "resource_location", &self.resource_location);
        v.field(8usize, "resources", &self.resources);
        v.field(9usize, "status", &self.status);
        v.field(10usize, "tenant_id", &self.tenant_id);
    }
}
#[cfg(msgraph_v1_admin_or_search)]
impl rt::object::Members for ConfigurationSnapshotJob {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.completed_date_time.read_from(r),
            2usize => self.created_by.read_from(r),
            3usize => self.created_date_time.read_from(r),
            4usize => self.description.read_from(r),
            5usize => self.display_name.read_from(r),
            6usize => self.error_details.read_from(r),
            7usize => self.resource_location.read_from(r),
            8usize => self.resources.read_from(r),
            9usize => self.status.read_from(r),
            10usize => self.tenant_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.completed_date_time);
        w.field(2usize, &self.created_by);
        w.field(3usize, &self.created_date_time);
        w.field(4usize, &self.description);
        w.field(5usize, &self.display_name);
        w.field(6usize, &self.error_details);
        w.field(7usize, &self.resource_location);
        w.field(8usize, &self.resources);
        w.field(9usize, &self.status);
        w.field(10usize, &self.tenant_id);
    }
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
rt::impl_object!(ConfigurationSnapshotJob);
#[cfg(msgraph_v1_admin_or_search)]
rt::impl_setters!(
    ConfigurationSnapshotJob { with_id id : ::std::string::String;
    with_completed_date_time completed_date_time : rt::edm::DateTimeOffset;
    with_created_by created_by : crate ::v1::AnyIdentitySet; with_created_date_time
    created_date_time : rt::edm::DateTimeOffset; with_description description :
    ::std::string::String; with_display_name display_name : ::std::string::String;
    with_error_details error_details : ::std::vec::Vec < ::std::string::String >;
    with_resource_location resource_location : ::std::string::String; with_resources
    resources : ::std::vec::Vec < ::std::string::String >; with_status status : crate
    ::v1::SnapshotJobStatus; with_tenant_id tenant_id : ::std::string::String; }
);
#[cfg(msgraph_v1_admin_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ConfigurationSnapshotJob);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.confirmedBy`, enum type, flags (comma-separated in JSON).
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ConfirmedBy {
    /// `none` (value 0).
    None,
    /// `user` (value 1).
    User,
    /// `manager` (value 2).
    Manager,
    /// `unknownFutureValue` (value 1024).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_core)]
impl rt::StrEnum for ConfirmedBy {
    const TYPE_NAME: &'static str = "microsoft.graph.confirmedBy";
    const MEMBERS: &'static [&'static str] = &[
        "none",
        "user",
        "manager",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "none" => Self::None,
                "user" => Self::User,
                "manager" => Self::Manager,
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
            Self::User => "user",
            Self::Manager => "manager",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_core)]
rt::impl_enum!(ConfirmedBy);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(ConfirmedBy);
#[cfg(msgraph_v1_any_area)]
/// CSDL: `microsoft.graph.connectedOrganizationMembers`, complex type, derived from `microsoft.graph.subjectSet`.
///
/// Feature: `v1` or any `v1-*` area feature.
#[derive(Clone)]
pub struct ConnectedOrganizationMembers {
    /// CSDL: property `connectedOrganizationId`: `Edm.String`, nullable.
    pub connected_organization_id: rt::Field<::std::string::String>,
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_any_area)]
impl ::std::default::Default for ConnectedOrganizationMembers {
    #[inline]
    fn default() -> Self {
        Self {
            connected_organization_id: rt::Field::Absent,
            description: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_any_area)]
impl rt::Object for ConnectedOrganizationMembers {
    const TYPE_NAME: &'static str = "microsoft.graph.connectedOrganizationMembers";
    const KEYS: &'static [&'static str] = &["connectedOrganizationId", "description"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"connectedOrganizationId\":      ",
        ",\"description\":                  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.connectedOrganizationMembers\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "connected_organization_id", &self.connected_organization_id);
        v.field(1usize, "description", &self.description);
    }
}
#[cfg(msgraph_v1_any_area)]
impl rt::object::Members for ConnectedOrganizationMembers {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.connected_organization_id.read_from(r),
            1usize => self.description.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.connected_organization_id);
        w.field(1usize, &self.description);
    }
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
rt::impl_object!(ConnectedOrganizationMembers);
#[cfg(msgraph_v1_any_area)]
rt::impl_setters!(
    ConnectedOrganizationMembers { with_connected_organization_id
    connected_organization_id : ::std::string::String; with_description description :
    ::std::string::String; }
);
#[cfg(msgraph_v1_any_area)]
#[cfg(feature = "serde")]
rt::impl_serde!(ConnectedOrganizationMembers);
#[cfg(msgraph_v1_copilot)]
/// CSDL: `microsoft.graph.connectionItem`, complex type.
///
/// Features: `v1` or `v1-copilot`.
#[derive(Clone)]
pub struct ConnectionItem {
    /// CSDL: property `connectionId`: `Edm.String`, not nullable.
    pub connection_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_copilot)]
impl ::std::default::Default for ConnectionItem {
    #[inline]
    fn default() -> Self {
        Self {
            connection_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_copilot)]
impl rt::Object for ConnectionItem {
    const TYPE_NAME: &'static str = "microsoft.graph.connectionItem";
    const KEYS: &'static [&'static str] = &["connectionId"];
    const KEYS_JSON: &'static [&'static str] = &[",\"connectionId\":                 "];
    const TAG: &'static str = "\"#microsoft.graph.connectionItem\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "connection_id", &self.connection_id);
    }
}
#[cfg(msgraph_v1_copilot)]
impl rt::object::Members for ConnectionItem {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.connection_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.connection_id);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_copilot)]
rt::impl_object!(ConnectionItem);
#[cfg(msgraph_v1_copilot)]
rt::impl_setters!(
    ConnectionItem { with_connection_id connection_id : ::std::string::String; }
);
#[cfg(msgraph_v1_copilot)]
#[cfg(feature = "serde")]
rt::impl_serde!(ConnectionItem);
#[cfg(msgraph_v1_identity_governance_or_search)]
/// CSDL: `microsoft.graph.consentRequestFilterByCurrentUserOptions`, enum type.
///
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ConsentRequestFilterByCurrentUserOptions {
    /// `reviewer` (value 0).
    Reviewer,
    /// `unknownFutureValue` (value 1).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::StrEnum for ConsentRequestFilterByCurrentUserOptions {
    const TYPE_NAME: &'static str = "microsoft.graph.consentRequestFilterByCurrentUserOptions";
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
rt::impl_enum!(ConsentRequestFilterByCurrentUserOptions);
#[cfg(msgraph_v1_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ConsentRequestFilterByCurrentUserOptions);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.contact`, entity type, derived from `microsoft.graph.outlookItem`, open, key `id`.
///
/// Request builders: [`ContactPath`](requests/trait.ContactPath.html), what a path to one (`EntityPath<Contact, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct Contact {
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
    /// CSDL: property `assistantName`: `Edm.String`, nullable.
    pub assistant_name: rt::Field<::std::string::String>,
    /// CSDL: property `birthday`: `Edm.DateTimeOffset`, nullable.
    pub birthday: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `businessAddress`: `microsoft.graph.physicalAddress`, nullable.
    pub business_address: rt::Field<crate::v1::PhysicalAddress>,
    /// CSDL: property `businessHomePage`: `Edm.String`, nullable.
    pub business_home_page: rt::Field<::std::string::String>,
    /// CSDL: property `businessPhones`: `Collection(Edm.String)`, nullable.
    pub business_phones: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `children`: `Collection(Edm.String)`, nullable.
    pub children: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `companyName`: `Edm.String`, nullable.
    pub company_name: rt::Field<::std::string::String>,
    /// CSDL: property `department`: `Edm.String`, nullable.
    pub department: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `emailAddresses`: `Collection(microsoft.graph.emailAddress)`, nullable.
    pub email_addresses: rt::Field<::std::vec::Vec<crate::v1::EmailAddress>>,
    /// CSDL: property `fileAs`: `Edm.String`, nullable.
    pub file_as: rt::Field<::std::string::String>,
    /// CSDL: property `generation`: `Edm.String`, nullable.
    pub generation: rt::Field<::std::string::String>,
    /// CSDL: property `givenName`: `Edm.String`, nullable.
    pub given_name: rt::Field<::std::string::String>,
    /// CSDL: property `homeAddress`: `microsoft.graph.physicalAddress`, nullable.
    pub home_address: rt::Field<crate::v1::PhysicalAddress>,
    /// CSDL: property `homePhones`: `Collection(Edm.String)`, nullable.
    pub home_phones: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `imAddresses`: `Collection(Edm.String)`, nullable.
    pub im_addresses: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `initials`: `Edm.String`, nullable.
    pub initials: rt::Field<::std::string::String>,
    /// CSDL: property `jobTitle`: `Edm.String`, nullable.
    pub job_title: rt::Field<::std::string::String>,
    /// CSDL: property `manager`: `Edm.String`, nullable.
    pub manager: rt::Field<::std::string::String>,
    /// CSDL: property `middleName`: `Edm.String`, nullable.
    pub middle_name: rt::Field<::std::string::String>,
    /// CSDL: property `mobilePhone`: `Edm.String`, nullable.
    pub mobile_phone: rt::Field<::std::string::String>,
    /// CSDL: property `nickName`: `Edm.String`, nullable.
    pub nick_name: rt::Field<::std::string::String>,
    /// CSDL: property `officeLocation`: `Edm.String`, nullable.
    pub office_location: rt::Field<::std::string::String>,
    /// CSDL: property `otherAddress`: `microsoft.graph.physicalAddress`, nullable.
    pub other_address: rt::Field<crate::v1::PhysicalAddress>,
    /// CSDL: property `parentFolderId`: `Edm.String`, nullable.
    pub parent_folder_id: rt::Field<::std::string::String>,
    /// CSDL: property `personalNotes`: `Edm.String`, nullable.
    pub personal_notes: rt::Field<::std::string::String>,
    /// CSDL: property `primaryEmailAddress`: `microsoft.graph.emailAddress`, nullable.
    pub primary_email_address: rt::Field<crate::v1::EmailAddress>,
    /// CSDL: property `profession`: `Edm.String`, nullable.
    pub profession: rt::Field<::std::string::String>,
    /// CSDL: property `secondaryEmailAddress`: `microsoft.graph.emailAddress`, nullable.
    pub secondary_email_address: rt::Field<crate::v1::EmailAddress>,
    /// CSDL: property `spouseName`: `Edm.String`, nullable.
    pub spouse_name: rt::Field<::std::string::String>,
    /// CSDL: property `surname`: `Edm.String`, nullable.
    pub surname: rt::Field<::std::string::String>,
    /// CSDL: property `tertiaryEmailAddress`: `microsoft.graph.emailAddress`, nullable.
    pub tertiary_email_address: rt::Field<crate::v1::EmailAddress>,
    /// CSDL: property `title`: `Edm.String`, nullable.
    pub title: rt::Field<::std::string::String>,
    /// CSDL: property `yomiCompanyName`: `Edm.String`, nullable.
    pub yomi_company_name: rt::Field<::std::string::String>,
    /// CSDL: property `yomiGivenName`: `Edm.String`, nullable.
    pub yomi_given_name: rt::Field<::std::string::String>,
    /// CSDL: property `yomiSurname`: `Edm.String`, nullable.
    pub yomi_surname: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `extensions`: `Collection(microsoft.graph.extension)`, not nullable.
    pub extensions: rt::Field<::std::vec::Vec<crate::v1::AnyExtension>>,
    /// CSDL: containment navigation property `multiValueExtendedProperties`: `Collection(microsoft.graph.multiValueLegacyExtendedProperty)`, not nullable.
    pub multi_value_extended_properties: rt::Field<
        ::std::vec::Vec<crate::v1::MultiValueLegacyExtendedProperty>,
    >,
    /// CSDL: containment navigation property `photo`: `microsoft.graph.profilePhoto`, nullable.
    pub photo: rt::Field<crate::v1::ProfilePhoto>,
    /// CSDL: containment navigation property `singleValueExtendedProperties`: `Collection(microsoft.graph.singleValueLegacyExtendedProperty)`, not nullable.
    pub single_value_extended_properties: rt::Field<
        ::std::vec::Vec<crate::v1::SingleValueLegacyExtendedProperty>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for Contact {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            categories: rt::Field::Absent,
            change_key: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            assistant_name: rt::Field::Absent,
            birthday: rt::Field::Absent,
            business_address: rt::Field::Absent,
            business_home_page: rt::Field::Absent,
            business_phones: rt::Field::Absent,
            children: rt::Field::Absent,
            company_name: rt::Field::Absent,
            department: rt::Field::Absent,
            display_name: rt::Field::Absent,
            email_addresses: rt::Field::Absent,
            file_as: rt::Field::Absent,
            generation: rt::Field::Absent,
            given_name: rt::Field::Absent,
            home_address: rt::Field::Absent,
            home_phones: rt::Field::Absent,
            im_addresses: rt::Field::Absent,
            initials: rt::Field::Absent,
            job_title: rt::Field::Absent,
            manager: rt::Field::Absent,
            middle_name: rt::Field::Absent,
            mobile_phone: rt::Field::Absent,
            nick_name: rt::Field::Absent,
            office_location: rt::Field::Absent,
            other_address: rt::Field::Absent,
            parent_folder_id: rt::Field::Absent,
            personal_notes: rt::Field::Absent,
            primary_email_address: rt::Field::Absent,
            profession: rt::Field::Absent,
            secondary_email_address: rt::Field::Absent,
            spouse_name: rt::Field::Absent,
            surname: rt::Field::Absent,
            tertiary_email_address: rt::Field::Absent,
            title: rt::Field::Absent,
            yomi_company_name: rt::Field::Absent,
            yomi_given_name: rt::Field::Absent,
            yomi_surname: rt::Field::Absent,
            extensions: rt::Field::Absent,
            multi_value_extended_properties: rt::Field::Absent,
            photo: rt::Field::Absent,
            single_value_extended_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for Contact {
    const TYPE_NAME: &'static str = "microsoft.graph.contact";
    const KEYS: &'static [&'static str] = &[
        "id",
        "categories",
        "changeKey",
        "createdDateTime",
        "lastModifiedDateTime",
        "assistantName",
        "birthday",
        "businessAddress",
        "businessHomePage",
        "businessPhones",
        "children",
        "companyName",
        "department",
        "displayName",
        "emailAddresses",
        "fileAs",
        "generation",
        "givenName",
        "homeAddress",
        "homePhones",
        "imAddresses",
        "initials",
        "jobTitle",
        "manager",
        "middleName",
        "mobilePhone",
        "nickName",
        "officeLocation",
        "otherAddress",
        "parentFolderId",
        "personalNotes",
        "primaryEmailAddress",
        "profession",
        "secondaryEmailAddress",
        "spouseName",
        "surname",
        "tertiaryEmailAddress",
        "title",
        "yomiCompanyName",
        "yomiGivenName",
        "yomiSurname",
        "extensions",
        "multiValueExtendedProperties",
        "photo",
        "singleValueExtendedProperties",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"categories\":                   ",
        ",\"changeKey\":                    ",
        ",\"createdDateTime\":              ",
        ",\"lastModifiedDateTime\":         ",
        ",\"assistantName\":                ",
        ",\"birthday\":                     ",
        ",\"businessAddress\":              ",
        ",\"businessHomePage\":             ",
        ",\"businessPhones\":               ",
        ",\"children\":                     ",
        ",\"companyName\":                  ",
        ",\"department\":                   ",
        ",\"displayName\":                  ",
        ",\"emailAddresses\":               ",
        ",\"fileAs\":                       ",
        ",\"generation\":                   ",
        ",\"givenName\":                    ",
        ",\"homeAddress\":                  ",
        ",\"homePhones\":                   ",
        ",\"imAddresses\":                  ",
        ",\"initials\":                     ",
        ",\"jobTitle\":                     ",
        ",\"manager\":                      ",
        ",\"middleName\":                   ",
        ",\"mobilePhone\":                  ",
        ",\"nickName\":                     ",
        ",\"officeLocation\":               ",
        ",\"otherAddress\":                 ",
        ",\"parentFolderId\":               ",
        ",\"personalNotes\":                ",
        ",\"primaryEmailAddress\":          ",
        ",\"profession\":                   ",
        ",\"secondaryEmailAddress\":        ",
        ",\"spouseName\":                   ",
        ",\"surname\":                      ",
        ",\"tertiaryEmailAddress\":         ",
        ",\"title\":                        ",
        ",\"yomiCompanyName\":              ",
        ",\"yomiGivenName\":                ",
        ",\"yomiSurname\":                  ",
        ",\"extensions\":                   ",
        ",\"multiValueExtendedProperties\": ",
        ",\"photo\":                        ",
        ",\"singleValueExtendedProperties\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.contact\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "categories", &self.categories);
        v.field(2usize, "change_key", &self.change_key);
        v.field(3usize, "created_date_time", &self.created_date_time);
        v.field(4usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(5usize, "assistant_name", &self.assistant_name);
        v.field(6usize, "birthday", &self.birthday);
        v.field(7usize, "business_address", &self.business_address);
        v.field(8usize, "business_home_page", &self.business_home_page);
        v.field(9usize, "business_phones", &self.business_phones);
        v.field(10usize, "children", &self.children);
        v.field(11usize, "company_name", &self.company_name);
        v.field(12usize, "department", &self.department);
        v.field(13usize, "display_name", &self.display_name);
        v.field(14usize, "email_addresses", &self.email_addresses);
        v.field(15usize, "file_as", &self.file_as);
        v.field(16usize, "generation", &self.generation);
        v.field(17usize, "given_name", &self.given_name);
        v.field(18usize, "home_address", &self.home_address);
        v.field(19usize, "home_phones", &self.home_phones);
        v.field(20usize, "im_addresses", &self.im_addresses);
        v.field(21usize, "initials", &self.initials);
        v.field(22usize, "job_title", &self.job_title);
        v.field(23usize, "manager", &self.manager);
        v.field(24usize, "middle_name", &self.middle_name);
        v.field(25usize, "mobile_phone", &self.mobile_phone);
        v.field(26usize, "nick_name", &self.nick_name);
        v.field(27usize, "office_location", &self.office_location);
        v.field(28usize, "other_address", &self.other_address);
        v.field(29usize, "parent_folder_id", &self.parent_folder_id);
        v.field(30usize, "personal_notes", &self.personal_notes);
        v.field(31usize, "primary_email_address", &self.primary_email_address);
        v.field(32usize, "profession", &self.profession);
        v.field(33usize, "secondary_email_address", &self.secondary_email_address);
        v.field(34usize, "spouse_name", &self.spouse_name);
        v.field(35usize, "surname", &self.surname);
        v.field(36usize, "tertiary_email_address", &self.tertiary_email_address);
        v.field(37usize, "title", &self.title);
        v.field(38usize, "yomi_company_name", &self.yomi_company_name);
        v.field(39usize, "yomi_given_name", &self.yomi_given_name);
        v.field(40usize, "yomi_surname", &self.yomi_surname);
        v.field(41usize, "extensions", &self.extensions);
        v.field(
            42usize,
            "multi_value_extended_properties",
            &self.multi_value_extended_properties,
        );
        v.field(43usize, "photo", &self.photo);
        v.field(
            44usize,
            "single_value_extended_properties",
            &self.single_value_extended_properties,
        );
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for Contact {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.categories.read_from(r),
            2usize => self.change_key.read_from(r),
            3usize => self.created_date_time.read_from(r),
            4usize => self.last_modified_date_time.read_from(r),
            5usize => self.assistant_name.read_from(r),
            6usize => self.birthday.read_from(r),
            7usize => self.business_address.read_from(r),
            8usize => self.business_home_page.read_from(r),
            9usize => self.business_phones.read_from(r),
            10usize => self.children.read_from(r),
            11usize => self.company_name.read_from(r),
            12usize => self.department.read_from(r),
            13usize => self.display_name.read_from(r),
            14usize => self.email_addresses.read_from(r),
            15usize => self.file_as.read_from(r),
            16usize => self.generation.read_from(r),
            17usize => self.given_name.read_from(r),
            18usize => self.home_address.read_from(r),
            19usize => self.home_phones.read_from(r),
            20usize => self.im_addresses.read_from(r),
            21usize => self.initials.read_from(r),
            22usize => self.job_title.read_from(r),
            23usize => self.manager.read_from(r),
            24usize => self.middle_name.read_from(r),
            25usize => self.mobile_phone.read_from(r),
            26usize => self.nick_name.read_from(r),
            27usize => self.office_location.read_from(r),
            28usize => self.other_address.read_from(r),
            29usize => self.parent_folder_id.read_from(r),
            30usize => self.personal_notes.read_from(r),
            31usize => self.primary_email_address.read_from(r),
            32usize => self.profession.read_from(r),
            33usize => self.secondary_email_address.read_from(r),
            34usize => self.spouse_name.read_from(r),
            35usize => self.surname.read_from(r),
            36usize => self.tertiary_email_address.read_from(r),
            37usize => self.title.read_from(r),
            38usize => self.yomi_company_name.read_from(r),
            39usize => self.yomi_given_name.read_from(r),
            40usize => self.yomi_surname.read_from(r),
            41usize => self.extensions.read_from(r),
            42usize => self.multi_value_extended_properties.read_from(r),
            43usize => self.photo.read_from(r),
            44usize => self.single_value_extended_properties.read_from(r),
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
        w.field(5usize, &self.assistant_name);
        w.field(6usize, &self.birthday);
        w.field(7usize, &self.business_address);
        w.field(8usize, &self.business_home_page);
        w.field(9usize, &self.business_phones);
        w.field(10usize, &self.children);
        w.field(11usize, &self.company_name);
        w.field(12usize, &self.department);
        w.field(13usize, &self.display_name);
        w.field(14usize, &self.email_addresses);
        w.field(15usize, &self.file_as);
        w.field(16usize, &self.generation);
        w.field(17usize, &self.given_name);
        w.field(18usize, &self.home_address);
        w.field(19usize, &self.home_phones);
        w.field(20usize, &self.im_addresses);
        w.field(21usize, &self.initials);
        w.field(22usize, &self.job_title);
        w.field(23usize, &self.manager);
        w.field(24usize, &self.middle_name);
        w.field(25usize, &self.mobile_phone);
        w.field(26usize, &self.nick_name);
        w.field(27usize, &self.office_location);
        w.field(28usize, &self.other_address);
        w.field(29usize, &self.parent_folder_id);
        w.field(30usize, &self.personal_notes);
        w.field(31usize, &self.primary_email_address);
        w.field(32usize, &self.profession);
        w.field(33usize, &self.secondary_email_address);
        w.field(34usize, &self.spouse_name);
        w.field(35usize, &self.surname);
        w.field(36usize, &self.tertiary_email_address);
        w.field(37usize, &self.title);
        w.field(38usize, &self.yomi_company_name);
        w.field(39usize, &self.yomi_given_name);
        w.field(40usize, &self.yomi_surname);
        w.field(41usize, &self.extensions);
        w.field(42usize, &self.multi_value_extended_properties);
        w.field(43usize, &self.photo);
        w.field(44usize, &self.single_value_extended_properties);
    }
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
rt::impl_object!(Contact);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    Contact { with_id id : ::std::string::String; with_categories categories :
    ::std::vec::Vec < ::std::string::String >; with_change_key change_key :
    ::std::string::String; with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_assistant_name assistant_name : ::std::string::String;
    with_birthday birthday : rt::edm::DateTimeOffset; with_business_address
    business_address : crate ::v1::PhysicalAddress; with_business_home_page
    business_home_page : ::std::string::String; with_business_phones business_phones :
    ::std::vec::Vec < ::std::string::String >; with_children children : ::std::vec::Vec <
    ::std::string::String >; with_company_name company_name : ::std::string::String;
    with_department department : ::std::string::String; with_display_name display_name :
    ::std::string::String; with_email_addresses email_addresses : ::std::vec::Vec < crate
    ::v1::EmailAddress >; with_file_as file_as : ::std::string::String; with_generation
    generation : ::std::string::String; with_given_name given_name :
    ::std::string::String; with_home_address home_address : crate ::v1::PhysicalAddress;
    with_home_phones home_phones : ::std::vec::Vec < ::std::string::String >;
    with_im_addresses im_addresses : ::std::vec::Vec < ::std::string::String >;
    with_initials initials : ::std::string::String; with_job_title job_title :
    ::std::string::String; with_manager manager : ::std::string::String; with_middle_name
    middle_name : ::std::string::String; with_mobile_phone mobile_phone :
    ::std::string::String; with_nick_name nick_name : ::std::string::String;
    with_office_location office_location : ::std::string::String; with_other_address
    other_address : crate ::v1::PhysicalAddress; with_parent_folder_id parent_folder_id :
    ::std::string::String; with_personal_notes personal_notes : ::std::string::String;
    with_primary_email_address primary_email_address : crate ::v1::EmailAddress;
    with_profession profession : ::std::string::String; with_secondary_email_address
    secondary_email_address : crate ::v1::EmailAddress; with_spouse_name spouse_name :
    ::std::string::String; with_surname surname : ::std::string::String;
    with_tertiary_email_address tertiary_email_address : crate ::v1::EmailAddress;
    with_title title : ::std::string::String; with_yomi_company_name yomi_company_name :
    ::std::string::String; with_yomi_given_name yomi_given_name : ::std::string::String;
    with_yomi_surname yomi_surname : ::std::string::String; with_extensions extensions :
    ::std::vec::Vec < crate ::v1::AnyExtension >; with_multi_value_extended_properties
    multi_value_extended_properties : ::std::vec::Vec < crate
    ::v1::MultiValueLegacyExtendedProperty >; with_photo photo : crate
    ::v1::ProfilePhoto; with_single_value_extended_properties
    single_value_extended_properties : ::std::vec::Vec < crate
    ::v1::SingleValueLegacyExtendedProperty >; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(Contact);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.contactFolder`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`ContactFolderPath`](requests/trait.ContactFolderPath.html), what a path to one (`EntityPath<ContactFolder, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ContactFolder {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `parentFolderId`: `Edm.String`, nullable.
    pub parent_folder_id: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `childFolders`: `Collection(microsoft.graph.contactFolder)`, not nullable.
    pub child_folders: rt::Field<::std::vec::Vec<crate::v1::ContactFolder>>,
    /// CSDL: containment navigation property `contacts`: `Collection(microsoft.graph.contact)`, not nullable.
    pub contacts: rt::Field<::std::vec::Vec<crate::v1::Contact>>,
    /// CSDL: containment navigation property `multiValueExtendedProperties`: `Collection(microsoft.graph.multiValueLegacyExtendedProperty)`, not nullable.
    pub multi_value_extended_properties: rt::Field<
        ::std::vec::Vec<crate::v1::MultiValueLegacyExtendedProperty>,
    >,
    /// CSDL: containment navigation property `singleValueExtendedProperties`: `Collection(microsoft.graph.singleValueLegacyExtendedProperty)`, not nullable.
    pub single_value_extended_properties: rt::Field<
        ::std::vec::Vec<crate::v1::SingleValueLegacyExtendedProperty>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for ContactFolder {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            display_name: rt::Field::Absent,
            parent_folder_id: rt::Field::Absent,
            child_folders: rt::Field::Absent,
            contacts: rt::Field::Absent,
            multi_value_extended_properties: rt::Field::Absent,
            single_value_extended_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for ContactFolder {
    const TYPE_NAME: &'static str = "microsoft.graph.contactFolder";
    const KEYS: &'static [&'static str] = &[
        "id",
        "displayName",
        "parentFolderId",
        "childFolders",
        "contacts",
        "multiValueExtendedProperties",
        "singleValueExtendedProperties",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"displayName\":                  ",
        ",\"parentFolderId\":               ",
        ",\"childFolders\":                 ",
        ",\"contacts\":                     ",
        ",\"multiValueExtendedProperties\": ",
        ",\"singleValueExtendedProperties\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.contactFolder\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "display_name", &self.display_name);
        v.field(2usize, "parent_folder_id", &self.parent_folder_id);
        v.field(3usize, "child_folders", &self.child_folders);
        v.field(4usize, "contacts", &self.contacts);
        v.field(
            5usize,
            "multi_value_extended_properties",
            &self.multi_value_extended_properties,
        );
        v.field(
            6usize,
            "single_value_extended_properties",
            &self.single_value_extended_properties,
        );
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for ContactFolder {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.display_name.read_from(r),
            2usize => self.parent_folder_id.read_from(r),
            3usize => self.child_folders.read_from(r),
            4usize => self.contacts.read_from(r),
            5usize => self.multi_value_extended_properties.read_from(r),
            6usize => self.single_value_extended_properties.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.display_name);
        w.field(2usize, &self.parent_folder_id);
        w.field(3usize, &self.child_folders);
        w.field(4usize, &self.contacts);
        w.field(5usize, &self.multi_value_extended_properties);
        w.field(6usize, &self.single_value_extended_properties);
    }
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
rt::impl_object!(ContactFolder);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    ContactFolder { with_id id : ::std::string::String; with_display_name display_name :
    ::std::string::String; with_parent_folder_id parent_folder_id :
    ::std::string::String; with_child_folders child_folders : ::std::vec::Vec < crate
    ::v1::ContactFolder >; with_contacts contacts : ::std::vec::Vec < crate ::v1::Contact
    >; with_multi_value_extended_properties multi_value_extended_properties :
    ::std::vec::Vec < crate ::v1::MultiValueLegacyExtendedProperty >;
    with_single_value_extended_properties single_value_extended_properties :
    ::std::vec::Vec < crate ::v1::SingleValueLegacyExtendedProperty >; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(ContactFolder);
#[cfg(msgraph_v1_education_or_search)]
/// CSDL: `microsoft.graph.contactRelationship`, enum type.
///
/// Features: `v1`, or one of `v1-education`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ContactRelationship {
    /// `parent` (value 0).
    Parent,
    /// `relative` (value 1).
    Relative,
    /// `aide` (value 2).
    Aide,
    /// `doctor` (value 3).
    Doctor,
    /// `guardian` (value 4).
    Guardian,
    /// `child` (value 5).
    Child,
    /// `other` (value 6).
    Other,
    /// `unknownFutureValue` (value 7).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_education_or_search)]
impl rt::StrEnum for ContactRelationship {
    const TYPE_NAME: &'static str = "microsoft.graph.contactRelationship";
    const MEMBERS: &'static [&'static str] = &[
        "parent",
        "relative",
        "aide",
        "doctor",
        "guardian",
        "child",
        "other",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "parent" => Self::Parent,
                "relative" => Self::Relative,
                "aide" => Self::Aide,
                "doctor" => Self::Doctor,
                "guardian" => Self::Guardian,
                "child" => Self::Child,
                "other" => Self::Other,
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
            Self::Parent => "parent",
            Self::Relative => "relative",
            Self::Aide => "aide",
            Self::Doctor => "doctor",
            Self::Guardian => "guardian",
            Self::Child => "child",
            Self::Other => "other",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_education_or_search)]
rt::impl_enum!(ContactRelationship);
#[cfg(msgraph_v1_education_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ContactRelationship);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.containerFilter`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ContainerFilter {
    /// CSDL: property `includedContainers`: `Collection(Edm.String)`, nullable.
    pub included_containers: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for ContainerFilter {
    #[inline]
    fn default() -> Self {
        Self {
            included_containers: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for ContainerFilter {
    const TYPE_NAME: &'static str = "microsoft.graph.containerFilter";
    const KEYS: &'static [&'static str] = &["includedContainers"];
    const KEYS_JSON: &'static [&'static str] = &[",\"includedContainers\":           "];
    const TAG: &'static str = "\"#microsoft.graph.containerFilter\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "included_containers", &self.included_containers);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for ContainerFilter {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.included_containers.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.included_containers);
    }
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
rt::impl_object!(ContainerFilter);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    ContainerFilter { with_included_containers included_containers : ::std::vec::Vec <
    ::std::string::String >; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(ContainerFilter);
#[cfg(msgraph_v1_core_or_security)]
/// CSDL: `microsoft.graph.contentProcessingErrorType`, enum type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ContentProcessingErrorType {
    /// `transient` (value 0).
    Transient,
    /// `permanent` (value 1).
    Permanent,
    /// `unknownFutureValue` (value 2).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_core_or_security)]
impl rt::StrEnum for ContentProcessingErrorType {
    const TYPE_NAME: &'static str = "microsoft.graph.contentProcessingErrorType";
    const MEMBERS: &'static [&'static str] = &[
        "transient",
        "permanent",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "transient" => Self::Transient,
                "permanent" => Self::Permanent,
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
            Self::Transient => "transient",
            Self::Permanent => "permanent",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_core_or_security)]
rt::impl_enum!(ContentProcessingErrorType);
#[cfg(msgraph_v1_core_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(ContentProcessingErrorType);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.contract`, entity type, derived from `microsoft.graph.directoryObject`, open, key `id`.
///
/// Request builders: [`DirectoryObjectPath`](requests/trait.DirectoryObjectPath.html), what a path to one (`EntityPath<Contract, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct Contract {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `deletedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub deleted_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `contractType`: `Edm.String`, nullable.
    pub contract_type: rt::Field<::std::string::String>,
    /// CSDL: property `customerId`: `Edm.Guid`, nullable.
    pub customer_id: rt::Field<rt::edm::Guid>,
    /// CSDL: property `defaultDomainName`: `Edm.String`, nullable.
    pub default_domain_name: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for Contract {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            deleted_date_time: rt::Field::Absent,
            contract_type: rt::Field::Absent,
            customer_id: rt::Field::Absent,
            default_domain_name: rt::Field::Absent,
            display_name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for Contract {
    const TYPE_NAME: &'static str = "microsoft.graph.contract";
    const KEYS: &'static [&'static str] = &[
        "id",
        "deletedDateTime",
        "contractType",
        "customerId",
        "defaultDomainName",
        "displayName",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"deletedDateTime\":              ",
        ",\"contractType\":                 ",
        ",\"customerId\":                   ",
        ",\"defaultDomainName\":            ",
        ",\"displayName\":                  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.contract\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "deleted_date_time", &self.deleted_date_time);
        v.field(2usize, "contract_type", &self.contract_type);
        v.field(3usize, "customer_id", &self.customer_id);
        v.field(4usize, "default_domain_name", &self.default_domain_name);
        v.field(5usize, "display_name", &self.display_name);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for Contract {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.deleted_date_time.read_from(r),
            2usize => self.contract_type.read_from(r),
            3usize => self.customer_id.read_from(r),
            4usize => self.default_domain_name.read_from(r),
            5usize => self.display_name.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.deleted_date_time);
        w.field(2usize, &self.contract_type);
        w.field(3usize, &self.customer_id);
        w.field(4usize, &self.default_domain_name);
        w.field(5usize, &self.display_name);
    }
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
rt::impl_object!(Contract);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    Contract { with_id id : ::std::string::String; with_deleted_date_time
    deleted_date_time : rt::edm::DateTimeOffset; with_contract_type contract_type :
    ::std::string::String; with_customer_id customer_id : rt::edm::Guid;
    with_default_domain_name default_domain_name : ::std::string::String;
    with_display_name display_name : ::std::string::String; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(Contract);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.controlScore`, complex type, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct ControlScore {
    /// CSDL: property `controlCategory`: `Edm.String`, nullable.
    pub control_category: rt::Field<::std::string::String>,
    /// CSDL: property `controlName`: `Edm.String`, nullable.
    pub control_name: rt::Field<::std::string::String>,
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `score`: `Edm.Double`, nullable.
    pub score: rt::Field<f64>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for ControlScore {
    #[inline]
    fn default() -> Self {
        Self {
            control_category: rt::Field::Absent,
            control_name: rt::Field::Absent,
            description: rt::Field::Absent,
            score: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for ControlScore {
    const TYPE_NAME: &'static str = "microsoft.graph.controlScore";
    const KEYS: &'static [&'static str] = &[
        "controlCategory",
        "controlName",
        "description",
        "score",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"controlCategory\":              ",
        ",\"controlName\":                  ",
        ",\"description\":                  ",
        ",\"score\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.controlScore\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "control_category", &self.control_category);
        v.field(1usize, "control_name", &self.control_name);
        v.field(2usize, "description", &self.description);
        v.field(3usize, "score", &self.score);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for ControlScore {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.control_category.read_from(r),
            1usize => self.control_name.read_from(r),
            2usize => self.description.read_from(r),
            3usize => self.score.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.control_category);
        w.field(1usize, &self.control_name);
        w.field(2usize, &self.description);
        w.field(3usize, &self.score);
    }
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
rt::impl_object!(ControlScore);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    ControlScore { with_control_category control_category : ::std::string::String;
    with_control_name control_name : ::std::string::String; with_description description
    : ::std::string::String; with_score score : f64; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(ControlScore);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.conversation`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`ConversationPath`](requests/trait.ConversationPath.html), what a path to one (`EntityPath<Conversation, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct Conversation {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `hasAttachments`: `Edm.Boolean`, not nullable.
    pub has_attachments: rt::Field<bool>,
    /// CSDL: property `lastDeliveredDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_delivered_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `preview`: `Edm.String`, not nullable.
    pub preview: rt::Field<::std::string::String>,
    /// CSDL: property `topic`: `Edm.String`, not nullable.
    pub topic: rt::Field<::std::string::String>,
    /// CSDL: property `uniqueSenders`: `Collection(Edm.String)`, not nullable.
    pub unique_senders: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: containment navigation property `threads`: `Collection(microsoft.graph.conversationThread)`, not nullable.
    pub threads: rt::Field<::std::vec::Vec<crate::v1::ConversationThread>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for Conversation {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            has_attachments: rt::Field::Absent,
            last_delivered_date_time: rt::Field::Absent,
            preview: rt::Field::Absent,
            topic: rt::Field::Absent,
            unique_senders: rt::Field::Absent,
            threads: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for Conversation {
    const TYPE_NAME: &'static str = "microsoft.graph.conversation";
    const KEYS: &'static [&'static str] = &[
        "id",
        "hasAttachments",
        "lastDeliveredDateTime",
        "preview",
        "topic",
        "uniqueSenders",
        "threads",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"hasAttachments\":               ",
        ",\"lastDeliveredDateTime\":        ",
        ",\"preview\":                      ",
        ",\"topic\":                        ",
        ",\"uniqueSenders\":                ",
        ",\"threads\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.conversation\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "has_attachments", &self.has_attachments);
        v.field(2usize, "last_delivered_date_time", &self.last_delivered_date_time);
        v.field(3usize, "preview", &self.preview);
        v.field(4usize, "topic", &self.topic);
        v.field(5usize, "unique_senders", &self.unique_senders);
        v.field(6usize, "threads", &self.threads);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for Conversation {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.has_attachments.read_from(r),
            2usize => self.last_delivered_date_time.read_from(r),
            3usize => self.preview.read_from(r),
            4usize => self.topic.read_from(r),
            5usize => self.unique_senders.read_from(r),
            6usize => self.threads.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.has_attachments);
        w.field(2usize, &self.last_delivered_date_time);
        w.field(3usize, &self.preview);
        w.field(4usize, &self.topic);
        w.field(5usize, &self.unique_senders);
        w.field(6usize, &self.threads);
    }
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
rt::impl_object!(Conversation);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    Conversation { with_id id : ::std::string::String; with_has_attachments
    has_attachments : bool; with_last_delivered_date_time last_delivered_date_time :
    rt::edm::DateTimeOffset; with_preview preview : ::std::string::String; with_topic
    topic : ::std::string::String; with_unique_senders unique_senders : ::std::vec::Vec <
    ::std::string::String >; with_threads threads : ::std::vec::Vec < crate
    ::v1::ConversationThread >; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(Conversation);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.conversationThread`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`ConversationThreadPath`](requests/trait.ConversationThreadPath.html), what a path to one (`EntityPath<ConversationThread, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ConversationThread {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `ccRecipients`: `Collection(microsoft.graph.recipient)`, not nullable.
    pub cc_recipients: rt::Field<::std::vec::Vec<crate::v1::AnyRecipient>>,
    /// CSDL: property `hasAttachments`: `Edm.Boolean`, not nullable.
    pub has_attachments: rt::Field<bool>,
    /// CSDL: property `isLocked`: `Edm.Boolean`, not nullable.
    pub is_locked: rt::Field<bool>,
    /// CSDL: property `lastDeliveredDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_delivered_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `preview`: `Edm.String`, not nullable.
    pub preview: rt::Field<::std::string::String>,
    /// CSDL: property `topic`: `Edm.String`, not nullable.
    pub topic: rt::Field<::std::string::String>,
    /// CSDL: property `toRecipients`: `Collection(microsoft.graph.recipient)`, not nullable.
    pub to_recipients: rt::Field<::std::vec::Vec<crate::v1::AnyRecipient>>,
    /// CSDL: property `uniqueSenders`: `Collection(Edm.String)`, not nullable.
    pub unique_senders: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: containment navigation property `posts`: `Collection(microsoft.graph.post)`, not nullable.
    pub posts: rt::Field<::std::vec::Vec<crate::v1::Post>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for ConversationThread {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            cc_recipients: rt::Field::Absent,
            has_attachments: rt::Field::Absent,
            is_locked: rt::Field::Absent,
            last_delivered_date_time: rt::Field::Absent,
            preview: rt::Field::Absent,
            topic: rt::Field::Absent,
            to_recipients: rt::Field::Absent,
            unique_senders: rt::Field::Absent,
            posts: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for ConversationThread {
    const TYPE_NAME: &'static str = "microsoft.graph.conversationThread";
    const KEYS: &'static [&'static str] = &[
        "id",
        "ccRecipients",
        "hasAttachments",
        "isLocked",
        "lastDeliveredDateTime",
        "preview",
        "topic",
        "toRecipients",
        "uniqueSenders",
        "posts",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"ccRecipients\":                 ",
        ",\"hasAttachments\":               ",
        ",\"isLocked\":                     ",
        ",\"lastDeliveredDateTime\":        ",
        ",\"preview\":                      ",
        ",\"topic\":                        ",
        ",\"toRecipients\":                 ",
        ",\"uniqueSenders\":                ",
        ",\"posts\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.conversationThread\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "cc_recipients", &self.cc_recipients);
        v.field(2usize, "has_attachments", &self.has_attachments);
        v.field(3usize, "is_locked", &self.is_locked);
        v.field(4usize, "last_delivered_date_time", &self.last_delivered_date_time);
        v.field(5usize, "preview", &self.preview);
        v.field(6usize, "topic", &self.topic);
        v.field(7usize, "to_recipients", &self.to_recipients);
        v.field(8usize, "unique_senders", &self.unique_senders);
        v.field(9usize, "posts", &self.posts);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for ConversationThread {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.cc_recipients.read_from(r),
            2usize => self.has_attachments.read_from(r),
            3usize => self.is_locked.read_from(r),
            4usize => self.last_delivered_date_time.read_from(r),
            5usize => self.preview.read_from(r),
            6usize => self.topic.read_from(r),
            7usize => self.to_recipients.read_from(r),
            8usize => self.unique_senders.read_from(r),
            9usize => self.posts.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.cc_recipients);
        w.field(2usize, &self.has_attachments);
        w.field(3usize, &self.is_locked);
        w.field(4usize, &self.last_delivered_date_time);
        w.field(5usize, &self.preview);
        w.field(6usize, &self.topic);
        w.field(7usize, &self.to_recipients);
        w.field(8usize, &self.unique_senders);
        w.field(9usize, &self.posts);
    }
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
rt::impl_object!(ConversationThread);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    ConversationThread { with_id id : ::std::string::String; with_cc_recipients
    cc_recipients : ::std::vec::Vec < crate ::v1::AnyRecipient >; with_has_attachments
    has_attachments : bool; with_is_locked is_locked : bool;
    with_last_delivered_date_time last_delivered_date_time : rt::edm::DateTimeOffset;
    with_preview preview : ::std::string::String; with_topic topic :
    ::std::string::String; with_to_recipients to_recipients : ::std::vec::Vec < crate
    ::v1::AnyRecipient >; with_unique_senders unique_senders : ::std::vec::Vec <
    ::std::string::String >; with_posts posts : ::std::vec::Vec < crate ::v1::Post >; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(ConversationThread);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.convertIdResult`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ConvertIdResult {
    /// CSDL: property `errorDetails`: `microsoft.graph.genericError`, nullable.
    pub error_details: rt::Field<crate::v1::GenericError>,
    /// CSDL: property `sourceId`: `Edm.String`, nullable.
    pub source_id: rt::Field<::std::string::String>,
    /// CSDL: property `targetId`: `Edm.String`, nullable.
    pub target_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for ConvertIdResult {
    #[inline]
    fn default() -> Self {
        Self {
            error_details: rt::Field::Absent,
            source_id: rt::Field::Absent,
            target_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for ConvertIdResult {
    const TYPE_NAME: &'static str = "microsoft.graph.convertIdResult";
    const KEYS: &'static [&'static str] = &["errorDetails", "sourceId", "targetId"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"errorDetails\":                 ",
        ",\"sourceId\":                     ",
        ",\"targetId\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.convertIdResult\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "error_details", &self.error_details);
        v.field(1usize, "source_id", &self.source_id);
        v.field(2usize, "target_id", &self.target_id);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for ConvertIdResult {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.error_details.read_from(r),
            1usize => self.source_id.read_from(r),
            2usize => self.target_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.error_details);
        w.field(1usize, &self.source_id);
        w.field(2usize, &self.target_id);
    }
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
rt::impl_object!(ConvertIdResult);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    ConvertIdResult { with_error_details error_details : crate ::v1::GenericError;
    with_source_id source_id : ::std::string::String; with_target_id target_id :
    ::std::string::String; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(ConvertIdResult);
#[cfg(msgraph_v1_identity_or_search)]
/// CSDL: `microsoft.graph.countryLookupMethodType`, enum type.
///
/// Features: `v1`, or one of `v1-identity`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum CountryLookupMethodType {
    /// `clientIpAddress` (value 0).
    ClientIpAddress,
    /// `authenticatorAppGps` (value 1).
    AuthenticatorAppGps,
    /// `unknownFutureValue` (value 2).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_identity_or_search)]
impl rt::StrEnum for CountryLookupMethodType {
    const TYPE_NAME: &'static str = "microsoft.graph.countryLookupMethodType";
    const MEMBERS: &'static [&'static str] = &[
        "clientIpAddress",
        "authenticatorAppGps",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "clientIpAddress" => Self::ClientIpAddress,
                "authenticatorAppGps" => Self::AuthenticatorAppGps,
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
            Self::ClientIpAddress => "clientIpAddress",
            Self::AuthenticatorAppGps => "authenticatorAppGps",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_identity_or_search)]
rt::impl_enum!(CountryLookupMethodType);
#[cfg(msgraph_v1_identity_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(CountryLookupMethodType);
#[cfg(msgraph_v1_identity_or_search)]
/// CSDL: `microsoft.graph.countryNamedLocation`, entity type, derived from `microsoft.graph.namedLocation`, key `id`.
///
/// Request builders: [`NamedLocationPath`](requests/trait.NamedLocationPath.html), what a path to one (`EntityPath<CountryNamedLocation, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-identity`, `v1-search`.
#[derive(Clone)]
pub struct CountryNamedLocation {
    /// CSDL: property `deletedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub deleted_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `displayName`: `Edm.String`, not nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `modifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `countriesAndRegions`: `Collection(Edm.String)`, not nullable.
    pub countries_and_regions: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `countryLookupMethod`: `microsoft.graph.countryLookupMethodType`, nullable.
    pub country_lookup_method: rt::Field<crate::v1::CountryLookupMethodType>,
    /// CSDL: property `includeUnknownCountriesAndRegions`: `Edm.Boolean`, not nullable.
    pub include_unknown_countries_and_regions: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_or_search)]
impl ::std::default::Default for CountryNamedLocation {
    #[inline]
    fn default() -> Self {
        Self {
            deleted_date_time: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            display_name: rt::Field::Absent,
            id: rt::Field::Absent,
            modified_date_time: rt::Field::Absent,
            countries_and_regions: rt::Field::Absent,
            country_lookup_method: rt::Field::Absent,
            include_unknown_countries_and_regions: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl rt::Object for CountryNamedLocation {
    const TYPE_NAME: &'static str = "microsoft.graph.countryNamedLocation";
    const KEYS: &'static [&'static str] = &[
        "deletedDateTime",
        "createdDateTime",
        "displayName",
        "id",
        "modifiedDateTime",
        "countriesAndRegions",
        "countryLookupMethod",
        "includeUnknownCountriesAndRegions",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"deletedDateTime\":              ",
        ",\"createdDateTime\":              ",
        ",\"displayName\":                  ",
        ",\"id\":                           ",
        ",\"modifiedDateTime\":             ",
        ",\"countriesAndRegions\":          ",
        ",\"countryLookupMethod\":          ",
        ",\"includeUnknownCountriesAndRegions\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.countryNamedLocation\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "deleted_date_time", &self.deleted_date_time);
        v.field(1usize, "created_date_time", &self.created_date_time);
        v.field(2usize, "display_name", &self.display_name);
        v.field(3usize, "id", &self.id);
        v.field(4usize, "modified_date_time", &self.modified_date_time);
        v.field(5usize, "countries_and_regions", &self.countries_and_regions);
        v.field(6usize, "country_lookup_method", &self.country_lookup_method);
        v.field(
            7usize,
            "include_unknown_countries_and_regions",
            &self.include_unknown_countries_and_regions,
        );
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl rt::object::Members for CountryNamedLocation {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.deleted_date_time.read_from(r),
            1usize => self.created_date_time.read_from(r),
            2usize => self.display_name.read_from(r),
            3usize => self.id.read_from(r),
            4usize => self.modified_date_time.read_from(r),
            5usize => self.countries_and_regions.read_from(r),
            6usize => self.country_lookup_method.read_from(r),
            7usize => self.include_unknown_countries_and_regions.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.deleted_date_time);
        w.field(1usize, &self.created_date_time);
        w.field(2usize, &self.display_name);
        w.field(3usize, &self.id);
        w.field(4usize, &self.modified_date_time);
        w.field(5usize, &self.countries_and_regions);
        w.field(6usize, &self.country_lookup_method);
        w.field(7usize, &self.include_unknown_countries_and_regions);
    }
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
rt::impl_object!(CountryNamedLocation);
#[cfg(msgraph_v1_identity_or_search)]
rt::impl_setters!(
    CountryNamedLocation { with_deleted_date_time deleted_date_time :
    rt::edm::DateTimeOffset; with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_display_name display_name : ::std::string::String;
    with_id id : ::std::string::String; with_modified_date_time modified_date_time :
    rt::edm::DateTimeOffset; with_countries_and_regions countries_and_regions :
    ::std::vec::Vec < ::std::string::String >; with_country_lookup_method
    country_lookup_method : crate ::v1::CountryLookupMethodType;
    with_include_unknown_countries_and_regions include_unknown_countries_and_regions :
    bool; }
);
#[cfg(msgraph_v1_identity_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(CountryNamedLocation);
#[cfg(msgraph_v1_employee_experience_or_search)]
/// CSDL: `microsoft.graph.courseStatus`, enum type.
///
/// Features: `v1`, or one of `v1-employee-experience`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum CourseStatus {
    /// `notStarted` (value 0).
    NotStarted,
    /// `inProgress` (value 1).
    InProgress,
    /// `completed` (value 2).
    Completed,
    /// `unknownFutureValue` (value 3).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_employee_experience_or_search)]
impl rt::StrEnum for CourseStatus {
    const TYPE_NAME: &'static str = "microsoft.graph.courseStatus";
    const MEMBERS: &'static [&'static str] = &[
        "notStarted",
        "inProgress",
        "completed",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "notStarted" => Self::NotStarted,
                "inProgress" => Self::InProgress,
                "completed" => Self::Completed,
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
            Self::InProgress => "inProgress",
            Self::Completed => "completed",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_employee_experience_or_search)]
rt::impl_enum!(CourseStatus);
#[cfg(msgraph_v1_employee_experience_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(CourseStatus);
#[cfg(msgraph_v1_identity_governance_or_search)]
/// CSDL: `microsoft.graph.crossCloudAzureActiveDirectoryTenant`, complex type, derived from `microsoft.graph.identitySource`.
///
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
#[derive(Clone)]
pub struct CrossCloudAzureActiveDirectoryTenant {
    /// CSDL: property `cloudInstance`: `Edm.String`, not nullable.
    pub cloud_instance: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `tenantId`: `Edm.String`, nullable.
    pub tenant_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl ::std::default::Default for CrossCloudAzureActiveDirectoryTenant {
    #[inline]
    fn default() -> Self {
        Self {
            cloud_instance: rt::Field::Absent,
            display_name: rt::Field::Absent,
            tenant_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::Object for CrossCloudAzureActiveDirectoryTenant {
    const TYPE_NAME: &'static str = "microsoft.graph.crossCloudAzureActiveDirectoryTenant";
    const KEYS: &'static [&'static str] = &["cloudInstance", "displayName", "tenantId"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"cloudInstance\":                ",
        ",\"displayName\":                  ",
        ",\"tenantId\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.crossCloudAzureActiveDirectoryTenant\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "cloud_instance", &self.cloud_instance);
        v.field(1usize, "display_name", &self.display_name);
        v.field(2usize, "tenant_id", &self.tenant_id);
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::object::Members for CrossCloudAzureActiveDirectoryTenant {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.cloud_instance.read_from(r),
            1usize => self.display_name.read_from(r),
            2usize => self.tenant_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.cloud_instance);
        w.field(1usize, &self.display_name);
        w.field(2usize, &self.tenant_id);
    }
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
rt::impl_object!(CrossCloudAzureActiveDirectoryTenant);
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_setters!(
    CrossCloudAzureActiveDirectoryTenant { with_cloud_instance cloud_instance :
    ::std::string::String; with_display_name display_name : ::std::string::String;
    with_tenant_id tenant_id : ::std::string::String; }
);
#[cfg(msgraph_v1_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(CrossCloudAzureActiveDirectoryTenant);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.crossTenantAccessPolicy`, entity type, derived from `microsoft.graph.policyBase`, key `id`.
///
/// Request builders: [`CrossTenantAccessPolicyPath`](requests/trait.CrossTenantAccessPolicyPath.html), what a path to one (`EntityPath<CrossTenantAccessPolicy, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct CrossTenantAccessPolicy {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `deletedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub deleted_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `allowedCloudEndpoints`: `Collection(Edm.String)`, not nullable.
    pub allowed_cloud_endpoints: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: containment navigation property `default`: `microsoft.graph.crossTenantAccessPolicyConfigurationDefault`, nullable.
    pub default: rt::Field<crate::v1::CrossTenantAccessPolicyConfigurationDefault>,
    /// CSDL: containment navigation property `partners`: `Collection(microsoft.graph.crossTenantAccessPolicyConfigurationPartner)`, not nullable.
    pub partners: rt::Field<
        ::std::vec::Vec<crate::v1::CrossTenantAccessPolicyConfigurationPartner>,
    >,
    /// CSDL: containment navigation property `templates`: `microsoft.graph.policyTemplate`, nullable.
    pub templates: rt::Field<crate::v1::PolicyTemplate>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for CrossTenantAccessPolicy {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            deleted_date_time: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            allowed_cloud_endpoints: rt::Field::Absent,
            default: rt::Field::Absent,
            partners: rt::Field::Absent,
            templates: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for CrossTenantAccessPolicy {
    const TYPE_NAME: &'static str = "microsoft.graph.crossTenantAccessPolicy";
    const KEYS: &'static [&'static str] = &[
        "id",
        "deletedDateTime",
        "description",
        "displayName",
        "allowedCloudEndpoints",
        "default",
        "partners",
        "templates",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"deletedDateTime\":              ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"allowedCloudEndpoints\":        ",
        ",\"default\":                      ",
        ",\"partners\":                     ",
        ",\"templates\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.crossTenantAccessPolicy\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "deleted_date_time", &self.deleted_date_time);
        v.field(2usize, "description", &self.description);
        v.field(3usize, "display_name", &self.display_name);
        v.field(4usize, "allowed_cloud_endpoints", &self.allowed_cloud_endpoints);
        v.field(5usize, "default", &self.default);
        v.field(6usize, "partners", &self.partners);
        v.field(7usize, "templates", &self.templates);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for CrossTenantAccessPolicy {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.deleted_date_time.read_from(r),
            2usize => self.description.read_from(r),
            3usize => self.display_name.read_from(r),
            4usize => self.allowed_cloud_endpoints.read_from(r),
            5usize => self.default.read_from(r),
            6usize => self.partners.read_from(r),
            7usize => self.templates.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.deleted_date_time);
        w.field(2usize, &self.description);
        w.field(3usize, &self.display_name);
        w.field(4usize, &self.allowed_cloud_endpoints);
        w.field(5usize, &self.default);
        w.field(6usize, &self.partners);
        w.field(7usize, &self.templates);
    }
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
rt::impl_object!(CrossTenantAccessPolicy);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    CrossTenantAccessPolicy { with_id id : ::std::string::String; with_deleted_date_time
    deleted_date_time : rt::edm::DateTimeOffset; with_description description :
    ::std::string::String; with_display_name display_name : ::std::string::String;
    with_allowed_cloud_endpoints allowed_cloud_endpoints : ::std::vec::Vec <
    ::std::string::String >; with_default default : crate
    ::v1::CrossTenantAccessPolicyConfigurationDefault; with_partners partners :
    ::std::vec::Vec < crate ::v1::CrossTenantAccessPolicyConfigurationPartner >;
    with_templates templates : crate ::v1::PolicyTemplate; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(CrossTenantAccessPolicy);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.crossTenantAccessPolicyAppServiceConnectSetting`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct CrossTenantAccessPolicyAppServiceConnectSetting {
    /// CSDL: property `applications`: `microsoft.graph.crossTenantAccessPolicyTargetConfiguration`, nullable.
    pub applications: rt::Field<crate::v1::CrossTenantAccessPolicyTargetConfiguration>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for CrossTenantAccessPolicyAppServiceConnectSetting {
    #[inline]
    fn default() -> Self {
        Self {
            applications: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for CrossTenantAccessPolicyAppServiceConnectSetting {
    const TYPE_NAME: &'static str = "microsoft.graph.crossTenantAccessPolicyAppServiceConnectSetting";
    const KEYS: &'static [&'static str] = &["applications"];
    const KEYS_JSON: &'static [&'static str] = &[",\"applications\":                 "];
    const TAG: &'static str = "\"#microsoft.graph.crossTenantAccessPolicyAppServiceConnectSetting\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "applications", &self.applications);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for CrossTenantAccessPolicyAppServiceConnectSetting {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.applications.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.applications);
    }
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
rt::impl_object!(CrossTenantAccessPolicyAppServiceConnectSetting);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    CrossTenantAccessPolicyAppServiceConnectSetting { with_applications applications :
    crate ::v1::CrossTenantAccessPolicyTargetConfiguration; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(CrossTenantAccessPolicyAppServiceConnectSetting);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.crossTenantAccessPolicyB2BSetting`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct CrossTenantAccessPolicyB2bSetting {
    /// CSDL: property `applications`: `microsoft.graph.crossTenantAccessPolicyTargetConfiguration`, nullable.
    pub applications: rt::Field<crate::v1::CrossTenantAccessPolicyTargetConfiguration>,
    /// CSDL: property `usersAndGroups`: `microsoft.graph.crossTenantAccessPolicyTargetConfiguration`, nullable.
    pub users_and_groups: rt::Field<
        crate::v1::CrossTenantAccessPolicyTargetConfiguration,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for CrossTenantAccessPolicyB2bSetting {
    #[inline]
    fn default() -> Self {
        Self {
            applications: rt::Field::Absent,
            users_and_groups: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for CrossTenantAccessPolicyB2bSetting {
    const TYPE_NAME: &'static str = "microsoft.graph.crossTenantAccessPolicyB2BSetting";
    const KEYS: &'static [&'static str] = &["applications", "usersAndGroups"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"applications\":                 ",
        ",\"usersAndGroups\":               ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.crossTenantAccessPolicyB2BSetting\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "applications", &self.applications);
        v.field(1usize, "users_and_groups", &self.users_and_groups);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for CrossTenantAccessPolicyB2bSetting {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.applications.read_from(r),
            1usize => self.users_and_groups.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.applications);
        w.field(1usize, &self.users_and_groups);
    }
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
rt::impl_object!(CrossTenantAccessPolicyB2bSetting);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    CrossTenantAccessPolicyB2bSetting { with_applications applications : crate
    ::v1::CrossTenantAccessPolicyTargetConfiguration; with_users_and_groups
    users_and_groups : crate ::v1::CrossTenantAccessPolicyTargetConfiguration; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(CrossTenantAccessPolicyB2bSetting);
#[cfg(msgraph_v1_core)]
/// `microsoft.graph.crossTenantAccessPolicyB2BSetting` or any type derived from it, selected by `@odata.type` (2 types); each variant's type converts into it (`From`).
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Debug)]
pub enum AnyCrossTenantAccessPolicyB2bSetting {
    CrossTenantAccessPolicyB2bSetting(
        ::std::boxed::Box<crate::v1::CrossTenantAccessPolicyB2bSetting>,
    ),
    CrossTenantAccessPolicyTenantRestrictions(
        ::std::boxed::Box<crate::v1::CrossTenantAccessPolicyTenantRestrictions>,
    ),
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for AnyCrossTenantAccessPolicyB2bSetting {
    #[inline]
    fn default() -> Self {
        Self::CrossTenantAccessPolicyB2bSetting(::std::default::Default::default())
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::CrossTenantAccessPolicyB2bSetting>
for AnyCrossTenantAccessPolicyB2bSetting {
    #[inline]
    fn from(v: crate::v1::CrossTenantAccessPolicyB2bSetting) -> Self {
        Self::CrossTenantAccessPolicyB2bSetting(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::CrossTenantAccessPolicyTenantRestrictions>
for AnyCrossTenantAccessPolicyB2bSetting {
    #[inline]
    fn from(v: crate::v1::CrossTenantAccessPolicyTenantRestrictions) -> Self {
        Self::CrossTenantAccessPolicyTenantRestrictions(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core)]
unsafe impl ::std::marker::Send for AnyCrossTenantAccessPolicyB2bSetting {}
#[cfg(msgraph_v1_core)]
unsafe impl ::std::marker::Sync for AnyCrossTenantAccessPolicyB2bSetting {}
#[cfg(msgraph_v1_core)]
impl ::std::marker::Unpin for AnyCrossTenantAccessPolicyB2bSetting {}
#[cfg(msgraph_v1_core)]
impl ::std::panic::UnwindSafe for AnyCrossTenantAccessPolicyB2bSetting {}
#[cfg(msgraph_v1_core)]
impl ::std::panic::RefUnwindSafe for AnyCrossTenantAccessPolicyB2bSetting {}
#[cfg(msgraph_v1_core)]
const _: () = {
    rt::object::auto_traits::<crate::v1::CrossTenantAccessPolicyB2bSetting>();
    rt::object::auto_traits::<crate::v1::CrossTenantAccessPolicyTenantRestrictions>();
};
#[cfg(msgraph_v1_core)]
impl rt::Poly for AnyCrossTenantAccessPolicyB2bSetting {
    const BASE_NAME: &'static str = "microsoft.graph.crossTenantAccessPolicyB2BSetting";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some(
                "microsoft.graph.crossTenantAccessPolicyTenantRestrictions",
            ) => Self::CrossTenantAccessPolicyTenantRestrictions(rt::object::new_boxed()),
            _ => Self::CrossTenantAccessPolicyB2bSetting(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::CrossTenantAccessPolicyB2bSetting(v) => &**v,
            Self::CrossTenantAccessPolicyTenantRestrictions(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::CrossTenantAccessPolicyB2bSetting(v) => &mut **v,
            Self::CrossTenantAccessPolicyTenantRestrictions(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_v1_core)]
impl AnyCrossTenantAccessPolicyB2bSetting {
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
    /// `applications` of any variant.
    #[inline]
    pub fn applications(
        &self,
    ) -> &rt::Field<crate::v1::CrossTenantAccessPolicyTargetConfiguration> {
        match self {
            Self::CrossTenantAccessPolicyB2bSetting(v) => &v.applications,
            Self::CrossTenantAccessPolicyTenantRestrictions(v) => &v.applications,
        }
    }
    /// `applications` of any variant.
    #[inline]
    pub fn applications_mut(
        &mut self,
    ) -> &mut rt::Field<crate::v1::CrossTenantAccessPolicyTargetConfiguration> {
        match self {
            Self::CrossTenantAccessPolicyB2bSetting(v) => &mut v.applications,
            Self::CrossTenantAccessPolicyTenantRestrictions(v) => &mut v.applications,
        }
    }
    /// `usersAndGroups` of any variant.
    #[inline]
    pub fn users_and_groups(
        &self,
    ) -> &rt::Field<crate::v1::CrossTenantAccessPolicyTargetConfiguration> {
        match self {
            Self::CrossTenantAccessPolicyB2bSetting(v) => &v.users_and_groups,
            Self::CrossTenantAccessPolicyTenantRestrictions(v) => &v.users_and_groups,
        }
    }
    /// `usersAndGroups` of any variant.
    #[inline]
    pub fn users_and_groups_mut(
        &mut self,
    ) -> &mut rt::Field<crate::v1::CrossTenantAccessPolicyTargetConfiguration> {
        match self {
            Self::CrossTenantAccessPolicyB2bSetting(v) => &mut v.users_and_groups,
            Self::CrossTenantAccessPolicyTenantRestrictions(v) => &mut v.users_and_groups,
        }
    }
}
#[cfg(msgraph_v1_core)]
rt::impl_poly!(AnyCrossTenantAccessPolicyB2bSetting);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyCrossTenantAccessPolicyB2bSetting);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.crossTenantAccessPolicyConfigurationDefault`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`CrossTenantAccessPolicyConfigurationDefaultPath`](requests/trait.CrossTenantAccessPolicyConfigurationDefaultPath.html), what a path to one (`EntityPath<CrossTenantAccessPolicyConfigurationDefault, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct CrossTenantAccessPolicyConfigurationDefault {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `appServiceConnectInbound`: `microsoft.graph.crossTenantAccessPolicyAppServiceConnectSetting`, nullable.
    pub app_service_connect_inbound: rt::Field<
        crate::v1::CrossTenantAccessPolicyAppServiceConnectSetting,
    >,
    /// CSDL: property `automaticUserConsentSettings`: `microsoft.graph.inboundOutboundPolicyConfiguration`, nullable.
    pub automatic_user_consent_settings: rt::Field<
        crate::v1::InboundOutboundPolicyConfiguration,
    >,
    /// CSDL: property `b2bCollaborationInbound`: `microsoft.graph.crossTenantAccessPolicyB2BSetting`, nullable.
    pub b2b_collaboration_inbound: rt::Field<
        crate::v1::AnyCrossTenantAccessPolicyB2bSetting,
    >,
    /// CSDL: property `b2bCollaborationOutbound`: `microsoft.graph.crossTenantAccessPolicyB2BSetting`, nullable.
    pub b2b_collaboration_outbound: rt::Field<
        crate::v1::AnyCrossTenantAccessPolicyB2bSetting,
    >,
    /// CSDL: property `b2bDirectConnectInbound`: `microsoft.graph.crossTenantAccessPolicyB2BSetting`, nullable.
    pub b2b_direct_connect_inbound: rt::Field<
        crate::v1::AnyCrossTenantAccessPolicyB2bSetting,
    >,
    /// CSDL: property `b2bDirectConnectOutbound`: `microsoft.graph.crossTenantAccessPolicyB2BSetting`, nullable.
    pub b2b_direct_connect_outbound: rt::Field<
        crate::v1::AnyCrossTenantAccessPolicyB2bSetting,
    >,
    /// CSDL: property `inboundTrust`: `microsoft.graph.crossTenantAccessPolicyInboundTrust`, nullable.
    pub inbound_trust: rt::Field<crate::v1::CrossTenantAccessPolicyInboundTrust>,
    /// CSDL: property `invitationRedemptionIdentityProviderConfiguration`: `microsoft.graph.defaultInvitationRedemptionIdentityProviderConfiguration`, nullable.
    pub invitation_redemption_identity_provider_configuration: rt::Field<
        crate::v1::DefaultInvitationRedemptionIdentityProviderConfiguration,
    >,
    /// CSDL: property `isServiceDefault`: `Edm.Boolean`, nullable.
    pub is_service_default: rt::Field<bool>,
    /// CSDL: property `m365CollaborationInbound`: `microsoft.graph.crossTenantAccessPolicyM365CollaborationInboundSetting`, nullable.
    pub m365_collaboration_inbound: rt::Field<
        crate::v1::CrossTenantAccessPolicyM365CollaborationInboundSetting,
    >,
    /// CSDL: property `m365CollaborationOutbound`: `microsoft.graph.crossTenantAccessPolicyM365CollaborationOutboundSetting`, nullable.
    pub m365_collaboration_outbound: rt::Field<
        crate::v1::CrossTenantAccessPolicyM365CollaborationOutboundSetting,
    >,
    /// CSDL: property `tenantRestrictions`: `microsoft.graph.crossTenantAccessPolicyTenantRestrictions`, nullable.
    pub tenant_restrictions: rt::Field<
        crate::v1::CrossTenantAccessPolicyTenantRestrictions,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for CrossTenantAccessPolicyConfigurationDefault {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            app_service_connect_inbound: rt::Field::Absent,
            automatic_user_consent_settings: rt::Field::Absent,
            b2b_collaboration_inbound: rt::Field::Absent,
            b2b_collaboration_outbound: rt::Field::Absent,
            b2b_direct_connect_inbound: rt::Field::Absent,
            b2b_direct_connect_outbound: rt::Field::Absent,
            inbound_trust: rt::Field::Absent,
            invitation_redemption_identity_provider_configuration: rt::Field::Absent,
            is_service_default: rt::Field::Absent,
            m365_collaboration_inbound: rt::Field::Absent,
            m365_collaboration_outbound: rt::Field::Absent,
            tenant_restrictions: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for CrossTenantAccessPolicyConfigurationDefault {
    const TYPE_NAME: &'static str = "microsoft.graph.crossTenantAccessPolicyConfigurationDefault";
    const KEYS: &'static [&'static str] = &[
        "id",
        "appServiceConnectInbound",
        "automaticUserConsentSettings",
        "b2bCollaborationInbound",
        "b2bCollaborationOutbound",
        "b2bDirectConnectInbound",
        "b2bDirectConnectOutbound",
        "inboundTrust",
        "invitationRedemptionIdentityProviderConfiguration",
        "isServiceDefault",
        "m365CollaborationInbound",
        "m365CollaborationOutbound",
        "tenantRestrictions",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"appServiceConnectInbound\":     ",
        ",\"automaticUserConsentSettings\": ",
        ",\"b2bCollaborationInbound\":      ",
        ",\"b2bCollaborationOutbound\":     ",
        ",\"b2bDirectConnectInbound\":      ",
        ",\"b2bDirectConnectOutbound\":     ",
        ",\"inboundTrust\":                 ",
        ",\"invitationRedemptionIdentityProviderConfiguration\":",
        ",\"isServiceDefault\":             ",
        ",\"m365CollaborationInbound\":     ",
        ",\"m365CollaborationOutbound\":    ",
        ",\"tenantRestrictions\":           ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.crossTenantAccessPolicyConfigurationDefault\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(
            1usize,
            "app_service_connect_inbound",
            &self.app_service_connect_inbound,
        );
        v.field(
            2usize,
            "automatic_user_consent_settings",
            &self.automatic_user_consent_settings,
        );
        v.field(3usize, "b2b_collaboration_inbound", &self.b2b_collaboration_inbound);
        v.field(4usize, "b2b_collaboration_outbound", &self.b2b_collaboration_outbound);
        v.field(5usize, "b2b_direct_connect_inbound", &self.b2b_direct_connect_inbound);
        v.field(
            6usize,
            "b2b_direct_connect_outbound",
            &self.b2b_direct_connect_outbound,
        );
        v.field(7usize, "inbound_trust", &self.inbound_trust);
        v.field(
            8usize,
            "invitation_redemption_identity_provider_configuration",
            &self.invitation_redemption_identity_provider_configuration,
        );
        v.field(9usize, "is_service_default", &self.is_service_default);
        v.field(10usize, "m365_collaboration_inbound", &self.m365_collaboration_inbound);
        v.field(
            11usize,
            "m365_collaboration_outbound",
            &self.m365_collaboration_outbound,
        );
        v.field(12usize, "tenant_restrictions", &self.tenant_restrictions);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for CrossTenantAccessPolicyConfigurationDefault {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.app_service_connect_inbound.read_from(r),
            2usize => self.automatic_user_consent_settings.read_from(r),
            3usize => self.b2b_collaboration_inbound.read_from(r),
            4usize => self.b2b_collaboration_outbound.read_from(r),
            5usize => self.b2b_direct_connect_inbound.read_from(r),
            6usize => self.b2b_direct_connect_outbound.read_from(r),
            7usize => self.inbound_trust.read_from(r),
            8usize => {
                self.invitation_redemption_identity_provider_configuration.read_from(r)
            }
            9usize => self.is_service_default.read_from(r),
            10usize => self.m365_collaboration_inbound.read_from(r),
            11usize => self.m365_collaboration_outbound.read_from(r),
            12usize => self.tenant_restrictions.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.app_service_connect_inbound);
        w.field(2usize, &self.automatic_user_consent_settings);
        w.field(3usize, &self.b2b_collaboration_inbound);
        w.field(4usize, &self.b2b_collaboration_outbound);
        w.field(5usize, &self.b2b_direct_connect_inbound);
        w.field(6usize, &self.b2b_direct_connect_outbound);
        w.field(7usize, &self.inbound_trust);
        w.field(8usize, &self.invitation_redemption_identity_provider_configuration);
        w.field(9usize, &self.is_service_default);
        w.field(10usize, &self.m365_collaboration_inbound);
        w.field(11usize, &self.m365_collaboration_outbound);
        w.field(12usize, &self.tenant_restrictions);
    }
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
rt::impl_object!(CrossTenantAccessPolicyConfigurationDefault);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    CrossTenantAccessPolicyConfigurationDefault { with_id id : ::std::string::String;
    with_app_service_connect_inbound app_service_connect_inbound : crate
    ::v1::CrossTenantAccessPolicyAppServiceConnectSetting;
    with_automatic_user_consent_settings automatic_user_consent_settings : crate
    ::v1::InboundOutboundPolicyConfiguration; with_b2b_collaboration_inbound
    b2b_collaboration_inbound : crate ::v1::AnyCrossTenantAccessPolicyB2bSetting;
    with_b2b_collaboration_outbound b2b_collaboration_outbound : crate
    ::v1::AnyCrossTenantAccessPolicyB2bSetting; with_b2b_direct_connect_inbound
    b2b_direct_connect_inbound : crate ::v1::AnyCrossTenantAccessPolicyB2bSetting;
    with_b2b_direct_connect_outbound b2b_direct_connect_outbound : crate
    ::v1::AnyCrossTenantAccessPolicyB2bSetting; with_inbound_trust inbound_trust : crate
    ::v1::CrossTenantAccessPolicyInboundTrust;
    with_invitation_redemption_identity_provider_configuration
    invitation_redemption_identity_provider_configuration : crate
    ::v1::DefaultInvitationRedemptionIdentityProviderConfiguration;
    with_is_service_default is_service_default : bool; with_m365_collaboration_inbound
    m365_collaboration_inbound : crate
    ::v1::CrossTenantAccessPolicyM365CollaborationInboundSetting;
    with_m365_collaboration_outbound m365_collaboration_outbound : crate
    ::v1::CrossTenantAccessPolicyM365CollaborationOutboundSetting;
    with_tenant_restrictions tenant_restrictions : crate
    ::v1::CrossTenantAccessPolicyTenantRestrictions; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(CrossTenantAccessPolicyConfigurationDefault);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.crossTenantAccessPolicyConfigurationPartner`, entity type, key `tenantId`.
///
/// Request builders: [`CrossTenantAccessPolicyConfigurationPartnerPath`](requests/trait.CrossTenantAccessPolicyConfigurationPartnerPath.html), what a path to one (`EntityPath<CrossTenantAccessPolicyConfigurationPartner, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct CrossTenantAccessPolicyConfigurationPartner {
    /// CSDL: property `appServiceConnectInbound`: `microsoft.graph.crossTenantAccessPolicyAppServiceConnectSetting`, nullable.
    pub app_service_connect_inbound: rt::Field<
        crate::v1::CrossTenantAccessPolicyAppServiceConnectSetting,
    >,
    /// CSDL: property `automaticUserConsentSettings`: `microsoft.graph.inboundOutboundPolicyConfiguration`, nullable.
    pub automatic_user_consent_settings: rt::Field<
        crate::v1::InboundOutboundPolicyConfiguration,
    >,
    /// CSDL: property `b2bCollaborationInbound`: `microsoft.graph.crossTenantAccessPolicyB2BSetting`, nullable.
    pub b2b_collaboration_inbound: rt::Field<
        crate::v1::AnyCrossTenantAccessPolicyB2bSetting,
    >,
    /// CSDL: property `b2bCollaborationOutbound`: `microsoft.graph.crossTenantAccessPolicyB2BSetting`, nullable.
    pub b2b_collaboration_outbound: rt::Field<
        crate::v1::AnyCrossTenantAccessPolicyB2bSetting,
    >,
    /// CSDL: property `b2bDirectConnectInbound`: `microsoft.graph.crossTenantAccessPolicyB2BSetting`, nullable.
    pub b2b_direct_connect_inbound: rt::Field<
        crate::v1::AnyCrossTenantAccessPolicyB2bSetting,
    >,
    /// CSDL: property `b2bDirectConnectOutbound`: `microsoft.graph.crossTenantAccessPolicyB2BSetting`, nullable.
    pub b2b_direct_connect_outbound: rt::Field<
        crate::v1::AnyCrossTenantAccessPolicyB2bSetting,
    >,
    /// CSDL: property `inboundTrust`: `microsoft.graph.crossTenantAccessPolicyInboundTrust`, nullable.
    pub inbound_trust: rt::Field<crate::v1::CrossTenantAccessPolicyInboundTrust>,
    /// CSDL: property `isInMultiTenantOrganization`: `Edm.Boolean`, nullable.
    pub is_in_multi_tenant_organization: rt::Field<bool>,
    /// CSDL: property `isServiceProvider`: `Edm.Boolean`, nullable.
    pub is_service_provider: rt::Field<bool>,
    /// CSDL: property `m365CollaborationInbound`: `microsoft.graph.crossTenantAccessPolicyM365CollaborationInboundSetting`, nullable.
    pub m365_collaboration_inbound: rt::Field<
        crate::v1::CrossTenantAccessPolicyM365CollaborationInboundSetting,
    >,
    /// CSDL: property `m365CollaborationOutbound`: `microsoft.graph.crossTenantAccessPolicyM365CollaborationOutboundSetting`, nullable.
    pub m365_collaboration_outbound: rt::Field<
        crate::v1::CrossTenantAccessPolicyM365CollaborationOutboundSetting,
    >,
    /// CSDL: property `tenantId`: `Edm.String`, not nullable.
    pub tenant_id: rt::Field<::std::string::String>,
    /// CSDL: property `tenantRestrictions`: `microsoft.graph.crossTenantAccessPolicyTenantRestrictions`, nullable.
    pub tenant_restrictions: rt::Field<
        crate::v1::CrossTenantAccessPolicyTenantRestrictions,
    >,
    /// CSDL: containment navigation property `identitySynchronization`: `microsoft.graph.crossTenantIdentitySyncPolicyPartner`, nullable.
    pub identity_synchronization: rt::Field<
        crate::v1::CrossTenantIdentitySyncPolicyPartner,
    >,
    /// CSDL: containment navigation property `serviceProviderConstraints`: `microsoft.graph.serviceProviderConstraints`, nullable.
    pub service_provider_constraints: rt::Field<
        crate::v1::AnyServiceProviderConstraints,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for CrossTenantAccessPolicyConfigurationPartner {
    #[inline]
    fn default() -> Self {
        Self {
            app_service_connect_inbound: rt::Field::Absent,
            automatic_user_consent_settings: rt::Field::Absent,
            b2b_collaboration_inbound: rt::Field::Absent,
            b2b_collaboration_outbound: rt::Field::Absent,
            b2b_direct_connect_inbound: rt::Field::Absent,
            b2b_direct_connect_outbound: rt::Field::Absent,
            inbound_trust: rt::Field::Absent,
            is_in_multi_tenant_organization: rt::Field::Absent,
            is_service_provider: rt::Field::Absent,
            m365_collaboration_inbound: rt::Field::Absent,
            m365_collaboration_outbound: rt::Field::Absent,
            tenant_id: rt::Field::Absent,
            tenant_restrictions: rt::Field::Absent,
            identity_synchronization: rt::Field::Absent,
            service_provider_constraints: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for CrossTenantAccessPolicyConfigurationPartner {
    const TYPE_NAME: &'static str = "microsoft.graph.crossTenantAccessPolicyConfigurationPartner";
    const KEYS: &'static [&'static str] = &[
        "appServiceConnectInbound",
        "automaticUserConsentSettings",
        "b2bCollaborationInbound",
        "b2bCollaborationOutbound",
        "b2bDirectConnectInbound",
        "b2bDirectConnectOutbound",
        "inboundTrust",
        "isInMultiTenantOrganization",
        "isServiceProvider",
        "m365CollaborationInbound",
        "m365CollaborationOutbound",
        "tenantId",
        "tenantRestrictions",
        "identitySynchronization",
        "serviceProviderConstraints",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"appServiceConnectInbound\":     ",
        ",\"automaticUserConsentSettings\": ",
        ",\"b2bCollaborationInbound\":      ",
        ",\"b2bCollaborationOutbound\":     ",
        ",\"b2bDirectConnectInbound\":      ",
        ",\"b2bDirectConnectOutbound\":     ",
        ",\"inboundTrust\":                 ",
        ",\"isInMultiTenantOrganization\":  ",
        ",\"isServiceProvider\":            ",
        ",\"m365CollaborationInbound\":     ",
        ",\"m365CollaborationOutbound\":    ",
        ",\"tenantId\":                     ",
        ",\"tenantRestrictions\":           ",
        ",\"identitySynchronization\":      ",
        ",\"serviceProviderConstraints\":   ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.crossTenantAccessPolicyConfigurationPartner\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(
            0usize,
            "app_service_connect_inbound",
            &self.app_service_connect_inbound,
        );
        v.field(
            1usize,
            "automatic_user_consent_settings",
            &self.automatic_user_consent_settings,
        );
        v.field(2usize, "b2b_collaboration_inbound", &self.b2b_collaboration_inbound);
        v.field(3usize, "b2b_collaboration_outbound", &self.b2b_collaboration_outbound);
        v.field(4usize, "b2b_direct_connect_inbound", &self.b2b_direct_connect_inbound);
        v.field(
            5usize,
            "b2b_direct_connect_outbound",
            &self.b2b_direct_connect_outbound,
        );
        v.field(6usize, "inbound_trust", &self.inbound_trust);
        v.field(
            7usize,
            "is_in_multi_tenant_organization",
            &self.is_in_multi_tenant_organization,
        );
        v.field(8usize, "is_service_provider", &self.is_service_provider);
        v.field(9usize, "m365_collaboration_inbound", &self.m365_collaboration_inbound);
        v.field(
            10usize,
            "m365_collaboration_outbound",
            &self.m365_collaboration_outbound,
        );
        v.field(11usize, "tenant_id", &self.tenant_id);
        v.field(12usize, "tenant_restrictions", &self.tenant_restrictions);
        v.field(13usize, "identity_synchronization", &self.identity_synchronization);
        v.field(
            14usize,
            "service_provider_constraints",
            &self.service_provider_constraints,
        );
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for CrossTenantAccessPolicyConfigurationPartner {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.app_service_connect_inbound.read_from(r),
            1usize => self.automatic_user_consent_settings.read_from(r),
            2usize => self.b2b_collaboration_inbound.read_from(r),
            3usize => self.b2b_collaboration_outbound.read_from(r),
            4usize => self.b2b_direct_connect_inbound.read_from(r),
            5usize => self.b2b_direct_connect_outbound.read_from(r),
            6usize => self.inbound_trust.read_from(r),
            7usize => self.is_in_multi_tenant_organization.read_from(r),
            8usize => self.is_service_provider.read_from(r),
            9usize => self.m365_collaboration_inbound.read_from(r),
            10usize => self.m365_collaboration_outbound.read_from(r),
            11usize => self.tenant_id.read_from(r),
            12usize => self.tenant_restrictions.read_from(r),
            13usize => self.identity_synchronization.read_from(r),
            14usize => self.service_provider_constraints.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.app_service_connect_inbound);
        w.field(1usize, &self.automatic_user_consent_settings);
        w.field(2usize, &self.b2b_collaboration_inbound);
        w.field(3usize, &self.b2b_collaboration_outbound);
        w.field(4usize, &self.b2b_direct_connect_inbound);
        w.field(5usize, &self.b2b_direct_connect_outbound);
        w.field(6usize, &self.inbound_trust);
        w.field(7usize, &self.is_in_multi_tenant_organization);
        w.field(8usize, &self.is_service_provider);
        w.field(9usize, &self.m365_collaboration_inbound);
        w.field(10usize, &self.m365_collaboration_outbound);
        w.field(11usize, &self.tenant_id);
        w.field(12usize, &self.tenant_restrictions);
        w.field(13usize, &self.identity_synchronization);
        w.field(14usize, &self.service_provider_constraints);
    }
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
rt::impl_object!(CrossTenantAccessPolicyConfigurationPartner);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    CrossTenantAccessPolicyConfigurationPartner { with_app_service_connect_inbound
    app_service_connect_inbound : crate
    ::v1::CrossTenantAccessPolicyAppServiceConnectSetting;
    with_automatic_user_consent_settings automatic_user_consent_settings : crate
    ::v1::InboundOutboundPolicyConfiguration; with_b2b_collaboration_inbound
    b2b_collaboration_inbound : crate ::v1::AnyCrossTenantAccessPolicyB2bSetting;
    with_b2b_collaboration_outbound b2b_collaboration_outbound : crate
    ::v1::AnyCrossTenantAccessPolicyB2bSetting; with_b2b_direct_connect_inbound
    b2b_direct_connect_inbound : crate ::v1::AnyCrossTenantAccessPolicyB2bSetting;
    with_b2b_direct_connect_outbound b2b_direct_connect_outbound : crate
    ::v1::AnyCrossTenantAccessPolicyB2bSetting; with_inbound_trust inbound_trust : crate
    ::v1::CrossTenantAccessPolicyInboundTrust; with_is_in_multi_tenant_organization
    is_in_multi_tenant_organization : bool; with_is_service_provider is_service_provider
    : bool; with_m365_collaboration_inbound m365_collaboration_inbound : crate
    ::v1::CrossTenantAccessPolicyM365CollaborationInboundSetting;
    with_m365_collaboration_outbound m365_collaboration_outbound : crate
    ::v1::CrossTenantAccessPolicyM365CollaborationOutboundSetting; with_tenant_id
    tenant_id : ::std::string::String; with_tenant_restrictions tenant_restrictions :
    crate ::v1::CrossTenantAccessPolicyTenantRestrictions; with_identity_synchronization
    identity_synchronization : crate ::v1::CrossTenantIdentitySyncPolicyPartner;
    with_service_provider_constraints service_provider_constraints : crate
    ::v1::AnyServiceProviderConstraints; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(CrossTenantAccessPolicyConfigurationPartner);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.crossTenantAccessPolicyInboundTrust`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct CrossTenantAccessPolicyInboundTrust {
    /// CSDL: property `isCompliantDeviceAccepted`: `Edm.Boolean`, nullable.
    pub is_compliant_device_accepted: rt::Field<bool>,
    /// CSDL: property `isHybridAzureADJoinedDeviceAccepted`: `Edm.Boolean`, nullable.
    pub is_hybrid_azure_ad_joined_device_accepted: rt::Field<bool>,
    /// CSDL: property `isMfaAccepted`: `Edm.Boolean`, nullable.
    pub is_mfa_accepted: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for CrossTenantAccessPolicyInboundTrust {
    #[inline]
    fn default() -> Self {
        Self {
            is_compliant_device_accepted: rt::Field::Absent,
            is_hybrid_azure_ad_joined_device_accepted: rt::Field::Absent,
            is_mfa_accepted: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for CrossTenantAccessPolicyInboundTrust {
    const TYPE_NAME: &'static str = "microsoft.graph.crossTenantAccessPolicyInboundTrust";
    const KEYS: &'static [&'static str] = &[
        "isCompliantDeviceAccepted",
        "isHybridAzureADJoinedDeviceAccepted",
        "isMfaAccepted",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"isCompliantDeviceAccepted\":    ",
        ",\"isHybridAzureADJoinedDeviceAccepted\":",
        ",\"isMfaAccepted\":                ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.crossTenantAccessPolicyInboundTrust\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(
            0usize,
            "is_compliant_device_accepted",
            &self.is_compliant_device_accepted,
        );
        v.field(
            1usize,
            "is_hybrid_azure_ad_joined_device_accepted",
            &self.is_hybrid_azure_ad_joined_device_accepted,
        );
        v.field(2usize, "is_mfa_accepted", &self.is_mfa_accepted);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for CrossTenantAccessPolicyInboundTrust {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.is_compliant_device_accepted.read_from(r),
            1usize => self.is_hybrid_azure_ad_joined_device_accepted.read_from(r),
            2usize => self.is_mfa_accepted.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.is_compliant_device_accepted);
        w.field(1usize, &self.is_hybrid_azure_ad_joined_device_accepted);
        w.field(2usize, &self.is_mfa_accepted);
    }
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
rt::impl_object!(CrossTenantAccessPolicyInboundTrust);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    CrossTenantAccessPolicyInboundTrust { with_is_compliant_device_accepted
    is_compliant_device_accepted : bool; with_is_hybrid_azure_ad_joined_device_accepted
    is_hybrid_azure_ad_joined_device_accepted : bool; with_is_mfa_accepted
    is_mfa_accepted : bool; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(CrossTenantAccessPolicyInboundTrust);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.crossTenantAccessPolicyM365CollaborationInboundSetting`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct CrossTenantAccessPolicyM365CollaborationInboundSetting {
    /// CSDL: property `users`: `microsoft.graph.crossTenantAccessPolicyTargetConfiguration`, nullable.
    pub users: rt::Field<crate::v1::CrossTenantAccessPolicyTargetConfiguration>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for CrossTenantAccessPolicyM365CollaborationInboundSetting {
    #[inline]
    fn default() -> Self {
        Self {
            users: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for CrossTenantAccessPolicyM365CollaborationInboundSetting {
    const TYPE_NAME: &'static str = "microsoft.graph.crossTenantAccessPolicyM365CollaborationInboundSetting";
    const KEYS: &'static [&'static str] = &["users"];
    const KEYS_JSON: &'static [&'static str] = &[",\"users\":                        "];
    const TAG: &'static str = "\"#microsoft.graph.crossTenantAccessPolicyM365CollaborationInboundSetting\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "users", &self.users);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for CrossTenantAccessPolicyM365CollaborationInboundSetting {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.users.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.users);
    }
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
rt::impl_object!(CrossTenantAccessPolicyM365CollaborationInboundSetting);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    CrossTenantAccessPolicyM365CollaborationInboundSetting { with_users users : crate
    ::v1::CrossTenantAccessPolicyTargetConfiguration; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(CrossTenantAccessPolicyM365CollaborationInboundSetting);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.crossTenantAccessPolicyM365CollaborationOutboundSetting`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct CrossTenantAccessPolicyM365CollaborationOutboundSetting {
    /// CSDL: property `usersAndGroups`: `microsoft.graph.crossTenantAccessPolicyTargetConfiguration`, nullable.
    pub users_and_groups: rt::Field<
        crate::v1::CrossTenantAccessPolicyTargetConfiguration,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default
for CrossTenantAccessPolicyM365CollaborationOutboundSetting {
    #[inline]
    fn default() -> Self {
        Self {
            users_and_groups: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for CrossTenantAccessPolicyM365CollaborationOutboundSetting {
    const TYPE_NAME: &'static str = "microsoft.graph.crossTenantAccessPolicyM365CollaborationOutboundSetting";
    const KEYS: &'static [&'static str] = &["usersAndGroups"];
    const KEYS_JSON: &'static [&'static str] = &[",\"usersAndGroups\":               "];
    const TAG: &'static str = "\"#microsoft.graph.crossTenantAccessPolicyM365CollaborationOutboundSetting\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "users_and_groups", &self.users_and_groups);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for CrossTenantAccessPolicyM365CollaborationOutboundSetting {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.users_and_groups.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.users_and_groups);
    }
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
rt::impl_object!(CrossTenantAccessPolicyM365CollaborationOutboundSetting);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    CrossTenantAccessPolicyM365CollaborationOutboundSetting { with_users_and_groups
    users_and_groups : crate ::v1::CrossTenantAccessPolicyTargetConfiguration; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(CrossTenantAccessPolicyM365CollaborationOutboundSetting);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.crossTenantAccessPolicyTarget`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct CrossTenantAccessPolicyTarget {
    /// CSDL: property `target`: `Edm.String`, nullable.
    pub target: rt::Field<::std::string::String>,
    /// CSDL: property `targetType`: `microsoft.graph.crossTenantAccessPolicyTargetType`, nullable.
    pub target_type: rt::Field<crate::v1::CrossTenantAccessPolicyTargetType>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for CrossTenantAccessPolicyTarget {
    #[inline]
    fn default() -> Self {
        Self {
            target: rt::Field::Absent,
            target_type: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for CrossTenantAccessPolicyTarget {
    const TYPE_NAME: &'static str = "microsoft.graph.crossTenantAccessPolicyTarget";
    const KEYS: &'static [&'static str] = &["target", "targetType"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"target\":                       ",
        ",\"targetType\":                   ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.crossTenantAccessPolicyTarget\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "target", &self.target);
        v.field(1usize, "target_type", &self.target_type);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for CrossTenantAccessPolicyTarget {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.target.read_from(r),
            1usize => self.target_type.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.target);
        w.field(1usize, &self.target_type);
    }
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
rt::impl_object!(CrossTenantAccessPolicyTarget);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    CrossTenantAccessPolicyTarget { with_target target : ::std::string::String;
    with_target_type target_type : crate ::v1::CrossTenantAccessPolicyTargetType; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(CrossTenantAccessPolicyTarget);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.crossTenantAccessPolicyTargetConfiguration`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct CrossTenantAccessPolicyTargetConfiguration {
    /// CSDL: property `accessType`: `microsoft.graph.crossTenantAccessPolicyTargetConfigurationAccessType`, nullable.
    pub access_type: rt::Field<
        crate::v1::CrossTenantAccessPolicyTargetConfigurationAccessType,
    >,
    /// CSDL: property `targets`: `Collection(microsoft.graph.crossTenantAccessPolicyTarget)`, nullable.
    pub targets: rt::Field<::std::vec::Vec<crate::v1::CrossTenantAccessPolicyTarget>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for CrossTenantAccessPolicyTargetConfiguration {
    #[inline]
    fn default() -> Self {
        Self {
            access_type: rt::Field::Absent,
            targets: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for CrossTenantAccessPolicyTargetConfiguration {
    const TYPE_NAME: &'static str = "microsoft.graph.crossTenantAccessPolicyTargetConfiguration";
    const KEYS: &'static [&'static str] = &["accessType", "targets"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"accessType\":                   ",
        ",\"targets\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.crossTenantAccessPolicyTargetConfiguration\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "access_type", &self.access_type);
        v.field(1usize, "targets", &self.targets);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for CrossTenantAccessPolicyTargetConfiguration {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.access_type.read_from(r),
            1usize => self.targets.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.access_type);
        w.field(1usize, &self.targets);
    }
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
rt::impl_object!(CrossTenantAccessPolicyTargetConfiguration);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    CrossTenantAccessPolicyTargetConfiguration { with_access_type access_type : crate
    ::v1::CrossTenantAccessPolicyTargetConfigurationAccessType; with_targets targets :
    ::std::vec::Vec < crate ::v1::CrossTenantAccessPolicyTarget >; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(CrossTenantAccessPolicyTargetConfiguration);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.crossTenantAccessPolicyTargetConfigurationAccessType`, enum type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum CrossTenantAccessPolicyTargetConfigurationAccessType {
    /// `allowed` (value 1).
    Allowed,
    /// `blocked` (value 2).
    Blocked,
    /// `unknownFutureValue` (value 3).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_core)]
impl rt::StrEnum for CrossTenantAccessPolicyTargetConfigurationAccessType {
    const TYPE_NAME: &'static str = "microsoft.graph.crossTenantAccessPolicyTargetConfigurationAccessType";
    const MEMBERS: &'static [&'static str] = &[
        "allowed",
        "blocked",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "allowed" => Self::Allowed,
                "blocked" => Self::Blocked,
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
            Self::Allowed => "allowed",
            Self::Blocked => "blocked",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_core)]
rt::impl_enum!(CrossTenantAccessPolicyTargetConfigurationAccessType);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(CrossTenantAccessPolicyTargetConfigurationAccessType);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.crossTenantAccessPolicyTargetType`, enum type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum CrossTenantAccessPolicyTargetType {
    /// `user` (value 1).
    User,
    /// `group` (value 2).
    Group,
    /// `application` (value 3).
    Application,
    /// `unknownFutureValue` (value 4).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_core)]
impl rt::StrEnum for CrossTenantAccessPolicyTargetType {
    const TYPE_NAME: &'static str = "microsoft.graph.crossTenantAccessPolicyTargetType";
    const MEMBERS: &'static [&'static str] = &[
        "user",
        "group",
        "application",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "user" => Self::User,
                "group" => Self::Group,
                "application" => Self::Application,
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
            Self::Application => "application",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_core)]
rt::impl_enum!(CrossTenantAccessPolicyTargetType);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(CrossTenantAccessPolicyTargetType);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.crossTenantAccessPolicyTenantRestrictions`, complex type, derived from `microsoft.graph.crossTenantAccessPolicyB2BSetting`.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct CrossTenantAccessPolicyTenantRestrictions {
    /// CSDL: property `applications`: `microsoft.graph.crossTenantAccessPolicyTargetConfiguration`, nullable.
    pub applications: rt::Field<crate::v1::CrossTenantAccessPolicyTargetConfiguration>,
    /// CSDL: property `usersAndGroups`: `microsoft.graph.crossTenantAccessPolicyTargetConfiguration`, nullable.
    pub users_and_groups: rt::Field<
        crate::v1::CrossTenantAccessPolicyTargetConfiguration,
    >,
    /// CSDL: property `devices`: `microsoft.graph.devicesFilter`, nullable.
    pub devices: rt::Field<crate::v1::DevicesFilter>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for CrossTenantAccessPolicyTenantRestrictions {
    #[inline]
    fn default() -> Self {
        Self {
            applications: rt::Field::Absent,
            users_and_groups: rt::Field::Absent,
            devices: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for CrossTenantAccessPolicyTenantRestrictions {
    const TYPE_NAME: &'static str = "microsoft.graph.crossTenantAccessPolicyTenantRestrictions";
    const KEYS: &'static [&'static str] = &["applications", "usersAndGroups", "devices"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"applications\":                 ",
        ",\"usersAndGroups\":               ",
        ",\"devices\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.crossTenantAccessPolicyTenantRestrictions\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "applications", &self.applications);
        v.field(1usize, "users_and_groups", &self.users_and_groups);
        v.field(2usize, "devices", &self.devices);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for CrossTenantAccessPolicyTenantRestrictions {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.applications.read_from(r),
            1usize => self.users_and_groups.read_from(r),
            2usize => self.devices.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.applications);
        w.field(1usize, &self.users_and_groups);
        w.field(2usize, &self.devices);
    }
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
rt::impl_object!(CrossTenantAccessPolicyTenantRestrictions);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    CrossTenantAccessPolicyTenantRestrictions { with_applications applications : crate
    ::v1::CrossTenantAccessPolicyTargetConfiguration; with_users_and_groups
    users_and_groups : crate ::v1::CrossTenantAccessPolicyTargetConfiguration;
    with_devices devices : crate ::v1::DevicesFilter; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(CrossTenantAccessPolicyTenantRestrictions);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.crossTenantIdentitySyncPolicyPartner`, entity type, key `tenantId`.
///
/// Request builders: [`CrossTenantIdentitySyncPolicyPartnerPath`](requests/trait.CrossTenantIdentitySyncPolicyPartnerPath.html), what a path to one (`EntityPath<CrossTenantIdentitySyncPolicyPartner, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct CrossTenantIdentitySyncPolicyPartner {
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `tenantId`: `Edm.String`, not nullable.
    pub tenant_id: rt::Field<::std::string::String>,
    /// CSDL: property `userSyncInbound`: `microsoft.graph.crossTenantUserSyncInbound`, nullable.
    pub user_sync_inbound: rt::Field<crate::v1::CrossTenantUserSyncInbound>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for CrossTenantIdentitySyncPolicyPartner {
    #[inline]
    fn default() -> Self {
        Self {
            display_name: rt::Field::Absent,
            tenant_id: rt::Field::Absent,
            user_sync_inbound: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for CrossTenantIdentitySyncPolicyPartner {
    const TYPE_NAME: &'static str = "microsoft.graph.crossTenantIdentitySyncPolicyPartner";
    const KEYS: &'static [&'static str] = &[
        "displayName",
        "tenantId",
        "userSyncInbound",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"displayName\":                  ",
        ",\"tenantId\":                     ",
        ",\"userSyncInbound\":              ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.crossTenantIdentitySyncPolicyPartner\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "display_name", &self.display_name);
        v.field(1usize, "tenant_id", &self.tenant_id);
        v.field(2usize, "user_sync_inbound", &self.user_sync_inbound);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for CrossTenantIdentitySyncPolicyPartner {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.display_name.read_from(r),
            1usize => self.tenant_id.read_from(r),
            2usize => self.user_sync_inbound.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.display_name);
        w.field(1usize, &self.tenant_id);
        w.field(2usize, &self.user_sync_inbound);
    }
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
rt::impl_object!(CrossTenantIdentitySyncPolicyPartner);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    CrossTenantIdentitySyncPolicyPartner { with_display_name display_name :
    ::std::string::String; with_tenant_id tenant_id : ::std::string::String;
    with_user_sync_inbound user_sync_inbound : crate ::v1::CrossTenantUserSyncInbound; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(CrossTenantIdentitySyncPolicyPartner);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.crossTenantUserSyncInbound`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct CrossTenantUserSyncInbound {
    /// CSDL: property `isSyncAllowed`: `Edm.Boolean`, nullable.
    pub is_sync_allowed: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for CrossTenantUserSyncInbound {
    #[inline]
    fn default() -> Self {
        Self {
            is_sync_allowed: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for CrossTenantUserSyncInbound {
    const TYPE_NAME: &'static str = "microsoft.graph.crossTenantUserSyncInbound";
    const KEYS: &'static [&'static str] = &["isSyncAllowed"];
    const KEYS_JSON: &'static [&'static str] = &[",\"isSyncAllowed\":                "];
    const TAG: &'static str = "\"#microsoft.graph.crossTenantUserSyncInbound\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "is_sync_allowed", &self.is_sync_allowed);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for CrossTenantUserSyncInbound {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.is_sync_allowed.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.is_sync_allowed);
    }
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
rt::impl_object!(CrossTenantUserSyncInbound);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    CrossTenantUserSyncInbound { with_is_sync_allowed is_sync_allowed : bool; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(CrossTenantUserSyncInbound);
