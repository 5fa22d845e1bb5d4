//! Types of `microsoft.graph` by the first letters of their names (`ca_cl`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_v1_identity_or_search)]
/// CSDL: `microsoft.graph.caPoliciesDeletableRoot`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`CaPoliciesDeletableRootPath`](requests/trait.CaPoliciesDeletableRootPath.html), what a path to one (`EntityPath<CaPoliciesDeletableRoot, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-identity`, `v1-search`.
#[derive(Clone)]
pub struct CaPoliciesDeletableRoot {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `namedLocations`: `Collection(microsoft.graph.namedLocation)`, not nullable.
    pub named_locations: rt::Field<::std::vec::Vec<crate::v1::AnyNamedLocation>>,
    /// CSDL: containment navigation property `policies`: `Collection(microsoft.graph.conditionalAccessPolicy)`, not nullable.
    pub policies: rt::Field<::std::vec::Vec<crate::v1::AnyConditionalAccessPolicy>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_or_search)]
impl ::std::default::Default for CaPoliciesDeletableRoot {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            named_locations: rt::Field::Absent,
            policies: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl rt::Object for CaPoliciesDeletableRoot {
    const TYPE_NAME: &'static str = "microsoft.graph.caPoliciesDeletableRoot";
    const KEYS: &'static [&'static str] = &["id", "namedLocations", "policies"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"namedLocations\":               ",
        ",\"policies\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.caPoliciesDeletableRoot\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "named_locations", &self.named_locations);
        v.field(2usize, "policies", &self.policies);
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl rt::object::Members for CaPoliciesDeletableRoot {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.named_locations.read_from(r),
            2usize => self.policies.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.named_locations);
        w.field(2usize, &self.policies);
    }
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
rt::impl_object!(CaPoliciesDeletableRoot);
#[cfg(msgraph_v1_identity_or_search)]
rt::impl_setters!(
    CaPoliciesDeletableRoot { with_id id : ::std::string::String; with_named_locations
    named_locations : ::std::vec::Vec < crate ::v1::AnyNamedLocation >; with_policies
    policies : ::std::vec::Vec < crate ::v1::AnyConditionalAccessPolicy >; }
);
#[cfg(msgraph_v1_identity_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(CaPoliciesDeletableRoot);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.calendar`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`CalendarPath`](requests/trait.CalendarPath.html), what a path to one (`EntityPath<Calendar, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct Calendar {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `allowedOnlineMeetingProviders`: `Collection(microsoft.graph.onlineMeetingProviderType)`, nullable.
    pub allowed_online_meeting_providers: rt::Field<
        ::std::vec::Vec<crate::v1::OnlineMeetingProviderType>,
    >,
    /// CSDL: property `canEdit`: `Edm.Boolean`, nullable.
    pub can_edit: rt::Field<bool>,
    /// CSDL: property `canShare`: `Edm.Boolean`, nullable.
    pub can_share: rt::Field<bool>,
    /// CSDL: property `canViewPrivateItems`: `Edm.Boolean`, nullable.
    pub can_view_private_items: rt::Field<bool>,
    /// CSDL: property `changeKey`: `Edm.String`, nullable.
    pub change_key: rt::Field<::std::string::String>,
    /// CSDL: property `color`: `microsoft.graph.calendarColor`, nullable.
    pub color: rt::Field<crate::v1::CalendarColor>,
    /// CSDL: property `defaultOnlineMeetingProvider`: `microsoft.graph.onlineMeetingProviderType`, nullable.
    pub default_online_meeting_provider: rt::Field<crate::v1::OnlineMeetingProviderType>,
    /// CSDL: property `hexColor`: `Edm.String`, nullable.
    pub hex_color: rt::Field<::std::string::String>,
    /// CSDL: property `isDefaultCalendar`: `Edm.Boolean`, nullable.
    pub is_default_calendar: rt::Field<bool>,
    /// CSDL: property `isRemovable`: `Edm.Boolean`, nullable.
    pub is_removable: rt::Field<bool>,
    /// CSDL: property `isTallyingResponses`: `Edm.Boolean`, nullable.
    pub is_tallying_responses: rt::Field<bool>,
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// CSDL: property `owner`: `microsoft.graph.emailAddress`, nullable.
    pub owner: rt::Field<crate::v1::EmailAddress>,
    /// CSDL: containment navigation property `calendarPermissions`: `Collection(microsoft.graph.calendarPermission)`, not nullable.
    pub calendar_permissions: rt::Field<::std::vec::Vec<crate::v1::CalendarPermission>>,
    /// CSDL: containment navigation property `calendarView`: `Collection(microsoft.graph.event)`, not nullable.
    pub calendar_view: rt::Field<::std::vec::Vec<crate::v1::Event>>,
    /// CSDL: containment navigation property `events`: `Collection(microsoft.graph.event)`, not nullable.
    pub events: rt::Field<::std::vec::Vec<crate::v1::Event>>,
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
impl ::std::default::Default for Calendar {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            allowed_online_meeting_providers: rt::Field::Absent,
            can_edit: rt::Field::Absent,
            can_share: rt::Field::Absent,
            can_view_private_items: rt::Field::Absent,
            change_key: rt::Field::Absent,
            color: rt::Field::Absent,
            default_online_meeting_provider: rt::Field::Absent,
            hex_color: rt::Field::Absent,
            is_default_calendar: rt::Field::Absent,
            is_removable: rt::Field::Absent,
            is_tallying_responses: rt::Field::Absent,
            name: rt::Field::Absent,
            owner: rt::Field::Absent,
            calendar_permissions: rt::Field::Absent,
            calendar_view: rt::Field::Absent,
            events: rt::Field::Absent,
            multi_value_extended_properties: rt::Field::Absent,
            single_value_extended_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for Calendar {
    const TYPE_NAME: &'static str = "microsoft.graph.calendar";
    const KEYS: &'static [&'static str] = &[
        "id",
        "allowedOnlineMeetingProviders",
        "canEdit",
        "canShare",
        "canViewPrivateItems",
        "changeKey",
        "color",
        "defaultOnlineMeetingProvider",
        "hexColor",
        "isDefaultCalendar",
        "isRemovable",
        "isTallyingResponses",
        "name",
        "owner",
        "calendarPermissions",
        "calendarView",
        "events",
        "multiValueExtendedProperties",
        "singleValueExtendedProperties",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"allowedOnlineMeetingProviders\":",
        ",\"canEdit\":                      ",
        ",\"canShare\":                     ",
        ",\"canViewPrivateItems\":          ",
        ",\"changeKey\":                    ",
        ",\"color\":                        ",
        ",\"defaultOnlineMeetingProvider\": ",
        ",\"hexColor\":                     ",
        ",\"isDefaultCalendar\":            ",
        ",\"isRemovable\":                  ",
        ",\"isTallyingResponses\":          ",
        ",\"name\":                         ",
        ",\"owner\":                        ",
        ",\"calendarPermissions\":          ",
        ",\"calendarView\":                 ",
        ",\"events\":                       ",
        ",\"multiValueExtendedProperties\": ",
        ",\"singleValueExtendedProperties\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.calendar\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(
            1usize,
            "allowed_online_meeting_providers",
            &self.allowed_online_meeting_providers,
        );
        v.field(2usize, "can_edit", &self.can_edit);
        v.field(3usize, "can_share", &self.can_share);
        v.field(4usize, "can_view_private_items", &self.can_view_private_items);
        v.field(5usize, "change_key", &self.change_key);
        v.field(6usize, "color", &self.color);
        v.field(
            7usize,
            "default_online_meeting_provider",
            &self.default_online_meeting_provider,
        );
        v.field(8usize, "hex_color", &self.hex_color);
        v.field(9usize, "is_default_calendar", &self.is_default_calendar);
        v.field(10usize, "is_removable", &self.is_removable);
        v.field(11usize, "is_tallying_responses", &self.is_tallying_responses);
        v.field(12usize, "name", &self.name);
        v.field(13usize, "owner", &self.owner);
        v.field(14usize, "calendar_permissions", &self.calendar_permissions);
        v.field(15usize, "calendar_view", &self.calendar_view);
        v.field(16usize, "events", &self.events);
        v.field(
            17usize,
            "multi_value_extended_properties",
            &self.multi_value_extended_properties,
        );
        v.field(
            18usize,
            "single_value_extended_properties",
            &self.single_value_extended_properties,
        );
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for Calendar {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.allowed_online_meeting_providers.read_from(r),
            2usize => self.can_edit.read_from(r),
            3usize => self.can_share.read_from(r),
            4usize => self.can_view_private_items.read_from(r),
            5usize => self.change_key.read_from(r),
            6usize => self.color.read_from(r),
            7usize => self.default_online_meeting_provider.read_from(r),
            8usize => self.hex_color.read_from(r),
            9usize => self.is_default_calendar.read_from(r),
            10usize => self.is_removable.read_from(r),
            11usize => self.is_tallying_responses.read_from(r),
            12usize => self.name.read_from(r),
            13usize => self.owner.read_from(r),
            14usize => self.calendar_permissions.read_from(r),
            15usize => self.calendar_view.read_from(r),
            16usize => self.events.read_from(r),
            17usize => self.multi_value_extended_properties.read_from(r),
            18usize => self.single_value_extended_properties.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.allowed_online_meeting_providers);
        w.field(2usize, &self.can_edit);
        w.field(3usize, &self.can_share);
        w.field(4usize, &self.can_view_private_items);
        w.field(5usize, &self.change_key);
        w.field(6usize, &self.color);
        w.field(7usize, &self.default_online_meeting_provider);
        w.field(8usize, &self.hex_color);
        w.field(9usize, &self.is_default_calendar);
        w.field(10usize, &self.is_removable);
        w.field(11usize, &self.is_tallying_responses);
        w.field(12usize, &self.name);
        w.field(13usize, &self.owner);
        w.field(14usize, &self.calendar_permissions);
        w.field(15usize, &self.calendar_view);
        w.field(16usize, &self.events);
        w.field(17usize, &self.multi_value_extended_properties);
        w.field(18usize, &self.single_value_extended_properties);
    }
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
rt::impl_object!(Calendar);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    Calendar { with_id id : ::std::string::String; with_allowed_online_meeting_providers
    allowed_online_meeting_providers : ::std::vec::Vec < crate
    ::v1::OnlineMeetingProviderType >; with_can_edit can_edit : bool; with_can_share
    can_share : bool; with_can_view_private_items can_view_private_items : bool;
    with_change_key change_key : ::std::string::String; with_color color : crate
    ::v1::CalendarColor; with_default_online_meeting_provider
    default_online_meeting_provider : crate ::v1::OnlineMeetingProviderType;
    with_hex_color hex_color : ::std::string::String; with_is_default_calendar
    is_default_calendar : bool; with_is_removable is_removable : bool;
    with_is_tallying_responses is_tallying_responses : bool; with_name name :
    ::std::string::String; with_owner owner : crate ::v1::EmailAddress;
    with_calendar_permissions calendar_permissions : ::std::vec::Vec < crate
    ::v1::CalendarPermission >; with_calendar_view calendar_view : ::std::vec::Vec <
    crate ::v1::Event >; with_events events : ::std::vec::Vec < crate ::v1::Event >;
    with_multi_value_extended_properties multi_value_extended_properties :
    ::std::vec::Vec < crate ::v1::MultiValueLegacyExtendedProperty >;
    with_single_value_extended_properties single_value_extended_properties :
    ::std::vec::Vec < crate ::v1::SingleValueLegacyExtendedProperty >; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(Calendar);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.calendarColor`, enum type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum CalendarColor {
    /// `auto` (value -1).
    Auto,
    /// `lightBlue` (value 0).
    LightBlue,
    /// `lightGreen` (value 1).
    LightGreen,
    /// `lightOrange` (value 2).
    LightOrange,
    /// `lightGray` (value 3).
    LightGray,
    /// `lightYellow` (value 4).
    LightYellow,
    /// `lightTeal` (value 5).
    LightTeal,
    /// `lightPink` (value 6).
    LightPink,
    /// `lightBrown` (value 7).
    LightBrown,
    /// `lightRed` (value 8).
    LightRed,
    /// `maxColor` (value 9).
    MaxColor,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_core)]
impl rt::StrEnum for CalendarColor {
    const TYPE_NAME: &'static str = "microsoft.graph.calendarColor";
    const MEMBERS: &'static [&'static str] = &[
        "auto",
        "lightBlue",
        "lightGreen",
        "lightOrange",
        "lightGray",
        "lightYellow",
        "lightTeal",
        "lightPink",
        "lightBrown",
        "lightRed",
        "maxColor",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "auto" => Self::Auto,
                "lightBlue" => Self::LightBlue,
                "lightGreen" => Self::LightGreen,
                "lightOrange" => Self::LightOrange,
                "lightGray" => Self::LightGray,
                "lightYellow" => Self::LightYellow,
                "lightTeal" => Self::LightTeal,
                "lightPink" => Self::LightPink,
                "lightBrown" => Self::LightBrown,
                "lightRed" => Self::LightRed,
                "maxColor" => Self::MaxColor,
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
            Self::LightBlue => "lightBlue",
            Self::LightGreen => "lightGreen",
            Self::LightOrange => "lightOrange",
            Self::LightGray => "lightGray",
            Self::LightYellow => "lightYellow",
            Self::LightTeal => "lightTeal",
            Self::LightPink => "lightPink",
            Self::LightBrown => "lightBrown",
            Self::LightRed => "lightRed",
            Self::MaxColor => "maxColor",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_core)]
rt::impl_enum!(CalendarColor);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(CalendarColor);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.calendarGroup`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`CalendarGroupPath`](requests/trait.CalendarGroupPath.html), what a path to one (`EntityPath<CalendarGroup, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct CalendarGroup {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `changeKey`: `Edm.String`, nullable.
    pub change_key: rt::Field<::std::string::String>,
    /// CSDL: property `classId`: `Edm.Guid`, nullable.
    pub class_id: rt::Field<rt::edm::Guid>,
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `calendars`: `Collection(microsoft.graph.calendar)`, not nullable.
    pub calendars: rt::Field<::std::vec::Vec<crate::v1::Calendar>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for CalendarGroup {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            change_key: rt::Field::Absent,
            class_id: rt::Field::Absent,
            name: rt::Field::Absent,
            calendars: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for CalendarGroup {
    const TYPE_NAME: &'static str = "microsoft.graph.calendarGroup";
    const KEYS: &'static [&'static str] = &[
        "id",
        "changeKey",
        "classId",
        "name",
        "calendars",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"changeKey\":                    ",
        ",\"classId\":                      ",
        ",\"name\":                         ",
        ",\"calendars\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.calendarGroup\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "change_key", &self.change_key);
        v.field(2usize, "class_id", &self.class_id);
        v.field(3usize, "name", &self.name);
        v.field(4usize, "calendars", &self.calendars);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for CalendarGroup {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.change_key.read_from(r),
            2usize => self.class_id.read_from(r),
            3usize => self.name.read_from(r),
            4usize => self.calendars.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.change_key);
        w.field(2usize, &self.class_id);
        w.field(3usize, &self.name);
        w.field(4usize, &self.calendars);
    }
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
rt::impl_object!(CalendarGroup);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    CalendarGroup { with_id id : ::std::string::String; with_change_key change_key :
    ::std::string::String; with_class_id class_id : rt::edm::Guid; with_name name :
    ::std::string::String; with_calendars calendars : ::std::vec::Vec < crate
    ::v1::Calendar >; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(CalendarGroup);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.calendarPermission`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`CalendarPermissionPath`](requests/trait.CalendarPermissionPath.html), what a path to one (`EntityPath<CalendarPermission, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct CalendarPermission {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `allowedRoles`: `Collection(microsoft.graph.calendarRoleType)`, nullable.
    pub allowed_roles: rt::Field<::std::vec::Vec<crate::v1::CalendarRoleType>>,
    /// CSDL: property `emailAddress`: `microsoft.graph.emailAddress`, nullable.
    pub email_address: rt::Field<crate::v1::EmailAddress>,
    /// CSDL: property `isInsideOrganization`: `Edm.Boolean`, nullable.
    pub is_inside_organization: rt::Field<bool>,
    /// CSDL: property `isRemovable`: `Edm.Boolean`, nullable.
    pub is_removable: rt::Field<bool>,
    /// CSDL: property `role`: `microsoft.graph.calendarRoleType`, nullable.
    pub role: rt::Field<crate::v1::CalendarRoleType>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for CalendarPermission {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            allowed_roles: rt::Field::Absent,
            email_address: rt::Field::Absent,
            is_inside_organization: rt::Field::Absent,
            is_removable: rt::Field::Absent,
            role: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for CalendarPermission {
    const TYPE_NAME: &'static str = "microsoft.graph.calendarPermission";
    const KEYS: &'static [&'static str] = &[
        "id",
        "allowedRoles",
        "emailAddress",
        "isInsideOrganization",
        "isRemovable",
        "role",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"allowedRoles\":                 ",
        ",\"emailAddress\":                 ",
        ",\"isInsideOrganization\":         ",
        ",\"isRemovable\":                  ",
        ",\"role\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.calendarPermission\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "allowed_roles", &self.allowed_roles);
        v.field(2usize, "email_address", &self.email_address);
        v.field(3usize, "is_inside_organization", &self.is_inside_organization);
        v.field(4usize, "is_removable", &self.is_removable);
        v.field(5usize, "role", &self.role);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for CalendarPermission {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.allowed_roles.read_from(r),
            2usize => self.email_address.read_from(r),
            3usize => self.is_inside_organization.read_from(r),
            4usize => self.is_removable.read_from(r),
            5usize => self.role.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.allowed_roles);
        w.field(2usize, &self.email_address);
        w.field(3usize, &self.is_inside_organization);
        w.field(4usize, &self.is_removable);
        w.field(5usize, &self.role);
    }
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
rt::impl_object!(CalendarPermission);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    CalendarPermission { with_id id : ::std::string::String; with_allowed_roles
    allowed_roles : ::std::vec::Vec < crate ::v1::CalendarRoleType >; with_email_address
    email_address : crate ::v1::EmailAddress; with_is_inside_organization
    is_inside_organization : bool; with_is_removable is_removable : bool; with_role role
    : crate ::v1::CalendarRoleType; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(CalendarPermission);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.calendarRoleType`, enum type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum CalendarRoleType {
    /// `none` (value 0).
    None,
    /// `freeBusyRead` (value 1).
    FreeBusyRead,
    /// `limitedRead` (value 2).
    LimitedRead,
    /// `read` (value 3).
    Read,
    /// `write` (value 4).
    Write,
    /// `delegateWithoutPrivateEventAccess` (value 5).
    DelegateWithoutPrivateEventAccess,
    /// `delegateWithPrivateEventAccess` (value 6).
    DelegateWithPrivateEventAccess,
    /// `custom` (value 7).
    Custom,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_core)]
impl rt::StrEnum for CalendarRoleType {
    const TYPE_NAME: &'static str = "microsoft.graph.calendarRoleType";
    const MEMBERS: &'static [&'static str] = &[
        "none",
        "freeBusyRead",
        "limitedRead",
        "read",
        "write",
        "delegateWithoutPrivateEventAccess",
        "delegateWithPrivateEventAccess",
        "custom",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "none" => Self::None,
                "freeBusyRead" => Self::FreeBusyRead,
                "limitedRead" => Self::LimitedRead,
                "read" => Self::Read,
                "write" => Self::Write,
                "delegateWithoutPrivateEventAccess" => {
                    Self::DelegateWithoutPrivateEventAccess
                }
                "delegateWithPrivateEventAccess" => Self::DelegateWithPrivateEventAccess,
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
            Self::None => "none",
            Self::FreeBusyRead => "freeBusyRead",
            Self::LimitedRead => "limitedRead",
            Self::Read => "read",
            Self::Write => "write",
            Self::DelegateWithoutPrivateEventAccess => {
                "delegateWithoutPrivateEventAccess"
            }
            Self::DelegateWithPrivateEventAccess => "delegateWithPrivateEventAccess",
            Self::Custom => "custom",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_core)]
rt::impl_enum!(CalendarRoleType);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(CalendarRoleType);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.calendarSharingAction`, enum type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum CalendarSharingAction {
    /// `accept` (value 0).
    Accept,
    /// `acceptAndViewCalendar` (value 1).
    AcceptAndViewCalendar,
    /// `viewCalendar` (value 2).
    ViewCalendar,
    /// `addThisCalendar` (value 3).
    AddThisCalendar,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_core)]
impl rt::StrEnum for CalendarSharingAction {
    const TYPE_NAME: &'static str = "microsoft.graph.calendarSharingAction";
    const MEMBERS: &'static [&'static str] = &[
        "accept",
        "acceptAndViewCalendar",
        "viewCalendar",
        "addThisCalendar",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "accept" => Self::Accept,
                "acceptAndViewCalendar" => Self::AcceptAndViewCalendar,
                "viewCalendar" => Self::ViewCalendar,
                "addThisCalendar" => Self::AddThisCalendar,
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
            Self::Accept => "accept",
            Self::AcceptAndViewCalendar => "acceptAndViewCalendar",
            Self::ViewCalendar => "viewCalendar",
            Self::AddThisCalendar => "addThisCalendar",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_core)]
rt::impl_enum!(CalendarSharingAction);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(CalendarSharingAction);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.calendarSharingActionImportance`, enum type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum CalendarSharingActionImportance {
    /// `primary` (value 0).
    Primary,
    /// `secondary` (value 1).
    Secondary,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_core)]
impl rt::StrEnum for CalendarSharingActionImportance {
    const TYPE_NAME: &'static str = "microsoft.graph.calendarSharingActionImportance";
    const MEMBERS: &'static [&'static str] = &["primary", "secondary"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "primary" => Self::Primary,
                "secondary" => Self::Secondary,
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
            Self::Primary => "primary",
            Self::Secondary => "secondary",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_core)]
