//! Types of `microsoft.graph` by the first letters of their names (`co_cu`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
/// CSDL: `microsoft.graph.columnDefinition`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`ColumnDefinitionPath`](requests/trait.ColumnDefinitionPath.html), what a path to one (`EntityPath<ColumnDefinition, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-drives`, `v1-group-setting-templates` and 14 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ColumnDefinition {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `boolean`: `microsoft.graph.booleanColumn`, nullable.
    pub boolean: rt::Field<crate::v1::BooleanColumn>,
    /// CSDL: property `calculated`: `microsoft.graph.calculatedColumn`, nullable.
    pub calculated: rt::Field<crate::v1::CalculatedColumn>,
    /// CSDL: property `choice`: `microsoft.graph.choiceColumn`, nullable.
    pub choice: rt::Field<crate::v1::ChoiceColumn>,
    /// CSDL: property `columnGroup`: `Edm.String`, nullable.
    pub column_group: rt::Field<::std::string::String>,
    /// CSDL: property `contentApprovalStatus`: `microsoft.graph.contentApprovalStatusColumn`, nullable.
    pub content_approval_status: rt::Field<crate::v1::ContentApprovalStatusColumn>,
    /// CSDL: property `currency`: `microsoft.graph.currencyColumn`, nullable.
    pub currency: rt::Field<crate::v1::CurrencyColumn>,
    /// CSDL: property `dateTime`: `microsoft.graph.dateTimeColumn`, nullable.
    pub date_time: rt::Field<crate::v1::DateTimeColumn>,
    /// CSDL: property `defaultValue`: `microsoft.graph.defaultColumnValue`, nullable.
    pub default_value: rt::Field<crate::v1::DefaultColumnValue>,
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `enforceUniqueValues`: `Edm.Boolean`, nullable.
    pub enforce_unique_values: rt::Field<bool>,
    /// CSDL: property `geolocation`: `microsoft.graph.geolocationColumn`, nullable.
    pub geolocation: rt::Field<crate::v1::GeolocationColumn>,
    /// CSDL: property `hidden`: `Edm.Boolean`, nullable.
    pub hidden: rt::Field<bool>,
    /// CSDL: property `hyperlinkOrPicture`: `microsoft.graph.hyperlinkOrPictureColumn`, nullable.
    pub hyperlink_or_picture: rt::Field<crate::v1::HyperlinkOrPictureColumn>,
    /// CSDL: property `indexed`: `Edm.Boolean`, nullable.
    pub indexed: rt::Field<bool>,
    /// CSDL: property `isDeletable`: `Edm.Boolean`, nullable.
    pub is_deletable: rt::Field<bool>,
    /// CSDL: property `isReorderable`: `Edm.Boolean`, nullable.
    pub is_reorderable: rt::Field<bool>,
    /// CSDL: property `isSealed`: `Edm.Boolean`, nullable.
    pub is_sealed: rt::Field<bool>,
    /// CSDL: property `lookup`: `microsoft.graph.lookupColumn`, nullable.
    pub lookup: rt::Field<crate::v1::LookupColumn>,
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// CSDL: property `number`: `microsoft.graph.numberColumn`, nullable.
    pub number: rt::Field<crate::v1::NumberColumn>,
    /// CSDL: property `personOrGroup`: `microsoft.graph.personOrGroupColumn`, nullable.
    pub person_or_group: rt::Field<crate::v1::PersonOrGroupColumn>,
    /// CSDL: property `propagateChanges`: `Edm.Boolean`, nullable.
    pub propagate_changes: rt::Field<bool>,
    /// CSDL: property `readOnly`: `Edm.Boolean`, nullable.
    pub read_only: rt::Field<bool>,
    /// CSDL: property `required`: `Edm.Boolean`, nullable.
    pub required: rt::Field<bool>,
    /// CSDL: property `sourceContentType`: `microsoft.graph.contentTypeInfo`, nullable.
    pub source_content_type: rt::Field<crate::v1::ContentTypeInfo>,
    /// CSDL: property `term`: `microsoft.graph.termColumn`, nullable.
    pub term: rt::Field<crate::v1::TermColumn>,
    /// CSDL: property `text`: `microsoft.graph.textColumn`, nullable.
    pub text: rt::Field<crate::v1::TextColumn>,
    /// CSDL: property `thumbnail`: `microsoft.graph.thumbnailColumn`, nullable.
    pub thumbnail: rt::Field<crate::v1::ThumbnailColumn>,
    /// CSDL: property `type`: `microsoft.graph.columnTypes`, nullable.
    pub type_: rt::Field<crate::v1::ColumnTypes>,
    /// CSDL: property `validation`: `microsoft.graph.columnValidation`, nullable.
    pub validation: rt::Field<crate::v1::ColumnValidation>,
    /// CSDL: navigation property `sourceColumn`: `microsoft.graph.columnDefinition`, nullable.
    pub source_column: rt::Field<::std::boxed::Box<crate::v1::ColumnDefinition>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
impl ::std::default::Default for ColumnDefinition {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            boolean: rt::Field::Absent,
            calculated: rt::Field::Absent,
            choice: rt::Field::Absent,
            column_group: rt::Field::Absent,
            content_approval_status: rt::Field::Absent,
            currency: rt::Field::Absent,
            date_time: rt::Field::Absent,
            default_value: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            enforce_unique_values: rt::Field::Absent,
            geolocation: rt::Field::Absent,
            hidden: rt::Field::Absent,
            hyperlink_or_picture: rt::Field::Absent,
            indexed: rt::Field::Absent,
            is_deletable: rt::Field::Absent,
            is_reorderable: rt::Field::Absent,
            is_sealed: rt::Field::Absent,
            lookup: rt::Field::Absent,
            name: rt::Field::Absent,
            number: rt::Field::Absent,
            person_or_group: rt::Field::Absent,
            propagate_changes: rt::Field::Absent,
            read_only: rt::Field::Absent,
            required: rt::Field::Absent,
            source_content_type: rt::Field::Absent,
            term: rt::Field::Absent,
            text: rt::Field::Absent,
            thumbnail: rt::Field::Absent,
            type_: rt::Field::Absent,
            validation: rt::Field::Absent,
            source_column: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
impl rt::Object for ColumnDefinition {
    const TYPE_NAME: &'static str = "microsoft.graph.columnDefinition";
    const KEYS: &'static [&'static str] = &[
        "id",
        "boolean",
        "calculated",
        "choice",
        "columnGroup",
        "contentApprovalStatus",
        "currency",
        "dateTime",
        "defaultValue",
        "description",
        "displayName",
        "enforceUniqueValues",
        "geolocation",
        "hidden",
        "hyperlinkOrPicture",
        "indexed",
        "isDeletable",
        "isReorderable",
        "isSealed",
        "lookup",
        "name",
        "number",
        "personOrGroup",
        "propagateChanges",
        "readOnly",
        "required",
        "sourceContentType",
        "term",
        "text",
        "thumbnail",
        "type",
        "validation",
        "sourceColumn",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"boolean\":                      ",
        ",\"calculated\":                   ",
        ",\"choice\":                       ",
        ",\"columnGroup\":                  ",
        ",\"contentApprovalStatus\":        ",
        ",\"currency\":                     ",
        ",\"dateTime\":                     ",
        ",\"defaultValue\":                 ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"enforceUniqueValues\":          ",
        ",\"geolocation\":                  ",
        ",\"hidden\":                       ",
        ",\"hyperlinkOrPicture\":           ",
        ",\"indexed\":                      ",
        ",\"isDeletable\":                  ",
        ",\"isReorderable\":                ",
        ",\"isSealed\":                     ",
        ",\"lookup\":                       ",
        ",\"name\":                         ",
        ",\"number\":                       ",
        ",\"personOrGroup\":                ",
        ",\"propagateChanges\":             ",
        ",\"readOnly\":                     ",
        ",\"required\":                     ",
        ",\"sourceContentType\":            ",
        ",\"term\":                         ",
        ",\"text\":                         ",
        ",\"thumbnail\":                    ",
        ",\"type\":                         ",
        ",\"validation\":                   ",
        ",\"sourceColumn\":                 ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.columnDefinition\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "boolean", &self.boolean);
        v.field(2usize, "calculated", &self.calculated);
        v.field(3usize, "choice", &self.choice);
        v.field(4usize, "column_group", &self.column_group);
        v.field(5usize, "content_approval_status", &self.content_approval_status);
        v.field(6usize, "currency", &self.currency);
        v.field(7usize, "date_time", &self.date_time);
        v.field(8usize, "default_value", &self.default_value);
        v.field(9usize, "description", &self.description);
        v.field(10usize, "display_name", &self.display_name);
        v.field(11usize, "enforce_unique_values", &self.enforce_unique_values);
        v.field(12usize, "geolocation", &self.geolocation);
        v.field(13usize, "hidden", &self.hidden);
        v.field(14usize, "hyperlink_or_picture", &self.hyperlink_or_picture);
        v.field(15usize, "indexed", &self.indexed);
        v.field(16usize, "is_deletable", &self.is_deletable);
        v.field(17usize, "is_reorderable", &self.is_reorderable);
        v.field(18usize, "is_sealed", &self.is_sealed);
        v.field(19usize, "lookup", &self.lookup);
        v.field(20usize, "name", &self.name);
        v.field(21usize, "number", &self.number);
        v.field(22usize, "person_or_group", &self.person_or_group);
        v.field(23usize, "propagate_changes", &self.propagate_changes);
        v.field(24usize, "read_only", &self.read_only);
        v.field(25usize, "required", &self.required);
        v.field(26usize, "source_content_type", &self.source_content_type);
        v.field(27usize, "term", &self.term);
        v.field(28usize, "text", &self.text);
        v.field(29usize, "thumbnail", &self.thumbnail);
        v.field(30usize, "type_", &self.type_);
        v.field(31usize, "validation", &self.validation);
        v.field(32usize, "source_column", &self.source_column);
    }
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
impl rt::object::Members for ColumnDefinition {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.boolean.read_from(r),
            2usize => self.calculated.read_from(r),
            3usize => self.choice.read_from(r),
            4usize => self.column_group.read_from(r),
            5usize => self.content_approval_status.read_from(r),
            6usize => self.currency.read_from(r),
            7usize => self.date_time.read_from(r),
            8usize => self.default_value.read_from(r),
            9usize => self.description.read_from(r),
            10usize => self.display_name.read_from(r),
            11usize => self.enforce_unique_values.read_from(r),
            12usize => self.geolocation.read_from(r),
            13usize => self.hidden.read_from(r),
            14usize => self.hyperlink_or_picture.read_from(r),
            15usize => self.indexed.read_from(r),
            16usize => self.is_deletable.read_from(r),
            17usize => self.is_reorderable.read_from(r),
            18usize => self.is_sealed.read_from(r),
            19usize => self.lookup.read_from(r),
            20usize => self.name.read_from(r),
            21usize => self.number.read_from(r),
            22usize => self.person_or_group.read_from(r),
            23usize => self.propagate_changes.read_from(r),
            24usize => self.read_only.read_from(r),
            25usize => self.required.read_from(r),
            26usize => self.source_content_type.read_from(r),
            27usize => self.term.read_from(r),
            28usize => self.text.read_from(r),
            29usize => self.thumbnail.read_from(r),
            30usize => self.type_.read_from(r),
            31usize => self.validation.read_from(r),
            32usize => self.source_column.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.boolean);
        w.field(2usize, &self.calculated);
        w.field(3usize, &self.choice);
        w.field(4usize, &self.column_group);
        w.field(5usize, &self.content_approval_status);
        w.field(6usize, &self.currency);
        w.field(7usize, &self.date_time);
        w.field(8usize, &self.default_value);
        w.field(9usize, &self.description);
        w.field(10usize, &self.display_name);
        w.field(11usize, &self.enforce_unique_values);
        w.field(12usize, &self.geolocation);
        w.field(13usize, &self.hidden);
        w.field(14usize, &self.hyperlink_or_picture);
        w.field(15usize, &self.indexed);
        w.field(16usize, &self.is_deletable);
        w.field(17usize, &self.is_reorderable);
        w.field(18usize, &self.is_sealed);
        w.field(19usize, &self.lookup);
        w.field(20usize, &self.name);
        w.field(21usize, &self.number);
        w.field(22usize, &self.person_or_group);
        w.field(23usize, &self.propagate_changes);
        w.field(24usize, &self.read_only);
        w.field(25usize, &self.required);
        w.field(26usize, &self.source_content_type);
        w.field(27usize, &self.term);
        w.field(28usize, &self.text);
        w.field(29usize, &self.thumbnail);
        w.field(30usize, &self.type_);
        w.field(31usize, &self.validation);
        w.field(32usize, &self.source_column);
    }
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
rt::impl_object!(ColumnDefinition);
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
rt::impl_boxed!(ColumnDefinition);
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
rt::impl_setters!(
    ColumnDefinition { with_id id : ::std::string::String; with_boolean boolean : crate
    ::v1::BooleanColumn; with_calculated calculated : crate ::v1::CalculatedColumn;
    with_choice choice : crate ::v1::ChoiceColumn; with_column_group column_group :
    ::std::string::String; with_content_approval_status content_approval_status : crate
    ::v1::ContentApprovalStatusColumn; with_currency currency : crate
    ::v1::CurrencyColumn; with_date_time date_time : crate ::v1::DateTimeColumn;
    with_default_value default_value : crate ::v1::DefaultColumnValue; with_description
    description : ::std::string::String; with_display_name display_name :
    ::std::string::String; with_enforce_unique_values enforce_unique_values : bool;
    with_geolocation geolocation : crate ::v1::GeolocationColumn; with_hidden hidden :
    bool; with_hyperlink_or_picture hyperlink_or_picture : crate
    ::v1::HyperlinkOrPictureColumn; with_indexed indexed : bool; with_is_deletable
    is_deletable : bool; with_is_reorderable is_reorderable : bool; with_is_sealed
    is_sealed : bool; with_lookup lookup : crate ::v1::LookupColumn; with_name name :
    ::std::string::String; with_number number : crate ::v1::NumberColumn;
    with_person_or_group person_or_group : crate ::v1::PersonOrGroupColumn;
    with_propagate_changes propagate_changes : bool; with_read_only read_only : bool;
    with_required required : bool; with_source_content_type source_content_type : crate
    ::v1::ContentTypeInfo; with_term term : crate ::v1::TermColumn; with_text text :
    crate ::v1::TextColumn; with_thumbnail thumbnail : crate ::v1::ThumbnailColumn;
    with_type type_ : crate ::v1::ColumnTypes; with_validation validation : crate
    ::v1::ColumnValidation; with_source_column source_column : ::std::boxed::Box < crate
    ::v1::ColumnDefinition >; }
);
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
#[cfg(feature = "serde")]
rt::impl_serde!(ColumnDefinition);
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
/// CSDL: `microsoft.graph.columnLink`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-drives`, `v1-group-setting-templates` and 13 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ColumnLink {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
impl ::std::default::Default for ColumnLink {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
impl rt::Object for ColumnLink {
    const TYPE_NAME: &'static str = "microsoft.graph.columnLink";
    const KEYS: &'static [&'static str] = &["id", "name"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"name\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.columnLink\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "name", &self.name);
    }
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
impl rt::object::Members for ColumnLink {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.name.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.name);
    }
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
rt::impl_object!(ColumnLink);
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
rt::impl_setters!(
    ColumnLink { with_id id : ::std::string::String; with_name name :
    ::std::string::String; }
);
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
#[cfg(feature = "serde")]
rt::impl_serde!(ColumnLink);
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
/// CSDL: `microsoft.graph.columnTypes`, enum type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-drives`, `v1-group-setting-templates` and 14 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ColumnTypes {
    /// `note` (value 0).
    Note,
    /// `text` (value 1).
    Text,
    /// `choice` (value 2).
    Choice,
    /// `multichoice` (value 3).
    Multichoice,
    /// `number` (value 4).
    Number,
    /// `currency` (value 5).
    Currency,
    /// `dateTime` (value 6).
    DateTime,
    /// `lookup` (value 7).
    Lookup,
    /// `boolean` (value 8).
    Boolean,
    /// `user` (value 9).
    User,
    /// `url` (value 10).
    Url,
    /// `calculated` (value 11).
    Calculated,
    /// `location` (value 12).
    Location,
    /// `geolocation` (value 13).
    Geolocation,
    /// `term` (value 14).
    Term,
    /// `multiterm` (value 15).
    Multiterm,
    /// `thumbnail` (value 16).
    Thumbnail,
    /// `approvalStatus` (value 17).
    ApprovalStatus,
    /// `unknownFutureValue` (value 18).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
