//! Types of `microsoft.graph` by the first letters of their names (`se_si`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_beta_search)]
/// CSDL: `microsoft.graph.searchAlterationOptions`, complex type.
///
/// Features: `beta` or `beta-search`.
#[derive(Clone)]
pub struct SearchAlterationOptions {
    /// CSDL: property `enableModification`: `Edm.Boolean`, nullable.
    pub enable_modification: rt::Field<bool>,
    /// CSDL: property `enableSuggestion`: `Edm.Boolean`, nullable.
    pub enable_suggestion: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_search)]
impl ::std::default::Default for SearchAlterationOptions {
    #[inline]
    fn default() -> Self {
        Self {
            enable_modification: rt::Field::Absent,
            enable_suggestion: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_search)]
impl rt::Object for SearchAlterationOptions {
    const TYPE_NAME: &'static str = "microsoft.graph.searchAlterationOptions";
    const KEYS: &'static [&'static str] = &["enableModification", "enableSuggestion"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"enableModification\":           ",
        ",\"enableSuggestion\":             ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.searchAlterationOptions\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "enable_modification", &self.enable_modification);
        v.field(1usize, "enable_suggestion", &self.enable_suggestion);
    }
}
#[cfg(msgraph_beta_search)]
impl rt::object::Members for SearchAlterationOptions {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.enable_modification.read_from(r),
            1usize => self.enable_suggestion.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.enable_modification);
        w.field(1usize, &self.enable_suggestion);
    }
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
rt::impl_object!(SearchAlterationOptions);
#[cfg(msgraph_beta_search)]
rt::impl_setters!(
    SearchAlterationOptions { with_enable_modification enable_modification : bool;
    with_enable_suggestion enable_suggestion : bool; }
);
#[cfg(msgraph_beta_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(SearchAlterationOptions);
#[cfg(msgraph_beta_search)]
/// CSDL: `microsoft.graph.searchQuery`, complex type.
///
/// Features: `beta` or `beta-search`.
#[derive(Clone)]
pub struct SearchQuery {
    /// CSDL: property `queryString`: `Edm.String`, nullable.
    pub query_string: rt::Field<::std::string::String>,
    /// CSDL: property `query_string`: `microsoft.graph.searchQueryString`, nullable.
    pub query_string_2: rt::Field<crate::beta::SearchQueryString>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_search)]
impl ::std::default::Default for SearchQuery {
    #[inline]
    fn default() -> Self {
        Self {
            query_string: rt::Field::Absent,
            query_string_2: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_search)]
impl rt::Object for SearchQuery {
    const TYPE_NAME: &'static str = "microsoft.graph.searchQuery";
    const KEYS: &'static [&'static str] = &["queryString", "query_string"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"queryString\":                  ",
        ",\"query_string\":                 ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.searchQuery\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "query_string", &self.query_string);
        v.field(1usize, "query_string_2", &self.query_string_2);
    }
}
#[cfg(msgraph_beta_search)]
impl rt::object::Members for SearchQuery {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.query_string.read_from(r),
            1usize => self.query_string_2.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.query_string);
        w.field(1usize, &self.query_string_2);
    }
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
rt::impl_object!(SearchQuery);
#[cfg(msgraph_beta_search)]
rt::impl_setters!(
    SearchQuery { with_query_string query_string : ::std::string::String;
    with_query_string_2 query_string_2 : crate ::beta::SearchQueryString; }
);
#[cfg(msgraph_beta_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(SearchQuery);
#[cfg(msgraph_beta_search)]
/// CSDL: `microsoft.graph.searchQueryString`, complex type.
///
/// Features: `beta` or `beta-search`.
#[derive(Clone)]
pub struct SearchQueryString {
    /// CSDL: property `query`: `Edm.String`, not nullable.
    pub query: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_search)]
impl ::std::default::Default for SearchQueryString {
    #[inline]
    fn default() -> Self {
        Self {
            query: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_search)]
impl rt::Object for SearchQueryString {
    const TYPE_NAME: &'static str = "microsoft.graph.searchQueryString";
    const KEYS: &'static [&'static str] = &["query"];
    const KEYS_JSON: &'static [&'static str] = &[",\"query\":                        "];
    const TAG: &'static str = "\"#microsoft.graph.searchQueryString\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "query", &self.query);
    }
}
#[cfg(msgraph_beta_search)]
impl rt::object::Members for SearchQueryString {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.query.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.query);
    }
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
rt::impl_object!(SearchQueryString);
#[cfg(msgraph_beta_search)]
rt::impl_setters!(SearchQueryString { with_query query : ::std::string::String; });
#[cfg(msgraph_beta_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(SearchQueryString);
#[cfg(msgraph_beta_search)]
/// CSDL: `microsoft.graph.searchRequest`, complex type.
///
/// Features: `beta` or `beta-search`.
#[derive(Clone)]
pub struct SearchRequest {
    /// CSDL: property `aggregationFilters`: `Collection(Edm.String)`, nullable.
    pub aggregation_filters: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `aggregations`: `Collection(microsoft.graph.aggregationOption)`, nullable.
    pub aggregations: rt::Field<::std::vec::Vec<crate::beta::AggregationOption>>,
    /// CSDL: property `contentSources`: `Collection(Edm.String)`, nullable.
    pub content_sources: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `enableTopResults`: `Edm.Boolean`, nullable.
    pub enable_top_results: rt::Field<bool>,
    /// CSDL: property `entityTypes`: `Collection(microsoft.graph.entityType)`, nullable.
    pub entity_types: rt::Field<::std::vec::Vec<crate::beta::EntityType>>,
    /// CSDL: property `fields`: `Collection(Edm.String)`, nullable.
    pub fields: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `from`: `Edm.Int32`, not nullable.
    pub from: rt::Field<i32>,
    /// CSDL: property `query`: `microsoft.graph.searchQuery`, not nullable.
    pub query: rt::Field<crate::beta::SearchQuery>,
    /// CSDL: property `resultTemplateOptions`: `microsoft.graph.resultTemplateOption`, nullable.
    pub result_template_options: rt::Field<crate::beta::ResultTemplateOption>,
    /// CSDL: property `size`: `Edm.Int32`, not nullable.
    pub size: rt::Field<i32>,
    /// CSDL: property `sortProperties`: `Collection(microsoft.graph.sortProperty)`, nullable.
    pub sort_properties: rt::Field<::std::vec::Vec<crate::beta::SortProperty>>,
    /// CSDL: property `stored_fields`: `Collection(Edm.String)`, nullable.
    pub stored_fields: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_search)]
impl ::std::default::Default for SearchRequest {
    #[inline]
    fn default() -> Self {
        Self {
            aggregation_filters: rt::Field::Absent,
            aggregations: rt::Field::Absent,
            content_sources: rt::Field::Absent,
            enable_top_results: rt::Field::Absent,
            entity_types: rt::Field::Absent,
            fields: rt::Field::Absent,
            from: rt::Field::Absent,
            query: rt::Field::Absent,
            result_template_options: rt::Field::Absent,
            size: rt::Field::Absent,
            sort_properties: rt::Field::Absent,
            stored_fields: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_search)]
impl rt::Object for SearchRequest {
    const TYPE_NAME: &'static str = "microsoft.graph.searchRequest";
    const KEYS: &'static [&'static str] = &[
        "aggregationFilters",
        "aggregations",
        "contentSources",
        "enableTopResults",
        "entityTypes",
        "fields",
        "from",
        "query",
        "resultTemplateOptions",
        "size",
        "sortProperties",
        "stored_fields",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"aggregationFilters\":           ",
        ",\"aggregations\":                 ",
        ",\"contentSources\":               ",
        ",\"enableTopResults\":             ",
        ",\"entityTypes\":                  ",
        ",\"fields\":                       ",
        ",\"from\":                         ",
        ",\"query\":                        ",
        ",\"resultTemplateOptions\":        ",
        ",\"size\":                         ",
        ",\"sortProperties\":               ",
        ",\"stored_fields\":                ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.searchRequest\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "aggregation_filters", &self.aggregation_filters);
        v.field(1usize, "aggregations", &self.aggregations);
        v.field(2usize, "content_sources", &self.content_sources);
        v.field(3usize, "enable_top_results", &self.enable_top_results);
        v.field(4usize, "entity_types", &self.entity_types);
        v.field(5usize, "fields", &self.fields);
        v.field(6usize, "from", &self.from);
        v.field(7usize, "query", &self.query);
        v.field(8usize, "result_template_options", &self.result_template_options);
        v.field(9usize, "size", &self.size);
        v.field(10usize, "sort_properties", &self.sort_properties);
        v.field(11usize, "stored_fields", &self.stored_fields);
    }
}
#[cfg(msgraph_beta_search)]
impl rt::object::Members for SearchRequest {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.aggregation_filters.read_from(r),
            1usize => self.aggregations.read_from(r),
            2usize => self.content_sources.read_from(r),
            3usize => self.enable_top_results.read_from(r),
            4usize => self.entity_types.read_from(r),
            5usize => self.fields.read_from(r),
            6usize => self.from.read_from(r),
            7usize => self.query.read_from(r),
            8usize => self.result_template_options.read_from(r),
            9usize => self.size.read_from(r),
            10usize => self.sort_properties.read_from(r),
            11usize => self.stored_fields.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.aggregation_filters);
        w.field(1usize, &self.aggregations);
        w.field(2usize, &self.content_sources);
        w.field(3usize, &self.enable_top_results);
        w.field(4usize, &self.entity_types);
        w.field(5usize, &self.fields);
        w.field(6usize, &self.from);
        w.field(7usize, &self.query);
        w.field(8usize, &self.result_template_options);
        w.field(9usize, &self.size);
        w.field(10usize, &self.sort_properties);
        w.field(11usize, &self.stored_fields);
    }
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
rt::impl_object!(SearchRequest);
#[cfg(msgraph_beta_search)]
rt::impl_setters!(
    SearchRequest { with_aggregation_filters aggregation_filters : ::std::vec::Vec <
    ::std::string::String >; with_aggregations aggregations : ::std::vec::Vec < crate
    ::beta::AggregationOption >; with_content_sources content_sources : ::std::vec::Vec <
    ::std::string::String >; with_enable_top_results enable_top_results : bool;
    with_entity_types entity_types : ::std::vec::Vec < crate ::beta::EntityType >;
    with_fields fields : ::std::vec::Vec < ::std::string::String >; with_from from : i32;
    with_query query : crate ::beta::SearchQuery; with_result_template_options
    result_template_options : crate ::beta::ResultTemplateOption; with_size size : i32;
    with_sort_properties sort_properties : ::std::vec::Vec < crate ::beta::SortProperty
    >; with_stored_fields stored_fields : ::std::vec::Vec < ::std::string::String >; }
);
#[cfg(msgraph_beta_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(SearchRequest);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// CSDL: `microsoft.graph.searchResult`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct SearchResult {
    /// CSDL: property `onClickTelemetryUrl`: `Edm.String`, nullable.
    pub on_click_telemetry_url: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for SearchResult {
    #[inline]
    fn default() -> Self {
        Self {
            on_click_telemetry_url: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for SearchResult {
    const TYPE_NAME: &'static str = "microsoft.graph.searchResult";
    const KEYS: &'static [&'static str] = &["onClickTelemetryUrl"];
    const KEYS_JSON: &'static [&'static str] = &[",\"onClickTelemetryUrl\":          "];
    const TAG: &'static str = "\"#microsoft.graph.searchResult\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "on_click_telemetry_url", &self.on_click_telemetry_url);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for SearchResult {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.on_click_telemetry_url.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.on_click_telemetry_url);
    }
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
rt::impl_object!(SearchResult);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    SearchResult { with_on_click_telemetry_url on_click_telemetry_url :
    ::std::string::String; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(SearchResult);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.secureBootWithDMAType`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum SecureBootWithDmaType {
    /// `notConfigured` (value 0).
    NotConfigured,
    /// `withoutDMA` (value 1).
    WithoutDma,
    /// `withDMA` (value 3).
    WithDma,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for SecureBootWithDmaType {
    const TYPE_NAME: &'static str = "microsoft.graph.secureBootWithDMAType";
    const MEMBERS: &'static [&'static str] = &["notConfigured", "withoutDMA", "withDMA"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "notConfigured" => Self::NotConfigured,
                "withoutDMA" => Self::WithoutDma,
                "withDMA" => Self::WithDma,
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
            Self::WithoutDma => "withoutDMA",
            Self::WithDma => "withDMA",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(SecureBootWithDmaType);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(SecureBootWithDmaType);
#[cfg(msgraph_beta_search_or_security)]
/// CSDL: `microsoft.graph.secureScore`, entity type, derived from `microsoft.graph.entity`, open, key `id`.
///
/// Request builders: [`SecureScorePath`](requests/trait.SecureScorePath.html), what a path to one (`EntityPath<SecureScore, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-search`, `beta-security`.
#[derive(Clone)]
pub struct SecureScore {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `activeUserCount`: `Edm.Int32`, nullable.
    pub active_user_count: rt::Field<i32>,
    /// CSDL: property `averageComparativeScores`: `Collection(microsoft.graph.averageComparativeScore)`, nullable.
    pub average_comparative_scores: rt::Field<
        ::std::vec::Vec<crate::beta::AverageComparativeScore>,
    >,
    /// CSDL: property `azureTenantId`: `Edm.String`, not nullable.
    pub azure_tenant_id: rt::Field<::std::string::String>,
    /// CSDL: property `controlScores`: `Collection(microsoft.graph.controlScore)`, nullable.
    pub control_scores: rt::Field<::std::vec::Vec<crate::beta::ControlScore>>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `currentScore`: `Edm.Double`, nullable.
    pub current_score: rt::Field<f64>,
    /// CSDL: property `enabledServices`: `Collection(Edm.String)`, nullable.
    pub enabled_services: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `licensedUserCount`: `Edm.Int32`, nullable.
    pub licensed_user_count: rt::Field<i32>,
    /// CSDL: property `maxScore`: `Edm.Double`, nullable.
    pub max_score: rt::Field<f64>,
    /// CSDL: property `vendorInformation`: `microsoft.graph.securityVendorInformation`, nullable.
    pub vendor_information: rt::Field<crate::beta::SecurityVendorInformation>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_search_or_security)]
impl ::std::default::Default for SecureScore {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            active_user_count: rt::Field::Absent,
            average_comparative_scores: rt::Field::Absent,
            azure_tenant_id: rt::Field::Absent,
            control_scores: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            current_score: rt::Field::Absent,
            enabled_services: rt::Field::Absent,
            licensed_user_count: rt::Field::Absent,
            max_score: rt::Field::Absent,
            vendor_information: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_search_or_security)]
impl rt::Object for SecureScore {
    const TYPE_NAME: &'static str = "microsoft.graph.secureScore";
    const KEYS: &'static [&'static str] = &[
        "id",
        "activeUserCount",
        "averageComparativeScores",
        "azureTenantId",
        "controlScores",
        "createdDateTime",
        "currentScore",
        "enabledServices",
        "licensedUserCount",
        "maxScore",
        "vendorInformation",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"activeUserCount\":              ",
        ",\"averageComparativeScores\":     ",
        ",\"azureTenantId\":                ",
        ",\"controlScores\":                ",
        ",\"createdDateTime\":              ",
        ",\"currentScore\":                 ",
        ",\"enabledServices\":              ",
        ",\"licensedUserCount\":            ",
        ",\"maxScore\":                     ",
        ",\"vendorInformation\":            ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.secureScore\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "active_user_count", &self.active_user_count);
        v.field(2usize, "average_comparative_scores", &self.average_comparative_scores);
        v.field(3usize, "azure_tenant_id", &self.azure_tenant_id);
        v.field(4usize, "control_scores", &self.control_scores);
        v.field(5usize, "created_date_time", &self.created_date_time);
        v.field(6usize, "current_score", &self.current_score);
        v.field(7usize, "enabled_services", &self.enabled_services);
        v.field(8usize, "licensed_user_count", &self.licensed_user_count);
        v.field(9usize, "max_score", &self.max_score);
        v.field(10usize, "vendor_information", &self.vendor_information);
    }
}
#[cfg(msgraph_beta_search_or_security)]
impl rt::object::Members for SecureScore {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.active_user_count.read_from(r),
            2usize => self.average_comparative_scores.read_from(r),
            3usize => self.azure_tenant_id.read_from(r),
            4usize => self.control_scores.read_from(r),
            5usize => self.created_date_time.read_from(r),
            6usize => self.current_score.read_from(r),
            7usize => self.enabled_services.read_from(r),
            8usize => self.licensed_user_count.read_from(r),
            9usize => self.max_score.read_from(r),
            10usize => self.vendor_information.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.active_user_count);
        w.field(2usize, &self.average_comparative_scores);
        w.field(3usize, &self.azure_tenant_id);
        w.field(4usize, &self.control_scores);
        w.field(5usize, &self.created_date_time);
        w.field(6usize, &self.current_score);
        w.field(7usize, &self.enabled_services);
        w.field(8usize, &self.licensed_user_count);
        w.field(9usize, &self.max_score);
        w.field(10usize, &self.vendor_information);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_search_or_security)]
rt::impl_object!(SecureScore);
#[cfg(msgraph_beta_search_or_security)]
rt::impl_setters!(
    SecureScore { with_id id : ::std::string::String; with_active_user_count
    active_user_count : i32; with_average_comparative_scores average_comparative_scores :
    ::std::vec::Vec < crate ::beta::AverageComparativeScore >; with_azure_tenant_id
    azure_tenant_id : ::std::string::String; with_control_scores control_scores :
    ::std::vec::Vec < crate ::beta::ControlScore >; with_created_date_time
    created_date_time : rt::edm::DateTimeOffset; with_current_score current_score : f64;
    with_enabled_services enabled_services : ::std::vec::Vec < ::std::string::String >;
    with_licensed_user_count licensed_user_count : i32; with_max_score max_score : f64;
    with_vendor_information vendor_information : crate ::beta::SecurityVendorInformation;
    }
);
#[cfg(msgraph_beta_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(SecureScore);
#[cfg(msgraph_beta_search_or_security)]
/// CSDL: `microsoft.graph.secureScoreControlProfile`, entity type, derived from `microsoft.graph.entity`, open, key `id`.
///
/// Request builders: [`SecureScoreControlProfilePath`](requests/trait.SecureScoreControlProfilePath.html), what a path to one (`EntityPath<SecureScoreControlProfile, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-search`, `beta-security`.
#[derive(Clone)]
pub struct SecureScoreControlProfile {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `actionType`: `Edm.String`, nullable.
    pub action_type: rt::Field<::std::string::String>,
    /// CSDL: property `actionUrl`: `Edm.String`, nullable.
    pub action_url: rt::Field<::std::string::String>,
    /// CSDL: property `azureTenantId`: `Edm.String`, not nullable.
    pub azure_tenant_id: rt::Field<::std::string::String>,
    /// CSDL: property `complianceInformation`: `Collection(microsoft.graph.complianceInformation)`, nullable.
    pub compliance_information: rt::Field<
        ::std::vec::Vec<crate::beta::ComplianceInformation>,
    >,
    /// CSDL: property `controlCategory`: `Edm.String`, nullable.
    pub control_category: rt::Field<::std::string::String>,
    /// CSDL: property `controlStateUpdates`: `Collection(microsoft.graph.secureScoreControlStateUpdate)`, nullable.
    pub control_state_updates: rt::Field<
        ::std::vec::Vec<crate::beta::SecureScoreControlStateUpdate>,
    >,
    /// CSDL: property `deprecated`: `Edm.Boolean`, nullable.
    pub deprecated: rt::Field<bool>,
    /// CSDL: property `implementationCost`: `Edm.String`, nullable.
    pub implementation_cost: rt::Field<::std::string::String>,
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `maxScore`: `Edm.Double`, nullable.
    pub max_score: rt::Field<f64>,
    /// CSDL: property `rank`: `Edm.Int32`, nullable.
    pub rank: rt::Field<i32>,
    /// CSDL: property `remediation`: `Edm.String`, nullable.
    pub remediation: rt::Field<::std::string::String>,
    /// CSDL: property `remediationImpact`: `Edm.String`, nullable.
    pub remediation_impact: rt::Field<::std::string::String>,
    /// CSDL: property `service`: `Edm.String`, nullable.
    pub service: rt::Field<::std::string::String>,
    /// CSDL: property `threats`: `Collection(Edm.String)`, nullable.
    pub threats: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `tier`: `Edm.String`, nullable.
    pub tier: rt::Field<::std::string::String>,
    /// CSDL: property `title`: `Edm.String`, nullable.
    pub title: rt::Field<::std::string::String>,
    /// CSDL: property `userImpact`: `Edm.String`, nullable.
    pub user_impact: rt::Field<::std::string::String>,
    /// CSDL: property `vendorInformation`: `microsoft.graph.securityVendorInformation`, nullable.
    pub vendor_information: rt::Field<crate::beta::SecurityVendorInformation>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_search_or_security)]
impl ::std::default::Default for SecureScoreControlProfile {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            action_type: rt::Field::Absent,
            action_url: rt::Field::Absent,
            azure_tenant_id: rt::Field::Absent,
            compliance_information: rt::Field::Absent,
            control_category: rt::Field::Absent,
            control_state_updates: rt::Field::Absent,
            deprecated: rt::Field::Absent,
            implementation_cost: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            max_score: rt::Field::Absent,
            rank: rt::Field::Absent,
            remediation: rt::Field::Absent,
            remediation_impact: rt::Field::Absent,
            service: rt::Field::Absent,
            threats: rt::Field::Absent,
            tier: rt::Field::Absent,
            title: rt::Field::Absent,
            user_impact: rt::Field::Absent,
            vendor_information: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_search_or_security)]
impl rt::Object for SecureScoreControlProfile {
    const TYPE_NAME: &'static str = "microsoft.graph.secureScoreControlProfile";
    const KEYS: &'static [&'static str] = &[
        "id",
        "actionType",
        "actionUrl",
        "azureTenantId",
        "complianceInformation",
        "controlCategory",
        "controlStateUpdates",
        "deprecated",
        "implementationCost",
        "lastModifiedDateTime",
        "maxScore",
        "rank",
        "remediation",
        "remediationImpact",
        "service",
        "threats",
        "tier",
        "title",
        "userImpact",
        "vendorInformation",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"actionType\":                   ",
        ",\"actionUrl\":                    ",
        ",\"azureTenantId\":                ",
        ",\"complianceInformation\":        ",
        ",\"controlCategory\":              ",
        ",\"controlStateUpdates\":          ",
        ",\"deprecated\":                   ",
        ",\"implementationCost\":           ",
        ",\"lastModifiedDateTime\":         ",
        ",\"maxScore\":                     ",
        ",\"rank\":                         ",
        ",\"remediation\":                  ",
        ",\"remediationImpact\":            ",
        ",\"service\":                      ",
        ",\"threats\":                      ",
        ",\"tier\":                         ",
        ",\"title\":                        ",
        ",\"userImpact\":                   ",
        ",\"vendorInformation\":            ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.secureScoreControlProfile\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "action_type", &self.action_type);
        v.field(2usize, "action_url", &self.action_url);
        v.field(3usize, "azure_tenant_id", &self.azure_tenant_id);
        v.field(4usize, "compliance_information", &self.compliance_information);
        v.field(5usize, "control_category", &self.control_category);
        v.field(6usize, "control_state_updates", &self.control_state_updates);
        v.field(7usize, "deprecated", &self.deprecated);
        v.field(8usize, "implementation_cost", &self.implementation_cost);
        v.field(9usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(10usize, "max_score", &self.max_score);
        v.field(11usize, "rank", &self.rank);
        v.field(12usize, "remediation", &self.remediation);
        v.field(13usize, "remediation_impact", &self.remediation_impact);
        v.field(14usize, "service", &self.service);
        v.field(15usize, "threats", &self.threats);
        v.field(16usize, "tier", &self.tier);
        v.field(17usize, "title", &self.title);
        v.field(18usize, "user_impact", &self.user_impact);
        v.field(19usize, "vendor_information", &self.vendor_information);
    }
}
#[cfg(msgraph_beta_search_or_security)]
impl rt::object::Members for SecureScoreControlProfile {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.action_type.read_from(r),
            2usize => self.action_url.read_from(r),
            3usize => self.azure_tenant_id.read_from(r),
            4usize => self.compliance_information.read_from(r),
            5usize => self.control_category.read_from(r),
            6usize => self.control_state_updates.read_from(r),
            7usize => self.deprecated.read_from(r),
            8usize => self.implementation_cost.read_from(r),
            9usize => self.last_modified_date_time.read_from(r),
            10usize => self.max_score.read_from(r),
            11usize => self.rank.read_from(r),
            12usize => self.remediation.read_from(r),
            13usize => self.remediation_impact.read_from(r),
            14usize => self.service.read_from(r),
            15usize => self.threats.read_from(r),
            16usize => self.tier.read_from(r),
            17usize => self.title.read_from(r),
            18usize => self.user_impact.read_from(r),
            19usize => self.vendor_information.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.action_type);
        w.field(2usize, &self.action_url);
        w.field(3usize, &self.azure_tenant_id);
        w.field(4usize, &self.compliance_information);
        w.field(5usize, &self.control_category);
        w.field(6usize, &self.control_state_updates);
        w.field(7usize, &self.deprecated);
        w.field(8usize, &self.implementation_cost);
        w.field(9usize, &self.last_modified_date_time);
        w.field(10usize, &self.max_score);
        w.field(11usize, &self.rank);
        w.field(12usize, &self.remediation);
        w.field(13usize, &self.remediation_impact);
        w.field(14usize, &self.service);
        w.field(15usize, &self.threats);
        w.field(16usize, &self.tier);
        w.field(17usize, &self.title);
        w.field(18usize, &self.user_impact);
        w.field(19usize, &self.vendor_information);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_search_or_security)]
rt::impl_object!(SecureScoreControlProfile);
#[cfg(msgraph_beta_search_or_security)]
rt::impl_setters!(
    SecureScoreControlProfile { with_id id : ::std::string::String; with_action_type
    action_type : ::std::string::String; with_action_url action_url :
    ::std::string::String; with_azure_tenant_id azure_tenant_id : ::std::string::String;
    with_compliance_information compliance_information : ::std::vec::Vec < crate
    ::beta::ComplianceInformation >; with_control_category control_category :
    ::std::string::String; with_control_state_updates control_state_updates :
    ::std::vec::Vec < crate ::beta::SecureScoreControlStateUpdate >; with_deprecated
    deprecated : bool; with_implementation_cost implementation_cost :
    ::std::string::String; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_max_score max_score : f64; with_rank rank : i32;
    with_remediation remediation : ::std::string::String; with_remediation_impact
    remediation_impact : ::std::string::String; with_service service :
    ::std::string::String; with_threats threats : ::std::vec::Vec < ::std::string::String
    >; with_tier tier : ::std::string::String; with_title title : ::std::string::String;
    with_user_impact user_impact : ::std::string::String; with_vendor_information
    vendor_information : crate ::beta::SecurityVendorInformation; }
);
#[cfg(msgraph_beta_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(SecureScoreControlProfile);
#[cfg(msgraph_beta_search_or_security)]
/// CSDL: `microsoft.graph.secureScoreControlStateUpdate`, complex type.
///
/// Features: `beta`, or one of `beta-search`, `beta-security`.
#[derive(Clone)]
pub struct SecureScoreControlStateUpdate {
    /// CSDL: property `assignedTo`: `Edm.String`, nullable.
    pub assigned_to: rt::Field<::std::string::String>,
    /// CSDL: property `comment`: `Edm.String`, nullable.
    pub comment: rt::Field<::std::string::String>,
    /// CSDL: property `state`: `Edm.String`, nullable.
    pub state: rt::Field<::std::string::String>,
    /// CSDL: property `updatedBy`: `Edm.String`, nullable.
    pub updated_by: rt::Field<::std::string::String>,
    /// CSDL: property `updatedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub updated_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_search_or_security)]
impl ::std::default::Default for SecureScoreControlStateUpdate {
    #[inline]
    fn default() -> Self {
        Self {
            assigned_to: rt::Field::Absent,
            comment: rt::Field::Absent,
            state: rt::Field::Absent,
            updated_by: rt::Field::Absent,
            updated_date_time: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_search_or_security)]
impl rt::Object for SecureScoreControlStateUpdate {
    const TYPE_NAME: &'static str = "microsoft.graph.secureScoreControlStateUpdate";
    const KEYS: &'static [&'static str] = &[
        "assignedTo",
        "comment",
        "state",
        "updatedBy",
        "updatedDateTime",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"assignedTo\":                   ",
        ",\"comment\":                      ",
        ",\"state\":                        ",
        ",\"updatedBy\":                    ",
        ",\"updatedDateTime\":              ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.secureScoreControlStateUpdate\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "assigned_to", &self.assigned_to);
        v.field(1usize, "comment", &self.comment);
        v.field(2usize, "state", &self.state);
        v.field(3usize, "updated_by", &self.updated_by);
        v.field(4usize, "updated_date_time", &self.updated_date_time);
    }
}
#[cfg(msgraph_beta_search_or_security)]
impl rt::object::Members for SecureScoreControlStateUpdate {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.assigned_to.read_from(r),
            1usize => self.comment.read_from(r),
            2usize => self.state.read_from(r),
            3usize => self.updated_by.read_from(r),
            4usize => self.updated_date_time.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.assigned_to);
        w.field(1usize, &self.comment);
        w.field(2usize, &self.state);
        w.field(3usize, &self.updated_by);
        w.field(4usize, &self.updated_date_time);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_search_or_security)]
rt::impl_object!(SecureScoreControlStateUpdate);
#[cfg(msgraph_beta_search_or_security)]
rt::impl_setters!(
    SecureScoreControlStateUpdate { with_assigned_to assigned_to : ::std::string::String;
    with_comment comment : ::std::string::String; with_state state :
    ::std::string::String; with_updated_by updated_by : ::std::string::String;
    with_updated_date_time updated_date_time : rt::edm::DateTimeOffset; }
);
#[cfg(msgraph_beta_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(SecureScoreControlStateUpdate);
#[cfg(msgraph_beta_security)]
/// CSDL: `microsoft.graph.security`, entity type.
///
/// Request builders: [`SecurityPath`](requests/trait.SecurityPath.html), what a path to one (`EntityPath<Security, C>`) dereferences to.
///
/// Features: `beta` or `beta-security`.
#[derive(Clone)]
pub struct Security {
    /// CSDL: property `providerStatus`: `Collection(microsoft.graph.securityProviderStatus)`, nullable.
    pub provider_status: rt::Field<::std::vec::Vec<crate::beta::SecurityProviderStatus>>,
    /// CSDL: containment navigation property `alerts`: `Collection(microsoft.graph.alert)`, not nullable.
    pub alerts: rt::Field<::std::vec::Vec<crate::beta::Alert>>,
    /// CSDL: containment navigation property `cloudAppSecurityProfiles`: `Collection(microsoft.graph.cloudAppSecurityProfile)`, not nullable.
    pub cloud_app_security_profiles: rt::Field<
        ::std::vec::Vec<crate::beta::CloudAppSecurityProfile>,
    >,
    /// CSDL: containment navigation property `domainSecurityProfiles`: `Collection(microsoft.graph.domainSecurityProfile)`, not nullable.
    pub domain_security_profiles: rt::Field<
        ::std::vec::Vec<crate::beta::DomainSecurityProfile>,
    >,
    /// CSDL: containment navigation property `fileSecurityProfiles`: `Collection(microsoft.graph.fileSecurityProfile)`, not nullable.
    pub file_security_profiles: rt::Field<
        ::std::vec::Vec<crate::beta::FileSecurityProfile>,
    >,
    /// CSDL: containment navigation property `hostSecurityProfiles`: `Collection(microsoft.graph.hostSecurityProfile)`, not nullable.
    pub host_security_profiles: rt::Field<
        ::std::vec::Vec<crate::beta::HostSecurityProfile>,
    >,
    /// CSDL: containment navigation property `ipSecurityProfiles`: `Collection(microsoft.graph.ipSecurityProfile)`, not nullable.
    pub ip_security_profiles: rt::Field<::std::vec::Vec<crate::beta::IpSecurityProfile>>,
    /// CSDL: containment navigation property `providerTenantSettings`: `Collection(microsoft.graph.providerTenantSetting)`, not nullable.
    pub provider_tenant_settings: rt::Field<
        ::std::vec::Vec<crate::beta::ProviderTenantSetting>,
    >,
    /// CSDL: containment navigation property `secureScoreControlProfiles`: `Collection(microsoft.graph.secureScoreControlProfile)`, not nullable.
    pub secure_score_control_profiles: rt::Field<
        ::std::vec::Vec<crate::beta::SecureScoreControlProfile>,
    >,
    /// CSDL: containment navigation property `secureScores`: `Collection(microsoft.graph.secureScore)`, not nullable.
    pub secure_scores: rt::Field<::std::vec::Vec<crate::beta::SecureScore>>,
    /// CSDL: containment navigation property `securityActions`: `Collection(microsoft.graph.securityAction)`, not nullable.
    pub security_actions: rt::Field<::std::vec::Vec<crate::beta::SecurityAction>>,
    /// CSDL: containment navigation property `tiIndicators`: `Collection(microsoft.graph.tiIndicator)`, not nullable.
    pub ti_indicators: rt::Field<::std::vec::Vec<crate::beta::TiIndicator>>,
    /// CSDL: containment navigation property `userSecurityProfiles`: `Collection(microsoft.graph.userSecurityProfile)`, not nullable.
    pub user_security_profiles: rt::Field<
        ::std::vec::Vec<crate::beta::UserSecurityProfile>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_security)]
