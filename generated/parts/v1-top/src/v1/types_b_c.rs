//! Types of `microsoft.graph` by the first letters of their names (`b_c`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
/// CSDL: `microsoft.graph.baseItem`, entity type, derived from `microsoft.graph.entity`, abstract, key `id`.
///
/// Request builders: [`BaseItemPath`](requests/struct.BaseItemPath.html), the type of a path to one.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-drives`, `v1-group-setting-templates` and 14 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct BaseItem {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `createdBy`: `microsoft.graph.identitySet`, nullable.
    pub created_by: rt::Field<crate::v1::AnyIdentitySet>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `eTag`: `Edm.String`, nullable.
    pub e_tag: rt::Field<::std::string::String>,
    /// CSDL: property `lastModifiedBy`: `microsoft.graph.identitySet`, nullable.
    pub last_modified_by: rt::Field<crate::v1::AnyIdentitySet>,
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// CSDL: property `parentReference`: `microsoft.graph.itemReference`, nullable.
    pub parent_reference: rt::Field<crate::v1::ItemReference>,
    /// CSDL: property `webUrl`: `Edm.String`, nullable.
    pub web_url: rt::Field<::std::string::String>,
    /// CSDL: navigation property `createdByUser`: `microsoft.graph.user`, nullable.
    ///
    /// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
    #[cfg(msgraph_v1_core)]
    pub created_by_user: rt::Field<crate::v1::AnyUser>,
    /// CSDL: navigation property `lastModifiedByUser`: `microsoft.graph.user`, nullable.
    ///
    /// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
    #[cfg(msgraph_v1_core)]
    pub last_modified_by_user: rt::Field<crate::v1::AnyUser>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
