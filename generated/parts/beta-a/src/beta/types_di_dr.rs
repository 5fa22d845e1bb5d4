//! Types of `microsoft.graph` by the first letters of their names (`di_dr`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_beta_search)]
/// CSDL: `microsoft.graph.Dictionary`, complex type, open.
///
/// Features: `beta` or `beta-search`.
#[derive(Clone)]
pub struct Dictionary {
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_search)]
impl ::std::default::Default for Dictionary {
    #[inline]
    fn default() -> Self {
        Self {
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_search)]
impl rt::Object for Dictionary {
    const TYPE_NAME: &'static str = "microsoft.graph.Dictionary";
    const KEYS: &'static [&'static str] = &[];
    const KEYS_JSON: &'static [&'static str] = &[];
    const TAG: &'static str = "\"#microsoft.graph.Dictionary\"";
    #[inline]
    #[allow(unused_variables)]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {}
}
#[cfg(msgraph_beta_search)]
impl rt::object::Members for Dictionary {
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
#[cfg(msgraph_beta_search)]
rt::impl_object!(Dictionary);
#[cfg(msgraph_beta_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(Dictionary);
#[cfg(msgraph_beta_search)]
/// `microsoft.graph.Dictionary` or any type derived from it, selected by `@odata.type` (2 types); each variant's type converts into it (`From`).
///
/// Features: `beta` or `beta-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyDictionary {
    Dictionary(::std::boxed::Box<crate::beta::Dictionary>),
    ResultTemplateDictionary(::std::boxed::Box<crate::beta::ResultTemplateDictionary>),
}
#[cfg(msgraph_beta_search)]
impl ::std::default::Default for AnyDictionary {
    #[inline]
    fn default() -> Self {
        Self::Dictionary(::std::default::Default::default())
    }
}
#[cfg(msgraph_beta_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::Dictionary> for AnyDictionary {
    #[inline]
    fn from(v: crate::beta::Dictionary) -> Self {
        Self::Dictionary(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ResultTemplateDictionary> for AnyDictionary {
    #[inline]
    fn from(v: crate::beta::ResultTemplateDictionary) -> Self {
        Self::ResultTemplateDictionary(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_search)]
unsafe impl ::std::marker::Send for AnyDictionary {}
#[cfg(msgraph_beta_search)]
unsafe impl ::std::marker::Sync for AnyDictionary {}
#[cfg(msgraph_beta_search)]
impl ::std::marker::Unpin for AnyDictionary {}
#[cfg(msgraph_beta_search)]
impl ::std::panic::UnwindSafe for AnyDictionary {}
#[cfg(msgraph_beta_search)]
impl ::std::panic::RefUnwindSafe for AnyDictionary {}
#[cfg(msgraph_beta_search)]
const _: () = {
    rt::object::auto_traits::<crate::beta::Dictionary>();
    rt::object::auto_traits::<crate::beta::ResultTemplateDictionary>();
};
#[cfg(msgraph_beta_search)]
impl rt::Poly for AnyDictionary {
    const BASE_NAME: &'static str = "microsoft.graph.Dictionary";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some("microsoft.graph.resultTemplateDictionary") => {
                Self::ResultTemplateDictionary(rt::object::new_boxed())
            }
            _ => Self::Dictionary(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::Dictionary(v) => &**v,
            Self::ResultTemplateDictionary(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::Dictionary(v) => &mut **v,
            Self::ResultTemplateDictionary(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_beta_search)]
impl AnyDictionary {
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
#[cfg(msgraph_beta_search)]
rt::impl_poly!(AnyDictionary);
#[cfg(msgraph_beta_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyDictionary);
#[cfg(msgraph_beta_any_area)]
/// CSDL: `microsoft.graph.diagnostic`, complex type.
///
/// Feature: `beta` or any `beta-*` area feature.
#[derive(Clone)]
pub struct Diagnostic {
    /// CSDL: property `message`: `Edm.String`, nullable.
    pub message: rt::Field<::std::string::String>,
    /// CSDL: property `url`: `Edm.String`, nullable.
    pub url: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_any_area)]
impl ::std::default::Default for Diagnostic {
    #[inline]
    fn default() -> Self {
        Self {
            message: rt::Field::Absent,
            url: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_any_area)]
impl rt::Object for Diagnostic {
    const TYPE_NAME: &'static str = "microsoft.graph.diagnostic";
    const KEYS: &'static [&'static str] = &["message", "url"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"message\":                      ",
        ",\"url\":                          ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.diagnostic\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "message", &self.message);
        v.field(1usize, "url", &self.url);
    }
}
#[cfg(msgraph_beta_any_area)]
impl rt::object::Members for Diagnostic {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.message.read_from(r),
            1usize => self.url.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.message);
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
#[cfg(msgraph_beta_any_area)]
rt::impl_object!(Diagnostic);
#[cfg(msgraph_beta_any_area)]
rt::impl_setters!(
    Diagnostic { with_message message : ::std::string::String; with_url url :
    ::std::string::String; }
);
#[cfg(msgraph_beta_any_area)]
#[cfg(feature = "serde")]
rt::impl_serde!(Diagnostic);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.diagnosticDataSubmissionMode`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum DiagnosticDataSubmissionMode {
    /// `userDefined` (value 0).
    UserDefined,
    /// `none` (value 1).
    None,
    /// `basic` (value 2).
    Basic,
    /// `enhanced` (value 3).
    Enhanced,
    /// `full` (value 4).
    Full,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for DiagnosticDataSubmissionMode {
    const TYPE_NAME: &'static str = "microsoft.graph.diagnosticDataSubmissionMode";
    const MEMBERS: &'static [&'static str] = &[
        "userDefined",
        "none",
        "basic",
        "enhanced",
        "full",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "userDefined" => Self::UserDefined,
                "none" => Self::None,
                "basic" => Self::Basic,
                "enhanced" => Self::Enhanced,
                "full" => Self::Full,
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
            Self::UserDefined => "userDefined",
            Self::None => "none",
            Self::Basic => "basic",
            Self::Enhanced => "enhanced",
            Self::Full => "full",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(DiagnosticDataSubmissionMode);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DiagnosticDataSubmissionMode);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.diffieHellmanGroup`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum DiffieHellmanGroup {
    /// `group1` (value 0).
    Group1,
    /// `group2` (value 1).
    Group2,
    /// `group14` (value 2).
    Group14,
    /// `ecp256` (value 3).
    Ecp256,
    /// `ecp384` (value 4).
    Ecp384,
    /// `group24` (value 5).
    Group24,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for DiffieHellmanGroup {
    const TYPE_NAME: &'static str = "microsoft.graph.diffieHellmanGroup";
    const MEMBERS: &'static [&'static str] = &[
        "group1",
        "group2",
        "group14",
        "ecp256",
        "ecp384",
        "group24",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "group1" => Self::Group1,
                "group2" => Self::Group2,
                "group14" => Self::Group14,
                "ecp256" => Self::Ecp256,
                "ecp384" => Self::Ecp384,
                "group24" => Self::Group24,
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
            Self::Group1 => "group1",
            Self::Group2 => "group2",
            Self::Group14 => "group14",
            Self::Ecp256 => "ecp256",
            Self::Ecp384 => "ecp384",
            Self::Group24 => "group24",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(DiffieHellmanGroup);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DiffieHellmanGroup);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.directoryObjectPartnerReference`, entity type, derived from `microsoft.graph.directoryObject`, key `id`.
///
/// Request builders: [`DirectoryObjectPath`](requests/trait.DirectoryObjectPath.html), what a path to one (`EntityPath<DirectoryObjectPartnerReference, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct DirectoryObjectPartnerReference {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `deletedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub deleted_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `externalPartnerTenantId`: `Edm.Guid`, nullable.
    pub external_partner_tenant_id: rt::Field<rt::edm::Guid>,
    /// CSDL: property `objectType`: `Edm.String`, nullable.
    pub object_type: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for DirectoryObjectPartnerReference {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            deleted_date_time: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            external_partner_tenant_id: rt::Field::Absent,
            object_type: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for DirectoryObjectPartnerReference {
    const TYPE_NAME: &'static str = "microsoft.graph.directoryObjectPartnerReference";
    const KEYS: &'static [&'static str] = &[
        "id",
        "deletedDateTime",
        "description",
        "displayName",
        "externalPartnerTenantId",
        "objectType",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"deletedDateTime\":              ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"externalPartnerTenantId\":      ",
        ",\"objectType\":                   ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.directoryObjectPartnerReference\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "deleted_date_time", &self.deleted_date_time);
        v.field(2usize, "description", &self.description);
        v.field(3usize, "display_name", &self.display_name);
        v.field(4usize, "external_partner_tenant_id", &self.external_partner_tenant_id);
        v.field(5usize, "object_type", &self.object_type);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for DirectoryObjectPartnerReference {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.deleted_date_time.read_from(r),
            2usize => self.description.read_from(r),
            3usize => self.display_name.read_from(r),
            4usize => self.external_partner_tenant_id.read_from(r),
            5usize => self.object_type.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.deleted_date_time);
        w.field(2usize, &self.description);
        w.field(3usize, &self.display_name);
        w.field(4usize, &self.external_partner_tenant_id);
        w.field(5usize, &self.object_type);
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
rt::impl_object!(DirectoryObjectPartnerReference);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    DirectoryObjectPartnerReference { with_id id : ::std::string::String;
    with_deleted_date_time deleted_date_time : rt::edm::DateTimeOffset; with_description
    description : ::std::string::String; with_display_name display_name :
    ::std::string::String; with_external_partner_tenant_id external_partner_tenant_id :
    rt::edm::Guid; with_object_type object_type : ::std::string::String; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(DirectoryObjectPartnerReference);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.directoryRoleTemplate`, entity type, derived from `microsoft.graph.directoryObject`, open, key `id`.
///
/// Request builders: [`DirectoryObjectPath`](requests/trait.DirectoryObjectPath.html), what a path to one (`EntityPath<DirectoryRoleTemplate, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct DirectoryRoleTemplate {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `deletedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub deleted_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for DirectoryRoleTemplate {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            deleted_date_time: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for DirectoryRoleTemplate {
    const TYPE_NAME: &'static str = "microsoft.graph.directoryRoleTemplate";
    const KEYS: &'static [&'static str] = &[
        "id",
        "deletedDateTime",
        "description",
        "displayName",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"deletedDateTime\":              ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.directoryRoleTemplate\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "deleted_date_time", &self.deleted_date_time);
        v.field(2usize, "description", &self.description);
        v.field(3usize, "display_name", &self.display_name);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for DirectoryRoleTemplate {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.deleted_date_time.read_from(r),
            2usize => self.description.read_from(r),
            3usize => self.display_name.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.deleted_date_time);
        w.field(2usize, &self.description);
        w.field(3usize, &self.display_name);
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
rt::impl_object!(DirectoryRoleTemplate);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    DirectoryRoleTemplate { with_id id : ::std::string::String; with_deleted_date_time
    deleted_date_time : rt::edm::DateTimeOffset; with_description description :
    ::std::string::String; with_display_name display_name : ::std::string::String; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(DirectoryRoleTemplate);
#[cfg(msgraph_beta_core_or_settings)]
/// CSDL: `microsoft.graph.directorySetting`, entity type, derived from `microsoft.graph.entity`, open, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct DirectorySetting {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `templateId`: `Edm.String`, nullable.
    pub template_id: rt::Field<::std::string::String>,
    /// CSDL: property `values`: `Collection(microsoft.graph.settingValue)`, not nullable.
    pub values: rt::Field<::std::vec::Vec<crate::beta::SettingValue>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_settings)]
impl ::std::default::Default for DirectorySetting {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            display_name: rt::Field::Absent,
            template_id: rt::Field::Absent,
            values: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_settings)]
impl rt::Object for DirectorySetting {
    const TYPE_NAME: &'static str = "microsoft.graph.directorySetting";
    const KEYS: &'static [&'static str] = &["id", "displayName", "templateId", "values"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"displayName\":                  ",
        ",\"templateId\":                   ",
        ",\"values\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.directorySetting\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "display_name", &self.display_name);
        v.field(2usize, "template_id", &self.template_id);
        v.field(3usize, "values", &self.values);
    }
}
#[cfg(msgraph_beta_core_or_settings)]
impl rt::object::Members for DirectorySetting {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.display_name.read_from(r),
            2usize => self.template_id.read_from(r),
            3usize => self.values.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.display_name);
        w.field(2usize, &self.template_id);
        w.field(3usize, &self.values);
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
#[cfg(msgraph_beta_core_or_settings)]
rt::impl_object!(DirectorySetting);
#[cfg(msgraph_beta_core_or_settings)]
rt::impl_setters!(
    DirectorySetting { with_id id : ::std::string::String; with_display_name display_name
    : ::std::string::String; with_template_id template_id : ::std::string::String;
    with_values values : ::std::vec::Vec < crate ::beta::SettingValue >; }
);
#[cfg(msgraph_beta_core_or_settings)]
#[cfg(feature = "serde")]
rt::impl_serde!(DirectorySetting);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.directorySettingTemplate`, entity type, derived from `microsoft.graph.directoryObject`, open, key `id`.
///
/// Request builders: [`DirectoryObjectPath`](requests/trait.DirectoryObjectPath.html), what a path to one (`EntityPath<DirectorySettingTemplate, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct DirectorySettingTemplate {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `deletedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub deleted_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `values`: `Collection(microsoft.graph.settingTemplateValue)`, not nullable.
    pub values: rt::Field<::std::vec::Vec<crate::beta::SettingTemplateValue>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for DirectorySettingTemplate {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            deleted_date_time: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            values: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for DirectorySettingTemplate {
    const TYPE_NAME: &'static str = "microsoft.graph.directorySettingTemplate";
    const KEYS: &'static [&'static str] = &[
        "id",
        "deletedDateTime",
        "description",
        "displayName",
        "values",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"deletedDateTime\":              ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"values\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.directorySettingTemplate\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "deleted_date_time", &self.deleted_date_time);
        v.field(2usize, "description", &self.description);
        v.field(3usize, "display_name", &self.display_name);
        v.field(4usize, "values", &self.values);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for DirectorySettingTemplate {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.deleted_date_time.read_from(r),
            2usize => self.description.read_from(r),
            3usize => self.display_name.read_from(r),
            4usize => self.values.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.deleted_date_time);
        w.field(2usize, &self.description);
        w.field(3usize, &self.display_name);
        w.field(4usize, &self.values);
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
rt::impl_object!(DirectorySettingTemplate);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    DirectorySettingTemplate { with_id id : ::std::string::String; with_deleted_date_time
    deleted_date_time : rt::edm::DateTimeOffset; with_description description :
    ::std::string::String; with_display_name display_name : ::std::string::String;
    with_values values : ::std::vec::Vec < crate ::beta::SettingTemplateValue >; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(DirectorySettingTemplate);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.directorySizeQuota`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct DirectorySizeQuota {
    /// CSDL: property `total`: `Edm.Int32`, nullable.
    pub total: rt::Field<i32>,
    /// CSDL: property `used`: `Edm.Int32`, nullable.
    pub used: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for DirectorySizeQuota {
    #[inline]
    fn default() -> Self {
        Self {
            total: rt::Field::Absent,
            used: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for DirectorySizeQuota {
    const TYPE_NAME: &'static str = "microsoft.graph.directorySizeQuota";
    const KEYS: &'static [&'static str] = &["total", "used"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"total\":                        ",
        ",\"used\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.directorySizeQuota\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "total", &self.total);
        v.field(1usize, "used", &self.used);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for DirectorySizeQuota {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.total.read_from(r),
            1usize => self.used.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.total);
        w.field(1usize, &self.used);
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
rt::impl_object!(DirectorySizeQuota);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(DirectorySizeQuota { with_total total : i32; with_used used : i32; });
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(DirectorySizeQuota);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.discoverySource`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum DiscoverySource {
    /// `unknown` (value 0).
    Unknown,
    /// `adminImport` (value 2).
    AdminImport,
    /// `deviceEnrollmentProgram` (value 4).
    DeviceEnrollmentProgram,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for DiscoverySource {
    const TYPE_NAME: &'static str = "microsoft.graph.discoverySource";
    const MEMBERS: &'static [&'static str] = &[
        "unknown",
        "adminImport",
        "deviceEnrollmentProgram",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "unknown" => Self::Unknown,
                "adminImport" => Self::AdminImport,
                "deviceEnrollmentProgram" => Self::DeviceEnrollmentProgram,
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
            Self::AdminImport => "adminImport",
            Self::DeviceEnrollmentProgram => "deviceEnrollmentProgram",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(DiscoverySource);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DiscoverySource);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.diskType`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum DiskType {
    /// `unkown` (value 0).
    Unkown,
    /// `hdd` (value 1).
    Hdd,
    /// `ssd` (value 2).
    Ssd,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for DiskType {
    const TYPE_NAME: &'static str = "microsoft.graph.diskType";
    const MEMBERS: &'static [&'static str] = &["unkown", "hdd", "ssd"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "unkown" => Self::Unkown,
                "hdd" => Self::Hdd,
                "ssd" => Self::Ssd,
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
            Self::Unkown => "unkown",
            Self::Hdd => "hdd",
            Self::Ssd => "ssd",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(DiskType);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DiskType);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
/// CSDL: `microsoft.graph.displayNameLocalization`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 14 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct DisplayNameLocalization {
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `languageTag`: `Edm.String`, nullable.
    pub language_tag: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
impl ::std::default::Default for DisplayNameLocalization {
    #[inline]
    fn default() -> Self {
        Self {
            display_name: rt::Field::Absent,
            language_tag: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
impl rt::Object for DisplayNameLocalization {
    const TYPE_NAME: &'static str = "microsoft.graph.displayNameLocalization";
    const KEYS: &'static [&'static str] = &["displayName", "languageTag"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"displayName\":                  ",
        ",\"languageTag\":                  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.displayNameLocalization\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "display_name", &self.display_name);
        v.field(1usize, "language_tag", &self.language_tag);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
impl rt::object::Members for DisplayNameLocalization {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.display_name.read_from(r),
            1usize => self.language_tag.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.display_name);
        w.field(1usize, &self.language_tag);
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
rt::impl_object!(DisplayNameLocalization);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
rt::impl_setters!(
    DisplayNameLocalization { with_display_name display_name : ::std::string::String;
    with_language_tag language_tag : ::std::string::String; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
#[cfg(feature = "serde")]
rt::impl_serde!(DisplayNameLocalization);
#[cfg(msgraph_beta_search)]
/// CSDL: `microsoft.graph.document`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`DocumentPath`](requests/trait.DocumentPath.html), what a path to one (`EntityPath<Document, C>`) dereferences to.
///
/// Features: `beta` or `beta-search`.
#[derive(Clone)]
pub struct Document {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `comments`: `Collection(microsoft.graph.documentComment)`, not nullable.
    pub comments: rt::Field<::std::vec::Vec<crate::beta::DocumentComment>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_search)]
impl ::std::default::Default for Document {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            comments: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_search)]
impl rt::Object for Document {
    const TYPE_NAME: &'static str = "microsoft.graph.document";
    const KEYS: &'static [&'static str] = &["id", "comments"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"comments\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.document\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "comments", &self.comments);
    }
}
#[cfg(msgraph_beta_search)]
impl rt::object::Members for Document {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.comments.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.comments);
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
rt::impl_object!(Document);
#[cfg(msgraph_beta_search)]
rt::impl_setters!(
    Document { with_id id : ::std::string::String; with_comments comments :
    ::std::vec::Vec < crate ::beta::DocumentComment >; }
);
#[cfg(msgraph_beta_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(Document);
#[cfg(msgraph_beta_search)]
/// CSDL: `microsoft.graph.documentComment`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`DocumentCommentPath`](requests/trait.DocumentCommentPath.html), what a path to one (`EntityPath<DocumentComment, C>`) dereferences to.
///
/// Features: `beta` or `beta-search`.
#[derive(Clone)]
pub struct DocumentComment {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `content`: `Edm.String`, nullable.
    pub content: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `replies`: `Collection(microsoft.graph.documentCommentReply)`, not nullable.
    pub replies: rt::Field<::std::vec::Vec<crate::beta::DocumentCommentReply>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_search)]
impl ::std::default::Default for DocumentComment {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            content: rt::Field::Absent,
            replies: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_search)]
impl rt::Object for DocumentComment {
    const TYPE_NAME: &'static str = "microsoft.graph.documentComment";
    const KEYS: &'static [&'static str] = &["id", "content", "replies"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"content\":                      ",
        ",\"replies\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.documentComment\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "content", &self.content);
        v.field(2usize, "replies", &self.replies);
    }
}
#[cfg(msgraph_beta_search)]
impl rt::object::Members for DocumentComment {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.content.read_from(r),
            2usize => self.replies.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.content);
        w.field(2usize, &self.replies);
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
rt::impl_object!(DocumentComment);
#[cfg(msgraph_beta_search)]
rt::impl_setters!(
    DocumentComment { with_id id : ::std::string::String; with_content content :
    ::std::string::String; with_replies replies : ::std::vec::Vec < crate
    ::beta::DocumentCommentReply >; }
);
#[cfg(msgraph_beta_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DocumentComment);
#[cfg(msgraph_beta_search)]
/// CSDL: `microsoft.graph.documentCommentReply`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta` or `beta-search`.
#[derive(Clone)]
pub struct DocumentCommentReply {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `content`: `Edm.String`, nullable.
    pub content: rt::Field<::std::string::String>,
    /// CSDL: property `location`: `Edm.String`, nullable.
    pub location: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_search)]
impl ::std::default::Default for DocumentCommentReply {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            content: rt::Field::Absent,
            location: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_search)]
impl rt::Object for DocumentCommentReply {
    const TYPE_NAME: &'static str = "microsoft.graph.documentCommentReply";
    const KEYS: &'static [&'static str] = &["id", "content", "location"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"content\":                      ",
        ",\"location\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.documentCommentReply\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "content", &self.content);
        v.field(2usize, "location", &self.location);
    }
}
#[cfg(msgraph_beta_search)]
impl rt::object::Members for DocumentCommentReply {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.content.read_from(r),
            2usize => self.location.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.content);
        w.field(2usize, &self.location);
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
rt::impl_object!(DocumentCommentReply);
#[cfg(msgraph_beta_search)]
rt::impl_setters!(
    DocumentCommentReply { with_id id : ::std::string::String; with_content content :
    ::std::string::String; with_location location : ::std::string::String; }
);
#[cfg(msgraph_beta_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DocumentCommentReply);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
/// CSDL: `microsoft.graph.documentSet`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 14 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct DocumentSet {
    /// CSDL: property `allowedContentTypes`: `Collection(microsoft.graph.contentTypeInfo)`, nullable.
    pub allowed_content_types: rt::Field<::std::vec::Vec<crate::beta::ContentTypeInfo>>,
    /// CSDL: property `defaultContents`: `Collection(microsoft.graph.documentSetContent)`, nullable.
    pub default_contents: rt::Field<::std::vec::Vec<crate::beta::DocumentSetContent>>,
    /// CSDL: property `propagateWelcomePageChanges`: `Edm.Boolean`, nullable.
    pub propagate_welcome_page_changes: rt::Field<bool>,
    /// CSDL: property `shouldPrefixNameToFile`: `Edm.Boolean`, nullable.
    pub should_prefix_name_to_file: rt::Field<bool>,
    /// CSDL: property `welcomePageUrl`: `Edm.String`, nullable.
    pub welcome_page_url: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `sharedColumns`: `Collection(microsoft.graph.columnDefinition)`, not nullable.
    pub shared_columns: rt::Field<::std::vec::Vec<crate::beta::ColumnDefinition>>,
    /// CSDL: containment navigation property `welcomePageColumns`: `Collection(microsoft.graph.columnDefinition)`, not nullable.
    pub welcome_page_columns: rt::Field<::std::vec::Vec<crate::beta::ColumnDefinition>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
impl ::std::default::Default for DocumentSet {
    #[inline]
    fn default() -> Self {
        Self {
            allowed_content_types: rt::Field::Absent,
            default_contents: rt::Field::Absent,
            propagate_welcome_page_changes: rt::Field::Absent,
            should_prefix_name_to_file: rt::Field::Absent,
            welcome_page_url: rt::Field::Absent,
            shared_columns: rt::Field::Absent,
            welcome_page_columns: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
impl rt::Object for DocumentSet {
    const TYPE_NAME: &'static str = "microsoft.graph.documentSet";
    const KEYS: &'static [&'static str] = &[
        "allowedContentTypes",
        "defaultContents",
        "propagateWelcomePageChanges",
        "shouldPrefixNameToFile",
        "welcomePageUrl",
        "sharedColumns",
        "welcomePageColumns",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"allowedContentTypes\":          ",
        ",\"defaultContents\":              ",
        ",\"propagateWelcomePageChanges\":  ",
        ",\"shouldPrefixNameToFile\":       ",
        ",\"welcomePageUrl\":               ",
        ",\"sharedColumns\":                ",
        ",\"welcomePageColumns\":           ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.documentSet\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "allowed_content_types", &self.allowed_content_types);
        v.field(1usize, "default_contents", &self.default_contents);
        v.field(
            2usize,
            "propagate_welcome_page_changes",
            &self.propagate_welcome_page_changes,
        );
        v.field(3usize, "should_prefix_name_to_file", &self.should_prefix_name_to_file);
        v.field(4usize, "welcome_page_url", &self.welcome_page_url);
        v.field(5usize, "shared_columns", &self.shared_columns);
        v.field(6usize, "welcome_page_columns", &self.welcome_page_columns);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
impl rt::object::Members for DocumentSet {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.allowed_content_types.read_from(r),
            1usize => self.default_contents.read_from(r),
            2usize => self.propagate_welcome_page_changes.read_from(r),
            3usize => self.should_prefix_name_to_file.read_from(r),
            4usize => self.welcome_page_url.read_from(r),
            5usize => self.shared_columns.read_from(r),
            6usize => self.welcome_page_columns.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.allowed_content_types);
        w.field(1usize, &self.default_contents);
        w.field(2usize, &self.propagate_welcome_page_changes);
        w.field(3usize, &self.should_prefix_name_to_file);
        w.field(4usize, &self.welcome_page_url);
        w.field(5usize, &self.shared_columns);
        w.field(6usize, &self.welcome_page_columns);
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
rt::impl_object!(DocumentSet);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
rt::impl_setters!(
    DocumentSet { with_allowed_content_types allowed_content_types : ::std::vec::Vec <
    crate ::beta::ContentTypeInfo >; with_default_contents default_contents :
    ::std::vec::Vec < crate ::beta::DocumentSetContent >;
    with_propagate_welcome_page_changes propagate_welcome_page_changes : bool;
    with_should_prefix_name_to_file should_prefix_name_to_file : bool;
    with_welcome_page_url welcome_page_url : ::std::string::String; with_shared_columns
    shared_columns : ::std::vec::Vec < crate ::beta::ColumnDefinition >;
    with_welcome_page_columns welcome_page_columns : ::std::vec::Vec < crate
    ::beta::ColumnDefinition >; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
#[cfg(feature = "serde")]
rt::impl_serde!(DocumentSet);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
/// CSDL: `microsoft.graph.documentSetContent`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 14 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct DocumentSetContent {
    /// CSDL: property `contentType`: `microsoft.graph.contentTypeInfo`, nullable.
    pub content_type: rt::Field<crate::beta::ContentTypeInfo>,
    /// CSDL: property `fileName`: `Edm.String`, nullable.
    pub file_name: rt::Field<::std::string::String>,
    /// CSDL: property `folderName`: `Edm.String`, nullable.
    pub folder_name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
impl ::std::default::Default for DocumentSetContent {
    #[inline]
    fn default() -> Self {
        Self {
            content_type: rt::Field::Absent,
            file_name: rt::Field::Absent,
            folder_name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
impl rt::Object for DocumentSetContent {
    const TYPE_NAME: &'static str = "microsoft.graph.documentSetContent";
    const KEYS: &'static [&'static str] = &["contentType", "fileName", "folderName"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"contentType\":                  ",
        ",\"fileName\":                     ",
        ",\"folderName\":                   ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.documentSetContent\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "content_type", &self.content_type);
        v.field(1usize, "file_name", &self.file_name);
        v.field(2usize, "folder_name", &self.folder_name);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
impl rt::object::Members for DocumentSetContent {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.content_type.read_from(r),
            1usize => self.file_name.read_from(r),
            2usize => self.folder_name.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.content_type);
        w.field(1usize, &self.file_name);
        w.field(2usize, &self.folder_name);
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
rt::impl_object!(DocumentSetContent);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
rt::impl_setters!(
    DocumentSetContent { with_content_type content_type : crate ::beta::ContentTypeInfo;
    with_file_name file_name : ::std::string::String; with_folder_name folder_name :
    ::std::string::String; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
#[cfg(feature = "serde")]
rt::impl_serde!(DocumentSetContent);
#[cfg(msgraph_beta_domain_dns_records_or_domains_or_search)]
/// CSDL: `microsoft.graph.domainDnsCnameRecord`, entity type, derived from `microsoft.graph.domainDnsRecord`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-domain-dns-records`, `beta-domains`, `beta-search`.
#[derive(Clone)]
pub struct DomainDnsCnameRecord {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `isOptional`: `Edm.Boolean`, not nullable.
    pub is_optional: rt::Field<bool>,
    /// CSDL: property `label`: `Edm.String`, not nullable.
    pub label: rt::Field<::std::string::String>,
    /// CSDL: property `recordType`: `Edm.String`, nullable.
    pub record_type: rt::Field<::std::string::String>,
    /// CSDL: property `supportedService`: `Edm.String`, not nullable.
    pub supported_service: rt::Field<::std::string::String>,
    /// CSDL: property `ttl`: `Edm.Int32`, not nullable.
    pub ttl: rt::Field<i32>,
    /// CSDL: property `canonicalName`: `Edm.String`, nullable.
    pub canonical_name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_domain_dns_records_or_domains_or_search)]
impl ::std::default::Default for DomainDnsCnameRecord {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            is_optional: rt::Field::Absent,
            label: rt::Field::Absent,
            record_type: rt::Field::Absent,
            supported_service: rt::Field::Absent,
            ttl: rt::Field::Absent,
            canonical_name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_domain_dns_records_or_domains_or_search)]
impl rt::Object for DomainDnsCnameRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.domainDnsCnameRecord";
    const KEYS: &'static [&'static str] = &[
        "id",
        "isOptional",
        "label",
        "recordType",
        "supportedService",
        "ttl",
        "canonicalName",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"isOptional\":                   ",
        ",\"label\":                        ",
        ",\"recordType\":                   ",
        ",\"supportedService\":             ",
        ",\"ttl\":                          ",
        ",\"canonicalName\":                ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.domainDnsCnameRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "is_optional", &self.is_optional);
        v.field(2usize, "label", &self.label);
        v.field(3usize, "record_type", &self.record_type);
        v.field(4usize, "supported_service", &self.supported_service);
        v.field(5usize, "ttl", &self.ttl);
        v.field(6usize, "canonical_name", &self.canonical_name);
    }
}
#[cfg(msgraph_beta_domain_dns_records_or_domains_or_search)]
impl rt::object::Members for DomainDnsCnameRecord {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.is_optional.read_from(r),
            2usize => self.label.read_from(r),
            3usize => self.record_type.read_from(r),
            4usize => self.supported_service.read_from(r),
            5usize => self.ttl.read_from(r),
            6usize => self.canonical_name.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.is_optional);
        w.field(2usize, &self.label);
        w.field(3usize, &self.record_type);
        w.field(4usize, &self.supported_service);
        w.field(5usize, &self.ttl);
        w.field(6usize, &self.canonical_name);
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
#[cfg(msgraph_beta_domain_dns_records_or_domains_or_search)]
rt::impl_object!(DomainDnsCnameRecord);
#[cfg(msgraph_beta_domain_dns_records_or_domains_or_search)]
rt::impl_setters!(
    DomainDnsCnameRecord { with_id id : ::std::string::String; with_is_optional
    is_optional : bool; with_label label : ::std::string::String; with_record_type
    record_type : ::std::string::String; with_supported_service supported_service :
    ::std::string::String; with_ttl ttl : i32; with_canonical_name canonical_name :
    ::std::string::String; }
);
#[cfg(msgraph_beta_domain_dns_records_or_domains_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DomainDnsCnameRecord);
#[cfg(msgraph_beta_domain_dns_records_or_domains_or_search)]
/// CSDL: `microsoft.graph.domainDnsMxRecord`, entity type, derived from `microsoft.graph.domainDnsRecord`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-domain-dns-records`, `beta-domains`, `beta-search`.
#[derive(Clone)]
pub struct DomainDnsMxRecord {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `isOptional`: `Edm.Boolean`, not nullable.
    pub is_optional: rt::Field<bool>,
    /// CSDL: property `label`: `Edm.String`, not nullable.
    pub label: rt::Field<::std::string::String>,
    /// CSDL: property `recordType`: `Edm.String`, nullable.
    pub record_type: rt::Field<::std::string::String>,
    /// CSDL: property `supportedService`: `Edm.String`, not nullable.
    pub supported_service: rt::Field<::std::string::String>,
    /// CSDL: property `ttl`: `Edm.Int32`, not nullable.
    pub ttl: rt::Field<i32>,
    /// CSDL: property `mailExchange`: `Edm.String`, not nullable.
    pub mail_exchange: rt::Field<::std::string::String>,
    /// CSDL: property `preference`: `Edm.Int32`, nullable.
    pub preference: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_domain_dns_records_or_domains_or_search)]
impl ::std::default::Default for DomainDnsMxRecord {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            is_optional: rt::Field::Absent,
            label: rt::Field::Absent,
            record_type: rt::Field::Absent,
            supported_service: rt::Field::Absent,
            ttl: rt::Field::Absent,
            mail_exchange: rt::Field::Absent,
            preference: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_domain_dns_records_or_domains_or_search)]
impl rt::Object for DomainDnsMxRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.domainDnsMxRecord";
    const KEYS: &'static [&'static str] = &[
        "id",
        "isOptional",
        "label",
        "recordType",
        "supportedService",
        "ttl",
        "mailExchange",
        "preference",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"isOptional\":                   ",
        ",\"label\":                        ",
        ",\"recordType\":                   ",
        ",\"supportedService\":             ",
        ",\"ttl\":                          ",
        ",\"mailExchange\":                 ",
        ",\"preference\":                   ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.domainDnsMxRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "is_optional", &self.is_optional);
        v.field(2usize, "label", &self.label);
        v.field(3usize, "record_type", &self.record_type);
        v.field(4usize, "supported_service", &self.supported_service);
        v.field(5usize, "ttl", &self.ttl);
        v.field(6usize, "mail_exchange", &self.mail_exchange);
        v.field(7usize, "preference", &self.preference);
    }
}
#[cfg(msgraph_beta_domain_dns_records_or_domains_or_search)]
impl rt::object::Members for DomainDnsMxRecord {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.is_optional.read_from(r),
            2usize => self.label.read_from(r),
            3usize => self.record_type.read_from(r),
            4usize => self.supported_service.read_from(r),
            5usize => self.ttl.read_from(r),
            6usize => self.mail_exchange.read_from(r),
            7usize => self.preference.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.is_optional);
        w.field(2usize, &self.label);
        w.field(3usize, &self.record_type);
        w.field(4usize, &self.supported_service);
        w.field(5usize, &self.ttl);
        w.field(6usize, &self.mail_exchange);
        w.field(7usize, &self.preference);
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
#[cfg(msgraph_beta_domain_dns_records_or_domains_or_search)]
rt::impl_object!(DomainDnsMxRecord);
#[cfg(msgraph_beta_domain_dns_records_or_domains_or_search)]
rt::impl_setters!(
    DomainDnsMxRecord { with_id id : ::std::string::String; with_is_optional is_optional
    : bool; with_label label : ::std::string::String; with_record_type record_type :
    ::std::string::String; with_supported_service supported_service :
    ::std::string::String; with_ttl ttl : i32; with_mail_exchange mail_exchange :
    ::std::string::String; with_preference preference : i32; }
);
#[cfg(msgraph_beta_domain_dns_records_or_domains_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DomainDnsMxRecord);
#[cfg(msgraph_beta_domain_dns_records_or_domains_or_search)]
/// CSDL: `microsoft.graph.domainDnsRecord`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-domain-dns-records`, `beta-domains`, `beta-search`.
#[derive(Clone)]
pub struct DomainDnsRecord {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `isOptional`: `Edm.Boolean`, not nullable.
    pub is_optional: rt::Field<bool>,
    /// CSDL: property `label`: `Edm.String`, not nullable.
    pub label: rt::Field<::std::string::String>,
    /// CSDL: property `recordType`: `Edm.String`, nullable.
    pub record_type: rt::Field<::std::string::String>,
    /// CSDL: property `supportedService`: `Edm.String`, not nullable.
    pub supported_service: rt::Field<::std::string::String>,
    /// CSDL: property `ttl`: `Edm.Int32`, not nullable.
    pub ttl: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_domain_dns_records_or_domains_or_search)]
impl ::std::default::Default for DomainDnsRecord {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            is_optional: rt::Field::Absent,
            label: rt::Field::Absent,
            record_type: rt::Field::Absent,
            supported_service: rt::Field::Absent,
            ttl: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_domain_dns_records_or_domains_or_search)]
impl rt::Object for DomainDnsRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.domainDnsRecord";
    const KEYS: &'static [&'static str] = &[
        "id",
        "isOptional",
        "label",
        "recordType",
        "supportedService",
        "ttl",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"isOptional\":                   ",
        ",\"label\":                        ",
        ",\"recordType\":                   ",
        ",\"supportedService\":             ",
        ",\"ttl\":                          ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.domainDnsRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "is_optional", &self.is_optional);
        v.field(2usize, "label", &self.label);
        v.field(3usize, "record_type", &self.record_type);
        v.field(4usize, "supported_service", &self.supported_service);
        v.field(5usize, "ttl", &self.ttl);
    }
}
#[cfg(msgraph_beta_domain_dns_records_or_domains_or_search)]
impl rt::object::Members for DomainDnsRecord {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.is_optional.read_from(r),
            2usize => self.label.read_from(r),
            3usize => self.record_type.read_from(r),
            4usize => self.supported_service.read_from(r),
            5usize => self.ttl.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.is_optional);
        w.field(2usize, &self.label);
        w.field(3usize, &self.record_type);
        w.field(4usize, &self.supported_service);
        w.field(5usize, &self.ttl);
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
#[cfg(msgraph_beta_domain_dns_records_or_domains_or_search)]
rt::impl_object!(DomainDnsRecord);
#[cfg(msgraph_beta_domain_dns_records_or_domains_or_search)]
rt::impl_setters!(
    DomainDnsRecord { with_id id : ::std::string::String; with_is_optional is_optional :
    bool; with_label label : ::std::string::String; with_record_type record_type :
    ::std::string::String; with_supported_service supported_service :
    ::std::string::String; with_ttl ttl : i32; }
);
#[cfg(msgraph_beta_domain_dns_records_or_domains_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DomainDnsRecord);
#[cfg(msgraph_beta_domain_dns_records_or_domains_or_search)]
/// `microsoft.graph.domainDnsRecord` or any type derived from it, selected by `@odata.type` (6 types); each variant's type converts into it (`From`).
///
/// Features: `beta`, or one of `beta-domain-dns-records`, `beta-domains`, `beta-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyDomainDnsRecord {
    DomainDnsRecord(::std::boxed::Box<crate::beta::DomainDnsRecord>),
    DomainDnsCnameRecord(::std::boxed::Box<crate::beta::DomainDnsCnameRecord>),
    DomainDnsMxRecord(::std::boxed::Box<crate::beta::DomainDnsMxRecord>),
    DomainDnsSrvRecord(::std::boxed::Box<crate::beta::DomainDnsSrvRecord>),
    DomainDnsTxtRecord(::std::boxed::Box<crate::beta::DomainDnsTxtRecord>),
    DomainDnsUnavailableRecord(
        ::std::boxed::Box<crate::beta::DomainDnsUnavailableRecord>,
    ),
}
#[cfg(msgraph_beta_domain_dns_records_or_domains_or_search)]
impl ::std::default::Default for AnyDomainDnsRecord {
    #[inline]
    fn default() -> Self {
        Self::DomainDnsRecord(::std::default::Default::default())
    }
}
#[cfg(msgraph_beta_domain_dns_records_or_domains_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DomainDnsRecord> for AnyDomainDnsRecord {
    #[inline]
    fn from(v: crate::beta::DomainDnsRecord) -> Self {
        Self::DomainDnsRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_domain_dns_records_or_domains_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DomainDnsCnameRecord> for AnyDomainDnsRecord {
    #[inline]
    fn from(v: crate::beta::DomainDnsCnameRecord) -> Self {
        Self::DomainDnsCnameRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_domain_dns_records_or_domains_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DomainDnsMxRecord> for AnyDomainDnsRecord {
    #[inline]
    fn from(v: crate::beta::DomainDnsMxRecord) -> Self {
        Self::DomainDnsMxRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_domain_dns_records_or_domains_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DomainDnsSrvRecord> for AnyDomainDnsRecord {
    #[inline]
    fn from(v: crate::beta::DomainDnsSrvRecord) -> Self {
        Self::DomainDnsSrvRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_domain_dns_records_or_domains_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DomainDnsTxtRecord> for AnyDomainDnsRecord {
    #[inline]
    fn from(v: crate::beta::DomainDnsTxtRecord) -> Self {
        Self::DomainDnsTxtRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_domain_dns_records_or_domains_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DomainDnsUnavailableRecord>
for AnyDomainDnsRecord {
    #[inline]
    fn from(v: crate::beta::DomainDnsUnavailableRecord) -> Self {
        Self::DomainDnsUnavailableRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_domain_dns_records_or_domains_or_search)]
unsafe impl ::std::marker::Send for AnyDomainDnsRecord {}
#[cfg(msgraph_beta_domain_dns_records_or_domains_or_search)]
unsafe impl ::std::marker::Sync for AnyDomainDnsRecord {}
#[cfg(msgraph_beta_domain_dns_records_or_domains_or_search)]
impl ::std::marker::Unpin for AnyDomainDnsRecord {}
#[cfg(msgraph_beta_domain_dns_records_or_domains_or_search)]
impl ::std::panic::UnwindSafe for AnyDomainDnsRecord {}
#[cfg(msgraph_beta_domain_dns_records_or_domains_or_search)]
impl ::std::panic::RefUnwindSafe for AnyDomainDnsRecord {}
#[cfg(msgraph_beta_domain_dns_records_or_domains_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::beta::DomainDnsRecord>();
    rt::object::auto_traits::<crate::beta::DomainDnsCnameRecord>();
    rt::object::auto_traits::<crate::beta::DomainDnsMxRecord>();
    rt::object::auto_traits::<crate::beta::DomainDnsSrvRecord>();
    rt::object::auto_traits::<crate::beta::DomainDnsTxtRecord>();
    rt::object::auto_traits::<crate::beta::DomainDnsUnavailableRecord>();
};
#[cfg(msgraph_beta_domain_dns_records_or_domains_or_search)]
impl rt::Poly for AnyDomainDnsRecord {
    const BASE_NAME: &'static str = "microsoft.graph.domainDnsRecord";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some("microsoft.graph.domainDnsCnameRecord") => {
                Self::DomainDnsCnameRecord(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.domainDnsMxRecord") => {
                Self::DomainDnsMxRecord(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.domainDnsSrvRecord") => {
                Self::DomainDnsSrvRecord(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.domainDnsTxtRecord") => {
                Self::DomainDnsTxtRecord(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.domainDnsUnavailableRecord") => {
                Self::DomainDnsUnavailableRecord(rt::object::new_boxed())
            }
            _ => Self::DomainDnsRecord(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::DomainDnsRecord(v) => &**v,
            Self::DomainDnsCnameRecord(v) => &**v,
            Self::DomainDnsMxRecord(v) => &**v,
            Self::DomainDnsSrvRecord(v) => &**v,
            Self::DomainDnsTxtRecord(v) => &**v,
            Self::DomainDnsUnavailableRecord(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::DomainDnsRecord(v) => &mut **v,
            Self::DomainDnsCnameRecord(v) => &mut **v,
            Self::DomainDnsMxRecord(v) => &mut **v,
            Self::DomainDnsSrvRecord(v) => &mut **v,
            Self::DomainDnsTxtRecord(v) => &mut **v,
            Self::DomainDnsUnavailableRecord(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_beta_domain_dns_records_or_domains_or_search)]
impl AnyDomainDnsRecord {
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
            Self::DomainDnsRecord(v) => &v.id,
            Self::DomainDnsCnameRecord(v) => &v.id,
            Self::DomainDnsMxRecord(v) => &v.id,
            Self::DomainDnsSrvRecord(v) => &v.id,
            Self::DomainDnsTxtRecord(v) => &v.id,
            Self::DomainDnsUnavailableRecord(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::DomainDnsRecord(v) => &mut v.id,
            Self::DomainDnsCnameRecord(v) => &mut v.id,
            Self::DomainDnsMxRecord(v) => &mut v.id,
            Self::DomainDnsSrvRecord(v) => &mut v.id,
            Self::DomainDnsTxtRecord(v) => &mut v.id,
            Self::DomainDnsUnavailableRecord(v) => &mut v.id,
        }
    }
    /// `isOptional` of any variant.
    #[inline]
    pub fn is_optional(&self) -> &rt::Field<bool> {
        match self {
            Self::DomainDnsRecord(v) => &v.is_optional,
            Self::DomainDnsCnameRecord(v) => &v.is_optional,
            Self::DomainDnsMxRecord(v) => &v.is_optional,
            Self::DomainDnsSrvRecord(v) => &v.is_optional,
            Self::DomainDnsTxtRecord(v) => &v.is_optional,
            Self::DomainDnsUnavailableRecord(v) => &v.is_optional,
        }
    }
    /// `isOptional` of any variant.
    #[inline]
    pub fn is_optional_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::DomainDnsRecord(v) => &mut v.is_optional,
            Self::DomainDnsCnameRecord(v) => &mut v.is_optional,
            Self::DomainDnsMxRecord(v) => &mut v.is_optional,
            Self::DomainDnsSrvRecord(v) => &mut v.is_optional,
            Self::DomainDnsTxtRecord(v) => &mut v.is_optional,
            Self::DomainDnsUnavailableRecord(v) => &mut v.is_optional,
        }
    }
    /// `label` of any variant.
    #[inline]
    pub fn label(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::DomainDnsRecord(v) => &v.label,
            Self::DomainDnsCnameRecord(v) => &v.label,
            Self::DomainDnsMxRecord(v) => &v.label,
            Self::DomainDnsSrvRecord(v) => &v.label,
            Self::DomainDnsTxtRecord(v) => &v.label,
            Self::DomainDnsUnavailableRecord(v) => &v.label,
        }
    }
    /// `label` of any variant.
    #[inline]
    pub fn label_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::DomainDnsRecord(v) => &mut v.label,
            Self::DomainDnsCnameRecord(v) => &mut v.label,
            Self::DomainDnsMxRecord(v) => &mut v.label,
            Self::DomainDnsSrvRecord(v) => &mut v.label,
            Self::DomainDnsTxtRecord(v) => &mut v.label,
            Self::DomainDnsUnavailableRecord(v) => &mut v.label,
        }
    }
    /// `recordType` of any variant.
    #[inline]
    pub fn record_type(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::DomainDnsRecord(v) => &v.record_type,
            Self::DomainDnsCnameRecord(v) => &v.record_type,
            Self::DomainDnsMxRecord(v) => &v.record_type,
            Self::DomainDnsSrvRecord(v) => &v.record_type,
            Self::DomainDnsTxtRecord(v) => &v.record_type,
            Self::DomainDnsUnavailableRecord(v) => &v.record_type,
        }
    }
    /// `recordType` of any variant.
    #[inline]
    pub fn record_type_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::DomainDnsRecord(v) => &mut v.record_type,
            Self::DomainDnsCnameRecord(v) => &mut v.record_type,
            Self::DomainDnsMxRecord(v) => &mut v.record_type,
            Self::DomainDnsSrvRecord(v) => &mut v.record_type,
            Self::DomainDnsTxtRecord(v) => &mut v.record_type,
            Self::DomainDnsUnavailableRecord(v) => &mut v.record_type,
        }
    }
    /// `supportedService` of any variant.
    #[inline]
    pub fn supported_service(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::DomainDnsRecord(v) => &v.supported_service,
            Self::DomainDnsCnameRecord(v) => &v.supported_service,
            Self::DomainDnsMxRecord(v) => &v.supported_service,
            Self::DomainDnsSrvRecord(v) => &v.supported_service,
            Self::DomainDnsTxtRecord(v) => &v.supported_service,
            Self::DomainDnsUnavailableRecord(v) => &v.supported_service,
        }
    }
    /// `supportedService` of any variant.
    #[inline]
    pub fn supported_service_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::DomainDnsRecord(v) => &mut v.supported_service,
            Self::DomainDnsCnameRecord(v) => &mut v.supported_service,
            Self::DomainDnsMxRecord(v) => &mut v.supported_service,
            Self::DomainDnsSrvRecord(v) => &mut v.supported_service,
            Self::DomainDnsTxtRecord(v) => &mut v.supported_service,
            Self::DomainDnsUnavailableRecord(v) => &mut v.supported_service,
        }
    }
    /// `ttl` of any variant.
    #[inline]
    pub fn ttl(&self) -> &rt::Field<i32> {
        match self {
            Self::DomainDnsRecord(v) => &v.ttl,
            Self::DomainDnsCnameRecord(v) => &v.ttl,
            Self::DomainDnsMxRecord(v) => &v.ttl,
            Self::DomainDnsSrvRecord(v) => &v.ttl,
            Self::DomainDnsTxtRecord(v) => &v.ttl,
            Self::DomainDnsUnavailableRecord(v) => &v.ttl,
        }
    }
    /// `ttl` of any variant.
    #[inline]
    pub fn ttl_mut(&mut self) -> &mut rt::Field<i32> {
        match self {
            Self::DomainDnsRecord(v) => &mut v.ttl,
            Self::DomainDnsCnameRecord(v) => &mut v.ttl,
            Self::DomainDnsMxRecord(v) => &mut v.ttl,
            Self::DomainDnsSrvRecord(v) => &mut v.ttl,
            Self::DomainDnsTxtRecord(v) => &mut v.ttl,
            Self::DomainDnsUnavailableRecord(v) => &mut v.ttl,
        }
    }
}
#[cfg(msgraph_beta_domain_dns_records_or_domains_or_search)]
rt::impl_poly!(AnyDomainDnsRecord);
#[cfg(msgraph_beta_domain_dns_records_or_domains_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyDomainDnsRecord);
#[cfg(msgraph_beta_domain_dns_records_or_domains_or_search)]
/// CSDL: `microsoft.graph.domainDnsSrvRecord`, entity type, derived from `microsoft.graph.domainDnsRecord`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-domain-dns-records`, `beta-domains`, `beta-search`.
#[derive(Clone)]
pub struct DomainDnsSrvRecord {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `isOptional`: `Edm.Boolean`, not nullable.
    pub is_optional: rt::Field<bool>,
    /// CSDL: property `label`: `Edm.String`, not nullable.
    pub label: rt::Field<::std::string::String>,
    /// CSDL: property `recordType`: `Edm.String`, nullable.
    pub record_type: rt::Field<::std::string::String>,
    /// CSDL: property `supportedService`: `Edm.String`, not nullable.
    pub supported_service: rt::Field<::std::string::String>,
    /// CSDL: property `ttl`: `Edm.Int32`, not nullable.
    pub ttl: rt::Field<i32>,
    /// CSDL: property `nameTarget`: `Edm.String`, nullable.
    pub name_target: rt::Field<::std::string::String>,
    /// CSDL: property `port`: `Edm.Int32`, nullable.
    pub port: rt::Field<i32>,
    /// CSDL: property `priority`: `Edm.Int32`, nullable.
    pub priority: rt::Field<i32>,
    /// CSDL: property `protocol`: `Edm.String`, nullable.
    pub protocol: rt::Field<::std::string::String>,
    /// CSDL: property `service`: `Edm.String`, nullable.
    pub service: rt::Field<::std::string::String>,
    /// CSDL: property `weight`: `Edm.Int32`, nullable.
    pub weight: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_domain_dns_records_or_domains_or_search)]
impl ::std::default::Default for DomainDnsSrvRecord {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            is_optional: rt::Field::Absent,
            label: rt::Field::Absent,
            record_type: rt::Field::Absent,
            supported_service: rt::Field::Absent,
            ttl: rt::Field::Absent,
            name_target: rt::Field::Absent,
            port: rt::Field::Absent,
            priority: rt::Field::Absent,
            protocol: rt::Field::Absent,
            service: rt::Field::Absent,
            weight: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_domain_dns_records_or_domains_or_search)]
impl rt::Object for DomainDnsSrvRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.domainDnsSrvRecord";
    const KEYS: &'static [&'static str] = &[
        "id",
        "isOptional",
        "label",
        "recordType",
        "supportedService",
        "ttl",
        "nameTarget",
        "port",
        "priority",
        "protocol",
        "service",
        "weight",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"isOptional\":                   ",
        ",\"label\":                        ",
        ",\"recordType\":                   ",
        ",\"supportedService\":             ",
        ",\"ttl\":                          ",
        ",\"nameTarget\":                   ",
        ",\"port\":                         ",
        ",\"priority\":                     ",
        ",\"protocol\":                     ",
        ",\"service\":                      ",
        ",\"weight\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.domainDnsSrvRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "is_optional", &self.is_optional);
        v.field(2usize, "label", &self.label);
        v.field(3usize, "record_type", &self.record_type);
        v.field(4usize, "supported_service", &self.supported_service);
        v.field(5usize, "ttl", &self.ttl);
        v.field(6usize, "name_target", &self.name_target);
        v.field(7usize, "port", &self.port);
        v.field(8usize, "priority", &self.priority);
        v.field(9usize, "protocol", &self.protocol);
        v.field(10usize, "service", &self.service);
        v.field(11usize, "weight", &self.weight);
    }
}
#[cfg(msgraph_beta_domain_dns_records_or_domains_or_search)]
impl rt::object::Members for DomainDnsSrvRecord {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.is_optional.read_from(r),
            2usize => self.label.read_from(r),
            3usize => self.record_type.read_from(r),
            4usize => self.supported_service.read_from(r),
            5usize => self.ttl.read_from(r),
            6usize => self.name_target.read_from(r),
            7usize => self.port.read_from(r),
            8usize => self.priority.read_from(r),
            9usize => self.protocol.read_from(r),
            10usize => self.service.read_from(r),
            11usize => self.weight.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.is_optional);
        w.field(2usize, &self.label);
        w.field(3usize, &self.record_type);
        w.field(4usize, &self.supported_service);
        w.field(5usize, &self.ttl);
        w.field(6usize, &self.name_target);
        w.field(7usize, &self.port);
        w.field(8usize, &self.priority);
        w.field(9usize, &self.protocol);
        w.field(10usize, &self.service);
        w.field(11usize, &self.weight);
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
#[cfg(msgraph_beta_domain_dns_records_or_domains_or_search)]
rt::impl_object!(DomainDnsSrvRecord);
#[cfg(msgraph_beta_domain_dns_records_or_domains_or_search)]
rt::impl_setters!(
    DomainDnsSrvRecord { with_id id : ::std::string::String; with_is_optional is_optional
    : bool; with_label label : ::std::string::String; with_record_type record_type :
    ::std::string::String; with_supported_service supported_service :
    ::std::string::String; with_ttl ttl : i32; with_name_target name_target :
    ::std::string::String; with_port port : i32; with_priority priority : i32;
    with_protocol protocol : ::std::string::String; with_service service :
    ::std::string::String; with_weight weight : i32; }
);
#[cfg(msgraph_beta_domain_dns_records_or_domains_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DomainDnsSrvRecord);
#[cfg(msgraph_beta_domain_dns_records_or_domains_or_search)]
/// CSDL: `microsoft.graph.domainDnsTxtRecord`, entity type, derived from `microsoft.graph.domainDnsRecord`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-domain-dns-records`, `beta-domains`, `beta-search`.
#[derive(Clone)]
pub struct DomainDnsTxtRecord {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `isOptional`: `Edm.Boolean`, not nullable.
    pub is_optional: rt::Field<bool>,
    /// CSDL: property `label`: `Edm.String`, not nullable.
    pub label: rt::Field<::std::string::String>,
    /// CSDL: property `recordType`: `Edm.String`, nullable.
    pub record_type: rt::Field<::std::string::String>,
    /// CSDL: property `supportedService`: `Edm.String`, not nullable.
    pub supported_service: rt::Field<::std::string::String>,
    /// CSDL: property `ttl`: `Edm.Int32`, not nullable.
    pub ttl: rt::Field<i32>,
    /// CSDL: property `text`: `Edm.String`, not nullable.
    pub text: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_domain_dns_records_or_domains_or_search)]
impl ::std::default::Default for DomainDnsTxtRecord {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            is_optional: rt::Field::Absent,
            label: rt::Field::Absent,
            record_type: rt::Field::Absent,
            supported_service: rt::Field::Absent,
            ttl: rt::Field::Absent,
            text: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_domain_dns_records_or_domains_or_search)]
impl rt::Object for DomainDnsTxtRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.domainDnsTxtRecord";
    const KEYS: &'static [&'static str] = &[
        "id",
        "isOptional",
        "label",
        "recordType",
        "supportedService",
        "ttl",
        "text",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"isOptional\":                   ",
        ",\"label\":                        ",
        ",\"recordType\":                   ",
        ",\"supportedService\":             ",
        ",\"ttl\":                          ",
        ",\"text\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.domainDnsTxtRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "is_optional", &self.is_optional);
        v.field(2usize, "label", &self.label);
        v.field(3usize, "record_type", &self.record_type);
        v.field(4usize, "supported_service", &self.supported_service);
        v.field(5usize, "ttl", &self.ttl);
        v.field(6usize, "text", &self.text);
    }
}
#[cfg(msgraph_beta_domain_dns_records_or_domains_or_search)]
impl rt::object::Members for DomainDnsTxtRecord {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.is_optional.read_from(r),
            2usize => self.label.read_from(r),
            3usize => self.record_type.read_from(r),
            4usize => self.supported_service.read_from(r),
            5usize => self.ttl.read_from(r),
            6usize => self.text.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.is_optional);
        w.field(2usize, &self.label);
        w.field(3usize, &self.record_type);
        w.field(4usize, &self.supported_service);
        w.field(5usize, &self.ttl);
        w.field(6usize, &self.text);
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
#[cfg(msgraph_beta_domain_dns_records_or_domains_or_search)]
rt::impl_object!(DomainDnsTxtRecord);
#[cfg(msgraph_beta_domain_dns_records_or_domains_or_search)]
rt::impl_setters!(
    DomainDnsTxtRecord { with_id id : ::std::string::String; with_is_optional is_optional
    : bool; with_label label : ::std::string::String; with_record_type record_type :
    ::std::string::String; with_supported_service supported_service :
    ::std::string::String; with_ttl ttl : i32; with_text text : ::std::string::String; }
);
#[cfg(msgraph_beta_domain_dns_records_or_domains_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DomainDnsTxtRecord);
#[cfg(msgraph_beta_domain_dns_records_or_domains_or_search)]
/// CSDL: `microsoft.graph.domainDnsUnavailableRecord`, entity type, derived from `microsoft.graph.domainDnsRecord`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-domain-dns-records`, `beta-domains`, `beta-search`.
#[derive(Clone)]
pub struct DomainDnsUnavailableRecord {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `isOptional`: `Edm.Boolean`, not nullable.
    pub is_optional: rt::Field<bool>,
    /// CSDL: property `label`: `Edm.String`, not nullable.
    pub label: rt::Field<::std::string::String>,
    /// CSDL: property `recordType`: `Edm.String`, nullable.
    pub record_type: rt::Field<::std::string::String>,
    /// CSDL: property `supportedService`: `Edm.String`, not nullable.
    pub supported_service: rt::Field<::std::string::String>,
    /// CSDL: property `ttl`: `Edm.Int32`, not nullable.
    pub ttl: rt::Field<i32>,
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_domain_dns_records_or_domains_or_search)]
impl ::std::default::Default for DomainDnsUnavailableRecord {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            is_optional: rt::Field::Absent,
            label: rt::Field::Absent,
            record_type: rt::Field::Absent,
            supported_service: rt::Field::Absent,
            ttl: rt::Field::Absent,
            description: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_domain_dns_records_or_domains_or_search)]
