//! Types of `microsoft.graph` by the first letters of their names (`y`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_beta_print_or_reports_or_search)]
/// CSDL: `microsoft.graph.yammerDeviceUsageDistributionUserCounts`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-print`, `beta-reports`, `beta-search`.
#[derive(Clone)]
pub struct YammerDeviceUsageDistributionUserCounts {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `androidPhone`: `Edm.Int32`, nullable.
    pub android_phone: rt::Field<i32>,
    /// CSDL: property `iPad`: `Edm.Int32`, nullable.
    pub i_pad: rt::Field<i32>,
    /// CSDL: property `iPhone`: `Edm.Int32`, nullable.
    pub i_phone: rt::Field<i32>,
    /// CSDL: property `other`: `Edm.Int32`, nullable.
    pub other: rt::Field<i32>,
    /// CSDL: property `reportPeriod`: `Edm.String`, nullable.
    pub report_period: rt::Field<::std::string::String>,
    /// CSDL: property `reportRefreshDate`: `Edm.Date`, nullable.
    pub report_refresh_date: rt::Field<rt::edm::Date>,
    /// CSDL: property `web`: `Edm.Int32`, nullable.
    pub web: rt::Field<i32>,
    /// CSDL: property `windowsPhone`: `Edm.Int32`, nullable.
    pub windows_phone: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl ::std::default::Default for YammerDeviceUsageDistributionUserCounts {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            android_phone: rt::Field::Absent,
            i_pad: rt::Field::Absent,
            i_phone: rt::Field::Absent,
            other: rt::Field::Absent,
            report_period: rt::Field::Absent,
            report_refresh_date: rt::Field::Absent,
            web: rt::Field::Absent,
            windows_phone: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl rt::Object for YammerDeviceUsageDistributionUserCounts {
    const TYPE_NAME: &'static str = "microsoft.graph.yammerDeviceUsageDistributionUserCounts";
    const KEYS: &'static [&'static str] = &[
        "id",
        "androidPhone",
        "iPad",
        "iPhone",
        "other",
        "reportPeriod",
        "reportRefreshDate",
        "web",
        "windowsPhone",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"androidPhone\":                 ",
        ",\"iPad\":                         ",
        ",\"iPhone\":                       ",
        ",\"other\":                        ",
        ",\"reportPeriod\":                 ",
        ",\"reportRefreshDate\":            ",
        ",\"web\":                          ",
        ",\"windowsPhone\":                 ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.yammerDeviceUsageDistributionUserCounts\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "android_phone", &self.android_phone);
        v.field(2usize, "i_pad", &self.i_pad);
        v.field(3usize, "i_phone", &self.i_phone);
        v.field(4usize, "other", &self.other);
        v.field(5usize, "report_period", &self.report_period);
        v.field(6usize, "report_refresh_date", &self.report_refresh_date);
        v.field(7usize, "web", &self.web);
        v.field(8usize, "windows_phone", &self.windows_phone);
    }
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl rt::object::Members for YammerDeviceUsageDistributionUserCounts {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.android_phone.read_from(r),
            2usize => self.i_pad.read_from(r),
            3usize => self.i_phone.read_from(r),
            4usize => self.other.read_from(r),
            5usize => self.report_period.read_from(r),
            6usize => self.report_refresh_date.read_from(r),
            7usize => self.web.read_from(r),
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
        w.field(4usize, &self.other);
        w.field(5usize, &self.report_period);
        w.field(6usize, &self.report_refresh_date);
        w.field(7usize, &self.web);
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
rt::impl_object!(YammerDeviceUsageDistributionUserCounts);
#[cfg(msgraph_beta_print_or_reports_or_search)]
rt::impl_setters!(
    YammerDeviceUsageDistributionUserCounts { with_id id : ::std::string::String;
    with_android_phone android_phone : i32; with_i_pad i_pad : i32; with_i_phone i_phone
    : i32; with_other other : i32; with_report_period report_period :
    ::std::string::String; with_report_refresh_date report_refresh_date : rt::edm::Date;
    with_web web : i32; with_windows_phone windows_phone : i32; }
);
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(YammerDeviceUsageDistributionUserCounts);
#[cfg(msgraph_beta_print_or_reports_or_search)]
/// CSDL: `microsoft.graph.yammerDeviceUsageUserCounts`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-print`, `beta-reports`, `beta-search`.
#[derive(Clone)]
pub struct YammerDeviceUsageUserCounts {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `androidPhone`: `Edm.Int32`, nullable.
    pub android_phone: rt::Field<i32>,
    /// CSDL: property `iPad`: `Edm.Int32`, nullable.
    pub i_pad: rt::Field<i32>,
    /// CSDL: property `iPhone`: `Edm.Int32`, nullable.
    pub i_phone: rt::Field<i32>,
    /// CSDL: property `other`: `Edm.Int32`, nullable.
    pub other: rt::Field<i32>,
    /// CSDL: property `reportDate`: `Edm.Date`, nullable.
    pub report_date: rt::Field<rt::edm::Date>,
    /// CSDL: property `reportPeriod`: `Edm.String`, nullable.
    pub report_period: rt::Field<::std::string::String>,
    /// CSDL: property `reportRefreshDate`: `Edm.Date`, nullable.
    pub report_refresh_date: rt::Field<rt::edm::Date>,
    /// CSDL: property `web`: `Edm.Int32`, nullable.
    pub web: rt::Field<i32>,
    /// CSDL: property `windowsPhone`: `Edm.Int32`, nullable.
    pub windows_phone: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl ::std::default::Default for YammerDeviceUsageUserCounts {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            android_phone: rt::Field::Absent,
            i_pad: rt::Field::Absent,
            i_phone: rt::Field::Absent,
            other: rt::Field::Absent,
            report_date: rt::Field::Absent,
            report_period: rt::Field::Absent,
            report_refresh_date: rt::Field::Absent,
            web: rt::Field::Absent,
            windows_phone: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl rt::Object for YammerDeviceUsageUserCounts {
    const TYPE_NAME: &'static str = "microsoft.graph.yammerDeviceUsageUserCounts";
    const KEYS: &'static [&'static str] = &[
        "id",
        "androidPhone",
        "iPad",
        "iPhone",
        "other",
        "reportDate",
        "reportPeriod",
        "reportRefreshDate",
        "web",
        "windowsPhone",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"androidPhone\":                 ",
        ",\"iPad\":                         ",
        ",\"iPhone\":                       ",
        ",\"other\":                        ",
        ",\"reportDate\":                   ",
        ",\"reportPeriod\":                 ",
        ",\"reportRefreshDate\":            ",
        ",\"web\":                          ",
        ",\"windowsPhone\":                 ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.yammerDeviceUsageUserCounts\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "android_phone", &self.android_phone);
        v.field(2usize, "i_pad", &self.i_pad);
        v.field(3usize, "i_phone", &self.i_phone);
        v.field(4usize, "other", &self.other);
        v.field(5usize, "report_date", &self.report_date);
        v.field(6usize, "report_period", &self.report_period);
        v.field(7usize, "report_refresh_date", &self.report_refresh_date);
        v.field(8usize, "web", &self.web);
        v.field(9usize, "windows_phone", &self.windows_phone);
    }
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl rt::object::Members for YammerDeviceUsageUserCounts {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.android_phone.read_from(r),
            2usize => self.i_pad.read_from(r),
            3usize => self.i_phone.read_from(r),
            4usize => self.other.read_from(r),
            5usize => self.report_date.read_from(r),
            6usize => self.report_period.read_from(r),
            7usize => self.report_refresh_date.read_from(r),
            8usize => self.web.read_from(r),
            9usize => self.windows_phone.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.android_phone);
        w.field(2usize, &self.i_pad);
        w.field(3usize, &self.i_phone);
        w.field(4usize, &self.other);
        w.field(5usize, &self.report_date);
        w.field(6usize, &self.report_period);
        w.field(7usize, &self.report_refresh_date);
        w.field(8usize, &self.web);
        w.field(9usize, &self.windows_phone);
    }
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
rt::impl_object!(YammerDeviceUsageUserCounts);
#[cfg(msgraph_beta_print_or_reports_or_search)]
rt::impl_setters!(
    YammerDeviceUsageUserCounts { with_id id : ::std::string::String; with_android_phone
    android_phone : i32; with_i_pad i_pad : i32; with_i_phone i_phone : i32; with_other
    other : i32; with_report_date report_date : rt::edm::Date; with_report_period
    report_period : ::std::string::String; with_report_refresh_date report_refresh_date :
    rt::edm::Date; with_web web : i32; with_windows_phone windows_phone : i32; }
);
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(YammerDeviceUsageUserCounts);
#[cfg(msgraph_beta_print_or_reports_or_search)]
/// CSDL: `microsoft.graph.yammerDeviceUsageUserDetail`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-print`, `beta-reports`, `beta-search`.
#[derive(Clone)]
pub struct YammerDeviceUsageUserDetail {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `lastActivityDate`: `Edm.Date`, nullable.
    pub last_activity_date: rt::Field<rt::edm::Date>,
    /// CSDL: property `reportPeriod`: `Edm.String`, nullable.
    pub report_period: rt::Field<::std::string::String>,
    /// CSDL: property `reportRefreshDate`: `Edm.Date`, nullable.
    pub report_refresh_date: rt::Field<rt::edm::Date>,
    /// CSDL: property `stateChangeDate`: `Edm.Date`, nullable.
    pub state_change_date: rt::Field<rt::edm::Date>,
    /// CSDL: property `usedAndroidPhone`: `Edm.Boolean`, nullable.
    pub used_android_phone: rt::Field<bool>,
    /// CSDL: property `usediPad`: `Edm.Boolean`, nullable.
    pub usedi_pad: rt::Field<bool>,
    /// CSDL: property `usediPhone`: `Edm.Boolean`, nullable.
    pub usedi_phone: rt::Field<bool>,
    /// CSDL: property `usedOthers`: `Edm.Boolean`, nullable.
    pub used_others: rt::Field<bool>,
    /// CSDL: property `usedWeb`: `Edm.Boolean`, nullable.
    pub used_web: rt::Field<bool>,
    /// CSDL: property `usedWindowsPhone`: `Edm.Boolean`, nullable.
    pub used_windows_phone: rt::Field<bool>,
    /// CSDL: property `userPrincipalName`: `Edm.String`, nullable.
    pub user_principal_name: rt::Field<::std::string::String>,
    /// CSDL: property `userState`: `Edm.String`, nullable.
    pub user_state: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl ::std::default::Default for YammerDeviceUsageUserDetail {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            display_name: rt::Field::Absent,
            last_activity_date: rt::Field::Absent,
            report_period: rt::Field::Absent,
            report_refresh_date: rt::Field::Absent,
            state_change_date: rt::Field::Absent,
            used_android_phone: rt::Field::Absent,
            usedi_pad: rt::Field::Absent,
            usedi_phone: rt::Field::Absent,
            used_others: rt::Field::Absent,
            used_web: rt::Field::Absent,
            used_windows_phone: rt::Field::Absent,
            user_principal_name: rt::Field::Absent,
            user_state: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl rt::Object for YammerDeviceUsageUserDetail {
    const TYPE_NAME: &'static str = "microsoft.graph.yammerDeviceUsageUserDetail";
    const KEYS: &'static [&'static str] = &[
        "id",
        "displayName",
        "lastActivityDate",
        "reportPeriod",
        "reportRefreshDate",
        "stateChangeDate",
        "usedAndroidPhone",
        "usediPad",
        "usediPhone",
        "usedOthers",
        "usedWeb",
        "usedWindowsPhone",
        "userPrincipalName",
        "userState",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"displayName\":                  ",
        ",\"lastActivityDate\":             ",
        ",\"reportPeriod\":                 ",
        ",\"reportRefreshDate\":            ",
        ",\"stateChangeDate\":              ",
        ",\"usedAndroidPhone\":             ",
        ",\"usediPad\":                     ",
        ",\"usediPhone\":                   ",
        ",\"usedOthers\":                   ",
        ",\"usedWeb\":                      ",
        ",\"usedWindowsPhone\":             ",
        ",\"userPrincipalName\":            ",
        ",\"userState\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.yammerDeviceUsageUserDetail\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "display_name", &self.display_name);
        v.field(2usize, "last_activity_date", &self.last_activity_date);
        v.field(3usize, "report_period", &self.report_period);
        v.field(4usize, "report_refresh_date", &self.report_refresh_date);
        v.field(5usize, "state_change_date", &self.state_change_date);
        v.field(6usize, "used_android_phone", &self.used_android_phone);
        v.field(7usize, "usedi_pad", &self.usedi_pad);
        v.field(8usize, "usedi_phone", &self.usedi_phone);
        v.field(9usize, "used_others", &self.used_others);
        v.field(10usize, "used_web", &self.used_web);
        v.field(11usize, "used_windows_phone", &self.used_windows_phone);
        v.field(12usize, "user_principal_name", &self.user_principal_name);
        v.field(13usize, "user_state", &self.user_state);
    }
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl rt::object::Members for YammerDeviceUsageUserDetail {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.display_name.read_from(r),
            2usize => self.last_activity_date.read_from(r),
            3usize => self.report_period.read_from(r),
            4usize => self.report_refresh_date.read_from(r),
            5usize => self.state_change_date.read_from(r),
            6usize => self.used_android_phone.read_from(r),
            7usize => self.usedi_pad.read_from(r),
            8usize => self.usedi_phone.read_from(r),
            9usize => self.used_others.read_from(r),
            10usize => self.used_web.read_from(r),
            11usize => self.used_windows_phone.read_from(r),
            12usize => self.user_principal_name.read_from(r),
            13usize => self.user_state.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.display_name);
        w.field(2usize, &self.last_activity_date);
        w.field(3usize, &self.report_period);
        w.field(4usize, &self.report_refresh_date);
        w.field(5usize, &self.state_change_date);
        w.field(6usize, &self.used_android_phone);
        w.field(7usize, &self.usedi_pad);
        w.field(8usize, &self.usedi_phone);
        w.field(9usize, &self.used_others);
        w.field(10usize, &self.used_web);
        w.field(11usize, &self.used_windows_phone);
        w.field(12usize, &self.user_principal_name);
        w.field(13usize, &self.user_state);
    }
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
rt::impl_object!(YammerDeviceUsageUserDetail);
#[cfg(msgraph_beta_print_or_reports_or_search)]
rt::impl_setters!(
    YammerDeviceUsageUserDetail { with_id id : ::std::string::String; with_display_name
    display_name : ::std::string::String; with_last_activity_date last_activity_date :
    rt::edm::Date; with_report_period report_period : ::std::string::String;
    with_report_refresh_date report_refresh_date : rt::edm::Date; with_state_change_date
    state_change_date : rt::edm::Date; with_used_android_phone used_android_phone : bool;
    with_usedi_pad usedi_pad : bool; with_usedi_phone usedi_phone : bool;
    with_used_others used_others : bool; with_used_web used_web : bool;
    with_used_windows_phone used_windows_phone : bool; with_user_principal_name
    user_principal_name : ::std::string::String; with_user_state user_state :
    ::std::string::String; }
);
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(YammerDeviceUsageUserDetail);
#[cfg(msgraph_beta_print_or_reports_or_search)]
/// CSDL: `microsoft.graph.yammerGroupsActivityCounts`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-print`, `beta-reports`, `beta-search`.
#[derive(Clone)]
pub struct YammerGroupsActivityCounts {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `liked`: `Edm.Int64`, nullable.
    pub liked: rt::Field<i64>,
    /// CSDL: property `posted`: `Edm.Int64`, nullable.
    pub posted: rt::Field<i64>,
    /// CSDL: property `read`: `Edm.Int64`, nullable.
    pub read: rt::Field<i64>,
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
impl ::std::default::Default for YammerGroupsActivityCounts {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            liked: rt::Field::Absent,
            posted: rt::Field::Absent,
            read: rt::Field::Absent,
            report_date: rt::Field::Absent,
            report_period: rt::Field::Absent,
            report_refresh_date: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl rt::Object for YammerGroupsActivityCounts {
    const TYPE_NAME: &'static str = "microsoft.graph.yammerGroupsActivityCounts";
    const KEYS: &'static [&'static str] = &[
        "id",
        "liked",
        "posted",
        "read",
        "reportDate",
        "reportPeriod",
        "reportRefreshDate",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"liked\":                        ",
        ",\"posted\":                       ",
        ",\"read\":                         ",
        ",\"reportDate\":                   ",
        ",\"reportPeriod\":                 ",
        ",\"reportRefreshDate\":            ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.yammerGroupsActivityCounts\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "liked", &self.liked);
        v.field(2usize, "posted", &self.posted);
        v.field(3usize, "read", &self.read);
        v.field(4usize, "report_date", &self.report_date);
        v.field(5usize, "report_period", &self.report_period);
        v.field(6usize, "report_refresh_date", &self.report_refresh_date);
    }
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl rt::object::Members for YammerGroupsActivityCounts {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.liked.read_from(r),
            2usize => self.posted.read_from(r),
            3usize => self.read.read_from(r),
            4usize => self.report_date.read_from(r),
            5usize => self.report_period.read_from(r),
            6usize => self.report_refresh_date.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.liked);
        w.field(2usize, &self.posted);
        w.field(3usize, &self.read);
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
rt::impl_object!(YammerGroupsActivityCounts);
#[cfg(msgraph_beta_print_or_reports_or_search)]
rt::impl_setters!(
    YammerGroupsActivityCounts { with_id id : ::std::string::String; with_liked liked :
    i64; with_posted posted : i64; with_read read : i64; with_report_date report_date :
    rt::edm::Date; with_report_period report_period : ::std::string::String;
    with_report_refresh_date report_refresh_date : rt::edm::Date; }
);
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(YammerGroupsActivityCounts);
#[cfg(msgraph_beta_print_or_reports_or_search)]
/// CSDL: `microsoft.graph.yammerGroupsActivityGroupCounts`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-print`, `beta-reports`, `beta-search`.
#[derive(Clone)]
pub struct YammerGroupsActivityGroupCounts {
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
    /// CSDL: property `total`: `Edm.Int64`, nullable.
    pub total: rt::Field<i64>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl ::std::default::Default for YammerGroupsActivityGroupCounts {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            active: rt::Field::Absent,
            report_date: rt::Field::Absent,
            report_period: rt::Field::Absent,
            report_refresh_date: rt::Field::Absent,
            total: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl rt::Object for YammerGroupsActivityGroupCounts {
    const TYPE_NAME: &'static str = "microsoft.graph.yammerGroupsActivityGroupCounts";
    const KEYS: &'static [&'static str] = &[
        "id",
        "active",
        "reportDate",
        "reportPeriod",
        "reportRefreshDate",
        "total",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"active\":                       ",
        ",\"reportDate\":                   ",
        ",\"reportPeriod\":                 ",
        ",\"reportRefreshDate\":            ",
        ",\"total\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.yammerGroupsActivityGroupCounts\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "active", &self.active);
        v.field(2usize, "report_date", &self.report_date);
        v.field(3usize, "report_period", &self.report_period);
        v.field(4usize, "report_refresh_date", &self.report_refresh_date);
        v.field(5usize, "total", &self.total);
    }
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl rt::object::Members for YammerGroupsActivityGroupCounts {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.active.read_from(r),
            2usize => self.report_date.read_from(r),
            3usize => self.report_period.read_from(r),
            4usize => self.report_refresh_date.read_from(r),
            5usize => self.total.read_from(r),
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
        w.field(5usize, &self.total);
    }
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
rt::impl_object!(YammerGroupsActivityGroupCounts);
#[cfg(msgraph_beta_print_or_reports_or_search)]
rt::impl_setters!(
    YammerGroupsActivityGroupCounts { with_id id : ::std::string::String; with_active
    active : i64; with_report_date report_date : rt::edm::Date; with_report_period
    report_period : ::std::string::String; with_report_refresh_date report_refresh_date :
    rt::edm::Date; with_total total : i64; }
);
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(YammerGroupsActivityGroupCounts);
