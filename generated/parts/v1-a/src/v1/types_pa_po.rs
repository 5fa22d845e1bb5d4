//! Types of `microsoft.graph` by the first letters of their names (`pa_po`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_v1_copilot_or_search)]
/// CSDL: `microsoft.graph.packageAccessEntity`, complex type.
///
/// Features: `v1`, or one of `v1-copilot`, `v1-search`.
#[derive(Clone)]
pub struct PackageAccessEntity {
    /// CSDL: property `resourceId`: `Edm.String`, not nullable.
    pub resource_id: rt::Field<::std::string::String>,
    /// CSDL: property `resourceType`: `microsoft.graph.accessEntityType`, not nullable.
    pub resource_type: rt::Field<crate::v1::AccessEntityType>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_copilot_or_search)]
impl ::std::default::Default for PackageAccessEntity {
    #[inline]
    fn default() -> Self {
        Self {
            resource_id: rt::Field::Absent,
            resource_type: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_copilot_or_search)]
impl rt::Object for PackageAccessEntity {
    const TYPE_NAME: &'static str = "microsoft.graph.packageAccessEntity";
    const KEYS: &'static [&'static str] = &["resourceId", "resourceType"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"resourceId\":                   ",
        ",\"resourceType\":                 ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.packageAccessEntity\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "resource_id", &self.resource_id);
        v.field(1usize, "resource_type", &self.resource_type);
    }
}
#[cfg(msgraph_v1_copilot_or_search)]
impl rt::object::Members for PackageAccessEntity {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.resource_id.read_from(r),
            1usize => self.resource_type.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.resource_id);
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
#[cfg(msgraph_v1_copilot_or_search)]
rt::impl_object!(PackageAccessEntity);
#[cfg(msgraph_v1_copilot_or_search)]
rt::impl_setters!(
    PackageAccessEntity { with_resource_id resource_id : ::std::string::String;
    with_resource_type resource_type : crate ::v1::AccessEntityType; }
);
#[cfg(msgraph_v1_copilot_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(PackageAccessEntity);
#[cfg(msgraph_v1_copilot_or_search)]
/// CSDL: `microsoft.graph.packageElement`, complex type.
///
/// Features: `v1`, or one of `v1-copilot`, `v1-search`.
#[derive(Clone)]
pub struct PackageElement {
    /// CSDL: property `definition`: `Edm.Untyped`, nullable.
    pub definition: rt::Field<rt::RawJson>,
    /// CSDL: property `id`: `Edm.String`, nullable.
    pub id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_copilot_or_search)]
impl ::std::default::Default for PackageElement {
    #[inline]
    fn default() -> Self {
        Self {
            definition: rt::Field::Absent,
            id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_copilot_or_search)]
impl rt::Object for PackageElement {
    const TYPE_NAME: &'static str = "microsoft.graph.packageElement";
    const KEYS: &'static [&'static str] = &["definition", "id"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"definition\":                   ",
        ",\"id\":                           ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.packageElement\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "definition", &self.definition);
        v.field(1usize, "id", &self.id);
    }
}
#[cfg(msgraph_v1_copilot_or_search)]
impl rt::object::Members for PackageElement {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.definition.read_from(r),
            1usize => self.id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.definition);
        w.field(1usize, &self.id);
    }
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
rt::impl_object!(PackageElement);
#[cfg(msgraph_v1_copilot_or_search)]
rt::impl_setters!(
    PackageElement { with_definition definition : rt::RawJson; with_id id :
    ::std::string::String; }
);
#[cfg(msgraph_v1_copilot_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(PackageElement);
#[cfg(msgraph_v1_copilot_or_search)]
/// CSDL: `microsoft.graph.packageElementDetail`, complex type.
///
/// Features: `v1`, or one of `v1-copilot`, `v1-search`.
#[derive(Clone)]
pub struct PackageElementDetail {
    /// CSDL: property `elements`: `Collection(microsoft.graph.packageElement)`, not nullable.
    pub elements: rt::Field<::std::vec::Vec<crate::v1::PackageElement>>,
    /// CSDL: property `elementType`: `Edm.String`, nullable.
    pub element_type: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_copilot_or_search)]
impl ::std::default::Default for PackageElementDetail {
    #[inline]
    fn default() -> Self {
        Self {
            elements: rt::Field::Absent,
            element_type: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_copilot_or_search)]
impl rt::Object for PackageElementDetail {
    const TYPE_NAME: &'static str = "microsoft.graph.packageElementDetail";
    const KEYS: &'static [&'static str] = &["elements", "elementType"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"elements\":                     ",
        ",\"elementType\":                  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.packageElementDetail\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "elements", &self.elements);
        v.field(1usize, "element_type", &self.element_type);
    }
}
#[cfg(msgraph_v1_copilot_or_search)]
impl rt::object::Members for PackageElementDetail {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.elements.read_from(r),
            1usize => self.element_type.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.elements);
        w.field(1usize, &self.element_type);
    }
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
rt::impl_object!(PackageElementDetail);
#[cfg(msgraph_v1_copilot_or_search)]
rt::impl_setters!(
    PackageElementDetail { with_elements elements : ::std::vec::Vec < crate
    ::v1::PackageElement >; with_element_type element_type : ::std::string::String; }
);
#[cfg(msgraph_v1_copilot_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(PackageElementDetail);
#[cfg(msgraph_v1_copilot_or_search)]
/// CSDL: `microsoft.graph.packageStatus`, enum type.
///
/// Features: `v1`, or one of `v1-copilot`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum PackageStatus {
    /// `none` (value 0).
    None,
    /// `some` (value 1).
    Some,
    /// `all` (value 2).
    All,
    /// `unknownFutureValue` (value 3).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_copilot_or_search)]
impl rt::StrEnum for PackageStatus {
    const TYPE_NAME: &'static str = "microsoft.graph.packageStatus";
    const MEMBERS: &'static [&'static str] = &[
        "none",
        "some",
        "all",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "none" => Self::None,
                "some" => Self::Some,
                "all" => Self::All,
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
            Self::Some => "some",
            Self::All => "all",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_copilot_or_search)]
rt::impl_enum!(PackageStatus);
#[cfg(msgraph_v1_copilot_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(PackageStatus);
#[cfg(msgraph_v1_copilot_or_search)]
/// CSDL: `microsoft.graph.packageType`, enum type.
///
/// Features: `v1`, or one of `v1-copilot`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum PackageType {
    /// `microsoft` (value 0).
    Microsoft,
    /// `external` (value 1).
    External,
    /// `shared` (value 2).
    Shared,
    /// `custom` (value 3).
    Custom,
    /// `unknownFutureValue` (value 4).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_copilot_or_search)]
impl rt::StrEnum for PackageType {
    const TYPE_NAME: &'static str = "microsoft.graph.packageType";
    const MEMBERS: &'static [&'static str] = &[
        "microsoft",
        "external",
        "shared",
        "custom",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "microsoft" => Self::Microsoft,
                "external" => Self::External,
                "shared" => Self::Shared,
                "custom" => Self::Custom,
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
            Self::External => "external",
            Self::Shared => "shared",
            Self::Custom => "custom",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_copilot_or_search)]
rt::impl_enum!(PackageType);
#[cfg(msgraph_v1_copilot_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(PackageType);
#[cfg(msgraph_v1_core_or_sites)]
/// CSDL: `microsoft.graph.pageLayoutType`, enum type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum PageLayoutType {
    /// `microsoftReserved` (value 0).
    MicrosoftReserved,
    /// `article` (value 1).
    Article,
    /// `home` (value 2).
    Home,
    /// `unknownFutureValue` (value 3).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_core_or_sites)]
impl rt::StrEnum for PageLayoutType {
    const TYPE_NAME: &'static str = "microsoft.graph.pageLayoutType";
    const MEMBERS: &'static [&'static str] = &[
        "microsoftReserved",
        "article",
        "home",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "microsoftReserved" => Self::MicrosoftReserved,
                "article" => Self::Article,
                "home" => Self::Home,
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
            Self::MicrosoftReserved => "microsoftReserved",
            Self::Article => "article",
            Self::Home => "home",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_core_or_sites)]