impl rt::StrEnum for ColumnTypes {
    const TYPE_NAME: &'static str = "microsoft.graph.columnTypes";
    const MEMBERS: &'static [&'static str] = &[
        "note",
        "text",
        "choice",
        "multichoice",
        "number",
        "currency",
        "dateTime",
        "lookup",
        "boolean",
        "user",
        "url",
        "calculated",
        "location",
        "geolocation",
        "term",
        "multiterm",
        "thumbnail",
        "approvalStatus",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "note" => Self::Note,
                "text" => Self::Text,
                "choice" => Self::Choice,
                "multichoice" => Self::Multichoice,
                "number" => Self::Number,
                "currency" => Self::Currency,
                "dateTime" => Self::DateTime,
                "lookup" => Self::Lookup,
                "boolean" => Self::Boolean,
                "user" => Self::User,
                "url" => Self::Url,
                "calculated" => Self::Calculated,
                "location" => Self::Location,
                "geolocation" => Self::Geolocation,
                "term" => Self::Term,
                "multiterm" => Self::Multiterm,
                "thumbnail" => Self::Thumbnail,
                "approvalStatus" => Self::ApprovalStatus,
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
            Self::Note => "note",
            Self::Text => "text",
            Self::Choice => "choice",
            Self::Multichoice => "multichoice",
            Self::Number => "number",
            Self::Currency => "currency",
            Self::DateTime => "dateTime",
            Self::Lookup => "lookup",
            Self::Boolean => "boolean",
            Self::User => "user",
            Self::Url => "url",
            Self::Calculated => "calculated",
            Self::Location => "location",
            Self::Geolocation => "geolocation",
            Self::Term => "term",
            Self::Multiterm => "multiterm",
            Self::Thumbnail => "thumbnail",
            Self::ApprovalStatus => "approvalStatus",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
rt::impl_enum!(ColumnTypes);
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
#[cfg(feature = "serde")]
rt::impl_serde!(ColumnTypes);
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
/// CSDL: `microsoft.graph.columnValidation`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-drives`, `v1-group-setting-templates` and 14 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ColumnValidation {
    /// CSDL: property `defaultLanguage`: `Edm.String`, nullable.
    pub default_language: rt::Field<::std::string::String>,
    /// CSDL: property `descriptions`: `Collection(microsoft.graph.displayNameLocalization)`, nullable.
    pub descriptions: rt::Field<::std::vec::Vec<crate::v1::DisplayNameLocalization>>,
    /// CSDL: property `formula`: `Edm.String`, nullable.
    pub formula: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
impl ::std::default::Default for ColumnValidation {
    #[inline]
    fn default() -> Self {
        Self {
            default_language: rt::Field::Absent,
            descriptions: rt::Field::Absent,
            formula: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
impl rt::Object for ColumnValidation {
    const TYPE_NAME: &'static str = "microsoft.graph.columnValidation";
    const KEYS: &'static [&'static str] = &[
        "defaultLanguage",
        "descriptions",
        "formula",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"defaultLanguage\":              ",
        ",\"descriptions\":                 ",
        ",\"formula\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.columnValidation\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "default_language", &self.default_language);
        v.field(1usize, "descriptions", &self.descriptions);
        v.field(2usize, "formula", &self.formula);
    }
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
impl rt::object::Members for ColumnValidation {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.default_language.read_from(r),
            1usize => self.descriptions.read_from(r),
            2usize => self.formula.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.default_language);
        w.field(1usize, &self.descriptions);
        w.field(2usize, &self.formula);
    }
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
rt::impl_object!(ColumnValidation);
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
rt::impl_setters!(
    ColumnValidation { with_default_language default_language : ::std::string::String;
    with_descriptions descriptions : ::std::vec::Vec < crate
    ::v1::DisplayNameLocalization >; with_formula formula : ::std::string::String; }
);
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
#[cfg(feature = "serde")]
rt::impl_serde!(ColumnValidation);
#[cfg(msgraph_v1_communications_or_search)]
/// CSDL: `microsoft.graph.commsOperation`, entity type, derived from `microsoft.graph.entity`, open, key `id`.
///
/// Request builders: [`CommsOperationPath`](requests/trait.CommsOperationPath.html), what a path to one (`EntityPath<AnyCommsOperation, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-communications`, `v1-search`.
#[derive(Clone)]
pub struct CommsOperation {
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
impl ::std::default::Default for CommsOperation {
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
impl rt::Object for CommsOperation {
    const TYPE_NAME: &'static str = "microsoft.graph.commsOperation";
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
    const TAG: &'static str = "\"#microsoft.graph.commsOperation\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "client_context", &self.client_context);
        v.field(2usize, "result_info", &self.result_info);
        v.field(3usize, "status", &self.status);
    }
}
#[cfg(msgraph_v1_communications_or_search)]
impl rt::object::Members for CommsOperation {
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
rt::impl_object!(CommsOperation);
#[cfg(msgraph_v1_communications_or_search)]
rt::impl_setters!(
    CommsOperation { with_id id : ::std::string::String; with_client_context
    client_context : ::std::string::String; with_result_info result_info : crate
    ::v1::ResultInfo; with_status status : crate ::v1::OperationStatus; }
);
#[cfg(msgraph_v1_communications_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(CommsOperation);
#[cfg(msgraph_v1_communications_or_search)]
/// `microsoft.graph.commsOperation` or any type derived from it, selected by `@odata.type` (13 types); each variant's type converts into it (`From`).
///
/// Features: `v1`, or one of `v1-communications`, `v1-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyCommsOperation {
    CommsOperation(::std::boxed::Box<crate::v1::CommsOperation>),
    AddLargeGalleryViewOperation(
        ::std::boxed::Box<crate::v1::AddLargeGalleryViewOperation>,
    ),
    CancelMediaProcessingOperation(
        ::std::boxed::Box<crate::v1::CancelMediaProcessingOperation>,
    ),
    InviteParticipantsOperation(
        ::std::boxed::Box<crate::v1::InviteParticipantsOperation>,
    ),
    MuteParticipantOperation(::std::boxed::Box<crate::v1::MuteParticipantOperation>),
    PlayPromptOperation(::std::boxed::Box<crate::v1::PlayPromptOperation>),
    RecordOperation(::std::boxed::Box<crate::v1::RecordOperation>),
    SendDtmfTonesOperation(::std::boxed::Box<crate::v1::SendDtmfTonesOperation>),
    StartHoldMusicOperation(::std::boxed::Box<crate::v1::StartHoldMusicOperation>),
    StopHoldMusicOperation(::std::boxed::Box<crate::v1::StopHoldMusicOperation>),
    SubscribeToToneOperation(::std::boxed::Box<crate::v1::SubscribeToToneOperation>),
    UnmuteParticipantOperation(::std::boxed::Box<crate::v1::UnmuteParticipantOperation>),
    UpdateRecordingStatusOperation(
        ::std::boxed::Box<crate::v1::UpdateRecordingStatusOperation>,
    ),
}
#[cfg(msgraph_v1_communications_or_search)]
impl ::std::default::Default for AnyCommsOperation {
    #[inline]
    fn default() -> Self {
        Self::CommsOperation(::std::default::Default::default())
    }
}
#[cfg(msgraph_v1_communications_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::CommsOperation> for AnyCommsOperation {
    #[inline]
    fn from(v: crate::v1::CommsOperation) -> Self {
        Self::CommsOperation(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_communications_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::AddLargeGalleryViewOperation>
for AnyCommsOperation {
    #[inline]
    fn from(v: crate::v1::AddLargeGalleryViewOperation) -> Self {
        Self::AddLargeGalleryViewOperation(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_communications_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::CancelMediaProcessingOperation>
for AnyCommsOperation {
    #[inline]
    fn from(v: crate::v1::CancelMediaProcessingOperation) -> Self {
        Self::CancelMediaProcessingOperation(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_communications_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::InviteParticipantsOperation> for AnyCommsOperation {
    #[inline]
    fn from(v: crate::v1::InviteParticipantsOperation) -> Self {
        Self::InviteParticipantsOperation(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_communications_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::MuteParticipantOperation> for AnyCommsOperation {
    #[inline]
    fn from(v: crate::v1::MuteParticipantOperation) -> Self {
        Self::MuteParticipantOperation(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_communications_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::PlayPromptOperation> for AnyCommsOperation {
    #[inline]
    fn from(v: crate::v1::PlayPromptOperation) -> Self {
        Self::PlayPromptOperation(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_communications_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::RecordOperation> for AnyCommsOperation {
    #[inline]
    fn from(v: crate::v1::RecordOperation) -> Self {
        Self::RecordOperation(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_communications_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::SendDtmfTonesOperation> for AnyCommsOperation {
    #[inline]
    fn from(v: crate::v1::SendDtmfTonesOperation) -> Self {
        Self::SendDtmfTonesOperation(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_communications_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::StartHoldMusicOperation> for AnyCommsOperation {
    #[inline]
    fn from(v: crate::v1::StartHoldMusicOperation) -> Self {
        Self::StartHoldMusicOperation(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_communications_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::StopHoldMusicOperation> for AnyCommsOperation {
    #[inline]
    fn from(v: crate::v1::StopHoldMusicOperation) -> Self {
        Self::StopHoldMusicOperation(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_communications_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::SubscribeToToneOperation> for AnyCommsOperation {
    #[inline]
    fn from(v: crate::v1::SubscribeToToneOperation) -> Self {
        Self::SubscribeToToneOperation(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_communications_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::UnmuteParticipantOperation> for AnyCommsOperation {
    #[inline]
    fn from(v: crate::v1::UnmuteParticipantOperation) -> Self {
        Self::UnmuteParticipantOperation(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_communications_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::UpdateRecordingStatusOperation>
for AnyCommsOperation {
    #[inline]
    fn from(v: crate::v1::UpdateRecordingStatusOperation) -> Self {
        Self::UpdateRecordingStatusOperation(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_communications_or_search)]
unsafe impl ::std::marker::Send for AnyCommsOperation {}
#[cfg(msgraph_v1_communications_or_search)]
unsafe impl ::std::marker::Sync for AnyCommsOperation {}
#[cfg(msgraph_v1_communications_or_search)]
impl ::std::marker::Unpin for AnyCommsOperation {}
#[cfg(msgraph_v1_communications_or_search)]
impl ::std::panic::UnwindSafe for AnyCommsOperation {}
#[cfg(msgraph_v1_communications_or_search)]
impl ::std::panic::RefUnwindSafe for AnyCommsOperation {}
#[cfg(msgraph_v1_communications_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::v1::CommsOperation>();
    rt::object::auto_traits::<crate::v1::AddLargeGalleryViewOperation>();
    rt::object::auto_traits::<crate::v1::CancelMediaProcessingOperation>();
    rt::object::auto_traits::<crate::v1::InviteParticipantsOperation>();
    rt::object::auto_traits::<crate::v1::MuteParticipantOperation>();
    rt::object::auto_traits::<crate::v1::PlayPromptOperation>();
    rt::object::auto_traits::<crate::v1::RecordOperation>();
    rt::object::auto_traits::<crate::v1::SendDtmfTonesOperation>();
    rt::object::auto_traits::<crate::v1::StartHoldMusicOperation>();
    rt::object::auto_traits::<crate::v1::StopHoldMusicOperation>();
    rt::object::auto_traits::<crate::v1::SubscribeToToneOperation>();
    rt::object::auto_traits::<crate::v1::UnmuteParticipantOperation>();
    rt::object::auto_traits::<crate::v1::UpdateRecordingStatusOperation>();
};
#[cfg(msgraph_v1_communications_or_search)]
impl rt::Poly for AnyCommsOperation {
    const BASE_NAME: &'static str = "microsoft.graph.commsOperation";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some(
                "microsoft.graph.addLargeGalleryViewOperation",
            ) => Self::AddLargeGalleryViewOperation(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.cancelMediaProcessingOperation",
            ) => Self::CancelMediaProcessingOperation(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.inviteParticipantsOperation",
            ) => Self::InviteParticipantsOperation(rt::object::new_boxed()),
            ::std::option::Option::Some("microsoft.graph.muteParticipantOperation") => {
                Self::MuteParticipantOperation(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.playPromptOperation") => {
                Self::PlayPromptOperation(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.recordOperation") => {
                Self::RecordOperation(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.sendDtmfTonesOperation") => {
                Self::SendDtmfTonesOperation(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.startHoldMusicOperation") => {
                Self::StartHoldMusicOperation(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.stopHoldMusicOperation") => {
                Self::StopHoldMusicOperation(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.subscribeToToneOperation") => {
                Self::SubscribeToToneOperation(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.unmuteParticipantOperation") => {
                Self::UnmuteParticipantOperation(rt::object::new_boxed())
            }
            ::std::option::Option::Some(
                "microsoft.graph.updateRecordingStatusOperation",
            ) => Self::UpdateRecordingStatusOperation(rt::object::new_boxed()),
            _ => Self::CommsOperation(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::CommsOperation(v) => &**v,
            Self::AddLargeGalleryViewOperation(v) => &**v,
            Self::CancelMediaProcessingOperation(v) => &**v,
            Self::InviteParticipantsOperation(v) => &**v,
            Self::MuteParticipantOperation(v) => &**v,
            Self::PlayPromptOperation(v) => &**v,
            Self::RecordOperation(v) => &**v,
            Self::SendDtmfTonesOperation(v) => &**v,
            Self::StartHoldMusicOperation(v) => &**v,
            Self::StopHoldMusicOperation(v) => &**v,
            Self::SubscribeToToneOperation(v) => &**v,
            Self::UnmuteParticipantOperation(v) => &**v,
            Self::UpdateRecordingStatusOperation(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::CommsOperation(v) => &mut **v,
            Self::AddLargeGalleryViewOperation(v) => &mut **v,
            Self::CancelMediaProcessingOperation(v) => &mut **v,
            Self::InviteParticipantsOperation(v) => &mut **v,
            Self::MuteParticipantOperation(v) => &mut **v,
            Self::PlayPromptOperation(v) => &mut **v,
            Self::RecordOperation(v) => &mut **v,
            Self::SendDtmfTonesOperation(v) => &mut **v,
            Self::StartHoldMusicOperation(v) => &mut **v,
            Self::StopHoldMusicOperation(v) => &mut **v,
            Self::SubscribeToToneOperation(v) => &mut **v,
            Self::UnmuteParticipantOperation(v) => &mut **v,
            Self::UpdateRecordingStatusOperation(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_v1_communications_or_search)]
impl AnyCommsOperation {
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
            Self::CommsOperation(v) => &v.id,
            Self::AddLargeGalleryViewOperation(v) => &v.id,
            Self::CancelMediaProcessingOperation(v) => &v.id,
            Self::InviteParticipantsOperation(v) => &v.id,
            Self::MuteParticipantOperation(v) => &v.id,
            Self::PlayPromptOperation(v) => &v.id,
            Self::RecordOperation(v) => &v.id,
            Self::SendDtmfTonesOperation(v) => &v.id,
            Self::StartHoldMusicOperation(v) => &v.id,
            Self::StopHoldMusicOperation(v) => &v.id,
            Self::SubscribeToToneOperation(v) => &v.id,
            Self::UnmuteParticipantOperation(v) => &v.id,
            Self::UpdateRecordingStatusOperation(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::CommsOperation(v) => &mut v.id,
            Self::AddLargeGalleryViewOperation(v) => &mut v.id,
            Self::CancelMediaProcessingOperation(v) => &mut v.id,
            Self::InviteParticipantsOperation(v) => &mut v.id,
            Self::MuteParticipantOperation(v) => &mut v.id,
            Self::PlayPromptOperation(v) => &mut v.id,
            Self::RecordOperation(v) => &mut v.id,
            Self::SendDtmfTonesOperation(v) => &mut v.id,
            Self::StartHoldMusicOperation(v) => &mut v.id,
            Self::StopHoldMusicOperation(v) => &mut v.id,
            Self::SubscribeToToneOperation(v) => &mut v.id,
            Self::UnmuteParticipantOperation(v) => &mut v.id,
            Self::UpdateRecordingStatusOperation(v) => &mut v.id,
        }
    }
    /// `clientContext` of any variant.
    #[inline]
    pub fn client_context(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::CommsOperation(v) => &v.client_context,
            Self::AddLargeGalleryViewOperation(v) => &v.client_context,
            Self::CancelMediaProcessingOperation(v) => &v.client_context,
            Self::InviteParticipantsOperation(v) => &v.client_context,
            Self::MuteParticipantOperation(v) => &v.client_context,
            Self::PlayPromptOperation(v) => &v.client_context,
            Self::RecordOperation(v) => &v.client_context,
            Self::SendDtmfTonesOperation(v) => &v.client_context,
            Self::StartHoldMusicOperation(v) => &v.client_context,
            Self::StopHoldMusicOperation(v) => &v.client_context,
            Self::SubscribeToToneOperation(v) => &v.client_context,
            Self::UnmuteParticipantOperation(v) => &v.client_context,
            Self::UpdateRecordingStatusOperation(v) => &v.client_context,
        }
    }
    /// `clientContext` of any variant.
    #[inline]
    pub fn client_context_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::CommsOperation(v) => &mut v.client_context,
            Self::AddLargeGalleryViewOperation(v) => &mut v.client_context,
            Self::CancelMediaProcessingOperation(v) => &mut v.client_context,
            Self::InviteParticipantsOperation(v) => &mut v.client_context,
            Self::MuteParticipantOperation(v) => &mut v.client_context,
            Self::PlayPromptOperation(v) => &mut v.client_context,
            Self::RecordOperation(v) => &mut v.client_context,
            Self::SendDtmfTonesOperation(v) => &mut v.client_context,
            Self::StartHoldMusicOperation(v) => &mut v.client_context,
            Self::StopHoldMusicOperation(v) => &mut v.client_context,
            Self::SubscribeToToneOperation(v) => &mut v.client_context,
            Self::UnmuteParticipantOperation(v) => &mut v.client_context,
            Self::UpdateRecordingStatusOperation(v) => &mut v.client_context,
        }
    }
    /// `resultInfo` of any variant.
    #[inline]
    pub fn result_info(&self) -> &rt::Field<crate::v1::ResultInfo> {
        match self {
            Self::CommsOperation(v) => &v.result_info,
            Self::AddLargeGalleryViewOperation(v) => &v.result_info,
            Self::CancelMediaProcessingOperation(v) => &v.result_info,
            Self::InviteParticipantsOperation(v) => &v.result_info,
            Self::MuteParticipantOperation(v) => &v.result_info,
            Self::PlayPromptOperation(v) => &v.result_info,
            Self::RecordOperation(v) => &v.result_info,
            Self::SendDtmfTonesOperation(v) => &v.result_info,
            Self::StartHoldMusicOperation(v) => &v.result_info,
            Self::StopHoldMusicOperation(v) => &v.result_info,
            Self::SubscribeToToneOperation(v) => &v.result_info,
            Self::UnmuteParticipantOperation(v) => &v.result_info,
            Self::UpdateRecordingStatusOperation(v) => &v.result_info,
        }
    }
    /// `resultInfo` of any variant.
    #[inline]
    pub fn result_info_mut(&mut self) -> &mut rt::Field<crate::v1::ResultInfo> {
        match self {
            Self::CommsOperation(v) => &mut v.result_info,
            Self::AddLargeGalleryViewOperation(v) => &mut v.result_info,
            Self::CancelMediaProcessingOperation(v) => &mut v.result_info,
            Self::InviteParticipantsOperation(v) => &mut v.result_info,
            Self::MuteParticipantOperation(v) => &mut v.result_info,
            Self::PlayPromptOperation(v) => &mut v.result_info,
            Self::RecordOperation(v) => &mut v.result_info,
            Self::SendDtmfTonesOperation(v) => &mut v.result_info,
            Self::StartHoldMusicOperation(v) => &mut v.result_info,
            Self::StopHoldMusicOperation(v) => &mut v.result_info,
            Self::SubscribeToToneOperation(v) => &mut v.result_info,
            Self::UnmuteParticipantOperation(v) => &mut v.result_info,
            Self::UpdateRecordingStatusOperation(v) => &mut v.result_info,
        }
    }
    /// `status` of any variant.
    #[inline]
    pub fn status(&self) -> &rt::Field<crate::v1::OperationStatus> {
        match self {
            Self::CommsOperation(v) => &v.status,
            Self::AddLargeGalleryViewOperation(v) => &v.status,
            Self::CancelMediaProcessingOperation(v) => &v.status,
            Self::InviteParticipantsOperation(v) => &v.status,
            Self::MuteParticipantOperation(v) => &v.status,
            Self::PlayPromptOperation(v) => &v.status,
            Self::RecordOperation(v) => &v.status,
            Self::SendDtmfTonesOperation(v) => &v.status,
            Self::StartHoldMusicOperation(v) => &v.status,
            Self::StopHoldMusicOperation(v) => &v.status,
            Self::SubscribeToToneOperation(v) => &v.status,
            Self::UnmuteParticipantOperation(v) => &v.status,
            Self::UpdateRecordingStatusOperation(v) => &v.status,
        }
    }
    /// `status` of any variant.
    #[inline]
    pub fn status_mut(&mut self) -> &mut rt::Field<crate::v1::OperationStatus> {
        match self {
            Self::CommsOperation(v) => &mut v.status,
            Self::AddLargeGalleryViewOperation(v) => &mut v.status,
            Self::CancelMediaProcessingOperation(v) => &mut v.status,
            Self::InviteParticipantsOperation(v) => &mut v.status,
            Self::MuteParticipantOperation(v) => &mut v.status,
            Self::PlayPromptOperation(v) => &mut v.status,
            Self::RecordOperation(v) => &mut v.status,
            Self::SendDtmfTonesOperation(v) => &mut v.status,
            Self::StartHoldMusicOperation(v) => &mut v.status,
            Self::StopHoldMusicOperation(v) => &mut v.status,
            Self::SubscribeToToneOperation(v) => &mut v.status,
            Self::UnmuteParticipantOperation(v) => &mut v.status,
            Self::UpdateRecordingStatusOperation(v) => &mut v.status,
        }
    }
}
#[cfg(msgraph_v1_communications_or_search)]
rt::impl_poly!(AnyCommsOperation);
#[cfg(msgraph_v1_communications_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyCommsOperation);
#[cfg(msgraph_v1_employee_experience_or_search)]
/// Types of communityPrivacy.
///
/// CSDL: `microsoft.graph.communityPrivacy`, enum type.
///
/// Features: `v1`, or one of `v1-employee-experience`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum CommunityPrivacy {
    /// Any user from the tenant can join and participate in the community.
    ///
    /// `public` (value 0).
    Public,
    /// A community administrator must add tenant users to the community before they can participate.
    ///
    /// `private` (value 1).
    Private,
    /// A marker value for members added after the release of this API.
    ///
    /// `unknownFutureValue` (value 2).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_employee_experience_or_search)]
impl rt::StrEnum for CommunityPrivacy {
    const TYPE_NAME: &'static str = "microsoft.graph.communityPrivacy";
    const MEMBERS: &'static [&'static str] = &[
        "public",
        "private",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "public" => Self::Public,
                "private" => Self::Private,
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
            Self::Public => "public",
            Self::Private => "private",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_employee_experience_or_search)]
rt::impl_enum!(CommunityPrivacy);
#[cfg(msgraph_v1_employee_experience_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(CommunityPrivacy);
#[cfg(msgraph_v1_directory_or_search)]
/// CSDL: `microsoft.graph.companySubscription`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1`, or one of `v1-directory`, `v1-search`.
#[derive(Clone)]
pub struct CompanySubscription {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `commerceSubscriptionId`: `Edm.String`, nullable.
    pub commerce_subscription_id: rt::Field<::std::string::String>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `isTrial`: `Edm.Boolean`, nullable.
    pub is_trial: rt::Field<bool>,
    /// CSDL: property `nextLifecycleDateTime`: `Edm.DateTimeOffset`, nullable.
    pub next_lifecycle_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `ownerId`: `Edm.String`, nullable.
    pub owner_id: rt::Field<::std::string::String>,
    /// CSDL: property `ownerTenantId`: `Edm.String`, nullable.
    pub owner_tenant_id: rt::Field<::std::string::String>,
    /// CSDL: property `ownerType`: `Edm.String`, nullable.
    pub owner_type: rt::Field<::std::string::String>,
    /// CSDL: property `serviceStatus`: `Collection(microsoft.graph.servicePlanInfo)`, not nullable.
    pub service_status: rt::Field<::std::vec::Vec<crate::v1::ServicePlanInfo>>,
    /// CSDL: property `skuId`: `Edm.String`, nullable.
    pub sku_id: rt::Field<::std::string::String>,
    /// CSDL: property `skuPartNumber`: `Edm.String`, nullable.
    pub sku_part_number: rt::Field<::std::string::String>,
    /// CSDL: property `status`: `Edm.String`, nullable.
    pub status: rt::Field<::std::string::String>,
    /// CSDL: property `totalLicenses`: `Edm.Int32`, nullable.
    pub total_licenses: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_directory_or_search)]
impl ::std::default::Default for CompanySubscription {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            commerce_subscription_id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            is_trial: rt::Field::Absent,
            next_lifecycle_date_time: rt::Field::Absent,
            owner_id: rt::Field::Absent,
            owner_tenant_id: rt::Field::Absent,
            owner_type: rt::Field::Absent,
            service_status: rt::Field::Absent,
            sku_id: rt::Field::Absent,
            sku_part_number: rt::Field::Absent,
            status: rt::Field::Absent,
            total_licenses: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_directory_or_search)]
impl rt::Object for CompanySubscription {
    const TYPE_NAME: &'static str = "microsoft.graph.companySubscription";
    const KEYS: &'static [&'static str] = &[
        "id",
        "commerceSubscriptionId",
        "createdDateTime",
        "isTrial",
        "nextLifecycleDateTime",
        "ownerId",
        "ownerTenantId",
        "ownerType",
        "serviceStatus",
        "skuId",
        "skuPartNumber",
        "status",
        "totalLicenses",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"commerceSubscriptionId\":       ",
        ",\"createdDateTime\":              ",
        ",\"isTrial\":                      ",
        ",\"nextLifecycleDateTime\":        ",
        ",\"ownerId\":                      ",
        ",\"ownerTenantId\":                ",
        ",\"ownerType\":                    ",
        ",\"serviceStatus\":                ",
        ",\"skuId\":                        ",
        ",\"skuPartNumber\":                ",
        ",\"status\":                       ",
        ",\"totalLicenses\":                ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.companySubscription\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "commerce_subscription_id", &self.commerce_subscription_id);
        v.field(2usize, "created_date_time", &self.created_date_time);
        v.field(3usize, "is_trial", &self.is_trial);
        v.field(4usize, "next_lifecycle_date_time", &self.next_lifecycle_date_time);
        v.field(5usize, "owner_id", &self.owner_id);
        v.field(6usize, "owner_tenant_id", &self.owner_tenant_id);
        v.field(7usize, "owner_type", &self.owner_type);
        v.field(8usize, "service_status", &self.service_status);
        v.field(9usize, "sku_id", &self.sku_id);
        v.field(10usize, "sku_part_number", &self.sku_part_number);
        v.field(11usize, "status", &self.status);
        v.field(12usize, "total_licenses", &self.total_licenses);
    }
}
#[cfg(msgraph_v1_directory_or_search)]
impl rt::object::Members for CompanySubscription {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.commerce_subscription_id.read_from(r),
            2usize => self.created_date_time.read_from(r),
            3usize => self.is_trial.read_from(r),
            4usize => self.next_lifecycle_date_time.read_from(r),
            5usize => self.owner_id.read_from(r),
            6usize => self.owner_tenant_id.read_from(r),
            7usize => self.owner_type.read_from(r),
            8usize => self.service_status.read_from(r),
            9usize => self.sku_id.read_from(r),
            10usize => self.sku_part_number.read_from(r),
            11usize => self.status.read_from(r),
            12usize => self.total_licenses.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.commerce_subscription_id);
        w.field(2usize, &self.created_date_time);
        w.field(3usize, &self.is_trial);
        w.field(4usize, &self.next_lifecycle_date_time);
        w.field(5usize, &self.owner_id);
        w.field(6usize, &self.owner_tenant_id);
        w.field(7usize, &self.owner_type);
        w.field(8usize, &self.service_status);
        w.field(9usize, &self.sku_id);
        w.field(10usize, &self.sku_part_number);
        w.field(11usize, &self.status);
        w.field(12usize, &self.total_licenses);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_directory_or_search)]
rt::impl_object!(CompanySubscription);
#[cfg(msgraph_v1_directory_or_search)]
rt::impl_setters!(
    CompanySubscription { with_id id : ::std::string::String;
    with_commerce_subscription_id commerce_subscription_id : ::std::string::String;
    with_created_date_time created_date_time : rt::edm::DateTimeOffset; with_is_trial
    is_trial : bool; with_next_lifecycle_date_time next_lifecycle_date_time :
    rt::edm::DateTimeOffset; with_owner_id owner_id : ::std::string::String;
    with_owner_tenant_id owner_tenant_id : ::std::string::String; with_owner_type
    owner_type : ::std::string::String; with_service_status service_status :
    ::std::vec::Vec < crate ::v1::ServicePlanInfo >; with_sku_id sku_id :
    ::std::string::String; with_sku_part_number sku_part_number : ::std::string::String;
    with_status status : ::std::string::String; with_total_licenses total_licenses : i32;
    }
);
#[cfg(msgraph_v1_directory_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(CompanySubscription);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.complianceInformation`, complex type, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct ComplianceInformation {
    /// CSDL: property `certificationControls`: `Collection(microsoft.graph.certificationControl)`, nullable.
    pub certification_controls: rt::Field<
        ::std::vec::Vec<crate::v1::CertificationControl>,
    >,
    /// CSDL: property `certificationName`: `Edm.String`, nullable.
    pub certification_name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for ComplianceInformation {
    #[inline]
    fn default() -> Self {
        Self {
            certification_controls: rt::Field::Absent,
            certification_name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for ComplianceInformation {
    const TYPE_NAME: &'static str = "microsoft.graph.complianceInformation";
    const KEYS: &'static [&'static str] = &[
        "certificationControls",
        "certificationName",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"certificationControls\":        ",
        ",\"certificationName\":            ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.complianceInformation\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "certification_controls", &self.certification_controls);
        v.field(1usize, "certification_name", &self.certification_name);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for ComplianceInformation {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.certification_controls.read_from(r),
            1usize => self.certification_name.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.certification_controls);
        w.field(1usize, &self.certification_name);
    }
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
rt::impl_object!(ComplianceInformation);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    ComplianceInformation { with_certification_controls certification_controls :
    ::std::vec::Vec < crate ::v1::CertificationControl >; with_certification_name
    certification_name : ::std::string::String; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(ComplianceInformation);
#[cfg(msgraph_v1_core_or_device_management)]
/// configuration Manager client enabled features
///
/// CSDL: `microsoft.graph.configurationManagerClientEnabledFeatures`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-device-management`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ConfigurationManagerClientEnabledFeatures {
    /// Whether compliance policy is managed by Intune
    ///
    /// CSDL: property `compliancePolicy`: `Edm.Boolean`, not nullable.
    pub compliance_policy: rt::Field<bool>,
    /// Whether device configuration is managed by Intune
    ///
    /// CSDL: property `deviceConfiguration`: `Edm.Boolean`, not nullable.
    pub device_configuration: rt::Field<bool>,
    /// Whether inventory is managed by Intune
    ///
    /// CSDL: property `inventory`: `Edm.Boolean`, not nullable.
    pub inventory: rt::Field<bool>,
    /// Whether modern application is managed by Intune
    ///
    /// CSDL: property `modernApps`: `Edm.Boolean`, not nullable.
    pub modern_apps: rt::Field<bool>,
    /// Whether resource access is managed by Intune
    ///
    /// CSDL: property `resourceAccess`: `Edm.Boolean`, not nullable.
    pub resource_access: rt::Field<bool>,
    /// Whether Windows Update for Business is managed by Intune
    ///
    /// CSDL: property `windowsUpdateForBusiness`: `Edm.Boolean`, not nullable.
    pub windows_update_for_business: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_device_management)]
impl ::std::default::Default for ConfigurationManagerClientEnabledFeatures {
    #[inline]
    fn default() -> Self {
        Self {
            compliance_policy: rt::Field::Absent,
            device_configuration: rt::Field::Absent,
            inventory: rt::Field::Absent,
            modern_apps: rt::Field::Absent,
            resource_access: rt::Field::Absent,
            windows_update_for_business: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_device_management)]
impl rt::Object for ConfigurationManagerClientEnabledFeatures {
    const TYPE_NAME: &'static str = "microsoft.graph.configurationManagerClientEnabledFeatures";
    const KEYS: &'static [&'static str] = &[
        "compliancePolicy",
        "deviceConfiguration",
        "inventory",
        "modernApps",
        "resourceAccess",
        "windowsUpdateForBusiness",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"compliancePolicy\":             ",
        ",\"deviceConfiguration\":          ",
        ",\"inventory\":                    ",
        ",\"modernApps\":                   ",
        ",\"resourceAccess\":               ",
        ",\"windowsUpdateForBusiness\":     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.configurationManagerClientEnabledFeatures\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "compliance_policy", &self.compliance_policy);
        v.field(1usize, "device_configuration", &self.device_configuration);
        v.field(2usize, "inventory", &self.inventory);
        v.field(3usize, "modern_apps", &self.modern_apps);
        v.field(4usize, "resource_access", &self.resource_access);
        v.field(
            5usize,
            "windows_update_for_business",
            &self.windows_update_for_business,
        );
    }
}
#[cfg(msgraph_v1_core_or_device_management)]
impl rt::object::Members for ConfigurationManagerClientEnabledFeatures {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.compliance_policy.read_from(r),
            1usize => self.device_configuration.read_from(r),
            2usize => self.inventory.read_from(r),
            3usize => self.modern_apps.read_from(r),
            4usize => self.resource_access.read_from(r),
            5usize => self.windows_update_for_business.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.compliance_policy);
        w.field(1usize, &self.device_configuration);
        w.field(2usize, &self.inventory);
        w.field(3usize, &self.modern_apps);
        w.field(4usize, &self.resource_access);
        w.field(5usize, &self.windows_update_for_business);
    }
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
rt::impl_object!(ConfigurationManagerClientEnabledFeatures);
#[cfg(msgraph_v1_core_or_device_management)]
rt::impl_setters!(
    ConfigurationManagerClientEnabledFeatures { with_compliance_policy compliance_policy
    : bool; with_device_configuration device_configuration : bool; with_inventory
    inventory : bool; with_modern_apps modern_apps : bool; with_resource_access
    resource_access : bool; with_windows_update_for_business windows_update_for_business
    : bool; }
);
#[cfg(msgraph_v1_core_or_device_management)]
#[cfg(feature = "serde")]
rt::impl_serde!(ConfigurationManagerClientEnabledFeatures);
#[cfg(msgraph_v1_identity_governance_or_search)]
/// CSDL: `microsoft.graph.connectedOrganizationState`, enum type.
///
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ConnectedOrganizationState {
    /// `configured` (value 0).
    Configured,
    /// `proposed` (value 1).
    Proposed,
    /// `unknownFutureValue` (value 2).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::StrEnum for ConnectedOrganizationState {
    const TYPE_NAME: &'static str = "microsoft.graph.connectedOrganizationState";
    const MEMBERS: &'static [&'static str] = &[
        "configured",
        "proposed",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "configured" => Self::Configured,
                "proposed" => Self::Proposed,
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
            Self::Configured => "configured",
            Self::Proposed => "proposed",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_enum!(ConnectedOrganizationState);
#[cfg(msgraph_v1_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ConnectedOrganizationState);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.connectionDirection`, enum type.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ConnectionDirection {
    /// `unknown` (value 0).
    Unknown,
    /// `inbound` (value 1).
    Inbound,
    /// `outbound` (value 2).
    Outbound,
    /// `unknownFutureValue` (value 127).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::StrEnum for ConnectionDirection {
    const TYPE_NAME: &'static str = "microsoft.graph.connectionDirection";
    const MEMBERS: &'static [&'static str] = &[
        "unknown",
        "inbound",
        "outbound",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "unknown" => Self::Unknown,
                "inbound" => Self::Inbound,
                "outbound" => Self::Outbound,
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
            Self::Inbound => "inbound",
            Self::Outbound => "outbound",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
rt::impl_enum!(ConnectionDirection);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(ConnectionDirection);
#[cfg(msgraph_v1_identity_governance_or_search)]
/// CSDL: `microsoft.graph.connectionInfo`, complex type.
///
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
#[derive(Clone)]
pub struct ConnectionInfo {
    /// CSDL: property `url`: `Edm.String`, nullable.
    pub url: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl ::std::default::Default for ConnectionInfo {
    #[inline]
    fn default() -> Self {
        Self {
            url: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::Object for ConnectionInfo {
    const TYPE_NAME: &'static str = "microsoft.graph.connectionInfo";
    const KEYS: &'static [&'static str] = &["url"];
    const KEYS_JSON: &'static [&'static str] = &[",\"url\":                          "];
    const TAG: &'static str = "\"#microsoft.graph.connectionInfo\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "url", &self.url);
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::object::Members for ConnectionInfo {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.url.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.url);
    }
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
rt::impl_object!(ConnectionInfo);
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_setters!(ConnectionInfo { with_url url : ::std::string::String; });
#[cfg(msgraph_v1_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ConnectionInfo);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.connectionStatus`, enum type.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ConnectionStatus {
    /// `unknown` (value 0).
    Unknown,
    /// `attempted` (value 1).
    Attempted,
    /// `succeeded` (value 2).
    Succeeded,
    /// `blocked` (value 3).
    Blocked,
    /// `failed` (value 4).
    Failed,
    /// `unknownFutureValue` (value 127).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::StrEnum for ConnectionStatus {
    const TYPE_NAME: &'static str = "microsoft.graph.connectionStatus";
    const MEMBERS: &'static [&'static str] = &[
        "unknown",
        "attempted",
        "succeeded",
        "blocked",
        "failed",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "unknown" => Self::Unknown,
                "attempted" => Self::Attempted,
                "succeeded" => Self::Succeeded,
                "blocked" => Self::Blocked,
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
            Self::Unknown => "unknown",
            Self::Attempted => "attempted",
            Self::Succeeded => "succeeded",
            Self::Blocked => "blocked",
            Self::Failed => "failed",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
rt::impl_enum!(ConnectionStatus);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(ConnectionStatus);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.contentActivity`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`ContentActivityPath`](requests/trait.ContentActivityPath.html), what a path to one (`EntityPath<ContentActivity, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ContentActivity {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `contentMetadata`: `microsoft.graph.processContentRequest`, not nullable.
    pub content_metadata: rt::Field<crate::v1::ProcessContentRequest>,
    /// CSDL: property `scopeIdentifier`: `Edm.String`, nullable.
    pub scope_identifier: rt::Field<::std::string::String>,
    /// CSDL: property `userId`: `Edm.String`, nullable.
    pub user_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for ContentActivity {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            content_metadata: rt::Field::Absent,
            scope_identifier: rt::Field::Absent,
            user_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for ContentActivity {
    const TYPE_NAME: &'static str = "microsoft.graph.contentActivity";
    const KEYS: &'static [&'static str] = &[
        "id",
        "contentMetadata",
        "scopeIdentifier",
        "userId",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"contentMetadata\":              ",
        ",\"scopeIdentifier\":              ",
        ",\"userId\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.contentActivity\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "content_metadata", &self.content_metadata);
        v.field(2usize, "scope_identifier", &self.scope_identifier);
        v.field(3usize, "user_id", &self.user_id);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for ContentActivity {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.content_metadata.read_from(r),
            2usize => self.scope_identifier.read_from(r),
            3usize => self.user_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.content_metadata);
        w.field(2usize, &self.scope_identifier);
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
rt::impl_object!(ContentActivity);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    ContentActivity { with_id id : ::std::string::String; with_content_metadata
    content_metadata : crate ::v1::ProcessContentRequest; with_scope_identifier
    scope_identifier : ::std::string::String; with_user_id user_id :
    ::std::string::String; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(ContentActivity);
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
/// CSDL: `microsoft.graph.contentApprovalStatusColumn`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-drives`, `v1-group-setting-templates` and 14 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ContentApprovalStatusColumn {
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
impl ::std::default::Default for ContentApprovalStatusColumn {
    #[inline]
    fn default() -> Self {
        Self {
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
impl rt::Object for ContentApprovalStatusColumn {
    const TYPE_NAME: &'static str = "microsoft.graph.contentApprovalStatusColumn";
    const KEYS: &'static [&'static str] = &[];
    const KEYS_JSON: &'static [&'static str] = &[];
    const TAG: &'static str = "\"#microsoft.graph.contentApprovalStatusColumn\"";
    #[inline]
    #[allow(unused_variables)]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {}
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
impl rt::object::Members for ContentApprovalStatusColumn {
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
rt::impl_object!(ContentApprovalStatusColumn);
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
#[cfg(feature = "serde")]
rt::impl_serde!(ContentApprovalStatusColumn);
#[cfg(msgraph_v1_core_or_security)]
/// CSDL: `microsoft.graph.contentBase`, complex type, abstract.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ContentBase {
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_security)]
impl ::std::default::Default for ContentBase {
    #[inline]
    fn default() -> Self {
        Self {
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_security)]
impl rt::Object for ContentBase {
    const TYPE_NAME: &'static str = "microsoft.graph.contentBase";
    const KEYS: &'static [&'static str] = &[];
    const KEYS_JSON: &'static [&'static str] = &[];
    const TAG: &'static str = "\"#microsoft.graph.contentBase\"";
    #[inline]
    #[allow(unused_variables)]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {}
}
#[cfg(msgraph_v1_core_or_security)]
impl rt::object::Members for ContentBase {
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
#[cfg(msgraph_v1_core_or_security)]
rt::impl_object!(ContentBase);
#[cfg(msgraph_v1_core_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(ContentBase);
#[cfg(msgraph_v1_core_or_security)]
/// `microsoft.graph.contentBase` or any type derived from it, selected by `@odata.type` (3 types); each variant's type converts into it (`From`).
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Debug)]
pub enum AnyContentBase {
    ContentBase(::std::boxed::Box<crate::v1::ContentBase>),
    BinaryContent(::std::boxed::Box<crate::v1::BinaryContent>),
    TextContent(::std::boxed::Box<crate::v1::TextContent>),
}
#[cfg(msgraph_v1_core_or_security)]
impl ::std::default::Default for AnyContentBase {
    #[inline]
    fn default() -> Self {
        Self::ContentBase(::std::default::Default::default())
    }
}
#[cfg(msgraph_v1_core_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::ContentBase> for AnyContentBase {
    #[inline]
    fn from(v: crate::v1::ContentBase) -> Self {
        Self::ContentBase(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::BinaryContent> for AnyContentBase {
    #[inline]
    fn from(v: crate::v1::BinaryContent) -> Self {
        Self::BinaryContent(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::TextContent> for AnyContentBase {
    #[inline]
    fn from(v: crate::v1::TextContent) -> Self {
        Self::TextContent(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core_or_security)]
unsafe impl ::std::marker::Send for AnyContentBase {}
#[cfg(msgraph_v1_core_or_security)]
unsafe impl ::std::marker::Sync for AnyContentBase {}
#[cfg(msgraph_v1_core_or_security)]
impl ::std::marker::Unpin for AnyContentBase {}
#[cfg(msgraph_v1_core_or_security)]
impl ::std::panic::UnwindSafe for AnyContentBase {}
#[cfg(msgraph_v1_core_or_security)]
impl ::std::panic::RefUnwindSafe for AnyContentBase {}
#[cfg(msgraph_v1_core_or_security)]
const _: () = {
    rt::object::auto_traits::<crate::v1::ContentBase>();
    rt::object::auto_traits::<crate::v1::BinaryContent>();
    rt::object::auto_traits::<crate::v1::TextContent>();
};
#[cfg(msgraph_v1_core_or_security)]
impl rt::Poly for AnyContentBase {
    const BASE_NAME: &'static str = "microsoft.graph.contentBase";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some("microsoft.graph.binaryContent") => {
                Self::BinaryContent(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.textContent") => {
                Self::TextContent(rt::object::new_boxed())
            }
            _ => Self::ContentBase(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::ContentBase(v) => &**v,
            Self::BinaryContent(v) => &**v,
            Self::TextContent(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::ContentBase(v) => &mut **v,
            Self::BinaryContent(v) => &mut **v,
            Self::TextContent(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_v1_core_or_security)]
impl AnyContentBase {
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
#[cfg(msgraph_v1_core_or_security)]
rt::impl_poly!(AnyContentBase);
#[cfg(msgraph_v1_core_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyContentBase);
#[cfg(msgraph_v1_core_or_security)]
/// CSDL: `microsoft.graph.contentCategory`, enum type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ContentCategory {
    /// `none` (value 0).
    None,
    /// `ai` (value 1).
    Ai,
    /// `unknownFutureValue` (value 2).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_core_or_security)]
impl rt::StrEnum for ContentCategory {
    const TYPE_NAME: &'static str = "microsoft.graph.contentCategory";
    const MEMBERS: &'static [&'static str] = &["none", "ai", "unknownFutureValue"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "none" => Self::None,
                "ai" => Self::Ai,
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
            Self::Ai => "ai",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_core_or_security)]
rt::impl_enum!(ContentCategory);
#[cfg(msgraph_v1_core_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(ContentCategory);
#[cfg(msgraph_v1_communications_or_search)]
/// CSDL: `microsoft.graph.contentSharingSession`, entity type, derived from `microsoft.graph.entity`, open, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1`, or one of `v1-communications`, `v1-search`.
#[derive(Clone)]
pub struct ContentSharingSession {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_communications_or_search)]
impl ::std::default::Default for ContentSharingSession {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_communications_or_search)]
impl rt::Object for ContentSharingSession {
    const TYPE_NAME: &'static str = "microsoft.graph.contentSharingSession";
    const KEYS: &'static [&'static str] = &["id"];
    const KEYS_JSON: &'static [&'static str] = &[",\"id\":                           "];
    const TAG: &'static str = "\"#microsoft.graph.contentSharingSession\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
    }
}
#[cfg(msgraph_v1_communications_or_search)]
impl rt::object::Members for ContentSharingSession {
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
#[cfg(msgraph_v1_communications_or_search)]
rt::impl_object!(ContentSharingSession);
#[cfg(msgraph_v1_communications_or_search)]
rt::impl_setters!(ContentSharingSession { with_id id : ::std::string::String; });
#[cfg(msgraph_v1_communications_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ContentSharingSession);
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
/// CSDL: `microsoft.graph.contentType`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`ContentTypePath`](requests/trait.ContentTypePath.html), what a path to one (`EntityPath<ContentType, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-drives`, `v1-group-setting-templates` and 13 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ContentType {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `associatedHubsUrls`: `Collection(Edm.String)`, nullable.
    pub associated_hubs_urls: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `documentSet`: `microsoft.graph.documentSet`, nullable.
    pub document_set: rt::Field<crate::v1::DocumentSet>,
    /// CSDL: property `documentTemplate`: `microsoft.graph.documentSetContent`, nullable.
    pub document_template: rt::Field<crate::v1::DocumentSetContent>,
    /// CSDL: property `group`: `Edm.String`, nullable.
    pub group: rt::Field<::std::string::String>,
    /// CSDL: property `hidden`: `Edm.Boolean`, nullable.
    pub hidden: rt::Field<bool>,
    /// CSDL: property `inheritedFrom`: `microsoft.graph.itemReference`, nullable.
    pub inherited_from: rt::Field<crate::v1::ItemReference>,
    /// CSDL: property `isBuiltIn`: `Edm.Boolean`, nullable.
    pub is_built_in: rt::Field<bool>,
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// CSDL: property `order`: `microsoft.graph.contentTypeOrder`, nullable.
    pub order: rt::Field<crate::v1::ContentTypeOrder>,
    /// CSDL: property `parentId`: `Edm.String`, nullable.
    pub parent_id: rt::Field<::std::string::String>,
    /// CSDL: property `propagateChanges`: `Edm.Boolean`, nullable.
    pub propagate_changes: rt::Field<bool>,
    /// CSDL: property `readOnly`: `Edm.Boolean`, nullable.
    pub read_only: rt::Field<bool>,
    /// CSDL: property `sealed`: `Edm.Boolean`, nullable.
    pub sealed: rt::Field<bool>,
    /// CSDL: navigation property `base`: `microsoft.graph.contentType`, nullable.
    pub base: rt::Field<::std::boxed::Box<crate::v1::ContentType>>,
    /// CSDL: navigation property `baseTypes`: `Collection(microsoft.graph.contentType)`, not nullable.
    pub base_types: rt::Field<::std::vec::Vec<crate::v1::ContentType>>,
    /// CSDL: containment navigation property `columnLinks`: `Collection(microsoft.graph.columnLink)`, not nullable.
    pub column_links: rt::Field<::std::vec::Vec<crate::v1::ColumnLink>>,
    /// CSDL: navigation property `columnPositions`: `Collection(microsoft.graph.columnDefinition)`, not nullable.
    pub column_positions: rt::Field<::std::vec::Vec<crate::v1::ColumnDefinition>>,
    /// CSDL: containment navigation property `columns`: `Collection(microsoft.graph.columnDefinition)`, not nullable.
    pub columns: rt::Field<::std::vec::Vec<crate::v1::ColumnDefinition>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
impl ::std::default::Default for ContentType {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            associated_hubs_urls: rt::Field::Absent,
            description: rt::Field::Absent,
            document_set: rt::Field::Absent,
            document_template: rt::Field::Absent,
            group: rt::Field::Absent,
            hidden: rt::Field::Absent,
            inherited_from: rt::Field::Absent,
            is_built_in: rt::Field::Absent,
            name: rt::Field::Absent,
            order: rt::Field::Absent,
            parent_id: rt::Field::Absent,
            propagate_changes: rt::Field::Absent,
            read_only: rt::Field::Absent,
            sealed: rt::Field::Absent,
            base: rt::Field::Absent,
            base_types: rt::Field::Absent,
            column_links: rt::Field::Absent,
            column_positions: rt::Field::Absent,
            columns: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
impl rt::Object for ContentType {
    const TYPE_NAME: &'static str = "microsoft.graph.contentType";
    const KEYS: &'static [&'static str] = &[
        "id",
        "associatedHubsUrls",
        "description",
        "documentSet",
        "documentTemplate",
        "group",
        "hidden",
        "inheritedFrom",
        "isBuiltIn",
        "name",
        "order",
        "parentId",
        "propagateChanges",
        "readOnly",
        "sealed",
        "base",
        "baseTypes",
        "columnLinks",
        "columnPositions",
        "columns",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"associatedHubsUrls\":           ",
        ",\"description\":                  ",
        ",\"documentSet\":                  ",
        ",\"documentTemplate\":             ",
        ",\"group\":                        ",
        ",\"hidden\":                       ",
        ",\"inheritedFrom\":                ",
        ",\"isBuiltIn\":                    ",
        ",\"name\":                         ",
        ",\"order\":                        ",
        ",\"parentId\":                     ",
        ",\"propagateChanges\":             ",
        ",\"readOnly\":                     ",
        ",\"sealed\":                       ",
        ",\"base\":                         ",
        ",\"baseTypes\":                    ",
        ",\"columnLinks\":                  ",
        ",\"columnPositions\":              ",
        ",\"columns\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.contentType\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "associated_hubs_urls", &self.associated_hubs_urls);
        v.field(2usize, "description", &self.description);
        v.field(3usize, "document_set", &self.document_set);
        v.field(4usize, "document_template", &self.document_template);
        v.field(5usize, "group", &self.group);
        v.field(6usize, "hidden", &self.hidden);
        v.field(7usize, "inherited_from", &self.inherited_from);
        v.field(8usize, "is_built_in", &self.is_built_in);
        v.field(9usize, "name", &self.name);
        v.field(10usize, "order", &self.order);
        v.field(11usize, "parent_id", &self.parent_id);
        v.field(12usize, "propagate_changes", &self.propagate_changes);
        v.field(13usize, "read_only", &self.read_only);
        v.field(14usize, "sealed", &self.sealed);
        v.field(15usize, "base", &self.base);
        v.field(16usize, "base_types", &self.base_types);
        v.field(17usize, "column_links", &self.column_links);
        v.field(18usize, "column_positions", &self.column_positions);
        v.field(19usize, "columns", &self.columns);
    }
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
impl rt::object::Members for ContentType {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.associated_hubs_urls.read_from(r),
            2usize => self.description.read_from(r),
            3usize => self.document_set.read_from(r),
            4usize => self.document_template.read_from(r),
            5usize => self.group.read_from(r),
            6usize => self.hidden.read_from(r),
            7usize => self.inherited_from.read_from(r),
            8usize => self.is_built_in.read_from(r),
            9usize => self.name.read_from(r),
            10usize => self.order.read_from(r),
            11usize => self.parent_id.read_from(r),
            12usize => self.propagate_changes.read_from(r),
            13usize => self.read_only.read_from(r),
            14usize => self.sealed.read_from(r),
            15usize => self.base.read_from(r),
            16usize => self.base_types.read_from(r),
            17usize => self.column_links.read_from(r),
            18usize => self.column_positions.read_from(r),
            19usize => self.columns.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.associated_hubs_urls);
        w.field(2usize, &self.description);
        w.field(3usize, &self.document_set);
        w.field(4usize, &self.document_template);
        w.field(5usize, &self.group);
        w.field(6usize, &self.hidden);
        w.field(7usize, &self.inherited_from);
        w.field(8usize, &self.is_built_in);
        w.field(9usize, &self.name);
        w.field(10usize, &self.order);
        w.field(11usize, &self.parent_id);
        w.field(12usize, &self.propagate_changes);
        w.field(13usize, &self.read_only);
        w.field(14usize, &self.sealed);
        w.field(15usize, &self.base);
        w.field(16usize, &self.base_types);
        w.field(17usize, &self.column_links);
        w.field(18usize, &self.column_positions);
        w.field(19usize, &self.columns);
    }
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
rt::impl_object!(ContentType);
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
rt::impl_boxed!(ContentType);
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
rt::impl_setters!(
    ContentType { with_id id : ::std::string::String; with_associated_hubs_urls
    associated_hubs_urls : ::std::vec::Vec < ::std::string::String >; with_description
    description : ::std::string::String; with_document_set document_set : crate
    ::v1::DocumentSet; with_document_template document_template : crate
    ::v1::DocumentSetContent; with_group group : ::std::string::String; with_hidden
    hidden : bool; with_inherited_from inherited_from : crate ::v1::ItemReference;
    with_is_built_in is_built_in : bool; with_name name : ::std::string::String;
    with_order order : crate ::v1::ContentTypeOrder; with_parent_id parent_id :
    ::std::string::String; with_propagate_changes propagate_changes : bool;
    with_read_only read_only : bool; with_sealed sealed : bool; with_base base :
    ::std::boxed::Box < crate ::v1::ContentType >; with_base_types base_types :
    ::std::vec::Vec < crate ::v1::ContentType >; with_column_links column_links :
    ::std::vec::Vec < crate ::v1::ColumnLink >; with_column_positions column_positions :
    ::std::vec::Vec < crate ::v1::ColumnDefinition >; with_columns columns :
    ::std::vec::Vec < crate ::v1::ColumnDefinition >; }
);
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
#[cfg(feature = "serde")]
rt::impl_serde!(ContentType);
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
/// CSDL: `microsoft.graph.contentTypeInfo`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-drives`, `v1-group-setting-templates` and 14 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ContentTypeInfo {
    /// CSDL: property `id`: `Edm.String`, nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
impl ::std::default::Default for ContentTypeInfo {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
impl rt::Object for ContentTypeInfo {
    const TYPE_NAME: &'static str = "microsoft.graph.contentTypeInfo";
    const KEYS: &'static [&'static str] = &["id", "name"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"name\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.contentTypeInfo\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "name", &self.name);
    }
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
impl rt::object::Members for ContentTypeInfo {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.name.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.name);
    }
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
rt::impl_object!(ContentTypeInfo);
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
rt::impl_setters!(
    ContentTypeInfo { with_id id : ::std::string::String; with_name name :
    ::std::string::String; }
);
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
#[cfg(feature = "serde")]
rt::impl_serde!(ContentTypeInfo);
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
/// CSDL: `microsoft.graph.contentTypeOrder`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-drives`, `v1-group-setting-templates` and 13 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ContentTypeOrder {
    /// CSDL: property `default`: `Edm.Boolean`, nullable.
    pub default: rt::Field<bool>,
    /// CSDL: property `position`: `Edm.Int32`, nullable.
    pub position: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
impl ::std::default::Default for ContentTypeOrder {
    #[inline]
    fn default() -> Self {
        Self {
            default: rt::Field::Absent,
            position: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
impl rt::Object for ContentTypeOrder {
    const TYPE_NAME: &'static str = "microsoft.graph.contentTypeOrder";
    const KEYS: &'static [&'static str] = &["default", "position"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"default\":                      ",
        ",\"position\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.contentTypeOrder\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "default", &self.default);
        v.field(1usize, "position", &self.position);
    }
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
impl rt::object::Members for ContentTypeOrder {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.default.read_from(r),
            1usize => self.position.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.default);
        w.field(1usize, &self.position);
    }
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
rt::impl_object!(ContentTypeOrder);
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
rt::impl_setters!(
    ContentTypeOrder { with_default default : bool; with_position position : i32; }
);
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
#[cfg(feature = "serde")]
rt::impl_serde!(ContentTypeOrder);
#[cfg(msgraph_v1_identity_governance_or_search)]
/// CSDL: `microsoft.graph.controlConfiguration`, entity type, derived from `microsoft.graph.entity`, abstract, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
#[derive(Clone)]
pub struct ControlConfiguration {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `createdBy`: `Edm.String`, nullable.
    pub created_by: rt::Field<::std::string::String>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `isEnabled`: `Edm.Boolean`, not nullable.
    pub is_enabled: rt::Field<bool>,
    /// CSDL: property `modifiedBy`: `Edm.String`, nullable.
    pub modified_by: rt::Field<::std::string::String>,
    /// CSDL: property `modifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl ::std::default::Default for ControlConfiguration {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_by: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            is_enabled: rt::Field::Absent,
            modified_by: rt::Field::Absent,
            modified_date_time: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::Object for ControlConfiguration {
    const TYPE_NAME: &'static str = "microsoft.graph.controlConfiguration";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdBy",
        "createdDateTime",
        "isEnabled",
        "modifiedBy",
        "modifiedDateTime",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdBy\":                    ",
        ",\"createdDateTime\":              ",
        ",\"isEnabled\":                    ",
        ",\"modifiedBy\":                   ",
        ",\"modifiedDateTime\":             ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.controlConfiguration\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_by", &self.created_by);
        v.field(2usize, "created_date_time", &self.created_date_time);
        v.field(3usize, "is_enabled", &self.is_enabled);
        v.field(4usize, "modified_by", &self.modified_by);
        v.field(5usize, "modified_date_time", &self.modified_date_time);
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::object::Members for ControlConfiguration {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_by.read_from(r),
            2usize => self.created_date_time.read_from(r),
            3usize => self.is_enabled.read_from(r),
            4usize => self.modified_by.read_from(r),
            5usize => self.modified_date_time.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.created_by);
        w.field(2usize, &self.created_date_time);
        w.field(3usize, &self.is_enabled);
        w.field(4usize, &self.modified_by);
        w.field(5usize, &self.modified_date_time);
    }
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
rt::impl_object!(ControlConfiguration);
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_setters!(
    ControlConfiguration { with_id id : ::std::string::String; with_created_by created_by
    : ::std::string::String; with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_is_enabled is_enabled : bool; with_modified_by
    modified_by : ::std::string::String; with_modified_date_time modified_date_time :
    rt::edm::DateTimeOffset; }
);
#[cfg(msgraph_v1_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ControlConfiguration);
#[cfg(msgraph_v1_identity_governance_or_search)]
/// `microsoft.graph.controlConfiguration` or any type derived from it, selected by `@odata.type` (2 types); each variant's type converts into it (`From`).
///
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyControlConfiguration {
    ControlConfiguration(::std::boxed::Box<crate::v1::ControlConfiguration>),
    EndUserSettings(::std::boxed::Box<crate::v1::EndUserSettings>),
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl ::std::default::Default for AnyControlConfiguration {
    #[inline]
    fn default() -> Self {
        Self::ControlConfiguration(::std::default::Default::default())
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::ControlConfiguration> for AnyControlConfiguration {
    #[inline]
    fn from(v: crate::v1::ControlConfiguration) -> Self {
        Self::ControlConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::EndUserSettings> for AnyControlConfiguration {
    #[inline]
    fn from(v: crate::v1::EndUserSettings) -> Self {
        Self::EndUserSettings(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
unsafe impl ::std::marker::Send for AnyControlConfiguration {}
#[cfg(msgraph_v1_identity_governance_or_search)]
unsafe impl ::std::marker::Sync for AnyControlConfiguration {}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl ::std::marker::Unpin for AnyControlConfiguration {}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl ::std::panic::UnwindSafe for AnyControlConfiguration {}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl ::std::panic::RefUnwindSafe for AnyControlConfiguration {}
#[cfg(msgraph_v1_identity_governance_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::v1::ControlConfiguration>();
    rt::object::auto_traits::<crate::v1::EndUserSettings>();
};
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::Poly for AnyControlConfiguration {
    const BASE_NAME: &'static str = "microsoft.graph.controlConfiguration";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some("microsoft.graph.endUserSettings") => {
                Self::EndUserSettings(rt::object::new_boxed())
            }
            _ => Self::ControlConfiguration(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::ControlConfiguration(v) => &**v,
            Self::EndUserSettings(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::ControlConfiguration(v) => &mut **v,
            Self::EndUserSettings(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl AnyControlConfiguration {
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
            Self::ControlConfiguration(v) => &v.id,
            Self::EndUserSettings(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ControlConfiguration(v) => &mut v.id,
            Self::EndUserSettings(v) => &mut v.id,
        }
    }
    /// `createdBy` of any variant.
    #[inline]
    pub fn created_by(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::ControlConfiguration(v) => &v.created_by,
            Self::EndUserSettings(v) => &v.created_by,
        }
    }
    /// `createdBy` of any variant.
    #[inline]
    pub fn created_by_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ControlConfiguration(v) => &mut v.created_by,
            Self::EndUserSettings(v) => &mut v.created_by,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::ControlConfiguration(v) => &v.created_date_time,
            Self::EndUserSettings(v) => &v.created_date_time,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time_mut(&mut self) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::ControlConfiguration(v) => &mut v.created_date_time,
            Self::EndUserSettings(v) => &mut v.created_date_time,
        }
    }
    /// `isEnabled` of any variant.
    #[inline]
    pub fn is_enabled(&self) -> &rt::Field<bool> {
        match self {
            Self::ControlConfiguration(v) => &v.is_enabled,
            Self::EndUserSettings(v) => &v.is_enabled,
        }
    }
    /// `isEnabled` of any variant.
    #[inline]
    pub fn is_enabled_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::ControlConfiguration(v) => &mut v.is_enabled,
            Self::EndUserSettings(v) => &mut v.is_enabled,
        }
    }
    /// `modifiedBy` of any variant.
    #[inline]
    pub fn modified_by(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::ControlConfiguration(v) => &v.modified_by,
            Self::EndUserSettings(v) => &v.modified_by,
        }
    }
    /// `modifiedBy` of any variant.
    #[inline]
    pub fn modified_by_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ControlConfiguration(v) => &mut v.modified_by,
            Self::EndUserSettings(v) => &mut v.modified_by,
        }
    }
    /// `modifiedDateTime` of any variant.
    #[inline]
    pub fn modified_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::ControlConfiguration(v) => &v.modified_date_time,
            Self::EndUserSettings(v) => &v.modified_date_time,
        }
    }
    /// `modifiedDateTime` of any variant.
    #[inline]
    pub fn modified_date_time_mut(&mut self) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::ControlConfiguration(v) => &mut v.modified_date_time,
            Self::EndUserSettings(v) => &mut v.modified_date_time,
        }
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_poly!(AnyControlConfiguration);
#[cfg(msgraph_v1_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyControlConfiguration);
#[cfg(msgraph_v1_core_or_teamwork)]
/// CSDL: `microsoft.graph.conversationMemberRoleUpdatedEventMessageDetail`, complex type, derived from `microsoft.graph.eventMessageDetail`.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ConversationMemberRoleUpdatedEventMessageDetail {
    /// CSDL: property `conversationMemberRoles`: `Collection(Edm.String)`, nullable.
    pub conversation_member_roles: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `conversationMemberUser`: `microsoft.graph.teamworkUserIdentity`, nullable.
    pub conversation_member_user: rt::Field<crate::v1::TeamworkUserIdentity>,
    /// CSDL: property `initiator`: `microsoft.graph.identitySet`, nullable.
    pub initiator: rt::Field<crate::v1::AnyIdentitySet>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl ::std::default::Default for ConversationMemberRoleUpdatedEventMessageDetail {
    #[inline]
    fn default() -> Self {
        Self {
            conversation_member_roles: rt::Field::Absent,
            conversation_member_user: rt::Field::Absent,
            initiator: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl rt::Object for ConversationMemberRoleUpdatedEventMessageDetail {
    const TYPE_NAME: &'static str = "microsoft.graph.conversationMemberRoleUpdatedEventMessageDetail";
    const KEYS: &'static [&'static str] = &[
        "conversationMemberRoles",
        "conversationMemberUser",
        "initiator",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"conversationMemberRoles\":      ",
        ",\"conversationMemberUser\":       ",
        ",\"initiator\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.conversationMemberRoleUpdatedEventMessageDetail\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "conversation_member_roles", &self.conversation_member_roles);
        v.field(1usize, "conversation_member_user", &self.conversation_member_user);
        v.field(2usize, "initiator", &self.initiator);
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl rt::object::Members for ConversationMemberRoleUpdatedEventMessageDetail {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.conversation_member_roles.read_from(r),
            1usize => self.conversation_member_user.read_from(r),
            2usize => self.initiator.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.conversation_member_roles);
        w.field(1usize, &self.conversation_member_user);
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
rt::impl_object!(ConversationMemberRoleUpdatedEventMessageDetail);
#[cfg(msgraph_v1_core_or_teamwork)]
rt::impl_setters!(
    ConversationMemberRoleUpdatedEventMessageDetail { with_conversation_member_roles
    conversation_member_roles : ::std::vec::Vec < ::std::string::String >;
    with_conversation_member_user conversation_member_user : crate
    ::v1::TeamworkUserIdentity; with_initiator initiator : crate ::v1::AnyIdentitySet; }
);
#[cfg(msgraph_v1_core_or_teamwork)]
#[cfg(feature = "serde")]
rt::impl_serde!(ConversationMemberRoleUpdatedEventMessageDetail);
#[cfg(msgraph_v1_copilot_or_search)]
/// CSDL: `microsoft.graph.copilotAdmin`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`CopilotAdminPath`](requests/trait.CopilotAdminPath.html), what a path to one (`EntityPath<CopilotAdmin, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-copilot`, `v1-search`.
#[derive(Clone)]
pub struct CopilotAdmin {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `catalog`: `microsoft.graph.copilotAdminCatalog`, nullable.
    pub catalog: rt::Field<crate::v1::CopilotAdminCatalog>,
    /// CSDL: containment navigation property `settings`: `microsoft.graph.copilotAdminSetting`, nullable.
    pub settings: rt::Field<crate::v1::CopilotAdminSetting>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_copilot_or_search)]
impl ::std::default::Default for CopilotAdmin {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            catalog: rt::Field::Absent,
            settings: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_copilot_or_search)]
impl rt::Object for CopilotAdmin {
    const TYPE_NAME: &'static str = "microsoft.graph.copilotAdmin";
    const KEYS: &'static [&'static str] = &["id", "catalog", "settings"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"catalog\":                      ",
        ",\"settings\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.copilotAdmin\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "catalog", &self.catalog);
        v.field(2usize, "settings", &self.settings);
    }
}
#[cfg(msgraph_v1_copilot_or_search)]
impl rt::object::Members for CopilotAdmin {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.catalog.read_from(r),
            2usize => self.settings.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.catalog);
        w.field(2usize, &self.settings);
    }
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
rt::impl_object!(CopilotAdmin);
#[cfg(msgraph_v1_copilot_or_search)]
rt::impl_setters!(
    CopilotAdmin { with_id id : ::std::string::String; with_catalog catalog : crate
    ::v1::CopilotAdminCatalog; with_settings settings : crate ::v1::CopilotAdminSetting;
    }
);
#[cfg(msgraph_v1_copilot_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(CopilotAdmin);
#[cfg(msgraph_v1_copilot_or_search)]
/// CSDL: `microsoft.graph.copilotAdminCatalog`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`CopilotAdminCatalogPath`](requests/trait.CopilotAdminCatalogPath.html), what a path to one (`EntityPath<CopilotAdminCatalog, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-copilot`, `v1-search`.
#[derive(Clone)]
pub struct CopilotAdminCatalog {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `packages`: `Collection(microsoft.graph.copilotPackageDetail)`, not nullable.
    pub packages: rt::Field<::std::vec::Vec<crate::v1::CopilotPackageDetail>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_copilot_or_search)]
impl ::std::default::Default for CopilotAdminCatalog {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            packages: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_copilot_or_search)]
impl rt::Object for CopilotAdminCatalog {
    const TYPE_NAME: &'static str = "microsoft.graph.copilotAdminCatalog";
    const KEYS: &'static [&'static str] = &["id", "packages"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"packages\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.copilotAdminCatalog\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "packages", &self.packages);
    }
}
#[cfg(msgraph_v1_copilot_or_search)]
impl rt::object::Members for CopilotAdminCatalog {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.packages.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.packages);
    }
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
rt::impl_object!(CopilotAdminCatalog);
#[cfg(msgraph_v1_copilot_or_search)]
rt::impl_setters!(
    CopilotAdminCatalog { with_id id : ::std::string::String; with_packages packages :
    ::std::vec::Vec < crate ::v1::CopilotPackageDetail >; }
);
#[cfg(msgraph_v1_copilot_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(CopilotAdminCatalog);
#[cfg(msgraph_v1_copilot_or_search)]
/// CSDL: `microsoft.graph.copilotAdminLimitedMode`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1`, or one of `v1-copilot`, `v1-search`.
#[derive(Clone)]
pub struct CopilotAdminLimitedMode {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `groupId`: `Edm.String`, nullable.
    pub group_id: rt::Field<::std::string::String>,
    /// CSDL: property `isEnabledForGroup`: `Edm.Boolean`, nullable.
    pub is_enabled_for_group: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_copilot_or_search)]
impl ::std::default::Default for CopilotAdminLimitedMode {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            group_id: rt::Field::Absent,
            is_enabled_for_group: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_copilot_or_search)]
impl rt::Object for CopilotAdminLimitedMode {
    const TYPE_NAME: &'static str = "microsoft.graph.copilotAdminLimitedMode";
    const KEYS: &'static [&'static str] = &["id", "groupId", "isEnabledForGroup"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"groupId\":                      ",
        ",\"isEnabledForGroup\":            ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.copilotAdminLimitedMode\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "group_id", &self.group_id);
        v.field(2usize, "is_enabled_for_group", &self.is_enabled_for_group);
    }
}
#[cfg(msgraph_v1_copilot_or_search)]
impl rt::object::Members for CopilotAdminLimitedMode {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.group_id.read_from(r),
            2usize => self.is_enabled_for_group.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.group_id);
        w.field(2usize, &self.is_enabled_for_group);
    }
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
rt::impl_object!(CopilotAdminLimitedMode);
#[cfg(msgraph_v1_copilot_or_search)]
rt::impl_setters!(
    CopilotAdminLimitedMode { with_id id : ::std::string::String; with_group_id group_id
    : ::std::string::String; with_is_enabled_for_group is_enabled_for_group : bool; }
);
#[cfg(msgraph_v1_copilot_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(CopilotAdminLimitedMode);
#[cfg(msgraph_v1_copilot_or_search)]
/// CSDL: `microsoft.graph.copilotAdminSetting`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`CopilotAdminSettingPath`](requests/trait.CopilotAdminSettingPath.html), what a path to one (`EntityPath<CopilotAdminSetting, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-copilot`, `v1-search`.
#[derive(Clone)]
pub struct CopilotAdminSetting {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `limitedMode`: `microsoft.graph.copilotAdminLimitedMode`, nullable.
    pub limited_mode: rt::Field<crate::v1::CopilotAdminLimitedMode>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_copilot_or_search)]
impl ::std::default::Default for CopilotAdminSetting {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            limited_mode: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_copilot_or_search)]
impl rt::Object for CopilotAdminSetting {
    const TYPE_NAME: &'static str = "microsoft.graph.copilotAdminSetting";
    const KEYS: &'static [&'static str] = &["id", "limitedMode"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"limitedMode\":                  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.copilotAdminSetting\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "limited_mode", &self.limited_mode);
    }
}
#[cfg(msgraph_v1_copilot_or_search)]
impl rt::object::Members for CopilotAdminSetting {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.limited_mode.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.limited_mode);
    }
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
rt::impl_object!(CopilotAdminSetting);
#[cfg(msgraph_v1_copilot_or_search)]
rt::impl_setters!(
    CopilotAdminSetting { with_id id : ::std::string::String; with_limited_mode
    limited_mode : crate ::v1::CopilotAdminLimitedMode; }
);
#[cfg(msgraph_v1_copilot_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(CopilotAdminSetting);
#[cfg(msgraph_v1_copilot_or_search)]
/// CSDL: `microsoft.graph.copilotPackage`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`CopilotPackagePath`](requests/trait.CopilotPackagePath.html), what a path to one (`EntityPath<AnyCopilotPackage, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-copilot`, `v1-search`.
#[derive(Clone)]
pub struct CopilotPackage {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `appId`: `Edm.String`, nullable.
    pub app_id: rt::Field<::std::string::String>,
    /// CSDL: property `assetId`: `Edm.String`, nullable.
    pub asset_id: rt::Field<::std::string::String>,
    /// CSDL: property `availableTo`: `microsoft.graph.packageStatus`, not nullable.
    pub available_to: rt::Field<crate::v1::PackageStatus>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `deployedTo`: `microsoft.graph.packageStatus`, not nullable.
    pub deployed_to: rt::Field<crate::v1::PackageStatus>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `elementTypes`: `Collection(Edm.String)`, not nullable.
    pub element_types: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `isBlocked`: `Edm.Boolean`, not nullable.
    pub is_blocked: rt::Field<bool>,
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `manifestId`: `Edm.String`, nullable.
    pub manifest_id: rt::Field<::std::string::String>,
    /// CSDL: property `manifestVersion`: `Edm.String`, nullable.
    pub manifest_version: rt::Field<::std::string::String>,
    /// CSDL: property `ownerId`: `Edm.String`, nullable.
    pub owner_id: rt::Field<::std::string::String>,
    /// CSDL: property `platform`: `Edm.String`, nullable.
    pub platform: rt::Field<::std::string::String>,
    /// CSDL: property `publisher`: `Edm.String`, nullable.
    pub publisher: rt::Field<::std::string::String>,
    /// CSDL: property `shortDescription`: `Edm.String`, nullable.
    pub short_description: rt::Field<::std::string::String>,
    /// CSDL: property `supportedHosts`: `Collection(Edm.String)`, not nullable.
    pub supported_hosts: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `type`: `microsoft.graph.packageType`, not nullable.
    pub type_: rt::Field<crate::v1::PackageType>,
    /// CSDL: property `version`: `Edm.String`, nullable.
    pub version: rt::Field<::std::string::String>,
    /// CSDL: property `zipFile`: `Edm.Stream`, nullable.
    pub zip_file: rt::Field<rt::RawJson>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_copilot_or_search)]
impl ::std::default::Default for CopilotPackage {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            app_id: rt::Field::Absent,
            asset_id: rt::Field::Absent,
            available_to: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            deployed_to: rt::Field::Absent,
            display_name: rt::Field::Absent,
            element_types: rt::Field::Absent,
            is_blocked: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            manifest_id: rt::Field::Absent,
            manifest_version: rt::Field::Absent,
            owner_id: rt::Field::Absent,
            platform: rt::Field::Absent,
            publisher: rt::Field::Absent,
            short_description: rt::Field::Absent,
            supported_hosts: rt::Field::Absent,
            type_: rt::Field::Absent,
            version: rt::Field::Absent,
            zip_file: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_copilot_or_search)]
impl rt::Object for CopilotPackage {
    const TYPE_NAME: &'static str = "microsoft.graph.copilotPackage";
    const KEYS: &'static [&'static str] = &[
        "id",
        "appId",
        "assetId",
        "availableTo",
        "createdDateTime",
        "deployedTo",
        "displayName",
        "elementTypes",
        "isBlocked",
        "lastModifiedDateTime",
        "manifestId",
        "manifestVersion",
        "ownerId",
        "platform",
        "publisher",
        "shortDescription",
        "supportedHosts",
        "type",
        "version",
        "zipFile",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"appId\":                        ",
        ",\"assetId\":                      ",
        ",\"availableTo\":                  ",
        ",\"createdDateTime\":              ",
        ",\"deployedTo\":                   ",
        ",\"displayName\":                  ",
        ",\"elementTypes\":                 ",
        ",\"isBlocked\":                    ",
        ",\"lastModifiedDateTime\":         ",
        ",\"manifestId\":                   ",
        ",\"manifestVersion\":              ",
        ",\"ownerId\":                      ",
        ",\"platform\":                     ",
        ",\"publisher\":                    ",
        ",\"shortDescription\":             ",
        ",\"supportedHosts\":               ",
        ",\"type\":                         ",
        ",\"version\":                      ",
        ",\"zipFile\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.copilotPackage\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "app_id", &self.app_id);
        v.field(2usize, "asset_id", &self.asset_id);
        v.field(3usize, "available_to", &self.available_to);
        v.field(4usize, "created_date_time", &self.created_date_time);
        v.field(5usize, "deployed_to", &self.deployed_to);
        v.field(6usize, "display_name", &self.display_name);
        v.field(7usize, "element_types", &self.element_types);
        v.field(8usize, "is_blocked", &self.is_blocked);
        v.field(9usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(10usize, "manifest_id", &self.manifest_id);
        v.field(11usize, "manifest_version", &self.manifest_version);
        v.field(12usize, "owner_id", &self.owner_id);
        v.field(13usize, "platform", &self.platform);
        v.field(14usize, "publisher", &self.publisher);
        v.field(15usize, "short_description", &self.short_description);
        v.field(16usize, "supported_hosts", &self.supported_hosts);
        v.field(17usize, "type_", &self.type_);
        v.field(18usize, "version", &self.version);
        v.field(19usize, "zip_file", &self.zip_file);
    }
}
#[cfg(msgraph_v1_copilot_or_search)]
impl rt::object::Members for CopilotPackage {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.app_id.read_from(r),
            2usize => self.asset_id.read_from(r),
            3usize => self.available_to.read_from(r),
            4usize => self.created_date_time.read_from(r),
            5usize => self.deployed_to.read_from(r),
            6usize => self.display_name.read_from(r),
            7usize => self.element_types.read_from(r),
            8usize => self.is_blocked.read_from(r),
            9usize => self.last_modified_date_time.read_from(r),
            10usize => self.manifest_id.read_from(r),
            11usize => self.manifest_version.read_from(r),
            12usize => self.owner_id.read_from(r),
            13usize => self.platform.read_from(r),
            14usize => self.publisher.read_from(r),
            15usize => self.short_description.read_from(r),
            16usize => self.supported_hosts.read_from(r),
            17usize => self.type_.read_from(r),
            18usize => self.version.read_from(r),
            19usize => self.zip_file.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.app_id);
        w.field(2usize, &self.asset_id);
        w.field(3usize, &self.available_to);
        w.field(4usize, &self.created_date_time);
        w.field(5usize, &self.deployed_to);
        w.field(6usize, &self.display_name);
        w.field(7usize, &self.element_types);
        w.field(8usize, &self.is_blocked);
        w.field(9usize, &self.last_modified_date_time);
        w.field(10usize, &self.manifest_id);
        w.field(11usize, &self.manifest_version);
        w.field(12usize, &self.owner_id);
        w.field(13usize, &self.platform);
        w.field(14usize, &self.publisher);
        w.field(15usize, &self.short_description);
        w.field(16usize, &self.supported_hosts);
        w.field(17usize, &self.type_);
        w.field(18usize, &self.version);
        w.field(19usize, &self.zip_file);
    }
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
rt::impl_object!(CopilotPackage);
#[cfg(msgraph_v1_copilot_or_search)]
rt::impl_setters!(
    CopilotPackage { with_id id : ::std::string::String; with_app_id app_id :
    ::std::string::String; with_asset_id asset_id : ::std::string::String;
    with_available_to available_to : crate ::v1::PackageStatus; with_created_date_time
    created_date_time : rt::edm::DateTimeOffset; with_deployed_to deployed_to : crate
    ::v1::PackageStatus; with_display_name display_name : ::std::string::String;
    with_element_types element_types : ::std::vec::Vec < ::std::string::String >;
    with_is_blocked is_blocked : bool; with_last_modified_date_time
    last_modified_date_time : rt::edm::DateTimeOffset; with_manifest_id manifest_id :
    ::std::string::String; with_manifest_version manifest_version :
    ::std::string::String; with_owner_id owner_id : ::std::string::String; with_platform
    platform : ::std::string::String; with_publisher publisher : ::std::string::String;
    with_short_description short_description : ::std::string::String;
    with_supported_hosts supported_hosts : ::std::vec::Vec < ::std::string::String >;
    with_type type_ : crate ::v1::PackageType; with_version version :
    ::std::string::String; with_zip_file zip_file : rt::RawJson; }
);
#[cfg(msgraph_v1_copilot_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(CopilotPackage);
#[cfg(msgraph_v1_copilot_or_search)]
/// `microsoft.graph.copilotPackage` or any type derived from it, selected by `@odata.type` (2 types); each variant's type converts into it (`From`).
///
/// Features: `v1`, or one of `v1-copilot`, `v1-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyCopilotPackage {
    CopilotPackage(::std::boxed::Box<crate::v1::CopilotPackage>),
    CopilotPackageDetail(::std::boxed::Box<crate::v1::CopilotPackageDetail>),
}
#[cfg(msgraph_v1_copilot_or_search)]
impl ::std::default::Default for AnyCopilotPackage {
    #[inline]
    fn default() -> Self {
        Self::CopilotPackage(::std::default::Default::default())
    }
}
#[cfg(msgraph_v1_copilot_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::CopilotPackage> for AnyCopilotPackage {
    #[inline]
    fn from(v: crate::v1::CopilotPackage) -> Self {
        Self::CopilotPackage(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_copilot_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::CopilotPackageDetail> for AnyCopilotPackage {
    #[inline]
    fn from(v: crate::v1::CopilotPackageDetail) -> Self {
        Self::CopilotPackageDetail(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_copilot_or_search)]
unsafe impl ::std::marker::Send for AnyCopilotPackage {}
#[cfg(msgraph_v1_copilot_or_search)]
unsafe impl ::std::marker::Sync for AnyCopilotPackage {}
#[cfg(msgraph_v1_copilot_or_search)]
impl ::std::marker::Unpin for AnyCopilotPackage {}
#[cfg(msgraph_v1_copilot_or_search)]
impl ::std::panic::UnwindSafe for AnyCopilotPackage {}
#[cfg(msgraph_v1_copilot_or_search)]
impl ::std::panic::RefUnwindSafe for AnyCopilotPackage {}
#[cfg(msgraph_v1_copilot_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::v1::CopilotPackage>();
    rt::object::auto_traits::<crate::v1::CopilotPackageDetail>();
};
#[cfg(msgraph_v1_copilot_or_search)]
impl rt::Poly for AnyCopilotPackage {
    const BASE_NAME: &'static str = "microsoft.graph.copilotPackage";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some("microsoft.graph.copilotPackageDetail") => {
                Self::CopilotPackageDetail(rt::object::new_boxed())
            }
            _ => Self::CopilotPackage(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::CopilotPackage(v) => &**v,
            Self::CopilotPackageDetail(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::CopilotPackage(v) => &mut **v,
            Self::CopilotPackageDetail(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_v1_copilot_or_search)]
impl AnyCopilotPackage {
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
            Self::CopilotPackage(v) => &v.id,
            Self::CopilotPackageDetail(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::CopilotPackage(v) => &mut v.id,
            Self::CopilotPackageDetail(v) => &mut v.id,
        }
    }
    /// `appId` of any variant.
    #[inline]
    pub fn app_id(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::CopilotPackage(v) => &v.app_id,
            Self::CopilotPackageDetail(v) => &v.app_id,
        }
    }
    /// `appId` of any variant.
    #[inline]
    pub fn app_id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::CopilotPackage(v) => &mut v.app_id,
            Self::CopilotPackageDetail(v) => &mut v.app_id,
        }
    }
    /// `assetId` of any variant.
    #[inline]
    pub fn asset_id(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::CopilotPackage(v) => &v.asset_id,
            Self::CopilotPackageDetail(v) => &v.asset_id,
        }
    }
    /// `assetId` of any variant.
    #[inline]
    pub fn asset_id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::CopilotPackage(v) => &mut v.asset_id,
            Self::CopilotPackageDetail(v) => &mut v.asset_id,
        }
    }
    /// `availableTo` of any variant.
    #[inline]
    pub fn available_to(&self) -> &rt::Field<crate::v1::PackageStatus> {
        match self {
            Self::CopilotPackage(v) => &v.available_to,
            Self::CopilotPackageDetail(v) => &v.available_to,
        }
    }
    /// `availableTo` of any variant.
    #[inline]
    pub fn available_to_mut(&mut self) -> &mut rt::Field<crate::v1::PackageStatus> {
        match self {
            Self::CopilotPackage(v) => &mut v.available_to,
            Self::CopilotPackageDetail(v) => &mut v.available_to,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::CopilotPackage(v) => &v.created_date_time,
            Self::CopilotPackageDetail(v) => &v.created_date_time,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time_mut(&mut self) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::CopilotPackage(v) => &mut v.created_date_time,
            Self::CopilotPackageDetail(v) => &mut v.created_date_time,
        }
    }
    /// `deployedTo` of any variant.
    #[inline]
    pub fn deployed_to(&self) -> &rt::Field<crate::v1::PackageStatus> {
        match self {
            Self::CopilotPackage(v) => &v.deployed_to,
            Self::CopilotPackageDetail(v) => &v.deployed_to,
        }
    }
    /// `deployedTo` of any variant.
    #[inline]
    pub fn deployed_to_mut(&mut self) -> &mut rt::Field<crate::v1::PackageStatus> {
        match self {
            Self::CopilotPackage(v) => &mut v.deployed_to,
            Self::CopilotPackageDetail(v) => &mut v.deployed_to,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::CopilotPackage(v) => &v.display_name,
            Self::CopilotPackageDetail(v) => &v.display_name,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::CopilotPackage(v) => &mut v.display_name,
            Self::CopilotPackageDetail(v) => &mut v.display_name,
        }
    }
    /// `elementTypes` of any variant.
    #[inline]
    pub fn element_types(&self) -> &rt::Field<::std::vec::Vec<::std::string::String>> {
        match self {
            Self::CopilotPackage(v) => &v.element_types,
            Self::CopilotPackageDetail(v) => &v.element_types,
        }
    }
    /// `elementTypes` of any variant.
    #[inline]
    pub fn element_types_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<::std::string::String>> {
        match self {
            Self::CopilotPackage(v) => &mut v.element_types,
            Self::CopilotPackageDetail(v) => &mut v.element_types,
        }
    }
    /// `isBlocked` of any variant.
    #[inline]
    pub fn is_blocked(&self) -> &rt::Field<bool> {
        match self {
            Self::CopilotPackage(v) => &v.is_blocked,
            Self::CopilotPackageDetail(v) => &v.is_blocked,
        }
    }
    /// `isBlocked` of any variant.
    #[inline]
    pub fn is_blocked_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::CopilotPackage(v) => &mut v.is_blocked,
            Self::CopilotPackageDetail(v) => &mut v.is_blocked,
        }
    }
    /// `lastModifiedDateTime` of any variant.
    #[inline]
    pub fn last_modified_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::CopilotPackage(v) => &v.last_modified_date_time,
            Self::CopilotPackageDetail(v) => &v.last_modified_date_time,
        }
    }
    /// `lastModifiedDateTime` of any variant.
    #[inline]
    pub fn last_modified_date_time_mut(
        &mut self,
    ) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::CopilotPackage(v) => &mut v.last_modified_date_time,
            Self::CopilotPackageDetail(v) => &mut v.last_modified_date_time,
        }
    }
    /// `manifestId` of any variant.
    #[inline]
    pub fn manifest_id(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::CopilotPackage(v) => &v.manifest_id,
            Self::CopilotPackageDetail(v) => &v.manifest_id,
        }
    }
    /// `manifestId` of any variant.
    #[inline]
    pub fn manifest_id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::CopilotPackage(v) => &mut v.manifest_id,
            Self::CopilotPackageDetail(v) => &mut v.manifest_id,
        }
    }
    /// `manifestVersion` of any variant.
    #[inline]
    pub fn manifest_version(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::CopilotPackage(v) => &v.manifest_version,
            Self::CopilotPackageDetail(v) => &v.manifest_version,
        }
    }
    /// `manifestVersion` of any variant.
    #[inline]
    pub fn manifest_version_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::CopilotPackage(v) => &mut v.manifest_version,
            Self::CopilotPackageDetail(v) => &mut v.manifest_version,
        }
    }
    /// `ownerId` of any variant.
    #[inline]
    pub fn owner_id(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::CopilotPackage(v) => &v.owner_id,
            Self::CopilotPackageDetail(v) => &v.owner_id,
        }
    }
    /// `ownerId` of any variant.
    #[inline]
    pub fn owner_id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::CopilotPackage(v) => &mut v.owner_id,
            Self::CopilotPackageDetail(v) => &mut v.owner_id,
        }
    }
    /// `platform` of any variant.
    #[inline]
    pub fn platform(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::CopilotPackage(v) => &v.platform,
            Self::CopilotPackageDetail(v) => &v.platform,
        }
    }
    /// `platform` of any variant.
    #[inline]
    pub fn platform_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::CopilotPackage(v) => &mut v.platform,
            Self::CopilotPackageDetail(v) => &mut v.platform,
        }
    }
    /// `publisher` of any variant.
    #[inline]
    pub fn publisher(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::CopilotPackage(v) => &v.publisher,
            Self::CopilotPackageDetail(v) => &v.publisher,
        }
    }
    /// `publisher` of any variant.
    #[inline]
    pub fn publisher_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::CopilotPackage(v) => &mut v.publisher,
            Self::CopilotPackageDetail(v) => &mut v.publisher,
        }
    }
    /// `shortDescription` of any variant.
    #[inline]
    pub fn short_description(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::CopilotPackage(v) => &v.short_description,
            Self::CopilotPackageDetail(v) => &v.short_description,
        }
    }
    /// `shortDescription` of any variant.
    #[inline]
    pub fn short_description_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::CopilotPackage(v) => &mut v.short_description,
            Self::CopilotPackageDetail(v) => &mut v.short_description,
        }
    }
    /// `supportedHosts` of any variant.
    #[inline]
    pub fn supported_hosts(&self) -> &rt::Field<::std::vec::Vec<::std::string::String>> {
        match self {
            Self::CopilotPackage(v) => &v.supported_hosts,
            Self::CopilotPackageDetail(v) => &v.supported_hosts,
        }
    }
    /// `supportedHosts` of any variant.
    #[inline]
    pub fn supported_hosts_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<::std::string::String>> {
        match self {
            Self::CopilotPackage(v) => &mut v.supported_hosts,
            Self::CopilotPackageDetail(v) => &mut v.supported_hosts,
        }
    }
    /// `type` of any variant.
    #[inline]
    pub fn type_(&self) -> &rt::Field<crate::v1::PackageType> {
        match self {
            Self::CopilotPackage(v) => &v.type_,
            Self::CopilotPackageDetail(v) => &v.type_,
        }
    }
    /// `type` of any variant.
    #[inline]
    pub fn type_mut(&mut self) -> &mut rt::Field<crate::v1::PackageType> {
        match self {
            Self::CopilotPackage(v) => &mut v.type_,
            Self::CopilotPackageDetail(v) => &mut v.type_,
        }
    }
    /// `version` of any variant.
    #[inline]
    pub fn version(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::CopilotPackage(v) => &v.version,
            Self::CopilotPackageDetail(v) => &v.version,
        }
    }
    /// `version` of any variant.
    #[inline]
    pub fn version_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::CopilotPackage(v) => &mut v.version,
            Self::CopilotPackageDetail(v) => &mut v.version,
        }
    }
    /// `zipFile` of any variant.
    #[inline]
    pub fn zip_file(&self) -> &rt::Field<rt::RawJson> {
        match self {
            Self::CopilotPackage(v) => &v.zip_file,
            Self::CopilotPackageDetail(v) => &v.zip_file,
        }
    }
    /// `zipFile` of any variant.
    #[inline]
    pub fn zip_file_mut(&mut self) -> &mut rt::Field<rt::RawJson> {
        match self {
            Self::CopilotPackage(v) => &mut v.zip_file,
            Self::CopilotPackageDetail(v) => &mut v.zip_file,
        }
    }
}
#[cfg(msgraph_v1_copilot_or_search)]
rt::impl_poly!(AnyCopilotPackage);
#[cfg(msgraph_v1_copilot_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyCopilotPackage);
#[cfg(msgraph_v1_copilot_or_search)]
/// CSDL: `microsoft.graph.copilotPackageDetail`, entity type, derived from `microsoft.graph.copilotPackage`, key `id`.
///
/// Request builders: [`CopilotPackagePath`](requests/trait.CopilotPackagePath.html), what a path to one (`EntityPath<CopilotPackageDetail, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-copilot`, `v1-search`.
#[derive(Clone)]
pub struct CopilotPackageDetail {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `appId`: `Edm.String`, nullable.
    pub app_id: rt::Field<::std::string::String>,
    /// CSDL: property `assetId`: `Edm.String`, nullable.
    pub asset_id: rt::Field<::std::string::String>,
    /// CSDL: property `availableTo`: `microsoft.graph.packageStatus`, not nullable.
    pub available_to: rt::Field<crate::v1::PackageStatus>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `deployedTo`: `microsoft.graph.packageStatus`, not nullable.
    pub deployed_to: rt::Field<crate::v1::PackageStatus>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `elementTypes`: `Collection(Edm.String)`, not nullable.
    pub element_types: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `isBlocked`: `Edm.Boolean`, not nullable.
    pub is_blocked: rt::Field<bool>,
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `manifestId`: `Edm.String`, nullable.
    pub manifest_id: rt::Field<::std::string::String>,
    /// CSDL: property `manifestVersion`: `Edm.String`, nullable.
    pub manifest_version: rt::Field<::std::string::String>,
    /// CSDL: property `ownerId`: `Edm.String`, nullable.
    pub owner_id: rt::Field<::std::string::String>,
    /// CSDL: property `platform`: `Edm.String`, nullable.
    pub platform: rt::Field<::std::string::String>,
    /// CSDL: property `publisher`: `Edm.String`, nullable.
    pub publisher: rt::Field<::std::string::String>,
    /// CSDL: property `shortDescription`: `Edm.String`, nullable.
    pub short_description: rt::Field<::std::string::String>,
    /// CSDL: property `supportedHosts`: `Collection(Edm.String)`, not nullable.
    pub supported_hosts: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `type`: `microsoft.graph.packageType`, not nullable.
    pub type_: rt::Field<crate::v1::PackageType>,
    /// CSDL: property `version`: `Edm.String`, nullable.
    pub version: rt::Field<::std::string::String>,
    /// CSDL: property `zipFile`: `Edm.Stream`, nullable.
    pub zip_file: rt::Field<rt::RawJson>,
    /// CSDL: property `acquireUsersAndGroups`: `Collection(microsoft.graph.packageAccessEntity)`, not nullable.
    pub acquire_users_and_groups: rt::Field<
        ::std::vec::Vec<crate::v1::PackageAccessEntity>,
    >,
    /// CSDL: property `allowedUsersAndGroups`: `Collection(microsoft.graph.packageAccessEntity)`, not nullable.
    pub allowed_users_and_groups: rt::Field<
        ::std::vec::Vec<crate::v1::PackageAccessEntity>,
    >,
    /// CSDL: property `categories`: `Collection(Edm.String)`, not nullable.
    pub categories: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `elementDetails`: `Collection(microsoft.graph.packageElementDetail)`, not nullable.
    pub element_details: rt::Field<::std::vec::Vec<crate::v1::PackageElementDetail>>,
    /// CSDL: property `longDescription`: `Edm.String`, nullable.
    pub long_description: rt::Field<::std::string::String>,
    /// CSDL: property `sensitivity`: `Edm.String`, nullable.
    pub sensitivity: rt::Field<::std::string::String>,
    /// CSDL: property `sharedWithUsersAndGroups`: `Collection(microsoft.graph.packageAccessEntity)`, not nullable.
    pub shared_with_users_and_groups: rt::Field<
        ::std::vec::Vec<crate::v1::PackageAccessEntity>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_copilot_or_search)]
impl ::std::default::Default for CopilotPackageDetail {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            app_id: rt::Field::Absent,
            asset_id: rt::Field::Absent,
            available_to: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            deployed_to: rt::Field::Absent,
            display_name: rt::Field::Absent,
            element_types: rt::Field::Absent,
            is_blocked: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            manifest_id: rt::Field::Absent,
            manifest_version: rt::Field::Absent,
            owner_id: rt::Field::Absent,
            platform: rt::Field::Absent,
            publisher: rt::Field::Absent,
            short_description: rt::Field::Absent,
            supported_hosts: rt::Field::Absent,
            type_: rt::Field::Absent,
            version: rt::Field::Absent,
            zip_file: rt::Field::Absent,
            acquire_users_and_groups: rt::Field::Absent,
            allowed_users_and_groups: rt::Field::Absent,
            categories: rt::Field::Absent,
            element_details: rt::Field::Absent,
            long_description: rt::Field::Absent,
            sensitivity: rt::Field::Absent,
            shared_with_users_and_groups: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_copilot_or_search)]
