//! Types of `microsoft.graph` by the first letters of their names (`ti_tr`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_v1_identity_governance_or_role_management_or_search)]
/// CSDL: `microsoft.graph.ticketInfo`, complex type.
///
/// Features: `v1`, or one of `v1-identity-governance`, `v1-role-management`, `v1-search`.
#[derive(Clone, PartialEq)]
pub struct TicketInfo {
    /// CSDL: property `ticketNumber`: `Edm.String`, nullable.
    pub ticket_number: rt::Field<::std::string::String>,
    /// CSDL: property `ticketSystem`: `Edm.String`, nullable.
    pub ticket_system: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_governance_or_role_management_or_search)]
impl ::std::default::Default for TicketInfo {
    #[inline]
    fn default() -> Self {
        Self {
            ticket_number: rt::Field::Absent,
            ticket_system: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_governance_or_role_management_or_search)]
impl rt::Object for TicketInfo {
    const TYPE_NAME: &'static str = "microsoft.graph.ticketInfo";
    const KEYS: &'static [&'static str] = &["ticketNumber", "ticketSystem"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"ticketNumber\":",
        ",\"ticketSystem\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.ticketInfo\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.ticket_number.read_from(r),
            1usize => self.ticket_system.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.ticket_number);
        w.field(1usize, &self.ticket_system);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.ticket_number),
            1usize => ::std::option::Option::Some(&self.ticket_system),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "ticket_number", &self.ticket_number);
        d.field(1usize, "ticket_system", &self.ticket_system);
    }
    #[inline]
    fn extra(&self) -> &rt::Extra {
        &self.extra
    }
    #[inline]
    fn extra_mut(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_identity_governance_or_role_management_or_search)]
rt::impl_object!(TicketInfo);
#[cfg(msgraph_v1_identity_governance_or_role_management_or_search)]
rt::impl_setters!(
    TicketInfo { with_ticket_number ticket_number : ::std::string::String;
    with_ticket_system ticket_system : ::std::string::String; }
);
#[cfg(msgraph_v1_identity_governance_or_role_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(TicketInfo);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.timeCard`, entity type, derived from `microsoft.graph.changeTrackedEntity`, key `id`.
///
/// Request builders: [`TimeCardPath`](requests/struct.TimeCardPath.html), the type of a path to one.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct TimeCard {
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
    /// CSDL: property `breaks`: `Collection(microsoft.graph.timeCardBreak)`, nullable.
    pub breaks: rt::Field<::std::vec::Vec<crate::v1::TimeCardBreak>>,
    /// CSDL: property `clockInEvent`: `microsoft.graph.timeCardEvent`, nullable.
    pub clock_in_event: rt::Field<crate::v1::TimeCardEvent>,
    /// CSDL: property `clockOutEvent`: `microsoft.graph.timeCardEvent`, nullable.
    pub clock_out_event: rt::Field<crate::v1::TimeCardEvent>,
    /// CSDL: property `confirmedBy`: `microsoft.graph.confirmedBy`, nullable.
    pub confirmed_by: rt::Field<rt::Flags<crate::v1::ConfirmedBy>>,
    /// CSDL: property `notes`: `microsoft.graph.itemBody`, nullable.
    pub notes: rt::Field<crate::v1::ItemBody>,
    /// CSDL: property `originalEntry`: `microsoft.graph.timeCardEntry`, nullable.
    pub original_entry: rt::Field<crate::v1::TimeCardEntry>,
    /// CSDL: property `state`: `microsoft.graph.timeCardState`, nullable.
    pub state: rt::Field<crate::v1::TimeCardState>,
    /// CSDL: property `userId`: `Edm.String`, nullable.
    pub user_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for TimeCard {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_by: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            last_modified_by: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            breaks: rt::Field::Absent,
            clock_in_event: rt::Field::Absent,
            clock_out_event: rt::Field::Absent,
            confirmed_by: rt::Field::Absent,
            notes: rt::Field::Absent,
            original_entry: rt::Field::Absent,
            state: rt::Field::Absent,
            user_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for TimeCard {
    const TYPE_NAME: &'static str = "microsoft.graph.timeCard";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdBy",
        "createdDateTime",
        "lastModifiedBy",
        "lastModifiedDateTime",
        "breaks",
        "clockInEvent",
        "clockOutEvent",
        "confirmedBy",
        "notes",
        "originalEntry",
        "state",
        "userId",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":",
        ",\"createdBy\":",
        ",\"createdDateTime\":",
        ",\"lastModifiedBy\":",
        ",\"lastModifiedDateTime\":",
        ",\"breaks\":",
        ",\"clockInEvent\":",
        ",\"clockOutEvent\":",
        ",\"confirmedBy\":",
        ",\"notes\":",
        ",\"originalEntry\":",
        ",\"state\":",
        ",\"userId\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.timeCard\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_by.read_from(r),
            2usize => self.created_date_time.read_from(r),
            3usize => self.last_modified_by.read_from(r),
            4usize => self.last_modified_date_time.read_from(r),
            5usize => self.breaks.read_from(r),
            6usize => self.clock_in_event.read_from(r),
            7usize => self.clock_out_event.read_from(r),
            8usize => self.confirmed_by.read_from(r),
            9usize => self.notes.read_from(r),
            10usize => self.original_entry.read_from(r),
            11usize => self.state.read_from(r),
            12usize => self.user_id.read_from(r),
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
        w.field(5usize, &self.breaks);
        w.field(6usize, &self.clock_in_event);
        w.field(7usize, &self.clock_out_event);
        w.field(8usize, &self.confirmed_by);
        w.field(9usize, &self.notes);
        w.field(10usize, &self.original_entry);
        w.field(11usize, &self.state);
        w.field(12usize, &self.user_id);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.id),
            1usize => ::std::option::Option::Some(&self.created_by),
            2usize => ::std::option::Option::Some(&self.created_date_time),
            3usize => ::std::option::Option::Some(&self.last_modified_by),
            4usize => ::std::option::Option::Some(&self.last_modified_date_time),
            5usize => ::std::option::Option::Some(&self.breaks),
            6usize => ::std::option::Option::Some(&self.clock_in_event),
            7usize => ::std::option::Option::Some(&self.clock_out_event),
            8usize => ::std::option::Option::Some(&self.confirmed_by),
            9usize => ::std::option::Option::Some(&self.notes),
            10usize => ::std::option::Option::Some(&self.original_entry),
            11usize => ::std::option::Option::Some(&self.state),
            12usize => ::std::option::Option::Some(&self.user_id),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "id", &self.id);
        d.field(1usize, "created_by", &self.created_by);
        d.field(2usize, "created_date_time", &self.created_date_time);
        d.field(3usize, "last_modified_by", &self.last_modified_by);
        d.field(4usize, "last_modified_date_time", &self.last_modified_date_time);
        d.field(5usize, "breaks", &self.breaks);
        d.field(6usize, "clock_in_event", &self.clock_in_event);
        d.field(7usize, "clock_out_event", &self.clock_out_event);
        d.field(8usize, "confirmed_by", &self.confirmed_by);
        d.field(9usize, "notes", &self.notes);
        d.field(10usize, "original_entry", &self.original_entry);
        d.field(11usize, "state", &self.state);
        d.field(12usize, "user_id", &self.user_id);
    }
    #[inline]
    fn extra(&self) -> &rt::Extra {
        &self.extra
    }
    #[inline]
    fn extra_mut(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_core)]