rt::impl_enum!(PageLayoutType);
#[cfg(msgraph_v1_core_or_sites)]
#[cfg(feature = "serde")]
rt::impl_serde!(PageLayoutType);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.parentalControlSettings`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ParentalControlSettings {
    /// CSDL: property `countriesBlockedForMinors`: `Collection(Edm.String)`, nullable.
    pub countries_blocked_for_minors: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `legalAgeGroupRule`: `Edm.String`, nullable.
    pub legal_age_group_rule: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for ParentalControlSettings {
    #[inline]
    fn default() -> Self {
        Self {
            countries_blocked_for_minors: rt::Field::Absent,
            legal_age_group_rule: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for ParentalControlSettings {
    const TYPE_NAME: &'static str = "microsoft.graph.parentalControlSettings";
    const KEYS: &'static [&'static str] = &[
        "countriesBlockedForMinors",
        "legalAgeGroupRule",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"countriesBlockedForMinors\":    ",
        ",\"legalAgeGroupRule\":            ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.parentalControlSettings\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(
            0usize,
            "countries_blocked_for_minors",
            &self.countries_blocked_for_minors,
        );
        v.field(1usize, "legal_age_group_rule", &self.legal_age_group_rule);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for ParentalControlSettings {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.countries_blocked_for_minors.read_from(r),
            1usize => self.legal_age_group_rule.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.countries_blocked_for_minors);
        w.field(1usize, &self.legal_age_group_rule);
    }
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
rt::impl_object!(ParentalControlSettings);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    ParentalControlSettings { with_countries_blocked_for_minors
    countries_blocked_for_minors : ::std::vec::Vec < ::std::string::String >;
    with_legal_age_group_rule legal_age_group_rule : ::std::string::String; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(ParentalControlSettings);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.parseExpressionResponse`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ParseExpressionResponse {
    /// CSDL: property `error`: `microsoft.graph.publicError`, nullable.
    pub error: rt::Field<crate::v1::PublicError>,
    /// CSDL: property `evaluationResult`: `Collection(Edm.String)`, nullable.
    pub evaluation_result: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `evaluationSucceeded`: `Edm.Boolean`, not nullable.
    pub evaluation_succeeded: rt::Field<bool>,
    /// CSDL: property `parsedExpression`: `microsoft.graph.attributeMappingSource`, nullable.
    pub parsed_expression: rt::Field<crate::v1::AttributeMappingSource>,
    /// CSDL: property `parsingSucceeded`: `Edm.Boolean`, not nullable.
    pub parsing_succeeded: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for ParseExpressionResponse {
    #[inline]
    fn default() -> Self {
        Self {
            error: rt::Field::Absent,
            evaluation_result: rt::Field::Absent,
            evaluation_succeeded: rt::Field::Absent,
            parsed_expression: rt::Field::Absent,
            parsing_succeeded: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for ParseExpressionResponse {
    const TYPE_NAME: &'static str = "microsoft.graph.parseExpressionResponse";
    const KEYS: &'static [&'static str] = &[
        "error",
        "evaluationResult",
        "evaluationSucceeded",
        "parsedExpression",
        "parsingSucceeded",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"error\":                        ",
        ",\"evaluationResult\":             ",
        ",\"evaluationSucceeded\":          ",
        ",\"parsedExpression\":             ",
        ",\"parsingSucceeded\":             ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.parseExpressionResponse\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "error", &self.error);
        v.field(1usize, "evaluation_result", &self.evaluation_result);
        v.field(2usize, "evaluation_succeeded", &self.evaluation_succeeded);
        v.field(3usize, "parsed_expression", &self.parsed_expression);
        v.field(4usize, "parsing_succeeded", &self.parsing_succeeded);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for ParseExpressionResponse {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.error.read_from(r),
            1usize => self.evaluation_result.read_from(r),
            2usize => self.evaluation_succeeded.read_from(r),
            3usize => self.parsed_expression.read_from(r),
            4usize => self.parsing_succeeded.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.error);
        w.field(1usize, &self.evaluation_result);
        w.field(2usize, &self.evaluation_succeeded);
        w.field(3usize, &self.parsed_expression);
        w.field(4usize, &self.parsing_succeeded);
    }
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
rt::impl_object!(ParseExpressionResponse);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    ParseExpressionResponse { with_error error : crate ::v1::PublicError;
    with_evaluation_result evaluation_result : ::std::vec::Vec < ::std::string::String >;
    with_evaluation_succeeded evaluation_succeeded : bool; with_parsed_expression
    parsed_expression : crate ::v1::AttributeMappingSource; with_parsing_succeeded
    parsing_succeeded : bool; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(ParseExpressionResponse);
#[cfg(msgraph_v1_search)]
/// CSDL: `microsoft.graph.participantJoiningNotification`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`ParticipantJoiningNotificationPath`](requests/trait.ParticipantJoiningNotificationPath.html), what a path to one (`EntityPath<ParticipantJoiningNotification, C>`) dereferences to.
///
/// Features: `v1` or `v1-search`.
#[derive(Clone)]
pub struct ParticipantJoiningNotification {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `call`: `microsoft.graph.call`, nullable.
    pub call: rt::Field<crate::v1::Call>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search)]
impl ::std::default::Default for ParticipantJoiningNotification {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            call: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search)]
impl rt::Object for ParticipantJoiningNotification {
    const TYPE_NAME: &'static str = "microsoft.graph.participantJoiningNotification";
    const KEYS: &'static [&'static str] = &["id", "call"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"call\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.participantJoiningNotification\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "call", &self.call);
    }
}
#[cfg(msgraph_v1_search)]
impl rt::object::Members for ParticipantJoiningNotification {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.call.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.call);
    }
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
rt::impl_object!(ParticipantJoiningNotification);
#[cfg(msgraph_v1_search)]
rt::impl_setters!(
    ParticipantJoiningNotification { with_id id : ::std::string::String; with_call call :
    crate ::v1::Call; }
);
#[cfg(msgraph_v1_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ParticipantJoiningNotification);
#[cfg(msgraph_v1_any_area)]
/// CSDL: `microsoft.graph.participantJoiningResponse`, complex type, abstract.
///
/// Feature: `v1` or any `v1-*` area feature.
#[derive(Clone)]
pub struct ParticipantJoiningResponse {
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_any_area)]
impl ::std::default::Default for ParticipantJoiningResponse {
    #[inline]
    fn default() -> Self {
        Self {
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_any_area)]
impl rt::Object for ParticipantJoiningResponse {
    const TYPE_NAME: &'static str = "microsoft.graph.participantJoiningResponse";
    const KEYS: &'static [&'static str] = &[];
    const KEYS_JSON: &'static [&'static str] = &[];
    const TAG: &'static str = "\"#microsoft.graph.participantJoiningResponse\"";
    #[inline]
    #[allow(unused_variables)]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {}
}
#[cfg(msgraph_v1_any_area)]
impl rt::object::Members for ParticipantJoiningResponse {
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
rt::impl_object!(ParticipantJoiningResponse);
#[cfg(msgraph_v1_any_area)]
#[cfg(feature = "serde")]
rt::impl_serde!(ParticipantJoiningResponse);
#[cfg(msgraph_v1_any_area)]
/// `microsoft.graph.participantJoiningResponse` or any type derived from it, selected by `@odata.type` (4 types); each variant's type converts into it (`From`).
///
/// Feature: `v1` or any `v1-*` area feature.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyParticipantJoiningResponse {
    ParticipantJoiningResponse(::std::boxed::Box<crate::v1::ParticipantJoiningResponse>),
    AcceptJoinResponse(::std::boxed::Box<crate::v1::AcceptJoinResponse>),
    InviteNewBotResponse(::std::boxed::Box<crate::v1::InviteNewBotResponse>),
    RejectJoinResponse(::std::boxed::Box<crate::v1::RejectJoinResponse>),
}
#[cfg(msgraph_v1_any_area)]
impl ::std::default::Default for AnyParticipantJoiningResponse {
    #[inline]
    fn default() -> Self {
        Self::ParticipantJoiningResponse(::std::default::Default::default())
    }
}
#[cfg(msgraph_v1_any_area)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::ParticipantJoiningResponse>
for AnyParticipantJoiningResponse {
    #[inline]
    fn from(v: crate::v1::ParticipantJoiningResponse) -> Self {
        Self::ParticipantJoiningResponse(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::AcceptJoinResponse>
for AnyParticipantJoiningResponse {
    #[inline]
    fn from(v: crate::v1::AcceptJoinResponse) -> Self {
        Self::AcceptJoinResponse(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::InviteNewBotResponse>
for AnyParticipantJoiningResponse {
    #[inline]
    fn from(v: crate::v1::InviteNewBotResponse) -> Self {
        Self::InviteNewBotResponse(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::RejectJoinResponse>
for AnyParticipantJoiningResponse {
    #[inline]
    fn from(v: crate::v1::RejectJoinResponse) -> Self {
        Self::RejectJoinResponse(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area)]
unsafe impl ::std::marker::Send for AnyParticipantJoiningResponse {}
#[cfg(msgraph_v1_any_area)]
unsafe impl ::std::marker::Sync for AnyParticipantJoiningResponse {}
#[cfg(msgraph_v1_any_area)]
impl ::std::marker::Unpin for AnyParticipantJoiningResponse {}
#[cfg(msgraph_v1_any_area)]
impl ::std::panic::UnwindSafe for AnyParticipantJoiningResponse {}
#[cfg(msgraph_v1_any_area)]
impl ::std::panic::RefUnwindSafe for AnyParticipantJoiningResponse {}
#[cfg(msgraph_v1_any_area)]
const _: () = {
    rt::object::auto_traits::<crate::v1::ParticipantJoiningResponse>();
    rt::object::auto_traits::<crate::v1::AcceptJoinResponse>();
    rt::object::auto_traits::<crate::v1::InviteNewBotResponse>();
    rt::object::auto_traits::<crate::v1::RejectJoinResponse>();
};
#[cfg(msgraph_v1_any_area)]
impl rt::Poly for AnyParticipantJoiningResponse {
    const BASE_NAME: &'static str = "microsoft.graph.participantJoiningResponse";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some("microsoft.graph.acceptJoinResponse") => {
                Self::AcceptJoinResponse(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.inviteNewBotResponse") => {
                Self::InviteNewBotResponse(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.rejectJoinResponse") => {
                Self::RejectJoinResponse(rt::object::new_boxed())
            }
            _ => Self::ParticipantJoiningResponse(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::ParticipantJoiningResponse(v) => &**v,
            Self::AcceptJoinResponse(v) => &**v,
            Self::InviteNewBotResponse(v) => &**v,
            Self::RejectJoinResponse(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::ParticipantJoiningResponse(v) => &mut **v,
            Self::AcceptJoinResponse(v) => &mut **v,
            Self::InviteNewBotResponse(v) => &mut **v,
            Self::RejectJoinResponse(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_v1_any_area)]
impl AnyParticipantJoiningResponse {
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
#[cfg(msgraph_v1_any_area)]
rt::impl_poly!(AnyParticipantJoiningResponse);
#[cfg(msgraph_v1_any_area)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyParticipantJoiningResponse);
#[cfg(msgraph_v1_search)]
/// CSDL: `microsoft.graph.participantLeftNotification`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`ParticipantLeftNotificationPath`](requests/trait.ParticipantLeftNotificationPath.html), what a path to one (`EntityPath<ParticipantLeftNotification, C>`) dereferences to.
///
/// Features: `v1` or `v1-search`.
#[derive(Clone)]
pub struct ParticipantLeftNotification {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `participantId`: `Edm.String`, not nullable.
    pub participant_id: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `call`: `microsoft.graph.call`, nullable.
    pub call: rt::Field<crate::v1::Call>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search)]
impl ::std::default::Default for ParticipantLeftNotification {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            participant_id: rt::Field::Absent,
            call: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search)]
impl rt::Object for ParticipantLeftNotification {
    const TYPE_NAME: &'static str = "microsoft.graph.participantLeftNotification";
    const KEYS: &'static [&'static str] = &["id", "participantId", "call"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"participantId\":                ",
        ",\"call\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.participantLeftNotification\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "participant_id", &self.participant_id);
        v.field(2usize, "call", &self.call);
    }
}
#[cfg(msgraph_v1_search)]
impl rt::object::Members for ParticipantLeftNotification {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.participant_id.read_from(r),
            2usize => self.call.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.participant_id);
        w.field(2usize, &self.call);
    }
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
rt::impl_object!(ParticipantLeftNotification);
#[cfg(msgraph_v1_search)]
rt::impl_setters!(
    ParticipantLeftNotification { with_id id : ::std::string::String; with_participant_id
    participant_id : ::std::string::String; with_call call : crate ::v1::Call; }
);
#[cfg(msgraph_v1_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ParticipantLeftNotification);
#[cfg(msgraph_v1_reports_or_search)]
/// CSDL: `microsoft.graph.partners`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`PartnersPath`](requests/trait.PartnersPath.html), what a path to one (`EntityPath<Partners, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-reports`, `v1-search`.
#[derive(Clone)]
pub struct Partners {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `billing`: `microsoft.graph.partners.billing.billing`, nullable.
    pub billing: rt::Field<crate::v1::partners_billing::Billing>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_reports_or_search)]
impl ::std::default::Default for Partners {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            billing: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_reports_or_search)]
impl rt::Object for Partners {
    const TYPE_NAME: &'static str = "microsoft.graph.partners";
    const KEYS: &'static [&'static str] = &["id", "billing"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"billing\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.partners\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "billing", &self.billing);
    }
}
#[cfg(msgraph_v1_reports_or_search)]
impl rt::object::Members for Partners {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.billing.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.billing);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_reports_or_search)]
rt::impl_object!(Partners);
#[cfg(msgraph_v1_reports_or_search)]
rt::impl_setters!(
    Partners { with_id id : ::std::string::String; with_billing billing : crate
    ::v1::partners_billing::Billing; }
);
#[cfg(msgraph_v1_reports_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(Partners);
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
/// CSDL: `microsoft.graph.passkeyAuthenticationMethodTarget`, entity type, derived from `microsoft.graph.authenticationMethodTarget`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1`, or one of `v1-authentication-method-configurations`, `v1-authentication-methods-policy`, `v1-policies`, `v1-search`.
#[derive(Clone)]
pub struct PasskeyAuthenticationMethodTarget {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `isRegistrationRequired`: `Edm.Boolean`, not nullable.
    pub is_registration_required: rt::Field<bool>,
    /// CSDL: property `targetType`: `microsoft.graph.authenticationMethodTargetType`, not nullable.
    pub target_type: rt::Field<crate::v1::AuthenticationMethodTargetType>,
    /// CSDL: property `allowedPasskeyProfiles`: `Collection(Edm.Guid)`, nullable.
    pub allowed_passkey_profiles: rt::Field<::std::vec::Vec<rt::edm::Guid>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
impl ::std::default::Default for PasskeyAuthenticationMethodTarget {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            is_registration_required: rt::Field::Absent,
            target_type: rt::Field::Absent,
            allowed_passkey_profiles: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
impl rt::Object for PasskeyAuthenticationMethodTarget {
    const TYPE_NAME: &'static str = "microsoft.graph.passkeyAuthenticationMethodTarget";
    const KEYS: &'static [&'static str] = &[
        "id",
        "isRegistrationRequired",
        "targetType",
        "allowedPasskeyProfiles",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"isRegistrationRequired\":       ",
        ",\"targetType\":                   ",
        ",\"allowedPasskeyProfiles\":       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.passkeyAuthenticationMethodTarget\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "is_registration_required", &self.is_registration_required);
        v.field(2usize, "target_type", &self.target_type);
        v.field(3usize, "allowed_passkey_profiles", &self.allowed_passkey_profiles);
    }
}
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
impl rt::object::Members for PasskeyAuthenticationMethodTarget {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.is_registration_required.read_from(r),
            2usize => self.target_type.read_from(r),
            3usize => self.allowed_passkey_profiles.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.is_registration_required);
        w.field(2usize, &self.target_type);
        w.field(3usize, &self.allowed_passkey_profiles);
    }
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
rt::impl_object!(PasskeyAuthenticationMethodTarget);
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
rt::impl_setters!(
    PasskeyAuthenticationMethodTarget { with_id id : ::std::string::String;
    with_is_registration_required is_registration_required : bool; with_target_type
    target_type : crate ::v1::AuthenticationMethodTargetType;
    with_allowed_passkey_profiles allowed_passkey_profiles : ::std::vec::Vec <
    rt::edm::Guid >; }
);
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
#[cfg(feature = "serde")]
rt::impl_serde!(PasskeyAuthenticationMethodTarget);
#[cfg(msgraph_v1_search)]
/// CSDL: `microsoft.graph.passkeyProfile`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`PasskeyProfilePath`](requests/trait.PasskeyProfilePath.html), what a path to one (`EntityPath<PasskeyProfile, C>`) dereferences to.
///
/// Features: `v1` or `v1-search`.
#[derive(Clone)]
pub struct PasskeyProfile {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `attestationEnforcement`: `microsoft.graph.attestationEnforcement`, not nullable.
    pub attestation_enforcement: rt::Field<crate::v1::AttestationEnforcement>,
    /// CSDL: property `keyRestrictions`: `microsoft.graph.fido2KeyRestrictions`, nullable.
    pub key_restrictions: rt::Field<crate::v1::Fido2KeyRestrictions>,
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// CSDL: property `passkeyTypes`: `microsoft.graph.passkeyTypes`, nullable.
    pub passkey_types: rt::Field<rt::Flags<crate::v1::PasskeyTypes>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search)]
impl ::std::default::Default for PasskeyProfile {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            attestation_enforcement: rt::Field::Absent,
            key_restrictions: rt::Field::Absent,
            name: rt::Field::Absent,
            passkey_types: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search)]
impl rt::Object for PasskeyProfile {
    const TYPE_NAME: &'static str = "microsoft.graph.passkeyProfile";
    const KEYS: &'static [&'static str] = &[
        "id",
        "attestationEnforcement",
        "keyRestrictions",
        "name",
        "passkeyTypes",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"attestationEnforcement\":       ",
        ",\"keyRestrictions\":              ",
        ",\"name\":                         ",
        ",\"passkeyTypes\":                 ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.passkeyProfile\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "attestation_enforcement", &self.attestation_enforcement);
        v.field(2usize, "key_restrictions", &self.key_restrictions);
        v.field(3usize, "name", &self.name);
        v.field(4usize, "passkey_types", &self.passkey_types);
    }
}
#[cfg(msgraph_v1_search)]
impl rt::object::Members for PasskeyProfile {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.attestation_enforcement.read_from(r),
            2usize => self.key_restrictions.read_from(r),
            3usize => self.name.read_from(r),
            4usize => self.passkey_types.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.attestation_enforcement);
        w.field(2usize, &self.key_restrictions);
        w.field(3usize, &self.name);
        w.field(4usize, &self.passkey_types);
    }
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
rt::impl_object!(PasskeyProfile);
#[cfg(msgraph_v1_search)]
rt::impl_setters!(
    PasskeyProfile { with_id id : ::std::string::String; with_attestation_enforcement
    attestation_enforcement : crate ::v1::AttestationEnforcement; with_key_restrictions
    key_restrictions : crate ::v1::Fido2KeyRestrictions; with_name name :
    ::std::string::String; with_passkey_types passkey_types : rt::Flags < crate
    ::v1::PasskeyTypes >; }
);
#[cfg(msgraph_v1_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(PasskeyProfile);
#[cfg(msgraph_v1_search)]
/// CSDL: `microsoft.graph.passkeyTypes`, enum type, flags (comma-separated in JSON).
///
/// Features: `v1` or `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum PasskeyTypes {
    /// `deviceBound` (value 1).
    DeviceBound,
    /// `synced` (value 2).
    Synced,
    /// `unknownFutureValue` (value 4).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_search)]
impl rt::StrEnum for PasskeyTypes {
    const TYPE_NAME: &'static str = "microsoft.graph.passkeyTypes";
    const MEMBERS: &'static [&'static str] = &[
        "deviceBound",
        "synced",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "deviceBound" => Self::DeviceBound,
                "synced" => Self::Synced,
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
            Self::DeviceBound => "deviceBound",
            Self::Synced => "synced",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_search)]
rt::impl_enum!(PasskeyTypes);
#[cfg(msgraph_v1_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(PasskeyTypes);
#[cfg(msgraph_v1_application_templates_or_search)]
/// CSDL: `microsoft.graph.passwordPolicy`, enum type, flags (comma-separated in JSON).
///
/// Features: `v1`, or one of `v1-application-templates`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum PasswordPolicy {
    /// `none` (value 0).
    None,
    /// `changePasswordPeriod` (value 1).
    ChangePasswordPeriod,
    /// `charactersCombination` (value 2).
    CharactersCombination,
    /// `passwordHistoryAndReuse` (value 4).
    PasswordHistoryAndReuse,
    /// `passwordLengthLimit` (value 8).
    PasswordLengthLimit,
    /// `personalInformationUse` (value 16).
    PersonalInformationUse,
    /// `unknownFutureValue` (value 32).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_application_templates_or_search)]
impl rt::StrEnum for PasswordPolicy {
    const TYPE_NAME: &'static str = "microsoft.graph.passwordPolicy";
    const MEMBERS: &'static [&'static str] = &[
        "none",
        "changePasswordPeriod",
        "charactersCombination",
        "passwordHistoryAndReuse",
        "passwordLengthLimit",
        "personalInformationUse",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "none" => Self::None,
                "changePasswordPeriod" => Self::ChangePasswordPeriod,
                "charactersCombination" => Self::CharactersCombination,
                "passwordHistoryAndReuse" => Self::PasswordHistoryAndReuse,
                "passwordLengthLimit" => Self::PasswordLengthLimit,
                "personalInformationUse" => Self::PersonalInformationUse,
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
            Self::ChangePasswordPeriod => "changePasswordPeriod",
            Self::CharactersCombination => "charactersCombination",
            Self::PasswordHistoryAndReuse => "passwordHistoryAndReuse",
            Self::PasswordLengthLimit => "passwordLengthLimit",
            Self::PersonalInformationUse => "personalInformationUse",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_application_templates_or_search)]
rt::impl_enum!(PasswordPolicy);
#[cfg(msgraph_v1_application_templates_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(PasswordPolicy);
#[cfg(msgraph_v1_application_templates_or_search)]
/// CSDL: `microsoft.graph.pciVersion`, enum type.
///
/// Features: `v1`, or one of `v1-application-templates`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum PciVersion {
    /// `none` (value 0).
    None,
    /// `v3_2_1` (value 1).
    V321,
    /// `v4` (value 2).
    V4,
    /// `notSupported` (value 3).
    NotSupported,
    /// `unknownFutureValue` (value 4).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_application_templates_or_search)]
impl rt::StrEnum for PciVersion {
    const TYPE_NAME: &'static str = "microsoft.graph.pciVersion";
    const MEMBERS: &'static [&'static str] = &[
        "none",
        "v3_2_1",
        "v4",
        "notSupported",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "none" => Self::None,
                "v3_2_1" => Self::V321,
                "v4" => Self::V4,
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
            Self::V321 => "v3_2_1",
            Self::V4 => "v4",
            Self::NotSupported => "notSupported",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_application_templates_or_search)]
