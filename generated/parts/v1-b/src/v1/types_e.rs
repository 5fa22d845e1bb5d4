//! Types of `microsoft.graph` by the first letters of their names (`e`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_v1_device_app_management_or_search)]
/// Contains properties for the installation summary of a book for a device.
///
/// CSDL: `microsoft.graph.eBookInstallSummary`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1`, or one of `v1-device-app-management`, `v1-search`.
#[derive(Clone)]
pub struct EBookInstallSummary {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Number of Devices that have failed to install this book.
    ///
    /// CSDL: property `failedDeviceCount`: `Edm.Int32`, not nullable.
    pub failed_device_count: rt::Field<i32>,
    /// Number of Users that have 1 or more device that failed to install this book.
    ///
    /// CSDL: property `failedUserCount`: `Edm.Int32`, not nullable.
    pub failed_user_count: rt::Field<i32>,
    /// Number of Devices that have successfully installed this book.
    ///
    /// CSDL: property `installedDeviceCount`: `Edm.Int32`, not nullable.
    pub installed_device_count: rt::Field<i32>,
    /// Number of Users whose devices have all succeeded to install this book.
    ///
    /// CSDL: property `installedUserCount`: `Edm.Int32`, not nullable.
    pub installed_user_count: rt::Field<i32>,
    /// Number of Devices that does not have this book installed.
    ///
    /// CSDL: property `notInstalledDeviceCount`: `Edm.Int32`, not nullable.
    pub not_installed_device_count: rt::Field<i32>,
    /// Number of Users that did not install this book.
    ///
    /// CSDL: property `notInstalledUserCount`: `Edm.Int32`, not nullable.
    pub not_installed_user_count: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl ::std::default::Default for EBookInstallSummary {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            failed_device_count: rt::Field::Absent,
            failed_user_count: rt::Field::Absent,
            installed_device_count: rt::Field::Absent,
            installed_user_count: rt::Field::Absent,
            not_installed_device_count: rt::Field::Absent,
            not_installed_user_count: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl rt::Object for EBookInstallSummary {
    const TYPE_NAME: &'static str = "microsoft.graph.eBookInstallSummary";
    const KEYS: &'static [&'static str] = &[
        "id",
        "failedDeviceCount",
        "failedUserCount",
        "installedDeviceCount",
        "installedUserCount",
        "notInstalledDeviceCount",
        "notInstalledUserCount",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"failedDeviceCount\":            ",
        ",\"failedUserCount\":              ",
        ",\"installedDeviceCount\":         ",
        ",\"installedUserCount\":           ",
        ",\"notInstalledDeviceCount\":      ",
        ",\"notInstalledUserCount\":        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.eBookInstallSummary\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "failed_device_count", &self.failed_device_count);
        v.field(2usize, "failed_user_count", &self.failed_user_count);
        v.field(3usize, "installed_device_count", &self.installed_device_count);
        v.field(4usize, "installed_user_count", &self.installed_user_count);
        v.field(5usize, "not_installed_device_count", &self.not_installed_device_count);
        v.field(6usize, "not_installed_user_count", &self.not_installed_user_count);
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl rt::object::Members for EBookInstallSummary {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.failed_device_count.read_from(r),
            2usize => self.failed_user_count.read_from(r),
            3usize => self.installed_device_count.read_from(r),
            4usize => self.installed_user_count.read_from(r),
            5usize => self.not_installed_device_count.read_from(r),
            6usize => self.not_installed_user_count.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.failed_device_count);
        w.field(2usize, &self.failed_user_count);
        w.field(3usize, &self.installed_device_count);
        w.field(4usize, &self.installed_user_count);
        w.field(5usize, &self.not_installed_device_count);
        w.field(6usize, &self.not_installed_user_count);
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
#[cfg(msgraph_v1_device_app_management_or_search)]
rt::impl_object!(EBookInstallSummary);
#[cfg(msgraph_v1_device_app_management_or_search)]
rt::impl_setters!(
    EBookInstallSummary { with_id id : ::std::string::String; with_failed_device_count
    failed_device_count : i32; with_failed_user_count failed_user_count : i32;
    with_installed_device_count installed_device_count : i32; with_installed_user_count
    installed_user_count : i32; with_not_installed_device_count
    not_installed_device_count : i32; with_not_installed_user_count
    not_installed_user_count : i32; }
);
#[cfg(msgraph_v1_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(EBookInstallSummary);
#[cfg(msgraph_v1_admin_or_search)]
/// CSDL: `microsoft.graph.edge`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`EdgePath`](requests/trait.EdgePath.html), what a path to one (`EntityPath<Edge, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-search`.
#[derive(Clone)]
pub struct Edge {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `internetExplorerMode`: `microsoft.graph.internetExplorerMode`, nullable.
    pub internet_explorer_mode: rt::Field<crate::v1::InternetExplorerMode>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_admin_or_search)]
impl ::std::default::Default for Edge {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            internet_explorer_mode: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_admin_or_search)]
impl rt::Object for Edge {
    const TYPE_NAME: &'static str = "microsoft.graph.edge";
    const KEYS: &'static [&'static str] = &["id", "internetExplorerMode"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"internetExplorerMode\":         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.edge\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "internet_explorer_mode", &self.internet_explorer_mode);
    }
}
#[cfg(msgraph_v1_admin_or_search)]
impl rt::object::Members for Edge {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.internet_explorer_mode.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.internet_explorer_mode);
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
rt::impl_object!(Edge);
#[cfg(msgraph_v1_admin_or_search)]
rt::impl_setters!(
    Edge { with_id id : ::std::string::String; with_internet_explorer_mode
    internet_explorer_mode : crate ::v1::InternetExplorerMode; }
);
#[cfg(msgraph_v1_admin_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(Edge);
#[cfg(msgraph_v1_device_management_or_search)]
/// Possible values to specify which cookies are allowed in Microsoft Edge.
///
/// CSDL: `microsoft.graph.edgeCookiePolicy`, enum type.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum EdgeCookiePolicy {
    /// Allow the user to set.
    ///
    /// `userDefined` (value 0).
    UserDefined,
    /// Allow.
    ///
    /// `allow` (value 1).
    Allow,
    /// Block only third party cookies.
    ///
    /// `blockThirdParty` (value 2).
    BlockThirdParty,
    /// Block all cookies.
    ///
    /// `blockAll` (value 3).
    BlockAll,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::StrEnum for EdgeCookiePolicy {
    const TYPE_NAME: &'static str = "microsoft.graph.edgeCookiePolicy";
    const MEMBERS: &'static [&'static str] = &[
        "userDefined",
        "allow",
        "blockThirdParty",
        "blockAll",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "userDefined" => Self::UserDefined,
                "allow" => Self::Allow,
                "blockThirdParty" => Self::BlockThirdParty,
                "blockAll" => Self::BlockAll,
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
            Self::Allow => "allow",
            Self::BlockThirdParty => "blockThirdParty",
            Self::BlockAll => "blockAll",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_enum!(EdgeCookiePolicy);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(EdgeCookiePolicy);
#[cfg(msgraph_v1_device_management_or_search)]
/// Allows IT admins to set a predefined default search engine for MDM-Controlled devices.
///
/// CSDL: `microsoft.graph.edgeSearchEngine`, complex type, derived from `microsoft.graph.edgeSearchEngineBase`.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone)]
pub struct EdgeSearchEngine {
    /// Allows IT admins to set a predefined default search engine for MDM-Controlled devices.
    ///
    /// CSDL: property `edgeSearchEngineType`: `microsoft.graph.edgeSearchEngineType`, not nullable.
    pub edge_search_engine_type: rt::Field<crate::v1::EdgeSearchEngineType>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default for EdgeSearchEngine {
    #[inline]
    fn default() -> Self {
        Self {
            edge_search_engine_type: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object for EdgeSearchEngine {
    const TYPE_NAME: &'static str = "microsoft.graph.edgeSearchEngine";
    const KEYS: &'static [&'static str] = &["edgeSearchEngineType"];
    const KEYS_JSON: &'static [&'static str] = &[",\"edgeSearchEngineType\":         "];
    const TAG: &'static str = "\"#microsoft.graph.edgeSearchEngine\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "edge_search_engine_type", &self.edge_search_engine_type);
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members for EdgeSearchEngine {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.edge_search_engine_type.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.edge_search_engine_type);
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
rt::impl_object!(EdgeSearchEngine);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    EdgeSearchEngine { with_edge_search_engine_type edge_search_engine_type : crate
    ::v1::EdgeSearchEngineType; }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(EdgeSearchEngine);
#[cfg(msgraph_v1_device_management_or_search)]
/// Allows IT admins to set a default search engine for MDM-Controlled devices. Users can override this and change their default search engine provided the AllowSearchEngineCustomization policy is not set.
///
/// CSDL: `microsoft.graph.edgeSearchEngineBase`, complex type, abstract.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone)]
pub struct EdgeSearchEngineBase {
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default for EdgeSearchEngineBase {
    #[inline]
    fn default() -> Self {
        Self {
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object for EdgeSearchEngineBase {
    const TYPE_NAME: &'static str = "microsoft.graph.edgeSearchEngineBase";
    const KEYS: &'static [&'static str] = &[];
    const KEYS_JSON: &'static [&'static str] = &[];
    const TAG: &'static str = "\"#microsoft.graph.edgeSearchEngineBase\"";
    #[inline]
    #[allow(unused_variables)]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {}
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members for EdgeSearchEngineBase {
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
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_object!(EdgeSearchEngineBase);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(EdgeSearchEngineBase);
#[cfg(msgraph_v1_device_management_or_search)]
/// `microsoft.graph.edgeSearchEngineBase` or any type derived from it, selected by `@odata.type` (3 types); each variant's type converts into it (`From`).
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyEdgeSearchEngineBase {
    EdgeSearchEngineBase(::std::boxed::Box<crate::v1::EdgeSearchEngineBase>),
    EdgeSearchEngine(::std::boxed::Box<crate::v1::EdgeSearchEngine>),
    EdgeSearchEngineCustom(::std::boxed::Box<crate::v1::EdgeSearchEngineCustom>),
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default for AnyEdgeSearchEngineBase {
    #[inline]
    fn default() -> Self {
        Self::EdgeSearchEngineBase(::std::default::Default::default())
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::EdgeSearchEngineBase> for AnyEdgeSearchEngineBase {
    #[inline]
    fn from(v: crate::v1::EdgeSearchEngineBase) -> Self {
        Self::EdgeSearchEngineBase(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::EdgeSearchEngine> for AnyEdgeSearchEngineBase {
    #[inline]
    fn from(v: crate::v1::EdgeSearchEngine) -> Self {
        Self::EdgeSearchEngine(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::EdgeSearchEngineCustom>
for AnyEdgeSearchEngineBase {
    #[inline]
    fn from(v: crate::v1::EdgeSearchEngineCustom) -> Self {
        Self::EdgeSearchEngineCustom(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
unsafe impl ::std::marker::Send for AnyEdgeSearchEngineBase {}
#[cfg(msgraph_v1_device_management_or_search)]
unsafe impl ::std::marker::Sync for AnyEdgeSearchEngineBase {}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::marker::Unpin for AnyEdgeSearchEngineBase {}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::panic::UnwindSafe for AnyEdgeSearchEngineBase {}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::panic::RefUnwindSafe for AnyEdgeSearchEngineBase {}
#[cfg(msgraph_v1_device_management_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::v1::EdgeSearchEngineBase>();
    rt::object::auto_traits::<crate::v1::EdgeSearchEngine>();
    rt::object::auto_traits::<crate::v1::EdgeSearchEngineCustom>();
};
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Poly for AnyEdgeSearchEngineBase {
    const BASE_NAME: &'static str = "microsoft.graph.edgeSearchEngineBase";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some("microsoft.graph.edgeSearchEngine") => {
                Self::EdgeSearchEngine(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.edgeSearchEngineCustom") => {
                Self::EdgeSearchEngineCustom(rt::object::new_boxed())
            }
            _ => Self::EdgeSearchEngineBase(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::EdgeSearchEngineBase(v) => &**v,
            Self::EdgeSearchEngine(v) => &**v,
            Self::EdgeSearchEngineCustom(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::EdgeSearchEngineBase(v) => &mut **v,
            Self::EdgeSearchEngine(v) => &mut **v,
            Self::EdgeSearchEngineCustom(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl AnyEdgeSearchEngineBase {
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
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_poly!(AnyEdgeSearchEngineBase);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyEdgeSearchEngineBase);
#[cfg(msgraph_v1_device_management_or_search)]
/// Allows IT admins to set a custom default search engine for MDM-Controlled devices.
///
/// CSDL: `microsoft.graph.edgeSearchEngineCustom`, complex type, derived from `microsoft.graph.edgeSearchEngineBase`.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone)]
pub struct EdgeSearchEngineCustom {
    /// Points to a https link containing the OpenSearch xml file that contains, at minimum, the short name and the URL to the search Engine.
    ///
    /// CSDL: property `edgeSearchEngineOpenSearchXmlUrl`: `Edm.String`, not nullable.
    pub edge_search_engine_open_search_xml_url: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default for EdgeSearchEngineCustom {
    #[inline]
    fn default() -> Self {
        Self {
            edge_search_engine_open_search_xml_url: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object for EdgeSearchEngineCustom {
    const TYPE_NAME: &'static str = "microsoft.graph.edgeSearchEngineCustom";
    const KEYS: &'static [&'static str] = &["edgeSearchEngineOpenSearchXmlUrl"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"edgeSearchEngineOpenSearchXmlUrl\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.edgeSearchEngineCustom\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(
            0usize,
            "edge_search_engine_open_search_xml_url",
            &self.edge_search_engine_open_search_xml_url,
        );
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members for EdgeSearchEngineCustom {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.edge_search_engine_open_search_xml_url.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.edge_search_engine_open_search_xml_url);
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
rt::impl_object!(EdgeSearchEngineCustom);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    EdgeSearchEngineCustom { with_edge_search_engine_open_search_xml_url
    edge_search_engine_open_search_xml_url : ::std::string::String; }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(EdgeSearchEngineCustom);
#[cfg(msgraph_v1_device_management_or_search)]
/// Allows IT admind to set a predefined default search engine for MDM-Controlled devices
///
/// CSDL: `microsoft.graph.edgeSearchEngineType`, enum type.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum EdgeSearchEngineType {
    /// Uses factory settings of Edge to assign the default search engine as per the user market
    ///
    /// `default` (value 0).
    Default,
    /// Sets Bing as the default search engine
    ///
    /// `bing` (value 1).
    Bing,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::StrEnum for EdgeSearchEngineType {
    const TYPE_NAME: &'static str = "microsoft.graph.edgeSearchEngineType";
    const MEMBERS: &'static [&'static str] = &["default", "bing"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "default" => Self::Default,
                "bing" => Self::Bing,
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
            Self::Default => "default",
            Self::Bing => "bing",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_enum!(EdgeSearchEngineType);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(EdgeSearchEngineType);
#[cfg(msgraph_v1_any_area)]
/// CSDL: `microsoft.graph.editAction`, complex type.
///
/// Feature: `v1` or any `v1-*` area feature.
#[derive(Clone)]
pub struct EditAction {
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_any_area)]
impl ::std::default::Default for EditAction {
    #[inline]
    fn default() -> Self {
        Self {
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_any_area)]
impl rt::Object for EditAction {
    const TYPE_NAME: &'static str = "microsoft.graph.editAction";
    const KEYS: &'static [&'static str] = &[];
    const KEYS_JSON: &'static [&'static str] = &[];
    const TAG: &'static str = "\"#microsoft.graph.editAction\"";
    #[inline]
    #[allow(unused_variables)]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {}
}
#[cfg(msgraph_v1_any_area)]
impl rt::object::Members for EditAction {
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
rt::impl_object!(EditAction);
#[cfg(msgraph_v1_any_area)]
#[cfg(feature = "serde")]
rt::impl_serde!(EditAction);
#[cfg(msgraph_v1_device_management_or_search)]
/// Windows 10 Edition Upgrade configuration.
///
/// CSDL: `microsoft.graph.editionUpgradeConfiguration`, entity type, derived from `microsoft.graph.deviceConfiguration`, key `id`.
///
/// Request builders: [`DeviceConfigurationPath`](requests/trait.DeviceConfigurationPath.html), what a path to one (`EntityPath<EditionUpgradeConfiguration, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone)]
pub struct EditionUpgradeConfiguration {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// DateTime the object was created.
    ///
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Admin provided description of the Device Configuration.
    ///
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// Admin provided name of the device configuration.
    ///
    /// CSDL: property `displayName`: `Edm.String`, not nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// DateTime the object was last modified.
    ///
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Version of the device configuration.
    ///
    /// CSDL: property `version`: `Edm.Int32`, not nullable.
    pub version: rt::Field<i32>,
    /// The list of assignments for the device configuration profile.
    ///
    /// CSDL: containment navigation property `assignments`: `Collection(microsoft.graph.deviceConfigurationAssignment)`, not nullable.
    pub assignments: rt::Field<
        ::std::vec::Vec<crate::v1::DeviceConfigurationAssignment>,
    >,
    /// Device Configuration Setting State Device Summary
    ///
    /// CSDL: containment navigation property `deviceSettingStateSummaries`: `Collection(microsoft.graph.settingStateDeviceSummary)`, not nullable.
    pub device_setting_state_summaries: rt::Field<
        ::std::vec::Vec<crate::v1::SettingStateDeviceSummary>,
    >,
    /// Device configuration installation status by device.
    ///
    /// CSDL: containment navigation property `deviceStatuses`: `Collection(microsoft.graph.deviceConfigurationDeviceStatus)`, not nullable.
    pub device_statuses: rt::Field<
        ::std::vec::Vec<crate::v1::DeviceConfigurationDeviceStatus>,
    >,
    /// Device Configuration devices status overview
    ///
    /// CSDL: containment navigation property `deviceStatusOverview`: `microsoft.graph.deviceConfigurationDeviceOverview`, nullable.
    pub device_status_overview: rt::Field<crate::v1::DeviceConfigurationDeviceOverview>,
    /// Device configuration installation status by user.
    ///
    /// CSDL: containment navigation property `userStatuses`: `Collection(microsoft.graph.deviceConfigurationUserStatus)`, not nullable.
    pub user_statuses: rt::Field<
        ::std::vec::Vec<crate::v1::DeviceConfigurationUserStatus>,
    >,
    /// Device Configuration users status overview
    ///
    /// CSDL: containment navigation property `userStatusOverview`: `microsoft.graph.deviceConfigurationUserOverview`, nullable.
    pub user_status_overview: rt::Field<crate::v1::DeviceConfigurationUserOverview>,
    /// Edition Upgrade License File Content.
    ///
    /// CSDL: property `license`: `Edm.String`, nullable.
    pub license: rt::Field<::std::string::String>,
    /// Edition Upgrade License Type.
    ///
    /// CSDL: property `licenseType`: `microsoft.graph.editionUpgradeLicenseType`, not nullable.
    pub license_type: rt::Field<crate::v1::EditionUpgradeLicenseType>,
    /// Edition Upgrade Product Key.
    ///
    /// CSDL: property `productKey`: `Edm.String`, nullable.
    pub product_key: rt::Field<::std::string::String>,
    /// Edition Upgrade Target Edition.
    ///
    /// CSDL: property `targetEdition`: `microsoft.graph.windows10EditionType`, not nullable.
    pub target_edition: rt::Field<crate::v1::Windows10EditionType>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default for EditionUpgradeConfiguration {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            version: rt::Field::Absent,
            assignments: rt::Field::Absent,
            device_setting_state_summaries: rt::Field::Absent,
            device_statuses: rt::Field::Absent,
            device_status_overview: rt::Field::Absent,
            user_statuses: rt::Field::Absent,
            user_status_overview: rt::Field::Absent,
            license: rt::Field::Absent,
            license_type: rt::Field::Absent,
            product_key: rt::Field::Absent,
            target_edition: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object for EditionUpgradeConfiguration {
    const TYPE_NAME: &'static str = "microsoft.graph.editionUpgradeConfiguration";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdDateTime",
        "description",
        "displayName",
        "lastModifiedDateTime",
        "version",
        "assignments",
        "deviceSettingStateSummaries",
        "deviceStatuses",
        "deviceStatusOverview",
        "userStatuses",
        "userStatusOverview",
        "license",
        "licenseType",
        "productKey",
        "targetEdition",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdDateTime\":              ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"lastModifiedDateTime\":         ",
        ",\"version\":                      ",
        ",\"assignments\":                  ",
        ",\"deviceSettingStateSummaries\":  ",
        ",\"deviceStatuses\":               ",
        ",\"deviceStatusOverview\":         ",
        ",\"userStatuses\":                 ",
        ",\"userStatusOverview\":           ",
        ",\"license\":                      ",
        ",\"licenseType\":                  ",
        ",\"productKey\":                   ",
        ",\"targetEdition\":                ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.editionUpgradeConfiguration\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_date_time", &self.created_date_time);
        v.field(2usize, "description", &self.description);
        v.field(3usize, "display_name", &self.display_name);
        v.field(4usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(5usize, "version", &self.version);
        v.field(6usize, "assignments", &self.assignments);
        v.field(
            7usize,
            "device_setting_state_summaries",
            &self.device_setting_state_summaries,
        );
        v.field(8usize, "device_statuses", &self.device_statuses);
        v.field(9usize, "device_status_overview", &self.device_status_overview);
        v.field(10usize, "user_statuses", &self.user_statuses);
        v.field(11usize, "user_status_overview", &self.user_status_overview);
        v.field(12usize, "license", &self.license);
        v.field(13usize, "license_type", &self.license_type);
        v.field(14usize, "product_key", &self.product_key);
        v.field(15usize, "target_edition", &self.target_edition);
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members for EditionUpgradeConfiguration {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_date_time.read_from(r),
            2usize => self.description.read_from(r),
            3usize => self.display_name.read_from(r),
            4usize => self.last_modified_date_time.read_from(r),
            5usize => self.version.read_from(r),
            6usize => self.assignments.read_from(r),
            7usize => self.device_setting_state_summaries.read_from(r),
            8usize => self.device_statuses.read_from(r),
            9usize => self.device_status_overview.read_from(r),
            10usize => self.user_statuses.read_from(r),
            11usize => self.user_status_overview.read_from(r),
            12usize => self.license.read_from(r),
            13usize => self.license_type.read_from(r),
            14usize => self.product_key.read_from(r),
            15usize => self.target_edition.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.created_date_time);
        w.field(2usize, &self.description);
        w.field(3usize, &self.display_name);
        w.field(4usize, &self.last_modified_date_time);
        w.field(5usize, &self.version);
        w.field(6usize, &self.assignments);
        w.field(7usize, &self.device_setting_state_summaries);
        w.field(8usize, &self.device_statuses);
        w.field(9usize, &self.device_status_overview);
        w.field(10usize, &self.user_statuses);
        w.field(11usize, &self.user_status_overview);
        w.field(12usize, &self.license);
        w.field(13usize, &self.license_type);
        w.field(14usize, &self.product_key);
        w.field(15usize, &self.target_edition);
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
rt::impl_object!(EditionUpgradeConfiguration);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    EditionUpgradeConfiguration { with_id id : ::std::string::String;
    with_created_date_time created_date_time : rt::edm::DateTimeOffset; with_description
    description : ::std::string::String; with_display_name display_name :
    ::std::string::String; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_version version : i32; with_assignments assignments :
    ::std::vec::Vec < crate ::v1::DeviceConfigurationAssignment >;
    with_device_setting_state_summaries device_setting_state_summaries : ::std::vec::Vec
    < crate ::v1::SettingStateDeviceSummary >; with_device_statuses device_statuses :
    ::std::vec::Vec < crate ::v1::DeviceConfigurationDeviceStatus >;
    with_device_status_overview device_status_overview : crate
    ::v1::DeviceConfigurationDeviceOverview; with_user_statuses user_statuses :
    ::std::vec::Vec < crate ::v1::DeviceConfigurationUserStatus >;
    with_user_status_overview user_status_overview : crate
    ::v1::DeviceConfigurationUserOverview; with_license license : ::std::string::String;
    with_license_type license_type : crate ::v1::EditionUpgradeLicenseType;
    with_product_key product_key : ::std::string::String; with_target_edition
    target_edition : crate ::v1::Windows10EditionType; }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(EditionUpgradeConfiguration);
#[cfg(msgraph_v1_device_management_or_search)]
/// Edition Upgrade License type
///
/// CSDL: `microsoft.graph.editionUpgradeLicenseType`, enum type.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum EditionUpgradeLicenseType {
    /// Product Key Type
    ///
    /// `productKey` (value 0).
    ProductKey,
    /// License File Type
    ///
    /// `licenseFile` (value 1).
    LicenseFile,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::StrEnum for EditionUpgradeLicenseType {
    const TYPE_NAME: &'static str = "microsoft.graph.editionUpgradeLicenseType";
    const MEMBERS: &'static [&'static str] = &["productKey", "licenseFile"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "productKey" => Self::ProductKey,
                "licenseFile" => Self::LicenseFile,
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
            Self::ProductKey => "productKey",
            Self::LicenseFile => "licenseFile",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_enum!(EditionUpgradeLicenseType);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(EditionUpgradeLicenseType);
#[cfg(msgraph_v1_education_or_search)]
/// CSDL: `microsoft.graph.educationCourse`, complex type.
///
/// Features: `v1`, or one of `v1-education`, `v1-search`.
#[derive(Clone)]
pub struct EducationCourse {
    /// CSDL: property `courseNumber`: `Edm.String`, nullable.
    pub course_number: rt::Field<::std::string::String>,
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `externalId`: `Edm.String`, nullable.
    pub external_id: rt::Field<::std::string::String>,
    /// CSDL: property `subject`: `Edm.String`, nullable.
    pub subject: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_education_or_search)]
impl ::std::default::Default for EducationCourse {
    #[inline]
    fn default() -> Self {
        Self {
            course_number: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            external_id: rt::Field::Absent,
            subject: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_education_or_search)]
impl rt::Object for EducationCourse {
    const TYPE_NAME: &'static str = "microsoft.graph.educationCourse";
    const KEYS: &'static [&'static str] = &[
        "courseNumber",
        "description",
        "displayName",
        "externalId",
        "subject",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"courseNumber\":                 ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"externalId\":                   ",
        ",\"subject\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.educationCourse\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "course_number", &self.course_number);
        v.field(1usize, "description", &self.description);
        v.field(2usize, "display_name", &self.display_name);
        v.field(3usize, "external_id", &self.external_id);
        v.field(4usize, "subject", &self.subject);
    }
}
#[cfg(msgraph_v1_education_or_search)]
impl rt::object::Members for EducationCourse {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.course_number.read_from(r),
            1usize => self.description.read_from(r),
            2usize => self.display_name.read_from(r),
            3usize => self.external_id.read_from(r),
            4usize => self.subject.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.course_number);
        w.field(1usize, &self.description);
        w.field(2usize, &self.display_name);
        w.field(3usize, &self.external_id);
        w.field(4usize, &self.subject);
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
#[cfg(msgraph_v1_education_or_search)]
rt::impl_object!(EducationCourse);
#[cfg(msgraph_v1_education_or_search)]
rt::impl_setters!(
    EducationCourse { with_course_number course_number : ::std::string::String;
    with_description description : ::std::string::String; with_display_name display_name
    : ::std::string::String; with_external_id external_id : ::std::string::String;
    with_subject subject : ::std::string::String; }
);
#[cfg(msgraph_v1_education_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(EducationCourse);
#[cfg(msgraph_v1_education_or_search)]
/// CSDL: `microsoft.graph.educationExternalSource`, enum type.
///
/// Features: `v1`, or one of `v1-education`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum EducationExternalSource {
    /// `sis` (value 0).
    Sis,
    /// `manual` (value 1).
    Manual,
    /// `unknownFutureValue` (value 2).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_education_or_search)]
impl rt::StrEnum for EducationExternalSource {
    const TYPE_NAME: &'static str = "microsoft.graph.educationExternalSource";
    const MEMBERS: &'static [&'static str] = &["sis", "manual", "unknownFutureValue"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "sis" => Self::Sis,
                "manual" => Self::Manual,
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
            Self::Sis => "sis",
            Self::Manual => "manual",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_education_or_search)]
rt::impl_enum!(EducationExternalSource);
#[cfg(msgraph_v1_education_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(EducationExternalSource);
#[cfg(msgraph_v1_education_or_search)]
/// CSDL: `microsoft.graph.educationGender`, enum type.
///
/// Features: `v1`, or one of `v1-education`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum EducationGender {
    /// `female` (value 0).
    Female,
    /// `male` (value 1).
    Male,
    /// `other` (value 2).
    Other,
    /// `unknownFutureValue` (value 3).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_education_or_search)]
impl rt::StrEnum for EducationGender {
    const TYPE_NAME: &'static str = "microsoft.graph.educationGender";
    const MEMBERS: &'static [&'static str] = &[
        "female",
        "male",
        "other",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "female" => Self::Female,
                "male" => Self::Male,
                "other" => Self::Other,
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
            Self::Female => "female",
            Self::Male => "male",
            Self::Other => "other",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_education_or_search)]
rt::impl_enum!(EducationGender);
#[cfg(msgraph_v1_education_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(EducationGender);
#[cfg(msgraph_v1_education_or_search)]
/// CSDL: `microsoft.graph.educationOnPremisesInfo`, complex type.
///
/// Features: `v1`, or one of `v1-education`, `v1-search`.
#[derive(Clone)]
pub struct EducationOnPremisesInfo {
    /// CSDL: property `immutableId`: `Edm.String`, nullable.
    pub immutable_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_education_or_search)]
impl ::std::default::Default for EducationOnPremisesInfo {
    #[inline]
    fn default() -> Self {
        Self {
            immutable_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_education_or_search)]
impl rt::Object for EducationOnPremisesInfo {
    const TYPE_NAME: &'static str = "microsoft.graph.educationOnPremisesInfo";
    const KEYS: &'static [&'static str] = &["immutableId"];
    const KEYS_JSON: &'static [&'static str] = &[",\"immutableId\":                  "];
    const TAG: &'static str = "\"#microsoft.graph.educationOnPremisesInfo\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "immutable_id", &self.immutable_id);
    }
}
#[cfg(msgraph_v1_education_or_search)]
impl rt::object::Members for EducationOnPremisesInfo {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.immutable_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.immutable_id);
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
#[cfg(msgraph_v1_education_or_search)]
rt::impl_object!(EducationOnPremisesInfo);
#[cfg(msgraph_v1_education_or_search)]
rt::impl_setters!(
    EducationOnPremisesInfo { with_immutable_id immutable_id : ::std::string::String; }
);
#[cfg(msgraph_v1_education_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(EducationOnPremisesInfo);
#[cfg(msgraph_v1_education_or_search)]
/// CSDL: `microsoft.graph.educationStudent`, complex type.
///
/// Features: `v1`, or one of `v1-education`, `v1-search`.
#[derive(Clone)]
pub struct EducationStudent {
    /// CSDL: property `birthDate`: `Edm.Date`, nullable.
    pub birth_date: rt::Field<rt::edm::Date>,
    /// CSDL: property `externalId`: `Edm.String`, nullable.
    pub external_id: rt::Field<::std::string::String>,
    /// CSDL: property `gender`: `microsoft.graph.educationGender`, nullable.
    pub gender: rt::Field<crate::v1::EducationGender>,
    /// CSDL: property `grade`: `Edm.String`, nullable.
    pub grade: rt::Field<::std::string::String>,
    /// CSDL: property `graduationYear`: `Edm.String`, nullable.
    pub graduation_year: rt::Field<::std::string::String>,
    /// CSDL: property `studentNumber`: `Edm.String`, nullable.
    pub student_number: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_education_or_search)]
impl ::std::default::Default for EducationStudent {
    #[inline]
    fn default() -> Self {
        Self {
            birth_date: rt::Field::Absent,
            external_id: rt::Field::Absent,
            gender: rt::Field::Absent,
            grade: rt::Field::Absent,
            graduation_year: rt::Field::Absent,
            student_number: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_education_or_search)]
impl rt::Object for EducationStudent {
    const TYPE_NAME: &'static str = "microsoft.graph.educationStudent";
    const KEYS: &'static [&'static str] = &[
        "birthDate",
        "externalId",
        "gender",
        "grade",
        "graduationYear",
        "studentNumber",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"birthDate\":                    ",
        ",\"externalId\":                   ",
        ",\"gender\":                       ",
        ",\"grade\":                        ",
        ",\"graduationYear\":               ",
        ",\"studentNumber\":                ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.educationStudent\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "birth_date", &self.birth_date);
        v.field(1usize, "external_id", &self.external_id);
        v.field(2usize, "gender", &self.gender);
        v.field(3usize, "grade", &self.grade);
        v.field(4usize, "graduation_year", &self.graduation_year);
        v.field(5usize, "student_number", &self.student_number);
    }
}
#[cfg(msgraph_v1_education_or_search)]
impl rt::object::Members for EducationStudent {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.birth_date.read_from(r),
            1usize => self.external_id.read_from(r),
            2usize => self.gender.read_from(r),
            3usize => self.grade.read_from(r),
            4usize => self.graduation_year.read_from(r),
            5usize => self.student_number.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.birth_date);
        w.field(1usize, &self.external_id);
        w.field(2usize, &self.gender);
        w.field(3usize, &self.grade);
        w.field(4usize, &self.graduation_year);
        w.field(5usize, &self.student_number);
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
#[cfg(msgraph_v1_education_or_search)]
rt::impl_object!(EducationStudent);
#[cfg(msgraph_v1_education_or_search)]
rt::impl_setters!(
    EducationStudent { with_birth_date birth_date : rt::edm::Date; with_external_id
    external_id : ::std::string::String; with_gender gender : crate
    ::v1::EducationGender; with_grade grade : ::std::string::String; with_graduation_year
    graduation_year : ::std::string::String; with_student_number student_number :
    ::std::string::String; }
);
#[cfg(msgraph_v1_education_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(EducationStudent);
#[cfg(msgraph_v1_education_or_search)]
/// CSDL: `microsoft.graph.educationTeacher`, complex type.
///
/// Features: `v1`, or one of `v1-education`, `v1-search`.
#[derive(Clone)]
pub struct EducationTeacher {
    /// CSDL: property `externalId`: `Edm.String`, nullable.
    pub external_id: rt::Field<::std::string::String>,
    /// CSDL: property `teacherNumber`: `Edm.String`, nullable.
    pub teacher_number: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_education_or_search)]
impl ::std::default::Default for EducationTeacher {
    #[inline]
    fn default() -> Self {
        Self {
            external_id: rt::Field::Absent,
            teacher_number: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_education_or_search)]
impl rt::Object for EducationTeacher {
    const TYPE_NAME: &'static str = "microsoft.graph.educationTeacher";
    const KEYS: &'static [&'static str] = &["externalId", "teacherNumber"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"externalId\":                   ",
        ",\"teacherNumber\":                ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.educationTeacher\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "external_id", &self.external_id);
        v.field(1usize, "teacher_number", &self.teacher_number);
    }
}
#[cfg(msgraph_v1_education_or_search)]
impl rt::object::Members for EducationTeacher {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.external_id.read_from(r),
            1usize => self.teacher_number.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.external_id);
        w.field(1usize, &self.teacher_number);
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
#[cfg(msgraph_v1_education_or_search)]
rt::impl_object!(EducationTeacher);
#[cfg(msgraph_v1_education_or_search)]
rt::impl_setters!(
    EducationTeacher { with_external_id external_id : ::std::string::String;
    with_teacher_number teacher_number : ::std::string::String; }
);
#[cfg(msgraph_v1_education_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(EducationTeacher);
#[cfg(msgraph_v1_education_or_search)]
/// CSDL: `microsoft.graph.educationUserRole`, enum type.
///
/// Features: `v1`, or one of `v1-education`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum EducationUserRole {
    /// `student` (value 0).
    Student,
    /// `teacher` (value 1).
    Teacher,
    /// `none` (value 2).
    None,
    /// `unknownFutureValue` (value 3).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_education_or_search)]
impl rt::StrEnum for EducationUserRole {
    const TYPE_NAME: &'static str = "microsoft.graph.educationUserRole";
    const MEMBERS: &'static [&'static str] = &[
        "student",
        "teacher",
        "none",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "student" => Self::Student,
                "teacher" => Self::Teacher,
                "none" => Self::None,
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
            Self::Student => "student",
            Self::Teacher => "teacher",
            Self::None => "none",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_education_or_search)]
rt::impl_enum!(EducationUserRole);
#[cfg(msgraph_v1_education_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(EducationUserRole);
#[cfg(msgraph_v1_search_or_teamwork)]
/// CSDL: `microsoft.graph.eligibilityFilteringEnabledEntities`, enum type, flags (comma-separated in JSON).
///
/// Features: `v1`, or one of `v1-search`, `v1-teamwork`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum EligibilityFilteringEnabledEntities {
    /// `none` (value 0).
    None,
    /// `swapRequest` (value 1).
    SwapRequest,
    /// `offerShiftRequest` (value 2).
    OfferShiftRequest,
    /// `unknownFutureValue` (value 4).
    UnknownFutureValue,
    /// `timeOffReason` (value 8).
    TimeOffReason,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_search_or_teamwork)]
impl rt::StrEnum for EligibilityFilteringEnabledEntities {
    const TYPE_NAME: &'static str = "microsoft.graph.eligibilityFilteringEnabledEntities";
    const MEMBERS: &'static [&'static str] = &[
        "none",
        "swapRequest",
        "offerShiftRequest",
        "unknownFutureValue",
        "timeOffReason",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "none" => Self::None,
                "swapRequest" => Self::SwapRequest,
                "offerShiftRequest" => Self::OfferShiftRequest,
                "unknownFutureValue" => Self::UnknownFutureValue,
                "timeOffReason" => Self::TimeOffReason,
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
            Self::SwapRequest => "swapRequest",
            Self::OfferShiftRequest => "offerShiftRequest",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::TimeOffReason => "timeOffReason",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_search_or_teamwork)]
rt::impl_enum!(EligibilityFilteringEnabledEntities);
#[cfg(msgraph_v1_search_or_teamwork)]
#[cfg(feature = "serde")]
rt::impl_serde!(EligibilityFilteringEnabledEntities);
#[cfg(msgraph_v1_identity_governance_or_search)]
/// CSDL: `microsoft.graph.eligibilityScheduleInstanceFilterByCurrentUserOptions`, enum type.
///
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum EligibilityScheduleInstanceFilterByCurrentUserOptions {
    /// `principal` (value 1).
    Principal,
    /// `unknownFutureValue` (value 2).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::StrEnum for EligibilityScheduleInstanceFilterByCurrentUserOptions {
    const TYPE_NAME: &'static str = "microsoft.graph.eligibilityScheduleInstanceFilterByCurrentUserOptions";
    const MEMBERS: &'static [&'static str] = &["principal", "unknownFutureValue"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "principal" => Self::Principal,
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
            Self::Principal => "principal",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_enum!(EligibilityScheduleInstanceFilterByCurrentUserOptions);
#[cfg(msgraph_v1_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(EligibilityScheduleInstanceFilterByCurrentUserOptions);
#[cfg(msgraph_v1_information_protection_or_search)]
/// CSDL: `microsoft.graph.emailFileAssessmentRequest`, entity type, derived from `microsoft.graph.threatAssessmentRequest`, key `id`.
///
/// Request builders: [`ThreatAssessmentRequestPath`](requests/trait.ThreatAssessmentRequestPath.html), what a path to one (`EntityPath<EmailFileAssessmentRequest, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-information-protection`, `v1-search`.
#[derive(Clone)]
pub struct EmailFileAssessmentRequest {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `category`: `microsoft.graph.threatCategory`, not nullable.
    pub category: rt::Field<crate::v1::ThreatCategory>,
    /// CSDL: property `contentType`: `microsoft.graph.threatAssessmentContentType`, nullable.
    pub content_type: rt::Field<crate::v1::ThreatAssessmentContentType>,
    /// CSDL: property `createdBy`: `microsoft.graph.identitySet`, nullable.
    pub created_by: rt::Field<crate::v1::AnyIdentitySet>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `expectedAssessment`: `microsoft.graph.threatExpectedAssessment`, not nullable.
    pub expected_assessment: rt::Field<crate::v1::ThreatExpectedAssessment>,
    /// CSDL: property `requestSource`: `microsoft.graph.threatAssessmentRequestSource`, nullable.
    pub request_source: rt::Field<crate::v1::ThreatAssessmentRequestSource>,
    /// CSDL: property `status`: `microsoft.graph.threatAssessmentStatus`, nullable.
    pub status: rt::Field<crate::v1::ThreatAssessmentStatus>,
    /// CSDL: containment navigation property `results`: `Collection(microsoft.graph.threatAssessmentResult)`, not nullable.
    pub results: rt::Field<::std::vec::Vec<crate::v1::ThreatAssessmentResult>>,
    /// CSDL: property `contentData`: `Edm.String`, not nullable.
    pub content_data: rt::Field<::std::string::String>,
    /// CSDL: property `destinationRoutingReason`: `microsoft.graph.mailDestinationRoutingReason`, nullable.
    pub destination_routing_reason: rt::Field<crate::v1::MailDestinationRoutingReason>,
    /// CSDL: property `recipientEmail`: `Edm.String`, not nullable.
    pub recipient_email: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_information_protection_or_search)]
impl ::std::default::Default for EmailFileAssessmentRequest {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            category: rt::Field::Absent,
            content_type: rt::Field::Absent,
            created_by: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            expected_assessment: rt::Field::Absent,
            request_source: rt::Field::Absent,
            status: rt::Field::Absent,
            results: rt::Field::Absent,
            content_data: rt::Field::Absent,
            destination_routing_reason: rt::Field::Absent,
            recipient_email: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_information_protection_or_search)]
impl rt::Object for EmailFileAssessmentRequest {
    const TYPE_NAME: &'static str = "microsoft.graph.emailFileAssessmentRequest";
    const KEYS: &'static [&'static str] = &[
        "id",
        "category",
        "contentType",
        "createdBy",
        "createdDateTime",
        "expectedAssessment",
        "requestSource",
        "status",
        "results",
        "contentData",
        "destinationRoutingReason",
        "recipientEmail",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"category\":                     ",
        ",\"contentType\":                  ",
        ",\"createdBy\":                    ",
        ",\"createdDateTime\":              ",
        ",\"expectedAssessment\":           ",
        ",\"requestSource\":                ",
        ",\"status\":                       ",
        ",\"results\":                      ",
        ",\"contentData\":                  ",
        ",\"destinationRoutingReason\":     ",
        ",\"recipientEmail\":               ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.emailFileAssessmentRequest\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "category", &self.category);
        v.field(2usize, "content_type", &self.content_type);
        v.field(3usize, "created_by", &self.created_by);
        v.field(4usize, "created_date_time", &self.created_date_time);
        v.field(5usize, "expected_assessment", &self.expected_assessment);
        v.field(6usize, "request_source", &self.request_source);
        v.field(7usize, "status", &self.status);
        v.field(8usize, "results", &self.results);
        v.field(9usize, "content_data", &self.content_data);
        v.field(10usize, "destination_routing_reason", &self.destination_routing_reason);
        v.field(11usize, "recipient_email", &self.recipient_email);
    }
}
#[cfg(msgraph_v1_information_protection_or_search)]
impl rt::object::Members for EmailFileAssessmentRequest {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.category.read_from(r),
            2usize => self.content_type.read_from(r),
            3usize => self.created_by.read_from(r),
            4usize => self.created_date_time.read_from(r),
            5usize => self.expected_assessment.read_from(r),
            6usize => self.request_source.read_from(r),
            7usize => self.status.read_from(r),
            8usize => self.results.read_from(r),
            9usize => self.content_data.read_from(r),
            10usize => self.destination_routing_reason.read_from(r),
            11usize => self.recipient_email.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.category);
        w.field(2usize, &self.content_type);
        w.field(3usize, &self.created_by);
        w.field(4usize, &self.created_date_time);
        w.field(5usize, &self.expected_assessment);
        w.field(6usize, &self.request_source);
        w.field(7usize, &self.status);
        w.field(8usize, &self.results);
        w.field(9usize, &self.content_data);
        w.field(10usize, &self.destination_routing_reason);
        w.field(11usize, &self.recipient_email);
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
#[cfg(msgraph_v1_information_protection_or_search)]
rt::impl_object!(EmailFileAssessmentRequest);
#[cfg(msgraph_v1_information_protection_or_search)]
rt::impl_setters!(
    EmailFileAssessmentRequest { with_id id : ::std::string::String; with_category
    category : crate ::v1::ThreatCategory; with_content_type content_type : crate
    ::v1::ThreatAssessmentContentType; with_created_by created_by : crate
    ::v1::AnyIdentitySet; with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_expected_assessment expected_assessment : crate
    ::v1::ThreatExpectedAssessment; with_request_source request_source : crate
    ::v1::ThreatAssessmentRequestSource; with_status status : crate
    ::v1::ThreatAssessmentStatus; with_results results : ::std::vec::Vec < crate
    ::v1::ThreatAssessmentResult >; with_content_data content_data :
    ::std::string::String; with_destination_routing_reason destination_routing_reason :
    crate ::v1::MailDestinationRoutingReason; with_recipient_email recipient_email :
    ::std::string::String; }
);
#[cfg(msgraph_v1_information_protection_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(EmailFileAssessmentRequest);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.emailPayloadDetail`, complex type, derived from `microsoft.graph.payloadDetail`.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct EmailPayloadDetail {
    /// CSDL: property `coachmarks`: `Collection(microsoft.graph.payloadCoachmark)`, nullable.
    pub coachmarks: rt::Field<::std::vec::Vec<crate::v1::PayloadCoachmark>>,
    /// CSDL: property `content`: `Edm.String`, nullable.
    pub content: rt::Field<::std::string::String>,
    /// CSDL: property `phishingUrl`: `Edm.String`, nullable.
    pub phishing_url: rt::Field<::std::string::String>,
    /// CSDL: property `fromEmail`: `Edm.String`, nullable.
    pub from_email: rt::Field<::std::string::String>,
    /// CSDL: property `fromName`: `Edm.String`, nullable.
    pub from_name: rt::Field<::std::string::String>,
    /// CSDL: property `isExternalSender`: `Edm.Boolean`, nullable.
    pub is_external_sender: rt::Field<bool>,
    /// CSDL: property `subject`: `Edm.String`, nullable.
    pub subject: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for EmailPayloadDetail {
    #[inline]
    fn default() -> Self {
        Self {
            coachmarks: rt::Field::Absent,
            content: rt::Field::Absent,
            phishing_url: rt::Field::Absent,
            from_email: rt::Field::Absent,
            from_name: rt::Field::Absent,
            is_external_sender: rt::Field::Absent,
            subject: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for EmailPayloadDetail {
    const TYPE_NAME: &'static str = "microsoft.graph.emailPayloadDetail";
    const KEYS: &'static [&'static str] = &[
        "coachmarks",
        "content",
        "phishingUrl",
        "fromEmail",
        "fromName",
        "isExternalSender",
        "subject",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"coachmarks\":                   ",
        ",\"content\":                      ",
        ",\"phishingUrl\":                  ",
        ",\"fromEmail\":                    ",
        ",\"fromName\":                     ",
        ",\"isExternalSender\":             ",
        ",\"subject\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.emailPayloadDetail\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "coachmarks", &self.coachmarks);
        v.field(1usize, "content", &self.content);
        v.field(2usize, "phishing_url", &self.phishing_url);
        v.field(3usize, "from_email", &self.from_email);
        v.field(4usize, "from_name", &self.from_name);
        v.field(5usize, "is_external_sender", &self.is_external_sender);
        v.field(6usize, "subject", &self.subject);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for EmailPayloadDetail {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.coachmarks.read_from(r),
            1usize => self.content.read_from(r),
            2usize => self.phishing_url.read_from(r),
            3usize => self.from_email.read_from(r),
            4usize => self.from_name.read_from(r),
            5usize => self.is_external_sender.read_from(r),
            6usize => self.subject.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.coachmarks);
        w.field(1usize, &self.content);
        w.field(2usize, &self.phishing_url);
        w.field(3usize, &self.from_email);
        w.field(4usize, &self.from_name);
        w.field(5usize, &self.is_external_sender);
        w.field(6usize, &self.subject);
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
rt::impl_object!(EmailPayloadDetail);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    EmailPayloadDetail { with_coachmarks coachmarks : ::std::vec::Vec < crate
    ::v1::PayloadCoachmark >; with_content content : ::std::string::String;
    with_phishing_url phishing_url : ::std::string::String; with_from_email from_email :
    ::std::string::String; with_from_name from_name : ::std::string::String;
    with_is_external_sender is_external_sender : bool; with_subject subject :
    ::std::string::String; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(EmailPayloadDetail);
#[cfg(msgraph_v1_identity_governance_or_search)]
/// CSDL: `microsoft.graph.emailSettings`, complex type.
///
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
#[derive(Clone)]
pub struct EmailSettings {
    /// CSDL: property `senderDomain`: `Edm.String`, not nullable.
    pub sender_domain: rt::Field<::std::string::String>,
    /// CSDL: property `useCompanyBranding`: `Edm.Boolean`, not nullable.
    pub use_company_branding: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl ::std::default::Default for EmailSettings {
    #[inline]
    fn default() -> Self {
        Self {
            sender_domain: rt::Field::Absent,
            use_company_branding: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::Object for EmailSettings {
    const TYPE_NAME: &'static str = "microsoft.graph.emailSettings";
    const KEYS: &'static [&'static str] = &["senderDomain", "useCompanyBranding"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"senderDomain\":                 ",
        ",\"useCompanyBranding\":           ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.emailSettings\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "sender_domain", &self.sender_domain);
        v.field(1usize, "use_company_branding", &self.use_company_branding);
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::object::Members for EmailSettings {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.sender_domain.read_from(r),
            1usize => self.use_company_branding.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.sender_domain);
        w.field(1usize, &self.use_company_branding);
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
rt::impl_object!(EmailSettings);
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_setters!(
    EmailSettings { with_sender_domain sender_domain : ::std::string::String;
    with_use_company_branding use_company_branding : bool; }
);
#[cfg(msgraph_v1_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(EmailSettings);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.employeeOrgData`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct EmployeeOrgData {
    /// CSDL: property `costCenter`: `Edm.String`, nullable.
    pub cost_center: rt::Field<::std::string::String>,
    /// CSDL: property `division`: `Edm.String`, nullable.
    pub division: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for EmployeeOrgData {
    #[inline]
    fn default() -> Self {
        Self {
            cost_center: rt::Field::Absent,
            division: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for EmployeeOrgData {
    const TYPE_NAME: &'static str = "microsoft.graph.employeeOrgData";
    const KEYS: &'static [&'static str] = &["costCenter", "division"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"costCenter\":                   ",
        ",\"division\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.employeeOrgData\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "cost_center", &self.cost_center);
        v.field(1usize, "division", &self.division);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for EmployeeOrgData {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.cost_center.read_from(r),
            1usize => self.division.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.cost_center);
        w.field(1usize, &self.division);
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
rt::impl_object!(EmployeeOrgData);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    EmployeeOrgData { with_cost_center cost_center : ::std::string::String; with_division
    division : ::std::string::String; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(EmployeeOrgData);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.endUserNotification`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`EndUserNotificationPath`](requests/trait.EndUserNotificationPath.html), what a path to one (`EntityPath<EndUserNotification, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct EndUserNotification {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `createdBy`: `microsoft.graph.emailIdentity`, nullable.
    pub created_by: rt::Field<crate::v1::EmailIdentity>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `lastModifiedBy`: `microsoft.graph.emailIdentity`, nullable.
    pub last_modified_by: rt::Field<crate::v1::EmailIdentity>,
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `notificationType`: `microsoft.graph.endUserNotificationType`, nullable.
    pub notification_type: rt::Field<crate::v1::EndUserNotificationType>,
    /// CSDL: property `source`: `microsoft.graph.simulationContentSource`, nullable.
    pub source: rt::Field<crate::v1::SimulationContentSource>,
    /// CSDL: property `status`: `microsoft.graph.simulationContentStatus`, nullable.
    pub status: rt::Field<crate::v1::SimulationContentStatus>,
    /// CSDL: property `supportedLocales`: `Collection(Edm.String)`, nullable.
    pub supported_locales: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: containment navigation property `details`: `Collection(microsoft.graph.endUserNotificationDetail)`, not nullable.
    pub details: rt::Field<::std::vec::Vec<crate::v1::EndUserNotificationDetail>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for EndUserNotification {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_by: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            last_modified_by: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            notification_type: rt::Field::Absent,
            source: rt::Field::Absent,
            status: rt::Field::Absent,
            supported_locales: rt::Field::Absent,
            details: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for EndUserNotification {
    const TYPE_NAME: &'static str = "microsoft.graph.endUserNotification";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdBy",
        "createdDateTime",
        "description",
        "displayName",
        "lastModifiedBy",
        "lastModifiedDateTime",
        "notificationType",
        "source",
        "status",
        "supportedLocales",
        "details",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdBy\":                    ",
        ",\"createdDateTime\":              ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"lastModifiedBy\":               ",
        ",\"lastModifiedDateTime\":         ",
        ",\"notificationType\":             ",
        ",\"source\":                       ",
        ",\"status\":                       ",
        ",\"supportedLocales\":             ",
        ",\"details\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.endUserNotification\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_by", &self.created_by);
        v.field(2usize, "created_date_time", &self.created_date_time);
        v.field(3usize, "description", &self.description);
        v.field(4usize, "display_name", &self.display_name);
        v.field(5usize, "last_modified_by", &self.last_modified_by);
        v.field(6usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(7usize, "notification_type", &self.notification_type);
        v.field(8usize, "source", &self.source);
        v.field(9usize, "status", &self.status);
        v.field(10usize, "supported_locales", &self.supported_locales);
        v.field(11usize, "details", &self.details);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for EndUserNotification {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_by.read_from(r),
            2usize => self.created_date_time.read_from(r),
            3usize => self.description.read_from(r),
            4usize => self.display_name.read_from(r),
            5usize => self.last_modified_by.read_from(r),
            6usize => self.last_modified_date_time.read_from(r),
            7usize => self.notification_type.read_from(r),
            8usize => self.source.read_from(r),
            9usize => self.status.read_from(r),
            10usize => self.supported_locales.read_from(r),
            11usize => self.details.read_from(r),
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
        w.field(5usize, &self.last_modified_by);
        w.field(6usize, &self.last_modified_date_time);
        w.field(7usize, &self.notification_type);
        w.field(8usize, &self.source);
        w.field(9usize, &self.status);
        w.field(10usize, &self.supported_locales);
        w.field(11usize, &self.details);
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
rt::impl_object!(EndUserNotification);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    EndUserNotification { with_id id : ::std::string::String; with_created_by created_by
    : crate ::v1::EmailIdentity; with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_description description : ::std::string::String;
    with_display_name display_name : ::std::string::String; with_last_modified_by
    last_modified_by : crate ::v1::EmailIdentity; with_last_modified_date_time
    last_modified_date_time : rt::edm::DateTimeOffset; with_notification_type
    notification_type : crate ::v1::EndUserNotificationType; with_source source : crate
    ::v1::SimulationContentSource; with_status status : crate
    ::v1::SimulationContentStatus; with_supported_locales supported_locales :
    ::std::vec::Vec < ::std::string::String >; with_details details : ::std::vec::Vec <
    crate ::v1::EndUserNotificationDetail >; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(EndUserNotification);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.endUserNotificationDetail`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`EndUserNotificationDetailPath`](requests/trait.EndUserNotificationDetailPath.html), what a path to one (`EntityPath<EndUserNotificationDetail, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct EndUserNotificationDetail {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `emailContent`: `Edm.String`, not nullable.
    pub email_content: rt::Field<::std::string::String>,
    /// CSDL: property `isDefaultLangauge`: `Edm.Boolean`, nullable.
    pub is_default_langauge: rt::Field<bool>,
    /// CSDL: property `language`: `Edm.String`, not nullable.
    pub language: rt::Field<::std::string::String>,
    /// CSDL: property `locale`: `Edm.String`, not nullable.
    pub locale: rt::Field<::std::string::String>,
    /// CSDL: property `sentFrom`: `microsoft.graph.emailIdentity`, not nullable.
    pub sent_from: rt::Field<crate::v1::EmailIdentity>,
    /// CSDL: property `subject`: `Edm.String`, not nullable.
    pub subject: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for EndUserNotificationDetail {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            email_content: rt::Field::Absent,
            is_default_langauge: rt::Field::Absent,
            language: rt::Field::Absent,
            locale: rt::Field::Absent,
            sent_from: rt::Field::Absent,
            subject: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for EndUserNotificationDetail {
    const TYPE_NAME: &'static str = "microsoft.graph.endUserNotificationDetail";
    const KEYS: &'static [&'static str] = &[
        "id",
        "emailContent",
        "isDefaultLangauge",
        "language",
        "locale",
        "sentFrom",
        "subject",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"emailContent\":                 ",
        ",\"isDefaultLangauge\":            ",
        ",\"language\":                     ",
        ",\"locale\":                       ",
        ",\"sentFrom\":                     ",
        ",\"subject\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.endUserNotificationDetail\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "email_content", &self.email_content);
        v.field(2usize, "is_default_langauge", &self.is_default_langauge);
        v.field(3usize, "language", &self.language);
        v.field(4usize, "locale", &self.locale);
        v.field(5usize, "sent_from", &self.sent_from);
        v.field(6usize, "subject", &self.subject);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for EndUserNotificationDetail {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.email_content.read_from(r),
            2usize => self.is_default_langauge.read_from(r),
            3usize => self.language.read_from(r),
            4usize => self.locale.read_from(r),
            5usize => self.sent_from.read_from(r),
            6usize => self.subject.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.email_content);
        w.field(2usize, &self.is_default_langauge);
        w.field(3usize, &self.language);
        w.field(4usize, &self.locale);
        w.field(5usize, &self.sent_from);
        w.field(6usize, &self.subject);
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
rt::impl_object!(EndUserNotificationDetail);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    EndUserNotificationDetail { with_id id : ::std::string::String; with_email_content
    email_content : ::std::string::String; with_is_default_langauge is_default_langauge :
    bool; with_language language : ::std::string::String; with_locale locale :
    ::std::string::String; with_sent_from sent_from : crate ::v1::EmailIdentity;
    with_subject subject : ::std::string::String; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(EndUserNotificationDetail);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.endUserNotificationPreference`, enum type.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum EndUserNotificationPreference {
    /// `unknown` (value 0).
    Unknown,
    /// `microsoft` (value 1).
    Microsoft,
    /// `custom` (value 2).
    Custom,
    /// `unknownFutureValue` (value 3).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::StrEnum for EndUserNotificationPreference {
    const TYPE_NAME: &'static str = "microsoft.graph.endUserNotificationPreference";
    const MEMBERS: &'static [&'static str] = &[
        "unknown",
        "microsoft",
        "custom",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "unknown" => Self::Unknown,
                "microsoft" => Self::Microsoft,
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
            Self::Unknown => "unknown",
            Self::Microsoft => "microsoft",
            Self::Custom => "custom",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
rt::impl_enum!(EndUserNotificationPreference);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(EndUserNotificationPreference);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.endUserNotificationSetting`, complex type, abstract.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct EndUserNotificationSetting {
    /// CSDL: property `notificationPreference`: `microsoft.graph.endUserNotificationPreference`, nullable.
    pub notification_preference: rt::Field<crate::v1::EndUserNotificationPreference>,
    /// CSDL: property `positiveReinforcement`: `microsoft.graph.positiveReinforcementNotification`, nullable.
    pub positive_reinforcement: rt::Field<crate::v1::PositiveReinforcementNotification>,
    /// CSDL: property `settingType`: `microsoft.graph.endUserNotificationSettingType`, nullable.
    pub setting_type: rt::Field<crate::v1::EndUserNotificationSettingType>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for EndUserNotificationSetting {
    #[inline]
    fn default() -> Self {
        Self {
            notification_preference: rt::Field::Absent,
            positive_reinforcement: rt::Field::Absent,
            setting_type: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for EndUserNotificationSetting {
    const TYPE_NAME: &'static str = "microsoft.graph.endUserNotificationSetting";
    const KEYS: &'static [&'static str] = &[
        "notificationPreference",
        "positiveReinforcement",
        "settingType",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"notificationPreference\":       ",
        ",\"positiveReinforcement\":        ",
        ",\"settingType\":                  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.endUserNotificationSetting\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "notification_preference", &self.notification_preference);
        v.field(1usize, "positive_reinforcement", &self.positive_reinforcement);
        v.field(2usize, "setting_type", &self.setting_type);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for EndUserNotificationSetting {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.notification_preference.read_from(r),
            1usize => self.positive_reinforcement.read_from(r),
            2usize => self.setting_type.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.notification_preference);
        w.field(1usize, &self.positive_reinforcement);
        w.field(2usize, &self.setting_type);
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
rt::impl_object!(EndUserNotificationSetting);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    EndUserNotificationSetting { with_notification_preference notification_preference :
    crate ::v1::EndUserNotificationPreference; with_positive_reinforcement
    positive_reinforcement : crate ::v1::PositiveReinforcementNotification;
    with_setting_type setting_type : crate ::v1::EndUserNotificationSettingType; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(EndUserNotificationSetting);
#[cfg(msgraph_v1_search_or_security)]
/// `microsoft.graph.endUserNotificationSetting` or any type derived from it, selected by `@odata.type` (3 types); each variant's type converts into it (`From`).
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyEndUserNotificationSetting {
    EndUserNotificationSetting(::std::boxed::Box<crate::v1::EndUserNotificationSetting>),
    NoTrainingNotificationSetting(
        ::std::boxed::Box<crate::v1::NoTrainingNotificationSetting>,
    ),
    TrainingNotificationSetting(
        ::std::boxed::Box<crate::v1::TrainingNotificationSetting>,
    ),
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for AnyEndUserNotificationSetting {
    #[inline]
    fn default() -> Self {
        Self::EndUserNotificationSetting(::std::default::Default::default())
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::EndUserNotificationSetting>
for AnyEndUserNotificationSetting {
    #[inline]
    fn from(v: crate::v1::EndUserNotificationSetting) -> Self {
        Self::EndUserNotificationSetting(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::NoTrainingNotificationSetting>
for AnyEndUserNotificationSetting {
    #[inline]
    fn from(v: crate::v1::NoTrainingNotificationSetting) -> Self {
        Self::NoTrainingNotificationSetting(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::TrainingNotificationSetting>
for AnyEndUserNotificationSetting {
    #[inline]
    fn from(v: crate::v1::TrainingNotificationSetting) -> Self {
        Self::TrainingNotificationSetting(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
unsafe impl ::std::marker::Send for AnyEndUserNotificationSetting {}
#[cfg(msgraph_v1_search_or_security)]
unsafe impl ::std::marker::Sync for AnyEndUserNotificationSetting {}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::marker::Unpin for AnyEndUserNotificationSetting {}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::panic::UnwindSafe for AnyEndUserNotificationSetting {}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::panic::RefUnwindSafe for AnyEndUserNotificationSetting {}
#[cfg(msgraph_v1_search_or_security)]
const _: () = {
    rt::object::auto_traits::<crate::v1::EndUserNotificationSetting>();
    rt::object::auto_traits::<crate::v1::NoTrainingNotificationSetting>();
    rt::object::auto_traits::<crate::v1::TrainingNotificationSetting>();
};
#[cfg(msgraph_v1_search_or_security)]
impl rt::Poly for AnyEndUserNotificationSetting {
    const BASE_NAME: &'static str = "microsoft.graph.endUserNotificationSetting";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some(
                "microsoft.graph.noTrainingNotificationSetting",
            ) => Self::NoTrainingNotificationSetting(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.trainingNotificationSetting",
            ) => Self::TrainingNotificationSetting(rt::object::new_boxed()),
            _ => Self::EndUserNotificationSetting(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::EndUserNotificationSetting(v) => &**v,
            Self::NoTrainingNotificationSetting(v) => &**v,
            Self::TrainingNotificationSetting(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::EndUserNotificationSetting(v) => &mut **v,
            Self::NoTrainingNotificationSetting(v) => &mut **v,
            Self::TrainingNotificationSetting(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl AnyEndUserNotificationSetting {
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
    /// `notificationPreference` of any variant.
    #[inline]
    pub fn notification_preference(
        &self,
    ) -> &rt::Field<crate::v1::EndUserNotificationPreference> {
        match self {
            Self::EndUserNotificationSetting(v) => &v.notification_preference,
            Self::NoTrainingNotificationSetting(v) => &v.notification_preference,
            Self::TrainingNotificationSetting(v) => &v.notification_preference,
        }
    }
    /// `notificationPreference` of any variant.
    #[inline]
    pub fn notification_preference_mut(
        &mut self,
    ) -> &mut rt::Field<crate::v1::EndUserNotificationPreference> {
        match self {
            Self::EndUserNotificationSetting(v) => &mut v.notification_preference,
            Self::NoTrainingNotificationSetting(v) => &mut v.notification_preference,
            Self::TrainingNotificationSetting(v) => &mut v.notification_preference,
        }
    }
    /// `positiveReinforcement` of any variant.
    #[inline]
    pub fn positive_reinforcement(
        &self,
    ) -> &rt::Field<crate::v1::PositiveReinforcementNotification> {
        match self {
            Self::EndUserNotificationSetting(v) => &v.positive_reinforcement,
            Self::NoTrainingNotificationSetting(v) => &v.positive_reinforcement,
            Self::TrainingNotificationSetting(v) => &v.positive_reinforcement,
        }
    }
    /// `positiveReinforcement` of any variant.
    #[inline]
    pub fn positive_reinforcement_mut(
        &mut self,
    ) -> &mut rt::Field<crate::v1::PositiveReinforcementNotification> {
        match self {
            Self::EndUserNotificationSetting(v) => &mut v.positive_reinforcement,
            Self::NoTrainingNotificationSetting(v) => &mut v.positive_reinforcement,
            Self::TrainingNotificationSetting(v) => &mut v.positive_reinforcement,
        }
    }
    /// `settingType` of any variant.
    #[inline]
    pub fn setting_type(&self) -> &rt::Field<crate::v1::EndUserNotificationSettingType> {
        match self {
            Self::EndUserNotificationSetting(v) => &v.setting_type,
            Self::NoTrainingNotificationSetting(v) => &v.setting_type,
            Self::TrainingNotificationSetting(v) => &v.setting_type,
        }
    }
    /// `settingType` of any variant.
    #[inline]
    pub fn setting_type_mut(
        &mut self,
    ) -> &mut rt::Field<crate::v1::EndUserNotificationSettingType> {
        match self {
            Self::EndUserNotificationSetting(v) => &mut v.setting_type,
            Self::NoTrainingNotificationSetting(v) => &mut v.setting_type,
            Self::TrainingNotificationSetting(v) => &mut v.setting_type,
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
rt::impl_poly!(AnyEndUserNotificationSetting);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyEndUserNotificationSetting);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.endUserNotificationSettingType`, enum type.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum EndUserNotificationSettingType {
    /// `unknown` (value 0).
    Unknown,
    /// `noTraining` (value 1).
    NoTraining,
    /// `trainingSelected` (value 2).
    TrainingSelected,
    /// `noNotification` (value 3).
    NoNotification,
    /// `unknownFutureValue` (value 4).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::StrEnum for EndUserNotificationSettingType {
    const TYPE_NAME: &'static str = "microsoft.graph.endUserNotificationSettingType";
    const MEMBERS: &'static [&'static str] = &[
        "unknown",
        "noTraining",
        "trainingSelected",
        "noNotification",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "unknown" => Self::Unknown,
                "noTraining" => Self::NoTraining,
                "trainingSelected" => Self::TrainingSelected,
                "noNotification" => Self::NoNotification,
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
            Self::NoTraining => "noTraining",
            Self::TrainingSelected => "trainingSelected",
            Self::NoNotification => "noNotification",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
rt::impl_enum!(EndUserNotificationSettingType);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(EndUserNotificationSettingType);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.endUserNotificationType`, enum type.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum EndUserNotificationType {
    /// `unknown` (value 0).
    Unknown,
    /// `positiveReinforcement` (value 1).
    PositiveReinforcement,
    /// `noTraining` (value 2).
    NoTraining,
    /// `trainingAssignment` (value 3).
    TrainingAssignment,
    /// `trainingReminder` (value 4).
    TrainingReminder,
    /// `unknownFutureValue` (value 5).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::StrEnum for EndUserNotificationType {
    const TYPE_NAME: &'static str = "microsoft.graph.endUserNotificationType";
    const MEMBERS: &'static [&'static str] = &[
        "unknown",
        "positiveReinforcement",
        "noTraining",
        "trainingAssignment",
        "trainingReminder",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "unknown" => Self::Unknown,
                "positiveReinforcement" => Self::PositiveReinforcement,
                "noTraining" => Self::NoTraining,
                "trainingAssignment" => Self::TrainingAssignment,
                "trainingReminder" => Self::TrainingReminder,
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
            Self::PositiveReinforcement => "positiveReinforcement",
            Self::NoTraining => "noTraining",
            Self::TrainingAssignment => "trainingAssignment",
            Self::TrainingReminder => "trainingReminder",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
rt::impl_enum!(EndUserNotificationType);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(EndUserNotificationType);
#[cfg(msgraph_v1_search)]
/// CSDL: `microsoft.graph.entityType`, enum type.
///
/// Features: `v1` or `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum EntityType {
    /// `event` (value 0).
    Event,
    /// `message` (value 1).
    Message,
    /// `driveItem` (value 2).
    DriveItem,
    /// `externalItem` (value 4).
    ExternalItem,
    /// `site` (value 5).
    Site,
    /// `list` (value 6).
    List,
    /// `listItem` (value 7).
    ListItem,
    /// `drive` (value 8).
    Drive,
    /// `unknownFutureValue` (value 9).
    UnknownFutureValue,
    /// `chatMessage` (value 10).
    ChatMessage,
    /// `person` (value 11).
    Person,
    /// `acronym` (value 12).
    Acronym,
    /// `bookmark` (value 13).
    Bookmark,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_search)]
impl rt::StrEnum for EntityType {
    const TYPE_NAME: &'static str = "microsoft.graph.entityType";
    const MEMBERS: &'static [&'static str] = &[
        "event",
        "message",
        "driveItem",
        "externalItem",
        "site",
        "list",
        "listItem",
        "drive",
        "unknownFutureValue",
        "chatMessage",
        "person",
        "acronym",
        "bookmark",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "event" => Self::Event,
                "message" => Self::Message,
                "driveItem" => Self::DriveItem,
                "externalItem" => Self::ExternalItem,
                "site" => Self::Site,
                "list" => Self::List,
                "listItem" => Self::ListItem,
                "drive" => Self::Drive,
                "unknownFutureValue" => Self::UnknownFutureValue,
                "chatMessage" => Self::ChatMessage,
                "person" => Self::Person,
                "acronym" => Self::Acronym,
                "bookmark" => Self::Bookmark,
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
            Self::Event => "event",
            Self::Message => "message",
            Self::DriveItem => "driveItem",
            Self::ExternalItem => "externalItem",
            Self::Site => "site",
            Self::List => "list",
            Self::ListItem => "listItem",
            Self::Drive => "drive",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::ChatMessage => "chatMessage",
            Self::Person => "person",
            Self::Acronym => "acronym",
            Self::Bookmark => "bookmark",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_search)]
rt::impl_enum!(EntityType);
#[cfg(msgraph_v1_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(EntityType);
#[cfg(msgraph_v1_any_area)]
/// CSDL: `microsoft.graph.entryExportStatus`, enum type.
///
/// Feature: `v1` or any `v1-*` area feature.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum EntryExportStatus {
    /// `Noop` (value 0).
    Noop,
    /// `Success` (value 1).
    Success,
    /// `RetryableError` (value 2).
    RetryableError,
    /// `PermanentError` (value 3).
    PermanentError,
    /// `Error` (value 4).
    Error,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_any_area)]
impl rt::StrEnum for EntryExportStatus {
    const TYPE_NAME: &'static str = "microsoft.graph.entryExportStatus";
    const MEMBERS: &'static [&'static str] = &[
        "Noop",
        "Success",
        "RetryableError",
        "PermanentError",
        "Error",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "Noop" => Self::Noop,
                "Success" => Self::Success,
                "RetryableError" => Self::RetryableError,
                "PermanentError" => Self::PermanentError,
                "Error" => Self::Error,
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
            Self::Noop => "Noop",
            Self::Success => "Success",
            Self::RetryableError => "RetryableError",
            Self::PermanentError => "PermanentError",
            Self::Error => "Error",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_any_area)]
rt::impl_enum!(EntryExportStatus);
#[cfg(msgraph_v1_any_area)]
#[cfg(feature = "serde")]
rt::impl_serde!(EntryExportStatus);
#[cfg(msgraph_v1_policies_or_search)]
/// CSDL: `microsoft.graph.enumeratedDeviceRegistrationMembership`, complex type, derived from `microsoft.graph.deviceRegistrationMembership`.
///
/// Features: `v1`, or one of `v1-policies`, `v1-search`.
#[derive(Clone)]
pub struct EnumeratedDeviceRegistrationMembership {
    /// CSDL: property `groups`: `Collection(Edm.String)`, nullable.
    pub groups: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `users`: `Collection(Edm.String)`, nullable.
    pub users: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_policies_or_search)]
impl ::std::default::Default for EnumeratedDeviceRegistrationMembership {
    #[inline]
    fn default() -> Self {
        Self {
            groups: rt::Field::Absent,
            users: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_policies_or_search)]
impl rt::Object for EnumeratedDeviceRegistrationMembership {
    const TYPE_NAME: &'static str = "microsoft.graph.enumeratedDeviceRegistrationMembership";
    const KEYS: &'static [&'static str] = &["groups", "users"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"groups\":                       ",
        ",\"users\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.enumeratedDeviceRegistrationMembership\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "groups", &self.groups);
        v.field(1usize, "users", &self.users);
    }
}
#[cfg(msgraph_v1_policies_or_search)]
impl rt::object::Members for EnumeratedDeviceRegistrationMembership {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.groups.read_from(r),
            1usize => self.users.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.groups);
        w.field(1usize, &self.users);
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
#[cfg(msgraph_v1_policies_or_search)]
rt::impl_object!(EnumeratedDeviceRegistrationMembership);
#[cfg(msgraph_v1_policies_or_search)]
rt::impl_setters!(
    EnumeratedDeviceRegistrationMembership { with_groups groups : ::std::vec::Vec <
    ::std::string::String >; with_users users : ::std::vec::Vec < ::std::string::String
    >; }
);
#[cfg(msgraph_v1_policies_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(EnumeratedDeviceRegistrationMembership);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.enumeratedScopes`, complex type, derived from `microsoft.graph.inheritableScopes`.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct EnumeratedScopes {
    /// CSDL: property `kind`: `microsoft.graph.scopeCollectionKind`, not nullable.
    pub kind: rt::Field<crate::v1::ScopeCollectionKind>,
    /// CSDL: property `scopes`: `Collection(Edm.String)`, not nullable.
    pub scopes: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for EnumeratedScopes {
    #[inline]
    fn default() -> Self {
        Self {
            kind: rt::Field::Absent,
            scopes: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for EnumeratedScopes {
    const TYPE_NAME: &'static str = "microsoft.graph.enumeratedScopes";
    const KEYS: &'static [&'static str] = &["kind", "scopes"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"kind\":                         ",
        ",\"scopes\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.enumeratedScopes\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "kind", &self.kind);
        v.field(1usize, "scopes", &self.scopes);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for EnumeratedScopes {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.kind.read_from(r),
            1usize => self.scopes.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.kind);
        w.field(1usize, &self.scopes);
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
rt::impl_object!(EnumeratedScopes);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    EnumeratedScopes { with_kind kind : crate ::v1::ScopeCollectionKind; with_scopes
    scopes : ::std::vec::Vec < ::std::string::String >; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(EnumeratedScopes);
#[cfg(msgraph_v1_admin_or_search)]
/// CSDL: `microsoft.graph.errorDetail`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-search`.
#[derive(Clone)]
pub struct ErrorDetail {
    /// CSDL: property `errorMessage`: `Edm.String`, not nullable.
    pub error_message: rt::Field<::std::string::String>,
    /// CSDL: property `resourceInstanceName`: `Edm.String`, not nullable.
    pub resource_instance_name: rt::Field<::std::string::String>,
    /// CSDL: property `resourceType`: `Edm.String`, not nullable.
    pub resource_type: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_admin_or_search)]
impl ::std::default::Default for ErrorDetail {
    #[inline]
    fn default() -> Self {
        Self {
            error_message: rt::Field::Absent,
            resource_instance_name: rt::Field::Absent,
            resource_type: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_admin_or_search)]
impl rt::Object for ErrorDetail {
    const TYPE_NAME: &'static str = "microsoft.graph.errorDetail";
    const KEYS: &'static [&'static str] = &[
        "errorMessage",
        "resourceInstanceName",
        "resourceType",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"errorMessage\":                 ",
        ",\"resourceInstanceName\":         ",
        ",\"resourceType\":                 ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.errorDetail\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "error_message", &self.error_message);
        v.field(1usize, "resource_instance_name", &self.resource_instance_name);
        v.field(2usize, "resource_type", &self.resource_type);
    }
}
#[cfg(msgraph_v1_admin_or_search)]
impl rt::object::Members for ErrorDetail {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.error_message.read_from(r),
            1usize => self.resource_instance_name.read_from(r),
            2usize => self.resource_type.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.error_message);
        w.field(1usize, &self.resource_instance_name);
        w.field(2usize, &self.resource_type);
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
rt::impl_object!(ErrorDetail);
#[cfg(msgraph_v1_admin_or_search)]
rt::impl_setters!(
    ErrorDetail { with_error_message error_message : ::std::string::String;
    with_resource_instance_name resource_instance_name : ::std::string::String;
    with_resource_type resource_type : ::std::string::String; }
);
#[cfg(msgraph_v1_admin_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ErrorDetail);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.event`, entity type, derived from `microsoft.graph.outlookItem`, open, key `id`.
///
/// Request builders: [`EventPath`](requests/trait.EventPath.html), what a path to one (`EntityPath<Event, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct Event {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `categories`: `Collection(Edm.String)`, nullable.
    pub categories: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `changeKey`: `Edm.String`, nullable.
    pub change_key: rt::Field<::std::string::String>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `allowNewTimeProposals`: `Edm.Boolean`, nullable.
    pub allow_new_time_proposals: rt::Field<bool>,
    /// CSDL: property `attendees`: `Collection(microsoft.graph.attendee)`, nullable.
    pub attendees: rt::Field<::std::vec::Vec<crate::v1::Attendee>>,
    /// CSDL: property `body`: `microsoft.graph.itemBody`, nullable.
    pub body: rt::Field<crate::v1::ItemBody>,
    /// CSDL: property `bodyPreview`: `Edm.String`, nullable.
    pub body_preview: rt::Field<::std::string::String>,
    /// CSDL: property `cancelledOccurrences`: `Collection(Edm.String)`, not nullable.
    pub cancelled_occurrences: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `end`: `microsoft.graph.dateTimeTimeZone`, nullable.
    pub end: rt::Field<crate::v1::DateTimeTimeZone>,
    /// CSDL: property `hasAttachments`: `Edm.Boolean`, nullable.
    pub has_attachments: rt::Field<bool>,
    /// CSDL: property `hideAttendees`: `Edm.Boolean`, nullable.
    pub hide_attendees: rt::Field<bool>,
    /// CSDL: property `iCalUId`: `Edm.String`, nullable.
    pub i_cal_u_id: rt::Field<::std::string::String>,
    /// CSDL: property `importance`: `microsoft.graph.importance`, nullable.
    pub importance: rt::Field<crate::v1::Importance>,
    /// CSDL: property `isAllDay`: `Edm.Boolean`, nullable.
    pub is_all_day: rt::Field<bool>,
    /// CSDL: property `isCancelled`: `Edm.Boolean`, nullable.
    pub is_cancelled: rt::Field<bool>,
    /// CSDL: property `isDraft`: `Edm.Boolean`, nullable.
    pub is_draft: rt::Field<bool>,
    /// CSDL: property `isOnlineMeeting`: `Edm.Boolean`, nullable.
    pub is_online_meeting: rt::Field<bool>,
    /// CSDL: property `isOrganizer`: `Edm.Boolean`, nullable.
    pub is_organizer: rt::Field<bool>,
    /// CSDL: property `isReminderOn`: `Edm.Boolean`, nullable.
    pub is_reminder_on: rt::Field<bool>,
    /// CSDL: property `location`: `microsoft.graph.location`, nullable.
    pub location: rt::Field<crate::v1::AnyLocation>,
    /// CSDL: property `locations`: `Collection(microsoft.graph.location)`, nullable.
    pub locations: rt::Field<::std::vec::Vec<crate::v1::AnyLocation>>,
    /// CSDL: property `onlineMeeting`: `microsoft.graph.onlineMeetingInfo`, nullable.
    pub online_meeting: rt::Field<crate::v1::OnlineMeetingInfo>,
    /// CSDL: property `onlineMeetingProvider`: `microsoft.graph.onlineMeetingProviderType`, nullable.
    pub online_meeting_provider: rt::Field<crate::v1::OnlineMeetingProviderType>,
    /// CSDL: property `onlineMeetingUrl`: `Edm.String`, nullable.
    pub online_meeting_url: rt::Field<::std::string::String>,
    /// CSDL: property `organizer`: `microsoft.graph.recipient`, nullable.
    pub organizer: rt::Field<crate::v1::AnyRecipient>,
    /// CSDL: property `originalEndTimeZone`: `Edm.String`, nullable.
    pub original_end_time_zone: rt::Field<::std::string::String>,
    /// CSDL: property `originalStart`: `Edm.DateTimeOffset`, nullable.
    pub original_start: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `originalStartTimeZone`: `Edm.String`, nullable.
    pub original_start_time_zone: rt::Field<::std::string::String>,
    /// CSDL: property `recurrence`: `microsoft.graph.patternedRecurrence`, nullable.
    pub recurrence: rt::Field<crate::v1::PatternedRecurrence>,
    /// CSDL: property `reminderMinutesBeforeStart`: `Edm.Int32`, nullable.
    pub reminder_minutes_before_start: rt::Field<i32>,
    /// CSDL: property `responseRequested`: `Edm.Boolean`, nullable.
    pub response_requested: rt::Field<bool>,
    /// CSDL: property `responseStatus`: `microsoft.graph.responseStatus`, nullable.
    pub response_status: rt::Field<crate::v1::ResponseStatus>,
    /// CSDL: property `sensitivity`: `microsoft.graph.sensitivity`, nullable.
    pub sensitivity: rt::Field<crate::v1::Sensitivity>,
    /// CSDL: property `seriesMasterId`: `Edm.String`, nullable.
    pub series_master_id: rt::Field<::std::string::String>,
    /// CSDL: property `showAs`: `microsoft.graph.freeBusyStatus`, nullable.
    pub show_as: rt::Field<crate::v1::FreeBusyStatus>,
    /// CSDL: property `start`: `microsoft.graph.dateTimeTimeZone`, nullable.
    pub start: rt::Field<crate::v1::DateTimeTimeZone>,
    /// CSDL: property `subject`: `Edm.String`, nullable.
    pub subject: rt::Field<::std::string::String>,
    /// CSDL: property `transactionId`: `Edm.String`, nullable.
    pub transaction_id: rt::Field<::std::string::String>,
    /// CSDL: property `type`: `microsoft.graph.eventType`, nullable.
    pub type_: rt::Field<crate::v1::EventType>,
    /// CSDL: property `webLink`: `Edm.String`, nullable.
    pub web_link: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `attachments`: `Collection(microsoft.graph.attachment)`, not nullable.
    pub attachments: rt::Field<::std::vec::Vec<crate::v1::AnyAttachment>>,
    /// CSDL: navigation property `calendar`: `microsoft.graph.calendar`, nullable.
    pub calendar: rt::Field<crate::v1::Calendar>,
    /// CSDL: containment navigation property `exceptionOccurrences`: `Collection(microsoft.graph.event)`, not nullable.
    pub exception_occurrences: rt::Field<::std::vec::Vec<crate::v1::Event>>,
    /// CSDL: containment navigation property `extensions`: `Collection(microsoft.graph.extension)`, not nullable.
    pub extensions: rt::Field<::std::vec::Vec<crate::v1::AnyExtension>>,
    /// CSDL: containment navigation property `instances`: `Collection(microsoft.graph.event)`, not nullable.
    pub instances: rt::Field<::std::vec::Vec<crate::v1::Event>>,
    /// CSDL: containment navigation property `multiValueExtendedProperties`: `Collection(microsoft.graph.multiValueLegacyExtendedProperty)`, not nullable.
    pub multi_value_extended_properties: rt::Field<
        ::std::vec::Vec<crate::v1::MultiValueLegacyExtendedProperty>,
    >,
    /// CSDL: containment navigation property `singleValueExtendedProperties`: `Collection(microsoft.graph.singleValueLegacyExtendedProperty)`, not nullable.
    pub single_value_extended_properties: rt::Field<
        ::std::vec::Vec<crate::v1::SingleValueLegacyExtendedProperty>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for Event {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            categories: rt::Field::Absent,
            change_key: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            allow_new_time_proposals: rt::Field::Absent,
            attendees: rt::Field::Absent,
            body: rt::Field::Absent,
            body_preview: rt::Field::Absent,
            cancelled_occurrences: rt::Field::Absent,
            end: rt::Field::Absent,
            has_attachments: rt::Field::Absent,
            hide_attendees: rt::Field::Absent,
            i_cal_u_id: rt::Field::Absent,
            importance: rt::Field::Absent,
            is_all_day: rt::Field::Absent,
            is_cancelled: rt::Field::Absent,
            is_draft: rt::Field::Absent,
            is_online_meeting: rt::Field::Absent,
            is_organizer: rt::Field::Absent,
            is_reminder_on: rt::Field::Absent,
            location: rt::Field::Absent,
            locations: rt::Field::Absent,
            online_meeting: rt::Field::Absent,
            online_meeting_provider: rt::Field::Absent,
            online_meeting_url: rt::Field::Absent,
            organizer: rt::Field::Absent,
            original_end_time_zone: rt::Field::Absent,
            original_start: rt::Field::Absent,
            original_start_time_zone: rt::Field::Absent,
            recurrence: rt::Field::Absent,
            reminder_minutes_before_start: rt::Field::Absent,
            response_requested: rt::Field::Absent,
            response_status: rt::Field::Absent,
            sensitivity: rt::Field::Absent,
            series_master_id: rt::Field::Absent,
            show_as: rt::Field::Absent,
            start: rt::Field::Absent,
            subject: rt::Field::Absent,
            transaction_id: rt::Field::Absent,
            type_: rt::Field::Absent,
            web_link: rt::Field::Absent,
            attachments: rt::Field::Absent,
            calendar: rt::Field::Absent,
            exception_occurrences: rt::Field::Absent,
            extensions: rt::Field::Absent,
            instances: rt::Field::Absent,
            multi_value_extended_properties: rt::Field::Absent,
            single_value_extended_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for Event {
    const TYPE_NAME: &'static str = "microsoft.graph.event";
    const KEYS: &'static [&'static str] = &[
        "id",
        "categories",
        "changeKey",
        "createdDateTime",
        "lastModifiedDateTime",
        "allowNewTimeProposals",
        "attendees",
        "body",
        "bodyPreview",
        "cancelledOccurrences",
        "end",
        "hasAttachments",
        "hideAttendees",
        "iCalUId",
        "importance",
        "isAllDay",
        "isCancelled",
        "isDraft",
        "isOnlineMeeting",
        "isOrganizer",
        "isReminderOn",
        "location",
        "locations",
        "onlineMeeting",
        "onlineMeetingProvider",
        "onlineMeetingUrl",
        "organizer",
        "originalEndTimeZone",
        "originalStart",
        "originalStartTimeZone",
        "recurrence",
        "reminderMinutesBeforeStart",
        "responseRequested",
        "responseStatus",
        "sensitivity",
        "seriesMasterId",
        "showAs",
        "start",
        "subject",
        "transactionId",
        "type",
        "webLink",
        "attachments",
        "calendar",
        "exceptionOccurrences",
        "extensions",
        "instances",
        "multiValueExtendedProperties",
        "singleValueExtendedProperties",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"categories\":                   ",
        ",\"changeKey\":                    ",
        ",\"createdDateTime\":              ",
        ",\"lastModifiedDateTime\":         ",
        ",\"allowNewTimeProposals\":        ",
        ",\"attendees\":                    ",
        ",\"body\":                         ",
        ",\"bodyPreview\":                  ",
        ",\"cancelledOccurrences\":         ",
        ",\"end\":                          ",
        ",\"hasAttachments\":               ",
        ",\"hideAttendees\":                ",
        ",\"iCalUId\":                      ",
        ",\"importance\":                   ",
        ",\"isAllDay\":                     ",
        ",\"isCancelled\":                  ",
        ",\"isDraft\":                      ",
        ",\"isOnlineMeeting\":              ",
        ",\"isOrganizer\":                  ",
        ",\"isReminderOn\":                 ",
        ",\"location\":                     ",
        ",\"locations\":                    ",
        ",\"onlineMeeting\":                ",
        ",\"onlineMeetingProvider\":        ",
        ",\"onlineMeetingUrl\":             ",
        ",\"organizer\":                    ",
        ",\"originalEndTimeZone\":          ",
        ",\"originalStart\":                ",
        ",\"originalStartTimeZone\":        ",
        ",\"recurrence\":                   ",
        ",\"reminderMinutesBeforeStart\":   ",
        ",\"responseRequested\":            ",
        ",\"responseStatus\":               ",
        ",\"sensitivity\":                  ",
        ",\"seriesMasterId\":               ",
        ",\"showAs\":                       ",
        ",\"start\":                        ",
        ",\"subject\":                      ",
        ",\"transactionId\":                ",
        ",\"type\":                         ",
        ",\"webLink\":                      ",
        ",\"attachments\":                  ",
        ",\"calendar\":                     ",
        ",\"exceptionOccurrences\":         ",
        ",\"extensions\":                   ",
        ",\"instances\":                    ",
        ",\"multiValueExtendedProperties\": ",
        ",\"singleValueExtendedProperties\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.event\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "categories", &self.categories);
        v.field(2usize, "change_key", &self.change_key);
        v.field(3usize, "created_date_time", &self.created_date_time);
        v.field(4usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(5usize, "allow_new_time_proposals", &self.allow_new_time_proposals);
        v.field(6usize, "attendees", &self.attendees);
        v.field(7usize, "body", &self.body);
        v.field(8usize, "body_preview", &self.body_preview);
        v.field(9usize, "cancelled_occurrences", &self.cancelled_occurrences);
        v.field(10usize, "end", &self.end);
        v.field(11usize, "has_attachments", &self.has_attachments);
        v.field(12usize, "hide_attendees", &self.hide_attendees);
        v.field(13usize, "i_cal_u_id", &self.i_cal_u_id);
        v.field(14usize, "importance", &self.importance);
        v.field(15usize, "is_all_day", &self.is_all_day);
        v.field(16usize, "is_cancelled", &self.is_cancelled);
        v.field(17usize, "is_draft", &self.is_draft);
        v.field(18usize, "is_online_meeting", &self.is_online_meeting);
        v.field(19usize, "is_organizer", &self.is_organizer);
        v.field(20usize, "is_reminder_on", &self.is_reminder_on);
        v.field(21usize, "location", &self.location);
        v.field(22usize, "locations", &self.locations);
        v.field(23usize, "online_meeting", &self.online_meeting);
        v.field(24usize, "online_meeting_provider", &self.online_meeting_provider);
        v.field(25usize, "online_meeting_url", &self.online_meeting_url);
        v.field(26usize, "organizer", &self.organizer);
        v.field(27usize, "original_end_time_zone", &self.original_end_time_zone);
        v.field(28usize, "original_start", &self.original_start);
        v.field(29usize, "original_start_time_zone", &self.original_start_time_zone);
        v.field(30usize, "recurrence", &self.recurrence);
        v.field(
            31usize,
            "reminder_minutes_before_start",
            &self.reminder_minutes_before_start,
        );
        v.field(32usize, "response_requested", &self.response_requested);
        v.field(33usize, "response_status", &self.response_status);
        v.field(34usize, "sensitivity", &self.sensitivity);
        v.field(35usize, "series_master_id", &self.series_master_id);
        v.field(36usize, "show_as", &self.show_as);
        v.field(37usize, "start", &self.start);
        v.field(38usize, "subject", &self.subject);
        v.field(39usize, "transaction_id", &self.transaction_id);
        v.field(40usize, "type_", &self.type_);
        v.field(41usize, "web_link", &self.web_link);
        v.field(42usize, "attachments", &self.attachments);
        v.field(43usize, "calendar", &self.calendar);
        v.field(44usize, "exception_occurrences", &self.exception_occurrences);
        v.field(45usize, "extensions", &self.extensions);
        v.field(46usize, "instances", &self.instances);
        v.field(
            47usize,
            "multi_value_extended_properties",
            &self.multi_value_extended_properties,
        );
        v.field(
            48usize,
            "single_value_extended_properties",
            &self.single_value_extended_properties,
        );
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for Event {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.categories.read_from(r),
            2usize => self.change_key.read_from(r),
            3usize => self.created_date_time.read_from(r),
            4usize => self.last_modified_date_time.read_from(r),
            5usize => self.allow_new_time_proposals.read_from(r),
            6usize => self.attendees.read_from(r),
            7usize => self.body.read_from(r),
            8usize => self.body_preview.read_from(r),
            9usize => self.cancelled_occurrences.read_from(r),
            10usize => self.end.read_from(r),
            11usize => self.has_attachments.read_from(r),
            12usize => self.hide_attendees.read_from(r),
            13usize => self.i_cal_u_id.read_from(r),
            14usize => self.importance.read_from(r),
            15usize => self.is_all_day.read_from(r),
            16usize => self.is_cancelled.read_from(r),
            17usize => self.is_draft.read_from(r),
            18usize => self.is_online_meeting.read_from(r),
            19usize => self.is_organizer.read_from(r),
            20usize => self.is_reminder_on.read_from(r),
            21usize => self.location.read_from(r),
            22usize => self.locations.read_from(r),
            23usize => self.online_meeting.read_from(r),
            24usize => self.online_meeting_provider.read_from(r),
            25usize => self.online_meeting_url.read_from(r),
            26usize => self.organizer.read_from(r),
            27usize => self.original_end_time_zone.read_from(r),
            28usize => self.original_start.read_from(r),
            29usize => self.original_start_time_zone.read_from(r),
            30usize => self.recurrence.read_from(r),
            31usize => self.reminder_minutes_before_start.read_from(r),
            32usize => self.response_requested.read_from(r),
            33usize => self.response_status.read_from(r),
            34usize => self.sensitivity.read_from(r),
            35usize => self.series_master_id.read_from(r),
            36usize => self.show_as.read_from(r),
            37usize => self.start.read_from(r),
            38usize => self.subject.read_from(r),
            39usize => self.transaction_id.read_from(r),
            40usize => self.type_.read_from(r),
            41usize => self.web_link.read_from(r),
            42usize => self.attachments.read_from(r),
            43usize => self.calendar.read_from(r),
            44usize => self.exception_occurrences.read_from(r),
            45usize => self.extensions.read_from(r),
            46usize => self.instances.read_from(r),
            47usize => self.multi_value_extended_properties.read_from(r),
            48usize => self.single_value_extended_properties.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.categories);
        w.field(2usize, &self.change_key);
        w.field(3usize, &self.created_date_time);
        w.field(4usize, &self.last_modified_date_time);
        w.field(5usize, &self.allow_new_time_proposals);
        w.field(6usize, &self.attendees);
        w.field(7usize, &self.body);
        w.field(8usize, &self.body_preview);
        w.field(9usize, &self.cancelled_occurrences);
        w.field(10usize, &self.end);
        w.field(11usize, &self.has_attachments);
        w.field(12usize, &self.hide_attendees);
        w.field(13usize, &self.i_cal_u_id);
        w.field(14usize, &self.importance);
        w.field(15usize, &self.is_all_day);
        w.field(16usize, &self.is_cancelled);
        w.field(17usize, &self.is_draft);
        w.field(18usize, &self.is_online_meeting);
        w.field(19usize, &self.is_organizer);
        w.field(20usize, &self.is_reminder_on);
        w.field(21usize, &self.location);
        w.field(22usize, &self.locations);
        w.field(23usize, &self.online_meeting);
        w.field(24usize, &self.online_meeting_provider);
        w.field(25usize, &self.online_meeting_url);
        w.field(26usize, &self.organizer);
        w.field(27usize, &self.original_end_time_zone);
        w.field(28usize, &self.original_start);
        w.field(29usize, &self.original_start_time_zone);
        w.field(30usize, &self.recurrence);
        w.field(31usize, &self.reminder_minutes_before_start);
        w.field(32usize, &self.response_requested);
        w.field(33usize, &self.response_status);
        w.field(34usize, &self.sensitivity);
        w.field(35usize, &self.series_master_id);
        w.field(36usize, &self.show_as);
        w.field(37usize, &self.start);
        w.field(38usize, &self.subject);
        w.field(39usize, &self.transaction_id);
        w.field(40usize, &self.type_);
        w.field(41usize, &self.web_link);
        w.field(42usize, &self.attachments);
        w.field(43usize, &self.calendar);
        w.field(44usize, &self.exception_occurrences);
        w.field(45usize, &self.extensions);
        w.field(46usize, &self.instances);
        w.field(47usize, &self.multi_value_extended_properties);
        w.field(48usize, &self.single_value_extended_properties);
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
rt::impl_object!(Event);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    Event { with_id id : ::std::string::String; with_categories categories :
    ::std::vec::Vec < ::std::string::String >; with_change_key change_key :
    ::std::string::String; with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_allow_new_time_proposals allow_new_time_proposals :
    bool; with_attendees attendees : ::std::vec::Vec < crate ::v1::Attendee >; with_body
    body : crate ::v1::ItemBody; with_body_preview body_preview : ::std::string::String;
    with_cancelled_occurrences cancelled_occurrences : ::std::vec::Vec <
    ::std::string::String >; with_end end : crate ::v1::DateTimeTimeZone;
    with_has_attachments has_attachments : bool; with_hide_attendees hide_attendees :
    bool; with_i_cal_u_id i_cal_u_id : ::std::string::String; with_importance importance
    : crate ::v1::Importance; with_is_all_day is_all_day : bool; with_is_cancelled
    is_cancelled : bool; with_is_draft is_draft : bool; with_is_online_meeting
    is_online_meeting : bool; with_is_organizer is_organizer : bool; with_is_reminder_on
    is_reminder_on : bool; with_location location : crate ::v1::AnyLocation;
    with_locations locations : ::std::vec::Vec < crate ::v1::AnyLocation >;
    with_online_meeting online_meeting : crate ::v1::OnlineMeetingInfo;
    with_online_meeting_provider online_meeting_provider : crate
    ::v1::OnlineMeetingProviderType; with_online_meeting_url online_meeting_url :
    ::std::string::String; with_organizer organizer : crate ::v1::AnyRecipient;
    with_original_end_time_zone original_end_time_zone : ::std::string::String;
    with_original_start original_start : rt::edm::DateTimeOffset;
    with_original_start_time_zone original_start_time_zone : ::std::string::String;
    with_recurrence recurrence : crate ::v1::PatternedRecurrence;
    with_reminder_minutes_before_start reminder_minutes_before_start : i32;
    with_response_requested response_requested : bool; with_response_status
    response_status : crate ::v1::ResponseStatus; with_sensitivity sensitivity : crate
    ::v1::Sensitivity; with_series_master_id series_master_id : ::std::string::String;
    with_show_as show_as : crate ::v1::FreeBusyStatus; with_start start : crate
    ::v1::DateTimeTimeZone; with_subject subject : ::std::string::String;
    with_transaction_id transaction_id : ::std::string::String; with_type type_ : crate
    ::v1::EventType; with_web_link web_link : ::std::string::String; with_attachments
    attachments : ::std::vec::Vec < crate ::v1::AnyAttachment >; with_calendar calendar :
    crate ::v1::Calendar; with_exception_occurrences exception_occurrences :
    ::std::vec::Vec < crate ::v1::Event >; with_extensions extensions : ::std::vec::Vec <
    crate ::v1::AnyExtension >; with_instances instances : ::std::vec::Vec < crate
    ::v1::Event >; with_multi_value_extended_properties multi_value_extended_properties :
    ::std::vec::Vec < crate ::v1::MultiValueLegacyExtendedProperty >;
    with_single_value_extended_properties single_value_extended_properties :
    ::std::vec::Vec < crate ::v1::SingleValueLegacyExtendedProperty >; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(Event);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.eventMessage`, entity type, derived from `microsoft.graph.message`, key `id`.
///
/// Request builders: [`EventMessagePath`](requests/trait.EventMessagePath.html), what a path to one (`EntityPath<AnyEventMessage, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct EventMessage {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `categories`: `Collection(Edm.String)`, nullable.
    pub categories: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `changeKey`: `Edm.String`, nullable.
    pub change_key: rt::Field<::std::string::String>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `bccRecipients`: `Collection(microsoft.graph.recipient)`, nullable.
    pub bcc_recipients: rt::Field<::std::vec::Vec<crate::v1::AnyRecipient>>,
    /// CSDL: property `body`: `microsoft.graph.itemBody`, nullable.
    pub body: rt::Field<crate::v1::ItemBody>,
    /// CSDL: property `bodyPreview`: `Edm.String`, nullable.
    pub body_preview: rt::Field<::std::string::String>,
    /// CSDL: property `ccRecipients`: `Collection(microsoft.graph.recipient)`, nullable.
    pub cc_recipients: rt::Field<::std::vec::Vec<crate::v1::AnyRecipient>>,
    /// CSDL: property `conversationId`: `Edm.String`, nullable.
    pub conversation_id: rt::Field<::std::string::String>,
    /// CSDL: property `conversationIndex`: `Edm.Binary`, nullable.
    pub conversation_index: rt::Field<rt::edm::Binary>,
    /// CSDL: property `flag`: `microsoft.graph.followupFlag`, nullable.
    pub flag: rt::Field<crate::v1::FollowupFlag>,
    /// CSDL: property `from`: `microsoft.graph.recipient`, nullable.
    pub from: rt::Field<crate::v1::AnyRecipient>,
    /// CSDL: property `hasAttachments`: `Edm.Boolean`, nullable.
    pub has_attachments: rt::Field<bool>,
    /// CSDL: property `importance`: `microsoft.graph.importance`, nullable.
    pub importance: rt::Field<crate::v1::Importance>,
    /// CSDL: property `inferenceClassification`: `microsoft.graph.inferenceClassificationType`, nullable.
    pub inference_classification: rt::Field<crate::v1::InferenceClassificationType>,
    /// CSDL: property `internetMessageHeaders`: `Collection(microsoft.graph.internetMessageHeader)`, nullable.
    pub internet_message_headers: rt::Field<
        ::std::vec::Vec<crate::v1::InternetMessageHeader>,
    >,
    /// CSDL: property `internetMessageId`: `Edm.String`, nullable.
    pub internet_message_id: rt::Field<::std::string::String>,
    /// CSDL: property `isDeliveryReceiptRequested`: `Edm.Boolean`, nullable.
    pub is_delivery_receipt_requested: rt::Field<bool>,
    /// CSDL: property `isDraft`: `Edm.Boolean`, nullable.
    pub is_draft: rt::Field<bool>,
    /// CSDL: property `isRead`: `Edm.Boolean`, nullable.
    pub is_read: rt::Field<bool>,
    /// CSDL: property `isReadReceiptRequested`: `Edm.Boolean`, nullable.
    pub is_read_receipt_requested: rt::Field<bool>,
    /// CSDL: property `parentFolderId`: `Edm.String`, nullable.
    pub parent_folder_id: rt::Field<::std::string::String>,
    /// CSDL: property `receivedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub received_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `replyTo`: `Collection(microsoft.graph.recipient)`, nullable.
    pub reply_to: rt::Field<::std::vec::Vec<crate::v1::AnyRecipient>>,
    /// CSDL: property `sender`: `microsoft.graph.recipient`, nullable.
    pub sender: rt::Field<crate::v1::AnyRecipient>,
    /// CSDL: property `sentDateTime`: `Edm.DateTimeOffset`, nullable.
    pub sent_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `subject`: `Edm.String`, nullable.
    pub subject: rt::Field<::std::string::String>,
    /// CSDL: property `toRecipients`: `Collection(microsoft.graph.recipient)`, nullable.
    pub to_recipients: rt::Field<::std::vec::Vec<crate::v1::AnyRecipient>>,
    /// CSDL: property `uniqueBody`: `microsoft.graph.itemBody`, nullable.
    pub unique_body: rt::Field<crate::v1::ItemBody>,
    /// CSDL: property `webLink`: `Edm.String`, nullable.
    pub web_link: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `attachments`: `Collection(microsoft.graph.attachment)`, not nullable.
    pub attachments: rt::Field<::std::vec::Vec<crate::v1::AnyAttachment>>,
    /// CSDL: containment navigation property `extensions`: `Collection(microsoft.graph.extension)`, not nullable.
    pub extensions: rt::Field<::std::vec::Vec<crate::v1::AnyExtension>>,
    /// CSDL: containment navigation property `multiValueExtendedProperties`: `Collection(microsoft.graph.multiValueLegacyExtendedProperty)`, not nullable.
    pub multi_value_extended_properties: rt::Field<
        ::std::vec::Vec<crate::v1::MultiValueLegacyExtendedProperty>,
    >,
    /// CSDL: containment navigation property `singleValueExtendedProperties`: `Collection(microsoft.graph.singleValueLegacyExtendedProperty)`, not nullable.
    pub single_value_extended_properties: rt::Field<
        ::std::vec::Vec<crate::v1::SingleValueLegacyExtendedProperty>,
    >,
    /// CSDL: property `endDateTime`: `microsoft.graph.dateTimeTimeZone`, nullable.
    pub end_date_time: rt::Field<crate::v1::DateTimeTimeZone>,
    /// CSDL: property `isAllDay`: `Edm.Boolean`, nullable.
    pub is_all_day: rt::Field<bool>,
    /// CSDL: property `isDelegated`: `Edm.Boolean`, nullable.
    pub is_delegated: rt::Field<bool>,
    /// CSDL: property `isOutOfDate`: `Edm.Boolean`, nullable.
    pub is_out_of_date: rt::Field<bool>,
    /// CSDL: property `location`: `microsoft.graph.location`, nullable.
    pub location: rt::Field<crate::v1::AnyLocation>,
    /// CSDL: property `meetingMessageType`: `microsoft.graph.meetingMessageType`, nullable.
    pub meeting_message_type: rt::Field<crate::v1::MeetingMessageType>,
    /// CSDL: property `recurrence`: `microsoft.graph.patternedRecurrence`, nullable.
    pub recurrence: rt::Field<crate::v1::PatternedRecurrence>,
    /// CSDL: property `startDateTime`: `microsoft.graph.dateTimeTimeZone`, nullable.
    pub start_date_time: rt::Field<crate::v1::DateTimeTimeZone>,
    /// CSDL: property `type`: `microsoft.graph.eventType`, nullable.
    pub type_: rt::Field<crate::v1::EventType>,
    /// CSDL: containment navigation property `event`: `microsoft.graph.event`, nullable.
    pub event: rt::Field<crate::v1::Event>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for EventMessage {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            categories: rt::Field::Absent,
            change_key: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            bcc_recipients: rt::Field::Absent,
            body: rt::Field::Absent,
            body_preview: rt::Field::Absent,
            cc_recipients: rt::Field::Absent,
            conversation_id: rt::Field::Absent,
            conversation_index: rt::Field::Absent,
            flag: rt::Field::Absent,
            from: rt::Field::Absent,
            has_attachments: rt::Field::Absent,
            importance: rt::Field::Absent,
            inference_classification: rt::Field::Absent,
            internet_message_headers: rt::Field::Absent,
            internet_message_id: rt::Field::Absent,
            is_delivery_receipt_requested: rt::Field::Absent,
            is_draft: rt::Field::Absent,
            is_read: rt::Field::Absent,
            is_read_receipt_requested: rt::Field::Absent,
            parent_folder_id: rt::Field::Absent,
            received_date_time: rt::Field::Absent,
            reply_to: rt::Field::Absent,
            sender: rt::Field::Absent,
            sent_date_time: rt::Field::Absent,
            subject: rt::Field::Absent,
            to_recipients: rt::Field::Absent,
            unique_body: rt::Field::Absent,
            web_link: rt::Field::Absent,
            attachments: rt::Field::Absent,
            extensions: rt::Field::Absent,
            multi_value_extended_properties: rt::Field::Absent,
            single_value_extended_properties: rt::Field::Absent,
            end_date_time: rt::Field::Absent,
            is_all_day: rt::Field::Absent,
            is_delegated: rt::Field::Absent,
            is_out_of_date: rt::Field::Absent,
            location: rt::Field::Absent,
            meeting_message_type: rt::Field::Absent,
            recurrence: rt::Field::Absent,
            start_date_time: rt::Field::Absent,
            type_: rt::Field::Absent,
            event: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for EventMessage {
    const TYPE_NAME: &'static str = "microsoft.graph.eventMessage";
    const KEYS: &'static [&'static str] = &[
        "id",
        "categories",
        "changeKey",
        "createdDateTime",
        "lastModifiedDateTime",
        "bccRecipients",
        "body",
        "bodyPreview",
        "ccRecipients",
        "conversationId",
        "conversationIndex",
        "flag",
        "from",
        "hasAttachments",
        "importance",
        "inferenceClassification",
        "internetMessageHeaders",
        "internetMessageId",
        "isDeliveryReceiptRequested",
        "isDraft",
        "isRead",
        "isReadReceiptRequested",
        "parentFolderId",
        "receivedDateTime",
        "replyTo",
        "sender",
        "sentDateTime",
        "subject",
        "toRecipients",
        "uniqueBody",
        "webLink",
        "attachments",
        "extensions",
        "multiValueExtendedProperties",
        "singleValueExtendedProperties",
        "endDateTime",
        "isAllDay",
        "isDelegated",
        "isOutOfDate",
        "location",
        "meetingMessageType",
        "recurrence",
        "startDateTime",
        "type",
        "event",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"categories\":                   ",
        ",\"changeKey\":                    ",
        ",\"createdDateTime\":              ",
        ",\"lastModifiedDateTime\":         ",
        ",\"bccRecipients\":                ",
        ",\"body\":                         ",
        ",\"bodyPreview\":                  ",
        ",\"ccRecipients\":                 ",
        ",\"conversationId\":               ",
        ",\"conversationIndex\":            ",
        ",\"flag\":                         ",
        ",\"from\":                         ",
        ",\"hasAttachments\":               ",
        ",\"importance\":                   ",
        ",\"inferenceClassification\":      ",
        ",\"internetMessageHeaders\":       ",
        ",\"internetMessageId\":            ",
        ",\"isDeliveryReceiptRequested\":   ",
        ",\"isDraft\":                      ",
        ",\"isRead\":                       ",
        ",\"isReadReceiptRequested\":       ",
        ",\"parentFolderId\":               ",
        ",\"receivedDateTime\":             ",
        ",\"replyTo\":                      ",
        ",\"sender\":                       ",
        ",\"sentDateTime\":                 ",
        ",\"subject\":                      ",
        ",\"toRecipients\":                 ",
        ",\"uniqueBody\":                   ",
        ",\"webLink\":                      ",
        ",\"attachments\":                  ",
        ",\"extensions\":                   ",
        ",\"multiValueExtendedProperties\": ",
        ",\"singleValueExtendedProperties\":",
        ",\"endDateTime\":                  ",
        ",\"isAllDay\":                     ",
        ",\"isDelegated\":                  ",
        ",\"isOutOfDate\":                  ",
        ",\"location\":                     ",
        ",\"meetingMessageType\":           ",
        ",\"recurrence\":                   ",
        ",\"startDateTime\":                ",
        ",\"type\":                         ",
        ",\"event\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.eventMessage\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "categories", &self.categories);
        v.field(2usize, "change_key", &self.change_key);
        v.field(3usize, "created_date_time", &self.created_date_time);
        v.field(4usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(5usize, "bcc_recipients", &self.bcc_recipients);
        v.field(6usize, "body", &self.body);
        v.field(7usize, "body_preview", &self.body_preview);
        v.field(8usize, "cc_recipients", &self.cc_recipients);
        v.field(9usize, "conversation_id", &self.conversation_id);
        v.field(10usize, "conversation_index", &self.conversation_index);
        v.field(11usize, "flag", &self.flag);
        v.field(12usize, "from", &self.from);
        v.field(13usize, "has_attachments", &self.has_attachments);
        v.field(14usize, "importance", &self.importance);
        v.field(15usize, "inference_classification", &self.inference_classification);
        v.field(16usize, "internet_message_headers", &self.internet_message_headers);
        v.field(17usize, "internet_message_id", &self.internet_message_id);
        v.field(
            18usize,
            "is_delivery_receipt_requested",
            &self.is_delivery_receipt_requested,
        );
        v.field(19usize, "is_draft", &self.is_draft);
        v.field(20usize, "is_read", &self.is_read);
        v.field(21usize, "is_read_receipt_requested", &self.is_read_receipt_requested);
        v.field(22usize, "parent_folder_id", &self.parent_folder_id);
        v.field(23usize, "received_date_time", &self.received_date_time);
        v.field(24usize, "reply_to", &self.reply_to);
        v.field(25usize, "sender", &self.sender);
        v.field(26usize, "sent_date_time", &self.sent_date_time);
        v.field(27usize, "subject", &self.subject);
        v.field(28usize, "to_recipients", &self.to_recipients);
        v.field(29usize, "unique_body", &self.unique_body);
        v.field(30usize, "web_link", &self.web_link);
        v.field(31usize, "attachments", &self.attachments);
        v.field(32usize, "extensions", &self.extensions);
        v.field(
            33usize,
            "multi_value_extended_properties",
            &self.multi_value_extended_properties,
        );
        v.field(
            34usize,
            "single_value_extended_properties",
            &self.single_value_extended_properties,
        );
        v.field(35usize, "end_date_time", &self.end_date_time);
        v.field(36usize, "is_all_day", &self.is_all_day);
        v.field(37usize, "is_delegated", &self.is_delegated);
        v.field(38usize, "is_out_of_date", &self.is_out_of_date);
        v.field(39usize, "location", &self.location);
        v.field(40usize, "meeting_message_type", &self.meeting_message_type);
        v.field(41usize, "recurrence", &self.recurrence);
        v.field(42usize, "start_date_time", &self.start_date_time);
        v.field(43usize, "type_", &self.type_);
        v.field(44usize, "event", &self.event);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for EventMessage {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.categories.read_from(r),
            2usize => self.change_key.read_from(r),
            3usize => self.created_date_time.read_from(r),
            4usize => self.last_modified_date_time.read_from(r),
            5usize => self.bcc_recipients.read_from(r),
            6usize => self.body.read_from(r),
            7usize => self.body_preview.read_from(r),
            8usize => self.cc_recipients.read_from(r),
            9usize => self.conversation_id.read_from(r),
            10usize => self.conversation_index.read_from(r),
            11usize => self.flag.read_from(r),
            12usize => self.from.read_from(r),
            13usize => self.has_attachments.read_from(r),
            14usize => self.importance.read_from(r),
            15usize => self.inference_classification.read_from(r),
            16usize => self.internet_message_headers.read_from(r),
            17usize => self.internet_message_id.read_from(r),
            18usize => self.is_delivery_receipt_requested.read_from(r),
            19usize => self.is_draft.read_from(r),
            20usize => self.is_read.read_from(r),
            21usize => self.is_read_receipt_requested.read_from(r),
            22usize => self.parent_folder_id.read_from(r),
            23usize => self.received_date_time.read_from(r),
            24usize => self.reply_to.read_from(r),
            25usize => self.sender.read_from(r),
            26usize => self.sent_date_time.read_from(r),
            27usize => self.subject.read_from(r),
            28usize => self.to_recipients.read_from(r),
            29usize => self.unique_body.read_from(r),
            30usize => self.web_link.read_from(r),
            31usize => self.attachments.read_from(r),
            32usize => self.extensions.read_from(r),
            33usize => self.multi_value_extended_properties.read_from(r),
            34usize => self.single_value_extended_properties.read_from(r),
            35usize => self.end_date_time.read_from(r),
            36usize => self.is_all_day.read_from(r),
            37usize => self.is_delegated.read_from(r),
            38usize => self.is_out_of_date.read_from(r),
            39usize => self.location.read_from(r),
            40usize => self.meeting_message_type.read_from(r),
            41usize => self.recurrence.read_from(r),
            42usize => self.start_date_time.read_from(r),
            43usize => self.type_.read_from(r),
            44usize => self.event.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.categories);
        w.field(2usize, &self.change_key);
        w.field(3usize, &self.created_date_time);
        w.field(4usize, &self.last_modified_date_time);
        w.field(5usize, &self.bcc_recipients);
        w.field(6usize, &self.body);
        w.field(7usize, &self.body_preview);
        w.field(8usize, &self.cc_recipients);
        w.field(9usize, &self.conversation_id);
        w.field(10usize, &self.conversation_index);
        w.field(11usize, &self.flag);
        w.field(12usize, &self.from);
        w.field(13usize, &self.has_attachments);
        w.field(14usize, &self.importance);
        w.field(15usize, &self.inference_classification);
        w.field(16usize, &self.internet_message_headers);
        w.field(17usize, &self.internet_message_id);
        w.field(18usize, &self.is_delivery_receipt_requested);
        w.field(19usize, &self.is_draft);
        w.field(20usize, &self.is_read);
        w.field(21usize, &self.is_read_receipt_requested);
        w.field(22usize, &self.parent_folder_id);
        w.field(23usize, &self.received_date_time);
        w.field(24usize, &self.reply_to);
        w.field(25usize, &self.sender);
        w.field(26usize, &self.sent_date_time);
        w.field(27usize, &self.subject);
        w.field(28usize, &self.to_recipients);
        w.field(29usize, &self.unique_body);
        w.field(30usize, &self.web_link);
        w.field(31usize, &self.attachments);
        w.field(32usize, &self.extensions);
        w.field(33usize, &self.multi_value_extended_properties);
        w.field(34usize, &self.single_value_extended_properties);
        w.field(35usize, &self.end_date_time);
        w.field(36usize, &self.is_all_day);
        w.field(37usize, &self.is_delegated);
        w.field(38usize, &self.is_out_of_date);
        w.field(39usize, &self.location);
        w.field(40usize, &self.meeting_message_type);
        w.field(41usize, &self.recurrence);
        w.field(42usize, &self.start_date_time);
        w.field(43usize, &self.type_);
        w.field(44usize, &self.event);
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
rt::impl_object!(EventMessage);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    EventMessage { with_id id : ::std::string::String; with_categories categories :
    ::std::vec::Vec < ::std::string::String >; with_change_key change_key :
    ::std::string::String; with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_bcc_recipients bcc_recipients : ::std::vec::Vec < crate
    ::v1::AnyRecipient >; with_body body : crate ::v1::ItemBody; with_body_preview
    body_preview : ::std::string::String; with_cc_recipients cc_recipients :
    ::std::vec::Vec < crate ::v1::AnyRecipient >; with_conversation_id conversation_id :
    ::std::string::String; with_conversation_index conversation_index : rt::edm::Binary;
    with_flag flag : crate ::v1::FollowupFlag; with_from from : crate ::v1::AnyRecipient;
    with_has_attachments has_attachments : bool; with_importance importance : crate
    ::v1::Importance; with_inference_classification inference_classification : crate
    ::v1::InferenceClassificationType; with_internet_message_headers
    internet_message_headers : ::std::vec::Vec < crate ::v1::InternetMessageHeader >;
    with_internet_message_id internet_message_id : ::std::string::String;
    with_is_delivery_receipt_requested is_delivery_receipt_requested : bool;
    with_is_draft is_draft : bool; with_is_read is_read : bool;
    with_is_read_receipt_requested is_read_receipt_requested : bool;
    with_parent_folder_id parent_folder_id : ::std::string::String;
    with_received_date_time received_date_time : rt::edm::DateTimeOffset; with_reply_to
    reply_to : ::std::vec::Vec < crate ::v1::AnyRecipient >; with_sender sender : crate
    ::v1::AnyRecipient; with_sent_date_time sent_date_time : rt::edm::DateTimeOffset;
    with_subject subject : ::std::string::String; with_to_recipients to_recipients :
    ::std::vec::Vec < crate ::v1::AnyRecipient >; with_unique_body unique_body : crate
    ::v1::ItemBody; with_web_link web_link : ::std::string::String; with_attachments
    attachments : ::std::vec::Vec < crate ::v1::AnyAttachment >; with_extensions
    extensions : ::std::vec::Vec < crate ::v1::AnyExtension >;
    with_multi_value_extended_properties multi_value_extended_properties :
    ::std::vec::Vec < crate ::v1::MultiValueLegacyExtendedProperty >;
    with_single_value_extended_properties single_value_extended_properties :
    ::std::vec::Vec < crate ::v1::SingleValueLegacyExtendedProperty >; with_end_date_time
    end_date_time : crate ::v1::DateTimeTimeZone; with_is_all_day is_all_day : bool;
    with_is_delegated is_delegated : bool; with_is_out_of_date is_out_of_date : bool;
    with_location location : crate ::v1::AnyLocation; with_meeting_message_type
    meeting_message_type : crate ::v1::MeetingMessageType; with_recurrence recurrence :
    crate ::v1::PatternedRecurrence; with_start_date_time start_date_time : crate
    ::v1::DateTimeTimeZone; with_type type_ : crate ::v1::EventType; with_event event :
    crate ::v1::Event; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(EventMessage);
#[cfg(msgraph_v1_core)]
/// `microsoft.graph.eventMessage` or any type derived from it, selected by `@odata.type` (3 types); each variant's type converts into it (`From`).
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Debug)]
pub enum AnyEventMessage {
    EventMessage(::std::boxed::Box<crate::v1::EventMessage>),
    EventMessageRequest(::std::boxed::Box<crate::v1::EventMessageRequest>),
    EventMessageResponse(::std::boxed::Box<crate::v1::EventMessageResponse>),
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for AnyEventMessage {
    #[inline]
    fn default() -> Self {
        Self::EventMessage(::std::default::Default::default())
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::EventMessage> for AnyEventMessage {
    #[inline]
    fn from(v: crate::v1::EventMessage) -> Self {
        Self::EventMessage(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::EventMessageRequest> for AnyEventMessage {
    #[inline]
    fn from(v: crate::v1::EventMessageRequest) -> Self {
        Self::EventMessageRequest(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::EventMessageResponse> for AnyEventMessage {
    #[inline]
    fn from(v: crate::v1::EventMessageResponse) -> Self {
        Self::EventMessageResponse(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core)]
unsafe impl ::std::marker::Send for AnyEventMessage {}
#[cfg(msgraph_v1_core)]
unsafe impl ::std::marker::Sync for AnyEventMessage {}
#[cfg(msgraph_v1_core)]
impl ::std::marker::Unpin for AnyEventMessage {}
#[cfg(msgraph_v1_core)]
impl ::std::panic::UnwindSafe for AnyEventMessage {}
#[cfg(msgraph_v1_core)]
impl ::std::panic::RefUnwindSafe for AnyEventMessage {}
#[cfg(msgraph_v1_core)]
const _: () = {
    rt::object::auto_traits::<crate::v1::EventMessage>();
    rt::object::auto_traits::<crate::v1::EventMessageRequest>();
    rt::object::auto_traits::<crate::v1::EventMessageResponse>();
};
#[cfg(msgraph_v1_core)]
impl rt::Poly for AnyEventMessage {
    const BASE_NAME: &'static str = "microsoft.graph.eventMessage";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some("microsoft.graph.eventMessageRequest") => {
                Self::EventMessageRequest(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.eventMessageResponse") => {
                Self::EventMessageResponse(rt::object::new_boxed())
            }
            _ => Self::EventMessage(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::EventMessage(v) => &**v,
            Self::EventMessageRequest(v) => &**v,
            Self::EventMessageResponse(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::EventMessage(v) => &mut **v,
            Self::EventMessageRequest(v) => &mut **v,
            Self::EventMessageResponse(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_v1_core)]
impl AnyEventMessage {
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
            Self::EventMessage(v) => &v.id,
            Self::EventMessageRequest(v) => &v.id,
            Self::EventMessageResponse(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::EventMessage(v) => &mut v.id,
            Self::EventMessageRequest(v) => &mut v.id,
            Self::EventMessageResponse(v) => &mut v.id,
        }
    }
    /// `categories` of any variant.
    #[inline]
    pub fn categories(&self) -> &rt::Field<::std::vec::Vec<::std::string::String>> {
        match self {
            Self::EventMessage(v) => &v.categories,
            Self::EventMessageRequest(v) => &v.categories,
            Self::EventMessageResponse(v) => &v.categories,
        }
    }
    /// `categories` of any variant.
    #[inline]
    pub fn categories_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<::std::string::String>> {
        match self {
            Self::EventMessage(v) => &mut v.categories,
            Self::EventMessageRequest(v) => &mut v.categories,
            Self::EventMessageResponse(v) => &mut v.categories,
        }
    }
    /// `changeKey` of any variant.
    #[inline]
    pub fn change_key(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::EventMessage(v) => &v.change_key,
            Self::EventMessageRequest(v) => &v.change_key,
            Self::EventMessageResponse(v) => &v.change_key,
        }
    }
    /// `changeKey` of any variant.
    #[inline]
    pub fn change_key_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::EventMessage(v) => &mut v.change_key,
            Self::EventMessageRequest(v) => &mut v.change_key,
            Self::EventMessageResponse(v) => &mut v.change_key,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::EventMessage(v) => &v.created_date_time,
            Self::EventMessageRequest(v) => &v.created_date_time,
            Self::EventMessageResponse(v) => &v.created_date_time,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time_mut(&mut self) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::EventMessage(v) => &mut v.created_date_time,
            Self::EventMessageRequest(v) => &mut v.created_date_time,
            Self::EventMessageResponse(v) => &mut v.created_date_time,
        }
    }
    /// `lastModifiedDateTime` of any variant.
    #[inline]
    pub fn last_modified_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::EventMessage(v) => &v.last_modified_date_time,
            Self::EventMessageRequest(v) => &v.last_modified_date_time,
            Self::EventMessageResponse(v) => &v.last_modified_date_time,
        }
    }
    /// `lastModifiedDateTime` of any variant.
    #[inline]
    pub fn last_modified_date_time_mut(
        &mut self,
    ) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::EventMessage(v) => &mut v.last_modified_date_time,
            Self::EventMessageRequest(v) => &mut v.last_modified_date_time,
            Self::EventMessageResponse(v) => &mut v.last_modified_date_time,
        }
    }
    /// `bccRecipients` of any variant.
    #[inline]
    pub fn bcc_recipients(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::v1::AnyRecipient>> {
        match self {
            Self::EventMessage(v) => &v.bcc_recipients,
            Self::EventMessageRequest(v) => &v.bcc_recipients,
            Self::EventMessageResponse(v) => &v.bcc_recipients,
        }
    }
    /// `bccRecipients` of any variant.
    #[inline]
    pub fn bcc_recipients_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::v1::AnyRecipient>> {
        match self {
            Self::EventMessage(v) => &mut v.bcc_recipients,
            Self::EventMessageRequest(v) => &mut v.bcc_recipients,
            Self::EventMessageResponse(v) => &mut v.bcc_recipients,
        }
    }
    /// `body` of any variant.
    #[inline]
    pub fn body(&self) -> &rt::Field<crate::v1::ItemBody> {
        match self {
            Self::EventMessage(v) => &v.body,
            Self::EventMessageRequest(v) => &v.body,
            Self::EventMessageResponse(v) => &v.body,
        }
    }
    /// `body` of any variant.
    #[inline]
    pub fn body_mut(&mut self) -> &mut rt::Field<crate::v1::ItemBody> {
        match self {
            Self::EventMessage(v) => &mut v.body,
            Self::EventMessageRequest(v) => &mut v.body,
            Self::EventMessageResponse(v) => &mut v.body,
        }
    }
    /// `bodyPreview` of any variant.
    #[inline]
    pub fn body_preview(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::EventMessage(v) => &v.body_preview,
            Self::EventMessageRequest(v) => &v.body_preview,
            Self::EventMessageResponse(v) => &v.body_preview,
        }
    }
    /// `bodyPreview` of any variant.
    #[inline]
    pub fn body_preview_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::EventMessage(v) => &mut v.body_preview,
            Self::EventMessageRequest(v) => &mut v.body_preview,
            Self::EventMessageResponse(v) => &mut v.body_preview,
        }
    }
    /// `ccRecipients` of any variant.
    #[inline]
    pub fn cc_recipients(&self) -> &rt::Field<::std::vec::Vec<crate::v1::AnyRecipient>> {
        match self {
            Self::EventMessage(v) => &v.cc_recipients,
            Self::EventMessageRequest(v) => &v.cc_recipients,
            Self::EventMessageResponse(v) => &v.cc_recipients,
        }
    }
    /// `ccRecipients` of any variant.
    #[inline]
    pub fn cc_recipients_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::v1::AnyRecipient>> {
        match self {
            Self::EventMessage(v) => &mut v.cc_recipients,
            Self::EventMessageRequest(v) => &mut v.cc_recipients,
            Self::EventMessageResponse(v) => &mut v.cc_recipients,
        }
    }
    /// `conversationId` of any variant.
    #[inline]
    pub fn conversation_id(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::EventMessage(v) => &v.conversation_id,
            Self::EventMessageRequest(v) => &v.conversation_id,
            Self::EventMessageResponse(v) => &v.conversation_id,
        }
    }
    /// `conversationId` of any variant.
    #[inline]
    pub fn conversation_id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::EventMessage(v) => &mut v.conversation_id,
            Self::EventMessageRequest(v) => &mut v.conversation_id,
            Self::EventMessageResponse(v) => &mut v.conversation_id,
        }
    }
    /// `conversationIndex` of any variant.
    #[inline]
    pub fn conversation_index(&self) -> &rt::Field<rt::edm::Binary> {
        match self {
            Self::EventMessage(v) => &v.conversation_index,
            Self::EventMessageRequest(v) => &v.conversation_index,
            Self::EventMessageResponse(v) => &v.conversation_index,
        }
    }
    /// `conversationIndex` of any variant.
    #[inline]
    pub fn conversation_index_mut(&mut self) -> &mut rt::Field<rt::edm::Binary> {
        match self {
            Self::EventMessage(v) => &mut v.conversation_index,
            Self::EventMessageRequest(v) => &mut v.conversation_index,
            Self::EventMessageResponse(v) => &mut v.conversation_index,
        }
    }
    /// `flag` of any variant.
    #[inline]
    pub fn flag(&self) -> &rt::Field<crate::v1::FollowupFlag> {
        match self {
            Self::EventMessage(v) => &v.flag,
            Self::EventMessageRequest(v) => &v.flag,
            Self::EventMessageResponse(v) => &v.flag,
        }
    }
    /// `flag` of any variant.
    #[inline]
    pub fn flag_mut(&mut self) -> &mut rt::Field<crate::v1::FollowupFlag> {
        match self {
            Self::EventMessage(v) => &mut v.flag,
            Self::EventMessageRequest(v) => &mut v.flag,
            Self::EventMessageResponse(v) => &mut v.flag,
        }
    }
    /// `from` of any variant.
    #[inline]
    pub fn from(&self) -> &rt::Field<crate::v1::AnyRecipient> {
        match self {
            Self::EventMessage(v) => &v.from,
            Self::EventMessageRequest(v) => &v.from,
            Self::EventMessageResponse(v) => &v.from,
        }
    }
    /// `from` of any variant.
    #[inline]
    pub fn from_mut(&mut self) -> &mut rt::Field<crate::v1::AnyRecipient> {
        match self {
            Self::EventMessage(v) => &mut v.from,
            Self::EventMessageRequest(v) => &mut v.from,
            Self::EventMessageResponse(v) => &mut v.from,
        }
    }
    /// `hasAttachments` of any variant.
    #[inline]
    pub fn has_attachments(&self) -> &rt::Field<bool> {
        match self {
            Self::EventMessage(v) => &v.has_attachments,
            Self::EventMessageRequest(v) => &v.has_attachments,
            Self::EventMessageResponse(v) => &v.has_attachments,
        }
    }
    /// `hasAttachments` of any variant.
    #[inline]
    pub fn has_attachments_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::EventMessage(v) => &mut v.has_attachments,
            Self::EventMessageRequest(v) => &mut v.has_attachments,
            Self::EventMessageResponse(v) => &mut v.has_attachments,
        }
    }
    /// `importance` of any variant.
    #[inline]
    pub fn importance(&self) -> &rt::Field<crate::v1::Importance> {
        match self {
            Self::EventMessage(v) => &v.importance,
            Self::EventMessageRequest(v) => &v.importance,
            Self::EventMessageResponse(v) => &v.importance,
        }
    }
    /// `importance` of any variant.
    #[inline]
    pub fn importance_mut(&mut self) -> &mut rt::Field<crate::v1::Importance> {
        match self {
            Self::EventMessage(v) => &mut v.importance,
            Self::EventMessageRequest(v) => &mut v.importance,
            Self::EventMessageResponse(v) => &mut v.importance,
        }
    }
    /// `inferenceClassification` of any variant.
    #[inline]
    pub fn inference_classification(
        &self,
    ) -> &rt::Field<crate::v1::InferenceClassificationType> {
        match self {
            Self::EventMessage(v) => &v.inference_classification,
            Self::EventMessageRequest(v) => &v.inference_classification,
            Self::EventMessageResponse(v) => &v.inference_classification,
        }
    }
    /// `inferenceClassification` of any variant.
    #[inline]
    pub fn inference_classification_mut(
        &mut self,
    ) -> &mut rt::Field<crate::v1::InferenceClassificationType> {
        match self {
            Self::EventMessage(v) => &mut v.inference_classification,
            Self::EventMessageRequest(v) => &mut v.inference_classification,
            Self::EventMessageResponse(v) => &mut v.inference_classification,
        }
    }
    /// `internetMessageHeaders` of any variant.
    #[inline]
    pub fn internet_message_headers(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::v1::InternetMessageHeader>> {
        match self {
            Self::EventMessage(v) => &v.internet_message_headers,
            Self::EventMessageRequest(v) => &v.internet_message_headers,
            Self::EventMessageResponse(v) => &v.internet_message_headers,
        }
    }
    /// `internetMessageHeaders` of any variant.
    #[inline]
    pub fn internet_message_headers_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::v1::InternetMessageHeader>> {
        match self {
            Self::EventMessage(v) => &mut v.internet_message_headers,
            Self::EventMessageRequest(v) => &mut v.internet_message_headers,
            Self::EventMessageResponse(v) => &mut v.internet_message_headers,
        }
    }
    /// `internetMessageId` of any variant.
    #[inline]
    pub fn internet_message_id(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::EventMessage(v) => &v.internet_message_id,
            Self::EventMessageRequest(v) => &v.internet_message_id,
            Self::EventMessageResponse(v) => &v.internet_message_id,
        }
    }
    /// `internetMessageId` of any variant.
    #[inline]
    pub fn internet_message_id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::EventMessage(v) => &mut v.internet_message_id,
            Self::EventMessageRequest(v) => &mut v.internet_message_id,
            Self::EventMessageResponse(v) => &mut v.internet_message_id,
        }
    }
    /// `isDeliveryReceiptRequested` of any variant.
    #[inline]
    pub fn is_delivery_receipt_requested(&self) -> &rt::Field<bool> {
        match self {
            Self::EventMessage(v) => &v.is_delivery_receipt_requested,
            Self::EventMessageRequest(v) => &v.is_delivery_receipt_requested,
            Self::EventMessageResponse(v) => &v.is_delivery_receipt_requested,
        }
    }
    /// `isDeliveryReceiptRequested` of any variant.
    #[inline]
    pub fn is_delivery_receipt_requested_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::EventMessage(v) => &mut v.is_delivery_receipt_requested,
            Self::EventMessageRequest(v) => &mut v.is_delivery_receipt_requested,
            Self::EventMessageResponse(v) => &mut v.is_delivery_receipt_requested,
        }
    }
    /// `isDraft` of any variant.
    #[inline]
    pub fn is_draft(&self) -> &rt::Field<bool> {
        match self {
            Self::EventMessage(v) => &v.is_draft,
            Self::EventMessageRequest(v) => &v.is_draft,
            Self::EventMessageResponse(v) => &v.is_draft,
        }
    }
    /// `isDraft` of any variant.
    #[inline]
    pub fn is_draft_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::EventMessage(v) => &mut v.is_draft,
            Self::EventMessageRequest(v) => &mut v.is_draft,
            Self::EventMessageResponse(v) => &mut v.is_draft,
        }
    }
    /// `isRead` of any variant.
    #[inline]
    pub fn is_read(&self) -> &rt::Field<bool> {
        match self {
            Self::EventMessage(v) => &v.is_read,
            Self::EventMessageRequest(v) => &v.is_read,
            Self::EventMessageResponse(v) => &v.is_read,
        }
    }
    /// `isRead` of any variant.
    #[inline]
    pub fn is_read_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::EventMessage(v) => &mut v.is_read,
            Self::EventMessageRequest(v) => &mut v.is_read,
            Self::EventMessageResponse(v) => &mut v.is_read,
        }
    }
    /// `isReadReceiptRequested` of any variant.
    #[inline]
    pub fn is_read_receipt_requested(&self) -> &rt::Field<bool> {
        match self {
            Self::EventMessage(v) => &v.is_read_receipt_requested,
            Self::EventMessageRequest(v) => &v.is_read_receipt_requested,
            Self::EventMessageResponse(v) => &v.is_read_receipt_requested,
        }
    }
    /// `isReadReceiptRequested` of any variant.
    #[inline]
    pub fn is_read_receipt_requested_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::EventMessage(v) => &mut v.is_read_receipt_requested,
            Self::EventMessageRequest(v) => &mut v.is_read_receipt_requested,
            Self::EventMessageResponse(v) => &mut v.is_read_receipt_requested,
        }
    }
    /// `parentFolderId` of any variant.
    #[inline]
    pub fn parent_folder_id(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::EventMessage(v) => &v.parent_folder_id,
            Self::EventMessageRequest(v) => &v.parent_folder_id,
            Self::EventMessageResponse(v) => &v.parent_folder_id,
        }
    }
    /// `parentFolderId` of any variant.
    #[inline]
    pub fn parent_folder_id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::EventMessage(v) => &mut v.parent_folder_id,
            Self::EventMessageRequest(v) => &mut v.parent_folder_id,
            Self::EventMessageResponse(v) => &mut v.parent_folder_id,
        }
    }
    /// `receivedDateTime` of any variant.
    #[inline]
    pub fn received_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::EventMessage(v) => &v.received_date_time,
            Self::EventMessageRequest(v) => &v.received_date_time,
            Self::EventMessageResponse(v) => &v.received_date_time,
        }
    }
    /// `receivedDateTime` of any variant.
    #[inline]
    pub fn received_date_time_mut(&mut self) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::EventMessage(v) => &mut v.received_date_time,
            Self::EventMessageRequest(v) => &mut v.received_date_time,
            Self::EventMessageResponse(v) => &mut v.received_date_time,
        }
    }
    /// `replyTo` of any variant.
    #[inline]
    pub fn reply_to(&self) -> &rt::Field<::std::vec::Vec<crate::v1::AnyRecipient>> {
        match self {
            Self::EventMessage(v) => &v.reply_to,
            Self::EventMessageRequest(v) => &v.reply_to,
            Self::EventMessageResponse(v) => &v.reply_to,
        }
    }
    /// `replyTo` of any variant.
    #[inline]
    pub fn reply_to_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::v1::AnyRecipient>> {
        match self {
            Self::EventMessage(v) => &mut v.reply_to,
            Self::EventMessageRequest(v) => &mut v.reply_to,
            Self::EventMessageResponse(v) => &mut v.reply_to,
        }
    }
    /// `sender` of any variant.
    #[inline]
    pub fn sender(&self) -> &rt::Field<crate::v1::AnyRecipient> {
        match self {
            Self::EventMessage(v) => &v.sender,
            Self::EventMessageRequest(v) => &v.sender,
            Self::EventMessageResponse(v) => &v.sender,
        }
    }
    /// `sender` of any variant.
    #[inline]
    pub fn sender_mut(&mut self) -> &mut rt::Field<crate::v1::AnyRecipient> {
        match self {
            Self::EventMessage(v) => &mut v.sender,
            Self::EventMessageRequest(v) => &mut v.sender,
            Self::EventMessageResponse(v) => &mut v.sender,
        }
    }
    /// `sentDateTime` of any variant.
    #[inline]
    pub fn sent_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::EventMessage(v) => &v.sent_date_time,
            Self::EventMessageRequest(v) => &v.sent_date_time,
            Self::EventMessageResponse(v) => &v.sent_date_time,
        }
    }
    /// `sentDateTime` of any variant.
    #[inline]
    pub fn sent_date_time_mut(&mut self) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::EventMessage(v) => &mut v.sent_date_time,
            Self::EventMessageRequest(v) => &mut v.sent_date_time,
            Self::EventMessageResponse(v) => &mut v.sent_date_time,
        }
    }
    /// `subject` of any variant.
    #[inline]
    pub fn subject(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::EventMessage(v) => &v.subject,
            Self::EventMessageRequest(v) => &v.subject,
            Self::EventMessageResponse(v) => &v.subject,
        }
    }
    /// `subject` of any variant.
    #[inline]
    pub fn subject_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::EventMessage(v) => &mut v.subject,
            Self::EventMessageRequest(v) => &mut v.subject,
            Self::EventMessageResponse(v) => &mut v.subject,
        }
    }
    /// `toRecipients` of any variant.
    #[inline]
    pub fn to_recipients(&self) -> &rt::Field<::std::vec::Vec<crate::v1::AnyRecipient>> {
        match self {
            Self::EventMessage(v) => &v.to_recipients,
            Self::EventMessageRequest(v) => &v.to_recipients,
            Self::EventMessageResponse(v) => &v.to_recipients,
        }
    }
    /// `toRecipients` of any variant.
    #[inline]
    pub fn to_recipients_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::v1::AnyRecipient>> {
        match self {
            Self::EventMessage(v) => &mut v.to_recipients,
            Self::EventMessageRequest(v) => &mut v.to_recipients,
            Self::EventMessageResponse(v) => &mut v.to_recipients,
        }
    }
    /// `uniqueBody` of any variant.
    #[inline]
    pub fn unique_body(&self) -> &rt::Field<crate::v1::ItemBody> {
        match self {
            Self::EventMessage(v) => &v.unique_body,
            Self::EventMessageRequest(v) => &v.unique_body,
            Self::EventMessageResponse(v) => &v.unique_body,
        }
    }
    /// `uniqueBody` of any variant.
    #[inline]
    pub fn unique_body_mut(&mut self) -> &mut rt::Field<crate::v1::ItemBody> {
        match self {
            Self::EventMessage(v) => &mut v.unique_body,
            Self::EventMessageRequest(v) => &mut v.unique_body,
            Self::EventMessageResponse(v) => &mut v.unique_body,
        }
    }
    /// `webLink` of any variant.
    #[inline]
    pub fn web_link(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::EventMessage(v) => &v.web_link,
            Self::EventMessageRequest(v) => &v.web_link,
            Self::EventMessageResponse(v) => &v.web_link,
        }
    }
    /// `webLink` of any variant.
    #[inline]
    pub fn web_link_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::EventMessage(v) => &mut v.web_link,
            Self::EventMessageRequest(v) => &mut v.web_link,
            Self::EventMessageResponse(v) => &mut v.web_link,
        }
    }
    /// `attachments` of any variant.
    #[inline]
    pub fn attachments(&self) -> &rt::Field<::std::vec::Vec<crate::v1::AnyAttachment>> {
        match self {
            Self::EventMessage(v) => &v.attachments,
            Self::EventMessageRequest(v) => &v.attachments,
            Self::EventMessageResponse(v) => &v.attachments,
        }
    }
    /// `attachments` of any variant.
    #[inline]
    pub fn attachments_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::v1::AnyAttachment>> {
        match self {
            Self::EventMessage(v) => &mut v.attachments,
            Self::EventMessageRequest(v) => &mut v.attachments,
            Self::EventMessageResponse(v) => &mut v.attachments,
        }
    }
    /// `extensions` of any variant.
    #[inline]
    pub fn extensions(&self) -> &rt::Field<::std::vec::Vec<crate::v1::AnyExtension>> {
        match self {
            Self::EventMessage(v) => &v.extensions,
            Self::EventMessageRequest(v) => &v.extensions,
            Self::EventMessageResponse(v) => &v.extensions,
        }
    }
    /// `extensions` of any variant.
    #[inline]
    pub fn extensions_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::v1::AnyExtension>> {
        match self {
            Self::EventMessage(v) => &mut v.extensions,
            Self::EventMessageRequest(v) => &mut v.extensions,
            Self::EventMessageResponse(v) => &mut v.extensions,
        }
    }
    /// `multiValueExtendedProperties` of any variant.
    #[inline]
    pub fn multi_value_extended_properties(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::v1::MultiValueLegacyExtendedProperty>> {
        match self {
            Self::EventMessage(v) => &v.multi_value_extended_properties,
            Self::EventMessageRequest(v) => &v.multi_value_extended_properties,
            Self::EventMessageResponse(v) => &v.multi_value_extended_properties,
        }
    }
    /// `multiValueExtendedProperties` of any variant.
    #[inline]
    pub fn multi_value_extended_properties_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::v1::MultiValueLegacyExtendedProperty>> {
        match self {
            Self::EventMessage(v) => &mut v.multi_value_extended_properties,
            Self::EventMessageRequest(v) => &mut v.multi_value_extended_properties,
            Self::EventMessageResponse(v) => &mut v.multi_value_extended_properties,
        }
    }
    /// `singleValueExtendedProperties` of any variant.
    #[inline]
    pub fn single_value_extended_properties(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::v1::SingleValueLegacyExtendedProperty>> {
        match self {
            Self::EventMessage(v) => &v.single_value_extended_properties,
            Self::EventMessageRequest(v) => &v.single_value_extended_properties,
            Self::EventMessageResponse(v) => &v.single_value_extended_properties,
        }
    }
    /// `singleValueExtendedProperties` of any variant.
    #[inline]
    pub fn single_value_extended_properties_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::v1::SingleValueLegacyExtendedProperty>> {
        match self {
            Self::EventMessage(v) => &mut v.single_value_extended_properties,
            Self::EventMessageRequest(v) => &mut v.single_value_extended_properties,
            Self::EventMessageResponse(v) => &mut v.single_value_extended_properties,
        }
    }
    /// `endDateTime` of any variant.
    #[inline]
    pub fn end_date_time(&self) -> &rt::Field<crate::v1::DateTimeTimeZone> {
        match self {
            Self::EventMessage(v) => &v.end_date_time,
            Self::EventMessageRequest(v) => &v.end_date_time,
            Self::EventMessageResponse(v) => &v.end_date_time,
        }
    }
    /// `endDateTime` of any variant.
    #[inline]
    pub fn end_date_time_mut(&mut self) -> &mut rt::Field<crate::v1::DateTimeTimeZone> {
        match self {
            Self::EventMessage(v) => &mut v.end_date_time,
            Self::EventMessageRequest(v) => &mut v.end_date_time,
            Self::EventMessageResponse(v) => &mut v.end_date_time,
        }
    }
    /// `isAllDay` of any variant.
    #[inline]
    pub fn is_all_day(&self) -> &rt::Field<bool> {
        match self {
            Self::EventMessage(v) => &v.is_all_day,
            Self::EventMessageRequest(v) => &v.is_all_day,
            Self::EventMessageResponse(v) => &v.is_all_day,
        }
    }
    /// `isAllDay` of any variant.
    #[inline]
    pub fn is_all_day_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::EventMessage(v) => &mut v.is_all_day,
            Self::EventMessageRequest(v) => &mut v.is_all_day,
            Self::EventMessageResponse(v) => &mut v.is_all_day,
        }
    }
    /// `isDelegated` of any variant.
    #[inline]
    pub fn is_delegated(&self) -> &rt::Field<bool> {
        match self {
            Self::EventMessage(v) => &v.is_delegated,
            Self::EventMessageRequest(v) => &v.is_delegated,
            Self::EventMessageResponse(v) => &v.is_delegated,
        }
    }
    /// `isDelegated` of any variant.
    #[inline]
    pub fn is_delegated_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::EventMessage(v) => &mut v.is_delegated,
            Self::EventMessageRequest(v) => &mut v.is_delegated,
            Self::EventMessageResponse(v) => &mut v.is_delegated,
        }
    }
    /// `isOutOfDate` of any variant.
    #[inline]
    pub fn is_out_of_date(&self) -> &rt::Field<bool> {
        match self {
            Self::EventMessage(v) => &v.is_out_of_date,
            Self::EventMessageRequest(v) => &v.is_out_of_date,
            Self::EventMessageResponse(v) => &v.is_out_of_date,
        }
    }
    /// `isOutOfDate` of any variant.
    #[inline]
    pub fn is_out_of_date_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::EventMessage(v) => &mut v.is_out_of_date,
            Self::EventMessageRequest(v) => &mut v.is_out_of_date,
            Self::EventMessageResponse(v) => &mut v.is_out_of_date,
        }
    }
    /// `location` of any variant.
    #[inline]
    pub fn location(&self) -> &rt::Field<crate::v1::AnyLocation> {
        match self {
            Self::EventMessage(v) => &v.location,
            Self::EventMessageRequest(v) => &v.location,
            Self::EventMessageResponse(v) => &v.location,
        }
    }
    /// `location` of any variant.
    #[inline]
    pub fn location_mut(&mut self) -> &mut rt::Field<crate::v1::AnyLocation> {
        match self {
            Self::EventMessage(v) => &mut v.location,
            Self::EventMessageRequest(v) => &mut v.location,
            Self::EventMessageResponse(v) => &mut v.location,
        }
    }
    /// `meetingMessageType` of any variant.
    #[inline]
    pub fn meeting_message_type(&self) -> &rt::Field<crate::v1::MeetingMessageType> {
        match self {
            Self::EventMessage(v) => &v.meeting_message_type,
            Self::EventMessageRequest(v) => &v.meeting_message_type,
            Self::EventMessageResponse(v) => &v.meeting_message_type,
        }
    }
    /// `meetingMessageType` of any variant.
    #[inline]
    pub fn meeting_message_type_mut(
        &mut self,
    ) -> &mut rt::Field<crate::v1::MeetingMessageType> {
        match self {
            Self::EventMessage(v) => &mut v.meeting_message_type,
            Self::EventMessageRequest(v) => &mut v.meeting_message_type,
            Self::EventMessageResponse(v) => &mut v.meeting_message_type,
        }
    }
    /// `recurrence` of any variant.
    #[inline]
    pub fn recurrence(&self) -> &rt::Field<crate::v1::PatternedRecurrence> {
        match self {
            Self::EventMessage(v) => &v.recurrence,
            Self::EventMessageRequest(v) => &v.recurrence,
            Self::EventMessageResponse(v) => &v.recurrence,
        }
    }
    /// `recurrence` of any variant.
    #[inline]
    pub fn recurrence_mut(&mut self) -> &mut rt::Field<crate::v1::PatternedRecurrence> {
        match self {
            Self::EventMessage(v) => &mut v.recurrence,
            Self::EventMessageRequest(v) => &mut v.recurrence,
            Self::EventMessageResponse(v) => &mut v.recurrence,
        }
    }
    /// `startDateTime` of any variant.
    #[inline]
    pub fn start_date_time(&self) -> &rt::Field<crate::v1::DateTimeTimeZone> {
        match self {
            Self::EventMessage(v) => &v.start_date_time,
            Self::EventMessageRequest(v) => &v.start_date_time,
            Self::EventMessageResponse(v) => &v.start_date_time,
        }
    }
    /// `startDateTime` of any variant.
    #[inline]
    pub fn start_date_time_mut(
        &mut self,
    ) -> &mut rt::Field<crate::v1::DateTimeTimeZone> {
        match self {
            Self::EventMessage(v) => &mut v.start_date_time,
            Self::EventMessageRequest(v) => &mut v.start_date_time,
            Self::EventMessageResponse(v) => &mut v.start_date_time,
        }
    }
    /// `type` of any variant.
    #[inline]
    pub fn type_(&self) -> &rt::Field<crate::v1::EventType> {
        match self {
            Self::EventMessage(v) => &v.type_,
            Self::EventMessageRequest(v) => &v.type_,
            Self::EventMessageResponse(v) => &v.type_,
        }
    }
    /// `type` of any variant.
    #[inline]
    pub fn type_mut(&mut self) -> &mut rt::Field<crate::v1::EventType> {
        match self {
            Self::EventMessage(v) => &mut v.type_,
            Self::EventMessageRequest(v) => &mut v.type_,
            Self::EventMessageResponse(v) => &mut v.type_,
        }
    }
    /// `event` of any variant.
    #[inline]
    pub fn event(&self) -> &rt::Field<crate::v1::Event> {
        match self {
            Self::EventMessage(v) => &v.event,
            Self::EventMessageRequest(v) => &v.event,
            Self::EventMessageResponse(v) => &v.event,
        }
    }
    /// `event` of any variant.
    #[inline]
    pub fn event_mut(&mut self) -> &mut rt::Field<crate::v1::Event> {
        match self {
            Self::EventMessage(v) => &mut v.event,
            Self::EventMessageRequest(v) => &mut v.event,
            Self::EventMessageResponse(v) => &mut v.event,
        }
    }
}
#[cfg(msgraph_v1_core)]
rt::impl_poly!(AnyEventMessage);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyEventMessage);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.eventMessageRequest`, entity type, derived from `microsoft.graph.eventMessage`, key `id`.
///
/// Request builders: [`EventMessageRequestPath`](requests/trait.EventMessageRequestPath.html), what a path to one (`EntityPath<EventMessageRequest, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct EventMessageRequest {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `categories`: `Collection(Edm.String)`, nullable.
    pub categories: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `changeKey`: `Edm.String`, nullable.
    pub change_key: rt::Field<::std::string::String>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `bccRecipients`: `Collection(microsoft.graph.recipient)`, nullable.
    pub bcc_recipients: rt::Field<::std::vec::Vec<crate::v1::AnyRecipient>>,
    /// CSDL: property `body`: `microsoft.graph.itemBody`, nullable.
    pub body: rt::Field<crate::v1::ItemBody>,
    /// CSDL: property `bodyPreview`: `Edm.String`, nullable.
    pub body_preview: rt::Field<::std::string::String>,
    /// CSDL: property `ccRecipients`: `Collection(microsoft.graph.recipient)`, nullable.
    pub cc_recipients: rt::Field<::std::vec::Vec<crate::v1::AnyRecipient>>,
    /// CSDL: property `conversationId`: `Edm.String`, nullable.
    pub conversation_id: rt::Field<::std::string::String>,
    /// CSDL: property `conversationIndex`: `Edm.Binary`, nullable.
    pub conversation_index: rt::Field<rt::edm::Binary>,
    /// CSDL: property `flag`: `microsoft.graph.followupFlag`, nullable.
    pub flag: rt::Field<crate::v1::FollowupFlag>,
    /// CSDL: property `from`: `microsoft.graph.recipient`, nullable.
    pub from: rt::Field<crate::v1::AnyRecipient>,
    /// CSDL: property `hasAttachments`: `Edm.Boolean`, nullable.
    pub has_attachments: rt::Field<bool>,
    /// CSDL: property `importance`: `microsoft.graph.importance`, nullable.
    pub importance: rt::Field<crate::v1::Importance>,
    /// CSDL: property `inferenceClassification`: `microsoft.graph.inferenceClassificationType`, nullable.
    pub inference_classification: rt::Field<crate::v1::InferenceClassificationType>,
    /// CSDL: property `internetMessageHeaders`: `Collection(microsoft.graph.internetMessageHeader)`, nullable.
    pub internet_message_headers: rt::Field<
        ::std::vec::Vec<crate::v1::InternetMessageHeader>,
    >,
    /// CSDL: property `internetMessageId`: `Edm.String`, nullable.
    pub internet_message_id: rt::Field<::std::string::String>,
    /// CSDL: property `isDeliveryReceiptRequested`: `Edm.Boolean`, nullable.
    pub is_delivery_receipt_requested: rt::Field<bool>,
    /// CSDL: property `isDraft`: `Edm.Boolean`, nullable.
    pub is_draft: rt::Field<bool>,
    /// CSDL: property `isRead`: `Edm.Boolean`, nullable.
    pub is_read: rt::Field<bool>,
    /// CSDL: property `isReadReceiptRequested`: `Edm.Boolean`, nullable.
    pub is_read_receipt_requested: rt::Field<bool>,
    /// CSDL: property `parentFolderId`: `Edm.String`, nullable.
    pub parent_folder_id: rt::Field<::std::string::String>,
    /// CSDL: property `receivedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub received_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `replyTo`: `Collection(microsoft.graph.recipient)`, nullable.
    pub reply_to: rt::Field<::std::vec::Vec<crate::v1::AnyRecipient>>,
    /// CSDL: property `sender`: `microsoft.graph.recipient`, nullable.
    pub sender: rt::Field<crate::v1::AnyRecipient>,
    /// CSDL: property `sentDateTime`: `Edm.DateTimeOffset`, nullable.
    pub sent_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `subject`: `Edm.String`, nullable.
    pub subject: rt::Field<::std::string::String>,
    /// CSDL: property `toRecipients`: `Collection(microsoft.graph.recipient)`, nullable.
    pub to_recipients: rt::Field<::std::vec::Vec<crate::v1::AnyRecipient>>,
    /// CSDL: property `uniqueBody`: `microsoft.graph.itemBody`, nullable.
    pub unique_body: rt::Field<crate::v1::ItemBody>,
    /// CSDL: property `webLink`: `Edm.String`, nullable.
    pub web_link: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `attachments`: `Collection(microsoft.graph.attachment)`, not nullable.
    pub attachments: rt::Field<::std::vec::Vec<crate::v1::AnyAttachment>>,
    /// CSDL: containment navigation property `extensions`: `Collection(microsoft.graph.extension)`, not nullable.
    pub extensions: rt::Field<::std::vec::Vec<crate::v1::AnyExtension>>,
    /// CSDL: containment navigation property `multiValueExtendedProperties`: `Collection(microsoft.graph.multiValueLegacyExtendedProperty)`, not nullable.
    pub multi_value_extended_properties: rt::Field<
        ::std::vec::Vec<crate::v1::MultiValueLegacyExtendedProperty>,
    >,
    /// CSDL: containment navigation property `singleValueExtendedProperties`: `Collection(microsoft.graph.singleValueLegacyExtendedProperty)`, not nullable.
    pub single_value_extended_properties: rt::Field<
        ::std::vec::Vec<crate::v1::SingleValueLegacyExtendedProperty>,
    >,
    /// CSDL: property `endDateTime`: `microsoft.graph.dateTimeTimeZone`, nullable.
    pub end_date_time: rt::Field<crate::v1::DateTimeTimeZone>,
    /// CSDL: property `isAllDay`: `Edm.Boolean`, nullable.
    pub is_all_day: rt::Field<bool>,
    /// CSDL: property `isDelegated`: `Edm.Boolean`, nullable.
    pub is_delegated: rt::Field<bool>,
    /// CSDL: property `isOutOfDate`: `Edm.Boolean`, nullable.
    pub is_out_of_date: rt::Field<bool>,
    /// CSDL: property `location`: `microsoft.graph.location`, nullable.
    pub location: rt::Field<crate::v1::AnyLocation>,
    /// CSDL: property `meetingMessageType`: `microsoft.graph.meetingMessageType`, nullable.
    pub meeting_message_type: rt::Field<crate::v1::MeetingMessageType>,
    /// CSDL: property `recurrence`: `microsoft.graph.patternedRecurrence`, nullable.
    pub recurrence: rt::Field<crate::v1::PatternedRecurrence>,
    /// CSDL: property `startDateTime`: `microsoft.graph.dateTimeTimeZone`, nullable.
    pub start_date_time: rt::Field<crate::v1::DateTimeTimeZone>,
    /// CSDL: property `type`: `microsoft.graph.eventType`, nullable.
    pub type_: rt::Field<crate::v1::EventType>,
    /// CSDL: containment navigation property `event`: `microsoft.graph.event`, nullable.
    pub event: rt::Field<crate::v1::Event>,
    /// CSDL: property `allowNewTimeProposals`: `Edm.Boolean`, nullable.
    pub allow_new_time_proposals: rt::Field<bool>,
    /// CSDL: property `meetingRequestType`: `microsoft.graph.meetingRequestType`, nullable.
    pub meeting_request_type: rt::Field<crate::v1::MeetingRequestType>,
    /// CSDL: property `previousEndDateTime`: `microsoft.graph.dateTimeTimeZone`, nullable.
    pub previous_end_date_time: rt::Field<crate::v1::DateTimeTimeZone>,
    /// CSDL: property `previousLocation`: `microsoft.graph.location`, nullable.
    pub previous_location: rt::Field<crate::v1::AnyLocation>,
    /// CSDL: property `previousStartDateTime`: `microsoft.graph.dateTimeTimeZone`, nullable.
    pub previous_start_date_time: rt::Field<crate::v1::DateTimeTimeZone>,
    /// CSDL: property `responseRequested`: `Edm.Boolean`, nullable.
    pub response_requested: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for EventMessageRequest {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            categories: rt::Field::Absent,
            change_key: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            bcc_recipients: rt::Field::Absent,
            body: rt::Field::Absent,
            body_preview: rt::Field::Absent,
            cc_recipients: rt::Field::Absent,
            conversation_id: rt::Field::Absent,
            conversation_index: rt::Field::Absent,
            flag: rt::Field::Absent,
            from: rt::Field::Absent,
            has_attachments: rt::Field::Absent,
            importance: rt::Field::Absent,
            inference_classification: rt::Field::Absent,
            internet_message_headers: rt::Field::Absent,
            internet_message_id: rt::Field::Absent,
            is_delivery_receipt_requested: rt::Field::Absent,
            is_draft: rt::Field::Absent,
            is_read: rt::Field::Absent,
            is_read_receipt_requested: rt::Field::Absent,
            parent_folder_id: rt::Field::Absent,
            received_date_time: rt::Field::Absent,
            reply_to: rt::Field::Absent,
            sender: rt::Field::Absent,
            sent_date_time: rt::Field::Absent,
            subject: rt::Field::Absent,
            to_recipients: rt::Field::Absent,
            unique_body: rt::Field::Absent,
            web_link: rt::Field::Absent,
            attachments: rt::Field::Absent,
            extensions: rt::Field::Absent,
            multi_value_extended_properties: rt::Field::Absent,
            single_value_extended_properties: rt::Field::Absent,
            end_date_time: rt::Field::Absent,
            is_all_day: rt::Field::Absent,
            is_delegated: rt::Field::Absent,
            is_out_of_date: rt::Field::Absent,
            location: rt::Field::Absent,
            meeting_message_type: rt::Field::Absent,
            recurrence: rt::Field::Absent,
            start_date_time: rt::Field::Absent,
            type_: rt::Field::Absent,
            event: rt::Field::Absent,
            allow_new_time_proposals: rt::Field::Absent,
            meeting_request_type: rt::Field::Absent,
            previous_end_date_time: rt::Field::Absent,
            previous_location: rt::Field::Absent,
            previous_start_date_time: rt::Field::Absent,
            response_requested: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for EventMessageRequest {
    const TYPE_NAME: &'static str = "microsoft.graph.eventMessageRequest";
    const KEYS: &'static [&'static str] = &[
        "id",
        "categories",
        "changeKey",
        "createdDateTime",
        "lastModifiedDateTime",
        "bccRecipients",
        "body",
        "bodyPreview",
        "ccRecipients",
        "conversationId",
        "conversationIndex",
        "flag",
        "from",
        "hasAttachments",
        "importance",
        "inferenceClassification",
        "internetMessageHeaders",
        "internetMessageId",
        "isDeliveryReceiptRequested",
        "isDraft",
        "isRead",
        "isReadReceiptRequested",
        "parentFolderId",
        "receivedDateTime",
        "replyTo",
        "sender",
        "sentDateTime",
        "subject",
        "toRecipients",
        "uniqueBody",
        "webLink",
        "attachments",
        "extensions",
        "multiValueExtendedProperties",
        "singleValueExtendedProperties",
        "endDateTime",
        "isAllDay",
        "isDelegated",
        "isOutOfDate",
        "location",
        "meetingMessageType",
        "recurrence",
        "startDateTime",
        "type",
        "event",
        "allowNewTimeProposals",
        "meetingRequestType",
        "previousEndDateTime",
        "previousLocation",
        "previousStartDateTime",
        "responseRequested",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"categories\":                   ",
        ",\"changeKey\":                    ",
        ",\"createdDateTime\":              ",
        ",\"lastModifiedDateTime\":         ",
        ",\"bccRecipients\":                ",
        ",\"body\":                         ",
        ",\"bodyPreview\":                  ",
        ",\"ccRecipients\":                 ",
        ",\"conversationId\":               ",
        ",\"conversationIndex\":            ",
        ",\"flag\":                         ",
        ",\"from\":                         ",
        ",\"hasAttachments\":               ",
        ",\"importance\":                   ",
        ",\"inferenceClassification\":      ",
        ",\"internetMessageHeaders\":       ",
        ",\"internetMessageId\":            ",
        ",\"isDeliveryReceiptRequested\":   ",
        ",\"isDraft\":                      ",
        ",\"isRead\":                       ",
        ",\"isReadReceiptRequested\":       ",
        ",\"parentFolderId\":               ",
        ",\"receivedDateTime\":             ",
        ",\"replyTo\":                      ",
        ",\"sender\":                       ",
        ",\"sentDateTime\":                 ",
        ",\"subject\":                      ",
        ",\"toRecipients\":                 ",
        ",\"uniqueBody\":                   ",
        ",\"webLink\":                      ",
        ",\"attachments\":                  ",
        ",\"extensions\":                   ",
        ",\"multiValueExtendedProperties\": ",
        ",\"singleValueExtendedProperties\":",
        ",\"endDateTime\":                  ",
        ",\"isAllDay\":                     ",
        ",\"isDelegated\":                  ",
        ",\"isOutOfDate\":                  ",
        ",\"location\":                     ",
        ",\"meetingMessageType\":           ",
        ",\"recurrence\":                   ",
        ",\"startDateTime\":                ",
        ",\"type\":                         ",
        ",\"event\":                        ",
        ",\"allowNewTimeProposals\":        ",
        ",\"meetingRequestType\":           ",
        ",\"previousEndDateTime\":          ",
        ",\"previousLocation\":             ",
        ",\"previousStartDateTime\":        ",
        ",\"responseRequested\":            ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.eventMessageRequest\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "categories", &self.categories);
        v.field(2usize, "change_key", &self.change_key);
        v.field(3usize, "created_date_time", &self.created_date_time);
        v.field(4usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(5usize, "bcc_recipients", &self.bcc_recipients);
        v.field(6usize, "body", &self.body);
        v.field(7usize, "body_preview", &self.body_preview);
        v.field(8usize, "cc_recipients", &self.cc_recipients);
        v.field(9usize, "conversation_id", &self.conversation_id);
        v.field(10usize, "conversation_index", &self.conversation_index);
        v.field(11usize, "flag", &self.flag);
        v.field(12usize, "from", &self.from);
        v.field(13usize, "has_attachments", &self.has_attachments);
        v.field(14usize, "importance", &self.importance);
        v.field(15usize, "inference_classification", &self.inference_classification);
        v.field(16usize, "internet_message_headers", &self.internet_message_headers);
        v.field(17usize, "internet_message_id", &self.internet_message_id);
        v.field(
            18usize,
            "is_delivery_receipt_requested",
            &self.is_delivery_receipt_requested,
        );
        v.field(19usize, "is_draft", &self.is_draft);
        v.field(20usize, "is_read", &self.is_read);
        v.field(21usize, "is_read_receipt_requested", &self.is_read_receipt_requested);
        v.field(22usize, "parent_folder_id", &self.parent_folder_id);
        v.field(23usize, "received_date_time", &self.received_date_time);
        v.field(24usize, "reply_to", &self.reply_to);
        v.field(25usize, "sender", &self.sender);
        v.field(26usize, "sent_date_time", &self.sent_date_time);
        v.field(27usize, "subject", &self.subject);
        v.field(28usize, "to_recipients", &self.to_recipients);
        v.field(29usize, "unique_body", &self.unique_body);
        v.field(30usize, "web_link", &self.web_link);
        v.field(31usize, "attachments", &self.attachments);
        v.field(32usize, "extensions", &self.extensions);
        v.field(
            33usize,
            "multi_value_extended_properties",
            &self.multi_value_extended_properties,
        );
        v.field(
            34usize,
            "single_value_extended_properties",
            &self.single_value_extended_properties,
        );
        v.field(35usize, "end_date_time", &self.end_date_time);
        v.field(36usize, "is_all_day", &self.is_all_day);
        v.field(37usize, "is_delegated", &self.is_delegated);
        v.field(38usize, "is_out_of_date", &self.is_out_of_date);
        v.field(39usize, "location", &self.location);
        v.field(40usize, "meeting_message_type", &self.meeting_message_type);
        v.field(41usize, "recurrence", &self.recurrence);
        v.field(42usize, "start_date_time", &self.start_date_time);
        v.field(43usize, "type_", &self.type_);
        v.field(44usize, "event", &self.event);
        v.field(45usize, "allow_new_time_proposals", &self.allow_new_time_proposals);
        v.field(46usize, "meeting_request_type", &self.meeting_request_type);
        v.field(47usize, "previous_end_date_time", &self.previous_end_date_time);
        v.field(48usize, "previous_location", &self.previous_location);
        v.field(49usize, "previous_start_date_time", &self.previous_start_date_time);
        v.field(50usize, "response_requested", &self.response_requested);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for EventMessageRequest {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.categories.read_from(r),
            2usize => self.change_key.read_from(r),
            3usize => self.created_date_time.read_from(r),
            4usize => self.last_modified_date_time.read_from(r),
            5usize => self.bcc_recipients.read_from(r),
            6usize => self.body.read_from(r),
            7usize => self.body_preview.read_from(r),
            8usize => self.cc_recipients.read_from(r),
            9usize => self.conversation_id.read_from(r),
            10usize => self.conversation_index.read_from(r),
            11usize => self.flag.read_from(r),
            12usize => self.from.read_from(r),
            13usize => self.has_attachments.read_from(r),
            14usize => self.importance.read_from(r),
            15usize => self.inference_classification.read_from(r),
            16usize => self.internet_message_headers.read_from(r),
            17usize => self.internet_message_id.read_from(r),
            18usize => self.is_delivery_receipt_requested.read_from(r),
            19usize => self.is_draft.read_from(r),
            20usize => self.is_read.read_from(r),
            21usize => self.is_read_receipt_requested.read_from(r),
            22usize => self.parent_folder_id.read_from(r),
            23usize => self.received_date_time.read_from(r),
            24usize => self.reply_to.read_from(r),
            25usize => self.sender.read_from(r),
            26usize => self.sent_date_time.read_from(r),
            27usize => self.subject.read_from(r),
            28usize => self.to_recipients.read_from(r),
            29usize => self.unique_body.read_from(r),
            30usize => self.web_link.read_from(r),
            31usize => self.attachments.read_from(r),
            32usize => self.extensions.read_from(r),
            33usize => self.multi_value_extended_properties.read_from(r),
            34usize => self.single_value_extended_properties.read_from(r),
            35usize => self.end_date_time.read_from(r),
            36usize => self.is_all_day.read_from(r),
            37usize => self.is_delegated.read_from(r),
            38usize => self.is_out_of_date.read_from(r),
            39usize => self.location.read_from(r),
            40usize => self.meeting_message_type.read_from(r),
            41usize => self.recurrence.read_from(r),
            42usize => self.start_date_time.read_from(r),
            43usize => self.type_.read_from(r),
            44usize => self.event.read_from(r),
            45usize => self.allow_new_time_proposals.read_from(r),
            46usize => self.meeting_request_type.read_from(r),
            47usize => self.previous_end_date_time.read_from(r),
            48usize => self.previous_location.read_from(r),
            49usize => self.previous_start_date_time.read_from(r),
            50usize => self.response_requested.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.categories);
        w.field(2usize, &self.change_key);
        w.field(3usize, &self.created_date_time);
        w.field(4usize, &self.last_modified_date_time);
        w.field(5usize, &self.bcc_recipients);
        w.field(6usize, &self.body);
        w.field(7usize, &self.body_preview);
        w.field(8usize, &self.cc_recipients);
        w.field(9usize, &self.conversation_id);
        w.field(10usize, &self.conversation_index);
        w.field(11usize, &self.flag);
        w.field(12usize, &self.from);
        w.field(13usize, &self.has_attachments);
        w.field(14usize, &self.importance);
        w.field(15usize, &self.inference_classification);
        w.field(16usize, &self.internet_message_headers);
        w.field(17usize, &self.internet_message_id);
        w.field(18usize, &self.is_delivery_receipt_requested);
        w.field(19usize, &self.is_draft);
        w.field(20usize, &self.is_read);
        w.field(21usize, &self.is_read_receipt_requested);
        w.field(22usize, &self.parent_folder_id);
        w.field(23usize, &self.received_date_time);
        w.field(24usize, &self.reply_to);
        w.field(25usize, &self.sender);
        w.field(26usize, &self.sent_date_time);
        w.field(27usize, &self.subject);
        w.field(28usize, &self.to_recipients);
        w.field(29usize, &self.unique_body);
        w.field(30usize, &self.web_link);
        w.field(31usize, &self.attachments);
        w.field(32usize, &self.extensions);
        w.field(33usize, &self.multi_value_extended_properties);
        w.field(34usize, &self.single_value_extended_properties);
        w.field(35usize, &self.end_date_time);
        w.field(36usize, &self.is_all_day);
        w.field(37usize, &self.is_delegated);
        w.field(38usize, &self.is_out_of_date);
        w.field(39usize, &self.location);
        w.field(40usize, &self.meeting_message_type);
        w.field(41usize, &self.recurrence);
        w.field(42usize, &self.start_date_time);
        w.field(43usize, &self.type_);
        w.field(44usize, &self.event);
        w.field(45usize, &self.allow_new_time_proposals);
        w.field(46usize, &self.meeting_request_type);
        w.field(47usize, &self.previous_end_date_time);
        w.field(48usize, &self.previous_location);
        w.field(49usize, &self.previous_start_date_time);
        w.field(50usize, &self.response_requested);
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
rt::impl_object!(EventMessageRequest);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    EventMessageRequest { with_id id : ::std::string::String; with_categories categories
    : ::std::vec::Vec < ::std::string::String >; with_change_key change_key :
    ::std::string::String; with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_bcc_recipients bcc_recipients : ::std::vec::Vec < crate
    ::v1::AnyRecipient >; with_body body : crate ::v1::ItemBody; with_body_preview
    body_preview : ::std::string::String; with_cc_recipients cc_recipients :
    ::std::vec::Vec < crate ::v1::AnyRecipient >; with_conversation_id conversation_id :
    ::std::string::String; with_conversation_index conversation_index : rt::edm::Binary;
    with_flag flag : crate ::v1::FollowupFlag; with_from from : crate ::v1::AnyRecipient;
    with_has_attachments has_attachments : bool; with_importance importance : crate
    ::v1::Importance; with_inference_classification inference_classification : crate
    ::v1::InferenceClassificationType; with_internet_message_headers
    internet_message_headers : ::std::vec::Vec < crate ::v1::InternetMessageHeader >;
    with_internet_message_id internet_message_id : ::std::string::String;
    with_is_delivery_receipt_requested is_delivery_receipt_requested : bool;
    with_is_draft is_draft : bool; with_is_read is_read : bool;
    with_is_read_receipt_requested is_read_receipt_requested : bool;
    with_parent_folder_id parent_folder_id : ::std::string::String;
    with_received_date_time received_date_time : rt::edm::DateTimeOffset; with_reply_to
    reply_to : ::std::vec::Vec < crate ::v1::AnyRecipient >; with_sender sender : crate
    ::v1::AnyRecipient; with_sent_date_time sent_date_time : rt::edm::DateTimeOffset;
    with_subject subject : ::std::string::String; with_to_recipients to_recipients :
    ::std::vec::Vec < crate ::v1::AnyRecipient >; with_unique_body unique_body : crate
    ::v1::ItemBody; with_web_link web_link : ::std::string::String; with_attachments
    attachments : ::std::vec::Vec < crate ::v1::AnyAttachment >; with_extensions
    extensions : ::std::vec::Vec < crate ::v1::AnyExtension >;
    with_multi_value_extended_properties multi_value_extended_properties :
    ::std::vec::Vec < crate ::v1::MultiValueLegacyExtendedProperty >;
    with_single_value_extended_properties single_value_extended_properties :
    ::std::vec::Vec < crate ::v1::SingleValueLegacyExtendedProperty >; with_end_date_time
    end_date_time : crate ::v1::DateTimeTimeZone; with_is_all_day is_all_day : bool;
    with_is_delegated is_delegated : bool; with_is_out_of_date is_out_of_date : bool;
    with_location location : crate ::v1::AnyLocation; with_meeting_message_type
    meeting_message_type : crate ::v1::MeetingMessageType; with_recurrence recurrence :
    crate ::v1::PatternedRecurrence; with_start_date_time start_date_time : crate
    ::v1::DateTimeTimeZone; with_type type_ : crate ::v1::EventType; with_event event :
    crate ::v1::Event; with_allow_new_time_proposals allow_new_time_proposals : bool;
    with_meeting_request_type meeting_request_type : crate ::v1::MeetingRequestType;
    with_previous_end_date_time previous_end_date_time : crate ::v1::DateTimeTimeZone;
    with_previous_location previous_location : crate ::v1::AnyLocation;
    with_previous_start_date_time previous_start_date_time : crate
    ::v1::DateTimeTimeZone; with_response_requested response_requested : bool; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(EventMessageRequest);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.eventMessageResponse`, entity type, derived from `microsoft.graph.eventMessage`, key `id`.
///
/// Request builders: [`EventMessageResponsePath`](requests/trait.EventMessageResponsePath.html), what a path to one (`EntityPath<EventMessageResponse, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct EventMessageResponse {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `categories`: `Collection(Edm.String)`, nullable.
    pub categories: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `changeKey`: `Edm.String`, nullable.
    pub change_key: rt::Field<::std::string::String>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `bccRecipients`: `Collection(microsoft.graph.recipient)`, nullable.
    pub bcc_recipients: rt::Field<::std::vec::Vec<crate::v1::AnyRecipient>>,
    /// CSDL: property `body`: `microsoft.graph.itemBody`, nullable.
    pub body: rt::Field<crate::v1::ItemBody>,
    /// CSDL: property `bodyPreview`: `Edm.String`, nullable.
    pub body_preview: rt::Field<::std::string::String>,
    /// CSDL: property `ccRecipients`: `Collection(microsoft.graph.recipient)`, nullable.
    pub cc_recipients: rt::Field<::std::vec::Vec<crate::v1::AnyRecipient>>,
    /// CSDL: property `conversationId`: `Edm.String`, nullable.
    pub conversation_id: rt::Field<::std::string::String>,
    /// CSDL: property `conversationIndex`: `Edm.Binary`, nullable.
    pub conversation_index: rt::Field<rt::edm::Binary>,
    /// CSDL: property `flag`: `microsoft.graph.followupFlag`, nullable.
    pub flag: rt::Field<crate::v1::FollowupFlag>,
    /// CSDL: property `from`: `microsoft.graph.recipient`, nullable.
    pub from: rt::Field<crate::v1::AnyRecipient>,
    /// CSDL: property `hasAttachments`: `Edm.Boolean`, nullable.
    pub has_attachments: rt::Field<bool>,
    /// CSDL: property `importance`: `microsoft.graph.importance`, nullable.
    pub importance: rt::Field<crate::v1::Importance>,
    /// CSDL: property `inferenceClassification`: `microsoft.graph.inferenceClassificationType`, nullable.
    pub inference_classification: rt::Field<crate::v1::InferenceClassificationType>,
    /// CSDL: property `internetMessageHeaders`: `Collection(microsoft.graph.internetMessageHeader)`, nullable.
    pub internet_message_headers: rt::Field<
        ::std::vec::Vec<crate::v1::InternetMessageHeader>,
    >,
    /// CSDL: property `internetMessageId`: `Edm.String`, nullable.
    pub internet_message_id: rt::Field<::std::string::String>,
    /// CSDL: property `isDeliveryReceiptRequested`: `Edm.Boolean`, nullable.
    pub is_delivery_receipt_requested: rt::Field<bool>,
    /// CSDL: property `isDraft`: `Edm.Boolean`, nullable.
    pub is_draft: rt::Field<bool>,
    /// CSDL: property `isRead`: `Edm.Boolean`, nullable.
    pub is_read: rt::Field<bool>,
    /// CSDL: property `isReadReceiptRequested`: `Edm.Boolean`, nullable.
    pub is_read_receipt_requested: rt::Field<bool>,
    /// CSDL: property `parentFolderId`: `Edm.String`, nullable.
    pub parent_folder_id: rt::Field<::std::string::String>,
    /// CSDL: property `receivedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub received_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `replyTo`: `Collection(microsoft.graph.recipient)`, nullable.
    pub reply_to: rt::Field<::std::vec::Vec<crate::v1::AnyRecipient>>,
    /// CSDL: property `sender`: `microsoft.graph.recipient`, nullable.
    pub sender: rt::Field<crate::v1::AnyRecipient>,
    /// CSDL: property `sentDateTime`: `Edm.DateTimeOffset`, nullable.
    pub sent_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `subject`: `Edm.String`, nullable.
    pub subject: rt::Field<::std::string::String>,
    /// CSDL: property `toRecipients`: `Collection(microsoft.graph.recipient)`, nullable.
    pub to_recipients: rt::Field<::std::vec::Vec<crate::v1::AnyRecipient>>,
    /// CSDL: property `uniqueBody`: `microsoft.graph.itemBody`, nullable.
    pub unique_body: rt::Field<crate::v1::ItemBody>,
    /// CSDL: property `webLink`: `Edm.String`, nullable.
    pub web_link: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `attachments`: `Collection(microsoft.graph.attachment)`, not nullable.
    pub attachments: rt::Field<::std::vec::Vec<crate::v1::AnyAttachment>>,
    /// CSDL: containment navigation property `extensions`: `Collection(microsoft.graph.extension)`, not nullable.
    pub extensions: rt::Field<::std::vec::Vec<crate::v1::AnyExtension>>,
    /// CSDL: containment navigation property `multiValueExtendedProperties`: `Collection(microsoft.graph.multiValueLegacyExtendedProperty)`, not nullable.
    pub multi_value_extended_properties: rt::Field<
        ::std::vec::Vec<crate::v1::MultiValueLegacyExtendedProperty>,
    >,
    /// CSDL: containment navigation property `singleValueExtendedProperties`: `Collection(microsoft.graph.singleValueLegacyExtendedProperty)`, not nullable.
    pub single_value_extended_properties: rt::Field<
        ::std::vec::Vec<crate::v1::SingleValueLegacyExtendedProperty>,
    >,
    /// CSDL: property `endDateTime`: `microsoft.graph.dateTimeTimeZone`, nullable.
    pub end_date_time: rt::Field<crate::v1::DateTimeTimeZone>,
    /// CSDL: property `isAllDay`: `Edm.Boolean`, nullable.
    pub is_all_day: rt::Field<bool>,
    /// CSDL: property `isDelegated`: `Edm.Boolean`, nullable.
    pub is_delegated: rt::Field<bool>,
    /// CSDL: property `isOutOfDate`: `Edm.Boolean`, nullable.
    pub is_out_of_date: rt::Field<bool>,
    /// CSDL: property `location`: `microsoft.graph.location`, nullable.
    pub location: rt::Field<crate::v1::AnyLocation>,
    /// CSDL: property `meetingMessageType`: `microsoft.graph.meetingMessageType`, nullable.
    pub meeting_message_type: rt::Field<crate::v1::MeetingMessageType>,
    /// CSDL: property `recurrence`: `microsoft.graph.patternedRecurrence`, nullable.
    pub recurrence: rt::Field<crate::v1::PatternedRecurrence>,
    /// CSDL: property `startDateTime`: `microsoft.graph.dateTimeTimeZone`, nullable.
    pub start_date_time: rt::Field<crate::v1::DateTimeTimeZone>,
    /// CSDL: property `type`: `microsoft.graph.eventType`, nullable.
    pub type_: rt::Field<crate::v1::EventType>,
    /// CSDL: containment navigation property `event`: `microsoft.graph.event`, nullable.
    pub event: rt::Field<crate::v1::Event>,
    /// CSDL: property `proposedNewTime`: `microsoft.graph.timeSlot`, nullable.
    pub proposed_new_time: rt::Field<crate::v1::TimeSlot>,
    /// CSDL: property `responseType`: `microsoft.graph.responseType`, nullable.
    pub response_type: rt::Field<crate::v1::ResponseType>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for EventMessageResponse {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            categories: rt::Field::Absent,
            change_key: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            bcc_recipients: rt::Field::Absent,
            body: rt::Field::Absent,
            body_preview: rt::Field::Absent,
            cc_recipients: rt::Field::Absent,
            conversation_id: rt::Field::Absent,
            conversation_index: rt::Field::Absent,
            flag: rt::Field::Absent,
            from: rt::Field::Absent,
            has_attachments: rt::Field::Absent,
            importance: rt::Field::Absent,
            inference_classification: rt::Field::Absent,
            internet_message_headers: rt::Field::Absent,
            internet_message_id: rt::Field::Absent,
            is_delivery_receipt_requested: rt::Field::Absent,
            is_draft: rt::Field::Absent,
            is_read: rt::Field::Absent,
            is_read_receipt_requested: rt::Field::Absent,
            parent_folder_id: rt::Field::Absent,
            received_date_time: rt::Field::Absent,
            reply_to: rt::Field::Absent,
            sender: rt::Field::Absent,
            sent_date_time: rt::Field::Absent,
            subject: rt::Field::Absent,
            to_recipients: rt::Field::Absent,
            unique_body: rt::Field::Absent,
            web_link: rt::Field::Absent,
            attachments: rt::Field::Absent,
            extensions: rt::Field::Absent,
            multi_value_extended_properties: rt::Field::Absent,
            single_value_extended_properties: rt::Field::Absent,
            end_date_time: rt::Field::Absent,
            is_all_day: rt::Field::Absent,
            is_delegated: rt::Field::Absent,
            is_out_of_date: rt::Field::Absent,
            location: rt::Field::Absent,
            meeting_message_type: rt::Field::Absent,
            recurrence: rt::Field::Absent,
            start_date_time: rt::Field::Absent,
            type_: rt::Field::Absent,
            event: rt::Field::Absent,
            proposed_new_time: rt::Field::Absent,
            response_type: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for EventMessageResponse {
    const TYPE_NAME: &'static str = "microsoft.graph.eventMessageResponse";
    const KEYS: &'static [&'static str] = &[
        "id",
        "categories",
        "changeKey",
        "createdDateTime",
        "lastModifiedDateTime",
        "bccRecipients",
        "body",
        "bodyPreview",
        "ccRecipients",
        "conversationId",
        "conversationIndex",
        "flag",
        "from",
        "hasAttachments",
        "importance",
        "inferenceClassification",
        "internetMessageHeaders",
        "internetMessageId",
        "isDeliveryReceiptRequested",
        "isDraft",
        "isRead",
        "isReadReceiptRequested",
        "parentFolderId",
        "receivedDateTime",
        "replyTo",
        "sender",
        "sentDateTime",
        "subject",
        "toRecipients",
        "uniqueBody",
        "webLink",
        "attachments",
        "extensions",
        "multiValueExtendedProperties",
        "singleValueExtendedProperties",
        "endDateTime",
        "isAllDay",
        "isDelegated",
        "isOutOfDate",
        "location",
        "meetingMessageType",
        "recurrence",
        "startDateTime",
        "type",
        "event",
        "proposedNewTime",
        "responseType",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"categories\":                   ",
        ",\"changeKey\":                    ",
        ",\"createdDateTime\":              ",
        ",\"lastModifiedDateTime\":         ",
        ",\"bccRecipients\":                ",
        ",\"body\":                         ",
        ",\"bodyPreview\":                  ",
        ",\"ccRecipients\":                 ",
        ",\"conversationId\":               ",
        ",\"conversationIndex\":            ",
        ",\"flag\":                         ",
        ",\"from\":                         ",
        ",\"hasAttachments\":               ",
        ",\"importance\":                   ",
        ",\"inferenceClassification\":      ",
        ",\"internetMessageHeaders\":       ",
        ",\"internetMessageId\":            ",
        ",\"isDeliveryReceiptRequested\":   ",
        ",\"isDraft\":                      ",
        ",\"isRead\":                       ",
        ",\"isReadReceiptRequested\":       ",
        ",\"parentFolderId\":               ",
        ",\"receivedDateTime\":             ",
        ",\"replyTo\":                      ",
        ",\"sender\":                       ",
        ",\"sentDateTime\":                 ",
        ",\"subject\":                      ",
        ",\"toRecipients\":                 ",
        ",\"uniqueBody\":                   ",
        ",\"webLink\":                      ",
        ",\"attachments\":                  ",
        ",\"extensions\":                   ",
        ",\"multiValueExtendedProperties\": ",
        ",\"singleValueExtendedProperties\":",
        ",\"endDateTime\":                  ",
        ",\"isAllDay\":                     ",
        ",\"isDelegated\":                  ",
        ",\"isOutOfDate\":                  ",
        ",\"location\":                     ",
        ",\"meetingMessageType\":           ",
        ",\"recurrence\":                   ",
        ",\"startDateTime\":                ",
        ",\"type\":                         ",
        ",\"event\":                        ",
        ",\"proposedNewTime\":              ",
        ",\"responseType\":                 ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.eventMessageResponse\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "categories", &self.categories);
        v.field(2usize, "change_key", &self.change_key);
        v.field(3usize, "created_date_time", &self.created_date_time);
        v.field(4usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(5usize, "bcc_recipients", &self.bcc_recipients);
        v.field(6usize, "body", &self.body);
        v.field(7usize, "body_preview", &self.body_preview);
        v.field(8usize, "cc_recipients", &self.cc_recipients);
        v.field(9usize, "conversation_id", &self.conversation_id);
        v.field(10usize, "conversation_index", &self.conversation_index);
        v.field(11usize, "flag", &self.flag);
        v.field(12usize, "from", &self.from);
        v.field(13usize, "has_attachments", &self.has_attachments);
        v.field(14usize, "importance", &self.importance);
        v.field(15usize, "inference_classification", &self.inference_classification);
        v.field(16usize, "internet_message_headers", &self.internet_message_headers);
        v.field(17usize, "internet_message_id", &self.internet_message_id);
        v.field(
            18usize,
            "is_delivery_receipt_requested",
            &self.is_delivery_receipt_requested,
        );
        v.field(19usize, "is_draft", &self.is_draft);
        v.field(20usize, "is_read", &self.is_read);
        v.field(21usize, "is_read_receipt_requested", &self.is_read_receipt_requested);
        v.field(22usize, "parent_folder_id", &self.parent_folder_id);
        v.field(23usize, "received_date_time", &self.received_date_time);
        v.field(24usize, "reply_to", &self.reply_to);
        v.field(25usize, "sender", &self.sender);
        v.field(26usize, "sent_date_time", &self.sent_date_time);
        v.field(27usize, "subject", &self.subject);
        v.field(28usize, "to_recipients", &self.to_recipients);
        v.field(29usize, "unique_body", &self.unique_body);
        v.field(30usize, "web_link", &self.web_link);
        v.field(31usize, "attachments", &self.attachments);
        v.field(32usize, "extensions", &self.extensions);
        v.field(
            33usize,
            "multi_value_extended_properties",
            &self.multi_value_extended_properties,
        );
        v.field(
            34usize,
            "single_value_extended_properties",
            &self.single_value_extended_properties,
        );
        v.field(35usize, "end_date_time", &self.end_date_time);
        v.field(36usize, "is_all_day", &self.is_all_day);
        v.field(37usize, "is_delegated", &self.is_delegated);
        v.field(38usize, "is_out_of_date", &self.is_out_of_date);
        v.field(39usize, "location", &self.location);
        v.field(40usize, "meeting_message_type", &self.meeting_message_type);
        v.field(41usize, "recurrence", &self.recurrence);
        v.field(42usize, "start_date_time", &self.start_date_time);
        v.field(43usize, "type_", &self.type_);
        v.field(44usize, "event", &self.event);
        v.field(45usize, "proposed_new_time", &self.proposed_new_time);
        v.field(46usize, "response_type", &self.response_type);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for EventMessageResponse {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.categories.read_from(r),
            2usize => self.change_key.read_from(r),
            3usize => self.created_date_time.read_from(r),
            4usize => self.last_modified_date_time.read_from(r),
            5usize => self.bcc_recipients.read_from(r),
            6usize => self.body.read_from(r),
            7usize => self.body_preview.read_from(r),
            8usize => self.cc_recipients.read_from(r),
            9usize => self.conversation_id.read_from(r),
            10usize => self.conversation_index.read_from(r),
            11usize => self.flag.read_from(r),
            12usize => self.from.read_from(r),
            13usize => self.has_attachments.read_from(r),
            14usize => self.importance.read_from(r),
            15usize => self.inference_classification.read_from(r),
            16usize => self.internet_message_headers.read_from(r),
            17usize => self.internet_message_id.read_from(r),
            18usize => self.is_delivery_receipt_requested.read_from(r),
            19usize => self.is_draft.read_from(r),
            20usize => self.is_read.read_from(r),
            21usize => self.is_read_receipt_requested.read_from(r),
            22usize => self.parent_folder_id.read_from(r),
            23usize => self.received_date_time.read_from(r),
            24usize => self.reply_to.read_from(r),
            25usize => self.sender.read_from(r),
            26usize => self.sent_date_time.read_from(r),
            27usize => self.subject.read_from(r),
            28usize => self.to_recipients.read_from(r),
            29usize => self.unique_body.read_from(r),
            30usize => self.web_link.read_from(r),
            31usize => self.attachments.read_from(r),
            32usize => self.extensions.read_from(r),
            33usize => self.multi_value_extended_properties.read_from(r),
            34usize => self.single_value_extended_properties.read_from(r),
            35usize => self.end_date_time.read_from(r),
            36usize => self.is_all_day.read_from(r),
            37usize => self.is_delegated.read_from(r),
            38usize => self.is_out_of_date.read_from(r),
            39usize => self.location.read_from(r),
            40usize => self.meeting_message_type.read_from(r),
            41usize => self.recurrence.read_from(r),
            42usize => self.start_date_time.read_from(r),
            43usize => self.type_.read_from(r),
            44usize => self.event.read_from(r),
            45usize => self.proposed_new_time.read_from(r),
            46usize => self.response_type.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.categories);
        w.field(2usize, &self.change_key);
        w.field(3usize, &self.created_date_time);
        w.field(4usize, &self.last_modified_date_time);
        w.field(5usize, &self.bcc_recipients);
        w.field(6usize, &self.body);
        w.field(7usize, &self.body_preview);
        w.field(8usize, &self.cc_recipients);
        w.field(9usize, &self.conversation_id);
        w.field(10usize, &self.conversation_index);
        w.field(11usize, &self.flag);
        w.field(12usize, &self.from);
        w.field(13usize, &self.has_attachments);
        w.field(14usize, &self.importance);
        w.field(15usize, &self.inference_classification);
        w.field(16usize, &self.internet_message_headers);
        w.field(17usize, &self.internet_message_id);
        w.field(18usize, &self.is_delivery_receipt_requested);
        w.field(19usize, &self.is_draft);
        w.field(20usize, &self.is_read);
        w.field(21usize, &self.is_read_receipt_requested);
        w.field(22usize, &self.parent_folder_id);
        w.field(23usize, &self.received_date_time);
        w.field(24usize, &self.reply_to);
        w.field(25usize, &self.sender);
        w.field(26usize, &self.sent_date_time);
        w.field(27usize, &self.subject);
        w.field(28usize, &self.to_recipients);
        w.field(29usize, &self.unique_body);
        w.field(30usize, &self.web_link);
        w.field(31usize, &self.attachments);
        w.field(32usize, &self.extensions);
        w.field(33usize, &self.multi_value_extended_properties);
        w.field(34usize, &self.single_value_extended_properties);
        w.field(35usize, &self.end_date_time);
        w.field(36usize, &self.is_all_day);
        w.field(37usize, &self.is_delegated);
        w.field(38usize, &self.is_out_of_date);
        w.field(39usize, &self.location);
        w.field(40usize, &self.meeting_message_type);
        w.field(41usize, &self.recurrence);
        w.field(42usize, &self.start_date_time);
        w.field(43usize, &self.type_);
        w.field(44usize, &self.event);
        w.field(45usize, &self.proposed_new_time);
        w.field(46usize, &self.response_type);
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
rt::impl_object!(EventMessageResponse);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    EventMessageResponse { with_id id : ::std::string::String; with_categories categories
    : ::std::vec::Vec < ::std::string::String >; with_change_key change_key :
    ::std::string::String; with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_bcc_recipients bcc_recipients : ::std::vec::Vec < crate
    ::v1::AnyRecipient >; with_body body : crate ::v1::ItemBody; with_body_preview
    body_preview : ::std::string::String; with_cc_recipients cc_recipients :
    ::std::vec::Vec < crate ::v1::AnyRecipient >; with_conversation_id conversation_id :
    ::std::string::String; with_conversation_index conversation_index : rt::edm::Binary;
    with_flag flag : crate ::v1::FollowupFlag; with_from from : crate ::v1::AnyRecipient;
    with_has_attachments has_attachments : bool; with_importance importance : crate
    ::v1::Importance; with_inference_classification inference_classification : crate
    ::v1::InferenceClassificationType; with_internet_message_headers
    internet_message_headers : ::std::vec::Vec < crate ::v1::InternetMessageHeader >;
    with_internet_message_id internet_message_id : ::std::string::String;
    with_is_delivery_receipt_requested is_delivery_receipt_requested : bool;
    with_is_draft is_draft : bool; with_is_read is_read : bool;
    with_is_read_receipt_requested is_read_receipt_requested : bool;
    with_parent_folder_id parent_folder_id : ::std::string::String;
    with_received_date_time received_date_time : rt::edm::DateTimeOffset; with_reply_to
    reply_to : ::std::vec::Vec < crate ::v1::AnyRecipient >; with_sender sender : crate
    ::v1::AnyRecipient; with_sent_date_time sent_date_time : rt::edm::DateTimeOffset;
    with_subject subject : ::std::string::String; with_to_recipients to_recipients :
    ::std::vec::Vec < crate ::v1::AnyRecipient >; with_unique_body unique_body : crate
    ::v1::ItemBody; with_web_link web_link : ::std::string::String; with_attachments
    attachments : ::std::vec::Vec < crate ::v1::AnyAttachment >; with_extensions
    extensions : ::std::vec::Vec < crate ::v1::AnyExtension >;
    with_multi_value_extended_properties multi_value_extended_properties :
    ::std::vec::Vec < crate ::v1::MultiValueLegacyExtendedProperty >;
    with_single_value_extended_properties single_value_extended_properties :
    ::std::vec::Vec < crate ::v1::SingleValueLegacyExtendedProperty >; with_end_date_time
    end_date_time : crate ::v1::DateTimeTimeZone; with_is_all_day is_all_day : bool;
    with_is_delegated is_delegated : bool; with_is_out_of_date is_out_of_date : bool;
    with_location location : crate ::v1::AnyLocation; with_meeting_message_type
    meeting_message_type : crate ::v1::MeetingMessageType; with_recurrence recurrence :
    crate ::v1::PatternedRecurrence; with_start_date_time start_date_time : crate
    ::v1::DateTimeTimeZone; with_type type_ : crate ::v1::EventType; with_event event :
    crate ::v1::Event; with_proposed_new_time proposed_new_time : crate ::v1::TimeSlot;
    with_response_type response_type : crate ::v1::ResponseType; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(EventMessageResponse);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.eventType`, enum type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum EventType {
    /// `singleInstance` (value 0).
    SingleInstance,
    /// `occurrence` (value 1).
    Occurrence,
    /// `exception` (value 2).
    Exception,
    /// `seriesMaster` (value 3).
    SeriesMaster,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_core)]
impl rt::StrEnum for EventType {
    const TYPE_NAME: &'static str = "microsoft.graph.eventType";
    const MEMBERS: &'static [&'static str] = &[
        "singleInstance",
        "occurrence",
        "exception",
        "seriesMaster",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "singleInstance" => Self::SingleInstance,
                "occurrence" => Self::Occurrence,
                "exception" => Self::Exception,
                "seriesMaster" => Self::SeriesMaster,
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
            Self::SingleInstance => "singleInstance",
            Self::Occurrence => "occurrence",
            Self::Exception => "exception",
            Self::SeriesMaster => "seriesMaster",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_core)]
rt::impl_enum!(EventType);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(EventType);
#[cfg(msgraph_v1_admin_or_search)]
/// CSDL: `microsoft.graph.exchangeAdmin`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`ExchangeAdminPath`](requests/trait.ExchangeAdminPath.html), what a path to one (`EntityPath<ExchangeAdmin, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-search`.
#[derive(Clone)]
pub struct ExchangeAdmin {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `mailboxes`: `Collection(microsoft.graph.mailbox)`, not nullable.
    pub mailboxes: rt::Field<::std::vec::Vec<crate::v1::Mailbox>>,
    /// CSDL: containment navigation property `tracing`: `microsoft.graph.messageTracingRoot`, nullable.
    pub tracing: rt::Field<crate::v1::MessageTracingRoot>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_admin_or_search)]
impl ::std::default::Default for ExchangeAdmin {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            mailboxes: rt::Field::Absent,
            tracing: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_admin_or_search)]
impl rt::Object for ExchangeAdmin {
    const TYPE_NAME: &'static str = "microsoft.graph.exchangeAdmin";
    const KEYS: &'static [&'static str] = &["id", "mailboxes", "tracing"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"mailboxes\":                    ",
        ",\"tracing\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.exchangeAdmin\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "mailboxes", &self.mailboxes);
        v.field(2usize, "tracing", &self.tracing);
    }
}
#[cfg(msgraph_v1_admin_or_search)]
impl rt::object::Members for ExchangeAdmin {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.mailboxes.read_from(r),
            2usize => self.tracing.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.mailboxes);
        w.field(2usize, &self.tracing);
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
rt::impl_object!(ExchangeAdmin);
#[cfg(msgraph_v1_admin_or_search)]
rt::impl_setters!(
    ExchangeAdmin { with_id id : ::std::string::String; with_mailboxes mailboxes :
    ::std::vec::Vec < crate ::v1::Mailbox >; with_tracing tracing : crate
    ::v1::MessageTracingRoot; }
);
#[cfg(msgraph_v1_admin_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ExchangeAdmin);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.exchangeIdFormat`, enum type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ExchangeIdFormat {
    /// `entryId` (value 0).
    EntryId,
    /// `ewsId` (value 1).
    EwsId,
    /// `immutableEntryId` (value 2).
    ImmutableEntryId,
    /// `restId` (value 3).
    RestId,
    /// `restImmutableEntryId` (value 4).
    RestImmutableEntryId,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_core)]
impl rt::StrEnum for ExchangeIdFormat {
    const TYPE_NAME: &'static str = "microsoft.graph.exchangeIdFormat";
    const MEMBERS: &'static [&'static str] = &[
        "entryId",
        "ewsId",
        "immutableEntryId",
        "restId",
        "restImmutableEntryId",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "entryId" => Self::EntryId,
                "ewsId" => Self::EwsId,
                "immutableEntryId" => Self::ImmutableEntryId,
                "restId" => Self::RestId,
                "restImmutableEntryId" => Self::RestImmutableEntryId,
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
            Self::EntryId => "entryId",
            Self::EwsId => "ewsId",
            Self::ImmutableEntryId => "immutableEntryId",
            Self::RestId => "restId",
            Self::RestImmutableEntryId => "restImmutableEntryId",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_core)]
rt::impl_enum!(ExchangeIdFormat);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(ExchangeIdFormat);
#[cfg(msgraph_v1_admin_or_search)]
/// CSDL: `microsoft.graph.exchangeMessageTrace`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`ExchangeMessageTracePath`](requests/trait.ExchangeMessageTracePath.html), what a path to one (`EntityPath<ExchangeMessageTrace, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-search`.
#[derive(Clone)]
pub struct ExchangeMessageTrace {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `fromIP`: `Edm.String`, nullable.
    pub from_ip: rt::Field<::std::string::String>,
    /// CSDL: property `messageId`: `Edm.String`, nullable.
    pub message_id: rt::Field<::std::string::String>,
    /// CSDL: property `receivedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub received_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `recipientAddress`: `Edm.String`, nullable.
    pub recipient_address: rt::Field<::std::string::String>,
    /// CSDL: property `senderAddress`: `Edm.String`, nullable.
    pub sender_address: rt::Field<::std::string::String>,
    /// CSDL: property `size`: `Edm.Int32`, not nullable.
    pub size: rt::Field<i32>,
    /// CSDL: property `status`: `microsoft.graph.exchangeMessageTraceStatus`, not nullable.
    pub status: rt::Field<crate::v1::ExchangeMessageTraceStatus>,
    /// CSDL: property `subject`: `Edm.String`, nullable.
    pub subject: rt::Field<::std::string::String>,
    /// CSDL: property `toIP`: `Edm.String`, nullable.
    pub to_ip: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_admin_or_search)]
impl ::std::default::Default for ExchangeMessageTrace {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            from_ip: rt::Field::Absent,
            message_id: rt::Field::Absent,
            received_date_time: rt::Field::Absent,
            recipient_address: rt::Field::Absent,
            sender_address: rt::Field::Absent,
            size: rt::Field::Absent,
            status: rt::Field::Absent,
            subject: rt::Field::Absent,
            to_ip: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_admin_or_search)]
impl rt::Object for ExchangeMessageTrace {
    const TYPE_NAME: &'static str = "microsoft.graph.exchangeMessageTrace";
    const KEYS: &'static [&'static str] = &[
        "id",
        "fromIP",
        "messageId",
        "receivedDateTime",
        "recipientAddress",
        "senderAddress",
        "size",
        "status",
        "subject",
        "toIP",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"fromIP\":                       ",
        ",\"messageId\":                    ",
        ",\"receivedDateTime\":             ",
        ",\"recipientAddress\":             ",
        ",\"senderAddress\":                ",
        ",\"size\":                         ",
        ",\"status\":                       ",
        ",\"subject\":                      ",
        ",\"toIP\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.exchangeMessageTrace\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "from_ip", &self.from_ip);
        v.field(2usize, "message_id", &self.message_id);
        v.field(3usize, "received_date_time", &self.received_date_time);
        v.field(4usize, "recipient_address", &self.recipient_address);
        v.field(5usize, "sender_address", &self.sender_address);
        v.field(6usize, "size", &self.size);
        v.field(7usize, "status", &self.status);
        v.field(8usize, "subject", &self.subject);
        v.field(9usize, "to_ip", &self.to_ip);
    }
}
#[cfg(msgraph_v1_admin_or_search)]
impl rt::object::Members for ExchangeMessageTrace {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.from_ip.read_from(r),
            2usize => self.message_id.read_from(r),
            3usize => self.received_date_time.read_from(r),
            4usize => self.recipient_address.read_from(r),
            5usize => self.sender_address.read_from(r),
            6usize => self.size.read_from(r),
            7usize => self.status.read_from(r),
            8usize => self.subject.read_from(r),
            9usize => self.to_ip.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.from_ip);
        w.field(2usize, &self.message_id);
        w.field(3usize, &self.received_date_time);
        w.field(4usize, &self.recipient_address);
        w.field(5usize, &self.sender_address);
        w.field(6usize, &self.size);
        w.field(7usize, &self.status);
        w.field(8usize, &self.subject);
        w.field(9usize, &self.to_ip);
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
rt::impl_object!(ExchangeMessageTrace);
#[cfg(msgraph_v1_admin_or_search)]
rt::impl_setters!(
    ExchangeMessageTrace { with_id id : ::std::string::String; with_from_ip from_ip :
    ::std::string::String; with_message_id message_id : ::std::string::String;
    with_received_date_time received_date_time : rt::edm::DateTimeOffset;
    with_recipient_address recipient_address : ::std::string::String; with_sender_address
    sender_address : ::std::string::String; with_size size : i32; with_status status :
    crate ::v1::ExchangeMessageTraceStatus; with_subject subject : ::std::string::String;
    with_to_ip to_ip : ::std::string::String; }
);
#[cfg(msgraph_v1_admin_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ExchangeMessageTrace);
#[cfg(msgraph_v1_admin_or_search)]
/// CSDL: `microsoft.graph.exchangeMessageTraceDetail`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1`, or one of `v1-admin`, `v1-search`.
#[derive(Clone)]
pub struct ExchangeMessageTraceDetail {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `action`: `Edm.String`, nullable.
    pub action: rt::Field<::std::string::String>,
    /// CSDL: property `data`: `Edm.String`, nullable.
    pub data: rt::Field<::std::string::String>,
    /// CSDL: property `dateTime`: `Edm.DateTimeOffset`, not nullable.
    pub date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `event`: `Edm.String`, not nullable.
    pub event: rt::Field<::std::string::String>,
    /// CSDL: property `messageId`: `Edm.String`, nullable.
    pub message_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_admin_or_search)]
impl ::std::default::Default for ExchangeMessageTraceDetail {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            action: rt::Field::Absent,
            data: rt::Field::Absent,
            date_time: rt::Field::Absent,
            description: rt::Field::Absent,
            event: rt::Field::Absent,
            message_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_admin_or_search)]
impl rt::Object for ExchangeMessageTraceDetail {
    const TYPE_NAME: &'static str = "microsoft.graph.exchangeMessageTraceDetail";
    const KEYS: &'static [&'static str] = &[
        "id",
        "action",
        "data",
        "dateTime",
        "description",
        "event",
        "messageId",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"action\":                       ",
        ",\"data\":                         ",
        ",\"dateTime\":                     ",
        ",\"description\":                  ",
        ",\"event\":                        ",
        ",\"messageId\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.exchangeMessageTraceDetail\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "action", &self.action);
        v.field(2usize, "data", &self.data);
        v.field(3usize, "date_time", &self.date_time);
        v.field(4usize, "description", &self.description);
        v.field(5usize, "event", &self.event);
        v.field(6usize, "message_id", &self.message_id);
    }
}
#[cfg(msgraph_v1_admin_or_search)]
impl rt::object::Members for ExchangeMessageTraceDetail {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.action.read_from(r),
            2usize => self.data.read_from(r),
            3usize => self.date_time.read_from(r),
            4usize => self.description.read_from(r),
            5usize => self.event.read_from(r),
            6usize => self.message_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.action);
        w.field(2usize, &self.data);
        w.field(3usize, &self.date_time);
        w.field(4usize, &self.description);
        w.field(5usize, &self.event);
        w.field(6usize, &self.message_id);
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
rt::impl_object!(ExchangeMessageTraceDetail);
#[cfg(msgraph_v1_admin_or_search)]
rt::impl_setters!(
    ExchangeMessageTraceDetail { with_id id : ::std::string::String; with_action action :
    ::std::string::String; with_data data : ::std::string::String; with_date_time
    date_time : rt::edm::DateTimeOffset; with_description description :
    ::std::string::String; with_event event : ::std::string::String; with_message_id
    message_id : ::std::string::String; }
);
#[cfg(msgraph_v1_admin_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ExchangeMessageTraceDetail);
#[cfg(msgraph_v1_admin_or_search)]
/// CSDL: `microsoft.graph.exchangeMessageTraceStatus`, enum type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ExchangeMessageTraceStatus {
    /// `gettingStatus` (value 1).
    GettingStatus,
    /// `pending` (value 2).
    Pending,
    /// `failed` (value 3).
    Failed,
    /// `delivered` (value 4).
    Delivered,
    /// `expanded` (value 5).
    Expanded,
    /// `quarantined` (value 6).
    Quarantined,
    /// `filteredAsSpam` (value 7).
    FilteredAsSpam,
    /// `unknownFutureValue` (value 8).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_admin_or_search)]
impl rt::StrEnum for ExchangeMessageTraceStatus {
    const TYPE_NAME: &'static str = "microsoft.graph.exchangeMessageTraceStatus";
    const MEMBERS: &'static [&'static str] = &[
        "gettingStatus",
        "pending",
        "failed",
        "delivered",
        "expanded",
        "quarantined",
        "filteredAsSpam",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "gettingStatus" => Self::GettingStatus,
                "pending" => Self::Pending,
                "failed" => Self::Failed,
                "delivered" => Self::Delivered,
                "expanded" => Self::Expanded,
                "quarantined" => Self::Quarantined,
                "filteredAsSpam" => Self::FilteredAsSpam,
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
            Self::GettingStatus => "gettingStatus",
            Self::Pending => "pending",
            Self::Failed => "failed",
            Self::Delivered => "delivered",
            Self::Expanded => "expanded",
            Self::Quarantined => "quarantined",
            Self::FilteredAsSpam => "filteredAsSpam",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_admin_or_search)]
rt::impl_enum!(ExchangeMessageTraceStatus);
#[cfg(msgraph_v1_admin_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ExchangeMessageTraceStatus);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.exportItemResponse`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ExportItemResponse {
    /// CSDL: property `changeKey`: `Edm.String`, nullable.
    pub change_key: rt::Field<::std::string::String>,
    /// CSDL: property `data`: `Edm.Stream`, nullable.
    pub data: rt::Field<rt::RawJson>,
    /// CSDL: property `error`: `microsoft.graph.mailTipsError`, nullable.
    pub error: rt::Field<crate::v1::MailTipsError>,
    /// CSDL: property `itemId`: `Edm.String`, nullable.
    pub item_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for ExportItemResponse {
    #[inline]
    fn default() -> Self {
        Self {
            change_key: rt::Field::Absent,
            data: rt::Field::Absent,
            error: rt::Field::Absent,
            item_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for ExportItemResponse {
    const TYPE_NAME: &'static str = "microsoft.graph.exportItemResponse";
    const KEYS: &'static [&'static str] = &["changeKey", "data", "error", "itemId"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"changeKey\":                    ",
        ",\"data\":                         ",
        ",\"error\":                        ",
        ",\"itemId\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.exportItemResponse\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "change_key", &self.change_key);
        v.field(1usize, "data", &self.data);
        v.field(2usize, "error", &self.error);
        v.field(3usize, "item_id", &self.item_id);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for ExportItemResponse {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.change_key.read_from(r),
            1usize => self.data.read_from(r),
            2usize => self.error.read_from(r),
            3usize => self.item_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.change_key);
        w.field(1usize, &self.data);
        w.field(2usize, &self.error);
        w.field(3usize, &self.item_id);
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
rt::impl_object!(ExportItemResponse);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    ExportItemResponse { with_change_key change_key : ::std::string::String; with_data
    data : rt::RawJson; with_error error : crate ::v1::MailTipsError; with_item_id
    item_id : ::std::string::String; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(ExportItemResponse);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.expressionInputObject`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ExpressionInputObject {
    /// CSDL: property `definition`: `microsoft.graph.objectDefinition`, nullable.
    pub definition: rt::Field<crate::v1::ObjectDefinition>,
    /// CSDL: property `properties`: `Collection(microsoft.graph.stringKeyObjectValuePair)`, nullable.
    pub properties: rt::Field<::std::vec::Vec<crate::v1::StringKeyObjectValuePair>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for ExpressionInputObject {
    #[inline]
    fn default() -> Self {
        Self {
            definition: rt::Field::Absent,
            properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for ExpressionInputObject {
    const TYPE_NAME: &'static str = "microsoft.graph.expressionInputObject";
    const KEYS: &'static [&'static str] = &["definition", "properties"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"definition\":                   ",
        ",\"properties\":                   ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.expressionInputObject\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "definition", &self.definition);
        v.field(1usize, "properties", &self.properties);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for ExpressionInputObject {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.definition.read_from(r),
            1usize => self.properties.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.definition);
        w.field(1usize, &self.properties);
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
rt::impl_object!(ExpressionInputObject);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    ExpressionInputObject { with_definition definition : crate ::v1::ObjectDefinition;
    with_properties properties : ::std::vec::Vec < crate ::v1::StringKeyObjectValuePair
    >; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(ExpressionInputObject);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.extension`, entity type, derived from `microsoft.graph.entity`, abstract, open, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct Extension {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for Extension {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for Extension {
    const TYPE_NAME: &'static str = "microsoft.graph.extension";
    const KEYS: &'static [&'static str] = &["id"];
    const KEYS_JSON: &'static [&'static str] = &[",\"id\":                           "];
    const TAG: &'static str = "\"#microsoft.graph.extension\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for Extension {
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
#[cfg(msgraph_v1_core)]
rt::impl_object!(Extension);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(Extension { with_id id : ::std::string::String; });
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(Extension);
#[cfg(msgraph_v1_core)]
/// `microsoft.graph.extension` or any type derived from it, selected by `@odata.type` (2 types); each variant's type converts into it (`From`).
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Debug)]
pub enum AnyExtension {
    Extension(::std::boxed::Box<crate::v1::Extension>),
    OpenTypeExtension(::std::boxed::Box<crate::v1::OpenTypeExtension>),
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for AnyExtension {
    #[inline]
    fn default() -> Self {
        Self::Extension(::std::default::Default::default())
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::Extension> for AnyExtension {
    #[inline]
    fn from(v: crate::v1::Extension) -> Self {
        Self::Extension(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::OpenTypeExtension> for AnyExtension {
    #[inline]
    fn from(v: crate::v1::OpenTypeExtension) -> Self {
        Self::OpenTypeExtension(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core)]
unsafe impl ::std::marker::Send for AnyExtension {}
#[cfg(msgraph_v1_core)]
unsafe impl ::std::marker::Sync for AnyExtension {}
#[cfg(msgraph_v1_core)]
impl ::std::marker::Unpin for AnyExtension {}
#[cfg(msgraph_v1_core)]
impl ::std::panic::UnwindSafe for AnyExtension {}
#[cfg(msgraph_v1_core)]
impl ::std::panic::RefUnwindSafe for AnyExtension {}
#[cfg(msgraph_v1_core)]
const _: () = {
    rt::object::auto_traits::<crate::v1::Extension>();
    rt::object::auto_traits::<crate::v1::OpenTypeExtension>();
};
#[cfg(msgraph_v1_core)]
impl rt::Poly for AnyExtension {
    const BASE_NAME: &'static str = "microsoft.graph.extension";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some("microsoft.graph.openTypeExtension") => {
                Self::OpenTypeExtension(rt::object::new_boxed())
            }
            _ => Self::Extension(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::Extension(v) => &**v,
            Self::OpenTypeExtension(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::Extension(v) => &mut **v,
            Self::OpenTypeExtension(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_v1_core)]
impl AnyExtension {
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
            Self::Extension(v) => &v.id,
            Self::OpenTypeExtension(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::Extension(v) => &mut v.id,
            Self::OpenTypeExtension(v) => &mut v.id,
        }
    }
}
#[cfg(msgraph_v1_core)]
rt::impl_poly!(AnyExtension);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyExtension);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.extensionProperty`, entity type, derived from `microsoft.graph.directoryObject`, open, key `id`.
///
/// Request builders: [`DirectoryObjectPath`](requests/trait.DirectoryObjectPath.html), what a path to one (`EntityPath<ExtensionProperty, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ExtensionProperty {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `deletedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub deleted_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `appDisplayName`: `Edm.String`, nullable.
    pub app_display_name: rt::Field<::std::string::String>,
    /// CSDL: property `dataType`: `Edm.String`, not nullable.
    pub data_type: rt::Field<::std::string::String>,
    /// CSDL: property `isMultiValued`: `Edm.Boolean`, not nullable.
    pub is_multi_valued: rt::Field<bool>,
    /// CSDL: property `isSyncedFromOnPremises`: `Edm.Boolean`, nullable.
    pub is_synced_from_on_premises: rt::Field<bool>,
    /// CSDL: property `name`: `Edm.String`, not nullable.
    pub name: rt::Field<::std::string::String>,
    /// CSDL: property `targetObjects`: `Collection(Edm.String)`, not nullable.
    pub target_objects: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for ExtensionProperty {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            deleted_date_time: rt::Field::Absent,
            app_display_name: rt::Field::Absent,
            data_type: rt::Field::Absent,
            is_multi_valued: rt::Field::Absent,
            is_synced_from_on_premises: rt::Field::Absent,
            name: rt::Field::Absent,
            target_objects: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for ExtensionProperty {
    const TYPE_NAME: &'static str = "microsoft.graph.extensionProperty";
    const KEYS: &'static [&'static str] = &[
        "id",
        "deletedDateTime",
        "appDisplayName",
        "dataType",
        "isMultiValued",
        "isSyncedFromOnPremises",
        "name",
        "targetObjects",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"deletedDateTime\":              ",
        ",\"appDisplayName\":               ",
        ",\"dataType\":                     ",
        ",\"isMultiValued\":                ",
        ",\"isSyncedFromOnPremises\":       ",
        ",\"name\":                         ",
        ",\"targetObjects\":                ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.extensionProperty\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "deleted_date_time", &self.deleted_date_time);
        v.field(2usize, "app_display_name", &self.app_display_name);
        v.field(3usize, "data_type", &self.data_type);
        v.field(4usize, "is_multi_valued", &self.is_multi_valued);
        v.field(5usize, "is_synced_from_on_premises", &self.is_synced_from_on_premises);
        v.field(6usize, "name", &self.name);
        v.field(7usize, "target_objects", &self.target_objects);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for ExtensionProperty {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.deleted_date_time.read_from(r),
            2usize => self.app_display_name.read_from(r),
            3usize => self.data_type.read_from(r),
            4usize => self.is_multi_valued.read_from(r),
            5usize => self.is_synced_from_on_premises.read_from(r),
            6usize => self.name.read_from(r),
            7usize => self.target_objects.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.deleted_date_time);
        w.field(2usize, &self.app_display_name);
        w.field(3usize, &self.data_type);
        w.field(4usize, &self.is_multi_valued);
        w.field(5usize, &self.is_synced_from_on_premises);
        w.field(6usize, &self.name);
        w.field(7usize, &self.target_objects);
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
rt::impl_object!(ExtensionProperty);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    ExtensionProperty { with_id id : ::std::string::String; with_deleted_date_time
    deleted_date_time : rt::edm::DateTimeOffset; with_app_display_name app_display_name :
    ::std::string::String; with_data_type data_type : ::std::string::String;
    with_is_multi_valued is_multi_valued : bool; with_is_synced_from_on_premises
    is_synced_from_on_premises : bool; with_name name : ::std::string::String;
    with_target_objects target_objects : ::std::vec::Vec < ::std::string::String >; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(ExtensionProperty);
#[cfg(msgraph_v1_schema_extensions_or_search)]
/// CSDL: `microsoft.graph.extensionSchemaProperty`, complex type.
///
/// Features: `v1`, or one of `v1-schema-extensions`, `v1-search`.
#[derive(Clone)]
pub struct ExtensionSchemaProperty {
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// CSDL: property `type`: `Edm.String`, nullable.
    pub type_: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_schema_extensions_or_search)]
impl ::std::default::Default for ExtensionSchemaProperty {
    #[inline]
    fn default() -> Self {
        Self {
            name: rt::Field::Absent,
            type_: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_schema_extensions_or_search)]
impl rt::Object for ExtensionSchemaProperty {
    const TYPE_NAME: &'static str = "microsoft.graph.extensionSchemaProperty";
    const KEYS: &'static [&'static str] = &["name", "type"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"name\":                         ",
        ",\"type\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.extensionSchemaProperty\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "name", &self.name);
        v.field(1usize, "type_", &self.type_);
    }
}
#[cfg(msgraph_v1_schema_extensions_or_search)]
impl rt::object::Members for ExtensionSchemaProperty {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.name.read_from(r),
            1usize => self.type_.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.name);
        w.field(1usize, &self.type_);
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
#[cfg(msgraph_v1_schema_extensions_or_search)]
rt::impl_object!(ExtensionSchemaProperty);
#[cfg(msgraph_v1_schema_extensions_or_search)]
rt::impl_setters!(
    ExtensionSchemaProperty { with_name name : ::std::string::String; with_type type_ :
    ::std::string::String; }
);
#[cfg(msgraph_v1_schema_extensions_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ExtensionSchemaProperty);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.externalAuthenticationMethod`, entity type, derived from `microsoft.graph.authenticationMethod`, key `id`.
///
/// Request builders: [`AuthenticationMethodPath`](requests/trait.AuthenticationMethodPath.html), what a path to one (`EntityPath<ExternalAuthenticationMethod, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ExternalAuthenticationMethod {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `configurationId`: `Edm.String`, not nullable.
    pub configuration_id: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, not nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for ExternalAuthenticationMethod {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            configuration_id: rt::Field::Absent,
            display_name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for ExternalAuthenticationMethod {
    const TYPE_NAME: &'static str = "microsoft.graph.externalAuthenticationMethod";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdDateTime",
        "configurationId",
        "displayName",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdDateTime\":              ",
        ",\"configurationId\":              ",
        ",\"displayName\":                  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.externalAuthenticationMethod\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_date_time", &self.created_date_time);
        v.field(2usize, "configuration_id", &self.configuration_id);
        v.field(3usize, "display_name", &self.display_name);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for ExternalAuthenticationMethod {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_date_time.read_from(r),
            2usize => self.configuration_id.read_from(r),
            3usize => self.display_name.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.created_date_time);
        w.field(2usize, &self.configuration_id);
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
#[cfg(msgraph_v1_core)]
rt::impl_object!(ExternalAuthenticationMethod);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    ExternalAuthenticationMethod { with_id id : ::std::string::String;
    with_created_date_time created_date_time : rt::edm::DateTimeOffset;
    with_configuration_id configuration_id : ::std::string::String; with_display_name
    display_name : ::std::string::String; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(ExternalAuthenticationMethod);
#[cfg(msgraph_v1_identity_governance_or_search)]
/// CSDL: `microsoft.graph.externalDomainFederation`, complex type, derived from `microsoft.graph.identitySource`.
///
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
#[derive(Clone)]
pub struct ExternalDomainFederation {
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `domainName`: `Edm.String`, nullable.
    pub domain_name: rt::Field<::std::string::String>,
    /// CSDL: property `issuerUri`: `Edm.String`, nullable.
    pub issuer_uri: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl ::std::default::Default for ExternalDomainFederation {
    #[inline]
    fn default() -> Self {
        Self {
            display_name: rt::Field::Absent,
            domain_name: rt::Field::Absent,
            issuer_uri: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::Object for ExternalDomainFederation {
    const TYPE_NAME: &'static str = "microsoft.graph.externalDomainFederation";
    const KEYS: &'static [&'static str] = &["displayName", "domainName", "issuerUri"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"displayName\":                  ",
        ",\"domainName\":                   ",
        ",\"issuerUri\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.externalDomainFederation\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "display_name", &self.display_name);
        v.field(1usize, "domain_name", &self.domain_name);
        v.field(2usize, "issuer_uri", &self.issuer_uri);
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::object::Members for ExternalDomainFederation {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.display_name.read_from(r),
            1usize => self.domain_name.read_from(r),
            2usize => self.issuer_uri.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.display_name);
        w.field(1usize, &self.domain_name);
        w.field(2usize, &self.issuer_uri);
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
rt::impl_object!(ExternalDomainFederation);
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_setters!(
    ExternalDomainFederation { with_display_name display_name : ::std::string::String;
    with_domain_name domain_name : ::std::string::String; with_issuer_uri issuer_uri :
    ::std::string::String; }
);
#[cfg(msgraph_v1_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ExternalDomainFederation);
#[cfg(msgraph_v1_directory_or_identity_or_search)]
/// CSDL: `microsoft.graph.externalDomainName`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1`, or one of `v1-directory`, `v1-identity`, `v1-search`.
#[derive(Clone)]
pub struct ExternalDomainName {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_directory_or_identity_or_search)]
impl ::std::default::Default for ExternalDomainName {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_directory_or_identity_or_search)]
impl rt::Object for ExternalDomainName {
    const TYPE_NAME: &'static str = "microsoft.graph.externalDomainName";
    const KEYS: &'static [&'static str] = &["id"];
    const KEYS_JSON: &'static [&'static str] = &[",\"id\":                           "];
    const TAG: &'static str = "\"#microsoft.graph.externalDomainName\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
    }
}
#[cfg(msgraph_v1_directory_or_identity_or_search)]
impl rt::object::Members for ExternalDomainName {
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
#[cfg(msgraph_v1_directory_or_identity_or_search)]
rt::impl_object!(ExternalDomainName);
#[cfg(msgraph_v1_directory_or_identity_or_search)]
rt::impl_setters!(ExternalDomainName { with_id id : ::std::string::String; });
#[cfg(msgraph_v1_directory_or_identity_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ExternalDomainName);
#[cfg(msgraph_v1_copilot)]
/// CSDL: `microsoft.graph.externalItemConfiguration`, complex type.
///
/// Features: `v1` or `v1-copilot`.
#[derive(Clone)]
pub struct ExternalItemConfiguration {
    /// CSDL: property `connections`: `Collection(microsoft.graph.connectionItem)`, not nullable.
    pub connections: rt::Field<::std::vec::Vec<crate::v1::ConnectionItem>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_copilot)]
impl ::std::default::Default for ExternalItemConfiguration {
    #[inline]
    fn default() -> Self {
        Self {
            connections: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_copilot)]
impl rt::Object for ExternalItemConfiguration {
    const TYPE_NAME: &'static str = "microsoft.graph.externalItemConfiguration";
    const KEYS: &'static [&'static str] = &["connections"];
    const KEYS_JSON: &'static [&'static str] = &[",\"connections\":                  "];
    const TAG: &'static str = "\"#microsoft.graph.externalItemConfiguration\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "connections", &self.connections);
    }
}
#[cfg(msgraph_v1_copilot)]
impl rt::object::Members for ExternalItemConfiguration {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.connections.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.connections);
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
rt::impl_object!(ExternalItemConfiguration);
#[cfg(msgraph_v1_copilot)]
rt::impl_setters!(
    ExternalItemConfiguration { with_connections connections : ::std::vec::Vec < crate
    ::v1::ConnectionItem >; }
);
#[cfg(msgraph_v1_copilot)]
#[cfg(feature = "serde")]
rt::impl_serde!(ExternalItemConfiguration);
#[cfg(msgraph_v1_any_area)]
/// CSDL: `microsoft.graph.externalSponsors`, complex type, derived from `microsoft.graph.subjectSet`.
///
/// Feature: `v1` or any `v1-*` area feature.
#[derive(Clone)]
pub struct ExternalSponsors {
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_any_area)]
impl ::std::default::Default for ExternalSponsors {
    #[inline]
    fn default() -> Self {
        Self {
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_any_area)]
impl rt::Object for ExternalSponsors {
    const TYPE_NAME: &'static str = "microsoft.graph.externalSponsors";
    const KEYS: &'static [&'static str] = &[];
    const KEYS_JSON: &'static [&'static str] = &[];
    const TAG: &'static str = "\"#microsoft.graph.externalSponsors\"";
    #[inline]
    #[allow(unused_variables)]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {}
}
#[cfg(msgraph_v1_any_area)]
impl rt::object::Members for ExternalSponsors {
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
rt::impl_object!(ExternalSponsors);
#[cfg(msgraph_v1_any_area)]
#[cfg(feature = "serde")]
rt::impl_serde!(ExternalSponsors);
#[cfg(msgraph_v1_identity_or_search)]
/// CSDL: `microsoft.graph.externalUsersSelfServiceSignUpEventsFlow`, entity type, derived from `microsoft.graph.authenticationEventsFlow`, key `id`.
///
/// Request builders: [`ExternalUsersSelfServiceSignUpEventsFlowPath`](requests/trait.ExternalUsersSelfServiceSignUpEventsFlowPath.html), what a path to one (`EntityPath<ExternalUsersSelfServiceSignUpEventsFlow, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-identity`, `v1-search`.
#[derive(Clone)]
pub struct ExternalUsersSelfServiceSignUpEventsFlow {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `conditions`: `microsoft.graph.authenticationConditions`, nullable.
    pub conditions: rt::Field<crate::v1::AuthenticationConditions>,
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, not nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `onAttributeCollection`: `microsoft.graph.onAttributeCollectionHandler`, nullable.
    pub on_attribute_collection: rt::Field<crate::v1::AnyOnAttributeCollectionHandler>,
    /// CSDL: property `onAttributeCollectionStart`: `microsoft.graph.onAttributeCollectionStartHandler`, nullable.
    pub on_attribute_collection_start: rt::Field<
        crate::v1::AnyOnAttributeCollectionStartHandler,
    >,
    /// CSDL: property `onAttributeCollectionSubmit`: `microsoft.graph.onAttributeCollectionSubmitHandler`, nullable.
    pub on_attribute_collection_submit: rt::Field<
        crate::v1::AnyOnAttributeCollectionSubmitHandler,
    >,
    /// CSDL: property `onAuthenticationMethodLoadStart`: `microsoft.graph.onAuthenticationMethodLoadStartHandler`, nullable.
    pub on_authentication_method_load_start: rt::Field<
        crate::v1::AnyOnAuthenticationMethodLoadStartHandler,
    >,
    /// CSDL: property `onInteractiveAuthFlowStart`: `microsoft.graph.onInteractiveAuthFlowStartHandler`, nullable.
    pub on_interactive_auth_flow_start: rt::Field<
        crate::v1::AnyOnInteractiveAuthFlowStartHandler,
    >,
    /// CSDL: property `onUserCreateStart`: `microsoft.graph.onUserCreateStartHandler`, nullable.
    pub on_user_create_start: rt::Field<crate::v1::AnyOnUserCreateStartHandler>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_or_search)]
impl ::std::default::Default for ExternalUsersSelfServiceSignUpEventsFlow {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            conditions: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            on_attribute_collection: rt::Field::Absent,
            on_attribute_collection_start: rt::Field::Absent,
            on_attribute_collection_submit: rt::Field::Absent,
            on_authentication_method_load_start: rt::Field::Absent,
            on_interactive_auth_flow_start: rt::Field::Absent,
            on_user_create_start: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl rt::Object for ExternalUsersSelfServiceSignUpEventsFlow {
    const TYPE_NAME: &'static str = "microsoft.graph.externalUsersSelfServiceSignUpEventsFlow";
    const KEYS: &'static [&'static str] = &[
        "id",
        "conditions",
        "description",
        "displayName",
        "onAttributeCollection",
        "onAttributeCollectionStart",
        "onAttributeCollectionSubmit",
        "onAuthenticationMethodLoadStart",
        "onInteractiveAuthFlowStart",
        "onUserCreateStart",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"conditions\":                   ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"onAttributeCollection\":        ",
        ",\"onAttributeCollectionStart\":   ",
        ",\"onAttributeCollectionSubmit\":  ",
        ",\"onAuthenticationMethodLoadStart\":",
        ",\"onInteractiveAuthFlowStart\":   ",
        ",\"onUserCreateStart\":            ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.externalUsersSelfServiceSignUpEventsFlow\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "conditions", &self.conditions);
        v.field(2usize, "description", &self.description);
        v.field(3usize, "display_name", &self.display_name);
        v.field(4usize, "on_attribute_collection", &self.on_attribute_collection);
        v.field(
            5usize,
            "on_attribute_collection_start",
            &self.on_attribute_collection_start,
        );
        v.field(
            6usize,
            "on_attribute_collection_submit",
            &self.on_attribute_collection_submit,
        );
        v.field(
            7usize,
            "on_authentication_method_load_start",
            &self.on_authentication_method_load_start,
        );
        v.field(
            8usize,
            "on_interactive_auth_flow_start",
            &self.on_interactive_auth_flow_start,
        );
        v.field(9usize, "on_user_create_start", &self.on_user_create_start);
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl rt::object::Members for ExternalUsersSelfServiceSignUpEventsFlow {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.conditions.read_from(r),
            2usize => self.description.read_from(r),
            3usize => self.display_name.read_from(r),
            4usize => self.on_attribute_collection.read_from(r),
            5usize => self.on_attribute_collection_start.read_from(r),
            6usize => self.on_attribute_collection_submit.read_from(r),
            7usize => self.on_authentication_method_load_start.read_from(r),
            8usize => self.on_interactive_auth_flow_start.read_from(r),
            9usize => self.on_user_create_start.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.conditions);
        w.field(2usize, &self.description);
        w.field(3usize, &self.display_name);
        w.field(4usize, &self.on_attribute_collection);
        w.field(5usize, &self.on_attribute_collection_start);
        w.field(6usize, &self.on_attribute_collection_submit);
        w.field(7usize, &self.on_authentication_method_load_start);
        w.field(8usize, &self.on_interactive_auth_flow_start);
        w.field(9usize, &self.on_user_create_start);
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
#[cfg(msgraph_v1_identity_or_search)]
rt::impl_object!(ExternalUsersSelfServiceSignUpEventsFlow);
#[cfg(msgraph_v1_identity_or_search)]
rt::impl_setters!(
    ExternalUsersSelfServiceSignUpEventsFlow { with_id id : ::std::string::String;
    with_conditions conditions : crate ::v1::AuthenticationConditions; with_description
    description : ::std::string::String; with_display_name display_name :
    ::std::string::String; with_on_attribute_collection on_attribute_collection : crate
    ::v1::AnyOnAttributeCollectionHandler; with_on_attribute_collection_start
    on_attribute_collection_start : crate ::v1::AnyOnAttributeCollectionStartHandler;
    with_on_attribute_collection_submit on_attribute_collection_submit : crate
    ::v1::AnyOnAttributeCollectionSubmitHandler; with_on_authentication_method_load_start
    on_authentication_method_load_start : crate
    ::v1::AnyOnAuthenticationMethodLoadStartHandler; with_on_interactive_auth_flow_start
    on_interactive_auth_flow_start : crate ::v1::AnyOnInteractiveAuthFlowStartHandler;
    with_on_user_create_start on_user_create_start : crate
    ::v1::AnyOnUserCreateStartHandler; }
);
#[cfg(msgraph_v1_identity_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ExternalUsersSelfServiceSignUpEventsFlow);
