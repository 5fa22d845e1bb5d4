//! Types of `microsoft.graph` by the first letters of their names (`p_w`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_beta_core_or_shares_or_sites)]
/// CSDL: `microsoft.graph.pageLinks`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 12 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct PageLinks {
    /// CSDL: property `oneNoteClientUrl`: `microsoft.graph.externalLink`, nullable.
    pub one_note_client_url: rt::Field<crate::beta::ExternalLink>,
    /// CSDL: property `oneNoteWebUrl`: `microsoft.graph.externalLink`, nullable.
    pub one_note_web_url: rt::Field<crate::beta::ExternalLink>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_shares_or_sites)]
impl ::std::default::Default for PageLinks {
    #[inline]
    fn default() -> Self {
        Self {
            one_note_client_url: rt::Field::Absent,
            one_note_web_url: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_shares_or_sites)]
impl rt::Object for PageLinks {
    const TYPE_NAME: &'static str = "microsoft.graph.pageLinks";
    const KEYS: &'static [&'static str] = &["oneNoteClientUrl", "oneNoteWebUrl"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"oneNoteClientUrl\":             ",
        ",\"oneNoteWebUrl\":                ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.pageLinks\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "one_note_client_url", &self.one_note_client_url);
        v.field(1usize, "one_note_web_url", &self.one_note_web_url);
    }
}
#[cfg(msgraph_beta_core_or_shares_or_sites)]
impl rt::object::Members for PageLinks {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.one_note_client_url.read_from(r),
            1usize => self.one_note_web_url.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.one_note_client_url);
        w.field(1usize, &self.one_note_web_url);
    }
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
rt::impl_object!(PageLinks);
#[cfg(msgraph_beta_core_or_shares_or_sites)]
rt::impl_setters!(
    PageLinks { with_one_note_client_url one_note_client_url : crate
    ::beta::ExternalLink; with_one_note_web_url one_note_web_url : crate
    ::beta::ExternalLink; }
);
#[cfg(msgraph_beta_core_or_shares_or_sites)]
#[cfg(feature = "serde")]
rt::impl_serde!(PageLinks);
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
/// CSDL: `microsoft.graph.pageOrientation`, enum type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-data-classification`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles` and 12 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum PageOrientation {
    /// `horizontal` (value 0).
    Horizontal,
    /// `diagonal` (value 1).
    Diagonal,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
impl rt::StrEnum for PageOrientation {
    const TYPE_NAME: &'static str = "microsoft.graph.pageOrientation";
    const MEMBERS: &'static [&'static str] = &["horizontal", "diagonal"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "horizontal" => Self::Horizontal,
                "diagonal" => Self::Diagonal,
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
            Self::Horizontal => "horizontal",
            Self::Diagonal => "diagonal",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
rt::impl_enum!(PageOrientation);
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
#[cfg(feature = "serde")]
rt::impl_serde!(PageOrientation);
#[cfg(msgraph_beta_core_or_role_management)]
/// CSDL: `microsoft.graph.patternedRecurrence`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct PatternedRecurrence {
    /// CSDL: property `pattern`: `microsoft.graph.recurrencePattern`, nullable.
    pub pattern: rt::Field<crate::beta::RecurrencePattern>,
    /// CSDL: property `range`: `microsoft.graph.recurrenceRange`, nullable.
    pub range: rt::Field<crate::beta::RecurrenceRange>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_role_management)]
