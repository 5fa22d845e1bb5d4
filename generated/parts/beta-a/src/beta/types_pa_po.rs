//! Types of `microsoft.graph` by the first letters of their names (`pa_po`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// CSDL: `microsoft.graph.package`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct Package {
    /// CSDL: property `type`: `Edm.String`, nullable.
    pub type_: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for Package {
    #[inline]
    fn default() -> Self {
        Self {
            type_: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for Package {
    const TYPE_NAME: &'static str = "microsoft.graph.package";
    const KEYS: &'static [&'static str] = &["type"];
    const KEYS_JSON: &'static [&'static str] = &[",\"type\":                         "];
    const TAG: &'static str = "\"#microsoft.graph.package\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "type_", &self.type_);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for Package {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.type_.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.type_);
    }
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
rt::impl_object!(Package);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(Package { with_type type_ : ::std::string::String; });
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(Package);
#[cfg(msgraph_beta_core_or_information_protection)]
/// CSDL: `microsoft.graph.parentLabelDetails`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ParentLabelDetails {
    /// CSDL: property `color`: `Edm.String`, nullable.
    pub color: rt::Field<::std::string::String>,
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `id`: `Edm.String`, nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `isActive`: `Edm.Boolean`, not nullable.
    pub is_active: rt::Field<bool>,
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// CSDL: property `parent`: `microsoft.graph.parentLabelDetails`, nullable.
    pub parent: rt::Field<crate::beta::AnyParentLabelDetails>,
    /// CSDL: property `sensitivity`: `Edm.Int32`, not nullable.
    pub sensitivity: rt::Field<i32>,
    /// CSDL: property `tooltip`: `Edm.String`, nullable.
    pub tooltip: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_information_protection)]