impl ::std::default::Default for Security {
    #[inline]
    fn default() -> Self {
        Self {
            provider_status: rt::Field::Absent,
            alerts: rt::Field::Absent,
            cloud_app_security_profiles: rt::Field::Absent,
            domain_security_profiles: rt::Field::Absent,
            file_security_profiles: rt::Field::Absent,
            host_security_profiles: rt::Field::Absent,
            ip_security_profiles: rt::Field::Absent,
            provider_tenant_settings: rt::Field::Absent,
            secure_score_control_profiles: rt::Field::Absent,
            secure_scores: rt::Field::Absent,
            security_actions: rt::Field::Absent,
            ti_indicators: rt::Field::Absent,
            user_security_profiles: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_security)]
impl rt::Object for Security {
    const TYPE_NAME: &'static str = "microsoft.graph.security";
    const KEYS: &'static [&'static str] = &[
        "providerStatus",
        "alerts",
        "cloudAppSecurityProfiles",
        "domainSecurityProfiles",
        "fileSecurityProfiles",
        "hostSecurityProfiles",
        "ipSecurityProfiles",
        "providerTenantSettings",
        "secureScoreControlProfiles",
        "secureScores",
        "securityActions",
        "tiIndicators",
        "userSecurityProfiles",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"providerStatus\":               ",
        ",\"alerts\":                       ",
        ",\"cloudAppSecurityProfiles\":     ",
        ",\"domainSecurityProfiles\":       ",
        ",\"fileSecurityProfiles\":         ",
        ",\"hostSecurityProfiles\":         ",
        ",\"ipSecurityProfiles\":           ",
        ",\"providerTenantSettings\":       ",
        ",\"secureScoreControlProfiles\":   ",
        ",\"secureScores\":                 ",
        ",\"securityActions\":              ",
        ",\"tiIndicators\":                 ",
        ",\"userSecurityProfiles\":         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.security\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "provider_status", &self.provider_status);
        v.field(1usize, "alerts", &self.alerts);
        v.field(
            2usize,
            "cloud_app_security_profiles",
            &self.cloud_app_security_profiles,
        );
        v.field(3usize, "domain_security_profiles", &self.domain_security_profiles);
        v.field(4usize, "file_security_profiles", &self.file_security_profiles);
        v.field(5usize, "host_security_profiles", &self.host_security_profiles);
        v.field(6usize, "ip_security_profiles", &self.ip_security_profiles);
        v.field(7usize, "provider_tenant_settings", &self.provider_tenant_settings);
        v.field(
            8usize,
            "secure_score_control_profiles",
            &self.secure_score_control_profiles,
        );
        v.field(9usize, "secure_scores", &self.secure_scores);
        v.field(10usize, "security_actions", &self.security_actions);
        v.field(11usize, "ti_indicators", &self.ti_indicators);
        v.field(12usize, "user_security_profiles", &self.user_security_profiles);
    }
}
#[cfg(msgraph_beta_security)]
impl rt::object::Members for Security {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.provider_status.read_from(r),
            1usize => self.alerts.read_from(r),
            2usize => self.cloud_app_security_profiles.read_from(r),
            3usize => self.domain_security_profiles.read_from(r),
            4usize => self.file_security_profiles.read_from(r),
            5usize => self.host_security_profiles.read_from(r),
            6usize => self.ip_security_profiles.read_from(r),
            7usize => self.provider_tenant_settings.read_from(r),
            8usize => self.secure_score_control_profiles.read_from(r),
            9usize => self.secure_scores.read_from(r),
            10usize => self.security_actions.read_from(r),
            11usize => self.ti_indicators.read_from(r),
            12usize => self.user_security_profiles.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.provider_status);
        w.field(1usize, &self.alerts);
        w.field(2usize, &self.cloud_app_security_profiles);
        w.field(3usize, &self.domain_security_profiles);
        w.field(4usize, &self.file_security_profiles);
        w.field(5usize, &self.host_security_profiles);
        w.field(6usize, &self.ip_security_profiles);
        w.field(7usize, &self.provider_tenant_settings);
        w.field(8usize, &self.secure_score_control_profiles);
        w.field(9usize, &self.secure_scores);
        w.field(10usize, &self.security_actions);
        w.field(11usize, &self.ti_indicators);
        w.field(12usize, &self.user_security_profiles);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_security)]
rt::impl_object!(Security);
#[cfg(msgraph_beta_security)]
rt::impl_setters!(
    Security { with_provider_status provider_status : ::std::vec::Vec < crate
    ::beta::SecurityProviderStatus >; with_alerts alerts : ::std::vec::Vec < crate
    ::beta::Alert >; with_cloud_app_security_profiles cloud_app_security_profiles :
    ::std::vec::Vec < crate ::beta::CloudAppSecurityProfile >;
    with_domain_security_profiles domain_security_profiles : ::std::vec::Vec < crate
    ::beta::DomainSecurityProfile >; with_file_security_profiles file_security_profiles :
    ::std::vec::Vec < crate ::beta::FileSecurityProfile >; with_host_security_profiles
    host_security_profiles : ::std::vec::Vec < crate ::beta::HostSecurityProfile >;
    with_ip_security_profiles ip_security_profiles : ::std::vec::Vec < crate
    ::beta::IpSecurityProfile >; with_provider_tenant_settings provider_tenant_settings :
    ::std::vec::Vec < crate ::beta::ProviderTenantSetting >;
    with_secure_score_control_profiles secure_score_control_profiles : ::std::vec::Vec <
    crate ::beta::SecureScoreControlProfile >; with_secure_scores secure_scores :
    ::std::vec::Vec < crate ::beta::SecureScore >; with_security_actions security_actions
    : ::std::vec::Vec < crate ::beta::SecurityAction >; with_ti_indicators ti_indicators
    : ::std::vec::Vec < crate ::beta::TiIndicator >; with_user_security_profiles
    user_security_profiles : ::std::vec::Vec < crate ::beta::UserSecurityProfile >; }
);
#[cfg(msgraph_beta_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(Security);
#[cfg(msgraph_beta_search_or_security)]
/// CSDL: `microsoft.graph.securityAction`, entity type, derived from `microsoft.graph.entity`, open, key `id`.
///
/// Request builders: [`SecurityActionPath`](requests/trait.SecurityActionPath.html), what a path to one (`EntityPath<SecurityAction, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-search`, `beta-security`.
#[derive(Clone)]
pub struct SecurityAction {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `actionReason`: `Edm.String`, nullable.
    pub action_reason: rt::Field<::std::string::String>,
    /// CSDL: property `appId`: `Edm.String`, nullable.
    pub app_id: rt::Field<::std::string::String>,
    /// CSDL: property `azureTenantId`: `Edm.String`, nullable.
    pub azure_tenant_id: rt::Field<::std::string::String>,
    /// CSDL: property `clientContext`: `Edm.String`, nullable.
    pub client_context: rt::Field<::std::string::String>,
    /// CSDL: property `completedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub completed_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `errorInfo`: `microsoft.graph.resultInfo`, nullable.
    pub error_info: rt::Field<crate::beta::ResultInfo>,
    /// CSDL: property `lastActionDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_action_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// CSDL: property `parameters`: `Collection(microsoft.graph.keyValuePair)`, nullable.
    pub parameters: rt::Field<::std::vec::Vec<crate::beta::KeyValuePair>>,
    /// CSDL: property `states`: `Collection(microsoft.graph.securityActionState)`, nullable.
    pub states: rt::Field<::std::vec::Vec<crate::beta::SecurityActionState>>,
    /// CSDL: property `status`: `microsoft.graph.operationStatus`, nullable.
    pub status: rt::Field<crate::beta::OperationStatus>,
    /// CSDL: property `user`: `Edm.String`, nullable.
    pub user: rt::Field<::std::string::String>,
    /// CSDL: property `vendorInformation`: `microsoft.graph.securityVendorInformation`, nullable.
    pub vendor_information: rt::Field<crate::beta::SecurityVendorInformation>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_search_or_security)]
impl ::std::default::Default for SecurityAction {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            action_reason: rt::Field::Absent,
            app_id: rt::Field::Absent,
            azure_tenant_id: rt::Field::Absent,
            client_context: rt::Field::Absent,
            completed_date_time: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            error_info: rt::Field::Absent,
            last_action_date_time: rt::Field::Absent,
            name: rt::Field::Absent,
            parameters: rt::Field::Absent,
            states: rt::Field::Absent,
            status: rt::Field::Absent,
            user: rt::Field::Absent,
            vendor_information: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_search_or_security)]
impl rt::Object for SecurityAction {
    const TYPE_NAME: &'static str = "microsoft.graph.securityAction";
    const KEYS: &'static [&'static str] = &[
        "id",
        "actionReason",
        "appId",
        "azureTenantId",
        "clientContext",
        "completedDateTime",
        "createdDateTime",
        "errorInfo",
        "lastActionDateTime",
        "name",
        "parameters",
        "states",
        "status",
        "user",
        "vendorInformation",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"actionReason\":                 ",
        ",\"appId\":                        ",
        ",\"azureTenantId\":                ",
        ",\"clientContext\":                ",
        ",\"completedDateTime\":            ",
        ",\"createdDateTime\":              ",
        ",\"errorInfo\":                    ",
        ",\"lastActionDateTime\":           ",
        ",\"name\":                         ",
        ",\"parameters\":                   ",
        ",\"states\":                       ",
        ",\"status\":                       ",
        ",\"user\":                         ",
        ",\"vendorInformation\":            ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.securityAction\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "action_reason", &self.action_reason);
        v.field(2usize, "app_id", &self.app_id);
        v.field(3usize, "azure_tenant_id", &self.azure_tenant_id);
        v.field(4usize, "client_context", &self.client_context);
        v.field(5usize, "completed_date_time", &self.completed_date_time);
        v.field(6usize, "created_date_time", &self.created_date_time);
        v.field(7usize, "error_info", &self.error_info);
        v.field(8usize, "last_action_date_time", &self.last_action_date_time);
        v.field(9usize, "name", &self.name);
        v.field(10usize, "parameters", &self.parameters);
        v.field(11usize, "states", &self.states);
        v.field(12usize, "status", &self.status);
        v.field(13usize, "user", &self.user);
        v.field(14usize, "vendor_information", &self.vendor_information);
    }
}
#[cfg(msgraph_beta_search_or_security)]
impl rt::object::Members for SecurityAction {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.action_reason.read_from(r),
            2usize => self.app_id.read_from(r),
            3usize => self.azure_tenant_id.read_from(r),
            4usize => self.client_context.read_from(r),
            5usize => self.completed_date_time.read_from(r),
            6usize => self.created_date_time.read_from(r),
            7usize => self.error_info.read_from(r),
            8usize => self.last_action_date_time.read_from(r),
            9usize => self.name.read_from(r),
            10usize => self.parameters.read_from(r),
            11usize => self.states.read_from(r),
            12usize => self.status.read_from(r),
            13usize => self.user.read_from(r),
            14usize => self.vendor_information.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.action_reason);
        w.field(2usize, &self.app_id);
        w.field(3usize, &self.azure_tenant_id);
        w.field(4usize, &self.client_context);
        w.field(5usize, &self.completed_date_time);
        w.field(6usize, &self.created_date_time);
        w.field(7usize, &self.error_info);
        w.field(8usize, &self.last_action_date_time);
        w.field(9usize, &self.name);
        w.field(10usize, &self.parameters);
        w.field(11usize, &self.states);
        w.field(12usize, &self.status);
        w.field(13usize, &self.user);
        w.field(14usize, &self.vendor_information);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_search_or_security)]
rt::impl_object!(SecurityAction);
#[cfg(msgraph_beta_search_or_security)]
rt::impl_setters!(
    SecurityAction { with_id id : ::std::string::String; with_action_reason action_reason
    : ::std::string::String; with_app_id app_id : ::std::string::String;
    with_azure_tenant_id azure_tenant_id : ::std::string::String; with_client_context
    client_context : ::std::string::String; with_completed_date_time completed_date_time
    : rt::edm::DateTimeOffset; with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_error_info error_info : crate ::beta::ResultInfo;
    with_last_action_date_time last_action_date_time : rt::edm::DateTimeOffset; with_name
    name : ::std::string::String; with_parameters parameters : ::std::vec::Vec < crate
    ::beta::KeyValuePair >; with_states states : ::std::vec::Vec < crate
    ::beta::SecurityActionState >; with_status status : crate ::beta::OperationStatus;
    with_user user : ::std::string::String; with_vendor_information vendor_information :
    crate ::beta::SecurityVendorInformation; }
);
#[cfg(msgraph_beta_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(SecurityAction);
#[cfg(msgraph_beta_search_or_security)]
/// CSDL: `microsoft.graph.securityActionState`, complex type.
///
/// Features: `beta`, or one of `beta-search`, `beta-security`.
#[derive(Clone)]
pub struct SecurityActionState {
    /// CSDL: property `appId`: `Edm.String`, nullable.
    pub app_id: rt::Field<::std::string::String>,
    /// CSDL: property `status`: `microsoft.graph.operationStatus`, nullable.
    pub status: rt::Field<crate::beta::OperationStatus>,
    /// CSDL: property `updatedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub updated_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `user`: `Edm.String`, nullable.
    pub user: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_search_or_security)]
impl ::std::default::Default for SecurityActionState {
    #[inline]
    fn default() -> Self {
        Self {
            app_id: rt::Field::Absent,
            status: rt::Field::Absent,
            updated_date_time: rt::Field::Absent,
            user: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_search_or_security)]
impl rt::Object for SecurityActionState {
    const TYPE_NAME: &'static str = "microsoft.graph.securityActionState";
    const KEYS: &'static [&'static str] = &[
        "appId",
        "status",
        "updatedDateTime",
        "user",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"appId\":                        ",
        ",\"status\":                       ",
        ",\"updatedDateTime\":              ",
        ",\"user\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.securityActionState\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "app_id", &self.app_id);
        v.field(1usize, "status", &self.status);
        v.field(2usize, "updated_date_time", &self.updated_date_time);
        v.field(3usize, "user", &self.user);
    }
}
#[cfg(msgraph_beta_search_or_security)]
impl rt::object::Members for SecurityActionState {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.app_id.read_from(r),
            1usize => self.status.read_from(r),
            2usize => self.updated_date_time.read_from(r),
            3usize => self.user.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.app_id);
        w.field(1usize, &self.status);
        w.field(2usize, &self.updated_date_time);
        w.field(3usize, &self.user);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_search_or_security)]
