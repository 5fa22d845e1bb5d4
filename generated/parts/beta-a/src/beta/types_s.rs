//! Types of `microsoft.graph` by the first letters of their names (`s`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.scheduleInformation`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ScheduleInformation {
    /// CSDL: property `availabilityView`: `Edm.String`, nullable.
    pub availability_view: rt::Field<::std::string::String>,
    /// CSDL: property `error`: `microsoft.graph.freeBusyError`, nullable.
    pub error: rt::Field<crate::beta::FreeBusyError>,
    /// CSDL: property `scheduleId`: `Edm.String`, nullable.
    pub schedule_id: rt::Field<::std::string::String>,
    /// CSDL: property `scheduleItems`: `Collection(microsoft.graph.scheduleItem)`, nullable.
    pub schedule_items: rt::Field<::std::vec::Vec<crate::beta::ScheduleItem>>,
    /// CSDL: property `workingHours`: `microsoft.graph.workingHours`, nullable.
    pub working_hours: rt::Field<crate::beta::WorkingHours>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for ScheduleInformation {
    #[inline]
    fn default() -> Self {
        Self {
            availability_view: rt::Field::Absent,
            error: rt::Field::Absent,
            schedule_id: rt::Field::Absent,
            schedule_items: rt::Field::Absent,
            working_hours: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for ScheduleInformation {
    const TYPE_NAME: &'static str = "microsoft.graph.scheduleInformation";
    const KEYS: &'static [&'static str] = &[
        "availabilityView",
        "error",
        "scheduleId",
        "scheduleItems",
        "workingHours",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"availabilityView\":             ",
        ",\"error\":                        ",
        ",\"scheduleId\":                   ",
        ",\"scheduleItems\":                ",
        ",\"workingHours\":                 ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.scheduleInformation\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "availability_view", &self.availability_view);
        v.field(1usize, "error", &self.error);
        v.field(2usize, "schedule_id", &self.schedule_id);
        v.field(3usize, "schedule_items", &self.schedule_items);
        v.field(4usize, "working_hours", &self.working_hours);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for ScheduleInformation {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.availability_view.read_from(r),
            1usize => self.error.read_from(r),
            2usize => self.schedule_id.read_from(r),
            3usize => self.schedule_items.read_from(r),
            4usize => self.working_hours.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.availability_view);
        w.field(1usize, &self.error);
        w.field(2usize, &self.schedule_id);
        w.field(3usize, &self.schedule_items);
        w.field(4usize, &self.working_hours);
    }
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
rt::impl_object!(ScheduleInformation);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    ScheduleInformation { with_availability_view availability_view :
    ::std::string::String; with_error error : crate ::beta::FreeBusyError;
    with_schedule_id schedule_id : ::std::string::String; with_schedule_items
    schedule_items : ::std::vec::Vec < crate ::beta::ScheduleItem >; with_working_hours
    working_hours : crate ::beta::WorkingHours; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(ScheduleInformation);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.scheduleItem`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ScheduleItem {
    /// CSDL: property `end`: `microsoft.graph.dateTimeTimeZone`, nullable.
    pub end: rt::Field<crate::beta::DateTimeTimeZone>,
    /// CSDL: property `isPrivate`: `Edm.Boolean`, nullable.
    pub is_private: rt::Field<bool>,
    /// CSDL: property `location`: `Edm.String`, nullable.
    pub location: rt::Field<::std::string::String>,
    /// CSDL: property `start`: `microsoft.graph.dateTimeTimeZone`, nullable.
    pub start: rt::Field<crate::beta::DateTimeTimeZone>,
    /// CSDL: property `status`: `microsoft.graph.freeBusyStatus`, nullable.
    pub status: rt::Field<crate::beta::FreeBusyStatus>,
    /// CSDL: property `subject`: `Edm.String`, nullable.
    pub subject: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for ScheduleItem {
    #[inline]
    fn default() -> Self {
        Self {
            end: rt::Field::Absent,
            is_private: rt::Field::Absent,
            location: rt::Field::Absent,
            start: rt::Field::Absent,
            status: rt::Field::Absent,
            subject: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for ScheduleItem {
    const TYPE_NAME: &'static str = "microsoft.graph.scheduleItem";
    const KEYS: &'static [&'static str] = &[
        "end",
        "isPrivate",
        "location",
        "start",
        "status",
        "subject",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"end\":                          ",
        ",\"isPrivate\":                    ",
        ",\"location\":                     ",
        ",\"start\":                        ",
        ",\"status\":                       ",
        ",\"subject\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.scheduleItem\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "end", &self.end);
        v.field(1usize, "is_private", &self.is_private);
        v.field(2usize, "location", &self.location);
        v.field(3usize, "start", &self.start);
        v.field(4usize, "status", &self.status);
        v.field(5usize, "subject", &self.subject);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for ScheduleItem {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.end.read_from(r),
            1usize => self.is_private.read_from(r),
            2usize => self.location.read_from(r),
            3usize => self.start.read_from(r),
            4usize => self.status.read_from(r),
            5usize => self.subject.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.end);
        w.field(1usize, &self.is_private);
        w.field(2usize, &self.location);
        w.field(3usize, &self.start);
        w.field(4usize, &self.status);
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
#[cfg(msgraph_beta_core)]
rt::impl_object!(ScheduleItem);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    ScheduleItem { with_end end : crate ::beta::DateTimeTimeZone; with_is_private
    is_private : bool; with_location location : ::std::string::String; with_start start :
    crate ::beta::DateTimeTimeZone; with_status status : crate ::beta::FreeBusyStatus;
    with_subject subject : ::std::string::String; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(ScheduleItem);
#[cfg(msgraph_beta_search)]
/// CSDL: `microsoft.graph.schema`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta` or `beta-search`.
#[derive(Clone)]
pub struct Schema {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `baseType`: `Edm.String`, not nullable.
    pub base_type: rt::Field<::std::string::String>,
    /// CSDL: property `properties`: `Collection(microsoft.graph.property)`, nullable.
    pub properties: rt::Field<::std::vec::Vec<crate::beta::Property>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_search)]
impl ::std::default::Default for Schema {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            base_type: rt::Field::Absent,
            properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_search)]
impl rt::Object for Schema {
    const TYPE_NAME: &'static str = "microsoft.graph.schema";
    const KEYS: &'static [&'static str] = &["id", "baseType", "properties"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"baseType\":                     ",
        ",\"properties\":                   ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.schema\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "base_type", &self.base_type);
        v.field(2usize, "properties", &self.properties);
    }
}
#[cfg(msgraph_beta_search)]
impl rt::object::Members for Schema {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.base_type.read_from(r),
            2usize => self.properties.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.base_type);
        w.field(2usize, &self.properties);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_search)]
rt::impl_object!(Schema);
#[cfg(msgraph_beta_search)]
rt::impl_setters!(
    Schema { with_id id : ::std::string::String; with_base_type base_type :
    ::std::string::String; with_properties properties : ::std::vec::Vec < crate
    ::beta::Property >; }
);
#[cfg(msgraph_beta_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(Schema);
#[cfg(msgraph_beta_app_or_communications_or_search)]
/// CSDL: `microsoft.graph.screenSharingRole`, enum type.
///
/// Features: `beta`, or one of `beta-app`, `beta-communications`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ScreenSharingRole {
    /// `viewer` (value 0).
    Viewer,
    /// `sharer` (value 1).
    Sharer,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
impl rt::StrEnum for ScreenSharingRole {
    const TYPE_NAME: &'static str = "microsoft.graph.screenSharingRole";
    const MEMBERS: &'static [&'static str] = &["viewer", "sharer"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "viewer" => Self::Viewer,
                "sharer" => Self::Sharer,
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
            Self::Viewer => "viewer",
            Self::Sharer => "sharer",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
rt::impl_enum!(ScreenSharingRole);
#[cfg(msgraph_beta_app_or_communications_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ScreenSharingRole);
#[cfg(msgraph_beta_search)]
/// CSDL: `microsoft.graph.searchAggregation`, complex type.
///
/// Features: `beta` or `beta-search`.
#[derive(Clone)]
pub struct SearchAggregation {
    /// CSDL: property `buckets`: `Collection(microsoft.graph.searchBucket)`, nullable.
    pub buckets: rt::Field<::std::vec::Vec<crate::beta::SearchBucket>>,
    /// CSDL: property `field`: `Edm.String`, nullable.
    pub field: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_search)]
impl ::std::default::Default for SearchAggregation {
    #[inline]
    fn default() -> Self {
        Self {
            buckets: rt::Field::Absent,
            field: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_search)]
impl rt::Object for SearchAggregation {
    const TYPE_NAME: &'static str = "microsoft.graph.searchAggregation";
    const KEYS: &'static [&'static str] = &["buckets", "field"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"buckets\":                      ",
        ",\"field\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.searchAggregation\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "buckets", &self.buckets);
        v.field(1usize, "field", &self.field);
    }
}
#[cfg(msgraph_beta_search)]
impl rt::object::Members for SearchAggregation {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.buckets.read_from(r),
            1usize => self.field.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.buckets);
        w.field(1usize, &self.field);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_search)]
rt::impl_object!(SearchAggregation);
#[cfg(msgraph_beta_search)]
rt::impl_setters!(
    SearchAggregation { with_buckets buckets : ::std::vec::Vec < crate
    ::beta::SearchBucket >; with_field field : ::std::string::String; }
);
#[cfg(msgraph_beta_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(SearchAggregation);
#[cfg(msgraph_beta_search)]
/// CSDL: `microsoft.graph.searchAlteration`, complex type.
///
/// Features: `beta` or `beta-search`.
#[derive(Clone)]
pub struct SearchAlteration {
    /// CSDL: property `alteredHighlightedQueryString`: `Edm.String`, nullable.
    pub altered_highlighted_query_string: rt::Field<::std::string::String>,
    /// CSDL: property `alteredQueryString`: `Edm.String`, nullable.
    pub altered_query_string: rt::Field<::std::string::String>,
    /// CSDL: property `alteredQueryTokens`: `Collection(microsoft.graph.alteredQueryToken)`, nullable.
    pub altered_query_tokens: rt::Field<::std::vec::Vec<crate::beta::AlteredQueryToken>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_search)]
impl ::std::default::Default for SearchAlteration {
    #[inline]
    fn default() -> Self {
        Self {
            altered_highlighted_query_string: rt::Field::Absent,
            altered_query_string: rt::Field::Absent,
            altered_query_tokens: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_search)]
impl rt::Object for SearchAlteration {
    const TYPE_NAME: &'static str = "microsoft.graph.searchAlteration";
    const KEYS: &'static [&'static str] = &[
        "alteredHighlightedQueryString",
        "alteredQueryString",
        "alteredQueryTokens",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"alteredHighlightedQueryString\":",
        ",\"alteredQueryString\":           ",
        ",\"alteredQueryTokens\":           ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.searchAlteration\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(
            0usize,
            "altered_highlighted_query_string",
            &self.altered_highlighted_query_string,
        );
        v.field(1usize, "altered_query_string", &self.altered_query_string);
        v.field(2usize, "altered_query_tokens", &self.altered_query_tokens);
    }
}
#[cfg(msgraph_beta_search)]
impl rt::object::Members for SearchAlteration {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.altered_highlighted_query_string.read_from(r),
            1usize => self.altered_query_string.read_from(r),
            2usize => self.altered_query_tokens.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.altered_highlighted_query_string);
        w.field(1usize, &self.altered_query_string);
        w.field(2usize, &self.altered_query_tokens);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_search)]
rt::impl_object!(SearchAlteration);
#[cfg(msgraph_beta_search)]
rt::impl_setters!(
    SearchAlteration { with_altered_highlighted_query_string
    altered_highlighted_query_string : ::std::string::String; with_altered_query_string
    altered_query_string : ::std::string::String; with_altered_query_tokens
    altered_query_tokens : ::std::vec::Vec < crate ::beta::AlteredQueryToken >; }
);
#[cfg(msgraph_beta_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(SearchAlteration);
#[cfg(msgraph_beta_search)]
/// CSDL: `microsoft.graph.searchAlterationType`, enum type.
///
/// Features: `beta` or `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum SearchAlterationType {
    /// `suggestion` (value 0).
    Suggestion,
    /// `modification` (value 1).
    Modification,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_search)]
impl rt::StrEnum for SearchAlterationType {
    const TYPE_NAME: &'static str = "microsoft.graph.searchAlterationType";
    const MEMBERS: &'static [&'static str] = &["suggestion", "modification"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "suggestion" => Self::Suggestion,
                "modification" => Self::Modification,
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
            Self::Suggestion => "suggestion",
            Self::Modification => "modification",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_search)]
rt::impl_enum!(SearchAlterationType);
#[cfg(msgraph_beta_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(SearchAlterationType);
#[cfg(msgraph_beta_search)]
/// CSDL: `microsoft.graph.searchBucket`, complex type.
///
/// Features: `beta` or `beta-search`.
#[derive(Clone)]
pub struct SearchBucket {
    /// CSDL: property `aggregationFilterToken`: `Edm.String`, nullable.
    pub aggregation_filter_token: rt::Field<::std::string::String>,
    /// CSDL: property `count`: `Edm.Int32`, nullable.
    pub count: rt::Field<i32>,
    /// CSDL: property `key`: `Edm.String`, nullable.
    pub key: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_search)]
impl ::std::default::Default for SearchBucket {
    #[inline]
    fn default() -> Self {
        Self {
            aggregation_filter_token: rt::Field::Absent,
            count: rt::Field::Absent,
            key: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_search)]
impl rt::Object for SearchBucket {
    const TYPE_NAME: &'static str = "microsoft.graph.searchBucket";
    const KEYS: &'static [&'static str] = &["aggregationFilterToken", "count", "key"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"aggregationFilterToken\":       ",
        ",\"count\":                        ",
        ",\"key\":                          ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.searchBucket\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "aggregation_filter_token", &self.aggregation_filter_token);
        v.field(1usize, "count", &self.count);
        v.field(2usize, "key", &self.key);
    }
}
#[cfg(msgraph_beta_search)]
impl rt::object::Members for SearchBucket {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.aggregation_filter_token.read_from(r),
            1usize => self.count.read_from(r),
            2usize => self.key.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.aggregation_filter_token);
        w.field(1usize, &self.count);
        w.field(2usize, &self.key);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_search)]