rt::impl_enum!(PciVersion);
#[cfg(msgraph_v1_application_templates_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(PciVersion);
#[cfg(msgraph_v1_drives_or_search)]
/// CSDL: `microsoft.graph.pendingContentUpdate`, complex type.
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct PendingContentUpdate {
    /// CSDL: property `queuedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub queued_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for PendingContentUpdate {
    #[inline]
    fn default() -> Self {
        Self {
            queued_date_time: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for PendingContentUpdate {
    const TYPE_NAME: &'static str = "microsoft.graph.pendingContentUpdate";
    const KEYS: &'static [&'static str] = &["queuedDateTime"];
    const KEYS_JSON: &'static [&'static str] = &[",\"queuedDateTime\":               "];
    const TAG: &'static str = "\"#microsoft.graph.pendingContentUpdate\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "queued_date_time", &self.queued_date_time);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for PendingContentUpdate {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.queued_date_time.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.queued_date_time);
    }
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
rt::impl_object!(PendingContentUpdate);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    PendingContentUpdate { with_queued_date_time queued_date_time :
    rt::edm::DateTimeOffset; }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(PendingContentUpdate);
#[cfg(msgraph_v1_drives_or_search)]
/// CSDL: `microsoft.graph.pendingOperations`, complex type.
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct PendingOperations {
    /// CSDL: property `pendingContentUpdate`: `microsoft.graph.pendingContentUpdate`, nullable.
    pub pending_content_update: rt::Field<crate::v1::PendingContentUpdate>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for PendingOperations {
    #[inline]
    fn default() -> Self {
        Self {
            pending_content_update: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for PendingOperations {
    const TYPE_NAME: &'static str = "microsoft.graph.pendingOperations";
    const KEYS: &'static [&'static str] = &["pendingContentUpdate"];
    const KEYS_JSON: &'static [&'static str] = &[",\"pendingContentUpdate\":         "];
    const TAG: &'static str = "\"#microsoft.graph.pendingOperations\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "pending_content_update", &self.pending_content_update);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for PendingOperations {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.pending_content_update.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.pending_content_update);
    }
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
rt::impl_object!(PendingOperations);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    PendingOperations { with_pending_content_update pending_content_update : crate
    ::v1::PendingContentUpdate; }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(PendingOperations);
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
/// CSDL: `microsoft.graph.personOrGroupColumn`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-drives`, `v1-group-setting-templates` and 14 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct PersonOrGroupColumn {
    /// CSDL: property `allowMultipleSelection`: `Edm.Boolean`, nullable.
    pub allow_multiple_selection: rt::Field<bool>,
    /// CSDL: property `chooseFromType`: `Edm.String`, nullable.
    pub choose_from_type: rt::Field<::std::string::String>,
    /// CSDL: property `displayAs`: `Edm.String`, nullable.
    pub display_as: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
impl ::std::default::Default for PersonOrGroupColumn {
    #[inline]
    fn default() -> Self {
        Self {
            allow_multiple_selection: rt::Field::Absent,
            choose_from_type: rt::Field::Absent,
            display_as: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
impl rt::Object for PersonOrGroupColumn {
    const TYPE_NAME: &'static str = "microsoft.graph.personOrGroupColumn";
    const KEYS: &'static [&'static str] = &[
        "allowMultipleSelection",
        "chooseFromType",
        "displayAs",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"allowMultipleSelection\":       ",
        ",\"chooseFromType\":               ",
        ",\"displayAs\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.personOrGroupColumn\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "allow_multiple_selection", &self.allow_multiple_selection);
        v.field(1usize, "choose_from_type", &self.choose_from_type);
        v.field(2usize, "display_as", &self.display_as);
    }
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
impl rt::object::Members for PersonOrGroupColumn {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.allow_multiple_selection.read_from(r),
            1usize => self.choose_from_type.read_from(r),
            2usize => self.display_as.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.allow_multiple_selection);
        w.field(1usize, &self.choose_from_type);
        w.field(2usize, &self.display_as);
    }
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
rt::impl_object!(PersonOrGroupColumn);
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
rt::impl_setters!(
    PersonOrGroupColumn { with_allow_multiple_selection allow_multiple_selection : bool;
    with_choose_from_type choose_from_type : ::std::string::String; with_display_as
    display_as : ::std::string::String; }
);
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
#[cfg(feature = "serde")]
rt::impl_serde!(PersonOrGroupColumn);
#[cfg(msgraph_v1_core_or_teamwork)]
/// CSDL: `microsoft.graph.phoneUserConversationMember`, entity type, derived from `microsoft.graph.conversationMember`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct PhoneUserConversationMember {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `roles`: `Collection(Edm.String)`, nullable.
    pub roles: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `visibleHistoryStartDateTime`: `Edm.DateTimeOffset`, nullable.
    pub visible_history_start_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `phoneNumber`: `Edm.String`, nullable.
    pub phone_number: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl ::std::default::Default for PhoneUserConversationMember {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            display_name: rt::Field::Absent,
            roles: rt::Field::Absent,
            visible_history_start_date_time: rt::Field::Absent,
            phone_number: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl rt::Object for PhoneUserConversationMember {
    const TYPE_NAME: &'static str = "microsoft.graph.phoneUserConversationMember";
    const KEYS: &'static [&'static str] = &[
        "id",
        "displayName",
        "roles",
        "visibleHistoryStartDateTime",
        "phoneNumber",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"displayName\":                  ",
        ",\"roles\":                        ",
        ",\"visibleHistoryStartDateTime\":  ",
        ",\"phoneNumber\":                  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.phoneUserConversationMember\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "display_name", &self.display_name);
        v.field(2usize, "roles", &self.roles);
        v.field(
            3usize,
            "visible_history_start_date_time",
            &self.visible_history_start_date_time,
        );
        v.field(4usize, "phone_number", &self.phone_number);
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl rt::object::Members for PhoneUserConversationMember {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.display_name.read_from(r),
            2usize => self.roles.read_from(r),
            3usize => self.visible_history_start_date_time.read_from(r),
            4usize => self.phone_number.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.display_name);
        w.field(2usize, &self.roles);
        w.field(3usize, &self.visible_history_start_date_time);
        w.field(4usize, &self.phone_number);
    }
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
rt::impl_object!(PhoneUserConversationMember);
#[cfg(msgraph_v1_core_or_teamwork)]
rt::impl_setters!(
    PhoneUserConversationMember { with_id id : ::std::string::String; with_display_name
    display_name : ::std::string::String; with_roles roles : ::std::vec::Vec <
    ::std::string::String >; with_visible_history_start_date_time
    visible_history_start_date_time : rt::edm::DateTimeOffset; with_phone_number
    phone_number : ::std::string::String; }
);
#[cfg(msgraph_v1_core_or_teamwork)]
#[cfg(feature = "serde")]
rt::impl_serde!(PhoneUserConversationMember);
#[cfg(msgraph_v1_drives_or_search)]
/// CSDL: `microsoft.graph.photo`, complex type.
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct Photo {
    /// CSDL: property `cameraMake`: `Edm.String`, nullable.
    pub camera_make: rt::Field<::std::string::String>,
    /// CSDL: property `cameraModel`: `Edm.String`, nullable.
    pub camera_model: rt::Field<::std::string::String>,
    /// CSDL: property `exposureDenominator`: `Edm.Double`, nullable.
    pub exposure_denominator: rt::Field<f64>,
    /// CSDL: property `exposureNumerator`: `Edm.Double`, nullable.
    pub exposure_numerator: rt::Field<f64>,
    /// CSDL: property `fNumber`: `Edm.Double`, nullable.
    pub f_number: rt::Field<f64>,
    /// CSDL: property `focalLength`: `Edm.Double`, nullable.
    pub focal_length: rt::Field<f64>,
    /// CSDL: property `iso`: `Edm.Int32`, nullable.
    pub iso: rt::Field<i32>,
    /// CSDL: property `orientation`: `Edm.Int16`, nullable.
    pub orientation: rt::Field<i16>,
    /// CSDL: property `takenDateTime`: `Edm.DateTimeOffset`, nullable.
    pub taken_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for Photo {
    #[inline]
    fn default() -> Self {
        Self {
            camera_make: rt::Field::Absent,
            camera_model: rt::Field::Absent,
            exposure_denominator: rt::Field::Absent,
            exposure_numerator: rt::Field::Absent,
            f_number: rt::Field::Absent,
            focal_length: rt::Field::Absent,
            iso: rt::Field::Absent,
            orientation: rt::Field::Absent,
            taken_date_time: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for Photo {
    const TYPE_NAME: &'static str = "microsoft.graph.photo";
    const KEYS: &'static [&'static str] = &[
        "cameraMake",
        "cameraModel",
        "exposureDenominator",
        "exposureNumerator",
        "fNumber",
        "focalLength",
        "iso",
        "orientation",
        "takenDateTime",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"cameraMake\":                   ",
        ",\"cameraModel\":                  ",
        ",\"exposureDenominator\":          ",
        ",\"exposureNumerator\":            ",
        ",\"fNumber\":                      ",
        ",\"focalLength\":                  ",
        ",\"iso\":                          ",
        ",\"orientation\":                  ",
        ",\"takenDateTime\":                ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.photo\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "camera_make", &self.camera_make);
        v.field(1usize, "camera_model", &self.camera_model);
        v.field(2usize, "exposure_denominator", &self.exposure_denominator);
        v.field(3usize, "exposure_numerator", &self.exposure_numerator);
        v.field(4usize, "f_number", &self.f_number);
        v.field(5usize, "focal_length", &self.focal_length);
        v.field(6usize, "iso", &self.iso);
        v.field(7usize, "orientation", &self.orientation);
        v.field(8usize, "taken_date_time", &self.taken_date_time);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for Photo {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.camera_make.read_from(r),
            1usize => self.camera_model.read_from(r),
            2usize => self.exposure_denominator.read_from(r),
            3usize => self.exposure_numerator.read_from(r),
            4usize => self.f_number.read_from(r),
            5usize => self.focal_length.read_from(r),
            6usize => self.iso.read_from(r),
            7usize => self.orientation.read_from(r),
            8usize => self.taken_date_time.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.camera_make);
        w.field(1usize, &self.camera_model);
        w.field(2usize, &self.exposure_denominator);
        w.field(3usize, &self.exposure_numerator);
        w.field(4usize, &self.f_number);
        w.field(5usize, &self.focal_length);
        w.field(6usize, &self.iso);
        w.field(7usize, &self.orientation);
        w.field(8usize, &self.taken_date_time);
    }
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
rt::impl_object!(Photo);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    Photo { with_camera_make camera_make : ::std::string::String; with_camera_model
    camera_model : ::std::string::String; with_exposure_denominator exposure_denominator
    : f64; with_exposure_numerator exposure_numerator : f64; with_f_number f_number :
    f64; with_focal_length focal_length : f64; with_iso iso : i32; with_orientation
    orientation : i16; with_taken_date_time taken_date_time : rt::edm::DateTimeOffset; }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(Photo);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.pinnedChatMessageInfo`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`PinnedChatMessageInfoPath`](requests/trait.PinnedChatMessageInfoPath.html), what a path to one (`EntityPath<PinnedChatMessageInfo, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct PinnedChatMessageInfo {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: navigation property `message`: `microsoft.graph.chatMessage`, nullable.
    pub message: rt::Field<crate::v1::AnyChatMessage>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for PinnedChatMessageInfo {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            message: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for PinnedChatMessageInfo {
    const TYPE_NAME: &'static str = "microsoft.graph.pinnedChatMessageInfo";
    const KEYS: &'static [&'static str] = &["id", "message"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"message\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.pinnedChatMessageInfo\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "message", &self.message);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for PinnedChatMessageInfo {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.message.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.message);
    }
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
rt::impl_object!(PinnedChatMessageInfo);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    PinnedChatMessageInfo { with_id id : ::std::string::String; with_message message :
    crate ::v1::AnyChatMessage; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(PinnedChatMessageInfo);
#[cfg(msgraph_v1_planner_or_search)]
/// CSDL: `microsoft.graph.planner`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`PlannerPath`](requests/trait.PlannerPath.html), what a path to one (`EntityPath<Planner, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-planner`, `v1-search`.
#[derive(Clone)]
pub struct Planner {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `buckets`: `Collection(microsoft.graph.plannerBucket)`, not nullable.
    pub buckets: rt::Field<::std::vec::Vec<crate::v1::PlannerBucket>>,
    /// CSDL: containment navigation property `plans`: `Collection(microsoft.graph.plannerPlan)`, not nullable.
    pub plans: rt::Field<::std::vec::Vec<crate::v1::PlannerPlan>>,
    /// CSDL: containment navigation property `tasks`: `Collection(microsoft.graph.plannerTask)`, not nullable.
    pub tasks: rt::Field<::std::vec::Vec<crate::v1::PlannerTask>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_planner_or_search)]
impl ::std::default::Default for Planner {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            buckets: rt::Field::Absent,
            plans: rt::Field::Absent,
            tasks: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_planner_or_search)]
impl rt::Object for Planner {
    const TYPE_NAME: &'static str = "microsoft.graph.planner";
    const KEYS: &'static [&'static str] = &["id", "buckets", "plans", "tasks"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"buckets\":                      ",
        ",\"plans\":                        ",
        ",\"tasks\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.planner\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "buckets", &self.buckets);
        v.field(2usize, "plans", &self.plans);
        v.field(3usize, "tasks", &self.tasks);
    }
}
#[cfg(msgraph_v1_planner_or_search)]
impl rt::object::Members for Planner {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.buckets.read_from(r),
            2usize => self.plans.read_from(r),
            3usize => self.tasks.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.buckets);
        w.field(2usize, &self.plans);
        w.field(3usize, &self.tasks);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_planner_or_search)]
rt::impl_object!(Planner);
#[cfg(msgraph_v1_planner_or_search)]
rt::impl_setters!(
    Planner { with_id id : ::std::string::String; with_buckets buckets : ::std::vec::Vec
    < crate ::v1::PlannerBucket >; with_plans plans : ::std::vec::Vec < crate
    ::v1::PlannerPlan >; with_tasks tasks : ::std::vec::Vec < crate ::v1::PlannerTask >;
    }
);
#[cfg(msgraph_v1_planner_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(Planner);
#[cfg(msgraph_v1_core_or_planner)]
/// CSDL: `microsoft.graph.plannerAppliedCategories`, complex type, open.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct PlannerAppliedCategories {
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_planner)]
impl ::std::default::Default for PlannerAppliedCategories {
    #[inline]
    fn default() -> Self {
        Self {
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_planner)]
impl rt::Object for PlannerAppliedCategories {
    const TYPE_NAME: &'static str = "microsoft.graph.plannerAppliedCategories";
    const KEYS: &'static [&'static str] = &[];
    const KEYS_JSON: &'static [&'static str] = &[];
    const TAG: &'static str = "\"#microsoft.graph.plannerAppliedCategories\"";
    #[inline]
    #[allow(unused_variables)]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {}
}
#[cfg(msgraph_v1_core_or_planner)]
impl rt::object::Members for PlannerAppliedCategories {
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
#[cfg(msgraph_v1_core_or_planner)]
rt::impl_object!(PlannerAppliedCategories);
#[cfg(msgraph_v1_core_or_planner)]
#[cfg(feature = "serde")]
rt::impl_serde!(PlannerAppliedCategories);
#[cfg(msgraph_v1_core_or_planner)]
/// CSDL: `microsoft.graph.plannerAssignedToTaskBoardTaskFormat`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`PlannerAssignedToTaskBoardTaskFormatPath`](requests/trait.PlannerAssignedToTaskBoardTaskFormatPath.html), what a path to one (`EntityPath<PlannerAssignedToTaskBoardTaskFormat, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct PlannerAssignedToTaskBoardTaskFormat {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `orderHintsByAssignee`: `microsoft.graph.plannerOrderHintsByAssignee`, nullable.
    pub order_hints_by_assignee: rt::Field<crate::v1::PlannerOrderHintsByAssignee>,
    /// CSDL: property `unassignedOrderHint`: `Edm.String`, nullable.
    pub unassigned_order_hint: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_planner)]
impl ::std::default::Default for PlannerAssignedToTaskBoardTaskFormat {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            order_hints_by_assignee: rt::Field::Absent,
            unassigned_order_hint: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_planner)]
impl rt::Object for PlannerAssignedToTaskBoardTaskFormat {
    const TYPE_NAME: &'static str = "microsoft.graph.plannerAssignedToTaskBoardTaskFormat";
    const KEYS: &'static [&'static str] = &[
        "id",
        "orderHintsByAssignee",
        "unassignedOrderHint",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"orderHintsByAssignee\":         ",
        ",\"unassignedOrderHint\":          ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.plannerAssignedToTaskBoardTaskFormat\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "order_hints_by_assignee", &self.order_hints_by_assignee);
        v.field(2usize, "unassigned_order_hint", &self.unassigned_order_hint);
    }
}
#[cfg(msgraph_v1_core_or_planner)]
impl rt::object::Members for PlannerAssignedToTaskBoardTaskFormat {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.order_hints_by_assignee.read_from(r),
            2usize => self.unassigned_order_hint.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.order_hints_by_assignee);
        w.field(2usize, &self.unassigned_order_hint);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_core_or_planner)]