impl rt::Object for DomainDnsUnavailableRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.domainDnsUnavailableRecord";
    const KEYS: &'static [&'static str] = &[
        "id",
        "isOptional",
        "label",
        "recordType",
        "supportedService",
        "ttl",
        "description",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"isOptional\":                   ",
        ",\"label\":                        ",
        ",\"recordType\":                   ",
        ",\"supportedService\":             ",
        ",\"ttl\":                          ",
        ",\"description\":                  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.domainDnsUnavailableRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "is_optional", &self.is_optional);
        v.field(2usize, "label", &self.label);
        v.field(3usize, "record_type", &self.record_type);
        v.field(4usize, "supported_service", &self.supported_service);
        v.field(5usize, "ttl", &self.ttl);
        v.field(6usize, "description", &self.description);
    }
}
#[cfg(msgraph_beta_domain_dns_records_or_domains_or_search)]
impl rt::object::Members for DomainDnsUnavailableRecord {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.is_optional.read_from(r),
            2usize => self.label.read_from(r),
            3usize => self.record_type.read_from(r),
            4usize => self.supported_service.read_from(r),
            5usize => self.ttl.read_from(r),
            6usize => self.description.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.is_optional);
        w.field(2usize, &self.label);
        w.field(3usize, &self.record_type);
        w.field(4usize, &self.supported_service);
        w.field(5usize, &self.ttl);
        w.field(6usize, &self.description);
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
#[cfg(msgraph_beta_domain_dns_records_or_domains_or_search)]
rt::impl_object!(DomainDnsUnavailableRecord);
#[cfg(msgraph_beta_domain_dns_records_or_domains_or_search)]
rt::impl_setters!(
    DomainDnsUnavailableRecord { with_id id : ::std::string::String; with_is_optional
    is_optional : bool; with_label label : ::std::string::String; with_record_type
    record_type : ::std::string::String; with_supported_service supported_service :
    ::std::string::String; with_ttl ttl : i32; with_description description :
    ::std::string::String; }
);
#[cfg(msgraph_beta_domain_dns_records_or_domains_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DomainDnsUnavailableRecord);
#[cfg(msgraph_beta_identity_governance_or_search)]
/// CSDL: `microsoft.graph.domainIdentitySource`, complex type, derived from `microsoft.graph.identitySource`.
///
/// Features: `beta`, or one of `beta-identity-governance`, `beta-search`.
#[derive(Clone)]
pub struct DomainIdentitySource {
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `domainName`: `Edm.String`, nullable.
    pub domain_name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_identity_governance_or_search)]
