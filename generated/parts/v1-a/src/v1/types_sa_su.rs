//! Types of `microsoft.graph` by the first letters of their names (`sa_su`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.samlSingleSignOnSettings`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct SamlSingleSignOnSettings {
    /// CSDL: property `relayState`: `Edm.String`, nullable.
    pub relay_state: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for SamlSingleSignOnSettings {
    #[inline]
    fn default() -> Self {
        Self {
            relay_state: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for SamlSingleSignOnSettings {
    const TYPE_NAME: &'static str = "microsoft.graph.samlSingleSignOnSettings";
    const KEYS: &'static [&'static str] = &["relayState"];
    const KEYS_JSON: &'static [&'static str] = &[",\"relayState\":                   "];
    const TAG: &'static str = "\"#microsoft.graph.samlSingleSignOnSettings\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "relay_state", &self.relay_state);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for SamlSingleSignOnSettings {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.relay_state.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.relay_state);
    }
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
rt::impl_object!(SamlSingleSignOnSettings);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    SamlSingleSignOnSettings { with_relay_state relay_state : ::std::string::String; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(SamlSingleSignOnSettings);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.scheduleInformation`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ScheduleInformation {
    /// CSDL: property `availabilityView`: `Edm.String`, nullable.
    pub availability_view: rt::Field<::std::string::String>,
    /// CSDL: property `error`: `microsoft.graph.freeBusyError`, nullable.
    pub error: rt::Field<crate::v1::FreeBusyError>,
    /// CSDL: property `scheduleId`: `Edm.String`, nullable.
    pub schedule_id: rt::Field<::std::string::String>,
    /// CSDL: property `scheduleItems`: `Collection(microsoft.graph.scheduleItem)`, nullable.
    pub schedule_items: rt::Field<::std::vec::Vec<crate::v1::ScheduleItem>>,
    /// CSDL: property `workingHours`: `microsoft.graph.workingHours`, nullable.
    pub working_hours: rt::Field<crate::v1::WorkingHours>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
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
#[cfg(msgraph_v1_core)]
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
#[cfg(msgraph_v1_core)]
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
#[cfg(msgraph_v1_core)]
rt::impl_object!(ScheduleInformation);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    ScheduleInformation { with_availability_view availability_view :
    ::std::string::String; with_error error : crate ::v1::FreeBusyError; with_schedule_id
    schedule_id : ::std::string::String; with_schedule_items schedule_items :
    ::std::vec::Vec < crate ::v1::ScheduleItem >; with_working_hours working_hours :
    crate ::v1::WorkingHours; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(ScheduleInformation);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.scheduleItem`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ScheduleItem {
    /// CSDL: property `end`: `microsoft.graph.dateTimeTimeZone`, nullable.
    pub end: rt::Field<crate::v1::DateTimeTimeZone>,
    /// CSDL: property `isPrivate`: `Edm.Boolean`, nullable.
    pub is_private: rt::Field<bool>,
    /// CSDL: property `location`: `Edm.String`, nullable.
    pub location: rt::Field<::std::string::String>,
    /// CSDL: property `start`: `microsoft.graph.dateTimeTimeZone`, nullable.
    pub start: rt::Field<crate::v1::DateTimeTimeZone>,
    /// CSDL: property `status`: `microsoft.graph.freeBusyStatus`, nullable.
    pub status: rt::Field<crate::v1::FreeBusyStatus>,
    /// CSDL: property `subject`: `Edm.String`, nullable.
    pub subject: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
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
#[cfg(msgraph_v1_core)]
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
#[cfg(msgraph_v1_core)]
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
#[cfg(msgraph_v1_core)]
rt::impl_object!(ScheduleItem);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    ScheduleItem { with_end end : crate ::v1::DateTimeTimeZone; with_is_private
    is_private : bool; with_location location : ::std::string::String; with_start start :
    crate ::v1::DateTimeTimeZone; with_status status : crate ::v1::FreeBusyStatus;
    with_subject subject : ::std::string::String; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(ScheduleItem);
#[cfg(msgraph_v1_identity_governance_or_search)]
/// CSDL: `microsoft.graph.scheduleRequestActions`, enum type.
///
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ScheduleRequestActions {
    /// `adminAssign` (value 1).
    AdminAssign,
    /// `adminUpdate` (value 2).
    AdminUpdate,
    /// `adminRemove` (value 3).
    AdminRemove,
    /// `selfActivate` (value 4).
    SelfActivate,
    /// `selfDeactivate` (value 5).
    SelfDeactivate,
    /// `adminExtend` (value 6).
    AdminExtend,
    /// `adminRenew` (value 7).
    AdminRenew,
    /// `selfExtend` (value 8).
    SelfExtend,
    /// `selfRenew` (value 9).
    SelfRenew,
    /// `unknownFutureValue` (value 10).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::StrEnum for ScheduleRequestActions {
    const TYPE_NAME: &'static str = "microsoft.graph.scheduleRequestActions";
    const MEMBERS: &'static [&'static str] = &[
        "adminAssign",
        "adminUpdate",
        "adminRemove",
        "selfActivate",
        "selfDeactivate",
        "adminExtend",
        "adminRenew",
        "selfExtend",
        "selfRenew",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "adminAssign" => Self::AdminAssign,
                "adminUpdate" => Self::AdminUpdate,
                "adminRemove" => Self::AdminRemove,
                "selfActivate" => Self::SelfActivate,
                "selfDeactivate" => Self::SelfDeactivate,
                "adminExtend" => Self::AdminExtend,
                "adminRenew" => Self::AdminRenew,
                "selfExtend" => Self::SelfExtend,
                "selfRenew" => Self::SelfRenew,
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
            Self::AdminAssign => "adminAssign",
            Self::AdminUpdate => "adminUpdate",
            Self::AdminRemove => "adminRemove",
            Self::SelfActivate => "selfActivate",
            Self::SelfDeactivate => "selfDeactivate",
            Self::AdminExtend => "adminExtend",
            Self::AdminRenew => "adminRenew",
            Self::SelfExtend => "selfExtend",
            Self::SelfRenew => "selfRenew",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_enum!(ScheduleRequestActions);
#[cfg(msgraph_v1_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ScheduleRequestActions);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.scopeBase`, complex type, abstract.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct ScopeBase {
    /// CSDL: property `identity`: `Edm.String`, nullable.
    pub identity: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for ScopeBase {
    #[inline]
    fn default() -> Self {
        Self {
            identity: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for ScopeBase {
    const TYPE_NAME: &'static str = "microsoft.graph.scopeBase";
    const KEYS: &'static [&'static str] = &["identity"];
    const KEYS_JSON: &'static [&'static str] = &[",\"identity\":                     "];
    const TAG: &'static str = "\"#microsoft.graph.scopeBase\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "identity", &self.identity);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for ScopeBase {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.identity.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.identity);
    }
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
rt::impl_object!(ScopeBase);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(ScopeBase { with_identity identity : ::std::string::String; });
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(ScopeBase);
#[cfg(msgraph_v1_search_or_security)]
/// `microsoft.graph.scopeBase` or any type derived from it, selected by `@odata.type` (4 types); each variant's type converts into it (`From`).
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyScopeBase {
    ScopeBase(::std::boxed::Box<crate::v1::ScopeBase>),
    GroupScope(::std::boxed::Box<crate::v1::GroupScope>),
    TenantScope(::std::boxed::Box<crate::v1::TenantScope>),
    UserScope(::std::boxed::Box<crate::v1::UserScope>),
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for AnyScopeBase {
    #[inline]
    fn default() -> Self {
        Self::ScopeBase(::std::default::Default::default())
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::ScopeBase> for AnyScopeBase {
    #[inline]
    fn from(v: crate::v1::ScopeBase) -> Self {
        Self::ScopeBase(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::GroupScope> for AnyScopeBase {
    #[inline]
    fn from(v: crate::v1::GroupScope) -> Self {
        Self::GroupScope(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::TenantScope> for AnyScopeBase {
    #[inline]
    fn from(v: crate::v1::TenantScope) -> Self {
        Self::TenantScope(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::UserScope> for AnyScopeBase {
    #[inline]
    fn from(v: crate::v1::UserScope) -> Self {
        Self::UserScope(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
unsafe impl ::std::marker::Send for AnyScopeBase {}
#[cfg(msgraph_v1_search_or_security)]
unsafe impl ::std::marker::Sync for AnyScopeBase {}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::marker::Unpin for AnyScopeBase {}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::panic::UnwindSafe for AnyScopeBase {}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::panic::RefUnwindSafe for AnyScopeBase {}
#[cfg(msgraph_v1_search_or_security)]
const _: () = {
    rt::object::auto_traits::<crate::v1::ScopeBase>();
    rt::object::auto_traits::<crate::v1::GroupScope>();
    rt::object::auto_traits::<crate::v1::TenantScope>();
    rt::object::auto_traits::<crate::v1::UserScope>();
};
#[cfg(msgraph_v1_search_or_security)]
impl rt::Poly for AnyScopeBase {
    const BASE_NAME: &'static str = "microsoft.graph.scopeBase";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some("microsoft.graph.groupScope") => {
                Self::GroupScope(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.tenantScope") => {
                Self::TenantScope(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.userScope") => {
                Self::UserScope(rt::object::new_boxed())
            }
            _ => Self::ScopeBase(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::ScopeBase(v) => &**v,
            Self::GroupScope(v) => &**v,
            Self::TenantScope(v) => &**v,
            Self::UserScope(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::ScopeBase(v) => &mut **v,
            Self::GroupScope(v) => &mut **v,
            Self::TenantScope(v) => &mut **v,
            Self::UserScope(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl AnyScopeBase {
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
    /// `identity` of any variant.
    #[inline]
    pub fn identity(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::ScopeBase(v) => &v.identity,
            Self::GroupScope(v) => &v.identity,
            Self::TenantScope(v) => &v.identity,
            Self::UserScope(v) => &v.identity,
        }
    }
    /// `identity` of any variant.
    #[inline]
    pub fn identity_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ScopeBase(v) => &mut v.identity,
            Self::GroupScope(v) => &mut v.identity,
            Self::TenantScope(v) => &mut v.identity,
            Self::UserScope(v) => &mut v.identity,
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
rt::impl_poly!(AnyScopeBase);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyScopeBase);
#[cfg(msgraph_v1_core_or_filter_operators)]
/// CSDL: `microsoft.graph.scopeOperatorMultiValuedComparisonType`, enum type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-filter-operators`, `v1-group-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ScopeOperatorMultiValuedComparisonType {
    /// `All` (value 0).
    All,
    /// `Any` (value 1).
    Any,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_core_or_filter_operators)]
impl rt::StrEnum for ScopeOperatorMultiValuedComparisonType {
    const TYPE_NAME: &'static str = "microsoft.graph.scopeOperatorMultiValuedComparisonType";
    const MEMBERS: &'static [&'static str] = &["All", "Any"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "All" => Self::All,
                "Any" => Self::Any,
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
            Self::All => "All",
            Self::Any => "Any",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_core_or_filter_operators)]
rt::impl_enum!(ScopeOperatorMultiValuedComparisonType);
#[cfg(msgraph_v1_core_or_filter_operators)]
#[cfg(feature = "serde")]
rt::impl_serde!(ScopeOperatorMultiValuedComparisonType);
#[cfg(msgraph_v1_core_or_filter_operators)]
/// CSDL: `microsoft.graph.scopeOperatorType`, enum type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-filter-operators`, `v1-group-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ScopeOperatorType {
    /// `Binary` (value 0).
    Binary,
    /// `Unary` (value 1).
    Unary,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_core_or_filter_operators)]
impl rt::StrEnum for ScopeOperatorType {
    const TYPE_NAME: &'static str = "microsoft.graph.scopeOperatorType";
    const MEMBERS: &'static [&'static str] = &["Binary", "Unary"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "Binary" => Self::Binary,
                "Unary" => Self::Unary,
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
            Self::Binary => "Binary",
            Self::Unary => "Unary",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_core_or_filter_operators)]
rt::impl_enum!(ScopeOperatorType);
#[cfg(msgraph_v1_core_or_filter_operators)]
#[cfg(feature = "serde")]
rt::impl_serde!(ScopeOperatorType);
#[cfg(msgraph_v1_search)]
/// CSDL: `microsoft.graph.searchEntity`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`SearchEntityPath`](requests/trait.SearchEntityPath.html), what a path to one (`EntityPath<SearchEntity, C>`) dereferences to.
///
/// Features: `v1` or `v1-search`.
#[derive(Clone)]
pub struct SearchEntity {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `acronyms`: `Collection(microsoft.graph.search.acronym)`, not nullable.
    pub acronyms: rt::Field<::std::vec::Vec<crate::v1::search::Acronym>>,
    /// CSDL: containment navigation property `bookmarks`: `Collection(microsoft.graph.search.bookmark)`, not nullable.
    pub bookmarks: rt::Field<::std::vec::Vec<crate::v1::search::Bookmark>>,
    /// CSDL: containment navigation property `qnas`: `Collection(microsoft.graph.search.qna)`, not nullable.
    pub qnas: rt::Field<::std::vec::Vec<crate::v1::search::Qna>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search)]
impl ::std::default::Default for SearchEntity {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            acronyms: rt::Field::Absent,
            bookmarks: rt::Field::Absent,
            qnas: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search)]
impl rt::Object for SearchEntity {
    const TYPE_NAME: &'static str = "microsoft.graph.searchEntity";
    const KEYS: &'static [&'static str] = &["id", "acronyms", "bookmarks", "qnas"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"acronyms\":                     ",
        ",\"bookmarks\":                    ",
        ",\"qnas\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.searchEntity\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "acronyms", &self.acronyms);
        v.field(2usize, "bookmarks", &self.bookmarks);
        v.field(3usize, "qnas", &self.qnas);
    }
}
#[cfg(msgraph_v1_search)]
impl rt::object::Members for SearchEntity {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.acronyms.read_from(r),
            2usize => self.bookmarks.read_from(r),
            3usize => self.qnas.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.acronyms);
        w.field(2usize, &self.bookmarks);
        w.field(3usize, &self.qnas);
    }
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
rt::impl_object!(SearchEntity);
#[cfg(msgraph_v1_search)]
rt::impl_setters!(
    SearchEntity { with_id id : ::std::string::String; with_acronyms acronyms :
    ::std::vec::Vec < crate ::v1::search::Acronym >; with_bookmarks bookmarks :
    ::std::vec::Vec < crate ::v1::search::Bookmark >; with_qnas qnas : ::std::vec::Vec <
    crate ::v1::search::Qna >; }
);
#[cfg(msgraph_v1_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(SearchEntity);
#[cfg(msgraph_v1_copilot)]
/// CSDL: `microsoft.graph.searchResourceMetadataDictionary`, complex type, derived from `microsoft.graph.dictionaries`, open.
///
/// Features: `v1` or `v1-copilot`.
#[derive(Clone)]
pub struct SearchResourceMetadataDictionary {
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_copilot)]
impl ::std::default::Default for SearchResourceMetadataDictionary {
    #[inline]
    fn default() -> Self {
        Self {
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_copilot)]
impl rt::Object for SearchResourceMetadataDictionary {
    const TYPE_NAME: &'static str = "microsoft.graph.searchResourceMetadataDictionary";
    const KEYS: &'static [&'static str] = &[];
    const KEYS_JSON: &'static [&'static str] = &[];
    const TAG: &'static str = "\"#microsoft.graph.searchResourceMetadataDictionary\"";
    #[inline]
    #[allow(unused_variables)]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {}
}
#[cfg(msgraph_v1_copilot)]
impl rt::object::Members for SearchResourceMetadataDictionary {
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
#[cfg(msgraph_v1_copilot)]
rt::impl_object!(SearchResourceMetadataDictionary);
#[cfg(msgraph_v1_copilot)]
#[cfg(feature = "serde")]
rt::impl_serde!(SearchResourceMetadataDictionary);
#[cfg(msgraph_v1_core_or_sites)]
/// CSDL: `microsoft.graph.sectionEmphasisType`, enum type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum SectionEmphasisType {
    /// `none` (value 0).
    None,
    /// `neutral` (value 1).
    Neutral,
    /// `soft` (value 2).
    Soft,
    /// `strong` (value 3).
    Strong,
    /// `unknownFutureValue` (value 4).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_core_or_sites)]
impl rt::StrEnum for SectionEmphasisType {
    const TYPE_NAME: &'static str = "microsoft.graph.sectionEmphasisType";
    const MEMBERS: &'static [&'static str] = &[
        "none",
        "neutral",
        "soft",
        "strong",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "none" => Self::None,
                "neutral" => Self::Neutral,
                "soft" => Self::Soft,
                "strong" => Self::Strong,
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
            Self::Neutral => "neutral",
            Self::Soft => "soft",
            Self::Strong => "strong",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_core_or_sites)]
rt::impl_enum!(SectionEmphasisType);
#[cfg(msgraph_v1_core_or_sites)]
#[cfg(feature = "serde")]
rt::impl_serde!(SectionEmphasisType);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.secureScoreControlProfile`, entity type, derived from `microsoft.graph.entity`, open, key `id`.
///
/// Request builders: [`SecureScoreControlProfilePath`](requests/trait.SecureScoreControlProfilePath.html), what a path to one (`EntityPath<SecureScoreControlProfile, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
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
        ::std::vec::Vec<crate::v1::ComplianceInformation>,
    >,
    /// CSDL: property `controlCategory`: `Edm.String`, nullable.
    pub control_category: rt::Field<::std::string::String>,
    /// CSDL: property `controlStateUpdates`: `Collection(microsoft.graph.secureScoreControlStateUpdate)`, nullable.
    pub control_state_updates: rt::Field<
        ::std::vec::Vec<crate::v1::SecureScoreControlStateUpdate>,
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
    pub vendor_information: rt::Field<crate::v1::SecurityVendorInformation>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
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
#[cfg(msgraph_v1_search_or_security)]
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
#[cfg(msgraph_v1_search_or_security)]
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
#[cfg(msgraph_v1_search_or_security)]
rt::impl_object!(SecureScoreControlProfile);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    SecureScoreControlProfile { with_id id : ::std::string::String; with_action_type
    action_type : ::std::string::String; with_action_url action_url :
    ::std::string::String; with_azure_tenant_id azure_tenant_id : ::std::string::String;
    with_compliance_information compliance_information : ::std::vec::Vec < crate
    ::v1::ComplianceInformation >; with_control_category control_category :
    ::std::string::String; with_control_state_updates control_state_updates :
    ::std::vec::Vec < crate ::v1::SecureScoreControlStateUpdate >; with_deprecated
    deprecated : bool; with_implementation_cost implementation_cost :
    ::std::string::String; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_max_score max_score : f64; with_rank rank : i32;
    with_remediation remediation : ::std::string::String; with_remediation_impact
    remediation_impact : ::std::string::String; with_service service :
    ::std::string::String; with_threats threats : ::std::vec::Vec < ::std::string::String
    >; with_tier tier : ::std::string::String; with_title title : ::std::string::String;
    with_user_impact user_impact : ::std::string::String; with_vendor_information
    vendor_information : crate ::v1::SecurityVendorInformation; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(SecureScoreControlProfile);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.secureScoreControlStateUpdate`, complex type.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
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
#[cfg(msgraph_v1_search_or_security)]
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
#[cfg(msgraph_v1_search_or_security)]
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
#[cfg(msgraph_v1_search_or_security)]
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
#[cfg(msgraph_v1_search_or_security)]
rt::impl_object!(SecureScoreControlStateUpdate);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    SecureScoreControlStateUpdate { with_assigned_to assigned_to : ::std::string::String;
    with_comment comment : ::std::string::String; with_state state :
    ::std::string::String; with_updated_by updated_by : ::std::string::String;
    with_updated_date_time updated_date_time : rt::edm::DateTimeOffset; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(SecureScoreControlStateUpdate);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.securityNetworkProtocol`, enum type.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
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
#[cfg(msgraph_v1_search_or_security)]
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
#[cfg(msgraph_v1_search_or_security)]
rt::impl_enum!(SecurityNetworkProtocol);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(SecurityNetworkProtocol);
#[cfg(msgraph_v1_reports_or_search)]
/// CSDL: `microsoft.graph.securityReportsRoot`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`SecurityReportsRootPath`](requests/trait.SecurityReportsRootPath.html), what a path to one (`EntityPath<SecurityReportsRoot, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-reports`, `v1-search`.
#[derive(Clone)]
pub struct SecurityReportsRoot {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_reports_or_search)]
impl ::std::default::Default for SecurityReportsRoot {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_reports_or_search)]
impl rt::Object for SecurityReportsRoot {
    const TYPE_NAME: &'static str = "microsoft.graph.securityReportsRoot";
    const KEYS: &'static [&'static str] = &["id"];
    const KEYS_JSON: &'static [&'static str] = &[",\"id\":                           "];
    const TAG: &'static str = "\"#microsoft.graph.securityReportsRoot\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
    }
}
#[cfg(msgraph_v1_reports_or_search)]
impl rt::object::Members for SecurityReportsRoot {
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
#[cfg(msgraph_v1_reports_or_search)]
rt::impl_object!(SecurityReportsRoot);
#[cfg(msgraph_v1_reports_or_search)]
rt::impl_setters!(SecurityReportsRoot { with_id id : ::std::string::String; });
#[cfg(msgraph_v1_reports_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(SecurityReportsRoot);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.securityResource`, complex type.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct SecurityResource {
    /// CSDL: property `resource`: `Edm.String`, nullable.
    pub resource: rt::Field<::std::string::String>,
    /// CSDL: property `resourceType`: `microsoft.graph.securityResourceType`, nullable.
    pub resource_type: rt::Field<crate::v1::SecurityResourceType>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
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
#[cfg(msgraph_v1_search_or_security)]
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
#[cfg(msgraph_v1_search_or_security)]
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
#[cfg(msgraph_v1_search_or_security)]
rt::impl_object!(SecurityResource);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    SecurityResource { with_resource resource : ::std::string::String; with_resource_type
    resource_type : crate ::v1::SecurityResourceType; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(SecurityResource);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.securityResourceType`, enum type.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
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
#[cfg(msgraph_v1_search_or_security)]
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
#[cfg(msgraph_v1_search_or_security)]
rt::impl_enum!(SecurityResourceType);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(SecurityResourceType);
#[cfg(msgraph_v1_communications_or_search)]
/// CSDL: `microsoft.graph.sendDtmfCompletionReason`, enum type.
///
/// Features: `v1`, or one of `v1-communications`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum SendDtmfCompletionReason {
    /// `unknown` (value 0).
    Unknown,
    /// `completedSuccessfully` (value 1).
    CompletedSuccessfully,
    /// `mediaOperationCanceled` (value 2).
    MediaOperationCanceled,
    /// `unknownFutureValue` (value 3).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_communications_or_search)]
impl rt::StrEnum for SendDtmfCompletionReason {
    const TYPE_NAME: &'static str = "microsoft.graph.sendDtmfCompletionReason";
    const MEMBERS: &'static [&'static str] = &[
        "unknown",
        "completedSuccessfully",
        "mediaOperationCanceled",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "unknown" => Self::Unknown,
                "completedSuccessfully" => Self::CompletedSuccessfully,
                "mediaOperationCanceled" => Self::MediaOperationCanceled,
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
            Self::CompletedSuccessfully => "completedSuccessfully",
            Self::MediaOperationCanceled => "mediaOperationCanceled",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_communications_or_search)]
rt::impl_enum!(SendDtmfCompletionReason);
#[cfg(msgraph_v1_communications_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(SendDtmfCompletionReason);
#[cfg(msgraph_v1_communications_or_search)]
/// CSDL: `microsoft.graph.sendDtmfTonesOperation`, entity type, derived from `microsoft.graph.commsOperation`, open, key `id`.
///
/// Request builders: [`CommsOperationPath`](requests/trait.CommsOperationPath.html), what a path to one (`EntityPath<SendDtmfTonesOperation, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-communications`, `v1-search`.
#[derive(Clone)]
pub struct SendDtmfTonesOperation {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `clientContext`: `Edm.String`, nullable.
    pub client_context: rt::Field<::std::string::String>,
    /// CSDL: property `resultInfo`: `microsoft.graph.resultInfo`, nullable.
    pub result_info: rt::Field<crate::v1::ResultInfo>,
    /// CSDL: property `status`: `microsoft.graph.operationStatus`, not nullable.
    pub status: rt::Field<crate::v1::OperationStatus>,
    /// CSDL: property `completionReason`: `microsoft.graph.sendDtmfCompletionReason`, nullable.
    pub completion_reason: rt::Field<crate::v1::SendDtmfCompletionReason>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_communications_or_search)]
impl ::std::default::Default for SendDtmfTonesOperation {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            client_context: rt::Field::Absent,
            result_info: rt::Field::Absent,
            status: rt::Field::Absent,
            completion_reason: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_communications_or_search)]
impl rt::Object for SendDtmfTonesOperation {
    const TYPE_NAME: &'static str = "microsoft.graph.sendDtmfTonesOperation";
    const KEYS: &'static [&'static str] = &[
        "id",
        "clientContext",
        "resultInfo",
        "status",
        "completionReason",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"clientContext\":                ",
        ",\"resultInfo\":                   ",
        ",\"status\":                       ",
        ",\"completionReason\":             ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.sendDtmfTonesOperation\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "client_context", &self.client_context);
        v.field(2usize, "result_info", &self.result_info);
        v.field(3usize, "status", &self.status);
        v.field(4usize, "completion_reason", &self.completion_reason);
    }
}
#[cfg(msgraph_v1_communications_or_search)]
impl rt::object::Members for SendDtmfTonesOperation {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.client_context.read_from(r),
            2usize => self.result_info.read_from(r),
            3usize => self.status.read_from(r),
            4usize => self.completion_reason.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.client_context);
        w.field(2usize, &self.result_info);
        w.field(3usize, &self.status);
        w.field(4usize, &self.completion_reason);
    }
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
rt::impl_object!(SendDtmfTonesOperation);
#[cfg(msgraph_v1_communications_or_search)]
rt::impl_setters!(
    SendDtmfTonesOperation { with_id id : ::std::string::String; with_client_context
    client_context : ::std::string::String; with_result_info result_info : crate
    ::v1::ResultInfo; with_status status : crate ::v1::OperationStatus;
    with_completion_reason completion_reason : crate ::v1::SendDtmfCompletionReason; }
);
#[cfg(msgraph_v1_communications_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(SendDtmfTonesOperation);
#[cfg(msgraph_v1_drives_or_search)]
/// CSDL: `microsoft.graph.sensitivityLabelAssignment`, complex type.
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct SensitivityLabelAssignment {
    /// CSDL: property `assignmentMethod`: `microsoft.graph.sensitivityLabelAssignmentMethod`, not nullable.
    pub assignment_method: rt::Field<crate::v1::SensitivityLabelAssignmentMethod>,
    /// CSDL: property `sensitivityLabelId`: `Edm.String`, not nullable.
    pub sensitivity_label_id: rt::Field<::std::string::String>,
    /// CSDL: property `tenantId`: `Edm.String`, not nullable.
    pub tenant_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for SensitivityLabelAssignment {
    #[inline]
    fn default() -> Self {
        Self {
            assignment_method: rt::Field::Absent,
            sensitivity_label_id: rt::Field::Absent,
            tenant_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for SensitivityLabelAssignment {
    const TYPE_NAME: &'static str = "microsoft.graph.sensitivityLabelAssignment";
    const KEYS: &'static [&'static str] = &[
        "assignmentMethod",
        "sensitivityLabelId",
        "tenantId",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"assignmentMethod\":             ",
        ",\"sensitivityLabelId\":           ",
        ",\"tenantId\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.sensitivityLabelAssignment\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "assignment_method", &self.assignment_method);
        v.field(1usize, "sensitivity_label_id", &self.sensitivity_label_id);
        v.field(2usize, "tenant_id", &self.tenant_id);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for SensitivityLabelAssignment {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.assignment_method.read_from(r),
            1usize => self.sensitivity_label_id.read_from(r),
            2usize => self.tenant_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.assignment_method);
        w.field(1usize, &self.sensitivity_label_id);
        w.field(2usize, &self.tenant_id);
    }
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
rt::impl_object!(SensitivityLabelAssignment);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    SensitivityLabelAssignment { with_assignment_method assignment_method : crate
    ::v1::SensitivityLabelAssignmentMethod; with_sensitivity_label_id
    sensitivity_label_id : ::std::string::String; with_tenant_id tenant_id :
    ::std::string::String; }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(SensitivityLabelAssignment);
#[cfg(msgraph_v1_drives_or_search)]
/// CSDL: `microsoft.graph.sensitivityLabelAssignmentMethod`, enum type.
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum SensitivityLabelAssignmentMethod {
    /// `standard` (value 0).
    Standard,
    /// `privileged` (value 1).
    Privileged,
    /// `auto` (value 2).
    Auto,
    /// `unknownFutureValue` (value 3).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::StrEnum for SensitivityLabelAssignmentMethod {
    const TYPE_NAME: &'static str = "microsoft.graph.sensitivityLabelAssignmentMethod";
    const MEMBERS: &'static [&'static str] = &[
        "standard",
        "privileged",
        "auto",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "standard" => Self::Standard,
                "privileged" => Self::Privileged,
                "auto" => Self::Auto,
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
            Self::Standard => "standard",
            Self::Privileged => "privileged",
            Self::Auto => "auto",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_enum!(SensitivityLabelAssignmentMethod);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(SensitivityLabelAssignmentMethod);
#[cfg(msgraph_v1_copilot)]
/// CSDL: `microsoft.graph.sensitivityLabelInfo`, complex type.
///
/// Features: `v1` or `v1-copilot`.
#[derive(Clone)]
pub struct SensitivityLabelInfo {
    /// CSDL: property `color`: `Edm.String`, nullable.
    pub color: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `priority`: `Edm.Int32`, nullable.
    pub priority: rt::Field<i32>,
    /// CSDL: property `sensitivityLabelId`: `Edm.String`, nullable.
    pub sensitivity_label_id: rt::Field<::std::string::String>,
    /// CSDL: property `tooltip`: `Edm.String`, nullable.
    pub tooltip: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_copilot)]
impl ::std::default::Default for SensitivityLabelInfo {
    #[inline]
    fn default() -> Self {
        Self {
            color: rt::Field::Absent,
            display_name: rt::Field::Absent,
            priority: rt::Field::Absent,
            sensitivity_label_id: rt::Field::Absent,
            tooltip: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_copilot)]
impl rt::Object for SensitivityLabelInfo {
    const TYPE_NAME: &'static str = "microsoft.graph.sensitivityLabelInfo";
    const KEYS: &'static [&'static str] = &[
        "color",
        "displayName",
        "priority",
        "sensitivityLabelId",
        "tooltip",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"color\":                        ",
        ",\"displayName\":                  ",
        ",\"priority\":                     ",
        ",\"sensitivityLabelId\":           ",
        ",\"tooltip\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.sensitivityLabelInfo\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "color", &self.color);
        v.field(1usize, "display_name", &self.display_name);
        v.field(2usize, "priority", &self.priority);
        v.field(3usize, "sensitivity_label_id", &self.sensitivity_label_id);
        v.field(4usize, "tooltip", &self.tooltip);
    }
}
#[cfg(msgraph_v1_copilot)]
impl rt::object::Members for SensitivityLabelInfo {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.color.read_from(r),
            1usize => self.display_name.read_from(r),
            2usize => self.priority.read_from(r),
            3usize => self.sensitivity_label_id.read_from(r),
            4usize => self.tooltip.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.color);
        w.field(1usize, &self.display_name);
        w.field(2usize, &self.priority);
        w.field(3usize, &self.sensitivity_label_id);
        w.field(4usize, &self.tooltip);
    }
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
rt::impl_object!(SensitivityLabelInfo);
#[cfg(msgraph_v1_copilot)]
rt::impl_setters!(
    SensitivityLabelInfo { with_color color : ::std::string::String; with_display_name
    display_name : ::std::string::String; with_priority priority : i32;
    with_sensitivity_label_id sensitivity_label_id : ::std::string::String; with_tooltip
    tooltip : ::std::string::String; }
);
#[cfg(msgraph_v1_copilot)]
#[cfg(feature = "serde")]
rt::impl_serde!(SensitivityLabelInfo);
#[cfg(msgraph_v1_admin_or_search)]
/// CSDL: `microsoft.graph.serviceAnnouncement`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`ServiceAnnouncementPath`](requests/trait.ServiceAnnouncementPath.html), what a path to one (`EntityPath<ServiceAnnouncement, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-search`.
#[derive(Clone)]
pub struct ServiceAnnouncement {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `healthOverviews`: `Collection(microsoft.graph.serviceHealth)`, not nullable.
    pub health_overviews: rt::Field<::std::vec::Vec<crate::v1::ServiceHealth>>,
    /// CSDL: containment navigation property `issues`: `Collection(microsoft.graph.serviceHealthIssue)`, not nullable.
    pub issues: rt::Field<::std::vec::Vec<crate::v1::ServiceHealthIssue>>,
    /// CSDL: containment navigation property `messages`: `Collection(microsoft.graph.serviceUpdateMessage)`, not nullable.
    pub messages: rt::Field<::std::vec::Vec<crate::v1::ServiceUpdateMessage>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_admin_or_search)]
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
#[cfg(msgraph_v1_admin_or_search)]
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
#[cfg(msgraph_v1_admin_or_search)]
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
#[cfg(msgraph_v1_admin_or_search)]
rt::impl_object!(ServiceAnnouncement);
#[cfg(msgraph_v1_admin_or_search)]
rt::impl_setters!(
    ServiceAnnouncement { with_id id : ::std::string::String; with_health_overviews
    health_overviews : ::std::vec::Vec < crate ::v1::ServiceHealth >; with_issues issues
    : ::std::vec::Vec < crate ::v1::ServiceHealthIssue >; with_messages messages :
    ::std::vec::Vec < crate ::v1::ServiceUpdateMessage >; }
);
#[cfg(msgraph_v1_admin_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ServiceAnnouncement);
#[cfg(msgraph_v1_admin_or_search)]
/// CSDL: `microsoft.graph.serviceAnnouncementAttachment`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`ServiceAnnouncementAttachmentPath`](requests/trait.ServiceAnnouncementAttachmentPath.html), what a path to one (`EntityPath<ServiceAnnouncementAttachment, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-search`.
#[derive(Clone)]
pub struct ServiceAnnouncementAttachment {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `content`: `Edm.Stream`, nullable.
    pub content: rt::Field<rt::RawJson>,
    /// CSDL: property `contentType`: `Edm.String`, nullable.
    pub content_type: rt::Field<::std::string::String>,
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// CSDL: property `size`: `Edm.Int32`, not nullable.
    pub size: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_admin_or_search)]
impl ::std::default::Default for ServiceAnnouncementAttachment {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            content: rt::Field::Absent,
            content_type: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            name: rt::Field::Absent,
            size: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_admin_or_search)]
impl rt::Object for ServiceAnnouncementAttachment {
    const TYPE_NAME: &'static str = "microsoft.graph.serviceAnnouncementAttachment";
    const KEYS: &'static [&'static str] = &[
        "id",
        "content",
        "contentType",
        "lastModifiedDateTime",
        "name",
        "size",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"content\":                      ",
        ",\"contentType\":                  ",
        ",\"lastModifiedDateTime\":         ",
        ",\"name\":                         ",
        ",\"size\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.serviceAnnouncementAttachment\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "content", &self.content);
        v.field(2usize, "content_type", &self.content_type);
        v.field(3usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(4usize, "name", &self.name);
        v.field(5usize, "size", &self.size);
    }
}
#[cfg(msgraph_v1_admin_or_search)]
impl rt::object::Members for ServiceAnnouncementAttachment {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.content.read_from(r),
            2usize => self.content_type.read_from(r),
            3usize => self.last_modified_date_time.read_from(r),
            4usize => self.name.read_from(r),
            5usize => self.size.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.content);
        w.field(2usize, &self.content_type);
        w.field(3usize, &self.last_modified_date_time);
        w.field(4usize, &self.name);
        w.field(5usize, &self.size);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_admin_or_search)]
rt::impl_object!(ServiceAnnouncementAttachment);
#[cfg(msgraph_v1_admin_or_search)]
rt::impl_setters!(
    ServiceAnnouncementAttachment { with_id id : ::std::string::String; with_content
    content : rt::RawJson; with_content_type content_type : ::std::string::String;
    with_last_modified_date_time last_modified_date_time : rt::edm::DateTimeOffset;
    with_name name : ::std::string::String; with_size size : i32; }
);
#[cfg(msgraph_v1_admin_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ServiceAnnouncementAttachment);
#[cfg(msgraph_v1_admin_or_search)]
/// CSDL: `microsoft.graph.serviceAnnouncementBase`, entity type, derived from `microsoft.graph.entity`, abstract, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1`, or one of `v1-admin`, `v1-search`.
#[derive(Clone)]
pub struct ServiceAnnouncementBase {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `details`: `Collection(microsoft.graph.keyValuePair)`, nullable.
    pub details: rt::Field<::std::vec::Vec<crate::v1::KeyValuePair>>,
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
#[cfg(msgraph_v1_admin_or_search)]
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
#[cfg(msgraph_v1_admin_or_search)]
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
#[cfg(msgraph_v1_admin_or_search)]
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
#[cfg(msgraph_v1_admin_or_search)]
rt::impl_object!(ServiceAnnouncementBase);
#[cfg(msgraph_v1_admin_or_search)]
rt::impl_setters!(
    ServiceAnnouncementBase { with_id id : ::std::string::String; with_details details :
    ::std::vec::Vec < crate ::v1::KeyValuePair >; with_end_date_time end_date_time :
    rt::edm::DateTimeOffset; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_start_date_time start_date_time :
    rt::edm::DateTimeOffset; with_title title : ::std::string::String; }
);
#[cfg(msgraph_v1_admin_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ServiceAnnouncementBase);
#[cfg(msgraph_v1_admin_or_search)]
/// `microsoft.graph.serviceAnnouncementBase` or any type derived from it, selected by `@odata.type` (3 types); each variant's type converts into it (`From`).
///
/// Features: `v1`, or one of `v1-admin`, `v1-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyServiceAnnouncementBase {
    ServiceAnnouncementBase(::std::boxed::Box<crate::v1::ServiceAnnouncementBase>),
    ServiceHealthIssue(::std::boxed::Box<crate::v1::ServiceHealthIssue>),
    ServiceUpdateMessage(::std::boxed::Box<crate::v1::ServiceUpdateMessage>),
}
#[cfg(msgraph_v1_admin_or_search)]
impl ::std::default::Default for AnyServiceAnnouncementBase {
    #[inline]
    fn default() -> Self {
        Self::ServiceAnnouncementBase(::std::default::Default::default())
    }
}
#[cfg(msgraph_v1_admin_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::ServiceAnnouncementBase>
for AnyServiceAnnouncementBase {
    #[inline]
    fn from(v: crate::v1::ServiceAnnouncementBase) -> Self {
        Self::ServiceAnnouncementBase(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_admin_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::ServiceHealthIssue> for AnyServiceAnnouncementBase {
    #[inline]
    fn from(v: crate::v1::ServiceHealthIssue) -> Self {
        Self::ServiceHealthIssue(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_admin_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::ServiceUpdateMessage>
for AnyServiceAnnouncementBase {
    #[inline]
    fn from(v: crate::v1::ServiceUpdateMessage) -> Self {
        Self::ServiceUpdateMessage(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_admin_or_search)]
unsafe impl ::std::marker::Send for AnyServiceAnnouncementBase {}
#[cfg(msgraph_v1_admin_or_search)]
unsafe impl ::std::marker::Sync for AnyServiceAnnouncementBase {}
#[cfg(msgraph_v1_admin_or_search)]
impl ::std::marker::Unpin for AnyServiceAnnouncementBase {}
#[cfg(msgraph_v1_admin_or_search)]
impl ::std::panic::UnwindSafe for AnyServiceAnnouncementBase {}
#[cfg(msgraph_v1_admin_or_search)]
impl ::std::panic::RefUnwindSafe for AnyServiceAnnouncementBase {}
#[cfg(msgraph_v1_admin_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::v1::ServiceAnnouncementBase>();
    rt::object::auto_traits::<crate::v1::ServiceHealthIssue>();
    rt::object::auto_traits::<crate::v1::ServiceUpdateMessage>();
};
#[cfg(msgraph_v1_admin_or_search)]
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
#[cfg(msgraph_v1_admin_or_search)]
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
    pub fn details(&self) -> &rt::Field<::std::vec::Vec<crate::v1::KeyValuePair>> {
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
    ) -> &mut rt::Field<::std::vec::Vec<crate::v1::KeyValuePair>> {
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
#[cfg(msgraph_v1_admin_or_search)]
rt::impl_poly!(AnyServiceAnnouncementBase);
#[cfg(msgraph_v1_admin_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyServiceAnnouncementBase);
#[cfg(msgraph_v1_search_or_solutions)]
/// CSDL: `microsoft.graph.serviceApp`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`ServiceAppPath`](requests/trait.ServiceAppPath.html), what a path to one (`EntityPath<ServiceApp, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-search`, `v1-solutions`.
#[derive(Clone)]
pub struct ServiceApp {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `application`: `microsoft.graph.identity`, nullable.
    pub application: rt::Field<crate::v1::AnyIdentity>,
    /// CSDL: property `effectiveDateTime`: `Edm.DateTimeOffset`, nullable.
    pub effective_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `lastModifiedBy`: `microsoft.graph.identitySet`, nullable.
    pub last_modified_by: rt::Field<crate::v1::AnyIdentitySet>,
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `registrationDateTime`: `Edm.DateTimeOffset`, nullable.
    pub registration_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `status`: `microsoft.graph.serviceAppStatus`, nullable.
    pub status: rt::Field<crate::v1::ServiceAppStatus>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_solutions)]
impl ::std::default::Default for ServiceApp {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            application: rt::Field::Absent,
            effective_date_time: rt::Field::Absent,
            last_modified_by: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            registration_date_time: rt::Field::Absent,
            status: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::Object for ServiceApp {
    const TYPE_NAME: &'static str = "microsoft.graph.serviceApp";
    const KEYS: &'static [&'static str] = &[
        "id",
        "application",
        "effectiveDateTime",
        "lastModifiedBy",
        "lastModifiedDateTime",
        "registrationDateTime",
        "status",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"application\":                  ",
        ",\"effectiveDateTime\":            ",
        ",\"lastModifiedBy\":               ",
        ",\"lastModifiedDateTime\":         ",
        ",\"registrationDateTime\":         ",
        ",\"status\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.serviceApp\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "application", &self.application);
        v.field(2usize, "effective_date_time", &self.effective_date_time);
        v.field(3usize, "last_modified_by", &self.last_modified_by);
        v.field(4usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(5usize, "registration_date_time", &self.registration_date_time);
        v.field(6usize, "status", &self.status);
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::object::Members for ServiceApp {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.application.read_from(r),
            2usize => self.effective_date_time.read_from(r),
            3usize => self.last_modified_by.read_from(r),
            4usize => self.last_modified_date_time.read_from(r),
            5usize => self.registration_date_time.read_from(r),
            6usize => self.status.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.application);
        w.field(2usize, &self.effective_date_time);
        w.field(3usize, &self.last_modified_by);
        w.field(4usize, &self.last_modified_date_time);
        w.field(5usize, &self.registration_date_time);
        w.field(6usize, &self.status);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
rt::impl_object!(ServiceApp);
#[cfg(msgraph_v1_search_or_solutions)]
rt::impl_setters!(
    ServiceApp { with_id id : ::std::string::String; with_application application : crate
    ::v1::AnyIdentity; with_effective_date_time effective_date_time :
    rt::edm::DateTimeOffset; with_last_modified_by last_modified_by : crate
    ::v1::AnyIdentitySet; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_registration_date_time registration_date_time :
    rt::edm::DateTimeOffset; with_status status : crate ::v1::ServiceAppStatus; }
);
#[cfg(msgraph_v1_search_or_solutions)]
#[cfg(feature = "serde")]
rt::impl_serde!(ServiceApp);
#[cfg(msgraph_v1_search_or_solutions)]
/// CSDL: `microsoft.graph.serviceAppStatus`, enum type.
///
/// Features: `v1`, or one of `v1-search`, `v1-solutions`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ServiceAppStatus {
    /// `inactive` (value 0).
    Inactive,
    /// `active` (value 1).
    Active,
    /// `pendingActive` (value 2).
    PendingActive,
    /// `pendingInactive` (value 3).
    PendingInactive,
    /// `unknownFutureValue` (value 4).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::StrEnum for ServiceAppStatus {
    const TYPE_NAME: &'static str = "microsoft.graph.serviceAppStatus";
    const MEMBERS: &'static [&'static str] = &[
        "inactive",
        "active",
        "pendingActive",
        "pendingInactive",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "inactive" => Self::Inactive,
                "active" => Self::Active,
                "pendingActive" => Self::PendingActive,
                "pendingInactive" => Self::PendingInactive,
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
            Self::Inactive => "inactive",
            Self::Active => "active",
            Self::PendingActive => "pendingActive",
            Self::PendingInactive => "pendingInactive",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
rt::impl_enum!(ServiceAppStatus);
#[cfg(msgraph_v1_search_or_solutions)]
#[cfg(feature = "serde")]
rt::impl_serde!(ServiceAppStatus);
#[cfg(msgraph_v1_admin_or_search)]
/// CSDL: `microsoft.graph.serviceHealth`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`ServiceHealthPath`](requests/trait.ServiceHealthPath.html), what a path to one (`EntityPath<ServiceHealth, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-search`.
#[derive(Clone)]
pub struct ServiceHealth {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `service`: `Edm.String`, not nullable.
    pub service: rt::Field<::std::string::String>,
    /// CSDL: property `status`: `microsoft.graph.serviceHealthStatus`, not nullable.
    pub status: rt::Field<crate::v1::ServiceHealthStatus>,
    /// CSDL: containment navigation property `issues`: `Collection(microsoft.graph.serviceHealthIssue)`, not nullable.
    pub issues: rt::Field<::std::vec::Vec<crate::v1::ServiceHealthIssue>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_admin_or_search)]
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
#[cfg(msgraph_v1_admin_or_search)]
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
#[cfg(msgraph_v1_admin_or_search)]
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
#[cfg(msgraph_v1_admin_or_search)]
rt::impl_object!(ServiceHealth);
#[cfg(msgraph_v1_admin_or_search)]
rt::impl_setters!(
    ServiceHealth { with_id id : ::std::string::String; with_service service :
    ::std::string::String; with_status status : crate ::v1::ServiceHealthStatus;
    with_issues issues : ::std::vec::Vec < crate ::v1::ServiceHealthIssue >; }
);
#[cfg(msgraph_v1_admin_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ServiceHealth);
#[cfg(msgraph_v1_admin_or_search)]
/// CSDL: `microsoft.graph.serviceHealthClassificationType`, enum type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-search`.
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
#[cfg(msgraph_v1_admin_or_search)]
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
#[cfg(msgraph_v1_admin_or_search)]
rt::impl_enum!(ServiceHealthClassificationType);
#[cfg(msgraph_v1_admin_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ServiceHealthClassificationType);
#[cfg(msgraph_v1_admin_or_search)]
/// CSDL: `microsoft.graph.serviceHealthIssue`, entity type, derived from `microsoft.graph.serviceAnnouncementBase`, key `id`.
///
/// Request builders: [`ServiceHealthIssuePath`](requests/trait.ServiceHealthIssuePath.html), what a path to one (`EntityPath<ServiceHealthIssue, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-search`.
#[derive(Clone)]
pub struct ServiceHealthIssue {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `details`: `Collection(microsoft.graph.keyValuePair)`, nullable.
    pub details: rt::Field<::std::vec::Vec<crate::v1::KeyValuePair>>,
    /// CSDL: property `endDateTime`: `Edm.DateTimeOffset`, nullable.
    pub end_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `startDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub start_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `title`: `Edm.String`, not nullable.
    pub title: rt::Field<::std::string::String>,
    /// CSDL: property `classification`: `microsoft.graph.serviceHealthClassificationType`, not nullable.
    pub classification: rt::Field<crate::v1::ServiceHealthClassificationType>,
    /// CSDL: property `feature`: `Edm.String`, nullable.
    pub feature: rt::Field<::std::string::String>,
    /// CSDL: property `featureGroup`: `Edm.String`, nullable.
    pub feature_group: rt::Field<::std::string::String>,
    /// CSDL: property `impactDescription`: `Edm.String`, not nullable.
    pub impact_description: rt::Field<::std::string::String>,
    /// CSDL: property `isResolved`: `Edm.Boolean`, not nullable.
    pub is_resolved: rt::Field<bool>,
    /// CSDL: property `origin`: `microsoft.graph.serviceHealthOrigin`, not nullable.
    pub origin: rt::Field<crate::v1::ServiceHealthOrigin>,
    /// CSDL: property `posts`: `Collection(microsoft.graph.serviceHealthIssuePost)`, not nullable.
    pub posts: rt::Field<::std::vec::Vec<crate::v1::ServiceHealthIssuePost>>,
    /// CSDL: property `service`: `Edm.String`, not nullable.
    pub service: rt::Field<::std::string::String>,
    /// CSDL: property `status`: `microsoft.graph.serviceHealthStatus`, not nullable.
    pub status: rt::Field<crate::v1::ServiceHealthStatus>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_admin_or_search)]
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
#[cfg(msgraph_v1_admin_or_search)]
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
#[cfg(msgraph_v1_admin_or_search)]
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
#[cfg(msgraph_v1_admin_or_search)]
rt::impl_object!(ServiceHealthIssue);
#[cfg(msgraph_v1_admin_or_search)]
rt::impl_setters!(
    ServiceHealthIssue { with_id id : ::std::string::String; with_details details :
    ::std::vec::Vec < crate ::v1::KeyValuePair >; with_end_date_time end_date_time :
    rt::edm::DateTimeOffset; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_start_date_time start_date_time :
    rt::edm::DateTimeOffset; with_title title : ::std::string::String;
    with_classification classification : crate ::v1::ServiceHealthClassificationType;
    with_feature feature : ::std::string::String; with_feature_group feature_group :
    ::std::string::String; with_impact_description impact_description :
    ::std::string::String; with_is_resolved is_resolved : bool; with_origin origin :
    crate ::v1::ServiceHealthOrigin; with_posts posts : ::std::vec::Vec < crate
    ::v1::ServiceHealthIssuePost >; with_service service : ::std::string::String;
    with_status status : crate ::v1::ServiceHealthStatus; }
);
#[cfg(msgraph_v1_admin_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ServiceHealthIssue);
#[cfg(msgraph_v1_admin_or_search)]
/// CSDL: `microsoft.graph.serviceHealthIssuePost`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-search`.
#[derive(Clone)]
pub struct ServiceHealthIssuePost {
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `description`: `microsoft.graph.itemBody`, nullable.
    pub description: rt::Field<crate::v1::ItemBody>,
    /// CSDL: property `postType`: `microsoft.graph.postType`, nullable.
    pub post_type: rt::Field<crate::v1::PostType>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_admin_or_search)]
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
#[cfg(msgraph_v1_admin_or_search)]
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
#[cfg(msgraph_v1_admin_or_search)]
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
#[cfg(msgraph_v1_admin_or_search)]
rt::impl_object!(ServiceHealthIssuePost);
#[cfg(msgraph_v1_admin_or_search)]
rt::impl_setters!(
    ServiceHealthIssuePost { with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_description description : crate ::v1::ItemBody;
    with_post_type post_type : crate ::v1::PostType; }
);
#[cfg(msgraph_v1_admin_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ServiceHealthIssuePost);
#[cfg(msgraph_v1_admin_or_search)]
/// CSDL: `microsoft.graph.serviceHealthOrigin`, enum type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-search`.
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
#[cfg(msgraph_v1_admin_or_search)]
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
#[cfg(msgraph_v1_admin_or_search)]
rt::impl_enum!(ServiceHealthOrigin);
#[cfg(msgraph_v1_admin_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ServiceHealthOrigin);
#[cfg(msgraph_v1_admin_or_search)]
/// CSDL: `microsoft.graph.serviceHealthStatus`, enum type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-search`.
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
#[cfg(msgraph_v1_admin_or_search)]
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
#[cfg(msgraph_v1_admin_or_search)]
rt::impl_enum!(ServiceHealthStatus);
#[cfg(msgraph_v1_admin_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ServiceHealthStatus);
#[cfg(msgraph_v1_communications_or_search)]
/// CSDL: `microsoft.graph.serviceHostedMediaConfig`, complex type, derived from `microsoft.graph.mediaConfig`.
///
/// Features: `v1`, or one of `v1-communications`, `v1-search`.
#[derive(Clone)]
pub struct ServiceHostedMediaConfig {
    /// CSDL: property `preFetchMedia`: `Collection(microsoft.graph.mediaInfo)`, nullable.
    pub pre_fetch_media: rt::Field<::std::vec::Vec<crate::v1::MediaInfo>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_communications_or_search)]
impl ::std::default::Default for ServiceHostedMediaConfig {
    #[inline]
    fn default() -> Self {
        Self {
            pre_fetch_media: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_communications_or_search)]
impl rt::Object for ServiceHostedMediaConfig {
    const TYPE_NAME: &'static str = "microsoft.graph.serviceHostedMediaConfig";
    const KEYS: &'static [&'static str] = &["preFetchMedia"];
    const KEYS_JSON: &'static [&'static str] = &[",\"preFetchMedia\":                "];
    const TAG: &'static str = "\"#microsoft.graph.serviceHostedMediaConfig\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "pre_fetch_media", &self.pre_fetch_media);
    }
}
#[cfg(msgraph_v1_communications_or_search)]
impl rt::object::Members for ServiceHostedMediaConfig {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.pre_fetch_media.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.pre_fetch_media);
    }
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
rt::impl_object!(ServiceHostedMediaConfig);
#[cfg(msgraph_v1_communications_or_search)]
rt::impl_setters!(
    ServiceHostedMediaConfig { with_pre_fetch_media pre_fetch_media : ::std::vec::Vec <
    crate ::v1::MediaInfo >; }
);
#[cfg(msgraph_v1_communications_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ServiceHostedMediaConfig);
#[cfg(msgraph_v1_core_or_subscribed_skus)]
/// CSDL: `microsoft.graph.servicePlanInfo`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
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
#[cfg(msgraph_v1_core_or_subscribed_skus)]
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
#[cfg(msgraph_v1_core_or_subscribed_skus)]
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
#[cfg(msgraph_v1_core_or_subscribed_skus)]
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
#[cfg(msgraph_v1_core_or_subscribed_skus)]
rt::impl_object!(ServicePlanInfo);
#[cfg(msgraph_v1_core_or_subscribed_skus)]
rt::impl_setters!(
    ServicePlanInfo { with_applies_to applies_to : ::std::string::String;
    with_provisioning_status provisioning_status : ::std::string::String;
    with_service_plan_id service_plan_id : rt::edm::Guid; with_service_plan_name
    service_plan_name : ::std::string::String; }
);
#[cfg(msgraph_v1_core_or_subscribed_skus)]
#[cfg(feature = "serde")]
rt::impl_serde!(ServicePlanInfo);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.servicePrincipalLockConfiguration`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ServicePrincipalLockConfiguration {
    /// CSDL: property `allProperties`: `Edm.Boolean`, nullable.
    pub all_properties: rt::Field<bool>,
    /// CSDL: property `credentialsWithUsageSign`: `Edm.Boolean`, nullable.
    pub credentials_with_usage_sign: rt::Field<bool>,
    /// CSDL: property `credentialsWithUsageVerify`: `Edm.Boolean`, nullable.
    pub credentials_with_usage_verify: rt::Field<bool>,
    /// CSDL: property `isEnabled`: `Edm.Boolean`, not nullable.
    pub is_enabled: rt::Field<bool>,
    /// CSDL: property `tokenEncryptionKeyId`: `Edm.Boolean`, nullable.
    pub token_encryption_key_id: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for ServicePrincipalLockConfiguration {
    #[inline]
    fn default() -> Self {
        Self {
            all_properties: rt::Field::Absent,
            credentials_with_usage_sign: rt::Field::Absent,
            credentials_with_usage_verify: rt::Field::Absent,
            is_enabled: rt::Field::Absent,
            token_encryption_key_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for ServicePrincipalLockConfiguration {
    const TYPE_NAME: &'static str = "microsoft.graph.servicePrincipalLockConfiguration";
    const KEYS: &'static [&'static str] = &[
        "allProperties",
        "credentialsWithUsageSign",
        "credentialsWithUsageVerify",
        "isEnabled",
        "tokenEncryptionKeyId",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"allProperties\":                ",
        ",\"credentialsWithUsageSign\":     ",
        ",\"credentialsWithUsageVerify\":   ",
        ",\"isEnabled\":                    ",
        ",\"tokenEncryptionKeyId\":         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.servicePrincipalLockConfiguration\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "all_properties", &self.all_properties);
        v.field(
            1usize,
            "credentials_with_usage_sign",
            &self.credentials_with_usage_sign,
        );
        v.field(
            2usize,
            "credentials_with_usage_verify",
            &self.credentials_with_usage_verify,
        );
        v.field(3usize, "is_enabled", &self.is_enabled);
        v.field(4usize, "token_encryption_key_id", &self.token_encryption_key_id);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for ServicePrincipalLockConfiguration {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.all_properties.read_from(r),
            1usize => self.credentials_with_usage_sign.read_from(r),
            2usize => self.credentials_with_usage_verify.read_from(r),
            3usize => self.is_enabled.read_from(r),
            4usize => self.token_encryption_key_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.all_properties);
        w.field(1usize, &self.credentials_with_usage_sign);
        w.field(2usize, &self.credentials_with_usage_verify);
        w.field(3usize, &self.is_enabled);
        w.field(4usize, &self.token_encryption_key_id);
    }
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
rt::impl_object!(ServicePrincipalLockConfiguration);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    ServicePrincipalLockConfiguration { with_all_properties all_properties : bool;
    with_credentials_with_usage_sign credentials_with_usage_sign : bool;
    with_credentials_with_usage_verify credentials_with_usage_verify : bool;
    with_is_enabled is_enabled : bool; with_token_encryption_key_id
    token_encryption_key_id : bool; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(ServicePrincipalLockConfiguration);
#[cfg(msgraph_v1_identity_protection_or_search)]
/// CSDL: `microsoft.graph.servicePrincipalRiskDetection`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`ServicePrincipalRiskDetectionPath`](requests/trait.ServicePrincipalRiskDetectionPath.html), what a path to one (`EntityPath<ServicePrincipalRiskDetection, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-identity-protection`, `v1-search`.
#[derive(Clone)]
pub struct ServicePrincipalRiskDetection {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `activity`: `microsoft.graph.activityType`, nullable.
    pub activity: rt::Field<crate::v1::ActivityType>,
    /// CSDL: property `activityDateTime`: `Edm.DateTimeOffset`, nullable.
    pub activity_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `additionalInfo`: `Edm.String`, nullable.
    pub additional_info: rt::Field<::std::string::String>,
    /// CSDL: property `appId`: `Edm.String`, nullable.
    pub app_id: rt::Field<::std::string::String>,
    /// CSDL: property `correlationId`: `Edm.String`, nullable.
    pub correlation_id: rt::Field<::std::string::String>,
    /// CSDL: property `detectedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub detected_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `detectionTimingType`: `microsoft.graph.riskDetectionTimingType`, nullable.
    pub detection_timing_type: rt::Field<crate::v1::RiskDetectionTimingType>,
    /// CSDL: property `ipAddress`: `Edm.String`, nullable.
    pub ip_address: rt::Field<::std::string::String>,
    /// CSDL: property `keyIds`: `Collection(Edm.String)`, nullable.
    pub key_ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `lastUpdatedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_updated_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `location`: `microsoft.graph.signInLocation`, nullable.
    pub location: rt::Field<crate::v1::SignInLocation>,
    /// CSDL: property `requestId`: `Edm.String`, nullable.
    pub request_id: rt::Field<::std::string::String>,
    /// CSDL: property `riskDetail`: `microsoft.graph.riskDetail`, nullable.
    pub risk_detail: rt::Field<crate::v1::RiskDetail>,
    /// CSDL: property `riskEventType`: `Edm.String`, nullable.
    pub risk_event_type: rt::Field<::std::string::String>,
    /// CSDL: property `riskLevel`: `microsoft.graph.riskLevel`, nullable.
    pub risk_level: rt::Field<crate::v1::RiskLevel>,
    /// CSDL: property `riskState`: `microsoft.graph.riskState`, nullable.
    pub risk_state: rt::Field<crate::v1::RiskState>,
    /// CSDL: property `servicePrincipalDisplayName`: `Edm.String`, nullable.
    pub service_principal_display_name: rt::Field<::std::string::String>,
    /// CSDL: property `servicePrincipalId`: `Edm.String`, nullable.
    pub service_principal_id: rt::Field<::std::string::String>,
    /// CSDL: property `source`: `Edm.String`, nullable.
    pub source: rt::Field<::std::string::String>,
    /// CSDL: property `tokenIssuerType`: `microsoft.graph.tokenIssuerType`, nullable.
    pub token_issuer_type: rt::Field<crate::v1::TokenIssuerType>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_protection_or_search)]
impl ::std::default::Default for ServicePrincipalRiskDetection {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            activity: rt::Field::Absent,
            activity_date_time: rt::Field::Absent,
            additional_info: rt::Field::Absent,
            app_id: rt::Field::Absent,
            correlation_id: rt::Field::Absent,
            detected_date_time: rt::Field::Absent,
            detection_timing_type: rt::Field::Absent,
            ip_address: rt::Field::Absent,
            key_ids: rt::Field::Absent,
            last_updated_date_time: rt::Field::Absent,
            location: rt::Field::Absent,
            request_id: rt::Field::Absent,
            risk_detail: rt::Field::Absent,
            risk_event_type: rt::Field::Absent,
            risk_level: rt::Field::Absent,
            risk_state: rt::Field::Absent,
            service_principal_display_name: rt::Field::Absent,
            service_principal_id: rt::Field::Absent,
            source: rt::Field::Absent,
            token_issuer_type: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_protection_or_search)]
impl rt::Object for ServicePrincipalRiskDetection {
    const TYPE_NAME: &'static str = "microsoft.graph.servicePrincipalRiskDetection";
    const KEYS: &'static [&'static str] = &[
        "id",
        "activity",
        "activityDateTime",
        "additionalInfo",
        "appId",
        "correlationId",
        "detectedDateTime",
        "detectionTimingType",
        "ipAddress",
        "keyIds",
        "lastUpdatedDateTime",
        "location",
        "requestId",
        "riskDetail",
        "riskEventType",
        "riskLevel",
        "riskState",
        "servicePrincipalDisplayName",
        "servicePrincipalId",
        "source",
        "tokenIssuerType",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"activity\":                     ",
        ",\"activityDateTime\":             ",
        ",\"additionalInfo\":               ",
        ",\"appId\":                        ",
        ",\"correlationId\":                ",
        ",\"detectedDateTime\":             ",
        ",\"detectionTimingType\":          ",
        ",\"ipAddress\":                    ",
        ",\"keyIds\":                       ",
        ",\"lastUpdatedDateTime\":          ",
        ",\"location\":                     ",
        ",\"requestId\":                    ",
        ",\"riskDetail\":                   ",
        ",\"riskEventType\":                ",
        ",\"riskLevel\":                    ",
        ",\"riskState\":                    ",
        ",\"servicePrincipalDisplayName\":  ",
        ",\"servicePrincipalId\":           ",
        ",\"source\":                       ",
        ",\"tokenIssuerType\":              ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.servicePrincipalRiskDetection\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "activity", &self.activity);
        v.field(2usize, "activity_date_time", &self.activity_date_time);
        v.field(3usize, "additional_info", &self.additional_info);
        v.field(4usize, "app_id", &self.app_id);
        v.field(5usize, "correlation_id", &self.correlation_id);
        v.field(6usize, "detected_date_time", &self.detected_date_time);
        v.field(7usize, "detection_timing_type", &self.detection_timing_type);
        v.field(8usize, "ip_address", &self.ip_address);
        v.field(9usize, "key_ids", &self.key_ids);
        v.field(10usize, "last_updated_date_time", &self.last_updated_date_time);
        v.field(11usize, "location", &self.location);
        v.field(12usize, "request_id", &self.request_id);
        v.field(13usize, "risk_detail", &self.risk_detail);
        v.field(14usize, "risk_event_type", &self.risk_event_type);
        v.field(15usize, "risk_level", &self.risk_level);
        v.field(16usize, "risk_state", &self.risk_state);
        v.field(
            17usize,
            "service_principal_display_name",
            &self.service_principal_display_name,
        );
        v.field(18usize, "service_principal_id", &self.service_principal_id);
        v.field(19usize, "source", &self.source);
        v.field(20usize, "token_issuer_type", &self.token_issuer_type);
    }
}
#[cfg(msgraph_v1_identity_protection_or_search)]
impl rt::object::Members for ServicePrincipalRiskDetection {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.activity.read_from(r),
            2usize => self.activity_date_time.read_from(r),
            3usize => self.additional_info.read_from(r),
            4usize => self.app_id.read_from(r),
            5usize => self.correlation_id.read_from(r),
            6usize => self.detected_date_time.read_from(r),
            7usize => self.detection_timing_type.read_from(r),
            8usize => self.ip_address.read_from(r),
            9usize => self.key_ids.read_from(r),
            10usize => self.last_updated_date_time.read_from(r),
            11usize => self.location.read_from(r),
            12usize => self.request_id.read_from(r),
            13usize => self.risk_detail.read_from(r),
            14usize => self.risk_event_type.read_from(r),
            15usize => self.risk_level.read_from(r),
            16usize => self.risk_state.read_from(r),
            17usize => self.service_principal_display_name.read_from(r),
            18usize => self.service_principal_id.read_from(r),
            19usize => self.source.read_from(r),
            20usize => self.token_issuer_type.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.activity);
        w.field(2usize, &self.activity_date_time);
        w.field(3usize, &self.additional_info);
        w.field(4usize, &self.app_id);
        w.field(5usize, &self.correlation_id);
        w.field(6usize, &self.detected_date_time);
        w.field(7usize, &self.detection_timing_type);
        w.field(8usize, &self.ip_address);
        w.field(9usize, &self.key_ids);
        w.field(10usize, &self.last_updated_date_time);
        w.field(11usize, &self.location);
        w.field(12usize, &self.request_id);
        w.field(13usize, &self.risk_detail);
        w.field(14usize, &self.risk_event_type);
        w.field(15usize, &self.risk_level);
        w.field(16usize, &self.risk_state);
        w.field(17usize, &self.service_principal_display_name);
        w.field(18usize, &self.service_principal_id);
        w.field(19usize, &self.source);
        w.field(20usize, &self.token_issuer_type);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_identity_protection_or_search)]
rt::impl_object!(ServicePrincipalRiskDetection);
#[cfg(msgraph_v1_identity_protection_or_search)]
rt::impl_setters!(
    ServicePrincipalRiskDetection { with_id id : ::std::string::String; with_activity
    activity : crate ::v1::ActivityType; with_activity_date_time activity_date_time :
    rt::edm::DateTimeOffset; with_additional_info additional_info :
    ::std::string::String; with_app_id app_id : ::std::string::String;
    with_correlation_id correlation_id : ::std::string::String; with_detected_date_time
    detected_date_time : rt::edm::DateTimeOffset; with_detection_timing_type
    detection_timing_type : crate ::v1::RiskDetectionTimingType; with_ip_address
    ip_address : ::std::string::String; with_key_ids key_ids : ::std::vec::Vec <
    ::std::string::String >; with_last_updated_date_time last_updated_date_time :
    rt::edm::DateTimeOffset; with_location location : crate ::v1::SignInLocation;
    with_request_id request_id : ::std::string::String; with_risk_detail risk_detail :
    crate ::v1::RiskDetail; with_risk_event_type risk_event_type : ::std::string::String;
    with_risk_level risk_level : crate ::v1::RiskLevel; with_risk_state risk_state :
    crate ::v1::RiskState; with_service_principal_display_name
    service_principal_display_name : ::std::string::String; with_service_principal_id
    service_principal_id : ::std::string::String; with_source source :
    ::std::string::String; with_token_issuer_type token_issuer_type : crate
    ::v1::TokenIssuerType; }
);
#[cfg(msgraph_v1_identity_protection_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ServicePrincipalRiskDetection);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.serviceProvisioningError`, complex type, abstract.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ServiceProvisioningError {
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `isResolved`: `Edm.Boolean`, nullable.
    pub is_resolved: rt::Field<bool>,
    /// CSDL: property `serviceInstance`: `Edm.String`, nullable.
    pub service_instance: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for ServiceProvisioningError {
    #[inline]
    fn default() -> Self {
        Self {
            created_date_time: rt::Field::Absent,
            is_resolved: rt::Field::Absent,
            service_instance: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for ServiceProvisioningError {
    const TYPE_NAME: &'static str = "microsoft.graph.serviceProvisioningError";
    const KEYS: &'static [&'static str] = &[
        "createdDateTime",
        "isResolved",
        "serviceInstance",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"createdDateTime\":              ",
        ",\"isResolved\":                   ",
        ",\"serviceInstance\":              ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.serviceProvisioningError\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "created_date_time", &self.created_date_time);
        v.field(1usize, "is_resolved", &self.is_resolved);
        v.field(2usize, "service_instance", &self.service_instance);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for ServiceProvisioningError {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.created_date_time.read_from(r),
            1usize => self.is_resolved.read_from(r),
            2usize => self.service_instance.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.created_date_time);
        w.field(1usize, &self.is_resolved);
        w.field(2usize, &self.service_instance);
    }
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
rt::impl_object!(ServiceProvisioningError);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    ServiceProvisioningError { with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_is_resolved is_resolved : bool; with_service_instance
    service_instance : ::std::string::String; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(ServiceProvisioningError);
#[cfg(msgraph_v1_core)]
/// `microsoft.graph.serviceProvisioningError` or any type derived from it, selected by `@odata.type` (2 types); each variant's type converts into it (`From`).
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Debug)]
pub enum AnyServiceProvisioningError {
    ServiceProvisioningError(::std::boxed::Box<crate::v1::ServiceProvisioningError>),
    ServiceProvisioningXmlError(
        ::std::boxed::Box<crate::v1::ServiceProvisioningXmlError>,
    ),
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for AnyServiceProvisioningError {
    #[inline]
    fn default() -> Self {
        Self::ServiceProvisioningError(::std::default::Default::default())
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::ServiceProvisioningError>
for AnyServiceProvisioningError {
    #[inline]
    fn from(v: crate::v1::ServiceProvisioningError) -> Self {
        Self::ServiceProvisioningError(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::ServiceProvisioningXmlError>
for AnyServiceProvisioningError {
    #[inline]
    fn from(v: crate::v1::ServiceProvisioningXmlError) -> Self {
        Self::ServiceProvisioningXmlError(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core)]
unsafe impl ::std::marker::Send for AnyServiceProvisioningError {}
#[cfg(msgraph_v1_core)]
unsafe impl ::std::marker::Sync for AnyServiceProvisioningError {}
#[cfg(msgraph_v1_core)]
impl ::std::marker::Unpin for AnyServiceProvisioningError {}
#[cfg(msgraph_v1_core)]
impl ::std::panic::UnwindSafe for AnyServiceProvisioningError {}
#[cfg(msgraph_v1_core)]
impl ::std::panic::RefUnwindSafe for AnyServiceProvisioningError {}
#[cfg(msgraph_v1_core)]
const _: () = {
    rt::object::auto_traits::<crate::v1::ServiceProvisioningError>();
    rt::object::auto_traits::<crate::v1::ServiceProvisioningXmlError>();
};
#[cfg(msgraph_v1_core)]
impl rt::Poly for AnyServiceProvisioningError {
    const BASE_NAME: &'static str = "microsoft.graph.serviceProvisioningError";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some(
                "microsoft.graph.serviceProvisioningXmlError",
            ) => Self::ServiceProvisioningXmlError(rt::object::new_boxed()),
            _ => Self::ServiceProvisioningError(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::ServiceProvisioningError(v) => &**v,
            Self::ServiceProvisioningXmlError(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::ServiceProvisioningError(v) => &mut **v,
            Self::ServiceProvisioningXmlError(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_v1_core)]
impl AnyServiceProvisioningError {
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
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::ServiceProvisioningError(v) => &v.created_date_time,
            Self::ServiceProvisioningXmlError(v) => &v.created_date_time,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time_mut(&mut self) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::ServiceProvisioningError(v) => &mut v.created_date_time,
            Self::ServiceProvisioningXmlError(v) => &mut v.created_date_time,
        }
    }
    /// `isResolved` of any variant.
    #[inline]
    pub fn is_resolved(&self) -> &rt::Field<bool> {
        match self {
            Self::ServiceProvisioningError(v) => &v.is_resolved,
            Self::ServiceProvisioningXmlError(v) => &v.is_resolved,
        }
    }
    /// `isResolved` of any variant.
    #[inline]
    pub fn is_resolved_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::ServiceProvisioningError(v) => &mut v.is_resolved,
            Self::ServiceProvisioningXmlError(v) => &mut v.is_resolved,
        }
    }
    /// `serviceInstance` of any variant.
    #[inline]
    pub fn service_instance(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::ServiceProvisioningError(v) => &v.service_instance,
            Self::ServiceProvisioningXmlError(v) => &v.service_instance,
        }
    }
    /// `serviceInstance` of any variant.
    #[inline]
    pub fn service_instance_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ServiceProvisioningError(v) => &mut v.service_instance,
            Self::ServiceProvisioningXmlError(v) => &mut v.service_instance,
        }
    }
}
#[cfg(msgraph_v1_core)]
rt::impl_poly!(AnyServiceProvisioningError);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyServiceProvisioningError);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.serviceProvisioningXmlError`, complex type, derived from `microsoft.graph.serviceProvisioningError`.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ServiceProvisioningXmlError {
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `isResolved`: `Edm.Boolean`, nullable.
    pub is_resolved: rt::Field<bool>,
    /// CSDL: property `serviceInstance`: `Edm.String`, nullable.
    pub service_instance: rt::Field<::std::string::String>,
    /// CSDL: property `errorDetail`: `Edm.String`, nullable.
    pub error_detail: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for ServiceProvisioningXmlError {
    #[inline]
    fn default() -> Self {
        Self {
            created_date_time: rt::Field::Absent,
            is_resolved: rt::Field::Absent,
            service_instance: rt::Field::Absent,
            error_detail: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for ServiceProvisioningXmlError {
    const TYPE_NAME: &'static str = "microsoft.graph.serviceProvisioningXmlError";
    const KEYS: &'static [&'static str] = &[
        "createdDateTime",
        "isResolved",
        "serviceInstance",
        "errorDetail",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"createdDateTime\":              ",
        ",\"isResolved\":                   ",
        ",\"serviceInstance\":              ",
        ",\"errorDetail\":                  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.serviceProvisioningXmlError\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "created_date_time", &self.created_date_time);
        v.field(1usize, "is_resolved", &self.is_resolved);
        v.field(2usize, "service_instance", &self.service_instance);
        v.field(3usize, "error_detail", &self.error_detail);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for ServiceProvisioningXmlError {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.created_date_time.read_from(r),
            1usize => self.is_resolved.read_from(r),
            2usize => self.service_instance.read_from(r),
            3usize => self.error_detail.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.created_date_time);
        w.field(1usize, &self.is_resolved);
        w.field(2usize, &self.service_instance);
        w.field(3usize, &self.error_detail);
    }
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
rt::impl_object!(ServiceProvisioningXmlError);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    ServiceProvisioningXmlError { with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_is_resolved is_resolved : bool; with_service_instance
    service_instance : ::std::string::String; with_error_detail error_detail :
    ::std::string::String; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(ServiceProvisioningXmlError);
#[cfg(msgraph_v1_search_or_solutions)]
/// CSDL: `microsoft.graph.serviceStatus`, complex type.
///
/// Features: `v1`, or one of `v1-search`, `v1-solutions`.
#[derive(Clone)]
pub struct ServiceStatus {
    /// CSDL: property `backupServiceConsumer`: `microsoft.graph.backupServiceConsumer`, nullable.
    pub backup_service_consumer: rt::Field<crate::v1::BackupServiceConsumer>,
    /// CSDL: property `disableReason`: `microsoft.graph.disableReason`, nullable.
    pub disable_reason: rt::Field<crate::v1::DisableReason>,
    /// CSDL: property `gracePeriodDateTime`: `Edm.DateTimeOffset`, nullable.
    pub grace_period_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `lastModifiedBy`: `microsoft.graph.identitySet`, nullable.
    pub last_modified_by: rt::Field<crate::v1::AnyIdentitySet>,
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `restoreAllowedTillDateTime`: `Edm.DateTimeOffset`, nullable.
    pub restore_allowed_till_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `status`: `microsoft.graph.backupServiceStatus`, nullable.
    pub status: rt::Field<crate::v1::BackupServiceStatus>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_solutions)]
impl ::std::default::Default for ServiceStatus {
    #[inline]
    fn default() -> Self {
        Self {
            backup_service_consumer: rt::Field::Absent,
            disable_reason: rt::Field::Absent,
            grace_period_date_time: rt::Field::Absent,
            last_modified_by: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            restore_allowed_till_date_time: rt::Field::Absent,
            status: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::Object for ServiceStatus {
    const TYPE_NAME: &'static str = "microsoft.graph.serviceStatus";
    const KEYS: &'static [&'static str] = &[
        "backupServiceConsumer",
        "disableReason",
        "gracePeriodDateTime",
        "lastModifiedBy",
        "lastModifiedDateTime",
        "restoreAllowedTillDateTime",
        "status",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"backupServiceConsumer\":        ",
        ",\"disableReason\":                ",
        ",\"gracePeriodDateTime\":          ",
        ",\"lastModifiedBy\":               ",
        ",\"lastModifiedDateTime\":         ",
        ",\"restoreAllowedTillDateTime\":   ",
        ",\"status\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.serviceStatus\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "backup_service_consumer", &self.backup_service_consumer);
        v.field(1usize, "disable_reason", &self.disable_reason);
        v.field(2usize, "grace_period_date_time", &self.grace_period_date_time);
        v.field(3usize, "last_modified_by", &self.last_modified_by);
        v.field(4usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(
            5usize,
            "restore_allowed_till_date_time",
            &self.restore_allowed_till_date_time,
        );
        v.field(6usize, "status", &self.status);
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::object::Members for ServiceStatus {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.backup_service_consumer.read_from(r),
            1usize => self.disable_reason.read_from(r),
            2usize => self.grace_period_date_time.read_from(r),
            3usize => self.last_modified_by.read_from(r),
            4usize => self.last_modified_date_time.read_from(r),
            5usize => self.restore_allowed_till_date_time.read_from(r),
            6usize => self.status.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.backup_service_consumer);
        w.field(1usize, &self.disable_reason);
        w.field(2usize, &self.grace_period_date_time);
        w.field(3usize, &self.last_modified_by);
        w.field(4usize, &self.last_modified_date_time);
        w.field(5usize, &self.restore_allowed_till_date_time);
        w.field(6usize, &self.status);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
rt::impl_object!(ServiceStatus);
#[cfg(msgraph_v1_search_or_solutions)]
rt::impl_setters!(
    ServiceStatus { with_backup_service_consumer backup_service_consumer : crate
    ::v1::BackupServiceConsumer; with_disable_reason disable_reason : crate
    ::v1::DisableReason; with_grace_period_date_time grace_period_date_time :
    rt::edm::DateTimeOffset; with_last_modified_by last_modified_by : crate
    ::v1::AnyIdentitySet; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_restore_allowed_till_date_time
    restore_allowed_till_date_time : rt::edm::DateTimeOffset; with_status status : crate
    ::v1::BackupServiceStatus; }
);
#[cfg(msgraph_v1_search_or_solutions)]
#[cfg(feature = "serde")]
rt::impl_serde!(ServiceStatus);
#[cfg(msgraph_v1_core_or_storage)]
/// CSDL: `microsoft.graph.serviceStorageQuotaBreakdown`, entity type, derived from `microsoft.graph.storageQuotaBreakdown`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ServiceStorageQuotaBreakdown {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `manageWebUrl`: `Edm.String`, nullable.
    pub manage_web_url: rt::Field<::std::string::String>,
    /// CSDL: property `used`: `Edm.Int64`, nullable.
    pub used: rt::Field<i64>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_storage)]
impl ::std::default::Default for ServiceStorageQuotaBreakdown {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            display_name: rt::Field::Absent,
            manage_web_url: rt::Field::Absent,
            used: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_storage)]
impl rt::Object for ServiceStorageQuotaBreakdown {
    const TYPE_NAME: &'static str = "microsoft.graph.serviceStorageQuotaBreakdown";
    const KEYS: &'static [&'static str] = &["id", "displayName", "manageWebUrl", "used"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"displayName\":                  ",
        ",\"manageWebUrl\":                 ",
        ",\"used\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.serviceStorageQuotaBreakdown\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "display_name", &self.display_name);
        v.field(2usize, "manage_web_url", &self.manage_web_url);
        v.field(3usize, "used", &self.used);
    }
}
#[cfg(msgraph_v1_core_or_storage)]
impl rt::object::Members for ServiceStorageQuotaBreakdown {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.display_name.read_from(r),
            2usize => self.manage_web_url.read_from(r),
            3usize => self.used.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.display_name);
        w.field(2usize, &self.manage_web_url);
        w.field(3usize, &self.used);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_core_or_storage)]
rt::impl_object!(ServiceStorageQuotaBreakdown);
#[cfg(msgraph_v1_core_or_storage)]
rt::impl_setters!(
    ServiceStorageQuotaBreakdown { with_id id : ::std::string::String; with_display_name
    display_name : ::std::string::String; with_manage_web_url manage_web_url :
    ::std::string::String; with_used used : i64; }
);
#[cfg(msgraph_v1_core_or_storage)]
#[cfg(feature = "serde")]
rt::impl_serde!(ServiceStorageQuotaBreakdown);
#[cfg(msgraph_v1_admin_or_search)]
/// CSDL: `microsoft.graph.serviceUpdateCategory`, enum type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-search`.
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
#[cfg(msgraph_v1_admin_or_search)]
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
#[cfg(msgraph_v1_admin_or_search)]
rt::impl_enum!(ServiceUpdateCategory);
#[cfg(msgraph_v1_admin_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ServiceUpdateCategory);
#[cfg(msgraph_v1_admin_or_search)]
/// CSDL: `microsoft.graph.serviceUpdateMessage`, entity type, derived from `microsoft.graph.serviceAnnouncementBase`, key `id`.
///
/// Request builders: [`ServiceUpdateMessagePath`](requests/trait.ServiceUpdateMessagePath.html), what a path to one (`EntityPath<ServiceUpdateMessage, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-search`.
#[derive(Clone)]
pub struct ServiceUpdateMessage {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `details`: `Collection(microsoft.graph.keyValuePair)`, nullable.
    pub details: rt::Field<::std::vec::Vec<crate::v1::KeyValuePair>>,
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
    /// CSDL: property `attachmentsArchive`: `Edm.Stream`, nullable.
    pub attachments_archive: rt::Field<rt::RawJson>,
    /// CSDL: property `body`: `microsoft.graph.itemBody`, not nullable.
    pub body: rt::Field<crate::v1::ItemBody>,
    /// CSDL: property `category`: `microsoft.graph.serviceUpdateCategory`, not nullable.
    pub category: rt::Field<crate::v1::ServiceUpdateCategory>,
    /// CSDL: property `hasAttachments`: `Edm.Boolean`, not nullable.
    pub has_attachments: rt::Field<bool>,
    /// CSDL: property `isMajorChange`: `Edm.Boolean`, nullable.
    pub is_major_change: rt::Field<bool>,
    /// CSDL: property `services`: `Collection(Edm.String)`, nullable.
    pub services: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `severity`: `microsoft.graph.serviceUpdateSeverity`, not nullable.
    pub severity: rt::Field<crate::v1::ServiceUpdateSeverity>,
    /// CSDL: property `tags`: `Collection(Edm.String)`, nullable.
    pub tags: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `viewPoint`: `microsoft.graph.serviceUpdateMessageViewpoint`, nullable.
    pub view_point: rt::Field<crate::v1::ServiceUpdateMessageViewpoint>,
    /// CSDL: containment navigation property `attachments`: `Collection(microsoft.graph.serviceAnnouncementAttachment)`, not nullable.
    pub attachments: rt::Field<
        ::std::vec::Vec<crate::v1::ServiceAnnouncementAttachment>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_admin_or_search)]
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
            attachments_archive: rt::Field::Absent,
            body: rt::Field::Absent,
            category: rt::Field::Absent,
            has_attachments: rt::Field::Absent,
            is_major_change: rt::Field::Absent,
            services: rt::Field::Absent,
            severity: rt::Field::Absent,
            tags: rt::Field::Absent,
            view_point: rt::Field::Absent,
            attachments: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_admin_or_search)]
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
        "attachmentsArchive",
        "body",
        "category",
        "hasAttachments",
        "isMajorChange",
        "services",
        "severity",
        "tags",
        "viewPoint",
        "attachments",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"details\":                      ",
        ",\"endDateTime\":                  ",
        ",\"lastModifiedDateTime\":         ",
        ",\"startDateTime\":                ",
        ",\"title\":                        ",
        ",\"actionRequiredByDateTime\":     ",
        ",\"attachmentsArchive\":           ",
        ",\"body\":                         ",
        ",\"category\":                     ",
        ",\"hasAttachments\":               ",
        ",\"isMajorChange\":                ",
        ",\"services\":                     ",
        ",\"severity\":                     ",
        ",\"tags\":                         ",
        ",\"viewPoint\":                    ",
        ",\"attachments\":                  ",
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
        v.field(7usize, "attachments_archive", &self.attachments_archive);
        v.field(8usize, "body", &self.body);
        v.field(9usize, "category", &self.category);
        v.field(10usize, "has_attachments", &self.has_attachments);
        v.field(11usize, "is_major_change", &self.is_major_change);
        v.field(12usize, "services", &self.services);
        v.field(13usize, "severity", &self.severity);
        v.field(14usize, "tags", &self.tags);
        v.field(15usize, "view_point", &self.view_point);
        v.field(16usize, "attachments", &self.attachments);
    }
}
#[cfg(msgraph_v1_admin_or_search)]
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
            7usize => self.attachments_archive.read_from(r),
            8usize => self.body.read_from(r),
            9usize => self.category.read_from(r),
            10usize => self.has_attachments.read_from(r),
            11usize => self.is_major_change.read_from(r),
            12usize => self.services.read_from(r),
            13usize => self.severity.read_from(r),
            14usize => self.tags.read_from(r),
            15usize => self.view_point.read_from(r),
            16usize => self.attachments.read_from(r),
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
        w.field(7usize, &self.attachments_archive);
        w.field(8usize, &self.body);
        w.field(9usize, &self.category);
        w.field(10usize, &self.has_attachments);
        w.field(11usize, &self.is_major_change);
        w.field(12usize, &self.services);
        w.field(13usize, &self.severity);
        w.field(14usize, &self.tags);
        w.field(15usize, &self.view_point);
        w.field(16usize, &self.attachments);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_admin_or_search)]
rt::impl_object!(ServiceUpdateMessage);
#[cfg(msgraph_v1_admin_or_search)]
rt::impl_setters!(
    ServiceUpdateMessage { with_id id : ::std::string::String; with_details details :
    ::std::vec::Vec < crate ::v1::KeyValuePair >; with_end_date_time end_date_time :
    rt::edm::DateTimeOffset; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_start_date_time start_date_time :
    rt::edm::DateTimeOffset; with_title title : ::std::string::String;
    with_action_required_by_date_time action_required_by_date_time :
    rt::edm::DateTimeOffset; with_attachments_archive attachments_archive : rt::RawJson;
    with_body body : crate ::v1::ItemBody; with_category category : crate
    ::v1::ServiceUpdateCategory; with_has_attachments has_attachments : bool;
    with_is_major_change is_major_change : bool; with_services services : ::std::vec::Vec
    < ::std::string::String >; with_severity severity : crate
    ::v1::ServiceUpdateSeverity; with_tags tags : ::std::vec::Vec < ::std::string::String
    >; with_view_point view_point : crate ::v1::ServiceUpdateMessageViewpoint;
    with_attachments attachments : ::std::vec::Vec < crate
    ::v1::ServiceAnnouncementAttachment >; }
);
#[cfg(msgraph_v1_admin_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ServiceUpdateMessage);
#[cfg(msgraph_v1_admin_or_search)]
/// CSDL: `microsoft.graph.serviceUpdateMessageViewpoint`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-search`.
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
#[cfg(msgraph_v1_admin_or_search)]
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
#[cfg(msgraph_v1_admin_or_search)]
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
#[cfg(msgraph_v1_admin_or_search)]
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
#[cfg(msgraph_v1_admin_or_search)]
rt::impl_object!(ServiceUpdateMessageViewpoint);
#[cfg(msgraph_v1_admin_or_search)]
rt::impl_setters!(
    ServiceUpdateMessageViewpoint { with_is_archived is_archived : bool;
    with_is_favorited is_favorited : bool; with_is_read is_read : bool; }
);
#[cfg(msgraph_v1_admin_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ServiceUpdateMessageViewpoint);
#[cfg(msgraph_v1_admin_or_search)]
/// CSDL: `microsoft.graph.serviceUpdateSeverity`, enum type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-search`.
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
#[cfg(msgraph_v1_admin_or_search)]
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
#[cfg(msgraph_v1_admin_or_search)]
rt::impl_enum!(ServiceUpdateSeverity);
#[cfg(msgraph_v1_admin_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ServiceUpdateSeverity);
#[cfg(msgraph_v1_core_or_device_management)]
/// CSDL: `microsoft.graph.settingSource`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-device-management`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct SettingSource {
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `id`: `Edm.String`, nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `sourceType`: `microsoft.graph.settingSourceType`, not nullable.
    pub source_type: rt::Field<crate::v1::SettingSourceType>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_device_management)]
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
#[cfg(msgraph_v1_core_or_device_management)]
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
#[cfg(msgraph_v1_core_or_device_management)]
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
#[cfg(msgraph_v1_core_or_device_management)]
rt::impl_object!(SettingSource);
#[cfg(msgraph_v1_core_or_device_management)]
rt::impl_setters!(
    SettingSource { with_display_name display_name : ::std::string::String; with_id id :
    ::std::string::String; with_source_type source_type : crate ::v1::SettingSourceType;
    }
);
#[cfg(msgraph_v1_core_or_device_management)]
#[cfg(feature = "serde")]
rt::impl_serde!(SettingSource);
#[cfg(msgraph_v1_core_or_device_management)]
/// CSDL: `microsoft.graph.settingSourceType`, enum type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-device-management`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum SettingSourceType {
    /// `deviceConfiguration` (value 0).
    DeviceConfiguration,
    /// `deviceIntent` (value 1).
    DeviceIntent,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_core_or_device_management)]
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
#[cfg(msgraph_v1_core_or_device_management)]
rt::impl_enum!(SettingSourceType);
#[cfg(msgraph_v1_core_or_device_management)]
#[cfg(feature = "serde")]
rt::impl_serde!(SettingSourceType);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.settingTemplateValue`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
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
#[cfg(msgraph_v1_core)]
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
#[cfg(msgraph_v1_core)]
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
#[cfg(msgraph_v1_core)]
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
#[cfg(msgraph_v1_core)]
rt::impl_object!(SettingTemplateValue);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    SettingTemplateValue { with_default_value default_value : ::std::string::String;
    with_description description : ::std::string::String; with_name name :
    ::std::string::String; with_type type_ : ::std::string::String; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(SettingTemplateValue);
#[cfg(msgraph_v1_core_or_group_settings)]
/// CSDL: `microsoft.graph.settingValue`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-group-settings` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct SettingValue {
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// CSDL: property `value`: `Edm.String`, nullable.
    pub value: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_group_settings)]
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
#[cfg(msgraph_v1_core_or_group_settings)]
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
#[cfg(msgraph_v1_core_or_group_settings)]
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
#[cfg(msgraph_v1_core_or_group_settings)]
rt::impl_object!(SettingValue);
#[cfg(msgraph_v1_core_or_group_settings)]
rt::impl_setters!(
    SettingValue { with_name name : ::std::string::String; with_value value :
    ::std::string::String; }
);
#[cfg(msgraph_v1_core_or_group_settings)]
#[cfg(feature = "serde")]
rt::impl_serde!(SettingValue);
#[cfg(msgraph_v1_search_or_solutions)]
/// CSDL: `microsoft.graph.sharePointBrowseSession`, entity type, derived from `microsoft.graph.browseSessionBase`, key `id`.
///
/// Request builders: [`SharePointBrowseSessionPath`](requests/trait.SharePointBrowseSessionPath.html), what a path to one (`EntityPath<SharePointBrowseSession, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-search`, `v1-solutions`.
#[derive(Clone)]
pub struct SharePointBrowseSession {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `backupSizeInBytes`: `Edm.String`, nullable.
    pub backup_size_in_bytes: rt::Field<::std::string::String>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `error`: `microsoft.graph.publicError`, nullable.
    pub error: rt::Field<crate::v1::PublicError>,
    /// CSDL: property `expirationDateTime`: `Edm.DateTimeOffset`, nullable.
    pub expiration_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `restorePointDateTime`: `Edm.DateTimeOffset`, nullable.
    pub restore_point_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `restorePointId`: `Edm.String`, nullable.
    pub restore_point_id: rt::Field<::std::string::String>,
    /// CSDL: property `status`: `microsoft.graph.browseSessionStatus`, not nullable.
    pub status: rt::Field<crate::v1::BrowseSessionStatus>,
    /// CSDL: property `siteId`: `Edm.String`, nullable.
    pub site_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_solutions)]
impl ::std::default::Default for SharePointBrowseSession {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            backup_size_in_bytes: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            error: rt::Field::Absent,
            expiration_date_time: rt::Field::Absent,
            restore_point_date_time: rt::Field::Absent,
            restore_point_id: rt::Field::Absent,
            status: rt::Field::Absent,
            site_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::Object for SharePointBrowseSession {
    const TYPE_NAME: &'static str = "microsoft.graph.sharePointBrowseSession";
    const KEYS: &'static [&'static str] = &[
        "id",
        "backupSizeInBytes",
        "createdDateTime",
        "error",
        "expirationDateTime",
        "restorePointDateTime",
        "restorePointId",
        "status",
        "siteId",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"backupSizeInBytes\":            ",
        ",\"createdDateTime\":              ",
        ",\"error\":                        ",
        ",\"expirationDateTime\":           ",
        ",\"restorePointDateTime\":         ",
        ",\"restorePointId\":               ",
        ",\"status\":                       ",
        ",\"siteId\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.sharePointBrowseSession\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "backup_size_in_bytes", &self.backup_size_in_bytes);
        v.field(2usize, "created_date_time", &self.created_date_time);
        v.field(3usize, "error", &self.error);
        v.field(4usize, "expiration_date_time", &self.expiration_date_time);
        v.field(5usize, "restore_point_date_time", &self.restore_point_date_time);
        v.field(6usize, "restore_point_id", &self.restore_point_id);
        v.field(7usize, "status", &self.status);
        v.field(8usize, "site_id", &self.site_id);
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::object::Members for SharePointBrowseSession {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.backup_size_in_bytes.read_from(r),
            2usize => self.created_date_time.read_from(r),
            3usize => self.error.read_from(r),
            4usize => self.expiration_date_time.read_from(r),
            5usize => self.restore_point_date_time.read_from(r),
            6usize => self.restore_point_id.read_from(r),
            7usize => self.status.read_from(r),
            8usize => self.site_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.backup_size_in_bytes);
        w.field(2usize, &self.created_date_time);
        w.field(3usize, &self.error);
        w.field(4usize, &self.expiration_date_time);
        w.field(5usize, &self.restore_point_date_time);
        w.field(6usize, &self.restore_point_id);
        w.field(7usize, &self.status);
        w.field(8usize, &self.site_id);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
rt::impl_object!(SharePointBrowseSession);
#[cfg(msgraph_v1_search_or_solutions)]
rt::impl_setters!(
    SharePointBrowseSession { with_id id : ::std::string::String;
    with_backup_size_in_bytes backup_size_in_bytes : ::std::string::String;
    with_created_date_time created_date_time : rt::edm::DateTimeOffset; with_error error
    : crate ::v1::PublicError; with_expiration_date_time expiration_date_time :
    rt::edm::DateTimeOffset; with_restore_point_date_time restore_point_date_time :
    rt::edm::DateTimeOffset; with_restore_point_id restore_point_id :
    ::std::string::String; with_status status : crate ::v1::BrowseSessionStatus;
    with_site_id site_id : ::std::string::String; }
);
#[cfg(msgraph_v1_search_or_solutions)]
#[cfg(feature = "serde")]
rt::impl_serde!(SharePointBrowseSession);
#[cfg(msgraph_v1_search_or_storage)]
/// CSDL: `microsoft.graph.sharePointGroup`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`SharePointGroupPath`](requests/trait.SharePointGroupPath.html), what a path to one (`EntityPath<SharePointGroup, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-search`, `v1-storage`.
#[derive(Clone)]
pub struct SharePointGroup {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `principalId`: `Edm.String`, nullable.
    pub principal_id: rt::Field<::std::string::String>,
    /// CSDL: property `title`: `Edm.String`, not nullable.
    pub title: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `members`: `Collection(microsoft.graph.sharePointGroupMember)`, not nullable.
    pub members: rt::Field<::std::vec::Vec<crate::v1::SharePointGroupMember>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_storage)]
impl ::std::default::Default for SharePointGroup {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            description: rt::Field::Absent,
            principal_id: rt::Field::Absent,
            title: rt::Field::Absent,
            members: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_storage)]
impl rt::Object for SharePointGroup {
    const TYPE_NAME: &'static str = "microsoft.graph.sharePointGroup";
    const KEYS: &'static [&'static str] = &[
        "id",
        "description",
        "principalId",
        "title",
        "members",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"description\":                  ",
        ",\"principalId\":                  ",
        ",\"title\":                        ",
        ",\"members\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.sharePointGroup\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "description", &self.description);
        v.field(2usize, "principal_id", &self.principal_id);
        v.field(3usize, "title", &self.title);
        v.field(4usize, "members", &self.members);
    }
}
#[cfg(msgraph_v1_search_or_storage)]
impl rt::object::Members for SharePointGroup {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.description.read_from(r),
            2usize => self.principal_id.read_from(r),
            3usize => self.title.read_from(r),
            4usize => self.members.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.description);
        w.field(2usize, &self.principal_id);
        w.field(3usize, &self.title);
        w.field(4usize, &self.members);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_search_or_storage)]
rt::impl_object!(SharePointGroup);
#[cfg(msgraph_v1_search_or_storage)]
rt::impl_setters!(
    SharePointGroup { with_id id : ::std::string::String; with_description description :
    ::std::string::String; with_principal_id principal_id : ::std::string::String;
    with_title title : ::std::string::String; with_members members : ::std::vec::Vec <
    crate ::v1::SharePointGroupMember >; }
);
#[cfg(msgraph_v1_search_or_storage)]
#[cfg(feature = "serde")]
rt::impl_serde!(SharePointGroup);
#[cfg(msgraph_v1_search_or_storage)]
/// CSDL: `microsoft.graph.sharePointGroupMember`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`SharePointGroupMemberPath`](requests/trait.SharePointGroupMemberPath.html), what a path to one (`EntityPath<SharePointGroupMember, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-search`, `v1-storage`.
#[derive(Clone)]
pub struct SharePointGroupMember {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `identity`: `microsoft.graph.sharePointIdentitySet`, nullable.
    pub identity: rt::Field<crate::v1::SharePointIdentitySet>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_storage)]
impl ::std::default::Default for SharePointGroupMember {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            identity: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_storage)]
impl rt::Object for SharePointGroupMember {
    const TYPE_NAME: &'static str = "microsoft.graph.sharePointGroupMember";
    const KEYS: &'static [&'static str] = &["id", "identity"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"identity\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.sharePointGroupMember\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "identity", &self.identity);
    }
}
#[cfg(msgraph_v1_search_or_storage)]
impl rt::object::Members for SharePointGroupMember {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.identity.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.identity);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_search_or_storage)]
rt::impl_object!(SharePointGroupMember);
#[cfg(msgraph_v1_search_or_storage)]
rt::impl_setters!(
    SharePointGroupMember { with_id id : ::std::string::String; with_identity identity :
    crate ::v1::SharePointIdentitySet; }
);
#[cfg(msgraph_v1_search_or_storage)]
#[cfg(feature = "serde")]
rt::impl_serde!(SharePointGroupMember);
#[cfg(msgraph_v1_search_or_solutions)]
/// CSDL: `microsoft.graph.sharePointProtectionPolicy`, entity type, derived from `microsoft.graph.protectionPolicyBase`, key `id`.
///
/// Request builders: [`SharePointProtectionPolicyPath`](requests/trait.SharePointProtectionPolicyPath.html), what a path to one (`EntityPath<SharePointProtectionPolicy, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-search`, `v1-solutions`.
#[derive(Clone)]
pub struct SharePointProtectionPolicy {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `createdBy`: `microsoft.graph.identitySet`, nullable.
    pub created_by: rt::Field<crate::v1::AnyIdentitySet>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `isEnabled`: `Edm.Boolean`, not nullable.
    pub is_enabled: rt::Field<bool>,
    /// CSDL: property `lastModifiedBy`: `microsoft.graph.identitySet`, nullable.
    pub last_modified_by: rt::Field<crate::v1::AnyIdentitySet>,
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `protectionPolicyArtifactCount`: `microsoft.graph.protectionPolicyArtifactCount`, nullable.
    pub protection_policy_artifact_count: rt::Field<
        crate::v1::ProtectionPolicyArtifactCount,
    >,
    /// CSDL: property `retentionSettings`: `Collection(microsoft.graph.retentionSetting)`, nullable.
    pub retention_settings: rt::Field<::std::vec::Vec<crate::v1::RetentionSetting>>,
    /// CSDL: property `status`: `microsoft.graph.protectionPolicyStatus`, nullable.
    pub status: rt::Field<crate::v1::ProtectionPolicyStatus>,
    /// CSDL: navigation property `siteInclusionRules`: `Collection(microsoft.graph.siteProtectionRule)`, not nullable.
    pub site_inclusion_rules: rt::Field<::std::vec::Vec<crate::v1::SiteProtectionRule>>,
    /// CSDL: navigation property `siteProtectionUnits`: `Collection(microsoft.graph.siteProtectionUnit)`, not nullable.
    pub site_protection_units: rt::Field<::std::vec::Vec<crate::v1::SiteProtectionUnit>>,
    /// CSDL: navigation property `siteProtectionUnitsBulkAdditionJobs`: `Collection(microsoft.graph.siteProtectionUnitsBulkAdditionJob)`, not nullable.
    pub site_protection_units_bulk_addition_jobs: rt::Field<
        ::std::vec::Vec<crate::v1::SiteProtectionUnitsBulkAdditionJob>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_solutions)]