rt::impl_object!(PlannerAssignedToTaskBoardTaskFormat);
#[cfg(msgraph_v1_core_or_planner)]
rt::impl_setters!(
    PlannerAssignedToTaskBoardTaskFormat { with_id id : ::std::string::String;
    with_order_hints_by_assignee order_hints_by_assignee : crate
    ::v1::PlannerOrderHintsByAssignee; with_unassigned_order_hint unassigned_order_hint :
    ::std::string::String; }
);
#[cfg(msgraph_v1_core_or_planner)]
#[cfg(feature = "serde")]
rt::impl_serde!(PlannerAssignedToTaskBoardTaskFormat);
#[cfg(msgraph_v1_core_or_planner)]
/// CSDL: `microsoft.graph.plannerAssignments`, complex type, open.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct PlannerAssignments {
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_planner)]
impl ::std::default::Default for PlannerAssignments {
    #[inline]
    fn default() -> Self {
        Self {
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_planner)]
impl rt::Object for PlannerAssignments {
    const TYPE_NAME: &'static str = "microsoft.graph.plannerAssignments";
    const KEYS: &'static [&'static str] = &[];
    const KEYS_JSON: &'static [&'static str] = &[];
    const TAG: &'static str = "\"#microsoft.graph.plannerAssignments\"";
    #[inline]
    #[allow(unused_variables)]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {}
}
#[cfg(msgraph_v1_core_or_planner)]
impl rt::object::Members for PlannerAssignments {
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
#[cfg(msgraph_v1_core_or_planner)]
rt::impl_object!(PlannerAssignments);
#[cfg(msgraph_v1_core_or_planner)]
#[cfg(feature = "serde")]
rt::impl_serde!(PlannerAssignments);
#[cfg(msgraph_v1_core_or_planner)]
/// CSDL: `microsoft.graph.plannerBucket`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`PlannerBucketPath`](requests/trait.PlannerBucketPath.html), what a path to one (`EntityPath<PlannerBucket, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct PlannerBucket {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `name`: `Edm.String`, not nullable.
    pub name: rt::Field<::std::string::String>,
    /// CSDL: property `orderHint`: `Edm.String`, nullable.
    pub order_hint: rt::Field<::std::string::String>,
    /// CSDL: property `planId`: `Edm.String`, nullable.
    pub plan_id: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `tasks`: `Collection(microsoft.graph.plannerTask)`, not nullable.
    pub tasks: rt::Field<::std::vec::Vec<crate::v1::PlannerTask>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_planner)]
impl ::std::default::Default for PlannerBucket {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            name: rt::Field::Absent,
            order_hint: rt::Field::Absent,
            plan_id: rt::Field::Absent,
            tasks: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_planner)]
impl rt::Object for PlannerBucket {
    const TYPE_NAME: &'static str = "microsoft.graph.plannerBucket";
    const KEYS: &'static [&'static str] = &[
        "id",
        "name",
        "orderHint",
        "planId",
        "tasks",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"name\":                         ",
        ",\"orderHint\":                    ",
        ",\"planId\":                       ",
        ",\"tasks\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.plannerBucket\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "name", &self.name);
        v.field(2usize, "order_hint", &self.order_hint);
        v.field(3usize, "plan_id", &self.plan_id);
        v.field(4usize, "tasks", &self.tasks);
    }
}
#[cfg(msgraph_v1_core_or_planner)]
impl rt::object::Members for PlannerBucket {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.name.read_from(r),
            2usize => self.order_hint.read_from(r),
            3usize => self.plan_id.read_from(r),
            4usize => self.tasks.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.name);
        w.field(2usize, &self.order_hint);
        w.field(3usize, &self.plan_id);
        w.field(4usize, &self.tasks);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_core_or_planner)]
rt::impl_object!(PlannerBucket);
#[cfg(msgraph_v1_core_or_planner)]
rt::impl_setters!(
    PlannerBucket { with_id id : ::std::string::String; with_name name :
    ::std::string::String; with_order_hint order_hint : ::std::string::String;
    with_plan_id plan_id : ::std::string::String; with_tasks tasks : ::std::vec::Vec <
    crate ::v1::PlannerTask >; }
);
#[cfg(msgraph_v1_core_or_planner)]
#[cfg(feature = "serde")]
rt::impl_serde!(PlannerBucket);
#[cfg(msgraph_v1_core_or_planner)]
/// CSDL: `microsoft.graph.plannerBucketTaskBoardTaskFormat`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct PlannerBucketTaskBoardTaskFormat {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `orderHint`: `Edm.String`, nullable.
    pub order_hint: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_planner)]
impl ::std::default::Default for PlannerBucketTaskBoardTaskFormat {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            order_hint: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_planner)]
impl rt::Object for PlannerBucketTaskBoardTaskFormat {
    const TYPE_NAME: &'static str = "microsoft.graph.plannerBucketTaskBoardTaskFormat";
    const KEYS: &'static [&'static str] = &["id", "orderHint"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"orderHint\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.plannerBucketTaskBoardTaskFormat\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "order_hint", &self.order_hint);
    }
}
#[cfg(msgraph_v1_core_or_planner)]
impl rt::object::Members for PlannerBucketTaskBoardTaskFormat {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.order_hint.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.order_hint);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_core_or_planner)]
rt::impl_object!(PlannerBucketTaskBoardTaskFormat);
#[cfg(msgraph_v1_core_or_planner)]
rt::impl_setters!(
    PlannerBucketTaskBoardTaskFormat { with_id id : ::std::string::String;
    with_order_hint order_hint : ::std::string::String; }
);
#[cfg(msgraph_v1_core_or_planner)]
#[cfg(feature = "serde")]
rt::impl_serde!(PlannerBucketTaskBoardTaskFormat);
#[cfg(msgraph_v1_core_or_planner)]
/// CSDL: `microsoft.graph.plannerCategoryDescriptions`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct PlannerCategoryDescriptions {
    /// CSDL: property `category1`: `Edm.String`, nullable.
    pub category1: rt::Field<::std::string::String>,
    /// CSDL: property `category10`: `Edm.String`, nullable.
    pub category10: rt::Field<::std::string::String>,
    /// CSDL: property `category11`: `Edm.String`, nullable.
    pub category11: rt::Field<::std::string::String>,
    /// CSDL: property `category12`: `Edm.String`, nullable.
    pub category12: rt::Field<::std::string::String>,
    /// CSDL: property `category13`: `Edm.String`, nullable.
    pub category13: rt::Field<::std::string::String>,
    /// CSDL: property `category14`: `Edm.String`, nullable.
    pub category14: rt::Field<::std::string::String>,
    /// CSDL: property `category15`: `Edm.String`, nullable.
    pub category15: rt::Field<::std::string::String>,
    /// CSDL: property `category16`: `Edm.String`, nullable.
    pub category16: rt::Field<::std::string::String>,
    /// CSDL: property `category17`: `Edm.String`, nullable.
    pub category17: rt::Field<::std::string::String>,
    /// CSDL: property `category18`: `Edm.String`, nullable.
    pub category18: rt::Field<::std::string::String>,
    /// CSDL: property `category19`: `Edm.String`, nullable.
    pub category19: rt::Field<::std::string::String>,
    /// CSDL: property `category2`: `Edm.String`, nullable.
    pub category2: rt::Field<::std::string::String>,
    /// CSDL: property `category20`: `Edm.String`, nullable.
    pub category20: rt::Field<::std::string::String>,
    /// CSDL: property `category21`: `Edm.String`, nullable.
    pub category21: rt::Field<::std::string::String>,
    /// CSDL: property `category22`: `Edm.String`, nullable.
    pub category22: rt::Field<::std::string::String>,
    /// CSDL: property `category23`: `Edm.String`, nullable.
    pub category23: rt::Field<::std::string::String>,
    /// CSDL: property `category24`: `Edm.String`, nullable.
    pub category24: rt::Field<::std::string::String>,
    /// CSDL: property `category25`: `Edm.String`, nullable.
    pub category25: rt::Field<::std::string::String>,
    /// CSDL: property `category3`: `Edm.String`, nullable.
    pub category3: rt::Field<::std::string::String>,
    /// CSDL: property `category4`: `Edm.String`, nullable.
    pub category4: rt::Field<::std::string::String>,
    /// CSDL: property `category5`: `Edm.String`, nullable.
    pub category5: rt::Field<::std::string::String>,
    /// CSDL: property `category6`: `Edm.String`, nullable.
    pub category6: rt::Field<::std::string::String>,
    /// CSDL: property `category7`: `Edm.String`, nullable.
    pub category7: rt::Field<::std::string::String>,
    /// CSDL: property `category8`: `Edm.String`, nullable.
    pub category8: rt::Field<::std::string::String>,
    /// CSDL: property `category9`: `Edm.String`, nullable.
    pub category9: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_planner)]
impl ::std::default::Default for PlannerCategoryDescriptions {
    #[inline]
    fn default() -> Self {
        Self {
            category1: rt::Field::Absent,
            category10: rt::Field::Absent,
            category11: rt::Field::Absent,
            category12: rt::Field::Absent,
            category13: rt::Field::Absent,
            category14: rt::Field::Absent,
            category15: rt::Field::Absent,
            category16: rt::Field::Absent,
            category17: rt::Field::Absent,
            category18: rt::Field::Absent,
            category19: rt::Field::Absent,
            category2: rt::Field::Absent,
            category20: rt::Field::Absent,
            category21: rt::Field::Absent,
            category22: rt::Field::Absent,
            category23: rt::Field::Absent,
            category24: rt::Field::Absent,
            category25: rt::Field::Absent,
            category3: rt::Field::Absent,
            category4: rt::Field::Absent,
            category5: rt::Field::Absent,
            category6: rt::Field::Absent,
            category7: rt::Field::Absent,
            category8: rt::Field::Absent,
            category9: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_planner)]
impl rt::Object for PlannerCategoryDescriptions {
    const TYPE_NAME: &'static str = "microsoft.graph.plannerCategoryDescriptions";
    const KEYS: &'static [&'static str] = &[
        "category1",
        "category10",
        "category11",
        "category12",
        "category13",
        "category14",
        "category15",
        "category16",
        "category17",
        "category18",
        "category19",
        "category2",
        "category20",
        "category21",
        "category22",
        "category23",
        "category24",
        "category25",
        "category3",
        "category4",
        "category5",
        "category6",
        "category7",
        "category8",
        "category9",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"category1\":                    ",
        ",\"category10\":                   ",
        ",\"category11\":                   ",
        ",\"category12\":                   ",
        ",\"category13\":                   ",
        ",\"category14\":                   ",
        ",\"category15\":                   ",
        ",\"category16\":                   ",
        ",\"category17\":                   ",
        ",\"category18\":                   ",
        ",\"category19\":                   ",
        ",\"category2\":                    ",
        ",\"category20\":                   ",
        ",\"category21\":                   ",
        ",\"category22\":                   ",
        ",\"category23\":                   ",
        ",\"category24\":                   ",
        ",\"category25\":                   ",
        ",\"category3\":                    ",
        ",\"category4\":                    ",
        ",\"category5\":                    ",
        ",\"category6\":                    ",
        ",\"category7\":                    ",
        ",\"category8\":                    ",
        ",\"category9\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.plannerCategoryDescriptions\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "category1", &self.category1);
        v.field(1usize, "category10", &self.category10);
        v.field(2usize, "category11", &self.category11);
        v.field(3usize, "category12", &self.category12);
        v.field(4usize, "category13", &self.category13);
        v.field(5usize, "category14", &self.category14);
        v.field(6usize, "category15", &self.category15);
        v.field(7usize, "category16", &self.category16);
        v.field(8usize, "category17", &self.category17);
        v.field(9usize, "category18", &self.category18);
        v.field(10usize, "category19", &self.category19);
        v.field(11usize, "category2", &self.category2);
        v.field(12usize, "category20", &self.category20);
        v.field(13usize, "category21", &self.category21);
        v.field(14usize, "category22", &self.category22);
        v.field(15usize, "category23", &self.category23);
        v.field(16usize, "category24", &self.category24);
        v.field(17usize, "category25", &self.category25);
        v.field(18usize, "category3", &self.category3);
        v.field(19usize, "category4", &self.category4);
        v.field(20usize, "category5", &self.category5);
        v.field(21usize, "category6", &self.category6);
        v.field(22usize, "category7", &self.category7);
        v.field(23usize, "category8", &self.category8);
        v.field(24usize, "category9", &self.category9);
    }
}
#[cfg(msgraph_v1_core_or_planner)]
impl rt::object::Members for PlannerCategoryDescriptions {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.category1.read_from(r),
            1usize => self.category10.read_from(r),
            2usize => self.category11.read_from(r),
            3usize => self.category12.read_from(r),
            4usize => self.category13.read_from(r),
            5usize => self.category14.read_from(r),
            6usize => self.category15.read_from(r),
            7usize => self.category16.read_from(r),
            8usize => self.category17.read_from(r),
            9usize => self.category18.read_from(r),
            10usize => self.category19.read_from(r),
            11usize => self.category2.read_from(r),
            12usize => self.category20.read_from(r),
            13usize => self.category21.read_from(r),
            14usize => self.category22.read_from(r),
            15usize => self.category23.read_from(r),
            16usize => self.category24.read_from(r),
            17usize => self.category25.read_from(r),
            18usize => self.category3.read_from(r),
            19usize => self.category4.read_from(r),
            20usize => self.category5.read_from(r),
            21usize => self.category6.read_from(r),
            22usize => self.category7.read_from(r),
            23usize => self.category8.read_from(r),
            24usize => self.category9.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.category1);
        w.field(1usize, &self.category10);
        w.field(2usize, &self.category11);
        w.field(3usize, &self.category12);
        w.field(4usize, &self.category13);
        w.field(5usize, &self.category14);
        w.field(6usize, &self.category15);
        w.field(7usize, &self.category16);
        w.field(8usize, &self.category17);
        w.field(9usize, &self.category18);
        w.field(10usize, &self.category19);
        w.field(11usize, &self.category2);
        w.field(12usize, &self.category20);
        w.field(13usize, &self.category21);
        w.field(14usize, &self.category22);
        w.field(15usize, &self.category23);
        w.field(16usize, &self.category24);
        w.field(17usize, &self.category25);
        w.field(18usize, &self.category3);
        w.field(19usize, &self.category4);
        w.field(20usize, &self.category5);
        w.field(21usize, &self.category6);
        w.field(22usize, &self.category7);
        w.field(23usize, &self.category8);
        w.field(24usize, &self.category9);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_core_or_planner)]
rt::impl_object!(PlannerCategoryDescriptions);
#[cfg(msgraph_v1_core_or_planner)]
rt::impl_setters!(
    PlannerCategoryDescriptions { with_category1 category1 : ::std::string::String;
    with_category10 category10 : ::std::string::String; with_category11 category11 :
    ::std::string::String; with_category12 category12 : ::std::string::String;
    with_category13 category13 : ::std::string::String; with_category14 category14 :
    ::std::string::String; with_category15 category15 : ::std::string::String;
    with_category16 category16 : ::std::string::String; with_category17 category17 :
    ::std::string::String; with_category18 category18 : ::std::string::String;
    with_category19 category19 : ::std::string::String; with_category2 category2 :
    ::std::string::String; with_category20 category20 : ::std::string::String;
    with_category21 category21 : ::std::string::String; with_category22 category22 :
    ::std::string::String; with_category23 category23 : ::std::string::String;
    with_category24 category24 : ::std::string::String; with_category25 category25 :
    ::std::string::String; with_category3 category3 : ::std::string::String;
    with_category4 category4 : ::std::string::String; with_category5 category5 :
    ::std::string::String; with_category6 category6 : ::std::string::String;
    with_category7 category7 : ::std::string::String; with_category8 category8 :
    ::std::string::String; with_category9 category9 : ::std::string::String; }
);
#[cfg(msgraph_v1_core_or_planner)]
#[cfg(feature = "serde")]
rt::impl_serde!(PlannerCategoryDescriptions);
#[cfg(msgraph_v1_core_or_planner)]
/// CSDL: `microsoft.graph.plannerChecklistItems`, complex type, open.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct PlannerChecklistItems {
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_planner)]
impl ::std::default::Default for PlannerChecklistItems {
    #[inline]
    fn default() -> Self {
        Self {
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_planner)]
impl rt::Object for PlannerChecklistItems {
    const TYPE_NAME: &'static str = "microsoft.graph.plannerChecklistItems";
    const KEYS: &'static [&'static str] = &[];
    const KEYS_JSON: &'static [&'static str] = &[];
    const TAG: &'static str = "\"#microsoft.graph.plannerChecklistItems\"";
    #[inline]
    #[allow(unused_variables)]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {}
}
#[cfg(msgraph_v1_core_or_planner)]
impl rt::object::Members for PlannerChecklistItems {
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
#[cfg(msgraph_v1_core_or_planner)]
rt::impl_object!(PlannerChecklistItems);
#[cfg(msgraph_v1_core_or_planner)]
#[cfg(feature = "serde")]
rt::impl_serde!(PlannerChecklistItems);
#[cfg(msgraph_v1_core_or_planner)]
/// CSDL: `microsoft.graph.plannerContainerType`, enum type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum PlannerContainerType {
    /// `group` (value 1).
    Group,
    /// `unknownFutureValue` (value 2).
    UnknownFutureValue,
    /// `roster` (value 3).
    Roster,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_core_or_planner)]