impl ::std::default::Default for DomainIdentitySource {
    #[inline]
    fn default() -> Self {
        Self {
            display_name: rt::Field::Absent,
            domain_name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_identity_governance_or_search)]
impl rt::Object for DomainIdentitySource {
    const TYPE_NAME: &'static str = "microsoft.graph.domainIdentitySource";
    const KEYS: &'static [&'static str] = &["displayName", "domainName"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"displayName\":                  ",
        ",\"domainName\":                   ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.domainIdentitySource\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "display_name", &self.display_name);
        v.field(1usize, "domain_name", &self.domain_name);
    }
}
#[cfg(msgraph_beta_identity_governance_or_search)]
impl rt::object::Members for DomainIdentitySource {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.display_name.read_from(r),
            1usize => self.domain_name.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.display_name);
        w.field(1usize, &self.domain_name);
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
rt::impl_object!(DomainIdentitySource);
#[cfg(msgraph_beta_identity_governance_or_search)]
rt::impl_setters!(
    DomainIdentitySource { with_display_name display_name : ::std::string::String;
    with_domain_name domain_name : ::std::string::String; }
);
#[cfg(msgraph_beta_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DomainIdentitySource);
#[cfg(msgraph_beta_domains_or_search)]
/// CSDL: `microsoft.graph.domainState`, complex type.
///
/// Features: `beta`, or one of `beta-domains`, `beta-search`.
#[derive(Clone)]
pub struct DomainState {
    /// CSDL: property `lastActionDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_action_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `operation`: `Edm.String`, nullable.
    pub operation: rt::Field<::std::string::String>,
    /// CSDL: property `status`: `Edm.String`, nullable.
    pub status: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_domains_or_search)]