rt::impl_enum!(CalendarSharingActionImportance);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(CalendarSharingActionImportance);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.calendarSharingActionType`, enum type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum CalendarSharingActionType {
    /// `accept` (value 0).
    Accept,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_core)]
impl rt::StrEnum for CalendarSharingActionType {
    const TYPE_NAME: &'static str = "microsoft.graph.calendarSharingActionType";
    const MEMBERS: &'static [&'static str] = &["accept"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "accept" => Self::Accept,
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
            Self::Accept => "accept",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_core)]
rt::impl_enum!(CalendarSharingActionType);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(CalendarSharingActionType);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.calendarSharingMessage`, entity type, derived from `microsoft.graph.message`, key `id`.
///
/// Request builders: [`CalendarSharingMessagePath`](requests/trait.CalendarSharingMessagePath.html), what a path to one (`EntityPath<CalendarSharingMessage, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct CalendarSharingMessage {
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
    /// CSDL: property `bccRecipients`: `Collection(microsoft.graph.recipient)`, nullable.
    pub bcc_recipients: rt::Field<::std::vec::Vec<crate::v1::AnyRecipient>>,
    /// CSDL: property `body`: `microsoft.graph.itemBody`, nullable.
    pub body: rt::Field<crate::v1::ItemBody>,
    /// CSDL: property `bodyPreview`: `Edm.String`, nullable.
    pub body_preview: rt::Field<::std::string::String>,
    /// CSDL: property `ccRecipients`: `Collection(microsoft.graph.recipient)`, nullable.
    pub cc_recipients: rt::Field<::std::vec::Vec<crate::v1::AnyRecipient>>,
    /// CSDL: property `conversationId`: `Edm.String`, nullable.
    pub conversation_id: rt::Field<::std::string::String>,
    /// CSDL: property `conversationIndex`: `Edm.Binary`, nullable.
    pub conversation_index: rt::Field<rt::edm::Binary>,
    /// CSDL: property `flag`: `microsoft.graph.followupFlag`, nullable.
    pub flag: rt::Field<crate::v1::FollowupFlag>,
    /// CSDL: property `from`: `microsoft.graph.recipient`, nullable.
    pub from: rt::Field<crate::v1::AnyRecipient>,
    /// CSDL: property `hasAttachments`: `Edm.Boolean`, nullable.
    pub has_attachments: rt::Field<bool>,
    /// CSDL: property `importance`: `microsoft.graph.importance`, nullable.
    pub importance: rt::Field<crate::v1::Importance>,
    /// CSDL: property `inferenceClassification`: `microsoft.graph.inferenceClassificationType`, nullable.
    pub inference_classification: rt::Field<crate::v1::InferenceClassificationType>,
    /// CSDL: property `internetMessageHeaders`: `Collection(microsoft.graph.internetMessageHeader)`, nullable.
    pub internet_message_headers: rt::Field<
        ::std::vec::Vec<crate::v1::InternetMessageHeader>,
    >,
    /// CSDL: property `internetMessageId`: `Edm.String`, nullable.
    pub internet_message_id: rt::Field<::std::string::String>,
    /// CSDL: property `isDeliveryReceiptRequested`: `Edm.Boolean`, nullable.
    pub is_delivery_receipt_requested: rt::Field<bool>,
    /// CSDL: property `isDraft`: `Edm.Boolean`, nullable.
    pub is_draft: rt::Field<bool>,
    /// CSDL: property `isRead`: `Edm.Boolean`, nullable.
    pub is_read: rt::Field<bool>,
    /// CSDL: property `isReadReceiptRequested`: `Edm.Boolean`, nullable.
    pub is_read_receipt_requested: rt::Field<bool>,
    /// CSDL: property `parentFolderId`: `Edm.String`, nullable.
    pub parent_folder_id: rt::Field<::std::string::String>,
    /// CSDL: property `receivedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub received_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `replyTo`: `Collection(microsoft.graph.recipient)`, nullable.
    pub reply_to: rt::Field<::std::vec::Vec<crate::v1::AnyRecipient>>,
    /// CSDL: property `sender`: `microsoft.graph.recipient`, nullable.
    pub sender: rt::Field<crate::v1::AnyRecipient>,
    /// CSDL: property `sentDateTime`: `Edm.DateTimeOffset`, nullable.
    pub sent_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `subject`: `Edm.String`, nullable.
    pub subject: rt::Field<::std::string::String>,
    /// CSDL: property `toRecipients`: `Collection(microsoft.graph.recipient)`, nullable.
    pub to_recipients: rt::Field<::std::vec::Vec<crate::v1::AnyRecipient>>,
    /// CSDL: property `uniqueBody`: `microsoft.graph.itemBody`, nullable.
    pub unique_body: rt::Field<crate::v1::ItemBody>,
    /// CSDL: property `webLink`: `Edm.String`, nullable.
    pub web_link: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `attachments`: `Collection(microsoft.graph.attachment)`, not nullable.
    pub attachments: rt::Field<::std::vec::Vec<crate::v1::AnyAttachment>>,
    /// CSDL: containment navigation property `extensions`: `Collection(microsoft.graph.extension)`, not nullable.
    pub extensions: rt::Field<::std::vec::Vec<crate::v1::AnyExtension>>,
    /// CSDL: containment navigation property `multiValueExtendedProperties`: `Collection(microsoft.graph.multiValueLegacyExtendedProperty)`, not nullable.
    pub multi_value_extended_properties: rt::Field<
        ::std::vec::Vec<crate::v1::MultiValueLegacyExtendedProperty>,
    >,
    /// CSDL: containment navigation property `singleValueExtendedProperties`: `Collection(microsoft.graph.singleValueLegacyExtendedProperty)`, not nullable.
    pub single_value_extended_properties: rt::Field<
        ::std::vec::Vec<crate::v1::SingleValueLegacyExtendedProperty>,
    >,
    /// CSDL: property `canAccept`: `Edm.Boolean`, nullable.
    pub can_accept: rt::Field<bool>,
    /// CSDL: property `sharingMessageAction`: `microsoft.graph.calendarSharingMessageAction`, nullable.
    pub sharing_message_action: rt::Field<crate::v1::CalendarSharingMessageAction>,
    /// CSDL: property `sharingMessageActions`: `Collection(microsoft.graph.calendarSharingMessageAction)`, nullable.
    pub sharing_message_actions: rt::Field<
        ::std::vec::Vec<crate::v1::CalendarSharingMessageAction>,
    >,
    /// CSDL: property `suggestedCalendarName`: `Edm.String`, nullable.
    pub suggested_calendar_name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for CalendarSharingMessage {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            categories: rt::Field::Absent,
            change_key: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            bcc_recipients: rt::Field::Absent,
            body: rt::Field::Absent,
            body_preview: rt::Field::Absent,
            cc_recipients: rt::Field::Absent,
            conversation_id: rt::Field::Absent,
            conversation_index: rt::Field::Absent,
            flag: rt::Field::Absent,
            from: rt::Field::Absent,
            has_attachments: rt::Field::Absent,
            importance: rt::Field::Absent,
            inference_classification: rt::Field::Absent,
            internet_message_headers: rt::Field::Absent,
            internet_message_id: rt::Field::Absent,
            is_delivery_receipt_requested: rt::Field::Absent,
            is_draft: rt::Field::Absent,
            is_read: rt::Field::Absent,
            is_read_receipt_requested: rt::Field::Absent,
            parent_folder_id: rt::Field::Absent,
            received_date_time: rt::Field::Absent,
            reply_to: rt::Field::Absent,
            sender: rt::Field::Absent,
            sent_date_time: rt::Field::Absent,
            subject: rt::Field::Absent,
            to_recipients: rt::Field::Absent,
            unique_body: rt::Field::Absent,
            web_link: rt::Field::Absent,
            attachments: rt::Field::Absent,
            extensions: rt::Field::Absent,
            multi_value_extended_properties: rt::Field::Absent,
            single_value_extended_properties: rt::Field::Absent,
            can_accept: rt::Field::Absent,
            sharing_message_action: rt::Field::Absent,
            sharing_message_actions: rt::Field::Absent,
            suggested_calendar_name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for CalendarSharingMessage {
    const TYPE_NAME: &'static str = "microsoft.graph.calendarSharingMessage";
    const KEYS: &'static [&'static str] = &[
        "id",
        "categories",
        "changeKey",
        "createdDateTime",
        "lastModifiedDateTime",
        "bccRecipients",
        "body",
        "bodyPreview",
        "ccRecipients",
        "conversationId",
        "conversationIndex",
        "flag",
        "from",
        "hasAttachments",
        "importance",
        "inferenceClassification",
        "internetMessageHeaders",
        "internetMessageId",
        "isDeliveryReceiptRequested",
        "isDraft",
        "isRead",
        "isReadReceiptRequested",
        "parentFolderId",
        "receivedDateTime",
        "replyTo",
        "sender",
        "sentDateTime",
        "subject",
        "toRecipients",
        "uniqueBody",
        "webLink",
        "attachments",
        "extensions",
        "multiValueExtendedProperties",
        "singleValueExtendedProperties",
        "canAccept",
        "sharingMessageAction",
        "sharingMessageActions",
        "suggestedCalendarName",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"categories\":                   ",
        ",\"changeKey\":                    ",
        ",\"createdDateTime\":              ",
        ",\"lastModifiedDateTime\":         ",
        ",\"bccRecipients\":                ",
        ",\"body\":                         ",
        ",\"bodyPreview\":                  ",
        ",\"ccRecipients\":                 ",
        ",\"conversationId\":               ",
        ",\"conversationIndex\":            ",
        ",\"flag\":                         ",
        ",\"from\":                         ",
        ",\"hasAttachments\":               ",
        ",\"importance\":                   ",
        ",\"inferenceClassification\":      ",
        ",\"internetMessageHeaders\":       ",
        ",\"internetMessageId\":            ",
        ",\"isDeliveryReceiptRequested\":   ",
        ",\"isDraft\":                      ",
        ",\"isRead\":                       ",
        ",\"isReadReceiptRequested\":       ",
        ",\"parentFolderId\":               ",
        ",\"receivedDateTime\":             ",
        ",\"replyTo\":                      ",
        ",\"sender\":                       ",
        ",\"sentDateTime\":                 ",
        ",\"subject\":                      ",
        ",\"toRecipients\":                 ",
        ",\"uniqueBody\":                   ",
        ",\"webLink\":                      ",
        ",\"attachments\":                  ",
        ",\"extensions\":                   ",
        ",\"multiValueExtendedProperties\": ",
        ",\"singleValueExtendedProperties\":",
        ",\"canAccept\":                    ",
        ",\"sharingMessageAction\":         ",
        ",\"sharingMessageActions\":        ",
        ",\"suggestedCalendarName\":        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.calendarSharingMessage\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "categories", &self.categories);
        v.field(2usize, "change_key", &self.change_key);
        v.field(3usize, "created_date_time", &self.created_date_time);
        v.field(4usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(5usize, "bcc_recipients", &self.bcc_recipients);
        v.field(6usize, "body", &self.body);
        v.field(7usize, "body_preview", &self.body_preview);
        v.field(8usize, "cc_recipients", &self.cc_recipients);
        v.field(9usize, "conversation_id", &self.conversation_id);
        v.field(10usize, "conversation_index", &self.conversation_index);
        v.field(11usize, "flag", &self.flag);
        v.field(12usize, "from", &self.from);
        v.field(13usize, "has_attachments", &self.has_attachments);
        v.field(14usize, "importance", &self.importance);
        v.field(15usize, "inference_classification", &self.inference_classification);
        v.field(16usize, "internet_message_headers", &self.internet_message_headers);
        v.field(17usize, "internet_message_id", &self.internet_message_id);
        v.field(
            18usize,
            "is_delivery_receipt_requested",
            &self.is_delivery_receipt_requested,
        );
        v.field(19usize, "is_draft", &self.is_draft);
        v.field(20usize, "is_read", &self.is_read);
        v.field(21usize, "is_read_receipt_requested", &self.is_read_receipt_requested);
        v.field(22usize, "parent_folder_id", &self.parent_folder_id);
        v.field(23usize, "received_date_time", &self.received_date_time);
        v.field(24usize, "reply_to", &self.reply_to);
        v.field(25usize, "sender", &self.sender);
        v.field(26usize, "sent_date_time", &self.sent_date_time);
        v.field(27usize, "subject", &self.subject);
        v.field(28usize, "to_recipients", &self.to_recipients);
        v.field(29usize, "unique_body", &self.unique_body);
        v.field(30usize, "web_link", &self.web_link);
        v.field(31usize, "attachments", &self.attachments);
        v.field(32usize, "extensions", &self.extensions);
        v.field(
            33usize,
            "multi_value_extended_properties",
            &self.multi_value_extended_properties,
        );
        v.field(
            34usize,
            "single_value_extended_properties",
            &self.single_value_extended_properties,
        );
        v.field(35usize, "can_accept", &self.can_accept);
        v.field(36usize, "sharing_message_action", &self.sharing_message_action);
        v.field(37usize, "sharing_message_actions", &self.sharing_message_actions);
        v.field(38usize, "suggested_calendar_name", &self.suggested_calendar_name);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for CalendarSharingMessage {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.categories.read_from(r),
            2usize => self.change_key.read_from(r),
            3usize => self.created_date_time.read_from(r),
            4usize => self.last_modified_date_time.read_from(r),
            5usize => self.bcc_recipients.read_from(r),
            6usize => self.body.read_from(r),
            7usize => self.body_preview.read_from(r),
            8usize => self.cc_recipients.read_from(r),
            9usize => self.conversation_id.read_from(r),
            10usize => self.conversation_index.read_from(r),
            11usize => self.flag.read_from(r),
            12usize => self.from.read_from(r),
            13usize => self.has_attachments.read_from(r),
            14usize => self.importance.read_from(r),
            15usize => self.inference_classification.read_from(r),
            16usize => self.internet_message_headers.read_from(r),
            17usize => self.internet_message_id.read_from(r),
            18usize => self.is_delivery_receipt_requested.read_from(r),
            19usize => self.is_draft.read_from(r),
            20usize => self.is_read.read_from(r),
            21usize => self.is_read_receipt_requested.read_from(r),
            22usize => self.parent_folder_id.read_from(r),
            23usize => self.received_date_time.read_from(r),
            24usize => self.reply_to.read_from(r),
            25usize => self.sender.read_from(r),
            26usize => self.sent_date_time.read_from(r),
            27usize => self.subject.read_from(r),
            28usize => self.to_recipients.read_from(r),
            29usize => self.unique_body.read_from(r),
            30usize => self.web_link.read_from(r),
            31usize => self.attachments.read_from(r),
            32usize => self.extensions.read_from(r),
            33usize => self.multi_value_extended_properties.read_from(r),
            34usize => self.single_value_extended_properties.read_from(r),
            35usize => self.can_accept.read_from(r),
            36usize => self.sharing_message_action.read_from(r),
            37usize => self.sharing_message_actions.read_from(r),
            38usize => self.suggested_calendar_name.read_from(r),
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
        w.field(5usize, &self.bcc_recipients);
        w.field(6usize, &self.body);
        w.field(7usize, &self.body_preview);
        w.field(8usize, &self.cc_recipients);
        w.field(9usize, &self.conversation_id);
        w.field(10usize, &self.conversation_index);
        w.field(11usize, &self.flag);
        w.field(12usize, &self.from);
        w.field(13usize, &self.has_attachments);
        w.field(14usize, &self.importance);
        w.field(15usize, &self.inference_classification);
        w.field(16usize, &self.internet_message_headers);
        w.field(17usize, &self.internet_message_id);
        w.field(18usize, &self.is_delivery_receipt_requested);
        w.field(19usize, &self.is_draft);
        w.field(20usize, &self.is_read);
        w.field(21usize, &self.is_read_receipt_requested);
        w.field(22usize, &self.parent_folder_id);
        w.field(23usize, &self.received_date_time);
        w.field(24usize, &self.reply_to);
        w.field(25usize, &self.sender);
        w.field(26usize, &self.sent_date_time);
        w.field(27usize, &self.subject);
        w.field(28usize, &self.to_recipients);
        w.field(29usize, &self.unique_body);
        w.field(30usize, &self.web_link);
        w.field(31usize, &self.attachments);
        w.field(32usize, &self.extensions);
        w.field(33usize, &self.multi_value_extended_properties);
        w.field(34usize, &self.single_value_extended_properties);
        w.field(35usize, &self.can_accept);
        w.field(36usize, &self.sharing_message_action);
        w.field(37usize, &self.sharing_message_actions);
        w.field(38usize, &self.suggested_calendar_name);
    }
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
rt::impl_object!(CalendarSharingMessage);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    CalendarSharingMessage { with_id id : ::std::string::String; with_categories
    categories : ::std::vec::Vec < ::std::string::String >; with_change_key change_key :
    ::std::string::String; with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_bcc_recipients bcc_recipients : ::std::vec::Vec < crate
    ::v1::AnyRecipient >; with_body body : crate ::v1::ItemBody; with_body_preview
    body_preview : ::std::string::String; with_cc_recipients cc_recipients :
    ::std::vec::Vec < crate ::v1::AnyRecipient >; with_conversation_id conversation_id :
    ::std::string::String; with_conversation_index conversation_index : rt::edm::Binary;
    with_flag flag : crate ::v1::FollowupFlag; with_from from : crate ::v1::AnyRecipient;
    with_has_attachments has_attachments : bool; with_importance importance : crate
    ::v1::Importance; with_inference_classification inference_classification : crate
    ::v1::InferenceClassificationType; with_internet_message_headers
    internet_message_headers : ::std::vec::Vec < crate ::v1::InternetMessageHeader >;
    with_internet_message_id internet_message_id : ::std::string::String;
    with_is_delivery_receipt_requested is_delivery_receipt_requested : bool;
    with_is_draft is_draft : bool; with_is_read is_read : bool;
    with_is_read_receipt_requested is_read_receipt_requested : bool;
    with_parent_folder_id parent_folder_id : ::std::string::String;
    with_received_date_time received_date_time : rt::edm::DateTimeOffset; with_reply_to
    reply_to : ::std::vec::Vec < crate ::v1::AnyRecipient >; with_sender sender : crate
    ::v1::AnyRecipient; with_sent_date_time sent_date_time : rt::edm::DateTimeOffset;
    with_subject subject : ::std::string::String; with_to_recipients to_recipients :
    ::std::vec::Vec < crate ::v1::AnyRecipient >; with_unique_body unique_body : crate
    ::v1::ItemBody; with_web_link web_link : ::std::string::String; with_attachments
    attachments : ::std::vec::Vec < crate ::v1::AnyAttachment >; with_extensions
    extensions : ::std::vec::Vec < crate ::v1::AnyExtension >;
    with_multi_value_extended_properties multi_value_extended_properties :
    ::std::vec::Vec < crate ::v1::MultiValueLegacyExtendedProperty >;
    with_single_value_extended_properties single_value_extended_properties :
    ::std::vec::Vec < crate ::v1::SingleValueLegacyExtendedProperty >; with_can_accept
    can_accept : bool; with_sharing_message_action sharing_message_action : crate
    ::v1::CalendarSharingMessageAction; with_sharing_message_actions
    sharing_message_actions : ::std::vec::Vec < crate ::v1::CalendarSharingMessageAction
    >; with_suggested_calendar_name suggested_calendar_name : ::std::string::String; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(CalendarSharingMessage);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.calendarSharingMessageAction`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct CalendarSharingMessageAction {
    /// CSDL: property `action`: `microsoft.graph.calendarSharingAction`, nullable.
    pub action: rt::Field<crate::v1::CalendarSharingAction>,
    /// CSDL: property `actionType`: `microsoft.graph.calendarSharingActionType`, nullable.
    pub action_type: rt::Field<crate::v1::CalendarSharingActionType>,
    /// CSDL: property `importance`: `microsoft.graph.calendarSharingActionImportance`, nullable.
    pub importance: rt::Field<crate::v1::CalendarSharingActionImportance>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for CalendarSharingMessageAction {
    #[inline]
    fn default() -> Self {
        Self {
            action: rt::Field::Absent,
            action_type: rt::Field::Absent,
            importance: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for CalendarSharingMessageAction {
    const TYPE_NAME: &'static str = "microsoft.graph.calendarSharingMessageAction";
    const KEYS: &'static [&'static str] = &["action", "actionType", "importance"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"action\":                       ",
        ",\"actionType\":                   ",
        ",\"importance\":                   ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.calendarSharingMessageAction\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "action", &self.action);
        v.field(1usize, "action_type", &self.action_type);
        v.field(2usize, "importance", &self.importance);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for CalendarSharingMessageAction {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.action.read_from(r),
            1usize => self.action_type.read_from(r),
            2usize => self.importance.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.action);
        w.field(1usize, &self.action_type);
        w.field(2usize, &self.importance);
    }
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
rt::impl_object!(CalendarSharingMessageAction);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    CalendarSharingMessageAction { with_action action : crate
    ::v1::CalendarSharingAction; with_action_type action_type : crate
    ::v1::CalendarSharingActionType; with_importance importance : crate
    ::v1::CalendarSharingActionImportance; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(CalendarSharingMessageAction);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.categoryColor`, enum type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum CategoryColor {
    /// `none` (value -1).
    None,
    /// `preset0` (value 0).
    Preset0,
    /// `preset1` (value 1).
    Preset1,
    /// `preset2` (value 2).
    Preset2,
    /// `preset3` (value 3).
    Preset3,
    /// `preset4` (value 4).
    Preset4,
    /// `preset5` (value 5).
    Preset5,
    /// `preset6` (value 6).
    Preset6,
    /// `preset7` (value 7).
    Preset7,
    /// `preset8` (value 8).
    Preset8,
    /// `preset9` (value 9).
    Preset9,
    /// `preset10` (value 10).
    Preset10,
    /// `preset11` (value 11).
    Preset11,
    /// `preset12` (value 12).
    Preset12,
    /// `preset13` (value 13).
    Preset13,
    /// `preset14` (value 14).
    Preset14,
    /// `preset15` (value 15).
    Preset15,
    /// `preset16` (value 16).
    Preset16,
    /// `preset17` (value 17).
    Preset17,
    /// `preset18` (value 18).
    Preset18,
    /// `preset19` (value 19).
    Preset19,
    /// `preset20` (value 20).
    Preset20,
    /// `preset21` (value 21).
    Preset21,
    /// `preset22` (value 22).
    Preset22,
    /// `preset23` (value 23).
    Preset23,
    /// `preset24` (value 24).
    Preset24,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_core)]
impl rt::StrEnum for CategoryColor {
    const TYPE_NAME: &'static str = "microsoft.graph.categoryColor";
    const MEMBERS: &'static [&'static str] = &[
        "none",
        "preset0",
        "preset1",
        "preset2",
        "preset3",
        "preset4",
        "preset5",
        "preset6",
        "preset7",
        "preset8",
        "preset9",
        "preset10",
        "preset11",
        "preset12",
        "preset13",
        "preset14",
        "preset15",
        "preset16",
        "preset17",
        "preset18",
        "preset19",
        "preset20",
        "preset21",
        "preset22",
        "preset23",
        "preset24",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "none" => Self::None,
                "preset0" => Self::Preset0,
                "preset1" => Self::Preset1,
                "preset2" => Self::Preset2,
                "preset3" => Self::Preset3,
                "preset4" => Self::Preset4,
                "preset5" => Self::Preset5,
                "preset6" => Self::Preset6,
                "preset7" => Self::Preset7,
                "preset8" => Self::Preset8,
                "preset9" => Self::Preset9,
                "preset10" => Self::Preset10,
                "preset11" => Self::Preset11,
                "preset12" => Self::Preset12,
                "preset13" => Self::Preset13,
                "preset14" => Self::Preset14,
                "preset15" => Self::Preset15,
                "preset16" => Self::Preset16,
                "preset17" => Self::Preset17,
                "preset18" => Self::Preset18,
                "preset19" => Self::Preset19,
                "preset20" => Self::Preset20,
                "preset21" => Self::Preset21,
                "preset22" => Self::Preset22,
                "preset23" => Self::Preset23,
                "preset24" => Self::Preset24,
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
            Self::Preset0 => "preset0",
            Self::Preset1 => "preset1",
            Self::Preset2 => "preset2",
            Self::Preset3 => "preset3",
            Self::Preset4 => "preset4",
            Self::Preset5 => "preset5",
            Self::Preset6 => "preset6",
            Self::Preset7 => "preset7",
            Self::Preset8 => "preset8",
            Self::Preset9 => "preset9",
            Self::Preset10 => "preset10",
            Self::Preset11 => "preset11",
            Self::Preset12 => "preset12",
            Self::Preset13 => "preset13",
            Self::Preset14 => "preset14",
            Self::Preset15 => "preset15",
            Self::Preset16 => "preset16",
            Self::Preset17 => "preset17",
            Self::Preset18 => "preset18",
            Self::Preset19 => "preset19",
            Self::Preset20 => "preset20",
            Self::Preset21 => "preset21",
            Self::Preset22 => "preset22",
            Self::Preset23 => "preset23",
            Self::Preset24 => "preset24",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_core)]
rt::impl_enum!(CategoryColor);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(CategoryColor);
#[cfg(msgraph_v1_core_or_certificate_based_auth_configuration)]
/// CSDL: `microsoft.graph.certificateAuthority`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-certificate-based-auth-configuration`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct CertificateAuthority {
    /// CSDL: property `certificate`: `Edm.Binary`, not nullable.
    pub certificate: rt::Field<rt::edm::Binary>,
    /// CSDL: property `certificateRevocationListUrl`: `Edm.String`, nullable.
    pub certificate_revocation_list_url: rt::Field<::std::string::String>,
    /// CSDL: property `deltaCertificateRevocationListUrl`: `Edm.String`, nullable.
    pub delta_certificate_revocation_list_url: rt::Field<::std::string::String>,
    /// CSDL: property `isRootAuthority`: `Edm.Boolean`, not nullable.
    pub is_root_authority: rt::Field<bool>,
    /// CSDL: property `issuer`: `Edm.String`, not nullable.
    pub issuer: rt::Field<::std::string::String>,
    /// CSDL: property `issuerSki`: `Edm.String`, not nullable.
    pub issuer_ski: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_certificate_based_auth_configuration)]
