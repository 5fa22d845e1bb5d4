//! Types of `microsoft.graph` by the first letters of their names (`l`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
/// CSDL: `microsoft.graph.list`, entity type, derived from `microsoft.graph.baseItem`, key `id`.
///
/// Request builders: [`ListPath`](requests/trait.ListPath.html), what a path to one (`EntityPath<List, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 14 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct List {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `createdBy`: `microsoft.graph.identitySet`, nullable.
    pub created_by: rt::Field<crate::beta::IdentitySet>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `eTag`: `Edm.String`, nullable.
    pub e_tag: rt::Field<::std::string::String>,
    /// CSDL: property `lastModifiedBy`: `microsoft.graph.identitySet`, nullable.
    pub last_modified_by: rt::Field<crate::beta::IdentitySet>,
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// CSDL: property `parentReference`: `microsoft.graph.itemReference`, nullable.
    pub parent_reference: rt::Field<crate::beta::ItemReference>,
    /// CSDL: property `webUrl`: `Edm.String`, nullable.
    pub web_url: rt::Field<::std::string::String>,
    /// CSDL: navigation property `createdByUser`: `microsoft.graph.user`, nullable.
    ///
    /// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
    #[cfg(msgraph_beta_core)]
    pub created_by_user: rt::Field<::std::boxed::Box<crate::beta::User>>,
    /// CSDL: navigation property `lastModifiedByUser`: `microsoft.graph.user`, nullable.
    ///
    /// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
    #[cfg(msgraph_beta_core)]
    pub last_modified_by_user: rt::Field<::std::boxed::Box<crate::beta::User>>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `list`: `microsoft.graph.listInfo`, nullable.
    pub list: rt::Field<crate::beta::ListInfo>,
    /// CSDL: property `sharepointIds`: `microsoft.graph.sharepointIds`, nullable.
    pub sharepoint_ids: rt::Field<crate::beta::SharepointIds>,
    /// CSDL: property `system`: `microsoft.graph.systemFacet`, nullable.
    pub system: rt::Field<crate::beta::SystemFacet>,
    /// CSDL: containment navigation property `activities`: `Collection(microsoft.graph.itemActivityOLD)`, not nullable.
    pub activities: rt::Field<::std::vec::Vec<crate::beta::ItemActivityOld>>,
    /// CSDL: containment navigation property `columns`: `Collection(microsoft.graph.columnDefinition)`, not nullable.
    pub columns: rt::Field<::std::vec::Vec<crate::beta::ColumnDefinition>>,
    /// CSDL: containment navigation property `contentTypes`: `Collection(microsoft.graph.contentType)`, not nullable.
    pub content_types: rt::Field<::std::vec::Vec<crate::beta::ContentType>>,
    /// CSDL: containment navigation property `drive`: `microsoft.graph.drive`, nullable.
    pub drive: rt::Field<::std::boxed::Box<crate::beta::Drive>>,
    /// CSDL: containment navigation property `items`: `Collection(microsoft.graph.listItem)`, not nullable.
    pub items: rt::Field<::std::vec::Vec<crate::beta::ListItem>>,
    /// CSDL: containment navigation property `subscriptions`: `Collection(microsoft.graph.subscription)`, not nullable.
    pub subscriptions: rt::Field<::std::vec::Vec<crate::beta::Subscription>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
