//! Types of `microsoft.graph` by the first letters of their names (`b_d`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
/// CSDL: `microsoft.graph.baseItem`, entity type, derived from `microsoft.graph.entity`, abstract, key `id`.
///
/// Request builders: [`BaseItemPath`](requests/trait.BaseItemPath.html), what a path to one (`EntityPath<AnyBaseItem, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-drives`, `v1-group-setting-templates` and 14 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
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
    ];
    const TAG: &'static str = "\"#microsoft.graph.baseItem\"";
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
        #[cfg(msgraph_v1_core)]
        v.field(10usize, "created_by_user", &self.created_by_user);
        #[cfg(msgraph_v1_core)]
        v.field(11usize, "last_modified_by_user", &self.last_modified_by_user);
    }
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
impl rt::object::Members for BaseItem {
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
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
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
unsafe impl ::std::marker::Send for AnyBaseItem {}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
unsafe impl ::std::marker::Sync for AnyBaseItem {}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
impl ::std::marker::Unpin for AnyBaseItem {}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
impl ::std::panic::UnwindSafe for AnyBaseItem {}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
impl ::std::panic::RefUnwindSafe for AnyBaseItem {}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
const _: () = {
    rt::object::auto_traits::<crate::v1::BaseItem>();
    #[cfg(msgraph_v1_core_or_sites)]
    rt::object::auto_traits::<crate::v1::BaseSitePage>();
    #[cfg(msgraph_v1_drives_or_search)]
    rt::object::auto_traits::<crate::v1::Drive>();
    #[cfg(msgraph_v1_drives_or_search)]
    rt::object::auto_traits::<crate::v1::DriveItem>();
    #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
    rt::object::auto_traits::<crate::v1::List>();
    #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
    rt::object::auto_traits::<crate::v1::ListItem>();
    #[cfg(msgraph_v1_search_or_storage)]
    rt::object::auto_traits::<crate::v1::RecycleBin>();
    #[cfg(msgraph_v1_search_or_storage)]
    rt::object::auto_traits::<crate::v1::RecycleBinItem>();
    #[cfg(msgraph_v1_search_or_shares)]
    rt::object::auto_traits::<crate::v1::SharedDriveItem>();
    #[cfg(msgraph_v1_core_or_sites)]
    rt::object::auto_traits::<crate::v1::Site>();
    #[cfg(msgraph_v1_core_or_sites)]
    rt::object::auto_traits::<crate::v1::SitePage>();
};
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
impl rt::Poly for AnyBaseItem {
    const BASE_NAME: &'static str = "microsoft.graph.baseItem";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            #[cfg(msgraph_v1_core_or_sites)]
            ::std::option::Option::Some("microsoft.graph.baseSitePage") => {
                Self::BaseSitePage(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_drives_or_search)]
            ::std::option::Option::Some("microsoft.graph.drive") => {
                Self::Drive(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_drives_or_search)]
            ::std::option::Option::Some("microsoft.graph.driveItem") => {
                Self::DriveItem(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
            ::std::option::Option::Some("microsoft.graph.list") => {
                Self::List(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
            ::std::option::Option::Some("microsoft.graph.listItem") => {
                Self::ListItem(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_search_or_storage)]
            ::std::option::Option::Some("microsoft.graph.recycleBin") => {
                Self::RecycleBin(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_search_or_storage)]
            ::std::option::Option::Some("microsoft.graph.recycleBinItem") => {
                Self::RecycleBinItem(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_search_or_shares)]
            ::std::option::Option::Some("microsoft.graph.sharedDriveItem") => {
                Self::SharedDriveItem(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_core_or_sites)]
            ::std::option::Option::Some("microsoft.graph.site") => {
                Self::Site(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_core_or_sites)]
            ::std::option::Option::Some("microsoft.graph.sitePage") => {
                Self::SitePage(rt::object::new_boxed())
            }
            _ => Self::BaseItem(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::BaseItem(v) => &**v,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::BaseSitePage(v) => &**v,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::Drive(v) => &**v,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::DriveItem(v) => &**v,
            #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
            Self::List(v) => &**v,
            #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
            Self::ListItem(v) => &**v,
            #[cfg(msgraph_v1_search_or_storage)]
            Self::RecycleBin(v) => &**v,
            #[cfg(msgraph_v1_search_or_storage)]
            Self::RecycleBinItem(v) => &**v,
            #[cfg(msgraph_v1_search_or_shares)]
            Self::SharedDriveItem(v) => &**v,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::Site(v) => &**v,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::SitePage(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::BaseItem(v) => &mut **v,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::BaseSitePage(v) => &mut **v,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::Drive(v) => &mut **v,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::DriveItem(v) => &mut **v,
            #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
            Self::List(v) => &mut **v,
            #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
            Self::ListItem(v) => &mut **v,
            #[cfg(msgraph_v1_search_or_storage)]
            Self::RecycleBin(v) => &mut **v,
            #[cfg(msgraph_v1_search_or_storage)]
            Self::RecycleBinItem(v) => &mut **v,
            #[cfg(msgraph_v1_search_or_shares)]
            Self::SharedDriveItem(v) => &mut **v,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::Site(v) => &mut **v,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::SitePage(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
impl AnyBaseItem {
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
/// Request builders: [`BaseSitePagePath`](requests/trait.BaseSitePagePath.html), what a path to one (`EntityPath<AnyBaseSitePage, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
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
        ",\"pageLayout\":                   ",
        ",\"publishingState\":              ",
        ",\"title\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.baseSitePage\"";
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
        #[cfg(msgraph_v1_core)]
        v.field(10usize, "created_by_user", &self.created_by_user);
        #[cfg(msgraph_v1_core)]
        v.field(11usize, "last_modified_by_user", &self.last_modified_by_user);
        v.field(12usize, "page_layout", &self.page_layout);
        v.field(13usize, "publishing_state", &self.publishing_state);
        v.field(14usize, "title", &self.title);
    }
}
#[cfg(msgraph_v1_core_or_sites)]
impl rt::object::Members for BaseSitePage {
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
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
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
unsafe impl ::std::marker::Send for AnyBaseSitePage {}
#[cfg(msgraph_v1_core_or_sites)]
unsafe impl ::std::marker::Sync for AnyBaseSitePage {}
#[cfg(msgraph_v1_core_or_sites)]
impl ::std::marker::Unpin for AnyBaseSitePage {}
#[cfg(msgraph_v1_core_or_sites)]
impl ::std::panic::UnwindSafe for AnyBaseSitePage {}
#[cfg(msgraph_v1_core_or_sites)]
impl ::std::panic::RefUnwindSafe for AnyBaseSitePage {}
#[cfg(msgraph_v1_core_or_sites)]
const _: () = {
    rt::object::auto_traits::<crate::v1::BaseSitePage>();
    rt::object::auto_traits::<crate::v1::SitePage>();
};
#[cfg(msgraph_v1_core_or_sites)]
impl rt::Poly for AnyBaseSitePage {
    const BASE_NAME: &'static str = "microsoft.graph.baseSitePage";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some("microsoft.graph.sitePage") => {
                Self::SitePage(rt::object::new_boxed())
            }
            _ => Self::BaseSitePage(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::BaseSitePage(v) => &**v,
            Self::SitePage(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::BaseSitePage(v) => &mut **v,
            Self::SitePage(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_v1_core_or_sites)]
impl AnyBaseSitePage {
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
/// Request builders: [`ChannelPath`](requests/trait.ChannelPath.html), what a path to one (`EntityPath<Channel, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
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
        ",\"id\":                           ",
        ",\"createdDateTime\":              ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"email\":                        ",
        ",\"isArchived\":                   ",
        ",\"isFavoriteByDefault\":          ",
        ",\"layoutType\":                   ",
        ",\"membershipType\":               ",
        ",\"migrationMode\":                ",
        ",\"originalCreatedDateTime\":      ",
        ",\"summary\":                      ",
        ",\"tenantId\":                     ",
        ",\"webUrl\":                       ",
        ",\"allMembers\":                   ",
        ",\"enabledApps\":                  ",
        ",\"filesFolder\":                  ",
        ",\"members\":                      ",
        ",\"messages\":                     ",
        ",\"sharedWithTeams\":              ",
        ",\"tabs\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.channel\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_date_time", &self.created_date_time);
        v.field(2usize, "description", &self.description);
        v.field(3usize, "display_name", &self.display_name);
        v.field(4usize, "email", &self.email);
        v.field(5usize, "is_archived", &self.is_archived);
        v.field(6usize, "is_favorite_by_default", &self.is_favorite_by_default);
        v.field(7usize, "layout_type", &self.layout_type);
        v.field(8usize, "membership_type", &self.membership_type);
        v.field(9usize, "migration_mode", &self.migration_mode);
        v.field(10usize, "original_created_date_time", &self.original_created_date_time);
        v.field(11usize, "summary", &self.summary);
        v.field(12usize, "tenant_id", &self.tenant_id);
        v.field(13usize, "web_url", &self.web_url);
        v.field(14usize, "all_members", &self.all_members);
        #[cfg(msgraph_v1_app_catalogs_or_search)]
        v.field(15usize, "enabled_apps", &self.enabled_apps);
        #[cfg(msgraph_v1_drives_or_search)]
        v.field(16usize, "files_folder", &self.files_folder);
        v.field(17usize, "members", &self.members);
        v.field(18usize, "messages", &self.messages);
        v.field(19usize, "shared_with_teams", &self.shared_with_teams);
        v.field(20usize, "tabs", &self.tabs);
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl rt::object::Members for Channel {
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
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
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
/// Request builders: [`ChatPath`](requests/trait.ChatPath.html), what a path to one (`EntityPath<Chat, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
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
        ",\"id\":                           ",
        ",\"chatType\":                     ",
        ",\"createdDateTime\":              ",
        ",\"isHiddenForAllMembers\":        ",
        ",\"lastUpdatedDateTime\":          ",
        ",\"migrationMode\":                ",
        ",\"onlineMeetingInfo\":            ",
        ",\"originalCreatedDateTime\":      ",
        ",\"tenantId\":                     ",
        ",\"topic\":                        ",
        ",\"viewpoint\":                    ",
        ",\"webUrl\":                       ",
        ",\"installedApps\":                ",
        ",\"lastMessagePreview\":           ",
        ",\"members\":                      ",
        ",\"messages\":                     ",
        ",\"permissionGrants\":             ",
        ",\"pinnedMessages\":               ",
        ",\"tabs\":                         ",
        ",\"targetedMessages\":             ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.chat\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "chat_type", &self.chat_type);
        v.field(2usize, "created_date_time", &self.created_date_time);
        v.field(3usize, "is_hidden_for_all_members", &self.is_hidden_for_all_members);
        v.field(4usize, "last_updated_date_time", &self.last_updated_date_time);
        v.field(5usize, "migration_mode", &self.migration_mode);
        v.field(6usize, "online_meeting_info", &self.online_meeting_info);
        v.field(7usize, "original_created_date_time", &self.original_created_date_time);
        v.field(8usize, "tenant_id", &self.tenant_id);
        v.field(9usize, "topic", &self.topic);
        v.field(10usize, "viewpoint", &self.viewpoint);
        v.field(11usize, "web_url", &self.web_url);
        v.field(12usize, "installed_apps", &self.installed_apps);
        v.field(13usize, "last_message_preview", &self.last_message_preview);
        v.field(14usize, "members", &self.members);
        v.field(15usize, "messages", &self.messages);
        v.field(16usize, "permission_grants", &self.permission_grants);
        v.field(17usize, "pinned_messages", &self.pinned_messages);
        v.field(18usize, "tabs", &self.tabs);
        v.field(19usize, "targeted_messages", &self.targeted_messages);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for Chat {
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
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
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
/// Request builders: [`StsPolicyPath`](requests/trait.StsPolicyPath.html), what a path to one (`EntityPath<ClaimsMappingPolicy, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
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
        ",\"id\":                           ",
        ",\"deletedDateTime\":              ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"definition\":                   ",
        ",\"isOrganizationDefault\":        ",
        ",\"appliesTo\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.claimsMappingPolicy\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "deleted_date_time", &self.deleted_date_time);
        v.field(2usize, "description", &self.description);
        v.field(3usize, "display_name", &self.display_name);
        v.field(4usize, "definition", &self.definition);
        v.field(5usize, "is_organization_default", &self.is_organization_default);
        v.field(6usize, "applies_to", &self.applies_to);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for ClaimsMappingPolicy {
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
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
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
/// Request builders: [`CloudPcProvisioningPolicyPath`](requests/trait.CloudPcProvisioningPolicyPath.html), what a path to one (`EntityPath<CloudPcProvisioningPolicy, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone)]
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
        ",\"id\":                           ",
        ",\"alternateResourceUrl\":         ",
        ",\"autopatch\":                    ",
        ",\"cloudPcGroupDisplayName\":      ",
        ",\"cloudPcNamingTemplate\":        ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"domainJoinConfigurations\":     ",
        ",\"enableSingleSignOn\":           ",
        ",\"gracePeriodInHours\":           ",
        ",\"imageDisplayName\":             ",
        ",\"imageId\":                      ",
        ",\"imageType\":                    ",
        ",\"localAdminEnabled\":            ",
        ",\"microsoftManagedDesktop\":      ",
        ",\"provisioningType\":             ",
        ",\"windowsSetting\":               ",
        ",\"assignments\":                  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.cloudPcProvisioningPolicy\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "alternate_resource_url", &self.alternate_resource_url);
        v.field(2usize, "autopatch", &self.autopatch);
        v.field(
            3usize,
            "cloud_pc_group_display_name",
            &self.cloud_pc_group_display_name,
        );
        v.field(4usize, "cloud_pc_naming_template", &self.cloud_pc_naming_template);
        v.field(5usize, "description", &self.description);
        v.field(6usize, "display_name", &self.display_name);
        v.field(7usize, "domain_join_configurations", &self.domain_join_configurations);
        v.field(8usize, "enable_single_sign_on", &self.enable_single_sign_on);
        v.field(9usize, "grace_period_in_hours", &self.grace_period_in_hours);
        v.field(10usize, "image_display_name", &self.image_display_name);
        v.field(11usize, "image_id", &self.image_id);
        v.field(12usize, "image_type", &self.image_type);
        v.field(13usize, "local_admin_enabled", &self.local_admin_enabled);
        v.field(14usize, "microsoft_managed_desktop", &self.microsoft_managed_desktop);
        v.field(15usize, "provisioning_type", &self.provisioning_type);
        v.field(16usize, "windows_setting", &self.windows_setting);
        v.field(17usize, "assignments", &self.assignments);
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members for CloudPcProvisioningPolicy {
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
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
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
/// Request builders: [`CloudPcProvisioningPolicyAssignmentPath`](requests/trait.CloudPcProvisioningPolicyAssignmentPath.html), what a path to one (`EntityPath<CloudPcProvisioningPolicyAssignment, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone)]
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
        ",\"id\":                           ",
        ",\"target\":                       ",
        ",\"assignedUsers\":                ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.cloudPcProvisioningPolicyAssignment\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "target", &self.target);
        #[cfg(msgraph_v1_core)] v.field(2usize, "assigned_users", &self.assigned_users);
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members for CloudPcProvisioningPolicyAssignment {
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
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
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
/// Request builders: [`CommunityPath`](requests/trait.CommunityPath.html), what a path to one (`EntityPath<Community, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-employee-experience`, `v1-search`.
#[derive(Clone)]
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
        ",\"id\":                           ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"groupId\":                      ",
        ",\"privacy\":                      ",
        ",\"group\":                        ",
        ",\"owners\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.community\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "description", &self.description);
        v.field(2usize, "display_name", &self.display_name);
        v.field(3usize, "group_id", &self.group_id);
        v.field(4usize, "privacy", &self.privacy);
        #[cfg(msgraph_v1_core)] v.field(5usize, "group", &self.group);
        #[cfg(msgraph_v1_core)] v.field(6usize, "owners", &self.owners);
    }
}
#[cfg(msgraph_v1_employee_experience_or_search)]
impl rt::object::Members for Community {
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
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
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
/// Request builders: [`ConnectedOrganizationPath`](requests/trait.ConnectedOrganizationPath.html), what a path to one (`EntityPath<ConnectedOrganization, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
#[derive(Clone)]
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
        ",\"id\":                           ",
        ",\"createdDateTime\":              ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"identitySources\":              ",
        ",\"modifiedDateTime\":             ",
        ",\"state\":                        ",
        ",\"externalSponsors\":             ",
        ",\"internalSponsors\":             ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.connectedOrganization\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_date_time", &self.created_date_time);
        v.field(2usize, "description", &self.description);
        v.field(3usize, "display_name", &self.display_name);
        v.field(4usize, "identity_sources", &self.identity_sources);
        v.field(5usize, "modified_date_time", &self.modified_date_time);
        v.field(6usize, "state", &self.state);
        v.field(7usize, "external_sponsors", &self.external_sponsors);
        v.field(8usize, "internal_sponsors", &self.internal_sponsors);
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::object::Members for ConnectedOrganization {
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
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
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
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
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
        ",\"id\":                           ",
        ",\"displayName\":                  ",
        ",\"roles\":                        ",
        ",\"visibleHistoryStartDateTime\":  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.conversationMember\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "display_name", &self.display_name);
        v.field(2usize, "roles", &self.roles);
        v.field(
            3usize,
            "visible_history_start_date_time",
            &self.visible_history_start_date_time,
        );
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl rt::object::Members for ConversationMember {
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
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
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
unsafe impl ::std::marker::Send for AnyConversationMember {}
#[cfg(msgraph_v1_core_or_teamwork)]
unsafe impl ::std::marker::Sync for AnyConversationMember {}
#[cfg(msgraph_v1_core_or_teamwork)]
impl ::std::marker::Unpin for AnyConversationMember {}
#[cfg(msgraph_v1_core_or_teamwork)]
impl ::std::panic::UnwindSafe for AnyConversationMember {}
#[cfg(msgraph_v1_core_or_teamwork)]
impl ::std::panic::RefUnwindSafe for AnyConversationMember {}
#[cfg(msgraph_v1_core_or_teamwork)]
const _: () = {
    rt::object::auto_traits::<crate::v1::ConversationMember>();
    rt::object::auto_traits::<crate::v1::AadUserConversationMember>();
    rt::object::auto_traits::<crate::v1::AnonymousGuestConversationMember>();
    rt::object::auto_traits::<
        crate::v1::AzureCommunicationServicesUserConversationMember,
    >();
    rt::object::auto_traits::<crate::v1::MicrosoftAccountUserConversationMember>();
    rt::object::auto_traits::<crate::v1::PhoneUserConversationMember>();
    rt::object::auto_traits::<crate::v1::SkypeForBusinessUserConversationMember>();
    rt::object::auto_traits::<crate::v1::SkypeUserConversationMember>();
};
#[cfg(msgraph_v1_core_or_teamwork)]
impl rt::Poly for AnyConversationMember {
    const BASE_NAME: &'static str = "microsoft.graph.conversationMember";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some("microsoft.graph.aadUserConversationMember") => {
                Self::AadUserConversationMember(rt::object::new_boxed())
            }
            ::std::option::Option::Some(
                "microsoft.graph.anonymousGuestConversationMember",
            ) => Self::AnonymousGuestConversationMember(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.azureCommunicationServicesUserConversationMember",
            ) => {
                Self::AzureCommunicationServicesUserConversationMember(
                    rt::object::new_boxed(),
                )
            }
            ::std::option::Option::Some(
                "microsoft.graph.microsoftAccountUserConversationMember",
            ) => Self::MicrosoftAccountUserConversationMember(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.phoneUserConversationMember",
            ) => Self::PhoneUserConversationMember(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.skypeForBusinessUserConversationMember",
            ) => Self::SkypeForBusinessUserConversationMember(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.skypeUserConversationMember",
            ) => Self::SkypeUserConversationMember(rt::object::new_boxed()),
            _ => Self::ConversationMember(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::ConversationMember(v) => &**v,
            Self::AadUserConversationMember(v) => &**v,
            Self::AnonymousGuestConversationMember(v) => &**v,
            Self::AzureCommunicationServicesUserConversationMember(v) => &**v,
            Self::MicrosoftAccountUserConversationMember(v) => &**v,
            Self::PhoneUserConversationMember(v) => &**v,
            Self::SkypeForBusinessUserConversationMember(v) => &**v,
            Self::SkypeUserConversationMember(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::ConversationMember(v) => &mut **v,
            Self::AadUserConversationMember(v) => &mut **v,
            Self::AnonymousGuestConversationMember(v) => &mut **v,
            Self::AzureCommunicationServicesUserConversationMember(v) => &mut **v,
            Self::MicrosoftAccountUserConversationMember(v) => &mut **v,
            Self::PhoneUserConversationMember(v) => &mut **v,
            Self::SkypeForBusinessUserConversationMember(v) => &mut **v,
            Self::SkypeUserConversationMember(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl AnyConversationMember {
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
/// Request builders: [`CustomCalloutExtensionPath`](requests/trait.CustomCalloutExtensionPath.html), what a path to one (`EntityPath<AnyCustomCalloutExtension, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-identity`, `v1-identity-governance`, `v1-search`.
#[derive(Clone)]
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
        ",\"id\":                           ",
        ",\"authenticationConfiguration\":  ",
        ",\"clientConfiguration\":          ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"endpointConfiguration\":        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.customCalloutExtension\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(
            1usize,
            "authentication_configuration",
            &self.authentication_configuration,
        );
        v.field(2usize, "client_configuration", &self.client_configuration);
        v.field(3usize, "description", &self.description);
        v.field(4usize, "display_name", &self.display_name);
        v.field(5usize, "endpoint_configuration", &self.endpoint_configuration);
    }
}
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
impl rt::object::Members for CustomCalloutExtension {
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
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
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
unsafe impl ::std::marker::Send for AnyCustomCalloutExtension {}
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
unsafe impl ::std::marker::Sync for AnyCustomCalloutExtension {}
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
impl ::std::marker::Unpin for AnyCustomCalloutExtension {}
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
impl ::std::panic::UnwindSafe for AnyCustomCalloutExtension {}
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
impl ::std::panic::RefUnwindSafe for AnyCustomCalloutExtension {}
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::v1::CustomCalloutExtension>();
    #[cfg(msgraph_v1_identity_governance_or_search)]
    rt::object::auto_traits::<
        crate::v1::AccessPackageAssignmentRequestWorkflowExtension,
    >();
    #[cfg(msgraph_v1_identity_governance_or_search)]
    rt::object::auto_traits::<crate::v1::AccessPackageAssignmentWorkflowExtension>();
    rt::object::auto_traits::<crate::v1::CustomAuthenticationExtension>();
    #[cfg(msgraph_v1_identity_governance_or_search)]
    rt::object::auto_traits::<crate::v1::identity_governance::CustomTaskExtension>();
    rt::object::auto_traits::<crate::v1::OnAttributeCollectionStartCustomExtension>();
    rt::object::auto_traits::<crate::v1::OnAttributeCollectionSubmitCustomExtension>();
    rt::object::auto_traits::<crate::v1::OnOtpSendCustomExtension>();
    rt::object::auto_traits::<crate::v1::OnPasswordSubmitCustomExtension>();
    rt::object::auto_traits::<crate::v1::OnTokenIssuanceStartCustomExtension>();
    rt::object::auto_traits::<crate::v1::OnVerifiedIdClaimValidationCustomExtension>();
};
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
impl rt::Poly for AnyCustomCalloutExtension {
    const BASE_NAME: &'static str = "microsoft.graph.customCalloutExtension";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            #[cfg(msgraph_v1_identity_governance_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.accessPackageAssignmentRequestWorkflowExtension",
            ) => {
                Self::AccessPackageAssignmentRequestWorkflowExtension(
                    rt::object::new_boxed(),
                )
            }
            #[cfg(msgraph_v1_identity_governance_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.accessPackageAssignmentWorkflowExtension",
            ) => Self::AccessPackageAssignmentWorkflowExtension(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.customAuthenticationExtension",
            ) => Self::CustomAuthenticationExtension(rt::object::new_boxed()),
            #[cfg(msgraph_v1_identity_governance_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.identityGovernance.customTaskExtension",
            ) => Self::CustomTaskExtension(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.onAttributeCollectionStartCustomExtension",
            ) => Self::OnAttributeCollectionStartCustomExtension(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.onAttributeCollectionSubmitCustomExtension",
            ) => {
                Self::OnAttributeCollectionSubmitCustomExtension(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.onOtpSendCustomExtension") => {
                Self::OnOtpSendCustomExtension(rt::object::new_boxed())
            }
            ::std::option::Option::Some(
                "microsoft.graph.onPasswordSubmitCustomExtension",
            ) => Self::OnPasswordSubmitCustomExtension(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.onTokenIssuanceStartCustomExtension",
            ) => Self::OnTokenIssuanceStartCustomExtension(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.onVerifiedIdClaimValidationCustomExtension",
            ) => {
                Self::OnVerifiedIdClaimValidationCustomExtension(rt::object::new_boxed())
            }
            _ => Self::CustomCalloutExtension(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::CustomCalloutExtension(v) => &**v,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessPackageAssignmentRequestWorkflowExtension(v) => &**v,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessPackageAssignmentWorkflowExtension(v) => &**v,
            Self::CustomAuthenticationExtension(v) => &**v,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::CustomTaskExtension(v) => &**v,
            Self::OnAttributeCollectionStartCustomExtension(v) => &**v,
            Self::OnAttributeCollectionSubmitCustomExtension(v) => &**v,
            Self::OnOtpSendCustomExtension(v) => &**v,
            Self::OnPasswordSubmitCustomExtension(v) => &**v,
            Self::OnTokenIssuanceStartCustomExtension(v) => &**v,
            Self::OnVerifiedIdClaimValidationCustomExtension(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::CustomCalloutExtension(v) => &mut **v,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessPackageAssignmentRequestWorkflowExtension(v) => &mut **v,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessPackageAssignmentWorkflowExtension(v) => &mut **v,
            Self::CustomAuthenticationExtension(v) => &mut **v,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::CustomTaskExtension(v) => &mut **v,
            Self::OnAttributeCollectionStartCustomExtension(v) => &mut **v,
            Self::OnAttributeCollectionSubmitCustomExtension(v) => &mut **v,
            Self::OnOtpSendCustomExtension(v) => &mut **v,
            Self::OnPasswordSubmitCustomExtension(v) => &mut **v,
            Self::OnTokenIssuanceStartCustomExtension(v) => &mut **v,
            Self::OnVerifiedIdClaimValidationCustomExtension(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
impl AnyCustomCalloutExtension {
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
#[derive(Clone)]
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
    const KEYS_JSON: &'static [&'static str] = &[",\"timeoutDuration\":              "];
    const TAG: &'static str = "\"#microsoft.graph.customExtensionCallbackConfiguration\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "timeout_duration", &self.timeout_duration);
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::object::Members for CustomExtensionCallbackConfiguration {
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
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
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
unsafe impl ::std::marker::Send for AnyCustomExtensionCallbackConfiguration {}
#[cfg(msgraph_v1_identity_governance_or_search)]
unsafe impl ::std::marker::Sync for AnyCustomExtensionCallbackConfiguration {}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl ::std::marker::Unpin for AnyCustomExtensionCallbackConfiguration {}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl ::std::panic::UnwindSafe for AnyCustomExtensionCallbackConfiguration {}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl ::std::panic::RefUnwindSafe for AnyCustomExtensionCallbackConfiguration {}
#[cfg(msgraph_v1_identity_governance_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::v1::CustomExtensionCallbackConfiguration>();
    rt::object::auto_traits::<
        crate::v1::AccessPackageRequestApprovalStageCallbackConfiguration,
    >();
    rt::object::auto_traits::<
        crate::v1::identity_governance::CustomTaskExtensionCallbackConfiguration,
    >();
};
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::Poly for AnyCustomExtensionCallbackConfiguration {
    const BASE_NAME: &'static str = "microsoft.graph.customExtensionCallbackConfiguration";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some(
                "microsoft.graph.accessPackageRequestApprovalStageCallbackConfiguration",
            ) => {
                Self::AccessPackageRequestApprovalStageCallbackConfiguration(
                    rt::object::new_boxed(),
                )
            }
            ::std::option::Option::Some(
                "microsoft.graph.identityGovernance.customTaskExtensionCallbackConfiguration",
            ) => Self::CustomTaskExtensionCallbackConfiguration(rt::object::new_boxed()),
            _ => Self::CustomExtensionCallbackConfiguration(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::CustomExtensionCallbackConfiguration(v) => &**v,
            Self::AccessPackageRequestApprovalStageCallbackConfiguration(v) => &**v,
            Self::CustomTaskExtensionCallbackConfiguration(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::CustomExtensionCallbackConfiguration(v) => &mut **v,
            Self::AccessPackageRequestApprovalStageCallbackConfiguration(v) => &mut **v,
            Self::CustomTaskExtensionCallbackConfiguration(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl AnyCustomExtensionCallbackConfiguration {
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
#[derive(Clone)]
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
        ",\"data\":                         ",
        ",\"source\":                       ",
        ",\"type\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.customExtensionCalloutRequest\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "data", &self.data);
        v.field(1usize, "source", &self.source);
        v.field(2usize, "type_", &self.type_);
    }
}
#[cfg(msgraph_v1_any_area)]
impl rt::object::Members for CustomExtensionCalloutRequest {
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
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
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
#[derive(Clone)]
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
        ",\"data\":                         ",
        ",\"source\":                       ",
        ",\"type\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.customExtensionCalloutResponse\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "data", &self.data);
        v.field(1usize, "source", &self.source);
        v.field(2usize, "type_", &self.type_);
    }
}
#[cfg(msgraph_v1_any_area)]
impl rt::object::Members for CustomExtensionCalloutResponse {
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
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
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
#[derive(Clone)]
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
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {}
}
#[cfg(msgraph_v1_any_area)]
impl rt::object::Members for CustomExtensionData {
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
unsafe impl ::std::marker::Send for AnyCustomExtensionData {}
#[cfg(msgraph_v1_any_area)]
unsafe impl ::std::marker::Sync for AnyCustomExtensionData {}
#[cfg(msgraph_v1_any_area)]
impl ::std::marker::Unpin for AnyCustomExtensionData {}
#[cfg(msgraph_v1_any_area)]
impl ::std::panic::UnwindSafe for AnyCustomExtensionData {}
#[cfg(msgraph_v1_any_area)]
impl ::std::panic::RefUnwindSafe for AnyCustomExtensionData {}
#[cfg(msgraph_v1_any_area)]
const _: () = {
    rt::object::auto_traits::<crate::v1::CustomExtensionData>();
    rt::object::auto_traits::<crate::v1::AccessPackageAssignmentRequestCallbackData>();
    rt::object::auto_traits::<crate::v1::AssignmentRequestApprovalStageCallbackData>();
    rt::object::auto_traits::<
        crate::v1::identity_governance::CustomTaskExtensionCallbackData,
    >();
    rt::object::auto_traits::<
        crate::v1::identity_governance::CustomTaskExtensionCalloutData,
    >();
};
#[cfg(msgraph_v1_any_area)]
impl rt::Poly for AnyCustomExtensionData {
    const BASE_NAME: &'static str = "microsoft.graph.customExtensionData";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some(
                "microsoft.graph.accessPackageAssignmentRequestCallbackData",
            ) => {
                Self::AccessPackageAssignmentRequestCallbackData(rt::object::new_boxed())
            }
            ::std::option::Option::Some(
                "microsoft.graph.assignmentRequestApprovalStageCallbackData",
            ) => {
                Self::AssignmentRequestApprovalStageCallbackData(rt::object::new_boxed())
            }
            ::std::option::Option::Some(
                "microsoft.graph.identityGovernance.customTaskExtensionCallbackData",
            ) => Self::CustomTaskExtensionCallbackData(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.identityGovernance.customTaskExtensionCalloutData",
            ) => Self::CustomTaskExtensionCalloutData(rt::object::new_boxed()),
            _ => Self::CustomExtensionData(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::CustomExtensionData(v) => &**v,
            Self::AccessPackageAssignmentRequestCallbackData(v) => &**v,
            Self::AssignmentRequestApprovalStageCallbackData(v) => &**v,
            Self::CustomTaskExtensionCallbackData(v) => &**v,
            Self::CustomTaskExtensionCalloutData(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::CustomExtensionData(v) => &mut **v,
            Self::AccessPackageAssignmentRequestCallbackData(v) => &mut **v,
            Self::AssignmentRequestApprovalStageCallbackData(v) => &mut **v,
            Self::CustomTaskExtensionCallbackData(v) => &mut **v,
            Self::CustomTaskExtensionCalloutData(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_v1_any_area)]
impl AnyCustomExtensionData {
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
#[cfg(msgraph_v1_any_area)]
rt::impl_poly!(AnyCustomExtensionData);
#[cfg(msgraph_v1_any_area)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyCustomExtensionData);
#[cfg(msgraph_v1_identity_governance_or_search)]
/// CSDL: `microsoft.graph.customExtensionStageSetting`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`CustomExtensionStageSettingPath`](requests/trait.CustomExtensionStageSettingPath.html), what a path to one (`EntityPath<CustomExtensionStageSetting, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
#[derive(Clone)]
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
        ",\"id\":                           ",
        ",\"stage\":                        ",
        ",\"customExtension\":              ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.customExtensionStageSetting\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "stage", &self.stage);
        v.field(2usize, "custom_extension", &self.custom_extension);
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::object::Members for CustomExtensionStageSetting {
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
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
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
#[cfg(msgraph_v1_identity_governance_or_search)]
/// CSDL: `microsoft.graph.deletedItemContainer`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`DeletedItemContainerPath`](requests/trait.DeletedItemContainerPath.html), what a path to one (`EntityPath<DeletedItemContainer, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
#[derive(Clone)]
pub struct DeletedItemContainer {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `workflows`: `Collection(microsoft.graph.identityGovernance.workflow)`, not nullable.
    pub workflows: rt::Field<::std::vec::Vec<crate::v1::identity_governance::Workflow>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl ::std::default::Default for DeletedItemContainer {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            workflows: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::Object for DeletedItemContainer {
    const TYPE_NAME: &'static str = "microsoft.graph.deletedItemContainer";
    const KEYS: &'static [&'static str] = &["id", "workflows"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"workflows\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.deletedItemContainer\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "workflows", &self.workflows);
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::object::Members for DeletedItemContainer {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.workflows.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.workflows);
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
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_object!(DeletedItemContainer);
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_setters!(
    DeletedItemContainer { with_id id : ::std::string::String; with_workflows workflows :
    ::std::vec::Vec < crate ::v1::identity_governance::Workflow >; }
);
#[cfg(msgraph_v1_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeletedItemContainer);
#[cfg(msgraph_v1_search_or_teamwork)]
/// CSDL: `microsoft.graph.deletedTeam`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`DeletedTeamPath`](requests/trait.DeletedTeamPath.html), what a path to one (`EntityPath<DeletedTeam, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-search`, `v1-teamwork`.
#[derive(Clone)]
pub struct DeletedTeam {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `channels`: `Collection(microsoft.graph.channel)`, not nullable.
    pub channels: rt::Field<::std::vec::Vec<crate::v1::Channel>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_teamwork)]
impl ::std::default::Default for DeletedTeam {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            channels: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_teamwork)]
impl rt::Object for DeletedTeam {
    const TYPE_NAME: &'static str = "microsoft.graph.deletedTeam";
    const KEYS: &'static [&'static str] = &["id", "channels"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"channels\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.deletedTeam\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "channels", &self.channels);
    }
}
#[cfg(msgraph_v1_search_or_teamwork)]
impl rt::object::Members for DeletedTeam {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.channels.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.channels);
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
#[cfg(msgraph_v1_search_or_teamwork)]
rt::impl_object!(DeletedTeam);
#[cfg(msgraph_v1_search_or_teamwork)]
rt::impl_setters!(
    DeletedTeam { with_id id : ::std::string::String; with_channels channels :
    ::std::vec::Vec < crate ::v1::Channel >; }
);
#[cfg(msgraph_v1_search_or_teamwork)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeletedTeam);
#[cfg(msgraph_v1_device_management_or_search)]
/// A managed or unmanaged app that is installed on a managed device. Unmanaged apps will only appear for devices marked as corporate owned.
///
/// CSDL: `microsoft.graph.detectedApp`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`DetectedAppPath`](requests/trait.DetectedAppPath.html), what a path to one (`EntityPath<DetectedApp, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone)]
pub struct DetectedApp {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// The number of devices that have installed this application
    ///
    /// CSDL: property `deviceCount`: `Edm.Int32`, not nullable.
    pub device_count: rt::Field<i32>,
    /// Name of the discovered application. Read-only
    ///
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// Indicates the operating system / platform of the discovered application.  Some possible values are Windows, iOS, macOS. The default value is unknown (0).
    ///
    /// CSDL: property `platform`: `microsoft.graph.detectedAppPlatformType`, not nullable.
    pub platform: rt::Field<crate::v1::DetectedAppPlatformType>,
    /// Indicates the publisher of the discovered application. For example: 'Microsoft'.  The default value is an empty string.
    ///
    /// CSDL: property `publisher`: `Edm.String`, nullable.
    pub publisher: rt::Field<::std::string::String>,
    /// Discovered application size in bytes. Read-only
    ///
    /// CSDL: property `sizeInByte`: `Edm.Int64`, not nullable.
    pub size_in_byte: rt::Field<i64>,
    /// Version of the discovered application. Read-only
    ///
    /// CSDL: property `version`: `Edm.String`, nullable.
    pub version: rt::Field<::std::string::String>,
    /// The devices that have the discovered application installed
    ///
    /// CSDL: navigation property `managedDevices`: `Collection(microsoft.graph.managedDevice)`, not nullable.
    pub managed_devices: rt::Field<::std::vec::Vec<crate::v1::ManagedDevice>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default for DetectedApp {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            device_count: rt::Field::Absent,
            display_name: rt::Field::Absent,
            platform: rt::Field::Absent,
            publisher: rt::Field::Absent,
            size_in_byte: rt::Field::Absent,
            version: rt::Field::Absent,
            managed_devices: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object for DetectedApp {
    const TYPE_NAME: &'static str = "microsoft.graph.detectedApp";
    const KEYS: &'static [&'static str] = &[
        "id",
        "deviceCount",
        "displayName",
        "platform",
        "publisher",
        "sizeInByte",
        "version",
        "managedDevices",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"deviceCount\":                  ",
        ",\"displayName\":                  ",
        ",\"platform\":                     ",
        ",\"publisher\":                    ",
        ",\"sizeInByte\":                   ",
        ",\"version\":                      ",
        ",\"managedDevices\":               ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.detectedApp\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "device_count", &self.device_count);
        v.field(2usize, "display_name", &self.display_name);
        v.field(3usize, "platform", &self.platform);
        v.field(4usize, "publisher", &self.publisher);
        v.field(5usize, "size_in_byte", &self.size_in_byte);
        v.field(6usize, "version", &self.version);
        v.field(7usize, "managed_devices", &self.managed_devices);
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members for DetectedApp {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.device_count.read_from(r),
            2usize => self.display_name.read_from(r),
            3usize => self.platform.read_from(r),
            4usize => self.publisher.read_from(r),
            5usize => self.size_in_byte.read_from(r),
            6usize => self.version.read_from(r),
            7usize => self.managed_devices.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.device_count);
        w.field(2usize, &self.display_name);
        w.field(3usize, &self.platform);
        w.field(4usize, &self.publisher);
        w.field(5usize, &self.size_in_byte);
        w.field(6usize, &self.version);
        w.field(7usize, &self.managed_devices);
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
rt::impl_object!(DetectedApp);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    DetectedApp { with_id id : ::std::string::String; with_device_count device_count :
    i32; with_display_name display_name : ::std::string::String; with_platform platform :
    crate ::v1::DetectedAppPlatformType; with_publisher publisher :
    ::std::string::String; with_size_in_byte size_in_byte : i64; with_version version :
    ::std::string::String; with_managed_devices managed_devices : ::std::vec::Vec < crate
    ::v1::ManagedDevice >; }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DetectedApp);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.device`, entity type, derived from `microsoft.graph.directoryObject`, open, key `id`.
///
/// Request builders: [`DevicePath`](requests/trait.DevicePath.html), what a path to one (`EntityPath<Device, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct Device {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `deletedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub deleted_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `accountEnabled`: `Edm.Boolean`, nullable.
    pub account_enabled: rt::Field<bool>,
    /// CSDL: property `alternativeSecurityIds`: `Collection(microsoft.graph.alternativeSecurityId)`, not nullable.
    pub alternative_security_ids: rt::Field<
        ::std::vec::Vec<crate::v1::AlternativeSecurityId>,
    >,
    /// CSDL: property `approximateLastSignInDateTime`: `Edm.DateTimeOffset`, nullable.
    pub approximate_last_sign_in_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `complianceExpirationDateTime`: `Edm.DateTimeOffset`, nullable.
    pub compliance_expiration_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `deviceCategory`: `Edm.String`, nullable.
    pub device_category: rt::Field<::std::string::String>,
    /// CSDL: property `deviceId`: `Edm.String`, nullable.
    pub device_id: rt::Field<::std::string::String>,
    /// CSDL: property `deviceMetadata`: `Edm.String`, nullable.
    pub device_metadata: rt::Field<::std::string::String>,
    /// CSDL: property `deviceOwnership`: `Edm.String`, nullable.
    pub device_ownership: rt::Field<::std::string::String>,
    /// CSDL: property `deviceVersion`: `Edm.Int32`, nullable.
    pub device_version: rt::Field<i32>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `enrollmentProfileName`: `Edm.String`, nullable.
    pub enrollment_profile_name: rt::Field<::std::string::String>,
    /// CSDL: property `enrollmentType`: `Edm.String`, nullable.
    pub enrollment_type: rt::Field<::std::string::String>,
    /// CSDL: property `isCompliant`: `Edm.Boolean`, nullable.
    pub is_compliant: rt::Field<bool>,
    /// CSDL: property `isManaged`: `Edm.Boolean`, nullable.
    pub is_managed: rt::Field<bool>,
    /// CSDL: property `isManagementRestricted`: `Edm.Boolean`, nullable.
    pub is_management_restricted: rt::Field<bool>,
    /// CSDL: property `isRooted`: `Edm.Boolean`, nullable.
    pub is_rooted: rt::Field<bool>,
    /// CSDL: property `managementType`: `Edm.String`, nullable.
    pub management_type: rt::Field<::std::string::String>,
    /// CSDL: property `manufacturer`: `Edm.String`, nullable.
    pub manufacturer: rt::Field<::std::string::String>,
    /// CSDL: property `mdmAppId`: `Edm.String`, nullable.
    pub mdm_app_id: rt::Field<::std::string::String>,
    /// CSDL: property `model`: `Edm.String`, nullable.
    pub model: rt::Field<::std::string::String>,
    /// CSDL: property `onPremisesLastSyncDateTime`: `Edm.DateTimeOffset`, nullable.
    pub on_premises_last_sync_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `onPremisesSecurityIdentifier`: `Edm.String`, nullable.
    pub on_premises_security_identifier: rt::Field<::std::string::String>,
    /// CSDL: property `onPremisesSyncEnabled`: `Edm.Boolean`, nullable.
    pub on_premises_sync_enabled: rt::Field<bool>,
    /// CSDL: property `operatingSystem`: `Edm.String`, nullable.
    pub operating_system: rt::Field<::std::string::String>,
    /// CSDL: property `operatingSystemVersion`: `Edm.String`, nullable.
    pub operating_system_version: rt::Field<::std::string::String>,
    /// CSDL: property `physicalIds`: `Collection(Edm.String)`, not nullable.
    pub physical_ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `profileType`: `Edm.String`, nullable.
    pub profile_type: rt::Field<::std::string::String>,
    /// CSDL: property `registrationDateTime`: `Edm.DateTimeOffset`, nullable.
    pub registration_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `systemLabels`: `Collection(Edm.String)`, not nullable.
    pub system_labels: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `trustType`: `Edm.String`, nullable.
    pub trust_type: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `extensions`: `Collection(microsoft.graph.extension)`, not nullable.
    pub extensions: rt::Field<::std::vec::Vec<crate::v1::AnyExtension>>,
    /// CSDL: navigation property `memberOf`: `Collection(microsoft.graph.directoryObject)`, not nullable.
    pub member_of: rt::Field<::std::vec::Vec<crate::v1::AnyDirectoryObject>>,
    /// CSDL: navigation property `registeredOwners`: `Collection(microsoft.graph.directoryObject)`, not nullable.
    pub registered_owners: rt::Field<::std::vec::Vec<crate::v1::AnyDirectoryObject>>,
    /// CSDL: navigation property `registeredUsers`: `Collection(microsoft.graph.directoryObject)`, not nullable.
    pub registered_users: rt::Field<::std::vec::Vec<crate::v1::AnyDirectoryObject>>,
    /// CSDL: navigation property `transitiveMemberOf`: `Collection(microsoft.graph.directoryObject)`, not nullable.
    pub transitive_member_of: rt::Field<::std::vec::Vec<crate::v1::AnyDirectoryObject>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for Device {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            deleted_date_time: rt::Field::Absent,
            account_enabled: rt::Field::Absent,
            alternative_security_ids: rt::Field::Absent,
            approximate_last_sign_in_date_time: rt::Field::Absent,
            compliance_expiration_date_time: rt::Field::Absent,
            device_category: rt::Field::Absent,
            device_id: rt::Field::Absent,
            device_metadata: rt::Field::Absent,
            device_ownership: rt::Field::Absent,
            device_version: rt::Field::Absent,
            display_name: rt::Field::Absent,
            enrollment_profile_name: rt::Field::Absent,
            enrollment_type: rt::Field::Absent,
            is_compliant: rt::Field::Absent,
            is_managed: rt::Field::Absent,
            is_management_restricted: rt::Field::Absent,
            is_rooted: rt::Field::Absent,
            management_type: rt::Field::Absent,
            manufacturer: rt::Field::Absent,
            mdm_app_id: rt::Field::Absent,
            model: rt::Field::Absent,
            on_premises_last_sync_date_time: rt::Field::Absent,
            on_premises_security_identifier: rt::Field::Absent,
            on_premises_sync_enabled: rt::Field::Absent,
            operating_system: rt::Field::Absent,
            operating_system_version: rt::Field::Absent,
            physical_ids: rt::Field::Absent,
            profile_type: rt::Field::Absent,
            registration_date_time: rt::Field::Absent,
            system_labels: rt::Field::Absent,
            trust_type: rt::Field::Absent,
            extensions: rt::Field::Absent,
            member_of: rt::Field::Absent,
            registered_owners: rt::Field::Absent,
            registered_users: rt::Field::Absent,
            transitive_member_of: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for Device {
    const TYPE_NAME: &'static str = "microsoft.graph.device";
    const KEYS: &'static [&'static str] = &[
        "id",
        "deletedDateTime",
        "accountEnabled",
        "alternativeSecurityIds",
        "approximateLastSignInDateTime",
        "complianceExpirationDateTime",
        "deviceCategory",
        "deviceId",
        "deviceMetadata",
        "deviceOwnership",
        "deviceVersion",
        "displayName",
        "enrollmentProfileName",
        "enrollmentType",
        "isCompliant",
        "isManaged",
        "isManagementRestricted",
        "isRooted",
        "managementType",
        "manufacturer",
        "mdmAppId",
        "model",
        "onPremisesLastSyncDateTime",
        "onPremisesSecurityIdentifier",
        "onPremisesSyncEnabled",
        "operatingSystem",
        "operatingSystemVersion",
        "physicalIds",
        "profileType",
        "registrationDateTime",
        "systemLabels",
        "trustType",
        "extensions",
        "memberOf",
        "registeredOwners",
        "registeredUsers",
        "transitiveMemberOf",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"deletedDateTime\":              ",
        ",\"accountEnabled\":               ",
        ",\"alternativeSecurityIds\":       ",
        ",\"approximateLastSignInDateTime\":",
        ",\"complianceExpirationDateTime\": ",
        ",\"deviceCategory\":               ",
        ",\"deviceId\":                     ",
        ",\"deviceMetadata\":               ",
        ",\"deviceOwnership\":              ",
        ",\"deviceVersion\":                ",
        ",\"displayName\":                  ",
        ",\"enrollmentProfileName\":        ",
        ",\"enrollmentType\":               ",
        ",\"isCompliant\":                  ",
        ",\"isManaged\":                    ",
        ",\"isManagementRestricted\":       ",
        ",\"isRooted\":                     ",
        ",\"managementType\":               ",
        ",\"manufacturer\":                 ",
        ",\"mdmAppId\":                     ",
        ",\"model\":                        ",
        ",\"onPremisesLastSyncDateTime\":   ",
        ",\"onPremisesSecurityIdentifier\": ",
        ",\"onPremisesSyncEnabled\":        ",
        ",\"operatingSystem\":              ",
        ",\"operatingSystemVersion\":       ",
        ",\"physicalIds\":                  ",
        ",\"profileType\":                  ",
        ",\"registrationDateTime\":         ",
        ",\"systemLabels\":                 ",
        ",\"trustType\":                    ",
        ",\"extensions\":                   ",
        ",\"memberOf\":                     ",
        ",\"registeredOwners\":             ",
        ",\"registeredUsers\":              ",
        ",\"transitiveMemberOf\":           ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.device\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "deleted_date_time", &self.deleted_date_time);
        v.field(2usize, "account_enabled", &self.account_enabled);
        v.field(3usize, "alternative_security_ids", &self.alternative_security_ids);
        v.field(
            4usize,
            "approximate_last_sign_in_date_time",
            &self.approximate_last_sign_in_date_time,
        );
        v.field(
            5usize,
            "compliance_expiration_date_time",
            &self.compliance_expiration_date_time,
        );
        v.field(6usize, "device_category", &self.device_category);
        v.field(7usize, "device_id", &self.device_id);
        v.field(8usize, "device_metadata", &self.device_metadata);
        v.field(9usize, "device_ownership", &self.device_ownership);
        v.field(10usize, "device_version", &self.device_version);
        v.field(11usize, "display_name", &self.display_name);
        v.field(12usize, "enrollment_profile_name", &self.enrollment_profile_name);
        v.field(13usize, "enrollment_type", &self.enrollment_type);
        v.field(14usize, "is_compliant", &self.is_compliant);
        v.field(15usize, "is_managed", &self.is_managed);
        v.field(16usize, "is_management_restricted", &self.is_management_restricted);
        v.field(17usize, "is_rooted", &self.is_rooted);
        v.field(18usize, "management_type", &self.management_type);
        v.field(19usize, "manufacturer", &self.manufacturer);
        v.field(20usize, "mdm_app_id", &self.mdm_app_id);
        v.field(21usize, "model", &self.model);
        v.field(
            22usize,
            "on_premises_last_sync_date_time",
            &self.on_premises_last_sync_date_time,
        );
        v.field(
            23usize,
            "on_premises_security_identifier",
            &self.on_premises_security_identifier,
        );
        v.field(24usize, "on_premises_sync_enabled", &self.on_premises_sync_enabled);
        v.field(25usize, "operating_system", &self.operating_system);
        v.field(26usize, "operating_system_version", &self.operating_system_version);
        v.field(27usize, "physical_ids", &self.physical_ids);
        v.field(28usize, "profile_type", &self.profile_type);
        v.field(29usize, "registration_date_time", &self.registration_date_time);
        v.field(30usize, "system_labels", &self.system_labels);
        v.field(31usize, "trust_type", &self.trust_type);
        v.field(32usize, "extensions", &self.extensions);
        v.field(33usize, "member_of", &self.member_of);
        v.field(34usize, "registered_owners", &self.registered_owners);
        v.field(35usize, "registered_users", &self.registered_users);
        v.field(36usize, "transitive_member_of", &self.transitive_member_of);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for Device {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.deleted_date_time.read_from(r),
            2usize => self.account_enabled.read_from(r),
            3usize => self.alternative_security_ids.read_from(r),
            4usize => self.approximate_last_sign_in_date_time.read_from(r),
            5usize => self.compliance_expiration_date_time.read_from(r),
            6usize => self.device_category.read_from(r),
            7usize => self.device_id.read_from(r),
            8usize => self.device_metadata.read_from(r),
            9usize => self.device_ownership.read_from(r),
            10usize => self.device_version.read_from(r),
            11usize => self.display_name.read_from(r),
            12usize => self.enrollment_profile_name.read_from(r),
            13usize => self.enrollment_type.read_from(r),
            14usize => self.is_compliant.read_from(r),
            15usize => self.is_managed.read_from(r),
            16usize => self.is_management_restricted.read_from(r),
            17usize => self.is_rooted.read_from(r),
            18usize => self.management_type.read_from(r),
            19usize => self.manufacturer.read_from(r),
            20usize => self.mdm_app_id.read_from(r),
            21usize => self.model.read_from(r),
            22usize => self.on_premises_last_sync_date_time.read_from(r),
            23usize => self.on_premises_security_identifier.read_from(r),
            24usize => self.on_premises_sync_enabled.read_from(r),
            25usize => self.operating_system.read_from(r),
            26usize => self.operating_system_version.read_from(r),
            27usize => self.physical_ids.read_from(r),
            28usize => self.profile_type.read_from(r),
            29usize => self.registration_date_time.read_from(r),
            30usize => self.system_labels.read_from(r),
            31usize => self.trust_type.read_from(r),
            32usize => self.extensions.read_from(r),
            33usize => self.member_of.read_from(r),
            34usize => self.registered_owners.read_from(r),
            35usize => self.registered_users.read_from(r),
            36usize => self.transitive_member_of.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.deleted_date_time);
        w.field(2usize, &self.account_enabled);
        w.field(3usize, &self.alternative_security_ids);
        w.field(4usize, &self.approximate_last_sign_in_date_time);
        w.field(5usize, &self.compliance_expiration_date_time);
        w.field(6usize, &self.device_category);
        w.field(7usize, &self.device_id);
        w.field(8usize, &self.device_metadata);
        w.field(9usize, &self.device_ownership);
        w.field(10usize, &self.device_version);
        w.field(11usize, &self.display_name);
        w.field(12usize, &self.enrollment_profile_name);
        w.field(13usize, &self.enrollment_type);
        w.field(14usize, &self.is_compliant);
        w.field(15usize, &self.is_managed);
        w.field(16usize, &self.is_management_restricted);
        w.field(17usize, &self.is_rooted);
        w.field(18usize, &self.management_type);
        w.field(19usize, &self.manufacturer);
        w.field(20usize, &self.mdm_app_id);
        w.field(21usize, &self.model);
        w.field(22usize, &self.on_premises_last_sync_date_time);
        w.field(23usize, &self.on_premises_security_identifier);
        w.field(24usize, &self.on_premises_sync_enabled);
        w.field(25usize, &self.operating_system);
        w.field(26usize, &self.operating_system_version);
        w.field(27usize, &self.physical_ids);
        w.field(28usize, &self.profile_type);
        w.field(29usize, &self.registration_date_time);
        w.field(30usize, &self.system_labels);
        w.field(31usize, &self.trust_type);
        w.field(32usize, &self.extensions);
        w.field(33usize, &self.member_of);
        w.field(34usize, &self.registered_owners);
        w.field(35usize, &self.registered_users);
        w.field(36usize, &self.transitive_member_of);
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
rt::impl_object!(Device);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    Device { with_id id : ::std::string::String; with_deleted_date_time deleted_date_time
    : rt::edm::DateTimeOffset; with_account_enabled account_enabled : bool;
    with_alternative_security_ids alternative_security_ids : ::std::vec::Vec < crate
    ::v1::AlternativeSecurityId >; with_approximate_last_sign_in_date_time
    approximate_last_sign_in_date_time : rt::edm::DateTimeOffset;
    with_compliance_expiration_date_time compliance_expiration_date_time :
    rt::edm::DateTimeOffset; with_device_category device_category :
    ::std::string::String; with_device_id device_id : ::std::string::String;
    with_device_metadata device_metadata : ::std::string::String; with_device_ownership
    device_ownership : ::std::string::String; with_device_version device_version : i32;
    with_display_name display_name : ::std::string::String; with_enrollment_profile_name
    enrollment_profile_name : ::std::string::String; with_enrollment_type enrollment_type
    : ::std::string::String; with_is_compliant is_compliant : bool; with_is_managed
    is_managed : bool; with_is_management_restricted is_management_restricted : bool;
    with_is_rooted is_rooted : bool; with_management_type management_type :
    ::std::string::String; with_manufacturer manufacturer : ::std::string::String;
    with_mdm_app_id mdm_app_id : ::std::string::String; with_model model :
    ::std::string::String; with_on_premises_last_sync_date_time
    on_premises_last_sync_date_time : rt::edm::DateTimeOffset;
    with_on_premises_security_identifier on_premises_security_identifier :
    ::std::string::String; with_on_premises_sync_enabled on_premises_sync_enabled : bool;
    with_operating_system operating_system : ::std::string::String;
    with_operating_system_version operating_system_version : ::std::string::String;
    with_physical_ids physical_ids : ::std::vec::Vec < ::std::string::String >;
    with_profile_type profile_type : ::std::string::String; with_registration_date_time
    registration_date_time : rt::edm::DateTimeOffset; with_system_labels system_labels :
    ::std::vec::Vec < ::std::string::String >; with_trust_type trust_type :
    ::std::string::String; with_extensions extensions : ::std::vec::Vec < crate
    ::v1::AnyExtension >; with_member_of member_of : ::std::vec::Vec < crate
    ::v1::AnyDirectoryObject >; with_registered_owners registered_owners :
    ::std::vec::Vec < crate ::v1::AnyDirectoryObject >; with_registered_users
    registered_users : ::std::vec::Vec < crate ::v1::AnyDirectoryObject >;
    with_transitive_member_of transitive_member_of : ::std::vec::Vec < crate
    ::v1::AnyDirectoryObject >; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(Device);
#[cfg(msgraph_v1_device_management_or_search)]
/// CSDL: `microsoft.graph.deviceManagement`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`DeviceManagementPath`](requests/trait.DeviceManagementPath.html), what a path to one (`EntityPath<DeviceManagement, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone)]
pub struct DeviceManagement {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Device protection overview.
    ///
    /// CSDL: property `deviceProtectionOverview`: `microsoft.graph.deviceProtectionOverview`, nullable.
    pub device_protection_overview: rt::Field<crate::v1::DeviceProtectionOverview>,
    /// Intune Account Id for given tenant
    ///
    /// CSDL: property `intuneAccountId`: `Edm.Guid`, not nullable.
    pub intune_account_id: rt::Field<rt::edm::Guid>,
    /// intuneBrand contains data which is used in customizing the appearance of the Company Portal applications as well as the end user web portal.
    ///
    /// CSDL: property `intuneBrand`: `microsoft.graph.intuneBrand`, nullable.
    pub intune_brand: rt::Field<crate::v1::IntuneBrand>,
    /// Account level settings.
    ///
    /// CSDL: property `settings`: `microsoft.graph.deviceManagementSettings`, nullable.
    pub settings: rt::Field<crate::v1::DeviceManagementSettings>,
    /// Tenant mobile device management subscription state.
    ///
    /// CSDL: property `subscriptionState`: `microsoft.graph.deviceManagementSubscriptionState`, not nullable.
    pub subscription_state: rt::Field<crate::v1::DeviceManagementSubscriptionState>,
    /// User experience analytics device settings
    ///
    /// CSDL: property `userExperienceAnalyticsSettings`: `microsoft.graph.userExperienceAnalyticsSettings`, nullable.
    pub user_experience_analytics_settings: rt::Field<
        crate::v1::UserExperienceAnalyticsSettings,
    >,
    /// Malware overview for windows devices.
    ///
    /// CSDL: property `windowsMalwareOverview`: `microsoft.graph.windowsMalwareOverview`, nullable.
    pub windows_malware_overview: rt::Field<crate::v1::WindowsMalwareOverview>,
    /// Apple push notification certificate.
    ///
    /// CSDL: containment navigation property `applePushNotificationCertificate`: `microsoft.graph.applePushNotificationCertificate`, nullable.
    pub apple_push_notification_certificate: rt::Field<
        crate::v1::ApplePushNotificationCertificate,
    >,
    /// The Audit Events
    ///
    /// CSDL: containment navigation property `auditEvents`: `Collection(microsoft.graph.auditEvent)`, not nullable.
    pub audit_events: rt::Field<::std::vec::Vec<crate::v1::AuditEvent>>,
    /// The list of Compliance Management Partners configured by the tenant.
    ///
    /// CSDL: containment navigation property `complianceManagementPartners`: `Collection(microsoft.graph.complianceManagementPartner)`, not nullable.
    pub compliance_management_partners: rt::Field<
        ::std::vec::Vec<crate::v1::ComplianceManagementPartner>,
    >,
    /// The Exchange on premises conditional access settings. On premises conditional access will require devices to be both enrolled and compliant for mail access
    ///
    /// CSDL: containment navigation property `conditionalAccessSettings`: `microsoft.graph.onPremisesConditionalAccessSettings`, nullable.
    pub conditional_access_settings: rt::Field<
        crate::v1::OnPremisesConditionalAccessSettings,
    >,
    /// The list of detected apps associated with a device.
    ///
    /// CSDL: containment navigation property `detectedApps`: `Collection(microsoft.graph.detectedApp)`, not nullable.
    pub detected_apps: rt::Field<::std::vec::Vec<crate::v1::DetectedApp>>,
    /// The list of device categories with the tenant.
    ///
    /// CSDL: containment navigation property `deviceCategories`: `Collection(microsoft.graph.deviceCategory)`, not nullable.
    pub device_categories: rt::Field<::std::vec::Vec<crate::v1::DeviceCategory>>,
    /// The device compliance policies.
    ///
    /// CSDL: containment navigation property `deviceCompliancePolicies`: `Collection(microsoft.graph.deviceCompliancePolicy)`, not nullable.
    pub device_compliance_policies: rt::Field<
        ::std::vec::Vec<crate::v1::AnyDeviceCompliancePolicy>,
    >,
    /// The device compliance state summary for this account.
    ///
    /// CSDL: containment navigation property `deviceCompliancePolicyDeviceStateSummary`: `microsoft.graph.deviceCompliancePolicyDeviceStateSummary`, nullable.
    pub device_compliance_policy_device_state_summary: rt::Field<
        crate::v1::DeviceCompliancePolicyDeviceStateSummary,
    >,
    /// The summary states of compliance policy settings for this account.
    ///
    /// CSDL: containment navigation property `deviceCompliancePolicySettingStateSummaries`: `Collection(microsoft.graph.deviceCompliancePolicySettingStateSummary)`, not nullable.
    pub device_compliance_policy_setting_state_summaries: rt::Field<
        ::std::vec::Vec<crate::v1::DeviceCompliancePolicySettingStateSummary>,
    >,
    /// The device configuration device state summary for this account.
    ///
    /// CSDL: containment navigation property `deviceConfigurationDeviceStateSummaries`: `microsoft.graph.deviceConfigurationDeviceStateSummary`, nullable.
    pub device_configuration_device_state_summaries: rt::Field<
        crate::v1::DeviceConfigurationDeviceStateSummary,
    >,
    /// The device configurations.
    ///
    /// CSDL: containment navigation property `deviceConfigurations`: `Collection(microsoft.graph.deviceConfiguration)`, not nullable.
    pub device_configurations: rt::Field<
        ::std::vec::Vec<crate::v1::AnyDeviceConfiguration>,
    >,
    /// The list of device enrollment configurations
    ///
    /// CSDL: containment navigation property `deviceEnrollmentConfigurations`: `Collection(microsoft.graph.deviceEnrollmentConfiguration)`, not nullable.
    pub device_enrollment_configurations: rt::Field<
        ::std::vec::Vec<crate::v1::AnyDeviceEnrollmentConfiguration>,
    >,
    /// The list of Device Management Partners configured by the tenant.
    ///
    /// CSDL: containment navigation property `deviceManagementPartners`: `Collection(microsoft.graph.deviceManagementPartner)`, not nullable.
    pub device_management_partners: rt::Field<
        ::std::vec::Vec<crate::v1::DeviceManagementPartner>,
    >,
    /// The list of Exchange Connectors configured by the tenant.
    ///
    /// CSDL: containment navigation property `exchangeConnectors`: `Collection(microsoft.graph.deviceManagementExchangeConnector)`, not nullable.
    pub exchange_connectors: rt::Field<
        ::std::vec::Vec<crate::v1::DeviceManagementExchangeConnector>,
    >,
    /// Collection of imported Windows autopilot devices.
    ///
    /// CSDL: containment navigation property `importedWindowsAutopilotDeviceIdentities`: `Collection(microsoft.graph.importedWindowsAutopilotDeviceIdentity)`, not nullable.
    pub imported_windows_autopilot_device_identities: rt::Field<
        ::std::vec::Vec<crate::v1::ImportedWindowsAutopilotDeviceIdentity>,
    >,
    /// The IOS software update installation statuses for this account.
    ///
    /// CSDL: containment navigation property `iosUpdateStatuses`: `Collection(microsoft.graph.iosUpdateDeviceStatus)`, not nullable.
    pub ios_update_statuses: rt::Field<
        ::std::vec::Vec<crate::v1::IosUpdateDeviceStatus>,
    >,
    /// Device overview
    ///
    /// CSDL: navigation property `managedDeviceOverview`: `microsoft.graph.managedDeviceOverview`, nullable.
    ///
    /// Features: `v1` or `v1-search`.
    #[cfg(msgraph_v1_search)]
    pub managed_device_overview: rt::Field<crate::v1::ManagedDeviceOverview>,
    /// The list of managed devices.
    ///
    /// CSDL: containment navigation property `managedDevices`: `Collection(microsoft.graph.managedDevice)`, not nullable.
    pub managed_devices: rt::Field<::std::vec::Vec<crate::v1::ManagedDevice>>,
    /// The collection property of MobileAppTroubleshootingEvent.
    ///
    /// CSDL: containment navigation property `mobileAppTroubleshootingEvents`: `Collection(microsoft.graph.mobileAppTroubleshootingEvent)`, not nullable.
    pub mobile_app_troubleshooting_events: rt::Field<
        ::std::vec::Vec<crate::v1::MobileAppTroubleshootingEvent>,
    >,
    /// The list of Mobile threat Defense connectors configured by the tenant.
    ///
    /// CSDL: containment navigation property `mobileThreatDefenseConnectors`: `Collection(microsoft.graph.mobileThreatDefenseConnector)`, not nullable.
    pub mobile_threat_defense_connectors: rt::Field<
        ::std::vec::Vec<crate::v1::MobileThreatDefenseConnector>,
    >,
    /// The Notification Message Templates.
    ///
    /// CSDL: containment navigation property `notificationMessageTemplates`: `Collection(microsoft.graph.notificationMessageTemplate)`, not nullable.
    pub notification_message_templates: rt::Field<
        ::std::vec::Vec<crate::v1::NotificationMessageTemplate>,
    >,
    /// The remote assist partners.
    ///
    /// CSDL: containment navigation property `remoteAssistancePartners`: `Collection(microsoft.graph.remoteAssistancePartner)`, not nullable.
    pub remote_assistance_partners: rt::Field<
        ::std::vec::Vec<crate::v1::RemoteAssistancePartner>,
    >,
    /// CSDL: containment navigation property `reports`: `microsoft.graph.deviceManagementReports`, nullable.
    pub reports: rt::Field<crate::v1::DeviceManagementReports>,
    /// The Resource Operations.
    ///
    /// CSDL: containment navigation property `resourceOperations`: `Collection(microsoft.graph.resourceOperation)`, not nullable.
    pub resource_operations: rt::Field<::std::vec::Vec<crate::v1::ResourceOperation>>,
    /// The Role Assignments.
    ///
    /// CSDL: containment navigation property `roleAssignments`: `Collection(microsoft.graph.deviceAndAppManagementRoleAssignment)`, not nullable.
    pub role_assignments: rt::Field<
        ::std::vec::Vec<crate::v1::DeviceAndAppManagementRoleAssignment>,
    >,
    /// The Role Definitions.
    ///
    /// CSDL: containment navigation property `roleDefinitions`: `Collection(microsoft.graph.roleDefinition)`, not nullable.
    pub role_definitions: rt::Field<::std::vec::Vec<crate::v1::AnyRoleDefinition>>,
    /// The software update status summary.
    ///
    /// CSDL: navigation property `softwareUpdateStatusSummary`: `microsoft.graph.softwareUpdateStatusSummary`, nullable.
    ///
    /// Features: `v1` or `v1-search`.
    #[cfg(msgraph_v1_search)]
    pub software_update_status_summary: rt::Field<
        crate::v1::SoftwareUpdateStatusSummary,
    >,
    /// The terms and conditions associated with device management of the company.
    ///
    /// CSDL: containment navigation property `termsAndConditions`: `Collection(microsoft.graph.termsAndConditions)`, not nullable.
    pub terms_and_conditions: rt::Field<::std::vec::Vec<crate::v1::TermsAndConditions>>,
    /// The list of troubleshooting events for the tenant.
    ///
    /// CSDL: containment navigation property `troubleshootingEvents`: `Collection(microsoft.graph.deviceManagementTroubleshootingEvent)`, not nullable.
    pub troubleshooting_events: rt::Field<
        ::std::vec::Vec<crate::v1::AnyDeviceManagementTroubleshootingEvent>,
    >,
    /// User experience analytics appHealth Application Performance
    ///
    /// CSDL: containment navigation property `userExperienceAnalyticsAppHealthApplicationPerformance`: `Collection(microsoft.graph.userExperienceAnalyticsAppHealthApplicationPerformance)`, not nullable.
    pub user_experience_analytics_app_health_application_performance: rt::Field<
        ::std::vec::Vec<
            crate::v1::UserExperienceAnalyticsAppHealthApplicationPerformance,
        >,
    >,
    /// User experience analytics appHealth Application Performance by App Version details
    ///
    /// CSDL: containment navigation property `userExperienceAnalyticsAppHealthApplicationPerformanceByAppVersionDetails`: `Collection(microsoft.graph.userExperienceAnalyticsAppHealthAppPerformanceByAppVersionDetails)`, not nullable.
    pub user_experience_analytics_app_health_application_performance_by_app_version_details: rt::Field<
        ::std::vec::Vec<
            crate::v1::UserExperienceAnalyticsAppHealthAppPerformanceByAppVersionDetails,
        >,
    >,
    /// User experience analytics appHealth Application Performance by App Version Device Id
    ///
    /// CSDL: containment navigation property `userExperienceAnalyticsAppHealthApplicationPerformanceByAppVersionDeviceId`: `Collection(microsoft.graph.userExperienceAnalyticsAppHealthAppPerformanceByAppVersionDeviceId)`, not nullable.
    pub user_experience_analytics_app_health_application_performance_by_app_version_device_id: rt::Field<
        ::std::vec::Vec<
            crate::v1::UserExperienceAnalyticsAppHealthAppPerformanceByAppVersionDeviceId,
        >,
    >,
    /// User experience analytics appHealth Application Performance by OS Version
    ///
    /// CSDL: containment navigation property `userExperienceAnalyticsAppHealthApplicationPerformanceByOSVersion`: `Collection(microsoft.graph.userExperienceAnalyticsAppHealthAppPerformanceByOSVersion)`, not nullable.
    pub user_experience_analytics_app_health_application_performance_by_os_version: rt::Field<
        ::std::vec::Vec<
            crate::v1::UserExperienceAnalyticsAppHealthAppPerformanceByOsVersion,
        >,
    >,
    /// User experience analytics appHealth Model Performance
    ///
    /// CSDL: containment navigation property `userExperienceAnalyticsAppHealthDeviceModelPerformance`: `Collection(microsoft.graph.userExperienceAnalyticsAppHealthDeviceModelPerformance)`, not nullable.
    pub user_experience_analytics_app_health_device_model_performance: rt::Field<
        ::std::vec::Vec<
            crate::v1::UserExperienceAnalyticsAppHealthDeviceModelPerformance,
        >,
    >,
    /// User experience analytics appHealth Device Performance
    ///
    /// CSDL: containment navigation property `userExperienceAnalyticsAppHealthDevicePerformance`: `Collection(microsoft.graph.userExperienceAnalyticsAppHealthDevicePerformance)`, not nullable.
    pub user_experience_analytics_app_health_device_performance: rt::Field<
        ::std::vec::Vec<crate::v1::UserExperienceAnalyticsAppHealthDevicePerformance>,
    >,
    /// User experience analytics device performance details
    ///
    /// CSDL: containment navigation property `userExperienceAnalyticsAppHealthDevicePerformanceDetails`: `Collection(microsoft.graph.userExperienceAnalyticsAppHealthDevicePerformanceDetails)`, not nullable.
    pub user_experience_analytics_app_health_device_performance_details: rt::Field<
        ::std::vec::Vec<
            crate::v1::UserExperienceAnalyticsAppHealthDevicePerformanceDetails,
        >,
    >,
    /// User experience analytics appHealth OS version Performance
    ///
    /// CSDL: containment navigation property `userExperienceAnalyticsAppHealthOSVersionPerformance`: `Collection(microsoft.graph.userExperienceAnalyticsAppHealthOSVersionPerformance)`, not nullable.
    pub user_experience_analytics_app_health_os_version_performance: rt::Field<
        ::std::vec::Vec<crate::v1::UserExperienceAnalyticsAppHealthOsVersionPerformance>,
    >,
    /// User experience analytics appHealth overview
    ///
    /// CSDL: containment navigation property `userExperienceAnalyticsAppHealthOverview`: `microsoft.graph.userExperienceAnalyticsCategory`, nullable.
    pub user_experience_analytics_app_health_overview: rt::Field<
        crate::v1::UserExperienceAnalyticsCategory,
    >,
    /// User experience analytics baselines
    ///
    /// CSDL: containment navigation property `userExperienceAnalyticsBaselines`: `Collection(microsoft.graph.userExperienceAnalyticsBaseline)`, not nullable.
    pub user_experience_analytics_baselines: rt::Field<
        ::std::vec::Vec<crate::v1::UserExperienceAnalyticsBaseline>,
    >,
    /// User experience analytics categories
    ///
    /// CSDL: containment navigation property `userExperienceAnalyticsCategories`: `Collection(microsoft.graph.userExperienceAnalyticsCategory)`, not nullable.
    pub user_experience_analytics_categories: rt::Field<
        ::std::vec::Vec<crate::v1::UserExperienceAnalyticsCategory>,
    >,
    /// User experience analytics device performance
    ///
    /// CSDL: containment navigation property `userExperienceAnalyticsDevicePerformance`: `Collection(microsoft.graph.userExperienceAnalyticsDevicePerformance)`, not nullable.
    pub user_experience_analytics_device_performance: rt::Field<
        ::std::vec::Vec<crate::v1::UserExperienceAnalyticsDevicePerformance>,
    >,
    /// User experience analytics device scores
    ///
    /// CSDL: containment navigation property `userExperienceAnalyticsDeviceScores`: `Collection(microsoft.graph.userExperienceAnalyticsDeviceScores)`, not nullable.
    pub user_experience_analytics_device_scores: rt::Field<
        ::std::vec::Vec<crate::v1::UserExperienceAnalyticsDeviceScores>,
    >,
    /// User experience analytics device Startup History
    ///
    /// CSDL: containment navigation property `userExperienceAnalyticsDeviceStartupHistory`: `Collection(microsoft.graph.userExperienceAnalyticsDeviceStartupHistory)`, not nullable.
    pub user_experience_analytics_device_startup_history: rt::Field<
        ::std::vec::Vec<crate::v1::UserExperienceAnalyticsDeviceStartupHistory>,
    >,
    /// User experience analytics device Startup Processes
    ///
    /// CSDL: containment navigation property `userExperienceAnalyticsDeviceStartupProcesses`: `Collection(microsoft.graph.userExperienceAnalyticsDeviceStartupProcess)`, not nullable.
    pub user_experience_analytics_device_startup_processes: rt::Field<
        ::std::vec::Vec<crate::v1::UserExperienceAnalyticsDeviceStartupProcess>,
    >,
    /// User experience analytics device Startup Process Performance
    ///
    /// CSDL: containment navigation property `userExperienceAnalyticsDeviceStartupProcessPerformance`: `Collection(microsoft.graph.userExperienceAnalyticsDeviceStartupProcessPerformance)`, not nullable.
    pub user_experience_analytics_device_startup_process_performance: rt::Field<
        ::std::vec::Vec<
            crate::v1::UserExperienceAnalyticsDeviceStartupProcessPerformance,
        >,
    >,
    /// User experience analytics metric history
    ///
    /// CSDL: containment navigation property `userExperienceAnalyticsMetricHistory`: `Collection(microsoft.graph.userExperienceAnalyticsMetricHistory)`, not nullable.
    pub user_experience_analytics_metric_history: rt::Field<
        ::std::vec::Vec<crate::v1::UserExperienceAnalyticsMetricHistory>,
    >,
    /// User experience analytics model scores
    ///
    /// CSDL: containment navigation property `userExperienceAnalyticsModelScores`: `Collection(microsoft.graph.userExperienceAnalyticsModelScores)`, not nullable.
    pub user_experience_analytics_model_scores: rt::Field<
        ::std::vec::Vec<crate::v1::UserExperienceAnalyticsModelScores>,
    >,
    /// User experience analytics overview
    ///
    /// CSDL: containment navigation property `userExperienceAnalyticsOverview`: `microsoft.graph.userExperienceAnalyticsOverview`, nullable.
    pub user_experience_analytics_overview: rt::Field<
        crate::v1::UserExperienceAnalyticsOverview,
    >,
    /// User experience analytics device Startup Score History
    ///
    /// CSDL: containment navigation property `userExperienceAnalyticsScoreHistory`: `Collection(microsoft.graph.userExperienceAnalyticsScoreHistory)`, not nullable.
    pub user_experience_analytics_score_history: rt::Field<
        ::std::vec::Vec<crate::v1::UserExperienceAnalyticsScoreHistory>,
    >,
    /// User experience analytics work from anywhere hardware readiness metrics.
    ///
    /// CSDL: containment navigation property `userExperienceAnalyticsWorkFromAnywhereHardwareReadinessMetric`: `microsoft.graph.userExperienceAnalyticsWorkFromAnywhereHardwareReadinessMetric`, nullable.
    pub user_experience_analytics_work_from_anywhere_hardware_readiness_metric: rt::Field<
        crate::v1::UserExperienceAnalyticsWorkFromAnywhereHardwareReadinessMetric,
    >,
    /// User experience analytics work from anywhere metrics.
    ///
    /// CSDL: containment navigation property `userExperienceAnalyticsWorkFromAnywhereMetrics`: `Collection(microsoft.graph.userExperienceAnalyticsWorkFromAnywhereMetric)`, not nullable.
    pub user_experience_analytics_work_from_anywhere_metrics: rt::Field<
        ::std::vec::Vec<crate::v1::UserExperienceAnalyticsWorkFromAnywhereMetric>,
    >,
    /// The user experience analytics work from anywhere model performance
    ///
    /// CSDL: containment navigation property `userExperienceAnalyticsWorkFromAnywhereModelPerformance`: `Collection(microsoft.graph.userExperienceAnalyticsWorkFromAnywhereModelPerformance)`, not nullable.
    pub user_experience_analytics_work_from_anywhere_model_performance: rt::Field<
        ::std::vec::Vec<
            crate::v1::UserExperienceAnalyticsWorkFromAnywhereModelPerformance,
        >,
    >,
    /// CSDL: containment navigation property `virtualEndpoint`: `microsoft.graph.virtualEndpoint`, nullable.
    pub virtual_endpoint: rt::Field<crate::v1::VirtualEndpoint>,
    /// The Windows autopilot device identities contained collection.
    ///
    /// CSDL: containment navigation property `windowsAutopilotDeviceIdentities`: `Collection(microsoft.graph.windowsAutopilotDeviceIdentity)`, not nullable.
    pub windows_autopilot_device_identities: rt::Field<
        ::std::vec::Vec<crate::v1::WindowsAutopilotDeviceIdentity>,
    >,
    /// The windows information protection app learning summaries.
    ///
    /// CSDL: containment navigation property `windowsInformationProtectionAppLearningSummaries`: `Collection(microsoft.graph.windowsInformationProtectionAppLearningSummary)`, not nullable.
    pub windows_information_protection_app_learning_summaries: rt::Field<
        ::std::vec::Vec<crate::v1::WindowsInformationProtectionAppLearningSummary>,
    >,
    /// The windows information protection network learning summaries.
    ///
    /// CSDL: containment navigation property `windowsInformationProtectionNetworkLearningSummaries`: `Collection(microsoft.graph.windowsInformationProtectionNetworkLearningSummary)`, not nullable.
    pub windows_information_protection_network_learning_summaries: rt::Field<
        ::std::vec::Vec<crate::v1::WindowsInformationProtectionNetworkLearningSummary>,
    >,
    /// The list of affected malware in the tenant.
    ///
    /// CSDL: containment navigation property `windowsMalwareInformation`: `Collection(microsoft.graph.windowsMalwareInformation)`, not nullable.
    pub windows_malware_information: rt::Field<
        ::std::vec::Vec<crate::v1::WindowsMalwareInformation>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default for DeviceManagement {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            device_protection_overview: rt::Field::Absent,
            intune_account_id: rt::Field::Absent,
            intune_brand: rt::Field::Absent,
            settings: rt::Field::Absent,
            subscription_state: rt::Field::Absent,
            user_experience_analytics_settings: rt::Field::Absent,
            windows_malware_overview: rt::Field::Absent,
            apple_push_notification_certificate: rt::Field::Absent,
            audit_events: rt::Field::Absent,
            compliance_management_partners: rt::Field::Absent,
            conditional_access_settings: rt::Field::Absent,
            detected_apps: rt::Field::Absent,
            device_categories: rt::Field::Absent,
            device_compliance_policies: rt::Field::Absent,
            device_compliance_policy_device_state_summary: rt::Field::Absent,
            device_compliance_policy_setting_state_summaries: rt::Field::Absent,
            device_configuration_device_state_summaries: rt::Field::Absent,
            device_configurations: rt::Field::Absent,
            device_enrollment_configurations: rt::Field::Absent,
            device_management_partners: rt::Field::Absent,
            exchange_connectors: rt::Field::Absent,
            imported_windows_autopilot_device_identities: rt::Field::Absent,
            ios_update_statuses: rt::Field::Absent,
            #[cfg(msgraph_v1_search)]
            managed_device_overview: rt::Field::Absent,
            managed_devices: rt::Field::Absent,
            mobile_app_troubleshooting_events: rt::Field::Absent,
            mobile_threat_defense_connectors: rt::Field::Absent,
            notification_message_templates: rt::Field::Absent,
            remote_assistance_partners: rt::Field::Absent,
            reports: rt::Field::Absent,
            resource_operations: rt::Field::Absent,
            role_assignments: rt::Field::Absent,
            role_definitions: rt::Field::Absent,
            #[cfg(msgraph_v1_search)]
            software_update_status_summary: rt::Field::Absent,
            terms_and_conditions: rt::Field::Absent,
            troubleshooting_events: rt::Field::Absent,
            user_experience_analytics_app_health_application_performance: rt::Field::Absent,
            user_experience_analytics_app_health_application_performance_by_app_version_details: rt::Field::Absent,
            user_experience_analytics_app_health_application_performance_by_app_version_device_id: rt::Field::Absent,
            user_experience_analytics_app_health_application_performance_by_os_version: rt::Field::Absent,
            user_experience_analytics_app_health_device_model_performance: rt::Field::Absent,
            user_experience_analytics_app_health_device_performance: rt::Field::Absent,
            user_experience_analytics_app_health_device_performance_details: rt::Field::Absent,
            user_experience_analytics_app_health_os_version_performance: rt::Field::Absent,
            user_experience_analytics_app_health_overview: rt::Field::Absent,
            user_experience_analytics_baselines: rt::Field::Absent,
            user_experience_analytics_categories: rt::Field::Absent,
            user_experience_analytics_device_performance: rt::Field::Absent,
            user_experience_analytics_device_scores: rt::Field::Absent,
            user_experience_analytics_device_startup_history: rt::Field::Absent,
            user_experience_analytics_device_startup_processes: rt::Field::Absent,
            user_experience_analytics_device_startup_process_performance: rt::Field::Absent,
            user_experience_analytics_metric_history: rt::Field::Absent,
            user_experience_analytics_model_scores: rt::Field::Absent,
            user_experience_analytics_overview: rt::Field::Absent,
            user_experience_analytics_score_history: rt::Field::Absent,
            user_experience_analytics_work_from_anywhere_hardware_readiness_metric: rt::Field::Absent,
            user_experience_analytics_work_from_anywhere_metrics: rt::Field::Absent,
            user_experience_analytics_work_from_anywhere_model_performance: rt::Field::Absent,
            virtual_endpoint: rt::Field::Absent,
            windows_autopilot_device_identities: rt::Field::Absent,
            windows_information_protection_app_learning_summaries: rt::Field::Absent,
            windows_information_protection_network_learning_summaries: rt::Field::Absent,
            windows_malware_information: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object for DeviceManagement {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceManagement";
    const KEYS: &'static [&'static str] = &[
        "id",
        "deviceProtectionOverview",
        "intuneAccountId",
        "intuneBrand",
        "settings",
        "subscriptionState",
        "userExperienceAnalyticsSettings",
        "windowsMalwareOverview",
        "applePushNotificationCertificate",
        "auditEvents",
        "complianceManagementPartners",
        "conditionalAccessSettings",
        "detectedApps",
        "deviceCategories",
        "deviceCompliancePolicies",
        "deviceCompliancePolicyDeviceStateSummary",
        "deviceCompliancePolicySettingStateSummaries",
        "deviceConfigurationDeviceStateSummaries",
        "deviceConfigurations",
        "deviceEnrollmentConfigurations",
        "deviceManagementPartners",
        "exchangeConnectors",
        "importedWindowsAutopilotDeviceIdentities",
        "iosUpdateStatuses",
        "managedDeviceOverview",
        "managedDevices",
        "mobileAppTroubleshootingEvents",
        "mobileThreatDefenseConnectors",
        "notificationMessageTemplates",
        "remoteAssistancePartners",
        "reports",
        "resourceOperations",
        "roleAssignments",
        "roleDefinitions",
        "softwareUpdateStatusSummary",
        "termsAndConditions",
        "troubleshootingEvents",
        "userExperienceAnalyticsAppHealthApplicationPerformance",
        "userExperienceAnalyticsAppHealthApplicationPerformanceByAppVersionDetails",
        "userExperienceAnalyticsAppHealthApplicationPerformanceByAppVersionDeviceId",
        "userExperienceAnalyticsAppHealthApplicationPerformanceByOSVersion",
        "userExperienceAnalyticsAppHealthDeviceModelPerformance",
        "userExperienceAnalyticsAppHealthDevicePerformance",
        "userExperienceAnalyticsAppHealthDevicePerformanceDetails",
        "userExperienceAnalyticsAppHealthOSVersionPerformance",
        "userExperienceAnalyticsAppHealthOverview",
        "userExperienceAnalyticsBaselines",
        "userExperienceAnalyticsCategories",
        "userExperienceAnalyticsDevicePerformance",
        "userExperienceAnalyticsDeviceScores",
        "userExperienceAnalyticsDeviceStartupHistory",
        "userExperienceAnalyticsDeviceStartupProcesses",
        "userExperienceAnalyticsDeviceStartupProcessPerformance",
        "userExperienceAnalyticsMetricHistory",
        "userExperienceAnalyticsModelScores",
        "userExperienceAnalyticsOverview",
        "userExperienceAnalyticsScoreHistory",
        "userExperienceAnalyticsWorkFromAnywhereHardwareReadinessMetric",
        "userExperienceAnalyticsWorkFromAnywhereMetrics",
        "userExperienceAnalyticsWorkFromAnywhereModelPerformance",
        "virtualEndpoint",
        "windowsAutopilotDeviceIdentities",
        "windowsInformationProtectionAppLearningSummaries",
        "windowsInformationProtectionNetworkLearningSummaries",
        "windowsMalwareInformation",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"deviceProtectionOverview\":     ",
        ",\"intuneAccountId\":              ",
        ",\"intuneBrand\":                  ",
        ",\"settings\":                     ",
        ",\"subscriptionState\":            ",
        ",\"userExperienceAnalyticsSettings\":",
        ",\"windowsMalwareOverview\":       ",
        ",\"applePushNotificationCertificate\":",
        ",\"auditEvents\":                  ",
        ",\"complianceManagementPartners\": ",
        ",\"conditionalAccessSettings\":    ",
        ",\"detectedApps\":                 ",
        ",\"deviceCategories\":             ",
        ",\"deviceCompliancePolicies\":     ",
        ",\"deviceCompliancePolicyDeviceStateSummary\":",
        ",\"deviceCompliancePolicySettingStateSummaries\":",
        ",\"deviceConfigurationDeviceStateSummaries\":",
        ",\"deviceConfigurations\":         ",
        ",\"deviceEnrollmentConfigurations\":",
        ",\"deviceManagementPartners\":     ",
        ",\"exchangeConnectors\":           ",
        ",\"importedWindowsAutopilotDeviceIdentities\":",
        ",\"iosUpdateStatuses\":            ",
        ",\"managedDeviceOverview\":        ",
        ",\"managedDevices\":               ",
        ",\"mobileAppTroubleshootingEvents\":",
        ",\"mobileThreatDefenseConnectors\":",
        ",\"notificationMessageTemplates\": ",
        ",\"remoteAssistancePartners\":     ",
        ",\"reports\":                      ",
        ",\"resourceOperations\":           ",
        ",\"roleAssignments\":              ",
        ",\"roleDefinitions\":              ",
        ",\"softwareUpdateStatusSummary\":  ",
        ",\"termsAndConditions\":           ",
        ",\"troubleshootingEvents\":        ",
        ",\"userExperienceAnalyticsAppHealthApplicationPerformance\":",
        ",\"userExperienceAnalyticsAppHealthApplicationPerformanceByAppVersionDetails\":",
        ",\"userExperienceAnalyticsAppHealthApplicationPerformanceByAppVersionDeviceId\":",
        ",\"userExperienceAnalyticsAppHealthApplicationPerformanceByOSVersion\":",
        ",\"userExperienceAnalyticsAppHealthDeviceModelPerformance\":",
        ",\"userExperienceAnalyticsAppHealthDevicePerformance\":",
        ",\"userExperienceAnalyticsAppHealthDevicePerformanceDetails\":",
        ",\"userExperienceAnalyticsAppHealthOSVersionPerformance\":",
        ",\"userExperienceAnalyticsAppHealthOverview\":",
        ",\"userExperienceAnalyticsBaselines\":",
        ",\"userExperienceAnalyticsCategories\":",
        ",\"userExperienceAnalyticsDevicePerformance\":",
        ",\"userExperienceAnalyticsDeviceScores\":",
        ",\"userExperienceAnalyticsDeviceStartupHistory\":",
        ",\"userExperienceAnalyticsDeviceStartupProcesses\":",
        ",\"userExperienceAnalyticsDeviceStartupProcessPerformance\":",
        ",\"userExperienceAnalyticsMetricHistory\":",
        ",\"userExperienceAnalyticsModelScores\":",
        ",\"userExperienceAnalyticsOverview\":",
        ",\"userExperienceAnalyticsScoreHistory\":",
        ",\"userExperienceAnalyticsWorkFromAnywhereHardwareReadinessMetric\":",
        ",\"userExperienceAnalyticsWorkFromAnywhereMetrics\":",
        ",\"userExperienceAnalyticsWorkFromAnywhereModelPerformance\":",
        ",\"virtualEndpoint\":              ",
        ",\"windowsAutopilotDeviceIdentities\":",
        ",\"windowsInformationProtectionAppLearningSummaries\":",
        ",\"windowsInformationProtectionNetworkLearningSummaries\":",
        ",\"windowsMalwareInformation\":    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.deviceManagement\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "device_protection_overview", &self.device_protection_overview);
        v.field(2usize, "intune_account_id", &self.intune_account_id);
        v.field(3usize, "intune_brand", &self.intune_brand);
        v.field(4usize, "settings", &self.settings);
        v.field(5usize, "subscription_state", &self.subscription_state);
        v.field(
            6usize,
            "user_experience_analytics_settings",
            &self.user_experience_analytics_settings,
        );
        v.field(7usize, "windows_malware_overview", &self.windows_malware_overview);
        v.field(
            8usize,
            "apple_push_notification_certificate",
            &self.apple_push_notification_certificate,
        );
        v.field(9usize, "audit_events", &self.audit_events);
        v.field(
            10usize,
            "compliance_management_partners",
            &self.compliance_management_partners,
        );
        v.field(
            11usize,
            "conditional_access_settings",
            &self.conditional_access_settings,
        );
        v.field(12usize, "detected_apps", &self.detected_apps);
        v.field(13usize, "device_categories", &self.device_categories);
        v.field(14usize, "device_compliance_policies", &self.device_compliance_policies);
        v.field(
            15usize,
            "device_compliance_policy_device_state_summary",
            &self.device_compliance_policy_device_state_summary,
        );
        v.field(
            16usize,
            "device_compliance_policy_setting_state_summaries",
            &self.device_compliance_policy_setting_state_summaries,
        );
        v.field(
            17usize,
            "device_configuration_device_state_summaries",
            &self.device_configuration_device_state_summaries,
        );
        v.field(18usize, "device_configurations", &self.device_configurations);
        v.field(
            19usize,
            "device_enrollment_configurations",
            &self.device_enrollment_configurations,
        );
        v.field(20usize, "device_management_partners", &self.device_management_partners);
        v.field(21usize, "exchange_connectors", &self.exchange_connectors);
        v.field(
            22usize,
            "imported_windows_autopilot_device_identities",
            &self.imported_windows_autopilot_device_identities,
        );
        v.field(23usize, "ios_update_statuses", &self.ios_update_statuses);
        #[cfg(msgraph_v1_search)]
        v.field(24usize, "managed_device_overview", &self.managed_device_overview);
        v.field(25usize, "managed_devices", &self.managed_devices);
        v.field(
            26usize,
            "mobile_app_troubleshooting_events",
            &self.mobile_app_troubleshooting_events,
        );
        v.field(
            27usize,
            "mobile_threat_defense_connectors",
            &self.mobile_threat_defense_connectors,
        );
        v.field(
            28usize,
            "notification_message_templates",
            &self.notification_message_templates,
        );
        v.field(29usize, "remote_assistance_partners", &self.remote_assistance_partners);
        v.field(30usize, "reports", &self.reports);
        v.field(31usize, "resource_operations", &self.resource_operations);
        v.field(32usize, "role_assignments", &self.role_assignments);
        v.field(33usize, "role_definitions", &self.role_definitions);
        #[cfg(msgraph_v1_search)]
        v.field(
            34usize,
            "software_update_status_summary",
            &self.software_update_status_summary,
        );
        v.field(35usize, "terms_and_conditions", &self.terms_and_conditions);
        v.field(36usize, "troubleshooting_events", &self.troubleshooting_events);
        v.field(
            37usize,
            "user_experience_analytics_app_health_application_performance",
            &self.user_experience_analytics_app_health_application_performance,
        );
        v.field(
            38usize,
            "user_experience_analytics_app_health_application_performance_by_app_version_details",
            &self
                .user_experience_analytics_app_health_application_performance_by_app_version_details,
        );
        v.field(
            39usize,
            "user_experience_analytics_app_health_application_performance_by_app_version_device_id",
            &self
                .user_experience_analytics_app_health_application_performance_by_app_version_device_id,
        );
        v.field(
            40usize,
            "user_experience_analytics_app_health_application_performance_by_os_version",
            &self
                .user_experience_analytics_app_health_application_performance_by_os_version,
        );
        v.field(
            41usize,
            "user_experience_analytics_app_health_device_model_performance",
            &self.user_experience_analytics_app_health_device_model_performance,
        );
        v.field(
            42usize,
            "user_experience_analytics_app_health_device_performance",
            &self.user_experience_analytics_app_health_device_performance,
        );
        v.field(
            43usize,
            "user_experience_analytics_app_health_device_performance_details",
            &self.user_experience_analytics_app_health_device_performance_details,
        );
        v.field(
            44usize,
            "user_experience_analytics_app_health_os_version_performance",
            &self.user_experience_analytics_app_health_os_version_performance,
        );
        v.field(
            45usize,
            "user_experience_analytics_app_health_overview",
            &self.user_experience_analytics_app_health_overview,
        );
        v.field(
            46usize,
            "user_experience_analytics_baselines",
            &self.user_experience_analytics_baselines,
        );
        v.field(
            47usize,
            "user_experience_analytics_categories",
            &self.user_experience_analytics_categories,
        );
        v.field(
            48usize,
            "user_experience_analytics_device_performance",
            &self.user_experience_analytics_device_performance,
        );
        v.field(
            49usize,
            "user_experience_analytics_device_scores",
            &self.user_experience_analytics_device_scores,
        );
        v.field(
            50usize,
            "user_experience_analytics_device_startup_history",
            &self.user_experience_analytics_device_startup_history,
        );
        v.field(
            51usize,
            "user_experience_analytics_device_startup_processes",
            &self.user_experience_analytics_device_startup_processes,
        );
        v.field(
            52usize,
            "user_experience_analytics_device_startup_process_performance",
            &self.user_experience_analytics_device_startup_process_performance,
        );
        v.field(
            53usize,
            "user_experience_analytics_metric_history",
            &self.user_experience_analytics_metric_history,
        );
        v.field(
            54usize,
            "user_experience_analytics_model_scores",
            &self.user_experience_analytics_model_scores,
        );
        v.field(
            55usize,
            "user_experience_analytics_overview",
            &self.user_experience_analytics_overview,
        );
        v.field(
            56usize,
            "user_experience_analytics_score_history",
            &self.user_experience_analytics_score_history,
        );
        v.field(
            57usize,
            "user_experience_analytics_work_from_anywhere_hardware_readiness_metric",
            &self.user_experience_analytics_work_from_anywhere_hardware_readiness_metric,
        );
        v.field(
            58usize,
            "user_experience_analytics_work_from_anywhere_metrics",
            &self.user_experience_analytics_work_from_anywhere_metrics,
        );
        v.field(
            59usize,
            "user_experience_analytics_work_from_anywhere_model_performance",
            &self.user_experience_analytics_work_from_anywhere_model_performance,
        );
        v.field(60usize, "virtual_endpoint", &self.virtual_endpoint);
        v.field(
            61usize,
            "windows_autopilot_device_identities",
            &self.windows_autopilot_device_identities,
        );
        v.field(
            62usize,
            "windows_information_protection_app_learning_summaries",
            &self.windows_information_protection_app_learning_summaries,
        );
        v.field(
            63usize,
            "windows_information_protection_network_learning_summaries",
            &self.windows_information_protection_network_learning_summaries,
        );
        v.field(
            64usize,
            "windows_malware_information",
            &self.windows_malware_information,
        );
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members for DeviceManagement {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.device_protection_overview.read_from(r),
            2usize => self.intune_account_id.read_from(r),
            3usize => self.intune_brand.read_from(r),
            4usize => self.settings.read_from(r),
            5usize => self.subscription_state.read_from(r),
            6usize => self.user_experience_analytics_settings.read_from(r),
            7usize => self.windows_malware_overview.read_from(r),
            8usize => self.apple_push_notification_certificate.read_from(r),
            9usize => self.audit_events.read_from(r),
            10usize => self.compliance_management_partners.read_from(r),
            11usize => self.conditional_access_settings.read_from(r),
            12usize => self.detected_apps.read_from(r),
            13usize => self.device_categories.read_from(r),
            14usize => self.device_compliance_policies.read_from(r),
            15usize => self.device_compliance_policy_device_state_summary.read_from(r),
            16usize => self.device_compliance_policy_setting_state_summaries.read_from(r),
            17usize => self.device_configuration_device_state_summaries.read_from(r),
            18usize => self.device_configurations.read_from(r),
            19usize => self.device_enrollment_configurations.read_from(r),
            20usize => self.device_management_partners.read_from(r),
            21usize => self.exchange_connectors.read_from(r),
            22usize => self.imported_windows_autopilot_device_identities.read_from(r),
            23usize => self.ios_update_statuses.read_from(r),
            #[cfg(msgraph_v1_search)]
            24usize => self.managed_device_overview.read_from(r),
            25usize => self.managed_devices.read_from(r),
            26usize => self.mobile_app_troubleshooting_events.read_from(r),
            27usize => self.mobile_threat_defense_connectors.read_from(r),
            28usize => self.notification_message_templates.read_from(r),
            29usize => self.remote_assistance_partners.read_from(r),
            30usize => self.reports.read_from(r),
            31usize => self.resource_operations.read_from(r),
            32usize => self.role_assignments.read_from(r),
            33usize => self.role_definitions.read_from(r),
            #[cfg(msgraph_v1_search)]
            34usize => self.software_update_status_summary.read_from(r),
            35usize => self.terms_and_conditions.read_from(r),
            36usize => self.troubleshooting_events.read_from(r),
            37usize => {
                self.user_experience_analytics_app_health_application_performance
                    .read_from(r)
            }
            38usize => {
                self.user_experience_analytics_app_health_application_performance_by_app_version_details
                    .read_from(r)
            }
            39usize => {
                self.user_experience_analytics_app_health_application_performance_by_app_version_device_id
                    .read_from(r)
            }
            40usize => {
                self.user_experience_analytics_app_health_application_performance_by_os_version
                    .read_from(r)
            }
            41usize => {
                self.user_experience_analytics_app_health_device_model_performance
                    .read_from(r)
            }
            42usize => {
                self.user_experience_analytics_app_health_device_performance.read_from(r)
            }
            43usize => {
                self.user_experience_analytics_app_health_device_performance_details
                    .read_from(r)
            }
            44usize => {
                self.user_experience_analytics_app_health_os_version_performance
                    .read_from(r)
            }
            45usize => self.user_experience_analytics_app_health_overview.read_from(r),
            46usize => self.user_experience_analytics_baselines.read_from(r),
            47usize => self.user_experience_analytics_categories.read_from(r),
            48usize => self.user_experience_analytics_device_performance.read_from(r),
            49usize => self.user_experience_analytics_device_scores.read_from(r),
            50usize => self.user_experience_analytics_device_startup_history.read_from(r),
            51usize => {
                self.user_experience_analytics_device_startup_processes.read_from(r)
            }
            52usize => {
                self.user_experience_analytics_device_startup_process_performance
                    .read_from(r)
            }
            53usize => self.user_experience_analytics_metric_history.read_from(r),
            54usize => self.user_experience_analytics_model_scores.read_from(r),
            55usize => self.user_experience_analytics_overview.read_from(r),
            56usize => self.user_experience_analytics_score_history.read_from(r),
            57usize => {
                self.user_experience_analytics_work_from_anywhere_hardware_readiness_metric
                    .read_from(r)
            }
            58usize => {
                self.user_experience_analytics_work_from_anywhere_metrics.read_from(r)
            }
            59usize => {
                self.user_experience_analytics_work_from_anywhere_model_performance
                    .read_from(r)
            }
            60usize => self.virtual_endpoint.read_from(r),
            61usize => self.windows_autopilot_device_identities.read_from(r),
            62usize => {
                self.windows_information_protection_app_learning_summaries.read_from(r)
            }
            63usize => {
                self.windows_information_protection_network_learning_summaries
                    .read_from(r)
            }
            64usize => self.windows_malware_information.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.device_protection_overview);
        w.field(2usize, &self.intune_account_id);
        w.field(3usize, &self.intune_brand);
        w.field(4usize, &self.settings);
        w.field(5usize, &self.subscription_state);
        w.field(6usize, &self.user_experience_analytics_settings);
        w.field(7usize, &self.windows_malware_overview);
        w.field(8usize, &self.apple_push_notification_certificate);
        w.field(9usize, &self.audit_events);
        w.field(10usize, &self.compliance_management_partners);
        w.field(11usize, &self.conditional_access_settings);
        w.field(12usize, &self.detected_apps);
        w.field(13usize, &self.device_categories);
        w.field(14usize, &self.device_compliance_policies);
        w.field(15usize, &self.device_compliance_policy_device_state_summary);
        w.field(16usize, &self.device_compliance_policy_setting_state_summaries);
        w.field(17usize, &self.device_configuration_device_state_summaries);
        w.field(18usize, &self.device_configurations);
        w.field(19usize, &self.device_enrollment_configurations);
        w.field(20usize, &self.device_management_partners);
        w.field(21usize, &self.exchange_connectors);
        w.field(22usize, &self.imported_windows_autopilot_device_identities);
        w.field(23usize, &self.ios_update_statuses);
        #[cfg(msgraph_v1_search)] w.field(24usize, &self.managed_device_overview);
        w.field(25usize, &self.managed_devices);
        w.field(26usize, &self.mobile_app_troubleshooting_events);
        w.field(27usize, &self.mobile_threat_defense_connectors);
        w.field(28usize, &self.notification_message_templates);
        w.field(29usize, &self.remote_assistance_partners);
        w.field(30usize, &self.reports);
        w.field(31usize, &self.resource_operations);
        w.field(32usize, &self.role_assignments);
        w.field(33usize, &self.role_definitions);
        #[cfg(msgraph_v1_search)] w.field(34usize, &self.software_update_status_summary);
        w.field(35usize, &self.terms_and_conditions);
        w.field(36usize, &self.troubleshooting_events);
        w.field(
            37usize,
            &self.user_experience_analytics_app_health_application_performance,
        );
        w.field(
            38usize,
            &self
                .user_experience_analytics_app_health_application_performance_by_app_version_details,
        );
        w.field(
            39usize,
            &self
                .user_experience_analytics_app_health_application_performance_by_app_version_device_id,
        );
        w.field(
            40usize,
            &self
                .user_experience_analytics_app_health_application_performance_by_os_version,
        );
        w.field(
            41usize,
            &self.user_experience_analytics_app_health_device_model_performance,
        );
        w.field(42usize, &self.user_experience_analytics_app_health_device_performance);
        w.field(
            43usize,
            &self.user_experience_analytics_app_health_device_performance_details,
        );
        w.field(
            44usize,
            &self.user_experience_analytics_app_health_os_version_performance,
        );
        w.field(45usize, &self.user_experience_analytics_app_health_overview);
        w.field(46usize, &self.user_experience_analytics_baselines);
        w.field(47usize, &self.user_experience_analytics_categories);
        w.field(48usize, &self.user_experience_analytics_device_performance);
        w.field(49usize, &self.user_experience_analytics_device_scores);
        w.field(50usize, &self.user_experience_analytics_device_startup_history);
        w.field(51usize, &self.user_experience_analytics_device_startup_processes);
        w.field(
            52usize,
            &self.user_experience_analytics_device_startup_process_performance,
        );
        w.field(53usize, &self.user_experience_analytics_metric_history);
        w.field(54usize, &self.user_experience_analytics_model_scores);
        w.field(55usize, &self.user_experience_analytics_overview);
        w.field(56usize, &self.user_experience_analytics_score_history);
        w.field(
            57usize,
            &self.user_experience_analytics_work_from_anywhere_hardware_readiness_metric,
        );
        w.field(58usize, &self.user_experience_analytics_work_from_anywhere_metrics);
        w.field(
            59usize,
            &self.user_experience_analytics_work_from_anywhere_model_performance,
        );
        w.field(60usize, &self.virtual_endpoint);
        w.field(61usize, &self.windows_autopilot_device_identities);
        w.field(62usize, &self.windows_information_protection_app_learning_summaries);
        w.field(
            63usize,
            &self.windows_information_protection_network_learning_summaries,
        );
        w.field(64usize, &self.windows_malware_information);
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
rt::impl_object!(DeviceManagement);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    DeviceManagement { with_id id : ::std::string::String;
    with_device_protection_overview device_protection_overview : crate
    ::v1::DeviceProtectionOverview; with_intune_account_id intune_account_id :
    rt::edm::Guid; with_intune_brand intune_brand : crate ::v1::IntuneBrand;
    with_settings settings : crate ::v1::DeviceManagementSettings;
    with_subscription_state subscription_state : crate
    ::v1::DeviceManagementSubscriptionState; with_user_experience_analytics_settings
    user_experience_analytics_settings : crate ::v1::UserExperienceAnalyticsSettings;
    with_windows_malware_overview windows_malware_overview : crate
    ::v1::WindowsMalwareOverview; with_apple_push_notification_certificate
    apple_push_notification_certificate : crate ::v1::ApplePushNotificationCertificate;
    with_audit_events audit_events : ::std::vec::Vec < crate ::v1::AuditEvent >;
    with_compliance_management_partners compliance_management_partners : ::std::vec::Vec
    < crate ::v1::ComplianceManagementPartner >; with_conditional_access_settings
    conditional_access_settings : crate ::v1::OnPremisesConditionalAccessSettings;
    with_detected_apps detected_apps : ::std::vec::Vec < crate ::v1::DetectedApp >;
    with_device_categories device_categories : ::std::vec::Vec < crate
    ::v1::DeviceCategory >; with_device_compliance_policies device_compliance_policies :
    ::std::vec::Vec < crate ::v1::AnyDeviceCompliancePolicy >;
    with_device_compliance_policy_device_state_summary
    device_compliance_policy_device_state_summary : crate
    ::v1::DeviceCompliancePolicyDeviceStateSummary;
    with_device_compliance_policy_setting_state_summaries
    device_compliance_policy_setting_state_summaries : ::std::vec::Vec < crate
    ::v1::DeviceCompliancePolicySettingStateSummary >;
    with_device_configuration_device_state_summaries
    device_configuration_device_state_summaries : crate
    ::v1::DeviceConfigurationDeviceStateSummary; with_device_configurations
    device_configurations : ::std::vec::Vec < crate ::v1::AnyDeviceConfiguration >;
    with_device_enrollment_configurations device_enrollment_configurations :
    ::std::vec::Vec < crate ::v1::AnyDeviceEnrollmentConfiguration >;
    with_device_management_partners device_management_partners : ::std::vec::Vec < crate
    ::v1::DeviceManagementPartner >; with_exchange_connectors exchange_connectors :
    ::std::vec::Vec < crate ::v1::DeviceManagementExchangeConnector >;
    with_imported_windows_autopilot_device_identities
    imported_windows_autopilot_device_identities : ::std::vec::Vec < crate
    ::v1::ImportedWindowsAutopilotDeviceIdentity >; with_ios_update_statuses
    ios_update_statuses : ::std::vec::Vec < crate ::v1::IosUpdateDeviceStatus >;
    #[cfg(msgraph_v1_search)] with_managed_device_overview managed_device_overview :
    crate ::v1::ManagedDeviceOverview; with_managed_devices managed_devices :
    ::std::vec::Vec < crate ::v1::ManagedDevice >; with_mobile_app_troubleshooting_events
    mobile_app_troubleshooting_events : ::std::vec::Vec < crate
    ::v1::MobileAppTroubleshootingEvent >; with_mobile_threat_defense_connectors
    mobile_threat_defense_connectors : ::std::vec::Vec < crate
    ::v1::MobileThreatDefenseConnector >; with_notification_message_templates
    notification_message_templates : ::std::vec::Vec < crate
    ::v1::NotificationMessageTemplate >; with_remote_assistance_partners
    remote_assistance_partners : ::std::vec::Vec < crate ::v1::RemoteAssistancePartner >;
    with_reports reports : crate ::v1::DeviceManagementReports; with_resource_operations
    resource_operations : ::std::vec::Vec < crate ::v1::ResourceOperation >;
    with_role_assignments role_assignments : ::std::vec::Vec < crate
    ::v1::DeviceAndAppManagementRoleAssignment >; with_role_definitions role_definitions
    : ::std::vec::Vec < crate ::v1::AnyRoleDefinition >; #[cfg(msgraph_v1_search)]
    with_software_update_status_summary software_update_status_summary : crate
    ::v1::SoftwareUpdateStatusSummary; with_terms_and_conditions terms_and_conditions :
    ::std::vec::Vec < crate ::v1::TermsAndConditions >; with_troubleshooting_events
    troubleshooting_events : ::std::vec::Vec < crate
    ::v1::AnyDeviceManagementTroubleshootingEvent >;
    with_user_experience_analytics_app_health_application_performance
    user_experience_analytics_app_health_application_performance : ::std::vec::Vec <
    crate ::v1::UserExperienceAnalyticsAppHealthApplicationPerformance >;
    with_user_experience_analytics_app_health_application_performance_by_app_version_details
    user_experience_analytics_app_health_application_performance_by_app_version_details :
    ::std::vec::Vec < crate
    ::v1::UserExperienceAnalyticsAppHealthAppPerformanceByAppVersionDetails >;
    with_user_experience_analytics_app_health_application_performance_by_app_version_device_id
    user_experience_analytics_app_health_application_performance_by_app_version_device_id
    : ::std::vec::Vec < crate
    ::v1::UserExperienceAnalyticsAppHealthAppPerformanceByAppVersionDeviceId >;
    with_user_experience_analytics_app_health_application_performance_by_os_version
    user_experience_analytics_app_health_application_performance_by_os_version :
    ::std::vec::Vec < crate
    ::v1::UserExperienceAnalyticsAppHealthAppPerformanceByOsVersion >;
    with_user_experience_analytics_app_health_device_model_performance
    user_experience_analytics_app_health_device_model_performance : ::std::vec::Vec <
    crate ::v1::UserExperienceAnalyticsAppHealthDeviceModelPerformance >;
    with_user_experience_analytics_app_health_device_performance
    user_experience_analytics_app_health_device_performance : ::std::vec::Vec < crate
    ::v1::UserExperienceAnalyticsAppHealthDevicePerformance >;
    with_user_experience_analytics_app_health_device_performance_details
    user_experience_analytics_app_health_device_performance_details : ::std::vec::Vec <
    crate ::v1::UserExperienceAnalyticsAppHealthDevicePerformanceDetails >;
    with_user_experience_analytics_app_health_os_version_performance
    user_experience_analytics_app_health_os_version_performance : ::std::vec::Vec < crate
    ::v1::UserExperienceAnalyticsAppHealthOsVersionPerformance >;
    with_user_experience_analytics_app_health_overview
    user_experience_analytics_app_health_overview : crate
    ::v1::UserExperienceAnalyticsCategory; with_user_experience_analytics_baselines
    user_experience_analytics_baselines : ::std::vec::Vec < crate
    ::v1::UserExperienceAnalyticsBaseline >; with_user_experience_analytics_categories
    user_experience_analytics_categories : ::std::vec::Vec < crate
    ::v1::UserExperienceAnalyticsCategory >;
    with_user_experience_analytics_device_performance
    user_experience_analytics_device_performance : ::std::vec::Vec < crate
    ::v1::UserExperienceAnalyticsDevicePerformance >;
    with_user_experience_analytics_device_scores user_experience_analytics_device_scores
    : ::std::vec::Vec < crate ::v1::UserExperienceAnalyticsDeviceScores >;
    with_user_experience_analytics_device_startup_history
    user_experience_analytics_device_startup_history : ::std::vec::Vec < crate
    ::v1::UserExperienceAnalyticsDeviceStartupHistory >;
    with_user_experience_analytics_device_startup_processes
    user_experience_analytics_device_startup_processes : ::std::vec::Vec < crate
    ::v1::UserExperienceAnalyticsDeviceStartupProcess >;
    with_user_experience_analytics_device_startup_process_performance
    user_experience_analytics_device_startup_process_performance : ::std::vec::Vec <
    crate ::v1::UserExperienceAnalyticsDeviceStartupProcessPerformance >;
    with_user_experience_analytics_metric_history
    user_experience_analytics_metric_history : ::std::vec::Vec < crate
    ::v1::UserExperienceAnalyticsMetricHistory >;
    with_user_experience_analytics_model_scores user_experience_analytics_model_scores :
    ::std::vec::Vec < crate ::v1::UserExperienceAnalyticsModelScores >;
    with_user_experience_analytics_overview user_experience_analytics_overview : crate
    ::v1::UserExperienceAnalyticsOverview; with_user_experience_analytics_score_history
    user_experience_analytics_score_history : ::std::vec::Vec < crate
    ::v1::UserExperienceAnalyticsScoreHistory >;
    with_user_experience_analytics_work_from_anywhere_hardware_readiness_metric
    user_experience_analytics_work_from_anywhere_hardware_readiness_metric : crate
    ::v1::UserExperienceAnalyticsWorkFromAnywhereHardwareReadinessMetric;
    with_user_experience_analytics_work_from_anywhere_metrics
    user_experience_analytics_work_from_anywhere_metrics : ::std::vec::Vec < crate
    ::v1::UserExperienceAnalyticsWorkFromAnywhereMetric >;
    with_user_experience_analytics_work_from_anywhere_model_performance
    user_experience_analytics_work_from_anywhere_model_performance : ::std::vec::Vec <
    crate ::v1::UserExperienceAnalyticsWorkFromAnywhereModelPerformance >;
    with_virtual_endpoint virtual_endpoint : crate ::v1::VirtualEndpoint;
    with_windows_autopilot_device_identities windows_autopilot_device_identities :
    ::std::vec::Vec < crate ::v1::WindowsAutopilotDeviceIdentity >;
    with_windows_information_protection_app_learning_summaries
    windows_information_protection_app_learning_summaries : ::std::vec::Vec < crate
    ::v1::WindowsInformationProtectionAppLearningSummary >;
    with_windows_information_protection_network_learning_summaries
    windows_information_protection_network_learning_summaries : ::std::vec::Vec < crate
    ::v1::WindowsInformationProtectionNetworkLearningSummary >;
    with_windows_malware_information windows_malware_information : ::std::vec::Vec <
    crate ::v1::WindowsMalwareInformation >; }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagement);
#[cfg(msgraph_v1_directory_or_search)]
/// CSDL: `microsoft.graph.directory`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`DirectoryPath`](requests/trait.DirectoryPath.html), what a path to one (`EntityPath<Directory, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-directory`, `v1-search`.
#[derive(Clone)]
pub struct Directory {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `administrativeUnits`: `Collection(microsoft.graph.administrativeUnit)`, not nullable.
    pub administrative_units: rt::Field<::std::vec::Vec<crate::v1::AdministrativeUnit>>,
    /// CSDL: containment navigation property `attributeSets`: `Collection(microsoft.graph.attributeSet)`, not nullable.
    pub attribute_sets: rt::Field<::std::vec::Vec<crate::v1::AttributeSet>>,
    /// CSDL: containment navigation property `customSecurityAttributeDefinitions`: `Collection(microsoft.graph.customSecurityAttributeDefinition)`, not nullable.
    pub custom_security_attribute_definitions: rt::Field<
        ::std::vec::Vec<crate::v1::CustomSecurityAttributeDefinition>,
    >,
    /// CSDL: navigation property `deletedItems`: `Collection(microsoft.graph.directoryObject)`, not nullable.
    pub deleted_items: rt::Field<::std::vec::Vec<crate::v1::AnyDirectoryObject>>,
    /// CSDL: containment navigation property `deviceLocalCredentials`: `Collection(microsoft.graph.deviceLocalCredentialInfo)`, not nullable.
    pub device_local_credentials: rt::Field<
        ::std::vec::Vec<crate::v1::DeviceLocalCredentialInfo>,
    >,
    /// CSDL: containment navigation property `federationConfigurations`: `Collection(microsoft.graph.identityProviderBase)`, not nullable.
    pub federation_configurations: rt::Field<
        ::std::vec::Vec<crate::v1::AnyIdentityProviderBase>,
    >,
    /// CSDL: containment navigation property `onPremisesSynchronization`: `Collection(microsoft.graph.onPremisesDirectorySynchronization)`, not nullable.
    pub on_premises_synchronization: rt::Field<
        ::std::vec::Vec<crate::v1::OnPremisesDirectorySynchronization>,
    >,
    /// CSDL: containment navigation property `publicKeyInfrastructure`: `microsoft.graph.publicKeyInfrastructureRoot`, nullable.
    pub public_key_infrastructure: rt::Field<crate::v1::PublicKeyInfrastructureRoot>,
    /// CSDL: containment navigation property `recovery`: `microsoft.graph.entraRecoveryServices.recovery`, nullable.
    pub recovery: rt::Field<crate::v1::entra_recovery_services::Recovery>,
    /// CSDL: containment navigation property `remoteTenantGroups`: `Collection(microsoft.graph.remoteTenantGroup)`, not nullable.
    pub remote_tenant_groups: rt::Field<::std::vec::Vec<crate::v1::RemoteTenantGroup>>,
    /// CSDL: containment navigation property `subscriptions`: `Collection(microsoft.graph.companySubscription)`, not nullable.
    pub subscriptions: rt::Field<::std::vec::Vec<crate::v1::CompanySubscription>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_directory_or_search)]
impl ::std::default::Default for Directory {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            administrative_units: rt::Field::Absent,
            attribute_sets: rt::Field::Absent,
            custom_security_attribute_definitions: rt::Field::Absent,
            deleted_items: rt::Field::Absent,
            device_local_credentials: rt::Field::Absent,
            federation_configurations: rt::Field::Absent,
            on_premises_synchronization: rt::Field::Absent,
            public_key_infrastructure: rt::Field::Absent,
            recovery: rt::Field::Absent,
            remote_tenant_groups: rt::Field::Absent,
            subscriptions: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_directory_or_search)]
impl rt::Object for Directory {
    const TYPE_NAME: &'static str = "microsoft.graph.directory";
    const KEYS: &'static [&'static str] = &[
        "id",
        "administrativeUnits",
        "attributeSets",
        "customSecurityAttributeDefinitions",
        "deletedItems",
        "deviceLocalCredentials",
        "federationConfigurations",
        "onPremisesSynchronization",
        "publicKeyInfrastructure",
        "recovery",
        "remoteTenantGroups",
        "subscriptions",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"administrativeUnits\":          ",
        ",\"attributeSets\":                ",
        ",\"customSecurityAttributeDefinitions\":",
        ",\"deletedItems\":                 ",
        ",\"deviceLocalCredentials\":       ",
        ",\"federationConfigurations\":     ",
        ",\"onPremisesSynchronization\":    ",
        ",\"publicKeyInfrastructure\":      ",
        ",\"recovery\":                     ",
        ",\"remoteTenantGroups\":           ",
        ",\"subscriptions\":                ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.directory\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "administrative_units", &self.administrative_units);
        v.field(2usize, "attribute_sets", &self.attribute_sets);
        v.field(
            3usize,
            "custom_security_attribute_definitions",
            &self.custom_security_attribute_definitions,
        );
        v.field(4usize, "deleted_items", &self.deleted_items);
        v.field(5usize, "device_local_credentials", &self.device_local_credentials);
        v.field(6usize, "federation_configurations", &self.federation_configurations);
        v.field(
            7usize,
            "on_premises_synchronization",
            &self.on_premises_synchronization,
        );
        v.field(8usize, "public_key_infrastructure", &self.public_key_infrastructure);
        v.field(9usize, "recovery", &self.recovery);
        v.field(10usize, "remote_tenant_groups", &self.remote_tenant_groups);
        v.field(11usize, "subscriptions", &self.subscriptions);
    }
}
#[cfg(msgraph_v1_directory_or_search)]
impl rt::object::Members for Directory {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.administrative_units.read_from(r),
            2usize => self.attribute_sets.read_from(r),
            3usize => self.custom_security_attribute_definitions.read_from(r),
            4usize => self.deleted_items.read_from(r),
            5usize => self.device_local_credentials.read_from(r),
            6usize => self.federation_configurations.read_from(r),
            7usize => self.on_premises_synchronization.read_from(r),
            8usize => self.public_key_infrastructure.read_from(r),
            9usize => self.recovery.read_from(r),
            10usize => self.remote_tenant_groups.read_from(r),
            11usize => self.subscriptions.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.administrative_units);
        w.field(2usize, &self.attribute_sets);
        w.field(3usize, &self.custom_security_attribute_definitions);
        w.field(4usize, &self.deleted_items);
        w.field(5usize, &self.device_local_credentials);
        w.field(6usize, &self.federation_configurations);
        w.field(7usize, &self.on_premises_synchronization);
        w.field(8usize, &self.public_key_infrastructure);
        w.field(9usize, &self.recovery);
        w.field(10usize, &self.remote_tenant_groups);
        w.field(11usize, &self.subscriptions);
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
#[cfg(msgraph_v1_directory_or_search)]
rt::impl_object!(Directory);
#[cfg(msgraph_v1_directory_or_search)]
rt::impl_setters!(
    Directory { with_id id : ::std::string::String; with_administrative_units
    administrative_units : ::std::vec::Vec < crate ::v1::AdministrativeUnit >;
    with_attribute_sets attribute_sets : ::std::vec::Vec < crate ::v1::AttributeSet >;
    with_custom_security_attribute_definitions custom_security_attribute_definitions :
    ::std::vec::Vec < crate ::v1::CustomSecurityAttributeDefinition >; with_deleted_items
    deleted_items : ::std::vec::Vec < crate ::v1::AnyDirectoryObject >;
    with_device_local_credentials device_local_credentials : ::std::vec::Vec < crate
    ::v1::DeviceLocalCredentialInfo >; with_federation_configurations
    federation_configurations : ::std::vec::Vec < crate ::v1::AnyIdentityProviderBase >;
    with_on_premises_synchronization on_premises_synchronization : ::std::vec::Vec <
    crate ::v1::OnPremisesDirectorySynchronization >; with_public_key_infrastructure
    public_key_infrastructure : crate ::v1::PublicKeyInfrastructureRoot; with_recovery
    recovery : crate ::v1::entra_recovery_services::Recovery; with_remote_tenant_groups
    remote_tenant_groups : ::std::vec::Vec < crate ::v1::RemoteTenantGroup >;
    with_subscriptions subscriptions : ::std::vec::Vec < crate ::v1::CompanySubscription
    >; }
);
#[cfg(msgraph_v1_directory_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(Directory);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.directoryObject`, entity type, derived from `microsoft.graph.entity`, open, key `id`.
///
/// Request builders: [`DirectoryObjectPath`](requests/trait.DirectoryObjectPath.html), what a path to one (`EntityPath<AnyDirectoryObject, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct DirectoryObject {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `deletedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub deleted_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for DirectoryObject {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            deleted_date_time: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for DirectoryObject {
    const TYPE_NAME: &'static str = "microsoft.graph.directoryObject";
    const KEYS: &'static [&'static str] = &["id", "deletedDateTime"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"deletedDateTime\":              ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.directoryObject\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "deleted_date_time", &self.deleted_date_time);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for DirectoryObject {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.deleted_date_time.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.deleted_date_time);
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
rt::impl_object!(DirectoryObject);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    DirectoryObject { with_id id : ::std::string::String; with_deleted_date_time
    deleted_date_time : rt::edm::DateTimeOffset; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(DirectoryObject);
#[cfg(msgraph_v1_core)]
/// `microsoft.graph.directoryObject` or any type derived from it, selected by `@odata.type` (41 types); each variant's type converts into it (`From`).
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Debug)]
pub enum AnyDirectoryObject {
    DirectoryObject(::std::boxed::Box<crate::v1::DirectoryObject>),
    ActivityBasedTimeoutPolicy(::std::boxed::Box<crate::v1::ActivityBasedTimeoutPolicy>),
    AdministrativeUnit(::std::boxed::Box<crate::v1::AdministrativeUnit>),
    AgentIdentity(::std::boxed::Box<crate::v1::AgentIdentity>),
    AgentIdentityBlueprint(::std::boxed::Box<crate::v1::AgentIdentityBlueprint>),
    AgentIdentityBlueprintPrincipal(
        ::std::boxed::Box<crate::v1::AgentIdentityBlueprintPrincipal>,
    ),
    AgentUser(::std::boxed::Box<crate::v1::AgentUser>),
    AppManagementPolicy(::std::boxed::Box<crate::v1::AppManagementPolicy>),
    AppRoleAssignment(::std::boxed::Box<crate::v1::AppRoleAssignment>),
    Application(::std::boxed::Box<crate::v1::Application>),
    AuthorizationPolicy(::std::boxed::Box<crate::v1::AuthorizationPolicy>),
    CertificateAuthorityDetail(::std::boxed::Box<crate::v1::CertificateAuthorityDetail>),
    CertificateBasedAuthPki(::std::boxed::Box<crate::v1::CertificateBasedAuthPki>),
    ClaimsMappingPolicy(::std::boxed::Box<crate::v1::ClaimsMappingPolicy>),
    Contract(::std::boxed::Box<crate::v1::Contract>),
    CrossTenantAccessPolicy(::std::boxed::Box<crate::v1::CrossTenantAccessPolicy>),
    Device(::std::boxed::Box<crate::v1::Device>),
    DirectoryObjectPartnerReference(
        ::std::boxed::Box<crate::v1::DirectoryObjectPartnerReference>,
    ),
    DirectoryRole(::std::boxed::Box<crate::v1::DirectoryRole>),
    DirectoryRoleTemplate(::std::boxed::Box<crate::v1::DirectoryRoleTemplate>),
    Endpoint(::std::boxed::Box<crate::v1::Endpoint>),
    ExtensionProperty(::std::boxed::Box<crate::v1::ExtensionProperty>),
    FederatedTokenValidationPolicy(
        ::std::boxed::Box<crate::v1::FederatedTokenValidationPolicy>,
    ),
    Group(::std::boxed::Box<crate::v1::Group>),
    GroupSettingTemplate(::std::boxed::Box<crate::v1::GroupSettingTemplate>),
    HomeRealmDiscoveryPolicy(::std::boxed::Box<crate::v1::HomeRealmDiscoveryPolicy>),
    IdentitySecurityDefaultsEnforcementPolicy(
        ::std::boxed::Box<crate::v1::IdentitySecurityDefaultsEnforcementPolicy>,
    ),
    Mailbox(::std::boxed::Box<crate::v1::Mailbox>),
    MultiTenantOrganizationMember(
        ::std::boxed::Box<crate::v1::MultiTenantOrganizationMember>,
    ),
    OrgContact(::std::boxed::Box<crate::v1::OrgContact>),
    Organization(::std::boxed::Box<crate::v1::Organization>),
    PermissionGrantPolicy(::std::boxed::Box<crate::v1::PermissionGrantPolicy>),
    PolicyBase(::std::boxed::Box<crate::v1::PolicyBase>),
    RemoteTenantGroup(::std::boxed::Box<crate::v1::RemoteTenantGroup>),
    ResourceSpecificPermissionGrant(
        ::std::boxed::Box<crate::v1::ResourceSpecificPermissionGrant>,
    ),
    ServicePrincipal(::std::boxed::Box<crate::v1::ServicePrincipal>),
    StsPolicy(::std::boxed::Box<crate::v1::StsPolicy>),
    TenantAppManagementPolicy(::std::boxed::Box<crate::v1::TenantAppManagementPolicy>),
    TokenIssuancePolicy(::std::boxed::Box<crate::v1::TokenIssuancePolicy>),
    TokenLifetimePolicy(::std::boxed::Box<crate::v1::TokenLifetimePolicy>),
    User(::std::boxed::Box<crate::v1::User>),
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for AnyDirectoryObject {
    #[inline]
    fn default() -> Self {
        Self::DirectoryObject(::std::default::Default::default())
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::DirectoryObject> for AnyDirectoryObject {
    #[inline]
    fn from(v: crate::v1::DirectoryObject) -> Self {
        Self::DirectoryObject(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::ActivityBasedTimeoutPolicy> for AnyDirectoryObject {
    #[inline]
    fn from(v: crate::v1::ActivityBasedTimeoutPolicy) -> Self {
        Self::ActivityBasedTimeoutPolicy(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::AdministrativeUnit> for AnyDirectoryObject {
    #[inline]
    fn from(v: crate::v1::AdministrativeUnit) -> Self {
        Self::AdministrativeUnit(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::AgentIdentity> for AnyDirectoryObject {
    #[inline]
    fn from(v: crate::v1::AgentIdentity) -> Self {
        Self::AgentIdentity(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::AgentIdentityBlueprint> for AnyDirectoryObject {
    #[inline]
    fn from(v: crate::v1::AgentIdentityBlueprint) -> Self {
        Self::AgentIdentityBlueprint(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::AgentIdentityBlueprintPrincipal>
for AnyDirectoryObject {
    #[inline]
    fn from(v: crate::v1::AgentIdentityBlueprintPrincipal) -> Self {
        Self::AgentIdentityBlueprintPrincipal(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::AgentUser> for AnyDirectoryObject {
    #[inline]
    fn from(v: crate::v1::AgentUser) -> Self {
        Self::AgentUser(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::AppManagementPolicy> for AnyDirectoryObject {
    #[inline]
    fn from(v: crate::v1::AppManagementPolicy) -> Self {
        Self::AppManagementPolicy(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::AppRoleAssignment> for AnyDirectoryObject {
    #[inline]
    fn from(v: crate::v1::AppRoleAssignment) -> Self {
        Self::AppRoleAssignment(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::Application> for AnyDirectoryObject {
    #[inline]
    fn from(v: crate::v1::Application) -> Self {
        Self::Application(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::AuthorizationPolicy> for AnyDirectoryObject {
    #[inline]
    fn from(v: crate::v1::AuthorizationPolicy) -> Self {
        Self::AuthorizationPolicy(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::CertificateAuthorityDetail> for AnyDirectoryObject {
    #[inline]
    fn from(v: crate::v1::CertificateAuthorityDetail) -> Self {
        Self::CertificateAuthorityDetail(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::CertificateBasedAuthPki> for AnyDirectoryObject {
    #[inline]
    fn from(v: crate::v1::CertificateBasedAuthPki) -> Self {
        Self::CertificateBasedAuthPki(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::ClaimsMappingPolicy> for AnyDirectoryObject {
    #[inline]
    fn from(v: crate::v1::ClaimsMappingPolicy) -> Self {
        Self::ClaimsMappingPolicy(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::Contract> for AnyDirectoryObject {
    #[inline]
    fn from(v: crate::v1::Contract) -> Self {
        Self::Contract(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::CrossTenantAccessPolicy> for AnyDirectoryObject {
    #[inline]
    fn from(v: crate::v1::CrossTenantAccessPolicy) -> Self {
        Self::CrossTenantAccessPolicy(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::Device> for AnyDirectoryObject {
    #[inline]
    fn from(v: crate::v1::Device) -> Self {
        Self::Device(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::DirectoryObjectPartnerReference>
for AnyDirectoryObject {
    #[inline]
    fn from(v: crate::v1::DirectoryObjectPartnerReference) -> Self {
        Self::DirectoryObjectPartnerReference(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::DirectoryRole> for AnyDirectoryObject {
    #[inline]
    fn from(v: crate::v1::DirectoryRole) -> Self {
        Self::DirectoryRole(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::DirectoryRoleTemplate> for AnyDirectoryObject {
    #[inline]
    fn from(v: crate::v1::DirectoryRoleTemplate) -> Self {
        Self::DirectoryRoleTemplate(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::Endpoint> for AnyDirectoryObject {
    #[inline]
    fn from(v: crate::v1::Endpoint) -> Self {
        Self::Endpoint(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::ExtensionProperty> for AnyDirectoryObject {
    #[inline]
    fn from(v: crate::v1::ExtensionProperty) -> Self {
        Self::ExtensionProperty(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::FederatedTokenValidationPolicy>
for AnyDirectoryObject {
    #[inline]
    fn from(v: crate::v1::FederatedTokenValidationPolicy) -> Self {
        Self::FederatedTokenValidationPolicy(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::Group> for AnyDirectoryObject {
    #[inline]
    fn from(v: crate::v1::Group) -> Self {
        Self::Group(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::GroupSettingTemplate> for AnyDirectoryObject {
    #[inline]
    fn from(v: crate::v1::GroupSettingTemplate) -> Self {
        Self::GroupSettingTemplate(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::HomeRealmDiscoveryPolicy> for AnyDirectoryObject {
    #[inline]
    fn from(v: crate::v1::HomeRealmDiscoveryPolicy) -> Self {
        Self::HomeRealmDiscoveryPolicy(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::IdentitySecurityDefaultsEnforcementPolicy>
for AnyDirectoryObject {
    #[inline]
    fn from(v: crate::v1::IdentitySecurityDefaultsEnforcementPolicy) -> Self {
        Self::IdentitySecurityDefaultsEnforcementPolicy(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::Mailbox> for AnyDirectoryObject {
    #[inline]
    fn from(v: crate::v1::Mailbox) -> Self {
        Self::Mailbox(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::MultiTenantOrganizationMember>
for AnyDirectoryObject {
    #[inline]
    fn from(v: crate::v1::MultiTenantOrganizationMember) -> Self {
        Self::MultiTenantOrganizationMember(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::OrgContact> for AnyDirectoryObject {
    #[inline]
    fn from(v: crate::v1::OrgContact) -> Self {
        Self::OrgContact(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::Organization> for AnyDirectoryObject {
    #[inline]
    fn from(v: crate::v1::Organization) -> Self {
        Self::Organization(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::PermissionGrantPolicy> for AnyDirectoryObject {
    #[inline]
    fn from(v: crate::v1::PermissionGrantPolicy) -> Self {
        Self::PermissionGrantPolicy(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::PolicyBase> for AnyDirectoryObject {
    #[inline]
    fn from(v: crate::v1::PolicyBase) -> Self {
        Self::PolicyBase(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::RemoteTenantGroup> for AnyDirectoryObject {
    #[inline]
    fn from(v: crate::v1::RemoteTenantGroup) -> Self {
        Self::RemoteTenantGroup(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::ResourceSpecificPermissionGrant>
for AnyDirectoryObject {
    #[inline]
    fn from(v: crate::v1::ResourceSpecificPermissionGrant) -> Self {
        Self::ResourceSpecificPermissionGrant(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::ServicePrincipal> for AnyDirectoryObject {
    #[inline]
    fn from(v: crate::v1::ServicePrincipal) -> Self {
        Self::ServicePrincipal(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::StsPolicy> for AnyDirectoryObject {
    #[inline]
    fn from(v: crate::v1::StsPolicy) -> Self {
        Self::StsPolicy(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::TenantAppManagementPolicy> for AnyDirectoryObject {
    #[inline]
    fn from(v: crate::v1::TenantAppManagementPolicy) -> Self {
        Self::TenantAppManagementPolicy(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::TokenIssuancePolicy> for AnyDirectoryObject {
    #[inline]
    fn from(v: crate::v1::TokenIssuancePolicy) -> Self {
        Self::TokenIssuancePolicy(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::TokenLifetimePolicy> for AnyDirectoryObject {
    #[inline]
    fn from(v: crate::v1::TokenLifetimePolicy) -> Self {
        Self::TokenLifetimePolicy(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::User> for AnyDirectoryObject {
    #[inline]
    fn from(v: crate::v1::User) -> Self {
        Self::User(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core)]
unsafe impl ::std::marker::Send for AnyDirectoryObject {}
#[cfg(msgraph_v1_core)]
unsafe impl ::std::marker::Sync for AnyDirectoryObject {}
#[cfg(msgraph_v1_core)]
impl ::std::marker::Unpin for AnyDirectoryObject {}
#[cfg(msgraph_v1_core)]
impl ::std::panic::UnwindSafe for AnyDirectoryObject {}
#[cfg(msgraph_v1_core)]
impl ::std::panic::RefUnwindSafe for AnyDirectoryObject {}
#[cfg(msgraph_v1_core)]
const _: () = {
    rt::object::auto_traits::<crate::v1::DirectoryObject>();
    rt::object::auto_traits::<crate::v1::ActivityBasedTimeoutPolicy>();
    rt::object::auto_traits::<crate::v1::AdministrativeUnit>();
    rt::object::auto_traits::<crate::v1::AgentIdentity>();
    rt::object::auto_traits::<crate::v1::AgentIdentityBlueprint>();
    rt::object::auto_traits::<crate::v1::AgentIdentityBlueprintPrincipal>();
    rt::object::auto_traits::<crate::v1::AgentUser>();
    rt::object::auto_traits::<crate::v1::AppManagementPolicy>();
    rt::object::auto_traits::<crate::v1::AppRoleAssignment>();
    rt::object::auto_traits::<crate::v1::Application>();
    rt::object::auto_traits::<crate::v1::AuthorizationPolicy>();
    rt::object::auto_traits::<crate::v1::CertificateAuthorityDetail>();
    rt::object::auto_traits::<crate::v1::CertificateBasedAuthPki>();
    rt::object::auto_traits::<crate::v1::ClaimsMappingPolicy>();
    rt::object::auto_traits::<crate::v1::Contract>();
    rt::object::auto_traits::<crate::v1::CrossTenantAccessPolicy>();
    rt::object::auto_traits::<crate::v1::Device>();
    rt::object::auto_traits::<crate::v1::DirectoryObjectPartnerReference>();
    rt::object::auto_traits::<crate::v1::DirectoryRole>();
    rt::object::auto_traits::<crate::v1::DirectoryRoleTemplate>();
    rt::object::auto_traits::<crate::v1::Endpoint>();
    rt::object::auto_traits::<crate::v1::ExtensionProperty>();
    rt::object::auto_traits::<crate::v1::FederatedTokenValidationPolicy>();
    rt::object::auto_traits::<crate::v1::Group>();
    rt::object::auto_traits::<crate::v1::GroupSettingTemplate>();
    rt::object::auto_traits::<crate::v1::HomeRealmDiscoveryPolicy>();
    rt::object::auto_traits::<crate::v1::IdentitySecurityDefaultsEnforcementPolicy>();
    rt::object::auto_traits::<crate::v1::Mailbox>();
    rt::object::auto_traits::<crate::v1::MultiTenantOrganizationMember>();
    rt::object::auto_traits::<crate::v1::OrgContact>();
    rt::object::auto_traits::<crate::v1::Organization>();
    rt::object::auto_traits::<crate::v1::PermissionGrantPolicy>();
    rt::object::auto_traits::<crate::v1::PolicyBase>();
    rt::object::auto_traits::<crate::v1::RemoteTenantGroup>();
    rt::object::auto_traits::<crate::v1::ResourceSpecificPermissionGrant>();
    rt::object::auto_traits::<crate::v1::ServicePrincipal>();
    rt::object::auto_traits::<crate::v1::StsPolicy>();
    rt::object::auto_traits::<crate::v1::TenantAppManagementPolicy>();
    rt::object::auto_traits::<crate::v1::TokenIssuancePolicy>();
    rt::object::auto_traits::<crate::v1::TokenLifetimePolicy>();
    rt::object::auto_traits::<crate::v1::User>();
};
#[cfg(msgraph_v1_core)]
impl rt::Poly for AnyDirectoryObject {
    const BASE_NAME: &'static str = "microsoft.graph.directoryObject";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some("microsoft.graph.activityBasedTimeoutPolicy") => {
                Self::ActivityBasedTimeoutPolicy(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.administrativeUnit") => {
                Self::AdministrativeUnit(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.agentIdentity") => {
                Self::AgentIdentity(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.agentIdentityBlueprint") => {
                Self::AgentIdentityBlueprint(rt::object::new_boxed())
            }
            ::std::option::Option::Some(
                "microsoft.graph.agentIdentityBlueprintPrincipal",
            ) => Self::AgentIdentityBlueprintPrincipal(rt::object::new_boxed()),
            ::std::option::Option::Some("microsoft.graph.agentUser") => {
                Self::AgentUser(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.appManagementPolicy") => {
                Self::AppManagementPolicy(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.appRoleAssignment") => {
                Self::AppRoleAssignment(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.application") => {
                Self::Application(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.authorizationPolicy") => {
                Self::AuthorizationPolicy(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.certificateAuthorityDetail") => {
                Self::CertificateAuthorityDetail(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.certificateBasedAuthPki") => {
                Self::CertificateBasedAuthPki(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.claimsMappingPolicy") => {
                Self::ClaimsMappingPolicy(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.contract") => {
                Self::Contract(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.crossTenantAccessPolicy") => {
                Self::CrossTenantAccessPolicy(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.device") => {
                Self::Device(rt::object::new_boxed())
            }
            ::std::option::Option::Some(
                "microsoft.graph.directoryObjectPartnerReference",
            ) => Self::DirectoryObjectPartnerReference(rt::object::new_boxed()),
            ::std::option::Option::Some("microsoft.graph.directoryRole") => {
                Self::DirectoryRole(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.directoryRoleTemplate") => {
                Self::DirectoryRoleTemplate(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.endpoint") => {
                Self::Endpoint(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.extensionProperty") => {
                Self::ExtensionProperty(rt::object::new_boxed())
            }
            ::std::option::Option::Some(
                "microsoft.graph.federatedTokenValidationPolicy",
            ) => Self::FederatedTokenValidationPolicy(rt::object::new_boxed()),
            ::std::option::Option::Some("microsoft.graph.group") => {
                Self::Group(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.groupSettingTemplate") => {
                Self::GroupSettingTemplate(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.homeRealmDiscoveryPolicy") => {
                Self::HomeRealmDiscoveryPolicy(rt::object::new_boxed())
            }
            ::std::option::Option::Some(
                "microsoft.graph.identitySecurityDefaultsEnforcementPolicy",
            ) => Self::IdentitySecurityDefaultsEnforcementPolicy(rt::object::new_boxed()),
            ::std::option::Option::Some("microsoft.graph.mailbox") => {
                Self::Mailbox(rt::object::new_boxed())
            }
            ::std::option::Option::Some(
                "microsoft.graph.multiTenantOrganizationMember",
            ) => Self::MultiTenantOrganizationMember(rt::object::new_boxed()),
            ::std::option::Option::Some("microsoft.graph.orgContact") => {
                Self::OrgContact(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.organization") => {
                Self::Organization(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.permissionGrantPolicy") => {
                Self::PermissionGrantPolicy(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.policyBase") => {
                Self::PolicyBase(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.remoteTenantGroup") => {
                Self::RemoteTenantGroup(rt::object::new_boxed())
            }
            ::std::option::Option::Some(
                "microsoft.graph.resourceSpecificPermissionGrant",
            ) => Self::ResourceSpecificPermissionGrant(rt::object::new_boxed()),
            ::std::option::Option::Some("microsoft.graph.servicePrincipal") => {
                Self::ServicePrincipal(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.stsPolicy") => {
                Self::StsPolicy(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.tenantAppManagementPolicy") => {
                Self::TenantAppManagementPolicy(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.tokenIssuancePolicy") => {
                Self::TokenIssuancePolicy(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.tokenLifetimePolicy") => {
                Self::TokenLifetimePolicy(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.user") => {
                Self::User(rt::object::new_boxed())
            }
            _ => Self::DirectoryObject(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::DirectoryObject(v) => &**v,
            Self::ActivityBasedTimeoutPolicy(v) => &**v,
            Self::AdministrativeUnit(v) => &**v,
            Self::AgentIdentity(v) => &**v,
            Self::AgentIdentityBlueprint(v) => &**v,
            Self::AgentIdentityBlueprintPrincipal(v) => &**v,
            Self::AgentUser(v) => &**v,
            Self::AppManagementPolicy(v) => &**v,
            Self::AppRoleAssignment(v) => &**v,
            Self::Application(v) => &**v,
            Self::AuthorizationPolicy(v) => &**v,
            Self::CertificateAuthorityDetail(v) => &**v,
            Self::CertificateBasedAuthPki(v) => &**v,
            Self::ClaimsMappingPolicy(v) => &**v,
            Self::Contract(v) => &**v,
            Self::CrossTenantAccessPolicy(v) => &**v,
            Self::Device(v) => &**v,
            Self::DirectoryObjectPartnerReference(v) => &**v,
            Self::DirectoryRole(v) => &**v,
            Self::DirectoryRoleTemplate(v) => &**v,
            Self::Endpoint(v) => &**v,
            Self::ExtensionProperty(v) => &**v,
            Self::FederatedTokenValidationPolicy(v) => &**v,
            Self::Group(v) => &**v,
            Self::GroupSettingTemplate(v) => &**v,
            Self::HomeRealmDiscoveryPolicy(v) => &**v,
            Self::IdentitySecurityDefaultsEnforcementPolicy(v) => &**v,
            Self::Mailbox(v) => &**v,
            Self::MultiTenantOrganizationMember(v) => &**v,
            Self::OrgContact(v) => &**v,
            Self::Organization(v) => &**v,
            Self::PermissionGrantPolicy(v) => &**v,
            Self::PolicyBase(v) => &**v,
            Self::RemoteTenantGroup(v) => &**v,
            Self::ResourceSpecificPermissionGrant(v) => &**v,
            Self::ServicePrincipal(v) => &**v,
            Self::StsPolicy(v) => &**v,
            Self::TenantAppManagementPolicy(v) => &**v,
            Self::TokenIssuancePolicy(v) => &**v,
            Self::TokenLifetimePolicy(v) => &**v,
            Self::User(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::DirectoryObject(v) => &mut **v,
            Self::ActivityBasedTimeoutPolicy(v) => &mut **v,
            Self::AdministrativeUnit(v) => &mut **v,
            Self::AgentIdentity(v) => &mut **v,
            Self::AgentIdentityBlueprint(v) => &mut **v,
            Self::AgentIdentityBlueprintPrincipal(v) => &mut **v,
            Self::AgentUser(v) => &mut **v,
            Self::AppManagementPolicy(v) => &mut **v,
            Self::AppRoleAssignment(v) => &mut **v,
            Self::Application(v) => &mut **v,
            Self::AuthorizationPolicy(v) => &mut **v,
            Self::CertificateAuthorityDetail(v) => &mut **v,
            Self::CertificateBasedAuthPki(v) => &mut **v,
            Self::ClaimsMappingPolicy(v) => &mut **v,
            Self::Contract(v) => &mut **v,
            Self::CrossTenantAccessPolicy(v) => &mut **v,
            Self::Device(v) => &mut **v,
            Self::DirectoryObjectPartnerReference(v) => &mut **v,
            Self::DirectoryRole(v) => &mut **v,
            Self::DirectoryRoleTemplate(v) => &mut **v,
            Self::Endpoint(v) => &mut **v,
            Self::ExtensionProperty(v) => &mut **v,
            Self::FederatedTokenValidationPolicy(v) => &mut **v,
            Self::Group(v) => &mut **v,
            Self::GroupSettingTemplate(v) => &mut **v,
            Self::HomeRealmDiscoveryPolicy(v) => &mut **v,
            Self::IdentitySecurityDefaultsEnforcementPolicy(v) => &mut **v,
            Self::Mailbox(v) => &mut **v,
            Self::MultiTenantOrganizationMember(v) => &mut **v,
            Self::OrgContact(v) => &mut **v,
            Self::Organization(v) => &mut **v,
            Self::PermissionGrantPolicy(v) => &mut **v,
            Self::PolicyBase(v) => &mut **v,
            Self::RemoteTenantGroup(v) => &mut **v,
            Self::ResourceSpecificPermissionGrant(v) => &mut **v,
            Self::ServicePrincipal(v) => &mut **v,
            Self::StsPolicy(v) => &mut **v,
            Self::TenantAppManagementPolicy(v) => &mut **v,
            Self::TokenIssuancePolicy(v) => &mut **v,
            Self::TokenLifetimePolicy(v) => &mut **v,
            Self::User(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_v1_core)]
impl AnyDirectoryObject {
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
            Self::DirectoryObject(v) => &v.id,
            Self::ActivityBasedTimeoutPolicy(v) => &v.id,
            Self::AdministrativeUnit(v) => &v.id,
            Self::AgentIdentity(v) => &v.id,
            Self::AgentIdentityBlueprint(v) => &v.id,
            Self::AgentIdentityBlueprintPrincipal(v) => &v.id,
            Self::AgentUser(v) => &v.id,
            Self::AppManagementPolicy(v) => &v.id,
            Self::AppRoleAssignment(v) => &v.id,
            Self::Application(v) => &v.id,
            Self::AuthorizationPolicy(v) => &v.id,
            Self::CertificateAuthorityDetail(v) => &v.id,
            Self::CertificateBasedAuthPki(v) => &v.id,
            Self::ClaimsMappingPolicy(v) => &v.id,
            Self::Contract(v) => &v.id,
            Self::CrossTenantAccessPolicy(v) => &v.id,
            Self::Device(v) => &v.id,
            Self::DirectoryObjectPartnerReference(v) => &v.id,
            Self::DirectoryRole(v) => &v.id,
            Self::DirectoryRoleTemplate(v) => &v.id,
            Self::Endpoint(v) => &v.id,
            Self::ExtensionProperty(v) => &v.id,
            Self::FederatedTokenValidationPolicy(v) => &v.id,
            Self::Group(v) => &v.id,
            Self::GroupSettingTemplate(v) => &v.id,
            Self::HomeRealmDiscoveryPolicy(v) => &v.id,
            Self::IdentitySecurityDefaultsEnforcementPolicy(v) => &v.id,
            Self::Mailbox(v) => &v.id,
            Self::MultiTenantOrganizationMember(v) => &v.id,
            Self::OrgContact(v) => &v.id,
            Self::Organization(v) => &v.id,
            Self::PermissionGrantPolicy(v) => &v.id,
            Self::PolicyBase(v) => &v.id,
            Self::RemoteTenantGroup(v) => &v.id,
            Self::ResourceSpecificPermissionGrant(v) => &v.id,
            Self::ServicePrincipal(v) => &v.id,
            Self::StsPolicy(v) => &v.id,
            Self::TenantAppManagementPolicy(v) => &v.id,
            Self::TokenIssuancePolicy(v) => &v.id,
            Self::TokenLifetimePolicy(v) => &v.id,
            Self::User(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::DirectoryObject(v) => &mut v.id,
            Self::ActivityBasedTimeoutPolicy(v) => &mut v.id,
            Self::AdministrativeUnit(v) => &mut v.id,
            Self::AgentIdentity(v) => &mut v.id,
            Self::AgentIdentityBlueprint(v) => &mut v.id,
            Self::AgentIdentityBlueprintPrincipal(v) => &mut v.id,
            Self::AgentUser(v) => &mut v.id,
            Self::AppManagementPolicy(v) => &mut v.id,
            Self::AppRoleAssignment(v) => &mut v.id,
            Self::Application(v) => &mut v.id,
            Self::AuthorizationPolicy(v) => &mut v.id,
            Self::CertificateAuthorityDetail(v) => &mut v.id,
            Self::CertificateBasedAuthPki(v) => &mut v.id,
            Self::ClaimsMappingPolicy(v) => &mut v.id,
            Self::Contract(v) => &mut v.id,
            Self::CrossTenantAccessPolicy(v) => &mut v.id,
            Self::Device(v) => &mut v.id,
            Self::DirectoryObjectPartnerReference(v) => &mut v.id,
            Self::DirectoryRole(v) => &mut v.id,
            Self::DirectoryRoleTemplate(v) => &mut v.id,
            Self::Endpoint(v) => &mut v.id,
            Self::ExtensionProperty(v) => &mut v.id,
            Self::FederatedTokenValidationPolicy(v) => &mut v.id,
            Self::Group(v) => &mut v.id,
            Self::GroupSettingTemplate(v) => &mut v.id,
            Self::HomeRealmDiscoveryPolicy(v) => &mut v.id,
            Self::IdentitySecurityDefaultsEnforcementPolicy(v) => &mut v.id,
            Self::Mailbox(v) => &mut v.id,
            Self::MultiTenantOrganizationMember(v) => &mut v.id,
            Self::OrgContact(v) => &mut v.id,
            Self::Organization(v) => &mut v.id,
            Self::PermissionGrantPolicy(v) => &mut v.id,
            Self::PolicyBase(v) => &mut v.id,
            Self::RemoteTenantGroup(v) => &mut v.id,
            Self::ResourceSpecificPermissionGrant(v) => &mut v.id,
            Self::ServicePrincipal(v) => &mut v.id,
            Self::StsPolicy(v) => &mut v.id,
            Self::TenantAppManagementPolicy(v) => &mut v.id,
            Self::TokenIssuancePolicy(v) => &mut v.id,
            Self::TokenLifetimePolicy(v) => &mut v.id,
            Self::User(v) => &mut v.id,
        }
    }
    /// `deletedDateTime` of any variant.
    #[inline]
    pub fn deleted_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::DirectoryObject(v) => &v.deleted_date_time,
            Self::ActivityBasedTimeoutPolicy(v) => &v.deleted_date_time,
            Self::AdministrativeUnit(v) => &v.deleted_date_time,
            Self::AgentIdentity(v) => &v.deleted_date_time,
            Self::AgentIdentityBlueprint(v) => &v.deleted_date_time,
            Self::AgentIdentityBlueprintPrincipal(v) => &v.deleted_date_time,
            Self::AgentUser(v) => &v.deleted_date_time,
            Self::AppManagementPolicy(v) => &v.deleted_date_time,
            Self::AppRoleAssignment(v) => &v.deleted_date_time,
            Self::Application(v) => &v.deleted_date_time,
            Self::AuthorizationPolicy(v) => &v.deleted_date_time,
            Self::CertificateAuthorityDetail(v) => &v.deleted_date_time,
            Self::CertificateBasedAuthPki(v) => &v.deleted_date_time,
            Self::ClaimsMappingPolicy(v) => &v.deleted_date_time,
            Self::Contract(v) => &v.deleted_date_time,
            Self::CrossTenantAccessPolicy(v) => &v.deleted_date_time,
            Self::Device(v) => &v.deleted_date_time,
            Self::DirectoryObjectPartnerReference(v) => &v.deleted_date_time,
            Self::DirectoryRole(v) => &v.deleted_date_time,
            Self::DirectoryRoleTemplate(v) => &v.deleted_date_time,
            Self::Endpoint(v) => &v.deleted_date_time,
            Self::ExtensionProperty(v) => &v.deleted_date_time,
            Self::FederatedTokenValidationPolicy(v) => &v.deleted_date_time,
            Self::Group(v) => &v.deleted_date_time,
            Self::GroupSettingTemplate(v) => &v.deleted_date_time,
            Self::HomeRealmDiscoveryPolicy(v) => &v.deleted_date_time,
            Self::IdentitySecurityDefaultsEnforcementPolicy(v) => &v.deleted_date_time,
            Self::Mailbox(v) => &v.deleted_date_time,
            Self::MultiTenantOrganizationMember(v) => &v.deleted_date_time,
            Self::OrgContact(v) => &v.deleted_date_time,
            Self::Organization(v) => &v.deleted_date_time,
            Self::PermissionGrantPolicy(v) => &v.deleted_date_time,
            Self::PolicyBase(v) => &v.deleted_date_time,
            Self::RemoteTenantGroup(v) => &v.deleted_date_time,
            Self::ResourceSpecificPermissionGrant(v) => &v.deleted_date_time,
            Self::ServicePrincipal(v) => &v.deleted_date_time,
            Self::StsPolicy(v) => &v.deleted_date_time,
            Self::TenantAppManagementPolicy(v) => &v.deleted_date_time,
            Self::TokenIssuancePolicy(v) => &v.deleted_date_time,
            Self::TokenLifetimePolicy(v) => &v.deleted_date_time,
            Self::User(v) => &v.deleted_date_time,
        }
    }
    /// `deletedDateTime` of any variant.
    #[inline]
    pub fn deleted_date_time_mut(&mut self) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::DirectoryObject(v) => &mut v.deleted_date_time,
            Self::ActivityBasedTimeoutPolicy(v) => &mut v.deleted_date_time,
            Self::AdministrativeUnit(v) => &mut v.deleted_date_time,
            Self::AgentIdentity(v) => &mut v.deleted_date_time,
            Self::AgentIdentityBlueprint(v) => &mut v.deleted_date_time,
            Self::AgentIdentityBlueprintPrincipal(v) => &mut v.deleted_date_time,
            Self::AgentUser(v) => &mut v.deleted_date_time,
            Self::AppManagementPolicy(v) => &mut v.deleted_date_time,
            Self::AppRoleAssignment(v) => &mut v.deleted_date_time,
            Self::Application(v) => &mut v.deleted_date_time,
            Self::AuthorizationPolicy(v) => &mut v.deleted_date_time,
            Self::CertificateAuthorityDetail(v) => &mut v.deleted_date_time,
            Self::CertificateBasedAuthPki(v) => &mut v.deleted_date_time,
            Self::ClaimsMappingPolicy(v) => &mut v.deleted_date_time,
            Self::Contract(v) => &mut v.deleted_date_time,
            Self::CrossTenantAccessPolicy(v) => &mut v.deleted_date_time,
            Self::Device(v) => &mut v.deleted_date_time,
            Self::DirectoryObjectPartnerReference(v) => &mut v.deleted_date_time,
            Self::DirectoryRole(v) => &mut v.deleted_date_time,
            Self::DirectoryRoleTemplate(v) => &mut v.deleted_date_time,
            Self::Endpoint(v) => &mut v.deleted_date_time,
            Self::ExtensionProperty(v) => &mut v.deleted_date_time,
            Self::FederatedTokenValidationPolicy(v) => &mut v.deleted_date_time,
            Self::Group(v) => &mut v.deleted_date_time,
            Self::GroupSettingTemplate(v) => &mut v.deleted_date_time,
            Self::HomeRealmDiscoveryPolicy(v) => &mut v.deleted_date_time,
            Self::IdentitySecurityDefaultsEnforcementPolicy(v) => {
                &mut v.deleted_date_time
            }
            Self::Mailbox(v) => &mut v.deleted_date_time,
            Self::MultiTenantOrganizationMember(v) => &mut v.deleted_date_time,
            Self::OrgContact(v) => &mut v.deleted_date_time,
            Self::Organization(v) => &mut v.deleted_date_time,
            Self::PermissionGrantPolicy(v) => &mut v.deleted_date_time,
            Self::PolicyBase(v) => &mut v.deleted_date_time,
            Self::RemoteTenantGroup(v) => &mut v.deleted_date_time,
            Self::ResourceSpecificPermissionGrant(v) => &mut v.deleted_date_time,
            Self::ServicePrincipal(v) => &mut v.deleted_date_time,
            Self::StsPolicy(v) => &mut v.deleted_date_time,
            Self::TenantAppManagementPolicy(v) => &mut v.deleted_date_time,
            Self::TokenIssuancePolicy(v) => &mut v.deleted_date_time,
            Self::TokenLifetimePolicy(v) => &mut v.deleted_date_time,
            Self::User(v) => &mut v.deleted_date_time,
        }
    }
}
#[cfg(msgraph_v1_core)]
rt::impl_poly!(AnyDirectoryObject);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyDirectoryObject);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.directoryRole`, entity type, derived from `microsoft.graph.directoryObject`, open, key `id`.
///
/// Request builders: [`DirectoryRolePath`](requests/trait.DirectoryRolePath.html), what a path to one (`EntityPath<DirectoryRole, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct DirectoryRole {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `deletedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub deleted_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `roleTemplateId`: `Edm.String`, nullable.
    pub role_template_id: rt::Field<::std::string::String>,
    /// CSDL: navigation property `members`: `Collection(microsoft.graph.directoryObject)`, not nullable.
    pub members: rt::Field<::std::vec::Vec<crate::v1::AnyDirectoryObject>>,
    /// CSDL: containment navigation property `scopedMembers`: `Collection(microsoft.graph.scopedRoleMembership)`, not nullable.
    pub scoped_members: rt::Field<::std::vec::Vec<crate::v1::ScopedRoleMembership>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for DirectoryRole {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            deleted_date_time: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            role_template_id: rt::Field::Absent,
            members: rt::Field::Absent,
            scoped_members: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for DirectoryRole {
    const TYPE_NAME: &'static str = "microsoft.graph.directoryRole";
    const KEYS: &'static [&'static str] = &[
        "id",
        "deletedDateTime",
        "description",
        "displayName",
        "roleTemplateId",
        "members",
        "scopedMembers",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"deletedDateTime\":              ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"roleTemplateId\":               ",
        ",\"members\":                      ",
        ",\"scopedMembers\":                ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.directoryRole\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "deleted_date_time", &self.deleted_date_time);
        v.field(2usize, "description", &self.description);
        v.field(3usize, "display_name", &self.display_name);
        v.field(4usize, "role_template_id", &self.role_template_id);
        v.field(5usize, "members", &self.members);
        v.field(6usize, "scoped_members", &self.scoped_members);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for DirectoryRole {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.deleted_date_time.read_from(r),
            2usize => self.description.read_from(r),
            3usize => self.display_name.read_from(r),
            4usize => self.role_template_id.read_from(r),
            5usize => self.members.read_from(r),
            6usize => self.scoped_members.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.deleted_date_time);
        w.field(2usize, &self.description);
        w.field(3usize, &self.display_name);
        w.field(4usize, &self.role_template_id);
        w.field(5usize, &self.members);
        w.field(6usize, &self.scoped_members);
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
rt::impl_object!(DirectoryRole);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    DirectoryRole { with_id id : ::std::string::String; with_deleted_date_time
    deleted_date_time : rt::edm::DateTimeOffset; with_description description :
    ::std::string::String; with_display_name display_name : ::std::string::String;
    with_role_template_id role_template_id : ::std::string::String; with_members members
    : ::std::vec::Vec < crate ::v1::AnyDirectoryObject >; with_scoped_members
    scoped_members : ::std::vec::Vec < crate ::v1::ScopedRoleMembership >; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(DirectoryRole);
#[cfg(msgraph_v1_domains_or_search)]
/// CSDL: `microsoft.graph.domain`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`DomainPath`](requests/trait.DomainPath.html), what a path to one (`EntityPath<Domain, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-domains`, `v1-search`.
#[derive(Clone)]
pub struct Domain {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `authenticationType`: `Edm.String`, not nullable.
    pub authentication_type: rt::Field<::std::string::String>,
    /// CSDL: property `availabilityStatus`: `Edm.String`, nullable.
    pub availability_status: rt::Field<::std::string::String>,
    /// CSDL: property `isAdminManaged`: `Edm.Boolean`, not nullable.
    pub is_admin_managed: rt::Field<bool>,
    /// CSDL: property `isDefault`: `Edm.Boolean`, not nullable.
    pub is_default: rt::Field<bool>,
    /// CSDL: property `isInitial`: `Edm.Boolean`, not nullable.
    pub is_initial: rt::Field<bool>,
    /// CSDL: property `isRoot`: `Edm.Boolean`, not nullable.
    pub is_root: rt::Field<bool>,
    /// CSDL: property `isVerified`: `Edm.Boolean`, not nullable.
    pub is_verified: rt::Field<bool>,
    /// CSDL: property `manufacturer`: `Edm.String`, nullable.
    pub manufacturer: rt::Field<::std::string::String>,
    /// CSDL: property `model`: `Edm.String`, nullable.
    pub model: rt::Field<::std::string::String>,
    /// CSDL: property `passwordNotificationWindowInDays`: `Edm.Int32`, nullable.
    pub password_notification_window_in_days: rt::Field<i32>,
    /// CSDL: property `passwordValidityPeriodInDays`: `Edm.Int32`, nullable.
    pub password_validity_period_in_days: rt::Field<i32>,
    /// CSDL: property `state`: `microsoft.graph.domainState`, nullable.
    pub state: rt::Field<crate::v1::DomainState>,
    /// CSDL: property `supportedServices`: `Collection(Edm.String)`, not nullable.
    pub supported_services: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: navigation property `domainNameReferences`: `Collection(microsoft.graph.directoryObject)`, not nullable.
    ///
    /// Features: `v1` or `v1-search`.
    #[cfg(msgraph_v1_core)]
    pub domain_name_references: rt::Field<
        ::std::vec::Vec<crate::v1::AnyDirectoryObject>,
    >,
    /// CSDL: containment navigation property `federationConfiguration`: `Collection(microsoft.graph.internalDomainFederation)`, not nullable.
    pub federation_configuration: rt::Field<
        ::std::vec::Vec<crate::v1::InternalDomainFederation>,
    >,
    /// CSDL: navigation property `rootDomain`: `microsoft.graph.domain`, nullable.
    pub root_domain: rt::Field<::std::boxed::Box<crate::v1::Domain>>,
    /// CSDL: containment navigation property `serviceConfigurationRecords`: `Collection(microsoft.graph.domainDnsRecord)`, not nullable.
    pub service_configuration_records: rt::Field<
        ::std::vec::Vec<crate::v1::AnyDomainDnsRecord>,
    >,
    /// CSDL: containment navigation property `verificationDnsRecords`: `Collection(microsoft.graph.domainDnsRecord)`, not nullable.
    pub verification_dns_records: rt::Field<
        ::std::vec::Vec<crate::v1::AnyDomainDnsRecord>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_domains_or_search)]
impl ::std::default::Default for Domain {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            authentication_type: rt::Field::Absent,
            availability_status: rt::Field::Absent,
            is_admin_managed: rt::Field::Absent,
            is_default: rt::Field::Absent,
            is_initial: rt::Field::Absent,
            is_root: rt::Field::Absent,
            is_verified: rt::Field::Absent,
            manufacturer: rt::Field::Absent,
            model: rt::Field::Absent,
            password_notification_window_in_days: rt::Field::Absent,
            password_validity_period_in_days: rt::Field::Absent,
            state: rt::Field::Absent,
            supported_services: rt::Field::Absent,
            #[cfg(msgraph_v1_core)]
            domain_name_references: rt::Field::Absent,
            federation_configuration: rt::Field::Absent,
            root_domain: rt::Field::Absent,
            service_configuration_records: rt::Field::Absent,
            verification_dns_records: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_domains_or_search)]
impl rt::Object for Domain {
    const TYPE_NAME: &'static str = "microsoft.graph.domain";
    const KEYS: &'static [&'static str] = &[
        "id",
        "authenticationType",
        "availabilityStatus",
        "isAdminManaged",
        "isDefault",
        "isInitial",
        "isRoot",
        "isVerified",
        "manufacturer",
        "model",
        "passwordNotificationWindowInDays",
        "passwordValidityPeriodInDays",
        "state",
        "supportedServices",
        "domainNameReferences",
        "federationConfiguration",
        "rootDomain",
        "serviceConfigurationRecords",
        "verificationDnsRecords",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"authenticationType\":           ",
        ",\"availabilityStatus\":           ",
        ",\"isAdminManaged\":               ",
        ",\"isDefault\":                    ",
        ",\"isInitial\":                    ",
        ",\"isRoot\":                       ",
        ",\"isVerified\":                   ",
        ",\"manufacturer\":                 ",
        ",\"model\":                        ",
        ",\"passwordNotificationWindowInDays\":",
        ",\"passwordValidityPeriodInDays\": ",
        ",\"state\":                        ",
        ",\"supportedServices\":            ",
        ",\"domainNameReferences\":         ",
        ",\"federationConfiguration\":      ",
        ",\"rootDomain\":                   ",
        ",\"serviceConfigurationRecords\":  ",
        ",\"verificationDnsRecords\":       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.domain\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "authentication_type", &self.authentication_type);
        v.field(2usize, "availability_status", &self.availability_status);
        v.field(3usize, "is_admin_managed", &self.is_admin_managed);
        v.field(4usize, "is_default", &self.is_default);
        v.field(5usize, "is_initial", &self.is_initial);
        v.field(6usize, "is_root", &self.is_root);
        v.field(7usize, "is_verified", &self.is_verified);
        v.field(8usize, "manufacturer", &self.manufacturer);
        v.field(9usize, "model", &self.model);
        v.field(
            10usize,
            "password_notification_window_in_days",
            &self.password_notification_window_in_days,
        );
        v.field(
            11usize,
            "password_validity_period_in_days",
            &self.password_validity_period_in_days,
        );
        v.field(12usize, "state", &self.state);
        v.field(13usize, "supported_services", &self.supported_services);
        #[cfg(msgraph_v1_core)]
        v.field(14usize, "domain_name_references", &self.domain_name_references);
        v.field(15usize, "federation_configuration", &self.federation_configuration);
        v.field(16usize, "root_domain", &self.root_domain);
        v.field(
            17usize,
            "service_configuration_records",
            &self.service_configuration_records,
        );
        v.field(18usize, "verification_dns_records", &self.verification_dns_records);
    }
}
#[cfg(msgraph_v1_domains_or_search)]
impl rt::object::Members for Domain {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.authentication_type.read_from(r),
            2usize => self.availability_status.read_from(r),
            3usize => self.is_admin_managed.read_from(r),
            4usize => self.is_default.read_from(r),
            5usize => self.is_initial.read_from(r),
            6usize => self.is_root.read_from(r),
            7usize => self.is_verified.read_from(r),
            8usize => self.manufacturer.read_from(r),
            9usize => self.model.read_from(r),
            10usize => self.password_notification_window_in_days.read_from(r),
            11usize => self.password_validity_period_in_days.read_from(r),
            12usize => self.state.read_from(r),
            13usize => self.supported_services.read_from(r),
            #[cfg(msgraph_v1_core)]
            14usize => self.domain_name_references.read_from(r),
            15usize => self.federation_configuration.read_from(r),
            16usize => self.root_domain.read_from(r),
            17usize => self.service_configuration_records.read_from(r),
            18usize => self.verification_dns_records.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.authentication_type);
        w.field(2usize, &self.availability_status);
        w.field(3usize, &self.is_admin_managed);
        w.field(4usize, &self.is_default);
        w.field(5usize, &self.is_initial);
        w.field(6usize, &self.is_root);
        w.field(7usize, &self.is_verified);
        w.field(8usize, &self.manufacturer);
        w.field(9usize, &self.model);
        w.field(10usize, &self.password_notification_window_in_days);
        w.field(11usize, &self.password_validity_period_in_days);
        w.field(12usize, &self.state);
        w.field(13usize, &self.supported_services);
        #[cfg(msgraph_v1_core)] w.field(14usize, &self.domain_name_references);
        w.field(15usize, &self.federation_configuration);
        w.field(16usize, &self.root_domain);
        w.field(17usize, &self.service_configuration_records);
        w.field(18usize, &self.verification_dns_records);
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
#[cfg(msgraph_v1_domains_or_search)]
rt::impl_object!(Domain);
#[cfg(msgraph_v1_domains_or_search)]
rt::impl_boxed!(Domain);
#[cfg(msgraph_v1_domains_or_search)]
rt::impl_setters!(
    Domain { with_id id : ::std::string::String; with_authentication_type
    authentication_type : ::std::string::String; with_availability_status
    availability_status : ::std::string::String; with_is_admin_managed is_admin_managed :
    bool; with_is_default is_default : bool; with_is_initial is_initial : bool;
    with_is_root is_root : bool; with_is_verified is_verified : bool; with_manufacturer
    manufacturer : ::std::string::String; with_model model : ::std::string::String;
    with_password_notification_window_in_days password_notification_window_in_days : i32;
    with_password_validity_period_in_days password_validity_period_in_days : i32;
    with_state state : crate ::v1::DomainState; with_supported_services
    supported_services : ::std::vec::Vec < ::std::string::String >;
    #[cfg(msgraph_v1_core)] with_domain_name_references domain_name_references :
    ::std::vec::Vec < crate ::v1::AnyDirectoryObject >; with_federation_configuration
    federation_configuration : ::std::vec::Vec < crate ::v1::InternalDomainFederation >;
    with_root_domain root_domain : ::std::boxed::Box < crate ::v1::Domain >;
    with_service_configuration_records service_configuration_records : ::std::vec::Vec <
    crate ::v1::AnyDomainDnsRecord >; with_verification_dns_records
    verification_dns_records : ::std::vec::Vec < crate ::v1::AnyDomainDnsRecord >; }
);
#[cfg(msgraph_v1_domains_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(Domain);
#[cfg(msgraph_v1_drives_or_search)]
/// CSDL: `microsoft.graph.drive`, entity type, derived from `microsoft.graph.baseItem`, key `id`.
///
/// Request builders: [`DrivePath`](requests/trait.DrivePath.html), what a path to one (`EntityPath<Drive, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct Drive {
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
    /// Features: `v1` or `v1-search`.
    #[cfg(msgraph_v1_core)]
    pub created_by_user: rt::Field<crate::v1::AnyUser>,
    /// CSDL: navigation property `lastModifiedByUser`: `microsoft.graph.user`, nullable.
    ///
    /// Features: `v1` or `v1-search`.
    #[cfg(msgraph_v1_core)]
    pub last_modified_by_user: rt::Field<crate::v1::AnyUser>,
    /// CSDL: property `driveType`: `Edm.String`, nullable.
    pub drive_type: rt::Field<::std::string::String>,
    /// CSDL: property `owner`: `microsoft.graph.identitySet`, nullable.
    pub owner: rt::Field<crate::v1::AnyIdentitySet>,
    /// CSDL: property `quota`: `microsoft.graph.quota`, nullable.
    pub quota: rt::Field<crate::v1::Quota>,
    /// CSDL: property `sharePointIds`: `microsoft.graph.sharepointIds`, nullable.
    pub share_point_ids: rt::Field<crate::v1::SharepointIds>,
    /// CSDL: property `system`: `microsoft.graph.systemFacet`, nullable.
    pub system: rt::Field<crate::v1::SystemFacet>,
    /// CSDL: navigation property `bundles`: `Collection(microsoft.graph.driveItem)`, not nullable.
    pub bundles: rt::Field<::std::vec::Vec<crate::v1::DriveItem>>,
    /// CSDL: navigation property `following`: `Collection(microsoft.graph.driveItem)`, not nullable.
    pub following: rt::Field<::std::vec::Vec<crate::v1::DriveItem>>,
    /// CSDL: containment navigation property `items`: `Collection(microsoft.graph.driveItem)`, not nullable.
    pub items: rt::Field<::std::vec::Vec<crate::v1::DriveItem>>,
    /// CSDL: containment navigation property `list`: `microsoft.graph.list`, nullable.
    pub list: rt::Field<::std::boxed::Box<crate::v1::List>>,
    /// CSDL: navigation property `root`: `microsoft.graph.driveItem`, nullable.
    pub root: rt::Field<crate::v1::DriveItem>,
    /// CSDL: navigation property `special`: `Collection(microsoft.graph.driveItem)`, not nullable.
    pub special: rt::Field<::std::vec::Vec<crate::v1::DriveItem>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for Drive {
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
            drive_type: rt::Field::Absent,
            owner: rt::Field::Absent,
            quota: rt::Field::Absent,
            share_point_ids: rt::Field::Absent,
            system: rt::Field::Absent,
            bundles: rt::Field::Absent,
            following: rt::Field::Absent,
            items: rt::Field::Absent,
            list: rt::Field::Absent,
            root: rt::Field::Absent,
            special: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for Drive {
    const TYPE_NAME: &'static str = "microsoft.graph.drive";
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
        "driveType",
        "owner",
        "quota",
        "sharePointIds",
        "system",
        "bundles",
        "following",
        "items",
        "list",
        "root",
        "special",
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
        ",\"driveType\":                    ",
        ",\"owner\":                        ",
        ",\"quota\":                        ",
        ",\"sharePointIds\":                ",
        ",\"system\":                       ",
        ",\"bundles\":                      ",
        ",\"following\":                    ",
        ",\"items\":                        ",
        ",\"list\":                         ",
        ",\"root\":                         ",
        ",\"special\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.drive\"";
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
        #[cfg(msgraph_v1_core)]
        v.field(10usize, "created_by_user", &self.created_by_user);
        #[cfg(msgraph_v1_core)]
        v.field(11usize, "last_modified_by_user", &self.last_modified_by_user);
        v.field(12usize, "drive_type", &self.drive_type);
        v.field(13usize, "owner", &self.owner);
        v.field(14usize, "quota", &self.quota);
        v.field(15usize, "share_point_ids", &self.share_point_ids);
        v.field(16usize, "system", &self.system);
        v.field(17usize, "bundles", &self.bundles);
        v.field(18usize, "following", &self.following);
        v.field(19usize, "items", &self.items);
        v.field(20usize, "list", &self.list);
        v.field(21usize, "root", &self.root);
        v.field(22usize, "special", &self.special);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for Drive {
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
            12usize => self.drive_type.read_from(r),
            13usize => self.owner.read_from(r),
            14usize => self.quota.read_from(r),
            15usize => self.share_point_ids.read_from(r),
            16usize => self.system.read_from(r),
            17usize => self.bundles.read_from(r),
            18usize => self.following.read_from(r),
            19usize => self.items.read_from(r),
            20usize => self.list.read_from(r),
            21usize => self.root.read_from(r),
            22usize => self.special.read_from(r),
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
        w.field(12usize, &self.drive_type);
        w.field(13usize, &self.owner);
        w.field(14usize, &self.quota);
        w.field(15usize, &self.share_point_ids);
        w.field(16usize, &self.system);
        w.field(17usize, &self.bundles);
        w.field(18usize, &self.following);
        w.field(19usize, &self.items);
        w.field(20usize, &self.list);
        w.field(21usize, &self.root);
        w.field(22usize, &self.special);
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
rt::impl_object!(Drive);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_boxed!(Drive);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    Drive { with_id id : ::std::string::String; with_created_by created_by : crate
    ::v1::AnyIdentitySet; with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_description description : ::std::string::String;
    with_e_tag e_tag : ::std::string::String; with_last_modified_by last_modified_by :
    crate ::v1::AnyIdentitySet; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_name name : ::std::string::String;
    with_parent_reference parent_reference : crate ::v1::ItemReference; with_web_url
    web_url : ::std::string::String; #[cfg(msgraph_v1_core)] with_created_by_user
    created_by_user : crate ::v1::AnyUser; #[cfg(msgraph_v1_core)]
    with_last_modified_by_user last_modified_by_user : crate ::v1::AnyUser;
    with_drive_type drive_type : ::std::string::String; with_owner owner : crate
    ::v1::AnyIdentitySet; with_quota quota : crate ::v1::Quota; with_share_point_ids
    share_point_ids : crate ::v1::SharepointIds; with_system system : crate
    ::v1::SystemFacet; with_bundles bundles : ::std::vec::Vec < crate ::v1::DriveItem >;
    with_following following : ::std::vec::Vec < crate ::v1::DriveItem >; with_items
    items : ::std::vec::Vec < crate ::v1::DriveItem >; with_list list : ::std::boxed::Box
    < crate ::v1::List >; with_root root : crate ::v1::DriveItem; with_special special :
    ::std::vec::Vec < crate ::v1::DriveItem >; }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(Drive);
#[cfg(msgraph_v1_drives_or_search)]
/// CSDL: `microsoft.graph.driveItem`, entity type, derived from `microsoft.graph.baseItem`, open, key `id`.
///
/// Request builders: [`DriveItemPath`](requests/trait.DriveItemPath.html), what a path to one (`EntityPath<DriveItem, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct DriveItem {
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
    /// Features: `v1` or `v1-search`.
    #[cfg(msgraph_v1_core)]
    pub created_by_user: rt::Field<crate::v1::AnyUser>,
    /// CSDL: navigation property `lastModifiedByUser`: `microsoft.graph.user`, nullable.
    ///
    /// Features: `v1` or `v1-search`.
    #[cfg(msgraph_v1_core)]
    pub last_modified_by_user: rt::Field<crate::v1::AnyUser>,
    /// CSDL: property `audio`: `microsoft.graph.audio`, nullable.
    pub audio: rt::Field<crate::v1::Audio>,
    /// CSDL: property `bundle`: `microsoft.graph.bundle`, nullable.
    pub bundle: rt::Field<crate::v1::Bundle>,
    /// CSDL: property `content`: `Edm.Stream`, nullable.
    pub content: rt::Field<rt::RawJson>,
    /// CSDL: property `cTag`: `Edm.String`, nullable.
    pub c_tag: rt::Field<::std::string::String>,
    /// CSDL: property `deleted`: `microsoft.graph.deleted`, nullable.
    pub deleted: rt::Field<crate::v1::Deleted>,
    /// CSDL: property `file`: `microsoft.graph.file`, nullable.
    pub file: rt::Field<crate::v1::File>,
    /// CSDL: property `fileSystemInfo`: `microsoft.graph.fileSystemInfo`, nullable.
    pub file_system_info: rt::Field<crate::v1::FileSystemInfo>,
    /// CSDL: property `folder`: `microsoft.graph.folder`, nullable.
    pub folder: rt::Field<crate::v1::Folder>,
    /// CSDL: property `image`: `microsoft.graph.image`, nullable.
    pub image: rt::Field<crate::v1::Image>,
    /// CSDL: property `location`: `microsoft.graph.geoCoordinates`, nullable.
    pub location: rt::Field<crate::v1::GeoCoordinates>,
    /// CSDL: property `malware`: `microsoft.graph.malware`, nullable.
    pub malware: rt::Field<crate::v1::Malware>,
    /// CSDL: property `package`: `microsoft.graph.package`, nullable.
    pub package: rt::Field<crate::v1::Package>,
    /// CSDL: property `pendingOperations`: `microsoft.graph.pendingOperations`, nullable.
    pub pending_operations: rt::Field<crate::v1::PendingOperations>,
    /// CSDL: property `photo`: `microsoft.graph.photo`, nullable.
    pub photo: rt::Field<crate::v1::Photo>,
    /// CSDL: property `publication`: `microsoft.graph.publicationFacet`, nullable.
    pub publication: rt::Field<crate::v1::PublicationFacet>,
    /// CSDL: property `remoteItem`: `microsoft.graph.remoteItem`, nullable.
    pub remote_item: rt::Field<crate::v1::RemoteItem>,
    /// CSDL: property `root`: `microsoft.graph.root`, nullable.
    pub root: rt::Field<crate::v1::Root>,
    /// CSDL: property `searchResult`: `microsoft.graph.searchResult`, nullable.
    pub search_result: rt::Field<crate::v1::SearchResult>,
    /// CSDL: property `shared`: `microsoft.graph.shared`, nullable.
    pub shared: rt::Field<crate::v1::Shared>,
    /// CSDL: property `sharepointIds`: `microsoft.graph.sharepointIds`, nullable.
    pub sharepoint_ids: rt::Field<crate::v1::SharepointIds>,
    /// CSDL: property `size`: `Edm.Int64`, nullable.
    pub size: rt::Field<i64>,
    /// CSDL: property `specialFolder`: `microsoft.graph.specialFolder`, nullable.
    pub special_folder: rt::Field<crate::v1::SpecialFolder>,
    /// CSDL: property `video`: `microsoft.graph.video`, nullable.
    pub video: rt::Field<crate::v1::Video>,
    /// CSDL: property `webDavUrl`: `Edm.String`, nullable.
    pub web_dav_url: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `analytics`: `microsoft.graph.itemAnalytics`, nullable.
    pub analytics: rt::Field<crate::v1::ItemAnalytics>,
    /// CSDL: navigation property `children`: `Collection(microsoft.graph.driveItem)`, not nullable.
    pub children: rt::Field<::std::vec::Vec<crate::v1::DriveItem>>,
    /// CSDL: navigation property `listItem`: `microsoft.graph.listItem`, nullable.
    pub list_item: rt::Field<::std::boxed::Box<crate::v1::ListItem>>,
    /// CSDL: containment navigation property `permissions`: `Collection(microsoft.graph.permission)`, not nullable.
    pub permissions: rt::Field<::std::vec::Vec<crate::v1::Permission>>,
    /// CSDL: containment navigation property `retentionLabel`: `microsoft.graph.itemRetentionLabel`, nullable.
    pub retention_label: rt::Field<crate::v1::ItemRetentionLabel>,
    /// CSDL: containment navigation property `subscriptions`: `Collection(microsoft.graph.subscription)`, not nullable.
    pub subscriptions: rt::Field<::std::vec::Vec<crate::v1::Subscription>>,
    /// CSDL: containment navigation property `thumbnails`: `Collection(microsoft.graph.thumbnailSet)`, not nullable.
    pub thumbnails: rt::Field<::std::vec::Vec<crate::v1::ThumbnailSet>>,
    /// CSDL: containment navigation property `versions`: `Collection(microsoft.graph.driveItemVersion)`, not nullable.
    pub versions: rt::Field<::std::vec::Vec<crate::v1::DriveItemVersion>>,
    /// CSDL: containment navigation property `workbook`: `microsoft.graph.workbook`, nullable.
    pub workbook: rt::Field<crate::v1::Workbook>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for DriveItem {
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
            audio: rt::Field::Absent,
            bundle: rt::Field::Absent,
            content: rt::Field::Absent,
            c_tag: rt::Field::Absent,
            deleted: rt::Field::Absent,
            file: rt::Field::Absent,
            file_system_info: rt::Field::Absent,
            folder: rt::Field::Absent,
            image: rt::Field::Absent,
            location: rt::Field::Absent,
            malware: rt::Field::Absent,
            package: rt::Field::Absent,
            pending_operations: rt::Field::Absent,
            photo: rt::Field::Absent,
            publication: rt::Field::Absent,
            remote_item: rt::Field::Absent,
            root: rt::Field::Absent,
            search_result: rt::Field::Absent,
            shared: rt::Field::Absent,
            sharepoint_ids: rt::Field::Absent,
            size: rt::Field::Absent,
            special_folder: rt::Field::Absent,
            video: rt::Field::Absent,
            web_dav_url: rt::Field::Absent,
            analytics: rt::Field::Absent,
            children: rt::Field::Absent,
            list_item: rt::Field::Absent,
            permissions: rt::Field::Absent,
            retention_label: rt::Field::Absent,
            subscriptions: rt::Field::Absent,
            thumbnails: rt::Field::Absent,
            versions: rt::Field::Absent,
            workbook: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for DriveItem {
    const TYPE_NAME: &'static str = "microsoft.graph.driveItem";
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
        "audio",
        "bundle",
        "content",
        "cTag",
        "deleted",
        "file",
        "fileSystemInfo",
        "folder",
        "image",
        "location",
        "malware",
        "package",
        "pendingOperations",
        "photo",
        "publication",
        "remoteItem",
        "root",
        "searchResult",
        "shared",
        "sharepointIds",
        "size",
        "specialFolder",
        "video",
        "webDavUrl",
        "analytics",
        "children",
        "listItem",
        "permissions",
        "retentionLabel",
        "subscriptions",
        "thumbnails",
        "versions",
        "workbook",
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
        ",\"audio\":                        ",
        ",\"bundle\":                       ",
        ",\"content\":                      ",
        ",\"cTag\":                         ",
        ",\"deleted\":                      ",
        ",\"file\":                         ",
        ",\"fileSystemInfo\":               ",
        ",\"folder\":                       ",
        ",\"image\":                        ",
        ",\"location\":                     ",
        ",\"malware\":                      ",
        ",\"package\":                      ",
        ",\"pendingOperations\":            ",
        ",\"photo\":                        ",
        ",\"publication\":                  ",
        ",\"remoteItem\":                   ",
        ",\"root\":                         ",
        ",\"searchResult\":                 ",
        ",\"shared\":                       ",
        ",\"sharepointIds\":                ",
        ",\"size\":                         ",
        ",\"specialFolder\":                ",
        ",\"video\":                        ",
        ",\"webDavUrl\":                    ",
        ",\"analytics\":                    ",
        ",\"children\":                     ",
        ",\"listItem\":                     ",
        ",\"permissions\":                  ",
        ",\"retentionLabel\":               ",
        ",\"subscriptions\":                ",
        ",\"thumbnails\":                   ",
        ",\"versions\":                     ",
        ",\"workbook\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.driveItem\"";
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
        #[cfg(msgraph_v1_core)]
        v.field(10usize, "created_by_user", &self.created_by_user);
        #[cfg(msgraph_v1_core)]
        v.field(11usize, "last_modified_by_user", &self.last_modified_by_user);
        v.field(12usize, "audio", &self.audio);
        v.field(13usize, "bundle", &self.bundle);
        v.field(14usize, "content", &self.content);
        v.field(15usize, "c_tag", &self.c_tag);
        v.field(16usize, "deleted", &self.deleted);
        v.field(17usize, "file", &self.file);
        v.field(18usize, "file_system_info", &self.file_system_info);
        v.field(19usize, "folder", &self.folder);
        v.field(20usize, "image", &self.image);
        v.field(21usize, "location", &self.location);
        v.field(22usize, "malware", &self.malware);
        v.field(23usize, "package", &self.package);
        v.field(24usize, "pending_operations", &self.pending_operations);
        v.field(25usize, "photo", &self.photo);
        v.field(26usize, "publication", &self.publication);
        v.field(27usize, "remote_item", &self.remote_item);
        v.field(28usize, "root", &self.root);
        v.field(29usize, "search_result", &self.search_result);
        v.field(30usize, "shared", &self.shared);
        v.field(31usize, "sharepoint_ids", &self.sharepoint_ids);
        v.field(32usize, "size", &self.size);
        v.field(33usize, "special_folder", &self.special_folder);
        v.field(34usize, "video", &self.video);
        v.field(35usize, "web_dav_url", &self.web_dav_url);
        v.field(36usize, "analytics", &self.analytics);
        v.field(37usize, "children", &self.children);
        v.field(38usize, "list_item", &self.list_item);
        v.field(39usize, "permissions", &self.permissions);
        v.field(40usize, "retention_label", &self.retention_label);
        v.field(41usize, "subscriptions", &self.subscriptions);
        v.field(42usize, "thumbnails", &self.thumbnails);
        v.field(43usize, "versions", &self.versions);
        v.field(44usize, "workbook", &self.workbook);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for DriveItem {
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
            12usize => self.audio.read_from(r),
            13usize => self.bundle.read_from(r),
            14usize => self.content.read_from(r),
            15usize => self.c_tag.read_from(r),
            16usize => self.deleted.read_from(r),
            17usize => self.file.read_from(r),
            18usize => self.file_system_info.read_from(r),
            19usize => self.folder.read_from(r),
            20usize => self.image.read_from(r),
            21usize => self.location.read_from(r),
            22usize => self.malware.read_from(r),
            23usize => self.package.read_from(r),
            24usize => self.pending_operations.read_from(r),
            25usize => self.photo.read_from(r),
            26usize => self.publication.read_from(r),
            27usize => self.remote_item.read_from(r),
            28usize => self.root.read_from(r),
            29usize => self.search_result.read_from(r),
            30usize => self.shared.read_from(r),
            31usize => self.sharepoint_ids.read_from(r),
            32usize => self.size.read_from(r),
            33usize => self.special_folder.read_from(r),
            34usize => self.video.read_from(r),
            35usize => self.web_dav_url.read_from(r),
            36usize => self.analytics.read_from(r),
            37usize => self.children.read_from(r),
            38usize => self.list_item.read_from(r),
            39usize => self.permissions.read_from(r),
            40usize => self.retention_label.read_from(r),
            41usize => self.subscriptions.read_from(r),
            42usize => self.thumbnails.read_from(r),
            43usize => self.versions.read_from(r),
            44usize => self.workbook.read_from(r),
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
        w.field(12usize, &self.audio);
        w.field(13usize, &self.bundle);
        w.field(14usize, &self.content);
        w.field(15usize, &self.c_tag);
        w.field(16usize, &self.deleted);
        w.field(17usize, &self.file);
        w.field(18usize, &self.file_system_info);
        w.field(19usize, &self.folder);
        w.field(20usize, &self.image);
        w.field(21usize, &self.location);
        w.field(22usize, &self.malware);
        w.field(23usize, &self.package);
        w.field(24usize, &self.pending_operations);
        w.field(25usize, &self.photo);
        w.field(26usize, &self.publication);
        w.field(27usize, &self.remote_item);
        w.field(28usize, &self.root);
        w.field(29usize, &self.search_result);
        w.field(30usize, &self.shared);
        w.field(31usize, &self.sharepoint_ids);
        w.field(32usize, &self.size);
        w.field(33usize, &self.special_folder);
        w.field(34usize, &self.video);
        w.field(35usize, &self.web_dav_url);
        w.field(36usize, &self.analytics);
        w.field(37usize, &self.children);
        w.field(38usize, &self.list_item);
        w.field(39usize, &self.permissions);
        w.field(40usize, &self.retention_label);
        w.field(41usize, &self.subscriptions);
        w.field(42usize, &self.thumbnails);
        w.field(43usize, &self.versions);
        w.field(44usize, &self.workbook);
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
rt::impl_object!(DriveItem);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_boxed!(DriveItem);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    DriveItem { with_id id : ::std::string::String; with_created_by created_by : crate
    ::v1::AnyIdentitySet; with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_description description : ::std::string::String;
    with_e_tag e_tag : ::std::string::String; with_last_modified_by last_modified_by :
    crate ::v1::AnyIdentitySet; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_name name : ::std::string::String;
    with_parent_reference parent_reference : crate ::v1::ItemReference; with_web_url
    web_url : ::std::string::String; #[cfg(msgraph_v1_core)] with_created_by_user
    created_by_user : crate ::v1::AnyUser; #[cfg(msgraph_v1_core)]
    with_last_modified_by_user last_modified_by_user : crate ::v1::AnyUser; with_audio
    audio : crate ::v1::Audio; with_bundle bundle : crate ::v1::Bundle; with_content
    content : rt::RawJson; with_c_tag c_tag : ::std::string::String; with_deleted deleted
    : crate ::v1::Deleted; with_file file : crate ::v1::File; with_file_system_info
    file_system_info : crate ::v1::FileSystemInfo; with_folder folder : crate
    ::v1::Folder; with_image image : crate ::v1::Image; with_location location : crate
    ::v1::GeoCoordinates; with_malware malware : crate ::v1::Malware; with_package
    package : crate ::v1::Package; with_pending_operations pending_operations : crate
    ::v1::PendingOperations; with_photo photo : crate ::v1::Photo; with_publication
    publication : crate ::v1::PublicationFacet; with_remote_item remote_item : crate
    ::v1::RemoteItem; with_root root : crate ::v1::Root; with_search_result search_result
    : crate ::v1::SearchResult; with_shared shared : crate ::v1::Shared;
    with_sharepoint_ids sharepoint_ids : crate ::v1::SharepointIds; with_size size : i64;
    with_special_folder special_folder : crate ::v1::SpecialFolder; with_video video :
    crate ::v1::Video; with_web_dav_url web_dav_url : ::std::string::String;
    with_analytics analytics : crate ::v1::ItemAnalytics; with_children children :
    ::std::vec::Vec < crate ::v1::DriveItem >; with_list_item list_item :
    ::std::boxed::Box < crate ::v1::ListItem >; with_permissions permissions :
    ::std::vec::Vec < crate ::v1::Permission >; with_retention_label retention_label :
    crate ::v1::ItemRetentionLabel; with_subscriptions subscriptions : ::std::vec::Vec <
    crate ::v1::Subscription >; with_thumbnails thumbnails : ::std::vec::Vec < crate
    ::v1::ThumbnailSet >; with_versions versions : ::std::vec::Vec < crate
    ::v1::DriveItemVersion >; with_workbook workbook : crate ::v1::Workbook; }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DriveItem);