impl ::std::default::Default for DomainState {
    #[inline]
    fn default() -> Self {
        Self {
            last_action_date_time: rt::Field::Absent,
            operation: rt::Field::Absent,
            status: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_domains_or_search)]
impl rt::Object for DomainState {
    const TYPE_NAME: &'static str = "microsoft.graph.domainState";
    const KEYS: &'static [&'static str] = &["lastActionDateTime", "operation", "status"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"lastActionDateTime\":           ",
        ",\"operation\":                    ",
        ",\"status\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.domainState\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "last_action_date_time", &self.last_action_date_time);
        v.field(1usize, "operation", &self.operation);
        v.field(2usize, "status", &self.status);
    }
}
#[cfg(msgraph_beta_domains_or_search)]
impl rt::object::Members for DomainState {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.last_action_date_time.read_from(r),
            1usize => self.operation.read_from(r),
            2usize => self.status.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.last_action_date_time);
        w.field(1usize, &self.operation);
        w.field(2usize, &self.status);
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
#[cfg(msgraph_beta_domains_or_search)]
rt::impl_object!(DomainState);
#[cfg(msgraph_beta_domains_or_search)]
rt::impl_setters!(
    DomainState { with_last_action_date_time last_action_date_time :
    rt::edm::DateTimeOffset; with_operation operation : ::std::string::String;
    with_status status : ::std::string::String; }
);
#[cfg(msgraph_beta_domains_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DomainState);
#[cfg(msgraph_beta_core_or_information_protection)]
/// CSDL: `microsoft.graph.downgradeJustification`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct DowngradeJustification {
    /// CSDL: property `isDowngradeJustified`: `Edm.Boolean`, not nullable.
    pub is_downgrade_justified: rt::Field<bool>,
    /// CSDL: property `justificationMessage`: `Edm.String`, nullable.
    pub justification_message: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_information_protection)]