impl rt::Object for CopilotPackageDetail {
    const TYPE_NAME: &'static str = "microsoft.graph.copilotPackageDetail";
    const KEYS: &'static [&'static str] = &[
        "id",
        "appId",
        "assetId",
        "availableTo",
        "createdDateTime",
        "deployedTo",
        "displayName",
        "elementTypes",
        "isBlocked",
        "lastModifiedDateTime",
        "manifestId",
        "manifestVersion",
        "ownerId",
        "platform",
        "publisher",
        "shortDescription",
        "supportedHosts",
        "type",
        "version",
        "zipFile",
        "acquireUsersAndGroups",
        "allowedUsersAndGroups",
        "categories",
        "elementDetails",
        "longDescription",
        "sensitivity",
        "sharedWithUsersAndGroups",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"appId\":                        ",
        ",\"assetId\":                      ",
        ",\"availableTo\":                  ",
        ",\"createdDateTime\":              ",
        ",\"deployedTo\":                   ",
        ",\"displayName\":                  ",
        ",\"elementTypes\":                 ",
        ",\"isBlocked\":                    ",
        ",\"lastModifiedDateTime\":         ",
        ",\"manifestId\":                   ",
        ",\"manifestVersion\":              ",
        ",\"ownerId\":                      ",
        ",\"platform\":                     ",
        ",\"publisher\":                    ",
        ",\"shortDescription\":             ",
        ",\"supportedHosts\":               ",
        ",\"type\":                         ",
        ",\"version\":                      ",
        ",\"zipFile\":                      ",
        ",\"acquireUsersAndGroups\":        ",
        ",\"allowedUsersAndGroups\":        ",
        ",\"categories\":                   ",
        ",\"elementDetails\":               ",
        ",\"longDescription\":              ",
        ",\"sensitivity\":                  ",
        ",\"sharedWithUsersAndGroups\":     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.copilotPackageDetail\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "app_id", &self.app_id);
        v.field(2usize, "asset_id", &self.asset_id);
        v.field(3usize, "available_to", &self.available_to);
        v.field(4usize, "created_date_time", &self.created_date_time);
        v.field(5usize, "deployed_to", &self.deployed_to);
        v.field(6usize, "display_name", &self.display_name);
        v.field(7usize, "element_types", &self.element_types);
        v.field(8usize, "is_blocked", &self.is_blocked);
        v.field(9usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(10usize, "manifest_id", &self.manifest_id);
        v.field(11usize, "manifest_version", &self.manifest_version);
        v.field(12usize, "owner_id", &self.owner_id);
        v.field(13usize, "platform", &self.platform);
        v.field(14usize, "publisher", &self.publisher);
        v.field(15usize, "short_description", &self.short_description);
        v.field(16usize, "supported_hosts", &self.supported_hosts);
        v.field(17usize, "type_", &self.type_);
        v.field(18usize, "version", &self.version);
        v.field(19usize, "zip_file", &self.zip_file);
        v.field(20usize, "acquire_users_and_groups", &self.acquire_users_and_groups);
        v.field(21usize, "allowed_users_and_groups", &self.allowed_users_and_groups);
        v.field(22usize, "categories", &self.categories);
        v.field(23usize, "element_details", &self.element_details);
        v.field(24usize, "long_description", &self.long_description);
        v.field(25usize, "sensitivity", &self.sensitivity);
        v.field(
            26usize,
            "shared_with_users_and_groups",
            &self.shared_with_users_and_groups,
        );
    }
}
#[cfg(msgraph_v1_copilot_or_search)]
impl rt::object::Members for CopilotPackageDetail {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.app_id.read_from(r),
            2usize => self.asset_id.read_from(r),
            3usize => self.available_to.read_from(r),
            4usize => self.created_date_time.read_from(r),
            5usize => self.deployed_to.read_from(r),
            6usize => self.display_name.read_from(r),
            7usize => self.element_types.read_from(r),
            8usize => self.is_blocked.read_from(r),
            9usize => self.last_modified_date_time.read_from(r),
            10usize => self.manifest_id.read_from(r),
            11usize => self.manifest_version.read_from(r),
            12usize => self.owner_id.read_from(r),
            13usize => self.platform.read_from(r),
            14usize => self.publisher.read_from(r),
            15usize => self.short_description.read_from(r),
            16usize => self.supported_hosts.read_from(r),
            17usize => self.type_.read_from(r),
            18usize => self.version.read_from(r),
            19usize => self.zip_file.read_from(r),
            20usize => self.acquire_users_and_groups.read_from(r),
            21usize => self.allowed_users_and_groups.read_from(r),
            22usize => self.categories.read_from(r),
            23usize => self.element_details.read_from(r),
            24usize => self.long_description.read_from(r),
            25usize => self.sensitivity.read_from(r),
            26usize => self.shared_with_users_and_groups.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.app_id);
        w.field(2usize, &self.asset_id);
        w.field(3usize, &self.available_to);
        w.field(4usize, &self.created_date_time);
        w.field(5usize, &self.deployed_to);
        w.field(6usize, &self.display_name);
        w.field(7usize, &self.element_types);
        w.field(8usize, &self.is_blocked);
        w.field(9usize, &self.last_modified_date_time);
        w.field(10usize, &self.manifest_id);
        w.field(11usize, &self.manifest_version);
        w.field(12usize, &self.owner_id);
        w.field(13usize, &self.platform);
        w.field(14usize, &self.publisher);
        w.field(15usize, &self.short_description);
        w.field(16usize, &self.supported_hosts);
        w.field(17usize, &self.type_);
        w.field(18usize, &self.version);
        w.field(19usize, &self.zip_file);
        w.field(20usize, &self.acquire_users_and_groups);
        w.field(21usize, &self.allowed_users_and_groups);
        w.field(22usize, &self.categories);
        w.field(23usize, &self.element_details);
        w.field(24usize, &self.long_description);
        w.field(25usize, &self.sensitivity);
        w.field(26usize, &self.shared_with_users_and_groups);
    }
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
rt::impl_object!(CopilotPackageDetail);
#[cfg(msgraph_v1_copilot_or_search)]
rt::impl_setters!(
    CopilotPackageDetail { with_id id : ::std::string::String; with_app_id app_id :
    ::std::string::String; with_asset_id asset_id : ::std::string::String;
    with_available_to available_to : crate ::v1::PackageStatus; with_created_date_time
    created_date_time : rt::edm::DateTimeOffset; with_deployed_to deployed_to : crate
    ::v1::PackageStatus; with_display_name display_name : ::std::string::String;
    with_element_types element_types : ::std::vec::Vec < ::std::string::String >;
    with_is_blocked is_blocked : bool; with_last_modified_date_time
    last_modified_date_time : rt::edm::DateTimeOffset; with_manifest_id manifest_id :
    ::std::string::String; with_manifest_version manifest_version :
    ::std::string::String; with_owner_id owner_id : ::std::string::String; with_platform
    platform : ::std::string::String; with_publisher publisher : ::std::string::String;
    with_short_description short_description : ::std::string::String;
    with_supported_hosts supported_hosts : ::std::vec::Vec < ::std::string::String >;
    with_type type_ : crate ::v1::PackageType; with_version version :
    ::std::string::String; with_zip_file zip_file : rt::RawJson;
    with_acquire_users_and_groups acquire_users_and_groups : ::std::vec::Vec < crate
    ::v1::PackageAccessEntity >; with_allowed_users_and_groups allowed_users_and_groups :
    ::std::vec::Vec < crate ::v1::PackageAccessEntity >; with_categories categories :
    ::std::vec::Vec < ::std::string::String >; with_element_details element_details :
    ::std::vec::Vec < crate ::v1::PackageElementDetail >; with_long_description
    long_description : ::std::string::String; with_sensitivity sensitivity :
    ::std::string::String; with_shared_with_users_and_groups shared_with_users_and_groups
    : ::std::vec::Vec < crate ::v1::PackageAccessEntity >; }
);
#[cfg(msgraph_v1_copilot_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(CopilotPackageDetail);
#[cfg(msgraph_v1_copilot_or_search)]
/// CSDL: `microsoft.graph.copilotReportRoot`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`CopilotReportRootPath`](requests/trait.CopilotReportRootPath.html), what a path to one (`EntityPath<CopilotReportRoot, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-copilot`, `v1-search`.
#[derive(Clone)]
pub struct CopilotReportRoot {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_copilot_or_search)]
impl ::std::default::Default for CopilotReportRoot {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_copilot_or_search)]
impl rt::Object for CopilotReportRoot {
    const TYPE_NAME: &'static str = "microsoft.graph.copilotReportRoot";
    const KEYS: &'static [&'static str] = &["id"];
    const KEYS_JSON: &'static [&'static str] = &[",\"id\":                           "];
    const TAG: &'static str = "\"#microsoft.graph.copilotReportRoot\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
    }
}
#[cfg(msgraph_v1_copilot_or_search)]
impl rt::object::Members for CopilotReportRoot {
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
rt::impl_object!(CopilotReportRoot);
#[cfg(msgraph_v1_copilot_or_search)]
rt::impl_setters!(CopilotReportRoot { with_id id : ::std::string::String; });
#[cfg(msgraph_v1_copilot_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(CopilotReportRoot);
#[cfg(msgraph_v1_copilot)]
/// CSDL: `microsoft.graph.copilotRoot`, entity type.
///
/// Request builders: [`CopilotRootPath`](requests/trait.CopilotRootPath.html), what a path to one (`EntityPath<CopilotRoot, C>`) dereferences to.
///
/// Features: `v1` or `v1-copilot`.
#[derive(Clone)]
pub struct CopilotRoot {
    /// CSDL: containment navigation property `admin`: `microsoft.graph.copilotAdmin`, nullable.
    pub admin: rt::Field<crate::v1::CopilotAdmin>,
    /// CSDL: containment navigation property `interactionHistory`: `microsoft.graph.aiInteractionHistory`, nullable.
    pub interaction_history: rt::Field<crate::v1::AiInteractionHistory>,
    /// CSDL: containment navigation property `reports`: `microsoft.graph.copilotReportRoot`, nullable.
    pub reports: rt::Field<crate::v1::CopilotReportRoot>,
    /// CSDL: containment navigation property `users`: `Collection(microsoft.graph.aiUser)`, not nullable.
    pub users: rt::Field<::std::vec::Vec<crate::v1::AiUser>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_copilot)]