impl ::std::default::Default for PatternedRecurrence {
    #[inline]
    fn default() -> Self {
        Self {
            pattern: rt::Field::Absent,
            range: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_role_management)]
impl rt::Object for PatternedRecurrence {
    const TYPE_NAME: &'static str = "microsoft.graph.patternedRecurrence";
    const KEYS: &'static [&'static str] = &["pattern", "range"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"pattern\":                      ",
        ",\"range\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.patternedRecurrence\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "pattern", &self.pattern);
        v.field(1usize, "range", &self.range);
    }
}
#[cfg(msgraph_beta_core_or_role_management)]
impl rt::object::Members for PatternedRecurrence {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.pattern.read_from(r),
            1usize => self.range.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.pattern);
        w.field(1usize, &self.range);
    }
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
rt::impl_object!(PatternedRecurrence);
#[cfg(msgraph_beta_core_or_role_management)]
rt::impl_setters!(
    PatternedRecurrence { with_pattern pattern : crate ::beta::RecurrencePattern;
    with_range range : crate ::beta::RecurrenceRange; }
);
#[cfg(msgraph_beta_core_or_role_management)]
#[cfg(feature = "serde")]
rt::impl_serde!(PatternedRecurrence);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.personExtension`, entity type, derived from `microsoft.graph.extension`, open, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct PersonExtension {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for PersonExtension {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for PersonExtension {
    const TYPE_NAME: &'static str = "microsoft.graph.personExtension";
    const KEYS: &'static [&'static str] = &["id"];
    const KEYS_JSON: &'static [&'static str] = &[",\"id\":                           "];
    const TAG: &'static str = "\"#microsoft.graph.personExtension\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for PersonExtension {
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
#[cfg(msgraph_beta_core)]
rt::impl_object!(PersonExtension);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(PersonExtension { with_id id : ::std::string::String; });
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(PersonExtension);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.phone`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct Phone {
    /// CSDL: property `number`: `Edm.String`, nullable.
    pub number: rt::Field<::std::string::String>,
    /// CSDL: property `type`: `microsoft.graph.phoneType`, nullable.
    pub type_: rt::Field<crate::beta::PhoneType>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for Phone {
    #[inline]
    fn default() -> Self {
        Self {
            number: rt::Field::Absent,
            type_: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for Phone {
    const TYPE_NAME: &'static str = "microsoft.graph.phone";
    const KEYS: &'static [&'static str] = &["number", "type"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"number\":                       ",
        ",\"type\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.phone\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "number", &self.number);
        v.field(1usize, "type_", &self.type_);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for Phone {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.number.read_from(r),
            1usize => self.type_.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.number);
        w.field(1usize, &self.type_);
    }
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
rt::impl_object!(Phone);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    Phone { with_number number : ::std::string::String; with_type type_ : crate
    ::beta::PhoneType; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(Phone);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.phoneType`, enum type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum PhoneType {
    /// `home` (value 0).
    Home,
    /// `business` (value 1).
    Business,
    /// `mobile` (value 2).
    Mobile,
    /// `other` (value 3).
    Other,
    /// `assistant` (value 4).
    Assistant,
    /// `homeFax` (value 5).
    HomeFax,
    /// `businessFax` (value 6).
    BusinessFax,
    /// `otherFax` (value 7).
    OtherFax,
    /// `pager` (value 8).
    Pager,
    /// `radio` (value 9).
    Radio,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_core)]
impl rt::StrEnum for PhoneType {
    const TYPE_NAME: &'static str = "microsoft.graph.phoneType";
    const MEMBERS: &'static [&'static str] = &[
        "home",
        "business",
        "mobile",
        "other",
        "assistant",
        "homeFax",
        "businessFax",
        "otherFax",
        "pager",
        "radio",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "home" => Self::Home,
                "business" => Self::Business,
                "mobile" => Self::Mobile,
                "other" => Self::Other,
                "assistant" => Self::Assistant,
                "homeFax" => Self::HomeFax,
                "businessFax" => Self::BusinessFax,
                "otherFax" => Self::OtherFax,
                "pager" => Self::Pager,
                "radio" => Self::Radio,
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
            Self::Home => "home",
            Self::Business => "business",
            Self::Mobile => "mobile",
            Self::Other => "other",
            Self::Assistant => "assistant",
            Self::HomeFax => "homeFax",
            Self::BusinessFax => "businessFax",
            Self::OtherFax => "otherFax",
            Self::Pager => "pager",
            Self::Radio => "radio",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_core)]
rt::impl_enum!(PhoneType);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(PhoneType);
#[cfg(msgraph_beta_core_or_booking_businesses_or_education_or_places)]
/// CSDL: `microsoft.graph.physicalAddress`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-booking-businesses`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles` and 13 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct PhysicalAddress {
    /// CSDL: property `city`: `Edm.String`, nullable.
    pub city: rt::Field<::std::string::String>,
    /// CSDL: property `countryOrRegion`: `Edm.String`, nullable.
    pub country_or_region: rt::Field<::std::string::String>,
    /// CSDL: property `postalCode`: `Edm.String`, nullable.
    pub postal_code: rt::Field<::std::string::String>,
    /// CSDL: property `postOfficeBox`: `Edm.String`, nullable.
    pub post_office_box: rt::Field<::std::string::String>,
    /// CSDL: property `state`: `Edm.String`, nullable.
    pub state: rt::Field<::std::string::String>,
    /// CSDL: property `street`: `Edm.String`, nullable.
    pub street: rt::Field<::std::string::String>,
    /// CSDL: property `type`: `microsoft.graph.physicalAddressType`, nullable.
    pub type_: rt::Field<crate::beta::PhysicalAddressType>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_booking_businesses_or_education_or_places)]
impl ::std::default::Default for PhysicalAddress {
    #[inline]
    fn default() -> Self {
        Self {
            city: rt::Field::Absent,
            country_or_region: rt::Field::Absent,
            postal_code: rt::Field::Absent,
            post_office_box: rt::Field::Absent,
            state: rt::Field::Absent,
            street: rt::Field::Absent,
            type_: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_booking_businesses_or_education_or_places)]
impl rt::Object for PhysicalAddress {
    const TYPE_NAME: &'static str = "microsoft.graph.physicalAddress";
    const KEYS: &'static [&'static str] = &[
        "city",
        "countryOrRegion",
        "postalCode",
        "postOfficeBox",
        "state",
        "street",
        "type",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"city\":                         ",
        ",\"countryOrRegion\":              ",
        ",\"postalCode\":                   ",
        ",\"postOfficeBox\":                ",
        ",\"state\":                        ",
        ",\"street\":                       ",
        ",\"type\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.physicalAddress\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "city", &self.city);
        v.field(1usize, "country_or_region", &self.country_or_region);
        v.field(2usize, "postal_code", &self.postal_code);
        v.field(3usize, "post_office_box", &self.post_office_box);
        v.field(4usize, "state", &self.state);
        v.field(5usize, "street", &self.street);
        v.field(6usize, "type_", &self.type_);
    }
}
#[cfg(msgraph_beta_core_or_booking_businesses_or_education_or_places)]
impl rt::object::Members for PhysicalAddress {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.city.read_from(r),
            1usize => self.country_or_region.read_from(r),
            2usize => self.postal_code.read_from(r),
            3usize => self.post_office_box.read_from(r),
            4usize => self.state.read_from(r),
            5usize => self.street.read_from(r),
            6usize => self.type_.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.city);
        w.field(1usize, &self.country_or_region);
        w.field(2usize, &self.postal_code);
        w.field(3usize, &self.post_office_box);
        w.field(4usize, &self.state);
        w.field(5usize, &self.street);
        w.field(6usize, &self.type_);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_core_or_booking_businesses_or_education_or_places)]
rt::impl_object!(PhysicalAddress);
#[cfg(msgraph_beta_core_or_booking_businesses_or_education_or_places)]
rt::impl_setters!(
    PhysicalAddress { with_city city : ::std::string::String; with_country_or_region
    country_or_region : ::std::string::String; with_postal_code postal_code :
    ::std::string::String; with_post_office_box post_office_box : ::std::string::String;
    with_state state : ::std::string::String; with_street street : ::std::string::String;
    with_type type_ : crate ::beta::PhysicalAddressType; }
);
#[cfg(msgraph_beta_core_or_booking_businesses_or_education_or_places)]
#[cfg(feature = "serde")]
rt::impl_serde!(PhysicalAddress);
#[cfg(msgraph_beta_core_or_booking_businesses_or_education_or_places)]
/// CSDL: `microsoft.graph.physicalAddressType`, enum type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-booking-businesses`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles` and 13 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum PhysicalAddressType {
    /// `unknown` (value 0).
    Unknown,
    /// `home` (value 1).
    Home,
    /// `business` (value 2).
    Business,
    /// `other` (value 3).
    Other,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_core_or_booking_businesses_or_education_or_places)]
impl rt::StrEnum for PhysicalAddressType {
    const TYPE_NAME: &'static str = "microsoft.graph.physicalAddressType";
    const MEMBERS: &'static [&'static str] = &["unknown", "home", "business", "other"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "unknown" => Self::Unknown,
                "home" => Self::Home,
                "business" => Self::Business,
                "other" => Self::Other,
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
            Self::Home => "home",
            Self::Business => "business",
            Self::Other => "other",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_core_or_booking_businesses_or_education_or_places)]
rt::impl_enum!(PhysicalAddressType);
#[cfg(msgraph_beta_core_or_booking_businesses_or_education_or_places)]
#[cfg(feature = "serde")]
rt::impl_serde!(PhysicalAddressType);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.platform`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum Platform {
    /// `unknown` (value 0).
    Unknown,
    /// `ios` (value 1).
    Ios,
    /// `android` (value 2).
    Android,
    /// `windows` (value 3).
    Windows,
    /// `windowsMobile` (value 4).
    WindowsMobile,
    /// `macOS` (value 5).
    MacOs,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for Platform {
    const TYPE_NAME: &'static str = "microsoft.graph.platform";
    const MEMBERS: &'static [&'static str] = &[
        "unknown",
        "ios",
        "android",
        "windows",
        "windowsMobile",
        "macOS",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "unknown" => Self::Unknown,
                "ios" => Self::Ios,
                "android" => Self::Android,
                "windows" => Self::Windows,
                "windowsMobile" => Self::WindowsMobile,
                "macOS" => Self::MacOs,
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
            Self::Ios => "ios",
            Self::Android => "android",
            Self::Windows => "windows",
            Self::WindowsMobile => "windowsMobile",
            Self::MacOs => "macOS",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(Platform);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(Platform);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.policyPlatformType`, enum type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum PolicyPlatformType {
    /// `android` (value 0).
    Android,
    /// `androidForWork` (value 1).
    AndroidForWork,
    /// `iOS` (value 2).
    IOs,
    /// `macOS` (value 3).
    MacOs,
    /// `windowsPhone81` (value 4).
    WindowsPhone81,
    /// `windows81AndLater` (value 5).
    Windows81AndLater,
    /// `windows10AndLater` (value 6).
    Windows10AndLater,
    /// `androidWorkProfile` (value 7).
    AndroidWorkProfile,
    /// `windows10XProfile` (value 8).
    Windows10XProfile,
    /// `androidAOSP` (value 9).
    AndroidAosp,
    /// `all` (value 100).
    All,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_core)]
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
        "androidWorkProfile",
        "windows10XProfile",
        "androidAOSP",
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
                "androidWorkProfile" => Self::AndroidWorkProfile,
                "windows10XProfile" => Self::Windows10XProfile,
                "androidAOSP" => Self::AndroidAosp,
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
            Self::AndroidWorkProfile => "androidWorkProfile",
            Self::Windows10XProfile => "windows10XProfile",
            Self::AndroidAosp => "androidAOSP",
            Self::All => "all",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_core)]
rt::impl_enum!(PolicyPlatformType);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(PolicyPlatformType);
#[cfg(msgraph_beta_print_or_search)]
/// CSDL: `microsoft.graph.printColorConfiguration`, enum type.
///
/// Features: `beta`, or one of `beta-print`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum PrintColorConfiguration {
    /// `blackAndWhite` (value 0).
    BlackAndWhite,
    /// `grayscale` (value 1).
    Grayscale,
    /// `color` (value 2).
    Color,
    /// `auto` (value 3).
    Auto,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_print_or_search)]
impl rt::StrEnum for PrintColorConfiguration {
    const TYPE_NAME: &'static str = "microsoft.graph.printColorConfiguration";
    const MEMBERS: &'static [&'static str] = &[
        "blackAndWhite",
        "grayscale",
        "color",
        "auto",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "blackAndWhite" => Self::BlackAndWhite,
                "grayscale" => Self::Grayscale,
                "color" => Self::Color,
                "auto" => Self::Auto,
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
            Self::BlackAndWhite => "blackAndWhite",
            Self::Grayscale => "grayscale",
            Self::Color => "color",
            Self::Auto => "auto",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_print_or_search)]
rt::impl_enum!(PrintColorConfiguration);
#[cfg(msgraph_beta_print_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(PrintColorConfiguration);
#[cfg(msgraph_beta_print_or_search)]
/// CSDL: `microsoft.graph.printColorMode`, enum type.
///
/// Features: `beta`, or one of `beta-print`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum PrintColorMode {
    /// `blackAndWhite` (value 0).
    BlackAndWhite,
    /// `grayscale` (value 1).
    Grayscale,
    /// `color` (value 2).
    Color,
    /// `auto` (value 3).
    Auto,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_print_or_search)]
impl rt::StrEnum for PrintColorMode {
    const TYPE_NAME: &'static str = "microsoft.graph.printColorMode";
    const MEMBERS: &'static [&'static str] = &[
        "blackAndWhite",
        "grayscale",
        "color",
        "auto",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "blackAndWhite" => Self::BlackAndWhite,
                "grayscale" => Self::Grayscale,
                "color" => Self::Color,
                "auto" => Self::Auto,
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
            Self::BlackAndWhite => "blackAndWhite",
            Self::Grayscale => "grayscale",
            Self::Color => "color",
            Self::Auto => "auto",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_print_or_search)]
rt::impl_enum!(PrintColorMode);
#[cfg(msgraph_beta_print_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(PrintColorMode);
#[cfg(msgraph_beta_print_or_search)]
/// CSDL: `microsoft.graph.printDuplexConfiguration`, enum type.
///
/// Features: `beta`, or one of `beta-print`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum PrintDuplexConfiguration {
    /// `twoSidedLongEdge` (value 0).
    TwoSidedLongEdge,
    /// `twoSidedShortEdge` (value 1).
    TwoSidedShortEdge,
    /// `oneSided` (value 2).
    OneSided,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_print_or_search)]
impl rt::StrEnum for PrintDuplexConfiguration {
    const TYPE_NAME: &'static str = "microsoft.graph.printDuplexConfiguration";
    const MEMBERS: &'static [&'static str] = &[
        "twoSidedLongEdge",
        "twoSidedShortEdge",
        "oneSided",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "twoSidedLongEdge" => Self::TwoSidedLongEdge,
                "twoSidedShortEdge" => Self::TwoSidedShortEdge,
                "oneSided" => Self::OneSided,
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
            Self::TwoSidedLongEdge => "twoSidedLongEdge",
            Self::TwoSidedShortEdge => "twoSidedShortEdge",
            Self::OneSided => "oneSided",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_print_or_search)]
rt::impl_enum!(PrintDuplexConfiguration);
#[cfg(msgraph_beta_print_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(PrintDuplexConfiguration);
#[cfg(msgraph_beta_print_or_search)]
/// CSDL: `microsoft.graph.printDuplexMode`, enum type.
///
/// Features: `beta`, or one of `beta-print`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum PrintDuplexMode {
    /// `flipOnLongEdge` (value 0).
    FlipOnLongEdge,
    /// `flipOnShortEdge` (value 1).
    FlipOnShortEdge,
    /// `oneSided` (value 2).
    OneSided,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_print_or_search)]
impl rt::StrEnum for PrintDuplexMode {
    const TYPE_NAME: &'static str = "microsoft.graph.printDuplexMode";
    const MEMBERS: &'static [&'static str] = &[
        "flipOnLongEdge",
        "flipOnShortEdge",
        "oneSided",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "flipOnLongEdge" => Self::FlipOnLongEdge,
                "flipOnShortEdge" => Self::FlipOnShortEdge,
                "oneSided" => Self::OneSided,
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
            Self::FlipOnLongEdge => "flipOnLongEdge",
            Self::FlipOnShortEdge => "flipOnShortEdge",
            Self::OneSided => "oneSided",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_print_or_search)]
rt::impl_enum!(PrintDuplexMode);
#[cfg(msgraph_beta_print_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(PrintDuplexMode);
#[cfg(msgraph_beta_print_or_search)]
/// CSDL: `microsoft.graph.printFinishing`, enum type.
///
/// Features: `beta`, or one of `beta-print`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum PrintFinishing {
    /// `none` (value 3).
    None,
    /// `staple` (value 4).
    Staple,
    /// `punch` (value 5).
    Punch,
    /// `cover` (value 6).
    Cover,
    /// `bind` (value 7).
    Bind,
    /// `saddleStitch` (value 8).
    SaddleStitch,
    /// `stitchEdge` (value 9).
    StitchEdge,
    /// `stapleTopLeft` (value 20).
    StapleTopLeft,
    /// `stapleBottomLeft` (value 21).
    StapleBottomLeft,
    /// `stapleTopRight` (value 22).
    StapleTopRight,
    /// `stapleBottomRight` (value 23).
    StapleBottomRight,
    /// `stitchLeftEdge` (value 24).
    StitchLeftEdge,
    /// `stitchTopEdge` (value 25).
    StitchTopEdge,
    /// `stitchRightEdge` (value 26).
    StitchRightEdge,
    /// `stitchBottomEdge` (value 27).
    StitchBottomEdge,
    /// `stapleDualLeft` (value 28).
    StapleDualLeft,
    /// `stapleDualTop` (value 29).
    StapleDualTop,
    /// `stapleDualRight` (value 30).
    StapleDualRight,
    /// `stapleDualBottom` (value 31).
    StapleDualBottom,
    /// `unknownFutureValue` (value 32).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_print_or_search)]
impl rt::StrEnum for PrintFinishing {
    const TYPE_NAME: &'static str = "microsoft.graph.printFinishing";
    const MEMBERS: &'static [&'static str] = &[
        "none",
        "staple",
        "punch",
        "cover",
        "bind",
        "saddleStitch",
        "stitchEdge",
        "stapleTopLeft",
        "stapleBottomLeft",
        "stapleTopRight",
        "stapleBottomRight",
        "stitchLeftEdge",
        "stitchTopEdge",
        "stitchRightEdge",
        "stitchBottomEdge",
        "stapleDualLeft",
        "stapleDualTop",
        "stapleDualRight",
        "stapleDualBottom",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "none" => Self::None,
                "staple" => Self::Staple,
                "punch" => Self::Punch,
                "cover" => Self::Cover,
                "bind" => Self::Bind,
                "saddleStitch" => Self::SaddleStitch,
                "stitchEdge" => Self::StitchEdge,
                "stapleTopLeft" => Self::StapleTopLeft,
                "stapleBottomLeft" => Self::StapleBottomLeft,
                "stapleTopRight" => Self::StapleTopRight,
                "stapleBottomRight" => Self::StapleBottomRight,
                "stitchLeftEdge" => Self::StitchLeftEdge,
                "stitchTopEdge" => Self::StitchTopEdge,
                "stitchRightEdge" => Self::StitchRightEdge,
                "stitchBottomEdge" => Self::StitchBottomEdge,
                "stapleDualLeft" => Self::StapleDualLeft,
                "stapleDualTop" => Self::StapleDualTop,
                "stapleDualRight" => Self::StapleDualRight,
                "stapleDualBottom" => Self::StapleDualBottom,
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
            Self::Staple => "staple",
            Self::Punch => "punch",
            Self::Cover => "cover",
            Self::Bind => "bind",
            Self::SaddleStitch => "saddleStitch",
            Self::StitchEdge => "stitchEdge",
            Self::StapleTopLeft => "stapleTopLeft",
            Self::StapleBottomLeft => "stapleBottomLeft",
            Self::StapleTopRight => "stapleTopRight",
            Self::StapleBottomRight => "stapleBottomRight",
            Self::StitchLeftEdge => "stitchLeftEdge",
            Self::StitchTopEdge => "stitchTopEdge",
            Self::StitchRightEdge => "stitchRightEdge",
            Self::StitchBottomEdge => "stitchBottomEdge",
            Self::StapleDualLeft => "stapleDualLeft",
            Self::StapleDualTop => "stapleDualTop",
            Self::StapleDualRight => "stapleDualRight",
            Self::StapleDualBottom => "stapleDualBottom",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_print_or_search)]
rt::impl_enum!(PrintFinishing);
#[cfg(msgraph_beta_print_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(PrintFinishing);
#[cfg(msgraph_beta_print_or_reports_or_search)]
/// CSDL: `microsoft.graph.printJobProcessingState`, enum type.
///
/// Features: `beta`, or one of `beta-print`, `beta-reports`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum PrintJobProcessingState {
    /// `unknown` (value 0).
    Unknown,
    /// `pending` (value 1).
    Pending,
    /// `processing` (value 2).
    Processing,
    /// `paused` (value 3).
    Paused,
    /// `stopped` (value 4).
    Stopped,
    /// `completed` (value 5).
    Completed,
    /// `canceled` (value 6).
    Canceled,
    /// `aborted` (value 7).
    Aborted,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl rt::StrEnum for PrintJobProcessingState {
    const TYPE_NAME: &'static str = "microsoft.graph.printJobProcessingState";
    const MEMBERS: &'static [&'static str] = &[
        "unknown",
        "pending",
        "processing",
        "paused",
        "stopped",
        "completed",
        "canceled",
        "aborted",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "unknown" => Self::Unknown,
                "pending" => Self::Pending,
                "processing" => Self::Processing,
                "paused" => Self::Paused,
                "stopped" => Self::Stopped,
                "completed" => Self::Completed,
                "canceled" => Self::Canceled,
                "aborted" => Self::Aborted,
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
            Self::Pending => "pending",
            Self::Processing => "processing",
            Self::Paused => "paused",
            Self::Stopped => "stopped",
            Self::Completed => "completed",
            Self::Canceled => "canceled",
            Self::Aborted => "aborted",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
rt::impl_enum!(PrintJobProcessingState);
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(PrintJobProcessingState);
#[cfg(msgraph_beta_print_or_search)]
/// CSDL: `microsoft.graph.printMultipageLayout`, enum type.
///
/// Features: `beta`, or one of `beta-print`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum PrintMultipageLayout {
    /// `clockwiseFromTopLeft` (value 0).
    ClockwiseFromTopLeft,
    /// `counterclockwiseFromTopLeft` (value 1).
    CounterclockwiseFromTopLeft,
    /// `counterclockwiseFromTopRight` (value 2).
    CounterclockwiseFromTopRight,
    /// `clockwiseFromTopRight` (value 3).
    ClockwiseFromTopRight,
    /// `counterclockwiseFromBottomLeft` (value 4).
    CounterclockwiseFromBottomLeft,
    /// `clockwiseFromBottomLeft` (value 5).
    ClockwiseFromBottomLeft,
    /// `counterclockwiseFromBottomRight` (value 6).
    CounterclockwiseFromBottomRight,
    /// `clockwiseFromBottomRight` (value 7).
    ClockwiseFromBottomRight,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_print_or_search)]
impl rt::StrEnum for PrintMultipageLayout {
    const TYPE_NAME: &'static str = "microsoft.graph.printMultipageLayout";
    const MEMBERS: &'static [&'static str] = &[
        "clockwiseFromTopLeft",
        "counterclockwiseFromTopLeft",
        "counterclockwiseFromTopRight",
        "clockwiseFromTopRight",
        "counterclockwiseFromBottomLeft",
        "clockwiseFromBottomLeft",
        "counterclockwiseFromBottomRight",
        "clockwiseFromBottomRight",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "clockwiseFromTopLeft" => Self::ClockwiseFromTopLeft,
                "counterclockwiseFromTopLeft" => Self::CounterclockwiseFromTopLeft,
                "counterclockwiseFromTopRight" => Self::CounterclockwiseFromTopRight,
                "clockwiseFromTopRight" => Self::ClockwiseFromTopRight,
                "counterclockwiseFromBottomLeft" => Self::CounterclockwiseFromBottomLeft,
                "clockwiseFromBottomLeft" => Self::ClockwiseFromBottomLeft,
                "counterclockwiseFromBottomRight" => {
                    Self::CounterclockwiseFromBottomRight
                }
                "clockwiseFromBottomRight" => Self::ClockwiseFromBottomRight,
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
            Self::ClockwiseFromTopLeft => "clockwiseFromTopLeft",
            Self::CounterclockwiseFromTopLeft => "counterclockwiseFromTopLeft",
            Self::CounterclockwiseFromTopRight => "counterclockwiseFromTopRight",
            Self::ClockwiseFromTopRight => "clockwiseFromTopRight",
            Self::CounterclockwiseFromBottomLeft => "counterclockwiseFromBottomLeft",
            Self::ClockwiseFromBottomLeft => "clockwiseFromBottomLeft",
            Self::CounterclockwiseFromBottomRight => "counterclockwiseFromBottomRight",
            Self::ClockwiseFromBottomRight => "clockwiseFromBottomRight",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_print_or_search)]
rt::impl_enum!(PrintMultipageLayout);
#[cfg(msgraph_beta_print_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(PrintMultipageLayout);
#[cfg(msgraph_beta_print_or_search)]
/// CSDL: `microsoft.graph.printOrientation`, enum type.
///
/// Features: `beta`, or one of `beta-print`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum PrintOrientation {
    /// `portrait` (value 3).
    Portrait,
    /// `landscape` (value 4).
    Landscape,
    /// `reverseLandscape` (value 5).
    ReverseLandscape,
    /// `reversePortrait` (value 6).
    ReversePortrait,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_print_or_search)]
impl rt::StrEnum for PrintOrientation {
    const TYPE_NAME: &'static str = "microsoft.graph.printOrientation";
    const MEMBERS: &'static [&'static str] = &[
        "portrait",
        "landscape",
        "reverseLandscape",
        "reversePortrait",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "portrait" => Self::Portrait,
                "landscape" => Self::Landscape,
                "reverseLandscape" => Self::ReverseLandscape,
                "reversePortrait" => Self::ReversePortrait,
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
            Self::Portrait => "portrait",
            Self::Landscape => "landscape",
            Self::ReverseLandscape => "reverseLandscape",
            Self::ReversePortrait => "reversePortrait",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_print_or_search)]
rt::impl_enum!(PrintOrientation);
#[cfg(msgraph_beta_print_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(PrintOrientation);
#[cfg(msgraph_beta_print_or_search)]
/// CSDL: `microsoft.graph.printPresentationDirection`, enum type.
///
/// Features: `beta`, or one of `beta-print`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum PrintPresentationDirection {
    /// `clockwiseFromTopLeft` (value 0).
    ClockwiseFromTopLeft,
    /// `counterClockwiseFromTopLeft` (value 1).
    CounterClockwiseFromTopLeft,
    /// `counterClockwiseFromTopRight` (value 2).
    CounterClockwiseFromTopRight,
    /// `clockwiseFromTopRight` (value 3).
    ClockwiseFromTopRight,
    /// `counterClockwiseFromBottomLeft` (value 4).
    CounterClockwiseFromBottomLeft,
    /// `clockwiseFromBottomLeft` (value 5).
    ClockwiseFromBottomLeft,
    /// `counterClockwiseFromBottomRight` (value 6).
    CounterClockwiseFromBottomRight,
    /// `clockwiseFromBottomRight` (value 7).
    ClockwiseFromBottomRight,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_print_or_search)]
impl rt::StrEnum for PrintPresentationDirection {
    const TYPE_NAME: &'static str = "microsoft.graph.printPresentationDirection";
    const MEMBERS: &'static [&'static str] = &[
        "clockwiseFromTopLeft",
        "counterClockwiseFromTopLeft",
        "counterClockwiseFromTopRight",
        "clockwiseFromTopRight",
        "counterClockwiseFromBottomLeft",
        "clockwiseFromBottomLeft",
        "counterClockwiseFromBottomRight",
        "clockwiseFromBottomRight",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "clockwiseFromTopLeft" => Self::ClockwiseFromTopLeft,
                "counterClockwiseFromTopLeft" => Self::CounterClockwiseFromTopLeft,
                "counterClockwiseFromTopRight" => Self::CounterClockwiseFromTopRight,
                "clockwiseFromTopRight" => Self::ClockwiseFromTopRight,
                "counterClockwiseFromBottomLeft" => Self::CounterClockwiseFromBottomLeft,
                "clockwiseFromBottomLeft" => Self::ClockwiseFromBottomLeft,
                "counterClockwiseFromBottomRight" => {
                    Self::CounterClockwiseFromBottomRight
                }
                "clockwiseFromBottomRight" => Self::ClockwiseFromBottomRight,
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
            Self::ClockwiseFromTopLeft => "clockwiseFromTopLeft",
            Self::CounterClockwiseFromTopLeft => "counterClockwiseFromTopLeft",
            Self::CounterClockwiseFromTopRight => "counterClockwiseFromTopRight",
            Self::ClockwiseFromTopRight => "clockwiseFromTopRight",
            Self::CounterClockwiseFromBottomLeft => "counterClockwiseFromBottomLeft",
            Self::ClockwiseFromBottomLeft => "clockwiseFromBottomLeft",
            Self::CounterClockwiseFromBottomRight => "counterClockwiseFromBottomRight",
            Self::ClockwiseFromBottomRight => "clockwiseFromBottomRight",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_print_or_search)]
rt::impl_enum!(PrintPresentationDirection);
#[cfg(msgraph_beta_print_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(PrintPresentationDirection);
#[cfg(msgraph_beta_print_or_search)]
/// CSDL: `microsoft.graph.printQuality`, enum type.
///
/// Features: `beta`, or one of `beta-print`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum PrintQuality {
    /// `low` (value 0).
    Low,
    /// `medium` (value 1).
    Medium,
    /// `high` (value 2).
    High,
    /// `unknownFutureValue` (value 3).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_print_or_search)]
impl rt::StrEnum for PrintQuality {
    const TYPE_NAME: &'static str = "microsoft.graph.printQuality";
    const MEMBERS: &'static [&'static str] = &[
        "low",
        "medium",
        "high",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "low" => Self::Low,
                "medium" => Self::Medium,
                "high" => Self::High,
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
            Self::Low => "low",
            Self::Medium => "medium",
            Self::High => "high",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_print_or_search)]
rt::impl_enum!(PrintQuality);
#[cfg(msgraph_beta_print_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(PrintQuality);
#[cfg(msgraph_beta_print_or_search)]
/// CSDL: `microsoft.graph.printScaling`, enum type.
///
/// Features: `beta`, or one of `beta-print`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum PrintScaling {
    /// `auto` (value 0).
    Auto,
    /// `shrinkToFit` (value 1).
    ShrinkToFit,
    /// `fill` (value 2).
    Fill,
    /// `fit` (value 3).
    Fit,
    /// `none` (value 4).
    None,
    /// `unknownFutureValue` (value 5).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_print_or_search)]
impl rt::StrEnum for PrintScaling {
    const TYPE_NAME: &'static str = "microsoft.graph.printScaling";
    const MEMBERS: &'static [&'static str] = &[
        "auto",
        "shrinkToFit",
        "fill",
        "fit",
        "none",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "auto" => Self::Auto,
                "shrinkToFit" => Self::ShrinkToFit,
                "fill" => Self::Fill,
                "fit" => Self::Fit,
                "none" => Self::None,
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
            Self::Auto => "auto",
            Self::ShrinkToFit => "shrinkToFit",
            Self::Fill => "fill",
            Self::Fit => "fit",
            Self::None => "none",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_print_or_search)]
rt::impl_enum!(PrintScaling);
#[cfg(msgraph_beta_print_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(PrintScaling);
#[cfg(msgraph_beta_any_area)]
/// CSDL: `microsoft.graph.programResource`, complex type, derived from `microsoft.graph.identity`, open.
///
/// Feature: `beta` or any `beta-*` area feature.
#[derive(Clone)]
pub struct ProgramResource {
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `id`: `Edm.String`, nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `type`: `Edm.String`, nullable.
    pub type_: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_any_area)]
impl ::std::default::Default for ProgramResource {
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
#[cfg(msgraph_beta_any_area)]
impl rt::Object for ProgramResource {
    const TYPE_NAME: &'static str = "microsoft.graph.programResource";
    const KEYS: &'static [&'static str] = &["displayName", "id", "type"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"displayName\":                  ",
        ",\"id\":                           ",
        ",\"type\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.programResource\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "display_name", &self.display_name);
        v.field(1usize, "id", &self.id);
        v.field(2usize, "type_", &self.type_);
    }
}
#[cfg(msgraph_beta_any_area)]
impl rt::object::Members for ProgramResource {
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
#[cfg(msgraph_beta_any_area)]
rt::impl_object!(ProgramResource);
#[cfg(msgraph_beta_any_area)]
rt::impl_setters!(
    ProgramResource { with_display_name display_name : ::std::string::String; with_id id
    : ::std::string::String; with_type type_ : ::std::string::String; }
);
#[cfg(msgraph_beta_any_area)]
#[cfg(feature = "serde")]
rt::impl_serde!(ProgramResource);
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
/// CSDL: `microsoft.graph.protectGroup`, complex type, derived from `microsoft.graph.labelActionBase`.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-data-classification`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles` and 12 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ProtectGroup {
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// CSDL: property `allowEmailFromGuestUsers`: `Edm.Boolean`, nullable.
    pub allow_email_from_guest_users: rt::Field<bool>,
    /// CSDL: property `allowGuestUsers`: `Edm.Boolean`, nullable.
    pub allow_guest_users: rt::Field<bool>,
    /// CSDL: property `privacy`: `microsoft.graph.groupPrivacy`, nullable.
    pub privacy: rt::Field<crate::beta::GroupPrivacy>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
impl ::std::default::Default for ProtectGroup {
    #[inline]
    fn default() -> Self {
        Self {
            name: rt::Field::Absent,
            allow_email_from_guest_users: rt::Field::Absent,
            allow_guest_users: rt::Field::Absent,
            privacy: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
impl rt::Object for ProtectGroup {
    const TYPE_NAME: &'static str = "microsoft.graph.protectGroup";
    const KEYS: &'static [&'static str] = &[
        "name",
        "allowEmailFromGuestUsers",
        "allowGuestUsers",
        "privacy",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"name\":                         ",
        ",\"allowEmailFromGuestUsers\":     ",
        ",\"allowGuestUsers\":              ",
        ",\"privacy\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.protectGroup\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "name", &self.name);
        v.field(
            1usize,
            "allow_email_from_guest_users",
            &self.allow_email_from_guest_users,
        );
        v.field(2usize, "allow_guest_users", &self.allow_guest_users);
        v.field(3usize, "privacy", &self.privacy);
    }
}
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
impl rt::object::Members for ProtectGroup {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.name.read_from(r),
            1usize => self.allow_email_from_guest_users.read_from(r),
            2usize => self.allow_guest_users.read_from(r),
            3usize => self.privacy.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.name);
        w.field(1usize, &self.allow_email_from_guest_users);
        w.field(2usize, &self.allow_guest_users);
        w.field(3usize, &self.privacy);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
rt::impl_object!(ProtectGroup);
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
rt::impl_setters!(
    ProtectGroup { with_name name : ::std::string::String;
    with_allow_email_from_guest_users allow_email_from_guest_users : bool;
    with_allow_guest_users allow_guest_users : bool; with_privacy privacy : crate
    ::beta::GroupPrivacy; }
);
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
#[cfg(feature = "serde")]
rt::impl_serde!(ProtectGroup);
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
/// CSDL: `microsoft.graph.protectOnlineMeetingAction`, complex type, derived from `microsoft.graph.labelActionBase`.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-data-classification`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles` and 12 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ProtectOnlineMeetingAction {
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// CSDL: property `allowedForwarders`: `microsoft.graph.onlineMeetingForwarders`, nullable.
    pub allowed_forwarders: rt::Field<crate::beta::OnlineMeetingForwarders>,
    /// CSDL: property `allowedPresenters`: `microsoft.graph.onlineMeetingPresenters`, nullable.
    pub allowed_presenters: rt::Field<crate::beta::OnlineMeetingPresenters>,
    /// CSDL: property `isCopyToClipboardEnabled`: `Edm.Boolean`, nullable.
    pub is_copy_to_clipboard_enabled: rt::Field<bool>,
    /// CSDL: property `isLobbyEnabled`: `Edm.Boolean`, nullable.
    pub is_lobby_enabled: rt::Field<bool>,
    /// CSDL: property `lobbyBypassSettings`: `microsoft.graph.lobbyBypassSettings`, nullable.
    pub lobby_bypass_settings: rt::Field<crate::beta::LobbyBypassSettings>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
impl ::std::default::Default for ProtectOnlineMeetingAction {
    #[inline]
    fn default() -> Self {
        Self {
            name: rt::Field::Absent,
            allowed_forwarders: rt::Field::Absent,
            allowed_presenters: rt::Field::Absent,
            is_copy_to_clipboard_enabled: rt::Field::Absent,
            is_lobby_enabled: rt::Field::Absent,
            lobby_bypass_settings: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
impl rt::Object for ProtectOnlineMeetingAction {
    const TYPE_NAME: &'static str = "microsoft.graph.protectOnlineMeetingAction";
    const KEYS: &'static [&'static str] = &[
        "name",
        "allowedForwarders",
        "allowedPresenters",
        "isCopyToClipboardEnabled",
        "isLobbyEnabled",
        "lobbyBypassSettings",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"name\":                         ",
        ",\"allowedForwarders\":            ",
        ",\"allowedPresenters\":            ",
        ",\"isCopyToClipboardEnabled\":     ",
        ",\"isLobbyEnabled\":               ",
        ",\"lobbyBypassSettings\":          ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.protectOnlineMeetingAction\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "name", &self.name);
        v.field(1usize, "allowed_forwarders", &self.allowed_forwarders);
        v.field(2usize, "allowed_presenters", &self.allowed_presenters);
        v.field(
            3usize,
            "is_copy_to_clipboard_enabled",
            &self.is_copy_to_clipboard_enabled,
        );
        v.field(4usize, "is_lobby_enabled", &self.is_lobby_enabled);
        v.field(5usize, "lobby_bypass_settings", &self.lobby_bypass_settings);
    }
}
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
impl rt::object::Members for ProtectOnlineMeetingAction {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.name.read_from(r),
            1usize => self.allowed_forwarders.read_from(r),
            2usize => self.allowed_presenters.read_from(r),
            3usize => self.is_copy_to_clipboard_enabled.read_from(r),
            4usize => self.is_lobby_enabled.read_from(r),
            5usize => self.lobby_bypass_settings.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.name);
        w.field(1usize, &self.allowed_forwarders);
        w.field(2usize, &self.allowed_presenters);
        w.field(3usize, &self.is_copy_to_clipboard_enabled);
        w.field(4usize, &self.is_lobby_enabled);
        w.field(5usize, &self.lobby_bypass_settings);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
rt::impl_object!(ProtectOnlineMeetingAction);
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
rt::impl_setters!(
    ProtectOnlineMeetingAction { with_name name : ::std::string::String;
    with_allowed_forwarders allowed_forwarders : crate ::beta::OnlineMeetingForwarders;
    with_allowed_presenters allowed_presenters : crate ::beta::OnlineMeetingPresenters;
    with_is_copy_to_clipboard_enabled is_copy_to_clipboard_enabled : bool;
    with_is_lobby_enabled is_lobby_enabled : bool; with_lobby_bypass_settings
    lobby_bypass_settings : crate ::beta::LobbyBypassSettings; }
);
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
#[cfg(feature = "serde")]
rt::impl_serde!(ProtectOnlineMeetingAction);
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
/// CSDL: `microsoft.graph.protectSite`, complex type, derived from `microsoft.graph.labelActionBase`.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-data-classification`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles` and 12 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ProtectSite {
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// CSDL: property `accessType`: `microsoft.graph.siteAccessType`, nullable.
    pub access_type: rt::Field<crate::beta::SiteAccessType>,
    /// CSDL: property `conditionalAccessProtectionLevelId`: `Edm.String`, nullable.
    pub conditional_access_protection_level_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
impl ::std::default::Default for ProtectSite {
    #[inline]
    fn default() -> Self {
        Self {
            name: rt::Field::Absent,
            access_type: rt::Field::Absent,
            conditional_access_protection_level_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
impl rt::Object for ProtectSite {
    const TYPE_NAME: &'static str = "microsoft.graph.protectSite";
    const KEYS: &'static [&'static str] = &[
        "name",
        "accessType",
        "conditionalAccessProtectionLevelId",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"name\":                         ",
        ",\"accessType\":                   ",
        ",\"conditionalAccessProtectionLevelId\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.protectSite\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "name", &self.name);
        v.field(1usize, "access_type", &self.access_type);
        v.field(
            2usize,
            "conditional_access_protection_level_id",
            &self.conditional_access_protection_level_id,
        );
    }
}
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
impl rt::object::Members for ProtectSite {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.name.read_from(r),
            1usize => self.access_type.read_from(r),
            2usize => self.conditional_access_protection_level_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.name);
        w.field(1usize, &self.access_type);
        w.field(2usize, &self.conditional_access_protection_level_id);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
rt::impl_object!(ProtectSite);
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
rt::impl_setters!(
    ProtectSite { with_name name : ::std::string::String; with_access_type access_type :
    crate ::beta::SiteAccessType; with_conditional_access_protection_level_id
    conditional_access_protection_level_id : ::std::string::String; }
);
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
#[cfg(feature = "serde")]
rt::impl_serde!(ProtectSite);
#[cfg(msgraph_beta_any_area)]
/// CSDL: `microsoft.graph.provisionedIdentity`, complex type, derived from `microsoft.graph.identity`, open.
///
/// Feature: `beta` or any `beta-*` area feature.
#[derive(Clone)]
pub struct ProvisionedIdentity {
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `id`: `Edm.String`, nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `details`: `microsoft.graph.detailsInfo`, nullable.
    pub details: rt::Field<crate::beta::DetailsInfo>,
    /// CSDL: property `identityType`: `Edm.String`, nullable.
    pub identity_type: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_any_area)]
impl ::std::default::Default for ProvisionedIdentity {
    #[inline]
    fn default() -> Self {
        Self {
            display_name: rt::Field::Absent,
            id: rt::Field::Absent,
            details: rt::Field::Absent,
            identity_type: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_any_area)]
impl rt::Object for ProvisionedIdentity {
    const TYPE_NAME: &'static str = "microsoft.graph.provisionedIdentity";
    const KEYS: &'static [&'static str] = &[
        "displayName",
        "id",
        "details",
        "identityType",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"displayName\":                  ",
        ",\"id\":                           ",
        ",\"details\":                      ",
        ",\"identityType\":                 ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.provisionedIdentity\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "display_name", &self.display_name);
        v.field(1usize, "id", &self.id);
        v.field(2usize, "details", &self.details);
        v.field(3usize, "identity_type", &self.identity_type);
    }
}
#[cfg(msgraph_beta_any_area)]
impl rt::object::Members for ProvisionedIdentity {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.display_name.read_from(r),
            1usize => self.id.read_from(r),
            2usize => self.details.read_from(r),
            3usize => self.identity_type.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.display_name);
        w.field(1usize, &self.id);
        w.field(2usize, &self.details);
        w.field(3usize, &self.identity_type);
    }
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
rt::impl_object!(ProvisionedIdentity);
#[cfg(msgraph_beta_any_area)]
rt::impl_setters!(
    ProvisionedIdentity { with_display_name display_name : ::std::string::String; with_id
    id : ::std::string::String; with_details details : crate ::beta::DetailsInfo;
    with_identity_type identity_type : ::std::string::String; }
);
#[cfg(msgraph_beta_any_area)]
#[cfg(feature = "serde")]
rt::impl_serde!(ProvisionedIdentity);
#[cfg(msgraph_beta_any_area)]
/// CSDL: `microsoft.graph.provisioningServicePrincipal`, complex type, derived from `microsoft.graph.identity`, open.
///
/// Feature: `beta` or any `beta-*` area feature.
#[derive(Clone)]
pub struct ProvisioningServicePrincipal {
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `id`: `Edm.String`, nullable.
    pub id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_any_area)]
impl ::std::default::Default for ProvisioningServicePrincipal {
    #[inline]
    fn default() -> Self {
        Self {
            display_name: rt::Field::Absent,
            id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_any_area)]
impl rt::Object for ProvisioningServicePrincipal {
    const TYPE_NAME: &'static str = "microsoft.graph.provisioningServicePrincipal";
    const KEYS: &'static [&'static str] = &["displayName", "id"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"displayName\":                  ",
        ",\"id\":                           ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.provisioningServicePrincipal\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "display_name", &self.display_name);
        v.field(1usize, "id", &self.id);
    }
}
#[cfg(msgraph_beta_any_area)]
impl rt::object::Members for ProvisioningServicePrincipal {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.display_name.read_from(r),
            1usize => self.id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.display_name);
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
#[cfg(msgraph_beta_any_area)]
rt::impl_object!(ProvisioningServicePrincipal);
#[cfg(msgraph_beta_any_area)]
rt::impl_setters!(
    ProvisioningServicePrincipal { with_display_name display_name :
    ::std::string::String; with_id id : ::std::string::String; }
);
#[cfg(msgraph_beta_any_area)]
#[cfg(feature = "serde")]
rt::impl_serde!(ProvisioningServicePrincipal);
#[cfg(msgraph_beta_any_area)]
/// CSDL: `microsoft.graph.provisioningSystem`, complex type, derived from `microsoft.graph.identity`, open.
///
/// Feature: `beta` or any `beta-*` area feature.
#[derive(Clone)]
pub struct ProvisioningSystem {
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `id`: `Edm.String`, nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `details`: `microsoft.graph.detailsInfo`, nullable.
    pub details: rt::Field<crate::beta::DetailsInfo>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_any_area)]
impl ::std::default::Default for ProvisioningSystem {
    #[inline]
    fn default() -> Self {
        Self {
            display_name: rt::Field::Absent,
            id: rt::Field::Absent,
            details: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_any_area)]
impl rt::Object for ProvisioningSystem {
    const TYPE_NAME: &'static str = "microsoft.graph.provisioningSystem";
    const KEYS: &'static [&'static str] = &["displayName", "id", "details"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"displayName\":                  ",
        ",\"id\":                           ",
        ",\"details\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.provisioningSystem\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "display_name", &self.display_name);
        v.field(1usize, "id", &self.id);
        v.field(2usize, "details", &self.details);
    }
}
#[cfg(msgraph_beta_any_area)]
impl rt::object::Members for ProvisioningSystem {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.display_name.read_from(r),
            1usize => self.id.read_from(r),
            2usize => self.details.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.display_name);
        w.field(1usize, &self.id);
        w.field(2usize, &self.details);
    }
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
rt::impl_object!(ProvisioningSystem);
#[cfg(msgraph_beta_any_area)]
rt::impl_setters!(
    ProvisioningSystem { with_display_name display_name : ::std::string::String; with_id
    id : ::std::string::String; with_details details : crate ::beta::DetailsInfo; }
);
#[cfg(msgraph_beta_any_area)]
#[cfg(feature = "serde")]
rt::impl_serde!(ProvisioningSystem);
#[cfg(msgraph_beta_core_or_invitations)]
/// CSDL: `microsoft.graph.recipient`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct Recipient {
    /// CSDL: property `emailAddress`: `microsoft.graph.emailAddress`, nullable.
    pub email_address: rt::Field<crate::beta::AnyEmailAddress>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_invitations)]
impl ::std::default::Default for Recipient {
    #[inline]
    fn default() -> Self {
        Self {
            email_address: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_invitations)]
impl rt::Object for Recipient {
    const TYPE_NAME: &'static str = "microsoft.graph.recipient";
    const KEYS: &'static [&'static str] = &["emailAddress"];
    const KEYS_JSON: &'static [&'static str] = &[",\"emailAddress\":                 "];
    const TAG: &'static str = "\"#microsoft.graph.recipient\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "email_address", &self.email_address);
    }
}
#[cfg(msgraph_beta_core_or_invitations)]
impl rt::object::Members for Recipient {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.email_address.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.email_address);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_core_or_invitations)]
rt::impl_object!(Recipient);
#[cfg(msgraph_beta_core_or_invitations)]
rt::impl_setters!(
    Recipient { with_email_address email_address : crate ::beta::AnyEmailAddress; }
);
#[cfg(msgraph_beta_core_or_invitations)]
#[cfg(feature = "serde")]
rt::impl_serde!(Recipient);
#[cfg(msgraph_beta_core_or_invitations)]
/// `microsoft.graph.recipient` or any type derived from it, selected by `@odata.type` (3 types); each variant's type converts into it (`From`).
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Debug)]
pub enum AnyRecipient {
    Recipient(::std::boxed::Box<crate::beta::Recipient>),
    Attendee(::std::boxed::Box<crate::beta::Attendee>),
    AttendeeBase(::std::boxed::Box<crate::beta::AttendeeBase>),
}
#[cfg(msgraph_beta_core_or_invitations)]
impl ::std::default::Default for AnyRecipient {
    #[inline]
    fn default() -> Self {
        Self::Recipient(::std::default::Default::default())
    }
}
#[cfg(msgraph_beta_core_or_invitations)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::Recipient> for AnyRecipient {
    #[inline]
    fn from(v: crate::beta::Recipient) -> Self {
        Self::Recipient(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core_or_invitations)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::Attendee> for AnyRecipient {
    #[inline]
    fn from(v: crate::beta::Attendee) -> Self {
        Self::Attendee(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core_or_invitations)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AttendeeBase> for AnyRecipient {
    #[inline]
    fn from(v: crate::beta::AttendeeBase) -> Self {
        Self::AttendeeBase(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core_or_invitations)]
unsafe impl ::std::marker::Send for AnyRecipient {}
#[cfg(msgraph_beta_core_or_invitations)]
unsafe impl ::std::marker::Sync for AnyRecipient {}
#[cfg(msgraph_beta_core_or_invitations)]
impl ::std::marker::Unpin for AnyRecipient {}
#[cfg(msgraph_beta_core_or_invitations)]
impl ::std::panic::UnwindSafe for AnyRecipient {}
#[cfg(msgraph_beta_core_or_invitations)]
impl ::std::panic::RefUnwindSafe for AnyRecipient {}
#[cfg(msgraph_beta_core_or_invitations)]
const _: () = {
    rt::object::auto_traits::<crate::beta::Recipient>();
    rt::object::auto_traits::<crate::beta::Attendee>();
    rt::object::auto_traits::<crate::beta::AttendeeBase>();
};
#[cfg(msgraph_beta_core_or_invitations)]
impl rt::Poly for AnyRecipient {
    const BASE_NAME: &'static str = "microsoft.graph.recipient";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some("microsoft.graph.attendee") => {
                Self::Attendee(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.attendeeBase") => {
                Self::AttendeeBase(rt::object::new_boxed())
            }
            _ => Self::Recipient(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::Recipient(v) => &**v,
            Self::Attendee(v) => &**v,
            Self::AttendeeBase(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::Recipient(v) => &mut **v,
            Self::Attendee(v) => &mut **v,
            Self::AttendeeBase(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_beta_core_or_invitations)]
impl AnyRecipient {
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
    /// `emailAddress` of any variant.
    #[inline]
    pub fn email_address(&self) -> &rt::Field<crate::beta::AnyEmailAddress> {
        match self {
            Self::Recipient(v) => &v.email_address,
            Self::Attendee(v) => &v.email_address,
            Self::AttendeeBase(v) => &v.email_address,
        }
    }
    /// `emailAddress` of any variant.
    #[inline]
    pub fn email_address_mut(&mut self) -> &mut rt::Field<crate::beta::AnyEmailAddress> {
        match self {
            Self::Recipient(v) => &mut v.email_address,
            Self::Attendee(v) => &mut v.email_address,
            Self::AttendeeBase(v) => &mut v.email_address,
        }
    }
}
#[cfg(msgraph_beta_core_or_invitations)]
rt::impl_poly!(AnyRecipient);
#[cfg(msgraph_beta_core_or_invitations)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyRecipient);
#[cfg(msgraph_beta_core_or_role_management)]
/// CSDL: `microsoft.graph.recurrencePattern`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct RecurrencePattern {
    /// CSDL: property `dayOfMonth`: `Edm.Int32`, not nullable.
    pub day_of_month: rt::Field<i32>,
    /// CSDL: property `daysOfWeek`: `Collection(microsoft.graph.dayOfWeek)`, nullable.
    pub days_of_week: rt::Field<::std::vec::Vec<crate::beta::DayOfWeek>>,
    /// CSDL: property `firstDayOfWeek`: `microsoft.graph.dayOfWeek`, nullable.
    pub first_day_of_week: rt::Field<crate::beta::DayOfWeek>,
    /// CSDL: property `index`: `microsoft.graph.weekIndex`, nullable.
    pub index: rt::Field<crate::beta::WeekIndex>,
    /// CSDL: property `interval`: `Edm.Int32`, not nullable.
    pub interval: rt::Field<i32>,
    /// CSDL: property `month`: `Edm.Int32`, not nullable.
    pub month: rt::Field<i32>,
    /// CSDL: property `type`: `microsoft.graph.recurrencePatternType`, nullable.
    pub type_: rt::Field<crate::beta::RecurrencePatternType>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_role_management)]
impl ::std::default::Default for RecurrencePattern {
    #[inline]
    fn default() -> Self {
        Self {
            day_of_month: rt::Field::Absent,
            days_of_week: rt::Field::Absent,
            first_day_of_week: rt::Field::Absent,
            index: rt::Field::Absent,
            interval: rt::Field::Absent,
            month: rt::Field::Absent,
            type_: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_role_management)]
impl rt::Object for RecurrencePattern {
    const TYPE_NAME: &'static str = "microsoft.graph.recurrencePattern";
    const KEYS: &'static [&'static str] = &[
        "dayOfMonth",
        "daysOfWeek",
        "firstDayOfWeek",
        "index",
        "interval",
        "month",
        "type",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"dayOfMonth\":                   ",
        ",\"daysOfWeek\":                   ",
        ",\"firstDayOfWeek\":               ",
        ",\"index\":                        ",
        ",\"interval\":                     ",
        ",\"month\":                        ",
        ",\"type\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.recurrencePattern\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "day_of_month", &self.day_of_month);
        v.field(1usize, "days_of_week", &self.days_of_week);
        v.field(2usize, "first_day_of_week", &self.first_day_of_week);
        v.field(3usize, "index", &self.index);
        v.field(4usize, "interval", &self.interval);
        v.field(5usize, "month", &self.month);
        v.field(6usize, "type_", &self.type_);
    }
}
#[cfg(msgraph_beta_core_or_role_management)]
impl rt::object::Members for RecurrencePattern {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.day_of_month.read_from(r),
            1usize => self.days_of_week.read_from(r),
            2usize => self.first_day_of_week.read_from(r),
            3usize => self.index.read_from(r),
            4usize => self.interval.read_from(r),
            5usize => self.month.read_from(r),
            6usize => self.type_.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.day_of_month);
        w.field(1usize, &self.days_of_week);
        w.field(2usize, &self.first_day_of_week);
        w.field(3usize, &self.index);
        w.field(4usize, &self.interval);
        w.field(5usize, &self.month);
        w.field(6usize, &self.type_);
    }
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
rt::impl_object!(RecurrencePattern);
#[cfg(msgraph_beta_core_or_role_management)]
rt::impl_setters!(
    RecurrencePattern { with_day_of_month day_of_month : i32; with_days_of_week
    days_of_week : ::std::vec::Vec < crate ::beta::DayOfWeek >; with_first_day_of_week
    first_day_of_week : crate ::beta::DayOfWeek; with_index index : crate
    ::beta::WeekIndex; with_interval interval : i32; with_month month : i32; with_type
    type_ : crate ::beta::RecurrencePatternType; }
);
#[cfg(msgraph_beta_core_or_role_management)]
#[cfg(feature = "serde")]
rt::impl_serde!(RecurrencePattern);
#[cfg(msgraph_beta_core_or_role_management)]
/// CSDL: `microsoft.graph.recurrencePatternType`, enum type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum RecurrencePatternType {
    /// `daily` (value 0).
    Daily,
    /// `weekly` (value 1).
    Weekly,
    /// `absoluteMonthly` (value 2).
    AbsoluteMonthly,
    /// `relativeMonthly` (value 3).
    RelativeMonthly,
    /// `absoluteYearly` (value 4).
    AbsoluteYearly,
    /// `relativeYearly` (value 5).
    RelativeYearly,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_core_or_role_management)]
impl rt::StrEnum for RecurrencePatternType {
    const TYPE_NAME: &'static str = "microsoft.graph.recurrencePatternType";
    const MEMBERS: &'static [&'static str] = &[
        "daily",
        "weekly",
        "absoluteMonthly",
        "relativeMonthly",
        "absoluteYearly",
        "relativeYearly",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "daily" => Self::Daily,
                "weekly" => Self::Weekly,
                "absoluteMonthly" => Self::AbsoluteMonthly,
                "relativeMonthly" => Self::RelativeMonthly,
                "absoluteYearly" => Self::AbsoluteYearly,
                "relativeYearly" => Self::RelativeYearly,
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
            Self::Daily => "daily",
            Self::Weekly => "weekly",
            Self::AbsoluteMonthly => "absoluteMonthly",
            Self::RelativeMonthly => "relativeMonthly",
            Self::AbsoluteYearly => "absoluteYearly",
            Self::RelativeYearly => "relativeYearly",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_core_or_role_management)]
rt::impl_enum!(RecurrencePatternType);
#[cfg(msgraph_beta_core_or_role_management)]
#[cfg(feature = "serde")]
rt::impl_serde!(RecurrencePatternType);
#[cfg(msgraph_beta_core_or_role_management)]
/// CSDL: `microsoft.graph.recurrenceRange`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct RecurrenceRange {
    /// CSDL: property `endDate`: `Edm.Date`, nullable.
    pub end_date: rt::Field<rt::edm::Date>,
    /// CSDL: property `numberOfOccurrences`: `Edm.Int32`, not nullable.
    pub number_of_occurrences: rt::Field<i32>,
    /// CSDL: property `recurrenceTimeZone`: `Edm.String`, nullable.
    pub recurrence_time_zone: rt::Field<::std::string::String>,
    /// CSDL: property `startDate`: `Edm.Date`, nullable.
    pub start_date: rt::Field<rt::edm::Date>,
    /// CSDL: property `type`: `microsoft.graph.recurrenceRangeType`, nullable.
    pub type_: rt::Field<crate::beta::RecurrenceRangeType>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_role_management)]
impl ::std::default::Default for RecurrenceRange {
    #[inline]
    fn default() -> Self {
        Self {
            end_date: rt::Field::Absent,
            number_of_occurrences: rt::Field::Absent,
            recurrence_time_zone: rt::Field::Absent,
            start_date: rt::Field::Absent,
            type_: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_role_management)]
impl rt::Object for RecurrenceRange {
    const TYPE_NAME: &'static str = "microsoft.graph.recurrenceRange";
    const KEYS: &'static [&'static str] = &[
        "endDate",
        "numberOfOccurrences",
        "recurrenceTimeZone",
        "startDate",
        "type",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"endDate\":                      ",
        ",\"numberOfOccurrences\":          ",
        ",\"recurrenceTimeZone\":           ",
        ",\"startDate\":                    ",
        ",\"type\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.recurrenceRange\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "end_date", &self.end_date);
        v.field(1usize, "number_of_occurrences", &self.number_of_occurrences);
        v.field(2usize, "recurrence_time_zone", &self.recurrence_time_zone);
        v.field(3usize, "start_date", &self.start_date);
        v.field(4usize, "type_", &self.type_);
    }
}
#[cfg(msgraph_beta_core_or_role_management)]
impl rt::object::Members for RecurrenceRange {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.end_date.read_from(r),
            1usize => self.number_of_occurrences.read_from(r),
            2usize => self.recurrence_time_zone.read_from(r),
            3usize => self.start_date.read_from(r),
            4usize => self.type_.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.end_date);
        w.field(1usize, &self.number_of_occurrences);
        w.field(2usize, &self.recurrence_time_zone);
        w.field(3usize, &self.start_date);
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
#[cfg(msgraph_beta_core_or_role_management)]
rt::impl_object!(RecurrenceRange);
#[cfg(msgraph_beta_core_or_role_management)]
rt::impl_setters!(
    RecurrenceRange { with_end_date end_date : rt::edm::Date; with_number_of_occurrences
    number_of_occurrences : i32; with_recurrence_time_zone recurrence_time_zone :
    ::std::string::String; with_start_date start_date : rt::edm::Date; with_type type_ :
    crate ::beta::RecurrenceRangeType; }
);
#[cfg(msgraph_beta_core_or_role_management)]
#[cfg(feature = "serde")]
rt::impl_serde!(RecurrenceRange);
#[cfg(msgraph_beta_core_or_role_management)]
/// CSDL: `microsoft.graph.recurrenceRangeType`, enum type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum RecurrenceRangeType {
    /// `endDate` (value 0).
    EndDate,
    /// `noEnd` (value 1).
    NoEnd,
    /// `numbered` (value 2).
    Numbered,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_core_or_role_management)]
impl rt::StrEnum for RecurrenceRangeType {
    const TYPE_NAME: &'static str = "microsoft.graph.recurrenceRangeType";
    const MEMBERS: &'static [&'static str] = &["endDate", "noEnd", "numbered"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "endDate" => Self::EndDate,
                "noEnd" => Self::NoEnd,
                "numbered" => Self::Numbered,
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
            Self::EndDate => "endDate",
            Self::NoEnd => "noEnd",
            Self::Numbered => "numbered",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_core_or_role_management)]
rt::impl_enum!(RecurrenceRangeType);
#[cfg(msgraph_beta_core_or_role_management)]
#[cfg(feature = "serde")]
rt::impl_serde!(RecurrenceRangeType);
#[cfg(msgraph_beta_core_or_invitations)]
/// CSDL: `microsoft.graph.responseStatus`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ResponseStatus {
    /// CSDL: property `response`: `microsoft.graph.responseType`, nullable.
    pub response: rt::Field<crate::beta::ResponseType>,
    /// CSDL: property `time`: `Edm.DateTimeOffset`, nullable.
    pub time: rt::Field<rt::edm::DateTimeOffset>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_invitations)]
impl ::std::default::Default for ResponseStatus {
    #[inline]
    fn default() -> Self {
        Self {
            response: rt::Field::Absent,
            time: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_invitations)]
impl rt::Object for ResponseStatus {
    const TYPE_NAME: &'static str = "microsoft.graph.responseStatus";
    const KEYS: &'static [&'static str] = &["response", "time"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"response\":                     ",
        ",\"time\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.responseStatus\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "response", &self.response);
        v.field(1usize, "time", &self.time);
    }
}
#[cfg(msgraph_beta_core_or_invitations)]
impl rt::object::Members for ResponseStatus {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.response.read_from(r),
            1usize => self.time.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.response);
        w.field(1usize, &self.time);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_core_or_invitations)]
rt::impl_object!(ResponseStatus);
#[cfg(msgraph_beta_core_or_invitations)]
rt::impl_setters!(
    ResponseStatus { with_response response : crate ::beta::ResponseType; with_time time
    : rt::edm::DateTimeOffset; }
);
#[cfg(msgraph_beta_core_or_invitations)]
#[cfg(feature = "serde")]
rt::impl_serde!(ResponseStatus);
#[cfg(msgraph_beta_core_or_invitations)]
/// CSDL: `microsoft.graph.responseType`, enum type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ResponseType {
    /// `none` (value 0).
    None,
    /// `organizer` (value 1).
    Organizer,
    /// `tentativelyAccepted` (value 2).
    TentativelyAccepted,
    /// `accepted` (value 3).
    Accepted,
    /// `declined` (value 4).
    Declined,
    /// `notResponded` (value 5).
    NotResponded,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_core_or_invitations)]
impl rt::StrEnum for ResponseType {
    const TYPE_NAME: &'static str = "microsoft.graph.responseType";
    const MEMBERS: &'static [&'static str] = &[
        "none",
        "organizer",
        "tentativelyAccepted",
        "accepted",
        "declined",
        "notResponded",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "none" => Self::None,
                "organizer" => Self::Organizer,
                "tentativelyAccepted" => Self::TentativelyAccepted,
                "accepted" => Self::Accepted,
                "declined" => Self::Declined,
                "notResponded" => Self::NotResponded,
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
            Self::Organizer => "organizer",
            Self::TentativelyAccepted => "tentativelyAccepted",
            Self::Accepted => "accepted",
            Self::Declined => "declined",
            Self::NotResponded => "notResponded",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_core_or_invitations)]
rt::impl_enum!(ResponseType);
#[cfg(msgraph_beta_core_or_invitations)]
#[cfg(feature = "serde")]
rt::impl_serde!(ResponseType);
#[cfg(msgraph_beta_core_or_device_app_management)]
/// CSDL: `microsoft.graph.resultantAppState`, enum type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-app-management`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ResultantAppState {
    /// `notApplicable` (value -1).
    NotApplicable,
    /// `installed` (value 1).
    Installed,
    /// `failed` (value 2).
    Failed,
    /// `notInstalled` (value 3).
    NotInstalled,
    /// `uninstallFailed` (value 4).
    UninstallFailed,
    /// `pendingInstall` (value 5).
    PendingInstall,
    /// `unknown` (value 99).
    Unknown,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_core_or_device_app_management)]
impl rt::StrEnum for ResultantAppState {
    const TYPE_NAME: &'static str = "microsoft.graph.resultantAppState";
    const MEMBERS: &'static [&'static str] = &[
        "notApplicable",
        "installed",
        "failed",
        "notInstalled",
        "uninstallFailed",
        "pendingInstall",
        "unknown",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "notApplicable" => Self::NotApplicable,
                "installed" => Self::Installed,
                "failed" => Self::Failed,
                "notInstalled" => Self::NotInstalled,
                "uninstallFailed" => Self::UninstallFailed,
                "pendingInstall" => Self::PendingInstall,
                "unknown" => Self::Unknown,
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
            Self::NotApplicable => "notApplicable",
            Self::Installed => "installed",
            Self::Failed => "failed",
            Self::NotInstalled => "notInstalled",
            Self::UninstallFailed => "uninstallFailed",
            Self::PendingInstall => "pendingInstall",
            Self::Unknown => "unknown",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_core_or_device_app_management)]
rt::impl_enum!(ResultantAppState);
#[cfg(msgraph_beta_core_or_device_app_management)]
#[cfg(feature = "serde")]
rt::impl_serde!(ResultantAppState);
#[cfg(msgraph_beta_device_app_management_or_search)]
/// CSDL: `microsoft.graph.resultantAppStateDetail`, enum type.
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ResultantAppStateDetail {
    /// `processorArchitectureNotApplicable` (value -1000).
    ProcessorArchitectureNotApplicable,
    /// `minimumDiskSpaceNotMet` (value -1001).
    MinimumDiskSpaceNotMet,
    /// `minimumOsVersionNotMet` (value -1002).
    MinimumOsVersionNotMet,
    /// `minimumPhysicalMemoryNotMet` (value -1003).
    MinimumPhysicalMemoryNotMet,
    /// `minimumLogicalProcessorCountNotMet` (value -1004).
    MinimumLogicalProcessorCountNotMet,
    /// `minimumCpuSpeedNotMet` (value -1005).
    MinimumCpuSpeedNotMet,
    /// `platformNotApplicable` (value -1006).
    PlatformNotApplicable,
    /// `fileSystemRequirementNotMet` (value -1011).
    FileSystemRequirementNotMet,
    /// `registryRequirementNotMet` (value -1012).
    RegistryRequirementNotMet,
    /// `powerShellScriptRequirementNotMet` (value -1013).
    PowerShellScriptRequirementNotMet,
    /// `noAdditionalDetails` (value 0).
    NoAdditionalDetails,
    /// `dependencyFailedToInstall` (value 1).
    DependencyFailedToInstall,
    /// `dependencyWithRequirementsNotMet` (value 2).
    DependencyWithRequirementsNotMet,
    /// `dependencyPendingReboot` (value 3).
    DependencyPendingReboot,
    /// `dependencyWithAutoInstallDisabled` (value 4).
    DependencyWithAutoInstallDisabled,
    /// `iosAppStoreUpdateFailedToInstall` (value 1000).
    IosAppStoreUpdateFailedToInstall,
    /// `vppAppHasUpdateAvailable` (value 1001).
    VppAppHasUpdateAvailable,
    /// `userRejectedUpdate` (value 1002).
    UserRejectedUpdate,
    /// `seeInstallErrorCode` (value 2000).
    SeeInstallErrorCode,
    /// `autoInstallDisabled` (value 3000).
    AutoInstallDisabled,
    /// `managedAppNoLongerPresent` (value 3001).
    ManagedAppNoLongerPresent,
    /// `userRejectedInstall` (value 3002).
    UserRejectedInstall,
    /// `userIsNotLoggedIntoAppStore` (value 3003).
    UserIsNotLoggedIntoAppStore,
    /// `seeUninstallErrorCode` (value 4000).
    SeeUninstallErrorCode,
    /// `pendingReboot` (value 5000).
    PendingReboot,
    /// `installingDependencies` (value 5001).
    InstallingDependencies,
    /// `contentDownloaded` (value 5002).
    ContentDownloaded,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::StrEnum for ResultantAppStateDetail {
    const TYPE_NAME: &'static str = "microsoft.graph.resultantAppStateDetail";
    const MEMBERS: &'static [&'static str] = &[
        "processorArchitectureNotApplicable",
        "minimumDiskSpaceNotMet",
        "minimumOsVersionNotMet",
        "minimumPhysicalMemoryNotMet",
        "minimumLogicalProcessorCountNotMet",
        "minimumCpuSpeedNotMet",
        "platformNotApplicable",
        "fileSystemRequirementNotMet",
        "registryRequirementNotMet",
        "powerShellScriptRequirementNotMet",
        "noAdditionalDetails",
        "dependencyFailedToInstall",
        "dependencyWithRequirementsNotMet",
        "dependencyPendingReboot",
        "dependencyWithAutoInstallDisabled",
        "iosAppStoreUpdateFailedToInstall",
        "vppAppHasUpdateAvailable",
        "userRejectedUpdate",
        "seeInstallErrorCode",
        "autoInstallDisabled",
        "managedAppNoLongerPresent",
        "userRejectedInstall",
        "userIsNotLoggedIntoAppStore",
        "seeUninstallErrorCode",
        "pendingReboot",
        "installingDependencies",
        "contentDownloaded",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "processorArchitectureNotApplicable" => {
                    Self::ProcessorArchitectureNotApplicable
                }
                "minimumDiskSpaceNotMet" => Self::MinimumDiskSpaceNotMet,
                "minimumOsVersionNotMet" => Self::MinimumOsVersionNotMet,
                "minimumPhysicalMemoryNotMet" => Self::MinimumPhysicalMemoryNotMet,
                "minimumLogicalProcessorCountNotMet" => {
                    Self::MinimumLogicalProcessorCountNotMet
                }
                "minimumCpuSpeedNotMet" => Self::MinimumCpuSpeedNotMet,
                "platformNotApplicable" => Self::PlatformNotApplicable,
                "fileSystemRequirementNotMet" => Self::FileSystemRequirementNotMet,
                "registryRequirementNotMet" => Self::RegistryRequirementNotMet,
                "powerShellScriptRequirementNotMet" => {
                    Self::PowerShellScriptRequirementNotMet
                }
                "noAdditionalDetails" => Self::NoAdditionalDetails,
                "dependencyFailedToInstall" => Self::DependencyFailedToInstall,
                "dependencyWithRequirementsNotMet" => {
                    Self::DependencyWithRequirementsNotMet
                }
                "dependencyPendingReboot" => Self::DependencyPendingReboot,
                "dependencyWithAutoInstallDisabled" => {
                    Self::DependencyWithAutoInstallDisabled
                }
                "iosAppStoreUpdateFailedToInstall" => {
                    Self::IosAppStoreUpdateFailedToInstall
                }
                "vppAppHasUpdateAvailable" => Self::VppAppHasUpdateAvailable,
                "userRejectedUpdate" => Self::UserRejectedUpdate,
                "seeInstallErrorCode" => Self::SeeInstallErrorCode,
                "autoInstallDisabled" => Self::AutoInstallDisabled,
                "managedAppNoLongerPresent" => Self::ManagedAppNoLongerPresent,
                "userRejectedInstall" => Self::UserRejectedInstall,
                "userIsNotLoggedIntoAppStore" => Self::UserIsNotLoggedIntoAppStore,
                "seeUninstallErrorCode" => Self::SeeUninstallErrorCode,
                "pendingReboot" => Self::PendingReboot,
                "installingDependencies" => Self::InstallingDependencies,
                "contentDownloaded" => Self::ContentDownloaded,
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
            Self::ProcessorArchitectureNotApplicable => {
                "processorArchitectureNotApplicable"
            }
            Self::MinimumDiskSpaceNotMet => "minimumDiskSpaceNotMet",
            Self::MinimumOsVersionNotMet => "minimumOsVersionNotMet",
            Self::MinimumPhysicalMemoryNotMet => "minimumPhysicalMemoryNotMet",
            Self::MinimumLogicalProcessorCountNotMet => {
                "minimumLogicalProcessorCountNotMet"
            }
            Self::MinimumCpuSpeedNotMet => "minimumCpuSpeedNotMet",
            Self::PlatformNotApplicable => "platformNotApplicable",
            Self::FileSystemRequirementNotMet => "fileSystemRequirementNotMet",
            Self::RegistryRequirementNotMet => "registryRequirementNotMet",
            Self::PowerShellScriptRequirementNotMet => {
                "powerShellScriptRequirementNotMet"
            }
            Self::NoAdditionalDetails => "noAdditionalDetails",
            Self::DependencyFailedToInstall => "dependencyFailedToInstall",
            Self::DependencyWithRequirementsNotMet => "dependencyWithRequirementsNotMet",
            Self::DependencyPendingReboot => "dependencyPendingReboot",
            Self::DependencyWithAutoInstallDisabled => {
                "dependencyWithAutoInstallDisabled"
            }
            Self::IosAppStoreUpdateFailedToInstall => "iosAppStoreUpdateFailedToInstall",
            Self::VppAppHasUpdateAvailable => "vppAppHasUpdateAvailable",
            Self::UserRejectedUpdate => "userRejectedUpdate",
            Self::SeeInstallErrorCode => "seeInstallErrorCode",
            Self::AutoInstallDisabled => "autoInstallDisabled",
            Self::ManagedAppNoLongerPresent => "managedAppNoLongerPresent",
            Self::UserRejectedInstall => "userRejectedInstall",
            Self::UserIsNotLoggedIntoAppStore => "userIsNotLoggedIntoAppStore",
            Self::SeeUninstallErrorCode => "seeUninstallErrorCode",
            Self::PendingReboot => "pendingReboot",
            Self::InstallingDependencies => "installingDependencies",
            Self::ContentDownloaded => "contentDownloaded",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_enum!(ResultantAppStateDetail);
#[cfg(msgraph_beta_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ResultantAppStateDetail);
#[cfg(msgraph_beta_audit_logs_or_identity_or_identity_protection_and_4_more)]
/// CSDL: `microsoft.graph.riskLevel`, enum type.
///
/// Features: `beta`, or one of `beta-audit-logs`, `beta-identity`, `beta-identity-protection`, `beta-policies`, `beta-risk-detections`, `beta-risky-users`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum RiskLevel {
    /// `low` (value 0).
    Low,
    /// `medium` (value 1).
    Medium,
    /// `high` (value 2).
    High,
    /// `hidden` (value 3).
    Hidden,
    /// `none` (value 4).
    None,
    /// `unknownFutureValue` (value 5).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_audit_logs_or_identity_or_identity_protection_and_4_more)]
impl rt::StrEnum for RiskLevel {
    const TYPE_NAME: &'static str = "microsoft.graph.riskLevel";
    const MEMBERS: &'static [&'static str] = &[
        "low",
        "medium",
        "high",
        "hidden",
        "none",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "low" => Self::Low,
                "medium" => Self::Medium,
                "high" => Self::High,
                "hidden" => Self::Hidden,
                "none" => Self::None,
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
            Self::Low => "low",
            Self::Medium => "medium",
            Self::High => "high",
            Self::Hidden => "hidden",
            Self::None => "none",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_audit_logs_or_identity_or_identity_protection_and_4_more)]
rt::impl_enum!(RiskLevel);
#[cfg(msgraph_beta_audit_logs_or_identity_or_identity_protection_and_4_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(RiskLevel);
#[cfg(msgraph_beta_core_or_shares_or_sites)]
/// CSDL: `microsoft.graph.sectionGroup`, entity type, derived from `microsoft.graph.onenoteEntityHierarchyModel`, key `id`.
///
/// Request builders: [`SectionGroupPath`](requests/trait.SectionGroupPath.html), what a path to one (`EntityPath<SectionGroup, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 12 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct SectionGroup {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `self`: `Edm.String`, nullable.
    pub self_: rt::Field<::std::string::String>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `createdBy`: `microsoft.graph.identitySet`, nullable.
    pub created_by: rt::Field<crate::beta::IdentitySet>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `lastModifiedBy`: `microsoft.graph.identitySet`, nullable.
    pub last_modified_by: rt::Field<crate::beta::IdentitySet>,
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `sectionGroupsUrl`: `Edm.String`, nullable.
    pub section_groups_url: rt::Field<::std::string::String>,
    /// CSDL: property `sectionsUrl`: `Edm.String`, nullable.
    pub sections_url: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `parentNotebook`: `microsoft.graph.notebook`, nullable.
    pub parent_notebook: rt::Field<crate::beta::Notebook>,
    /// CSDL: containment navigation property `parentSectionGroup`: `microsoft.graph.sectionGroup`, nullable.
    pub parent_section_group: rt::Field<::std::boxed::Box<crate::beta::SectionGroup>>,
    /// CSDL: containment navigation property `sectionGroups`: `Collection(microsoft.graph.sectionGroup)`, not nullable.
    pub section_groups: rt::Field<::std::vec::Vec<crate::beta::SectionGroup>>,
    /// CSDL: containment navigation property `sections`: `Collection(microsoft.graph.onenoteSection)`, not nullable.
    pub sections: rt::Field<::std::vec::Vec<crate::beta::OnenoteSection>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_shares_or_sites)]
impl ::std::default::Default for SectionGroup {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            self_: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            created_by: rt::Field::Absent,
            display_name: rt::Field::Absent,
            last_modified_by: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            section_groups_url: rt::Field::Absent,
            sections_url: rt::Field::Absent,
            parent_notebook: rt::Field::Absent,
            parent_section_group: rt::Field::Absent,
            section_groups: rt::Field::Absent,
            sections: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_shares_or_sites)]
impl rt::Object for SectionGroup {
    const TYPE_NAME: &'static str = "microsoft.graph.sectionGroup";
    const KEYS: &'static [&'static str] = &[
        "id",
        "self",
        "createdDateTime",
        "createdBy",
        "displayName",
        "lastModifiedBy",
        "lastModifiedDateTime",
        "sectionGroupsUrl",
        "sectionsUrl",
        "parentNotebook",
        "parentSectionGroup",
        "sectionGroups",
        "sections",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"self\":                         ",
        ",\"createdDateTime\":              ",
        ",\"createdBy\":                    ",
        ",\"displayName\":                  ",
        ",\"lastModifiedBy\":               ",
        ",\"lastModifiedDateTime\":         ",
        ",\"sectionGroupsUrl\":             ",
        ",\"sectionsUrl\":                  ",
        ",\"parentNotebook\":               ",
        ",\"parentSectionGroup\":           ",
        ",\"sectionGroups\":                ",
        ",\"sections\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.sectionGroup\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "self_", &self.self_);
        v.field(2usize, "created_date_time", &self.created_date_time);
        v.field(3usize, "created_by", &self.created_by);
        v.field(4usize, "display_name", &self.display_name);
        v.field(5usize, "last_modified_by", &self.last_modified_by);
        v.field(6usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(7usize, "section_groups_url", &self.section_groups_url);
        v.field(8usize, "sections_url", &self.sections_url);
        v.field(9usize, "parent_notebook", &self.parent_notebook);
        v.field(10usize, "parent_section_group", &self.parent_section_group);
        v.field(11usize, "section_groups", &self.section_groups);
        v.field(12usize, "sections", &self.sections);
    }
}
#[cfg(msgraph_beta_core_or_shares_or_sites)]
impl rt::object::Members for SectionGroup {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.self_.read_from(r),
            2usize => self.created_date_time.read_from(r),
            3usize => self.created_by.read_from(r),
            4usize => self.display_name.read_from(r),
            5usize => self.last_modified_by.read_from(r),
            6usize => self.last_modified_date_time.read_from(r),
            7usize => self.section_groups_url.read_from(r),
            8usize => self.sections_url.read_from(r),
            9usize => self.parent_notebook.read_from(r),
            10usize => self.parent_section_group.read_from(r),
            11usize => self.section_groups.read_from(r),
            12usize => self.sections.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.self_);
        w.field(2usize, &self.created_date_time);
        w.field(3usize, &self.created_by);
        w.field(4usize, &self.display_name);
        w.field(5usize, &self.last_modified_by);
        w.field(6usize, &self.last_modified_date_time);
        w.field(7usize, &self.section_groups_url);
        w.field(8usize, &self.sections_url);
        w.field(9usize, &self.parent_notebook);
        w.field(10usize, &self.parent_section_group);
        w.field(11usize, &self.section_groups);
        w.field(12usize, &self.sections);
    }
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
rt::impl_object!(SectionGroup);
#[cfg(msgraph_beta_core_or_shares_or_sites)]
rt::impl_boxed!(SectionGroup);
#[cfg(msgraph_beta_core_or_shares_or_sites)]
rt::impl_setters!(
    SectionGroup { with_id id : ::std::string::String; with_self self_ :
    ::std::string::String; with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_created_by created_by : crate ::beta::IdentitySet;
    with_display_name display_name : ::std::string::String; with_last_modified_by
    last_modified_by : crate ::beta::IdentitySet; with_last_modified_date_time
    last_modified_date_time : rt::edm::DateTimeOffset; with_section_groups_url
    section_groups_url : ::std::string::String; with_sections_url sections_url :
    ::std::string::String; with_parent_notebook parent_notebook : crate ::beta::Notebook;
    with_parent_section_group parent_section_group : ::std::boxed::Box < crate
    ::beta::SectionGroup >; with_section_groups section_groups : ::std::vec::Vec < crate
    ::beta::SectionGroup >; with_sections sections : ::std::vec::Vec < crate
    ::beta::OnenoteSection >; }
);
#[cfg(msgraph_beta_core_or_shares_or_sites)]
#[cfg(feature = "serde")]
rt::impl_serde!(SectionGroup);
#[cfg(msgraph_beta_core_or_shares_or_sites)]
/// CSDL: `microsoft.graph.sectionLinks`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 12 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct SectionLinks {
    /// CSDL: property `oneNoteClientUrl`: `microsoft.graph.externalLink`, nullable.
    pub one_note_client_url: rt::Field<crate::beta::ExternalLink>,
    /// CSDL: property `oneNoteWebUrl`: `microsoft.graph.externalLink`, nullable.
    pub one_note_web_url: rt::Field<crate::beta::ExternalLink>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_shares_or_sites)]