impl ::std::default::Default for DowngradeJustification {
    #[inline]
    fn default() -> Self {
        Self {
            is_downgrade_justified: rt::Field::Absent,
            justification_message: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_information_protection)]
impl rt::Object for DowngradeJustification {
    const TYPE_NAME: &'static str = "microsoft.graph.downgradeJustification";
    const KEYS: &'static [&'static str] = &[
        "isDowngradeJustified",
        "justificationMessage",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"isDowngradeJustified\":         ",
        ",\"justificationMessage\":         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.downgradeJustification\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "is_downgrade_justified", &self.is_downgrade_justified);
        v.field(1usize, "justification_message", &self.justification_message);
    }
}
#[cfg(msgraph_beta_core_or_information_protection)]
impl rt::object::Members for DowngradeJustification {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.is_downgrade_justified.read_from(r),
            1usize => self.justification_message.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.is_downgrade_justified);
        w.field(1usize, &self.justification_message);
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
#[cfg(msgraph_beta_core_or_information_protection)]
rt::impl_object!(DowngradeJustification);
#[cfg(msgraph_beta_core_or_information_protection)]
rt::impl_setters!(
    DowngradeJustification { with_is_downgrade_justified is_downgrade_justified : bool;
    with_justification_message justification_message : ::std::string::String; }
);
#[cfg(msgraph_beta_core_or_information_protection)]
#[cfg(feature = "serde")]
rt::impl_serde!(DowngradeJustification);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// CSDL: `microsoft.graph.driveItemSource`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct DriveItemSource {
    /// CSDL: property `application`: `microsoft.graph.driveItemSourceApplication`, nullable.
    pub application: rt::Field<crate::beta::DriveItemSourceApplication>,
    /// CSDL: property `externalId`: `Edm.String`, nullable.
    pub external_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for DriveItemSource {
    #[inline]
    fn default() -> Self {
        Self {
            application: rt::Field::Absent,
            external_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for DriveItemSource {
    const TYPE_NAME: &'static str = "microsoft.graph.driveItemSource";
    const KEYS: &'static [&'static str] = &["application", "externalId"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"application\":                  ",
        ",\"externalId\":                   ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.driveItemSource\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "application", &self.application);
        v.field(1usize, "external_id", &self.external_id);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for DriveItemSource {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.application.read_from(r),
            1usize => self.external_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.application);
        w.field(1usize, &self.external_id);
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
rt::impl_object!(DriveItemSource);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    DriveItemSource { with_application application : crate
    ::beta::DriveItemSourceApplication; with_external_id external_id :
    ::std::string::String; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(DriveItemSource);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// CSDL: `microsoft.graph.driveItemSourceApplication`, enum type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum DriveItemSourceApplication {
    /// `teams` (value 0).
    Teams,
    /// `yammer` (value 1).
    Yammer,
    /// `sharePoint` (value 2).
    SharePoint,
    /// `oneDrive` (value 3).
    OneDrive,
    /// `stream` (value 4).
    Stream,
    /// `powerPoint` (value 5).
    PowerPoint,
    /// `office` (value 6).
    Office,
    /// `unknownFutureValue` (value 7).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::StrEnum for DriveItemSourceApplication {
    const TYPE_NAME: &'static str = "microsoft.graph.driveItemSourceApplication";
    const MEMBERS: &'static [&'static str] = &[
        "teams",
        "yammer",
        "sharePoint",
        "oneDrive",
        "stream",
        "powerPoint",
        "office",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "teams" => Self::Teams,
                "yammer" => Self::Yammer,
                "sharePoint" => Self::SharePoint,
                "oneDrive" => Self::OneDrive,
                "stream" => Self::Stream,
                "powerPoint" => Self::PowerPoint,
                "office" => Self::Office,
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
            Self::Teams => "teams",
            Self::Yammer => "yammer",
            Self::SharePoint => "sharePoint",
            Self::OneDrive => "oneDrive",
            Self::Stream => "stream",
            Self::PowerPoint => "powerPoint",
            Self::Office => "office",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_enum!(DriveItemSourceApplication);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(DriveItemSourceApplication);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// CSDL: `microsoft.graph.driveItemUploadableProperties`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct DriveItemUploadableProperties {
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `fileSize`: `Edm.Int64`, nullable.
    pub file_size: rt::Field<i64>,
    /// CSDL: property `fileSystemInfo`: `microsoft.graph.fileSystemInfo`, nullable.
    pub file_system_info: rt::Field<crate::beta::FileSystemInfo>,
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for DriveItemUploadableProperties {
    #[inline]
    fn default() -> Self {
        Self {
            description: rt::Field::Absent,
            file_size: rt::Field::Absent,
            file_system_info: rt::Field::Absent,
            name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for DriveItemUploadableProperties {
    const TYPE_NAME: &'static str = "microsoft.graph.driveItemUploadableProperties";
    const KEYS: &'static [&'static str] = &[
        "description",
        "fileSize",
        "fileSystemInfo",
        "name",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"description\":                  ",
        ",\"fileSize\":                     ",
        ",\"fileSystemInfo\":               ",
        ",\"name\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.driveItemUploadableProperties\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "description", &self.description);
        v.field(1usize, "file_size", &self.file_size);
        v.field(2usize, "file_system_info", &self.file_system_info);
        v.field(3usize, "name", &self.name);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for DriveItemUploadableProperties {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.description.read_from(r),
            1usize => self.file_size.read_from(r),
            2usize => self.file_system_info.read_from(r),
            3usize => self.name.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.description);
        w.field(1usize, &self.file_size);
        w.field(2usize, &self.file_system_info);
        w.field(3usize, &self.name);
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
rt::impl_object!(DriveItemUploadableProperties);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    DriveItemUploadableProperties { with_description description : ::std::string::String;
    with_file_size file_size : i64; with_file_system_info file_system_info : crate
    ::beta::FileSystemInfo; with_name name : ::std::string::String; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(DriveItemUploadableProperties);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// CSDL: `microsoft.graph.driveItemVersion`, entity type, derived from `microsoft.graph.baseItemVersion`, key `id`.
///
/// Request builders: [`DriveItemVersionPath`](requests/trait.DriveItemVersionPath.html), what a path to one (`EntityPath<DriveItemVersion, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct DriveItemVersion {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `lastModifiedBy`: `microsoft.graph.identitySet`, nullable.
    pub last_modified_by: rt::Field<crate::beta::IdentitySet>,
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `publication`: `microsoft.graph.publicationFacet`, nullable.
    pub publication: rt::Field<crate::beta::PublicationFacet>,
    /// CSDL: property `content`: `Edm.Stream`, nullable.
    pub content: rt::Field<rt::RawJson>,
    /// CSDL: property `size`: `Edm.Int64`, nullable.
    pub size: rt::Field<i64>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for DriveItemVersion {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            last_modified_by: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            publication: rt::Field::Absent,
            content: rt::Field::Absent,
            size: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for DriveItemVersion {
    const TYPE_NAME: &'static str = "microsoft.graph.driveItemVersion";
    const KEYS: &'static [&'static str] = &[
        "id",
        "lastModifiedBy",
        "lastModifiedDateTime",
        "publication",
        "content",
        "size",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"lastModifiedBy\":               ",
        ",\"lastModifiedDateTime\":         ",
        ",\"publication\":                  ",
        ",\"content\":                      ",
        ",\"size\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.driveItemVersion\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "last_modified_by", &self.last_modified_by);
        v.field(2usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(3usize, "publication", &self.publication);
        v.field(4usize, "content", &self.content);
        v.field(5usize, "size", &self.size);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for DriveItemVersion {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.last_modified_by.read_from(r),
            2usize => self.last_modified_date_time.read_from(r),
            3usize => self.publication.read_from(r),
            4usize => self.content.read_from(r),
            5usize => self.size.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.last_modified_by);
        w.field(2usize, &self.last_modified_date_time);
        w.field(3usize, &self.publication);
        w.field(4usize, &self.content);
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
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_object!(DriveItemVersion);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    DriveItemVersion { with_id id : ::std::string::String; with_last_modified_by
    last_modified_by : crate ::beta::IdentitySet; with_last_modified_date_time
    last_modified_date_time : rt::edm::DateTimeOffset; with_publication publication :
    crate ::beta::PublicationFacet; with_content content : rt::RawJson; with_size size :
    i64; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(DriveItemVersion);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// CSDL: `microsoft.graph.driveRecipient`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct DriveRecipient {
    /// CSDL: property `alias`: `Edm.String`, nullable.
    pub alias: rt::Field<::std::string::String>,
    /// CSDL: property `email`: `Edm.String`, nullable.
    pub email: rt::Field<::std::string::String>,
    /// CSDL: property `objectId`: `Edm.String`, nullable.
    pub object_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for DriveRecipient {
    #[inline]
    fn default() -> Self {
        Self {
            alias: rt::Field::Absent,
            email: rt::Field::Absent,
            object_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for DriveRecipient {
    const TYPE_NAME: &'static str = "microsoft.graph.driveRecipient";
    const KEYS: &'static [&'static str] = &["alias", "email", "objectId"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"alias\":                        ",
        ",\"email\":                        ",
        ",\"objectId\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.driveRecipient\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "alias", &self.alias);
        v.field(1usize, "email", &self.email);
        v.field(2usize, "object_id", &self.object_id);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for DriveRecipient {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.alias.read_from(r),
            1usize => self.email.read_from(r),
            2usize => self.object_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.alias);
        w.field(1usize, &self.email);
        w.field(2usize, &self.object_id);
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
rt::impl_object!(DriveRecipient);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    DriveRecipient { with_alias alias : ::std::string::String; with_email email :
    ::std::string::String; with_object_id object_id : ::std::string::String; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(DriveRecipient);