impl ::std::default::Default for CopilotRoot {
    #[inline]
    fn default() -> Self {
        Self {
            admin: rt::Field::Absent,
            interaction_history: rt::Field::Absent,
            reports: rt::Field::Absent,
            users: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_copilot)]
impl rt::Object for CopilotRoot {
    const TYPE_NAME: &'static str = "microsoft.graph.copilotRoot";
    const KEYS: &'static [&'static str] = &[
        "admin",
        "interactionHistory",
        "reports",
        "users",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"admin\":                        ",
        ",\"interactionHistory\":           ",
        ",\"reports\":                      ",
        ",\"users\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.copilotRoot\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "admin", &self.admin);
        v.field(1usize, "interaction_history", &self.interaction_history);
        v.field(2usize, "reports", &self.reports);
        v.field(3usize, "users", &self.users);
    }
}
#[cfg(msgraph_v1_copilot)]
impl rt::object::Members for CopilotRoot {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.admin.read_from(r),
            1usize => self.interaction_history.read_from(r),
            2usize => self.reports.read_from(r),
            3usize => self.users.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.admin);
        w.field(1usize, &self.interaction_history);
        w.field(2usize, &self.reports);
        w.field(3usize, &self.users);
    }
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
rt::impl_object!(CopilotRoot);
#[cfg(msgraph_v1_copilot)]
rt::impl_setters!(
    CopilotRoot { with_admin admin : crate ::v1::CopilotAdmin; with_interaction_history
    interaction_history : crate ::v1::AiInteractionHistory; with_reports reports : crate
    ::v1::CopilotReportRoot; with_users users : ::std::vec::Vec < crate ::v1::AiUser >; }
);
#[cfg(msgraph_v1_copilot)]
#[cfg(feature = "serde")]
rt::impl_serde!(CopilotRoot);
#[cfg(msgraph_v1_any_area)]
/// CSDL: `microsoft.graph.createAction`, complex type.
///
/// Feature: `v1` or any `v1-*` area feature.
#[derive(Clone)]
pub struct CreateAction {
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_any_area)]
impl ::std::default::Default for CreateAction {
    #[inline]
    fn default() -> Self {
        Self {
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_any_area)]
impl rt::Object for CreateAction {
    const TYPE_NAME: &'static str = "microsoft.graph.createAction";
    const KEYS: &'static [&'static str] = &[];
    const KEYS_JSON: &'static [&'static str] = &[];
    const TAG: &'static str = "\"#microsoft.graph.createAction\"";
    #[inline]
    #[allow(unused_variables)]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {}
}
#[cfg(msgraph_v1_any_area)]
impl rt::object::Members for CreateAction {
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
rt::impl_object!(CreateAction);
#[cfg(msgraph_v1_any_area)]
#[cfg(feature = "serde")]
rt::impl_serde!(CreateAction);
#[cfg(msgraph_v1_application_templates_or_search)]
/// CSDL: `microsoft.graph.csaStarLevel`, enum type.
///
/// Features: `v1`, or one of `v1-application-templates`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum CsaStarLevel {
    /// `none` (value 0).
    None,
    /// `attestation` (value 1).
    Attestation,
    /// `certification` (value 2).
    Certification,
    /// `continuousMonitoring` (value 3).
    ContinuousMonitoring,
    /// `cStarAssessment` (value 4).
    CStarAssessment,
    /// `selfAssessment` (value 5).
    SelfAssessment,
    /// `notSupported` (value 6).
    NotSupported,
    /// `unknownFutureValue` (value 7).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_application_templates_or_search)]
impl rt::StrEnum for CsaStarLevel {
    const TYPE_NAME: &'static str = "microsoft.graph.csaStarLevel";
    const MEMBERS: &'static [&'static str] = &[
        "none",
        "attestation",
        "certification",
        "continuousMonitoring",
        "cStarAssessment",
        "selfAssessment",
        "notSupported",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "none" => Self::None,
                "attestation" => Self::Attestation,
                "certification" => Self::Certification,
                "continuousMonitoring" => Self::ContinuousMonitoring,
                "cStarAssessment" => Self::CStarAssessment,
                "selfAssessment" => Self::SelfAssessment,
                "notSupported" => Self::NotSupported,
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
            Self::Attestation => "attestation",
            Self::Certification => "certification",
            Self::ContinuousMonitoring => "continuousMonitoring",
            Self::CStarAssessment => "cStarAssessment",
            Self::SelfAssessment => "selfAssessment",
            Self::NotSupported => "notSupported",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_application_templates_or_search)]