rt::impl_object!(TimeCard);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    TimeCard { with_id id : ::std::string::String; with_created_by created_by : crate
    ::v1::AnyIdentitySet; with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_last_modified_by last_modified_by : crate
    ::v1::AnyIdentitySet; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_breaks breaks : ::std::vec::Vec < crate
    ::v1::TimeCardBreak >; with_clock_in_event clock_in_event : crate
    ::v1::TimeCardEvent; with_clock_out_event clock_out_event : crate
    ::v1::TimeCardEvent; with_confirmed_by confirmed_by : rt::Flags < crate
    ::v1::ConfirmedBy >; with_notes notes : crate ::v1::ItemBody; with_original_entry
    original_entry : crate ::v1::TimeCardEntry; with_state state : crate
    ::v1::TimeCardState; with_user_id user_id : ::std::string::String; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(TimeCard);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.timeCardBreak`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct TimeCardBreak {
    /// CSDL: property `breakId`: `Edm.String`, nullable.
    pub break_id: rt::Field<::std::string::String>,
    /// CSDL: property `end`: `microsoft.graph.timeCardEvent`, nullable.
    pub end: rt::Field<crate::v1::TimeCardEvent>,
    /// CSDL: property `notes`: `microsoft.graph.itemBody`, nullable.
    pub notes: rt::Field<crate::v1::ItemBody>,
    /// CSDL: property `start`: `microsoft.graph.timeCardEvent`, not nullable.
    pub start: rt::Field<crate::v1::TimeCardEvent>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for TimeCardBreak {
    #[inline]
    fn default() -> Self {
        Self {
            break_id: rt::Field::Absent,
            end: rt::Field::Absent,
            notes: rt::Field::Absent,
            start: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for TimeCardBreak {
    const TYPE_NAME: &'static str = "microsoft.graph.timeCardBreak";
    const KEYS: &'static [&'static str] = &["breakId", "end", "notes", "start"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"breakId\":",
        ",\"end\":",
        ",\"notes\":",
        ",\"start\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.timeCardBreak\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.break_id.read_from(r),
            1usize => self.end.read_from(r),
            2usize => self.notes.read_from(r),
            3usize => self.start.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.break_id);
        w.field(1usize, &self.end);
        w.field(2usize, &self.notes);
        w.field(3usize, &self.start);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.break_id),
            1usize => ::std::option::Option::Some(&self.end),
            2usize => ::std::option::Option::Some(&self.notes),
            3usize => ::std::option::Option::Some(&self.start),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "break_id", &self.break_id);
        d.field(1usize, "end", &self.end);
        d.field(2usize, "notes", &self.notes);
        d.field(3usize, "start", &self.start);
    }
    #[inline]
    fn extra(&self) -> &rt::Extra {
        &self.extra
    }
    #[inline]
    fn extra_mut(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_core)]
rt::impl_object!(TimeCardBreak);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    TimeCardBreak { with_break_id break_id : ::std::string::String; with_end end : crate
    ::v1::TimeCardEvent; with_notes notes : crate ::v1::ItemBody; with_start start :
    crate ::v1::TimeCardEvent; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(TimeCardBreak);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.timeCardEntry`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct TimeCardEntry {
    /// CSDL: property `breaks`: `Collection(microsoft.graph.timeCardBreak)`, nullable.
    pub breaks: rt::Field<::std::vec::Vec<crate::v1::TimeCardBreak>>,
    /// CSDL: property `clockInEvent`: `microsoft.graph.timeCardEvent`, nullable.
    pub clock_in_event: rt::Field<crate::v1::TimeCardEvent>,
    /// CSDL: property `clockOutEvent`: `microsoft.graph.timeCardEvent`, nullable.
    pub clock_out_event: rt::Field<crate::v1::TimeCardEvent>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for TimeCardEntry {
    #[inline]
    fn default() -> Self {
        Self {
            breaks: rt::Field::Absent,
            clock_in_event: rt::Field::Absent,
            clock_out_event: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for TimeCardEntry {
    const TYPE_NAME: &'static str = "microsoft.graph.timeCardEntry";
    const KEYS: &'static [&'static str] = &["breaks", "clockInEvent", "clockOutEvent"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"breaks\":",
        ",\"clockInEvent\":",
        ",\"clockOutEvent\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.timeCardEntry\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.breaks.read_from(r),
            1usize => self.clock_in_event.read_from(r),
            2usize => self.clock_out_event.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.breaks);
        w.field(1usize, &self.clock_in_event);
        w.field(2usize, &self.clock_out_event);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.breaks),
            1usize => ::std::option::Option::Some(&self.clock_in_event),
            2usize => ::std::option::Option::Some(&self.clock_out_event),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "breaks", &self.breaks);
        d.field(1usize, "clock_in_event", &self.clock_in_event);
        d.field(2usize, "clock_out_event", &self.clock_out_event);
    }
    #[inline]
    fn extra(&self) -> &rt::Extra {
        &self.extra
    }
    #[inline]
    fn extra_mut(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_core)]
rt::impl_object!(TimeCardEntry);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    TimeCardEntry { with_breaks breaks : ::std::vec::Vec < crate ::v1::TimeCardBreak >;
    with_clock_in_event clock_in_event : crate ::v1::TimeCardEvent; with_clock_out_event
    clock_out_event : crate ::v1::TimeCardEvent; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(TimeCardEntry);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.timeCardEvent`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct TimeCardEvent {
    /// CSDL: property `dateTime`: `Edm.DateTimeOffset`, not nullable.
    pub date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `isAtApprovedLocation`: `Edm.Boolean`, nullable.
    pub is_at_approved_location: rt::Field<bool>,
    /// CSDL: property `notes`: `microsoft.graph.itemBody`, nullable.
    pub notes: rt::Field<crate::v1::ItemBody>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for TimeCardEvent {
    #[inline]
    fn default() -> Self {
        Self {
            date_time: rt::Field::Absent,
            is_at_approved_location: rt::Field::Absent,
            notes: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for TimeCardEvent {
    const TYPE_NAME: &'static str = "microsoft.graph.timeCardEvent";
    const KEYS: &'static [&'static str] = &["dateTime", "isAtApprovedLocation", "notes"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"dateTime\":",
        ",\"isAtApprovedLocation\":",
        ",\"notes\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.timeCardEvent\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.date_time.read_from(r),
            1usize => self.is_at_approved_location.read_from(r),
            2usize => self.notes.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.date_time);
        w.field(1usize, &self.is_at_approved_location);
        w.field(2usize, &self.notes);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.date_time),
            1usize => ::std::option::Option::Some(&self.is_at_approved_location),
            2usize => ::std::option::Option::Some(&self.notes),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "date_time", &self.date_time);
        d.field(1usize, "is_at_approved_location", &self.is_at_approved_location);
        d.field(2usize, "notes", &self.notes);
    }
    #[inline]
    fn extra(&self) -> &rt::Extra {
        &self.extra
    }
    #[inline]
    fn extra_mut(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_core)]
rt::impl_object!(TimeCardEvent);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    TimeCardEvent { with_date_time date_time : rt::edm::DateTimeOffset;
    with_is_at_approved_location is_at_approved_location : bool; with_notes notes : crate
    ::v1::ItemBody; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(TimeCardEvent);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.timeCardState`, enum type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum TimeCardState {
    /// `clockedIn` (value 0).
    ClockedIn,
    /// `onBreak` (value 1).
    OnBreak,
    /// `clockedOut` (value 2).
    ClockedOut,
    /// `unknownFutureValue` (value 3).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_core)]
impl rt::StrEnum for TimeCardState {
    const TYPE_NAME: &'static str = "microsoft.graph.timeCardState";
    const MEMBERS: &'static [&'static str] = &[
        "clockedIn",
        "onBreak",
        "clockedOut",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "clockedIn" => Self::ClockedIn,
                "onBreak" => Self::OnBreak,
                "clockedOut" => Self::ClockedOut,
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
            Self::ClockedIn => "clockedIn",
            Self::OnBreak => "onBreak",
            Self::ClockedOut => "clockedOut",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_core)]
rt::impl_enum!(TimeCardState);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(TimeCardState);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.timeClockSettings`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct TimeClockSettings {
    /// CSDL: property `approvedLocation`: `microsoft.graph.geoCoordinates`, nullable.
    pub approved_location: rt::Field<crate::v1::GeoCoordinates>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for TimeClockSettings {
    #[inline]
    fn default() -> Self {
        Self {
            approved_location: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for TimeClockSettings {
    const TYPE_NAME: &'static str = "microsoft.graph.timeClockSettings";
    const KEYS: &'static [&'static str] = &["approvedLocation"];
    const KEYS_JSON: &'static [&'static str] = &[",\"approvedLocation\":"];
    const TAG: &'static str = "\"#microsoft.graph.timeClockSettings\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.approved_location.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.approved_location);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.approved_location),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "approved_location", &self.approved_location);
    }
    #[inline]
    fn extra(&self) -> &rt::Extra {
        &self.extra
    }
    #[inline]
    fn extra_mut(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_core)]
rt::impl_object!(TimeClockSettings);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    TimeClockSettings { with_approved_location approved_location : crate
    ::v1::GeoCoordinates; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(TimeClockSettings);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.timeConstraint`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct TimeConstraint {
    /// CSDL: property `activityDomain`: `microsoft.graph.activityDomain`, nullable.
    pub activity_domain: rt::Field<crate::v1::ActivityDomain>,
    /// CSDL: property `timeSlots`: `Collection(microsoft.graph.timeSlot)`, nullable.
    pub time_slots: rt::Field<::std::vec::Vec<crate::v1::TimeSlot>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for TimeConstraint {
    #[inline]
    fn default() -> Self {
        Self {
            activity_domain: rt::Field::Absent,
            time_slots: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for TimeConstraint {
    const TYPE_NAME: &'static str = "microsoft.graph.timeConstraint";
    const KEYS: &'static [&'static str] = &["activityDomain", "timeSlots"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"activityDomain\":",
        ",\"timeSlots\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.timeConstraint\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.activity_domain.read_from(r),
            1usize => self.time_slots.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.activity_domain);
        w.field(1usize, &self.time_slots);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.activity_domain),
            1usize => ::std::option::Option::Some(&self.time_slots),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "activity_domain", &self.activity_domain);
        d.field(1usize, "time_slots", &self.time_slots);
    }
    #[inline]
    fn extra(&self) -> &rt::Extra {
        &self.extra
    }
    #[inline]
    fn extra_mut(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_core)]
rt::impl_object!(TimeConstraint);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    TimeConstraint { with_activity_domain activity_domain : crate ::v1::ActivityDomain;
    with_time_slots time_slots : ::std::vec::Vec < crate ::v1::TimeSlot >; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(TimeConstraint);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.timeOff`, entity type, derived from `microsoft.graph.changeTrackedEntity`, key `id`.
///
/// Request builders: [`TimeOffPath`](requests/struct.TimeOffPath.html), the type of a path to one.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct TimeOff {
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
    /// CSDL: property `draftTimeOff`: `microsoft.graph.timeOffItem`, nullable.
    pub draft_time_off: rt::Field<crate::v1::TimeOffItem>,
    /// CSDL: property `isStagedForDeletion`: `Edm.Boolean`, nullable.
    pub is_staged_for_deletion: rt::Field<bool>,
    /// CSDL: property `sharedTimeOff`: `microsoft.graph.timeOffItem`, nullable.
    pub shared_time_off: rt::Field<crate::v1::TimeOffItem>,
    /// CSDL: property `userId`: `Edm.String`, nullable.
    pub user_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for TimeOff {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_by: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            last_modified_by: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            draft_time_off: rt::Field::Absent,
            is_staged_for_deletion: rt::Field::Absent,
            shared_time_off: rt::Field::Absent,
            user_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for TimeOff {
    const TYPE_NAME: &'static str = "microsoft.graph.timeOff";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdBy",
        "createdDateTime",
        "lastModifiedBy",
        "lastModifiedDateTime",
        "draftTimeOff",
        "isStagedForDeletion",
        "sharedTimeOff",
        "userId",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":",
        ",\"createdBy\":",
        ",\"createdDateTime\":",
        ",\"lastModifiedBy\":",
        ",\"lastModifiedDateTime\":",
        ",\"draftTimeOff\":",
        ",\"isStagedForDeletion\":",
        ",\"sharedTimeOff\":",
        ",\"userId\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.timeOff\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_by.read_from(r),
            2usize => self.created_date_time.read_from(r),
            3usize => self.last_modified_by.read_from(r),
            4usize => self.last_modified_date_time.read_from(r),
            5usize => self.draft_time_off.read_from(r),
            6usize => self.is_staged_for_deletion.read_from(r),
            7usize => self.shared_time_off.read_from(r),
            8usize => self.user_id.read_from(r),
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
        w.field(5usize, &self.draft_time_off);
        w.field(6usize, &self.is_staged_for_deletion);
        w.field(7usize, &self.shared_time_off);
        w.field(8usize, &self.user_id);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.id),
            1usize => ::std::option::Option::Some(&self.created_by),
            2usize => ::std::option::Option::Some(&self.created_date_time),
            3usize => ::std::option::Option::Some(&self.last_modified_by),
            4usize => ::std::option::Option::Some(&self.last_modified_date_time),
            5usize => ::std::option::Option::Some(&self.draft_time_off),
            6usize => ::std::option::Option::Some(&self.is_staged_for_deletion),
            7usize => ::std::option::Option::Some(&self.shared_time_off),
            8usize => ::std::option::Option::Some(&self.user_id),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "id", &self.id);
        d.field(1usize, "created_by", &self.created_by);
        d.field(2usize, "created_date_time", &self.created_date_time);
        d.field(3usize, "last_modified_by", &self.last_modified_by);
        d.field(4usize, "last_modified_date_time", &self.last_modified_date_time);
        d.field(5usize, "draft_time_off", &self.draft_time_off);
        d.field(6usize, "is_staged_for_deletion", &self.is_staged_for_deletion);
        d.field(7usize, "shared_time_off", &self.shared_time_off);
        d.field(8usize, "user_id", &self.user_id);
    }
    #[inline]
    fn extra(&self) -> &rt::Extra {
        &self.extra
    }
    #[inline]
    fn extra_mut(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_core)]
rt::impl_object!(TimeOff);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    TimeOff { with_id id : ::std::string::String; with_created_by created_by : crate
    ::v1::AnyIdentitySet; with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_last_modified_by last_modified_by : crate
    ::v1::AnyIdentitySet; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_draft_time_off draft_time_off : crate
    ::v1::TimeOffItem; with_is_staged_for_deletion is_staged_for_deletion : bool;
    with_shared_time_off shared_time_off : crate ::v1::TimeOffItem; with_user_id user_id
    : ::std::string::String; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(TimeOff);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.timeOffItem`, complex type, derived from `microsoft.graph.scheduleEntity`.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct TimeOffItem {
    /// CSDL: property `endDateTime`: `Edm.DateTimeOffset`, nullable.
    pub end_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `startDateTime`: `Edm.DateTimeOffset`, nullable.
    pub start_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `theme`: `microsoft.graph.scheduleEntityTheme`, not nullable.
    pub theme: rt::Field<crate::v1::ScheduleEntityTheme>,
    /// CSDL: property `timeOffReasonId`: `Edm.String`, nullable.
    pub time_off_reason_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for TimeOffItem {
    #[inline]
    fn default() -> Self {
        Self {
            end_date_time: rt::Field::Absent,
            start_date_time: rt::Field::Absent,
            theme: rt::Field::Absent,
            time_off_reason_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for TimeOffItem {
    const TYPE_NAME: &'static str = "microsoft.graph.timeOffItem";
    const KEYS: &'static [&'static str] = &[
        "endDateTime",
        "startDateTime",
        "theme",
        "timeOffReasonId",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"endDateTime\":",
        ",\"startDateTime\":",
        ",\"theme\":",
        ",\"timeOffReasonId\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.timeOffItem\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.end_date_time.read_from(r),
            1usize => self.start_date_time.read_from(r),
            2usize => self.theme.read_from(r),
            3usize => self.time_off_reason_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.end_date_time);
        w.field(1usize, &self.start_date_time);
        w.field(2usize, &self.theme);
        w.field(3usize, &self.time_off_reason_id);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.end_date_time),
            1usize => ::std::option::Option::Some(&self.start_date_time),
            2usize => ::std::option::Option::Some(&self.theme),
            3usize => ::std::option::Option::Some(&self.time_off_reason_id),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "end_date_time", &self.end_date_time);
        d.field(1usize, "start_date_time", &self.start_date_time);
        d.field(2usize, "theme", &self.theme);
        d.field(3usize, "time_off_reason_id", &self.time_off_reason_id);
    }
    #[inline]
    fn extra(&self) -> &rt::Extra {
        &self.extra
    }
    #[inline]
    fn extra_mut(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_core)]
rt::impl_object!(TimeOffItem);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    TimeOffItem { with_end_date_time end_date_time : rt::edm::DateTimeOffset;
    with_start_date_time start_date_time : rt::edm::DateTimeOffset; with_theme theme :
    crate ::v1::ScheduleEntityTheme; with_time_off_reason_id time_off_reason_id :
    ::std::string::String; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(TimeOffItem);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.timeOffReason`, entity type, derived from `microsoft.graph.changeTrackedEntity`, key `id`.
///
/// Request builders: [`TimeOffReasonPath`](requests/struct.TimeOffReasonPath.html), the type of a path to one.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct TimeOffReason {
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
    /// CSDL: property `code`: `Edm.String`, nullable.
    pub code: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `iconType`: `microsoft.graph.timeOffReasonIconType`, nullable.
    pub icon_type: rt::Field<crate::v1::TimeOffReasonIconType>,
    /// CSDL: property `isActive`: `Edm.Boolean`, nullable.
    pub is_active: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for TimeOffReason {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_by: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            last_modified_by: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            code: rt::Field::Absent,
            display_name: rt::Field::Absent,
            icon_type: rt::Field::Absent,
            is_active: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for TimeOffReason {
    const TYPE_NAME: &'static str = "microsoft.graph.timeOffReason";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdBy",
        "createdDateTime",
        "lastModifiedBy",
        "lastModifiedDateTime",
        "code",
        "displayName",
        "iconType",
        "isActive",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":",
        ",\"createdBy\":",
        ",\"createdDateTime\":",
        ",\"lastModifiedBy\":",
        ",\"lastModifiedDateTime\":",
        ",\"code\":",
        ",\"displayName\":",
        ",\"iconType\":",
        ",\"isActive\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.timeOffReason\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_by.read_from(r),
            2usize => self.created_date_time.read_from(r),
            3usize => self.last_modified_by.read_from(r),
            4usize => self.last_modified_date_time.read_from(r),
            5usize => self.code.read_from(r),
            6usize => self.display_name.read_from(r),
            7usize => self.icon_type.read_from(r),
            8usize => self.is_active.read_from(r),
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
        w.field(5usize, &self.code);
        w.field(6usize, &self.display_name);
        w.field(7usize, &self.icon_type);
        w.field(8usize, &self.is_active);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.id),
            1usize => ::std::option::Option::Some(&self.created_by),
            2usize => ::std::option::Option::Some(&self.created_date_time),
            3usize => ::std::option::Option::Some(&self.last_modified_by),
            4usize => ::std::option::Option::Some(&self.last_modified_date_time),
            5usize => ::std::option::Option::Some(&self.code),
            6usize => ::std::option::Option::Some(&self.display_name),
            7usize => ::std::option::Option::Some(&self.icon_type),
            8usize => ::std::option::Option::Some(&self.is_active),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "id", &self.id);
        d.field(1usize, "created_by", &self.created_by);
        d.field(2usize, "created_date_time", &self.created_date_time);
        d.field(3usize, "last_modified_by", &self.last_modified_by);
        d.field(4usize, "last_modified_date_time", &self.last_modified_date_time);
        d.field(5usize, "code", &self.code);
        d.field(6usize, "display_name", &self.display_name);
        d.field(7usize, "icon_type", &self.icon_type);
        d.field(8usize, "is_active", &self.is_active);
    }
    #[inline]
    fn extra(&self) -> &rt::Extra {
        &self.extra
    }
    #[inline]
    fn extra_mut(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_core)]
rt::impl_object!(TimeOffReason);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    TimeOffReason { with_id id : ::std::string::String; with_created_by created_by :
    crate ::v1::AnyIdentitySet; with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_last_modified_by last_modified_by : crate
    ::v1::AnyIdentitySet; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_code code : ::std::string::String; with_display_name
    display_name : ::std::string::String; with_icon_type icon_type : crate
    ::v1::TimeOffReasonIconType; with_is_active is_active : bool; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(TimeOffReason);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.timeOffReasonIconType`, enum type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum TimeOffReasonIconType {
    /// `none` (value 0).
    None,
    /// `car` (value 1).
    Car,
    /// `calendar` (value 2).
    Calendar,
    /// `running` (value 3).
    Running,
    /// `plane` (value 4).
    Plane,
    /// `firstAid` (value 5).
    FirstAid,
    /// `doctor` (value 6).
    Doctor,
    /// `notWorking` (value 7).
    NotWorking,
    /// `clock` (value 8).
    Clock,
    /// `juryDuty` (value 9).
    JuryDuty,
    /// `globe` (value 10).
    Globe,
    /// `cup` (value 11).
    Cup,
    /// `phone` (value 12).
    Phone,
    /// `weather` (value 13).
    Weather,
    /// `umbrella` (value 14).
    Umbrella,
    /// `piggyBank` (value 15).
    PiggyBank,
    /// `dog` (value 16).
    Dog,
    /// `cake` (value 17).
    Cake,
    /// `trafficCone` (value 18).
    TrafficCone,
    /// `pin` (value 19).
    Pin,
    /// `sunny` (value 20).
    Sunny,
    /// `unknownFutureValue` (value 21).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_core)]
impl rt::StrEnum for TimeOffReasonIconType {
    const TYPE_NAME: &'static str = "microsoft.graph.timeOffReasonIconType";
    const MEMBERS: &'static [&'static str] = &[
        "none",
        "car",
        "calendar",
        "running",
        "plane",
        "firstAid",
        "doctor",
        "notWorking",
        "clock",
        "juryDuty",
        "globe",
        "cup",
        "phone",
        "weather",
        "umbrella",
        "piggyBank",
        "dog",
        "cake",
        "trafficCone",
        "pin",
        "sunny",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "none" => Self::None,
                "car" => Self::Car,
                "calendar" => Self::Calendar,
                "running" => Self::Running,
                "plane" => Self::Plane,
                "firstAid" => Self::FirstAid,
                "doctor" => Self::Doctor,
                "notWorking" => Self::NotWorking,
                "clock" => Self::Clock,
                "juryDuty" => Self::JuryDuty,
                "globe" => Self::Globe,
                "cup" => Self::Cup,
                "phone" => Self::Phone,
                "weather" => Self::Weather,
                "umbrella" => Self::Umbrella,
                "piggyBank" => Self::PiggyBank,
                "dog" => Self::Dog,
                "cake" => Self::Cake,
                "trafficCone" => Self::TrafficCone,
                "pin" => Self::Pin,
                "sunny" => Self::Sunny,
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
            Self::Car => "car",
            Self::Calendar => "calendar",
            Self::Running => "running",
            Self::Plane => "plane",
            Self::FirstAid => "firstAid",
            Self::Doctor => "doctor",
            Self::NotWorking => "notWorking",
            Self::Clock => "clock",
            Self::JuryDuty => "juryDuty",
            Self::Globe => "globe",
            Self::Cup => "cup",
            Self::Phone => "phone",
            Self::Weather => "weather",
            Self::Umbrella => "umbrella",
            Self::PiggyBank => "piggyBank",
            Self::Dog => "dog",
            Self::Cake => "cake",
            Self::TrafficCone => "trafficCone",
            Self::Pin => "pin",
            Self::Sunny => "sunny",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_core)]
rt::impl_enum!(TimeOffReasonIconType);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(TimeOffReasonIconType);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.timeOffRequest`, entity type, derived from `microsoft.graph.scheduleChangeRequest`, key `id`.
///
/// Request builders: [`TimeOffRequestPath`](requests/struct.TimeOffRequestPath.html), the type of a path to one.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct TimeOffRequest {
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
    /// CSDL: property `assignedTo`: `microsoft.graph.scheduleChangeRequestActor`, nullable.
    pub assigned_to: rt::Field<crate::v1::ScheduleChangeRequestActor>,
    /// CSDL: property `managerActionDateTime`: `Edm.DateTimeOffset`, nullable.
    pub manager_action_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `managerActionMessage`: `Edm.String`, nullable.
    pub manager_action_message: rt::Field<::std::string::String>,
    /// CSDL: property `managerUserId`: `Edm.String`, nullable.
    pub manager_user_id: rt::Field<::std::string::String>,
    /// CSDL: property `senderDateTime`: `Edm.DateTimeOffset`, nullable.
    pub sender_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `senderMessage`: `Edm.String`, nullable.
    pub sender_message: rt::Field<::std::string::String>,
    /// CSDL: property `senderUserId`: `Edm.String`, nullable.
    pub sender_user_id: rt::Field<::std::string::String>,
    /// CSDL: property `state`: `microsoft.graph.scheduleChangeState`, nullable.
    pub state: rt::Field<crate::v1::ScheduleChangeState>,
    /// CSDL: property `endDateTime`: `Edm.DateTimeOffset`, nullable.
    pub end_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `startDateTime`: `Edm.DateTimeOffset`, nullable.
    pub start_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `timeOffReasonId`: `Edm.String`, nullable.
    pub time_off_reason_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for TimeOffRequest {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_by: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            last_modified_by: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            assigned_to: rt::Field::Absent,
            manager_action_date_time: rt::Field::Absent,
            manager_action_message: rt::Field::Absent,
            manager_user_id: rt::Field::Absent,
            sender_date_time: rt::Field::Absent,
            sender_message: rt::Field::Absent,
            sender_user_id: rt::Field::Absent,
            state: rt::Field::Absent,
            end_date_time: rt::Field::Absent,
            start_date_time: rt::Field::Absent,
            time_off_reason_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for TimeOffRequest {
    const TYPE_NAME: &'static str = "microsoft.graph.timeOffRequest";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdBy",
        "createdDateTime",
        "lastModifiedBy",
        "lastModifiedDateTime",
        "assignedTo",
        "managerActionDateTime",
        "managerActionMessage",
        "managerUserId",
        "senderDateTime",
        "senderMessage",
        "senderUserId",
        "state",
        "endDateTime",
        "startDateTime",
        "timeOffReasonId",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":",
        ",\"createdBy\":",
        ",\"createdDateTime\":",
        ",\"lastModifiedBy\":",
        ",\"lastModifiedDateTime\":",
        ",\"assignedTo\":",
        ",\"managerActionDateTime\":",
        ",\"managerActionMessage\":",
        ",\"managerUserId\":",
        ",\"senderDateTime\":",
        ",\"senderMessage\":",
        ",\"senderUserId\":",
        ",\"state\":",
        ",\"endDateTime\":",
        ",\"startDateTime\":",
        ",\"timeOffReasonId\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.timeOffRequest\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_by.read_from(r),
            2usize => self.created_date_time.read_from(r),
            3usize => self.last_modified_by.read_from(r),
            4usize => self.last_modified_date_time.read_from(r),
            5usize => self.assigned_to.read_from(r),
            6usize => self.manager_action_date_time.read_from(r),
            7usize => self.manager_action_message.read_from(r),
            8usize => self.manager_user_id.read_from(r),
            9usize => self.sender_date_time.read_from(r),
            10usize => self.sender_message.read_from(r),
            11usize => self.sender_user_id.read_from(r),
            12usize => self.state.read_from(r),
            13usize => self.end_date_time.read_from(r),
            14usize => self.start_date_time.read_from(r),
            15usize => self.time_off_reason_id.read_from(r),
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
        w.field(5usize, &self.assigned_to);
        w.field(6usize, &self.manager_action_date_time);
        w.field(7usize, &self.manager_action_message);
        w.field(8usize, &self.manager_user_id);
        w.field(9usize, &self.sender_date_time);
        w.field(10usize, &self.sender_message);
        w.field(11usize, &self.sender_user_id);
        w.field(12usize, &self.state);
        w.field(13usize, &self.end_date_time);
        w.field(14usize, &self.start_date_time);
        w.field(15usize, &self.time_off_reason_id);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.id),
            1usize => ::std::option::Option::Some(&self.created_by),
            2usize => ::std::option::Option::Some(&self.created_date_time),
            3usize => ::std::option::Option::Some(&self.last_modified_by),
            4usize => ::std::option::Option::Some(&self.last_modified_date_time),
            5usize => ::std::option::Option::Some(&self.assigned_to),
            6usize => ::std::option::Option::Some(&self.manager_action_date_time),
            7usize => ::std::option::Option::Some(&self.manager_action_message),
            8usize => ::std::option::Option::Some(&self.manager_user_id),
            9usize => ::std::option::Option::Some(&self.sender_date_time),
            10usize => ::std::option::Option::Some(&self.sender_message),
            11usize => ::std::option::Option::Some(&self.sender_user_id),
            12usize => ::std::option::Option::Some(&self.state),
            13usize => ::std::option::Option::Some(&self.end_date_time),
            14usize => ::std::option::Option::Some(&self.start_date_time),
            15usize => ::std::option::Option::Some(&self.time_off_reason_id),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "id", &self.id);
        d.field(1usize, "created_by", &self.created_by);
        d.field(2usize, "created_date_time", &self.created_date_time);
        d.field(3usize, "last_modified_by", &self.last_modified_by);
        d.field(4usize, "last_modified_date_time", &self.last_modified_date_time);
        d.field(5usize, "assigned_to", &self.assigned_to);
        d.field(6usize, "manager_action_date_time", &self.manager_action_date_time);
        d.field(7usize, "manager_action_message", &self.manager_action_message);
        d.field(8usize, "manager_user_id", &self.manager_user_id);
        d.field(9usize, "sender_date_time", &self.sender_date_time);
        d.field(10usize, "sender_message", &self.sender_message);
        d.field(11usize, "sender_user_id", &self.sender_user_id);
        d.field(12usize, "state", &self.state);
        d.field(13usize, "end_date_time", &self.end_date_time);
        d.field(14usize, "start_date_time", &self.start_date_time);
        d.field(15usize, "time_off_reason_id", &self.time_off_reason_id);
    }
    #[inline]
    fn extra(&self) -> &rt::Extra {
        &self.extra
    }
    #[inline]
    fn extra_mut(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_core)]
rt::impl_object!(TimeOffRequest);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    TimeOffRequest { with_id id : ::std::string::String; with_created_by created_by :
    crate ::v1::AnyIdentitySet; with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_last_modified_by last_modified_by : crate
    ::v1::AnyIdentitySet; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_assigned_to assigned_to : crate
    ::v1::ScheduleChangeRequestActor; with_manager_action_date_time
    manager_action_date_time : rt::edm::DateTimeOffset; with_manager_action_message
    manager_action_message : ::std::string::String; with_manager_user_id manager_user_id
    : ::std::string::String; with_sender_date_time sender_date_time :
    rt::edm::DateTimeOffset; with_sender_message sender_message : ::std::string::String;
    with_sender_user_id sender_user_id : ::std::string::String; with_state state : crate
    ::v1::ScheduleChangeState; with_end_date_time end_date_time :
    rt::edm::DateTimeOffset; with_start_date_time start_date_time :
    rt::edm::DateTimeOffset; with_time_off_reason_id time_off_reason_id :
    ::std::string::String; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(TimeOffRequest);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.timeZoneStandard`, enum type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum TimeZoneStandard {
    /// `windows` (value 0).
    Windows,
    /// `iana` (value 1).
    Iana,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_core)]
impl rt::StrEnum for TimeZoneStandard {
    const TYPE_NAME: &'static str = "microsoft.graph.timeZoneStandard";
    const MEMBERS: &'static [&'static str] = &["windows", "iana"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "windows" => Self::Windows,
                "iana" => Self::Iana,
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
            Self::Windows => "windows",
            Self::Iana => "iana",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_core)]
rt::impl_enum!(TimeZoneStandard);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(TimeZoneStandard);
#[cfg(msgraph_v1_core_or_sites)]
/// CSDL: `microsoft.graph.titleArea`, complex type, open.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct TitleArea {
    /// CSDL: property `alternativeText`: `Edm.String`, nullable.
    pub alternative_text: rt::Field<::std::string::String>,
    /// CSDL: property `enableGradientEffect`: `Edm.Boolean`, nullable.
    pub enable_gradient_effect: rt::Field<bool>,
    /// CSDL: property `imageWebUrl`: `Edm.String`, nullable.
    pub image_web_url: rt::Field<::std::string::String>,
    /// CSDL: property `layout`: `microsoft.graph.titleAreaLayoutType`, nullable.
    pub layout: rt::Field<crate::v1::TitleAreaLayoutType>,
    /// CSDL: property `serverProcessedContent`: `microsoft.graph.serverProcessedContent`, nullable.
    pub server_processed_content: rt::Field<crate::v1::ServerProcessedContent>,
    /// CSDL: property `showAuthor`: `Edm.Boolean`, nullable.
    pub show_author: rt::Field<bool>,
    /// CSDL: property `showPublishedDate`: `Edm.Boolean`, nullable.
    pub show_published_date: rt::Field<bool>,
    /// CSDL: property `showTextBlockAboveTitle`: `Edm.Boolean`, nullable.
    pub show_text_block_above_title: rt::Field<bool>,
    /// CSDL: property `textAboveTitle`: `Edm.String`, nullable.
    pub text_above_title: rt::Field<::std::string::String>,
    /// CSDL: property `textAlignment`: `microsoft.graph.titleAreaTextAlignmentType`, nullable.
    pub text_alignment: rt::Field<crate::v1::TitleAreaTextAlignmentType>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_sites)]