impl ::std::default::Default for List {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_by: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            description: rt::Field::Absent,
            e_tag: rt::Field::Absent,
            last_modified_by: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            name: rt::Field::Absent,
            parent_reference: rt::Field::Absent,
            web_url: rt::Field::Absent,
            #[cfg(msgraph_beta_core)]
            created_by_user: rt::Field::Absent,
            #[cfg(msgraph_beta_core)]
            last_modified_by_user: rt::Field::Absent,
            display_name: rt::Field::Absent,
            list: rt::Field::Absent,
            sharepoint_ids: rt::Field::Absent,
            system: rt::Field::Absent,
            activities: rt::Field::Absent,
            columns: rt::Field::Absent,
            content_types: rt::Field::Absent,
            drive: rt::Field::Absent,
            items: rt::Field::Absent,
            subscriptions: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
impl rt::Object for List {
    const TYPE_NAME: &'static str = "microsoft.graph.list";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdBy",
        "createdDateTime",
        "description",
        "eTag",
        "lastModifiedBy",
        "lastModifiedDateTime",
        "name",
        "parentReference",
        "webUrl",
        "createdByUser",
        "lastModifiedByUser",
        "displayName",
        "list",
        "sharepointIds",
        "system",
        "activities",
        "columns",
        "contentTypes",
        "drive",
        "items",
        "subscriptions",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdBy\":                    ",
        ",\"createdDateTime\":              ",
        ",\"description\":                  ",
        ",\"eTag\":                         ",
        ",\"lastModifiedBy\":               ",
        ",\"lastModifiedDateTime\":         ",
        ",\"name\":                         ",
        ",\"parentReference\":              ",
        ",\"webUrl\":                       ",
        ",\"createdByUser\":                ",
        ",\"lastModifiedByUser\":           ",
        ",\"displayName\":                  ",
        ",\"list\":                         ",
        ",\"sharepointIds\":                ",
        ",\"system\":                       ",
        ",\"activities\":                   ",
        ",\"columns\":                      ",
        ",\"contentTypes\":                 ",
        ",\"drive\":                        ",
        ",\"items\":                        ",
        ",\"subscriptions\":                ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.list\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_by", &self.created_by);
        v.field(2usize, "created_date_time", &self.created_date_time);
        v.field(3usize, "description", &self.description);
        v.field(4usize, "e_tag", &self.e_tag);
        v.field(5usize, "last_modified_by", &self.last_modified_by);
        v.field(6usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(7usize, "name", &self.name);
        v.field(8usize, "parent_reference", &self.parent_reference);
        v.field(9usize, "web_url", &self.web_url);
        #[cfg(msgraph_beta_core)]
        v.field(10usize, "created_by_user", &self.created_by_user);
        #[cfg(msgraph_beta_core)]
        v.field(11usize, "last_modified_by_user", &self.last_modified_by_user);
        v.field(12usize, "display_name", &self.display_name);
        v.field(13usize, "list", &self.list);
        v.field(14usize, "sharepoint_ids", &self.sharepoint_ids);
        v.field(15usize, "system", &self.system);
        v.field(16usize, "activities", &self.activities);
        v.field(17usize, "columns", &self.columns);
        v.field(18usize, "content_types", &self.content_types);
        v.field(19usize, "drive", &self.drive);
        v.field(20usize, "items", &self.items);
        v.field(21usize, "subscriptions", &self.subscriptions);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
impl rt::object::Members for List {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_by.read_from(r),
            2usize => self.created_date_time.read_from(r),
            3usize => self.description.read_from(r),
            4usize => self.e_tag.read_from(r),
            5usize => self.last_modified_by.read_from(r),
            6usize => self.last_modified_date_time.read_from(r),
            7usize => self.name.read_from(r),
            8usize => self.parent_reference.read_from(r),
            9usize => self.web_url.read_from(r),
            #[cfg(msgraph_beta_core)]
            10usize => self.created_by_user.read_from(r),
            #[cfg(msgraph_beta_core)]
            11usize => self.last_modified_by_user.read_from(r),
            12usize => self.display_name.read_from(r),
            13usize => self.list.read_from(r),
            14usize => self.sharepoint_ids.read_from(r),
            15usize => self.system.read_from(r),
            16usize => self.activities.read_from(r),
            17usize => self.columns.read_from(r),
            18usize => self.content_types.read_from(r),
            19usize => self.drive.read_from(r),
            20usize => self.items.read_from(r),
            21usize => self.subscriptions.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.created_by);
        w.field(2usize, &self.created_date_time);
        w.field(3usize, &self.description);
        w.field(4usize, &self.e_tag);
        w.field(5usize, &self.last_modified_by);
        w.field(6usize, &self.last_modified_date_time);
        w.field(7usize, &self.name);
        w.field(8usize, &self.parent_reference);
        w.field(9usize, &self.web_url);
        #[cfg(msgraph_beta_core)] w.field(10usize, &self.created_by_user);
        #[cfg(msgraph_beta_core)] w.field(11usize, &self.last_modified_by_user);
        w.field(12usize, &self.display_name);
        w.field(13usize, &self.list);
        w.field(14usize, &self.sharepoint_ids);
        w.field(15usize, &self.system);
        w.field(16usize, &self.activities);
        w.field(17usize, &self.columns);
        w.field(18usize, &self.content_types);
        w.field(19usize, &self.drive);
        w.field(20usize, &self.items);
        w.field(21usize, &self.subscriptions);
    }
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
rt::impl_object!(List);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
rt::impl_boxed!(List);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
rt::impl_setters!(
    List { with_id id : ::std::string::String; with_created_by created_by : crate
    ::beta::IdentitySet; with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_description description : ::std::string::String;
    with_e_tag e_tag : ::std::string::String; with_last_modified_by last_modified_by :
    crate ::beta::IdentitySet; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_name name : ::std::string::String;
    with_parent_reference parent_reference : crate ::beta::ItemReference; with_web_url
    web_url : ::std::string::String; #[cfg(msgraph_beta_core)] with_created_by_user
    created_by_user : ::std::boxed::Box < crate ::beta::User >; #[cfg(msgraph_beta_core)]
    with_last_modified_by_user last_modified_by_user : ::std::boxed::Box < crate
    ::beta::User >; with_display_name display_name : ::std::string::String; with_list
    list : crate ::beta::ListInfo; with_sharepoint_ids sharepoint_ids : crate
    ::beta::SharepointIds; with_system system : crate ::beta::SystemFacet;
    with_activities activities : ::std::vec::Vec < crate ::beta::ItemActivityOld >;
    with_columns columns : ::std::vec::Vec < crate ::beta::ColumnDefinition >;
    with_content_types content_types : ::std::vec::Vec < crate ::beta::ContentType >;
    with_drive drive : ::std::boxed::Box < crate ::beta::Drive >; with_items items :
    ::std::vec::Vec < crate ::beta::ListItem >; with_subscriptions subscriptions :
    ::std::vec::Vec < crate ::beta::Subscription >; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
#[cfg(feature = "serde")]
rt::impl_serde!(List);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// CSDL: `microsoft.graph.listItem`, entity type, derived from `microsoft.graph.baseItem`, key `id`.
///
/// Request builders: [`ListItemPath`](requests/trait.ListItemPath.html), what a path to one (`EntityPath<ListItem, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ListItem {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `createdBy`: `microsoft.graph.identitySet`, nullable.
    pub created_by: rt::Field<crate::beta::IdentitySet>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `eTag`: `Edm.String`, nullable.
    pub e_tag: rt::Field<::std::string::String>,
    /// CSDL: property `lastModifiedBy`: `microsoft.graph.identitySet`, nullable.
    pub last_modified_by: rt::Field<crate::beta::IdentitySet>,
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// CSDL: property `parentReference`: `microsoft.graph.itemReference`, nullable.
    pub parent_reference: rt::Field<crate::beta::ItemReference>,
    /// CSDL: property `webUrl`: `Edm.String`, nullable.
    pub web_url: rt::Field<::std::string::String>,
    /// CSDL: navigation property `createdByUser`: `microsoft.graph.user`, nullable.
    ///
    /// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
    #[cfg(msgraph_beta_core)]
    pub created_by_user: rt::Field<::std::boxed::Box<crate::beta::User>>,
    /// CSDL: navigation property `lastModifiedByUser`: `microsoft.graph.user`, nullable.
    ///
    /// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
    #[cfg(msgraph_beta_core)]
    pub last_modified_by_user: rt::Field<::std::boxed::Box<crate::beta::User>>,
    /// CSDL: property `contentType`: `microsoft.graph.contentTypeInfo`, nullable.
    pub content_type: rt::Field<crate::beta::ContentTypeInfo>,
    /// CSDL: property `sharepointIds`: `microsoft.graph.sharepointIds`, nullable.
    pub sharepoint_ids: rt::Field<crate::beta::SharepointIds>,
    /// CSDL: containment navigation property `activities`: `Collection(microsoft.graph.itemActivityOLD)`, not nullable.
    pub activities: rt::Field<::std::vec::Vec<crate::beta::ItemActivityOld>>,
    /// CSDL: navigation property `analytics`: `microsoft.graph.itemAnalytics`, nullable.
    ///
    /// Features: `beta` or `beta-search`.
    #[cfg(msgraph_beta_search)]
    pub analytics: rt::Field<crate::beta::ItemAnalytics>,
    /// CSDL: containment navigation property `driveItem`: `microsoft.graph.driveItem`, nullable.
    pub drive_item: rt::Field<::std::boxed::Box<crate::beta::DriveItem>>,
    /// CSDL: containment navigation property `fields`: `microsoft.graph.fieldValueSet`, nullable.
    pub fields: rt::Field<crate::beta::FieldValueSet>,
    /// CSDL: containment navigation property `versions`: `Collection(microsoft.graph.listItemVersion)`, not nullable.
    pub versions: rt::Field<::std::vec::Vec<crate::beta::ListItemVersion>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for ListItem {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_by: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            description: rt::Field::Absent,
            e_tag: rt::Field::Absent,
            last_modified_by: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            name: rt::Field::Absent,
            parent_reference: rt::Field::Absent,
            web_url: rt::Field::Absent,
            #[cfg(msgraph_beta_core)]
            created_by_user: rt::Field::Absent,
            #[cfg(msgraph_beta_core)]
            last_modified_by_user: rt::Field::Absent,
            content_type: rt::Field::Absent,
            sharepoint_ids: rt::Field::Absent,
            activities: rt::Field::Absent,
            #[cfg(msgraph_beta_search)]
            analytics: rt::Field::Absent,
            drive_item: rt::Field::Absent,
            fields: rt::Field::Absent,
            versions: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for ListItem {
    const TYPE_NAME: &'static str = "microsoft.graph.listItem";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdBy",
        "createdDateTime",
        "description",
        "eTag",
        "lastModifiedBy",
        "lastModifiedDateTime",
        "name",
        "parentReference",
        "webUrl",
        "createdByUser",
        "lastModifiedByUser",
        "contentType",
        "sharepointIds",
        "activities",
        "analytics",
        "driveItem",
        "fields",
        "versions",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdBy\":                    ",
        ",\"createdDateTime\":              ",
        ",\"description\":                  ",
        ",\"eTag\":                         ",
        ",\"lastModifiedBy\":               ",
        ",\"lastModifiedDateTime\":         ",
        ",\"name\":                         ",
        ",\"parentReference\":              ",
        ",\"webUrl\":                       ",
        ",\"createdByUser\":                ",
        ",\"lastModifiedByUser\":           ",
        ",\"contentType\":                  ",
        ",\"sharepointIds\":                ",
        ",\"activities\":                   ",
        ",\"analytics\":                    ",
        ",\"driveItem\":                    ",
        ",\"fields\":                       ",
        ",\"versions\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.listItem\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_by", &self.created_by);
        v.field(2usize, "created_date_time", &self.created_date_time);
        v.field(3usize, "description", &self.description);
        v.field(4usize, "e_tag", &self.e_tag);
        v.field(5usize, "last_modified_by", &self.last_modified_by);
        v.field(6usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(7usize, "name", &self.name);
        v.field(8usize, "parent_reference", &self.parent_reference);
        v.field(9usize, "web_url", &self.web_url);
        #[cfg(msgraph_beta_core)]
        v.field(10usize, "created_by_user", &self.created_by_user);
        #[cfg(msgraph_beta_core)]
        v.field(11usize, "last_modified_by_user", &self.last_modified_by_user);
        v.field(12usize, "content_type", &self.content_type);
        v.field(13usize, "sharepoint_ids", &self.sharepoint_ids);
        v.field(14usize, "activities", &self.activities);
        #[cfg(msgraph_beta_search)] v.field(15usize, "analytics", &self.analytics);
        v.field(16usize, "drive_item", &self.drive_item);
        v.field(17usize, "fields", &self.fields);
        v.field(18usize, "versions", &self.versions);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for ListItem {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_by.read_from(r),
            2usize => self.created_date_time.read_from(r),
            3usize => self.description.read_from(r),
            4usize => self.e_tag.read_from(r),
            5usize => self.last_modified_by.read_from(r),
            6usize => self.last_modified_date_time.read_from(r),
            7usize => self.name.read_from(r),
            8usize => self.parent_reference.read_from(r),
            9usize => self.web_url.read_from(r),
            #[cfg(msgraph_beta_core)]
            10usize => self.created_by_user.read_from(r),
            #[cfg(msgraph_beta_core)]
            11usize => self.last_modified_by_user.read_from(r),
            12usize => self.content_type.read_from(r),
            13usize => self.sharepoint_ids.read_from(r),
            14usize => self.activities.read_from(r),
            #[cfg(msgraph_beta_search)]
            15usize => self.analytics.read_from(r),
            16usize => self.drive_item.read_from(r),
            17usize => self.fields.read_from(r),
            18usize => self.versions.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.created_by);
        w.field(2usize, &self.created_date_time);
        w.field(3usize, &self.description);
        w.field(4usize, &self.e_tag);
        w.field(5usize, &self.last_modified_by);
        w.field(6usize, &self.last_modified_date_time);
        w.field(7usize, &self.name);
        w.field(8usize, &self.parent_reference);
        w.field(9usize, &self.web_url);
        #[cfg(msgraph_beta_core)] w.field(10usize, &self.created_by_user);
        #[cfg(msgraph_beta_core)] w.field(11usize, &self.last_modified_by_user);
        w.field(12usize, &self.content_type);
        w.field(13usize, &self.sharepoint_ids);
        w.field(14usize, &self.activities);
        #[cfg(msgraph_beta_search)] w.field(15usize, &self.analytics);
        w.field(16usize, &self.drive_item);
        w.field(17usize, &self.fields);
        w.field(18usize, &self.versions);
    }
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
rt::impl_object!(ListItem);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_boxed!(ListItem);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    ListItem { with_id id : ::std::string::String; with_created_by created_by : crate
    ::beta::IdentitySet; with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_description description : ::std::string::String;
    with_e_tag e_tag : ::std::string::String; with_last_modified_by last_modified_by :
    crate ::beta::IdentitySet; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_name name : ::std::string::String;
    with_parent_reference parent_reference : crate ::beta::ItemReference; with_web_url
    web_url : ::std::string::String; #[cfg(msgraph_beta_core)] with_created_by_user
    created_by_user : ::std::boxed::Box < crate ::beta::User >; #[cfg(msgraph_beta_core)]
    with_last_modified_by_user last_modified_by_user : ::std::boxed::Box < crate
    ::beta::User >; with_content_type content_type : crate ::beta::ContentTypeInfo;
    with_sharepoint_ids sharepoint_ids : crate ::beta::SharepointIds; with_activities
    activities : ::std::vec::Vec < crate ::beta::ItemActivityOld >;
    #[cfg(msgraph_beta_search)] with_analytics analytics : crate ::beta::ItemAnalytics;
    with_drive_item drive_item : ::std::boxed::Box < crate ::beta::DriveItem >;
    with_fields fields : crate ::beta::FieldValueSet; with_versions versions :
    ::std::vec::Vec < crate ::beta::ListItemVersion >; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(ListItem);