impl ::std::default::Default for ParentLabelDetails {
    #[inline]
    fn default() -> Self {
        Self {
            color: rt::Field::Absent,
            description: rt::Field::Absent,
            id: rt::Field::Absent,
            is_active: rt::Field::Absent,
            name: rt::Field::Absent,
            parent: rt::Field::Absent,
            sensitivity: rt::Field::Absent,
            tooltip: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_information_protection)]
impl rt::Object for ParentLabelDetails {
    const TYPE_NAME: &'static str = "microsoft.graph.parentLabelDetails";
    const KEYS: &'static [&'static str] = &[
        "color",
        "description",
        "id",
        "isActive",
        "name",
        "parent",
        "sensitivity",
        "tooltip",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"color\":                        ",
        ",\"description\":                  ",
        ",\"id\":                           ",
        ",\"isActive\":                     ",
        ",\"name\":                         ",
        ",\"parent\":                       ",
        ",\"sensitivity\":                  ",
        ",\"tooltip\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.parentLabelDetails\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "color", &self.color);
        v.field(1usize, "description", &self.description);
        v.field(2usize, "id", &self.id);
        v.field(3usize, "is_active", &self.is_active);
        v.field(4usize, "name", &self.name);
        v.field(5usize, "parent", &self.parent);
        v.field(6usize, "sensitivity", &self.sensitivity);
        v.field(7usize, "tooltip", &self.tooltip);
    }
}
#[cfg(msgraph_beta_core_or_information_protection)]
impl rt::object::Members for ParentLabelDetails {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.color.read_from(r),
            1usize => self.description.read_from(r),
            2usize => self.id.read_from(r),
            3usize => self.is_active.read_from(r),
            4usize => self.name.read_from(r),
            5usize => self.parent.read_from(r),
            6usize => self.sensitivity.read_from(r),
            7usize => self.tooltip.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.color);
        w.field(1usize, &self.description);
        w.field(2usize, &self.id);
        w.field(3usize, &self.is_active);
        w.field(4usize, &self.name);
        w.field(5usize, &self.parent);
        w.field(6usize, &self.sensitivity);
        w.field(7usize, &self.tooltip);
    }
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
rt::impl_object!(ParentLabelDetails);
#[cfg(msgraph_beta_core_or_information_protection)]
rt::impl_setters!(
    ParentLabelDetails { with_color color : ::std::string::String; with_description
    description : ::std::string::String; with_id id : ::std::string::String;
    with_is_active is_active : bool; with_name name : ::std::string::String; with_parent
    parent : crate ::beta::AnyParentLabelDetails; with_sensitivity sensitivity : i32;
    with_tooltip tooltip : ::std::string::String; }
);
#[cfg(msgraph_beta_core_or_information_protection)]
#[cfg(feature = "serde")]
rt::impl_serde!(ParentLabelDetails);
#[cfg(msgraph_beta_core_or_information_protection)]
/// `microsoft.graph.parentLabelDetails` or any type derived from it, selected by `@odata.type` (2 types); each variant's type converts into it (`From`).
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Debug)]
pub enum AnyParentLabelDetails {
    ParentLabelDetails(::std::boxed::Box<crate::beta::ParentLabelDetails>),
    LabelDetails(::std::boxed::Box<crate::beta::LabelDetails>),
}
#[cfg(msgraph_beta_core_or_information_protection)]
impl ::std::default::Default for AnyParentLabelDetails {
    #[inline]
    fn default() -> Self {
        Self::ParentLabelDetails(::std::default::Default::default())
    }
}
#[cfg(msgraph_beta_core_or_information_protection)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ParentLabelDetails> for AnyParentLabelDetails {
    #[inline]
    fn from(v: crate::beta::ParentLabelDetails) -> Self {
        Self::ParentLabelDetails(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core_or_information_protection)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::LabelDetails> for AnyParentLabelDetails {
    #[inline]
    fn from(v: crate::beta::LabelDetails) -> Self {
        Self::LabelDetails(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core_or_information_protection)]
unsafe impl ::std::marker::Send for AnyParentLabelDetails {}
#[cfg(msgraph_beta_core_or_information_protection)]
unsafe impl ::std::marker::Sync for AnyParentLabelDetails {}
#[cfg(msgraph_beta_core_or_information_protection)]
impl ::std::marker::Unpin for AnyParentLabelDetails {}
#[cfg(msgraph_beta_core_or_information_protection)]
impl ::std::panic::UnwindSafe for AnyParentLabelDetails {}
#[cfg(msgraph_beta_core_or_information_protection)]
impl ::std::panic::RefUnwindSafe for AnyParentLabelDetails {}
#[cfg(msgraph_beta_core_or_information_protection)]
const _: () = {
    rt::object::auto_traits::<crate::beta::ParentLabelDetails>();
    rt::object::auto_traits::<crate::beta::LabelDetails>();
};
#[cfg(msgraph_beta_core_or_information_protection)]
impl rt::Poly for AnyParentLabelDetails {
    const BASE_NAME: &'static str = "microsoft.graph.parentLabelDetails";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some("microsoft.graph.labelDetails") => {
                Self::LabelDetails(rt::object::new_boxed())
            }
            _ => Self::ParentLabelDetails(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::ParentLabelDetails(v) => &**v,
            Self::LabelDetails(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::ParentLabelDetails(v) => &mut **v,
            Self::LabelDetails(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_beta_core_or_information_protection)]
impl AnyParentLabelDetails {
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
    /// `color` of any variant.
    #[inline]
    pub fn color(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::ParentLabelDetails(v) => &v.color,
            Self::LabelDetails(v) => &v.color,
        }
    }
    /// `color` of any variant.
    #[inline]
    pub fn color_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ParentLabelDetails(v) => &mut v.color,
            Self::LabelDetails(v) => &mut v.color,
        }
    }
    /// `description` of any variant.
    #[inline]
    pub fn description(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::ParentLabelDetails(v) => &v.description,
            Self::LabelDetails(v) => &v.description,
        }
    }
    /// `description` of any variant.
    #[inline]
    pub fn description_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ParentLabelDetails(v) => &mut v.description,
            Self::LabelDetails(v) => &mut v.description,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::ParentLabelDetails(v) => &v.id,
            Self::LabelDetails(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ParentLabelDetails(v) => &mut v.id,
            Self::LabelDetails(v) => &mut v.id,
        }
    }
    /// `isActive` of any variant.
    #[inline]
    pub fn is_active(&self) -> &rt::Field<bool> {
        match self {
            Self::ParentLabelDetails(v) => &v.is_active,
            Self::LabelDetails(v) => &v.is_active,
        }
    }
    /// `isActive` of any variant.
    #[inline]
    pub fn is_active_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::ParentLabelDetails(v) => &mut v.is_active,
            Self::LabelDetails(v) => &mut v.is_active,
        }
    }
    /// `name` of any variant.
    #[inline]
    pub fn name(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::ParentLabelDetails(v) => &v.name,
            Self::LabelDetails(v) => &v.name,
        }
    }
    /// `name` of any variant.
    #[inline]
    pub fn name_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ParentLabelDetails(v) => &mut v.name,
            Self::LabelDetails(v) => &mut v.name,
        }
    }
    /// `parent` of any variant.
    #[inline]
    pub fn parent(&self) -> &rt::Field<crate::beta::AnyParentLabelDetails> {
        match self {
            Self::ParentLabelDetails(v) => &v.parent,
            Self::LabelDetails(v) => &v.parent,
        }
    }
    /// `parent` of any variant.
    #[inline]
    pub fn parent_mut(&mut self) -> &mut rt::Field<crate::beta::AnyParentLabelDetails> {
        match self {
            Self::ParentLabelDetails(v) => &mut v.parent,
            Self::LabelDetails(v) => &mut v.parent,
        }
    }
    /// `sensitivity` of any variant.
    #[inline]
    pub fn sensitivity(&self) -> &rt::Field<i32> {
        match self {
            Self::ParentLabelDetails(v) => &v.sensitivity,
            Self::LabelDetails(v) => &v.sensitivity,
        }
    }
    /// `sensitivity` of any variant.
    #[inline]
    pub fn sensitivity_mut(&mut self) -> &mut rt::Field<i32> {
        match self {
            Self::ParentLabelDetails(v) => &mut v.sensitivity,
            Self::LabelDetails(v) => &mut v.sensitivity,
        }
    }
    /// `tooltip` of any variant.
    #[inline]
    pub fn tooltip(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::ParentLabelDetails(v) => &v.tooltip,
            Self::LabelDetails(v) => &v.tooltip,
        }
    }
    /// `tooltip` of any variant.
    #[inline]
    pub fn tooltip_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ParentLabelDetails(v) => &mut v.tooltip,
            Self::LabelDetails(v) => &mut v.tooltip,
        }
    }
}
#[cfg(msgraph_beta_core_or_information_protection)]
rt::impl_poly!(AnyParentLabelDetails);
#[cfg(msgraph_beta_core_or_information_protection)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyParentLabelDetails);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.parentalControlSettings`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ParentalControlSettings {
    /// CSDL: property `countriesBlockedForMinors`: `Collection(Edm.String)`, nullable.
    pub countries_blocked_for_minors: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `legalAgeGroupRule`: `Edm.String`, nullable.
    pub legal_age_group_rule: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
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
#[cfg(msgraph_beta_core)]
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
#[cfg(msgraph_beta_core)]
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
#[cfg(msgraph_beta_core)]
rt::impl_object!(ParentalControlSettings);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    ParentalControlSettings { with_countries_blocked_for_minors
    countries_blocked_for_minors : ::std::vec::Vec < ::std::string::String >;
    with_legal_age_group_rule legal_age_group_rule : ::std::string::String; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(ParentalControlSettings);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.parseExpressionResponse`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ParseExpressionResponse {
    /// CSDL: property `error`: `microsoft.graph.publicError`, nullable.
    pub error: rt::Field<crate::beta::PublicError>,
    /// CSDL: property `evaluationResult`: `Collection(Edm.String)`, nullable.
    pub evaluation_result: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `evaluationSucceeded`: `Edm.Boolean`, not nullable.
    pub evaluation_succeeded: rt::Field<bool>,
    /// CSDL: property `parsedExpression`: `microsoft.graph.attributeMappingSource`, nullable.
    pub parsed_expression: rt::Field<crate::beta::AttributeMappingSource>,
    /// CSDL: property `parsingSucceeded`: `Edm.Boolean`, not nullable.
    pub parsing_succeeded: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
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
#[cfg(msgraph_beta_core)]
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
#[cfg(msgraph_beta_core)]
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
#[cfg(msgraph_beta_core)]
rt::impl_object!(ParseExpressionResponse);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    ParseExpressionResponse { with_error error : crate ::beta::PublicError;
    with_evaluation_result evaluation_result : ::std::vec::Vec < ::std::string::String >;
    with_evaluation_succeeded evaluation_succeeded : bool; with_parsed_expression
    parsed_expression : crate ::beta::AttributeMappingSource; with_parsing_succeeded
    parsing_succeeded : bool; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(ParseExpressionResponse);
#[cfg(msgraph_beta_any_area)]
/// CSDL: `microsoft.graph.participantJoiningResponse`, complex type, abstract.
///
/// Feature: `beta` or any `beta-*` area feature.
#[derive(Clone)]
pub struct ParticipantJoiningResponse {
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_any_area)]
impl ::std::default::Default for ParticipantJoiningResponse {
    #[inline]
    fn default() -> Self {
        Self {
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_any_area)]
impl rt::Object for ParticipantJoiningResponse {
    const TYPE_NAME: &'static str = "microsoft.graph.participantJoiningResponse";
    const KEYS: &'static [&'static str] = &[];
    const KEYS_JSON: &'static [&'static str] = &[];
    const TAG: &'static str = "\"#microsoft.graph.participantJoiningResponse\"";
    #[inline]
    #[allow(unused_variables)]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {}
}
#[cfg(msgraph_beta_any_area)]
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
#[cfg(msgraph_beta_any_area)]
rt::impl_object!(ParticipantJoiningResponse);
#[cfg(msgraph_beta_any_area)]
#[cfg(feature = "serde")]
rt::impl_serde!(ParticipantJoiningResponse);
#[cfg(msgraph_beta_any_area)]
/// `microsoft.graph.participantJoiningResponse` or any type derived from it, selected by `@odata.type` (4 types); each variant's type converts into it (`From`).
///
/// Feature: `beta` or any `beta-*` area feature.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyParticipantJoiningResponse {
    ParticipantJoiningResponse(
        ::std::boxed::Box<crate::beta::ParticipantJoiningResponse>,
    ),
    AcceptJoinResponse(::std::boxed::Box<crate::beta::AcceptJoinResponse>),
    InviteNewBotResponse(::std::boxed::Box<crate::beta::InviteNewBotResponse>),
    RejectJoinResponse(::std::boxed::Box<crate::beta::RejectJoinResponse>),
}
#[cfg(msgraph_beta_any_area)]
impl ::std::default::Default for AnyParticipantJoiningResponse {
    #[inline]
    fn default() -> Self {
        Self::ParticipantJoiningResponse(::std::default::Default::default())
    }
}
#[cfg(msgraph_beta_any_area)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ParticipantJoiningResponse>
for AnyParticipantJoiningResponse {
    #[inline]
    fn from(v: crate::beta::ParticipantJoiningResponse) -> Self {
        Self::ParticipantJoiningResponse(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AcceptJoinResponse>
for AnyParticipantJoiningResponse {
    #[inline]
    fn from(v: crate::beta::AcceptJoinResponse) -> Self {
        Self::AcceptJoinResponse(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::InviteNewBotResponse>
for AnyParticipantJoiningResponse {
    #[inline]
    fn from(v: crate::beta::InviteNewBotResponse) -> Self {
        Self::InviteNewBotResponse(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::RejectJoinResponse>
for AnyParticipantJoiningResponse {
    #[inline]
    fn from(v: crate::beta::RejectJoinResponse) -> Self {
        Self::RejectJoinResponse(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
unsafe impl ::std::marker::Send for AnyParticipantJoiningResponse {}
#[cfg(msgraph_beta_any_area)]
unsafe impl ::std::marker::Sync for AnyParticipantJoiningResponse {}
#[cfg(msgraph_beta_any_area)]
impl ::std::marker::Unpin for AnyParticipantJoiningResponse {}
#[cfg(msgraph_beta_any_area)]
impl ::std::panic::UnwindSafe for AnyParticipantJoiningResponse {}
#[cfg(msgraph_beta_any_area)]
impl ::std::panic::RefUnwindSafe for AnyParticipantJoiningResponse {}
#[cfg(msgraph_beta_any_area)]
const _: () = {
    rt::object::auto_traits::<crate::beta::ParticipantJoiningResponse>();
    rt::object::auto_traits::<crate::beta::AcceptJoinResponse>();
    rt::object::auto_traits::<crate::beta::InviteNewBotResponse>();
    rt::object::auto_traits::<crate::beta::RejectJoinResponse>();
};
#[cfg(msgraph_beta_any_area)]
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
#[cfg(msgraph_beta_any_area)]
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
#[cfg(msgraph_beta_any_area)]
rt::impl_poly!(AnyParticipantJoiningResponse);
#[cfg(msgraph_beta_any_area)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyParticipantJoiningResponse);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.passwordCredential`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct PasswordCredential {
    /// CSDL: property `customKeyIdentifier`: `Edm.Binary`, nullable.
    pub custom_key_identifier: rt::Field<rt::edm::Binary>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `endDateTime`: `Edm.DateTimeOffset`, nullable.
    pub end_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `hint`: `Edm.String`, nullable.
    pub hint: rt::Field<::std::string::String>,
    /// CSDL: property `keyId`: `Edm.Guid`, nullable.
    pub key_id: rt::Field<rt::edm::Guid>,
    /// CSDL: property `secretText`: `Edm.String`, nullable.
    pub secret_text: rt::Field<::std::string::String>,
    /// CSDL: property `startDateTime`: `Edm.DateTimeOffset`, nullable.
    pub start_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for PasswordCredential {
    #[inline]
    fn default() -> Self {
        Self {
            custom_key_identifier: rt::Field::Absent,
            display_name: rt::Field::Absent,
            end_date_time: rt::Field::Absent,
            hint: rt::Field::Absent,
            key_id: rt::Field::Absent,
            secret_text: rt::Field::Absent,
            start_date_time: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for PasswordCredential {
    const TYPE_NAME: &'static str = "microsoft.graph.passwordCredential";
    const KEYS: &'static [&'static str] = &[
        "customKeyIdentifier",
        "displayName",
        "endDateTime",
        "hint",
        "keyId",
        "secretText",
        "startDateTime",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"customKeyIdentifier\":          ",
        ",\"displayName\":                  ",
        ",\"endDateTime\":                  ",
        ",\"hint\":                         ",
        ",\"keyId\":                        ",
        ",\"secretText\":                   ",
        ",\"startDateTime\":                ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.passwordCredential\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "custom_key_identifier", &self.custom_key_identifier);
        v.field(1usize, "display_name", &self.display_name);
        v.field(2usize, "end_date_time", &self.end_date_time);
        v.field(3usize, "hint", &self.hint);
        v.field(4usize, "key_id", &self.key_id);
        v.field(5usize, "secret_text", &self.secret_text);
        v.field(6usize, "start_date_time", &self.start_date_time);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for PasswordCredential {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.custom_key_identifier.read_from(r),
            1usize => self.display_name.read_from(r),
            2usize => self.end_date_time.read_from(r),
            3usize => self.hint.read_from(r),
            4usize => self.key_id.read_from(r),
            5usize => self.secret_text.read_from(r),
            6usize => self.start_date_time.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.custom_key_identifier);
        w.field(1usize, &self.display_name);
        w.field(2usize, &self.end_date_time);
        w.field(3usize, &self.hint);
        w.field(4usize, &self.key_id);
        w.field(5usize, &self.secret_text);
        w.field(6usize, &self.start_date_time);
    }
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
rt::impl_object!(PasswordCredential);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    PasswordCredential { with_custom_key_identifier custom_key_identifier :
    rt::edm::Binary; with_display_name display_name : ::std::string::String;
    with_end_date_time end_date_time : rt::edm::DateTimeOffset; with_hint hint :
    ::std::string::String; with_key_id key_id : rt::edm::Guid; with_secret_text
    secret_text : ::std::string::String; with_start_date_time start_date_time :
    rt::edm::DateTimeOffset; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(PasswordCredential);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.passwordSingleSignOnField`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct PasswordSingleSignOnField {
    /// CSDL: property `customizedLabel`: `Edm.String`, nullable.
    pub customized_label: rt::Field<::std::string::String>,
    /// CSDL: property `defaultLabel`: `Edm.String`, nullable.
    pub default_label: rt::Field<::std::string::String>,
    /// CSDL: property `fieldId`: `Edm.String`, nullable.
    pub field_id: rt::Field<::std::string::String>,
    /// CSDL: property `type`: `Edm.String`, nullable.
    pub type_: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for PasswordSingleSignOnField {
    #[inline]
    fn default() -> Self {
        Self {
            customized_label: rt::Field::Absent,
            default_label: rt::Field::Absent,
            field_id: rt::Field::Absent,
            type_: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for PasswordSingleSignOnField {
    const TYPE_NAME: &'static str = "microsoft.graph.passwordSingleSignOnField";
    const KEYS: &'static [&'static str] = &[
        "customizedLabel",
        "defaultLabel",
        "fieldId",
        "type",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"customizedLabel\":              ",
        ",\"defaultLabel\":                 ",
        ",\"fieldId\":                      ",
        ",\"type\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.passwordSingleSignOnField\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "customized_label", &self.customized_label);
        v.field(1usize, "default_label", &self.default_label);
        v.field(2usize, "field_id", &self.field_id);
        v.field(3usize, "type_", &self.type_);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for PasswordSingleSignOnField {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.customized_label.read_from(r),
            1usize => self.default_label.read_from(r),
            2usize => self.field_id.read_from(r),
            3usize => self.type_.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.customized_label);
        w.field(1usize, &self.default_label);
        w.field(2usize, &self.field_id);
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
rt::impl_object!(PasswordSingleSignOnField);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    PasswordSingleSignOnField { with_customized_label customized_label :
    ::std::string::String; with_default_label default_label : ::std::string::String;
    with_field_id field_id : ::std::string::String; with_type type_ :
    ::std::string::String; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(PasswordSingleSignOnField);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.passwordSingleSignOnSettings`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct PasswordSingleSignOnSettings {
    /// CSDL: property `fields`: `Collection(microsoft.graph.passwordSingleSignOnField)`, nullable.
    pub fields: rt::Field<::std::vec::Vec<crate::beta::PasswordSingleSignOnField>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for PasswordSingleSignOnSettings {
    #[inline]
    fn default() -> Self {
        Self {
            fields: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for PasswordSingleSignOnSettings {
    const TYPE_NAME: &'static str = "microsoft.graph.passwordSingleSignOnSettings";
    const KEYS: &'static [&'static str] = &["fields"];
    const KEYS_JSON: &'static [&'static str] = &[",\"fields\":                       "];
    const TAG: &'static str = "\"#microsoft.graph.passwordSingleSignOnSettings\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "fields", &self.fields);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for PasswordSingleSignOnSettings {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.fields.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.fields);
    }
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
rt::impl_object!(PasswordSingleSignOnSettings);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    PasswordSingleSignOnSettings { with_fields fields : ::std::vec::Vec < crate
    ::beta::PasswordSingleSignOnField >; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(PasswordSingleSignOnSettings);
#[cfg(msgraph_beta_core_or_commands)]
/// CSDL: `microsoft.graph.payloadRequest`, complex type, open.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-commands`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct PayloadRequest {
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_commands)]
impl ::std::default::Default for PayloadRequest {
    #[inline]
    fn default() -> Self {
        Self {
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_commands)]
impl rt::Object for PayloadRequest {
    const TYPE_NAME: &'static str = "microsoft.graph.payloadRequest";
    const KEYS: &'static [&'static str] = &[];
    const KEYS_JSON: &'static [&'static str] = &[];
    const TAG: &'static str = "\"#microsoft.graph.payloadRequest\"";
    #[inline]
    #[allow(unused_variables)]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {}
}
#[cfg(msgraph_beta_core_or_commands)]
impl rt::object::Members for PayloadRequest {
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
#[cfg(msgraph_beta_core_or_commands)]
rt::impl_object!(PayloadRequest);
#[cfg(msgraph_beta_core_or_commands)]
#[cfg(feature = "serde")]
rt::impl_serde!(PayloadRequest);
#[cfg(msgraph_beta_payload_response_or_search)]
/// CSDL: `microsoft.graph.payloadResponse`, entity type, derived from `microsoft.graph.entity`, open, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-payload-response`, `beta-search`.
#[derive(Clone)]
pub struct PayloadResponse {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_payload_response_or_search)]
impl ::std::default::Default for PayloadResponse {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_payload_response_or_search)]
impl rt::Object for PayloadResponse {
    const TYPE_NAME: &'static str = "microsoft.graph.payloadResponse";
    const KEYS: &'static [&'static str] = &["id"];
    const KEYS_JSON: &'static [&'static str] = &[",\"id\":                           "];
    const TAG: &'static str = "\"#microsoft.graph.payloadResponse\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
    }
}
#[cfg(msgraph_beta_payload_response_or_search)]
impl rt::object::Members for PayloadResponse {
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
#[cfg(msgraph_beta_payload_response_or_search)]
rt::impl_object!(PayloadResponse);
#[cfg(msgraph_beta_payload_response_or_search)]
rt::impl_setters!(PayloadResponse { with_id id : ::std::string::String; });
#[cfg(msgraph_beta_payload_response_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(PayloadResponse);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.payloadTypes`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct PayloadTypes {
    /// CSDL: property `rawContent`: `Edm.String`, nullable.
    pub raw_content: rt::Field<::std::string::String>,
    /// CSDL: property `visualContent`: `microsoft.graph.visualProperties`, nullable.
    pub visual_content: rt::Field<crate::beta::VisualProperties>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for PayloadTypes {
    #[inline]
    fn default() -> Self {
        Self {
            raw_content: rt::Field::Absent,
            visual_content: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for PayloadTypes {
    const TYPE_NAME: &'static str = "microsoft.graph.payloadTypes";
    const KEYS: &'static [&'static str] = &["rawContent", "visualContent"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"rawContent\":                   ",
        ",\"visualContent\":                ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.payloadTypes\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "raw_content", &self.raw_content);
        v.field(1usize, "visual_content", &self.visual_content);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for PayloadTypes {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.raw_content.read_from(r),
            1usize => self.visual_content.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.raw_content);
        w.field(1usize, &self.visual_content);
    }
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
rt::impl_object!(PayloadTypes);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    PayloadTypes { with_raw_content raw_content : ::std::string::String;
    with_visual_content visual_content : crate ::beta::VisualProperties; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(PayloadTypes);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// CSDL: `microsoft.graph.pendingContentUpdate`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct PendingContentUpdate {
    /// CSDL: property `queuedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub queued_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for PendingContentUpdate {
    #[inline]
    fn default() -> Self {
        Self {
            queued_date_time: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
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
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
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
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_object!(PendingContentUpdate);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    PendingContentUpdate { with_queued_date_time queued_date_time :
    rt::edm::DateTimeOffset; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(PendingContentUpdate);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// CSDL: `microsoft.graph.pendingOperations`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct PendingOperations {
    /// CSDL: property `pendingContentUpdate`: `microsoft.graph.pendingContentUpdate`, nullable.
    pub pending_content_update: rt::Field<crate::beta::PendingContentUpdate>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for PendingOperations {
    #[inline]
    fn default() -> Self {
        Self {
            pending_content_update: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
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
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
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
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_object!(PendingOperations);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    PendingOperations { with_pending_content_update pending_content_update : crate
    ::beta::PendingContentUpdate; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(PendingOperations);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.perfectForwardSecrecyGroup`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum PerfectForwardSecrecyGroup {
    /// `pfs1` (value 0).
    Pfs1,
    /// `pfs2` (value 1).
    Pfs2,
    /// `pfs2048` (value 2).
    Pfs2048,
    /// `ecp256` (value 3).
    Ecp256,
    /// `ecp384` (value 4).
    Ecp384,
    /// `pfsMM` (value 5).
    PfsMm,
    /// `pfs24` (value 6).
    Pfs24,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for PerfectForwardSecrecyGroup {
    const TYPE_NAME: &'static str = "microsoft.graph.perfectForwardSecrecyGroup";
    const MEMBERS: &'static [&'static str] = &[
        "pfs1",
        "pfs2",
        "pfs2048",
        "ecp256",
        "ecp384",
        "pfsMM",
        "pfs24",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "pfs1" => Self::Pfs1,
                "pfs2" => Self::Pfs2,
                "pfs2048" => Self::Pfs2048,
                "ecp256" => Self::Ecp256,
                "ecp384" => Self::Ecp384,
                "pfsMM" => Self::PfsMm,
                "pfs24" => Self::Pfs24,
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
            Self::Pfs1 => "pfs1",
            Self::Pfs2 => "pfs2",
            Self::Pfs2048 => "pfs2048",
            Self::Ecp256 => "ecp256",
            Self::Ecp384 => "ecp384",
            Self::PfsMm => "pfsMM",
            Self::Pfs24 => "pfs24",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(PerfectForwardSecrecyGroup);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(PerfectForwardSecrecyGroup);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.permissionScope`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct PermissionScope {
    /// CSDL: property `adminConsentDescription`: `Edm.String`, nullable.
    pub admin_consent_description: rt::Field<::std::string::String>,
    /// CSDL: property `adminConsentDisplayName`: `Edm.String`, nullable.
    pub admin_consent_display_name: rt::Field<::std::string::String>,
    /// CSDL: property `id`: `Edm.Guid`, not nullable.
    pub id: rt::Field<rt::edm::Guid>,
    /// CSDL: property `isEnabled`: `Edm.Boolean`, not nullable.
    pub is_enabled: rt::Field<bool>,
    /// CSDL: property `origin`: `Edm.String`, nullable.
    pub origin: rt::Field<::std::string::String>,
    /// CSDL: property `type`: `Edm.String`, nullable.
    pub type_: rt::Field<::std::string::String>,
    /// CSDL: property `userConsentDescription`: `Edm.String`, nullable.
    pub user_consent_description: rt::Field<::std::string::String>,
    /// CSDL: property `userConsentDisplayName`: `Edm.String`, nullable.
    pub user_consent_display_name: rt::Field<::std::string::String>,
    /// CSDL: property `value`: `Edm.String`, nullable.
    pub value: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for PermissionScope {
    #[inline]
    fn default() -> Self {
        Self {
            admin_consent_description: rt::Field::Absent,
            admin_consent_display_name: rt::Field::Absent,
            id: rt::Field::Absent,
            is_enabled: rt::Field::Absent,
            origin: rt::Field::Absent,
            type_: rt::Field::Absent,
            user_consent_description: rt::Field::Absent,
            user_consent_display_name: rt::Field::Absent,
            value: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for PermissionScope {
    const TYPE_NAME: &'static str = "microsoft.graph.permissionScope";
    const KEYS: &'static [&'static str] = &[
        "adminConsentDescription",
        "adminConsentDisplayName",
        "id",
        "isEnabled",
        "origin",
        "type",
        "userConsentDescription",
        "userConsentDisplayName",
        "value",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"adminConsentDescription\":      ",
        ",\"adminConsentDisplayName\":      ",
        ",\"id\":                           ",
        ",\"isEnabled\":                    ",
        ",\"origin\":                       ",
        ",\"type\":                         ",
        ",\"userConsentDescription\":       ",
        ",\"userConsentDisplayName\":       ",
        ",\"value\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.permissionScope\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "admin_consent_description", &self.admin_consent_description);
        v.field(1usize, "admin_consent_display_name", &self.admin_consent_display_name);
        v.field(2usize, "id", &self.id);
        v.field(3usize, "is_enabled", &self.is_enabled);
        v.field(4usize, "origin", &self.origin);
        v.field(5usize, "type_", &self.type_);
        v.field(6usize, "user_consent_description", &self.user_consent_description);
        v.field(7usize, "user_consent_display_name", &self.user_consent_display_name);
        v.field(8usize, "value", &self.value);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for PermissionScope {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.admin_consent_description.read_from(r),
            1usize => self.admin_consent_display_name.read_from(r),
            2usize => self.id.read_from(r),
            3usize => self.is_enabled.read_from(r),
            4usize => self.origin.read_from(r),
            5usize => self.type_.read_from(r),
            6usize => self.user_consent_description.read_from(r),
            7usize => self.user_consent_display_name.read_from(r),
            8usize => self.value.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.admin_consent_description);
        w.field(1usize, &self.admin_consent_display_name);
        w.field(2usize, &self.id);
        w.field(3usize, &self.is_enabled);
        w.field(4usize, &self.origin);
        w.field(5usize, &self.type_);
        w.field(6usize, &self.user_consent_description);
        w.field(7usize, &self.user_consent_display_name);
        w.field(8usize, &self.value);
    }
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
rt::impl_object!(PermissionScope);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    PermissionScope { with_admin_consent_description admin_consent_description :
    ::std::string::String; with_admin_consent_display_name admin_consent_display_name :
    ::std::string::String; with_id id : rt::edm::Guid; with_is_enabled is_enabled : bool;
    with_origin origin : ::std::string::String; with_type type_ : ::std::string::String;
    with_user_consent_description user_consent_description : ::std::string::String;
    with_user_consent_display_name user_consent_display_name : ::std::string::String;
    with_value value : ::std::string::String; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(PermissionScope);
#[cfg(msgraph_beta_identity_or_policies_or_search)]
/// CSDL: `microsoft.graph.persistentBrowserSessionControl`, complex type, derived from `microsoft.graph.conditionalAccessSessionControl`.
///
/// Features: `beta`, or one of `beta-identity`, `beta-policies`, `beta-search`.
#[derive(Clone)]
pub struct PersistentBrowserSessionControl {
    /// CSDL: property `isEnabled`: `Edm.Boolean`, nullable.
    pub is_enabled: rt::Field<bool>,
    /// CSDL: property `mode`: `microsoft.graph.persistentBrowserSessionMode`, nullable.
    pub mode: rt::Field<crate::beta::PersistentBrowserSessionMode>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_identity_or_policies_or_search)]
impl ::std::default::Default for PersistentBrowserSessionControl {
    #[inline]
    fn default() -> Self {
        Self {
            is_enabled: rt::Field::Absent,
            mode: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_identity_or_policies_or_search)]
impl rt::Object for PersistentBrowserSessionControl {
    const TYPE_NAME: &'static str = "microsoft.graph.persistentBrowserSessionControl";
    const KEYS: &'static [&'static str] = &["isEnabled", "mode"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"isEnabled\":                    ",
        ",\"mode\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.persistentBrowserSessionControl\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "is_enabled", &self.is_enabled);
        v.field(1usize, "mode", &self.mode);
    }
}
#[cfg(msgraph_beta_identity_or_policies_or_search)]
impl rt::object::Members for PersistentBrowserSessionControl {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.is_enabled.read_from(r),
            1usize => self.mode.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.is_enabled);
        w.field(1usize, &self.mode);
    }
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
rt::impl_object!(PersistentBrowserSessionControl);
#[cfg(msgraph_beta_identity_or_policies_or_search)]
rt::impl_setters!(
    PersistentBrowserSessionControl { with_is_enabled is_enabled : bool; with_mode mode :
    crate ::beta::PersistentBrowserSessionMode; }
);
#[cfg(msgraph_beta_identity_or_policies_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(PersistentBrowserSessionControl);
#[cfg(msgraph_beta_identity_or_policies_or_search)]
/// CSDL: `microsoft.graph.persistentBrowserSessionMode`, enum type.
///
/// Features: `beta`, or one of `beta-identity`, `beta-policies`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum PersistentBrowserSessionMode {
    /// `always` (value 0).
    Always,
    /// `never` (value 1).
    Never,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_identity_or_policies_or_search)]
impl rt::StrEnum for PersistentBrowserSessionMode {
    const TYPE_NAME: &'static str = "microsoft.graph.persistentBrowserSessionMode";
    const MEMBERS: &'static [&'static str] = &["always", "never"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "always" => Self::Always,
                "never" => Self::Never,
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
            Self::Always => "always",
            Self::Never => "never",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_identity_or_policies_or_search)]
rt::impl_enum!(PersistentBrowserSessionMode);
#[cfg(msgraph_beta_identity_or_policies_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(PersistentBrowserSessionMode);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.person`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct Person {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `birthday`: `Edm.String`, nullable.
    pub birthday: rt::Field<::std::string::String>,
    /// CSDL: property `companyName`: `Edm.String`, nullable.
    pub company_name: rt::Field<::std::string::String>,
    /// CSDL: property `department`: `Edm.String`, nullable.
    pub department: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `emailAddresses`: `Collection(microsoft.graph.rankedEmailAddress)`, nullable.
    pub email_addresses: rt::Field<::std::vec::Vec<crate::beta::RankedEmailAddress>>,
    /// CSDL: property `givenName`: `Edm.String`, nullable.
    pub given_name: rt::Field<::std::string::String>,
    /// CSDL: property `isFavorite`: `Edm.Boolean`, nullable.
    pub is_favorite: rt::Field<bool>,
    /// CSDL: property `mailboxType`: `Edm.String`, nullable.
    pub mailbox_type: rt::Field<::std::string::String>,
    /// CSDL: property `officeLocation`: `Edm.String`, nullable.
    pub office_location: rt::Field<::std::string::String>,
    /// CSDL: property `personNotes`: `Edm.String`, nullable.
    pub person_notes: rt::Field<::std::string::String>,
    /// CSDL: property `personType`: `Edm.String`, nullable.
    pub person_type: rt::Field<::std::string::String>,
    /// CSDL: property `phones`: `Collection(microsoft.graph.phone)`, nullable.
    pub phones: rt::Field<::std::vec::Vec<crate::beta::Phone>>,
    /// CSDL: property `postalAddresses`: `Collection(microsoft.graph.location)`, nullable.
    pub postal_addresses: rt::Field<::std::vec::Vec<crate::beta::AnyLocation>>,
    /// CSDL: property `profession`: `Edm.String`, nullable.
    pub profession: rt::Field<::std::string::String>,
    /// CSDL: property `sources`: `Collection(microsoft.graph.personDataSource)`, nullable.
    pub sources: rt::Field<::std::vec::Vec<crate::beta::PersonDataSource>>,
    /// CSDL: property `surname`: `Edm.String`, nullable.
    pub surname: rt::Field<::std::string::String>,
    /// CSDL: property `title`: `Edm.String`, nullable.
    pub title: rt::Field<::std::string::String>,
    /// CSDL: property `userPrincipalName`: `Edm.String`, nullable.
    pub user_principal_name: rt::Field<::std::string::String>,
    /// CSDL: property `websites`: `Collection(microsoft.graph.website)`, nullable.
    pub websites: rt::Field<::std::vec::Vec<crate::beta::Website>>,
    /// CSDL: property `yomiCompany`: `Edm.String`, nullable.
    pub yomi_company: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for Person {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            birthday: rt::Field::Absent,
            company_name: rt::Field::Absent,
            department: rt::Field::Absent,
            display_name: rt::Field::Absent,
            email_addresses: rt::Field::Absent,
            given_name: rt::Field::Absent,
            is_favorite: rt::Field::Absent,
            mailbox_type: rt::Field::Absent,
            office_location: rt::Field::Absent,
            person_notes: rt::Field::Absent,
            person_type: rt::Field::Absent,
            phones: rt::Field::Absent,
            postal_addresses: rt::Field::Absent,
            profession: rt::Field::Absent,
            sources: rt::Field::Absent,
            surname: rt::Field::Absent,
            title: rt::Field::Absent,
            user_principal_name: rt::Field::Absent,
            websites: rt::Field::Absent,
            yomi_company: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for Person {
    const TYPE_NAME: &'static str = "microsoft.graph.person";
    const KEYS: &'static [&'static str] = &[
        "id",
        "birthday",
        "companyName",
        "department",
        "displayName",
        "emailAddresses",
        "givenName",
        "isFavorite",
        "mailboxType",
        "officeLocation",
        "personNotes",
        "personType",
        "phones",
        "postalAddresses",
        "profession",
        "sources",
        "surname",
        "title",
        "userPrincipalName",
        "websites",
        "yomiCompany",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"birthday\":                     ",
        ",\"companyName\":                  ",
        ",\"department\":                   ",
        ",\"displayName\":                  ",
        ",\"emailAddresses\":               ",
        ",\"givenName\":                    ",
        ",\"isFavorite\":                   ",
        ",\"mailboxType\":                  ",
        ",\"officeLocation\":               ",
        ",\"personNotes\":                  ",
        ",\"personType\":                   ",
        ",\"phones\":                       ",
        ",\"postalAddresses\":              ",
        ",\"profession\":                   ",
        ",\"sources\":                      ",
        ",\"surname\":                      ",
        ",\"title\":                        ",
        ",\"userPrincipalName\":            ",
        ",\"websites\":                     ",
        ",\"yomiCompany\":                  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.person\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "birthday", &self.birthday);
        v.field(2usize, "company_name", &self.company_name);
        v.field(3usize, "department", &self.department);
        v.field(4usize, "display_name", &self.display_name);
        v.field(5usize, "email_addresses", &self.email_addresses);
        v.field(6usize, "given_name", &self.given_name);
        v.field(7usize, "is_favorite", &self.is_favorite);
        v.field(8usize, "mailbox_type", &self.mailbox_type);
        v.field(9usize, "office_location", &self.office_location);
        v.field(10usize, "person_notes", &self.person_notes);
        v.field(11usize, "person_type", &self.person_type);
        v.field(12usize, "phones", &self.phones);
        v.field(13usize, "postal_addresses", &self.postal_addresses);
        v.field(14usize, "profession", &self.profession);
        v.field(15usize, "sources", &self.sources);
        v.field(16usize, "surname", &self.surname);
        v.field(17usize, "title", &self.title);
        v.field(18usize, "user_principal_name", &self.user_principal_name);
        v.field(19usize, "websites", &self.websites);
        v.field(20usize, "yomi_company", &self.yomi_company);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for Person {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.birthday.read_from(r),
            2usize => self.company_name.read_from(r),
            3usize => self.department.read_from(r),
            4usize => self.display_name.read_from(r),
            5usize => self.email_addresses.read_from(r),
            6usize => self.given_name.read_from(r),
            7usize => self.is_favorite.read_from(r),
            8usize => self.mailbox_type.read_from(r),
            9usize => self.office_location.read_from(r),
            10usize => self.person_notes.read_from(r),
            11usize => self.person_type.read_from(r),
            12usize => self.phones.read_from(r),
            13usize => self.postal_addresses.read_from(r),
            14usize => self.profession.read_from(r),
            15usize => self.sources.read_from(r),
            16usize => self.surname.read_from(r),
            17usize => self.title.read_from(r),
            18usize => self.user_principal_name.read_from(r),
            19usize => self.websites.read_from(r),
            20usize => self.yomi_company.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.birthday);
        w.field(2usize, &self.company_name);
        w.field(3usize, &self.department);
        w.field(4usize, &self.display_name);
        w.field(5usize, &self.email_addresses);
        w.field(6usize, &self.given_name);
        w.field(7usize, &self.is_favorite);
        w.field(8usize, &self.mailbox_type);
        w.field(9usize, &self.office_location);
        w.field(10usize, &self.person_notes);
        w.field(11usize, &self.person_type);
        w.field(12usize, &self.phones);
        w.field(13usize, &self.postal_addresses);
        w.field(14usize, &self.profession);
        w.field(15usize, &self.sources);
        w.field(16usize, &self.surname);
        w.field(17usize, &self.title);
        w.field(18usize, &self.user_principal_name);
        w.field(19usize, &self.websites);
        w.field(20usize, &self.yomi_company);
    }
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
rt::impl_object!(Person);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    Person { with_id id : ::std::string::String; with_birthday birthday :
    ::std::string::String; with_company_name company_name : ::std::string::String;
    with_department department : ::std::string::String; with_display_name display_name :
    ::std::string::String; with_email_addresses email_addresses : ::std::vec::Vec < crate
    ::beta::RankedEmailAddress >; with_given_name given_name : ::std::string::String;
    with_is_favorite is_favorite : bool; with_mailbox_type mailbox_type :
    ::std::string::String; with_office_location office_location : ::std::string::String;
    with_person_notes person_notes : ::std::string::String; with_person_type person_type
    : ::std::string::String; with_phones phones : ::std::vec::Vec < crate ::beta::Phone
    >; with_postal_addresses postal_addresses : ::std::vec::Vec < crate
    ::beta::AnyLocation >; with_profession profession : ::std::string::String;
    with_sources sources : ::std::vec::Vec < crate ::beta::PersonDataSource >;
    with_surname surname : ::std::string::String; with_title title :
    ::std::string::String; with_user_principal_name user_principal_name :
    ::std::string::String; with_websites websites : ::std::vec::Vec < crate
    ::beta::Website >; with_yomi_company yomi_company : ::std::string::String; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(Person);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.personDataSource`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct PersonDataSource {
    /// CSDL: property `type`: `Edm.String`, nullable.
    pub type_: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for PersonDataSource {
    #[inline]
    fn default() -> Self {
        Self {
            type_: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for PersonDataSource {
    const TYPE_NAME: &'static str = "microsoft.graph.personDataSource";
    const KEYS: &'static [&'static str] = &["type"];
    const KEYS_JSON: &'static [&'static str] = &[",\"type\":                         "];
    const TAG: &'static str = "\"#microsoft.graph.personDataSource\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "type_", &self.type_);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for PersonDataSource {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.type_.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.type_);
    }
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
rt::impl_object!(PersonDataSource);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(PersonDataSource { with_type type_ : ::std::string::String; });
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(PersonDataSource);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
/// CSDL: `microsoft.graph.personOrGroupColumn`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 14 more area features (listed in `msgraph-models`' Cargo.toml).
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
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
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
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
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
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
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
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
rt::impl_object!(PersonOrGroupColumn);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
rt::impl_setters!(
    PersonOrGroupColumn { with_allow_multiple_selection allow_multiple_selection : bool;
    with_choose_from_type choose_from_type : ::std::string::String; with_display_as
    display_as : ::std::string::String; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
#[cfg(feature = "serde")]
rt::impl_serde!(PersonOrGroupColumn);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.physicalOfficeAddress`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct PhysicalOfficeAddress {
    /// CSDL: property `city`: `Edm.String`, nullable.
    pub city: rt::Field<::std::string::String>,
    /// CSDL: property `countryOrRegion`: `Edm.String`, nullable.
    pub country_or_region: rt::Field<::std::string::String>,
    /// CSDL: property `officeLocation`: `Edm.String`, nullable.
    pub office_location: rt::Field<::std::string::String>,
    /// CSDL: property `postalCode`: `Edm.String`, nullable.
    pub postal_code: rt::Field<::std::string::String>,
    /// CSDL: property `state`: `Edm.String`, nullable.
    pub state: rt::Field<::std::string::String>,
    /// CSDL: property `street`: `Edm.String`, nullable.
    pub street: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for PhysicalOfficeAddress {
    #[inline]
    fn default() -> Self {
        Self {
            city: rt::Field::Absent,
            country_or_region: rt::Field::Absent,
            office_location: rt::Field::Absent,
            postal_code: rt::Field::Absent,
            state: rt::Field::Absent,
            street: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for PhysicalOfficeAddress {
    const TYPE_NAME: &'static str = "microsoft.graph.physicalOfficeAddress";
    const KEYS: &'static [&'static str] = &[
        "city",
        "countryOrRegion",
        "officeLocation",
        "postalCode",
        "state",
        "street",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"city\":                         ",
        ",\"countryOrRegion\":              ",
        ",\"officeLocation\":               ",
        ",\"postalCode\":                   ",
        ",\"state\":                        ",
        ",\"street\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.physicalOfficeAddress\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "city", &self.city);
        v.field(1usize, "country_or_region", &self.country_or_region);
        v.field(2usize, "office_location", &self.office_location);
        v.field(3usize, "postal_code", &self.postal_code);
        v.field(4usize, "state", &self.state);
        v.field(5usize, "street", &self.street);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for PhysicalOfficeAddress {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.city.read_from(r),
            1usize => self.country_or_region.read_from(r),
            2usize => self.office_location.read_from(r),
            3usize => self.postal_code.read_from(r),
            4usize => self.state.read_from(r),
            5usize => self.street.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.city);
        w.field(1usize, &self.country_or_region);
        w.field(2usize, &self.office_location);
        w.field(3usize, &self.postal_code);
        w.field(4usize, &self.state);
        w.field(5usize, &self.street);
    }
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
rt::impl_object!(PhysicalOfficeAddress);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    PhysicalOfficeAddress { with_city city : ::std::string::String;
    with_country_or_region country_or_region : ::std::string::String;
    with_office_location office_location : ::std::string::String; with_postal_code
    postal_code : ::std::string::String; with_state state : ::std::string::String;
    with_street street : ::std::string::String; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(PhysicalOfficeAddress);
#[cfg(msgraph_beta_identity_or_search)]
/// CSDL: `microsoft.graph.pkcs12Certificate`, complex type, derived from `microsoft.graph.apiAuthenticationConfigurationBase`.
///
/// Features: `beta`, or one of `beta-identity`, `beta-search`.
#[derive(Clone)]
pub struct Pkcs12Certificate {
    /// CSDL: property `password`: `Edm.String`, nullable.
    pub password: rt::Field<::std::string::String>,
    /// CSDL: property `pkcs12Value`: `Edm.String`, nullable.
    pub pkcs12_value: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_identity_or_search)]
impl ::std::default::Default for Pkcs12Certificate {
    #[inline]
    fn default() -> Self {
        Self {
            password: rt::Field::Absent,
            pkcs12_value: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_identity_or_search)]
impl rt::Object for Pkcs12Certificate {
    const TYPE_NAME: &'static str = "microsoft.graph.pkcs12Certificate";
    const KEYS: &'static [&'static str] = &["password", "pkcs12Value"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"password\":                     ",
        ",\"pkcs12Value\":                  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.pkcs12Certificate\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "password", &self.password);
        v.field(1usize, "pkcs12_value", &self.pkcs12_value);
    }
}
#[cfg(msgraph_beta_identity_or_search)]
impl rt::object::Members for Pkcs12Certificate {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.password.read_from(r),
            1usize => self.pkcs12_value.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.password);
        w.field(1usize, &self.pkcs12_value);
    }
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
rt::impl_object!(Pkcs12Certificate);
#[cfg(msgraph_beta_identity_or_search)]
rt::impl_setters!(
    Pkcs12Certificate { with_password password : ::std::string::String; with_pkcs12_value
    pkcs12_value : ::std::string::String; }
);
#[cfg(msgraph_beta_identity_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(Pkcs12Certificate);
#[cfg(msgraph_beta_identity_or_search)]
/// CSDL: `microsoft.graph.pkcs12CertificateInformation`, complex type.
///
/// Features: `beta`, or one of `beta-identity`, `beta-search`.
#[derive(Clone)]
pub struct Pkcs12CertificateInformation {
    /// CSDL: property `isActive`: `Edm.Boolean`, not nullable.
    pub is_active: rt::Field<bool>,
    /// CSDL: property `notAfter`: `Edm.Int64`, not nullable.
    pub not_after: rt::Field<i64>,
    /// CSDL: property `notBefore`: `Edm.Int64`, not nullable.
    pub not_before: rt::Field<i64>,
    /// CSDL: property `thumbprint`: `Edm.String`, nullable.
    pub thumbprint: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_identity_or_search)]
impl ::std::default::Default for Pkcs12CertificateInformation {
    #[inline]
    fn default() -> Self {
        Self {
            is_active: rt::Field::Absent,
            not_after: rt::Field::Absent,
            not_before: rt::Field::Absent,
            thumbprint: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_identity_or_search)]
impl rt::Object for Pkcs12CertificateInformation {
    const TYPE_NAME: &'static str = "microsoft.graph.pkcs12CertificateInformation";
    const KEYS: &'static [&'static str] = &[
        "isActive",
        "notAfter",
        "notBefore",
        "thumbprint",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"isActive\":                     ",
        ",\"notAfter\":                     ",
        ",\"notBefore\":                    ",
        ",\"thumbprint\":                   ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.pkcs12CertificateInformation\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "is_active", &self.is_active);
        v.field(1usize, "not_after", &self.not_after);
        v.field(2usize, "not_before", &self.not_before);
        v.field(3usize, "thumbprint", &self.thumbprint);
    }
}
#[cfg(msgraph_beta_identity_or_search)]
impl rt::object::Members for Pkcs12CertificateInformation {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.is_active.read_from(r),
            1usize => self.not_after.read_from(r),
            2usize => self.not_before.read_from(r),
            3usize => self.thumbprint.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.is_active);
        w.field(1usize, &self.not_after);
        w.field(2usize, &self.not_before);
        w.field(3usize, &self.thumbprint);
    }
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
rt::impl_object!(Pkcs12CertificateInformation);
#[cfg(msgraph_beta_identity_or_search)]
rt::impl_setters!(
    Pkcs12CertificateInformation { with_is_active is_active : bool; with_not_after
    not_after : i64; with_not_before not_before : i64; with_thumbprint thumbprint :
    ::std::string::String; }
);
#[cfg(msgraph_beta_identity_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(Pkcs12CertificateInformation);
#[cfg(msgraph_beta_places_or_search)]
/// CSDL: `microsoft.graph.place`, entity type, derived from `microsoft.graph.entity`, abstract, key `id`.
///
/// Request builders: [`PlacePath`](requests/trait.PlacePath.html), what a path to one (`EntityPath<AnyPlace, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-places`, `beta-search`.
#[derive(Clone)]
pub struct Place {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `address`: `microsoft.graph.physicalAddress`, nullable.
    pub address: rt::Field<crate::beta::PhysicalAddress>,
    /// CSDL: property `displayName`: `Edm.String`, not nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `geoCoordinates`: `microsoft.graph.outlookGeoCoordinates`, nullable.
    pub geo_coordinates: rt::Field<crate::beta::OutlookGeoCoordinates>,
    /// CSDL: property `phone`: `Edm.String`, nullable.
    pub phone: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_places_or_search)]
impl ::std::default::Default for Place {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            address: rt::Field::Absent,
            display_name: rt::Field::Absent,
            geo_coordinates: rt::Field::Absent,
            phone: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_places_or_search)]
impl rt::Object for Place {
    const TYPE_NAME: &'static str = "microsoft.graph.place";
    const KEYS: &'static [&'static str] = &[
        "id",
        "address",
        "displayName",
        "geoCoordinates",
        "phone",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"address\":                      ",
        ",\"displayName\":                  ",
        ",\"geoCoordinates\":               ",
        ",\"phone\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.place\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "address", &self.address);
        v.field(2usize, "display_name", &self.display_name);
        v.field(3usize, "geo_coordinates", &self.geo_coordinates);
        v.field(4usize, "phone", &self.phone);
    }
}
#[cfg(msgraph_beta_places_or_search)]
impl rt::object::Members for Place {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.address.read_from(r),
            2usize => self.display_name.read_from(r),
            3usize => self.geo_coordinates.read_from(r),
            4usize => self.phone.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.address);
        w.field(2usize, &self.display_name);
        w.field(3usize, &self.geo_coordinates);
        w.field(4usize, &self.phone);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_places_or_search)]
rt::impl_object!(Place);
#[cfg(msgraph_beta_places_or_search)]
rt::impl_setters!(
    Place { with_id id : ::std::string::String; with_address address : crate
    ::beta::PhysicalAddress; with_display_name display_name : ::std::string::String;
    with_geo_coordinates geo_coordinates : crate ::beta::OutlookGeoCoordinates;
    with_phone phone : ::std::string::String; }
);
#[cfg(msgraph_beta_places_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(Place);
#[cfg(msgraph_beta_places_or_search)]
/// `microsoft.graph.place` or any type derived from it, selected by `@odata.type` (3 types); each variant's type converts into it (`From`).
///
/// Features: `beta`, or one of `beta-places`, `beta-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyPlace {
    Place(::std::boxed::Box<crate::beta::Place>),
    Room(::std::boxed::Box<crate::beta::Room>),
    RoomList(::std::boxed::Box<crate::beta::RoomList>),
}
#[cfg(msgraph_beta_places_or_search)]
impl ::std::default::Default for AnyPlace {
    #[inline]
    fn default() -> Self {
        Self::Place(::std::default::Default::default())
    }
}
#[cfg(msgraph_beta_places_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::Place> for AnyPlace {
    #[inline]
    fn from(v: crate::beta::Place) -> Self {
        Self::Place(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_places_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::Room> for AnyPlace {
    #[inline]
    fn from(v: crate::beta::Room) -> Self {
        Self::Room(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_places_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::RoomList> for AnyPlace {
    #[inline]
    fn from(v: crate::beta::RoomList) -> Self {
        Self::RoomList(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_places_or_search)]
unsafe impl ::std::marker::Send for AnyPlace {}
#[cfg(msgraph_beta_places_or_search)]
unsafe impl ::std::marker::Sync for AnyPlace {}
#[cfg(msgraph_beta_places_or_search)]
impl ::std::marker::Unpin for AnyPlace {}
#[cfg(msgraph_beta_places_or_search)]
impl ::std::panic::UnwindSafe for AnyPlace {}
#[cfg(msgraph_beta_places_or_search)]
impl ::std::panic::RefUnwindSafe for AnyPlace {}
#[cfg(msgraph_beta_places_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::beta::Place>();
    rt::object::auto_traits::<crate::beta::Room>();
    rt::object::auto_traits::<crate::beta::RoomList>();
};
#[cfg(msgraph_beta_places_or_search)]
impl rt::Poly for AnyPlace {
    const BASE_NAME: &'static str = "microsoft.graph.place";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some("microsoft.graph.room") => {
                Self::Room(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.roomList") => {
                Self::RoomList(rt::object::new_boxed())
            }
            _ => Self::Place(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::Place(v) => &**v,
            Self::Room(v) => &**v,
            Self::RoomList(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::Place(v) => &mut **v,
            Self::Room(v) => &mut **v,
            Self::RoomList(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_beta_places_or_search)]
impl AnyPlace {
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
            Self::Place(v) => &v.id,
            Self::Room(v) => &v.id,
            Self::RoomList(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::Place(v) => &mut v.id,
            Self::Room(v) => &mut v.id,
            Self::RoomList(v) => &mut v.id,
        }
    }
    /// `address` of any variant.
    #[inline]
    pub fn address(&self) -> &rt::Field<crate::beta::PhysicalAddress> {
        match self {
            Self::Place(v) => &v.address,
            Self::Room(v) => &v.address,
            Self::RoomList(v) => &v.address,
        }
    }
    /// `address` of any variant.
    #[inline]
    pub fn address_mut(&mut self) -> &mut rt::Field<crate::beta::PhysicalAddress> {
        match self {
            Self::Place(v) => &mut v.address,
            Self::Room(v) => &mut v.address,
            Self::RoomList(v) => &mut v.address,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::Place(v) => &v.display_name,
            Self::Room(v) => &v.display_name,
            Self::RoomList(v) => &v.display_name,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::Place(v) => &mut v.display_name,
            Self::Room(v) => &mut v.display_name,
            Self::RoomList(v) => &mut v.display_name,
        }
    }
    /// `geoCoordinates` of any variant.
    #[inline]
    pub fn geo_coordinates(&self) -> &rt::Field<crate::beta::OutlookGeoCoordinates> {
        match self {
            Self::Place(v) => &v.geo_coordinates,
            Self::Room(v) => &v.geo_coordinates,
            Self::RoomList(v) => &v.geo_coordinates,
        }
    }
    /// `geoCoordinates` of any variant.
    #[inline]
    pub fn geo_coordinates_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::OutlookGeoCoordinates> {
        match self {
            Self::Place(v) => &mut v.geo_coordinates,
            Self::Room(v) => &mut v.geo_coordinates,
            Self::RoomList(v) => &mut v.geo_coordinates,
        }
    }
    /// `phone` of any variant.
    #[inline]
    pub fn phone(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::Place(v) => &v.phone,
            Self::Room(v) => &v.phone,
            Self::RoomList(v) => &v.phone,
        }
    }
    /// `phone` of any variant.
    #[inline]
    pub fn phone_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::Place(v) => &mut v.phone,
            Self::Room(v) => &mut v.phone,
            Self::RoomList(v) => &mut v.phone,
        }
    }
}
#[cfg(msgraph_beta_places_or_search)]
rt::impl_poly!(AnyPlace);
#[cfg(msgraph_beta_places_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyPlace);
#[cfg(msgraph_beta_planner)]
/// CSDL: `microsoft.graph.planner`, entity type.
///
/// Request builders: [`PlannerPath`](requests/trait.PlannerPath.html), what a path to one (`EntityPath<Planner, C>`) dereferences to.
///
/// Features: `beta` or `beta-planner`.
#[derive(Clone)]
pub struct Planner {
    /// CSDL: containment navigation property `buckets`: `Collection(microsoft.graph.plannerBucket)`, not nullable.
    pub buckets: rt::Field<::std::vec::Vec<crate::beta::PlannerBucket>>,
    /// CSDL: containment navigation property `plans`: `Collection(microsoft.graph.plannerPlan)`, not nullable.
    pub plans: rt::Field<::std::vec::Vec<crate::beta::PlannerPlan>>,
    /// CSDL: containment navigation property `rosters`: `Collection(microsoft.graph.plannerRoster)`, not nullable.
    pub rosters: rt::Field<::std::vec::Vec<crate::beta::PlannerRoster>>,
    /// CSDL: containment navigation property `tasks`: `Collection(microsoft.graph.plannerTask)`, not nullable.
    pub tasks: rt::Field<::std::vec::Vec<crate::beta::PlannerTask>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_planner)]
impl ::std::default::Default for Planner {
    #[inline]
    fn default() -> Self {
        Self {
            buckets: rt::Field::Absent,
            plans: rt::Field::Absent,
            rosters: rt::Field::Absent,
            tasks: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_planner)]
impl rt::Object for Planner {
    const TYPE_NAME: &'static str = "microsoft.graph.planner";
    const KEYS: &'static [&'static str] = &["buckets", "plans", "rosters", "tasks"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"buckets\":                      ",
        ",\"plans\":                        ",
        ",\"rosters\":                      ",
        ",\"tasks\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.planner\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "buckets", &self.buckets);
        v.field(1usize, "plans", &self.plans);
        v.field(2usize, "rosters", &self.rosters);
        v.field(3usize, "tasks", &self.tasks);
    }
}
#[cfg(msgraph_beta_planner)]
impl rt::object::Members for Planner {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.buckets.read_from(r),
            1usize => self.plans.read_from(r),
            2usize => self.rosters.read_from(r),
            3usize => self.tasks.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.buckets);
        w.field(1usize, &self.plans);
        w.field(2usize, &self.rosters);
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
#[cfg(msgraph_beta_planner)]
rt::impl_object!(Planner);
#[cfg(msgraph_beta_planner)]
rt::impl_setters!(
    Planner { with_buckets buckets : ::std::vec::Vec < crate ::beta::PlannerBucket >;
    with_plans plans : ::std::vec::Vec < crate ::beta::PlannerPlan >; with_rosters
    rosters : ::std::vec::Vec < crate ::beta::PlannerRoster >; with_tasks tasks :
    ::std::vec::Vec < crate ::beta::PlannerTask >; }
);
#[cfg(msgraph_beta_planner)]
#[cfg(feature = "serde")]
rt::impl_serde!(Planner);
#[cfg(msgraph_beta_core_or_planner)]
/// CSDL: `microsoft.graph.plannerAppliedCategories`, complex type, open.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct PlannerAppliedCategories {
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_planner)]
impl ::std::default::Default for PlannerAppliedCategories {
    #[inline]
    fn default() -> Self {
        Self {
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_planner)]
impl rt::Object for PlannerAppliedCategories {
    const TYPE_NAME: &'static str = "microsoft.graph.plannerAppliedCategories";
    const KEYS: &'static [&'static str] = &[];
    const KEYS_JSON: &'static [&'static str] = &[];
    const TAG: &'static str = "\"#microsoft.graph.plannerAppliedCategories\"";
    #[inline]
    #[allow(unused_variables)]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {}
}
#[cfg(msgraph_beta_core_or_planner)]
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
#[cfg(msgraph_beta_core_or_planner)]
rt::impl_object!(PlannerAppliedCategories);
#[cfg(msgraph_beta_core_or_planner)]
#[cfg(feature = "serde")]
rt::impl_serde!(PlannerAppliedCategories);
#[cfg(msgraph_beta_core_or_planner)]
/// CSDL: `microsoft.graph.plannerAssignedToTaskBoardTaskFormat`, entity type, derived from `microsoft.graph.plannerDelta`, key `id`.
///
/// Request builders: [`PlannerAssignedToTaskBoardTaskFormatPath`](requests/trait.PlannerAssignedToTaskBoardTaskFormatPath.html), what a path to one (`EntityPath<PlannerAssignedToTaskBoardTaskFormat, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct PlannerAssignedToTaskBoardTaskFormat {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `orderHintsByAssignee`: `microsoft.graph.plannerOrderHintsByAssignee`, nullable.
    pub order_hints_by_assignee: rt::Field<crate::beta::PlannerOrderHintsByAssignee>,
    /// CSDL: property `unassignedOrderHint`: `Edm.String`, nullable.
    pub unassigned_order_hint: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_planner)]
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
#[cfg(msgraph_beta_core_or_planner)]
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
#[cfg(msgraph_beta_core_or_planner)]
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
#[cfg(msgraph_beta_core_or_planner)]
rt::impl_object!(PlannerAssignedToTaskBoardTaskFormat);
#[cfg(msgraph_beta_core_or_planner)]
rt::impl_setters!(
    PlannerAssignedToTaskBoardTaskFormat { with_id id : ::std::string::String;
    with_order_hints_by_assignee order_hints_by_assignee : crate
    ::beta::PlannerOrderHintsByAssignee; with_unassigned_order_hint unassigned_order_hint
    : ::std::string::String; }
);
#[cfg(msgraph_beta_core_or_planner)]
#[cfg(feature = "serde")]
rt::impl_serde!(PlannerAssignedToTaskBoardTaskFormat);
#[cfg(msgraph_beta_core_or_planner)]
/// CSDL: `microsoft.graph.plannerAssignments`, complex type, open.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct PlannerAssignments {
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_planner)]
impl ::std::default::Default for PlannerAssignments {
    #[inline]
    fn default() -> Self {
        Self {
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_planner)]
impl rt::Object for PlannerAssignments {
    const TYPE_NAME: &'static str = "microsoft.graph.plannerAssignments";
    const KEYS: &'static [&'static str] = &[];
    const KEYS_JSON: &'static [&'static str] = &[];
    const TAG: &'static str = "\"#microsoft.graph.plannerAssignments\"";
    #[inline]
    #[allow(unused_variables)]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {}
}
#[cfg(msgraph_beta_core_or_planner)]
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
#[cfg(msgraph_beta_core_or_planner)]
rt::impl_object!(PlannerAssignments);
#[cfg(msgraph_beta_core_or_planner)]
#[cfg(feature = "serde")]
rt::impl_serde!(PlannerAssignments);
#[cfg(msgraph_beta_core_or_planner)]
/// CSDL: `microsoft.graph.plannerBucket`, entity type, derived from `microsoft.graph.plannerDelta`, key `id`.
///
/// Request builders: [`PlannerBucketPath`](requests/trait.PlannerBucketPath.html), what a path to one (`EntityPath<PlannerBucket, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
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
    pub tasks: rt::Field<::std::vec::Vec<crate::beta::PlannerTask>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_planner)]
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
#[cfg(msgraph_beta_core_or_planner)]
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
#[cfg(msgraph_beta_core_or_planner)]
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
#[cfg(msgraph_beta_core_or_planner)]
rt::impl_object!(PlannerBucket);
#[cfg(msgraph_beta_core_or_planner)]
rt::impl_setters!(
    PlannerBucket { with_id id : ::std::string::String; with_name name :
    ::std::string::String; with_order_hint order_hint : ::std::string::String;
    with_plan_id plan_id : ::std::string::String; with_tasks tasks : ::std::vec::Vec <
    crate ::beta::PlannerTask >; }
);
#[cfg(msgraph_beta_core_or_planner)]
#[cfg(feature = "serde")]
rt::impl_serde!(PlannerBucket);
#[cfg(msgraph_beta_core_or_planner)]
/// CSDL: `microsoft.graph.plannerBucketTaskBoardTaskFormat`, entity type, derived from `microsoft.graph.plannerDelta`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct PlannerBucketTaskBoardTaskFormat {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `orderHint`: `Edm.String`, nullable.
    pub order_hint: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_planner)]
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
#[cfg(msgraph_beta_core_or_planner)]
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
#[cfg(msgraph_beta_core_or_planner)]
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
#[cfg(msgraph_beta_core_or_planner)]
rt::impl_object!(PlannerBucketTaskBoardTaskFormat);
#[cfg(msgraph_beta_core_or_planner)]
rt::impl_setters!(
    PlannerBucketTaskBoardTaskFormat { with_id id : ::std::string::String;
    with_order_hint order_hint : ::std::string::String; }
);
#[cfg(msgraph_beta_core_or_planner)]
#[cfg(feature = "serde")]
rt::impl_serde!(PlannerBucketTaskBoardTaskFormat);
#[cfg(msgraph_beta_core_or_planner)]
/// CSDL: `microsoft.graph.plannerCategoryDescriptions`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
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
#[cfg(msgraph_beta_core_or_planner)]
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
#[cfg(msgraph_beta_core_or_planner)]
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
#[cfg(msgraph_beta_core_or_planner)]
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
#[cfg(msgraph_beta_core_or_planner)]
rt::impl_object!(PlannerCategoryDescriptions);
#[cfg(msgraph_beta_core_or_planner)]
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
#[cfg(msgraph_beta_core_or_planner)]
#[cfg(feature = "serde")]
rt::impl_serde!(PlannerCategoryDescriptions);
#[cfg(msgraph_beta_any_area)]
/// CSDL: `microsoft.graph.plannerChecklistItem`, complex type.
///
/// Feature: `beta` or any `beta-*` area feature.
#[derive(Clone)]
pub struct PlannerChecklistItem {
    /// CSDL: property `isChecked`: `Edm.Boolean`, nullable.
    pub is_checked: rt::Field<bool>,
    /// CSDL: property `lastModifiedBy`: `microsoft.graph.identitySet`, nullable.
    pub last_modified_by: rt::Field<crate::beta::IdentitySet>,
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `orderHint`: `Edm.String`, nullable.
    pub order_hint: rt::Field<::std::string::String>,
    /// CSDL: property `title`: `Edm.String`, nullable.
    pub title: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_any_area)]
