//! Types of `microsoft.graph` by the first letters of their names (`w`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_v1_core_or_communications_or_solutions)]
/// CSDL: `microsoft.graph.watermarkProtectionValues`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-communications`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 12 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct WatermarkProtectionValues {
    /// CSDL: property `isEnabledForContentSharing`: `Edm.Boolean`, nullable.
    pub is_enabled_for_content_sharing: rt::Field<bool>,
    /// CSDL: property `isEnabledForVideo`: `Edm.Boolean`, nullable.
    pub is_enabled_for_video: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_communications_or_solutions)]
impl ::std::default::Default for WatermarkProtectionValues {
    #[inline]
    fn default() -> Self {
        Self {
            is_enabled_for_content_sharing: rt::Field::Absent,
            is_enabled_for_video: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_communications_or_solutions)]
impl rt::Object for WatermarkProtectionValues {
    const TYPE_NAME: &'static str = "microsoft.graph.watermarkProtectionValues";
    const KEYS: &'static [&'static str] = &[
        "isEnabledForContentSharing",
        "isEnabledForVideo",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"isEnabledForContentSharing\":   ",
        ",\"isEnabledForVideo\":            ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.watermarkProtectionValues\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(
            0usize,
            "is_enabled_for_content_sharing",
            &self.is_enabled_for_content_sharing,
        );
        v.field(1usize, "is_enabled_for_video", &self.is_enabled_for_video);
    }
}
#[cfg(msgraph_v1_core_or_communications_or_solutions)]
impl rt::object::Members for WatermarkProtectionValues {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.is_enabled_for_content_sharing.read_from(r),
            1usize => self.is_enabled_for_video.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.is_enabled_for_content_sharing);
        w.field(1usize, &self.is_enabled_for_video);
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
#[cfg(msgraph_v1_core_or_communications_or_solutions)]
rt::impl_object!(WatermarkProtectionValues);
#[cfg(msgraph_v1_core_or_communications_or_solutions)]
rt::impl_setters!(
    WatermarkProtectionValues { with_is_enabled_for_content_sharing
    is_enabled_for_content_sharing : bool; with_is_enabled_for_video is_enabled_for_video
    : bool; }
);
#[cfg(msgraph_v1_core_or_communications_or_solutions)]
#[cfg(feature = "serde")]
rt::impl_serde!(WatermarkProtectionValues);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.webApplication`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct WebApplication {
    /// CSDL: property `homePageUrl`: `Edm.String`, nullable.
    pub home_page_url: rt::Field<::std::string::String>,
    /// CSDL: property `implicitGrantSettings`: `microsoft.graph.implicitGrantSettings`, nullable.
    pub implicit_grant_settings: rt::Field<crate::v1::ImplicitGrantSettings>,
    /// CSDL: property `logoutUrl`: `Edm.String`, nullable.
    pub logout_url: rt::Field<::std::string::String>,
    /// CSDL: property `redirectUris`: `Collection(Edm.String)`, not nullable.
    pub redirect_uris: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `redirectUriSettings`: `Collection(microsoft.graph.redirectUriSettings)`, not nullable.
    pub redirect_uri_settings: rt::Field<
        ::std::vec::Vec<crate::v1::RedirectUriSettings>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for WebApplication {
    #[inline]
    fn default() -> Self {
        Self {
            home_page_url: rt::Field::Absent,
            implicit_grant_settings: rt::Field::Absent,
            logout_url: rt::Field::Absent,
            redirect_uris: rt::Field::Absent,
            redirect_uri_settings: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for WebApplication {
    const TYPE_NAME: &'static str = "microsoft.graph.webApplication";
    const KEYS: &'static [&'static str] = &[
        "homePageUrl",
        "implicitGrantSettings",
        "logoutUrl",
        "redirectUris",
        "redirectUriSettings",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"homePageUrl\":                  ",
        ",\"implicitGrantSettings\":        ",
        ",\"logoutUrl\":                    ",
        ",\"redirectUris\":                 ",
        ",\"redirectUriSettings\":          ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.webApplication\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "home_page_url", &self.home_page_url);
        v.field(1usize, "implicit_grant_settings", &self.implicit_grant_settings);
        v.field(2usize, "logout_url", &self.logout_url);
        v.field(3usize, "redirect_uris", &self.redirect_uris);
        v.field(4usize, "redirect_uri_settings", &self.redirect_uri_settings);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for WebApplication {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.home_page_url.read_from(r),
            1usize => self.implicit_grant_settings.read_from(r),
            2usize => self.logout_url.read_from(r),
            3usize => self.redirect_uris.read_from(r),
            4usize => self.redirect_uri_settings.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.home_page_url);
        w.field(1usize, &self.implicit_grant_settings);
        w.field(2usize, &self.logout_url);
        w.field(3usize, &self.redirect_uris);
        w.field(4usize, &self.redirect_uri_settings);
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
rt::impl_object!(WebApplication);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    WebApplication { with_home_page_url home_page_url : ::std::string::String;
    with_implicit_grant_settings implicit_grant_settings : crate
    ::v1::ImplicitGrantSettings; with_logout_url logout_url : ::std::string::String;
    with_redirect_uris redirect_uris : ::std::vec::Vec < ::std::string::String >;
    with_redirect_uri_settings redirect_uri_settings : ::std::vec::Vec < crate
    ::v1::RedirectUriSettings >; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(WebApplication);
#[cfg(msgraph_v1_core_or_sites)]
/// CSDL: `microsoft.graph.webPart`, entity type, derived from `microsoft.graph.entity`, abstract, key `id`.
///
/// Request builders: [`WebPartPath`](requests/trait.WebPartPath.html), what a path to one (`EntityPath<AnyWebPart, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct WebPart {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_sites)]
impl ::std::default::Default for WebPart {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_sites)]
impl rt::Object for WebPart {
    const TYPE_NAME: &'static str = "microsoft.graph.webPart";
    const KEYS: &'static [&'static str] = &["id"];
    const KEYS_JSON: &'static [&'static str] = &[",\"id\":                           "];
    const TAG: &'static str = "\"#microsoft.graph.webPart\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
    }
}
#[cfg(msgraph_v1_core_or_sites)]
impl rt::object::Members for WebPart {
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
#[cfg(msgraph_v1_core_or_sites)]
rt::impl_object!(WebPart);
#[cfg(msgraph_v1_core_or_sites)]
rt::impl_setters!(WebPart { with_id id : ::std::string::String; });
#[cfg(msgraph_v1_core_or_sites)]
#[cfg(feature = "serde")]
rt::impl_serde!(WebPart);
#[cfg(msgraph_v1_core_or_sites)]
/// `microsoft.graph.webPart` or any type derived from it, selected by `@odata.type` (3 types); each variant's type converts into it (`From`).
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Debug)]
pub enum AnyWebPart {
    WebPart(::std::boxed::Box<crate::v1::WebPart>),
    StandardWebPart(::std::boxed::Box<crate::v1::StandardWebPart>),
    TextWebPart(::std::boxed::Box<crate::v1::TextWebPart>),
}
#[cfg(msgraph_v1_core_or_sites)]
impl ::std::default::Default for AnyWebPart {
    #[inline]
    fn default() -> Self {
        Self::WebPart(::std::default::Default::default())
    }
}
#[cfg(msgraph_v1_core_or_sites)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::WebPart> for AnyWebPart {
    #[inline]
    fn from(v: crate::v1::WebPart) -> Self {
        Self::WebPart(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core_or_sites)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::StandardWebPart> for AnyWebPart {
    #[inline]
    fn from(v: crate::v1::StandardWebPart) -> Self {
        Self::StandardWebPart(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core_or_sites)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::TextWebPart> for AnyWebPart {
    #[inline]
    fn from(v: crate::v1::TextWebPart) -> Self {
        Self::TextWebPart(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core_or_sites)]
unsafe impl ::std::marker::Send for AnyWebPart {}
#[cfg(msgraph_v1_core_or_sites)]
unsafe impl ::std::marker::Sync for AnyWebPart {}
#[cfg(msgraph_v1_core_or_sites)]
impl ::std::marker::Unpin for AnyWebPart {}
#[cfg(msgraph_v1_core_or_sites)]
impl ::std::panic::UnwindSafe for AnyWebPart {}
#[cfg(msgraph_v1_core_or_sites)]
impl ::std::panic::RefUnwindSafe for AnyWebPart {}
#[cfg(msgraph_v1_core_or_sites)]
const _: () = {
    rt::object::auto_traits::<crate::v1::WebPart>();
    rt::object::auto_traits::<crate::v1::StandardWebPart>();
    rt::object::auto_traits::<crate::v1::TextWebPart>();
};
#[cfg(msgraph_v1_core_or_sites)]
impl rt::Poly for AnyWebPart {
    const BASE_NAME: &'static str = "microsoft.graph.webPart";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some("microsoft.graph.standardWebPart") => {
                Self::StandardWebPart(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.textWebPart") => {
                Self::TextWebPart(rt::object::new_boxed())
            }
            _ => Self::WebPart(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::WebPart(v) => &**v,
            Self::StandardWebPart(v) => &**v,
            Self::TextWebPart(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::WebPart(v) => &mut **v,
            Self::StandardWebPart(v) => &mut **v,
            Self::TextWebPart(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_v1_core_or_sites)]
impl AnyWebPart {
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
            Self::WebPart(v) => &v.id,
            Self::StandardWebPart(v) => &v.id,
            Self::TextWebPart(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::WebPart(v) => &mut v.id,
            Self::StandardWebPart(v) => &mut v.id,
            Self::TextWebPart(v) => &mut v.id,
        }
    }
}
#[cfg(msgraph_v1_core_or_sites)]
rt::impl_poly!(AnyWebPart);
#[cfg(msgraph_v1_core_or_sites)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyWebPart);
#[cfg(msgraph_v1_core_or_sites)]
/// CSDL: `microsoft.graph.webPartData`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct WebPartData {
    /// CSDL: property `dataVersion`: `Edm.String`, nullable.
    pub data_version: rt::Field<::std::string::String>,
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `properties`: `Edm.Untyped`, nullable.
    pub properties: rt::Field<rt::RawJson>,
    /// CSDL: property `serverProcessedContent`: `microsoft.graph.serverProcessedContent`, nullable.
    pub server_processed_content: rt::Field<crate::v1::ServerProcessedContent>,
    /// CSDL: property `title`: `Edm.String`, nullable.
    pub title: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_sites)]
impl ::std::default::Default for WebPartData {
    #[inline]
    fn default() -> Self {
        Self {
            data_version: rt::Field::Absent,
            description: rt::Field::Absent,
            properties: rt::Field::Absent,
            server_processed_content: rt::Field::Absent,
            title: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_sites)]
impl rt::Object for WebPartData {
    const TYPE_NAME: &'static str = "microsoft.graph.webPartData";
    const KEYS: &'static [&'static str] = &[
        "dataVersion",
        "description",
        "properties",
        "serverProcessedContent",
        "title",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"dataVersion\":                  ",
        ",\"description\":                  ",
        ",\"properties\":                   ",
        ",\"serverProcessedContent\":       ",
        ",\"title\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.webPartData\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "data_version", &self.data_version);
        v.field(1usize, "description", &self.description);
        v.field(2usize, "properties", &self.properties);
        v.field(3usize, "server_processed_content", &self.server_processed_content);
        v.field(4usize, "title", &self.title);
    }
}
#[cfg(msgraph_v1_core_or_sites)]
impl rt::object::Members for WebPartData {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.data_version.read_from(r),
            1usize => self.description.read_from(r),
            2usize => self.properties.read_from(r),
            3usize => self.server_processed_content.read_from(r),
            4usize => self.title.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.data_version);
        w.field(1usize, &self.description);
        w.field(2usize, &self.properties);
        w.field(3usize, &self.server_processed_content);
        w.field(4usize, &self.title);
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
rt::impl_object!(WebPartData);
#[cfg(msgraph_v1_core_or_sites)]
rt::impl_setters!(
    WebPartData { with_data_version data_version : ::std::string::String;
    with_description description : ::std::string::String; with_properties properties :
    rt::RawJson; with_server_processed_content server_processed_content : crate
    ::v1::ServerProcessedContent; with_title title : ::std::string::String; }
);
#[cfg(msgraph_v1_core_or_sites)]
#[cfg(feature = "serde")]
rt::impl_serde!(WebPartData);
#[cfg(msgraph_v1_core_or_sites)]
/// CSDL: `microsoft.graph.webPartPosition`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct WebPartPosition {
    /// CSDL: property `columnId`: `Edm.Double`, nullable.
    pub column_id: rt::Field<f64>,
    /// CSDL: property `horizontalSectionId`: `Edm.Double`, nullable.
    pub horizontal_section_id: rt::Field<f64>,
    /// CSDL: property `isInVerticalSection`: `Edm.Boolean`, nullable.
    pub is_in_vertical_section: rt::Field<bool>,
    /// CSDL: property `webPartIndex`: `Edm.Double`, nullable.
    pub web_part_index: rt::Field<f64>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_sites)]
impl ::std::default::Default for WebPartPosition {
    #[inline]
    fn default() -> Self {
        Self {
            column_id: rt::Field::Absent,
            horizontal_section_id: rt::Field::Absent,
            is_in_vertical_section: rt::Field::Absent,
            web_part_index: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_sites)]
impl rt::Object for WebPartPosition {
    const TYPE_NAME: &'static str = "microsoft.graph.webPartPosition";
    const KEYS: &'static [&'static str] = &[
        "columnId",
        "horizontalSectionId",
        "isInVerticalSection",
        "webPartIndex",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"columnId\":                     ",
        ",\"horizontalSectionId\":          ",
        ",\"isInVerticalSection\":          ",
        ",\"webPartIndex\":                 ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.webPartPosition\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "column_id", &self.column_id);
        v.field(1usize, "horizontal_section_id", &self.horizontal_section_id);
        v.field(2usize, "is_in_vertical_section", &self.is_in_vertical_section);
        v.field(3usize, "web_part_index", &self.web_part_index);
    }
}
#[cfg(msgraph_v1_core_or_sites)]
impl rt::object::Members for WebPartPosition {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.column_id.read_from(r),
            1usize => self.horizontal_section_id.read_from(r),
            2usize => self.is_in_vertical_section.read_from(r),
            3usize => self.web_part_index.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.column_id);
        w.field(1usize, &self.horizontal_section_id);
        w.field(2usize, &self.is_in_vertical_section);
        w.field(3usize, &self.web_part_index);
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
rt::impl_object!(WebPartPosition);
#[cfg(msgraph_v1_core_or_sites)]
rt::impl_setters!(
    WebPartPosition { with_column_id column_id : f64; with_horizontal_section_id
    horizontal_section_id : f64; with_is_in_vertical_section is_in_vertical_section :
    bool; with_web_part_index web_part_index : f64; }
);
#[cfg(msgraph_v1_core_or_sites)]
#[cfg(feature = "serde")]
rt::impl_serde!(WebPartPosition);
#[cfg(msgraph_v1_device_management_or_search)]
/// Windows 10 Enrollment Status Page Configuration
///
/// CSDL: `microsoft.graph.windows10EnrollmentCompletionPageConfiguration`, entity type, derived from `microsoft.graph.deviceEnrollmentConfiguration`, key `id`.
///
/// Request builders: [`DeviceEnrollmentConfigurationPath`](requests/trait.DeviceEnrollmentConfigurationPath.html), what a path to one (`EntityPath<Windows10EnrollmentCompletionPageConfiguration, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone)]
pub struct Windows10EnrollmentCompletionPageConfiguration {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Created date time in UTC of the device enrollment configuration
    ///
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// The description of the device enrollment configuration
    ///
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// The display name of the device enrollment configuration
    ///
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// Last modified date time in UTC of the device enrollment configuration
    ///
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Priority is used when a user exists in multiple groups that are assigned enrollment configuration. Users are subject only to the configuration with the lowest priority value.
    ///
    /// CSDL: property `priority`: `Edm.Int32`, not nullable.
    pub priority: rt::Field<i32>,
    /// The version of the device enrollment configuration
    ///
    /// CSDL: property `version`: `Edm.Int32`, not nullable.
    pub version: rt::Field<i32>,
    /// The list of group assignments for the device configuration profile
    ///
    /// CSDL: containment navigation property `assignments`: `Collection(microsoft.graph.enrollmentConfigurationAssignment)`, not nullable.
    pub assignments: rt::Field<
        ::std::vec::Vec<crate::v1::EnrollmentConfigurationAssignment>,
    >,
    /// When TRUE, ESP (Enrollment Status Page) installs all required apps targeted during technician phase and ignores any failures for non-blocking apps. When FALSE, ESP fails on any error during app install. The default is false.
    ///
    /// CSDL: property `allowNonBlockingAppInstallation`: `Edm.Boolean`, not nullable.
    pub allow_non_blocking_app_installation: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default for Windows10EnrollmentCompletionPageConfiguration {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            priority: rt::Field::Absent,
            version: rt::Field::Absent,
            assignments: rt::Field::Absent,
            allow_non_blocking_app_installation: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object for Windows10EnrollmentCompletionPageConfiguration {
    const TYPE_NAME: &'static str = "microsoft.graph.windows10EnrollmentCompletionPageConfiguration";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdDateTime",
        "description",
        "displayName",
        "lastModifiedDateTime",
        "priority",
        "version",
        "assignments",
        "allowNonBlockingAppInstallation",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdDateTime\":              ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"lastModifiedDateTime\":         ",
        ",\"priority\":                     ",
        ",\"version\":                      ",
        ",\"assignments\":                  ",
        ",\"allowNonBlockingAppInstallation\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.windows10EnrollmentCompletionPageConfiguration\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_date_time", &self.created_date_time);
        v.field(2usize, "description", &self.description);
        v.field(3usize, "display_name", &self.display_name);
        v.field(4usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(5usize, "priority", &self.priority);
        v.field(6usize, "version", &self.version);
        v.field(7usize, "assignments", &self.assignments);
        v.field(
            8usize,
            "allow_non_blocking_app_installation",
            &self.allow_non_blocking_app_installation,
        );
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members for Windows10EnrollmentCompletionPageConfiguration {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_date_time.read_from(r),
            2usize => self.description.read_from(r),
            3usize => self.display_name.read_from(r),
            4usize => self.last_modified_date_time.read_from(r),
            5usize => self.priority.read_from(r),
            6usize => self.version.read_from(r),
            7usize => self.assignments.read_from(r),
            8usize => self.allow_non_blocking_app_installation.read_from(r),
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
        w.field(5usize, &self.priority);
        w.field(6usize, &self.version);
        w.field(7usize, &self.assignments);
        w.field(8usize, &self.allow_non_blocking_app_installation);
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
rt::impl_object!(Windows10EnrollmentCompletionPageConfiguration);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    Windows10EnrollmentCompletionPageConfiguration { with_id id : ::std::string::String;
    with_created_date_time created_date_time : rt::edm::DateTimeOffset; with_description
    description : ::std::string::String; with_display_name display_name :
    ::std::string::String; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_priority priority : i32; with_version version : i32;
    with_assignments assignments : ::std::vec::Vec < crate
    ::v1::EnrollmentConfigurationAssignment >; with_allow_non_blocking_app_installation
    allow_non_blocking_app_installation : bool; }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(Windows10EnrollmentCompletionPageConfiguration);
#[cfg(msgraph_v1_search)]
/// Windows Autopilot Deployment Profile
///
/// CSDL: `microsoft.graph.windowsAutopilotDeploymentProfile`, entity type, derived from `microsoft.graph.entity`, abstract, key `id`.
///
/// Request builders: [`WindowsAutopilotDeploymentProfilePath`](requests/trait.WindowsAutopilotDeploymentProfilePath.html), what a path to one (`EntityPath<WindowsAutopilotDeploymentProfile, C>`) dereferences to.
///
/// Features: `v1` or `v1-search`.
#[derive(Clone)]
pub struct WindowsAutopilotDeploymentProfile {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// The date and time of when the deployment profile was created. The value cannot be modified and is automatically populated when the profile was created. The timestamp type represents date and time information using ISO 8601 format and is always in UTC time. For example, midnight UTC on Jan 1, 2014 would look like this: '2014-01-01T00:00:00Z'. Supports: $select, $top, $skip. $Search, $orderBy and $filter are not supported. Read-Only.
    ///
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// A description of the deployment profile. Max allowed length is 1500 chars. Supports: $select, $top, $skip, $orderBy. $Search and $filter are not supported.
    ///
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// The template used to name the Autopilot device. This can be a custom text and can also contain either the serial number of the device, or a randomly generated number. The total length of the text generated by the template can be no more than 15 characters. Supports: $select, $top, $skip. $Search, $orderBy and $filter are not supported.
    ///
    /// CSDL: property `deviceNameTemplate`: `Edm.String`, nullable.
    pub device_name_template: rt::Field<::std::string::String>,
    /// The Windows device type that this profile is applicable to. Possible values include windowsPc, holoLens, and virtualMachine. The default is windowsPc. Supports: $select, $top, $skip. $Search, $orderBy and $filter are not supported.
    ///
    /// CSDL: property `deviceType`: `microsoft.graph.windowsAutopilotDeviceType`, not nullable.
    pub device_type: rt::Field<crate::v1::WindowsAutopilotDeviceType>,
    /// The display name of the deployment profile. Max allowed length is 200 chars. Returned by default. Supports: $select, $top, $skip, $orderby. $Search and $filter are not supported.
    ///
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// Indicates whether the profile supports the extraction of hardware hash values and registration of the device into Windows Autopilot. When TRUE, indicates if hardware extraction and Windows Autopilot registration will happen on the next successful check-in. When FALSE, hardware hash extraction and Windows Autopilot registration will not happen. Default value is FALSE. Supports: $select, $top, $skip. $Search, $orderBy and $filter are not supported.
    ///
    /// CSDL: property `hardwareHashExtractionEnabled`: `Edm.Boolean`, nullable.
    pub hardware_hash_extraction_enabled: rt::Field<bool>,
    /// The date and time of when the deployment profile was last modified. The value cannot be updated manually and is automatically populated when any changes are made to the profile. The Timestamp type represents date and time information using ISO 8601 format and is always in UTC time. For example, midnight UTC on Jan 1, 2014 would look like this: '2014-01-01T00:00:00Z'. Supports: $select, $top, $skip. $Search, $orderBy and $filter are not supported Read-Only.
    ///
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// The locale (language) to be used when configuring the device. E.g. en-US. The default value is os-default. Supports: $select, $top, $skip. $Search, $orderBy and $filter are not supported.
    ///
    /// CSDL: property `locale`: `Edm.String`, nullable.
    pub locale: rt::Field<::std::string::String>,
    /// The Entra management service App ID which gets used during client device-based enrollment discovery. Supports: $select, $top, $skip. $Search, $orderBy and $filter are not supported.
    ///
    /// CSDL: property `managementServiceAppId`: `Edm.String`, nullable.
    pub management_service_app_id: rt::Field<::std::string::String>,
    /// The Windows Autopilot Deployment Profile settings used by the device for the out-of-box experience. Supports: $select, $top, $skip. $Search, $orderBy and $filter are not supported.
    ///
    /// CSDL: property `outOfBoxExperienceSetting`: `microsoft.graph.outOfBoxExperienceSetting`, nullable.
    pub out_of_box_experience_setting: rt::Field<crate::v1::OutOfBoxExperienceSetting>,
    /// Indicates whether the user is allowed to use Windows Autopilot for pre-provisioned deployment mode during Out of Box experience (OOBE). When TRUE, indicates that Windows Autopilot for pre-provisioned deployment mode for OOBE is allowed to be used. When false, Windows Autopilot for pre-provisioned deployment mode for OOBE is not allowed. The default is FALSE.
    ///
    /// CSDL: property `preprovisioningAllowed`: `Edm.Boolean`, nullable.
    pub preprovisioning_allowed: rt::Field<bool>,
    /// List of role scope tags for the deployment profile.
    ///
    /// CSDL: property `roleScopeTagIds`: `Collection(Edm.String)`, nullable.
    pub role_scope_tag_ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// The list of assigned devices for the profile.
    ///
    /// CSDL: containment navigation property `assignedDevices`: `Collection(microsoft.graph.windowsAutopilotDeviceIdentity)`, not nullable.
    pub assigned_devices: rt::Field<
        ::std::vec::Vec<crate::v1::WindowsAutopilotDeviceIdentity>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search)]
impl ::std::default::Default for WindowsAutopilotDeploymentProfile {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            description: rt::Field::Absent,
            device_name_template: rt::Field::Absent,
            device_type: rt::Field::Absent,
            display_name: rt::Field::Absent,
            hardware_hash_extraction_enabled: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            locale: rt::Field::Absent,
            management_service_app_id: rt::Field::Absent,
            out_of_box_experience_setting: rt::Field::Absent,
            preprovisioning_allowed: rt::Field::Absent,
            role_scope_tag_ids: rt::Field::Absent,
            assigned_devices: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search)]
impl rt::Object for WindowsAutopilotDeploymentProfile {
    const TYPE_NAME: &'static str = "microsoft.graph.windowsAutopilotDeploymentProfile";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdDateTime",
        "description",
        "deviceNameTemplate",
        "deviceType",
        "displayName",
        "hardwareHashExtractionEnabled",
        "lastModifiedDateTime",
        "locale",
        "managementServiceAppId",
        "outOfBoxExperienceSetting",
        "preprovisioningAllowed",
        "roleScopeTagIds",
        "assignedDevices",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdDateTime\":              ",
        ",\"description\":                  ",
        ",\"deviceNameTemplate\":           ",
        ",\"deviceType\":                   ",
        ",\"displayName\":                  ",
        ",\"hardwareHashExtractionEnabled\":",
        ",\"lastModifiedDateTime\":         ",
        ",\"locale\":                       ",
        ",\"managementServiceAppId\":       ",
        ",\"outOfBoxExperienceSetting\":    ",
        ",\"preprovisioningAllowed\":       ",
        ",\"roleScopeTagIds\":              ",
        ",\"assignedDevices\":              ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.windowsAutopilotDeploymentProfile\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_date_time", &self.created_date_time);
        v.field(2usize, "description", &self.description);
        v.field(3usize, "device_name_template", &self.device_name_template);
        v.field(4usize, "device_type", &self.device_type);
        v.field(5usize, "display_name", &self.display_name);
        v.field(
            6usize,
            "hardware_hash_extraction_enabled",
            &self.hardware_hash_extraction_enabled,
        );
        v.field(7usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(8usize, "locale", &self.locale);
        v.field(9usize, "management_service_app_id", &self.management_service_app_id);
        v.field(
            10usize,
            "out_of_box_experience_setting",
            &self.out_of_box_experience_setting,
        );
        v.field(11usize, "preprovisioning_allowed", &self.preprovisioning_allowed);
        v.field(12usize, "role_scope_tag_ids", &self.role_scope_tag_ids);
        v.field(13usize, "assigned_devices", &self.assigned_devices);
    }
}
#[cfg(msgraph_v1_search)]
impl rt::object::Members for WindowsAutopilotDeploymentProfile {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_date_time.read_from(r),
            2usize => self.description.read_from(r),
            3usize => self.device_name_template.read_from(r),
            4usize => self.device_type.read_from(r),
            5usize => self.display_name.read_from(r),
            6usize => self.hardware_hash_extraction_enabled.read_from(r),
            7usize => self.last_modified_date_time.read_from(r),
            8usize => self.locale.read_from(r),
            9usize => self.management_service_app_id.read_from(r),
            10usize => self.out_of_box_experience_setting.read_from(r),
            11usize => self.preprovisioning_allowed.read_from(r),
            12usize => self.role_scope_tag_ids.read_from(r),
            13usize => self.assigned_devices.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.created_date_time);
        w.field(2usize, &self.description);
        w.field(3usize, &self.device_name_template);
        w.field(4usize, &self.device_type);
        w.field(5usize, &self.display_name);
        w.field(6usize, &self.hardware_hash_extraction_enabled);
        w.field(7usize, &self.last_modified_date_time);
        w.field(8usize, &self.locale);
        w.field(9usize, &self.management_service_app_id);
        w.field(10usize, &self.out_of_box_experience_setting);
        w.field(11usize, &self.preprovisioning_allowed);
        w.field(12usize, &self.role_scope_tag_ids);
        w.field(13usize, &self.assigned_devices);
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
rt::impl_object!(WindowsAutopilotDeploymentProfile);
#[cfg(msgraph_v1_search)]
rt::impl_setters!(
    WindowsAutopilotDeploymentProfile { with_id id : ::std::string::String;
    with_created_date_time created_date_time : rt::edm::DateTimeOffset; with_description
    description : ::std::string::String; with_device_name_template device_name_template :
    ::std::string::String; with_device_type device_type : crate
    ::v1::WindowsAutopilotDeviceType; with_display_name display_name :
    ::std::string::String; with_hardware_hash_extraction_enabled
    hardware_hash_extraction_enabled : bool; with_last_modified_date_time
    last_modified_date_time : rt::edm::DateTimeOffset; with_locale locale :
    ::std::string::String; with_management_service_app_id management_service_app_id :
    ::std::string::String; with_out_of_box_experience_setting
    out_of_box_experience_setting : crate ::v1::OutOfBoxExperienceSetting;
    with_preprovisioning_allowed preprovisioning_allowed : bool; with_role_scope_tag_ids
    role_scope_tag_ids : ::std::vec::Vec < ::std::string::String >; with_assigned_devices
    assigned_devices : ::std::vec::Vec < crate ::v1::WindowsAutopilotDeviceIdentity >; }
);
#[cfg(msgraph_v1_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WindowsAutopilotDeploymentProfile);
#[cfg(msgraph_v1_search)]
/// An assignment of a Windows Autopilot deployment profile to an AAD group.
///
/// CSDL: `microsoft.graph.windowsAutopilotDeploymentProfileAssignment`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1` or `v1-search`.
#[derive(Clone)]
pub struct WindowsAutopilotDeploymentProfileAssignment {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search)]
impl ::std::default::Default for WindowsAutopilotDeploymentProfileAssignment {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search)]
impl rt::Object for WindowsAutopilotDeploymentProfileAssignment {
    const TYPE_NAME: &'static str = "microsoft.graph.windowsAutopilotDeploymentProfileAssignment";
    const KEYS: &'static [&'static str] = &["id"];
    const KEYS_JSON: &'static [&'static str] = &[",\"id\":                           "];
    const TAG: &'static str = "\"#microsoft.graph.windowsAutopilotDeploymentProfileAssignment\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
    }
}
#[cfg(msgraph_v1_search)]
impl rt::object::Members for WindowsAutopilotDeploymentProfileAssignment {
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
#[cfg(msgraph_v1_search)]
rt::impl_object!(WindowsAutopilotDeploymentProfileAssignment);
#[cfg(msgraph_v1_search)]
rt::impl_setters!(
    WindowsAutopilotDeploymentProfileAssignment { with_id id : ::std::string::String; }
);
#[cfg(msgraph_v1_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WindowsAutopilotDeploymentProfileAssignment);
#[cfg(msgraph_v1_device_management_or_search)]
/// The windowsAutopilotDeviceIdentity resource represents a Windows Autopilot Device.
///
/// CSDL: `microsoft.graph.windowsAutopilotDeviceIdentity`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`WindowsAutopilotDeviceIdentityPath`](requests/trait.WindowsAutopilotDeviceIdentityPath.html), what a path to one (`EntityPath<WindowsAutopilotDeviceIdentity, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone)]
pub struct WindowsAutopilotDeviceIdentity {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Addressable user name.
    ///
    /// CSDL: property `addressableUserName`: `Edm.String`, nullable.
    pub addressable_user_name: rt::Field<::std::string::String>,
    /// AAD Device ID - to be deprecated
    ///
    /// CSDL: property `azureActiveDirectoryDeviceId`: `Edm.String`, nullable.
    pub azure_active_directory_device_id: rt::Field<::std::string::String>,
    /// Display Name
    ///
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// Intune enrollment state of the Windows autopilot device.
    ///
    /// CSDL: property `enrollmentState`: `microsoft.graph.enrollmentState`, not nullable.
    pub enrollment_state: rt::Field<crate::v1::EnrollmentState>,
    /// Group Tag of the Windows autopilot device.
    ///
    /// CSDL: property `groupTag`: `Edm.String`, nullable.
    pub group_tag: rt::Field<::std::string::String>,
    /// Intune Last Contacted Date Time of the Windows autopilot device.
    ///
    /// CSDL: property `lastContactedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_contacted_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Managed Device ID
    ///
    /// CSDL: property `managedDeviceId`: `Edm.String`, nullable.
    pub managed_device_id: rt::Field<::std::string::String>,
    /// Oem manufacturer of the Windows autopilot device.
    ///
    /// CSDL: property `manufacturer`: `Edm.String`, nullable.
    pub manufacturer: rt::Field<::std::string::String>,
    /// Model name of the Windows autopilot device.
    ///
    /// CSDL: property `model`: `Edm.String`, nullable.
    pub model: rt::Field<::std::string::String>,
    /// Product Key of the Windows autopilot device.
    ///
    /// CSDL: property `productKey`: `Edm.String`, nullable.
    pub product_key: rt::Field<::std::string::String>,
    /// Purchase Order Identifier of the Windows autopilot device.
    ///
    /// CSDL: property `purchaseOrderIdentifier`: `Edm.String`, nullable.
    pub purchase_order_identifier: rt::Field<::std::string::String>,
    /// Resource Name.
    ///
    /// CSDL: property `resourceName`: `Edm.String`, nullable.
    pub resource_name: rt::Field<::std::string::String>,
    /// Serial number of the Windows autopilot device.
    ///
    /// CSDL: property `serialNumber`: `Edm.String`, nullable.
    pub serial_number: rt::Field<::std::string::String>,
    /// SKU Number
    ///
    /// CSDL: property `skuNumber`: `Edm.String`, nullable.
    pub sku_number: rt::Field<::std::string::String>,
    /// System Family
    ///
    /// CSDL: property `systemFamily`: `Edm.String`, nullable.
    pub system_family: rt::Field<::std::string::String>,
    /// User Principal Name.
    ///
    /// CSDL: property `userPrincipalName`: `Edm.String`, nullable.
    pub user_principal_name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default for WindowsAutopilotDeviceIdentity {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            addressable_user_name: rt::Field::Absent,
            azure_active_directory_device_id: rt::Field::Absent,
            display_name: rt::Field::Absent,
            enrollment_state: rt::Field::Absent,
            group_tag: rt::Field::Absent,
            last_contacted_date_time: rt::Field::Absent,
            managed_device_id: rt::Field::Absent,
            manufacturer: rt::Field::Absent,
            model: rt::Field::Absent,
            product_key: rt::Field::Absent,
            purchase_order_identifier: rt::Field::Absent,
            resource_name: rt::Field::Absent,
            serial_number: rt::Field::Absent,
            sku_number: rt::Field::Absent,
            system_family: rt::Field::Absent,
            user_principal_name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object for WindowsAutopilotDeviceIdentity {
    const TYPE_NAME: &'static str = "microsoft.graph.windowsAutopilotDeviceIdentity";
    const KEYS: &'static [&'static str] = &[
        "id",
        "addressableUserName",
        "azureActiveDirectoryDeviceId",
        "displayName",
        "enrollmentState",
        "groupTag",
        "lastContactedDateTime",
        "managedDeviceId",
        "manufacturer",
        "model",
        "productKey",
        "purchaseOrderIdentifier",
        "resourceName",
        "serialNumber",
        "skuNumber",
        "systemFamily",
        "userPrincipalName",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"addressableUserName\":          ",
        ",\"azureActiveDirectoryDeviceId\": ",
        ",\"displayName\":                  ",
        ",\"enrollmentState\":              ",
        ",\"groupTag\":                     ",
        ",\"lastContactedDateTime\":        ",
        ",\"managedDeviceId\":              ",
        ",\"manufacturer\":                 ",
        ",\"model\":                        ",
        ",\"productKey\":                   ",
        ",\"purchaseOrderIdentifier\":      ",
        ",\"resourceName\":                 ",
        ",\"serialNumber\":                 ",
        ",\"skuNumber\":                    ",
        ",\"systemFamily\":                 ",
        ",\"userPrincipalName\":            ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.windowsAutopilotDeviceIdentity\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "addressable_user_name", &self.addressable_user_name);
        v.field(
            2usize,
            "azure_active_directory_device_id",
            &self.azure_active_directory_device_id,
        );
        v.field(3usize, "display_name", &self.display_name);
        v.field(4usize, "enrollment_state", &self.enrollment_state);
        v.field(5usize, "group_tag", &self.group_tag);
        v.field(6usize, "last_contacted_date_time", &self.last_contacted_date_time);
        v.field(7usize, "managed_device_id", &self.managed_device_id);
        v.field(8usize, "manufacturer", &self.manufacturer);
        v.field(9usize, "model", &self.model);
        v.field(10usize, "product_key", &self.product_key);
        v.field(11usize, "purchase_order_identifier", &self.purchase_order_identifier);
        v.field(12usize, "resource_name", &self.resource_name);
        v.field(13usize, "serial_number", &self.serial_number);
        v.field(14usize, "sku_number", &self.sku_number);
        v.field(15usize, "system_family", &self.system_family);
        v.field(16usize, "user_principal_name", &self.user_principal_name);
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members for WindowsAutopilotDeviceIdentity {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.addressable_user_name.read_from(r),
            2usize => self.azure_active_directory_device_id.read_from(r),
            3usize => self.display_name.read_from(r),
            4usize => self.enrollment_state.read_from(r),
            5usize => self.group_tag.read_from(r),
            6usize => self.last_contacted_date_time.read_from(r),
            7usize => self.managed_device_id.read_from(r),
            8usize => self.manufacturer.read_from(r),
            9usize => self.model.read_from(r),
            10usize => self.product_key.read_from(r),
            11usize => self.purchase_order_identifier.read_from(r),
            12usize => self.resource_name.read_from(r),
            13usize => self.serial_number.read_from(r),
            14usize => self.sku_number.read_from(r),
            15usize => self.system_family.read_from(r),
            16usize => self.user_principal_name.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.addressable_user_name);
        w.field(2usize, &self.azure_active_directory_device_id);
        w.field(3usize, &self.display_name);
        w.field(4usize, &self.enrollment_state);
        w.field(5usize, &self.group_tag);
        w.field(6usize, &self.last_contacted_date_time);
        w.field(7usize, &self.managed_device_id);
        w.field(8usize, &self.manufacturer);
        w.field(9usize, &self.model);
        w.field(10usize, &self.product_key);
        w.field(11usize, &self.purchase_order_identifier);
        w.field(12usize, &self.resource_name);
        w.field(13usize, &self.serial_number);
        w.field(14usize, &self.sku_number);
        w.field(15usize, &self.system_family);
        w.field(16usize, &self.user_principal_name);
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
rt::impl_object!(WindowsAutopilotDeviceIdentity);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    WindowsAutopilotDeviceIdentity { with_id id : ::std::string::String;
    with_addressable_user_name addressable_user_name : ::std::string::String;
    with_azure_active_directory_device_id azure_active_directory_device_id :
    ::std::string::String; with_display_name display_name : ::std::string::String;
    with_enrollment_state enrollment_state : crate ::v1::EnrollmentState; with_group_tag
    group_tag : ::std::string::String; with_last_contacted_date_time
    last_contacted_date_time : rt::edm::DateTimeOffset; with_managed_device_id
    managed_device_id : ::std::string::String; with_manufacturer manufacturer :
    ::std::string::String; with_model model : ::std::string::String; with_product_key
    product_key : ::std::string::String; with_purchase_order_identifier
    purchase_order_identifier : ::std::string::String; with_resource_name resource_name :
    ::std::string::String; with_serial_number serial_number : ::std::string::String;
    with_sku_number sku_number : ::std::string::String; with_system_family system_family
    : ::std::string::String; with_user_principal_name user_principal_name :
    ::std::string::String; }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WindowsAutopilotDeviceIdentity);
#[cfg(msgraph_v1_search)]
/// CSDL: `microsoft.graph.windowsAutopilotDeviceType`, enum type.
///
/// Features: `v1` or `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum WindowsAutopilotDeviceType {
    /// Default. Indicates that the device type  is a Windows PC.
    ///
    /// `windowsPc` (value 0).
    WindowsPc,
    /// Indicates that the device type is a HoloLens.
    ///
    /// `holoLens` (value 1).
    HoloLens,
    /// Evolvable enumeration sentinel value. Do not use.
    ///
    /// `unknownFutureValue` (value 99).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_search)]
impl rt::StrEnum for WindowsAutopilotDeviceType {
    const TYPE_NAME: &'static str = "microsoft.graph.windowsAutopilotDeviceType";
    const MEMBERS: &'static [&'static str] = &[
        "windowsPc",
        "holoLens",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "windowsPc" => Self::WindowsPc,
                "holoLens" => Self::HoloLens,
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
            Self::WindowsPc => "windowsPc",
            Self::HoloLens => "holoLens",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_search)]
rt::impl_enum!(WindowsAutopilotDeviceType);
#[cfg(msgraph_v1_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WindowsAutopilotDeviceType);
#[cfg(msgraph_v1_core_or_device_management)]
/// Product Status of Windows Defender
///
/// CSDL: `microsoft.graph.windowsDefenderProductStatus`, enum type, flags (comma-separated in JSON).
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-device-management`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum WindowsDefenderProductStatus {
    /// No status
    ///
    /// `noStatus` (value 0).
    NoStatus,
    /// Service not running
    ///
    /// `serviceNotRunning` (value 1).
    ServiceNotRunning,
    /// Service started without any malware protection engine
    ///
    /// `serviceStartedWithoutMalwareProtection` (value 2).
    ServiceStartedWithoutMalwareProtection,
    /// Pending full scan due to threat action
    ///
    /// `pendingFullScanDueToThreatAction` (value 4).
    PendingFullScanDueToThreatAction,
    /// Pending reboot due to threat action
    ///
    /// `pendingRebootDueToThreatAction` (value 8).
    PendingRebootDueToThreatAction,
    /// Pending manual steps due to threat action
    ///
    /// `pendingManualStepsDueToThreatAction` (value 16).
    PendingManualStepsDueToThreatAction,
    /// Antivirus (AV) signatures out of date
    ///
    /// `avSignaturesOutOfDate` (value 32).
    AvSignaturesOutOfDate,
    /// Antisypware (AS) signatures out of date
    ///
    /// `asSignaturesOutOfDate` (value 64).
    AsSignaturesOutOfDate,
    /// No quick scan has happened for a specified period
    ///
    /// `noQuickScanHappenedForSpecifiedPeriod` (value 128).
    NoQuickScanHappenedForSpecifiedPeriod,
    /// No full scan has happened for a specified period
    ///
    /// `noFullScanHappenedForSpecifiedPeriod` (value 256).
    NoFullScanHappenedForSpecifiedPeriod,
    /// System initiated scan in progress
    ///
    /// `systemInitiatedScanInProgress` (value 512).
    SystemInitiatedScanInProgress,
    /// System initiated clean in progress
    ///
    /// `systemInitiatedCleanInProgress` (value 1024).
    SystemInitiatedCleanInProgress,
    /// There are samples pending submission
    ///
    /// `samplesPendingSubmission` (value 2048).
    SamplesPendingSubmission,
    /// Product running in evaluation mode
    ///
    /// `productRunningInEvaluationMode` (value 4096).
    ProductRunningInEvaluationMode,
    /// Product running in non-genuine Windows mode
    ///
    /// `productRunningInNonGenuineMode` (value 8192).
    ProductRunningInNonGenuineMode,
    /// Product expired
    ///
    /// `productExpired` (value 16384).
    ProductExpired,
    /// Off-line scan required
    ///
    /// `offlineScanRequired` (value 32768).
    OfflineScanRequired,
    /// Service is shutting down as part of system shutdown
    ///
    /// `serviceShutdownAsPartOfSystemShutdown` (value 65536).
    ServiceShutdownAsPartOfSystemShutdown,
    /// Threat remediation failed critically
    ///
    /// `threatRemediationFailedCritically` (value 131072).
    ThreatRemediationFailedCritically,
    /// Threat remediation failed non-critically
    ///
    /// `threatRemediationFailedNonCritically` (value 262144).
    ThreatRemediationFailedNonCritically,
    /// No status flags set (well initialized state)
    ///
    /// `noStatusFlagsSet` (value 524288).
    NoStatusFlagsSet,
    /// Platform is out of date
    ///
    /// `platformOutOfDate` (value 1048576).
    PlatformOutOfDate,
    /// Platform update is in progress
    ///
    /// `platformUpdateInProgress` (value 2097152).
    PlatformUpdateInProgress,
    /// Platform is about to be outdated
    ///
    /// `platformAboutToBeOutdated` (value 4194304).
    PlatformAboutToBeOutdated,
    /// Signature or platform end of life is past or is impending
    ///
    /// `signatureOrPlatformEndOfLifeIsPastOrIsImpending` (value 8388608).
    SignatureOrPlatformEndOfLifeIsPastOrIsImpending,
    /// Windows SMode signatures still in use on non-Win10S install
    ///
    /// `windowsSModeSignaturesInUseOnNonWin10SInstall` (value 16777216).
    WindowsSModeSignaturesInUseOnNonWin10SInstall,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_core_or_device_management)]
impl rt::StrEnum for WindowsDefenderProductStatus {
    const TYPE_NAME: &'static str = "microsoft.graph.windowsDefenderProductStatus";
    const MEMBERS: &'static [&'static str] = &[
        "noStatus",
        "serviceNotRunning",
        "serviceStartedWithoutMalwareProtection",
        "pendingFullScanDueToThreatAction",
        "pendingRebootDueToThreatAction",
        "pendingManualStepsDueToThreatAction",
        "avSignaturesOutOfDate",
        "asSignaturesOutOfDate",
        "noQuickScanHappenedForSpecifiedPeriod",
        "noFullScanHappenedForSpecifiedPeriod",
        "systemInitiatedScanInProgress",
        "systemInitiatedCleanInProgress",
        "samplesPendingSubmission",
        "productRunningInEvaluationMode",
        "productRunningInNonGenuineMode",
        "productExpired",
        "offlineScanRequired",
        "serviceShutdownAsPartOfSystemShutdown",
        "threatRemediationFailedCritically",
        "threatRemediationFailedNonCritically",
        "noStatusFlagsSet",
        "platformOutOfDate",
        "platformUpdateInProgress",
        "platformAboutToBeOutdated",
        "signatureOrPlatformEndOfLifeIsPastOrIsImpending",
        "windowsSModeSignaturesInUseOnNonWin10SInstall",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "noStatus" => Self::NoStatus,
                "serviceNotRunning" => Self::ServiceNotRunning,
                "serviceStartedWithoutMalwareProtection" => {
                    Self::ServiceStartedWithoutMalwareProtection
                }
                "pendingFullScanDueToThreatAction" => {
                    Self::PendingFullScanDueToThreatAction
                }
                "pendingRebootDueToThreatAction" => Self::PendingRebootDueToThreatAction,
                "pendingManualStepsDueToThreatAction" => {
                    Self::PendingManualStepsDueToThreatAction
                }
                "avSignaturesOutOfDate" => Self::AvSignaturesOutOfDate,
                "asSignaturesOutOfDate" => Self::AsSignaturesOutOfDate,
                "noQuickScanHappenedForSpecifiedPeriod" => {
                    Self::NoQuickScanHappenedForSpecifiedPeriod
                }
                "noFullScanHappenedForSpecifiedPeriod" => {
                    Self::NoFullScanHappenedForSpecifiedPeriod
                }
                "systemInitiatedScanInProgress" => Self::SystemInitiatedScanInProgress,
                "systemInitiatedCleanInProgress" => Self::SystemInitiatedCleanInProgress,
                "samplesPendingSubmission" => Self::SamplesPendingSubmission,
                "productRunningInEvaluationMode" => Self::ProductRunningInEvaluationMode,
                "productRunningInNonGenuineMode" => Self::ProductRunningInNonGenuineMode,
                "productExpired" => Self::ProductExpired,
                "offlineScanRequired" => Self::OfflineScanRequired,
                "serviceShutdownAsPartOfSystemShutdown" => {
                    Self::ServiceShutdownAsPartOfSystemShutdown
                }
                "threatRemediationFailedCritically" => {
                    Self::ThreatRemediationFailedCritically
                }
                "threatRemediationFailedNonCritically" => {
                    Self::ThreatRemediationFailedNonCritically
                }
                "noStatusFlagsSet" => Self::NoStatusFlagsSet,
                "platformOutOfDate" => Self::PlatformOutOfDate,
                "platformUpdateInProgress" => Self::PlatformUpdateInProgress,
                "platformAboutToBeOutdated" => Self::PlatformAboutToBeOutdated,
                "signatureOrPlatformEndOfLifeIsPastOrIsImpending" => {
                    Self::SignatureOrPlatformEndOfLifeIsPastOrIsImpending
                }
                "windowsSModeSignaturesInUseOnNonWin10SInstall" => {
                    Self::WindowsSModeSignaturesInUseOnNonWin10SInstall
                }
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
            Self::NoStatus => "noStatus",
            Self::ServiceNotRunning => "serviceNotRunning",
            Self::ServiceStartedWithoutMalwareProtection => {
                "serviceStartedWithoutMalwareProtection"
            }
            Self::PendingFullScanDueToThreatAction => "pendingFullScanDueToThreatAction",
            Self::PendingRebootDueToThreatAction => "pendingRebootDueToThreatAction",
            Self::PendingManualStepsDueToThreatAction => {
                "pendingManualStepsDueToThreatAction"
            }
            Self::AvSignaturesOutOfDate => "avSignaturesOutOfDate",
            Self::AsSignaturesOutOfDate => "asSignaturesOutOfDate",
            Self::NoQuickScanHappenedForSpecifiedPeriod => {
                "noQuickScanHappenedForSpecifiedPeriod"
            }
            Self::NoFullScanHappenedForSpecifiedPeriod => {
                "noFullScanHappenedForSpecifiedPeriod"
            }
            Self::SystemInitiatedScanInProgress => "systemInitiatedScanInProgress",
            Self::SystemInitiatedCleanInProgress => "systemInitiatedCleanInProgress",
            Self::SamplesPendingSubmission => "samplesPendingSubmission",
            Self::ProductRunningInEvaluationMode => "productRunningInEvaluationMode",
            Self::ProductRunningInNonGenuineMode => "productRunningInNonGenuineMode",
            Self::ProductExpired => "productExpired",
            Self::OfflineScanRequired => "offlineScanRequired",
            Self::ServiceShutdownAsPartOfSystemShutdown => {
                "serviceShutdownAsPartOfSystemShutdown"
            }
            Self::ThreatRemediationFailedCritically => {
                "threatRemediationFailedCritically"
            }
            Self::ThreatRemediationFailedNonCritically => {
                "threatRemediationFailedNonCritically"
            }
            Self::NoStatusFlagsSet => "noStatusFlagsSet",
            Self::PlatformOutOfDate => "platformOutOfDate",
            Self::PlatformUpdateInProgress => "platformUpdateInProgress",
            Self::PlatformAboutToBeOutdated => "platformAboutToBeOutdated",
            Self::SignatureOrPlatformEndOfLifeIsPastOrIsImpending => {
                "signatureOrPlatformEndOfLifeIsPastOrIsImpending"
            }
            Self::WindowsSModeSignaturesInUseOnNonWin10SInstall => {
                "windowsSModeSignaturesInUseOnNonWin10SInstall"
            }
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_core_or_device_management)]
rt::impl_enum!(WindowsDefenderProductStatus);
#[cfg(msgraph_v1_core_or_device_management)]
#[cfg(feature = "serde")]
rt::impl_serde!(WindowsDefenderProductStatus);
#[cfg(msgraph_v1_core_or_device_management)]
/// CSDL: `microsoft.graph.windowsDeviceADAccount`, complex type, derived from `microsoft.graph.windowsDeviceAccount`.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-device-management`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct WindowsDeviceAdAccount {
    /// CSDL: property `password`: `Edm.String`, nullable.
    pub password: rt::Field<::std::string::String>,
    /// CSDL: property `domainName`: `Edm.String`, nullable.
    pub domain_name: rt::Field<::std::string::String>,
    /// CSDL: property `userName`: `Edm.String`, nullable.
    pub user_name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_device_management)]
impl ::std::default::Default for WindowsDeviceAdAccount {
    #[inline]
    fn default() -> Self {
        Self {
            password: rt::Field::Absent,
            domain_name: rt::Field::Absent,
            user_name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_device_management)]
impl rt::Object for WindowsDeviceAdAccount {
    const TYPE_NAME: &'static str = "microsoft.graph.windowsDeviceADAccount";
    const KEYS: &'static [&'static str] = &["password", "domainName", "userName"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"password\":                     ",
        ",\"domainName\":                   ",
        ",\"userName\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.windowsDeviceADAccount\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "password", &self.password);
        v.field(1usize, "domain_name", &self.domain_name);
        v.field(2usize, "user_name", &self.user_name);
    }
}
#[cfg(msgraph_v1_core_or_device_management)]
impl rt::object::Members for WindowsDeviceAdAccount {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.password.read_from(r),
            1usize => self.domain_name.read_from(r),
            2usize => self.user_name.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.password);
        w.field(1usize, &self.domain_name);
        w.field(2usize, &self.user_name);
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
rt::impl_object!(WindowsDeviceAdAccount);
#[cfg(msgraph_v1_core_or_device_management)]
rt::impl_setters!(
    WindowsDeviceAdAccount { with_password password : ::std::string::String;
    with_domain_name domain_name : ::std::string::String; with_user_name user_name :
    ::std::string::String; }
);
#[cfg(msgraph_v1_core_or_device_management)]
#[cfg(feature = "serde")]
rt::impl_serde!(WindowsDeviceAdAccount);
#[cfg(msgraph_v1_core_or_device_management)]
/// CSDL: `microsoft.graph.windowsDeviceAccount`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-device-management`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct WindowsDeviceAccount {
    /// CSDL: property `password`: `Edm.String`, nullable.
    pub password: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_device_management)]