rt::impl_object!(SecurityActionState);
#[cfg(msgraph_beta_search_or_security)]
rt::impl_setters!(
    SecurityActionState { with_app_id app_id : ::std::string::String; with_status status
    : crate ::beta::OperationStatus; with_updated_date_time updated_date_time :
    rt::edm::DateTimeOffset; with_user user : ::std::string::String; }
);
#[cfg(msgraph_beta_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(SecurityActionState);
#[cfg(msgraph_beta_device_management_or_search)]
/// The security baseline per category compliance state summary for the security baseline of the account.
///
/// CSDL: `microsoft.graph.securityBaselineCategoryStateSummary`, entity type, derived from `microsoft.graph.securityBaselineStateSummary`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct SecurityBaselineCategoryStateSummary {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Number of conflict devices
    ///
    /// CSDL: property `conflictCount`: `Edm.Int32`, not nullable.
    pub conflict_count: rt::Field<i32>,
    /// Number of error devices
    ///
    /// CSDL: property `errorCount`: `Edm.Int32`, not nullable.
    pub error_count: rt::Field<i32>,
    /// Number of not applicable devices
    ///
    /// CSDL: property `notApplicableCount`: `Edm.Int32`, not nullable.
    pub not_applicable_count: rt::Field<i32>,
    /// Number of not secure devices
    ///
    /// CSDL: property `notSecureCount`: `Edm.Int32`, not nullable.
    pub not_secure_count: rt::Field<i32>,
    /// Number of secure devices
    ///
    /// CSDL: property `secureCount`: `Edm.Int32`, not nullable.
    pub secure_count: rt::Field<i32>,
    /// Number of unknown devices
    ///
    /// CSDL: property `unknownCount`: `Edm.Int32`, not nullable.
    pub unknown_count: rt::Field<i32>,
    /// The category name
    ///
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for SecurityBaselineCategoryStateSummary {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            conflict_count: rt::Field::Absent,
            error_count: rt::Field::Absent,
            not_applicable_count: rt::Field::Absent,
            not_secure_count: rt::Field::Absent,
            secure_count: rt::Field::Absent,
            unknown_count: rt::Field::Absent,
            display_name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for SecurityBaselineCategoryStateSummary {
    const TYPE_NAME: &'static str = "microsoft.graph.securityBaselineCategoryStateSummary";
    const KEYS: &'static [&'static str] = &[
        "id",
        "conflictCount",
        "errorCount",
        "notApplicableCount",
        "notSecureCount",
        "secureCount",
        "unknownCount",
        "displayName",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"conflictCount\":                ",
        ",\"errorCount\":                   ",
        ",\"notApplicableCount\":           ",
        ",\"notSecureCount\":               ",
        ",\"secureCount\":                  ",
        ",\"unknownCount\":                 ",
        ",\"displayName\":                  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.securityBaselineCategoryStateSummary\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "conflict_count", &self.conflict_count);
        v.field(2usize, "error_count", &self.error_count);
        v.field(3usize, "not_applicable_count", &self.not_applicable_count);
        v.field(4usize, "not_secure_count", &self.not_secure_count);
        v.field(5usize, "secure_count", &self.secure_count);
        v.field(6usize, "unknown_count", &self.unknown_count);
        v.field(7usize, "display_name", &self.display_name);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for SecurityBaselineCategoryStateSummary {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.conflict_count.read_from(r),
            2usize => self.error_count.read_from(r),
            3usize => self.not_applicable_count.read_from(r),
            4usize => self.not_secure_count.read_from(r),
            5usize => self.secure_count.read_from(r),
            6usize => self.unknown_count.read_from(r),
            7usize => self.display_name.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.conflict_count);
        w.field(2usize, &self.error_count);
        w.field(3usize, &self.not_applicable_count);
        w.field(4usize, &self.not_secure_count);
        w.field(5usize, &self.secure_count);
        w.field(6usize, &self.unknown_count);
        w.field(7usize, &self.display_name);
    }
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
rt::impl_object!(SecurityBaselineCategoryStateSummary);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    SecurityBaselineCategoryStateSummary { with_id id : ::std::string::String;
    with_conflict_count conflict_count : i32; with_error_count error_count : i32;
    with_not_applicable_count not_applicable_count : i32; with_not_secure_count
    not_secure_count : i32; with_secure_count secure_count : i32; with_unknown_count
    unknown_count : i32; with_display_name display_name : ::std::string::String; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(SecurityBaselineCategoryStateSummary);
#[cfg(msgraph_beta_device_management_or_search)]
/// The security baseline compliance state summary of the security baseline for a device.
///
/// CSDL: `microsoft.graph.securityBaselineDeviceState`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct SecurityBaselineDeviceState {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Display name of the device
    ///
    /// CSDL: property `deviceDisplayName`: `Edm.String`, nullable.
    pub device_display_name: rt::Field<::std::string::String>,
    /// Last modified date time of the policy report
    ///
    /// CSDL: property `lastReportedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_reported_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Intune device id
    ///
    /// CSDL: property `managedDeviceId`: `Edm.String`, nullable.
    pub managed_device_id: rt::Field<::std::string::String>,
    /// Security baseline compliance state
    ///
    /// CSDL: property `state`: `microsoft.graph.securityBaselineComplianceState`, not nullable.
    pub state: rt::Field<crate::beta::SecurityBaselineComplianceState>,
    /// User Principal Name
    ///
    /// CSDL: property `userPrincipalName`: `Edm.String`, nullable.
    pub user_principal_name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for SecurityBaselineDeviceState {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            device_display_name: rt::Field::Absent,
            last_reported_date_time: rt::Field::Absent,
            managed_device_id: rt::Field::Absent,
            state: rt::Field::Absent,
            user_principal_name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for SecurityBaselineDeviceState {
    const TYPE_NAME: &'static str = "microsoft.graph.securityBaselineDeviceState";
    const KEYS: &'static [&'static str] = &[
        "id",
        "deviceDisplayName",
        "lastReportedDateTime",
        "managedDeviceId",
        "state",
        "userPrincipalName",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"deviceDisplayName\":            ",
        ",\"lastReportedDateTime\":         ",
        ",\"managedDeviceId\":              ",
        ",\"state\":                        ",
        ",\"userPrincipalName\":            ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.securityBaselineDeviceState\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "device_display_name", &self.device_display_name);
        v.field(2usize, "last_reported_date_time", &self.last_reported_date_time);
        v.field(3usize, "managed_device_id", &self.managed_device_id);
        v.field(4usize, "state", &self.state);
        v.field(5usize, "user_principal_name", &self.user_principal_name);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for SecurityBaselineDeviceState {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.device_display_name.read_from(r),
            2usize => self.last_reported_date_time.read_from(r),
            3usize => self.managed_device_id.read_from(r),
            4usize => self.state.read_from(r),
            5usize => self.user_principal_name.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.device_display_name);
        w.field(2usize, &self.last_reported_date_time);
        w.field(3usize, &self.managed_device_id);
        w.field(4usize, &self.state);
        w.field(5usize, &self.user_principal_name);
    }
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
rt::impl_object!(SecurityBaselineDeviceState);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    SecurityBaselineDeviceState { with_id id : ::std::string::String;
    with_device_display_name device_display_name : ::std::string::String;
    with_last_reported_date_time last_reported_date_time : rt::edm::DateTimeOffset;
    with_managed_device_id managed_device_id : ::std::string::String; with_state state :
    crate ::beta::SecurityBaselineComplianceState; with_user_principal_name
    user_principal_name : ::std::string::String; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(SecurityBaselineDeviceState);
#[cfg(msgraph_beta_device_management_or_search)]
/// The security baseline compliance state summary for the security baseline of the account.
///
/// CSDL: `microsoft.graph.securityBaselineStateSummary`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct SecurityBaselineStateSummary {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Number of conflict devices
    ///
    /// CSDL: property `conflictCount`: `Edm.Int32`, not nullable.
    pub conflict_count: rt::Field<i32>,
    /// Number of error devices
    ///
    /// CSDL: property `errorCount`: `Edm.Int32`, not nullable.
    pub error_count: rt::Field<i32>,
    /// Number of not applicable devices
    ///
    /// CSDL: property `notApplicableCount`: `Edm.Int32`, not nullable.
    pub not_applicable_count: rt::Field<i32>,
    /// Number of not secure devices
    ///
    /// CSDL: property `notSecureCount`: `Edm.Int32`, not nullable.
    pub not_secure_count: rt::Field<i32>,
    /// Number of secure devices
    ///
    /// CSDL: property `secureCount`: `Edm.Int32`, not nullable.
    pub secure_count: rt::Field<i32>,
    /// Number of unknown devices
    ///
    /// CSDL: property `unknownCount`: `Edm.Int32`, not nullable.
    pub unknown_count: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for SecurityBaselineStateSummary {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            conflict_count: rt::Field::Absent,
            error_count: rt::Field::Absent,
            not_applicable_count: rt::Field::Absent,
            not_secure_count: rt::Field::Absent,
            secure_count: rt::Field::Absent,
            unknown_count: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for SecurityBaselineStateSummary {
    const TYPE_NAME: &'static str = "microsoft.graph.securityBaselineStateSummary";
    const KEYS: &'static [&'static str] = &[
        "id",
        "conflictCount",
        "errorCount",
        "notApplicableCount",
        "notSecureCount",
        "secureCount",
        "unknownCount",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"conflictCount\":                ",
        ",\"errorCount\":                   ",
        ",\"notApplicableCount\":           ",
        ",\"notSecureCount\":               ",
        ",\"secureCount\":                  ",
        ",\"unknownCount\":                 ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.securityBaselineStateSummary\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "conflict_count", &self.conflict_count);
        v.field(2usize, "error_count", &self.error_count);
        v.field(3usize, "not_applicable_count", &self.not_applicable_count);
        v.field(4usize, "not_secure_count", &self.not_secure_count);
        v.field(5usize, "secure_count", &self.secure_count);
        v.field(6usize, "unknown_count", &self.unknown_count);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for SecurityBaselineStateSummary {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.conflict_count.read_from(r),
            2usize => self.error_count.read_from(r),
            3usize => self.not_applicable_count.read_from(r),
            4usize => self.not_secure_count.read_from(r),
            5usize => self.secure_count.read_from(r),
            6usize => self.unknown_count.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.conflict_count);
        w.field(2usize, &self.error_count);
        w.field(3usize, &self.not_applicable_count);
        w.field(4usize, &self.not_secure_count);
        w.field(5usize, &self.secure_count);
        w.field(6usize, &self.unknown_count);
    }
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
rt::impl_object!(SecurityBaselineStateSummary);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    SecurityBaselineStateSummary { with_id id : ::std::string::String;
    with_conflict_count conflict_count : i32; with_error_count error_count : i32;
    with_not_applicable_count not_applicable_count : i32; with_not_secure_count
    not_secure_count : i32; with_secure_count secure_count : i32; with_unknown_count
    unknown_count : i32; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(SecurityBaselineStateSummary);
#[cfg(msgraph_beta_device_management_or_search)]
/// `microsoft.graph.securityBaselineStateSummary` or any type derived from it, selected by `@odata.type` (2 types); each variant's type converts into it (`From`).
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnySecurityBaselineStateSummary {
    SecurityBaselineStateSummary(
        ::std::boxed::Box<crate::beta::SecurityBaselineStateSummary>,
    ),
    SecurityBaselineCategoryStateSummary(
        ::std::boxed::Box<crate::beta::SecurityBaselineCategoryStateSummary>,
    ),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for AnySecurityBaselineStateSummary {
    #[inline]
    fn default() -> Self {
        Self::SecurityBaselineStateSummary(::std::default::Default::default())
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::SecurityBaselineStateSummary>
for AnySecurityBaselineStateSummary {
    #[inline]
    fn from(v: crate::beta::SecurityBaselineStateSummary) -> Self {
        Self::SecurityBaselineStateSummary(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::SecurityBaselineCategoryStateSummary>
for AnySecurityBaselineStateSummary {
    #[inline]
    fn from(v: crate::beta::SecurityBaselineCategoryStateSummary) -> Self {
        Self::SecurityBaselineCategoryStateSummary(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
unsafe impl ::std::marker::Send for AnySecurityBaselineStateSummary {}
#[cfg(msgraph_beta_device_management_or_search)]
unsafe impl ::std::marker::Sync for AnySecurityBaselineStateSummary {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::marker::Unpin for AnySecurityBaselineStateSummary {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::panic::UnwindSafe for AnySecurityBaselineStateSummary {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::panic::RefUnwindSafe for AnySecurityBaselineStateSummary {}
#[cfg(msgraph_beta_device_management_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::beta::SecurityBaselineStateSummary>();
    rt::object::auto_traits::<crate::beta::SecurityBaselineCategoryStateSummary>();
};
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Poly for AnySecurityBaselineStateSummary {
    const BASE_NAME: &'static str = "microsoft.graph.securityBaselineStateSummary";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some(
                "microsoft.graph.securityBaselineCategoryStateSummary",
            ) => Self::SecurityBaselineCategoryStateSummary(rt::object::new_boxed()),
            _ => Self::SecurityBaselineStateSummary(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::SecurityBaselineStateSummary(v) => &**v,
            Self::SecurityBaselineCategoryStateSummary(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::SecurityBaselineStateSummary(v) => &mut **v,
            Self::SecurityBaselineCategoryStateSummary(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl AnySecurityBaselineStateSummary {
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
            Self::SecurityBaselineStateSummary(v) => &v.id,
            Self::SecurityBaselineCategoryStateSummary(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::SecurityBaselineStateSummary(v) => &mut v.id,
            Self::SecurityBaselineCategoryStateSummary(v) => &mut v.id,
        }
    }
    /// `conflictCount` of any variant.
    #[inline]
    pub fn conflict_count(&self) -> &rt::Field<i32> {
        match self {
            Self::SecurityBaselineStateSummary(v) => &v.conflict_count,
            Self::SecurityBaselineCategoryStateSummary(v) => &v.conflict_count,
        }
    }
    /// `conflictCount` of any variant.
    #[inline]
    pub fn conflict_count_mut(&mut self) -> &mut rt::Field<i32> {
        match self {
            Self::SecurityBaselineStateSummary(v) => &mut v.conflict_count,
            Self::SecurityBaselineCategoryStateSummary(v) => &mut v.conflict_count,
        }
    }
    /// `errorCount` of any variant.
    #[inline]
    pub fn error_count(&self) -> &rt::Field<i32> {
        match self {
            Self::SecurityBaselineStateSummary(v) => &v.error_count,
            Self::SecurityBaselineCategoryStateSummary(v) => &v.error_count,
        }
    }
    /// `errorCount` of any variant.
    #[inline]
    pub fn error_count_mut(&mut self) -> &mut rt::Field<i32> {
        match self {
            Self::SecurityBaselineStateSummary(v) => &mut v.error_count,
            Self::SecurityBaselineCategoryStateSummary(v) => &mut v.error_count,
        }
    }
    /// `notApplicableCount` of any variant.
    #[inline]
    pub fn not_applicable_count(&self) -> &rt::Field<i32> {
        match self {
            Self::SecurityBaselineStateSummary(v) => &v.not_applicable_count,
            Self::SecurityBaselineCategoryStateSummary(v) => &v.not_applicable_count,
        }
    }
    /// `notApplicableCount` of any variant.
    #[inline]
    pub fn not_applicable_count_mut(&mut self) -> &mut rt::Field<i32> {
        match self {
            Self::SecurityBaselineStateSummary(v) => &mut v.not_applicable_count,
            Self::SecurityBaselineCategoryStateSummary(v) => &mut v.not_applicable_count,
        }
    }
    /// `notSecureCount` of any variant.
    #[inline]
    pub fn not_secure_count(&self) -> &rt::Field<i32> {
        match self {
            Self::SecurityBaselineStateSummary(v) => &v.not_secure_count,
            Self::SecurityBaselineCategoryStateSummary(v) => &v.not_secure_count,
        }
    }
    /// `notSecureCount` of any variant.
    #[inline]
    pub fn not_secure_count_mut(&mut self) -> &mut rt::Field<i32> {
        match self {
            Self::SecurityBaselineStateSummary(v) => &mut v.not_secure_count,
            Self::SecurityBaselineCategoryStateSummary(v) => &mut v.not_secure_count,
        }
    }
    /// `secureCount` of any variant.
    #[inline]
    pub fn secure_count(&self) -> &rt::Field<i32> {
        match self {
            Self::SecurityBaselineStateSummary(v) => &v.secure_count,
            Self::SecurityBaselineCategoryStateSummary(v) => &v.secure_count,
        }
    }
    /// `secureCount` of any variant.
    #[inline]
    pub fn secure_count_mut(&mut self) -> &mut rt::Field<i32> {
        match self {
            Self::SecurityBaselineStateSummary(v) => &mut v.secure_count,
            Self::SecurityBaselineCategoryStateSummary(v) => &mut v.secure_count,
        }
    }
    /// `unknownCount` of any variant.
    #[inline]
    pub fn unknown_count(&self) -> &rt::Field<i32> {
        match self {
            Self::SecurityBaselineStateSummary(v) => &v.unknown_count,
            Self::SecurityBaselineCategoryStateSummary(v) => &v.unknown_count,
        }
    }
    /// `unknownCount` of any variant.
    #[inline]
    pub fn unknown_count_mut(&mut self) -> &mut rt::Field<i32> {
        match self {
            Self::SecurityBaselineStateSummary(v) => &mut v.unknown_count,
            Self::SecurityBaselineCategoryStateSummary(v) => &mut v.unknown_count,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_poly!(AnySecurityBaselineStateSummary);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnySecurityBaselineStateSummary);
#[cfg(msgraph_beta_device_management_or_search)]
/// The security baseline template of the account
///
/// CSDL: `microsoft.graph.securityBaselineTemplate`, entity type, derived from `microsoft.graph.deviceManagementTemplate`, key `id`.
///
/// Request builders: [`SecurityBaselineTemplatePath`](requests/trait.SecurityBaselineTemplatePath.html), what a path to one (`EntityPath<SecurityBaselineTemplate, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct SecurityBaselineTemplate {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// The template's description
    ///
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// The template's display name
    ///
    /// CSDL: property `displayName`: `Edm.String`, not nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// Number of Intents created from this template.
    ///
    /// CSDL: property `intentCount`: `Edm.Int32`, not nullable.
    pub intent_count: rt::Field<i32>,
    /// The template is deprecated or not. Intents cannot be created from a deprecated template.
    ///
    /// CSDL: property `isDeprecated`: `Edm.Boolean`, not nullable.
    pub is_deprecated: rt::Field<bool>,
    /// The template's platform.
    ///
    /// CSDL: property `platformType`: `microsoft.graph.policyPlatformType`, not nullable.
    pub platform_type: rt::Field<crate::beta::PolicyPlatformType>,
    /// When the template was published
    ///
    /// CSDL: property `publishedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub published_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// The template's subtype.
    ///
    /// CSDL: property `templateSubtype`: `microsoft.graph.deviceManagementTemplateSubtype`, not nullable.
    pub template_subtype: rt::Field<crate::beta::DeviceManagementTemplateSubtype>,
    /// The template's type.
    ///
    /// CSDL: property `templateType`: `microsoft.graph.deviceManagementTemplateType`, not nullable.
    pub template_type: rt::Field<crate::beta::DeviceManagementTemplateType>,
    /// The template's version information
    ///
    /// CSDL: property `versionInfo`: `Edm.String`, nullable.
    pub version_info: rt::Field<::std::string::String>,
    /// Collection of setting categories within the template
    ///
    /// CSDL: containment navigation property `categories`: `Collection(microsoft.graph.deviceManagementTemplateSettingCategory)`, not nullable.
    pub categories: rt::Field<
        ::std::vec::Vec<crate::beta::DeviceManagementTemplateSettingCategory>,
    >,
    /// Collection of templates this template can migrate to
    ///
    /// CSDL: containment navigation property `migratableTo`: `Collection(microsoft.graph.deviceManagementTemplate)`, not nullable.
    pub migratable_to: rt::Field<
        ::std::vec::Vec<crate::beta::AnyDeviceManagementTemplate>,
    >,
    /// Collection of all settings this template has
    ///
    /// CSDL: containment navigation property `settings`: `Collection(microsoft.graph.deviceManagementSettingInstance)`, not nullable.
    pub settings: rt::Field<
        ::std::vec::Vec<crate::beta::AnyDeviceManagementSettingInstance>,
    >,
    /// The security baseline per category device state summary
    ///
    /// CSDL: containment navigation property `categoryDeviceStateSummaries`: `Collection(microsoft.graph.securityBaselineCategoryStateSummary)`, not nullable.
    pub category_device_state_summaries: rt::Field<
        ::std::vec::Vec<crate::beta::SecurityBaselineCategoryStateSummary>,
    >,
    /// The security baseline device states
    ///
    /// CSDL: containment navigation property `deviceStates`: `Collection(microsoft.graph.securityBaselineDeviceState)`, not nullable.
    pub device_states: rt::Field<
        ::std::vec::Vec<crate::beta::SecurityBaselineDeviceState>,
    >,
    /// The security baseline device state summary
    ///
    /// CSDL: containment navigation property `deviceStateSummary`: `microsoft.graph.securityBaselineStateSummary`, nullable.
    pub device_state_summary: rt::Field<crate::beta::AnySecurityBaselineStateSummary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for SecurityBaselineTemplate {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            intent_count: rt::Field::Absent,
            is_deprecated: rt::Field::Absent,
            platform_type: rt::Field::Absent,
            published_date_time: rt::Field::Absent,
            template_subtype: rt::Field::Absent,
            template_type: rt::Field::Absent,
            version_info: rt::Field::Absent,
            categories: rt::Field::Absent,
            migratable_to: rt::Field::Absent,
            settings: rt::Field::Absent,
            category_device_state_summaries: rt::Field::Absent,
            device_states: rt::Field::Absent,
            device_state_summary: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for SecurityBaselineTemplate {
    const TYPE_NAME: &'static str = "microsoft.graph.securityBaselineTemplate";
    const KEYS: &'static [&'static str] = &[
        "id",
        "description",
        "displayName",
        "intentCount",
        "isDeprecated",
        "platformType",
        "publishedDateTime",
        "templateSubtype",
        "templateType",
        "versionInfo",
        "categories",
        "migratableTo",
        "settings",
        "categoryDeviceStateSummaries",
        "deviceStates",
        "deviceStateSummary",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"intentCount\":                  ",
        ",\"isDeprecated\":                 ",
        ",\"platformType\":                 ",
        ",\"publishedDateTime\":            ",
        ",\"templateSubtype\":              ",
        ",\"templateType\":                 ",
        ",\"versionInfo\":                  ",
        ",\"categories\":                   ",
        ",\"migratableTo\":                 ",
        ",\"settings\":                     ",
        ",\"categoryDeviceStateSummaries\": ",
        ",\"deviceStates\":                 ",
        ",\"deviceStateSummary\":           ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.securityBaselineTemplate\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "description", &self.description);
        v.field(2usize, "display_name", &self.display_name);
        v.field(3usize, "intent_count", &self.intent_count);
        v.field(4usize, "is_deprecated", &self.is_deprecated);
        v.field(5usize, "platform_type", &self.platform_type);
        v.field(6usize, "published_date_time", &self.published_date_time);
        v.field(7usize, "template_subtype", &self.template_subtype);
        v.field(8usize, "template_type", &self.template_type);
        v.field(9usize, "version_info", &self.version_info);
        v.field(10usize, "categories", &self.categories);
        v.field(11usize, "migratable_to", &self.migratable_to);
        v.field(12usize, "settings", &self.settings);
        v.field(
            13usize,
            "category_device_state_summaries",
            &self.category_device_state_summaries,
        );
        v.field(14usize, "device_states", &self.device_states);
        v.field(15usize, "device_state_summary", &self.device_state_summary);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for SecurityBaselineTemplate {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.description.read_from(r),
            2usize => self.display_name.read_from(r),
            3usize => self.intent_count.read_from(r),
            4usize => self.is_deprecated.read_from(r),
            5usize => self.platform_type.read_from(r),
            6usize => self.published_date_time.read_from(r),
            7usize => self.template_subtype.read_from(r),
            8usize => self.template_type.read_from(r),
            9usize => self.version_info.read_from(r),
            10usize => self.categories.read_from(r),
            11usize => self.migratable_to.read_from(r),
            12usize => self.settings.read_from(r),
            13usize => self.category_device_state_summaries.read_from(r),
            14usize => self.device_states.read_from(r),
            15usize => self.device_state_summary.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.description);
        w.field(2usize, &self.display_name);
        w.field(3usize, &self.intent_count);
        w.field(4usize, &self.is_deprecated);
        w.field(5usize, &self.platform_type);
        w.field(6usize, &self.published_date_time);
        w.field(7usize, &self.template_subtype);
        w.field(8usize, &self.template_type);
        w.field(9usize, &self.version_info);
        w.field(10usize, &self.categories);
        w.field(11usize, &self.migratable_to);
        w.field(12usize, &self.settings);
        w.field(13usize, &self.category_device_state_summaries);
        w.field(14usize, &self.device_states);
        w.field(15usize, &self.device_state_summary);
    }
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
rt::impl_object!(SecurityBaselineTemplate);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    SecurityBaselineTemplate { with_id id : ::std::string::String; with_description
    description : ::std::string::String; with_display_name display_name :
    ::std::string::String; with_intent_count intent_count : i32; with_is_deprecated
    is_deprecated : bool; with_platform_type platform_type : crate
    ::beta::PolicyPlatformType; with_published_date_time published_date_time :
    rt::edm::DateTimeOffset; with_template_subtype template_subtype : crate
    ::beta::DeviceManagementTemplateSubtype; with_template_type template_type : crate
    ::beta::DeviceManagementTemplateType; with_version_info version_info :
    ::std::string::String; with_categories categories : ::std::vec::Vec < crate
    ::beta::DeviceManagementTemplateSettingCategory >; with_migratable_to migratable_to :
    ::std::vec::Vec < crate ::beta::AnyDeviceManagementTemplate >; with_settings settings
    : ::std::vec::Vec < crate ::beta::AnyDeviceManagementSettingInstance >;
    with_category_device_state_summaries category_device_state_summaries :
    ::std::vec::Vec < crate ::beta::SecurityBaselineCategoryStateSummary >;
    with_device_states device_states : ::std::vec::Vec < crate
    ::beta::SecurityBaselineDeviceState >; with_device_state_summary device_state_summary
    : crate ::beta::AnySecurityBaselineStateSummary; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(SecurityBaselineTemplate);
#[cfg(msgraph_beta_search_or_security)]
/// CSDL: `microsoft.graph.securityNetworkProtocol`, enum type.
///
/// Features: `beta`, or one of `beta-search`, `beta-security`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum SecurityNetworkProtocol {
    /// `unknown` (value -1).
    Unknown,
    /// `ip` (value 0).
    Ip,
    /// `icmp` (value 1).
    Icmp,
    /// `igmp` (value 2).
    Igmp,
    /// `ggp` (value 3).
    Ggp,
    /// `ipv4` (value 4).
    Ipv4,
    /// `tcp` (value 6).
    Tcp,
    /// `pup` (value 12).
    Pup,
    /// `udp` (value 17).
    Udp,
    /// `idp` (value 22).
    Idp,
    /// `ipv6` (value 41).
    Ipv6,
    /// `ipv6RoutingHeader` (value 43).
    Ipv6RoutingHeader,
    /// `ipv6FragmentHeader` (value 44).
    Ipv6FragmentHeader,
    /// `ipSecEncapsulatingSecurityPayload` (value 50).
    IpSecEncapsulatingSecurityPayload,
    /// `ipSecAuthenticationHeader` (value 51).
    IpSecAuthenticationHeader,
    /// `icmpV6` (value 58).
    IcmpV6,
    /// `ipv6NoNextHeader` (value 59).
    Ipv6NoNextHeader,
    /// `ipv6DestinationOptions` (value 60).
    Ipv6DestinationOptions,
    /// `nd` (value 77).
    Nd,
    /// `raw` (value 255).
    Raw,
    /// `ipx` (value 1000).
    Ipx,
    /// `spx` (value 1256).
    Spx,
    /// `spxII` (value 1257).
    SpxIi,
    /// `unknownFutureValue` (value 32767).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_search_or_security)]
impl rt::StrEnum for SecurityNetworkProtocol {
    const TYPE_NAME: &'static str = "microsoft.graph.securityNetworkProtocol";
    const MEMBERS: &'static [&'static str] = &[
        "unknown",
        "ip",
        "icmp",
        "igmp",
        "ggp",
        "ipv4",
        "tcp",
        "pup",
        "udp",
        "idp",
        "ipv6",
        "ipv6RoutingHeader",
        "ipv6FragmentHeader",
        "ipSecEncapsulatingSecurityPayload",
        "ipSecAuthenticationHeader",
        "icmpV6",
        "ipv6NoNextHeader",
        "ipv6DestinationOptions",
        "nd",
        "raw",
        "ipx",
        "spx",
        "spxII",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "unknown" => Self::Unknown,
                "ip" => Self::Ip,
                "icmp" => Self::Icmp,
                "igmp" => Self::Igmp,
                "ggp" => Self::Ggp,
                "ipv4" => Self::Ipv4,
                "tcp" => Self::Tcp,
                "pup" => Self::Pup,
                "udp" => Self::Udp,
                "idp" => Self::Idp,
                "ipv6" => Self::Ipv6,
                "ipv6RoutingHeader" => Self::Ipv6RoutingHeader,
                "ipv6FragmentHeader" => Self::Ipv6FragmentHeader,
                "ipSecEncapsulatingSecurityPayload" => {
                    Self::IpSecEncapsulatingSecurityPayload
                }
                "ipSecAuthenticationHeader" => Self::IpSecAuthenticationHeader,
                "icmpV6" => Self::IcmpV6,
                "ipv6NoNextHeader" => Self::Ipv6NoNextHeader,
                "ipv6DestinationOptions" => Self::Ipv6DestinationOptions,
                "nd" => Self::Nd,
                "raw" => Self::Raw,
                "ipx" => Self::Ipx,
                "spx" => Self::Spx,
                "spxII" => Self::SpxIi,
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
            Self::Ip => "ip",
            Self::Icmp => "icmp",
            Self::Igmp => "igmp",
            Self::Ggp => "ggp",
            Self::Ipv4 => "ipv4",
            Self::Tcp => "tcp",
            Self::Pup => "pup",
            Self::Udp => "udp",
            Self::Idp => "idp",
            Self::Ipv6 => "ipv6",
            Self::Ipv6RoutingHeader => "ipv6RoutingHeader",
            Self::Ipv6FragmentHeader => "ipv6FragmentHeader",
            Self::IpSecEncapsulatingSecurityPayload => {
                "ipSecEncapsulatingSecurityPayload"
            }
            Self::IpSecAuthenticationHeader => "ipSecAuthenticationHeader",
            Self::IcmpV6 => "icmpV6",
            Self::Ipv6NoNextHeader => "ipv6NoNextHeader",
            Self::Ipv6DestinationOptions => "ipv6DestinationOptions",
            Self::Nd => "nd",
            Self::Raw => "raw",
            Self::Ipx => "ipx",
            Self::Spx => "spx",
            Self::SpxIi => "spxII",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_search_or_security)]
rt::impl_enum!(SecurityNetworkProtocol);
#[cfg(msgraph_beta_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(SecurityNetworkProtocol);
#[cfg(msgraph_beta_security)]
/// CSDL: `microsoft.graph.securityProviderStatus`, complex type.
///
/// Features: `beta` or `beta-security`.
#[derive(Clone)]
pub struct SecurityProviderStatus {
    /// CSDL: property `enabled`: `Edm.Boolean`, nullable.
    pub enabled: rt::Field<bool>,
    /// CSDL: property `endpoint`: `Edm.String`, nullable.
    pub endpoint: rt::Field<::std::string::String>,
    /// CSDL: property `provider`: `Edm.String`, nullable.
    pub provider: rt::Field<::std::string::String>,
    /// CSDL: property `region`: `Edm.String`, nullable.
    pub region: rt::Field<::std::string::String>,
    /// CSDL: property `vendor`: `Edm.String`, nullable.
    pub vendor: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_security)]
impl ::std::default::Default for SecurityProviderStatus {
    #[inline]
    fn default() -> Self {
        Self {
            enabled: rt::Field::Absent,
            endpoint: rt::Field::Absent,
            provider: rt::Field::Absent,
            region: rt::Field::Absent,
            vendor: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_security)]
impl rt::Object for SecurityProviderStatus {
    const TYPE_NAME: &'static str = "microsoft.graph.securityProviderStatus";
    const KEYS: &'static [&'static str] = &[
        "enabled",
        "endpoint",
        "provider",
        "region",
        "vendor",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"enabled\":                      ",
        ",\"endpoint\":                     ",
        ",\"provider\":                     ",
        ",\"region\":                       ",
        ",\"vendor\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.securityProviderStatus\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "enabled", &self.enabled);
        v.field(1usize, "endpoint", &self.endpoint);
        v.field(2usize, "provider", &self.provider);
        v.field(3usize, "region", &self.region);
        v.field(4usize, "vendor", &self.vendor);
    }
}
#[cfg(msgraph_beta_security)]
impl rt::object::Members for SecurityProviderStatus {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.enabled.read_from(r),
            1usize => self.endpoint.read_from(r),
            2usize => self.provider.read_from(r),
            3usize => self.region.read_from(r),
            4usize => self.vendor.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.enabled);
        w.field(1usize, &self.endpoint);
        w.field(2usize, &self.provider);
        w.field(3usize, &self.region);
        w.field(4usize, &self.vendor);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_security)]
rt::impl_object!(SecurityProviderStatus);
#[cfg(msgraph_beta_security)]
rt::impl_setters!(
    SecurityProviderStatus { with_enabled enabled : bool; with_endpoint endpoint :
    ::std::string::String; with_provider provider : ::std::string::String; with_region
    region : ::std::string::String; with_vendor vendor : ::std::string::String; }
);
#[cfg(msgraph_beta_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(SecurityProviderStatus);
#[cfg(msgraph_beta_any_area)]
/// CSDL: `microsoft.graph.securityQuestionType`, enum type.
///
/// Feature: `beta` or any `beta-*` area feature.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum SecurityQuestionType {
    /// `predefined` (value 0).
    Predefined,
    /// `custom` (value 1).
    Custom,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_any_area)]
impl rt::StrEnum for SecurityQuestionType {
    const TYPE_NAME: &'static str = "microsoft.graph.securityQuestionType";
    const MEMBERS: &'static [&'static str] = &["predefined", "custom"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "predefined" => Self::Predefined,
                "custom" => Self::Custom,
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
            Self::Predefined => "predefined",
            Self::Custom => "custom",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_any_area)]
rt::impl_enum!(SecurityQuestionType);
#[cfg(msgraph_beta_any_area)]
#[cfg(feature = "serde")]
rt::impl_serde!(SecurityQuestionType);
#[cfg(msgraph_beta_search_or_security)]
/// CSDL: `microsoft.graph.securityResource`, complex type.
///
/// Features: `beta`, or one of `beta-search`, `beta-security`.
#[derive(Clone)]
pub struct SecurityResource {
    /// CSDL: property `resource`: `Edm.String`, nullable.
    pub resource: rt::Field<::std::string::String>,
    /// CSDL: property `resourceType`: `microsoft.graph.securityResourceType`, nullable.
    pub resource_type: rt::Field<crate::beta::SecurityResourceType>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_search_or_security)]
impl ::std::default::Default for SecurityResource {
    #[inline]
    fn default() -> Self {
        Self {
            resource: rt::Field::Absent,
            resource_type: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_search_or_security)]
impl rt::Object for SecurityResource {
    const TYPE_NAME: &'static str = "microsoft.graph.securityResource";
    const KEYS: &'static [&'static str] = &["resource", "resourceType"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"resource\":                     ",
        ",\"resourceType\":                 ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.securityResource\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "resource", &self.resource);
        v.field(1usize, "resource_type", &self.resource_type);
    }
}
#[cfg(msgraph_beta_search_or_security)]
impl rt::object::Members for SecurityResource {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.resource.read_from(r),
            1usize => self.resource_type.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.resource);
        w.field(1usize, &self.resource_type);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_search_or_security)]
rt::impl_object!(SecurityResource);
#[cfg(msgraph_beta_search_or_security)]
rt::impl_setters!(
    SecurityResource { with_resource resource : ::std::string::String; with_resource_type
    resource_type : crate ::beta::SecurityResourceType; }
);
#[cfg(msgraph_beta_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(SecurityResource);
#[cfg(msgraph_beta_search_or_security)]
/// CSDL: `microsoft.graph.securityResourceType`, enum type.
///
/// Features: `beta`, or one of `beta-search`, `beta-security`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum SecurityResourceType {
    /// `unknown` (value 0).
    Unknown,
    /// `attacked` (value 1).
    Attacked,
    /// `related` (value 2).
    Related,
    /// `unknownFutureValue` (value 3).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_search_or_security)]
impl rt::StrEnum for SecurityResourceType {
    const TYPE_NAME: &'static str = "microsoft.graph.securityResourceType";
    const MEMBERS: &'static [&'static str] = &[
        "unknown",
        "attacked",
        "related",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "unknown" => Self::Unknown,
                "attacked" => Self::Attacked,
                "related" => Self::Related,
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
            Self::Attacked => "attacked",
            Self::Related => "related",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_search_or_security)]
rt::impl_enum!(SecurityResourceType);
#[cfg(msgraph_beta_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(SecurityResourceType);
#[cfg(msgraph_beta_search_or_security)]
/// CSDL: `microsoft.graph.securityVendorInformation`, complex type.
///
/// Features: `beta`, or one of `beta-search`, `beta-security`.
#[derive(Clone)]
pub struct SecurityVendorInformation {
    /// CSDL: property `provider`: `Edm.String`, nullable.
    pub provider: rt::Field<::std::string::String>,
    /// CSDL: property `providerVersion`: `Edm.String`, nullable.
    pub provider_version: rt::Field<::std::string::String>,
    /// CSDL: property `subProvider`: `Edm.String`, nullable.
    pub sub_provider: rt::Field<::std::string::String>,
    /// CSDL: property `vendor`: `Edm.String`, nullable.
    pub vendor: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_search_or_security)]
impl ::std::default::Default for SecurityVendorInformation {
    #[inline]
    fn default() -> Self {
        Self {
            provider: rt::Field::Absent,
            provider_version: rt::Field::Absent,
            sub_provider: rt::Field::Absent,
            vendor: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_search_or_security)]
impl rt::Object for SecurityVendorInformation {
    const TYPE_NAME: &'static str = "microsoft.graph.securityVendorInformation";
    const KEYS: &'static [&'static str] = &[
        "provider",
        "providerVersion",
        "subProvider",
        "vendor",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"provider\":                     ",
        ",\"providerVersion\":              ",
        ",\"subProvider\":                  ",
        ",\"vendor\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.securityVendorInformation\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "provider", &self.provider);
        v.field(1usize, "provider_version", &self.provider_version);
        v.field(2usize, "sub_provider", &self.sub_provider);
        v.field(3usize, "vendor", &self.vendor);
    }
}
#[cfg(msgraph_beta_search_or_security)]
impl rt::object::Members for SecurityVendorInformation {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.provider.read_from(r),
            1usize => self.provider_version.read_from(r),
            2usize => self.sub_provider.read_from(r),
            3usize => self.vendor.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.provider);
        w.field(1usize, &self.provider_version);
        w.field(2usize, &self.sub_provider);
        w.field(3usize, &self.vendor);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_search_or_security)]
rt::impl_object!(SecurityVendorInformation);
#[cfg(msgraph_beta_search_or_security)]
rt::impl_setters!(
    SecurityVendorInformation { with_provider provider : ::std::string::String;
    with_provider_version provider_version : ::std::string::String; with_sub_provider
    sub_provider : ::std::string::String; with_vendor vendor : ::std::string::String; }
);
#[cfg(msgraph_beta_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(SecurityVendorInformation);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.selfSignedCertificate`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct SelfSignedCertificate {
    /// CSDL: property `customKeyIdentifier`: `Edm.Binary`, nullable.
    pub custom_key_identifier: rt::Field<rt::edm::Binary>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `endDateTime`: `Edm.DateTimeOffset`, nullable.
    pub end_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `key`: `Edm.Binary`, nullable.
    pub key: rt::Field<rt::edm::Binary>,
    /// CSDL: property `keyId`: `Edm.Guid`, nullable.
    pub key_id: rt::Field<rt::edm::Guid>,
    /// CSDL: property `startDateTime`: `Edm.DateTimeOffset`, nullable.
    pub start_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `thumbprint`: `Edm.String`, nullable.
    pub thumbprint: rt::Field<::std::string::String>,
    /// CSDL: property `type`: `Edm.String`, nullable.
    pub type_: rt::Field<::std::string::String>,
    /// CSDL: property `usage`: `Edm.String`, nullable.
    pub usage: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for SelfSignedCertificate {
    #[inline]
    fn default() -> Self {
        Self {
            custom_key_identifier: rt::Field::Absent,
            display_name: rt::Field::Absent,
            end_date_time: rt::Field::Absent,
            key: rt::Field::Absent,
            key_id: rt::Field::Absent,
            start_date_time: rt::Field::Absent,
            thumbprint: rt::Field::Absent,
            type_: rt::Field::Absent,
            usage: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for SelfSignedCertificate {
    const TYPE_NAME: &'static str = "microsoft.graph.selfSignedCertificate";
    const KEYS: &'static [&'static str] = &[
        "customKeyIdentifier",
        "displayName",
        "endDateTime",
        "key",
        "keyId",
        "startDateTime",
        "thumbprint",
        "type",
        "usage",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"customKeyIdentifier\":          ",
        ",\"displayName\":                  ",
        ",\"endDateTime\":                  ",
        ",\"key\":                          ",
        ",\"keyId\":                        ",
        ",\"startDateTime\":                ",
        ",\"thumbprint\":                   ",
        ",\"type\":                         ",
        ",\"usage\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.selfSignedCertificate\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "custom_key_identifier", &self.custom_key_identifier);
        v.field(1usize, "display_name", &self.display_name);
        v.field(2usize, "end_date_time", &self.end_date_time);
        v.field(3usize, "key", &self.key);
        v.field(4usize, "key_id", &self.key_id);
        v.field(5usize, "start_date_time", &self.start_date_time);
        v.field(6usize, "thumbprint", &self.thumbprint);
        v.field(7usize, "type_", &self.type_);
        v.field(8usize, "usage", &self.usage);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for SelfSignedCertificate {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.custom_key_identifier.read_from(r),
            1usize => self.display_name.read_from(r),
            2usize => self.end_date_time.read_from(r),
            3usize => self.key.read_from(r),
            4usize => self.key_id.read_from(r),
            5usize => self.start_date_time.read_from(r),
            6usize => self.thumbprint.read_from(r),
            7usize => self.type_.read_from(r),
            8usize => self.usage.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.custom_key_identifier);
        w.field(1usize, &self.display_name);
        w.field(2usize, &self.end_date_time);
        w.field(3usize, &self.key);
        w.field(4usize, &self.key_id);
        w.field(5usize, &self.start_date_time);
        w.field(6usize, &self.thumbprint);
        w.field(7usize, &self.type_);
        w.field(8usize, &self.usage);
    }
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
rt::impl_object!(SelfSignedCertificate);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    SelfSignedCertificate { with_custom_key_identifier custom_key_identifier :
    rt::edm::Binary; with_display_name display_name : ::std::string::String;
    with_end_date_time end_date_time : rt::edm::DateTimeOffset; with_key key :
    rt::edm::Binary; with_key_id key_id : rt::edm::Guid; with_start_date_time
    start_date_time : rt::edm::DateTimeOffset; with_thumbprint thumbprint :
    ::std::string::String; with_type type_ : ::std::string::String; with_usage usage :
    ::std::string::String; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(SelfSignedCertificate);
#[cfg(msgraph_beta_data_classification_or_search)]
/// CSDL: `microsoft.graph.sensitiveContentEvidence`, complex type.
///
/// Features: `beta`, or one of `beta-data-classification`, `beta-search`.
#[derive(Clone)]
pub struct SensitiveContentEvidence {
    /// CSDL: property `length`: `Edm.Int32`, nullable.
    pub length: rt::Field<i32>,
    /// CSDL: property `match`: `Edm.String`, nullable.
    pub match_: rt::Field<::std::string::String>,
    /// CSDL: property `offset`: `Edm.Int32`, nullable.
    pub offset: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_data_classification_or_search)]
impl ::std::default::Default for SensitiveContentEvidence {
    #[inline]
    fn default() -> Self {
        Self {
            length: rt::Field::Absent,
            match_: rt::Field::Absent,
            offset: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_data_classification_or_search)]
impl rt::Object for SensitiveContentEvidence {
    const TYPE_NAME: &'static str = "microsoft.graph.sensitiveContentEvidence";
    const KEYS: &'static [&'static str] = &["length", "match", "offset"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"length\":                       ",
        ",\"match\":                        ",
        ",\"offset\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.sensitiveContentEvidence\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "length", &self.length);
        v.field(1usize, "match_", &self.match_);
        v.field(2usize, "offset", &self.offset);
    }
}
#[cfg(msgraph_beta_data_classification_or_search)]
impl rt::object::Members for SensitiveContentEvidence {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.length.read_from(r),
            1usize => self.match_.read_from(r),
            2usize => self.offset.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.length);
        w.field(1usize, &self.match_);
        w.field(2usize, &self.offset);
    }
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
rt::impl_object!(SensitiveContentEvidence);
#[cfg(msgraph_beta_data_classification_or_search)]
rt::impl_setters!(
    SensitiveContentEvidence { with_length length : i32; with_match match_ :
    ::std::string::String; with_offset offset : i32; }
);
#[cfg(msgraph_beta_data_classification_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(SensitiveContentEvidence);
#[cfg(msgraph_beta_data_classification_or_search)]
/// CSDL: `microsoft.graph.sensitiveContentLocation`, complex type.
///
/// Features: `beta`, or one of `beta-data-classification`, `beta-search`.
#[derive(Clone)]
pub struct SensitiveContentLocation {
    /// CSDL: property `confidence`: `Edm.Int32`, nullable.
    pub confidence: rt::Field<i32>,
    /// CSDL: property `evidences`: `Collection(microsoft.graph.sensitiveContentEvidence)`, nullable.
    pub evidences: rt::Field<::std::vec::Vec<crate::beta::SensitiveContentEvidence>>,
    /// CSDL: property `idMatch`: `Edm.String`, nullable.
    pub id_match: rt::Field<::std::string::String>,
    /// CSDL: property `length`: `Edm.Int32`, nullable.
    pub length: rt::Field<i32>,
    /// CSDL: property `offset`: `Edm.Int32`, nullable.
    pub offset: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_data_classification_or_search)]
impl ::std::default::Default for SensitiveContentLocation {
    #[inline]
    fn default() -> Self {
        Self {
            confidence: rt::Field::Absent,
            evidences: rt::Field::Absent,
            id_match: rt::Field::Absent,
            length: rt::Field::Absent,
            offset: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_data_classification_or_search)]
impl rt::Object for SensitiveContentLocation {
    const TYPE_NAME: &'static str = "microsoft.graph.sensitiveContentLocation";
    const KEYS: &'static [&'static str] = &[
        "confidence",
        "evidences",
        "idMatch",
        "length",
        "offset",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"confidence\":                   ",
        ",\"evidences\":                    ",
        ",\"idMatch\":                      ",
        ",\"length\":                       ",
        ",\"offset\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.sensitiveContentLocation\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "confidence", &self.confidence);
        v.field(1usize, "evidences", &self.evidences);
        v.field(2usize, "id_match", &self.id_match);
        v.field(3usize, "length", &self.length);
        v.field(4usize, "offset", &self.offset);
    }
}
#[cfg(msgraph_beta_data_classification_or_search)]
impl rt::object::Members for SensitiveContentLocation {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.confidence.read_from(r),
            1usize => self.evidences.read_from(r),
            2usize => self.id_match.read_from(r),
            3usize => self.length.read_from(r),
            4usize => self.offset.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.confidence);
        w.field(1usize, &self.evidences);
        w.field(2usize, &self.id_match);
        w.field(3usize, &self.length);
        w.field(4usize, &self.offset);
    }
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
rt::impl_object!(SensitiveContentLocation);
#[cfg(msgraph_beta_data_classification_or_search)]
rt::impl_setters!(
    SensitiveContentLocation { with_confidence confidence : i32; with_evidences evidences
    : ::std::vec::Vec < crate ::beta::SensitiveContentEvidence >; with_id_match id_match
    : ::std::string::String; with_length length : i32; with_offset offset : i32; }
);
#[cfg(msgraph_beta_data_classification_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(SensitiveContentLocation);
#[cfg(msgraph_beta_data_classification_or_search)]
/// CSDL: `microsoft.graph.sensitiveType`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-data-classification`, `beta-search`.
#[derive(Clone)]
pub struct SensitiveType {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `classificationMethod`: `microsoft.graph.classificationMethod`, nullable.
    pub classification_method: rt::Field<crate::beta::ClassificationMethod>,
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// CSDL: property `publisherName`: `Edm.String`, nullable.
    pub publisher_name: rt::Field<::std::string::String>,
    /// CSDL: property `rulePackageId`: `Edm.String`, nullable.
    pub rule_package_id: rt::Field<::std::string::String>,
    /// CSDL: property `rulePackageType`: `Edm.String`, nullable.
    pub rule_package_type: rt::Field<::std::string::String>,
    /// CSDL: property `scope`: `microsoft.graph.sensitiveTypeScope`, nullable.
    pub scope: rt::Field<rt::Flags<crate::beta::SensitiveTypeScope>>,
    /// CSDL: property `sensitiveTypeSource`: `microsoft.graph.sensitiveTypeSource`, nullable.
    pub sensitive_type_source: rt::Field<crate::beta::SensitiveTypeSource>,
    /// CSDL: property `state`: `Edm.String`, nullable.
    pub state: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_data_classification_or_search)]
impl ::std::default::Default for SensitiveType {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            classification_method: rt::Field::Absent,
            description: rt::Field::Absent,
            name: rt::Field::Absent,
            publisher_name: rt::Field::Absent,
            rule_package_id: rt::Field::Absent,
            rule_package_type: rt::Field::Absent,
            scope: rt::Field::Absent,
            sensitive_type_source: rt::Field::Absent,
            state: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_data_classification_or_search)]
impl rt::Object for SensitiveType {
    const TYPE_NAME: &'static str = "microsoft.graph.sensitiveType";
    const KEYS: &'static [&'static str] = &[
        "id",
        "classificationMethod",
        "description",
        "name",
        "publisherName",
        "rulePackageId",
        "rulePackageType",
        "scope",
        "sensitiveTypeSource",
        "state",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"classificationMethod\":         ",
        ",\"description\":                  ",
        ",\"name\":                         ",
        ",\"publisherName\":                ",
        ",\"rulePackageId\":                ",
        ",\"rulePackageType\":              ",
        ",\"scope\":                        ",
        ",\"sensitiveTypeSource\":          ",
        ",\"state\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.sensitiveType\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "classification_method", &self.classification_method);
        v.field(2usize, "description", &self.description);
        v.field(3usize, "name", &self.name);
        v.field(4usize, "publisher_name", &self.publisher_name);
        v.field(5usize, "rule_package_id", &self.rule_package_id);
        v.field(6usize, "rule_package_type", &self.rule_package_type);
        v.field(7usize, "scope", &self.scope);
        v.field(8usize, "sensitive_type_source", &self.sensitive_type_source);
        v.field(9usize, "state", &self.state);
    }
}
#[cfg(msgraph_beta_data_classification_or_search)]
impl rt::object::Members for SensitiveType {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.classification_method.read_from(r),
            2usize => self.description.read_from(r),
            3usize => self.name.read_from(r),
            4usize => self.publisher_name.read_from(r),
            5usize => self.rule_package_id.read_from(r),
            6usize => self.rule_package_type.read_from(r),
            7usize => self.scope.read_from(r),
            8usize => self.sensitive_type_source.read_from(r),
            9usize => self.state.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.classification_method);
        w.field(2usize, &self.description);
        w.field(3usize, &self.name);
        w.field(4usize, &self.publisher_name);
        w.field(5usize, &self.rule_package_id);
        w.field(6usize, &self.rule_package_type);
        w.field(7usize, &self.scope);
        w.field(8usize, &self.sensitive_type_source);
        w.field(9usize, &self.state);
    }
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
rt::impl_object!(SensitiveType);
#[cfg(msgraph_beta_data_classification_or_search)]
rt::impl_setters!(
    SensitiveType { with_id id : ::std::string::String; with_classification_method
    classification_method : crate ::beta::ClassificationMethod; with_description
    description : ::std::string::String; with_name name : ::std::string::String;
    with_publisher_name publisher_name : ::std::string::String; with_rule_package_id
    rule_package_id : ::std::string::String; with_rule_package_type rule_package_type :
    ::std::string::String; with_scope scope : rt::Flags < crate
    ::beta::SensitiveTypeScope >; with_sensitive_type_source sensitive_type_source :
    crate ::beta::SensitiveTypeSource; with_state state : ::std::string::String; }
);
#[cfg(msgraph_beta_data_classification_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(SensitiveType);
#[cfg(msgraph_beta_data_classification_or_search)]
/// CSDL: `microsoft.graph.sensitiveTypeScope`, enum type, flags (comma-separated in JSON).
///
/// Features: `beta`, or one of `beta-data-classification`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum SensitiveTypeScope {
    /// `fullDocument` (value 1).
    FullDocument,
    /// `partialDocument` (value 2).
    PartialDocument,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_data_classification_or_search)]
impl rt::StrEnum for SensitiveTypeScope {
    const TYPE_NAME: &'static str = "microsoft.graph.sensitiveTypeScope";
    const MEMBERS: &'static [&'static str] = &["fullDocument", "partialDocument"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "fullDocument" => Self::FullDocument,
                "partialDocument" => Self::PartialDocument,
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
            Self::FullDocument => "fullDocument",
            Self::PartialDocument => "partialDocument",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_data_classification_or_search)]
rt::impl_enum!(SensitiveTypeScope);
#[cfg(msgraph_beta_data_classification_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(SensitiveTypeScope);
#[cfg(msgraph_beta_data_classification_or_search)]
/// CSDL: `microsoft.graph.sensitiveTypeSource`, enum type.
///
/// Features: `beta`, or one of `beta-data-classification`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum SensitiveTypeSource {
    /// `outOfBox` (value 0).
    OutOfBox,
    /// `tenant` (value 1).
    Tenant,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_data_classification_or_search)]
impl rt::StrEnum for SensitiveTypeSource {
    const TYPE_NAME: &'static str = "microsoft.graph.sensitiveTypeSource";
    const MEMBERS: &'static [&'static str] = &["outOfBox", "tenant"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "outOfBox" => Self::OutOfBox,
                "tenant" => Self::Tenant,
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
            Self::OutOfBox => "outOfBox",
            Self::Tenant => "tenant",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_data_classification_or_search)]
rt::impl_enum!(SensitiveTypeSource);
#[cfg(msgraph_beta_data_classification_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(SensitiveTypeSource);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.sensitivity`, enum type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum Sensitivity {
    /// `normal` (value 0).
    Normal,
    /// `personal` (value 1).
    Personal,
    /// `private` (value 2).
    Private,
    /// `confidential` (value 3).
    Confidential,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_core)]
impl rt::StrEnum for Sensitivity {
    const TYPE_NAME: &'static str = "microsoft.graph.sensitivity";
    const MEMBERS: &'static [&'static str] = &[
        "normal",
        "personal",
        "private",
        "confidential",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "normal" => Self::Normal,
                "personal" => Self::Personal,
                "private" => Self::Private,
                "confidential" => Self::Confidential,
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
            Self::Personal => "personal",
            Self::Private => "private",
            Self::Confidential => "confidential",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_core)]
rt::impl_enum!(Sensitivity);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(Sensitivity);
#[cfg(msgraph_beta_admin_or_search)]
/// CSDL: `microsoft.graph.serviceAnnouncement`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`ServiceAnnouncementPath`](requests/trait.ServiceAnnouncementPath.html), what a path to one (`EntityPath<ServiceAnnouncement, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-admin`, `beta-search`.
#[derive(Clone)]
pub struct ServiceAnnouncement {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `healthOverviews`: `Collection(microsoft.graph.serviceHealth)`, not nullable.
    pub health_overviews: rt::Field<::std::vec::Vec<crate::beta::ServiceHealth>>,
    /// CSDL: containment navigation property `issues`: `Collection(microsoft.graph.serviceHealthIssue)`, not nullable.
    pub issues: rt::Field<::std::vec::Vec<crate::beta::ServiceHealthIssue>>,
    /// CSDL: containment navigation property `messages`: `Collection(microsoft.graph.serviceUpdateMessage)`, not nullable.
    pub messages: rt::Field<::std::vec::Vec<crate::beta::ServiceUpdateMessage>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_admin_or_search)]
impl ::std::default::Default for ServiceAnnouncement {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            health_overviews: rt::Field::Absent,
            issues: rt::Field::Absent,
            messages: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_admin_or_search)]