impl ::std::default::Default for TitleArea {
    #[inline]
    fn default() -> Self {
        Self {
            alternative_text: rt::Field::Absent,
            enable_gradient_effect: rt::Field::Absent,
            image_web_url: rt::Field::Absent,
            layout: rt::Field::Absent,
            server_processed_content: rt::Field::Absent,
            show_author: rt::Field::Absent,
            show_published_date: rt::Field::Absent,
            show_text_block_above_title: rt::Field::Absent,
            text_above_title: rt::Field::Absent,
            text_alignment: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_sites)]
impl rt::Object for TitleArea {
    const TYPE_NAME: &'static str = "microsoft.graph.titleArea";
    const KEYS: &'static [&'static str] = &[
        "alternativeText",
        "enableGradientEffect",
        "imageWebUrl",
        "layout",
        "serverProcessedContent",
        "showAuthor",
        "showPublishedDate",
        "showTextBlockAboveTitle",
        "textAboveTitle",
        "textAlignment",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"alternativeText\":",
        ",\"enableGradientEffect\":",
        ",\"imageWebUrl\":",
        ",\"layout\":",
        ",\"serverProcessedContent\":",
        ",\"showAuthor\":",
        ",\"showPublishedDate\":",
        ",\"showTextBlockAboveTitle\":",
        ",\"textAboveTitle\":",
        ",\"textAlignment\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.titleArea\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.alternative_text.read_from(r),
            1usize => self.enable_gradient_effect.read_from(r),
            2usize => self.image_web_url.read_from(r),
            3usize => self.layout.read_from(r),
            4usize => self.server_processed_content.read_from(r),
            5usize => self.show_author.read_from(r),
            6usize => self.show_published_date.read_from(r),
            7usize => self.show_text_block_above_title.read_from(r),
            8usize => self.text_above_title.read_from(r),
            9usize => self.text_alignment.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.alternative_text);
        w.field(1usize, &self.enable_gradient_effect);
        w.field(2usize, &self.image_web_url);
        w.field(3usize, &self.layout);
        w.field(4usize, &self.server_processed_content);
        w.field(5usize, &self.show_author);
        w.field(6usize, &self.show_published_date);
        w.field(7usize, &self.show_text_block_above_title);
        w.field(8usize, &self.text_above_title);
        w.field(9usize, &self.text_alignment);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.alternative_text),
            1usize => ::std::option::Option::Some(&self.enable_gradient_effect),
            2usize => ::std::option::Option::Some(&self.image_web_url),
            3usize => ::std::option::Option::Some(&self.layout),
            4usize => ::std::option::Option::Some(&self.server_processed_content),
            5usize => ::std::option::Option::Some(&self.show_author),
            6usize => ::std::option::Option::Some(&self.show_published_date),
            7usize => ::std::option::Option::Some(&self.show_text_block_above_title),
            8usize => ::std::option::Option::Some(&self.text_above_title),
            9usize => ::std::option::Option::Some(&self.text_alignment),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "alternative_text", &self.alternative_text);
        d.field(1usize, "enable_gradient_effect", &self.enable_gradient_effect);
        d.field(2usize, "image_web_url", &self.image_web_url);
        d.field(3usize, "layout", &self.layout);
        d.field(4usize, "server_processed_content", &self.server_processed_content);
        d.field(5usize, "show_author", &self.show_author);
        d.field(6usize, "show_published_date", &self.show_published_date);
        d.field(
            7usize,
            "show_text_block_above_title",
            &self.show_text_block_above_title,
        );
        d.field(8usize, "text_above_title", &self.text_above_title);
        d.field(9usize, "text_alignment", &self.text_alignment);
    }
    #[inline]
    fn extra(&self) -> &rt::Extra {
        &self.extra
    }
    #[inline]
    fn extra_mut(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_core_or_sites)]