impl ::std::default::Default for PlannerChecklistItem {
    #[inline]
    fn default() -> Self {
        Self {
            is_checked: rt::Field::Absent,
            last_modified_by: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            order_hint: rt::Field::Absent,
            title: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_any_area)]
impl rt::Object for PlannerChecklistItem {
    const TYPE_NAME: &'static str = "microsoft.graph.plannerChecklistItem";
    const KEYS: &'static [&'static str] = &[
        "isChecked",
        "lastModifiedBy",
        "lastModifiedDateTime",
        "orderHint",
        "title",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"isChecked\":                    ",
        ",\"lastModifiedBy\":               ",
        ",\"lastModifiedDateTime\":         ",
        ",\"orderHint\":                    ",
        ",\"title\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.plannerChecklistItem\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "is_checked", &self.is_checked);
        v.field(1usize, "last_modified_by", &self.last_modified_by);
        v.field(2usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(3usize, "order_hint", &self.order_hint);
        v.field(4usize, "title", &self.title);
    }
}
#[cfg(msgraph_beta_any_area)]
impl rt::object::Members for PlannerChecklistItem {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.is_checked.read_from(r),
            1usize => self.last_modified_by.read_from(r),
            2usize => self.last_modified_date_time.read_from(r),
            3usize => self.order_hint.read_from(r),
            4usize => self.title.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.is_checked);
        w.field(1usize, &self.last_modified_by);
        w.field(2usize, &self.last_modified_date_time);
        w.field(3usize, &self.order_hint);
        w.field(4usize, &self.title);
    }
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
rt::impl_object!(PlannerChecklistItem);
#[cfg(msgraph_beta_any_area)]
rt::impl_setters!(
    PlannerChecklistItem { with_is_checked is_checked : bool; with_last_modified_by
    last_modified_by : crate ::beta::IdentitySet; with_last_modified_date_time
    last_modified_date_time : rt::edm::DateTimeOffset; with_order_hint order_hint :
    ::std::string::String; with_title title : ::std::string::String; }
);
#[cfg(msgraph_beta_any_area)]
#[cfg(feature = "serde")]
rt::impl_serde!(PlannerChecklistItem);
#[cfg(msgraph_beta_core_or_planner)]
/// CSDL: `microsoft.graph.plannerChecklistItems`, complex type, open.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct PlannerChecklistItems {
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_planner)]
impl ::std::default::Default for PlannerChecklistItems {
    #[inline]
    fn default() -> Self {
        Self {
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_planner)]
impl rt::Object for PlannerChecklistItems {
    const TYPE_NAME: &'static str = "microsoft.graph.plannerChecklistItems";
    const KEYS: &'static [&'static str] = &[];
    const KEYS_JSON: &'static [&'static str] = &[];
    const TAG: &'static str = "\"#microsoft.graph.plannerChecklistItems\"";
    #[inline]
    #[allow(unused_variables)]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {}
}
#[cfg(msgraph_beta_core_or_planner)]
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
#[cfg(msgraph_beta_core_or_planner)]
rt::impl_object!(PlannerChecklistItems);
#[cfg(msgraph_beta_core_or_planner)]
#[cfg(feature = "serde")]
rt::impl_serde!(PlannerChecklistItems);
#[cfg(msgraph_beta_core_or_planner)]
/// CSDL: `microsoft.graph.plannerContainerType`, enum type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
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
#[cfg(msgraph_beta_core_or_planner)]
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
#[cfg(msgraph_beta_core_or_planner)]
rt::impl_enum!(PlannerContainerType);
#[cfg(msgraph_beta_core_or_planner)]
#[cfg(feature = "serde")]
rt::impl_serde!(PlannerContainerType);
#[cfg(msgraph_beta_core_or_planner)]
/// CSDL: `microsoft.graph.plannerDelta`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct PlannerDelta {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_planner)]
impl ::std::default::Default for PlannerDelta {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_planner)]
impl rt::Object for PlannerDelta {
    const TYPE_NAME: &'static str = "microsoft.graph.plannerDelta";
    const KEYS: &'static [&'static str] = &["id"];
    const KEYS_JSON: &'static [&'static str] = &[",\"id\":                           "];
    const TAG: &'static str = "\"#microsoft.graph.plannerDelta\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
    }
}
#[cfg(msgraph_beta_core_or_planner)]
impl rt::object::Members for PlannerDelta {
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
#[cfg(msgraph_beta_core_or_planner)]
rt::impl_object!(PlannerDelta);
#[cfg(msgraph_beta_core_or_planner)]
rt::impl_setters!(PlannerDelta { with_id id : ::std::string::String; });
#[cfg(msgraph_beta_core_or_planner)]
#[cfg(feature = "serde")]
rt::impl_serde!(PlannerDelta);
#[cfg(msgraph_beta_core_or_planner)]
/// `microsoft.graph.plannerDelta` or any type derived from it, selected by `@odata.type` (10 types); each variant's type converts into it (`From`).
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Debug)]
pub enum AnyPlannerDelta {
    PlannerDelta(::std::boxed::Box<crate::beta::PlannerDelta>),
    PlannerAssignedToTaskBoardTaskFormat(
        ::std::boxed::Box<crate::beta::PlannerAssignedToTaskBoardTaskFormat>,
    ),
    PlannerBucket(::std::boxed::Box<crate::beta::PlannerBucket>),
    PlannerBucketTaskBoardTaskFormat(
        ::std::boxed::Box<crate::beta::PlannerBucketTaskBoardTaskFormat>,
    ),
    PlannerPlan(::std::boxed::Box<crate::beta::PlannerPlan>),
    PlannerPlanDetails(::std::boxed::Box<crate::beta::PlannerPlanDetails>),
    PlannerProgressTaskBoardTaskFormat(
        ::std::boxed::Box<crate::beta::PlannerProgressTaskBoardTaskFormat>,
    ),
    PlannerTask(::std::boxed::Box<crate::beta::PlannerTask>),
    PlannerTaskDetails(::std::boxed::Box<crate::beta::PlannerTaskDetails>),
    PlannerUser(::std::boxed::Box<crate::beta::PlannerUser>),
}
#[cfg(msgraph_beta_core_or_planner)]
impl ::std::default::Default for AnyPlannerDelta {
    #[inline]
    fn default() -> Self {
        Self::PlannerDelta(::std::default::Default::default())
    }
}
#[cfg(msgraph_beta_core_or_planner)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::PlannerDelta> for AnyPlannerDelta {
    #[inline]
    fn from(v: crate::beta::PlannerDelta) -> Self {
        Self::PlannerDelta(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core_or_planner)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::PlannerAssignedToTaskBoardTaskFormat>
for AnyPlannerDelta {
    #[inline]
    fn from(v: crate::beta::PlannerAssignedToTaskBoardTaskFormat) -> Self {
        Self::PlannerAssignedToTaskBoardTaskFormat(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core_or_planner)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::PlannerBucket> for AnyPlannerDelta {
    #[inline]
    fn from(v: crate::beta::PlannerBucket) -> Self {
        Self::PlannerBucket(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core_or_planner)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::PlannerBucketTaskBoardTaskFormat>
for AnyPlannerDelta {
    #[inline]
    fn from(v: crate::beta::PlannerBucketTaskBoardTaskFormat) -> Self {
        Self::PlannerBucketTaskBoardTaskFormat(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core_or_planner)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::PlannerPlan> for AnyPlannerDelta {
    #[inline]
    fn from(v: crate::beta::PlannerPlan) -> Self {
        Self::PlannerPlan(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core_or_planner)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::PlannerPlanDetails> for AnyPlannerDelta {
    #[inline]
    fn from(v: crate::beta::PlannerPlanDetails) -> Self {
        Self::PlannerPlanDetails(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core_or_planner)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::PlannerProgressTaskBoardTaskFormat>
for AnyPlannerDelta {
    #[inline]
    fn from(v: crate::beta::PlannerProgressTaskBoardTaskFormat) -> Self {
        Self::PlannerProgressTaskBoardTaskFormat(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core_or_planner)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::PlannerTask> for AnyPlannerDelta {
    #[inline]
    fn from(v: crate::beta::PlannerTask) -> Self {
        Self::PlannerTask(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core_or_planner)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::PlannerTaskDetails> for AnyPlannerDelta {
    #[inline]
    fn from(v: crate::beta::PlannerTaskDetails) -> Self {
        Self::PlannerTaskDetails(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core_or_planner)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::PlannerUser> for AnyPlannerDelta {
    #[inline]
    fn from(v: crate::beta::PlannerUser) -> Self {
        Self::PlannerUser(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core_or_planner)]
unsafe impl ::std::marker::Send for AnyPlannerDelta {}
#[cfg(msgraph_beta_core_or_planner)]
unsafe impl ::std::marker::Sync for AnyPlannerDelta {}
#[cfg(msgraph_beta_core_or_planner)]
impl ::std::marker::Unpin for AnyPlannerDelta {}
#[cfg(msgraph_beta_core_or_planner)]
impl ::std::panic::UnwindSafe for AnyPlannerDelta {}
#[cfg(msgraph_beta_core_or_planner)]
impl ::std::panic::RefUnwindSafe for AnyPlannerDelta {}
#[cfg(msgraph_beta_core_or_planner)]
const _: () = {
    rt::object::auto_traits::<crate::beta::PlannerDelta>();
    rt::object::auto_traits::<crate::beta::PlannerAssignedToTaskBoardTaskFormat>();
    rt::object::auto_traits::<crate::beta::PlannerBucket>();
    rt::object::auto_traits::<crate::beta::PlannerBucketTaskBoardTaskFormat>();
    rt::object::auto_traits::<crate::beta::PlannerPlan>();
    rt::object::auto_traits::<crate::beta::PlannerPlanDetails>();
    rt::object::auto_traits::<crate::beta::PlannerProgressTaskBoardTaskFormat>();
    rt::object::auto_traits::<crate::beta::PlannerTask>();
    rt::object::auto_traits::<crate::beta::PlannerTaskDetails>();
    rt::object::auto_traits::<crate::beta::PlannerUser>();
};
#[cfg(msgraph_beta_core_or_planner)]
impl rt::Poly for AnyPlannerDelta {
    const BASE_NAME: &'static str = "microsoft.graph.plannerDelta";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some(
                "microsoft.graph.plannerAssignedToTaskBoardTaskFormat",
            ) => Self::PlannerAssignedToTaskBoardTaskFormat(rt::object::new_boxed()),
            ::std::option::Option::Some("microsoft.graph.plannerBucket") => {
                Self::PlannerBucket(rt::object::new_boxed())
            }
            ::std::option::Option::Some(
                "microsoft.graph.plannerBucketTaskBoardTaskFormat",
            ) => Self::PlannerBucketTaskBoardTaskFormat(rt::object::new_boxed()),
            ::std::option::Option::Some("microsoft.graph.plannerPlan") => {
                Self::PlannerPlan(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.plannerPlanDetails") => {
                Self::PlannerPlanDetails(rt::object::new_boxed())
            }
            ::std::option::Option::Some(
                "microsoft.graph.plannerProgressTaskBoardTaskFormat",
            ) => Self::PlannerProgressTaskBoardTaskFormat(rt::object::new_boxed()),
            ::std::option::Option::Some("microsoft.graph.plannerTask") => {
                Self::PlannerTask(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.plannerTaskDetails") => {
                Self::PlannerTaskDetails(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.plannerUser") => {
                Self::PlannerUser(rt::object::new_boxed())
            }
            _ => Self::PlannerDelta(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::PlannerDelta(v) => &**v,
            Self::PlannerAssignedToTaskBoardTaskFormat(v) => &**v,
            Self::PlannerBucket(v) => &**v,
            Self::PlannerBucketTaskBoardTaskFormat(v) => &**v,
            Self::PlannerPlan(v) => &**v,
            Self::PlannerPlanDetails(v) => &**v,
            Self::PlannerProgressTaskBoardTaskFormat(v) => &**v,
            Self::PlannerTask(v) => &**v,
            Self::PlannerTaskDetails(v) => &**v,
            Self::PlannerUser(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::PlannerDelta(v) => &mut **v,
            Self::PlannerAssignedToTaskBoardTaskFormat(v) => &mut **v,
            Self::PlannerBucket(v) => &mut **v,
            Self::PlannerBucketTaskBoardTaskFormat(v) => &mut **v,
            Self::PlannerPlan(v) => &mut **v,
            Self::PlannerPlanDetails(v) => &mut **v,
            Self::PlannerProgressTaskBoardTaskFormat(v) => &mut **v,
            Self::PlannerTask(v) => &mut **v,
            Self::PlannerTaskDetails(v) => &mut **v,
            Self::PlannerUser(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_beta_core_or_planner)]
impl AnyPlannerDelta {
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
            Self::PlannerDelta(v) => &v.id,
            Self::PlannerAssignedToTaskBoardTaskFormat(v) => &v.id,
            Self::PlannerBucket(v) => &v.id,
            Self::PlannerBucketTaskBoardTaskFormat(v) => &v.id,
            Self::PlannerPlan(v) => &v.id,
            Self::PlannerPlanDetails(v) => &v.id,
            Self::PlannerProgressTaskBoardTaskFormat(v) => &v.id,
            Self::PlannerTask(v) => &v.id,
            Self::PlannerTaskDetails(v) => &v.id,
            Self::PlannerUser(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::PlannerDelta(v) => &mut v.id,
            Self::PlannerAssignedToTaskBoardTaskFormat(v) => &mut v.id,
            Self::PlannerBucket(v) => &mut v.id,
            Self::PlannerBucketTaskBoardTaskFormat(v) => &mut v.id,
            Self::PlannerPlan(v) => &mut v.id,
            Self::PlannerPlanDetails(v) => &mut v.id,
            Self::PlannerProgressTaskBoardTaskFormat(v) => &mut v.id,
            Self::PlannerTask(v) => &mut v.id,
            Self::PlannerTaskDetails(v) => &mut v.id,
            Self::PlannerUser(v) => &mut v.id,
        }
    }
}
#[cfg(msgraph_beta_core_or_planner)]
rt::impl_poly!(AnyPlannerDelta);
#[cfg(msgraph_beta_core_or_planner)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyPlannerDelta);
#[cfg(msgraph_beta_any_area)]
/// CSDL: `microsoft.graph.plannerExternalReference`, complex type.
///
/// Feature: `beta` or any `beta-*` area feature.
#[derive(Clone)]
pub struct PlannerExternalReference {
    /// CSDL: property `alias`: `Edm.String`, nullable.
    pub alias: rt::Field<::std::string::String>,
    /// CSDL: property `lastModifiedBy`: `microsoft.graph.identitySet`, nullable.
    pub last_modified_by: rt::Field<crate::beta::IdentitySet>,
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `previewPriority`: `Edm.String`, nullable.
    pub preview_priority: rt::Field<::std::string::String>,
    /// CSDL: property `type`: `Edm.String`, nullable.
    pub type_: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_any_area)]
impl ::std::default::Default for PlannerExternalReference {
    #[inline]
    fn default() -> Self {
        Self {
            alias: rt::Field::Absent,
            last_modified_by: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            preview_priority: rt::Field::Absent,
            type_: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_any_area)]
impl rt::Object for PlannerExternalReference {
    const TYPE_NAME: &'static str = "microsoft.graph.plannerExternalReference";
    const KEYS: &'static [&'static str] = &[
        "alias",
        "lastModifiedBy",
        "lastModifiedDateTime",
        "previewPriority",
        "type",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"alias\":                        ",
        ",\"lastModifiedBy\":               ",
        ",\"lastModifiedDateTime\":         ",
        ",\"previewPriority\":              ",
        ",\"type\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.plannerExternalReference\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "alias", &self.alias);
        v.field(1usize, "last_modified_by", &self.last_modified_by);
        v.field(2usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(3usize, "preview_priority", &self.preview_priority);
        v.field(4usize, "type_", &self.type_);
    }
}
#[cfg(msgraph_beta_any_area)]
impl rt::object::Members for PlannerExternalReference {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.alias.read_from(r),
            1usize => self.last_modified_by.read_from(r),
            2usize => self.last_modified_date_time.read_from(r),
            3usize => self.preview_priority.read_from(r),
            4usize => self.type_.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.alias);
        w.field(1usize, &self.last_modified_by);
        w.field(2usize, &self.last_modified_date_time);
        w.field(3usize, &self.preview_priority);
        w.field(4usize, &self.type_);
    }
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
rt::impl_object!(PlannerExternalReference);
#[cfg(msgraph_beta_any_area)]
rt::impl_setters!(
    PlannerExternalReference { with_alias alias : ::std::string::String;
    with_last_modified_by last_modified_by : crate ::beta::IdentitySet;
    with_last_modified_date_time last_modified_date_time : rt::edm::DateTimeOffset;
    with_preview_priority preview_priority : ::std::string::String; with_type type_ :
    ::std::string::String; }
);
#[cfg(msgraph_beta_any_area)]
#[cfg(feature = "serde")]
rt::impl_serde!(PlannerExternalReference);
#[cfg(msgraph_beta_core_or_planner)]
/// CSDL: `microsoft.graph.plannerExternalReferences`, complex type, open.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct PlannerExternalReferences {
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_planner)]
impl ::std::default::Default for PlannerExternalReferences {
    #[inline]
    fn default() -> Self {
        Self {
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_planner)]
impl rt::Object for PlannerExternalReferences {
    const TYPE_NAME: &'static str = "microsoft.graph.plannerExternalReferences";
    const KEYS: &'static [&'static str] = &[];
    const KEYS_JSON: &'static [&'static str] = &[];
    const TAG: &'static str = "\"#microsoft.graph.plannerExternalReferences\"";
    #[inline]
    #[allow(unused_variables)]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {}
}
#[cfg(msgraph_beta_core_or_planner)]
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
#[cfg(msgraph_beta_core_or_planner)]
rt::impl_object!(PlannerExternalReferences);
#[cfg(msgraph_beta_core_or_planner)]
#[cfg(feature = "serde")]
rt::impl_serde!(PlannerExternalReferences);
#[cfg(msgraph_beta_core_or_planner)]
/// CSDL: `microsoft.graph.plannerFavoritePlanReferenceCollection`, complex type, open.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct PlannerFavoritePlanReferenceCollection {
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_planner)]
impl ::std::default::Default for PlannerFavoritePlanReferenceCollection {
    #[inline]
    fn default() -> Self {
        Self {
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_planner)]
impl rt::Object for PlannerFavoritePlanReferenceCollection {
    const TYPE_NAME: &'static str = "microsoft.graph.plannerFavoritePlanReferenceCollection";
    const KEYS: &'static [&'static str] = &[];
    const KEYS_JSON: &'static [&'static str] = &[];
    const TAG: &'static str = "\"#microsoft.graph.plannerFavoritePlanReferenceCollection\"";
    #[inline]
    #[allow(unused_variables)]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {}
}
#[cfg(msgraph_beta_core_or_planner)]
impl rt::object::Members for PlannerFavoritePlanReferenceCollection {
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
#[cfg(msgraph_beta_core_or_planner)]
rt::impl_object!(PlannerFavoritePlanReferenceCollection);
#[cfg(msgraph_beta_core_or_planner)]
#[cfg(feature = "serde")]
rt::impl_serde!(PlannerFavoritePlanReferenceCollection);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.plannerGroup`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`PlannerGroupPath`](requests/trait.PlannerGroupPath.html), what a path to one (`EntityPath<PlannerGroup, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct PlannerGroup {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `plans`: `Collection(microsoft.graph.plannerPlan)`, not nullable.
    pub plans: rt::Field<::std::vec::Vec<crate::beta::PlannerPlan>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
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
#[cfg(msgraph_beta_core)]
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
#[cfg(msgraph_beta_core)]
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
#[cfg(msgraph_beta_core)]
rt::impl_object!(PlannerGroup);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    PlannerGroup { with_id id : ::std::string::String; with_plans plans : ::std::vec::Vec
    < crate ::beta::PlannerPlan >; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(PlannerGroup);
#[cfg(msgraph_beta_core_or_planner)]
/// CSDL: `microsoft.graph.plannerOrderHintsByAssignee`, complex type, open.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct PlannerOrderHintsByAssignee {
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_planner)]
impl ::std::default::Default for PlannerOrderHintsByAssignee {
    #[inline]
    fn default() -> Self {
        Self {
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_planner)]
impl rt::Object for PlannerOrderHintsByAssignee {
    const TYPE_NAME: &'static str = "microsoft.graph.plannerOrderHintsByAssignee";
    const KEYS: &'static [&'static str] = &[];
    const KEYS_JSON: &'static [&'static str] = &[];
    const TAG: &'static str = "\"#microsoft.graph.plannerOrderHintsByAssignee\"";
    #[inline]
    #[allow(unused_variables)]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {}
}
#[cfg(msgraph_beta_core_or_planner)]
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
#[cfg(msgraph_beta_core_or_planner)]
rt::impl_object!(PlannerOrderHintsByAssignee);
#[cfg(msgraph_beta_core_or_planner)]
#[cfg(feature = "serde")]
rt::impl_serde!(PlannerOrderHintsByAssignee);
#[cfg(msgraph_beta_core_or_planner)]
/// CSDL: `microsoft.graph.plannerPlan`, entity type, derived from `microsoft.graph.plannerDelta`, key `id`.
///
/// Request builders: [`PlannerPlanPath`](requests/trait.PlannerPlanPath.html), what a path to one (`EntityPath<PlannerPlan, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct PlannerPlan {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `container`: `microsoft.graph.plannerPlanContainer`, nullable.
    pub container: rt::Field<crate::beta::PlannerPlanContainer>,
    /// CSDL: property `contexts`: `microsoft.graph.plannerPlanContextCollection`, nullable.
    pub contexts: rt::Field<crate::beta::PlannerPlanContextCollection>,
    /// CSDL: property `createdBy`: `microsoft.graph.identitySet`, nullable.
    pub created_by: rt::Field<crate::beta::IdentitySet>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `owner`: `Edm.String`, nullable.
    pub owner: rt::Field<::std::string::String>,
    /// CSDL: property `title`: `Edm.String`, not nullable.
    pub title: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `buckets`: `Collection(microsoft.graph.plannerBucket)`, not nullable.
    pub buckets: rt::Field<::std::vec::Vec<crate::beta::PlannerBucket>>,
    /// CSDL: containment navigation property `details`: `microsoft.graph.plannerPlanDetails`, nullable.
    pub details: rt::Field<crate::beta::PlannerPlanDetails>,
    /// CSDL: containment navigation property `tasks`: `Collection(microsoft.graph.plannerTask)`, not nullable.
    pub tasks: rt::Field<::std::vec::Vec<crate::beta::PlannerTask>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_planner)]
impl ::std::default::Default for PlannerPlan {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            container: rt::Field::Absent,
            contexts: rt::Field::Absent,
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
#[cfg(msgraph_beta_core_or_planner)]
impl rt::Object for PlannerPlan {
    const TYPE_NAME: &'static str = "microsoft.graph.plannerPlan";
    const KEYS: &'static [&'static str] = &[
        "id",
        "container",
        "contexts",
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
        ",\"contexts\":                     ",
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
        v.field(2usize, "contexts", &self.contexts);
        v.field(3usize, "created_by", &self.created_by);
        v.field(4usize, "created_date_time", &self.created_date_time);
        v.field(5usize, "owner", &self.owner);
        v.field(6usize, "title", &self.title);
        v.field(7usize, "buckets", &self.buckets);
        v.field(8usize, "details", &self.details);
        v.field(9usize, "tasks", &self.tasks);
    }
}
#[cfg(msgraph_beta_core_or_planner)]
impl rt::object::Members for PlannerPlan {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.container.read_from(r),
            2usize => self.contexts.read_from(r),
            3usize => self.created_by.read_from(r),
            4usize => self.created_date_time.read_from(r),
            5usize => self.owner.read_from(r),
            6usize => self.title.read_from(r),
            7usize => self.buckets.read_from(r),
            8usize => self.details.read_from(r),
            9usize => self.tasks.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.container);
        w.field(2usize, &self.contexts);
        w.field(3usize, &self.created_by);
        w.field(4usize, &self.created_date_time);
        w.field(5usize, &self.owner);
        w.field(6usize, &self.title);
        w.field(7usize, &self.buckets);
        w.field(8usize, &self.details);
        w.field(9usize, &self.tasks);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_core_or_planner)]
rt::impl_object!(PlannerPlan);
#[cfg(msgraph_beta_core_or_planner)]
rt::impl_setters!(
    PlannerPlan { with_id id : ::std::string::String; with_container container : crate
    ::beta::PlannerPlanContainer; with_contexts contexts : crate
    ::beta::PlannerPlanContextCollection; with_created_by created_by : crate
    ::beta::IdentitySet; with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_owner owner : ::std::string::String; with_title title :
    ::std::string::String; with_buckets buckets : ::std::vec::Vec < crate
    ::beta::PlannerBucket >; with_details details : crate ::beta::PlannerPlanDetails;
    with_tasks tasks : ::std::vec::Vec < crate ::beta::PlannerTask >; }
);
#[cfg(msgraph_beta_core_or_planner)]
#[cfg(feature = "serde")]
rt::impl_serde!(PlannerPlan);
#[cfg(msgraph_beta_core_or_planner)]
/// CSDL: `microsoft.graph.plannerPlanContainer`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct PlannerPlanContainer {
    /// CSDL: property `containerId`: `Edm.String`, not nullable.
    pub container_id: rt::Field<::std::string::String>,
    /// CSDL: property `type`: `microsoft.graph.plannerContainerType`, not nullable.
    pub type_: rt::Field<crate::beta::PlannerContainerType>,
    /// CSDL: property `url`: `Edm.String`, not nullable.
    pub url: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_planner)]
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
#[cfg(msgraph_beta_core_or_planner)]
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
#[cfg(msgraph_beta_core_or_planner)]
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
#[cfg(msgraph_beta_core_or_planner)]
rt::impl_object!(PlannerPlanContainer);
#[cfg(msgraph_beta_core_or_planner)]
rt::impl_setters!(
    PlannerPlanContainer { with_container_id container_id : ::std::string::String;
    with_type type_ : crate ::beta::PlannerContainerType; with_url url :
    ::std::string::String; }
);
#[cfg(msgraph_beta_core_or_planner)]
#[cfg(feature = "serde")]
rt::impl_serde!(PlannerPlanContainer);
#[cfg(msgraph_beta_core_or_planner)]
/// CSDL: `microsoft.graph.plannerPlanContextCollection`, complex type, open.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct PlannerPlanContextCollection {
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_planner)]
impl ::std::default::Default for PlannerPlanContextCollection {
    #[inline]
    fn default() -> Self {
        Self {
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_planner)]
impl rt::Object for PlannerPlanContextCollection {
    const TYPE_NAME: &'static str = "microsoft.graph.plannerPlanContextCollection";
    const KEYS: &'static [&'static str] = &[];
    const KEYS_JSON: &'static [&'static str] = &[];
    const TAG: &'static str = "\"#microsoft.graph.plannerPlanContextCollection\"";
    #[inline]
    #[allow(unused_variables)]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {}
}
#[cfg(msgraph_beta_core_or_planner)]
impl rt::object::Members for PlannerPlanContextCollection {
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
#[cfg(msgraph_beta_core_or_planner)]
rt::impl_object!(PlannerPlanContextCollection);
#[cfg(msgraph_beta_core_or_planner)]
#[cfg(feature = "serde")]
rt::impl_serde!(PlannerPlanContextCollection);
#[cfg(msgraph_beta_any_area)]
/// CSDL: `microsoft.graph.plannerPlanContextDetails`, complex type.
///
/// Feature: `beta` or any `beta-*` area feature.
#[derive(Clone)]
pub struct PlannerPlanContextDetails {
    /// CSDL: property `customLinkText`: `Edm.String`, nullable.
    pub custom_link_text: rt::Field<::std::string::String>,
    /// CSDL: property `displayLinkType`: `microsoft.graph.plannerPlanContextType`, nullable.
    pub display_link_type: rt::Field<crate::beta::PlannerPlanContextType>,
    /// CSDL: property `url`: `Edm.String`, nullable.
    pub url: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_any_area)]
impl ::std::default::Default for PlannerPlanContextDetails {
    #[inline]
    fn default() -> Self {
        Self {
            custom_link_text: rt::Field::Absent,
            display_link_type: rt::Field::Absent,
            url: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_any_area)]
impl rt::Object for PlannerPlanContextDetails {
    const TYPE_NAME: &'static str = "microsoft.graph.plannerPlanContextDetails";
    const KEYS: &'static [&'static str] = &["customLinkText", "displayLinkType", "url"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"customLinkText\":               ",
        ",\"displayLinkType\":              ",
        ",\"url\":                          ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.plannerPlanContextDetails\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "custom_link_text", &self.custom_link_text);
        v.field(1usize, "display_link_type", &self.display_link_type);
        v.field(2usize, "url", &self.url);
    }
}
#[cfg(msgraph_beta_any_area)]
impl rt::object::Members for PlannerPlanContextDetails {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.custom_link_text.read_from(r),
            1usize => self.display_link_type.read_from(r),
            2usize => self.url.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.custom_link_text);
        w.field(1usize, &self.display_link_type);
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
#[cfg(msgraph_beta_any_area)]
rt::impl_object!(PlannerPlanContextDetails);
#[cfg(msgraph_beta_any_area)]
rt::impl_setters!(
    PlannerPlanContextDetails { with_custom_link_text custom_link_text :
    ::std::string::String; with_display_link_type display_link_type : crate
    ::beta::PlannerPlanContextType; with_url url : ::std::string::String; }
);
#[cfg(msgraph_beta_any_area)]
#[cfg(feature = "serde")]
rt::impl_serde!(PlannerPlanContextDetails);
#[cfg(msgraph_beta_core_or_planner)]
/// CSDL: `microsoft.graph.plannerPlanContextDetailsCollection`, complex type, open.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct PlannerPlanContextDetailsCollection {
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_planner)]
impl ::std::default::Default for PlannerPlanContextDetailsCollection {
    #[inline]
    fn default() -> Self {
        Self {
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_planner)]
impl rt::Object for PlannerPlanContextDetailsCollection {
    const TYPE_NAME: &'static str = "microsoft.graph.plannerPlanContextDetailsCollection";
    const KEYS: &'static [&'static str] = &[];
    const KEYS_JSON: &'static [&'static str] = &[];
    const TAG: &'static str = "\"#microsoft.graph.plannerPlanContextDetailsCollection\"";
    #[inline]
    #[allow(unused_variables)]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {}
}
#[cfg(msgraph_beta_core_or_planner)]
impl rt::object::Members for PlannerPlanContextDetailsCollection {
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
#[cfg(msgraph_beta_core_or_planner)]
rt::impl_object!(PlannerPlanContextDetailsCollection);
#[cfg(msgraph_beta_core_or_planner)]
#[cfg(feature = "serde")]
rt::impl_serde!(PlannerPlanContextDetailsCollection);
#[cfg(msgraph_beta_any_area)]
/// CSDL: `microsoft.graph.plannerPlanContextType`, enum type.
///
/// Feature: `beta` or any `beta-*` area feature.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum PlannerPlanContextType {
    /// `teamsTab` (value 1).
    TeamsTab,
    /// `sharePointPage` (value 2).
    SharePointPage,
    /// `meetingNotes` (value 3).
    MeetingNotes,
    /// `other` (value 4).
    Other,
    /// `unknownFutureValue` (value 5).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_any_area)]
impl rt::StrEnum for PlannerPlanContextType {
    const TYPE_NAME: &'static str = "microsoft.graph.plannerPlanContextType";
    const MEMBERS: &'static [&'static str] = &[
        "teamsTab",
        "sharePointPage",
        "meetingNotes",
        "other",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "teamsTab" => Self::TeamsTab,
                "sharePointPage" => Self::SharePointPage,
                "meetingNotes" => Self::MeetingNotes,
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
            Self::TeamsTab => "teamsTab",
            Self::SharePointPage => "sharePointPage",
            Self::MeetingNotes => "meetingNotes",
            Self::Other => "other",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_any_area)]
rt::impl_enum!(PlannerPlanContextType);
#[cfg(msgraph_beta_any_area)]
#[cfg(feature = "serde")]
rt::impl_serde!(PlannerPlanContextType);
#[cfg(msgraph_beta_core_or_planner)]
/// CSDL: `microsoft.graph.plannerPlanDetails`, entity type, derived from `microsoft.graph.plannerDelta`, key `id`.
///
/// Request builders: [`PlannerPlanDetailsPath`](requests/trait.PlannerPlanDetailsPath.html), what a path to one (`EntityPath<PlannerPlanDetails, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct PlannerPlanDetails {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `categoryDescriptions`: `microsoft.graph.plannerCategoryDescriptions`, nullable.
    pub category_descriptions: rt::Field<crate::beta::PlannerCategoryDescriptions>,
    /// CSDL: property `contextDetails`: `microsoft.graph.plannerPlanContextDetailsCollection`, nullable.
    pub context_details: rt::Field<crate::beta::PlannerPlanContextDetailsCollection>,
    /// CSDL: property `sharedWith`: `microsoft.graph.plannerUserIds`, nullable.
    pub shared_with: rt::Field<crate::beta::PlannerUserIds>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_planner)]
