//! Types of `microsoft.graph` by the first letters of their names (`da`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_v1_copilot)]
/// CSDL: `microsoft.graph.dataSourceConfiguration`, complex type.
///
/// Features: `v1` or `v1-copilot`.
#[derive(Clone)]
pub struct DataSourceConfiguration {
    /// CSDL: property `externalItem`: `microsoft.graph.externalItemConfiguration`, nullable.
    pub external_item: rt::Field<crate::v1::ExternalItemConfiguration>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_copilot)]
impl ::std::default::Default for DataSourceConfiguration {
    #[inline]
    fn default() -> Self {
        Self {
            external_item: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_copilot)]
impl rt::Object for DataSourceConfiguration {
    const TYPE_NAME: &'static str = "microsoft.graph.dataSourceConfiguration";
    const KEYS: &'static [&'static str] = &["externalItem"];
    const KEYS_JSON: &'static [&'static str] = &[",\"externalItem\":                 "];
    const TAG: &'static str = "\"#microsoft.graph.dataSourceConfiguration\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "external_item", &self.external_item);
    }
}
#[cfg(msgraph_v1_copilot)]
impl rt::object::Members for DataSourceConfiguration {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.external_item.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.external_item);
    }
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
rt::impl_object!(DataSourceConfiguration);
#[cfg(msgraph_v1_copilot)]
rt::impl_setters!(
    DataSourceConfiguration { with_external_item external_item : crate
    ::v1::ExternalItemConfiguration; }
);
#[cfg(msgraph_v1_copilot)]
#[cfg(feature = "serde")]
rt::impl_serde!(DataSourceConfiguration);
#[cfg(msgraph_v1_privacy_or_search_or_security)]
/// CSDL: `microsoft.graph.dataSubjectType`, enum type.
///
/// Features: `v1`, or one of `v1-privacy`, `v1-search`, `v1-security`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum DataSubjectType {
    /// `customer` (value 0).
    Customer,
    /// `currentEmployee` (value 1).
    CurrentEmployee,
    /// `formerEmployee` (value 2).
    FormerEmployee,
    /// `prospectiveEmployee` (value 3).
    ProspectiveEmployee,
    /// `student` (value 4).
    Student,
    /// `teacher` (value 5).
    Teacher,
    /// `faculty` (value 6).
    Faculty,
    /// `other` (value 7).
    Other,
    /// `unknownFutureValue` (value 8).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_privacy_or_search_or_security)]
impl rt::StrEnum for DataSubjectType {
    const TYPE_NAME: &'static str = "microsoft.graph.dataSubjectType";
    const MEMBERS: &'static [&'static str] = &[
        "customer",
        "currentEmployee",
        "formerEmployee",
        "prospectiveEmployee",
        "student",
        "teacher",
        "faculty",
        "other",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "customer" => Self::Customer,
                "currentEmployee" => Self::CurrentEmployee,
                "formerEmployee" => Self::FormerEmployee,
                "prospectiveEmployee" => Self::ProspectiveEmployee,
                "student" => Self::Student,
                "teacher" => Self::Teacher,
                "faculty" => Self::Faculty,
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
            Self::Customer => "customer",
            Self::CurrentEmployee => "currentEmployee",
            Self::FormerEmployee => "formerEmployee",
            Self::ProspectiveEmployee => "prospectiveEmployee",
            Self::Student => "student",
            Self::Teacher => "teacher",
            Self::Faculty => "faculty",
            Self::Other => "other",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_privacy_or_search_or_security)]
rt::impl_enum!(DataSubjectType);
#[cfg(msgraph_v1_privacy_or_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(DataSubjectType);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.dayNote`, entity type, derived from `microsoft.graph.changeTrackedEntity`, key `id`.
///
/// Request builders: [`DayNotePath`](requests/trait.DayNotePath.html), what a path to one (`EntityPath<DayNote, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct DayNote {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `createdBy`: `microsoft.graph.identitySet`, nullable.
    pub created_by: rt::Field<crate::v1::AnyIdentitySet>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `lastModifiedBy`: `microsoft.graph.identitySet`, nullable.
    pub last_modified_by: rt::Field<crate::v1::AnyIdentitySet>,
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `dayNoteDate`: `Edm.Date`, nullable.
    pub day_note_date: rt::Field<rt::edm::Date>,
    /// CSDL: property `draftDayNote`: `microsoft.graph.itemBody`, nullable.
    pub draft_day_note: rt::Field<crate::v1::ItemBody>,
    /// CSDL: property `sharedDayNote`: `microsoft.graph.itemBody`, nullable.
    pub shared_day_note: rt::Field<crate::v1::ItemBody>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for DayNote {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_by: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            last_modified_by: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            day_note_date: rt::Field::Absent,
            draft_day_note: rt::Field::Absent,
            shared_day_note: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for DayNote {
    const TYPE_NAME: &'static str = "microsoft.graph.dayNote";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdBy",
        "createdDateTime",
        "lastModifiedBy",
        "lastModifiedDateTime",
        "dayNoteDate",
        "draftDayNote",
        "sharedDayNote",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdBy\":                    ",
        ",\"createdDateTime\":              ",
        ",\"lastModifiedBy\":               ",
        ",\"lastModifiedDateTime\":         ",
        ",\"dayNoteDate\":                  ",
        ",\"draftDayNote\":                 ",
        ",\"sharedDayNote\":                ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.dayNote\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_by", &self.created_by);
        v.field(2usize, "created_date_time", &self.created_date_time);
        v.field(3usize, "last_modified_by", &self.last_modified_by);
        v.field(4usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(5usize, "day_note_date", &self.day_note_date);
        v.field(6usize, "draft_day_note", &self.draft_day_note);
        v.field(7usize, "shared_day_note", &self.shared_day_note);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for DayNote {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_by.read_from(r),
            2usize => self.created_date_time.read_from(r),
            3usize => self.last_modified_by.read_from(r),
            4usize => self.last_modified_date_time.read_from(r),
            5usize => self.day_note_date.read_from(r),
            6usize => self.draft_day_note.read_from(r),
            7usize => self.shared_day_note.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.created_by);
        w.field(2usize, &self.created_date_time);
        w.field(3usize, &self.last_modified_by);
        w.field(4usize, &self.last_modified_date_time);
        w.field(5usize, &self.day_note_date);
        w.field(6usize, &self.draft_day_note);
        w.field(7usize, &self.shared_day_note);
    }
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
rt::impl_object!(DayNote);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    DayNote { with_id id : ::std::string::String; with_created_by created_by : crate
    ::v1::AnyIdentitySet; with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_last_modified_by last_modified_by : crate
    ::v1::AnyIdentitySet; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_day_note_date day_note_date : rt::edm::Date;
    with_draft_day_note draft_day_note : crate ::v1::ItemBody; with_shared_day_note
    shared_day_note : crate ::v1::ItemBody; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(DayNote);