rt::impl_object!(TitleArea);
#[cfg(msgraph_v1_core_or_sites)]
rt::impl_setters!(
    TitleArea { with_alternative_text alternative_text : ::std::string::String;
    with_enable_gradient_effect enable_gradient_effect : bool; with_image_web_url
    image_web_url : ::std::string::String; with_layout layout : crate
    ::v1::TitleAreaLayoutType; with_server_processed_content server_processed_content :
    crate ::v1::ServerProcessedContent; with_show_author show_author : bool;
    with_show_published_date show_published_date : bool; with_show_text_block_above_title
    show_text_block_above_title : bool; with_text_above_title text_above_title :
    ::std::string::String; with_text_alignment text_alignment : crate
    ::v1::TitleAreaTextAlignmentType; }
);
#[cfg(msgraph_v1_core_or_sites)]
#[cfg(feature = "serde")]
rt::impl_serde!(TitleArea);
#[cfg(msgraph_v1_core_or_sites)]
/// CSDL: `microsoft.graph.titleAreaLayoutType`, enum type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum TitleAreaLayoutType {
    /// `imageAndTitle` (value 0).
    ImageAndTitle,
    /// `plain` (value 1).
    Plain,
    /// `colorBlock` (value 2).
    ColorBlock,
    /// `overlap` (value 3).
    Overlap,
    /// `unknownFutureValue` (value 4).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_core_or_sites)]
impl rt::StrEnum for TitleAreaLayoutType {
    const TYPE_NAME: &'static str = "microsoft.graph.titleAreaLayoutType";
    const MEMBERS: &'static [&'static str] = &[
        "imageAndTitle",
        "plain",
        "colorBlock",
        "overlap",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "imageAndTitle" => Self::ImageAndTitle,
                "plain" => Self::Plain,
                "colorBlock" => Self::ColorBlock,
                "overlap" => Self::Overlap,
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
            Self::ImageAndTitle => "imageAndTitle",
            Self::Plain => "plain",
            Self::ColorBlock => "colorBlock",
            Self::Overlap => "overlap",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_core_or_sites)]
rt::impl_enum!(TitleAreaLayoutType);
#[cfg(msgraph_v1_core_or_sites)]
#[cfg(feature = "serde")]
rt::impl_serde!(TitleAreaLayoutType);
#[cfg(msgraph_v1_core_or_sites)]
/// CSDL: `microsoft.graph.titleAreaTextAlignmentType`, enum type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum TitleAreaTextAlignmentType {
    /// `left` (value 0).
    Left,
    /// `center` (value 1).
    Center,
    /// `unknownFutureValue` (value 2).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_core_or_sites)]
impl rt::StrEnum for TitleAreaTextAlignmentType {
    const TYPE_NAME: &'static str = "microsoft.graph.titleAreaTextAlignmentType";
    const MEMBERS: &'static [&'static str] = &["left", "center", "unknownFutureValue"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "left" => Self::Left,
                "center" => Self::Center,
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
            Self::Left => "left",
            Self::Center => "center",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_core_or_sites)]