impl ::std::default::Default for PlannerPlanDetails {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            category_descriptions: rt::Field::Absent,
            context_details: rt::Field::Absent,
            shared_with: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_planner)]
impl rt::Object for PlannerPlanDetails {
    const TYPE_NAME: &'static str = "microsoft.graph.plannerPlanDetails";
    const KEYS: &'static [&'static str] = &[
        "id",
        "categoryDescriptions",
        "contextDetails",
        "sharedWith",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"categoryDescriptions\":         ",
        ",\"contextDetails\":               ",
        ",\"sharedWith\":                   ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.plannerPlanDetails\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "category_descriptions", &self.category_descriptions);
        v.field(2usize, "context_details", &self.context_details);
        v.field(3usize, "shared_with", &self.shared_with);
    }
}
#[cfg(msgraph_beta_core_or_planner)]
impl rt::object::Members for PlannerPlanDetails {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.category_descriptions.read_from(r),
            2usize => self.context_details.read_from(r),
            3usize => self.shared_with.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.category_descriptions);
        w.field(2usize, &self.context_details);
        w.field(3usize, &self.shared_with);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_core_or_planner)]
rt::impl_object!(PlannerPlanDetails);
#[cfg(msgraph_beta_core_or_planner)]
rt::impl_setters!(
    PlannerPlanDetails { with_id id : ::std::string::String; with_category_descriptions
    category_descriptions : crate ::beta::PlannerCategoryDescriptions;
    with_context_details context_details : crate
    ::beta::PlannerPlanContextDetailsCollection; with_shared_with shared_with : crate
    ::beta::PlannerUserIds; }
);
#[cfg(msgraph_beta_core_or_planner)]
#[cfg(feature = "serde")]
rt::impl_serde!(PlannerPlanDetails);
#[cfg(msgraph_beta_core_or_planner)]
/// CSDL: `microsoft.graph.plannerPreviewType`, enum type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
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
#[cfg(msgraph_beta_core_or_planner)]
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
#[cfg(msgraph_beta_core_or_planner)]
rt::impl_enum!(PlannerPreviewType);
#[cfg(msgraph_beta_core_or_planner)]
#[cfg(feature = "serde")]
rt::impl_serde!(PlannerPreviewType);
#[cfg(msgraph_beta_core_or_planner)]
/// CSDL: `microsoft.graph.plannerProgressTaskBoardTaskFormat`, entity type, derived from `microsoft.graph.plannerDelta`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct PlannerProgressTaskBoardTaskFormat {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `orderHint`: `Edm.String`, nullable.
    pub order_hint: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_planner)]
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
#[cfg(msgraph_beta_core_or_planner)]
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
#[cfg(msgraph_beta_core_or_planner)]
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
#[cfg(msgraph_beta_core_or_planner)]
rt::impl_object!(PlannerProgressTaskBoardTaskFormat);
#[cfg(msgraph_beta_core_or_planner)]
rt::impl_setters!(
    PlannerProgressTaskBoardTaskFormat { with_id id : ::std::string::String;
    with_order_hint order_hint : ::std::string::String; }
);
#[cfg(msgraph_beta_core_or_planner)]
#[cfg(feature = "serde")]
rt::impl_serde!(PlannerProgressTaskBoardTaskFormat);
#[cfg(msgraph_beta_any_area)]
/// CSDL: `microsoft.graph.plannerRecentPlanReference`, complex type.
///
/// Feature: `beta` or any `beta-*` area feature.
#[derive(Clone)]
pub struct PlannerRecentPlanReference {
    /// CSDL: property `lastAccessedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_accessed_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `planTitle`: `Edm.String`, nullable.
    pub plan_title: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_any_area)]