rt::impl_object!(SearchBucket);
#[cfg(msgraph_beta_search)]
rt::impl_setters!(
    SearchBucket { with_aggregation_filter_token aggregation_filter_token :
    ::std::string::String; with_count count : i32; with_key key : ::std::string::String;
    }
);
#[cfg(msgraph_beta_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(SearchBucket);
#[cfg(msgraph_beta_search)]
/// CSDL: `microsoft.graph.searchEntity`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`SearchEntityPath`](requests/trait.SearchEntityPath.html), what a path to one (`EntityPath<SearchEntity, C>`) dereferences to.
///
/// Features: `beta` or `beta-search`.
#[derive(Clone)]
pub struct SearchEntity {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_search)]
impl ::std::default::Default for SearchEntity {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_search)]
impl rt::Object for SearchEntity {
    const TYPE_NAME: &'static str = "microsoft.graph.searchEntity";
    const KEYS: &'static [&'static str] = &["id"];
    const KEYS_JSON: &'static [&'static str] = &[",\"id\":                           "];
    const TAG: &'static str = "\"#microsoft.graph.searchEntity\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
    }
}
#[cfg(msgraph_beta_search)]
impl rt::object::Members for SearchEntity {
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
#[cfg(msgraph_beta_search)]
rt::impl_object!(SearchEntity);
#[cfg(msgraph_beta_search)]
rt::impl_setters!(SearchEntity { with_id id : ::std::string::String; });
#[cfg(msgraph_beta_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(SearchEntity);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.secureAssessmentAccountType`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum SecureAssessmentAccountType {
    /// `azureADAccount` (value 0).
    AzureAdAccount,
    /// `domainAccount` (value 1).
    DomainAccount,
    /// `localAccount` (value 2).
    LocalAccount,
    /// `localGuestAccount` (value 3).
    LocalGuestAccount,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for SecureAssessmentAccountType {
    const TYPE_NAME: &'static str = "microsoft.graph.secureAssessmentAccountType";
    const MEMBERS: &'static [&'static str] = &[
        "azureADAccount",
        "domainAccount",
        "localAccount",
        "localGuestAccount",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "azureADAccount" => Self::AzureAdAccount,
                "domainAccount" => Self::DomainAccount,
                "localAccount" => Self::LocalAccount,
                "localGuestAccount" => Self::LocalGuestAccount,
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
            Self::AzureAdAccount => "azureADAccount",
            Self::DomainAccount => "domainAccount",
            Self::LocalAccount => "localAccount",
            Self::LocalGuestAccount => "localGuestAccount",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(SecureAssessmentAccountType);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(SecureAssessmentAccountType);
#[cfg(msgraph_beta_core)]
/// The security baseline compliance state of a setting for a device
///
/// CSDL: `microsoft.graph.securityBaselineContributingPolicy`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct SecurityBaselineContributingPolicy {
    /// Name of the policy
    ///
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// Unique identifier of the policy
    ///
    /// CSDL: property `sourceId`: `Edm.String`, nullable.
    pub source_id: rt::Field<::std::string::String>,
    /// Authoring source of the policy
    ///
    /// CSDL: property `sourceType`: `microsoft.graph.securityBaselinePolicySourceType`, not nullable.
    pub source_type: rt::Field<crate::beta::SecurityBaselinePolicySourceType>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for SecurityBaselineContributingPolicy {
    #[inline]
    fn default() -> Self {
        Self {
            display_name: rt::Field::Absent,
            source_id: rt::Field::Absent,
            source_type: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for SecurityBaselineContributingPolicy {
    const TYPE_NAME: &'static str = "microsoft.graph.securityBaselineContributingPolicy";
    const KEYS: &'static [&'static str] = &["displayName", "sourceId", "sourceType"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"displayName\":                  ",
        ",\"sourceId\":                     ",
        ",\"sourceType\":                   ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.securityBaselineContributingPolicy\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "display_name", &self.display_name);
        v.field(1usize, "source_id", &self.source_id);
        v.field(2usize, "source_type", &self.source_type);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for SecurityBaselineContributingPolicy {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.display_name.read_from(r),
            1usize => self.source_id.read_from(r),
            2usize => self.source_type.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.display_name);
        w.field(1usize, &self.source_id);
        w.field(2usize, &self.source_type);
    }
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
rt::impl_object!(SecurityBaselineContributingPolicy);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    SecurityBaselineContributingPolicy { with_display_name display_name :
    ::std::string::String; with_source_id source_id : ::std::string::String;
    with_source_type source_type : crate ::beta::SecurityBaselinePolicySourceType; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(SecurityBaselineContributingPolicy);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.securityBaselinePolicySourceType`, enum type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum SecurityBaselinePolicySourceType {
    /// `deviceConfiguration` (value 0).
    DeviceConfiguration,
    /// `deviceIntent` (value 1).
    DeviceIntent,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_core)]
impl rt::StrEnum for SecurityBaselinePolicySourceType {
    const TYPE_NAME: &'static str = "microsoft.graph.securityBaselinePolicySourceType";
    const MEMBERS: &'static [&'static str] = &["deviceConfiguration", "deviceIntent"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "deviceConfiguration" => Self::DeviceConfiguration,
                "deviceIntent" => Self::DeviceIntent,
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
            Self::DeviceConfiguration => "deviceConfiguration",
            Self::DeviceIntent => "deviceIntent",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_core)]
rt::impl_enum!(SecurityBaselinePolicySourceType);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(SecurityBaselinePolicySourceType);
#[cfg(msgraph_beta_core)]
/// The security baseline compliance state of a setting for a device
///
/// CSDL: `microsoft.graph.securityBaselineSettingState`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct SecurityBaselineSettingState {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// The policies that contribute to this setting instance
    ///
    /// CSDL: property `contributingPolicies`: `Collection(microsoft.graph.securityBaselineContributingPolicy)`, nullable.
    pub contributing_policies: rt::Field<
        ::std::vec::Vec<crate::beta::SecurityBaselineContributingPolicy>,
    >,
    /// The error code if the setting is in error state
    ///
    /// CSDL: property `errorCode`: `Edm.String`, nullable.
    pub error_code: rt::Field<::std::string::String>,
    /// The setting category id which this setting belongs to
    ///
    /// CSDL: property `settingCategoryId`: `Edm.String`, nullable.
    pub setting_category_id: rt::Field<::std::string::String>,
    /// The setting category name which this setting belongs to
    ///
    /// CSDL: property `settingCategoryName`: `Edm.String`, nullable.
    pub setting_category_name: rt::Field<::std::string::String>,
    /// The setting id guid
    ///
    /// CSDL: property `settingId`: `Edm.String`, nullable.
    pub setting_id: rt::Field<::std::string::String>,
    /// The setting name that is being reported
    ///
    /// CSDL: property `settingName`: `Edm.String`, not nullable.
    pub setting_name: rt::Field<::std::string::String>,
    /// The policies that contribute to this setting instance
    ///
    /// CSDL: property `sourcePolicies`: `Collection(microsoft.graph.settingSource)`, nullable.
    pub source_policies: rt::Field<::std::vec::Vec<crate::beta::SettingSource>>,
    /// The compliance state of the security baseline setting
    ///
    /// CSDL: property `state`: `microsoft.graph.securityBaselineComplianceState`, not nullable.
    pub state: rt::Field<crate::beta::SecurityBaselineComplianceState>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for SecurityBaselineSettingState {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            contributing_policies: rt::Field::Absent,
            error_code: rt::Field::Absent,
            setting_category_id: rt::Field::Absent,
            setting_category_name: rt::Field::Absent,
            setting_id: rt::Field::Absent,
            setting_name: rt::Field::Absent,
            source_policies: rt::Field::Absent,
            state: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for SecurityBaselineSettingState {
    const TYPE_NAME: &'static str = "microsoft.graph.securityBaselineSettingState";
    const KEYS: &'static [&'static str] = &[
        "id",
        "contributingPolicies",
        "errorCode",
        "settingCategoryId",
        "settingCategoryName",
        "settingId",
        "settingName",
        "sourcePolicies",
        "state",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"contributingPolicies\":         ",
        ",\"errorCode\":                    ",
        ",\"settingCategoryId\":            ",
        ",\"settingCategoryName\":          ",
        ",\"settingId\":                    ",
        ",\"settingName\":                  ",
        ",\"sourcePolicies\":               ",
        ",\"state\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.securityBaselineSettingState\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "contributing_policies", &self.contributing_policies);
        v.field(2usize, "error_code", &self.error_code);
        v.field(3usize, "setting_category_id", &self.setting_category_id);
        v.field(4usize, "setting_category_name", &self.setting_category_name);
        v.field(5usize, "setting_id", &self.setting_id);
        v.field(6usize, "setting_name", &self.setting_name);
        v.field(7usize, "source_policies", &self.source_policies);
        v.field(8usize, "state", &self.state);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for SecurityBaselineSettingState {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.contributing_policies.read_from(r),
            2usize => self.error_code.read_from(r),
            3usize => self.setting_category_id.read_from(r),
            4usize => self.setting_category_name.read_from(r),
            5usize => self.setting_id.read_from(r),
            6usize => self.setting_name.read_from(r),
            7usize => self.source_policies.read_from(r),
            8usize => self.state.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.contributing_policies);
        w.field(2usize, &self.error_code);
        w.field(3usize, &self.setting_category_id);
        w.field(4usize, &self.setting_category_name);
        w.field(5usize, &self.setting_id);
        w.field(6usize, &self.setting_name);
        w.field(7usize, &self.source_policies);
        w.field(8usize, &self.state);
    }
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
rt::impl_object!(SecurityBaselineSettingState);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    SecurityBaselineSettingState { with_id id : ::std::string::String;
    with_contributing_policies contributing_policies : ::std::vec::Vec < crate
    ::beta::SecurityBaselineContributingPolicy >; with_error_code error_code :
    ::std::string::String; with_setting_category_id setting_category_id :
    ::std::string::String; with_setting_category_name setting_category_name :
    ::std::string::String; with_setting_id setting_id : ::std::string::String;
    with_setting_name setting_name : ::std::string::String; with_source_policies
    source_policies : ::std::vec::Vec < crate ::beta::SettingSource >; with_state state :
    crate ::beta::SecurityBaselineComplianceState; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(SecurityBaselineSettingState);
#[cfg(msgraph_beta_core)]
/// Security baseline state for a device.
///
/// CSDL: `microsoft.graph.securityBaselineState`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`SecurityBaselineStatePath`](requests/trait.SecurityBaselineStatePath.html), what a path to one (`EntityPath<SecurityBaselineState, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct SecurityBaselineState {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// The display name of the security baseline
    ///
    /// CSDL: property `displayName`: `Edm.String`, not nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// The security baseline template id
    ///
    /// CSDL: property `securityBaselineTemplateId`: `Edm.String`, nullable.
    pub security_baseline_template_id: rt::Field<::std::string::String>,
    /// Security baseline compliance state
    ///
    /// CSDL: property `state`: `microsoft.graph.securityBaselineComplianceState`, not nullable.
    pub state: rt::Field<crate::beta::SecurityBaselineComplianceState>,
    /// User Principal Name
    ///
    /// CSDL: property `userPrincipalName`: `Edm.String`, nullable.
    pub user_principal_name: rt::Field<::std::string::String>,
    /// The security baseline state for different settings for a device
    ///
    /// CSDL: containment navigation property `settingStates`: `Collection(microsoft.graph.securityBaselineSettingState)`, not nullable.
    pub setting_states: rt::Field<
        ::std::vec::Vec<crate::beta::SecurityBaselineSettingState>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for SecurityBaselineState {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            display_name: rt::Field::Absent,
            security_baseline_template_id: rt::Field::Absent,
            state: rt::Field::Absent,
            user_principal_name: rt::Field::Absent,
            setting_states: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for SecurityBaselineState {
    const TYPE_NAME: &'static str = "microsoft.graph.securityBaselineState";
    const KEYS: &'static [&'static str] = &[
        "id",
        "displayName",
        "securityBaselineTemplateId",
        "state",
        "userPrincipalName",
        "settingStates",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"displayName\":                  ",
        ",\"securityBaselineTemplateId\":   ",
        ",\"state\":                        ",
        ",\"userPrincipalName\":            ",
        ",\"settingStates\":                ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.securityBaselineState\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "display_name", &self.display_name);
        v.field(
            2usize,
            "security_baseline_template_id",
            &self.security_baseline_template_id,
        );
        v.field(3usize, "state", &self.state);
        v.field(4usize, "user_principal_name", &self.user_principal_name);
        v.field(5usize, "setting_states", &self.setting_states);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for SecurityBaselineState {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.display_name.read_from(r),
            2usize => self.security_baseline_template_id.read_from(r),
            3usize => self.state.read_from(r),
            4usize => self.user_principal_name.read_from(r),
            5usize => self.setting_states.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.display_name);
        w.field(2usize, &self.security_baseline_template_id);
        w.field(3usize, &self.state);
        w.field(4usize, &self.user_principal_name);
        w.field(5usize, &self.setting_states);
    }
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
rt::impl_object!(SecurityBaselineState);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    SecurityBaselineState { with_id id : ::std::string::String; with_display_name
    display_name : ::std::string::String; with_security_baseline_template_id
    security_baseline_template_id : ::std::string::String; with_state state : crate
    ::beta::SecurityBaselineComplianceState; with_user_principal_name user_principal_name
    : ::std::string::String; with_setting_states setting_states : ::std::vec::Vec < crate
    ::beta::SecurityBaselineSettingState >; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(SecurityBaselineState);
#[cfg(msgraph_beta_device_app_management_or_search)]
/// A security configuration task.
///
/// CSDL: `microsoft.graph.securityConfigurationTask`, entity type, derived from `microsoft.graph.deviceAppManagementTask`, key `id`.
///
/// Request builders: [`SecurityConfigurationTaskPath`](requests/trait.SecurityConfigurationTaskPath.html), what a path to one (`EntityPath<SecurityConfigurationTask, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
#[derive(Clone)]
pub struct SecurityConfigurationTask {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// The name or email of the admin this task is assigned to.
    ///
    /// CSDL: property `assignedTo`: `Edm.String`, nullable.
    pub assigned_to: rt::Field<::std::string::String>,
    /// The category.
    ///
    /// CSDL: property `category`: `microsoft.graph.deviceAppManagementTaskCategory`, not nullable.
    pub category: rt::Field<crate::beta::DeviceAppManagementTaskCategory>,
    /// The created date.
    ///
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// The email address of the creator.
    ///
    /// CSDL: property `creator`: `Edm.String`, nullable.
    pub creator: rt::Field<::std::string::String>,
    /// Notes from the creator.
    ///
    /// CSDL: property `creatorNotes`: `Edm.String`, nullable.
    pub creator_notes: rt::Field<::std::string::String>,
    /// The description.
    ///
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// The name.
    ///
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// The due date.
    ///
    /// CSDL: property `dueDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub due_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// The priority.
    ///
    /// CSDL: property `priority`: `microsoft.graph.deviceAppManagementTaskPriority`, not nullable.
    pub priority: rt::Field<crate::beta::DeviceAppManagementTaskPriority>,
    /// The status.
    ///
    /// CSDL: property `status`: `microsoft.graph.deviceAppManagementTaskStatus`, not nullable.
    pub status: rt::Field<crate::beta::DeviceAppManagementTaskStatus>,
    /// The applicable platform.
    ///
    /// CSDL: property `applicablePlatform`: `microsoft.graph.endpointSecurityConfigurationApplicablePlatform`, not nullable.
    pub applicable_platform: rt::Field<
        crate::beta::EndpointSecurityConfigurationApplicablePlatform,
    >,
    /// The endpoint security policy type.
    ///
    /// CSDL: property `endpointSecurityPolicy`: `microsoft.graph.endpointSecurityConfigurationType`, not nullable.
    pub endpoint_security_policy: rt::Field<
        crate::beta::EndpointSecurityConfigurationType,
    >,
    /// The endpoint security policy profile.
    ///
    /// CSDL: property `endpointSecurityPolicyProfile`: `microsoft.graph.endpointSecurityConfigurationProfileType`, not nullable.
    pub endpoint_security_policy_profile: rt::Field<
        crate::beta::EndpointSecurityConfigurationProfileType,
    >,
    /// Information about the mitigation.
    ///
    /// CSDL: property `insights`: `Edm.String`, nullable.
    pub insights: rt::Field<::std::string::String>,
    /// The intended settings and their values.
    ///
    /// CSDL: property `intendedSettings`: `Collection(microsoft.graph.keyValuePair)`, nullable.
    pub intended_settings: rt::Field<::std::vec::Vec<crate::beta::KeyValuePair>>,
    /// The number of vulnerable devices.
    ///
    /// CSDL: property `managedDeviceCount`: `Edm.Int32`, not nullable.
    pub managed_device_count: rt::Field<i32>,
    /// The vulnerable managed devices.
    ///
    /// CSDL: containment navigation property `managedDevices`: `Collection(microsoft.graph.vulnerableManagedDevice)`, not nullable.
    pub managed_devices: rt::Field<
        ::std::vec::Vec<crate::beta::VulnerableManagedDevice>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::default::Default for SecurityConfigurationTask {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            assigned_to: rt::Field::Absent,
            category: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            creator: rt::Field::Absent,
            creator_notes: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            due_date_time: rt::Field::Absent,
            priority: rt::Field::Absent,
            status: rt::Field::Absent,
            applicable_platform: rt::Field::Absent,
            endpoint_security_policy: rt::Field::Absent,
            endpoint_security_policy_profile: rt::Field::Absent,
            insights: rt::Field::Absent,
            intended_settings: rt::Field::Absent,
            managed_device_count: rt::Field::Absent,
            managed_devices: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::Object for SecurityConfigurationTask {
    const TYPE_NAME: &'static str = "microsoft.graph.securityConfigurationTask";
    const KEYS: &'static [&'static str] = &[
        "id",
        "assignedTo",
        "category",
        "createdDateTime",
        "creator",
        "creatorNotes",
        "description",
        "displayName",
        "dueDateTime",
        "priority",
        "status",
        "applicablePlatform",
        "endpointSecurityPolicy",
        "endpointSecurityPolicyProfile",
        "insights",
        "intendedSettings",
        "managedDeviceCount",
        "managedDevices",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"assignedTo\":                   ",
        ",\"category\":                     ",
        ",\"createdDateTime\":              ",
        ",\"creator\":                      ",
        ",\"creatorNotes\":                 ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"dueDateTime\":                  ",
        ",\"priority\":                     ",
        ",\"status\":                       ",
        ",\"applicablePlatform\":           ",
        ",\"endpointSecurityPolicy\":       ",
        ",\"endpointSecurityPolicyProfile\":",
        ",\"insights\":                     ",
        ",\"intendedSettings\":             ",
        ",\"managedDeviceCount\":           ",
        ",\"managedDevices\":               ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.securityConfigurationTask\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "assigned_to", &self.assigned_to);
        v.field(2usize, "category", &self.category);
        v.field(3usize, "created_date_time", &self.created_date_time);
        v.field(4usize, "creator", &self.creator);
        v.field(5usize, "creator_notes", &self.creator_notes);
        v.field(6usize, "description", &self.description);
        v.field(7usize, "display_name", &self.display_name);
        v.field(8usize, "due_date_time", &self.due_date_time);
        v.field(9usize, "priority", &self.priority);
        v.field(10usize, "status", &self.status);
        v.field(11usize, "applicable_platform", &self.applicable_platform);
        v.field(12usize, "endpoint_security_policy", &self.endpoint_security_policy);
        v.field(
            13usize,
            "endpoint_security_policy_profile",
            &self.endpoint_security_policy_profile,
        );
        v.field(14usize, "insights", &self.insights);
        v.field(15usize, "intended_settings", &self.intended_settings);
        v.field(16usize, "managed_device_count", &self.managed_device_count);
        v.field(17usize, "managed_devices", &self.managed_devices);
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::object::Members for SecurityConfigurationTask {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.assigned_to.read_from(r),
            2usize => self.category.read_from(r),
            3usize => self.created_date_time.read_from(r),
            4usize => self.creator.read_from(r),
            5usize => self.creator_notes.read_from(r),
            6usize => self.description.read_from(r),
            7usize => self.display_name.read_from(r),
            8usize => self.due_date_time.read_from(r),
            9usize => self.priority.read_from(r),
            10usize => self.status.read_from(r),
            11usize => self.applicable_platform.read_from(r),
            12usize => self.endpoint_security_policy.read_from(r),
            13usize => self.endpoint_security_policy_profile.read_from(r),
            14usize => self.insights.read_from(r),
            15usize => self.intended_settings.read_from(r),
            16usize => self.managed_device_count.read_from(r),
            17usize => self.managed_devices.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.assigned_to);
        w.field(2usize, &self.category);
        w.field(3usize, &self.created_date_time);
        w.field(4usize, &self.creator);
        w.field(5usize, &self.creator_notes);
        w.field(6usize, &self.description);
        w.field(7usize, &self.display_name);
        w.field(8usize, &self.due_date_time);
        w.field(9usize, &self.priority);
        w.field(10usize, &self.status);
        w.field(11usize, &self.applicable_platform);
        w.field(12usize, &self.endpoint_security_policy);
        w.field(13usize, &self.endpoint_security_policy_profile);
        w.field(14usize, &self.insights);
        w.field(15usize, &self.intended_settings);
        w.field(16usize, &self.managed_device_count);
        w.field(17usize, &self.managed_devices);
    }
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
rt::impl_object!(SecurityConfigurationTask);
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_setters!(
    SecurityConfigurationTask { with_id id : ::std::string::String; with_assigned_to
    assigned_to : ::std::string::String; with_category category : crate
    ::beta::DeviceAppManagementTaskCategory; with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_creator creator : ::std::string::String;
    with_creator_notes creator_notes : ::std::string::String; with_description
    description : ::std::string::String; with_display_name display_name :
    ::std::string::String; with_due_date_time due_date_time : rt::edm::DateTimeOffset;
    with_priority priority : crate ::beta::DeviceAppManagementTaskPriority; with_status
    status : crate ::beta::DeviceAppManagementTaskStatus; with_applicable_platform
    applicable_platform : crate ::beta::EndpointSecurityConfigurationApplicablePlatform;
    with_endpoint_security_policy endpoint_security_policy : crate
    ::beta::EndpointSecurityConfigurationType; with_endpoint_security_policy_profile
    endpoint_security_policy_profile : crate
    ::beta::EndpointSecurityConfigurationProfileType; with_insights insights :
    ::std::string::String; with_intended_settings intended_settings : ::std::vec::Vec <
    crate ::beta::KeyValuePair >; with_managed_device_count managed_device_count : i32;
    with_managed_devices managed_devices : ::std::vec::Vec < crate
    ::beta::VulnerableManagedDevice >; }
);
#[cfg(msgraph_beta_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(SecurityConfigurationTask);
#[cfg(msgraph_beta_policies_or_search)]
/// CSDL: `microsoft.graph.selfServiceSignUpAuthenticationFlowConfiguration`, complex type.
///
/// Features: `beta`, or one of `beta-policies`, `beta-search`.
#[derive(Clone)]
pub struct SelfServiceSignUpAuthenticationFlowConfiguration {
    /// CSDL: property `isEnabled`: `Edm.Boolean`, not nullable.
    pub is_enabled: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_policies_or_search)]
impl ::std::default::Default for SelfServiceSignUpAuthenticationFlowConfiguration {
    #[inline]
    fn default() -> Self {
        Self {
            is_enabled: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_policies_or_search)]
impl rt::Object for SelfServiceSignUpAuthenticationFlowConfiguration {
    const TYPE_NAME: &'static str = "microsoft.graph.selfServiceSignUpAuthenticationFlowConfiguration";
    const KEYS: &'static [&'static str] = &["isEnabled"];
    const KEYS_JSON: &'static [&'static str] = &[",\"isEnabled\":                    "];
    const TAG: &'static str = "\"#microsoft.graph.selfServiceSignUpAuthenticationFlowConfiguration\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "is_enabled", &self.is_enabled);
    }
}
#[cfg(msgraph_beta_policies_or_search)]
impl rt::object::Members for SelfServiceSignUpAuthenticationFlowConfiguration {
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
#[cfg(msgraph_beta_policies_or_search)]
rt::impl_object!(SelfServiceSignUpAuthenticationFlowConfiguration);
#[cfg(msgraph_beta_policies_or_search)]
rt::impl_setters!(
    SelfServiceSignUpAuthenticationFlowConfiguration { with_is_enabled is_enabled : bool;
    }
);
#[cfg(msgraph_beta_policies_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(SelfServiceSignUpAuthenticationFlowConfiguration);
#[cfg(msgraph_beta_core_or_information_protection)]
/// CSDL: `microsoft.graph.sensitivityPolicySettings`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct SensitivityPolicySettings {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `applicableTo`: `microsoft.graph.sensitivityLabelTarget`, nullable.
    pub applicable_to: rt::Field<rt::Flags<crate::beta::SensitivityLabelTarget>>,
    /// CSDL: property `downgradeSensitivityRequiresJustification`: `Edm.Boolean`, nullable.
    pub downgrade_sensitivity_requires_justification: rt::Field<bool>,
    /// CSDL: property `helpWebUrl`: `Edm.String`, nullable.
    pub help_web_url: rt::Field<::std::string::String>,
    /// CSDL: property `isMandatory`: `Edm.Boolean`, nullable.
    pub is_mandatory: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_information_protection)]
impl ::std::default::Default for SensitivityPolicySettings {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            applicable_to: rt::Field::Absent,
            downgrade_sensitivity_requires_justification: rt::Field::Absent,
            help_web_url: rt::Field::Absent,
            is_mandatory: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_information_protection)]
impl rt::Object for SensitivityPolicySettings {
    const TYPE_NAME: &'static str = "microsoft.graph.sensitivityPolicySettings";
    const KEYS: &'static [&'static str] = &[
        "id",
        "applicableTo",
        "downgradeSensitivityRequiresJustification",
        "helpWebUrl",
        "isMandatory",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"applicableTo\":                 ",
        ",\"downgradeSensitivityRequiresJustification\":",
        ",\"helpWebUrl\":                   ",
        ",\"isMandatory\":                  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.sensitivityPolicySettings\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "applicable_to", &self.applicable_to);
        v.field(
            2usize,
            "downgrade_sensitivity_requires_justification",
            &self.downgrade_sensitivity_requires_justification,
        );
        v.field(3usize, "help_web_url", &self.help_web_url);
        v.field(4usize, "is_mandatory", &self.is_mandatory);
    }
}
#[cfg(msgraph_beta_core_or_information_protection)]
impl rt::object::Members for SensitivityPolicySettings {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.applicable_to.read_from(r),
            2usize => self.downgrade_sensitivity_requires_justification.read_from(r),
            3usize => self.help_web_url.read_from(r),
            4usize => self.is_mandatory.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.applicable_to);
        w.field(2usize, &self.downgrade_sensitivity_requires_justification);
        w.field(3usize, &self.help_web_url);
        w.field(4usize, &self.is_mandatory);
    }
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
rt::impl_object!(SensitivityPolicySettings);
#[cfg(msgraph_beta_core_or_information_protection)]
rt::impl_setters!(
    SensitivityPolicySettings { with_id id : ::std::string::String; with_applicable_to
    applicable_to : rt::Flags < crate ::beta::SensitivityLabelTarget >;
    with_downgrade_sensitivity_requires_justification
    downgrade_sensitivity_requires_justification : bool; with_help_web_url help_web_url :
    ::std::string::String; with_is_mandatory is_mandatory : bool; }
);
#[cfg(msgraph_beta_core_or_information_protection)]
#[cfg(feature = "serde")]
rt::impl_serde!(SensitivityPolicySettings);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.serviceStartType`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ServiceStartType {
    /// `manual` (value 0).
    Manual,
    /// `automatic` (value 1).
    Automatic,
    /// `disabled` (value 2).
    Disabled,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for ServiceStartType {
    const TYPE_NAME: &'static str = "microsoft.graph.serviceStartType";
    const MEMBERS: &'static [&'static str] = &["manual", "automatic", "disabled"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "manual" => Self::Manual,
                "automatic" => Self::Automatic,
                "disabled" => Self::Disabled,
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
            Self::Manual => "manual",
            Self::Automatic => "automatic",
            Self::Disabled => "disabled",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(ServiceStartType);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ServiceStartType);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.settingTemplateValue`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct SettingTemplateValue {
    /// CSDL: property `defaultValue`: `Edm.String`, nullable.
    pub default_value: rt::Field<::std::string::String>,
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// CSDL: property `type`: `Edm.String`, nullable.
    pub type_: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for SettingTemplateValue {
    #[inline]
    fn default() -> Self {
        Self {
            default_value: rt::Field::Absent,
            description: rt::Field::Absent,
            name: rt::Field::Absent,
            type_: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for SettingTemplateValue {
    const TYPE_NAME: &'static str = "microsoft.graph.settingTemplateValue";
    const KEYS: &'static [&'static str] = &[
        "defaultValue",
        "description",
        "name",
        "type",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"defaultValue\":                 ",
        ",\"description\":                  ",
        ",\"name\":                         ",
        ",\"type\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.settingTemplateValue\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "default_value", &self.default_value);
        v.field(1usize, "description", &self.description);
        v.field(2usize, "name", &self.name);
        v.field(3usize, "type_", &self.type_);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for SettingTemplateValue {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.default_value.read_from(r),
            1usize => self.description.read_from(r),
            2usize => self.name.read_from(r),
            3usize => self.type_.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.default_value);
        w.field(1usize, &self.description);
        w.field(2usize, &self.name);
        w.field(3usize, &self.type_);
    }
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
rt::impl_object!(SettingTemplateValue);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    SettingTemplateValue { with_default_value default_value : ::std::string::String;
    with_description description : ::std::string::String; with_name name :
    ::std::string::String; with_type type_ : ::std::string::String; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(SettingTemplateValue);
#[cfg(msgraph_beta_core_or_settings)]
/// CSDL: `microsoft.graph.settingValue`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct SettingValue {
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// CSDL: property `value`: `Edm.String`, nullable.
    pub value: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_settings)]
impl ::std::default::Default for SettingValue {
    #[inline]
    fn default() -> Self {
        Self {
            name: rt::Field::Absent,
            value: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_settings)]
impl rt::Object for SettingValue {
    const TYPE_NAME: &'static str = "microsoft.graph.settingValue";
    const KEYS: &'static [&'static str] = &["name", "value"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"name\":                         ",
        ",\"value\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.settingValue\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "name", &self.name);
        v.field(1usize, "value", &self.value);
    }
}
#[cfg(msgraph_beta_core_or_settings)]
impl rt::object::Members for SettingValue {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.name.read_from(r),
            1usize => self.value.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.name);
        w.field(1usize, &self.value);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_core_or_settings)]
rt::impl_object!(SettingValue);
#[cfg(msgraph_beta_core_or_settings)]
rt::impl_setters!(
    SettingValue { with_name name : ::std::string::String; with_value value :
    ::std::string::String; }
);
#[cfg(msgraph_beta_core_or_settings)]
#[cfg(feature = "serde")]
rt::impl_serde!(SettingValue);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// CSDL: `microsoft.graph.shareAction`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ShareAction {
    /// CSDL: property `recipients`: `Collection(microsoft.graph.identitySet)`, nullable.
    pub recipients: rt::Field<::std::vec::Vec<crate::beta::IdentitySet>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for ShareAction {
    #[inline]
    fn default() -> Self {
        Self {
            recipients: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for ShareAction {
    const TYPE_NAME: &'static str = "microsoft.graph.shareAction";
    const KEYS: &'static [&'static str] = &["recipients"];
    const KEYS_JSON: &'static [&'static str] = &[",\"recipients\":                   "];
    const TAG: &'static str = "\"#microsoft.graph.shareAction\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "recipients", &self.recipients);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for ShareAction {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.recipients.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.recipients);
    }
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
rt::impl_object!(ShareAction);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    ShareAction { with_recipients recipients : ::std::vec::Vec < crate
    ::beta::IdentitySet >; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(ShareAction);
#[cfg(msgraph_beta_print_or_reports_or_search)]
/// CSDL: `microsoft.graph.sharePointActivityUserDetail`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-print`, `beta-reports`, `beta-search`.
#[derive(Clone)]
pub struct SharePointActivityUserDetail {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `assignedProducts`: `Collection(Edm.String)`, nullable.
    pub assigned_products: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `deletedDate`: `Edm.Date`, nullable.
    pub deleted_date: rt::Field<rt::edm::Date>,
    /// CSDL: property `isDeleted`: `Edm.Boolean`, nullable.
    pub is_deleted: rt::Field<bool>,
    /// CSDL: property `lastActivityDate`: `Edm.Date`, nullable.
    pub last_activity_date: rt::Field<rt::edm::Date>,
    /// CSDL: property `reportPeriod`: `Edm.String`, nullable.
    pub report_period: rt::Field<::std::string::String>,
    /// CSDL: property `reportRefreshDate`: `Edm.Date`, nullable.
    pub report_refresh_date: rt::Field<rt::edm::Date>,
    /// CSDL: property `sharedExternallyFileCount`: `Edm.Int64`, nullable.
    pub shared_externally_file_count: rt::Field<i64>,
    /// CSDL: property `sharedInternallyFileCount`: `Edm.Int64`, nullable.
    pub shared_internally_file_count: rt::Field<i64>,
    /// CSDL: property `syncedFileCount`: `Edm.Int64`, nullable.
    pub synced_file_count: rt::Field<i64>,
    /// CSDL: property `userPrincipalName`: `Edm.String`, nullable.
    pub user_principal_name: rt::Field<::std::string::String>,
    /// CSDL: property `viewedOrEditedFileCount`: `Edm.Int64`, nullable.
    pub viewed_or_edited_file_count: rt::Field<i64>,
    /// CSDL: property `visitedPageCount`: `Edm.Int64`, nullable.
    pub visited_page_count: rt::Field<i64>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl ::std::default::Default for SharePointActivityUserDetail {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            assigned_products: rt::Field::Absent,
            deleted_date: rt::Field::Absent,
            is_deleted: rt::Field::Absent,
            last_activity_date: rt::Field::Absent,
            report_period: rt::Field::Absent,
            report_refresh_date: rt::Field::Absent,
            shared_externally_file_count: rt::Field::Absent,
            shared_internally_file_count: rt::Field::Absent,
            synced_file_count: rt::Field::Absent,
            user_principal_name: rt::Field::Absent,
            viewed_or_edited_file_count: rt::Field::Absent,
            visited_page_count: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl rt::Object for SharePointActivityUserDetail {
    const TYPE_NAME: &'static str = "microsoft.graph.sharePointActivityUserDetail";
    const KEYS: &'static [&'static str] = &[
        "id",
        "assignedProducts",
        "deletedDate",
        "isDeleted",
        "lastActivityDate",
        "reportPeriod",
        "reportRefreshDate",
        "sharedExternallyFileCount",
        "sharedInternallyFileCount",
        "syncedFileCount",
        "userPrincipalName",
        "viewedOrEditedFileCount",
        "visitedPageCount",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"assignedProducts\":             ",
        ",\"deletedDate\":                  ",
        ",\"isDeleted\":                    ",
        ",\"lastActivityDate\":             ",
        ",\"reportPeriod\":                 ",
        ",\"reportRefreshDate\":            ",
        ",\"sharedExternallyFileCount\":    ",
        ",\"sharedInternallyFileCount\":    ",
        ",\"syncedFileCount\":              ",
        ",\"userPrincipalName\":            ",
        ",\"viewedOrEditedFileCount\":      ",
        ",\"visitedPageCount\":             ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.sharePointActivityUserDetail\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "assigned_products", &self.assigned_products);
        v.field(2usize, "deleted_date", &self.deleted_date);
        v.field(3usize, "is_deleted", &self.is_deleted);
        v.field(4usize, "last_activity_date", &self.last_activity_date);
        v.field(5usize, "report_period", &self.report_period);
        v.field(6usize, "report_refresh_date", &self.report_refresh_date);
        v.field(
            7usize,
            "shared_externally_file_count",
            &self.shared_externally_file_count,
        );
        v.field(
            8usize,
            "shared_internally_file_count",
            &self.shared_internally_file_count,
        );
        v.field(9usize, "synced_file_count", &self.synced_file_count);
        v.field(10usize, "user_principal_name", &self.user_principal_name);
        v.field(
            11usize,
            "viewed_or_edited_file_count",
            &self.viewed_or_edited_file_count,
        );
        v.field(12usize, "visited_page_count", &self.visited_page_count);
    }
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl rt::object::Members for SharePointActivityUserDetail {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.assigned_products.read_from(r),
            2usize => self.deleted_date.read_from(r),
            3usize => self.is_deleted.read_from(r),
            4usize => self.last_activity_date.read_from(r),
            5usize => self.report_period.read_from(r),
            6usize => self.report_refresh_date.read_from(r),
            7usize => self.shared_externally_file_count.read_from(r),
            8usize => self.shared_internally_file_count.read_from(r),
            9usize => self.synced_file_count.read_from(r),
            10usize => self.user_principal_name.read_from(r),
            11usize => self.viewed_or_edited_file_count.read_from(r),
            12usize => self.visited_page_count.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.assigned_products);
        w.field(2usize, &self.deleted_date);
        w.field(3usize, &self.is_deleted);
        w.field(4usize, &self.last_activity_date);
        w.field(5usize, &self.report_period);
        w.field(6usize, &self.report_refresh_date);
        w.field(7usize, &self.shared_externally_file_count);
        w.field(8usize, &self.shared_internally_file_count);
        w.field(9usize, &self.synced_file_count);
        w.field(10usize, &self.user_principal_name);
        w.field(11usize, &self.viewed_or_edited_file_count);
        w.field(12usize, &self.visited_page_count);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
rt::impl_object!(SharePointActivityUserDetail);
#[cfg(msgraph_beta_print_or_reports_or_search)]
rt::impl_setters!(
    SharePointActivityUserDetail { with_id id : ::std::string::String;
    with_assigned_products assigned_products : ::std::vec::Vec < ::std::string::String >;
    with_deleted_date deleted_date : rt::edm::Date; with_is_deleted is_deleted : bool;
    with_last_activity_date last_activity_date : rt::edm::Date; with_report_period
    report_period : ::std::string::String; with_report_refresh_date report_refresh_date :
    rt::edm::Date; with_shared_externally_file_count shared_externally_file_count : i64;
    with_shared_internally_file_count shared_internally_file_count : i64;
    with_synced_file_count synced_file_count : i64; with_user_principal_name
    user_principal_name : ::std::string::String; with_viewed_or_edited_file_count
    viewed_or_edited_file_count : i64; with_visited_page_count visited_page_count : i64;
    }
);
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(SharePointActivityUserDetail);
#[cfg(msgraph_beta_print_or_reports_or_search)]
/// CSDL: `microsoft.graph.sharePointSiteUsageFileCounts`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-print`, `beta-reports`, `beta-search`.
#[derive(Clone)]
pub struct SharePointSiteUsageFileCounts {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `active`: `Edm.Int64`, nullable.
    pub active: rt::Field<i64>,
    /// CSDL: property `reportDate`: `Edm.Date`, nullable.
    pub report_date: rt::Field<rt::edm::Date>,
    /// CSDL: property `reportPeriod`: `Edm.String`, nullable.
    pub report_period: rt::Field<::std::string::String>,
    /// CSDL: property `reportRefreshDate`: `Edm.Date`, nullable.
    pub report_refresh_date: rt::Field<rt::edm::Date>,
    /// CSDL: property `siteType`: `Edm.String`, nullable.
    pub site_type: rt::Field<::std::string::String>,
    /// CSDL: property `total`: `Edm.Int64`, nullable.
    pub total: rt::Field<i64>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl ::std::default::Default for SharePointSiteUsageFileCounts {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            active: rt::Field::Absent,
            report_date: rt::Field::Absent,
            report_period: rt::Field::Absent,
            report_refresh_date: rt::Field::Absent,
            site_type: rt::Field::Absent,
            total: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl rt::Object for SharePointSiteUsageFileCounts {
    const TYPE_NAME: &'static str = "microsoft.graph.sharePointSiteUsageFileCounts";
    const KEYS: &'static [&'static str] = &[
        "id",
        "active",
        "reportDate",
        "reportPeriod",
        "reportRefreshDate",
        "siteType",
        "total",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"active\":                       ",
        ",\"reportDate\":                   ",
        ",\"reportPeriod\":                 ",
        ",\"reportRefreshDate\":            ",
        ",\"siteType\":                     ",
        ",\"total\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.sharePointSiteUsageFileCounts\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "active", &self.active);
        v.field(2usize, "report_date", &self.report_date);
        v.field(3usize, "report_period", &self.report_period);
        v.field(4usize, "report_refresh_date", &self.report_refresh_date);
        v.field(5usize, "site_type", &self.site_type);
        v.field(6usize, "total", &self.total);
    }
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl rt::object::Members for SharePointSiteUsageFileCounts {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.active.read_from(r),
            2usize => self.report_date.read_from(r),
            3usize => self.report_period.read_from(r),
            4usize => self.report_refresh_date.read_from(r),
            5usize => self.site_type.read_from(r),
            6usize => self.total.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.active);
        w.field(2usize, &self.report_date);
        w.field(3usize, &self.report_period);
        w.field(4usize, &self.report_refresh_date);
        w.field(5usize, &self.site_type);
        w.field(6usize, &self.total);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
rt::impl_object!(SharePointSiteUsageFileCounts);
#[cfg(msgraph_beta_print_or_reports_or_search)]
rt::impl_setters!(
    SharePointSiteUsageFileCounts { with_id id : ::std::string::String; with_active
    active : i64; with_report_date report_date : rt::edm::Date; with_report_period
    report_period : ::std::string::String; with_report_refresh_date report_refresh_date :
    rt::edm::Date; with_site_type site_type : ::std::string::String; with_total total :
    i64; }
);
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(SharePointSiteUsageFileCounts);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// CSDL: `microsoft.graph.shared`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct Shared {
    /// CSDL: property `owner`: `microsoft.graph.identitySet`, nullable.
    pub owner: rt::Field<crate::beta::IdentitySet>,
    /// CSDL: property `scope`: `Edm.String`, nullable.
    pub scope: rt::Field<::std::string::String>,
    /// CSDL: property `sharedBy`: `microsoft.graph.identitySet`, nullable.
    pub shared_by: rt::Field<crate::beta::IdentitySet>,
    /// CSDL: property `sharedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub shared_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for Shared {
    #[inline]
    fn default() -> Self {
        Self {
            owner: rt::Field::Absent,
            scope: rt::Field::Absent,
            shared_by: rt::Field::Absent,
            shared_date_time: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for Shared {
    const TYPE_NAME: &'static str = "microsoft.graph.shared";
    const KEYS: &'static [&'static str] = &[
        "owner",
        "scope",
        "sharedBy",
        "sharedDateTime",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"owner\":                        ",
        ",\"scope\":                        ",
        ",\"sharedBy\":                     ",
        ",\"sharedDateTime\":               ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.shared\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "owner", &self.owner);
        v.field(1usize, "scope", &self.scope);
        v.field(2usize, "shared_by", &self.shared_by);
        v.field(3usize, "shared_date_time", &self.shared_date_time);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for Shared {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.owner.read_from(r),
            1usize => self.scope.read_from(r),
            2usize => self.shared_by.read_from(r),
            3usize => self.shared_date_time.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.owner);
        w.field(1usize, &self.scope);
        w.field(2usize, &self.shared_by);
        w.field(3usize, &self.shared_date_time);
    }
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
rt::impl_object!(Shared);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    Shared { with_owner owner : crate ::beta::IdentitySet; with_scope scope :
    ::std::string::String; with_shared_by shared_by : crate ::beta::IdentitySet;
    with_shared_date_time shared_date_time : rt::edm::DateTimeOffset; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(Shared);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.sharedAppleDeviceUser`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct SharedAppleDeviceUser {
    /// Data quota
    ///
    /// CSDL: property `dataQuota`: `Edm.Int64`, nullable.
    pub data_quota: rt::Field<i64>,
    /// Data to sync
    ///
    /// CSDL: property `dataToSync`: `Edm.Boolean`, not nullable.
    pub data_to_sync: rt::Field<bool>,
    /// Data quota
    ///
    /// CSDL: property `dataUsed`: `Edm.Int64`, not nullable.
    pub data_used: rt::Field<i64>,
    /// User name
    ///
    /// CSDL: property `userPrincipalName`: `Edm.String`, nullable.
    pub user_principal_name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for SharedAppleDeviceUser {
    #[inline]
    fn default() -> Self {
        Self {
            data_quota: rt::Field::Absent,
            data_to_sync: rt::Field::Absent,
            data_used: rt::Field::Absent,
            user_principal_name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for SharedAppleDeviceUser {
    const TYPE_NAME: &'static str = "microsoft.graph.sharedAppleDeviceUser";
    const KEYS: &'static [&'static str] = &[
        "dataQuota",
        "dataToSync",
        "dataUsed",
        "userPrincipalName",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"dataQuota\":                    ",
        ",\"dataToSync\":                   ",
        ",\"dataUsed\":                     ",
        ",\"userPrincipalName\":            ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.sharedAppleDeviceUser\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "data_quota", &self.data_quota);
        v.field(1usize, "data_to_sync", &self.data_to_sync);
        v.field(2usize, "data_used", &self.data_used);
        v.field(3usize, "user_principal_name", &self.user_principal_name);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for SharedAppleDeviceUser {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.data_quota.read_from(r),
            1usize => self.data_to_sync.read_from(r),
            2usize => self.data_used.read_from(r),
            3usize => self.user_principal_name.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.data_quota);
        w.field(1usize, &self.data_to_sync);
        w.field(2usize, &self.data_used);
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
#[cfg(msgraph_beta_core)]
rt::impl_object!(SharedAppleDeviceUser);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    SharedAppleDeviceUser { with_data_quota data_quota : i64; with_data_to_sync
    data_to_sync : bool; with_data_used data_used : i64; with_user_principal_name
    user_principal_name : ::std::string::String; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(SharedAppleDeviceUser);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.sharingDetail`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct SharingDetail {
    /// CSDL: property `sharedBy`: `microsoft.graph.insightIdentity`, nullable.
    pub shared_by: rt::Field<crate::beta::InsightIdentity>,
    /// CSDL: property `sharedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub shared_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `sharingReference`: `microsoft.graph.resourceReference`, nullable.
    pub sharing_reference: rt::Field<crate::beta::ResourceReference>,
    /// CSDL: property `sharingSubject`: `Edm.String`, nullable.
    pub sharing_subject: rt::Field<::std::string::String>,
    /// CSDL: property `sharingType`: `Edm.String`, nullable.
    pub sharing_type: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for SharingDetail {
    #[inline]
    fn default() -> Self {
        Self {
            shared_by: rt::Field::Absent,
            shared_date_time: rt::Field::Absent,
            sharing_reference: rt::Field::Absent,
            sharing_subject: rt::Field::Absent,
            sharing_type: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for SharingDetail {
    const TYPE_NAME: &'static str = "microsoft.graph.sharingDetail";
    const KEYS: &'static [&'static str] = &[
        "sharedBy",
        "sharedDateTime",
        "sharingReference",
        "sharingSubject",
        "sharingType",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"sharedBy\":                     ",
        ",\"sharedDateTime\":               ",
        ",\"sharingReference\":             ",
        ",\"sharingSubject\":               ",
        ",\"sharingType\":                  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.sharingDetail\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "shared_by", &self.shared_by);
        v.field(1usize, "shared_date_time", &self.shared_date_time);
        v.field(2usize, "sharing_reference", &self.sharing_reference);
        v.field(3usize, "sharing_subject", &self.sharing_subject);
        v.field(4usize, "sharing_type", &self.sharing_type);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for SharingDetail {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.shared_by.read_from(r),
            1usize => self.shared_date_time.read_from(r),
            2usize => self.sharing_reference.read_from(r),
            3usize => self.sharing_subject.read_from(r),
            4usize => self.sharing_type.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.shared_by);
        w.field(1usize, &self.shared_date_time);
        w.field(2usize, &self.sharing_reference);
        w.field(3usize, &self.sharing_subject);
        w.field(4usize, &self.sharing_type);
    }
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
rt::impl_object!(SharingDetail);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    SharingDetail { with_shared_by shared_by : crate ::beta::InsightIdentity;
    with_shared_date_time shared_date_time : rt::edm::DateTimeOffset;
    with_sharing_reference sharing_reference : crate ::beta::ResourceReference;
    with_sharing_subject sharing_subject : ::std::string::String; with_sharing_type
    sharing_type : ::std::string::String; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(SharingDetail);
#[cfg(msgraph_beta_device_app_management_or_search)]
/// SideLoadingKey entity is required for Windows 8 and 8.1 devices to intall Line Of Business Apps for a tenant.
///
/// CSDL: `microsoft.graph.sideLoadingKey`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
#[derive(Clone)]
pub struct SideLoadingKey {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Side Loading Key description displayed to the ITPro Admins..
    ///
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// Side Loading Key Name displayed to the ITPro Admins.
    ///
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// Side Loading Key Last Updated Date displayed to the ITPro Admins.
    ///
    /// CSDL: property `lastUpdatedDateTime`: `Edm.String`, nullable.
    pub last_updated_date_time: rt::Field<::std::string::String>,
    /// Side Loading Key Total Activation displayed to the ITPro Admins.
    ///
    /// CSDL: property `totalActivation`: `Edm.Int32`, not nullable.
    pub total_activation: rt::Field<i32>,
    /// Side Loading Key Value, it is 5x5 value, seperated by hiphens.
    ///
    /// CSDL: property `value`: `Edm.String`, nullable.
    pub value: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::default::Default for SideLoadingKey {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            last_updated_date_time: rt::Field::Absent,
            total_activation: rt::Field::Absent,
            value: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::Object for SideLoadingKey {
    const TYPE_NAME: &'static str = "microsoft.graph.sideLoadingKey";
    const KEYS: &'static [&'static str] = &[
        "id",
        "description",
        "displayName",
        "lastUpdatedDateTime",
        "totalActivation",
        "value",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"lastUpdatedDateTime\":          ",
        ",\"totalActivation\":              ",
        ",\"value\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.sideLoadingKey\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "description", &self.description);
        v.field(2usize, "display_name", &self.display_name);
        v.field(3usize, "last_updated_date_time", &self.last_updated_date_time);
        v.field(4usize, "total_activation", &self.total_activation);
        v.field(5usize, "value", &self.value);
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::object::Members for SideLoadingKey {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.description.read_from(r),
            2usize => self.display_name.read_from(r),
            3usize => self.last_updated_date_time.read_from(r),
            4usize => self.total_activation.read_from(r),
            5usize => self.value.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.description);
        w.field(2usize, &self.display_name);
        w.field(3usize, &self.last_updated_date_time);
        w.field(4usize, &self.total_activation);
        w.field(5usize, &self.value);
    }
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
rt::impl_object!(SideLoadingKey);
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_setters!(
    SideLoadingKey { with_id id : ::std::string::String; with_description description :
    ::std::string::String; with_display_name display_name : ::std::string::String;
    with_last_updated_date_time last_updated_date_time : ::std::string::String;
    with_total_activation total_activation : i32; with_value value :
    ::std::string::String; }
);
#[cfg(msgraph_beta_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(SideLoadingKey);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.signInActivity`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct SignInActivity {
    /// CSDL: property `lastSignInDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_sign_in_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `lastSignInRequestId`: `Edm.String`, nullable.
    pub last_sign_in_request_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for SignInActivity {
    #[inline]
    fn default() -> Self {
        Self {
            last_sign_in_date_time: rt::Field::Absent,
            last_sign_in_request_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for SignInActivity {
    const TYPE_NAME: &'static str = "microsoft.graph.signInActivity";
    const KEYS: &'static [&'static str] = &["lastSignInDateTime", "lastSignInRequestId"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"lastSignInDateTime\":           ",
        ",\"lastSignInRequestId\":          ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.signInActivity\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "last_sign_in_date_time", &self.last_sign_in_date_time);
        v.field(1usize, "last_sign_in_request_id", &self.last_sign_in_request_id);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for SignInActivity {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.last_sign_in_date_time.read_from(r),
            1usize => self.last_sign_in_request_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.last_sign_in_date_time);
        w.field(1usize, &self.last_sign_in_request_id);
    }
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
rt::impl_object!(SignInActivity);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    SignInActivity { with_last_sign_in_date_time last_sign_in_date_time :
    rt::edm::DateTimeOffset; with_last_sign_in_request_id last_sign_in_request_id :
    ::std::string::String; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(SignInActivity);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.signInAssistantOptions`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum SignInAssistantOptions {
    /// `notConfigured` (value 0).
    NotConfigured,
    /// `disabled` (value 1).
    Disabled,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for SignInAssistantOptions {
    const TYPE_NAME: &'static str = "microsoft.graph.signInAssistantOptions";
    const MEMBERS: &'static [&'static str] = &["notConfigured", "disabled"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "notConfigured" => Self::NotConfigured,
                "disabled" => Self::Disabled,
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
            Self::NotConfigured => "notConfigured",
            Self::Disabled => "disabled",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(SignInAssistantOptions);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(SignInAssistantOptions);
#[cfg(msgraph_beta_identity_or_policies_or_search)]
/// CSDL: `microsoft.graph.signInFrequencySessionControl`, complex type, derived from `microsoft.graph.conditionalAccessSessionControl`.
///
/// Features: `beta`, or one of `beta-identity`, `beta-policies`, `beta-search`.
#[derive(Clone)]
pub struct SignInFrequencySessionControl {
    /// CSDL: property `isEnabled`: `Edm.Boolean`, nullable.
    pub is_enabled: rt::Field<bool>,
    /// CSDL: property `type`: `microsoft.graph.signinFrequencyType`, nullable.
    pub type_: rt::Field<crate::beta::SigninFrequencyType>,
    /// CSDL: property `value`: `Edm.Int32`, nullable.
    pub value: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_identity_or_policies_or_search)]
impl ::std::default::Default for SignInFrequencySessionControl {
    #[inline]
    fn default() -> Self {
        Self {
            is_enabled: rt::Field::Absent,
            type_: rt::Field::Absent,
            value: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_identity_or_policies_or_search)]
impl rt::Object for SignInFrequencySessionControl {
    const TYPE_NAME: &'static str = "microsoft.graph.signInFrequencySessionControl";
    const KEYS: &'static [&'static str] = &["isEnabled", "type", "value"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"isEnabled\":                    ",
        ",\"type\":                         ",
        ",\"value\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.signInFrequencySessionControl\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "is_enabled", &self.is_enabled);
        v.field(1usize, "type_", &self.type_);
        v.field(2usize, "value", &self.value);
    }
}
#[cfg(msgraph_beta_identity_or_policies_or_search)]
impl rt::object::Members for SignInFrequencySessionControl {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.is_enabled.read_from(r),
            1usize => self.type_.read_from(r),
            2usize => self.value.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.is_enabled);
        w.field(1usize, &self.type_);
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
#[cfg(msgraph_beta_identity_or_policies_or_search)]
rt::impl_object!(SignInFrequencySessionControl);
#[cfg(msgraph_beta_identity_or_policies_or_search)]
rt::impl_setters!(
    SignInFrequencySessionControl { with_is_enabled is_enabled : bool; with_type type_ :
    crate ::beta::SigninFrequencyType; with_value value : i32; }
);
#[cfg(msgraph_beta_identity_or_policies_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(SignInFrequencySessionControl);
#[cfg(msgraph_beta_identity_or_policies_or_search)]
/// CSDL: `microsoft.graph.signinFrequencyType`, enum type.
///
/// Features: `beta`, or one of `beta-identity`, `beta-policies`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum SigninFrequencyType {
    /// `days` (value 0).
    Days,
    /// `hours` (value 1).
    Hours,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_identity_or_policies_or_search)]
impl rt::StrEnum for SigninFrequencyType {
    const TYPE_NAME: &'static str = "microsoft.graph.signinFrequencyType";
    const MEMBERS: &'static [&'static str] = &["days", "hours"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "days" => Self::Days,
                "hours" => Self::Hours,
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
            Self::Days => "days",
            Self::Hours => "hours",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_identity_or_policies_or_search)]
rt::impl_enum!(SigninFrequencyType);
#[cfg(msgraph_beta_identity_or_policies_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(SigninFrequencyType);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.singleSignOnMode`, enum type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum SingleSignOnMode {
    /// `none` (value 0).
    None,
    /// `onPremisesKerberos` (value 1).
    OnPremisesKerberos,
    /// `saml` (value 3).
    Saml,
    /// `pingHeaderBased` (value 4).
    PingHeaderBased,
    /// `aadHeaderBased` (value 5).
    AadHeaderBased,
    /// `unknownFutureValue` (value 6).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_core)]
impl rt::StrEnum for SingleSignOnMode {
    const TYPE_NAME: &'static str = "microsoft.graph.singleSignOnMode";
    const MEMBERS: &'static [&'static str] = &[
        "none",
        "onPremisesKerberos",
        "saml",
        "pingHeaderBased",
        "aadHeaderBased",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "none" => Self::None,
                "onPremisesKerberos" => Self::OnPremisesKerberos,
                "saml" => Self::Saml,
                "pingHeaderBased" => Self::PingHeaderBased,
                "aadHeaderBased" => Self::AadHeaderBased,
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
            Self::OnPremisesKerberos => "onPremisesKerberos",
            Self::Saml => "saml",
            Self::PingHeaderBased => "pingHeaderBased",
            Self::AadHeaderBased => "aadHeaderBased",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_core)]
rt::impl_enum!(SingleSignOnMode);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(SingleSignOnMode);
#[cfg(msgraph_beta_identity_governance_or_policies_or_search)]
/// CSDL: `microsoft.graph.singleUser`, complex type, derived from `microsoft.graph.userSet`.
///
/// Features: `beta`, or one of `beta-identity-governance`, `beta-policies`, `beta-search`.
#[derive(Clone)]
pub struct SingleUser {
    /// CSDL: property `isBackup`: `Edm.Boolean`, nullable.
    pub is_backup: rt::Field<bool>,
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `id`: `Edm.String`, nullable.
    pub id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_identity_governance_or_policies_or_search)]
impl ::std::default::Default for SingleUser {
    #[inline]
    fn default() -> Self {
        Self {
            is_backup: rt::Field::Absent,
            description: rt::Field::Absent,
            id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_identity_governance_or_policies_or_search)]
impl rt::Object for SingleUser {
    const TYPE_NAME: &'static str = "microsoft.graph.singleUser";
    const KEYS: &'static [&'static str] = &["isBackup", "description", "id"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"isBackup\":                     ",
        ",\"description\":                  ",
        ",\"id\":                           ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.singleUser\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "is_backup", &self.is_backup);
        v.field(1usize, "description", &self.description);
        v.field(2usize, "id", &self.id);
    }
}
#[cfg(msgraph_beta_identity_governance_or_policies_or_search)]
impl rt::object::Members for SingleUser {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.is_backup.read_from(r),
            1usize => self.description.read_from(r),
            2usize => self.id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.is_backup);
        w.field(1usize, &self.description);
        w.field(2usize, &self.id);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_identity_governance_or_policies_or_search)]
rt::impl_object!(SingleUser);
#[cfg(msgraph_beta_identity_governance_or_policies_or_search)]
rt::impl_setters!(
    SingleUser { with_is_backup is_backup : bool; with_description description :
    ::std::string::String; with_id id : ::std::string::String; }
);
#[cfg(msgraph_beta_identity_governance_or_policies_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(SingleUser);
#[cfg(msgraph_beta_print_or_reports_or_search)]
/// CSDL: `microsoft.graph.siteActivitySummary`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-print`, `beta-reports`, `beta-search`.
#[derive(Clone)]
pub struct SiteActivitySummary {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `reportDate`: `Edm.Date`, nullable.
    pub report_date: rt::Field<rt::edm::Date>,
    /// CSDL: property `reportPeriod`: `Edm.String`, nullable.
    pub report_period: rt::Field<::std::string::String>,
    /// CSDL: property `reportRefreshDate`: `Edm.Date`, nullable.
    pub report_refresh_date: rt::Field<rt::edm::Date>,
    /// CSDL: property `sharedExternally`: `Edm.Int64`, nullable.
    pub shared_externally: rt::Field<i64>,
    /// CSDL: property `sharedInternally`: `Edm.Int64`, nullable.
    pub shared_internally: rt::Field<i64>,
    /// CSDL: property `synced`: `Edm.Int64`, nullable.
    pub synced: rt::Field<i64>,
    /// CSDL: property `viewedOrEdited`: `Edm.Int64`, nullable.
    pub viewed_or_edited: rt::Field<i64>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl ::std::default::Default for SiteActivitySummary {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            report_date: rt::Field::Absent,
            report_period: rt::Field::Absent,
            report_refresh_date: rt::Field::Absent,
            shared_externally: rt::Field::Absent,
            shared_internally: rt::Field::Absent,
            synced: rt::Field::Absent,
            viewed_or_edited: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl rt::Object for SiteActivitySummary {
    const TYPE_NAME: &'static str = "microsoft.graph.siteActivitySummary";
    const KEYS: &'static [&'static str] = &[
        "id",
        "reportDate",
        "reportPeriod",
        "reportRefreshDate",
        "sharedExternally",
        "sharedInternally",
        "synced",
        "viewedOrEdited",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"reportDate\":                   ",
        ",\"reportPeriod\":                 ",
        ",\"reportRefreshDate\":            ",
        ",\"sharedExternally\":             ",
        ",\"sharedInternally\":             ",
        ",\"synced\":                       ",
        ",\"viewedOrEdited\":               ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.siteActivitySummary\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "report_date", &self.report_date);
        v.field(2usize, "report_period", &self.report_period);
        v.field(3usize, "report_refresh_date", &self.report_refresh_date);
        v.field(4usize, "shared_externally", &self.shared_externally);
        v.field(5usize, "shared_internally", &self.shared_internally);
        v.field(6usize, "synced", &self.synced);
        v.field(7usize, "viewed_or_edited", &self.viewed_or_edited);
    }
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl rt::object::Members for SiteActivitySummary {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.report_date.read_from(r),
            2usize => self.report_period.read_from(r),
            3usize => self.report_refresh_date.read_from(r),
            4usize => self.shared_externally.read_from(r),
            5usize => self.shared_internally.read_from(r),
            6usize => self.synced.read_from(r),
            7usize => self.viewed_or_edited.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.report_date);
        w.field(2usize, &self.report_period);
        w.field(3usize, &self.report_refresh_date);
        w.field(4usize, &self.shared_externally);
        w.field(5usize, &self.shared_internally);
        w.field(6usize, &self.synced);
        w.field(7usize, &self.viewed_or_edited);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
rt::impl_object!(SiteActivitySummary);
#[cfg(msgraph_beta_print_or_reports_or_search)]
rt::impl_setters!(
    SiteActivitySummary { with_id id : ::std::string::String; with_report_date
    report_date : rt::edm::Date; with_report_period report_period :
    ::std::string::String; with_report_refresh_date report_refresh_date : rt::edm::Date;
    with_shared_externally shared_externally : i64; with_shared_internally
    shared_internally : i64; with_synced synced : i64; with_viewed_or_edited
    viewed_or_edited : i64; }
);
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(SiteActivitySummary);
#[cfg(msgraph_beta_core_or_shares_or_sites)]
/// CSDL: `microsoft.graph.siteCollection`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 12 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct SiteCollection {
    /// CSDL: property `dataLocationCode`: `Edm.String`, nullable.
    pub data_location_code: rt::Field<::std::string::String>,
    /// CSDL: property `hostname`: `Edm.String`, nullable.
    pub hostname: rt::Field<::std::string::String>,
    /// CSDL: property `root`: `microsoft.graph.root`, nullable.
    pub root: rt::Field<crate::beta::Root>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_shares_or_sites)]
impl ::std::default::Default for SiteCollection {
    #[inline]
    fn default() -> Self {
        Self {
            data_location_code: rt::Field::Absent,
            hostname: rt::Field::Absent,
            root: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_shares_or_sites)]
impl rt::Object for SiteCollection {
    const TYPE_NAME: &'static str = "microsoft.graph.siteCollection";
    const KEYS: &'static [&'static str] = &["dataLocationCode", "hostname", "root"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"dataLocationCode\":             ",
        ",\"hostname\":                     ",
        ",\"root\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.siteCollection\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "data_location_code", &self.data_location_code);
        v.field(1usize, "hostname", &self.hostname);
        v.field(2usize, "root", &self.root);
    }
}
#[cfg(msgraph_beta_core_or_shares_or_sites)]
impl rt::object::Members for SiteCollection {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.data_location_code.read_from(r),
            1usize => self.hostname.read_from(r),
            2usize => self.root.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.data_location_code);
        w.field(1usize, &self.hostname);
        w.field(2usize, &self.root);
    }
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
rt::impl_object!(SiteCollection);
#[cfg(msgraph_beta_core_or_shares_or_sites)]
rt::impl_setters!(
    SiteCollection { with_data_location_code data_location_code : ::std::string::String;
    with_hostname hostname : ::std::string::String; with_root root : crate ::beta::Root;
    }
);
#[cfg(msgraph_beta_core_or_shares_or_sites)]
#[cfg(feature = "serde")]
rt::impl_serde!(SiteCollection);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.siteSecurityLevel`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum SiteSecurityLevel {
    /// `userDefined` (value 0).
    UserDefined,
    /// `low` (value 1).
    Low,
    /// `mediumLow` (value 2).
    MediumLow,
    /// `medium` (value 3).
    Medium,
    /// `mediumHigh` (value 4).
    MediumHigh,
    /// `high` (value 5).
    High,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for SiteSecurityLevel {
    const TYPE_NAME: &'static str = "microsoft.graph.siteSecurityLevel";
    const MEMBERS: &'static [&'static str] = &[
        "userDefined",
        "low",
        "mediumLow",
        "medium",
        "mediumHigh",
        "high",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "userDefined" => Self::UserDefined,
                "low" => Self::Low,
                "mediumLow" => Self::MediumLow,
                "medium" => Self::Medium,
                "mediumHigh" => Self::MediumHigh,
                "high" => Self::High,
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
            Self::UserDefined => "userDefined",
            Self::Low => "low",
            Self::MediumLow => "mediumLow",
            Self::Medium => "medium",
            Self::MediumHigh => "mediumHigh",
            Self::High => "high",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(SiteSecurityLevel);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(SiteSecurityLevel);
#[cfg(msgraph_beta_print_or_reports_or_search)]
/// CSDL: `microsoft.graph.siteUsageStorage`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-print`, `beta-reports`, `beta-search`.
#[derive(Clone)]
pub struct SiteUsageStorage {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `reportDate`: `Edm.Date`, nullable.
    pub report_date: rt::Field<rt::edm::Date>,
    /// CSDL: property `reportPeriod`: `Edm.String`, nullable.
    pub report_period: rt::Field<::std::string::String>,
    /// CSDL: property `reportRefreshDate`: `Edm.Date`, nullable.
    pub report_refresh_date: rt::Field<rt::edm::Date>,
    /// CSDL: property `siteType`: `Edm.String`, nullable.
    pub site_type: rt::Field<::std::string::String>,
    /// CSDL: property `storageUsedInBytes`: `Edm.Int64`, nullable.
    pub storage_used_in_bytes: rt::Field<i64>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl ::std::default::Default for SiteUsageStorage {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            report_date: rt::Field::Absent,
            report_period: rt::Field::Absent,
            report_refresh_date: rt::Field::Absent,
            site_type: rt::Field::Absent,
            storage_used_in_bytes: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl rt::Object for SiteUsageStorage {
    const TYPE_NAME: &'static str = "microsoft.graph.siteUsageStorage";
    const KEYS: &'static [&'static str] = &[
        "id",
        "reportDate",
        "reportPeriod",
        "reportRefreshDate",
        "siteType",
        "storageUsedInBytes",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"reportDate\":                   ",
        ",\"reportPeriod\":                 ",
        ",\"reportRefreshDate\":            ",
        ",\"siteType\":                     ",
        ",\"storageUsedInBytes\":           ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.siteUsageStorage\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "report_date", &self.report_date);
        v.field(2usize, "report_period", &self.report_period);
        v.field(3usize, "report_refresh_date", &self.report_refresh_date);
        v.field(4usize, "site_type", &self.site_type);
        v.field(5usize, "storage_used_in_bytes", &self.storage_used_in_bytes);
    }
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl rt::object::Members for SiteUsageStorage {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.report_date.read_from(r),
            2usize => self.report_period.read_from(r),
            3usize => self.report_refresh_date.read_from(r),
            4usize => self.site_type.read_from(r),
            5usize => self.storage_used_in_bytes.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.report_date);
        w.field(2usize, &self.report_period);
        w.field(3usize, &self.report_refresh_date);
        w.field(4usize, &self.site_type);
        w.field(5usize, &self.storage_used_in_bytes);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
rt::impl_object!(SiteUsageStorage);
#[cfg(msgraph_beta_print_or_reports_or_search)]
rt::impl_setters!(
    SiteUsageStorage { with_id id : ::std::string::String; with_report_date report_date :
    rt::edm::Date; with_report_period report_period : ::std::string::String;
    with_report_refresh_date report_refresh_date : rt::edm::Date; with_site_type
    site_type : ::std::string::String; with_storage_used_in_bytes storage_used_in_bytes :
    i64; }
);
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(SiteUsageStorage);
#[cfg(msgraph_beta_print_or_reports_or_search)]
/// CSDL: `microsoft.graph.skypeForBusinessActivityCounts`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-print`, `beta-reports`, `beta-search`.
#[derive(Clone)]
pub struct SkypeForBusinessActivityCounts {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `organized`: `Edm.Int64`, nullable.
    pub organized: rt::Field<i64>,
    /// CSDL: property `participated`: `Edm.Int64`, nullable.
    pub participated: rt::Field<i64>,
    /// CSDL: property `peerToPeer`: `Edm.Int64`, nullable.
    pub peer_to_peer: rt::Field<i64>,
    /// CSDL: property `reportDate`: `Edm.Date`, nullable.
    pub report_date: rt::Field<rt::edm::Date>,
    /// CSDL: property `reportPeriod`: `Edm.String`, nullable.
    pub report_period: rt::Field<::std::string::String>,
    /// CSDL: property `reportRefreshDate`: `Edm.Date`, nullable.
    pub report_refresh_date: rt::Field<rt::edm::Date>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl ::std::default::Default for SkypeForBusinessActivityCounts {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            organized: rt::Field::Absent,
            participated: rt::Field::Absent,
            peer_to_peer: rt::Field::Absent,
            report_date: rt::Field::Absent,
            report_period: rt::Field::Absent,
            report_refresh_date: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl rt::Object for SkypeForBusinessActivityCounts {
    const TYPE_NAME: &'static str = "microsoft.graph.skypeForBusinessActivityCounts";
    const KEYS: &'static [&'static str] = &[
        "id",
        "organized",
        "participated",
        "peerToPeer",
        "reportDate",
        "reportPeriod",
        "reportRefreshDate",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"organized\":                    ",
        ",\"participated\":                 ",
        ",\"peerToPeer\":                   ",
        ",\"reportDate\":                   ",
        ",\"reportPeriod\":                 ",
        ",\"reportRefreshDate\":            ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.skypeForBusinessActivityCounts\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "organized", &self.organized);
        v.field(2usize, "participated", &self.participated);
        v.field(3usize, "peer_to_peer", &self.peer_to_peer);
        v.field(4usize, "report_date", &self.report_date);
        v.field(5usize, "report_period", &self.report_period);
        v.field(6usize, "report_refresh_date", &self.report_refresh_date);
    }
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl rt::object::Members for SkypeForBusinessActivityCounts {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.organized.read_from(r),
            2usize => self.participated.read_from(r),
            3usize => self.peer_to_peer.read_from(r),
            4usize => self.report_date.read_from(r),
            5usize => self.report_period.read_from(r),
            6usize => self.report_refresh_date.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.organized);
        w.field(2usize, &self.participated);
        w.field(3usize, &self.peer_to_peer);
        w.field(4usize, &self.report_date);
        w.field(5usize, &self.report_period);
        w.field(6usize, &self.report_refresh_date);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
rt::impl_object!(SkypeForBusinessActivityCounts);
#[cfg(msgraph_beta_print_or_reports_or_search)]
rt::impl_setters!(
    SkypeForBusinessActivityCounts { with_id id : ::std::string::String; with_organized
    organized : i64; with_participated participated : i64; with_peer_to_peer peer_to_peer
    : i64; with_report_date report_date : rt::edm::Date; with_report_period report_period
    : ::std::string::String; with_report_refresh_date report_refresh_date :
    rt::edm::Date; }
);
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(SkypeForBusinessActivityCounts);
#[cfg(msgraph_beta_print_or_reports_or_search)]
/// CSDL: `microsoft.graph.skypeForBusinessDeviceUsageUserCounts`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-print`, `beta-reports`, `beta-search`.
#[derive(Clone)]
pub struct SkypeForBusinessDeviceUsageUserCounts {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `androidPhone`: `Edm.Int32`, nullable.
    pub android_phone: rt::Field<i32>,
    /// CSDL: property `iPad`: `Edm.Int32`, nullable.
    pub i_pad: rt::Field<i32>,
    /// CSDL: property `iPhone`: `Edm.Int32`, nullable.
    pub i_phone: rt::Field<i32>,
    /// CSDL: property `reportDate`: `Edm.Date`, nullable.
    pub report_date: rt::Field<rt::edm::Date>,
    /// CSDL: property `reportPeriod`: `Edm.String`, nullable.
    pub report_period: rt::Field<::std::string::String>,
    /// CSDL: property `reportRefreshDate`: `Edm.Date`, nullable.
    pub report_refresh_date: rt::Field<rt::edm::Date>,
    /// CSDL: property `windows`: `Edm.Int32`, nullable.
    pub windows: rt::Field<i32>,
    /// CSDL: property `windowsPhone`: `Edm.Int32`, nullable.
    pub windows_phone: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl ::std::default::Default for SkypeForBusinessDeviceUsageUserCounts {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            android_phone: rt::Field::Absent,
            i_pad: rt::Field::Absent,
            i_phone: rt::Field::Absent,
            report_date: rt::Field::Absent,
            report_period: rt::Field::Absent,
            report_refresh_date: rt::Field::Absent,
            windows: rt::Field::Absent,
            windows_phone: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl rt::Object for SkypeForBusinessDeviceUsageUserCounts {
    const TYPE_NAME: &'static str = "microsoft.graph.skypeForBusinessDeviceUsageUserCounts";
    const KEYS: &'static [&'static str] = &[
        "id",
        "androidPhone",
        "iPad",
        "iPhone",
        "reportDate",
        "reportPeriod",
        "reportRefreshDate",
        "windows",
        "windowsPhone",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"androidPhone\":                 ",
        ",\"iPad\":                         ",
        ",\"iPhone\":                       ",
        ",\"reportDate\":                   ",
        ",\"reportPeriod\":                 ",
        ",\"reportRefreshDate\":            ",
        ",\"windows\":                      ",
        ",\"windowsPhone\":                 ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.skypeForBusinessDeviceUsageUserCounts\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "android_phone", &self.android_phone);
        v.field(2usize, "i_pad", &self.i_pad);
        v.field(3usize, "i_phone", &self.i_phone);
        v.field(4usize, "report_date", &self.report_date);
        v.field(5usize, "report_period", &self.report_period);
        v.field(6usize, "report_refresh_date", &self.report_refresh_date);
        v.field(7usize, "windows", &self.windows);
        v.field(8usize, "windows_phone", &self.windows_phone);
    }
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl rt::object::Members for SkypeForBusinessDeviceUsageUserCounts {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.android_phone.read_from(r),
            2usize => self.i_pad.read_from(r),
            3usize => self.i_phone.read_from(r),
            4usize => self.report_date.read_from(r),
            5usize => self.report_period.read_from(r),
            6usize => self.report_refresh_date.read_from(r),
            7usize => self.windows.read_from(r),
            8usize => self.windows_phone.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.android_phone);
        w.field(2usize, &self.i_pad);
        w.field(3usize, &self.i_phone);
        w.field(4usize, &self.report_date);
        w.field(5usize, &self.report_period);
        w.field(6usize, &self.report_refresh_date);
        w.field(7usize, &self.windows);
        w.field(8usize, &self.windows_phone);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
rt::impl_object!(SkypeForBusinessDeviceUsageUserCounts);
#[cfg(msgraph_beta_print_or_reports_or_search)]
rt::impl_setters!(
    SkypeForBusinessDeviceUsageUserCounts { with_id id : ::std::string::String;
    with_android_phone android_phone : i32; with_i_pad i_pad : i32; with_i_phone i_phone
    : i32; with_report_date report_date : rt::edm::Date; with_report_period report_period
    : ::std::string::String; with_report_refresh_date report_refresh_date :
    rt::edm::Date; with_windows windows : i32; with_windows_phone windows_phone : i32; }
);
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(SkypeForBusinessDeviceUsageUserCounts);
#[cfg(msgraph_beta_print_or_reports_or_search)]
/// CSDL: `microsoft.graph.skypeForBusinessOrganizerActivityCounts`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-print`, `beta-reports`, `beta-search`.
#[derive(Clone)]
pub struct SkypeForBusinessOrganizerActivityCounts {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `appSharing`: `Edm.Int64`, nullable.
    pub app_sharing: rt::Field<i64>,
    /// CSDL: property `audioVideo`: `Edm.Int64`, nullable.
    pub audio_video: rt::Field<i64>,
    /// CSDL: property `dialInOut3rdParty`: `Edm.Int64`, nullable.
    pub dial_in_out3rd_party: rt::Field<i64>,
    /// CSDL: property `dialInOutMicrosoft`: `Edm.Int64`, nullable.
    pub dial_in_out_microsoft: rt::Field<i64>,
    /// CSDL: property `im`: `Edm.Int64`, nullable.
    pub im: rt::Field<i64>,
    /// CSDL: property `reportDate`: `Edm.Date`, nullable.
    pub report_date: rt::Field<rt::edm::Date>,
    /// CSDL: property `reportPeriod`: `Edm.String`, nullable.
    pub report_period: rt::Field<::std::string::String>,
    /// CSDL: property `reportRefreshDate`: `Edm.Date`, nullable.
    pub report_refresh_date: rt::Field<rt::edm::Date>,
    /// CSDL: property `web`: `Edm.Int64`, nullable.
    pub web: rt::Field<i64>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl ::std::default::Default for SkypeForBusinessOrganizerActivityCounts {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            app_sharing: rt::Field::Absent,
            audio_video: rt::Field::Absent,
            dial_in_out3rd_party: rt::Field::Absent,
            dial_in_out_microsoft: rt::Field::Absent,
            im: rt::Field::Absent,
            report_date: rt::Field::Absent,
            report_period: rt::Field::Absent,
            report_refresh_date: rt::Field::Absent,
            web: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl rt::Object for SkypeForBusinessOrganizerActivityCounts {
    const TYPE_NAME: &'static str = "microsoft.graph.skypeForBusinessOrganizerActivityCounts";
    const KEYS: &'static [&'static str] = &[
        "id",
        "appSharing",
        "audioVideo",
        "dialInOut3rdParty",
        "dialInOutMicrosoft",
        "im",
        "reportDate",
        "reportPeriod",
        "reportRefreshDate",
        "web",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"appSharing\":                   ",
        ",\"audioVideo\":                   ",
        ",\"dialInOut3rdParty\":            ",
        ",\"dialInOutMicrosoft\":           ",
        ",\"im\":                           ",
        ",\"reportDate\":                   ",
        ",\"reportPeriod\":                 ",
        ",\"reportRefreshDate\":            ",
        ",\"web\":                          ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.skypeForBusinessOrganizerActivityCounts\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "app_sharing", &self.app_sharing);
        v.field(2usize, "audio_video", &self.audio_video);
        v.field(3usize, "dial_in_out3rd_party", &self.dial_in_out3rd_party);
        v.field(4usize, "dial_in_out_microsoft", &self.dial_in_out_microsoft);
        v.field(5usize, "im", &self.im);
        v.field(6usize, "report_date", &self.report_date);
        v.field(7usize, "report_period", &self.report_period);
        v.field(8usize, "report_refresh_date", &self.report_refresh_date);
        v.field(9usize, "web", &self.web);
    }
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl rt::object::Members for SkypeForBusinessOrganizerActivityCounts {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.app_sharing.read_from(r),
            2usize => self.audio_video.read_from(r),
            3usize => self.dial_in_out3rd_party.read_from(r),
            4usize => self.dial_in_out_microsoft.read_from(r),
            5usize => self.im.read_from(r),
            6usize => self.report_date.read_from(r),
            7usize => self.report_period.read_from(r),
            8usize => self.report_refresh_date.read_from(r),
            9usize => self.web.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.app_sharing);
        w.field(2usize, &self.audio_video);
        w.field(3usize, &self.dial_in_out3rd_party);
        w.field(4usize, &self.dial_in_out_microsoft);
        w.field(5usize, &self.im);
        w.field(6usize, &self.report_date);
        w.field(7usize, &self.report_period);
        w.field(8usize, &self.report_refresh_date);
        w.field(9usize, &self.web);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
rt::impl_object!(SkypeForBusinessOrganizerActivityCounts);
#[cfg(msgraph_beta_print_or_reports_or_search)]
rt::impl_setters!(
    SkypeForBusinessOrganizerActivityCounts { with_id id : ::std::string::String;
    with_app_sharing app_sharing : i64; with_audio_video audio_video : i64;
    with_dial_in_out3rd_party dial_in_out3rd_party : i64; with_dial_in_out_microsoft
    dial_in_out_microsoft : i64; with_im im : i64; with_report_date report_date :
    rt::edm::Date; with_report_period report_period : ::std::string::String;
    with_report_refresh_date report_refresh_date : rt::edm::Date; with_web web : i64; }
);
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(SkypeForBusinessOrganizerActivityCounts);
#[cfg(msgraph_beta_print_or_reports_or_search)]
/// CSDL: `microsoft.graph.skypeForBusinessOrganizerActivityMinuteCounts`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-print`, `beta-reports`, `beta-search`.
#[derive(Clone)]
pub struct SkypeForBusinessOrganizerActivityMinuteCounts {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `audioVideo`: `Edm.Int64`, nullable.
    pub audio_video: rt::Field<i64>,
    /// CSDL: property `dialInMicrosoft`: `Edm.Int64`, nullable.
    pub dial_in_microsoft: rt::Field<i64>,
    /// CSDL: property `dialOutMicrosoft`: `Edm.Int64`, nullable.
    pub dial_out_microsoft: rt::Field<i64>,
    /// CSDL: property `reportDate`: `Edm.Date`, nullable.
    pub report_date: rt::Field<rt::edm::Date>,
    /// CSDL: property `reportPeriod`: `Edm.String`, nullable.
    pub report_period: rt::Field<::std::string::String>,
    /// CSDL: property `reportRefreshDate`: `Edm.Date`, nullable.
    pub report_refresh_date: rt::Field<rt::edm::Date>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl ::std::default::Default for SkypeForBusinessOrganizerActivityMinuteCounts {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            audio_video: rt::Field::Absent,
            dial_in_microsoft: rt::Field::Absent,
            dial_out_microsoft: rt::Field::Absent,
            report_date: rt::Field::Absent,
            report_period: rt::Field::Absent,
            report_refresh_date: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl rt::Object for SkypeForBusinessOrganizerActivityMinuteCounts {
    const TYPE_NAME: &'static str = "microsoft.graph.skypeForBusinessOrganizerActivityMinuteCounts";
    const KEYS: &'static [&'static str] = &[
        "id",
        "audioVideo",
        "dialInMicrosoft",
        "dialOutMicrosoft",
        "reportDate",
        "reportPeriod",
        "reportRefreshDate",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"audioVideo\":                   ",
        ",\"dialInMicrosoft\":              ",
        ",\"dialOutMicrosoft\":             ",
        ",\"reportDate\":                   ",
        ",\"reportPeriod\":                 ",
        ",\"reportRefreshDate\":            ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.skypeForBusinessOrganizerActivityMinuteCounts\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "audio_video", &self.audio_video);
        v.field(2usize, "dial_in_microsoft", &self.dial_in_microsoft);
        v.field(3usize, "dial_out_microsoft", &self.dial_out_microsoft);
        v.field(4usize, "report_date", &self.report_date);
        v.field(5usize, "report_period", &self.report_period);
        v.field(6usize, "report_refresh_date", &self.report_refresh_date);
    }
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl rt::object::Members for SkypeForBusinessOrganizerActivityMinuteCounts {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.audio_video.read_from(r),
            2usize => self.dial_in_microsoft.read_from(r),
            3usize => self.dial_out_microsoft.read_from(r),
            4usize => self.report_date.read_from(r),
            5usize => self.report_period.read_from(r),
            6usize => self.report_refresh_date.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.audio_video);
        w.field(2usize, &self.dial_in_microsoft);
        w.field(3usize, &self.dial_out_microsoft);
        w.field(4usize, &self.report_date);
        w.field(5usize, &self.report_period);
        w.field(6usize, &self.report_refresh_date);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
rt::impl_object!(SkypeForBusinessOrganizerActivityMinuteCounts);
#[cfg(msgraph_beta_print_or_reports_or_search)]
rt::impl_setters!(
    SkypeForBusinessOrganizerActivityMinuteCounts { with_id id : ::std::string::String;
    with_audio_video audio_video : i64; with_dial_in_microsoft dial_in_microsoft : i64;
    with_dial_out_microsoft dial_out_microsoft : i64; with_report_date report_date :
    rt::edm::Date; with_report_period report_period : ::std::string::String;
    with_report_refresh_date report_refresh_date : rt::edm::Date; }
);
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(SkypeForBusinessOrganizerActivityMinuteCounts);
#[cfg(msgraph_beta_print_or_reports_or_search)]
/// CSDL: `microsoft.graph.skypeForBusinessParticipantActivityMinuteCounts`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-print`, `beta-reports`, `beta-search`.
#[derive(Clone)]
pub struct SkypeForBusinessParticipantActivityMinuteCounts {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `audiovideo`: `Edm.Int64`, nullable.
    pub audiovideo: rt::Field<i64>,
    /// CSDL: property `reportDate`: `Edm.Date`, nullable.
    pub report_date: rt::Field<rt::edm::Date>,
    /// CSDL: property `reportPeriod`: `Edm.String`, nullable.
    pub report_period: rt::Field<::std::string::String>,
    /// CSDL: property `reportRefreshDate`: `Edm.Date`, nullable.
    pub report_refresh_date: rt::Field<rt::edm::Date>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl ::std::default::Default for SkypeForBusinessParticipantActivityMinuteCounts {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            audiovideo: rt::Field::Absent,
            report_date: rt::Field::Absent,
            report_period: rt::Field::Absent,
            report_refresh_date: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl rt::Object for SkypeForBusinessParticipantActivityMinuteCounts {
    const TYPE_NAME: &'static str = "microsoft.graph.skypeForBusinessParticipantActivityMinuteCounts";
    const KEYS: &'static [&'static str] = &[
        "id",
        "audiovideo",
        "reportDate",
        "reportPeriod",
        "reportRefreshDate",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"audiovideo\":                   ",
        ",\"reportDate\":                   ",
        ",\"reportPeriod\":                 ",
        ",\"reportRefreshDate\":            ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.skypeForBusinessParticipantActivityMinuteCounts\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "audiovideo", &self.audiovideo);
        v.field(2usize, "report_date", &self.report_date);
        v.field(3usize, "report_period", &self.report_period);
        v.field(4usize, "report_refresh_date", &self.report_refresh_date);
    }
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl rt::object::Members for SkypeForBusinessParticipantActivityMinuteCounts {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.audiovideo.read_from(r),
            2usize => self.report_date.read_from(r),
            3usize => self.report_period.read_from(r),
            4usize => self.report_refresh_date.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.audiovideo);
        w.field(2usize, &self.report_date);
        w.field(3usize, &self.report_period);
        w.field(4usize, &self.report_refresh_date);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
rt::impl_object!(SkypeForBusinessParticipantActivityMinuteCounts);
#[cfg(msgraph_beta_print_or_reports_or_search)]
rt::impl_setters!(
    SkypeForBusinessParticipantActivityMinuteCounts { with_id id : ::std::string::String;
    with_audiovideo audiovideo : i64; with_report_date report_date : rt::edm::Date;
    with_report_period report_period : ::std::string::String; with_report_refresh_date
    report_refresh_date : rt::edm::Date; }
);
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(SkypeForBusinessParticipantActivityMinuteCounts);
#[cfg(msgraph_beta_print_or_reports_or_search)]
/// CSDL: `microsoft.graph.skypeForBusinessParticipantActivityUserCounts`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-print`, `beta-reports`, `beta-search`.
#[derive(Clone)]
pub struct SkypeForBusinessParticipantActivityUserCounts {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `appSharing`: `Edm.Int64`, nullable.
    pub app_sharing: rt::Field<i64>,
    /// CSDL: property `audioVideo`: `Edm.Int64`, nullable.
    pub audio_video: rt::Field<i64>,
    /// CSDL: property `dialInOut3rdParty`: `Edm.Int64`, nullable.
    pub dial_in_out3rd_party: rt::Field<i64>,
    /// CSDL: property `im`: `Edm.Int64`, nullable.
    pub im: rt::Field<i64>,
    /// CSDL: property `reportDate`: `Edm.Date`, nullable.
    pub report_date: rt::Field<rt::edm::Date>,
    /// CSDL: property `reportPeriod`: `Edm.String`, nullable.
    pub report_period: rt::Field<::std::string::String>,
    /// CSDL: property `reportRefreshDate`: `Edm.Date`, nullable.
    pub report_refresh_date: rt::Field<rt::edm::Date>,
    /// CSDL: property `web`: `Edm.Int64`, nullable.
    pub web: rt::Field<i64>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl ::std::default::Default for SkypeForBusinessParticipantActivityUserCounts {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            app_sharing: rt::Field::Absent,
            audio_video: rt::Field::Absent,
            dial_in_out3rd_party: rt::Field::Absent,
            im: rt::Field::Absent,
            report_date: rt::Field::Absent,
            report_period: rt::Field::Absent,
            report_refresh_date: rt::Field::Absent,
            web: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl rt::Object for SkypeForBusinessParticipantActivityUserCounts {
    const TYPE_NAME: &'static str = "microsoft.graph.skypeForBusinessParticipantActivityUserCounts";
    const KEYS: &'static [&'static str] = &[
        "id",
        "appSharing",
        "audioVideo",
        "dialInOut3rdParty",
        "im",
        "reportDate",
        "reportPeriod",
        "reportRefreshDate",
        "web",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"appSharing\":                   ",
        ",\"audioVideo\":                   ",
        ",\"dialInOut3rdParty\":            ",
        ",\"im\":                           ",
        ",\"reportDate\":                   ",
        ",\"reportPeriod\":                 ",
        ",\"reportRefreshDate\":            ",
        ",\"web\":                          ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.skypeForBusinessParticipantActivityUserCounts\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "app_sharing", &self.app_sharing);
        v.field(2usize, "audio_video", &self.audio_video);
        v.field(3usize, "dial_in_out3rd_party", &self.dial_in_out3rd_party);
        v.field(4usize, "im", &self.im);
        v.field(5usize, "report_date", &self.report_date);
        v.field(6usize, "report_period", &self.report_period);
        v.field(7usize, "report_refresh_date", &self.report_refresh_date);
        v.field(8usize, "web", &self.web);
    }
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl rt::object::Members for SkypeForBusinessParticipantActivityUserCounts {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.app_sharing.read_from(r),
            2usize => self.audio_video.read_from(r),
            3usize => self.dial_in_out3rd_party.read_from(r),
            4usize => self.im.read_from(r),
            5usize => self.report_date.read_from(r),
            6usize => self.report_period.read_from(r),
            7usize => self.report_refresh_date.read_from(r),
            8usize => self.web.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.app_sharing);
        w.field(2usize, &self.audio_video);
        w.field(3usize, &self.dial_in_out3rd_party);
        w.field(4usize, &self.im);
        w.field(5usize, &self.report_date);
        w.field(6usize, &self.report_period);
        w.field(7usize, &self.report_refresh_date);
        w.field(8usize, &self.web);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
rt::impl_object!(SkypeForBusinessParticipantActivityUserCounts);
#[cfg(msgraph_beta_print_or_reports_or_search)]
rt::impl_setters!(
    SkypeForBusinessParticipantActivityUserCounts { with_id id : ::std::string::String;
    with_app_sharing app_sharing : i64; with_audio_video audio_video : i64;
    with_dial_in_out3rd_party dial_in_out3rd_party : i64; with_im im : i64;
    with_report_date report_date : rt::edm::Date; with_report_period report_period :
    ::std::string::String; with_report_refresh_date report_refresh_date : rt::edm::Date;
    with_web web : i64; }
);
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(SkypeForBusinessParticipantActivityUserCounts);
#[cfg(msgraph_beta_print_or_reports_or_search)]
/// CSDL: `microsoft.graph.skypeForBusinessPeerToPeerActivityUserCounts`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-print`, `beta-reports`, `beta-search`.
#[derive(Clone)]
pub struct SkypeForBusinessPeerToPeerActivityUserCounts {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `appSharing`: `Edm.Int64`, nullable.
    pub app_sharing: rt::Field<i64>,
    /// CSDL: property `audio`: `Edm.Int64`, nullable.
    pub audio: rt::Field<i64>,
    /// CSDL: property `fileTransfer`: `Edm.Int64`, nullable.
    pub file_transfer: rt::Field<i64>,
    /// CSDL: property `im`: `Edm.Int64`, nullable.
    pub im: rt::Field<i64>,
    /// CSDL: property `reportDate`: `Edm.Date`, nullable.
    pub report_date: rt::Field<rt::edm::Date>,
    /// CSDL: property `reportPeriod`: `Edm.String`, nullable.
    pub report_period: rt::Field<::std::string::String>,
    /// CSDL: property `reportRefreshDate`: `Edm.Date`, nullable.
    pub report_refresh_date: rt::Field<rt::edm::Date>,
    /// CSDL: property `video`: `Edm.Int64`, nullable.
    pub video: rt::Field<i64>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl ::std::default::Default for SkypeForBusinessPeerToPeerActivityUserCounts {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            app_sharing: rt::Field::Absent,
            audio: rt::Field::Absent,
            file_transfer: rt::Field::Absent,
            im: rt::Field::Absent,
            report_date: rt::Field::Absent,
            report_period: rt::Field::Absent,
            report_refresh_date: rt::Field::Absent,
            video: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl rt::Object for SkypeForBusinessPeerToPeerActivityUserCounts {
    const TYPE_NAME: &'static str = "microsoft.graph.skypeForBusinessPeerToPeerActivityUserCounts";
    const KEYS: &'static [&'static str] = &[
        "id",
        "appSharing",
        "audio",
        "fileTransfer",
        "im",
        "reportDate",
        "reportPeriod",
        "reportRefreshDate",
        "video",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"appSharing\":                   ",
        ",\"audio\":                        ",
        ",\"fileTransfer\":                 ",
        ",\"im\":                           ",
        ",\"reportDate\":                   ",
        ",\"reportPeriod\":                 ",
        ",\"reportRefreshDate\":            ",
        ",\"video\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.skypeForBusinessPeerToPeerActivityUserCounts\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "app_sharing", &self.app_sharing);
        v.field(2usize, "audio", &self.audio);
        v.field(3usize, "file_transfer", &self.file_transfer);
        v.field(4usize, "im", &self.im);
        v.field(5usize, "report_date", &self.report_date);
        v.field(6usize, "report_period", &self.report_period);
        v.field(7usize, "report_refresh_date", &self.report_refresh_date);
        v.field(8usize, "video", &self.video);
    }
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl rt::object::Members for SkypeForBusinessPeerToPeerActivityUserCounts {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.app_sharing.read_from(r),
            2usize => self.audio.read_from(r),
            3usize => self.file_transfer.read_from(r),
            4usize => self.im.read_from(r),
            5usize => self.report_date.read_from(r),
            6usize => self.report_period.read_from(r),
            7usize => self.report_refresh_date.read_from(r),
            8usize => self.video.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.app_sharing);
        w.field(2usize, &self.audio);
        w.field(3usize, &self.file_transfer);
        w.field(4usize, &self.im);
        w.field(5usize, &self.report_date);
        w.field(6usize, &self.report_period);
        w.field(7usize, &self.report_refresh_date);
        w.field(8usize, &self.video);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
rt::impl_object!(SkypeForBusinessPeerToPeerActivityUserCounts);
#[cfg(msgraph_beta_print_or_reports_or_search)]
rt::impl_setters!(
    SkypeForBusinessPeerToPeerActivityUserCounts { with_id id : ::std::string::String;
    with_app_sharing app_sharing : i64; with_audio audio : i64; with_file_transfer
    file_transfer : i64; with_im im : i64; with_report_date report_date : rt::edm::Date;
    with_report_period report_period : ::std::string::String; with_report_refresh_date
    report_refresh_date : rt::edm::Date; with_video video : i64; }
);
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(SkypeForBusinessPeerToPeerActivityUserCounts);
#[cfg(msgraph_beta_identity_or_search)]
/// CSDL: `microsoft.graph.socialIdentityProvider`, entity type, derived from `microsoft.graph.identityProviderBase`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-identity`, `beta-search`.
#[derive(Clone)]
pub struct SocialIdentityProvider {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `clientId`: `Edm.String`, nullable.
    pub client_id: rt::Field<::std::string::String>,
    /// CSDL: property `clientSecret`: `Edm.String`, nullable.
    pub client_secret: rt::Field<::std::string::String>,
    /// CSDL: property `identityProviderType`: `Edm.String`, nullable.
    pub identity_provider_type: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_identity_or_search)]
impl ::std::default::Default for SocialIdentityProvider {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            display_name: rt::Field::Absent,
            client_id: rt::Field::Absent,
            client_secret: rt::Field::Absent,
            identity_provider_type: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_identity_or_search)]
impl rt::Object for SocialIdentityProvider {
    const TYPE_NAME: &'static str = "microsoft.graph.socialIdentityProvider";
    const KEYS: &'static [&'static str] = &[
        "id",
        "displayName",
        "clientId",
        "clientSecret",
        "identityProviderType",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"displayName\":                  ",
        ",\"clientId\":                     ",
        ",\"clientSecret\":                 ",
        ",\"identityProviderType\":         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.socialIdentityProvider\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "display_name", &self.display_name);
        v.field(2usize, "client_id", &self.client_id);
        v.field(3usize, "client_secret", &self.client_secret);
        v.field(4usize, "identity_provider_type", &self.identity_provider_type);
    }
}
#[cfg(msgraph_beta_identity_or_search)]
impl rt::object::Members for SocialIdentityProvider {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.display_name.read_from(r),
            2usize => self.client_id.read_from(r),
            3usize => self.client_secret.read_from(r),
            4usize => self.identity_provider_type.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.display_name);
        w.field(2usize, &self.client_id);
        w.field(3usize, &self.client_secret);
        w.field(4usize, &self.identity_provider_type);
    }
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
rt::impl_object!(SocialIdentityProvider);
#[cfg(msgraph_beta_identity_or_search)]
rt::impl_setters!(
    SocialIdentityProvider { with_id id : ::std::string::String; with_display_name
    display_name : ::std::string::String; with_client_id client_id :
    ::std::string::String; with_client_secret client_secret : ::std::string::String;
    with_identity_provider_type identity_provider_type : ::std::string::String; }
);
#[cfg(msgraph_beta_identity_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(SocialIdentityProvider);
#[cfg(msgraph_beta_search)]
/// CSDL: `microsoft.graph.softwareUpdateStatusSummary`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta` or `beta-search`.
#[derive(Clone)]
pub struct SoftwareUpdateStatusSummary {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Number of compliant devices.
    ///
    /// CSDL: property `compliantDeviceCount`: `Edm.Int32`, not nullable.
    pub compliant_device_count: rt::Field<i32>,
    /// Number of compliant users.
    ///
    /// CSDL: property `compliantUserCount`: `Edm.Int32`, not nullable.
    pub compliant_user_count: rt::Field<i32>,
    /// Number of conflict devices.
    ///
    /// CSDL: property `conflictDeviceCount`: `Edm.Int32`, not nullable.
    pub conflict_device_count: rt::Field<i32>,
    /// Number of conflict users.
    ///
    /// CSDL: property `conflictUserCount`: `Edm.Int32`, not nullable.
    pub conflict_user_count: rt::Field<i32>,
    /// The name of the policy.
    ///
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// Number of devices had error.
    ///
    /// CSDL: property `errorDeviceCount`: `Edm.Int32`, not nullable.
    pub error_device_count: rt::Field<i32>,
    /// Number of users had error.
    ///
    /// CSDL: property `errorUserCount`: `Edm.Int32`, not nullable.
    pub error_user_count: rt::Field<i32>,
    /// Number of non compliant devices.
    ///
    /// CSDL: property `nonCompliantDeviceCount`: `Edm.Int32`, not nullable.
    pub non_compliant_device_count: rt::Field<i32>,
    /// Number of non compliant users.
    ///
    /// CSDL: property `nonCompliantUserCount`: `Edm.Int32`, not nullable.
    pub non_compliant_user_count: rt::Field<i32>,
    /// Number of not applicable devices.
    ///
    /// CSDL: property `notApplicableDeviceCount`: `Edm.Int32`, not nullable.
    pub not_applicable_device_count: rt::Field<i32>,
    /// Number of not applicable users.
    ///
    /// CSDL: property `notApplicableUserCount`: `Edm.Int32`, not nullable.
    pub not_applicable_user_count: rt::Field<i32>,
    /// Number of remediated devices.
    ///
    /// CSDL: property `remediatedDeviceCount`: `Edm.Int32`, not nullable.
    pub remediated_device_count: rt::Field<i32>,
    /// Number of remediated users.
    ///
    /// CSDL: property `remediatedUserCount`: `Edm.Int32`, not nullable.
    pub remediated_user_count: rt::Field<i32>,
    /// Number of unknown devices.
    ///
    /// CSDL: property `unknownDeviceCount`: `Edm.Int32`, not nullable.
    pub unknown_device_count: rt::Field<i32>,
    /// Number of unknown users.
    ///
    /// CSDL: property `unknownUserCount`: `Edm.Int32`, not nullable.
    pub unknown_user_count: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_search)]
impl ::std::default::Default for SoftwareUpdateStatusSummary {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            compliant_device_count: rt::Field::Absent,
            compliant_user_count: rt::Field::Absent,
            conflict_device_count: rt::Field::Absent,
            conflict_user_count: rt::Field::Absent,
            display_name: rt::Field::Absent,
            error_device_count: rt::Field::Absent,
            error_user_count: rt::Field::Absent,
            non_compliant_device_count: rt::Field::Absent,
            non_compliant_user_count: rt::Field::Absent,
            not_applicable_device_count: rt::Field::Absent,
            not_applicable_user_count: rt::Field::Absent,
            remediated_device_count: rt::Field::Absent,
            remediated_user_count: rt::Field::Absent,
            unknown_device_count: rt::Field::Absent,
            unknown_user_count: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_search)]
impl rt::Object for SoftwareUpdateStatusSummary {
    const TYPE_NAME: &'static str = "microsoft.graph.softwareUpdateStatusSummary";
    const KEYS: &'static [&'static str] = &[
        "id",
        "compliantDeviceCount",
        "compliantUserCount",
        "conflictDeviceCount",
        "conflictUserCount",
        "displayName",
        "errorDeviceCount",
        "errorUserCount",
        "nonCompliantDeviceCount",
        "nonCompliantUserCount",
        "notApplicableDeviceCount",
        "notApplicableUserCount",
        "remediatedDeviceCount",
        "remediatedUserCount",
        "unknownDeviceCount",
        "unknownUserCount",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"compliantDeviceCount\":         ",
        ",\"compliantUserCount\":           ",
        ",\"conflictDeviceCount\":          ",
        ",\"conflictUserCount\":            ",
        ",\"displayName\":                  ",
        ",\"errorDeviceCount\":             ",
        ",\"errorUserCount\":               ",
        ",\"nonCompliantDeviceCount\":      ",
        ",\"nonCompliantUserCount\":        ",
        ",\"notApplicableDeviceCount\":     ",
        ",\"notApplicableUserCount\":       ",
        ",\"remediatedDeviceCount\":        ",
        ",\"remediatedUserCount\":          ",
        ",\"unknownDeviceCount\":           ",
        ",\"unknownUserCount\":             ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.softwareUpdateStatusSummary\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "compliant_device_count", &self.compliant_device_count);
        v.field(2usize, "compliant_user_count", &self.compliant_user_count);
        v.field(3usize, "conflict_device_count", &self.conflict_device_count);
        v.field(4usize, "conflict_user_count", &self.conflict_user_count);
        v.field(5usize, "display_name", &self.display_name);
        v.field(6usize, "error_device_count", &self.error_device_count);
        v.field(7usize, "error_user_count", &self.error_user_count);
        v.field(8usize, "non_compliant_device_count", &self.non_compliant_device_count);
        v.field(9usize, "non_compliant_user_count", &self.non_compliant_user_count);
        v.field(
            10usize,
            "not_applicable_device_count",
            &self.not_applicable_device_count,
        );
        v.field(11usize, "not_applicable_user_count", &self.not_applicable_user_count);
        v.field(12usize, "remediated_device_count", &self.remediated_device_count);
        v.field(13usize, "remediated_user_count", &self.remediated_user_count);
        v.field(14usize, "unknown_device_count", &self.unknown_device_count);
        v.field(15usize, "unknown_user_count", &self.unknown_user_count);
    }
}
#[cfg(msgraph_beta_search)]
impl rt::object::Members for SoftwareUpdateStatusSummary {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.compliant_device_count.read_from(r),
            2usize => self.compliant_user_count.read_from(r),
            3usize => self.conflict_device_count.read_from(r),
            4usize => self.conflict_user_count.read_from(r),
            5usize => self.display_name.read_from(r),
            6usize => self.error_device_count.read_from(r),
            7usize => self.error_user_count.read_from(r),
            8usize => self.non_compliant_device_count.read_from(r),
            9usize => self.non_compliant_user_count.read_from(r),
            10usize => self.not_applicable_device_count.read_from(r),
            11usize => self.not_applicable_user_count.read_from(r),
            12usize => self.remediated_device_count.read_from(r),
            13usize => self.remediated_user_count.read_from(r),
            14usize => self.unknown_device_count.read_from(r),
            15usize => self.unknown_user_count.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.compliant_device_count);
        w.field(2usize, &self.compliant_user_count);
        w.field(3usize, &self.conflict_device_count);
        w.field(4usize, &self.conflict_user_count);
        w.field(5usize, &self.display_name);
        w.field(6usize, &self.error_device_count);
        w.field(7usize, &self.error_user_count);
        w.field(8usize, &self.non_compliant_device_count);
        w.field(9usize, &self.non_compliant_user_count);
        w.field(10usize, &self.not_applicable_device_count);
        w.field(11usize, &self.not_applicable_user_count);
        w.field(12usize, &self.remediated_device_count);
        w.field(13usize, &self.remediated_user_count);
        w.field(14usize, &self.unknown_device_count);
        w.field(15usize, &self.unknown_user_count);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_search)]
rt::impl_object!(SoftwareUpdateStatusSummary);
#[cfg(msgraph_beta_search)]
rt::impl_setters!(
    SoftwareUpdateStatusSummary { with_id id : ::std::string::String;
    with_compliant_device_count compliant_device_count : i32; with_compliant_user_count
    compliant_user_count : i32; with_conflict_device_count conflict_device_count : i32;
    with_conflict_user_count conflict_user_count : i32; with_display_name display_name :
    ::std::string::String; with_error_device_count error_device_count : i32;
    with_error_user_count error_user_count : i32; with_non_compliant_device_count
    non_compliant_device_count : i32; with_non_compliant_user_count
    non_compliant_user_count : i32; with_not_applicable_device_count
    not_applicable_device_count : i32; with_not_applicable_user_count
    not_applicable_user_count : i32; with_remediated_device_count remediated_device_count
    : i32; with_remediated_user_count remediated_user_count : i32;
    with_unknown_device_count unknown_device_count : i32; with_unknown_user_count
    unknown_user_count : i32; }
);
#[cfg(msgraph_beta_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(SoftwareUpdateStatusSummary);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// CSDL: `microsoft.graph.specialFolder`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct SpecialFolder {
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for SpecialFolder {
    #[inline]
    fn default() -> Self {
        Self {
            name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for SpecialFolder {
    const TYPE_NAME: &'static str = "microsoft.graph.specialFolder";
    const KEYS: &'static [&'static str] = &["name"];
    const KEYS_JSON: &'static [&'static str] = &[",\"name\":                         "];
    const TAG: &'static str = "\"#microsoft.graph.specialFolder\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "name", &self.name);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for SpecialFolder {
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
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_object!(SpecialFolder);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(SpecialFolder { with_name name : ::std::string::String; });
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(SpecialFolder);
#[cfg(msgraph_beta_directory_or_policies_or_search)]
/// CSDL: `microsoft.graph.stagedFeatureName`, enum type.
///
/// Features: `beta`, or one of `beta-directory`, `beta-policies`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum StagedFeatureName {
    /// `passthroughAuthentication` (value 0).
    PassthroughAuthentication,
    /// `seamlessSso` (value 1).
    SeamlessSso,
    /// `passwordHashSync` (value 2).
    PasswordHashSync,
    /// `emailAsAlternateId` (value 3).
    EmailAsAlternateId,
    /// `unknownFutureValue` (value 4).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_directory_or_policies_or_search)]
impl rt::StrEnum for StagedFeatureName {
    const TYPE_NAME: &'static str = "microsoft.graph.stagedFeatureName";
    const MEMBERS: &'static [&'static str] = &[
        "passthroughAuthentication",
        "seamlessSso",
        "passwordHashSync",
        "emailAsAlternateId",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "passthroughAuthentication" => Self::PassthroughAuthentication,
                "seamlessSso" => Self::SeamlessSso,
                "passwordHashSync" => Self::PasswordHashSync,
                "emailAsAlternateId" => Self::EmailAsAlternateId,
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
            Self::PassthroughAuthentication => "passthroughAuthentication",
            Self::SeamlessSso => "seamlessSso",
            Self::PasswordHashSync => "passwordHashSync",
            Self::EmailAsAlternateId => "emailAsAlternateId",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_directory_or_policies_or_search)]
rt::impl_enum!(StagedFeatureName);
#[cfg(msgraph_beta_directory_or_policies_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(StagedFeatureName);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.standardTimeZoneOffset`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct StandardTimeZoneOffset {
    /// CSDL: property `dayOccurrence`: `Edm.Int32`, nullable.
    pub day_occurrence: rt::Field<i32>,
    /// CSDL: property `dayOfWeek`: `microsoft.graph.dayOfWeek`, nullable.
    pub day_of_week: rt::Field<crate::beta::DayOfWeek>,
    /// CSDL: property `month`: `Edm.Int32`, nullable.
    pub month: rt::Field<i32>,
    /// CSDL: property `time`: `Edm.TimeOfDay`, nullable.
    pub time: rt::Field<rt::edm::TimeOfDay>,
    /// CSDL: property `year`: `Edm.Int32`, nullable.
    pub year: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for StandardTimeZoneOffset {
    #[inline]
    fn default() -> Self {
        Self {
            day_occurrence: rt::Field::Absent,
            day_of_week: rt::Field::Absent,
            month: rt::Field::Absent,
            time: rt::Field::Absent,
            year: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for StandardTimeZoneOffset {
    const TYPE_NAME: &'static str = "microsoft.graph.standardTimeZoneOffset";
    const KEYS: &'static [&'static str] = &[
        "dayOccurrence",
        "dayOfWeek",
        "month",
        "time",
        "year",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"dayOccurrence\":                ",
        ",\"dayOfWeek\":                    ",
        ",\"month\":                        ",
        ",\"time\":                         ",
        ",\"year\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.standardTimeZoneOffset\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "day_occurrence", &self.day_occurrence);
        v.field(1usize, "day_of_week", &self.day_of_week);
        v.field(2usize, "month", &self.month);
        v.field(3usize, "time", &self.time);
        v.field(4usize, "year", &self.year);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for StandardTimeZoneOffset {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.day_occurrence.read_from(r),
            1usize => self.day_of_week.read_from(r),
            2usize => self.month.read_from(r),
            3usize => self.time.read_from(r),
            4usize => self.year.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.day_occurrence);
        w.field(1usize, &self.day_of_week);
        w.field(2usize, &self.month);
        w.field(3usize, &self.time);
        w.field(4usize, &self.year);
    }
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
rt::impl_object!(StandardTimeZoneOffset);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    StandardTimeZoneOffset { with_day_occurrence day_occurrence : i32; with_day_of_week
    day_of_week : crate ::beta::DayOfWeek; with_month month : i32; with_time time :
    rt::edm::TimeOfDay; with_year year : i32; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(StandardTimeZoneOffset);
#[cfg(msgraph_beta_core)]
/// `microsoft.graph.standardTimeZoneOffset` or any type derived from it, selected by `@odata.type` (2 types); each variant's type converts into it (`From`).
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Debug)]
pub enum AnyStandardTimeZoneOffset {
    StandardTimeZoneOffset(::std::boxed::Box<crate::beta::StandardTimeZoneOffset>),
    DaylightTimeZoneOffset(::std::boxed::Box<crate::beta::DaylightTimeZoneOffset>),
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for AnyStandardTimeZoneOffset {
    #[inline]
    fn default() -> Self {
        Self::StandardTimeZoneOffset(::std::default::Default::default())
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::StandardTimeZoneOffset>
for AnyStandardTimeZoneOffset {
    #[inline]
    fn from(v: crate::beta::StandardTimeZoneOffset) -> Self {
        Self::StandardTimeZoneOffset(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DaylightTimeZoneOffset>
for AnyStandardTimeZoneOffset {
    #[inline]
    fn from(v: crate::beta::DaylightTimeZoneOffset) -> Self {
        Self::DaylightTimeZoneOffset(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core)]
unsafe impl ::std::marker::Send for AnyStandardTimeZoneOffset {}
#[cfg(msgraph_beta_core)]
unsafe impl ::std::marker::Sync for AnyStandardTimeZoneOffset {}
#[cfg(msgraph_beta_core)]
impl ::std::marker::Unpin for AnyStandardTimeZoneOffset {}
#[cfg(msgraph_beta_core)]
impl ::std::panic::UnwindSafe for AnyStandardTimeZoneOffset {}
#[cfg(msgraph_beta_core)]
impl ::std::panic::RefUnwindSafe for AnyStandardTimeZoneOffset {}
#[cfg(msgraph_beta_core)]
const _: () = {
    rt::object::auto_traits::<crate::beta::StandardTimeZoneOffset>();
    rt::object::auto_traits::<crate::beta::DaylightTimeZoneOffset>();
};
#[cfg(msgraph_beta_core)]
impl rt::Poly for AnyStandardTimeZoneOffset {
    const BASE_NAME: &'static str = "microsoft.graph.standardTimeZoneOffset";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some("microsoft.graph.daylightTimeZoneOffset") => {
                Self::DaylightTimeZoneOffset(rt::object::new_boxed())
            }
            _ => Self::StandardTimeZoneOffset(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::StandardTimeZoneOffset(v) => &**v,
            Self::DaylightTimeZoneOffset(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::StandardTimeZoneOffset(v) => &mut **v,
            Self::DaylightTimeZoneOffset(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_beta_core)]
impl AnyStandardTimeZoneOffset {
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
    /// `dayOccurrence` of any variant.
    #[inline]
    pub fn day_occurrence(&self) -> &rt::Field<i32> {
        match self {
            Self::StandardTimeZoneOffset(v) => &v.day_occurrence,
            Self::DaylightTimeZoneOffset(v) => &v.day_occurrence,
        }
    }
    /// `dayOccurrence` of any variant.
    #[inline]
    pub fn day_occurrence_mut(&mut self) -> &mut rt::Field<i32> {
        match self {
            Self::StandardTimeZoneOffset(v) => &mut v.day_occurrence,
            Self::DaylightTimeZoneOffset(v) => &mut v.day_occurrence,
        }
    }
    /// `dayOfWeek` of any variant.
    #[inline]
    pub fn day_of_week(&self) -> &rt::Field<crate::beta::DayOfWeek> {
        match self {
            Self::StandardTimeZoneOffset(v) => &v.day_of_week,
            Self::DaylightTimeZoneOffset(v) => &v.day_of_week,
        }
    }
    /// `dayOfWeek` of any variant.
    #[inline]
    pub fn day_of_week_mut(&mut self) -> &mut rt::Field<crate::beta::DayOfWeek> {
        match self {
            Self::StandardTimeZoneOffset(v) => &mut v.day_of_week,
            Self::DaylightTimeZoneOffset(v) => &mut v.day_of_week,
        }
    }
    /// `month` of any variant.
    #[inline]
    pub fn month(&self) -> &rt::Field<i32> {
        match self {
            Self::StandardTimeZoneOffset(v) => &v.month,
            Self::DaylightTimeZoneOffset(v) => &v.month,
        }
    }
    /// `month` of any variant.
    #[inline]
    pub fn month_mut(&mut self) -> &mut rt::Field<i32> {
        match self {
            Self::StandardTimeZoneOffset(v) => &mut v.month,
            Self::DaylightTimeZoneOffset(v) => &mut v.month,
        }
    }
    /// `time` of any variant.
    #[inline]
    pub fn time(&self) -> &rt::Field<rt::edm::TimeOfDay> {
        match self {
            Self::StandardTimeZoneOffset(v) => &v.time,
            Self::DaylightTimeZoneOffset(v) => &v.time,
        }
    }
    /// `time` of any variant.
    #[inline]
    pub fn time_mut(&mut self) -> &mut rt::Field<rt::edm::TimeOfDay> {
        match self {
            Self::StandardTimeZoneOffset(v) => &mut v.time,
            Self::DaylightTimeZoneOffset(v) => &mut v.time,
        }
    }
    /// `year` of any variant.
    #[inline]
    pub fn year(&self) -> &rt::Field<i32> {
        match self {
            Self::StandardTimeZoneOffset(v) => &v.year,
            Self::DaylightTimeZoneOffset(v) => &v.year,
        }
    }
    /// `year` of any variant.
    #[inline]
    pub fn year_mut(&mut self) -> &mut rt::Field<i32> {
        match self {
            Self::StandardTimeZoneOffset(v) => &mut v.year,
            Self::DaylightTimeZoneOffset(v) => &mut v.year,
        }
    }
}
#[cfg(msgraph_beta_core)]
rt::impl_poly!(AnyStandardTimeZoneOffset);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyStandardTimeZoneOffset);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.status`, enum type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum Status {
    /// `active` (value 0).
    Active,
    /// `updated` (value 1).
    Updated,
    /// `deleted` (value 2).
    Deleted,
    /// `ignored` (value 3).
    Ignored,
    /// `unknownFutureValue` (value 4).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_core)]
impl rt::StrEnum for Status {
    const TYPE_NAME: &'static str = "microsoft.graph.status";
    const MEMBERS: &'static [&'static str] = &[
        "active",
        "updated",
        "deleted",
        "ignored",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "active" => Self::Active,
                "updated" => Self::Updated,
                "deleted" => Self::Deleted,
                "ignored" => Self::Ignored,
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
            Self::Updated => "updated",
            Self::Deleted => "deleted",
            Self::Ignored => "ignored",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_core)]
rt::impl_enum!(Status);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(Status);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_3_more)]
/// CSDL: `microsoft.graph.subscription`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 16 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct Subscription {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `applicationId`: `Edm.String`, nullable.
    pub application_id: rt::Field<::std::string::String>,
    /// CSDL: property `changeType`: `Edm.String`, not nullable.
    pub change_type: rt::Field<::std::string::String>,
    /// CSDL: property `clientState`: `Edm.String`, nullable.
    pub client_state: rt::Field<::std::string::String>,
    /// CSDL: property `creatorId`: `Edm.String`, nullable.
    pub creator_id: rt::Field<::std::string::String>,
    /// CSDL: property `encryptionCertificate`: `Edm.String`, nullable.
    pub encryption_certificate: rt::Field<::std::string::String>,
    /// CSDL: property `encryptionCertificateId`: `Edm.String`, nullable.
    pub encryption_certificate_id: rt::Field<::std::string::String>,
    /// CSDL: property `expirationDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub expiration_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `includeResourceData`: `Edm.Boolean`, nullable.
    pub include_resource_data: rt::Field<bool>,
    /// CSDL: property `latestSupportedTlsVersion`: `Edm.String`, nullable.
    pub latest_supported_tls_version: rt::Field<::std::string::String>,
    /// CSDL: property `lifecycleNotificationUrl`: `Edm.String`, nullable.
    pub lifecycle_notification_url: rt::Field<::std::string::String>,
    /// CSDL: property `notificationContentType`: `Edm.String`, nullable.
    pub notification_content_type: rt::Field<::std::string::String>,
    /// CSDL: property `notificationQueryOptions`: `Edm.String`, nullable.
    pub notification_query_options: rt::Field<::std::string::String>,
    /// CSDL: property `notificationUrl`: `Edm.String`, not nullable.
    pub notification_url: rt::Field<::std::string::String>,
    /// CSDL: property `resource`: `Edm.String`, not nullable.
    pub resource: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_3_more)]
impl ::std::default::Default for Subscription {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            application_id: rt::Field::Absent,
            change_type: rt::Field::Absent,
            client_state: rt::Field::Absent,
            creator_id: rt::Field::Absent,
            encryption_certificate: rt::Field::Absent,
            encryption_certificate_id: rt::Field::Absent,
            expiration_date_time: rt::Field::Absent,
            include_resource_data: rt::Field::Absent,
            latest_supported_tls_version: rt::Field::Absent,
            lifecycle_notification_url: rt::Field::Absent,
            notification_content_type: rt::Field::Absent,
            notification_query_options: rt::Field::Absent,
            notification_url: rt::Field::Absent,
            resource: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_3_more)]
impl rt::Object for Subscription {
    const TYPE_NAME: &'static str = "microsoft.graph.subscription";
    const KEYS: &'static [&'static str] = &[
        "id",
        "applicationId",
        "changeType",
        "clientState",
        "creatorId",
        "encryptionCertificate",
        "encryptionCertificateId",
        "expirationDateTime",
        "includeResourceData",
        "latestSupportedTlsVersion",
        "lifecycleNotificationUrl",
        "notificationContentType",
        "notificationQueryOptions",
        "notificationUrl",
        "resource",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"applicationId\":                ",
        ",\"changeType\":                   ",
        ",\"clientState\":                  ",
        ",\"creatorId\":                    ",
        ",\"encryptionCertificate\":        ",
        ",\"encryptionCertificateId\":      ",
        ",\"expirationDateTime\":           ",
        ",\"includeResourceData\":          ",
        ",\"latestSupportedTlsVersion\":    ",
        ",\"lifecycleNotificationUrl\":     ",
        ",\"notificationContentType\":      ",
        ",\"notificationQueryOptions\":     ",
        ",\"notificationUrl\":              ",
        ",\"resource\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.subscription\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "application_id", &self.application_id);
        v.field(2usize, "change_type", &self.change_type);
        v.field(3usize, "client_state", &self.client_state);
        v.field(4usize, "creator_id", &self.creator_id);
        v.field(5usize, "encryption_certificate", &self.encryption_certificate);
        v.field(6usize, "encryption_certificate_id", &self.encryption_certificate_id);
        v.field(7usize, "expiration_date_time", &self.expiration_date_time);
        v.field(8usize, "include_resource_data", &self.include_resource_data);
        v.field(
            9usize,
            "latest_supported_tls_version",
            &self.latest_supported_tls_version,
        );
        v.field(10usize, "lifecycle_notification_url", &self.lifecycle_notification_url);
        v.field(11usize, "notification_content_type", &self.notification_content_type);
        v.field(12usize, "notification_query_options", &self.notification_query_options);
        v.field(13usize, "notification_url", &self.notification_url);
        v.field(14usize, "resource", &self.resource);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_3_more)]
impl rt::object::Members for Subscription {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.application_id.read_from(r),
            2usize => self.change_type.read_from(r),
            3usize => self.client_state.read_from(r),
            4usize => self.creator_id.read_from(r),
            5usize => self.encryption_certificate.read_from(r),
            6usize => self.encryption_certificate_id.read_from(r),
            7usize => self.expiration_date_time.read_from(r),
            8usize => self.include_resource_data.read_from(r),
            9usize => self.latest_supported_tls_version.read_from(r),
            10usize => self.lifecycle_notification_url.read_from(r),
            11usize => self.notification_content_type.read_from(r),
            12usize => self.notification_query_options.read_from(r),
            13usize => self.notification_url.read_from(r),
            14usize => self.resource.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.application_id);
        w.field(2usize, &self.change_type);
        w.field(3usize, &self.client_state);
        w.field(4usize, &self.creator_id);
        w.field(5usize, &self.encryption_certificate);
        w.field(6usize, &self.encryption_certificate_id);
        w.field(7usize, &self.expiration_date_time);
        w.field(8usize, &self.include_resource_data);
        w.field(9usize, &self.latest_supported_tls_version);
        w.field(10usize, &self.lifecycle_notification_url);
        w.field(11usize, &self.notification_content_type);
        w.field(12usize, &self.notification_query_options);
        w.field(13usize, &self.notification_url);
        w.field(14usize, &self.resource);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_3_more)]
rt::impl_object!(Subscription);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_3_more)]
rt::impl_setters!(
    Subscription { with_id id : ::std::string::String; with_application_id application_id
    : ::std::string::String; with_change_type change_type : ::std::string::String;
    with_client_state client_state : ::std::string::String; with_creator_id creator_id :
    ::std::string::String; with_encryption_certificate encryption_certificate :
    ::std::string::String; with_encryption_certificate_id encryption_certificate_id :
    ::std::string::String; with_expiration_date_time expiration_date_time :
    rt::edm::DateTimeOffset; with_include_resource_data include_resource_data : bool;
    with_latest_supported_tls_version latest_supported_tls_version :
    ::std::string::String; with_lifecycle_notification_url lifecycle_notification_url :
    ::std::string::String; with_notification_content_type notification_content_type :
    ::std::string::String; with_notification_query_options notification_query_options :
    ::std::string::String; with_notification_url notification_url :
    ::std::string::String; with_resource resource : ::std::string::String; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_3_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(Subscription);
#[cfg(msgraph_beta_device_app_management_or_search)]
/// CSDL: `microsoft.graph.symantecCodeSigningCertificate`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
#[derive(Clone)]
pub struct SymantecCodeSigningCertificate {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// The Windows Symantec Code-Signing Certificate in the raw data format.
    ///
    /// CSDL: property `content`: `Edm.Binary`, nullable.
    pub content: rt::Field<rt::edm::Binary>,
    /// The Cert Expiration Date.
    ///
    /// CSDL: property `expirationDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub expiration_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// The Issuer value for the cert.
    ///
    /// CSDL: property `issuer`: `Edm.String`, nullable.
    pub issuer: rt::Field<::std::string::String>,
    /// The Issuer Name for the cert.
    ///
    /// CSDL: property `issuerName`: `Edm.String`, nullable.
    pub issuer_name: rt::Field<::std::string::String>,
    /// The Password required for .pfx file.
    ///
    /// CSDL: property `password`: `Edm.String`, nullable.
    pub password: rt::Field<::std::string::String>,
    /// The Cert Status Provisioned or not Provisioned.
    ///
    /// CSDL: property `status`: `microsoft.graph.certificateStatus`, not nullable.
    pub status: rt::Field<crate::beta::CertificateStatus>,
    /// The Subject value for the cert.
    ///
    /// CSDL: property `subject`: `Edm.String`, nullable.
    pub subject: rt::Field<::std::string::String>,
    /// The Subject Name for the cert.
    ///
    /// CSDL: property `subjectName`: `Edm.String`, nullable.
    pub subject_name: rt::Field<::std::string::String>,
    /// The Type of the CodeSigning Cert as Symantec Cert.
    ///
    /// CSDL: property `uploadDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub upload_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::default::Default for SymantecCodeSigningCertificate {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            content: rt::Field::Absent,
            expiration_date_time: rt::Field::Absent,
            issuer: rt::Field::Absent,
            issuer_name: rt::Field::Absent,
            password: rt::Field::Absent,
            status: rt::Field::Absent,
            subject: rt::Field::Absent,
            subject_name: rt::Field::Absent,
            upload_date_time: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::Object for SymantecCodeSigningCertificate {
    const TYPE_NAME: &'static str = "microsoft.graph.symantecCodeSigningCertificate";
    const KEYS: &'static [&'static str] = &[
        "id",
        "content",
        "expirationDateTime",
        "issuer",
        "issuerName",
        "password",
        "status",
        "subject",
        "subjectName",
        "uploadDateTime",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"content\":                      ",
        ",\"expirationDateTime\":           ",
        ",\"issuer\":                       ",
        ",\"issuerName\":                   ",
        ",\"password\":                     ",
        ",\"status\":                       ",
        ",\"subject\":                      ",
        ",\"subjectName\":                  ",
        ",\"uploadDateTime\":               ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.symantecCodeSigningCertificate\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "content", &self.content);
        v.field(2usize, "expiration_date_time", &self.expiration_date_time);
        v.field(3usize, "issuer", &self.issuer);
        v.field(4usize, "issuer_name", &self.issuer_name);
        v.field(5usize, "password", &self.password);
        v.field(6usize, "status", &self.status);
        v.field(7usize, "subject", &self.subject);
        v.field(8usize, "subject_name", &self.subject_name);
        v.field(9usize, "upload_date_time", &self.upload_date_time);
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::object::Members for SymantecCodeSigningCertificate {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.content.read_from(r),
            2usize => self.expiration_date_time.read_from(r),
            3usize => self.issuer.read_from(r),
            4usize => self.issuer_name.read_from(r),
            5usize => self.password.read_from(r),
            6usize => self.status.read_from(r),
            7usize => self.subject.read_from(r),
            8usize => self.subject_name.read_from(r),
            9usize => self.upload_date_time.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.content);
        w.field(2usize, &self.expiration_date_time);
        w.field(3usize, &self.issuer);
        w.field(4usize, &self.issuer_name);
        w.field(5usize, &self.password);
        w.field(6usize, &self.status);
        w.field(7usize, &self.subject);
        w.field(8usize, &self.subject_name);
        w.field(9usize, &self.upload_date_time);
    }
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
rt::impl_object!(SymantecCodeSigningCertificate);
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_setters!(
    SymantecCodeSigningCertificate { with_id id : ::std::string::String; with_content
    content : rt::edm::Binary; with_expiration_date_time expiration_date_time :
    rt::edm::DateTimeOffset; with_issuer issuer : ::std::string::String; with_issuer_name
    issuer_name : ::std::string::String; with_password password : ::std::string::String;
    with_status status : crate ::beta::CertificateStatus; with_subject subject :
    ::std::string::String; with_subject_name subject_name : ::std::string::String;
    with_upload_date_time upload_date_time : rt::edm::DateTimeOffset; }
);
#[cfg(msgraph_beta_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(SymantecCodeSigningCertificate);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
/// CSDL: `microsoft.graph.systemFacet`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 14 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct SystemFacet {
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
impl ::std::default::Default for SystemFacet {
    #[inline]
    fn default() -> Self {
        Self {
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
impl rt::Object for SystemFacet {
    const TYPE_NAME: &'static str = "microsoft.graph.systemFacet";
    const KEYS: &'static [&'static str] = &[];
    const KEYS_JSON: &'static [&'static str] = &[];
    const TAG: &'static str = "\"#microsoft.graph.systemFacet\"";
    #[inline]
    #[allow(unused_variables)]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {}
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
impl rt::object::Members for SystemFacet {
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
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
rt::impl_object!(SystemFacet);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
#[cfg(feature = "serde")]
rt::impl_serde!(SystemFacet);