impl ::std::default::Default for BaseItem {
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
            #[cfg(msgraph_v1_core)]
            created_by_user: rt::Field::Absent,
            #[cfg(msgraph_v1_core)]
            last_modified_by_user: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
impl rt::Object for BaseItem {
    const TYPE_NAME: &'static str = "microsoft.graph.baseItem";
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
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":",
        ",\"createdBy\":",
        ",\"createdDateTime\":",
        ",\"description\":",
        ",\"eTag\":",
        ",\"lastModifiedBy\":",
        ",\"lastModifiedDateTime\":",
        ",\"name\":",
        ",\"parentReference\":",
        ",\"webUrl\":",
        ",\"createdByUser\":",
        ",\"lastModifiedByUser\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.baseItem\"";
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
            #[cfg(msgraph_v1_core)]
            10usize => self.created_by_user.read_from(r),
            #[cfg(msgraph_v1_core)]
            11usize => self.last_modified_by_user.read_from(r),
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
        #[cfg(msgraph_v1_core)] w.field(10usize, &self.created_by_user);
        #[cfg(msgraph_v1_core)] w.field(11usize, &self.last_modified_by_user);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.id),
            1usize => ::std::option::Option::Some(&self.created_by),
            2usize => ::std::option::Option::Some(&self.created_date_time),
            3usize => ::std::option::Option::Some(&self.description),
            4usize => ::std::option::Option::Some(&self.e_tag),
            5usize => ::std::option::Option::Some(&self.last_modified_by),
            6usize => ::std::option::Option::Some(&self.last_modified_date_time),
            7usize => ::std::option::Option::Some(&self.name),
            8usize => ::std::option::Option::Some(&self.parent_reference),
            9usize => ::std::option::Option::Some(&self.web_url),
            #[cfg(msgraph_v1_core)]
            10usize => ::std::option::Option::Some(&self.created_by_user),
            #[cfg(msgraph_v1_core)]
            11usize => ::std::option::Option::Some(&self.last_modified_by_user),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "id", &self.id);
        d.field(1usize, "created_by", &self.created_by);
        d.field(2usize, "created_date_time", &self.created_date_time);
        d.field(3usize, "description", &self.description);
        d.field(4usize, "e_tag", &self.e_tag);
        d.field(5usize, "last_modified_by", &self.last_modified_by);
        d.field(6usize, "last_modified_date_time", &self.last_modified_date_time);
        d.field(7usize, "name", &self.name);
        d.field(8usize, "parent_reference", &self.parent_reference);
        d.field(9usize, "web_url", &self.web_url);
        #[cfg(msgraph_v1_core)]
        d.field(10usize, "created_by_user", &self.created_by_user);
        #[cfg(msgraph_v1_core)]
        d.field(11usize, "last_modified_by_user", &self.last_modified_by_user);
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
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
rt::impl_object!(BaseItem);
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
rt::impl_setters!(
    BaseItem { with_id id : ::std::string::String; with_created_by created_by : crate
    ::v1::AnyIdentitySet; with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_description description : ::std::string::String;
    with_e_tag e_tag : ::std::string::String; with_last_modified_by last_modified_by :
    crate ::v1::AnyIdentitySet; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_name name : ::std::string::String;
    with_parent_reference parent_reference : crate ::v1::ItemReference; with_web_url
    web_url : ::std::string::String; #[cfg(msgraph_v1_core)] with_created_by_user
    created_by_user : crate ::v1::AnyUser; #[cfg(msgraph_v1_core)]
    with_last_modified_by_user last_modified_by_user : crate ::v1::AnyUser; }
);
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
#[cfg(feature = "serde")]
rt::impl_serde!(BaseItem);
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
/// `microsoft.graph.baseItem` or any type derived from it, selected by `@odata.type` (11 types); each variant's type converts into it (`From`).
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-drives`, `v1-group-setting-templates` and 14 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Debug)]
pub enum AnyBaseItem {
    BaseItem(::std::boxed::Box<crate::v1::BaseItem>),
    #[cfg(msgraph_v1_core_or_sites)]
    BaseSitePage(::std::boxed::Box<crate::v1::BaseSitePage>),
    #[cfg(msgraph_v1_drives_or_search)]
    Drive(::std::boxed::Box<crate::v1::Drive>),
    #[cfg(msgraph_v1_drives_or_search)]
    DriveItem(::std::boxed::Box<crate::v1::DriveItem>),
    #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
    List(::std::boxed::Box<crate::v1::List>),
    #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
    ListItem(::std::boxed::Box<crate::v1::ListItem>),
    #[cfg(msgraph_v1_search_or_storage)]
    RecycleBin(::std::boxed::Box<crate::v1::RecycleBin>),
    #[cfg(msgraph_v1_search_or_storage)]
    RecycleBinItem(::std::boxed::Box<crate::v1::RecycleBinItem>),
    #[cfg(msgraph_v1_search_or_shares)]
    SharedDriveItem(::std::boxed::Box<crate::v1::SharedDriveItem>),
    #[cfg(msgraph_v1_core_or_sites)]
    Site(::std::boxed::Box<crate::v1::Site>),
    #[cfg(msgraph_v1_core_or_sites)]
    SitePage(::std::boxed::Box<crate::v1::SitePage>),
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
impl ::std::default::Default for AnyBaseItem {
    #[inline]
    fn default() -> Self {
        Self::BaseItem(::std::default::Default::default())
    }
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::BaseItem> for AnyBaseItem {
    #[inline]
    fn from(v: crate::v1::BaseItem) -> Self {
        Self::BaseItem(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
#[cfg(msgraph_v1_core_or_sites)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::BaseSitePage> for AnyBaseItem {
    #[inline]
    fn from(v: crate::v1::BaseSitePage) -> Self {
        Self::BaseSitePage(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
#[cfg(msgraph_v1_drives_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::Drive> for AnyBaseItem {
    #[inline]
    fn from(v: crate::v1::Drive) -> Self {
        Self::Drive(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
#[cfg(msgraph_v1_drives_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::DriveItem> for AnyBaseItem {
    #[inline]
    fn from(v: crate::v1::DriveItem) -> Self {
        Self::DriveItem(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::List> for AnyBaseItem {
    #[inline]
    fn from(v: crate::v1::List) -> Self {
        Self::List(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::ListItem> for AnyBaseItem {
    #[inline]
    fn from(v: crate::v1::ListItem) -> Self {
        Self::ListItem(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
#[cfg(msgraph_v1_search_or_storage)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::RecycleBin> for AnyBaseItem {
    #[inline]
    fn from(v: crate::v1::RecycleBin) -> Self {
        Self::RecycleBin(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
#[cfg(msgraph_v1_search_or_storage)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::RecycleBinItem> for AnyBaseItem {
    #[inline]
    fn from(v: crate::v1::RecycleBinItem) -> Self {
        Self::RecycleBinItem(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
#[cfg(msgraph_v1_search_or_shares)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::SharedDriveItem> for AnyBaseItem {
    #[inline]
    fn from(v: crate::v1::SharedDriveItem) -> Self {
        Self::SharedDriveItem(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
#[cfg(msgraph_v1_core_or_sites)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::Site> for AnyBaseItem {
    #[inline]
    fn from(v: crate::v1::Site) -> Self {
        Self::Site(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
#[cfg(msgraph_v1_core_or_sites)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::SitePage> for AnyBaseItem {
    #[inline]
    fn from(v: crate::v1::SitePage) -> Self {
        Self::SitePage(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
impl rt::Poly for AnyBaseItem {
    const BASE_NAME: &'static str = "microsoft.graph.baseItem";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        match tag {
            #[cfg(msgraph_v1_core_or_sites)]
            ::std::option::Option::Some("microsoft.graph.baseSitePage") => {
                rt::object::read_boxed(r).map(Self::BaseSitePage)
            }
            #[cfg(msgraph_v1_drives_or_search)]
            ::std::option::Option::Some("microsoft.graph.drive") => {
                rt::object::read_boxed(r).map(Self::Drive)
            }
            #[cfg(msgraph_v1_drives_or_search)]
            ::std::option::Option::Some("microsoft.graph.driveItem") => {
                rt::object::read_boxed(r).map(Self::DriveItem)
            }
            #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
            ::std::option::Option::Some("microsoft.graph.list") => {
                rt::object::read_boxed(r).map(Self::List)
            }
            #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
            ::std::option::Option::Some("microsoft.graph.listItem") => {
                rt::object::read_boxed(r).map(Self::ListItem)
            }
            #[cfg(msgraph_v1_search_or_storage)]
            ::std::option::Option::Some("microsoft.graph.recycleBin") => {
                rt::object::read_boxed(r).map(Self::RecycleBin)
            }
            #[cfg(msgraph_v1_search_or_storage)]
            ::std::option::Option::Some("microsoft.graph.recycleBinItem") => {
                rt::object::read_boxed(r).map(Self::RecycleBinItem)
            }
            #[cfg(msgraph_v1_search_or_shares)]
            ::std::option::Option::Some("microsoft.graph.sharedDriveItem") => {
                rt::object::read_boxed(r).map(Self::SharedDriveItem)
            }
            #[cfg(msgraph_v1_core_or_sites)]
            ::std::option::Option::Some("microsoft.graph.site") => {
                rt::object::read_boxed(r).map(Self::Site)
            }
            #[cfg(msgraph_v1_core_or_sites)]
            ::std::option::Option::Some("microsoft.graph.sitePage") => {
                rt::object::read_boxed(r).map(Self::SitePage)
            }
            _ => rt::object::read_boxed(r).map(Self::BaseItem),
        }
    }
    #[inline]
    fn write_variant(&self, w: &mut rt::Writer) {
        match self {
            Self::BaseItem(v) => {
                rt::object::write_object(&**v, w, ::std::option::Option::None)
            }
            #[cfg(msgraph_v1_core_or_sites)]
            Self::BaseSitePage(v) => {
                rt::object::write_object(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.baseSitePage"),
                )
            }
            #[cfg(msgraph_v1_drives_or_search)]
            Self::Drive(v) => {
                rt::object::write_object(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.drive"),
                )
            }
            #[cfg(msgraph_v1_drives_or_search)]
            Self::DriveItem(v) => {
                rt::object::write_object(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.driveItem"),
                )
            }
            #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
            Self::List(v) => {
                rt::object::write_object(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.list"),
                )
            }
            #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
            Self::ListItem(v) => {
                rt::object::write_object(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.listItem"),
                )
            }
            #[cfg(msgraph_v1_search_or_storage)]
            Self::RecycleBin(v) => {
                rt::object::write_object(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.recycleBin"),
                )
            }
            #[cfg(msgraph_v1_search_or_storage)]
            Self::RecycleBinItem(v) => {
                rt::object::write_object(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.recycleBinItem"),
                )
            }
            #[cfg(msgraph_v1_search_or_shares)]
            Self::SharedDriveItem(v) => {
                rt::object::write_object(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.sharedDriveItem"),
                )
            }
            #[cfg(msgraph_v1_core_or_sites)]
            Self::Site(v) => {
                rt::object::write_object(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.site"),
                )
            }
            #[cfg(msgraph_v1_core_or_sites)]
            Self::SitePage(v) => {
                rt::object::write_object(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.sitePage"),
                )
            }
        }
    }
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
impl AnyBaseItem {
    /// The qualified CSDL name of the current variant's type.
    #[inline]
    pub fn type_name(&self) -> &'static str {
        match self {
            Self::BaseItem(_) => "microsoft.graph.baseItem",
            #[cfg(msgraph_v1_core_or_sites)]
            Self::BaseSitePage(_) => "microsoft.graph.baseSitePage",
            #[cfg(msgraph_v1_drives_or_search)]
            Self::Drive(_) => "microsoft.graph.drive",
            #[cfg(msgraph_v1_drives_or_search)]
            Self::DriveItem(_) => "microsoft.graph.driveItem",
            #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
            Self::List(_) => "microsoft.graph.list",
            #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
            Self::ListItem(_) => "microsoft.graph.listItem",
            #[cfg(msgraph_v1_search_or_storage)]
            Self::RecycleBin(_) => "microsoft.graph.recycleBin",
            #[cfg(msgraph_v1_search_or_storage)]
            Self::RecycleBinItem(_) => "microsoft.graph.recycleBinItem",
            #[cfg(msgraph_v1_search_or_shares)]
            Self::SharedDriveItem(_) => "microsoft.graph.sharedDriveItem",
            #[cfg(msgraph_v1_core_or_sites)]
            Self::Site(_) => "microsoft.graph.site",
            #[cfg(msgraph_v1_core_or_sites)]
            Self::SitePage(_) => "microsoft.graph.sitePage",
        }
    }
    /// The current variant's unknown members and annotations.
    #[inline]
    pub fn extra(&self) -> &rt::Extra {
        match self {
            Self::BaseItem(v) => &v.extra,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::BaseSitePage(v) => &v.extra,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::Drive(v) => &v.extra,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::DriveItem(v) => &v.extra,
            #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
            Self::List(v) => &v.extra,
            #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
            Self::ListItem(v) => &v.extra,
            #[cfg(msgraph_v1_search_or_storage)]
            Self::RecycleBin(v) => &v.extra,
            #[cfg(msgraph_v1_search_or_storage)]
            Self::RecycleBinItem(v) => &v.extra,
            #[cfg(msgraph_v1_search_or_shares)]
            Self::SharedDriveItem(v) => &v.extra,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::Site(v) => &v.extra,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::SitePage(v) => &v.extra,
        }
    }
    /// The current variant's unknown members and annotations, mutably.
    #[inline]
    pub fn extra_mut(&mut self) -> &mut rt::Extra {
        match self {
            Self::BaseItem(v) => &mut v.extra,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::BaseSitePage(v) => &mut v.extra,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::Drive(v) => &mut v.extra,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::DriveItem(v) => &mut v.extra,
            #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
            Self::List(v) => &mut v.extra,
            #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
            Self::ListItem(v) => &mut v.extra,
            #[cfg(msgraph_v1_search_or_storage)]
            Self::RecycleBin(v) => &mut v.extra,
            #[cfg(msgraph_v1_search_or_storage)]
            Self::RecycleBinItem(v) => &mut v.extra,
            #[cfg(msgraph_v1_search_or_shares)]
            Self::SharedDriveItem(v) => &mut v.extra,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::Site(v) => &mut v.extra,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::SitePage(v) => &mut v.extra,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::BaseItem(v) => &v.id,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::BaseSitePage(v) => &v.id,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::Drive(v) => &v.id,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::DriveItem(v) => &v.id,
            #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
            Self::List(v) => &v.id,
            #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
            Self::ListItem(v) => &v.id,
            #[cfg(msgraph_v1_search_or_storage)]
            Self::RecycleBin(v) => &v.id,
            #[cfg(msgraph_v1_search_or_storage)]
            Self::RecycleBinItem(v) => &v.id,
            #[cfg(msgraph_v1_search_or_shares)]
            Self::SharedDriveItem(v) => &v.id,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::Site(v) => &v.id,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::SitePage(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::BaseItem(v) => &mut v.id,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::BaseSitePage(v) => &mut v.id,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::Drive(v) => &mut v.id,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::DriveItem(v) => &mut v.id,
            #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
            Self::List(v) => &mut v.id,
            #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
            Self::ListItem(v) => &mut v.id,
            #[cfg(msgraph_v1_search_or_storage)]
            Self::RecycleBin(v) => &mut v.id,
            #[cfg(msgraph_v1_search_or_storage)]
            Self::RecycleBinItem(v) => &mut v.id,
            #[cfg(msgraph_v1_search_or_shares)]
            Self::SharedDriveItem(v) => &mut v.id,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::Site(v) => &mut v.id,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::SitePage(v) => &mut v.id,
        }
    }
    /// `createdBy` of any variant.
    #[inline]
    pub fn created_by(&self) -> &rt::Field<crate::v1::AnyIdentitySet> {
        match self {
            Self::BaseItem(v) => &v.created_by,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::BaseSitePage(v) => &v.created_by,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::Drive(v) => &v.created_by,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::DriveItem(v) => &v.created_by,
            #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
            Self::List(v) => &v.created_by,
            #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
            Self::ListItem(v) => &v.created_by,
            #[cfg(msgraph_v1_search_or_storage)]
            Self::RecycleBin(v) => &v.created_by,
            #[cfg(msgraph_v1_search_or_storage)]
            Self::RecycleBinItem(v) => &v.created_by,
            #[cfg(msgraph_v1_search_or_shares)]
            Self::SharedDriveItem(v) => &v.created_by,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::Site(v) => &v.created_by,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::SitePage(v) => &v.created_by,
        }
    }
    /// `createdBy` of any variant.
    #[inline]
    pub fn created_by_mut(&mut self) -> &mut rt::Field<crate::v1::AnyIdentitySet> {
        match self {
            Self::BaseItem(v) => &mut v.created_by,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::BaseSitePage(v) => &mut v.created_by,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::Drive(v) => &mut v.created_by,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::DriveItem(v) => &mut v.created_by,
            #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
            Self::List(v) => &mut v.created_by,
            #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
            Self::ListItem(v) => &mut v.created_by,
            #[cfg(msgraph_v1_search_or_storage)]
            Self::RecycleBin(v) => &mut v.created_by,
            #[cfg(msgraph_v1_search_or_storage)]
            Self::RecycleBinItem(v) => &mut v.created_by,
            #[cfg(msgraph_v1_search_or_shares)]
            Self::SharedDriveItem(v) => &mut v.created_by,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::Site(v) => &mut v.created_by,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::SitePage(v) => &mut v.created_by,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::BaseItem(v) => &v.created_date_time,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::BaseSitePage(v) => &v.created_date_time,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::Drive(v) => &v.created_date_time,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::DriveItem(v) => &v.created_date_time,
            #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
            Self::List(v) => &v.created_date_time,
            #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
            Self::ListItem(v) => &v.created_date_time,
            #[cfg(msgraph_v1_search_or_storage)]
            Self::RecycleBin(v) => &v.created_date_time,
            #[cfg(msgraph_v1_search_or_storage)]
            Self::RecycleBinItem(v) => &v.created_date_time,
            #[cfg(msgraph_v1_search_or_shares)]
            Self::SharedDriveItem(v) => &v.created_date_time,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::Site(v) => &v.created_date_time,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::SitePage(v) => &v.created_date_time,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time_mut(&mut self) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::BaseItem(v) => &mut v.created_date_time,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::BaseSitePage(v) => &mut v.created_date_time,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::Drive(v) => &mut v.created_date_time,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::DriveItem(v) => &mut v.created_date_time,
            #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
            Self::List(v) => &mut v.created_date_time,
            #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
            Self::ListItem(v) => &mut v.created_date_time,
            #[cfg(msgraph_v1_search_or_storage)]
            Self::RecycleBin(v) => &mut v.created_date_time,
            #[cfg(msgraph_v1_search_or_storage)]
            Self::RecycleBinItem(v) => &mut v.created_date_time,
            #[cfg(msgraph_v1_search_or_shares)]
            Self::SharedDriveItem(v) => &mut v.created_date_time,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::Site(v) => &mut v.created_date_time,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::SitePage(v) => &mut v.created_date_time,
        }
    }
    /// `description` of any variant.
    #[inline]
    pub fn description(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::BaseItem(v) => &v.description,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::BaseSitePage(v) => &v.description,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::Drive(v) => &v.description,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::DriveItem(v) => &v.description,
            #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
            Self::List(v) => &v.description,
            #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
            Self::ListItem(v) => &v.description,
            #[cfg(msgraph_v1_search_or_storage)]
            Self::RecycleBin(v) => &v.description,
            #[cfg(msgraph_v1_search_or_storage)]
            Self::RecycleBinItem(v) => &v.description,
            #[cfg(msgraph_v1_search_or_shares)]
            Self::SharedDriveItem(v) => &v.description,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::Site(v) => &v.description,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::SitePage(v) => &v.description,
        }
    }
    /// `description` of any variant.
    #[inline]
    pub fn description_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::BaseItem(v) => &mut v.description,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::BaseSitePage(v) => &mut v.description,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::Drive(v) => &mut v.description,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::DriveItem(v) => &mut v.description,
            #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
            Self::List(v) => &mut v.description,
            #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
            Self::ListItem(v) => &mut v.description,
            #[cfg(msgraph_v1_search_or_storage)]
            Self::RecycleBin(v) => &mut v.description,
            #[cfg(msgraph_v1_search_or_storage)]
            Self::RecycleBinItem(v) => &mut v.description,
            #[cfg(msgraph_v1_search_or_shares)]
            Self::SharedDriveItem(v) => &mut v.description,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::Site(v) => &mut v.description,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::SitePage(v) => &mut v.description,
        }
    }
    /// `eTag` of any variant.
    #[inline]
    pub fn e_tag(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::BaseItem(v) => &v.e_tag,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::BaseSitePage(v) => &v.e_tag,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::Drive(v) => &v.e_tag,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::DriveItem(v) => &v.e_tag,
            #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
            Self::List(v) => &v.e_tag,
            #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
            Self::ListItem(v) => &v.e_tag,
            #[cfg(msgraph_v1_search_or_storage)]
            Self::RecycleBin(v) => &v.e_tag,
            #[cfg(msgraph_v1_search_or_storage)]
            Self::RecycleBinItem(v) => &v.e_tag,
            #[cfg(msgraph_v1_search_or_shares)]
            Self::SharedDriveItem(v) => &v.e_tag,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::Site(v) => &v.e_tag,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::SitePage(v) => &v.e_tag,
        }
    }
    /// `eTag` of any variant.
    #[inline]
    pub fn e_tag_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::BaseItem(v) => &mut v.e_tag,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::BaseSitePage(v) => &mut v.e_tag,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::Drive(v) => &mut v.e_tag,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::DriveItem(v) => &mut v.e_tag,
            #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
            Self::List(v) => &mut v.e_tag,
            #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
            Self::ListItem(v) => &mut v.e_tag,
            #[cfg(msgraph_v1_search_or_storage)]
            Self::RecycleBin(v) => &mut v.e_tag,
            #[cfg(msgraph_v1_search_or_storage)]
            Self::RecycleBinItem(v) => &mut v.e_tag,
            #[cfg(msgraph_v1_search_or_shares)]
            Self::SharedDriveItem(v) => &mut v.e_tag,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::Site(v) => &mut v.e_tag,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::SitePage(v) => &mut v.e_tag,
        }
    }
    /// `lastModifiedBy` of any variant.
    #[inline]
    pub fn last_modified_by(&self) -> &rt::Field<crate::v1::AnyIdentitySet> {
        match self {
            Self::BaseItem(v) => &v.last_modified_by,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::BaseSitePage(v) => &v.last_modified_by,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::Drive(v) => &v.last_modified_by,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::DriveItem(v) => &v.last_modified_by,
            #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
            Self::List(v) => &v.last_modified_by,
            #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
            Self::ListItem(v) => &v.last_modified_by,
            #[cfg(msgraph_v1_search_or_storage)]
            Self::RecycleBin(v) => &v.last_modified_by,
            #[cfg(msgraph_v1_search_or_storage)]
            Self::RecycleBinItem(v) => &v.last_modified_by,
            #[cfg(msgraph_v1_search_or_shares)]
            Self::SharedDriveItem(v) => &v.last_modified_by,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::Site(v) => &v.last_modified_by,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::SitePage(v) => &v.last_modified_by,
        }
    }
    /// `lastModifiedBy` of any variant.
    #[inline]
    pub fn last_modified_by_mut(&mut self) -> &mut rt::Field<crate::v1::AnyIdentitySet> {
        match self {
            Self::BaseItem(v) => &mut v.last_modified_by,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::BaseSitePage(v) => &mut v.last_modified_by,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::Drive(v) => &mut v.last_modified_by,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::DriveItem(v) => &mut v.last_modified_by,
            #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
            Self::List(v) => &mut v.last_modified_by,
            #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
            Self::ListItem(v) => &mut v.last_modified_by,
            #[cfg(msgraph_v1_search_or_storage)]
            Self::RecycleBin(v) => &mut v.last_modified_by,
            #[cfg(msgraph_v1_search_or_storage)]
            Self::RecycleBinItem(v) => &mut v.last_modified_by,
            #[cfg(msgraph_v1_search_or_shares)]
            Self::SharedDriveItem(v) => &mut v.last_modified_by,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::Site(v) => &mut v.last_modified_by,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::SitePage(v) => &mut v.last_modified_by,
        }
    }
    /// `lastModifiedDateTime` of any variant.
    #[inline]
    pub fn last_modified_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::BaseItem(v) => &v.last_modified_date_time,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::BaseSitePage(v) => &v.last_modified_date_time,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::Drive(v) => &v.last_modified_date_time,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::DriveItem(v) => &v.last_modified_date_time,
            #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
            Self::List(v) => &v.last_modified_date_time,
            #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
            Self::ListItem(v) => &v.last_modified_date_time,
            #[cfg(msgraph_v1_search_or_storage)]
            Self::RecycleBin(v) => &v.last_modified_date_time,
            #[cfg(msgraph_v1_search_or_storage)]
            Self::RecycleBinItem(v) => &v.last_modified_date_time,
            #[cfg(msgraph_v1_search_or_shares)]
            Self::SharedDriveItem(v) => &v.last_modified_date_time,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::Site(v) => &v.last_modified_date_time,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::SitePage(v) => &v.last_modified_date_time,
        }
    }
    /// `lastModifiedDateTime` of any variant.
    #[inline]
    pub fn last_modified_date_time_mut(
        &mut self,
    ) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::BaseItem(v) => &mut v.last_modified_date_time,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::BaseSitePage(v) => &mut v.last_modified_date_time,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::Drive(v) => &mut v.last_modified_date_time,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::DriveItem(v) => &mut v.last_modified_date_time,
            #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
            Self::List(v) => &mut v.last_modified_date_time,
            #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
            Self::ListItem(v) => &mut v.last_modified_date_time,
            #[cfg(msgraph_v1_search_or_storage)]
            Self::RecycleBin(v) => &mut v.last_modified_date_time,
            #[cfg(msgraph_v1_search_or_storage)]
            Self::RecycleBinItem(v) => &mut v.last_modified_date_time,
            #[cfg(msgraph_v1_search_or_shares)]
            Self::SharedDriveItem(v) => &mut v.last_modified_date_time,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::Site(v) => &mut v.last_modified_date_time,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::SitePage(v) => &mut v.last_modified_date_time,
        }
    }
    /// `name` of any variant.
    #[inline]
    pub fn name(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::BaseItem(v) => &v.name,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::BaseSitePage(v) => &v.name,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::Drive(v) => &v.name,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::DriveItem(v) => &v.name,
            #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
            Self::List(v) => &v.name,
            #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
            Self::ListItem(v) => &v.name,
            #[cfg(msgraph_v1_search_or_storage)]
            Self::RecycleBin(v) => &v.name,
            #[cfg(msgraph_v1_search_or_storage)]
            Self::RecycleBinItem(v) => &v.name,
            #[cfg(msgraph_v1_search_or_shares)]
            Self::SharedDriveItem(v) => &v.name,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::Site(v) => &v.name,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::SitePage(v) => &v.name,
        }
    }
    /// `name` of any variant.
    #[inline]
    pub fn name_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::BaseItem(v) => &mut v.name,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::BaseSitePage(v) => &mut v.name,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::Drive(v) => &mut v.name,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::DriveItem(v) => &mut v.name,
            #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
            Self::List(v) => &mut v.name,
            #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
            Self::ListItem(v) => &mut v.name,
            #[cfg(msgraph_v1_search_or_storage)]
            Self::RecycleBin(v) => &mut v.name,
            #[cfg(msgraph_v1_search_or_storage)]
            Self::RecycleBinItem(v) => &mut v.name,
            #[cfg(msgraph_v1_search_or_shares)]
            Self::SharedDriveItem(v) => &mut v.name,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::Site(v) => &mut v.name,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::SitePage(v) => &mut v.name,
        }
    }
    /// `parentReference` of any variant.
    #[inline]
    pub fn parent_reference(&self) -> &rt::Field<crate::v1::ItemReference> {
        match self {
            Self::BaseItem(v) => &v.parent_reference,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::BaseSitePage(v) => &v.parent_reference,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::Drive(v) => &v.parent_reference,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::DriveItem(v) => &v.parent_reference,
            #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
            Self::List(v) => &v.parent_reference,
            #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
            Self::ListItem(v) => &v.parent_reference,
            #[cfg(msgraph_v1_search_or_storage)]
            Self::RecycleBin(v) => &v.parent_reference,
            #[cfg(msgraph_v1_search_or_storage)]
            Self::RecycleBinItem(v) => &v.parent_reference,
            #[cfg(msgraph_v1_search_or_shares)]
            Self::SharedDriveItem(v) => &v.parent_reference,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::Site(v) => &v.parent_reference,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::SitePage(v) => &v.parent_reference,
        }
    }
    /// `parentReference` of any variant.
    #[inline]
    pub fn parent_reference_mut(&mut self) -> &mut rt::Field<crate::v1::ItemReference> {
        match self {
            Self::BaseItem(v) => &mut v.parent_reference,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::BaseSitePage(v) => &mut v.parent_reference,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::Drive(v) => &mut v.parent_reference,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::DriveItem(v) => &mut v.parent_reference,
            #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
            Self::List(v) => &mut v.parent_reference,
            #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
            Self::ListItem(v) => &mut v.parent_reference,
            #[cfg(msgraph_v1_search_or_storage)]
            Self::RecycleBin(v) => &mut v.parent_reference,
            #[cfg(msgraph_v1_search_or_storage)]
            Self::RecycleBinItem(v) => &mut v.parent_reference,
            #[cfg(msgraph_v1_search_or_shares)]
            Self::SharedDriveItem(v) => &mut v.parent_reference,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::Site(v) => &mut v.parent_reference,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::SitePage(v) => &mut v.parent_reference,
        }
    }
    /// `webUrl` of any variant.
    #[inline]
    pub fn web_url(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::BaseItem(v) => &v.web_url,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::BaseSitePage(v) => &v.web_url,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::Drive(v) => &v.web_url,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::DriveItem(v) => &v.web_url,
            #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
            Self::List(v) => &v.web_url,
            #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
            Self::ListItem(v) => &v.web_url,
            #[cfg(msgraph_v1_search_or_storage)]
            Self::RecycleBin(v) => &v.web_url,
            #[cfg(msgraph_v1_search_or_storage)]
            Self::RecycleBinItem(v) => &v.web_url,
            #[cfg(msgraph_v1_search_or_shares)]
            Self::SharedDriveItem(v) => &v.web_url,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::Site(v) => &v.web_url,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::SitePage(v) => &v.web_url,
        }
    }
    /// `webUrl` of any variant.
    #[inline]
    pub fn web_url_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::BaseItem(v) => &mut v.web_url,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::BaseSitePage(v) => &mut v.web_url,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::Drive(v) => &mut v.web_url,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::DriveItem(v) => &mut v.web_url,
            #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
            Self::List(v) => &mut v.web_url,
            #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
            Self::ListItem(v) => &mut v.web_url,
            #[cfg(msgraph_v1_search_or_storage)]
            Self::RecycleBin(v) => &mut v.web_url,
            #[cfg(msgraph_v1_search_or_storage)]
            Self::RecycleBinItem(v) => &mut v.web_url,
            #[cfg(msgraph_v1_search_or_shares)]
            Self::SharedDriveItem(v) => &mut v.web_url,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::Site(v) => &mut v.web_url,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::SitePage(v) => &mut v.web_url,
        }
    }
    /// `createdByUser` of any variant.
    ///
    /// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
    #[cfg(msgraph_v1_core)]
    #[inline]
    pub fn created_by_user(&self) -> &rt::Field<crate::v1::AnyUser> {
        match self {
            Self::BaseItem(v) => &v.created_by_user,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::BaseSitePage(v) => &v.created_by_user,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::Drive(v) => &v.created_by_user,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::DriveItem(v) => &v.created_by_user,
            #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
            Self::List(v) => &v.created_by_user,
            #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
            Self::ListItem(v) => &v.created_by_user,
            #[cfg(msgraph_v1_search_or_storage)]
            Self::RecycleBin(v) => &v.created_by_user,
            #[cfg(msgraph_v1_search_or_storage)]
            Self::RecycleBinItem(v) => &v.created_by_user,
            #[cfg(msgraph_v1_search_or_shares)]
            Self::SharedDriveItem(v) => &v.created_by_user,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::Site(v) => &v.created_by_user,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::SitePage(v) => &v.created_by_user,
        }
    }
    /// `createdByUser` of any variant.
    ///
    /// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
    #[cfg(msgraph_v1_core)]
    #[inline]
    pub fn created_by_user_mut(&mut self) -> &mut rt::Field<crate::v1::AnyUser> {
        match self {
            Self::BaseItem(v) => &mut v.created_by_user,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::BaseSitePage(v) => &mut v.created_by_user,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::Drive(v) => &mut v.created_by_user,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::DriveItem(v) => &mut v.created_by_user,
            #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
            Self::List(v) => &mut v.created_by_user,
            #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
            Self::ListItem(v) => &mut v.created_by_user,
            #[cfg(msgraph_v1_search_or_storage)]
            Self::RecycleBin(v) => &mut v.created_by_user,
            #[cfg(msgraph_v1_search_or_storage)]
            Self::RecycleBinItem(v) => &mut v.created_by_user,
            #[cfg(msgraph_v1_search_or_shares)]
            Self::SharedDriveItem(v) => &mut v.created_by_user,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::Site(v) => &mut v.created_by_user,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::SitePage(v) => &mut v.created_by_user,
        }
    }
    /// `lastModifiedByUser` of any variant.
    ///
    /// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
    #[cfg(msgraph_v1_core)]
    #[inline]
    pub fn last_modified_by_user(&self) -> &rt::Field<crate::v1::AnyUser> {
        match self {
            Self::BaseItem(v) => &v.last_modified_by_user,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::BaseSitePage(v) => &v.last_modified_by_user,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::Drive(v) => &v.last_modified_by_user,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::DriveItem(v) => &v.last_modified_by_user,
            #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
            Self::List(v) => &v.last_modified_by_user,
            #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
            Self::ListItem(v) => &v.last_modified_by_user,
            #[cfg(msgraph_v1_search_or_storage)]
            Self::RecycleBin(v) => &v.last_modified_by_user,
            #[cfg(msgraph_v1_search_or_storage)]
            Self::RecycleBinItem(v) => &v.last_modified_by_user,
            #[cfg(msgraph_v1_search_or_shares)]
            Self::SharedDriveItem(v) => &v.last_modified_by_user,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::Site(v) => &v.last_modified_by_user,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::SitePage(v) => &v.last_modified_by_user,
        }
    }
    /// `lastModifiedByUser` of any variant.
    ///
    /// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
    #[cfg(msgraph_v1_core)]
    #[inline]
    pub fn last_modified_by_user_mut(&mut self) -> &mut rt::Field<crate::v1::AnyUser> {
        match self {
            Self::BaseItem(v) => &mut v.last_modified_by_user,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::BaseSitePage(v) => &mut v.last_modified_by_user,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::Drive(v) => &mut v.last_modified_by_user,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::DriveItem(v) => &mut v.last_modified_by_user,
            #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
            Self::List(v) => &mut v.last_modified_by_user,
            #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
            Self::ListItem(v) => &mut v.last_modified_by_user,
            #[cfg(msgraph_v1_search_or_storage)]
            Self::RecycleBin(v) => &mut v.last_modified_by_user,
            #[cfg(msgraph_v1_search_or_storage)]
            Self::RecycleBinItem(v) => &mut v.last_modified_by_user,
            #[cfg(msgraph_v1_search_or_shares)]
            Self::SharedDriveItem(v) => &mut v.last_modified_by_user,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::Site(v) => &mut v.last_modified_by_user,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::SitePage(v) => &mut v.last_modified_by_user,
        }
    }
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
rt::impl_poly!(AnyBaseItem);
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyBaseItem);
#[cfg(msgraph_v1_core_or_sites)]
/// CSDL: `microsoft.graph.baseSitePage`, entity type, derived from `microsoft.graph.baseItem`, key `id`.
///
/// Request builders: [`BaseSitePagePath`](requests/struct.BaseSitePagePath.html), the type of a path to one.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct BaseSitePage {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `createdBy`: `microsoft.graph.identitySet`, nullable.
    pub created_by: rt::Field<crate::v1::AnyIdentitySet>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `eTag`: `Edm.String`, nullable.
    pub e_tag: rt::Field<::std::string::String>,
    /// CSDL: property `lastModifiedBy`: `microsoft.graph.identitySet`, nullable.
    pub last_modified_by: rt::Field<crate::v1::AnyIdentitySet>,
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// CSDL: property `parentReference`: `microsoft.graph.itemReference`, nullable.
    pub parent_reference: rt::Field<crate::v1::ItemReference>,
    /// CSDL: property `webUrl`: `Edm.String`, nullable.
    pub web_url: rt::Field<::std::string::String>,
    /// CSDL: navigation property `createdByUser`: `microsoft.graph.user`, nullable.
    ///
    /// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
    #[cfg(msgraph_v1_core)]
    pub created_by_user: rt::Field<crate::v1::AnyUser>,
    /// CSDL: navigation property `lastModifiedByUser`: `microsoft.graph.user`, nullable.
    ///
    /// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
    #[cfg(msgraph_v1_core)]
    pub last_modified_by_user: rt::Field<crate::v1::AnyUser>,
    /// CSDL: property `pageLayout`: `microsoft.graph.pageLayoutType`, nullable.
    pub page_layout: rt::Field<crate::v1::PageLayoutType>,
    /// CSDL: property `publishingState`: `microsoft.graph.publicationFacet`, nullable.
    pub publishing_state: rt::Field<crate::v1::PublicationFacet>,
    /// CSDL: property `title`: `Edm.String`, nullable.
    pub title: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_sites)]
impl ::std::default::Default for BaseSitePage {
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
            #[cfg(msgraph_v1_core)]
            created_by_user: rt::Field::Absent,
            #[cfg(msgraph_v1_core)]
            last_modified_by_user: rt::Field::Absent,
            page_layout: rt::Field::Absent,
            publishing_state: rt::Field::Absent,
            title: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_sites)]
impl rt::Object for BaseSitePage {
    const TYPE_NAME: &'static str = "microsoft.graph.baseSitePage";
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
        "pageLayout",
        "publishingState",
        "title",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":",
        ",\"createdBy\":",
        ",\"createdDateTime\":",
        ",\"description\":",
        ",\"eTag\":",
        ",\"lastModifiedBy\":",
        ",\"lastModifiedDateTime\":",
        ",\"name\":",
        ",\"parentReference\":",
        ",\"webUrl\":",
        ",\"createdByUser\":",
        ",\"lastModifiedByUser\":",
        ",\"pageLayout\":",
        ",\"publishingState\":",
        ",\"title\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.baseSitePage\"";
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
            #[cfg(msgraph_v1_core)]
            10usize => self.created_by_user.read_from(r),
            #[cfg(msgraph_v1_core)]
            11usize => self.last_modified_by_user.read_from(r),
            12usize => self.page_layout.read_from(r),
            13usize => self.publishing_state.read_from(r),
            14usize => self.title.read_from(r),
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
        #[cfg(msgraph_v1_core)] w.field(10usize, &self.created_by_user);
        #[cfg(msgraph_v1_core)] w.field(11usize, &self.last_modified_by_user);
        w.field(12usize, &self.page_layout);
        w.field(13usize, &self.publishing_state);
        w.field(14usize, &self.title);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.id),
            1usize => ::std::option::Option::Some(&self.created_by),
            2usize => ::std::option::Option::Some(&self.created_date_time),
            3usize => ::std::option::Option::Some(&self.description),
            4usize => ::std::option::Option::Some(&self.e_tag),
            5usize => ::std::option::Option::Some(&self.last_modified_by),
            6usize => ::std::option::Option::Some(&self.last_modified_date_time),
            7usize => ::std::option::Option::Some(&self.name),
            8usize => ::std::option::Option::Some(&self.parent_reference),
            9usize => ::std::option::Option::Some(&self.web_url),
            #[cfg(msgraph_v1_core)]
            10usize => ::std::option::Option::Some(&self.created_by_user),
            #[cfg(msgraph_v1_core)]
            11usize => ::std::option::Option::Some(&self.last_modified_by_user),
            12usize => ::std::option::Option::Some(&self.page_layout),
            13usize => ::std::option::Option::Some(&self.publishing_state),
            14usize => ::std::option::Option::Some(&self.title),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "id", &self.id);
        d.field(1usize, "created_by", &self.created_by);
        d.field(2usize, "created_date_time", &self.created_date_time);
        d.field(3usize, "description", &self.description);
        d.field(4usize, "e_tag", &self.e_tag);
        d.field(5usize, "last_modified_by", &self.last_modified_by);
        d.field(6usize, "last_modified_date_time", &self.last_modified_date_time);
        d.field(7usize, "name", &self.name);
        d.field(8usize, "parent_reference", &self.parent_reference);
        d.field(9usize, "web_url", &self.web_url);
        #[cfg(msgraph_v1_core)]
        d.field(10usize, "created_by_user", &self.created_by_user);
        #[cfg(msgraph_v1_core)]
        d.field(11usize, "last_modified_by_user", &self.last_modified_by_user);
        d.field(12usize, "page_layout", &self.page_layout);
        d.field(13usize, "publishing_state", &self.publishing_state);
        d.field(14usize, "title", &self.title);
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
rt::impl_object!(BaseSitePage);
#[cfg(msgraph_v1_core_or_sites)]
rt::impl_setters!(
    BaseSitePage { with_id id : ::std::string::String; with_created_by created_by : crate
    ::v1::AnyIdentitySet; with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_description description : ::std::string::String;
    with_e_tag e_tag : ::std::string::String; with_last_modified_by last_modified_by :
    crate ::v1::AnyIdentitySet; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_name name : ::std::string::String;
    with_parent_reference parent_reference : crate ::v1::ItemReference; with_web_url
    web_url : ::std::string::String; #[cfg(msgraph_v1_core)] with_created_by_user
    created_by_user : crate ::v1::AnyUser; #[cfg(msgraph_v1_core)]
    with_last_modified_by_user last_modified_by_user : crate ::v1::AnyUser;
    with_page_layout page_layout : crate ::v1::PageLayoutType; with_publishing_state
    publishing_state : crate ::v1::PublicationFacet; with_title title :
    ::std::string::String; }
);
#[cfg(msgraph_v1_core_or_sites)]
#[cfg(feature = "serde")]
rt::impl_serde!(BaseSitePage);
#[cfg(msgraph_v1_core_or_sites)]
/// `microsoft.graph.baseSitePage` or any type derived from it, selected by `@odata.type` (2 types); each variant's type converts into it (`From`).
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Debug)]
pub enum AnyBaseSitePage {
    BaseSitePage(::std::boxed::Box<crate::v1::BaseSitePage>),
    SitePage(::std::boxed::Box<crate::v1::SitePage>),
}
#[cfg(msgraph_v1_core_or_sites)]
impl ::std::default::Default for AnyBaseSitePage {
    #[inline]
    fn default() -> Self {
        Self::BaseSitePage(::std::default::Default::default())
    }
}
#[cfg(msgraph_v1_core_or_sites)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::BaseSitePage> for AnyBaseSitePage {
    #[inline]
    fn from(v: crate::v1::BaseSitePage) -> Self {
        Self::BaseSitePage(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core_or_sites)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::SitePage> for AnyBaseSitePage {
    #[inline]
    fn from(v: crate::v1::SitePage) -> Self {
        Self::SitePage(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core_or_sites)]
impl rt::Poly for AnyBaseSitePage {
    const BASE_NAME: &'static str = "microsoft.graph.baseSitePage";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        match tag {
            ::std::option::Option::Some("microsoft.graph.sitePage") => {
                rt::object::read_boxed(r).map(Self::SitePage)
            }
            _ => rt::object::read_boxed(r).map(Self::BaseSitePage),
        }
    }
    #[inline]
    fn write_variant(&self, w: &mut rt::Writer) {
        match self {
            Self::BaseSitePage(v) => {
                rt::object::write_object(&**v, w, ::std::option::Option::None)
            }
            Self::SitePage(v) => {
                rt::object::write_object(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.sitePage"),
                )
            }
        }
    }
}
#[cfg(msgraph_v1_core_or_sites)]
impl AnyBaseSitePage {
    /// The qualified CSDL name of the current variant's type.
    #[inline]
    pub fn type_name(&self) -> &'static str {
        match self {
            Self::BaseSitePage(_) => "microsoft.graph.baseSitePage",
            Self::SitePage(_) => "microsoft.graph.sitePage",
        }
    }
    /// The current variant's unknown members and annotations.
    #[inline]
    pub fn extra(&self) -> &rt::Extra {
        match self {
            Self::BaseSitePage(v) => &v.extra,
            Self::SitePage(v) => &v.extra,
        }
    }
    /// The current variant's unknown members and annotations, mutably.
    #[inline]
    pub fn extra_mut(&mut self) -> &mut rt::Extra {
        match self {
            Self::BaseSitePage(v) => &mut v.extra,
            Self::SitePage(v) => &mut v.extra,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::BaseSitePage(v) => &v.id,
            Self::SitePage(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::BaseSitePage(v) => &mut v.id,
            Self::SitePage(v) => &mut v.id,
        }
    }
    /// `createdBy` of any variant.
    #[inline]
    pub fn created_by(&self) -> &rt::Field<crate::v1::AnyIdentitySet> {
        match self {
            Self::BaseSitePage(v) => &v.created_by,
            Self::SitePage(v) => &v.created_by,
        }
    }
    /// `createdBy` of any variant.
    #[inline]
    pub fn created_by_mut(&mut self) -> &mut rt::Field<crate::v1::AnyIdentitySet> {
        match self {
            Self::BaseSitePage(v) => &mut v.created_by,
            Self::SitePage(v) => &mut v.created_by,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::BaseSitePage(v) => &v.created_date_time,
            Self::SitePage(v) => &v.created_date_time,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time_mut(&mut self) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::BaseSitePage(v) => &mut v.created_date_time,
            Self::SitePage(v) => &mut v.created_date_time,
        }
    }
    /// `description` of any variant.
    #[inline]
    pub fn description(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::BaseSitePage(v) => &v.description,
            Self::SitePage(v) => &v.description,
        }
    }
    /// `description` of any variant.
    #[inline]
    pub fn description_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::BaseSitePage(v) => &mut v.description,
            Self::SitePage(v) => &mut v.description,
        }
    }
    /// `eTag` of any variant.
    #[inline]
    pub fn e_tag(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::BaseSitePage(v) => &v.e_tag,
            Self::SitePage(v) => &v.e_tag,
        }
    }
    /// `eTag` of any variant.
    #[inline]
    pub fn e_tag_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::BaseSitePage(v) => &mut v.e_tag,
            Self::SitePage(v) => &mut v.e_tag,
        }
    }
    /// `lastModifiedBy` of any variant.
    #[inline]
    pub fn last_modified_by(&self) -> &rt::Field<crate::v1::AnyIdentitySet> {
        match self {
            Self::BaseSitePage(v) => &v.last_modified_by,
            Self::SitePage(v) => &v.last_modified_by,
        }
    }
    /// `lastModifiedBy` of any variant.
    #[inline]
    pub fn last_modified_by_mut(&mut self) -> &mut rt::Field<crate::v1::AnyIdentitySet> {
        match self {
            Self::BaseSitePage(v) => &mut v.last_modified_by,
            Self::SitePage(v) => &mut v.last_modified_by,
        }
    }
    /// `lastModifiedDateTime` of any variant.
    #[inline]
    pub fn last_modified_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::BaseSitePage(v) => &v.last_modified_date_time,
            Self::SitePage(v) => &v.last_modified_date_time,
        }
    }
    /// `lastModifiedDateTime` of any variant.
    #[inline]
    pub fn last_modified_date_time_mut(
        &mut self,
    ) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::BaseSitePage(v) => &mut v.last_modified_date_time,
            Self::SitePage(v) => &mut v.last_modified_date_time,
        }
    }
    /// `name` of any variant.
    #[inline]
    pub fn name(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::BaseSitePage(v) => &v.name,
            Self::SitePage(v) => &v.name,
        }
    }
    /// `name` of any variant.
    #[inline]
    pub fn name_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::BaseSitePage(v) => &mut v.name,
            Self::SitePage(v) => &mut v.name,
        }
    }
    /// `parentReference` of any variant.
    #[inline]
    pub fn parent_reference(&self) -> &rt::Field<crate::v1::ItemReference> {
        match self {
            Self::BaseSitePage(v) => &v.parent_reference,
            Self::SitePage(v) => &v.parent_reference,
        }
    }
    /// `parentReference` of any variant.
    #[inline]
    pub fn parent_reference_mut(&mut self) -> &mut rt::Field<crate::v1::ItemReference> {
        match self {
            Self::BaseSitePage(v) => &mut v.parent_reference,
            Self::SitePage(v) => &mut v.parent_reference,
        }
    }
    /// `webUrl` of any variant.
    #[inline]
    pub fn web_url(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::BaseSitePage(v) => &v.web_url,
            Self::SitePage(v) => &v.web_url,
        }
    }
    /// `webUrl` of any variant.
    #[inline]
    pub fn web_url_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::BaseSitePage(v) => &mut v.web_url,
            Self::SitePage(v) => &mut v.web_url,
        }
    }
    /// `createdByUser` of any variant.
    ///
    /// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
    #[cfg(msgraph_v1_core)]
    #[inline]
    pub fn created_by_user(&self) -> &rt::Field<crate::v1::AnyUser> {
        match self {
            Self::BaseSitePage(v) => &v.created_by_user,
            Self::SitePage(v) => &v.created_by_user,
        }
    }
    /// `createdByUser` of any variant.
    ///
    /// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
    #[cfg(msgraph_v1_core)]
    #[inline]
    pub fn created_by_user_mut(&mut self) -> &mut rt::Field<crate::v1::AnyUser> {
        match self {
            Self::BaseSitePage(v) => &mut v.created_by_user,
            Self::SitePage(v) => &mut v.created_by_user,
        }
    }
    /// `lastModifiedByUser` of any variant.
    ///
    /// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
    #[cfg(msgraph_v1_core)]
    #[inline]
    pub fn last_modified_by_user(&self) -> &rt::Field<crate::v1::AnyUser> {
        match self {
            Self::BaseSitePage(v) => &v.last_modified_by_user,
            Self::SitePage(v) => &v.last_modified_by_user,
        }
    }
    /// `lastModifiedByUser` of any variant.
    ///
    /// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
    #[cfg(msgraph_v1_core)]
    #[inline]
    pub fn last_modified_by_user_mut(&mut self) -> &mut rt::Field<crate::v1::AnyUser> {
        match self {
            Self::BaseSitePage(v) => &mut v.last_modified_by_user,
            Self::SitePage(v) => &mut v.last_modified_by_user,
        }
    }
    /// `pageLayout` of any variant.
    #[inline]
    pub fn page_layout(&self) -> &rt::Field<crate::v1::PageLayoutType> {
        match self {
            Self::BaseSitePage(v) => &v.page_layout,
            Self::SitePage(v) => &v.page_layout,
        }
    }
    /// `pageLayout` of any variant.
    #[inline]
    pub fn page_layout_mut(&mut self) -> &mut rt::Field<crate::v1::PageLayoutType> {
        match self {
            Self::BaseSitePage(v) => &mut v.page_layout,
            Self::SitePage(v) => &mut v.page_layout,
        }
    }
    /// `publishingState` of any variant.
    #[inline]
    pub fn publishing_state(&self) -> &rt::Field<crate::v1::PublicationFacet> {
        match self {
            Self::BaseSitePage(v) => &v.publishing_state,
            Self::SitePage(v) => &v.publishing_state,
        }
    }
    /// `publishingState` of any variant.
    #[inline]
    pub fn publishing_state_mut(
        &mut self,
    ) -> &mut rt::Field<crate::v1::PublicationFacet> {
        match self {
            Self::BaseSitePage(v) => &mut v.publishing_state,
            Self::SitePage(v) => &mut v.publishing_state,
        }
    }
    /// `title` of any variant.
    #[inline]
    pub fn title(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::BaseSitePage(v) => &v.title,
            Self::SitePage(v) => &v.title,
        }
    }
    /// `title` of any variant.
    #[inline]
    pub fn title_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::BaseSitePage(v) => &mut v.title,
            Self::SitePage(v) => &mut v.title,
        }
    }
}
#[cfg(msgraph_v1_core_or_sites)]
rt::impl_poly!(AnyBaseSitePage);
#[cfg(msgraph_v1_core_or_sites)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyBaseSitePage);
#[cfg(msgraph_v1_core_or_teamwork)]
/// CSDL: `microsoft.graph.channel`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`ChannelPath`](requests/struct.ChannelPath.html), the type of a path to one.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct Channel {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, not nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `email`: `Edm.String`, nullable.
    pub email: rt::Field<::std::string::String>,
    /// CSDL: property `isArchived`: `Edm.Boolean`, nullable.
    pub is_archived: rt::Field<bool>,
    /// CSDL: property `isFavoriteByDefault`: `Edm.Boolean`, nullable.
    pub is_favorite_by_default: rt::Field<bool>,
    /// CSDL: property `layoutType`: `microsoft.graph.channelLayoutType`, nullable.
    pub layout_type: rt::Field<crate::v1::ChannelLayoutType>,
    /// CSDL: property `membershipType`: `microsoft.graph.channelMembershipType`, nullable.
    pub membership_type: rt::Field<crate::v1::ChannelMembershipType>,
    /// CSDL: property `migrationMode`: `microsoft.graph.migrationMode`, nullable.
    pub migration_mode: rt::Field<crate::v1::MigrationMode>,
    /// CSDL: property `originalCreatedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub original_created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `summary`: `microsoft.graph.channelSummary`, nullable.
    pub summary: rt::Field<crate::v1::ChannelSummary>,
    /// CSDL: property `tenantId`: `Edm.String`, nullable.
    pub tenant_id: rt::Field<::std::string::String>,
    /// CSDL: property `webUrl`: `Edm.String`, nullable.
    pub web_url: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `allMembers`: `Collection(microsoft.graph.conversationMember)`, not nullable.
    pub all_members: rt::Field<::std::vec::Vec<crate::v1::AnyConversationMember>>,
    /// CSDL: navigation property `enabledApps`: `Collection(microsoft.graph.teamsApp)`, not nullable.
    ///
    /// Features: `v1` or `v1-search`.
    #[cfg(msgraph_v1_app_catalogs_or_search)]
    pub enabled_apps: rt::Field<::std::vec::Vec<crate::v1::TeamsApp>>,
    /// CSDL: navigation property `filesFolder`: `microsoft.graph.driveItem`, nullable.
    ///
    /// Features: `v1` or `v1-search`.
    #[cfg(msgraph_v1_drives_or_search)]
    pub files_folder: rt::Field<crate::v1::DriveItem>,
    /// CSDL: containment navigation property `members`: `Collection(microsoft.graph.conversationMember)`, not nullable.
    pub members: rt::Field<::std::vec::Vec<crate::v1::AnyConversationMember>>,
    /// CSDL: containment navigation property `messages`: `Collection(microsoft.graph.chatMessage)`, not nullable.
    pub messages: rt::Field<::std::vec::Vec<crate::v1::AnyChatMessage>>,
    /// CSDL: containment navigation property `sharedWithTeams`: `Collection(microsoft.graph.sharedWithChannelTeamInfo)`, not nullable.
    pub shared_with_teams: rt::Field<
        ::std::vec::Vec<crate::v1::SharedWithChannelTeamInfo>,
    >,
    /// CSDL: containment navigation property `tabs`: `Collection(microsoft.graph.teamsTab)`, not nullable.
    pub tabs: rt::Field<::std::vec::Vec<crate::v1::TeamsTab>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl ::std::default::Default for Channel {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            email: rt::Field::Absent,
            is_archived: rt::Field::Absent,
            is_favorite_by_default: rt::Field::Absent,
            layout_type: rt::Field::Absent,
            membership_type: rt::Field::Absent,
            migration_mode: rt::Field::Absent,
            original_created_date_time: rt::Field::Absent,
            summary: rt::Field::Absent,
            tenant_id: rt::Field::Absent,
            web_url: rt::Field::Absent,
            all_members: rt::Field::Absent,
            #[cfg(msgraph_v1_app_catalogs_or_search)]
            enabled_apps: rt::Field::Absent,
            #[cfg(msgraph_v1_drives_or_search)]
            files_folder: rt::Field::Absent,
            members: rt::Field::Absent,
            messages: rt::Field::Absent,
            shared_with_teams: rt::Field::Absent,
            tabs: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl rt::Object for Channel {
    const TYPE_NAME: &'static str = "microsoft.graph.channel";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdDateTime",
        "description",
        "displayName",
        "email",
        "isArchived",
        "isFavoriteByDefault",
        "layoutType",
        "membershipType",
        "migrationMode",
        "originalCreatedDateTime",
        "summary",
        "tenantId",
        "webUrl",
        "allMembers",
        "enabledApps",
        "filesFolder",
        "members",
        "messages",
        "sharedWithTeams",
        "tabs",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":",
        ",\"createdDateTime\":",
        ",\"description\":",
        ",\"displayName\":",
        ",\"email\":",
        ",\"isArchived\":",
        ",\"isFavoriteByDefault\":",
        ",\"layoutType\":",
        ",\"membershipType\":",
        ",\"migrationMode\":",
        ",\"originalCreatedDateTime\":",
        ",\"summary\":",
        ",\"tenantId\":",
        ",\"webUrl\":",
        ",\"allMembers\":",
        ",\"enabledApps\":",
        ",\"filesFolder\":",
        ",\"members\":",
        ",\"messages\":",
        ",\"sharedWithTeams\":",
        ",\"tabs\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.channel\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_date_time.read_from(r),
            2usize => self.description.read_from(r),
            3usize => self.display_name.read_from(r),
            4usize => self.email.read_from(r),
            5usize => self.is_archived.read_from(r),
            6usize => self.is_favorite_by_default.read_from(r),
            7usize => self.layout_type.read_from(r),
            8usize => self.membership_type.read_from(r),
            9usize => self.migration_mode.read_from(r),
            10usize => self.original_created_date_time.read_from(r),
            11usize => self.summary.read_from(r),
            12usize => self.tenant_id.read_from(r),
            13usize => self.web_url.read_from(r),
            14usize => self.all_members.read_from(r),
            #[cfg(msgraph_v1_app_catalogs_or_search)]
            15usize => self.enabled_apps.read_from(r),
            #[cfg(msgraph_v1_drives_or_search)]
            16usize => self.files_folder.read_from(r),
            17usize => self.members.read_from(r),
            18usize => self.messages.read_from(r),
            19usize => self.shared_with_teams.read_from(r),
            20usize => self.tabs.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.created_date_time);
        w.field(2usize, &self.description);
        w.field(3usize, &self.display_name);
        w.field(4usize, &self.email);
        w.field(5usize, &self.is_archived);
        w.field(6usize, &self.is_favorite_by_default);
        w.field(7usize, &self.layout_type);
        w.field(8usize, &self.membership_type);
        w.field(9usize, &self.migration_mode);
        w.field(10usize, &self.original_created_date_time);
        w.field(11usize, &self.summary);
        w.field(12usize, &self.tenant_id);
        w.field(13usize, &self.web_url);
        w.field(14usize, &self.all_members);
        #[cfg(msgraph_v1_app_catalogs_or_search)] w.field(15usize, &self.enabled_apps);
        #[cfg(msgraph_v1_drives_or_search)] w.field(16usize, &self.files_folder);
        w.field(17usize, &self.members);
        w.field(18usize, &self.messages);
        w.field(19usize, &self.shared_with_teams);
        w.field(20usize, &self.tabs);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.id),
            1usize => ::std::option::Option::Some(&self.created_date_time),
            2usize => ::std::option::Option::Some(&self.description),
            3usize => ::std::option::Option::Some(&self.display_name),
            4usize => ::std::option::Option::Some(&self.email),
            5usize => ::std::option::Option::Some(&self.is_archived),
            6usize => ::std::option::Option::Some(&self.is_favorite_by_default),
            7usize => ::std::option::Option::Some(&self.layout_type),
            8usize => ::std::option::Option::Some(&self.membership_type),
            9usize => ::std::option::Option::Some(&self.migration_mode),
            10usize => ::std::option::Option::Some(&self.original_created_date_time),
            11usize => ::std::option::Option::Some(&self.summary),
            12usize => ::std::option::Option::Some(&self.tenant_id),
            13usize => ::std::option::Option::Some(&self.web_url),
            14usize => ::std::option::Option::Some(&self.all_members),
            #[cfg(msgraph_v1_app_catalogs_or_search)]
            15usize => ::std::option::Option::Some(&self.enabled_apps),
            #[cfg(msgraph_v1_drives_or_search)]
            16usize => ::std::option::Option::Some(&self.files_folder),
            17usize => ::std::option::Option::Some(&self.members),
            18usize => ::std::option::Option::Some(&self.messages),
            19usize => ::std::option::Option::Some(&self.shared_with_teams),
            20usize => ::std::option::Option::Some(&self.tabs),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "id", &self.id);
        d.field(1usize, "created_date_time", &self.created_date_time);
        d.field(2usize, "description", &self.description);
        d.field(3usize, "display_name", &self.display_name);
        d.field(4usize, "email", &self.email);
        d.field(5usize, "is_archived", &self.is_archived);
        d.field(6usize, "is_favorite_by_default", &self.is_favorite_by_default);
        d.field(7usize, "layout_type", &self.layout_type);
        d.field(8usize, "membership_type", &self.membership_type);
        d.field(9usize, "migration_mode", &self.migration_mode);
        d.field(10usize, "original_created_date_time", &self.original_created_date_time);
        d.field(11usize, "summary", &self.summary);
        d.field(12usize, "tenant_id", &self.tenant_id);
        d.field(13usize, "web_url", &self.web_url);
        d.field(14usize, "all_members", &self.all_members);
        #[cfg(msgraph_v1_app_catalogs_or_search)]
        d.field(15usize, "enabled_apps", &self.enabled_apps);
        #[cfg(msgraph_v1_drives_or_search)]
        d.field(16usize, "files_folder", &self.files_folder);
        d.field(17usize, "members", &self.members);
        d.field(18usize, "messages", &self.messages);
        d.field(19usize, "shared_with_teams", &self.shared_with_teams);
        d.field(20usize, "tabs", &self.tabs);
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
#[cfg(msgraph_v1_core_or_teamwork)]
rt::impl_object!(Channel);
#[cfg(msgraph_v1_core_or_teamwork)]
rt::impl_setters!(
    Channel { with_id id : ::std::string::String; with_created_date_time
    created_date_time : rt::edm::DateTimeOffset; with_description description :
    ::std::string::String; with_display_name display_name : ::std::string::String;
    with_email email : ::std::string::String; with_is_archived is_archived : bool;
    with_is_favorite_by_default is_favorite_by_default : bool; with_layout_type
    layout_type : crate ::v1::ChannelLayoutType; with_membership_type membership_type :
    crate ::v1::ChannelMembershipType; with_migration_mode migration_mode : crate
    ::v1::MigrationMode; with_original_created_date_time original_created_date_time :
    rt::edm::DateTimeOffset; with_summary summary : crate ::v1::ChannelSummary;
    with_tenant_id tenant_id : ::std::string::String; with_web_url web_url :
    ::std::string::String; with_all_members all_members : ::std::vec::Vec < crate
    ::v1::AnyConversationMember >; #[cfg(msgraph_v1_app_catalogs_or_search)]
    with_enabled_apps enabled_apps : ::std::vec::Vec < crate ::v1::TeamsApp >;
    #[cfg(msgraph_v1_drives_or_search)] with_files_folder files_folder : crate
    ::v1::DriveItem; with_members members : ::std::vec::Vec < crate
    ::v1::AnyConversationMember >; with_messages messages : ::std::vec::Vec < crate
    ::v1::AnyChatMessage >; with_shared_with_teams shared_with_teams : ::std::vec::Vec <
    crate ::v1::SharedWithChannelTeamInfo >; with_tabs tabs : ::std::vec::Vec < crate
    ::v1::TeamsTab >; }
);
#[cfg(msgraph_v1_core_or_teamwork)]
#[cfg(feature = "serde")]
rt::impl_serde!(Channel);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.chat`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`ChatPath`](requests/struct.ChatPath.html), the type of a path to one.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct Chat {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `chatType`: `microsoft.graph.chatType`, not nullable.
    pub chat_type: rt::Field<crate::v1::ChatType>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `isHiddenForAllMembers`: `Edm.Boolean`, nullable.
    pub is_hidden_for_all_members: rt::Field<bool>,
    /// CSDL: property `lastUpdatedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_updated_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `migrationMode`: `microsoft.graph.migrationMode`, nullable.
    pub migration_mode: rt::Field<crate::v1::MigrationMode>,
    /// CSDL: property `onlineMeetingInfo`: `microsoft.graph.teamworkOnlineMeetingInfo`, nullable.
    pub online_meeting_info: rt::Field<crate::v1::TeamworkOnlineMeetingInfo>,
    /// CSDL: property `originalCreatedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub original_created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `tenantId`: `Edm.String`, nullable.
    pub tenant_id: rt::Field<::std::string::String>,
    /// CSDL: property `topic`: `Edm.String`, nullable.
    pub topic: rt::Field<::std::string::String>,
    /// CSDL: property `viewpoint`: `microsoft.graph.chatViewpoint`, nullable.
    pub viewpoint: rt::Field<crate::v1::ChatViewpoint>,
    /// CSDL: property `webUrl`: `Edm.String`, nullable.
    pub web_url: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `installedApps`: `Collection(microsoft.graph.teamsAppInstallation)`, not nullable.
    pub installed_apps: rt::Field<::std::vec::Vec<crate::v1::AnyTeamsAppInstallation>>,
    /// CSDL: containment navigation property `lastMessagePreview`: `microsoft.graph.chatMessageInfo`, nullable.
    pub last_message_preview: rt::Field<crate::v1::ChatMessageInfo>,
    /// CSDL: containment navigation property `members`: `Collection(microsoft.graph.conversationMember)`, not nullable.
    pub members: rt::Field<::std::vec::Vec<crate::v1::AnyConversationMember>>,
    /// CSDL: containment navigation property `messages`: `Collection(microsoft.graph.chatMessage)`, not nullable.
    pub messages: rt::Field<::std::vec::Vec<crate::v1::AnyChatMessage>>,
    /// CSDL: containment navigation property `permissionGrants`: `Collection(microsoft.graph.resourceSpecificPermissionGrant)`, not nullable.
    pub permission_grants: rt::Field<
        ::std::vec::Vec<crate::v1::ResourceSpecificPermissionGrant>,
    >,
    /// CSDL: containment navigation property `pinnedMessages`: `Collection(microsoft.graph.pinnedChatMessageInfo)`, not nullable.
    pub pinned_messages: rt::Field<::std::vec::Vec<crate::v1::PinnedChatMessageInfo>>,
    /// CSDL: containment navigation property `tabs`: `Collection(microsoft.graph.teamsTab)`, not nullable.
    pub tabs: rt::Field<::std::vec::Vec<crate::v1::TeamsTab>>,
    /// CSDL: containment navigation property `targetedMessages`: `Collection(microsoft.graph.targetedChatMessage)`, not nullable.
    pub targeted_messages: rt::Field<::std::vec::Vec<crate::v1::TargetedChatMessage>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for Chat {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            chat_type: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            is_hidden_for_all_members: rt::Field::Absent,
            last_updated_date_time: rt::Field::Absent,
            migration_mode: rt::Field::Absent,
            online_meeting_info: rt::Field::Absent,
            original_created_date_time: rt::Field::Absent,
            tenant_id: rt::Field::Absent,
            topic: rt::Field::Absent,
            viewpoint: rt::Field::Absent,
            web_url: rt::Field::Absent,
            installed_apps: rt::Field::Absent,
            last_message_preview: rt::Field::Absent,
            members: rt::Field::Absent,
            messages: rt::Field::Absent,
            permission_grants: rt::Field::Absent,
            pinned_messages: rt::Field::Absent,
            tabs: rt::Field::Absent,
            targeted_messages: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for Chat {
    const TYPE_NAME: &'static str = "microsoft.graph.chat";
    const KEYS: &'static [&'static str] = &[
        "id",
        "chatType",
        "createdDateTime",
        "isHiddenForAllMembers",
        "lastUpdatedDateTime",
        "migrationMode",
        "onlineMeetingInfo",
        "originalCreatedDateTime",
        "tenantId",
        "topic",
        "viewpoint",
        "webUrl",
        "installedApps",
        "lastMessagePreview",
        "members",
        "messages",
        "permissionGrants",
        "pinnedMessages",
        "tabs",
        "targetedMessages",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":",
        ",\"chatType\":",
        ",\"createdDateTime\":",
        ",\"isHiddenForAllMembers\":",
        ",\"lastUpdatedDateTime\":",
        ",\"migrationMode\":",
        ",\"onlineMeetingInfo\":",
        ",\"originalCreatedDateTime\":",
        ",\"tenantId\":",
        ",\"topic\":",
        ",\"viewpoint\":",
        ",\"webUrl\":",
        ",\"installedApps\":",
        ",\"lastMessagePreview\":",
        ",\"members\":",
        ",\"messages\":",
        ",\"permissionGrants\":",
        ",\"pinnedMessages\":",
        ",\"tabs\":",
        ",\"targetedMessages\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.chat\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.chat_type.read_from(r),
            2usize => self.created_date_time.read_from(r),
            3usize => self.is_hidden_for_all_members.read_from(r),
            4usize => self.last_updated_date_time.read_from(r),
            5usize => self.migration_mode.read_from(r),
            6usize => self.online_meeting_info.read_from(r),
            7usize => self.original_created_date_time.read_from(r),
            8usize => self.tenant_id.read_from(r),
            9usize => self.topic.read_from(r),
            10usize => self.viewpoint.read_from(r),
            11usize => self.web_url.read_from(r),
            12usize => self.installed_apps.read_from(r),
            13usize => self.last_message_preview.read_from(r),
            14usize => self.members.read_from(r),
            15usize => self.messages.read_from(r),
            16usize => self.permission_grants.read_from(r),
            17usize => self.pinned_messages.read_from(r),
            18usize => self.tabs.read_from(r),
            19usize => self.targeted_messages.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.chat_type);
        w.field(2usize, &self.created_date_time);
        w.field(3usize, &self.is_hidden_for_all_members);
        w.field(4usize, &self.last_updated_date_time);
        w.field(5usize, &self.migration_mode);
        w.field(6usize, &self.online_meeting_info);
        w.field(7usize, &self.original_created_date_time);
        w.field(8usize, &self.tenant_id);
        w.field(9usize, &self.topic);
        w.field(10usize, &self.viewpoint);
        w.field(11usize, &self.web_url);
        w.field(12usize, &self.installed_apps);
        w.field(13usize, &self.last_message_preview);
        w.field(14usize, &self.members);
        w.field(15usize, &self.messages);
        w.field(16usize, &self.permission_grants);
        w.field(17usize, &self.pinned_messages);
        w.field(18usize, &self.tabs);
        w.field(19usize, &self.targeted_messages);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.id),
            1usize => ::std::option::Option::Some(&self.chat_type),
            2usize => ::std::option::Option::Some(&self.created_date_time),
            3usize => ::std::option::Option::Some(&self.is_hidden_for_all_members),
            4usize => ::std::option::Option::Some(&self.last_updated_date_time),
            5usize => ::std::option::Option::Some(&self.migration_mode),
            6usize => ::std::option::Option::Some(&self.online_meeting_info),
            7usize => ::std::option::Option::Some(&self.original_created_date_time),
            8usize => ::std::option::Option::Some(&self.tenant_id),
            9usize => ::std::option::Option::Some(&self.topic),
            10usize => ::std::option::Option::Some(&self.viewpoint),
            11usize => ::std::option::Option::Some(&self.web_url),
            12usize => ::std::option::Option::Some(&self.installed_apps),
            13usize => ::std::option::Option::Some(&self.last_message_preview),
            14usize => ::std::option::Option::Some(&self.members),
            15usize => ::std::option::Option::Some(&self.messages),
            16usize => ::std::option::Option::Some(&self.permission_grants),
            17usize => ::std::option::Option::Some(&self.pinned_messages),
            18usize => ::std::option::Option::Some(&self.tabs),
            19usize => ::std::option::Option::Some(&self.targeted_messages),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "id", &self.id);
        d.field(1usize, "chat_type", &self.chat_type);
        d.field(2usize, "created_date_time", &self.created_date_time);
        d.field(3usize, "is_hidden_for_all_members", &self.is_hidden_for_all_members);
        d.field(4usize, "last_updated_date_time", &self.last_updated_date_time);
        d.field(5usize, "migration_mode", &self.migration_mode);
        d.field(6usize, "online_meeting_info", &self.online_meeting_info);
        d.field(7usize, "original_created_date_time", &self.original_created_date_time);
        d.field(8usize, "tenant_id", &self.tenant_id);
        d.field(9usize, "topic", &self.topic);
        d.field(10usize, "viewpoint", &self.viewpoint);
        d.field(11usize, "web_url", &self.web_url);
        d.field(12usize, "installed_apps", &self.installed_apps);
        d.field(13usize, "last_message_preview", &self.last_message_preview);
        d.field(14usize, "members", &self.members);
        d.field(15usize, "messages", &self.messages);
        d.field(16usize, "permission_grants", &self.permission_grants);
        d.field(17usize, "pinned_messages", &self.pinned_messages);
        d.field(18usize, "tabs", &self.tabs);
        d.field(19usize, "targeted_messages", &self.targeted_messages);
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
rt::impl_object!(Chat);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    Chat { with_id id : ::std::string::String; with_chat_type chat_type : crate
    ::v1::ChatType; with_created_date_time created_date_time : rt::edm::DateTimeOffset;
    with_is_hidden_for_all_members is_hidden_for_all_members : bool;
    with_last_updated_date_time last_updated_date_time : rt::edm::DateTimeOffset;
    with_migration_mode migration_mode : crate ::v1::MigrationMode;
    with_online_meeting_info online_meeting_info : crate ::v1::TeamworkOnlineMeetingInfo;
    with_original_created_date_time original_created_date_time : rt::edm::DateTimeOffset;
    with_tenant_id tenant_id : ::std::string::String; with_topic topic :
    ::std::string::String; with_viewpoint viewpoint : crate ::v1::ChatViewpoint;
    with_web_url web_url : ::std::string::String; with_installed_apps installed_apps :
    ::std::vec::Vec < crate ::v1::AnyTeamsAppInstallation >; with_last_message_preview
    last_message_preview : crate ::v1::ChatMessageInfo; with_members members :
    ::std::vec::Vec < crate ::v1::AnyConversationMember >; with_messages messages :
    ::std::vec::Vec < crate ::v1::AnyChatMessage >; with_permission_grants
    permission_grants : ::std::vec::Vec < crate ::v1::ResourceSpecificPermissionGrant >;
    with_pinned_messages pinned_messages : ::std::vec::Vec < crate
    ::v1::PinnedChatMessageInfo >; with_tabs tabs : ::std::vec::Vec < crate
    ::v1::TeamsTab >; with_targeted_messages targeted_messages : ::std::vec::Vec < crate
    ::v1::TargetedChatMessage >; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(Chat);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.claimsMappingPolicy`, entity type, derived from `microsoft.graph.stsPolicy`, key `id`.
///
/// Request builders: [`ClaimsMappingPolicyPath`](requests/struct.ClaimsMappingPolicyPath.html), the type of a path to one.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct ClaimsMappingPolicy {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `deletedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub deleted_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `definition`: `Collection(Edm.String)`, not nullable.
    pub definition: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `isOrganizationDefault`: `Edm.Boolean`, nullable.
    pub is_organization_default: rt::Field<bool>,
    /// CSDL: navigation property `appliesTo`: `Collection(microsoft.graph.directoryObject)`, not nullable.
    pub applies_to: rt::Field<::std::vec::Vec<crate::v1::AnyDirectoryObject>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for ClaimsMappingPolicy {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            deleted_date_time: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            definition: rt::Field::Absent,
            is_organization_default: rt::Field::Absent,
            applies_to: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for ClaimsMappingPolicy {
    const TYPE_NAME: &'static str = "microsoft.graph.claimsMappingPolicy";
    const KEYS: &'static [&'static str] = &[
        "id",
        "deletedDateTime",
        "description",
        "displayName",
        "definition",
        "isOrganizationDefault",
        "appliesTo",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":",
        ",\"deletedDateTime\":",
        ",\"description\":",
        ",\"displayName\":",
        ",\"definition\":",
        ",\"isOrganizationDefault\":",
        ",\"appliesTo\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.claimsMappingPolicy\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.deleted_date_time.read_from(r),
            2usize => self.description.read_from(r),
            3usize => self.display_name.read_from(r),
            4usize => self.definition.read_from(r),
            5usize => self.is_organization_default.read_from(r),
            6usize => self.applies_to.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.deleted_date_time);
        w.field(2usize, &self.description);
        w.field(3usize, &self.display_name);
        w.field(4usize, &self.definition);
        w.field(5usize, &self.is_organization_default);
        w.field(6usize, &self.applies_to);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.id),
            1usize => ::std::option::Option::Some(&self.deleted_date_time),
            2usize => ::std::option::Option::Some(&self.description),
            3usize => ::std::option::Option::Some(&self.display_name),
            4usize => ::std::option::Option::Some(&self.definition),
            5usize => ::std::option::Option::Some(&self.is_organization_default),
            6usize => ::std::option::Option::Some(&self.applies_to),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "id", &self.id);
        d.field(1usize, "deleted_date_time", &self.deleted_date_time);
        d.field(2usize, "description", &self.description);
        d.field(3usize, "display_name", &self.display_name);
        d.field(4usize, "definition", &self.definition);
        d.field(5usize, "is_organization_default", &self.is_organization_default);
        d.field(6usize, "applies_to", &self.applies_to);
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
rt::impl_object!(ClaimsMappingPolicy);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    ClaimsMappingPolicy { with_id id : ::std::string::String; with_deleted_date_time
    deleted_date_time : rt::edm::DateTimeOffset; with_description description :
    ::std::string::String; with_display_name display_name : ::std::string::String;
    with_definition definition : ::std::vec::Vec < ::std::string::String >;
    with_is_organization_default is_organization_default : bool; with_applies_to
    applies_to : ::std::vec::Vec < crate ::v1::AnyDirectoryObject >; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(ClaimsMappingPolicy);
#[cfg(msgraph_v1_device_management_or_search)]
/// CSDL: `microsoft.graph.cloudPcProvisioningPolicy`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`CloudPcProvisioningPolicyPath`](requests/struct.CloudPcProvisioningPolicyPath.html), the type of a path to one.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone, PartialEq)]
pub struct CloudPcProvisioningPolicy {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `alternateResourceUrl`: `Edm.String`, nullable.
    pub alternate_resource_url: rt::Field<::std::string::String>,
    /// CSDL: property `autopatch`: `microsoft.graph.cloudPcProvisioningPolicyAutopatch`, nullable.
    pub autopatch: rt::Field<crate::v1::CloudPcProvisioningPolicyAutopatch>,
    /// CSDL: property `cloudPcGroupDisplayName`: `Edm.String`, nullable.
    pub cloud_pc_group_display_name: rt::Field<::std::string::String>,
    /// CSDL: property `cloudPcNamingTemplate`: `Edm.String`, nullable.
    pub cloud_pc_naming_template: rt::Field<::std::string::String>,
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, not nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `domainJoinConfigurations`: `Collection(microsoft.graph.cloudPcDomainJoinConfiguration)`, nullable.
    pub domain_join_configurations: rt::Field<
        ::std::vec::Vec<crate::v1::CloudPcDomainJoinConfiguration>,
    >,
    /// CSDL: property `enableSingleSignOn`: `Edm.Boolean`, nullable.
    pub enable_single_sign_on: rt::Field<bool>,
    /// CSDL: property `gracePeriodInHours`: `Edm.Int32`, nullable.
    pub grace_period_in_hours: rt::Field<i32>,
    /// CSDL: property `imageDisplayName`: `Edm.String`, not nullable.
    pub image_display_name: rt::Field<::std::string::String>,
    /// CSDL: property `imageId`: `Edm.String`, not nullable.
    pub image_id: rt::Field<::std::string::String>,
    /// CSDL: property `imageType`: `microsoft.graph.cloudPcProvisioningPolicyImageType`, not nullable.
    pub image_type: rt::Field<crate::v1::CloudPcProvisioningPolicyImageType>,
    /// CSDL: property `localAdminEnabled`: `Edm.Boolean`, nullable.
    pub local_admin_enabled: rt::Field<bool>,
    /// CSDL: property `microsoftManagedDesktop`: `microsoft.graph.microsoftManagedDesktop`, nullable.
    pub microsoft_managed_desktop: rt::Field<crate::v1::MicrosoftManagedDesktop>,
    /// CSDL: property `provisioningType`: `microsoft.graph.cloudPcProvisioningType`, nullable.
    pub provisioning_type: rt::Field<crate::v1::CloudPcProvisioningType>,
    /// CSDL: property `windowsSetting`: `microsoft.graph.cloudPcWindowsSetting`, nullable.
    pub windows_setting: rt::Field<crate::v1::CloudPcWindowsSetting>,
    /// CSDL: containment navigation property `assignments`: `Collection(microsoft.graph.cloudPcProvisioningPolicyAssignment)`, not nullable.
    pub assignments: rt::Field<
        ::std::vec::Vec<crate::v1::CloudPcProvisioningPolicyAssignment>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default for CloudPcProvisioningPolicy {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            alternate_resource_url: rt::Field::Absent,
            autopatch: rt::Field::Absent,
            cloud_pc_group_display_name: rt::Field::Absent,
            cloud_pc_naming_template: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            domain_join_configurations: rt::Field::Absent,
            enable_single_sign_on: rt::Field::Absent,
            grace_period_in_hours: rt::Field::Absent,
            image_display_name: rt::Field::Absent,
            image_id: rt::Field::Absent,
            image_type: rt::Field::Absent,
            local_admin_enabled: rt::Field::Absent,
            microsoft_managed_desktop: rt::Field::Absent,
            provisioning_type: rt::Field::Absent,
            windows_setting: rt::Field::Absent,
            assignments: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object for CloudPcProvisioningPolicy {
    const TYPE_NAME: &'static str = "microsoft.graph.cloudPcProvisioningPolicy";
    const KEYS: &'static [&'static str] = &[
        "id",
        "alternateResourceUrl",
        "autopatch",
        "cloudPcGroupDisplayName",
        "cloudPcNamingTemplate",
        "description",
        "displayName",
        "domainJoinConfigurations",
        "enableSingleSignOn",
        "gracePeriodInHours",
        "imageDisplayName",
        "imageId",
        "imageType",
        "localAdminEnabled",
        "microsoftManagedDesktop",
        "provisioningType",
        "windowsSetting",
        "assignments",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":",
        ",\"alternateResourceUrl\":",
        ",\"autopatch\":",
        ",\"cloudPcGroupDisplayName\":",
        ",\"cloudPcNamingTemplate\":",
        ",\"description\":",
        ",\"displayName\":",
        ",\"domainJoinConfigurations\":",
        ",\"enableSingleSignOn\":",
        ",\"gracePeriodInHours\":",
        ",\"imageDisplayName\":",
        ",\"imageId\":",
        ",\"imageType\":",
        ",\"localAdminEnabled\":",
        ",\"microsoftManagedDesktop\":",
        ",\"provisioningType\":",
        ",\"windowsSetting\":",
        ",\"assignments\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.cloudPcProvisioningPolicy\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.alternate_resource_url.read_from(r),
            2usize => self.autopatch.read_from(r),
            3usize => self.cloud_pc_group_display_name.read_from(r),
            4usize => self.cloud_pc_naming_template.read_from(r),
            5usize => self.description.read_from(r),
            6usize => self.display_name.read_from(r),
            7usize => self.domain_join_configurations.read_from(r),
            8usize => self.enable_single_sign_on.read_from(r),
            9usize => self.grace_period_in_hours.read_from(r),
            10usize => self.image_display_name.read_from(r),
            11usize => self.image_id.read_from(r),
            12usize => self.image_type.read_from(r),
            13usize => self.local_admin_enabled.read_from(r),
            14usize => self.microsoft_managed_desktop.read_from(r),
            15usize => self.provisioning_type.read_from(r),
            16usize => self.windows_setting.read_from(r),
            17usize => self.assignments.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.alternate_resource_url);
        w.field(2usize, &self.autopatch);
        w.field(3usize, &self.cloud_pc_group_display_name);
        w.field(4usize, &self.cloud_pc_naming_template);
        w.field(5usize, &self.description);
        w.field(6usize, &self.display_name);
        w.field(7usize, &self.domain_join_configurations);
        w.field(8usize, &self.enable_single_sign_on);
        w.field(9usize, &self.grace_period_in_hours);
        w.field(10usize, &self.image_display_name);
        w.field(11usize, &self.image_id);
        w.field(12usize, &self.image_type);
        w.field(13usize, &self.local_admin_enabled);
        w.field(14usize, &self.microsoft_managed_desktop);
        w.field(15usize, &self.provisioning_type);
        w.field(16usize, &self.windows_setting);
        w.field(17usize, &self.assignments);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.id),
            1usize => ::std::option::Option::Some(&self.alternate_resource_url),
            2usize => ::std::option::Option::Some(&self.autopatch),
            3usize => ::std::option::Option::Some(&self.cloud_pc_group_display_name),
            4usize => ::std::option::Option::Some(&self.cloud_pc_naming_template),
            5usize => ::std::option::Option::Some(&self.description),
            6usize => ::std::option::Option::Some(&self.display_name),
            7usize => ::std::option::Option::Some(&self.domain_join_configurations),
            8usize => ::std::option::Option::Some(&self.enable_single_sign_on),
            9usize => ::std::option::Option::Some(&self.grace_period_in_hours),
            10usize => ::std::option::Option::Some(&self.image_display_name),
            11usize => ::std::option::Option::Some(&self.image_id),
            12usize => ::std::option::Option::Some(&self.image_type),
            13usize => ::std::option::Option::Some(&self.local_admin_enabled),
            14usize => ::std::option::Option::Some(&self.microsoft_managed_desktop),
            15usize => ::std::option::Option::Some(&self.provisioning_type),
            16usize => ::std::option::Option::Some(&self.windows_setting),
            17usize => ::std::option::Option::Some(&self.assignments),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "id", &self.id);
        d.field(1usize, "alternate_resource_url", &self.alternate_resource_url);
        d.field(2usize, "autopatch", &self.autopatch);
        d.field(
            3usize,
            "cloud_pc_group_display_name",
            &self.cloud_pc_group_display_name,
        );
        d.field(4usize, "cloud_pc_naming_template", &self.cloud_pc_naming_template);
        d.field(5usize, "description", &self.description);
        d.field(6usize, "display_name", &self.display_name);
        d.field(7usize, "domain_join_configurations", &self.domain_join_configurations);
        d.field(8usize, "enable_single_sign_on", &self.enable_single_sign_on);
        d.field(9usize, "grace_period_in_hours", &self.grace_period_in_hours);
        d.field(10usize, "image_display_name", &self.image_display_name);
        d.field(11usize, "image_id", &self.image_id);
        d.field(12usize, "image_type", &self.image_type);
        d.field(13usize, "local_admin_enabled", &self.local_admin_enabled);
        d.field(14usize, "microsoft_managed_desktop", &self.microsoft_managed_desktop);
        d.field(15usize, "provisioning_type", &self.provisioning_type);
        d.field(16usize, "windows_setting", &self.windows_setting);
        d.field(17usize, "assignments", &self.assignments);
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
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_object!(CloudPcProvisioningPolicy);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    CloudPcProvisioningPolicy { with_id id : ::std::string::String;
    with_alternate_resource_url alternate_resource_url : ::std::string::String;
    with_autopatch autopatch : crate ::v1::CloudPcProvisioningPolicyAutopatch;
    with_cloud_pc_group_display_name cloud_pc_group_display_name : ::std::string::String;
    with_cloud_pc_naming_template cloud_pc_naming_template : ::std::string::String;
    with_description description : ::std::string::String; with_display_name display_name
    : ::std::string::String; with_domain_join_configurations domain_join_configurations :
    ::std::vec::Vec < crate ::v1::CloudPcDomainJoinConfiguration >;
    with_enable_single_sign_on enable_single_sign_on : bool; with_grace_period_in_hours
    grace_period_in_hours : i32; with_image_display_name image_display_name :
    ::std::string::String; with_image_id image_id : ::std::string::String;
    with_image_type image_type : crate ::v1::CloudPcProvisioningPolicyImageType;
    with_local_admin_enabled local_admin_enabled : bool; with_microsoft_managed_desktop
    microsoft_managed_desktop : crate ::v1::MicrosoftManagedDesktop;
    with_provisioning_type provisioning_type : crate ::v1::CloudPcProvisioningType;
    with_windows_setting windows_setting : crate ::v1::CloudPcWindowsSetting;
    with_assignments assignments : ::std::vec::Vec < crate
    ::v1::CloudPcProvisioningPolicyAssignment >; }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(CloudPcProvisioningPolicy);
#[cfg(msgraph_v1_device_management_or_search)]
/// CSDL: `microsoft.graph.cloudPcProvisioningPolicyAssignment`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`CloudPcProvisioningPolicyAssignmentPath`](requests/struct.CloudPcProvisioningPolicyAssignmentPath.html), the type of a path to one.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone, PartialEq)]
pub struct CloudPcProvisioningPolicyAssignment {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `target`: `microsoft.graph.cloudPcManagementAssignmentTarget`, nullable.
    pub target: rt::Field<crate::v1::AnyCloudPcManagementAssignmentTarget>,
    /// CSDL: navigation property `assignedUsers`: `Collection(microsoft.graph.user)`, not nullable.
    ///
    /// Features: `v1` or `v1-search`.
    #[cfg(msgraph_v1_core)]
    pub assigned_users: rt::Field<::std::vec::Vec<crate::v1::AnyUser>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default for CloudPcProvisioningPolicyAssignment {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            target: rt::Field::Absent,
            #[cfg(msgraph_v1_core)]
            assigned_users: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object for CloudPcProvisioningPolicyAssignment {
    const TYPE_NAME: &'static str = "microsoft.graph.cloudPcProvisioningPolicyAssignment";
    const KEYS: &'static [&'static str] = &["id", "target", "assignedUsers"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":",
        ",\"target\":",
        ",\"assignedUsers\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.cloudPcProvisioningPolicyAssignment\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.target.read_from(r),
            #[cfg(msgraph_v1_core)]
            2usize => self.assigned_users.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.target);
        #[cfg(msgraph_v1_core)] w.field(2usize, &self.assigned_users);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.id),
            1usize => ::std::option::Option::Some(&self.target),
            #[cfg(msgraph_v1_core)]
            2usize => ::std::option::Option::Some(&self.assigned_users),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "id", &self.id);
        d.field(1usize, "target", &self.target);
        #[cfg(msgraph_v1_core)] d.field(2usize, "assigned_users", &self.assigned_users);
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
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_object!(CloudPcProvisioningPolicyAssignment);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    CloudPcProvisioningPolicyAssignment { with_id id : ::std::string::String; with_target
    target : crate ::v1::AnyCloudPcManagementAssignmentTarget; #[cfg(msgraph_v1_core)]
    with_assigned_users assigned_users : ::std::vec::Vec < crate ::v1::AnyUser >; }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(CloudPcProvisioningPolicyAssignment);
#[cfg(msgraph_v1_employee_experience_or_search)]
/// Represents a community in Viva Engage that is a central place for conversations,
/// files, events, and updates for people sharing a common interest or goal.
///
/// CSDL: `microsoft.graph.community`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`CommunityPath`](requests/struct.CommunityPath.html), the type of a path to one.
///
/// Features: `v1`, or one of `v1-employee-experience`, `v1-search`.
#[derive(Clone, PartialEq)]
pub struct Community {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// The description of the community. The maximum length is 1024 characters.
    ///
    /// CSDL: property `description`: `Edm.String`, not nullable.
    pub description: rt::Field<::std::string::String>,
    /// The name of the community. The maximum length is 255 characters.
    ///
    /// CSDL: property `displayName`: `Edm.String`, not nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// The ID of the Microsoft 365 group that manages the membership of this community.
    ///
    /// CSDL: property `groupId`: `Edm.String`, nullable.
    pub group_id: rt::Field<::std::string::String>,
    /// Defines the privacy level of the community. The possible values are: public, private, unknownFutureValue.
    ///
    /// CSDL: property `privacy`: `microsoft.graph.communityPrivacy`, not nullable.
    pub privacy: rt::Field<crate::v1::CommunityPrivacy>,
    /// The Microsoft 365 group that manages the membership of this community.
    ///
    /// CSDL: navigation property `group`: `microsoft.graph.group`, nullable.
    ///
    /// Features: `v1` or `v1-search`.
    #[cfg(msgraph_v1_core)]
    pub group: rt::Field<crate::v1::Group>,
    /// The admins of the community. Limited to 100 users.
    ///
    /// CSDL: navigation property `owners`: `Collection(microsoft.graph.user)`, not nullable.
    ///
    /// Features: `v1` or `v1-search`.
    #[cfg(msgraph_v1_core)]
    pub owners: rt::Field<::std::vec::Vec<crate::v1::AnyUser>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_employee_experience_or_search)]
impl ::std::default::Default for Community {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            group_id: rt::Field::Absent,
            privacy: rt::Field::Absent,
            #[cfg(msgraph_v1_core)]
            group: rt::Field::Absent,
            #[cfg(msgraph_v1_core)]
            owners: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_employee_experience_or_search)]