impl ::std::default::Default for PlannerRecentPlanReference {
    #[inline]
    fn default() -> Self {
        Self {
            last_accessed_date_time: rt::Field::Absent,
            plan_title: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_any_area)]
impl rt::Object for PlannerRecentPlanReference {
    const TYPE_NAME: &'static str = "microsoft.graph.plannerRecentPlanReference";
    const KEYS: &'static [&'static str] = &["lastAccessedDateTime", "planTitle"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"lastAccessedDateTime\":         ",
        ",\"planTitle\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.plannerRecentPlanReference\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "last_accessed_date_time", &self.last_accessed_date_time);
        v.field(1usize, "plan_title", &self.plan_title);
    }
}
#[cfg(msgraph_beta_any_area)]
impl rt::object::Members for PlannerRecentPlanReference {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.last_accessed_date_time.read_from(r),
            1usize => self.plan_title.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.last_accessed_date_time);
        w.field(1usize, &self.plan_title);
    }
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
rt::impl_object!(PlannerRecentPlanReference);
#[cfg(msgraph_beta_any_area)]
rt::impl_setters!(
    PlannerRecentPlanReference { with_last_accessed_date_time last_accessed_date_time :
    rt::edm::DateTimeOffset; with_plan_title plan_title : ::std::string::String; }
);
#[cfg(msgraph_beta_any_area)]
#[cfg(feature = "serde")]
rt::impl_serde!(PlannerRecentPlanReference);
#[cfg(msgraph_beta_core_or_planner)]
/// CSDL: `microsoft.graph.plannerRecentPlanReferenceCollection`, complex type, open.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct PlannerRecentPlanReferenceCollection {
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_planner)]
impl ::std::default::Default for PlannerRecentPlanReferenceCollection {
    #[inline]
    fn default() -> Self {
        Self {
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_planner)]
impl rt::Object for PlannerRecentPlanReferenceCollection {
    const TYPE_NAME: &'static str = "microsoft.graph.plannerRecentPlanReferenceCollection";
    const KEYS: &'static [&'static str] = &[];
    const KEYS_JSON: &'static [&'static str] = &[];
    const TAG: &'static str = "\"#microsoft.graph.plannerRecentPlanReferenceCollection\"";
    #[inline]
    #[allow(unused_variables)]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {}
}
#[cfg(msgraph_beta_core_or_planner)]
impl rt::object::Members for PlannerRecentPlanReferenceCollection {
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
#[cfg(msgraph_beta_core_or_planner)]
rt::impl_object!(PlannerRecentPlanReferenceCollection);
#[cfg(msgraph_beta_core_or_planner)]
#[cfg(feature = "serde")]
rt::impl_serde!(PlannerRecentPlanReferenceCollection);
#[cfg(msgraph_beta_planner_or_search)]
/// CSDL: `microsoft.graph.plannerRoster`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`PlannerRosterPath`](requests/trait.PlannerRosterPath.html), what a path to one (`EntityPath<PlannerRoster, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-planner`, `beta-search`.
#[derive(Clone)]
pub struct PlannerRoster {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `members`: `Collection(microsoft.graph.plannerRosterMember)`, not nullable.
    pub members: rt::Field<::std::vec::Vec<crate::beta::PlannerRosterMember>>,
    /// CSDL: navigation property `plans`: `Collection(microsoft.graph.plannerPlan)`, not nullable.
    pub plans: rt::Field<::std::vec::Vec<crate::beta::PlannerPlan>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_planner_or_search)]
impl ::std::default::Default for PlannerRoster {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            members: rt::Field::Absent,
            plans: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_planner_or_search)]
impl rt::Object for PlannerRoster {
    const TYPE_NAME: &'static str = "microsoft.graph.plannerRoster";
    const KEYS: &'static [&'static str] = &["id", "members", "plans"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"members\":                      ",
        ",\"plans\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.plannerRoster\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "members", &self.members);
        v.field(2usize, "plans", &self.plans);
    }
}
#[cfg(msgraph_beta_planner_or_search)]
impl rt::object::Members for PlannerRoster {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.members.read_from(r),
            2usize => self.plans.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.members);
        w.field(2usize, &self.plans);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_planner_or_search)]
rt::impl_object!(PlannerRoster);
#[cfg(msgraph_beta_planner_or_search)]
rt::impl_setters!(
    PlannerRoster { with_id id : ::std::string::String; with_members members :
    ::std::vec::Vec < crate ::beta::PlannerRosterMember >; with_plans plans :
    ::std::vec::Vec < crate ::beta::PlannerPlan >; }
);
#[cfg(msgraph_beta_planner_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(PlannerRoster);
#[cfg(msgraph_beta_planner_or_search)]
/// CSDL: `microsoft.graph.plannerRosterMember`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-planner`, `beta-search`.
#[derive(Clone)]
pub struct PlannerRosterMember {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `roles`: `Collection(Edm.String)`, nullable.
    pub roles: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `tenantId`: `Edm.String`, nullable.
    pub tenant_id: rt::Field<::std::string::String>,
    /// CSDL: property `userId`: `Edm.String`, nullable.
    pub user_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_planner_or_search)]
impl ::std::default::Default for PlannerRosterMember {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            roles: rt::Field::Absent,
            tenant_id: rt::Field::Absent,
            user_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_planner_or_search)]