rt::impl_enum!(CsaStarLevel);
#[cfg(msgraph_v1_application_templates_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(CsaStarLevel);
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
/// CSDL: `microsoft.graph.currencyColumn`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-drives`, `v1-group-setting-templates` and 14 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct CurrencyColumn {
    /// CSDL: property `locale`: `Edm.String`, nullable.
    pub locale: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
impl ::std::default::Default for CurrencyColumn {
    #[inline]
    fn default() -> Self {
        Self {
            locale: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
impl rt::Object for CurrencyColumn {
    const TYPE_NAME: &'static str = "microsoft.graph.currencyColumn";
    const KEYS: &'static [&'static str] = &["locale"];
    const KEYS_JSON: &'static [&'static str] = &[",\"locale\":                       "];
    const TAG: &'static str = "\"#microsoft.graph.currencyColumn\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "locale", &self.locale);
    }
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
impl rt::object::Members for CurrencyColumn {
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
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
rt::impl_object!(CurrencyColumn);
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
rt::impl_setters!(CurrencyColumn { with_locale locale : ::std::string::String; });
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
#[cfg(feature = "serde")]
rt::impl_serde!(CurrencyColumn);
#[cfg(msgraph_v1_identity_governance_or_search)]
/// CSDL: `microsoft.graph.customDataProvidedResource`, entity type, derived from `microsoft.graph.accessPackageResource`, key `id`.
///
/// Request builders: [`CustomDataProvidedResourcePath`](requests/trait.CustomDataProvidedResourcePath.html), what a path to one (`EntityPath<CustomDataProvidedResource, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
#[derive(Clone)]
pub struct CustomDataProvidedResource {
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
    /// CSDL: property `notificationEndpointConfiguration`: `microsoft.graph.customExtensionEndpointConfiguration`, nullable.
    pub notification_endpoint_configuration: rt::Field<
        crate::v1::AnyCustomExtensionEndpointConfiguration,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl ::std::default::Default for CustomDataProvidedResource {
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
            notification_endpoint_configuration: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::Object for CustomDataProvidedResource {
    const TYPE_NAME: &'static str = "microsoft.graph.customDataProvidedResource";
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
        "notificationEndpointConfiguration",
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
        ",\"notificationEndpointConfiguration\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.customDataProvidedResource\"";
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
        v.field(
            12usize,
            "notification_endpoint_configuration",
            &self.notification_endpoint_configuration,
        );
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::object::Members for CustomDataProvidedResource {
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
            12usize => self.notification_endpoint_configuration.read_from(r),
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
        w.field(12usize, &self.notification_endpoint_configuration);
    }
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
rt::impl_object!(CustomDataProvidedResource);
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_setters!(
    CustomDataProvidedResource { with_id id : ::std::string::String; with_attributes
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
    ::v1::AnyCustomDataProvidedResourceUploadSession >;
    with_notification_endpoint_configuration notification_endpoint_configuration : crate
    ::v1::AnyCustomExtensionEndpointConfiguration; }
);
#[cfg(msgraph_v1_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(CustomDataProvidedResource);
#[cfg(msgraph_v1_identity_governance_or_search)]
/// CSDL: `microsoft.graph.customDataProvidedResourceAccessReviewUploadSession`, entity type, derived from `microsoft.graph.customDataProvidedResourceUploadSession`, key `id`.
///
/// Request builders: [`CustomDataProvidedResourceUploadSessionPath`](requests/trait.CustomDataProvidedResourceUploadSessionPath.html), what a path to one (`EntityPath<CustomDataProvidedResourceAccessReviewUploadSession, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
#[derive(Clone)]
pub struct CustomDataProvidedResourceAccessReviewUploadSession {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `data`: `microsoft.graph.customDataProvidedResourcePayloads.data`, nullable.
    pub data: rt::Field<crate::v1::custom_data_provided_resource_payloads::AnyData>,
    /// CSDL: property `isUploadDone`: `Edm.Boolean`, not nullable.
    pub is_upload_done: rt::Field<bool>,
    /// CSDL: property `referenceId`: `Edm.String`, nullable.
    pub reference_id: rt::Field<::std::string::String>,
    /// CSDL: property `stats`: `microsoft.graph.customDataProvidedResourceUploadStats`, not nullable.
    pub stats: rt::Field<crate::v1::CustomDataProvidedResourceUploadStats>,
    /// CSDL: property `status`: `microsoft.graph.customDataProvidedResourceUploadStatus`, not nullable.
    pub status: rt::Field<crate::v1::CustomDataProvidedResourceUploadStatus>,
    /// CSDL: navigation property `files`: `Collection(microsoft.graph.customDataProvidedResourceFile)`, not nullable.
    ///
    /// Features: `v1` or `v1-search`.
    #[cfg(msgraph_v1_search)]
    pub files: rt::Field<::std::vec::Vec<crate::v1::CustomDataProvidedResourceFile>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl ::std::default::Default for CustomDataProvidedResourceAccessReviewUploadSession {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            data: rt::Field::Absent,
            is_upload_done: rt::Field::Absent,
            reference_id: rt::Field::Absent,
            stats: rt::Field::Absent,
            status: rt::Field::Absent,
            #[cfg(msgraph_v1_search)]
            files: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::Object for CustomDataProvidedResourceAccessReviewUploadSession {
    const TYPE_NAME: &'static str = "microsoft.graph.customDataProvidedResourceAccessReviewUploadSession";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdDateTime",
        "data",
        "isUploadDone",
        "referenceId",
        "stats",
        "status",
        "files",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdDateTime\":              ",
        ",\"data\":                         ",
        ",\"isUploadDone\":                 ",
        ",\"referenceId\":                  ",
        ",\"stats\":                        ",
        ",\"status\":                       ",
        ",\"files\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.customDataProvidedResourceAccessReviewUploadSession\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_date_time", &self.created_date_time);
        v.field(2usize, "data", &self.data);
        v.field(3usize, "is_upload_done", &self.is_upload_done);
        v.field(4usize, "reference_id", &self.reference_id);
        v.field(5usize, "stats", &self.stats);
        v.field(6usize, "status", &self.status);
        #[cfg(msgraph_v1_search)] v.field(7usize, "files", &self.files);
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::object::Members for CustomDataProvidedResourceAccessReviewUploadSession {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_date_time.read_from(r),
            2usize => self.data.read_from(r),
            3usize => self.is_upload_done.read_from(r),
            4usize => self.reference_id.read_from(r),
            5usize => self.stats.read_from(r),
            6usize => self.status.read_from(r),
            #[cfg(msgraph_v1_search)]
            7usize => self.files.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.created_date_time);
        w.field(2usize, &self.data);
        w.field(3usize, &self.is_upload_done);
        w.field(4usize, &self.reference_id);
        w.field(5usize, &self.stats);
        w.field(6usize, &self.status);
        #[cfg(msgraph_v1_search)] w.field(7usize, &self.files);
    }
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
rt::impl_object!(CustomDataProvidedResourceAccessReviewUploadSession);
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_setters!(
    CustomDataProvidedResourceAccessReviewUploadSession { with_id id :
    ::std::string::String; with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_data data : crate
    ::v1::custom_data_provided_resource_payloads::AnyData; with_is_upload_done
    is_upload_done : bool; with_reference_id reference_id : ::std::string::String;
    with_stats stats : crate ::v1::CustomDataProvidedResourceUploadStats; with_status
    status : crate ::v1::CustomDataProvidedResourceUploadStatus;
    #[cfg(msgraph_v1_search)] with_files files : ::std::vec::Vec < crate
    ::v1::CustomDataProvidedResourceFile >; }
);
#[cfg(msgraph_v1_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(CustomDataProvidedResourceAccessReviewUploadSession);
#[cfg(msgraph_v1_search)]
/// CSDL: `microsoft.graph.customDataProvidedResourceFile`, entity type, derived from `microsoft.graph.entity`, media entity, key `id`.
///
/// Request builders: [`CustomDataProvidedResourceFilePath`](requests/trait.CustomDataProvidedResourceFilePath.html), what a path to one (`EntityPath<CustomDataProvidedResourceFile, C>`) dereferences to.
///
/// Features: `v1` or `v1-search`.
#[derive(Clone)]
pub struct CustomDataProvidedResourceFile {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `name`: `Edm.String`, not nullable.
    pub name: rt::Field<::std::string::String>,
    /// CSDL: property `size`: `Edm.Int64`, not nullable.
    pub size: rt::Field<i64>,
    /// CSDL: property `uploadedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub uploaded_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search)]
impl ::std::default::Default for CustomDataProvidedResourceFile {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            name: rt::Field::Absent,
            size: rt::Field::Absent,
            uploaded_date_time: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search)]
impl rt::Object for CustomDataProvidedResourceFile {
    const TYPE_NAME: &'static str = "microsoft.graph.customDataProvidedResourceFile";
    const KEYS: &'static [&'static str] = &["id", "name", "size", "uploadedDateTime"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"name\":                         ",
        ",\"size\":                         ",
        ",\"uploadedDateTime\":             ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.customDataProvidedResourceFile\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "name", &self.name);
        v.field(2usize, "size", &self.size);
        v.field(3usize, "uploaded_date_time", &self.uploaded_date_time);
    }
}
#[cfg(msgraph_v1_search)]
impl rt::object::Members for CustomDataProvidedResourceFile {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.name.read_from(r),
            2usize => self.size.read_from(r),
            3usize => self.uploaded_date_time.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.name);
        w.field(2usize, &self.size);
        w.field(3usize, &self.uploaded_date_time);
    }
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
rt::impl_object!(CustomDataProvidedResourceFile);
#[cfg(msgraph_v1_search)]
rt::impl_setters!(
    CustomDataProvidedResourceFile { with_id id : ::std::string::String; with_name name :
    ::std::string::String; with_size size : i64; with_uploaded_date_time
    uploaded_date_time : rt::edm::DateTimeOffset; }
);
#[cfg(msgraph_v1_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(CustomDataProvidedResourceFile);
#[cfg(msgraph_v1_identity_governance_or_search)]
/// CSDL: `microsoft.graph.customDataProvidedResourceUploadSession`, entity type, derived from `microsoft.graph.entity`, abstract, key `id`.
///
/// Request builders: [`CustomDataProvidedResourceUploadSessionPath`](requests/trait.CustomDataProvidedResourceUploadSessionPath.html), what a path to one (`EntityPath<AnyCustomDataProvidedResourceUploadSession, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
#[derive(Clone)]
pub struct CustomDataProvidedResourceUploadSession {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `data`: `microsoft.graph.customDataProvidedResourcePayloads.data`, nullable.
    pub data: rt::Field<crate::v1::custom_data_provided_resource_payloads::AnyData>,
    /// CSDL: property `isUploadDone`: `Edm.Boolean`, not nullable.
    pub is_upload_done: rt::Field<bool>,
    /// CSDL: property `referenceId`: `Edm.String`, nullable.
    pub reference_id: rt::Field<::std::string::String>,
    /// CSDL: property `stats`: `microsoft.graph.customDataProvidedResourceUploadStats`, not nullable.
    pub stats: rt::Field<crate::v1::CustomDataProvidedResourceUploadStats>,
    /// CSDL: property `status`: `microsoft.graph.customDataProvidedResourceUploadStatus`, not nullable.
    pub status: rt::Field<crate::v1::CustomDataProvidedResourceUploadStatus>,
    /// CSDL: navigation property `files`: `Collection(microsoft.graph.customDataProvidedResourceFile)`, not nullable.
    ///
    /// Features: `v1` or `v1-search`.
    #[cfg(msgraph_v1_search)]
    pub files: rt::Field<::std::vec::Vec<crate::v1::CustomDataProvidedResourceFile>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl ::std::default::Default for CustomDataProvidedResourceUploadSession {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            data: rt::Field::Absent,
            is_upload_done: rt::Field::Absent,
            reference_id: rt::Field::Absent,
            stats: rt::Field::Absent,
            status: rt::Field::Absent,
            #[cfg(msgraph_v1_search)]
            files: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::Object for CustomDataProvidedResourceUploadSession {
    const TYPE_NAME: &'static str = "microsoft.graph.customDataProvidedResourceUploadSession";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdDateTime",
        "data",
        "isUploadDone",
        "referenceId",
        "stats",
        "status",
        "files",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdDateTime\":              ",
        ",\"data\":                         ",
        ",\"isUploadDone\":                 ",
        ",\"referenceId\":                  ",
        ",\"stats\":                        ",
        ",\"status\":                       ",
        ",\"files\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.customDataProvidedResourceUploadSession\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_date_time", &self.created_date_time);
        v.field(2usize, "data", &self.data);
        v.field(3usize, "is_upload_done", &self.is_upload_done);
        v.field(4usize, "reference_id", &self.reference_id);
        v.field(5usize, "stats", &self.stats);
        v.field(6usize, "status", &self.status);
        #[cfg(msgraph_v1_search)] v.field(7usize, "files", &self.files);
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::object::Members for CustomDataProvidedResourceUploadSession {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_date_time.read_from(r),
            2usize => self.data.read_from(r),
            3usize => self.is_upload_done.read_from(r),
            4usize => self.reference_id.read_from(r),
            5usize => self.stats.read_from(r),
            6usize => self.status.read_from(r),
            #[cfg(msgraph_v1_search)]
            7usize => self.files.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.created_date_time);
        w.field(2usize, &self.data);
        w.field(3usize, &self.is_upload_done);
        w.field(4usize, &self.reference_id);
        w.field(5usize, &self.stats);
        w.field(6usize, &self.status);
        #[cfg(msgraph_v1_search)] w.field(7usize, &self.files);
    }
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
rt::impl_object!(CustomDataProvidedResourceUploadSession);
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_setters!(
    CustomDataProvidedResourceUploadSession { with_id id : ::std::string::String;
    with_created_date_time created_date_time : rt::edm::DateTimeOffset; with_data data :
    crate ::v1::custom_data_provided_resource_payloads::AnyData; with_is_upload_done
    is_upload_done : bool; with_reference_id reference_id : ::std::string::String;
    with_stats stats : crate ::v1::CustomDataProvidedResourceUploadStats; with_status
    status : crate ::v1::CustomDataProvidedResourceUploadStatus;
    #[cfg(msgraph_v1_search)] with_files files : ::std::vec::Vec < crate
    ::v1::CustomDataProvidedResourceFile >; }
);
#[cfg(msgraph_v1_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(CustomDataProvidedResourceUploadSession);
#[cfg(msgraph_v1_identity_governance_or_search)]
/// `microsoft.graph.customDataProvidedResourceUploadSession` or any type derived from it, selected by `@odata.type` (2 types); each variant's type converts into it (`From`).
///
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyCustomDataProvidedResourceUploadSession {
    CustomDataProvidedResourceUploadSession(
        ::std::boxed::Box<crate::v1::CustomDataProvidedResourceUploadSession>,
    ),
    CustomDataProvidedResourceAccessReviewUploadSession(
        ::std::boxed::Box<crate::v1::CustomDataProvidedResourceAccessReviewUploadSession>,
    ),
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl ::std::default::Default for AnyCustomDataProvidedResourceUploadSession {
    #[inline]
    fn default() -> Self {
        Self::CustomDataProvidedResourceUploadSession(::std::default::Default::default())
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::CustomDataProvidedResourceUploadSession>
for AnyCustomDataProvidedResourceUploadSession {
    #[inline]
    fn from(v: crate::v1::CustomDataProvidedResourceUploadSession) -> Self {
        Self::CustomDataProvidedResourceUploadSession(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::CustomDataProvidedResourceAccessReviewUploadSession>
for AnyCustomDataProvidedResourceUploadSession {
    #[inline]
    fn from(v: crate::v1::CustomDataProvidedResourceAccessReviewUploadSession) -> Self {
        Self::CustomDataProvidedResourceAccessReviewUploadSession(
            ::std::boxed::Box::new(v),
        )
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
unsafe impl ::std::marker::Send for AnyCustomDataProvidedResourceUploadSession {}
#[cfg(msgraph_v1_identity_governance_or_search)]
unsafe impl ::std::marker::Sync for AnyCustomDataProvidedResourceUploadSession {}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl ::std::marker::Unpin for AnyCustomDataProvidedResourceUploadSession {}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl ::std::panic::UnwindSafe for AnyCustomDataProvidedResourceUploadSession {}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl ::std::panic::RefUnwindSafe for AnyCustomDataProvidedResourceUploadSession {}
#[cfg(msgraph_v1_identity_governance_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::v1::CustomDataProvidedResourceUploadSession>();
    rt::object::auto_traits::<
        crate::v1::CustomDataProvidedResourceAccessReviewUploadSession,
    >();
};
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::Poly for AnyCustomDataProvidedResourceUploadSession {
    const BASE_NAME: &'static str = "microsoft.graph.customDataProvidedResourceUploadSession";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some(
                "microsoft.graph.customDataProvidedResourceAccessReviewUploadSession",
            ) => {
                Self::CustomDataProvidedResourceAccessReviewUploadSession(
                    rt::object::new_boxed(),
                )
            }
            _ => Self::CustomDataProvidedResourceUploadSession(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::CustomDataProvidedResourceUploadSession(v) => &**v,
            Self::CustomDataProvidedResourceAccessReviewUploadSession(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::CustomDataProvidedResourceUploadSession(v) => &mut **v,
            Self::CustomDataProvidedResourceAccessReviewUploadSession(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl AnyCustomDataProvidedResourceUploadSession {
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
            Self::CustomDataProvidedResourceUploadSession(v) => &v.id,
            Self::CustomDataProvidedResourceAccessReviewUploadSession(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::CustomDataProvidedResourceUploadSession(v) => &mut v.id,
            Self::CustomDataProvidedResourceAccessReviewUploadSession(v) => &mut v.id,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::CustomDataProvidedResourceUploadSession(v) => &v.created_date_time,
            Self::CustomDataProvidedResourceAccessReviewUploadSession(v) => {
                &v.created_date_time
            }
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time_mut(&mut self) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::CustomDataProvidedResourceUploadSession(v) => &mut v.created_date_time,
            Self::CustomDataProvidedResourceAccessReviewUploadSession(v) => {
                &mut v.created_date_time
            }
        }
    }
    /// `data` of any variant.
    #[inline]
    pub fn data(
        &self,
    ) -> &rt::Field<crate::v1::custom_data_provided_resource_payloads::AnyData> {
        match self {
            Self::CustomDataProvidedResourceUploadSession(v) => &v.data,
            Self::CustomDataProvidedResourceAccessReviewUploadSession(v) => &v.data,
        }
    }
    /// `data` of any variant.
    #[inline]
    pub fn data_mut(
        &mut self,
    ) -> &mut rt::Field<crate::v1::custom_data_provided_resource_payloads::AnyData> {
        match self {
            Self::CustomDataProvidedResourceUploadSession(v) => &mut v.data,
            Self::CustomDataProvidedResourceAccessReviewUploadSession(v) => &mut v.data,
        }
    }
    /// `isUploadDone` of any variant.
    #[inline]
    pub fn is_upload_done(&self) -> &rt::Field<bool> {
        match self {
            Self::CustomDataProvidedResourceUploadSession(v) => &v.is_upload_done,
            Self::CustomDataProvidedResourceAccessReviewUploadSession(v) => {
                &v.is_upload_done
            }
        }
    }
    /// `isUploadDone` of any variant.
    #[inline]
    pub fn is_upload_done_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::CustomDataProvidedResourceUploadSession(v) => &mut v.is_upload_done,
            Self::CustomDataProvidedResourceAccessReviewUploadSession(v) => {
                &mut v.is_upload_done
            }
        }
    }
    /// `referenceId` of any variant.
    #[inline]
    pub fn reference_id(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::CustomDataProvidedResourceUploadSession(v) => &v.reference_id,
            Self::CustomDataProvidedResourceAccessReviewUploadSession(v) => {
                &v.reference_id
            }
        }
    }
    /// `referenceId` of any variant.
    #[inline]
    pub fn reference_id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::CustomDataProvidedResourceUploadSession(v) => &mut v.reference_id,
            Self::CustomDataProvidedResourceAccessReviewUploadSession(v) => {
                &mut v.reference_id
            }
        }
    }
    /// `stats` of any variant.
    #[inline]
    pub fn stats(&self) -> &rt::Field<crate::v1::CustomDataProvidedResourceUploadStats> {
        match self {
            Self::CustomDataProvidedResourceUploadSession(v) => &v.stats,
            Self::CustomDataProvidedResourceAccessReviewUploadSession(v) => &v.stats,
        }
    }
    /// `stats` of any variant.
    #[inline]
    pub fn stats_mut(
        &mut self,
    ) -> &mut rt::Field<crate::v1::CustomDataProvidedResourceUploadStats> {
        match self {
            Self::CustomDataProvidedResourceUploadSession(v) => &mut v.stats,
            Self::CustomDataProvidedResourceAccessReviewUploadSession(v) => &mut v.stats,
        }
    }
    /// `status` of any variant.
    #[inline]
    pub fn status(
        &self,
    ) -> &rt::Field<crate::v1::CustomDataProvidedResourceUploadStatus> {
        match self {
            Self::CustomDataProvidedResourceUploadSession(v) => &v.status,
            Self::CustomDataProvidedResourceAccessReviewUploadSession(v) => &v.status,
        }
    }
    /// `status` of any variant.
    #[inline]
    pub fn status_mut(
        &mut self,
    ) -> &mut rt::Field<crate::v1::CustomDataProvidedResourceUploadStatus> {
        match self {
            Self::CustomDataProvidedResourceUploadSession(v) => &mut v.status,
            Self::CustomDataProvidedResourceAccessReviewUploadSession(v) => &mut v.status,
        }
    }
    /// `files` of any variant.
    ///
    /// Features: `v1` or `v1-search`.
    #[cfg(msgraph_v1_search)]
    #[inline]
    pub fn files(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::v1::CustomDataProvidedResourceFile>> {
        match self {
            Self::CustomDataProvidedResourceUploadSession(v) => &v.files,
            Self::CustomDataProvidedResourceAccessReviewUploadSession(v) => &v.files,
        }
    }
    /// `files` of any variant.
    ///
    /// Features: `v1` or `v1-search`.
    #[cfg(msgraph_v1_search)]
    #[inline]
    pub fn files_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::v1::CustomDataProvidedResourceFile>> {
        match self {
            Self::CustomDataProvidedResourceUploadSession(v) => &mut v.files,
            Self::CustomDataProvidedResourceAccessReviewUploadSession(v) => &mut v.files,
        }
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_poly!(AnyCustomDataProvidedResourceUploadSession);
#[cfg(msgraph_v1_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyCustomDataProvidedResourceUploadSession);
#[cfg(msgraph_v1_any_area)]
/// CSDL: `microsoft.graph.customDataProvidedResourceUploadSessionRequest`, complex type.
///
/// Feature: `v1` or any `v1-*` area feature.
#[derive(Clone)]
pub struct CustomDataProvidedResourceUploadSessionRequest {
    /// CSDL: property `data`: `microsoft.graph.customDataProvidedResourcePayloads.data`, not nullable.
    pub data: rt::Field<crate::v1::custom_data_provided_resource_payloads::AnyData>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_any_area)]
impl ::std::default::Default for CustomDataProvidedResourceUploadSessionRequest {
    #[inline]
    fn default() -> Self {
        Self {
            data: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_any_area)]
impl rt::Object for CustomDataProvidedResourceUploadSessionRequest {
    const TYPE_NAME: &'static str = "microsoft.graph.customDataProvidedResourceUploadSessionRequest";
    const KEYS: &'static [&'static str] = &["data"];
    const KEYS_JSON: &'static [&'static str] = &[",\"data\":                         "];
    const TAG: &'static str = "\"#microsoft.graph.customDataProvidedResourceUploadSessionRequest\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "data", &self.data);
    }
}
#[cfg(msgraph_v1_any_area)]
impl rt::object::Members for CustomDataProvidedResourceUploadSessionRequest {
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
#[cfg(msgraph_v1_any_area)]
rt::impl_object!(CustomDataProvidedResourceUploadSessionRequest);
#[cfg(msgraph_v1_any_area)]
rt::impl_setters!(
    CustomDataProvidedResourceUploadSessionRequest { with_data data : crate
    ::v1::custom_data_provided_resource_payloads::AnyData; }
);
#[cfg(msgraph_v1_any_area)]
#[cfg(feature = "serde")]
rt::impl_serde!(CustomDataProvidedResourceUploadSessionRequest);
#[cfg(msgraph_v1_identity_governance_or_search)]
/// CSDL: `microsoft.graph.customDataProvidedResourceUploadStats`, complex type.
///
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
#[derive(Clone)]
pub struct CustomDataProvidedResourceUploadStats {
    /// CSDL: property `filesUploaded`: `Edm.Int32`, not nullable.
    pub files_uploaded: rt::Field<i32>,
    /// CSDL: property `totalBytesUploaded`: `Edm.Int64`, not nullable.
    pub total_bytes_uploaded: rt::Field<i64>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl ::std::default::Default for CustomDataProvidedResourceUploadStats {
    #[inline]
    fn default() -> Self {
        Self {
            files_uploaded: rt::Field::Absent,
            total_bytes_uploaded: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::Object for CustomDataProvidedResourceUploadStats {
    const TYPE_NAME: &'static str = "microsoft.graph.customDataProvidedResourceUploadStats";
    const KEYS: &'static [&'static str] = &["filesUploaded", "totalBytesUploaded"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"filesUploaded\":                ",
        ",\"totalBytesUploaded\":           ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.customDataProvidedResourceUploadStats\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "files_uploaded", &self.files_uploaded);
        v.field(1usize, "total_bytes_uploaded", &self.total_bytes_uploaded);
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::object::Members for CustomDataProvidedResourceUploadStats {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.files_uploaded.read_from(r),
            1usize => self.total_bytes_uploaded.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.files_uploaded);
        w.field(1usize, &self.total_bytes_uploaded);
    }
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
rt::impl_object!(CustomDataProvidedResourceUploadStats);
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_setters!(
    CustomDataProvidedResourceUploadStats { with_files_uploaded files_uploaded : i32;
    with_total_bytes_uploaded total_bytes_uploaded : i64; }
);
#[cfg(msgraph_v1_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(CustomDataProvidedResourceUploadStats);
#[cfg(msgraph_v1_identity_governance_or_search)]
/// CSDL: `microsoft.graph.customDataProvidedResourceUploadStatus`, enum type.
///
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum CustomDataProvidedResourceUploadStatus {
    /// `active` (value 0).
    Active,
    /// `complete` (value 1).
    Complete,
    /// `expired` (value 2).
    Expired,
    /// `unknownFutureValue` (value 3).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::StrEnum for CustomDataProvidedResourceUploadStatus {
    const TYPE_NAME: &'static str = "microsoft.graph.customDataProvidedResourceUploadStatus";
    const MEMBERS: &'static [&'static str] = &[
        "active",
        "complete",
        "expired",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "active" => Self::Active,
                "complete" => Self::Complete,
                "expired" => Self::Expired,
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
            Self::Active => "active",
            Self::Complete => "complete",
            Self::Expired => "expired",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_enum!(CustomDataProvidedResourceUploadStatus);
#[cfg(msgraph_v1_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(CustomDataProvidedResourceUploadStatus);
#[cfg(msgraph_v1_core_or_security)]
/// CSDL: `microsoft.graph.customMetadataDictionary`, complex type, derived from `microsoft.graph.Dictionary`, open.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct CustomMetadataDictionary {
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_security)]
impl ::std::default::Default for CustomMetadataDictionary {
    #[inline]
    fn default() -> Self {
        Self {
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_security)]
impl rt::Object for CustomMetadataDictionary {
    const TYPE_NAME: &'static str = "microsoft.graph.customMetadataDictionary";
    const KEYS: &'static [&'static str] = &[];
    const KEYS_JSON: &'static [&'static str] = &[];
    const TAG: &'static str = "\"#microsoft.graph.customMetadataDictionary\"";
    #[inline]
    #[allow(unused_variables)]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {}
}
#[cfg(msgraph_v1_core_or_security)]
impl rt::object::Members for CustomMetadataDictionary {
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
#[cfg(msgraph_v1_core_or_security)]
rt::impl_object!(CustomMetadataDictionary);
#[cfg(msgraph_v1_core_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(CustomMetadataDictionary);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.customSecurityAttributeValue`, complex type, open.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct CustomSecurityAttributeValue {
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for CustomSecurityAttributeValue {
    #[inline]
    fn default() -> Self {
        Self {
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for CustomSecurityAttributeValue {
    const TYPE_NAME: &'static str = "microsoft.graph.customSecurityAttributeValue";
    const KEYS: &'static [&'static str] = &[];
    const KEYS_JSON: &'static [&'static str] = &[];
    const TAG: &'static str = "\"#microsoft.graph.customSecurityAttributeValue\"";
    #[inline]
    #[allow(unused_variables)]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {}
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for CustomSecurityAttributeValue {
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
#[cfg(msgraph_v1_core)]
rt::impl_object!(CustomSecurityAttributeValue);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(CustomSecurityAttributeValue);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.customTimeZone`, complex type, derived from `microsoft.graph.timeZoneBase`.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct CustomTimeZone {
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// CSDL: property `bias`: `Edm.Int32`, nullable.
    pub bias: rt::Field<i32>,
    /// CSDL: property `daylightOffset`: `microsoft.graph.daylightTimeZoneOffset`, nullable.
    pub daylight_offset: rt::Field<crate::v1::DaylightTimeZoneOffset>,
    /// CSDL: property `standardOffset`: `microsoft.graph.standardTimeZoneOffset`, nullable.
    pub standard_offset: rt::Field<crate::v1::AnyStandardTimeZoneOffset>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for CustomTimeZone {
    #[inline]
    fn default() -> Self {
        Self {
            name: rt::Field::Absent,
            bias: rt::Field::Absent,
            daylight_offset: rt::Field::Absent,
            standard_offset: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for CustomTimeZone {
    const TYPE_NAME: &'static str = "microsoft.graph.customTimeZone";
    const KEYS: &'static [&'static str] = &[
        "name",
        "bias",
        "daylightOffset",
        "standardOffset",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"name\":                         ",
        ",\"bias\":                         ",
        ",\"daylightOffset\":               ",
        ",\"standardOffset\":               ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.customTimeZone\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "name", &self.name);
        v.field(1usize, "bias", &self.bias);
        v.field(2usize, "daylight_offset", &self.daylight_offset);
        v.field(3usize, "standard_offset", &self.standard_offset);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for CustomTimeZone {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.name.read_from(r),
            1usize => self.bias.read_from(r),
            2usize => self.daylight_offset.read_from(r),
            3usize => self.standard_offset.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.name);
        w.field(1usize, &self.bias);
        w.field(2usize, &self.daylight_offset);
        w.field(3usize, &self.standard_offset);
    }
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
rt::impl_object!(CustomTimeZone);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    CustomTimeZone { with_name name : ::std::string::String; with_bias bias : i32;
    with_daylight_offset daylight_offset : crate ::v1::DaylightTimeZoneOffset;
    with_standard_offset standard_offset : crate ::v1::AnyStandardTimeZoneOffset; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(CustomTimeZone);