rt::impl_enum!(TitleAreaTextAlignmentType);
#[cfg(msgraph_v1_core_or_sites)]
#[cfg(feature = "serde")]
rt::impl_serde!(TitleAreaTextAlignmentType);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.todo`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`TodoPath`](requests/struct.TodoPath.html), the type of a path to one.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct Todo {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `lists`: `Collection(microsoft.graph.todoTaskList)`, not nullable.
    pub lists: rt::Field<::std::vec::Vec<crate::v1::TodoTaskList>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for Todo {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            lists: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for Todo {
    const TYPE_NAME: &'static str = "microsoft.graph.todo";
    const KEYS: &'static [&'static str] = &["id", "lists"];
    const KEYS_JSON: &'static [&'static str] = &[",\"id\":", ",\"lists\":"];
    const TAG: &'static str = "\"#microsoft.graph.todo\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.lists.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.lists);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.id),
            1usize => ::std::option::Option::Some(&self.lists),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "id", &self.id);
        d.field(1usize, "lists", &self.lists);
    }
    #[inline]
    fn extra(&self) -> &rt::Extra {
        &self.extra
    }
    #[inline]
    fn extra_mut(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_core)]
rt::impl_object!(Todo);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    Todo { with_id id : ::std::string::String; with_lists lists : ::std::vec::Vec < crate
    ::v1::TodoTaskList >; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(Todo);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.todoTask`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`TodoTaskPath`](requests/struct.TodoTaskPath.html), the type of a path to one.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct TodoTask {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `body`: `microsoft.graph.itemBody`, nullable.
    pub body: rt::Field<crate::v1::ItemBody>,
    /// CSDL: property `bodyLastModifiedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub body_last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `categories`: `Collection(Edm.String)`, nullable.
    pub categories: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `completedDateTime`: `microsoft.graph.dateTimeTimeZone`, nullable.
    pub completed_date_time: rt::Field<crate::v1::DateTimeTimeZone>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `dueDateTime`: `microsoft.graph.dateTimeTimeZone`, nullable.
    pub due_date_time: rt::Field<crate::v1::DateTimeTimeZone>,
    /// CSDL: property `hasAttachments`: `Edm.Boolean`, nullable.
    pub has_attachments: rt::Field<bool>,
    /// CSDL: property `importance`: `microsoft.graph.importance`, not nullable.
    pub importance: rt::Field<crate::v1::Importance>,
    /// CSDL: property `isReminderOn`: `Edm.Boolean`, not nullable.
    pub is_reminder_on: rt::Field<bool>,
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `recurrence`: `microsoft.graph.patternedRecurrence`, nullable.
    pub recurrence: rt::Field<crate::v1::PatternedRecurrence>,
    /// CSDL: property `reminderDateTime`: `microsoft.graph.dateTimeTimeZone`, nullable.
    pub reminder_date_time: rt::Field<crate::v1::DateTimeTimeZone>,
    /// CSDL: property `startDateTime`: `microsoft.graph.dateTimeTimeZone`, nullable.
    pub start_date_time: rt::Field<crate::v1::DateTimeTimeZone>,
    /// CSDL: property `status`: `microsoft.graph.taskStatus`, not nullable.
    pub status: rt::Field<crate::v1::TaskStatus>,
    /// CSDL: property `title`: `Edm.String`, nullable.
    pub title: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `attachments`: `Collection(microsoft.graph.attachmentBase)`, not nullable.
    pub attachments: rt::Field<::std::vec::Vec<crate::v1::AnyAttachmentBase>>,
    /// CSDL: containment navigation property `attachmentSessions`: `Collection(microsoft.graph.attachmentSession)`, not nullable.
    pub attachment_sessions: rt::Field<::std::vec::Vec<crate::v1::AttachmentSession>>,
    /// CSDL: containment navigation property `checklistItems`: `Collection(microsoft.graph.checklistItem)`, not nullable.
    pub checklist_items: rt::Field<::std::vec::Vec<crate::v1::ChecklistItem>>,
    /// CSDL: containment navigation property `extensions`: `Collection(microsoft.graph.extension)`, not nullable.
    pub extensions: rt::Field<::std::vec::Vec<crate::v1::AnyExtension>>,
    /// CSDL: containment navigation property `linkedResources`: `Collection(microsoft.graph.linkedResource)`, not nullable.
    pub linked_resources: rt::Field<::std::vec::Vec<crate::v1::LinkedResource>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for TodoTask {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            body: rt::Field::Absent,
            body_last_modified_date_time: rt::Field::Absent,
            categories: rt::Field::Absent,
            completed_date_time: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            due_date_time: rt::Field::Absent,
            has_attachments: rt::Field::Absent,
            importance: rt::Field::Absent,
            is_reminder_on: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            recurrence: rt::Field::Absent,
            reminder_date_time: rt::Field::Absent,
            start_date_time: rt::Field::Absent,
            status: rt::Field::Absent,
            title: rt::Field::Absent,
            attachments: rt::Field::Absent,
            attachment_sessions: rt::Field::Absent,
            checklist_items: rt::Field::Absent,
            extensions: rt::Field::Absent,
            linked_resources: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for TodoTask {
    const TYPE_NAME: &'static str = "microsoft.graph.todoTask";
    const KEYS: &'static [&'static str] = &[
        "id",
        "body",
        "bodyLastModifiedDateTime",
        "categories",
        "completedDateTime",
        "createdDateTime",
        "dueDateTime",
        "hasAttachments",
        "importance",
        "isReminderOn",
        "lastModifiedDateTime",
        "recurrence",
        "reminderDateTime",
        "startDateTime",
        "status",
        "title",
        "attachments",
        "attachmentSessions",
        "checklistItems",
        "extensions",
        "linkedResources",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":",
        ",\"body\":",
        ",\"bodyLastModifiedDateTime\":",
        ",\"categories\":",
        ",\"completedDateTime\":",
        ",\"createdDateTime\":",
        ",\"dueDateTime\":",
        ",\"hasAttachments\":",
        ",\"importance\":",
        ",\"isReminderOn\":",
        ",\"lastModifiedDateTime\":",
        ",\"recurrence\":",
        ",\"reminderDateTime\":",
        ",\"startDateTime\":",
        ",\"status\":",
        ",\"title\":",
        ",\"attachments\":",
        ",\"attachmentSessions\":",
        ",\"checklistItems\":",
        ",\"extensions\":",
        ",\"linkedResources\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.todoTask\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.body.read_from(r),
            2usize => self.body_last_modified_date_time.read_from(r),
            3usize => self.categories.read_from(r),
            4usize => self.completed_date_time.read_from(r),
            5usize => self.created_date_time.read_from(r),
            6usize => self.due_date_time.read_from(r),
            7usize => self.has_attachments.read_from(r),
            8usize => self.importance.read_from(r),
            9usize => self.is_reminder_on.read_from(r),
            10usize => self.last_modified_date_time.read_from(r),
            11usize => self.recurrence.read_from(r),
            12usize => self.reminder_date_time.read_from(r),
            13usize => self.start_date_time.read_from(r),
            14usize => self.status.read_from(r),
            15usize => self.title.read_from(r),
            16usize => self.attachments.read_from(r),
            17usize => self.attachment_sessions.read_from(r),
            18usize => self.checklist_items.read_from(r),
            19usize => self.extensions.read_from(r),
            20usize => self.linked_resources.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.body);
        w.field(2usize, &self.body_last_modified_date_time);
        w.field(3usize, &self.categories);
        w.field(4usize, &self.completed_date_time);
        w.field(5usize, &self.created_date_time);
        w.field(6usize, &self.due_date_time);
        w.field(7usize, &self.has_attachments);
        w.field(8usize, &self.importance);
        w.field(9usize, &self.is_reminder_on);
        w.field(10usize, &self.last_modified_date_time);
        w.field(11usize, &self.recurrence);
        w.field(12usize, &self.reminder_date_time);
        w.field(13usize, &self.start_date_time);
        w.field(14usize, &self.status);
        w.field(15usize, &self.title);
        w.field(16usize, &self.attachments);
        w.field(17usize, &self.attachment_sessions);
        w.field(18usize, &self.checklist_items);
        w.field(19usize, &self.extensions);
        w.field(20usize, &self.linked_resources);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.id),
            1usize => ::std::option::Option::Some(&self.body),
            2usize => ::std::option::Option::Some(&self.body_last_modified_date_time),
            3usize => ::std::option::Option::Some(&self.categories),
            4usize => ::std::option::Option::Some(&self.completed_date_time),
            5usize => ::std::option::Option::Some(&self.created_date_time),
            6usize => ::std::option::Option::Some(&self.due_date_time),
            7usize => ::std::option::Option::Some(&self.has_attachments),
            8usize => ::std::option::Option::Some(&self.importance),
            9usize => ::std::option::Option::Some(&self.is_reminder_on),
            10usize => ::std::option::Option::Some(&self.last_modified_date_time),
            11usize => ::std::option::Option::Some(&self.recurrence),
            12usize => ::std::option::Option::Some(&self.reminder_date_time),
            13usize => ::std::option::Option::Some(&self.start_date_time),
            14usize => ::std::option::Option::Some(&self.status),
            15usize => ::std::option::Option::Some(&self.title),
            16usize => ::std::option::Option::Some(&self.attachments),
            17usize => ::std::option::Option::Some(&self.attachment_sessions),
            18usize => ::std::option::Option::Some(&self.checklist_items),
            19usize => ::std::option::Option::Some(&self.extensions),
            20usize => ::std::option::Option::Some(&self.linked_resources),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "id", &self.id);
        d.field(1usize, "body", &self.body);
        d.field(
            2usize,
            "body_last_modified_date_time",
            &self.body_last_modified_date_time,
        );
        d.field(3usize, "categories", &self.categories);
        d.field(4usize, "completed_date_time", &self.completed_date_time);
        d.field(5usize, "created_date_time", &self.created_date_time);
        d.field(6usize, "due_date_time", &self.due_date_time);
        d.field(7usize, "has_attachments", &self.has_attachments);
        d.field(8usize, "importance", &self.importance);
        d.field(9usize, "is_reminder_on", &self.is_reminder_on);
        d.field(10usize, "last_modified_date_time", &self.last_modified_date_time);
        d.field(11usize, "recurrence", &self.recurrence);
        d.field(12usize, "reminder_date_time", &self.reminder_date_time);
        d.field(13usize, "start_date_time", &self.start_date_time);
        d.field(14usize, "status", &self.status);
        d.field(15usize, "title", &self.title);
        d.field(16usize, "attachments", &self.attachments);
        d.field(17usize, "attachment_sessions", &self.attachment_sessions);
        d.field(18usize, "checklist_items", &self.checklist_items);
        d.field(19usize, "extensions", &self.extensions);
        d.field(20usize, "linked_resources", &self.linked_resources);
    }
    #[inline]
    fn extra(&self) -> &rt::Extra {
        &self.extra
    }
    #[inline]
    fn extra_mut(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_core)]
rt::impl_object!(TodoTask);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    TodoTask { with_id id : ::std::string::String; with_body body : crate ::v1::ItemBody;
    with_body_last_modified_date_time body_last_modified_date_time :
    rt::edm::DateTimeOffset; with_categories categories : ::std::vec::Vec <
    ::std::string::String >; with_completed_date_time completed_date_time : crate
    ::v1::DateTimeTimeZone; with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_due_date_time due_date_time : crate
    ::v1::DateTimeTimeZone; with_has_attachments has_attachments : bool; with_importance
    importance : crate ::v1::Importance; with_is_reminder_on is_reminder_on : bool;
    with_last_modified_date_time last_modified_date_time : rt::edm::DateTimeOffset;
    with_recurrence recurrence : crate ::v1::PatternedRecurrence; with_reminder_date_time
    reminder_date_time : crate ::v1::DateTimeTimeZone; with_start_date_time
    start_date_time : crate ::v1::DateTimeTimeZone; with_status status : crate
    ::v1::TaskStatus; with_title title : ::std::string::String; with_attachments
    attachments : ::std::vec::Vec < crate ::v1::AnyAttachmentBase >;
    with_attachment_sessions attachment_sessions : ::std::vec::Vec < crate
    ::v1::AttachmentSession >; with_checklist_items checklist_items : ::std::vec::Vec <
    crate ::v1::ChecklistItem >; with_extensions extensions : ::std::vec::Vec < crate
    ::v1::AnyExtension >; with_linked_resources linked_resources : ::std::vec::Vec <
    crate ::v1::LinkedResource >; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(TodoTask);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.todoTaskList`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`TodoTaskListPath`](requests/struct.TodoTaskListPath.html), the type of a path to one.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct TodoTaskList {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `isOwner`: `Edm.Boolean`, not nullable.
    pub is_owner: rt::Field<bool>,
    /// CSDL: property `isShared`: `Edm.Boolean`, not nullable.
    pub is_shared: rt::Field<bool>,
    /// CSDL: property `wellknownListName`: `microsoft.graph.wellknownListName`, not nullable.
    pub wellknown_list_name: rt::Field<crate::v1::WellknownListName>,
    /// CSDL: containment navigation property `extensions`: `Collection(microsoft.graph.extension)`, not nullable.
    pub extensions: rt::Field<::std::vec::Vec<crate::v1::AnyExtension>>,
    /// CSDL: containment navigation property `tasks`: `Collection(microsoft.graph.todoTask)`, not nullable.
    pub tasks: rt::Field<::std::vec::Vec<crate::v1::TodoTask>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for TodoTaskList {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            display_name: rt::Field::Absent,
            is_owner: rt::Field::Absent,
            is_shared: rt::Field::Absent,
            wellknown_list_name: rt::Field::Absent,
            extensions: rt::Field::Absent,
            tasks: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for TodoTaskList {
    const TYPE_NAME: &'static str = "microsoft.graph.todoTaskList";
    const KEYS: &'static [&'static str] = &[
        "id",
        "displayName",
        "isOwner",
        "isShared",
        "wellknownListName",
        "extensions",
        "tasks",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":",
        ",\"displayName\":",
        ",\"isOwner\":",
        ",\"isShared\":",
        ",\"wellknownListName\":",
        ",\"extensions\":",
        ",\"tasks\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.todoTaskList\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.display_name.read_from(r),
            2usize => self.is_owner.read_from(r),
            3usize => self.is_shared.read_from(r),
            4usize => self.wellknown_list_name.read_from(r),
            5usize => self.extensions.read_from(r),
            6usize => self.tasks.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.display_name);
        w.field(2usize, &self.is_owner);
        w.field(3usize, &self.is_shared);
        w.field(4usize, &self.wellknown_list_name);
        w.field(5usize, &self.extensions);
        w.field(6usize, &self.tasks);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.id),
            1usize => ::std::option::Option::Some(&self.display_name),
            2usize => ::std::option::Option::Some(&self.is_owner),
            3usize => ::std::option::Option::Some(&self.is_shared),
            4usize => ::std::option::Option::Some(&self.wellknown_list_name),
            5usize => ::std::option::Option::Some(&self.extensions),
            6usize => ::std::option::Option::Some(&self.tasks),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "id", &self.id);
        d.field(1usize, "display_name", &self.display_name);
        d.field(2usize, "is_owner", &self.is_owner);
        d.field(3usize, "is_shared", &self.is_shared);
        d.field(4usize, "wellknown_list_name", &self.wellknown_list_name);
        d.field(5usize, "extensions", &self.extensions);
        d.field(6usize, "tasks", &self.tasks);
    }
    #[inline]
    fn extra(&self) -> &rt::Extra {
        &self.extra
    }
    #[inline]
    fn extra_mut(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_core)]
rt::impl_object!(TodoTaskList);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    TodoTaskList { with_id id : ::std::string::String; with_display_name display_name :
    ::std::string::String; with_is_owner is_owner : bool; with_is_shared is_shared :
    bool; with_wellknown_list_name wellknown_list_name : crate ::v1::WellknownListName;
    with_extensions extensions : ::std::vec::Vec < crate ::v1::AnyExtension >; with_tasks
    tasks : ::std::vec::Vec < crate ::v1::TodoTask >; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(TodoTaskList);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.training`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`TrainingPath`](requests/struct.TrainingPath.html), the type of a path to one.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone, PartialEq)]