impl ::std::default::Default for WindowsDeviceAccount {
    #[inline]
    fn default() -> Self {
        Self {
            password: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_device_management)]
impl rt::Object for WindowsDeviceAccount {
    const TYPE_NAME: &'static str = "microsoft.graph.windowsDeviceAccount";
    const KEYS: &'static [&'static str] = &["password"];
    const KEYS_JSON: &'static [&'static str] = &[",\"password\":                     "];
    const TAG: &'static str = "\"#microsoft.graph.windowsDeviceAccount\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "password", &self.password);
    }
}
#[cfg(msgraph_v1_core_or_device_management)]
impl rt::object::Members for WindowsDeviceAccount {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.password.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.password);
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
rt::impl_object!(WindowsDeviceAccount);
#[cfg(msgraph_v1_core_or_device_management)]
rt::impl_setters!(
    WindowsDeviceAccount { with_password password : ::std::string::String; }
);
#[cfg(msgraph_v1_core_or_device_management)]
#[cfg(feature = "serde")]
rt::impl_serde!(WindowsDeviceAccount);
#[cfg(msgraph_v1_core_or_device_management)]
/// `microsoft.graph.windowsDeviceAccount` or any type derived from it, selected by `@odata.type` (3 types); each variant's type converts into it (`From`).
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-device-management`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Debug)]
pub enum AnyWindowsDeviceAccount {
    WindowsDeviceAccount(::std::boxed::Box<crate::v1::WindowsDeviceAccount>),
    WindowsDeviceAdAccount(::std::boxed::Box<crate::v1::WindowsDeviceAdAccount>),
    WindowsDeviceAzureAdAccount(
        ::std::boxed::Box<crate::v1::WindowsDeviceAzureAdAccount>,
    ),
}
#[cfg(msgraph_v1_core_or_device_management)]
impl ::std::default::Default for AnyWindowsDeviceAccount {
    #[inline]
    fn default() -> Self {
        Self::WindowsDeviceAccount(::std::default::Default::default())
    }
}
#[cfg(msgraph_v1_core_or_device_management)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::WindowsDeviceAccount> for AnyWindowsDeviceAccount {
    #[inline]
    fn from(v: crate::v1::WindowsDeviceAccount) -> Self {
        Self::WindowsDeviceAccount(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core_or_device_management)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::WindowsDeviceAdAccount>
for AnyWindowsDeviceAccount {
    #[inline]
    fn from(v: crate::v1::WindowsDeviceAdAccount) -> Self {
        Self::WindowsDeviceAdAccount(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core_or_device_management)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::WindowsDeviceAzureAdAccount>
for AnyWindowsDeviceAccount {
    #[inline]
    fn from(v: crate::v1::WindowsDeviceAzureAdAccount) -> Self {
        Self::WindowsDeviceAzureAdAccount(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core_or_device_management)]
unsafe impl ::std::marker::Send for AnyWindowsDeviceAccount {}
#[cfg(msgraph_v1_core_or_device_management)]
unsafe impl ::std::marker::Sync for AnyWindowsDeviceAccount {}
#[cfg(msgraph_v1_core_or_device_management)]
impl ::std::marker::Unpin for AnyWindowsDeviceAccount {}
#[cfg(msgraph_v1_core_or_device_management)]
impl ::std::panic::UnwindSafe for AnyWindowsDeviceAccount {}
#[cfg(msgraph_v1_core_or_device_management)]
impl ::std::panic::RefUnwindSafe for AnyWindowsDeviceAccount {}
#[cfg(msgraph_v1_core_or_device_management)]
const _: () = {
    rt::object::auto_traits::<crate::v1::WindowsDeviceAccount>();
    rt::object::auto_traits::<crate::v1::WindowsDeviceAdAccount>();
    rt::object::auto_traits::<crate::v1::WindowsDeviceAzureAdAccount>();
};
#[cfg(msgraph_v1_core_or_device_management)]
impl rt::Poly for AnyWindowsDeviceAccount {
    const BASE_NAME: &'static str = "microsoft.graph.windowsDeviceAccount";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some("microsoft.graph.windowsDeviceADAccount") => {
                Self::WindowsDeviceAdAccount(rt::object::new_boxed())
            }
            ::std::option::Option::Some(
                "microsoft.graph.windowsDeviceAzureADAccount",
            ) => Self::WindowsDeviceAzureAdAccount(rt::object::new_boxed()),
            _ => Self::WindowsDeviceAccount(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::WindowsDeviceAccount(v) => &**v,
            Self::WindowsDeviceAdAccount(v) => &**v,
            Self::WindowsDeviceAzureAdAccount(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::WindowsDeviceAccount(v) => &mut **v,
            Self::WindowsDeviceAdAccount(v) => &mut **v,
            Self::WindowsDeviceAzureAdAccount(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_v1_core_or_device_management)]
impl AnyWindowsDeviceAccount {
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
    /// `password` of any variant.
    #[inline]
    pub fn password(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::WindowsDeviceAccount(v) => &v.password,
            Self::WindowsDeviceAdAccount(v) => &v.password,
            Self::WindowsDeviceAzureAdAccount(v) => &v.password,
        }
    }
    /// `password` of any variant.
    #[inline]
    pub fn password_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::WindowsDeviceAccount(v) => &mut v.password,
            Self::WindowsDeviceAdAccount(v) => &mut v.password,
            Self::WindowsDeviceAzureAdAccount(v) => &mut v.password,
        }
    }
}
#[cfg(msgraph_v1_core_or_device_management)]
rt::impl_poly!(AnyWindowsDeviceAccount);
#[cfg(msgraph_v1_core_or_device_management)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyWindowsDeviceAccount);
#[cfg(msgraph_v1_core_or_device_management)]
/// CSDL: `microsoft.graph.windowsDeviceAzureADAccount`, complex type, derived from `microsoft.graph.windowsDeviceAccount`.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-device-management`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct WindowsDeviceAzureAdAccount {
    /// CSDL: property `password`: `Edm.String`, nullable.
    pub password: rt::Field<::std::string::String>,
    /// CSDL: property `userPrincipalName`: `Edm.String`, nullable.
    pub user_principal_name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_device_management)]