impl rt::Object for ServiceAnnouncement {
    const TYPE_NAME: &'static str = "microsoft.graph.serviceAnnouncement";
    const KEYS: &'static [&'static str] = &[
        "id",
        "healthOverviews",
        "issues",
        "messages",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"healthOverviews\":              ",
        ",\"issues\":                       ",
        ",\"messages\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.serviceAnnouncement\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "health_overviews", &self.health_overviews);
        v.field(2usize, "issues", &self.issues);
        v.field(3usize, "messages", &self.messages);
    }
}
#[cfg(msgraph_beta_admin_or_search)]
impl rt::object::Members for ServiceAnnouncement {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.health_overviews.read_from(r),
            2usize => self.issues.read_from(r),
            3usize => self.messages.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.health_overviews);
        w.field(2usize, &self.issues);
        w.field(3usize, &self.messages);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_admin_or_search)]
rt::impl_object!(ServiceAnnouncement);
#[cfg(msgraph_beta_admin_or_search)]
rt::impl_setters!(
    ServiceAnnouncement { with_id id : ::std::string::String; with_health_overviews
    health_overviews : ::std::vec::Vec < crate ::beta::ServiceHealth >; with_issues
    issues : ::std::vec::Vec < crate ::beta::ServiceHealthIssue >; with_messages messages
    : ::std::vec::Vec < crate ::beta::ServiceUpdateMessage >; }
);
#[cfg(msgraph_beta_admin_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ServiceAnnouncement);
#[cfg(msgraph_beta_admin_or_search)]
/// CSDL: `microsoft.graph.serviceAnnouncementBase`, entity type, derived from `microsoft.graph.entity`, abstract, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-admin`, `beta-search`.
#[derive(Clone)]
pub struct ServiceAnnouncementBase {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `details`: `Collection(microsoft.graph.keyValuePair)`, nullable.
    pub details: rt::Field<::std::vec::Vec<crate::beta::KeyValuePair>>,
    /// CSDL: property `endDateTime`: `Edm.DateTimeOffset`, nullable.
    pub end_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `startDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub start_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `title`: `Edm.String`, not nullable.
    pub title: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_admin_or_search)]
impl ::std::default::Default for ServiceAnnouncementBase {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            details: rt::Field::Absent,
            end_date_time: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            start_date_time: rt::Field::Absent,
            title: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_admin_or_search)]
impl rt::Object for ServiceAnnouncementBase {
    const TYPE_NAME: &'static str = "microsoft.graph.serviceAnnouncementBase";
    const KEYS: &'static [&'static str] = &[
        "id",
        "details",
        "endDateTime",
        "lastModifiedDateTime",
        "startDateTime",
        "title",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"details\":                      ",
        ",\"endDateTime\":                  ",
        ",\"lastModifiedDateTime\":         ",
        ",\"startDateTime\":                ",
        ",\"title\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.serviceAnnouncementBase\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "details", &self.details);
        v.field(2usize, "end_date_time", &self.end_date_time);
        v.field(3usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(4usize, "start_date_time", &self.start_date_time);
        v.field(5usize, "title", &self.title);
    }
}
#[cfg(msgraph_beta_admin_or_search)]
impl rt::object::Members for ServiceAnnouncementBase {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.details.read_from(r),
            2usize => self.end_date_time.read_from(r),
            3usize => self.last_modified_date_time.read_from(r),
            4usize => self.start_date_time.read_from(r),
            5usize => self.title.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.details);
        w.field(2usize, &self.end_date_time);
        w.field(3usize, &self.last_modified_date_time);
        w.field(4usize, &self.start_date_time);
        w.field(5usize, &self.title);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_admin_or_search)]
rt::impl_object!(ServiceAnnouncementBase);
#[cfg(msgraph_beta_admin_or_search)]
rt::impl_setters!(
    ServiceAnnouncementBase { with_id id : ::std::string::String; with_details details :
    ::std::vec::Vec < crate ::beta::KeyValuePair >; with_end_date_time end_date_time :
    rt::edm::DateTimeOffset; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_start_date_time start_date_time :
    rt::edm::DateTimeOffset; with_title title : ::std::string::String; }
);
#[cfg(msgraph_beta_admin_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ServiceAnnouncementBase);
#[cfg(msgraph_beta_admin_or_search)]
/// `microsoft.graph.serviceAnnouncementBase` or any type derived from it, selected by `@odata.type` (3 types); each variant's type converts into it (`From`).
///
/// Features: `beta`, or one of `beta-admin`, `beta-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyServiceAnnouncementBase {
    ServiceAnnouncementBase(::std::boxed::Box<crate::beta::ServiceAnnouncementBase>),
    ServiceHealthIssue(::std::boxed::Box<crate::beta::ServiceHealthIssue>),
    ServiceUpdateMessage(::std::boxed::Box<crate::beta::ServiceUpdateMessage>),
}
#[cfg(msgraph_beta_admin_or_search)]
impl ::std::default::Default for AnyServiceAnnouncementBase {
    #[inline]
    fn default() -> Self {
        Self::ServiceAnnouncementBase(::std::default::Default::default())
    }
}
#[cfg(msgraph_beta_admin_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ServiceAnnouncementBase>
for AnyServiceAnnouncementBase {
    #[inline]
    fn from(v: crate::beta::ServiceAnnouncementBase) -> Self {
        Self::ServiceAnnouncementBase(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_admin_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ServiceHealthIssue>
for AnyServiceAnnouncementBase {
    #[inline]
    fn from(v: crate::beta::ServiceHealthIssue) -> Self {
        Self::ServiceHealthIssue(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_admin_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ServiceUpdateMessage>
for AnyServiceAnnouncementBase {
    #[inline]
    fn from(v: crate::beta::ServiceUpdateMessage) -> Self {
        Self::ServiceUpdateMessage(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_admin_or_search)]
unsafe impl ::std::marker::Send for AnyServiceAnnouncementBase {}
#[cfg(msgraph_beta_admin_or_search)]
unsafe impl ::std::marker::Sync for AnyServiceAnnouncementBase {}
#[cfg(msgraph_beta_admin_or_search)]
impl ::std::marker::Unpin for AnyServiceAnnouncementBase {}
#[cfg(msgraph_beta_admin_or_search)]
impl ::std::panic::UnwindSafe for AnyServiceAnnouncementBase {}
#[cfg(msgraph_beta_admin_or_search)]
impl ::std::panic::RefUnwindSafe for AnyServiceAnnouncementBase {}
#[cfg(msgraph_beta_admin_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::beta::ServiceAnnouncementBase>();
    rt::object::auto_traits::<crate::beta::ServiceHealthIssue>();
    rt::object::auto_traits::<crate::beta::ServiceUpdateMessage>();
};
#[cfg(msgraph_beta_admin_or_search)]
impl rt::Poly for AnyServiceAnnouncementBase {
    const BASE_NAME: &'static str = "microsoft.graph.serviceAnnouncementBase";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some("microsoft.graph.serviceHealthIssue") => {
                Self::ServiceHealthIssue(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.serviceUpdateMessage") => {
                Self::ServiceUpdateMessage(rt::object::new_boxed())
            }
            _ => Self::ServiceAnnouncementBase(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::ServiceAnnouncementBase(v) => &**v,
            Self::ServiceHealthIssue(v) => &**v,
            Self::ServiceUpdateMessage(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::ServiceAnnouncementBase(v) => &mut **v,
            Self::ServiceHealthIssue(v) => &mut **v,
            Self::ServiceUpdateMessage(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_beta_admin_or_search)]
impl AnyServiceAnnouncementBase {
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
            Self::ServiceAnnouncementBase(v) => &v.id,
            Self::ServiceHealthIssue(v) => &v.id,
            Self::ServiceUpdateMessage(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ServiceAnnouncementBase(v) => &mut v.id,
            Self::ServiceHealthIssue(v) => &mut v.id,
            Self::ServiceUpdateMessage(v) => &mut v.id,
        }
    }
    /// `details` of any variant.
    #[inline]
    pub fn details(&self) -> &rt::Field<::std::vec::Vec<crate::beta::KeyValuePair>> {
        match self {
            Self::ServiceAnnouncementBase(v) => &v.details,
            Self::ServiceHealthIssue(v) => &v.details,
            Self::ServiceUpdateMessage(v) => &v.details,
        }
    }
    /// `details` of any variant.
    #[inline]
    pub fn details_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::beta::KeyValuePair>> {
        match self {
            Self::ServiceAnnouncementBase(v) => &mut v.details,
            Self::ServiceHealthIssue(v) => &mut v.details,
            Self::ServiceUpdateMessage(v) => &mut v.details,
        }
    }
    /// `endDateTime` of any variant.
    #[inline]
    pub fn end_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::ServiceAnnouncementBase(v) => &v.end_date_time,
            Self::ServiceHealthIssue(v) => &v.end_date_time,
            Self::ServiceUpdateMessage(v) => &v.end_date_time,
        }
    }
    /// `endDateTime` of any variant.
    #[inline]
    pub fn end_date_time_mut(&mut self) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::ServiceAnnouncementBase(v) => &mut v.end_date_time,
            Self::ServiceHealthIssue(v) => &mut v.end_date_time,
            Self::ServiceUpdateMessage(v) => &mut v.end_date_time,
        }
    }
    /// `lastModifiedDateTime` of any variant.
    #[inline]
    pub fn last_modified_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::ServiceAnnouncementBase(v) => &v.last_modified_date_time,
            Self::ServiceHealthIssue(v) => &v.last_modified_date_time,
            Self::ServiceUpdateMessage(v) => &v.last_modified_date_time,
        }
    }
    /// `lastModifiedDateTime` of any variant.
    #[inline]
    pub fn last_modified_date_time_mut(
        &mut self,
    ) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::ServiceAnnouncementBase(v) => &mut v.last_modified_date_time,
            Self::ServiceHealthIssue(v) => &mut v.last_modified_date_time,
            Self::ServiceUpdateMessage(v) => &mut v.last_modified_date_time,
        }
    }
    /// `startDateTime` of any variant.
    #[inline]
    pub fn start_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::ServiceAnnouncementBase(v) => &v.start_date_time,
            Self::ServiceHealthIssue(v) => &v.start_date_time,
            Self::ServiceUpdateMessage(v) => &v.start_date_time,
        }
    }
    /// `startDateTime` of any variant.
    #[inline]
    pub fn start_date_time_mut(&mut self) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::ServiceAnnouncementBase(v) => &mut v.start_date_time,
            Self::ServiceHealthIssue(v) => &mut v.start_date_time,
            Self::ServiceUpdateMessage(v) => &mut v.start_date_time,
        }
    }
    /// `title` of any variant.
    #[inline]
    pub fn title(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::ServiceAnnouncementBase(v) => &v.title,
            Self::ServiceHealthIssue(v) => &v.title,
            Self::ServiceUpdateMessage(v) => &v.title,
        }
    }
    /// `title` of any variant.
    #[inline]
    pub fn title_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ServiceAnnouncementBase(v) => &mut v.title,
            Self::ServiceHealthIssue(v) => &mut v.title,
            Self::ServiceUpdateMessage(v) => &mut v.title,
        }
    }
}
#[cfg(msgraph_beta_admin_or_search)]
rt::impl_poly!(AnyServiceAnnouncementBase);
#[cfg(msgraph_beta_admin_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyServiceAnnouncementBase);
#[cfg(msgraph_beta_admin_or_search)]
/// CSDL: `microsoft.graph.serviceHealth`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`ServiceHealthPath`](requests/trait.ServiceHealthPath.html), what a path to one (`EntityPath<ServiceHealth, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-admin`, `beta-search`.
#[derive(Clone)]
pub struct ServiceHealth {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `service`: `Edm.String`, not nullable.
    pub service: rt::Field<::std::string::String>,
    /// CSDL: property `status`: `microsoft.graph.serviceHealthStatus`, not nullable.
    pub status: rt::Field<crate::beta::ServiceHealthStatus>,
    /// CSDL: containment navigation property `issues`: `Collection(microsoft.graph.serviceHealthIssue)`, not nullable.
    pub issues: rt::Field<::std::vec::Vec<crate::beta::ServiceHealthIssue>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_admin_or_search)]
impl ::std::default::Default for ServiceHealth {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            service: rt::Field::Absent,
            status: rt::Field::Absent,
            issues: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_admin_or_search)]
impl rt::Object for ServiceHealth {
    const TYPE_NAME: &'static str = "microsoft.graph.serviceHealth";
    const KEYS: &'static [&'static str] = &["id", "service", "status", "issues"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"service\":                      ",
        ",\"status\":                       ",
        ",\"issues\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.serviceHealth\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "service", &self.service);
        v.field(2usize, "status", &self.status);
        v.field(3usize, "issues", &self.issues);
    }
}
#[cfg(msgraph_beta_admin_or_search)]
impl rt::object::Members for ServiceHealth {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.service.read_from(r),
            2usize => self.status.read_from(r),
            3usize => self.issues.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.service);
        w.field(2usize, &self.status);
        w.field(3usize, &self.issues);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_admin_or_search)]
rt::impl_object!(ServiceHealth);
#[cfg(msgraph_beta_admin_or_search)]
rt::impl_setters!(
    ServiceHealth { with_id id : ::std::string::String; with_service service :
    ::std::string::String; with_status status : crate ::beta::ServiceHealthStatus;
    with_issues issues : ::std::vec::Vec < crate ::beta::ServiceHealthIssue >; }
);
#[cfg(msgraph_beta_admin_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ServiceHealth);
#[cfg(msgraph_beta_admin_or_search)]
/// CSDL: `microsoft.graph.serviceHealthClassificationType`, enum type.
///
/// Features: `beta`, or one of `beta-admin`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ServiceHealthClassificationType {
    /// `advisory` (value 1).
    Advisory,
    /// `incident` (value 2).
    Incident,
    /// `unknownFutureValue` (value 3).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_admin_or_search)]
impl rt::StrEnum for ServiceHealthClassificationType {
    const TYPE_NAME: &'static str = "microsoft.graph.serviceHealthClassificationType";
    const MEMBERS: &'static [&'static str] = &[
        "advisory",
        "incident",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "advisory" => Self::Advisory,
                "incident" => Self::Incident,
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
            Self::Advisory => "advisory",
            Self::Incident => "incident",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_admin_or_search)]