impl ::std::default::Default for SectionLinks {
    #[inline]
    fn default() -> Self {
        Self {
            one_note_client_url: rt::Field::Absent,
            one_note_web_url: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_shares_or_sites)]
impl rt::Object for SectionLinks {
    const TYPE_NAME: &'static str = "microsoft.graph.sectionLinks";
    const KEYS: &'static [&'static str] = &["oneNoteClientUrl", "oneNoteWebUrl"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"oneNoteClientUrl\":             ",
        ",\"oneNoteWebUrl\":                ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.sectionLinks\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "one_note_client_url", &self.one_note_client_url);
        v.field(1usize, "one_note_web_url", &self.one_note_web_url);
    }
}
#[cfg(msgraph_beta_core_or_shares_or_sites)]
impl rt::object::Members for SectionLinks {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.one_note_client_url.read_from(r),
            1usize => self.one_note_web_url.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.one_note_client_url);
        w.field(1usize, &self.one_note_web_url);
    }
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
rt::impl_object!(SectionLinks);
#[cfg(msgraph_beta_core_or_shares_or_sites)]
rt::impl_setters!(
    SectionLinks { with_one_note_client_url one_note_client_url : crate
    ::beta::ExternalLink; with_one_note_web_url one_note_web_url : crate
    ::beta::ExternalLink; }
);
#[cfg(msgraph_beta_core_or_shares_or_sites)]
#[cfg(feature = "serde")]
rt::impl_serde!(SectionLinks);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.securityBaselineComplianceState`, enum type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum SecurityBaselineComplianceState {
    /// `unknown` (value 0).
    Unknown,
    /// `secure` (value 1).
    Secure,
    /// `notApplicable` (value 2).
    NotApplicable,
    /// `notSecure` (value 3).
    NotSecure,
    /// `error` (value 4).
    Error,
    /// `conflict` (value 5).
    Conflict,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_core)]
impl rt::StrEnum for SecurityBaselineComplianceState {
    const TYPE_NAME: &'static str = "microsoft.graph.securityBaselineComplianceState";
    const MEMBERS: &'static [&'static str] = &[
        "unknown",
        "secure",
        "notApplicable",
        "notSecure",
        "error",
        "conflict",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "unknown" => Self::Unknown,
                "secure" => Self::Secure,
                "notApplicable" => Self::NotApplicable,
                "notSecure" => Self::NotSecure,
                "error" => Self::Error,
                "conflict" => Self::Conflict,
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
            Self::Secure => "secure",
            Self::NotApplicable => "notApplicable",
            Self::NotSecure => "notSecure",
            Self::Error => "error",
            Self::Conflict => "conflict",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_core)]
rt::impl_enum!(SecurityBaselineComplianceState);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(SecurityBaselineComplianceState);
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
/// CSDL: `microsoft.graph.sensitivityLabel`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`SensitivityLabelPath`](requests/trait.SensitivityLabelPath.html), what a path to one (`EntityPath<SensitivityLabel, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-data-classification`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles` and 12 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct SensitivityLabel {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `applicableTo`: `microsoft.graph.sensitivityLabelTarget`, nullable.
    pub applicable_to: rt::Field<rt::Flags<crate::beta::SensitivityLabelTarget>>,
    /// CSDL: property `applicationMode`: `microsoft.graph.applicationMode`, nullable.
    pub application_mode: rt::Field<crate::beta::ApplicationMode>,
    /// CSDL: property `assignedPolicies`: `Collection(microsoft.graph.labelPolicy)`, nullable.
    pub assigned_policies: rt::Field<::std::vec::Vec<crate::beta::LabelPolicy>>,
    /// CSDL: property `autoLabeling`: `microsoft.graph.autoLabeling`, nullable.
    pub auto_labeling: rt::Field<crate::beta::AutoLabeling>,
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `isDefault`: `Edm.Boolean`, nullable.
    pub is_default: rt::Field<bool>,
    /// CSDL: property `isEndpointProtectionEnabled`: `Edm.Boolean`, nullable.
    pub is_endpoint_protection_enabled: rt::Field<bool>,
    /// CSDL: property `labelActions`: `Collection(microsoft.graph.labelActionBase)`, nullable.
    pub label_actions: rt::Field<::std::vec::Vec<crate::beta::AnyLabelActionBase>>,
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// CSDL: property `priority`: `Edm.Int32`, nullable.
    pub priority: rt::Field<i32>,
    /// CSDL: property `toolTip`: `Edm.String`, nullable.
    pub tool_tip: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `sublabels`: `Collection(microsoft.graph.sensitivityLabel)`, not nullable.
    pub sublabels: rt::Field<::std::vec::Vec<crate::beta::SensitivityLabel>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
impl ::std::default::Default for SensitivityLabel {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            applicable_to: rt::Field::Absent,
            application_mode: rt::Field::Absent,
            assigned_policies: rt::Field::Absent,
            auto_labeling: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            is_default: rt::Field::Absent,
            is_endpoint_protection_enabled: rt::Field::Absent,
            label_actions: rt::Field::Absent,
            name: rt::Field::Absent,
            priority: rt::Field::Absent,
            tool_tip: rt::Field::Absent,
            sublabels: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
impl rt::Object for SensitivityLabel {
    const TYPE_NAME: &'static str = "microsoft.graph.sensitivityLabel";
    const KEYS: &'static [&'static str] = &[
        "id",
        "applicableTo",
        "applicationMode",
        "assignedPolicies",
        "autoLabeling",
        "description",
        "displayName",
        "isDefault",
        "isEndpointProtectionEnabled",
        "labelActions",
        "name",
        "priority",
        "toolTip",
        "sublabels",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"applicableTo\":                 ",
        ",\"applicationMode\":              ",
        ",\"assignedPolicies\":             ",
        ",\"autoLabeling\":                 ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"isDefault\":                    ",
        ",\"isEndpointProtectionEnabled\":  ",
        ",\"labelActions\":                 ",
        ",\"name\":                         ",
        ",\"priority\":                     ",
        ",\"toolTip\":                      ",
        ",\"sublabels\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.sensitivityLabel\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "applicable_to", &self.applicable_to);
        v.field(2usize, "application_mode", &self.application_mode);
        v.field(3usize, "assigned_policies", &self.assigned_policies);
        v.field(4usize, "auto_labeling", &self.auto_labeling);
        v.field(5usize, "description", &self.description);
        v.field(6usize, "display_name", &self.display_name);
        v.field(7usize, "is_default", &self.is_default);
        v.field(
            8usize,
            "is_endpoint_protection_enabled",
            &self.is_endpoint_protection_enabled,
        );
        v.field(9usize, "label_actions", &self.label_actions);
        v.field(10usize, "name", &self.name);
        v.field(11usize, "priority", &self.priority);
        v.field(12usize, "tool_tip", &self.tool_tip);
        v.field(13usize, "sublabels", &self.sublabels);
    }
}
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
impl rt::object::Members for SensitivityLabel {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.applicable_to.read_from(r),
            2usize => self.application_mode.read_from(r),
            3usize => self.assigned_policies.read_from(r),
            4usize => self.auto_labeling.read_from(r),
            5usize => self.description.read_from(r),
            6usize => self.display_name.read_from(r),
            7usize => self.is_default.read_from(r),
            8usize => self.is_endpoint_protection_enabled.read_from(r),
            9usize => self.label_actions.read_from(r),
            10usize => self.name.read_from(r),
            11usize => self.priority.read_from(r),
            12usize => self.tool_tip.read_from(r),
            13usize => self.sublabels.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.applicable_to);
        w.field(2usize, &self.application_mode);
        w.field(3usize, &self.assigned_policies);
        w.field(4usize, &self.auto_labeling);
        w.field(5usize, &self.description);
        w.field(6usize, &self.display_name);
        w.field(7usize, &self.is_default);
        w.field(8usize, &self.is_endpoint_protection_enabled);
        w.field(9usize, &self.label_actions);
        w.field(10usize, &self.name);
        w.field(11usize, &self.priority);
        w.field(12usize, &self.tool_tip);
        w.field(13usize, &self.sublabels);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
rt::impl_object!(SensitivityLabel);
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
rt::impl_setters!(
    SensitivityLabel { with_id id : ::std::string::String; with_applicable_to
    applicable_to : rt::Flags < crate ::beta::SensitivityLabelTarget >;
    with_application_mode application_mode : crate ::beta::ApplicationMode;
    with_assigned_policies assigned_policies : ::std::vec::Vec < crate
    ::beta::LabelPolicy >; with_auto_labeling auto_labeling : crate ::beta::AutoLabeling;
    with_description description : ::std::string::String; with_display_name display_name
    : ::std::string::String; with_is_default is_default : bool;
    with_is_endpoint_protection_enabled is_endpoint_protection_enabled : bool;
    with_label_actions label_actions : ::std::vec::Vec < crate ::beta::AnyLabelActionBase
    >; with_name name : ::std::string::String; with_priority priority : i32;
    with_tool_tip tool_tip : ::std::string::String; with_sublabels sublabels :
    ::std::vec::Vec < crate ::beta::SensitivityLabel >; }
);
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
#[cfg(feature = "serde")]
rt::impl_serde!(SensitivityLabel);
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
/// CSDL: `microsoft.graph.sensitivityLabelTarget`, enum type, flags (comma-separated in JSON).
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-data-classification`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles` and 12 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum SensitivityLabelTarget {
    /// `email` (value 1).
    Email,
    /// `site` (value 2).
    Site,
    /// `unifiedGroup` (value 4).
    UnifiedGroup,
    /// `unknownFutureValue` (value 8).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
impl rt::StrEnum for SensitivityLabelTarget {
    const TYPE_NAME: &'static str = "microsoft.graph.sensitivityLabelTarget";
    const MEMBERS: &'static [&'static str] = &[
        "email",
        "site",
        "unifiedGroup",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "email" => Self::Email,
                "site" => Self::Site,
                "unifiedGroup" => Self::UnifiedGroup,
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
            Self::Email => "email",
            Self::Site => "site",
            Self::UnifiedGroup => "unifiedGroup",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
rt::impl_enum!(SensitivityLabelTarget);
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
#[cfg(feature = "serde")]
rt::impl_serde!(SensitivityLabelTarget);
#[cfg(msgraph_beta_core_or_subscribed_skus)]
/// CSDL: `microsoft.graph.servicePlanInfo`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ServicePlanInfo {
    /// CSDL: property `appliesTo`: `Edm.String`, nullable.
    pub applies_to: rt::Field<::std::string::String>,
    /// CSDL: property `provisioningStatus`: `Edm.String`, nullable.
    pub provisioning_status: rt::Field<::std::string::String>,
    /// CSDL: property `servicePlanId`: `Edm.Guid`, nullable.
    pub service_plan_id: rt::Field<rt::edm::Guid>,
    /// CSDL: property `servicePlanName`: `Edm.String`, nullable.
    pub service_plan_name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_subscribed_skus)]
impl ::std::default::Default for ServicePlanInfo {
    #[inline]
    fn default() -> Self {
        Self {
            applies_to: rt::Field::Absent,
            provisioning_status: rt::Field::Absent,
            service_plan_id: rt::Field::Absent,
            service_plan_name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_subscribed_skus)]
impl rt::Object for ServicePlanInfo {
    const TYPE_NAME: &'static str = "microsoft.graph.servicePlanInfo";
    const KEYS: &'static [&'static str] = &[
        "appliesTo",
        "provisioningStatus",
        "servicePlanId",
        "servicePlanName",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"appliesTo\":                    ",
        ",\"provisioningStatus\":           ",
        ",\"servicePlanId\":                ",
        ",\"servicePlanName\":              ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.servicePlanInfo\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "applies_to", &self.applies_to);
        v.field(1usize, "provisioning_status", &self.provisioning_status);
        v.field(2usize, "service_plan_id", &self.service_plan_id);
        v.field(3usize, "service_plan_name", &self.service_plan_name);
    }
}
#[cfg(msgraph_beta_core_or_subscribed_skus)]
impl rt::object::Members for ServicePlanInfo {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.applies_to.read_from(r),
            1usize => self.provisioning_status.read_from(r),
            2usize => self.service_plan_id.read_from(r),
            3usize => self.service_plan_name.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.applies_to);
        w.field(1usize, &self.provisioning_status);
        w.field(2usize, &self.service_plan_id);
        w.field(3usize, &self.service_plan_name);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_core_or_subscribed_skus)]
