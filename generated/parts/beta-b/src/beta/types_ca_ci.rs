//! Types of `microsoft.graph` by the first letters of their names (`ca_ci`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.calendar`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`CalendarPath`](requests/trait.CalendarPath.html), what a path to one (`EntityPath<Calendar, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct Calendar {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `allowedOnlineMeetingProviders`: `Collection(microsoft.graph.onlineMeetingProviderType)`, nullable.
    pub allowed_online_meeting_providers: rt::Field<
        ::std::vec::Vec<crate::beta::OnlineMeetingProviderType>,
    >,
    /// CSDL: property `calendarGroupId`: `Edm.String`, nullable.
    pub calendar_group_id: rt::Field<::std::string::String>,
    /// CSDL: property `canEdit`: `Edm.Boolean`, nullable.
    pub can_edit: rt::Field<bool>,
    /// CSDL: property `canShare`: `Edm.Boolean`, nullable.
    pub can_share: rt::Field<bool>,
    /// CSDL: property `canViewPrivateItems`: `Edm.Boolean`, nullable.
    pub can_view_private_items: rt::Field<bool>,
    /// CSDL: property `changeKey`: `Edm.String`, nullable.
    pub change_key: rt::Field<::std::string::String>,
    /// CSDL: property `color`: `microsoft.graph.calendarColor`, nullable.
    pub color: rt::Field<crate::beta::CalendarColor>,
    /// CSDL: property `defaultOnlineMeetingProvider`: `microsoft.graph.onlineMeetingProviderType`, nullable.
    pub default_online_meeting_provider: rt::Field<
        crate::beta::OnlineMeetingProviderType,
    >,
    /// CSDL: property `hexColor`: `Edm.String`, nullable.
    pub hex_color: rt::Field<::std::string::String>,
    /// CSDL: property `isDefaultCalendar`: `Edm.Boolean`, nullable.
    pub is_default_calendar: rt::Field<bool>,
    /// CSDL: property `isRemovable`: `Edm.Boolean`, nullable.
    pub is_removable: rt::Field<bool>,
    /// CSDL: property `isShared`: `Edm.Boolean`, nullable.
    pub is_shared: rt::Field<bool>,
    /// CSDL: property `isSharedWithMe`: `Edm.Boolean`, nullable.
    pub is_shared_with_me: rt::Field<bool>,
    /// CSDL: property `isTallyingResponses`: `Edm.Boolean`, nullable.
    pub is_tallying_responses: rt::Field<bool>,
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// CSDL: property `owner`: `microsoft.graph.emailAddress`, nullable.
    pub owner: rt::Field<crate::beta::AnyEmailAddress>,
    /// CSDL: containment navigation property `calendarPermissions`: `Collection(microsoft.graph.calendarPermission)`, not nullable.
    pub calendar_permissions: rt::Field<
        ::std::vec::Vec<crate::beta::CalendarPermission>,
    >,
    /// CSDL: containment navigation property `calendarView`: `Collection(microsoft.graph.event)`, not nullable.
    pub calendar_view: rt::Field<::std::vec::Vec<crate::beta::Event>>,
    /// CSDL: containment navigation property `events`: `Collection(microsoft.graph.event)`, not nullable.
    pub events: rt::Field<::std::vec::Vec<crate::beta::Event>>,
    /// CSDL: containment navigation property `multiValueExtendedProperties`: `Collection(microsoft.graph.multiValueLegacyExtendedProperty)`, not nullable.
    pub multi_value_extended_properties: rt::Field<
        ::std::vec::Vec<crate::beta::MultiValueLegacyExtendedProperty>,
    >,
    /// CSDL: containment navigation property `singleValueExtendedProperties`: `Collection(microsoft.graph.singleValueLegacyExtendedProperty)`, not nullable.
    pub single_value_extended_properties: rt::Field<
        ::std::vec::Vec<crate::beta::SingleValueLegacyExtendedProperty>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for Calendar {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            allowed_online_meeting_providers: rt::Field::Absent,
            calendar_group_id: rt::Field::Absent,
            can_edit: rt::Field::Absent,
            can_share: rt::Field::Absent,
            can_view_private_items: rt::Field::Absent,
            change_key: rt::Field::Absent,
            color: rt::Field::Absent,
            default_online_meeting_provider: rt::Field::Absent,
            hex_color: rt::Field::Absent,
            is_default_calendar: rt::Field::Absent,
            is_removable: rt::Field::Absent,
            is_shared: rt::Field::Absent,
            is_shared_with_me: rt::Field::Absent,
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
#[cfg(msgraph_beta_core)]
impl rt::Object for Calendar {
    const TYPE_NAME: &'static str = "microsoft.graph.calendar";
    const KEYS: &'static [&'static str] = &[
        "id",
        "allowedOnlineMeetingProviders",
        "calendarGroupId",
        "canEdit",
        "canShare",
        "canViewPrivateItems",
        "changeKey",
        "color",
        "defaultOnlineMeetingProvider",
        "hexColor",
        "isDefaultCalendar",
        "isRemovable",
        "isShared",
        "isSharedWithMe",
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
        ",\"calendarGroupId\":              ",
        ",\"canEdit\":                      ",
        ",\"canShare\":                     ",
        ",\"canViewPrivateItems\":          ",
        ",\"changeKey\":                    ",
        ",\"color\":                        ",
        ",\"defaultOnlineMeetingProvider\": ",
        ",\"hexColor\":                     ",
        ",\"isDefaultCalendar\":            ",
        ",\"isRemovable\":                  ",
        ",\"isShared\":                     ",
        ",\"isSharedWithMe\":               ",
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
        v.field(2usize, "calendar_group_id", &self.calendar_group_id);
        v.field(3usize, "can_edit", &self.can_edit);
        v.field(4usize, "can_share", &self.can_share);
        v.field(5usize, "can_view_private_items", &self.can_view_private_items);
        v.field(6usize, "change_key", &self.change_key);
        v.field(7usize, "color", &self.color);
        v.field(
            8usize,
            "default_online_meeting_provider",
            &self.default_online_meeting_provider,
        );
        v.field(9usize, "hex_color", &self.hex_color);
        v.field(10usize, "is_default_calendar", &self.is_default_calendar);
        v.field(11usize, "is_removable", &self.is_removable);
        v.field(12usize, "is_shared", &self.is_shared);
        v.field(13usize, "is_shared_with_me", &self.is_shared_with_me);
        v.field(14usize, "is_tallying_responses", &self.is_tallying_responses);
        v.field(15usize, "name", &self.name);
        v.field(16usize, "owner", &self.owner);
        v.field(17usize, "calendar_permissions", &self.calendar_permissions);
        v.field(18usize, "calendar_view", &self.calendar_view);
        v.field(19usize, "events", &self.events);
        v.field(
            20usize,
            "multi_value_extended_properties",
            &self.multi_value_extended_properties,
        );
        v.field(
            21usize,
            "single_value_extended_properties",
            &self.single_value_extended_properties,
        );
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for Calendar {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.allowed_online_meeting_providers.read_from(r),
            2usize => self.calendar_group_id.read_from(r),
            3usize => self.can_edit.read_from(r),
            4usize => self.can_share.read_from(r),
            5usize => self.can_view_private_items.read_from(r),
            6usize => self.change_key.read_from(r),
            7usize => self.color.read_from(r),
            8usize => self.default_online_meeting_provider.read_from(r),
            9usize => self.hex_color.read_from(r),
            10usize => self.is_default_calendar.read_from(r),
            11usize => self.is_removable.read_from(r),
            12usize => self.is_shared.read_from(r),
            13usize => self.is_shared_with_me.read_from(r),
            14usize => self.is_tallying_responses.read_from(r),
            15usize => self.name.read_from(r),
            16usize => self.owner.read_from(r),
            17usize => self.calendar_permissions.read_from(r),
            18usize => self.calendar_view.read_from(r),
            19usize => self.events.read_from(r),
            20usize => self.multi_value_extended_properties.read_from(r),
            21usize => self.single_value_extended_properties.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.allowed_online_meeting_providers);
        w.field(2usize, &self.calendar_group_id);
        w.field(3usize, &self.can_edit);
        w.field(4usize, &self.can_share);
        w.field(5usize, &self.can_view_private_items);
        w.field(6usize, &self.change_key);
        w.field(7usize, &self.color);
        w.field(8usize, &self.default_online_meeting_provider);
        w.field(9usize, &self.hex_color);
        w.field(10usize, &self.is_default_calendar);
        w.field(11usize, &self.is_removable);
        w.field(12usize, &self.is_shared);
        w.field(13usize, &self.is_shared_with_me);
        w.field(14usize, &self.is_tallying_responses);
        w.field(15usize, &self.name);
        w.field(16usize, &self.owner);
        w.field(17usize, &self.calendar_permissions);
        w.field(18usize, &self.calendar_view);
        w.field(19usize, &self.events);
        w.field(20usize, &self.multi_value_extended_properties);
        w.field(21usize, &self.single_value_extended_properties);
    }
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
rt::impl_object!(Calendar);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    Calendar { with_id id : ::std::string::String; with_allowed_online_meeting_providers
    allowed_online_meeting_providers : ::std::vec::Vec < crate
    ::beta::OnlineMeetingProviderType >; with_calendar_group_id calendar_group_id :
    ::std::string::String; with_can_edit can_edit : bool; with_can_share can_share :
    bool; with_can_view_private_items can_view_private_items : bool; with_change_key
    change_key : ::std::string::String; with_color color : crate ::beta::CalendarColor;
    with_default_online_meeting_provider default_online_meeting_provider : crate
    ::beta::OnlineMeetingProviderType; with_hex_color hex_color : ::std::string::String;
    with_is_default_calendar is_default_calendar : bool; with_is_removable is_removable :
    bool; with_is_shared is_shared : bool; with_is_shared_with_me is_shared_with_me :
    bool; with_is_tallying_responses is_tallying_responses : bool; with_name name :
    ::std::string::String; with_owner owner : crate ::beta::AnyEmailAddress;
    with_calendar_permissions calendar_permissions : ::std::vec::Vec < crate
    ::beta::CalendarPermission >; with_calendar_view calendar_view : ::std::vec::Vec <
    crate ::beta::Event >; with_events events : ::std::vec::Vec < crate ::beta::Event >;
    with_multi_value_extended_properties multi_value_extended_properties :
    ::std::vec::Vec < crate ::beta::MultiValueLegacyExtendedProperty >;
    with_single_value_extended_properties single_value_extended_properties :
    ::std::vec::Vec < crate ::beta::SingleValueLegacyExtendedProperty >; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(Calendar);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.calendarColor`, enum type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
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
#[cfg(msgraph_beta_core)]
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
#[cfg(msgraph_beta_core)]
rt::impl_enum!(CalendarColor);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(CalendarColor);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.calendarGroup`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`CalendarGroupPath`](requests/trait.CalendarGroupPath.html), what a path to one (`EntityPath<CalendarGroup, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
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
    pub calendars: rt::Field<::std::vec::Vec<crate::beta::Calendar>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
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
#[cfg(msgraph_beta_core)]
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
#[cfg(msgraph_beta_core)]
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
#[cfg(msgraph_beta_core)]
rt::impl_object!(CalendarGroup);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    CalendarGroup { with_id id : ::std::string::String; with_change_key change_key :
    ::std::string::String; with_class_id class_id : rt::edm::Guid; with_name name :
    ::std::string::String; with_calendars calendars : ::std::vec::Vec < crate
    ::beta::Calendar >; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(CalendarGroup);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.calendarPermission`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`CalendarPermissionPath`](requests/trait.CalendarPermissionPath.html), what a path to one (`EntityPath<CalendarPermission, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct CalendarPermission {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `allowedRoles`: `Collection(microsoft.graph.calendarRoleType)`, nullable.
    pub allowed_roles: rt::Field<::std::vec::Vec<crate::beta::CalendarRoleType>>,
    /// CSDL: property `emailAddress`: `microsoft.graph.emailAddress`, nullable.
    pub email_address: rt::Field<crate::beta::AnyEmailAddress>,
    /// CSDL: property `isInsideOrganization`: `Edm.Boolean`, nullable.
    pub is_inside_organization: rt::Field<bool>,
    /// CSDL: property `isRemovable`: `Edm.Boolean`, nullable.
    pub is_removable: rt::Field<bool>,
    /// CSDL: property `role`: `microsoft.graph.calendarRoleType`, nullable.
    pub role: rt::Field<crate::beta::CalendarRoleType>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
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
#[cfg(msgraph_beta_core)]
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
#[cfg(msgraph_beta_core)]
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
#[cfg(msgraph_beta_core)]
rt::impl_object!(CalendarPermission);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    CalendarPermission { with_id id : ::std::string::String; with_allowed_roles
    allowed_roles : ::std::vec::Vec < crate ::beta::CalendarRoleType >;
    with_email_address email_address : crate ::beta::AnyEmailAddress;
    with_is_inside_organization is_inside_organization : bool; with_is_removable
    is_removable : bool; with_role role : crate ::beta::CalendarRoleType; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(CalendarPermission);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.calendarRoleType`, enum type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
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
#[cfg(msgraph_beta_core)]
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
#[cfg(msgraph_beta_core)]
rt::impl_enum!(CalendarRoleType);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(CalendarRoleType);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.calendarSharingAction`, enum type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
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
#[cfg(msgraph_beta_core)]
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
#[cfg(msgraph_beta_core)]
rt::impl_enum!(CalendarSharingAction);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(CalendarSharingAction);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.calendarSharingActionImportance`, enum type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum CalendarSharingActionImportance {
    /// `primary` (value 0).
    Primary,
    /// `secondary` (value 1).
    Secondary,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_core)]
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
#[cfg(msgraph_beta_core)]
rt::impl_enum!(CalendarSharingActionImportance);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(CalendarSharingActionImportance);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.calendarSharingActionType`, enum type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum CalendarSharingActionType {
    /// `accept` (value 0).
    Accept,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_core)]
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
#[cfg(msgraph_beta_core)]
rt::impl_enum!(CalendarSharingActionType);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(CalendarSharingActionType);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.calendarSharingMessage`, entity type, derived from `microsoft.graph.message`, key `id`.
///
/// Request builders: [`CalendarSharingMessagePath`](requests/trait.CalendarSharingMessagePath.html), what a path to one (`EntityPath<CalendarSharingMessage, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
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
    pub bcc_recipients: rt::Field<::std::vec::Vec<crate::beta::AnyRecipient>>,
    /// CSDL: property `body`: `microsoft.graph.itemBody`, nullable.
    pub body: rt::Field<crate::beta::ItemBody>,
    /// CSDL: property `bodyPreview`: `Edm.String`, nullable.
    pub body_preview: rt::Field<::std::string::String>,
    /// CSDL: property `ccRecipients`: `Collection(microsoft.graph.recipient)`, nullable.
    pub cc_recipients: rt::Field<::std::vec::Vec<crate::beta::AnyRecipient>>,
    /// CSDL: property `conversationId`: `Edm.String`, nullable.
    pub conversation_id: rt::Field<::std::string::String>,
    /// CSDL: property `conversationIndex`: `Edm.Binary`, nullable.
    pub conversation_index: rt::Field<rt::edm::Binary>,
    /// CSDL: property `flag`: `microsoft.graph.followupFlag`, nullable.
    pub flag: rt::Field<crate::beta::FollowupFlag>,
    /// CSDL: property `from`: `microsoft.graph.recipient`, nullable.
    pub from: rt::Field<crate::beta::AnyRecipient>,
    /// CSDL: property `hasAttachments`: `Edm.Boolean`, nullable.
    pub has_attachments: rt::Field<bool>,
    /// CSDL: property `importance`: `microsoft.graph.importance`, nullable.
    pub importance: rt::Field<crate::beta::Importance>,
    /// CSDL: property `inferenceClassification`: `microsoft.graph.inferenceClassificationType`, nullable.
    pub inference_classification: rt::Field<crate::beta::InferenceClassificationType>,
    /// CSDL: property `internetMessageHeaders`: `Collection(microsoft.graph.internetMessageHeader)`, nullable.
    pub internet_message_headers: rt::Field<
        ::std::vec::Vec<crate::beta::InternetMessageHeader>,
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
    /// CSDL: property `mentionsPreview`: `microsoft.graph.mentionsPreview`, nullable.
    pub mentions_preview: rt::Field<crate::beta::MentionsPreview>,
    /// CSDL: property `parentFolderId`: `Edm.String`, nullable.
    pub parent_folder_id: rt::Field<::std::string::String>,
    /// CSDL: property `receivedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub received_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `replyTo`: `Collection(microsoft.graph.recipient)`, nullable.
    pub reply_to: rt::Field<::std::vec::Vec<crate::beta::AnyRecipient>>,
    /// CSDL: property `sender`: `microsoft.graph.recipient`, nullable.
    pub sender: rt::Field<crate::beta::AnyRecipient>,
    /// CSDL: property `sentDateTime`: `Edm.DateTimeOffset`, nullable.
    pub sent_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `subject`: `Edm.String`, nullable.
    pub subject: rt::Field<::std::string::String>,
    /// CSDL: property `toRecipients`: `Collection(microsoft.graph.recipient)`, nullable.
    pub to_recipients: rt::Field<::std::vec::Vec<crate::beta::AnyRecipient>>,
    /// CSDL: property `uniqueBody`: `microsoft.graph.itemBody`, nullable.
    pub unique_body: rt::Field<crate::beta::ItemBody>,
    /// CSDL: property `unsubscribeData`: `Collection(Edm.String)`, nullable.
    pub unsubscribe_data: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `unsubscribeEnabled`: `Edm.Boolean`, nullable.
    pub unsubscribe_enabled: rt::Field<bool>,
    /// CSDL: property `webLink`: `Edm.String`, nullable.
    pub web_link: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `attachments`: `Collection(microsoft.graph.attachment)`, not nullable.
    pub attachments: rt::Field<::std::vec::Vec<crate::beta::AnyAttachment>>,
    /// CSDL: containment navigation property `extensions`: `Collection(microsoft.graph.extension)`, not nullable.
    pub extensions: rt::Field<::std::vec::Vec<crate::beta::AnyExtension>>,
    /// CSDL: containment navigation property `mentions`: `Collection(microsoft.graph.mention)`, not nullable.
    pub mentions: rt::Field<::std::vec::Vec<crate::beta::Mention>>,
    /// CSDL: containment navigation property `multiValueExtendedProperties`: `Collection(microsoft.graph.multiValueLegacyExtendedProperty)`, not nullable.
    pub multi_value_extended_properties: rt::Field<
        ::std::vec::Vec<crate::beta::MultiValueLegacyExtendedProperty>,
    >,
    /// CSDL: containment navigation property `singleValueExtendedProperties`: `Collection(microsoft.graph.singleValueLegacyExtendedProperty)`, not nullable.
    pub single_value_extended_properties: rt::Field<
        ::std::vec::Vec<crate::beta::SingleValueLegacyExtendedProperty>,
    >,
    /// CSDL: property `canAccept`: `Edm.Boolean`, nullable.
    pub can_accept: rt::Field<bool>,
    /// CSDL: property `sharingMessageAction`: `microsoft.graph.calendarSharingMessageAction`, nullable.
    pub sharing_message_action: rt::Field<crate::beta::CalendarSharingMessageAction>,
    /// CSDL: property `sharingMessageActions`: `Collection(microsoft.graph.calendarSharingMessageAction)`, nullable.
    pub sharing_message_actions: rt::Field<
        ::std::vec::Vec<crate::beta::CalendarSharingMessageAction>,
    >,
    /// CSDL: property `suggestedCalendarName`: `Edm.String`, nullable.
    pub suggested_calendar_name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
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
            mentions_preview: rt::Field::Absent,
            parent_folder_id: rt::Field::Absent,
            received_date_time: rt::Field::Absent,
            reply_to: rt::Field::Absent,
            sender: rt::Field::Absent,
            sent_date_time: rt::Field::Absent,
            subject: rt::Field::Absent,
            to_recipients: rt::Field::Absent,
            unique_body: rt::Field::Absent,
            unsubscribe_data: rt::Field::Absent,
            unsubscribe_enabled: rt::Field::Absent,
            web_link: rt::Field::Absent,
            attachments: rt::Field::Absent,
            extensions: rt::Field::Absent,
            mentions: rt::Field::Absent,
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
#[cfg(msgraph_beta_core)]
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
        "mentionsPreview",
        "parentFolderId",
        "receivedDateTime",
        "replyTo",
        "sender",
        "sentDateTime",
        "subject",
        "toRecipients",
        "uniqueBody",
        "unsubscribeData",
        "unsubscribeEnabled",
        "webLink",
        "attachments",
        "extensions",
        "mentions",
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
        ",\"mentionsPreview\":              ",
        ",\"parentFolderId\":               ",
        ",\"receivedDateTime\":             ",
        ",\"replyTo\":                      ",
        ",\"sender\":                       ",
        ",\"sentDateTime\":                 ",
        ",\"subject\":                      ",
        ",\"toRecipients\":                 ",
        ",\"uniqueBody\":                   ",
        ",\"unsubscribeData\":              ",
        ",\"unsubscribeEnabled\":           ",
        ",\"webLink\":                      ",
        ",\"attachments\":                  ",
        ",\"extensions\":                   ",
        ",\"mentions\":                     ",
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
        v.field(22usize, "mentions_preview", &self.mentions_preview);
        v.field(23usize, "parent_folder_id", &self.parent_folder_id);
        v.field(24usize, "received_date_time", &self.received_date_time);
        v.field(25usize, "reply_to", &self.reply_to);
        v.field(26usize, "sender", &self.sender);
        v.field(27usize, "sent_date_time", &self.sent_date_time);
        v.field(28usize, "subject", &self.subject);
        v.field(29usize, "to_recipients", &self.to_recipients);
        v.field(30usize, "unique_body", &self.unique_body);
        v.field(31usize, "unsubscribe_data", &self.unsubscribe_data);
        v.field(32usize, "unsubscribe_enabled", &self.unsubscribe_enabled);
        v.field(33usize, "web_link", &self.web_link);
        v.field(34usize, "attachments", &self.attachments);
        v.field(35usize, "extensions", &self.extensions);
        v.field(36usize, "mentions", &self.mentions);
        v.field(
            37usize,
            "multi_value_extended_properties",
            &self.multi_value_extended_properties,
        );
        v.field(
            38usize,
            "single_value_extended_properties",
            &self.single_value_extended_properties,
        );
        v.field(39usize, "can_accept", &self.can_accept);
        v.field(40usize, "sharing_message_action", &self.sharing_message_action);
        v.field(41usize, "sharing_message_actions", &self.sharing_message_actions);
        v.field(42usize, "suggested_calendar_name", &self.suggested_calendar_name);
    }
}
#[cfg(msgraph_beta_core)]
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
            22usize => self.mentions_preview.read_from(r),
            23usize => self.parent_folder_id.read_from(r),
            24usize => self.received_date_time.read_from(r),
            25usize => self.reply_to.read_from(r),
            26usize => self.sender.read_from(r),
            27usize => self.sent_date_time.read_from(r),
            28usize => self.subject.read_from(r),
            29usize => self.to_recipients.read_from(r),
            30usize => self.unique_body.read_from(r),
            31usize => self.unsubscribe_data.read_from(r),
            32usize => self.unsubscribe_enabled.read_from(r),
            33usize => self.web_link.read_from(r),
            34usize => self.attachments.read_from(r),
            35usize => self.extensions.read_from(r),
            36usize => self.mentions.read_from(r),
            37usize => self.multi_value_extended_properties.read_from(r),
            38usize => self.single_value_extended_properties.read_from(r),
            39usize => self.can_accept.read_from(r),
            40usize => self.sharing_message_action.read_from(r),
            41usize => self.sharing_message_actions.read_from(r),
            42usize => self.suggested_calendar_name.read_from(r),
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
        w.field(22usize, &self.mentions_preview);
        w.field(23usize, &self.parent_folder_id);
        w.field(24usize, &self.received_date_time);
        w.field(25usize, &self.reply_to);
        w.field(26usize, &self.sender);
        w.field(27usize, &self.sent_date_time);
        w.field(28usize, &self.subject);
        w.field(29usize, &self.to_recipients);
        w.field(30usize, &self.unique_body);
        w.field(31usize, &self.unsubscribe_data);
        w.field(32usize, &self.unsubscribe_enabled);
        w.field(33usize, &self.web_link);
        w.field(34usize, &self.attachments);
        w.field(35usize, &self.extensions);
        w.field(36usize, &self.mentions);
        w.field(37usize, &self.multi_value_extended_properties);
        w.field(38usize, &self.single_value_extended_properties);
        w.field(39usize, &self.can_accept);
        w.field(40usize, &self.sharing_message_action);
        w.field(41usize, &self.sharing_message_actions);
        w.field(42usize, &self.suggested_calendar_name);
    }
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
rt::impl_object!(CalendarSharingMessage);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    CalendarSharingMessage { with_id id : ::std::string::String; with_categories
    categories : ::std::vec::Vec < ::std::string::String >; with_change_key change_key :
    ::std::string::String; with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_bcc_recipients bcc_recipients : ::std::vec::Vec < crate
    ::beta::AnyRecipient >; with_body body : crate ::beta::ItemBody; with_body_preview
    body_preview : ::std::string::String; with_cc_recipients cc_recipients :
    ::std::vec::Vec < crate ::beta::AnyRecipient >; with_conversation_id conversation_id
    : ::std::string::String; with_conversation_index conversation_index :
    rt::edm::Binary; with_flag flag : crate ::beta::FollowupFlag; with_from from : crate
    ::beta::AnyRecipient; with_has_attachments has_attachments : bool; with_importance
    importance : crate ::beta::Importance; with_inference_classification
    inference_classification : crate ::beta::InferenceClassificationType;
    with_internet_message_headers internet_message_headers : ::std::vec::Vec < crate
    ::beta::InternetMessageHeader >; with_internet_message_id internet_message_id :
    ::std::string::String; with_is_delivery_receipt_requested
    is_delivery_receipt_requested : bool; with_is_draft is_draft : bool; with_is_read
    is_read : bool; with_is_read_receipt_requested is_read_receipt_requested : bool;
    with_mentions_preview mentions_preview : crate ::beta::MentionsPreview;
    with_parent_folder_id parent_folder_id : ::std::string::String;
    with_received_date_time received_date_time : rt::edm::DateTimeOffset; with_reply_to
    reply_to : ::std::vec::Vec < crate ::beta::AnyRecipient >; with_sender sender : crate
    ::beta::AnyRecipient; with_sent_date_time sent_date_time : rt::edm::DateTimeOffset;
    with_subject subject : ::std::string::String; with_to_recipients to_recipients :
    ::std::vec::Vec < crate ::beta::AnyRecipient >; with_unique_body unique_body : crate
    ::beta::ItemBody; with_unsubscribe_data unsubscribe_data : ::std::vec::Vec <
    ::std::string::String >; with_unsubscribe_enabled unsubscribe_enabled : bool;
    with_web_link web_link : ::std::string::String; with_attachments attachments :
    ::std::vec::Vec < crate ::beta::AnyAttachment >; with_extensions extensions :
    ::std::vec::Vec < crate ::beta::AnyExtension >; with_mentions mentions :
    ::std::vec::Vec < crate ::beta::Mention >; with_multi_value_extended_properties
    multi_value_extended_properties : ::std::vec::Vec < crate
    ::beta::MultiValueLegacyExtendedProperty >; with_single_value_extended_properties
    single_value_extended_properties : ::std::vec::Vec < crate
    ::beta::SingleValueLegacyExtendedProperty >; with_can_accept can_accept : bool;
    with_sharing_message_action sharing_message_action : crate
    ::beta::CalendarSharingMessageAction; with_sharing_message_actions
    sharing_message_actions : ::std::vec::Vec < crate
    ::beta::CalendarSharingMessageAction >; with_suggested_calendar_name
    suggested_calendar_name : ::std::string::String; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(CalendarSharingMessage);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.calendarSharingMessageAction`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct CalendarSharingMessageAction {
    /// CSDL: property `action`: `microsoft.graph.calendarSharingAction`, nullable.
    pub action: rt::Field<crate::beta::CalendarSharingAction>,
    /// CSDL: property `actionType`: `microsoft.graph.calendarSharingActionType`, nullable.
    pub action_type: rt::Field<crate::beta::CalendarSharingActionType>,
    /// CSDL: property `importance`: `microsoft.graph.calendarSharingActionImportance`, nullable.
    pub importance: rt::Field<crate::beta::CalendarSharingActionImportance>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
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
#[cfg(msgraph_beta_core)]
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
#[cfg(msgraph_beta_core)]
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
#[cfg(msgraph_beta_core)]
rt::impl_object!(CalendarSharingMessageAction);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    CalendarSharingMessageAction { with_action action : crate
    ::beta::CalendarSharingAction; with_action_type action_type : crate
    ::beta::CalendarSharingActionType; with_importance importance : crate
    ::beta::CalendarSharingActionImportance; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(CalendarSharingMessageAction);
#[cfg(msgraph_beta_app_or_communications_or_search)]
/// CSDL: `microsoft.graph.call`, entity type, derived from `microsoft.graph.entity`, open, key `id`.
///
/// Request builders: [`CallPath`](requests/trait.CallPath.html), what a path to one (`EntityPath<Call, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-app`, `beta-communications`, `beta-search`.
#[derive(Clone)]
pub struct Call {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `activeModalities`: `Collection(microsoft.graph.modality)`, nullable.
    pub active_modalities: rt::Field<::std::vec::Vec<crate::beta::Modality>>,
    /// CSDL: property `answeredBy`: `microsoft.graph.participantInfo`, nullable.
    pub answered_by: rt::Field<crate::beta::ParticipantInfo>,
    /// CSDL: property `callbackUri`: `Edm.String`, not nullable.
    pub callback_uri: rt::Field<::std::string::String>,
    /// CSDL: property `callChainId`: `Edm.String`, nullable.
    pub call_chain_id: rt::Field<::std::string::String>,
    /// CSDL: property `callOptions`: `microsoft.graph.callOptions`, nullable.
    pub call_options: rt::Field<crate::beta::AnyCallOptions>,
    /// CSDL: property `callRoutes`: `Collection(microsoft.graph.callRoute)`, nullable.
    pub call_routes: rt::Field<::std::vec::Vec<crate::beta::CallRoute>>,
    /// CSDL: property `chatInfo`: `microsoft.graph.chatInfo`, nullable.
    pub chat_info: rt::Field<crate::beta::ChatInfo>,
    /// CSDL: property `direction`: `microsoft.graph.callDirection`, nullable.
    pub direction: rt::Field<crate::beta::CallDirection>,
    /// CSDL: property `incomingContext`: `microsoft.graph.incomingContext`, nullable.
    pub incoming_context: rt::Field<crate::beta::IncomingContext>,
    /// CSDL: property `mediaConfig`: `microsoft.graph.mediaConfig`, nullable.
    pub media_config: rt::Field<crate::beta::AnyMediaConfig>,
    /// CSDL: property `mediaState`: `microsoft.graph.callMediaState`, nullable.
    pub media_state: rt::Field<crate::beta::CallMediaState>,
    /// CSDL: property `meetingCapability`: `microsoft.graph.meetingCapability`, nullable.
    pub meeting_capability: rt::Field<crate::beta::MeetingCapability>,
    /// CSDL: property `meetingInfo`: `microsoft.graph.meetingInfo`, nullable.
    pub meeting_info: rt::Field<crate::beta::AnyMeetingInfo>,
    /// CSDL: property `myParticipantId`: `Edm.String`, nullable.
    pub my_participant_id: rt::Field<::std::string::String>,
    /// CSDL: property `requestedModalities`: `Collection(microsoft.graph.modality)`, nullable.
    pub requested_modalities: rt::Field<::std::vec::Vec<crate::beta::Modality>>,
    /// CSDL: property `resultInfo`: `microsoft.graph.resultInfo`, nullable.
    pub result_info: rt::Field<crate::beta::ResultInfo>,
    /// CSDL: property `ringingTimeoutInSeconds`: `Edm.Int32`, nullable.
    pub ringing_timeout_in_seconds: rt::Field<i32>,
    /// CSDL: property `routingPolicies`: `Collection(microsoft.graph.routingPolicy)`, nullable.
    pub routing_policies: rt::Field<::std::vec::Vec<crate::beta::RoutingPolicy>>,
    /// CSDL: property `source`: `microsoft.graph.participantInfo`, nullable.
    pub source: rt::Field<crate::beta::ParticipantInfo>,
    /// CSDL: property `state`: `microsoft.graph.callState`, nullable.
    pub state: rt::Field<crate::beta::CallState>,
    /// CSDL: property `subject`: `Edm.String`, nullable.
    pub subject: rt::Field<::std::string::String>,
    /// CSDL: property `targets`: `Collection(microsoft.graph.invitationParticipantInfo)`, nullable.
    pub targets: rt::Field<::std::vec::Vec<crate::beta::InvitationParticipantInfo>>,
    /// CSDL: property `tenantId`: `Edm.String`, nullable.
    pub tenant_id: rt::Field<::std::string::String>,
    /// CSDL: property `terminationReason`: `Edm.String`, nullable.
    pub termination_reason: rt::Field<::std::string::String>,
    /// CSDL: property `toneInfo`: `microsoft.graph.toneInfo`, nullable.
    pub tone_info: rt::Field<crate::beta::ToneInfo>,
    /// CSDL: property `transcription`: `microsoft.graph.callTranscriptionInfo`, nullable.
    pub transcription: rt::Field<crate::beta::CallTranscriptionInfo>,
    /// CSDL: containment navigation property `audioRoutingGroups`: `Collection(microsoft.graph.audioRoutingGroup)`, not nullable.
    pub audio_routing_groups: rt::Field<::std::vec::Vec<crate::beta::AudioRoutingGroup>>,
    /// CSDL: containment navigation property `operations`: `Collection(microsoft.graph.commsOperation)`, not nullable.
    pub operations: rt::Field<::std::vec::Vec<crate::beta::AnyCommsOperation>>,
    /// CSDL: containment navigation property `participants`: `Collection(microsoft.graph.participant)`, not nullable.
    pub participants: rt::Field<::std::vec::Vec<crate::beta::Participant>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
impl ::std::default::Default for Call {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            active_modalities: rt::Field::Absent,
            answered_by: rt::Field::Absent,
            callback_uri: rt::Field::Absent,
            call_chain_id: rt::Field::Absent,
            call_options: rt::Field::Absent,
            call_routes: rt::Field::Absent,
            chat_info: rt::Field::Absent,
            direction: rt::Field::Absent,
            incoming_context: rt::Field::Absent,
            media_config: rt::Field::Absent,
            media_state: rt::Field::Absent,
            meeting_capability: rt::Field::Absent,
            meeting_info: rt::Field::Absent,
            my_participant_id: rt::Field::Absent,
            requested_modalities: rt::Field::Absent,
            result_info: rt::Field::Absent,
            ringing_timeout_in_seconds: rt::Field::Absent,
            routing_policies: rt::Field::Absent,
            source: rt::Field::Absent,
            state: rt::Field::Absent,
            subject: rt::Field::Absent,
            targets: rt::Field::Absent,
            tenant_id: rt::Field::Absent,
            termination_reason: rt::Field::Absent,
            tone_info: rt::Field::Absent,
            transcription: rt::Field::Absent,
            audio_routing_groups: rt::Field::Absent,
            operations: rt::Field::Absent,
            participants: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
impl rt::Object for Call {
    const TYPE_NAME: &'static str = "microsoft.graph.call";
    const KEYS: &'static [&'static str] = &[
        "id",
        "activeModalities",
        "answeredBy",
        "callbackUri",
        "callChainId",
        "callOptions",
        "callRoutes",
        "chatInfo",
        "direction",
        "incomingContext",
        "mediaConfig",
        "mediaState",
        "meetingCapability",
        "meetingInfo",
        "myParticipantId",
        "requestedModalities",
        "resultInfo",
        "ringingTimeoutInSeconds",
        "routingPolicies",
        "source",
        "state",
        "subject",
        "targets",
        "tenantId",
        "terminationReason",
        "toneInfo",
        "transcription",
        "audioRoutingGroups",
        "operations",
        "participants",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"activeModalities\":             ",
        ",\"answeredBy\":                   ",
        ",\"callbackUri\":                  ",
        ",\"callChainId\":                  ",
        ",\"callOptions\":                  ",
        ",\"callRoutes\":                   ",
        ",\"chatInfo\":                     ",
        ",\"direction\":                    ",
        ",\"incomingContext\":              ",
        ",\"mediaConfig\":                  ",
        ",\"mediaState\":                   ",
        ",\"meetingCapability\":            ",
        ",\"meetingInfo\":                  ",
        ",\"myParticipantId\":              ",
        ",\"requestedModalities\":          ",
        ",\"resultInfo\":                   ",
        ",\"ringingTimeoutInSeconds\":      ",
        ",\"routingPolicies\":              ",
        ",\"source\":                       ",
        ",\"state\":                        ",
        ",\"subject\":                      ",
        ",\"targets\":                      ",
        ",\"tenantId\":                     ",
        ",\"terminationReason\":            ",
        ",\"toneInfo\":                     ",
        ",\"transcription\":                ",
        ",\"audioRoutingGroups\":           ",
        ",\"operations\":                   ",
        ",\"participants\":                 ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.call\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "active_modalities", &self.active_modalities);
        v.field(2usize, "answered_by", &self.answered_by);
        v.field(3usize, "callback_uri", &self.callback_uri);
        v.field(4usize, "call_chain_id", &self.call_chain_id);
        v.field(5usize, "call_options", &self.call_options);
        v.field(6usize, "call_routes", &self.call_routes);
        v.field(7usize, "chat_info", &self.chat_info);
        v.field(8usize, "direction", &self.direction);
        v.field(9usize, "incoming_context", &self.incoming_context);
        v.field(10usize, "media_config", &self.media_config);
        v.field(11usize, "media_state", &self.media_state);
        v.field(12usize, "meeting_capability", &self.meeting_capability);
        v.field(13usize, "meeting_info", &self.meeting_info);
        v.field(14usize, "my_participant_id", &self.my_participant_id);
        v.field(15usize, "requested_modalities", &self.requested_modalities);
        v.field(16usize, "result_info", &self.result_info);
        v.field(17usize, "ringing_timeout_in_seconds", &self.ringing_timeout_in_seconds);
        v.field(18usize, "routing_policies", &self.routing_policies);
        v.field(19usize, "source", &self.source);
        v.field(20usize, "state", &self.state);
        v.field(21usize, "subject", &self.subject);
        v.field(22usize, "targets", &self.targets);
        v.field(23usize, "tenant_id", &self.tenant_id);
        v.field(24usize, "termination_reason", &self.termination_reason);
        v.field(25usize, "tone_info", &self.tone_info);
        v.field(26usize, "transcription", &self.transcription);
        v.field(27usize, "audio_routing_groups", &self.audio_routing_groups);
        v.field(28usize, "operations", &self.operations);
        v.field(29usize, "participants", &self.participants);
    }
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
impl rt::object::Members for Call {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.active_modalities.read_from(r),
            2usize => self.answered_by.read_from(r),
            3usize => self.callback_uri.read_from(r),
            4usize => self.call_chain_id.read_from(r),
            5usize => self.call_options.read_from(r),
            6usize => self.call_routes.read_from(r),
            7usize => self.chat_info.read_from(r),
            8usize => self.direction.read_from(r),
            9usize => self.incoming_context.read_from(r),
            10usize => self.media_config.read_from(r),
            11usize => self.media_state.read_from(r),
            12usize => self.meeting_capability.read_from(r),
            13usize => self.meeting_info.read_from(r),
            14usize => self.my_participant_id.read_from(r),
            15usize => self.requested_modalities.read_from(r),
            16usize => self.result_info.read_from(r),
            17usize => self.ringing_timeout_in_seconds.read_from(r),
            18usize => self.routing_policies.read_from(r),
            19usize => self.source.read_from(r),
            20usize => self.state.read_from(r),
            21usize => self.subject.read_from(r),
            22usize => self.targets.read_from(r),
            23usize => self.tenant_id.read_from(r),
            24usize => self.termination_reason.read_from(r),
            25usize => self.tone_info.read_from(r),
            26usize => self.transcription.read_from(r),
            27usize => self.audio_routing_groups.read_from(r),
            28usize => self.operations.read_from(r),
            29usize => self.participants.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.active_modalities);
        w.field(2usize, &self.answered_by);
        w.field(3usize, &self.callback_uri);
        w.field(4usize, &self.call_chain_id);
        w.field(5usize, &self.call_options);
        w.field(6usize, &self.call_routes);
        w.field(7usize, &self.chat_info);
        w.field(8usize, &self.direction);
        w.field(9usize, &self.incoming_context);
        w.field(10usize, &self.media_config);
        w.field(11usize, &self.media_state);
        w.field(12usize, &self.meeting_capability);
        w.field(13usize, &self.meeting_info);
        w.field(14usize, &self.my_participant_id);
        w.field(15usize, &self.requested_modalities);
        w.field(16usize, &self.result_info);
        w.field(17usize, &self.ringing_timeout_in_seconds);
        w.field(18usize, &self.routing_policies);
        w.field(19usize, &self.source);
        w.field(20usize, &self.state);
        w.field(21usize, &self.subject);
        w.field(22usize, &self.targets);
        w.field(23usize, &self.tenant_id);
        w.field(24usize, &self.termination_reason);
        w.field(25usize, &self.tone_info);
        w.field(26usize, &self.transcription);
        w.field(27usize, &self.audio_routing_groups);
        w.field(28usize, &self.operations);
        w.field(29usize, &self.participants);
    }
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
rt::impl_object!(Call);
#[cfg(msgraph_beta_app_or_communications_or_search)]
rt::impl_setters!(
    Call { with_id id : ::std::string::String; with_active_modalities active_modalities :
    ::std::vec::Vec < crate ::beta::Modality >; with_answered_by answered_by : crate
    ::beta::ParticipantInfo; with_callback_uri callback_uri : ::std::string::String;
    with_call_chain_id call_chain_id : ::std::string::String; with_call_options
    call_options : crate ::beta::AnyCallOptions; with_call_routes call_routes :
    ::std::vec::Vec < crate ::beta::CallRoute >; with_chat_info chat_info : crate
    ::beta::ChatInfo; with_direction direction : crate ::beta::CallDirection;
    with_incoming_context incoming_context : crate ::beta::IncomingContext;
    with_media_config media_config : crate ::beta::AnyMediaConfig; with_media_state
    media_state : crate ::beta::CallMediaState; with_meeting_capability
    meeting_capability : crate ::beta::MeetingCapability; with_meeting_info meeting_info
    : crate ::beta::AnyMeetingInfo; with_my_participant_id my_participant_id :
    ::std::string::String; with_requested_modalities requested_modalities :
    ::std::vec::Vec < crate ::beta::Modality >; with_result_info result_info : crate
    ::beta::ResultInfo; with_ringing_timeout_in_seconds ringing_timeout_in_seconds : i32;
    with_routing_policies routing_policies : ::std::vec::Vec < crate
    ::beta::RoutingPolicy >; with_source source : crate ::beta::ParticipantInfo;
    with_state state : crate ::beta::CallState; with_subject subject :
    ::std::string::String; with_targets targets : ::std::vec::Vec < crate
    ::beta::InvitationParticipantInfo >; with_tenant_id tenant_id :
    ::std::string::String; with_termination_reason termination_reason :
    ::std::string::String; with_tone_info tone_info : crate ::beta::ToneInfo;
    with_transcription transcription : crate ::beta::CallTranscriptionInfo;
    with_audio_routing_groups audio_routing_groups : ::std::vec::Vec < crate
    ::beta::AudioRoutingGroup >; with_operations operations : ::std::vec::Vec < crate
    ::beta::AnyCommsOperation >; with_participants participants : ::std::vec::Vec < crate
    ::beta::Participant >; }
);
#[cfg(msgraph_beta_app_or_communications_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(Call);
#[cfg(msgraph_beta_core_or_activitystatistics)]
/// CSDL: `microsoft.graph.callActivityStatistics`, entity type, derived from `microsoft.graph.activityStatistics`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-activitystatistics`, `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct CallActivityStatistics {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `activity`: `microsoft.graph.analyticsActivityType`, nullable.
    pub activity: rt::Field<crate::beta::AnalyticsActivityType>,
    /// CSDL: property `duration`: `Edm.Duration`, not nullable.
    pub duration: rt::Field<rt::edm::Duration>,
    /// CSDL: property `endDate`: `Edm.Date`, not nullable.
    pub end_date: rt::Field<rt::edm::Date>,
    /// CSDL: property `startDate`: `Edm.Date`, not nullable.
    pub start_date: rt::Field<rt::edm::Date>,
    /// CSDL: property `timeZoneUsed`: `Edm.String`, nullable.
    pub time_zone_used: rt::Field<::std::string::String>,
    /// CSDL: property `afterHours`: `Edm.Duration`, not nullable.
    pub after_hours: rt::Field<rt::edm::Duration>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_activitystatistics)]
impl ::std::default::Default for CallActivityStatistics {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            activity: rt::Field::Absent,
            duration: rt::Field::Absent,
            end_date: rt::Field::Absent,
            start_date: rt::Field::Absent,
            time_zone_used: rt::Field::Absent,
            after_hours: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_activitystatistics)]
impl rt::Object for CallActivityStatistics {
    const TYPE_NAME: &'static str = "microsoft.graph.callActivityStatistics";
    const KEYS: &'static [&'static str] = &[
        "id",
        "activity",
        "duration",
        "endDate",
        "startDate",
        "timeZoneUsed",
        "afterHours",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"activity\":                     ",
        ",\"duration\":                     ",
        ",\"endDate\":                      ",
        ",\"startDate\":                    ",
        ",\"timeZoneUsed\":                 ",
        ",\"afterHours\":                   ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.callActivityStatistics\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "activity", &self.activity);
        v.field(2usize, "duration", &self.duration);
        v.field(3usize, "end_date", &self.end_date);
        v.field(4usize, "start_date", &self.start_date);
        v.field(5usize, "time_zone_used", &self.time_zone_used);
        v.field(6usize, "after_hours", &self.after_hours);
    }
}
#[cfg(msgraph_beta_core_or_activitystatistics)]
impl rt::object::Members for CallActivityStatistics {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.activity.read_from(r),
            2usize => self.duration.read_from(r),
            3usize => self.end_date.read_from(r),
            4usize => self.start_date.read_from(r),
            5usize => self.time_zone_used.read_from(r),
            6usize => self.after_hours.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.activity);
        w.field(2usize, &self.duration);
        w.field(3usize, &self.end_date);
        w.field(4usize, &self.start_date);
        w.field(5usize, &self.time_zone_used);
        w.field(6usize, &self.after_hours);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_core_or_activitystatistics)]
rt::impl_object!(CallActivityStatistics);
#[cfg(msgraph_beta_core_or_activitystatistics)]
rt::impl_setters!(
    CallActivityStatistics { with_id id : ::std::string::String; with_activity activity :
    crate ::beta::AnalyticsActivityType; with_duration duration : rt::edm::Duration;
    with_end_date end_date : rt::edm::Date; with_start_date start_date : rt::edm::Date;
    with_time_zone_used time_zone_used : ::std::string::String; with_after_hours
    after_hours : rt::edm::Duration; }
);
#[cfg(msgraph_beta_core_or_activitystatistics)]
#[cfg(feature = "serde")]
rt::impl_serde!(CallActivityStatistics);
#[cfg(msgraph_beta_app_or_communications_or_search)]
/// CSDL: `microsoft.graph.callDirection`, enum type.
///
/// Features: `beta`, or one of `beta-app`, `beta-communications`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum CallDirection {
    /// `incoming` (value 0).
    Incoming,
    /// `outgoing` (value 1).
    Outgoing,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
impl rt::StrEnum for CallDirection {
    const TYPE_NAME: &'static str = "microsoft.graph.callDirection";
    const MEMBERS: &'static [&'static str] = &["incoming", "outgoing"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "incoming" => Self::Incoming,
                "outgoing" => Self::Outgoing,
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
            Self::Incoming => "incoming",
            Self::Outgoing => "outgoing",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
rt::impl_enum!(CallDirection);
#[cfg(msgraph_beta_app_or_communications_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(CallDirection);
#[cfg(msgraph_beta_app_or_communications_or_search)]
/// CSDL: `microsoft.graph.callDisposition`, enum type.
///
/// Features: `beta`, or one of `beta-app`, `beta-communications`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum CallDisposition {
    /// `default` (value 0).
    Default,
    /// `simultaneousRing` (value 1).
    SimultaneousRing,
    /// `forward` (value 2).
    Forward,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
impl rt::StrEnum for CallDisposition {
    const TYPE_NAME: &'static str = "microsoft.graph.callDisposition";
    const MEMBERS: &'static [&'static str] = &["default", "simultaneousRing", "forward"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "default" => Self::Default,
                "simultaneousRing" => Self::SimultaneousRing,
                "forward" => Self::Forward,
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
            Self::SimultaneousRing => "simultaneousRing",
            Self::Forward => "forward",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
rt::impl_enum!(CallDisposition);
#[cfg(msgraph_beta_app_or_communications_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(CallDisposition);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.callEndedEventMessageDetail`, complex type, derived from `microsoft.graph.eventMessageDetail`.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct CallEndedEventMessageDetail {
    /// CSDL: property `callDuration`: `Edm.Duration`, nullable.
    pub call_duration: rt::Field<rt::edm::Duration>,
    /// CSDL: property `callId`: `Edm.String`, nullable.
    pub call_id: rt::Field<::std::string::String>,
    /// CSDL: property `callParticipants`: `Collection(microsoft.graph.callParticipantInfo)`, nullable.
    pub call_participants: rt::Field<::std::vec::Vec<crate::beta::CallParticipantInfo>>,
    /// CSDL: property `initiator`: `microsoft.graph.identitySet`, nullable.
    pub initiator: rt::Field<crate::beta::IdentitySet>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for CallEndedEventMessageDetail {
    #[inline]
    fn default() -> Self {
        Self {
            call_duration: rt::Field::Absent,
            call_id: rt::Field::Absent,
            call_participants: rt::Field::Absent,
            initiator: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for CallEndedEventMessageDetail {
    const TYPE_NAME: &'static str = "microsoft.graph.callEndedEventMessageDetail";
    const KEYS: &'static [&'static str] = &[
        "callDuration",
        "callId",
        "callParticipants",
        "initiator",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"callDuration\":                 ",
        ",\"callId\":                       ",
        ",\"callParticipants\":             ",
        ",\"initiator\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.callEndedEventMessageDetail\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "call_duration", &self.call_duration);
        v.field(1usize, "call_id", &self.call_id);
        v.field(2usize, "call_participants", &self.call_participants);
        v.field(3usize, "initiator", &self.initiator);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for CallEndedEventMessageDetail {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.call_duration.read_from(r),
            1usize => self.call_id.read_from(r),
            2usize => self.call_participants.read_from(r),
            3usize => self.initiator.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.call_duration);
        w.field(1usize, &self.call_id);
        w.field(2usize, &self.call_participants);
        w.field(3usize, &self.initiator);
    }
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
rt::impl_object!(CallEndedEventMessageDetail);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    CallEndedEventMessageDetail { with_call_duration call_duration : rt::edm::Duration;
    with_call_id call_id : ::std::string::String; with_call_participants
    call_participants : ::std::vec::Vec < crate ::beta::CallParticipantInfo >;
    with_initiator initiator : crate ::beta::IdentitySet; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(CallEndedEventMessageDetail);
#[cfg(msgraph_beta_app_or_communications_or_search)]
/// CSDL: `microsoft.graph.callMediaState`, complex type.
///
/// Features: `beta`, or one of `beta-app`, `beta-communications`, `beta-search`.
#[derive(Clone)]
pub struct CallMediaState {
    /// CSDL: property `audio`: `microsoft.graph.mediaState`, nullable.
    pub audio: rt::Field<crate::beta::MediaState>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
impl ::std::default::Default for CallMediaState {
    #[inline]
    fn default() -> Self {
        Self {
            audio: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
impl rt::Object for CallMediaState {
    const TYPE_NAME: &'static str = "microsoft.graph.callMediaState";
    const KEYS: &'static [&'static str] = &["audio"];
    const KEYS_JSON: &'static [&'static str] = &[",\"audio\":                        "];
    const TAG: &'static str = "\"#microsoft.graph.callMediaState\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "audio", &self.audio);
    }
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
impl rt::object::Members for CallMediaState {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.audio.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.audio);
    }
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
rt::impl_object!(CallMediaState);
#[cfg(msgraph_beta_app_or_communications_or_search)]
rt::impl_setters!(CallMediaState { with_audio audio : crate ::beta::MediaState; });
#[cfg(msgraph_beta_app_or_communications_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(CallMediaState);
#[cfg(msgraph_beta_app_or_communications_or_search)]
/// CSDL: `microsoft.graph.callOptions`, complex type, abstract.
///
/// Features: `beta`, or one of `beta-app`, `beta-communications`, `beta-search`.
#[derive(Clone)]
pub struct CallOptions {
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
impl ::std::default::Default for CallOptions {
    #[inline]
    fn default() -> Self {
        Self {
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
impl rt::Object for CallOptions {
    const TYPE_NAME: &'static str = "microsoft.graph.callOptions";
    const KEYS: &'static [&'static str] = &[];
    const KEYS_JSON: &'static [&'static str] = &[];
    const TAG: &'static str = "\"#microsoft.graph.callOptions\"";
    #[inline]
    #[allow(unused_variables)]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {}
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
impl rt::object::Members for CallOptions {
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
#[cfg(msgraph_beta_app_or_communications_or_search)]
rt::impl_object!(CallOptions);
#[cfg(msgraph_beta_app_or_communications_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(CallOptions);
#[cfg(msgraph_beta_app_or_communications_or_search)]
/// `microsoft.graph.callOptions` or any type derived from it, selected by `@odata.type` (2 types); each variant's type converts into it (`From`).
///
/// Features: `beta`, or one of `beta-app`, `beta-communications`, `beta-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyCallOptions {
    CallOptions(::std::boxed::Box<crate::beta::CallOptions>),
    OutgoingCallOptions(::std::boxed::Box<crate::beta::OutgoingCallOptions>),
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
impl ::std::default::Default for AnyCallOptions {
    #[inline]
    fn default() -> Self {
        Self::CallOptions(::std::default::Default::default())
    }
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::CallOptions> for AnyCallOptions {
    #[inline]
    fn from(v: crate::beta::CallOptions) -> Self {
        Self::CallOptions(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::OutgoingCallOptions> for AnyCallOptions {
    #[inline]
    fn from(v: crate::beta::OutgoingCallOptions) -> Self {
        Self::OutgoingCallOptions(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
unsafe impl ::std::marker::Send for AnyCallOptions {}
#[cfg(msgraph_beta_app_or_communications_or_search)]
unsafe impl ::std::marker::Sync for AnyCallOptions {}
#[cfg(msgraph_beta_app_or_communications_or_search)]
impl ::std::marker::Unpin for AnyCallOptions {}
#[cfg(msgraph_beta_app_or_communications_or_search)]
impl ::std::panic::UnwindSafe for AnyCallOptions {}
#[cfg(msgraph_beta_app_or_communications_or_search)]
impl ::std::panic::RefUnwindSafe for AnyCallOptions {}
#[cfg(msgraph_beta_app_or_communications_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::beta::CallOptions>();
    rt::object::auto_traits::<crate::beta::OutgoingCallOptions>();
};
#[cfg(msgraph_beta_app_or_communications_or_search)]
impl rt::Poly for AnyCallOptions {
    const BASE_NAME: &'static str = "microsoft.graph.callOptions";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some("microsoft.graph.outgoingCallOptions") => {
                Self::OutgoingCallOptions(rt::object::new_boxed())
            }
            _ => Self::CallOptions(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::CallOptions(v) => &**v,
            Self::OutgoingCallOptions(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::CallOptions(v) => &mut **v,
            Self::OutgoingCallOptions(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
impl AnyCallOptions {
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
#[cfg(msgraph_beta_app_or_communications_or_search)]
rt::impl_poly!(AnyCallOptions);
#[cfg(msgraph_beta_app_or_communications_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyCallOptions);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.callParticipantInfo`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct CallParticipantInfo {
    /// CSDL: property `participant`: `microsoft.graph.identitySet`, nullable.
    pub participant: rt::Field<crate::beta::IdentitySet>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for CallParticipantInfo {
    #[inline]
    fn default() -> Self {
        Self {
            participant: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for CallParticipantInfo {
    const TYPE_NAME: &'static str = "microsoft.graph.callParticipantInfo";
    const KEYS: &'static [&'static str] = &["participant"];
    const KEYS_JSON: &'static [&'static str] = &[",\"participant\":                  "];
    const TAG: &'static str = "\"#microsoft.graph.callParticipantInfo\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "participant", &self.participant);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for CallParticipantInfo {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.participant.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.participant);
    }
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
rt::impl_object!(CallParticipantInfo);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    CallParticipantInfo { with_participant participant : crate ::beta::IdentitySet; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(CallParticipantInfo);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.callRecordingEventMessageDetail`, complex type, derived from `microsoft.graph.eventMessageDetail`.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct CallRecordingEventMessageDetail {
    /// CSDL: property `callId`: `Edm.String`, nullable.
    pub call_id: rt::Field<::std::string::String>,
    /// CSDL: property `callRecordingDisplayName`: `Edm.String`, nullable.
    pub call_recording_display_name: rt::Field<::std::string::String>,
    /// CSDL: property `callRecordingDuration`: `Edm.Duration`, nullable.
    pub call_recording_duration: rt::Field<rt::edm::Duration>,
    /// CSDL: property `callRecordingStatus`: `microsoft.graph.callRecordingStatus`, nullable.
    pub call_recording_status: rt::Field<crate::beta::CallRecordingStatus>,
    /// CSDL: property `callRecordingUrl`: `Edm.String`, nullable.
    pub call_recording_url: rt::Field<::std::string::String>,
    /// CSDL: property `initiator`: `microsoft.graph.identitySet`, nullable.
    pub initiator: rt::Field<crate::beta::IdentitySet>,
    /// CSDL: property `meetingOrganizer`: `microsoft.graph.identitySet`, nullable.
    pub meeting_organizer: rt::Field<crate::beta::IdentitySet>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for CallRecordingEventMessageDetail {
    #[inline]
    fn default() -> Self {
        Self {
            call_id: rt::Field::Absent,
            call_recording_display_name: rt::Field::Absent,
            call_recording_duration: rt::Field::Absent,
            call_recording_status: rt::Field::Absent,
            call_recording_url: rt::Field::Absent,
            initiator: rt::Field::Absent,
            meeting_organizer: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for CallRecordingEventMessageDetail {
    const TYPE_NAME: &'static str = "microsoft.graph.callRecordingEventMessageDetail";
    const KEYS: &'static [&'static str] = &[
        "callId",
        "callRecordingDisplayName",
        "callRecordingDuration",
        "callRecordingStatus",
        "callRecordingUrl",
        "initiator",
        "meetingOrganizer",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"callId\":                       ",
        ",\"callRecordingDisplayName\":     ",
        ",\"callRecordingDuration\":        ",
        ",\"callRecordingStatus\":          ",
        ",\"callRecordingUrl\":             ",
        ",\"initiator\":                    ",
        ",\"meetingOrganizer\":             ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.callRecordingEventMessageDetail\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "call_id", &self.call_id);
        v.field(
            1usize,
            "call_recording_display_name",
            &self.call_recording_display_name,
        );
        v.field(2usize, "call_recording_duration", &self.call_recording_duration);
        v.field(3usize, "call_recording_status", &self.call_recording_status);
        v.field(4usize, "call_recording_url", &self.call_recording_url);
        v.field(5usize, "initiator", &self.initiator);
        v.field(6usize, "meeting_organizer", &self.meeting_organizer);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for CallRecordingEventMessageDetail {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.call_id.read_from(r),
            1usize => self.call_recording_display_name.read_from(r),
            2usize => self.call_recording_duration.read_from(r),
            3usize => self.call_recording_status.read_from(r),
            4usize => self.call_recording_url.read_from(r),
            5usize => self.initiator.read_from(r),
            6usize => self.meeting_organizer.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.call_id);
        w.field(1usize, &self.call_recording_display_name);
        w.field(2usize, &self.call_recording_duration);
        w.field(3usize, &self.call_recording_status);
        w.field(4usize, &self.call_recording_url);
        w.field(5usize, &self.initiator);
        w.field(6usize, &self.meeting_organizer);
    }
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
rt::impl_object!(CallRecordingEventMessageDetail);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    CallRecordingEventMessageDetail { with_call_id call_id : ::std::string::String;
    with_call_recording_display_name call_recording_display_name : ::std::string::String;
    with_call_recording_duration call_recording_duration : rt::edm::Duration;
    with_call_recording_status call_recording_status : crate ::beta::CallRecordingStatus;
    with_call_recording_url call_recording_url : ::std::string::String; with_initiator
    initiator : crate ::beta::IdentitySet; with_meeting_organizer meeting_organizer :
    crate ::beta::IdentitySet; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(CallRecordingEventMessageDetail);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.callRecordingStatus`, enum type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum CallRecordingStatus {
    /// `success` (value 0).
    Success,
    /// `failure` (value 1).
    Failure,
    /// `initial` (value 2).
    Initial,
    /// `chunkFinished` (value 3).
    ChunkFinished,
    /// `unknownFutureValue` (value 4).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_core)]
impl rt::StrEnum for CallRecordingStatus {
    const TYPE_NAME: &'static str = "microsoft.graph.callRecordingStatus";
    const MEMBERS: &'static [&'static str] = &[
        "success",
        "failure",
        "initial",
        "chunkFinished",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "success" => Self::Success,
                "failure" => Self::Failure,
                "initial" => Self::Initial,
                "chunkFinished" => Self::ChunkFinished,
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
            Self::Initial => "initial",
            Self::ChunkFinished => "chunkFinished",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_core)]
rt::impl_enum!(CallRecordingStatus);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(CallRecordingStatus);
#[cfg(msgraph_beta_app_or_communications_or_search)]
/// CSDL: `microsoft.graph.callRoute`, complex type.
///
/// Features: `beta`, or one of `beta-app`, `beta-communications`, `beta-search`.
#[derive(Clone)]
pub struct CallRoute {
    /// CSDL: property `final`: `microsoft.graph.identitySet`, not nullable.
    pub final_: rt::Field<crate::beta::IdentitySet>,
    /// CSDL: property `original`: `microsoft.graph.identitySet`, not nullable.
    pub original: rt::Field<crate::beta::IdentitySet>,
    /// CSDL: property `routingType`: `microsoft.graph.routingType`, not nullable.
    pub routing_type: rt::Field<crate::beta::RoutingType>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
impl ::std::default::Default for CallRoute {
    #[inline]
    fn default() -> Self {
        Self {
            final_: rt::Field::Absent,
            original: rt::Field::Absent,
            routing_type: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
impl rt::Object for CallRoute {
    const TYPE_NAME: &'static str = "microsoft.graph.callRoute";
    const KEYS: &'static [&'static str] = &["final", "original", "routingType"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"final\":                        ",
        ",\"original\":                     ",
        ",\"routingType\":                  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.callRoute\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "final_", &self.final_);
        v.field(1usize, "original", &self.original);
        v.field(2usize, "routing_type", &self.routing_type);
    }
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
impl rt::object::Members for CallRoute {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.final_.read_from(r),
            1usize => self.original.read_from(r),
            2usize => self.routing_type.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.final_);
        w.field(1usize, &self.original);
        w.field(2usize, &self.routing_type);
    }
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
rt::impl_object!(CallRoute);
#[cfg(msgraph_beta_app_or_communications_or_search)]
rt::impl_setters!(
    CallRoute { with_final final_ : crate ::beta::IdentitySet; with_original original :
    crate ::beta::IdentitySet; with_routing_type routing_type : crate
    ::beta::RoutingType; }
);
#[cfg(msgraph_beta_app_or_communications_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(CallRoute);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.callStartedEventMessageDetail`, complex type, derived from `microsoft.graph.eventMessageDetail`.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct CallStartedEventMessageDetail {
    /// CSDL: property `callId`: `Edm.String`, nullable.
    pub call_id: rt::Field<::std::string::String>,
    /// CSDL: property `initiator`: `microsoft.graph.identitySet`, nullable.
    pub initiator: rt::Field<crate::beta::IdentitySet>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for CallStartedEventMessageDetail {
    #[inline]
    fn default() -> Self {
        Self {
            call_id: rt::Field::Absent,
            initiator: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for CallStartedEventMessageDetail {
    const TYPE_NAME: &'static str = "microsoft.graph.callStartedEventMessageDetail";
    const KEYS: &'static [&'static str] = &["callId", "initiator"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"callId\":                       ",
        ",\"initiator\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.callStartedEventMessageDetail\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "call_id", &self.call_id);
        v.field(1usize, "initiator", &self.initiator);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for CallStartedEventMessageDetail {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.call_id.read_from(r),
            1usize => self.initiator.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.call_id);
        w.field(1usize, &self.initiator);
    }
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
rt::impl_object!(CallStartedEventMessageDetail);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    CallStartedEventMessageDetail { with_call_id call_id : ::std::string::String;
    with_initiator initiator : crate ::beta::IdentitySet; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(CallStartedEventMessageDetail);
#[cfg(msgraph_beta_app_or_communications_or_search)]
/// CSDL: `microsoft.graph.callState`, enum type.
///
/// Features: `beta`, or one of `beta-app`, `beta-communications`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum CallState {
    /// `incoming` (value 0).
    Incoming,
    /// `establishing` (value 1).
    Establishing,
    /// `ringing` (value 2).
    Ringing,
    /// `established` (value 3).
    Established,
    /// `hold` (value 4).
    Hold,
    /// `transferring` (value 5).
    Transferring,
    /// `transferAccepted` (value 6).
    TransferAccepted,
    /// `redirecting` (value 7).
    Redirecting,
    /// `terminating` (value 8).
    Terminating,
    /// `terminated` (value 9).
    Terminated,
    /// `unknownFutureValue` (value 10).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
impl rt::StrEnum for CallState {
    const TYPE_NAME: &'static str = "microsoft.graph.callState";
    const MEMBERS: &'static [&'static str] = &[
        "incoming",
        "establishing",
        "ringing",
        "established",
        "hold",
        "transferring",
        "transferAccepted",
        "redirecting",
        "terminating",
        "terminated",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "incoming" => Self::Incoming,
                "establishing" => Self::Establishing,
                "ringing" => Self::Ringing,
                "established" => Self::Established,
                "hold" => Self::Hold,
                "transferring" => Self::Transferring,
                "transferAccepted" => Self::TransferAccepted,
                "redirecting" => Self::Redirecting,
                "terminating" => Self::Terminating,
                "terminated" => Self::Terminated,
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
            Self::Incoming => "incoming",
            Self::Establishing => "establishing",
            Self::Ringing => "ringing",
            Self::Established => "established",
            Self::Hold => "hold",
            Self::Transferring => "transferring",
            Self::TransferAccepted => "transferAccepted",
            Self::Redirecting => "redirecting",
            Self::Terminating => "terminating",
            Self::Terminated => "terminated",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
rt::impl_enum!(CallState);
#[cfg(msgraph_beta_app_or_communications_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(CallState);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.callTranscriptEventMessageDetail`, complex type, derived from `microsoft.graph.eventMessageDetail`.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct CallTranscriptEventMessageDetail {
    /// CSDL: property `callId`: `Edm.String`, nullable.
    pub call_id: rt::Field<::std::string::String>,
    /// CSDL: property `callTranscriptICalUid`: `Edm.String`, nullable.
    pub call_transcript_i_cal_uid: rt::Field<::std::string::String>,
    /// CSDL: property `meetingOrganizer`: `microsoft.graph.identitySet`, nullable.
    pub meeting_organizer: rt::Field<crate::beta::IdentitySet>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for CallTranscriptEventMessageDetail {
    #[inline]
    fn default() -> Self {
        Self {
            call_id: rt::Field::Absent,
            call_transcript_i_cal_uid: rt::Field::Absent,
            meeting_organizer: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for CallTranscriptEventMessageDetail {
    const TYPE_NAME: &'static str = "microsoft.graph.callTranscriptEventMessageDetail";
    const KEYS: &'static [&'static str] = &[
        "callId",
        "callTranscriptICalUid",
        "meetingOrganizer",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"callId\":                       ",
        ",\"callTranscriptICalUid\":        ",
        ",\"meetingOrganizer\":             ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.callTranscriptEventMessageDetail\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "call_id", &self.call_id);
        v.field(1usize, "call_transcript_i_cal_uid", &self.call_transcript_i_cal_uid);
        v.field(2usize, "meeting_organizer", &self.meeting_organizer);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for CallTranscriptEventMessageDetail {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.call_id.read_from(r),
            1usize => self.call_transcript_i_cal_uid.read_from(r),
            2usize => self.meeting_organizer.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.call_id);
        w.field(1usize, &self.call_transcript_i_cal_uid);
        w.field(2usize, &self.meeting_organizer);
    }
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
rt::impl_object!(CallTranscriptEventMessageDetail);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    CallTranscriptEventMessageDetail { with_call_id call_id : ::std::string::String;
    with_call_transcript_i_cal_uid call_transcript_i_cal_uid : ::std::string::String;
    with_meeting_organizer meeting_organizer : crate ::beta::IdentitySet; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(CallTranscriptEventMessageDetail);
#[cfg(msgraph_beta_app_or_communications_or_search)]
/// CSDL: `microsoft.graph.callTranscriptionInfo`, complex type.
///
/// Features: `beta`, or one of `beta-app`, `beta-communications`, `beta-search`.
#[derive(Clone)]
pub struct CallTranscriptionInfo {
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `state`: `microsoft.graph.callTranscriptionState`, not nullable.
    pub state: rt::Field<crate::beta::CallTranscriptionState>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
impl ::std::default::Default for CallTranscriptionInfo {
    #[inline]
    fn default() -> Self {
        Self {
            last_modified_date_time: rt::Field::Absent,
            state: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
impl rt::Object for CallTranscriptionInfo {
    const TYPE_NAME: &'static str = "microsoft.graph.callTranscriptionInfo";
    const KEYS: &'static [&'static str] = &["lastModifiedDateTime", "state"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"lastModifiedDateTime\":         ",
        ",\"state\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.callTranscriptionInfo\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(1usize, "state", &self.state);
    }
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
impl rt::object::Members for CallTranscriptionInfo {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.last_modified_date_time.read_from(r),
            1usize => self.state.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.last_modified_date_time);
        w.field(1usize, &self.state);
    }
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
rt::impl_object!(CallTranscriptionInfo);
#[cfg(msgraph_beta_app_or_communications_or_search)]
rt::impl_setters!(
    CallTranscriptionInfo { with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_state state : crate ::beta::CallTranscriptionState; }
);
#[cfg(msgraph_beta_app_or_communications_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(CallTranscriptionInfo);
#[cfg(msgraph_beta_app_or_communications_or_search)]
/// CSDL: `microsoft.graph.callTranscriptionState`, enum type.
///
/// Features: `beta`, or one of `beta-app`, `beta-communications`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum CallTranscriptionState {
    /// `notStarted` (value 0).
    NotStarted,
    /// `active` (value 1).
    Active,
    /// `inactive` (value 2).
    Inactive,
    /// `unknownFutureValue` (value 3).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
impl rt::StrEnum for CallTranscriptionState {
    const TYPE_NAME: &'static str = "microsoft.graph.callTranscriptionState";
    const MEMBERS: &'static [&'static str] = &[
        "notStarted",
        "active",
        "inactive",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "notStarted" => Self::NotStarted,
                "active" => Self::Active,
                "inactive" => Self::Inactive,
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
            Self::Active => "active",
            Self::Inactive => "inactive",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
rt::impl_enum!(CallTranscriptionState);
#[cfg(msgraph_beta_app_or_communications_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(CallTranscriptionState);
#[cfg(msgraph_beta_app_or_communications_or_search)]
/// CSDL: `microsoft.graph.cancelMediaProcessingOperation`, entity type, derived from `microsoft.graph.commsOperation`, open, key `id`.
///
/// Request builders: [`CommsOperationPath`](requests/trait.CommsOperationPath.html), what a path to one (`EntityPath<CancelMediaProcessingOperation, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-app`, `beta-communications`, `beta-search`.
#[derive(Clone)]
pub struct CancelMediaProcessingOperation {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `clientContext`: `Edm.String`, nullable.
    pub client_context: rt::Field<::std::string::String>,
    /// CSDL: property `resultInfo`: `microsoft.graph.resultInfo`, nullable.
    pub result_info: rt::Field<crate::beta::ResultInfo>,
    /// CSDL: property `status`: `microsoft.graph.operationStatus`, not nullable.
    pub status: rt::Field<crate::beta::OperationStatus>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
impl ::std::default::Default for CancelMediaProcessingOperation {
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
#[cfg(msgraph_beta_app_or_communications_or_search)]
impl rt::Object for CancelMediaProcessingOperation {
    const TYPE_NAME: &'static str = "microsoft.graph.cancelMediaProcessingOperation";
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
    const TAG: &'static str = "\"#microsoft.graph.cancelMediaProcessingOperation\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "client_context", &self.client_context);
        v.field(2usize, "result_info", &self.result_info);
        v.field(3usize, "status", &self.status);
    }
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
impl rt::object::Members for CancelMediaProcessingOperation {
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
#[cfg(msgraph_beta_app_or_communications_or_search)]
rt::impl_object!(CancelMediaProcessingOperation);
#[cfg(msgraph_beta_app_or_communications_or_search)]
rt::impl_setters!(
    CancelMediaProcessingOperation { with_id id : ::std::string::String;
    with_client_context client_context : ::std::string::String; with_result_info
    result_info : crate ::beta::ResultInfo; with_status status : crate
    ::beta::OperationStatus; }
);
#[cfg(msgraph_beta_app_or_communications_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(CancelMediaProcessingOperation);
#[cfg(msgraph_beta_device_management_or_search)]
/// CartToClassAssociation for associating device carts with classrooms.
///
/// CSDL: `microsoft.graph.cartToClassAssociation`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct CartToClassAssociation {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Identifiers of classrooms to be associated with device carts.
    ///
    /// CSDL: property `classroomIds`: `Collection(Edm.String)`, nullable.
    pub classroom_ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// DateTime the object was created.
    ///
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Admin provided description of the CartToClassAssociation.
    ///
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// Identifiers of device carts to be associated with classes.
    ///
    /// CSDL: property `deviceCartIds`: `Collection(Edm.String)`, nullable.
    pub device_cart_ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Admin provided name of the device configuration.
    ///
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// DateTime the object was last modified.
    ///
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Version of the CartToClassAssociation.
    ///
    /// CSDL: property `version`: `Edm.Int32`, not nullable.
    pub version: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for CartToClassAssociation {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            classroom_ids: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            description: rt::Field::Absent,
            device_cart_ids: rt::Field::Absent,
            display_name: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            version: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for CartToClassAssociation {
    const TYPE_NAME: &'static str = "microsoft.graph.cartToClassAssociation";
    const KEYS: &'static [&'static str] = &[
        "id",
        "classroomIds",
        "createdDateTime",
        "description",
        "deviceCartIds",
        "displayName",
        "lastModifiedDateTime",
        "version",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"classroomIds\":                 ",
        ",\"createdDateTime\":              ",
        ",\"description\":                  ",
        ",\"deviceCartIds\":                ",
        ",\"displayName\":                  ",
        ",\"lastModifiedDateTime\":         ",
        ",\"version\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.cartToClassAssociation\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "classroom_ids", &self.classroom_ids);
        v.field(2usize, "created_date_time", &self.created_date_time);
        v.field(3usize, "description", &self.description);
        v.field(4usize, "device_cart_ids", &self.device_cart_ids);
        v.field(5usize, "display_name", &self.display_name);
        v.field(6usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(7usize, "version", &self.version);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for CartToClassAssociation {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.classroom_ids.read_from(r),
            2usize => self.created_date_time.read_from(r),
            3usize => self.description.read_from(r),
            4usize => self.device_cart_ids.read_from(r),
            5usize => self.display_name.read_from(r),
            6usize => self.last_modified_date_time.read_from(r),
            7usize => self.version.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.classroom_ids);
        w.field(2usize, &self.created_date_time);
        w.field(3usize, &self.description);
        w.field(4usize, &self.device_cart_ids);
        w.field(5usize, &self.display_name);
        w.field(6usize, &self.last_modified_date_time);
        w.field(7usize, &self.version);
    }
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
rt::impl_object!(CartToClassAssociation);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    CartToClassAssociation { with_id id : ::std::string::String; with_classroom_ids
    classroom_ids : ::std::vec::Vec < ::std::string::String >; with_created_date_time
    created_date_time : rt::edm::DateTimeOffset; with_description description :
    ::std::string::String; with_device_cart_ids device_cart_ids : ::std::vec::Vec <
    ::std::string::String >; with_display_name display_name : ::std::string::String;
    with_last_modified_date_time last_modified_date_time : rt::edm::DateTimeOffset;
    with_version version : i32; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(CartToClassAssociation);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.categoryColor`, enum type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
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
#[cfg(msgraph_beta_core)]
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
#[cfg(msgraph_beta_core)]
rt::impl_enum!(CategoryColor);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(CategoryColor);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.certificateDestinationStore`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum CertificateDestinationStore {
    /// `computerCertStoreRoot` (value 0).
    ComputerCertStoreRoot,
    /// `computerCertStoreIntermediate` (value 1).
    ComputerCertStoreIntermediate,
    /// `userCertStoreIntermediate` (value 2).
    UserCertStoreIntermediate,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for CertificateDestinationStore {
    const TYPE_NAME: &'static str = "microsoft.graph.certificateDestinationStore";
    const MEMBERS: &'static [&'static str] = &[
        "computerCertStoreRoot",
        "computerCertStoreIntermediate",
        "userCertStoreIntermediate",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "computerCertStoreRoot" => Self::ComputerCertStoreRoot,
                "computerCertStoreIntermediate" => Self::ComputerCertStoreIntermediate,
                "userCertStoreIntermediate" => Self::UserCertStoreIntermediate,
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
            Self::ComputerCertStoreRoot => "computerCertStoreRoot",
            Self::ComputerCertStoreIntermediate => "computerCertStoreIntermediate",
            Self::UserCertStoreIntermediate => "userCertStoreIntermediate",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(CertificateDestinationStore);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(CertificateDestinationStore);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.certificateIssuanceStates`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum CertificateIssuanceStates {
    /// `unknown` (value 0).
    Unknown,
    /// `challengeIssued` (value 1).
    ChallengeIssued,
    /// `challengeIssueFailed` (value 2).
    ChallengeIssueFailed,
    /// `requestCreationFailed` (value 3).
    RequestCreationFailed,
    /// `requestSubmitFailed` (value 4).
    RequestSubmitFailed,
    /// `challengeValidationSucceeded` (value 5).
    ChallengeValidationSucceeded,
    /// `challengeValidationFailed` (value 6).
    ChallengeValidationFailed,
    /// `issueFailed` (value 7).
    IssueFailed,
    /// `issuePending` (value 8).
    IssuePending,
    /// `issued` (value 9).
    Issued,
    /// `responseProcessingFailed` (value 10).
    ResponseProcessingFailed,
    /// `responsePending` (value 11).
    ResponsePending,
    /// `enrollmentSucceeded` (value 12).
    EnrollmentSucceeded,
    /// `enrollmentNotNeeded` (value 13).
    EnrollmentNotNeeded,
    /// `revoked` (value 14).
    Revoked,
    /// `removedFromCollection` (value 15).
    RemovedFromCollection,
    /// `renewVerified` (value 16).
    RenewVerified,
    /// `installFailed` (value 17).
    InstallFailed,
    /// `installed` (value 18).
    Installed,
    /// `deleteFailed` (value 19).
    DeleteFailed,
    /// `deleted` (value 20).
    Deleted,
    /// `renewalRequested` (value 21).
    RenewalRequested,
    /// `requested` (value 22).
    Requested,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for CertificateIssuanceStates {
    const TYPE_NAME: &'static str = "microsoft.graph.certificateIssuanceStates";
    const MEMBERS: &'static [&'static str] = &[
        "unknown",
        "challengeIssued",
        "challengeIssueFailed",
        "requestCreationFailed",
        "requestSubmitFailed",
        "challengeValidationSucceeded",
        "challengeValidationFailed",
        "issueFailed",
        "issuePending",
        "issued",
        "responseProcessingFailed",
        "responsePending",
        "enrollmentSucceeded",
        "enrollmentNotNeeded",
        "revoked",
        "removedFromCollection",
        "renewVerified",
        "installFailed",
        "installed",
        "deleteFailed",
        "deleted",
        "renewalRequested",
        "requested",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "unknown" => Self::Unknown,
                "challengeIssued" => Self::ChallengeIssued,
                "challengeIssueFailed" => Self::ChallengeIssueFailed,
                "requestCreationFailed" => Self::RequestCreationFailed,
                "requestSubmitFailed" => Self::RequestSubmitFailed,
                "challengeValidationSucceeded" => Self::ChallengeValidationSucceeded,
                "challengeValidationFailed" => Self::ChallengeValidationFailed,
                "issueFailed" => Self::IssueFailed,
                "issuePending" => Self::IssuePending,
                "issued" => Self::Issued,
                "responseProcessingFailed" => Self::ResponseProcessingFailed,
                "responsePending" => Self::ResponsePending,
                "enrollmentSucceeded" => Self::EnrollmentSucceeded,
                "enrollmentNotNeeded" => Self::EnrollmentNotNeeded,
                "revoked" => Self::Revoked,
                "removedFromCollection" => Self::RemovedFromCollection,
                "renewVerified" => Self::RenewVerified,
                "installFailed" => Self::InstallFailed,
                "installed" => Self::Installed,
                "deleteFailed" => Self::DeleteFailed,
                "deleted" => Self::Deleted,
                "renewalRequested" => Self::RenewalRequested,
                "requested" => Self::Requested,
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
            Self::ChallengeIssued => "challengeIssued",
            Self::ChallengeIssueFailed => "challengeIssueFailed",
            Self::RequestCreationFailed => "requestCreationFailed",
            Self::RequestSubmitFailed => "requestSubmitFailed",
            Self::ChallengeValidationSucceeded => "challengeValidationSucceeded",
            Self::ChallengeValidationFailed => "challengeValidationFailed",
            Self::IssueFailed => "issueFailed",
            Self::IssuePending => "issuePending",
            Self::Issued => "issued",
            Self::ResponseProcessingFailed => "responseProcessingFailed",
            Self::ResponsePending => "responsePending",
            Self::EnrollmentSucceeded => "enrollmentSucceeded",
            Self::EnrollmentNotNeeded => "enrollmentNotNeeded",
            Self::Revoked => "revoked",
            Self::RemovedFromCollection => "removedFromCollection",
            Self::RenewVerified => "renewVerified",
            Self::InstallFailed => "installFailed",
            Self::Installed => "installed",
            Self::DeleteFailed => "deleteFailed",
            Self::Deleted => "deleted",
            Self::RenewalRequested => "renewalRequested",
            Self::Requested => "requested",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(CertificateIssuanceStates);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(CertificateIssuanceStates);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.certificateStore`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum CertificateStore {
    /// `user` (value 1).
    User,
    /// `machine` (value 2).
    Machine,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for CertificateStore {
    const TYPE_NAME: &'static str = "microsoft.graph.certificateStore";
    const MEMBERS: &'static [&'static str] = &["user", "machine"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "user" => Self::User,
                "machine" => Self::Machine,
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
            Self::Machine => "machine",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(CertificateStore);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(CertificateStore);
#[cfg(msgraph_beta_search_or_security)]
/// CSDL: `microsoft.graph.certificationControl`, complex type, open.
///
/// Features: `beta`, or one of `beta-search`, `beta-security`.
#[derive(Clone)]
pub struct CertificationControl {
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// CSDL: property `url`: `Edm.String`, nullable.
    pub url: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_search_or_security)]
impl ::std::default::Default for CertificationControl {
    #[inline]
    fn default() -> Self {
        Self {
            name: rt::Field::Absent,
            url: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_search_or_security)]
impl rt::Object for CertificationControl {
    const TYPE_NAME: &'static str = "microsoft.graph.certificationControl";
    const KEYS: &'static [&'static str] = &["name", "url"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"name\":                         ",
        ",\"url\":                          ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.certificationControl\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "name", &self.name);
        v.field(1usize, "url", &self.url);
    }
}
#[cfg(msgraph_beta_search_or_security)]
impl rt::object::Members for CertificationControl {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.name.read_from(r),
            1usize => self.url.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.name);
        w.field(1usize, &self.url);
    }
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
rt::impl_object!(CertificationControl);
#[cfg(msgraph_beta_search_or_security)]
rt::impl_setters!(
    CertificationControl { with_name name : ::std::string::String; with_url url :
    ::std::string::String; }
);
#[cfg(msgraph_beta_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(CertificationControl);
#[cfg(msgraph_beta_any_area)]
/// CSDL: `microsoft.graph.changeNotification`, complex type.
///
/// Feature: `beta` or any `beta-*` area feature.
#[derive(Clone)]
pub struct ChangeNotification {
    /// CSDL: property `changeType`: `microsoft.graph.changeType`, not nullable.
    pub change_type: rt::Field<crate::beta::ChangeType>,
    /// CSDL: property `clientState`: `Edm.String`, nullable.
    pub client_state: rt::Field<::std::string::String>,
    /// CSDL: property `encryptedContent`: `microsoft.graph.changeNotificationEncryptedContent`, nullable.
    pub encrypted_content: rt::Field<crate::beta::ChangeNotificationEncryptedContent>,
    /// CSDL: property `id`: `Edm.String`, nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `lifecycleEvent`: `microsoft.graph.lifecycleEventType`, nullable.
    pub lifecycle_event: rt::Field<crate::beta::LifecycleEventType>,
    /// CSDL: property `resource`: `Edm.String`, not nullable.
    pub resource: rt::Field<::std::string::String>,
    /// CSDL: property `resourceData`: `microsoft.graph.resourceData`, nullable.
    pub resource_data: rt::Field<crate::beta::ResourceData>,
    /// CSDL: property `subscriptionExpirationDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub subscription_expiration_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `subscriptionId`: `Edm.Guid`, not nullable.
    pub subscription_id: rt::Field<rt::edm::Guid>,
    /// CSDL: property `tenantId`: `Edm.Guid`, not nullable.
    pub tenant_id: rt::Field<rt::edm::Guid>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_any_area)]
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
#[cfg(msgraph_beta_any_area)]
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
#[cfg(msgraph_beta_any_area)]
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
#[cfg(msgraph_beta_any_area)]
rt::impl_object!(ChangeNotification);
#[cfg(msgraph_beta_any_area)]
rt::impl_setters!(
    ChangeNotification { with_change_type change_type : crate ::beta::ChangeType;
    with_client_state client_state : ::std::string::String; with_encrypted_content
    encrypted_content : crate ::beta::ChangeNotificationEncryptedContent; with_id id :
    ::std::string::String; with_lifecycle_event lifecycle_event : crate
    ::beta::LifecycleEventType; with_resource resource : ::std::string::String;
    with_resource_data resource_data : crate ::beta::ResourceData;
    with_subscription_expiration_date_time subscription_expiration_date_time :
    rt::edm::DateTimeOffset; with_subscription_id subscription_id : rt::edm::Guid;
    with_tenant_id tenant_id : rt::edm::Guid; }
);
#[cfg(msgraph_beta_any_area)]
#[cfg(feature = "serde")]
rt::impl_serde!(ChangeNotification);
#[cfg(msgraph_beta_any_area)]
/// CSDL: `microsoft.graph.changeNotificationCollection`, complex type.
///
/// Feature: `beta` or any `beta-*` area feature.
#[derive(Clone)]
pub struct ChangeNotificationCollection {
    /// CSDL: property `validationTokens`: `Collection(Edm.String)`, nullable.
    pub validation_tokens: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `value`: `Collection(microsoft.graph.changeNotification)`, not nullable.
    pub value: rt::Field<::std::vec::Vec<crate::beta::ChangeNotification>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_any_area)]
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
#[cfg(msgraph_beta_any_area)]
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
#[cfg(msgraph_beta_any_area)]
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
#[cfg(msgraph_beta_any_area)]
rt::impl_object!(ChangeNotificationCollection);
#[cfg(msgraph_beta_any_area)]
rt::impl_setters!(
    ChangeNotificationCollection { with_validation_tokens validation_tokens :
    ::std::vec::Vec < ::std::string::String >; with_value value : ::std::vec::Vec < crate
    ::beta::ChangeNotification >; }
);
#[cfg(msgraph_beta_any_area)]
#[cfg(feature = "serde")]
rt::impl_serde!(ChangeNotificationCollection);
#[cfg(msgraph_beta_any_area)]
/// CSDL: `microsoft.graph.changeNotificationEncryptedContent`, complex type.
///
/// Feature: `beta` or any `beta-*` area feature.
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
#[cfg(msgraph_beta_any_area)]
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
#[cfg(msgraph_beta_any_area)]
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
#[cfg(msgraph_beta_any_area)]
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
#[cfg(msgraph_beta_any_area)]
rt::impl_object!(ChangeNotificationEncryptedContent);
#[cfg(msgraph_beta_any_area)]
rt::impl_setters!(
    ChangeNotificationEncryptedContent { with_data data : ::std::string::String;
    with_data_key data_key : ::std::string::String; with_data_signature data_signature :
    ::std::string::String; with_encryption_certificate_id encryption_certificate_id :
    ::std::string::String; with_encryption_certificate_thumbprint
    encryption_certificate_thumbprint : ::std::string::String; }
);
#[cfg(msgraph_beta_any_area)]
#[cfg(feature = "serde")]
rt::impl_serde!(ChangeNotificationEncryptedContent);
#[cfg(msgraph_beta_core_or_teamwork)]
/// CSDL: `microsoft.graph.changeTrackedEntity`, entity type, derived from `microsoft.graph.entity`, abstract, key `id`.
///
/// Request builders: [`ChangeTrackedEntityPath`](requests/trait.ChangeTrackedEntityPath.html), what a path to one (`EntityPath<AnyChangeTrackedEntity, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ChangeTrackedEntity {
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
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_teamwork)]
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
#[cfg(msgraph_beta_core_or_teamwork)]
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
#[cfg(msgraph_beta_core_or_teamwork)]
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
#[cfg(msgraph_beta_core_or_teamwork)]
rt::impl_object!(ChangeTrackedEntity);
#[cfg(msgraph_beta_core_or_teamwork)]
rt::impl_setters!(
    ChangeTrackedEntity { with_id id : ::std::string::String; with_created_by created_by
    : crate ::beta::IdentitySet; with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_last_modified_by last_modified_by : crate
    ::beta::IdentitySet; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; }
);
#[cfg(msgraph_beta_core_or_teamwork)]
#[cfg(feature = "serde")]
rt::impl_serde!(ChangeTrackedEntity);
#[cfg(msgraph_beta_core_or_teamwork)]
/// `microsoft.graph.changeTrackedEntity` or any type derived from it, selected by `@odata.type` (14 types); each variant's type converts into it (`From`).
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Debug)]
pub enum AnyChangeTrackedEntity {
    ChangeTrackedEntity(::std::boxed::Box<crate::beta::ChangeTrackedEntity>),
    #[cfg(msgraph_beta_core)]
    OfferShiftRequest(::std::boxed::Box<crate::beta::OfferShiftRequest>),
    #[cfg(msgraph_beta_core)]
    OpenShift(::std::boxed::Box<crate::beta::OpenShift>),
    #[cfg(msgraph_beta_core)]
    OpenShiftChangeRequest(::std::boxed::Box<crate::beta::OpenShiftChangeRequest>),
    #[cfg(msgraph_beta_core)]
    ScheduleChangeRequest(::std::boxed::Box<crate::beta::ScheduleChangeRequest>),
    #[cfg(msgraph_beta_core)]
    SchedulingGroup(::std::boxed::Box<crate::beta::SchedulingGroup>),
    #[cfg(msgraph_beta_core)]
    Shift(::std::boxed::Box<crate::beta::Shift>),
    #[cfg(msgraph_beta_core)]
    ShiftPreferences(::std::boxed::Box<crate::beta::ShiftPreferences>),
    #[cfg(msgraph_beta_core)]
    SwapShiftsChangeRequest(::std::boxed::Box<crate::beta::SwapShiftsChangeRequest>),
    #[cfg(msgraph_beta_core)]
    TimeCard(::std::boxed::Box<crate::beta::TimeCard>),
    #[cfg(msgraph_beta_core)]
    TimeOff(::std::boxed::Box<crate::beta::TimeOff>),
    #[cfg(msgraph_beta_core)]
    TimeOffReason(::std::boxed::Box<crate::beta::TimeOffReason>),
    #[cfg(msgraph_beta_core)]
    TimeOffRequest(::std::boxed::Box<crate::beta::TimeOffRequest>),
    #[cfg(msgraph_beta_search_or_teamwork)]
    WorkforceIntegration(::std::boxed::Box<crate::beta::WorkforceIntegration>),
}
#[cfg(msgraph_beta_core_or_teamwork)]
impl ::std::default::Default for AnyChangeTrackedEntity {
    #[inline]
    fn default() -> Self {
        Self::ChangeTrackedEntity(::std::default::Default::default())
    }
}
#[cfg(msgraph_beta_core_or_teamwork)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ChangeTrackedEntity> for AnyChangeTrackedEntity {
    #[inline]
    fn from(v: crate::beta::ChangeTrackedEntity) -> Self {
        Self::ChangeTrackedEntity(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core_or_teamwork)]
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::OfferShiftRequest> for AnyChangeTrackedEntity {
    #[inline]
    fn from(v: crate::beta::OfferShiftRequest) -> Self {
        Self::OfferShiftRequest(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core_or_teamwork)]
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::OpenShift> for AnyChangeTrackedEntity {
    #[inline]
    fn from(v: crate::beta::OpenShift) -> Self {
        Self::OpenShift(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core_or_teamwork)]
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::OpenShiftChangeRequest>
for AnyChangeTrackedEntity {
    #[inline]
    fn from(v: crate::beta::OpenShiftChangeRequest) -> Self {
        Self::OpenShiftChangeRequest(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core_or_teamwork)]
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ScheduleChangeRequest>
for AnyChangeTrackedEntity {
    #[inline]
    fn from(v: crate::beta::ScheduleChangeRequest) -> Self {
        Self::ScheduleChangeRequest(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core_or_teamwork)]
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::SchedulingGroup> for AnyChangeTrackedEntity {
    #[inline]
    fn from(v: crate::beta::SchedulingGroup) -> Self {
        Self::SchedulingGroup(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core_or_teamwork)]
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::Shift> for AnyChangeTrackedEntity {
    #[inline]
    fn from(v: crate::beta::Shift) -> Self {
        Self::Shift(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core_or_teamwork)]
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ShiftPreferences> for AnyChangeTrackedEntity {
    #[inline]
    fn from(v: crate::beta::ShiftPreferences) -> Self {
        Self::ShiftPreferences(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core_or_teamwork)]
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::SwapShiftsChangeRequest>
for AnyChangeTrackedEntity {
    #[inline]
    fn from(v: crate::beta::SwapShiftsChangeRequest) -> Self {
        Self::SwapShiftsChangeRequest(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core_or_teamwork)]
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::TimeCard> for AnyChangeTrackedEntity {
    #[inline]
    fn from(v: crate::beta::TimeCard) -> Self {
        Self::TimeCard(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core_or_teamwork)]
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::TimeOff> for AnyChangeTrackedEntity {
    #[inline]
    fn from(v: crate::beta::TimeOff) -> Self {
        Self::TimeOff(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core_or_teamwork)]
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::TimeOffReason> for AnyChangeTrackedEntity {
    #[inline]
    fn from(v: crate::beta::TimeOffReason) -> Self {
        Self::TimeOffReason(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core_or_teamwork)]
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::TimeOffRequest> for AnyChangeTrackedEntity {
    #[inline]
    fn from(v: crate::beta::TimeOffRequest) -> Self {
        Self::TimeOffRequest(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core_or_teamwork)]
#[cfg(msgraph_beta_search_or_teamwork)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::WorkforceIntegration> for AnyChangeTrackedEntity {
    #[inline]
    fn from(v: crate::beta::WorkforceIntegration) -> Self {
        Self::WorkforceIntegration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core_or_teamwork)]
unsafe impl ::std::marker::Send for AnyChangeTrackedEntity {}
#[cfg(msgraph_beta_core_or_teamwork)]
unsafe impl ::std::marker::Sync for AnyChangeTrackedEntity {}
#[cfg(msgraph_beta_core_or_teamwork)]
impl ::std::marker::Unpin for AnyChangeTrackedEntity {}
#[cfg(msgraph_beta_core_or_teamwork)]
impl ::std::panic::UnwindSafe for AnyChangeTrackedEntity {}
#[cfg(msgraph_beta_core_or_teamwork)]
impl ::std::panic::RefUnwindSafe for AnyChangeTrackedEntity {}
#[cfg(msgraph_beta_core_or_teamwork)]
const _: () = {
    rt::object::auto_traits::<crate::beta::ChangeTrackedEntity>();
    #[cfg(msgraph_beta_core)]
    rt::object::auto_traits::<crate::beta::OfferShiftRequest>();
    #[cfg(msgraph_beta_core)]
    rt::object::auto_traits::<crate::beta::OpenShift>();
    #[cfg(msgraph_beta_core)]
    rt::object::auto_traits::<crate::beta::OpenShiftChangeRequest>();
    #[cfg(msgraph_beta_core)]
    rt::object::auto_traits::<crate::beta::ScheduleChangeRequest>();
    #[cfg(msgraph_beta_core)]
    rt::object::auto_traits::<crate::beta::SchedulingGroup>();
    #[cfg(msgraph_beta_core)]
    rt::object::auto_traits::<crate::beta::Shift>();
    #[cfg(msgraph_beta_core)]
    rt::object::auto_traits::<crate::beta::ShiftPreferences>();
    #[cfg(msgraph_beta_core)]
    rt::object::auto_traits::<crate::beta::SwapShiftsChangeRequest>();
    #[cfg(msgraph_beta_core)]
    rt::object::auto_traits::<crate::beta::TimeCard>();
    #[cfg(msgraph_beta_core)]
    rt::object::auto_traits::<crate::beta::TimeOff>();
    #[cfg(msgraph_beta_core)]
    rt::object::auto_traits::<crate::beta::TimeOffReason>();
    #[cfg(msgraph_beta_core)]
    rt::object::auto_traits::<crate::beta::TimeOffRequest>();
    #[cfg(msgraph_beta_search_or_teamwork)]
    rt::object::auto_traits::<crate::beta::WorkforceIntegration>();
};
#[cfg(msgraph_beta_core_or_teamwork)]
impl rt::Poly for AnyChangeTrackedEntity {
    const BASE_NAME: &'static str = "microsoft.graph.changeTrackedEntity";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.offerShiftRequest") => {
                Self::OfferShiftRequest(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.openShift") => {
                Self::OpenShift(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.openShiftChangeRequest") => {
                Self::OpenShiftChangeRequest(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.scheduleChangeRequest") => {
                Self::ScheduleChangeRequest(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.schedulingGroup") => {
                Self::SchedulingGroup(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.shift") => {
                Self::Shift(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.shiftPreferences") => {
                Self::ShiftPreferences(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.swapShiftsChangeRequest") => {
                Self::SwapShiftsChangeRequest(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.timeCard") => {
                Self::TimeCard(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.timeOff") => {
                Self::TimeOff(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.timeOffReason") => {
                Self::TimeOffReason(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.timeOffRequest") => {
                Self::TimeOffRequest(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_search_or_teamwork)]
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
            #[cfg(msgraph_beta_core)]
            Self::OfferShiftRequest(v) => &**v,
            #[cfg(msgraph_beta_core)]
            Self::OpenShift(v) => &**v,
            #[cfg(msgraph_beta_core)]
            Self::OpenShiftChangeRequest(v) => &**v,
            #[cfg(msgraph_beta_core)]
            Self::ScheduleChangeRequest(v) => &**v,
            #[cfg(msgraph_beta_core)]
            Self::SchedulingGroup(v) => &**v,
            #[cfg(msgraph_beta_core)]
            Self::Shift(v) => &**v,
            #[cfg(msgraph_beta_core)]
            Self::ShiftPreferences(v) => &**v,
            #[cfg(msgraph_beta_core)]
            Self::SwapShiftsChangeRequest(v) => &**v,
            #[cfg(msgraph_beta_core)]
            Self::TimeCard(v) => &**v,
            #[cfg(msgraph_beta_core)]
            Self::TimeOff(v) => &**v,
            #[cfg(msgraph_beta_core)]
            Self::TimeOffReason(v) => &**v,
            #[cfg(msgraph_beta_core)]
            Self::TimeOffRequest(v) => &**v,
            #[cfg(msgraph_beta_search_or_teamwork)]
            Self::WorkforceIntegration(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::ChangeTrackedEntity(v) => &mut **v,
            #[cfg(msgraph_beta_core)]
            Self::OfferShiftRequest(v) => &mut **v,
            #[cfg(msgraph_beta_core)]
            Self::OpenShift(v) => &mut **v,
            #[cfg(msgraph_beta_core)]
            Self::OpenShiftChangeRequest(v) => &mut **v,
            #[cfg(msgraph_beta_core)]
            Self::ScheduleChangeRequest(v) => &mut **v,
            #[cfg(msgraph_beta_core)]
            Self::SchedulingGroup(v) => &mut **v,
            #[cfg(msgraph_beta_core)]
            Self::Shift(v) => &mut **v,
            #[cfg(msgraph_beta_core)]
            Self::ShiftPreferences(v) => &mut **v,
            #[cfg(msgraph_beta_core)]
            Self::SwapShiftsChangeRequest(v) => &mut **v,
            #[cfg(msgraph_beta_core)]
            Self::TimeCard(v) => &mut **v,
            #[cfg(msgraph_beta_core)]
            Self::TimeOff(v) => &mut **v,
            #[cfg(msgraph_beta_core)]
            Self::TimeOffReason(v) => &mut **v,
            #[cfg(msgraph_beta_core)]
            Self::TimeOffRequest(v) => &mut **v,
            #[cfg(msgraph_beta_search_or_teamwork)]
            Self::WorkforceIntegration(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_beta_core_or_teamwork)]
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
            #[cfg(msgraph_beta_core)]
            Self::OfferShiftRequest(v) => &v.id,
            #[cfg(msgraph_beta_core)]
            Self::OpenShift(v) => &v.id,
            #[cfg(msgraph_beta_core)]
            Self::OpenShiftChangeRequest(v) => &v.id,
            #[cfg(msgraph_beta_core)]
            Self::ScheduleChangeRequest(v) => &v.id,
            #[cfg(msgraph_beta_core)]
            Self::SchedulingGroup(v) => &v.id,
            #[cfg(msgraph_beta_core)]
            Self::Shift(v) => &v.id,
            #[cfg(msgraph_beta_core)]
            Self::ShiftPreferences(v) => &v.id,
            #[cfg(msgraph_beta_core)]
            Self::SwapShiftsChangeRequest(v) => &v.id,
            #[cfg(msgraph_beta_core)]
            Self::TimeCard(v) => &v.id,
            #[cfg(msgraph_beta_core)]
            Self::TimeOff(v) => &v.id,
            #[cfg(msgraph_beta_core)]
            Self::TimeOffReason(v) => &v.id,
            #[cfg(msgraph_beta_core)]
            Self::TimeOffRequest(v) => &v.id,
            #[cfg(msgraph_beta_search_or_teamwork)]
            Self::WorkforceIntegration(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ChangeTrackedEntity(v) => &mut v.id,
            #[cfg(msgraph_beta_core)]
            Self::OfferShiftRequest(v) => &mut v.id,
            #[cfg(msgraph_beta_core)]
            Self::OpenShift(v) => &mut v.id,
            #[cfg(msgraph_beta_core)]
            Self::OpenShiftChangeRequest(v) => &mut v.id,
            #[cfg(msgraph_beta_core)]
            Self::ScheduleChangeRequest(v) => &mut v.id,
            #[cfg(msgraph_beta_core)]
            Self::SchedulingGroup(v) => &mut v.id,
            #[cfg(msgraph_beta_core)]
            Self::Shift(v) => &mut v.id,
            #[cfg(msgraph_beta_core)]
            Self::ShiftPreferences(v) => &mut v.id,
            #[cfg(msgraph_beta_core)]
            Self::SwapShiftsChangeRequest(v) => &mut v.id,
            #[cfg(msgraph_beta_core)]
            Self::TimeCard(v) => &mut v.id,
            #[cfg(msgraph_beta_core)]
            Self::TimeOff(v) => &mut v.id,
            #[cfg(msgraph_beta_core)]
            Self::TimeOffReason(v) => &mut v.id,
            #[cfg(msgraph_beta_core)]
            Self::TimeOffRequest(v) => &mut v.id,
            #[cfg(msgraph_beta_search_or_teamwork)]
            Self::WorkforceIntegration(v) => &mut v.id,
        }
    }
    /// `createdBy` of any variant.
    #[inline]
    pub fn created_by(&self) -> &rt::Field<crate::beta::IdentitySet> {
        match self {
            Self::ChangeTrackedEntity(v) => &v.created_by,
            #[cfg(msgraph_beta_core)]
            Self::OfferShiftRequest(v) => &v.created_by,
            #[cfg(msgraph_beta_core)]
            Self::OpenShift(v) => &v.created_by,
            #[cfg(msgraph_beta_core)]
            Self::OpenShiftChangeRequest(v) => &v.created_by,
            #[cfg(msgraph_beta_core)]
            Self::ScheduleChangeRequest(v) => &v.created_by,
            #[cfg(msgraph_beta_core)]
            Self::SchedulingGroup(v) => &v.created_by,
            #[cfg(msgraph_beta_core)]
            Self::Shift(v) => &v.created_by,
            #[cfg(msgraph_beta_core)]
            Self::ShiftPreferences(v) => &v.created_by,
            #[cfg(msgraph_beta_core)]
            Self::SwapShiftsChangeRequest(v) => &v.created_by,
            #[cfg(msgraph_beta_core)]
            Self::TimeCard(v) => &v.created_by,
            #[cfg(msgraph_beta_core)]
            Self::TimeOff(v) => &v.created_by,
            #[cfg(msgraph_beta_core)]
            Self::TimeOffReason(v) => &v.created_by,
            #[cfg(msgraph_beta_core)]
            Self::TimeOffRequest(v) => &v.created_by,
            #[cfg(msgraph_beta_search_or_teamwork)]
            Self::WorkforceIntegration(v) => &v.created_by,
        }
    }
    /// `createdBy` of any variant.
    #[inline]
    pub fn created_by_mut(&mut self) -> &mut rt::Field<crate::beta::IdentitySet> {
        match self {
            Self::ChangeTrackedEntity(v) => &mut v.created_by,
            #[cfg(msgraph_beta_core)]
            Self::OfferShiftRequest(v) => &mut v.created_by,
            #[cfg(msgraph_beta_core)]
            Self::OpenShift(v) => &mut v.created_by,
            #[cfg(msgraph_beta_core)]
            Self::OpenShiftChangeRequest(v) => &mut v.created_by,
            #[cfg(msgraph_beta_core)]
            Self::ScheduleChangeRequest(v) => &mut v.created_by,
            #[cfg(msgraph_beta_core)]
            Self::SchedulingGroup(v) => &mut v.created_by,
            #[cfg(msgraph_beta_core)]
            Self::Shift(v) => &mut v.created_by,
            #[cfg(msgraph_beta_core)]
            Self::ShiftPreferences(v) => &mut v.created_by,
            #[cfg(msgraph_beta_core)]
            Self::SwapShiftsChangeRequest(v) => &mut v.created_by,
            #[cfg(msgraph_beta_core)]
            Self::TimeCard(v) => &mut v.created_by,
            #[cfg(msgraph_beta_core)]
            Self::TimeOff(v) => &mut v.created_by,
            #[cfg(msgraph_beta_core)]
            Self::TimeOffReason(v) => &mut v.created_by,
            #[cfg(msgraph_beta_core)]
            Self::TimeOffRequest(v) => &mut v.created_by,
            #[cfg(msgraph_beta_search_or_teamwork)]
            Self::WorkforceIntegration(v) => &mut v.created_by,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::ChangeTrackedEntity(v) => &v.created_date_time,
            #[cfg(msgraph_beta_core)]
            Self::OfferShiftRequest(v) => &v.created_date_time,
            #[cfg(msgraph_beta_core)]
            Self::OpenShift(v) => &v.created_date_time,
            #[cfg(msgraph_beta_core)]
            Self::OpenShiftChangeRequest(v) => &v.created_date_time,
            #[cfg(msgraph_beta_core)]
            Self::ScheduleChangeRequest(v) => &v.created_date_time,
            #[cfg(msgraph_beta_core)]
            Self::SchedulingGroup(v) => &v.created_date_time,
            #[cfg(msgraph_beta_core)]
            Self::Shift(v) => &v.created_date_time,
            #[cfg(msgraph_beta_core)]
            Self::ShiftPreferences(v) => &v.created_date_time,
            #[cfg(msgraph_beta_core)]
            Self::SwapShiftsChangeRequest(v) => &v.created_date_time,
            #[cfg(msgraph_beta_core)]
            Self::TimeCard(v) => &v.created_date_time,
            #[cfg(msgraph_beta_core)]
            Self::TimeOff(v) => &v.created_date_time,
            #[cfg(msgraph_beta_core)]
            Self::TimeOffReason(v) => &v.created_date_time,
            #[cfg(msgraph_beta_core)]
            Self::TimeOffRequest(v) => &v.created_date_time,
            #[cfg(msgraph_beta_search_or_teamwork)]
            Self::WorkforceIntegration(v) => &v.created_date_time,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time_mut(&mut self) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::ChangeTrackedEntity(v) => &mut v.created_date_time,
            #[cfg(msgraph_beta_core)]
            Self::OfferShiftRequest(v) => &mut v.created_date_time,
            #[cfg(msgraph_beta_core)]
            Self::OpenShift(v) => &mut v.created_date_time,
            #[cfg(msgraph_beta_core)]
            Self::OpenShiftChangeRequest(v) => &mut v.created_date_time,
            #[cfg(msgraph_beta_core)]
            Self::ScheduleChangeRequest(v) => &mut v.created_date_time,
            #[cfg(msgraph_beta_core)]
            Self::SchedulingGroup(v) => &mut v.created_date_time,
            #[cfg(msgraph_beta_core)]
            Self::Shift(v) => &mut v.created_date_time,
            #[cfg(msgraph_beta_core)]
            Self::ShiftPreferences(v) => &mut v.created_date_time,
            #[cfg(msgraph_beta_core)]
            Self::SwapShiftsChangeRequest(v) => &mut v.created_date_time,
            #[cfg(msgraph_beta_core)]
            Self::TimeCard(v) => &mut v.created_date_time,
            #[cfg(msgraph_beta_core)]
            Self::TimeOff(v) => &mut v.created_date_time,
            #[cfg(msgraph_beta_core)]
            Self::TimeOffReason(v) => &mut v.created_date_time,
            #[cfg(msgraph_beta_core)]
            Self::TimeOffRequest(v) => &mut v.created_date_time,
            #[cfg(msgraph_beta_search_or_teamwork)]
            Self::WorkforceIntegration(v) => &mut v.created_date_time,
        }
    }
    /// `lastModifiedBy` of any variant.
    #[inline]
    pub fn last_modified_by(&self) -> &rt::Field<crate::beta::IdentitySet> {
        match self {
            Self::ChangeTrackedEntity(v) => &v.last_modified_by,
            #[cfg(msgraph_beta_core)]
            Self::OfferShiftRequest(v) => &v.last_modified_by,
            #[cfg(msgraph_beta_core)]
            Self::OpenShift(v) => &v.last_modified_by,
            #[cfg(msgraph_beta_core)]
            Self::OpenShiftChangeRequest(v) => &v.last_modified_by,
            #[cfg(msgraph_beta_core)]
            Self::ScheduleChangeRequest(v) => &v.last_modified_by,
            #[cfg(msgraph_beta_core)]
            Self::SchedulingGroup(v) => &v.last_modified_by,
            #[cfg(msgraph_beta_core)]
            Self::Shift(v) => &v.last_modified_by,
            #[cfg(msgraph_beta_core)]
            Self::ShiftPreferences(v) => &v.last_modified_by,
            #[cfg(msgraph_beta_core)]
            Self::SwapShiftsChangeRequest(v) => &v.last_modified_by,
            #[cfg(msgraph_beta_core)]
            Self::TimeCard(v) => &v.last_modified_by,
            #[cfg(msgraph_beta_core)]
            Self::TimeOff(v) => &v.last_modified_by,
            #[cfg(msgraph_beta_core)]
            Self::TimeOffReason(v) => &v.last_modified_by,
            #[cfg(msgraph_beta_core)]
            Self::TimeOffRequest(v) => &v.last_modified_by,
            #[cfg(msgraph_beta_search_or_teamwork)]
            Self::WorkforceIntegration(v) => &v.last_modified_by,
        }
    }
    /// `lastModifiedBy` of any variant.
    #[inline]
    pub fn last_modified_by_mut(&mut self) -> &mut rt::Field<crate::beta::IdentitySet> {
        match self {
            Self::ChangeTrackedEntity(v) => &mut v.last_modified_by,
            #[cfg(msgraph_beta_core)]
            Self::OfferShiftRequest(v) => &mut v.last_modified_by,
            #[cfg(msgraph_beta_core)]
            Self::OpenShift(v) => &mut v.last_modified_by,
            #[cfg(msgraph_beta_core)]
            Self::OpenShiftChangeRequest(v) => &mut v.last_modified_by,
            #[cfg(msgraph_beta_core)]
            Self::ScheduleChangeRequest(v) => &mut v.last_modified_by,
            #[cfg(msgraph_beta_core)]
            Self::SchedulingGroup(v) => &mut v.last_modified_by,
            #[cfg(msgraph_beta_core)]
            Self::Shift(v) => &mut v.last_modified_by,
            #[cfg(msgraph_beta_core)]
            Self::ShiftPreferences(v) => &mut v.last_modified_by,
            #[cfg(msgraph_beta_core)]
            Self::SwapShiftsChangeRequest(v) => &mut v.last_modified_by,
            #[cfg(msgraph_beta_core)]
            Self::TimeCard(v) => &mut v.last_modified_by,
            #[cfg(msgraph_beta_core)]
            Self::TimeOff(v) => &mut v.last_modified_by,
            #[cfg(msgraph_beta_core)]
            Self::TimeOffReason(v) => &mut v.last_modified_by,
            #[cfg(msgraph_beta_core)]
            Self::TimeOffRequest(v) => &mut v.last_modified_by,
            #[cfg(msgraph_beta_search_or_teamwork)]
            Self::WorkforceIntegration(v) => &mut v.last_modified_by,
        }
    }
    /// `lastModifiedDateTime` of any variant.
    #[inline]
    pub fn last_modified_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::ChangeTrackedEntity(v) => &v.last_modified_date_time,
            #[cfg(msgraph_beta_core)]
            Self::OfferShiftRequest(v) => &v.last_modified_date_time,
            #[cfg(msgraph_beta_core)]
            Self::OpenShift(v) => &v.last_modified_date_time,
            #[cfg(msgraph_beta_core)]
            Self::OpenShiftChangeRequest(v) => &v.last_modified_date_time,
            #[cfg(msgraph_beta_core)]
            Self::ScheduleChangeRequest(v) => &v.last_modified_date_time,
            #[cfg(msgraph_beta_core)]
            Self::SchedulingGroup(v) => &v.last_modified_date_time,
            #[cfg(msgraph_beta_core)]
            Self::Shift(v) => &v.last_modified_date_time,
            #[cfg(msgraph_beta_core)]
            Self::ShiftPreferences(v) => &v.last_modified_date_time,
            #[cfg(msgraph_beta_core)]
            Self::SwapShiftsChangeRequest(v) => &v.last_modified_date_time,
            #[cfg(msgraph_beta_core)]
            Self::TimeCard(v) => &v.last_modified_date_time,
            #[cfg(msgraph_beta_core)]
            Self::TimeOff(v) => &v.last_modified_date_time,
            #[cfg(msgraph_beta_core)]
            Self::TimeOffReason(v) => &v.last_modified_date_time,
            #[cfg(msgraph_beta_core)]
            Self::TimeOffRequest(v) => &v.last_modified_date_time,
            #[cfg(msgraph_beta_search_or_teamwork)]
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
            #[cfg(msgraph_beta_core)]
            Self::OfferShiftRequest(v) => &mut v.last_modified_date_time,
            #[cfg(msgraph_beta_core)]
            Self::OpenShift(v) => &mut v.last_modified_date_time,
            #[cfg(msgraph_beta_core)]
            Self::OpenShiftChangeRequest(v) => &mut v.last_modified_date_time,
            #[cfg(msgraph_beta_core)]
            Self::ScheduleChangeRequest(v) => &mut v.last_modified_date_time,
            #[cfg(msgraph_beta_core)]
            Self::SchedulingGroup(v) => &mut v.last_modified_date_time,
            #[cfg(msgraph_beta_core)]
            Self::Shift(v) => &mut v.last_modified_date_time,
            #[cfg(msgraph_beta_core)]
            Self::ShiftPreferences(v) => &mut v.last_modified_date_time,
            #[cfg(msgraph_beta_core)]
            Self::SwapShiftsChangeRequest(v) => &mut v.last_modified_date_time,
            #[cfg(msgraph_beta_core)]
            Self::TimeCard(v) => &mut v.last_modified_date_time,
            #[cfg(msgraph_beta_core)]
            Self::TimeOff(v) => &mut v.last_modified_date_time,
            #[cfg(msgraph_beta_core)]
            Self::TimeOffReason(v) => &mut v.last_modified_date_time,
            #[cfg(msgraph_beta_core)]
            Self::TimeOffRequest(v) => &mut v.last_modified_date_time,
            #[cfg(msgraph_beta_search_or_teamwork)]
            Self::WorkforceIntegration(v) => &mut v.last_modified_date_time,
        }
    }
}
#[cfg(msgraph_beta_core_or_teamwork)]
rt::impl_poly!(AnyChangeTrackedEntity);
#[cfg(msgraph_beta_core_or_teamwork)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyChangeTrackedEntity);
#[cfg(msgraph_beta_any_area)]
/// CSDL: `microsoft.graph.changeType`, enum type.
///
/// Feature: `beta` or any `beta-*` area feature.
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
#[cfg(msgraph_beta_any_area)]
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
#[cfg(msgraph_beta_any_area)]
rt::impl_enum!(ChangeType);
#[cfg(msgraph_beta_any_area)]
#[cfg(feature = "serde")]
rt::impl_serde!(ChangeType);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.channelAddedEventMessageDetail`, complex type, derived from `microsoft.graph.eventMessageDetail`.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ChannelAddedEventMessageDetail {
    /// CSDL: property `channelDisplayName`: `Edm.String`, nullable.
    pub channel_display_name: rt::Field<::std::string::String>,
    /// CSDL: property `channelId`: `Edm.String`, nullable.
    pub channel_id: rt::Field<::std::string::String>,
    /// CSDL: property `initiator`: `microsoft.graph.identitySet`, nullable.
    pub initiator: rt::Field<crate::beta::IdentitySet>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for ChannelAddedEventMessageDetail {
    #[inline]
    fn default() -> Self {
        Self {
            channel_display_name: rt::Field::Absent,
            channel_id: rt::Field::Absent,
            initiator: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for ChannelAddedEventMessageDetail {
    const TYPE_NAME: &'static str = "microsoft.graph.channelAddedEventMessageDetail";
    const KEYS: &'static [&'static str] = &[
        "channelDisplayName",
        "channelId",
        "initiator",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"channelDisplayName\":           ",
        ",\"channelId\":                    ",
        ",\"initiator\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.channelAddedEventMessageDetail\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "channel_display_name", &self.channel_display_name);
        v.field(1usize, "channel_id", &self.channel_id);
        v.field(2usize, "initiator", &self.initiator);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for ChannelAddedEventMessageDetail {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.channel_display_name.read_from(r),
            1usize => self.channel_id.read_from(r),
            2usize => self.initiator.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.channel_display_name);
        w.field(1usize, &self.channel_id);
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
#[cfg(msgraph_beta_core)]
rt::impl_object!(ChannelAddedEventMessageDetail);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    ChannelAddedEventMessageDetail { with_channel_display_name channel_display_name :
    ::std::string::String; with_channel_id channel_id : ::std::string::String;
    with_initiator initiator : crate ::beta::IdentitySet; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(ChannelAddedEventMessageDetail);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.channelDeletedEventMessageDetail`, complex type, derived from `microsoft.graph.eventMessageDetail`.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ChannelDeletedEventMessageDetail {
    /// CSDL: property `channelDisplayName`: `Edm.String`, nullable.
    pub channel_display_name: rt::Field<::std::string::String>,
    /// CSDL: property `channelId`: `Edm.String`, nullable.
    pub channel_id: rt::Field<::std::string::String>,
    /// CSDL: property `initiator`: `microsoft.graph.identitySet`, nullable.
    pub initiator: rt::Field<crate::beta::IdentitySet>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for ChannelDeletedEventMessageDetail {
    #[inline]
    fn default() -> Self {
        Self {
            channel_display_name: rt::Field::Absent,
            channel_id: rt::Field::Absent,
            initiator: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for ChannelDeletedEventMessageDetail {
    const TYPE_NAME: &'static str = "microsoft.graph.channelDeletedEventMessageDetail";
    const KEYS: &'static [&'static str] = &[
        "channelDisplayName",
        "channelId",
        "initiator",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"channelDisplayName\":           ",
        ",\"channelId\":                    ",
        ",\"initiator\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.channelDeletedEventMessageDetail\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "channel_display_name", &self.channel_display_name);
        v.field(1usize, "channel_id", &self.channel_id);
        v.field(2usize, "initiator", &self.initiator);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for ChannelDeletedEventMessageDetail {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.channel_display_name.read_from(r),
            1usize => self.channel_id.read_from(r),
            2usize => self.initiator.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.channel_display_name);
        w.field(1usize, &self.channel_id);
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
#[cfg(msgraph_beta_core)]
rt::impl_object!(ChannelDeletedEventMessageDetail);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    ChannelDeletedEventMessageDetail { with_channel_display_name channel_display_name :
    ::std::string::String; with_channel_id channel_id : ::std::string::String;
    with_initiator initiator : crate ::beta::IdentitySet; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(ChannelDeletedEventMessageDetail);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.channelDescriptionUpdatedEventMessageDetail`, complex type, derived from `microsoft.graph.eventMessageDetail`.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ChannelDescriptionUpdatedEventMessageDetail {
    /// CSDL: property `channelDescription`: `Edm.String`, nullable.
    pub channel_description: rt::Field<::std::string::String>,
    /// CSDL: property `channelId`: `Edm.String`, nullable.
    pub channel_id: rt::Field<::std::string::String>,
    /// CSDL: property `initiator`: `microsoft.graph.identitySet`, nullable.
    pub initiator: rt::Field<crate::beta::IdentitySet>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for ChannelDescriptionUpdatedEventMessageDetail {
    #[inline]
    fn default() -> Self {
        Self {
            channel_description: rt::Field::Absent,
            channel_id: rt::Field::Absent,
            initiator: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for ChannelDescriptionUpdatedEventMessageDetail {
    const TYPE_NAME: &'static str = "microsoft.graph.channelDescriptionUpdatedEventMessageDetail";
    const KEYS: &'static [&'static str] = &[
        "channelDescription",
        "channelId",
        "initiator",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"channelDescription\":           ",
        ",\"channelId\":                    ",
        ",\"initiator\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.channelDescriptionUpdatedEventMessageDetail\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "channel_description", &self.channel_description);
        v.field(1usize, "channel_id", &self.channel_id);
        v.field(2usize, "initiator", &self.initiator);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for ChannelDescriptionUpdatedEventMessageDetail {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.channel_description.read_from(r),
            1usize => self.channel_id.read_from(r),
            2usize => self.initiator.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.channel_description);
        w.field(1usize, &self.channel_id);
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
#[cfg(msgraph_beta_core)]
rt::impl_object!(ChannelDescriptionUpdatedEventMessageDetail);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    ChannelDescriptionUpdatedEventMessageDetail { with_channel_description
    channel_description : ::std::string::String; with_channel_id channel_id :
    ::std::string::String; with_initiator initiator : crate ::beta::IdentitySet; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(ChannelDescriptionUpdatedEventMessageDetail);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.channelIdentity`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ChannelIdentity {
    /// CSDL: property `channelId`: `Edm.String`, nullable.
    pub channel_id: rt::Field<::std::string::String>,
    /// CSDL: property `teamId`: `Edm.String`, nullable.
    pub team_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for ChannelIdentity {
    #[inline]
    fn default() -> Self {
        Self {
            channel_id: rt::Field::Absent,
            team_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for ChannelIdentity {
    const TYPE_NAME: &'static str = "microsoft.graph.channelIdentity";
    const KEYS: &'static [&'static str] = &["channelId", "teamId"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"channelId\":                    ",
        ",\"teamId\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.channelIdentity\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "channel_id", &self.channel_id);
        v.field(1usize, "team_id", &self.team_id);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for ChannelIdentity {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.channel_id.read_from(r),
            1usize => self.team_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.channel_id);
        w.field(1usize, &self.team_id);
    }
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
rt::impl_object!(ChannelIdentity);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    ChannelIdentity { with_channel_id channel_id : ::std::string::String; with_team_id
    team_id : ::std::string::String; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(ChannelIdentity);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.channelMembersNotificationRecipient`, complex type, derived from `microsoft.graph.teamworkNotificationRecipient`.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ChannelMembersNotificationRecipient {
    /// CSDL: property `channelId`: `Edm.String`, not nullable.
    pub channel_id: rt::Field<::std::string::String>,
    /// CSDL: property `teamId`: `Edm.String`, not nullable.
    pub team_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for ChannelMembersNotificationRecipient {
    #[inline]
    fn default() -> Self {
        Self {
            channel_id: rt::Field::Absent,
            team_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for ChannelMembersNotificationRecipient {
    const TYPE_NAME: &'static str = "microsoft.graph.channelMembersNotificationRecipient";
    const KEYS: &'static [&'static str] = &["channelId", "teamId"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"channelId\":                    ",
        ",\"teamId\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.channelMembersNotificationRecipient\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "channel_id", &self.channel_id);
        v.field(1usize, "team_id", &self.team_id);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for ChannelMembersNotificationRecipient {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.channel_id.read_from(r),
            1usize => self.team_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.channel_id);
        w.field(1usize, &self.team_id);
    }
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
rt::impl_object!(ChannelMembersNotificationRecipient);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    ChannelMembersNotificationRecipient { with_channel_id channel_id :
    ::std::string::String; with_team_id team_id : ::std::string::String; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(ChannelMembersNotificationRecipient);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.channelModerationSettings`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ChannelModerationSettings {
    /// CSDL: property `allowNewMessageFromBots`: `Edm.Boolean`, nullable.
    pub allow_new_message_from_bots: rt::Field<bool>,
    /// CSDL: property `allowNewMessageFromConnectors`: `Edm.Boolean`, nullable.
    pub allow_new_message_from_connectors: rt::Field<bool>,
    /// CSDL: property `replyRestriction`: `microsoft.graph.replyRestriction`, nullable.
    pub reply_restriction: rt::Field<crate::beta::ReplyRestriction>,
    /// CSDL: property `userNewMessageRestriction`: `microsoft.graph.userNewMessageRestriction`, nullable.
    pub user_new_message_restriction: rt::Field<crate::beta::UserNewMessageRestriction>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for ChannelModerationSettings {
    #[inline]
    fn default() -> Self {
        Self {
            allow_new_message_from_bots: rt::Field::Absent,
            allow_new_message_from_connectors: rt::Field::Absent,
            reply_restriction: rt::Field::Absent,
            user_new_message_restriction: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for ChannelModerationSettings {
    const TYPE_NAME: &'static str = "microsoft.graph.channelModerationSettings";
    const KEYS: &'static [&'static str] = &[
        "allowNewMessageFromBots",
        "allowNewMessageFromConnectors",
        "replyRestriction",
        "userNewMessageRestriction",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"allowNewMessageFromBots\":      ",
        ",\"allowNewMessageFromConnectors\":",
        ",\"replyRestriction\":             ",
        ",\"userNewMessageRestriction\":    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.channelModerationSettings\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(
            0usize,
            "allow_new_message_from_bots",
            &self.allow_new_message_from_bots,
        );
        v.field(
            1usize,
            "allow_new_message_from_connectors",
            &self.allow_new_message_from_connectors,
        );
        v.field(2usize, "reply_restriction", &self.reply_restriction);
        v.field(
            3usize,
            "user_new_message_restriction",
            &self.user_new_message_restriction,
        );
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for ChannelModerationSettings {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.allow_new_message_from_bots.read_from(r),
            1usize => self.allow_new_message_from_connectors.read_from(r),
            2usize => self.reply_restriction.read_from(r),
            3usize => self.user_new_message_restriction.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.allow_new_message_from_bots);
        w.field(1usize, &self.allow_new_message_from_connectors);
        w.field(2usize, &self.reply_restriction);
        w.field(3usize, &self.user_new_message_restriction);
    }
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
rt::impl_object!(ChannelModerationSettings);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    ChannelModerationSettings { with_allow_new_message_from_bots
    allow_new_message_from_bots : bool; with_allow_new_message_from_connectors
    allow_new_message_from_connectors : bool; with_reply_restriction reply_restriction :
    crate ::beta::ReplyRestriction; with_user_new_message_restriction
    user_new_message_restriction : crate ::beta::UserNewMessageRestriction; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(ChannelModerationSettings);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.channelRenamedEventMessageDetail`, complex type, derived from `microsoft.graph.eventMessageDetail`.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ChannelRenamedEventMessageDetail {
    /// CSDL: property `channelDisplayName`: `Edm.String`, nullable.
    pub channel_display_name: rt::Field<::std::string::String>,
    /// CSDL: property `channelId`: `Edm.String`, nullable.
    pub channel_id: rt::Field<::std::string::String>,
    /// CSDL: property `initiator`: `microsoft.graph.identitySet`, nullable.
    pub initiator: rt::Field<crate::beta::IdentitySet>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for ChannelRenamedEventMessageDetail {
    #[inline]
    fn default() -> Self {
        Self {
            channel_display_name: rt::Field::Absent,
            channel_id: rt::Field::Absent,
            initiator: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for ChannelRenamedEventMessageDetail {
    const TYPE_NAME: &'static str = "microsoft.graph.channelRenamedEventMessageDetail";
    const KEYS: &'static [&'static str] = &[
        "channelDisplayName",
        "channelId",
        "initiator",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"channelDisplayName\":           ",
        ",\"channelId\":                    ",
        ",\"initiator\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.channelRenamedEventMessageDetail\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "channel_display_name", &self.channel_display_name);
        v.field(1usize, "channel_id", &self.channel_id);
        v.field(2usize, "initiator", &self.initiator);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for ChannelRenamedEventMessageDetail {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.channel_display_name.read_from(r),
            1usize => self.channel_id.read_from(r),
            2usize => self.initiator.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.channel_display_name);
        w.field(1usize, &self.channel_id);
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
#[cfg(msgraph_beta_core)]
rt::impl_object!(ChannelRenamedEventMessageDetail);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    ChannelRenamedEventMessageDetail { with_channel_display_name channel_display_name :
    ::std::string::String; with_channel_id channel_id : ::std::string::String;
    with_initiator initiator : crate ::beta::IdentitySet; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(ChannelRenamedEventMessageDetail);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.channelSetAsFavoriteByDefaultEventMessageDetail`, complex type, derived from `microsoft.graph.eventMessageDetail`.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ChannelSetAsFavoriteByDefaultEventMessageDetail {
    /// CSDL: property `channelId`: `Edm.String`, nullable.
    pub channel_id: rt::Field<::std::string::String>,
    /// CSDL: property `initiator`: `microsoft.graph.identitySet`, nullable.
    pub initiator: rt::Field<crate::beta::IdentitySet>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for ChannelSetAsFavoriteByDefaultEventMessageDetail {
    #[inline]
    fn default() -> Self {
        Self {
            channel_id: rt::Field::Absent,
            initiator: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for ChannelSetAsFavoriteByDefaultEventMessageDetail {
    const TYPE_NAME: &'static str = "microsoft.graph.channelSetAsFavoriteByDefaultEventMessageDetail";
    const KEYS: &'static [&'static str] = &["channelId", "initiator"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"channelId\":                    ",
        ",\"initiator\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.channelSetAsFavoriteByDefaultEventMessageDetail\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "channel_id", &self.channel_id);
        v.field(1usize, "initiator", &self.initiator);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for ChannelSetAsFavoriteByDefaultEventMessageDetail {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.channel_id.read_from(r),
            1usize => self.initiator.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.channel_id);
        w.field(1usize, &self.initiator);
    }
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
rt::impl_object!(ChannelSetAsFavoriteByDefaultEventMessageDetail);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    ChannelSetAsFavoriteByDefaultEventMessageDetail { with_channel_id channel_id :
    ::std::string::String; with_initiator initiator : crate ::beta::IdentitySet; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(ChannelSetAsFavoriteByDefaultEventMessageDetail);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.channelUnsetAsFavoriteByDefaultEventMessageDetail`, complex type, derived from `microsoft.graph.eventMessageDetail`.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ChannelUnsetAsFavoriteByDefaultEventMessageDetail {
    /// CSDL: property `channelId`: `Edm.String`, nullable.
    pub channel_id: rt::Field<::std::string::String>,
    /// CSDL: property `initiator`: `microsoft.graph.identitySet`, nullable.
    pub initiator: rt::Field<crate::beta::IdentitySet>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for ChannelUnsetAsFavoriteByDefaultEventMessageDetail {
    #[inline]
    fn default() -> Self {
        Self {
            channel_id: rt::Field::Absent,
            initiator: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for ChannelUnsetAsFavoriteByDefaultEventMessageDetail {
    const TYPE_NAME: &'static str = "microsoft.graph.channelUnsetAsFavoriteByDefaultEventMessageDetail";
    const KEYS: &'static [&'static str] = &["channelId", "initiator"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"channelId\":                    ",
        ",\"initiator\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.channelUnsetAsFavoriteByDefaultEventMessageDetail\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "channel_id", &self.channel_id);
        v.field(1usize, "initiator", &self.initiator);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for ChannelUnsetAsFavoriteByDefaultEventMessageDetail {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.channel_id.read_from(r),
            1usize => self.initiator.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.channel_id);
        w.field(1usize, &self.initiator);
    }
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
rt::impl_object!(ChannelUnsetAsFavoriteByDefaultEventMessageDetail);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    ChannelUnsetAsFavoriteByDefaultEventMessageDetail { with_channel_id channel_id :
    ::std::string::String; with_initiator initiator : crate ::beta::IdentitySet; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(ChannelUnsetAsFavoriteByDefaultEventMessageDetail);
#[cfg(msgraph_beta_core_or_activitystatistics)]
/// CSDL: `microsoft.graph.chatActivityStatistics`, entity type, derived from `microsoft.graph.activityStatistics`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-activitystatistics`, `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ChatActivityStatistics {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `activity`: `microsoft.graph.analyticsActivityType`, nullable.
    pub activity: rt::Field<crate::beta::AnalyticsActivityType>,
    /// CSDL: property `duration`: `Edm.Duration`, not nullable.
    pub duration: rt::Field<rt::edm::Duration>,
    /// CSDL: property `endDate`: `Edm.Date`, not nullable.
    pub end_date: rt::Field<rt::edm::Date>,
    /// CSDL: property `startDate`: `Edm.Date`, not nullable.
    pub start_date: rt::Field<rt::edm::Date>,
    /// CSDL: property `timeZoneUsed`: `Edm.String`, nullable.
    pub time_zone_used: rt::Field<::std::string::String>,
    /// CSDL: property `afterHours`: `Edm.Duration`, not nullable.
    pub after_hours: rt::Field<rt::edm::Duration>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_activitystatistics)]
impl ::std::default::Default for ChatActivityStatistics {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            activity: rt::Field::Absent,
            duration: rt::Field::Absent,
            end_date: rt::Field::Absent,
            start_date: rt::Field::Absent,
            time_zone_used: rt::Field::Absent,
            after_hours: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_activitystatistics)]
impl rt::Object for ChatActivityStatistics {
    const TYPE_NAME: &'static str = "microsoft.graph.chatActivityStatistics";
    const KEYS: &'static [&'static str] = &[
        "id",
        "activity",
        "duration",
        "endDate",
        "startDate",
        "timeZoneUsed",
        "afterHours",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"activity\":                     ",
        ",\"duration\":                     ",
        ",\"endDate\":                      ",
        ",\"startDate\":                    ",
        ",\"timeZoneUsed\":                 ",
        ",\"afterHours\":                   ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.chatActivityStatistics\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "activity", &self.activity);
        v.field(2usize, "duration", &self.duration);
        v.field(3usize, "end_date", &self.end_date);
        v.field(4usize, "start_date", &self.start_date);
        v.field(5usize, "time_zone_used", &self.time_zone_used);
        v.field(6usize, "after_hours", &self.after_hours);
    }
}
#[cfg(msgraph_beta_core_or_activitystatistics)]
impl rt::object::Members for ChatActivityStatistics {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.activity.read_from(r),
            2usize => self.duration.read_from(r),
            3usize => self.end_date.read_from(r),
            4usize => self.start_date.read_from(r),
            5usize => self.time_zone_used.read_from(r),
            6usize => self.after_hours.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.activity);
        w.field(2usize, &self.duration);
        w.field(3usize, &self.end_date);
        w.field(4usize, &self.start_date);
        w.field(5usize, &self.time_zone_used);
        w.field(6usize, &self.after_hours);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_core_or_activitystatistics)]
rt::impl_object!(ChatActivityStatistics);
#[cfg(msgraph_beta_core_or_activitystatistics)]
rt::impl_setters!(
    ChatActivityStatistics { with_id id : ::std::string::String; with_activity activity :
    crate ::beta::AnalyticsActivityType; with_duration duration : rt::edm::Duration;
    with_end_date end_date : rt::edm::Date; with_start_date start_date : rt::edm::Date;
    with_time_zone_used time_zone_used : ::std::string::String; with_after_hours
    after_hours : rt::edm::Duration; }
);
#[cfg(msgraph_beta_core_or_activitystatistics)]
#[cfg(feature = "serde")]
rt::impl_serde!(ChatActivityStatistics);
#[cfg(msgraph_beta_core_or_app_or_communications)]
/// CSDL: `microsoft.graph.chatInfo`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-app`, `beta-applications`, `beta-chats`, `beta-communications`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates` and 12 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ChatInfo {
    /// CSDL: property `messageId`: `Edm.String`, nullable.
    pub message_id: rt::Field<::std::string::String>,
    /// CSDL: property `replyChainMessageId`: `Edm.String`, nullable.
    pub reply_chain_message_id: rt::Field<::std::string::String>,
    /// CSDL: property `threadId`: `Edm.String`, nullable.
    pub thread_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_app_or_communications)]
impl ::std::default::Default for ChatInfo {
    #[inline]
    fn default() -> Self {
        Self {
            message_id: rt::Field::Absent,
            reply_chain_message_id: rt::Field::Absent,
            thread_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_app_or_communications)]
impl rt::Object for ChatInfo {
    const TYPE_NAME: &'static str = "microsoft.graph.chatInfo";
    const KEYS: &'static [&'static str] = &[
        "messageId",
        "replyChainMessageId",
        "threadId",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"messageId\":                    ",
        ",\"replyChainMessageId\":          ",
        ",\"threadId\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.chatInfo\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "message_id", &self.message_id);
        v.field(1usize, "reply_chain_message_id", &self.reply_chain_message_id);
        v.field(2usize, "thread_id", &self.thread_id);
    }
}
#[cfg(msgraph_beta_core_or_app_or_communications)]
impl rt::object::Members for ChatInfo {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.message_id.read_from(r),
            1usize => self.reply_chain_message_id.read_from(r),
            2usize => self.thread_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.message_id);
        w.field(1usize, &self.reply_chain_message_id);
        w.field(2usize, &self.thread_id);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_core_or_app_or_communications)]
rt::impl_object!(ChatInfo);
#[cfg(msgraph_beta_core_or_app_or_communications)]
rt::impl_setters!(
    ChatInfo { with_message_id message_id : ::std::string::String;
    with_reply_chain_message_id reply_chain_message_id : ::std::string::String;
    with_thread_id thread_id : ::std::string::String; }
);
#[cfg(msgraph_beta_core_or_app_or_communications)]
#[cfg(feature = "serde")]
rt::impl_serde!(ChatInfo);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.chatMembersNotificationRecipient`, complex type, derived from `microsoft.graph.teamworkNotificationRecipient`.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ChatMembersNotificationRecipient {
    /// CSDL: property `chatId`: `Edm.String`, not nullable.
    pub chat_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for ChatMembersNotificationRecipient {
    #[inline]
    fn default() -> Self {
        Self {
            chat_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for ChatMembersNotificationRecipient {
    const TYPE_NAME: &'static str = "microsoft.graph.chatMembersNotificationRecipient";
    const KEYS: &'static [&'static str] = &["chatId"];
    const KEYS_JSON: &'static [&'static str] = &[",\"chatId\":                       "];
    const TAG: &'static str = "\"#microsoft.graph.chatMembersNotificationRecipient\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "chat_id", &self.chat_id);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for ChatMembersNotificationRecipient {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.chat_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.chat_id);
    }
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
rt::impl_object!(ChatMembersNotificationRecipient);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    ChatMembersNotificationRecipient { with_chat_id chat_id : ::std::string::String; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(ChatMembersNotificationRecipient);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.chatMessage`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`ChatMessagePath`](requests/trait.ChatMessagePath.html), what a path to one (`EntityPath<ChatMessage, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ChatMessage {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `attachments`: `Collection(microsoft.graph.chatMessageAttachment)`, nullable.
    pub attachments: rt::Field<::std::vec::Vec<crate::beta::ChatMessageAttachment>>,
    /// CSDL: property `body`: `microsoft.graph.itemBody`, not nullable.
    pub body: rt::Field<crate::beta::ItemBody>,
    /// CSDL: property `channelIdentity`: `microsoft.graph.channelIdentity`, nullable.
    pub channel_identity: rt::Field<crate::beta::ChannelIdentity>,
    /// CSDL: property `chatId`: `Edm.String`, nullable.
    pub chat_id: rt::Field<::std::string::String>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `deletedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub deleted_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `etag`: `Edm.String`, nullable.
    pub etag: rt::Field<::std::string::String>,
    /// CSDL: property `eventDetail`: `microsoft.graph.eventMessageDetail`, nullable.
    pub event_detail: rt::Field<crate::beta::AnyEventMessageDetail>,
    /// CSDL: property `from`: `microsoft.graph.identitySet`, nullable.
    pub from: rt::Field<crate::beta::IdentitySet>,
    /// CSDL: property `importance`: `microsoft.graph.chatMessageImportance`, not nullable.
    pub importance: rt::Field<crate::beta::ChatMessageImportance>,
    /// CSDL: property `lastEditedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_edited_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `locale`: `Edm.String`, not nullable.
    pub locale: rt::Field<::std::string::String>,
    /// CSDL: property `mentions`: `Collection(microsoft.graph.chatMessageMention)`, nullable.
    pub mentions: rt::Field<::std::vec::Vec<crate::beta::ChatMessageMention>>,
    /// CSDL: property `messageType`: `microsoft.graph.chatMessageType`, not nullable.
    pub message_type: rt::Field<crate::beta::ChatMessageType>,
    /// CSDL: property `policyViolation`: `microsoft.graph.chatMessagePolicyViolation`, nullable.
    pub policy_violation: rt::Field<crate::beta::ChatMessagePolicyViolation>,
    /// CSDL: property `reactions`: `Collection(microsoft.graph.chatMessageReaction)`, nullable.
    pub reactions: rt::Field<::std::vec::Vec<crate::beta::ChatMessageReaction>>,
    /// CSDL: property `replyToId`: `Edm.String`, nullable.
    pub reply_to_id: rt::Field<::std::string::String>,
    /// CSDL: property `subject`: `Edm.String`, nullable.
    pub subject: rt::Field<::std::string::String>,
    /// CSDL: property `summary`: `Edm.String`, nullable.
    pub summary: rt::Field<::std::string::String>,
    /// CSDL: property `webUrl`: `Edm.String`, nullable.
    pub web_url: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `hostedContents`: `Collection(microsoft.graph.chatMessageHostedContent)`, not nullable.
    pub hosted_contents: rt::Field<
        ::std::vec::Vec<crate::beta::ChatMessageHostedContent>,
    >,
    /// CSDL: containment navigation property `replies`: `Collection(microsoft.graph.chatMessage)`, not nullable.
    pub replies: rt::Field<::std::vec::Vec<crate::beta::ChatMessage>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for ChatMessage {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            attachments: rt::Field::Absent,
            body: rt::Field::Absent,
            channel_identity: rt::Field::Absent,
            chat_id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            deleted_date_time: rt::Field::Absent,
            etag: rt::Field::Absent,
            event_detail: rt::Field::Absent,
            from: rt::Field::Absent,
            importance: rt::Field::Absent,
            last_edited_date_time: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            locale: rt::Field::Absent,
            mentions: rt::Field::Absent,
            message_type: rt::Field::Absent,
            policy_violation: rt::Field::Absent,
            reactions: rt::Field::Absent,
            reply_to_id: rt::Field::Absent,
            subject: rt::Field::Absent,
            summary: rt::Field::Absent,
            web_url: rt::Field::Absent,
            hosted_contents: rt::Field::Absent,
            replies: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for ChatMessage {
    const TYPE_NAME: &'static str = "microsoft.graph.chatMessage";
    const KEYS: &'static [&'static str] = &[
        "id",
        "attachments",
        "body",
        "channelIdentity",
        "chatId",
        "createdDateTime",
        "deletedDateTime",
        "etag",
        "eventDetail",
        "from",
        "importance",
        "lastEditedDateTime",
        "lastModifiedDateTime",
        "locale",
        "mentions",
        "messageType",
        "policyViolation",
        "reactions",
        "replyToId",
        "subject",
        "summary",
        "webUrl",
        "hostedContents",
        "replies",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"attachments\":                  ",
        ",\"body\":                         ",
        ",\"channelIdentity\":              ",
        ",\"chatId\":                       ",
        ",\"createdDateTime\":              ",
        ",\"deletedDateTime\":              ",
        ",\"etag\":                         ",
        ",\"eventDetail\":                  ",
        ",\"from\":                         ",
        ",\"importance\":                   ",
        ",\"lastEditedDateTime\":           ",
        ",\"lastModifiedDateTime\":         ",
        ",\"locale\":                       ",
        ",\"mentions\":                     ",
        ",\"messageType\":                  ",
        ",\"policyViolation\":              ",
        ",\"reactions\":                    ",
        ",\"replyToId\":                    ",
        ",\"subject\":                      ",
        ",\"summary\":                      ",
        ",\"webUrl\":                       ",
        ",\"hostedContents\":               ",
        ",\"replies\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.chatMessage\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "attachments", &self.attachments);
        v.field(2usize, "body", &self.body);
        v.field(3usize, "channel_identity", &self.channel_identity);
        v.field(4usize, "chat_id", &self.chat_id);
        v.field(5usize, "created_date_time", &self.created_date_time);
        v.field(6usize, "deleted_date_time", &self.deleted_date_time);
        v.field(7usize, "etag", &self.etag);
        v.field(8usize, "event_detail", &self.event_detail);
        v.field(9usize, "from", &self.from);
        v.field(10usize, "importance", &self.importance);
        v.field(11usize, "last_edited_date_time", &self.last_edited_date_time);
        v.field(12usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(13usize, "locale", &self.locale);
        v.field(14usize, "mentions", &self.mentions);
        v.field(15usize, "message_type", &self.message_type);
        v.field(16usize, "policy_violation", &self.policy_violation);
        v.field(17usize, "reactions", &self.reactions);
        v.field(18usize, "reply_to_id", &self.reply_to_id);
        v.field(19usize, "subject", &self.subject);
        v.field(20usize, "summary", &self.summary);
        v.field(21usize, "web_url", &self.web_url);
        v.field(22usize, "hosted_contents", &self.hosted_contents);
        v.field(23usize, "replies", &self.replies);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for ChatMessage {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.attachments.read_from(r),
            2usize => self.body.read_from(r),
            3usize => self.channel_identity.read_from(r),
            4usize => self.chat_id.read_from(r),
            5usize => self.created_date_time.read_from(r),
            6usize => self.deleted_date_time.read_from(r),
            7usize => self.etag.read_from(r),
            8usize => self.event_detail.read_from(r),
            9usize => self.from.read_from(r),
            10usize => self.importance.read_from(r),
            11usize => self.last_edited_date_time.read_from(r),
            12usize => self.last_modified_date_time.read_from(r),
            13usize => self.locale.read_from(r),
            14usize => self.mentions.read_from(r),
            15usize => self.message_type.read_from(r),
            16usize => self.policy_violation.read_from(r),
            17usize => self.reactions.read_from(r),
            18usize => self.reply_to_id.read_from(r),
            19usize => self.subject.read_from(r),
            20usize => self.summary.read_from(r),
            21usize => self.web_url.read_from(r),
            22usize => self.hosted_contents.read_from(r),
            23usize => self.replies.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.attachments);
        w.field(2usize, &self.body);
        w.field(3usize, &self.channel_identity);
        w.field(4usize, &self.chat_id);
        w.field(5usize, &self.created_date_time);
        w.field(6usize, &self.deleted_date_time);
        w.field(7usize, &self.etag);
        w.field(8usize, &self.event_detail);
        w.field(9usize, &self.from);
        w.field(10usize, &self.importance);
        w.field(11usize, &self.last_edited_date_time);
        w.field(12usize, &self.last_modified_date_time);
        w.field(13usize, &self.locale);
        w.field(14usize, &self.mentions);
        w.field(15usize, &self.message_type);
        w.field(16usize, &self.policy_violation);
        w.field(17usize, &self.reactions);
        w.field(18usize, &self.reply_to_id);
        w.field(19usize, &self.subject);
        w.field(20usize, &self.summary);
        w.field(21usize, &self.web_url);
        w.field(22usize, &self.hosted_contents);
        w.field(23usize, &self.replies);
    }
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
rt::impl_object!(ChatMessage);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    ChatMessage { with_id id : ::std::string::String; with_attachments attachments :
    ::std::vec::Vec < crate ::beta::ChatMessageAttachment >; with_body body : crate
    ::beta::ItemBody; with_channel_identity channel_identity : crate
    ::beta::ChannelIdentity; with_chat_id chat_id : ::std::string::String;
    with_created_date_time created_date_time : rt::edm::DateTimeOffset;
    with_deleted_date_time deleted_date_time : rt::edm::DateTimeOffset; with_etag etag :
    ::std::string::String; with_event_detail event_detail : crate
    ::beta::AnyEventMessageDetail; with_from from : crate ::beta::IdentitySet;
    with_importance importance : crate ::beta::ChatMessageImportance;
    with_last_edited_date_time last_edited_date_time : rt::edm::DateTimeOffset;
    with_last_modified_date_time last_modified_date_time : rt::edm::DateTimeOffset;
    with_locale locale : ::std::string::String; with_mentions mentions : ::std::vec::Vec
    < crate ::beta::ChatMessageMention >; with_message_type message_type : crate
    ::beta::ChatMessageType; with_policy_violation policy_violation : crate
    ::beta::ChatMessagePolicyViolation; with_reactions reactions : ::std::vec::Vec <
    crate ::beta::ChatMessageReaction >; with_reply_to_id reply_to_id :
    ::std::string::String; with_subject subject : ::std::string::String; with_summary
    summary : ::std::string::String; with_web_url web_url : ::std::string::String;
    with_hosted_contents hosted_contents : ::std::vec::Vec < crate
    ::beta::ChatMessageHostedContent >; with_replies replies : ::std::vec::Vec < crate
    ::beta::ChatMessage >; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(ChatMessage);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.chatMessageAttachment`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ChatMessageAttachment {
    /// CSDL: property `content`: `Edm.String`, nullable.
    pub content: rt::Field<::std::string::String>,
    /// CSDL: property `contentType`: `Edm.String`, nullable.
    pub content_type: rt::Field<::std::string::String>,
    /// CSDL: property `contentUrl`: `Edm.String`, nullable.
    pub content_url: rt::Field<::std::string::String>,
    /// CSDL: property `id`: `Edm.String`, nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// CSDL: property `thumbnailUrl`: `Edm.String`, nullable.
    pub thumbnail_url: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for ChatMessageAttachment {
    #[inline]
    fn default() -> Self {
        Self {
            content: rt::Field::Absent,
            content_type: rt::Field::Absent,
            content_url: rt::Field::Absent,
            id: rt::Field::Absent,
            name: rt::Field::Absent,
            thumbnail_url: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for ChatMessageAttachment {
    const TYPE_NAME: &'static str = "microsoft.graph.chatMessageAttachment";
    const KEYS: &'static [&'static str] = &[
        "content",
        "contentType",
        "contentUrl",
        "id",
        "name",
        "thumbnailUrl",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"content\":                      ",
        ",\"contentType\":                  ",
        ",\"contentUrl\":                   ",
        ",\"id\":                           ",
        ",\"name\":                         ",
        ",\"thumbnailUrl\":                 ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.chatMessageAttachment\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "content", &self.content);
        v.field(1usize, "content_type", &self.content_type);
        v.field(2usize, "content_url", &self.content_url);
        v.field(3usize, "id", &self.id);
        v.field(4usize, "name", &self.name);
        v.field(5usize, "thumbnail_url", &self.thumbnail_url);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for ChatMessageAttachment {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.content.read_from(r),
            1usize => self.content_type.read_from(r),
            2usize => self.content_url.read_from(r),
            3usize => self.id.read_from(r),
            4usize => self.name.read_from(r),
            5usize => self.thumbnail_url.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.content);
        w.field(1usize, &self.content_type);
        w.field(2usize, &self.content_url);
        w.field(3usize, &self.id);
        w.field(4usize, &self.name);
        w.field(5usize, &self.thumbnail_url);
    }
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
rt::impl_object!(ChatMessageAttachment);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    ChatMessageAttachment { with_content content : ::std::string::String;
    with_content_type content_type : ::std::string::String; with_content_url content_url
    : ::std::string::String; with_id id : ::std::string::String; with_name name :
    ::std::string::String; with_thumbnail_url thumbnail_url : ::std::string::String; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(ChatMessageAttachment);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.chatMessageImportance`, enum type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ChatMessageImportance {
    /// `normal` (value 0).
    Normal,
    /// `high` (value 1).
    High,
    /// `urgent` (value 2).
    Urgent,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_core)]
impl rt::StrEnum for ChatMessageImportance {
    const TYPE_NAME: &'static str = "microsoft.graph.chatMessageImportance";
    const MEMBERS: &'static [&'static str] = &["normal", "high", "urgent"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "normal" => Self::Normal,
                "high" => Self::High,
                "urgent" => Self::Urgent,
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
            Self::Urgent => "urgent",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_core)]
rt::impl_enum!(ChatMessageImportance);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(ChatMessageImportance);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.chatMessageMention`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ChatMessageMention {
    /// CSDL: property `id`: `Edm.Int32`, nullable.
    pub id: rt::Field<i32>,
    /// CSDL: property `mentioned`: `microsoft.graph.identitySet`, nullable.
    pub mentioned: rt::Field<crate::beta::IdentitySet>,
    /// CSDL: property `mentionText`: `Edm.String`, nullable.
    pub mention_text: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for ChatMessageMention {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            mentioned: rt::Field::Absent,
            mention_text: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for ChatMessageMention {
    const TYPE_NAME: &'static str = "microsoft.graph.chatMessageMention";
    const KEYS: &'static [&'static str] = &["id", "mentioned", "mentionText"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"mentioned\":                    ",
        ",\"mentionText\":                  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.chatMessageMention\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "mentioned", &self.mentioned);
        v.field(2usize, "mention_text", &self.mention_text);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for ChatMessageMention {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.mentioned.read_from(r),
            2usize => self.mention_text.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.mentioned);
        w.field(2usize, &self.mention_text);
    }
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
rt::impl_object!(ChatMessageMention);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    ChatMessageMention { with_id id : i32; with_mentioned mentioned : crate
    ::beta::IdentitySet; with_mention_text mention_text : ::std::string::String; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(ChatMessageMention);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.chatMessagePolicyViolation`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ChatMessagePolicyViolation {
    /// CSDL: property `dlpAction`: `microsoft.graph.chatMessagePolicyViolationDlpActionTypes`, nullable.
    pub dlp_action: rt::Field<
        rt::Flags<crate::beta::ChatMessagePolicyViolationDlpActionTypes>,
    >,
    /// CSDL: property `justificationText`: `Edm.String`, nullable.
    pub justification_text: rt::Field<::std::string::String>,
    /// CSDL: property `policyTip`: `microsoft.graph.chatMessagePolicyViolationPolicyTip`, nullable.
    pub policy_tip: rt::Field<crate::beta::ChatMessagePolicyViolationPolicyTip>,
    /// CSDL: property `userAction`: `microsoft.graph.chatMessagePolicyViolationUserActionTypes`, nullable.
    pub user_action: rt::Field<
        rt::Flags<crate::beta::ChatMessagePolicyViolationUserActionTypes>,
    >,
    /// CSDL: property `verdictDetails`: `microsoft.graph.chatMessagePolicyViolationVerdictDetailsTypes`, nullable.
    pub verdict_details: rt::Field<
        rt::Flags<crate::beta::ChatMessagePolicyViolationVerdictDetailsTypes>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for ChatMessagePolicyViolation {
    #[inline]
    fn default() -> Self {
        Self {
            dlp_action: rt::Field::Absent,
            justification_text: rt::Field::Absent,
            policy_tip: rt::Field::Absent,
            user_action: rt::Field::Absent,
            verdict_details: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for ChatMessagePolicyViolation {
    const TYPE_NAME: &'static str = "microsoft.graph.chatMessagePolicyViolation";
    const KEYS: &'static [&'static str] = &[
        "dlpAction",
        "justificationText",
        "policyTip",
        "userAction",
        "verdictDetails",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"dlpAction\":                    ",
        ",\"justificationText\":            ",
        ",\"policyTip\":                    ",
        ",\"userAction\":                   ",
        ",\"verdictDetails\":               ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.chatMessagePolicyViolation\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dlp_action", &self.dlp_action);
        v.field(1usize, "justification_text", &self.justification_text);
        v.field(2usize, "policy_tip", &self.policy_tip);
        v.field(3usize, "user_action", &self.user_action);
        v.field(4usize, "verdict_details", &self.verdict_details);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for ChatMessagePolicyViolation {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.dlp_action.read_from(r),
            1usize => self.justification_text.read_from(r),
            2usize => self.policy_tip.read_from(r),
            3usize => self.user_action.read_from(r),
            4usize => self.verdict_details.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.dlp_action);
        w.field(1usize, &self.justification_text);
        w.field(2usize, &self.policy_tip);
        w.field(3usize, &self.user_action);
        w.field(4usize, &self.verdict_details);
    }
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
rt::impl_object!(ChatMessagePolicyViolation);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    ChatMessagePolicyViolation { with_dlp_action dlp_action : rt::Flags < crate
    ::beta::ChatMessagePolicyViolationDlpActionTypes >; with_justification_text
    justification_text : ::std::string::String; with_policy_tip policy_tip : crate
    ::beta::ChatMessagePolicyViolationPolicyTip; with_user_action user_action : rt::Flags
    < crate ::beta::ChatMessagePolicyViolationUserActionTypes >; with_verdict_details
    verdict_details : rt::Flags < crate
    ::beta::ChatMessagePolicyViolationVerdictDetailsTypes >; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(ChatMessagePolicyViolation);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.chatMessagePolicyViolationDlpActionTypes`, enum type, flags (comma-separated in JSON).
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ChatMessagePolicyViolationDlpActionTypes {
    /// `none` (value 0).
    None,
    /// `notifySender` (value 1).
    NotifySender,
    /// `blockAccess` (value 2).
    BlockAccess,
    /// `blockAccessExternal` (value 4).
    BlockAccessExternal,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_core)]
impl rt::StrEnum for ChatMessagePolicyViolationDlpActionTypes {
    const TYPE_NAME: &'static str = "microsoft.graph.chatMessagePolicyViolationDlpActionTypes";
    const MEMBERS: &'static [&'static str] = &[
        "none",
        "notifySender",
        "blockAccess",
        "blockAccessExternal",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "none" => Self::None,
                "notifySender" => Self::NotifySender,
                "blockAccess" => Self::BlockAccess,
                "blockAccessExternal" => Self::BlockAccessExternal,
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
            Self::NotifySender => "notifySender",
            Self::BlockAccess => "blockAccess",
            Self::BlockAccessExternal => "blockAccessExternal",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_core)]
rt::impl_enum!(ChatMessagePolicyViolationDlpActionTypes);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(ChatMessagePolicyViolationDlpActionTypes);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.chatMessagePolicyViolationPolicyTip`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ChatMessagePolicyViolationPolicyTip {
    /// CSDL: property `complianceUrl`: `Edm.String`, nullable.
    pub compliance_url: rt::Field<::std::string::String>,
    /// CSDL: property `generalText`: `Edm.String`, nullable.
    pub general_text: rt::Field<::std::string::String>,
    /// CSDL: property `matchedConditionDescriptions`: `Collection(Edm.String)`, nullable.
    pub matched_condition_descriptions: rt::Field<
        ::std::vec::Vec<::std::string::String>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for ChatMessagePolicyViolationPolicyTip {
    #[inline]
    fn default() -> Self {
        Self {
            compliance_url: rt::Field::Absent,
            general_text: rt::Field::Absent,
            matched_condition_descriptions: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for ChatMessagePolicyViolationPolicyTip {
    const TYPE_NAME: &'static str = "microsoft.graph.chatMessagePolicyViolationPolicyTip";
    const KEYS: &'static [&'static str] = &[
        "complianceUrl",
        "generalText",
        "matchedConditionDescriptions",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"complianceUrl\":                ",
        ",\"generalText\":                  ",
        ",\"matchedConditionDescriptions\": ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.chatMessagePolicyViolationPolicyTip\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "compliance_url", &self.compliance_url);
        v.field(1usize, "general_text", &self.general_text);
        v.field(
            2usize,
            "matched_condition_descriptions",
            &self.matched_condition_descriptions,
        );
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for ChatMessagePolicyViolationPolicyTip {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.compliance_url.read_from(r),
            1usize => self.general_text.read_from(r),
            2usize => self.matched_condition_descriptions.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.compliance_url);
        w.field(1usize, &self.general_text);
        w.field(2usize, &self.matched_condition_descriptions);
    }
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
rt::impl_object!(ChatMessagePolicyViolationPolicyTip);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    ChatMessagePolicyViolationPolicyTip { with_compliance_url compliance_url :
    ::std::string::String; with_general_text general_text : ::std::string::String;
    with_matched_condition_descriptions matched_condition_descriptions : ::std::vec::Vec
    < ::std::string::String >; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(ChatMessagePolicyViolationPolicyTip);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.chatMessagePolicyViolationUserActionTypes`, enum type, flags (comma-separated in JSON).
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ChatMessagePolicyViolationUserActionTypes {
    /// `none` (value 0).
    None,
    /// `override` (value 1).
    Override,
    /// `reportFalsePositive` (value 2).
    ReportFalsePositive,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_core)]
impl rt::StrEnum for ChatMessagePolicyViolationUserActionTypes {
    const TYPE_NAME: &'static str = "microsoft.graph.chatMessagePolicyViolationUserActionTypes";
    const MEMBERS: &'static [&'static str] = &[
        "none",
        "override",
        "reportFalsePositive",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "none" => Self::None,
                "override" => Self::Override,
                "reportFalsePositive" => Self::ReportFalsePositive,
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
            Self::Override => "override",
            Self::ReportFalsePositive => "reportFalsePositive",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_core)]
rt::impl_enum!(ChatMessagePolicyViolationUserActionTypes);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(ChatMessagePolicyViolationUserActionTypes);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.chatMessagePolicyViolationVerdictDetailsTypes`, enum type, flags (comma-separated in JSON).
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ChatMessagePolicyViolationVerdictDetailsTypes {
    /// `none` (value 0).
    None,
    /// `allowFalsePositiveOverride` (value 1).
    AllowFalsePositiveOverride,
    /// `allowOverrideWithoutJustification` (value 2).
    AllowOverrideWithoutJustification,
    /// `allowOverrideWithJustification` (value 4).
    AllowOverrideWithJustification,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_core)]
impl rt::StrEnum for ChatMessagePolicyViolationVerdictDetailsTypes {
    const TYPE_NAME: &'static str = "microsoft.graph.chatMessagePolicyViolationVerdictDetailsTypes";
    const MEMBERS: &'static [&'static str] = &[
        "none",
        "allowFalsePositiveOverride",
        "allowOverrideWithoutJustification",
        "allowOverrideWithJustification",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "none" => Self::None,
                "allowFalsePositiveOverride" => Self::AllowFalsePositiveOverride,
                "allowOverrideWithoutJustification" => {
                    Self::AllowOverrideWithoutJustification
                }
                "allowOverrideWithJustification" => Self::AllowOverrideWithJustification,
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
            Self::AllowFalsePositiveOverride => "allowFalsePositiveOverride",
            Self::AllowOverrideWithoutJustification => {
                "allowOverrideWithoutJustification"
            }
            Self::AllowOverrideWithJustification => "allowOverrideWithJustification",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_core)]
rt::impl_enum!(ChatMessagePolicyViolationVerdictDetailsTypes);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(ChatMessagePolicyViolationVerdictDetailsTypes);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.chatMessageReaction`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ChatMessageReaction {
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `reactionType`: `Edm.String`, not nullable.
    pub reaction_type: rt::Field<::std::string::String>,
    /// CSDL: property `user`: `microsoft.graph.identitySet`, not nullable.
    pub user: rt::Field<crate::beta::IdentitySet>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for ChatMessageReaction {
    #[inline]
    fn default() -> Self {
        Self {
            created_date_time: rt::Field::Absent,
            reaction_type: rt::Field::Absent,
            user: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for ChatMessageReaction {
    const TYPE_NAME: &'static str = "microsoft.graph.chatMessageReaction";
    const KEYS: &'static [&'static str] = &["createdDateTime", "reactionType", "user"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"createdDateTime\":              ",
        ",\"reactionType\":                 ",
        ",\"user\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.chatMessageReaction\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "created_date_time", &self.created_date_time);
        v.field(1usize, "reaction_type", &self.reaction_type);
        v.field(2usize, "user", &self.user);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for ChatMessageReaction {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.created_date_time.read_from(r),
            1usize => self.reaction_type.read_from(r),
            2usize => self.user.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.created_date_time);
        w.field(1usize, &self.reaction_type);
        w.field(2usize, &self.user);
    }
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
rt::impl_object!(ChatMessageReaction);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    ChatMessageReaction { with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_reaction_type reaction_type : ::std::string::String;
    with_user user : crate ::beta::IdentitySet; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(ChatMessageReaction);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.chatMessageType`, enum type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ChatMessageType {
    /// `message` (value 0).
    Message,
    /// `chatEvent` (value 1).
    ChatEvent,
    /// `typing` (value 2).
    Typing,
    /// `unknownFutureValue` (value 3).
    UnknownFutureValue,
    /// `systemEventMessage` (value 4).
    SystemEventMessage,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_core)]
impl rt::StrEnum for ChatMessageType {
    const TYPE_NAME: &'static str = "microsoft.graph.chatMessageType";
    const MEMBERS: &'static [&'static str] = &[
        "message",
        "chatEvent",
        "typing",
        "unknownFutureValue",
        "systemEventMessage",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "message" => Self::Message,
                "chatEvent" => Self::ChatEvent,
                "typing" => Self::Typing,
                "unknownFutureValue" => Self::UnknownFutureValue,
                "systemEventMessage" => Self::SystemEventMessage,
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
            Self::Message => "message",
            Self::ChatEvent => "chatEvent",
            Self::Typing => "typing",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::SystemEventMessage => "systemEventMessage",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_core)]
rt::impl_enum!(ChatMessageType);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(ChatMessageType);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.chatRenamedEventMessageDetail`, complex type, derived from `microsoft.graph.eventMessageDetail`.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ChatRenamedEventMessageDetail {
    /// CSDL: property `chatDisplayName`: `Edm.String`, nullable.
    pub chat_display_name: rt::Field<::std::string::String>,
    /// CSDL: property `chatId`: `Edm.String`, nullable.
    pub chat_id: rt::Field<::std::string::String>,
    /// CSDL: property `initiator`: `microsoft.graph.identitySet`, nullable.
    pub initiator: rt::Field<crate::beta::IdentitySet>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for ChatRenamedEventMessageDetail {
    #[inline]
    fn default() -> Self {
        Self {
            chat_display_name: rt::Field::Absent,
            chat_id: rt::Field::Absent,
            initiator: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for ChatRenamedEventMessageDetail {
    const TYPE_NAME: &'static str = "microsoft.graph.chatRenamedEventMessageDetail";
    const KEYS: &'static [&'static str] = &["chatDisplayName", "chatId", "initiator"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"chatDisplayName\":              ",
        ",\"chatId\":                       ",
        ",\"initiator\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.chatRenamedEventMessageDetail\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "chat_display_name", &self.chat_display_name);
        v.field(1usize, "chat_id", &self.chat_id);
        v.field(2usize, "initiator", &self.initiator);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for ChatRenamedEventMessageDetail {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.chat_display_name.read_from(r),
            1usize => self.chat_id.read_from(r),
            2usize => self.initiator.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.chat_display_name);
        w.field(1usize, &self.chat_id);
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
#[cfg(msgraph_beta_core)]
rt::impl_object!(ChatRenamedEventMessageDetail);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    ChatRenamedEventMessageDetail { with_chat_display_name chat_display_name :
    ::std::string::String; with_chat_id chat_id : ::std::string::String; with_initiator
    initiator : crate ::beta::IdentitySet; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(ChatRenamedEventMessageDetail);
#[cfg(msgraph_beta_core)]
/// Represents a property of the ChromeOS device.
///
/// CSDL: `microsoft.graph.chromeOSDeviceProperty`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ChromeOsDeviceProperty {
    /// Name of the property
    ///
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// Whether this property is updatable
    ///
    /// CSDL: property `updatable`: `Edm.Boolean`, not nullable.
    pub updatable: rt::Field<bool>,
    /// Value of the property
    ///
    /// CSDL: property `value`: `Edm.String`, nullable.
    pub value: rt::Field<::std::string::String>,
    /// Type of the value
    ///
    /// CSDL: property `valueType`: `Edm.String`, nullable.
    pub value_type: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for ChromeOsDeviceProperty {
    #[inline]
    fn default() -> Self {
        Self {
            name: rt::Field::Absent,
            updatable: rt::Field::Absent,
            value: rt::Field::Absent,
            value_type: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for ChromeOsDeviceProperty {
    const TYPE_NAME: &'static str = "microsoft.graph.chromeOSDeviceProperty";
    const KEYS: &'static [&'static str] = &["name", "updatable", "value", "valueType"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"name\":                         ",
        ",\"updatable\":                    ",
        ",\"value\":                        ",
        ",\"valueType\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.chromeOSDeviceProperty\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "name", &self.name);
        v.field(1usize, "updatable", &self.updatable);
        v.field(2usize, "value", &self.value);
        v.field(3usize, "value_type", &self.value_type);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for ChromeOsDeviceProperty {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.name.read_from(r),
            1usize => self.updatable.read_from(r),
            2usize => self.value.read_from(r),
            3usize => self.value_type.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.name);
        w.field(1usize, &self.updatable);
        w.field(2usize, &self.value);
        w.field(3usize, &self.value_type);
    }
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
rt::impl_object!(ChromeOsDeviceProperty);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    ChromeOsDeviceProperty { with_name name : ::std::string::String; with_updatable
    updatable : bool; with_value value : ::std::string::String; with_value_type
    value_type : ::std::string::String; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(ChromeOsDeviceProperty);
#[cfg(msgraph_beta_device_management_or_search)]
/// Contains the information to define a circular geo-fence management condition, an area of interest, to monitor.
///
/// CSDL: `microsoft.graph.circularGeofenceManagementCondition`, entity type, derived from `microsoft.graph.locationManagementCondition`, key `id`.
///
/// Request builders: [`ManagementConditionPath`](requests/trait.ManagementConditionPath.html), what a path to one (`EntityPath<CircularGeofenceManagementCondition, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct CircularGeofenceManagementCondition {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// The applicable platforms for this management condition.
    ///
    /// CSDL: property `applicablePlatforms`: `Collection(microsoft.graph.devicePlatformType)`, not nullable.
    pub applicable_platforms: rt::Field<
        ::std::vec::Vec<crate::beta::DevicePlatformType>,
    >,
    /// The time the management condition was created. Generated service side.
    ///
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// The admin defined description of the management condition.
    ///
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// The admin defined name of the management condition.
    ///
    /// CSDL: property `displayName`: `Edm.String`, not nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// ETag of the management condition. Updated service side.
    ///
    /// CSDL: property `eTag`: `Edm.String`, nullable.
    pub e_tag: rt::Field<::std::string::String>,
    /// The time the management condition was last modified. Updated service side.
    ///
    /// CSDL: property `modifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Unique name for the management condition. Used in management condition expressions.
    ///
    /// CSDL: property `uniqueName`: `Edm.String`, not nullable.
    pub unique_name: rt::Field<::std::string::String>,
    /// The management condition statements associated to the management condition.
    ///
    /// CSDL: navigation property `managementConditionStatements`: `Collection(microsoft.graph.managementConditionStatement)`, not nullable.
    pub management_condition_statements: rt::Field<
        ::std::vec::Vec<crate::beta::ManagementConditionStatement>,
    >,
    /// Latitude in degrees, between -90 and +90 inclusive.
    ///
    /// CSDL: property `latitude`: `Edm.Double`, not nullable.
    pub latitude: rt::Field<f64>,
    /// Longitude in degrees, between -180 and +180 inclusive.
    ///
    /// CSDL: property `longitude`: `Edm.Double`, not nullable.
    pub longitude: rt::Field<f64>,
    /// Radius in meters.
    ///
    /// CSDL: property `radiusInMeters`: `Edm.Single`, not nullable.
    pub radius_in_meters: rt::Field<f64>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for CircularGeofenceManagementCondition {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            applicable_platforms: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            e_tag: rt::Field::Absent,
            modified_date_time: rt::Field::Absent,
            unique_name: rt::Field::Absent,
            management_condition_statements: rt::Field::Absent,
            latitude: rt::Field::Absent,
            longitude: rt::Field::Absent,
            radius_in_meters: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for CircularGeofenceManagementCondition {
    const TYPE_NAME: &'static str = "microsoft.graph.circularGeofenceManagementCondition";
    const KEYS: &'static [&'static str] = &[
        "id",
        "applicablePlatforms",
        "createdDateTime",
        "description",
        "displayName",
        "eTag",
        "modifiedDateTime",
        "uniqueName",
        "managementConditionStatements",
        "latitude",
        "longitude",
        "radiusInMeters",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"applicablePlatforms\":          ",
        ",\"createdDateTime\":              ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"eTag\":                         ",
        ",\"modifiedDateTime\":             ",
        ",\"uniqueName\":                   ",
        ",\"managementConditionStatements\":",
        ",\"latitude\":                     ",
        ",\"longitude\":                    ",
        ",\"radiusInMeters\":               ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.circularGeofenceManagementCondition\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "applicable_platforms", &self.applicable_platforms);
        v.field(2usize, "created_date_time", &self.created_date_time);
        v.field(3usize, "description", &self.description);
        v.field(4usize, "display_name", &self.display_name);
        v.field(5usize, "e_tag", &self.e_tag);
        v.field(6usize, "modified_date_time", &self.modified_date_time);
        v.field(7usize, "unique_name", &self.unique_name);
        v.field(
            8usize,
            "management_condition_statements",
            &self.management_condition_statements,
        );
        v.field(9usize, "latitude", &self.latitude);
        v.field(10usize, "longitude", &self.longitude);
        v.field(11usize, "radius_in_meters", &self.radius_in_meters);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for CircularGeofenceManagementCondition {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.applicable_platforms.read_from(r),
            2usize => self.created_date_time.read_from(r),
            3usize => self.description.read_from(r),
            4usize => self.display_name.read_from(r),
            5usize => self.e_tag.read_from(r),
            6usize => self.modified_date_time.read_from(r),
            7usize => self.unique_name.read_from(r),
            8usize => self.management_condition_statements.read_from(r),
            9usize => self.latitude.read_from(r),
            10usize => self.longitude.read_from(r),
            11usize => self.radius_in_meters.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.applicable_platforms);
        w.field(2usize, &self.created_date_time);
        w.field(3usize, &self.description);
        w.field(4usize, &self.display_name);
        w.field(5usize, &self.e_tag);
        w.field(6usize, &self.modified_date_time);
        w.field(7usize, &self.unique_name);
        w.field(8usize, &self.management_condition_statements);
        w.field(9usize, &self.latitude);
        w.field(10usize, &self.longitude);
        w.field(11usize, &self.radius_in_meters);
    }
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
rt::impl_object!(CircularGeofenceManagementCondition);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    CircularGeofenceManagementCondition { with_id id : ::std::string::String;
    with_applicable_platforms applicable_platforms : ::std::vec::Vec < crate
    ::beta::DevicePlatformType >; with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_description description : ::std::string::String;
    with_display_name display_name : ::std::string::String; with_e_tag e_tag :
    ::std::string::String; with_modified_date_time modified_date_time :
    rt::edm::DateTimeOffset; with_unique_name unique_name : ::std::string::String;
    with_management_condition_statements management_condition_statements :
    ::std::vec::Vec < crate ::beta::ManagementConditionStatement >; with_latitude
    latitude : f64; with_longitude longitude : f64; with_radius_in_meters
    radius_in_meters : f64; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(CircularGeofenceManagementCondition);