rt::impl_enum!(ServiceHealthClassificationType);
#[cfg(msgraph_beta_admin_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ServiceHealthClassificationType);
#[cfg(msgraph_beta_admin_or_search)]
/// CSDL: `microsoft.graph.serviceHealthIssue`, entity type, derived from `microsoft.graph.serviceAnnouncementBase`, key `id`.
///
/// Request builders: [`ServiceHealthIssuePath`](requests/trait.ServiceHealthIssuePath.html), what a path to one (`EntityPath<ServiceHealthIssue, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-admin`, `beta-search`.
#[derive(Clone)]
pub struct ServiceHealthIssue {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `details`: `Collection(microsoft.graph.keyValuePair)`, nullable.
    pub details: rt::Field<::std::vec::Vec<crate::beta::KeyValuePair>>,
    /// CSDL: property `endDateTime`: `Edm.DateTimeOffset`, nullable.
    pub end_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `startDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub start_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `title`: `Edm.String`, not nullable.
    pub title: rt::Field<::std::string::String>,
    /// CSDL: property `classification`: `microsoft.graph.serviceHealthClassificationType`, not nullable.
    pub classification: rt::Field<crate::beta::ServiceHealthClassificationType>,
    /// CSDL: property `feature`: `Edm.String`, nullable.
    pub feature: rt::Field<::std::string::String>,
    /// CSDL: property `featureGroup`: `Edm.String`, nullable.
    pub feature_group: rt::Field<::std::string::String>,
    /// CSDL: property `impactDescription`: `Edm.String`, not nullable.
    pub impact_description: rt::Field<::std::string::String>,
    /// CSDL: property `isResolved`: `Edm.Boolean`, not nullable.
    pub is_resolved: rt::Field<bool>,
    /// CSDL: property `origin`: `microsoft.graph.serviceHealthOrigin`, not nullable.
    pub origin: rt::Field<crate::beta::ServiceHealthOrigin>,
    /// CSDL: property `posts`: `Collection(microsoft.graph.serviceHealthIssuePost)`, not nullable.
    pub posts: rt::Field<::std::vec::Vec<crate::beta::ServiceHealthIssuePost>>,
    /// CSDL: property `service`: `Edm.String`, not nullable.
    pub service: rt::Field<::std::string::String>,
    /// CSDL: property `status`: `microsoft.graph.serviceHealthStatus`, not nullable.
    pub status: rt::Field<crate::beta::ServiceHealthStatus>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_admin_or_search)]
impl ::std::default::Default for ServiceHealthIssue {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            details: rt::Field::Absent,
            end_date_time: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            start_date_time: rt::Field::Absent,
            title: rt::Field::Absent,
            classification: rt::Field::Absent,
            feature: rt::Field::Absent,
            feature_group: rt::Field::Absent,
            impact_description: rt::Field::Absent,
            is_resolved: rt::Field::Absent,
            origin: rt::Field::Absent,
            posts: rt::Field::Absent,
            service: rt::Field::Absent,
            status: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_admin_or_search)]
impl rt::Object for ServiceHealthIssue {
    const TYPE_NAME: &'static str = "microsoft.graph.serviceHealthIssue";
    const KEYS: &'static [&'static str] = &[
        "id",
        "details",
        "endDateTime",
        "lastModifiedDateTime",
        "startDateTime",
        "title",
        "classification",
        "feature",
        "featureGroup",
        "impactDescription",
        "isResolved",
        "origin",
        "posts",
        "service",
        "status",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"details\":                      ",
        ",\"endDateTime\":                  ",
        ",\"lastModifiedDateTime\":         ",
        ",\"startDateTime\":                ",
        ",\"title\":                        ",
        ",\"classification\":               ",
        ",\"feature\":                      ",
        ",\"featureGroup\":                 ",
        ",\"impactDescription\":            ",
        ",\"isResolved\":                   ",
        ",\"origin\":                       ",
        ",\"posts\":                        ",
        ",\"service\":                      ",
        ",\"status\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.serviceHealthIssue\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "details", &self.details);
        v.field(2usize, "end_date_time", &self.end_date_time);
        v.field(3usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(4usize, "start_date_time", &self.start_date_time);
        v.field(5usize, "title", &self.title);
        v.field(6usize, "classification", &self.classification);
        v.field(7usize, "feature", &self.feature);
        v.field(8usize, "feature_group", &self.feature_group);
        v.field(9usize, "impact_description", &self.impact_description);
        v.field(10usize, "is_resolved", &self.is_resolved);
        v.field(11usize, "origin", &self.origin);
        v.field(12usize, "posts", &self.posts);
        v.field(13usize, "service", &self.service);
        v.field(14usize, "status", &self.status);
    }
}
#[cfg(msgraph_beta_admin_or_search)]
impl rt::object::Members for ServiceHealthIssue {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.details.read_from(r),
            2usize => self.end_date_time.read_from(r),
            3usize => self.last_modified_date_time.read_from(r),
            4usize => self.start_date_time.read_from(r),
            5usize => self.title.read_from(r),
            6usize => self.classification.read_from(r),
            7usize => self.feature.read_from(r),
            8usize => self.feature_group.read_from(r),
            9usize => self.impact_description.read_from(r),
            10usize => self.is_resolved.read_from(r),
            11usize => self.origin.read_from(r),
            12usize => self.posts.read_from(r),
            13usize => self.service.read_from(r),
            14usize => self.status.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.details);
        w.field(2usize, &self.end_date_time);
        w.field(3usize, &self.last_modified_date_time);
        w.field(4usize, &self.start_date_time);
        w.field(5usize, &self.title);
        w.field(6usize, &self.classification);
        w.field(7usize, &self.feature);
        w.field(8usize, &self.feature_group);
        w.field(9usize, &self.impact_description);
        w.field(10usize, &self.is_resolved);
        w.field(11usize, &self.origin);
        w.field(12usize, &self.posts);
        w.field(13usize, &self.service);
        w.field(14usize, &self.status);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_admin_or_search)]
rt::impl_object!(ServiceHealthIssue);
#[cfg(msgraph_beta_admin_or_search)]
rt::impl_setters!(
    ServiceHealthIssue { with_id id : ::std::string::String; with_details details :
    ::std::vec::Vec < crate ::beta::KeyValuePair >; with_end_date_time end_date_time :
    rt::edm::DateTimeOffset; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_start_date_time start_date_time :
    rt::edm::DateTimeOffset; with_title title : ::std::string::String;
    with_classification classification : crate ::beta::ServiceHealthClassificationType;
    with_feature feature : ::std::string::String; with_feature_group feature_group :
    ::std::string::String; with_impact_description impact_description :
    ::std::string::String; with_is_resolved is_resolved : bool; with_origin origin :
    crate ::beta::ServiceHealthOrigin; with_posts posts : ::std::vec::Vec < crate
    ::beta::ServiceHealthIssuePost >; with_service service : ::std::string::String;
    with_status status : crate ::beta::ServiceHealthStatus; }
);
#[cfg(msgraph_beta_admin_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ServiceHealthIssue);
#[cfg(msgraph_beta_admin_or_search)]
/// CSDL: `microsoft.graph.serviceHealthIssuePost`, complex type.
///
/// Features: `beta`, or one of `beta-admin`, `beta-search`.
#[derive(Clone)]
pub struct ServiceHealthIssuePost {
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `description`: `microsoft.graph.itemBody`, nullable.
    pub description: rt::Field<crate::beta::ItemBody>,
    /// CSDL: property `postType`: `microsoft.graph.postType`, nullable.
    pub post_type: rt::Field<crate::beta::PostType>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_admin_or_search)]
impl ::std::default::Default for ServiceHealthIssuePost {
    #[inline]
    fn default() -> Self {
        Self {
            created_date_time: rt::Field::Absent,
            description: rt::Field::Absent,
            post_type: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_admin_or_search)]
impl rt::Object for ServiceHealthIssuePost {
    const TYPE_NAME: &'static str = "microsoft.graph.serviceHealthIssuePost";
    const KEYS: &'static [&'static str] = &[
        "createdDateTime",
        "description",
        "postType",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"createdDateTime\":              ",
        ",\"description\":                  ",
        ",\"postType\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.serviceHealthIssuePost\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "created_date_time", &self.created_date_time);
        v.field(1usize, "description", &self.description);
        v.field(2usize, "post_type", &self.post_type);
    }
}
#[cfg(msgraph_beta_admin_or_search)]
impl rt::object::Members for ServiceHealthIssuePost {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.created_date_time.read_from(r),
            1usize => self.description.read_from(r),
            2usize => self.post_type.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.created_date_time);
        w.field(1usize, &self.description);
        w.field(2usize, &self.post_type);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_admin_or_search)]
rt::impl_object!(ServiceHealthIssuePost);
#[cfg(msgraph_beta_admin_or_search)]
rt::impl_setters!(
    ServiceHealthIssuePost { with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_description description : crate ::beta::ItemBody;
    with_post_type post_type : crate ::beta::PostType; }
);
#[cfg(msgraph_beta_admin_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ServiceHealthIssuePost);
#[cfg(msgraph_beta_admin_or_search)]
/// CSDL: `microsoft.graph.serviceHealthOrigin`, enum type.
///
/// Features: `beta`, or one of `beta-admin`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ServiceHealthOrigin {
    /// `microsoft` (value 1).
    Microsoft,
    /// `thirdParty` (value 2).
    ThirdParty,
    /// `customer` (value 3).
    Customer,
    /// `unknownFutureValue` (value 4).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_admin_or_search)]
impl rt::StrEnum for ServiceHealthOrigin {
    const TYPE_NAME: &'static str = "microsoft.graph.serviceHealthOrigin";
    const MEMBERS: &'static [&'static str] = &[
        "microsoft",
        "thirdParty",
        "customer",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "microsoft" => Self::Microsoft,
                "thirdParty" => Self::ThirdParty,
                "customer" => Self::Customer,
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
            Self::Microsoft => "microsoft",
            Self::ThirdParty => "thirdParty",
            Self::Customer => "customer",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_admin_or_search)]
rt::impl_enum!(ServiceHealthOrigin);
#[cfg(msgraph_beta_admin_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ServiceHealthOrigin);
#[cfg(msgraph_beta_admin_or_search)]
/// CSDL: `microsoft.graph.serviceHealthStatus`, enum type.
///
/// Features: `beta`, or one of `beta-admin`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ServiceHealthStatus {
    /// `serviceOperational` (value 0).
    ServiceOperational,
    /// `investigating` (value 1).
    Investigating,
    /// `restoringService` (value 2).
    RestoringService,
    /// `verifyingService` (value 3).
    VerifyingService,
    /// `serviceRestored` (value 4).
    ServiceRestored,
    /// `postIncidentReviewPublished` (value 5).
    PostIncidentReviewPublished,
    /// `serviceDegradation` (value 6).
    ServiceDegradation,
    /// `serviceInterruption` (value 7).
    ServiceInterruption,
    /// `extendedRecovery` (value 8).
    ExtendedRecovery,
    /// `falsePositive` (value 9).
    FalsePositive,
    /// `investigationSuspended` (value 10).
    InvestigationSuspended,
    /// `resolved` (value 11).
    Resolved,
    /// `mitigatedExternal` (value 12).
    MitigatedExternal,
    /// `mitigated` (value 13).
    Mitigated,
    /// `resolvedExternal` (value 14).
    ResolvedExternal,
    /// `confirmed` (value 15).
    Confirmed,
    /// `reported` (value 16).
    Reported,
    /// `unknownFutureValue` (value 17).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_admin_or_search)]
impl rt::StrEnum for ServiceHealthStatus {
    const TYPE_NAME: &'static str = "microsoft.graph.serviceHealthStatus";
    const MEMBERS: &'static [&'static str] = &[
        "serviceOperational",
        "investigating",
        "restoringService",
        "verifyingService",
        "serviceRestored",
        "postIncidentReviewPublished",
        "serviceDegradation",
        "serviceInterruption",
        "extendedRecovery",
        "falsePositive",
        "investigationSuspended",
        "resolved",
        "mitigatedExternal",
        "mitigated",
        "resolvedExternal",
        "confirmed",
        "reported",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "serviceOperational" => Self::ServiceOperational,
                "investigating" => Self::Investigating,
                "restoringService" => Self::RestoringService,
                "verifyingService" => Self::VerifyingService,
                "serviceRestored" => Self::ServiceRestored,
                "postIncidentReviewPublished" => Self::PostIncidentReviewPublished,
                "serviceDegradation" => Self::ServiceDegradation,
                "serviceInterruption" => Self::ServiceInterruption,
                "extendedRecovery" => Self::ExtendedRecovery,
                "falsePositive" => Self::FalsePositive,
                "investigationSuspended" => Self::InvestigationSuspended,
                "resolved" => Self::Resolved,
                "mitigatedExternal" => Self::MitigatedExternal,
                "mitigated" => Self::Mitigated,
                "resolvedExternal" => Self::ResolvedExternal,
                "confirmed" => Self::Confirmed,
                "reported" => Self::Reported,
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
            Self::ServiceOperational => "serviceOperational",
            Self::Investigating => "investigating",
            Self::RestoringService => "restoringService",
            Self::VerifyingService => "verifyingService",
            Self::ServiceRestored => "serviceRestored",
            Self::PostIncidentReviewPublished => "postIncidentReviewPublished",
            Self::ServiceDegradation => "serviceDegradation",
            Self::ServiceInterruption => "serviceInterruption",
            Self::ExtendedRecovery => "extendedRecovery",
            Self::FalsePositive => "falsePositive",
            Self::InvestigationSuspended => "investigationSuspended",
            Self::Resolved => "resolved",
            Self::MitigatedExternal => "mitigatedExternal",
            Self::Mitigated => "mitigated",
            Self::ResolvedExternal => "resolvedExternal",
            Self::Confirmed => "confirmed",
            Self::Reported => "reported",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_admin_or_search)]
rt::impl_enum!(ServiceHealthStatus);
#[cfg(msgraph_beta_admin_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ServiceHealthStatus);
#[cfg(msgraph_beta_app_or_communications_or_search)]
/// CSDL: `microsoft.graph.serviceHostedMediaConfig`, complex type, derived from `microsoft.graph.mediaConfig`.
///
/// Features: `beta`, or one of `beta-app`, `beta-communications`, `beta-search`.
#[derive(Clone)]
pub struct ServiceHostedMediaConfig {
    /// CSDL: property `removeFromDefaultAudioGroup`: `Edm.Boolean`, nullable.
    pub remove_from_default_audio_group: rt::Field<bool>,
    /// CSDL: property `preFetchMedia`: `Collection(microsoft.graph.mediaInfo)`, nullable.
    pub pre_fetch_media: rt::Field<::std::vec::Vec<crate::beta::MediaInfo>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
impl ::std::default::Default for ServiceHostedMediaConfig {
    #[inline]
    fn default() -> Self {
        Self {
            remove_from_default_audio_group: rt::Field::Absent,
            pre_fetch_media: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
impl rt::Object for ServiceHostedMediaConfig {
    const TYPE_NAME: &'static str = "microsoft.graph.serviceHostedMediaConfig";
    const KEYS: &'static [&'static str] = &[
        "removeFromDefaultAudioGroup",
        "preFetchMedia",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"removeFromDefaultAudioGroup\":  ",
        ",\"preFetchMedia\":                ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.serviceHostedMediaConfig\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(
            0usize,
            "remove_from_default_audio_group",
            &self.remove_from_default_audio_group,
        );
        v.field(1usize, "pre_fetch_media", &self.pre_fetch_media);
    }
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
impl rt::object::Members for ServiceHostedMediaConfig {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.remove_from_default_audio_group.read_from(r),
            1usize => self.pre_fetch_media.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.remove_from_default_audio_group);
        w.field(1usize, &self.pre_fetch_media);
    }
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
rt::impl_object!(ServiceHostedMediaConfig);
#[cfg(msgraph_beta_app_or_communications_or_search)]
rt::impl_setters!(
    ServiceHostedMediaConfig { with_remove_from_default_audio_group
    remove_from_default_audio_group : bool; with_pre_fetch_media pre_fetch_media :
    ::std::vec::Vec < crate ::beta::MediaInfo >; }
);
#[cfg(msgraph_beta_app_or_communications_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ServiceHostedMediaConfig);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.serviceInformation`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ServiceInformation {
    /// CSDL: property `name`: `Edm.String`, not nullable.
    pub name: rt::Field<::std::string::String>,
    /// CSDL: property `webUrl`: `Edm.String`, not nullable.
    pub web_url: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for ServiceInformation {
    #[inline]
    fn default() -> Self {
        Self {
            name: rt::Field::Absent,
            web_url: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for ServiceInformation {
    const TYPE_NAME: &'static str = "microsoft.graph.serviceInformation";
    const KEYS: &'static [&'static str] = &["name", "webUrl"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"name\":                         ",
        ",\"webUrl\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.serviceInformation\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "name", &self.name);
        v.field(1usize, "web_url", &self.web_url);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for ServiceInformation {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.name.read_from(r),
            1usize => self.web_url.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.name);
        w.field(1usize, &self.web_url);
    }
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
rt::impl_object!(ServiceInformation);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    ServiceInformation { with_name name : ::std::string::String; with_web_url web_url :
    ::std::string::String; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(ServiceInformation);
#[cfg(msgraph_beta_admin_or_search)]
/// CSDL: `microsoft.graph.serviceUpdateCategory`, enum type.
///
/// Features: `beta`, or one of `beta-admin`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ServiceUpdateCategory {
    /// `preventOrFixIssue` (value 1).
    PreventOrFixIssue,
    /// `planForChange` (value 2).
    PlanForChange,
    /// `stayInformed` (value 3).
    StayInformed,
    /// `unknownFutureValue` (value 4).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_admin_or_search)]
impl rt::StrEnum for ServiceUpdateCategory {
    const TYPE_NAME: &'static str = "microsoft.graph.serviceUpdateCategory";
    const MEMBERS: &'static [&'static str] = &[
        "preventOrFixIssue",
        "planForChange",
        "stayInformed",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "preventOrFixIssue" => Self::PreventOrFixIssue,
                "planForChange" => Self::PlanForChange,
                "stayInformed" => Self::StayInformed,
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
            Self::PreventOrFixIssue => "preventOrFixIssue",
            Self::PlanForChange => "planForChange",
            Self::StayInformed => "stayInformed",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_admin_or_search)]
rt::impl_enum!(ServiceUpdateCategory);
#[cfg(msgraph_beta_admin_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ServiceUpdateCategory);
#[cfg(msgraph_beta_admin_or_search)]
/// CSDL: `microsoft.graph.serviceUpdateMessage`, entity type, derived from `microsoft.graph.serviceAnnouncementBase`, key `id`.
///
/// Request builders: [`ServiceUpdateMessagePath`](requests/trait.ServiceUpdateMessagePath.html), what a path to one (`EntityPath<ServiceUpdateMessage, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-admin`, `beta-search`.
#[derive(Clone)]
pub struct ServiceUpdateMessage {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `details`: `Collection(microsoft.graph.keyValuePair)`, nullable.
    pub details: rt::Field<::std::vec::Vec<crate::beta::KeyValuePair>>,
    /// CSDL: property `endDateTime`: `Edm.DateTimeOffset`, nullable.
    pub end_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `startDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub start_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `title`: `Edm.String`, not nullable.
    pub title: rt::Field<::std::string::String>,
    /// CSDL: property `actionRequiredByDateTime`: `Edm.DateTimeOffset`, nullable.
    pub action_required_by_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `body`: `microsoft.graph.itemBody`, not nullable.
    pub body: rt::Field<crate::beta::ItemBody>,
    /// CSDL: property `category`: `microsoft.graph.serviceUpdateCategory`, not nullable.
    pub category: rt::Field<crate::beta::ServiceUpdateCategory>,
    /// CSDL: property `isMajorChange`: `Edm.Boolean`, nullable.
    pub is_major_change: rt::Field<bool>,
    /// CSDL: property `services`: `Collection(Edm.String)`, nullable.
    pub services: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `severity`: `microsoft.graph.serviceUpdateSeverity`, not nullable.
    pub severity: rt::Field<crate::beta::ServiceUpdateSeverity>,
    /// CSDL: property `tags`: `Collection(Edm.String)`, nullable.
    pub tags: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `viewPoint`: `microsoft.graph.serviceUpdateMessageViewpoint`, nullable.
    pub view_point: rt::Field<crate::beta::ServiceUpdateMessageViewpoint>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_admin_or_search)]
impl ::std::default::Default for ServiceUpdateMessage {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            details: rt::Field::Absent,
            end_date_time: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            start_date_time: rt::Field::Absent,
            title: rt::Field::Absent,
            action_required_by_date_time: rt::Field::Absent,
            body: rt::Field::Absent,
            category: rt::Field::Absent,
            is_major_change: rt::Field::Absent,
            services: rt::Field::Absent,
            severity: rt::Field::Absent,
            tags: rt::Field::Absent,
            view_point: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_admin_or_search)]
impl rt::Object for ServiceUpdateMessage {
    const TYPE_NAME: &'static str = "microsoft.graph.serviceUpdateMessage";
    const KEYS: &'static [&'static str] = &[
        "id",
        "details",
        "endDateTime",
        "lastModifiedDateTime",
        "startDateTime",
        "title",
        "actionRequiredByDateTime",
        "body",
        "category",
        "isMajorChange",
        "services",
        "severity",
        "tags",
        "viewPoint",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"details\":                      ",
        ",\"endDateTime\":                  ",
        ",\"lastModifiedDateTime\":         ",
        ",\"startDateTime\":                ",
        ",\"title\":                        ",
        ",\"actionRequiredByDateTime\":     ",
        ",\"body\":                         ",
        ",\"category\":                     ",
        ",\"isMajorChange\":                ",
        ",\"services\":                     ",
        ",\"severity\":                     ",
        ",\"tags\":                         ",
        ",\"viewPoint\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.serviceUpdateMessage\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "details", &self.details);
        v.field(2usize, "end_date_time", &self.end_date_time);
        v.field(3usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(4usize, "start_date_time", &self.start_date_time);
        v.field(5usize, "title", &self.title);
        v.field(
            6usize,
            "action_required_by_date_time",
            &self.action_required_by_date_time,
        );
        v.field(7usize, "body", &self.body);
        v.field(8usize, "category", &self.category);
        v.field(9usize, "is_major_change", &self.is_major_change);
        v.field(10usize, "services", &self.services);
        v.field(11usize, "severity", &self.severity);
        v.field(12usize, "tags", &self.tags);
        v.field(13usize, "view_point", &self.view_point);
    }
}
#[cfg(msgraph_beta_admin_or_search)]
impl rt::object::Members for ServiceUpdateMessage {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.details.read_from(r),
            2usize => self.end_date_time.read_from(r),
            3usize => self.last_modified_date_time.read_from(r),
            4usize => self.start_date_time.read_from(r),
            5usize => self.title.read_from(r),
            6usize => self.action_required_by_date_time.read_from(r),
            7usize => self.body.read_from(r),
            8usize => self.category.read_from(r),
            9usize => self.is_major_change.read_from(r),
            10usize => self.services.read_from(r),
            11usize => self.severity.read_from(r),
            12usize => self.tags.read_from(r),
            13usize => self.view_point.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.details);
        w.field(2usize, &self.end_date_time);
        w.field(3usize, &self.last_modified_date_time);
        w.field(4usize, &self.start_date_time);
        w.field(5usize, &self.title);
        w.field(6usize, &self.action_required_by_date_time);
        w.field(7usize, &self.body);
        w.field(8usize, &self.category);
        w.field(9usize, &self.is_major_change);
        w.field(10usize, &self.services);
        w.field(11usize, &self.severity);
        w.field(12usize, &self.tags);
        w.field(13usize, &self.view_point);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_admin_or_search)]
rt::impl_object!(ServiceUpdateMessage);
#[cfg(msgraph_beta_admin_or_search)]
rt::impl_setters!(
    ServiceUpdateMessage { with_id id : ::std::string::String; with_details details :
    ::std::vec::Vec < crate ::beta::KeyValuePair >; with_end_date_time end_date_time :
    rt::edm::DateTimeOffset; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_start_date_time start_date_time :
    rt::edm::DateTimeOffset; with_title title : ::std::string::String;
    with_action_required_by_date_time action_required_by_date_time :
    rt::edm::DateTimeOffset; with_body body : crate ::beta::ItemBody; with_category
    category : crate ::beta::ServiceUpdateCategory; with_is_major_change is_major_change
    : bool; with_services services : ::std::vec::Vec < ::std::string::String >;
    with_severity severity : crate ::beta::ServiceUpdateSeverity; with_tags tags :
    ::std::vec::Vec < ::std::string::String >; with_view_point view_point : crate
    ::beta::ServiceUpdateMessageViewpoint; }
);
#[cfg(msgraph_beta_admin_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ServiceUpdateMessage);
#[cfg(msgraph_beta_admin_or_search)]
/// CSDL: `microsoft.graph.serviceUpdateMessageViewpoint`, complex type.
///
/// Features: `beta`, or one of `beta-admin`, `beta-search`.
#[derive(Clone)]
pub struct ServiceUpdateMessageViewpoint {
    /// CSDL: property `isArchived`: `Edm.Boolean`, nullable.
    pub is_archived: rt::Field<bool>,
    /// CSDL: property `isFavorited`: `Edm.Boolean`, nullable.
    pub is_favorited: rt::Field<bool>,
    /// CSDL: property `isRead`: `Edm.Boolean`, nullable.
    pub is_read: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_admin_or_search)]
impl ::std::default::Default for ServiceUpdateMessageViewpoint {
    #[inline]
    fn default() -> Self {
        Self {
            is_archived: rt::Field::Absent,
            is_favorited: rt::Field::Absent,
            is_read: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_admin_or_search)]
impl rt::Object for ServiceUpdateMessageViewpoint {
    const TYPE_NAME: &'static str = "microsoft.graph.serviceUpdateMessageViewpoint";
    const KEYS: &'static [&'static str] = &["isArchived", "isFavorited", "isRead"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"isArchived\":                   ",
        ",\"isFavorited\":                  ",
        ",\"isRead\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.serviceUpdateMessageViewpoint\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "is_archived", &self.is_archived);
        v.field(1usize, "is_favorited", &self.is_favorited);
        v.field(2usize, "is_read", &self.is_read);
    }
}
#[cfg(msgraph_beta_admin_or_search)]
impl rt::object::Members for ServiceUpdateMessageViewpoint {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.is_archived.read_from(r),
            1usize => self.is_favorited.read_from(r),
            2usize => self.is_read.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.is_archived);
        w.field(1usize, &self.is_favorited);
        w.field(2usize, &self.is_read);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_admin_or_search)]
rt::impl_object!(ServiceUpdateMessageViewpoint);
#[cfg(msgraph_beta_admin_or_search)]
rt::impl_setters!(
    ServiceUpdateMessageViewpoint { with_is_archived is_archived : bool;
    with_is_favorited is_favorited : bool; with_is_read is_read : bool; }
);
#[cfg(msgraph_beta_admin_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ServiceUpdateMessageViewpoint);
#[cfg(msgraph_beta_admin_or_search)]
/// CSDL: `microsoft.graph.serviceUpdateSeverity`, enum type.
///
/// Features: `beta`, or one of `beta-admin`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ServiceUpdateSeverity {
    /// `normal` (value 1).
    Normal,
    /// `high` (value 2).
    High,
    /// `critical` (value 3).
    Critical,
    /// `unknownFutureValue` (value 4).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_admin_or_search)]
impl rt::StrEnum for ServiceUpdateSeverity {
    const TYPE_NAME: &'static str = "microsoft.graph.serviceUpdateSeverity";
    const MEMBERS: &'static [&'static str] = &[
        "normal",
        "high",
        "critical",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "normal" => Self::Normal,
                "high" => Self::High,
                "critical" => Self::Critical,
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
            Self::Critical => "critical",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_admin_or_search)]
rt::impl_enum!(ServiceUpdateSeverity);
#[cfg(msgraph_beta_admin_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ServiceUpdateSeverity);
#[cfg(msgraph_beta_any_area)]
/// CSDL: `microsoft.graph.sessionLifetimePolicy`, complex type.
///
/// Feature: `beta` or any `beta-*` area feature.
#[derive(Clone)]
pub struct SessionLifetimePolicy {
    /// CSDL: property `detail`: `Edm.String`, nullable.
    pub detail: rt::Field<::std::string::String>,
    /// CSDL: property `expirationRequirement`: `microsoft.graph.expirationRequirement`, nullable.
    pub expiration_requirement: rt::Field<crate::beta::ExpirationRequirement>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_any_area)]
impl ::std::default::Default for SessionLifetimePolicy {
    #[inline]
    fn default() -> Self {
        Self {
            detail: rt::Field::Absent,
            expiration_requirement: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_any_area)]
impl rt::Object for SessionLifetimePolicy {
    const TYPE_NAME: &'static str = "microsoft.graph.sessionLifetimePolicy";
    const KEYS: &'static [&'static str] = &["detail", "expirationRequirement"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"detail\":                       ",
        ",\"expirationRequirement\":        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.sessionLifetimePolicy\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "detail", &self.detail);
        v.field(1usize, "expiration_requirement", &self.expiration_requirement);
    }
}
#[cfg(msgraph_beta_any_area)]
impl rt::object::Members for SessionLifetimePolicy {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.detail.read_from(r),
            1usize => self.expiration_requirement.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.detail);
        w.field(1usize, &self.expiration_requirement);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_any_area)]
rt::impl_object!(SessionLifetimePolicy);
#[cfg(msgraph_beta_any_area)]
rt::impl_setters!(
    SessionLifetimePolicy { with_detail detail : ::std::string::String;
    with_expiration_requirement expiration_requirement : crate
    ::beta::ExpirationRequirement; }
);
#[cfg(msgraph_beta_any_area)]
#[cfg(feature = "serde")]
rt::impl_serde!(SessionLifetimePolicy);
#[cfg(msgraph_beta_device_management_or_search)]
/// Device Compilance Policy and Configuration for a Setting State summary
///
/// CSDL: `microsoft.graph.settingStateDeviceSummary`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct SettingStateDeviceSummary {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Device Compliant count for the setting
    ///
    /// CSDL: property `compliantDeviceCount`: `Edm.Int32`, not nullable.
    pub compliant_device_count: rt::Field<i32>,
    /// Device conflict error count for the setting
    ///
    /// CSDL: property `conflictDeviceCount`: `Edm.Int32`, not nullable.
    pub conflict_device_count: rt::Field<i32>,
    /// Device error count for the setting
    ///
    /// CSDL: property `errorDeviceCount`: `Edm.Int32`, not nullable.
    pub error_device_count: rt::Field<i32>,
    /// Name of the InstancePath for the setting
    ///
    /// CSDL: property `instancePath`: `Edm.String`, nullable.
    pub instance_path: rt::Field<::std::string::String>,
    /// Device NonCompliant count for the setting
    ///
    /// CSDL: property `nonCompliantDeviceCount`: `Edm.Int32`, not nullable.
    pub non_compliant_device_count: rt::Field<i32>,
    /// Device Not Applicable count for the setting
    ///
    /// CSDL: property `notApplicableDeviceCount`: `Edm.Int32`, not nullable.
    pub not_applicable_device_count: rt::Field<i32>,
    /// Device Compliant count for the setting
    ///
    /// CSDL: property `remediatedDeviceCount`: `Edm.Int32`, not nullable.
    pub remediated_device_count: rt::Field<i32>,
    /// Name of the setting
    ///
    /// CSDL: property `settingName`: `Edm.String`, nullable.
    pub setting_name: rt::Field<::std::string::String>,
    /// Device Unkown count for the setting
    ///
    /// CSDL: property `unknownDeviceCount`: `Edm.Int32`, not nullable.
    pub unknown_device_count: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for SettingStateDeviceSummary {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            compliant_device_count: rt::Field::Absent,
            conflict_device_count: rt::Field::Absent,
            error_device_count: rt::Field::Absent,
            instance_path: rt::Field::Absent,
            non_compliant_device_count: rt::Field::Absent,
            not_applicable_device_count: rt::Field::Absent,
            remediated_device_count: rt::Field::Absent,
            setting_name: rt::Field::Absent,
            unknown_device_count: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for SettingStateDeviceSummary {
    const TYPE_NAME: &'static str = "microsoft.graph.settingStateDeviceSummary";
    const KEYS: &'static [&'static str] = &[
        "id",
        "compliantDeviceCount",
        "conflictDeviceCount",
        "errorDeviceCount",
        "instancePath",
        "nonCompliantDeviceCount",
        "notApplicableDeviceCount",
        "remediatedDeviceCount",
        "settingName",
        "unknownDeviceCount",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"compliantDeviceCount\":         ",
        ",\"conflictDeviceCount\":          ",
        ",\"errorDeviceCount\":             ",
        ",\"instancePath\":                 ",
        ",\"nonCompliantDeviceCount\":      ",
        ",\"notApplicableDeviceCount\":     ",
        ",\"remediatedDeviceCount\":        ",
        ",\"settingName\":                  ",
        ",\"unknownDeviceCount\":           ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.settingStateDeviceSummary\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "compliant_device_count", &self.compliant_device_count);
        v.field(2usize, "conflict_device_count", &self.conflict_device_count);
        v.field(3usize, "error_device_count", &self.error_device_count);
        v.field(4usize, "instance_path", &self.instance_path);
        v.field(5usize, "non_compliant_device_count", &self.non_compliant_device_count);
        v.field(
            6usize,
            "not_applicable_device_count",
            &self.not_applicable_device_count,
        );
        v.field(7usize, "remediated_device_count", &self.remediated_device_count);
        v.field(8usize, "setting_name", &self.setting_name);
        v.field(9usize, "unknown_device_count", &self.unknown_device_count);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for SettingStateDeviceSummary {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.compliant_device_count.read_from(r),
            2usize => self.conflict_device_count.read_from(r),
            3usize => self.error_device_count.read_from(r),
            4usize => self.instance_path.read_from(r),
            5usize => self.non_compliant_device_count.read_from(r),
            6usize => self.not_applicable_device_count.read_from(r),
            7usize => self.remediated_device_count.read_from(r),
            8usize => self.setting_name.read_from(r),
            9usize => self.unknown_device_count.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.compliant_device_count);
        w.field(2usize, &self.conflict_device_count);
        w.field(3usize, &self.error_device_count);
        w.field(4usize, &self.instance_path);
        w.field(5usize, &self.non_compliant_device_count);
        w.field(6usize, &self.not_applicable_device_count);
        w.field(7usize, &self.remediated_device_count);
        w.field(8usize, &self.setting_name);
        w.field(9usize, &self.unknown_device_count);
    }
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
rt::impl_object!(SettingStateDeviceSummary);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    SettingStateDeviceSummary { with_id id : ::std::string::String;
    with_compliant_device_count compliant_device_count : i32; with_conflict_device_count
    conflict_device_count : i32; with_error_device_count error_device_count : i32;
    with_instance_path instance_path : ::std::string::String;
    with_non_compliant_device_count non_compliant_device_count : i32;
    with_not_applicable_device_count not_applicable_device_count : i32;
    with_remediated_device_count remediated_device_count : i32; with_setting_name
    setting_name : ::std::string::String; with_unknown_device_count unknown_device_count
    : i32; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(SettingStateDeviceSummary);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.settings`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct Settings {
    /// CSDL: property `hasGraphMailbox`: `Edm.Boolean`, not nullable.
    pub has_graph_mailbox: rt::Field<bool>,
    /// CSDL: property `hasLicense`: `Edm.Boolean`, not nullable.
    pub has_license: rt::Field<bool>,
    /// CSDL: property `hasOptedOut`: `Edm.Boolean`, not nullable.
    pub has_opted_out: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for Settings {
    #[inline]
    fn default() -> Self {
        Self {
            has_graph_mailbox: rt::Field::Absent,
            has_license: rt::Field::Absent,
            has_opted_out: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for Settings {
    const TYPE_NAME: &'static str = "microsoft.graph.settings";
    const KEYS: &'static [&'static str] = &[
        "hasGraphMailbox",
        "hasLicense",
        "hasOptedOut",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"hasGraphMailbox\":              ",
        ",\"hasLicense\":                   ",
        ",\"hasOptedOut\":                  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.settings\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "has_graph_mailbox", &self.has_graph_mailbox);
        v.field(1usize, "has_license", &self.has_license);
        v.field(2usize, "has_opted_out", &self.has_opted_out);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for Settings {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.has_graph_mailbox.read_from(r),
            1usize => self.has_license.read_from(r),
            2usize => self.has_opted_out.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.has_graph_mailbox);
        w.field(1usize, &self.has_license);
        w.field(2usize, &self.has_opted_out);
    }
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
rt::impl_object!(Settings);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    Settings { with_has_graph_mailbox has_graph_mailbox : bool; with_has_license
    has_license : bool; with_has_opted_out has_opted_out : bool; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(Settings);
#[cfg(msgraph_beta_print_or_reports_or_search)]
/// CSDL: `microsoft.graph.sharePointActivityPages`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-print`, `beta-reports`, `beta-search`.
#[derive(Clone)]
pub struct SharePointActivityPages {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `reportDate`: `Edm.Date`, nullable.
    pub report_date: rt::Field<rt::edm::Date>,
    /// CSDL: property `reportPeriod`: `Edm.String`, nullable.
    pub report_period: rt::Field<::std::string::String>,
    /// CSDL: property `reportRefreshDate`: `Edm.Date`, nullable.
    pub report_refresh_date: rt::Field<rt::edm::Date>,
    /// CSDL: property `visitedPageCount`: `Edm.Int64`, nullable.
    pub visited_page_count: rt::Field<i64>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl ::std::default::Default for SharePointActivityPages {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            report_date: rt::Field::Absent,
            report_period: rt::Field::Absent,
            report_refresh_date: rt::Field::Absent,
            visited_page_count: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl rt::Object for SharePointActivityPages {
    const TYPE_NAME: &'static str = "microsoft.graph.sharePointActivityPages";
    const KEYS: &'static [&'static str] = &[
        "id",
        "reportDate",
        "reportPeriod",
        "reportRefreshDate",
        "visitedPageCount",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"reportDate\":                   ",
        ",\"reportPeriod\":                 ",
        ",\"reportRefreshDate\":            ",
        ",\"visitedPageCount\":             ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.sharePointActivityPages\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "report_date", &self.report_date);
        v.field(2usize, "report_period", &self.report_period);
        v.field(3usize, "report_refresh_date", &self.report_refresh_date);
        v.field(4usize, "visited_page_count", &self.visited_page_count);
    }
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl rt::object::Members for SharePointActivityPages {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.report_date.read_from(r),
            2usize => self.report_period.read_from(r),
            3usize => self.report_refresh_date.read_from(r),
            4usize => self.visited_page_count.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.report_date);
        w.field(2usize, &self.report_period);
        w.field(3usize, &self.report_refresh_date);
        w.field(4usize, &self.visited_page_count);
    }
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
rt::impl_object!(SharePointActivityPages);
#[cfg(msgraph_beta_print_or_reports_or_search)]
rt::impl_setters!(
    SharePointActivityPages { with_id id : ::std::string::String; with_report_date
    report_date : rt::edm::Date; with_report_period report_period :
    ::std::string::String; with_report_refresh_date report_refresh_date : rt::edm::Date;
    with_visited_page_count visited_page_count : i64; }
);
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(SharePointActivityPages);
#[cfg(msgraph_beta_print_or_reports_or_search)]
/// CSDL: `microsoft.graph.sharePointActivityUserCounts`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-print`, `beta-reports`, `beta-search`.
#[derive(Clone)]
pub struct SharePointActivityUserCounts {
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
    /// CSDL: property `visitedPage`: `Edm.Int64`, nullable.
    pub visited_page: rt::Field<i64>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl ::std::default::Default for SharePointActivityUserCounts {
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
            visited_page: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl rt::Object for SharePointActivityUserCounts {
    const TYPE_NAME: &'static str = "microsoft.graph.sharePointActivityUserCounts";
    const KEYS: &'static [&'static str] = &[
        "id",
        "reportDate",
        "reportPeriod",
        "reportRefreshDate",
        "sharedExternally",
        "sharedInternally",
        "synced",
        "viewedOrEdited",
        "visitedPage",
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
        ",\"visitedPage\":                  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.sharePointActivityUserCounts\"";
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
        v.field(8usize, "visited_page", &self.visited_page);
    }
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl rt::object::Members for SharePointActivityUserCounts {
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
            8usize => self.visited_page.read_from(r),
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
        w.field(8usize, &self.visited_page);
    }
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
rt::impl_object!(SharePointActivityUserCounts);
#[cfg(msgraph_beta_print_or_reports_or_search)]
rt::impl_setters!(
    SharePointActivityUserCounts { with_id id : ::std::string::String; with_report_date
    report_date : rt::edm::Date; with_report_period report_period :
    ::std::string::String; with_report_refresh_date report_refresh_date : rt::edm::Date;
    with_shared_externally shared_externally : i64; with_shared_internally
    shared_internally : i64; with_synced synced : i64; with_viewed_or_edited
    viewed_or_edited : i64; with_visited_page visited_page : i64; }
);
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(SharePointActivityUserCounts);
#[cfg(msgraph_beta_print_or_reports_or_search)]
/// CSDL: `microsoft.graph.sharePointSiteUsageDetail`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-print`, `beta-reports`, `beta-search`.
#[derive(Clone)]
pub struct SharePointSiteUsageDetail {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `activeFileCount`: `Edm.Int64`, nullable.
    pub active_file_count: rt::Field<i64>,
    /// CSDL: property `anonymousLinkCount`: `Edm.Int64`, nullable.
    pub anonymous_link_count: rt::Field<i64>,
    /// CSDL: property `companyLinkCount`: `Edm.Int64`, nullable.
    pub company_link_count: rt::Field<i64>,
    /// CSDL: property `externalSharing`: `Edm.Boolean`, nullable.
    pub external_sharing: rt::Field<bool>,
    /// CSDL: property `fileCount`: `Edm.Int64`, nullable.
    pub file_count: rt::Field<i64>,
    /// CSDL: property `geolocation`: `Edm.String`, nullable.
    pub geolocation: rt::Field<::std::string::String>,
    /// CSDL: property `isDeleted`: `Edm.Boolean`, nullable.
    pub is_deleted: rt::Field<bool>,
    /// CSDL: property `lastActivityDate`: `Edm.Date`, nullable.
    pub last_activity_date: rt::Field<rt::edm::Date>,
    /// CSDL: property `ownerDisplayName`: `Edm.String`, nullable.
    pub owner_display_name: rt::Field<::std::string::String>,
    /// CSDL: property `ownerPrincipalName`: `Edm.String`, nullable.
    pub owner_principal_name: rt::Field<::std::string::String>,
    /// CSDL: property `pageViewCount`: `Edm.Int64`, nullable.
    pub page_view_count: rt::Field<i64>,
    /// CSDL: property `reportPeriod`: `Edm.String`, nullable.
    pub report_period: rt::Field<::std::string::String>,
    /// CSDL: property `reportRefreshDate`: `Edm.Date`, nullable.
    pub report_refresh_date: rt::Field<rt::edm::Date>,
    /// CSDL: property `rootWebTemplate`: `Edm.String`, nullable.
    pub root_web_template: rt::Field<::std::string::String>,
    /// CSDL: property `secureLinkForGuestCount`: `Edm.Int64`, nullable.
    pub secure_link_for_guest_count: rt::Field<i64>,
    /// CSDL: property `secureLinkForMemberCount`: `Edm.Int64`, nullable.
    pub secure_link_for_member_count: rt::Field<i64>,
    /// CSDL: property `siteId`: `Edm.Guid`, nullable.
    pub site_id: rt::Field<rt::edm::Guid>,
    /// CSDL: property `siteSensitivityLabelId`: `Edm.String`, nullable.
    pub site_sensitivity_label_id: rt::Field<::std::string::String>,
    /// CSDL: property `siteUrl`: `Edm.String`, nullable.
    pub site_url: rt::Field<::std::string::String>,
    /// CSDL: property `storageAllocatedInBytes`: `Edm.Int64`, nullable.
    pub storage_allocated_in_bytes: rt::Field<i64>,
    /// CSDL: property `storageUsedInBytes`: `Edm.Int64`, nullable.
    pub storage_used_in_bytes: rt::Field<i64>,
    /// CSDL: property `unmanagedDevicePolicy`: `Edm.String`, nullable.
    pub unmanaged_device_policy: rt::Field<::std::string::String>,
    /// CSDL: property `visitedPageCount`: `Edm.Int64`, nullable.
    pub visited_page_count: rt::Field<i64>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl ::std::default::Default for SharePointSiteUsageDetail {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            active_file_count: rt::Field::Absent,
            anonymous_link_count: rt::Field::Absent,
            company_link_count: rt::Field::Absent,
            external_sharing: rt::Field::Absent,
            file_count: rt::Field::Absent,
            geolocation: rt::Field::Absent,
            is_deleted: rt::Field::Absent,
            last_activity_date: rt::Field::Absent,
            owner_display_name: rt::Field::Absent,
            owner_principal_name: rt::Field::Absent,
            page_view_count: rt::Field::Absent,
            report_period: rt::Field::Absent,
            report_refresh_date: rt::Field::Absent,
            root_web_template: rt::Field::Absent,
            secure_link_for_guest_count: rt::Field::Absent,
            secure_link_for_member_count: rt::Field::Absent,
            site_id: rt::Field::Absent,
            site_sensitivity_label_id: rt::Field::Absent,
            site_url: rt::Field::Absent,
            storage_allocated_in_bytes: rt::Field::Absent,
            storage_used_in_bytes: rt::Field::Absent,
            unmanaged_device_policy: rt::Field::Absent,
            visited_page_count: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl rt::Object for SharePointSiteUsageDetail {
    const TYPE_NAME: &'static str = "microsoft.graph.sharePointSiteUsageDetail";
    const KEYS: &'static [&'static str] = &[
        "id",
        "activeFileCount",
        "anonymousLinkCount",
        "companyLinkCount",
        "externalSharing",
        "fileCount",
        "geolocation",
        "isDeleted",
        "lastActivityDate",
        "ownerDisplayName",
        "ownerPrincipalName",
        "pageViewCount",
        "reportPeriod",
        "reportRefreshDate",
        "rootWebTemplate",
        "secureLinkForGuestCount",
        "secureLinkForMemberCount",
        "siteId",
        "siteSensitivityLabelId",
        "siteUrl",
        "storageAllocatedInBytes",
        "storageUsedInBytes",
        "unmanagedDevicePolicy",
        "visitedPageCount",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"activeFileCount\":              ",
        ",\"anonymousLinkCount\":           ",
        ",\"companyLinkCount\":             ",
        ",\"externalSharing\":              ",
        ",\"fileCount\":                    ",
        ",\"geolocation\":                  ",
        ",\"isDeleted\":                    ",
        ",\"lastActivityDate\":             ",
        ",\"ownerDisplayName\":             ",
        ",\"ownerPrincipalName\":           ",
        ",\"pageViewCount\":                ",
        ",\"reportPeriod\":                 ",
        ",\"reportRefreshDate\":            ",
        ",\"rootWebTemplate\":              ",
        ",\"secureLinkForGuestCount\":      ",
        ",\"secureLinkForMemberCount\":     ",
        ",\"siteId\":                       ",
        ",\"siteSensitivityLabelId\":       ",
        ",\"siteUrl\":                      ",
        ",\"storageAllocatedInBytes\":      ",
        ",\"storageUsedInBytes\":           ",
        ",\"unmanagedDevicePolicy\":        ",
        ",\"visitedPageCount\":             ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.sharePointSiteUsageDetail\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "active_file_count", &self.active_file_count);
        v.field(2usize, "anonymous_link_count", &self.anonymous_link_count);
        v.field(3usize, "company_link_count", &self.company_link_count);
        v.field(4usize, "external_sharing", &self.external_sharing);
        v.field(5usize, "file_count", &self.file_count);
        v.field(6usize, "geolocation", &self.geolocation);
        v.field(7usize, "is_deleted", &self.is_deleted);
        v.field(8usize, "last_activity_date", &self.last_activity_date);
        v.field(9usize, "owner_display_name", &self.owner_display_name);
        v.field(10usize, "owner_principal_name", &self.owner_principal_name);
        v.field(11usize, "page_view_count", &self.page_view_count);
        v.field(12usize, "report_period", &self.report_period);
        v.field(13usize, "report_refresh_date", &self.report_refresh_date);
        v.field(14usize, "root_web_template", &self.root_web_template);
        v.field(
            15usize,
            "secure_link_for_guest_count",
            &self.secure_link_for_guest_count,
        );
        v.field(
            16usize,
            "secure_link_for_member_count",
            &self.secure_link_for_member_count,
        );
        v.field(17usize, "site_id", &self.site_id);
        v.field(18usize, "site_sensitivity_label_id", &self.site_sensitivity_label_id);
        v.field(19usize, "site_url", &self.site_url);
        v.field(20usize, "storage_allocated_in_bytes", &self.storage_allocated_in_bytes);
        v.field(21usize, "storage_used_in_bytes", &self.storage_used_in_bytes);
        v.field(22usize, "unmanaged_device_policy", &self.unmanaged_device_policy);
        v.field(23usize, "visited_page_count", &self.visited_page_count);
    }
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl rt::object::Members for SharePointSiteUsageDetail {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.active_file_count.read_from(r),
            2usize => self.anonymous_link_count.read_from(r),
            3usize => self.company_link_count.read_from(r),
            4usize => self.external_sharing.read_from(r),
            5usize => self.file_count.read_from(r),
            6usize => self.geolocation.read_from(r),
            7usize => self.is_deleted.read_from(r),
            8usize => self.last_activity_date.read_from(r),
            9usize => self.owner_display_name.read_from(r),
            10usize => self.owner_principal_name.read_from(r),
            11usize => self.page_view_count.read_from(r),
            12usize => self.report_period.read_from(r),
            13usize => self.report_refresh_date.read_from(r),
            14usize => self.root_web_template.read_from(r),
            15usize => self.secure_link_for_guest_count.read_from(r),
            16usize => self.secure_link_for_member_count.read_from(r),
            17usize => self.site_id.read_from(r),
            18usize => self.site_sensitivity_label_id.read_from(r),
            19usize => self.site_url.read_from(r),
            20usize => self.storage_allocated_in_bytes.read_from(r),
            21usize => self.storage_used_in_bytes.read_from(r),
            22usize => self.unmanaged_device_policy.read_from(r),
            23usize => self.visited_page_count.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.active_file_count);
        w.field(2usize, &self.anonymous_link_count);
        w.field(3usize, &self.company_link_count);
        w.field(4usize, &self.external_sharing);
        w.field(5usize, &self.file_count);
        w.field(6usize, &self.geolocation);
        w.field(7usize, &self.is_deleted);
        w.field(8usize, &self.last_activity_date);
        w.field(9usize, &self.owner_display_name);
        w.field(10usize, &self.owner_principal_name);
        w.field(11usize, &self.page_view_count);
        w.field(12usize, &self.report_period);
        w.field(13usize, &self.report_refresh_date);
        w.field(14usize, &self.root_web_template);
        w.field(15usize, &self.secure_link_for_guest_count);
        w.field(16usize, &self.secure_link_for_member_count);
        w.field(17usize, &self.site_id);
        w.field(18usize, &self.site_sensitivity_label_id);
        w.field(19usize, &self.site_url);
        w.field(20usize, &self.storage_allocated_in_bytes);
        w.field(21usize, &self.storage_used_in_bytes);
        w.field(22usize, &self.unmanaged_device_policy);
        w.field(23usize, &self.visited_page_count);
    }
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
rt::impl_object!(SharePointSiteUsageDetail);
#[cfg(msgraph_beta_print_or_reports_or_search)]
rt::impl_setters!(
    SharePointSiteUsageDetail { with_id id : ::std::string::String;
    with_active_file_count active_file_count : i64; with_anonymous_link_count
    anonymous_link_count : i64; with_company_link_count company_link_count : i64;
    with_external_sharing external_sharing : bool; with_file_count file_count : i64;
    with_geolocation geolocation : ::std::string::String; with_is_deleted is_deleted :
    bool; with_last_activity_date last_activity_date : rt::edm::Date;
    with_owner_display_name owner_display_name : ::std::string::String;
    with_owner_principal_name owner_principal_name : ::std::string::String;
    with_page_view_count page_view_count : i64; with_report_period report_period :
    ::std::string::String; with_report_refresh_date report_refresh_date : rt::edm::Date;
    with_root_web_template root_web_template : ::std::string::String;
    with_secure_link_for_guest_count secure_link_for_guest_count : i64;
    with_secure_link_for_member_count secure_link_for_member_count : i64; with_site_id
    site_id : rt::edm::Guid; with_site_sensitivity_label_id site_sensitivity_label_id :
    ::std::string::String; with_site_url site_url : ::std::string::String;
    with_storage_allocated_in_bytes storage_allocated_in_bytes : i64;
    with_storage_used_in_bytes storage_used_in_bytes : i64; with_unmanaged_device_policy
    unmanaged_device_policy : ::std::string::String; with_visited_page_count
    visited_page_count : i64; }
);
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(SharePointSiteUsageDetail);
#[cfg(msgraph_beta_print_or_reports_or_search)]
/// CSDL: `microsoft.graph.sharePointSiteUsagePages`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-print`, `beta-reports`, `beta-search`.
#[derive(Clone)]
pub struct SharePointSiteUsagePages {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `pageViewCount`: `Edm.Int64`, nullable.
    pub page_view_count: rt::Field<i64>,
    /// CSDL: property `reportDate`: `Edm.Date`, nullable.
    pub report_date: rt::Field<rt::edm::Date>,
    /// CSDL: property `reportPeriod`: `Edm.String`, nullable.
    pub report_period: rt::Field<::std::string::String>,
    /// CSDL: property `reportRefreshDate`: `Edm.Date`, nullable.
    pub report_refresh_date: rt::Field<rt::edm::Date>,
    /// CSDL: property `siteType`: `Edm.String`, nullable.
    pub site_type: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl ::std::default::Default for SharePointSiteUsagePages {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            page_view_count: rt::Field::Absent,
            report_date: rt::Field::Absent,
            report_period: rt::Field::Absent,
            report_refresh_date: rt::Field::Absent,
            site_type: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl rt::Object for SharePointSiteUsagePages {
    const TYPE_NAME: &'static str = "microsoft.graph.sharePointSiteUsagePages";
    const KEYS: &'static [&'static str] = &[
        "id",
        "pageViewCount",
        "reportDate",
        "reportPeriod",
        "reportRefreshDate",
        "siteType",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"pageViewCount\":                ",
        ",\"reportDate\":                   ",
        ",\"reportPeriod\":                 ",
        ",\"reportRefreshDate\":            ",
        ",\"siteType\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.sharePointSiteUsagePages\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "page_view_count", &self.page_view_count);
        v.field(2usize, "report_date", &self.report_date);
        v.field(3usize, "report_period", &self.report_period);
        v.field(4usize, "report_refresh_date", &self.report_refresh_date);
        v.field(5usize, "site_type", &self.site_type);
    }
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl rt::object::Members for SharePointSiteUsagePages {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.page_view_count.read_from(r),
            2usize => self.report_date.read_from(r),
            3usize => self.report_period.read_from(r),
            4usize => self.report_refresh_date.read_from(r),
            5usize => self.site_type.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.page_view_count);
        w.field(2usize, &self.report_date);
        w.field(3usize, &self.report_period);
        w.field(4usize, &self.report_refresh_date);
        w.field(5usize, &self.site_type);
    }
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
rt::impl_object!(SharePointSiteUsagePages);
#[cfg(msgraph_beta_print_or_reports_or_search)]
rt::impl_setters!(
    SharePointSiteUsagePages { with_id id : ::std::string::String; with_page_view_count
    page_view_count : i64; with_report_date report_date : rt::edm::Date;
    with_report_period report_period : ::std::string::String; with_report_refresh_date
    report_refresh_date : rt::edm::Date; with_site_type site_type :
    ::std::string::String; }
);
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(SharePointSiteUsagePages);
#[cfg(msgraph_beta_print_or_reports_or_search)]
/// CSDL: `microsoft.graph.sharePointSiteUsageSiteCounts`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-print`, `beta-reports`, `beta-search`.
#[derive(Clone)]
pub struct SharePointSiteUsageSiteCounts {
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
impl ::std::default::Default for SharePointSiteUsageSiteCounts {
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
impl rt::Object for SharePointSiteUsageSiteCounts {
    const TYPE_NAME: &'static str = "microsoft.graph.sharePointSiteUsageSiteCounts";
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
    const TAG: &'static str = "\"#microsoft.graph.sharePointSiteUsageSiteCounts\"";
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
impl rt::object::Members for SharePointSiteUsageSiteCounts {
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
rt::impl_object!(SharePointSiteUsageSiteCounts);
#[cfg(msgraph_beta_print_or_reports_or_search)]
rt::impl_setters!(
    SharePointSiteUsageSiteCounts { with_id id : ::std::string::String; with_active
    active : i64; with_report_date report_date : rt::edm::Date; with_report_period
    report_period : ::std::string::String; with_report_refresh_date report_refresh_date :
    rt::edm::Date; with_site_type site_type : ::std::string::String; with_total total :
    i64; }
);
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(SharePointSiteUsageSiteCounts);
#[cfg(msgraph_beta_directory_or_search)]
/// CSDL: `microsoft.graph.sharedEmailDomain`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-directory`, `beta-search`.
#[derive(Clone)]
pub struct SharedEmailDomain {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `provisioningStatus`: `Edm.String`, nullable.
    pub provisioning_status: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_directory_or_search)]
impl ::std::default::Default for SharedEmailDomain {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            provisioning_status: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_directory_or_search)]
impl rt::Object for SharedEmailDomain {
    const TYPE_NAME: &'static str = "microsoft.graph.sharedEmailDomain";
    const KEYS: &'static [&'static str] = &["id", "provisioningStatus"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"provisioningStatus\":           ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.sharedEmailDomain\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "provisioning_status", &self.provisioning_status);
    }
}
#[cfg(msgraph_beta_directory_or_search)]
impl rt::object::Members for SharedEmailDomain {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.provisioning_status.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.provisioning_status);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_directory_or_search)]
rt::impl_object!(SharedEmailDomain);
#[cfg(msgraph_beta_directory_or_search)]
rt::impl_setters!(
    SharedEmailDomain { with_id id : ::std::string::String; with_provisioning_status
    provisioning_status : ::std::string::String; }
);
#[cfg(msgraph_beta_directory_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(SharedEmailDomain);
#[cfg(msgraph_beta_domains_or_search)]
/// CSDL: `microsoft.graph.sharedEmailDomainInvitation`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-domains`, `beta-search`.
#[derive(Clone)]
pub struct SharedEmailDomainInvitation {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `expiryTime`: `Edm.DateTimeOffset`, nullable.
    pub expiry_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `invitationDomain`: `Edm.String`, nullable.
    pub invitation_domain: rt::Field<::std::string::String>,
    /// CSDL: property `invitationStatus`: `Edm.String`, nullable.
    pub invitation_status: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_domains_or_search)]
impl ::std::default::Default for SharedEmailDomainInvitation {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            expiry_time: rt::Field::Absent,
            invitation_domain: rt::Field::Absent,
            invitation_status: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_domains_or_search)]
impl rt::Object for SharedEmailDomainInvitation {
    const TYPE_NAME: &'static str = "microsoft.graph.sharedEmailDomainInvitation";
    const KEYS: &'static [&'static str] = &[
        "id",
        "expiryTime",
        "invitationDomain",
        "invitationStatus",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"expiryTime\":                   ",
        ",\"invitationDomain\":             ",
        ",\"invitationStatus\":             ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.sharedEmailDomainInvitation\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "expiry_time", &self.expiry_time);
        v.field(2usize, "invitation_domain", &self.invitation_domain);
        v.field(3usize, "invitation_status", &self.invitation_status);
    }
}
#[cfg(msgraph_beta_domains_or_search)]
impl rt::object::Members for SharedEmailDomainInvitation {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.expiry_time.read_from(r),
            2usize => self.invitation_domain.read_from(r),
            3usize => self.invitation_status.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.expiry_time);
        w.field(2usize, &self.invitation_domain);
        w.field(3usize, &self.invitation_status);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_domains_or_search)]
rt::impl_object!(SharedEmailDomainInvitation);
#[cfg(msgraph_beta_domains_or_search)]
rt::impl_setters!(
    SharedEmailDomainInvitation { with_id id : ::std::string::String; with_expiry_time
    expiry_time : rt::edm::DateTimeOffset; with_invitation_domain invitation_domain :
    ::std::string::String; with_invitation_status invitation_status :
    ::std::string::String; }
);
#[cfg(msgraph_beta_domains_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(SharedEmailDomainInvitation);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.sharedPCAccountDeletionPolicyType`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum SharedPcAccountDeletionPolicyType {
    /// `immediate` (value 0).
    Immediate,
    /// `diskSpaceThreshold` (value 1).
    DiskSpaceThreshold,
    /// `diskSpaceThresholdOrInactiveThreshold` (value 2).
    DiskSpaceThresholdOrInactiveThreshold,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for SharedPcAccountDeletionPolicyType {
    const TYPE_NAME: &'static str = "microsoft.graph.sharedPCAccountDeletionPolicyType";
    const MEMBERS: &'static [&'static str] = &[
        "immediate",
        "diskSpaceThreshold",
        "diskSpaceThresholdOrInactiveThreshold",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "immediate" => Self::Immediate,
                "diskSpaceThreshold" => Self::DiskSpaceThreshold,
                "diskSpaceThresholdOrInactiveThreshold" => {
                    Self::DiskSpaceThresholdOrInactiveThreshold
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
            Self::Immediate => "immediate",
            Self::DiskSpaceThreshold => "diskSpaceThreshold",
            Self::DiskSpaceThresholdOrInactiveThreshold => {
                "diskSpaceThresholdOrInactiveThreshold"
            }
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(SharedPcAccountDeletionPolicyType);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(SharedPcAccountDeletionPolicyType);
#[cfg(msgraph_beta_device_management_or_search)]
/// SharedPC Account Manager Policy. Only applies when the account manager is enabled.
///
/// CSDL: `microsoft.graph.sharedPCAccountManagerPolicy`, complex type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct SharedPcAccountManagerPolicy {
    /// Configures when accounts are deleted.
    ///
    /// CSDL: property `accountDeletionPolicy`: `microsoft.graph.sharedPCAccountDeletionPolicyType`, not nullable.
    pub account_deletion_policy: rt::Field<
        crate::beta::SharedPcAccountDeletionPolicyType,
    >,
    /// Sets the percentage of available disk space a PC should have before it stops deleting cached shared PC accounts. Only applies when AccountDeletionPolicy is DiskSpaceThreshold or DiskSpaceThresholdOrInactiveThreshold. Valid values 0 to 100
    ///
    /// CSDL: property `cacheAccountsAboveDiskFreePercentage`: `Edm.Int32`, nullable.
    pub cache_accounts_above_disk_free_percentage: rt::Field<i32>,
    /// Specifies when the accounts will start being deleted when they have not been logged on during the specified period, given as number of days. Only applies when AccountDeletionPolicy is DiskSpaceThreshold or DiskSpaceThresholdOrInactiveThreshold.
    ///
    /// CSDL: property `inactiveThresholdDays`: `Edm.Int32`, nullable.
    pub inactive_threshold_days: rt::Field<i32>,
    /// Sets the percentage of disk space remaining on a PC before cached accounts will be deleted to free disk space. Accounts that have been inactive the longest will be deleted first. Only applies when AccountDeletionPolicy is DiskSpaceThresholdOrInactiveThreshold. Valid values 0 to 100
    ///
    /// CSDL: property `removeAccountsBelowDiskFreePercentage`: `Edm.Int32`, nullable.
    pub remove_accounts_below_disk_free_percentage: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for SharedPcAccountManagerPolicy {
    #[inline]
    fn default() -> Self {
        Self {
            account_deletion_policy: rt::Field::Absent,
            cache_accounts_above_disk_free_percentage: rt::Field::Absent,
            inactive_threshold_days: rt::Field::Absent,
            remove_accounts_below_disk_free_percentage: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for SharedPcAccountManagerPolicy {
    const TYPE_NAME: &'static str = "microsoft.graph.sharedPCAccountManagerPolicy";
    const KEYS: &'static [&'static str] = &[
        "accountDeletionPolicy",
        "cacheAccountsAboveDiskFreePercentage",
        "inactiveThresholdDays",
        "removeAccountsBelowDiskFreePercentage",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"accountDeletionPolicy\":        ",
        ",\"cacheAccountsAboveDiskFreePercentage\":",
        ",\"inactiveThresholdDays\":        ",
        ",\"removeAccountsBelowDiskFreePercentage\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.sharedPCAccountManagerPolicy\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "account_deletion_policy", &self.account_deletion_policy);
        v.field(
            1usize,
            "cache_accounts_above_disk_free_percentage",
            &self.cache_accounts_above_disk_free_percentage,
        );
        v.field(2usize, "inactive_threshold_days", &self.inactive_threshold_days);
        v.field(
            3usize,
            "remove_accounts_below_disk_free_percentage",
            &self.remove_accounts_below_disk_free_percentage,
        );
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for SharedPcAccountManagerPolicy {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.account_deletion_policy.read_from(r),
            1usize => self.cache_accounts_above_disk_free_percentage.read_from(r),
            2usize => self.inactive_threshold_days.read_from(r),
            3usize => self.remove_accounts_below_disk_free_percentage.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.account_deletion_policy);
        w.field(1usize, &self.cache_accounts_above_disk_free_percentage);
        w.field(2usize, &self.inactive_threshold_days);
        w.field(3usize, &self.remove_accounts_below_disk_free_percentage);
    }
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
rt::impl_object!(SharedPcAccountManagerPolicy);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    SharedPcAccountManagerPolicy { with_account_deletion_policy account_deletion_policy :
    crate ::beta::SharedPcAccountDeletionPolicyType;
    with_cache_accounts_above_disk_free_percentage
    cache_accounts_above_disk_free_percentage : i32; with_inactive_threshold_days
    inactive_threshold_days : i32; with_remove_accounts_below_disk_free_percentage
    remove_accounts_below_disk_free_percentage : i32; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(SharedPcAccountManagerPolicy);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.sharedPCAllowedAccountType`, enum type, flags (comma-separated in JSON).
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum SharedPcAllowedAccountType {
    /// `notConfigured` (value 0).
    NotConfigured,
    /// `guest` (value 1).
    Guest,
    /// `domain` (value 2).
    Domain,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for SharedPcAllowedAccountType {
    const TYPE_NAME: &'static str = "microsoft.graph.sharedPCAllowedAccountType";
    const MEMBERS: &'static [&'static str] = &["notConfigured", "guest", "domain"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "notConfigured" => Self::NotConfigured,
                "guest" => Self::Guest,
                "domain" => Self::Domain,
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
            Self::Guest => "guest",
            Self::Domain => "domain",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(SharedPcAllowedAccountType);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(SharedPcAllowedAccountType);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// CSDL: `microsoft.graph.sharingInvitation`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct SharingInvitation {
    /// CSDL: property `email`: `Edm.String`, nullable.
    pub email: rt::Field<::std::string::String>,
    /// CSDL: property `invitedBy`: `microsoft.graph.identitySet`, nullable.
    pub invited_by: rt::Field<crate::beta::IdentitySet>,
    /// CSDL: property `redeemedBy`: `Edm.String`, nullable.
    pub redeemed_by: rt::Field<::std::string::String>,
    /// CSDL: property `signInRequired`: `Edm.Boolean`, nullable.
    pub sign_in_required: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for SharingInvitation {
    #[inline]
    fn default() -> Self {
        Self {
            email: rt::Field::Absent,
            invited_by: rt::Field::Absent,
            redeemed_by: rt::Field::Absent,
            sign_in_required: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for SharingInvitation {
    const TYPE_NAME: &'static str = "microsoft.graph.sharingInvitation";
    const KEYS: &'static [&'static str] = &[
        "email",
        "invitedBy",
        "redeemedBy",
        "signInRequired",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"email\":                        ",
        ",\"invitedBy\":                    ",
        ",\"redeemedBy\":                   ",
        ",\"signInRequired\":               ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.sharingInvitation\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "email", &self.email);
        v.field(1usize, "invited_by", &self.invited_by);
        v.field(2usize, "redeemed_by", &self.redeemed_by);
        v.field(3usize, "sign_in_required", &self.sign_in_required);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for SharingInvitation {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.email.read_from(r),
            1usize => self.invited_by.read_from(r),
            2usize => self.redeemed_by.read_from(r),
            3usize => self.sign_in_required.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.email);
        w.field(1usize, &self.invited_by);
        w.field(2usize, &self.redeemed_by);
        w.field(3usize, &self.sign_in_required);
    }
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
rt::impl_object!(SharingInvitation);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    SharingInvitation { with_email email : ::std::string::String; with_invited_by
    invited_by : crate ::beta::IdentitySet; with_redeemed_by redeemed_by :
    ::std::string::String; with_sign_in_required sign_in_required : bool; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(SharingInvitation);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// CSDL: `microsoft.graph.sharingLink`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct SharingLink {
    /// CSDL: property `application`: `microsoft.graph.identity`, nullable.
    pub application: rt::Field<crate::beta::AnyIdentity>,
    /// CSDL: property `configuratorUrl`: `Edm.String`, nullable.
    pub configurator_url: rt::Field<::std::string::String>,
    /// CSDL: property `preventsDownload`: `Edm.Boolean`, nullable.
    pub prevents_download: rt::Field<bool>,
    /// CSDL: property `scope`: `Edm.String`, nullable.
    pub scope: rt::Field<::std::string::String>,
    /// CSDL: property `type`: `Edm.String`, nullable.
    pub type_: rt::Field<::std::string::String>,
    /// CSDL: property `webHtml`: `Edm.String`, nullable.
    pub web_html: rt::Field<::std::string::String>,
    /// CSDL: property `webUrl`: `Edm.String`, nullable.
    pub web_url: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for SharingLink {
    #[inline]
    fn default() -> Self {
        Self {
            application: rt::Field::Absent,
            configurator_url: rt::Field::Absent,
            prevents_download: rt::Field::Absent,
            scope: rt::Field::Absent,
            type_: rt::Field::Absent,
            web_html: rt::Field::Absent,
            web_url: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for SharingLink {
    const TYPE_NAME: &'static str = "microsoft.graph.sharingLink";
    const KEYS: &'static [&'static str] = &[
        "application",
        "configuratorUrl",
        "preventsDownload",
        "scope",
        "type",
        "webHtml",
        "webUrl",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"application\":                  ",
        ",\"configuratorUrl\":              ",
        ",\"preventsDownload\":             ",
        ",\"scope\":                        ",
        ",\"type\":                         ",
        ",\"webHtml\":                      ",
        ",\"webUrl\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.sharingLink\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "application", &self.application);
        v.field(1usize, "configurator_url", &self.configurator_url);
        v.field(2usize, "prevents_download", &self.prevents_download);
        v.field(3usize, "scope", &self.scope);
        v.field(4usize, "type_", &self.type_);
        v.field(5usize, "web_html", &self.web_html);
        v.field(6usize, "web_url", &self.web_url);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for SharingLink {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.application.read_from(r),
            1usize => self.configurator_url.read_from(r),
            2usize => self.prevents_download.read_from(r),
            3usize => self.scope.read_from(r),
            4usize => self.type_.read_from(r),
            5usize => self.web_html.read_from(r),
            6usize => self.web_url.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.application);
        w.field(1usize, &self.configurator_url);
        w.field(2usize, &self.prevents_download);
        w.field(3usize, &self.scope);
        w.field(4usize, &self.type_);
        w.field(5usize, &self.web_html);
        w.field(6usize, &self.web_url);
    }
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
rt::impl_object!(SharingLink);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    SharingLink { with_application application : crate ::beta::AnyIdentity;
    with_configurator_url configurator_url : ::std::string::String;
    with_prevents_download prevents_download : bool; with_scope scope :
    ::std::string::String; with_type type_ : ::std::string::String; with_web_html
    web_html : ::std::string::String; with_web_url web_url : ::std::string::String; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(SharingLink);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.shift`, entity type, derived from `microsoft.graph.changeTrackedEntity`, key `id`.
///
/// Request builders: [`ShiftPath`](requests/trait.ShiftPath.html), what a path to one (`EntityPath<Shift, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct Shift {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `createdBy`: `microsoft.graph.identitySet`, nullable.
    pub created_by: rt::Field<crate::beta::IdentitySet>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `lastModifiedBy`: `microsoft.graph.identitySet`, nullable.
    pub last_modified_by: rt::Field<crate::beta::IdentitySet>,
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `draftShift`: `microsoft.graph.shiftItem`, nullable.
    pub draft_shift: rt::Field<crate::beta::AnyShiftItem>,
    /// CSDL: property `isStagedForDeletion`: `Edm.Boolean`, nullable.
    pub is_staged_for_deletion: rt::Field<bool>,
    /// CSDL: property `schedulingGroupId`: `Edm.String`, nullable.
    pub scheduling_group_id: rt::Field<::std::string::String>,
    /// CSDL: property `sharedShift`: `microsoft.graph.shiftItem`, nullable.
    pub shared_shift: rt::Field<crate::beta::AnyShiftItem>,
    /// CSDL: property `userId`: `Edm.String`, nullable.
    pub user_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for Shift {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_by: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            last_modified_by: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            draft_shift: rt::Field::Absent,
            is_staged_for_deletion: rt::Field::Absent,
            scheduling_group_id: rt::Field::Absent,
            shared_shift: rt::Field::Absent,
            user_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for Shift {
    const TYPE_NAME: &'static str = "microsoft.graph.shift";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdBy",
        "createdDateTime",
        "lastModifiedBy",
        "lastModifiedDateTime",
        "draftShift",
        "isStagedForDeletion",
        "schedulingGroupId",
        "sharedShift",
        "userId",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdBy\":                    ",
        ",\"createdDateTime\":              ",
        ",\"lastModifiedBy\":               ",
        ",\"lastModifiedDateTime\":         ",
        ",\"draftShift\":                   ",
        ",\"isStagedForDeletion\":          ",
        ",\"schedulingGroupId\":            ",
        ",\"sharedShift\":                  ",
        ",\"userId\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.shift\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_by", &self.created_by);
        v.field(2usize, "created_date_time", &self.created_date_time);
        v.field(3usize, "last_modified_by", &self.last_modified_by);
        v.field(4usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(5usize, "draft_shift", &self.draft_shift);
        v.field(6usize, "is_staged_for_deletion", &self.is_staged_for_deletion);
        v.field(7usize, "scheduling_group_id", &self.scheduling_group_id);
        v.field(8usize, "shared_shift", &self.shared_shift);
        v.field(9usize, "user_id", &self.user_id);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for Shift {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_by.read_from(r),
            2usize => self.created_date_time.read_from(r),
            3usize => self.last_modified_by.read_from(r),
            4usize => self.last_modified_date_time.read_from(r),
            5usize => self.draft_shift.read_from(r),
            6usize => self.is_staged_for_deletion.read_from(r),
            7usize => self.scheduling_group_id.read_from(r),
            8usize => self.shared_shift.read_from(r),
            9usize => self.user_id.read_from(r),
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
        w.field(5usize, &self.draft_shift);
        w.field(6usize, &self.is_staged_for_deletion);
        w.field(7usize, &self.scheduling_group_id);
        w.field(8usize, &self.shared_shift);
        w.field(9usize, &self.user_id);
    }
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
rt::impl_object!(Shift);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    Shift { with_id id : ::std::string::String; with_created_by created_by : crate
    ::beta::IdentitySet; with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_last_modified_by last_modified_by : crate
    ::beta::IdentitySet; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_draft_shift draft_shift : crate ::beta::AnyShiftItem;
    with_is_staged_for_deletion is_staged_for_deletion : bool; with_scheduling_group_id
    scheduling_group_id : ::std::string::String; with_shared_shift shared_shift : crate
    ::beta::AnyShiftItem; with_user_id user_id : ::std::string::String; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(Shift);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.shiftActivity`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ShiftActivity {
    /// CSDL: property `code`: `Edm.String`, nullable.
    pub code: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `endDateTime`: `Edm.DateTimeOffset`, nullable.
    pub end_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `isPaid`: `Edm.Boolean`, nullable.
    pub is_paid: rt::Field<bool>,
    /// CSDL: property `startDateTime`: `Edm.DateTimeOffset`, nullable.
    pub start_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `theme`: `microsoft.graph.scheduleEntityTheme`, not nullable.
    pub theme: rt::Field<crate::beta::ScheduleEntityTheme>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for ShiftActivity {
    #[inline]
    fn default() -> Self {
        Self {
            code: rt::Field::Absent,
            display_name: rt::Field::Absent,
            end_date_time: rt::Field::Absent,
            is_paid: rt::Field::Absent,
            start_date_time: rt::Field::Absent,
            theme: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for ShiftActivity {
    const TYPE_NAME: &'static str = "microsoft.graph.shiftActivity";
    const KEYS: &'static [&'static str] = &[
        "code",
        "displayName",
        "endDateTime",
        "isPaid",
        "startDateTime",
        "theme",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"code\":                         ",
        ",\"displayName\":                  ",
        ",\"endDateTime\":                  ",
        ",\"isPaid\":                       ",
        ",\"startDateTime\":                ",
        ",\"theme\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.shiftActivity\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "code", &self.code);
        v.field(1usize, "display_name", &self.display_name);
        v.field(2usize, "end_date_time", &self.end_date_time);
        v.field(3usize, "is_paid", &self.is_paid);
        v.field(4usize, "start_date_time", &self.start_date_time);
        v.field(5usize, "theme", &self.theme);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for ShiftActivity {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.code.read_from(r),
            1usize => self.display_name.read_from(r),
            2usize => self.end_date_time.read_from(r),
            3usize => self.is_paid.read_from(r),
            4usize => self.start_date_time.read_from(r),
            5usize => self.theme.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.code);
        w.field(1usize, &self.display_name);
        w.field(2usize, &self.end_date_time);
        w.field(3usize, &self.is_paid);
        w.field(4usize, &self.start_date_time);
        w.field(5usize, &self.theme);
    }
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
rt::impl_object!(ShiftActivity);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    ShiftActivity { with_code code : ::std::string::String; with_display_name
    display_name : ::std::string::String; with_end_date_time end_date_time :
    rt::edm::DateTimeOffset; with_is_paid is_paid : bool; with_start_date_time
    start_date_time : rt::edm::DateTimeOffset; with_theme theme : crate
    ::beta::ScheduleEntityTheme; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(ShiftActivity);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.shiftItem`, complex type, derived from `microsoft.graph.scheduleEntity`.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ShiftItem {
    /// CSDL: property `endDateTime`: `Edm.DateTimeOffset`, nullable.
    pub end_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `startDateTime`: `Edm.DateTimeOffset`, nullable.
    pub start_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `theme`: `microsoft.graph.scheduleEntityTheme`, not nullable.
    pub theme: rt::Field<crate::beta::ScheduleEntityTheme>,
    /// CSDL: property `activities`: `Collection(microsoft.graph.shiftActivity)`, nullable.
    pub activities: rt::Field<::std::vec::Vec<crate::beta::ShiftActivity>>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `notes`: `Edm.String`, nullable.
    pub notes: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for ShiftItem {
    #[inline]
    fn default() -> Self {
        Self {
            end_date_time: rt::Field::Absent,
            start_date_time: rt::Field::Absent,
            theme: rt::Field::Absent,
            activities: rt::Field::Absent,
            display_name: rt::Field::Absent,
            notes: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for ShiftItem {
    const TYPE_NAME: &'static str = "microsoft.graph.shiftItem";
    const KEYS: &'static [&'static str] = &[
        "endDateTime",
        "startDateTime",
        "theme",
        "activities",
        "displayName",
        "notes",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"endDateTime\":                  ",
        ",\"startDateTime\":                ",
        ",\"theme\":                        ",
        ",\"activities\":                   ",
        ",\"displayName\":                  ",
        ",\"notes\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.shiftItem\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "end_date_time", &self.end_date_time);
        v.field(1usize, "start_date_time", &self.start_date_time);
        v.field(2usize, "theme", &self.theme);
        v.field(3usize, "activities", &self.activities);
        v.field(4usize, "display_name", &self.display_name);
        v.field(5usize, "notes", &self.notes);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for ShiftItem {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.end_date_time.read_from(r),
            1usize => self.start_date_time.read_from(r),
            2usize => self.theme.read_from(r),
            3usize => self.activities.read_from(r),
            4usize => self.display_name.read_from(r),
            5usize => self.notes.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.end_date_time);
        w.field(1usize, &self.start_date_time);
        w.field(2usize, &self.theme);
        w.field(3usize, &self.activities);
        w.field(4usize, &self.display_name);
        w.field(5usize, &self.notes);
    }
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
rt::impl_object!(ShiftItem);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    ShiftItem { with_end_date_time end_date_time : rt::edm::DateTimeOffset;
    with_start_date_time start_date_time : rt::edm::DateTimeOffset; with_theme theme :
    crate ::beta::ScheduleEntityTheme; with_activities activities : ::std::vec::Vec <
    crate ::beta::ShiftActivity >; with_display_name display_name :
    ::std::string::String; with_notes notes : ::std::string::String; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(ShiftItem);
#[cfg(msgraph_beta_core)]
/// `microsoft.graph.shiftItem` or any type derived from it, selected by `@odata.type` (2 types); each variant's type converts into it (`From`).
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Debug)]
pub enum AnyShiftItem {
    ShiftItem(::std::boxed::Box<crate::beta::ShiftItem>),
    OpenShiftItem(::std::boxed::Box<crate::beta::OpenShiftItem>),
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for AnyShiftItem {
    #[inline]
    fn default() -> Self {
        Self::ShiftItem(::std::default::Default::default())
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ShiftItem> for AnyShiftItem {
    #[inline]
    fn from(v: crate::beta::ShiftItem) -> Self {
        Self::ShiftItem(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::OpenShiftItem> for AnyShiftItem {
    #[inline]
    fn from(v: crate::beta::OpenShiftItem) -> Self {
        Self::OpenShiftItem(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core)]
unsafe impl ::std::marker::Send for AnyShiftItem {}
#[cfg(msgraph_beta_core)]
unsafe impl ::std::marker::Sync for AnyShiftItem {}
#[cfg(msgraph_beta_core)]
impl ::std::marker::Unpin for AnyShiftItem {}
#[cfg(msgraph_beta_core)]
impl ::std::panic::UnwindSafe for AnyShiftItem {}
#[cfg(msgraph_beta_core)]
impl ::std::panic::RefUnwindSafe for AnyShiftItem {}
#[cfg(msgraph_beta_core)]
const _: () = {
    rt::object::auto_traits::<crate::beta::ShiftItem>();
    rt::object::auto_traits::<crate::beta::OpenShiftItem>();
};
#[cfg(msgraph_beta_core)]
impl rt::Poly for AnyShiftItem {
    const BASE_NAME: &'static str = "microsoft.graph.shiftItem";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some("microsoft.graph.openShiftItem") => {
                Self::OpenShiftItem(rt::object::new_boxed())
            }
            _ => Self::ShiftItem(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::ShiftItem(v) => &**v,
            Self::OpenShiftItem(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::ShiftItem(v) => &mut **v,
            Self::OpenShiftItem(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_beta_core)]
impl AnyShiftItem {
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
    /// `endDateTime` of any variant.
    #[inline]
    pub fn end_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::ShiftItem(v) => &v.end_date_time,
            Self::OpenShiftItem(v) => &v.end_date_time,
        }
    }
    /// `endDateTime` of any variant.
    #[inline]
    pub fn end_date_time_mut(&mut self) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::ShiftItem(v) => &mut v.end_date_time,
            Self::OpenShiftItem(v) => &mut v.end_date_time,
        }
    }
    /// `startDateTime` of any variant.
    #[inline]
    pub fn start_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::ShiftItem(v) => &v.start_date_time,
            Self::OpenShiftItem(v) => &v.start_date_time,
        }
    }
    /// `startDateTime` of any variant.
    #[inline]
    pub fn start_date_time_mut(&mut self) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::ShiftItem(v) => &mut v.start_date_time,
            Self::OpenShiftItem(v) => &mut v.start_date_time,
        }
    }
    /// `theme` of any variant.
    #[inline]
    pub fn theme(&self) -> &rt::Field<crate::beta::ScheduleEntityTheme> {
        match self {
            Self::ShiftItem(v) => &v.theme,
            Self::OpenShiftItem(v) => &v.theme,
        }
    }
    /// `theme` of any variant.
    #[inline]
    pub fn theme_mut(&mut self) -> &mut rt::Field<crate::beta::ScheduleEntityTheme> {
        match self {
            Self::ShiftItem(v) => &mut v.theme,
            Self::OpenShiftItem(v) => &mut v.theme,
        }
    }
    /// `activities` of any variant.
    #[inline]
    pub fn activities(&self) -> &rt::Field<::std::vec::Vec<crate::beta::ShiftActivity>> {
        match self {
            Self::ShiftItem(v) => &v.activities,
            Self::OpenShiftItem(v) => &v.activities,
        }
    }
    /// `activities` of any variant.
    #[inline]
    pub fn activities_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::beta::ShiftActivity>> {
        match self {
            Self::ShiftItem(v) => &mut v.activities,
            Self::OpenShiftItem(v) => &mut v.activities,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::ShiftItem(v) => &v.display_name,
            Self::OpenShiftItem(v) => &v.display_name,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ShiftItem(v) => &mut v.display_name,
            Self::OpenShiftItem(v) => &mut v.display_name,
        }
    }
    /// `notes` of any variant.
    #[inline]
    pub fn notes(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::ShiftItem(v) => &v.notes,
            Self::OpenShiftItem(v) => &v.notes,
        }
    }
    /// `notes` of any variant.
    #[inline]
    pub fn notes_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ShiftItem(v) => &mut v.notes,
            Self::OpenShiftItem(v) => &mut v.notes,
        }
    }
}
#[cfg(msgraph_beta_core)]
rt::impl_poly!(AnyShiftItem);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyShiftItem);
#[cfg(msgraph_beta_financials_or_search)]
/// CSDL: `microsoft.graph.shipmentMethod`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-financials`, `beta-search`.
#[derive(Clone)]
pub struct ShipmentMethod {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `code`: `Edm.String`, nullable.
    pub code: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_financials_or_search)]
impl ::std::default::Default for ShipmentMethod {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            code: rt::Field::Absent,
            display_name: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_financials_or_search)]
impl rt::Object for ShipmentMethod {
    const TYPE_NAME: &'static str = "microsoft.graph.shipmentMethod";
    const KEYS: &'static [&'static str] = &[
        "id",
        "code",
        "displayName",
        "lastModifiedDateTime",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"code\":                         ",
        ",\"displayName\":                  ",
        ",\"lastModifiedDateTime\":         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.shipmentMethod\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "code", &self.code);
        v.field(2usize, "display_name", &self.display_name);
        v.field(3usize, "last_modified_date_time", &self.last_modified_date_time);
    }
}
#[cfg(msgraph_beta_financials_or_search)]
impl rt::object::Members for ShipmentMethod {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.code.read_from(r),
            2usize => self.display_name.read_from(r),
            3usize => self.last_modified_date_time.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.code);
        w.field(2usize, &self.display_name);
        w.field(3usize, &self.last_modified_date_time);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_financials_or_search)]
rt::impl_object!(ShipmentMethod);
#[cfg(msgraph_beta_financials_or_search)]
rt::impl_setters!(
    ShipmentMethod { with_id id : ::std::string::String; with_code code :
    ::std::string::String; with_display_name display_name : ::std::string::String;
    with_last_modified_date_time last_modified_date_time : rt::edm::DateTimeOffset; }
);
#[cfg(msgraph_beta_financials_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ShipmentMethod);
#[cfg(msgraph_beta_audit_logs_or_search)]
/// CSDL: `microsoft.graph.signIn`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`SignInPath`](requests/trait.SignInPath.html), what a path to one (`EntityPath<AnySignIn, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-audit-logs`, `beta-search`.
#[derive(Clone)]
pub struct SignIn {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `alternateSignInName`: `Edm.String`, nullable.
    pub alternate_sign_in_name: rt::Field<::std::string::String>,
    /// CSDL: property `appDisplayName`: `Edm.String`, nullable.
    pub app_display_name: rt::Field<::std::string::String>,
    /// CSDL: property `appId`: `Edm.String`, nullable.
    pub app_id: rt::Field<::std::string::String>,
    /// CSDL: property `appliedConditionalAccessPolicies`: `Collection(microsoft.graph.appliedConditionalAccessPolicy)`, nullable.
    pub applied_conditional_access_policies: rt::Field<
        ::std::vec::Vec<crate::beta::AppliedConditionalAccessPolicy>,
    >,
    /// CSDL: property `authenticationDetails`: `Collection(microsoft.graph.authenticationDetail)`, nullable.
    pub authentication_details: rt::Field<
        ::std::vec::Vec<crate::beta::AuthenticationDetail>,
    >,
    /// CSDL: property `authenticationMethodsUsed`: `Collection(Edm.String)`, nullable.
    pub authentication_methods_used: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `authenticationProcessingDetails`: `Collection(microsoft.graph.keyValue)`, nullable.
    pub authentication_processing_details: rt::Field<
        ::std::vec::Vec<crate::beta::KeyValue>,
    >,
    /// CSDL: property `authenticationRequirement`: `Edm.String`, nullable.
    pub authentication_requirement: rt::Field<::std::string::String>,
    /// CSDL: property `authenticationRequirementPolicies`: `Collection(microsoft.graph.authenticationRequirementPolicy)`, nullable.
    pub authentication_requirement_policies: rt::Field<
        ::std::vec::Vec<crate::beta::AuthenticationRequirementPolicy>,
    >,
    /// CSDL: property `clientAppUsed`: `Edm.String`, nullable.
    pub client_app_used: rt::Field<::std::string::String>,
    /// CSDL: property `conditionalAccessStatus`: `microsoft.graph.conditionalAccessStatus`, nullable.
    pub conditional_access_status: rt::Field<crate::beta::ConditionalAccessStatus>,
    /// CSDL: property `correlationId`: `Edm.String`, nullable.
    pub correlation_id: rt::Field<::std::string::String>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `deviceDetail`: `microsoft.graph.deviceDetail`, nullable.
    pub device_detail: rt::Field<crate::beta::DeviceDetail>,
    /// CSDL: property `flaggedForReview`: `Edm.Boolean`, nullable.
    pub flagged_for_review: rt::Field<bool>,
    /// CSDL: property `homeTenantId`: `Edm.String`, nullable.
    pub home_tenant_id: rt::Field<::std::string::String>,
    /// CSDL: property `ipAddress`: `Edm.String`, nullable.
    pub ip_address: rt::Field<::std::string::String>,
    /// CSDL: property `ipAddressFromResourceProvider`: `Edm.String`, nullable.
    pub ip_address_from_resource_provider: rt::Field<::std::string::String>,
    /// CSDL: property `isInteractive`: `Edm.Boolean`, nullable.
    pub is_interactive: rt::Field<bool>,
    /// CSDL: property `location`: `microsoft.graph.signInLocation`, nullable.
    pub location: rt::Field<crate::beta::SignInLocation>,
    /// CSDL: property `mfaDetail`: `microsoft.graph.mfaDetail`, nullable.
    pub mfa_detail: rt::Field<crate::beta::MfaDetail>,
    /// CSDL: property `networkLocationDetails`: `Collection(microsoft.graph.networkLocationDetail)`, nullable.
    pub network_location_details: rt::Field<
        ::std::vec::Vec<crate::beta::NetworkLocationDetail>,
    >,
    /// CSDL: property `originalRequestId`: `Edm.String`, nullable.
    pub original_request_id: rt::Field<::std::string::String>,
    /// CSDL: property `processingTimeInMilliseconds`: `Edm.Int32`, nullable.
    pub processing_time_in_milliseconds: rt::Field<i32>,
    /// CSDL: property `resourceDisplayName`: `Edm.String`, nullable.
    pub resource_display_name: rt::Field<::std::string::String>,
    /// CSDL: property `resourceId`: `Edm.String`, nullable.
    pub resource_id: rt::Field<::std::string::String>,
    /// CSDL: property `resourceTenantId`: `Edm.String`, nullable.
    pub resource_tenant_id: rt::Field<::std::string::String>,
    /// CSDL: property `riskDetail`: `microsoft.graph.riskDetail`, nullable.
    pub risk_detail: rt::Field<crate::beta::RiskDetail>,
    /// CSDL: property `riskEventTypes`: `Collection(microsoft.graph.riskEventType)`, nullable.
    pub risk_event_types: rt::Field<::std::vec::Vec<crate::beta::RiskEventType>>,
    /// CSDL: property `riskEventTypes_v2`: `Collection(Edm.String)`, nullable.
    pub risk_event_types_v2: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `riskLevelAggregated`: `microsoft.graph.riskLevel`, nullable.
    pub risk_level_aggregated: rt::Field<crate::beta::RiskLevel>,
    /// CSDL: property `riskLevelDuringSignIn`: `microsoft.graph.riskLevel`, nullable.
    pub risk_level_during_sign_in: rt::Field<crate::beta::RiskLevel>,
    /// CSDL: property `riskState`: `microsoft.graph.riskState`, nullable.
    pub risk_state: rt::Field<crate::beta::RiskState>,
    /// CSDL: property `servicePrincipalId`: `Edm.String`, not nullable.
    pub service_principal_id: rt::Field<::std::string::String>,
    /// CSDL: property `servicePrincipalName`: `Edm.String`, nullable.
    pub service_principal_name: rt::Field<::std::string::String>,
    /// CSDL: property `signInEventTypes`: `Collection(Edm.String)`, nullable.
    pub sign_in_event_types: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `signInIdentifier`: `Edm.String`, nullable.
    pub sign_in_identifier: rt::Field<::std::string::String>,
    /// CSDL: property `signInIdentifierType`: `microsoft.graph.signInIdentifierType`, nullable.
    pub sign_in_identifier_type: rt::Field<crate::beta::SignInIdentifierType>,
    /// CSDL: property `status`: `microsoft.graph.signInStatus`, nullable.
    pub status: rt::Field<crate::beta::SignInStatus>,
    /// CSDL: property `tokenIssuerName`: `Edm.String`, nullable.
    pub token_issuer_name: rt::Field<::std::string::String>,
    /// CSDL: property `tokenIssuerType`: `microsoft.graph.tokenIssuerType`, nullable.
    pub token_issuer_type: rt::Field<crate::beta::TokenIssuerType>,
    /// CSDL: property `userAgent`: `Edm.String`, nullable.
    pub user_agent: rt::Field<::std::string::String>,
    /// CSDL: property `userDisplayName`: `Edm.String`, nullable.
    pub user_display_name: rt::Field<::std::string::String>,
    /// CSDL: property `userId`: `Edm.String`, not nullable.
    pub user_id: rt::Field<::std::string::String>,
    /// CSDL: property `userPrincipalName`: `Edm.String`, nullable.
    pub user_principal_name: rt::Field<::std::string::String>,
    /// CSDL: property `userType`: `microsoft.graph.signInUserType`, nullable.
    pub user_type: rt::Field<crate::beta::SignInUserType>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_audit_logs_or_search)]
impl ::std::default::Default for SignIn {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            alternate_sign_in_name: rt::Field::Absent,
            app_display_name: rt::Field::Absent,
            app_id: rt::Field::Absent,
            applied_conditional_access_policies: rt::Field::Absent,
            authentication_details: rt::Field::Absent,
            authentication_methods_used: rt::Field::Absent,
            authentication_processing_details: rt::Field::Absent,
            authentication_requirement: rt::Field::Absent,
            authentication_requirement_policies: rt::Field::Absent,
            client_app_used: rt::Field::Absent,
            conditional_access_status: rt::Field::Absent,
            correlation_id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            device_detail: rt::Field::Absent,
            flagged_for_review: rt::Field::Absent,
            home_tenant_id: rt::Field::Absent,
            ip_address: rt::Field::Absent,
            ip_address_from_resource_provider: rt::Field::Absent,
            is_interactive: rt::Field::Absent,
            location: rt::Field::Absent,
            mfa_detail: rt::Field::Absent,
            network_location_details: rt::Field::Absent,
            original_request_id: rt::Field::Absent,
            processing_time_in_milliseconds: rt::Field::Absent,
            resource_display_name: rt::Field::Absent,
            resource_id: rt::Field::Absent,
            resource_tenant_id: rt::Field::Absent,
            risk_detail: rt::Field::Absent,
            risk_event_types: rt::Field::Absent,
            risk_event_types_v2: rt::Field::Absent,
            risk_level_aggregated: rt::Field::Absent,
            risk_level_during_sign_in: rt::Field::Absent,
            risk_state: rt::Field::Absent,
            service_principal_id: rt::Field::Absent,
            service_principal_name: rt::Field::Absent,
            sign_in_event_types: rt::Field::Absent,
            sign_in_identifier: rt::Field::Absent,
            sign_in_identifier_type: rt::Field::Absent,
            status: rt::Field::Absent,
            token_issuer_name: rt::Field::Absent,
            token_issuer_type: rt::Field::Absent,
            user_agent: rt::Field::Absent,
            user_display_name: rt::Field::Absent,
            user_id: rt::Field::Absent,
            user_principal_name: rt::Field::Absent,
            user_type: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_audit_logs_or_search)]
impl rt::Object for SignIn {
    const TYPE_NAME: &'static str = "microsoft.graph.signIn";
    const KEYS: &'static [&'static str] = &[
        "id",
        "alternateSignInName",
        "appDisplayName",
        "appId",
        "appliedConditionalAccessPolicies",
        "authenticationDetails",
        "authenticationMethodsUsed",
        "authenticationProcessingDetails",
        "authenticationRequirement",
        "authenticationRequirementPolicies",
        "clientAppUsed",
        "conditionalAccessStatus",
        "correlationId",
        "createdDateTime",
        "deviceDetail",
        "flaggedForReview",
        "homeTenantId",
        "ipAddress",
        "ipAddressFromResourceProvider",
        "isInteractive",
        "location",
        "mfaDetail",
        "networkLocationDetails",
        "originalRequestId",
        "processingTimeInMilliseconds",
        "resourceDisplayName",
        "resourceId",
        "resourceTenantId",
        "riskDetail",
        "riskEventTypes",
        "riskEventTypes_v2",
        "riskLevelAggregated",
        "riskLevelDuringSignIn",
        "riskState",
        "servicePrincipalId",
        "servicePrincipalName",
        "signInEventTypes",
        "signInIdentifier",
        "signInIdentifierType",
        "status",
        "tokenIssuerName",
        "tokenIssuerType",
        "userAgent",
        "userDisplayName",
        "userId",
        "userPrincipalName",
        "userType",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"alternateSignInName\":          ",
        ",\"appDisplayName\":               ",
        ",\"appId\":                        ",
        ",\"appliedConditionalAccessPolicies\":",
        ",\"authenticationDetails\":        ",
        ",\"authenticationMethodsUsed\":    ",
        ",\"authenticationProcessingDetails\":",
        ",\"authenticationRequirement\":    ",
        ",\"authenticationRequirementPolicies\":",
        ",\"clientAppUsed\":                ",
        ",\"conditionalAccessStatus\":      ",
        ",\"correlationId\":                ",
        ",\"createdDateTime\":              ",
        ",\"deviceDetail\":                 ",
        ",\"flaggedForReview\":             ",
        ",\"homeTenantId\":                 ",
        ",\"ipAddress\":                    ",
        ",\"ipAddressFromResourceProvider\":",
        ",\"isInteractive\":                ",
        ",\"location\":                     ",
        ",\"mfaDetail\":                    ",
        ",\"networkLocationDetails\":       ",
        ",\"originalRequestId\":            ",
        ",\"processingTimeInMilliseconds\": ",
        ",\"resourceDisplayName\":          ",
        ",\"resourceId\":                   ",
        ",\"resourceTenantId\":             ",
        ",\"riskDetail\":                   ",
        ",\"riskEventTypes\":               ",
        ",\"riskEventTypes_v2\":            ",
        ",\"riskLevelAggregated\":          ",
        ",\"riskLevelDuringSignIn\":        ",
        ",\"riskState\":                    ",
        ",\"servicePrincipalId\":           ",
        ",\"servicePrincipalName\":         ",
        ",\"signInEventTypes\":             ",
        ",\"signInIdentifier\":             ",
        ",\"signInIdentifierType\":         ",
        ",\"status\":                       ",
        ",\"tokenIssuerName\":              ",
        ",\"tokenIssuerType\":              ",
        ",\"userAgent\":                    ",
        ",\"userDisplayName\":              ",
        ",\"userId\":                       ",
        ",\"userPrincipalName\":            ",
        ",\"userType\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.signIn\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "alternate_sign_in_name", &self.alternate_sign_in_name);
        v.field(2usize, "app_display_name", &self.app_display_name);
        v.field(3usize, "app_id", &self.app_id);
        v.field(
            4usize,
            "applied_conditional_access_policies",
            &self.applied_conditional_access_policies,
        );
        v.field(5usize, "authentication_details", &self.authentication_details);
        v.field(
            6usize,
            "authentication_methods_used",
            &self.authentication_methods_used,
        );
        v.field(
            7usize,
            "authentication_processing_details",
            &self.authentication_processing_details,
        );
        v.field(8usize, "authentication_requirement", &self.authentication_requirement);
        v.field(
            9usize,
            "authentication_requirement_policies",
            &self.authentication_requirement_policies,
        );
        v.field(10usize, "client_app_used", &self.client_app_used);
        v.field(11usize, "conditional_access_status", &self.conditional_access_status);
        v.field(12usize, "correlation_id", &self.correlation_id);
        v.field(13usize, "created_date_time", &self.created_date_time);
        v.field(14usize, "device_detail", &self.device_detail);
        v.field(15usize, "flagged_for_review", &self.flagged_for_review);
        v.field(16usize, "home_tenant_id", &self.home_tenant_id);
        v.field(17usize, "ip_address", &self.ip_address);
        v.field(
            18usize,
            "ip_address_from_resource_provider",
            &self.ip_address_from_resource_provider,
        );
        v.field(19usize, "is_interactive", &self.is_interactive);
        v.field(20usize, "location", &self.location);
        v.field(21usize, "mfa_detail", &self.mfa_detail);
        v.field(22usize, "network_location_details", &self.network_location_details);
        v.field(23usize, "original_request_id", &self.original_request_id);
        v.field(
            24usize,
            "processing_time_in_milliseconds",
            &self.processing_time_in_milliseconds,
        );
        v.field(25usize, "resource_display_name", &self.resource_display_name);
        v.field(26usize, "resource_id", &self.resource_id);
        v.field(27usize, "resource_tenant_id", &self.resource_tenant_id);
        v.field(28usize, "risk_detail", &self.risk_detail);
        v.field(29usize, "risk_event_types", &self.risk_event_types);
        v.field(30usize, "risk_event_types_v2", &self.risk_event_types_v2);
        v.field(31usize, "risk_level_aggregated", &self.risk_level_aggregated);
        v.field(32usize, "risk_level_during_sign_in", &self.risk_level_during_sign_in);
        v.field(33usize, "risk_state", &self.risk_state);
        v.field(34usize, "service_principal_id", &self.service_principal_id);
        v.field(35usize, "service_principal_name", &self.service_principal_name);
        v.field(36usize, "sign_in_event_types", &self.sign_in_event_types);
        v.field(37usize, "sign_in_identifier", &self.sign_in_identifier);
        v.field(38usize, "sign_in_identifier_type", &self.sign_in_identifier_type);
        v.field(39usize, "status", &self.status);
        v.field(40usize, "token_issuer_name", &self.token_issuer_name);
        v.field(41usize, "token_issuer_type", &self.token_issuer_type);
        v.field(42usize, "user_agent", &self.user_agent);
        v.field(43usize, "user_display_name", &self.user_display_name);
        v.field(44usize, "user_id", &self.user_id);
        v.field(45usize, "user_principal_name", &self.user_principal_name);
        v.field(46usize, "user_type", &self.user_type);
    }
}
#[cfg(msgraph_beta_audit_logs_or_search)]
impl rt::object::Members for SignIn {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.alternate_sign_in_name.read_from(r),
            2usize => self.app_display_name.read_from(r),
            3usize => self.app_id.read_from(r),
            4usize => self.applied_conditional_access_policies.read_from(r),
            5usize => self.authentication_details.read_from(r),
            6usize => self.authentication_methods_used.read_from(r),
            7usize => self.authentication_processing_details.read_from(r),
            8usize => self.authentication_requirement.read_from(r),
            9usize => self.authentication_requirement_policies.read_from(r),
            10usize => self.client_app_used.read_from(r),
            11usize => self.conditional_access_status.read_from(r),
            12usize => self.correlation_id.read_from(r),
            13usize => self.created_date_time.read_from(r),
            14usize => self.device_detail.read_from(r),
            15usize => self.flagged_for_review.read_from(r),
            16usize => self.home_tenant_id.read_from(r),
            17usize => self.ip_address.read_from(r),
            18usize => self.ip_address_from_resource_provider.read_from(r),
            19usize => self.is_interactive.read_from(r),
            20usize => self.location.read_from(r),
            21usize => self.mfa_detail.read_from(r),
            22usize => self.network_location_details.read_from(r),
            23usize => self.original_request_id.read_from(r),
            24usize => self.processing_time_in_milliseconds.read_from(r),
            25usize => self.resource_display_name.read_from(r),
            26usize => self.resource_id.read_from(r),
            27usize => self.resource_tenant_id.read_from(r),
            28usize => self.risk_detail.read_from(r),
            29usize => self.risk_event_types.read_from(r),
            30usize => self.risk_event_types_v2.read_from(r),
            31usize => self.risk_level_aggregated.read_from(r),
            32usize => self.risk_level_during_sign_in.read_from(r),
            33usize => self.risk_state.read_from(r),
            34usize => self.service_principal_id.read_from(r),
            35usize => self.service_principal_name.read_from(r),
            36usize => self.sign_in_event_types.read_from(r),
            37usize => self.sign_in_identifier.read_from(r),
            38usize => self.sign_in_identifier_type.read_from(r),
            39usize => self.status.read_from(r),
            40usize => self.token_issuer_name.read_from(r),
            41usize => self.token_issuer_type.read_from(r),
            42usize => self.user_agent.read_from(r),
            43usize => self.user_display_name.read_from(r),
            44usize => self.user_id.read_from(r),
            45usize => self.user_principal_name.read_from(r),
            46usize => self.user_type.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.alternate_sign_in_name);
        w.field(2usize, &self.app_display_name);
        w.field(3usize, &self.app_id);
        w.field(4usize, &self.applied_conditional_access_policies);
        w.field(5usize, &self.authentication_details);
        w.field(6usize, &self.authentication_methods_used);
        w.field(7usize, &self.authentication_processing_details);
        w.field(8usize, &self.authentication_requirement);
        w.field(9usize, &self.authentication_requirement_policies);
        w.field(10usize, &self.client_app_used);
        w.field(11usize, &self.conditional_access_status);
        w.field(12usize, &self.correlation_id);
        w.field(13usize, &self.created_date_time);
        w.field(14usize, &self.device_detail);
        w.field(15usize, &self.flagged_for_review);
        w.field(16usize, &self.home_tenant_id);
        w.field(17usize, &self.ip_address);
        w.field(18usize, &self.ip_address_from_resource_provider);
        w.field(19usize, &self.is_interactive);
        w.field(20usize, &self.location);
        w.field(21usize, &self.mfa_detail);
        w.field(22usize, &self.network_location_details);
        w.field(23usize, &self.original_request_id);
        w.field(24usize, &self.processing_time_in_milliseconds);
        w.field(25usize, &self.resource_display_name);
        w.field(26usize, &self.resource_id);
        w.field(27usize, &self.resource_tenant_id);
        w.field(28usize, &self.risk_detail);
        w.field(29usize, &self.risk_event_types);
        w.field(30usize, &self.risk_event_types_v2);
        w.field(31usize, &self.risk_level_aggregated);
        w.field(32usize, &self.risk_level_during_sign_in);
        w.field(33usize, &self.risk_state);
        w.field(34usize, &self.service_principal_id);
        w.field(35usize, &self.service_principal_name);
        w.field(36usize, &self.sign_in_event_types);
        w.field(37usize, &self.sign_in_identifier);
        w.field(38usize, &self.sign_in_identifier_type);
        w.field(39usize, &self.status);
        w.field(40usize, &self.token_issuer_name);
        w.field(41usize, &self.token_issuer_type);
        w.field(42usize, &self.user_agent);
        w.field(43usize, &self.user_display_name);
        w.field(44usize, &self.user_id);
        w.field(45usize, &self.user_principal_name);
        w.field(46usize, &self.user_type);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_audit_logs_or_search)]
rt::impl_object!(SignIn);
#[cfg(msgraph_beta_audit_logs_or_search)]
rt::impl_setters!(
    SignIn { with_id id : ::std::string::String; with_alternate_sign_in_name
    alternate_sign_in_name : ::std::string::String; with_app_display_name
    app_display_name : ::std::string::String; with_app_id app_id : ::std::string::String;
    with_applied_conditional_access_policies applied_conditional_access_policies :
    ::std::vec::Vec < crate ::beta::AppliedConditionalAccessPolicy >;
    with_authentication_details authentication_details : ::std::vec::Vec < crate
    ::beta::AuthenticationDetail >; with_authentication_methods_used
    authentication_methods_used : ::std::vec::Vec < ::std::string::String >;
    with_authentication_processing_details authentication_processing_details :
    ::std::vec::Vec < crate ::beta::KeyValue >; with_authentication_requirement
    authentication_requirement : ::std::string::String;
    with_authentication_requirement_policies authentication_requirement_policies :
    ::std::vec::Vec < crate ::beta::AuthenticationRequirementPolicy >;
    with_client_app_used client_app_used : ::std::string::String;
    with_conditional_access_status conditional_access_status : crate
    ::beta::ConditionalAccessStatus; with_correlation_id correlation_id :
    ::std::string::String; with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_device_detail device_detail : crate
    ::beta::DeviceDetail; with_flagged_for_review flagged_for_review : bool;
    with_home_tenant_id home_tenant_id : ::std::string::String; with_ip_address
    ip_address : ::std::string::String; with_ip_address_from_resource_provider
    ip_address_from_resource_provider : ::std::string::String; with_is_interactive
    is_interactive : bool; with_location location : crate ::beta::SignInLocation;
    with_mfa_detail mfa_detail : crate ::beta::MfaDetail; with_network_location_details
    network_location_details : ::std::vec::Vec < crate ::beta::NetworkLocationDetail >;
    with_original_request_id original_request_id : ::std::string::String;
    with_processing_time_in_milliseconds processing_time_in_milliseconds : i32;
    with_resource_display_name resource_display_name : ::std::string::String;
    with_resource_id resource_id : ::std::string::String; with_resource_tenant_id
    resource_tenant_id : ::std::string::String; with_risk_detail risk_detail : crate
    ::beta::RiskDetail; with_risk_event_types risk_event_types : ::std::vec::Vec < crate
    ::beta::RiskEventType >; with_risk_event_types_v2 risk_event_types_v2 :
    ::std::vec::Vec < ::std::string::String >; with_risk_level_aggregated
    risk_level_aggregated : crate ::beta::RiskLevel; with_risk_level_during_sign_in
    risk_level_during_sign_in : crate ::beta::RiskLevel; with_risk_state risk_state :
    crate ::beta::RiskState; with_service_principal_id service_principal_id :
    ::std::string::String; with_service_principal_name service_principal_name :
    ::std::string::String; with_sign_in_event_types sign_in_event_types : ::std::vec::Vec
    < ::std::string::String >; with_sign_in_identifier sign_in_identifier :
    ::std::string::String; with_sign_in_identifier_type sign_in_identifier_type : crate
    ::beta::SignInIdentifierType; with_status status : crate ::beta::SignInStatus;
    with_token_issuer_name token_issuer_name : ::std::string::String;
    with_token_issuer_type token_issuer_type : crate ::beta::TokenIssuerType;
    with_user_agent user_agent : ::std::string::String; with_user_display_name
    user_display_name : ::std::string::String; with_user_id user_id :
    ::std::string::String; with_user_principal_name user_principal_name :
    ::std::string::String; with_user_type user_type : crate ::beta::SignInUserType; }
);
#[cfg(msgraph_beta_audit_logs_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(SignIn);
#[cfg(msgraph_beta_audit_logs_or_search)]
/// `microsoft.graph.signIn` or any type derived from it, selected by `@odata.type` (2 types); each variant's type converts into it (`From`).
///
/// Features: `beta`, or one of `beta-audit-logs`, `beta-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnySignIn {
    SignIn(::std::boxed::Box<crate::beta::SignIn>),
    RestrictedSignIn(::std::boxed::Box<crate::beta::RestrictedSignIn>),
}
#[cfg(msgraph_beta_audit_logs_or_search)]
impl ::std::default::Default for AnySignIn {
    #[inline]
    fn default() -> Self {
        Self::SignIn(::std::default::Default::default())
    }
}
#[cfg(msgraph_beta_audit_logs_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::SignIn> for AnySignIn {
    #[inline]
    fn from(v: crate::beta::SignIn) -> Self {
        Self::SignIn(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_audit_logs_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::RestrictedSignIn> for AnySignIn {
    #[inline]
    fn from(v: crate::beta::RestrictedSignIn) -> Self {
        Self::RestrictedSignIn(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_audit_logs_or_search)]
unsafe impl ::std::marker::Send for AnySignIn {}
#[cfg(msgraph_beta_audit_logs_or_search)]
unsafe impl ::std::marker::Sync for AnySignIn {}
#[cfg(msgraph_beta_audit_logs_or_search)]
impl ::std::marker::Unpin for AnySignIn {}
#[cfg(msgraph_beta_audit_logs_or_search)]
impl ::std::panic::UnwindSafe for AnySignIn {}
#[cfg(msgraph_beta_audit_logs_or_search)]
impl ::std::panic::RefUnwindSafe for AnySignIn {}
#[cfg(msgraph_beta_audit_logs_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::beta::SignIn>();
    rt::object::auto_traits::<crate::beta::RestrictedSignIn>();
};
#[cfg(msgraph_beta_audit_logs_or_search)]
impl rt::Poly for AnySignIn {
    const BASE_NAME: &'static str = "microsoft.graph.signIn";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some("microsoft.graph.restrictedSignIn") => {
                Self::RestrictedSignIn(rt::object::new_boxed())
            }
            _ => Self::SignIn(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::SignIn(v) => &**v,
            Self::RestrictedSignIn(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::SignIn(v) => &mut **v,
            Self::RestrictedSignIn(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_beta_audit_logs_or_search)]
impl AnySignIn {
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
            Self::SignIn(v) => &v.id,
            Self::RestrictedSignIn(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::SignIn(v) => &mut v.id,
            Self::RestrictedSignIn(v) => &mut v.id,
        }
    }
    /// `alternateSignInName` of any variant.
    #[inline]
    pub fn alternate_sign_in_name(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::SignIn(v) => &v.alternate_sign_in_name,
            Self::RestrictedSignIn(v) => &v.alternate_sign_in_name,
        }
    }
    /// `alternateSignInName` of any variant.
    #[inline]
    pub fn alternate_sign_in_name_mut(
        &mut self,
    ) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::SignIn(v) => &mut v.alternate_sign_in_name,
            Self::RestrictedSignIn(v) => &mut v.alternate_sign_in_name,
        }
    }
    /// `appDisplayName` of any variant.
    #[inline]
    pub fn app_display_name(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::SignIn(v) => &v.app_display_name,
            Self::RestrictedSignIn(v) => &v.app_display_name,
        }
    }
    /// `appDisplayName` of any variant.
    #[inline]
    pub fn app_display_name_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::SignIn(v) => &mut v.app_display_name,
            Self::RestrictedSignIn(v) => &mut v.app_display_name,
        }
    }
    /// `appId` of any variant.
    #[inline]
    pub fn app_id(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::SignIn(v) => &v.app_id,
            Self::RestrictedSignIn(v) => &v.app_id,
        }
    }
    /// `appId` of any variant.
    #[inline]
    pub fn app_id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::SignIn(v) => &mut v.app_id,
            Self::RestrictedSignIn(v) => &mut v.app_id,
        }
    }
    /// `appliedConditionalAccessPolicies` of any variant.
    #[inline]
    pub fn applied_conditional_access_policies(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::beta::AppliedConditionalAccessPolicy>> {
        match self {
            Self::SignIn(v) => &v.applied_conditional_access_policies,
            Self::RestrictedSignIn(v) => &v.applied_conditional_access_policies,
        }
    }
    /// `appliedConditionalAccessPolicies` of any variant.
    #[inline]
    pub fn applied_conditional_access_policies_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::beta::AppliedConditionalAccessPolicy>> {
        match self {
            Self::SignIn(v) => &mut v.applied_conditional_access_policies,
            Self::RestrictedSignIn(v) => &mut v.applied_conditional_access_policies,
        }
    }
    /// `authenticationDetails` of any variant.
    #[inline]
    pub fn authentication_details(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::beta::AuthenticationDetail>> {
        match self {
            Self::SignIn(v) => &v.authentication_details,
            Self::RestrictedSignIn(v) => &v.authentication_details,
        }
    }
    /// `authenticationDetails` of any variant.
    #[inline]
    pub fn authentication_details_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::beta::AuthenticationDetail>> {
        match self {
            Self::SignIn(v) => &mut v.authentication_details,
            Self::RestrictedSignIn(v) => &mut v.authentication_details,
        }
    }
    /// `authenticationMethodsUsed` of any variant.
    #[inline]
    pub fn authentication_methods_used(
        &self,
    ) -> &rt::Field<::std::vec::Vec<::std::string::String>> {
        match self {
            Self::SignIn(v) => &v.authentication_methods_used,
            Self::RestrictedSignIn(v) => &v.authentication_methods_used,
        }
    }
    /// `authenticationMethodsUsed` of any variant.
    #[inline]
    pub fn authentication_methods_used_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<::std::string::String>> {
        match self {
            Self::SignIn(v) => &mut v.authentication_methods_used,
            Self::RestrictedSignIn(v) => &mut v.authentication_methods_used,
        }
    }
    /// `authenticationProcessingDetails` of any variant.
    #[inline]
    pub fn authentication_processing_details(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::beta::KeyValue>> {
        match self {
            Self::SignIn(v) => &v.authentication_processing_details,
            Self::RestrictedSignIn(v) => &v.authentication_processing_details,
        }
    }
    /// `authenticationProcessingDetails` of any variant.
    #[inline]
    pub fn authentication_processing_details_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::beta::KeyValue>> {
        match self {
            Self::SignIn(v) => &mut v.authentication_processing_details,
            Self::RestrictedSignIn(v) => &mut v.authentication_processing_details,
        }
    }
    /// `authenticationRequirement` of any variant.
    #[inline]
    pub fn authentication_requirement(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::SignIn(v) => &v.authentication_requirement,
            Self::RestrictedSignIn(v) => &v.authentication_requirement,
        }
    }
    /// `authenticationRequirement` of any variant.
    #[inline]
    pub fn authentication_requirement_mut(
        &mut self,
    ) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::SignIn(v) => &mut v.authentication_requirement,
            Self::RestrictedSignIn(v) => &mut v.authentication_requirement,
        }
    }
    /// `authenticationRequirementPolicies` of any variant.
    #[inline]
    pub fn authentication_requirement_policies(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::beta::AuthenticationRequirementPolicy>> {
        match self {
            Self::SignIn(v) => &v.authentication_requirement_policies,
            Self::RestrictedSignIn(v) => &v.authentication_requirement_policies,
        }
    }
    /// `authenticationRequirementPolicies` of any variant.
    #[inline]
    pub fn authentication_requirement_policies_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::beta::AuthenticationRequirementPolicy>> {
        match self {
            Self::SignIn(v) => &mut v.authentication_requirement_policies,
            Self::RestrictedSignIn(v) => &mut v.authentication_requirement_policies,
        }
    }
    /// `clientAppUsed` of any variant.
    #[inline]
    pub fn client_app_used(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::SignIn(v) => &v.client_app_used,
            Self::RestrictedSignIn(v) => &v.client_app_used,
        }
    }
    /// `clientAppUsed` of any variant.
    #[inline]
    pub fn client_app_used_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::SignIn(v) => &mut v.client_app_used,
            Self::RestrictedSignIn(v) => &mut v.client_app_used,
        }
    }
    /// `conditionalAccessStatus` of any variant.
    #[inline]
    pub fn conditional_access_status(
        &self,
    ) -> &rt::Field<crate::beta::ConditionalAccessStatus> {
        match self {
            Self::SignIn(v) => &v.conditional_access_status,
            Self::RestrictedSignIn(v) => &v.conditional_access_status,
        }
    }
    /// `conditionalAccessStatus` of any variant.
    #[inline]
    pub fn conditional_access_status_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::ConditionalAccessStatus> {
        match self {
            Self::SignIn(v) => &mut v.conditional_access_status,
            Self::RestrictedSignIn(v) => &mut v.conditional_access_status,
        }
    }
    /// `correlationId` of any variant.
    #[inline]
    pub fn correlation_id(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::SignIn(v) => &v.correlation_id,
            Self::RestrictedSignIn(v) => &v.correlation_id,
        }
    }
    /// `correlationId` of any variant.
    #[inline]
    pub fn correlation_id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::SignIn(v) => &mut v.correlation_id,
            Self::RestrictedSignIn(v) => &mut v.correlation_id,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::SignIn(v) => &v.created_date_time,
            Self::RestrictedSignIn(v) => &v.created_date_time,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time_mut(&mut self) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::SignIn(v) => &mut v.created_date_time,
            Self::RestrictedSignIn(v) => &mut v.created_date_time,
        }
    }
    /// `deviceDetail` of any variant.
    #[inline]
    pub fn device_detail(&self) -> &rt::Field<crate::beta::DeviceDetail> {
        match self {
            Self::SignIn(v) => &v.device_detail,
            Self::RestrictedSignIn(v) => &v.device_detail,
        }
    }
    /// `deviceDetail` of any variant.
    #[inline]
    pub fn device_detail_mut(&mut self) -> &mut rt::Field<crate::beta::DeviceDetail> {
        match self {
            Self::SignIn(v) => &mut v.device_detail,
            Self::RestrictedSignIn(v) => &mut v.device_detail,
        }
    }
    /// `flaggedForReview` of any variant.
    #[inline]
    pub fn flagged_for_review(&self) -> &rt::Field<bool> {
        match self {
            Self::SignIn(v) => &v.flagged_for_review,
            Self::RestrictedSignIn(v) => &v.flagged_for_review,
        }
    }
    /// `flaggedForReview` of any variant.
    #[inline]
    pub fn flagged_for_review_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::SignIn(v) => &mut v.flagged_for_review,
            Self::RestrictedSignIn(v) => &mut v.flagged_for_review,
        }
    }
    /// `homeTenantId` of any variant.
    #[inline]
    pub fn home_tenant_id(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::SignIn(v) => &v.home_tenant_id,
            Self::RestrictedSignIn(v) => &v.home_tenant_id,
        }
    }
    /// `homeTenantId` of any variant.
    #[inline]
    pub fn home_tenant_id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::SignIn(v) => &mut v.home_tenant_id,
            Self::RestrictedSignIn(v) => &mut v.home_tenant_id,
        }
    }
    /// `ipAddress` of any variant.
    #[inline]
    pub fn ip_address(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::SignIn(v) => &v.ip_address,
            Self::RestrictedSignIn(v) => &v.ip_address,
        }
    }
    /// `ipAddress` of any variant.
    #[inline]
    pub fn ip_address_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::SignIn(v) => &mut v.ip_address,
            Self::RestrictedSignIn(v) => &mut v.ip_address,
        }
    }
    /// `ipAddressFromResourceProvider` of any variant.
    #[inline]
    pub fn ip_address_from_resource_provider(
        &self,
    ) -> &rt::Field<::std::string::String> {
        match self {
            Self::SignIn(v) => &v.ip_address_from_resource_provider,
            Self::RestrictedSignIn(v) => &v.ip_address_from_resource_provider,
        }
    }
    /// `ipAddressFromResourceProvider` of any variant.
    #[inline]
    pub fn ip_address_from_resource_provider_mut(
        &mut self,
    ) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::SignIn(v) => &mut v.ip_address_from_resource_provider,
            Self::RestrictedSignIn(v) => &mut v.ip_address_from_resource_provider,
        }
    }
    /// `isInteractive` of any variant.
    #[inline]
    pub fn is_interactive(&self) -> &rt::Field<bool> {
        match self {
            Self::SignIn(v) => &v.is_interactive,
            Self::RestrictedSignIn(v) => &v.is_interactive,
        }
    }
    /// `isInteractive` of any variant.
    #[inline]
    pub fn is_interactive_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::SignIn(v) => &mut v.is_interactive,
            Self::RestrictedSignIn(v) => &mut v.is_interactive,
        }
    }
    /// `location` of any variant.
    #[inline]
    pub fn location(&self) -> &rt::Field<crate::beta::SignInLocation> {
        match self {
            Self::SignIn(v) => &v.location,
            Self::RestrictedSignIn(v) => &v.location,
        }
    }
    /// `location` of any variant.
    #[inline]
    pub fn location_mut(&mut self) -> &mut rt::Field<crate::beta::SignInLocation> {
        match self {
            Self::SignIn(v) => &mut v.location,
            Self::RestrictedSignIn(v) => &mut v.location,
        }
    }
    /// `mfaDetail` of any variant.
    #[inline]
    pub fn mfa_detail(&self) -> &rt::Field<crate::beta::MfaDetail> {
        match self {
            Self::SignIn(v) => &v.mfa_detail,
            Self::RestrictedSignIn(v) => &v.mfa_detail,
        }
    }
    /// `mfaDetail` of any variant.
    #[inline]
    pub fn mfa_detail_mut(&mut self) -> &mut rt::Field<crate::beta::MfaDetail> {
        match self {
            Self::SignIn(v) => &mut v.mfa_detail,
            Self::RestrictedSignIn(v) => &mut v.mfa_detail,
        }
    }
    /// `networkLocationDetails` of any variant.
    #[inline]
    pub fn network_location_details(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::beta::NetworkLocationDetail>> {
        match self {
            Self::SignIn(v) => &v.network_location_details,
            Self::RestrictedSignIn(v) => &v.network_location_details,
        }
    }
    /// `networkLocationDetails` of any variant.
    #[inline]
    pub fn network_location_details_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::beta::NetworkLocationDetail>> {
        match self {
            Self::SignIn(v) => &mut v.network_location_details,
            Self::RestrictedSignIn(v) => &mut v.network_location_details,
        }
    }
    /// `originalRequestId` of any variant.
    #[inline]
    pub fn original_request_id(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::SignIn(v) => &v.original_request_id,
            Self::RestrictedSignIn(v) => &v.original_request_id,
        }
    }
    /// `originalRequestId` of any variant.
    #[inline]
    pub fn original_request_id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::SignIn(v) => &mut v.original_request_id,
            Self::RestrictedSignIn(v) => &mut v.original_request_id,
        }
    }
    /// `processingTimeInMilliseconds` of any variant.
    #[inline]
    pub fn processing_time_in_milliseconds(&self) -> &rt::Field<i32> {
        match self {
            Self::SignIn(v) => &v.processing_time_in_milliseconds,
            Self::RestrictedSignIn(v) => &v.processing_time_in_milliseconds,
        }
    }
    /// `processingTimeInMilliseconds` of any variant.
    #[inline]
    pub fn processing_time_in_milliseconds_mut(&mut self) -> &mut rt::Field<i32> {
        match self {
            Self::SignIn(v) => &mut v.processing_time_in_milliseconds,
            Self::RestrictedSignIn(v) => &mut v.processing_time_in_milliseconds,
        }
    }
    /// `resourceDisplayName` of any variant.
    #[inline]
    pub fn resource_display_name(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::SignIn(v) => &v.resource_display_name,
            Self::RestrictedSignIn(v) => &v.resource_display_name,
        }
    }
    /// `resourceDisplayName` of any variant.
    #[inline]
    pub fn resource_display_name_mut(
        &mut self,
    ) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::SignIn(v) => &mut v.resource_display_name,
            Self::RestrictedSignIn(v) => &mut v.resource_display_name,
        }
    }
    /// `resourceId` of any variant.
    #[inline]
    pub fn resource_id(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::SignIn(v) => &v.resource_id,
            Self::RestrictedSignIn(v) => &v.resource_id,
        }
    }
    /// `resourceId` of any variant.
    #[inline]
    pub fn resource_id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::SignIn(v) => &mut v.resource_id,
            Self::RestrictedSignIn(v) => &mut v.resource_id,
        }
    }
    /// `resourceTenantId` of any variant.
    #[inline]
    pub fn resource_tenant_id(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::SignIn(v) => &v.resource_tenant_id,
            Self::RestrictedSignIn(v) => &v.resource_tenant_id,
        }
    }
    /// `resourceTenantId` of any variant.
    #[inline]
    pub fn resource_tenant_id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::SignIn(v) => &mut v.resource_tenant_id,
            Self::RestrictedSignIn(v) => &mut v.resource_tenant_id,
        }
    }
    /// `riskDetail` of any variant.
    #[inline]
    pub fn risk_detail(&self) -> &rt::Field<crate::beta::RiskDetail> {
        match self {
            Self::SignIn(v) => &v.risk_detail,
            Self::RestrictedSignIn(v) => &v.risk_detail,
        }
    }
    /// `riskDetail` of any variant.
    #[inline]
    pub fn risk_detail_mut(&mut self) -> &mut rt::Field<crate::beta::RiskDetail> {
        match self {
            Self::SignIn(v) => &mut v.risk_detail,
            Self::RestrictedSignIn(v) => &mut v.risk_detail,
        }
    }
    /// `riskEventTypes` of any variant.
    #[inline]
    pub fn risk_event_types(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::beta::RiskEventType>> {
        match self {
            Self::SignIn(v) => &v.risk_event_types,
            Self::RestrictedSignIn(v) => &v.risk_event_types,
        }
    }
    /// `riskEventTypes` of any variant.
    #[inline]
    pub fn risk_event_types_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::beta::RiskEventType>> {
        match self {
            Self::SignIn(v) => &mut v.risk_event_types,
            Self::RestrictedSignIn(v) => &mut v.risk_event_types,
        }
    }
    /// `riskEventTypes_v2` of any variant.
    #[inline]
    pub fn risk_event_types_v2(
        &self,
    ) -> &rt::Field<::std::vec::Vec<::std::string::String>> {
        match self {
            Self::SignIn(v) => &v.risk_event_types_v2,
            Self::RestrictedSignIn(v) => &v.risk_event_types_v2,
        }
    }
    /// `riskEventTypes_v2` of any variant.
    #[inline]
    pub fn risk_event_types_v2_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<::std::string::String>> {
        match self {
            Self::SignIn(v) => &mut v.risk_event_types_v2,
            Self::RestrictedSignIn(v) => &mut v.risk_event_types_v2,
        }
    }
    /// `riskLevelAggregated` of any variant.
    #[inline]
    pub fn risk_level_aggregated(&self) -> &rt::Field<crate::beta::RiskLevel> {
        match self {
            Self::SignIn(v) => &v.risk_level_aggregated,
            Self::RestrictedSignIn(v) => &v.risk_level_aggregated,
        }
    }
    /// `riskLevelAggregated` of any variant.
    #[inline]
    pub fn risk_level_aggregated_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::RiskLevel> {
        match self {
            Self::SignIn(v) => &mut v.risk_level_aggregated,
            Self::RestrictedSignIn(v) => &mut v.risk_level_aggregated,
        }
    }
    /// `riskLevelDuringSignIn` of any variant.
    #[inline]
    pub fn risk_level_during_sign_in(&self) -> &rt::Field<crate::beta::RiskLevel> {
        match self {
            Self::SignIn(v) => &v.risk_level_during_sign_in,
            Self::RestrictedSignIn(v) => &v.risk_level_during_sign_in,
        }
    }
    /// `riskLevelDuringSignIn` of any variant.
    #[inline]
    pub fn risk_level_during_sign_in_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::RiskLevel> {
        match self {
            Self::SignIn(v) => &mut v.risk_level_during_sign_in,
            Self::RestrictedSignIn(v) => &mut v.risk_level_during_sign_in,
        }
    }
    /// `riskState` of any variant.
    #[inline]
    pub fn risk_state(&self) -> &rt::Field<crate::beta::RiskState> {
        match self {
            Self::SignIn(v) => &v.risk_state,
            Self::RestrictedSignIn(v) => &v.risk_state,
        }
    }
    /// `riskState` of any variant.
    #[inline]
    pub fn risk_state_mut(&mut self) -> &mut rt::Field<crate::beta::RiskState> {
        match self {
            Self::SignIn(v) => &mut v.risk_state,
            Self::RestrictedSignIn(v) => &mut v.risk_state,
        }
    }
    /// `servicePrincipalId` of any variant.
    #[inline]
    pub fn service_principal_id(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::SignIn(v) => &v.service_principal_id,
            Self::RestrictedSignIn(v) => &v.service_principal_id,
        }
    }
    /// `servicePrincipalId` of any variant.
    #[inline]
    pub fn service_principal_id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::SignIn(v) => &mut v.service_principal_id,
            Self::RestrictedSignIn(v) => &mut v.service_principal_id,
        }
    }
    /// `servicePrincipalName` of any variant.
    #[inline]
    pub fn service_principal_name(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::SignIn(v) => &v.service_principal_name,
            Self::RestrictedSignIn(v) => &v.service_principal_name,
        }
    }
    /// `servicePrincipalName` of any variant.
    #[inline]
    pub fn service_principal_name_mut(
        &mut self,
    ) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::SignIn(v) => &mut v.service_principal_name,
            Self::RestrictedSignIn(v) => &mut v.service_principal_name,
        }
    }
    /// `signInEventTypes` of any variant.
    #[inline]
    pub fn sign_in_event_types(
        &self,
    ) -> &rt::Field<::std::vec::Vec<::std::string::String>> {
        match self {
            Self::SignIn(v) => &v.sign_in_event_types,
            Self::RestrictedSignIn(v) => &v.sign_in_event_types,
        }
    }
    /// `signInEventTypes` of any variant.
    #[inline]
    pub fn sign_in_event_types_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<::std::string::String>> {
        match self {
            Self::SignIn(v) => &mut v.sign_in_event_types,
            Self::RestrictedSignIn(v) => &mut v.sign_in_event_types,
        }
    }
    /// `signInIdentifier` of any variant.
    #[inline]
    pub fn sign_in_identifier(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::SignIn(v) => &v.sign_in_identifier,
            Self::RestrictedSignIn(v) => &v.sign_in_identifier,
        }
    }
    /// `signInIdentifier` of any variant.
    #[inline]
    pub fn sign_in_identifier_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::SignIn(v) => &mut v.sign_in_identifier,
            Self::RestrictedSignIn(v) => &mut v.sign_in_identifier,
        }
    }
    /// `signInIdentifierType` of any variant.
    #[inline]
    pub fn sign_in_identifier_type(
        &self,
    ) -> &rt::Field<crate::beta::SignInIdentifierType> {
        match self {
            Self::SignIn(v) => &v.sign_in_identifier_type,
            Self::RestrictedSignIn(v) => &v.sign_in_identifier_type,
        }
    }
    /// `signInIdentifierType` of any variant.
    #[inline]
    pub fn sign_in_identifier_type_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::SignInIdentifierType> {
        match self {
            Self::SignIn(v) => &mut v.sign_in_identifier_type,
            Self::RestrictedSignIn(v) => &mut v.sign_in_identifier_type,
        }
    }
    /// `status` of any variant.
    #[inline]
    pub fn status(&self) -> &rt::Field<crate::beta::SignInStatus> {
        match self {
            Self::SignIn(v) => &v.status,
            Self::RestrictedSignIn(v) => &v.status,
        }
    }
    /// `status` of any variant.
    #[inline]
    pub fn status_mut(&mut self) -> &mut rt::Field<crate::beta::SignInStatus> {
        match self {
            Self::SignIn(v) => &mut v.status,
            Self::RestrictedSignIn(v) => &mut v.status,
        }
    }
    /// `tokenIssuerName` of any variant.
    #[inline]
    pub fn token_issuer_name(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::SignIn(v) => &v.token_issuer_name,
            Self::RestrictedSignIn(v) => &v.token_issuer_name,
        }
    }
    /// `tokenIssuerName` of any variant.
    #[inline]
    pub fn token_issuer_name_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::SignIn(v) => &mut v.token_issuer_name,
            Self::RestrictedSignIn(v) => &mut v.token_issuer_name,
        }
    }
    /// `tokenIssuerType` of any variant.
    #[inline]
    pub fn token_issuer_type(&self) -> &rt::Field<crate::beta::TokenIssuerType> {
        match self {
            Self::SignIn(v) => &v.token_issuer_type,
            Self::RestrictedSignIn(v) => &v.token_issuer_type,
        }
    }
    /// `tokenIssuerType` of any variant.
    #[inline]
    pub fn token_issuer_type_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::TokenIssuerType> {
        match self {
            Self::SignIn(v) => &mut v.token_issuer_type,
            Self::RestrictedSignIn(v) => &mut v.token_issuer_type,
        }
    }
    /// `userAgent` of any variant.
    #[inline]
    pub fn user_agent(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::SignIn(v) => &v.user_agent,
            Self::RestrictedSignIn(v) => &v.user_agent,
        }
    }
    /// `userAgent` of any variant.
    #[inline]
    pub fn user_agent_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::SignIn(v) => &mut v.user_agent,
            Self::RestrictedSignIn(v) => &mut v.user_agent,
        }
    }
    /// `userDisplayName` of any variant.
    #[inline]
    pub fn user_display_name(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::SignIn(v) => &v.user_display_name,
            Self::RestrictedSignIn(v) => &v.user_display_name,
        }
    }
    /// `userDisplayName` of any variant.
    #[inline]
    pub fn user_display_name_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::SignIn(v) => &mut v.user_display_name,
            Self::RestrictedSignIn(v) => &mut v.user_display_name,
        }
    }
    /// `userId` of any variant.
    #[inline]
    pub fn user_id(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::SignIn(v) => &v.user_id,
            Self::RestrictedSignIn(v) => &v.user_id,
        }
    }
    /// `userId` of any variant.
    #[inline]
    pub fn user_id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::SignIn(v) => &mut v.user_id,
            Self::RestrictedSignIn(v) => &mut v.user_id,
        }
    }
    /// `userPrincipalName` of any variant.
    #[inline]
    pub fn user_principal_name(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::SignIn(v) => &v.user_principal_name,
            Self::RestrictedSignIn(v) => &v.user_principal_name,
        }
    }
    /// `userPrincipalName` of any variant.
    #[inline]
    pub fn user_principal_name_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::SignIn(v) => &mut v.user_principal_name,
            Self::RestrictedSignIn(v) => &mut v.user_principal_name,
        }
    }
    /// `userType` of any variant.
    #[inline]
    pub fn user_type(&self) -> &rt::Field<crate::beta::SignInUserType> {
        match self {
            Self::SignIn(v) => &v.user_type,
            Self::RestrictedSignIn(v) => &v.user_type,
        }
    }
    /// `userType` of any variant.
    #[inline]
    pub fn user_type_mut(&mut self) -> &mut rt::Field<crate::beta::SignInUserType> {
        match self {
            Self::SignIn(v) => &mut v.user_type,
            Self::RestrictedSignIn(v) => &mut v.user_type,
        }
    }
}
#[cfg(msgraph_beta_audit_logs_or_search)]
rt::impl_poly!(AnySignIn);
#[cfg(msgraph_beta_audit_logs_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnySignIn);
#[cfg(msgraph_beta_audit_logs_or_search)]
/// CSDL: `microsoft.graph.signInIdentifierType`, enum type.
///
/// Features: `beta`, or one of `beta-audit-logs`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum SignInIdentifierType {
    /// `userPrincipalName` (value 0).
    UserPrincipalName,
    /// `phoneNumber` (value 1).
    PhoneNumber,
    /// `proxyAddress` (value 2).
    ProxyAddress,
    /// `qrCode` (value 3).
    QrCode,
    /// `onPremisesUserPrincipalName` (value 4).
    OnPremisesUserPrincipalName,
    /// `unknownFutureValue` (value 5).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_audit_logs_or_search)]