impl ::std::default::Default for CertificateAuthority {
    #[inline]
    fn default() -> Self {
        Self {
            certificate: rt::Field::Absent,
            certificate_revocation_list_url: rt::Field::Absent,
            delta_certificate_revocation_list_url: rt::Field::Absent,
            is_root_authority: rt::Field::Absent,
            issuer: rt::Field::Absent,
            issuer_ski: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_certificate_based_auth_configuration)]
impl rt::Object for CertificateAuthority {
    const TYPE_NAME: &'static str = "microsoft.graph.certificateAuthority";
    const KEYS: &'static [&'static str] = &[
        "certificate",
        "certificateRevocationListUrl",
        "deltaCertificateRevocationListUrl",
        "isRootAuthority",
        "issuer",
        "issuerSki",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"certificate\":                  ",
        ",\"certificateRevocationListUrl\": ",
        ",\"deltaCertificateRevocationListUrl\":",
        ",\"isRootAuthority\":              ",
        ",\"issuer\":                       ",
        ",\"issuerSki\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.certificateAuthority\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "certificate", &self.certificate);
        v.field(
            1usize,
            "certificate_revocation_list_url",
            &self.certificate_revocation_list_url,
        );
        v.field(
            2usize,
            "delta_certificate_revocation_list_url",
            &self.delta_certificate_revocation_list_url,
        );
        v.field(3usize, "is_root_authority", &self.is_root_authority);
        v.field(4usize, "issuer", &self.issuer);
        v.field(5usize, "issuer_ski", &self.issuer_ski);
    }
}
#[cfg(msgraph_v1_core_or_certificate_based_auth_configuration)]
impl rt::object::Members for CertificateAuthority {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.certificate.read_from(r),
            1usize => self.certificate_revocation_list_url.read_from(r),
            2usize => self.delta_certificate_revocation_list_url.read_from(r),
            3usize => self.is_root_authority.read_from(r),
            4usize => self.issuer.read_from(r),
            5usize => self.issuer_ski.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.certificate);
        w.field(1usize, &self.certificate_revocation_list_url);
        w.field(2usize, &self.delta_certificate_revocation_list_url);
        w.field(3usize, &self.is_root_authority);
        w.field(4usize, &self.issuer);
        w.field(5usize, &self.issuer_ski);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_core_or_certificate_based_auth_configuration)]
rt::impl_object!(CertificateAuthority);
#[cfg(msgraph_v1_core_or_certificate_based_auth_configuration)]
rt::impl_setters!(
    CertificateAuthority { with_certificate certificate : rt::edm::Binary;
    with_certificate_revocation_list_url certificate_revocation_list_url :
    ::std::string::String; with_delta_certificate_revocation_list_url
    delta_certificate_revocation_list_url : ::std::string::String; with_is_root_authority
    is_root_authority : bool; with_issuer issuer : ::std::string::String; with_issuer_ski
    issuer_ski : ::std::string::String; }
);
#[cfg(msgraph_v1_core_or_certificate_based_auth_configuration)]
#[cfg(feature = "serde")]
rt::impl_serde!(CertificateAuthority);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.certificateAuthorityDetail`, entity type, derived from `microsoft.graph.directoryObject`, key `id`.
///
/// Request builders: [`DirectoryObjectPath`](requests/trait.DirectoryObjectPath.html), what a path to one (`EntityPath<CertificateAuthorityDetail, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct CertificateAuthorityDetail {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `deletedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub deleted_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `certificate`: `Edm.Binary`, not nullable.
    pub certificate: rt::Field<rt::edm::Binary>,
    /// CSDL: property `certificateAuthorityType`: `microsoft.graph.certificateAuthorityType`, nullable.
    pub certificate_authority_type: rt::Field<crate::v1::CertificateAuthorityType>,
    /// CSDL: property `certificateRevocationListUrl`: `Edm.String`, nullable.
    pub certificate_revocation_list_url: rt::Field<::std::string::String>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `deltaCertificateRevocationListUrl`: `Edm.String`, nullable.
    pub delta_certificate_revocation_list_url: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `expirationDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub expiration_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `isIssuerHintEnabled`: `Edm.Boolean`, nullable.
    pub is_issuer_hint_enabled: rt::Field<bool>,
    /// CSDL: property `issuer`: `Edm.String`, nullable.
    pub issuer: rt::Field<::std::string::String>,
    /// CSDL: property `issuerSubjectKeyIdentifier`: `Edm.String`, nullable.
    pub issuer_subject_key_identifier: rt::Field<::std::string::String>,
    /// CSDL: property `thumbprint`: `Edm.String`, not nullable.
    pub thumbprint: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for CertificateAuthorityDetail {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            deleted_date_time: rt::Field::Absent,
            certificate: rt::Field::Absent,
            certificate_authority_type: rt::Field::Absent,
            certificate_revocation_list_url: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            delta_certificate_revocation_list_url: rt::Field::Absent,
            display_name: rt::Field::Absent,
            expiration_date_time: rt::Field::Absent,
            is_issuer_hint_enabled: rt::Field::Absent,
            issuer: rt::Field::Absent,
            issuer_subject_key_identifier: rt::Field::Absent,
            thumbprint: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for CertificateAuthorityDetail {
    const TYPE_NAME: &'static str = "microsoft.graph.certificateAuthorityDetail";
    const KEYS: &'static [&'static str] = &[
        "id",
        "deletedDateTime",
        "certificate",
        "certificateAuthorityType",
        "certificateRevocationListUrl",
        "createdDateTime",
        "deltaCertificateRevocationListUrl",
        "displayName",
        "expirationDateTime",
        "isIssuerHintEnabled",
        "issuer",
        "issuerSubjectKeyIdentifier",
        "thumbprint",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"deletedDateTime\":              ",
        ",\"certificate\":                  ",
        ",\"certificateAuthorityType\":     ",
        ",\"certificateRevocationListUrl\": ",
        ",\"createdDateTime\":              ",
        ",\"deltaCertificateRevocationListUrl\":",
        ",\"displayName\":                  ",
        ",\"expirationDateTime\":           ",
        ",\"isIssuerHintEnabled\":          ",
        ",\"issuer\":                       ",
        ",\"issuerSubjectKeyIdentifier\":   ",
        ",\"thumbprint\":                   ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.certificateAuthorityDetail\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "deleted_date_time", &self.deleted_date_time);
        v.field(2usize, "certificate", &self.certificate);
        v.field(3usize, "certificate_authority_type", &self.certificate_authority_type);
        v.field(
            4usize,
            "certificate_revocation_list_url",
            &self.certificate_revocation_list_url,
        );
        v.field(5usize, "created_date_time", &self.created_date_time);
        v.field(
            6usize,
            "delta_certificate_revocation_list_url",
            &self.delta_certificate_revocation_list_url,
        );
        v.field(7usize, "display_name", &self.display_name);
        v.field(8usize, "expiration_date_time", &self.expiration_date_time);
        v.field(9usize, "is_issuer_hint_enabled", &self.is_issuer_hint_enabled);
        v.field(10usize, "issuer", &self.issuer);
        v.field(
            11usize,
            "issuer_subject_key_identifier",
            &self.issuer_subject_key_identifier,
        );
        v.field(12usize, "thumbprint", &self.thumbprint);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for CertificateAuthorityDetail {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.deleted_date_time.read_from(r),
            2usize => self.certificate.read_from(r),
            3usize => self.certificate_authority_type.read_from(r),
            4usize => self.certificate_revocation_list_url.read_from(r),
            5usize => self.created_date_time.read_from(r),
            6usize => self.delta_certificate_revocation_list_url.read_from(r),
            7usize => self.display_name.read_from(r),
            8usize => self.expiration_date_time.read_from(r),
            9usize => self.is_issuer_hint_enabled.read_from(r),
            10usize => self.issuer.read_from(r),
            11usize => self.issuer_subject_key_identifier.read_from(r),
            12usize => self.thumbprint.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.deleted_date_time);
        w.field(2usize, &self.certificate);
        w.field(3usize, &self.certificate_authority_type);
        w.field(4usize, &self.certificate_revocation_list_url);
        w.field(5usize, &self.created_date_time);
        w.field(6usize, &self.delta_certificate_revocation_list_url);
        w.field(7usize, &self.display_name);
        w.field(8usize, &self.expiration_date_time);
        w.field(9usize, &self.is_issuer_hint_enabled);
        w.field(10usize, &self.issuer);
        w.field(11usize, &self.issuer_subject_key_identifier);
        w.field(12usize, &self.thumbprint);
    }
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
rt::impl_object!(CertificateAuthorityDetail);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    CertificateAuthorityDetail { with_id id : ::std::string::String;
    with_deleted_date_time deleted_date_time : rt::edm::DateTimeOffset; with_certificate
    certificate : rt::edm::Binary; with_certificate_authority_type
    certificate_authority_type : crate ::v1::CertificateAuthorityType;
    with_certificate_revocation_list_url certificate_revocation_list_url :
    ::std::string::String; with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_delta_certificate_revocation_list_url
    delta_certificate_revocation_list_url : ::std::string::String; with_display_name
    display_name : ::std::string::String; with_expiration_date_time expiration_date_time
    : rt::edm::DateTimeOffset; with_is_issuer_hint_enabled is_issuer_hint_enabled : bool;
    with_issuer issuer : ::std::string::String; with_issuer_subject_key_identifier
    issuer_subject_key_identifier : ::std::string::String; with_thumbprint thumbprint :
    ::std::string::String; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(CertificateAuthorityDetail);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.certificateAuthorityType`, enum type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum CertificateAuthorityType {
    /// `root` (value 0).
    Root,
    /// `intermediate` (value 1).
    Intermediate,
    /// `unknownFutureValue` (value 2).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_core)]
impl rt::StrEnum for CertificateAuthorityType {
    const TYPE_NAME: &'static str = "microsoft.graph.certificateAuthorityType";
    const MEMBERS: &'static [&'static str] = &[
        "root",
        "intermediate",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "root" => Self::Root,
                "intermediate" => Self::Intermediate,
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
            Self::Root => "root",
            Self::Intermediate => "intermediate",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_core)]
rt::impl_enum!(CertificateAuthorityType);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(CertificateAuthorityType);
#[cfg(msgraph_v1_core_or_certificate_based_auth_configuration)]
/// CSDL: `microsoft.graph.certificateBasedAuthConfiguration`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-certificate-based-auth-configuration`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct CertificateBasedAuthConfiguration {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `certificateAuthorities`: `Collection(microsoft.graph.certificateAuthority)`, not nullable.
    pub certificate_authorities: rt::Field<
        ::std::vec::Vec<crate::v1::CertificateAuthority>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_certificate_based_auth_configuration)]
impl ::std::default::Default for CertificateBasedAuthConfiguration {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            certificate_authorities: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_certificate_based_auth_configuration)]
impl rt::Object for CertificateBasedAuthConfiguration {
    const TYPE_NAME: &'static str = "microsoft.graph.certificateBasedAuthConfiguration";
    const KEYS: &'static [&'static str] = &["id", "certificateAuthorities"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"certificateAuthorities\":       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.certificateBasedAuthConfiguration\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "certificate_authorities", &self.certificate_authorities);
    }
}
#[cfg(msgraph_v1_core_or_certificate_based_auth_configuration)]
impl rt::object::Members for CertificateBasedAuthConfiguration {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.certificate_authorities.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.certificate_authorities);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_core_or_certificate_based_auth_configuration)]
rt::impl_object!(CertificateBasedAuthConfiguration);
#[cfg(msgraph_v1_core_or_certificate_based_auth_configuration)]
rt::impl_setters!(
    CertificateBasedAuthConfiguration { with_id id : ::std::string::String;
    with_certificate_authorities certificate_authorities : ::std::vec::Vec < crate
    ::v1::CertificateAuthority >; }
);
#[cfg(msgraph_v1_core_or_certificate_based_auth_configuration)]
#[cfg(feature = "serde")]
rt::impl_serde!(CertificateBasedAuthConfiguration);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.certificateBasedAuthPki`, entity type, derived from `microsoft.graph.directoryObject`, key `id`.
///
/// Request builders: [`CertificateBasedAuthPkiPath`](requests/trait.CertificateBasedAuthPkiPath.html), what a path to one (`EntityPath<CertificateBasedAuthPki, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct CertificateBasedAuthPki {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `deletedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub deleted_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `status`: `Edm.String`, nullable.
    pub status: rt::Field<::std::string::String>,
    /// CSDL: property `statusDetails`: `Edm.String`, nullable.
    pub status_details: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `certificateAuthorities`: `Collection(microsoft.graph.certificateAuthorityDetail)`, not nullable.
    pub certificate_authorities: rt::Field<
        ::std::vec::Vec<crate::v1::CertificateAuthorityDetail>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for CertificateBasedAuthPki {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            deleted_date_time: rt::Field::Absent,
            display_name: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            status: rt::Field::Absent,
            status_details: rt::Field::Absent,
            certificate_authorities: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for CertificateBasedAuthPki {
    const TYPE_NAME: &'static str = "microsoft.graph.certificateBasedAuthPki";
    const KEYS: &'static [&'static str] = &[
        "id",
        "deletedDateTime",
        "displayName",
        "lastModifiedDateTime",
        "status",
        "statusDetails",
        "certificateAuthorities",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"deletedDateTime\":              ",
        ",\"displayName\":                  ",
        ",\"lastModifiedDateTime\":         ",
        ",\"status\":                       ",
        ",\"statusDetails\":                ",
        ",\"certificateAuthorities\":       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.certificateBasedAuthPki\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "deleted_date_time", &self.deleted_date_time);
        v.field(2usize, "display_name", &self.display_name);
        v.field(3usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(4usize, "status", &self.status);
        v.field(5usize, "status_details", &self.status_details);
        v.field(6usize, "certificate_authorities", &self.certificate_authorities);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for CertificateBasedAuthPki {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.deleted_date_time.read_from(r),
            2usize => self.display_name.read_from(r),
            3usize => self.last_modified_date_time.read_from(r),
            4usize => self.status.read_from(r),
            5usize => self.status_details.read_from(r),
            6usize => self.certificate_authorities.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.deleted_date_time);
        w.field(2usize, &self.display_name);
        w.field(3usize, &self.last_modified_date_time);
        w.field(4usize, &self.status);
        w.field(5usize, &self.status_details);
        w.field(6usize, &self.certificate_authorities);
    }
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
rt::impl_object!(CertificateBasedAuthPki);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    CertificateBasedAuthPki { with_id id : ::std::string::String; with_deleted_date_time
    deleted_date_time : rt::edm::DateTimeOffset; with_display_name display_name :
    ::std::string::String; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_status status : ::std::string::String;
    with_status_details status_details : ::std::string::String;
    with_certificate_authorities certificate_authorities : ::std::vec::Vec < crate
    ::v1::CertificateAuthorityDetail >; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(CertificateBasedAuthPki);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.certification`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct Certification {
    /// CSDL: property `certificationDetailsUrl`: `Edm.String`, nullable.
    pub certification_details_url: rt::Field<::std::string::String>,
    /// CSDL: property `certificationExpirationDateTime`: `Edm.DateTimeOffset`, nullable.
    pub certification_expiration_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `isCertifiedByMicrosoft`: `Edm.Boolean`, nullable.
    pub is_certified_by_microsoft: rt::Field<bool>,
    /// CSDL: property `isPublisherAttested`: `Edm.Boolean`, nullable.
    pub is_publisher_attested: rt::Field<bool>,
    /// CSDL: property `lastCertificationDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_certification_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for Certification {
    #[inline]
    fn default() -> Self {
        Self {
            certification_details_url: rt::Field::Absent,
            certification_expiration_date_time: rt::Field::Absent,
            is_certified_by_microsoft: rt::Field::Absent,
            is_publisher_attested: rt::Field::Absent,
            last_certification_date_time: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for Certification {
    const TYPE_NAME: &'static str = "microsoft.graph.certification";
    const KEYS: &'static [&'static str] = &[
        "certificationDetailsUrl",
        "certificationExpirationDateTime",
        "isCertifiedByMicrosoft",
        "isPublisherAttested",
        "lastCertificationDateTime",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"certificationDetailsUrl\":      ",
        ",\"certificationExpirationDateTime\":",
        ",\"isCertifiedByMicrosoft\":       ",
        ",\"isPublisherAttested\":          ",
        ",\"lastCertificationDateTime\":    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.certification\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "certification_details_url", &self.certification_details_url);
        v.field(
            1usize,
            "certification_expiration_date_time",
            &self.certification_expiration_date_time,
        );
        v.field(2usize, "is_certified_by_microsoft", &self.is_certified_by_microsoft);
        v.field(3usize, "is_publisher_attested", &self.is_publisher_attested);
        v.field(
            4usize,
            "last_certification_date_time",
            &self.last_certification_date_time,
        );
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for Certification {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.certification_details_url.read_from(r),
            1usize => self.certification_expiration_date_time.read_from(r),
            2usize => self.is_certified_by_microsoft.read_from(r),
            3usize => self.is_publisher_attested.read_from(r),
            4usize => self.last_certification_date_time.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.certification_details_url);
        w.field(1usize, &self.certification_expiration_date_time);
        w.field(2usize, &self.is_certified_by_microsoft);
        w.field(3usize, &self.is_publisher_attested);
        w.field(4usize, &self.last_certification_date_time);
    }
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
rt::impl_object!(Certification);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    Certification { with_certification_details_url certification_details_url :
    ::std::string::String; with_certification_expiration_date_time
    certification_expiration_date_time : rt::edm::DateTimeOffset;
    with_is_certified_by_microsoft is_certified_by_microsoft : bool;
    with_is_publisher_attested is_publisher_attested : bool;
    with_last_certification_date_time last_certification_date_time :
    rt::edm::DateTimeOffset; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(Certification);
#[cfg(msgraph_v1_education_or_search)]
/// CSDL: `microsoft.graph.challengingWord`, complex type.
///
/// Features: `v1`, or one of `v1-education`, `v1-search`.
#[derive(Clone)]
pub struct ChallengingWord {
    /// CSDL: property `count`: `Edm.Int64`, not nullable.
    pub count: rt::Field<i64>,
    /// CSDL: property `word`: `Edm.String`, not nullable.
    pub word: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_education_or_search)]
impl ::std::default::Default for ChallengingWord {
    #[inline]
    fn default() -> Self {
        Self {
            count: rt::Field::Absent,
            word: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_education_or_search)]
impl rt::Object for ChallengingWord {
    const TYPE_NAME: &'static str = "microsoft.graph.challengingWord";
    const KEYS: &'static [&'static str] = &["count", "word"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"count\":                        ",
        ",\"word\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.challengingWord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "count", &self.count);
        v.field(1usize, "word", &self.word);
    }
}
#[cfg(msgraph_v1_education_or_search)]
impl rt::object::Members for ChallengingWord {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.count.read_from(r),
            1usize => self.word.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.count);
        w.field(1usize, &self.word);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_education_or_search)]
rt::impl_object!(ChallengingWord);
#[cfg(msgraph_v1_education_or_search)]
rt::impl_setters!(
    ChallengingWord { with_count count : i64; with_word word : ::std::string::String; }
);
#[cfg(msgraph_v1_education_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ChallengingWord);
#[cfg(msgraph_v1_any_area)]
/// CSDL: `microsoft.graph.changeNotification`, complex type.
///
/// Feature: `v1` or any `v1-*` area feature.
#[derive(Clone)]
pub struct ChangeNotification {
    /// CSDL: property `changeType`: `microsoft.graph.changeType`, not nullable.
    pub change_type: rt::Field<crate::v1::ChangeType>,
    /// CSDL: property `clientState`: `Edm.String`, nullable.
    pub client_state: rt::Field<::std::string::String>,
    /// CSDL: property `encryptedContent`: `microsoft.graph.changeNotificationEncryptedContent`, nullable.
    pub encrypted_content: rt::Field<crate::v1::ChangeNotificationEncryptedContent>,
    /// CSDL: property `id`: `Edm.String`, nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `lifecycleEvent`: `microsoft.graph.lifecycleEventType`, nullable.
    pub lifecycle_event: rt::Field<crate::v1::LifecycleEventType>,
    /// CSDL: property `resource`: `Edm.String`, not nullable.
    pub resource: rt::Field<::std::string::String>,
    /// CSDL: property `resourceData`: `microsoft.graph.resourceData`, nullable.
    pub resource_data: rt::Field<crate::v1::ResourceData>,
    /// CSDL: property `subscriptionExpirationDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub subscription_expiration_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `subscriptionId`: `Edm.Guid`, not nullable.
    pub subscription_id: rt::Field<rt::edm::Guid>,
    /// CSDL: property `tenantId`: `Edm.Guid`, not nullable.
    pub tenant_id: rt::Field<rt::edm::Guid>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_any_area)]
impl ::std::default::Default for ChangeNotification {
    #[inline]
    fn default() -> Self {
        Self {
            change_type: rt::Field::Absent,
            client_state: rt::Field::Absent,
            encrypted_content: rt::Field::Absent,
            id: rt::Field::Absent,
            lifecycle_event: rt::Field::Absent,
            resource: rt::Field::Absent,
            resource_data: rt::Field::Absent,
            subscription_expiration_date_time: rt::Field::Absent,
            subscription_id: rt::Field::Absent,
            tenant_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_any_area)]
impl rt::Object for ChangeNotification {
    const TYPE_NAME: &'static str = "microsoft.graph.changeNotification";
    const KEYS: &'static [&'static str] = &[
        "changeType",
        "clientState",
        "encryptedContent",
        "id",
        "lifecycleEvent",
        "resource",
        "resourceData",
        "subscriptionExpirationDateTime",
        "subscriptionId",
        "tenantId",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"changeType\":                   ",
        ",\"clientState\":                  ",
        ",\"encryptedContent\":             ",
        ",\"id\":                           ",
        ",\"lifecycleEvent\":               ",
        ",\"resource\":                     ",
        ",\"resourceData\":                 ",
        ",\"subscriptionExpirationDateTime\":",
        ",\"subscriptionId\":               ",
        ",\"tenantId\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.changeNotification\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "change_type", &self.change_type);
        v.field(1usize, "client_state", &self.client_state);
        v.field(2usize, "encrypted_content", &self.encrypted_content);
        v.field(3usize, "id", &self.id);
        v.field(4usize, "lifecycle_event", &self.lifecycle_event);
        v.field(5usize, "resource", &self.resource);
        v.field(6usize, "resource_data", &self.resource_data);
        v.field(
            7usize,
            "subscription_expiration_date_time",
            &self.subscription_expiration_date_time,
        );
        v.field(8usize, "subscription_id", &self.subscription_id);
        v.field(9usize, "tenant_id", &self.tenant_id);
    }
}
#[cfg(msgraph_v1_any_area)]
impl rt::object::Members for ChangeNotification {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.change_type.read_from(r),
            1usize => self.client_state.read_from(r),
            2usize => self.encrypted_content.read_from(r),
            3usize => self.id.read_from(r),
            4usize => self.lifecycle_event.read_from(r),
            5usize => self.resource.read_from(r),
            6usize => self.resource_data.read_from(r),
            7usize => self.subscription_expiration_date_time.read_from(r),
            8usize => self.subscription_id.read_from(r),
            9usize => self.tenant_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.change_type);
        w.field(1usize, &self.client_state);
        w.field(2usize, &self.encrypted_content);
        w.field(3usize, &self.id);
        w.field(4usize, &self.lifecycle_event);
        w.field(5usize, &self.resource);
        w.field(6usize, &self.resource_data);
        w.field(7usize, &self.subscription_expiration_date_time);
        w.field(8usize, &self.subscription_id);
        w.field(9usize, &self.tenant_id);
    }
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
rt::impl_object!(ChangeNotification);
#[cfg(msgraph_v1_any_area)]
rt::impl_setters!(
    ChangeNotification { with_change_type change_type : crate ::v1::ChangeType;
    with_client_state client_state : ::std::string::String; with_encrypted_content
    encrypted_content : crate ::v1::ChangeNotificationEncryptedContent; with_id id :
    ::std::string::String; with_lifecycle_event lifecycle_event : crate
    ::v1::LifecycleEventType; with_resource resource : ::std::string::String;
    with_resource_data resource_data : crate ::v1::ResourceData;
    with_subscription_expiration_date_time subscription_expiration_date_time :
    rt::edm::DateTimeOffset; with_subscription_id subscription_id : rt::edm::Guid;
    with_tenant_id tenant_id : rt::edm::Guid; }
);
#[cfg(msgraph_v1_any_area)]
#[cfg(feature = "serde")]
rt::impl_serde!(ChangeNotification);
#[cfg(msgraph_v1_any_area)]
/// CSDL: `microsoft.graph.changeNotificationCollection`, complex type.
///
/// Feature: `v1` or any `v1-*` area feature.
#[derive(Clone)]
pub struct ChangeNotificationCollection {
    /// CSDL: property `validationTokens`: `Collection(Edm.String)`, nullable.
    pub validation_tokens: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `value`: `Collection(microsoft.graph.changeNotification)`, not nullable.
    pub value: rt::Field<::std::vec::Vec<crate::v1::ChangeNotification>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_any_area)]