impl rt::Object for PlannerRosterMember {
    const TYPE_NAME: &'static str = "microsoft.graph.plannerRosterMember";
    const KEYS: &'static [&'static str] = &["id", "roles", "tenantId", "userId"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"roles\":                        ",
        ",\"tenantId\":                     ",
        ",\"userId\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.plannerRosterMember\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "roles", &self.roles);
        v.field(2usize, "tenant_id", &self.tenant_id);
        v.field(3usize, "user_id", &self.user_id);
    }
}
#[cfg(msgraph_beta_planner_or_search)]
impl rt::object::Members for PlannerRosterMember {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.roles.read_from(r),
            2usize => self.tenant_id.read_from(r),
            3usize => self.user_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.roles);
        w.field(2usize, &self.tenant_id);
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
#[cfg(msgraph_beta_planner_or_search)]
rt::impl_object!(PlannerRosterMember);
#[cfg(msgraph_beta_planner_or_search)]
rt::impl_setters!(
    PlannerRosterMember { with_id id : ::std::string::String; with_roles roles :
    ::std::vec::Vec < ::std::string::String >; with_tenant_id tenant_id :
    ::std::string::String; with_user_id user_id : ::std::string::String; }
);
#[cfg(msgraph_beta_planner_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(PlannerRosterMember);
#[cfg(msgraph_beta_core_or_planner)]
/// CSDL: `microsoft.graph.plannerTask`, entity type, derived from `microsoft.graph.plannerDelta`, key `id`.
///
/// Request builders: [`PlannerTaskPath`](requests/trait.PlannerTaskPath.html), what a path to one (`EntityPath<PlannerTask, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct PlannerTask {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `activeChecklistItemCount`: `Edm.Int32`, nullable.
    pub active_checklist_item_count: rt::Field<i32>,
    /// CSDL: property `appliedCategories`: `microsoft.graph.plannerAppliedCategories`, nullable.
    pub applied_categories: rt::Field<crate::beta::PlannerAppliedCategories>,
    /// CSDL: property `assigneePriority`: `Edm.String`, nullable.
    pub assignee_priority: rt::Field<::std::string::String>,
    /// CSDL: property `assignments`: `microsoft.graph.plannerAssignments`, nullable.
    pub assignments: rt::Field<crate::beta::PlannerAssignments>,
    /// CSDL: property `bucketId`: `Edm.String`, nullable.
    pub bucket_id: rt::Field<::std::string::String>,
    /// CSDL: property `checklistItemCount`: `Edm.Int32`, nullable.
    pub checklist_item_count: rt::Field<i32>,
    /// CSDL: property `completedBy`: `microsoft.graph.identitySet`, nullable.
    pub completed_by: rt::Field<crate::beta::IdentitySet>,
    /// CSDL: property `completedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub completed_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `conversationThreadId`: `Edm.String`, nullable.
    pub conversation_thread_id: rt::Field<::std::string::String>,
    /// CSDL: property `createdBy`: `microsoft.graph.identitySet`, nullable.
    pub created_by: rt::Field<crate::beta::IdentitySet>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `creationSource`: `microsoft.graph.plannerTaskCreation`, nullable.
    pub creation_source: rt::Field<crate::beta::PlannerTaskCreation>,
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
    pub preview_type: rt::Field<crate::beta::PlannerPreviewType>,
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
        crate::beta::PlannerAssignedToTaskBoardTaskFormat,
    >,
    /// CSDL: containment navigation property `bucketTaskBoardFormat`: `microsoft.graph.plannerBucketTaskBoardTaskFormat`, nullable.
    pub bucket_task_board_format: rt::Field<
        crate::beta::PlannerBucketTaskBoardTaskFormat,
    >,
    /// CSDL: containment navigation property `details`: `microsoft.graph.plannerTaskDetails`, nullable.
    pub details: rt::Field<crate::beta::PlannerTaskDetails>,
    /// CSDL: containment navigation property `progressTaskBoardFormat`: `microsoft.graph.plannerProgressTaskBoardTaskFormat`, nullable.
    pub progress_task_board_format: rt::Field<
        crate::beta::PlannerProgressTaskBoardTaskFormat,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_planner)]
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
            creation_source: rt::Field::Absent,
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
#[cfg(msgraph_beta_core_or_planner)]
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
        "creationSource",
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
        ",\"creationSource\":               ",
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
        v.field(12usize, "creation_source", &self.creation_source);
        v.field(13usize, "due_date_time", &self.due_date_time);
        v.field(14usize, "has_description", &self.has_description);
        v.field(15usize, "order_hint", &self.order_hint);
        v.field(16usize, "percent_complete", &self.percent_complete);
        v.field(17usize, "plan_id", &self.plan_id);
        v.field(18usize, "preview_type", &self.preview_type);
        v.field(19usize, "priority", &self.priority);
        v.field(20usize, "reference_count", &self.reference_count);
        v.field(21usize, "start_date_time", &self.start_date_time);
        v.field(22usize, "title", &self.title);
        v.field(
            23usize,
            "assigned_to_task_board_format",
            &self.assigned_to_task_board_format,
        );
        v.field(24usize, "bucket_task_board_format", &self.bucket_task_board_format);
        v.field(25usize, "details", &self.details);
        v.field(26usize, "progress_task_board_format", &self.progress_task_board_format);
    }
}
#[cfg(msgraph_beta_core_or_planner)]
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
            12usize => self.creation_source.read_from(r),
            13usize => self.due_date_time.read_from(r),
            14usize => self.has_description.read_from(r),
            15usize => self.order_hint.read_from(r),
            16usize => self.percent_complete.read_from(r),
            17usize => self.plan_id.read_from(r),
            18usize => self.preview_type.read_from(r),
            19usize => self.priority.read_from(r),
            20usize => self.reference_count.read_from(r),
            21usize => self.start_date_time.read_from(r),
            22usize => self.title.read_from(r),
            23usize => self.assigned_to_task_board_format.read_from(r),
            24usize => self.bucket_task_board_format.read_from(r),
            25usize => self.details.read_from(r),
            26usize => self.progress_task_board_format.read_from(r),
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
        w.field(12usize, &self.creation_source);
        w.field(13usize, &self.due_date_time);
        w.field(14usize, &self.has_description);
        w.field(15usize, &self.order_hint);
        w.field(16usize, &self.percent_complete);
        w.field(17usize, &self.plan_id);
        w.field(18usize, &self.preview_type);
        w.field(19usize, &self.priority);
        w.field(20usize, &self.reference_count);
        w.field(21usize, &self.start_date_time);
        w.field(22usize, &self.title);
        w.field(23usize, &self.assigned_to_task_board_format);
        w.field(24usize, &self.bucket_task_board_format);
        w.field(25usize, &self.details);
        w.field(26usize, &self.progress_task_board_format);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_core_or_planner)]
rt::impl_object!(PlannerTask);
#[cfg(msgraph_beta_core_or_planner)]
rt::impl_setters!(
    PlannerTask { with_id id : ::std::string::String; with_active_checklist_item_count
    active_checklist_item_count : i32; with_applied_categories applied_categories : crate
    ::beta::PlannerAppliedCategories; with_assignee_priority assignee_priority :
    ::std::string::String; with_assignments assignments : crate
    ::beta::PlannerAssignments; with_bucket_id bucket_id : ::std::string::String;
    with_checklist_item_count checklist_item_count : i32; with_completed_by completed_by
    : crate ::beta::IdentitySet; with_completed_date_time completed_date_time :
    rt::edm::DateTimeOffset; with_conversation_thread_id conversation_thread_id :
    ::std::string::String; with_created_by created_by : crate ::beta::IdentitySet;
    with_created_date_time created_date_time : rt::edm::DateTimeOffset;
    with_creation_source creation_source : crate ::beta::PlannerTaskCreation;
    with_due_date_time due_date_time : rt::edm::DateTimeOffset; with_has_description
    has_description : bool; with_order_hint order_hint : ::std::string::String;
    with_percent_complete percent_complete : i32; with_plan_id plan_id :
    ::std::string::String; with_preview_type preview_type : crate
    ::beta::PlannerPreviewType; with_priority priority : i32; with_reference_count
    reference_count : i32; with_start_date_time start_date_time :
    rt::edm::DateTimeOffset; with_title title : ::std::string::String;
    with_assigned_to_task_board_format assigned_to_task_board_format : crate
    ::beta::PlannerAssignedToTaskBoardTaskFormat; with_bucket_task_board_format
    bucket_task_board_format : crate ::beta::PlannerBucketTaskBoardTaskFormat;
    with_details details : crate ::beta::PlannerTaskDetails;
    with_progress_task_board_format progress_task_board_format : crate
    ::beta::PlannerProgressTaskBoardTaskFormat; }
);
#[cfg(msgraph_beta_core_or_planner)]
#[cfg(feature = "serde")]
rt::impl_serde!(PlannerTask);
#[cfg(msgraph_beta_core_or_planner)]
/// CSDL: `microsoft.graph.plannerTaskCreation`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct PlannerTaskCreation {
    /// CSDL: property `teamsPublicationInfo`: `microsoft.graph.plannerTeamsPublicationInfo`, nullable.
    pub teams_publication_info: rt::Field<crate::beta::PlannerTeamsPublicationInfo>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_planner)]
impl ::std::default::Default for PlannerTaskCreation {
    #[inline]
    fn default() -> Self {
        Self {
            teams_publication_info: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_planner)]
impl rt::Object for PlannerTaskCreation {
    const TYPE_NAME: &'static str = "microsoft.graph.plannerTaskCreation";
    const KEYS: &'static [&'static str] = &["teamsPublicationInfo"];
    const KEYS_JSON: &'static [&'static str] = &[",\"teamsPublicationInfo\":         "];
    const TAG: &'static str = "\"#microsoft.graph.plannerTaskCreation\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "teams_publication_info", &self.teams_publication_info);
    }
}
#[cfg(msgraph_beta_core_or_planner)]
impl rt::object::Members for PlannerTaskCreation {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.teams_publication_info.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.teams_publication_info);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_core_or_planner)]
rt::impl_object!(PlannerTaskCreation);
#[cfg(msgraph_beta_core_or_planner)]
rt::impl_setters!(
    PlannerTaskCreation { with_teams_publication_info teams_publication_info : crate
    ::beta::PlannerTeamsPublicationInfo; }
);
#[cfg(msgraph_beta_core_or_planner)]
#[cfg(feature = "serde")]
rt::impl_serde!(PlannerTaskCreation);
#[cfg(msgraph_beta_core_or_planner)]
/// CSDL: `microsoft.graph.plannerTaskDetails`, entity type, derived from `microsoft.graph.plannerDelta`, key `id`.
///
/// Request builders: [`PlannerTaskDetailsPath`](requests/trait.PlannerTaskDetailsPath.html), what a path to one (`EntityPath<PlannerTaskDetails, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct PlannerTaskDetails {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `checklist`: `microsoft.graph.plannerChecklistItems`, nullable.
    pub checklist: rt::Field<crate::beta::PlannerChecklistItems>,
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `previewType`: `microsoft.graph.plannerPreviewType`, nullable.
    pub preview_type: rt::Field<crate::beta::PlannerPreviewType>,
    /// CSDL: property `references`: `microsoft.graph.plannerExternalReferences`, nullable.
    pub references: rt::Field<crate::beta::PlannerExternalReferences>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_planner)]
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
#[cfg(msgraph_beta_core_or_planner)]
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
#[cfg(msgraph_beta_core_or_planner)]
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
#[cfg(msgraph_beta_core_or_planner)]
rt::impl_object!(PlannerTaskDetails);
#[cfg(msgraph_beta_core_or_planner)]
rt::impl_setters!(
    PlannerTaskDetails { with_id id : ::std::string::String; with_checklist checklist :
    crate ::beta::PlannerChecklistItems; with_description description :
    ::std::string::String; with_preview_type preview_type : crate
    ::beta::PlannerPreviewType; with_references references : crate
    ::beta::PlannerExternalReferences; }
);
#[cfg(msgraph_beta_core_or_planner)]
#[cfg(feature = "serde")]
rt::impl_serde!(PlannerTaskDetails);
#[cfg(msgraph_beta_core_or_planner)]
/// CSDL: `microsoft.graph.plannerTeamsPublicationInfo`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct PlannerTeamsPublicationInfo {
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `publicationId`: `Edm.String`, nullable.
    pub publication_id: rt::Field<::std::string::String>,
    /// CSDL: property `publishedToPlanId`: `Edm.String`, nullable.
    pub published_to_plan_id: rt::Field<::std::string::String>,
    /// CSDL: property `publishingTeamId`: `Edm.String`, nullable.
    pub publishing_team_id: rt::Field<::std::string::String>,
    /// CSDL: property `publishingTeamName`: `Edm.String`, nullable.
    pub publishing_team_name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_planner)]
impl ::std::default::Default for PlannerTeamsPublicationInfo {
    #[inline]
    fn default() -> Self {
        Self {
            last_modified_date_time: rt::Field::Absent,
            publication_id: rt::Field::Absent,
            published_to_plan_id: rt::Field::Absent,
            publishing_team_id: rt::Field::Absent,
            publishing_team_name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_planner)]
impl rt::Object for PlannerTeamsPublicationInfo {
    const TYPE_NAME: &'static str = "microsoft.graph.plannerTeamsPublicationInfo";
    const KEYS: &'static [&'static str] = &[
        "lastModifiedDateTime",
        "publicationId",
        "publishedToPlanId",
        "publishingTeamId",
        "publishingTeamName",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"lastModifiedDateTime\":         ",
        ",\"publicationId\":                ",
        ",\"publishedToPlanId\":            ",
        ",\"publishingTeamId\":             ",
        ",\"publishingTeamName\":           ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.plannerTeamsPublicationInfo\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(1usize, "publication_id", &self.publication_id);
        v.field(2usize, "published_to_plan_id", &self.published_to_plan_id);
        v.field(3usize, "publishing_team_id", &self.publishing_team_id);
        v.field(4usize, "publishing_team_name", &self.publishing_team_name);
    }
}
#[cfg(msgraph_beta_core_or_planner)]
impl rt::object::Members for PlannerTeamsPublicationInfo {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.last_modified_date_time.read_from(r),
            1usize => self.publication_id.read_from(r),
            2usize => self.published_to_plan_id.read_from(r),
            3usize => self.publishing_team_id.read_from(r),
            4usize => self.publishing_team_name.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.last_modified_date_time);
        w.field(1usize, &self.publication_id);
        w.field(2usize, &self.published_to_plan_id);
        w.field(3usize, &self.publishing_team_id);
        w.field(4usize, &self.publishing_team_name);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_core_or_planner)]
rt::impl_object!(PlannerTeamsPublicationInfo);
#[cfg(msgraph_beta_core_or_planner)]
rt::impl_setters!(
    PlannerTeamsPublicationInfo { with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_publication_id publication_id : ::std::string::String;
    with_published_to_plan_id published_to_plan_id : ::std::string::String;
    with_publishing_team_id publishing_team_id : ::std::string::String;
    with_publishing_team_name publishing_team_name : ::std::string::String; }
);
#[cfg(msgraph_beta_core_or_planner)]
#[cfg(feature = "serde")]
rt::impl_serde!(PlannerTeamsPublicationInfo);
#[cfg(msgraph_beta_core_or_planner)]
/// CSDL: `microsoft.graph.plannerUser`, entity type, derived from `microsoft.graph.plannerDelta`, key `id`.
///
/// Request builders: [`PlannerUserPath`](requests/trait.PlannerUserPath.html), what a path to one (`EntityPath<PlannerUser, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct PlannerUser {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `favoritePlanReferences`: `microsoft.graph.plannerFavoritePlanReferenceCollection`, nullable.
    pub favorite_plan_references: rt::Field<
        crate::beta::PlannerFavoritePlanReferenceCollection,
    >,
    /// CSDL: property `recentPlanReferences`: `microsoft.graph.plannerRecentPlanReferenceCollection`, nullable.
    pub recent_plan_references: rt::Field<
        crate::beta::PlannerRecentPlanReferenceCollection,
    >,
    /// CSDL: containment navigation property `all`: `Collection(microsoft.graph.plannerDelta)`, not nullable.
    pub all: rt::Field<::std::vec::Vec<crate::beta::AnyPlannerDelta>>,
    /// CSDL: navigation property `favoritePlans`: `Collection(microsoft.graph.plannerPlan)`, not nullable.
    pub favorite_plans: rt::Field<::std::vec::Vec<crate::beta::PlannerPlan>>,
    /// CSDL: containment navigation property `plans`: `Collection(microsoft.graph.plannerPlan)`, not nullable.
    pub plans: rt::Field<::std::vec::Vec<crate::beta::PlannerPlan>>,
    /// CSDL: navigation property `recentPlans`: `Collection(microsoft.graph.plannerPlan)`, not nullable.
    pub recent_plans: rt::Field<::std::vec::Vec<crate::beta::PlannerPlan>>,
    /// CSDL: navigation property `rosterPlans`: `Collection(microsoft.graph.plannerPlan)`, not nullable.
    pub roster_plans: rt::Field<::std::vec::Vec<crate::beta::PlannerPlan>>,
    /// CSDL: containment navigation property `tasks`: `Collection(microsoft.graph.plannerTask)`, not nullable.
    pub tasks: rt::Field<::std::vec::Vec<crate::beta::PlannerTask>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_planner)]
impl ::std::default::Default for PlannerUser {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            favorite_plan_references: rt::Field::Absent,
            recent_plan_references: rt::Field::Absent,
            all: rt::Field::Absent,
            favorite_plans: rt::Field::Absent,
            plans: rt::Field::Absent,
            recent_plans: rt::Field::Absent,
            roster_plans: rt::Field::Absent,
            tasks: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_planner)]