rt::impl_object!(ServicePlanInfo);
#[cfg(msgraph_beta_core_or_subscribed_skus)]
rt::impl_setters!(
    ServicePlanInfo { with_applies_to applies_to : ::std::string::String;
    with_provisioning_status provisioning_status : ::std::string::String;
    with_service_plan_id service_plan_id : rt::edm::Guid; with_service_plan_name
    service_plan_name : ::std::string::String; }
);
#[cfg(msgraph_beta_core_or_subscribed_skus)]
#[cfg(feature = "serde")]
rt::impl_serde!(ServicePlanInfo);
#[cfg(msgraph_beta_any_area)]
/// CSDL: `microsoft.graph.servicePrincipalIdentity`, complex type, derived from `microsoft.graph.identity`, open.
///
/// Feature: `beta` or any `beta-*` area feature.
#[derive(Clone)]
pub struct ServicePrincipalIdentity {
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `id`: `Edm.String`, nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `appId`: `Edm.String`, nullable.
    pub app_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_any_area)]
impl ::std::default::Default for ServicePrincipalIdentity {
    #[inline]
    fn default() -> Self {
        Self {
            display_name: rt::Field::Absent,
            id: rt::Field::Absent,
            app_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_any_area)]
impl rt::Object for ServicePrincipalIdentity {
    const TYPE_NAME: &'static str = "microsoft.graph.servicePrincipalIdentity";
    const KEYS: &'static [&'static str] = &["displayName", "id", "appId"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"displayName\":                  ",
        ",\"id\":                           ",
        ",\"appId\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.servicePrincipalIdentity\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "display_name", &self.display_name);
        v.field(1usize, "id", &self.id);
        v.field(2usize, "app_id", &self.app_id);
    }
}
#[cfg(msgraph_beta_any_area)]
impl rt::object::Members for ServicePrincipalIdentity {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.display_name.read_from(r),
            1usize => self.id.read_from(r),
            2usize => self.app_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.display_name);
        w.field(1usize, &self.id);
        w.field(2usize, &self.app_id);
    }
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
rt::impl_object!(ServicePrincipalIdentity);
#[cfg(msgraph_beta_any_area)]
rt::impl_setters!(
    ServicePrincipalIdentity { with_display_name display_name : ::std::string::String;
    with_id id : ::std::string::String; with_app_id app_id : ::std::string::String; }
);
#[cfg(msgraph_beta_any_area)]
#[cfg(feature = "serde")]
rt::impl_serde!(ServicePrincipalIdentity);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.settingSource`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct SettingSource {
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `id`: `Edm.String`, nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `sourceType`: `microsoft.graph.settingSourceType`, not nullable.
    pub source_type: rt::Field<crate::beta::SettingSourceType>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for SettingSource {
    #[inline]
    fn default() -> Self {
        Self {
            display_name: rt::Field::Absent,
            id: rt::Field::Absent,
            source_type: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for SettingSource {
    const TYPE_NAME: &'static str = "microsoft.graph.settingSource";
    const KEYS: &'static [&'static str] = &["displayName", "id", "sourceType"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"displayName\":                  ",
        ",\"id\":                           ",
        ",\"sourceType\":                   ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.settingSource\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "display_name", &self.display_name);
        v.field(1usize, "id", &self.id);
        v.field(2usize, "source_type", &self.source_type);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for SettingSource {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.display_name.read_from(r),
            1usize => self.id.read_from(r),
            2usize => self.source_type.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.display_name);
        w.field(1usize, &self.id);
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
rt::impl_object!(SettingSource);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    SettingSource { with_display_name display_name : ::std::string::String; with_id id :
    ::std::string::String; with_source_type source_type : crate
    ::beta::SettingSourceType; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(SettingSource);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.settingSourceType`, enum type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum SettingSourceType {
    /// `deviceConfiguration` (value 0).
    DeviceConfiguration,
    /// `deviceIntent` (value 1).
    DeviceIntent,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_core)]