impl ::std::default::Default for ChangeNotificationCollection {
    #[inline]
    fn default() -> Self {
        Self {
            validation_tokens: rt::Field::Absent,
            value: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_any_area)]
impl rt::Object for ChangeNotificationCollection {
    const TYPE_NAME: &'static str = "microsoft.graph.changeNotificationCollection";
    const KEYS: &'static [&'static str] = &["validationTokens", "value"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"validationTokens\":             ",
        ",\"value\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.changeNotificationCollection\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "validation_tokens", &self.validation_tokens);
        v.field(1usize, "value", &self.value);
    }
}
#[cfg(msgraph_v1_any_area)]
impl rt::object::Members for ChangeNotificationCollection {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.validation_tokens.read_from(r),
            1usize => self.value.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.validation_tokens);
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
#[cfg(msgraph_v1_any_area)]
rt::impl_object!(ChangeNotificationCollection);
#[cfg(msgraph_v1_any_area)]
rt::impl_setters!(
    ChangeNotificationCollection { with_validation_tokens validation_tokens :
    ::std::vec::Vec < ::std::string::String >; with_value value : ::std::vec::Vec < crate
    ::v1::ChangeNotification >; }
);
#[cfg(msgraph_v1_any_area)]
#[cfg(feature = "serde")]
rt::impl_serde!(ChangeNotificationCollection);
#[cfg(msgraph_v1_any_area)]
/// CSDL: `microsoft.graph.changeNotificationEncryptedContent`, complex type.
///
/// Feature: `v1` or any `v1-*` area feature.
#[derive(Clone)]
pub struct ChangeNotificationEncryptedContent {
    /// CSDL: property `data`: `Edm.String`, not nullable.
    pub data: rt::Field<::std::string::String>,
    /// CSDL: property `dataKey`: `Edm.String`, not nullable.
    pub data_key: rt::Field<::std::string::String>,
    /// CSDL: property `dataSignature`: `Edm.String`, not nullable.
    pub data_signature: rt::Field<::std::string::String>,
    /// CSDL: property `encryptionCertificateId`: `Edm.String`, not nullable.
    pub encryption_certificate_id: rt::Field<::std::string::String>,
    /// CSDL: property `encryptionCertificateThumbprint`: `Edm.String`, not nullable.
    pub encryption_certificate_thumbprint: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_any_area)]
