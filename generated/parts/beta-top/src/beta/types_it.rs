//! Types of `microsoft.graph` by the first letters of their names (`it`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// CSDL: `microsoft.graph.itemActivity`, entity type, derived from `microsoft.graph.entity`, open, key `id`.
///
/// Request builders: [`ItemActivityPath`](requests/trait.ItemActivityPath.html), what a path to one (`EntityPath<ItemActivity, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ItemActivity {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `access`: `microsoft.graph.accessAction`, nullable.
    pub access: rt::Field<crate::beta::AccessAction>,
    /// CSDL: property `activityDateTime`: `Edm.DateTimeOffset`, nullable.
    pub activity_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `actor`: `microsoft.graph.identitySet`, nullable.
    pub actor: rt::Field<crate::beta::IdentitySet>,
    /// CSDL: containment navigation property `driveItem`: `microsoft.graph.driveItem`, nullable.
    pub drive_item: rt::Field<crate::beta::DriveItem>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for ItemActivity {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            access: rt::Field::Absent,
            activity_date_time: rt::Field::Absent,
            actor: rt::Field::Absent,
            drive_item: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for ItemActivity {
    const TYPE_NAME: &'static str = "microsoft.graph.itemActivity";
    const KEYS: &'static [&'static str] = &[
        "id",
        "access",
        "activityDateTime",
        "actor",
        "driveItem",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"access\":                       ",
        ",\"activityDateTime\":             ",
        ",\"actor\":                        ",
        ",\"driveItem\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.itemActivity\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "access", &self.access);
        v.field(2usize, "activity_date_time", &self.activity_date_time);
        v.field(3usize, "actor", &self.actor);
        v.field(4usize, "drive_item", &self.drive_item);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for ItemActivity {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.access.read_from(r),
            2usize => self.activity_date_time.read_from(r),
            3usize => self.actor.read_from(r),
            4usize => self.drive_item.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.access);
        w.field(2usize, &self.activity_date_time);
        w.field(3usize, &self.actor);
        w.field(4usize, &self.drive_item);
    }
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
rt::impl_object!(ItemActivity);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    ItemActivity { with_id id : ::std::string::String; with_access access : crate
    ::beta::AccessAction; with_activity_date_time activity_date_time :
    rt::edm::DateTimeOffset; with_actor actor : crate ::beta::IdentitySet;
    with_drive_item drive_item : crate ::beta::DriveItem; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(ItemActivity);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// CSDL: `microsoft.graph.itemActivityOLD`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`ItemActivityOldPath`](requests/trait.ItemActivityOldPath.html), what a path to one (`EntityPath<ItemActivityOld, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ItemActivityOld {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `action`: `microsoft.graph.itemActionSet`, nullable.
    pub action: rt::Field<crate::beta::ItemActionSet>,
    /// CSDL: property `actor`: `microsoft.graph.identitySet`, nullable.
    pub actor: rt::Field<crate::beta::IdentitySet>,
    /// CSDL: property `times`: `microsoft.graph.itemActivityTimeSet`, nullable.
    pub times: rt::Field<crate::beta::ItemActivityTimeSet>,
    /// CSDL: containment navigation property `driveItem`: `microsoft.graph.driveItem`, nullable.
    pub drive_item: rt::Field<crate::beta::DriveItem>,
    /// CSDL: containment navigation property `listItem`: `microsoft.graph.listItem`, nullable.
    pub list_item: rt::Field<crate::beta::ListItem>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for ItemActivityOld {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            action: rt::Field::Absent,
            actor: rt::Field::Absent,
            times: rt::Field::Absent,
            drive_item: rt::Field::Absent,
            list_item: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for ItemActivityOld {
    const TYPE_NAME: &'static str = "microsoft.graph.itemActivityOLD";
    const KEYS: &'static [&'static str] = &[
        "id",
        "action",
        "actor",
        "times",
        "driveItem",
        "listItem",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"action\":                       ",
        ",\"actor\":                        ",
        ",\"times\":                        ",
        ",\"driveItem\":                    ",
        ",\"listItem\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.itemActivityOLD\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "action", &self.action);
        v.field(2usize, "actor", &self.actor);
        v.field(3usize, "times", &self.times);
        v.field(4usize, "drive_item", &self.drive_item);
        v.field(5usize, "list_item", &self.list_item);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for ItemActivityOld {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.action.read_from(r),
            2usize => self.actor.read_from(r),
            3usize => self.times.read_from(r),
            4usize => self.drive_item.read_from(r),
            5usize => self.list_item.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.action);
        w.field(2usize, &self.actor);
        w.field(3usize, &self.times);
        w.field(4usize, &self.drive_item);
        w.field(5usize, &self.list_item);
    }
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
rt::impl_object!(ItemActivityOld);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    ItemActivityOld { with_id id : ::std::string::String; with_action action : crate
    ::beta::ItemActionSet; with_actor actor : crate ::beta::IdentitySet; with_times times
    : crate ::beta::ItemActivityTimeSet; with_drive_item drive_item : crate
    ::beta::DriveItem; with_list_item list_item : crate ::beta::ListItem; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(ItemActivityOld);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// CSDL: `microsoft.graph.itemActivityStat`, entity type, derived from `microsoft.graph.entity`, open, key `id`.
///
/// Request builders: [`ItemActivityStatPath`](requests/trait.ItemActivityStatPath.html), what a path to one (`EntityPath<ItemActivityStat, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ItemActivityStat {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `access`: `microsoft.graph.itemActionStat`, nullable.
    pub access: rt::Field<crate::beta::ItemActionStat>,
    /// CSDL: property `create`: `microsoft.graph.itemActionStat`, nullable.
    pub create: rt::Field<crate::beta::ItemActionStat>,
    /// CSDL: property `delete`: `microsoft.graph.itemActionStat`, nullable.
    pub delete: rt::Field<crate::beta::ItemActionStat>,
    /// CSDL: property `edit`: `microsoft.graph.itemActionStat`, nullable.
    pub edit: rt::Field<crate::beta::ItemActionStat>,
    /// CSDL: property `endDateTime`: `Edm.DateTimeOffset`, nullable.
    pub end_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `incompleteData`: `microsoft.graph.incompleteData`, nullable.
    pub incomplete_data: rt::Field<crate::beta::IncompleteData>,
    /// CSDL: property `isTrending`: `Edm.Boolean`, nullable.
    pub is_trending: rt::Field<bool>,
    /// CSDL: property `move`: `microsoft.graph.itemActionStat`, nullable.
    pub move_: rt::Field<crate::beta::ItemActionStat>,
    /// CSDL: property `startDateTime`: `Edm.DateTimeOffset`, nullable.
    pub start_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: containment navigation property `activities`: `Collection(microsoft.graph.itemActivity)`, not nullable.
    pub activities: rt::Field<::std::vec::Vec<crate::beta::ItemActivity>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for ItemActivityStat {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            access: rt::Field::Absent,
            create: rt::Field::Absent,
            delete: rt::Field::Absent,
            edit: rt::Field::Absent,
            end_date_time: rt::Field::Absent,
            incomplete_data: rt::Field::Absent,
            is_trending: rt::Field::Absent,
            move_: rt::Field::Absent,
            start_date_time: rt::Field::Absent,
            activities: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for ItemActivityStat {
    const TYPE_NAME: &'static str = "microsoft.graph.itemActivityStat";
    const KEYS: &'static [&'static str] = &[
        "id",
        "access",
        "create",
        "delete",
        "edit",
        "endDateTime",
        "incompleteData",
        "isTrending",
        "move",
        "startDateTime",
        "activities",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"access\":                       ",
        ",\"create\":                       ",
        ",\"delete\":                       ",
        ",\"edit\":                         ",
        ",\"endDateTime\":                  ",
        ",\"incompleteData\":               ",
        ",\"isTrending\":                   ",
        ",\"move\":                         ",
        ",\"startDateTime\":                ",
        ",\"activities\":                   ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.itemActivityStat\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "access", &self.access);
        v.field(2usize, "create", &self.create);
        v.field(3usize, "delete", &self.delete);
        v.field(4usize, "edit", &self.edit);
        v.field(5usize, "end_date_time", &self.end_date_time);
        v.field(6usize, "incomplete_data", &self.incomplete_data);
        v.field(7usize, "is_trending", &self.is_trending);
        v.field(8usize, "move_", &self.move_);
        v.field(9usize, "start_date_time", &self.start_date_time);
        v.field(10usize, "activities", &self.activities);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for ItemActivityStat {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.access.read_from(r),
            2usize => self.create.read_from(r),
            3usize => self.delete.read_from(r),
            4usize => self.edit.read_from(r),
            5usize => self.end_date_time.read_from(r),
            6usize => self.incomplete_data.read_from(r),
            7usize => self.is_trending.read_from(r),
            8usize => self.move_.read_from(r),
            9usize => self.start_date_time.read_from(r),
            10usize => self.activities.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.access);
        w.field(2usize, &self.create);
        w.field(3usize, &self.delete);
        w.field(4usize, &self.edit);
        w.field(5usize, &self.end_date_time);
        w.field(6usize, &self.incomplete_data);
        w.field(7usize, &self.is_trending);
        w.field(8usize, &self.move_);
        w.field(9usize, &self.start_date_time);
        w.field(10usize, &self.activities);
    }
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
rt::impl_object!(ItemActivityStat);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    ItemActivityStat { with_id id : ::std::string::String; with_access access : crate
    ::beta::ItemActionStat; with_create create : crate ::beta::ItemActionStat;
    with_delete delete : crate ::beta::ItemActionStat; with_edit edit : crate
    ::beta::ItemActionStat; with_end_date_time end_date_time : rt::edm::DateTimeOffset;
    with_incomplete_data incomplete_data : crate ::beta::IncompleteData; with_is_trending
    is_trending : bool; with_move move_ : crate ::beta::ItemActionStat;
    with_start_date_time start_date_time : rt::edm::DateTimeOffset; with_activities
    activities : ::std::vec::Vec < crate ::beta::ItemActivity >; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(ItemActivityStat);
#[cfg(msgraph_beta_search)]
/// CSDL: `microsoft.graph.itemAnalytics`, entity type, derived from `microsoft.graph.entity`, open, key `id`.
///
/// Request builders: [`ItemAnalyticsPath`](requests/trait.ItemAnalyticsPath.html), what a path to one (`EntityPath<ItemAnalytics, C>`) dereferences to.
///
/// Features: `beta` or `beta-search`.
#[derive(Clone)]
pub struct ItemAnalytics {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: navigation property `allTime`: `microsoft.graph.itemActivityStat`, nullable.
    pub all_time: rt::Field<crate::beta::ItemActivityStat>,
    /// CSDL: containment navigation property `itemActivityStats`: `Collection(microsoft.graph.itemActivityStat)`, not nullable.
    pub item_activity_stats: rt::Field<::std::vec::Vec<crate::beta::ItemActivityStat>>,
    /// CSDL: navigation property `lastSevenDays`: `microsoft.graph.itemActivityStat`, nullable.
    pub last_seven_days: rt::Field<crate::beta::ItemActivityStat>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_search)]
impl ::std::default::Default for ItemAnalytics {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            all_time: rt::Field::Absent,
            item_activity_stats: rt::Field::Absent,
            last_seven_days: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_search)]
impl rt::Object for ItemAnalytics {
    const TYPE_NAME: &'static str = "microsoft.graph.itemAnalytics";
    const KEYS: &'static [&'static str] = &[
        "id",
        "allTime",
        "itemActivityStats",
        "lastSevenDays",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"allTime\":                      ",
        ",\"itemActivityStats\":            ",
        ",\"lastSevenDays\":                ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.itemAnalytics\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "all_time", &self.all_time);
        v.field(2usize, "item_activity_stats", &self.item_activity_stats);
        v.field(3usize, "last_seven_days", &self.last_seven_days);
    }
}
#[cfg(msgraph_beta_search)]
impl rt::object::Members for ItemAnalytics {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.all_time.read_from(r),
            2usize => self.item_activity_stats.read_from(r),
            3usize => self.last_seven_days.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.all_time);
        w.field(2usize, &self.item_activity_stats);
        w.field(3usize, &self.last_seven_days);
    }
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
rt::impl_object!(ItemAnalytics);
#[cfg(msgraph_beta_search)]
rt::impl_setters!(
    ItemAnalytics { with_id id : ::std::string::String; with_all_time all_time : crate
    ::beta::ItemActivityStat; with_item_activity_stats item_activity_stats :
    ::std::vec::Vec < crate ::beta::ItemActivityStat >; with_last_seven_days
    last_seven_days : crate ::beta::ItemActivityStat; }
);
#[cfg(msgraph_beta_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ItemAnalytics);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.itemInsights`, entity type, derived from `microsoft.graph.officeGraphInsights`, key `id`.
///
/// Request builders: [`OfficeGraphInsightsPath`](requests/trait.OfficeGraphInsightsPath.html), what a path to one (`EntityPath<ItemInsights, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ItemInsights {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `shared`: `Collection(microsoft.graph.sharedInsight)`, not nullable.
    pub shared: rt::Field<::std::vec::Vec<crate::beta::SharedInsight>>,
    /// CSDL: containment navigation property `trending`: `Collection(microsoft.graph.trending)`, not nullable.
    pub trending: rt::Field<::std::vec::Vec<crate::beta::Trending>>,
    /// CSDL: containment navigation property `used`: `Collection(microsoft.graph.usedInsight)`, not nullable.
    pub used: rt::Field<::std::vec::Vec<crate::beta::UsedInsight>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for ItemInsights {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            shared: rt::Field::Absent,
            trending: rt::Field::Absent,
            used: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for ItemInsights {
    const TYPE_NAME: &'static str = "microsoft.graph.itemInsights";
    const KEYS: &'static [&'static str] = &["id", "shared", "trending", "used"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"shared\":                       ",
        ",\"trending\":                     ",
        ",\"used\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.itemInsights\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "shared", &self.shared);
        v.field(2usize, "trending", &self.trending);
        v.field(3usize, "used", &self.used);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for ItemInsights {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.shared.read_from(r),
            2usize => self.trending.read_from(r),
            3usize => self.used.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.shared);
        w.field(2usize, &self.trending);
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
#[cfg(msgraph_beta_core)]
rt::impl_object!(ItemInsights);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    ItemInsights { with_id id : ::std::string::String; with_shared shared :
    ::std::vec::Vec < crate ::beta::SharedInsight >; with_trending trending :
    ::std::vec::Vec < crate ::beta::Trending >; with_used used : ::std::vec::Vec < crate
    ::beta::UsedInsight >; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(ItemInsights);
