//! Types of `microsoft.graph` by the first letters of their names (`y`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_beta_print_or_reports_or_search)]
/// CSDL: `microsoft.graph.yammerActivitySummary`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-print`, `beta-reports`, `beta-search`.
#[derive(Clone)]
pub struct YammerActivitySummary {
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
impl ::std::default::Default for YammerActivitySummary {
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
impl rt::Object for YammerActivitySummary {
    const TYPE_NAME: &'static str = "microsoft.graph.yammerActivitySummary";
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
    const TAG: &'static str = "\"#microsoft.graph.yammerActivitySummary\"";
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
impl rt::object::Members for YammerActivitySummary {
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
rt::impl_object!(YammerActivitySummary);
#[cfg(msgraph_beta_print_or_reports_or_search)]
rt::impl_setters!(
    YammerActivitySummary { with_id id : ::std::string::String; with_liked liked : i64;
    with_posted posted : i64; with_read read : i64; with_report_date report_date :
    rt::edm::Date; with_report_period report_period : ::std::string::String;
    with_report_refresh_date report_refresh_date : rt::edm::Date; }
);
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(YammerActivitySummary);
#[cfg(msgraph_beta_print_or_reports_or_search)]
/// CSDL: `microsoft.graph.yammerActivityUserDetail`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-print`, `beta-reports`, `beta-search`.
#[derive(Clone)]
pub struct YammerActivityUserDetail {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `assignedProducts`: `Collection(Edm.String)`, nullable.
    pub assigned_products: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `lastActivityDate`: `Edm.Date`, nullable.
    pub last_activity_date: rt::Field<rt::edm::Date>,
    /// CSDL: property `likedCount`: `Edm.Int64`, nullable.
    pub liked_count: rt::Field<i64>,
    /// CSDL: property `postedCount`: `Edm.Int64`, nullable.
    pub posted_count: rt::Field<i64>,
    /// CSDL: property `readCount`: `Edm.Int64`, nullable.
    pub read_count: rt::Field<i64>,
    /// CSDL: property `reportPeriod`: `Edm.String`, nullable.
    pub report_period: rt::Field<::std::string::String>,
    /// CSDL: property `reportRefreshDate`: `Edm.Date`, nullable.
    pub report_refresh_date: rt::Field<rt::edm::Date>,
    /// CSDL: property `stateChangeDate`: `Edm.Date`, nullable.
    pub state_change_date: rt::Field<rt::edm::Date>,
    /// CSDL: property `userPrincipalName`: `Edm.String`, nullable.
    pub user_principal_name: rt::Field<::std::string::String>,
    /// CSDL: property `userState`: `Edm.String`, nullable.
    pub user_state: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl ::std::default::Default for YammerActivityUserDetail {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            assigned_products: rt::Field::Absent,
            display_name: rt::Field::Absent,
            last_activity_date: rt::Field::Absent,
            liked_count: rt::Field::Absent,
            posted_count: rt::Field::Absent,
            read_count: rt::Field::Absent,
            report_period: rt::Field::Absent,
            report_refresh_date: rt::Field::Absent,
            state_change_date: rt::Field::Absent,
            user_principal_name: rt::Field::Absent,
            user_state: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl rt::Object for YammerActivityUserDetail {
    const TYPE_NAME: &'static str = "microsoft.graph.yammerActivityUserDetail";
    const KEYS: &'static [&'static str] = &[
        "id",
        "assignedProducts",
        "displayName",
        "lastActivityDate",
        "likedCount",
        "postedCount",
        "readCount",
        "reportPeriod",
        "reportRefreshDate",
        "stateChangeDate",
        "userPrincipalName",
        "userState",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"assignedProducts\":             ",
        ",\"displayName\":                  ",
        ",\"lastActivityDate\":             ",
        ",\"likedCount\":                   ",
        ",\"postedCount\":                  ",
        ",\"readCount\":                    ",
        ",\"reportPeriod\":                 ",
        ",\"reportRefreshDate\":            ",
        ",\"stateChangeDate\":              ",
        ",\"userPrincipalName\":            ",
        ",\"userState\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.yammerActivityUserDetail\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "assigned_products", &self.assigned_products);
        v.field(2usize, "display_name", &self.display_name);
        v.field(3usize, "last_activity_date", &self.last_activity_date);
        v.field(4usize, "liked_count", &self.liked_count);
        v.field(5usize, "posted_count", &self.posted_count);
        v.field(6usize, "read_count", &self.read_count);
        v.field(7usize, "report_period", &self.report_period);
        v.field(8usize, "report_refresh_date", &self.report_refresh_date);
        v.field(9usize, "state_change_date", &self.state_change_date);
        v.field(10usize, "user_principal_name", &self.user_principal_name);
        v.field(11usize, "user_state", &self.user_state);
    }
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl rt::object::Members for YammerActivityUserDetail {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.assigned_products.read_from(r),
            2usize => self.display_name.read_from(r),
            3usize => self.last_activity_date.read_from(r),
            4usize => self.liked_count.read_from(r),
            5usize => self.posted_count.read_from(r),
            6usize => self.read_count.read_from(r),
            7usize => self.report_period.read_from(r),
            8usize => self.report_refresh_date.read_from(r),
            9usize => self.state_change_date.read_from(r),
            10usize => self.user_principal_name.read_from(r),
            11usize => self.user_state.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.assigned_products);
        w.field(2usize, &self.display_name);
        w.field(3usize, &self.last_activity_date);
        w.field(4usize, &self.liked_count);
        w.field(5usize, &self.posted_count);
        w.field(6usize, &self.read_count);
        w.field(7usize, &self.report_period);
        w.field(8usize, &self.report_refresh_date);
        w.field(9usize, &self.state_change_date);
        w.field(10usize, &self.user_principal_name);
        w.field(11usize, &self.user_state);
    }
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
rt::impl_object!(YammerActivityUserDetail);
#[cfg(msgraph_beta_print_or_reports_or_search)]
rt::impl_setters!(
    YammerActivityUserDetail { with_id id : ::std::string::String; with_assigned_products
    assigned_products : ::std::vec::Vec < ::std::string::String >; with_display_name
    display_name : ::std::string::String; with_last_activity_date last_activity_date :
    rt::edm::Date; with_liked_count liked_count : i64; with_posted_count posted_count :
    i64; with_read_count read_count : i64; with_report_period report_period :
    ::std::string::String; with_report_refresh_date report_refresh_date : rt::edm::Date;
    with_state_change_date state_change_date : rt::edm::Date; with_user_principal_name
    user_principal_name : ::std::string::String; with_user_state user_state :
    ::std::string::String; }
);
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(YammerActivityUserDetail);
#[cfg(msgraph_beta_print_or_reports_or_search)]
/// CSDL: `microsoft.graph.yammerGroupsActivityDetail`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-print`, `beta-reports`, `beta-search`.
#[derive(Clone)]
pub struct YammerGroupsActivityDetail {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `groupDisplayName`: `Edm.String`, nullable.
    pub group_display_name: rt::Field<::std::string::String>,
    /// CSDL: property `groupType`: `Edm.String`, nullable.
    pub group_type: rt::Field<::std::string::String>,
    /// CSDL: property `isDeleted`: `Edm.Boolean`, nullable.
    pub is_deleted: rt::Field<bool>,
    /// CSDL: property `lastActivityDate`: `Edm.Date`, nullable.
    pub last_activity_date: rt::Field<rt::edm::Date>,
    /// CSDL: property `likedCount`: `Edm.Int64`, nullable.
    pub liked_count: rt::Field<i64>,
    /// CSDL: property `memberCount`: `Edm.Int64`, nullable.
    pub member_count: rt::Field<i64>,
    /// CSDL: property `networkDisplayName`: `Edm.String`, nullable.
    pub network_display_name: rt::Field<::std::string::String>,
    /// CSDL: property `office365Connected`: `Edm.Boolean`, nullable.
    pub office365_connected: rt::Field<bool>,
    /// CSDL: property `ownerPrincipalName`: `Edm.String`, nullable.
    pub owner_principal_name: rt::Field<::std::string::String>,
    /// CSDL: property `postedCount`: `Edm.Int64`, nullable.
    pub posted_count: rt::Field<i64>,
    /// CSDL: property `readCount`: `Edm.Int64`, nullable.
    pub read_count: rt::Field<i64>,
    /// CSDL: property `reportPeriod`: `Edm.String`, nullable.
    pub report_period: rt::Field<::std::string::String>,
    /// CSDL: property `reportRefreshDate`: `Edm.Date`, nullable.
    pub report_refresh_date: rt::Field<rt::edm::Date>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl ::std::default::Default for YammerGroupsActivityDetail {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            group_display_name: rt::Field::Absent,
            group_type: rt::Field::Absent,
            is_deleted: rt::Field::Absent,
            last_activity_date: rt::Field::Absent,
            liked_count: rt::Field::Absent,
            member_count: rt::Field::Absent,
            network_display_name: rt::Field::Absent,
            office365_connected: rt::Field::Absent,
            owner_principal_name: rt::Field::Absent,
            posted_count: rt::Field::Absent,
            read_count: rt::Field::Absent,
            report_period: rt::Field::Absent,
            report_refresh_date: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl rt::Object for YammerGroupsActivityDetail {
    const TYPE_NAME: &'static str = "microsoft.graph.yammerGroupsActivityDetail";
    const KEYS: &'static [&'static str] = &[
        "id",
        "groupDisplayName",
        "groupType",
        "isDeleted",
        "lastActivityDate",
        "likedCount",
        "memberCount",
        "networkDisplayName",
        "office365Connected",
        "ownerPrincipalName",
        "postedCount",
        "readCount",
        "reportPeriod",
        "reportRefreshDate",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"groupDisplayName\":             ",
        ",\"groupType\":                    ",
        ",\"isDeleted\":                    ",
        ",\"lastActivityDate\":             ",
        ",\"likedCount\":                   ",
        ",\"memberCount\":                  ",
        ",\"networkDisplayName\":           ",
        ",\"office365Connected\":           ",
        ",\"ownerPrincipalName\":           ",
        ",\"postedCount\":                  ",
        ",\"readCount\":                    ",
        ",\"reportPeriod\":                 ",
        ",\"reportRefreshDate\":            ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.yammerGroupsActivityDetail\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "group_display_name", &self.group_display_name);
        v.field(2usize, "group_type", &self.group_type);
        v.field(3usize, "is_deleted", &self.is_deleted);
        v.field(4usize, "last_activity_date", &self.last_activity_date);
        v.field(5usize, "liked_count", &self.liked_count);
        v.field(6usize, "member_count", &self.member_count);
        v.field(7usize, "network_display_name", &self.network_display_name);
        v.field(8usize, "office365_connected", &self.office365_connected);
        v.field(9usize, "owner_principal_name", &self.owner_principal_name);
        v.field(10usize, "posted_count", &self.posted_count);
        v.field(11usize, "read_count", &self.read_count);
        v.field(12usize, "report_period", &self.report_period);
        v.field(13usize, "report_refresh_date", &self.report_refresh_date);
    }
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl rt::object::Members for YammerGroupsActivityDetail {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.group_display_name.read_from(r),
            2usize => self.group_type.read_from(r),
            3usize => self.is_deleted.read_from(r),
            4usize => self.last_activity_date.read_from(r),
            5usize => self.liked_count.read_from(r),
            6usize => self.member_count.read_from(r),
            7usize => self.network_display_name.read_from(r),
            8usize => self.office365_connected.read_from(r),
            9usize => self.owner_principal_name.read_from(r),
            10usize => self.posted_count.read_from(r),
            11usize => self.read_count.read_from(r),
            12usize => self.report_period.read_from(r),
            13usize => self.report_refresh_date.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.group_display_name);
        w.field(2usize, &self.group_type);
        w.field(3usize, &self.is_deleted);
        w.field(4usize, &self.last_activity_date);
        w.field(5usize, &self.liked_count);
        w.field(6usize, &self.member_count);
        w.field(7usize, &self.network_display_name);
        w.field(8usize, &self.office365_connected);
        w.field(9usize, &self.owner_principal_name);
        w.field(10usize, &self.posted_count);
        w.field(11usize, &self.read_count);
        w.field(12usize, &self.report_period);
        w.field(13usize, &self.report_refresh_date);
    }
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
rt::impl_object!(YammerGroupsActivityDetail);
#[cfg(msgraph_beta_print_or_reports_or_search)]
rt::impl_setters!(
    YammerGroupsActivityDetail { with_id id : ::std::string::String;
    with_group_display_name group_display_name : ::std::string::String; with_group_type
    group_type : ::std::string::String; with_is_deleted is_deleted : bool;
    with_last_activity_date last_activity_date : rt::edm::Date; with_liked_count
    liked_count : i64; with_member_count member_count : i64; with_network_display_name
    network_display_name : ::std::string::String; with_office365_connected
    office365_connected : bool; with_owner_principal_name owner_principal_name :
    ::std::string::String; with_posted_count posted_count : i64; with_read_count
    read_count : i64; with_report_period report_period : ::std::string::String;
    with_report_refresh_date report_refresh_date : rt::edm::Date; }
);
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(YammerGroupsActivityDetail);