impl ::std::default::Default for WindowsDeviceAzureAdAccount {
    #[inline]
    fn default() -> Self {
        Self {
            password: rt::Field::Absent,
            user_principal_name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_device_management)]
impl rt::Object for WindowsDeviceAzureAdAccount {
    const TYPE_NAME: &'static str = "microsoft.graph.windowsDeviceAzureADAccount";
    const KEYS: &'static [&'static str] = &["password", "userPrincipalName"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"password\":                     ",
        ",\"userPrincipalName\":            ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.windowsDeviceAzureADAccount\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "password", &self.password);
        v.field(1usize, "user_principal_name", &self.user_principal_name);
    }
}
#[cfg(msgraph_v1_core_or_device_management)]
impl rt::object::Members for WindowsDeviceAzureAdAccount {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.password.read_from(r),
            1usize => self.user_principal_name.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.password);
        w.field(1usize, &self.user_principal_name);
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
rt::impl_object!(WindowsDeviceAzureAdAccount);
#[cfg(msgraph_v1_core_or_device_management)]
rt::impl_setters!(
    WindowsDeviceAzureAdAccount { with_password password : ::std::string::String;
    with_user_principal_name user_principal_name : ::std::string::String; }
);
#[cfg(msgraph_v1_core_or_device_management)]
#[cfg(feature = "serde")]
rt::impl_serde!(WindowsDeviceAzureAdAccount);
#[cfg(msgraph_v1_core_or_device_management)]
/// Computer endpoint protection state
///
/// CSDL: `microsoft.graph.windowsDeviceHealthState`, enum type, flags (comma-separated in JSON).
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-device-management`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum WindowsDeviceHealthState {
    /// Computer is clean and no action is required
    ///
    /// `clean` (value 0).
    Clean,
    /// Computer is in pending full scan state
    ///
    /// `fullScanPending` (value 1).
    FullScanPending,
    /// Computer is in pending reboot state
    ///
    /// `rebootPending` (value 2).
    RebootPending,
    /// Computer is in pending manual steps state
    ///
    /// `manualStepsPending` (value 4).
    ManualStepsPending,
    /// Computer is in pending offline scan state
    ///
    /// `offlineScanPending` (value 8).
    OfflineScanPending,
    /// Computer is in critical failure state
    ///
    /// `critical` (value 16).
    Critical,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_core_or_device_management)]
impl rt::StrEnum for WindowsDeviceHealthState {
    const TYPE_NAME: &'static str = "microsoft.graph.windowsDeviceHealthState";
    const MEMBERS: &'static [&'static str] = &[
        "clean",
        "fullScanPending",
        "rebootPending",
        "manualStepsPending",
        "offlineScanPending",
        "critical",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "clean" => Self::Clean,
                "fullScanPending" => Self::FullScanPending,
                "rebootPending" => Self::RebootPending,
                "manualStepsPending" => Self::ManualStepsPending,
                "offlineScanPending" => Self::OfflineScanPending,
                "critical" => Self::Critical,
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
            Self::Clean => "clean",
            Self::FullScanPending => "fullScanPending",
            Self::RebootPending => "rebootPending",
            Self::ManualStepsPending => "manualStepsPending",
            Self::OfflineScanPending => "offlineScanPending",
            Self::Critical => "critical",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_core_or_device_management)]
rt::impl_enum!(WindowsDeviceHealthState);
#[cfg(msgraph_v1_core_or_device_management)]
#[cfg(feature = "serde")]
rt::impl_serde!(WindowsDeviceHealthState);
#[cfg(msgraph_v1_core_or_device_management)]
/// Malware detection entity.
///
/// CSDL: `microsoft.graph.windowsDeviceMalwareState`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-device-management`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct WindowsDeviceMalwareState {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Information URL to learn more about the malware
    ///
    /// CSDL: property `additionalInformationUrl`: `Edm.String`, nullable.
    pub additional_information_url: rt::Field<::std::string::String>,
    /// Category of the malware
    ///
    /// CSDL: property `category`: `microsoft.graph.windowsMalwareCategory`, nullable.
    pub category: rt::Field<crate::v1::WindowsMalwareCategory>,
    /// Number of times the malware is detected
    ///
    /// CSDL: property `detectionCount`: `Edm.Int32`, nullable.
    pub detection_count: rt::Field<i32>,
    /// Malware name
    ///
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// Execution status of the malware like blocked/executing etc
    ///
    /// CSDL: property `executionState`: `microsoft.graph.windowsMalwareExecutionState`, nullable.
    pub execution_state: rt::Field<crate::v1::WindowsMalwareExecutionState>,
    /// Initial detection datetime of the malware
    ///
    /// CSDL: property `initialDetectionDateTime`: `Edm.DateTimeOffset`, nullable.
    pub initial_detection_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// The last time this particular threat was changed
    ///
    /// CSDL: property `lastStateChangeDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_state_change_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Severity of the malware
    ///
    /// CSDL: property `severity`: `microsoft.graph.windowsMalwareSeverity`, nullable.
    pub severity: rt::Field<crate::v1::WindowsMalwareSeverity>,
    /// Current status of the malware like cleaned/quarantined/allowed etc
    ///
    /// CSDL: property `state`: `microsoft.graph.windowsMalwareState`, nullable.
    pub state: rt::Field<crate::v1::WindowsMalwareState>,
    /// Current status of the malware like cleaned/quarantined/allowed etc
    ///
    /// CSDL: property `threatState`: `microsoft.graph.windowsMalwareThreatState`, nullable.
    pub threat_state: rt::Field<crate::v1::WindowsMalwareThreatState>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_device_management)]
impl ::std::default::Default for WindowsDeviceMalwareState {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            additional_information_url: rt::Field::Absent,
            category: rt::Field::Absent,
            detection_count: rt::Field::Absent,
            display_name: rt::Field::Absent,
            execution_state: rt::Field::Absent,
            initial_detection_date_time: rt::Field::Absent,
            last_state_change_date_time: rt::Field::Absent,
            severity: rt::Field::Absent,
            state: rt::Field::Absent,
            threat_state: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_device_management)]
impl rt::Object for WindowsDeviceMalwareState {
    const TYPE_NAME: &'static str = "microsoft.graph.windowsDeviceMalwareState";
    const KEYS: &'static [&'static str] = &[
        "id",
        "additionalInformationUrl",
        "category",
        "detectionCount",
        "displayName",
        "executionState",
        "initialDetectionDateTime",
        "lastStateChangeDateTime",
        "severity",
        "state",
        "threatState",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"additionalInformationUrl\":     ",
        ",\"category\":                     ",
        ",\"detectionCount\":               ",
        ",\"displayName\":                  ",
        ",\"executionState\":               ",
        ",\"initialDetectionDateTime\":     ",
        ",\"lastStateChangeDateTime\":      ",
        ",\"severity\":                     ",
        ",\"state\":                        ",
        ",\"threatState\":                  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.windowsDeviceMalwareState\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "additional_information_url", &self.additional_information_url);
        v.field(2usize, "category", &self.category);
        v.field(3usize, "detection_count", &self.detection_count);
        v.field(4usize, "display_name", &self.display_name);
        v.field(5usize, "execution_state", &self.execution_state);
        v.field(
            6usize,
            "initial_detection_date_time",
            &self.initial_detection_date_time,
        );
        v.field(
            7usize,
            "last_state_change_date_time",
            &self.last_state_change_date_time,
        );
        v.field(8usize, "severity", &self.severity);
        v.field(9usize, "state", &self.state);
        v.field(10usize, "threat_state", &self.threat_state);
    }
}
#[cfg(msgraph_v1_core_or_device_management)]
impl rt::object::Members for WindowsDeviceMalwareState {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.additional_information_url.read_from(r),
            2usize => self.category.read_from(r),
            3usize => self.detection_count.read_from(r),
            4usize => self.display_name.read_from(r),
            5usize => self.execution_state.read_from(r),
            6usize => self.initial_detection_date_time.read_from(r),
            7usize => self.last_state_change_date_time.read_from(r),
            8usize => self.severity.read_from(r),
            9usize => self.state.read_from(r),
            10usize => self.threat_state.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.additional_information_url);
        w.field(2usize, &self.category);
        w.field(3usize, &self.detection_count);
        w.field(4usize, &self.display_name);
        w.field(5usize, &self.execution_state);
        w.field(6usize, &self.initial_detection_date_time);
        w.field(7usize, &self.last_state_change_date_time);
        w.field(8usize, &self.severity);
        w.field(9usize, &self.state);
        w.field(10usize, &self.threat_state);
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
rt::impl_object!(WindowsDeviceMalwareState);
#[cfg(msgraph_v1_core_or_device_management)]
rt::impl_setters!(
    WindowsDeviceMalwareState { with_id id : ::std::string::String;
    with_additional_information_url additional_information_url : ::std::string::String;
    with_category category : crate ::v1::WindowsMalwareCategory; with_detection_count
    detection_count : i32; with_display_name display_name : ::std::string::String;
    with_execution_state execution_state : crate ::v1::WindowsMalwareExecutionState;
    with_initial_detection_date_time initial_detection_date_time :
    rt::edm::DateTimeOffset; with_last_state_change_date_time last_state_change_date_time
    : rt::edm::DateTimeOffset; with_severity severity : crate
    ::v1::WindowsMalwareSeverity; with_state state : crate ::v1::WindowsMalwareState;
    with_threat_state threat_state : crate ::v1::WindowsMalwareThreatState; }
);
#[cfg(msgraph_v1_core_or_device_management)]
#[cfg(feature = "serde")]
rt::impl_serde!(WindowsDeviceMalwareState);
#[cfg(msgraph_v1_search)]
/// CSDL: `microsoft.graph.windowsDeviceUsageType`, enum type.
///
/// Features: `v1` or `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum WindowsDeviceUsageType {
    /// Default. Indicates that a device is a single-user device.
    ///
    /// `singleUser` (value 0).
    SingleUser,
    /// Indicates that a device is a multi-user device.
    ///
    /// `shared` (value 1).
    Shared,
    /// Evolvable enumeration sentinel value. Do not use.
    ///
    /// `unknownFutureValue` (value 2).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_search)]
impl rt::StrEnum for WindowsDeviceUsageType {
    const TYPE_NAME: &'static str = "microsoft.graph.windowsDeviceUsageType";
    const MEMBERS: &'static [&'static str] = &[
        "singleUser",
        "shared",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "singleUser" => Self::SingleUser,
                "shared" => Self::Shared,
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
            Self::SingleUser => "singleUser",
            Self::Shared => "shared",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_search)]
rt::impl_enum!(WindowsDeviceUsageType);
#[cfg(msgraph_v1_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WindowsDeviceUsageType);
#[cfg(msgraph_v1_device_management_or_search)]
/// Windows Hello for Business pin usage options
///
/// CSDL: `microsoft.graph.windowsHelloForBusinessPinUsage`, enum type.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum WindowsHelloForBusinessPinUsage {
    /// Allowed the usage of certain pin rule
    ///
    /// `allowed` (value 0).
    Allowed,
    /// Enforce the usage of certain pin rule
    ///
    /// `required` (value 1).
    Required,
    /// Forbit the usage of certain pin rule
    ///
    /// `disallowed` (value 2).
    Disallowed,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::StrEnum for WindowsHelloForBusinessPinUsage {
    const TYPE_NAME: &'static str = "microsoft.graph.windowsHelloForBusinessPinUsage";
    const MEMBERS: &'static [&'static str] = &["allowed", "required", "disallowed"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "allowed" => Self::Allowed,
                "required" => Self::Required,
                "disallowed" => Self::Disallowed,
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
            Self::Allowed => "allowed",
            Self::Required => "required",
            Self::Disallowed => "disallowed",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_enum!(WindowsHelloForBusinessPinUsage);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WindowsHelloForBusinessPinUsage);
#[cfg(msgraph_v1_device_management_or_search)]
/// Windows Information Protection AppLearning Summary entity.
///
/// CSDL: `microsoft.graph.windowsInformationProtectionAppLearningSummary`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone)]
pub struct WindowsInformationProtectionAppLearningSummary {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Application Name
    ///
    /// CSDL: property `applicationName`: `Edm.String`, nullable.
    pub application_name: rt::Field<::std::string::String>,
    /// Application Type
    ///
    /// CSDL: property `applicationType`: `microsoft.graph.applicationType`, not nullable.
    pub application_type: rt::Field<crate::v1::ApplicationType>,
    /// Device Count
    ///
    /// CSDL: property `deviceCount`: `Edm.Int32`, not nullable.
    pub device_count: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default for WindowsInformationProtectionAppLearningSummary {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            application_name: rt::Field::Absent,
            application_type: rt::Field::Absent,
            device_count: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object for WindowsInformationProtectionAppLearningSummary {
    const TYPE_NAME: &'static str = "microsoft.graph.windowsInformationProtectionAppLearningSummary";
    const KEYS: &'static [&'static str] = &[
        "id",
        "applicationName",
        "applicationType",
        "deviceCount",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"applicationName\":              ",
        ",\"applicationType\":              ",
        ",\"deviceCount\":                  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.windowsInformationProtectionAppLearningSummary\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "application_name", &self.application_name);
        v.field(2usize, "application_type", &self.application_type);
        v.field(3usize, "device_count", &self.device_count);
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members for WindowsInformationProtectionAppLearningSummary {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.application_name.read_from(r),
            2usize => self.application_type.read_from(r),
            3usize => self.device_count.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.application_name);
        w.field(2usize, &self.application_type);
        w.field(3usize, &self.device_count);
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
rt::impl_object!(WindowsInformationProtectionAppLearningSummary);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    WindowsInformationProtectionAppLearningSummary { with_id id : ::std::string::String;
    with_application_name application_name : ::std::string::String; with_application_type
    application_type : crate ::v1::ApplicationType; with_device_count device_count : i32;
    }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WindowsInformationProtectionAppLearningSummary);
#[cfg(msgraph_v1_device_management_or_search)]
/// Malware information entity.
///
/// CSDL: `microsoft.graph.windowsMalwareInformation`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`WindowsMalwareInformationPath`](requests/trait.WindowsMalwareInformationPath.html), what a path to one (`EntityPath<WindowsMalwareInformation, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone)]
pub struct WindowsMalwareInformation {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Indicates an informational URL to learn more about the malware
    ///
    /// CSDL: property `additionalInformationUrl`: `Edm.String`, nullable.
    pub additional_information_url: rt::Field<::std::string::String>,
    /// Category of the malware. Possible values are: invalid, adware, spyware, passwordStealer, trojanDownloader, worm, backdoor, remoteAccessTrojan, trojan, emailFlooder, keylogger, dialer, monitoringSoftware, browserModifier, cookie, browserPlugin, aolExploit, nuker, securityDisabler, jokeProgram, hostileActiveXControl, softwareBundler, stealthNotifier, settingsModifier, toolBar, remoteControlSoftware, trojanFtp, potentialUnwantedSoftware, icqExploit, trojanTelnet, exploit, filesharingProgram, malwareCreationTool, remote_Control_Software, tool, trojanDenialOfService, trojanDropper, trojanMassMailer, trojanMonitoringSoftware, trojanProxyServer, virus, known, unknown, spp, behavior, vulnerability, policy, enterpriseUnwantedSoftware, ransom, hipsRule. default value is invalid.
    ///
    /// CSDL: property `category`: `microsoft.graph.windowsMalwareCategory`, nullable.
    pub category: rt::Field<crate::v1::WindowsMalwareCategory>,
    /// Indicates the name of the malware
    ///
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// Indicates the last time the malware was detected in UTC
    ///
    /// CSDL: property `lastDetectionDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_detection_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Severity of the malware. Possible values are: unknown, low, moderate, high, severe. default is unknown
    ///
    /// CSDL: property `severity`: `microsoft.graph.windowsMalwareSeverity`, nullable.
    pub severity: rt::Field<crate::v1::WindowsMalwareSeverity>,
    /// List of devices affected by current malware with the malware state on each device
    ///
    /// CSDL: containment navigation property `deviceMalwareStates`: `Collection(microsoft.graph.malwareStateForWindowsDevice)`, not nullable.
    pub device_malware_states: rt::Field<
        ::std::vec::Vec<crate::v1::MalwareStateForWindowsDevice>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default for WindowsMalwareInformation {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            additional_information_url: rt::Field::Absent,
            category: rt::Field::Absent,
            display_name: rt::Field::Absent,
            last_detection_date_time: rt::Field::Absent,
            severity: rt::Field::Absent,
            device_malware_states: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object for WindowsMalwareInformation {
    const TYPE_NAME: &'static str = "microsoft.graph.windowsMalwareInformation";
    const KEYS: &'static [&'static str] = &[
        "id",
        "additionalInformationUrl",
        "category",
        "displayName",
        "lastDetectionDateTime",
        "severity",
        "deviceMalwareStates",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"additionalInformationUrl\":     ",
        ",\"category\":                     ",
        ",\"displayName\":                  ",
        ",\"lastDetectionDateTime\":        ",
        ",\"severity\":                     ",
        ",\"deviceMalwareStates\":          ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.windowsMalwareInformation\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "additional_information_url", &self.additional_information_url);
        v.field(2usize, "category", &self.category);
        v.field(3usize, "display_name", &self.display_name);
        v.field(4usize, "last_detection_date_time", &self.last_detection_date_time);
        v.field(5usize, "severity", &self.severity);
        v.field(6usize, "device_malware_states", &self.device_malware_states);
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members for WindowsMalwareInformation {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.additional_information_url.read_from(r),
            2usize => self.category.read_from(r),
            3usize => self.display_name.read_from(r),
            4usize => self.last_detection_date_time.read_from(r),
            5usize => self.severity.read_from(r),
            6usize => self.device_malware_states.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.additional_information_url);
        w.field(2usize, &self.category);
        w.field(3usize, &self.display_name);
        w.field(4usize, &self.last_detection_date_time);
        w.field(5usize, &self.severity);
        w.field(6usize, &self.device_malware_states);
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
rt::impl_object!(WindowsMalwareInformation);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    WindowsMalwareInformation { with_id id : ::std::string::String;
    with_additional_information_url additional_information_url : ::std::string::String;
    with_category category : crate ::v1::WindowsMalwareCategory; with_display_name
    display_name : ::std::string::String; with_last_detection_date_time
    last_detection_date_time : rt::edm::DateTimeOffset; with_severity severity : crate
    ::v1::WindowsMalwareSeverity; with_device_malware_states device_malware_states :
    ::std::vec::Vec < crate ::v1::MalwareStateForWindowsDevice >; }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WindowsMalwareInformation);
#[cfg(msgraph_v1_core_or_device_management)]
/// Malware current status
///
/// CSDL: `microsoft.graph.windowsMalwareState`, enum type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-device-management`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum WindowsMalwareState {
    /// Unknown
    ///
    /// `unknown` (value 0).
    Unknown,
    /// Detected
    ///
    /// `detected` (value 1).
    Detected,
    /// Cleaned
    ///
    /// `cleaned` (value 2).
    Cleaned,
    /// Quarantined
    ///
    /// `quarantined` (value 3).
    Quarantined,
    /// Removed
    ///
    /// `removed` (value 4).
    Removed,
    /// Allowed
    ///
    /// `allowed` (value 5).
    Allowed,
    /// Blocked
    ///
    /// `blocked` (value 6).
    Blocked,
    /// Clean failed
    ///
    /// `cleanFailed` (value 102).
    CleanFailed,
    /// Quarantine failed
    ///
    /// `quarantineFailed` (value 103).
    QuarantineFailed,
    /// Remove failed
    ///
    /// `removeFailed` (value 104).
    RemoveFailed,
    /// Allow failed
    ///
    /// `allowFailed` (value 105).
    AllowFailed,
    /// Abandoned
    ///
    /// `abandoned` (value 106).
    Abandoned,
    /// Block failed
    ///
    /// `blockFailed` (value 107).
    BlockFailed,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_core_or_device_management)]
impl rt::StrEnum for WindowsMalwareState {
    const TYPE_NAME: &'static str = "microsoft.graph.windowsMalwareState";
    const MEMBERS: &'static [&'static str] = &[
        "unknown",
        "detected",
        "cleaned",
        "quarantined",
        "removed",
        "allowed",
        "blocked",
        "cleanFailed",
        "quarantineFailed",
        "removeFailed",
        "allowFailed",
        "abandoned",
        "blockFailed",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "unknown" => Self::Unknown,
                "detected" => Self::Detected,
                "cleaned" => Self::Cleaned,
                "quarantined" => Self::Quarantined,
                "removed" => Self::Removed,
                "allowed" => Self::Allowed,
                "blocked" => Self::Blocked,
                "cleanFailed" => Self::CleanFailed,
                "quarantineFailed" => Self::QuarantineFailed,
                "removeFailed" => Self::RemoveFailed,
                "allowFailed" => Self::AllowFailed,
                "abandoned" => Self::Abandoned,
                "blockFailed" => Self::BlockFailed,
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
            Self::Detected => "detected",
            Self::Cleaned => "cleaned",
            Self::Quarantined => "quarantined",
            Self::Removed => "removed",
            Self::Allowed => "allowed",
            Self::Blocked => "blocked",
            Self::CleanFailed => "cleanFailed",
            Self::QuarantineFailed => "quarantineFailed",
            Self::RemoveFailed => "removeFailed",
            Self::AllowFailed => "allowFailed",
            Self::Abandoned => "abandoned",
            Self::BlockFailed => "blockFailed",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_core_or_device_management)]
rt::impl_enum!(WindowsMalwareState);
#[cfg(msgraph_v1_core_or_device_management)]
#[cfg(feature = "serde")]
rt::impl_serde!(WindowsMalwareState);
#[cfg(msgraph_v1_core_or_device_management)]
/// Device protection status entity.
///
/// CSDL: `microsoft.graph.windowsProtectionState`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`WindowsProtectionStatePath`](requests/trait.WindowsProtectionStatePath.html), what a path to one (`EntityPath<WindowsProtectionState, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-device-management`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct WindowsProtectionState {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Current anti malware version
    ///
    /// CSDL: property `antiMalwareVersion`: `Edm.String`, nullable.
    pub anti_malware_version: rt::Field<::std::string::String>,
    /// When TRUE indicates the Windows Defender controlled configuration feature is enabled, when FALSE indicates the Windows Defender controlled configuration feature is not enabled. Defaults to setting on client device.
    ///
    /// CSDL: property `controlledConfigurationEnabled`: `Edm.Boolean`, nullable.
    pub controlled_configuration_enabled: rt::Field<bool>,
    /// Indicates device's health state. Possible values are: clean, fullScanPending, rebootPending, manualStepsPending, offlineScanPending, critical.
    ///
    /// CSDL: property `deviceState`: `microsoft.graph.windowsDeviceHealthState`, nullable.
    pub device_state: rt::Field<rt::Flags<crate::v1::WindowsDeviceHealthState>>,
    /// Current endpoint protection engine's version
    ///
    /// CSDL: property `engineVersion`: `Edm.String`, nullable.
    pub engine_version: rt::Field<::std::string::String>,
    /// When TRUE indicates full scan is overdue, when FALSE indicates full scan is not overdue. Defaults to setting on client device.
    ///
    /// CSDL: property `fullScanOverdue`: `Edm.Boolean`, nullable.
    pub full_scan_overdue: rt::Field<bool>,
    /// When TRUE indicates full scan is required, when FALSE indicates full scan is not required. Defaults to setting on client device.
    ///
    /// CSDL: property `fullScanRequired`: `Edm.Boolean`, nullable.
    pub full_scan_required: rt::Field<bool>,
    /// When TRUE indicates the device is a virtual machine, when FALSE indicates the device is not a virtual machine. Defaults to setting on client device.
    ///
    /// CSDL: property `isVirtualMachine`: `Edm.Boolean`, nullable.
    pub is_virtual_machine: rt::Field<bool>,
    /// Last quick scan datetime
    ///
    /// CSDL: property `lastFullScanDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_full_scan_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Last full scan signature version
    ///
    /// CSDL: property `lastFullScanSignatureVersion`: `Edm.String`, nullable.
    pub last_full_scan_signature_version: rt::Field<::std::string::String>,
    /// Last quick scan datetime
    ///
    /// CSDL: property `lastQuickScanDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_quick_scan_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Last quick scan signature version
    ///
    /// CSDL: property `lastQuickScanSignatureVersion`: `Edm.String`, nullable.
    pub last_quick_scan_signature_version: rt::Field<::std::string::String>,
    /// Last device health status reported time
    ///
    /// CSDL: property `lastReportedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_reported_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// When TRUE indicates anti malware is enabled when FALSE indicates anti malware is not enabled.
    ///
    /// CSDL: property `malwareProtectionEnabled`: `Edm.Boolean`, nullable.
    pub malware_protection_enabled: rt::Field<bool>,
    /// When TRUE indicates network inspection system enabled, when FALSE indicates network inspection system is not enabled. Defaults to setting on client device.
    ///
    /// CSDL: property `networkInspectionSystemEnabled`: `Edm.Boolean`, nullable.
    pub network_inspection_system_enabled: rt::Field<bool>,
    /// Product Status of Windows Defender Antivirus. Possible values are: noStatus, serviceNotRunning, serviceStartedWithoutMalwareProtection, pendingFullScanDueToThreatAction, pendingRebootDueToThreatAction, pendingManualStepsDueToThreatAction, avSignaturesOutOfDate, asSignaturesOutOfDate, noQuickScanHappenedForSpecifiedPeriod, noFullScanHappenedForSpecifiedPeriod, systemInitiatedScanInProgress, systemInitiatedCleanInProgress, samplesPendingSubmission, productRunningInEvaluationMode, productRunningInNonGenuineMode, productExpired, offlineScanRequired, serviceShutdownAsPartOfSystemShutdown, threatRemediationFailedCritically, threatRemediationFailedNonCritically, noStatusFlagsSet, platformOutOfDate, platformUpdateInProgress, platformAboutToBeOutdated, signatureOrPlatformEndOfLifeIsPastOrIsImpending, windowsSModeSignaturesInUseOnNonWin10SInstall.
    ///
    /// CSDL: property `productStatus`: `microsoft.graph.windowsDefenderProductStatus`, nullable.
    pub product_status: rt::Field<rt::Flags<crate::v1::WindowsDefenderProductStatus>>,
    /// When TRUE indicates quick scan is overdue, when FALSE indicates quick scan is not overdue. Defaults to setting on client device.
    ///
    /// CSDL: property `quickScanOverdue`: `Edm.Boolean`, nullable.
    pub quick_scan_overdue: rt::Field<bool>,
    /// When TRUE indicates real time protection is enabled, when FALSE indicates real time protection is not enabled. Defaults to setting on client device.
    ///
    /// CSDL: property `realTimeProtectionEnabled`: `Edm.Boolean`, nullable.
    pub real_time_protection_enabled: rt::Field<bool>,
    /// When TRUE indicates reboot is required, when FALSE indicates when TRUE indicates reboot is not required. Defaults to setting on client device.
    ///
    /// CSDL: property `rebootRequired`: `Edm.Boolean`, nullable.
    pub reboot_required: rt::Field<bool>,
    /// When TRUE indicates signature is out of date, when FALSE indicates signature is not out of date. Defaults to setting on client device.
    ///
    /// CSDL: property `signatureUpdateOverdue`: `Edm.Boolean`, nullable.
    pub signature_update_overdue: rt::Field<bool>,
    /// Current malware definitions version
    ///
    /// CSDL: property `signatureVersion`: `Edm.String`, nullable.
    pub signature_version: rt::Field<::std::string::String>,
    /// When TRUE indicates the Windows Defender tamper protection feature is enabled, when FALSE indicates the Windows Defender tamper protection feature is not enabled. Defaults to setting on client device.
    ///
    /// CSDL: property `tamperProtectionEnabled`: `Edm.Boolean`, nullable.
    pub tamper_protection_enabled: rt::Field<bool>,
    /// Device malware list
    ///
    /// CSDL: containment navigation property `detectedMalwareState`: `Collection(microsoft.graph.windowsDeviceMalwareState)`, not nullable.
    pub detected_malware_state: rt::Field<
        ::std::vec::Vec<crate::v1::WindowsDeviceMalwareState>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_device_management)]