impl rt::StrEnum for PlannerContainerType {
    const TYPE_NAME: &'static str = "microsoft.graph.plannerContainerType";
    const MEMBERS: &'static [&'static str] = &["group", "unknownFutureValue", "roster"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "group" => Self::Group,
                "unknownFutureValue" => Self::UnknownFutureValue,
                "roster" => Self::Roster,
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
            Self::Roster => "roster",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_core_or_planner)]
rt::impl_enum!(PlannerContainerType);
#[cfg(msgraph_v1_core_or_planner)]
#[cfg(feature = "serde")]
rt::impl_serde!(PlannerContainerType);
#[cfg(msgraph_v1_core_or_planner)]
/// CSDL: `microsoft.graph.plannerExternalReferences`, complex type, open.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct PlannerExternalReferences {
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_planner)]
impl ::std::default::Default for PlannerExternalReferences {
    #[inline]
    fn default() -> Self {
        Self {
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_planner)]
impl rt::Object for PlannerExternalReferences {
    const TYPE_NAME: &'static str = "microsoft.graph.plannerExternalReferences";
    const KEYS: &'static [&'static str] = &[];
    const KEYS_JSON: &'static [&'static str] = &[];
    const TAG: &'static str = "\"#microsoft.graph.plannerExternalReferences\"";
    #[inline]
    #[allow(unused_variables)]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {}
}
#[cfg(msgraph_v1_core_or_planner)]
impl rt::object::Members for PlannerExternalReferences {
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
#[cfg(msgraph_v1_core_or_planner)]
rt::impl_object!(PlannerExternalReferences);
#[cfg(msgraph_v1_core_or_planner)]
#[cfg(feature = "serde")]
rt::impl_serde!(PlannerExternalReferences);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.plannerGroup`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`PlannerGroupPath`](requests/trait.PlannerGroupPath.html), what a path to one (`EntityPath<PlannerGroup, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct PlannerGroup {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `plans`: `Collection(microsoft.graph.plannerPlan)`, not nullable.
    pub plans: rt::Field<::std::vec::Vec<crate::v1::PlannerPlan>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for PlannerGroup {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            plans: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for PlannerGroup {
    const TYPE_NAME: &'static str = "microsoft.graph.plannerGroup";
    const KEYS: &'static [&'static str] = &["id", "plans"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"plans\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.plannerGroup\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "plans", &self.plans);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for PlannerGroup {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.plans.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.plans);
    }
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
rt::impl_object!(PlannerGroup);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    PlannerGroup { with_id id : ::std::string::String; with_plans plans : ::std::vec::Vec
    < crate ::v1::PlannerPlan >; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(PlannerGroup);
#[cfg(msgraph_v1_core_or_planner)]
/// CSDL: `microsoft.graph.plannerOrderHintsByAssignee`, complex type, open.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct PlannerOrderHintsByAssignee {
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_planner)]
impl ::std::default::Default for PlannerOrderHintsByAssignee {
    #[inline]
    fn default() -> Self {
        Self {
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_planner)]
impl rt::Object for PlannerOrderHintsByAssignee {
    const TYPE_NAME: &'static str = "microsoft.graph.plannerOrderHintsByAssignee";
    const KEYS: &'static [&'static str] = &[];
    const KEYS_JSON: &'static [&'static str] = &[];
    const TAG: &'static str = "\"#microsoft.graph.plannerOrderHintsByAssignee\"";
    #[inline]
    #[allow(unused_variables)]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {}
}
#[cfg(msgraph_v1_core_or_planner)]
impl rt::object::Members for PlannerOrderHintsByAssignee {
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
#[cfg(msgraph_v1_core_or_planner)]
rt::impl_object!(PlannerOrderHintsByAssignee);
#[cfg(msgraph_v1_core_or_planner)]
#[cfg(feature = "serde")]
rt::impl_serde!(PlannerOrderHintsByAssignee);
#[cfg(msgraph_v1_core_or_planner)]
/// CSDL: `microsoft.graph.plannerPlan`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`PlannerPlanPath`](requests/trait.PlannerPlanPath.html), what a path to one (`EntityPath<PlannerPlan, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct PlannerPlan {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `container`: `microsoft.graph.plannerPlanContainer`, nullable.
    pub container: rt::Field<crate::v1::PlannerPlanContainer>,
    /// CSDL: property `createdBy`: `microsoft.graph.identitySet`, nullable.
    pub created_by: rt::Field<crate::v1::AnyIdentitySet>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `owner`: `Edm.String`, nullable.
    pub owner: rt::Field<::std::string::String>,
    /// CSDL: property `title`: `Edm.String`, not nullable.
    pub title: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `buckets`: `Collection(microsoft.graph.plannerBucket)`, not nullable.
    pub buckets: rt::Field<::std::vec::Vec<crate::v1::PlannerBucket>>,
    /// CSDL: containment navigation property `details`: `microsoft.graph.plannerPlanDetails`, nullable.
    pub details: rt::Field<crate::v1::PlannerPlanDetails>,
    /// CSDL: containment navigation property `tasks`: `Collection(microsoft.graph.plannerTask)`, not nullable.
    pub tasks: rt::Field<::std::vec::Vec<crate::v1::PlannerTask>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_planner)]
impl ::std::default::Default for PlannerPlan {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            container: rt::Field::Absent,
            created_by: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            owner: rt::Field::Absent,
            title: rt::Field::Absent,
            buckets: rt::Field::Absent,
            details: rt::Field::Absent,
            tasks: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_planner)]
impl rt::Object for PlannerPlan {
    const TYPE_NAME: &'static str = "microsoft.graph.plannerPlan";
    const KEYS: &'static [&'static str] = &[
        "id",
        "container",
        "createdBy",
        "createdDateTime",
        "owner",
        "title",
        "buckets",
        "details",
        "tasks",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"container\":                    ",
        ",\"createdBy\":                    ",
        ",\"createdDateTime\":              ",
        ",\"owner\":                        ",
        ",\"title\":                        ",
        ",\"buckets\":                      ",
        ",\"details\":                      ",
        ",\"tasks\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.plannerPlan\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "container", &self.container);
        v.field(2usize, "created_by", &self.created_by);
        v.field(3usize, "created_date_time", &self.created_date_time);
        v.field(4usize, "owner", &self.owner);
        v.field(5usize, "title", &self.title);
        v.field(6usize, "buckets", &self.buckets);
        v.field(7usize, "details", &self.details);
        v.field(8usize, "tasks", &self.tasks);
    }
}
#[cfg(msgraph_v1_core_or_planner)]
impl rt::object::Members for PlannerPlan {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.container.read_from(r),
            2usize => self.created_by.read_from(r),
            3usize => self.created_date_time.read_from(r),
            4usize => self.owner.read_from(r),
            5usize => self.title.read_from(r),
            6usize => self.buckets.read_from(r),
            7usize => self.details.read_from(r),
            8usize => self.tasks.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.container);
        w.field(2usize, &self.created_by);
        w.field(3usize, &self.created_date_time);
        w.field(4usize, &self.owner);
        w.field(5usize, &self.title);
        w.field(6usize, &self.buckets);
        w.field(7usize, &self.details);
        w.field(8usize, &self.tasks);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_core_or_planner)]
rt::impl_object!(PlannerPlan);
#[cfg(msgraph_v1_core_or_planner)]
rt::impl_setters!(
    PlannerPlan { with_id id : ::std::string::String; with_container container : crate
    ::v1::PlannerPlanContainer; with_created_by created_by : crate ::v1::AnyIdentitySet;
    with_created_date_time created_date_time : rt::edm::DateTimeOffset; with_owner owner
    : ::std::string::String; with_title title : ::std::string::String; with_buckets
    buckets : ::std::vec::Vec < crate ::v1::PlannerBucket >; with_details details : crate
    ::v1::PlannerPlanDetails; with_tasks tasks : ::std::vec::Vec < crate
    ::v1::PlannerTask >; }
);
#[cfg(msgraph_v1_core_or_planner)]
#[cfg(feature = "serde")]
rt::impl_serde!(PlannerPlan);
#[cfg(msgraph_v1_core_or_planner)]
/// CSDL: `microsoft.graph.plannerPlanContainer`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct PlannerPlanContainer {
    /// CSDL: property `containerId`: `Edm.String`, nullable.
    pub container_id: rt::Field<::std::string::String>,
    /// CSDL: property `type`: `microsoft.graph.plannerContainerType`, nullable.
    pub type_: rt::Field<crate::v1::PlannerContainerType>,
    /// CSDL: property `url`: `Edm.String`, nullable.
    pub url: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_planner)]
impl ::std::default::Default for PlannerPlanContainer {
    #[inline]
    fn default() -> Self {
        Self {
            container_id: rt::Field::Absent,
            type_: rt::Field::Absent,
            url: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_planner)]
impl rt::Object for PlannerPlanContainer {
    const TYPE_NAME: &'static str = "microsoft.graph.plannerPlanContainer";
    const KEYS: &'static [&'static str] = &["containerId", "type", "url"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"containerId\":                  ",
        ",\"type\":                         ",
        ",\"url\":                          ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.plannerPlanContainer\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "container_id", &self.container_id);
        v.field(1usize, "type_", &self.type_);
        v.field(2usize, "url", &self.url);
    }
}
#[cfg(msgraph_v1_core_or_planner)]
impl rt::object::Members for PlannerPlanContainer {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.container_id.read_from(r),
            1usize => self.type_.read_from(r),
            2usize => self.url.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.container_id);
        w.field(1usize, &self.type_);
        w.field(2usize, &self.url);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_core_or_planner)]
rt::impl_object!(PlannerPlanContainer);
#[cfg(msgraph_v1_core_or_planner)]
rt::impl_setters!(
    PlannerPlanContainer { with_container_id container_id : ::std::string::String;
    with_type type_ : crate ::v1::PlannerContainerType; with_url url :
    ::std::string::String; }
);
#[cfg(msgraph_v1_core_or_planner)]
#[cfg(feature = "serde")]
rt::impl_serde!(PlannerPlanContainer);
#[cfg(msgraph_v1_core_or_planner)]
/// CSDL: `microsoft.graph.plannerPlanDetails`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`PlannerPlanDetailsPath`](requests/trait.PlannerPlanDetailsPath.html), what a path to one (`EntityPath<PlannerPlanDetails, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct PlannerPlanDetails {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `categoryDescriptions`: `microsoft.graph.plannerCategoryDescriptions`, nullable.
    pub category_descriptions: rt::Field<crate::v1::PlannerCategoryDescriptions>,
    /// CSDL: property `sharedWith`: `microsoft.graph.plannerUserIds`, nullable.
    pub shared_with: rt::Field<crate::v1::PlannerUserIds>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_planner)]
impl ::std::default::Default for PlannerPlanDetails {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            category_descriptions: rt::Field::Absent,
            shared_with: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_planner)]
impl rt::Object for PlannerPlanDetails {
    const TYPE_NAME: &'static str = "microsoft.graph.plannerPlanDetails";
    const KEYS: &'static [&'static str] = &["id", "categoryDescriptions", "sharedWith"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"categoryDescriptions\":         ",
        ",\"sharedWith\":                   ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.plannerPlanDetails\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "category_descriptions", &self.category_descriptions);
        v.field(2usize, "shared_with", &self.shared_with);
    }
}
#[cfg(msgraph_v1_core_or_planner)]
impl rt::object::Members for PlannerPlanDetails {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.category_descriptions.read_from(r),
            2usize => self.shared_with.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.category_descriptions);
        w.field(2usize, &self.shared_with);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_core_or_planner)]
rt::impl_object!(PlannerPlanDetails);
#[cfg(msgraph_v1_core_or_planner)]
rt::impl_setters!(
    PlannerPlanDetails { with_id id : ::std::string::String; with_category_descriptions
    category_descriptions : crate ::v1::PlannerCategoryDescriptions; with_shared_with
    shared_with : crate ::v1::PlannerUserIds; }
);
#[cfg(msgraph_v1_core_or_planner)]
#[cfg(feature = "serde")]
rt::impl_serde!(PlannerPlanDetails);
#[cfg(msgraph_v1_core_or_planner)]
/// CSDL: `microsoft.graph.plannerPreviewType`, enum type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum PlannerPreviewType {
    /// `automatic` (value 0).
    Automatic,
    /// `noPreview` (value 1).
    NoPreview,
    /// `checklist` (value 2).
    Checklist,
    /// `description` (value 3).
    Description,
    /// `reference` (value 4).
    Reference,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_core_or_planner)]
impl rt::StrEnum for PlannerPreviewType {
    const TYPE_NAME: &'static str = "microsoft.graph.plannerPreviewType";
    const MEMBERS: &'static [&'static str] = &[
        "automatic",
        "noPreview",
        "checklist",
        "description",
        "reference",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "automatic" => Self::Automatic,
                "noPreview" => Self::NoPreview,
                "checklist" => Self::Checklist,
                "description" => Self::Description,
                "reference" => Self::Reference,
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
            Self::Automatic => "automatic",
            Self::NoPreview => "noPreview",
            Self::Checklist => "checklist",
            Self::Description => "description",
            Self::Reference => "reference",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_core_or_planner)]
rt::impl_enum!(PlannerPreviewType);
#[cfg(msgraph_v1_core_or_planner)]
#[cfg(feature = "serde")]
rt::impl_serde!(PlannerPreviewType);
#[cfg(msgraph_v1_core_or_planner)]
/// CSDL: `microsoft.graph.plannerProgressTaskBoardTaskFormat`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct PlannerProgressTaskBoardTaskFormat {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `orderHint`: `Edm.String`, nullable.
    pub order_hint: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_planner)]