impl rt::StrEnum for SettingSourceType {
    const TYPE_NAME: &'static str = "microsoft.graph.settingSourceType";
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
rt::impl_enum!(SettingSourceType);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(SettingSourceType);
#[cfg(msgraph_beta_privileged_signup_status_or_search)]
/// CSDL: `microsoft.graph.setupStatus`, enum type.
///
/// Features: `beta`, or one of `beta-privileged-signup-status`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum SetupStatus {
    /// `unknown` (value 0).
    Unknown,
    /// `notRegisteredYet` (value 1).
    NotRegisteredYet,
    /// `registeredSetupNotStarted` (value 2).
    RegisteredSetupNotStarted,
    /// `registeredSetupInProgress` (value 3).
    RegisteredSetupInProgress,
    /// `registrationAndSetupCompleted` (value 4).
    RegistrationAndSetupCompleted,
    /// `registrationFailed` (value 5).
    RegistrationFailed,
    /// `registrationTimedOut` (value 6).
    RegistrationTimedOut,
    /// `disabled` (value 7).
    Disabled,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_privileged_signup_status_or_search)]
impl rt::StrEnum for SetupStatus {
    const TYPE_NAME: &'static str = "microsoft.graph.setupStatus";
    const MEMBERS: &'static [&'static str] = &[
        "unknown",
        "notRegisteredYet",
        "registeredSetupNotStarted",
        "registeredSetupInProgress",
        "registrationAndSetupCompleted",
        "registrationFailed",
        "registrationTimedOut",
        "disabled",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "unknown" => Self::Unknown,
                "notRegisteredYet" => Self::NotRegisteredYet,
                "registeredSetupNotStarted" => Self::RegisteredSetupNotStarted,
                "registeredSetupInProgress" => Self::RegisteredSetupInProgress,
                "registrationAndSetupCompleted" => Self::RegistrationAndSetupCompleted,
                "registrationFailed" => Self::RegistrationFailed,
                "registrationTimedOut" => Self::RegistrationTimedOut,
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
            Self::Unknown => "unknown",
            Self::NotRegisteredYet => "notRegisteredYet",
            Self::RegisteredSetupNotStarted => "registeredSetupNotStarted",
            Self::RegisteredSetupInProgress => "registeredSetupInProgress",
            Self::RegistrationAndSetupCompleted => "registrationAndSetupCompleted",
            Self::RegistrationFailed => "registrationFailed",
            Self::RegistrationTimedOut => "registrationTimedOut",
            Self::Disabled => "disabled",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_privileged_signup_status_or_search)]