impl rt::StrEnum for SignInIdentifierType {
    const TYPE_NAME: &'static str = "microsoft.graph.signInIdentifierType";
    const MEMBERS: &'static [&'static str] = &[
        "userPrincipalName",
        "phoneNumber",
        "proxyAddress",
        "qrCode",
        "onPremisesUserPrincipalName",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "userPrincipalName" => Self::UserPrincipalName,
                "phoneNumber" => Self::PhoneNumber,
                "proxyAddress" => Self::ProxyAddress,
                "qrCode" => Self::QrCode,
                "onPremisesUserPrincipalName" => Self::OnPremisesUserPrincipalName,
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
            Self::UserPrincipalName => "userPrincipalName",
            Self::PhoneNumber => "phoneNumber",
            Self::ProxyAddress => "proxyAddress",
            Self::QrCode => "qrCode",
            Self::OnPremisesUserPrincipalName => "onPremisesUserPrincipalName",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_audit_logs_or_search)]
rt::impl_enum!(SignInIdentifierType);
#[cfg(msgraph_beta_audit_logs_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(SignInIdentifierType);
#[cfg(msgraph_beta_audit_logs_or_identity_protection_or_risk_detections_or_search)]
/// CSDL: `microsoft.graph.signInLocation`, complex type.
///
/// Features: `beta`, or one of `beta-audit-logs`, `beta-identity-protection`, `beta-risk-detections`, `beta-search`.
#[derive(Clone)]
pub struct SignInLocation {
    /// CSDL: property `city`: `Edm.String`, nullable.
    pub city: rt::Field<::std::string::String>,
    /// CSDL: property `countryOrRegion`: `Edm.String`, nullable.
    pub country_or_region: rt::Field<::std::string::String>,
    /// CSDL: property `geoCoordinates`: `microsoft.graph.geoCoordinates`, nullable.
    pub geo_coordinates: rt::Field<crate::beta::GeoCoordinates>,
    /// CSDL: property `state`: `Edm.String`, nullable.
    pub state: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_audit_logs_or_identity_protection_or_risk_detections_or_search)]