impl ::std::default::Default for PlannerProgressTaskBoardTaskFormat {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            order_hint: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_planner)]
impl rt::Object for PlannerProgressTaskBoardTaskFormat {
    const TYPE_NAME: &'static str = "microsoft.graph.plannerProgressTaskBoardTaskFormat";
    const KEYS: &'static [&'static str] = &["id", "orderHint"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"orderHint\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.plannerProgressTaskBoardTaskFormat\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "order_hint", &self.order_hint);
    }
}
#[cfg(msgraph_v1_core_or_planner)]
impl rt::object::Members for PlannerProgressTaskBoardTaskFormat {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.order_hint.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.order_hint);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_core_or_planner)]
rt::impl_object!(PlannerProgressTaskBoardTaskFormat);
#[cfg(msgraph_v1_core_or_planner)]
rt::impl_setters!(
    PlannerProgressTaskBoardTaskFormat { with_id id : ::std::string::String;
    with_order_hint order_hint : ::std::string::String; }
);
#[cfg(msgraph_v1_core_or_planner)]
#[cfg(feature = "serde")]
rt::impl_serde!(PlannerProgressTaskBoardTaskFormat);
#[cfg(msgraph_v1_core_or_planner)]
/// CSDL: `microsoft.graph.plannerTask`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`PlannerTaskPath`](requests/trait.PlannerTaskPath.html), what a path to one (`EntityPath<PlannerTask, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct PlannerTask {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `activeChecklistItemCount`: `Edm.Int32`, nullable.
    pub active_checklist_item_count: rt::Field<i32>,
    /// CSDL: property `appliedCategories`: `microsoft.graph.plannerAppliedCategories`, nullable.
    pub applied_categories: rt::Field<crate::v1::PlannerAppliedCategories>,
    /// CSDL: property `assigneePriority`: `Edm.String`, nullable.
    pub assignee_priority: rt::Field<::std::string::String>,
    /// CSDL: property `assignments`: `microsoft.graph.plannerAssignments`, nullable.
    pub assignments: rt::Field<crate::v1::PlannerAssignments>,
    /// CSDL: property `bucketId`: `Edm.String`, nullable.
    pub bucket_id: rt::Field<::std::string::String>,
    /// CSDL: property `checklistItemCount`: `Edm.Int32`, nullable.
    pub checklist_item_count: rt::Field<i32>,
    /// CSDL: property `completedBy`: `microsoft.graph.identitySet`, nullable.
    pub completed_by: rt::Field<crate::v1::AnyIdentitySet>,
    /// CSDL: property `completedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub completed_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `conversationThreadId`: `Edm.String`, nullable.
    pub conversation_thread_id: rt::Field<::std::string::String>,
    /// CSDL: property `createdBy`: `microsoft.graph.identitySet`, nullable.
    pub created_by: rt::Field<crate::v1::AnyIdentitySet>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `dueDateTime`: `Edm.DateTimeOffset`, nullable.
    pub due_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `hasDescription`: `Edm.Boolean`, nullable.
    pub has_description: rt::Field<bool>,
    /// CSDL: property `orderHint`: `Edm.String`, nullable.
    pub order_hint: rt::Field<::std::string::String>,
    /// CSDL: property `percentComplete`: `Edm.Int32`, nullable.
    pub percent_complete: rt::Field<i32>,
    /// CSDL: property `planId`: `Edm.String`, nullable.
    pub plan_id: rt::Field<::std::string::String>,
    /// CSDL: property `previewType`: `microsoft.graph.plannerPreviewType`, nullable.
    pub preview_type: rt::Field<crate::v1::PlannerPreviewType>,
    /// CSDL: property `priority`: `Edm.Int32`, nullable.
    pub priority: rt::Field<i32>,
    /// CSDL: property `referenceCount`: `Edm.Int32`, nullable.
    pub reference_count: rt::Field<i32>,
    /// CSDL: property `startDateTime`: `Edm.DateTimeOffset`, nullable.
    pub start_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `title`: `Edm.String`, not nullable.
    pub title: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `assignedToTaskBoardFormat`: `microsoft.graph.plannerAssignedToTaskBoardTaskFormat`, nullable.
    pub assigned_to_task_board_format: rt::Field<
        crate::v1::PlannerAssignedToTaskBoardTaskFormat,
    >,
    /// CSDL: containment navigation property `bucketTaskBoardFormat`: `microsoft.graph.plannerBucketTaskBoardTaskFormat`, nullable.
    pub bucket_task_board_format: rt::Field<crate::v1::PlannerBucketTaskBoardTaskFormat>,
    /// CSDL: containment navigation property `details`: `microsoft.graph.plannerTaskDetails`, nullable.
    pub details: rt::Field<crate::v1::PlannerTaskDetails>,
    /// CSDL: containment navigation property `progressTaskBoardFormat`: `microsoft.graph.plannerProgressTaskBoardTaskFormat`, nullable.
    pub progress_task_board_format: rt::Field<
        crate::v1::PlannerProgressTaskBoardTaskFormat,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_planner)]
impl ::std::default::Default for PlannerTask {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            active_checklist_item_count: rt::Field::Absent,
            applied_categories: rt::Field::Absent,
            assignee_priority: rt::Field::Absent,
            assignments: rt::Field::Absent,
            bucket_id: rt::Field::Absent,
            checklist_item_count: rt::Field::Absent,
            completed_by: rt::Field::Absent,
            completed_date_time: rt::Field::Absent,
            conversation_thread_id: rt::Field::Absent,
            created_by: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            due_date_time: rt::Field::Absent,
            has_description: rt::Field::Absent,
            order_hint: rt::Field::Absent,
            percent_complete: rt::Field::Absent,
            plan_id: rt::Field::Absent,
            preview_type: rt::Field::Absent,
            priority: rt::Field::Absent,
            reference_count: rt::Field::Absent,
            start_date_time: rt::Field::Absent,
            title: rt::Field::Absent,
            assigned_to_task_board_format: rt::Field::Absent,
            bucket_task_board_format: rt::Field::Absent,
            details: rt::Field::Absent,
            progress_task_board_format: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_planner)]
impl rt::Object for PlannerTask {
    const TYPE_NAME: &'static str = "microsoft.graph.plannerTask";
    const KEYS: &'static [&'static str] = &[
        "id",
        "activeChecklistItemCount",
        "appliedCategories",
        "assigneePriority",
        "assignments",
        "bucketId",
        "checklistItemCount",
        "completedBy",
        "completedDateTime",
        "conversationThreadId",
        "createdBy",
        "createdDateTime",
        "dueDateTime",
        "hasDescription",
        "orderHint",
        "percentComplete",
        "planId",
        "previewType",
        "priority",
        "referenceCount",
        "startDateTime",
        "title",
        "assignedToTaskBoardFormat",
        "bucketTaskBoardFormat",
        "details",
        "progressTaskBoardFormat",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"activeChecklistItemCount\":     ",
        ",\"appliedCategories\":            ",
        ",\"assigneePriority\":             ",
        ",\"assignments\":                  ",
        ",\"bucketId\":                     ",
        ",\"checklistItemCount\":           ",
        ",\"completedBy\":                  ",
        ",\"completedDateTime\":            ",
        ",\"conversationThreadId\":         ",
        ",\"createdBy\":                    ",
        ",\"createdDateTime\":              ",
        ",\"dueDateTime\":                  ",
        ",\"hasDescription\":               ",
        ",\"orderHint\":                    ",
        ",\"percentComplete\":              ",
        ",\"planId\":                       ",
        ",\"previewType\":                  ",
        ",\"priority\":                     ",
        ",\"referenceCount\":               ",
        ",\"startDateTime\":                ",
        ",\"title\":                        ",
        ",\"assignedToTaskBoardFormat\":    ",
        ",\"bucketTaskBoardFormat\":        ",
        ",\"details\":                      ",
        ",\"progressTaskBoardFormat\":      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.plannerTask\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(
            1usize,
            "active_checklist_item_count",
            &self.active_checklist_item_count,
        );
        v.field(2usize, "applied_categories", &self.applied_categories);
        v.field(3usize, "assignee_priority", &self.assignee_priority);
        v.field(4usize, "assignments", &self.assignments);
        v.field(5usize, "bucket_id", &self.bucket_id);
        v.field(6usize, "checklist_item_count", &self.checklist_item_count);
        v.field(7usize, "completed_by", &self.completed_by);
        v.field(8usize, "completed_date_time", &self.completed_date_time);
        v.field(9usize, "conversation_thread_id", &self.conversation_thread_id);
        v.field(10usize, "created_by", &self.created_by);
        v.field(11usize, "created_date_time", &self.created_date_time);
        v.field(12usize, "due_date_time", &self.due_date_time);
        v.field(13usize, "has_description", &self.has_description);
        v.field(14usize, "order_hint", &self.order_hint);
        v.field(15usize, "percent_complete", &self.percent_complete);
        v.field(16usize, "plan_id", &self.plan_id);
        v.field(17usize, "preview_type", &self.preview_type);
        v.field(18usize, "priority", &self.priority);
        v.field(19usize, "reference_count", &self.reference_count);
        v.field(20usize, "start_date_time", &self.start_date_time);
        v.field(21usize, "title", &self.title);
        v.field(
            22usize,
            "assigned_to_task_board_format",
            &self.assigned_to_task_board_format,
        );
        v.field(23usize, "bucket_task_board_format", &self.bucket_task_board_format);
        v.field(24usize, "details", &self.details);
        v.field(25usize, "progress_task_board_format", &self.progress_task_board_format);
    }
}
#[cfg(msgraph_v1_core_or_planner)]
impl rt::object::Members for PlannerTask {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.active_checklist_item_count.read_from(r),
            2usize => self.applied_categories.read_from(r),
            3usize => self.assignee_priority.read_from(r),
            4usize => self.assignments.read_from(r),
            5usize => self.bucket_id.read_from(r),
            6usize => self.checklist_item_count.read_from(r),
            7usize => self.completed_by.read_from(r),
            8usize => self.completed_date_time.read_from(r),
            9usize => self.conversation_thread_id.read_from(r),
            10usize => self.created_by.read_from(r),
            11usize => self.created_date_time.read_from(r),
            12usize => self.due_date_time.read_from(r),
            13usize => self.has_description.read_from(r),
            14usize => self.order_hint.read_from(r),
            15usize => self.percent_complete.read_from(r),
            16usize => self.plan_id.read_from(r),
            17usize => self.preview_type.read_from(r),
            18usize => self.priority.read_from(r),
            19usize => self.reference_count.read_from(r),
            20usize => self.start_date_time.read_from(r),
            21usize => self.title.read_from(r),
            22usize => self.assigned_to_task_board_format.read_from(r),
            23usize => self.bucket_task_board_format.read_from(r),
            24usize => self.details.read_from(r),
            25usize => self.progress_task_board_format.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.active_checklist_item_count);
        w.field(2usize, &self.applied_categories);
        w.field(3usize, &self.assignee_priority);
        w.field(4usize, &self.assignments);
        w.field(5usize, &self.bucket_id);
        w.field(6usize, &self.checklist_item_count);
        w.field(7usize, &self.completed_by);
        w.field(8usize, &self.completed_date_time);
        w.field(9usize, &self.conversation_thread_id);
        w.field(10usize, &self.created_by);
        w.field(11usize, &self.created_date_time);
        w.field(12usize, &self.due_date_time);
        w.field(13usize, &self.has_description);
        w.field(14usize, &self.order_hint);
        w.field(15usize, &self.percent_complete);
        w.field(16usize, &self.plan_id);
        w.field(17usize, &self.preview_type);
        w.field(18usize, &self.priority);
        w.field(19usize, &self.reference_count);
        w.field(20usize, &self.start_date_time);
        w.field(21usize, &self.title);
        w.field(22usize, &self.assigned_to_task_board_format);
        w.field(23usize, &self.bucket_task_board_format);
        w.field(24usize, &self.details);
        w.field(25usize, &self.progress_task_board_format);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_core_or_planner)]
rt::impl_object!(PlannerTask);
#[cfg(msgraph_v1_core_or_planner)]
rt::impl_setters!(
    PlannerTask { with_id id : ::std::string::String; with_active_checklist_item_count
    active_checklist_item_count : i32; with_applied_categories applied_categories : crate
    ::v1::PlannerAppliedCategories; with_assignee_priority assignee_priority :
    ::std::string::String; with_assignments assignments : crate ::v1::PlannerAssignments;
    with_bucket_id bucket_id : ::std::string::String; with_checklist_item_count
    checklist_item_count : i32; with_completed_by completed_by : crate
    ::v1::AnyIdentitySet; with_completed_date_time completed_date_time :
    rt::edm::DateTimeOffset; with_conversation_thread_id conversation_thread_id :
    ::std::string::String; with_created_by created_by : crate ::v1::AnyIdentitySet;
    with_created_date_time created_date_time : rt::edm::DateTimeOffset;
    with_due_date_time due_date_time : rt::edm::DateTimeOffset; with_has_description
    has_description : bool; with_order_hint order_hint : ::std::string::String;
    with_percent_complete percent_complete : i32; with_plan_id plan_id :
    ::std::string::String; with_preview_type preview_type : crate
    ::v1::PlannerPreviewType; with_priority priority : i32; with_reference_count
    reference_count : i32; with_start_date_time start_date_time :
    rt::edm::DateTimeOffset; with_title title : ::std::string::String;
    with_assigned_to_task_board_format assigned_to_task_board_format : crate
    ::v1::PlannerAssignedToTaskBoardTaskFormat; with_bucket_task_board_format
    bucket_task_board_format : crate ::v1::PlannerBucketTaskBoardTaskFormat; with_details
    details : crate ::v1::PlannerTaskDetails; with_progress_task_board_format
    progress_task_board_format : crate ::v1::PlannerProgressTaskBoardTaskFormat; }
);
#[cfg(msgraph_v1_core_or_planner)]
#[cfg(feature = "serde")]
rt::impl_serde!(PlannerTask);
#[cfg(msgraph_v1_core_or_planner)]
/// CSDL: `microsoft.graph.plannerTaskDetails`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`PlannerTaskDetailsPath`](requests/trait.PlannerTaskDetailsPath.html), what a path to one (`EntityPath<PlannerTaskDetails, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct PlannerTaskDetails {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `checklist`: `microsoft.graph.plannerChecklistItems`, nullable.
    pub checklist: rt::Field<crate::v1::PlannerChecklistItems>,
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `previewType`: `microsoft.graph.plannerPreviewType`, nullable.
    pub preview_type: rt::Field<crate::v1::PlannerPreviewType>,
    /// CSDL: property `references`: `microsoft.graph.plannerExternalReferences`, nullable.
    pub references: rt::Field<crate::v1::PlannerExternalReferences>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_planner)]
impl ::std::default::Default for PlannerTaskDetails {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            checklist: rt::Field::Absent,
            description: rt::Field::Absent,
            preview_type: rt::Field::Absent,
            references: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_planner)]
impl rt::Object for PlannerTaskDetails {
    const TYPE_NAME: &'static str = "microsoft.graph.plannerTaskDetails";
    const KEYS: &'static [&'static str] = &[
        "id",
        "checklist",
        "description",
        "previewType",
        "references",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"checklist\":                    ",
        ",\"description\":                  ",
        ",\"previewType\":                  ",
        ",\"references\":                   ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.plannerTaskDetails\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "checklist", &self.checklist);
        v.field(2usize, "description", &self.description);
        v.field(3usize, "preview_type", &self.preview_type);
        v.field(4usize, "references", &self.references);
    }
}
#[cfg(msgraph_v1_core_or_planner)]
impl rt::object::Members for PlannerTaskDetails {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.checklist.read_from(r),
            2usize => self.description.read_from(r),
            3usize => self.preview_type.read_from(r),
            4usize => self.references.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.checklist);
        w.field(2usize, &self.description);
        w.field(3usize, &self.preview_type);
        w.field(4usize, &self.references);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_core_or_planner)]