impl ::std::default::Default for WindowsProtectionState {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            anti_malware_version: rt::Field::Absent,
            controlled_configuration_enabled: rt::Field::Absent,
            device_state: rt::Field::Absent,
            engine_version: rt::Field::Absent,
            full_scan_overdue: rt::Field::Absent,
            full_scan_required: rt::Field::Absent,
            is_virtual_machine: rt::Field::Absent,
            last_full_scan_date_time: rt::Field::Absent,
            last_full_scan_signature_version: rt::Field::Absent,
            last_quick_scan_date_time: rt::Field::Absent,
            last_quick_scan_signature_version: rt::Field::Absent,
            last_reported_date_time: rt::Field::Absent,
            malware_protection_enabled: rt::Field::Absent,
            network_inspection_system_enabled: rt::Field::Absent,
            product_status: rt::Field::Absent,
            quick_scan_overdue: rt::Field::Absent,
            real_time_protection_enabled: rt::Field::Absent,
            reboot_required: rt::Field::Absent,
            signature_update_overdue: rt::Field::Absent,
            signature_version: rt::Field::Absent,
            tamper_protection_enabled: rt::Field::Absent,
            detected_malware_state: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_device_management)]
impl rt::Object for WindowsProtectionState {
    const TYPE_NAME: &'static str = "microsoft.graph.windowsProtectionState";
    const KEYS: &'static [&'static str] = &[
        "id",
        "antiMalwareVersion",
        "controlledConfigurationEnabled",
        "deviceState",
        "engineVersion",
        "fullScanOverdue",
        "fullScanRequired",
        "isVirtualMachine",
        "lastFullScanDateTime",
        "lastFullScanSignatureVersion",
        "lastQuickScanDateTime",
        "lastQuickScanSignatureVersion",
        "lastReportedDateTime",
        "malwareProtectionEnabled",
        "networkInspectionSystemEnabled",
        "productStatus",
        "quickScanOverdue",
        "realTimeProtectionEnabled",
        "rebootRequired",
        "signatureUpdateOverdue",
        "signatureVersion",
        "tamperProtectionEnabled",
        "detectedMalwareState",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"antiMalwareVersion\":           ",
        ",\"controlledConfigurationEnabled\":",
        ",\"deviceState\":                  ",
        ",\"engineVersion\":                ",
        ",\"fullScanOverdue\":              ",
        ",\"fullScanRequired\":             ",
        ",\"isVirtualMachine\":             ",
        ",\"lastFullScanDateTime\":         ",
        ",\"lastFullScanSignatureVersion\": ",
        ",\"lastQuickScanDateTime\":        ",
        ",\"lastQuickScanSignatureVersion\":",
        ",\"lastReportedDateTime\":         ",
        ",\"malwareProtectionEnabled\":     ",
        ",\"networkInspectionSystemEnabled\":",
        ",\"productStatus\":                ",
        ",\"quickScanOverdue\":             ",
        ",\"realTimeProtectionEnabled\":    ",
        ",\"rebootRequired\":               ",
        ",\"signatureUpdateOverdue\":       ",
        ",\"signatureVersion\":             ",
        ",\"tamperProtectionEnabled\":      ",
        ",\"detectedMalwareState\":         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.windowsProtectionState\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "anti_malware_version", &self.anti_malware_version);
        v.field(
            2usize,
            "controlled_configuration_enabled",
            &self.controlled_configuration_enabled,
        );
        v.field(3usize, "device_state", &self.device_state);
        v.field(4usize, "engine_version", &self.engine_version);
        v.field(5usize, "full_scan_overdue", &self.full_scan_overdue);
        v.field(6usize, "full_scan_required", &self.full_scan_required);
        v.field(7usize, "is_virtual_machine", &self.is_virtual_machine);
        v.field(8usize, "last_full_scan_date_time", &self.last_full_scan_date_time);
        v.field(
            9usize,
            "last_full_scan_signature_version",
            &self.last_full_scan_signature_version,
        );
        v.field(10usize, "last_quick_scan_date_time", &self.last_quick_scan_date_time);
        v.field(
            11usize,
            "last_quick_scan_signature_version",
            &self.last_quick_scan_signature_version,
        );
        v.field(12usize, "last_reported_date_time", &self.last_reported_date_time);
        v.field(13usize, "malware_protection_enabled", &self.malware_protection_enabled);
        v.field(
            14usize,
            "network_inspection_system_enabled",
            &self.network_inspection_system_enabled,
        );
        v.field(15usize, "product_status", &self.product_status);
        v.field(16usize, "quick_scan_overdue", &self.quick_scan_overdue);
        v.field(
            17usize,
            "real_time_protection_enabled",
            &self.real_time_protection_enabled,
        );
        v.field(18usize, "reboot_required", &self.reboot_required);
        v.field(19usize, "signature_update_overdue", &self.signature_update_overdue);
        v.field(20usize, "signature_version", &self.signature_version);
        v.field(21usize, "tamper_protection_enabled", &self.tamper_protection_enabled);
        v.field(22usize, "detected_malware_state", &self.detected_malware_state);
    }
}
#[cfg(msgraph_v1_core_or_device_management)]
impl rt::object::Members for WindowsProtectionState {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.anti_malware_version.read_from(r),
            2usize => self.controlled_configuration_enabled.read_from(r),
            3usize => self.device_state.read_from(r),
            4usize => self.engine_version.read_from(r),
            5usize => self.full_scan_overdue.read_from(r),
            6usize => self.full_scan_required.read_from(r),
            7usize => self.is_virtual_machine.read_from(r),
            8usize => self.last_full_scan_date_time.read_from(r),
            9usize => self.last_full_scan_signature_version.read_from(r),
            10usize => self.last_quick_scan_date_time.read_from(r),
            11usize => self.last_quick_scan_signature_version.read_from(r),
            12usize => self.last_reported_date_time.read_from(r),
            13usize => self.malware_protection_enabled.read_from(r),
            14usize => self.network_inspection_system_enabled.read_from(r),
            15usize => self.product_status.read_from(r),
            16usize => self.quick_scan_overdue.read_from(r),
            17usize => self.real_time_protection_enabled.read_from(r),
            18usize => self.reboot_required.read_from(r),
            19usize => self.signature_update_overdue.read_from(r),
            20usize => self.signature_version.read_from(r),
            21usize => self.tamper_protection_enabled.read_from(r),
            22usize => self.detected_malware_state.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.anti_malware_version);
        w.field(2usize, &self.controlled_configuration_enabled);
        w.field(3usize, &self.device_state);
        w.field(4usize, &self.engine_version);
        w.field(5usize, &self.full_scan_overdue);
        w.field(6usize, &self.full_scan_required);
        w.field(7usize, &self.is_virtual_machine);
        w.field(8usize, &self.last_full_scan_date_time);
        w.field(9usize, &self.last_full_scan_signature_version);
        w.field(10usize, &self.last_quick_scan_date_time);
        w.field(11usize, &self.last_quick_scan_signature_version);
        w.field(12usize, &self.last_reported_date_time);
        w.field(13usize, &self.malware_protection_enabled);
        w.field(14usize, &self.network_inspection_system_enabled);
        w.field(15usize, &self.product_status);
        w.field(16usize, &self.quick_scan_overdue);
        w.field(17usize, &self.real_time_protection_enabled);
        w.field(18usize, &self.reboot_required);
        w.field(19usize, &self.signature_update_overdue);
        w.field(20usize, &self.signature_version);
        w.field(21usize, &self.tamper_protection_enabled);
        w.field(22usize, &self.detected_malware_state);
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
rt::impl_object!(WindowsProtectionState);
#[cfg(msgraph_v1_core_or_device_management)]
rt::impl_setters!(
    WindowsProtectionState { with_id id : ::std::string::String;
    with_anti_malware_version anti_malware_version : ::std::string::String;
    with_controlled_configuration_enabled controlled_configuration_enabled : bool;
    with_device_state device_state : rt::Flags < crate ::v1::WindowsDeviceHealthState >;
    with_engine_version engine_version : ::std::string::String; with_full_scan_overdue
    full_scan_overdue : bool; with_full_scan_required full_scan_required : bool;
    with_is_virtual_machine is_virtual_machine : bool; with_last_full_scan_date_time
    last_full_scan_date_time : rt::edm::DateTimeOffset;
    with_last_full_scan_signature_version last_full_scan_signature_version :
    ::std::string::String; with_last_quick_scan_date_time last_quick_scan_date_time :
    rt::edm::DateTimeOffset; with_last_quick_scan_signature_version
    last_quick_scan_signature_version : ::std::string::String;
    with_last_reported_date_time last_reported_date_time : rt::edm::DateTimeOffset;
    with_malware_protection_enabled malware_protection_enabled : bool;
    with_network_inspection_system_enabled network_inspection_system_enabled : bool;
    with_product_status product_status : rt::Flags < crate
    ::v1::WindowsDefenderProductStatus >; with_quick_scan_overdue quick_scan_overdue :
    bool; with_real_time_protection_enabled real_time_protection_enabled : bool;
    with_reboot_required reboot_required : bool; with_signature_update_overdue
    signature_update_overdue : bool; with_signature_version signature_version :
    ::std::string::String; with_tamper_protection_enabled tamper_protection_enabled :
    bool; with_detected_malware_state detected_malware_state : ::std::vec::Vec < crate
    ::v1::WindowsDeviceMalwareState >; }
);
#[cfg(msgraph_v1_core_or_device_management)]
#[cfg(feature = "serde")]
rt::impl_serde!(WindowsProtectionState);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.windowsSetting`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`WindowsSettingPath`](requests/trait.WindowsSettingPath.html), what a path to one (`EntityPath<WindowsSetting, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct WindowsSetting {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `payloadType`: `Edm.String`, nullable.
    pub payload_type: rt::Field<::std::string::String>,
    /// CSDL: property `settingType`: `microsoft.graph.windowsSettingType`, not nullable.
    pub setting_type: rt::Field<crate::v1::WindowsSettingType>,
    /// CSDL: property `windowsDeviceId`: `Edm.String`, nullable.
    pub windows_device_id: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `instances`: `Collection(microsoft.graph.windowsSettingInstance)`, not nullable.
    pub instances: rt::Field<::std::vec::Vec<crate::v1::WindowsSettingInstance>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for WindowsSetting {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            payload_type: rt::Field::Absent,
            setting_type: rt::Field::Absent,
            windows_device_id: rt::Field::Absent,
            instances: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for WindowsSetting {
    const TYPE_NAME: &'static str = "microsoft.graph.windowsSetting";
    const KEYS: &'static [&'static str] = &[
        "id",
        "payloadType",
        "settingType",
        "windowsDeviceId",
        "instances",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"payloadType\":                  ",
        ",\"settingType\":                  ",
        ",\"windowsDeviceId\":              ",
        ",\"instances\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.windowsSetting\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "payload_type", &self.payload_type);
        v.field(2usize, "setting_type", &self.setting_type);
        v.field(3usize, "windows_device_id", &self.windows_device_id);
        v.field(4usize, "instances", &self.instances);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for WindowsSetting {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.payload_type.read_from(r),
            2usize => self.setting_type.read_from(r),
            3usize => self.windows_device_id.read_from(r),
            4usize => self.instances.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.payload_type);
        w.field(2usize, &self.setting_type);
        w.field(3usize, &self.windows_device_id);
        w.field(4usize, &self.instances);
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
rt::impl_object!(WindowsSetting);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    WindowsSetting { with_id id : ::std::string::String; with_payload_type payload_type :
    ::std::string::String; with_setting_type setting_type : crate
    ::v1::WindowsSettingType; with_windows_device_id windows_device_id :
    ::std::string::String; with_instances instances : ::std::vec::Vec < crate
    ::v1::WindowsSettingInstance >; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(WindowsSetting);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.windowsSettingInstance`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct WindowsSettingInstance {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `expirationDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub expiration_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `payload`: `Edm.String`, not nullable.
    pub payload: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for WindowsSettingInstance {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            expiration_date_time: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            payload: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for WindowsSettingInstance {
    const TYPE_NAME: &'static str = "microsoft.graph.windowsSettingInstance";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdDateTime",
        "expirationDateTime",
        "lastModifiedDateTime",
        "payload",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdDateTime\":              ",
        ",\"expirationDateTime\":           ",
        ",\"lastModifiedDateTime\":         ",
        ",\"payload\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.windowsSettingInstance\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_date_time", &self.created_date_time);
        v.field(2usize, "expiration_date_time", &self.expiration_date_time);
        v.field(3usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(4usize, "payload", &self.payload);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for WindowsSettingInstance {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_date_time.read_from(r),
            2usize => self.expiration_date_time.read_from(r),
            3usize => self.last_modified_date_time.read_from(r),
            4usize => self.payload.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.created_date_time);
        w.field(2usize, &self.expiration_date_time);
        w.field(3usize, &self.last_modified_date_time);
        w.field(4usize, &self.payload);
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
rt::impl_object!(WindowsSettingInstance);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    WindowsSettingInstance { with_id id : ::std::string::String; with_created_date_time
    created_date_time : rt::edm::DateTimeOffset; with_expiration_date_time
    expiration_date_time : rt::edm::DateTimeOffset; with_last_modified_date_time
    last_modified_date_time : rt::edm::DateTimeOffset; with_payload payload :
    ::std::string::String; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(WindowsSettingInstance);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.windowsSettingType`, enum type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum WindowsSettingType {
    /// `roaming` (value 0).
    Roaming,
    /// `backup` (value 1).
    Backup,
    /// `unknownFutureValue` (value 2).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_core)]
impl rt::StrEnum for WindowsSettingType {
    const TYPE_NAME: &'static str = "microsoft.graph.windowsSettingType";
    const MEMBERS: &'static [&'static str] = &[
        "roaming",
        "backup",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "roaming" => Self::Roaming,
                "backup" => Self::Backup,
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
            Self::Roaming => "roaming",
            Self::Backup => "backup",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_core)]
rt::impl_enum!(WindowsSettingType);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(WindowsSettingType);
#[cfg(msgraph_v1_search)]
/// CSDL: `microsoft.graph.windowsUserType`, enum type.
///
/// Features: `v1` or `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum WindowsUserType {
    /// Indicates that the user has administrator privileges.
    ///
    /// `administrator` (value 0).
    Administrator,
    /// Indicates that the user is a low-rights user without administrator privileges.
    ///
    /// `standard` (value 1).
    Standard,
    /// Evolvable enumeration sentinel value. Do not use.
    ///
    /// `unknownFutureValue` (value 2).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_search)]
impl rt::StrEnum for WindowsUserType {
    const TYPE_NAME: &'static str = "microsoft.graph.windowsUserType";
    const MEMBERS: &'static [&'static str] = &[
        "administrator",
        "standard",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "administrator" => Self::Administrator,
                "standard" => Self::Standard,
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
            Self::Administrator => "administrator",
            Self::Standard => "standard",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_search)]
rt::impl_enum!(WindowsUserType);
#[cfg(msgraph_v1_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WindowsUserType);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.workHoursAndLocationsSetting`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`WorkHoursAndLocationsSettingPath`](requests/trait.WorkHoursAndLocationsSettingPath.html), what a path to one (`EntityPath<WorkHoursAndLocationsSetting, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct WorkHoursAndLocationsSetting {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `maxSharedWorkLocationDetails`: `microsoft.graph.maxWorkLocationDetails`, not nullable.
    pub max_shared_work_location_details: rt::Field<crate::v1::MaxWorkLocationDetails>,
    /// CSDL: containment navigation property `occurrences`: `Collection(microsoft.graph.workPlanOccurrence)`, not nullable.
    pub occurrences: rt::Field<::std::vec::Vec<crate::v1::WorkPlanOccurrence>>,
    /// CSDL: containment navigation property `recurrences`: `Collection(microsoft.graph.workPlanRecurrence)`, not nullable.
    pub recurrences: rt::Field<::std::vec::Vec<crate::v1::WorkPlanRecurrence>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for WorkHoursAndLocationsSetting {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            max_shared_work_location_details: rt::Field::Absent,
            occurrences: rt::Field::Absent,
            recurrences: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for WorkHoursAndLocationsSetting {
    const TYPE_NAME: &'static str = "microsoft.graph.workHoursAndLocationsSetting";
    const KEYS: &'static [&'static str] = &[
        "id",
        "maxSharedWorkLocationDetails",
        "occurrences",
        "recurrences",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"maxSharedWorkLocationDetails\": ",
        ",\"occurrences\":                  ",
        ",\"recurrences\":                  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.workHoursAndLocationsSetting\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(
            1usize,
            "max_shared_work_location_details",
            &self.max_shared_work_location_details,
        );
        v.field(2usize, "occurrences", &self.occurrences);
        v.field(3usize, "recurrences", &self.recurrences);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for WorkHoursAndLocationsSetting {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.max_shared_work_location_details.read_from(r),
            2usize => self.occurrences.read_from(r),
            3usize => self.recurrences.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.max_shared_work_location_details);
        w.field(2usize, &self.occurrences);
        w.field(3usize, &self.recurrences);
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
rt::impl_object!(WorkHoursAndLocationsSetting);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    WorkHoursAndLocationsSetting { with_id id : ::std::string::String;
    with_max_shared_work_location_details max_shared_work_location_details : crate
    ::v1::MaxWorkLocationDetails; with_occurrences occurrences : ::std::vec::Vec < crate
    ::v1::WorkPlanOccurrence >; with_recurrences recurrences : ::std::vec::Vec < crate
    ::v1::WorkPlanRecurrence >; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkHoursAndLocationsSetting);
#[cfg(msgraph_v1_core_or_communications)]
/// CSDL: `microsoft.graph.workLocationSource`, enum type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-communications`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum WorkLocationSource {
    /// `none` (value 0).
    None,
    /// `manual` (value 1).
    Manual,
    /// `scheduled` (value 2).
    Scheduled,
    /// `automatic` (value 3).
    Automatic,
    /// `unknownFutureValue` (value 4).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_core_or_communications)]
impl rt::StrEnum for WorkLocationSource {
    const TYPE_NAME: &'static str = "microsoft.graph.workLocationSource";
    const MEMBERS: &'static [&'static str] = &[
        "none",
        "manual",
        "scheduled",
        "automatic",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "none" => Self::None,
                "manual" => Self::Manual,
                "scheduled" => Self::Scheduled,
                "automatic" => Self::Automatic,
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
            Self::Manual => "manual",
            Self::Scheduled => "scheduled",
            Self::Automatic => "automatic",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_core_or_communications)]
rt::impl_enum!(WorkLocationSource);
#[cfg(msgraph_v1_core_or_communications)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkLocationSource);
#[cfg(msgraph_v1_core_or_communications)]
/// CSDL: `microsoft.graph.workLocationType`, enum type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-communications`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum WorkLocationType {
    /// `unspecified` (value 0).
    Unspecified,
    /// `office` (value 1).
    Office,
    /// `remote` (value 2).
    Remote,
    /// `timeOff` (value 3).
    TimeOff,
    /// `unknownFutureValue` (value 4).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_core_or_communications)]
impl rt::StrEnum for WorkLocationType {
    const TYPE_NAME: &'static str = "microsoft.graph.workLocationType";
    const MEMBERS: &'static [&'static str] = &[
        "unspecified",
        "office",
        "remote",
        "timeOff",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "unspecified" => Self::Unspecified,
                "office" => Self::Office,
                "remote" => Self::Remote,
                "timeOff" => Self::TimeOff,
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
            Self::Unspecified => "unspecified",
            Self::Office => "office",
            Self::Remote => "remote",
            Self::TimeOff => "timeOff",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_core_or_communications)]
rt::impl_enum!(WorkLocationType);
#[cfg(msgraph_v1_core_or_communications)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkLocationType);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.workLocationUpdateScope`, enum type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum WorkLocationUpdateScope {
    /// `currentSegment` (value 1).
    CurrentSegment,
    /// `currentDay` (value 2).
    CurrentDay,
    /// `unknownFutureValue` (value 3).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_core)]
impl rt::StrEnum for WorkLocationUpdateScope {
    const TYPE_NAME: &'static str = "microsoft.graph.workLocationUpdateScope";
    const MEMBERS: &'static [&'static str] = &[
        "currentSegment",
        "currentDay",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "currentSegment" => Self::CurrentSegment,
                "currentDay" => Self::CurrentDay,
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
            Self::CurrentSegment => "currentSegment",
            Self::CurrentDay => "currentDay",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_core)]
rt::impl_enum!(WorkLocationUpdateScope);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkLocationUpdateScope);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.workPlanOccurrence`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`WorkPlanOccurrencePath`](requests/trait.WorkPlanOccurrencePath.html), what a path to one (`EntityPath<WorkPlanOccurrence, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct WorkPlanOccurrence {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `end`: `microsoft.graph.dateTimeTimeZone`, not nullable.
    pub end: rt::Field<crate::v1::DateTimeTimeZone>,
    /// CSDL: property `placeId`: `Edm.String`, nullable.
    pub place_id: rt::Field<::std::string::String>,
    /// CSDL: property `recurrenceId`: `Edm.String`, nullable.
    pub recurrence_id: rt::Field<::std::string::String>,
    /// CSDL: property `start`: `microsoft.graph.dateTimeTimeZone`, not nullable.
    pub start: rt::Field<crate::v1::DateTimeTimeZone>,
    /// CSDL: property `timeOffDetails`: `microsoft.graph.timeOffDetails`, nullable.
    pub time_off_details: rt::Field<crate::v1::TimeOffDetails>,
    /// CSDL: property `workLocationType`: `microsoft.graph.workLocationType`, not nullable.
    pub work_location_type: rt::Field<crate::v1::WorkLocationType>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for WorkPlanOccurrence {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            end: rt::Field::Absent,
            place_id: rt::Field::Absent,
            recurrence_id: rt::Field::Absent,
            start: rt::Field::Absent,
            time_off_details: rt::Field::Absent,
            work_location_type: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for WorkPlanOccurrence {
    const TYPE_NAME: &'static str = "microsoft.graph.workPlanOccurrence";
    const KEYS: &'static [&'static str] = &[
        "id",
        "end",
        "placeId",
        "recurrenceId",
        "start",
        "timeOffDetails",
        "workLocationType",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"end\":                          ",
        ",\"placeId\":                      ",
        ",\"recurrenceId\":                 ",
        ",\"start\":                        ",
        ",\"timeOffDetails\":               ",
        ",\"workLocationType\":             ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.workPlanOccurrence\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "end", &self.end);
        v.field(2usize, "place_id", &self.place_id);
        v.field(3usize, "recurrence_id", &self.recurrence_id);
        v.field(4usize, "start", &self.start);
        v.field(5usize, "time_off_details", &self.time_off_details);
        v.field(6usize, "work_location_type", &self.work_location_type);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for WorkPlanOccurrence {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.end.read_from(r),
            2usize => self.place_id.read_from(r),
            3usize => self.recurrence_id.read_from(r),
            4usize => self.start.read_from(r),
            5usize => self.time_off_details.read_from(r),
            6usize => self.work_location_type.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.end);
        w.field(2usize, &self.place_id);
        w.field(3usize, &self.recurrence_id);
        w.field(4usize, &self.start);
        w.field(5usize, &self.time_off_details);
        w.field(6usize, &self.work_location_type);
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
rt::impl_object!(WorkPlanOccurrence);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    WorkPlanOccurrence { with_id id : ::std::string::String; with_end end : crate
    ::v1::DateTimeTimeZone; with_place_id place_id : ::std::string::String;
    with_recurrence_id recurrence_id : ::std::string::String; with_start start : crate
    ::v1::DateTimeTimeZone; with_time_off_details time_off_details : crate
    ::v1::TimeOffDetails; with_work_location_type work_location_type : crate
    ::v1::WorkLocationType; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkPlanOccurrence);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.workPlanRecurrence`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`WorkPlanRecurrencePath`](requests/trait.WorkPlanRecurrencePath.html), what a path to one (`EntityPath<WorkPlanRecurrence, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct WorkPlanRecurrence {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `end`: `microsoft.graph.dateTimeTimeZone`, not nullable.
    pub end: rt::Field<crate::v1::DateTimeTimeZone>,
    /// CSDL: property `placeId`: `Edm.String`, nullable.
    pub place_id: rt::Field<::std::string::String>,
    /// CSDL: property `recurrence`: `microsoft.graph.patternedRecurrence`, not nullable.
    pub recurrence: rt::Field<crate::v1::PatternedRecurrence>,
    /// CSDL: property `start`: `microsoft.graph.dateTimeTimeZone`, not nullable.
    pub start: rt::Field<crate::v1::DateTimeTimeZone>,
    /// CSDL: property `workLocationType`: `microsoft.graph.workLocationType`, not nullable.
    pub work_location_type: rt::Field<crate::v1::WorkLocationType>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for WorkPlanRecurrence {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            end: rt::Field::Absent,
            place_id: rt::Field::Absent,
            recurrence: rt::Field::Absent,
            start: rt::Field::Absent,
            work_location_type: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for WorkPlanRecurrence {
    const TYPE_NAME: &'static str = "microsoft.graph.workPlanRecurrence";
    const KEYS: &'static [&'static str] = &[
        "id",
        "end",
        "placeId",
        "recurrence",
        "start",
        "workLocationType",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"end\":                          ",
        ",\"placeId\":                      ",
        ",\"recurrence\":                   ",
        ",\"start\":                        ",
        ",\"workLocationType\":             ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.workPlanRecurrence\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "end", &self.end);
        v.field(2usize, "place_id", &self.place_id);
        v.field(3usize, "recurrence", &self.recurrence);
        v.field(4usize, "start", &self.start);
        v.field(5usize, "work_location_type", &self.work_location_type);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for WorkPlanRecurrence {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.end.read_from(r),
            2usize => self.place_id.read_from(r),
            3usize => self.recurrence.read_from(r),
            4usize => self.start.read_from(r),
            5usize => self.work_location_type.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.end);
        w.field(2usize, &self.place_id);
        w.field(3usize, &self.recurrence);
        w.field(4usize, &self.start);
        w.field(5usize, &self.work_location_type);
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
rt::impl_object!(WorkPlanRecurrence);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    WorkPlanRecurrence { with_id id : ::std::string::String; with_end end : crate
    ::v1::DateTimeTimeZone; with_place_id place_id : ::std::string::String;
    with_recurrence recurrence : crate ::v1::PatternedRecurrence; with_start start :
    crate ::v1::DateTimeTimeZone; with_work_location_type work_location_type : crate
    ::v1::WorkLocationType; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkPlanRecurrence);
#[cfg(msgraph_v1_drives_or_search)]
/// CSDL: `microsoft.graph.workbook`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`WorkbookPath`](requests/trait.WorkbookPath.html), what a path to one (`EntityPath<Workbook, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct Workbook {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `application`: `microsoft.graph.workbookApplication`, nullable.
    pub application: rt::Field<crate::v1::WorkbookApplication>,
    /// CSDL: containment navigation property `comments`: `Collection(microsoft.graph.workbookComment)`, not nullable.
    pub comments: rt::Field<::std::vec::Vec<crate::v1::WorkbookComment>>,
    /// CSDL: containment navigation property `functions`: `microsoft.graph.workbookFunctions`, nullable.
    pub functions: rt::Field<crate::v1::WorkbookFunctions>,
    /// CSDL: containment navigation property `names`: `Collection(microsoft.graph.workbookNamedItem)`, not nullable.
    pub names: rt::Field<::std::vec::Vec<crate::v1::WorkbookNamedItem>>,
    /// CSDL: containment navigation property `operations`: `Collection(microsoft.graph.workbookOperation)`, not nullable.
    pub operations: rt::Field<::std::vec::Vec<crate::v1::WorkbookOperation>>,
    /// CSDL: containment navigation property `tables`: `Collection(microsoft.graph.workbookTable)`, not nullable.
    pub tables: rt::Field<::std::vec::Vec<crate::v1::WorkbookTable>>,
    /// CSDL: containment navigation property `worksheets`: `Collection(microsoft.graph.workbookWorksheet)`, not nullable.
    pub worksheets: rt::Field<::std::vec::Vec<crate::v1::WorkbookWorksheet>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for Workbook {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            application: rt::Field::Absent,
            comments: rt::Field::Absent,
            functions: rt::Field::Absent,
            names: rt::Field::Absent,
            operations: rt::Field::Absent,
            tables: rt::Field::Absent,
            worksheets: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for Workbook {
    const TYPE_NAME: &'static str = "microsoft.graph.workbook";
    const KEYS: &'static [&'static str] = &[
        "id",
        "application",
        "comments",
        "functions",
        "names",
        "operations",
        "tables",
        "worksheets",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"application\":                  ",
        ",\"comments\":                     ",
        ",\"functions\":                    ",
        ",\"names\":                        ",
        ",\"operations\":                   ",
        ",\"tables\":                       ",
        ",\"worksheets\":                   ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.workbook\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "application", &self.application);
        v.field(2usize, "comments", &self.comments);
        v.field(3usize, "functions", &self.functions);
        v.field(4usize, "names", &self.names);
        v.field(5usize, "operations", &self.operations);
        v.field(6usize, "tables", &self.tables);
        v.field(7usize, "worksheets", &self.worksheets);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for Workbook {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.application.read_from(r),
            2usize => self.comments.read_from(r),
            3usize => self.functions.read_from(r),
            4usize => self.names.read_from(r),
            5usize => self.operations.read_from(r),
            6usize => self.tables.read_from(r),
            7usize => self.worksheets.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.application);
        w.field(2usize, &self.comments);
        w.field(3usize, &self.functions);
        w.field(4usize, &self.names);
        w.field(5usize, &self.operations);
        w.field(6usize, &self.tables);
        w.field(7usize, &self.worksheets);
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
rt::impl_object!(Workbook);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    Workbook { with_id id : ::std::string::String; with_application application : crate
    ::v1::WorkbookApplication; with_comments comments : ::std::vec::Vec < crate
    ::v1::WorkbookComment >; with_functions functions : crate ::v1::WorkbookFunctions;
    with_names names : ::std::vec::Vec < crate ::v1::WorkbookNamedItem >; with_operations
    operations : ::std::vec::Vec < crate ::v1::WorkbookOperation >; with_tables tables :
    ::std::vec::Vec < crate ::v1::WorkbookTable >; with_worksheets worksheets :
    ::std::vec::Vec < crate ::v1::WorkbookWorksheet >; }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(Workbook);
#[cfg(msgraph_v1_drives_or_search)]
/// CSDL: `microsoft.graph.workbookApplication`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`WorkbookApplicationPath`](requests/trait.WorkbookApplicationPath.html), what a path to one (`EntityPath<WorkbookApplication, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookApplication {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `calculationMode`: `Edm.String`, not nullable.
    pub calculation_mode: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for WorkbookApplication {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            calculation_mode: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookApplication {
    const TYPE_NAME: &'static str = "microsoft.graph.workbookApplication";
    const KEYS: &'static [&'static str] = &["id", "calculationMode"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"calculationMode\":              ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.workbookApplication\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "calculation_mode", &self.calculation_mode);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookApplication {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.calculation_mode.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.calculation_mode);
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
rt::impl_object!(WorkbookApplication);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    WorkbookApplication { with_id id : ::std::string::String; with_calculation_mode
    calculation_mode : ::std::string::String; }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookApplication);
#[cfg(msgraph_v1_drives_or_search)]
/// CSDL: `microsoft.graph.workbookChart`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`WorkbookChartPath`](requests/trait.WorkbookChartPath.html), what a path to one (`EntityPath<WorkbookChart, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookChart {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `height`: `Edm.Double`, not nullable.
    pub height: rt::Field<f64>,
    /// CSDL: property `left`: `Edm.Double`, not nullable.
    pub left: rt::Field<f64>,
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// CSDL: property `top`: `Edm.Double`, not nullable.
    pub top: rt::Field<f64>,
    /// CSDL: property `width`: `Edm.Double`, not nullable.
    pub width: rt::Field<f64>,
    /// CSDL: containment navigation property `axes`: `microsoft.graph.workbookChartAxes`, nullable.
    pub axes: rt::Field<crate::v1::WorkbookChartAxes>,
    /// CSDL: containment navigation property `dataLabels`: `microsoft.graph.workbookChartDataLabels`, nullable.
    pub data_labels: rt::Field<crate::v1::WorkbookChartDataLabels>,
    /// CSDL: containment navigation property `format`: `microsoft.graph.workbookChartAreaFormat`, nullable.
    pub format: rt::Field<crate::v1::WorkbookChartAreaFormat>,
    /// CSDL: containment navigation property `legend`: `microsoft.graph.workbookChartLegend`, nullable.
    pub legend: rt::Field<crate::v1::WorkbookChartLegend>,
    /// CSDL: containment navigation property `series`: `Collection(microsoft.graph.workbookChartSeries)`, not nullable.
    pub series: rt::Field<::std::vec::Vec<crate::v1::WorkbookChartSeries>>,
    /// CSDL: containment navigation property `title`: `microsoft.graph.workbookChartTitle`, nullable.
    pub title: rt::Field<crate::v1::WorkbookChartTitle>,
    /// CSDL: navigation property `worksheet`: `microsoft.graph.workbookWorksheet`, nullable.
    pub worksheet: rt::Field<crate::v1::WorkbookWorksheet>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for WorkbookChart {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            height: rt::Field::Absent,
            left: rt::Field::Absent,
            name: rt::Field::Absent,
            top: rt::Field::Absent,
            width: rt::Field::Absent,
            axes: rt::Field::Absent,
            data_labels: rt::Field::Absent,
            format: rt::Field::Absent,
            legend: rt::Field::Absent,
            series: rt::Field::Absent,
            title: rt::Field::Absent,
            worksheet: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookChart {
    const TYPE_NAME: &'static str = "microsoft.graph.workbookChart";
    const KEYS: &'static [&'static str] = &[
        "id",
        "height",
        "left",
        "name",
        "top",
        "width",
        "axes",
        "dataLabels",
        "format",
        "legend",
        "series",
        "title",
        "worksheet",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"height\":                       ",
        ",\"left\":                         ",
        ",\"name\":                         ",
        ",\"top\":                          ",
        ",\"width\":                        ",
        ",\"axes\":                         ",
        ",\"dataLabels\":                   ",
        ",\"format\":                       ",
        ",\"legend\":                       ",
        ",\"series\":                       ",
        ",\"title\":                        ",
        ",\"worksheet\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.workbookChart\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "height", &self.height);
        v.field(2usize, "left", &self.left);
        v.field(3usize, "name", &self.name);
        v.field(4usize, "top", &self.top);
        v.field(5usize, "width", &self.width);
        v.field(6usize, "axes", &self.axes);
        v.field(7usize, "data_labels", &self.data_labels);
        v.field(8usize, "format", &self.format);
        v.field(9usize, "legend", &self.legend);
        v.field(10usize, "series", &self.series);
        v.field(11usize, "title", &self.title);
        v.field(12usize, "worksheet", &self.worksheet);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookChart {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.height.read_from(r),
            2usize => self.left.read_from(r),
            3usize => self.name.read_from(r),
            4usize => self.top.read_from(r),
            5usize => self.width.read_from(r),
            6usize => self.axes.read_from(r),
            7usize => self.data_labels.read_from(r),
            8usize => self.format.read_from(r),
            9usize => self.legend.read_from(r),
            10usize => self.series.read_from(r),
            11usize => self.title.read_from(r),
            12usize => self.worksheet.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.height);
        w.field(2usize, &self.left);
        w.field(3usize, &self.name);
        w.field(4usize, &self.top);
        w.field(5usize, &self.width);
        w.field(6usize, &self.axes);
        w.field(7usize, &self.data_labels);
        w.field(8usize, &self.format);
        w.field(9usize, &self.legend);
        w.field(10usize, &self.series);
        w.field(11usize, &self.title);
        w.field(12usize, &self.worksheet);
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
rt::impl_object!(WorkbookChart);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    WorkbookChart { with_id id : ::std::string::String; with_height height : f64;
    with_left left : f64; with_name name : ::std::string::String; with_top top : f64;
    with_width width : f64; with_axes axes : crate ::v1::WorkbookChartAxes;
    with_data_labels data_labels : crate ::v1::WorkbookChartDataLabels; with_format
    format : crate ::v1::WorkbookChartAreaFormat; with_legend legend : crate
    ::v1::WorkbookChartLegend; with_series series : ::std::vec::Vec < crate
    ::v1::WorkbookChartSeries >; with_title title : crate ::v1::WorkbookChartTitle;
    with_worksheet worksheet : crate ::v1::WorkbookWorksheet; }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookChart);
#[cfg(msgraph_v1_drives_or_search)]
/// CSDL: `microsoft.graph.workbookChartAreaFormat`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`WorkbookChartAreaFormatPath`](requests/trait.WorkbookChartAreaFormatPath.html), what a path to one (`EntityPath<WorkbookChartAreaFormat, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookChartAreaFormat {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `fill`: `microsoft.graph.workbookChartFill`, nullable.
    pub fill: rt::Field<crate::v1::WorkbookChartFill>,
    /// CSDL: containment navigation property `font`: `microsoft.graph.workbookChartFont`, nullable.
    pub font: rt::Field<crate::v1::WorkbookChartFont>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for WorkbookChartAreaFormat {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            fill: rt::Field::Absent,
            font: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookChartAreaFormat {
    const TYPE_NAME: &'static str = "microsoft.graph.workbookChartAreaFormat";
    const KEYS: &'static [&'static str] = &["id", "fill", "font"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"fill\":                         ",
        ",\"font\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.workbookChartAreaFormat\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "fill", &self.fill);
        v.field(2usize, "font", &self.font);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookChartAreaFormat {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.fill.read_from(r),
            2usize => self.font.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.fill);
        w.field(2usize, &self.font);
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
rt::impl_object!(WorkbookChartAreaFormat);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    WorkbookChartAreaFormat { with_id id : ::std::string::String; with_fill fill : crate
    ::v1::WorkbookChartFill; with_font font : crate ::v1::WorkbookChartFont; }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookChartAreaFormat);
#[cfg(msgraph_v1_drives_or_search)]
/// CSDL: `microsoft.graph.workbookChartAxes`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`WorkbookChartAxesPath`](requests/trait.WorkbookChartAxesPath.html), what a path to one (`EntityPath<WorkbookChartAxes, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookChartAxes {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `categoryAxis`: `microsoft.graph.workbookChartAxis`, nullable.
    pub category_axis: rt::Field<crate::v1::WorkbookChartAxis>,
    /// CSDL: containment navigation property `seriesAxis`: `microsoft.graph.workbookChartAxis`, nullable.
    pub series_axis: rt::Field<crate::v1::WorkbookChartAxis>,
    /// CSDL: containment navigation property `valueAxis`: `microsoft.graph.workbookChartAxis`, nullable.
    pub value_axis: rt::Field<crate::v1::WorkbookChartAxis>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for WorkbookChartAxes {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            category_axis: rt::Field::Absent,
            series_axis: rt::Field::Absent,
            value_axis: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookChartAxes {
    const TYPE_NAME: &'static str = "microsoft.graph.workbookChartAxes";
    const KEYS: &'static [&'static str] = &[
        "id",
        "categoryAxis",
        "seriesAxis",
        "valueAxis",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"categoryAxis\":                 ",
        ",\"seriesAxis\":                   ",
        ",\"valueAxis\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.workbookChartAxes\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "category_axis", &self.category_axis);
        v.field(2usize, "series_axis", &self.series_axis);
        v.field(3usize, "value_axis", &self.value_axis);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookChartAxes {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.category_axis.read_from(r),
            2usize => self.series_axis.read_from(r),
            3usize => self.value_axis.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.category_axis);
        w.field(2usize, &self.series_axis);
        w.field(3usize, &self.value_axis);
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
rt::impl_object!(WorkbookChartAxes);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    WorkbookChartAxes { with_id id : ::std::string::String; with_category_axis
    category_axis : crate ::v1::WorkbookChartAxis; with_series_axis series_axis : crate
    ::v1::WorkbookChartAxis; with_value_axis value_axis : crate ::v1::WorkbookChartAxis;
    }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookChartAxes);
#[cfg(msgraph_v1_drives_or_search)]
/// CSDL: `microsoft.graph.workbookChartAxis`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`WorkbookChartAxisPath`](requests/trait.WorkbookChartAxisPath.html), what a path to one (`EntityPath<WorkbookChartAxis, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookChartAxis {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `majorUnit`: `Edm.Untyped`, nullable.
    pub major_unit: rt::Field<rt::RawJson>,
    /// CSDL: property `maximum`: `Edm.Untyped`, nullable.
    pub maximum: rt::Field<rt::RawJson>,
    /// CSDL: property `minimum`: `Edm.Untyped`, nullable.
    pub minimum: rt::Field<rt::RawJson>,
    /// CSDL: property `minorUnit`: `Edm.Untyped`, nullable.
    pub minor_unit: rt::Field<rt::RawJson>,
    /// CSDL: containment navigation property `format`: `microsoft.graph.workbookChartAxisFormat`, nullable.
    pub format: rt::Field<crate::v1::WorkbookChartAxisFormat>,
    /// CSDL: containment navigation property `majorGridlines`: `microsoft.graph.workbookChartGridlines`, nullable.
    pub major_gridlines: rt::Field<crate::v1::WorkbookChartGridlines>,
    /// CSDL: containment navigation property `minorGridlines`: `microsoft.graph.workbookChartGridlines`, nullable.
    pub minor_gridlines: rt::Field<crate::v1::WorkbookChartGridlines>,
    /// CSDL: containment navigation property `title`: `microsoft.graph.workbookChartAxisTitle`, nullable.
    pub title: rt::Field<crate::v1::WorkbookChartAxisTitle>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for WorkbookChartAxis {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            major_unit: rt::Field::Absent,
            maximum: rt::Field::Absent,
            minimum: rt::Field::Absent,
            minor_unit: rt::Field::Absent,
            format: rt::Field::Absent,
            major_gridlines: rt::Field::Absent,
            minor_gridlines: rt::Field::Absent,
            title: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookChartAxis {
    const TYPE_NAME: &'static str = "microsoft.graph.workbookChartAxis";
    const KEYS: &'static [&'static str] = &[
        "id",
        "majorUnit",
        "maximum",
        "minimum",
        "minorUnit",
        "format",
        "majorGridlines",
        "minorGridlines",
        "title",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"majorUnit\":                    ",
        ",\"maximum\":                      ",
        ",\"minimum\":                      ",
        ",\"minorUnit\":                    ",
        ",\"format\":                       ",
        ",\"majorGridlines\":               ",
        ",\"minorGridlines\":               ",
        ",\"title\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.workbookChartAxis\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "major_unit", &self.major_unit);
        v.field(2usize, "maximum", &self.maximum);
        v.field(3usize, "minimum", &self.minimum);
        v.field(4usize, "minor_unit", &self.minor_unit);
        v.field(5usize, "format", &self.format);
        v.field(6usize, "major_gridlines", &self.major_gridlines);
        v.field(7usize, "minor_gridlines", &self.minor_gridlines);
        v.field(8usize, "title", &self.title);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookChartAxis {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.major_unit.read_from(r),
            2usize => self.maximum.read_from(r),
            3usize => self.minimum.read_from(r),
            4usize => self.minor_unit.read_from(r),
            5usize => self.format.read_from(r),
            6usize => self.major_gridlines.read_from(r),
            7usize => self.minor_gridlines.read_from(r),
            8usize => self.title.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.major_unit);
        w.field(2usize, &self.maximum);
        w.field(3usize, &self.minimum);
        w.field(4usize, &self.minor_unit);
        w.field(5usize, &self.format);
        w.field(6usize, &self.major_gridlines);
        w.field(7usize, &self.minor_gridlines);
        w.field(8usize, &self.title);
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
rt::impl_object!(WorkbookChartAxis);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    WorkbookChartAxis { with_id id : ::std::string::String; with_major_unit major_unit :
    rt::RawJson; with_maximum maximum : rt::RawJson; with_minimum minimum : rt::RawJson;
    with_minor_unit minor_unit : rt::RawJson; with_format format : crate
    ::v1::WorkbookChartAxisFormat; with_major_gridlines major_gridlines : crate
    ::v1::WorkbookChartGridlines; with_minor_gridlines minor_gridlines : crate
    ::v1::WorkbookChartGridlines; with_title title : crate ::v1::WorkbookChartAxisTitle;
    }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookChartAxis);
#[cfg(msgraph_v1_drives_or_search)]
/// CSDL: `microsoft.graph.workbookChartAxisFormat`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`WorkbookChartAxisFormatPath`](requests/trait.WorkbookChartAxisFormatPath.html), what a path to one (`EntityPath<WorkbookChartAxisFormat, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookChartAxisFormat {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `font`: `microsoft.graph.workbookChartFont`, nullable.
    pub font: rt::Field<crate::v1::WorkbookChartFont>,
    /// CSDL: containment navigation property `line`: `microsoft.graph.workbookChartLineFormat`, nullable.
    pub line: rt::Field<crate::v1::WorkbookChartLineFormat>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for WorkbookChartAxisFormat {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            font: rt::Field::Absent,
            line: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookChartAxisFormat {
    const TYPE_NAME: &'static str = "microsoft.graph.workbookChartAxisFormat";
    const KEYS: &'static [&'static str] = &["id", "font", "line"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"font\":                         ",
        ",\"line\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.workbookChartAxisFormat\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "font", &self.font);
        v.field(2usize, "line", &self.line);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookChartAxisFormat {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.font.read_from(r),
            2usize => self.line.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.font);
        w.field(2usize, &self.line);
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
rt::impl_object!(WorkbookChartAxisFormat);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    WorkbookChartAxisFormat { with_id id : ::std::string::String; with_font font : crate
    ::v1::WorkbookChartFont; with_line line : crate ::v1::WorkbookChartLineFormat; }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookChartAxisFormat);
#[cfg(msgraph_v1_drives_or_search)]
/// CSDL: `microsoft.graph.workbookChartAxisTitle`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`WorkbookChartAxisTitlePath`](requests/trait.WorkbookChartAxisTitlePath.html), what a path to one (`EntityPath<WorkbookChartAxisTitle, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookChartAxisTitle {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `text`: `Edm.String`, nullable.
    pub text: rt::Field<::std::string::String>,
    /// CSDL: property `visible`: `Edm.Boolean`, not nullable.
    pub visible: rt::Field<bool>,
    /// CSDL: containment navigation property `format`: `microsoft.graph.workbookChartAxisTitleFormat`, nullable.
    pub format: rt::Field<crate::v1::WorkbookChartAxisTitleFormat>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for WorkbookChartAxisTitle {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            text: rt::Field::Absent,
            visible: rt::Field::Absent,
            format: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookChartAxisTitle {
    const TYPE_NAME: &'static str = "microsoft.graph.workbookChartAxisTitle";
    const KEYS: &'static [&'static str] = &["id", "text", "visible", "format"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"text\":                         ",
        ",\"visible\":                      ",
        ",\"format\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.workbookChartAxisTitle\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "text", &self.text);
        v.field(2usize, "visible", &self.visible);
        v.field(3usize, "format", &self.format);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookChartAxisTitle {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.text.read_from(r),
            2usize => self.visible.read_from(r),
            3usize => self.format.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.text);
        w.field(2usize, &self.visible);
        w.field(3usize, &self.format);
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
rt::impl_object!(WorkbookChartAxisTitle);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    WorkbookChartAxisTitle { with_id id : ::std::string::String; with_text text :
    ::std::string::String; with_visible visible : bool; with_format format : crate
    ::v1::WorkbookChartAxisTitleFormat; }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookChartAxisTitle);
#[cfg(msgraph_v1_drives_or_search)]
/// CSDL: `microsoft.graph.workbookChartAxisTitleFormat`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`WorkbookChartAxisTitleFormatPath`](requests/trait.WorkbookChartAxisTitleFormatPath.html), what a path to one (`EntityPath<WorkbookChartAxisTitleFormat, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookChartAxisTitleFormat {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `font`: `microsoft.graph.workbookChartFont`, nullable.
    pub font: rt::Field<crate::v1::WorkbookChartFont>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for WorkbookChartAxisTitleFormat {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            font: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookChartAxisTitleFormat {
    const TYPE_NAME: &'static str = "microsoft.graph.workbookChartAxisTitleFormat";
    const KEYS: &'static [&'static str] = &["id", "font"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"font\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.workbookChartAxisTitleFormat\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "font", &self.font);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookChartAxisTitleFormat {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.font.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.font);
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
rt::impl_object!(WorkbookChartAxisTitleFormat);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    WorkbookChartAxisTitleFormat { with_id id : ::std::string::String; with_font font :
    crate ::v1::WorkbookChartFont; }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookChartAxisTitleFormat);
#[cfg(msgraph_v1_drives_or_search)]
/// CSDL: `microsoft.graph.workbookChartDataLabelFormat`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`WorkbookChartDataLabelFormatPath`](requests/trait.WorkbookChartDataLabelFormatPath.html), what a path to one (`EntityPath<WorkbookChartDataLabelFormat, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookChartDataLabelFormat {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `fill`: `microsoft.graph.workbookChartFill`, nullable.
    pub fill: rt::Field<crate::v1::WorkbookChartFill>,
    /// CSDL: containment navigation property `font`: `microsoft.graph.workbookChartFont`, nullable.
    pub font: rt::Field<crate::v1::WorkbookChartFont>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for WorkbookChartDataLabelFormat {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            fill: rt::Field::Absent,
            font: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookChartDataLabelFormat {
    const TYPE_NAME: &'static str = "microsoft.graph.workbookChartDataLabelFormat";
    const KEYS: &'static [&'static str] = &["id", "fill", "font"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"fill\":                         ",
        ",\"font\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.workbookChartDataLabelFormat\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "fill", &self.fill);
        v.field(2usize, "font", &self.font);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookChartDataLabelFormat {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.fill.read_from(r),
            2usize => self.font.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.fill);
        w.field(2usize, &self.font);
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
rt::impl_object!(WorkbookChartDataLabelFormat);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    WorkbookChartDataLabelFormat { with_id id : ::std::string::String; with_fill fill :
    crate ::v1::WorkbookChartFill; with_font font : crate ::v1::WorkbookChartFont; }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookChartDataLabelFormat);
#[cfg(msgraph_v1_drives_or_search)]
/// CSDL: `microsoft.graph.workbookChartDataLabels`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`WorkbookChartDataLabelsPath`](requests/trait.WorkbookChartDataLabelsPath.html), what a path to one (`EntityPath<WorkbookChartDataLabels, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookChartDataLabels {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `position`: `Edm.String`, nullable.
    pub position: rt::Field<::std::string::String>,
    /// CSDL: property `separator`: `Edm.String`, nullable.
    pub separator: rt::Field<::std::string::String>,
    /// CSDL: property `showBubbleSize`: `Edm.Boolean`, nullable.
    pub show_bubble_size: rt::Field<bool>,
    /// CSDL: property `showCategoryName`: `Edm.Boolean`, nullable.
    pub show_category_name: rt::Field<bool>,
    /// CSDL: property `showLegendKey`: `Edm.Boolean`, nullable.
    pub show_legend_key: rt::Field<bool>,
    /// CSDL: property `showPercentage`: `Edm.Boolean`, nullable.
    pub show_percentage: rt::Field<bool>,
    /// CSDL: property `showSeriesName`: `Edm.Boolean`, nullable.
    pub show_series_name: rt::Field<bool>,
    /// CSDL: property `showValue`: `Edm.Boolean`, nullable.
    pub show_value: rt::Field<bool>,
    /// CSDL: containment navigation property `format`: `microsoft.graph.workbookChartDataLabelFormat`, nullable.
    pub format: rt::Field<crate::v1::WorkbookChartDataLabelFormat>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for WorkbookChartDataLabels {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            position: rt::Field::Absent,
            separator: rt::Field::Absent,
            show_bubble_size: rt::Field::Absent,
            show_category_name: rt::Field::Absent,
            show_legend_key: rt::Field::Absent,
            show_percentage: rt::Field::Absent,
            show_series_name: rt::Field::Absent,
            show_value: rt::Field::Absent,
            format: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookChartDataLabels {
    const TYPE_NAME: &'static str = "microsoft.graph.workbookChartDataLabels";
    const KEYS: &'static [&'static str] = &[
        "id",
        "position",
        "separator",
        "showBubbleSize",
        "showCategoryName",
        "showLegendKey",
        "showPercentage",
        "showSeriesName",
        "showValue",
        "format",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"position\":                     ",
        ",\"separator\":                    ",
        ",\"showBubbleSize\":               ",
        ",\"showCategoryName\":             ",
        ",\"showLegendKey\":                ",
        ",\"showPercentage\":               ",
        ",\"showSeriesName\":               ",
        ",\"showValue\":                    ",
        ",\"format\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.workbookChartDataLabels\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "position", &self.position);
        v.field(2usize, "separator", &self.separator);
        v.field(3usize, "show_bubble_size", &self.show_bubble_size);
        v.field(4usize, "show_category_name", &self.show_category_name);
        v.field(5usize, "show_legend_key", &self.show_legend_key);
        v.field(6usize, "show_percentage", &self.show_percentage);
        v.field(7usize, "show_series_name", &self.show_series_name);
        v.field(8usize, "show_value", &self.show_value);
        v.field(9usize, "format", &self.format);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookChartDataLabels {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.position.read_from(r),
            2usize => self.separator.read_from(r),
            3usize => self.show_bubble_size.read_from(r),
            4usize => self.show_category_name.read_from(r),
            5usize => self.show_legend_key.read_from(r),
            6usize => self.show_percentage.read_from(r),
            7usize => self.show_series_name.read_from(r),
            8usize => self.show_value.read_from(r),
            9usize => self.format.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.position);
        w.field(2usize, &self.separator);
        w.field(3usize, &self.show_bubble_size);
        w.field(4usize, &self.show_category_name);
        w.field(5usize, &self.show_legend_key);
        w.field(6usize, &self.show_percentage);
        w.field(7usize, &self.show_series_name);
        w.field(8usize, &self.show_value);
        w.field(9usize, &self.format);
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
rt::impl_object!(WorkbookChartDataLabels);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    WorkbookChartDataLabels { with_id id : ::std::string::String; with_position position
    : ::std::string::String; with_separator separator : ::std::string::String;
    with_show_bubble_size show_bubble_size : bool; with_show_category_name
    show_category_name : bool; with_show_legend_key show_legend_key : bool;
    with_show_percentage show_percentage : bool; with_show_series_name show_series_name :
    bool; with_show_value show_value : bool; with_format format : crate
    ::v1::WorkbookChartDataLabelFormat; }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookChartDataLabels);
#[cfg(msgraph_v1_drives_or_search)]
/// CSDL: `microsoft.graph.workbookChartFill`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`WorkbookChartFillPath`](requests/trait.WorkbookChartFillPath.html), what a path to one (`EntityPath<WorkbookChartFill, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookChartFill {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for WorkbookChartFill {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookChartFill {
    const TYPE_NAME: &'static str = "microsoft.graph.workbookChartFill";
    const KEYS: &'static [&'static str] = &["id"];
    const KEYS_JSON: &'static [&'static str] = &[",\"id\":                           "];
    const TAG: &'static str = "\"#microsoft.graph.workbookChartFill\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookChartFill {
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
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_object!(WorkbookChartFill);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(WorkbookChartFill { with_id id : ::std::string::String; });
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookChartFill);
#[cfg(msgraph_v1_drives_or_search)]
/// CSDL: `microsoft.graph.workbookChartFont`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookChartFont {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `bold`: `Edm.Boolean`, nullable.
    pub bold: rt::Field<bool>,
    /// CSDL: property `color`: `Edm.String`, nullable.
    pub color: rt::Field<::std::string::String>,
    /// CSDL: property `italic`: `Edm.Boolean`, nullable.
    pub italic: rt::Field<bool>,
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// CSDL: property `size`: `Edm.Double`, nullable.
    pub size: rt::Field<f64>,
    /// CSDL: property `underline`: `Edm.String`, nullable.
    pub underline: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for WorkbookChartFont {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            bold: rt::Field::Absent,
            color: rt::Field::Absent,
            italic: rt::Field::Absent,
            name: rt::Field::Absent,
            size: rt::Field::Absent,
            underline: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookChartFont {
    const TYPE_NAME: &'static str = "microsoft.graph.workbookChartFont";
    const KEYS: &'static [&'static str] = &[
        "id",
        "bold",
        "color",
        "italic",
        "name",
        "size",
        "underline",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"bold\":                         ",
        ",\"color\":                        ",
        ",\"italic\":                       ",
        ",\"name\":                         ",
        ",\"size\":                         ",
        ",\"underline\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.workbookChartFont\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "bold", &self.bold);
        v.field(2usize, "color", &self.color);
        v.field(3usize, "italic", &self.italic);
        v.field(4usize, "name", &self.name);
        v.field(5usize, "size", &self.size);
        v.field(6usize, "underline", &self.underline);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookChartFont {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.bold.read_from(r),
            2usize => self.color.read_from(r),
            3usize => self.italic.read_from(r),
            4usize => self.name.read_from(r),
            5usize => self.size.read_from(r),
            6usize => self.underline.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.bold);
        w.field(2usize, &self.color);
        w.field(3usize, &self.italic);
        w.field(4usize, &self.name);
        w.field(5usize, &self.size);
        w.field(6usize, &self.underline);
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
rt::impl_object!(WorkbookChartFont);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    WorkbookChartFont { with_id id : ::std::string::String; with_bold bold : bool;
    with_color color : ::std::string::String; with_italic italic : bool; with_name name :
    ::std::string::String; with_size size : f64; with_underline underline :
    ::std::string::String; }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookChartFont);
#[cfg(msgraph_v1_drives_or_search)]
/// CSDL: `microsoft.graph.workbookChartGridlines`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`WorkbookChartGridlinesPath`](requests/trait.WorkbookChartGridlinesPath.html), what a path to one (`EntityPath<WorkbookChartGridlines, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookChartGridlines {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `visible`: `Edm.Boolean`, not nullable.
    pub visible: rt::Field<bool>,
    /// CSDL: containment navigation property `format`: `microsoft.graph.workbookChartGridlinesFormat`, nullable.
    pub format: rt::Field<crate::v1::WorkbookChartGridlinesFormat>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for WorkbookChartGridlines {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            visible: rt::Field::Absent,
            format: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookChartGridlines {
    const TYPE_NAME: &'static str = "microsoft.graph.workbookChartGridlines";
    const KEYS: &'static [&'static str] = &["id", "visible", "format"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"visible\":                      ",
        ",\"format\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.workbookChartGridlines\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "visible", &self.visible);
        v.field(2usize, "format", &self.format);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookChartGridlines {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.visible.read_from(r),
            2usize => self.format.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.visible);
        w.field(2usize, &self.format);
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
rt::impl_object!(WorkbookChartGridlines);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    WorkbookChartGridlines { with_id id : ::std::string::String; with_visible visible :
    bool; with_format format : crate ::v1::WorkbookChartGridlinesFormat; }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookChartGridlines);
#[cfg(msgraph_v1_drives_or_search)]
/// CSDL: `microsoft.graph.workbookChartGridlinesFormat`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`WorkbookChartGridlinesFormatPath`](requests/trait.WorkbookChartGridlinesFormatPath.html), what a path to one (`EntityPath<WorkbookChartGridlinesFormat, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookChartGridlinesFormat {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `line`: `microsoft.graph.workbookChartLineFormat`, nullable.
    pub line: rt::Field<crate::v1::WorkbookChartLineFormat>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for WorkbookChartGridlinesFormat {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            line: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookChartGridlinesFormat {
    const TYPE_NAME: &'static str = "microsoft.graph.workbookChartGridlinesFormat";
    const KEYS: &'static [&'static str] = &["id", "line"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"line\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.workbookChartGridlinesFormat\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "line", &self.line);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookChartGridlinesFormat {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.line.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.line);
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
rt::impl_object!(WorkbookChartGridlinesFormat);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    WorkbookChartGridlinesFormat { with_id id : ::std::string::String; with_line line :
    crate ::v1::WorkbookChartLineFormat; }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookChartGridlinesFormat);
#[cfg(msgraph_v1_drives_or_search)]
/// CSDL: `microsoft.graph.workbookChartLegend`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`WorkbookChartLegendPath`](requests/trait.WorkbookChartLegendPath.html), what a path to one (`EntityPath<WorkbookChartLegend, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookChartLegend {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `overlay`: `Edm.Boolean`, nullable.
    pub overlay: rt::Field<bool>,
    /// CSDL: property `position`: `Edm.String`, nullable.
    pub position: rt::Field<::std::string::String>,
    /// CSDL: property `visible`: `Edm.Boolean`, not nullable.
    pub visible: rt::Field<bool>,
    /// CSDL: containment navigation property `format`: `microsoft.graph.workbookChartLegendFormat`, nullable.
    pub format: rt::Field<crate::v1::WorkbookChartLegendFormat>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for WorkbookChartLegend {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            overlay: rt::Field::Absent,
            position: rt::Field::Absent,
            visible: rt::Field::Absent,
            format: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookChartLegend {
    const TYPE_NAME: &'static str = "microsoft.graph.workbookChartLegend";
    const KEYS: &'static [&'static str] = &[
        "id",
        "overlay",
        "position",
        "visible",
        "format",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"overlay\":                      ",
        ",\"position\":                     ",
        ",\"visible\":                      ",
        ",\"format\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.workbookChartLegend\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "overlay", &self.overlay);
        v.field(2usize, "position", &self.position);
        v.field(3usize, "visible", &self.visible);
        v.field(4usize, "format", &self.format);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookChartLegend {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.overlay.read_from(r),
            2usize => self.position.read_from(r),
            3usize => self.visible.read_from(r),
            4usize => self.format.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.overlay);
        w.field(2usize, &self.position);
        w.field(3usize, &self.visible);
        w.field(4usize, &self.format);
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
rt::impl_object!(WorkbookChartLegend);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    WorkbookChartLegend { with_id id : ::std::string::String; with_overlay overlay :
    bool; with_position position : ::std::string::String; with_visible visible : bool;
    with_format format : crate ::v1::WorkbookChartLegendFormat; }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookChartLegend);
#[cfg(msgraph_v1_drives_or_search)]
/// CSDL: `microsoft.graph.workbookChartLegendFormat`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`WorkbookChartLegendFormatPath`](requests/trait.WorkbookChartLegendFormatPath.html), what a path to one (`EntityPath<WorkbookChartLegendFormat, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookChartLegendFormat {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `fill`: `microsoft.graph.workbookChartFill`, nullable.
    pub fill: rt::Field<crate::v1::WorkbookChartFill>,
    /// CSDL: containment navigation property `font`: `microsoft.graph.workbookChartFont`, nullable.
    pub font: rt::Field<crate::v1::WorkbookChartFont>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for WorkbookChartLegendFormat {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            fill: rt::Field::Absent,
            font: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookChartLegendFormat {
    const TYPE_NAME: &'static str = "microsoft.graph.workbookChartLegendFormat";
    const KEYS: &'static [&'static str] = &["id", "fill", "font"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"fill\":                         ",
        ",\"font\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.workbookChartLegendFormat\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "fill", &self.fill);
        v.field(2usize, "font", &self.font);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookChartLegendFormat {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.fill.read_from(r),
            2usize => self.font.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.fill);
        w.field(2usize, &self.font);
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
rt::impl_object!(WorkbookChartLegendFormat);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    WorkbookChartLegendFormat { with_id id : ::std::string::String; with_fill fill :
    crate ::v1::WorkbookChartFill; with_font font : crate ::v1::WorkbookChartFont; }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookChartLegendFormat);
#[cfg(msgraph_v1_drives_or_search)]
/// CSDL: `microsoft.graph.workbookChartLineFormat`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`WorkbookChartLineFormatPath`](requests/trait.WorkbookChartLineFormatPath.html), what a path to one (`EntityPath<WorkbookChartLineFormat, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookChartLineFormat {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `color`: `Edm.String`, nullable.
    pub color: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for WorkbookChartLineFormat {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            color: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookChartLineFormat {
    const TYPE_NAME: &'static str = "microsoft.graph.workbookChartLineFormat";
    const KEYS: &'static [&'static str] = &["id", "color"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"color\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.workbookChartLineFormat\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "color", &self.color);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookChartLineFormat {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.color.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.color);
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
rt::impl_object!(WorkbookChartLineFormat);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    WorkbookChartLineFormat { with_id id : ::std::string::String; with_color color :
    ::std::string::String; }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookChartLineFormat);
#[cfg(msgraph_v1_drives_or_search)]
/// CSDL: `microsoft.graph.workbookChartPoint`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`WorkbookChartPointPath`](requests/trait.WorkbookChartPointPath.html), what a path to one (`EntityPath<WorkbookChartPoint, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookChartPoint {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `value`: `Edm.Untyped`, nullable.
    pub value: rt::Field<rt::RawJson>,
    /// CSDL: containment navigation property `format`: `microsoft.graph.workbookChartPointFormat`, nullable.
    pub format: rt::Field<crate::v1::WorkbookChartPointFormat>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for WorkbookChartPoint {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            value: rt::Field::Absent,
            format: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookChartPoint {
    const TYPE_NAME: &'static str = "microsoft.graph.workbookChartPoint";
    const KEYS: &'static [&'static str] = &["id", "value", "format"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"value\":                        ",
        ",\"format\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.workbookChartPoint\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "value", &self.value);
        v.field(2usize, "format", &self.format);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookChartPoint {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.value.read_from(r),
            2usize => self.format.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.value);
        w.field(2usize, &self.format);
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
rt::impl_object!(WorkbookChartPoint);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    WorkbookChartPoint { with_id id : ::std::string::String; with_value value :
    rt::RawJson; with_format format : crate ::v1::WorkbookChartPointFormat; }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookChartPoint);
#[cfg(msgraph_v1_drives_or_search)]
/// CSDL: `microsoft.graph.workbookChartPointFormat`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`WorkbookChartPointFormatPath`](requests/trait.WorkbookChartPointFormatPath.html), what a path to one (`EntityPath<WorkbookChartPointFormat, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookChartPointFormat {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `fill`: `microsoft.graph.workbookChartFill`, nullable.
    pub fill: rt::Field<crate::v1::WorkbookChartFill>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for WorkbookChartPointFormat {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            fill: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookChartPointFormat {
    const TYPE_NAME: &'static str = "microsoft.graph.workbookChartPointFormat";
    const KEYS: &'static [&'static str] = &["id", "fill"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"fill\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.workbookChartPointFormat\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "fill", &self.fill);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookChartPointFormat {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.fill.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.fill);
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
rt::impl_object!(WorkbookChartPointFormat);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    WorkbookChartPointFormat { with_id id : ::std::string::String; with_fill fill : crate
    ::v1::WorkbookChartFill; }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookChartPointFormat);
#[cfg(msgraph_v1_drives_or_search)]
/// CSDL: `microsoft.graph.workbookChartSeries`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`WorkbookChartSeriesPath`](requests/trait.WorkbookChartSeriesPath.html), what a path to one (`EntityPath<WorkbookChartSeries, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookChartSeries {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `format`: `microsoft.graph.workbookChartSeriesFormat`, nullable.
    pub format: rt::Field<crate::v1::WorkbookChartSeriesFormat>,
    /// CSDL: containment navigation property `points`: `Collection(microsoft.graph.workbookChartPoint)`, not nullable.
    pub points: rt::Field<::std::vec::Vec<crate::v1::WorkbookChartPoint>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for WorkbookChartSeries {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            name: rt::Field::Absent,
            format: rt::Field::Absent,
            points: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookChartSeries {
    const TYPE_NAME: &'static str = "microsoft.graph.workbookChartSeries";
    const KEYS: &'static [&'static str] = &["id", "name", "format", "points"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"name\":                         ",
        ",\"format\":                       ",
        ",\"points\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.workbookChartSeries\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "name", &self.name);
        v.field(2usize, "format", &self.format);
        v.field(3usize, "points", &self.points);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookChartSeries {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.name.read_from(r),
            2usize => self.format.read_from(r),
            3usize => self.points.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.name);
        w.field(2usize, &self.format);
        w.field(3usize, &self.points);
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
rt::impl_object!(WorkbookChartSeries);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    WorkbookChartSeries { with_id id : ::std::string::String; with_name name :
    ::std::string::String; with_format format : crate ::v1::WorkbookChartSeriesFormat;
    with_points points : ::std::vec::Vec < crate ::v1::WorkbookChartPoint >; }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookChartSeries);
#[cfg(msgraph_v1_drives_or_search)]
/// CSDL: `microsoft.graph.workbookChartSeriesFormat`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`WorkbookChartSeriesFormatPath`](requests/trait.WorkbookChartSeriesFormatPath.html), what a path to one (`EntityPath<WorkbookChartSeriesFormat, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookChartSeriesFormat {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `fill`: `microsoft.graph.workbookChartFill`, nullable.
    pub fill: rt::Field<crate::v1::WorkbookChartFill>,
    /// CSDL: containment navigation property `line`: `microsoft.graph.workbookChartLineFormat`, nullable.
    pub line: rt::Field<crate::v1::WorkbookChartLineFormat>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for WorkbookChartSeriesFormat {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            fill: rt::Field::Absent,
            line: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookChartSeriesFormat {
    const TYPE_NAME: &'static str = "microsoft.graph.workbookChartSeriesFormat";
    const KEYS: &'static [&'static str] = &["id", "fill", "line"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"fill\":                         ",
        ",\"line\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.workbookChartSeriesFormat\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "fill", &self.fill);
        v.field(2usize, "line", &self.line);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookChartSeriesFormat {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.fill.read_from(r),
            2usize => self.line.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.fill);
        w.field(2usize, &self.line);
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
rt::impl_object!(WorkbookChartSeriesFormat);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    WorkbookChartSeriesFormat { with_id id : ::std::string::String; with_fill fill :
    crate ::v1::WorkbookChartFill; with_line line : crate ::v1::WorkbookChartLineFormat;
    }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookChartSeriesFormat);
#[cfg(msgraph_v1_drives_or_search)]
/// CSDL: `microsoft.graph.workbookChartTitle`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`WorkbookChartTitlePath`](requests/trait.WorkbookChartTitlePath.html), what a path to one (`EntityPath<WorkbookChartTitle, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookChartTitle {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `overlay`: `Edm.Boolean`, nullable.
    pub overlay: rt::Field<bool>,
    /// CSDL: property `text`: `Edm.String`, nullable.
    pub text: rt::Field<::std::string::String>,
    /// CSDL: property `visible`: `Edm.Boolean`, not nullable.
    pub visible: rt::Field<bool>,
    /// CSDL: containment navigation property `format`: `microsoft.graph.workbookChartTitleFormat`, nullable.
    pub format: rt::Field<crate::v1::WorkbookChartTitleFormat>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for WorkbookChartTitle {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            overlay: rt::Field::Absent,
            text: rt::Field::Absent,
            visible: rt::Field::Absent,
            format: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookChartTitle {
    const TYPE_NAME: &'static str = "microsoft.graph.workbookChartTitle";
    const KEYS: &'static [&'static str] = &[
        "id",
        "overlay",
        "text",
        "visible",
        "format",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"overlay\":                      ",
        ",\"text\":                         ",
        ",\"visible\":                      ",
        ",\"format\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.workbookChartTitle\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "overlay", &self.overlay);
        v.field(2usize, "text", &self.text);
        v.field(3usize, "visible", &self.visible);
        v.field(4usize, "format", &self.format);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookChartTitle {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.overlay.read_from(r),
            2usize => self.text.read_from(r),
            3usize => self.visible.read_from(r),
            4usize => self.format.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.overlay);
        w.field(2usize, &self.text);
        w.field(3usize, &self.visible);
        w.field(4usize, &self.format);
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
rt::impl_object!(WorkbookChartTitle);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    WorkbookChartTitle { with_id id : ::std::string::String; with_overlay overlay : bool;
    with_text text : ::std::string::String; with_visible visible : bool; with_format
    format : crate ::v1::WorkbookChartTitleFormat; }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookChartTitle);
#[cfg(msgraph_v1_drives_or_search)]
/// CSDL: `microsoft.graph.workbookChartTitleFormat`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`WorkbookChartTitleFormatPath`](requests/trait.WorkbookChartTitleFormatPath.html), what a path to one (`EntityPath<WorkbookChartTitleFormat, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookChartTitleFormat {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `fill`: `microsoft.graph.workbookChartFill`, nullable.
    pub fill: rt::Field<crate::v1::WorkbookChartFill>,
    /// CSDL: containment navigation property `font`: `microsoft.graph.workbookChartFont`, nullable.
    pub font: rt::Field<crate::v1::WorkbookChartFont>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for WorkbookChartTitleFormat {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            fill: rt::Field::Absent,
            font: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookChartTitleFormat {
    const TYPE_NAME: &'static str = "microsoft.graph.workbookChartTitleFormat";
    const KEYS: &'static [&'static str] = &["id", "fill", "font"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"fill\":                         ",
        ",\"font\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.workbookChartTitleFormat\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "fill", &self.fill);
        v.field(2usize, "font", &self.font);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookChartTitleFormat {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.fill.read_from(r),
            2usize => self.font.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.fill);
        w.field(2usize, &self.font);
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
rt::impl_object!(WorkbookChartTitleFormat);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    WorkbookChartTitleFormat { with_id id : ::std::string::String; with_fill fill : crate
    ::v1::WorkbookChartFill; with_font font : crate ::v1::WorkbookChartFont; }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookChartTitleFormat);
#[cfg(msgraph_v1_drives_or_search)]
/// CSDL: `microsoft.graph.workbookComment`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`WorkbookCommentPath`](requests/trait.WorkbookCommentPath.html), what a path to one (`EntityPath<WorkbookComment, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookComment {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `content`: `Edm.String`, nullable.
    pub content: rt::Field<::std::string::String>,
    /// CSDL: property `contentType`: `Edm.String`, not nullable.
    pub content_type: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `replies`: `Collection(microsoft.graph.workbookCommentReply)`, not nullable.
    pub replies: rt::Field<::std::vec::Vec<crate::v1::WorkbookCommentReply>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for WorkbookComment {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            content: rt::Field::Absent,
            content_type: rt::Field::Absent,
            replies: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookComment {
    const TYPE_NAME: &'static str = "microsoft.graph.workbookComment";
    const KEYS: &'static [&'static str] = &["id", "content", "contentType", "replies"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"content\":                      ",
        ",\"contentType\":                  ",
        ",\"replies\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.workbookComment\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "content", &self.content);
        v.field(2usize, "content_type", &self.content_type);
        v.field(3usize, "replies", &self.replies);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookComment {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.content.read_from(r),
            2usize => self.content_type.read_from(r),
            3usize => self.replies.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.content);
        w.field(2usize, &self.content_type);
        w.field(3usize, &self.replies);
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
rt::impl_object!(WorkbookComment);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    WorkbookComment { with_id id : ::std::string::String; with_content content :
    ::std::string::String; with_content_type content_type : ::std::string::String;
    with_replies replies : ::std::vec::Vec < crate ::v1::WorkbookCommentReply >; }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookComment);
#[cfg(msgraph_v1_drives_or_search)]
/// CSDL: `microsoft.graph.workbookCommentReply`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookCommentReply {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `content`: `Edm.String`, nullable.
    pub content: rt::Field<::std::string::String>,
    /// CSDL: property `contentType`: `Edm.String`, not nullable.
    pub content_type: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for WorkbookCommentReply {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            content: rt::Field::Absent,
            content_type: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookCommentReply {
    const TYPE_NAME: &'static str = "microsoft.graph.workbookCommentReply";
    const KEYS: &'static [&'static str] = &["id", "content", "contentType"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"content\":                      ",
        ",\"contentType\":                  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.workbookCommentReply\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "content", &self.content);
        v.field(2usize, "content_type", &self.content_type);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookCommentReply {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.content.read_from(r),
            2usize => self.content_type.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.content);
        w.field(2usize, &self.content_type);
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
rt::impl_object!(WorkbookCommentReply);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    WorkbookCommentReply { with_id id : ::std::string::String; with_content content :
    ::std::string::String; with_content_type content_type : ::std::string::String; }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookCommentReply);
#[cfg(msgraph_v1_drives_or_search)]
/// CSDL: `microsoft.graph.workbookFilter`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`WorkbookFilterPath`](requests/trait.WorkbookFilterPath.html), what a path to one (`EntityPath<WorkbookFilter, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookFilter {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `criteria`: `microsoft.graph.workbookFilterCriteria`, nullable.
    pub criteria: rt::Field<crate::v1::WorkbookFilterCriteria>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for WorkbookFilter {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            criteria: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookFilter {
    const TYPE_NAME: &'static str = "microsoft.graph.workbookFilter";
    const KEYS: &'static [&'static str] = &["id", "criteria"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"criteria\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.workbookFilter\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "criteria", &self.criteria);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookFilter {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.criteria.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.criteria);
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
rt::impl_object!(WorkbookFilter);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    WorkbookFilter { with_id id : ::std::string::String; with_criteria criteria : crate
    ::v1::WorkbookFilterCriteria; }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFilter);
#[cfg(msgraph_v1_drives_or_search)]
/// CSDL: `microsoft.graph.workbookFilterCriteria`, complex type.
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookFilterCriteria {
    /// CSDL: property `color`: `Edm.String`, nullable.
    pub color: rt::Field<::std::string::String>,
    /// CSDL: property `criterion1`: `Edm.String`, nullable.
    pub criterion1: rt::Field<::std::string::String>,
    /// CSDL: property `criterion2`: `Edm.String`, nullable.
    pub criterion2: rt::Field<::std::string::String>,
    /// CSDL: property `dynamicCriteria`: `Edm.String`, not nullable.
    pub dynamic_criteria: rt::Field<::std::string::String>,
    /// CSDL: property `filterOn`: `Edm.String`, not nullable.
    pub filter_on: rt::Field<::std::string::String>,
    /// CSDL: property `icon`: `microsoft.graph.workbookIcon`, nullable.
    pub icon: rt::Field<crate::v1::WorkbookIcon>,
    /// CSDL: property `operator`: `Edm.String`, not nullable.
    pub operator: rt::Field<::std::string::String>,
    /// CSDL: property `values`: `Edm.Untyped`, nullable.
    pub values: rt::Field<rt::RawJson>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for WorkbookFilterCriteria {
    #[inline]
    fn default() -> Self {
        Self {
            color: rt::Field::Absent,
            criterion1: rt::Field::Absent,
            criterion2: rt::Field::Absent,
            dynamic_criteria: rt::Field::Absent,
            filter_on: rt::Field::Absent,
            icon: rt::Field::Absent,
            operator: rt::Field::Absent,
            values: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookFilterCriteria {
    const TYPE_NAME: &'static str = "microsoft.graph.workbookFilterCriteria";
    const KEYS: &'static [&'static str] = &[
        "color",
        "criterion1",
        "criterion2",
        "dynamicCriteria",
        "filterOn",
        "icon",
        "operator",
        "values",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"color\":                        ",
        ",\"criterion1\":                   ",
        ",\"criterion2\":                   ",
        ",\"dynamicCriteria\":              ",
        ",\"filterOn\":                     ",
        ",\"icon\":                         ",
        ",\"operator\":                     ",
        ",\"values\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.workbookFilterCriteria\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "color", &self.color);
        v.field(1usize, "criterion1", &self.criterion1);
        v.field(2usize, "criterion2", &self.criterion2);
        v.field(3usize, "dynamic_criteria", &self.dynamic_criteria);
        v.field(4usize, "filter_on", &self.filter_on);
        v.field(5usize, "icon", &self.icon);
        v.field(6usize, "operator", &self.operator);
        v.field(7usize, "values", &self.values);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookFilterCriteria {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.color.read_from(r),
            1usize => self.criterion1.read_from(r),
            2usize => self.criterion2.read_from(r),
            3usize => self.dynamic_criteria.read_from(r),
            4usize => self.filter_on.read_from(r),
            5usize => self.icon.read_from(r),
            6usize => self.operator.read_from(r),
            7usize => self.values.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.color);
        w.field(1usize, &self.criterion1);
        w.field(2usize, &self.criterion2);
        w.field(3usize, &self.dynamic_criteria);
        w.field(4usize, &self.filter_on);
        w.field(5usize, &self.icon);
        w.field(6usize, &self.operator);
        w.field(7usize, &self.values);
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
rt::impl_object!(WorkbookFilterCriteria);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    WorkbookFilterCriteria { with_color color : ::std::string::String; with_criterion1
    criterion1 : ::std::string::String; with_criterion2 criterion2 :
    ::std::string::String; with_dynamic_criteria dynamic_criteria :
    ::std::string::String; with_filter_on filter_on : ::std::string::String; with_icon
    icon : crate ::v1::WorkbookIcon; with_operator operator : ::std::string::String;
    with_values values : rt::RawJson; }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFilterCriteria);
#[cfg(msgraph_v1_drives_or_search)]
/// CSDL: `microsoft.graph.workbookFormatProtection`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookFormatProtection {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `formulaHidden`: `Edm.Boolean`, nullable.
    pub formula_hidden: rt::Field<bool>,
    /// CSDL: property `locked`: `Edm.Boolean`, nullable.
    pub locked: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for WorkbookFormatProtection {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            formula_hidden: rt::Field::Absent,
            locked: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookFormatProtection {
    const TYPE_NAME: &'static str = "microsoft.graph.workbookFormatProtection";
    const KEYS: &'static [&'static str] = &["id", "formulaHidden", "locked"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"formulaHidden\":                ",
        ",\"locked\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.workbookFormatProtection\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "formula_hidden", &self.formula_hidden);
        v.field(2usize, "locked", &self.locked);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookFormatProtection {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.formula_hidden.read_from(r),
            2usize => self.locked.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.formula_hidden);
        w.field(2usize, &self.locked);
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
rt::impl_object!(WorkbookFormatProtection);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    WorkbookFormatProtection { with_id id : ::std::string::String; with_formula_hidden
    formula_hidden : bool; with_locked locked : bool; }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFormatProtection);
#[cfg(msgraph_v1_drives_or_search)]
/// CSDL: `microsoft.graph.workbookFunctionResult`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookFunctionResult {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `error`: `Edm.String`, nullable.
    pub error: rt::Field<::std::string::String>,
    /// CSDL: property `value`: `Edm.Untyped`, nullable.
    pub value: rt::Field<rt::RawJson>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for WorkbookFunctionResult {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            error: rt::Field::Absent,
            value: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookFunctionResult {
    const TYPE_NAME: &'static str = "microsoft.graph.workbookFunctionResult";
    const KEYS: &'static [&'static str] = &["id", "error", "value"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"error\":                        ",
        ",\"value\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.workbookFunctionResult\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "error", &self.error);
        v.field(2usize, "value", &self.value);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookFunctionResult {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.error.read_from(r),
            2usize => self.value.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.error);
        w.field(2usize, &self.value);
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
rt::impl_object!(WorkbookFunctionResult);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    WorkbookFunctionResult { with_id id : ::std::string::String; with_error error :
    ::std::string::String; with_value value : rt::RawJson; }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctionResult);
#[cfg(msgraph_v1_drives_or_search)]
/// CSDL: `microsoft.graph.workbookFunctions`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`WorkbookFunctionsPath`](requests/trait.WorkbookFunctionsPath.html), what a path to one (`EntityPath<WorkbookFunctions, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookFunctions {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for WorkbookFunctions {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookFunctions {
    const TYPE_NAME: &'static str = "microsoft.graph.workbookFunctions";
    const KEYS: &'static [&'static str] = &["id"];
    const KEYS_JSON: &'static [&'static str] = &[",\"id\":                           "];
    const TAG: &'static str = "\"#microsoft.graph.workbookFunctions\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookFunctions {
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
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_object!(WorkbookFunctions);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(WorkbookFunctions { with_id id : ::std::string::String; });
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFunctions);
#[cfg(msgraph_v1_drives_or_search)]
/// CSDL: `microsoft.graph.workbookIcon`, complex type.
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookIcon {
    /// CSDL: property `index`: `Edm.Int32`, not nullable.
    pub index: rt::Field<i32>,
    /// CSDL: property `set`: `Edm.String`, not nullable.
    pub set: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for WorkbookIcon {
    #[inline]
    fn default() -> Self {
        Self {
            index: rt::Field::Absent,
            set: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookIcon {
    const TYPE_NAME: &'static str = "microsoft.graph.workbookIcon";
    const KEYS: &'static [&'static str] = &["index", "set"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"index\":                        ",
        ",\"set\":                          ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.workbookIcon\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "index", &self.index);
        v.field(1usize, "set", &self.set);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookIcon {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.index.read_from(r),
            1usize => self.set.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.index);
        w.field(1usize, &self.set);
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
rt::impl_object!(WorkbookIcon);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    WorkbookIcon { with_index index : i32; with_set set : ::std::string::String; }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookIcon);
#[cfg(msgraph_v1_drives_or_search)]
/// CSDL: `microsoft.graph.workbookNamedItem`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`WorkbookNamedItemPath`](requests/trait.WorkbookNamedItemPath.html), what a path to one (`EntityPath<WorkbookNamedItem, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookNamedItem {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `comment`: `Edm.String`, nullable.
    pub comment: rt::Field<::std::string::String>,
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// CSDL: property `scope`: `Edm.String`, not nullable.
    pub scope: rt::Field<::std::string::String>,
    /// CSDL: property `type`: `Edm.String`, nullable.
    pub type_: rt::Field<::std::string::String>,
    /// CSDL: property `value`: `Edm.Untyped`, nullable.
    pub value: rt::Field<rt::RawJson>,
    /// CSDL: property `visible`: `Edm.Boolean`, not nullable.
    pub visible: rt::Field<bool>,
    /// CSDL: navigation property `worksheet`: `microsoft.graph.workbookWorksheet`, nullable.
    pub worksheet: rt::Field<crate::v1::WorkbookWorksheet>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for WorkbookNamedItem {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            comment: rt::Field::Absent,
            name: rt::Field::Absent,
            scope: rt::Field::Absent,
            type_: rt::Field::Absent,
            value: rt::Field::Absent,
            visible: rt::Field::Absent,
            worksheet: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookNamedItem {
    const TYPE_NAME: &'static str = "microsoft.graph.workbookNamedItem";
    const KEYS: &'static [&'static str] = &[
        "id",
        "comment",
        "name",
        "scope",
        "type",
        "value",
        "visible",
        "worksheet",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"comment\":                      ",
        ",\"name\":                         ",
        ",\"scope\":                        ",
        ",\"type\":                         ",
        ",\"value\":                        ",
        ",\"visible\":                      ",
        ",\"worksheet\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.workbookNamedItem\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "comment", &self.comment);
        v.field(2usize, "name", &self.name);
        v.field(3usize, "scope", &self.scope);
        v.field(4usize, "type_", &self.type_);
        v.field(5usize, "value", &self.value);
        v.field(6usize, "visible", &self.visible);
        v.field(7usize, "worksheet", &self.worksheet);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookNamedItem {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.comment.read_from(r),
            2usize => self.name.read_from(r),
            3usize => self.scope.read_from(r),
            4usize => self.type_.read_from(r),
            5usize => self.value.read_from(r),
            6usize => self.visible.read_from(r),
            7usize => self.worksheet.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.comment);
        w.field(2usize, &self.name);
        w.field(3usize, &self.scope);
        w.field(4usize, &self.type_);
        w.field(5usize, &self.value);
        w.field(6usize, &self.visible);
        w.field(7usize, &self.worksheet);
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
rt::impl_object!(WorkbookNamedItem);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    WorkbookNamedItem { with_id id : ::std::string::String; with_comment comment :
    ::std::string::String; with_name name : ::std::string::String; with_scope scope :
    ::std::string::String; with_type type_ : ::std::string::String; with_value value :
    rt::RawJson; with_visible visible : bool; with_worksheet worksheet : crate
    ::v1::WorkbookWorksheet; }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookNamedItem);
#[cfg(msgraph_v1_drives_or_search)]
/// CSDL: `microsoft.graph.workbookOperation`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`WorkbookOperationPath`](requests/trait.WorkbookOperationPath.html), what a path to one (`EntityPath<WorkbookOperation, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookOperation {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `error`: `microsoft.graph.workbookOperationError`, nullable.
    pub error: rt::Field<crate::v1::WorkbookOperationError>,
    /// CSDL: property `resourceLocation`: `Edm.String`, nullable.
    pub resource_location: rt::Field<::std::string::String>,
    /// CSDL: property `status`: `microsoft.graph.workbookOperationStatus`, not nullable.
    pub status: rt::Field<crate::v1::WorkbookOperationStatus>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for WorkbookOperation {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            error: rt::Field::Absent,
            resource_location: rt::Field::Absent,
            status: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookOperation {
    const TYPE_NAME: &'static str = "microsoft.graph.workbookOperation";
    const KEYS: &'static [&'static str] = &["id", "error", "resourceLocation", "status"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"error\":                        ",
        ",\"resourceLocation\":             ",
        ",\"status\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.workbookOperation\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "error", &self.error);
        v.field(2usize, "resource_location", &self.resource_location);
        v.field(3usize, "status", &self.status);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookOperation {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.error.read_from(r),
            2usize => self.resource_location.read_from(r),
            3usize => self.status.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.error);
        w.field(2usize, &self.resource_location);
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
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_object!(WorkbookOperation);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    WorkbookOperation { with_id id : ::std::string::String; with_error error : crate
    ::v1::WorkbookOperationError; with_resource_location resource_location :
    ::std::string::String; with_status status : crate ::v1::WorkbookOperationStatus; }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookOperation);
#[cfg(msgraph_v1_drives_or_search)]
/// CSDL: `microsoft.graph.workbookOperationError`, complex type.
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookOperationError {
    /// CSDL: property `code`: `Edm.String`, nullable.
    pub code: rt::Field<::std::string::String>,
    /// CSDL: property `innerError`: `microsoft.graph.workbookOperationError`, nullable.
    pub inner_error: rt::Field<::std::boxed::Box<crate::v1::WorkbookOperationError>>,
    /// CSDL: property `message`: `Edm.String`, nullable.
    pub message: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for WorkbookOperationError {
    #[inline]
    fn default() -> Self {
        Self {
            code: rt::Field::Absent,
            inner_error: rt::Field::Absent,
            message: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookOperationError {
    const TYPE_NAME: &'static str = "microsoft.graph.workbookOperationError";
    const KEYS: &'static [&'static str] = &["code", "innerError", "message"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"code\":                         ",
        ",\"innerError\":                   ",
        ",\"message\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.workbookOperationError\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "code", &self.code);
        v.field(1usize, "inner_error", &self.inner_error);
        v.field(2usize, "message", &self.message);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookOperationError {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.code.read_from(r),
            1usize => self.inner_error.read_from(r),
            2usize => self.message.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.code);
        w.field(1usize, &self.inner_error);
        w.field(2usize, &self.message);
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
rt::impl_object!(WorkbookOperationError);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_boxed!(WorkbookOperationError);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    WorkbookOperationError { with_code code : ::std::string::String; with_inner_error
    inner_error : ::std::boxed::Box < crate ::v1::WorkbookOperationError >; with_message
    message : ::std::string::String; }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookOperationError);
#[cfg(msgraph_v1_drives_or_search)]
/// CSDL: `microsoft.graph.workbookOperationStatus`, enum type.
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum WorkbookOperationStatus {
    /// `notStarted` (value 0).
    NotStarted,
    /// `running` (value 1).
    Running,
    /// `succeeded` (value 2).
    Succeeded,
    /// `failed` (value 3).
    Failed,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::StrEnum for WorkbookOperationStatus {
    const TYPE_NAME: &'static str = "microsoft.graph.workbookOperationStatus";
    const MEMBERS: &'static [&'static str] = &[
        "notStarted",
        "running",
        "succeeded",
        "failed",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "notStarted" => Self::NotStarted,
                "running" => Self::Running,
                "succeeded" => Self::Succeeded,
                "failed" => Self::Failed,
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
            Self::NotStarted => "notStarted",
            Self::Running => "running",
            Self::Succeeded => "succeeded",
            Self::Failed => "failed",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_enum!(WorkbookOperationStatus);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookOperationStatus);
#[cfg(msgraph_v1_drives_or_search)]
/// CSDL: `microsoft.graph.workbookPivotTable`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`WorkbookPivotTablePath`](requests/trait.WorkbookPivotTablePath.html), what a path to one (`EntityPath<WorkbookPivotTable, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookPivotTable {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// CSDL: navigation property `worksheet`: `microsoft.graph.workbookWorksheet`, nullable.
    pub worksheet: rt::Field<crate::v1::WorkbookWorksheet>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for WorkbookPivotTable {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            name: rt::Field::Absent,
            worksheet: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookPivotTable {
    const TYPE_NAME: &'static str = "microsoft.graph.workbookPivotTable";
    const KEYS: &'static [&'static str] = &["id", "name", "worksheet"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"name\":                         ",
        ",\"worksheet\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.workbookPivotTable\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "name", &self.name);
        v.field(2usize, "worksheet", &self.worksheet);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookPivotTable {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.name.read_from(r),
            2usize => self.worksheet.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.name);
        w.field(2usize, &self.worksheet);
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
rt::impl_object!(WorkbookPivotTable);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    WorkbookPivotTable { with_id id : ::std::string::String; with_name name :
    ::std::string::String; with_worksheet worksheet : crate ::v1::WorkbookWorksheet; }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookPivotTable);
#[cfg(msgraph_v1_drives_or_search)]
/// CSDL: `microsoft.graph.workbookRange`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`WorkbookRangePath`](requests/trait.WorkbookRangePath.html), what a path to one (`EntityPath<WorkbookRange, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookRange {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `address`: `Edm.String`, nullable.
    pub address: rt::Field<::std::string::String>,
    /// CSDL: property `addressLocal`: `Edm.String`, nullable.
    pub address_local: rt::Field<::std::string::String>,
    /// CSDL: property `cellCount`: `Edm.Int32`, not nullable.
    pub cell_count: rt::Field<i32>,
    /// CSDL: property `columnCount`: `Edm.Int32`, not nullable.
    pub column_count: rt::Field<i32>,
    /// CSDL: property `columnHidden`: `Edm.Boolean`, nullable.
    pub column_hidden: rt::Field<bool>,
    /// CSDL: property `columnIndex`: `Edm.Int32`, not nullable.
    pub column_index: rt::Field<i32>,
    /// CSDL: property `formulas`: `Edm.Untyped`, nullable.
    pub formulas: rt::Field<rt::RawJson>,
    /// CSDL: property `formulasLocal`: `Edm.Untyped`, nullable.
    pub formulas_local: rt::Field<rt::RawJson>,
    /// CSDL: property `formulasR1C1`: `Edm.Untyped`, nullable.
    pub formulas_r1c1: rt::Field<rt::RawJson>,
    /// CSDL: property `hidden`: `Edm.Boolean`, nullable.
    pub hidden: rt::Field<bool>,
    /// CSDL: property `numberFormat`: `Edm.Untyped`, nullable.
    pub number_format: rt::Field<rt::RawJson>,
    /// CSDL: property `rowCount`: `Edm.Int32`, not nullable.
    pub row_count: rt::Field<i32>,
    /// CSDL: property `rowHidden`: `Edm.Boolean`, nullable.
    pub row_hidden: rt::Field<bool>,
    /// CSDL: property `rowIndex`: `Edm.Int32`, not nullable.
    pub row_index: rt::Field<i32>,
    /// CSDL: property `text`: `Edm.Untyped`, nullable.
    pub text: rt::Field<rt::RawJson>,
    /// CSDL: property `values`: `Edm.Untyped`, nullable.
    pub values: rt::Field<rt::RawJson>,
    /// CSDL: property `valueTypes`: `Edm.Untyped`, nullable.
    pub value_types: rt::Field<rt::RawJson>,
    /// CSDL: containment navigation property `format`: `microsoft.graph.workbookRangeFormat`, nullable.
    pub format: rt::Field<crate::v1::WorkbookRangeFormat>,
    /// CSDL: containment navigation property `sort`: `microsoft.graph.workbookRangeSort`, nullable.
    pub sort: rt::Field<crate::v1::WorkbookRangeSort>,
    /// CSDL: navigation property `worksheet`: `microsoft.graph.workbookWorksheet`, nullable.
    pub worksheet: rt::Field<crate::v1::WorkbookWorksheet>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for WorkbookRange {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            address: rt::Field::Absent,
            address_local: rt::Field::Absent,
            cell_count: rt::Field::Absent,
            column_count: rt::Field::Absent,
            column_hidden: rt::Field::Absent,
            column_index: rt::Field::Absent,
            formulas: rt::Field::Absent,
            formulas_local: rt::Field::Absent,
            formulas_r1c1: rt::Field::Absent,
            hidden: rt::Field::Absent,
            number_format: rt::Field::Absent,
            row_count: rt::Field::Absent,
            row_hidden: rt::Field::Absent,
            row_index: rt::Field::Absent,
            text: rt::Field::Absent,
            values: rt::Field::Absent,
            value_types: rt::Field::Absent,
            format: rt::Field::Absent,
            sort: rt::Field::Absent,
            worksheet: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookRange {
    const TYPE_NAME: &'static str = "microsoft.graph.workbookRange";
    const KEYS: &'static [&'static str] = &[
        "id",
        "address",
        "addressLocal",
        "cellCount",
        "columnCount",
        "columnHidden",
        "columnIndex",
        "formulas",
        "formulasLocal",
        "formulasR1C1",
        "hidden",
        "numberFormat",
        "rowCount",
        "rowHidden",
        "rowIndex",
        "text",
        "values",
        "valueTypes",
        "format",
        "sort",
        "worksheet",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"address\":                      ",
        ",\"addressLocal\":                 ",
        ",\"cellCount\":                    ",
        ",\"columnCount\":                  ",
        ",\"columnHidden\":                 ",
        ",\"columnIndex\":                  ",
        ",\"formulas\":                     ",
        ",\"formulasLocal\":                ",
        ",\"formulasR1C1\":                 ",
        ",\"hidden\":                       ",
        ",\"numberFormat\":                 ",
        ",\"rowCount\":                     ",
        ",\"rowHidden\":                    ",
        ",\"rowIndex\":                     ",
        ",\"text\":                         ",
        ",\"values\":                       ",
        ",\"valueTypes\":                   ",
        ",\"format\":                       ",
        ",\"sort\":                         ",
        ",\"worksheet\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.workbookRange\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "address", &self.address);
        v.field(2usize, "address_local", &self.address_local);
        v.field(3usize, "cell_count", &self.cell_count);
        v.field(4usize, "column_count", &self.column_count);
        v.field(5usize, "column_hidden", &self.column_hidden);
        v.field(6usize, "column_index", &self.column_index);
        v.field(7usize, "formulas", &self.formulas);
        v.field(8usize, "formulas_local", &self.formulas_local);
        v.field(9usize, "formulas_r1c1", &self.formulas_r1c1);
        v.field(10usize, "hidden", &self.hidden);
        v.field(11usize, "number_format", &self.number_format);
        v.field(12usize, "row_count", &self.row_count);
        v.field(13usize, "row_hidden", &self.row_hidden);
        v.field(14usize, "row_index", &self.row_index);
        v.field(15usize, "text", &self.text);
        v.field(16usize, "values", &self.values);
        v.field(17usize, "value_types", &self.value_types);
        v.field(18usize, "format", &self.format);
        v.field(19usize, "sort", &self.sort);
        v.field(20usize, "worksheet", &self.worksheet);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookRange {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.address.read_from(r),
            2usize => self.address_local.read_from(r),
            3usize => self.cell_count.read_from(r),
            4usize => self.column_count.read_from(r),
            5usize => self.column_hidden.read_from(r),
            6usize => self.column_index.read_from(r),
            7usize => self.formulas.read_from(r),
            8usize => self.formulas_local.read_from(r),
            9usize => self.formulas_r1c1.read_from(r),
            10usize => self.hidden.read_from(r),
            11usize => self.number_format.read_from(r),
            12usize => self.row_count.read_from(r),
            13usize => self.row_hidden.read_from(r),
            14usize => self.row_index.read_from(r),
            15usize => self.text.read_from(r),
            16usize => self.values.read_from(r),
            17usize => self.value_types.read_from(r),
            18usize => self.format.read_from(r),
            19usize => self.sort.read_from(r),
            20usize => self.worksheet.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.address);
        w.field(2usize, &self.address_local);
        w.field(3usize, &self.cell_count);
        w.field(4usize, &self.column_count);
        w.field(5usize, &self.column_hidden);
        w.field(6usize, &self.column_index);
        w.field(7usize, &self.formulas);
        w.field(8usize, &self.formulas_local);
        w.field(9usize, &self.formulas_r1c1);
        w.field(10usize, &self.hidden);
        w.field(11usize, &self.number_format);
        w.field(12usize, &self.row_count);
        w.field(13usize, &self.row_hidden);
        w.field(14usize, &self.row_index);
        w.field(15usize, &self.text);
        w.field(16usize, &self.values);
        w.field(17usize, &self.value_types);
        w.field(18usize, &self.format);
        w.field(19usize, &self.sort);
        w.field(20usize, &self.worksheet);
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
rt::impl_object!(WorkbookRange);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    WorkbookRange { with_id id : ::std::string::String; with_address address :
    ::std::string::String; with_address_local address_local : ::std::string::String;
    with_cell_count cell_count : i32; with_column_count column_count : i32;
    with_column_hidden column_hidden : bool; with_column_index column_index : i32;
    with_formulas formulas : rt::RawJson; with_formulas_local formulas_local :
    rt::RawJson; with_formulas_r1c1 formulas_r1c1 : rt::RawJson; with_hidden hidden :
    bool; with_number_format number_format : rt::RawJson; with_row_count row_count : i32;
    with_row_hidden row_hidden : bool; with_row_index row_index : i32; with_text text :
    rt::RawJson; with_values values : rt::RawJson; with_value_types value_types :
    rt::RawJson; with_format format : crate ::v1::WorkbookRangeFormat; with_sort sort :
    crate ::v1::WorkbookRangeSort; with_worksheet worksheet : crate
    ::v1::WorkbookWorksheet; }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookRange);
#[cfg(msgraph_v1_drives_or_search)]
/// CSDL: `microsoft.graph.workbookRangeBorder`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookRangeBorder {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `color`: `Edm.String`, nullable.
    pub color: rt::Field<::std::string::String>,
    /// CSDL: property `sideIndex`: `Edm.String`, nullable.
    pub side_index: rt::Field<::std::string::String>,
    /// CSDL: property `style`: `Edm.String`, nullable.
    pub style: rt::Field<::std::string::String>,
    /// CSDL: property `weight`: `Edm.String`, nullable.
    pub weight: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for WorkbookRangeBorder {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            color: rt::Field::Absent,
            side_index: rt::Field::Absent,
            style: rt::Field::Absent,
            weight: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookRangeBorder {
    const TYPE_NAME: &'static str = "microsoft.graph.workbookRangeBorder";
    const KEYS: &'static [&'static str] = &[
        "id",
        "color",
        "sideIndex",
        "style",
        "weight",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"color\":                        ",
        ",\"sideIndex\":                    ",
        ",\"style\":                        ",
        ",\"weight\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.workbookRangeBorder\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "color", &self.color);
        v.field(2usize, "side_index", &self.side_index);
        v.field(3usize, "style", &self.style);
        v.field(4usize, "weight", &self.weight);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookRangeBorder {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.color.read_from(r),
            2usize => self.side_index.read_from(r),
            3usize => self.style.read_from(r),
            4usize => self.weight.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.color);
        w.field(2usize, &self.side_index);
        w.field(3usize, &self.style);
        w.field(4usize, &self.weight);
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
rt::impl_object!(WorkbookRangeBorder);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    WorkbookRangeBorder { with_id id : ::std::string::String; with_color color :
    ::std::string::String; with_side_index side_index : ::std::string::String; with_style
    style : ::std::string::String; with_weight weight : ::std::string::String; }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookRangeBorder);
#[cfg(msgraph_v1_drives_or_search)]
/// CSDL: `microsoft.graph.workbookRangeFill`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`WorkbookRangeFillPath`](requests/trait.WorkbookRangeFillPath.html), what a path to one (`EntityPath<WorkbookRangeFill, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookRangeFill {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `color`: `Edm.String`, nullable.
    pub color: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for WorkbookRangeFill {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            color: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookRangeFill {
    const TYPE_NAME: &'static str = "microsoft.graph.workbookRangeFill";
    const KEYS: &'static [&'static str] = &["id", "color"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"color\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.workbookRangeFill\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "color", &self.color);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookRangeFill {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.color.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.color);
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
rt::impl_object!(WorkbookRangeFill);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    WorkbookRangeFill { with_id id : ::std::string::String; with_color color :
    ::std::string::String; }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookRangeFill);
#[cfg(msgraph_v1_drives_or_search)]
/// CSDL: `microsoft.graph.workbookRangeFont`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookRangeFont {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `bold`: `Edm.Boolean`, nullable.
    pub bold: rt::Field<bool>,
    /// CSDL: property `color`: `Edm.String`, nullable.
    pub color: rt::Field<::std::string::String>,
    /// CSDL: property `italic`: `Edm.Boolean`, nullable.
    pub italic: rt::Field<bool>,
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// CSDL: property `size`: `Edm.Double`, nullable.
    pub size: rt::Field<f64>,
    /// CSDL: property `underline`: `Edm.String`, nullable.
    pub underline: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for WorkbookRangeFont {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            bold: rt::Field::Absent,
            color: rt::Field::Absent,
            italic: rt::Field::Absent,
            name: rt::Field::Absent,
            size: rt::Field::Absent,
            underline: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookRangeFont {
    const TYPE_NAME: &'static str = "microsoft.graph.workbookRangeFont";
    const KEYS: &'static [&'static str] = &[
        "id",
        "bold",
        "color",
        "italic",
        "name",
        "size",
        "underline",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"bold\":                         ",
        ",\"color\":                        ",
        ",\"italic\":                       ",
        ",\"name\":                         ",
        ",\"size\":                         ",
        ",\"underline\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.workbookRangeFont\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "bold", &self.bold);
        v.field(2usize, "color", &self.color);
        v.field(3usize, "italic", &self.italic);
        v.field(4usize, "name", &self.name);
        v.field(5usize, "size", &self.size);
        v.field(6usize, "underline", &self.underline);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookRangeFont {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.bold.read_from(r),
            2usize => self.color.read_from(r),
            3usize => self.italic.read_from(r),
            4usize => self.name.read_from(r),
            5usize => self.size.read_from(r),
            6usize => self.underline.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.bold);
        w.field(2usize, &self.color);
        w.field(3usize, &self.italic);
        w.field(4usize, &self.name);
        w.field(5usize, &self.size);
        w.field(6usize, &self.underline);
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
rt::impl_object!(WorkbookRangeFont);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    WorkbookRangeFont { with_id id : ::std::string::String; with_bold bold : bool;
    with_color color : ::std::string::String; with_italic italic : bool; with_name name :
    ::std::string::String; with_size size : f64; with_underline underline :
    ::std::string::String; }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookRangeFont);
#[cfg(msgraph_v1_drives_or_search)]
/// CSDL: `microsoft.graph.workbookRangeFormat`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`WorkbookRangeFormatPath`](requests/trait.WorkbookRangeFormatPath.html), what a path to one (`EntityPath<WorkbookRangeFormat, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookRangeFormat {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `columnWidth`: `Edm.Double`, nullable.
    pub column_width: rt::Field<f64>,
    /// CSDL: property `horizontalAlignment`: `Edm.String`, nullable.
    pub horizontal_alignment: rt::Field<::std::string::String>,
    /// CSDL: property `rowHeight`: `Edm.Double`, nullable.
    pub row_height: rt::Field<f64>,
    /// CSDL: property `verticalAlignment`: `Edm.String`, nullable.
    pub vertical_alignment: rt::Field<::std::string::String>,
    /// CSDL: property `wrapText`: `Edm.Boolean`, nullable.
    pub wrap_text: rt::Field<bool>,
    /// CSDL: containment navigation property `borders`: `Collection(microsoft.graph.workbookRangeBorder)`, not nullable.
    pub borders: rt::Field<::std::vec::Vec<crate::v1::WorkbookRangeBorder>>,
    /// CSDL: containment navigation property `fill`: `microsoft.graph.workbookRangeFill`, nullable.
    pub fill: rt::Field<crate::v1::WorkbookRangeFill>,
    /// CSDL: containment navigation property `font`: `microsoft.graph.workbookRangeFont`, nullable.
    pub font: rt::Field<crate::v1::WorkbookRangeFont>,
    /// CSDL: containment navigation property `protection`: `microsoft.graph.workbookFormatProtection`, nullable.
    pub protection: rt::Field<crate::v1::WorkbookFormatProtection>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for WorkbookRangeFormat {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            column_width: rt::Field::Absent,
            horizontal_alignment: rt::Field::Absent,
            row_height: rt::Field::Absent,
            vertical_alignment: rt::Field::Absent,
            wrap_text: rt::Field::Absent,
            borders: rt::Field::Absent,
            fill: rt::Field::Absent,
            font: rt::Field::Absent,
            protection: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookRangeFormat {
    const TYPE_NAME: &'static str = "microsoft.graph.workbookRangeFormat";
    const KEYS: &'static [&'static str] = &[
        "id",
        "columnWidth",
        "horizontalAlignment",
        "rowHeight",
        "verticalAlignment",
        "wrapText",
        "borders",
        "fill",
        "font",
        "protection",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"columnWidth\":                  ",
        ",\"horizontalAlignment\":          ",
        ",\"rowHeight\":                    ",
        ",\"verticalAlignment\":            ",
        ",\"wrapText\":                     ",
        ",\"borders\":                      ",
        ",\"fill\":                         ",
        ",\"font\":                         ",
        ",\"protection\":                   ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.workbookRangeFormat\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "column_width", &self.column_width);
        v.field(2usize, "horizontal_alignment", &self.horizontal_alignment);
        v.field(3usize, "row_height", &self.row_height);
        v.field(4usize, "vertical_alignment", &self.vertical_alignment);
        v.field(5usize, "wrap_text", &self.wrap_text);
        v.field(6usize, "borders", &self.borders);
        v.field(7usize, "fill", &self.fill);
        v.field(8usize, "font", &self.font);
        v.field(9usize, "protection", &self.protection);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookRangeFormat {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.column_width.read_from(r),
            2usize => self.horizontal_alignment.read_from(r),
            3usize => self.row_height.read_from(r),
            4usize => self.vertical_alignment.read_from(r),
            5usize => self.wrap_text.read_from(r),
            6usize => self.borders.read_from(r),
            7usize => self.fill.read_from(r),
            8usize => self.font.read_from(r),
            9usize => self.protection.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.column_width);
        w.field(2usize, &self.horizontal_alignment);
        w.field(3usize, &self.row_height);
        w.field(4usize, &self.vertical_alignment);
        w.field(5usize, &self.wrap_text);
        w.field(6usize, &self.borders);
        w.field(7usize, &self.fill);
        w.field(8usize, &self.font);
        w.field(9usize, &self.protection);
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
rt::impl_object!(WorkbookRangeFormat);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    WorkbookRangeFormat { with_id id : ::std::string::String; with_column_width
    column_width : f64; with_horizontal_alignment horizontal_alignment :
    ::std::string::String; with_row_height row_height : f64; with_vertical_alignment
    vertical_alignment : ::std::string::String; with_wrap_text wrap_text : bool;
    with_borders borders : ::std::vec::Vec < crate ::v1::WorkbookRangeBorder >; with_fill
    fill : crate ::v1::WorkbookRangeFill; with_font font : crate ::v1::WorkbookRangeFont;
    with_protection protection : crate ::v1::WorkbookFormatProtection; }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookRangeFormat);
#[cfg(msgraph_v1_drives_or_search)]
/// CSDL: `microsoft.graph.workbookRangeSort`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`WorkbookRangeSortPath`](requests/trait.WorkbookRangeSortPath.html), what a path to one (`EntityPath<WorkbookRangeSort, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookRangeSort {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for WorkbookRangeSort {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookRangeSort {
    const TYPE_NAME: &'static str = "microsoft.graph.workbookRangeSort";
    const KEYS: &'static [&'static str] = &["id"];
    const KEYS_JSON: &'static [&'static str] = &[",\"id\":                           "];
    const TAG: &'static str = "\"#microsoft.graph.workbookRangeSort\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookRangeSort {
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
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_object!(WorkbookRangeSort);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(WorkbookRangeSort { with_id id : ::std::string::String; });
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookRangeSort);
#[cfg(msgraph_v1_drives_or_search)]
/// CSDL: `microsoft.graph.workbookRangeView`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`WorkbookRangeViewPath`](requests/trait.WorkbookRangeViewPath.html), what a path to one (`EntityPath<WorkbookRangeView, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookRangeView {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `cellAddresses`: `Edm.Untyped`, nullable.
    pub cell_addresses: rt::Field<rt::RawJson>,
    /// CSDL: property `columnCount`: `Edm.Int32`, not nullable.
    pub column_count: rt::Field<i32>,
    /// CSDL: property `formulas`: `Edm.Untyped`, nullable.
    pub formulas: rt::Field<rt::RawJson>,
    /// CSDL: property `formulasLocal`: `Edm.Untyped`, nullable.
    pub formulas_local: rt::Field<rt::RawJson>,
    /// CSDL: property `formulasR1C1`: `Edm.Untyped`, nullable.
    pub formulas_r1c1: rt::Field<rt::RawJson>,
    /// CSDL: property `index`: `Edm.Int32`, not nullable.
    pub index: rt::Field<i32>,
    /// CSDL: property `numberFormat`: `Edm.Untyped`, nullable.
    pub number_format: rt::Field<rt::RawJson>,
    /// CSDL: property `rowCount`: `Edm.Int32`, not nullable.
    pub row_count: rt::Field<i32>,
    /// CSDL: property `text`: `Edm.Untyped`, nullable.
    pub text: rt::Field<rt::RawJson>,
    /// CSDL: property `values`: `Edm.Untyped`, nullable.
    pub values: rt::Field<rt::RawJson>,
    /// CSDL: property `valueTypes`: `Edm.Untyped`, nullable.
    pub value_types: rt::Field<rt::RawJson>,
    /// CSDL: containment navigation property `rows`: `Collection(microsoft.graph.workbookRangeView)`, not nullable.
    pub rows: rt::Field<::std::vec::Vec<crate::v1::WorkbookRangeView>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for WorkbookRangeView {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            cell_addresses: rt::Field::Absent,
            column_count: rt::Field::Absent,
            formulas: rt::Field::Absent,
            formulas_local: rt::Field::Absent,
            formulas_r1c1: rt::Field::Absent,
            index: rt::Field::Absent,
            number_format: rt::Field::Absent,
            row_count: rt::Field::Absent,
            text: rt::Field::Absent,
            values: rt::Field::Absent,
            value_types: rt::Field::Absent,
            rows: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookRangeView {
    const TYPE_NAME: &'static str = "microsoft.graph.workbookRangeView";
    const KEYS: &'static [&'static str] = &[
        "id",
        "cellAddresses",
        "columnCount",
        "formulas",
        "formulasLocal",
        "formulasR1C1",
        "index",
        "numberFormat",
        "rowCount",
        "text",
        "values",
        "valueTypes",
        "rows",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"cellAddresses\":                ",
        ",\"columnCount\":                  ",
        ",\"formulas\":                     ",
        ",\"formulasLocal\":                ",
        ",\"formulasR1C1\":                 ",
        ",\"index\":                        ",
        ",\"numberFormat\":                 ",
        ",\"rowCount\":                     ",
        ",\"text\":                         ",
        ",\"values\":                       ",
        ",\"valueTypes\":                   ",
        ",\"rows\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.workbookRangeView\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "cell_addresses", &self.cell_addresses);
        v.field(2usize, "column_count", &self.column_count);
        v.field(3usize, "formulas", &self.formulas);
        v.field(4usize, "formulas_local", &self.formulas_local);
        v.field(5usize, "formulas_r1c1", &self.formulas_r1c1);
        v.field(6usize, "index", &self.index);
        v.field(7usize, "number_format", &self.number_format);
        v.field(8usize, "row_count", &self.row_count);
        v.field(9usize, "text", &self.text);
        v.field(10usize, "values", &self.values);
        v.field(11usize, "value_types", &self.value_types);
        v.field(12usize, "rows", &self.rows);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookRangeView {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.cell_addresses.read_from(r),
            2usize => self.column_count.read_from(r),
            3usize => self.formulas.read_from(r),
            4usize => self.formulas_local.read_from(r),
            5usize => self.formulas_r1c1.read_from(r),
            6usize => self.index.read_from(r),
            7usize => self.number_format.read_from(r),
            8usize => self.row_count.read_from(r),
            9usize => self.text.read_from(r),
            10usize => self.values.read_from(r),
            11usize => self.value_types.read_from(r),
            12usize => self.rows.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.cell_addresses);
        w.field(2usize, &self.column_count);
        w.field(3usize, &self.formulas);
        w.field(4usize, &self.formulas_local);
        w.field(5usize, &self.formulas_r1c1);
        w.field(6usize, &self.index);
        w.field(7usize, &self.number_format);
        w.field(8usize, &self.row_count);
        w.field(9usize, &self.text);
        w.field(10usize, &self.values);
        w.field(11usize, &self.value_types);
        w.field(12usize, &self.rows);
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
rt::impl_object!(WorkbookRangeView);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    WorkbookRangeView { with_id id : ::std::string::String; with_cell_addresses
    cell_addresses : rt::RawJson; with_column_count column_count : i32; with_formulas
    formulas : rt::RawJson; with_formulas_local formulas_local : rt::RawJson;
    with_formulas_r1c1 formulas_r1c1 : rt::RawJson; with_index index : i32;
    with_number_format number_format : rt::RawJson; with_row_count row_count : i32;
    with_text text : rt::RawJson; with_values values : rt::RawJson; with_value_types
    value_types : rt::RawJson; with_rows rows : ::std::vec::Vec < crate
    ::v1::WorkbookRangeView >; }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookRangeView);
#[cfg(msgraph_v1_drives_or_search)]
/// CSDL: `microsoft.graph.workbookSessionInfo`, complex type.
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookSessionInfo {
    /// CSDL: property `id`: `Edm.String`, nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `persistChanges`: `Edm.Boolean`, nullable.
    pub persist_changes: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for WorkbookSessionInfo {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            persist_changes: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookSessionInfo {
    const TYPE_NAME: &'static str = "microsoft.graph.workbookSessionInfo";
    const KEYS: &'static [&'static str] = &["id", "persistChanges"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"persistChanges\":               ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.workbookSessionInfo\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "persist_changes", &self.persist_changes);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookSessionInfo {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.persist_changes.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.persist_changes);
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
rt::impl_object!(WorkbookSessionInfo);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    WorkbookSessionInfo { with_id id : ::std::string::String; with_persist_changes
    persist_changes : bool; }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookSessionInfo);
#[cfg(msgraph_v1_drives_or_search)]
/// CSDL: `microsoft.graph.workbookSortField`, complex type.
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookSortField {
    /// CSDL: property `ascending`: `Edm.Boolean`, not nullable.
    pub ascending: rt::Field<bool>,
    /// CSDL: property `color`: `Edm.String`, nullable.
    pub color: rt::Field<::std::string::String>,
    /// CSDL: property `dataOption`: `Edm.String`, not nullable.
    pub data_option: rt::Field<::std::string::String>,
    /// CSDL: property `icon`: `microsoft.graph.workbookIcon`, nullable.
    pub icon: rt::Field<crate::v1::WorkbookIcon>,
    /// CSDL: property `key`: `Edm.Int32`, not nullable.
    pub key: rt::Field<i32>,
    /// CSDL: property `sortOn`: `Edm.String`, not nullable.
    pub sort_on: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for WorkbookSortField {
    #[inline]
    fn default() -> Self {
        Self {
            ascending: rt::Field::Absent,
            color: rt::Field::Absent,
            data_option: rt::Field::Absent,
            icon: rt::Field::Absent,
            key: rt::Field::Absent,
            sort_on: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookSortField {
    const TYPE_NAME: &'static str = "microsoft.graph.workbookSortField";
    const KEYS: &'static [&'static str] = &[
        "ascending",
        "color",
        "dataOption",
        "icon",
        "key",
        "sortOn",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"ascending\":                    ",
        ",\"color\":                        ",
        ",\"dataOption\":                   ",
        ",\"icon\":                         ",
        ",\"key\":                          ",
        ",\"sortOn\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.workbookSortField\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "ascending", &self.ascending);
        v.field(1usize, "color", &self.color);
        v.field(2usize, "data_option", &self.data_option);
        v.field(3usize, "icon", &self.icon);
        v.field(4usize, "key", &self.key);
        v.field(5usize, "sort_on", &self.sort_on);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookSortField {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.ascending.read_from(r),
            1usize => self.color.read_from(r),
            2usize => self.data_option.read_from(r),
            3usize => self.icon.read_from(r),
            4usize => self.key.read_from(r),
            5usize => self.sort_on.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.ascending);
        w.field(1usize, &self.color);
        w.field(2usize, &self.data_option);
        w.field(3usize, &self.icon);
        w.field(4usize, &self.key);
        w.field(5usize, &self.sort_on);
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
rt::impl_object!(WorkbookSortField);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    WorkbookSortField { with_ascending ascending : bool; with_color color :
    ::std::string::String; with_data_option data_option : ::std::string::String;
    with_icon icon : crate ::v1::WorkbookIcon; with_key key : i32; with_sort_on sort_on :
    ::std::string::String; }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookSortField);
#[cfg(msgraph_v1_drives_or_search)]
/// CSDL: `microsoft.graph.workbookTable`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`WorkbookTablePath`](requests/trait.WorkbookTablePath.html), what a path to one (`EntityPath<WorkbookTable, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookTable {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `highlightFirstColumn`: `Edm.Boolean`, not nullable.
    pub highlight_first_column: rt::Field<bool>,
    /// CSDL: property `highlightLastColumn`: `Edm.Boolean`, not nullable.
    pub highlight_last_column: rt::Field<bool>,
    /// CSDL: property `legacyId`: `Edm.String`, nullable.
    pub legacy_id: rt::Field<::std::string::String>,
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// CSDL: property `showBandedColumns`: `Edm.Boolean`, not nullable.
    pub show_banded_columns: rt::Field<bool>,
    /// CSDL: property `showBandedRows`: `Edm.Boolean`, not nullable.
    pub show_banded_rows: rt::Field<bool>,
    /// CSDL: property `showFilterButton`: `Edm.Boolean`, not nullable.
    pub show_filter_button: rt::Field<bool>,
    /// CSDL: property `showHeaders`: `Edm.Boolean`, not nullable.
    pub show_headers: rt::Field<bool>,
    /// CSDL: property `showTotals`: `Edm.Boolean`, not nullable.
    pub show_totals: rt::Field<bool>,
    /// CSDL: property `style`: `Edm.String`, nullable.
    pub style: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `columns`: `Collection(microsoft.graph.workbookTableColumn)`, not nullable.
    pub columns: rt::Field<::std::vec::Vec<crate::v1::WorkbookTableColumn>>,
    /// CSDL: containment navigation property `rows`: `Collection(microsoft.graph.workbookTableRow)`, not nullable.
    pub rows: rt::Field<::std::vec::Vec<crate::v1::WorkbookTableRow>>,
    /// CSDL: containment navigation property `sort`: `microsoft.graph.workbookTableSort`, nullable.
    pub sort: rt::Field<crate::v1::WorkbookTableSort>,
    /// CSDL: navigation property `worksheet`: `microsoft.graph.workbookWorksheet`, nullable.
    pub worksheet: rt::Field<crate::v1::WorkbookWorksheet>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for WorkbookTable {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            highlight_first_column: rt::Field::Absent,
            highlight_last_column: rt::Field::Absent,
            legacy_id: rt::Field::Absent,
            name: rt::Field::Absent,
            show_banded_columns: rt::Field::Absent,
            show_banded_rows: rt::Field::Absent,
            show_filter_button: rt::Field::Absent,
            show_headers: rt::Field::Absent,
            show_totals: rt::Field::Absent,
            style: rt::Field::Absent,
            columns: rt::Field::Absent,
            rows: rt::Field::Absent,
            sort: rt::Field::Absent,
            worksheet: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookTable {
    const TYPE_NAME: &'static str = "microsoft.graph.workbookTable";
    const KEYS: &'static [&'static str] = &[
        "id",
        "highlightFirstColumn",
        "highlightLastColumn",
        "legacyId",
        "name",
        "showBandedColumns",
        "showBandedRows",
        "showFilterButton",
        "showHeaders",
        "showTotals",
        "style",
        "columns",
        "rows",
        "sort",
        "worksheet",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"highlightFirstColumn\":         ",
        ",\"highlightLastColumn\":          ",
        ",\"legacyId\":                     ",
        ",\"name\":                         ",
        ",\"showBandedColumns\":            ",
        ",\"showBandedRows\":               ",
        ",\"showFilterButton\":             ",
        ",\"showHeaders\":                  ",
        ",\"showTotals\":                   ",
        ",\"style\":                        ",
        ",\"columns\":                      ",
        ",\"rows\":                         ",
        ",\"sort\":                         ",
        ",\"worksheet\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.workbookTable\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "highlight_first_column", &self.highlight_first_column);
        v.field(2usize, "highlight_last_column", &self.highlight_last_column);
        v.field(3usize, "legacy_id", &self.legacy_id);
        v.field(4usize, "name", &self.name);
        v.field(5usize, "show_banded_columns", &self.show_banded_columns);
        v.field(6usize, "show_banded_rows", &self.show_banded_rows);
        v.field(7usize, "show_filter_button", &self.show_filter_button);
        v.field(8usize, "show_headers", &self.show_headers);
        v.field(9usize, "show_totals", &self.show_totals);
        v.field(10usize, "style", &self.style);
        v.field(11usize, "columns", &self.columns);
        v.field(12usize, "rows", &self.rows);
        v.field(13usize, "sort", &self.sort);
        v.field(14usize, "worksheet", &self.worksheet);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookTable {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.highlight_first_column.read_from(r),
            2usize => self.highlight_last_column.read_from(r),
            3usize => self.legacy_id.read_from(r),
            4usize => self.name.read_from(r),
            5usize => self.show_banded_columns.read_from(r),
            6usize => self.show_banded_rows.read_from(r),
            7usize => self.show_filter_button.read_from(r),
            8usize => self.show_headers.read_from(r),
            9usize => self.show_totals.read_from(r),
            10usize => self.style.read_from(r),
            11usize => self.columns.read_from(r),
            12usize => self.rows.read_from(r),
            13usize => self.sort.read_from(r),
            14usize => self.worksheet.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.highlight_first_column);
        w.field(2usize, &self.highlight_last_column);
        w.field(3usize, &self.legacy_id);
        w.field(4usize, &self.name);
        w.field(5usize, &self.show_banded_columns);
        w.field(6usize, &self.show_banded_rows);
        w.field(7usize, &self.show_filter_button);
        w.field(8usize, &self.show_headers);
        w.field(9usize, &self.show_totals);
        w.field(10usize, &self.style);
        w.field(11usize, &self.columns);
        w.field(12usize, &self.rows);
        w.field(13usize, &self.sort);
        w.field(14usize, &self.worksheet);
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
rt::impl_object!(WorkbookTable);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    WorkbookTable { with_id id : ::std::string::String; with_highlight_first_column
    highlight_first_column : bool; with_highlight_last_column highlight_last_column :
    bool; with_legacy_id legacy_id : ::std::string::String; with_name name :
    ::std::string::String; with_show_banded_columns show_banded_columns : bool;
    with_show_banded_rows show_banded_rows : bool; with_show_filter_button
    show_filter_button : bool; with_show_headers show_headers : bool; with_show_totals
    show_totals : bool; with_style style : ::std::string::String; with_columns columns :
    ::std::vec::Vec < crate ::v1::WorkbookTableColumn >; with_rows rows : ::std::vec::Vec
    < crate ::v1::WorkbookTableRow >; with_sort sort : crate ::v1::WorkbookTableSort;
    with_worksheet worksheet : crate ::v1::WorkbookWorksheet; }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookTable);
#[cfg(msgraph_v1_drives_or_search)]
/// CSDL: `microsoft.graph.workbookTableColumn`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`WorkbookTableColumnPath`](requests/trait.WorkbookTableColumnPath.html), what a path to one (`EntityPath<WorkbookTableColumn, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookTableColumn {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `index`: `Edm.Int32`, not nullable.
    pub index: rt::Field<i32>,
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// CSDL: property `values`: `Edm.Untyped`, nullable.
    pub values: rt::Field<rt::RawJson>,
    /// CSDL: containment navigation property `filter`: `microsoft.graph.workbookFilter`, nullable.
    pub filter: rt::Field<crate::v1::WorkbookFilter>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for WorkbookTableColumn {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            index: rt::Field::Absent,
            name: rt::Field::Absent,
            values: rt::Field::Absent,
            filter: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookTableColumn {
    const TYPE_NAME: &'static str = "microsoft.graph.workbookTableColumn";
    const KEYS: &'static [&'static str] = &["id", "index", "name", "values", "filter"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"index\":                        ",
        ",\"name\":                         ",
        ",\"values\":                       ",
        ",\"filter\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.workbookTableColumn\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "index", &self.index);
        v.field(2usize, "name", &self.name);
        v.field(3usize, "values", &self.values);
        v.field(4usize, "filter", &self.filter);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookTableColumn {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.index.read_from(r),
            2usize => self.name.read_from(r),
            3usize => self.values.read_from(r),
            4usize => self.filter.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.index);
        w.field(2usize, &self.name);
        w.field(3usize, &self.values);
        w.field(4usize, &self.filter);
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
rt::impl_object!(WorkbookTableColumn);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    WorkbookTableColumn { with_id id : ::std::string::String; with_index index : i32;
    with_name name : ::std::string::String; with_values values : rt::RawJson; with_filter
    filter : crate ::v1::WorkbookFilter; }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookTableColumn);
#[cfg(msgraph_v1_drives_or_search)]
/// CSDL: `microsoft.graph.workbookTableRow`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`WorkbookTableRowPath`](requests/trait.WorkbookTableRowPath.html), what a path to one (`EntityPath<WorkbookTableRow, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookTableRow {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `index`: `Edm.Int32`, not nullable.
    pub index: rt::Field<i32>,
    /// CSDL: property `values`: `Edm.Untyped`, nullable.
    pub values: rt::Field<rt::RawJson>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for WorkbookTableRow {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            index: rt::Field::Absent,
            values: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookTableRow {
    const TYPE_NAME: &'static str = "microsoft.graph.workbookTableRow";
    const KEYS: &'static [&'static str] = &["id", "index", "values"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"index\":                        ",
        ",\"values\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.workbookTableRow\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "index", &self.index);
        v.field(2usize, "values", &self.values);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookTableRow {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.index.read_from(r),
            2usize => self.values.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.index);
        w.field(2usize, &self.values);
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
rt::impl_object!(WorkbookTableRow);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    WorkbookTableRow { with_id id : ::std::string::String; with_index index : i32;
    with_values values : rt::RawJson; }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookTableRow);
#[cfg(msgraph_v1_drives_or_search)]
/// CSDL: `microsoft.graph.workbookTableSort`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`WorkbookTableSortPath`](requests/trait.WorkbookTableSortPath.html), what a path to one (`EntityPath<WorkbookTableSort, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookTableSort {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `fields`: `Collection(microsoft.graph.workbookSortField)`, nullable.
    pub fields: rt::Field<::std::vec::Vec<crate::v1::WorkbookSortField>>,
    /// CSDL: property `matchCase`: `Edm.Boolean`, not nullable.
    pub match_case: rt::Field<bool>,
    /// CSDL: property `method`: `Edm.String`, not nullable.
    pub method: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for WorkbookTableSort {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            fields: rt::Field::Absent,
            match_case: rt::Field::Absent,
            method: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookTableSort {
    const TYPE_NAME: &'static str = "microsoft.graph.workbookTableSort";
    const KEYS: &'static [&'static str] = &["id", "fields", "matchCase", "method"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"fields\":                       ",
        ",\"matchCase\":                    ",
        ",\"method\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.workbookTableSort\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "fields", &self.fields);
        v.field(2usize, "match_case", &self.match_case);
        v.field(3usize, "method", &self.method);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookTableSort {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.fields.read_from(r),
            2usize => self.match_case.read_from(r),
            3usize => self.method.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.fields);
        w.field(2usize, &self.match_case);
        w.field(3usize, &self.method);
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
rt::impl_object!(WorkbookTableSort);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    WorkbookTableSort { with_id id : ::std::string::String; with_fields fields :
    ::std::vec::Vec < crate ::v1::WorkbookSortField >; with_match_case match_case : bool;
    with_method method : ::std::string::String; }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookTableSort);
#[cfg(msgraph_v1_drives_or_search)]
/// CSDL: `microsoft.graph.workbookWorksheet`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`WorkbookWorksheetPath`](requests/trait.WorkbookWorksheetPath.html), what a path to one (`EntityPath<WorkbookWorksheet, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookWorksheet {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// CSDL: property `position`: `Edm.Int32`, not nullable.
    pub position: rt::Field<i32>,
    /// CSDL: property `visibility`: `Edm.String`, not nullable.
    pub visibility: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `charts`: `Collection(microsoft.graph.workbookChart)`, not nullable.
    pub charts: rt::Field<::std::vec::Vec<crate::v1::WorkbookChart>>,
    /// CSDL: containment navigation property `names`: `Collection(microsoft.graph.workbookNamedItem)`, not nullable.
    pub names: rt::Field<::std::vec::Vec<crate::v1::WorkbookNamedItem>>,
    /// CSDL: containment navigation property `pivotTables`: `Collection(microsoft.graph.workbookPivotTable)`, not nullable.
    pub pivot_tables: rt::Field<::std::vec::Vec<crate::v1::WorkbookPivotTable>>,
    /// CSDL: containment navigation property `protection`: `microsoft.graph.workbookWorksheetProtection`, nullable.
    pub protection: rt::Field<crate::v1::WorkbookWorksheetProtection>,
    /// CSDL: containment navigation property `tables`: `Collection(microsoft.graph.workbookTable)`, not nullable.
    pub tables: rt::Field<::std::vec::Vec<crate::v1::WorkbookTable>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for WorkbookWorksheet {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            name: rt::Field::Absent,
            position: rt::Field::Absent,
            visibility: rt::Field::Absent,
            charts: rt::Field::Absent,
            names: rt::Field::Absent,
            pivot_tables: rt::Field::Absent,
            protection: rt::Field::Absent,
            tables: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookWorksheet {
    const TYPE_NAME: &'static str = "microsoft.graph.workbookWorksheet";
    const KEYS: &'static [&'static str] = &[
        "id",
        "name",
        "position",
        "visibility",
        "charts",
        "names",
        "pivotTables",
        "protection",
        "tables",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"name\":                         ",
        ",\"position\":                     ",
        ",\"visibility\":                   ",
        ",\"charts\":                       ",
        ",\"names\":                        ",
        ",\"pivotTables\":                  ",
        ",\"protection\":                   ",
        ",\"tables\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.workbookWorksheet\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "name", &self.name);
        v.field(2usize, "position", &self.position);
        v.field(3usize, "visibility", &self.visibility);
        v.field(4usize, "charts", &self.charts);
        v.field(5usize, "names", &self.names);
        v.field(6usize, "pivot_tables", &self.pivot_tables);
        v.field(7usize, "protection", &self.protection);
        v.field(8usize, "tables", &self.tables);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookWorksheet {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.name.read_from(r),
            2usize => self.position.read_from(r),
            3usize => self.visibility.read_from(r),
            4usize => self.charts.read_from(r),
            5usize => self.names.read_from(r),
            6usize => self.pivot_tables.read_from(r),
            7usize => self.protection.read_from(r),
            8usize => self.tables.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.name);
        w.field(2usize, &self.position);
        w.field(3usize, &self.visibility);
        w.field(4usize, &self.charts);
        w.field(5usize, &self.names);
        w.field(6usize, &self.pivot_tables);
        w.field(7usize, &self.protection);
        w.field(8usize, &self.tables);
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
rt::impl_object!(WorkbookWorksheet);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    WorkbookWorksheet { with_id id : ::std::string::String; with_name name :
    ::std::string::String; with_position position : i32; with_visibility visibility :
    ::std::string::String; with_charts charts : ::std::vec::Vec < crate
    ::v1::WorkbookChart >; with_names names : ::std::vec::Vec < crate
    ::v1::WorkbookNamedItem >; with_pivot_tables pivot_tables : ::std::vec::Vec < crate
    ::v1::WorkbookPivotTable >; with_protection protection : crate
    ::v1::WorkbookWorksheetProtection; with_tables tables : ::std::vec::Vec < crate
    ::v1::WorkbookTable >; }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookWorksheet);
#[cfg(msgraph_v1_drives_or_search)]
/// CSDL: `microsoft.graph.workbookWorksheetProtection`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`WorkbookWorksheetProtectionPath`](requests/trait.WorkbookWorksheetProtectionPath.html), what a path to one (`EntityPath<WorkbookWorksheetProtection, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookWorksheetProtection {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `options`: `microsoft.graph.workbookWorksheetProtectionOptions`, nullable.
    pub options: rt::Field<crate::v1::WorkbookWorksheetProtectionOptions>,
    /// CSDL: property `protected`: `Edm.Boolean`, not nullable.
    pub protected: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for WorkbookWorksheetProtection {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            options: rt::Field::Absent,
            protected: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookWorksheetProtection {
    const TYPE_NAME: &'static str = "microsoft.graph.workbookWorksheetProtection";
    const KEYS: &'static [&'static str] = &["id", "options", "protected"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"options\":                      ",
        ",\"protected\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.workbookWorksheetProtection\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "options", &self.options);
        v.field(2usize, "protected", &self.protected);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookWorksheetProtection {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.options.read_from(r),
            2usize => self.protected.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.options);
        w.field(2usize, &self.protected);
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
rt::impl_object!(WorkbookWorksheetProtection);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    WorkbookWorksheetProtection { with_id id : ::std::string::String; with_options
    options : crate ::v1::WorkbookWorksheetProtectionOptions; with_protected protected :
    bool; }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookWorksheetProtection);
#[cfg(msgraph_v1_drives_or_search)]
/// CSDL: `microsoft.graph.workbookWorksheetProtectionOptions`, complex type.
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct WorkbookWorksheetProtectionOptions {
    /// CSDL: property `allowAutoFilter`: `Edm.Boolean`, not nullable.
    pub allow_auto_filter: rt::Field<bool>,
    /// CSDL: property `allowDeleteColumns`: `Edm.Boolean`, not nullable.
    pub allow_delete_columns: rt::Field<bool>,
    /// CSDL: property `allowDeleteRows`: `Edm.Boolean`, not nullable.
    pub allow_delete_rows: rt::Field<bool>,
    /// CSDL: property `allowFormatCells`: `Edm.Boolean`, not nullable.
    pub allow_format_cells: rt::Field<bool>,
    /// CSDL: property `allowFormatColumns`: `Edm.Boolean`, not nullable.
    pub allow_format_columns: rt::Field<bool>,
    /// CSDL: property `allowFormatRows`: `Edm.Boolean`, not nullable.
    pub allow_format_rows: rt::Field<bool>,
    /// CSDL: property `allowInsertColumns`: `Edm.Boolean`, not nullable.
    pub allow_insert_columns: rt::Field<bool>,
    /// CSDL: property `allowInsertHyperlinks`: `Edm.Boolean`, not nullable.
    pub allow_insert_hyperlinks: rt::Field<bool>,
    /// CSDL: property `allowInsertRows`: `Edm.Boolean`, not nullable.
    pub allow_insert_rows: rt::Field<bool>,
    /// CSDL: property `allowPivotTables`: `Edm.Boolean`, not nullable.
    pub allow_pivot_tables: rt::Field<bool>,
    /// CSDL: property `allowSort`: `Edm.Boolean`, not nullable.
    pub allow_sort: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for WorkbookWorksheetProtectionOptions {
    #[inline]
    fn default() -> Self {
        Self {
            allow_auto_filter: rt::Field::Absent,
            allow_delete_columns: rt::Field::Absent,
            allow_delete_rows: rt::Field::Absent,
            allow_format_cells: rt::Field::Absent,
            allow_format_columns: rt::Field::Absent,
            allow_format_rows: rt::Field::Absent,
            allow_insert_columns: rt::Field::Absent,
            allow_insert_hyperlinks: rt::Field::Absent,
            allow_insert_rows: rt::Field::Absent,
            allow_pivot_tables: rt::Field::Absent,
            allow_sort: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for WorkbookWorksheetProtectionOptions {
    const TYPE_NAME: &'static str = "microsoft.graph.workbookWorksheetProtectionOptions";
    const KEYS: &'static [&'static str] = &[
        "allowAutoFilter",
        "allowDeleteColumns",
        "allowDeleteRows",
        "allowFormatCells",
        "allowFormatColumns",
        "allowFormatRows",
        "allowInsertColumns",
        "allowInsertHyperlinks",
        "allowInsertRows",
        "allowPivotTables",
        "allowSort",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"allowAutoFilter\":              ",
        ",\"allowDeleteColumns\":           ",
        ",\"allowDeleteRows\":              ",
        ",\"allowFormatCells\":             ",
        ",\"allowFormatColumns\":           ",
        ",\"allowFormatRows\":              ",
        ",\"allowInsertColumns\":           ",
        ",\"allowInsertHyperlinks\":        ",
        ",\"allowInsertRows\":              ",
        ",\"allowPivotTables\":             ",
        ",\"allowSort\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.workbookWorksheetProtectionOptions\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "allow_auto_filter", &self.allow_auto_filter);
        v.field(1usize, "allow_delete_columns", &self.allow_delete_columns);
        v.field(2usize, "allow_delete_rows", &self.allow_delete_rows);
        v.field(3usize, "allow_format_cells", &self.allow_format_cells);
        v.field(4usize, "allow_format_columns", &self.allow_format_columns);
        v.field(5usize, "allow_format_rows", &self.allow_format_rows);
        v.field(6usize, "allow_insert_columns", &self.allow_insert_columns);
        v.field(7usize, "allow_insert_hyperlinks", &self.allow_insert_hyperlinks);
        v.field(8usize, "allow_insert_rows", &self.allow_insert_rows);
        v.field(9usize, "allow_pivot_tables", &self.allow_pivot_tables);
        v.field(10usize, "allow_sort", &self.allow_sort);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for WorkbookWorksheetProtectionOptions {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.allow_auto_filter.read_from(r),
            1usize => self.allow_delete_columns.read_from(r),
            2usize => self.allow_delete_rows.read_from(r),
            3usize => self.allow_format_cells.read_from(r),
            4usize => self.allow_format_columns.read_from(r),
            5usize => self.allow_format_rows.read_from(r),
            6usize => self.allow_insert_columns.read_from(r),
            7usize => self.allow_insert_hyperlinks.read_from(r),
            8usize => self.allow_insert_rows.read_from(r),
            9usize => self.allow_pivot_tables.read_from(r),
            10usize => self.allow_sort.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.allow_auto_filter);
        w.field(1usize, &self.allow_delete_columns);
        w.field(2usize, &self.allow_delete_rows);
        w.field(3usize, &self.allow_format_cells);
        w.field(4usize, &self.allow_format_columns);
        w.field(5usize, &self.allow_format_rows);
        w.field(6usize, &self.allow_insert_columns);
        w.field(7usize, &self.allow_insert_hyperlinks);
        w.field(8usize, &self.allow_insert_rows);
        w.field(9usize, &self.allow_pivot_tables);
        w.field(10usize, &self.allow_sort);
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
rt::impl_object!(WorkbookWorksheetProtectionOptions);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    WorkbookWorksheetProtectionOptions { with_allow_auto_filter allow_auto_filter : bool;
    with_allow_delete_columns allow_delete_columns : bool; with_allow_delete_rows
    allow_delete_rows : bool; with_allow_format_cells allow_format_cells : bool;
    with_allow_format_columns allow_format_columns : bool; with_allow_format_rows
    allow_format_rows : bool; with_allow_insert_columns allow_insert_columns : bool;
    with_allow_insert_hyperlinks allow_insert_hyperlinks : bool; with_allow_insert_rows
    allow_insert_rows : bool; with_allow_pivot_tables allow_pivot_tables : bool;
    with_allow_sort allow_sort : bool; }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookWorksheetProtectionOptions);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.workingHours`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct WorkingHours {
    /// CSDL: property `daysOfWeek`: `Collection(microsoft.graph.dayOfWeek)`, nullable.
    pub days_of_week: rt::Field<::std::vec::Vec<crate::v1::DayOfWeek>>,
    /// CSDL: property `endTime`: `Edm.TimeOfDay`, nullable.
    pub end_time: rt::Field<rt::edm::TimeOfDay>,
    /// CSDL: property `startTime`: `Edm.TimeOfDay`, nullable.
    pub start_time: rt::Field<rt::edm::TimeOfDay>,
    /// CSDL: property `timeZone`: `microsoft.graph.timeZoneBase`, nullable.
    pub time_zone: rt::Field<crate::v1::AnyTimeZoneBase>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for WorkingHours {
    #[inline]
    fn default() -> Self {
        Self {
            days_of_week: rt::Field::Absent,
            end_time: rt::Field::Absent,
            start_time: rt::Field::Absent,
            time_zone: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for WorkingHours {
    const TYPE_NAME: &'static str = "microsoft.graph.workingHours";
    const KEYS: &'static [&'static str] = &[
        "daysOfWeek",
        "endTime",
        "startTime",
        "timeZone",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"daysOfWeek\":                   ",
        ",\"endTime\":                      ",
        ",\"startTime\":                    ",
        ",\"timeZone\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.workingHours\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "days_of_week", &self.days_of_week);
        v.field(1usize, "end_time", &self.end_time);
        v.field(2usize, "start_time", &self.start_time);
        v.field(3usize, "time_zone", &self.time_zone);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for WorkingHours {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.days_of_week.read_from(r),
            1usize => self.end_time.read_from(r),
            2usize => self.start_time.read_from(r),
            3usize => self.time_zone.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.days_of_week);
        w.field(1usize, &self.end_time);
        w.field(2usize, &self.start_time);
        w.field(3usize, &self.time_zone);
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
rt::impl_object!(WorkingHours);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    WorkingHours { with_days_of_week days_of_week : ::std::vec::Vec < crate
    ::v1::DayOfWeek >; with_end_time end_time : rt::edm::TimeOfDay; with_start_time
    start_time : rt::edm::TimeOfDay; with_time_zone time_zone : crate
    ::v1::AnyTimeZoneBase; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkingHours);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.workingTimeSchedule`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`WorkingTimeSchedulePath`](requests/trait.WorkingTimeSchedulePath.html), what a path to one (`EntityPath<WorkingTimeSchedule, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct WorkingTimeSchedule {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for WorkingTimeSchedule {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for WorkingTimeSchedule {
    const TYPE_NAME: &'static str = "microsoft.graph.workingTimeSchedule";
    const KEYS: &'static [&'static str] = &["id"];
    const KEYS_JSON: &'static [&'static str] = &[",\"id\":                           "];
    const TAG: &'static str = "\"#microsoft.graph.workingTimeSchedule\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for WorkingTimeSchedule {
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
rt::impl_object!(WorkingTimeSchedule);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(WorkingTimeSchedule { with_id id : ::std::string::String; });
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkingTimeSchedule);