rt::impl_enum!(SetupStatus);
#[cfg(msgraph_beta_privileged_signup_status_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(SetupStatus);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// CSDL: `microsoft.graph.sharepointIds`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct SharepointIds {
    /// CSDL: property `listId`: `Edm.String`, nullable.
    pub list_id: rt::Field<::std::string::String>,
    /// CSDL: property `listItemId`: `Edm.String`, nullable.
    pub list_item_id: rt::Field<::std::string::String>,
    /// CSDL: property `listItemUniqueId`: `Edm.String`, nullable.
    pub list_item_unique_id: rt::Field<::std::string::String>,
    /// CSDL: property `siteId`: `Edm.String`, nullable.
    pub site_id: rt::Field<::std::string::String>,
    /// CSDL: property `siteUrl`: `Edm.String`, nullable.
    pub site_url: rt::Field<::std::string::String>,
    /// CSDL: property `tenantId`: `Edm.String`, nullable.
    pub tenant_id: rt::Field<::std::string::String>,
    /// CSDL: property `webId`: `Edm.String`, nullable.
    pub web_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for SharepointIds {
    #[inline]
    fn default() -> Self {
        Self {
            list_id: rt::Field::Absent,
            list_item_id: rt::Field::Absent,
            list_item_unique_id: rt::Field::Absent,
            site_id: rt::Field::Absent,
            site_url: rt::Field::Absent,
            tenant_id: rt::Field::Absent,
            web_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for SharepointIds {
    const TYPE_NAME: &'static str = "microsoft.graph.sharepointIds";
    const KEYS: &'static [&'static str] = &[
        "listId",
        "listItemId",
        "listItemUniqueId",
        "siteId",
        "siteUrl",
        "tenantId",
        "webId",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"listId\":                       ",
        ",\"listItemId\":                   ",
        ",\"listItemUniqueId\":             ",
        ",\"siteId\":                       ",
        ",\"siteUrl\":                      ",
        ",\"tenantId\":                     ",
        ",\"webId\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.sharepointIds\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "list_id", &self.list_id);
        v.field(1usize, "list_item_id", &self.list_item_id);
        v.field(2usize, "list_item_unique_id", &self.list_item_unique_id);
        v.field(3usize, "site_id", &self.site_id);
        v.field(4usize, "site_url", &self.site_url);
        v.field(5usize, "tenant_id", &self.tenant_id);
        v.field(6usize, "web_id", &self.web_id);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for SharepointIds {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.list_id.read_from(r),
            1usize => self.list_item_id.read_from(r),
            2usize => self.list_item_unique_id.read_from(r),
            3usize => self.site_id.read_from(r),
            4usize => self.site_url.read_from(r),
            5usize => self.tenant_id.read_from(r),
            6usize => self.web_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.list_id);
        w.field(1usize, &self.list_item_id);
        w.field(2usize, &self.list_item_unique_id);
        w.field(3usize, &self.site_id);
        w.field(4usize, &self.site_url);
        w.field(5usize, &self.tenant_id);
        w.field(6usize, &self.web_id);
    }
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
rt::impl_object!(SharepointIds);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    SharepointIds { with_list_id list_id : ::std::string::String; with_list_item_id
    list_item_id : ::std::string::String; with_list_item_unique_id list_item_unique_id :
    ::std::string::String; with_site_id site_id : ::std::string::String; with_site_url
    site_url : ::std::string::String; with_tenant_id tenant_id : ::std::string::String;
    with_web_id web_id : ::std::string::String; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(SharepointIds);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.shiftAvailability`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ShiftAvailability {
    /// CSDL: property `recurrence`: `microsoft.graph.patternedRecurrence`, nullable.
    pub recurrence: rt::Field<crate::beta::PatternedRecurrence>,
    /// CSDL: property `timeSlots`: `Collection(microsoft.graph.timeRange)`, nullable.
    pub time_slots: rt::Field<::std::vec::Vec<crate::beta::TimeRange>>,
    /// CSDL: property `timeZone`: `Edm.String`, nullable.
    pub time_zone: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for ShiftAvailability {
    #[inline]
    fn default() -> Self {
        Self {
            recurrence: rt::Field::Absent,
            time_slots: rt::Field::Absent,
            time_zone: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for ShiftAvailability {
    const TYPE_NAME: &'static str = "microsoft.graph.shiftAvailability";
    const KEYS: &'static [&'static str] = &["recurrence", "timeSlots", "timeZone"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"recurrence\":                   ",
        ",\"timeSlots\":                    ",
        ",\"timeZone\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.shiftAvailability\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "recurrence", &self.recurrence);
        v.field(1usize, "time_slots", &self.time_slots);
        v.field(2usize, "time_zone", &self.time_zone);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for ShiftAvailability {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.recurrence.read_from(r),
            1usize => self.time_slots.read_from(r),
            2usize => self.time_zone.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.recurrence);
        w.field(1usize, &self.time_slots);
        w.field(2usize, &self.time_zone);
    }
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
rt::impl_object!(ShiftAvailability);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    ShiftAvailability { with_recurrence recurrence : crate ::beta::PatternedRecurrence;
    with_time_slots time_slots : ::std::vec::Vec < crate ::beta::TimeRange >;
    with_time_zone time_zone : ::std::string::String; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(ShiftAvailability);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.shiftPreferences`, entity type, derived from `microsoft.graph.changeTrackedEntity`, key `id`.
///
/// Request builders: [`ChangeTrackedEntityPath`](requests/trait.ChangeTrackedEntityPath.html), what a path to one (`EntityPath<ShiftPreferences, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ShiftPreferences {
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
    /// CSDL: property `availability`: `Collection(microsoft.graph.shiftAvailability)`, nullable.
    pub availability: rt::Field<::std::vec::Vec<crate::beta::ShiftAvailability>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for ShiftPreferences {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_by: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            last_modified_by: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            availability: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for ShiftPreferences {
    const TYPE_NAME: &'static str = "microsoft.graph.shiftPreferences";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdBy",
        "createdDateTime",
        "lastModifiedBy",
        "lastModifiedDateTime",
        "availability",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdBy\":                    ",
        ",\"createdDateTime\":              ",
        ",\"lastModifiedBy\":               ",
        ",\"lastModifiedDateTime\":         ",
        ",\"availability\":                 ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.shiftPreferences\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_by", &self.created_by);
        v.field(2usize, "created_date_time", &self.created_date_time);
        v.field(3usize, "last_modified_by", &self.last_modified_by);
        v.field(4usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(5usize, "availability", &self.availability);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for ShiftPreferences {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_by.read_from(r),
            2usize => self.created_date_time.read_from(r),
            3usize => self.last_modified_by.read_from(r),
            4usize => self.last_modified_date_time.read_from(r),
            5usize => self.availability.read_from(r),
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
        w.field(5usize, &self.availability);
    }
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
rt::impl_object!(ShiftPreferences);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    ShiftPreferences { with_id id : ::std::string::String; with_created_by created_by :
    crate ::beta::IdentitySet; with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_last_modified_by last_modified_by : crate
    ::beta::IdentitySet; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_availability availability : ::std::vec::Vec < crate
    ::beta::ShiftAvailability >; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(ShiftPreferences);
#[cfg(msgraph_beta_audit_logs_or_print_or_reports_or_search)]
/// CSDL: `microsoft.graph.signInStatus`, complex type.
///
/// Features: `beta`, or one of `beta-audit-logs`, `beta-print`, `beta-reports`, `beta-search`.
#[derive(Clone)]
pub struct SignInStatus {
    /// CSDL: property `additionalDetails`: `Edm.String`, nullable.
    pub additional_details: rt::Field<::std::string::String>,
    /// CSDL: property `errorCode`: `Edm.Int32`, nullable.
    pub error_code: rt::Field<i32>,
    /// CSDL: property `failureReason`: `Edm.String`, nullable.
    pub failure_reason: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_audit_logs_or_print_or_reports_or_search)]
impl ::std::default::Default for SignInStatus {
    #[inline]
    fn default() -> Self {
        Self {
            additional_details: rt::Field::Absent,
            error_code: rt::Field::Absent,
            failure_reason: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_audit_logs_or_print_or_reports_or_search)]
impl rt::Object for SignInStatus {
    const TYPE_NAME: &'static str = "microsoft.graph.signInStatus";
    const KEYS: &'static [&'static str] = &[
        "additionalDetails",
        "errorCode",
        "failureReason",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"additionalDetails\":            ",
        ",\"errorCode\":                    ",
        ",\"failureReason\":                ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.signInStatus\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "additional_details", &self.additional_details);
        v.field(1usize, "error_code", &self.error_code);
        v.field(2usize, "failure_reason", &self.failure_reason);
    }
}
#[cfg(msgraph_beta_audit_logs_or_print_or_reports_or_search)]
impl rt::object::Members for SignInStatus {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.additional_details.read_from(r),
            1usize => self.error_code.read_from(r),
            2usize => self.failure_reason.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.additional_details);
        w.field(1usize, &self.error_code);
        w.field(2usize, &self.failure_reason);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_audit_logs_or_print_or_reports_or_search)]
rt::impl_object!(SignInStatus);
#[cfg(msgraph_beta_audit_logs_or_print_or_reports_or_search)]
rt::impl_setters!(
    SignInStatus { with_additional_details additional_details : ::std::string::String;
    with_error_code error_code : i32; with_failure_reason failure_reason :
    ::std::string::String; }
);
#[cfg(msgraph_beta_audit_logs_or_print_or_reports_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(SignInStatus);
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
/// CSDL: `microsoft.graph.siteAccessType`, enum type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-data-classification`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles` and 12 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum SiteAccessType {
    /// `block` (value 0).
    Block,
    /// `full` (value 1).
    Full,
    /// `limited` (value 2).
    Limited,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
impl rt::StrEnum for SiteAccessType {
    const TYPE_NAME: &'static str = "microsoft.graph.siteAccessType";
    const MEMBERS: &'static [&'static str] = &["block", "full", "limited"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "block" => Self::Block,
                "full" => Self::Full,
                "limited" => Self::Limited,
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
            Self::Full => "full",
            Self::Limited => "limited",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
rt::impl_enum!(SiteAccessType);
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
#[cfg(feature = "serde")]
rt::impl_serde!(SiteAccessType);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.stateManagementSetting`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum StateManagementSetting {
    /// `notConfigured` (value 0).
    NotConfigured,
    /// `blocked` (value 1).
    Blocked,
    /// `allowed` (value 2).
    Allowed,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for StateManagementSetting {
    const TYPE_NAME: &'static str = "microsoft.graph.stateManagementSetting";
    const MEMBERS: &'static [&'static str] = &["notConfigured", "blocked", "allowed"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "notConfigured" => Self::NotConfigured,
                "blocked" => Self::Blocked,
                "allowed" => Self::Allowed,
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
            Self::Blocked => "blocked",
            Self::Allowed => "allowed",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(StateManagementSetting);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(StateManagementSetting);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.stringKeyAttributeMappingSourceValuePair`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct StringKeyAttributeMappingSourceValuePair {
    /// CSDL: property `key`: `Edm.String`, nullable.
    pub key: rt::Field<::std::string::String>,
    /// CSDL: property `value`: `microsoft.graph.attributeMappingSource`, nullable.
    pub value: rt::Field<crate::beta::AttributeMappingSource>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for StringKeyAttributeMappingSourceValuePair {
    #[inline]
    fn default() -> Self {
        Self {
            key: rt::Field::Absent,
            value: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for StringKeyAttributeMappingSourceValuePair {
    const TYPE_NAME: &'static str = "microsoft.graph.stringKeyAttributeMappingSourceValuePair";
    const KEYS: &'static [&'static str] = &["key", "value"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"key\":                          ",
        ",\"value\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.stringKeyAttributeMappingSourceValuePair\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "key", &self.key);
        v.field(1usize, "value", &self.value);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for StringKeyAttributeMappingSourceValuePair {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.key.read_from(r),
            1usize => self.value.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.key);
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
rt::impl_object!(StringKeyAttributeMappingSourceValuePair);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    StringKeyAttributeMappingSourceValuePair { with_key key : ::std::string::String;
    with_value value : crate ::beta::AttributeMappingSource; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(StringKeyAttributeMappingSourceValuePair);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.taskStatus`, enum type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum TaskStatus {
    /// `notStarted` (value 0).
    NotStarted,
    /// `inProgress` (value 1).
    InProgress,
    /// `completed` (value 2).
    Completed,
    /// `waitingOnOthers` (value 3).
    WaitingOnOthers,
    /// `deferred` (value 4).
    Deferred,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_core)]
impl rt::StrEnum for TaskStatus {
    const TYPE_NAME: &'static str = "microsoft.graph.taskStatus";
    const MEMBERS: &'static [&'static str] = &[
        "notStarted",
        "inProgress",
        "completed",
        "waitingOnOthers",
        "deferred",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "notStarted" => Self::NotStarted,
                "inProgress" => Self::InProgress,
                "completed" => Self::Completed,
                "waitingOnOthers" => Self::WaitingOnOthers,
                "deferred" => Self::Deferred,
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
            Self::WaitingOnOthers => "waitingOnOthers",
            Self::Deferred => "deferred",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_core)]
rt::impl_enum!(TaskStatus);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(TaskStatus);
#[cfg(msgraph_beta_app_catalogs_or_search)]
/// CSDL: `microsoft.graph.teamsApp`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`TeamsAppPath`](requests/trait.TeamsAppPath.html), what a path to one (`EntityPath<TeamsApp, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-app-catalogs`, `beta-search`.
#[derive(Clone)]
pub struct TeamsApp {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `distributionMethod`: `microsoft.graph.teamsAppDistributionMethod`, nullable.
    pub distribution_method: rt::Field<crate::beta::TeamsAppDistributionMethod>,
    /// CSDL: property `externalId`: `Edm.String`, nullable.
    pub external_id: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `appDefinitions`: `Collection(microsoft.graph.teamsAppDefinition)`, not nullable.
    pub app_definitions: rt::Field<::std::vec::Vec<crate::beta::TeamsAppDefinition>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_app_catalogs_or_search)]
impl ::std::default::Default for TeamsApp {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            display_name: rt::Field::Absent,
            distribution_method: rt::Field::Absent,
            external_id: rt::Field::Absent,
            app_definitions: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_app_catalogs_or_search)]
impl rt::Object for TeamsApp {
    const TYPE_NAME: &'static str = "microsoft.graph.teamsApp";
    const KEYS: &'static [&'static str] = &[
        "id",
        "displayName",
        "distributionMethod",
        "externalId",
        "appDefinitions",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"displayName\":                  ",
        ",\"distributionMethod\":           ",
        ",\"externalId\":                   ",
        ",\"appDefinitions\":               ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.teamsApp\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "display_name", &self.display_name);
        v.field(2usize, "distribution_method", &self.distribution_method);
        v.field(3usize, "external_id", &self.external_id);
        v.field(4usize, "app_definitions", &self.app_definitions);
    }
}
#[cfg(msgraph_beta_app_catalogs_or_search)]
impl rt::object::Members for TeamsApp {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.display_name.read_from(r),
            2usize => self.distribution_method.read_from(r),
            3usize => self.external_id.read_from(r),
            4usize => self.app_definitions.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.display_name);
        w.field(2usize, &self.distribution_method);
        w.field(3usize, &self.external_id);
        w.field(4usize, &self.app_definitions);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_app_catalogs_or_search)]
rt::impl_object!(TeamsApp);
#[cfg(msgraph_beta_app_catalogs_or_search)]
rt::impl_setters!(
    TeamsApp { with_id id : ::std::string::String; with_display_name display_name :
    ::std::string::String; with_distribution_method distribution_method : crate
    ::beta::TeamsAppDistributionMethod; with_external_id external_id :
    ::std::string::String; with_app_definitions app_definitions : ::std::vec::Vec < crate
    ::beta::TeamsAppDefinition >; }
);
#[cfg(msgraph_beta_app_catalogs_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(TeamsApp);
#[cfg(msgraph_beta_app_catalogs_or_search)]
/// CSDL: `microsoft.graph.teamsAppDefinition`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`TeamsAppDefinitionPath`](requests/trait.TeamsAppDefinitionPath.html), what a path to one (`EntityPath<TeamsAppDefinition, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-app-catalogs`, `beta-search`.
#[derive(Clone)]
pub struct TeamsAppDefinition {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `allowedInstallationScopes`: `microsoft.graph.teamsAppInstallationScopes`, nullable.
    pub allowed_installation_scopes: rt::Field<
        rt::Flags<crate::beta::TeamsAppInstallationScopes>,
    >,
    /// CSDL: property `azureADAppId`: `Edm.String`, nullable.
    pub azure_ad_app_id: rt::Field<::std::string::String>,
    /// CSDL: property `createdBy`: `microsoft.graph.identitySet`, nullable.
    pub created_by: rt::Field<crate::beta::IdentitySet>,
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `publishingState`: `microsoft.graph.teamsAppPublishingState`, nullable.
    pub publishing_state: rt::Field<crate::beta::TeamsAppPublishingState>,
    /// CSDL: property `shortdescription`: `Edm.String`, nullable.
    pub shortdescription: rt::Field<::std::string::String>,
    /// CSDL: property `teamsAppId`: `Edm.String`, nullable.
    pub teams_app_id: rt::Field<::std::string::String>,
    /// CSDL: property `version`: `Edm.String`, nullable.
    pub version: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `bot`: `microsoft.graph.teamworkBot`, nullable.
    pub bot: rt::Field<crate::beta::TeamworkBot>,
    /// CSDL: containment navigation property `colorIcon`: `microsoft.graph.teamsAppIcon`, nullable.
    pub color_icon: rt::Field<crate::beta::TeamsAppIcon>,
    /// CSDL: containment navigation property `outlineIcon`: `microsoft.graph.teamsAppIcon`, nullable.
    pub outline_icon: rt::Field<crate::beta::TeamsAppIcon>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_app_catalogs_or_search)]
impl ::std::default::Default for TeamsAppDefinition {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            allowed_installation_scopes: rt::Field::Absent,
            azure_ad_app_id: rt::Field::Absent,
            created_by: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            publishing_state: rt::Field::Absent,
            shortdescription: rt::Field::Absent,
            teams_app_id: rt::Field::Absent,
            version: rt::Field::Absent,
            bot: rt::Field::Absent,
            color_icon: rt::Field::Absent,
            outline_icon: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_app_catalogs_or_search)]
impl rt::Object for TeamsAppDefinition {
    const TYPE_NAME: &'static str = "microsoft.graph.teamsAppDefinition";
    const KEYS: &'static [&'static str] = &[
        "id",
        "allowedInstallationScopes",
        "azureADAppId",
        "createdBy",
        "description",
        "displayName",
        "lastModifiedDateTime",
        "publishingState",
        "shortdescription",
        "teamsAppId",
        "version",
        "bot",
        "colorIcon",
        "outlineIcon",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"allowedInstallationScopes\":    ",
        ",\"azureADAppId\":                 ",
        ",\"createdBy\":                    ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"lastModifiedDateTime\":         ",
        ",\"publishingState\":              ",
        ",\"shortdescription\":             ",
        ",\"teamsAppId\":                   ",
        ",\"version\":                      ",
        ",\"bot\":                          ",
        ",\"colorIcon\":                    ",
        ",\"outlineIcon\":                  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.teamsAppDefinition\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(
            1usize,
            "allowed_installation_scopes",
            &self.allowed_installation_scopes,
        );
        v.field(2usize, "azure_ad_app_id", &self.azure_ad_app_id);
        v.field(3usize, "created_by", &self.created_by);
        v.field(4usize, "description", &self.description);
        v.field(5usize, "display_name", &self.display_name);
        v.field(6usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(7usize, "publishing_state", &self.publishing_state);
        v.field(8usize, "shortdescription", &self.shortdescription);
        v.field(9usize, "teams_app_id", &self.teams_app_id);
        v.field(10usize, "version", &self.version);
        v.field(11usize, "bot", &self.bot);
        v.field(12usize, "color_icon", &self.color_icon);
        v.field(13usize, "outline_icon", &self.outline_icon);
    }
}
#[cfg(msgraph_beta_app_catalogs_or_search)]
impl rt::object::Members for TeamsAppDefinition {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.allowed_installation_scopes.read_from(r),
            2usize => self.azure_ad_app_id.read_from(r),
            3usize => self.created_by.read_from(r),
            4usize => self.description.read_from(r),
            5usize => self.display_name.read_from(r),
            6usize => self.last_modified_date_time.read_from(r),
            7usize => self.publishing_state.read_from(r),
            8usize => self.shortdescription.read_from(r),
            9usize => self.teams_app_id.read_from(r),
            10usize => self.version.read_from(r),
            11usize => self.bot.read_from(r),
            12usize => self.color_icon.read_from(r),
            13usize => self.outline_icon.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.allowed_installation_scopes);
        w.field(2usize, &self.azure_ad_app_id);
        w.field(3usize, &self.created_by);
        w.field(4usize, &self.description);
        w.field(5usize, &self.display_name);
        w.field(6usize, &self.last_modified_date_time);
        w.field(7usize, &self.publishing_state);
        w.field(8usize, &self.shortdescription);
        w.field(9usize, &self.teams_app_id);
        w.field(10usize, &self.version);
        w.field(11usize, &self.bot);
        w.field(12usize, &self.color_icon);
        w.field(13usize, &self.outline_icon);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_app_catalogs_or_search)]
rt::impl_object!(TeamsAppDefinition);
#[cfg(msgraph_beta_app_catalogs_or_search)]
rt::impl_setters!(
    TeamsAppDefinition { with_id id : ::std::string::String;
    with_allowed_installation_scopes allowed_installation_scopes : rt::Flags < crate
    ::beta::TeamsAppInstallationScopes >; with_azure_ad_app_id azure_ad_app_id :
    ::std::string::String; with_created_by created_by : crate ::beta::IdentitySet;
    with_description description : ::std::string::String; with_display_name display_name
    : ::std::string::String; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_publishing_state publishing_state : crate
    ::beta::TeamsAppPublishingState; with_shortdescription shortdescription :
    ::std::string::String; with_teams_app_id teams_app_id : ::std::string::String;
    with_version version : ::std::string::String; with_bot bot : crate
    ::beta::TeamworkBot; with_color_icon color_icon : crate ::beta::TeamsAppIcon;
    with_outline_icon outline_icon : crate ::beta::TeamsAppIcon; }
);
#[cfg(msgraph_beta_app_catalogs_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(TeamsAppDefinition);
#[cfg(msgraph_beta_app_catalogs_or_search)]
/// CSDL: `microsoft.graph.teamsAppDistributionMethod`, enum type.
///
/// Features: `beta`, or one of `beta-app-catalogs`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum TeamsAppDistributionMethod {
    /// `store` (value 0).
    Store,
    /// `organization` (value 1).
    Organization,
    /// `sideloaded` (value 2).
    Sideloaded,
    /// `unknownFutureValue` (value 3).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_app_catalogs_or_search)]
impl rt::StrEnum for TeamsAppDistributionMethod {
    const TYPE_NAME: &'static str = "microsoft.graph.teamsAppDistributionMethod";
    const MEMBERS: &'static [&'static str] = &[
        "store",
        "organization",
        "sideloaded",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "store" => Self::Store,
                "organization" => Self::Organization,
                "sideloaded" => Self::Sideloaded,
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
            Self::Store => "store",
            Self::Organization => "organization",
            Self::Sideloaded => "sideloaded",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_app_catalogs_or_search)]
rt::impl_enum!(TeamsAppDistributionMethod);
#[cfg(msgraph_beta_app_catalogs_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(TeamsAppDistributionMethod);
#[cfg(msgraph_beta_app_catalogs_or_search)]
/// CSDL: `microsoft.graph.teamsAppIcon`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`TeamsAppIconPath`](requests/trait.TeamsAppIconPath.html), what a path to one (`EntityPath<TeamsAppIcon, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-app-catalogs`, `beta-search`.
#[derive(Clone)]
pub struct TeamsAppIcon {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `webUrl`: `Edm.String`, nullable.
    pub web_url: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `hostedContent`: `microsoft.graph.teamworkHostedContent`, nullable.
    pub hosted_content: rt::Field<crate::beta::AnyTeamworkHostedContent>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_app_catalogs_or_search)]
impl ::std::default::Default for TeamsAppIcon {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            web_url: rt::Field::Absent,
            hosted_content: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_app_catalogs_or_search)]
impl rt::Object for TeamsAppIcon {
    const TYPE_NAME: &'static str = "microsoft.graph.teamsAppIcon";
    const KEYS: &'static [&'static str] = &["id", "webUrl", "hostedContent"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"webUrl\":                       ",
        ",\"hostedContent\":                ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.teamsAppIcon\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "web_url", &self.web_url);
        v.field(2usize, "hosted_content", &self.hosted_content);
    }
}
#[cfg(msgraph_beta_app_catalogs_or_search)]
impl rt::object::Members for TeamsAppIcon {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.web_url.read_from(r),
            2usize => self.hosted_content.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.web_url);
        w.field(2usize, &self.hosted_content);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_app_catalogs_or_search)]
rt::impl_object!(TeamsAppIcon);
#[cfg(msgraph_beta_app_catalogs_or_search)]
rt::impl_setters!(
    TeamsAppIcon { with_id id : ::std::string::String; with_web_url web_url :
    ::std::string::String; with_hosted_content hosted_content : crate
    ::beta::AnyTeamworkHostedContent; }
);
#[cfg(msgraph_beta_app_catalogs_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(TeamsAppIcon);
#[cfg(msgraph_beta_app_catalogs_or_search)]
/// CSDL: `microsoft.graph.teamsAppInstallationScopes`, enum type, flags (comma-separated in JSON).
///
/// Features: `beta`, or one of `beta-app-catalogs`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum TeamsAppInstallationScopes {
    /// `team` (value 1).
    Team,
    /// `groupChat` (value 2).
    GroupChat,
    /// `personal` (value 4).
    Personal,
    /// `unknownFutureValue` (value 8).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_app_catalogs_or_search)]
impl rt::StrEnum for TeamsAppInstallationScopes {
    const TYPE_NAME: &'static str = "microsoft.graph.teamsAppInstallationScopes";
    const MEMBERS: &'static [&'static str] = &[
        "team",
        "groupChat",
        "personal",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "team" => Self::Team,
                "groupChat" => Self::GroupChat,
                "personal" => Self::Personal,
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
            Self::Team => "team",
            Self::GroupChat => "groupChat",
            Self::Personal => "personal",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_app_catalogs_or_search)]
rt::impl_enum!(TeamsAppInstallationScopes);
#[cfg(msgraph_beta_app_catalogs_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(TeamsAppInstallationScopes);
#[cfg(msgraph_beta_app_catalogs_or_search)]
/// CSDL: `microsoft.graph.teamsAppPublishingState`, enum type.
///
/// Features: `beta`, or one of `beta-app-catalogs`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum TeamsAppPublishingState {
    /// `submitted` (value 0).
    Submitted,
    /// `rejected` (value 1).
    Rejected,
    /// `published` (value 2).
    Published,
    /// `unknownFutureValue` (value 3).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_app_catalogs_or_search)]
impl rt::StrEnum for TeamsAppPublishingState {
    const TYPE_NAME: &'static str = "microsoft.graph.teamsAppPublishingState";
    const MEMBERS: &'static [&'static str] = &[
        "submitted",
        "rejected",
        "published",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "submitted" => Self::Submitted,
                "rejected" => Self::Rejected,
                "published" => Self::Published,
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
            Self::Rejected => "rejected",
            Self::Published => "published",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_app_catalogs_or_search)]
rt::impl_enum!(TeamsAppPublishingState);
#[cfg(msgraph_beta_app_catalogs_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(TeamsAppPublishingState);
#[cfg(msgraph_beta_app_catalogs_or_search)]
/// CSDL: `microsoft.graph.teamworkBot`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-app-catalogs`, `beta-search`.
#[derive(Clone)]
pub struct TeamworkBot {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_app_catalogs_or_search)]
impl ::std::default::Default for TeamworkBot {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_app_catalogs_or_search)]
impl rt::Object for TeamworkBot {
    const TYPE_NAME: &'static str = "microsoft.graph.teamworkBot";
    const KEYS: &'static [&'static str] = &["id"];
    const KEYS_JSON: &'static [&'static str] = &[",\"id\":                           "];
    const TAG: &'static str = "\"#microsoft.graph.teamworkBot\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
    }
}
#[cfg(msgraph_beta_app_catalogs_or_search)]
impl rt::object::Members for TeamworkBot {
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
#[cfg(msgraph_beta_app_catalogs_or_search)]
rt::impl_object!(TeamworkBot);
#[cfg(msgraph_beta_app_catalogs_or_search)]
rt::impl_setters!(TeamworkBot { with_id id : ::std::string::String; });
#[cfg(msgraph_beta_app_catalogs_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(TeamworkBot);
#[cfg(msgraph_beta_core_or_app_catalogs)]
/// CSDL: `microsoft.graph.teamworkHostedContent`, entity type, derived from `microsoft.graph.entity`, media entity, key `id`.
///
/// Request builders: [`TeamworkHostedContentPath`](requests/trait.TeamworkHostedContentPath.html), what a path to one (`EntityPath<AnyTeamworkHostedContent, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-app-catalogs`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct TeamworkHostedContent {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `contentBytes`: `Edm.Binary`, nullable.
    pub content_bytes: rt::Field<rt::edm::Binary>,
    /// CSDL: property `contentType`: `Edm.String`, nullable.
    pub content_type: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_app_catalogs)]
impl ::std::default::Default for TeamworkHostedContent {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            content_bytes: rt::Field::Absent,
            content_type: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_app_catalogs)]
impl rt::Object for TeamworkHostedContent {
    const TYPE_NAME: &'static str = "microsoft.graph.teamworkHostedContent";
    const KEYS: &'static [&'static str] = &["id", "contentBytes", "contentType"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"contentBytes\":                 ",
        ",\"contentType\":                  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.teamworkHostedContent\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "content_bytes", &self.content_bytes);
        v.field(2usize, "content_type", &self.content_type);
    }
}
#[cfg(msgraph_beta_core_or_app_catalogs)]
impl rt::object::Members for TeamworkHostedContent {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.content_bytes.read_from(r),
            2usize => self.content_type.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.content_bytes);
        w.field(2usize, &self.content_type);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_core_or_app_catalogs)]
rt::impl_object!(TeamworkHostedContent);
#[cfg(msgraph_beta_core_or_app_catalogs)]
rt::impl_setters!(
    TeamworkHostedContent { with_id id : ::std::string::String; with_content_bytes
    content_bytes : rt::edm::Binary; with_content_type content_type :
    ::std::string::String; }
);
#[cfg(msgraph_beta_core_or_app_catalogs)]
#[cfg(feature = "serde")]
rt::impl_serde!(TeamworkHostedContent);
#[cfg(msgraph_beta_core_or_app_catalogs)]
/// `microsoft.graph.teamworkHostedContent` or any type derived from it, selected by `@odata.type` (2 types); each variant's type converts into it (`From`).
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-app-catalogs`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Debug)]
pub enum AnyTeamworkHostedContent {
    TeamworkHostedContent(::std::boxed::Box<crate::beta::TeamworkHostedContent>),
    ChatMessageHostedContent(::std::boxed::Box<crate::beta::ChatMessageHostedContent>),
}
#[cfg(msgraph_beta_core_or_app_catalogs)]
impl ::std::default::Default for AnyTeamworkHostedContent {
    #[inline]
    fn default() -> Self {
        Self::TeamworkHostedContent(::std::default::Default::default())
    }
}
#[cfg(msgraph_beta_core_or_app_catalogs)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::TeamworkHostedContent>
for AnyTeamworkHostedContent {
    #[inline]
    fn from(v: crate::beta::TeamworkHostedContent) -> Self {
        Self::TeamworkHostedContent(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core_or_app_catalogs)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ChatMessageHostedContent>
for AnyTeamworkHostedContent {
    #[inline]
    fn from(v: crate::beta::ChatMessageHostedContent) -> Self {
        Self::ChatMessageHostedContent(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core_or_app_catalogs)]
unsafe impl ::std::marker::Send for AnyTeamworkHostedContent {}
#[cfg(msgraph_beta_core_or_app_catalogs)]
unsafe impl ::std::marker::Sync for AnyTeamworkHostedContent {}
#[cfg(msgraph_beta_core_or_app_catalogs)]
impl ::std::marker::Unpin for AnyTeamworkHostedContent {}
#[cfg(msgraph_beta_core_or_app_catalogs)]
impl ::std::panic::UnwindSafe for AnyTeamworkHostedContent {}
#[cfg(msgraph_beta_core_or_app_catalogs)]
impl ::std::panic::RefUnwindSafe for AnyTeamworkHostedContent {}
#[cfg(msgraph_beta_core_or_app_catalogs)]
const _: () = {
    rt::object::auto_traits::<crate::beta::TeamworkHostedContent>();
    rt::object::auto_traits::<crate::beta::ChatMessageHostedContent>();
};
#[cfg(msgraph_beta_core_or_app_catalogs)]
impl rt::Poly for AnyTeamworkHostedContent {
    const BASE_NAME: &'static str = "microsoft.graph.teamworkHostedContent";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some("microsoft.graph.chatMessageHostedContent") => {
                Self::ChatMessageHostedContent(rt::object::new_boxed())
            }
            _ => Self::TeamworkHostedContent(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::TeamworkHostedContent(v) => &**v,
            Self::ChatMessageHostedContent(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::TeamworkHostedContent(v) => &mut **v,
            Self::ChatMessageHostedContent(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_beta_core_or_app_catalogs)]
impl AnyTeamworkHostedContent {
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
            Self::TeamworkHostedContent(v) => &v.id,
            Self::ChatMessageHostedContent(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::TeamworkHostedContent(v) => &mut v.id,
            Self::ChatMessageHostedContent(v) => &mut v.id,
        }
    }
    /// `contentBytes` of any variant.
    #[inline]
    pub fn content_bytes(&self) -> &rt::Field<rt::edm::Binary> {
        match self {
            Self::TeamworkHostedContent(v) => &v.content_bytes,
            Self::ChatMessageHostedContent(v) => &v.content_bytes,
        }
    }
    /// `contentBytes` of any variant.
    #[inline]
    pub fn content_bytes_mut(&mut self) -> &mut rt::Field<rt::edm::Binary> {
        match self {
            Self::TeamworkHostedContent(v) => &mut v.content_bytes,
            Self::ChatMessageHostedContent(v) => &mut v.content_bytes,
        }
    }
    /// `contentType` of any variant.
    #[inline]
    pub fn content_type(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::TeamworkHostedContent(v) => &v.content_type,
            Self::ChatMessageHostedContent(v) => &v.content_type,
        }
    }
    /// `contentType` of any variant.
    #[inline]
    pub fn content_type_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::TeamworkHostedContent(v) => &mut v.content_type,
            Self::ChatMessageHostedContent(v) => &mut v.content_type,
        }
    }
}
#[cfg(msgraph_beta_core_or_app_catalogs)]
rt::impl_poly!(AnyTeamworkHostedContent);
#[cfg(msgraph_beta_core_or_app_catalogs)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyTeamworkHostedContent);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.timeRange`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct TimeRange {
    /// CSDL: property `endTime`: `Edm.TimeOfDay`, nullable.
    pub end_time: rt::Field<rt::edm::TimeOfDay>,
    /// CSDL: property `startTime`: `Edm.TimeOfDay`, nullable.
    pub start_time: rt::Field<rt::edm::TimeOfDay>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for TimeRange {
    #[inline]
    fn default() -> Self {
        Self {
            end_time: rt::Field::Absent,
            start_time: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for TimeRange {
    const TYPE_NAME: &'static str = "microsoft.graph.timeRange";
    const KEYS: &'static [&'static str] = &["endTime", "startTime"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"endTime\":                      ",
        ",\"startTime\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.timeRange\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "end_time", &self.end_time);
        v.field(1usize, "start_time", &self.start_time);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for TimeRange {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.end_time.read_from(r),
            1usize => self.start_time.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.end_time);
        w.field(1usize, &self.start_time);
    }
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
rt::impl_object!(TimeRange);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    TimeRange { with_end_time end_time : rt::edm::TimeOfDay; with_start_time start_time :
    rt::edm::TimeOfDay; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(TimeRange);
#[cfg(msgraph_beta_core_or_invitations)]
/// CSDL: `microsoft.graph.timeSlot`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct TimeSlot {
    /// CSDL: property `end`: `microsoft.graph.dateTimeTimeZone`, not nullable.
    pub end: rt::Field<crate::beta::DateTimeTimeZone>,
    /// CSDL: property `start`: `microsoft.graph.dateTimeTimeZone`, not nullable.
    pub start: rt::Field<crate::beta::DateTimeTimeZone>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_invitations)]
impl ::std::default::Default for TimeSlot {
    #[inline]
    fn default() -> Self {
        Self {
            end: rt::Field::Absent,
            start: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_invitations)]
impl rt::Object for TimeSlot {
    const TYPE_NAME: &'static str = "microsoft.graph.timeSlot";
    const KEYS: &'static [&'static str] = &["end", "start"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"end\":                          ",
        ",\"start\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.timeSlot\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "end", &self.end);
        v.field(1usize, "start", &self.start);
    }
}
#[cfg(msgraph_beta_core_or_invitations)]
impl rt::object::Members for TimeSlot {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.end.read_from(r),
            1usize => self.start.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.end);
        w.field(1usize, &self.start);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_core_or_invitations)]
rt::impl_object!(TimeSlot);
#[cfg(msgraph_beta_core_or_invitations)]
rt::impl_setters!(
    TimeSlot { with_end end : crate ::beta::DateTimeTimeZone; with_start start : crate
    ::beta::DateTimeTimeZone; }
);
#[cfg(msgraph_beta_core_or_invitations)]
#[cfg(feature = "serde")]
rt::impl_serde!(TimeSlot);
#[cfg(msgraph_beta_core_or_invitations)]
/// CSDL: `microsoft.graph.typedEmailAddress`, complex type, derived from `microsoft.graph.emailAddress`.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct TypedEmailAddress {
    /// CSDL: property `address`: `Edm.String`, nullable.
    pub address: rt::Field<::std::string::String>,
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// CSDL: property `otherLabel`: `Edm.String`, nullable.
    pub other_label: rt::Field<::std::string::String>,
    /// CSDL: property `type`: `microsoft.graph.emailType`, nullable.
    pub type_: rt::Field<crate::beta::EmailType>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_invitations)]