rt::impl_object!(PlannerTaskDetails);
#[cfg(msgraph_v1_core_or_planner)]
rt::impl_setters!(
    PlannerTaskDetails { with_id id : ::std::string::String; with_checklist checklist :
    crate ::v1::PlannerChecklistItems; with_description description :
    ::std::string::String; with_preview_type preview_type : crate
    ::v1::PlannerPreviewType; with_references references : crate
    ::v1::PlannerExternalReferences; }
);
#[cfg(msgraph_v1_core_or_planner)]
#[cfg(feature = "serde")]
rt::impl_serde!(PlannerTaskDetails);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.plannerUser`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`PlannerUserPath`](requests/trait.PlannerUserPath.html), what a path to one (`EntityPath<PlannerUser, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct PlannerUser {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `plans`: `Collection(microsoft.graph.plannerPlan)`, not nullable.
    pub plans: rt::Field<::std::vec::Vec<crate::v1::PlannerPlan>>,
    /// CSDL: containment navigation property `tasks`: `Collection(microsoft.graph.plannerTask)`, not nullable.
    pub tasks: rt::Field<::std::vec::Vec<crate::v1::PlannerTask>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for PlannerUser {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            plans: rt::Field::Absent,
            tasks: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for PlannerUser {
    const TYPE_NAME: &'static str = "microsoft.graph.plannerUser";
    const KEYS: &'static [&'static str] = &["id", "plans", "tasks"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"plans\":                        ",
        ",\"tasks\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.plannerUser\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "plans", &self.plans);
        v.field(2usize, "tasks", &self.tasks);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for PlannerUser {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.plans.read_from(r),
            2usize => self.tasks.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.plans);
        w.field(2usize, &self.tasks);
    }
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
rt::impl_object!(PlannerUser);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    PlannerUser { with_id id : ::std::string::String; with_plans plans : ::std::vec::Vec
    < crate ::v1::PlannerPlan >; with_tasks tasks : ::std::vec::Vec < crate
    ::v1::PlannerTask >; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(PlannerUser);
#[cfg(msgraph_v1_core_or_planner)]
/// CSDL: `microsoft.graph.plannerUserIds`, complex type, open.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct PlannerUserIds {
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_planner)]
impl ::std::default::Default for PlannerUserIds {
    #[inline]
    fn default() -> Self {
        Self {
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_planner)]
impl rt::Object for PlannerUserIds {
    const TYPE_NAME: &'static str = "microsoft.graph.plannerUserIds";
    const KEYS: &'static [&'static str] = &[];
    const KEYS_JSON: &'static [&'static str] = &[];
    const TAG: &'static str = "\"#microsoft.graph.plannerUserIds\"";
    #[inline]
    #[allow(unused_variables)]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {}
}
#[cfg(msgraph_v1_core_or_planner)]
impl rt::object::Members for PlannerUserIds {
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
#[cfg(msgraph_v1_core_or_planner)]
rt::impl_object!(PlannerUserIds);
#[cfg(msgraph_v1_core_or_planner)]
#[cfg(feature = "serde")]
rt::impl_serde!(PlannerUserIds);
#[cfg(msgraph_v1_communications_or_search)]
/// CSDL: `microsoft.graph.playPromptOperation`, entity type, derived from `microsoft.graph.commsOperation`, open, key `id`.
///
/// Request builders: [`CommsOperationPath`](requests/trait.CommsOperationPath.html), what a path to one (`EntityPath<PlayPromptOperation, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-communications`, `v1-search`.
#[derive(Clone)]
pub struct PlayPromptOperation {
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
impl ::std::default::Default for PlayPromptOperation {
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
impl rt::Object for PlayPromptOperation {
    const TYPE_NAME: &'static str = "microsoft.graph.playPromptOperation";
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
    const TAG: &'static str = "\"#microsoft.graph.playPromptOperation\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "client_context", &self.client_context);
        v.field(2usize, "result_info", &self.result_info);
        v.field(3usize, "status", &self.status);
    }
}
#[cfg(msgraph_v1_communications_or_search)]
impl rt::object::Members for PlayPromptOperation {
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
rt::impl_object!(PlayPromptOperation);
#[cfg(msgraph_v1_communications_or_search)]
rt::impl_setters!(
    PlayPromptOperation { with_id id : ::std::string::String; with_client_context
    client_context : ::std::string::String; with_result_info result_info : crate
    ::v1::ResultInfo; with_status status : crate ::v1::OperationStatus; }
);
#[cfg(msgraph_v1_communications_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(PlayPromptOperation);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.policyBinding`, complex type.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct PolicyBinding {
    /// CSDL: property `exclusions`: `Collection(microsoft.graph.scopeBase)`, nullable.
    pub exclusions: rt::Field<::std::vec::Vec<crate::v1::AnyScopeBase>>,
    /// CSDL: property `inclusions`: `Collection(microsoft.graph.scopeBase)`, not nullable.
    pub inclusions: rt::Field<::std::vec::Vec<crate::v1::AnyScopeBase>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for PolicyBinding {
    #[inline]
    fn default() -> Self {
        Self {
            exclusions: rt::Field::Absent,
            inclusions: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for PolicyBinding {
    const TYPE_NAME: &'static str = "microsoft.graph.policyBinding";
    const KEYS: &'static [&'static str] = &["exclusions", "inclusions"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"exclusions\":                   ",
        ",\"inclusions\":                   ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.policyBinding\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "exclusions", &self.exclusions);
        v.field(1usize, "inclusions", &self.inclusions);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for PolicyBinding {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.exclusions.read_from(r),
            1usize => self.inclusions.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.exclusions);
        w.field(1usize, &self.inclusions);
    }
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
rt::impl_object!(PolicyBinding);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    PolicyBinding { with_exclusions exclusions : ::std::vec::Vec < crate
    ::v1::AnyScopeBase >; with_inclusions inclusions : ::std::vec::Vec < crate
    ::v1::AnyScopeBase >; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(PolicyBinding);
#[cfg(msgraph_v1_core_or_security)]
/// CSDL: `microsoft.graph.policyLocation`, complex type, abstract.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct PolicyLocation {
    /// CSDL: property `value`: `Edm.String`, not nullable.
    pub value: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_security)]
impl ::std::default::Default for PolicyLocation {
    #[inline]
    fn default() -> Self {
        Self {
            value: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_security)]
impl rt::Object for PolicyLocation {
    const TYPE_NAME: &'static str = "microsoft.graph.policyLocation";
    const KEYS: &'static [&'static str] = &["value"];
    const KEYS_JSON: &'static [&'static str] = &[",\"value\":                        "];
    const TAG: &'static str = "\"#microsoft.graph.policyLocation\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "value", &self.value);
    }
}
#[cfg(msgraph_v1_core_or_security)]
impl rt::object::Members for PolicyLocation {
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
#[cfg(msgraph_v1_core_or_security)]
rt::impl_object!(PolicyLocation);
#[cfg(msgraph_v1_core_or_security)]
rt::impl_setters!(PolicyLocation { with_value value : ::std::string::String; });
#[cfg(msgraph_v1_core_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(PolicyLocation);
#[cfg(msgraph_v1_core_or_security)]
/// `microsoft.graph.policyLocation` or any type derived from it, selected by `@odata.type` (4 types); each variant's type converts into it (`From`).
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Debug)]
pub enum AnyPolicyLocation {
    PolicyLocation(::std::boxed::Box<crate::v1::PolicyLocation>),
    PolicyLocationApplication(::std::boxed::Box<crate::v1::PolicyLocationApplication>),
    PolicyLocationDomain(::std::boxed::Box<crate::v1::PolicyLocationDomain>),
    PolicyLocationUrl(::std::boxed::Box<crate::v1::PolicyLocationUrl>),
}
#[cfg(msgraph_v1_core_or_security)]
impl ::std::default::Default for AnyPolicyLocation {
    #[inline]
    fn default() -> Self {
        Self::PolicyLocation(::std::default::Default::default())
    }
}
#[cfg(msgraph_v1_core_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::PolicyLocation> for AnyPolicyLocation {
    #[inline]
    fn from(v: crate::v1::PolicyLocation) -> Self {
        Self::PolicyLocation(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::PolicyLocationApplication> for AnyPolicyLocation {
    #[inline]
    fn from(v: crate::v1::PolicyLocationApplication) -> Self {
        Self::PolicyLocationApplication(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::PolicyLocationDomain> for AnyPolicyLocation {
    #[inline]
    fn from(v: crate::v1::PolicyLocationDomain) -> Self {
        Self::PolicyLocationDomain(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::PolicyLocationUrl> for AnyPolicyLocation {
    #[inline]
    fn from(v: crate::v1::PolicyLocationUrl) -> Self {
        Self::PolicyLocationUrl(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core_or_security)]
unsafe impl ::std::marker::Send for AnyPolicyLocation {}
#[cfg(msgraph_v1_core_or_security)]
unsafe impl ::std::marker::Sync for AnyPolicyLocation {}
#[cfg(msgraph_v1_core_or_security)]
impl ::std::marker::Unpin for AnyPolicyLocation {}
#[cfg(msgraph_v1_core_or_security)]
impl ::std::panic::UnwindSafe for AnyPolicyLocation {}
#[cfg(msgraph_v1_core_or_security)]
impl ::std::panic::RefUnwindSafe for AnyPolicyLocation {}
#[cfg(msgraph_v1_core_or_security)]
const _: () = {
    rt::object::auto_traits::<crate::v1::PolicyLocation>();
    rt::object::auto_traits::<crate::v1::PolicyLocationApplication>();
    rt::object::auto_traits::<crate::v1::PolicyLocationDomain>();
    rt::object::auto_traits::<crate::v1::PolicyLocationUrl>();
};
#[cfg(msgraph_v1_core_or_security)]
impl rt::Poly for AnyPolicyLocation {
    const BASE_NAME: &'static str = "microsoft.graph.policyLocation";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some("microsoft.graph.policyLocationApplication") => {
                Self::PolicyLocationApplication(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.policyLocationDomain") => {
                Self::PolicyLocationDomain(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.policyLocationUrl") => {
                Self::PolicyLocationUrl(rt::object::new_boxed())
            }
            _ => Self::PolicyLocation(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::PolicyLocation(v) => &**v,
            Self::PolicyLocationApplication(v) => &**v,
            Self::PolicyLocationDomain(v) => &**v,
            Self::PolicyLocationUrl(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::PolicyLocation(v) => &mut **v,
            Self::PolicyLocationApplication(v) => &mut **v,
            Self::PolicyLocationDomain(v) => &mut **v,
            Self::PolicyLocationUrl(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_v1_core_or_security)]
impl AnyPolicyLocation {
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
    /// `value` of any variant.
    #[inline]
    pub fn value(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::PolicyLocation(v) => &v.value,
            Self::PolicyLocationApplication(v) => &v.value,
            Self::PolicyLocationDomain(v) => &v.value,
            Self::PolicyLocationUrl(v) => &v.value,
        }
    }
    /// `value` of any variant.
    #[inline]
    pub fn value_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::PolicyLocation(v) => &mut v.value,
            Self::PolicyLocationApplication(v) => &mut v.value,
            Self::PolicyLocationDomain(v) => &mut v.value,
            Self::PolicyLocationUrl(v) => &mut v.value,
        }
    }
}
#[cfg(msgraph_v1_core_or_security)]
rt::impl_poly!(AnyPolicyLocation);
#[cfg(msgraph_v1_core_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyPolicyLocation);
#[cfg(msgraph_v1_core_or_security)]
/// CSDL: `microsoft.graph.policyLocationApplication`, complex type, derived from `microsoft.graph.policyLocation`.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct PolicyLocationApplication {
    /// CSDL: property `value`: `Edm.String`, not nullable.
    pub value: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_security)]
impl ::std::default::Default for PolicyLocationApplication {
    #[inline]
    fn default() -> Self {
        Self {
            value: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_security)]
impl rt::Object for PolicyLocationApplication {
    const TYPE_NAME: &'static str = "microsoft.graph.policyLocationApplication";
    const KEYS: &'static [&'static str] = &["value"];
    const KEYS_JSON: &'static [&'static str] = &[",\"value\":                        "];
    const TAG: &'static str = "\"#microsoft.graph.policyLocationApplication\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "value", &self.value);
    }
}
#[cfg(msgraph_v1_core_or_security)]
impl rt::object::Members for PolicyLocationApplication {
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
#[cfg(msgraph_v1_core_or_security)]
rt::impl_object!(PolicyLocationApplication);
#[cfg(msgraph_v1_core_or_security)]
rt::impl_setters!(
    PolicyLocationApplication { with_value value : ::std::string::String; }
);
#[cfg(msgraph_v1_core_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(PolicyLocationApplication);
#[cfg(msgraph_v1_core_or_security)]
/// CSDL: `microsoft.graph.policyLocationDomain`, complex type, derived from `microsoft.graph.policyLocation`.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct PolicyLocationDomain {
    /// CSDL: property `value`: `Edm.String`, not nullable.
    pub value: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_security)]
impl ::std::default::Default for PolicyLocationDomain {
    #[inline]
    fn default() -> Self {
        Self {
            value: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_security)]
impl rt::Object for PolicyLocationDomain {
    const TYPE_NAME: &'static str = "microsoft.graph.policyLocationDomain";
    const KEYS: &'static [&'static str] = &["value"];
    const KEYS_JSON: &'static [&'static str] = &[",\"value\":                        "];
    const TAG: &'static str = "\"#microsoft.graph.policyLocationDomain\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "value", &self.value);
    }
}
#[cfg(msgraph_v1_core_or_security)]
impl rt::object::Members for PolicyLocationDomain {
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
#[cfg(msgraph_v1_core_or_security)]
rt::impl_object!(PolicyLocationDomain);
#[cfg(msgraph_v1_core_or_security)]
rt::impl_setters!(PolicyLocationDomain { with_value value : ::std::string::String; });
#[cfg(msgraph_v1_core_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(PolicyLocationDomain);
#[cfg(msgraph_v1_core_or_security)]
/// CSDL: `microsoft.graph.policyLocationUrl`, complex type, derived from `microsoft.graph.policyLocation`.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct PolicyLocationUrl {
    /// CSDL: property `value`: `Edm.String`, not nullable.
    pub value: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_security)]
impl ::std::default::Default for PolicyLocationUrl {
    #[inline]
    fn default() -> Self {
        Self {
            value: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_security)]
impl rt::Object for PolicyLocationUrl {
    const TYPE_NAME: &'static str = "microsoft.graph.policyLocationUrl";
    const KEYS: &'static [&'static str] = &["value"];
    const KEYS_JSON: &'static [&'static str] = &[",\"value\":                        "];
    const TAG: &'static str = "\"#microsoft.graph.policyLocationUrl\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "value", &self.value);
    }
}
#[cfg(msgraph_v1_core_or_security)]
impl rt::object::Members for PolicyLocationUrl {
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
#[cfg(msgraph_v1_core_or_security)]
rt::impl_object!(PolicyLocationUrl);
#[cfg(msgraph_v1_core_or_security)]
rt::impl_setters!(PolicyLocationUrl { with_value value : ::std::string::String; });
#[cfg(msgraph_v1_core_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(PolicyLocationUrl);
#[cfg(msgraph_v1_core_or_security)]
/// CSDL: `microsoft.graph.policyPivotProperty`, enum type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum PolicyPivotProperty {
    /// `none` (value 0).
    None,
    /// `activity` (value 1).
    Activity,
    /// `location` (value 2).
    Location,
    /// `unknownFutureValue` (value 3).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_core_or_security)]
impl rt::StrEnum for PolicyPivotProperty {
    const TYPE_NAME: &'static str = "microsoft.graph.policyPivotProperty";
    const MEMBERS: &'static [&'static str] = &[
        "none",
        "activity",
        "location",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "none" => Self::None,
                "activity" => Self::Activity,
                "location" => Self::Location,
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
            Self::Activity => "activity",
            Self::Location => "location",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_core_or_security)]
rt::impl_enum!(PolicyPivotProperty);
#[cfg(msgraph_v1_core_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(PolicyPivotProperty);
#[cfg(msgraph_v1_core_or_device_management)]
/// Supported platform types for policies.
///
/// CSDL: `microsoft.graph.policyPlatformType`, enum type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-device-management`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum PolicyPlatformType {
    /// Android.
    ///
    /// `android` (value 0).
    Android,
    /// AndroidForWork.
    ///
    /// `androidForWork` (value 1).
    AndroidForWork,
    /// iOS.
    ///
    /// `iOS` (value 2).
    IOs,
    /// MacOS.
    ///
    /// `macOS` (value 3).
    MacOs,
    /// WindowsPhone 8.1.
    ///
    /// `windowsPhone81` (value 4).
    WindowsPhone81,
    /// Windows 8.1 and later
    ///
    /// `windows81AndLater` (value 5).
    Windows81AndLater,
    /// Windows 10 and later.
    ///
    /// `windows10AndLater` (value 6).
    Windows10AndLater,
    /// All platforms.
    ///
    /// `all` (value 100).
    All,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_core_or_device_management)]
impl rt::StrEnum for PolicyPlatformType {
    const TYPE_NAME: &'static str = "microsoft.graph.policyPlatformType";
    const MEMBERS: &'static [&'static str] = &[
        "android",
        "androidForWork",
        "iOS",
        "macOS",
        "windowsPhone81",
        "windows81AndLater",
        "windows10AndLater",
        "all",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "android" => Self::Android,
                "androidForWork" => Self::AndroidForWork,
                "iOS" => Self::IOs,
                "macOS" => Self::MacOs,
                "windowsPhone81" => Self::WindowsPhone81,
                "windows81AndLater" => Self::Windows81AndLater,
                "windows10AndLater" => Self::Windows10AndLater,
                "all" => Self::All,
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
            Self::AndroidForWork => "androidForWork",
            Self::IOs => "iOS",
            Self::MacOs => "macOS",
            Self::WindowsPhone81 => "windowsPhone81",
            Self::Windows81AndLater => "windows81AndLater",
            Self::Windows10AndLater => "windows10AndLater",
            Self::All => "all",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_core_or_device_management)]
rt::impl_enum!(PolicyPlatformType);
#[cfg(msgraph_v1_core_or_device_management)]
#[cfg(feature = "serde")]
rt::impl_serde!(PolicyPlatformType);
#[cfg(msgraph_v1_core_or_security)]
/// CSDL: `microsoft.graph.policyScopeBase`, complex type, abstract.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct PolicyScopeBase {
    /// CSDL: property `activities`: `microsoft.graph.userActivityTypes`, not nullable.
    pub activities: rt::Field<rt::Flags<crate::v1::UserActivityTypes>>,
    /// CSDL: property `executionMode`: `microsoft.graph.executionMode`, not nullable.
    pub execution_mode: rt::Field<crate::v1::ExecutionMode>,
    /// CSDL: property `locations`: `Collection(microsoft.graph.policyLocation)`, not nullable.
    pub locations: rt::Field<::std::vec::Vec<crate::v1::AnyPolicyLocation>>,
    /// CSDL: property `policyActions`: `Collection(microsoft.graph.dlpActionInfo)`, not nullable.
    pub policy_actions: rt::Field<::std::vec::Vec<crate::v1::AnyDlpActionInfo>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_security)]
