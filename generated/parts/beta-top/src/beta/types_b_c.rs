//! Types of `microsoft.graph` by the first letters of their names (`b_c`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// CSDL: `microsoft.graph.baseItem`, entity type, derived from `microsoft.graph.entity`, abstract, key `id`.
///
/// Request builders: [`BaseItemPath`](requests/trait.BaseItemPath.html), what a path to one (`EntityPath<AnyBaseItem, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct BaseItem {
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
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
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
            #[cfg(msgraph_beta_core)]
            created_by_user: rt::Field::Absent,
            #[cfg(msgraph_beta_core)]
            last_modified_by_user: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
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
        #[cfg(msgraph_beta_core)]
        v.field(10usize, "created_by_user", &self.created_by_user);
        #[cfg(msgraph_beta_core)]
        v.field(11usize, "last_modified_by_user", &self.last_modified_by_user);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
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
            #[cfg(msgraph_beta_core)]
            10usize => self.created_by_user.read_from(r),
            #[cfg(msgraph_beta_core)]
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
        #[cfg(msgraph_beta_core)] w.field(10usize, &self.created_by_user);
        #[cfg(msgraph_beta_core)] w.field(11usize, &self.last_modified_by_user);
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
rt::impl_object!(BaseItem);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    BaseItem { with_id id : ::std::string::String; with_created_by created_by : crate
    ::beta::IdentitySet; with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_description description : ::std::string::String;
    with_e_tag e_tag : ::std::string::String; with_last_modified_by last_modified_by :
    crate ::beta::IdentitySet; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_name name : ::std::string::String;
    with_parent_reference parent_reference : crate ::beta::ItemReference; with_web_url
    web_url : ::std::string::String; #[cfg(msgraph_beta_core)] with_created_by_user
    created_by_user : ::std::boxed::Box < crate ::beta::User >; #[cfg(msgraph_beta_core)]
    with_last_modified_by_user last_modified_by_user : ::std::boxed::Box < crate
    ::beta::User >; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(BaseItem);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// `microsoft.graph.baseItem` or any type derived from it, selected by `@odata.type` (8 types); each variant's type converts into it (`From`).
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Debug)]
pub enum AnyBaseItem {
    BaseItem(::std::boxed::Box<crate::beta::BaseItem>),
    #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
    Drive(::std::boxed::Box<crate::beta::Drive>),
    DriveItem(::std::boxed::Box<crate::beta::DriveItem>),
    #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
    List(::std::boxed::Box<crate::beta::List>),
    ListItem(::std::boxed::Box<crate::beta::ListItem>),
    #[cfg(msgraph_beta_core_or_shares_or_sites)]
    SharedDriveItem(::std::boxed::Box<crate::beta::SharedDriveItem>),
    #[cfg(msgraph_beta_core_or_shares_or_sites)]
    Site(::std::boxed::Box<crate::beta::Site>),
    #[cfg(msgraph_beta_core_or_shares_or_sites)]
    SitePage(::std::boxed::Box<crate::beta::SitePage>),
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for AnyBaseItem {
    #[inline]
    fn default() -> Self {
        Self::BaseItem(::std::default::Default::default())
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::BaseItem> for AnyBaseItem {
    #[inline]
    fn from(v: crate::beta::BaseItem) -> Self {
        Self::BaseItem(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::Drive> for AnyBaseItem {
    #[inline]
    fn from(v: crate::beta::Drive) -> Self {
        Self::Drive(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DriveItem> for AnyBaseItem {
    #[inline]
    fn from(v: crate::beta::DriveItem) -> Self {
        Self::DriveItem(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::List> for AnyBaseItem {
    #[inline]
    fn from(v: crate::beta::List) -> Self {
        Self::List(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ListItem> for AnyBaseItem {
    #[inline]
    fn from(v: crate::beta::ListItem) -> Self {
        Self::ListItem(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(msgraph_beta_core_or_shares_or_sites)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::SharedDriveItem> for AnyBaseItem {
    #[inline]
    fn from(v: crate::beta::SharedDriveItem) -> Self {
        Self::SharedDriveItem(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(msgraph_beta_core_or_shares_or_sites)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::Site> for AnyBaseItem {
    #[inline]
    fn from(v: crate::beta::Site) -> Self {
        Self::Site(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(msgraph_beta_core_or_shares_or_sites)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::SitePage> for AnyBaseItem {
    #[inline]
    fn from(v: crate::beta::SitePage) -> Self {
        Self::SitePage(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
unsafe impl ::std::marker::Send for AnyBaseItem {}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
unsafe impl ::std::marker::Sync for AnyBaseItem {}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::marker::Unpin for AnyBaseItem {}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::panic::UnwindSafe for AnyBaseItem {}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::panic::RefUnwindSafe for AnyBaseItem {}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
const _: () = {
    rt::object::auto_traits::<crate::beta::BaseItem>();
    #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
    rt::object::auto_traits::<crate::beta::Drive>();
    rt::object::auto_traits::<crate::beta::DriveItem>();
    #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
    rt::object::auto_traits::<crate::beta::List>();
    rt::object::auto_traits::<crate::beta::ListItem>();
    #[cfg(msgraph_beta_core_or_shares_or_sites)]
    rt::object::auto_traits::<crate::beta::SharedDriveItem>();
    #[cfg(msgraph_beta_core_or_shares_or_sites)]
    rt::object::auto_traits::<crate::beta::Site>();
    #[cfg(msgraph_beta_core_or_shares_or_sites)]
    rt::object::auto_traits::<crate::beta::SitePage>();
};
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Poly for AnyBaseItem {
    const BASE_NAME: &'static str = "microsoft.graph.baseItem";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
            ::std::option::Option::Some("microsoft.graph.drive") => {
                Self::Drive(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.driveItem") => {
                Self::DriveItem(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
            ::std::option::Option::Some("microsoft.graph.list") => {
                Self::List(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.listItem") => {
                Self::ListItem(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core_or_shares_or_sites)]
            ::std::option::Option::Some("microsoft.graph.sharedDriveItem") => {
                Self::SharedDriveItem(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core_or_shares_or_sites)]
            ::std::option::Option::Some("microsoft.graph.site") => {
                Self::Site(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core_or_shares_or_sites)]
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
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
            Self::Drive(v) => &**v,
            Self::DriveItem(v) => &**v,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
            Self::List(v) => &**v,
            Self::ListItem(v) => &**v,
            #[cfg(msgraph_beta_core_or_shares_or_sites)]
            Self::SharedDriveItem(v) => &**v,
            #[cfg(msgraph_beta_core_or_shares_or_sites)]
            Self::Site(v) => &**v,
            #[cfg(msgraph_beta_core_or_shares_or_sites)]
            Self::SitePage(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::BaseItem(v) => &mut **v,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
            Self::Drive(v) => &mut **v,
            Self::DriveItem(v) => &mut **v,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
            Self::List(v) => &mut **v,
            Self::ListItem(v) => &mut **v,
            #[cfg(msgraph_beta_core_or_shares_or_sites)]
            Self::SharedDriveItem(v) => &mut **v,
            #[cfg(msgraph_beta_core_or_shares_or_sites)]
            Self::Site(v) => &mut **v,
            #[cfg(msgraph_beta_core_or_shares_or_sites)]
            Self::SitePage(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
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
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
            Self::Drive(v) => &v.id,
            Self::DriveItem(v) => &v.id,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
            Self::List(v) => &v.id,
            Self::ListItem(v) => &v.id,
            #[cfg(msgraph_beta_core_or_shares_or_sites)]
            Self::SharedDriveItem(v) => &v.id,
            #[cfg(msgraph_beta_core_or_shares_or_sites)]
            Self::Site(v) => &v.id,
            #[cfg(msgraph_beta_core_or_shares_or_sites)]
            Self::SitePage(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::BaseItem(v) => &mut v.id,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
            Self::Drive(v) => &mut v.id,
            Self::DriveItem(v) => &mut v.id,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
            Self::List(v) => &mut v.id,
            Self::ListItem(v) => &mut v.id,
            #[cfg(msgraph_beta_core_or_shares_or_sites)]
            Self::SharedDriveItem(v) => &mut v.id,
            #[cfg(msgraph_beta_core_or_shares_or_sites)]
            Self::Site(v) => &mut v.id,
            #[cfg(msgraph_beta_core_or_shares_or_sites)]
            Self::SitePage(v) => &mut v.id,
        }
    }
    /// `createdBy` of any variant.
    #[inline]
    pub fn created_by(&self) -> &rt::Field<crate::beta::IdentitySet> {
        match self {
            Self::BaseItem(v) => &v.created_by,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
            Self::Drive(v) => &v.created_by,
            Self::DriveItem(v) => &v.created_by,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
            Self::List(v) => &v.created_by,
            Self::ListItem(v) => &v.created_by,
            #[cfg(msgraph_beta_core_or_shares_or_sites)]
            Self::SharedDriveItem(v) => &v.created_by,
            #[cfg(msgraph_beta_core_or_shares_or_sites)]
            Self::Site(v) => &v.created_by,
            #[cfg(msgraph_beta_core_or_shares_or_sites)]
            Self::SitePage(v) => &v.created_by,
        }
    }
    /// `createdBy` of any variant.
    #[inline]
    pub fn created_by_mut(&mut self) -> &mut rt::Field<crate::beta::IdentitySet> {
        match self {
            Self::BaseItem(v) => &mut v.created_by,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
            Self::Drive(v) => &mut v.created_by,
            Self::DriveItem(v) => &mut v.created_by,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
            Self::List(v) => &mut v.created_by,
            Self::ListItem(v) => &mut v.created_by,
            #[cfg(msgraph_beta_core_or_shares_or_sites)]
            Self::SharedDriveItem(v) => &mut v.created_by,
            #[cfg(msgraph_beta_core_or_shares_or_sites)]
            Self::Site(v) => &mut v.created_by,
            #[cfg(msgraph_beta_core_or_shares_or_sites)]
            Self::SitePage(v) => &mut v.created_by,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::BaseItem(v) => &v.created_date_time,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
            Self::Drive(v) => &v.created_date_time,
            Self::DriveItem(v) => &v.created_date_time,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
            Self::List(v) => &v.created_date_time,
            Self::ListItem(v) => &v.created_date_time,
            #[cfg(msgraph_beta_core_or_shares_or_sites)]
            Self::SharedDriveItem(v) => &v.created_date_time,
            #[cfg(msgraph_beta_core_or_shares_or_sites)]
            Self::Site(v) => &v.created_date_time,
            #[cfg(msgraph_beta_core_or_shares_or_sites)]
            Self::SitePage(v) => &v.created_date_time,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time_mut(&mut self) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::BaseItem(v) => &mut v.created_date_time,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
            Self::Drive(v) => &mut v.created_date_time,
            Self::DriveItem(v) => &mut v.created_date_time,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
            Self::List(v) => &mut v.created_date_time,
            Self::ListItem(v) => &mut v.created_date_time,
            #[cfg(msgraph_beta_core_or_shares_or_sites)]
            Self::SharedDriveItem(v) => &mut v.created_date_time,
            #[cfg(msgraph_beta_core_or_shares_or_sites)]
            Self::Site(v) => &mut v.created_date_time,
            #[cfg(msgraph_beta_core_or_shares_or_sites)]
            Self::SitePage(v) => &mut v.created_date_time,
        }
    }
    /// `description` of any variant.
    #[inline]
    pub fn description(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::BaseItem(v) => &v.description,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
            Self::Drive(v) => &v.description,
            Self::DriveItem(v) => &v.description,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
            Self::List(v) => &v.description,
            Self::ListItem(v) => &v.description,
            #[cfg(msgraph_beta_core_or_shares_or_sites)]
            Self::SharedDriveItem(v) => &v.description,
            #[cfg(msgraph_beta_core_or_shares_or_sites)]
            Self::Site(v) => &v.description,
            #[cfg(msgraph_beta_core_or_shares_or_sites)]
            Self::SitePage(v) => &v.description,
        }
    }
    /// `description` of any variant.
    #[inline]
    pub fn description_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::BaseItem(v) => &mut v.description,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
            Self::Drive(v) => &mut v.description,
            Self::DriveItem(v) => &mut v.description,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
            Self::List(v) => &mut v.description,
            Self::ListItem(v) => &mut v.description,
            #[cfg(msgraph_beta_core_or_shares_or_sites)]
            Self::SharedDriveItem(v) => &mut v.description,
            #[cfg(msgraph_beta_core_or_shares_or_sites)]
            Self::Site(v) => &mut v.description,
            #[cfg(msgraph_beta_core_or_shares_or_sites)]
            Self::SitePage(v) => &mut v.description,
        }
    }
    /// `eTag` of any variant.
    #[inline]
    pub fn e_tag(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::BaseItem(v) => &v.e_tag,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
            Self::Drive(v) => &v.e_tag,
            Self::DriveItem(v) => &v.e_tag,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
            Self::List(v) => &v.e_tag,
            Self::ListItem(v) => &v.e_tag,
            #[cfg(msgraph_beta_core_or_shares_or_sites)]
            Self::SharedDriveItem(v) => &v.e_tag,
            #[cfg(msgraph_beta_core_or_shares_or_sites)]
            Self::Site(v) => &v.e_tag,
            #[cfg(msgraph_beta_core_or_shares_or_sites)]
            Self::SitePage(v) => &v.e_tag,
        }
    }
    /// `eTag` of any variant.
    #[inline]
    pub fn e_tag_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::BaseItem(v) => &mut v.e_tag,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
            Self::Drive(v) => &mut v.e_tag,
            Self::DriveItem(v) => &mut v.e_tag,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
            Self::List(v) => &mut v.e_tag,
            Self::ListItem(v) => &mut v.e_tag,
            #[cfg(msgraph_beta_core_or_shares_or_sites)]
            Self::SharedDriveItem(v) => &mut v.e_tag,
            #[cfg(msgraph_beta_core_or_shares_or_sites)]
            Self::Site(v) => &mut v.e_tag,
            #[cfg(msgraph_beta_core_or_shares_or_sites)]
            Self::SitePage(v) => &mut v.e_tag,
        }
    }
    /// `lastModifiedBy` of any variant.
    #[inline]
    pub fn last_modified_by(&self) -> &rt::Field<crate::beta::IdentitySet> {
        match self {
            Self::BaseItem(v) => &v.last_modified_by,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
            Self::Drive(v) => &v.last_modified_by,
            Self::DriveItem(v) => &v.last_modified_by,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
            Self::List(v) => &v.last_modified_by,
            Self::ListItem(v) => &v.last_modified_by,
            #[cfg(msgraph_beta_core_or_shares_or_sites)]
            Self::SharedDriveItem(v) => &v.last_modified_by,
            #[cfg(msgraph_beta_core_or_shares_or_sites)]
            Self::Site(v) => &v.last_modified_by,
            #[cfg(msgraph_beta_core_or_shares_or_sites)]
            Self::SitePage(v) => &v.last_modified_by,
        }
    }
    /// `lastModifiedBy` of any variant.
    #[inline]
    pub fn last_modified_by_mut(&mut self) -> &mut rt::Field<crate::beta::IdentitySet> {
        match self {
            Self::BaseItem(v) => &mut v.last_modified_by,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
            Self::Drive(v) => &mut v.last_modified_by,
            Self::DriveItem(v) => &mut v.last_modified_by,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
            Self::List(v) => &mut v.last_modified_by,
            Self::ListItem(v) => &mut v.last_modified_by,
            #[cfg(msgraph_beta_core_or_shares_or_sites)]
            Self::SharedDriveItem(v) => &mut v.last_modified_by,
            #[cfg(msgraph_beta_core_or_shares_or_sites)]
            Self::Site(v) => &mut v.last_modified_by,
            #[cfg(msgraph_beta_core_or_shares_or_sites)]
            Self::SitePage(v) => &mut v.last_modified_by,
        }
    }
    /// `lastModifiedDateTime` of any variant.
    #[inline]
    pub fn last_modified_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::BaseItem(v) => &v.last_modified_date_time,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
            Self::Drive(v) => &v.last_modified_date_time,
            Self::DriveItem(v) => &v.last_modified_date_time,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
            Self::List(v) => &v.last_modified_date_time,
            Self::ListItem(v) => &v.last_modified_date_time,
            #[cfg(msgraph_beta_core_or_shares_or_sites)]
            Self::SharedDriveItem(v) => &v.last_modified_date_time,
            #[cfg(msgraph_beta_core_or_shares_or_sites)]
            Self::Site(v) => &v.last_modified_date_time,
            #[cfg(msgraph_beta_core_or_shares_or_sites)]
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
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
            Self::Drive(v) => &mut v.last_modified_date_time,
            Self::DriveItem(v) => &mut v.last_modified_date_time,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
            Self::List(v) => &mut v.last_modified_date_time,
            Self::ListItem(v) => &mut v.last_modified_date_time,
            #[cfg(msgraph_beta_core_or_shares_or_sites)]
            Self::SharedDriveItem(v) => &mut v.last_modified_date_time,
            #[cfg(msgraph_beta_core_or_shares_or_sites)]
            Self::Site(v) => &mut v.last_modified_date_time,
            #[cfg(msgraph_beta_core_or_shares_or_sites)]
            Self::SitePage(v) => &mut v.last_modified_date_time,
        }
    }
    /// `name` of any variant.
    #[inline]
    pub fn name(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::BaseItem(v) => &v.name,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
            Self::Drive(v) => &v.name,
            Self::DriveItem(v) => &v.name,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
            Self::List(v) => &v.name,
            Self::ListItem(v) => &v.name,
            #[cfg(msgraph_beta_core_or_shares_or_sites)]
            Self::SharedDriveItem(v) => &v.name,
            #[cfg(msgraph_beta_core_or_shares_or_sites)]
            Self::Site(v) => &v.name,
            #[cfg(msgraph_beta_core_or_shares_or_sites)]
            Self::SitePage(v) => &v.name,
        }
    }
    /// `name` of any variant.
    #[inline]
    pub fn name_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::BaseItem(v) => &mut v.name,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
            Self::Drive(v) => &mut v.name,
            Self::DriveItem(v) => &mut v.name,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
            Self::List(v) => &mut v.name,
            Self::ListItem(v) => &mut v.name,
            #[cfg(msgraph_beta_core_or_shares_or_sites)]
            Self::SharedDriveItem(v) => &mut v.name,
            #[cfg(msgraph_beta_core_or_shares_or_sites)]
            Self::Site(v) => &mut v.name,
            #[cfg(msgraph_beta_core_or_shares_or_sites)]
            Self::SitePage(v) => &mut v.name,
        }
    }
    /// `parentReference` of any variant.
    #[inline]
    pub fn parent_reference(&self) -> &rt::Field<crate::beta::ItemReference> {
        match self {
            Self::BaseItem(v) => &v.parent_reference,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
            Self::Drive(v) => &v.parent_reference,
            Self::DriveItem(v) => &v.parent_reference,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
            Self::List(v) => &v.parent_reference,
            Self::ListItem(v) => &v.parent_reference,
            #[cfg(msgraph_beta_core_or_shares_or_sites)]
            Self::SharedDriveItem(v) => &v.parent_reference,
            #[cfg(msgraph_beta_core_or_shares_or_sites)]
            Self::Site(v) => &v.parent_reference,
            #[cfg(msgraph_beta_core_or_shares_or_sites)]
            Self::SitePage(v) => &v.parent_reference,
        }
    }
    /// `parentReference` of any variant.
    #[inline]
    pub fn parent_reference_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::ItemReference> {
        match self {
            Self::BaseItem(v) => &mut v.parent_reference,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
            Self::Drive(v) => &mut v.parent_reference,
            Self::DriveItem(v) => &mut v.parent_reference,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
            Self::List(v) => &mut v.parent_reference,
            Self::ListItem(v) => &mut v.parent_reference,
            #[cfg(msgraph_beta_core_or_shares_or_sites)]
            Self::SharedDriveItem(v) => &mut v.parent_reference,
            #[cfg(msgraph_beta_core_or_shares_or_sites)]
            Self::Site(v) => &mut v.parent_reference,
            #[cfg(msgraph_beta_core_or_shares_or_sites)]
            Self::SitePage(v) => &mut v.parent_reference,
        }
    }
    /// `webUrl` of any variant.
    #[inline]
    pub fn web_url(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::BaseItem(v) => &v.web_url,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
            Self::Drive(v) => &v.web_url,
            Self::DriveItem(v) => &v.web_url,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
            Self::List(v) => &v.web_url,
            Self::ListItem(v) => &v.web_url,
            #[cfg(msgraph_beta_core_or_shares_or_sites)]
            Self::SharedDriveItem(v) => &v.web_url,
            #[cfg(msgraph_beta_core_or_shares_or_sites)]
            Self::Site(v) => &v.web_url,
            #[cfg(msgraph_beta_core_or_shares_or_sites)]
            Self::SitePage(v) => &v.web_url,
        }
    }
    /// `webUrl` of any variant.
    #[inline]
    pub fn web_url_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::BaseItem(v) => &mut v.web_url,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
            Self::Drive(v) => &mut v.web_url,
            Self::DriveItem(v) => &mut v.web_url,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
            Self::List(v) => &mut v.web_url,
            Self::ListItem(v) => &mut v.web_url,
            #[cfg(msgraph_beta_core_or_shares_or_sites)]
            Self::SharedDriveItem(v) => &mut v.web_url,
            #[cfg(msgraph_beta_core_or_shares_or_sites)]
            Self::Site(v) => &mut v.web_url,
            #[cfg(msgraph_beta_core_or_shares_or_sites)]
            Self::SitePage(v) => &mut v.web_url,
        }
    }
    /// `createdByUser` of any variant.
    ///
    /// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
    #[cfg(msgraph_beta_core)]
    #[inline]
    pub fn created_by_user(&self) -> &rt::Field<::std::boxed::Box<crate::beta::User>> {
        match self {
            Self::BaseItem(v) => &v.created_by_user,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
            Self::Drive(v) => &v.created_by_user,
            Self::DriveItem(v) => &v.created_by_user,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
            Self::List(v) => &v.created_by_user,
            Self::ListItem(v) => &v.created_by_user,
            #[cfg(msgraph_beta_core_or_shares_or_sites)]
            Self::SharedDriveItem(v) => &v.created_by_user,
            #[cfg(msgraph_beta_core_or_shares_or_sites)]
            Self::Site(v) => &v.created_by_user,
            #[cfg(msgraph_beta_core_or_shares_or_sites)]
            Self::SitePage(v) => &v.created_by_user,
        }
    }
    /// `createdByUser` of any variant.
    ///
    /// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
    #[cfg(msgraph_beta_core)]
    #[inline]
    pub fn created_by_user_mut(
        &mut self,
    ) -> &mut rt::Field<::std::boxed::Box<crate::beta::User>> {
        match self {
            Self::BaseItem(v) => &mut v.created_by_user,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
            Self::Drive(v) => &mut v.created_by_user,
            Self::DriveItem(v) => &mut v.created_by_user,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
            Self::List(v) => &mut v.created_by_user,
            Self::ListItem(v) => &mut v.created_by_user,
            #[cfg(msgraph_beta_core_or_shares_or_sites)]
            Self::SharedDriveItem(v) => &mut v.created_by_user,
            #[cfg(msgraph_beta_core_or_shares_or_sites)]
            Self::Site(v) => &mut v.created_by_user,
            #[cfg(msgraph_beta_core_or_shares_or_sites)]
            Self::SitePage(v) => &mut v.created_by_user,
        }
    }
    /// `lastModifiedByUser` of any variant.
    ///
    /// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
    #[cfg(msgraph_beta_core)]
    #[inline]
    pub fn last_modified_by_user(
        &self,
    ) -> &rt::Field<::std::boxed::Box<crate::beta::User>> {
        match self {
            Self::BaseItem(v) => &v.last_modified_by_user,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
            Self::Drive(v) => &v.last_modified_by_user,
            Self::DriveItem(v) => &v.last_modified_by_user,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
            Self::List(v) => &v.last_modified_by_user,
            Self::ListItem(v) => &v.last_modified_by_user,
            #[cfg(msgraph_beta_core_or_shares_or_sites)]
            Self::SharedDriveItem(v) => &v.last_modified_by_user,
            #[cfg(msgraph_beta_core_or_shares_or_sites)]
            Self::Site(v) => &v.last_modified_by_user,
            #[cfg(msgraph_beta_core_or_shares_or_sites)]
            Self::SitePage(v) => &v.last_modified_by_user,
        }
    }
    /// `lastModifiedByUser` of any variant.
    ///
    /// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
    #[cfg(msgraph_beta_core)]
    #[inline]
    pub fn last_modified_by_user_mut(
        &mut self,
    ) -> &mut rt::Field<::std::boxed::Box<crate::beta::User>> {
        match self {
            Self::BaseItem(v) => &mut v.last_modified_by_user,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
            Self::Drive(v) => &mut v.last_modified_by_user,
            Self::DriveItem(v) => &mut v.last_modified_by_user,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
            Self::List(v) => &mut v.last_modified_by_user,
            Self::ListItem(v) => &mut v.last_modified_by_user,
            #[cfg(msgraph_beta_core_or_shares_or_sites)]
            Self::SharedDriveItem(v) => &mut v.last_modified_by_user,
            #[cfg(msgraph_beta_core_or_shares_or_sites)]
            Self::Site(v) => &mut v.last_modified_by_user,
            #[cfg(msgraph_beta_core_or_shares_or_sites)]
            Self::SitePage(v) => &mut v.last_modified_by_user,
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_poly!(AnyBaseItem);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyBaseItem);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.channel`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`ChannelPath`](requests/trait.ChannelPath.html), what a path to one (`EntityPath<Channel, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
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
    /// CSDL: property `isFavoriteByDefault`: `Edm.Boolean`, nullable.
    pub is_favorite_by_default: rt::Field<bool>,
    /// CSDL: property `membershipType`: `microsoft.graph.channelMembershipType`, nullable.
    pub membership_type: rt::Field<crate::beta::ChannelMembershipType>,
    /// CSDL: property `moderationSettings`: `microsoft.graph.channelModerationSettings`, nullable.
    pub moderation_settings: rt::Field<crate::beta::ChannelModerationSettings>,
    /// CSDL: property `webUrl`: `Edm.String`, nullable.
    pub web_url: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `filesFolder`: `microsoft.graph.driveItem`, nullable.
    pub files_folder: rt::Field<crate::beta::DriveItem>,
    /// CSDL: containment navigation property `members`: `Collection(microsoft.graph.conversationMember)`, not nullable.
    pub members: rt::Field<::std::vec::Vec<crate::beta::AnyConversationMember>>,
    /// CSDL: containment navigation property `messages`: `Collection(microsoft.graph.chatMessage)`, not nullable.
    pub messages: rt::Field<::std::vec::Vec<crate::beta::ChatMessage>>,
    /// CSDL: containment navigation property `tabs`: `Collection(microsoft.graph.teamsTab)`, not nullable.
    pub tabs: rt::Field<::std::vec::Vec<crate::beta::TeamsTab>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for Channel {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            email: rt::Field::Absent,
            is_favorite_by_default: rt::Field::Absent,
            membership_type: rt::Field::Absent,
            moderation_settings: rt::Field::Absent,
            web_url: rt::Field::Absent,
            files_folder: rt::Field::Absent,
            members: rt::Field::Absent,
            messages: rt::Field::Absent,
            tabs: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for Channel {
    const TYPE_NAME: &'static str = "microsoft.graph.channel";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdDateTime",
        "description",
        "displayName",
        "email",
        "isFavoriteByDefault",
        "membershipType",
        "moderationSettings",
        "webUrl",
        "filesFolder",
        "members",
        "messages",
        "tabs",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdDateTime\":              ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"email\":                        ",
        ",\"isFavoriteByDefault\":          ",
        ",\"membershipType\":               ",
        ",\"moderationSettings\":           ",
        ",\"webUrl\":                       ",
        ",\"filesFolder\":                  ",
        ",\"members\":                      ",
        ",\"messages\":                     ",
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
        v.field(5usize, "is_favorite_by_default", &self.is_favorite_by_default);
        v.field(6usize, "membership_type", &self.membership_type);
        v.field(7usize, "moderation_settings", &self.moderation_settings);
        v.field(8usize, "web_url", &self.web_url);
        v.field(9usize, "files_folder", &self.files_folder);
        v.field(10usize, "members", &self.members);
        v.field(11usize, "messages", &self.messages);
        v.field(12usize, "tabs", &self.tabs);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for Channel {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_date_time.read_from(r),
            2usize => self.description.read_from(r),
            3usize => self.display_name.read_from(r),
            4usize => self.email.read_from(r),
            5usize => self.is_favorite_by_default.read_from(r),
            6usize => self.membership_type.read_from(r),
            7usize => self.moderation_settings.read_from(r),
            8usize => self.web_url.read_from(r),
            9usize => self.files_folder.read_from(r),
            10usize => self.members.read_from(r),
            11usize => self.messages.read_from(r),
            12usize => self.tabs.read_from(r),
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
        w.field(5usize, &self.is_favorite_by_default);
        w.field(6usize, &self.membership_type);
        w.field(7usize, &self.moderation_settings);
        w.field(8usize, &self.web_url);
        w.field(9usize, &self.files_folder);
        w.field(10usize, &self.members);
        w.field(11usize, &self.messages);
        w.field(12usize, &self.tabs);
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
rt::impl_object!(Channel);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    Channel { with_id id : ::std::string::String; with_created_date_time
    created_date_time : rt::edm::DateTimeOffset; with_description description :
    ::std::string::String; with_display_name display_name : ::std::string::String;
    with_email email : ::std::string::String; with_is_favorite_by_default
    is_favorite_by_default : bool; with_membership_type membership_type : crate
    ::beta::ChannelMembershipType; with_moderation_settings moderation_settings : crate
    ::beta::ChannelModerationSettings; with_web_url web_url : ::std::string::String;
    with_files_folder files_folder : crate ::beta::DriveItem; with_members members :
    ::std::vec::Vec < crate ::beta::AnyConversationMember >; with_messages messages :
    ::std::vec::Vec < crate ::beta::ChatMessage >; with_tabs tabs : ::std::vec::Vec <
    crate ::beta::TeamsTab >; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(Channel);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.chat`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`ChatPath`](requests/trait.ChatPath.html), what a path to one (`EntityPath<Chat, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct Chat {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `chatType`: `microsoft.graph.chatType`, not nullable.
    pub chat_type: rt::Field<crate::beta::ChatType>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `lastUpdatedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_updated_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `topic`: `Edm.String`, nullable.
    pub topic: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `installedApps`: `Collection(microsoft.graph.teamsAppInstallation)`, not nullable.
    pub installed_apps: rt::Field<::std::vec::Vec<crate::beta::AnyTeamsAppInstallation>>,
    /// CSDL: containment navigation property `members`: `Collection(microsoft.graph.conversationMember)`, not nullable.
    pub members: rt::Field<::std::vec::Vec<crate::beta::AnyConversationMember>>,
    /// CSDL: containment navigation property `messages`: `Collection(microsoft.graph.chatMessage)`, not nullable.
    pub messages: rt::Field<::std::vec::Vec<crate::beta::ChatMessage>>,
    /// CSDL: containment navigation property `operations`: `Collection(microsoft.graph.teamsAsyncOperation)`, not nullable.
    pub operations: rt::Field<::std::vec::Vec<crate::beta::TeamsAsyncOperation>>,
    /// CSDL: containment navigation property `permissionGrants`: `Collection(microsoft.graph.resourceSpecificPermissionGrant)`, not nullable.
    pub permission_grants: rt::Field<
        ::std::vec::Vec<crate::beta::ResourceSpecificPermissionGrant>,
    >,
    /// CSDL: containment navigation property `tabs`: `Collection(microsoft.graph.teamsTab)`, not nullable.
    pub tabs: rt::Field<::std::vec::Vec<crate::beta::TeamsTab>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for Chat {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            chat_type: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            last_updated_date_time: rt::Field::Absent,
            topic: rt::Field::Absent,
            installed_apps: rt::Field::Absent,
            members: rt::Field::Absent,
            messages: rt::Field::Absent,
            operations: rt::Field::Absent,
            permission_grants: rt::Field::Absent,
            tabs: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for Chat {
    const TYPE_NAME: &'static str = "microsoft.graph.chat";
    const KEYS: &'static [&'static str] = &[
        "id",
        "chatType",
        "createdDateTime",
        "lastUpdatedDateTime",
        "topic",
        "installedApps",
        "members",
        "messages",
        "operations",
        "permissionGrants",
        "tabs",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"chatType\":                     ",
        ",\"createdDateTime\":              ",
        ",\"lastUpdatedDateTime\":          ",
        ",\"topic\":                        ",
        ",\"installedApps\":                ",
        ",\"members\":                      ",
        ",\"messages\":                     ",
        ",\"operations\":                   ",
        ",\"permissionGrants\":             ",
        ",\"tabs\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.chat\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "chat_type", &self.chat_type);
        v.field(2usize, "created_date_time", &self.created_date_time);
        v.field(3usize, "last_updated_date_time", &self.last_updated_date_time);
        v.field(4usize, "topic", &self.topic);
        v.field(5usize, "installed_apps", &self.installed_apps);
        v.field(6usize, "members", &self.members);
        v.field(7usize, "messages", &self.messages);
        v.field(8usize, "operations", &self.operations);
        v.field(9usize, "permission_grants", &self.permission_grants);
        v.field(10usize, "tabs", &self.tabs);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for Chat {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.chat_type.read_from(r),
            2usize => self.created_date_time.read_from(r),
            3usize => self.last_updated_date_time.read_from(r),
            4usize => self.topic.read_from(r),
            5usize => self.installed_apps.read_from(r),
            6usize => self.members.read_from(r),
            7usize => self.messages.read_from(r),
            8usize => self.operations.read_from(r),
            9usize => self.permission_grants.read_from(r),
            10usize => self.tabs.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.chat_type);
        w.field(2usize, &self.created_date_time);
        w.field(3usize, &self.last_updated_date_time);
        w.field(4usize, &self.topic);
        w.field(5usize, &self.installed_apps);
        w.field(6usize, &self.members);
        w.field(7usize, &self.messages);
        w.field(8usize, &self.operations);
        w.field(9usize, &self.permission_grants);
        w.field(10usize, &self.tabs);
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
rt::impl_object!(Chat);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    Chat { with_id id : ::std::string::String; with_chat_type chat_type : crate
    ::beta::ChatType; with_created_date_time created_date_time : rt::edm::DateTimeOffset;
    with_last_updated_date_time last_updated_date_time : rt::edm::DateTimeOffset;
    with_topic topic : ::std::string::String; with_installed_apps installed_apps :
    ::std::vec::Vec < crate ::beta::AnyTeamsAppInstallation >; with_members members :
    ::std::vec::Vec < crate ::beta::AnyConversationMember >; with_messages messages :
    ::std::vec::Vec < crate ::beta::ChatMessage >; with_operations operations :
    ::std::vec::Vec < crate ::beta::TeamsAsyncOperation >; with_permission_grants
    permission_grants : ::std::vec::Vec < crate ::beta::ResourceSpecificPermissionGrant
    >; with_tabs tabs : ::std::vec::Vec < crate ::beta::TeamsTab >; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(Chat);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.claimsMappingPolicy`, entity type, derived from `microsoft.graph.stsPolicy`, key `id`.
///
/// Request builders: [`StsPolicyPath`](requests/trait.StsPolicyPath.html), what a path to one (`EntityPath<ClaimsMappingPolicy, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ClaimsMappingPolicy {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `deletedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub deleted_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `description`: `Edm.String`, not nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, not nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `definition`: `Collection(Edm.String)`, not nullable.
    pub definition: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `isOrganizationDefault`: `Edm.Boolean`, nullable.
    pub is_organization_default: rt::Field<bool>,
    /// CSDL: navigation property `appliesTo`: `Collection(microsoft.graph.directoryObject)`, not nullable.
    pub applies_to: rt::Field<::std::vec::Vec<crate::beta::AnyDirectoryObject>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
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
#[cfg(msgraph_beta_core)]
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
#[cfg(msgraph_beta_core)]
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
#[cfg(msgraph_beta_core)]
rt::impl_object!(ClaimsMappingPolicy);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    ClaimsMappingPolicy { with_id id : ::std::string::String; with_deleted_date_time
    deleted_date_time : rt::edm::DateTimeOffset; with_description description :
    ::std::string::String; with_display_name display_name : ::std::string::String;
    with_definition definition : ::std::vec::Vec < ::std::string::String >;
    with_is_organization_default is_organization_default : bool; with_applies_to
    applies_to : ::std::vec::Vec < crate ::beta::AnyDirectoryObject >; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(ClaimsMappingPolicy);
#[cfg(msgraph_beta_compliance)]
/// CSDL: `microsoft.graph.compliance`, entity type.
///
/// Request builders: [`CompliancePath`](requests/trait.CompliancePath.html), what a path to one (`EntityPath<Compliance, C>`) dereferences to.
///
/// Features: `beta` or `beta-compliance`.
#[derive(Clone)]
pub struct Compliance {
    /// CSDL: containment navigation property `ediscovery`: `microsoft.graph.ediscovery.ediscoveryroot`, nullable.
    pub ediscovery: rt::Field<crate::beta::ediscovery::Ediscoveryroot>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_compliance)]
impl ::std::default::Default for Compliance {
    #[inline]
    fn default() -> Self {
        Self {
            ediscovery: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_compliance)]
impl rt::Object for Compliance {
    const TYPE_NAME: &'static str = "microsoft.graph.compliance";
    const KEYS: &'static [&'static str] = &["ediscovery"];
    const KEYS_JSON: &'static [&'static str] = &[",\"ediscovery\":                   "];
    const TAG: &'static str = "\"#microsoft.graph.compliance\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "ediscovery", &self.ediscovery);
    }
}
#[cfg(msgraph_beta_compliance)]
impl rt::object::Members for Compliance {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.ediscovery.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.ediscovery);
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
#[cfg(msgraph_beta_compliance)]
rt::impl_object!(Compliance);
#[cfg(msgraph_beta_compliance)]
rt::impl_setters!(
    Compliance { with_ediscovery ediscovery : crate ::beta::ediscovery::Ediscoveryroot; }
);
#[cfg(msgraph_beta_compliance)]
#[cfg(feature = "serde")]
rt::impl_serde!(Compliance);
#[cfg(msgraph_beta_identity_governance_or_search)]
/// CSDL: `microsoft.graph.connectedOrganization`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`ConnectedOrganizationPath`](requests/trait.ConnectedOrganizationPath.html), what a path to one (`EntityPath<ConnectedOrganization, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-identity-governance`, `beta-search`.
#[derive(Clone)]
pub struct ConnectedOrganization {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `createdBy`: `Edm.String`, nullable.
    pub created_by: rt::Field<::std::string::String>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `identitySources`: `Collection(microsoft.graph.identitySource)`, nullable.
    pub identity_sources: rt::Field<::std::vec::Vec<crate::beta::AnyIdentitySource>>,
    /// CSDL: property `modifiedBy`: `Edm.String`, nullable.
    pub modified_by: rt::Field<::std::string::String>,
    /// CSDL: property `modifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `state`: `microsoft.graph.connectedOrganizationState`, nullable.
    pub state: rt::Field<crate::beta::ConnectedOrganizationState>,
    /// CSDL: containment navigation property `externalSponsors`: `Collection(microsoft.graph.directoryObject)`, not nullable.
    pub external_sponsors: rt::Field<::std::vec::Vec<crate::beta::AnyDirectoryObject>>,
    /// CSDL: containment navigation property `internalSponsors`: `Collection(microsoft.graph.directoryObject)`, not nullable.
    pub internal_sponsors: rt::Field<::std::vec::Vec<crate::beta::AnyDirectoryObject>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_identity_governance_or_search)]
impl ::std::default::Default for ConnectedOrganization {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_by: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            identity_sources: rt::Field::Absent,
            modified_by: rt::Field::Absent,
            modified_date_time: rt::Field::Absent,
            state: rt::Field::Absent,
            external_sponsors: rt::Field::Absent,
            internal_sponsors: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_identity_governance_or_search)]
impl rt::Object for ConnectedOrganization {
    const TYPE_NAME: &'static str = "microsoft.graph.connectedOrganization";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdBy",
        "createdDateTime",
        "description",
        "displayName",
        "identitySources",
        "modifiedBy",
        "modifiedDateTime",
        "state",
        "externalSponsors",
        "internalSponsors",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdBy\":                    ",
        ",\"createdDateTime\":              ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"identitySources\":              ",
        ",\"modifiedBy\":                   ",
        ",\"modifiedDateTime\":             ",
        ",\"state\":                        ",
        ",\"externalSponsors\":             ",
        ",\"internalSponsors\":             ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.connectedOrganization\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_by", &self.created_by);
        v.field(2usize, "created_date_time", &self.created_date_time);
        v.field(3usize, "description", &self.description);
        v.field(4usize, "display_name", &self.display_name);
        v.field(5usize, "identity_sources", &self.identity_sources);
        v.field(6usize, "modified_by", &self.modified_by);
        v.field(7usize, "modified_date_time", &self.modified_date_time);
        v.field(8usize, "state", &self.state);
        v.field(9usize, "external_sponsors", &self.external_sponsors);
        v.field(10usize, "internal_sponsors", &self.internal_sponsors);
    }
}
#[cfg(msgraph_beta_identity_governance_or_search)]
impl rt::object::Members for ConnectedOrganization {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_by.read_from(r),
            2usize => self.created_date_time.read_from(r),
            3usize => self.description.read_from(r),
            4usize => self.display_name.read_from(r),
            5usize => self.identity_sources.read_from(r),
            6usize => self.modified_by.read_from(r),
            7usize => self.modified_date_time.read_from(r),
            8usize => self.state.read_from(r),
            9usize => self.external_sponsors.read_from(r),
            10usize => self.internal_sponsors.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.created_by);
        w.field(2usize, &self.created_date_time);
        w.field(3usize, &self.description);
        w.field(4usize, &self.display_name);
        w.field(5usize, &self.identity_sources);
        w.field(6usize, &self.modified_by);
        w.field(7usize, &self.modified_date_time);
        w.field(8usize, &self.state);
        w.field(9usize, &self.external_sponsors);
        w.field(10usize, &self.internal_sponsors);
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
#[cfg(msgraph_beta_identity_governance_or_search)]
rt::impl_object!(ConnectedOrganization);
#[cfg(msgraph_beta_identity_governance_or_search)]
rt::impl_setters!(
    ConnectedOrganization { with_id id : ::std::string::String; with_created_by
    created_by : ::std::string::String; with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_description description : ::std::string::String;
    with_display_name display_name : ::std::string::String; with_identity_sources
    identity_sources : ::std::vec::Vec < crate ::beta::AnyIdentitySource >;
    with_modified_by modified_by : ::std::string::String; with_modified_date_time
    modified_date_time : rt::edm::DateTimeOffset; with_state state : crate
    ::beta::ConnectedOrganizationState; with_external_sponsors external_sponsors :
    ::std::vec::Vec < crate ::beta::AnyDirectoryObject >; with_internal_sponsors
    internal_sponsors : ::std::vec::Vec < crate ::beta::AnyDirectoryObject >; }
);
#[cfg(msgraph_beta_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ConnectedOrganization);
#[cfg(msgraph_beta_on_premises_publishing_profiles_or_search)]
/// CSDL: `microsoft.graph.connector`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`ConnectorPath`](requests/trait.ConnectorPath.html), what a path to one (`EntityPath<Connector, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-on-premises-publishing-profiles`, `beta-search`.
#[derive(Clone)]
pub struct Connector {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `externalIp`: `Edm.String`, not nullable.
    pub external_ip: rt::Field<::std::string::String>,
    /// CSDL: property `machineName`: `Edm.String`, not nullable.
    pub machine_name: rt::Field<::std::string::String>,
    /// CSDL: property `status`: `microsoft.graph.connectorStatus`, not nullable.
    pub status: rt::Field<crate::beta::ConnectorStatus>,
    /// CSDL: containment navigation property `memberOf`: `Collection(microsoft.graph.connectorGroup)`, not nullable.
    pub member_of: rt::Field<::std::vec::Vec<crate::beta::ConnectorGroup>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_on_premises_publishing_profiles_or_search)]
impl ::std::default::Default for Connector {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            external_ip: rt::Field::Absent,
            machine_name: rt::Field::Absent,
            status: rt::Field::Absent,
            member_of: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_on_premises_publishing_profiles_or_search)]
impl rt::Object for Connector {
    const TYPE_NAME: &'static str = "microsoft.graph.connector";
    const KEYS: &'static [&'static str] = &[
        "id",
        "externalIp",
        "machineName",
        "status",
        "memberOf",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"externalIp\":                   ",
        ",\"machineName\":                  ",
        ",\"status\":                       ",
        ",\"memberOf\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.connector\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "external_ip", &self.external_ip);
        v.field(2usize, "machine_name", &self.machine_name);
        v.field(3usize, "status", &self.status);
        v.field(4usize, "member_of", &self.member_of);
    }
}
#[cfg(msgraph_beta_on_premises_publishing_profiles_or_search)]
impl rt::object::Members for Connector {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.external_ip.read_from(r),
            2usize => self.machine_name.read_from(r),
            3usize => self.status.read_from(r),
            4usize => self.member_of.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.external_ip);
        w.field(2usize, &self.machine_name);
        w.field(3usize, &self.status);
        w.field(4usize, &self.member_of);
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
#[cfg(msgraph_beta_on_premises_publishing_profiles_or_search)]
rt::impl_object!(Connector);
#[cfg(msgraph_beta_on_premises_publishing_profiles_or_search)]
rt::impl_setters!(
    Connector { with_id id : ::std::string::String; with_external_ip external_ip :
    ::std::string::String; with_machine_name machine_name : ::std::string::String;
    with_status status : crate ::beta::ConnectorStatus; with_member_of member_of :
    ::std::vec::Vec < crate ::beta::ConnectorGroup >; }
);
#[cfg(msgraph_beta_on_premises_publishing_profiles_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(Connector);
#[cfg(msgraph_beta_on_premises_publishing_profiles_or_search)]
/// CSDL: `microsoft.graph.connectorGroup`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`ConnectorGroupPath`](requests/trait.ConnectorGroupPath.html), what a path to one (`EntityPath<ConnectorGroup, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-on-premises-publishing-profiles`, `beta-search`.
#[derive(Clone)]
pub struct ConnectorGroup {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `connectorGroupType`: `microsoft.graph.connectorGroupType`, not nullable.
    pub connector_group_type: rt::Field<crate::beta::ConnectorGroupType>,
    /// CSDL: property `isDefault`: `Edm.Boolean`, not nullable.
    pub is_default: rt::Field<bool>,
    /// CSDL: property `name`: `Edm.String`, not nullable.
    pub name: rt::Field<::std::string::String>,
    /// CSDL: property `region`: `microsoft.graph.connectorGroupRegion`, nullable.
    pub region: rt::Field<crate::beta::ConnectorGroupRegion>,
    /// CSDL: navigation property `applications`: `Collection(microsoft.graph.application)`, not nullable.
    ///
    /// Features: `beta` or `beta-search`.
    #[cfg(msgraph_beta_core)]
    pub applications: rt::Field<::std::vec::Vec<crate::beta::Application>>,
    /// CSDL: containment navigation property `members`: `Collection(microsoft.graph.connector)`, not nullable.
    pub members: rt::Field<::std::vec::Vec<crate::beta::Connector>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_on_premises_publishing_profiles_or_search)]
impl ::std::default::Default for ConnectorGroup {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            connector_group_type: rt::Field::Absent,
            is_default: rt::Field::Absent,
            name: rt::Field::Absent,
            region: rt::Field::Absent,
            #[cfg(msgraph_beta_core)]
            applications: rt::Field::Absent,
            members: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_on_premises_publishing_profiles_or_search)]
impl rt::Object for ConnectorGroup {
    const TYPE_NAME: &'static str = "microsoft.graph.connectorGroup";
    const KEYS: &'static [&'static str] = &[
        "id",
        "connectorGroupType",
        "isDefault",
        "name",
        "region",
        "applications",
        "members",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"connectorGroupType\":           ",
        ",\"isDefault\":                    ",
        ",\"name\":                         ",
        ",\"region\":                       ",
        ",\"applications\":                 ",
        ",\"members\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.connectorGroup\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "connector_group_type", &self.connector_group_type);
        v.field(2usize, "is_default", &self.is_default);
        v.field(3usize, "name", &self.name);
        v.field(4usize, "region", &self.region);
        #[cfg(msgraph_beta_core)] v.field(5usize, "applications", &self.applications);
        v.field(6usize, "members", &self.members);
    }
}
#[cfg(msgraph_beta_on_premises_publishing_profiles_or_search)]
impl rt::object::Members for ConnectorGroup {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.connector_group_type.read_from(r),
            2usize => self.is_default.read_from(r),
            3usize => self.name.read_from(r),
            4usize => self.region.read_from(r),
            #[cfg(msgraph_beta_core)]
            5usize => self.applications.read_from(r),
            6usize => self.members.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.connector_group_type);
        w.field(2usize, &self.is_default);
        w.field(3usize, &self.name);
        w.field(4usize, &self.region);
        #[cfg(msgraph_beta_core)] w.field(5usize, &self.applications);
        w.field(6usize, &self.members);
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
#[cfg(msgraph_beta_on_premises_publishing_profiles_or_search)]
rt::impl_object!(ConnectorGroup);
#[cfg(msgraph_beta_on_premises_publishing_profiles_or_search)]
rt::impl_setters!(
    ConnectorGroup { with_id id : ::std::string::String; with_connector_group_type
    connector_group_type : crate ::beta::ConnectorGroupType; with_is_default is_default :
    bool; with_name name : ::std::string::String; with_region region : crate
    ::beta::ConnectorGroupRegion; #[cfg(msgraph_beta_core)] with_applications
    applications : ::std::vec::Vec < crate ::beta::Application >; with_members members :
    ::std::vec::Vec < crate ::beta::Connector >; }
);
#[cfg(msgraph_beta_on_premises_publishing_profiles_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ConnectorGroup);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.conversationMember`, entity type, derived from `microsoft.graph.entity`, abstract, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
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
#[cfg(msgraph_beta_core)]
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
#[cfg(msgraph_beta_core)]
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
#[cfg(msgraph_beta_core)]
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
#[cfg(msgraph_beta_core)]
rt::impl_object!(ConversationMember);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    ConversationMember { with_id id : ::std::string::String; with_display_name
    display_name : ::std::string::String; with_roles roles : ::std::vec::Vec <
    ::std::string::String >; with_visible_history_start_date_time
    visible_history_start_date_time : rt::edm::DateTimeOffset; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(ConversationMember);
#[cfg(msgraph_beta_core)]
/// `microsoft.graph.conversationMember` or any type derived from it, selected by `@odata.type` (2 types); each variant's type converts into it (`From`).
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Debug)]
pub enum AnyConversationMember {
    ConversationMember(::std::boxed::Box<crate::beta::ConversationMember>),
    AadUserConversationMember(::std::boxed::Box<crate::beta::AadUserConversationMember>),
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for AnyConversationMember {
    #[inline]
    fn default() -> Self {
        Self::ConversationMember(::std::default::Default::default())
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ConversationMember> for AnyConversationMember {
    #[inline]
    fn from(v: crate::beta::ConversationMember) -> Self {
        Self::ConversationMember(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AadUserConversationMember>
for AnyConversationMember {
    #[inline]
    fn from(v: crate::beta::AadUserConversationMember) -> Self {
        Self::AadUserConversationMember(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core)]
unsafe impl ::std::marker::Send for AnyConversationMember {}
#[cfg(msgraph_beta_core)]
unsafe impl ::std::marker::Sync for AnyConversationMember {}
#[cfg(msgraph_beta_core)]
impl ::std::marker::Unpin for AnyConversationMember {}
#[cfg(msgraph_beta_core)]
impl ::std::panic::UnwindSafe for AnyConversationMember {}
#[cfg(msgraph_beta_core)]
impl ::std::panic::RefUnwindSafe for AnyConversationMember {}
#[cfg(msgraph_beta_core)]
const _: () = {
    rt::object::auto_traits::<crate::beta::ConversationMember>();
    rt::object::auto_traits::<crate::beta::AadUserConversationMember>();
};
#[cfg(msgraph_beta_core)]
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
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::ConversationMember(v) => &mut **v,
            Self::AadUserConversationMember(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_beta_core)]
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
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ConversationMember(v) => &mut v.id,
            Self::AadUserConversationMember(v) => &mut v.id,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::ConversationMember(v) => &v.display_name,
            Self::AadUserConversationMember(v) => &v.display_name,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ConversationMember(v) => &mut v.display_name,
            Self::AadUserConversationMember(v) => &mut v.display_name,
        }
    }
    /// `roles` of any variant.
    #[inline]
    pub fn roles(&self) -> &rt::Field<::std::vec::Vec<::std::string::String>> {
        match self {
            Self::ConversationMember(v) => &v.roles,
            Self::AadUserConversationMember(v) => &v.roles,
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
        }
    }
}
#[cfg(msgraph_beta_core)]
rt::impl_poly!(AnyConversationMember);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyConversationMember);