impl rt::Object for PlannerUser {
    const TYPE_NAME: &'static str = "microsoft.graph.plannerUser";
    const KEYS: &'static [&'static str] = &[
        "id",
        "favoritePlanReferences",
        "recentPlanReferences",
        "all",
        "favoritePlans",
        "plans",
        "recentPlans",
        "rosterPlans",
        "tasks",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"favoritePlanReferences\":       ",
        ",\"recentPlanReferences\":         ",
        ",\"all\":                          ",
        ",\"favoritePlans\":                ",
        ",\"plans\":                        ",
        ",\"recentPlans\":                  ",
        ",\"rosterPlans\":                  ",
        ",\"tasks\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.plannerUser\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "favorite_plan_references", &self.favorite_plan_references);
        v.field(2usize, "recent_plan_references", &self.recent_plan_references);
        v.field(3usize, "all", &self.all);
        v.field(4usize, "favorite_plans", &self.favorite_plans);
        v.field(5usize, "plans", &self.plans);
        v.field(6usize, "recent_plans", &self.recent_plans);
        v.field(7usize, "roster_plans", &self.roster_plans);
        v.field(8usize, "tasks", &self.tasks);
    }
}
#[cfg(msgraph_beta_core_or_planner)]
impl rt::object::Members for PlannerUser {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.favorite_plan_references.read_from(r),
            2usize => self.recent_plan_references.read_from(r),
            3usize => self.all.read_from(r),
            4usize => self.favorite_plans.read_from(r),
            5usize => self.plans.read_from(r),
            6usize => self.recent_plans.read_from(r),
            7usize => self.roster_plans.read_from(r),
            8usize => self.tasks.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.favorite_plan_references);
        w.field(2usize, &self.recent_plan_references);
        w.field(3usize, &self.all);
        w.field(4usize, &self.favorite_plans);
        w.field(5usize, &self.plans);
        w.field(6usize, &self.recent_plans);
        w.field(7usize, &self.roster_plans);
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
#[cfg(msgraph_beta_core_or_planner)]
rt::impl_object!(PlannerUser);
#[cfg(msgraph_beta_core_or_planner)]
rt::impl_setters!(
    PlannerUser { with_id id : ::std::string::String; with_favorite_plan_references
    favorite_plan_references : crate ::beta::PlannerFavoritePlanReferenceCollection;
    with_recent_plan_references recent_plan_references : crate
    ::beta::PlannerRecentPlanReferenceCollection; with_all all : ::std::vec::Vec < crate
    ::beta::AnyPlannerDelta >; with_favorite_plans favorite_plans : ::std::vec::Vec <
    crate ::beta::PlannerPlan >; with_plans plans : ::std::vec::Vec < crate
    ::beta::PlannerPlan >; with_recent_plans recent_plans : ::std::vec::Vec < crate
    ::beta::PlannerPlan >; with_roster_plans roster_plans : ::std::vec::Vec < crate
    ::beta::PlannerPlan >; with_tasks tasks : ::std::vec::Vec < crate ::beta::PlannerTask
    >; }
);
#[cfg(msgraph_beta_core_or_planner)]
#[cfg(feature = "serde")]
rt::impl_serde!(PlannerUser);
#[cfg(msgraph_beta_core_or_planner)]
/// CSDL: `microsoft.graph.plannerUserIds`, complex type, open.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct PlannerUserIds {
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_planner)]
impl ::std::default::Default for PlannerUserIds {
    #[inline]
    fn default() -> Self {
        Self {
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_planner)]
impl rt::Object for PlannerUserIds {
    const TYPE_NAME: &'static str = "microsoft.graph.plannerUserIds";
    const KEYS: &'static [&'static str] = &[];
    const KEYS_JSON: &'static [&'static str] = &[];
    const TAG: &'static str = "\"#microsoft.graph.plannerUserIds\"";
    #[inline]
    #[allow(unused_variables)]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {}
}
#[cfg(msgraph_beta_core_or_planner)]
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
#[cfg(msgraph_beta_core_or_planner)]
rt::impl_object!(PlannerUserIds);
#[cfg(msgraph_beta_core_or_planner)]
#[cfg(feature = "serde")]
rt::impl_serde!(PlannerUserIds);
#[cfg(msgraph_beta_device_app_management_or_search)]
/// A class containing the properties used for PolicySet.
///
/// CSDL: `microsoft.graph.policySet`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`PolicySetPath`](requests/trait.PolicySetPath.html), what a path to one (`EntityPath<PolicySet, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
#[derive(Clone)]
pub struct PolicySet {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Creation time of the PolicySet.
    ///
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Description of the PolicySet.
    ///
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// DisplayName of the PolicySet.
    ///
    /// CSDL: property `displayName`: `Edm.String`, not nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// Error code if any occured.
    ///
    /// CSDL: property `errorCode`: `microsoft.graph.errorCode`, not nullable.
    pub error_code: rt::Field<crate::beta::ErrorCode>,
    /// Tags of the guided deployment
    ///
    /// CSDL: property `guidedDeploymentTags`: `Collection(Edm.String)`, nullable.
    pub guided_deployment_tags: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Last modified time of the PolicySet.
    ///
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// RoleScopeTags of the PolicySet
    ///
    /// CSDL: property `roleScopeTags`: `Collection(Edm.String)`, nullable.
    pub role_scope_tags: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Validation/assignment status of the PolicySet.
    ///
    /// CSDL: property `status`: `microsoft.graph.policySetStatus`, not nullable.
    pub status: rt::Field<crate::beta::PolicySetStatus>,
    /// Assignments of the PolicySet.
    ///
    /// CSDL: containment navigation property `assignments`: `Collection(microsoft.graph.policySetAssignment)`, not nullable.
    pub assignments: rt::Field<::std::vec::Vec<crate::beta::PolicySetAssignment>>,
    /// Items of the PolicySet with maximum count 100.
    ///
    /// CSDL: containment navigation property `items`: `Collection(microsoft.graph.policySetItem)`, not nullable.
    pub items: rt::Field<::std::vec::Vec<crate::beta::AnyPolicySetItem>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::default::Default for PolicySet {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            error_code: rt::Field::Absent,
            guided_deployment_tags: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            role_scope_tags: rt::Field::Absent,
            status: rt::Field::Absent,
            assignments: rt::Field::Absent,
            items: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::Object for PolicySet {
    const TYPE_NAME: &'static str = "microsoft.graph.policySet";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdDateTime",
        "description",
        "displayName",
        "errorCode",
        "guidedDeploymentTags",
        "lastModifiedDateTime",
        "roleScopeTags",
        "status",
        "assignments",
        "items",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdDateTime\":              ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"errorCode\":                    ",
        ",\"guidedDeploymentTags\":         ",
        ",\"lastModifiedDateTime\":         ",
        ",\"roleScopeTags\":                ",
        ",\"status\":                       ",
        ",\"assignments\":                  ",
        ",\"items\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.policySet\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_date_time", &self.created_date_time);
        v.field(2usize, "description", &self.description);
        v.field(3usize, "display_name", &self.display_name);
        v.field(4usize, "error_code", &self.error_code);
        v.field(5usize, "guided_deployment_tags", &self.guided_deployment_tags);
        v.field(6usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(7usize, "role_scope_tags", &self.role_scope_tags);
        v.field(8usize, "status", &self.status);
        v.field(9usize, "assignments", &self.assignments);
        v.field(10usize, "items", &self.items);
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::object::Members for PolicySet {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_date_time.read_from(r),
            2usize => self.description.read_from(r),
            3usize => self.display_name.read_from(r),
            4usize => self.error_code.read_from(r),
            5usize => self.guided_deployment_tags.read_from(r),
            6usize => self.last_modified_date_time.read_from(r),
            7usize => self.role_scope_tags.read_from(r),
            8usize => self.status.read_from(r),
            9usize => self.assignments.read_from(r),
            10usize => self.items.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.created_date_time);
        w.field(2usize, &self.description);
        w.field(3usize, &self.display_name);
        w.field(4usize, &self.error_code);
        w.field(5usize, &self.guided_deployment_tags);
        w.field(6usize, &self.last_modified_date_time);
        w.field(7usize, &self.role_scope_tags);
        w.field(8usize, &self.status);
        w.field(9usize, &self.assignments);
        w.field(10usize, &self.items);
    }
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
rt::impl_object!(PolicySet);
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_setters!(
    PolicySet { with_id id : ::std::string::String; with_created_date_time
    created_date_time : rt::edm::DateTimeOffset; with_description description :
    ::std::string::String; with_display_name display_name : ::std::string::String;
    with_error_code error_code : crate ::beta::ErrorCode; with_guided_deployment_tags
    guided_deployment_tags : ::std::vec::Vec < ::std::string::String >;
    with_last_modified_date_time last_modified_date_time : rt::edm::DateTimeOffset;
    with_role_scope_tags role_scope_tags : ::std::vec::Vec < ::std::string::String >;
    with_status status : crate ::beta::PolicySetStatus; with_assignments assignments :
    ::std::vec::Vec < crate ::beta::PolicySetAssignment >; with_items items :
    ::std::vec::Vec < crate ::beta::AnyPolicySetItem >; }
);
#[cfg(msgraph_beta_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(PolicySet);
#[cfg(msgraph_beta_device_app_management_or_search)]
/// A class containing the properties used for PolicySet Assignment.
///
/// CSDL: `microsoft.graph.policySetAssignment`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`PolicySetAssignmentPath`](requests/trait.PolicySetAssignmentPath.html), what a path to one (`EntityPath<PolicySetAssignment, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
#[derive(Clone)]
pub struct PolicySetAssignment {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Last modified time of the PolicySetAssignment.
    ///
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// The target group of PolicySetAssignment
    ///
    /// CSDL: property `target`: `microsoft.graph.deviceAndAppManagementAssignmentTarget`, nullable.
    pub target: rt::Field<crate::beta::AnyDeviceAndAppManagementAssignmentTarget>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::default::Default for PolicySetAssignment {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            target: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::Object for PolicySetAssignment {
    const TYPE_NAME: &'static str = "microsoft.graph.policySetAssignment";
    const KEYS: &'static [&'static str] = &["id", "lastModifiedDateTime", "target"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"lastModifiedDateTime\":         ",
        ",\"target\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.policySetAssignment\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(2usize, "target", &self.target);
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::object::Members for PolicySetAssignment {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.last_modified_date_time.read_from(r),
            2usize => self.target.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.last_modified_date_time);
        w.field(2usize, &self.target);
    }
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
rt::impl_object!(PolicySetAssignment);
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_setters!(
    PolicySetAssignment { with_id id : ::std::string::String;
    with_last_modified_date_time last_modified_date_time : rt::edm::DateTimeOffset;
    with_target target : crate ::beta::AnyDeviceAndAppManagementAssignmentTarget; }
);
#[cfg(msgraph_beta_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(PolicySetAssignment);
#[cfg(msgraph_beta_device_app_management_or_search)]
/// A class containing the properties used for PolicySet Item.
///
/// CSDL: `microsoft.graph.policySetItem`, entity type, derived from `microsoft.graph.entity`, abstract, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
#[derive(Clone)]
pub struct PolicySetItem {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Creation time of the PolicySetItem.
    ///
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// DisplayName of the PolicySetItem.
    ///
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// Error code if any occured.
    ///
    /// CSDL: property `errorCode`: `microsoft.graph.errorCode`, not nullable.
    pub error_code: rt::Field<crate::beta::ErrorCode>,
    /// Tags of the guided deployment
    ///
    /// CSDL: property `guidedDeploymentTags`: `Collection(Edm.String)`, nullable.
    pub guided_deployment_tags: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// policySetType of the PolicySetItem.
    ///
    /// CSDL: property `itemType`: `Edm.String`, nullable.
    pub item_type: rt::Field<::std::string::String>,
    /// Last modified time of the PolicySetItem.
    ///
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// PayloadId of the PolicySetItem.
    ///
    /// CSDL: property `payloadId`: `Edm.String`, not nullable.
    pub payload_id: rt::Field<::std::string::String>,
    /// Status of the PolicySetItem.
    ///
    /// CSDL: property `status`: `microsoft.graph.policySetStatus`, not nullable.
    pub status: rt::Field<crate::beta::PolicySetStatus>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::default::Default for PolicySetItem {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            display_name: rt::Field::Absent,
            error_code: rt::Field::Absent,
            guided_deployment_tags: rt::Field::Absent,
            item_type: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            payload_id: rt::Field::Absent,
            status: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::Object for PolicySetItem {
    const TYPE_NAME: &'static str = "microsoft.graph.policySetItem";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdDateTime",
        "displayName",
        "errorCode",
        "guidedDeploymentTags",
        "itemType",
        "lastModifiedDateTime",
        "payloadId",
        "status",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdDateTime\":              ",
        ",\"displayName\":                  ",
        ",\"errorCode\":                    ",
        ",\"guidedDeploymentTags\":         ",
        ",\"itemType\":                     ",
        ",\"lastModifiedDateTime\":         ",
        ",\"payloadId\":                    ",
        ",\"status\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.policySetItem\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_date_time", &self.created_date_time);
        v.field(2usize, "display_name", &self.display_name);
        v.field(3usize, "error_code", &self.error_code);
        v.field(4usize, "guided_deployment_tags", &self.guided_deployment_tags);
        v.field(5usize, "item_type", &self.item_type);
        v.field(6usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(7usize, "payload_id", &self.payload_id);
        v.field(8usize, "status", &self.status);
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::object::Members for PolicySetItem {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_date_time.read_from(r),
            2usize => self.display_name.read_from(r),
            3usize => self.error_code.read_from(r),
            4usize => self.guided_deployment_tags.read_from(r),
            5usize => self.item_type.read_from(r),
            6usize => self.last_modified_date_time.read_from(r),
            7usize => self.payload_id.read_from(r),
            8usize => self.status.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.created_date_time);
        w.field(2usize, &self.display_name);
        w.field(3usize, &self.error_code);
        w.field(4usize, &self.guided_deployment_tags);
        w.field(5usize, &self.item_type);
        w.field(6usize, &self.last_modified_date_time);
        w.field(7usize, &self.payload_id);
        w.field(8usize, &self.status);
    }
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
rt::impl_object!(PolicySetItem);
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_setters!(
    PolicySetItem { with_id id : ::std::string::String; with_created_date_time
    created_date_time : rt::edm::DateTimeOffset; with_display_name display_name :
    ::std::string::String; with_error_code error_code : crate ::beta::ErrorCode;
    with_guided_deployment_tags guided_deployment_tags : ::std::vec::Vec <
    ::std::string::String >; with_item_type item_type : ::std::string::String;
    with_last_modified_date_time last_modified_date_time : rt::edm::DateTimeOffset;
    with_payload_id payload_id : ::std::string::String; with_status status : crate
    ::beta::PolicySetStatus; }
);
#[cfg(msgraph_beta_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(PolicySetItem);
#[cfg(msgraph_beta_device_app_management_or_search)]
/// `microsoft.graph.policySetItem` or any type derived from it, selected by `@odata.type` (13 types); each variant's type converts into it (`From`).
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyPolicySetItem {
    PolicySetItem(::std::boxed::Box<crate::beta::PolicySetItem>),
    DeviceCompliancePolicyPolicySetItem(
        ::std::boxed::Box<crate::beta::DeviceCompliancePolicyPolicySetItem>,
    ),
    DeviceConfigurationPolicySetItem(
        ::std::boxed::Box<crate::beta::DeviceConfigurationPolicySetItem>,
    ),
    DeviceManagementScriptPolicySetItem(
        ::std::boxed::Box<crate::beta::DeviceManagementScriptPolicySetItem>,
    ),
    EnrollmentRestrictionsConfigurationPolicySetItem(
        ::std::boxed::Box<crate::beta::EnrollmentRestrictionsConfigurationPolicySetItem>,
    ),
    IosLobAppProvisioningConfigurationPolicySetItem(
        ::std::boxed::Box<crate::beta::IosLobAppProvisioningConfigurationPolicySetItem>,
    ),
    ManagedAppProtectionPolicySetItem(
        ::std::boxed::Box<crate::beta::ManagedAppProtectionPolicySetItem>,
    ),
    ManagedDeviceMobileAppConfigurationPolicySetItem(
        ::std::boxed::Box<crate::beta::ManagedDeviceMobileAppConfigurationPolicySetItem>,
    ),
    MdmWindowsInformationProtectionPolicyPolicySetItem(
        ::std::boxed::Box<
            crate::beta::MdmWindowsInformationProtectionPolicyPolicySetItem,
        >,
    ),
    MobileAppPolicySetItem(::std::boxed::Box<crate::beta::MobileAppPolicySetItem>),
    TargetedManagedAppConfigurationPolicySetItem(
        ::std::boxed::Box<crate::beta::TargetedManagedAppConfigurationPolicySetItem>,
    ),
    Windows10EnrollmentCompletionPageConfigurationPolicySetItem(
        ::std::boxed::Box<
            crate::beta::Windows10EnrollmentCompletionPageConfigurationPolicySetItem,
        >,
    ),
    WindowsAutopilotDeploymentProfilePolicySetItem(
        ::std::boxed::Box<crate::beta::WindowsAutopilotDeploymentProfilePolicySetItem>,
    ),
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::default::Default for AnyPolicySetItem {
    #[inline]
    fn default() -> Self {
        Self::PolicySetItem(::std::default::Default::default())
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::PolicySetItem> for AnyPolicySetItem {
    #[inline]
    fn from(v: crate::beta::PolicySetItem) -> Self {
        Self::PolicySetItem(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DeviceCompliancePolicyPolicySetItem>
for AnyPolicySetItem {
    #[inline]
    fn from(v: crate::beta::DeviceCompliancePolicyPolicySetItem) -> Self {
        Self::DeviceCompliancePolicyPolicySetItem(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DeviceConfigurationPolicySetItem>
for AnyPolicySetItem {
    #[inline]
    fn from(v: crate::beta::DeviceConfigurationPolicySetItem) -> Self {
        Self::DeviceConfigurationPolicySetItem(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DeviceManagementScriptPolicySetItem>
for AnyPolicySetItem {
    #[inline]
    fn from(v: crate::beta::DeviceManagementScriptPolicySetItem) -> Self {
        Self::DeviceManagementScriptPolicySetItem(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::EnrollmentRestrictionsConfigurationPolicySetItem>
for AnyPolicySetItem {
    #[inline]
    fn from(v: crate::beta::EnrollmentRestrictionsConfigurationPolicySetItem) -> Self {
        Self::EnrollmentRestrictionsConfigurationPolicySetItem(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::IosLobAppProvisioningConfigurationPolicySetItem>
for AnyPolicySetItem {
    #[inline]
    fn from(v: crate::beta::IosLobAppProvisioningConfigurationPolicySetItem) -> Self {
        Self::IosLobAppProvisioningConfigurationPolicySetItem(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ManagedAppProtectionPolicySetItem>
for AnyPolicySetItem {
    #[inline]
    fn from(v: crate::beta::ManagedAppProtectionPolicySetItem) -> Self {
        Self::ManagedAppProtectionPolicySetItem(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ManagedDeviceMobileAppConfigurationPolicySetItem>
for AnyPolicySetItem {
    #[inline]
    fn from(v: crate::beta::ManagedDeviceMobileAppConfigurationPolicySetItem) -> Self {
        Self::ManagedDeviceMobileAppConfigurationPolicySetItem(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<
    crate::beta::MdmWindowsInformationProtectionPolicyPolicySetItem,
> for AnyPolicySetItem {
    #[inline]
    fn from(v: crate::beta::MdmWindowsInformationProtectionPolicyPolicySetItem) -> Self {
        Self::MdmWindowsInformationProtectionPolicyPolicySetItem(
            ::std::boxed::Box::new(v),
        )
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::MobileAppPolicySetItem> for AnyPolicySetItem {
    #[inline]
    fn from(v: crate::beta::MobileAppPolicySetItem) -> Self {
        Self::MobileAppPolicySetItem(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::TargetedManagedAppConfigurationPolicySetItem>
for AnyPolicySetItem {
    #[inline]
    fn from(v: crate::beta::TargetedManagedAppConfigurationPolicySetItem) -> Self {
        Self::TargetedManagedAppConfigurationPolicySetItem(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<
    crate::beta::Windows10EnrollmentCompletionPageConfigurationPolicySetItem,
> for AnyPolicySetItem {
    #[inline]
    fn from(
        v: crate::beta::Windows10EnrollmentCompletionPageConfigurationPolicySetItem,
    ) -> Self {
        Self::Windows10EnrollmentCompletionPageConfigurationPolicySetItem(
            ::std::boxed::Box::new(v),
        )
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::WindowsAutopilotDeploymentProfilePolicySetItem>
for AnyPolicySetItem {
    #[inline]
    fn from(v: crate::beta::WindowsAutopilotDeploymentProfilePolicySetItem) -> Self {
        Self::WindowsAutopilotDeploymentProfilePolicySetItem(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
unsafe impl ::std::marker::Send for AnyPolicySetItem {}
#[cfg(msgraph_beta_device_app_management_or_search)]
unsafe impl ::std::marker::Sync for AnyPolicySetItem {}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::marker::Unpin for AnyPolicySetItem {}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::panic::UnwindSafe for AnyPolicySetItem {}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::panic::RefUnwindSafe for AnyPolicySetItem {}
#[cfg(msgraph_beta_device_app_management_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::beta::PolicySetItem>();
    rt::object::auto_traits::<crate::beta::DeviceCompliancePolicyPolicySetItem>();
    rt::object::auto_traits::<crate::beta::DeviceConfigurationPolicySetItem>();
    rt::object::auto_traits::<crate::beta::DeviceManagementScriptPolicySetItem>();
    rt::object::auto_traits::<
        crate::beta::EnrollmentRestrictionsConfigurationPolicySetItem,
    >();
    rt::object::auto_traits::<
        crate::beta::IosLobAppProvisioningConfigurationPolicySetItem,
    >();
    rt::object::auto_traits::<crate::beta::ManagedAppProtectionPolicySetItem>();
    rt::object::auto_traits::<
        crate::beta::ManagedDeviceMobileAppConfigurationPolicySetItem,
    >();
    rt::object::auto_traits::<
        crate::beta::MdmWindowsInformationProtectionPolicyPolicySetItem,
    >();
    rt::object::auto_traits::<crate::beta::MobileAppPolicySetItem>();
    rt::object::auto_traits::<
        crate::beta::TargetedManagedAppConfigurationPolicySetItem,
    >();
    rt::object::auto_traits::<
        crate::beta::Windows10EnrollmentCompletionPageConfigurationPolicySetItem,
    >();
    rt::object::auto_traits::<
        crate::beta::WindowsAutopilotDeploymentProfilePolicySetItem,
    >();
};
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::Poly for AnyPolicySetItem {
    const BASE_NAME: &'static str = "microsoft.graph.policySetItem";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some(
                "microsoft.graph.deviceCompliancePolicyPolicySetItem",
            ) => Self::DeviceCompliancePolicyPolicySetItem(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.deviceConfigurationPolicySetItem",
            ) => Self::DeviceConfigurationPolicySetItem(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.deviceManagementScriptPolicySetItem",
            ) => Self::DeviceManagementScriptPolicySetItem(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.enrollmentRestrictionsConfigurationPolicySetItem",
            ) => {
                Self::EnrollmentRestrictionsConfigurationPolicySetItem(
                    rt::object::new_boxed(),
                )
            }
            ::std::option::Option::Some(
                "microsoft.graph.iosLobAppProvisioningConfigurationPolicySetItem",
            ) => {
                Self::IosLobAppProvisioningConfigurationPolicySetItem(
                    rt::object::new_boxed(),
                )
            }
            ::std::option::Option::Some(
                "microsoft.graph.managedAppProtectionPolicySetItem",
            ) => Self::ManagedAppProtectionPolicySetItem(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.managedDeviceMobileAppConfigurationPolicySetItem",
            ) => {
                Self::ManagedDeviceMobileAppConfigurationPolicySetItem(
                    rt::object::new_boxed(),
                )
            }
            ::std::option::Option::Some(
                "microsoft.graph.mdmWindowsInformationProtectionPolicyPolicySetItem",
            ) => {
                Self::MdmWindowsInformationProtectionPolicyPolicySetItem(
                    rt::object::new_boxed(),
                )
            }
            ::std::option::Option::Some("microsoft.graph.mobileAppPolicySetItem") => {
                Self::MobileAppPolicySetItem(rt::object::new_boxed())
            }
            ::std::option::Option::Some(
                "microsoft.graph.targetedManagedAppConfigurationPolicySetItem",
            ) => {
                Self::TargetedManagedAppConfigurationPolicySetItem(
                    rt::object::new_boxed(),
                )
            }
            ::std::option::Option::Some(
                "microsoft.graph.windows10EnrollmentCompletionPageConfigurationPolicySetItem",
            ) => {
                Self::Windows10EnrollmentCompletionPageConfigurationPolicySetItem(
                    rt::object::new_boxed(),
                )
            }
            ::std::option::Option::Some(
                "microsoft.graph.windowsAutopilotDeploymentProfilePolicySetItem",
            ) => {
                Self::WindowsAutopilotDeploymentProfilePolicySetItem(
                    rt::object::new_boxed(),
                )
            }
            _ => Self::PolicySetItem(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::PolicySetItem(v) => &**v,
            Self::DeviceCompliancePolicyPolicySetItem(v) => &**v,
            Self::DeviceConfigurationPolicySetItem(v) => &**v,
            Self::DeviceManagementScriptPolicySetItem(v) => &**v,
            Self::EnrollmentRestrictionsConfigurationPolicySetItem(v) => &**v,
            Self::IosLobAppProvisioningConfigurationPolicySetItem(v) => &**v,
            Self::ManagedAppProtectionPolicySetItem(v) => &**v,
            Self::ManagedDeviceMobileAppConfigurationPolicySetItem(v) => &**v,
            Self::MdmWindowsInformationProtectionPolicyPolicySetItem(v) => &**v,
            Self::MobileAppPolicySetItem(v) => &**v,
            Self::TargetedManagedAppConfigurationPolicySetItem(v) => &**v,
            Self::Windows10EnrollmentCompletionPageConfigurationPolicySetItem(v) => &**v,
            Self::WindowsAutopilotDeploymentProfilePolicySetItem(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::PolicySetItem(v) => &mut **v,
            Self::DeviceCompliancePolicyPolicySetItem(v) => &mut **v,
            Self::DeviceConfigurationPolicySetItem(v) => &mut **v,
            Self::DeviceManagementScriptPolicySetItem(v) => &mut **v,
            Self::EnrollmentRestrictionsConfigurationPolicySetItem(v) => &mut **v,
            Self::IosLobAppProvisioningConfigurationPolicySetItem(v) => &mut **v,
            Self::ManagedAppProtectionPolicySetItem(v) => &mut **v,
            Self::ManagedDeviceMobileAppConfigurationPolicySetItem(v) => &mut **v,
            Self::MdmWindowsInformationProtectionPolicyPolicySetItem(v) => &mut **v,
            Self::MobileAppPolicySetItem(v) => &mut **v,
            Self::TargetedManagedAppConfigurationPolicySetItem(v) => &mut **v,
            Self::Windows10EnrollmentCompletionPageConfigurationPolicySetItem(v) => {
                &mut **v
            }
            Self::WindowsAutopilotDeploymentProfilePolicySetItem(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl AnyPolicySetItem {
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
            Self::PolicySetItem(v) => &v.id,
            Self::DeviceCompliancePolicyPolicySetItem(v) => &v.id,
            Self::DeviceConfigurationPolicySetItem(v) => &v.id,
            Self::DeviceManagementScriptPolicySetItem(v) => &v.id,
            Self::EnrollmentRestrictionsConfigurationPolicySetItem(v) => &v.id,
            Self::IosLobAppProvisioningConfigurationPolicySetItem(v) => &v.id,
            Self::ManagedAppProtectionPolicySetItem(v) => &v.id,
            Self::ManagedDeviceMobileAppConfigurationPolicySetItem(v) => &v.id,
            Self::MdmWindowsInformationProtectionPolicyPolicySetItem(v) => &v.id,
            Self::MobileAppPolicySetItem(v) => &v.id,
            Self::TargetedManagedAppConfigurationPolicySetItem(v) => &v.id,
            Self::Windows10EnrollmentCompletionPageConfigurationPolicySetItem(v) => &v.id,
            Self::WindowsAutopilotDeploymentProfilePolicySetItem(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::PolicySetItem(v) => &mut v.id,
            Self::DeviceCompliancePolicyPolicySetItem(v) => &mut v.id,
            Self::DeviceConfigurationPolicySetItem(v) => &mut v.id,
            Self::DeviceManagementScriptPolicySetItem(v) => &mut v.id,
            Self::EnrollmentRestrictionsConfigurationPolicySetItem(v) => &mut v.id,
            Self::IosLobAppProvisioningConfigurationPolicySetItem(v) => &mut v.id,
            Self::ManagedAppProtectionPolicySetItem(v) => &mut v.id,
            Self::ManagedDeviceMobileAppConfigurationPolicySetItem(v) => &mut v.id,
            Self::MdmWindowsInformationProtectionPolicyPolicySetItem(v) => &mut v.id,
            Self::MobileAppPolicySetItem(v) => &mut v.id,
            Self::TargetedManagedAppConfigurationPolicySetItem(v) => &mut v.id,
            Self::Windows10EnrollmentCompletionPageConfigurationPolicySetItem(v) => {
                &mut v.id
            }
            Self::WindowsAutopilotDeploymentProfilePolicySetItem(v) => &mut v.id,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::PolicySetItem(v) => &v.created_date_time,
            Self::DeviceCompliancePolicyPolicySetItem(v) => &v.created_date_time,
            Self::DeviceConfigurationPolicySetItem(v) => &v.created_date_time,
            Self::DeviceManagementScriptPolicySetItem(v) => &v.created_date_time,
            Self::EnrollmentRestrictionsConfigurationPolicySetItem(v) => {
                &v.created_date_time
            }
            Self::IosLobAppProvisioningConfigurationPolicySetItem(v) => {
                &v.created_date_time
            }
            Self::ManagedAppProtectionPolicySetItem(v) => &v.created_date_time,
            Self::ManagedDeviceMobileAppConfigurationPolicySetItem(v) => {
                &v.created_date_time
            }
            Self::MdmWindowsInformationProtectionPolicyPolicySetItem(v) => {
                &v.created_date_time
            }
            Self::MobileAppPolicySetItem(v) => &v.created_date_time,
            Self::TargetedManagedAppConfigurationPolicySetItem(v) => &v.created_date_time,
            Self::Windows10EnrollmentCompletionPageConfigurationPolicySetItem(v) => {
                &v.created_date_time
            }
            Self::WindowsAutopilotDeploymentProfilePolicySetItem(v) => {
                &v.created_date_time
            }
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time_mut(&mut self) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::PolicySetItem(v) => &mut v.created_date_time,
            Self::DeviceCompliancePolicyPolicySetItem(v) => &mut v.created_date_time,
            Self::DeviceConfigurationPolicySetItem(v) => &mut v.created_date_time,
            Self::DeviceManagementScriptPolicySetItem(v) => &mut v.created_date_time,
            Self::EnrollmentRestrictionsConfigurationPolicySetItem(v) => {
                &mut v.created_date_time
            }
            Self::IosLobAppProvisioningConfigurationPolicySetItem(v) => {
                &mut v.created_date_time
            }
            Self::ManagedAppProtectionPolicySetItem(v) => &mut v.created_date_time,
            Self::ManagedDeviceMobileAppConfigurationPolicySetItem(v) => {
                &mut v.created_date_time
            }
            Self::MdmWindowsInformationProtectionPolicyPolicySetItem(v) => {
                &mut v.created_date_time
            }
            Self::MobileAppPolicySetItem(v) => &mut v.created_date_time,
            Self::TargetedManagedAppConfigurationPolicySetItem(v) => {
                &mut v.created_date_time
            }
            Self::Windows10EnrollmentCompletionPageConfigurationPolicySetItem(v) => {
                &mut v.created_date_time
            }
            Self::WindowsAutopilotDeploymentProfilePolicySetItem(v) => {
                &mut v.created_date_time
            }
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::PolicySetItem(v) => &v.display_name,
            Self::DeviceCompliancePolicyPolicySetItem(v) => &v.display_name,
            Self::DeviceConfigurationPolicySetItem(v) => &v.display_name,
            Self::DeviceManagementScriptPolicySetItem(v) => &v.display_name,
            Self::EnrollmentRestrictionsConfigurationPolicySetItem(v) => &v.display_name,
            Self::IosLobAppProvisioningConfigurationPolicySetItem(v) => &v.display_name,
            Self::ManagedAppProtectionPolicySetItem(v) => &v.display_name,
            Self::ManagedDeviceMobileAppConfigurationPolicySetItem(v) => &v.display_name,
            Self::MdmWindowsInformationProtectionPolicyPolicySetItem(v) => {
                &v.display_name
            }
            Self::MobileAppPolicySetItem(v) => &v.display_name,
            Self::TargetedManagedAppConfigurationPolicySetItem(v) => &v.display_name,
            Self::Windows10EnrollmentCompletionPageConfigurationPolicySetItem(v) => {
                &v.display_name
            }
            Self::WindowsAutopilotDeploymentProfilePolicySetItem(v) => &v.display_name,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::PolicySetItem(v) => &mut v.display_name,
            Self::DeviceCompliancePolicyPolicySetItem(v) => &mut v.display_name,
            Self::DeviceConfigurationPolicySetItem(v) => &mut v.display_name,
            Self::DeviceManagementScriptPolicySetItem(v) => &mut v.display_name,
            Self::EnrollmentRestrictionsConfigurationPolicySetItem(v) => {
                &mut v.display_name
            }
            Self::IosLobAppProvisioningConfigurationPolicySetItem(v) => {
                &mut v.display_name
            }
            Self::ManagedAppProtectionPolicySetItem(v) => &mut v.display_name,
            Self::ManagedDeviceMobileAppConfigurationPolicySetItem(v) => {
                &mut v.display_name
            }
            Self::MdmWindowsInformationProtectionPolicyPolicySetItem(v) => {
                &mut v.display_name
            }
            Self::MobileAppPolicySetItem(v) => &mut v.display_name,
            Self::TargetedManagedAppConfigurationPolicySetItem(v) => &mut v.display_name,
            Self::Windows10EnrollmentCompletionPageConfigurationPolicySetItem(v) => {
                &mut v.display_name
            }
            Self::WindowsAutopilotDeploymentProfilePolicySetItem(v) => {
                &mut v.display_name
            }
        }
    }
    /// `errorCode` of any variant.
    #[inline]
    pub fn error_code(&self) -> &rt::Field<crate::beta::ErrorCode> {
        match self {
            Self::PolicySetItem(v) => &v.error_code,
            Self::DeviceCompliancePolicyPolicySetItem(v) => &v.error_code,
            Self::DeviceConfigurationPolicySetItem(v) => &v.error_code,
            Self::DeviceManagementScriptPolicySetItem(v) => &v.error_code,
            Self::EnrollmentRestrictionsConfigurationPolicySetItem(v) => &v.error_code,
            Self::IosLobAppProvisioningConfigurationPolicySetItem(v) => &v.error_code,
            Self::ManagedAppProtectionPolicySetItem(v) => &v.error_code,
            Self::ManagedDeviceMobileAppConfigurationPolicySetItem(v) => &v.error_code,
            Self::MdmWindowsInformationProtectionPolicyPolicySetItem(v) => &v.error_code,
            Self::MobileAppPolicySetItem(v) => &v.error_code,
            Self::TargetedManagedAppConfigurationPolicySetItem(v) => &v.error_code,
            Self::Windows10EnrollmentCompletionPageConfigurationPolicySetItem(v) => {
                &v.error_code
            }
            Self::WindowsAutopilotDeploymentProfilePolicySetItem(v) => &v.error_code,
        }
    }
    /// `errorCode` of any variant.
    #[inline]
    pub fn error_code_mut(&mut self) -> &mut rt::Field<crate::beta::ErrorCode> {
        match self {
            Self::PolicySetItem(v) => &mut v.error_code,
            Self::DeviceCompliancePolicyPolicySetItem(v) => &mut v.error_code,
            Self::DeviceConfigurationPolicySetItem(v) => &mut v.error_code,
            Self::DeviceManagementScriptPolicySetItem(v) => &mut v.error_code,
            Self::EnrollmentRestrictionsConfigurationPolicySetItem(v) => {
                &mut v.error_code
            }
            Self::IosLobAppProvisioningConfigurationPolicySetItem(v) => &mut v.error_code,
            Self::ManagedAppProtectionPolicySetItem(v) => &mut v.error_code,
            Self::ManagedDeviceMobileAppConfigurationPolicySetItem(v) => {
                &mut v.error_code
            }
            Self::MdmWindowsInformationProtectionPolicyPolicySetItem(v) => {
                &mut v.error_code
            }
            Self::MobileAppPolicySetItem(v) => &mut v.error_code,
            Self::TargetedManagedAppConfigurationPolicySetItem(v) => &mut v.error_code,
            Self::Windows10EnrollmentCompletionPageConfigurationPolicySetItem(v) => {
                &mut v.error_code
            }
            Self::WindowsAutopilotDeploymentProfilePolicySetItem(v) => &mut v.error_code,
        }
    }
    /// `guidedDeploymentTags` of any variant.
    #[inline]
    pub fn guided_deployment_tags(
        &self,
    ) -> &rt::Field<::std::vec::Vec<::std::string::String>> {
        match self {
            Self::PolicySetItem(v) => &v.guided_deployment_tags,
            Self::DeviceCompliancePolicyPolicySetItem(v) => &v.guided_deployment_tags,
            Self::DeviceConfigurationPolicySetItem(v) => &v.guided_deployment_tags,
            Self::DeviceManagementScriptPolicySetItem(v) => &v.guided_deployment_tags,
            Self::EnrollmentRestrictionsConfigurationPolicySetItem(v) => {
                &v.guided_deployment_tags
            }
            Self::IosLobAppProvisioningConfigurationPolicySetItem(v) => {
                &v.guided_deployment_tags
            }
            Self::ManagedAppProtectionPolicySetItem(v) => &v.guided_deployment_tags,
            Self::ManagedDeviceMobileAppConfigurationPolicySetItem(v) => {
                &v.guided_deployment_tags
            }
            Self::MdmWindowsInformationProtectionPolicyPolicySetItem(v) => {
                &v.guided_deployment_tags
            }
            Self::MobileAppPolicySetItem(v) => &v.guided_deployment_tags,
            Self::TargetedManagedAppConfigurationPolicySetItem(v) => {
                &v.guided_deployment_tags
            }
            Self::Windows10EnrollmentCompletionPageConfigurationPolicySetItem(v) => {
                &v.guided_deployment_tags
            }
            Self::WindowsAutopilotDeploymentProfilePolicySetItem(v) => {
                &v.guided_deployment_tags
            }
        }
    }
    /// `guidedDeploymentTags` of any variant.
    #[inline]
    pub fn guided_deployment_tags_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<::std::string::String>> {
        match self {
            Self::PolicySetItem(v) => &mut v.guided_deployment_tags,
            Self::DeviceCompliancePolicyPolicySetItem(v) => &mut v.guided_deployment_tags,
            Self::DeviceConfigurationPolicySetItem(v) => &mut v.guided_deployment_tags,
            Self::DeviceManagementScriptPolicySetItem(v) => &mut v.guided_deployment_tags,
            Self::EnrollmentRestrictionsConfigurationPolicySetItem(v) => {
                &mut v.guided_deployment_tags
            }
            Self::IosLobAppProvisioningConfigurationPolicySetItem(v) => {
                &mut v.guided_deployment_tags
            }
            Self::ManagedAppProtectionPolicySetItem(v) => &mut v.guided_deployment_tags,
            Self::ManagedDeviceMobileAppConfigurationPolicySetItem(v) => {
                &mut v.guided_deployment_tags
            }
            Self::MdmWindowsInformationProtectionPolicyPolicySetItem(v) => {
                &mut v.guided_deployment_tags
            }
            Self::MobileAppPolicySetItem(v) => &mut v.guided_deployment_tags,
            Self::TargetedManagedAppConfigurationPolicySetItem(v) => {
                &mut v.guided_deployment_tags
            }
            Self::Windows10EnrollmentCompletionPageConfigurationPolicySetItem(v) => {
                &mut v.guided_deployment_tags
            }
            Self::WindowsAutopilotDeploymentProfilePolicySetItem(v) => {
                &mut v.guided_deployment_tags
            }
        }
    }
    /// `itemType` of any variant.
    #[inline]
    pub fn item_type(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::PolicySetItem(v) => &v.item_type,
            Self::DeviceCompliancePolicyPolicySetItem(v) => &v.item_type,
            Self::DeviceConfigurationPolicySetItem(v) => &v.item_type,
            Self::DeviceManagementScriptPolicySetItem(v) => &v.item_type,
            Self::EnrollmentRestrictionsConfigurationPolicySetItem(v) => &v.item_type,
            Self::IosLobAppProvisioningConfigurationPolicySetItem(v) => &v.item_type,
            Self::ManagedAppProtectionPolicySetItem(v) => &v.item_type,
            Self::ManagedDeviceMobileAppConfigurationPolicySetItem(v) => &v.item_type,
            Self::MdmWindowsInformationProtectionPolicyPolicySetItem(v) => &v.item_type,
            Self::MobileAppPolicySetItem(v) => &v.item_type,
            Self::TargetedManagedAppConfigurationPolicySetItem(v) => &v.item_type,
            Self::Windows10EnrollmentCompletionPageConfigurationPolicySetItem(v) => {
                &v.item_type
            }
            Self::WindowsAutopilotDeploymentProfilePolicySetItem(v) => &v.item_type,
        }
    }
    /// `itemType` of any variant.
    #[inline]
    pub fn item_type_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::PolicySetItem(v) => &mut v.item_type,
            Self::DeviceCompliancePolicyPolicySetItem(v) => &mut v.item_type,
            Self::DeviceConfigurationPolicySetItem(v) => &mut v.item_type,
            Self::DeviceManagementScriptPolicySetItem(v) => &mut v.item_type,
            Self::EnrollmentRestrictionsConfigurationPolicySetItem(v) => &mut v.item_type,
            Self::IosLobAppProvisioningConfigurationPolicySetItem(v) => &mut v.item_type,
            Self::ManagedAppProtectionPolicySetItem(v) => &mut v.item_type,
            Self::ManagedDeviceMobileAppConfigurationPolicySetItem(v) => &mut v.item_type,
            Self::MdmWindowsInformationProtectionPolicyPolicySetItem(v) => {
                &mut v.item_type
            }
            Self::MobileAppPolicySetItem(v) => &mut v.item_type,
            Self::TargetedManagedAppConfigurationPolicySetItem(v) => &mut v.item_type,
            Self::Windows10EnrollmentCompletionPageConfigurationPolicySetItem(v) => {
                &mut v.item_type
            }
            Self::WindowsAutopilotDeploymentProfilePolicySetItem(v) => &mut v.item_type,
        }
    }
    /// `lastModifiedDateTime` of any variant.
    #[inline]
    pub fn last_modified_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::PolicySetItem(v) => &v.last_modified_date_time,
            Self::DeviceCompliancePolicyPolicySetItem(v) => &v.last_modified_date_time,
            Self::DeviceConfigurationPolicySetItem(v) => &v.last_modified_date_time,
            Self::DeviceManagementScriptPolicySetItem(v) => &v.last_modified_date_time,
            Self::EnrollmentRestrictionsConfigurationPolicySetItem(v) => {
                &v.last_modified_date_time
            }
            Self::IosLobAppProvisioningConfigurationPolicySetItem(v) => {
                &v.last_modified_date_time
            }
            Self::ManagedAppProtectionPolicySetItem(v) => &v.last_modified_date_time,
            Self::ManagedDeviceMobileAppConfigurationPolicySetItem(v) => {
                &v.last_modified_date_time
            }
            Self::MdmWindowsInformationProtectionPolicyPolicySetItem(v) => {
                &v.last_modified_date_time
            }
            Self::MobileAppPolicySetItem(v) => &v.last_modified_date_time,
            Self::TargetedManagedAppConfigurationPolicySetItem(v) => {
                &v.last_modified_date_time
            }
            Self::Windows10EnrollmentCompletionPageConfigurationPolicySetItem(v) => {
                &v.last_modified_date_time
            }
            Self::WindowsAutopilotDeploymentProfilePolicySetItem(v) => {
                &v.last_modified_date_time
            }
        }
    }
    /// `lastModifiedDateTime` of any variant.
    #[inline]
    pub fn last_modified_date_time_mut(
        &mut self,
    ) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::PolicySetItem(v) => &mut v.last_modified_date_time,
            Self::DeviceCompliancePolicyPolicySetItem(v) => {
                &mut v.last_modified_date_time
            }
            Self::DeviceConfigurationPolicySetItem(v) => &mut v.last_modified_date_time,
            Self::DeviceManagementScriptPolicySetItem(v) => {
                &mut v.last_modified_date_time
            }
            Self::EnrollmentRestrictionsConfigurationPolicySetItem(v) => {
                &mut v.last_modified_date_time
            }
            Self::IosLobAppProvisioningConfigurationPolicySetItem(v) => {
                &mut v.last_modified_date_time
            }
            Self::ManagedAppProtectionPolicySetItem(v) => &mut v.last_modified_date_time,
            Self::ManagedDeviceMobileAppConfigurationPolicySetItem(v) => {
                &mut v.last_modified_date_time
            }
            Self::MdmWindowsInformationProtectionPolicyPolicySetItem(v) => {
                &mut v.last_modified_date_time
            }
            Self::MobileAppPolicySetItem(v) => &mut v.last_modified_date_time,
            Self::TargetedManagedAppConfigurationPolicySetItem(v) => {
                &mut v.last_modified_date_time
            }
            Self::Windows10EnrollmentCompletionPageConfigurationPolicySetItem(v) => {
                &mut v.last_modified_date_time
            }
            Self::WindowsAutopilotDeploymentProfilePolicySetItem(v) => {
                &mut v.last_modified_date_time
            }
        }
    }
    /// `payloadId` of any variant.
    #[inline]
    pub fn payload_id(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::PolicySetItem(v) => &v.payload_id,
            Self::DeviceCompliancePolicyPolicySetItem(v) => &v.payload_id,
            Self::DeviceConfigurationPolicySetItem(v) => &v.payload_id,
            Self::DeviceManagementScriptPolicySetItem(v) => &v.payload_id,
            Self::EnrollmentRestrictionsConfigurationPolicySetItem(v) => &v.payload_id,
            Self::IosLobAppProvisioningConfigurationPolicySetItem(v) => &v.payload_id,
            Self::ManagedAppProtectionPolicySetItem(v) => &v.payload_id,
            Self::ManagedDeviceMobileAppConfigurationPolicySetItem(v) => &v.payload_id,
            Self::MdmWindowsInformationProtectionPolicyPolicySetItem(v) => &v.payload_id,
            Self::MobileAppPolicySetItem(v) => &v.payload_id,
            Self::TargetedManagedAppConfigurationPolicySetItem(v) => &v.payload_id,
            Self::Windows10EnrollmentCompletionPageConfigurationPolicySetItem(v) => {
                &v.payload_id
            }
            Self::WindowsAutopilotDeploymentProfilePolicySetItem(v) => &v.payload_id,
        }
    }
    /// `payloadId` of any variant.
    #[inline]
    pub fn payload_id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::PolicySetItem(v) => &mut v.payload_id,
            Self::DeviceCompliancePolicyPolicySetItem(v) => &mut v.payload_id,
            Self::DeviceConfigurationPolicySetItem(v) => &mut v.payload_id,
            Self::DeviceManagementScriptPolicySetItem(v) => &mut v.payload_id,
            Self::EnrollmentRestrictionsConfigurationPolicySetItem(v) => {
                &mut v.payload_id
            }
            Self::IosLobAppProvisioningConfigurationPolicySetItem(v) => &mut v.payload_id,
            Self::ManagedAppProtectionPolicySetItem(v) => &mut v.payload_id,
            Self::ManagedDeviceMobileAppConfigurationPolicySetItem(v) => {
                &mut v.payload_id
            }
            Self::MdmWindowsInformationProtectionPolicyPolicySetItem(v) => {
                &mut v.payload_id
            }
            Self::MobileAppPolicySetItem(v) => &mut v.payload_id,
            Self::TargetedManagedAppConfigurationPolicySetItem(v) => &mut v.payload_id,
            Self::Windows10EnrollmentCompletionPageConfigurationPolicySetItem(v) => {
                &mut v.payload_id
            }
            Self::WindowsAutopilotDeploymentProfilePolicySetItem(v) => &mut v.payload_id,
        }
    }
    /// `status` of any variant.
    #[inline]
    pub fn status(&self) -> &rt::Field<crate::beta::PolicySetStatus> {
        match self {
            Self::PolicySetItem(v) => &v.status,
            Self::DeviceCompliancePolicyPolicySetItem(v) => &v.status,
            Self::DeviceConfigurationPolicySetItem(v) => &v.status,
            Self::DeviceManagementScriptPolicySetItem(v) => &v.status,
            Self::EnrollmentRestrictionsConfigurationPolicySetItem(v) => &v.status,
            Self::IosLobAppProvisioningConfigurationPolicySetItem(v) => &v.status,
            Self::ManagedAppProtectionPolicySetItem(v) => &v.status,
            Self::ManagedDeviceMobileAppConfigurationPolicySetItem(v) => &v.status,
            Self::MdmWindowsInformationProtectionPolicyPolicySetItem(v) => &v.status,
            Self::MobileAppPolicySetItem(v) => &v.status,
            Self::TargetedManagedAppConfigurationPolicySetItem(v) => &v.status,
            Self::Windows10EnrollmentCompletionPageConfigurationPolicySetItem(v) => {
                &v.status
            }
            Self::WindowsAutopilotDeploymentProfilePolicySetItem(v) => &v.status,
        }
    }
    /// `status` of any variant.
    #[inline]
    pub fn status_mut(&mut self) -> &mut rt::Field<crate::beta::PolicySetStatus> {
        match self {
            Self::PolicySetItem(v) => &mut v.status,
            Self::DeviceCompliancePolicyPolicySetItem(v) => &mut v.status,
            Self::DeviceConfigurationPolicySetItem(v) => &mut v.status,
            Self::DeviceManagementScriptPolicySetItem(v) => &mut v.status,
            Self::EnrollmentRestrictionsConfigurationPolicySetItem(v) => &mut v.status,
            Self::IosLobAppProvisioningConfigurationPolicySetItem(v) => &mut v.status,
            Self::ManagedAppProtectionPolicySetItem(v) => &mut v.status,
            Self::ManagedDeviceMobileAppConfigurationPolicySetItem(v) => &mut v.status,
            Self::MdmWindowsInformationProtectionPolicyPolicySetItem(v) => &mut v.status,
            Self::MobileAppPolicySetItem(v) => &mut v.status,
            Self::TargetedManagedAppConfigurationPolicySetItem(v) => &mut v.status,
            Self::Windows10EnrollmentCompletionPageConfigurationPolicySetItem(v) => {
                &mut v.status
            }
            Self::WindowsAutopilotDeploymentProfilePolicySetItem(v) => &mut v.status,
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_poly!(AnyPolicySetItem);
#[cfg(msgraph_beta_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyPolicySetItem);
#[cfg(msgraph_beta_device_app_management_or_search)]
/// CSDL: `microsoft.graph.policySetStatus`, enum type.
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum PolicySetStatus {
    /// `unknown` (value 0).
    Unknown,
    /// `validating` (value 1).
    Validating,
    /// `partialSuccess` (value 2).
    PartialSuccess,
    /// `success` (value 3).
    Success,
    /// `error` (value 4).
    Error,
    /// `notAssigned` (value 5).
    NotAssigned,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::StrEnum for PolicySetStatus {
    const TYPE_NAME: &'static str = "microsoft.graph.policySetStatus";
    const MEMBERS: &'static [&'static str] = &[
        "unknown",
        "validating",
        "partialSuccess",
        "success",
        "error",
        "notAssigned",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "unknown" => Self::Unknown,
                "validating" => Self::Validating,
                "partialSuccess" => Self::PartialSuccess,
                "success" => Self::Success,
                "error" => Self::Error,
                "notAssigned" => Self::NotAssigned,
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
            Self::Validating => "validating",
            Self::PartialSuccess => "partialSuccess",
            Self::Success => "success",
            Self::Error => "error",
            Self::NotAssigned => "notAssigned",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_enum!(PolicySetStatus);
#[cfg(msgraph_beta_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(PolicySetStatus);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.powerActionType`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum PowerActionType {
    /// `notConfigured` (value 0).
    NotConfigured,
    /// `noAction` (value 1).
    NoAction,
    /// `sleep` (value 2).
    Sleep,
    /// `hibernate` (value 3).
    Hibernate,
    /// `shutdown` (value 4).
    Shutdown,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for PowerActionType {
    const TYPE_NAME: &'static str = "microsoft.graph.powerActionType";
    const MEMBERS: &'static [&'static str] = &[
        "notConfigured",
        "noAction",
        "sleep",
        "hibernate",
        "shutdown",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "notConfigured" => Self::NotConfigured,
                "noAction" => Self::NoAction,
                "sleep" => Self::Sleep,
                "hibernate" => Self::Hibernate,
                "shutdown" => Self::Shutdown,
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
            Self::NoAction => "noAction",
            Self::Sleep => "sleep",
            Self::Hibernate => "hibernate",
            Self::Shutdown => "shutdown",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(PowerActionType);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(PowerActionType);