impl ::std::default::Default for PolicyScopeBase {
    #[inline]
    fn default() -> Self {
        Self {
            activities: rt::Field::Absent,
            execution_mode: rt::Field::Absent,
            locations: rt::Field::Absent,
            policy_actions: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_security)]
impl rt::Object for PolicyScopeBase {
    const TYPE_NAME: &'static str = "microsoft.graph.policyScopeBase";
    const KEYS: &'static [&'static str] = &[
        "activities",
        "executionMode",
        "locations",
        "policyActions",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"activities\":                   ",
        ",\"executionMode\":                ",
        ",\"locations\":                    ",
        ",\"policyActions\":                ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.policyScopeBase\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "activities", &self.activities);
        v.field(1usize, "execution_mode", &self.execution_mode);
        v.field(2usize, "locations", &self.locations);
        v.field(3usize, "policy_actions", &self.policy_actions);
    }
}
#[cfg(msgraph_v1_core_or_security)]
impl rt::object::Members for PolicyScopeBase {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.activities.read_from(r),
            1usize => self.execution_mode.read_from(r),
            2usize => self.locations.read_from(r),
            3usize => self.policy_actions.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.activities);
        w.field(1usize, &self.execution_mode);
        w.field(2usize, &self.locations);
        w.field(3usize, &self.policy_actions);
    }
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
rt::impl_object!(PolicyScopeBase);
#[cfg(msgraph_v1_core_or_security)]
rt::impl_setters!(
    PolicyScopeBase { with_activities activities : rt::Flags < crate
    ::v1::UserActivityTypes >; with_execution_mode execution_mode : crate
    ::v1::ExecutionMode; with_locations locations : ::std::vec::Vec < crate
    ::v1::AnyPolicyLocation >; with_policy_actions policy_actions : ::std::vec::Vec <
    crate ::v1::AnyDlpActionInfo >; }
);
#[cfg(msgraph_v1_core_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(PolicyScopeBase);
#[cfg(msgraph_v1_core_or_security)]
/// `microsoft.graph.policyScopeBase` or any type derived from it, selected by `@odata.type` (3 types); each variant's type converts into it (`From`).
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Debug)]
pub enum AnyPolicyScopeBase {
    PolicyScopeBase(::std::boxed::Box<crate::v1::PolicyScopeBase>),
    #[cfg(msgraph_v1_search_or_security)]
    PolicyTenantScope(::std::boxed::Box<crate::v1::PolicyTenantScope>),
    #[cfg(msgraph_v1_core)]
    PolicyUserScope(::std::boxed::Box<crate::v1::PolicyUserScope>),
}
#[cfg(msgraph_v1_core_or_security)]
impl ::std::default::Default for AnyPolicyScopeBase {
    #[inline]
    fn default() -> Self {
        Self::PolicyScopeBase(::std::default::Default::default())
    }
}
#[cfg(msgraph_v1_core_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::PolicyScopeBase> for AnyPolicyScopeBase {
    #[inline]
    fn from(v: crate::v1::PolicyScopeBase) -> Self {
        Self::PolicyScopeBase(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core_or_security)]
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::PolicyTenantScope> for AnyPolicyScopeBase {
    #[inline]
    fn from(v: crate::v1::PolicyTenantScope) -> Self {
        Self::PolicyTenantScope(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core_or_security)]
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::PolicyUserScope> for AnyPolicyScopeBase {
    #[inline]
    fn from(v: crate::v1::PolicyUserScope) -> Self {
        Self::PolicyUserScope(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core_or_security)]
unsafe impl ::std::marker::Send for AnyPolicyScopeBase {}
#[cfg(msgraph_v1_core_or_security)]
unsafe impl ::std::marker::Sync for AnyPolicyScopeBase {}
#[cfg(msgraph_v1_core_or_security)]
impl ::std::marker::Unpin for AnyPolicyScopeBase {}
#[cfg(msgraph_v1_core_or_security)]
impl ::std::panic::UnwindSafe for AnyPolicyScopeBase {}
#[cfg(msgraph_v1_core_or_security)]
impl ::std::panic::RefUnwindSafe for AnyPolicyScopeBase {}
#[cfg(msgraph_v1_core_or_security)]
const _: () = {
    rt::object::auto_traits::<crate::v1::PolicyScopeBase>();
    #[cfg(msgraph_v1_search_or_security)]
    rt::object::auto_traits::<crate::v1::PolicyTenantScope>();
    #[cfg(msgraph_v1_core)]
    rt::object::auto_traits::<crate::v1::PolicyUserScope>();
};
#[cfg(msgraph_v1_core_or_security)]
impl rt::Poly for AnyPolicyScopeBase {
    const BASE_NAME: &'static str = "microsoft.graph.policyScopeBase";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            #[cfg(msgraph_v1_search_or_security)]
            ::std::option::Option::Some("microsoft.graph.policyTenantScope") => {
                Self::PolicyTenantScope(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.policyUserScope") => {
                Self::PolicyUserScope(rt::object::new_boxed())
            }
            _ => Self::PolicyScopeBase(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::PolicyScopeBase(v) => &**v,
            #[cfg(msgraph_v1_search_or_security)]
            Self::PolicyTenantScope(v) => &**v,
            #[cfg(msgraph_v1_core)]
            Self::PolicyUserScope(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::PolicyScopeBase(v) => &mut **v,
            #[cfg(msgraph_v1_search_or_security)]
            Self::PolicyTenantScope(v) => &mut **v,
            #[cfg(msgraph_v1_core)]
            Self::PolicyUserScope(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_v1_core_or_security)]
impl AnyPolicyScopeBase {
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
    /// `activities` of any variant.
    #[inline]
    pub fn activities(&self) -> &rt::Field<rt::Flags<crate::v1::UserActivityTypes>> {
        match self {
            Self::PolicyScopeBase(v) => &v.activities,
            #[cfg(msgraph_v1_search_or_security)]
            Self::PolicyTenantScope(v) => &v.activities,
            #[cfg(msgraph_v1_core)]
            Self::PolicyUserScope(v) => &v.activities,
        }
    }
    /// `activities` of any variant.
    #[inline]
    pub fn activities_mut(
        &mut self,
    ) -> &mut rt::Field<rt::Flags<crate::v1::UserActivityTypes>> {
        match self {
            Self::PolicyScopeBase(v) => &mut v.activities,
            #[cfg(msgraph_v1_search_or_security)]
            Self::PolicyTenantScope(v) => &mut v.activities,
            #[cfg(msgraph_v1_core)]
            Self::PolicyUserScope(v) => &mut v.activities,
        }
    }
    /// `executionMode` of any variant.
    #[inline]
    pub fn execution_mode(&self) -> &rt::Field<crate::v1::ExecutionMode> {
        match self {
            Self::PolicyScopeBase(v) => &v.execution_mode,
            #[cfg(msgraph_v1_search_or_security)]
            Self::PolicyTenantScope(v) => &v.execution_mode,
            #[cfg(msgraph_v1_core)]
            Self::PolicyUserScope(v) => &v.execution_mode,
        }
    }
    /// `executionMode` of any variant.
    #[inline]
    pub fn execution_mode_mut(&mut self) -> &mut rt::Field<crate::v1::ExecutionMode> {
        match self {
            Self::PolicyScopeBase(v) => &mut v.execution_mode,
            #[cfg(msgraph_v1_search_or_security)]
            Self::PolicyTenantScope(v) => &mut v.execution_mode,
            #[cfg(msgraph_v1_core)]
            Self::PolicyUserScope(v) => &mut v.execution_mode,
        }
    }
    /// `locations` of any variant.
    #[inline]
    pub fn locations(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::v1::AnyPolicyLocation>> {
        match self {
            Self::PolicyScopeBase(v) => &v.locations,
            #[cfg(msgraph_v1_search_or_security)]
            Self::PolicyTenantScope(v) => &v.locations,
            #[cfg(msgraph_v1_core)]
            Self::PolicyUserScope(v) => &v.locations,
        }
    }
    /// `locations` of any variant.
    #[inline]
    pub fn locations_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::v1::AnyPolicyLocation>> {
        match self {
            Self::PolicyScopeBase(v) => &mut v.locations,
            #[cfg(msgraph_v1_search_or_security)]
            Self::PolicyTenantScope(v) => &mut v.locations,
            #[cfg(msgraph_v1_core)]
            Self::PolicyUserScope(v) => &mut v.locations,
        }
    }
    /// `policyActions` of any variant.
    #[inline]
    pub fn policy_actions(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::v1::AnyDlpActionInfo>> {
        match self {
            Self::PolicyScopeBase(v) => &v.policy_actions,
            #[cfg(msgraph_v1_search_or_security)]
            Self::PolicyTenantScope(v) => &v.policy_actions,
            #[cfg(msgraph_v1_core)]
            Self::PolicyUserScope(v) => &v.policy_actions,
        }
    }
    /// `policyActions` of any variant.
    #[inline]
    pub fn policy_actions_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::v1::AnyDlpActionInfo>> {
        match self {
            Self::PolicyScopeBase(v) => &mut v.policy_actions,
            #[cfg(msgraph_v1_search_or_security)]
            Self::PolicyTenantScope(v) => &mut v.policy_actions,
            #[cfg(msgraph_v1_core)]
            Self::PolicyUserScope(v) => &mut v.policy_actions,
        }
    }
}
#[cfg(msgraph_v1_core_or_security)]
rt::impl_poly!(AnyPolicyScopeBase);
#[cfg(msgraph_v1_core_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyPolicyScopeBase);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.policyTenantScope`, complex type, derived from `microsoft.graph.policyScopeBase`.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct PolicyTenantScope {
    /// CSDL: property `activities`: `microsoft.graph.userActivityTypes`, not nullable.
    pub activities: rt::Field<rt::Flags<crate::v1::UserActivityTypes>>,
    /// CSDL: property `executionMode`: `microsoft.graph.executionMode`, not nullable.
    pub execution_mode: rt::Field<crate::v1::ExecutionMode>,
    /// CSDL: property `locations`: `Collection(microsoft.graph.policyLocation)`, not nullable.
    pub locations: rt::Field<::std::vec::Vec<crate::v1::AnyPolicyLocation>>,
    /// CSDL: property `policyActions`: `Collection(microsoft.graph.dlpActionInfo)`, not nullable.
    pub policy_actions: rt::Field<::std::vec::Vec<crate::v1::AnyDlpActionInfo>>,
    /// CSDL: property `policyScope`: `microsoft.graph.policyBinding`, nullable.
    pub policy_scope: rt::Field<crate::v1::PolicyBinding>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for PolicyTenantScope {
    #[inline]
    fn default() -> Self {
        Self {
            activities: rt::Field::Absent,
            execution_mode: rt::Field::Absent,
            locations: rt::Field::Absent,
            policy_actions: rt::Field::Absent,
            policy_scope: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for PolicyTenantScope {
    const TYPE_NAME: &'static str = "microsoft.graph.policyTenantScope";
    const KEYS: &'static [&'static str] = &[
        "activities",
        "executionMode",
        "locations",
        "policyActions",
        "policyScope",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"activities\":                   ",
        ",\"executionMode\":                ",
        ",\"locations\":                    ",
        ",\"policyActions\":                ",
        ",\"policyScope\":                  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.policyTenantScope\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "activities", &self.activities);
        v.field(1usize, "execution_mode", &self.execution_mode);
        v.field(2usize, "locations", &self.locations);
        v.field(3usize, "policy_actions", &self.policy_actions);
        v.field(4usize, "policy_scope", &self.policy_scope);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for PolicyTenantScope {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.activities.read_from(r),
            1usize => self.execution_mode.read_from(r),
            2usize => self.locations.read_from(r),
            3usize => self.policy_actions.read_from(r),
            4usize => self.policy_scope.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.activities);
        w.field(1usize, &self.execution_mode);
        w.field(2usize, &self.locations);
        w.field(3usize, &self.policy_actions);
        w.field(4usize, &self.policy_scope);
    }
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
rt::impl_object!(PolicyTenantScope);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    PolicyTenantScope { with_activities activities : rt::Flags < crate
    ::v1::UserActivityTypes >; with_execution_mode execution_mode : crate
    ::v1::ExecutionMode; with_locations locations : ::std::vec::Vec < crate
    ::v1::AnyPolicyLocation >; with_policy_actions policy_actions : ::std::vec::Vec <
    crate ::v1::AnyDlpActionInfo >; with_policy_scope policy_scope : crate
    ::v1::PolicyBinding; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(PolicyTenantScope);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.policyUserScope`, complex type, derived from `microsoft.graph.policyScopeBase`.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct PolicyUserScope {
    /// CSDL: property `activities`: `microsoft.graph.userActivityTypes`, not nullable.
    pub activities: rt::Field<rt::Flags<crate::v1::UserActivityTypes>>,
    /// CSDL: property `executionMode`: `microsoft.graph.executionMode`, not nullable.
    pub execution_mode: rt::Field<crate::v1::ExecutionMode>,
    /// CSDL: property `locations`: `Collection(microsoft.graph.policyLocation)`, not nullable.
    pub locations: rt::Field<::std::vec::Vec<crate::v1::AnyPolicyLocation>>,
    /// CSDL: property `policyActions`: `Collection(microsoft.graph.dlpActionInfo)`, not nullable.
    pub policy_actions: rt::Field<::std::vec::Vec<crate::v1::AnyDlpActionInfo>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for PolicyUserScope {
    #[inline]
    fn default() -> Self {
        Self {
            activities: rt::Field::Absent,
            execution_mode: rt::Field::Absent,
            locations: rt::Field::Absent,
            policy_actions: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for PolicyUserScope {
    const TYPE_NAME: &'static str = "microsoft.graph.policyUserScope";
    const KEYS: &'static [&'static str] = &[
        "activities",
        "executionMode",
        "locations",
        "policyActions",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"activities\":                   ",
        ",\"executionMode\":                ",
        ",\"locations\":                    ",
        ",\"policyActions\":                ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.policyUserScope\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "activities", &self.activities);
        v.field(1usize, "execution_mode", &self.execution_mode);
        v.field(2usize, "locations", &self.locations);
        v.field(3usize, "policy_actions", &self.policy_actions);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for PolicyUserScope {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.activities.read_from(r),
            1usize => self.execution_mode.read_from(r),
            2usize => self.locations.read_from(r),
            3usize => self.policy_actions.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.activities);
        w.field(1usize, &self.execution_mode);
        w.field(2usize, &self.locations);
        w.field(3usize, &self.policy_actions);
    }
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
rt::impl_object!(PolicyUserScope);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    PolicyUserScope { with_activities activities : rt::Flags < crate
    ::v1::UserActivityTypes >; with_execution_mode execution_mode : crate
    ::v1::ExecutionMode; with_locations locations : ::std::vec::Vec < crate
    ::v1::AnyPolicyLocation >; with_policy_actions policy_actions : ::std::vec::Vec <
    crate ::v1::AnyDlpActionInfo >; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(PolicyUserScope);
#[cfg(msgraph_v1_admin_or_search)]
/// CSDL: `microsoft.graph.postType`, enum type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum PostType {
    /// `regular` (value 0).
    Regular,
    /// `quick` (value 1).
    Quick,
    /// `strategic` (value 2).
    Strategic,
    /// `unknownFutureValue` (value 3).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_admin_or_search)]
impl rt::StrEnum for PostType {
    const TYPE_NAME: &'static str = "microsoft.graph.postType";
    const MEMBERS: &'static [&'static str] = &[
        "regular",
        "quick",
        "strategic",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "regular" => Self::Regular,
                "quick" => Self::Quick,
                "strategic" => Self::Strategic,
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
            Self::Regular => "regular",
            Self::Quick => "quick",
            Self::Strategic => "strategic",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_admin_or_search)]
rt::impl_enum!(PostType);
#[cfg(msgraph_v1_admin_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(PostType);