impl ::std::default::Default for ChangeNotificationEncryptedContent {
    #[inline]
    fn default() -> Self {
        Self {
            data: rt::Field::Absent,
            data_key: rt::Field::Absent,
            data_signature: rt::Field::Absent,
            encryption_certificate_id: rt::Field::Absent,
            encryption_certificate_thumbprint: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_any_area)]
impl rt::Object for ChangeNotificationEncryptedContent {
    const TYPE_NAME: &'static str = "microsoft.graph.changeNotificationEncryptedContent";
    const KEYS: &'static [&'static str] = &[
        "data",
        "dataKey",
        "dataSignature",
        "encryptionCertificateId",
        "encryptionCertificateThumbprint",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"data\":                         ",
        ",\"dataKey\":                      ",
        ",\"dataSignature\":                ",
        ",\"encryptionCertificateId\":      ",
        ",\"encryptionCertificateThumbprint\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.changeNotificationEncryptedContent\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "data", &self.data);
        v.field(1usize, "data_key", &self.data_key);
        v.field(2usize, "data_signature", &self.data_signature);
        v.field(3usize, "encryption_certificate_id", &self.encryption_certificate_id);
        v.field(
            4usize,
            "encryption_certificate_thumbprint",
            &self.encryption_certificate_thumbprint,
        );
    }
}
#[cfg(msgraph_v1_any_area)]
impl rt::object::Members for ChangeNotificationEncryptedContent {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.data.read_from(r),
            1usize => self.data_key.read_from(r),
            2usize => self.data_signature.read_from(r),
            3usize => self.encryption_certificate_id.read_from(r),
            4usize => self.encryption_certificate_thumbprint.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.data);
        w.field(1usize, &self.data_key);
        w.field(2usize, &self.data_signature);
        w.field(3usize, &self.encryption_certificate_id);
        w.field(4usize, &self.encryption_certificate_thumbprint);
    }
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
rt::impl_object!(ChangeNotificationEncryptedContent);
#[cfg(msgraph_v1_any_area)]
rt::impl_setters!(
    ChangeNotificationEncryptedContent { with_data data : ::std::string::String;
    with_data_key data_key : ::std::string::String; with_data_signature data_signature :
    ::std::string::String; with_encryption_certificate_id encryption_certificate_id :
    ::std::string::String; with_encryption_certificate_thumbprint
    encryption_certificate_thumbprint : ::std::string::String; }
);
#[cfg(msgraph_v1_any_area)]
#[cfg(feature = "serde")]
rt::impl_serde!(ChangeNotificationEncryptedContent);
#[cfg(msgraph_v1_core_or_teamwork)]
/// CSDL: `microsoft.graph.changeTrackedEntity`, entity type, derived from `microsoft.graph.entity`, abstract, key `id`.
///
/// Request builders: [`ChangeTrackedEntityPath`](requests/trait.ChangeTrackedEntityPath.html), what a path to one (`EntityPath<AnyChangeTrackedEntity, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ChangeTrackedEntity {
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
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl ::std::default::Default for ChangeTrackedEntity {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_by: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            last_modified_by: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl rt::Object for ChangeTrackedEntity {
    const TYPE_NAME: &'static str = "microsoft.graph.changeTrackedEntity";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdBy",
        "createdDateTime",
        "lastModifiedBy",
        "lastModifiedDateTime",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdBy\":                    ",
        ",\"createdDateTime\":              ",
        ",\"lastModifiedBy\":               ",
        ",\"lastModifiedDateTime\":         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.changeTrackedEntity\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_by", &self.created_by);
        v.field(2usize, "created_date_time", &self.created_date_time);
        v.field(3usize, "last_modified_by", &self.last_modified_by);
        v.field(4usize, "last_modified_date_time", &self.last_modified_date_time);
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl rt::object::Members for ChangeTrackedEntity {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_by.read_from(r),
            2usize => self.created_date_time.read_from(r),
            3usize => self.last_modified_by.read_from(r),
            4usize => self.last_modified_date_time.read_from(r),
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
    }
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
rt::impl_object!(ChangeTrackedEntity);
#[cfg(msgraph_v1_core_or_teamwork)]
rt::impl_setters!(
    ChangeTrackedEntity { with_id id : ::std::string::String; with_created_by created_by
    : crate ::v1::AnyIdentitySet; with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_last_modified_by last_modified_by : crate
    ::v1::AnyIdentitySet; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; }
);
#[cfg(msgraph_v1_core_or_teamwork)]
#[cfg(feature = "serde")]
rt::impl_serde!(ChangeTrackedEntity);
#[cfg(msgraph_v1_core_or_teamwork)]
/// `microsoft.graph.changeTrackedEntity` or any type derived from it, selected by `@odata.type` (15 types); each variant's type converts into it (`From`).
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Debug)]
pub enum AnyChangeTrackedEntity {
    ChangeTrackedEntity(::std::boxed::Box<crate::v1::ChangeTrackedEntity>),
    #[cfg(msgraph_v1_core)]
    DayNote(::std::boxed::Box<crate::v1::DayNote>),
    #[cfg(msgraph_v1_core)]
    OfferShiftRequest(::std::boxed::Box<crate::v1::OfferShiftRequest>),
    #[cfg(msgraph_v1_core)]
    OpenShift(::std::boxed::Box<crate::v1::OpenShift>),
    #[cfg(msgraph_v1_core)]
    OpenShiftChangeRequest(::std::boxed::Box<crate::v1::OpenShiftChangeRequest>),
    #[cfg(msgraph_v1_core)]
    ScheduleChangeRequest(::std::boxed::Box<crate::v1::ScheduleChangeRequest>),
    #[cfg(msgraph_v1_core)]
    SchedulingGroup(::std::boxed::Box<crate::v1::SchedulingGroup>),
    #[cfg(msgraph_v1_core)]
    Shift(::std::boxed::Box<crate::v1::Shift>),
    #[cfg(msgraph_v1_core)]
    ShiftPreferences(::std::boxed::Box<crate::v1::ShiftPreferences>),
    #[cfg(msgraph_v1_core)]
    SwapShiftsChangeRequest(::std::boxed::Box<crate::v1::SwapShiftsChangeRequest>),
    #[cfg(msgraph_v1_core)]
    TimeCard(::std::boxed::Box<crate::v1::TimeCard>),
    #[cfg(msgraph_v1_core)]
    TimeOff(::std::boxed::Box<crate::v1::TimeOff>),
    #[cfg(msgraph_v1_core)]
    TimeOffReason(::std::boxed::Box<crate::v1::TimeOffReason>),
    #[cfg(msgraph_v1_core)]
    TimeOffRequest(::std::boxed::Box<crate::v1::TimeOffRequest>),
    #[cfg(msgraph_v1_search_or_teamwork)]
    WorkforceIntegration(::std::boxed::Box<crate::v1::WorkforceIntegration>),
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl ::std::default::Default for AnyChangeTrackedEntity {
    #[inline]
    fn default() -> Self {
        Self::ChangeTrackedEntity(::std::default::Default::default())
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::ChangeTrackedEntity> for AnyChangeTrackedEntity {
    #[inline]
    fn from(v: crate::v1::ChangeTrackedEntity) -> Self {
        Self::ChangeTrackedEntity(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::DayNote> for AnyChangeTrackedEntity {
    #[inline]
    fn from(v: crate::v1::DayNote) -> Self {
        Self::DayNote(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::OfferShiftRequest> for AnyChangeTrackedEntity {
    #[inline]
    fn from(v: crate::v1::OfferShiftRequest) -> Self {
        Self::OfferShiftRequest(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::OpenShift> for AnyChangeTrackedEntity {
    #[inline]
    fn from(v: crate::v1::OpenShift) -> Self {
        Self::OpenShift(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::OpenShiftChangeRequest> for AnyChangeTrackedEntity {
    #[inline]
    fn from(v: crate::v1::OpenShiftChangeRequest) -> Self {
        Self::OpenShiftChangeRequest(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::ScheduleChangeRequest> for AnyChangeTrackedEntity {
    #[inline]
    fn from(v: crate::v1::ScheduleChangeRequest) -> Self {
        Self::ScheduleChangeRequest(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::SchedulingGroup> for AnyChangeTrackedEntity {
    #[inline]
    fn from(v: crate::v1::SchedulingGroup) -> Self {
        Self::SchedulingGroup(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::Shift> for AnyChangeTrackedEntity {
    #[inline]
    fn from(v: crate::v1::Shift) -> Self {
        Self::Shift(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::ShiftPreferences> for AnyChangeTrackedEntity {
    #[inline]
    fn from(v: crate::v1::ShiftPreferences) -> Self {
        Self::ShiftPreferences(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::SwapShiftsChangeRequest>
for AnyChangeTrackedEntity {
    #[inline]
    fn from(v: crate::v1::SwapShiftsChangeRequest) -> Self {
        Self::SwapShiftsChangeRequest(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::TimeCard> for AnyChangeTrackedEntity {
    #[inline]
    fn from(v: crate::v1::TimeCard) -> Self {
        Self::TimeCard(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::TimeOff> for AnyChangeTrackedEntity {
    #[inline]
    fn from(v: crate::v1::TimeOff) -> Self {
        Self::TimeOff(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::TimeOffReason> for AnyChangeTrackedEntity {
    #[inline]
    fn from(v: crate::v1::TimeOffReason) -> Self {
        Self::TimeOffReason(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::TimeOffRequest> for AnyChangeTrackedEntity {
    #[inline]
    fn from(v: crate::v1::TimeOffRequest) -> Self {
        Self::TimeOffRequest(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
#[cfg(msgraph_v1_search_or_teamwork)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::WorkforceIntegration> for AnyChangeTrackedEntity {
    #[inline]
    fn from(v: crate::v1::WorkforceIntegration) -> Self {
        Self::WorkforceIntegration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
unsafe impl ::std::marker::Send for AnyChangeTrackedEntity {}
#[cfg(msgraph_v1_core_or_teamwork)]
unsafe impl ::std::marker::Sync for AnyChangeTrackedEntity {}
#[cfg(msgraph_v1_core_or_teamwork)]
impl ::std::marker::Unpin for AnyChangeTrackedEntity {}
#[cfg(msgraph_v1_core_or_teamwork)]
impl ::std::panic::UnwindSafe for AnyChangeTrackedEntity {}
#[cfg(msgraph_v1_core_or_teamwork)]
impl ::std::panic::RefUnwindSafe for AnyChangeTrackedEntity {}
#[cfg(msgraph_v1_core_or_teamwork)]
const _: () = {
    rt::object::auto_traits::<crate::v1::ChangeTrackedEntity>();
    #[cfg(msgraph_v1_core)]
    rt::object::auto_traits::<crate::v1::DayNote>();
    #[cfg(msgraph_v1_core)]
    rt::object::auto_traits::<crate::v1::OfferShiftRequest>();
    #[cfg(msgraph_v1_core)]
    rt::object::auto_traits::<crate::v1::OpenShift>();
    #[cfg(msgraph_v1_core)]
    rt::object::auto_traits::<crate::v1::OpenShiftChangeRequest>();
    #[cfg(msgraph_v1_core)]
    rt::object::auto_traits::<crate::v1::ScheduleChangeRequest>();
    #[cfg(msgraph_v1_core)]
    rt::object::auto_traits::<crate::v1::SchedulingGroup>();
    #[cfg(msgraph_v1_core)]
    rt::object::auto_traits::<crate::v1::Shift>();
    #[cfg(msgraph_v1_core)]
    rt::object::auto_traits::<crate::v1::ShiftPreferences>();
    #[cfg(msgraph_v1_core)]
    rt::object::auto_traits::<crate::v1::SwapShiftsChangeRequest>();
    #[cfg(msgraph_v1_core)]
    rt::object::auto_traits::<crate::v1::TimeCard>();
    #[cfg(msgraph_v1_core)]
    rt::object::auto_traits::<crate::v1::TimeOff>();
    #[cfg(msgraph_v1_core)]
    rt::object::auto_traits::<crate::v1::TimeOffReason>();
    #[cfg(msgraph_v1_core)]
    rt::object::auto_traits::<crate::v1::TimeOffRequest>();
    #[cfg(msgraph_v1_search_or_teamwork)]
    rt::object::auto_traits::<crate::v1::WorkforceIntegration>();
};
#[cfg(msgraph_v1_core_or_teamwork)]
impl rt::Poly for AnyChangeTrackedEntity {
    const BASE_NAME: &'static str = "microsoft.graph.changeTrackedEntity";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.dayNote") => {
                Self::DayNote(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.offerShiftRequest") => {
                Self::OfferShiftRequest(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.openShift") => {
                Self::OpenShift(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.openShiftChangeRequest") => {
                Self::OpenShiftChangeRequest(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.scheduleChangeRequest") => {
                Self::ScheduleChangeRequest(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.schedulingGroup") => {
                Self::SchedulingGroup(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.shift") => {
                Self::Shift(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.shiftPreferences") => {
                Self::ShiftPreferences(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.swapShiftsChangeRequest") => {
                Self::SwapShiftsChangeRequest(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.timeCard") => {
                Self::TimeCard(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.timeOff") => {
                Self::TimeOff(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.timeOffReason") => {
                Self::TimeOffReason(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.timeOffRequest") => {
                Self::TimeOffRequest(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_search_or_teamwork)]
            ::std::option::Option::Some("microsoft.graph.workforceIntegration") => {
                Self::WorkforceIntegration(rt::object::new_boxed())
            }
            _ => Self::ChangeTrackedEntity(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::ChangeTrackedEntity(v) => &**v,
            #[cfg(msgraph_v1_core)]
            Self::DayNote(v) => &**v,
            #[cfg(msgraph_v1_core)]
            Self::OfferShiftRequest(v) => &**v,
            #[cfg(msgraph_v1_core)]
            Self::OpenShift(v) => &**v,
            #[cfg(msgraph_v1_core)]
            Self::OpenShiftChangeRequest(v) => &**v,
            #[cfg(msgraph_v1_core)]
            Self::ScheduleChangeRequest(v) => &**v,
            #[cfg(msgraph_v1_core)]
            Self::SchedulingGroup(v) => &**v,
            #[cfg(msgraph_v1_core)]
            Self::Shift(v) => &**v,
            #[cfg(msgraph_v1_core)]
            Self::ShiftPreferences(v) => &**v,
            #[cfg(msgraph_v1_core)]
            Self::SwapShiftsChangeRequest(v) => &**v,
            #[cfg(msgraph_v1_core)]
            Self::TimeCard(v) => &**v,
            #[cfg(msgraph_v1_core)]
            Self::TimeOff(v) => &**v,
            #[cfg(msgraph_v1_core)]
            Self::TimeOffReason(v) => &**v,
            #[cfg(msgraph_v1_core)]
            Self::TimeOffRequest(v) => &**v,
            #[cfg(msgraph_v1_search_or_teamwork)]
            Self::WorkforceIntegration(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::ChangeTrackedEntity(v) => &mut **v,
            #[cfg(msgraph_v1_core)]
            Self::DayNote(v) => &mut **v,
            #[cfg(msgraph_v1_core)]
            Self::OfferShiftRequest(v) => &mut **v,
            #[cfg(msgraph_v1_core)]
            Self::OpenShift(v) => &mut **v,
            #[cfg(msgraph_v1_core)]
            Self::OpenShiftChangeRequest(v) => &mut **v,
            #[cfg(msgraph_v1_core)]
            Self::ScheduleChangeRequest(v) => &mut **v,
            #[cfg(msgraph_v1_core)]
            Self::SchedulingGroup(v) => &mut **v,
            #[cfg(msgraph_v1_core)]
            Self::Shift(v) => &mut **v,
            #[cfg(msgraph_v1_core)]
            Self::ShiftPreferences(v) => &mut **v,
            #[cfg(msgraph_v1_core)]
            Self::SwapShiftsChangeRequest(v) => &mut **v,
            #[cfg(msgraph_v1_core)]
            Self::TimeCard(v) => &mut **v,
            #[cfg(msgraph_v1_core)]
            Self::TimeOff(v) => &mut **v,
            #[cfg(msgraph_v1_core)]
            Self::TimeOffReason(v) => &mut **v,
            #[cfg(msgraph_v1_core)]
            Self::TimeOffRequest(v) => &mut **v,
            #[cfg(msgraph_v1_search_or_teamwork)]
            Self::WorkforceIntegration(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl AnyChangeTrackedEntity {
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
            Self::ChangeTrackedEntity(v) => &v.id,
            #[cfg(msgraph_v1_core)]
            Self::DayNote(v) => &v.id,
            #[cfg(msgraph_v1_core)]
            Self::OfferShiftRequest(v) => &v.id,
            #[cfg(msgraph_v1_core)]
            Self::OpenShift(v) => &v.id,
            #[cfg(msgraph_v1_core)]
            Self::OpenShiftChangeRequest(v) => &v.id,
            #[cfg(msgraph_v1_core)]
            Self::ScheduleChangeRequest(v) => &v.id,
            #[cfg(msgraph_v1_core)]
            Self::SchedulingGroup(v) => &v.id,
            #[cfg(msgraph_v1_core)]
            Self::Shift(v) => &v.id,
            #[cfg(msgraph_v1_core)]
            Self::ShiftPreferences(v) => &v.id,
            #[cfg(msgraph_v1_core)]
            Self::SwapShiftsChangeRequest(v) => &v.id,
            #[cfg(msgraph_v1_core)]
            Self::TimeCard(v) => &v.id,
            #[cfg(msgraph_v1_core)]
            Self::TimeOff(v) => &v.id,
            #[cfg(msgraph_v1_core)]
            Self::TimeOffReason(v) => &v.id,
            #[cfg(msgraph_v1_core)]
            Self::TimeOffRequest(v) => &v.id,
            #[cfg(msgraph_v1_search_or_teamwork)]
            Self::WorkforceIntegration(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ChangeTrackedEntity(v) => &mut v.id,
            #[cfg(msgraph_v1_core)]
            Self::DayNote(v) => &mut v.id,
            #[cfg(msgraph_v1_core)]
            Self::OfferShiftRequest(v) => &mut v.id,
            #[cfg(msgraph_v1_core)]
            Self::OpenShift(v) => &mut v.id,
            #[cfg(msgraph_v1_core)]
            Self::OpenShiftChangeRequest(v) => &mut v.id,
            #[cfg(msgraph_v1_core)]
            Self::ScheduleChangeRequest(v) => &mut v.id,
            #[cfg(msgraph_v1_core)]
            Self::SchedulingGroup(v) => &mut v.id,
            #[cfg(msgraph_v1_core)]
            Self::Shift(v) => &mut v.id,
            #[cfg(msgraph_v1_core)]
            Self::ShiftPreferences(v) => &mut v.id,
            #[cfg(msgraph_v1_core)]
            Self::SwapShiftsChangeRequest(v) => &mut v.id,
            #[cfg(msgraph_v1_core)]
            Self::TimeCard(v) => &mut v.id,
            #[cfg(msgraph_v1_core)]
            Self::TimeOff(v) => &mut v.id,
            #[cfg(msgraph_v1_core)]
            Self::TimeOffReason(v) => &mut v.id,
            #[cfg(msgraph_v1_core)]
            Self::TimeOffRequest(v) => &mut v.id,
            #[cfg(msgraph_v1_search_or_teamwork)]
            Self::WorkforceIntegration(v) => &mut v.id,
        }
    }
    /// `createdBy` of any variant.
    #[inline]
    pub fn created_by(&self) -> &rt::Field<crate::v1::AnyIdentitySet> {
        match self {
            Self::ChangeTrackedEntity(v) => &v.created_by,
            #[cfg(msgraph_v1_core)]
            Self::DayNote(v) => &v.created_by,
            #[cfg(msgraph_v1_core)]
            Self::OfferShiftRequest(v) => &v.created_by,
            #[cfg(msgraph_v1_core)]
            Self::OpenShift(v) => &v.created_by,
            #[cfg(msgraph_v1_core)]
            Self::OpenShiftChangeRequest(v) => &v.created_by,
            #[cfg(msgraph_v1_core)]
            Self::ScheduleChangeRequest(v) => &v.created_by,
            #[cfg(msgraph_v1_core)]
            Self::SchedulingGroup(v) => &v.created_by,
            #[cfg(msgraph_v1_core)]
            Self::Shift(v) => &v.created_by,
            #[cfg(msgraph_v1_core)]
            Self::ShiftPreferences(v) => &v.created_by,
            #[cfg(msgraph_v1_core)]
            Self::SwapShiftsChangeRequest(v) => &v.created_by,
            #[cfg(msgraph_v1_core)]
            Self::TimeCard(v) => &v.created_by,
            #[cfg(msgraph_v1_core)]
            Self::TimeOff(v) => &v.created_by,
            #[cfg(msgraph_v1_core)]
            Self::TimeOffReason(v) => &v.created_by,
            #[cfg(msgraph_v1_core)]
            Self::TimeOffRequest(v) => &v.created_by,
            #[cfg(msgraph_v1_search_or_teamwork)]
            Self::WorkforceIntegration(v) => &v.created_by,
        }
    }
    /// `createdBy` of any variant.
    #[inline]
    pub fn created_by_mut(&mut self) -> &mut rt::Field<crate::v1::AnyIdentitySet> {
        match self {
            Self::ChangeTrackedEntity(v) => &mut v.created_by,
            #[cfg(msgraph_v1_core)]
            Self::DayNote(v) => &mut v.created_by,
            #[cfg(msgraph_v1_core)]
            Self::OfferShiftRequest(v) => &mut v.created_by,
            #[cfg(msgraph_v1_core)]
            Self::OpenShift(v) => &mut v.created_by,
            #[cfg(msgraph_v1_core)]
            Self::OpenShiftChangeRequest(v) => &mut v.created_by,
            #[cfg(msgraph_v1_core)]
            Self::ScheduleChangeRequest(v) => &mut v.created_by,
            #[cfg(msgraph_v1_core)]
            Self::SchedulingGroup(v) => &mut v.created_by,
            #[cfg(msgraph_v1_core)]
            Self::Shift(v) => &mut v.created_by,
            #[cfg(msgraph_v1_core)]
            Self::ShiftPreferences(v) => &mut v.created_by,
            #[cfg(msgraph_v1_core)]
            Self::SwapShiftsChangeRequest(v) => &mut v.created_by,
            #[cfg(msgraph_v1_core)]
            Self::TimeCard(v) => &mut v.created_by,
            #[cfg(msgraph_v1_core)]
            Self::TimeOff(v) => &mut v.created_by,
            #[cfg(msgraph_v1_core)]
            Self::TimeOffReason(v) => &mut v.created_by,
            #[cfg(msgraph_v1_core)]
            Self::TimeOffRequest(v) => &mut v.created_by,
            #[cfg(msgraph_v1_search_or_teamwork)]
            Self::WorkforceIntegration(v) => &mut v.created_by,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::ChangeTrackedEntity(v) => &v.created_date_time,
            #[cfg(msgraph_v1_core)]
            Self::DayNote(v) => &v.created_date_time,
            #[cfg(msgraph_v1_core)]
            Self::OfferShiftRequest(v) => &v.created_date_time,
            #[cfg(msgraph_v1_core)]
            Self::OpenShift(v) => &v.created_date_time,
            #[cfg(msgraph_v1_core)]
            Self::OpenShiftChangeRequest(v) => &v.created_date_time,
            #[cfg(msgraph_v1_core)]
            Self::ScheduleChangeRequest(v) => &v.created_date_time,
            #[cfg(msgraph_v1_core)]
            Self::SchedulingGroup(v) => &v.created_date_time,
            #[cfg(msgraph_v1_core)]
            Self::Shift(v) => &v.created_date_time,
            #[cfg(msgraph_v1_core)]
            Self::ShiftPreferences(v) => &v.created_date_time,
            #[cfg(msgraph_v1_core)]
            Self::SwapShiftsChangeRequest(v) => &v.created_date_time,
            #[cfg(msgraph_v1_core)]
            Self::TimeCard(v) => &v.created_date_time,
            #[cfg(msgraph_v1_core)]
            Self::TimeOff(v) => &v.created_date_time,
            #[cfg(msgraph_v1_core)]
            Self::TimeOffReason(v) => &v.created_date_time,
            #[cfg(msgraph_v1_core)]
            Self::TimeOffRequest(v) => &v.created_date_time,
            #[cfg(msgraph_v1_search_or_teamwork)]
            Self::WorkforceIntegration(v) => &v.created_date_time,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time_mut(&mut self) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::ChangeTrackedEntity(v) => &mut v.created_date_time,
            #[cfg(msgraph_v1_core)]
            Self::DayNote(v) => &mut v.created_date_time,
            #[cfg(msgraph_v1_core)]
            Self::OfferShiftRequest(v) => &mut v.created_date_time,
            #[cfg(msgraph_v1_core)]
            Self::OpenShift(v) => &mut v.created_date_time,
            #[cfg(msgraph_v1_core)]
            Self::OpenShiftChangeRequest(v) => &mut v.created_date_time,
            #[cfg(msgraph_v1_core)]
            Self::ScheduleChangeRequest(v) => &mut v.created_date_time,
            #[cfg(msgraph_v1_core)]
            Self::SchedulingGroup(v) => &mut v.created_date_time,
            #[cfg(msgraph_v1_core)]
            Self::Shift(v) => &mut v.created_date_time,
            #[cfg(msgraph_v1_core)]
            Self::ShiftPreferences(v) => &mut v.created_date_time,
            #[cfg(msgraph_v1_core)]
            Self::SwapShiftsChangeRequest(v) => &mut v.created_date_time,
            #[cfg(msgraph_v1_core)]
            Self::TimeCard(v) => &mut v.created_date_time,
            #[cfg(msgraph_v1_core)]
            Self::TimeOff(v) => &mut v.created_date_time,
            #[cfg(msgraph_v1_core)]
            Self::TimeOffReason(v) => &mut v.created_date_time,
            #[cfg(msgraph_v1_core)]
            Self::TimeOffRequest(v) => &mut v.created_date_time,
            #[cfg(msgraph_v1_search_or_teamwork)]
            Self::WorkforceIntegration(v) => &mut v.created_date_time,
        }
    }
    /// `lastModifiedBy` of any variant.
    #[inline]
    pub fn last_modified_by(&self) -> &rt::Field<crate::v1::AnyIdentitySet> {
        match self {
            Self::ChangeTrackedEntity(v) => &v.last_modified_by,
            #[cfg(msgraph_v1_core)]
            Self::DayNote(v) => &v.last_modified_by,
            #[cfg(msgraph_v1_core)]
            Self::OfferShiftRequest(v) => &v.last_modified_by,
            #[cfg(msgraph_v1_core)]
            Self::OpenShift(v) => &v.last_modified_by,
            #[cfg(msgraph_v1_core)]
            Self::OpenShiftChangeRequest(v) => &v.last_modified_by,
            #[cfg(msgraph_v1_core)]
            Self::ScheduleChangeRequest(v) => &v.last_modified_by,
            #[cfg(msgraph_v1_core)]
            Self::SchedulingGroup(v) => &v.last_modified_by,
            #[cfg(msgraph_v1_core)]
            Self::Shift(v) => &v.last_modified_by,
            #[cfg(msgraph_v1_core)]
            Self::ShiftPreferences(v) => &v.last_modified_by,
            #[cfg(msgraph_v1_core)]
            Self::SwapShiftsChangeRequest(v) => &v.last_modified_by,
            #[cfg(msgraph_v1_core)]
            Self::TimeCard(v) => &v.last_modified_by,
            #[cfg(msgraph_v1_core)]
            Self::TimeOff(v) => &v.last_modified_by,
            #[cfg(msgraph_v1_core)]
            Self::TimeOffReason(v) => &v.last_modified_by,
            #[cfg(msgraph_v1_core)]
            Self::TimeOffRequest(v) => &v.last_modified_by,
            #[cfg(msgraph_v1_search_or_teamwork)]
            Self::WorkforceIntegration(v) => &v.last_modified_by,
        }
    }
    /// `lastModifiedBy` of any variant.
    #[inline]
    pub fn last_modified_by_mut(&mut self) -> &mut rt::Field<crate::v1::AnyIdentitySet> {
        match self {
            Self::ChangeTrackedEntity(v) => &mut v.last_modified_by,
            #[cfg(msgraph_v1_core)]
            Self::DayNote(v) => &mut v.last_modified_by,
            #[cfg(msgraph_v1_core)]
            Self::OfferShiftRequest(v) => &mut v.last_modified_by,
            #[cfg(msgraph_v1_core)]
            Self::OpenShift(v) => &mut v.last_modified_by,
            #[cfg(msgraph_v1_core)]
            Self::OpenShiftChangeRequest(v) => &mut v.last_modified_by,
            #[cfg(msgraph_v1_core)]
            Self::ScheduleChangeRequest(v) => &mut v.last_modified_by,
            #[cfg(msgraph_v1_core)]
            Self::SchedulingGroup(v) => &mut v.last_modified_by,
            #[cfg(msgraph_v1_core)]
            Self::Shift(v) => &mut v.last_modified_by,
            #[cfg(msgraph_v1_core)]
            Self::ShiftPreferences(v) => &mut v.last_modified_by,
            #[cfg(msgraph_v1_core)]
            Self::SwapShiftsChangeRequest(v) => &mut v.last_modified_by,
            #[cfg(msgraph_v1_core)]
            Self::TimeCard(v) => &mut v.last_modified_by,
            #[cfg(msgraph_v1_core)]
            Self::TimeOff(v) => &mut v.last_modified_by,
            #[cfg(msgraph_v1_core)]
            Self::TimeOffReason(v) => &mut v.last_modified_by,
            #[cfg(msgraph_v1_core)]
            Self::TimeOffRequest(v) => &mut v.last_modified_by,
            #[cfg(msgraph_v1_search_or_teamwork)]
            Self::WorkforceIntegration(v) => &mut v.last_modified_by,
        }
    }
    /// `lastModifiedDateTime` of any variant.
    #[inline]
    pub fn last_modified_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::ChangeTrackedEntity(v) => &v.last_modified_date_time,
            #[cfg(msgraph_v1_core)]
            Self::DayNote(v) => &v.last_modified_date_time,
            #[cfg(msgraph_v1_core)]
            Self::OfferShiftRequest(v) => &v.last_modified_date_time,
            #[cfg(msgraph_v1_core)]
            Self::OpenShift(v) => &v.last_modified_date_time,
            #[cfg(msgraph_v1_core)]
            Self::OpenShiftChangeRequest(v) => &v.last_modified_date_time,
            #[cfg(msgraph_v1_core)]
            Self::ScheduleChangeRequest(v) => &v.last_modified_date_time,
            #[cfg(msgraph_v1_core)]
            Self::SchedulingGroup(v) => &v.last_modified_date_time,
            #[cfg(msgraph_v1_core)]
            Self::Shift(v) => &v.last_modified_date_time,
            #[cfg(msgraph_v1_core)]
            Self::ShiftPreferences(v) => &v.last_modified_date_time,
            #[cfg(msgraph_v1_core)]
            Self::SwapShiftsChangeRequest(v) => &v.last_modified_date_time,
            #[cfg(msgraph_v1_core)]
            Self::TimeCard(v) => &v.last_modified_date_time,
            #[cfg(msgraph_v1_core)]
            Self::TimeOff(v) => &v.last_modified_date_time,
            #[cfg(msgraph_v1_core)]
            Self::TimeOffReason(v) => &v.last_modified_date_time,
            #[cfg(msgraph_v1_core)]
            Self::TimeOffRequest(v) => &v.last_modified_date_time,
            #[cfg(msgraph_v1_search_or_teamwork)]
            Self::WorkforceIntegration(v) => &v.last_modified_date_time,
        }
    }
    /// `lastModifiedDateTime` of any variant.
    #[inline]
    pub fn last_modified_date_time_mut(
        &mut self,
    ) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::ChangeTrackedEntity(v) => &mut v.last_modified_date_time,
            #[cfg(msgraph_v1_core)]
            Self::DayNote(v) => &mut v.last_modified_date_time,
            #[cfg(msgraph_v1_core)]
            Self::OfferShiftRequest(v) => &mut v.last_modified_date_time,
            #[cfg(msgraph_v1_core)]
            Self::OpenShift(v) => &mut v.last_modified_date_time,
            #[cfg(msgraph_v1_core)]
            Self::OpenShiftChangeRequest(v) => &mut v.last_modified_date_time,
            #[cfg(msgraph_v1_core)]
            Self::ScheduleChangeRequest(v) => &mut v.last_modified_date_time,
            #[cfg(msgraph_v1_core)]
            Self::SchedulingGroup(v) => &mut v.last_modified_date_time,
            #[cfg(msgraph_v1_core)]
            Self::Shift(v) => &mut v.last_modified_date_time,
            #[cfg(msgraph_v1_core)]
            Self::ShiftPreferences(v) => &mut v.last_modified_date_time,
            #[cfg(msgraph_v1_core)]
            Self::SwapShiftsChangeRequest(v) => &mut v.last_modified_date_time,
            #[cfg(msgraph_v1_core)]
            Self::TimeCard(v) => &mut v.last_modified_date_time,
            #[cfg(msgraph_v1_core)]
            Self::TimeOff(v) => &mut v.last_modified_date_time,
            #[cfg(msgraph_v1_core)]
            Self::TimeOffReason(v) => &mut v.last_modified_date_time,
            #[cfg(msgraph_v1_core)]
            Self::TimeOffRequest(v) => &mut v.last_modified_date_time,
            #[cfg(msgraph_v1_search_or_teamwork)]
            Self::WorkforceIntegration(v) => &mut v.last_modified_date_time,
        }
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
rt::impl_poly!(AnyChangeTrackedEntity);
#[cfg(msgraph_v1_core_or_teamwork)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyChangeTrackedEntity);
#[cfg(msgraph_v1_any_area)]
/// CSDL: `microsoft.graph.changeType`, enum type.
///
/// Feature: `v1` or any `v1-*` area feature.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ChangeType {
    /// `created` (value 0).
    Created,
    /// `updated` (value 1).
    Updated,
    /// `deleted` (value 2).
    Deleted,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_any_area)]
impl rt::StrEnum for ChangeType {
    const TYPE_NAME: &'static str = "microsoft.graph.changeType";
    const MEMBERS: &'static [&'static str] = &["created", "updated", "deleted"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "created" => Self::Created,
                "updated" => Self::Updated,
                "deleted" => Self::Deleted,
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
            Self::Created => "created",
            Self::Updated => "updated",
            Self::Deleted => "deleted",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_any_area)]
rt::impl_enum!(ChangeType);
#[cfg(msgraph_v1_any_area)]
#[cfg(feature = "serde")]
rt::impl_serde!(ChangeType);
#[cfg(msgraph_v1_core_or_teamwork)]
/// CSDL: `microsoft.graph.channelSummary`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ChannelSummary {
    /// CSDL: property `guestsCount`: `Edm.Int32`, nullable.
    pub guests_count: rt::Field<i32>,
    /// CSDL: property `hasMembersFromOtherTenants`: `Edm.Boolean`, nullable.
    pub has_members_from_other_tenants: rt::Field<bool>,
    /// CSDL: property `membersCount`: `Edm.Int32`, nullable.
    pub members_count: rt::Field<i32>,
    /// CSDL: property `ownersCount`: `Edm.Int32`, nullable.
    pub owners_count: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl ::std::default::Default for ChannelSummary {
    #[inline]
    fn default() -> Self {
        Self {
            guests_count: rt::Field::Absent,
            has_members_from_other_tenants: rt::Field::Absent,
            members_count: rt::Field::Absent,
            owners_count: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl rt::Object for ChannelSummary {
    const TYPE_NAME: &'static str = "microsoft.graph.channelSummary";
    const KEYS: &'static [&'static str] = &[
        "guestsCount",
        "hasMembersFromOtherTenants",
        "membersCount",
        "ownersCount",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"guestsCount\":                  ",
        ",\"hasMembersFromOtherTenants\":   ",
        ",\"membersCount\":                 ",
        ",\"ownersCount\":                  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.channelSummary\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "guests_count", &self.guests_count);
        v.field(
            1usize,
            "has_members_from_other_tenants",
            &self.has_members_from_other_tenants,
        );
        v.field(2usize, "members_count", &self.members_count);
        v.field(3usize, "owners_count", &self.owners_count);
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl rt::object::Members for ChannelSummary {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.guests_count.read_from(r),
            1usize => self.has_members_from_other_tenants.read_from(r),
            2usize => self.members_count.read_from(r),
            3usize => self.owners_count.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.guests_count);
        w.field(1usize, &self.has_members_from_other_tenants);
        w.field(2usize, &self.members_count);
        w.field(3usize, &self.owners_count);
    }
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
rt::impl_object!(ChannelSummary);
#[cfg(msgraph_v1_core_or_teamwork)]
rt::impl_setters!(
    ChannelSummary { with_guests_count guests_count : i32;
    with_has_members_from_other_tenants has_members_from_other_tenants : bool;
    with_members_count members_count : i32; with_owners_count owners_count : i32; }
);
#[cfg(msgraph_v1_core_or_teamwork)]
#[cfg(feature = "serde")]
rt::impl_serde!(ChannelSummary);
#[cfg(msgraph_v1_places_or_search)]
/// CSDL: `microsoft.graph.checkInClaim`, entity type, key `calendarEventId`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1`, or one of `v1-places`, `v1-search`.
#[derive(Clone)]
pub struct CheckInClaim {
    /// CSDL: property `calendarEventId`: `Edm.String`, not nullable.
    pub calendar_event_id: rt::Field<::std::string::String>,
    /// CSDL: property `checkInMethod`: `microsoft.graph.checkInMethod`, not nullable.
    pub check_in_method: rt::Field<crate::v1::CheckInMethod>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_places_or_search)]
impl ::std::default::Default for CheckInClaim {
    #[inline]
    fn default() -> Self {
        Self {
            calendar_event_id: rt::Field::Absent,
            check_in_method: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_places_or_search)]
impl rt::Object for CheckInClaim {
    const TYPE_NAME: &'static str = "microsoft.graph.checkInClaim";
    const KEYS: &'static [&'static str] = &[
        "calendarEventId",
        "checkInMethod",
        "createdDateTime",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"calendarEventId\":              ",
        ",\"checkInMethod\":                ",
        ",\"createdDateTime\":              ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.checkInClaim\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "calendar_event_id", &self.calendar_event_id);
        v.field(1usize, "check_in_method", &self.check_in_method);
        v.field(2usize, "created_date_time", &self.created_date_time);
    }
}
#[cfg(msgraph_v1_places_or_search)]
impl rt::object::Members for CheckInClaim {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.calendar_event_id.read_from(r),
            1usize => self.check_in_method.read_from(r),
            2usize => self.created_date_time.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.calendar_event_id);
        w.field(1usize, &self.check_in_method);
        w.field(2usize, &self.created_date_time);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_places_or_search)]
rt::impl_object!(CheckInClaim);
#[cfg(msgraph_v1_places_or_search)]
rt::impl_setters!(
    CheckInClaim { with_calendar_event_id calendar_event_id : ::std::string::String;
    with_check_in_method check_in_method : crate ::v1::CheckInMethod;
    with_created_date_time created_date_time : rt::edm::DateTimeOffset; }
);
#[cfg(msgraph_v1_places_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(CheckInClaim);
#[cfg(msgraph_v1_places_or_search)]
/// CSDL: `microsoft.graph.checkInMethod`, enum type.
///
/// Features: `v1`, or one of `v1-places`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum CheckInMethod {
    /// `unspecified` (value 0).
    Unspecified,
    /// `manual` (value 1).
    Manual,
    /// `inferred` (value 2).
    Inferred,
    /// `verified` (value 3).
    Verified,
    /// `unknownFutureValue` (value 4).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_places_or_search)]
impl rt::StrEnum for CheckInMethod {
    const TYPE_NAME: &'static str = "microsoft.graph.checkInMethod";
    const MEMBERS: &'static [&'static str] = &[
        "unspecified",
        "manual",
        "inferred",
        "verified",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "unspecified" => Self::Unspecified,
                "manual" => Self::Manual,
                "inferred" => Self::Inferred,
                "verified" => Self::Verified,
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
            Self::Unspecified => "unspecified",
            Self::Manual => "manual",
            Self::Inferred => "inferred",
            Self::Verified => "verified",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_places_or_search)]
rt::impl_enum!(CheckInMethod);
#[cfg(msgraph_v1_places_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(CheckInMethod);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.checklistItem`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ChecklistItem {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `checkedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub checked_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `isChecked`: `Edm.Boolean`, nullable.
    pub is_checked: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for ChecklistItem {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            checked_date_time: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            display_name: rt::Field::Absent,
            is_checked: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for ChecklistItem {
    const TYPE_NAME: &'static str = "microsoft.graph.checklistItem";
    const KEYS: &'static [&'static str] = &[
        "id",
        "checkedDateTime",
        "createdDateTime",
        "displayName",
        "isChecked",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"checkedDateTime\":              ",
        ",\"createdDateTime\":              ",
        ",\"displayName\":                  ",
        ",\"isChecked\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.checklistItem\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "checked_date_time", &self.checked_date_time);
        v.field(2usize, "created_date_time", &self.created_date_time);
        v.field(3usize, "display_name", &self.display_name);
        v.field(4usize, "is_checked", &self.is_checked);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for ChecklistItem {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.checked_date_time.read_from(r),
            2usize => self.created_date_time.read_from(r),
            3usize => self.display_name.read_from(r),
            4usize => self.is_checked.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.checked_date_time);
        w.field(2usize, &self.created_date_time);
        w.field(3usize, &self.display_name);
        w.field(4usize, &self.is_checked);
    }
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
rt::impl_object!(ChecklistItem);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    ChecklistItem { with_id id : ::std::string::String; with_checked_date_time
    checked_date_time : rt::edm::DateTimeOffset; with_created_date_time created_date_time
    : rt::edm::DateTimeOffset; with_display_name display_name : ::std::string::String;
    with_is_checked is_checked : bool; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(ChecklistItem);
#[cfg(msgraph_v1_identity_or_search)]
/// CSDL: `microsoft.graph.claimBinding`, complex type.
///
/// Features: `v1`, or one of `v1-identity`, `v1-search`.
#[derive(Clone)]
pub struct ClaimBinding {
    /// CSDL: property `matchConfidenceLevel`: `microsoft.graph.matchConfidenceLevel`, not nullable.
    pub match_confidence_level: rt::Field<crate::v1::MatchConfidenceLevel>,
    /// CSDL: property `sourceAttribute`: `Edm.String`, not nullable.
    pub source_attribute: rt::Field<::std::string::String>,
    /// CSDL: property `verifiedIdClaim`: `Edm.String`, not nullable.
    pub verified_id_claim: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_or_search)]
impl ::std::default::Default for ClaimBinding {
    #[inline]
    fn default() -> Self {
        Self {
            match_confidence_level: rt::Field::Absent,
            source_attribute: rt::Field::Absent,
            verified_id_claim: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl rt::Object for ClaimBinding {
    const TYPE_NAME: &'static str = "microsoft.graph.claimBinding";
    const KEYS: &'static [&'static str] = &[
        "matchConfidenceLevel",
        "sourceAttribute",
        "verifiedIdClaim",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"matchConfidenceLevel\":         ",
        ",\"sourceAttribute\":              ",
        ",\"verifiedIdClaim\":              ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.claimBinding\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "match_confidence_level", &self.match_confidence_level);
        v.field(1usize, "source_attribute", &self.source_attribute);
        v.field(2usize, "verified_id_claim", &self.verified_id_claim);
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl rt::object::Members for ClaimBinding {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.match_confidence_level.read_from(r),
            1usize => self.source_attribute.read_from(r),
            2usize => self.verified_id_claim.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.match_confidence_level);
        w.field(1usize, &self.source_attribute);
        w.field(2usize, &self.verified_id_claim);
    }
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
rt::impl_object!(ClaimBinding);
#[cfg(msgraph_v1_identity_or_search)]
rt::impl_setters!(
    ClaimBinding { with_match_confidence_level match_confidence_level : crate
    ::v1::MatchConfidenceLevel; with_source_attribute source_attribute :
    ::std::string::String; with_verified_id_claim verified_id_claim :
    ::std::string::String; }
);
#[cfg(msgraph_v1_identity_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ClaimBinding);
#[cfg(msgraph_v1_identity_or_search)]
/// CSDL: `microsoft.graph.claimBindingSource`, enum type.
///
/// Features: `v1`, or one of `v1-identity`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ClaimBindingSource {
    /// `directory` (value 0).
    Directory,
    /// `unknownFutureValue` (value 1).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_identity_or_search)]
impl rt::StrEnum for ClaimBindingSource {
    const TYPE_NAME: &'static str = "microsoft.graph.claimBindingSource";
    const MEMBERS: &'static [&'static str] = &["directory", "unknownFutureValue"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "directory" => Self::Directory,
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
            Self::Directory => "directory",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_identity_or_search)]
rt::impl_enum!(ClaimBindingSource);
#[cfg(msgraph_v1_identity_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ClaimBindingSource);
#[cfg(msgraph_v1_identity_or_search)]
/// CSDL: `microsoft.graph.claimValidation`, complex type.
///
/// Features: `v1`, or one of `v1-identity`, `v1-search`.
#[derive(Clone)]
pub struct ClaimValidation {
    /// CSDL: property `customExtensionId`: `Edm.String`, not nullable.
    pub custom_extension_id: rt::Field<::std::string::String>,
    /// CSDL: property `isEnabled`: `Edm.Boolean`, not nullable.
    pub is_enabled: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_or_search)]
impl ::std::default::Default for ClaimValidation {
    #[inline]
    fn default() -> Self {
        Self {
            custom_extension_id: rt::Field::Absent,
            is_enabled: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl rt::Object for ClaimValidation {
    const TYPE_NAME: &'static str = "microsoft.graph.claimValidation";
    const KEYS: &'static [&'static str] = &["customExtensionId", "isEnabled"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"customExtensionId\":            ",
        ",\"isEnabled\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.claimValidation\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "custom_extension_id", &self.custom_extension_id);
        v.field(1usize, "is_enabled", &self.is_enabled);
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl rt::object::Members for ClaimValidation {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.custom_extension_id.read_from(r),
            1usize => self.is_enabled.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.custom_extension_id);
        w.field(1usize, &self.is_enabled);
    }
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
rt::impl_object!(ClaimValidation);
#[cfg(msgraph_v1_identity_or_search)]
rt::impl_setters!(
    ClaimValidation { with_custom_extension_id custom_extension_id :
    ::std::string::String; with_is_enabled is_enabled : bool; }
);
#[cfg(msgraph_v1_identity_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ClaimValidation);
#[cfg(msgraph_v1_core_or_security)]
/// CSDL: `microsoft.graph.classifcationErrorBase`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ClassifcationErrorBase {
    /// CSDL: property `code`: `Edm.String`, nullable.
    pub code: rt::Field<::std::string::String>,
    /// CSDL: property `innerError`: `microsoft.graph.classificationInnerError`, nullable.
    pub inner_error: rt::Field<crate::v1::ClassificationInnerError>,
    /// CSDL: property `message`: `Edm.String`, nullable.
    pub message: rt::Field<::std::string::String>,
    /// CSDL: property `target`: `Edm.String`, nullable.
    pub target: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_security)]
impl ::std::default::Default for ClassifcationErrorBase {
    #[inline]
    fn default() -> Self {
        Self {
            code: rt::Field::Absent,
            inner_error: rt::Field::Absent,
            message: rt::Field::Absent,
            target: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_security)]
impl rt::Object for ClassifcationErrorBase {
    const TYPE_NAME: &'static str = "microsoft.graph.classifcationErrorBase";
    const KEYS: &'static [&'static str] = &["code", "innerError", "message", "target"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"code\":                         ",
        ",\"innerError\":                   ",
        ",\"message\":                      ",
        ",\"target\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.classifcationErrorBase\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "code", &self.code);
        v.field(1usize, "inner_error", &self.inner_error);
        v.field(2usize, "message", &self.message);
        v.field(3usize, "target", &self.target);
    }
}
#[cfg(msgraph_v1_core_or_security)]
impl rt::object::Members for ClassifcationErrorBase {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.code.read_from(r),
            1usize => self.inner_error.read_from(r),
            2usize => self.message.read_from(r),
            3usize => self.target.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.code);
        w.field(1usize, &self.inner_error);
        w.field(2usize, &self.message);
        w.field(3usize, &self.target);
    }
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
rt::impl_object!(ClassifcationErrorBase);
#[cfg(msgraph_v1_core_or_security)]
rt::impl_setters!(
    ClassifcationErrorBase { with_code code : ::std::string::String; with_inner_error
    inner_error : crate ::v1::ClassificationInnerError; with_message message :
    ::std::string::String; with_target target : ::std::string::String; }
);
#[cfg(msgraph_v1_core_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(ClassifcationErrorBase);
#[cfg(msgraph_v1_core_or_security)]
/// `microsoft.graph.classifcationErrorBase` or any type derived from it, selected by `@odata.type` (3 types); each variant's type converts into it (`From`).
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Debug)]
pub enum AnyClassifcationErrorBase {
    ClassifcationErrorBase(::std::boxed::Box<crate::v1::ClassifcationErrorBase>),
    ClassificationError(::std::boxed::Box<crate::v1::ClassificationError>),
    ProcessingError(::std::boxed::Box<crate::v1::ProcessingError>),
}
#[cfg(msgraph_v1_core_or_security)]
impl ::std::default::Default for AnyClassifcationErrorBase {
    #[inline]
    fn default() -> Self {
        Self::ClassifcationErrorBase(::std::default::Default::default())
    }
}
#[cfg(msgraph_v1_core_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::ClassifcationErrorBase>
for AnyClassifcationErrorBase {
    #[inline]
    fn from(v: crate::v1::ClassifcationErrorBase) -> Self {
        Self::ClassifcationErrorBase(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::ClassificationError> for AnyClassifcationErrorBase {
    #[inline]
    fn from(v: crate::v1::ClassificationError) -> Self {
        Self::ClassificationError(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::ProcessingError> for AnyClassifcationErrorBase {
    #[inline]
    fn from(v: crate::v1::ProcessingError) -> Self {
        Self::ProcessingError(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core_or_security)]
unsafe impl ::std::marker::Send for AnyClassifcationErrorBase {}
#[cfg(msgraph_v1_core_or_security)]
unsafe impl ::std::marker::Sync for AnyClassifcationErrorBase {}
#[cfg(msgraph_v1_core_or_security)]
impl ::std::marker::Unpin for AnyClassifcationErrorBase {}
#[cfg(msgraph_v1_core_or_security)]
impl ::std::panic::UnwindSafe for AnyClassifcationErrorBase {}
#[cfg(msgraph_v1_core_or_security)]
impl ::std::panic::RefUnwindSafe for AnyClassifcationErrorBase {}
#[cfg(msgraph_v1_core_or_security)]
const _: () = {
    rt::object::auto_traits::<crate::v1::ClassifcationErrorBase>();
    rt::object::auto_traits::<crate::v1::ClassificationError>();
    rt::object::auto_traits::<crate::v1::ProcessingError>();
};
#[cfg(msgraph_v1_core_or_security)]
impl rt::Poly for AnyClassifcationErrorBase {
    const BASE_NAME: &'static str = "microsoft.graph.classifcationErrorBase";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some("microsoft.graph.classificationError") => {
                Self::ClassificationError(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.processingError") => {
                Self::ProcessingError(rt::object::new_boxed())
            }
            _ => Self::ClassifcationErrorBase(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::ClassifcationErrorBase(v) => &**v,
            Self::ClassificationError(v) => &**v,
            Self::ProcessingError(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::ClassifcationErrorBase(v) => &mut **v,
            Self::ClassificationError(v) => &mut **v,
            Self::ProcessingError(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_v1_core_or_security)]
impl AnyClassifcationErrorBase {
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
    /// `code` of any variant.
    #[inline]
    pub fn code(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::ClassifcationErrorBase(v) => &v.code,
            Self::ClassificationError(v) => &v.code,
            Self::ProcessingError(v) => &v.code,
        }
    }
    /// `code` of any variant.
    #[inline]
    pub fn code_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ClassifcationErrorBase(v) => &mut v.code,
            Self::ClassificationError(v) => &mut v.code,
            Self::ProcessingError(v) => &mut v.code,
        }
    }
    /// `innerError` of any variant.
    #[inline]
    pub fn inner_error(&self) -> &rt::Field<crate::v1::ClassificationInnerError> {
        match self {
            Self::ClassifcationErrorBase(v) => &v.inner_error,
            Self::ClassificationError(v) => &v.inner_error,
            Self::ProcessingError(v) => &v.inner_error,
        }
    }
    /// `innerError` of any variant.
    #[inline]
    pub fn inner_error_mut(
        &mut self,
    ) -> &mut rt::Field<crate::v1::ClassificationInnerError> {
        match self {
            Self::ClassifcationErrorBase(v) => &mut v.inner_error,
            Self::ClassificationError(v) => &mut v.inner_error,
            Self::ProcessingError(v) => &mut v.inner_error,
        }
    }
    /// `message` of any variant.
    #[inline]
    pub fn message(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::ClassifcationErrorBase(v) => &v.message,
            Self::ClassificationError(v) => &v.message,
            Self::ProcessingError(v) => &v.message,
        }
    }
    /// `message` of any variant.
    #[inline]
    pub fn message_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ClassifcationErrorBase(v) => &mut v.message,
            Self::ClassificationError(v) => &mut v.message,
            Self::ProcessingError(v) => &mut v.message,
        }
    }
    /// `target` of any variant.
    #[inline]
    pub fn target(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::ClassifcationErrorBase(v) => &v.target,
            Self::ClassificationError(v) => &v.target,
            Self::ProcessingError(v) => &v.target,
        }
    }
    /// `target` of any variant.
    #[inline]
    pub fn target_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ClassifcationErrorBase(v) => &mut v.target,
            Self::ClassificationError(v) => &mut v.target,
            Self::ProcessingError(v) => &mut v.target,
        }
    }
}
#[cfg(msgraph_v1_core_or_security)]
rt::impl_poly!(AnyClassifcationErrorBase);
#[cfg(msgraph_v1_core_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyClassifcationErrorBase);
#[cfg(msgraph_v1_core_or_security)]
/// CSDL: `microsoft.graph.classificationError`, complex type, derived from `microsoft.graph.classifcationErrorBase`.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ClassificationError {
    /// CSDL: property `code`: `Edm.String`, nullable.
    pub code: rt::Field<::std::string::String>,
    /// CSDL: property `innerError`: `microsoft.graph.classificationInnerError`, nullable.
    pub inner_error: rt::Field<crate::v1::ClassificationInnerError>,
    /// CSDL: property `message`: `Edm.String`, nullable.
    pub message: rt::Field<::std::string::String>,
    /// CSDL: property `target`: `Edm.String`, nullable.
    pub target: rt::Field<::std::string::String>,
    /// CSDL: property `details`: `Collection(microsoft.graph.classifcationErrorBase)`, nullable.
    pub details: rt::Field<::std::vec::Vec<crate::v1::AnyClassifcationErrorBase>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_security)]
impl ::std::default::Default for ClassificationError {
    #[inline]
    fn default() -> Self {
        Self {
            code: rt::Field::Absent,
            inner_error: rt::Field::Absent,
            message: rt::Field::Absent,
            target: rt::Field::Absent,
            details: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_security)]
impl rt::Object for ClassificationError {
    const TYPE_NAME: &'static str = "microsoft.graph.classificationError";
    const KEYS: &'static [&'static str] = &[
        "code",
        "innerError",
        "message",
        "target",
        "details",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"code\":                         ",
        ",\"innerError\":                   ",
        ",\"message\":                      ",
        ",\"target\":                       ",
        ",\"details\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.classificationError\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "code", &self.code);
        v.field(1usize, "inner_error", &self.inner_error);
        v.field(2usize, "message", &self.message);
        v.field(3usize, "target", &self.target);
        v.field(4usize, "details", &self.details);
    }
}
#[cfg(msgraph_v1_core_or_security)]
impl rt::object::Members for ClassificationError {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.code.read_from(r),
            1usize => self.inner_error.read_from(r),
            2usize => self.message.read_from(r),
            3usize => self.target.read_from(r),
            4usize => self.details.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.code);
        w.field(1usize, &self.inner_error);
        w.field(2usize, &self.message);
        w.field(3usize, &self.target);
        w.field(4usize, &self.details);
    }
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
rt::impl_object!(ClassificationError);
#[cfg(msgraph_v1_core_or_security)]
rt::impl_setters!(
    ClassificationError { with_code code : ::std::string::String; with_inner_error
    inner_error : crate ::v1::ClassificationInnerError; with_message message :
    ::std::string::String; with_target target : ::std::string::String; with_details
    details : ::std::vec::Vec < crate ::v1::AnyClassifcationErrorBase >; }
);
#[cfg(msgraph_v1_core_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(ClassificationError);
#[cfg(msgraph_v1_core_or_security)]
/// `microsoft.graph.classificationError` or any type derived from it, selected by `@odata.type` (2 types); each variant's type converts into it (`From`).
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Debug)]
pub enum AnyClassificationError {
    ClassificationError(::std::boxed::Box<crate::v1::ClassificationError>),
    ProcessingError(::std::boxed::Box<crate::v1::ProcessingError>),
}
#[cfg(msgraph_v1_core_or_security)]
impl ::std::default::Default for AnyClassificationError {
    #[inline]
    fn default() -> Self {
        Self::ClassificationError(::std::default::Default::default())
    }
}
#[cfg(msgraph_v1_core_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::ClassificationError> for AnyClassificationError {
    #[inline]
    fn from(v: crate::v1::ClassificationError) -> Self {
        Self::ClassificationError(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::ProcessingError> for AnyClassificationError {
    #[inline]
    fn from(v: crate::v1::ProcessingError) -> Self {
        Self::ProcessingError(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core_or_security)]
unsafe impl ::std::marker::Send for AnyClassificationError {}
#[cfg(msgraph_v1_core_or_security)]
unsafe impl ::std::marker::Sync for AnyClassificationError {}
#[cfg(msgraph_v1_core_or_security)]
impl ::std::marker::Unpin for AnyClassificationError {}
#[cfg(msgraph_v1_core_or_security)]
impl ::std::panic::UnwindSafe for AnyClassificationError {}
#[cfg(msgraph_v1_core_or_security)]
impl ::std::panic::RefUnwindSafe for AnyClassificationError {}
#[cfg(msgraph_v1_core_or_security)]
const _: () = {
    rt::object::auto_traits::<crate::v1::ClassificationError>();
    rt::object::auto_traits::<crate::v1::ProcessingError>();
};
#[cfg(msgraph_v1_core_or_security)]
impl rt::Poly for AnyClassificationError {
    const BASE_NAME: &'static str = "microsoft.graph.classificationError";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some("microsoft.graph.processingError") => {
                Self::ProcessingError(rt::object::new_boxed())
            }
            _ => Self::ClassificationError(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::ClassificationError(v) => &**v,
            Self::ProcessingError(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::ClassificationError(v) => &mut **v,
            Self::ProcessingError(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_v1_core_or_security)]
impl AnyClassificationError {
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
    /// `code` of any variant.
    #[inline]
    pub fn code(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::ClassificationError(v) => &v.code,
            Self::ProcessingError(v) => &v.code,
        }
    }
    /// `code` of any variant.
    #[inline]
    pub fn code_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ClassificationError(v) => &mut v.code,
            Self::ProcessingError(v) => &mut v.code,
        }
    }
    /// `innerError` of any variant.
    #[inline]
    pub fn inner_error(&self) -> &rt::Field<crate::v1::ClassificationInnerError> {
        match self {
            Self::ClassificationError(v) => &v.inner_error,
            Self::ProcessingError(v) => &v.inner_error,
        }
    }
    /// `innerError` of any variant.
    #[inline]
    pub fn inner_error_mut(
        &mut self,
    ) -> &mut rt::Field<crate::v1::ClassificationInnerError> {
        match self {
            Self::ClassificationError(v) => &mut v.inner_error,
            Self::ProcessingError(v) => &mut v.inner_error,
        }
    }
    /// `message` of any variant.
    #[inline]
    pub fn message(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::ClassificationError(v) => &v.message,
            Self::ProcessingError(v) => &v.message,
        }
    }
    /// `message` of any variant.
    #[inline]
    pub fn message_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ClassificationError(v) => &mut v.message,
            Self::ProcessingError(v) => &mut v.message,
        }
    }
    /// `target` of any variant.
    #[inline]
    pub fn target(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::ClassificationError(v) => &v.target,
            Self::ProcessingError(v) => &v.target,
        }
    }
    /// `target` of any variant.
    #[inline]
    pub fn target_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ClassificationError(v) => &mut v.target,
            Self::ProcessingError(v) => &mut v.target,
        }
    }
    /// `details` of any variant.
    #[inline]
    pub fn details(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::v1::AnyClassifcationErrorBase>> {
        match self {
            Self::ClassificationError(v) => &v.details,
            Self::ProcessingError(v) => &v.details,
        }
    }
    /// `details` of any variant.
    #[inline]
    pub fn details_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::v1::AnyClassifcationErrorBase>> {
        match self {
            Self::ClassificationError(v) => &mut v.details,
            Self::ProcessingError(v) => &mut v.details,
        }
    }
}
#[cfg(msgraph_v1_core_or_security)]
rt::impl_poly!(AnyClassificationError);
#[cfg(msgraph_v1_core_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyClassificationError);
#[cfg(msgraph_v1_core_or_security)]
/// CSDL: `microsoft.graph.classificationInnerError`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ClassificationInnerError {
    /// CSDL: property `activityId`: `Edm.String`, nullable.
    pub activity_id: rt::Field<::std::string::String>,
    /// CSDL: property `clientRequestId`: `Edm.String`, nullable.
    pub client_request_id: rt::Field<::std::string::String>,
    /// CSDL: property `code`: `Edm.String`, nullable.
    pub code: rt::Field<::std::string::String>,
    /// CSDL: property `errorDateTime`: `Edm.DateTimeOffset`, nullable.
    pub error_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_security)]
impl ::std::default::Default for ClassificationInnerError {
    #[inline]
    fn default() -> Self {
        Self {
            activity_id: rt::Field::Absent,
            client_request_id: rt::Field::Absent,
            code: rt::Field::Absent,
            error_date_time: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_security)]
impl rt::Object for ClassificationInnerError {
    const TYPE_NAME: &'static str = "microsoft.graph.classificationInnerError";
    const KEYS: &'static [&'static str] = &[
        "activityId",
        "clientRequestId",
        "code",
        "errorDateTime",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"activityId\":                   ",
        ",\"clientRequestId\":              ",
        ",\"code\":                         ",
        ",\"errorDateTime\":                ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.classificationInnerError\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "activity_id", &self.activity_id);
        v.field(1usize, "client_request_id", &self.client_request_id);
        v.field(2usize, "code", &self.code);
        v.field(3usize, "error_date_time", &self.error_date_time);
    }
}
#[cfg(msgraph_v1_core_or_security)]
impl rt::object::Members for ClassificationInnerError {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.activity_id.read_from(r),
            1usize => self.client_request_id.read_from(r),
            2usize => self.code.read_from(r),
            3usize => self.error_date_time.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.activity_id);
        w.field(1usize, &self.client_request_id);
        w.field(2usize, &self.code);
        w.field(3usize, &self.error_date_time);
    }
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
rt::impl_object!(ClassificationInnerError);
#[cfg(msgraph_v1_core_or_security)]
rt::impl_setters!(
    ClassificationInnerError { with_activity_id activity_id : ::std::string::String;
    with_client_request_id client_request_id : ::std::string::String; with_code code :
    ::std::string::String; with_error_date_time error_date_time :
    rt::edm::DateTimeOffset; }
);
#[cfg(msgraph_v1_core_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(ClassificationInnerError);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.clickSource`, enum type.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ClickSource {
    /// `unknown` (value 0).
    Unknown,
    /// `qrCode` (value 1).
    QrCode,
    /// `phishingUrl` (value 2).
    PhishingUrl,
    /// `unknownFutureValue` (value 3).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::StrEnum for ClickSource {
    const TYPE_NAME: &'static str = "microsoft.graph.clickSource";
    const MEMBERS: &'static [&'static str] = &[
        "unknown",
        "qrCode",
        "phishingUrl",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "unknown" => Self::Unknown,
                "qrCode" => Self::QrCode,
                "phishingUrl" => Self::PhishingUrl,
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
            Self::QrCode => "qrCode",
            Self::PhishingUrl => "phishingUrl",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
rt::impl_enum!(ClickSource);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(ClickSource);
#[cfg(msgraph_v1_identity_or_search)]
/// CSDL: `microsoft.graph.clientCertificateAuthentication`, complex type, derived from `microsoft.graph.apiAuthenticationConfigurationBase`.
///
/// Features: `v1`, or one of `v1-identity`, `v1-search`.
#[derive(Clone)]
pub struct ClientCertificateAuthentication {
    /// CSDL: property `certificateList`: `Collection(microsoft.graph.pkcs12CertificateInformation)`, nullable.
    pub certificate_list: rt::Field<
        ::std::vec::Vec<crate::v1::Pkcs12CertificateInformation>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_or_search)]
impl ::std::default::Default for ClientCertificateAuthentication {
    #[inline]
    fn default() -> Self {
        Self {
            certificate_list: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl rt::Object for ClientCertificateAuthentication {
    const TYPE_NAME: &'static str = "microsoft.graph.clientCertificateAuthentication";
    const KEYS: &'static [&'static str] = &["certificateList"];
    const KEYS_JSON: &'static [&'static str] = &[",\"certificateList\":              "];
    const TAG: &'static str = "\"#microsoft.graph.clientCertificateAuthentication\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "certificate_list", &self.certificate_list);
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl rt::object::Members for ClientCertificateAuthentication {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.certificate_list.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.certificate_list);
    }
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
rt::impl_object!(ClientCertificateAuthentication);
#[cfg(msgraph_v1_identity_or_search)]
rt::impl_setters!(
    ClientCertificateAuthentication { with_certificate_list certificate_list :
    ::std::vec::Vec < crate ::v1::Pkcs12CertificateInformation >; }
);
#[cfg(msgraph_v1_identity_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ClientCertificateAuthentication);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.clonableTeamParts`, enum type, flags (comma-separated in JSON).
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ClonableTeamParts {
    /// `apps` (value 1).
    Apps,
    /// `tabs` (value 2).
    Tabs,
    /// `settings` (value 4).
    Settings,
    /// `channels` (value 8).
    Channels,
    /// `members` (value 16).
    Members,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_core)]
impl rt::StrEnum for ClonableTeamParts {
    const TYPE_NAME: &'static str = "microsoft.graph.clonableTeamParts";
    const MEMBERS: &'static [&'static str] = &[
        "apps",
        "tabs",
        "settings",
        "channels",
        "members",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "apps" => Self::Apps,
                "tabs" => Self::Tabs,
                "settings" => Self::Settings,
                "channels" => Self::Channels,
                "members" => Self::Members,
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
            Self::Apps => "apps",
            Self::Tabs => "tabs",
            Self::Settings => "settings",
            Self::Channels => "channels",
            Self::Members => "members",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_core)]
rt::impl_enum!(ClonableTeamParts);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(ClonableTeamParts);
#[cfg(msgraph_v1_identity_or_policies_or_search)]
/// CSDL: `microsoft.graph.cloudAppSecuritySessionControl`, complex type, derived from `microsoft.graph.conditionalAccessSessionControl`.
///
/// Features: `v1`, or one of `v1-identity`, `v1-policies`, `v1-search`.
#[derive(Clone)]
pub struct CloudAppSecuritySessionControl {
    /// CSDL: property `isEnabled`: `Edm.Boolean`, nullable.
    pub is_enabled: rt::Field<bool>,
    /// CSDL: property `cloudAppSecurityType`: `microsoft.graph.cloudAppSecuritySessionControlType`, nullable.
    pub cloud_app_security_type: rt::Field<
        crate::v1::CloudAppSecuritySessionControlType,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_or_policies_or_search)]
impl ::std::default::Default for CloudAppSecuritySessionControl {
    #[inline]
    fn default() -> Self {
        Self {
            is_enabled: rt::Field::Absent,
            cloud_app_security_type: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_or_policies_or_search)]
impl rt::Object for CloudAppSecuritySessionControl {
    const TYPE_NAME: &'static str = "microsoft.graph.cloudAppSecuritySessionControl";
    const KEYS: &'static [&'static str] = &["isEnabled", "cloudAppSecurityType"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"isEnabled\":                    ",
        ",\"cloudAppSecurityType\":         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.cloudAppSecuritySessionControl\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "is_enabled", &self.is_enabled);
        v.field(1usize, "cloud_app_security_type", &self.cloud_app_security_type);
    }
}
#[cfg(msgraph_v1_identity_or_policies_or_search)]
impl rt::object::Members for CloudAppSecuritySessionControl {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.is_enabled.read_from(r),
            1usize => self.cloud_app_security_type.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.is_enabled);
        w.field(1usize, &self.cloud_app_security_type);
    }
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
rt::impl_object!(CloudAppSecuritySessionControl);
#[cfg(msgraph_v1_identity_or_policies_or_search)]
rt::impl_setters!(
    CloudAppSecuritySessionControl { with_is_enabled is_enabled : bool;
    with_cloud_app_security_type cloud_app_security_type : crate
    ::v1::CloudAppSecuritySessionControlType; }
);
#[cfg(msgraph_v1_identity_or_policies_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(CloudAppSecuritySessionControl);
#[cfg(msgraph_v1_identity_or_policies_or_search)]
/// CSDL: `microsoft.graph.cloudAppSecuritySessionControlType`, enum type.
///
/// Features: `v1`, or one of `v1-identity`, `v1-policies`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum CloudAppSecuritySessionControlType {
    /// `mcasConfigured` (value 0).
    McasConfigured,
    /// `monitorOnly` (value 1).
    MonitorOnly,
    /// `blockDownloads` (value 2).
    BlockDownloads,
    /// `unknownFutureValue` (value 3).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_identity_or_policies_or_search)]
impl rt::StrEnum for CloudAppSecuritySessionControlType {
    const TYPE_NAME: &'static str = "microsoft.graph.cloudAppSecuritySessionControlType";
    const MEMBERS: &'static [&'static str] = &[
        "mcasConfigured",
        "monitorOnly",
        "blockDownloads",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "mcasConfigured" => Self::McasConfigured,
                "monitorOnly" => Self::MonitorOnly,
                "blockDownloads" => Self::BlockDownloads,
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
            Self::McasConfigured => "mcasConfigured",
            Self::MonitorOnly => "monitorOnly",
            Self::BlockDownloads => "blockDownloads",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_identity_or_policies_or_search)]
rt::impl_enum!(CloudAppSecuritySessionControlType);
#[cfg(msgraph_v1_identity_or_policies_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(CloudAppSecuritySessionControlType);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.cloudClipboardItem`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct CloudClipboardItem {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `expirationDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub expiration_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `payloads`: `Collection(microsoft.graph.cloudClipboardItemPayload)`, not nullable.
    pub payloads: rt::Field<::std::vec::Vec<crate::v1::CloudClipboardItemPayload>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for CloudClipboardItem {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            expiration_date_time: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            payloads: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for CloudClipboardItem {
    const TYPE_NAME: &'static str = "microsoft.graph.cloudClipboardItem";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdDateTime",
        "expirationDateTime",
        "lastModifiedDateTime",
        "payloads",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdDateTime\":              ",
        ",\"expirationDateTime\":           ",
        ",\"lastModifiedDateTime\":         ",
        ",\"payloads\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.cloudClipboardItem\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_date_time", &self.created_date_time);
        v.field(2usize, "expiration_date_time", &self.expiration_date_time);
        v.field(3usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(4usize, "payloads", &self.payloads);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for CloudClipboardItem {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_date_time.read_from(r),
            2usize => self.expiration_date_time.read_from(r),
            3usize => self.last_modified_date_time.read_from(r),
            4usize => self.payloads.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.created_date_time);
        w.field(2usize, &self.expiration_date_time);
        w.field(3usize, &self.last_modified_date_time);
        w.field(4usize, &self.payloads);
    }
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
rt::impl_object!(CloudClipboardItem);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    CloudClipboardItem { with_id id : ::std::string::String; with_created_date_time
    created_date_time : rt::edm::DateTimeOffset; with_expiration_date_time
    expiration_date_time : rt::edm::DateTimeOffset; with_last_modified_date_time
    last_modified_date_time : rt::edm::DateTimeOffset; with_payloads payloads :
    ::std::vec::Vec < crate ::v1::CloudClipboardItemPayload >; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(CloudClipboardItem);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.cloudClipboardItemPayload`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct CloudClipboardItemPayload {
    /// CSDL: property `content`: `Edm.String`, not nullable.
    pub content: rt::Field<::std::string::String>,
    /// CSDL: property `formatName`: `Edm.String`, not nullable.
    pub format_name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for CloudClipboardItemPayload {
    #[inline]
    fn default() -> Self {
        Self {
            content: rt::Field::Absent,
            format_name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for CloudClipboardItemPayload {
    const TYPE_NAME: &'static str = "microsoft.graph.cloudClipboardItemPayload";
    const KEYS: &'static [&'static str] = &["content", "formatName"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"content\":                      ",
        ",\"formatName\":                   ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.cloudClipboardItemPayload\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "content", &self.content);
        v.field(1usize, "format_name", &self.format_name);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for CloudClipboardItemPayload {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.content.read_from(r),
            1usize => self.format_name.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.content);
        w.field(1usize, &self.format_name);
    }
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
rt::impl_object!(CloudClipboardItemPayload);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    CloudClipboardItemPayload { with_content content : ::std::string::String;
    with_format_name format_name : ::std::string::String; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(CloudClipboardItemPayload);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.cloudClipboardRoot`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`CloudClipboardRootPath`](requests/trait.CloudClipboardRootPath.html), what a path to one (`EntityPath<CloudClipboardRoot, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct CloudClipboardRoot {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `items`: `Collection(microsoft.graph.cloudClipboardItem)`, not nullable.
    pub items: rt::Field<::std::vec::Vec<crate::v1::CloudClipboardItem>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for CloudClipboardRoot {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            items: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for CloudClipboardRoot {
    const TYPE_NAME: &'static str = "microsoft.graph.cloudClipboardRoot";
    const KEYS: &'static [&'static str] = &["id", "items"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"items\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.cloudClipboardRoot\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "items", &self.items);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for CloudClipboardRoot {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.items.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.items);
    }
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
rt::impl_object!(CloudClipboardRoot);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    CloudClipboardRoot { with_id id : ::std::string::String; with_items items :
    ::std::vec::Vec < crate ::v1::CloudClipboardItem >; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(CloudClipboardRoot);
#[cfg(msgraph_v1_identity_or_search)]
/// CSDL: `microsoft.graph.cloudFlareRuleModel`, complex type.
///
/// Features: `v1`, or one of `v1-identity`, `v1-search`.
#[derive(Clone)]
pub struct CloudFlareRuleModel {
    /// CSDL: property `action`: `Edm.String`, nullable.
    pub action: rt::Field<::std::string::String>,
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// CSDL: property `ruleId`: `Edm.String`, nullable.
    pub rule_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_or_search)]
impl ::std::default::Default for CloudFlareRuleModel {
    #[inline]
    fn default() -> Self {
        Self {
            action: rt::Field::Absent,
            name: rt::Field::Absent,
            rule_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl rt::Object for CloudFlareRuleModel {
    const TYPE_NAME: &'static str = "microsoft.graph.cloudFlareRuleModel";
    const KEYS: &'static [&'static str] = &["action", "name", "ruleId"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"action\":                       ",
        ",\"name\":                         ",
        ",\"ruleId\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.cloudFlareRuleModel\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "action", &self.action);
        v.field(1usize, "name", &self.name);
        v.field(2usize, "rule_id", &self.rule_id);
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl rt::object::Members for CloudFlareRuleModel {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.action.read_from(r),
            1usize => self.name.read_from(r),
            2usize => self.rule_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.action);
        w.field(1usize, &self.name);
        w.field(2usize, &self.rule_id);
    }
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
rt::impl_object!(CloudFlareRuleModel);
#[cfg(msgraph_v1_identity_or_search)]
rt::impl_setters!(
    CloudFlareRuleModel { with_action action : ::std::string::String; with_name name :
    ::std::string::String; with_rule_id rule_id : ::std::string::String; }
);
#[cfg(msgraph_v1_identity_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(CloudFlareRuleModel);
#[cfg(msgraph_v1_identity_or_search)]
/// CSDL: `microsoft.graph.cloudFlareRulesetModel`, complex type.
///
/// Features: `v1`, or one of `v1-identity`, `v1-search`.
#[derive(Clone)]
pub struct CloudFlareRulesetModel {
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// CSDL: property `phaseName`: `Edm.String`, nullable.
    pub phase_name: rt::Field<::std::string::String>,
    /// CSDL: property `rulesetId`: `Edm.String`, nullable.
    pub ruleset_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_or_search)]
impl ::std::default::Default for CloudFlareRulesetModel {
    #[inline]
    fn default() -> Self {
        Self {
            name: rt::Field::Absent,
            phase_name: rt::Field::Absent,
            ruleset_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl rt::Object for CloudFlareRulesetModel {
    const TYPE_NAME: &'static str = "microsoft.graph.cloudFlareRulesetModel";
    const KEYS: &'static [&'static str] = &["name", "phaseName", "rulesetId"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"name\":                         ",
        ",\"phaseName\":                    ",
        ",\"rulesetId\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.cloudFlareRulesetModel\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "name", &self.name);
        v.field(1usize, "phase_name", &self.phase_name);
        v.field(2usize, "ruleset_id", &self.ruleset_id);
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl rt::object::Members for CloudFlareRulesetModel {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.name.read_from(r),
            1usize => self.phase_name.read_from(r),
            2usize => self.ruleset_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.name);
        w.field(1usize, &self.phase_name);
        w.field(2usize, &self.ruleset_id);
    }
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
rt::impl_object!(CloudFlareRulesetModel);
#[cfg(msgraph_v1_identity_or_search)]
rt::impl_setters!(
    CloudFlareRulesetModel { with_name name : ::std::string::String; with_phase_name
    phase_name : ::std::string::String; with_ruleset_id ruleset_id :
    ::std::string::String; }
);
#[cfg(msgraph_v1_identity_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(CloudFlareRulesetModel);
#[cfg(msgraph_v1_identity_or_search)]
/// CSDL: `microsoft.graph.cloudFlareVerifiedDetailsModel`, complex type, derived from `microsoft.graph.webApplicationFirewallVerifiedDetails`.
///
/// Features: `v1`, or one of `v1-identity`, `v1-search`.
#[derive(Clone)]
pub struct CloudFlareVerifiedDetailsModel {
    /// CSDL: property `dnsConfiguration`: `microsoft.graph.webApplicationFirewallDnsConfiguration`, nullable.
    pub dns_configuration: rt::Field<crate::v1::WebApplicationFirewallDnsConfiguration>,
    /// CSDL: property `enabledCustomRules`: `Collection(microsoft.graph.cloudFlareRuleModel)`, not nullable.
    pub enabled_custom_rules: rt::Field<::std::vec::Vec<crate::v1::CloudFlareRuleModel>>,
    /// CSDL: property `enabledRecommendedRulesets`: `Collection(microsoft.graph.cloudFlareRulesetModel)`, not nullable.
    pub enabled_recommended_rulesets: rt::Field<
        ::std::vec::Vec<crate::v1::CloudFlareRulesetModel>,
    >,
    /// CSDL: property `zoneId`: `Edm.String`, nullable.
    pub zone_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_or_search)]
impl ::std::default::Default for CloudFlareVerifiedDetailsModel {
    #[inline]
    fn default() -> Self {
        Self {
            dns_configuration: rt::Field::Absent,
            enabled_custom_rules: rt::Field::Absent,
            enabled_recommended_rulesets: rt::Field::Absent,
            zone_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl rt::Object for CloudFlareVerifiedDetailsModel {
    const TYPE_NAME: &'static str = "microsoft.graph.cloudFlareVerifiedDetailsModel";
    const KEYS: &'static [&'static str] = &[
        "dnsConfiguration",
        "enabledCustomRules",
        "enabledRecommendedRulesets",
        "zoneId",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"dnsConfiguration\":             ",
        ",\"enabledCustomRules\":           ",
        ",\"enabledRecommendedRulesets\":   ",
        ",\"zoneId\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.cloudFlareVerifiedDetailsModel\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dns_configuration", &self.dns_configuration);
        v.field(1usize, "enabled_custom_rules", &self.enabled_custom_rules);
        v.field(
            2usize,
            "enabled_recommended_rulesets",
            &self.enabled_recommended_rulesets,
        );
        v.field(3usize, "zone_id", &self.zone_id);
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl rt::object::Members for CloudFlareVerifiedDetailsModel {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.dns_configuration.read_from(r),
            1usize => self.enabled_custom_rules.read_from(r),
            2usize => self.enabled_recommended_rulesets.read_from(r),
            3usize => self.zone_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.dns_configuration);
        w.field(1usize, &self.enabled_custom_rules);
        w.field(2usize, &self.enabled_recommended_rulesets);
        w.field(3usize, &self.zone_id);
    }
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
rt::impl_object!(CloudFlareVerifiedDetailsModel);
#[cfg(msgraph_v1_identity_or_search)]
rt::impl_setters!(
    CloudFlareVerifiedDetailsModel { with_dns_configuration dns_configuration : crate
    ::v1::WebApplicationFirewallDnsConfiguration; with_enabled_custom_rules
    enabled_custom_rules : ::std::vec::Vec < crate ::v1::CloudFlareRuleModel >;
    with_enabled_recommended_rulesets enabled_recommended_rulesets : ::std::vec::Vec <
    crate ::v1::CloudFlareRulesetModel >; with_zone_id zone_id : ::std::string::String; }
);
#[cfg(msgraph_v1_identity_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(CloudFlareVerifiedDetailsModel);
#[cfg(msgraph_v1_identity_or_search)]
/// CSDL: `microsoft.graph.cloudFlareWebApplicationFirewallProvider`, entity type, derived from `microsoft.graph.webApplicationFirewallProvider`, key `id`.
///
/// Request builders: [`WebApplicationFirewallProviderPath`](requests/trait.WebApplicationFirewallProviderPath.html), what a path to one (`EntityPath<CloudFlareWebApplicationFirewallProvider, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-identity`, `v1-search`.
#[derive(Clone)]
pub struct CloudFlareWebApplicationFirewallProvider {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, not nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `apiToken`: `Edm.String`, nullable.
    pub api_token: rt::Field<::std::string::String>,
    /// CSDL: property `zoneId`: `Edm.String`, nullable.
    pub zone_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_or_search)]
impl ::std::default::Default for CloudFlareWebApplicationFirewallProvider {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            display_name: rt::Field::Absent,
            api_token: rt::Field::Absent,
            zone_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl rt::Object for CloudFlareWebApplicationFirewallProvider {
    const TYPE_NAME: &'static str = "microsoft.graph.cloudFlareWebApplicationFirewallProvider";
    const KEYS: &'static [&'static str] = &["id", "displayName", "apiToken", "zoneId"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"displayName\":                  ",
        ",\"apiToken\":                     ",
        ",\"zoneId\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.cloudFlareWebApplicationFirewallProvider\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "display_name", &self.display_name);
        v.field(2usize, "api_token", &self.api_token);
        v.field(3usize, "zone_id", &self.zone_id);
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl rt::object::Members for CloudFlareWebApplicationFirewallProvider {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.display_name.read_from(r),
            2usize => self.api_token.read_from(r),
            3usize => self.zone_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.display_name);
        w.field(2usize, &self.api_token);
        w.field(3usize, &self.zone_id);
    }
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
rt::impl_object!(CloudFlareWebApplicationFirewallProvider);
#[cfg(msgraph_v1_identity_or_search)]
rt::impl_setters!(
    CloudFlareWebApplicationFirewallProvider { with_id id : ::std::string::String;
    with_display_name display_name : ::std::string::String; with_api_token api_token :
    ::std::string::String; with_zone_id zone_id : ::std::string::String; }
);
#[cfg(msgraph_v1_identity_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(CloudFlareWebApplicationFirewallProvider);
#[cfg(msgraph_v1_device_management_or_search)]
/// CSDL: `microsoft.graph.cloudPcDomainJoinConfiguration`, complex type.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone)]
pub struct CloudPcDomainJoinConfiguration {
    /// CSDL: property `domainJoinType`: `microsoft.graph.cloudPcDomainJoinType`, nullable.
    pub domain_join_type: rt::Field<crate::v1::CloudPcDomainJoinType>,
    /// CSDL: property `onPremisesConnectionId`: `Edm.String`, nullable.
    pub on_premises_connection_id: rt::Field<::std::string::String>,
    /// CSDL: property `regionGroup`: `microsoft.graph.cloudPcRegionGroup`, nullable.
    pub region_group: rt::Field<crate::v1::CloudPcRegionGroup>,
    /// CSDL: property `regionName`: `Edm.String`, nullable.
    pub region_name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default for CloudPcDomainJoinConfiguration {
    #[inline]
    fn default() -> Self {
        Self {
            domain_join_type: rt::Field::Absent,
            on_premises_connection_id: rt::Field::Absent,
            region_group: rt::Field::Absent,
            region_name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object for CloudPcDomainJoinConfiguration {
    const TYPE_NAME: &'static str = "microsoft.graph.cloudPcDomainJoinConfiguration";
    const KEYS: &'static [&'static str] = &[
        "domainJoinType",
        "onPremisesConnectionId",
        "regionGroup",
        "regionName",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"domainJoinType\":               ",
        ",\"onPremisesConnectionId\":       ",
        ",\"regionGroup\":                  ",
        ",\"regionName\":                   ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.cloudPcDomainJoinConfiguration\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "domain_join_type", &self.domain_join_type);
        v.field(1usize, "on_premises_connection_id", &self.on_premises_connection_id);
        v.field(2usize, "region_group", &self.region_group);
        v.field(3usize, "region_name", &self.region_name);
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members for CloudPcDomainJoinConfiguration {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.domain_join_type.read_from(r),
            1usize => self.on_premises_connection_id.read_from(r),
            2usize => self.region_group.read_from(r),
            3usize => self.region_name.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.domain_join_type);
        w.field(1usize, &self.on_premises_connection_id);
        w.field(2usize, &self.region_group);
        w.field(3usize, &self.region_name);
    }
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
rt::impl_object!(CloudPcDomainJoinConfiguration);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    CloudPcDomainJoinConfiguration { with_domain_join_type domain_join_type : crate
    ::v1::CloudPcDomainJoinType; with_on_premises_connection_id on_premises_connection_id
    : ::std::string::String; with_region_group region_group : crate
    ::v1::CloudPcRegionGroup; with_region_name region_name : ::std::string::String; }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(CloudPcDomainJoinConfiguration);
#[cfg(msgraph_v1_device_management_or_search)]
/// CSDL: `microsoft.graph.cloudPcDomainJoinType`, enum type.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum CloudPcDomainJoinType {
    /// `azureADJoin` (value 0).
    AzureAdJoin,
    /// `hybridAzureADJoin` (value 1).
    HybridAzureAdJoin,
    /// `unknownFutureValue` (value 2).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::StrEnum for CloudPcDomainJoinType {
    const TYPE_NAME: &'static str = "microsoft.graph.cloudPcDomainJoinType";
    const MEMBERS: &'static [&'static str] = &[
        "azureADJoin",
        "hybridAzureADJoin",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "azureADJoin" => Self::AzureAdJoin,
                "hybridAzureADJoin" => Self::HybridAzureAdJoin,
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
            Self::AzureAdJoin => "azureADJoin",
            Self::HybridAzureAdJoin => "hybridAzureADJoin",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_enum!(CloudPcDomainJoinType);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(CloudPcDomainJoinType);
#[cfg(msgraph_v1_device_management_or_search)]
/// CSDL: `microsoft.graph.cloudPcGalleryImage`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone)]
pub struct CloudPcGalleryImage {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `endDate`: `Edm.Date`, nullable.
    pub end_date: rt::Field<rt::edm::Date>,
    /// CSDL: property `expirationDate`: `Edm.Date`, nullable.
    pub expiration_date: rt::Field<rt::edm::Date>,
    /// CSDL: property `offerName`: `Edm.String`, nullable.
    pub offer_name: rt::Field<::std::string::String>,
    /// CSDL: property `osVersionNumber`: `Edm.String`, nullable.
    pub os_version_number: rt::Field<::std::string::String>,
    /// CSDL: property `publisherName`: `Edm.String`, nullable.
    pub publisher_name: rt::Field<::std::string::String>,
    /// CSDL: property `sizeInGB`: `Edm.Int32`, nullable.
    pub size_in_gb: rt::Field<i32>,
    /// CSDL: property `skuName`: `Edm.String`, nullable.
    pub sku_name: rt::Field<::std::string::String>,
    /// CSDL: property `startDate`: `Edm.Date`, nullable.
    pub start_date: rt::Field<rt::edm::Date>,
    /// CSDL: property `status`: `microsoft.graph.cloudPcGalleryImageStatus`, nullable.
    pub status: rt::Field<crate::v1::CloudPcGalleryImageStatus>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default for CloudPcGalleryImage {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            display_name: rt::Field::Absent,
            end_date: rt::Field::Absent,
            expiration_date: rt::Field::Absent,
            offer_name: rt::Field::Absent,
            os_version_number: rt::Field::Absent,
            publisher_name: rt::Field::Absent,
            size_in_gb: rt::Field::Absent,
            sku_name: rt::Field::Absent,
            start_date: rt::Field::Absent,
            status: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object for CloudPcGalleryImage {
    const TYPE_NAME: &'static str = "microsoft.graph.cloudPcGalleryImage";
    const KEYS: &'static [&'static str] = &[
        "id",
        "displayName",
        "endDate",
        "expirationDate",
        "offerName",
        "osVersionNumber",
        "publisherName",
        "sizeInGB",
        "skuName",
        "startDate",
        "status",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"displayName\":                  ",
        ",\"endDate\":                      ",
        ",\"expirationDate\":               ",
        ",\"offerName\":                    ",
        ",\"osVersionNumber\":              ",
        ",\"publisherName\":                ",
        ",\"sizeInGB\":                     ",
        ",\"skuName\":                      ",
        ",\"startDate\":                    ",
        ",\"status\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.cloudPcGalleryImage\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "display_name", &self.display_name);
        v.field(2usize, "end_date", &self.end_date);
        v.field(3usize, "expiration_date", &self.expiration_date);
        v.field(4usize, "offer_name", &self.offer_name);
        v.field(5usize, "os_version_number", &self.os_version_number);
        v.field(6usize, "publisher_name", &self.publisher_name);
        v.field(7usize, "size_in_gb", &self.size_in_gb);
        v.field(8usize, "sku_name", &self.sku_name);
        v.field(9usize, "start_date", &self.start_date);
        v.field(10usize, "status", &self.status);
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members for CloudPcGalleryImage {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.display_name.read_from(r),
            2usize => self.end_date.read_from(r),
            3usize => self.expiration_date.read_from(r),
            4usize => self.offer_name.read_from(r),
            5usize => self.os_version_number.read_from(r),
            6usize => self.publisher_name.read_from(r),
            7usize => self.size_in_gb.read_from(r),
            8usize => self.sku_name.read_from(r),
            9usize => self.start_date.read_from(r),
            10usize => self.status.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.display_name);
        w.field(2usize, &self.end_date);
        w.field(3usize, &self.expiration_date);
        w.field(4usize, &self.offer_name);
        w.field(5usize, &self.os_version_number);
        w.field(6usize, &self.publisher_name);
        w.field(7usize, &self.size_in_gb);
        w.field(8usize, &self.sku_name);
        w.field(9usize, &self.start_date);
        w.field(10usize, &self.status);
    }
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
rt::impl_object!(CloudPcGalleryImage);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    CloudPcGalleryImage { with_id id : ::std::string::String; with_display_name
    display_name : ::std::string::String; with_end_date end_date : rt::edm::Date;
    with_expiration_date expiration_date : rt::edm::Date; with_offer_name offer_name :
    ::std::string::String; with_os_version_number os_version_number :
    ::std::string::String; with_publisher_name publisher_name : ::std::string::String;
    with_size_in_gb size_in_gb : i32; with_sku_name sku_name : ::std::string::String;
    with_start_date start_date : rt::edm::Date; with_status status : crate
    ::v1::CloudPcGalleryImageStatus; }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(CloudPcGalleryImage);
#[cfg(msgraph_v1_device_management_or_search)]
/// CSDL: `microsoft.graph.cloudPcGalleryImageStatus`, enum type.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum CloudPcGalleryImageStatus {
    /// `supported` (value 0).
    Supported,
    /// `supportedWithWarning` (value 1).
    SupportedWithWarning,
    /// `notSupported` (value 2).
    NotSupported,
    /// `unknownFutureValue` (value 3).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::StrEnum for CloudPcGalleryImageStatus {
    const TYPE_NAME: &'static str = "microsoft.graph.cloudPcGalleryImageStatus";
    const MEMBERS: &'static [&'static str] = &[
        "supported",
        "supportedWithWarning",
        "notSupported",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "supported" => Self::Supported,
                "supportedWithWarning" => Self::SupportedWithWarning,
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
            Self::Supported => "supported",
            Self::SupportedWithWarning => "supportedWithWarning",
            Self::NotSupported => "notSupported",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_enum!(CloudPcGalleryImageStatus);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(CloudPcGalleryImageStatus);
#[cfg(msgraph_v1_core_or_device_management)]
/// CSDL: `microsoft.graph.cloudPcLaunchDetail`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-device-management`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct CloudPcLaunchDetail {
    /// CSDL: property `cloudPcId`: `Edm.String`, not nullable.
    pub cloud_pc_id: rt::Field<::std::string::String>,
    /// CSDL: property `cloudPcLaunchUrl`: `Edm.String`, nullable.
    pub cloud_pc_launch_url: rt::Field<::std::string::String>,
    /// CSDL: property `windows365SwitchCompatibilityFailureReasonType`: `microsoft.graph.windows365SwitchCompatibilityFailureReasonType`, nullable.
    pub windows365_switch_compatibility_failure_reason_type: rt::Field<
        crate::v1::Windows365SwitchCompatibilityFailureReasonType,
    >,
    /// CSDL: property `windows365SwitchCompatible`: `Edm.Boolean`, nullable.
    pub windows365_switch_compatible: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_device_management)]
impl ::std::default::Default for CloudPcLaunchDetail {
    #[inline]
    fn default() -> Self {
        Self {
            cloud_pc_id: rt::Field::Absent,
            cloud_pc_launch_url: rt::Field::Absent,
            windows365_switch_compatibility_failure_reason_type: rt::Field::Absent,
            windows365_switch_compatible: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_device_management)]
impl rt::Object for CloudPcLaunchDetail {
    const TYPE_NAME: &'static str = "microsoft.graph.cloudPcLaunchDetail";
    const KEYS: &'static [&'static str] = &[
        "cloudPcId",
        "cloudPcLaunchUrl",
        "windows365SwitchCompatibilityFailureReasonType",
        "windows365SwitchCompatible",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"cloudPcId\":                    ",
        ",\"cloudPcLaunchUrl\":             ",
        ",\"windows365SwitchCompatibilityFailureReasonType\":",
        ",\"windows365SwitchCompatible\":   ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.cloudPcLaunchDetail\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "cloud_pc_id", &self.cloud_pc_id);
        v.field(1usize, "cloud_pc_launch_url", &self.cloud_pc_launch_url);
        v.field(
            2usize,
            "windows365_switch_compatibility_failure_reason_type",
            &self.windows365_switch_compatibility_failure_reason_type,
        );
        v.field(
            3usize,
            "windows365_switch_compatible",
            &self.windows365_switch_compatible,
        );
    }
}
#[cfg(msgraph_v1_core_or_device_management)]
impl rt::object::Members for CloudPcLaunchDetail {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.cloud_pc_id.read_from(r),
            1usize => self.cloud_pc_launch_url.read_from(r),
            2usize => {
                self.windows365_switch_compatibility_failure_reason_type.read_from(r)
            }
            3usize => self.windows365_switch_compatible.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.cloud_pc_id);
        w.field(1usize, &self.cloud_pc_launch_url);
        w.field(2usize, &self.windows365_switch_compatibility_failure_reason_type);
        w.field(3usize, &self.windows365_switch_compatible);
    }
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
rt::impl_object!(CloudPcLaunchDetail);
#[cfg(msgraph_v1_core_or_device_management)]
rt::impl_setters!(
    CloudPcLaunchDetail { with_cloud_pc_id cloud_pc_id : ::std::string::String;
    with_cloud_pc_launch_url cloud_pc_launch_url : ::std::string::String;
    with_windows365_switch_compatibility_failure_reason_type
    windows365_switch_compatibility_failure_reason_type : crate
    ::v1::Windows365SwitchCompatibilityFailureReasonType;
    with_windows365_switch_compatible windows365_switch_compatible : bool; }
);
#[cfg(msgraph_v1_core_or_device_management)]
#[cfg(feature = "serde")]
rt::impl_serde!(CloudPcLaunchDetail);
#[cfg(msgraph_v1_device_management_or_search)]
/// CSDL: `microsoft.graph.cloudPcManagementAssignmentTarget`, complex type, abstract.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone)]
pub struct CloudPcManagementAssignmentTarget {
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default for CloudPcManagementAssignmentTarget {
    #[inline]
    fn default() -> Self {
        Self {
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object for CloudPcManagementAssignmentTarget {
    const TYPE_NAME: &'static str = "microsoft.graph.cloudPcManagementAssignmentTarget";
    const KEYS: &'static [&'static str] = &[];
    const KEYS_JSON: &'static [&'static str] = &[];
    const TAG: &'static str = "\"#microsoft.graph.cloudPcManagementAssignmentTarget\"";
    #[inline]
    #[allow(unused_variables)]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {}
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members for CloudPcManagementAssignmentTarget {
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
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_object!(CloudPcManagementAssignmentTarget);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(CloudPcManagementAssignmentTarget);
#[cfg(msgraph_v1_device_management_or_search)]
/// `microsoft.graph.cloudPcManagementAssignmentTarget` or any type derived from it, selected by `@odata.type` (2 types); each variant's type converts into it (`From`).
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyCloudPcManagementAssignmentTarget {
    CloudPcManagementAssignmentTarget(
        ::std::boxed::Box<crate::v1::CloudPcManagementAssignmentTarget>,
    ),
    CloudPcManagementGroupAssignmentTarget(
        ::std::boxed::Box<crate::v1::CloudPcManagementGroupAssignmentTarget>,
    ),
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default for AnyCloudPcManagementAssignmentTarget {
    #[inline]
    fn default() -> Self {
        Self::CloudPcManagementAssignmentTarget(::std::default::Default::default())
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::CloudPcManagementAssignmentTarget>
for AnyCloudPcManagementAssignmentTarget {
    #[inline]
    fn from(v: crate::v1::CloudPcManagementAssignmentTarget) -> Self {
        Self::CloudPcManagementAssignmentTarget(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::CloudPcManagementGroupAssignmentTarget>
for AnyCloudPcManagementAssignmentTarget {
    #[inline]
    fn from(v: crate::v1::CloudPcManagementGroupAssignmentTarget) -> Self {
        Self::CloudPcManagementGroupAssignmentTarget(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
unsafe impl ::std::marker::Send for AnyCloudPcManagementAssignmentTarget {}
#[cfg(msgraph_v1_device_management_or_search)]
unsafe impl ::std::marker::Sync for AnyCloudPcManagementAssignmentTarget {}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::marker::Unpin for AnyCloudPcManagementAssignmentTarget {}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::panic::UnwindSafe for AnyCloudPcManagementAssignmentTarget {}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::panic::RefUnwindSafe for AnyCloudPcManagementAssignmentTarget {}
#[cfg(msgraph_v1_device_management_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::v1::CloudPcManagementAssignmentTarget>();
    rt::object::auto_traits::<crate::v1::CloudPcManagementGroupAssignmentTarget>();
};
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Poly for AnyCloudPcManagementAssignmentTarget {
    const BASE_NAME: &'static str = "microsoft.graph.cloudPcManagementAssignmentTarget";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some(
                "microsoft.graph.cloudPcManagementGroupAssignmentTarget",
            ) => Self::CloudPcManagementGroupAssignmentTarget(rt::object::new_boxed()),
            _ => Self::CloudPcManagementAssignmentTarget(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::CloudPcManagementAssignmentTarget(v) => &**v,
            Self::CloudPcManagementGroupAssignmentTarget(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::CloudPcManagementAssignmentTarget(v) => &mut **v,
            Self::CloudPcManagementGroupAssignmentTarget(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl AnyCloudPcManagementAssignmentTarget {
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
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_poly!(AnyCloudPcManagementAssignmentTarget);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyCloudPcManagementAssignmentTarget);
#[cfg(msgraph_v1_device_management_or_search)]
/// CSDL: `microsoft.graph.cloudPcManagementGroupAssignmentTarget`, complex type, derived from `microsoft.graph.cloudPcManagementAssignmentTarget`.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone)]
pub struct CloudPcManagementGroupAssignmentTarget {
    /// CSDL: property `groupId`: `Edm.String`, nullable.
    pub group_id: rt::Field<::std::string::String>,
    /// CSDL: property `servicePlanId`: `Edm.String`, nullable.
    pub service_plan_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default for CloudPcManagementGroupAssignmentTarget {
    #[inline]
    fn default() -> Self {
        Self {
            group_id: rt::Field::Absent,
            service_plan_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object for CloudPcManagementGroupAssignmentTarget {
    const TYPE_NAME: &'static str = "microsoft.graph.cloudPcManagementGroupAssignmentTarget";
    const KEYS: &'static [&'static str] = &["groupId", "servicePlanId"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"groupId\":                      ",
        ",\"servicePlanId\":                ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.cloudPcManagementGroupAssignmentTarget\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "group_id", &self.group_id);
        v.field(1usize, "service_plan_id", &self.service_plan_id);
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members for CloudPcManagementGroupAssignmentTarget {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.group_id.read_from(r),
            1usize => self.service_plan_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.group_id);
        w.field(1usize, &self.service_plan_id);
    }
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
rt::impl_object!(CloudPcManagementGroupAssignmentTarget);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    CloudPcManagementGroupAssignmentTarget { with_group_id group_id :
    ::std::string::String; with_service_plan_id service_plan_id : ::std::string::String;
    }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(CloudPcManagementGroupAssignmentTarget);
#[cfg(msgraph_v1_device_management_or_search)]
/// CSDL: `microsoft.graph.cloudPcProvisioningPolicyAutopatch`, complex type.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone)]
pub struct CloudPcProvisioningPolicyAutopatch {
    /// CSDL: property `autopatchGroupId`: `Edm.String`, nullable.
    pub autopatch_group_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default for CloudPcProvisioningPolicyAutopatch {
    #[inline]
    fn default() -> Self {
        Self {
            autopatch_group_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object for CloudPcProvisioningPolicyAutopatch {
    const TYPE_NAME: &'static str = "microsoft.graph.cloudPcProvisioningPolicyAutopatch";
    const KEYS: &'static [&'static str] = &["autopatchGroupId"];
    const KEYS_JSON: &'static [&'static str] = &[",\"autopatchGroupId\":             "];
    const TAG: &'static str = "\"#microsoft.graph.cloudPcProvisioningPolicyAutopatch\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "autopatch_group_id", &self.autopatch_group_id);
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members for CloudPcProvisioningPolicyAutopatch {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.autopatch_group_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.autopatch_group_id);
    }
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
rt::impl_object!(CloudPcProvisioningPolicyAutopatch);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    CloudPcProvisioningPolicyAutopatch { with_autopatch_group_id autopatch_group_id :
    ::std::string::String; }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(CloudPcProvisioningPolicyAutopatch);
#[cfg(msgraph_v1_device_management_or_search)]
/// CSDL: `microsoft.graph.cloudPcProvisioningPolicyImageType`, enum type.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum CloudPcProvisioningPolicyImageType {
    /// `gallery` (value 0).
    Gallery,
    /// `custom` (value 1).
    Custom,
    /// `unknownFutureValue` (value 2).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::StrEnum for CloudPcProvisioningPolicyImageType {
    const TYPE_NAME: &'static str = "microsoft.graph.cloudPcProvisioningPolicyImageType";
    const MEMBERS: &'static [&'static str] = &[
        "gallery",
        "custom",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "gallery" => Self::Gallery,
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
            Self::Gallery => "gallery",
            Self::Custom => "custom",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_enum!(CloudPcProvisioningPolicyImageType);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(CloudPcProvisioningPolicyImageType);
#[cfg(msgraph_v1_device_management_or_search)]
/// CSDL: `microsoft.graph.cloudPcRecommendationReportType`, enum type.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum CloudPcRecommendationReportType {
    /// `cloudPcUsageCategoryReport` (value 0).
    CloudPcUsageCategoryReport,
    /// `unknownFutureValue` (value 1).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::StrEnum for CloudPcRecommendationReportType {
    const TYPE_NAME: &'static str = "microsoft.graph.cloudPcRecommendationReportType";
    const MEMBERS: &'static [&'static str] = &[
        "cloudPcUsageCategoryReport",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "cloudPcUsageCategoryReport" => Self::CloudPcUsageCategoryReport,
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
            Self::CloudPcUsageCategoryReport => "cloudPcUsageCategoryReport",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_enum!(CloudPcRecommendationReportType);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(CloudPcRecommendationReportType);
#[cfg(msgraph_v1_device_management_or_search)]
/// CSDL: `microsoft.graph.cloudPcRegionGroup`, enum type.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum CloudPcRegionGroup {
    /// `default` (value 0).
    Default,
    /// `australia` (value 1).
    Australia,
    /// `canada` (value 2).
    Canada,
    /// `usCentral` (value 3).
    UsCentral,
    /// `usEast` (value 4).
    UsEast,
    /// `usWest` (value 5).
    UsWest,
    /// `france` (value 6).
    France,
    /// `germany` (value 7).
    Germany,
    /// `europeUnion` (value 8).
    EuropeUnion,
    /// `unitedKingdom` (value 9).
    UnitedKingdom,
    /// `japan` (value 10).
    Japan,
    /// `asia` (value 11).
    Asia,
    /// `india` (value 12).
    India,
    /// `southAmerica` (value 13).
    SouthAmerica,
    /// `euap` (value 14).
    Euap,
    /// `usGovernment` (value 15).
    UsGovernment,
    /// `usGovernmentDOD` (value 16).
    UsGovernmentDod,
    /// `norway` (value 17).
    Norway,
    /// `switzerland` (value 18).
    Switzerland,
    /// `southKorea` (value 19).
    SouthKorea,
    /// `unknownFutureValue` (value 20).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::StrEnum for CloudPcRegionGroup {
    const TYPE_NAME: &'static str = "microsoft.graph.cloudPcRegionGroup";
    const MEMBERS: &'static [&'static str] = &[
        "default",
        "australia",
        "canada",
        "usCentral",
        "usEast",
        "usWest",
        "france",
        "germany",
        "europeUnion",
        "unitedKingdom",
        "japan",
        "asia",
        "india",
        "southAmerica",
        "euap",
        "usGovernment",
        "usGovernmentDOD",
        "norway",
        "switzerland",
        "southKorea",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "default" => Self::Default,
                "australia" => Self::Australia,
                "canada" => Self::Canada,
                "usCentral" => Self::UsCentral,
                "usEast" => Self::UsEast,
                "usWest" => Self::UsWest,
                "france" => Self::France,
                "germany" => Self::Germany,
                "europeUnion" => Self::EuropeUnion,
                "unitedKingdom" => Self::UnitedKingdom,
                "japan" => Self::Japan,
                "asia" => Self::Asia,
                "india" => Self::India,
                "southAmerica" => Self::SouthAmerica,
                "euap" => Self::Euap,
                "usGovernment" => Self::UsGovernment,
                "usGovernmentDOD" => Self::UsGovernmentDod,
                "norway" => Self::Norway,
                "switzerland" => Self::Switzerland,
                "southKorea" => Self::SouthKorea,
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
            Self::Australia => "australia",
            Self::Canada => "canada",
            Self::UsCentral => "usCentral",
            Self::UsEast => "usEast",
            Self::UsWest => "usWest",
            Self::France => "france",
            Self::Germany => "germany",
            Self::EuropeUnion => "europeUnion",
            Self::UnitedKingdom => "unitedKingdom",
            Self::Japan => "japan",
            Self::Asia => "asia",
            Self::India => "india",
            Self::SouthAmerica => "southAmerica",
            Self::Euap => "euap",
            Self::UsGovernment => "usGovernment",
            Self::UsGovernmentDod => "usGovernmentDOD",
            Self::Norway => "norway",
            Self::Switzerland => "switzerland",
            Self::SouthKorea => "southKorea",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_enum!(CloudPcRegionGroup);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(CloudPcRegionGroup);
#[cfg(msgraph_v1_device_management_or_search)]
/// CSDL: `microsoft.graph.cloudPcReport`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`CloudPcReportPath`](requests/trait.CloudPcReportPath.html), what a path to one (`EntityPath<CloudPcReport, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone)]
pub struct CloudPcReport {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default for CloudPcReport {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object for CloudPcReport {
    const TYPE_NAME: &'static str = "microsoft.graph.cloudPcReport";
    const KEYS: &'static [&'static str] = &["id"];
    const KEYS_JSON: &'static [&'static str] = &[",\"id\":                           "];
    const TAG: &'static str = "\"#microsoft.graph.cloudPcReport\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members for CloudPcReport {
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
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_object!(CloudPcReport);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(CloudPcReport { with_id id : ::std::string::String; });
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(CloudPcReport);
#[cfg(msgraph_v1_device_management_or_search)]
/// CSDL: `microsoft.graph.cloudPcRestorePointFrequencyType`, enum type.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum CloudPcRestorePointFrequencyType {
    /// `default` (value 0).
    Default,
    /// `fourHours` (value 1).
    FourHours,
    /// `sixHours` (value 2).
    SixHours,
    /// `twelveHours` (value 3).
    TwelveHours,
    /// `sixteenHours` (value 4).
    SixteenHours,
    /// `twentyFourHours` (value 5).
    TwentyFourHours,
    /// `unknownFutureValue` (value 6).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::StrEnum for CloudPcRestorePointFrequencyType {
    const TYPE_NAME: &'static str = "microsoft.graph.cloudPcRestorePointFrequencyType";
    const MEMBERS: &'static [&'static str] = &[
        "default",
        "fourHours",
        "sixHours",
        "twelveHours",
        "sixteenHours",
        "twentyFourHours",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "default" => Self::Default,
                "fourHours" => Self::FourHours,
                "sixHours" => Self::SixHours,
                "twelveHours" => Self::TwelveHours,
                "sixteenHours" => Self::SixteenHours,
                "twentyFourHours" => Self::TwentyFourHours,
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
            Self::FourHours => "fourHours",
            Self::SixHours => "sixHours",
            Self::TwelveHours => "twelveHours",
            Self::SixteenHours => "sixteenHours",
            Self::TwentyFourHours => "twentyFourHours",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_enum!(CloudPcRestorePointFrequencyType);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(CloudPcRestorePointFrequencyType);
#[cfg(msgraph_v1_device_management_or_search)]
/// CSDL: `microsoft.graph.cloudPcRestorePointSetting`, complex type.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone)]
pub struct CloudPcRestorePointSetting {
    /// CSDL: property `frequencyType`: `microsoft.graph.cloudPcRestorePointFrequencyType`, nullable.
    pub frequency_type: rt::Field<crate::v1::CloudPcRestorePointFrequencyType>,
    /// CSDL: property `userRestoreEnabled`: `Edm.Boolean`, nullable.
    pub user_restore_enabled: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default for CloudPcRestorePointSetting {
    #[inline]
    fn default() -> Self {
        Self {
            frequency_type: rt::Field::Absent,
            user_restore_enabled: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object for CloudPcRestorePointSetting {
    const TYPE_NAME: &'static str = "microsoft.graph.cloudPcRestorePointSetting";
    const KEYS: &'static [&'static str] = &["frequencyType", "userRestoreEnabled"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"frequencyType\":                ",
        ",\"userRestoreEnabled\":           ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.cloudPcRestorePointSetting\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "frequency_type", &self.frequency_type);
        v.field(1usize, "user_restore_enabled", &self.user_restore_enabled);
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members for CloudPcRestorePointSetting {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.frequency_type.read_from(r),
            1usize => self.user_restore_enabled.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.frequency_type);
        w.field(1usize, &self.user_restore_enabled);
    }
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
rt::impl_object!(CloudPcRestorePointSetting);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    CloudPcRestorePointSetting { with_frequency_type frequency_type : crate
    ::v1::CloudPcRestorePointFrequencyType; with_user_restore_enabled
    user_restore_enabled : bool; }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(CloudPcRestorePointSetting);
#[cfg(msgraph_v1_device_management_or_search)]
/// CSDL: `microsoft.graph.cloudPcUserSetting`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`CloudPcUserSettingPath`](requests/trait.CloudPcUserSettingPath.html), what a path to one (`EntityPath<CloudPcUserSetting, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone)]
pub struct CloudPcUserSetting {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `localAdminEnabled`: `Edm.Boolean`, nullable.
    pub local_admin_enabled: rt::Field<bool>,
    /// CSDL: property `resetEnabled`: `Edm.Boolean`, nullable.
    pub reset_enabled: rt::Field<bool>,
    /// CSDL: property `restorePointSetting`: `microsoft.graph.cloudPcRestorePointSetting`, nullable.
    pub restore_point_setting: rt::Field<crate::v1::CloudPcRestorePointSetting>,
    /// CSDL: containment navigation property `assignments`: `Collection(microsoft.graph.cloudPcUserSettingAssignment)`, not nullable.
    pub assignments: rt::Field<::std::vec::Vec<crate::v1::CloudPcUserSettingAssignment>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default for CloudPcUserSetting {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            display_name: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            local_admin_enabled: rt::Field::Absent,
            reset_enabled: rt::Field::Absent,
            restore_point_setting: rt::Field::Absent,
            assignments: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object for CloudPcUserSetting {
    const TYPE_NAME: &'static str = "microsoft.graph.cloudPcUserSetting";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdDateTime",
        "displayName",
        "lastModifiedDateTime",
        "localAdminEnabled",
        "resetEnabled",
        "restorePointSetting",
        "assignments",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdDateTime\":              ",
        ",\"displayName\":                  ",
        ",\"lastModifiedDateTime\":         ",
        ",\"localAdminEnabled\":            ",
        ",\"resetEnabled\":                 ",
        ",\"restorePointSetting\":          ",
        ",\"assignments\":                  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.cloudPcUserSetting\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_date_time", &self.created_date_time);
        v.field(2usize, "display_name", &self.display_name);
        v.field(3usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(4usize, "local_admin_enabled", &self.local_admin_enabled);
        v.field(5usize, "reset_enabled", &self.reset_enabled);
        v.field(6usize, "restore_point_setting", &self.restore_point_setting);
        v.field(7usize, "assignments", &self.assignments);
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members for CloudPcUserSetting {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_date_time.read_from(r),
            2usize => self.display_name.read_from(r),
            3usize => self.last_modified_date_time.read_from(r),
            4usize => self.local_admin_enabled.read_from(r),
            5usize => self.reset_enabled.read_from(r),
            6usize => self.restore_point_setting.read_from(r),
            7usize => self.assignments.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.created_date_time);
        w.field(2usize, &self.display_name);
        w.field(3usize, &self.last_modified_date_time);
        w.field(4usize, &self.local_admin_enabled);
        w.field(5usize, &self.reset_enabled);
        w.field(6usize, &self.restore_point_setting);
        w.field(7usize, &self.assignments);
    }
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
rt::impl_object!(CloudPcUserSetting);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    CloudPcUserSetting { with_id id : ::std::string::String; with_created_date_time
    created_date_time : rt::edm::DateTimeOffset; with_display_name display_name :
    ::std::string::String; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_local_admin_enabled local_admin_enabled : bool;
    with_reset_enabled reset_enabled : bool; with_restore_point_setting
    restore_point_setting : crate ::v1::CloudPcRestorePointSetting; with_assignments
    assignments : ::std::vec::Vec < crate ::v1::CloudPcUserSettingAssignment >; }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(CloudPcUserSetting);
#[cfg(msgraph_v1_device_management_or_search)]
/// CSDL: `microsoft.graph.cloudPcUserSettingAssignment`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`CloudPcUserSettingAssignmentPath`](requests/trait.CloudPcUserSettingAssignmentPath.html), what a path to one (`EntityPath<CloudPcUserSettingAssignment, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone)]
pub struct CloudPcUserSettingAssignment {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `target`: `microsoft.graph.cloudPcManagementAssignmentTarget`, nullable.
    pub target: rt::Field<crate::v1::AnyCloudPcManagementAssignmentTarget>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default for CloudPcUserSettingAssignment {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            target: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object for CloudPcUserSettingAssignment {
    const TYPE_NAME: &'static str = "microsoft.graph.cloudPcUserSettingAssignment";
    const KEYS: &'static [&'static str] = &["id", "createdDateTime", "target"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdDateTime\":              ",
        ",\"target\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.cloudPcUserSettingAssignment\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_date_time", &self.created_date_time);
        v.field(2usize, "target", &self.target);
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members for CloudPcUserSettingAssignment {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_date_time.read_from(r),
            2usize => self.target.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.created_date_time);
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
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_object!(CloudPcUserSettingAssignment);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    CloudPcUserSettingAssignment { with_id id : ::std::string::String;
    with_created_date_time created_date_time : rt::edm::DateTimeOffset; with_target
    target : crate ::v1::AnyCloudPcManagementAssignmentTarget; }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(CloudPcUserSettingAssignment);