pub struct Training {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `availabilityStatus`: `microsoft.graph.trainingAvailabilityStatus`, nullable.
    pub availability_status: rt::Field<crate::v1::TrainingAvailabilityStatus>,
    /// CSDL: property `createdBy`: `microsoft.graph.emailIdentity`, nullable.
    pub created_by: rt::Field<crate::v1::EmailIdentity>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `durationInMinutes`: `Edm.Int32`, nullable.
    pub duration_in_minutes: rt::Field<i32>,
    /// CSDL: property `hasEvaluation`: `Edm.Boolean`, nullable.
    pub has_evaluation: rt::Field<bool>,
    /// CSDL: property `lastModifiedBy`: `microsoft.graph.emailIdentity`, nullable.
    pub last_modified_by: rt::Field<crate::v1::EmailIdentity>,
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `source`: `microsoft.graph.simulationContentSource`, nullable.
    pub source: rt::Field<crate::v1::SimulationContentSource>,
    /// CSDL: property `supportedLocales`: `Collection(Edm.String)`, nullable.
    pub supported_locales: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `tags`: `Collection(Edm.String)`, nullable.
    pub tags: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `type`: `microsoft.graph.trainingType`, nullable.
    pub type_: rt::Field<crate::v1::TrainingType>,
    /// CSDL: containment navigation property `languageDetails`: `Collection(microsoft.graph.trainingLanguageDetail)`, not nullable.
    pub language_details: rt::Field<::std::vec::Vec<crate::v1::TrainingLanguageDetail>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for Training {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            availability_status: rt::Field::Absent,
            created_by: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            duration_in_minutes: rt::Field::Absent,
            has_evaluation: rt::Field::Absent,
            last_modified_by: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            source: rt::Field::Absent,
            supported_locales: rt::Field::Absent,
            tags: rt::Field::Absent,
            type_: rt::Field::Absent,
            language_details: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for Training {
    const TYPE_NAME: &'static str = "microsoft.graph.training";
    const KEYS: &'static [&'static str] = &[
        "id",
        "availabilityStatus",
        "createdBy",
        "createdDateTime",
        "description",
        "displayName",
        "durationInMinutes",
        "hasEvaluation",
        "lastModifiedBy",
        "lastModifiedDateTime",
        "source",
        "supportedLocales",
        "tags",
        "type",
        "languageDetails",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":",
        ",\"availabilityStatus\":",
        ",\"createdBy\":",
        ",\"createdDateTime\":",
        ",\"description\":",
        ",\"displayName\":",
        ",\"durationInMinutes\":",
        ",\"hasEvaluation\":",
        ",\"lastModifiedBy\":",
        ",\"lastModifiedDateTime\":",
        ",\"source\":",
        ",\"supportedLocales\":",
        ",\"tags\":",
        ",\"type\":",
        ",\"languageDetails\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.training\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.availability_status.read_from(r),
            2usize => self.created_by.read_from(r),
            3usize => self.created_date_time.read_from(r),
            4usize => self.description.read_from(r),
            5usize => self.display_name.read_from(r),
            6usize => self.duration_in_minutes.read_from(r),
            7usize => self.has_evaluation.read_from(r),
            8usize => self.last_modified_by.read_from(r),
            9usize => self.last_modified_date_time.read_from(r),
            10usize => self.source.read_from(r),
            11usize => self.supported_locales.read_from(r),
            12usize => self.tags.read_from(r),
            13usize => self.type_.read_from(r),
            14usize => self.language_details.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.availability_status);
        w.field(2usize, &self.created_by);
        w.field(3usize, &self.created_date_time);
        w.field(4usize, &self.description);
        w.field(5usize, &self.display_name);
        w.field(6usize, &self.duration_in_minutes);
        w.field(7usize, &self.has_evaluation);
        w.field(8usize, &self.last_modified_by);
        w.field(9usize, &self.last_modified_date_time);
        w.field(10usize, &self.source);
        w.field(11usize, &self.supported_locales);
        w.field(12usize, &self.tags);
        w.field(13usize, &self.type_);
        w.field(14usize, &self.language_details);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.id),
            1usize => ::std::option::Option::Some(&self.availability_status),
            2usize => ::std::option::Option::Some(&self.created_by),
            3usize => ::std::option::Option::Some(&self.created_date_time),
            4usize => ::std::option::Option::Some(&self.description),
            5usize => ::std::option::Option::Some(&self.display_name),
            6usize => ::std::option::Option::Some(&self.duration_in_minutes),
            7usize => ::std::option::Option::Some(&self.has_evaluation),
            8usize => ::std::option::Option::Some(&self.last_modified_by),
            9usize => ::std::option::Option::Some(&self.last_modified_date_time),
            10usize => ::std::option::Option::Some(&self.source),
            11usize => ::std::option::Option::Some(&self.supported_locales),
            12usize => ::std::option::Option::Some(&self.tags),
            13usize => ::std::option::Option::Some(&self.type_),
            14usize => ::std::option::Option::Some(&self.language_details),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "id", &self.id);
        d.field(1usize, "availability_status", &self.availability_status);
        d.field(2usize, "created_by", &self.created_by);
        d.field(3usize, "created_date_time", &self.created_date_time);
        d.field(4usize, "description", &self.description);
        d.field(5usize, "display_name", &self.display_name);
        d.field(6usize, "duration_in_minutes", &self.duration_in_minutes);
        d.field(7usize, "has_evaluation", &self.has_evaluation);
        d.field(8usize, "last_modified_by", &self.last_modified_by);
        d.field(9usize, "last_modified_date_time", &self.last_modified_date_time);
        d.field(10usize, "source", &self.source);
        d.field(11usize, "supported_locales", &self.supported_locales);
        d.field(12usize, "tags", &self.tags);
        d.field(13usize, "type_", &self.type_);
        d.field(14usize, "language_details", &self.language_details);
    }
    #[inline]
    fn extra(&self) -> &rt::Extra {
        &self.extra
    }
    #[inline]
    fn extra_mut(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_search_or_security)]
rt::impl_object!(Training);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    Training { with_id id : ::std::string::String; with_availability_status
    availability_status : crate ::v1::TrainingAvailabilityStatus; with_created_by
    created_by : crate ::v1::EmailIdentity; with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_description description : ::std::string::String;
    with_display_name display_name : ::std::string::String; with_duration_in_minutes
    duration_in_minutes : i32; with_has_evaluation has_evaluation : bool;
    with_last_modified_by last_modified_by : crate ::v1::EmailIdentity;
    with_last_modified_date_time last_modified_date_time : rt::edm::DateTimeOffset;
    with_source source : crate ::v1::SimulationContentSource; with_supported_locales
    supported_locales : ::std::vec::Vec < ::std::string::String >; with_tags tags :
    ::std::vec::Vec < ::std::string::String >; with_type type_ : crate
    ::v1::TrainingType; with_language_details language_details : ::std::vec::Vec < crate
    ::v1::TrainingLanguageDetail >; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(Training);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.trainingAssignedTo`, enum type.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum TrainingAssignedTo {
    /// `none` (value 0).
    None,
    /// `allUsers` (value 1).
    AllUsers,
    /// `clickedPayload` (value 2).
    ClickedPayload,
    /// `compromised` (value 3).
    Compromised,
    /// `reportedPhish` (value 4).
    ReportedPhish,
    /// `readButNotClicked` (value 5).
    ReadButNotClicked,
    /// `didNothing` (value 6).
    DidNothing,
    /// `unknownFutureValue` (value 7).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::StrEnum for TrainingAssignedTo {
    const TYPE_NAME: &'static str = "microsoft.graph.trainingAssignedTo";
    const MEMBERS: &'static [&'static str] = &[
        "none",
        "allUsers",
        "clickedPayload",
        "compromised",
        "reportedPhish",
        "readButNotClicked",
        "didNothing",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "none" => Self::None,
                "allUsers" => Self::AllUsers,
                "clickedPayload" => Self::ClickedPayload,
                "compromised" => Self::Compromised,
                "reportedPhish" => Self::ReportedPhish,
                "readButNotClicked" => Self::ReadButNotClicked,
                "didNothing" => Self::DidNothing,
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
            Self::AllUsers => "allUsers",
            Self::ClickedPayload => "clickedPayload",
            Self::Compromised => "compromised",
            Self::ReportedPhish => "reportedPhish",
            Self::ReadButNotClicked => "readButNotClicked",
            Self::DidNothing => "didNothing",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
rt::impl_enum!(TrainingAssignedTo);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(TrainingAssignedTo);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.trainingAvailabilityStatus`, enum type.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum TrainingAvailabilityStatus {
    /// `unknown` (value 0).
    Unknown,
    /// `notAvailable` (value 1).
    NotAvailable,
    /// `available` (value 2).
    Available,
    /// `archive` (value 3).
    Archive,
    /// `delete` (value 4).
    Delete,
    /// `unknownFutureValue` (value 5).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::StrEnum for TrainingAvailabilityStatus {
    const TYPE_NAME: &'static str = "microsoft.graph.trainingAvailabilityStatus";
    const MEMBERS: &'static [&'static str] = &[
        "unknown",
        "notAvailable",
        "available",
        "archive",
        "delete",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "unknown" => Self::Unknown,
                "notAvailable" => Self::NotAvailable,
                "available" => Self::Available,
                "archive" => Self::Archive,
                "delete" => Self::Delete,
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
            Self::NotAvailable => "notAvailable",
            Self::Available => "available",
            Self::Archive => "archive",
            Self::Delete => "delete",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
rt::impl_enum!(TrainingAvailabilityStatus);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(TrainingAvailabilityStatus);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.trainingCompletionDuration`, enum type.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum TrainingCompletionDuration {
    /// `week` (value 7).
    Week,
    /// `fortnite` (value 14).
    Fortnite,
    /// `month` (value 30).
    Month,
    /// `unknownFutureValue` (value 100).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::StrEnum for TrainingCompletionDuration {
    const TYPE_NAME: &'static str = "microsoft.graph.trainingCompletionDuration";
    const MEMBERS: &'static [&'static str] = &[
        "week",
        "fortnite",
        "month",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "week" => Self::Week,
                "fortnite" => Self::Fortnite,
                "month" => Self::Month,
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
            Self::Week => "week",
            Self::Fortnite => "fortnite",
            Self::Month => "month",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
rt::impl_enum!(TrainingCompletionDuration);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(TrainingCompletionDuration);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.trainingEventsContent`, complex type.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone, PartialEq)]
pub struct TrainingEventsContent {
    /// CSDL: property `assignedTrainingsInfos`: `Collection(microsoft.graph.assignedTrainingInfo)`, nullable.
    pub assigned_trainings_infos: rt::Field<
        ::std::vec::Vec<crate::v1::AssignedTrainingInfo>,
    >,
    /// CSDL: property `trainingsAssignedUserCount`: `Edm.Int32`, nullable.
    pub trainings_assigned_user_count: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for TrainingEventsContent {
    #[inline]
    fn default() -> Self {
        Self {
            assigned_trainings_infos: rt::Field::Absent,
            trainings_assigned_user_count: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for TrainingEventsContent {
    const TYPE_NAME: &'static str = "microsoft.graph.trainingEventsContent";
    const KEYS: &'static [&'static str] = &[
        "assignedTrainingsInfos",
        "trainingsAssignedUserCount",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"assignedTrainingsInfos\":",
        ",\"trainingsAssignedUserCount\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.trainingEventsContent\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.assigned_trainings_infos.read_from(r),
            1usize => self.trainings_assigned_user_count.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.assigned_trainings_infos);
        w.field(1usize, &self.trainings_assigned_user_count);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.assigned_trainings_infos),
            1usize => ::std::option::Option::Some(&self.trainings_assigned_user_count),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "assigned_trainings_infos", &self.assigned_trainings_infos);
        d.field(
            1usize,
            "trainings_assigned_user_count",
            &self.trainings_assigned_user_count,
        );
    }
    #[inline]
    fn extra(&self) -> &rt::Extra {
        &self.extra
    }
    #[inline]
    fn extra_mut(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_search_or_security)]