impl ::std::default::Default for SignInLocation {
    #[inline]
    fn default() -> Self {
        Self {
            city: rt::Field::Absent,
            country_or_region: rt::Field::Absent,
            geo_coordinates: rt::Field::Absent,
            state: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_audit_logs_or_identity_protection_or_risk_detections_or_search)]
impl rt::Object for SignInLocation {
    const TYPE_NAME: &'static str = "microsoft.graph.signInLocation";
    const KEYS: &'static [&'static str] = &[
        "city",
        "countryOrRegion",
        "geoCoordinates",
        "state",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"city\":                         ",
        ",\"countryOrRegion\":              ",
        ",\"geoCoordinates\":               ",
        ",\"state\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.signInLocation\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "city", &self.city);
        v.field(1usize, "country_or_region", &self.country_or_region);
        v.field(2usize, "geo_coordinates", &self.geo_coordinates);
        v.field(3usize, "state", &self.state);
    }
}
#[cfg(msgraph_beta_audit_logs_or_identity_protection_or_risk_detections_or_search)]
impl rt::object::Members for SignInLocation {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.city.read_from(r),
            1usize => self.country_or_region.read_from(r),
            2usize => self.geo_coordinates.read_from(r),
            3usize => self.state.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.city);
        w.field(1usize, &self.country_or_region);
        w.field(2usize, &self.geo_coordinates);
        w.field(3usize, &self.state);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_audit_logs_or_identity_protection_or_risk_detections_or_search)]