impl ::std::default::Default for SharePointProtectionPolicy {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_by: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            display_name: rt::Field::Absent,
            is_enabled: rt::Field::Absent,
            last_modified_by: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            protection_policy_artifact_count: rt::Field::Absent,
            retention_settings: rt::Field::Absent,
            status: rt::Field::Absent,
            site_inclusion_rules: rt::Field::Absent,
            site_protection_units: rt::Field::Absent,
            site_protection_units_bulk_addition_jobs: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::Object for SharePointProtectionPolicy {
    const TYPE_NAME: &'static str = "microsoft.graph.sharePointProtectionPolicy";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdBy",
        "createdDateTime",
        "displayName",
        "isEnabled",
        "lastModifiedBy",
        "lastModifiedDateTime",
        "protectionPolicyArtifactCount",
        "retentionSettings",
        "status",
        "siteInclusionRules",
        "siteProtectionUnits",
        "siteProtectionUnitsBulkAdditionJobs",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdBy\":                    ",
        ",\"createdDateTime\":              ",
        ",\"displayName\":                  ",
        ",\"isEnabled\":                    ",
        ",\"lastModifiedBy\":               ",
        ",\"lastModifiedDateTime\":         ",
        ",\"protectionPolicyArtifactCount\":",
        ",\"retentionSettings\":            ",
        ",\"status\":                       ",
        ",\"siteInclusionRules\":           ",
        ",\"siteProtectionUnits\":          ",
        ",\"siteProtectionUnitsBulkAdditionJobs\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.sharePointProtectionPolicy\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_by", &self.created_by);
        v.field(2usize, "created_date_time", &self.created_date_time);
        v.field(3usize, "display_name", &self.display_name);
        v.field(4usize, "is_enabled", &self.is_enabled);
        v.field(5usize, "last_modified_by", &self.last_modified_by);
        v.field(6usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(
            7usize,
            "protection_policy_artifact_count",
            &self.protection_policy_artifact_count,
        );
        v.field(8usize, "retention_settings", &self.retention_settings);
        v.field(9usize, "status", &self.status);
        v.field(10usize, "site_inclusion_rules", &self.site_inclusion_rules);
        v.field(11usize, "site_protection_units", &self.site_protection_units);
        v.field(
            12usize,
            "site_protection_units_bulk_addition_jobs",
            &self.site_protection_units_bulk_addition_jobs,
        );
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::object::Members for SharePointProtectionPolicy {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_by.read_from(r),
            2usize => self.created_date_time.read_from(r),
            3usize => self.display_name.read_from(r),
            4usize => self.is_enabled.read_from(r),
            5usize => self.last_modified_by.read_from(r),
            6usize => self.last_modified_date_time.read_from(r),
            7usize => self.protection_policy_artifact_count.read_from(r),
            8usize => self.retention_settings.read_from(r),
            9usize => self.status.read_from(r),
            10usize => self.site_inclusion_rules.read_from(r),
            11usize => self.site_protection_units.read_from(r),
            12usize => self.site_protection_units_bulk_addition_jobs.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.created_by);
        w.field(2usize, &self.created_date_time);
        w.field(3usize, &self.display_name);
        w.field(4usize, &self.is_enabled);
        w.field(5usize, &self.last_modified_by);
        w.field(6usize, &self.last_modified_date_time);
        w.field(7usize, &self.protection_policy_artifact_count);
        w.field(8usize, &self.retention_settings);
        w.field(9usize, &self.status);
        w.field(10usize, &self.site_inclusion_rules);
        w.field(11usize, &self.site_protection_units);
        w.field(12usize, &self.site_protection_units_bulk_addition_jobs);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
rt::impl_object!(SharePointProtectionPolicy);
#[cfg(msgraph_v1_search_or_solutions)]
rt::impl_setters!(
    SharePointProtectionPolicy { with_id id : ::std::string::String; with_created_by
    created_by : crate ::v1::AnyIdentitySet; with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_display_name display_name : ::std::string::String;
    with_is_enabled is_enabled : bool; with_last_modified_by last_modified_by : crate
    ::v1::AnyIdentitySet; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_protection_policy_artifact_count
    protection_policy_artifact_count : crate ::v1::ProtectionPolicyArtifactCount;
    with_retention_settings retention_settings : ::std::vec::Vec < crate
    ::v1::RetentionSetting >; with_status status : crate ::v1::ProtectionPolicyStatus;
    with_site_inclusion_rules site_inclusion_rules : ::std::vec::Vec < crate
    ::v1::SiteProtectionRule >; with_site_protection_units site_protection_units :
    ::std::vec::Vec < crate ::v1::SiteProtectionUnit >;
    with_site_protection_units_bulk_addition_jobs
    site_protection_units_bulk_addition_jobs : ::std::vec::Vec < crate
    ::v1::SiteProtectionUnitsBulkAdditionJob >; }
);
#[cfg(msgraph_v1_search_or_solutions)]
#[cfg(feature = "serde")]
rt::impl_serde!(SharePointProtectionPolicy);
#[cfg(msgraph_v1_search_or_solutions)]
/// CSDL: `microsoft.graph.sharePointRestoreSession`, entity type, derived from `microsoft.graph.restoreSessionBase`, key `id`.
///
/// Request builders: [`SharePointRestoreSessionPath`](requests/trait.SharePointRestoreSessionPath.html), what a path to one (`EntityPath<SharePointRestoreSession, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-search`, `v1-solutions`.
#[derive(Clone)]
pub struct SharePointRestoreSession {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `completedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub completed_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `createdBy`: `microsoft.graph.identitySet`, nullable.
    pub created_by: rt::Field<crate::v1::AnyIdentitySet>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `error`: `microsoft.graph.publicError`, nullable.
    pub error: rt::Field<crate::v1::PublicError>,
    /// CSDL: property `lastModifiedBy`: `microsoft.graph.identitySet`, nullable.
    pub last_modified_by: rt::Field<crate::v1::AnyIdentitySet>,
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `restoreJobType`: `microsoft.graph.restoreJobType`, nullable.
    pub restore_job_type: rt::Field<crate::v1::RestoreJobType>,
    /// CSDL: property `restoreSessionArtifactCount`: `microsoft.graph.restoreSessionArtifactCount`, nullable.
    pub restore_session_artifact_count: rt::Field<
        crate::v1::RestoreSessionArtifactCount,
    >,
    /// CSDL: property `status`: `microsoft.graph.restoreSessionStatus`, nullable.
    pub status: rt::Field<crate::v1::RestoreSessionStatus>,
    /// CSDL: containment navigation property `granularSiteRestoreArtifacts`: `Collection(microsoft.graph.granularSiteRestoreArtifact)`, not nullable.
    pub granular_site_restore_artifacts: rt::Field<
        ::std::vec::Vec<crate::v1::GranularSiteRestoreArtifact>,
    >,
    /// CSDL: containment navigation property `siteRestoreArtifacts`: `Collection(microsoft.graph.siteRestoreArtifact)`, not nullable.
    pub site_restore_artifacts: rt::Field<
        ::std::vec::Vec<crate::v1::SiteRestoreArtifact>,
    >,
    /// CSDL: containment navigation property `siteRestoreArtifactsBulkAdditionRequests`: `Collection(microsoft.graph.siteRestoreArtifactsBulkAdditionRequest)`, not nullable.
    pub site_restore_artifacts_bulk_addition_requests: rt::Field<
        ::std::vec::Vec<crate::v1::SiteRestoreArtifactsBulkAdditionRequest>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_solutions)]
impl ::std::default::Default for SharePointRestoreSession {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            completed_date_time: rt::Field::Absent,
            created_by: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            error: rt::Field::Absent,
            last_modified_by: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            restore_job_type: rt::Field::Absent,
            restore_session_artifact_count: rt::Field::Absent,
            status: rt::Field::Absent,
            granular_site_restore_artifacts: rt::Field::Absent,
            site_restore_artifacts: rt::Field::Absent,
            site_restore_artifacts_bulk_addition_requests: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::Object for SharePointRestoreSession {
    const TYPE_NAME: &'static str = "microsoft.graph.sharePointRestoreSession";
    const KEYS: &'static [&'static str] = &[
        "id",
        "completedDateTime",
        "createdBy",
        "createdDateTime",
        "error",
        "lastModifiedBy",
        "lastModifiedDateTime",
        "restoreJobType",
        "restoreSessionArtifactCount",
        "status",
        "granularSiteRestoreArtifacts",
        "siteRestoreArtifacts",
        "siteRestoreArtifactsBulkAdditionRequests",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"completedDateTime\":            ",
        ",\"createdBy\":                    ",
        ",\"createdDateTime\":              ",
        ",\"error\":                        ",
        ",\"lastModifiedBy\":               ",
        ",\"lastModifiedDateTime\":         ",
        ",\"restoreJobType\":               ",
        ",\"restoreSessionArtifactCount\":  ",
        ",\"status\":                       ",
        ",\"granularSiteRestoreArtifacts\": ",
        ",\"siteRestoreArtifacts\":         ",
        ",\"siteRestoreArtifactsBulkAdditionRequests\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.sharePointRestoreSession\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "completed_date_time", &self.completed_date_time);
        v.field(2usize, "created_by", &self.created_by);
        v.field(3usize, "created_date_time", &self.created_date_time);
        v.field(4usize, "error", &self.error);
        v.field(5usize, "last_modified_by", &self.last_modified_by);
        v.field(6usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(7usize, "restore_job_type", &self.restore_job_type);
        v.field(
            8usize,
            "restore_session_artifact_count",
            &self.restore_session_artifact_count,
        );
        v.field(9usize, "status", &self.status);
        v.field(
            10usize,
            "granular_site_restore_artifacts",
            &self.granular_site_restore_artifacts,
        );
        v.field(11usize, "site_restore_artifacts", &self.site_restore_artifacts);
        v.field(
            12usize,
            "site_restore_artifacts_bulk_addition_requests",
            &self.site_restore_artifacts_bulk_addition_requests,
        );
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::object::Members for SharePointRestoreSession {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.completed_date_time.read_from(r),
            2usize => self.created_by.read_from(r),
            3usize => self.created_date_time.read_from(r),
            4usize => self.error.read_from(r),
            5usize => self.last_modified_by.read_from(r),
            6usize => self.last_modified_date_time.read_from(r),
            7usize => self.restore_job_type.read_from(r),
            8usize => self.restore_session_artifact_count.read_from(r),
            9usize => self.status.read_from(r),
            10usize => self.granular_site_restore_artifacts.read_from(r),
            11usize => self.site_restore_artifacts.read_from(r),
            12usize => self.site_restore_artifacts_bulk_addition_requests.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.completed_date_time);
        w.field(2usize, &self.created_by);
        w.field(3usize, &self.created_date_time);
        w.field(4usize, &self.error);
        w.field(5usize, &self.last_modified_by);
        w.field(6usize, &self.last_modified_date_time);
        w.field(7usize, &self.restore_job_type);
        w.field(8usize, &self.restore_session_artifact_count);
        w.field(9usize, &self.status);
        w.field(10usize, &self.granular_site_restore_artifacts);
        w.field(11usize, &self.site_restore_artifacts);
        w.field(12usize, &self.site_restore_artifacts_bulk_addition_requests);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
rt::impl_object!(SharePointRestoreSession);
#[cfg(msgraph_v1_search_or_solutions)]
rt::impl_setters!(
    SharePointRestoreSession { with_id id : ::std::string::String;
    with_completed_date_time completed_date_time : rt::edm::DateTimeOffset;
    with_created_by created_by : crate ::v1::AnyIdentitySet; with_created_date_time
    created_date_time : rt::edm::DateTimeOffset; with_error error : crate
    ::v1::PublicError; with_last_modified_by last_modified_by : crate
    ::v1::AnyIdentitySet; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_restore_job_type restore_job_type : crate
    ::v1::RestoreJobType; with_restore_session_artifact_count
    restore_session_artifact_count : crate ::v1::RestoreSessionArtifactCount; with_status
    status : crate ::v1::RestoreSessionStatus; with_granular_site_restore_artifacts
    granular_site_restore_artifacts : ::std::vec::Vec < crate
    ::v1::GranularSiteRestoreArtifact >; with_site_restore_artifacts
    site_restore_artifacts : ::std::vec::Vec < crate ::v1::SiteRestoreArtifact >;
    with_site_restore_artifacts_bulk_addition_requests
    site_restore_artifacts_bulk_addition_requests : ::std::vec::Vec < crate
    ::v1::SiteRestoreArtifactsBulkAdditionRequest >; }
);
#[cfg(msgraph_v1_search_or_solutions)]
#[cfg(feature = "serde")]
rt::impl_serde!(SharePointRestoreSession);
#[cfg(msgraph_v1_admin_or_search)]
/// CSDL: `microsoft.graph.sharepoint`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`SharepointPath`](requests/trait.SharepointPath.html), what a path to one (`EntityPath<Sharepoint, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-search`.
#[derive(Clone)]
pub struct Sharepoint {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `settings`: `microsoft.graph.sharepointSettings`, nullable.
    pub settings: rt::Field<crate::v1::SharepointSettings>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_admin_or_search)]
impl ::std::default::Default for Sharepoint {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            settings: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_admin_or_search)]
impl rt::Object for Sharepoint {
    const TYPE_NAME: &'static str = "microsoft.graph.sharepoint";
    const KEYS: &'static [&'static str] = &["id", "settings"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"settings\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.sharepoint\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "settings", &self.settings);
    }
}
#[cfg(msgraph_v1_admin_or_search)]
impl rt::object::Members for Sharepoint {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.settings.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.settings);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_admin_or_search)]
rt::impl_object!(Sharepoint);
#[cfg(msgraph_v1_admin_or_search)]
rt::impl_setters!(
    Sharepoint { with_id id : ::std::string::String; with_settings settings : crate
    ::v1::SharepointSettings; }
);
#[cfg(msgraph_v1_admin_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(Sharepoint);
#[cfg(msgraph_v1_admin_or_search)]
/// CSDL: `microsoft.graph.sharepointSettings`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`SharepointSettingsPath`](requests/trait.SharepointSettingsPath.html), what a path to one (`EntityPath<SharepointSettings, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-search`.
#[derive(Clone)]
pub struct SharepointSettings {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `allowedDomainGuidsForSyncApp`: `Collection(Edm.Guid)`, nullable.
    pub allowed_domain_guids_for_sync_app: rt::Field<::std::vec::Vec<rt::edm::Guid>>,
    /// CSDL: property `availableManagedPathsForSiteCreation`: `Collection(Edm.String)`, not nullable.
    pub available_managed_paths_for_site_creation: rt::Field<
        ::std::vec::Vec<::std::string::String>,
    >,
    /// CSDL: property `deletedUserPersonalSiteRetentionPeriodInDays`: `Edm.Int32`, nullable.
    pub deleted_user_personal_site_retention_period_in_days: rt::Field<i32>,
    /// CSDL: property `excludedFileExtensionsForSyncApp`: `Collection(Edm.String)`, nullable.
    pub excluded_file_extensions_for_sync_app: rt::Field<
        ::std::vec::Vec<::std::string::String>,
    >,
    /// CSDL: property `idleSessionSignOut`: `microsoft.graph.idleSessionSignOut`, nullable.
    pub idle_session_sign_out: rt::Field<crate::v1::IdleSessionSignOut>,
    /// CSDL: property `imageTaggingOption`: `microsoft.graph.imageTaggingChoice`, nullable.
    pub image_tagging_option: rt::Field<crate::v1::ImageTaggingChoice>,
    /// CSDL: property `isCommentingOnSitePagesEnabled`: `Edm.Boolean`, nullable.
    pub is_commenting_on_site_pages_enabled: rt::Field<bool>,
    /// CSDL: property `isFileActivityNotificationEnabled`: `Edm.Boolean`, nullable.
    pub is_file_activity_notification_enabled: rt::Field<bool>,
    /// CSDL: property `isLegacyAuthProtocolsEnabled`: `Edm.Boolean`, nullable.
    pub is_legacy_auth_protocols_enabled: rt::Field<bool>,
    /// CSDL: property `isLoopEnabled`: `Edm.Boolean`, nullable.
    pub is_loop_enabled: rt::Field<bool>,
    /// CSDL: property `isMacSyncAppEnabled`: `Edm.Boolean`, nullable.
    pub is_mac_sync_app_enabled: rt::Field<bool>,
    /// CSDL: property `isRequireAcceptingUserToMatchInvitedUserEnabled`: `Edm.Boolean`, nullable.
    pub is_require_accepting_user_to_match_invited_user_enabled: rt::Field<bool>,
    /// CSDL: property `isResharingByExternalUsersEnabled`: `Edm.Boolean`, nullable.
    pub is_resharing_by_external_users_enabled: rt::Field<bool>,
    /// CSDL: property `isSharePointMobileNotificationEnabled`: `Edm.Boolean`, nullable.
    pub is_share_point_mobile_notification_enabled: rt::Field<bool>,
    /// CSDL: property `isSharePointNewsfeedEnabled`: `Edm.Boolean`, nullable.
    pub is_share_point_newsfeed_enabled: rt::Field<bool>,
    /// CSDL: property `isSiteCreationEnabled`: `Edm.Boolean`, nullable.
    pub is_site_creation_enabled: rt::Field<bool>,
    /// CSDL: property `isSiteCreationUIEnabled`: `Edm.Boolean`, nullable.
    pub is_site_creation_ui_enabled: rt::Field<bool>,
    /// CSDL: property `isSitePagesCreationEnabled`: `Edm.Boolean`, nullable.
    pub is_site_pages_creation_enabled: rt::Field<bool>,
    /// CSDL: property `isSitesStorageLimitAutomatic`: `Edm.Boolean`, nullable.
    pub is_sites_storage_limit_automatic: rt::Field<bool>,
    /// CSDL: property `isSyncButtonHiddenOnPersonalSite`: `Edm.Boolean`, nullable.
    pub is_sync_button_hidden_on_personal_site: rt::Field<bool>,
    /// CSDL: property `isUnmanagedSyncAppForTenantRestricted`: `Edm.Boolean`, nullable.
    pub is_unmanaged_sync_app_for_tenant_restricted: rt::Field<bool>,
    /// CSDL: property `personalSiteDefaultStorageLimitInMB`: `Edm.Int64`, nullable.
    pub personal_site_default_storage_limit_in_mb: rt::Field<i64>,
    /// CSDL: property `sharingAllowedDomainList`: `Collection(Edm.String)`, nullable.
    pub sharing_allowed_domain_list: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `sharingBlockedDomainList`: `Collection(Edm.String)`, nullable.
    pub sharing_blocked_domain_list: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `sharingCapability`: `microsoft.graph.sharingCapabilities`, nullable.
    pub sharing_capability: rt::Field<crate::v1::SharingCapabilities>,
    /// CSDL: property `sharingDomainRestrictionMode`: `microsoft.graph.sharingDomainRestrictionMode`, nullable.
    pub sharing_domain_restriction_mode: rt::Field<
        crate::v1::SharingDomainRestrictionMode,
    >,
    /// CSDL: property `siteCreationDefaultManagedPath`: `Edm.String`, not nullable.
    pub site_creation_default_managed_path: rt::Field<::std::string::String>,
    /// CSDL: property `siteCreationDefaultStorageLimitInMB`: `Edm.Int32`, nullable.
    pub site_creation_default_storage_limit_in_mb: rt::Field<i32>,
    /// CSDL: property `tenantDefaultTimezone`: `Edm.String`, nullable.
    pub tenant_default_timezone: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_admin_or_search)]
impl ::std::default::Default for SharepointSettings {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            allowed_domain_guids_for_sync_app: rt::Field::Absent,
            available_managed_paths_for_site_creation: rt::Field::Absent,
            deleted_user_personal_site_retention_period_in_days: rt::Field::Absent,
            excluded_file_extensions_for_sync_app: rt::Field::Absent,
            idle_session_sign_out: rt::Field::Absent,
            image_tagging_option: rt::Field::Absent,
            is_commenting_on_site_pages_enabled: rt::Field::Absent,
            is_file_activity_notification_enabled: rt::Field::Absent,
            is_legacy_auth_protocols_enabled: rt::Field::Absent,
            is_loop_enabled: rt::Field::Absent,
            is_mac_sync_app_enabled: rt::Field::Absent,
            is_require_accepting_user_to_match_invited_user_enabled: rt::Field::Absent,
            is_resharing_by_external_users_enabled: rt::Field::Absent,
            is_share_point_mobile_notification_enabled: rt::Field::Absent,
            is_share_point_newsfeed_enabled: rt::Field::Absent,
            is_site_creation_enabled: rt::Field::Absent,
            is_site_creation_ui_enabled: rt::Field::Absent,
            is_site_pages_creation_enabled: rt::Field::Absent,
            is_sites_storage_limit_automatic: rt::Field::Absent,
            is_sync_button_hidden_on_personal_site: rt::Field::Absent,
            is_unmanaged_sync_app_for_tenant_restricted: rt::Field::Absent,
            personal_site_default_storage_limit_in_mb: rt::Field::Absent,
            sharing_allowed_domain_list: rt::Field::Absent,
            sharing_blocked_domain_list: rt::Field::Absent,
            sharing_capability: rt::Field::Absent,
            sharing_domain_restriction_mode: rt::Field::Absent,
            site_creation_default_managed_path: rt::Field::Absent,
            site_creation_default_storage_limit_in_mb: rt::Field::Absent,
            tenant_default_timezone: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_admin_or_search)]
impl rt::Object for SharepointSettings {
    const TYPE_NAME: &'static str = "microsoft.graph.sharepointSettings";
    const KEYS: &'static [&'static str] = &[
        "id",
        "allowedDomainGuidsForSyncApp",
        "availableManagedPathsForSiteCreation",
        "deletedUserPersonalSiteRetentionPeriodInDays",
        "excludedFileExtensionsForSyncApp",
        "idleSessionSignOut",
        "imageTaggingOption",
        "isCommentingOnSitePagesEnabled",
        "isFileActivityNotificationEnabled",
        "isLegacyAuthProtocolsEnabled",
        "isLoopEnabled",
        "isMacSyncAppEnabled",
        "isRequireAcceptingUserToMatchInvitedUserEnabled",
        "isResharingByExternalUsersEnabled",
        "isSharePointMobileNotificationEnabled",
        "isSharePointNewsfeedEnabled",
        "isSiteCreationEnabled",
        "isSiteCreationUIEnabled",
        "isSitePagesCreationEnabled",
        "isSitesStorageLimitAutomatic",
        "isSyncButtonHiddenOnPersonalSite",
        "isUnmanagedSyncAppForTenantRestricted",
        "personalSiteDefaultStorageLimitInMB",
        "sharingAllowedDomainList",
        "sharingBlockedDomainList",
        "sharingCapability",
        "sharingDomainRestrictionMode",
        "siteCreationDefaultManagedPath",
        "siteCreationDefaultStorageLimitInMB",
        "tenantDefaultTimezone",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"allowedDomainGuidsForSyncApp\": ",
        ",\"availableManagedPathsForSiteCreation\":",
        ",\"deletedUserPersonalSiteRetentionPeriodInDays\":",
        ",\"excludedFileExtensionsForSyncApp\":",
        ",\"idleSessionSignOut\":           ",
        ",\"imageTaggingOption\":           ",
        ",\"isCommentingOnSitePagesEnabled\":",
        ",\"isFileActivityNotificationEnabled\":",
        ",\"isLegacyAuthProtocolsEnabled\": ",
        ",\"isLoopEnabled\":                ",
        ",\"isMacSyncAppEnabled\":          ",
        ",\"isRequireAcceptingUserToMatchInvitedUserEnabled\":",
        ",\"isResharingByExternalUsersEnabled\":",
        ",\"isSharePointMobileNotificationEnabled\":",
        ",\"isSharePointNewsfeedEnabled\":  ",
        ",\"isSiteCreationEnabled\":        ",
        ",\"isSiteCreationUIEnabled\":      ",
        ",\"isSitePagesCreationEnabled\":   ",
        ",\"isSitesStorageLimitAutomatic\": ",
        ",\"isSyncButtonHiddenOnPersonalSite\":",
        ",\"isUnmanagedSyncAppForTenantRestricted\":",
        ",\"personalSiteDefaultStorageLimitInMB\":",
        ",\"sharingAllowedDomainList\":     ",
        ",\"sharingBlockedDomainList\":     ",
        ",\"sharingCapability\":            ",
        ",\"sharingDomainRestrictionMode\": ",
        ",\"siteCreationDefaultManagedPath\":",
        ",\"siteCreationDefaultStorageLimitInMB\":",
        ",\"tenantDefaultTimezone\":        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.sharepointSettings\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(
            1usize,
            "allowed_domain_guids_for_sync_app",
            &self.allowed_domain_guids_for_sync_app,
        );
        v.field(
            2usize,
            "available_managed_paths_for_site_creation",
            &self.available_managed_paths_for_site_creation,
        );
        v.field(
            3usize,
            "deleted_user_personal_site_retention_period_in_days",
            &self.deleted_user_personal_site_retention_period_in_days,
        );
        v.field(
            4usize,
            "excluded_file_extensions_for_sync_app",
            &self.excluded_file_extensions_for_sync_app,
        );
        v.field(5usize, "idle_session_sign_out", &self.idle_session_sign_out);
        v.field(6usize, "image_tagging_option", &self.image_tagging_option);
        v.field(
            7usize,
            "is_commenting_on_site_pages_enabled",
            &self.is_commenting_on_site_pages_enabled,
        );
        v.field(
            8usize,
            "is_file_activity_notification_enabled",
            &self.is_file_activity_notification_enabled,
        );
        v.field(
            9usize,
            "is_legacy_auth_protocols_enabled",
            &self.is_legacy_auth_protocols_enabled,
        );
        v.field(10usize, "is_loop_enabled", &self.is_loop_enabled);
        v.field(11usize, "is_mac_sync_app_enabled", &self.is_mac_sync_app_enabled);
        v.field(
            12usize,
            "is_require_accepting_user_to_match_invited_user_enabled",
            &self.is_require_accepting_user_to_match_invited_user_enabled,
        );
        v.field(
            13usize,
            "is_resharing_by_external_users_enabled",
            &self.is_resharing_by_external_users_enabled,
        );
        v.field(
            14usize,
            "is_share_point_mobile_notification_enabled",
            &self.is_share_point_mobile_notification_enabled,
        );
        v.field(
            15usize,
            "is_share_point_newsfeed_enabled",
            &self.is_share_point_newsfeed_enabled,
        );
        v.field(16usize, "is_site_creation_enabled", &self.is_site_creation_enabled);
        v.field(
            17usize,
            "is_site_creation_ui_enabled",
            &self.is_site_creation_ui_enabled,
        );
        v.field(
            18usize,
            "is_site_pages_creation_enabled",
            &self.is_site_pages_creation_enabled,
        );
        v.field(
            19usize,
            "is_sites_storage_limit_automatic",
            &self.is_sites_storage_limit_automatic,
        );
        v.field(
            20usize,
            "is_sync_button_hidden_on_personal_site",
            &self.is_sync_button_hidden_on_personal_site,
        );
        v.field(
            21usize,
            "is_unmanaged_sync_app_for_tenant_restricted",
            &self.is_unmanaged_sync_app_for_tenant_restricted,
        );
        v.field(
            22usize,
            "personal_site_default_storage_limit_in_mb",
            &self.personal_site_default_storage_limit_in_mb,
        );
        v.field(
            23usize,
            "sharing_allowed_domain_list",
            &self.sharing_allowed_domain_list,
        );
        v.field(
            24usize,
            "sharing_blocked_domain_list",
            &self.sharing_blocked_domain_list,
        );
        v.field(25usize, "sharing_capability", &self.sharing_capability);
        v.field(
            26usize,
            "sharing_domain_restriction_mode",
            &self.sharing_domain_restriction_mode,
        );
        v.field(
            27usize,
            "site_creation_default_managed_path",
            &self.site_creation_default_managed_path,
        );
        v.field(
            28usize,
            "site_creation_default_storage_limit_in_mb",
            &self.site_creation_default_storage_limit_in_mb,
        );
        v.field(29usize, "tenant_default_timezone", &self.tenant_default_timezone);
    }
}
#[cfg(msgraph_v1_admin_or_search)]
impl rt::object::Members for SharepointSettings {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.allowed_domain_guids_for_sync_app.read_from(r),
            2usize => self.available_managed_paths_for_site_creation.read_from(r),
            3usize => {
                self.deleted_user_personal_site_retention_period_in_days.read_from(r)
            }
            4usize => self.excluded_file_extensions_for_sync_app.read_from(r),
            5usize => self.idle_session_sign_out.read_from(r),
            6usize => self.image_tagging_option.read_from(r),
            7usize => self.is_commenting_on_site_pages_enabled.read_from(r),
            8usize => self.is_file_activity_notification_enabled.read_from(r),
            9usize => self.is_legacy_auth_protocols_enabled.read_from(r),
            10usize => self.is_loop_enabled.read_from(r),
            11usize => self.is_mac_sync_app_enabled.read_from(r),
            12usize => {
                self.is_require_accepting_user_to_match_invited_user_enabled.read_from(r)
            }
            13usize => self.is_resharing_by_external_users_enabled.read_from(r),
            14usize => self.is_share_point_mobile_notification_enabled.read_from(r),
            15usize => self.is_share_point_newsfeed_enabled.read_from(r),
            16usize => self.is_site_creation_enabled.read_from(r),
            17usize => self.is_site_creation_ui_enabled.read_from(r),
            18usize => self.is_site_pages_creation_enabled.read_from(r),
            19usize => self.is_sites_storage_limit_automatic.read_from(r),
            20usize => self.is_sync_button_hidden_on_personal_site.read_from(r),
            21usize => self.is_unmanaged_sync_app_for_tenant_restricted.read_from(r),
            22usize => self.personal_site_default_storage_limit_in_mb.read_from(r),
            23usize => self.sharing_allowed_domain_list.read_from(r),
            24usize => self.sharing_blocked_domain_list.read_from(r),
            25usize => self.sharing_capability.read_from(r),
            26usize => self.sharing_domain_restriction_mode.read_from(r),
            27usize => self.site_creation_default_managed_path.read_from(r),
            28usize => self.site_creation_default_storage_limit_in_mb.read_from(r),
            29usize => self.tenant_default_timezone.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.allowed_domain_guids_for_sync_app);
        w.field(2usize, &self.available_managed_paths_for_site_creation);
        w.field(3usize, &self.deleted_user_personal_site_retention_period_in_days);
        w.field(4usize, &self.excluded_file_extensions_for_sync_app);
        w.field(5usize, &self.idle_session_sign_out);
        w.field(6usize, &self.image_tagging_option);
        w.field(7usize, &self.is_commenting_on_site_pages_enabled);
        w.field(8usize, &self.is_file_activity_notification_enabled);
        w.field(9usize, &self.is_legacy_auth_protocols_enabled);
        w.field(10usize, &self.is_loop_enabled);
        w.field(11usize, &self.is_mac_sync_app_enabled);
        w.field(12usize, &self.is_require_accepting_user_to_match_invited_user_enabled);
        w.field(13usize, &self.is_resharing_by_external_users_enabled);
        w.field(14usize, &self.is_share_point_mobile_notification_enabled);
        w.field(15usize, &self.is_share_point_newsfeed_enabled);
        w.field(16usize, &self.is_site_creation_enabled);
        w.field(17usize, &self.is_site_creation_ui_enabled);
        w.field(18usize, &self.is_site_pages_creation_enabled);
        w.field(19usize, &self.is_sites_storage_limit_automatic);
        w.field(20usize, &self.is_sync_button_hidden_on_personal_site);
        w.field(21usize, &self.is_unmanaged_sync_app_for_tenant_restricted);
        w.field(22usize, &self.personal_site_default_storage_limit_in_mb);
        w.field(23usize, &self.sharing_allowed_domain_list);
        w.field(24usize, &self.sharing_blocked_domain_list);
        w.field(25usize, &self.sharing_capability);
        w.field(26usize, &self.sharing_domain_restriction_mode);
        w.field(27usize, &self.site_creation_default_managed_path);
        w.field(28usize, &self.site_creation_default_storage_limit_in_mb);
        w.field(29usize, &self.tenant_default_timezone);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_admin_or_search)]
rt::impl_object!(SharepointSettings);
#[cfg(msgraph_v1_admin_or_search)]
rt::impl_setters!(
    SharepointSettings { with_id id : ::std::string::String;
    with_allowed_domain_guids_for_sync_app allowed_domain_guids_for_sync_app :
    ::std::vec::Vec < rt::edm::Guid >; with_available_managed_paths_for_site_creation
    available_managed_paths_for_site_creation : ::std::vec::Vec < ::std::string::String
    >; with_deleted_user_personal_site_retention_period_in_days
    deleted_user_personal_site_retention_period_in_days : i32;
    with_excluded_file_extensions_for_sync_app excluded_file_extensions_for_sync_app :
    ::std::vec::Vec < ::std::string::String >; with_idle_session_sign_out
    idle_session_sign_out : crate ::v1::IdleSessionSignOut; with_image_tagging_option
    image_tagging_option : crate ::v1::ImageTaggingChoice;
    with_is_commenting_on_site_pages_enabled is_commenting_on_site_pages_enabled : bool;
    with_is_file_activity_notification_enabled is_file_activity_notification_enabled :
    bool; with_is_legacy_auth_protocols_enabled is_legacy_auth_protocols_enabled : bool;
    with_is_loop_enabled is_loop_enabled : bool; with_is_mac_sync_app_enabled
    is_mac_sync_app_enabled : bool;
    with_is_require_accepting_user_to_match_invited_user_enabled
    is_require_accepting_user_to_match_invited_user_enabled : bool;
    with_is_resharing_by_external_users_enabled is_resharing_by_external_users_enabled :
    bool; with_is_share_point_mobile_notification_enabled
    is_share_point_mobile_notification_enabled : bool;
    with_is_share_point_newsfeed_enabled is_share_point_newsfeed_enabled : bool;
    with_is_site_creation_enabled is_site_creation_enabled : bool;
    with_is_site_creation_ui_enabled is_site_creation_ui_enabled : bool;
    with_is_site_pages_creation_enabled is_site_pages_creation_enabled : bool;
    with_is_sites_storage_limit_automatic is_sites_storage_limit_automatic : bool;
    with_is_sync_button_hidden_on_personal_site is_sync_button_hidden_on_personal_site :
    bool; with_is_unmanaged_sync_app_for_tenant_restricted
    is_unmanaged_sync_app_for_tenant_restricted : bool;
    with_personal_site_default_storage_limit_in_mb
    personal_site_default_storage_limit_in_mb : i64; with_sharing_allowed_domain_list
    sharing_allowed_domain_list : ::std::vec::Vec < ::std::string::String >;
    with_sharing_blocked_domain_list sharing_blocked_domain_list : ::std::vec::Vec <
    ::std::string::String >; with_sharing_capability sharing_capability : crate
    ::v1::SharingCapabilities; with_sharing_domain_restriction_mode
    sharing_domain_restriction_mode : crate ::v1::SharingDomainRestrictionMode;
    with_site_creation_default_managed_path site_creation_default_managed_path :
    ::std::string::String; with_site_creation_default_storage_limit_in_mb
    site_creation_default_storage_limit_in_mb : i32; with_tenant_default_timezone
    tenant_default_timezone : ::std::string::String; }
);
#[cfg(msgraph_v1_admin_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(SharepointSettings);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.sharingDetail`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct SharingDetail {
    /// CSDL: property `sharedBy`: `microsoft.graph.insightIdentity`, nullable.
    pub shared_by: rt::Field<crate::v1::InsightIdentity>,
    /// CSDL: property `sharedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub shared_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `sharingReference`: `microsoft.graph.resourceReference`, nullable.
    pub sharing_reference: rt::Field<crate::v1::ResourceReference>,
    /// CSDL: property `sharingSubject`: `Edm.String`, nullable.
    pub sharing_subject: rt::Field<::std::string::String>,
    /// CSDL: property `sharingType`: `Edm.String`, nullable.
    pub sharing_type: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
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
#[cfg(msgraph_v1_core)]
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
#[cfg(msgraph_v1_core)]
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
#[cfg(msgraph_v1_core)]
rt::impl_object!(SharingDetail);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    SharingDetail { with_shared_by shared_by : crate ::v1::InsightIdentity;
    with_shared_date_time shared_date_time : rt::edm::DateTimeOffset;
    with_sharing_reference sharing_reference : crate ::v1::ResourceReference;
    with_sharing_subject sharing_subject : ::std::string::String; with_sharing_type
    sharing_type : ::std::string::String; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(SharingDetail);
#[cfg(msgraph_v1_admin_or_search)]
/// CSDL: `microsoft.graph.sharingDomainRestrictionMode`, enum type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum SharingDomainRestrictionMode {
    /// `none` (value 0).
    None,
    /// `allowList` (value 1).
    AllowList,
    /// `blockList` (value 2).
    BlockList,
    /// `unknownFutureValue` (value 3).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_admin_or_search)]
impl rt::StrEnum for SharingDomainRestrictionMode {
    const TYPE_NAME: &'static str = "microsoft.graph.sharingDomainRestrictionMode";
    const MEMBERS: &'static [&'static str] = &[
        "none",
        "allowList",
        "blockList",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "none" => Self::None,
                "allowList" => Self::AllowList,
                "blockList" => Self::BlockList,
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
            Self::AllowList => "allowList",
            Self::BlockList => "blockList",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_admin_or_search)]
rt::impl_enum!(SharingDomainRestrictionMode);
#[cfg(msgraph_v1_admin_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(SharingDomainRestrictionMode);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.signInActivity`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct SignInActivity {
    /// CSDL: property `lastNonInteractiveSignInDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_non_interactive_sign_in_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `lastNonInteractiveSignInRequestId`: `Edm.String`, nullable.
    pub last_non_interactive_sign_in_request_id: rt::Field<::std::string::String>,
    /// CSDL: property `lastSignInDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_sign_in_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `lastSignInRequestId`: `Edm.String`, nullable.
    pub last_sign_in_request_id: rt::Field<::std::string::String>,
    /// CSDL: property `lastSuccessfulSignInDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_successful_sign_in_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `lastSuccessfulSignInRequestId`: `Edm.String`, nullable.
    pub last_successful_sign_in_request_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for SignInActivity {
    #[inline]
    fn default() -> Self {
        Self {
            last_non_interactive_sign_in_date_time: rt::Field::Absent,
            last_non_interactive_sign_in_request_id: rt::Field::Absent,
            last_sign_in_date_time: rt::Field::Absent,
            last_sign_in_request_id: rt::Field::Absent,
            last_successful_sign_in_date_time: rt::Field::Absent,
            last_successful_sign_in_request_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for SignInActivity {
    const TYPE_NAME: &'static str = "microsoft.graph.signInActivity";
    const KEYS: &'static [&'static str] = &[
        "lastNonInteractiveSignInDateTime",
        "lastNonInteractiveSignInRequestId",
        "lastSignInDateTime",
        "lastSignInRequestId",
        "lastSuccessfulSignInDateTime",
        "lastSuccessfulSignInRequestId",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"lastNonInteractiveSignInDateTime\":",
        ",\"lastNonInteractiveSignInRequestId\":",
        ",\"lastSignInDateTime\":           ",
        ",\"lastSignInRequestId\":          ",
        ",\"lastSuccessfulSignInDateTime\": ",
        ",\"lastSuccessfulSignInRequestId\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.signInActivity\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(
            0usize,
            "last_non_interactive_sign_in_date_time",
            &self.last_non_interactive_sign_in_date_time,
        );
        v.field(
            1usize,
            "last_non_interactive_sign_in_request_id",
            &self.last_non_interactive_sign_in_request_id,
        );
        v.field(2usize, "last_sign_in_date_time", &self.last_sign_in_date_time);
        v.field(3usize, "last_sign_in_request_id", &self.last_sign_in_request_id);
        v.field(
            4usize,
            "last_successful_sign_in_date_time",
            &self.last_successful_sign_in_date_time,
        );
        v.field(
            5usize,
            "last_successful_sign_in_request_id",
            &self.last_successful_sign_in_request_id,
        );
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for SignInActivity {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.last_non_interactive_sign_in_date_time.read_from(r),
            1usize => self.last_non_interactive_sign_in_request_id.read_from(r),
            2usize => self.last_sign_in_date_time.read_from(r),
            3usize => self.last_sign_in_request_id.read_from(r),
            4usize => self.last_successful_sign_in_date_time.read_from(r),
            5usize => self.last_successful_sign_in_request_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.last_non_interactive_sign_in_date_time);
        w.field(1usize, &self.last_non_interactive_sign_in_request_id);
        w.field(2usize, &self.last_sign_in_date_time);
        w.field(3usize, &self.last_sign_in_request_id);
        w.field(4usize, &self.last_successful_sign_in_date_time);
        w.field(5usize, &self.last_successful_sign_in_request_id);
    }
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
rt::impl_object!(SignInActivity);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    SignInActivity { with_last_non_interactive_sign_in_date_time
    last_non_interactive_sign_in_date_time : rt::edm::DateTimeOffset;
    with_last_non_interactive_sign_in_request_id last_non_interactive_sign_in_request_id
    : ::std::string::String; with_last_sign_in_date_time last_sign_in_date_time :
    rt::edm::DateTimeOffset; with_last_sign_in_request_id last_sign_in_request_id :
    ::std::string::String; with_last_successful_sign_in_date_time
    last_successful_sign_in_date_time : rt::edm::DateTimeOffset;
    with_last_successful_sign_in_request_id last_successful_sign_in_request_id :
    ::std::string::String; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(SignInActivity);
#[cfg(msgraph_v1_identity_or_search)]
/// CSDL: `microsoft.graph.signInContext`, complex type, abstract.
///
/// Features: `v1`, or one of `v1-identity`, `v1-search`.
#[derive(Clone)]
pub struct SignInContext {
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_or_search)]
impl ::std::default::Default for SignInContext {
    #[inline]
    fn default() -> Self {
        Self {
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl rt::Object for SignInContext {
    const TYPE_NAME: &'static str = "microsoft.graph.signInContext";
    const KEYS: &'static [&'static str] = &[];
    const KEYS_JSON: &'static [&'static str] = &[];
    const TAG: &'static str = "\"#microsoft.graph.signInContext\"";
    #[inline]
    #[allow(unused_variables)]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {}
}
#[cfg(msgraph_v1_identity_or_search)]
impl rt::object::Members for SignInContext {
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
#[cfg(msgraph_v1_identity_or_search)]
rt::impl_object!(SignInContext);
#[cfg(msgraph_v1_identity_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(SignInContext);
#[cfg(msgraph_v1_identity_or_search)]
/// `microsoft.graph.signInContext` or any type derived from it, selected by `@odata.type` (4 types); each variant's type converts into it (`From`).
///
/// Features: `v1`, or one of `v1-identity`, `v1-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnySignInContext {
    SignInContext(::std::boxed::Box<crate::v1::SignInContext>),
    ApplicationContext(::std::boxed::Box<crate::v1::ApplicationContext>),
    AuthContext(::std::boxed::Box<crate::v1::AuthContext>),
    UserActionContext(::std::boxed::Box<crate::v1::UserActionContext>),
}
#[cfg(msgraph_v1_identity_or_search)]
impl ::std::default::Default for AnySignInContext {
    #[inline]
    fn default() -> Self {
        Self::SignInContext(::std::default::Default::default())
    }
}
#[cfg(msgraph_v1_identity_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::SignInContext> for AnySignInContext {
    #[inline]
    fn from(v: crate::v1::SignInContext) -> Self {
        Self::SignInContext(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_identity_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::ApplicationContext> for AnySignInContext {
    #[inline]
    fn from(v: crate::v1::ApplicationContext) -> Self {
        Self::ApplicationContext(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_identity_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::AuthContext> for AnySignInContext {
    #[inline]
    fn from(v: crate::v1::AuthContext) -> Self {
        Self::AuthContext(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_identity_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::UserActionContext> for AnySignInContext {
    #[inline]
    fn from(v: crate::v1::UserActionContext) -> Self {
        Self::UserActionContext(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_identity_or_search)]
unsafe impl ::std::marker::Send for AnySignInContext {}
#[cfg(msgraph_v1_identity_or_search)]
unsafe impl ::std::marker::Sync for AnySignInContext {}
#[cfg(msgraph_v1_identity_or_search)]
impl ::std::marker::Unpin for AnySignInContext {}
#[cfg(msgraph_v1_identity_or_search)]
impl ::std::panic::UnwindSafe for AnySignInContext {}
#[cfg(msgraph_v1_identity_or_search)]
impl ::std::panic::RefUnwindSafe for AnySignInContext {}
#[cfg(msgraph_v1_identity_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::v1::SignInContext>();
    rt::object::auto_traits::<crate::v1::ApplicationContext>();
    rt::object::auto_traits::<crate::v1::AuthContext>();
    rt::object::auto_traits::<crate::v1::UserActionContext>();
};
#[cfg(msgraph_v1_identity_or_search)]
impl rt::Poly for AnySignInContext {
    const BASE_NAME: &'static str = "microsoft.graph.signInContext";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some("microsoft.graph.applicationContext") => {
                Self::ApplicationContext(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.authContext") => {
                Self::AuthContext(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.userActionContext") => {
                Self::UserActionContext(rt::object::new_boxed())
            }
            _ => Self::SignInContext(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::SignInContext(v) => &**v,
            Self::ApplicationContext(v) => &**v,
            Self::AuthContext(v) => &**v,
            Self::UserActionContext(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::SignInContext(v) => &mut **v,
            Self::ApplicationContext(v) => &mut **v,
            Self::AuthContext(v) => &mut **v,
            Self::UserActionContext(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl AnySignInContext {
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
#[cfg(msgraph_v1_identity_or_search)]
rt::impl_poly!(AnySignInContext);
#[cfg(msgraph_v1_identity_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnySignInContext);
#[cfg(msgraph_v1_reports_or_search)]
/// CSDL: `microsoft.graph.signInUserType`, enum type.
///
/// Features: `v1`, or one of `v1-reports`, `v1-search`.
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
#[cfg(msgraph_v1_reports_or_search)]
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
#[cfg(msgraph_v1_reports_or_search)]
rt::impl_enum!(SignInUserType);
#[cfg(msgraph_v1_reports_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(SignInUserType);
#[cfg(msgraph_v1_any_area)]
/// CSDL: `microsoft.graph.singleUser`, complex type, derived from `microsoft.graph.subjectSet`.
///
/// Feature: `v1` or any `v1-*` area feature.
#[derive(Clone)]
pub struct SingleUser {
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `userId`: `Edm.String`, nullable.
    pub user_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_any_area)]
impl ::std::default::Default for SingleUser {
    #[inline]
    fn default() -> Self {
        Self {
            description: rt::Field::Absent,
            user_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_any_area)]
impl rt::Object for SingleUser {
    const TYPE_NAME: &'static str = "microsoft.graph.singleUser";
    const KEYS: &'static [&'static str] = &["description", "userId"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"description\":                  ",
        ",\"userId\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.singleUser\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "description", &self.description);
        v.field(1usize, "user_id", &self.user_id);
    }
}
#[cfg(msgraph_v1_any_area)]
impl rt::object::Members for SingleUser {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.description.read_from(r),
            1usize => self.user_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.description);
        w.field(1usize, &self.user_id);
    }
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
rt::impl_object!(SingleUser);
#[cfg(msgraph_v1_any_area)]
rt::impl_setters!(
    SingleUser { with_description description : ::std::string::String; with_user_id
    user_id : ::std::string::String; }
);
#[cfg(msgraph_v1_any_area)]
#[cfg(feature = "serde")]
rt::impl_serde!(SingleUser);
#[cfg(msgraph_v1_search_or_storage)]
/// CSDL: `microsoft.graph.siteLockState`, enum type.
///
/// Features: `v1`, or one of `v1-search`, `v1-storage`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum SiteLockState {
    /// `unlocked` (value 0).
    Unlocked,
    /// `lockedReadOnly` (value 1).
    LockedReadOnly,
    /// `lockedNoAccess` (value 2).
    LockedNoAccess,
    /// `lockedNoAdditions` (value 3).
    LockedNoAdditions,
    /// `unknownFutureValue` (value 4).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_search_or_storage)]
impl rt::StrEnum for SiteLockState {
    const TYPE_NAME: &'static str = "microsoft.graph.siteLockState";
    const MEMBERS: &'static [&'static str] = &[
        "unlocked",
        "lockedReadOnly",
        "lockedNoAccess",
        "lockedNoAdditions",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "unlocked" => Self::Unlocked,
                "lockedReadOnly" => Self::LockedReadOnly,
                "lockedNoAccess" => Self::LockedNoAccess,
                "lockedNoAdditions" => Self::LockedNoAdditions,
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
            Self::Unlocked => "unlocked",
            Self::LockedReadOnly => "lockedReadOnly",
            Self::LockedNoAccess => "lockedNoAccess",
            Self::LockedNoAdditions => "lockedNoAdditions",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_search_or_storage)]
rt::impl_enum!(SiteLockState);
#[cfg(msgraph_v1_search_or_storage)]
#[cfg(feature = "serde")]
rt::impl_serde!(SiteLockState);
#[cfg(msgraph_v1_search_or_solutions)]
/// CSDL: `microsoft.graph.siteProtectionRule`, entity type, derived from `microsoft.graph.protectionRuleBase`, key `id`.
///
/// Request builders: [`ProtectionRuleBasePath`](requests/trait.ProtectionRuleBasePath.html), what a path to one (`EntityPath<SiteProtectionRule, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-search`, `v1-solutions`.
#[derive(Clone)]
pub struct SiteProtectionRule {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `createdBy`: `microsoft.graph.identitySet`, nullable.
    pub created_by: rt::Field<crate::v1::AnyIdentitySet>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `error`: `microsoft.graph.publicError`, nullable.
    pub error: rt::Field<crate::v1::PublicError>,
    /// CSDL: property `isAutoApplyEnabled`: `Edm.Boolean`, nullable.
    pub is_auto_apply_enabled: rt::Field<bool>,
    /// CSDL: property `lastModifiedBy`: `microsoft.graph.identitySet`, nullable.
    pub last_modified_by: rt::Field<crate::v1::AnyIdentitySet>,
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `status`: `microsoft.graph.protectionRuleStatus`, nullable.
    pub status: rt::Field<crate::v1::ProtectionRuleStatus>,
    /// CSDL: property `siteExpression`: `Edm.String`, nullable.
    pub site_expression: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_solutions)]
impl ::std::default::Default for SiteProtectionRule {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_by: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            error: rt::Field::Absent,
            is_auto_apply_enabled: rt::Field::Absent,
            last_modified_by: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            status: rt::Field::Absent,
            site_expression: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::Object for SiteProtectionRule {
    const TYPE_NAME: &'static str = "microsoft.graph.siteProtectionRule";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdBy",
        "createdDateTime",
        "error",
        "isAutoApplyEnabled",
        "lastModifiedBy",
        "lastModifiedDateTime",
        "status",
        "siteExpression",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdBy\":                    ",
        ",\"createdDateTime\":              ",
        ",\"error\":                        ",
        ",\"isAutoApplyEnabled\":           ",
        ",\"lastModifiedBy\":               ",
        ",\"lastModifiedDateTime\":         ",
        ",\"status\":                       ",
        ",\"siteExpression\":               ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.siteProtectionRule\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_by", &self.created_by);
        v.field(2usize, "created_date_time", &self.created_date_time);
        v.field(3usize, "error", &self.error);
        v.field(4usize, "is_auto_apply_enabled", &self.is_auto_apply_enabled);
        v.field(5usize, "last_modified_by", &self.last_modified_by);
        v.field(6usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(7usize, "status", &self.status);
        v.field(8usize, "site_expression", &self.site_expression);
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::object::Members for SiteProtectionRule {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_by.read_from(r),
            2usize => self.created_date_time.read_from(r),
            3usize => self.error.read_from(r),
            4usize => self.is_auto_apply_enabled.read_from(r),
            5usize => self.last_modified_by.read_from(r),
            6usize => self.last_modified_date_time.read_from(r),
            7usize => self.status.read_from(r),
            8usize => self.site_expression.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.created_by);
        w.field(2usize, &self.created_date_time);
        w.field(3usize, &self.error);
        w.field(4usize, &self.is_auto_apply_enabled);
        w.field(5usize, &self.last_modified_by);
        w.field(6usize, &self.last_modified_date_time);
        w.field(7usize, &self.status);
        w.field(8usize, &self.site_expression);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
rt::impl_object!(SiteProtectionRule);
#[cfg(msgraph_v1_search_or_solutions)]
rt::impl_setters!(
    SiteProtectionRule { with_id id : ::std::string::String; with_created_by created_by :
    crate ::v1::AnyIdentitySet; with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_error error : crate ::v1::PublicError;
    with_is_auto_apply_enabled is_auto_apply_enabled : bool; with_last_modified_by
    last_modified_by : crate ::v1::AnyIdentitySet; with_last_modified_date_time
    last_modified_date_time : rt::edm::DateTimeOffset; with_status status : crate
    ::v1::ProtectionRuleStatus; with_site_expression site_expression :
    ::std::string::String; }
);
#[cfg(msgraph_v1_search_or_solutions)]
#[cfg(feature = "serde")]
rt::impl_serde!(SiteProtectionRule);
#[cfg(msgraph_v1_search_or_solutions)]
/// CSDL: `microsoft.graph.siteProtectionUnitsBulkAdditionJob`, entity type, derived from `microsoft.graph.protectionUnitsBulkJobBase`, key `id`.
///
/// Request builders: [`ProtectionUnitsBulkJobBasePath`](requests/trait.ProtectionUnitsBulkJobBasePath.html), what a path to one (`EntityPath<SiteProtectionUnitsBulkAdditionJob, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-search`, `v1-solutions`.
#[derive(Clone)]
pub struct SiteProtectionUnitsBulkAdditionJob {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `createdBy`: `microsoft.graph.identitySet`, nullable.
    pub created_by: rt::Field<crate::v1::AnyIdentitySet>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `error`: `microsoft.graph.publicError`, nullable.
    pub error: rt::Field<crate::v1::PublicError>,
    /// CSDL: property `lastModifiedBy`: `microsoft.graph.identitySet`, nullable.
    pub last_modified_by: rt::Field<crate::v1::AnyIdentitySet>,
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `status`: `microsoft.graph.protectionUnitsBulkJobStatus`, not nullable.
    pub status: rt::Field<crate::v1::ProtectionUnitsBulkJobStatus>,
    /// CSDL: property `siteIds`: `Collection(Edm.String)`, nullable.
    pub site_ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `siteWebUrls`: `Collection(Edm.String)`, nullable.
    pub site_web_urls: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_solutions)]
impl ::std::default::Default for SiteProtectionUnitsBulkAdditionJob {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_by: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            display_name: rt::Field::Absent,
            error: rt::Field::Absent,
            last_modified_by: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            status: rt::Field::Absent,
            site_ids: rt::Field::Absent,
            site_web_urls: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::Object for SiteProtectionUnitsBulkAdditionJob {
    const TYPE_NAME: &'static str = "microsoft.graph.siteProtectionUnitsBulkAdditionJob";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdBy",
        "createdDateTime",
        "displayName",
        "error",
        "lastModifiedBy",
        "lastModifiedDateTime",
        "status",
        "siteIds",
        "siteWebUrls",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdBy\":                    ",
        ",\"createdDateTime\":              ",
        ",\"displayName\":                  ",
        ",\"error\":                        ",
        ",\"lastModifiedBy\":               ",
        ",\"lastModifiedDateTime\":         ",
        ",\"status\":                       ",
        ",\"siteIds\":                      ",
        ",\"siteWebUrls\":                  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.siteProtectionUnitsBulkAdditionJob\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_by", &self.created_by);
        v.field(2usize, "created_date_time", &self.created_date_time);
        v.field(3usize, "display_name", &self.display_name);
        v.field(4usize, "error", &self.error);
        v.field(5usize, "last_modified_by", &self.last_modified_by);
        v.field(6usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(7usize, "status", &self.status);
        v.field(8usize, "site_ids", &self.site_ids);
        v.field(9usize, "site_web_urls", &self.site_web_urls);
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::object::Members for SiteProtectionUnitsBulkAdditionJob {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_by.read_from(r),
            2usize => self.created_date_time.read_from(r),
            3usize => self.display_name.read_from(r),
            4usize => self.error.read_from(r),
            5usize => self.last_modified_by.read_from(r),
            6usize => self.last_modified_date_time.read_from(r),
            7usize => self.status.read_from(r),
            8usize => self.site_ids.read_from(r),
            9usize => self.site_web_urls.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.created_by);
        w.field(2usize, &self.created_date_time);
        w.field(3usize, &self.display_name);
        w.field(4usize, &self.error);
        w.field(5usize, &self.last_modified_by);
        w.field(6usize, &self.last_modified_date_time);
        w.field(7usize, &self.status);
        w.field(8usize, &self.site_ids);
        w.field(9usize, &self.site_web_urls);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
rt::impl_object!(SiteProtectionUnitsBulkAdditionJob);
#[cfg(msgraph_v1_search_or_solutions)]
rt::impl_setters!(
    SiteProtectionUnitsBulkAdditionJob { with_id id : ::std::string::String;
    with_created_by created_by : crate ::v1::AnyIdentitySet; with_created_date_time
    created_date_time : rt::edm::DateTimeOffset; with_display_name display_name :
    ::std::string::String; with_error error : crate ::v1::PublicError;
    with_last_modified_by last_modified_by : crate ::v1::AnyIdentitySet;
    with_last_modified_date_time last_modified_date_time : rt::edm::DateTimeOffset;
    with_status status : crate ::v1::ProtectionUnitsBulkJobStatus; with_site_ids site_ids
    : ::std::vec::Vec < ::std::string::String >; with_site_web_urls site_web_urls :
    ::std::vec::Vec < ::std::string::String >; }
);
#[cfg(msgraph_v1_search_or_solutions)]
#[cfg(feature = "serde")]
rt::impl_serde!(SiteProtectionUnitsBulkAdditionJob);
#[cfg(msgraph_v1_search_or_solutions)]
/// CSDL: `microsoft.graph.siteRestoreArtifactsBulkAdditionRequest`, entity type, derived from `microsoft.graph.restoreArtifactsBulkRequestBase`, key `id`.
///
/// Request builders: [`RestoreArtifactsBulkRequestBasePath`](requests/trait.RestoreArtifactsBulkRequestBasePath.html), what a path to one (`EntityPath<SiteRestoreArtifactsBulkAdditionRequest, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-search`, `v1-solutions`.
#[derive(Clone)]
pub struct SiteRestoreArtifactsBulkAdditionRequest {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `createdBy`: `microsoft.graph.identitySet`, nullable.
    pub created_by: rt::Field<crate::v1::AnyIdentitySet>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `destinationType`: `microsoft.graph.destinationType`, nullable.
    pub destination_type: rt::Field<crate::v1::DestinationType>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `error`: `microsoft.graph.publicError`, nullable.
    pub error: rt::Field<crate::v1::PublicError>,
    /// CSDL: property `lastModifiedBy`: `microsoft.graph.identitySet`, nullable.
    pub last_modified_by: rt::Field<crate::v1::AnyIdentitySet>,
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `protectionTimePeriod`: `microsoft.graph.timePeriod`, nullable.
    pub protection_time_period: rt::Field<crate::v1::TimePeriod>,
    /// CSDL: property `protectionUnitIds`: `Collection(Edm.String)`, nullable.
    pub protection_unit_ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `restorePointPreference`: `microsoft.graph.restorePointPreference`, nullable.
    pub restore_point_preference: rt::Field<crate::v1::RestorePointPreference>,
    /// CSDL: property `status`: `microsoft.graph.restoreArtifactsBulkRequestStatus`, not nullable.
    pub status: rt::Field<crate::v1::RestoreArtifactsBulkRequestStatus>,
    /// CSDL: property `tags`: `microsoft.graph.restorePointTags`, nullable.
    pub tags: rt::Field<rt::Flags<crate::v1::RestorePointTags>>,
    /// CSDL: property `siteIds`: `Collection(Edm.String)`, nullable.
    pub site_ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `siteWebUrls`: `Collection(Edm.String)`, nullable.
    pub site_web_urls: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_solutions)]
impl ::std::default::Default for SiteRestoreArtifactsBulkAdditionRequest {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_by: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            destination_type: rt::Field::Absent,
            display_name: rt::Field::Absent,
            error: rt::Field::Absent,
            last_modified_by: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            protection_time_period: rt::Field::Absent,
            protection_unit_ids: rt::Field::Absent,
            restore_point_preference: rt::Field::Absent,
            status: rt::Field::Absent,
            tags: rt::Field::Absent,
            site_ids: rt::Field::Absent,
            site_web_urls: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::Object for SiteRestoreArtifactsBulkAdditionRequest {
    const TYPE_NAME: &'static str = "microsoft.graph.siteRestoreArtifactsBulkAdditionRequest";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdBy",
        "createdDateTime",
        "destinationType",
        "displayName",
        "error",
        "lastModifiedBy",
        "lastModifiedDateTime",
        "protectionTimePeriod",
        "protectionUnitIds",
        "restorePointPreference",
        "status",
        "tags",
        "siteIds",
        "siteWebUrls",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdBy\":                    ",
        ",\"createdDateTime\":              ",
        ",\"destinationType\":              ",
        ",\"displayName\":                  ",
        ",\"error\":                        ",
        ",\"lastModifiedBy\":               ",
        ",\"lastModifiedDateTime\":         ",
        ",\"protectionTimePeriod\":         ",
        ",\"protectionUnitIds\":            ",
        ",\"restorePointPreference\":       ",
        ",\"status\":                       ",
        ",\"tags\":                         ",
        ",\"siteIds\":                      ",
        ",\"siteWebUrls\":                  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.siteRestoreArtifactsBulkAdditionRequest\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_by", &self.created_by);
        v.field(2usize, "created_date_time", &self.created_date_time);
        v.field(3usize, "destination_type", &self.destination_type);
        v.field(4usize, "display_name", &self.display_name);
        v.field(5usize, "error", &self.error);
        v.field(6usize, "last_modified_by", &self.last_modified_by);
        v.field(7usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(8usize, "protection_time_period", &self.protection_time_period);
        v.field(9usize, "protection_unit_ids", &self.protection_unit_ids);
        v.field(10usize, "restore_point_preference", &self.restore_point_preference);
        v.field(11usize, "status", &self.status);
        v.field(12usize, "tags", &self.tags);
        v.field(13usize, "site_ids", &self.site_ids);
        v.field(14usize, "site_web_urls", &self.site_web_urls);
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::object::Members for SiteRestoreArtifactsBulkAdditionRequest {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_by.read_from(r),
            2usize => self.created_date_time.read_from(r),
            3usize => self.destination_type.read_from(r),
            4usize => self.display_name.read_from(r),
            5usize => self.error.read_from(r),
            6usize => self.last_modified_by.read_from(r),
            7usize => self.last_modified_date_time.read_from(r),
            8usize => self.protection_time_period.read_from(r),
            9usize => self.protection_unit_ids.read_from(r),
            10usize => self.restore_point_preference.read_from(r),
            11usize => self.status.read_from(r),
            12usize => self.tags.read_from(r),
            13usize => self.site_ids.read_from(r),
            14usize => self.site_web_urls.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.created_by);
        w.field(2usize, &self.created_date_time);
        w.field(3usize, &self.destination_type);
        w.field(4usize, &self.display_name);
        w.field(5usize, &self.error);
        w.field(6usize, &self.last_modified_by);
        w.field(7usize, &self.last_modified_date_time);
        w.field(8usize, &self.protection_time_period);
        w.field(9usize, &self.protection_unit_ids);
        w.field(10usize, &self.restore_point_preference);
        w.field(11usize, &self.status);
        w.field(12usize, &self.tags);
        w.field(13usize, &self.site_ids);
        w.field(14usize, &self.site_web_urls);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
rt::impl_object!(SiteRestoreArtifactsBulkAdditionRequest);
#[cfg(msgraph_v1_search_or_solutions)]
rt::impl_setters!(
    SiteRestoreArtifactsBulkAdditionRequest { with_id id : ::std::string::String;
    with_created_by created_by : crate ::v1::AnyIdentitySet; with_created_date_time
    created_date_time : rt::edm::DateTimeOffset; with_destination_type destination_type :
    crate ::v1::DestinationType; with_display_name display_name : ::std::string::String;
    with_error error : crate ::v1::PublicError; with_last_modified_by last_modified_by :
    crate ::v1::AnyIdentitySet; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_protection_time_period protection_time_period : crate
    ::v1::TimePeriod; with_protection_unit_ids protection_unit_ids : ::std::vec::Vec <
    ::std::string::String >; with_restore_point_preference restore_point_preference :
    crate ::v1::RestorePointPreference; with_status status : crate
    ::v1::RestoreArtifactsBulkRequestStatus; with_tags tags : rt::Flags < crate
    ::v1::RestorePointTags >; with_site_ids site_ids : ::std::vec::Vec <
    ::std::string::String >; with_site_web_urls site_web_urls : ::std::vec::Vec <
    ::std::string::String >; }
);
#[cfg(msgraph_v1_search_or_solutions)]
#[cfg(feature = "serde")]
rt::impl_serde!(SiteRestoreArtifactsBulkAdditionRequest);
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
/// CSDL: `microsoft.graph.smsAuthenticationMethodConfiguration`, entity type, derived from `microsoft.graph.authenticationMethodConfiguration`, key `id`.
///
/// Request builders: [`SmsAuthenticationMethodConfigurationPath`](requests/trait.SmsAuthenticationMethodConfigurationPath.html), what a path to one (`EntityPath<SmsAuthenticationMethodConfiguration, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-authentication-method-configurations`, `v1-authentication-methods-policy`, `v1-policies`, `v1-search`.
#[derive(Clone)]
pub struct SmsAuthenticationMethodConfiguration {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `excludeTargets`: `Collection(microsoft.graph.excludeTarget)`, nullable.
    pub exclude_targets: rt::Field<::std::vec::Vec<crate::v1::ExcludeTarget>>,
    /// CSDL: property `state`: `microsoft.graph.authenticationMethodState`, nullable.
    pub state: rt::Field<crate::v1::AuthenticationMethodState>,
    /// CSDL: containment navigation property `includeTargets`: `Collection(microsoft.graph.smsAuthenticationMethodTarget)`, not nullable.
    pub include_targets: rt::Field<
        ::std::vec::Vec<crate::v1::SmsAuthenticationMethodTarget>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
impl ::std::default::Default for SmsAuthenticationMethodConfiguration {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            exclude_targets: rt::Field::Absent,
            state: rt::Field::Absent,
            include_targets: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
impl rt::Object for SmsAuthenticationMethodConfiguration {
    const TYPE_NAME: &'static str = "microsoft.graph.smsAuthenticationMethodConfiguration";
    const KEYS: &'static [&'static str] = &[
        "id",
        "excludeTargets",
        "state",
        "includeTargets",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"excludeTargets\":               ",
        ",\"state\":                        ",
        ",\"includeTargets\":               ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.smsAuthenticationMethodConfiguration\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "exclude_targets", &self.exclude_targets);
        v.field(2usize, "state", &self.state);
        v.field(3usize, "include_targets", &self.include_targets);
    }
}
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
impl rt::object::Members for SmsAuthenticationMethodConfiguration {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.exclude_targets.read_from(r),
            2usize => self.state.read_from(r),
            3usize => self.include_targets.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.exclude_targets);
        w.field(2usize, &self.state);
        w.field(3usize, &self.include_targets);
    }
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
rt::impl_object!(SmsAuthenticationMethodConfiguration);
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
rt::impl_setters!(
    SmsAuthenticationMethodConfiguration { with_id id : ::std::string::String;
    with_exclude_targets exclude_targets : ::std::vec::Vec < crate ::v1::ExcludeTarget >;
    with_state state : crate ::v1::AuthenticationMethodState; with_include_targets
    include_targets : ::std::vec::Vec < crate ::v1::SmsAuthenticationMethodTarget >; }
);
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
#[cfg(feature = "serde")]
rt::impl_serde!(SmsAuthenticationMethodConfiguration);
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
/// CSDL: `microsoft.graph.smsAuthenticationMethodTarget`, entity type, derived from `microsoft.graph.authenticationMethodTarget`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1`, or one of `v1-authentication-method-configurations`, `v1-authentication-methods-policy`, `v1-policies`, `v1-search`.
#[derive(Clone)]
pub struct SmsAuthenticationMethodTarget {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `isRegistrationRequired`: `Edm.Boolean`, not nullable.
    pub is_registration_required: rt::Field<bool>,
    /// CSDL: property `targetType`: `microsoft.graph.authenticationMethodTargetType`, not nullable.
    pub target_type: rt::Field<crate::v1::AuthenticationMethodTargetType>,
    /// CSDL: property `isUsableForSignIn`: `Edm.Boolean`, not nullable.
    pub is_usable_for_sign_in: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
impl ::std::default::Default for SmsAuthenticationMethodTarget {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            is_registration_required: rt::Field::Absent,
            target_type: rt::Field::Absent,
            is_usable_for_sign_in: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
impl rt::Object for SmsAuthenticationMethodTarget {
    const TYPE_NAME: &'static str = "microsoft.graph.smsAuthenticationMethodTarget";
    const KEYS: &'static [&'static str] = &[
        "id",
        "isRegistrationRequired",
        "targetType",
        "isUsableForSignIn",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"isRegistrationRequired\":       ",
        ",\"targetType\":                   ",
        ",\"isUsableForSignIn\":            ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.smsAuthenticationMethodTarget\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "is_registration_required", &self.is_registration_required);
        v.field(2usize, "target_type", &self.target_type);
        v.field(3usize, "is_usable_for_sign_in", &self.is_usable_for_sign_in);
    }
}
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
impl rt::object::Members for SmsAuthenticationMethodTarget {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.is_registration_required.read_from(r),
            2usize => self.target_type.read_from(r),
            3usize => self.is_usable_for_sign_in.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.is_registration_required);
        w.field(2usize, &self.target_type);
        w.field(3usize, &self.is_usable_for_sign_in);
    }
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
rt::impl_object!(SmsAuthenticationMethodTarget);
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
rt::impl_setters!(
    SmsAuthenticationMethodTarget { with_id id : ::std::string::String;
    with_is_registration_required is_registration_required : bool; with_target_type
    target_type : crate ::v1::AuthenticationMethodTargetType; with_is_usable_for_sign_in
    is_usable_for_sign_in : bool; }
);
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
#[cfg(feature = "serde")]
rt::impl_serde!(SmsAuthenticationMethodTarget);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.softwareOathAuthenticationMethod`, entity type, derived from `microsoft.graph.authenticationMethod`, key `id`.
///
/// Request builders: [`AuthenticationMethodPath`](requests/trait.AuthenticationMethodPath.html), what a path to one (`EntityPath<SoftwareOathAuthenticationMethod, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct SoftwareOathAuthenticationMethod {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `secretKey`: `Edm.String`, nullable.
    pub secret_key: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for SoftwareOathAuthenticationMethod {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            secret_key: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for SoftwareOathAuthenticationMethod {
    const TYPE_NAME: &'static str = "microsoft.graph.softwareOathAuthenticationMethod";
    const KEYS: &'static [&'static str] = &["id", "createdDateTime", "secretKey"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdDateTime\":              ",
        ",\"secretKey\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.softwareOathAuthenticationMethod\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_date_time", &self.created_date_time);
        v.field(2usize, "secret_key", &self.secret_key);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for SoftwareOathAuthenticationMethod {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_date_time.read_from(r),
            2usize => self.secret_key.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.created_date_time);
        w.field(2usize, &self.secret_key);
    }
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
rt::impl_object!(SoftwareOathAuthenticationMethod);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    SoftwareOathAuthenticationMethod { with_id id : ::std::string::String;
    with_created_date_time created_date_time : rt::edm::DateTimeOffset; with_secret_key
    secret_key : ::std::string::String; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(SoftwareOathAuthenticationMethod);
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
/// CSDL: `microsoft.graph.softwareOathAuthenticationMethodConfiguration`, entity type, derived from `microsoft.graph.authenticationMethodConfiguration`, key `id`.
///
/// Request builders: [`SoftwareOathAuthenticationMethodConfigurationPath`](requests/trait.SoftwareOathAuthenticationMethodConfigurationPath.html), what a path to one (`EntityPath<SoftwareOathAuthenticationMethodConfiguration, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-authentication-method-configurations`, `v1-authentication-methods-policy`, `v1-policies`, `v1-search`.
#[derive(Clone)]
pub struct SoftwareOathAuthenticationMethodConfiguration {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `excludeTargets`: `Collection(microsoft.graph.excludeTarget)`, nullable.
    pub exclude_targets: rt::Field<::std::vec::Vec<crate::v1::ExcludeTarget>>,
    /// CSDL: property `state`: `microsoft.graph.authenticationMethodState`, nullable.
    pub state: rt::Field<crate::v1::AuthenticationMethodState>,
    /// CSDL: containment navigation property `includeTargets`: `Collection(microsoft.graph.authenticationMethodTarget)`, not nullable.
    pub include_targets: rt::Field<
        ::std::vec::Vec<crate::v1::AnyAuthenticationMethodTarget>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
impl ::std::default::Default for SoftwareOathAuthenticationMethodConfiguration {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            exclude_targets: rt::Field::Absent,
            state: rt::Field::Absent,
            include_targets: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
impl rt::Object for SoftwareOathAuthenticationMethodConfiguration {
    const TYPE_NAME: &'static str = "microsoft.graph.softwareOathAuthenticationMethodConfiguration";
    const KEYS: &'static [&'static str] = &[
        "id",
        "excludeTargets",
        "state",
        "includeTargets",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"excludeTargets\":               ",
        ",\"state\":                        ",
        ",\"includeTargets\":               ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.softwareOathAuthenticationMethodConfiguration\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "exclude_targets", &self.exclude_targets);
        v.field(2usize, "state", &self.state);
        v.field(3usize, "include_targets", &self.include_targets);
    }
}
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
impl rt::object::Members for SoftwareOathAuthenticationMethodConfiguration {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.exclude_targets.read_from(r),
            2usize => self.state.read_from(r),
            3usize => self.include_targets.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.exclude_targets);
        w.field(2usize, &self.state);
        w.field(3usize, &self.include_targets);
    }
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
rt::impl_object!(SoftwareOathAuthenticationMethodConfiguration);
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
rt::impl_setters!(
    SoftwareOathAuthenticationMethodConfiguration { with_id id : ::std::string::String;
    with_exclude_targets exclude_targets : ::std::vec::Vec < crate ::v1::ExcludeTarget >;
    with_state state : crate ::v1::AuthenticationMethodState; with_include_targets
    include_targets : ::std::vec::Vec < crate ::v1::AnyAuthenticationMethodTarget >; }
);
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
#[cfg(feature = "serde")]
rt::impl_serde!(SoftwareOathAuthenticationMethodConfiguration);
#[cfg(msgraph_v1_solutions)]
/// CSDL: `microsoft.graph.solutionsRoot`, entity type.
///
/// Request builders: [`SolutionsRootPath`](requests/trait.SolutionsRootPath.html), what a path to one (`EntityPath<SolutionsRoot, C>`) dereferences to.
///
/// Features: `v1` or `v1-solutions`.
#[derive(Clone)]
pub struct SolutionsRoot {
    /// CSDL: containment navigation property `backupRestore`: `microsoft.graph.backupRestoreRoot`, nullable.
    pub backup_restore: rt::Field<crate::v1::BackupRestoreRoot>,
    /// CSDL: containment navigation property `bookingBusinesses`: `Collection(microsoft.graph.bookingBusiness)`, not nullable.
    pub booking_businesses: rt::Field<::std::vec::Vec<crate::v1::BookingBusiness>>,
    /// CSDL: containment navigation property `bookingCurrencies`: `Collection(microsoft.graph.bookingCurrency)`, not nullable.
    pub booking_currencies: rt::Field<::std::vec::Vec<crate::v1::BookingCurrency>>,
    /// CSDL: containment navigation property `virtualEvents`: `microsoft.graph.virtualEventsRoot`, nullable.
    pub virtual_events: rt::Field<crate::v1::VirtualEventsRoot>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_solutions)]
impl ::std::default::Default for SolutionsRoot {
    #[inline]
    fn default() -> Self {
        Self {
            backup_restore: rt::Field::Absent,
            booking_businesses: rt::Field::Absent,
            booking_currencies: rt::Field::Absent,
            virtual_events: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_solutions)]
impl rt::Object for SolutionsRoot {
    const TYPE_NAME: &'static str = "microsoft.graph.solutionsRoot";
    const KEYS: &'static [&'static str] = &[
        "backupRestore",
        "bookingBusinesses",
        "bookingCurrencies",
        "virtualEvents",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"backupRestore\":                ",
        ",\"bookingBusinesses\":            ",
        ",\"bookingCurrencies\":            ",
        ",\"virtualEvents\":                ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.solutionsRoot\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "backup_restore", &self.backup_restore);
        v.field(1usize, "booking_businesses", &self.booking_businesses);
        v.field(2usize, "booking_currencies", &self.booking_currencies);
        v.field(3usize, "virtual_events", &self.virtual_events);
    }
}
#[cfg(msgraph_v1_solutions)]
impl rt::object::Members for SolutionsRoot {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.backup_restore.read_from(r),
            1usize => self.booking_businesses.read_from(r),
            2usize => self.booking_currencies.read_from(r),
            3usize => self.virtual_events.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.backup_restore);
        w.field(1usize, &self.booking_businesses);
        w.field(2usize, &self.booking_currencies);
        w.field(3usize, &self.virtual_events);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_solutions)]
rt::impl_object!(SolutionsRoot);
#[cfg(msgraph_v1_solutions)]
rt::impl_setters!(
    SolutionsRoot { with_backup_restore backup_restore : crate ::v1::BackupRestoreRoot;
    with_booking_businesses booking_businesses : ::std::vec::Vec < crate
    ::v1::BookingBusiness >; with_booking_currencies booking_currencies : ::std::vec::Vec
    < crate ::v1::BookingCurrency >; with_virtual_events virtual_events : crate
    ::v1::VirtualEventsRoot; }
);
#[cfg(msgraph_v1_solutions)]
#[cfg(feature = "serde")]
rt::impl_serde!(SolutionsRoot);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.spaApplication`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct SpaApplication {
    /// CSDL: property `redirectUris`: `Collection(Edm.String)`, not nullable.
    pub redirect_uris: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for SpaApplication {
    #[inline]
    fn default() -> Self {
        Self {
            redirect_uris: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for SpaApplication {
    const TYPE_NAME: &'static str = "microsoft.graph.spaApplication";
    const KEYS: &'static [&'static str] = &["redirectUris"];
    const KEYS_JSON: &'static [&'static str] = &[",\"redirectUris\":                 "];
    const TAG: &'static str = "\"#microsoft.graph.spaApplication\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "redirect_uris", &self.redirect_uris);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for SpaApplication {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.redirect_uris.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.redirect_uris);
    }
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
rt::impl_object!(SpaApplication);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    SpaApplication { with_redirect_uris redirect_uris : ::std::vec::Vec <
    ::std::string::String >; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(SpaApplication);
#[cfg(msgraph_v1_application_templates_or_search)]
/// CSDL: `microsoft.graph.sslVersion`, enum type.
///
/// Features: `v1`, or one of `v1-application-templates`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum SslVersion {
    /// `none` (value 0).
    None,
    /// `ssl3_0` (value 1).
    Ssl30,
    /// `tls1_0` (value 2).
    Tls10,
    /// `tls1_1` (value 3).
    Tls11,
    /// `tls1_2` (value 4).
    Tls12,
    /// `tls1_3` (value 5).
    Tls13,
    /// `notSupported` (value 6).
    NotSupported,
    /// `unknownFutureValue` (value 7).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_application_templates_or_search)]
impl rt::StrEnum for SslVersion {
    const TYPE_NAME: &'static str = "microsoft.graph.sslVersion";
    const MEMBERS: &'static [&'static str] = &[
        "none",
        "ssl3_0",
        "tls1_0",
        "tls1_1",
        "tls1_2",
        "tls1_3",
        "notSupported",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "none" => Self::None,
                "ssl3_0" => Self::Ssl30,
                "tls1_0" => Self::Tls10,
                "tls1_1" => Self::Tls11,
                "tls1_2" => Self::Tls12,
                "tls1_3" => Self::Tls13,
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
            Self::Ssl30 => "ssl3_0",
            Self::Tls10 => "tls1_0",
            Self::Tls11 => "tls1_1",
            Self::Tls12 => "tls1_2",
            Self::Tls13 => "tls1_3",
            Self::NotSupported => "notSupported",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_application_templates_or_search)]
rt::impl_enum!(SslVersion);
#[cfg(msgraph_v1_application_templates_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(SslVersion);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.standardTimeZoneOffset`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct StandardTimeZoneOffset {
    /// CSDL: property `dayOccurrence`: `Edm.Int32`, nullable.
    pub day_occurrence: rt::Field<i32>,
    /// CSDL: property `dayOfWeek`: `microsoft.graph.dayOfWeek`, nullable.
    pub day_of_week: rt::Field<crate::v1::DayOfWeek>,
    /// CSDL: property `month`: `Edm.Int32`, nullable.
    pub month: rt::Field<i32>,
    /// CSDL: property `time`: `Edm.TimeOfDay`, nullable.
    pub time: rt::Field<rt::edm::TimeOfDay>,
    /// CSDL: property `year`: `Edm.Int32`, nullable.
    pub year: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
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
#[cfg(msgraph_v1_core)]
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
#[cfg(msgraph_v1_core)]
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
#[cfg(msgraph_v1_core)]
rt::impl_object!(StandardTimeZoneOffset);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    StandardTimeZoneOffset { with_day_occurrence day_occurrence : i32; with_day_of_week
    day_of_week : crate ::v1::DayOfWeek; with_month month : i32; with_time time :
    rt::edm::TimeOfDay; with_year year : i32; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(StandardTimeZoneOffset);
#[cfg(msgraph_v1_core)]
/// `microsoft.graph.standardTimeZoneOffset` or any type derived from it, selected by `@odata.type` (2 types); each variant's type converts into it (`From`).
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Debug)]
pub enum AnyStandardTimeZoneOffset {
    StandardTimeZoneOffset(::std::boxed::Box<crate::v1::StandardTimeZoneOffset>),
    DaylightTimeZoneOffset(::std::boxed::Box<crate::v1::DaylightTimeZoneOffset>),
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for AnyStandardTimeZoneOffset {
    #[inline]
    fn default() -> Self {
        Self::StandardTimeZoneOffset(::std::default::Default::default())
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::StandardTimeZoneOffset>
for AnyStandardTimeZoneOffset {
    #[inline]
    fn from(v: crate::v1::StandardTimeZoneOffset) -> Self {
        Self::StandardTimeZoneOffset(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::DaylightTimeZoneOffset>
for AnyStandardTimeZoneOffset {
    #[inline]
    fn from(v: crate::v1::DaylightTimeZoneOffset) -> Self {
        Self::DaylightTimeZoneOffset(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core)]
unsafe impl ::std::marker::Send for AnyStandardTimeZoneOffset {}
#[cfg(msgraph_v1_core)]
unsafe impl ::std::marker::Sync for AnyStandardTimeZoneOffset {}
#[cfg(msgraph_v1_core)]
impl ::std::marker::Unpin for AnyStandardTimeZoneOffset {}
#[cfg(msgraph_v1_core)]
impl ::std::panic::UnwindSafe for AnyStandardTimeZoneOffset {}
#[cfg(msgraph_v1_core)]
impl ::std::panic::RefUnwindSafe for AnyStandardTimeZoneOffset {}
#[cfg(msgraph_v1_core)]
const _: () = {
    rt::object::auto_traits::<crate::v1::StandardTimeZoneOffset>();
    rt::object::auto_traits::<crate::v1::DaylightTimeZoneOffset>();
};
#[cfg(msgraph_v1_core)]
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
#[cfg(msgraph_v1_core)]
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
    pub fn day_of_week(&self) -> &rt::Field<crate::v1::DayOfWeek> {
        match self {
            Self::StandardTimeZoneOffset(v) => &v.day_of_week,
            Self::DaylightTimeZoneOffset(v) => &v.day_of_week,
        }
    }
    /// `dayOfWeek` of any variant.
    #[inline]
    pub fn day_of_week_mut(&mut self) -> &mut rt::Field<crate::v1::DayOfWeek> {
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
#[cfg(msgraph_v1_core)]
rt::impl_poly!(AnyStandardTimeZoneOffset);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyStandardTimeZoneOffset);
#[cfg(msgraph_v1_core_or_sites)]
/// CSDL: `microsoft.graph.standardWebPart`, entity type, derived from `microsoft.graph.webPart`, key `id`.
///
/// Request builders: [`StandardWebPartPath`](requests/trait.StandardWebPartPath.html), what a path to one (`EntityPath<StandardWebPart, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct StandardWebPart {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `containerTextWebPartId`: `Edm.String`, nullable.
    pub container_text_web_part_id: rt::Field<::std::string::String>,
    /// CSDL: property `data`: `microsoft.graph.webPartData`, nullable.
    pub data: rt::Field<crate::v1::WebPartData>,
    /// CSDL: property `webPartType`: `Edm.String`, nullable.
    pub web_part_type: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_sites)]
impl ::std::default::Default for StandardWebPart {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            container_text_web_part_id: rt::Field::Absent,
            data: rt::Field::Absent,
            web_part_type: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_sites)]
impl rt::Object for StandardWebPart {
    const TYPE_NAME: &'static str = "microsoft.graph.standardWebPart";
    const KEYS: &'static [&'static str] = &[
        "id",
        "containerTextWebPartId",
        "data",
        "webPartType",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"containerTextWebPartId\":       ",
        ",\"data\":                         ",
        ",\"webPartType\":                  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.standardWebPart\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "container_text_web_part_id", &self.container_text_web_part_id);
        v.field(2usize, "data", &self.data);
        v.field(3usize, "web_part_type", &self.web_part_type);
    }
}
#[cfg(msgraph_v1_core_or_sites)]
impl rt::object::Members for StandardWebPart {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.container_text_web_part_id.read_from(r),
            2usize => self.data.read_from(r),
            3usize => self.web_part_type.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.container_text_web_part_id);
        w.field(2usize, &self.data);
        w.field(3usize, &self.web_part_type);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_core_or_sites)]
rt::impl_object!(StandardWebPart);
#[cfg(msgraph_v1_core_or_sites)]
rt::impl_setters!(
    StandardWebPart { with_id id : ::std::string::String; with_container_text_web_part_id
    container_text_web_part_id : ::std::string::String; with_data data : crate
    ::v1::WebPartData; with_web_part_type web_part_type : ::std::string::String; }
);
#[cfg(msgraph_v1_core_or_sites)]
#[cfg(feature = "serde")]
rt::impl_serde!(StandardWebPart);
#[cfg(msgraph_v1_communications_or_search)]
/// CSDL: `microsoft.graph.startHoldMusicOperation`, entity type, derived from `microsoft.graph.commsOperation`, open, key `id`.
///
/// Request builders: [`CommsOperationPath`](requests/trait.CommsOperationPath.html), what a path to one (`EntityPath<StartHoldMusicOperation, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-communications`, `v1-search`.
#[derive(Clone)]
pub struct StartHoldMusicOperation {
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
impl ::std::default::Default for StartHoldMusicOperation {
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
impl rt::Object for StartHoldMusicOperation {
    const TYPE_NAME: &'static str = "microsoft.graph.startHoldMusicOperation";
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
    const TAG: &'static str = "\"#microsoft.graph.startHoldMusicOperation\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "client_context", &self.client_context);
        v.field(2usize, "result_info", &self.result_info);
        v.field(3usize, "status", &self.status);
    }
}
#[cfg(msgraph_v1_communications_or_search)]
impl rt::object::Members for StartHoldMusicOperation {
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
rt::impl_object!(StartHoldMusicOperation);
#[cfg(msgraph_v1_communications_or_search)]
rt::impl_setters!(
    StartHoldMusicOperation { with_id id : ::std::string::String; with_client_context
    client_context : ::std::string::String; with_result_info result_info : crate
    ::v1::ResultInfo; with_status status : crate ::v1::OperationStatus; }
);
#[cfg(msgraph_v1_communications_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(StartHoldMusicOperation);
#[cfg(msgraph_v1_communications_or_search)]
/// CSDL: `microsoft.graph.stopHoldMusicOperation`, entity type, derived from `microsoft.graph.commsOperation`, open, key `id`.
///
/// Request builders: [`CommsOperationPath`](requests/trait.CommsOperationPath.html), what a path to one (`EntityPath<StopHoldMusicOperation, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-communications`, `v1-search`.
#[derive(Clone)]
pub struct StopHoldMusicOperation {
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
impl ::std::default::Default for StopHoldMusicOperation {
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
impl rt::Object for StopHoldMusicOperation {
    const TYPE_NAME: &'static str = "microsoft.graph.stopHoldMusicOperation";
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
    const TAG: &'static str = "\"#microsoft.graph.stopHoldMusicOperation\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "client_context", &self.client_context);
        v.field(2usize, "result_info", &self.result_info);
        v.field(3usize, "status", &self.status);
    }
}
#[cfg(msgraph_v1_communications_or_search)]
impl rt::object::Members for StopHoldMusicOperation {
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
rt::impl_object!(StopHoldMusicOperation);
#[cfg(msgraph_v1_communications_or_search)]
rt::impl_setters!(
    StopHoldMusicOperation { with_id id : ::std::string::String; with_client_context
    client_context : ::std::string::String; with_result_info result_info : crate
    ::v1::ResultInfo; with_status status : crate ::v1::OperationStatus; }
);
#[cfg(msgraph_v1_communications_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(StopHoldMusicOperation);
#[cfg(msgraph_v1_drives_or_search)]
/// CSDL: `microsoft.graph.storagePlanInformation`, complex type.
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct StoragePlanInformation {
    /// CSDL: property `upgradeAvailable`: `Edm.Boolean`, nullable.
    pub upgrade_available: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for StoragePlanInformation {
    #[inline]
    fn default() -> Self {
        Self {
            upgrade_available: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for StoragePlanInformation {
    const TYPE_NAME: &'static str = "microsoft.graph.storagePlanInformation";
    const KEYS: &'static [&'static str] = &["upgradeAvailable"];
    const KEYS_JSON: &'static [&'static str] = &[",\"upgradeAvailable\":             "];
    const TAG: &'static str = "\"#microsoft.graph.storagePlanInformation\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "upgrade_available", &self.upgrade_available);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for StoragePlanInformation {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.upgrade_available.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.upgrade_available);
    }
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
rt::impl_object!(StoragePlanInformation);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    StoragePlanInformation { with_upgrade_available upgrade_available : bool; }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(StoragePlanInformation);
#[cfg(msgraph_v1_core_or_storage)]
/// CSDL: `microsoft.graph.storageQuotaBreakdown`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct StorageQuotaBreakdown {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `manageWebUrl`: `Edm.String`, nullable.
    pub manage_web_url: rt::Field<::std::string::String>,
    /// CSDL: property `used`: `Edm.Int64`, nullable.
    pub used: rt::Field<i64>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_storage)]
impl ::std::default::Default for StorageQuotaBreakdown {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            display_name: rt::Field::Absent,
            manage_web_url: rt::Field::Absent,
            used: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_storage)]
impl rt::Object for StorageQuotaBreakdown {
    const TYPE_NAME: &'static str = "microsoft.graph.storageQuotaBreakdown";
    const KEYS: &'static [&'static str] = &["id", "displayName", "manageWebUrl", "used"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"displayName\":                  ",
        ",\"manageWebUrl\":                 ",
        ",\"used\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.storageQuotaBreakdown\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "display_name", &self.display_name);
        v.field(2usize, "manage_web_url", &self.manage_web_url);
        v.field(3usize, "used", &self.used);
    }
}
#[cfg(msgraph_v1_core_or_storage)]
impl rt::object::Members for StorageQuotaBreakdown {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.display_name.read_from(r),
            2usize => self.manage_web_url.read_from(r),
            3usize => self.used.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.display_name);
        w.field(2usize, &self.manage_web_url);
        w.field(3usize, &self.used);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_core_or_storage)]
rt::impl_object!(StorageQuotaBreakdown);
#[cfg(msgraph_v1_core_or_storage)]
rt::impl_setters!(
    StorageQuotaBreakdown { with_id id : ::std::string::String; with_display_name
    display_name : ::std::string::String; with_manage_web_url manage_web_url :
    ::std::string::String; with_used used : i64; }
);
#[cfg(msgraph_v1_core_or_storage)]
#[cfg(feature = "serde")]
rt::impl_serde!(StorageQuotaBreakdown);
#[cfg(msgraph_v1_core_or_storage)]
/// `microsoft.graph.storageQuotaBreakdown` or any type derived from it, selected by `@odata.type` (2 types); each variant's type converts into it (`From`).
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Debug)]
pub enum AnyStorageQuotaBreakdown {
    StorageQuotaBreakdown(::std::boxed::Box<crate::v1::StorageQuotaBreakdown>),
    ServiceStorageQuotaBreakdown(
        ::std::boxed::Box<crate::v1::ServiceStorageQuotaBreakdown>,
    ),
}
#[cfg(msgraph_v1_core_or_storage)]
impl ::std::default::Default for AnyStorageQuotaBreakdown {
    #[inline]
    fn default() -> Self {
        Self::StorageQuotaBreakdown(::std::default::Default::default())
    }
}
#[cfg(msgraph_v1_core_or_storage)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::StorageQuotaBreakdown>
for AnyStorageQuotaBreakdown {
    #[inline]
    fn from(v: crate::v1::StorageQuotaBreakdown) -> Self {
        Self::StorageQuotaBreakdown(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core_or_storage)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::ServiceStorageQuotaBreakdown>
for AnyStorageQuotaBreakdown {
    #[inline]
    fn from(v: crate::v1::ServiceStorageQuotaBreakdown) -> Self {
        Self::ServiceStorageQuotaBreakdown(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core_or_storage)]
unsafe impl ::std::marker::Send for AnyStorageQuotaBreakdown {}
#[cfg(msgraph_v1_core_or_storage)]
unsafe impl ::std::marker::Sync for AnyStorageQuotaBreakdown {}
#[cfg(msgraph_v1_core_or_storage)]
impl ::std::marker::Unpin for AnyStorageQuotaBreakdown {}
#[cfg(msgraph_v1_core_or_storage)]
impl ::std::panic::UnwindSafe for AnyStorageQuotaBreakdown {}
#[cfg(msgraph_v1_core_or_storage)]
impl ::std::panic::RefUnwindSafe for AnyStorageQuotaBreakdown {}
#[cfg(msgraph_v1_core_or_storage)]
const _: () = {
    rt::object::auto_traits::<crate::v1::StorageQuotaBreakdown>();
    rt::object::auto_traits::<crate::v1::ServiceStorageQuotaBreakdown>();
};
#[cfg(msgraph_v1_core_or_storage)]
impl rt::Poly for AnyStorageQuotaBreakdown {
    const BASE_NAME: &'static str = "microsoft.graph.storageQuotaBreakdown";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some(
                "microsoft.graph.serviceStorageQuotaBreakdown",
            ) => Self::ServiceStorageQuotaBreakdown(rt::object::new_boxed()),
            _ => Self::StorageQuotaBreakdown(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::StorageQuotaBreakdown(v) => &**v,
            Self::ServiceStorageQuotaBreakdown(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::StorageQuotaBreakdown(v) => &mut **v,
            Self::ServiceStorageQuotaBreakdown(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_v1_core_or_storage)]
impl AnyStorageQuotaBreakdown {
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
            Self::StorageQuotaBreakdown(v) => &v.id,
            Self::ServiceStorageQuotaBreakdown(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::StorageQuotaBreakdown(v) => &mut v.id,
            Self::ServiceStorageQuotaBreakdown(v) => &mut v.id,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::StorageQuotaBreakdown(v) => &v.display_name,
            Self::ServiceStorageQuotaBreakdown(v) => &v.display_name,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::StorageQuotaBreakdown(v) => &mut v.display_name,
            Self::ServiceStorageQuotaBreakdown(v) => &mut v.display_name,
        }
    }
    /// `manageWebUrl` of any variant.
    #[inline]
    pub fn manage_web_url(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::StorageQuotaBreakdown(v) => &v.manage_web_url,
            Self::ServiceStorageQuotaBreakdown(v) => &v.manage_web_url,
        }
    }
    /// `manageWebUrl` of any variant.
    #[inline]
    pub fn manage_web_url_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::StorageQuotaBreakdown(v) => &mut v.manage_web_url,
            Self::ServiceStorageQuotaBreakdown(v) => &mut v.manage_web_url,
        }
    }
    /// `used` of any variant.
    #[inline]
    pub fn used(&self) -> &rt::Field<i64> {
        match self {
            Self::StorageQuotaBreakdown(v) => &v.used,
            Self::ServiceStorageQuotaBreakdown(v) => &v.used,
        }
    }
    /// `used` of any variant.
    #[inline]
    pub fn used_mut(&mut self) -> &mut rt::Field<i64> {
        match self {
            Self::StorageQuotaBreakdown(v) => &mut v.used,
            Self::ServiceStorageQuotaBreakdown(v) => &mut v.used,
        }
    }
}
#[cfg(msgraph_v1_core_or_storage)]
rt::impl_poly!(AnyStorageQuotaBreakdown);
#[cfg(msgraph_v1_core_or_storage)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyStorageQuotaBreakdown);
#[cfg(msgraph_v1_search_or_storage)]
/// CSDL: `microsoft.graph.storageSettings`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`StorageSettingsPath`](requests/trait.StorageSettingsPath.html), what a path to one (`EntityPath<StorageSettings, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-search`, `v1-storage`.
#[derive(Clone)]
pub struct StorageSettings {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `quota`: `microsoft.graph.unifiedStorageQuota`, nullable.
    pub quota: rt::Field<crate::v1::UnifiedStorageQuota>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_storage)]
impl ::std::default::Default for StorageSettings {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            quota: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_storage)]
impl rt::Object for StorageSettings {
    const TYPE_NAME: &'static str = "microsoft.graph.storageSettings";
    const KEYS: &'static [&'static str] = &["id", "quota"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"quota\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.storageSettings\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "quota", &self.quota);
    }
}
#[cfg(msgraph_v1_search_or_storage)]
impl rt::object::Members for StorageSettings {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.quota.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.quota);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_search_or_storage)]
rt::impl_object!(StorageSettings);
#[cfg(msgraph_v1_search_or_storage)]
rt::impl_setters!(
    StorageSettings { with_id id : ::std::string::String; with_quota quota : crate
    ::v1::UnifiedStorageQuota; }
);
#[cfg(msgraph_v1_search_or_storage)]
#[cfg(feature = "serde")]
rt::impl_serde!(StorageSettings);
#[cfg(msgraph_v1_privacy_or_search_or_security)]
/// CSDL: `microsoft.graph.subjectRightsRequestAllMailboxLocation`, complex type, derived from `microsoft.graph.subjectRightsRequestMailboxLocation`.
///
/// Features: `v1`, or one of `v1-privacy`, `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct SubjectRightsRequestAllMailboxLocation {
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_privacy_or_search_or_security)]
impl ::std::default::Default for SubjectRightsRequestAllMailboxLocation {
    #[inline]
    fn default() -> Self {
        Self {
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_privacy_or_search_or_security)]
impl rt::Object for SubjectRightsRequestAllMailboxLocation {
    const TYPE_NAME: &'static str = "microsoft.graph.subjectRightsRequestAllMailboxLocation";
    const KEYS: &'static [&'static str] = &[];
    const KEYS_JSON: &'static [&'static str] = &[];
    const TAG: &'static str = "\"#microsoft.graph.subjectRightsRequestAllMailboxLocation\"";
    #[inline]
    #[allow(unused_variables)]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {}
}
#[cfg(msgraph_v1_privacy_or_search_or_security)]
impl rt::object::Members for SubjectRightsRequestAllMailboxLocation {
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
#[cfg(msgraph_v1_privacy_or_search_or_security)]
rt::impl_object!(SubjectRightsRequestAllMailboxLocation);
#[cfg(msgraph_v1_privacy_or_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(SubjectRightsRequestAllMailboxLocation);
#[cfg(msgraph_v1_privacy_or_search_or_security)]
/// CSDL: `microsoft.graph.subjectRightsRequestEnumeratedMailboxLocation`, complex type, derived from `microsoft.graph.subjectRightsRequestMailboxLocation`.
///
/// Features: `v1`, or one of `v1-privacy`, `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct SubjectRightsRequestEnumeratedMailboxLocation {
    /// CSDL: property `userPrincipalNames`: `Collection(Edm.String)`, nullable.
    pub user_principal_names: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_privacy_or_search_or_security)]
impl ::std::default::Default for SubjectRightsRequestEnumeratedMailboxLocation {
    #[inline]
    fn default() -> Self {
        Self {
            user_principal_names: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_privacy_or_search_or_security)]
impl rt::Object for SubjectRightsRequestEnumeratedMailboxLocation {
    const TYPE_NAME: &'static str = "microsoft.graph.subjectRightsRequestEnumeratedMailboxLocation";
    const KEYS: &'static [&'static str] = &["userPrincipalNames"];
    const KEYS_JSON: &'static [&'static str] = &[",\"userPrincipalNames\":           "];
    const TAG: &'static str = "\"#microsoft.graph.subjectRightsRequestEnumeratedMailboxLocation\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "user_principal_names", &self.user_principal_names);
    }
}
#[cfg(msgraph_v1_privacy_or_search_or_security)]
impl rt::object::Members for SubjectRightsRequestEnumeratedMailboxLocation {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.user_principal_names.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.user_principal_names);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_privacy_or_search_or_security)]
rt::impl_object!(SubjectRightsRequestEnumeratedMailboxLocation);
#[cfg(msgraph_v1_privacy_or_search_or_security)]
rt::impl_setters!(
    SubjectRightsRequestEnumeratedMailboxLocation { with_user_principal_names
    user_principal_names : ::std::vec::Vec < ::std::string::String >; }
);
#[cfg(msgraph_v1_privacy_or_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(SubjectRightsRequestEnumeratedMailboxLocation);
#[cfg(msgraph_v1_privacy_or_search_or_security)]
/// CSDL: `microsoft.graph.subjectRightsRequestMailboxLocation`, complex type, abstract.
///
/// Features: `v1`, or one of `v1-privacy`, `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct SubjectRightsRequestMailboxLocation {
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_privacy_or_search_or_security)]
impl ::std::default::Default for SubjectRightsRequestMailboxLocation {
    #[inline]
    fn default() -> Self {
        Self {
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_privacy_or_search_or_security)]
impl rt::Object for SubjectRightsRequestMailboxLocation {
    const TYPE_NAME: &'static str = "microsoft.graph.subjectRightsRequestMailboxLocation";
    const KEYS: &'static [&'static str] = &[];
    const KEYS_JSON: &'static [&'static str] = &[];
    const TAG: &'static str = "\"#microsoft.graph.subjectRightsRequestMailboxLocation\"";
    #[inline]
    #[allow(unused_variables)]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {}
}
#[cfg(msgraph_v1_privacy_or_search_or_security)]
impl rt::object::Members for SubjectRightsRequestMailboxLocation {
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
#[cfg(msgraph_v1_privacy_or_search_or_security)]
rt::impl_object!(SubjectRightsRequestMailboxLocation);
#[cfg(msgraph_v1_privacy_or_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(SubjectRightsRequestMailboxLocation);
#[cfg(msgraph_v1_privacy_or_search_or_security)]
/// `microsoft.graph.subjectRightsRequestMailboxLocation` or any type derived from it, selected by `@odata.type` (3 types); each variant's type converts into it (`From`).
///
/// Features: `v1`, or one of `v1-privacy`, `v1-search`, `v1-security`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnySubjectRightsRequestMailboxLocation {
    SubjectRightsRequestMailboxLocation(
        ::std::boxed::Box<crate::v1::SubjectRightsRequestMailboxLocation>,
    ),
    SubjectRightsRequestAllMailboxLocation(
        ::std::boxed::Box<crate::v1::SubjectRightsRequestAllMailboxLocation>,
    ),
    SubjectRightsRequestEnumeratedMailboxLocation(
        ::std::boxed::Box<crate::v1::SubjectRightsRequestEnumeratedMailboxLocation>,
    ),
}
#[cfg(msgraph_v1_privacy_or_search_or_security)]
impl ::std::default::Default for AnySubjectRightsRequestMailboxLocation {
    #[inline]
    fn default() -> Self {
        Self::SubjectRightsRequestMailboxLocation(::std::default::Default::default())
    }
}
#[cfg(msgraph_v1_privacy_or_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::SubjectRightsRequestMailboxLocation>
for AnySubjectRightsRequestMailboxLocation {
    #[inline]
    fn from(v: crate::v1::SubjectRightsRequestMailboxLocation) -> Self {
        Self::SubjectRightsRequestMailboxLocation(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_privacy_or_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::SubjectRightsRequestAllMailboxLocation>
for AnySubjectRightsRequestMailboxLocation {
    #[inline]
    fn from(v: crate::v1::SubjectRightsRequestAllMailboxLocation) -> Self {
        Self::SubjectRightsRequestAllMailboxLocation(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_privacy_or_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::SubjectRightsRequestEnumeratedMailboxLocation>
for AnySubjectRightsRequestMailboxLocation {
    #[inline]
    fn from(v: crate::v1::SubjectRightsRequestEnumeratedMailboxLocation) -> Self {
        Self::SubjectRightsRequestEnumeratedMailboxLocation(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_privacy_or_search_or_security)]
unsafe impl ::std::marker::Send for AnySubjectRightsRequestMailboxLocation {}
#[cfg(msgraph_v1_privacy_or_search_or_security)]
unsafe impl ::std::marker::Sync for AnySubjectRightsRequestMailboxLocation {}
#[cfg(msgraph_v1_privacy_or_search_or_security)]
impl ::std::marker::Unpin for AnySubjectRightsRequestMailboxLocation {}
#[cfg(msgraph_v1_privacy_or_search_or_security)]
impl ::std::panic::UnwindSafe for AnySubjectRightsRequestMailboxLocation {}
#[cfg(msgraph_v1_privacy_or_search_or_security)]
impl ::std::panic::RefUnwindSafe for AnySubjectRightsRequestMailboxLocation {}
#[cfg(msgraph_v1_privacy_or_search_or_security)]
const _: () = {
    rt::object::auto_traits::<crate::v1::SubjectRightsRequestMailboxLocation>();
    rt::object::auto_traits::<crate::v1::SubjectRightsRequestAllMailboxLocation>();
    rt::object::auto_traits::<
        crate::v1::SubjectRightsRequestEnumeratedMailboxLocation,
    >();
};
#[cfg(msgraph_v1_privacy_or_search_or_security)]
impl rt::Poly for AnySubjectRightsRequestMailboxLocation {
    const BASE_NAME: &'static str = "microsoft.graph.subjectRightsRequestMailboxLocation";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some(
                "microsoft.graph.subjectRightsRequestAllMailboxLocation",
            ) => Self::SubjectRightsRequestAllMailboxLocation(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.subjectRightsRequestEnumeratedMailboxLocation",
            ) => {
                Self::SubjectRightsRequestEnumeratedMailboxLocation(
                    rt::object::new_boxed(),
                )
            }
            _ => Self::SubjectRightsRequestMailboxLocation(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::SubjectRightsRequestMailboxLocation(v) => &**v,
            Self::SubjectRightsRequestAllMailboxLocation(v) => &**v,
            Self::SubjectRightsRequestEnumeratedMailboxLocation(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::SubjectRightsRequestMailboxLocation(v) => &mut **v,
            Self::SubjectRightsRequestAllMailboxLocation(v) => &mut **v,
            Self::SubjectRightsRequestEnumeratedMailboxLocation(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_v1_privacy_or_search_or_security)]
impl AnySubjectRightsRequestMailboxLocation {
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
#[cfg(msgraph_v1_privacy_or_search_or_security)]
rt::impl_poly!(AnySubjectRightsRequestMailboxLocation);
#[cfg(msgraph_v1_privacy_or_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnySubjectRightsRequestMailboxLocation);
#[cfg(msgraph_v1_privacy_or_search_or_security)]
/// CSDL: `microsoft.graph.subjectRightsRequestStatus`, enum type.
///
/// Features: `v1`, or one of `v1-privacy`, `v1-search`, `v1-security`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum SubjectRightsRequestStatus {
    /// `active` (value 0).
    Active,
    /// `closed` (value 1).
    Closed,
    /// `unknownFutureValue` (value 2).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_privacy_or_search_or_security)]
impl rt::StrEnum for SubjectRightsRequestStatus {
    const TYPE_NAME: &'static str = "microsoft.graph.subjectRightsRequestStatus";
    const MEMBERS: &'static [&'static str] = &["active", "closed", "unknownFutureValue"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "active" => Self::Active,
                "closed" => Self::Closed,
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
            Self::Closed => "closed",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_privacy_or_search_or_security)]
rt::impl_enum!(SubjectRightsRequestStatus);
#[cfg(msgraph_v1_privacy_or_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(SubjectRightsRequestStatus);
#[cfg(msgraph_v1_communications_or_search)]
/// CSDL: `microsoft.graph.subscribeToToneOperation`, entity type, derived from `microsoft.graph.commsOperation`, open, key `id`.
///
/// Request builders: [`CommsOperationPath`](requests/trait.CommsOperationPath.html), what a path to one (`EntityPath<SubscribeToToneOperation, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-communications`, `v1-search`.
#[derive(Clone)]
pub struct SubscribeToToneOperation {
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
impl ::std::default::Default for SubscribeToToneOperation {
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
impl rt::Object for SubscribeToToneOperation {
    const TYPE_NAME: &'static str = "microsoft.graph.subscribeToToneOperation";
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
    const TAG: &'static str = "\"#microsoft.graph.subscribeToToneOperation\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "client_context", &self.client_context);
        v.field(2usize, "result_info", &self.result_info);
        v.field(3usize, "status", &self.status);
    }
}
#[cfg(msgraph_v1_communications_or_search)]
impl rt::object::Members for SubscribeToToneOperation {
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
rt::impl_object!(SubscribeToToneOperation);
#[cfg(msgraph_v1_communications_or_search)]
rt::impl_setters!(
    SubscribeToToneOperation { with_id id : ::std::string::String; with_client_context
    client_context : ::std::string::String; with_result_info result_info : crate
    ::v1::ResultInfo; with_status status : crate ::v1::OperationStatus; }
);
#[cfg(msgraph_v1_communications_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(SubscribeToToneOperation);
#[cfg(msgraph_v1_search_or_subscribed_skus)]
/// CSDL: `microsoft.graph.subscribedSku`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`SubscribedSkuPath`](requests/trait.SubscribedSkuPath.html), what a path to one (`EntityPath<SubscribedSku, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-search`, `v1-subscribed-skus`.
#[derive(Clone)]
pub struct SubscribedSku {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `accountId`: `Edm.String`, nullable.
    pub account_id: rt::Field<::std::string::String>,
    /// CSDL: property `accountName`: `Edm.String`, nullable.
    pub account_name: rt::Field<::std::string::String>,
    /// CSDL: property `appliesTo`: `Edm.String`, nullable.
    pub applies_to: rt::Field<::std::string::String>,
    /// CSDL: property `capabilityStatus`: `Edm.String`, nullable.
    pub capability_status: rt::Field<::std::string::String>,
    /// CSDL: property `consumedUnits`: `Edm.Int32`, nullable.
    pub consumed_units: rt::Field<i32>,
    /// CSDL: property `prepaidUnits`: `microsoft.graph.licenseUnitsDetail`, nullable.
    pub prepaid_units: rt::Field<crate::v1::LicenseUnitsDetail>,
    /// CSDL: property `servicePlans`: `Collection(microsoft.graph.servicePlanInfo)`, not nullable.
    pub service_plans: rt::Field<::std::vec::Vec<crate::v1::ServicePlanInfo>>,
    /// CSDL: property `skuId`: `Edm.Guid`, nullable.
    pub sku_id: rt::Field<rt::edm::Guid>,
    /// CSDL: property `skuPartNumber`: `Edm.String`, nullable.
    pub sku_part_number: rt::Field<::std::string::String>,
    /// CSDL: property `subscriptionIds`: `Collection(Edm.String)`, nullable.
    pub subscription_ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_subscribed_skus)]
impl ::std::default::Default for SubscribedSku {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            account_id: rt::Field::Absent,
            account_name: rt::Field::Absent,
            applies_to: rt::Field::Absent,
            capability_status: rt::Field::Absent,
            consumed_units: rt::Field::Absent,
            prepaid_units: rt::Field::Absent,
            service_plans: rt::Field::Absent,
            sku_id: rt::Field::Absent,
            sku_part_number: rt::Field::Absent,
            subscription_ids: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_subscribed_skus)]
impl rt::Object for SubscribedSku {
    const TYPE_NAME: &'static str = "microsoft.graph.subscribedSku";
    const KEYS: &'static [&'static str] = &[
        "id",
        "accountId",
        "accountName",
        "appliesTo",
        "capabilityStatus",
        "consumedUnits",
        "prepaidUnits",
        "servicePlans",
        "skuId",
        "skuPartNumber",
        "subscriptionIds",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"accountId\":                    ",
        ",\"accountName\":                  ",
        ",\"appliesTo\":                    ",
        ",\"capabilityStatus\":             ",
        ",\"consumedUnits\":                ",
        ",\"prepaidUnits\":                 ",
        ",\"servicePlans\":                 ",
        ",\"skuId\":                        ",
        ",\"skuPartNumber\":                ",
        ",\"subscriptionIds\":              ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.subscribedSku\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "account_id", &self.account_id);
        v.field(2usize, "account_name", &self.account_name);
        v.field(3usize, "applies_to", &self.applies_to);
        v.field(4usize, "capability_status", &self.capability_status);
        v.field(5usize, "consumed_units", &self.consumed_units);
        v.field(6usize, "prepaid_units", &self.prepaid_units);
        v.field(7usize, "service_plans", &self.service_plans);
        v.field(8usize, "sku_id", &self.sku_id);
        v.field(9usize, "sku_part_number", &self.sku_part_number);
        v.field(10usize, "subscription_ids", &self.subscription_ids);
    }
}
#[cfg(msgraph_v1_search_or_subscribed_skus)]
impl rt::object::Members for SubscribedSku {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.account_id.read_from(r),
            2usize => self.account_name.read_from(r),
            3usize => self.applies_to.read_from(r),
            4usize => self.capability_status.read_from(r),
            5usize => self.consumed_units.read_from(r),
            6usize => self.prepaid_units.read_from(r),
            7usize => self.service_plans.read_from(r),
            8usize => self.sku_id.read_from(r),
            9usize => self.sku_part_number.read_from(r),
            10usize => self.subscription_ids.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.account_id);
        w.field(2usize, &self.account_name);
        w.field(3usize, &self.applies_to);
        w.field(4usize, &self.capability_status);
        w.field(5usize, &self.consumed_units);
        w.field(6usize, &self.prepaid_units);
        w.field(7usize, &self.service_plans);
        w.field(8usize, &self.sku_id);
        w.field(9usize, &self.sku_part_number);
        w.field(10usize, &self.subscription_ids);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_search_or_subscribed_skus)]
rt::impl_object!(SubscribedSku);
#[cfg(msgraph_v1_search_or_subscribed_skus)]
rt::impl_setters!(
    SubscribedSku { with_id id : ::std::string::String; with_account_id account_id :
    ::std::string::String; with_account_name account_name : ::std::string::String;
    with_applies_to applies_to : ::std::string::String; with_capability_status
    capability_status : ::std::string::String; with_consumed_units consumed_units : i32;
    with_prepaid_units prepaid_units : crate ::v1::LicenseUnitsDetail; with_service_plans
    service_plans : ::std::vec::Vec < crate ::v1::ServicePlanInfo >; with_sku_id sku_id :
    rt::edm::Guid; with_sku_part_number sku_part_number : ::std::string::String;
    with_subscription_ids subscription_ids : ::std::vec::Vec < ::std::string::String >; }
);
#[cfg(msgraph_v1_search_or_subscribed_skus)]
#[cfg(feature = "serde")]
rt::impl_serde!(SubscribedSku);
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_subscriptions)]
/// CSDL: `microsoft.graph.subscription`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`SubscriptionPath`](requests/trait.SubscriptionPath.html), what a path to one (`EntityPath<Subscription, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-drives`, `v1-group-setting-templates` and 14 more area features (listed in `msgraph-models`' Cargo.toml).
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
    /// CSDL: property `notificationQueryOptions`: `Edm.String`, nullable.
    pub notification_query_options: rt::Field<::std::string::String>,
    /// CSDL: property `notificationUrl`: `Edm.String`, not nullable.
    pub notification_url: rt::Field<::std::string::String>,
    /// CSDL: property `notificationUrlAppId`: `Edm.String`, nullable.
    pub notification_url_app_id: rt::Field<::std::string::String>,
    /// CSDL: property `resource`: `Edm.String`, not nullable.
    pub resource: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_subscriptions)]
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
            notification_query_options: rt::Field::Absent,
            notification_url: rt::Field::Absent,
            notification_url_app_id: rt::Field::Absent,
            resource: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_subscriptions)]
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
        "notificationQueryOptions",
        "notificationUrl",
        "notificationUrlAppId",
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
        ",\"notificationQueryOptions\":     ",
        ",\"notificationUrl\":              ",
        ",\"notificationUrlAppId\":         ",
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
        v.field(11usize, "notification_query_options", &self.notification_query_options);
        v.field(12usize, "notification_url", &self.notification_url);
        v.field(13usize, "notification_url_app_id", &self.notification_url_app_id);
        v.field(14usize, "resource", &self.resource);
    }
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_subscriptions)]
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
            11usize => self.notification_query_options.read_from(r),
            12usize => self.notification_url.read_from(r),
            13usize => self.notification_url_app_id.read_from(r),
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
        w.field(11usize, &self.notification_query_options);
        w.field(12usize, &self.notification_url);
        w.field(13usize, &self.notification_url_app_id);
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
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_subscriptions)]
rt::impl_object!(Subscription);
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_subscriptions)]
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
    ::std::string::String; with_notification_query_options notification_query_options :
    ::std::string::String; with_notification_url notification_url :
    ::std::string::String; with_notification_url_app_id notification_url_app_id :
    ::std::string::String; with_resource resource : ::std::string::String; }
);
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_subscriptions)]
#[cfg(feature = "serde")]
rt::impl_serde!(Subscription);