rt::impl_object!(TrainingEventsContent);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    TrainingEventsContent { with_assigned_trainings_infos assigned_trainings_infos :
    ::std::vec::Vec < crate ::v1::AssignedTrainingInfo >;
    with_trainings_assigned_user_count trainings_assigned_user_count : i32; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(TrainingEventsContent);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.trainingLanguageDetail`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`TrainingLanguageDetailPath`](requests/struct.TrainingLanguageDetailPath.html), the type of a path to one.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone, PartialEq)]
pub struct TrainingLanguageDetail {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `content`: `Edm.String`, not nullable.
    pub content: rt::Field<::std::string::String>,
    /// CSDL: property `createdBy`: `microsoft.graph.emailIdentity`, nullable.
    pub created_by: rt::Field<crate::v1::EmailIdentity>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `isDefaultLangauge`: `Edm.Boolean`, nullable.
    pub is_default_langauge: rt::Field<bool>,
    /// CSDL: property `lastModifiedBy`: `microsoft.graph.emailIdentity`, nullable.
    pub last_modified_by: rt::Field<crate::v1::EmailIdentity>,
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `locale`: `Edm.String`, not nullable.
    pub locale: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for TrainingLanguageDetail {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            content: rt::Field::Absent,
            created_by: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            is_default_langauge: rt::Field::Absent,
            last_modified_by: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            locale: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for TrainingLanguageDetail {
    const TYPE_NAME: &'static str = "microsoft.graph.trainingLanguageDetail";
    const KEYS: &'static [&'static str] = &[
        "id",
        "content",
        "createdBy",
        "createdDateTime",
        "description",
        "displayName",
        "isDefaultLangauge",
        "lastModifiedBy",
        "lastModifiedDateTime",
        "locale",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":",
        ",\"content\":",
        ",\"createdBy\":",
        ",\"createdDateTime\":",
        ",\"description\":",
        ",\"displayName\":",
        ",\"isDefaultLangauge\":",
        ",\"lastModifiedBy\":",
        ",\"lastModifiedDateTime\":",
        ",\"locale\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.trainingLanguageDetail\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.content.read_from(r),
            2usize => self.created_by.read_from(r),
            3usize => self.created_date_time.read_from(r),
            4usize => self.description.read_from(r),
            5usize => self.display_name.read_from(r),
            6usize => self.is_default_langauge.read_from(r),
            7usize => self.last_modified_by.read_from(r),
            8usize => self.last_modified_date_time.read_from(r),
            9usize => self.locale.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.content);
        w.field(2usize, &self.created_by);
        w.field(3usize, &self.created_date_time);
        w.field(4usize, &self.description);
        w.field(5usize, &self.display_name);
        w.field(6usize, &self.is_default_langauge);
        w.field(7usize, &self.last_modified_by);
        w.field(8usize, &self.last_modified_date_time);
        w.field(9usize, &self.locale);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.id),
            1usize => ::std::option::Option::Some(&self.content),
            2usize => ::std::option::Option::Some(&self.created_by),
            3usize => ::std::option::Option::Some(&self.created_date_time),
            4usize => ::std::option::Option::Some(&self.description),
            5usize => ::std::option::Option::Some(&self.display_name),
            6usize => ::std::option::Option::Some(&self.is_default_langauge),
            7usize => ::std::option::Option::Some(&self.last_modified_by),
            8usize => ::std::option::Option::Some(&self.last_modified_date_time),
            9usize => ::std::option::Option::Some(&self.locale),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "id", &self.id);
        d.field(1usize, "content", &self.content);
        d.field(2usize, "created_by", &self.created_by);
        d.field(3usize, "created_date_time", &self.created_date_time);
        d.field(4usize, "description", &self.description);
        d.field(5usize, "display_name", &self.display_name);
        d.field(6usize, "is_default_langauge", &self.is_default_langauge);
        d.field(7usize, "last_modified_by", &self.last_modified_by);
        d.field(8usize, "last_modified_date_time", &self.last_modified_date_time);
        d.field(9usize, "locale", &self.locale);
    }
    #[inline]
    fn extra(&self) -> &rt::Extra {
        &self.extra
    }
    #[inline]
    fn extra_mut(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_search_or_security)]
rt::impl_object!(TrainingLanguageDetail);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    TrainingLanguageDetail { with_id id : ::std::string::String; with_content content :
    ::std::string::String; with_created_by created_by : crate ::v1::EmailIdentity;
    with_created_date_time created_date_time : rt::edm::DateTimeOffset; with_description
    description : ::std::string::String; with_display_name display_name :
    ::std::string::String; with_is_default_langauge is_default_langauge : bool;
    with_last_modified_by last_modified_by : crate ::v1::EmailIdentity;
    with_last_modified_date_time last_modified_date_time : rt::edm::DateTimeOffset;
    with_locale locale : ::std::string::String; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(TrainingLanguageDetail);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.trainingNotificationSetting`, complex type, derived from `microsoft.graph.endUserNotificationSetting`.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone, PartialEq)]
pub struct TrainingNotificationSetting {
    /// CSDL: property `notificationPreference`: `microsoft.graph.endUserNotificationPreference`, nullable.
    pub notification_preference: rt::Field<crate::v1::EndUserNotificationPreference>,
    /// CSDL: property `positiveReinforcement`: `microsoft.graph.positiveReinforcementNotification`, nullable.
    pub positive_reinforcement: rt::Field<crate::v1::PositiveReinforcementNotification>,
    /// CSDL: property `settingType`: `microsoft.graph.endUserNotificationSettingType`, nullable.
    pub setting_type: rt::Field<crate::v1::EndUserNotificationSettingType>,
    /// CSDL: property `trainingAssignment`: `microsoft.graph.baseEndUserNotification`, nullable.
    pub training_assignment: rt::Field<crate::v1::AnyBaseEndUserNotification>,
    /// CSDL: property `trainingReminder`: `microsoft.graph.trainingReminderNotification`, nullable.
    pub training_reminder: rt::Field<crate::v1::TrainingReminderNotification>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for TrainingNotificationSetting {
    #[inline]
    fn default() -> Self {
        Self {
            notification_preference: rt::Field::Absent,
            positive_reinforcement: rt::Field::Absent,
            setting_type: rt::Field::Absent,
            training_assignment: rt::Field::Absent,
            training_reminder: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for TrainingNotificationSetting {
    const TYPE_NAME: &'static str = "microsoft.graph.trainingNotificationSetting";
    const KEYS: &'static [&'static str] = &[
        "notificationPreference",
        "positiveReinforcement",
        "settingType",
        "trainingAssignment",
        "trainingReminder",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"notificationPreference\":",
        ",\"positiveReinforcement\":",
        ",\"settingType\":",
        ",\"trainingAssignment\":",
        ",\"trainingReminder\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.trainingNotificationSetting\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.notification_preference.read_from(r),
            1usize => self.positive_reinforcement.read_from(r),
            2usize => self.setting_type.read_from(r),
            3usize => self.training_assignment.read_from(r),
            4usize => self.training_reminder.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.notification_preference);
        w.field(1usize, &self.positive_reinforcement);
        w.field(2usize, &self.setting_type);
        w.field(3usize, &self.training_assignment);
        w.field(4usize, &self.training_reminder);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.notification_preference),
            1usize => ::std::option::Option::Some(&self.positive_reinforcement),
            2usize => ::std::option::Option::Some(&self.setting_type),
            3usize => ::std::option::Option::Some(&self.training_assignment),
            4usize => ::std::option::Option::Some(&self.training_reminder),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "notification_preference", &self.notification_preference);
        d.field(1usize, "positive_reinforcement", &self.positive_reinforcement);
        d.field(2usize, "setting_type", &self.setting_type);
        d.field(3usize, "training_assignment", &self.training_assignment);
        d.field(4usize, "training_reminder", &self.training_reminder);
    }
    #[inline]
    fn extra(&self) -> &rt::Extra {
        &self.extra
    }
    #[inline]
    fn extra_mut(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_search_or_security)]
rt::impl_object!(TrainingNotificationSetting);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    TrainingNotificationSetting { with_notification_preference notification_preference :
    crate ::v1::EndUserNotificationPreference; with_positive_reinforcement
    positive_reinforcement : crate ::v1::PositiveReinforcementNotification;
    with_setting_type setting_type : crate ::v1::EndUserNotificationSettingType;
    with_training_assignment training_assignment : crate
    ::v1::AnyBaseEndUserNotification; with_training_reminder training_reminder : crate
    ::v1::TrainingReminderNotification; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(TrainingNotificationSetting);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.trainingReminderNotification`, complex type, derived from `microsoft.graph.baseEndUserNotification`.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone, PartialEq)]
pub struct TrainingReminderNotification {
    /// CSDL: property `defaultLanguage`: `Edm.String`, nullable.
    pub default_language: rt::Field<::std::string::String>,
    /// CSDL: navigation property `endUserNotification`: `microsoft.graph.endUserNotification`, nullable.
    pub end_user_notification: rt::Field<crate::v1::EndUserNotification>,
    /// CSDL: property `deliveryFrequency`: `microsoft.graph.notificationDeliveryFrequency`, nullable.
    pub delivery_frequency: rt::Field<crate::v1::NotificationDeliveryFrequency>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for TrainingReminderNotification {
    #[inline]
    fn default() -> Self {
        Self {
            default_language: rt::Field::Absent,
            end_user_notification: rt::Field::Absent,
            delivery_frequency: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for TrainingReminderNotification {
    const TYPE_NAME: &'static str = "microsoft.graph.trainingReminderNotification";
    const KEYS: &'static [&'static str] = &[
        "defaultLanguage",
        "endUserNotification",
        "deliveryFrequency",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"defaultLanguage\":",
        ",\"endUserNotification\":",
        ",\"deliveryFrequency\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.trainingReminderNotification\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.default_language.read_from(r),
            1usize => self.end_user_notification.read_from(r),
            2usize => self.delivery_frequency.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.default_language);
        w.field(1usize, &self.end_user_notification);
        w.field(2usize, &self.delivery_frequency);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.default_language),
            1usize => ::std::option::Option::Some(&self.end_user_notification),
            2usize => ::std::option::Option::Some(&self.delivery_frequency),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "default_language", &self.default_language);
        d.field(1usize, "end_user_notification", &self.end_user_notification);
        d.field(2usize, "delivery_frequency", &self.delivery_frequency);
    }
    #[inline]
    fn extra(&self) -> &rt::Extra {
        &self.extra
    }
    #[inline]
    fn extra_mut(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_search_or_security)]
rt::impl_object!(TrainingReminderNotification);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    TrainingReminderNotification { with_default_language default_language :
    ::std::string::String; with_end_user_notification end_user_notification : crate
    ::v1::EndUserNotification; with_delivery_frequency delivery_frequency : crate
    ::v1::NotificationDeliveryFrequency; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(TrainingReminderNotification);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.trainingSetting`, complex type, abstract.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone, PartialEq)]