impl ::std::default::Default for TypedEmailAddress {
    #[inline]
    fn default() -> Self {
        Self {
            address: rt::Field::Absent,
            name: rt::Field::Absent,
            other_label: rt::Field::Absent,
            type_: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_invitations)]
impl rt::Object for TypedEmailAddress {
    const TYPE_NAME: &'static str = "microsoft.graph.typedEmailAddress";
    const KEYS: &'static [&'static str] = &["address", "name", "otherLabel", "type"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"address\":                      ",
        ",\"name\":                         ",
        ",\"otherLabel\":                   ",
        ",\"type\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.typedEmailAddress\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "address", &self.address);
        v.field(1usize, "name", &self.name);
        v.field(2usize, "other_label", &self.other_label);
        v.field(3usize, "type_", &self.type_);
    }
}
#[cfg(msgraph_beta_core_or_invitations)]
impl rt::object::Members for TypedEmailAddress {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.address.read_from(r),
            1usize => self.name.read_from(r),
            2usize => self.other_label.read_from(r),
            3usize => self.type_.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.address);
        w.field(1usize, &self.name);
        w.field(2usize, &self.other_label);
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
#[cfg(msgraph_beta_core_or_invitations)]
rt::impl_object!(TypedEmailAddress);
#[cfg(msgraph_beta_core_or_invitations)]
rt::impl_setters!(
    TypedEmailAddress { with_address address : ::std::string::String; with_name name :
    ::std::string::String; with_other_label other_label : ::std::string::String;
    with_type type_ : crate ::beta::EmailType; }
);
#[cfg(msgraph_beta_core_or_invitations)]
#[cfg(feature = "serde")]
rt::impl_serde!(TypedEmailAddress);
#[cfg(msgraph_beta_print_or_reports_or_search)]
/// CSDL: `microsoft.graph.usageAuthMethod`, enum type.
///
/// Features: `beta`, or one of `beta-print`, `beta-reports`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum UsageAuthMethod {
    /// `email` (value 0).
    Email,
    /// `mobileSMS` (value 1).
    MobileSms,
    /// `mobileCall` (value 2).
    MobileCall,
    /// `officePhone` (value 3).
    OfficePhone,
    /// `securityQuestion` (value 4).
    SecurityQuestion,
    /// `appNotification` (value 5).
    AppNotification,
    /// `appCode` (value 6).
    AppCode,
    /// `alternateMobileCall` (value 7).
    AlternateMobileCall,
    /// `fido` (value 8).
    Fido,
    /// `appPassword` (value 9).
    AppPassword,
    /// `unknownFutureValue` (value 10).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl rt::StrEnum for UsageAuthMethod {
    const TYPE_NAME: &'static str = "microsoft.graph.usageAuthMethod";
    const MEMBERS: &'static [&'static str] = &[
        "email",
        "mobileSMS",
        "mobileCall",
        "officePhone",
        "securityQuestion",
        "appNotification",
        "appCode",
        "alternateMobileCall",
        "fido",
        "appPassword",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "email" => Self::Email,
                "mobileSMS" => Self::MobileSms,
                "mobileCall" => Self::MobileCall,
                "officePhone" => Self::OfficePhone,
                "securityQuestion" => Self::SecurityQuestion,
                "appNotification" => Self::AppNotification,
                "appCode" => Self::AppCode,
                "alternateMobileCall" => Self::AlternateMobileCall,
                "fido" => Self::Fido,
                "appPassword" => Self::AppPassword,
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
            Self::Email => "email",
            Self::MobileSms => "mobileSMS",
            Self::MobileCall => "mobileCall",
            Self::OfficePhone => "officePhone",
            Self::SecurityQuestion => "securityQuestion",
            Self::AppNotification => "appNotification",
            Self::AppCode => "appCode",
            Self::AlternateMobileCall => "alternateMobileCall",
            Self::Fido => "fido",
            Self::AppPassword => "appPassword",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
rt::impl_enum!(UsageAuthMethod);
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(UsageAuthMethod);
#[cfg(msgraph_beta_device_management_or_search)]
/// The user experience analytics metric contains the score and units of a metric of a user experience anlaytics category.
///
/// CSDL: `microsoft.graph.userExperienceAnalyticsMetric`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct UserExperienceAnalyticsMetric {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// The unit of the user experience analytics metric.
    ///
    /// CSDL: property `unit`: `Edm.String`, nullable.
    pub unit: rt::Field<::std::string::String>,
    /// The value of the user experience analytics metric.
    ///
    /// CSDL: property `value`: `Edm.Double`, not nullable.
    pub value: rt::Field<f64>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for UserExperienceAnalyticsMetric {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            unit: rt::Field::Absent,
            value: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for UserExperienceAnalyticsMetric {
    const TYPE_NAME: &'static str = "microsoft.graph.userExperienceAnalyticsMetric";
    const KEYS: &'static [&'static str] = &["id", "unit", "value"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"unit\":                         ",
        ",\"value\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.userExperienceAnalyticsMetric\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "unit", &self.unit);
        v.field(2usize, "value", &self.value);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for UserExperienceAnalyticsMetric {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.unit.read_from(r),
            2usize => self.value.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.unit);
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
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_object!(UserExperienceAnalyticsMetric);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    UserExperienceAnalyticsMetric { with_id id : ::std::string::String; with_unit unit :
    ::std::string::String; with_value value : f64; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(UserExperienceAnalyticsMetric);
#[cfg(msgraph_beta_any_area)]
/// CSDL: `microsoft.graph.userIdentity`, complex type, derived from `microsoft.graph.identity`, open.
///
/// Feature: `beta` or any `beta-*` area feature.
#[derive(Clone)]
pub struct UserIdentity {
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `id`: `Edm.String`, nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `ipAddress`: `Edm.String`, nullable.
    pub ip_address: rt::Field<::std::string::String>,
    /// CSDL: property `userPrincipalName`: `Edm.String`, nullable.
    pub user_principal_name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_any_area)]
impl ::std::default::Default for UserIdentity {
    #[inline]
    fn default() -> Self {
        Self {
            display_name: rt::Field::Absent,
            id: rt::Field::Absent,
            ip_address: rt::Field::Absent,
            user_principal_name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_any_area)]
impl rt::Object for UserIdentity {
    const TYPE_NAME: &'static str = "microsoft.graph.userIdentity";
    const KEYS: &'static [&'static str] = &[
        "displayName",
        "id",
        "ipAddress",
        "userPrincipalName",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"displayName\":                  ",
        ",\"id\":                           ",
        ",\"ipAddress\":                    ",
        ",\"userPrincipalName\":            ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.userIdentity\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "display_name", &self.display_name);
        v.field(1usize, "id", &self.id);
        v.field(2usize, "ip_address", &self.ip_address);
        v.field(3usize, "user_principal_name", &self.user_principal_name);
    }
}
#[cfg(msgraph_beta_any_area)]
impl rt::object::Members for UserIdentity {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.display_name.read_from(r),
            1usize => self.id.read_from(r),
            2usize => self.ip_address.read_from(r),
            3usize => self.user_principal_name.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.display_name);
        w.field(1usize, &self.id);
        w.field(2usize, &self.ip_address);
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
#[cfg(msgraph_beta_any_area)]
rt::impl_object!(UserIdentity);
#[cfg(msgraph_beta_any_area)]
rt::impl_setters!(
    UserIdentity { with_display_name display_name : ::std::string::String; with_id id :
    ::std::string::String; with_ip_address ip_address : ::std::string::String;
    with_user_principal_name user_principal_name : ::std::string::String; }
);
#[cfg(msgraph_beta_any_area)]
#[cfg(feature = "serde")]
rt::impl_serde!(UserIdentity);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.website`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct Website {
    /// CSDL: property `address`: `Edm.String`, nullable.
    pub address: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `type`: `microsoft.graph.websiteType`, nullable.
    pub type_: rt::Field<crate::beta::WebsiteType>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for Website {
    #[inline]
    fn default() -> Self {
        Self {
            address: rt::Field::Absent,
            display_name: rt::Field::Absent,
            type_: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for Website {
    const TYPE_NAME: &'static str = "microsoft.graph.website";
    const KEYS: &'static [&'static str] = &["address", "displayName", "type"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"address\":                      ",
        ",\"displayName\":                  ",
        ",\"type\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.website\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "address", &self.address);
        v.field(1usize, "display_name", &self.display_name);
        v.field(2usize, "type_", &self.type_);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for Website {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.address.read_from(r),
            1usize => self.display_name.read_from(r),
            2usize => self.type_.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.address);
        w.field(1usize, &self.display_name);
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
#[cfg(msgraph_beta_core)]
rt::impl_object!(Website);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    Website { with_address address : ::std::string::String; with_display_name
    display_name : ::std::string::String; with_type type_ : crate ::beta::WebsiteType; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(Website);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.websiteType`, enum type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum WebsiteType {
    /// `other` (value 0).
    Other,
    /// `home` (value 1).
    Home,
    /// `work` (value 2).
    Work,
    /// `blog` (value 3).
    Blog,
    /// `profile` (value 4).
    Profile,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_core)]
impl rt::StrEnum for WebsiteType {
    const TYPE_NAME: &'static str = "microsoft.graph.websiteType";
    const MEMBERS: &'static [&'static str] = &[
        "other",
        "home",
        "work",
        "blog",
        "profile",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "other" => Self::Other,
                "home" => Self::Home,
                "work" => Self::Work,
                "blog" => Self::Blog,
                "profile" => Self::Profile,
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
            Self::Other => "other",
            Self::Home => "home",
            Self::Work => "work",
            Self::Blog => "blog",
            Self::Profile => "profile",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_core)]
rt::impl_enum!(WebsiteType);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(WebsiteType);
#[cfg(msgraph_beta_core_or_role_management)]
/// CSDL: `microsoft.graph.weekIndex`, enum type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum WeekIndex {
    /// `first` (value 0).
    First,
    /// `second` (value 1).
    Second,
    /// `third` (value 2).
    Third,
    /// `fourth` (value 3).
    Fourth,
    /// `last` (value 4).
    Last,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_core_or_role_management)]
impl rt::StrEnum for WeekIndex {
    const TYPE_NAME: &'static str = "microsoft.graph.weekIndex";
    const MEMBERS: &'static [&'static str] = &[
        "first",
        "second",
        "third",
        "fourth",
        "last",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "first" => Self::First,
                "second" => Self::Second,
                "third" => Self::Third,
                "fourth" => Self::Fourth,
                "last" => Self::Last,
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
            Self::First => "first",
            Self::Second => "second",
            Self::Third => "third",
            Self::Fourth => "fourth",
            Self::Last => "last",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_core_or_role_management)]