rt::impl_object!(SignInLocation);
#[cfg(msgraph_beta_audit_logs_or_identity_protection_or_risk_detections_or_search)]
rt::impl_setters!(
    SignInLocation { with_city city : ::std::string::String; with_country_or_region
    country_or_region : ::std::string::String; with_geo_coordinates geo_coordinates :
    crate ::beta::GeoCoordinates; with_state state : ::std::string::String; }
);
#[cfg(msgraph_beta_audit_logs_or_identity_protection_or_risk_detections_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(SignInLocation);
#[cfg(msgraph_beta_audit_logs_or_search)]
/// CSDL: `microsoft.graph.signInUserType`, enum type.
///
/// Features: `beta`, or one of `beta-audit-logs`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum SignInUserType {
    /// `member` (value 0).
    Member,
    /// `guest` (value 1).
    Guest,
    /// `unknownFutureValue` (value 3).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_audit_logs_or_search)]
impl rt::StrEnum for SignInUserType {
    const TYPE_NAME: &'static str = "microsoft.graph.signInUserType";
    const MEMBERS: &'static [&'static str] = &["member", "guest", "unknownFutureValue"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "member" => Self::Member,
                "guest" => Self::Guest,
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
            Self::Member => "member",
            Self::Guest => "guest",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_audit_logs_or_search)]
rt::impl_enum!(SignInUserType);
#[cfg(msgraph_beta_audit_logs_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(SignInUserType);
#[cfg(msgraph_beta_device_management_or_search)]
/// Represents an Apple Single Sign-On Extension.
///
/// CSDL: `microsoft.graph.singleSignOnExtension`, complex type, abstract.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct SingleSignOnExtension {
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for SingleSignOnExtension {
    #[inline]
    fn default() -> Self {
        Self {
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for SingleSignOnExtension {
    const TYPE_NAME: &'static str = "microsoft.graph.singleSignOnExtension";
    const KEYS: &'static [&'static str] = &[];
    const KEYS_JSON: &'static [&'static str] = &[];
    const TAG: &'static str = "\"#microsoft.graph.singleSignOnExtension\"";
    #[inline]
    #[allow(unused_variables)]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {}
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for SingleSignOnExtension {
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
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_object!(SingleSignOnExtension);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(SingleSignOnExtension);
#[cfg(msgraph_beta_device_management_or_search)]
/// `microsoft.graph.singleSignOnExtension` or any type derived from it, selected by `@odata.type` (14 types); each variant's type converts into it (`From`).
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnySingleSignOnExtension {
    SingleSignOnExtension(::std::boxed::Box<crate::beta::SingleSignOnExtension>),
    CredentialSingleSignOnExtension(
        ::std::boxed::Box<crate::beta::CredentialSingleSignOnExtension>,
    ),
    IosAzureAdSingleSignOnExtension(
        ::std::boxed::Box<crate::beta::IosAzureAdSingleSignOnExtension>,
    ),
    IosCredentialSingleSignOnExtension(
        ::std::boxed::Box<crate::beta::IosCredentialSingleSignOnExtension>,
    ),
    IosKerberosSingleSignOnExtension(
        ::std::boxed::Box<crate::beta::IosKerberosSingleSignOnExtension>,
    ),
    IosRedirectSingleSignOnExtension(
        ::std::boxed::Box<crate::beta::IosRedirectSingleSignOnExtension>,
    ),
    IosSingleSignOnExtension(::std::boxed::Box<crate::beta::IosSingleSignOnExtension>),
    KerberosSingleSignOnExtension(
        ::std::boxed::Box<crate::beta::KerberosSingleSignOnExtension>,
    ),
    MacOsAzureAdSingleSignOnExtension(
        ::std::boxed::Box<crate::beta::MacOsAzureAdSingleSignOnExtension>,
    ),
    MacOsCredentialSingleSignOnExtension(
        ::std::boxed::Box<crate::beta::MacOsCredentialSingleSignOnExtension>,
    ),
    MacOsKerberosSingleSignOnExtension(
        ::std::boxed::Box<crate::beta::MacOsKerberosSingleSignOnExtension>,
    ),
    MacOsRedirectSingleSignOnExtension(
        ::std::boxed::Box<crate::beta::MacOsRedirectSingleSignOnExtension>,
    ),
    MacOsSingleSignOnExtension(
        ::std::boxed::Box<crate::beta::MacOsSingleSignOnExtension>,
    ),
    RedirectSingleSignOnExtension(
        ::std::boxed::Box<crate::beta::RedirectSingleSignOnExtension>,
    ),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for AnySingleSignOnExtension {
    #[inline]
    fn default() -> Self {
        Self::SingleSignOnExtension(::std::default::Default::default())
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::SingleSignOnExtension>
for AnySingleSignOnExtension {
    #[inline]
    fn from(v: crate::beta::SingleSignOnExtension) -> Self {
        Self::SingleSignOnExtension(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::CredentialSingleSignOnExtension>
for AnySingleSignOnExtension {
    #[inline]
    fn from(v: crate::beta::CredentialSingleSignOnExtension) -> Self {
        Self::CredentialSingleSignOnExtension(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::IosAzureAdSingleSignOnExtension>
for AnySingleSignOnExtension {
    #[inline]
    fn from(v: crate::beta::IosAzureAdSingleSignOnExtension) -> Self {
        Self::IosAzureAdSingleSignOnExtension(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::IosCredentialSingleSignOnExtension>
for AnySingleSignOnExtension {
    #[inline]
    fn from(v: crate::beta::IosCredentialSingleSignOnExtension) -> Self {
        Self::IosCredentialSingleSignOnExtension(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::IosKerberosSingleSignOnExtension>
for AnySingleSignOnExtension {
    #[inline]
    fn from(v: crate::beta::IosKerberosSingleSignOnExtension) -> Self {
        Self::IosKerberosSingleSignOnExtension(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::IosRedirectSingleSignOnExtension>
for AnySingleSignOnExtension {
    #[inline]
    fn from(v: crate::beta::IosRedirectSingleSignOnExtension) -> Self {
        Self::IosRedirectSingleSignOnExtension(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::IosSingleSignOnExtension>
for AnySingleSignOnExtension {
    #[inline]
    fn from(v: crate::beta::IosSingleSignOnExtension) -> Self {
        Self::IosSingleSignOnExtension(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::KerberosSingleSignOnExtension>
for AnySingleSignOnExtension {
    #[inline]
    fn from(v: crate::beta::KerberosSingleSignOnExtension) -> Self {
        Self::KerberosSingleSignOnExtension(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::MacOsAzureAdSingleSignOnExtension>
for AnySingleSignOnExtension {
    #[inline]
    fn from(v: crate::beta::MacOsAzureAdSingleSignOnExtension) -> Self {
        Self::MacOsAzureAdSingleSignOnExtension(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::MacOsCredentialSingleSignOnExtension>
for AnySingleSignOnExtension {
    #[inline]
    fn from(v: crate::beta::MacOsCredentialSingleSignOnExtension) -> Self {
        Self::MacOsCredentialSingleSignOnExtension(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::MacOsKerberosSingleSignOnExtension>
for AnySingleSignOnExtension {
    #[inline]
    fn from(v: crate::beta::MacOsKerberosSingleSignOnExtension) -> Self {
        Self::MacOsKerberosSingleSignOnExtension(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::MacOsRedirectSingleSignOnExtension>
for AnySingleSignOnExtension {
    #[inline]
    fn from(v: crate::beta::MacOsRedirectSingleSignOnExtension) -> Self {
        Self::MacOsRedirectSingleSignOnExtension(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::MacOsSingleSignOnExtension>
for AnySingleSignOnExtension {
    #[inline]
    fn from(v: crate::beta::MacOsSingleSignOnExtension) -> Self {
        Self::MacOsSingleSignOnExtension(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::RedirectSingleSignOnExtension>
for AnySingleSignOnExtension {
    #[inline]
    fn from(v: crate::beta::RedirectSingleSignOnExtension) -> Self {
        Self::RedirectSingleSignOnExtension(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
unsafe impl ::std::marker::Send for AnySingleSignOnExtension {}
#[cfg(msgraph_beta_device_management_or_search)]
unsafe impl ::std::marker::Sync for AnySingleSignOnExtension {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::marker::Unpin for AnySingleSignOnExtension {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::panic::UnwindSafe for AnySingleSignOnExtension {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::panic::RefUnwindSafe for AnySingleSignOnExtension {}
#[cfg(msgraph_beta_device_management_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::beta::SingleSignOnExtension>();
    rt::object::auto_traits::<crate::beta::CredentialSingleSignOnExtension>();
    rt::object::auto_traits::<crate::beta::IosAzureAdSingleSignOnExtension>();
    rt::object::auto_traits::<crate::beta::IosCredentialSingleSignOnExtension>();
    rt::object::auto_traits::<crate::beta::IosKerberosSingleSignOnExtension>();
    rt::object::auto_traits::<crate::beta::IosRedirectSingleSignOnExtension>();
    rt::object::auto_traits::<crate::beta::IosSingleSignOnExtension>();
    rt::object::auto_traits::<crate::beta::KerberosSingleSignOnExtension>();
    rt::object::auto_traits::<crate::beta::MacOsAzureAdSingleSignOnExtension>();
    rt::object::auto_traits::<crate::beta::MacOsCredentialSingleSignOnExtension>();
    rt::object::auto_traits::<crate::beta::MacOsKerberosSingleSignOnExtension>();
    rt::object::auto_traits::<crate::beta::MacOsRedirectSingleSignOnExtension>();
    rt::object::auto_traits::<crate::beta::MacOsSingleSignOnExtension>();
    rt::object::auto_traits::<crate::beta::RedirectSingleSignOnExtension>();
};
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Poly for AnySingleSignOnExtension {
    const BASE_NAME: &'static str = "microsoft.graph.singleSignOnExtension";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some(
                "microsoft.graph.credentialSingleSignOnExtension",
            ) => Self::CredentialSingleSignOnExtension(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.iosAzureAdSingleSignOnExtension",
            ) => Self::IosAzureAdSingleSignOnExtension(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.iosCredentialSingleSignOnExtension",
            ) => Self::IosCredentialSingleSignOnExtension(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.iosKerberosSingleSignOnExtension",
            ) => Self::IosKerberosSingleSignOnExtension(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.iosRedirectSingleSignOnExtension",
            ) => Self::IosRedirectSingleSignOnExtension(rt::object::new_boxed()),
            ::std::option::Option::Some("microsoft.graph.iosSingleSignOnExtension") => {
                Self::IosSingleSignOnExtension(rt::object::new_boxed())
            }
            ::std::option::Option::Some(
                "microsoft.graph.kerberosSingleSignOnExtension",
            ) => Self::KerberosSingleSignOnExtension(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.macOSAzureAdSingleSignOnExtension",
            ) => Self::MacOsAzureAdSingleSignOnExtension(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.macOSCredentialSingleSignOnExtension",
            ) => Self::MacOsCredentialSingleSignOnExtension(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.macOSKerberosSingleSignOnExtension",
            ) => Self::MacOsKerberosSingleSignOnExtension(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.macOSRedirectSingleSignOnExtension",
            ) => Self::MacOsRedirectSingleSignOnExtension(rt::object::new_boxed()),
            ::std::option::Option::Some("microsoft.graph.macOSSingleSignOnExtension") => {
                Self::MacOsSingleSignOnExtension(rt::object::new_boxed())
            }
            ::std::option::Option::Some(
                "microsoft.graph.redirectSingleSignOnExtension",
            ) => Self::RedirectSingleSignOnExtension(rt::object::new_boxed()),
            _ => Self::SingleSignOnExtension(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::SingleSignOnExtension(v) => &**v,
            Self::CredentialSingleSignOnExtension(v) => &**v,
            Self::IosAzureAdSingleSignOnExtension(v) => &**v,
            Self::IosCredentialSingleSignOnExtension(v) => &**v,
            Self::IosKerberosSingleSignOnExtension(v) => &**v,
            Self::IosRedirectSingleSignOnExtension(v) => &**v,
            Self::IosSingleSignOnExtension(v) => &**v,
            Self::KerberosSingleSignOnExtension(v) => &**v,
            Self::MacOsAzureAdSingleSignOnExtension(v) => &**v,
            Self::MacOsCredentialSingleSignOnExtension(v) => &**v,
            Self::MacOsKerberosSingleSignOnExtension(v) => &**v,
            Self::MacOsRedirectSingleSignOnExtension(v) => &**v,
            Self::MacOsSingleSignOnExtension(v) => &**v,
            Self::RedirectSingleSignOnExtension(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::SingleSignOnExtension(v) => &mut **v,
            Self::CredentialSingleSignOnExtension(v) => &mut **v,
            Self::IosAzureAdSingleSignOnExtension(v) => &mut **v,
            Self::IosCredentialSingleSignOnExtension(v) => &mut **v,
            Self::IosKerberosSingleSignOnExtension(v) => &mut **v,
            Self::IosRedirectSingleSignOnExtension(v) => &mut **v,
            Self::IosSingleSignOnExtension(v) => &mut **v,
            Self::KerberosSingleSignOnExtension(v) => &mut **v,
            Self::MacOsAzureAdSingleSignOnExtension(v) => &mut **v,
            Self::MacOsCredentialSingleSignOnExtension(v) => &mut **v,
            Self::MacOsKerberosSingleSignOnExtension(v) => &mut **v,
            Self::MacOsRedirectSingleSignOnExtension(v) => &mut **v,
            Self::MacOsSingleSignOnExtension(v) => &mut **v,
            Self::RedirectSingleSignOnExtension(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl AnySingleSignOnExtension {
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
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_poly!(AnySingleSignOnExtension);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnySingleSignOnExtension);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.singleValueLegacyExtendedProperty`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct SingleValueLegacyExtendedProperty {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `value`: `Edm.String`, nullable.
    pub value: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for SingleValueLegacyExtendedProperty {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            value: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for SingleValueLegacyExtendedProperty {
    const TYPE_NAME: &'static str = "microsoft.graph.singleValueLegacyExtendedProperty";
    const KEYS: &'static [&'static str] = &["id", "value"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"value\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.singleValueLegacyExtendedProperty\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "value", &self.value);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for SingleValueLegacyExtendedProperty {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.value.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
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
#[cfg(msgraph_beta_core)]
rt::impl_object!(SingleValueLegacyExtendedProperty);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    SingleValueLegacyExtendedProperty { with_id id : ::std::string::String; with_value
    value : ::std::string::String; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(SingleValueLegacyExtendedProperty);
#[cfg(msgraph_beta_core_or_shares_or_sites)]
/// CSDL: `microsoft.graph.sitePageData`, complex type, open.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 12 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct SitePageData {
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_shares_or_sites)]
impl ::std::default::Default for SitePageData {
    #[inline]
    fn default() -> Self {
        Self {
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_shares_or_sites)]
impl rt::Object for SitePageData {
    const TYPE_NAME: &'static str = "microsoft.graph.sitePageData";
    const KEYS: &'static [&'static str] = &[];
    const KEYS_JSON: &'static [&'static str] = &[];
    const TAG: &'static str = "\"#microsoft.graph.sitePageData\"";
    #[inline]
    #[allow(unused_variables)]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {}
}
#[cfg(msgraph_beta_core_or_shares_or_sites)]
impl rt::object::Members for SitePageData {
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
#[cfg(msgraph_beta_core_or_shares_or_sites)]
rt::impl_object!(SitePageData);
#[cfg(msgraph_beta_core_or_shares_or_sites)]
#[cfg(feature = "serde")]
rt::impl_serde!(SitePageData);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.sizeRange`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct SizeRange {
    /// CSDL: property `maximumSize`: `Edm.Int32`, nullable.
    pub maximum_size: rt::Field<i32>,
    /// CSDL: property `minimumSize`: `Edm.Int32`, nullable.
    pub minimum_size: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for SizeRange {
    #[inline]
    fn default() -> Self {
        Self {
            maximum_size: rt::Field::Absent,
            minimum_size: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for SizeRange {
    const TYPE_NAME: &'static str = "microsoft.graph.sizeRange";
    const KEYS: &'static [&'static str] = &["maximumSize", "minimumSize"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"maximumSize\":                  ",
        ",\"minimumSize\":                  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.sizeRange\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "maximum_size", &self.maximum_size);
        v.field(1usize, "minimum_size", &self.minimum_size);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for SizeRange {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.maximum_size.read_from(r),
            1usize => self.minimum_size.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.maximum_size);
        w.field(1usize, &self.minimum_size);
    }
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
rt::impl_object!(SizeRange);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    SizeRange { with_maximum_size maximum_size : i32; with_minimum_size minimum_size :
    i32; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(SizeRange);