pub struct TrainingSetting {
    /// CSDL: property `settingType`: `microsoft.graph.trainingSettingType`, nullable.
    pub setting_type: rt::Field<crate::v1::TrainingSettingType>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for TrainingSetting {
    #[inline]
    fn default() -> Self {
        Self {
            setting_type: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for TrainingSetting {
    const TYPE_NAME: &'static str = "microsoft.graph.trainingSetting";
    const KEYS: &'static [&'static str] = &["settingType"];
    const KEYS_JSON: &'static [&'static str] = &[",\"settingType\":"];
    const TAG: &'static str = "\"#microsoft.graph.trainingSetting\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.setting_type.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.setting_type);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.setting_type),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "setting_type", &self.setting_type);
    }
    #[inline]
    fn extra(&self) -> &rt::Extra {
        &self.extra
    }
    #[inline]
    fn extra_mut(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_search_or_security)]
rt::impl_object!(TrainingSetting);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    TrainingSetting { with_setting_type setting_type : crate ::v1::TrainingSettingType; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(TrainingSetting);
#[cfg(msgraph_v1_search_or_security)]
/// `microsoft.graph.trainingSetting` or any type derived from it, selected by `@odata.type` (6 types); each variant's type converts into it (`From`).
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyTrainingSetting {
    TrainingSetting(::std::boxed::Box<crate::v1::TrainingSetting>),
    CustomTrainingSetting(::std::boxed::Box<crate::v1::CustomTrainingSetting>),
    MicrosoftCustomTrainingSetting(
        ::std::boxed::Box<crate::v1::MicrosoftCustomTrainingSetting>,
    ),
    MicrosoftManagedTrainingSetting(
        ::std::boxed::Box<crate::v1::MicrosoftManagedTrainingSetting>,
    ),
    MicrosoftTrainingAssignmentMapping(
        ::std::boxed::Box<crate::v1::MicrosoftTrainingAssignmentMapping>,
    ),
    NoTrainingSetting(::std::boxed::Box<crate::v1::NoTrainingSetting>),
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for AnyTrainingSetting {
    #[inline]
    fn default() -> Self {
        Self::TrainingSetting(::std::default::Default::default())
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::TrainingSetting> for AnyTrainingSetting {
    #[inline]
    fn from(v: crate::v1::TrainingSetting) -> Self {
        Self::TrainingSetting(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::CustomTrainingSetting> for AnyTrainingSetting {
    #[inline]
    fn from(v: crate::v1::CustomTrainingSetting) -> Self {
        Self::CustomTrainingSetting(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::MicrosoftCustomTrainingSetting>
for AnyTrainingSetting {
    #[inline]
    fn from(v: crate::v1::MicrosoftCustomTrainingSetting) -> Self {
        Self::MicrosoftCustomTrainingSetting(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::MicrosoftManagedTrainingSetting>
for AnyTrainingSetting {
    #[inline]
    fn from(v: crate::v1::MicrosoftManagedTrainingSetting) -> Self {
        Self::MicrosoftManagedTrainingSetting(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::MicrosoftTrainingAssignmentMapping>
for AnyTrainingSetting {
    #[inline]
    fn from(v: crate::v1::MicrosoftTrainingAssignmentMapping) -> Self {
        Self::MicrosoftTrainingAssignmentMapping(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::NoTrainingSetting> for AnyTrainingSetting {
    #[inline]
    fn from(v: crate::v1::NoTrainingSetting) -> Self {
        Self::NoTrainingSetting(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Poly for AnyTrainingSetting {
    const BASE_NAME: &'static str = "microsoft.graph.trainingSetting";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        match tag {
            ::std::option::Option::Some("microsoft.graph.customTrainingSetting") => {
                rt::object::read_boxed(r).map(Self::CustomTrainingSetting)
            }
            ::std::option::Option::Some(
                "microsoft.graph.microsoftCustomTrainingSetting",
            ) => rt::object::read_boxed(r).map(Self::MicrosoftCustomTrainingSetting),
            ::std::option::Option::Some(
                "microsoft.graph.microsoftManagedTrainingSetting",
            ) => rt::object::read_boxed(r).map(Self::MicrosoftManagedTrainingSetting),
            ::std::option::Option::Some(
                "microsoft.graph.microsoftTrainingAssignmentMapping",
            ) => rt::object::read_boxed(r).map(Self::MicrosoftTrainingAssignmentMapping),
            ::std::option::Option::Some("microsoft.graph.noTrainingSetting") => {
                rt::object::read_boxed(r).map(Self::NoTrainingSetting)
            }
            _ => rt::object::read_boxed(r).map(Self::TrainingSetting),
        }
    }
    #[inline]
    fn write_variant(&self, w: &mut rt::Writer) {
        match self {
            Self::TrainingSetting(v) => {
                rt::object::write_object(&**v, w, ::std::option::Option::None)
            }
            Self::CustomTrainingSetting(v) => {
                rt::object::write_object(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.customTrainingSetting"),
                )
            }
            Self::MicrosoftCustomTrainingSetting(v) => {
                rt::object::write_object(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.microsoftCustomTrainingSetting",
                    ),
                )
            }
            Self::MicrosoftManagedTrainingSetting(v) => {
                rt::object::write_object(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.microsoftManagedTrainingSetting",
                    ),
                )
            }
            Self::MicrosoftTrainingAssignmentMapping(v) => {
                rt::object::write_object(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.microsoftTrainingAssignmentMapping",
                    ),
                )
            }
            Self::NoTrainingSetting(v) => {
                rt::object::write_object(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.noTrainingSetting"),
                )
            }
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl AnyTrainingSetting {
    /// The qualified CSDL name of the current variant's type.
    #[inline]
    pub fn type_name(&self) -> &'static str {
        match self {
            Self::TrainingSetting(_) => "microsoft.graph.trainingSetting",
            Self::CustomTrainingSetting(_) => "microsoft.graph.customTrainingSetting",
            Self::MicrosoftCustomTrainingSetting(_) => {
                "microsoft.graph.microsoftCustomTrainingSetting"
            }
            Self::MicrosoftManagedTrainingSetting(_) => {
                "microsoft.graph.microsoftManagedTrainingSetting"
            }
            Self::MicrosoftTrainingAssignmentMapping(_) => {
                "microsoft.graph.microsoftTrainingAssignmentMapping"
            }
            Self::NoTrainingSetting(_) => "microsoft.graph.noTrainingSetting",
        }
    }
    /// The current variant's unknown members and annotations.
    #[inline]
    pub fn extra(&self) -> &rt::Extra {
        match self {
            Self::TrainingSetting(v) => &v.extra,
            Self::CustomTrainingSetting(v) => &v.extra,
            Self::MicrosoftCustomTrainingSetting(v) => &v.extra,
            Self::MicrosoftManagedTrainingSetting(v) => &v.extra,
            Self::MicrosoftTrainingAssignmentMapping(v) => &v.extra,
            Self::NoTrainingSetting(v) => &v.extra,
        }
    }
    /// The current variant's unknown members and annotations, mutably.
    #[inline]
    pub fn extra_mut(&mut self) -> &mut rt::Extra {
        match self {
            Self::TrainingSetting(v) => &mut v.extra,
            Self::CustomTrainingSetting(v) => &mut v.extra,
            Self::MicrosoftCustomTrainingSetting(v) => &mut v.extra,
            Self::MicrosoftManagedTrainingSetting(v) => &mut v.extra,
            Self::MicrosoftTrainingAssignmentMapping(v) => &mut v.extra,
            Self::NoTrainingSetting(v) => &mut v.extra,
        }
    }
    /// `settingType` of any variant.
    #[inline]
    pub fn setting_type(&self) -> &rt::Field<crate::v1::TrainingSettingType> {
        match self {
            Self::TrainingSetting(v) => &v.setting_type,
            Self::CustomTrainingSetting(v) => &v.setting_type,
            Self::MicrosoftCustomTrainingSetting(v) => &v.setting_type,
            Self::MicrosoftManagedTrainingSetting(v) => &v.setting_type,
            Self::MicrosoftTrainingAssignmentMapping(v) => &v.setting_type,
            Self::NoTrainingSetting(v) => &v.setting_type,
        }
    }
    /// `settingType` of any variant.
    #[inline]
    pub fn setting_type_mut(
        &mut self,
    ) -> &mut rt::Field<crate::v1::TrainingSettingType> {
        match self {
            Self::TrainingSetting(v) => &mut v.setting_type,
            Self::CustomTrainingSetting(v) => &mut v.setting_type,
            Self::MicrosoftCustomTrainingSetting(v) => &mut v.setting_type,
            Self::MicrosoftManagedTrainingSetting(v) => &mut v.setting_type,
            Self::MicrosoftTrainingAssignmentMapping(v) => &mut v.setting_type,
            Self::NoTrainingSetting(v) => &mut v.setting_type,
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
rt::impl_poly!(AnyTrainingSetting);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyTrainingSetting);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.trainingSettingType`, enum type.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum TrainingSettingType {
    /// `microsoftCustom` (value 0).
    MicrosoftCustom,
    /// `microsoftManaged` (value 1).
    MicrosoftManaged,
    /// `noTraining` (value 2).
    NoTraining,
    /// `custom` (value 3).
    Custom,
    /// `unknownFutureValue` (value 4).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::StrEnum for TrainingSettingType {
    const TYPE_NAME: &'static str = "microsoft.graph.trainingSettingType";
    const MEMBERS: &'static [&'static str] = &[
        "microsoftCustom",
        "microsoftManaged",
        "noTraining",
        "custom",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "microsoftCustom" => Self::MicrosoftCustom,
                "microsoftManaged" => Self::MicrosoftManaged,
                "noTraining" => Self::NoTraining,
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
            Self::MicrosoftCustom => "microsoftCustom",
            Self::MicrosoftManaged => "microsoftManaged",
            Self::NoTraining => "noTraining",
            Self::Custom => "custom",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
rt::impl_enum!(TrainingSettingType);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(TrainingSettingType);
#[cfg(msgraph_v1_reports_or_search_or_security)]
/// CSDL: `microsoft.graph.trainingStatus`, enum type.
///
/// Features: `v1`, or one of `v1-reports`, `v1-search`, `v1-security`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum TrainingStatus {
    /// `unknown` (value 0).
    Unknown,
    /// `assigned` (value 1).
    Assigned,
    /// `inProgress` (value 2).
    InProgress,
    /// `completed` (value 3).
    Completed,
    /// `overdue` (value 4).
    Overdue,
    /// `unknownFutureValue` (value 5).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_reports_or_search_or_security)]
impl rt::StrEnum for TrainingStatus {
    const TYPE_NAME: &'static str = "microsoft.graph.trainingStatus";
    const MEMBERS: &'static [&'static str] = &[
        "unknown",
        "assigned",
        "inProgress",
        "completed",
        "overdue",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "unknown" => Self::Unknown,
                "assigned" => Self::Assigned,
                "inProgress" => Self::InProgress,
                "completed" => Self::Completed,
                "overdue" => Self::Overdue,
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
            Self::Assigned => "assigned",
            Self::InProgress => "inProgress",
            Self::Completed => "completed",
            Self::Overdue => "overdue",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_reports_or_search_or_security)]
rt::impl_enum!(TrainingStatus);
#[cfg(msgraph_v1_reports_or_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(TrainingStatus);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.trainingType`, enum type.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum TrainingType {
    /// `unknown` (value 0).
    Unknown,
    /// `phishing` (value 1).
    Phishing,
    /// `unknownFutureValue` (value 2).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::StrEnum for TrainingType {
    const TYPE_NAME: &'static str = "microsoft.graph.trainingType";
    const MEMBERS: &'static [&'static str] = &[
        "unknown",
        "phishing",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "unknown" => Self::Unknown,
                "phishing" => Self::Phishing,
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
            Self::Phishing => "phishing",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
rt::impl_enum!(TrainingType);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(TrainingType);