impl rt::Object for Community {
    const TYPE_NAME: &'static str = "microsoft.graph.community";
    const KEYS: &'static [&'static str] = &[
        "id",
        "description",
        "displayName",
        "groupId",
        "privacy",
        "group",
        "owners",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":",
        ",\"description\":",
        ",\"displayName\":",
        ",\"groupId\":",
        ",\"privacy\":",
        ",\"group\":",
        ",\"owners\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.community\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.description.read_from(r),
            2usize => self.display_name.read_from(r),
            3usize => self.group_id.read_from(r),
            4usize => self.privacy.read_from(r),
            #[cfg(msgraph_v1_core)]
            5usize => self.group.read_from(r),
            #[cfg(msgraph_v1_core)]
            6usize => self.owners.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.description);
        w.field(2usize, &self.display_name);
        w.field(3usize, &self.group_id);
        w.field(4usize, &self.privacy);
        #[cfg(msgraph_v1_core)] w.field(5usize, &self.group);
        #[cfg(msgraph_v1_core)] w.field(6usize, &self.owners);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.id),
            1usize => ::std::option::Option::Some(&self.description),
            2usize => ::std::option::Option::Some(&self.display_name),
            3usize => ::std::option::Option::Some(&self.group_id),
            4usize => ::std::option::Option::Some(&self.privacy),
            #[cfg(msgraph_v1_core)]
            5usize => ::std::option::Option::Some(&self.group),
            #[cfg(msgraph_v1_core)]
            6usize => ::std::option::Option::Some(&self.owners),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "id", &self.id);
        d.field(1usize, "description", &self.description);
        d.field(2usize, "display_name", &self.display_name);
        d.field(3usize, "group_id", &self.group_id);
        d.field(4usize, "privacy", &self.privacy);
        #[cfg(msgraph_v1_core)] d.field(5usize, "group", &self.group);
        #[cfg(msgraph_v1_core)] d.field(6usize, "owners", &self.owners);
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
#[cfg(msgraph_v1_employee_experience_or_search)]
rt::impl_object!(Community);
#[cfg(msgraph_v1_employee_experience_or_search)]
rt::impl_setters!(
    Community { with_id id : ::std::string::String; with_description description :
    ::std::string::String; with_display_name display_name : ::std::string::String;
    with_group_id group_id : ::std::string::String; with_privacy privacy : crate
    ::v1::CommunityPrivacy; #[cfg(msgraph_v1_core)] with_group group : crate ::v1::Group;
    #[cfg(msgraph_v1_core)] with_owners owners : ::std::vec::Vec < crate ::v1::AnyUser >;
    }
);
#[cfg(msgraph_v1_employee_experience_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(Community);
#[cfg(msgraph_v1_identity_governance_or_search)]
/// CSDL: `microsoft.graph.connectedOrganization`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`ConnectedOrganizationPath`](requests/struct.ConnectedOrganizationPath.html), the type of a path to one.
///
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
#[derive(Clone, PartialEq)]
pub struct ConnectedOrganization {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `identitySources`: `Collection(microsoft.graph.identitySource)`, nullable.
    pub identity_sources: rt::Field<::std::vec::Vec<crate::v1::AnyIdentitySource>>,
    /// CSDL: property `modifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `state`: `microsoft.graph.connectedOrganizationState`, nullable.
    pub state: rt::Field<crate::v1::ConnectedOrganizationState>,
    /// CSDL: navigation property `externalSponsors`: `Collection(microsoft.graph.directoryObject)`, not nullable.
    pub external_sponsors: rt::Field<::std::vec::Vec<crate::v1::AnyDirectoryObject>>,
    /// CSDL: navigation property `internalSponsors`: `Collection(microsoft.graph.directoryObject)`, not nullable.
    pub internal_sponsors: rt::Field<::std::vec::Vec<crate::v1::AnyDirectoryObject>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl ::std::default::Default for ConnectedOrganization {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            identity_sources: rt::Field::Absent,
            modified_date_time: rt::Field::Absent,
            state: rt::Field::Absent,
            external_sponsors: rt::Field::Absent,
            internal_sponsors: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::Object for ConnectedOrganization {
    const TYPE_NAME: &'static str = "microsoft.graph.connectedOrganization";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdDateTime",
        "description",
        "displayName",
        "identitySources",
        "modifiedDateTime",
        "state",
        "externalSponsors",
        "internalSponsors",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":",
        ",\"createdDateTime\":",
        ",\"description\":",
        ",\"displayName\":",
        ",\"identitySources\":",
        ",\"modifiedDateTime\":",
        ",\"state\":",
        ",\"externalSponsors\":",
        ",\"internalSponsors\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.connectedOrganization\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_date_time.read_from(r),
            2usize => self.description.read_from(r),
            3usize => self.display_name.read_from(r),
            4usize => self.identity_sources.read_from(r),
            5usize => self.modified_date_time.read_from(r),
            6usize => self.state.read_from(r),
            7usize => self.external_sponsors.read_from(r),
            8usize => self.internal_sponsors.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.created_date_time);
        w.field(2usize, &self.description);
        w.field(3usize, &self.display_name);
        w.field(4usize, &self.identity_sources);
        w.field(5usize, &self.modified_date_time);
        w.field(6usize, &self.state);
        w.field(7usize, &self.external_sponsors);
        w.field(8usize, &self.internal_sponsors);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.id),
            1usize => ::std::option::Option::Some(&self.created_date_time),
            2usize => ::std::option::Option::Some(&self.description),
            3usize => ::std::option::Option::Some(&self.display_name),
            4usize => ::std::option::Option::Some(&self.identity_sources),
            5usize => ::std::option::Option::Some(&self.modified_date_time),
            6usize => ::std::option::Option::Some(&self.state),
            7usize => ::std::option::Option::Some(&self.external_sponsors),
            8usize => ::std::option::Option::Some(&self.internal_sponsors),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "id", &self.id);
        d.field(1usize, "created_date_time", &self.created_date_time);
        d.field(2usize, "description", &self.description);
        d.field(3usize, "display_name", &self.display_name);
        d.field(4usize, "identity_sources", &self.identity_sources);
        d.field(5usize, "modified_date_time", &self.modified_date_time);
        d.field(6usize, "state", &self.state);
        d.field(7usize, "external_sponsors", &self.external_sponsors);
        d.field(8usize, "internal_sponsors", &self.internal_sponsors);
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
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_object!(ConnectedOrganization);
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_setters!(
    ConnectedOrganization { with_id id : ::std::string::String; with_created_date_time
    created_date_time : rt::edm::DateTimeOffset; with_description description :
    ::std::string::String; with_display_name display_name : ::std::string::String;
    with_identity_sources identity_sources : ::std::vec::Vec < crate
    ::v1::AnyIdentitySource >; with_modified_date_time modified_date_time :
    rt::edm::DateTimeOffset; with_state state : crate ::v1::ConnectedOrganizationState;
    with_external_sponsors external_sponsors : ::std::vec::Vec < crate
    ::v1::AnyDirectoryObject >; with_internal_sponsors internal_sponsors :
    ::std::vec::Vec < crate ::v1::AnyDirectoryObject >; }
);
#[cfg(msgraph_v1_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ConnectedOrganization);
#[cfg(msgraph_v1_core_or_teamwork)]
/// CSDL: `microsoft.graph.conversationMember`, entity type, derived from `microsoft.graph.entity`, abstract, key `id`.
///
/// Request builders: [`ConversationMemberPath`](requests/struct.ConversationMemberPath.html), the type of a path to one.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct ConversationMember {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `roles`: `Collection(Edm.String)`, nullable.
    pub roles: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `visibleHistoryStartDateTime`: `Edm.DateTimeOffset`, nullable.
    pub visible_history_start_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl ::std::default::Default for ConversationMember {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            display_name: rt::Field::Absent,
            roles: rt::Field::Absent,
            visible_history_start_date_time: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl rt::Object for ConversationMember {
    const TYPE_NAME: &'static str = "microsoft.graph.conversationMember";
    const KEYS: &'static [&'static str] = &[
        "id",
        "displayName",
        "roles",
        "visibleHistoryStartDateTime",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":",
        ",\"displayName\":",
        ",\"roles\":",
        ",\"visibleHistoryStartDateTime\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.conversationMember\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.display_name.read_from(r),
            2usize => self.roles.read_from(r),
            3usize => self.visible_history_start_date_time.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.display_name);
        w.field(2usize, &self.roles);
        w.field(3usize, &self.visible_history_start_date_time);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.id),
            1usize => ::std::option::Option::Some(&self.display_name),
            2usize => ::std::option::Option::Some(&self.roles),
            3usize => ::std::option::Option::Some(&self.visible_history_start_date_time),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "id", &self.id);
        d.field(1usize, "display_name", &self.display_name);
        d.field(2usize, "roles", &self.roles);
        d.field(
            3usize,
            "visible_history_start_date_time",
            &self.visible_history_start_date_time,
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
#[cfg(msgraph_v1_core_or_teamwork)]
rt::impl_object!(ConversationMember);
#[cfg(msgraph_v1_core_or_teamwork)]
rt::impl_setters!(
    ConversationMember { with_id id : ::std::string::String; with_display_name
    display_name : ::std::string::String; with_roles roles : ::std::vec::Vec <
    ::std::string::String >; with_visible_history_start_date_time
    visible_history_start_date_time : rt::edm::DateTimeOffset; }
);
#[cfg(msgraph_v1_core_or_teamwork)]
#[cfg(feature = "serde")]
rt::impl_serde!(ConversationMember);
#[cfg(msgraph_v1_core_or_teamwork)]
/// `microsoft.graph.conversationMember` or any type derived from it, selected by `@odata.type` (8 types); each variant's type converts into it (`From`).
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Debug)]
pub enum AnyConversationMember {
    ConversationMember(::std::boxed::Box<crate::v1::ConversationMember>),
    AadUserConversationMember(::std::boxed::Box<crate::v1::AadUserConversationMember>),
    AnonymousGuestConversationMember(
        ::std::boxed::Box<crate::v1::AnonymousGuestConversationMember>,
    ),
    AzureCommunicationServicesUserConversationMember(
        ::std::boxed::Box<crate::v1::AzureCommunicationServicesUserConversationMember>,
    ),
    MicrosoftAccountUserConversationMember(
        ::std::boxed::Box<crate::v1::MicrosoftAccountUserConversationMember>,
    ),
    PhoneUserConversationMember(
        ::std::boxed::Box<crate::v1::PhoneUserConversationMember>,
    ),
    SkypeForBusinessUserConversationMember(
        ::std::boxed::Box<crate::v1::SkypeForBusinessUserConversationMember>,
    ),
    SkypeUserConversationMember(
        ::std::boxed::Box<crate::v1::SkypeUserConversationMember>,
    ),
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl ::std::default::Default for AnyConversationMember {
    #[inline]
    fn default() -> Self {
        Self::ConversationMember(::std::default::Default::default())
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::ConversationMember> for AnyConversationMember {
    #[inline]
    fn from(v: crate::v1::ConversationMember) -> Self {
        Self::ConversationMember(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::AadUserConversationMember>
for AnyConversationMember {
    #[inline]
    fn from(v: crate::v1::AadUserConversationMember) -> Self {
        Self::AadUserConversationMember(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::AnonymousGuestConversationMember>
for AnyConversationMember {
    #[inline]
    fn from(v: crate::v1::AnonymousGuestConversationMember) -> Self {
        Self::AnonymousGuestConversationMember(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::AzureCommunicationServicesUserConversationMember>
for AnyConversationMember {
    #[inline]
    fn from(v: crate::v1::AzureCommunicationServicesUserConversationMember) -> Self {
        Self::AzureCommunicationServicesUserConversationMember(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::MicrosoftAccountUserConversationMember>
for AnyConversationMember {
    #[inline]
    fn from(v: crate::v1::MicrosoftAccountUserConversationMember) -> Self {
        Self::MicrosoftAccountUserConversationMember(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::PhoneUserConversationMember>
for AnyConversationMember {
    #[inline]
    fn from(v: crate::v1::PhoneUserConversationMember) -> Self {
        Self::PhoneUserConversationMember(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::SkypeForBusinessUserConversationMember>
for AnyConversationMember {
    #[inline]
    fn from(v: crate::v1::SkypeForBusinessUserConversationMember) -> Self {
        Self::SkypeForBusinessUserConversationMember(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::SkypeUserConversationMember>
for AnyConversationMember {
    #[inline]
    fn from(v: crate::v1::SkypeUserConversationMember) -> Self {
        Self::SkypeUserConversationMember(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl rt::Poly for AnyConversationMember {
    const BASE_NAME: &'static str = "microsoft.graph.conversationMember";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        match tag {
            ::std::option::Option::Some("microsoft.graph.aadUserConversationMember") => {
                rt::object::read_boxed(r).map(Self::AadUserConversationMember)
            }
            ::std::option::Option::Some(
                "microsoft.graph.anonymousGuestConversationMember",
            ) => rt::object::read_boxed(r).map(Self::AnonymousGuestConversationMember),
            ::std::option::Option::Some(
                "microsoft.graph.azureCommunicationServicesUserConversationMember",
            ) => {
                rt::object::read_boxed(r)
                    .map(Self::AzureCommunicationServicesUserConversationMember)
            }
            ::std::option::Option::Some(
                "microsoft.graph.microsoftAccountUserConversationMember",
            ) => {
                rt::object::read_boxed(r)
                    .map(Self::MicrosoftAccountUserConversationMember)
            }
            ::std::option::Option::Some(
                "microsoft.graph.phoneUserConversationMember",
            ) => rt::object::read_boxed(r).map(Self::PhoneUserConversationMember),
            ::std::option::Option::Some(
                "microsoft.graph.skypeForBusinessUserConversationMember",
            ) => {
                rt::object::read_boxed(r)
                    .map(Self::SkypeForBusinessUserConversationMember)
            }
            ::std::option::Option::Some(
                "microsoft.graph.skypeUserConversationMember",
            ) => rt::object::read_boxed(r).map(Self::SkypeUserConversationMember),
            _ => rt::object::read_boxed(r).map(Self::ConversationMember),
        }
    }
    #[inline]
    fn write_variant(&self, w: &mut rt::Writer) {
        match self {
            Self::ConversationMember(v) => {
                rt::object::write_object(&**v, w, ::std::option::Option::None)
            }
            Self::AadUserConversationMember(v) => {
                rt::object::write_object(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.aadUserConversationMember",
                    ),
                )
            }
            Self::AnonymousGuestConversationMember(v) => {
                rt::object::write_object(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.anonymousGuestConversationMember",
                    ),
                )
            }
            Self::AzureCommunicationServicesUserConversationMember(v) => {
                rt::object::write_object(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.azureCommunicationServicesUserConversationMember",
                    ),
                )
            }
            Self::MicrosoftAccountUserConversationMember(v) => {
                rt::object::write_object(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.microsoftAccountUserConversationMember",
                    ),
                )
            }
            Self::PhoneUserConversationMember(v) => {
                rt::object::write_object(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.phoneUserConversationMember",
                    ),
                )
            }
            Self::SkypeForBusinessUserConversationMember(v) => {
                rt::object::write_object(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.skypeForBusinessUserConversationMember",
                    ),
                )
            }
            Self::SkypeUserConversationMember(v) => {
                rt::object::write_object(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.skypeUserConversationMember",
                    ),
                )
            }
        }
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl AnyConversationMember {
    /// The qualified CSDL name of the current variant's type.
    #[inline]
    pub fn type_name(&self) -> &'static str {
        match self {
            Self::ConversationMember(_) => "microsoft.graph.conversationMember",
            Self::AadUserConversationMember(_) => {
                "microsoft.graph.aadUserConversationMember"
            }
            Self::AnonymousGuestConversationMember(_) => {
                "microsoft.graph.anonymousGuestConversationMember"
            }
            Self::AzureCommunicationServicesUserConversationMember(_) => {
                "microsoft.graph.azureCommunicationServicesUserConversationMember"
            }
            Self::MicrosoftAccountUserConversationMember(_) => {
                "microsoft.graph.microsoftAccountUserConversationMember"
            }
            Self::PhoneUserConversationMember(_) => {
                "microsoft.graph.phoneUserConversationMember"
            }
            Self::SkypeForBusinessUserConversationMember(_) => {
                "microsoft.graph.skypeForBusinessUserConversationMember"
            }
            Self::SkypeUserConversationMember(_) => {
                "microsoft.graph.skypeUserConversationMember"
            }
        }
    }
    /// The current variant's unknown members and annotations.
    #[inline]
    pub fn extra(&self) -> &rt::Extra {
        match self {
            Self::ConversationMember(v) => &v.extra,
            Self::AadUserConversationMember(v) => &v.extra,
            Self::AnonymousGuestConversationMember(v) => &v.extra,
            Self::AzureCommunicationServicesUserConversationMember(v) => &v.extra,
            Self::MicrosoftAccountUserConversationMember(v) => &v.extra,
            Self::PhoneUserConversationMember(v) => &v.extra,
            Self::SkypeForBusinessUserConversationMember(v) => &v.extra,
            Self::SkypeUserConversationMember(v) => &v.extra,
        }
    }
    /// The current variant's unknown members and annotations, mutably.
    #[inline]
    pub fn extra_mut(&mut self) -> &mut rt::Extra {
        match self {
            Self::ConversationMember(v) => &mut v.extra,
            Self::AadUserConversationMember(v) => &mut v.extra,
            Self::AnonymousGuestConversationMember(v) => &mut v.extra,
            Self::AzureCommunicationServicesUserConversationMember(v) => &mut v.extra,
            Self::MicrosoftAccountUserConversationMember(v) => &mut v.extra,
            Self::PhoneUserConversationMember(v) => &mut v.extra,
            Self::SkypeForBusinessUserConversationMember(v) => &mut v.extra,
            Self::SkypeUserConversationMember(v) => &mut v.extra,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::ConversationMember(v) => &v.id,
            Self::AadUserConversationMember(v) => &v.id,
            Self::AnonymousGuestConversationMember(v) => &v.id,
            Self::AzureCommunicationServicesUserConversationMember(v) => &v.id,
            Self::MicrosoftAccountUserConversationMember(v) => &v.id,
            Self::PhoneUserConversationMember(v) => &v.id,
            Self::SkypeForBusinessUserConversationMember(v) => &v.id,
            Self::SkypeUserConversationMember(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ConversationMember(v) => &mut v.id,
            Self::AadUserConversationMember(v) => &mut v.id,
            Self::AnonymousGuestConversationMember(v) => &mut v.id,
            Self::AzureCommunicationServicesUserConversationMember(v) => &mut v.id,
            Self::MicrosoftAccountUserConversationMember(v) => &mut v.id,
            Self::PhoneUserConversationMember(v) => &mut v.id,
            Self::SkypeForBusinessUserConversationMember(v) => &mut v.id,
            Self::SkypeUserConversationMember(v) => &mut v.id,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::ConversationMember(v) => &v.display_name,
            Self::AadUserConversationMember(v) => &v.display_name,
            Self::AnonymousGuestConversationMember(v) => &v.display_name,
            Self::AzureCommunicationServicesUserConversationMember(v) => &v.display_name,
            Self::MicrosoftAccountUserConversationMember(v) => &v.display_name,
            Self::PhoneUserConversationMember(v) => &v.display_name,
            Self::SkypeForBusinessUserConversationMember(v) => &v.display_name,
            Self::SkypeUserConversationMember(v) => &v.display_name,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ConversationMember(v) => &mut v.display_name,
            Self::AadUserConversationMember(v) => &mut v.display_name,
            Self::AnonymousGuestConversationMember(v) => &mut v.display_name,
            Self::AzureCommunicationServicesUserConversationMember(v) => {
                &mut v.display_name
            }
            Self::MicrosoftAccountUserConversationMember(v) => &mut v.display_name,
            Self::PhoneUserConversationMember(v) => &mut v.display_name,
            Self::SkypeForBusinessUserConversationMember(v) => &mut v.display_name,
            Self::SkypeUserConversationMember(v) => &mut v.display_name,
        }
    }
    /// `roles` of any variant.
    #[inline]
    pub fn roles(&self) -> &rt::Field<::std::vec::Vec<::std::string::String>> {
        match self {
            Self::ConversationMember(v) => &v.roles,
            Self::AadUserConversationMember(v) => &v.roles,
            Self::AnonymousGuestConversationMember(v) => &v.roles,
            Self::AzureCommunicationServicesUserConversationMember(v) => &v.roles,
            Self::MicrosoftAccountUserConversationMember(v) => &v.roles,
            Self::PhoneUserConversationMember(v) => &v.roles,
            Self::SkypeForBusinessUserConversationMember(v) => &v.roles,
            Self::SkypeUserConversationMember(v) => &v.roles,
        }
    }
    /// `roles` of any variant.
    #[inline]
    pub fn roles_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<::std::string::String>> {
        match self {
            Self::ConversationMember(v) => &mut v.roles,
            Self::AadUserConversationMember(v) => &mut v.roles,
            Self::AnonymousGuestConversationMember(v) => &mut v.roles,
            Self::AzureCommunicationServicesUserConversationMember(v) => &mut v.roles,
            Self::MicrosoftAccountUserConversationMember(v) => &mut v.roles,
            Self::PhoneUserConversationMember(v) => &mut v.roles,
            Self::SkypeForBusinessUserConversationMember(v) => &mut v.roles,
            Self::SkypeUserConversationMember(v) => &mut v.roles,
        }
    }
    /// `visibleHistoryStartDateTime` of any variant.
    #[inline]
    pub fn visible_history_start_date_time(
        &self,
    ) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::ConversationMember(v) => &v.visible_history_start_date_time,
            Self::AadUserConversationMember(v) => &v.visible_history_start_date_time,
            Self::AnonymousGuestConversationMember(v) => {
                &v.visible_history_start_date_time
            }
            Self::AzureCommunicationServicesUserConversationMember(v) => {
                &v.visible_history_start_date_time
            }
            Self::MicrosoftAccountUserConversationMember(v) => {
                &v.visible_history_start_date_time
            }
            Self::PhoneUserConversationMember(v) => &v.visible_history_start_date_time,
            Self::SkypeForBusinessUserConversationMember(v) => {
                &v.visible_history_start_date_time
            }
            Self::SkypeUserConversationMember(v) => &v.visible_history_start_date_time,
        }
    }
    /// `visibleHistoryStartDateTime` of any variant.
    #[inline]
    pub fn visible_history_start_date_time_mut(
        &mut self,
    ) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::ConversationMember(v) => &mut v.visible_history_start_date_time,
            Self::AadUserConversationMember(v) => &mut v.visible_history_start_date_time,
            Self::AnonymousGuestConversationMember(v) => {
                &mut v.visible_history_start_date_time
            }
            Self::AzureCommunicationServicesUserConversationMember(v) => {
                &mut v.visible_history_start_date_time
            }
            Self::MicrosoftAccountUserConversationMember(v) => {
                &mut v.visible_history_start_date_time
            }
            Self::PhoneUserConversationMember(v) => {
                &mut v.visible_history_start_date_time
            }
            Self::SkypeForBusinessUserConversationMember(v) => {
                &mut v.visible_history_start_date_time
            }
            Self::SkypeUserConversationMember(v) => {
                &mut v.visible_history_start_date_time
            }
        }
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
rt::impl_poly!(AnyConversationMember);
#[cfg(msgraph_v1_core_or_teamwork)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyConversationMember);
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
/// CSDL: `microsoft.graph.customCalloutExtension`, entity type, derived from `microsoft.graph.entity`, abstract, key `id`.
///
/// Request builders: [`CustomCalloutExtensionPath`](requests/struct.CustomCalloutExtensionPath.html), the type of a path to one.
///
/// Features: `v1`, or one of `v1-identity`, `v1-identity-governance`, `v1-search`.
#[derive(Clone, PartialEq)]
pub struct CustomCalloutExtension {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `authenticationConfiguration`: `microsoft.graph.customExtensionAuthenticationConfiguration`, nullable.
    pub authentication_configuration: rt::Field<
        crate::v1::AnyCustomExtensionAuthenticationConfiguration,
    >,
    /// CSDL: property `clientConfiguration`: `microsoft.graph.customExtensionClientConfiguration`, nullable.
    pub client_configuration: rt::Field<crate::v1::CustomExtensionClientConfiguration>,
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `endpointConfiguration`: `microsoft.graph.customExtensionEndpointConfiguration`, nullable.
    pub endpoint_configuration: rt::Field<
        crate::v1::AnyCustomExtensionEndpointConfiguration,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
impl ::std::default::Default for CustomCalloutExtension {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            authentication_configuration: rt::Field::Absent,
            client_configuration: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            endpoint_configuration: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
impl rt::Object for CustomCalloutExtension {
    const TYPE_NAME: &'static str = "microsoft.graph.customCalloutExtension";
    const KEYS: &'static [&'static str] = &[
        "id",
        "authenticationConfiguration",
        "clientConfiguration",
        "description",
        "displayName",
        "endpointConfiguration",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":",
        ",\"authenticationConfiguration\":",
        ",\"clientConfiguration\":",
        ",\"description\":",
        ",\"displayName\":",
        ",\"endpointConfiguration\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.customCalloutExtension\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.authentication_configuration.read_from(r),
            2usize => self.client_configuration.read_from(r),
            3usize => self.description.read_from(r),
            4usize => self.display_name.read_from(r),
            5usize => self.endpoint_configuration.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.authentication_configuration);
        w.field(2usize, &self.client_configuration);
        w.field(3usize, &self.description);
        w.field(4usize, &self.display_name);
        w.field(5usize, &self.endpoint_configuration);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.id),
            1usize => ::std::option::Option::Some(&self.authentication_configuration),
            2usize => ::std::option::Option::Some(&self.client_configuration),
            3usize => ::std::option::Option::Some(&self.description),
            4usize => ::std::option::Option::Some(&self.display_name),
            5usize => ::std::option::Option::Some(&self.endpoint_configuration),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "id", &self.id);
        d.field(
            1usize,
            "authentication_configuration",
            &self.authentication_configuration,
        );
        d.field(2usize, "client_configuration", &self.client_configuration);
        d.field(3usize, "description", &self.description);
        d.field(4usize, "display_name", &self.display_name);
        d.field(5usize, "endpoint_configuration", &self.endpoint_configuration);
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
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
rt::impl_object!(CustomCalloutExtension);
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
rt::impl_setters!(
    CustomCalloutExtension { with_id id : ::std::string::String;
    with_authentication_configuration authentication_configuration : crate
    ::v1::AnyCustomExtensionAuthenticationConfiguration; with_client_configuration
    client_configuration : crate ::v1::CustomExtensionClientConfiguration;
    with_description description : ::std::string::String; with_display_name display_name
    : ::std::string::String; with_endpoint_configuration endpoint_configuration : crate
    ::v1::AnyCustomExtensionEndpointConfiguration; }
);
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(CustomCalloutExtension);
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
/// `microsoft.graph.customCalloutExtension` or any type derived from it, selected by `@odata.type` (11 types); each variant's type converts into it (`From`).
///
/// Features: `v1`, or one of `v1-identity`, `v1-identity-governance`, `v1-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyCustomCalloutExtension {
    CustomCalloutExtension(::std::boxed::Box<crate::v1::CustomCalloutExtension>),
    #[cfg(msgraph_v1_identity_governance_or_search)]
    AccessPackageAssignmentRequestWorkflowExtension(
        ::std::boxed::Box<crate::v1::AccessPackageAssignmentRequestWorkflowExtension>,
    ),
    #[cfg(msgraph_v1_identity_governance_or_search)]
    AccessPackageAssignmentWorkflowExtension(
        ::std::boxed::Box<crate::v1::AccessPackageAssignmentWorkflowExtension>,
    ),
    CustomAuthenticationExtension(
        ::std::boxed::Box<crate::v1::CustomAuthenticationExtension>,
    ),
    #[cfg(msgraph_v1_identity_governance_or_search)]
    CustomTaskExtension(
        ::std::boxed::Box<crate::v1::identity_governance::CustomTaskExtension>,
    ),
    OnAttributeCollectionStartCustomExtension(
        ::std::boxed::Box<crate::v1::OnAttributeCollectionStartCustomExtension>,
    ),
    OnAttributeCollectionSubmitCustomExtension(
        ::std::boxed::Box<crate::v1::OnAttributeCollectionSubmitCustomExtension>,
    ),
    OnOtpSendCustomExtension(::std::boxed::Box<crate::v1::OnOtpSendCustomExtension>),
    OnPasswordSubmitCustomExtension(
        ::std::boxed::Box<crate::v1::OnPasswordSubmitCustomExtension>,
    ),
    OnTokenIssuanceStartCustomExtension(
        ::std::boxed::Box<crate::v1::OnTokenIssuanceStartCustomExtension>,
    ),
    OnVerifiedIdClaimValidationCustomExtension(
        ::std::boxed::Box<crate::v1::OnVerifiedIdClaimValidationCustomExtension>,
    ),
}
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
impl ::std::default::Default for AnyCustomCalloutExtension {
    #[inline]
    fn default() -> Self {
        Self::CustomCalloutExtension(::std::default::Default::default())
    }
}
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::CustomCalloutExtension>
for AnyCustomCalloutExtension {
    #[inline]
    fn from(v: crate::v1::CustomCalloutExtension) -> Self {
        Self::CustomCalloutExtension(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
#[cfg(msgraph_v1_identity_governance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::AccessPackageAssignmentRequestWorkflowExtension>
for AnyCustomCalloutExtension {
    #[inline]
    fn from(v: crate::v1::AccessPackageAssignmentRequestWorkflowExtension) -> Self {
        Self::AccessPackageAssignmentRequestWorkflowExtension(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
#[cfg(msgraph_v1_identity_governance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::AccessPackageAssignmentWorkflowExtension>
for AnyCustomCalloutExtension {
    #[inline]
    fn from(v: crate::v1::AccessPackageAssignmentWorkflowExtension) -> Self {
        Self::AccessPackageAssignmentWorkflowExtension(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::CustomAuthenticationExtension>
for AnyCustomCalloutExtension {
    #[inline]
    fn from(v: crate::v1::CustomAuthenticationExtension) -> Self {
        Self::CustomAuthenticationExtension(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
#[cfg(msgraph_v1_identity_governance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::identity_governance::CustomTaskExtension>
for AnyCustomCalloutExtension {
    #[inline]
    fn from(v: crate::v1::identity_governance::CustomTaskExtension) -> Self {
        Self::CustomTaskExtension(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::OnAttributeCollectionStartCustomExtension>
for AnyCustomCalloutExtension {
    #[inline]
    fn from(v: crate::v1::OnAttributeCollectionStartCustomExtension) -> Self {
        Self::OnAttributeCollectionStartCustomExtension(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::OnAttributeCollectionSubmitCustomExtension>
for AnyCustomCalloutExtension {
    #[inline]
    fn from(v: crate::v1::OnAttributeCollectionSubmitCustomExtension) -> Self {
        Self::OnAttributeCollectionSubmitCustomExtension(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::OnOtpSendCustomExtension>
for AnyCustomCalloutExtension {
    #[inline]
    fn from(v: crate::v1::OnOtpSendCustomExtension) -> Self {
        Self::OnOtpSendCustomExtension(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::OnPasswordSubmitCustomExtension>
for AnyCustomCalloutExtension {
    #[inline]
    fn from(v: crate::v1::OnPasswordSubmitCustomExtension) -> Self {
        Self::OnPasswordSubmitCustomExtension(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::OnTokenIssuanceStartCustomExtension>
for AnyCustomCalloutExtension {
    #[inline]
    fn from(v: crate::v1::OnTokenIssuanceStartCustomExtension) -> Self {
        Self::OnTokenIssuanceStartCustomExtension(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::OnVerifiedIdClaimValidationCustomExtension>
for AnyCustomCalloutExtension {
    #[inline]
    fn from(v: crate::v1::OnVerifiedIdClaimValidationCustomExtension) -> Self {
        Self::OnVerifiedIdClaimValidationCustomExtension(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
impl rt::Poly for AnyCustomCalloutExtension {
    const BASE_NAME: &'static str = "microsoft.graph.customCalloutExtension";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        match tag {
            #[cfg(msgraph_v1_identity_governance_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.accessPackageAssignmentRequestWorkflowExtension",
            ) => {
                rt::object::read_boxed(r)
                    .map(Self::AccessPackageAssignmentRequestWorkflowExtension)
            }
            #[cfg(msgraph_v1_identity_governance_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.accessPackageAssignmentWorkflowExtension",
            ) => {
                rt::object::read_boxed(r)
                    .map(Self::AccessPackageAssignmentWorkflowExtension)
            }
            ::std::option::Option::Some(
                "microsoft.graph.customAuthenticationExtension",
            ) => rt::object::read_boxed(r).map(Self::CustomAuthenticationExtension),
            #[cfg(msgraph_v1_identity_governance_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.identityGovernance.customTaskExtension",
            ) => rt::object::read_boxed(r).map(Self::CustomTaskExtension),
            ::std::option::Option::Some(
                "microsoft.graph.onAttributeCollectionStartCustomExtension",
            ) => {
                rt::object::read_boxed(r)
                    .map(Self::OnAttributeCollectionStartCustomExtension)
            }
            ::std::option::Option::Some(
                "microsoft.graph.onAttributeCollectionSubmitCustomExtension",
            ) => {
                rt::object::read_boxed(r)
                    .map(Self::OnAttributeCollectionSubmitCustomExtension)
            }
            ::std::option::Option::Some("microsoft.graph.onOtpSendCustomExtension") => {
                rt::object::read_boxed(r).map(Self::OnOtpSendCustomExtension)
            }
            ::std::option::Option::Some(
                "microsoft.graph.onPasswordSubmitCustomExtension",
            ) => rt::object::read_boxed(r).map(Self::OnPasswordSubmitCustomExtension),
            ::std::option::Option::Some(
                "microsoft.graph.onTokenIssuanceStartCustomExtension",
            ) => rt::object::read_boxed(r).map(Self::OnTokenIssuanceStartCustomExtension),
            ::std::option::Option::Some(
                "microsoft.graph.onVerifiedIdClaimValidationCustomExtension",
            ) => {
                rt::object::read_boxed(r)
                    .map(Self::OnVerifiedIdClaimValidationCustomExtension)
            }
            _ => rt::object::read_boxed(r).map(Self::CustomCalloutExtension),
        }
    }
    #[inline]
    fn write_variant(&self, w: &mut rt::Writer) {
        match self {
            Self::CustomCalloutExtension(v) => {
                rt::object::write_object(&**v, w, ::std::option::Option::None)
            }
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessPackageAssignmentRequestWorkflowExtension(v) => {
                rt::object::write_object(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.accessPackageAssignmentRequestWorkflowExtension",
                    ),
                )
            }
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessPackageAssignmentWorkflowExtension(v) => {
                rt::object::write_object(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.accessPackageAssignmentWorkflowExtension",
                    ),
                )
            }
            Self::CustomAuthenticationExtension(v) => {
                rt::object::write_object(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.customAuthenticationExtension",
                    ),
                )
            }
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::CustomTaskExtension(v) => {
                rt::object::write_object(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.identityGovernance.customTaskExtension",
                    ),
                )
            }
            Self::OnAttributeCollectionStartCustomExtension(v) => {
                rt::object::write_object(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.onAttributeCollectionStartCustomExtension",
                    ),
                )
            }
            Self::OnAttributeCollectionSubmitCustomExtension(v) => {
                rt::object::write_object(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.onAttributeCollectionSubmitCustomExtension",
                    ),
                )
            }
            Self::OnOtpSendCustomExtension(v) => {
                rt::object::write_object(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.onOtpSendCustomExtension",
                    ),
                )
            }
            Self::OnPasswordSubmitCustomExtension(v) => {
                rt::object::write_object(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.onPasswordSubmitCustomExtension",
                    ),
                )
            }
            Self::OnTokenIssuanceStartCustomExtension(v) => {
                rt::object::write_object(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.onTokenIssuanceStartCustomExtension",
                    ),
                )
            }
            Self::OnVerifiedIdClaimValidationCustomExtension(v) => {
                rt::object::write_object(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.onVerifiedIdClaimValidationCustomExtension",
                    ),
                )
            }
        }
    }
}
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
impl AnyCustomCalloutExtension {
    /// The qualified CSDL name of the current variant's type.
    #[inline]
    pub fn type_name(&self) -> &'static str {
        match self {
            Self::CustomCalloutExtension(_) => "microsoft.graph.customCalloutExtension",
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessPackageAssignmentRequestWorkflowExtension(_) => {
                "microsoft.graph.accessPackageAssignmentRequestWorkflowExtension"
            }
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessPackageAssignmentWorkflowExtension(_) => {
                "microsoft.graph.accessPackageAssignmentWorkflowExtension"
            }
            Self::CustomAuthenticationExtension(_) => {
                "microsoft.graph.customAuthenticationExtension"
            }
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::CustomTaskExtension(_) => {
                "microsoft.graph.identityGovernance.customTaskExtension"
            }
            Self::OnAttributeCollectionStartCustomExtension(_) => {
                "microsoft.graph.onAttributeCollectionStartCustomExtension"
            }
            Self::OnAttributeCollectionSubmitCustomExtension(_) => {
                "microsoft.graph.onAttributeCollectionSubmitCustomExtension"
            }
            Self::OnOtpSendCustomExtension(_) => {
                "microsoft.graph.onOtpSendCustomExtension"
            }
            Self::OnPasswordSubmitCustomExtension(_) => {
                "microsoft.graph.onPasswordSubmitCustomExtension"
            }
            Self::OnTokenIssuanceStartCustomExtension(_) => {
                "microsoft.graph.onTokenIssuanceStartCustomExtension"
            }
            Self::OnVerifiedIdClaimValidationCustomExtension(_) => {
                "microsoft.graph.onVerifiedIdClaimValidationCustomExtension"
            }
        }
    }
    /// The current variant's unknown members and annotations.
    #[inline]
    pub fn extra(&self) -> &rt::Extra {
        match self {
            Self::CustomCalloutExtension(v) => &v.extra,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessPackageAssignmentRequestWorkflowExtension(v) => &v.extra,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessPackageAssignmentWorkflowExtension(v) => &v.extra,
            Self::CustomAuthenticationExtension(v) => &v.extra,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::CustomTaskExtension(v) => &v.extra,
            Self::OnAttributeCollectionStartCustomExtension(v) => &v.extra,
            Self::OnAttributeCollectionSubmitCustomExtension(v) => &v.extra,
            Self::OnOtpSendCustomExtension(v) => &v.extra,
            Self::OnPasswordSubmitCustomExtension(v) => &v.extra,
            Self::OnTokenIssuanceStartCustomExtension(v) => &v.extra,
            Self::OnVerifiedIdClaimValidationCustomExtension(v) => &v.extra,
        }
    }
    /// The current variant's unknown members and annotations, mutably.
    #[inline]
    pub fn extra_mut(&mut self) -> &mut rt::Extra {
        match self {
            Self::CustomCalloutExtension(v) => &mut v.extra,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessPackageAssignmentRequestWorkflowExtension(v) => &mut v.extra,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessPackageAssignmentWorkflowExtension(v) => &mut v.extra,
            Self::CustomAuthenticationExtension(v) => &mut v.extra,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::CustomTaskExtension(v) => &mut v.extra,
            Self::OnAttributeCollectionStartCustomExtension(v) => &mut v.extra,
            Self::OnAttributeCollectionSubmitCustomExtension(v) => &mut v.extra,
            Self::OnOtpSendCustomExtension(v) => &mut v.extra,
            Self::OnPasswordSubmitCustomExtension(v) => &mut v.extra,
            Self::OnTokenIssuanceStartCustomExtension(v) => &mut v.extra,
            Self::OnVerifiedIdClaimValidationCustomExtension(v) => &mut v.extra,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::CustomCalloutExtension(v) => &v.id,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessPackageAssignmentRequestWorkflowExtension(v) => &v.id,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessPackageAssignmentWorkflowExtension(v) => &v.id,
            Self::CustomAuthenticationExtension(v) => &v.id,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::CustomTaskExtension(v) => &v.id,
            Self::OnAttributeCollectionStartCustomExtension(v) => &v.id,
            Self::OnAttributeCollectionSubmitCustomExtension(v) => &v.id,
            Self::OnOtpSendCustomExtension(v) => &v.id,
            Self::OnPasswordSubmitCustomExtension(v) => &v.id,
            Self::OnTokenIssuanceStartCustomExtension(v) => &v.id,
            Self::OnVerifiedIdClaimValidationCustomExtension(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::CustomCalloutExtension(v) => &mut v.id,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessPackageAssignmentRequestWorkflowExtension(v) => &mut v.id,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessPackageAssignmentWorkflowExtension(v) => &mut v.id,
            Self::CustomAuthenticationExtension(v) => &mut v.id,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::CustomTaskExtension(v) => &mut v.id,
            Self::OnAttributeCollectionStartCustomExtension(v) => &mut v.id,
            Self::OnAttributeCollectionSubmitCustomExtension(v) => &mut v.id,
            Self::OnOtpSendCustomExtension(v) => &mut v.id,
            Self::OnPasswordSubmitCustomExtension(v) => &mut v.id,
            Self::OnTokenIssuanceStartCustomExtension(v) => &mut v.id,
            Self::OnVerifiedIdClaimValidationCustomExtension(v) => &mut v.id,
        }
    }
    /// `authenticationConfiguration` of any variant.
    #[inline]
    pub fn authentication_configuration(
        &self,
    ) -> &rt::Field<crate::v1::AnyCustomExtensionAuthenticationConfiguration> {
        match self {
            Self::CustomCalloutExtension(v) => &v.authentication_configuration,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessPackageAssignmentRequestWorkflowExtension(v) => {
                &v.authentication_configuration
            }
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessPackageAssignmentWorkflowExtension(v) => {
                &v.authentication_configuration
            }
            Self::CustomAuthenticationExtension(v) => &v.authentication_configuration,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::CustomTaskExtension(v) => &v.authentication_configuration,
            Self::OnAttributeCollectionStartCustomExtension(v) => {
                &v.authentication_configuration
            }
            Self::OnAttributeCollectionSubmitCustomExtension(v) => {
                &v.authentication_configuration
            }
            Self::OnOtpSendCustomExtension(v) => &v.authentication_configuration,
            Self::OnPasswordSubmitCustomExtension(v) => &v.authentication_configuration,
            Self::OnTokenIssuanceStartCustomExtension(v) => {
                &v.authentication_configuration
            }
            Self::OnVerifiedIdClaimValidationCustomExtension(v) => {
                &v.authentication_configuration
            }
        }
    }
    /// `authenticationConfiguration` of any variant.
    #[inline]
    pub fn authentication_configuration_mut(
        &mut self,
    ) -> &mut rt::Field<crate::v1::AnyCustomExtensionAuthenticationConfiguration> {
        match self {
            Self::CustomCalloutExtension(v) => &mut v.authentication_configuration,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessPackageAssignmentRequestWorkflowExtension(v) => {
                &mut v.authentication_configuration
            }
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessPackageAssignmentWorkflowExtension(v) => {
                &mut v.authentication_configuration
            }
            Self::CustomAuthenticationExtension(v) => &mut v.authentication_configuration,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::CustomTaskExtension(v) => &mut v.authentication_configuration,
            Self::OnAttributeCollectionStartCustomExtension(v) => {
                &mut v.authentication_configuration
            }
            Self::OnAttributeCollectionSubmitCustomExtension(v) => {
                &mut v.authentication_configuration
            }
            Self::OnOtpSendCustomExtension(v) => &mut v.authentication_configuration,
            Self::OnPasswordSubmitCustomExtension(v) => {
                &mut v.authentication_configuration
            }
            Self::OnTokenIssuanceStartCustomExtension(v) => {
                &mut v.authentication_configuration
            }
            Self::OnVerifiedIdClaimValidationCustomExtension(v) => {
                &mut v.authentication_configuration
            }
        }
    }
    /// `clientConfiguration` of any variant.
    #[inline]
    pub fn client_configuration(
        &self,
    ) -> &rt::Field<crate::v1::CustomExtensionClientConfiguration> {
        match self {
            Self::CustomCalloutExtension(v) => &v.client_configuration,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessPackageAssignmentRequestWorkflowExtension(v) => {
                &v.client_configuration
            }
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessPackageAssignmentWorkflowExtension(v) => &v.client_configuration,
            Self::CustomAuthenticationExtension(v) => &v.client_configuration,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::CustomTaskExtension(v) => &v.client_configuration,
            Self::OnAttributeCollectionStartCustomExtension(v) => &v.client_configuration,
            Self::OnAttributeCollectionSubmitCustomExtension(v) => {
                &v.client_configuration
            }
            Self::OnOtpSendCustomExtension(v) => &v.client_configuration,
            Self::OnPasswordSubmitCustomExtension(v) => &v.client_configuration,
            Self::OnTokenIssuanceStartCustomExtension(v) => &v.client_configuration,
            Self::OnVerifiedIdClaimValidationCustomExtension(v) => {
                &v.client_configuration
            }
        }
    }
    /// `clientConfiguration` of any variant.
    #[inline]
    pub fn client_configuration_mut(
        &mut self,
    ) -> &mut rt::Field<crate::v1::CustomExtensionClientConfiguration> {
        match self {
            Self::CustomCalloutExtension(v) => &mut v.client_configuration,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessPackageAssignmentRequestWorkflowExtension(v) => {
                &mut v.client_configuration
            }
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessPackageAssignmentWorkflowExtension(v) => {
                &mut v.client_configuration
            }
            Self::CustomAuthenticationExtension(v) => &mut v.client_configuration,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::CustomTaskExtension(v) => &mut v.client_configuration,
            Self::OnAttributeCollectionStartCustomExtension(v) => {
                &mut v.client_configuration
            }
            Self::OnAttributeCollectionSubmitCustomExtension(v) => {
                &mut v.client_configuration
            }
            Self::OnOtpSendCustomExtension(v) => &mut v.client_configuration,
            Self::OnPasswordSubmitCustomExtension(v) => &mut v.client_configuration,
            Self::OnTokenIssuanceStartCustomExtension(v) => &mut v.client_configuration,
            Self::OnVerifiedIdClaimValidationCustomExtension(v) => {
                &mut v.client_configuration
            }
        }
    }
    /// `description` of any variant.
    #[inline]
    pub fn description(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::CustomCalloutExtension(v) => &v.description,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessPackageAssignmentRequestWorkflowExtension(v) => &v.description,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessPackageAssignmentWorkflowExtension(v) => &v.description,
            Self::CustomAuthenticationExtension(v) => &v.description,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::CustomTaskExtension(v) => &v.description,
            Self::OnAttributeCollectionStartCustomExtension(v) => &v.description,
            Self::OnAttributeCollectionSubmitCustomExtension(v) => &v.description,
            Self::OnOtpSendCustomExtension(v) => &v.description,
            Self::OnPasswordSubmitCustomExtension(v) => &v.description,
            Self::OnTokenIssuanceStartCustomExtension(v) => &v.description,
            Self::OnVerifiedIdClaimValidationCustomExtension(v) => &v.description,
        }
    }
    /// `description` of any variant.
    #[inline]
    pub fn description_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::CustomCalloutExtension(v) => &mut v.description,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessPackageAssignmentRequestWorkflowExtension(v) => {
                &mut v.description
            }
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessPackageAssignmentWorkflowExtension(v) => &mut v.description,
            Self::CustomAuthenticationExtension(v) => &mut v.description,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::CustomTaskExtension(v) => &mut v.description,
            Self::OnAttributeCollectionStartCustomExtension(v) => &mut v.description,
            Self::OnAttributeCollectionSubmitCustomExtension(v) => &mut v.description,
            Self::OnOtpSendCustomExtension(v) => &mut v.description,
            Self::OnPasswordSubmitCustomExtension(v) => &mut v.description,
            Self::OnTokenIssuanceStartCustomExtension(v) => &mut v.description,
            Self::OnVerifiedIdClaimValidationCustomExtension(v) => &mut v.description,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::CustomCalloutExtension(v) => &v.display_name,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessPackageAssignmentRequestWorkflowExtension(v) => &v.display_name,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessPackageAssignmentWorkflowExtension(v) => &v.display_name,
            Self::CustomAuthenticationExtension(v) => &v.display_name,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::CustomTaskExtension(v) => &v.display_name,
            Self::OnAttributeCollectionStartCustomExtension(v) => &v.display_name,
            Self::OnAttributeCollectionSubmitCustomExtension(v) => &v.display_name,
            Self::OnOtpSendCustomExtension(v) => &v.display_name,
            Self::OnPasswordSubmitCustomExtension(v) => &v.display_name,
            Self::OnTokenIssuanceStartCustomExtension(v) => &v.display_name,
            Self::OnVerifiedIdClaimValidationCustomExtension(v) => &v.display_name,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::CustomCalloutExtension(v) => &mut v.display_name,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessPackageAssignmentRequestWorkflowExtension(v) => {
                &mut v.display_name
            }
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessPackageAssignmentWorkflowExtension(v) => &mut v.display_name,
            Self::CustomAuthenticationExtension(v) => &mut v.display_name,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::CustomTaskExtension(v) => &mut v.display_name,
            Self::OnAttributeCollectionStartCustomExtension(v) => &mut v.display_name,
            Self::OnAttributeCollectionSubmitCustomExtension(v) => &mut v.display_name,
            Self::OnOtpSendCustomExtension(v) => &mut v.display_name,
            Self::OnPasswordSubmitCustomExtension(v) => &mut v.display_name,
            Self::OnTokenIssuanceStartCustomExtension(v) => &mut v.display_name,
            Self::OnVerifiedIdClaimValidationCustomExtension(v) => &mut v.display_name,
        }
    }
    /// `endpointConfiguration` of any variant.
    #[inline]
    pub fn endpoint_configuration(
        &self,
    ) -> &rt::Field<crate::v1::AnyCustomExtensionEndpointConfiguration> {
        match self {
            Self::CustomCalloutExtension(v) => &v.endpoint_configuration,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessPackageAssignmentRequestWorkflowExtension(v) => {
                &v.endpoint_configuration
            }
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessPackageAssignmentWorkflowExtension(v) => {
                &v.endpoint_configuration
            }
            Self::CustomAuthenticationExtension(v) => &v.endpoint_configuration,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::CustomTaskExtension(v) => &v.endpoint_configuration,
            Self::OnAttributeCollectionStartCustomExtension(v) => {
                &v.endpoint_configuration
            }
            Self::OnAttributeCollectionSubmitCustomExtension(v) => {
                &v.endpoint_configuration
            }
            Self::OnOtpSendCustomExtension(v) => &v.endpoint_configuration,
            Self::OnPasswordSubmitCustomExtension(v) => &v.endpoint_configuration,
            Self::OnTokenIssuanceStartCustomExtension(v) => &v.endpoint_configuration,
            Self::OnVerifiedIdClaimValidationCustomExtension(v) => {
                &v.endpoint_configuration
            }
        }
    }
    /// `endpointConfiguration` of any variant.
    #[inline]
    pub fn endpoint_configuration_mut(
        &mut self,
    ) -> &mut rt::Field<crate::v1::AnyCustomExtensionEndpointConfiguration> {
        match self {
            Self::CustomCalloutExtension(v) => &mut v.endpoint_configuration,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessPackageAssignmentRequestWorkflowExtension(v) => {
                &mut v.endpoint_configuration
            }
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessPackageAssignmentWorkflowExtension(v) => {
                &mut v.endpoint_configuration
            }
            Self::CustomAuthenticationExtension(v) => &mut v.endpoint_configuration,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::CustomTaskExtension(v) => &mut v.endpoint_configuration,
            Self::OnAttributeCollectionStartCustomExtension(v) => {
                &mut v.endpoint_configuration
            }
            Self::OnAttributeCollectionSubmitCustomExtension(v) => {
                &mut v.endpoint_configuration
            }
            Self::OnOtpSendCustomExtension(v) => &mut v.endpoint_configuration,
            Self::OnPasswordSubmitCustomExtension(v) => &mut v.endpoint_configuration,
            Self::OnTokenIssuanceStartCustomExtension(v) => &mut v.endpoint_configuration,
            Self::OnVerifiedIdClaimValidationCustomExtension(v) => {
                &mut v.endpoint_configuration
            }
        }
    }
}
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
rt::impl_poly!(AnyCustomCalloutExtension);
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyCustomCalloutExtension);
#[cfg(msgraph_v1_identity_governance_or_search)]
/// CSDL: `microsoft.graph.customExtensionCallbackConfiguration`, complex type, abstract.
///
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
#[derive(Clone, PartialEq)]
pub struct CustomExtensionCallbackConfiguration {
    /// CSDL: property `timeoutDuration`: `Edm.Duration`, nullable.
    pub timeout_duration: rt::Field<rt::edm::Duration>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl ::std::default::Default for CustomExtensionCallbackConfiguration {
    #[inline]
    fn default() -> Self {
        Self {
            timeout_duration: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::Object for CustomExtensionCallbackConfiguration {
    const TYPE_NAME: &'static str = "microsoft.graph.customExtensionCallbackConfiguration";
    const KEYS: &'static [&'static str] = &["timeoutDuration"];
    const KEYS_JSON: &'static [&'static str] = &[",\"timeoutDuration\":"];
    const TAG: &'static str = "\"#microsoft.graph.customExtensionCallbackConfiguration\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.timeout_duration.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.timeout_duration);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.timeout_duration),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "timeout_duration", &self.timeout_duration);
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
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_object!(CustomExtensionCallbackConfiguration);
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_setters!(
    CustomExtensionCallbackConfiguration { with_timeout_duration timeout_duration :
    rt::edm::Duration; }
);
#[cfg(msgraph_v1_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(CustomExtensionCallbackConfiguration);
#[cfg(msgraph_v1_identity_governance_or_search)]
/// `microsoft.graph.customExtensionCallbackConfiguration` or any type derived from it, selected by `@odata.type` (3 types); each variant's type converts into it (`From`).
///
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyCustomExtensionCallbackConfiguration {
    CustomExtensionCallbackConfiguration(
        ::std::boxed::Box<crate::v1::CustomExtensionCallbackConfiguration>,
    ),
    AccessPackageRequestApprovalStageCallbackConfiguration(
        ::std::boxed::Box<
            crate::v1::AccessPackageRequestApprovalStageCallbackConfiguration,
        >,
    ),
    CustomTaskExtensionCallbackConfiguration(
        ::std::boxed::Box<
            crate::v1::identity_governance::CustomTaskExtensionCallbackConfiguration,
        >,
    ),
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl ::std::default::Default for AnyCustomExtensionCallbackConfiguration {
    #[inline]
    fn default() -> Self {
        Self::CustomExtensionCallbackConfiguration(::std::default::Default::default())
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::CustomExtensionCallbackConfiguration>
for AnyCustomExtensionCallbackConfiguration {
    #[inline]
    fn from(v: crate::v1::CustomExtensionCallbackConfiguration) -> Self {
        Self::CustomExtensionCallbackConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<
    crate::v1::AccessPackageRequestApprovalStageCallbackConfiguration,
> for AnyCustomExtensionCallbackConfiguration {
    #[inline]
    fn from(
        v: crate::v1::AccessPackageRequestApprovalStageCallbackConfiguration,
    ) -> Self {
        Self::AccessPackageRequestApprovalStageCallbackConfiguration(
            ::std::boxed::Box::new(v),
        )
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<
    crate::v1::identity_governance::CustomTaskExtensionCallbackConfiguration,
> for AnyCustomExtensionCallbackConfiguration {
    #[inline]
    fn from(
        v: crate::v1::identity_governance::CustomTaskExtensionCallbackConfiguration,
    ) -> Self {
        Self::CustomTaskExtensionCallbackConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::Poly for AnyCustomExtensionCallbackConfiguration {
    const BASE_NAME: &'static str = "microsoft.graph.customExtensionCallbackConfiguration";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        match tag {
            ::std::option::Option::Some(
                "microsoft.graph.accessPackageRequestApprovalStageCallbackConfiguration",
            ) => {
                rt::object::read_boxed(r)
                    .map(Self::AccessPackageRequestApprovalStageCallbackConfiguration)
            }
            ::std::option::Option::Some(
                "microsoft.graph.identityGovernance.customTaskExtensionCallbackConfiguration",
            ) => {
                rt::object::read_boxed(r)
                    .map(Self::CustomTaskExtensionCallbackConfiguration)
            }
            _ => {
                rt::object::read_boxed(r).map(Self::CustomExtensionCallbackConfiguration)
            }
        }
    }
    #[inline]
    fn write_variant(&self, w: &mut rt::Writer) {
        match self {
            Self::CustomExtensionCallbackConfiguration(v) => {
                rt::object::write_object(&**v, w, ::std::option::Option::None)
            }
            Self::AccessPackageRequestApprovalStageCallbackConfiguration(v) => {
                rt::object::write_object(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.accessPackageRequestApprovalStageCallbackConfiguration",
                    ),
                )
            }
            Self::CustomTaskExtensionCallbackConfiguration(v) => {
                rt::object::write_object(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.identityGovernance.customTaskExtensionCallbackConfiguration",
                    ),
                )
            }
        }
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl AnyCustomExtensionCallbackConfiguration {
    /// The qualified CSDL name of the current variant's type.
    #[inline]
    pub fn type_name(&self) -> &'static str {
        match self {
            Self::CustomExtensionCallbackConfiguration(_) => {
                "microsoft.graph.customExtensionCallbackConfiguration"
            }
            Self::AccessPackageRequestApprovalStageCallbackConfiguration(_) => {
                "microsoft.graph.accessPackageRequestApprovalStageCallbackConfiguration"
            }
            Self::CustomTaskExtensionCallbackConfiguration(_) => {
                "microsoft.graph.identityGovernance.customTaskExtensionCallbackConfiguration"
            }
        }
    }
    /// The current variant's unknown members and annotations.
    #[inline]
    pub fn extra(&self) -> &rt::Extra {
        match self {
            Self::CustomExtensionCallbackConfiguration(v) => &v.extra,
            Self::AccessPackageRequestApprovalStageCallbackConfiguration(v) => &v.extra,
            Self::CustomTaskExtensionCallbackConfiguration(v) => &v.extra,
        }
    }
    /// The current variant's unknown members and annotations, mutably.
    #[inline]
    pub fn extra_mut(&mut self) -> &mut rt::Extra {
        match self {
            Self::CustomExtensionCallbackConfiguration(v) => &mut v.extra,
            Self::AccessPackageRequestApprovalStageCallbackConfiguration(v) => {
                &mut v.extra
            }
            Self::CustomTaskExtensionCallbackConfiguration(v) => &mut v.extra,
        }
    }
    /// `timeoutDuration` of any variant.
    #[inline]
    pub fn timeout_duration(&self) -> &rt::Field<rt::edm::Duration> {
        match self {
            Self::CustomExtensionCallbackConfiguration(v) => &v.timeout_duration,
            Self::AccessPackageRequestApprovalStageCallbackConfiguration(v) => {
                &v.timeout_duration
            }
            Self::CustomTaskExtensionCallbackConfiguration(v) => &v.timeout_duration,
        }
    }
    /// `timeoutDuration` of any variant.
    #[inline]
    pub fn timeout_duration_mut(&mut self) -> &mut rt::Field<rt::edm::Duration> {
        match self {
            Self::CustomExtensionCallbackConfiguration(v) => &mut v.timeout_duration,
            Self::AccessPackageRequestApprovalStageCallbackConfiguration(v) => {
                &mut v.timeout_duration
            }
            Self::CustomTaskExtensionCallbackConfiguration(v) => &mut v.timeout_duration,
        }
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_poly!(AnyCustomExtensionCallbackConfiguration);
#[cfg(msgraph_v1_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyCustomExtensionCallbackConfiguration);
#[cfg(msgraph_v1_any_area)]
/// CSDL: `microsoft.graph.customExtensionCalloutRequest`, complex type.
///
/// Feature: `v1` or any `v1-*` area feature.
#[derive(Clone, PartialEq)]
pub struct CustomExtensionCalloutRequest {
    /// CSDL: property `data`: `microsoft.graph.customExtensionData`, nullable.
    pub data: rt::Field<crate::v1::AnyCustomExtensionData>,
    /// CSDL: property `source`: `Edm.String`, nullable.
    pub source: rt::Field<::std::string::String>,
    /// CSDL: property `type`: `Edm.String`, nullable.
    pub type_: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_any_area)]
impl ::std::default::Default for CustomExtensionCalloutRequest {
    #[inline]
    fn default() -> Self {
        Self {
            data: rt::Field::Absent,
            source: rt::Field::Absent,
            type_: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_any_area)]
impl rt::Object for CustomExtensionCalloutRequest {
    const TYPE_NAME: &'static str = "microsoft.graph.customExtensionCalloutRequest";
    const KEYS: &'static [&'static str] = &["data", "source", "type"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"data\":",
        ",\"source\":",
        ",\"type\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.customExtensionCalloutRequest\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.data.read_from(r),
            1usize => self.source.read_from(r),
            2usize => self.type_.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.data);
        w.field(1usize, &self.source);
        w.field(2usize, &self.type_);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.data),
            1usize => ::std::option::Option::Some(&self.source),
            2usize => ::std::option::Option::Some(&self.type_),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "data", &self.data);
        d.field(1usize, "source", &self.source);
        d.field(2usize, "type_", &self.type_);
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
#[cfg(msgraph_v1_any_area)]
rt::impl_object!(CustomExtensionCalloutRequest);
#[cfg(msgraph_v1_any_area)]
rt::impl_setters!(
    CustomExtensionCalloutRequest { with_data data : crate ::v1::AnyCustomExtensionData;
    with_source source : ::std::string::String; with_type type_ : ::std::string::String;
    }
);
#[cfg(msgraph_v1_any_area)]
#[cfg(feature = "serde")]
rt::impl_serde!(CustomExtensionCalloutRequest);
#[cfg(msgraph_v1_any_area)]
/// CSDL: `microsoft.graph.customExtensionCalloutResponse`, complex type.
///
/// Feature: `v1` or any `v1-*` area feature.
#[derive(Clone, PartialEq)]
pub struct CustomExtensionCalloutResponse {
    /// CSDL: property `data`: `microsoft.graph.customExtensionData`, nullable.
    pub data: rt::Field<crate::v1::AnyCustomExtensionData>,
    /// CSDL: property `source`: `Edm.String`, nullable.
    pub source: rt::Field<::std::string::String>,
    /// CSDL: property `type`: `Edm.String`, nullable.
    pub type_: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_any_area)]
impl ::std::default::Default for CustomExtensionCalloutResponse {
    #[inline]
    fn default() -> Self {
        Self {
            data: rt::Field::Absent,
            source: rt::Field::Absent,
            type_: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_any_area)]
impl rt::Object for CustomExtensionCalloutResponse {
    const TYPE_NAME: &'static str = "microsoft.graph.customExtensionCalloutResponse";
    const KEYS: &'static [&'static str] = &["data", "source", "type"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"data\":",
        ",\"source\":",
        ",\"type\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.customExtensionCalloutResponse\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.data.read_from(r),
            1usize => self.source.read_from(r),
            2usize => self.type_.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.data);
        w.field(1usize, &self.source);
        w.field(2usize, &self.type_);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.data),
            1usize => ::std::option::Option::Some(&self.source),
            2usize => ::std::option::Option::Some(&self.type_),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "data", &self.data);
        d.field(1usize, "source", &self.source);
        d.field(2usize, "type_", &self.type_);
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
#[cfg(msgraph_v1_any_area)]
rt::impl_object!(CustomExtensionCalloutResponse);
#[cfg(msgraph_v1_any_area)]
rt::impl_setters!(
    CustomExtensionCalloutResponse { with_data data : crate ::v1::AnyCustomExtensionData;
    with_source source : ::std::string::String; with_type type_ : ::std::string::String;
    }
);
#[cfg(msgraph_v1_any_area)]
#[cfg(feature = "serde")]
rt::impl_serde!(CustomExtensionCalloutResponse);
#[cfg(msgraph_v1_any_area)]
/// CSDL: `microsoft.graph.customExtensionData`, complex type, abstract.
///
/// Feature: `v1` or any `v1-*` area feature.
#[derive(Clone, PartialEq)]
pub struct CustomExtensionData {
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_any_area)]
impl ::std::default::Default for CustomExtensionData {
    #[inline]
    fn default() -> Self {
        Self {
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_any_area)]
impl rt::Object for CustomExtensionData {
    const TYPE_NAME: &'static str = "microsoft.graph.customExtensionData";
    const KEYS: &'static [&'static str] = &[];
    const KEYS_JSON: &'static [&'static str] = &[];
    const TAG: &'static str = "\"#microsoft.graph.customExtensionData\"";
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
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    #[allow(unused_variables)]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {}
    #[inline]
    fn extra(&self) -> &rt::Extra {
        &self.extra
    }
    #[inline]
    fn extra_mut(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_any_area)]
rt::impl_object!(CustomExtensionData);
#[cfg(msgraph_v1_any_area)]
#[cfg(feature = "serde")]
rt::impl_serde!(CustomExtensionData);
#[cfg(msgraph_v1_any_area)]
/// `microsoft.graph.customExtensionData` or any type derived from it, selected by `@odata.type` (5 types); each variant's type converts into it (`From`).
///
/// Feature: `v1` or any `v1-*` area feature.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyCustomExtensionData {
    CustomExtensionData(::std::boxed::Box<crate::v1::CustomExtensionData>),
    AccessPackageAssignmentRequestCallbackData(
        ::std::boxed::Box<crate::v1::AccessPackageAssignmentRequestCallbackData>,
    ),
    AssignmentRequestApprovalStageCallbackData(
        ::std::boxed::Box<crate::v1::AssignmentRequestApprovalStageCallbackData>,
    ),
    CustomTaskExtensionCallbackData(
        ::std::boxed::Box<
            crate::v1::identity_governance::CustomTaskExtensionCallbackData,
        >,
    ),
    CustomTaskExtensionCalloutData(
        ::std::boxed::Box<crate::v1::identity_governance::CustomTaskExtensionCalloutData>,
    ),
}
#[cfg(msgraph_v1_any_area)]
impl ::std::default::Default for AnyCustomExtensionData {
    #[inline]
    fn default() -> Self {
        Self::CustomExtensionData(::std::default::Default::default())
    }
}
#[cfg(msgraph_v1_any_area)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::CustomExtensionData> for AnyCustomExtensionData {
    #[inline]
    fn from(v: crate::v1::CustomExtensionData) -> Self {
        Self::CustomExtensionData(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::AccessPackageAssignmentRequestCallbackData>
for AnyCustomExtensionData {
    #[inline]
    fn from(v: crate::v1::AccessPackageAssignmentRequestCallbackData) -> Self {
        Self::AccessPackageAssignmentRequestCallbackData(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::AssignmentRequestApprovalStageCallbackData>
for AnyCustomExtensionData {
    #[inline]
    fn from(v: crate::v1::AssignmentRequestApprovalStageCallbackData) -> Self {
        Self::AssignmentRequestApprovalStageCallbackData(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area)]
#[doc(hidden)]
impl ::std::convert::From<
    crate::v1::identity_governance::CustomTaskExtensionCallbackData,
> for AnyCustomExtensionData {
    #[inline]
    fn from(v: crate::v1::identity_governance::CustomTaskExtensionCallbackData) -> Self {
        Self::CustomTaskExtensionCallbackData(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::identity_governance::CustomTaskExtensionCalloutData>
for AnyCustomExtensionData {
    #[inline]
    fn from(v: crate::v1::identity_governance::CustomTaskExtensionCalloutData) -> Self {
        Self::CustomTaskExtensionCalloutData(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area)]
impl rt::Poly for AnyCustomExtensionData {
    const BASE_NAME: &'static str = "microsoft.graph.customExtensionData";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        match tag {
            ::std::option::Option::Some(
                "microsoft.graph.accessPackageAssignmentRequestCallbackData",
            ) => {
                rt::object::read_boxed(r)
                    .map(Self::AccessPackageAssignmentRequestCallbackData)
            }
            ::std::option::Option::Some(
                "microsoft.graph.assignmentRequestApprovalStageCallbackData",
            ) => {
                rt::object::read_boxed(r)
                    .map(Self::AssignmentRequestApprovalStageCallbackData)
            }
            ::std::option::Option::Some(
                "microsoft.graph.identityGovernance.customTaskExtensionCallbackData",
            ) => rt::object::read_boxed(r).map(Self::CustomTaskExtensionCallbackData),
            ::std::option::Option::Some(
                "microsoft.graph.identityGovernance.customTaskExtensionCalloutData",
            ) => rt::object::read_boxed(r).map(Self::CustomTaskExtensionCalloutData),
            _ => rt::object::read_boxed(r).map(Self::CustomExtensionData),
        }
    }
    #[inline]
    fn write_variant(&self, w: &mut rt::Writer) {
        match self {
            Self::CustomExtensionData(v) => {
                rt::object::write_object(&**v, w, ::std::option::Option::None)
            }
            Self::AccessPackageAssignmentRequestCallbackData(v) => {
                rt::object::write_object(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.accessPackageAssignmentRequestCallbackData",
                    ),
                )
            }
            Self::AssignmentRequestApprovalStageCallbackData(v) => {
                rt::object::write_object(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.assignmentRequestApprovalStageCallbackData",
                    ),
                )
            }
            Self::CustomTaskExtensionCallbackData(v) => {
                rt::object::write_object(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.identityGovernance.customTaskExtensionCallbackData",
                    ),
                )
            }
            Self::CustomTaskExtensionCalloutData(v) => {
                rt::object::write_object(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.identityGovernance.customTaskExtensionCalloutData",
                    ),
                )
            }
        }
    }
}
#[cfg(msgraph_v1_any_area)]
impl AnyCustomExtensionData {
    /// The qualified CSDL name of the current variant's type.
    #[inline]
    pub fn type_name(&self) -> &'static str {
        match self {
            Self::CustomExtensionData(_) => "microsoft.graph.customExtensionData",
            Self::AccessPackageAssignmentRequestCallbackData(_) => {
                "microsoft.graph.accessPackageAssignmentRequestCallbackData"
            }
            Self::AssignmentRequestApprovalStageCallbackData(_) => {
                "microsoft.graph.assignmentRequestApprovalStageCallbackData"
            }
            Self::CustomTaskExtensionCallbackData(_) => {
                "microsoft.graph.identityGovernance.customTaskExtensionCallbackData"
            }
            Self::CustomTaskExtensionCalloutData(_) => {
                "microsoft.graph.identityGovernance.customTaskExtensionCalloutData"
            }
        }
    }
    /// The current variant's unknown members and annotations.
    #[inline]
    pub fn extra(&self) -> &rt::Extra {
        match self {
            Self::CustomExtensionData(v) => &v.extra,
            Self::AccessPackageAssignmentRequestCallbackData(v) => &v.extra,
            Self::AssignmentRequestApprovalStageCallbackData(v) => &v.extra,
            Self::CustomTaskExtensionCallbackData(v) => &v.extra,
            Self::CustomTaskExtensionCalloutData(v) => &v.extra,
        }
    }
    /// The current variant's unknown members and annotations, mutably.
    #[inline]
    pub fn extra_mut(&mut self) -> &mut rt::Extra {
        match self {
            Self::CustomExtensionData(v) => &mut v.extra,
            Self::AccessPackageAssignmentRequestCallbackData(v) => &mut v.extra,
            Self::AssignmentRequestApprovalStageCallbackData(v) => &mut v.extra,
            Self::CustomTaskExtensionCallbackData(v) => &mut v.extra,
            Self::CustomTaskExtensionCalloutData(v) => &mut v.extra,
        }
    }
}
#[cfg(msgraph_v1_any_area)]
rt::impl_poly!(AnyCustomExtensionData);
#[cfg(msgraph_v1_any_area)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyCustomExtensionData);
#[cfg(msgraph_v1_identity_governance_or_search)]
/// CSDL: `microsoft.graph.customExtensionStageSetting`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`CustomExtensionStageSettingPath`](requests/struct.CustomExtensionStageSettingPath.html), the type of a path to one.
///
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
#[derive(Clone, PartialEq)]
pub struct CustomExtensionStageSetting {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `stage`: `microsoft.graph.accessPackageCustomExtensionStage`, not nullable.
    pub stage: rt::Field<crate::v1::AccessPackageCustomExtensionStage>,
    /// CSDL: navigation property `customExtension`: `microsoft.graph.customCalloutExtension`, nullable.
    pub custom_extension: rt::Field<crate::v1::AnyCustomCalloutExtension>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl ::std::default::Default for CustomExtensionStageSetting {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            stage: rt::Field::Absent,
            custom_extension: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::Object for CustomExtensionStageSetting {
    const TYPE_NAME: &'static str = "microsoft.graph.customExtensionStageSetting";
    const KEYS: &'static [&'static str] = &["id", "stage", "customExtension"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":",
        ",\"stage\":",
        ",\"customExtension\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.customExtensionStageSetting\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.stage.read_from(r),
            2usize => self.custom_extension.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.stage);
        w.field(2usize, &self.custom_extension);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.id),
            1usize => ::std::option::Option::Some(&self.stage),
            2usize => ::std::option::Option::Some(&self.custom_extension),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "id", &self.id);
        d.field(1usize, "stage", &self.stage);
        d.field(2usize, "custom_extension", &self.custom_extension);
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
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_object!(CustomExtensionStageSetting);
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_setters!(
    CustomExtensionStageSetting { with_id id : ::std::string::String; with_stage stage :
    crate ::v1::AccessPackageCustomExtensionStage; with_custom_extension custom_extension
    : crate ::v1::AnyCustomCalloutExtension; }
);
#[cfg(msgraph_v1_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(CustomExtensionStageSetting);