rt::impl_enum!(WeekIndex);
#[cfg(msgraph_beta_core_or_role_management)]
#[cfg(feature = "serde")]
rt::impl_serde!(WeekIndex);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.windowsMalwareCategory`, enum type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum WindowsMalwareCategory {
    /// `invalid` (value 0).
    Invalid,
    /// `adware` (value 1).
    Adware,
    /// `spyware` (value 2).
    Spyware,
    /// `passwordStealer` (value 3).
    PasswordStealer,
    /// `trojanDownloader` (value 4).
    TrojanDownloader,
    /// `worm` (value 5).
    Worm,
    /// `backdoor` (value 6).
    Backdoor,
    /// `remoteAccessTrojan` (value 7).
    RemoteAccessTrojan,
    /// `trojan` (value 8).
    Trojan,
    /// `emailFlooder` (value 9).
    EmailFlooder,
    /// `keylogger` (value 10).
    Keylogger,
    /// `dialer` (value 11).
    Dialer,
    /// `monitoringSoftware` (value 12).
    MonitoringSoftware,
    /// `browserModifier` (value 13).
    BrowserModifier,
    /// `cookie` (value 14).
    Cookie,
    /// `browserPlugin` (value 15).
    BrowserPlugin,
    /// `aolExploit` (value 16).
    AolExploit,
    /// `nuker` (value 17).
    Nuker,
    /// `securityDisabler` (value 18).
    SecurityDisabler,
    /// `jokeProgram` (value 19).
    JokeProgram,
    /// `hostileActiveXControl` (value 20).
    HostileActiveXControl,
    /// `softwareBundler` (value 21).
    SoftwareBundler,
    /// `stealthNotifier` (value 22).
    StealthNotifier,
    /// `settingsModifier` (value 23).
    SettingsModifier,
    /// `toolBar` (value 24).
    ToolBar,
    /// `remoteControlSoftware` (value 25).
    RemoteControlSoftware,
    /// `trojanFtp` (value 26).
    TrojanFtp,
    /// `potentialUnwantedSoftware` (value 27).
    PotentialUnwantedSoftware,
    /// `icqExploit` (value 28).
    IcqExploit,
    /// `trojanTelnet` (value 29).
    TrojanTelnet,
    /// `exploit` (value 30).
    Exploit,
    /// `filesharingProgram` (value 31).
    FilesharingProgram,
    /// `malwareCreationTool` (value 32).
    MalwareCreationTool,
    /// `remote_Control_Software` (value 33).
    RemoteControlSoftware_2,
    /// `tool` (value 34).
    Tool,
    /// `trojanDenialOfService` (value 36).
    TrojanDenialOfService,
    /// `trojanDropper` (value 37).
    TrojanDropper,
    /// `trojanMassMailer` (value 38).
    TrojanMassMailer,
    /// `trojanMonitoringSoftware` (value 39).
    TrojanMonitoringSoftware,
    /// `trojanProxyServer` (value 40).
    TrojanProxyServer,
    /// `virus` (value 42).
    Virus,
    /// `known` (value 43).
    Known,
    /// `unknown` (value 44).
    Unknown,
    /// `spp` (value 45).
    Spp,
    /// `behavior` (value 46).
    Behavior,
    /// `vulnerability` (value 47).
    Vulnerability,
    /// `policy` (value 48).
    Policy,
    /// `enterpriseUnwantedSoftware` (value 49).
    EnterpriseUnwantedSoftware,
    /// `ransom` (value 50).
    Ransom,
    /// `hipsRule` (value 51).
    HipsRule,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_core)]
impl rt::StrEnum for WindowsMalwareCategory {
    const TYPE_NAME: &'static str = "microsoft.graph.windowsMalwareCategory";
    const MEMBERS: &'static [&'static str] = &[
        "invalid",
        "adware",
        "spyware",
        "passwordStealer",
        "trojanDownloader",
        "worm",
        "backdoor",
        "remoteAccessTrojan",
        "trojan",
        "emailFlooder",
        "keylogger",
        "dialer",
        "monitoringSoftware",
        "browserModifier",
        "cookie",
        "browserPlugin",
        "aolExploit",
        "nuker",
        "securityDisabler",
        "jokeProgram",
        "hostileActiveXControl",
        "softwareBundler",
        "stealthNotifier",
        "settingsModifier",
        "toolBar",
        "remoteControlSoftware",
        "trojanFtp",
        "potentialUnwantedSoftware",
        "icqExploit",
        "trojanTelnet",
        "exploit",
        "filesharingProgram",
        "malwareCreationTool",
        "remote_Control_Software",
        "tool",
        "trojanDenialOfService",
        "trojanDropper",
        "trojanMassMailer",
        "trojanMonitoringSoftware",
        "trojanProxyServer",
        "virus",
        "known",
        "unknown",
        "spp",
        "behavior",
        "vulnerability",
        "policy",
        "enterpriseUnwantedSoftware",
        "ransom",
        "hipsRule",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "invalid" => Self::Invalid,
                "adware" => Self::Adware,
                "spyware" => Self::Spyware,
                "passwordStealer" => Self::PasswordStealer,
                "trojanDownloader" => Self::TrojanDownloader,
                "worm" => Self::Worm,
                "backdoor" => Self::Backdoor,
                "remoteAccessTrojan" => Self::RemoteAccessTrojan,
                "trojan" => Self::Trojan,
                "emailFlooder" => Self::EmailFlooder,
                "keylogger" => Self::Keylogger,
                "dialer" => Self::Dialer,
                "monitoringSoftware" => Self::MonitoringSoftware,
                "browserModifier" => Self::BrowserModifier,
                "cookie" => Self::Cookie,
                "browserPlugin" => Self::BrowserPlugin,
                "aolExploit" => Self::AolExploit,
                "nuker" => Self::Nuker,
                "securityDisabler" => Self::SecurityDisabler,
                "jokeProgram" => Self::JokeProgram,
                "hostileActiveXControl" => Self::HostileActiveXControl,
                "softwareBundler" => Self::SoftwareBundler,
                "stealthNotifier" => Self::StealthNotifier,
                "settingsModifier" => Self::SettingsModifier,
                "toolBar" => Self::ToolBar,
                "remoteControlSoftware" => Self::RemoteControlSoftware,
                "trojanFtp" => Self::TrojanFtp,
                "potentialUnwantedSoftware" => Self::PotentialUnwantedSoftware,
                "icqExploit" => Self::IcqExploit,
                "trojanTelnet" => Self::TrojanTelnet,
                "exploit" => Self::Exploit,
                "filesharingProgram" => Self::FilesharingProgram,
                "malwareCreationTool" => Self::MalwareCreationTool,
                "remote_Control_Software" => Self::RemoteControlSoftware_2,
                "tool" => Self::Tool,
                "trojanDenialOfService" => Self::TrojanDenialOfService,
                "trojanDropper" => Self::TrojanDropper,
                "trojanMassMailer" => Self::TrojanMassMailer,
                "trojanMonitoringSoftware" => Self::TrojanMonitoringSoftware,
                "trojanProxyServer" => Self::TrojanProxyServer,
                "virus" => Self::Virus,
                "known" => Self::Known,
                "unknown" => Self::Unknown,
                "spp" => Self::Spp,
                "behavior" => Self::Behavior,
                "vulnerability" => Self::Vulnerability,
                "policy" => Self::Policy,
                "enterpriseUnwantedSoftware" => Self::EnterpriseUnwantedSoftware,
                "ransom" => Self::Ransom,
                "hipsRule" => Self::HipsRule,
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
            Self::Invalid => "invalid",
            Self::Adware => "adware",
            Self::Spyware => "spyware",
            Self::PasswordStealer => "passwordStealer",
            Self::TrojanDownloader => "trojanDownloader",
            Self::Worm => "worm",
            Self::Backdoor => "backdoor",
            Self::RemoteAccessTrojan => "remoteAccessTrojan",
            Self::Trojan => "trojan",
            Self::EmailFlooder => "emailFlooder",
            Self::Keylogger => "keylogger",
            Self::Dialer => "dialer",
            Self::MonitoringSoftware => "monitoringSoftware",
            Self::BrowserModifier => "browserModifier",
            Self::Cookie => "cookie",
            Self::BrowserPlugin => "browserPlugin",
            Self::AolExploit => "aolExploit",
            Self::Nuker => "nuker",
            Self::SecurityDisabler => "securityDisabler",
            Self::JokeProgram => "jokeProgram",
            Self::HostileActiveXControl => "hostileActiveXControl",
            Self::SoftwareBundler => "softwareBundler",
            Self::StealthNotifier => "stealthNotifier",
            Self::SettingsModifier => "settingsModifier",
            Self::ToolBar => "toolBar",
            Self::RemoteControlSoftware => "remoteControlSoftware",
            Self::TrojanFtp => "trojanFtp",
            Self::PotentialUnwantedSoftware => "potentialUnwantedSoftware",
            Self::IcqExploit => "icqExploit",
            Self::TrojanTelnet => "trojanTelnet",
            Self::Exploit => "exploit",
            Self::FilesharingProgram => "filesharingProgram",
            Self::MalwareCreationTool => "malwareCreationTool",
            Self::RemoteControlSoftware_2 => "remote_Control_Software",
            Self::Tool => "tool",
            Self::TrojanDenialOfService => "trojanDenialOfService",
            Self::TrojanDropper => "trojanDropper",
            Self::TrojanMassMailer => "trojanMassMailer",
            Self::TrojanMonitoringSoftware => "trojanMonitoringSoftware",
            Self::TrojanProxyServer => "trojanProxyServer",
            Self::Virus => "virus",
            Self::Known => "known",
            Self::Unknown => "unknown",
            Self::Spp => "spp",
            Self::Behavior => "behavior",
            Self::Vulnerability => "vulnerability",
            Self::Policy => "policy",
            Self::EnterpriseUnwantedSoftware => "enterpriseUnwantedSoftware",
            Self::Ransom => "ransom",
            Self::HipsRule => "hipsRule",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_core)]
rt::impl_enum!(WindowsMalwareCategory);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(WindowsMalwareCategory);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.windowsMalwareExecutionState`, enum type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum WindowsMalwareExecutionState {
    /// `unknown` (value 0).
    Unknown,
    /// `blocked` (value 1).
    Blocked,
    /// `allowed` (value 2).
    Allowed,
    /// `running` (value 3).
    Running,
    /// `notRunning` (value 4).
    NotRunning,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_core)]
impl rt::StrEnum for WindowsMalwareExecutionState {
    const TYPE_NAME: &'static str = "microsoft.graph.windowsMalwareExecutionState";
    const MEMBERS: &'static [&'static str] = &[
        "unknown",
        "blocked",
        "allowed",
        "running",
        "notRunning",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "unknown" => Self::Unknown,
                "blocked" => Self::Blocked,
                "allowed" => Self::Allowed,
                "running" => Self::Running,
                "notRunning" => Self::NotRunning,
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
            Self::Blocked => "blocked",
            Self::Allowed => "allowed",
            Self::Running => "running",
            Self::NotRunning => "notRunning",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_core)]
rt::impl_enum!(WindowsMalwareExecutionState);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(WindowsMalwareExecutionState);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.windowsMalwareSeverity`, enum type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum WindowsMalwareSeverity {
    /// `unknown` (value 0).
    Unknown,
    /// `low` (value 1).
    Low,
    /// `moderate` (value 2).
    Moderate,
    /// `high` (value 4).
    High,
    /// `severe` (value 5).
    Severe,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_core)]
impl rt::StrEnum for WindowsMalwareSeverity {
    const TYPE_NAME: &'static str = "microsoft.graph.windowsMalwareSeverity";
    const MEMBERS: &'static [&'static str] = &[
        "unknown",
        "low",
        "moderate",
        "high",
        "severe",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "unknown" => Self::Unknown,
                "low" => Self::Low,
                "moderate" => Self::Moderate,
                "high" => Self::High,
                "severe" => Self::Severe,
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
            Self::Low => "low",
            Self::Moderate => "moderate",
            Self::High => "high",
            Self::Severe => "severe",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_core)]
rt::impl_enum!(WindowsMalwareSeverity);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(WindowsMalwareSeverity);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.windowsMalwareThreatState`, enum type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum WindowsMalwareThreatState {
    /// `active` (value 0).
    Active,
    /// `actionFailed` (value 1).
    ActionFailed,
    /// `manualStepsRequired` (value 2).
    ManualStepsRequired,
    /// `fullScanRequired` (value 3).
    FullScanRequired,
    /// `rebootRequired` (value 4).
    RebootRequired,
    /// `remediatedWithNonCriticalFailures` (value 5).
    RemediatedWithNonCriticalFailures,
    /// `quarantined` (value 6).
    Quarantined,
    /// `removed` (value 7).
    Removed,
    /// `cleaned` (value 8).
    Cleaned,
    /// `allowed` (value 9).
    Allowed,
    /// `noStatusCleared` (value 10).
    NoStatusCleared,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_core)]
impl rt::StrEnum for WindowsMalwareThreatState {
    const TYPE_NAME: &'static str = "microsoft.graph.windowsMalwareThreatState";
    const MEMBERS: &'static [&'static str] = &[
        "active",
        "actionFailed",
        "manualStepsRequired",
        "fullScanRequired",
        "rebootRequired",
        "remediatedWithNonCriticalFailures",
        "quarantined",
        "removed",
        "cleaned",
        "allowed",
        "noStatusCleared",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "active" => Self::Active,
                "actionFailed" => Self::ActionFailed,
                "manualStepsRequired" => Self::ManualStepsRequired,
                "fullScanRequired" => Self::FullScanRequired,
                "rebootRequired" => Self::RebootRequired,
                "remediatedWithNonCriticalFailures" => {
                    Self::RemediatedWithNonCriticalFailures
                }
                "quarantined" => Self::Quarantined,
                "removed" => Self::Removed,
                "cleaned" => Self::Cleaned,
                "allowed" => Self::Allowed,
                "noStatusCleared" => Self::NoStatusCleared,
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
            Self::ActionFailed => "actionFailed",
            Self::ManualStepsRequired => "manualStepsRequired",
            Self::FullScanRequired => "fullScanRequired",
            Self::RebootRequired => "rebootRequired",
            Self::RemediatedWithNonCriticalFailures => {
                "remediatedWithNonCriticalFailures"
            }
            Self::Quarantined => "quarantined",
            Self::Removed => "removed",
            Self::Cleaned => "cleaned",
            Self::Allowed => "allowed",
            Self::NoStatusCleared => "noStatusCleared",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_core)]
rt::impl_enum!(WindowsMalwareThreatState);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(WindowsMalwareThreatState);
#[cfg(msgraph_beta_search_or_teamwork)]
/// CSDL: `microsoft.graph.workforceIntegration`, entity type, derived from `microsoft.graph.changeTrackedEntity`, key `id`.
///
/// Request builders: [`WorkforceIntegrationPath`](requests/trait.WorkforceIntegrationPath.html), what a path to one (`EntityPath<WorkforceIntegration, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-search`, `beta-teamwork`.
#[derive(Clone)]
pub struct WorkforceIntegration {
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
    /// CSDL: property `apiVersion`: `Edm.Int32`, nullable.
    pub api_version: rt::Field<i32>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `eligibilityFilteringEnabledEntities`: `microsoft.graph.eligibilityFilteringEnabledEntities`, nullable.
    pub eligibility_filtering_enabled_entities: rt::Field<
        rt::Flags<crate::beta::EligibilityFilteringEnabledEntities>,
    >,
    /// CSDL: property `encryption`: `microsoft.graph.workforceIntegrationEncryption`, nullable.
    pub encryption: rt::Field<crate::beta::WorkforceIntegrationEncryption>,
    /// CSDL: property `isActive`: `Edm.Boolean`, nullable.
    pub is_active: rt::Field<bool>,
    /// CSDL: property `supportedEntities`: `microsoft.graph.workforceIntegrationSupportedEntities`, nullable.
    pub supported_entities: rt::Field<
        rt::Flags<crate::beta::WorkforceIntegrationSupportedEntities>,
    >,
    /// CSDL: property `supports`: `microsoft.graph.workforceIntegrationSupportedEntities`, nullable.
    pub supports: rt::Field<
        rt::Flags<crate::beta::WorkforceIntegrationSupportedEntities>,
    >,
    /// CSDL: property `url`: `Edm.String`, nullable.
    pub url: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_search_or_teamwork)]
impl ::std::default::Default for WorkforceIntegration {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_by: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            last_modified_by: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            api_version: rt::Field::Absent,
            display_name: rt::Field::Absent,
            eligibility_filtering_enabled_entities: rt::Field::Absent,
            encryption: rt::Field::Absent,
            is_active: rt::Field::Absent,
            supported_entities: rt::Field::Absent,
            supports: rt::Field::Absent,
            url: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_search_or_teamwork)]
impl rt::Object for WorkforceIntegration {
    const TYPE_NAME: &'static str = "microsoft.graph.workforceIntegration";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdBy",
        "createdDateTime",
        "lastModifiedBy",
        "lastModifiedDateTime",
        "apiVersion",
        "displayName",
        "eligibilityFilteringEnabledEntities",
        "encryption",
        "isActive",
        "supportedEntities",
        "supports",
        "url",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdBy\":                    ",
        ",\"createdDateTime\":              ",
        ",\"lastModifiedBy\":               ",
        ",\"lastModifiedDateTime\":         ",
        ",\"apiVersion\":                   ",
        ",\"displayName\":                  ",
        ",\"eligibilityFilteringEnabledEntities\":",
        ",\"encryption\":                   ",
        ",\"isActive\":                     ",
        ",\"supportedEntities\":            ",
        ",\"supports\":                     ",
        ",\"url\":                          ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.workforceIntegration\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_by", &self.created_by);
        v.field(2usize, "created_date_time", &self.created_date_time);
        v.field(3usize, "last_modified_by", &self.last_modified_by);
        v.field(4usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(5usize, "api_version", &self.api_version);
        v.field(6usize, "display_name", &self.display_name);
        v.field(
            7usize,
            "eligibility_filtering_enabled_entities",
            &self.eligibility_filtering_enabled_entities,
        );
        v.field(8usize, "encryption", &self.encryption);
        v.field(9usize, "is_active", &self.is_active);
        v.field(10usize, "supported_entities", &self.supported_entities);
        v.field(11usize, "supports", &self.supports);
        v.field(12usize, "url", &self.url);
    }
}
#[cfg(msgraph_beta_search_or_teamwork)]
impl rt::object::Members for WorkforceIntegration {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_by.read_from(r),
            2usize => self.created_date_time.read_from(r),
            3usize => self.last_modified_by.read_from(r),
            4usize => self.last_modified_date_time.read_from(r),
            5usize => self.api_version.read_from(r),
            6usize => self.display_name.read_from(r),
            7usize => self.eligibility_filtering_enabled_entities.read_from(r),
            8usize => self.encryption.read_from(r),
            9usize => self.is_active.read_from(r),
            10usize => self.supported_entities.read_from(r),
            11usize => self.supports.read_from(r),
            12usize => self.url.read_from(r),
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
        w.field(5usize, &self.api_version);
        w.field(6usize, &self.display_name);
        w.field(7usize, &self.eligibility_filtering_enabled_entities);
        w.field(8usize, &self.encryption);
        w.field(9usize, &self.is_active);
        w.field(10usize, &self.supported_entities);
        w.field(11usize, &self.supports);
        w.field(12usize, &self.url);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_search_or_teamwork)]
rt::impl_object!(WorkforceIntegration);
#[cfg(msgraph_beta_search_or_teamwork)]
rt::impl_setters!(
    WorkforceIntegration { with_id id : ::std::string::String; with_created_by created_by
    : crate ::beta::IdentitySet; with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_last_modified_by last_modified_by : crate
    ::beta::IdentitySet; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_api_version api_version : i32; with_display_name
    display_name : ::std::string::String; with_eligibility_filtering_enabled_entities
    eligibility_filtering_enabled_entities : rt::Flags < crate
    ::beta::EligibilityFilteringEnabledEntities >; with_encryption encryption : crate
    ::beta::WorkforceIntegrationEncryption; with_is_active is_active : bool;
    with_supported_entities supported_entities : rt::Flags < crate
    ::beta::WorkforceIntegrationSupportedEntities >; with_supports supports : rt::Flags <
    crate ::beta::WorkforceIntegrationSupportedEntities >; with_url url :
    ::std::string::String; }
);
#[cfg(msgraph_beta_search_or_teamwork)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkforceIntegration);
#[cfg(msgraph_beta_search_or_teamwork)]
/// CSDL: `microsoft.graph.workforceIntegrationEncryption`, complex type.
///
/// Features: `beta`, or one of `beta-search`, `beta-teamwork`.
#[derive(Clone)]
pub struct WorkforceIntegrationEncryption {
    /// CSDL: property `protocol`: `microsoft.graph.workforceIntegrationEncryptionProtocol`, nullable.
    pub protocol: rt::Field<crate::beta::WorkforceIntegrationEncryptionProtocol>,
    /// CSDL: property `secret`: `Edm.String`, nullable.
    pub secret: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_search_or_teamwork)]
impl ::std::default::Default for WorkforceIntegrationEncryption {
    #[inline]
    fn default() -> Self {
        Self {
            protocol: rt::Field::Absent,
            secret: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_search_or_teamwork)]
impl rt::Object for WorkforceIntegrationEncryption {
    const TYPE_NAME: &'static str = "microsoft.graph.workforceIntegrationEncryption";
    const KEYS: &'static [&'static str] = &["protocol", "secret"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"protocol\":                     ",
        ",\"secret\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.workforceIntegrationEncryption\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "protocol", &self.protocol);
        v.field(1usize, "secret", &self.secret);
    }
}
#[cfg(msgraph_beta_search_or_teamwork)]
impl rt::object::Members for WorkforceIntegrationEncryption {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.protocol.read_from(r),
            1usize => self.secret.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.protocol);
        w.field(1usize, &self.secret);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_search_or_teamwork)]
rt::impl_object!(WorkforceIntegrationEncryption);
#[cfg(msgraph_beta_search_or_teamwork)]
rt::impl_setters!(
    WorkforceIntegrationEncryption { with_protocol protocol : crate
    ::beta::WorkforceIntegrationEncryptionProtocol; with_secret secret :
    ::std::string::String; }
);
#[cfg(msgraph_beta_search_or_teamwork)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkforceIntegrationEncryption);
#[cfg(msgraph_beta_search_or_teamwork)]
/// CSDL: `microsoft.graph.workforceIntegrationEncryptionProtocol`, enum type.
///
/// Features: `beta`, or one of `beta-search`, `beta-teamwork`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum WorkforceIntegrationEncryptionProtocol {
    /// `sharedSecret` (value 0).
    SharedSecret,
    /// `unknownFutureValue` (value 1).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_search_or_teamwork)]
impl rt::StrEnum for WorkforceIntegrationEncryptionProtocol {
    const TYPE_NAME: &'static str = "microsoft.graph.workforceIntegrationEncryptionProtocol";
    const MEMBERS: &'static [&'static str] = &["sharedSecret", "unknownFutureValue"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "sharedSecret" => Self::SharedSecret,
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
            Self::SharedSecret => "sharedSecret",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_search_or_teamwork)]
rt::impl_enum!(WorkforceIntegrationEncryptionProtocol);
#[cfg(msgraph_beta_search_or_teamwork)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkforceIntegrationEncryptionProtocol);
#[cfg(msgraph_beta_search_or_teamwork)]
/// CSDL: `microsoft.graph.workforceIntegrationSupportedEntities`, enum type, flags (comma-separated in JSON).
///
/// Features: `beta`, or one of `beta-search`, `beta-teamwork`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum WorkforceIntegrationSupportedEntities {
    /// `none` (value 0).
    None,
    /// `shift` (value 1).
    Shift,
    /// `swapRequest` (value 2).
    SwapRequest,
    /// `userShiftPreferences` (value 8).
    UserShiftPreferences,
    /// `openShift` (value 16).
    OpenShift,
    /// `openShiftRequest` (value 32).
    OpenShiftRequest,
    /// `offerShiftRequest` (value 64).
    OfferShiftRequest,
    /// `unknownFutureValue` (value 1024).
    UnknownFutureValue,
    /// `timeCard` (value 2048).
    TimeCard,
    /// `timeOffReason` (value 4096).
    TimeOffReason,
    /// `timeOff` (value 8192).
    TimeOff,
    /// `timeOffRequest` (value 16384).
    TimeOffRequest,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_search_or_teamwork)]
impl rt::StrEnum for WorkforceIntegrationSupportedEntities {
    const TYPE_NAME: &'static str = "microsoft.graph.workforceIntegrationSupportedEntities";
    const MEMBERS: &'static [&'static str] = &[
        "none",
        "shift",
        "swapRequest",
        "userShiftPreferences",
        "openShift",
        "openShiftRequest",
        "offerShiftRequest",
        "unknownFutureValue",
        "timeCard",
        "timeOffReason",
        "timeOff",
        "timeOffRequest",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "none" => Self::None,
                "shift" => Self::Shift,
                "swapRequest" => Self::SwapRequest,
                "userShiftPreferences" => Self::UserShiftPreferences,
                "openShift" => Self::OpenShift,
                "openShiftRequest" => Self::OpenShiftRequest,
                "offerShiftRequest" => Self::OfferShiftRequest,
                "unknownFutureValue" => Self::UnknownFutureValue,
                "timeCard" => Self::TimeCard,
                "timeOffReason" => Self::TimeOffReason,
                "timeOff" => Self::TimeOff,
                "timeOffRequest" => Self::TimeOffRequest,
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
            Self::Shift => "shift",
            Self::SwapRequest => "swapRequest",
            Self::UserShiftPreferences => "userShiftPreferences",
            Self::OpenShift => "openShift",
            Self::OpenShiftRequest => "openShiftRequest",
            Self::OfferShiftRequest => "offerShiftRequest",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::TimeCard => "timeCard",
            Self::TimeOffReason => "timeOffReason",
            Self::TimeOff => "timeOff",
            Self::TimeOffRequest => "timeOffRequest",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_search_or_teamwork)]
rt::impl_enum!(WorkforceIntegrationSupportedEntities);
#[cfg(msgraph_beta_search_or_teamwork)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkforceIntegrationSupportedEntities);
